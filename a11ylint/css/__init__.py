"""CSS for a11ylint: which declarations apply to an element, and the computed values rules need.

Public API (everything is lazy: nothing is parsed, matched or computed before a rule asks)::

    resolver = StyleResolver(document.root, load=None, quirks=None, ignore_unknown_sources=False,
                             limits=DEFAULT_LIMITS)
    resolver.value(element, "font-size")        # computed value, UNKNOWN, or an Unresolved length
    resolver.pseudo_content(element, "before")  # generated text, None (no box) or UNKNOWN
    resolver.is_display_none(element)           # True / False / None (unknown); the element only
    resolver.visibility(element)                # "visible" / "hidden" / "collapse" / UNKNOWN
    resolver.cascaded(element, "line-height")   # the winning Cascaded declaration, None, or UNKNOWN
    resolver.focus_rules(element)               # [MatchedRule] under :focus/:focus-visible/:focus-within
    resolver.orientation_transforms()           # [MatchedRule] transform/rotate under (orientation: ...)
    resolver.unknown_sources                    # style sheets that could not be read, caps that were hit
    resolver.rules                              # the parsed StyleRules, in cascade order (with .media)

    UNKNOWN, is_unknown(value), Unresolved, Number
    parse_declarations(text) -> [Declaration]   # a style attribute, shorthands expanded
    parse_color(text) -> (r, g, b, a) | UNKNOWN
    specificity(selector_text) -> (a, b, c)

``load(href) -> str | bytes | None`` maps a ``<link>`` href (as written) or an ``@import`` URL (resolved
against the importing sheet's href) to the sheet's text; None, an exception or no loader make the sheet an
unknown source. ``data:`` URLs are read without the loader.

Sources, in cascade order: ``<style>`` (not in ``<template>``/``<noscript>``, not with a ``media`` that
cannot apply to a screen), ``<link rel=stylesheet>``, their ``@import``s, then ``style=""`` attributes.
Below them: the browser defaults and HTML presentational hints (``bgcolor``, ``<font>``, SVG attributes).
The cascade is CSS Cascade 4/5 for the author origin: importance, style attribute over selectors, layers,
specificity, order. ``@media`` is evaluated for a screen of unknown size (see ``media``), ``@supports`` applies
(``@supports not`` is only a maybe), ``@container``/``@scope`` are maybes, other at-rules are ignored.

Unknown is a value, never an exception and never a guess. A value is UNKNOWN when the winning declaration,
or one that might win, is: under a width/height/preference media query; behind a selector cssselect cannot
evaluate; using ``var()``/``env()``; in a colour space or system colour not computed here; or when any
style sheet could not be read (unless ``ignore_unknown_sources=True``), since that sheet could set anything
(only a ``style=""`` ``!important`` declaration beats it). Lengths in viewport units, and ``calc()`` that
involves them, are :class:`Unresolved` values that say so (``viewport_only`` for text sized only in ``vw``).
Dynamic pseudo-classes (``:hover``, ``:focus``...) never match statically; ``focus_rules`` lists what would.

Matching is indexed like a browser's: each complex selector is filed under the id, first class, or type of
its rightmost compound (``:root``, and the parent's id/class/type for ``X > *``; else universal); selectors
naming an id, class or type that no element of the page has are not filed at all. An element is tested only
against the rules filed under its id, its classes, its type, its parent's keys and the universal bucket: a
Python check of the rightmost compound, a memoised ancestor filter (the ids/classes/types the selector needs
above the element), then, when needed, one XPath boolean on the element itself (the selector read right to
left with reverse axes), compiled once per selector text per process. Values are memoised per (element,
property); inheritance walks ancestors iteratively. ``quirks`` (None: guessed from the doctype) only enables
the quirks-mode table font reset. See ``properties`` for the computed value of each property.
"""

from .cascade import Cascaded, MatchedRule, StyleResolver
from .media import Media, evaluate_media_text
from .selectors import DYNAMIC_PSEUDO_CLASSES, FOCUS_PSEUDO_CLASSES, compile_count, specificity
from .stylesheets import DEFAULT_LIMITS, Declaration, Limits, StyleRule, parse_declarations
from .values import UNKNOWN, Number, Unresolved, is_unknown, parse_color

__all__ = [
    "StyleResolver", "Cascaded", "MatchedRule", "Declaration", "StyleRule", "Limits", "DEFAULT_LIMITS",
    "UNKNOWN", "Unresolved", "Number", "is_unknown", "parse_color", "specificity", "parse_declarations",
    "Media", "evaluate_media_text", "DYNAMIC_PSEUDO_CLASSES", "FOCUS_PSEUDO_CLASSES", "compile_count",
]
