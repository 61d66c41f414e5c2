"""A CSS selector that selects exactly one element, for findings and for pasting into browser devtools."""

from __future__ import annotations

from .dom import local_name


def css_escape(identifier: str) -> str:
    """CSSOM ``CSS.escape()``: make any string usable as an identifier in a selector."""
    out = []
    for index, char in enumerate(identifier):
        code = ord(char)
        if code == 0:
            out.append("\ufffd")
        elif 0x01 <= code <= 0x1F or code == 0x7F:
            out.append(f"\\{code:x} ")
        elif index == 0 and "0" <= char <= "9":
            out.append(f"\\{code:x} ")
        elif index == 1 and "0" <= char <= "9" and identifier[0] == "-":
            out.append(f"\\{code:x} ")
        elif index == 0 and char == "-" and len(identifier) == 1:
            out.append("\\-")
        elif code >= 0x80 or char in "-_" or char.isascii() and char.isalnum():
            out.append(char)
        else:
            out.append("\\" + char)
    return "".join(out)


def css_path(element, id_counts: dict[str, int], positions: dict | None = None) -> str:
    """``#main > p:nth-of-type(2) > a``: child steps up to the nearest ancestor with a unique id, else the root.

    ``id_counts`` maps each id value to how many elements carry it; only unique ids anchor a path.
    ``positions``, kept by the caller for one page, remembers each parent's children by type, so that a
    page with 20,000 table rows costs one pass over them rather than one per finding.
    """
    positions = {} if positions is None else positions
    steps = []
    node = element
    while node is not None and isinstance(node.tag, str):
        identifier = node.get("id")
        if identifier and id_counts.get(identifier) == 1 and not identifier.isspace():
            steps.append("#" + css_escape(identifier))
            break
        step = css_escape(local_name(node))
        parent = node.getparent()
        if parent is not None:
            place, of_type = _place_among_type(node, parent, positions)
            if of_type > 1:
                step += f":nth-of-type({place})"
        steps.append(step)
        node = parent
    return " > ".join(reversed(steps))


def _place_among_type(node, parent, positions: dict) -> tuple[int, int]:
    """(1-based position of node among its parent's children of its type, how many there are)."""
    known = positions.get(parent)
    if known is None:
        counts: dict = {}
        places: dict = {}
        for sibling in parent:
            counts[sibling.tag] = counts.get(sibling.tag, 0) + 1
            places[sibling] = counts[sibling.tag]
        known = positions[parent] = (counts, places)
    counts, places = known
    return places[node], counts[node.tag]
