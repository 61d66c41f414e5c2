"""Table models: HTML's "forming a table" and "assigning header cells" algorithms, and a plain grid for ARIA
tables (``role="table"``, ``grid``, ``treegrid`` built from ``row`` and cell roles).

A :class:`Table` knows, for every cell, the slots it covers and its header cells, so that rules can ask
which data cells a header labels, whether a ``headers`` attribute points into the same table, and where
each cell sits.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from .dom import digits_value


MAX_COLSPAN = 1000
MAX_ROWSPAN = 65534
_CELL_ROLES = frozenset(("cell", "gridcell", "columnheader", "rowheader"))
_HEADER_ROLES = frozenset(("columnheader", "rowheader"))


@dataclass(eq=False)
class Cell:
    element: object
    x: int
    y: int
    width: int
    height: int
    is_header: bool
    row_group: int | None = None  # index into Table.row_groups
    headers: list = field(default_factory=list)  # header Cells, from the headers attribute or the scan

    @property
    def scope(self) -> str:
        value = (self.element.get("scope") or "").strip().lower()
        return value if value in ("row", "col", "rowgroup", "colgroup") else "auto"


class Table:
    """The cells of one table, their slots and their header cells."""

    def __init__(self, element, cells: list[Cell], width: int, height: int,
                 row_groups: list[tuple[int, int]], column_groups: list[tuple[int, int]]):
        self.element = element
        self.cells = cells
        self.width = width
        self.height = height
        self.row_groups = row_groups  # (first row, height)
        self.column_groups = column_groups  # (first column, width)
        self._slots: dict[tuple[int, int], list[Cell]] = {}
        for cell in cells:
            for y in range(cell.y, cell.y + cell.height):
                for x in range(cell.x, cell.x + cell.width):
                    self._slots.setdefault((x, y), []).append(cell)
        self.by_element = {cell.element: cell for cell in cells}
        self._column_lines: dict[int, _Line] = {}
        self._row_lines: dict[int, _Line] = {}
        self._header_kind: dict[tuple[int, bool], bool] = {}
        self.group_headers = [cell for cell in cells if cell.is_header and cell.scope in ("rowgroup", "colgroup")]

    def column_line(self, x: int) -> _Line:
        line = self._column_lines.get(x)
        if line is None:
            line = self._column_lines[x] = _Line([self.cell_at(x, y) for y in range(self.height)])
        return line

    def row_line(self, y: int) -> _Line:
        line = self._row_lines.get(y)
        if line is None:
            line = self._row_lines[y] = _Line([self.cell_at(x, y) for x in range(self.width)])
        return line

    def cell_at(self, x: int, y: int) -> Cell | None:
        """The cell covering a slot, or None when no cell, or more than one, covers it."""
        covering = self._slots.get((x, y))
        return covering[0] if covering and len(covering) == 1 else None

    def is_column_header(self, cell: Cell) -> bool:
        if not cell.is_header:
            return False
        if cell.scope == "col":
            return True
        return cell.scope == "auto" and self._only_headers_beside(cell, in_its_rows=True)

    def is_row_header(self, cell: Cell) -> bool:
        if not cell.is_header:
            return False
        if cell.scope == "row":
            return True
        if cell.scope != "auto" or self.is_column_header(cell):
            return False
        return self._only_headers_beside(cell, in_its_rows=False)

    def _only_headers_beside(self, cell: Cell, in_its_rows: bool) -> bool:
        """No data cell in the header's rows (``in_its_rows``) or columns; remembered per header cell."""
        key = (id(cell), in_its_rows)
        known = self._header_kind.get(key)
        if known is None:
            if in_its_rows:
                slots = ((x, y) for y in range(cell.y, cell.y + cell.height) for x in range(self.width))
            else:
                slots = ((x, y) for x in range(cell.x, cell.x + cell.width) for y in range(self.height))
            known = self._header_kind[key] = not any(
                not other.is_header for slot in slots for other in self._slots.get(slot, ()))
        return known

    def assigned_cells(self, header: Cell) -> list[Cell]:
        """The cells (data or header) that have ``header`` among their header cells."""
        return [cell for cell in self.cells if header in cell.headers]

    def cells_in_line_of(self, header: Cell) -> list[Cell]:
        """Cells after ``header`` in its columns or rows that do not name their headers explicitly.

        Browsers and screen readers pair such cells with an auto-scoped header even where HTML's strict
        definition does not (a data cell in the header row, such as an empty top-left ``td``, makes every
        ``th`` of that row neither a row nor a column header).
        """
        return [cell for cell in self.cells if cell is not header and cell.element.get("headers") is None and (
            (cell.y >= header.y + header.height and cell.x < header.x + header.width and header.x < cell.x + cell.width)
            or (cell.x >= header.x + header.width and cell.y < header.y + header.height
                and header.y < cell.y + cell.height))]


