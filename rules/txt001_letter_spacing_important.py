"""Letter spacing set with `!important` in a `style` attribute must be at least 0.12 times the font size.

## What it checks
Elements with visible text whose computed `letter-spacing` comes from an `!important` declaration in a
`style` attribute (their own, or an ancestor's that they inherit). Such a declaration outranks every
style sheet, including the ones users apply to widen spacing, so it must already allow at least 0.12
times the font size. `letter-spacing: normal` and `initial` count as 0. A value declared in a style
sheet, or without `!important`, is not checked: users can override it. When the value cannot be
computed (an unknown font size, or a style sheet that could not be read and could change the inherited
value), the element is reported for review.

## Why it matters
People with dyslexia or low vision read better with wider letter spacing and set it with their own
style sheet or a browser extension. An inline `!important` declaration silently defeats those settings.

## How to fix
Remove `!important` from the `style` attribute, or move the declaration to a style sheet. If the
spacing must be locked, make it at least `0.12em`.

## Failing example
```html
<p style="letter-spacing: 0.05em !important">Applications close on 30 June.</p>
```

```html
<div style="font-size: 20px; letter-spacing: 1px !important"><p>申请截止日期为六月三十日。</p></div>
```

## Passing example
```html
<p style="letter-spacing: 0.12em !important">Applications close on 30 June.</p>
```

```html
<style>p { letter-spacing: 0.05em !important; }</style>
<p>Users can still override a style sheet declaration with their own.</p>
```

## References
- WCAG SC 1.4.12 Text Spacing: https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html
- ACT rule 24afc2, Important letter spacing in style attributes is wide enough:
  https://www.w3.org/WAI/standards-guidelines/act/rules/24afc2/
- WCAG technique C36 (allowing for text spacing override): https://www.w3.org/WAI/WCAG22/Techniques/css/C36
"""

from a11ylint.rule import Text, rule

from a11ylint.textspacing import spacing_results


@rule(
    code="TXT001",
    name="letter-spacing-important",
    title=Text("Letter spacing set with !important in a style attribute must be at least 0.12 times the font size",
               "在 style 属性中用 !important 设置的字母间距必须至少为字号的 0.12 倍"),
    messages={
        "narrow": Text("style=\"letter-spacing: {value}\" is !important and only {ratio} times the font size; "
                       "remove !important or use at least {minimum}em",
                       "style 属性中的 letter-spacing: {value} 带有 !important，仅为字号的 {ratio} 倍；"
                       "请删除 !important 或至少设为 {minimum}em"),
        "unknown": Text("style=\"letter-spacing: {value}\" is !important and could not be compared with the font "
                        "size; check that it is at least {minimum} times the font size, or remove !important",
                        "style 属性中的 letter-spacing: {value} 带有 !important，无法与字号比较；"
                        "请确认其至少为字号的 {minimum} 倍，或删除 !important"),
    },
    selector=":root",
    wcag=("1.4.12",),
    level="AA",
    act=("24afc2",),
    standards=("EN-301-549:9.1.4.12",),
    tags=("cat.sensory-and-visual-cues", "text-spacing", "css"),
    severity="error",
    impact="serious",
    fix=Text("Remove !important from the inline letter-spacing, or make it at least 0.12em",
             "删除行内样式中 letter-spacing 的 !important，或将其设为至少 0.12em"),
)
def check(root, ctx):
    return spacing_results(ctx, "letter-spacing", 0.12)
