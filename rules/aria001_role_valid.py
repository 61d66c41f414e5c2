"""Role attributes must name a valid ARIA role.

## What it checks
A non-empty `role` attribute must contain at least one token that is a concrete role of WAI-ARIA 1.2,
DPUB-ARIA or Graphics-ARIA. Browsers use the first valid token of the list (the rest are fallbacks), so
a list with no valid token is ignored entirely. Abstract roles (`widget`, `landmark`, `input`…) are not
valid in markup. Hidden elements are not checked.

## Why it matters
A misspelt role (`role="lnik"`, `role="buton"`) is silently dropped: the element keeps its plain role,
and assistive technology announces a clickable `span` as text.

## How to fix
Fix the spelling, or use the native element (`<a href>`, `<button>`) instead of a role.

## Failing example
```html
<span role="lnik" onclick="go()">Services</span>
```

```html
<div role="widget">Calendar</div>
```

## Passing example
```html
<span role="link" tabindex="0" onclick="go()">Services</span>
```

```html
<input type="text" role="searchfield searchbox" aria-label="Search">
<div role="">Plain</div>
```

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- WCAG SC 1.3.1 Info and Relationships:
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- ACT rule 674b10, Role attribute has valid value:
  https://www.w3.org/WAI/standards-guidelines/act/rules/674b10/
- WAI-ARIA 1.2, role attribute: https://www.w3.org/TR/wai-aria-1.2/#host_general_role
- WCAG techniques ARIA4 (roles for user interface components) and G108: https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA4
"""

from a11ylint.aria import CONCRETE_ROLES
from a11ylint.rule import Fail, Text, rule


@rule(
    code="ARIA001",
    name="role-valid",
    title=Text("Role attributes must name a valid ARIA role", "role 属性必须是有效的 ARIA 角色"),
    messages={"invalid": Text('role="{role}" names no valid ARIA role; check the spelling or use a native element',
                              'role="{role}" 不是有效的 ARIA 角色；请检查拼写，或改用原生 HTML 元素')},
    selector="[role]",
    wcag=("1.3.1", "4.1.2"),
    level="A",
    act=("674b10",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.aria",),
    severity="error",
    impact="critical",
    fix=Text("Correct the misspelt role, or use the native HTML element instead of a role",
             "更正拼写错误的 role 值，或改用原生 HTML 元素代替 role"),
)
def check(element, ctx):
    tokens = element.get("role").lower().split()
    if not tokens or ctx.is_hidden(element):
        return None
    if any(token in CONCRETE_ROLES for token in tokens):
        return None
    return Fail("invalid", role=element.get("role").strip())
