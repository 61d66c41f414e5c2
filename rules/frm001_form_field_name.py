"""Form fields must have a non-empty accessible name.

## What it checks
Text fields, selects, text areas, checkboxes, radio buttons, sliders and other form fields — native ones
(`input`, `select`, `textarea`) and elements with a form-field role (`textbox`, `combobox`, `listbox`,
`checkbox`, `radio`, `switch`, `slider`, `spinbutton`, `searchbox`, `menuitemcheckbox`,
`menuitemradio`) — need an accessible name: a `<label>` (for native fields only), `aria-label`,
`aria-labelledby`, `title` or, as a last resort, `placeholder`. Disabled fields count too.

## Why it matters
A screen reader announces an unlabelled field as "edit text" or "combo box": users cannot tell which
field is the ID-card number and which the phone number on a government service form.

## How to fix
Associate a visible label: `<label for="phone">Phone</label><input id="phone">`, or wrap the field in the
label. For custom widgets, use `aria-labelledby` pointing at the visible label.

## Failing example
```html
<div>Name</div><input type="text">
```

```html
<label for="first">First name</label><div role="textbox" id="first" contenteditable></div>
```

## Passing example
```html
<label>Name <input type="text"></label>
```

```html
<label for="country">Country</label><select id="country"><option>China</option></select>
<div role="checkbox" aria-checked="false" tabindex="0">I agree to the terms</div>
```

## Compared with axe-core
A `<label for="x">` labels only the element with id `x`, even when a field sits inside the label (HTML); axe-
core also accepts the field inside such a label, browsers do not. The name comes, in order, from `aria-
labelledby`, `aria-label`, the labels, `title`, then `placeholder`.

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- WCAG SC 1.3.1 Info and Relationships (labels and fields):
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- ACT rule e086e5, Form field has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/e086e5/
- WCAG techniques H44 (label), ARIA16 (aria-labelledby): https://www.w3.org/WAI/WCAG22/Techniques/html/H44
"""

from a11ylint.forms import FIELD_ROLES, NOT_FIELD_TYPES
from a11ylint.rule import Fail, Text, rule



@rule(
    code="FRM001",
    name="form-field-name",
    title=Text("Form fields must have a non-empty accessible name", "表单字段必须有非空的可访问名称"),
    messages={"empty": Text("<{tag}> form field has no accessible name; add a <label> or aria-labelledby",
                            "<{tag}> 表单字段没有可访问名称；请添加 <label> 或 aria-labelledby")},
    selector="input, select, textarea, [role]",
    wcag=("4.1.2",),
    level="A",
    act=("e086e5",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.forms",),
    severity="error",
    impact="critical",
    fix=Text("Give each form field a visible <label>, or aria-labelledby pointing at its visible label",
             "为每个表单控件关联可见的 <label>，或用 aria-labelledby 指向其可见标签"),
)
def check(element, ctx):
    role = ctx.role(element)
    if role not in FIELD_ROLES:
        native = element.tag in ("select", "textarea") or (
            element.tag == "input" and (element.get("type") or "text").strip().lower() not in NOT_FIELD_TYPES)
        if not native or element.get("role") is not None and role is not None:
            return None
    if ctx.is_hidden(element):
        return None
    return None if ctx.accessible_name(element) else Fail("empty", tag=element.tag)
