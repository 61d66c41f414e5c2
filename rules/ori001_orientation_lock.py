"""Pages must not lock their content to one display orientation with CSS transforms.

## What it checks
Style rules under an `(orientation: portrait)` or `(orientation: landscape)` media query that rotate an
element with `transform` (`rotate()`, `rotateZ()`, `rotate3d()` about the z axis, `matrix()`,
`matrix3d()`) or the `rotate` property. A rotation of about 90° or 270° applied to the page content (the
`html` or `body` element, the `main` landmark, or an element that holds most of the page's text) turns
the page back when the device is turned, so it fails. Rotations that come back to the start (`1turn`,
an identity matrix), transforms without rotation (`translateX()`), and rules that do not depend on the
orientation pass. When the rotation cannot be worked out (`var()`, skew, 3D turns about other axes) or
the rule may not apply (a selector or media query the linter cannot decide), it is reported for review.
Rules on elements that are not rendered are ignored.

## Why it matters
People who mount a tablet or phone on a wheelchair, or cannot turn it, need content in the orientation
their device is fixed in. Rotating the page by 90° whenever the device is in the "wrong" orientation
forces them to read sideways.

## How to fix
Remove the rotation and let the layout respond to the orientation with a responsive design instead.

## Failing example
```html
<style>
  @media (orientation: portrait) {
    html { transform: rotate(90deg); }
  }
</style>
<main>Page content</main>
```

```html
<style>
  @media (orientation: landscape) {
    body { rotate: -90deg; }
  }
</style>
<p>页面内容</p>
```

## Passing example
```html
<style>
  @media (orientation: portrait) {
    html { transform: rotateZ(1turn); }
  }
</style>
<main>Page content</main>
```

```html
<style>
  @media (orientation: landscape) {
    .logo { transform: translateX(20px); }
  }
</style>
<img class="logo" src="logo.png" alt="City council">
```

## References
- WCAG SC 1.3.4 Orientation: https://www.w3.org/WAI/WCAG22/Understanding/orientation.html
- ACT rule b33eff, Orientation of the page is not restricted using CSS transforms:
  https://www.w3.org/WAI/standards-guidelines/act/rules/b33eff/
- WCAG failure F97 (locking the orientation to landscape or portrait view):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F97
"""

import math


from a11ylint.dom import is_html
from a11ylint.rule import Fail, Review, Text, rule


_ANGLE_UNITS = {"deg": 1.0, "grad": 0.9, "rad": 180 / math.pi, "turn": 360.0}
_IDENTITY = (1.0, 0.0, 0.0, 1.0)
_NO_TEXT = frozenset(("script", "style", "noscript", "template"))
_NEUTRAL = frozenset(("translate", "translatex", "translatey", "translatez", "translate3d", "perspective"))


class _Unknown(Exception):
    pass


def _angle(token) -> float:
    if token.type == "dimension" and token.lower_unit in _ANGLE_UNITS:
        return float(token.value) * _ANGLE_UNITS[token.lower_unit]
    if token.type == "number" and token.value == 0:
        return 0.0
    raise _Unknown


def _numbers(arguments) -> list:
    values = []
    for token in arguments:
        if token.type in ("whitespace", "comment") or token.type == "literal" and token.value == ",":
            continue
        values.append(token)
    return values


def _number(token) -> float:
    if token.type == "number":
        return float(token.value)
    if token.type == "percentage":
        return float(token.value) / 100
    raise _Unknown


def _rotation(theta: float):
    radians = math.radians(theta)
    return (math.cos(radians), math.sin(radians), -math.sin(radians), math.cos(radians))


def _multiply(first, second):
    a1, b1, c1, d1 = first
    a2, b2, c2, d2 = second
    return (a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2)


def _function_matrix(token):
    """The 2D linear part (a, b, c, d) of one transform function."""
    name = token.lower_name
    args = _numbers(token.arguments)
    if name in _NEUTRAL:
        return _IDENTITY
    if name in ("rotate", "rotatez") and len(args) == 1:
        return _rotation(_angle(args[0]))
    if name == "rotate3d" and len(args) == 4:
        x, y, z = (_number(arg) for arg in args[:3])
        if abs(x) > 1e-9 or abs(y) > 1e-9 or z == 0:
            raise _Unknown
        return _rotation(_angle(args[3]) * (1 if z > 0 else -1))
    if name in ("rotatex", "rotatey") and len(args) == 1:
        if abs(_angle(args[0])) % 360 < 1e-9:
            return _IDENTITY
        raise _Unknown
    if name == "matrix" and len(args) == 6:
        a, b, c, d = (_number(arg) for arg in args[:4])
        return (a, b, c, d)
    if name == "matrix3d" and len(args) == 16:
        values = [_number(arg) for arg in args]
        return (values[0], values[1], values[4], values[5])
    if name in ("scale", "scalex", "scaley", "scale3d", "scalez"):
        numbers = [_number(arg) for arg in args]
        if not numbers:
            raise _Unknown
        if name == "scalex":
            return (numbers[0], 0.0, 0.0, 1.0)
        if name == "scaley":
            return (1.0, 0.0, 0.0, numbers[0])
        if name == "scalez":
            return _IDENTITY
        sx = numbers[0]
        sy = numbers[1] if len(numbers) > 1 else sx
        return (sx, 0.0, 0.0, sy)
    raise _Unknown  # skew, var(), anything else


