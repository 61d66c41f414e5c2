"""Image buttons must have a text alternative.

## What it checks
`<input type="image">` elements exposed to assistive technology whose accessible name is empty: no
`alt`, `aria-label`, `aria-labelledby` or `title`. The browser's default name ("Submit") does not count,
because it does not say what the button does.

## Why it matters
An image button is usually a search or submit button drawn as an icon. Without a text alternative it is
announced as "button" or by its image file name.

## How to fix
Add an `alt` that says what the button does, such as `alt="Search"`.

## Failing example
```html
<input type="image" src="go.gif">
```

## Passing example
```html
<input type="image" src="go.gif" alt="Search">
```

## References
- WCAG SC 1.1.1 Non-text Content: https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 59796f, Image button has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/59796f/
- WCAG technique H36 (alt on image submit buttons): https://www.w3.org/WAI/WCAG22/Techniques/html/H36
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="IMG003",
    name="input-image-alt",
    title=Text("Image buttons must have a text alternative", "图片按钮必须有替代文本"),
    messages={"missing": Text('<input type="image"> has no text alternative; add alt text saying what it does',
                              '<input type="image"> 缺少替代文本；请用 alt 说明按钮的作用')},
    selector="input[type]",
    wcag=("1.1.1", "4.1.2"),
    level="A",
    act=("59796f",),
    standards=("EN-301-549:9.1.1.1", "EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="critical",
    fix=Text('Add an alt attribute to the image button that says what it does, e.g. alt="Search"',
             '为图片按钮添加说明其功能的 alt 属性，如 alt="搜索"'),
)
def check(element, ctx):
    if (element.get("type") or "").strip().lower() != "image" or ctx.is_hidden(element):
        return None
    if ctx.role(element) != "button":
        return None
    if ctx.accessible_name(element):
        return None
    return Fail("missing")
