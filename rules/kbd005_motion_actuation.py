"""Functions operated by moving the device must also work from the interface and be possible to disable.

## What it checks
Finds page scripts that react to device motion or orientation: `devicemotion` or `deviceorientation`
listeners, `DeviceMotionEvent`, `DeviceOrientationEvent`, the `Accelerometer` and `Gyroscope` sensor
APIs, and "shake" libraries, in inline scripts, event handler attributes and script file names. The page
is listed once for a person to check, on a phone or tablet, that everything done by tilting or shaking can
also be done with a button or other control, and that the motion response can be turned off.

## Why it matters
People with tremors trigger motion by accident; people whose device is mounted on a wheelchair cannot
tilt or shake it at all.

## How to fix
Offer a button for every motion action ("Undo" next to shake-to-undo, +/- buttons next to tilt-to-adjust)
and a setting that turns motion actuation off.

## Failing example
```html
<script>
  window.addEventListener("deviceorientation", function (event) { moveMap(event.gamma); });
</script>
```

## Passing example
```html
<script>
  window.addEventListener("resize", function () { layout(); });
</script>
```

## References
- WCAG SC 2.5.4 Motion Actuation: https://www.w3.org/WAI/WCAG22/Understanding/motion-actuation.html
- ACT rule 7677a9, Device motion based changes to the content can also be created from the user interface:
  https://www.w3.org/WAI/standards-guidelines/act/rules/7677a9/
- ACT rule c249d5, Device motion based changes to the content can be disabled:
  https://www.w3.org/WAI/standards-guidelines/act/rules/c249d5/
- WCAG techniques G213 (conventional controls alongside motion) and F106 (motion with no way to disable):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F106
"""

import re

from a11ylint.rule import Review, Text, rule

_MOTION = re.compile(r"devicemotion|deviceorientation|DeviceMotionEvent|DeviceOrientationEvent|\bAccelerometer\b|"
                     r"\bGyroscope\b|LinearAccelerationSensor|AbsoluteOrientationSensor|\bshake(?:\.min)?\.js\b|"
                     r"new\s+Shake\s*\(",
                     re.IGNORECASE)


@rule(
    code="KBD005",
    name="motion-actuation",
    title=Text("Functions operated by moving the device must also work from the interface and be possible to disable",
               "通过移动设备操作的功能必须也能通过界面操作，并且可以关闭"),
    messages={"motion": Text('The page responds to device motion ("{code}"); on a phone, check that each tilt or shake '
                             "action also has a button or other control, and that motion response can be turned off",
                             "页面会响应设备运动（“{code}”）；请在手机上确认每个倾斜或摇动操作也有按钮等控件可完成，"
                             "且可以关闭运动响应")},
    selector=":root",
    wcag=("2.5.4",),
    level="A",
    act=("7677a9", "c249d5"),
    standards=("EN-301-549:9.2.5.4",),
    tags=("cat.keyboard", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Provide an on-screen control for every motion action, and a setting to turn motion actuation off",
             "为每个通过摇动或倾斜设备触发的操作提供界面控件，并提供关闭运动触发的设置"),
)
def check(root, ctx):
    for element in ctx.select("script, [onload], [ondevicemotion], [ondeviceorientation]"):
        sources = [element.text or "", element.get("src") or "", element.get("onload") or ""]
        if element.get("ondevicemotion") is not None or element.get("ondeviceorientation") is not None:
            return Review("motion", element=element, code="ondevicemotion / ondeviceorientation")
        for code in sources:
            match = _MOTION.search(code)
            if match:
                return Review("motion", element=element, code=match.group(0))
    return None
