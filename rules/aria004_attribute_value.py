"""ARIA attributes must have valid values.

## What it checks
Every non-empty `aria-*` attribute must have a value of its WAI-ARIA type: `true`/`false` for
`aria-required`, `true`/`false`/`mixed` for `aria-pressed`, an integer for `aria-rowindex`, a number for
`aria-valuenow`, one of the listed tokens for `aria-live` (`off`, `polite`, `assertive`) or
`aria-current`, and so on. `undefined` is valid only where the attribute lists it.

## Why it matters
Browsers treat an invalid value as if the attribute were absent or at its default: `aria-expanded=
"collapsed"` is not "false", it is nothing, and a menu button then announces no state at all.

## How to fix
Use a value from the attribute's definition (`aria-expanded="false"`, `aria-live="polite"`).

## Failing example
```html
<div role="button" tabindex="0" aria-expanded="collapsed">Menu</div>
```

```html
<div role="alert" aria-relevant="text always">Saved</div>
```

## Passing example
```html
<div role="button" tabindex="0" aria-expanded="false">Menu</div>
<a href="/" aria-current="page">Home</a>
```

```html
<div role="spinbutton" aria-valuenow="1.5" aria-valuemin="1" aria-valuemax="2" aria-label="Amount"></div>
```

## References
- WCAG SC 1.3.1 Info and Relationships: https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 6a7281, ARIA state or property has valid value:
  https://www.w3.org/WAI/standards-guidelines/act/rules/6a7281/
- WAI-ARIA 1.2, value types: https://www.w3.org/TR/wai-aria-1.2/#propcharacteristic_value
- WCAG technique ARIA5 (state and property attributes): https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA5
"""

from a11ylint.aria import ARIA_NAMED_ELEMENTS, attribute_info, has_aria_attribute, value_is_valid
from a11ylint.parse import original_name
from a11ylint.rule import Fail, Text, rule


@rule(
    code="ARIA004",
    name="attribute-value",
    title=Text("ARIA attributes must have valid values", "ARIA 属性必须使用有效的值"),
    messages={
        "invalid": Text('{attribute}="{value}" is not a valid {kind}', '{attribute}="{value}" 不是有效的{kind_zh}'),
        "invalid-token": Text('{attribute}="{value}" is not valid; use one of: {tokens}',
                              '{attribute}="{value}" 无效；请使用以下值之一：{tokens}'),
    },
    selector=ARIA_NAMED_ELEMENTS,
    wcag=("1.3.1", "4.1.2"),
    level="A",
    act=("6a7281",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.aria",),
    severity="error",
    impact="critical",
    fix=Text('Set the ARIA attribute to a value its definition allows, e.g. aria-expanded="false"',
             '将 ARIA 属性设为规范允许的值，如 aria-expanded="false"'),
)
def check(element, ctx):
    if not has_aria_attribute(element):
        return None
    results = []
    for raw, value in element.attrib.items():
        name = original_name(raw)
        info = attribute_info(name, include_drafts=True)
        if info is None or not value.strip() or value_is_valid(name, value, include_drafts=True):
            continue
        if info.values:
            results.append(Fail("invalid-token", attribute=name, value=value, tokens=", ".join(info.values)))
        else:
            kind, kind_zh = _KINDS.get(info.value_type, (info.value_type, info.value_type))
            results.append(Fail("invalid", attribute=name, value=value, kind=kind, kind_zh=kind_zh))
    return results


_KINDS = {
    "true/false": ("true/false value", "true/false 值"),
    "integer": ("integer", "整数"),
    "number": ("number", "数值"),
    "idref": ("id reference", "id 引用"),
    "idref list": ("list of id references", "id 引用列表"),
}
