"""Images must have a text alternative.

## What it checks
`<img>` elements and HTML elements with `role="img"` that are exposed to assistive technology but have no accessible
name. An `<img>` with `alt=""` (or `role="presentation"`) is decorative and passes; an `<img>` with no
`alt` attribute at all fails, even if the image looks decorative. SVG graphics are checked by
`svg-img-alt`.

## Why it matters
Without a text alternative, a screen reader reads the image's file name ("banner_2022_final.jpg") or
nothing, and the information in the image is lost.

## How to fix
Add an `alt` that says what the image conveys. If it conveys nothing (a divider, a flourish), add
`alt=""` so that assistive technology skips it.

## Failing example
```html
<img src="governor.jpg">
```

```html
<div role="img" class="map"></div>
```

```html
<img src="seal.png" alt=" ">
```

## Passing example
```html
<img src="governor.jpg" alt="Governor signing the budget bill">
```

```html
<img src="divider.png" alt="">
<div role="img" aria-label="Map of flood zones" class="map"></div>
```

## Compared with axe-core
a11ylint reads style sheets only when they are local files; an image that an external style sheet hides (a
mobile-only icon) is still reported, where axe-core, running in a browser with the sheet, skips it.

## References
- WCAG SC 1.1.1 Non-text Content: https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html
- ACT rule 23a2a8, Image has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/23a2a8/
- Section 508 (36 CFR 1194 E205.4 adopts WCAG 2.0 A and AA); EN 301 549 clause 9.1.1.1
- WCAG technique H37 (alt on img) and failure F65 (missing alt): https://www.w3.org/WAI/WCAG22/Techniques/failures/F65
"""

from a11ylint.dom import is_html
from a11ylint.rule import Fail, Text, rule


@rule(
    code="IMG001",
    name="image-alt",
    title=Text("Images must have a text alternative", "图片必须有替代文本"),
    messages={
        "missing": Text('<img> has no alt attribute; add alt text, or alt="" if it is decorative',
                        '<img> 缺少 alt 属性；请添加替代文本，装饰性图片请设置 alt=""'),
        "blank": Text('<img> has an alt of only spaces, which is not empty; write the text alternative, or alt=""',
                      '<img> 的 alt 只有空格，不算空值；请填写替代文本，或设置 alt=""'),
        "no-name": Text("Element with role=img has no accessible name; add aria-label",
                        "role=img 的元素没有可访问名称；请添加 aria-label"),
    },
    selector="img, [role]",
    wcag=("1.1.1",),
    level="A",
    act=("23a2a8",),
    standards=("EN-301-549:9.1.1.1", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="critical",
    fix=Text('Add an alt attribute that says what the image shows, or alt="" if it is decorative',
             '为图片添加说明其内容的 alt 属性；装饰性图片设置 alt=""'),
)
def check(element, ctx):
    if not is_html(element) or ctx.role(element) != "img" or ctx.is_hidden(element):
        return None
    if ctx.accessible_name(element):
        return None
    if element.tag == "img":
        alt = element.get("alt")
        if alt == "":
            return None  # alt="" with global ARIA attributes keeps the img role, but is decorative by intent
        return Fail("missing") if alt is None else Fail("blank")
    return Fail("no-name")
