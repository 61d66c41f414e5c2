"""Selectors: specificity, the index key of a selector, and matching one element against one selector.

Matching an element is a Python check of the rightmost compound's type, id and classes, then of the types,
ids and classes the selector requires of ancestors (a memoised ancestor filter, as browsers have), then (only
when the selector needs more) one XPath boolean evaluated with the element as context node. The XPath reads
the selector right to left with reverse axes (``a b > c`` becomes ``local-name()='c' and
parent::*[local-name()='b' and ancestor::*[local-name()='a'][1]][1]``), so no query ever scans the tree.
Translations are compiled once per selector text per process.

Static state: dynamic pseudo-classes (``:hover``, ``:focus``, ``:visited``...) never match. A selector using
them can be compiled again "as if" some of them held, to list the ``:focus`` rules of an element.
Pseudo-classes cssselect cannot translate (``:invalid``, ``:placeholder-shown``...) are approximated by an
upper bound (true where they are asserted, false under ``:not()``): a match is then only a "maybe".
"""

from __future__ import annotations

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
_CACHE: dict[tuple[str, frozenset], Compiled] = {}
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


# --- selectors read from tokens (cheap: no cssselect, no XPath) --------------------------------------------


class Selector:
    """One complex selector of a style rule.

    Reading it (``from_tokens``) costs a token walk: its specificity, its pseudo-element, the index key of its
    rightmost compound and the type/id/class conditions of that compound. cssselect and XPath are only used,
    once per selector text per process, when an element that passes those conditions needs the rest checked.
    """

    __slots__ = ("text", "specificity", "pseudo_element", "key", "tag", "ids", "classes", "simple", "dynamic",
                 "dynamic_top", "required", "ancestors", "_compiled")

    def __init__(self, text, specificity_, pseudo_element, key, tag, ids, classes, simple, dynamic, dynamic_top,
                 required=frozenset()):
        self.text = text
        self.specificity = specificity_
        self.pseudo_element = pseudo_element  # "before", "after", another name, or None
        self.key = key                        # ("id", v), ("class", v), ("tag", v) or ("*", None)
        self.tag = tag
        self.ids = ids
        self.classes = classes
        self.simple = simple                  # the checks of the rightmost compound decide alone
        self.dynamic = dynamic                # dynamic pseudo-classes anywhere in it
        self.dynamic_top = dynamic_top        # ... outside functional pseudo-classes
        self.required = required              # ("id"|"class"|"tag", value) some element must have to match
        self.ancestors = frozenset()          # ... that some ancestor of a matching element must have
        self._compiled = {}

    def __repr__(self) -> str:
        return f"Selector({self.text!r})"

    @classmethod
    def from_tokens(cls, tokens, text: str) -> Selector:
        tokens = strip(tokens)
        compounds = _compounds(tokens)
        combinator, compound = compounds[-1]
        tag, ids, classes, pseudo, simple, root = _compound_parts(compound)
        key = _key(tag, ids, classes)
        if root:
            key = ("root", None)
        elif key[0] == "*" and combinator == ">":
            # "X > *": file it under the parent's id, class or type
            parent_tag, parent_ids, parent_classes, *_ = _compound_parts(compounds[-2][1])
            parent_key = _key(parent_tag, parent_ids, parent_classes)
            if parent_key[0] != "*":
                key = (">" + parent_key[0], parent_key[1])
        dynamic, dynamic_top = _dynamic_names(tokens)
        selector = cls(text, _specificity(tokens), pseudo, key, tag, tuple(ids), tuple(classes),
                       simple and len(compounds) == 1, dynamic, dynamic_top, _required(tokens))
        ancestors = set()
        for position in range(len(compounds) - 1):
            if compounds[position + 1][0] in (" ", ">"):  # this compound matches an ancestor of the subject
                left_tag, left_ids, left_classes, *_ = _compound_parts(compounds[position][1])
                if left_tag:
                    ancestors.add(("tag", left_tag))
                ancestors.update(("id", value) for value in left_ids)
                ancestors.update(("class", value) for value in left_classes)
        selector.ancestors = frozenset(ancestors)
        return selector

    def matches(self, element, classes: frozenset | None = None, assume: frozenset = frozenset(),
                has_ancestor=None):
        """True, False, or None when the selector might match (cssselect could not decide it).

        ``assume``: dynamic pseudo-classes to treat as holding (else none holds: static state).
        ``has_ancestor(element, feature)``: a (memoised) test used to reject early, like a browser's
        ancestor filter.
        """
        if self.tag is not None and _local_lower(element) != self.tag:
            return False
        if self.ids:
            own = element.get("id")
            if any(own != value for value in self.ids):
                return False
        if self.classes:
            if classes is None:
                classes = class_set(element)
            for name in self.classes:
                if name not in classes:
                    return False
        if self.simple:
            return True
        if has_ancestor is not None:
            for feature in self.ancestors:
                if not has_ancestor(element, feature):
                    return False
        compiled = self._compiled.get(assume)
        if compiled is None:
            compiled = self._compiled[assume] = compile_selector(self.text, assume)
        return compiled.evaluate(element)

    def condition(self, assume: frozenset = frozenset()) -> str | None:
        """The XPath condition of the whole selector (None when cssselect cannot read it)."""
        compiled = self._compiled.get(assume)
        if compiled is None:
            compiled = self._compiled[assume] = compile_selector(self.text, assume)
        if not compiled.parsed:
            return None
        if compiled.condition is None:
            return "true()"
        return compiled.condition


