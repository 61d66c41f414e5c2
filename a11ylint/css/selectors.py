"""Selectors: specificity, the index key of a selector, and matching one element against one selector.

Matching an element is a Python check of the rightmost compound's type, id and classes, then (only when the
selector needs more) one XPath boolean evaluated with the element as context node. The XPath reads the
selector right to left with reverse axes (``a b > c`` becomes ``local-name()='c' and parent::*[local-name()=
'b' and ancestor::*[local-name()='a']]``), so no query ever scans the tree. Translations are compiled once per
selector text per process.

Static state: dynamic pseudo-classes (``:hover``, ``:focus``, ``:visited``...) never match. A selector using
them can be compiled again "as if" some of them held, to list the ``:focus`` rules of an element.
Pseudo-classes cssselect cannot translate (``:invalid``, ``:placeholder-shown``...) are approximated by an
upper bound (true where they are asserted, false under ``:not()``): a match is then only a "maybe".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cssselect
import tinycss2
from cssselect import HTMLTranslator
from cssselect.parser import CombinedSelector
from cssselect.xpath import XPathExpr
from lxml import etree

from ..dom import MATHML_NAMESPACE, NAMESPACES, SVG_NAMESPACE
from .values import serialize, split_on_commas, strip, token_depth

DYNAMIC_PSEUDO_CLASSES = frozenset(
    """hover active focus focus-visible focus-within visited target target-within -moz-focusring current past
    future playing paused user-invalid user-valid -moz-ui-invalid -moz-ui-valid autofill -webkit-autofill
    popover-open modal fullscreen -webkit-full-screen -moz-full-screen picture-in-picture""".split()
)
FOCUS_PSEUDO_CLASSES = frozenset(("focus", "focus-visible", "focus-within", "-moz-focusring"))
LEGACY_PSEUDO_ELEMENTS = frozenset(("before", "after", "first-line", "first-letter"))
MAX_SELECTOR_LENGTH = 4000
MAX_SELECTOR_DEPTH = 12
_AXES = {" ": "ancestor::*", ">": "parent::*", "+": "preceding-sibling::*[1]", "~": "preceding-sibling::*"}
_NS_URIS = {"svg": SVG_NAMESPACE, "math": MATHML_NAMESPACE, "html": ""}

_compile_count = 0
_CACHE: dict[tuple[str, frozenset], CompiledSelector] = {}
_CACHE_LIMIT = 100_000


def compile_count() -> int:
    """How many selectors this process has compiled (for tests: a page without CSS compiles none)."""
    return _compile_count


# --- specificity ------------------------------------------------------------------------------------------


def specificity(selector_text: str) -> tuple[int, int, int]:
    """(ids, classes/attributes/pseudo-classes, types/pseudo-elements) of a selector, per Selectors 4.

    ``:is()``, ``:not()``, ``:has()`` and ``:nth-child(... of S)`` count their most specific argument,
    ``:where()`` counts nothing. For a selector list, the most specific selector of the list.
    Never raises: an unreadable selector counts what can be read.
    """
    try:
        tokens = tinycss2.parse_component_value_list(str(selector_text), skip_comments=True)
        if token_depth(tokens) > MAX_SELECTOR_DEPTH * 2:
            return (0, 0, 0)
        return max((_specificity(part) for part in split_on_commas(tokens)), default=(0, 0, 0))
    except Exception:  # noqa: BLE001
        return (0, 0, 0)


def _specificity(tokens) -> tuple[int, int, int]:
    a = b = c = 0
    index = 0
    count = len(tokens)
    while index < count:
        token = tokens[index]
        kind = token.type
        if kind == "hash":
            a += 1
        elif kind == "[] block":
            b += 1
        elif kind == "literal" and token.value == "." and index + 1 < count and tokens[index + 1].type == "ident":
            b += 1
            index += 1
        elif kind == "literal" and token.value == ":" and index + 1 < count:
            following = tokens[index + 1]
            if following.type == "literal" and following.value == ":":  # ::pseudo-element
                c += 1
                index += 2
                if index < count and tokens[index].type == "function" and tokens[index].lower_name == "slotted":
                    a2, b2, c2 = _list_specificity(tokens[index].arguments)
                    a, b, c = a + a2, b + b2, c + c2
            elif following.type == "ident":
                if following.lower_value in LEGACY_PSEUDO_ELEMENTS:
                    c += 1
                else:
                    b += 1
                index += 1
            elif following.type == "function":
                name = following.lower_name
                if name in ("is", "not", "has", "matches", "-webkit-any", "-moz-any"):
                    a2, b2, c2 = _list_specificity(following.arguments)
                    a, b, c = a + a2, b + b2, c + c2
                elif name == "where":
                    pass
                elif name in ("nth-child", "nth-last-child"):
                    b += 1
                    arguments = following.arguments
                    for position, argument in enumerate(arguments):
                        if argument.type == "ident" and argument.lower_value == "of":
                            a2, b2, c2 = _list_specificity(arguments[position + 1:])
                            a, b, c = a + a2, b + b2, c + c2
                            break
                else:
                    b += 1
                index += 1
        elif kind == "ident":
            following = tokens[index + 1] if index + 1 < count else None
            is_prefix = following is not None and following.type == "literal" and following.value == "|"
            if not is_prefix:
                c += 1
        index += 1
    return a, b, c


def _list_specificity(tokens) -> tuple[int, int, int]:
    return max((_specificity(strip(part)) for part in split_on_commas(tokens)), default=(0, 0, 0))