# --- HTML tables -------------------------------------------------------------------------------------------


def _span(element, name: str, default: int, minimum: int, maximum: int) -> int:
    value = (element.get(name) or "").strip()
    digits = ""
    for char in value:
        if not (char.isascii() and char.isdigit()):
            break
        digits += char
    if not digits:
        return default
    return max(minimum, min(digits_value(digits), maximum))


def _children(element, *names):
    return [child for child in element if isinstance(child.tag, str) and child.tag in names]


def html_table(table_element, element_by_id) -> Table:
    """Form the table (HTML "forming a table") and assign header cells to every cell.

    ``element_by_id(id)`` returns the first element of the document with that id, or None.
    """
    cells: list[Cell] = []
    occupied: set[tuple[int, int]] = set()
    width = 0
    height = 0
    row_groups: list[tuple[int, int]] = []
    column_groups: list[tuple[int, int]] = []

    for colgroup in _children(table_element, "colgroup"):
        cols = _children(colgroup, "col")
        span = (sum(_span(col, "span", 1, 1, MAX_COLSPAN) for col in cols) if cols
                else _span(colgroup, "span", 1, 1, MAX_COLSPAN))
        column_groups.append((width, span))
        width += span

    sections = [child for child in table_element if isinstance(child.tag, str) and child.tag in ("thead", "tbody")]
    sections += _children(table_element, "tfoot")  # footers are formed last, whatever their source position
    for section in sections:
        start = height
        group_index = len(row_groups)
        grows_down: list[Cell] = []  # rowspan="0": the cell spans to the end of its row group
        rows = _children(section, "tr")
        for y, row in enumerate(rows, start=start):
            for cell in grows_down:  # "growing downward-growing cells", at each new row of the group
                cell.height = y - cell.y + 1
                occupied.update((cell.x + dx, y) for dx in range(cell.width))
            x = 0
            for cell_element in _children(row, "td", "th"):
                while (x, y) in occupied:
                    x += 1
                colspan = _span(cell_element, "colspan", 1, 1, MAX_COLSPAN)
                rowspan = _span(cell_element, "rowspan", 1, 0, MAX_ROWSPAN)
                cell = Cell(cell_element, x, y, colspan, max(rowspan, 1), cell_element.tag == "th", group_index)
                cells.append(cell)
                if rowspan == 0:
                    grows_down.append(cell)
                occupied.update((x + dx, y + dy) for dy in range(cell.height) for dx in range(colspan))
                width = max(width, x + colspan)
                x += colspan
        end = max([start + len(rows)] + [cell.y + cell.height for cell in cells if cell.row_group == group_index])
        for cell in grows_down:
            cell.height = end - cell.y
            occupied.update((cell.x + dx, cell.y + dy) for dy in range(cell.height) for dx in range(cell.width))
        row_groups.append((start, end - start))
        height = end

    table = Table(table_element, cells, width, height, row_groups, column_groups)
    for cell in cells:
        cell.headers = _assign_headers(table, cell, element_by_id)
    return table


def _assign_headers(table: Table, principal: Cell, element_by_id) -> list[Cell]:
    headers: list[Cell] = []
    ids = (principal.element.get("headers") or "").split()
    if principal.element.get("headers") is not None:
        for identifier in ids:
            target = element_by_id(identifier)
            header = table.by_element.get(target) if target is not None else None
            if header is not None and header is not principal and header not in headers:
                headers.append(header)
    else:
        for y in range(principal.y, principal.y + principal.height):
            _scan(table, principal, headers, principal.x, y, -1, 0)
        for x in range(principal.x, principal.x + principal.width):
            _scan(table, principal, headers, x, principal.y, 0, -1)
        if principal.row_group is not None:
            for cell in table.group_headers:
                if (cell.scope == "rowgroup" and cell.row_group == principal.row_group
                        and cell.x <= principal.x + principal.width - 1
                        and cell.y <= principal.y + principal.height - 1 and cell not in headers):
                    headers.append(cell)
        for first, span in table.column_groups:
            if not first <= principal.x < first + span:
                continue
            for cell in table.group_headers:
                if (cell.scope == "colgroup" and first <= cell.x < first + span
                        and cell.y <= principal.y + principal.height - 1 and cell not in headers):
                    headers.append(cell)
    return [cell for cell in headers if cell is not principal and not _is_empty(cell.element)]