_SELECTOR_LITERALS = frozenset((".", ":", "*", ">", "+", "~", "|", "&", "||"))


def plausible(tokens) -> bool:
    """False when the selector is certainly invalid (a browser drops the whole rule): stray brackets,
    numbers or strings at the top level, a ``.`` not followed by a name, a parse error..."""
    tokens = strip(tokens)
    if not tokens:
        return False
    count = len(tokens)
    for index, token in enumerate(tokens):
        kind = token.type
        following = tokens[index + 1] if index + 1 < count else None
        previous = tokens[index - 1] if index else None
        if kind in ("whitespace", "ident", "[] block"):
            continue
        if kind == "hash":
            if not token.is_identifier:
                return False
            continue
        if kind == "function":
            if not _is_literal(previous, ":"):
                return False
            continue
        if kind != "literal" or token.value not in _SELECTOR_LITERALS:
            return False
        if token.value == "." and (following is None or following.type != "ident"):
            return False
        if token.value == ":" and (following is None or following.type not in ("ident", "function")
                                   and not _is_literal(following, ":")):
            return False
    return True


def _compounds(tokens) -> list[tuple[str | None, list]]:
    """The compound selectors of a complex selector, each with the combinator before it."""
    compounds: list[tuple[str | None, list]] = [(None, [])]
    pending = None
    for token in tokens:
        if token.type == "whitespace":
            if pending is None:
                pending = " "
            continue
        if token.type == "literal" and token.value in (">", "+", "~"):
            pending = token.value
            continue
        if pending is not None and compounds[-1][1]:
            compounds.append((pending, []))
        pending = None
        compounds[-1][1].append(token)
    return compounds


def _compound_parts(compound):
    """(type, ids, classes, pseudo-element, only type/id/class, has :root) of one compound selector."""
    simple = True
    tag = None
    ids: list[str] = []
    classes: list[str] = []
    pseudo = None
    root = False
    index = 0
    count = len(compound)
    while index < count:
        token = compound[index]
        following = compound[index + 1] if index + 1 < count else None
        kind = token.type
        if kind == "ident" and index == 0 and not _is_literal(following, "|"):
            tag = token.lower_value
        elif kind == "literal" and token.value == "*" and index == 0 and not _is_literal(following, "|"):
            pass
        elif kind == "hash" and token.is_identifier:
            ids.append(token.value)
        elif kind == "literal" and token.value == "." and following is not None and following.type == "ident":
            classes.append(following.value)
            index += 1
        elif kind == "literal" and token.value == ":" and following is not None:
            second = compound[index + 2] if index + 2 < count else None
            if _is_literal(following, ":") and second is not None and second.type in ("ident", "function"):
                pseudo = second.lower_value if second.type == "ident" else "?" + second.lower_name
                index += 2
            elif following.type == "ident" and following.lower_value in LEGACY_PSEUDO_ELEMENTS:
                pseudo = following.lower_value
                index += 1
            else:
                if following.type == "ident" and following.lower_value == "root":
                    root = True
                simple = False
                index += 1
        else:
            simple = False
        index += 1
    return tag, ids, classes, pseudo, simple, root


def _required(tokens) -> frozenset:
    """Ids, classes and types named by the compounds of a selector (outside functions): for the selector to
    match anything, the document must have an element with each of them."""
    required = set()
    at_start = True
    previous = None
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "whitespace" or kind == "literal" and token.value in (">", "+", "~"):
            at_start = True
            previous = token
            continue
        if kind == "hash" and token.is_identifier:
            required.add(("id", token.value))
        elif kind == "ident" and _is_literal(previous, ".") and previous is not None:
            required.add(("class", token.value))
        elif kind == "ident" and at_start:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if not _is_literal(following, "|"):
                required.add(("tag", token.lower_value))
        at_start = False
        previous = token
    return frozenset(required)


