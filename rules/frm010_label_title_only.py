"""Form fields should have a visible label, not only a title or placeholder.

## What it checks
Form fields whose accessible name comes only from `title` or `placeholder`: no `<label>`, no
`aria-labelledby`, no `aria-label`. Hidden fields and buttons are not checked.

## Why it matters
A `title` shows only as a mouse tooltip, which keyboard and touch users never see; a placeholder
disappears as soon as people start typing, so they forget what the field was for, and it usually has too
little contrast. WCAG 3.3.2 asks for labels or instructions people can see.

## How to fix
Add a visible `<label>` for the field (keep the placeholder as an example of the format, if useful).

## Failing example
```html
<input type="text" placeholder="ID card number">
```

## Passing example
```html
<label for="id">ID card number</label><input id="id" type="text" placeholder="e.g. 110101199003071234">
```

## References
- WCAG SC 3.3.2 Labels or Instructions: https://www.w3.org/WAI/WCAG22/Understanding/labels-or-instructions.html
- WCAG technique H44 (label elements): https://www.w3.org/WAI/WCAG22/Techniques/html/H44
- axe-core rule label-title-only (best practice)
"""

from a11ylint.forms import FIELD_ROLES, NOT_FIELD_TYPES
from a11ylint.rule import Fail, Text, rule



@rule(
    code="FRM010",
    name="label-title-only",
    title=Text("Form fields should have a visible label, not only a title or placeholder",
               "表单字段应有可见标签，而不只是 title 或占位提示"),
    messages={"only": Text("The field is named only by its {source}; add a visible <label>",
                           "该字段仅由 {source} 命名；请添加可见的 <label>")},
    selector="input, select, textarea",
    best_practice=True,
    tags=("cat.forms",),
    severity="warning",
    impact="serious",
    fix=Text("Add a visible <label> to the field instead of relying on its title or placeholder",
             "为表单控件添加可见的 <label>，不要只依赖 title 或占位提示"),
)
def check(field, ctx):
    if field.tag == "input" and (field.get("type") or "text").strip().lower() in NOT_FIELD_TYPES:
        return None
    if ctx.is_hidden(field) or ctx.role(field) not in FIELD_ROLES | {None}:
        return None
    if (field.get("aria-label") or "").strip() or (field.get("aria-labelledby") or "").strip():
        return None
    name = ctx.accessible_name(field)
    if not name:
        return None  # no name at all: form-field-name reports it
    if name == " ".join((field.get("title") or "").split()):
        return Fail("only", source="title")
    if name == " ".join((field.get("placeholder") or "").split()):
        return Fail("only", source="placeholder")
    return None
