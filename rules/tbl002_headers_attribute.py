"""The headers attribute must point to header cells of the same table.

## What it checks
Every id in the `headers` attribute of a table cell must be the id of a header cell (`<th>`, or a cell
with role `columnheader` or `rowheader`) of the same table, other than the cell itself. Ids that do not
exist, that belong to another table, to the cell itself, or to something that is not a header cell are
reported.

## Why it matters
`headers` overrides the headers a screen reader would announce for a cell. A wrong id leaves the cell
announced without its headers, so users hear "200" instead of "Fee, Building permit: 200". Copying rows
between tables in a CMS often carries stale `headers` ids along.

## How to fix
Give the header cells ids and list those ids, separated by spaces, in `headers`; or remove `headers` and
let `scope` and the table structure do the work.

## Failing example
```html
<table>
  <tr><th id="fee">Fee</th></tr>
  <tr><td headers="fees">200</td></tr>
</table>
```

## Passing example
```html
<table>
  <tr><th id="fee">Fee</th><th id="days">Days</th></tr>
  <tr><td headers="fee">200</td><td headers="days">5</td></tr>
</table>
```

## References
- WCAG SC 1.3.1 Info and Relationships:
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- ACT rule a25f45, Headers attribute specified on a cell refers to cells in the same table element:
  https://www.w3.org/WAI/standards-guidelines/act/rules/a25f45/
- WCAG technique H43: https://www.w3.org/WAI/WCAG22/Techniques/html/H43
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="TBL002",
    name="headers-attribute",
    title=Text("The headers attribute must point to header cells of the same table",
               "headers 属性必须指向同一表格中的标题单元格"),
    messages={
        "missing": Text('headers="{headers}": no element has id "{id}" in this table',
                        'headers="{headers}"：本表格中没有 id 为“{id}”的元素'),
        "self": Text('headers="{headers}": a cell cannot be its own header ("{id}")',
                     'headers="{headers}"：单元格不能以自身为标题（“{id}”）'),
        "not-header": Text('headers="{headers}": "{id}" is not a header cell of this table',
                           'headers="{headers}"：“{id}”不是本表格的标题单元格'),
    },
    selector="td[headers], th[headers]",
    wcag=("1.3.1",),
    level="A",
    act=("a25f45",),
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.tables",),
    severity="error",
    impact="serious",
    fix=Text("List the ids of header cells of the same table in headers, separated by spaces, or remove headers and "
             "use scope",
             "在 headers 中列出同一表格内标题单元格的 id（以空格分隔），或删除 headers 改用 scope"),
)
def check(cell, ctx):
    table_element = next(cell.iterancestors("table"), None)
    if table_element is None or ctx.role(table_element) not in ("table", "grid", "treegrid"):
        return None
    if ctx.is_hidden(table_element):
        return None
    table = ctx.table(table_element)
    headers = cell.get("headers")
    ids = ctx.ids()
    for identifier in headers.split():
        target = (ids.get(identifier) or [None])[0]
        if target is None or next(target.iterancestors("table"), None) is not table_element:
            yield Fail("missing", headers=headers, id=identifier)
        elif target is cell:
            yield Fail("self", headers=headers, id=identifier)
        elif target not in table.by_element or ctx.role(target) not in ("columnheader", "rowheader"):
            yield Fail("not-header", headers=headers, id=identifier)
