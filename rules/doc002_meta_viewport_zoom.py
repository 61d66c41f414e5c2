"""The viewport must let users zoom to at least 200%.

## What it checks
A `<meta name="viewport">` whose `content` switches zooming off (`user-scalable=no`, or a number below 1
such as `user-scalable=0`) or caps it below 200% (`maximum-scale` under 2, including
`maximum-scale=yes`, which browsers read as 1, and unknown words, which they read as 0). A negative
`maximum-scale` is ignored, as browsers ignore it.

## Why it matters
People with low vision zoom pages on their phones. Many government mobile templates copy
`maximum-scale=1, user-scalable=no` from old frameworks, which makes text impossible to enlarge.

## How to fix
Use `<meta name="viewport" content="width=device-width, initial-scale=1">` and remove `user-scalable`
and `maximum-scale`, or set `maximum-scale` to 5.

## Failing example
```html
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
```

```html
<meta name="viewport" content="maximum-scale=1.5">
```

## Passing example
```html
<meta name="viewport" content="width=device-width, initial-scale=1">
```

```html
<meta name="viewport" content="maximum-scale=5, user-scalable=yes">
```

## References
- WCAG SC 1.4.4 Resize Text: https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html
- ACT rule b4f0c3, Meta viewport allows for zoom: https://www.w3.org/WAI/standards-guidelines/act/rules/b4f0c3/
- CSS Device Adaptation, viewport meta translation: https://www.w3.org/TR/css-device-adapt-1/#parsing-algorithm
- WCAG technique G142 (a technology whose user agents support zoom): https://www.w3.org/WAI/WCAG22/Techniques/general/G142
"""

from a11ylint.meta import viewport_number, viewport_properties
from a11ylint.rule import Fail, Text, rule


@rule(
    code="DOC002",
    name="meta-viewport-zoom",
    title=Text("The viewport must let users zoom to at least 200%", "视口设置必须允许用户放大至至少 200%"),
    messages={
        "no-scaling": Text("The viewport disables zooming (user-scalable={value}); remove user-scalable",
                           "视口禁止缩放（user-scalable={value}）；请删除 user-scalable"),
        "max-scale": Text("The viewport caps zoom at maximum-scale={value}; allow at least 2, or remove it",
                          "视口将缩放上限设为 maximum-scale={value}；请至少设为 2，或删除该设置"),
    },
    selector="meta[name]",
    wcag=("1.4.4",),
    level="AA",
    act=("b4f0c3",),
    standards=("EN-301-549:9.1.4.4", "Section-508:E205.4"),
    tags=("cat.sensory-and-visual-cues", "zoom"),
    severity="error",
    impact="critical",
    fix=Text("Remove user-scalable and maximum-scale from the viewport meta tag so that users can zoom",
             "删除 viewport meta 标签中的 user-scalable 和 maximum-scale，允许用户缩放页面"),
)
def check(meta, ctx):
    if meta.get("name", "").strip().lower() != "viewport" or meta.get("content") is None:
        return None
    properties = viewport_properties(meta.get("content"))
    scalable = properties.get("user-scalable")
    if scalable is not None and abs(viewport_number(scalable)) < 1:
        return Fail("no-scaling", value=scalable)
    maximum = properties.get("maximum-scale")
    if maximum is not None and 0 <= viewport_number(maximum) < 2:  # negative values are ignored by browsers
        return Fail("max-scale", value=maximum)
    return None
