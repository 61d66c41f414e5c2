"""Autocomplete values must be valid autofill tokens.

## What it checks
The `autocomplete` attribute of form fields that people can fill in (text inputs, `select`, `textarea`;
not hidden, disabled, or buttons) must follow the HTML grammar:
`[section-name] [shipping|billing] [home|work|mobile|fax|pager] field [webauthn]`, with one field name
such as `name`, `email`, `tel`, `street-address`, `postal-code`, `bday` or `current-password`, and with
`home`/`work`/… only before phone, email and `impp` fields. `on` and `off` are fine alone.

## Why it matters
WCAG 1.3.5 asks that fields collecting information about the user identify their purpose, so that
browsers can fill them in and assistive tools can mark them with familiar icons. People with cognitive
or motor impairments depend on autofill for long government forms. A misspelt or misordered token
silently switches that off.

## How to fix
Use the exact token from the HTML list: `autocomplete="email"`, `autocomplete="work tel"`,
`autocomplete="shipping postal-code"`. Separate tokens with spaces, not commas.

## Failing example
```html
<label>Email <input autocomplete="work,email"></label>
```

```html
<label>Photo <input autocomplete="work photo"></label>
```

## Passing example
```html
<label>Work email <input autocomplete="section-contact shipping work email"></label>
```

```html
<label>Password <input type="password" autocomplete="current-password webauthn"></label>
<label>Code <input autocomplete="badname" disabled></label>
```

## References
- WCAG SC 1.3.5 Identify Input Purpose: https://www.w3.org/WAI/WCAG22/Understanding/identify-input-purpose.html
- ACT rule 73f2c2, autocomplete attribute has valid value:
  https://www.w3.org/WAI/standards-guidelines/act/rules/73f2c2/
- HTML, autofill detail tokens:
  https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#autofill-detail-tokens
- WCAG technique H98: https://www.w3.org/WAI/WCAG22/Techniques/html/H98
"""

from a11ylint.autofill import autocomplete_problem
from a11ylint.focus import in_tab_order, is_disabled
from a11ylint.rule import Fail, Text, rule

# Input types with a fixed value or no text to complete: autocomplete does not apply to them.
_NOT_AUTOFILLED = frozenset(("hidden", "checkbox", "radio", "file", "submit", "image", "reset", "button"))
_WIDGET_ROLES = frozenset(
    """button checkbox combobox gridcell link listbox menuitem menuitemcheckbox menuitemradio option
    progressbar radio scrollbar searchbox separator slider spinbutton switch tab tabpanel textbox
    treeitem""".split()
)


@rule(
    code="FRM002",
    name="autocomplete-valid",
    title=Text("Autocomplete values must be valid autofill tokens", "autocomplete 属性值必须是有效的自动填充标记"),
    messages={
        "no-field": Text('autocomplete="{value}" names no autofill field; add one such as "email" or "tel"',
                         'autocomplete="{value}" 未指定自动填充字段；请添加如 "email" 或 "tel" 的字段名'),
        "unknown-field": Text('autocomplete="{value}": "{token}" is not an autofill field name',
                              'autocomplete="{value}"："{token}" 不是自动填充字段名'),
        "kind-needs-contact-field": Text(
            'autocomplete="{value}": "{token}" is not allowed; home, work, mobile, fax and pager only go '
            "before phone, email and impp fields",
            'autocomplete="{value}"："{token}" 不允许；home、work、mobile、fax、pager 只能用于电话、电子邮件和 impp 字段'),
        "misplaced": Text('autocomplete="{value}": "{token}" is out of place; the order is section-*, '
                          "shipping/billing, home/work/mobile/fax/pager, field, webauthn",
                          'autocomplete="{value}"："{token}" 位置不对；顺序应为 section-*、shipping/billing、'
                          "home/work/mobile/fax/pager、字段名、webauthn"),
    },
    selector="input[autocomplete], select[autocomplete], textarea[autocomplete]",
    wcag=("1.3.5",),
    level="AA",
    act=("73f2c2",),
    standards=("EN-301-549:9.1.3.5",),
    tags=("cat.forms",),
    severity="error",
    impact="serious",
    fix=Text('Use valid autofill tokens from the HTML list, separated by spaces, e.g. autocomplete="email"',
             '使用 HTML 规范列出的有效自动填充标记，以空格分隔，如 autocomplete="email"'),
)
def check(element, ctx):
    value = element.get("autocomplete")
    if not value.strip() or value.strip().lower() == "off":
        return None
    if element.tag == "input" and (element.get("type") or "text").strip().lower() in _NOT_AUTOFILLED:
        return None
    if is_disabled(element) or (element.get("aria-disabled") or "").strip().lower() == "true":
        return None
    if ctx.is_invisible(element) and ctx.is_hidden(element):
        return None
    if ctx.role(element) not in _WIDGET_ROLES and not in_tab_order(element):
        return None
    problem = autocomplete_problem(value)
    if problem is None:
        return None
    kind, token = problem
    return Fail(kind, value=value, token=token)
