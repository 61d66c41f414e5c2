"""ARIA attributes must be allowed on the element's role.

## What it checks
Each `aria-*` attribute on an element in the accessibility tree must be a global attribute, or a state
or property that the element's role supports or requires (including those inherited from the role's
superclasses): `aria-pressed` on a button, `aria-checked` on a checkbox, `aria-required` on a text field.
For elements without an ARIA role, HTML's own semantics decide (a password field takes text-field
attributes, `<audio>` and `<video>` those of an application). Undefined attributes are reported by
`attribute-defined`, prohibited names by `aria-prohibited-attribute`.

## Why it matters
Browsers ignore attributes the role does not support: `aria-sort` on a button or `aria-checked` on a
link tells assistive technology nothing. The author thinks the state is exposed; it is not.

## How to fix
Give the element the role that has the state (a toggle button: `role="button" aria-pressed`), or remove
the attribute.

## Failing example
```html
<button aria-sort="ascending">Sort by year</button>
```

```html
<a href="/subscribe" aria-checked="true">Subscribe</a>
```

## Passing example
```html
<button aria-pressed="false">Mute</button>
<div role="checkbox" aria-checked="false" tabindex="0">Subscribe</div>
```

```html
<label>Password <input type="password" aria-required="true"></label>
<div aria-busy="true">Loading</div>
```

## Compared with axe-core
a11ylint follows WAI-ARIA 1.2. axe-core 4.14 still allows some ARIA 1.1 combinations that 1.2 removed, such as
`aria-expanded` on `tabpanel` or `region`, so it does not report them.

## References
- WCAG SC 1.3.1 Info and Relationships: https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 5c01ea, ARIA state or property is permitted:
  https://www.w3.org/WAI/standards-guidelines/act/rules/5c01ea/
- ARIA in HTML, allowed ARIA attributes: https://www.w3.org/TR/html-aria/#docconformance
- WCAG technique ARIA5 (state and property attributes): https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA5
"""

from a11ylint.aria import ARIA_NAMED_ELEMENTS, attribute_status, has_aria_attribute
from a11ylint.focus import is_focusable
from a11ylint.parse import original_name
from a11ylint.rule import Fail, Text, rule


def attribute_role(element, ctx) -> str | None:
    """The role whose attributes apply, with ARIA in HTML's rules for elements that have no ARIA role."""
    role = ctx.role(element)
    if role is not None and role not in ("presentation", "none"):
        return role
    if element.tag in ("audio", "video"):
        return "application"
    if element.tag == "input":
        kind = (element.get("type") or "text").strip().lower()
        if kind in ("password", "date", "datetime-local", "month", "time", "week", "file"):
            return "textbox"
    return role


@rule(
    code="ARIA003",
    name="attribute-allowed",
    title=Text("ARIA attributes must be allowed on the element's role", "ARIA 属性必须被元素的角色所允许"),
    messages={"not-allowed": Text("{attribute} is not allowed on an element with role {role}; remove it or change "
                                  "the role",
                                  "{attribute} 不允许用于角色为 {role} 的元素；请删除该属性或更改角色")},
    selector=ARIA_NAMED_ELEMENTS,
    wcag=("1.3.1", "4.1.2"),
    level="A",
    act=("5c01ea",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.aria",),
    severity="error",
    impact="serious",
    fix=Text("Remove the ARIA attribute, or give the element a role that supports it", "删除该 ARIA 属性，或为元素设置支持该属性的角色"),
)
def check(element, ctx):
    if not has_aria_attribute(element) or ctx.is_hidden(element):
        return None
    role = attribute_role(element, ctx)
    focusable = is_focusable(element)
    results = []
    for raw in element.attrib:
        name = original_name(raw)
        status = attribute_status(name, role, focusable=focusable, include_drafts=True)
        if status == "not-allowed":
            results.append(Fail("not-allowed", attribute=name, role=role or "none"))
    return results
