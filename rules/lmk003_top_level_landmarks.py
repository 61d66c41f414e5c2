"""Banner, main and contentinfo landmarks should not sit inside other landmarks.

## What it checks
A `banner` (a top-level `<header>`), `main` or `contentinfo` (a top-level `<footer>`) landmark that is
nested inside another landmark, and pages with more than one `banner` or `contentinfo`. (A `<header>` or
`<footer>` inside `<article>`, `<aside>`, `<main>`, `<nav>` or `<section>` is not a landmark at all, so
it is fine.)

## Why it matters
These three landmarks describe the page as a whole. Nested inside a navigation or a sidebar, they send
screen reader users into the wrong part of the page, and duplicates make "jump to footer" ambiguous.

## How to fix
Keep one site header and one site footer at the top level of the body, and put the main content in one
`<main>` that is not inside a navigation or sidebar.

## Failing example
```html
<nav aria-label="Main"><div role="banner">Site name</div></nav>
```

```html
<div role="contentinfo">Contact</div><div role="contentinfo">Copyright</div>
```

## Passing example
```html
<header>Site name</header><main><article><header>Article date</header></article></main><footer>Contact</footer>
```

## References
- WCAG technique ARIA11: https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA11
- axe-core rules landmark-banner-is-top-level, landmark-contentinfo-is-top-level, landmark-main-is-top-level,
  landmark-no-duplicate-banner, landmark-no-duplicate-contentinfo (best practice)
"""

from a11ylint.rule import Fail, Text, rule

_LANDMARKS = frozenset(("banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search"))
_TOP_LEVEL = ("banner", "main", "contentinfo")


@rule(
    code="LMK003",
    name="top-level-landmarks",
    title=Text("Banner, main and contentinfo landmarks should not sit inside other landmarks",
               "banner、main、contentinfo 地标不应嵌套在其他地标中"),
    messages={
        "nested": Text("The {role} landmark is inside a {parent} landmark; move it to the top level",
                       "{role} 地标嵌套在 {parent} 地标中；请将其移到顶层"),
        "duplicate": Text("The page has more than one {role} landmark; keep one",
                          "页面有多个 {role} 地标；请只保留一个"),
    },
    selector=":root",
    best_practice=True,
    tags=("cat.semantics", "landmarks"),
    severity="warning",
    impact="moderate",
    fix=Text("Keep one site header, one footer and one <main> at the top level, not inside other landmarks",
             "页头、页脚和 <main> 各保留一个并放在顶层，不要嵌套在其他地标中"),
)
def check(root, ctx):
    seen = set()
    for element in ctx.select("header, footer, main, [role]"):
        role = ctx.role(element)
        if role not in _TOP_LEVEL or ctx.is_hidden(element):
            continue
        parent = next((ancestor for ancestor in element.iterancestors()
                       if isinstance(ancestor.tag, str) and ctx.role(ancestor) in _LANDMARKS), None)
        if parent is not None:
            yield Fail("nested", element=element, role=role, parent=ctx.role(parent))
        elif role in seen and role != "main":  # extra mains: one-main reports them
            yield Fail("duplicate", element=element, role=role)
        seen.add(role)
