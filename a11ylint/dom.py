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


def html_ancestors(element):
    """The element, then its ancestors up to the root."""
    node = element
    while node is not None:
        yield node
        node = node.getparent()


def inline_style_hides(element) -> tuple[bool, str | None]:
    """(display is none, the visibility value) as set by the element's own ``style`` attribute."""
    style = element.get("style")
    if not style:
        return False, None
    visibility = _VISIBILITY.search(style)
    return bool(_DISPLAY_NONE.search(style)), visibility.group(1).lower() if visibility else None


class HiddenState:
    """Whether elements are excluded from rendering or from the accessibility tree, memoised per page.

    Decided from markup and inline styles: the ``hidden`` attribute, ``aria-hidden="true"``,
    ``display:none``, ``visibility:hidden``, ``<input type=hidden>`` and elements that are never rendered.
    """

    def __init__(self):
        self._hidden: dict = {}
        self._subtree: dict = {}

    def is_hidden(self, element) -> bool:
        """True when the element is not exposed to assistive technology."""
        cached = self._hidden.get(element)
        if cached is None:
            cached = self._in_hidden_subtree(element) or self._visibility_hidden(element)
            self._hidden[element] = cached
        return cached

    def _in_hidden_subtree(self, element) -> bool:
        # Iterative, so that 100,000-deep nesting costs no recursion.
        chain = []
        node = element
        result = False
        while node is not None:
            known = self._subtree.get(node)
            if known is not None:
                result = known
                break
            chain.append(node)
            if self._hides_subtree(node):
                result = True
                break
            node = node.getparent()
        for visited in chain:
            self._subtree[visited] = result
        return result

    def _hides_subtree(self, node) -> bool:
        if not isinstance(node.tag, str):
            return False
        if node.get("aria-hidden", "").strip().lower() == "true":
            return True
        if "hidden" in node.attrib and is_html(node):
            return True
        name = node.tag
        if name in NOT_RENDERED:
            return True
        if name == "input" and (node.get("type") or "").strip().lower() == "hidden":
            return True
        display_none, _ = inline_style_hides(node)
        return display_none

    def _visibility_hidden(self, element) -> bool:
        for node in html_ancestors(element):
            if not isinstance(node.tag, str):
                continue
            _, visibility = inline_style_hides(node)
            if visibility is not None:
                return visibility != "visible"
        return False