def document_features(root) -> set:
    """Every ("id"|"class"|"tag", value) carried by an element of the tree, for :func:`_required` checks."""
    features: set = set()
    add = features.add
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag[0] == "{":
            tag = tag.rsplit("}", 1)[1]
        add(("tag", tag.lower()))
        identifier = element.get("id")
        if identifier:
            add(("id", identifier))
        value = element.get("class")
        if value:
            for name in value.translate(_ASCII_SPACE).split(" "):
                if name:
                    add(("class", name))
    return features


def _is_literal(token, value: str) -> bool:
    return token is not None and token.type == "literal" and token.value == value


def _dynamic_names(tokens) -> tuple[frozenset, frozenset]:
    found: set[str] = set()
    top: set[str] = set()
    stack = [(tokens, True)]
    while stack:
        values, is_top = stack.pop()
        previous = None
        for token in values:
            if token.type == "ident" and _is_literal(previous, ":") and token.lower_value in DYNAMIC_PSEUDO_CLASSES:
                found.add(token.lower_value)
                if is_top:
                    top.add(token.lower_value)
            elif token.type == "function":
                stack.append((token.arguments, False))
            previous = token
    return frozenset(found), frozenset(top)


def _key(tag, ids, classes) -> tuple[str, str | None]:
    if ids:
        return ("id", ids[0])
    if classes:
        return ("class", classes[0])
    if tag:
        return ("tag", tag)
    return ("*", None)


def class_set(element) -> frozenset:
    """The element's classes (split on ASCII whitespace only, as selectors do)."""
    value = element.get("class")
    if not value:
        return frozenset()
    return frozenset(value.translate(_ASCII_SPACE).split(" ")) - {""}


_ASCII_SPACE = str.maketrans("\t\n\f\r", "    ")


def _local_lower(element) -> str:
    tag = element.tag
    if tag[0] == "{":
        tag = tag.rsplit("}", 1)[1]
    return tag.lower()


# --- cssselect and XPath --------------------------------------------------------------------------------


class Compiled:
    """A selector translated to one XPath boolean evaluated on the element."""

    __slots__ = ("test", "condition", "approximate", "parsed", "never")

    def __init__(self, test=None, condition=None, approximate=False, parsed=True, never=False):
        self.test = test
        self.condition = condition
        self.approximate = approximate  # upper bound: a match is a "maybe"
        self.parsed = parsed            # False: cssselect could not read it; every candidate is a "maybe"
        self.never = never

    def evaluate(self, element):
        if self.never:
            return False
        if not self.parsed:
            return None
        if self.test is not None:
            try:
                if not self.test(element):
                    return False
            except Exception:  # noqa: BLE001 - an XPath evaluation error means we cannot tell
                return None
        return None if self.approximate else True


def compile_selector(text: str, assume: frozenset = frozenset()) -> Compiled:
    """Translate one complex selector to XPath (cached per process). ``assume``: dynamic pseudo-classes that
    hold; all others never match."""
    global _compile_count
    key = (text, assume)
    compiled = _CACHE.get(key)
    if compiled is None:
        if len(_CACHE) >= _CACHE_LIMIT:
            _CACHE.clear()
        _compile_count += 1
        try:
            compiled = _compile(text, assume)
        except Exception:  # noqa: BLE001 - includes RecursionError from cssselect on absurd nesting
            compiled = None
        if compiled is None:
            compiled = _unreadable(text, assume)
        _CACHE[key] = compiled
    return compiled


