"""Rule selectors answered from one pass over the page instead of one tree walk per selector.

Most rule selectors are lists of simple compounds: a type and attribute tests, such as
``input, select, textarea, [role]``, ``iframe[tabindex]`` or ``svg|a``. One walk of the page indexes its elements by
tag and by attribute name, and each such selector becomes a few dictionary lookups. Anything else
(combinators, pseudo-classes, namespaces, attribute operators other than ``=``) goes to the compiled
XPath as before. Matching follows cssselect's HTML translator, which the XPath path uses: type and
attribute names compare in lower case, attribute values exactly.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import cssselect
from cssselect.parser import Attrib, Element, SelectorError
from lxml import etree

from .dom import NAMESPACES

ROOT = "root"  # the parts of ":root"


@lru_cache(maxsize=4096)  # rule selectors are a fixed set; a plugin building selectors per page stays bounded
def simple_parts(css: str):
    """The selector list as ((tag or None, ((attribute, value or None), ...)), ...), ROOT for ``:root``, or
    None when the index cannot answer it."""
    if css.strip() == ":root":
        return ROOT
    try:
        selectors = cssselect.parse(css)
    except SelectorError:
        return None
    parts = []
    for selector in selectors:
        if selector.pseudo_element is not None:
            return None
        compound = _compound(selector.parsed_tree)
        if compound is None:
            return None
        parts.append(compound)
    return tuple(parts)


def _compound(tree):
    tests = []
    while isinstance(tree, Attrib):
        if tree.namespace is not None:
            return None
        if tree.operator == "exists":
            tests.append((tree.attrib.lower(), None))
        elif tree.operator == "=":
            tests.append((tree.attrib.lower(), tree.value.value))
        else:
            return None
        tree = tree.selector
    if not isinstance(tree, Element):
        return None
    if tree.namespace is not None:
        # svg|a, math|mi: the tree names foreign elements in Clark notation (cssselect lower-cases the name too)
        if tree.namespace not in NAMESPACES or tree.element in (None, "*"):
            return None
        return f"{{{NAMESPACES[tree.namespace]}}}{tree.element.lower()}", tuple(reversed(tests))
    tag = tree.element.lower() if tree.element not in (None, "*") else None
    return tag, tuple(reversed(tests))


class PageIndex:
    """A page's elements in document order, by tag and by attribute name."""

    def __init__(self, root):
        self.root = root
        self.elements = []
        self.position = {}
        self.by_tag = defaultdict(list)
        self.by_attribute = defaultdict(list)
        for element in root.iter(etree.Element):
            self.position[element] = len(self.elements)
            self.elements.append(element)
            self.by_tag[element.tag].append(element)
            for name in element.attrib:
                self.by_attribute[name].append(element)

    def select(self, parts) -> list:
        if parts == ROOT:
            return [self.root]
        if len(parts) == 1:
            return self._matching(*parts[0])
        found = {}
        for tag, tests in parts:
            for element in self._matching(tag, tests):
                found[element] = None
        return sorted(found, key=self.position.__getitem__)

    def _matching(self, tag, tests) -> list:
        if tag is not None:
            candidates = self.by_tag.get(tag, ())
        elif tests:
            candidates = self.by_attribute.get(tests[0][0], ())
        else:
            candidates = self.elements
        if not tests:
            return list(candidates)
        return [element for element in candidates if all(
            (value is None and name in element.attrib) or (value is not None and element.get(name) == value)
            for name, value in tests)]
