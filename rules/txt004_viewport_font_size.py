"""Text must not be sized only in viewport units, which browser zoom cannot enlarge.

## What it checks
Elements with visible text whose computed `font-size` depends on the viewport alone: `vw`, `vh`,
`vmin`, `vmax` (and their `sv*`/`lv*`/`dv*` forms), or `calc()` of those only, including text that
inherits such a size or scales it with `em` or `%`. Each declaration is reported once, on the element
that declares it. Sizes that mix in a unit zoom does scale, such as `calc(1rem + 1vw)` or
`max(1rem, 2vw)`, pass. When a style sheet could not be read (it might override the size), the finding
is a review.

## Why it matters
Browser zoom makes a CSS pixel larger, but it also makes the viewport narrower in CSS pixels, so
`2vw` stays the same size on screen at 200% zoom. People with low vision who zoom to read find the
headline or body text does not grow at all.

## How to fix
Add a zoomable part to the size: `font-size: calc(1rem + 1vw)`, or `clamp(1rem, 0.8rem + 1vw, 2rem)`.

## Failing example
```html
<h1 style="font-size: 4vw">Budget 2024</h1>
```

```html
<style>.hero { font-size: 3vmin; }</style>
<div class="hero"><p>欢迎访问市政府网站</p></div>
```

## Passing example
```html
<h1 style="font-size: calc(1.5rem + 1vw)">Budget 2024</h1>
```

```html
<p style="font-size: max(1rem, 2vw)">Applications close on 30 June.</p>
```

## References
- WCAG SC 1.4.4 Resize Text: https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html
- WCAG failure F94 (incorrectly using viewport units to resize text):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F94
- WCAG technique C28 (specifying the size of text containers using em units):
  https://www.w3.org/WAI/WCAG22/Techniques/css/C28
"""

import re

from a11ylint.css import UNKNOWN
from a11ylint.rule import Fail, Review, Text, rule

from a11ylint.textstyle import text_elements, viewport_only

_VIEWPORT_UNIT = re.compile(r"\d(?:[sld]v|v)(?:w|h|i|b|min|max)\b", re.IGNORECASE)


def _origin(element, ctx):
    """The nearest ancestor-or-self whose own font-size declaration uses a viewport unit, and that declaration."""
    styles = ctx.styles
    node = element
    while node is not None and isinstance(node.tag, str):
        cascaded = styles.cascaded(node, "font-size")
        if cascaded is not None and cascaded is not UNKNOWN and _VIEWPORT_UNIT.search(cascaded.declaration.text):
            return node, cascaded
        node = node.getparent()
    return element, None


@rule(
    code="TXT004",
    name="viewport-font-size",
    title=Text("Text must not be sized only in viewport units", "文字大小不得仅使用视口单位"),
    messages={
        "viewport": Text("font-size: {value} uses only viewport units, so zooming does not enlarge this text; "
                         "add a rem part, e.g. calc(1rem + {value})",
                         "font-size: {value} 仅使用视口单位，浏览器缩放无法放大此文字；"
                         "请加入 rem 部分，例如 calc(1rem + {value})"),
        "viewport-unknown": Text("font-size: {value} uses only viewport units, unless a style sheet that could not "
                                 "be read overrides it; check that zooming enlarges this text",
                                 "font-size: {value} 仅使用视口单位（除非无法读取的样式表覆盖了它）；"
                                 "请确认浏览器缩放能放大此文字"),
    },
    selector=":root",
    wcag=("1.4.4",),
    level="AA",
    standards=("EN-301-549:9.1.4.4", "Section-508:E205.4"),
    tags=("cat.sensory-and-visual-cues", "zoom", "css"),
    severity="error",
    impact="serious",
    fix=Text("Add a zoomable rem part to font sizes in viewport units, e.g. font-size: calc(1rem + 1vw)",
             "在使用视口单位的字号中加入可随缩放放大的 rem 部分，如 font-size: calc(1rem + 1vw)"),
)
def check(root, ctx):
    styles = ctx.styles
    reported = set()
    for element in text_elements(ctx):
        size = styles.value(element, "font-size")
        if not viewport_only(size):
            continue
        origin, cascaded = _origin(element, ctx)
        if origin in reported:
            continue
        reported.add(origin)
        value = cascaded.declaration.text if cascaded is not None else size.text
        certain = not styles.unknown_sources or (cascaded is not None and cascaded.origin == "style-attribute"
                                                 and cascaded.important and origin is element)
        yield (Fail if certain else Review)("viewport" if certain else "viewport-unknown", element=origin,
                                            value=value)
