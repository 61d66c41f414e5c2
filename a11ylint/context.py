"""What a rule's ``check`` sees besides the element: the page, shared computations and its options."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

import re

from cssselect import HTMLTranslator
from lxml import etree

from . import roles
from .accname import NameComputer
from .axtree import AccessibilityTree
from .dom import NAMESPACES, normalize_space
from .css import StyleResolver
from .hidden import Visibility
from .selectindex import PageIndex, simple_parts
from .tables import Table, aria_table, html_table

_COMPILED: dict = {}
_MISSING = object()


XPATH_PREFIX = "xpath:"
_TRANSLATOR = HTMLTranslator()
_DESCENDANT_STEP = re.compile(r"/descendant-or-self::\*/(?!/)")


def linear_descendants(xpath: str) -> str:
    """cssselect writes the descendant combinator ``A B`` as ``A/descendant-or-self::*/B``. libxml2 merges
    the children of every descendant into one node set with a duplicate check, which is quadratic: ``body *``
    took 7.8 s on a 40,000-element page. ``A/descendant::B`` selects the same nodes in linear time, as long as
    no predicate counts positions (cssselect's structural pseudo-classes count siblings instead)."""
    if "position()" in xpath or "last()" in xpath:
        return xpath
    return _DESCENDANT_STEP.sub("/descendant::", xpath)


def compile_selector(selector: str):
    """Compile a rule selector once per process: CSS (``svg|`` and ``math|`` prefixes select foreign
    content), or XPath after ``xpath:`` for what CSS cannot say, such as attribute-name prefixes."""
    compiled = _COMPILED.get(selector)
    if compiled is None:
        if selector.startswith(XPATH_PREFIX):
            compiled = etree.XPath(selector[len(XPATH_PREFIX):], namespaces=NAMESPACES)
        else:
            compiled = etree.XPath(linear_descendants(_TRANSLATOR.css_to_xpath(selector)), namespaces=NAMESPACES)
        _COMPILED[selector] = compiled
    return compiled


class _LazyVisibility(Visibility):
    """Visibility that builds the page's CSS cascade only when a rule first asks about an element."""

    def __init__(self, ctx):
        super().__init__()
        self._ctx = ctx

    def is_invisible(self, element) -> bool:
        if self._styles is None:
            self._styles = self._ctx.styles
        return super().is_invisible(element)


class RuleContext:
    """Per-page services for rules. Everything here is computed at most once per page."""

    def __init__(self, document, path: str, lang: str = "en", load=None):
        self.document = document
        self.root = document.root
        self.path = path
        self.lang = lang
        self.options: dict[str, Any] = {}
        self._selected: dict[str, list] = {}
        self._index: PageIndex | None = None
        self._load = load
        self._styles: StyleResolver | None = None
        self._visibility = _LazyVisibility(self)
        self._names: NameComputer | None = None
        self._ids: dict[str, list] | None = None
        self._explicit_offsets: tuple[list[int], list] | None = None
        self._templates: bool | None = None
        self._tables: dict = {}
        self._roles: dict = {}
        self._memos: dict[str, dict] = {}
        self._axtree: AccessibilityTree | None = None

    # --- the tree ------------------------------------------------------------------------------------

    def select(self, css: str) -> list:
        """Elements matching a CSS selector, in document order."""
        found = self._selected.get(css)
        if found is None:
            parts = simple_parts(css)
            if parts is None:
                found = compile_selector(css)(self.root)
            else:
                found = self._page_index().select(parts)
            if self._has_templates():
                found = [element for element in found if not self.in_template(element)]
            self._selected[css] = found
        return found

    def _page_index(self) -> PageIndex:
        if self._index is None:
            self._index = PageIndex(self.root)
        return self._index

    def _has_templates(self) -> bool:
        if self._templates is None:
            self._templates = "template" in self._page_index().by_tag
        return self._templates

    def in_template(self, element) -> bool:
        """True inside a ``<template>``: html5lib puts template contents in the tree, browsers keep them
        inert and out of the document, so rules never see them."""
        return self._has_templates() and next(element.iterancestors("template"), None) is not None

    @property
    def parse_errors(self):
        return self.document.parse_errors

    def parse_errors_of(self, *codes: str):
        """The parse errors with these codes: cheaper than filtering ``parse_errors`` on lexbor-built pages."""
        return self.document.parse_errors_of(*codes)

    def position(self, node) -> tuple[int, int]:
        return self.document.position(node)

    def is_implied(self, element) -> bool:
        return self.document.is_implied(element)

    def ids(self) -> dict[str, list]:
        """Every id value and the elements that carry it, in document order."""
        if self._ids is None:
            ids: dict[str, list] = {}
            for element in self.select("[id]"):
                ids.setdefault(element.get("id"), []).append(element)
            self._ids = ids
        return self._ids

    def element_at(self, offset: int):
        """The element whose start tag is the last one to begin at or before ``offset``."""
        if self._explicit_offsets is None:
            elements = [element for element in self.document.elements_in_source_order()
                        if not self.document.is_implied(element)]
            self._explicit_offsets = ([self.document.offset(element) for element in elements], elements)
        offsets, elements = self._explicit_offsets
        index = bisect_right(offsets, offset) - 1
        return elements[index] if index >= 0 else self.root

    # --- shared accessibility computations -----------------------------------------------------------

    @property
    def styles(self) -> StyleResolver:
        """The CSS cascade of the page (``<style>``, local ``<link>`` sheets, ``style=""``), built on first
        use. Sheets that cannot be read are listed in ``styles.unknown_sources`` and otherwise ignored, so
        rules whose answer depends on exact values should ask for review when that list is not empty."""
        if self._styles is None:
            self._styles = StyleResolver(self.root, load=self._load, ignore_unknown_sources=True)
        return self._styles

    def is_hidden(self, element) -> bool:
        """True when the element is excluded from the accessibility tree."""
        return self._visibility.is_hidden(element)

    def is_invisible(self, element) -> bool:
        """True when the element is not rendered (``aria-hidden`` content is still rendered)."""
        return self._visibility.is_invisible(element)

    def accessible_name(self, element) -> str:
        if self._names is None:
            self._names = NameComputer(self.root, self._visibility, self.role)
        return self._names.name(element)

    def role(self, element) -> str | None:
        """The element's ARIA role (explicit with fallbacks, else implicit), memoised for the page."""
        cached = self._roles.get(element, _MISSING)
        if cached is _MISSING:
            cached = self._roles[element] = roles.role(element)
        return cached

    @property
    def axtree(self) -> AccessibilityTree:
        """Parents and owned elements in the accessibility tree (``aria-owns``, transparent roles)."""
        if self._axtree is None:
            ids = self.ids()
            self._axtree = AccessibilityTree(self.root, self.is_hidden, lambda value: (ids.get(value) or [None])[0],
                                             self.role)
        return self._axtree

    def owning_table(self, element):
        """The nearest ancestor with a table, grid or treegrid role, or None."""
        for ancestor in element.iterancestors():
            if isinstance(ancestor.tag, str) and self.role(ancestor) in ("table", "grid", "treegrid"):
                return ancestor
        return None

    def table(self, table_element) -> Table:
        """The table model of a ``<table>`` (HTML algorithms) or of an ARIA table, computed once."""
        model = self._tables.get(table_element)
        if model is None:
            if table_element.tag == "table":
                ids = self.ids()
                model = html_table(table_element, lambda value: (ids.get(value) or [None])[0])
            else:
                model = aria_table(table_element, self.role)
            self._tables[table_element] = model
        return model

    def text(self, element) -> str:
        """The element's text content, whitespace collapsed (memoised for the page)."""
        texts = self.memo("a11ylint.text")
        cached = texts.get(element)
        if cached is None:
            cached = texts[element] = normalize_space("".join(element.itertext()))
        return cached

    def memo(self, name: str) -> dict:
        """A dict for one shared, derived computation that lives as long as this page (rules and helpers
        that need the same per-page data use the same name; prefix it with your module)."""
        memo = self._memos.get(name)
        if memo is None:
            memo = self._memos[name] = {}
        return memo