def rotation_of(declaration) -> float | None:
    """The rotation a transform or rotate declaration applies, in degrees in [0, 360); None if unknown."""
    tokens = [token for token in (declaration.value or ()) if token.type not in ("whitespace", "comment")]
    if not tokens:
        return None
    try:
        if declaration.property == "rotate":
            if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value == "none":
                return 0.0
            angle = _angle(tokens[-1])
            axis = tokens[:-1]
            if not axis or len(axis) == 1 and axis[0].type == "ident" and axis[0].lower_value == "z":
                return angle % 360
            if len(axis) == 3:
                x, y, z = (_number(token) for token in axis)
                if abs(x) < 1e-9 and abs(y) < 1e-9 and z != 0:
                    return (angle if z > 0 else -angle) % 360
            if abs(angle) % 360 < 1e-9:
                return 0.0
            return None
        if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value == "none":
            return 0.0
        matrix = _IDENTITY
        for token in tokens:
            if token.type != "function":
                return None
            matrix = _multiply(matrix, _function_matrix(token))
    except (_Unknown, ValueError, ZeroDivisionError):
        return None
    a, b, _c, _d = matrix
    if abs(a) < 1e-12 and abs(b) < 1e-12:
        return None
    return math.degrees(math.atan2(b, a)) % 360


def _quarter_turn(angle: float) -> bool:
    return min(abs(angle - 90), abs(angle - 270)) <= 15


def _no_turn(angle: float) -> bool:
    return min(angle, 360 - angle) <= 1


def _holds_page_content(element, ctx) -> bool:
    if not is_html(element):
        return False
    if element.tag in ("html", "body", "main") or (element.get("role") or "").strip().lower() == "main":
        return True
    cache = ctx.memo("ORI001-body-text")
    if "size" not in cache:
        body = ctx.root.find("body")
        cache["size"] = _text_size(body) if body is not None else 0
    size = cache["size"]
    return bool(size) and _text_size(element) >= 0.8 * size


def _text_size(element) -> int:
    """Characters of text (script and style content left out), whitespace ignored."""
    size = 0
    for node in element.iter():
        if node is not element and node.tail:
            parent = node.getparent()
            if parent is None or parent.tag not in _NO_TEXT:
                size += len("".join(node.tail.split()))
        if isinstance(node.tag, str) and node.tag not in _NO_TEXT and node.text:
            size += len("".join(node.text.split()))
    return size


@rule(
    code="ORI001",
    name="orientation-lock",
    title=Text("Pages must not lock their content to one orientation with CSS transforms",
               "页面不得通过 CSS 变换将内容锁定为单一显示方向"),
    messages={
        "locked": Text("{selector} is rotated {angle}° when the device is in {orientation} orientation, which "
                       "locks the page to the other orientation; remove the rotation",
                       "设备处于{orientation_zh}方向时 {selector} 被旋转 {angle}°，将页面锁定为另一方向；请删除该旋转"),
        "check": Text("{selector} is rotated {angle}° under the media query {media}; check that this does not "
                      "lock the page to one orientation",
                      "{selector} 在媒体查询 {media} 下被旋转 {angle}°；请确认这不会将页面锁定为单一方向"),
        "unknown": Text("{selector} is transformed ({value}) under the media query {media}; check that this does "
                        "not rotate the page to lock its orientation",
                        "{selector} 在媒体查询 {media} 下被变换（{value}）；请确认这不会旋转页面以锁定方向"),
    },
    selector=":root",
    wcag=("1.3.4",),
    level="AA",
    act=("b33eff",),
    standards=("EN-301-549:9.1.3.4",),
    tags=("cat.structure", "orientation", "css"),
    severity="error",
    impact="serious",
    fix=Text("Remove the CSS rotation that locks the orientation, and let a responsive layout adapt instead",
             "删除锁定显示方向的 CSS 旋转，改用响应式布局适应横屏和竖屏"),
)
def check(root, ctx):
    reported = set()
    for matched in ctx.styles.orientation_transforms():
        if matched.pseudo_element is not None:
            continue
        elements = [element for element in matched.elements
                    if isinstance(element.tag, str) and not ctx.is_invisible(element)]
        if not elements:
            continue
        for declaration in matched.declarations:
            angle = rotation_of(declaration)
            if angle is not None and _no_turn(angle):
                continue
            target = next((element for element in elements if _holds_page_content(element, ctx)), None)
            key = (matched.selector, matched.media, declaration.property)
            if key in reported:
                continue
            if angle is None:
                if target is not None:
                    reported.add(key)
                    yield Review("unknown", element=target, selector=matched.selector, value=declaration.text,
                                 media=matched.media)
                continue
            if not _quarter_turn(angle) or target is None:
                continue
            reported.add(key)
            shown = f"{angle:.4g}"
            if matched.certain and matched.orientations:
                orientation = matched.orientations[0]
                yield Fail("locked", element=target, selector=matched.selector, angle=shown,
                           orientation=orientation, orientation_zh="纵向" if orientation == "portrait" else "横向")
            else:
                yield Review("check", element=target, selector=matched.selector, angle=shown, media=matched.media)
