"""HTML's table forming and header assignment, and the ARIA grid model."""

from __future__ import annotations

from a11ylint.parse import parse_html
from a11ylint.roles import role as role_of
from a11ylint.tables import aria_table, html_table


def model(html):
    document = parse_html(html)
    ids = {element.get("id"): element for element in document.root.iter() if isinstance(element.tag, str)
           and element.get("id")}
    table = next(document.root.iter("table"), None)
    if table is None:
        table = next(element for element in document.root.iter() if element.get("role") in ("table", "grid"))
        return aria_table(table, role_of)
    return html_table(table, ids.get)


def text(cell):
    return "".join(cell.element.itertext()).strip()


def headers_by_text(table):
    return {text(cell): [text(header) for header in cell.headers] for cell in table.cells}


def test_row_and_column_headers():
    table = model("<table><tr><th></th><th>Q1</th><th>Q2</th></tr>"
                  "<tr><th>North</th><td>1</td><td>2</td></tr></table>")
    assert headers_by_text(table)["1"] == ["North", "Q1"]
    assert headers_by_text(table)["2"] == ["North", "Q2"]
    assert (table.width, table.height) == (3, 2)


def test_a_data_cell_in_the_header_row_makes_auto_headers_neither_row_nor_column_headers():
    # HTML's definition: an auto-scoped th is a column header only if its row has no data cell
    table = model("<table><tr><td></td><th>Q1</th></tr><tr><th>North</th><td>1</td></tr></table>")
    assert headers_by_text(table)["1"] == []


def test_colspan_rowspan_and_slots():
    table = model("<table><tr><th colspan=2>Name</th><th rowspan=2>Age</th></tr>"
                  "<tr><th>First</th><th>Last</th></tr><tr><td>Ann</td><td>Li</td><td>30</td></tr></table>")
    cells = {text(cell): cell for cell in table.cells}
    assert (cells["Age"].x, cells["Age"].height) == (2, 2)
    assert (cells["First"].x, cells["Last"].x) == (0, 1)
    assert headers_by_text(table)["Li"] == ["Last", "Name"]
    assert headers_by_text(table)["30"] == ["Age"]


def test_headers_attribute_overrides_the_scan():
    table = model("<table><tr><th id=a>A</th><th id=b>B</th></tr><tr><td>1</td><td headers=a>2</td></tr></table>")
    assert headers_by_text(table)["2"] == ["A"]
    b = next(cell for cell in table.cells if text(cell) == "B")
    assert table.assigned_cells(b) == []


def test_scope_and_opaque_header_blocks():
    table = model("<table><tr><th scope=col>Col</th></tr><tr><th scope=row>Row</th></tr><tr><td>x</td></tr></table>")
    # "Row" is a row header, so it does not label the cell below it; the column header above it is reachable
    assert headers_by_text(table)["x"] == ["Col"]


def test_tfoot_is_formed_last_and_rowspan_zero_fills_its_group():
    table = model("<table><tfoot><tr><td>foot</td></tr></tfoot><tbody><tr><td rowspan=0>all</td><td>1</td></tr>"
                  "<tr><td>2</td></tr><tr><td>3</td></tr></tbody></table>")
    cells = {text(cell): cell for cell in table.cells}
    assert cells["foot"].y == 3
    assert cells["all"].height == 3
    assert (cells["2"].x, cells["3"].x) == (1, 1)


def test_aria_grid():
    table = model('<div role="grid"><div role="row"><span role="columnheader">Room</span>'
                  '<span role="columnheader">Occupant</span></div>'
                  '<div role="row"><span role="gridcell">1A</span></div></div>')
    headers = {text(cell): cell for cell in table.cells}
    assert [text(cell) for cell in table.assigned_cells(headers["Room"])] == ["1A"]
    assert table.assigned_cells(headers["Occupant"]) == []
