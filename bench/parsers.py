"""Parser candidates for the fast path (issue 8): html5lib (the reference) beside lexbor + a tree copy.

    python bench/parsers.py [FOLDER]

For every page of FOLDER (default ../shared/corpus): CPU time of a11ylint's html5lib parse (with
positions), of selectolax's lexbor parse, and of copying lexbor's tree into lxml in Python (what rules
need); and whether both trees have the same number of elements. A measurement for choosing, not a
parser: lexbor gives no source positions, and the copy below drops comments and doctype.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict, deque
import sys
import time
from pathlib import Path

from lxml import etree

from a11ylint.encoding import decode_html
from a11ylint.parse import parse_html

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def copy_tree(node, parent) -> None:
    """Lexbor's children of ``node`` as lxml children of ``parent`` (elements, attributes, text)."""
    last = None
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            text = _clean(child.text_content or "")
            if last is None:
                parent.text = (parent.text or "") + text
            else:
                last.tail = (last.tail or "") + text
        elif tag and tag[0] not in "-_!":
            try:
                element = etree.SubElement(parent, tag)
            except ValueError:
                element = etree.SubElement(parent, "invalid-name")
            for name, value in (child.attributes or {}).items():
                try:
                    element.set(name, _clean(value or ""))
                except ValueError:
                    pass
            copy_tree(child, element)
            last = element
        child = child.next


_TAG_SCAN = re.compile(r"<!--.*?(?:-->|\Z)|<(?P<end>/)?(?P<name>[a-zA-Z][^\t\n\x0c />\x00]*)"
                       r"(?:[^>\"']|\"[^\"]*\"|'[^']*')*>?", re.S)
_RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"))


def start_tags(text: str) -> list[tuple[str, int]]:
    """(lower-case name, offset) of the start tags a regular-expression scan finds, skipping comments and
    the text of raw-text elements: the cheap position pass a lexbor path would align with its tree."""
    found = []
    position = 0
    while True:
        match = _TAG_SCAN.search(text, position)
        if match is None:
            return found
        position = match.end()
        name = match.group("name")
        if name and not match.group("end"):
            name = name.lower()
            found.append((name, match.start()))
            if name in _RAW_TEXT:
                close = re.compile(f"</{name}[\t\n\x0c />]", re.I).search(text, position)
                position = close.start() if close else len(text)


def aligned_offsets(root, tags) -> list:
    """Each element of the tree (document order) gets the next unused start tag of its name, or None
    (implied). Right when tree order and source order agree name by name; wrong for reconstructed
    formatting elements and fostered content."""
    queues = defaultdict(deque)
    for name, offset in tags:
        queues[name].append(offset)
    return [queues[element.tag.lower()].popleft() if queues[element.tag.lower()] else None
            for element in root.iter()]


def main(argv=None) -> int:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        print("parsers.py: pip install selectolax", file=sys.stderr)
        return 2
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    folder = Path((argv or sys.argv[1:] or [str(default)])[0])
    pages = sorted(path for path in folder.rglob("*") if path.suffix.lower() in (".html", ".htm"))
    reference, lexbor, copying, scanning, same = [], [], [], [], 0
    exact_pages, exact_elements, compared_elements = 0, 0, 0
    for page in pages:
        text = decode_html(page.read_bytes()).text
        start = time.process_time()
        document = parse_html(text)
        reference.append(time.process_time() - start)
        start = time.process_time()
        parsed = LexborHTMLParser(text)
        lexbor.append(time.process_time() - start)
        start = time.process_time()
        root = etree.Element("html")
        copy_tree(parsed.root, root)
        copying.append(time.process_time() - start)
        start = time.process_time()
        offsets = aligned_offsets(root, start_tags(document.text))
        scanning.append(time.process_time() - start)
        elements = [element for element in document.root.iter() if isinstance(element.tag, str)]
        copied = list(root.iter())
        if len(elements) == len(copied):
            same += 1
            expected = [None if document.is_implied(element) else document.offset(element) for element in elements]
            right = sum(1 for mine, theirs in zip(offsets, expected) if mine == theirs)
            exact_elements += right
            compared_elements += len(elements)
            exact_pages += right == len(elements)
    print(f"{len(pages)} pages of {folder}, CPU ms/page, median (mean):\n")
    print("| step | median | mean |\n|---|---:|---:|")
    for name, values in (("html5lib → lxml with positions (today)", reference), ("lexbor parse", lexbor),
                         ("lexbor tree → lxml copy (Python)", copying),
                         ("start-tag scan + alignment by name (Python)", scanning)):
        print(f"| {name} | {statistics.median(values) * 1000:.1f} | {statistics.mean(values) * 1000:.1f} |")
    print(f"\nSame number of elements in both trees on {same} of {len(pages)} pages. On those, the aligned "
          f"offset equals html5lib's for {exact_elements:,} of {compared_elements:,} elements "
          f"({exact_elements / max(compared_elements, 1):.1%}); every element right on {exact_pages} pages.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
