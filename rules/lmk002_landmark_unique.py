"""Landmarks of the same kind should have distinct names.

## What it checks
Two or more landmarks with the same role (`navigation`, `region`, `complementary`, `form`, `search`,
`banner`, `contentinfo`) and the same accessible name, including no name: two unnamed `<nav>` elements,
or two `<aside aria-label="Related">`.

## Why it matters
Screen readers list landmarks by role and name. Government sites typically have a top navigation, a
left column navigation and a footer navigation: announced as "navigation, navigation, navigation", users
cannot tell which is which.

## How to fix
Name each one: `<nav aria-label="Main">`, `<nav aria-label="政务公开">`, `<nav aria-label="Footer">`.

## Failing example
```html
<nav><a href="/">Home</a></nav><nav><a href="/about">About</a></nav>
```

## Passing example
```html
<nav aria-label="Main"><a href="/">Home</a></nav><nav aria-label="Footer"><a href="/about">About</a></nav>
```

## References
- WCAG technique ARIA11 (landmarks) and ARIA20 (region): https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA11
- axe-core rule landmark-unique (best practice)
"""

from a11ylint.rule import Fail, Text, rule

_LANDMARKS = frozenset(("banner", "complementary", "contentinfo", "form", "navigation", "region", "search"))


@rule(
    code="LMK002",
    name="landmark-unique",
    title=Text("Landmarks of the same kind should have distinct names", "同类地标应有不同的名称"),
    messages={"same": Text('Another {role} landmark has the same name ("{name}"); give each a distinct aria-label',
                           '另一个 {role} 地标的名称相同（“{name}”）；请为每个地标设置不同的 aria-label')},
    selector=":root",
    best_practice=True,
    tags=("cat.semantics", "landmarks"),
    severity="warning",
    impact="moderate",
    fix=Text('Give landmarks of the same kind distinct names, e.g. <nav aria-label="Main">',
             '为同类地标设置不同的名称，如 <nav aria-label="主导航">'),
)
def check(root, ctx):
    seen = set()
    candidates = ctx.select("header, footer, nav, aside, section, form, search, [role]")
    for element in candidates:
        role = ctx.role(element)
        if role not in _LANDMARKS or ctx.is_hidden(element):
            continue
        if role == "form" and not ctx.accessible_name(element):
            continue  # an unnamed form is not a landmark
        key = (role, ctx.accessible_name(element).lower())
        if key in seen:
            yield Fail("same", element=element, role=role, name=key[1])
        seen.add(key)