def _scan(table: Table, principal: Cell, headers: list, x: int, y: int, dx: int, dy: int) -> None:
    """HTML's "internal algorithm for scanning and assigning header cells", leftwards (dx=-1) or upwards (dy=-1).

    Only header slots change the scan's state, and a data slot matters only as the end of a block of headers,
    so the scan jumps from header slot to header slot: linear in the headers of the row or column, not in
    its length (a 5,000-row list would otherwise cost 25 million steps).
    """
    opaque: list[Cell] = []
    in_block = principal.is_header
    block: list[Cell] = [principal] if principal.is_header else []
    line, start = (table.column_line(x), y) if dx == 0 else (table.row_line(y), x)
    previous = start
    for position in line.headers_before(start):
        current = line.cells[position]
        if in_block and line.has_data_between(position, previous):
            in_block = False
            opaque.extend(block)
            block = []
        previous = position
        in_block = True
        block.append(current)
        if dx == 0:
            blocked = (any(cell.x == current.x and cell.width == current.width for cell in opaque)
                       or not table.is_column_header(current))
        else:
            blocked = (any(cell.y == current.y and cell.height == current.height for cell in opaque)
                       or not table.is_row_header(current))
        if not blocked and current not in headers:
            headers.append(current)


class _Line:
    """One row or column of slots: where its header cells are, and how many data slots come before each slot."""

    def __init__(self, cells: list):
        self.cells = cells
        self.header_positions = [index for index, cell in enumerate(cells) if cell is not None and cell.is_header]
        self._data_before = [0]
        for cell in cells:
            self._data_before.append(self._data_before[-1] + (cell is not None and not cell.is_header))

    def headers_before(self, position: int) -> list[int]:
        """Header slot positions before ``position``, nearest first."""
        return self.header_positions[: bisect_left(self.header_positions, position)][::-1]

    def has_data_between(self, low: int, high: int) -> bool:
        """Whether a data slot lies strictly between positions ``low`` and ``high``."""
        return self._data_before[high] - self._data_before[low + 1] > 0


def _is_empty(element) -> bool:
    return not len(element) and not (element.text or "").strip()


# --- ARIA tables -------------------------------------------------------------------------------------------


def aria_table(table_element, role_of) -> Table:
    """A grid from ``row`` elements owned by the table (directly or through ``rowgroup``) and their cells.

    Each column header labels the cells below it in its column; each row header, the cells after it in
    its row (ARIA has no scope or headers attribute). ``role_of(element)`` gives an element's role.
    """
    rows = []
    stack = list(reversed(list(table_element)))
    while stack:
        node = stack.pop()
        if not isinstance(node.tag, str):
            continue
        node_role = role_of(node)
        if node_role == "row":
            rows.append(node)
        elif node_role in ("table", "grid", "treegrid"):
            continue  # a nested table owns its own rows
        else:
            stack.extend(reversed(list(node)))
    cells: list[Cell] = []
    width = 0
    for y, row in enumerate(rows):
        x = 0
        stack = list(reversed(list(row)))
        while stack:
            node = stack.pop()
            if not isinstance(node.tag, str):
                continue
            node_role = role_of(node)
            if node_role in _CELL_ROLES:
                cells.append(Cell(node, x, y, 1, 1, node_role in _HEADER_ROLES))
                x += 1
            elif node_role not in ("row", "table", "grid", "treegrid"):
                stack.extend(reversed(list(node)))
        width = max(width, x)
    table = Table(table_element, cells, width, len(rows), [], [])
    for cell in cells:
        cell.headers = [other for other in cells if other is not cell and other.is_header and (
            (role_of(other.element) == "columnheader" and other.x == cell.x and other.y < cell.y)
            or (role_of(other.element) == "rowheader" and other.y == cell.y and other.x < cell.x))]
    return table
