"""Image map areas must have a text alternative.

## What it checks
`<area href>` elements of an image map whose accessible name is empty: no `alt`, `aria-label` or
`aria-labelledby`.

## Why it matters
Each area of an image map is a link. Without `alt`, a screen reader announces it as a bare link, often by
its URL, so users of the county map cannot tell one district from another.

## How to fix
Give each `<area>` an `alt` that names where it goes.

## Failing example
```html
<img src="map.png" alt="County map" usemap="#districts">
<map name="districts"><area shape="rect" coords="0,0,80,80" href="/north"></map>
```

## Passing example
```html
<img src="map.png" alt="County map" usemap="#districts">
<map name="districts"><area shape="rect" coords="0,0,80,80" href="/north" alt="North district"></map>
```

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- WCAG SC 1.1.1 Non-text Content: https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html
- WCAG SC 2.4.4 Link Purpose (In Context):
  https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html
- ACT rule c487ae, Link has non-empty accessible name (applies to area links):
  https://www.w3.org/WAI/standards-guidelines/act/rules/c487ae/
- WCAG technique H24: https://www.w3.org/WAI/WCAG22/Techniques/html/H24
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="IMG002",
    name="area-alt",
    title=Text("Image map areas must have a text alternative", "图像映射区域必须有替代文本"),
    messages={"missing": Text("<area> link has no text alternative; add an alt attribute",
                              "<area> 链接缺少替代文本；请添加 alt 属性")},
    selector="area[href]",
    wcag=("1.1.1", "2.4.4", "4.1.2"),
    level="A",
    act=("c487ae",),
    standards=("EN-301-549:9.1.1.1", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="critical",
    fix=Text("Add an alt attribute to each <area> that names where its link goes", "为每个 <area> 添加说明链接去向的 alt 属性"),
)
def check(area, ctx):
    if ctx.is_hidden(area) or ctx.role(area) != "link":
        return None
    if ctx.accessible_name(area):
        return None
    return Fail("missing")
