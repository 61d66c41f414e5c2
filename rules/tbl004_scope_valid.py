"""The scope attribute must be used on header cells with a valid value.

## What it checks
`scope` attributes on anything other than a `<th>` (HTML made `scope` on `<td>` obsolete), and `scope`
values other than `row`, `col`, `rowgroup` and `colgroup`.

## Why it matters
An invalid `scope` is ignored, so the cell is not associated the way the author meant, and screen readers
announce the wrong headers — or none — for the data cells.

## How to fix
Use `<th scope="col">` or `<th scope="row">`; turn a `<td scope>` into a `<th>`.

## Failing example
```html
<table><tr><td scope="col">Year</td></tr></table>
```

```html
<table><tr><th scope="column">Year</th></tr></table>
```

## Passing example
```html
<table><tr><th scope="col">Year</th></tr><tr><td>2024</td></tr></table>
```

## References
- WCAG SC 1.3.1 Info and Relationships, technique H63 (scope):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H63
- HTML, the th element's scope attribute: https://html.spec.whatwg.org/multipage/tables.html#attr-th-scope
"""

from a11ylint.rule import Fail, Text, rule

_VALUES = frozenset(("row", "col", "rowgroup", "colgroup"))


@rule(
    code="TBL004",
    name="scope-valid",
    title=Text("The scope attribute must be used on header cells with a valid value", "scope 属性必须用于标题单元格且取值有效"),
    messages={
        "not-th": Text('scope="{value}" on <{tag}> is ignored; use <th scope="{value}">',
                       '<{tag}> 上的 scope="{value}" 无效；请改用 <th scope="{value}">'),
        "value": Text('scope="{value}" is not valid; use row, col, rowgroup or colgroup',
                      'scope="{value}" 无效；请使用 row、col、rowgroup 或 colgroup'),
    },
    selector="[scope]",
    wcag=("1.3.1",),
    level="A",
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.tables", "html"),
    severity="error",
    impact="moderate",
    fix=Text("Use scope only on <th>, with the value row, col, rowgroup or colgroup",
             "仅在 <th> 上使用 scope，取值为 row、col、rowgroup 或 colgroup"),
)
def check(element, ctx):
    value = element.get("scope").strip()
    if element.tag != "th":
        return Fail("not-th", value=value, tag=element.tag)
    if value and value.lower() not in _VALUES:
        return Fail("value", value=value)
    return None
