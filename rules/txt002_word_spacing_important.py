"""Word spacing set with `!important` in a `style` attribute must be at least 0.16 times the font size.

## What it checks
Elements with visible text whose computed `word-spacing` comes from an `!important` declaration in a
`style` attribute (their own, or an ancestor's that they inherit). Such a declaration outranks every
style sheet, including the ones users apply to widen spacing, so it must already allow at least 0.16
times the font size. `word-spacing: normal` and `initial` count as 0. A value declared in a style sheet,
or without `!important`, is not checked: users can override it. When the value cannot be computed, the
element is reported for review.

## Why it matters
Wider gaps between words help people with dyslexia or low vision find word boundaries. Users set them
with their own style sheet; an inline `!important` declaration silently defeats it.

## How to fix
Remove `!important` from the `style` attribute, or move the declaration to a style sheet. If the
spacing must be locked, make it at least `0.16em`.

## Failing example
```html
<p style="word-spacing: 0.1em !important">Applications close on 30 June.</p>
```

```html
<p style="word-spacing: normal !important">Applications close on 30 June.</p>
```

## Passing example
```html
<p style="word-spacing: 0.16em !important">Applications close on 30 June.</p>
```

```html
<p style="word-spacing: 0.1em">Without !important, users can still widen the spacing.</p>
```

## References
- WCAG SC 1.4.12 Text Spacing: https://www.w3.org/WAI/WCAG22/Understanding/text-spacing.html
- ACT rule 9e45ec, Important word spacing in style attributes is wide enough:
  https://www.w3.org/WAI/standards-guidelines/act/rules/9e45ec/
- WCAG technique C36 (allowing for text spacing override): https://www.w3.org/WAI/WCAG22/Techniques/css/C36
"""

from a11ylint.rule import Text, rule

from a11ylint.textspacing import spacing_results


@rule(
    code="TXT002",
    name="word-spacing-important",
    title=Text("Word spacing set with !important in a style attribute must be at least 0.16 times the font size",
               "在 style 属性中用 !important 设置的单词间距必须至少为字号的 0.16 倍"),
    messages={
        "narrow": Text("style=\"word-spacing: {value}\" is !important and only {ratio} times the font size; "
                       "remove !important or use at least {minimum}em",
                       "style 属性中的 word-spacing: {value} 带有 !important，仅为字号的 {ratio} 倍；"
                       "请删除 !important 或至少设为 {minimum}em"),
        "unknown": Text("style=\"word-spacing: {value}\" is !important and could not be compared with the font "
                        "size; check that it is at least {minimum} times the font size, or remove !important",
                        "style 属性中的 word-spacing: {value} 带有 !important，无法与字号比较；"
                        "请确认其至少为字号的 {minimum} 倍，或删除 !important"),
    },
    selector=":root",
    wcag=("1.4.12",),
    level="AA",
    act=("9e45ec",),
    standards=("EN-301-549:9.1.4.12",),
    tags=("cat.sensory-and-visual-cues", "text-spacing", "css"),
    severity="error",
    impact="serious",
    fix=Text("Remove !important from the inline word-spacing, or make it at least 0.16em",
             "删除行内样式中 word-spacing 的 !important，或将其设为至少 0.16em"),
)
def check(root, ctx):
    return spacing_results(ctx, "word-spacing", 0.16)
