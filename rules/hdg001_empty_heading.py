"""Headings should have a non-empty accessible name.

## What it checks
`h1`–`h6` elements and elements with `role="heading"` that are exposed to assistive technology but have
no accessible name: no text, no `alt` on their images, no `aria-label`.

## Why it matters
Screen reader users move through a page by its headings. An empty heading is announced as "heading
level 2" with nothing after it, and breaks that outline.

## How to fix
Put the heading text in the element, or remove the empty heading and style the spacing with CSS.

## Failing example
```html
<h2></h2>
```

```html
<h3><img src="divider.png" alt=""></h3>
```

## Passing example
```html
<h2>Public notices</h2>
```

```html
<h2 hidden></h2>
<div role="heading" aria-level="3" aria-label="Contact us"></div>
```

## References
- ACT rule ffd0e9, Heading has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ffd0e9/
- WCAG technique G130 (descriptive headings): https://www.w3.org/WAI/WCAG22/Techniques/general/G130
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="HDG001",
    name="empty-heading",
    title=Text("Headings should have a non-empty accessible name", "标题应有非空的可访问名称"),
    messages={"empty": Text("<{tag}> heading is empty; give it text or remove it",
                            "<{tag}> 标题为空；请添加文字或删除该标题")},
    selector="h1, h2, h3, h4, h5, h6, [role]",
    act=("ffd0e9",),
    best_practice=True,
    tags=("cat.semantics",),
    severity="warning",
    impact="minor",
    fix=Text("Put text in the empty heading, or remove it and create the spacing with CSS",
             "为空标题填写文字，或删除该标题并用 CSS 控制间距"),
)
def check(element, ctx):
    if ctx.role(element) != "heading" or ctx.is_hidden(element):
        return None
    if ctx.accessible_name(element):
        return None
    return Fail("empty", tag=element.tag)
