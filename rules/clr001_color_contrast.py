"""Text must have a contrast ratio of at least 4.5:1 with its background (3:1 for large text).

## What it checks
Every element with visible text of its own (letters or digits, not only symbols), in the body. The text
colour and the background behind it are computed from the CSS cascade: `color` (with its alpha), the
`background-color` of the element and of each ancestor up to the page (white by default), the colour
stops of gradient backgrounds, and `opacity`. The WCAG contrast ratio must be at least 4.5:1, or 3:1 for
large text (24px, or 18.66px bold). Over a gradient the ratio is a range: text fails when even the best
part of the background is too faint, and is reported for review when only part of it is. Text in a
disabled control, or in the label of one, is not checked; nor is text that is not visible (hidden,
off-screen, clipped away, or the same colour as its background). Text under `aria-hidden` is checked:
it is still seen. Text that a script (`attachShadow`) or a declarative shadow root puts in a shadow tree
cannot be seen by the linter: the first such script or template is reported for review. Reviews with one
cause (an unknown background image, colour or filter on one element, or one colour pair that seems to
fail but that an unreadable style sheet may change) are reported once, on the first text they affect,
with the number of elements. Failures are reported on every element.

The linter cannot see pixels, so it asks for review instead of deciding when the background is an image,
when the text sits in an absolutely positioned or fixed box with no background of its own, when a
filter, blend mode, text shadow or stroke changes the drawing, when a value depends on a media query or
`var()`, or when a style sheet could not be read. A single letter in a control named by `aria-label` (an
"X" close icon) is also reviewed rather than failed.

## Why it matters
About one person in twelve has low vision or a colour vision deficiency, and everybody reads a phone in
sunshine. Light grey text on white, the most common failure on government pages, is unreadable for many
of them.

## How to fix
Darken the text or the background until the ratio is met: `#767676` is the lightest grey that passes on
white. Check brand colours once with a contrast checker and keep the passing pairs in the style guide.

## Failing example
```html
<p style="color: #999; background: #fff">Applications close on 30 June.</p>
```

```html
<div style="background: #0a5"><span style="color: #fff">办事指南</span></div>
```

## Passing example
```html
<p style="color: #595959; background: #fff">Applications close on 30 June.</p>
```

```html
<h1 style="color: #767676; font-size: 32px">Large text needs only 3:1</h1>
```

## References
- WCAG SC 1.4.3 Contrast (Minimum): https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html
- ACT rule afw4f7, Text has minimum contrast: https://www.w3.org/WAI/standards-guidelines/act/rules/afw4f7/
- WCAG technique G18 (a contrast ratio of at least 4.5:1): https://www.w3.org/WAI/WCAG22/Techniques/general/G18
- WCAG technique G145 (3:1 for large text): https://www.w3.org/WAI/WCAG22/Techniques/general/G145
"""

from a11ylint.rule import Text, rule
from a11ylint.contrast import CONTRAST_MESSAGES, SELECTOR, contrast_outcome

@rule(
    code="CLR001",
    name="color-contrast",
    title=Text("Text must have a contrast ratio of at least 4.5:1 (3:1 for large text)",
               "文字与背景的对比度必须至少为 4.5:1（大号文字为 3:1）"),
    messages=CONTRAST_MESSAGES,
    selector=SELECTOR,
    wcag=("1.4.3",),
    level="AA",
    act=("afw4f7",),
    standards=("EN-301-549:9.1.4.3", "Section-508:E205.4"),
    tags=("cat.color", "contrast", "css"),
    severity="error",
    impact="serious",
    fix=Text("Change the text or background colour until the contrast is at least 4.5:1 (3:1 for large text)",
             "调整文字或背景颜色，使对比度至少达到 4.5:1（大号文字为 3:1）"),
)
def check(element, ctx):
    return contrast_outcome(element, ctx, 4.5, 3.0)
