"""Whether elements are rendered and whether they are in the accessibility tree, memoised per page.

Two questions, because rules need both: text under ``aria-hidden="true"`` is still visible (it counts as
page content for language rules), while an element with ``display:none`` is neither seen nor heard.
Walks up the tree iteratively, so 100,000-deep nesting costs no recursion.
"""

from __future__ import annotations

from .dom import NOT_RENDERED, inline_style_hides, is_html, on_self_or_ancestor


class Visibility:
    """Rendering and accessibility-tree exclusion: the ``hidden`` attribute, ``<input type=hidden>``,
    never-rendered elements, ``display:none`` and ``visibility:hidden`` from the CSS cascade (or from
    ``style`` attributes alone, without a resolver), and ``aria-hidden="true"``. A value the cascade
    cannot decide counts as visible."""

    def __init__(self, styles=None):
        self._styles = styles
        self._unrendered: dict = {}
        self._aria_hidden: dict = {}
        self._invisible: dict = {}
        self._hidden: dict = {}
        self._whole_page = False

    def is_invisible(self, element) -> bool:
        """True when the element is not rendered: neither seen nor heard."""
        cached = self._invisible.get(element)
        if cached is None:
            if self._styles is not None and not self._whole_page:
                # Rules ask about most elements of a page: answer them all in one walk, parents first.
                self._mark_whole_page(element.getroottree().getroot())
                cached = self._invisible.get(element)
                if cached is not None:
                    return cached
            cached = (on_self_or_ancestor(element, self._unrendered, self._not_rendered)
                      or self._visibility_hidden(element))
            self._invisible[element] = cached
        return cached

    def _mark_whole_page(self, root) -> None:
        self._whole_page = True
        unrendered = self._unrendered
        invisible = self._invisible
        aria_hidden = self._aria_hidden
        hidden = self._hidden
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            parent = element.getparent()
            if parent is None:
                gone = self._not_rendered(element)
                unheard = _aria_hidden(element)
            else:
                gone = unrendered[parent] or self._not_rendered(element)
                unheard = aria_hidden[parent] or _aria_hidden(element)
            unrendered[element] = gone
            aria_hidden[element] = unheard
            seen = not gone and not self._visibility_hidden(element)
            invisible[element] = not seen
            hidden[element] = not seen or unheard

    def _not_rendered(self, node) -> bool:
        if _never_rendered(node):
            return True
        if node.tag == "area":
            return False  # display:none by the UA style sheet, yet exposed through the image that uses its map
        if self._styles is None:
            return inline_style_hides(node)[0]
        return self._styles.is_display_none(node) is True

    def _visibility_hidden(self, element) -> bool:
        if self._styles is None:
            return _inline_visibility_hidden(element)
        visibility = self._styles.visibility(element)
        return isinstance(visibility, str) and visibility in ("hidden", "collapse")

    def is_hidden(self, element) -> bool:
        """True when the element is excluded from the accessibility tree (invisible, or aria-hidden)."""
        cached = self._hidden.get(element)
        if cached is None:
            cached = self.is_invisible(element) or on_self_or_ancestor(element, self._aria_hidden, _aria_hidden)
            self._hidden[element] = cached
        return cached


def _aria_hidden(node) -> bool:
    return node.get("aria-hidden", "").strip().lower() == "true"


def _never_rendered(node) -> bool:
    if is_html(node):
        name = node.tag
        if "hidden" in node.attrib or name in NOT_RENDERED:
            return True
        if name == "input" and (node.get("type") or "").strip().lower() == "hidden":
            return True
    return False


def _inline_visibility_hidden(element) -> bool:
    # visibility inherits, and a descendant can make itself visible again: the nearest declaration wins.
    node = element
    while node is not None:
        if isinstance(node.tag, str):
            _, visibility = inline_style_hides(node)
            if visibility is not None:
                return visibility != "visible"
        node = node.getparent()
    return False
