"""Line height set with `!important` in a `style` attribute must be at least 1.5 times the font size.

## What it checks
Elements with visible text that can wrap onto several lines, whose computed `line-height` comes from an
`!important` declaration in a `style` attribute (their own, or an ancestor's that they inherit). Such a
declaration outranks every style sheet, including the ones users apply to open up lines, so it must
already be at least 1.5 times the font size: a number (`1.5`), a percentage (`150%`) or a length
(`1.5em`, `24px` for 16px text). `normal` and `initial` fail: browsers draw them at about 1.2. Text that
cannot wrap (`white-space: nowrap`, or a fixed-width box wider than the whole text) is not checked. When
the value cannot be computed, the element is reported for review.

## Why it matters
Generous line spacing helps people with dyslexia, low vision or cognitive disabilities track lines.
Users set it with their own style sheet; an inline `!important` declaration silently defeats it.

## How to fix
Remove `!important` from the `style` attribute, or move the declaration to a style sheet. If the line
height must be locked, make it at least `1.5`.

## Failing example
```html
<p style="line-height: 1.2 !important">Applications close on 30 June. Late applications are not accepted.</p>
```

```html
<p style="line-height: normal !important">申请截止日期为六月三十日，逾期不予受理。</p>
```

## Passing example
```html
<p style="line-height: 1.5 !important">Applications close on 30 June. Late applications are not accepted.</p>
```

```html
<p style="font-size: 20px; line-height: 30px !important">Thirty pixels is 1.5 times the font size.</p>
```

## References
- WCAG SC 1.4.12 Text Spacing: https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html
- ACT rule 78fd32, Important line height in style attributes is wide enough:
  https://www.w3.org/WAI/standards-guidelines/act/rules/78fd32/
- WCAG technique C36 (allowing for text spacing override): https://www.w3.org/WAI/WCAG22/Techniques/css/C36
"""

from a11ylint.rule import Text, rule

from a11ylint.textspacing import spacing_results


@rule(
    code="TXT003",
    name="line-height-important",
    title=Text("Line height set with !important in a style attribute must be at least 1.5 times the font size",
               "在 style 属性中用 !important 设置的行高必须至少为字号的 1.5 倍"),
    messages={
        "narrow": Text("style=\"line-height: {value}\" is !important and only {ratio} times the font size; "
                       "remove !important or use at least {minimum}",
                       "style 属性中的 line-height: {value} 带有 !important，仅为字号的 {ratio} 倍；"
                       "请删除 !important 或至少设为 {minimum}"),
        "normal": Text("style=\"line-height: {value}\" is !important and browsers draw it at about 1.2 times the "
                       "font size; remove !important or use at least {minimum}",
                       "style 属性中的 line-height: {value} 带有 !important，浏览器约按字号的 1.2 倍显示；"
                       "请删除 !important 或至少设为 {minimum}"),
        "unknown": Text("style=\"line-height: {value}\" is !important and could not be compared with the font "
                        "size; check that it is at least {minimum} times the font size, or remove !important",
                        "style 属性中的 line-height: {value} 带有 !important，无法与字号比较；"
                        "请确认其至少为字号的 {minimum} 倍，或删除 !important"),
    },
    selector=":root",
    wcag=("1.4.12",),
    level="AA",
    act=("78fd32",),
    standards=("EN-301-549:9.1.4.12",),
    tags=("cat.sensory-and-visual-cues", "text-spacing", "css"),
    severity="error",
    impact="serious",
    fix=Text("Remove !important from the inline line-height, or make it at least 1.5",
             "删除行内样式中 line-height 的 !important，或将其设为至少 1.5"),
)
def check(root, ctx):
    # spacing_ratio gives line-height: normal the ratio 0 (about 1.2 times the font size)
    return spacing_results(ctx, "line-height", 1.5,
                           lambda data: "normal" if data["ratio"] == "0" else "narrow")
