"""Form field labels must describe the purpose of the field.

## What it checks
Lists the rendered, enabled form fields that have a programmatic label — a `<label>` (wrapping the field,
or pointing at it with `for`) or `aria-labelledby` — for a person to check that the label says what to
enter or choose. Labels repeated on several fields ("Name" under "Shipping" and under "Billing") are
flagged in the message: they are only descriptive if visible context tells the fields apart. Fields
without any label are reported by `form-field-name` instead; buttons and hidden fields are not listed.

## Why it matters
A label can exist and still say nothing useful: "Menu" on a name field, "Info" on a date of birth, "Go"
as the only visible label of a search box. Screen reader and voice control users rely on the label alone.

## How to fix
Say what the field is for, with the format when it matters: "Date of birth (DD/MM/YYYY)", "身份证号码".
Distinguish repeated fields: "Shipping address – street" or group them in a `<fieldset>` with a
`<legend>`.

## Failing example
```html
<label>Menu <input type="text" name="fname"></label>
```

```html
<label for="dob">Info</label> <input type="date" id="dob">
```

## Passing example
```html
<input type="text" name="q" aria-label="Search">
```

```html
<label>First name <input type="text" name="fname" style="display: none"></label>
```

## References
- WCAG SC 2.4.6 Headings and Labels: https://www.w3.org/WAI/WCAG22/Understanding/headings-and-labels.html
- ACT rule cc0f0a, Form field label is descriptive:
  https://www.w3.org/WAI/standards-guidelines/act/rules/cc0f0a/
- WCAG technique G131 (descriptive labels): https://www.w3.org/WAI/WCAG22/Techniques/general/G131
"""

from a11ylint.focus import is_disabled
from a11ylint.forms import NOT_FIELD_TYPES
from a11ylint.rule import Review, Text, rule

_LABELABLE = ("input", "select", "textarea", "meter", "progress", "output")
_FIELD_ROLES = frozenset(("textbox", "searchbox", "combobox", "listbox", "spinbutton", "slider", "checkbox", "radio",
                          "switch", "menuitemcheckbox", "menuitemradio"))


def labelled_fields(ctx) -> dict:
    """Form controls associated with a ``<label>``, mapped to their labels."""
    labelled: dict = {}
    ids = ctx.ids()
    for label in ctx.select("label"):
        target = None
        if label.get("for") is not None:
            target = (ids.get(label.get("for")) or [None])[0]
        else:
            target = next((node for node in label.iterdescendants(*_LABELABLE)
                           if (node.get("type") or "").strip().lower() != "hidden"), None)
        if target is not None and target.tag in _LABELABLE:
            labelled.setdefault(target, []).append(label)
    return labelled


def is_field(element, ctx) -> bool:
    if element.tag == "input":
        return (element.get("type") or "text").strip().lower() not in NOT_FIELD_TYPES
    if element.tag in ("select", "textarea"):
        return True
    return ctx.role(element) in _FIELD_ROLES


@rule(
    code="FRM003",
    name="label-descriptive",
    title=Text("Form field labels must describe the purpose of the field", "表单字段的标签必须说明字段用途"),
    messages={
        "review": Text('Check that the label "{name}" says what to enter or choose in this {field}',
                       "请确认标签“{name}”说明了该{field_zh}应填写或选择的内容"),
        "repeated": Text('The label "{name}" is used on {count} fields; check that visible context (a heading or '
                         "group legend) tells this {field} apart, otherwise make each label specific",
                         "标签“{name}”用于 {count} 个字段；请确认有可见的上下文（标题或分组说明）区分该{field_zh}，"
                         "否则请使每个标签具体化"),
    },
    selector=":root",
    wcag=("2.4.6",),
    level="AA",
    act=("cc0f0a",),
    standards=("EN-301-549:9.2.4.6", "Section-508:E205.4"),
    tags=("cat.forms", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Write labels that say what to enter, with the format where it matters, and make repeated labels specific",
             "标签要说明应填写的内容（必要时注明格式），并区分重复的标签"),
)
def check(root, ctx):
    labelled = labelled_fields(ctx)
    fields = []
    for element in ctx.select("input, select, textarea, [role]"):
        if not is_field(element, ctx) or ctx.is_invisible(element) or is_disabled(element):
            continue
        if element not in labelled and not (element.get("aria-labelledby") or "").strip():
            continue
        name = ctx.accessible_name(element)
        if name:
            fields.append((element, name))
    counts: dict[str, int] = {}
    for _, name in fields:
        counts[name.casefold()] = counts.get(name.casefold(), 0) + 1
    for element, name in fields:
        kind = (element.get("type") or "text").strip().lower() if element.tag == "input" else element.tag
        field = {"checkbox": "checkbox", "radio": "radio button", "select": "list"}.get(kind, "field")
        field_zh = {"checkbox": "复选框", "radio": "单选按钮", "select": "下拉列表"}.get(kind, "字段")
        count = counts[name.casefold()]
        if count > 1 and kind not in ("radio", "checkbox"):
            yield Review("repeated", element=element, name=name[:80], count=count, field=field, field_zh=field_zh)
        else:
            yield Review("review", element=element, name=name[:80], field=field, field_zh=field_zh)
