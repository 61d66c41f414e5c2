"""Text should have a contrast ratio of at least 7:1 with its background (4.5:1 for large text).

## What it checks
The same text and the same computation as `color-contrast` (CLR001), with the AAA thresholds: 7:1, or
4.5:1 for large text (24px, or 18.66px bold). Text in disabled controls and their labels, and text that
is not visible, is not checked. Backgrounds the linter cannot see (images, positioned boxes, filters,
text shadows, unknown values or style sheets) are reported for review.

## Why it matters
People with moderate low vision, who do not use magnifiers or contrast-enhancing tools, need the higher
contrast to read. Level AAA is not required by most laws, but it is a useful target for key pages and
public notices.

## How to fix
Use darker text (or a darker background for light text): on white, `#595959` is the lightest grey that
reaches 7:1.

## Failing example
```html
<p style="color: #767676; background: #fff">Applications close on 30 June.</p>
```

```html
<p style="color: rgba(0, 0, 0, 0.6)">申请截止日期为六月三十日。</p>
```

## Passing example
```html
<p style="color: #595959; background: #fff">Applications close on 30 June.</p>
```

```html
<p>Default black text on the default white page.</p>
```

## References
- WCAG SC 1.4.6 Contrast (Enhanced): https://www.w3.org/WAI/WCAG22/Understanding/contrast-enhanced.html
- ACT rule 09o5cg, Text has enhanced contrast: https://www.w3.org/WAI/standards-guidelines/act/rules/09o5cg/
- WCAG technique G17 (a contrast ratio of at least 7:1): https://www.w3.org/WAI/WCAG22/Techniques/general/G17
"""

from a11ylint.rule import Text, rule

from a11ylint.contrast import CONTRAST_MESSAGES, SELECTOR, contrast_outcome


@rule(
    code="CLR002",
    name="color-contrast-enhanced",
    title=Text("Text should have a contrast ratio of at least 7:1 (4.5:1 for large text)",
               "文字与背景的对比度宜至少为 7:1（大号文字为 4.5:1）"),
    messages=CONTRAST_MESSAGES,
    selector=SELECTOR,
    wcag=("1.4.6",),
    level="AAA",
    act=("09o5cg",),
    standards=("EN-301-549:9.1.4.6",),
    tags=("cat.color", "contrast", "css"),
    severity="warning",
    impact="moderate",
    fix=Text("Change the text or background colour until the contrast is at least 7:1 (4.5:1 for large text)",
             "调整文字或背景颜色，使对比度至少达到 7:1（大号文字为 4.5:1）"),
)
def check(element, ctx):
    return contrast_outcome(element, ctx, 7.0, 4.5)
