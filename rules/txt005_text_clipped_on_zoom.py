"""Text containers must not clip text when it is enlarged.

## What it checks
Visible text whose nearest box with non-visible overflow clips it (`overflow: hidden` or `clip`, not
`auto` or `scroll`, which let users scroll), when that box has a fixed height (`height` in `px`, `em`,
`vh`..., or a `max-height`), or, for text that cannot wrap (`white-space: nowrap`), a fixed width
without `text-overflow: ellipsis`. Enlarged text needs more room than the box keeps for it, so the end
of the text may be cut off. Whether it is depends on the layout, so every such box is reported once for
review; boxes whose overflow or size depends on a media query are reported too. Visually hidden text
(`1px` clipped boxes) is not checked.

## Why it matters
People with low vision enlarge text to 200% with browser zoom or a text-only zoom setting. A box that
keeps its height while its text grows hides the text that no longer fits, often the most important last
line of a notice or a button label.

## How to fix
Let the box grow with its content: use `min-height` instead of `height`, or `overflow: auto`. Size
boxes that hold text in `em` or `rem` together with their text, and test the page at 200% zoom.

## Failing example
```html
<div style="height: 40px; overflow: hidden">Applications for the 2024 grant round close on 30 June. Late
applications are not accepted.</div>
```

```html
<style>.notice { height: 2em; overflow: hidden; }</style>
<p class="notice">申请截止日期为六月三十日，逾期不予受理。</p>
```

## Passing example
```html
<div style="min-height: 40px; overflow: hidden">Applications close on 30 June.</div>
```

```html
<div style="height: 40px; overflow: auto">Applications close on 30 June.</div>
```

## References
- WCAG SC 1.4.4 Resize Text: https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html
- ACT rule 59br37, Zoomed text node is not clipped with CSS overflow:
  https://www.w3.org/WAI/standards-guidelines/act/rules/59br37/
- WCAG failure F69 (resizing visually rendered text up to 200% causes the text to be clipped):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F69
"""

from a11ylint.css import UNKNOWN, Unresolved
from a11ylint.rule import Review, Text, rule

from a11ylint.textstyle import TEXT_ELEMENTS, is_number, is_text_element

_SCROLLING = frozenset(("auto", "scroll", "overlay"))
_CLIPPING = frozenset(("hidden", "clip", "-moz-hidden-unscrollable"))


def _fixed(value) -> bool | None:
    """True for a definite size (px or a viewport/percentage length), False for auto, None when unknown."""
    if value is UNKNOWN:
        return None
    if is_number(value) or isinstance(value, Unresolved):
        return True
    return False


def _clipping_box(element, ctx):
    """The nearest ancestor-or-self that clips its overflow on some axis, with (x, y, certain); None when a
    scrolling box or nothing clips. Memoised per element."""
    memo = ctx.memo("TXT005-box")
    chain = []
    node = element
    result = None
    styles = ctx.styles
    while node is not None and isinstance(node.tag, str):
        if node in memo:
            result = memo[node]
            break
        chain.append(node)
        x = styles.value(node, "overflow-x")
        y = styles.value(node, "overflow-y")
        if x is UNKNOWN or y is UNKNOWN:
            result = (node, x, y, False)
            break
        if x in _SCROLLING or y in _SCROLLING:
            result = None
            break
        if x in _CLIPPING or y in _CLIPPING:
            result = (node, x, y, True)
            break
        node = node.getparent()
    for visited in chain:
        memo[visited] = result
    return result


def _clips(box, element, ctx) -> str | None:
    """Why the box may clip the element's enlarged text ("height", "width"), or None."""
    node, x, y, certain = box
    styles = ctx.styles
    if y is UNKNOWN or y in _CLIPPING:
        height = _fixed(styles.value(node, "height"))
        max_height = styles.value(node, "max-height")
        if max_height is UNKNOWN:
            limited = None
        else:
            limited = isinstance(max_height, str) and max_height.strip().lower() not in ("none", "initial", "unset")
        if height is True or limited is True:
            return "height"
        if not certain and (height is None or limited is None):
            return "height"
        if y is UNKNOWN and (height is None or limited is None):
            return "height"
    if x is UNKNOWN or x in _CLIPPING:
        white_space = styles.value(element, "white-space")
        if white_space is UNKNOWN or isinstance(white_space, str) and white_space.strip().lower() in ("nowrap",
                                                                                                     "pre"):
            overflow = styles.value(node, "text-overflow")
            ellipsis = isinstance(overflow, str) and "ellipsis" in overflow.lower()
            if not ellipsis and _fixed(styles.value(node, "width")) is not False:
                return "width"
    return None


@rule(
    code="TXT005",
    name="text-clipped-on-zoom",
    title=Text("Text containers must not clip text when it is enlarged", "文字容器在文字放大时不得裁切文字"),
    messages={
        "height": Text("This box has a fixed height and hides overflowing text; check that its text is not cut "
                       "off at 200% zoom, or use min-height",
                       "此容器高度固定且隐藏溢出内容；请确认放大至 200% 时文字不会被裁切，或改用 min-height"),
        "width": Text("This box has a fixed width, hides overflowing text and does not let it wrap; check that its "
                      "text is not cut off at 200% zoom",
                      "此容器宽度固定、隐藏溢出内容且文字不换行；请确认放大至 200% 时文字不会被裁切"),
    },
    selector=TEXT_ELEMENTS,
    wcag=("1.4.4",),
    level="AA",
    act=("59br37",),
    standards=("EN-301-549:9.1.4.4", "Section-508:E205.4"),
    tags=("cat.sensory-and-visual-cues", "zoom", "css", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Let text boxes grow with their content: use min-height instead of height, or overflow: auto",
             "让文字容器随内容扩展：用 min-height 代替 height，或设置 overflow: auto"),
)
def check(element, ctx):
    if not is_text_element(element, ctx):
        return None
    box = _clipping_box(element, ctx)
    if box is None:
        return None
    reported = ctx.memo("TXT005-reported")
    if box[0] in reported:
        return None
    reason = _clips(box, element, ctx)
    if reason is None:
        return None
    reported[box[0]] = True
    return Review(reason, element=box[0])
