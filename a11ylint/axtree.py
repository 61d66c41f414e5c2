"""Parent and children in the accessibility tree, as far as markup decides them.

The accessibility tree differs from the DOM in three ways that ARIA's ownership rules depend on:
``aria-owns`` moves elements under another owner; elements with role ``none``/``presentation`` are
transparent (their children take their place); and hidden elements are left out. Elements without any
role in HTML-AAM (``col``, ``source``...) are transparent too. Generic containers (``div``, ``span``) are
owned like any element (ACT counts a ``div`` in a ``ul`` as a wrong child), but a plain one is looked
through when finding an element's parent.
"""

from __future__ import annotations

from lxml import etree

from .aria import DEPRECATED_GLOBAL_ATTRIBUTES, GLOBAL_ATTRIBUTES
from .focus import is_focusable

# Found by libxml2 rather than by asking each element of the page in Python: few pages use aria-owns.
_WITH_ARIA_OWNS = etree.XPath("descendant-or-self::*[@aria-owns]")
_TRANSPARENT = frozenset(("presentation", "none", None))
_GLOBAL = GLOBAL_ATTRIBUTES | DEPRECATED_GLOBAL_ATTRIBUTES


class AccessibilityTree:
    """Ownership for one page, computed once."""

    def __init__(self, root, is_hidden, element_by_id, role_of):
        self._is_hidden = is_hidden
        self._role = role_of
        self._owner: dict = {}  # element -> the element whose aria-owns claims it
        self._owns: dict = {}  # owner -> claimed elements, in aria-owns order
        for owner in _WITH_ARIA_OWNS(root):
            for identifier in owner.get("aria-owns").split():
                target = element_by_id(identifier)
                # An element can be owned once; an owner cannot claim its own ancestor.
                if target is None or target in self._owner or target is owner or _is_ancestor(target, owner):
                    continue
                self._owner[target] = owner
                self._owns.setdefault(owner, []).append(target)

    def included(self, element) -> bool:
        """True when the element is a node of its own in the accessibility tree."""
        return not self._is_hidden(element) and self._role(element) not in _TRANSPARENT

    def owned(self, element) -> list:
        """The elements ``element`` owns: its included children (looking through transparent ones), and
        the elements its ``aria-owns`` claims."""
        found = []
        stack = [child for child in reversed(list(element)) if isinstance(child.tag, str)]
        while stack:
            node = stack.pop()
            if self._owner.get(node, element) is not element or self._is_hidden(node):
                continue
            if self._role(node) in _TRANSPARENT:
                stack.extend(child for child in reversed(list(node)) if isinstance(child.tag, str))
            else:
                found.append(node)
        for claimed in self._owns.get(element, ()):
            if self.included(claimed):
                found.append(claimed)
            elif not self._is_hidden(claimed):
                found.extend(self.owned(claimed))
        return found

    def parent(self, element):
        """The nearest ancestor that is a node of its own in the accessibility tree (following
        ``aria-owns``), or None. A plain generic container (no global ARIA attribute, not focusable) is
        looked through, as browsers prune it; one with, say, ``aria-live`` is kept."""
        node = self._owner.get(element, element.getparent())
        while node is not None and isinstance(node.tag, str):
            if self.included(node) and not self._plain_generic(node):
                return node
            node = self._owner.get(node, node.getparent())
        return None

    def _plain_generic(self, node) -> bool:
        if self._role(node) != "generic" or is_focusable(node):
            return False
        return not any(name in _GLOBAL for name in node.attrib)


def _is_ancestor(candidate, element) -> bool:
    return any(ancestor is candidate for ancestor in element.iterancestors())
