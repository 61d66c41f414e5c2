"""Elements with an ARIA role must sit inside the role they belong to.

## What it checks
An element given by its `role` attribute a role that only makes sense inside another — `listitem` in a
`list`, `tab` in a `tablist`, `option` in a `listbox`, `menuitem` in a `menu` or `menubar`, `row` in a
`table`, `grid` or `rowgroup`, cells in a `row` — must have that role as its parent in the
accessibility tree. Plain `div`/`span` wrappers and `role="none"` are looked through and `aria-owns`
counts; an element with a role of its own, or a `div` that a global ARIA attribute such as `aria-live`
puts in the accessibility tree, breaks the context. When `aria-owns` names ids that
are not in the page, a script probably creates them: if that script builds them inside a shadow root
(`attachShadow`), which `aria-owns` cannot reach, the owner fails; otherwise it is reported for review.

## Why it matters
A tab outside a tablist, or a list item outside a list, is announced without its container: screen
readers cannot say "tab 2 of 5", and keyboard navigation between the items does not work.

## How to fix
Put the element inside its container role, or make the wrappers between them `role="none"`.

## Failing example
```html
<div role="listitem">Orphan item</div>
```

```html
<div role="tablist"><div aria-live="polite"><div role="tab">Overview</div></div></div>
```

## Passing example
```html
<div role="list"><div role="presentation"><div role="listitem">Item</div></div></div>
```

```html
<div role="list" aria-owns="a b"></div><div id="a" role="listitem">A</div><div id="b" role="listitem">B</div>
```

## References
- WCAG SC 1.3.1 Info and Relationships:
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- ACT rule ff89c9, ARIA required context role:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ff89c9/
- WAI-ARIA 1.2, required context role: https://www.w3.org/TR/wai-aria-1.2/#scope
- WCAG technique ARIA4 (roles for user interface components): https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA4
"""

from a11ylint.aria import WAI_ARIA, role_info
from a11ylint.roles import explicit_role, implicit_role
from a11ylint.rule import Fail, Review, Text, rule


@rule(
    code="ARIA007",
    name="required-context",
    title=Text("Elements with an ARIA role must sit inside the role they belong to",
               "具有 ARIA 角色的元素必须位于其所属的父角色中"),
    messages={
        "wrong-parent": Text("role {role} must be inside {context}, but its parent is {parent}",
                             "角色 {role} 必须位于 {context} 中，但其父元素是 {parent}"),
        "no-parent": Text("role {role} must be inside {context}", "角色 {role} 必须位于 {context} 中"),
        "owns-shadow": Text('aria-owns names "{ids}", which a script creates inside a shadow root; ownership '
                            "does not cross shadow boundaries, so they lose their required context",
                            'aria-owns 引用的“{ids}”由脚本在影子根中创建；aria-owns 无法跨越影子边界，'
                            "这些元素因此失去所需的父角色"),
        "owns-missing": Text('aria-owns names "{ids}", which are not in the page; if a script creates them '
                             "(in a shadow root, ownership does not reach them), check that they end up in "
                             "their required context",
                             'aria-owns 引用的“{ids}”不在页面中；如由脚本生成（影子 DOM 中 aria-owns 无效），'
                             "请确认它们位于所需的父角色中"),
    },
    selector="[role], [aria-owns]",
    wcag=("1.3.1",),
    level="A",
    act=("ff89c9",),
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.aria",),
    severity="error",
    impact="critical",
    fix=Text('Place the element inside the parent role it requires, or set the wrappers in between to role="none"',
             '将该元素放入其所需的父角色中，或将中间的包裹元素设为 role="none"'),
)
def check(element, ctx):
    owned_ids = (element.get("aria-owns") or "").split()
    scripts = [script.text or "" for script in ctx.select("script")] if owned_ids else []
    missing = [identifier for identifier in owned_ids if identifier not in ctx.ids()] if scripts else []
    if missing:
        in_shadow = any("attachShadow" in text and all(identifier in text for identifier in missing)
                        for text in scripts)
        return Fail("owns-shadow", ids=" ".join(missing)) if in_shadow else Review("owns-missing",
                                                                                  ids=" ".join(missing))
    role = explicit_role(element)
    if role is None or role != ctx.role(element) or role == implicit_role(element):
        return None
    info = role_info(role)
    if info is None or not info.required_context or info.spec != WAI_ARIA or ctx.is_hidden(element):
        return None
    parent = ctx.axtree.parent(element)
    context = ", ".join(info.required_context)
    if parent is None:
        return Fail("no-parent", role=role, context=context)
    parent_role = ctx.role(parent)
    if parent_role in info.required_context:
        return None
    return Fail("wrong-parent", role=role, context=context, parent=parent_role or parent.tag)
