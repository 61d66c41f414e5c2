"""Links must have a non-empty accessible name.

## What it checks
Elements that are links (`<a href>`, `<area href>`, `role="link"` and the roles that inherit from it,
such as `doc-biblioref` and `doc-noteref`) and exposed to assistive technology,
but whose accessible name is empty: no text, no `alt` on the image inside, no `aria-label`,
`aria-labelledby` or `title`.

## Why it matters
A screen reader announces such a link as "link" or reads out its URL. Users cannot tell where it goes.
Icon links in headers and footers, and image links with a missing `alt`, are the usual cause.

## How to fix
Give the link text. For an image link, give the image an `alt` that says where the link goes; for an icon
font, add `aria-label` to the link.

## Failing example
```html
<a href="/search"><img src="search.png"></a>
```

```html
<a href="/home"></a>
```

## Passing example
```html
<a href="/search"><img src="search.png" alt="Search"></a>
```

```html
<a href="/home" aria-label="Home"><span class="icon-home"></span></a>
<a name="top"></a>
```

## Compared with axe-core
a11ylint reads style sheets only when they are local files; a link that an external style sheet hides is still
reported, where axe-core, running in a browser with the sheet, skips it.

## References
- WCAG SC 2.4.4 Link Purpose (In Context):
  https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule c487ae, Link has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/c487ae/
- WCAG technique H30 (link text) and failure F89 (image link without a text alternative):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F89
"""

from a11ylint.aria import is_a
from a11ylint.links import LINK_CANDIDATES
from a11ylint.rule import Fail, Text, rule


@rule(
    code="LNK001",
    name="link-name",
    title=Text("Links must have a non-empty accessible name", "链接必须有非空的可访问名称"),
    messages={"empty": Text("Link has no accessible name; give it text, image alt text or aria-label",
                            "链接没有可访问名称；请提供链接文字、图片替代文本或 aria-label")},
    selector=LINK_CANDIDATES,
    wcag=("2.4.4", "4.1.2"),
    level="A",
    act=("c487ae",),
    standards=("EN-301-549:9.2.4.4", "EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.name-role-value",),
    severity="error",
    impact="serious",
    fix=Text("Give the link text, alt text on its image, or an aria-label if it shows only an icon",
             "为链接添加文字；图片链接为图片添加替代文本，图标链接添加 aria-label"),
)
def check(element, ctx):
    role = ctx.role(element)
    if role is None or not is_a(role, "link") or ctx.is_hidden(element):
        return None
    if element.tag == "area":
        return None  # reported by area-alt, which knows what an area's name comes from
    if ctx.accessible_name(element):
        return None
    return Fail("empty")
