"""Small facts about nodes of the parsed tree: names, attributes, text and whether they are rendered."""

from __future__ import annotations

import re

from lxml import etree

from .parse import original_name

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
MATHML_NAMESPACE = "http://www.w3.org/1998/Math/MathML"
NAMESPACES = {"svg": SVG_NAMESPACE, "math": MATHML_NAMESPACE}

# Elements whose content is never rendered, whatever the CSS.
NOT_RENDERED = frozenset(
    ("head", "title", "meta", "link", "base", "style", "script", "template", "noscript", "datalist", "param")
)

_WHITESPACE = re.compile(r"\s+")
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\s*(?:!\s*important\s*)?(?:;|$)", re.IGNORECASE)
_VISIBILITY = re.compile(r"(?:^|;)\s*visibility\s*:\s*(hidden|collapse|visible)\s*(?:!\s*important\s*)?(?:;|$)",
                         re.IGNORECASE)


def is_element(node) -> bool:
    return isinstance(node.tag, str)


def on_self_or_ancestor(node, memo: dict, test) -> bool:
    """Whether ``test`` holds for the node or an ancestor element. ``memo`` remembers the answer for every
    node walked, so the questions of a whole page cost one walk of the tree in total."""
    chain = []
    result = False
    while node is not None:
        known = memo.get(node)
        if known is not None:
            result = known
            break
        chain.append(node)
        if isinstance(node.tag, str) and test(node):
            result = True
            break
        node = node.getparent()
    for visited in chain:
        memo[visited] = result
    return result


def local_name(element) -> str:
    """The element's name as written in the source, without namespace (``gcse:search``, ``rect``)."""
    tag = element.tag
    if tag[0] == "{":
        tag = tag.split("}", 1)[1]
    return original_name(tag)


def namespace(element) -> str | None:
    tag = element.tag
    return tag[1:].split("}", 1)[0] if tag[0] == "{" else None


def is_html(element) -> bool:
    return isinstance(element.tag, str) and element.tag[0] != "{"


def attributes(element) -> dict[str, str]:
    """Attributes under their source names (``xml:lang``, not html5lib's ``xmlU0003Alang``)."""
    return {original_name(name): value for name, value in element.attrib.items()}


_LARGEST_NUMBER = 10**12


def digits_value(digits: str) -> int:
    """The value of a run of ASCII digits from an attribute. A run longer than any real value (int() refuses
    decimal strings over 4,300 digits) counts as a very large number instead of raising."""
    return int(digits) if len(digits) <= 12 else _LARGEST_NUMBER


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace (including no-break space) and trim."""
    return _WHITESPACE.sub(" ", text).strip()


def is_blank(text: str | None) -> bool:
    return text is None or not text.strip()


def previous_element(node):
    """The previous sibling that is an element (comments skipped), or None."""
    return next(node.itersiblings(etree.Element, preceding=True), None)


def next_element(node):
    """The next sibling that is an element (comments skipped), or None."""
    return next(node.itersiblings(etree.Element), None)


def inline_style_hides(element) -> tuple[bool, str | None]:
    """(display is none, the visibility value) as set by the element's own ``style`` attribute."""
    style = element.get("style")
    if not style:
        return False, None
    visibility = _VISIBILITY.search(style)
    return bool(_DISPLAY_NONE.search(style)), visibility.group(1).lower() if visibility else None
