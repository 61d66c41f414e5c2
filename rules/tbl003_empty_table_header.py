"""Table header cells should have text.

## What it checks
`<th>` cells (and cells with role `columnheader` or `rowheader`) of a data table that have no accessible
name: no text, no image with alt text, no `aria-label`. A blank top-left corner is the usual case.

## Why it matters
Screen readers read a header with each cell it labels; an empty header adds an empty announcement, and
a row or column without a real header cannot be understood when read cell by cell.

## How to fix
Put the header's text in it (it can be visually hidden with CSS), or make the corner cell a `<td>`.

## Failing example
```html
<table><tr><th></th><th>2023</th></tr><tr><th>Revenue</th><td>12</td></tr></table>
```

## Passing example
```html
<table><tr><td></td><th>2023</th></tr><tr><th>Revenue</th><td>12</td></tr></table>
```

## References
- WCAG SC 1.3.1 Info and Relationships, technique H51:
  https://www.w3.org/WAI/WCAG22/Techniques/html/H51
- axe-core rule empty-table-header (best practice)
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="TBL003",
    name="empty-table-header",
    title=Text("Table header cells should have text", "表格标题单元格应有文字"),
    messages={"empty": Text("Table header cell is empty; give it text, or make it a <td>",
                            "表格标题单元格为空；请添加文字，或改为 <td>")},
    selector="th, [role]",
    best_practice=True,
    tags=("cat.tables",),
    severity="warning",
    impact="minor",
    fix=Text("Give the header cell text (it may be visually hidden), or make it a <td>",
             "为标题单元格添加文字（可在视觉上隐藏），或将其改为 <td>"),
)
def check(cell, ctx):
    if ctx.role(cell) not in ("columnheader", "rowheader") or ctx.is_hidden(cell):
        return None
    table = ctx.owning_table(cell)
    if table is None or ctx.is_hidden(table):
        return None
    return None if ctx.accessible_name(cell) else Fail("empty")