class _Translator(HTMLTranslator):
    """cssselect's HTML translator, with namespace-agnostic type selectors and static dynamic states."""

    def __init__(self, assume: frozenset = frozenset()):
        super().__init__()
        self.assume = assume
        self.approximate = False
        self._negations = 0

    def xpath_element(self, selector):
        name = selector.element
        namespace = selector.namespace
        expr = XPathExpr()
        if name:
            lower = name.lower()
            if lower.isascii() and lower.replace("-", "").replace("_", "").isalnum() and not lower[0].isdigit():
                expr.element = lower
            else:
                expr.add_condition(f"local-name() = {self.xpath_literal(name)}")
        if namespace not in (None, "*"):
            if namespace in _NS_URIS:
                expr.add_condition(f"namespace-uri() = {self.xpath_literal(_NS_URIS[namespace])}")
            else:
                expr.add_condition("0")  # an undeclared prefix makes the selector invalid
        return expr

    def xpath_negation(self, negation):
        self._negations += 1
        try:
            return super().xpath_negation(negation)
        finally:
            self._negations -= 1

    def _unsupported(self, xpath):
        self.approximate = True
        return xpath if self._negations % 2 == 0 else xpath.add_condition("0")

    def xpath_pseudo(self, pseudo):
        name = pseudo.ident.lower()
        xpath = self.xpath(pseudo.selector)
        if name in DYNAMIC_PSEUDO_CLASSES:
            return xpath if name in self.assume else xpath.add_condition("0")
        if name in ("any-link", "-webkit-any-link"):
            return self.xpath_link_pseudo(xpath)
        if name in ("required", "optional"):
            condition = "@required and (name(.) = 'input' or name(.) = 'select' or name(.) = 'textarea')"
            return xpath.add_condition(condition if name == "required" else f"not({condition})")
        method = getattr(self, "xpath_{}_pseudo".format(name.replace("-", "_")), None)
        if method is None:
            return self._unsupported(xpath)
        return method(xpath)

    # cssselect needs a type for the *-of-type pseudo-classes; "*:first-of-type" becomes an upper bound.
    def xpath_first_of_type_pseudo(self, xpath):
        return self._unsupported(xpath) if xpath.element == "*" else super().xpath_first_of_type_pseudo(xpath)

    def xpath_last_of_type_pseudo(self, xpath):
        return self._unsupported(xpath) if xpath.element == "*" else super().xpath_last_of_type_pseudo(xpath)

    def xpath_only_of_type_pseudo(self, xpath):
        return self._unsupported(xpath) if xpath.element == "*" else super().xpath_only_of_type_pseudo(xpath)

    def xpath_nth_of_type_function(self, xpath, function):
        if xpath.element == "*":
            return self._unsupported(xpath)
        return super().xpath_nth_of_type_function(xpath, function)

    def xpath_nth_last_of_type_function(self, xpath, function):
        if xpath.element == "*":
            return self._unsupported(xpath)
        return super().xpath_nth_last_of_type_function(xpath, function)

    def xpath_function(self, function):
        name = function.name.lower()
        method = getattr(self, "xpath_{}_function".format(name.replace("-", "_")), None)
        if method is None:
            return self._unsupported(self.xpath(function.selector))
        return method(self.xpath(function.selector), function)


def _compound_condition(translator, compound) -> str | None:
    expr = translator.xpath(compound)
    parts = []
    if expr.element != "*":
        parts.append(f"local-name() = '{expr.element}'")
    if expr.condition:
        parts.append(f"({expr.condition})")
    return " and ".join(parts) or None


def _match_condition(translator, tree) -> str | None:
    chain = []
    node = tree
    while isinstance(node, CombinedSelector):
        chain.append((node.combinator, node.subselector))
        node = node.selector
    condition = _compound_condition(translator, node)
    for combinator, right in reversed(chain):
        axis = _AXES[combinator]
        # "[1]" after the predicate lets libxml2 stop at the first match: without it, nested ancestor tests
        # cost depth squared (seconds on a 10,000-deep page).
        step = f"{axis}[{condition}][1]" if condition else axis
        right_condition = _compound_condition(translator, right)
        condition = f"{right_condition} and {step}" if right_condition else step
    return condition


def _rewrite_not_lists(text: str) -> str:
    """``:not(a, b)`` to ``:not(a):not(b)`` at the top level, which cssselect reads."""
    if ":not(" not in text.lower() or "," not in text:
        return text
    tokens = tinycss2.parse_component_value_list(text)
    out = []
    for index, token in enumerate(tokens):
        if (token.type == "function" and token.lower_name == "not" and index > 0
                and _is_literal(tokens[index - 1], ":")):
            parts = split_on_commas(token.arguments)
            if len(parts) > 1:
                serialized = [serialize(part) for part in parts]
                if None in serialized:
                    return text
                out.append("not(" + "):not(".join(serialized) + ")")
                continue
        out.append(serialize([token]) or "")
    return "".join(out)


def _compile(text: str, assume: frozenset) -> Compiled | None:
    if len(text) > MAX_SELECTOR_LENGTH:
        return None
    tokens = tinycss2.parse_component_value_list(text)
    if token_depth(tokens) > MAX_SELECTOR_DEPTH:
        return None
    selectors = cssselect.parse(_rewrite_not_lists(text))
    if len(selectors) != 1:
        return None
    translator = _Translator(assume)
    condition = _match_condition(translator, selectors[0].parsed_tree)
    test = None
    if condition is not None:
        test = etree.XPath(f"boolean({condition})", namespaces=NAMESPACES, smart_strings=False)
    return Compiled(test, condition, translator.approximate)


def _unreadable(text: str, assume: frozenset) -> Compiled:
    """cssselect cannot read it: a "maybe" for every candidate, unless a dynamic pseudo-class that does not
    hold is asserted at the top level (then it cannot match)."""
    try:
        _, top = _dynamic_names(tinycss2.parse_component_value_list(text))
    except Exception:  # noqa: BLE001
        top = frozenset()
    if top - assume:
        return Compiled(never=True)
    return Compiled(parsed=False)
