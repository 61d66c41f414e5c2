"""Table header cells must label at least one cell.

## What it checks
Every header cell (`<th>`, or an element with role `columnheader` or `rowheader`) of a table that is in
the accessibility tree must be assigned to at least one other cell of the same table, by HTML's header
assignment (its column or row, `scope`, or a `headers` attribute that names it). A header over an empty
column, or one that every cell of its column points away from with `headers`, labels nothing. Empty
header cells (a blank top-left corner) are left to the rule on empty headers.

## Why it matters
Screen readers announce the headers of a cell as users move through a table ("Fee, Building permit:
200 yuan"). A header that labels nothing is announced for no cell, while the cells that should carry it
are read without it; it usually means a row has fewer cells than the header row.

## How to fix
Give every column the data cells its header promises (add the missing `<td>`s, use `colspan`), or
remove the surplus header.

## Failing example
```html
<table>
  <tr><th>Rate</th><th>Value</th></tr>
  <tr><td>15%</td></tr>
</table>
```

## Passing example
```html
<table>
  <tr><th>Rate</th><th>Value</th></tr>
  <tr><td>15%</td><td>300</td></tr>
</table>
```

```html
<table role="presentation"><tr><th>Layout</th></tr></table>
```

## Compared with axe-core
axe-core does not report header cells of layout-like tables that have no data cells at all; a11ylint does, as
ACT rule d0f69e applies to every header cell of a table in the accessibility tree.

## References
- WCAG SC 1.3.1 Info and Relationships:
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- ACT rule d0f69e, Table header cell has assigned cells:
  https://www.w3.org/WAI/standards-guidelines/act/rules/d0f69e/
- HTML, assigning header cells: https://html.spec.whatwg.org/multipage/tables.html#header-and-data-cell-semantics
- WCAG techniques H51 (table markup) and H63 (scope): https://www.w3.org/WAI/WCAG22/Techniques/html/H51
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="TBL001",
    name="header-has-cells",
    title=Text("Table header cells must label at least one cell", "表格标题单元格必须至少对应一个单元格"),
    messages={"orphan": Text('Header cell "{text}" labels no cell of its table; add the missing cells or remove it',
                             "标题单元格“{text}”未对应表格中的任何单元格；请补齐单元格或删除该标题")},
    selector="th, [role]",
    wcag=("1.3.1",),
    level="A",
    act=("d0f69e",),
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.tables",),
    severity="error",
    impact="serious",
    fix=Text("Add the data cells that each header cell labels, or remove the surplus header cell",
             "补齐标题单元格所对应的数据单元格，或删除多余的标题单元格"),
)
def check(element, ctx):
    if ctx.role(element) not in ("columnheader", "rowheader") or ctx.is_hidden(element):
        return None
    if not ctx.accessible_name(element):
        return None  # an empty header announces nothing; empty headers are a problem of their own
    table_element = ctx.owning_table(element)
    if table_element is None or ctx.is_hidden(table_element):
        return None
    table = ctx.table(table_element)
    cell = table.by_element.get(element)
    if cell is None or table.assigned_cells(cell):
        return None
    if cell.scope == "auto" and table.cells_in_line_of(cell):
        return None  # labels the cells in its line the way browsers pair them, if not by HTML's definition
    return Fail("orphan", text=ctx.text(element)[:60])
