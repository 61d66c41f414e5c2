"""Elements with an ARIA role must own only the roles that role allows.

## What it checks
A role that WAI-ARIA defines by its children may only own elements of the roles it lists: a `list` only
`listitem`s, a `tablist` only `tab`s, a `menu` only `menuitem`s (and `group`s of them), a `grid` only
`row`s (or `rowgroup`s of rows), a `row` only cells. Native elements count by their implicit role
(`<ul>` is a list), `role="none"` containers are looked through, `aria-owns` adds owned elements, and
busy containers (`aria-busy="true"`) are skipped while they load.

## Why it matters
Screen readers announce lists, menus and tabs by counting their items ("tab 2 of 5"). Stray children —
a `div` directly in a `ul`, a link inside a `role="list"`, tabs wrapped in list items — break the count
and the keyboard model, and some screen readers drop the stray items altogether.

## How to fix
Wrap list content in `<li>`, give each child the role its container expects, or mark purely structural
wrappers `role="none"`.

## Failing example
```html
<div role="list"><span>Item 1</span></div>
```

```html
<ul role="tablist"><li role="listitem">Overview</li></ul>
```

## Passing example
```html
<ul><li>Item 1</li><li>Item 2</li></ul>
```

```html
<ul role="tablist"><li role="none"><button role="tab" aria-selected="true">Overview</button></li></ul>
<div role="menu"><div role="group"><div role="menuitem">Print</div></div></div>
```

## Compared with axe-core
a11ylint checks native containers by their implicit role (`ul`, `tr`, `select`), as ACT rule bc4a75 does, so a
`<form>` or `<div>` directly inside a `<tr>` or `<ul>` is reported; axe-core checks explicit roles only.

## References
- WCAG SC 1.3.1 Info and Relationships:
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- ACT rule bc4a75, ARIA required owned elements:
  https://www.w3.org/WAI/standards-guidelines/act/rules/bc4a75/
- WAI-ARIA 1.2, required owned elements: https://www.w3.org/TR/wai-aria-1.2/#mustContain
- WCAG technique ARIA4 (roles for user interface components): https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA4
"""

from a11ylint.aria import required_owned_paths, role_info
from a11ylint.dom import local_name
from a11ylint.rule import Fail, Text, rule


def _fits(element, paths, ctx) -> bool:
    role = ctx.role(element)
    for path in paths:
        if path[0] != role:
            continue
        if len(path) == 1:
            return True
        # "group/option": a group that itself owns only what the rest of the path allows (groups may nest)
        inner = [path[1:], path]
        if all(_fits(child, inner, ctx) for child in ctx.axtree.owned(element)):
            return True
    return False


@rule(
    code="ARIA006",
    name="required-owned",
    title=Text("Elements with an ARIA role must own only the roles that role allows",
               "具有 ARIA 角色的元素只能包含该角色允许的子角色"),
    messages={"wrong-children": Text("{role} owns {count} element(s) it may not own: {children}; it may only own "
                                     "{allowed}",
                                     "{role} 包含 {count} 个不允许的子元素：{children}；它只能包含 {allowed}")},
    selector="[role], ul, ol, menu, select, datalist, tr, thead, tbody, tfoot, optgroup",
    wcag=("1.3.1",),
    level="A",
    act=("bc4a75",),
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.aria",),
    severity="error",
    impact="critical",
    fix=Text('Give each child the role its container expects, or mark purely structural wrappers role="none"',
             '为每个子元素设置其容器要求的角色，或将仅起结构作用的包裹元素设为 role="none"'),
)
def check(element, ctx):
    role = ctx.role(element)
    if role is None or role_info(role) is None or not role_info(role).required_owned:
        return None
    if ctx.is_hidden(element) or (element.get("aria-busy") or "").strip().lower() == "true":
        return None
    if element.tag == "table" and role in ("table", "grid", "treegrid"):
        return None  # HTML tables own captions and column groups natively; the table model covers them
    paths = required_owned_paths(role)
    wrong = [child for child in ctx.axtree.owned(element) if not _fits(child, paths, ctx)]
    if not wrong:
        return None
    kinds = sorted({f"<{local_name(child)}> ({ctx.role(child) or 'no role'})" for child in wrong})
    allowed = ", ".join("/".join(path) for path in paths)
    return Fail("wrong-children", role=role, count=len(wrong), children=", ".join(kinds[:4]), allowed=allowed)
