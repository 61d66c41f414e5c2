"""Elements with an ARIA role must have the states and properties the role requires.

## What it checks
An element given a role by its `role` attribute (different from its native role) must carry every
attribute WAI-ARIA 1.2 lists as required for that role, unless the role defines a default value:
`aria-checked` on `checkbox`, `switch`, `radio` and `menuitemcheckbox`; `aria-level` on `heading`;
`aria-expanded` and `aria-controls` on `combobox`; `aria-valuenow` on `slider`, `scrollbar` and a
focusable `separator`. A state that the native element provides (a checkbox input's `checked`) counts.

## Why it matters
Without its required state a custom control is announced without it: a `div role="checkbox"` with no
`aria-checked` is read as a checkbox that is neither checked nor unchecked, and a custom heading has no
level to navigate by.

## How to fix
Add the attribute and keep it current with script (`aria-checked="true"` when checked), or use the
native element (`<input type="checkbox">`, `<h2>`), which exposes the state by itself.

## Failing example
```html
<div role="checkbox" tabindex="0">Subscribe to alerts</div>
```

```html
<div role="heading">Public notices</div>
```

## Passing example
```html
<div role="checkbox" tabindex="0" aria-checked="false">Subscribe to alerts</div>
<div role="heading" aria-level="2">Public notices</div>
```

```html
<ul role="listbox" aria-label="Tags"><li role="option">Zoning</li></ul>
<div role="separator"></div>
```

## References
- WCAG SC 1.3.1 Info and Relationships: https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 4e8ab6, Element with role attribute has required states and properties:
  https://www.w3.org/WAI/standards-guidelines/act/rules/4e8ab6/
- WAI-ARIA 1.2, required states and properties: https://www.w3.org/TR/wai-aria-1.2/#requiredState
- WCAG techniques ARIA4 and ARIA5: https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA5
"""

from a11ylint.aria import implicit_value, role_info
from a11ylint.focus import is_focusable
from a11ylint.roles import explicit_role, implicit_role
from a11ylint.rule import Fail, Text, rule

# Native states that stand in for required ARIA states (ARIA in HTML).
_NATIVE_STATES = {"aria-checked": lambda element: element.tag == "input" and (
    element.get("type") or "").strip().lower() in ("checkbox", "radio")}


@rule(
    code="ARIA005",
    name="required-attributes",
    title=Text("Elements with an ARIA role must have the states and properties the role requires",
               "具有 ARIA 角色的元素必须具备该角色要求的状态和属性"),
    messages={"missing": Text('role="{role}" requires {attributes}; add it and keep it up to date',
                              'role="{role}" 必须具有 {attributes}；请添加并保持更新')},
    selector="[role]",
    wcag=("1.3.1", "4.1.2"),
    level="A",
    act=("4e8ab6",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.aria",),
    severity="error",
    impact="critical",
    fix=Text("Add the states and properties the role requires and keep them up to date, or use the native element",
             "添加该角色必需的状态和属性并随交互及时更新，或改用原生 HTML 元素"),
)
def check(element, ctx):
    role = explicit_role(element)
    if role is None or role != ctx.role(element) or role == implicit_role(element) or ctx.is_hidden(element):
        return None
    info = role_info(role)
    required = list(info.required_attributes)
    if is_focusable(element):
        required += [name for name in info.required_if_focusable if name not in required]
    missing = [name for name in required
               if element.get(name) is None and implicit_value(name, role) is None
               and not (name in _NATIVE_STATES and _NATIVE_STATES[name](element))]
    if not missing:
        return None
    return Fail("missing", role=role, attributes=", ".join(missing))
