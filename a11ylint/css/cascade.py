"""The cascade and computed values, lazily, one element and one property at a time."""

from __future__ import annotations

from dataclasses import dataclass

from ..dom import NOT_RENDERED, on_self_or_ancestor
from .defaults import detect_quirks, presentational_hints, tokens as value_tokens, user_agent, user_agent_key
from .media import ALWAYS, Media
from .properties import GENERIC_INHERITED, PROPERTIES, initial_value
from .selectors import FOCUS_PSEUDO_CLASSES, Selector, class_set, document_features
from .shorthands import CSS_WIDE, expand
from .stylesheets import DEFAULT_LIMITS, Declaration, Limits, StyleRule, collect, parse_declarations
from .values import CURRENT_COLOR, INVALID, UNKNOWN, contains_function, significant

# Cascade keys: (origin and importance, style attribute, layer, specificity, order, position in the rule).
_USER_AGENT = 0
_AUTHOR = 1
_AUTHOR_IMPORTANT = 2
_UNLAYERED = 1 << 30
_BEFORE_ALL = -(1 << 31)
_NO_PSEUDO_ELEMENTS = frozenset(("img", "br", "wbr", "video", "audio", "iframe", "canvas", "embed", "object",
                                 "textarea", "select", "meter", "progress"))
_ALIASES = {"text-decoration": "text-decoration-line"}
_HAS_PARENT_KEYS = ("index has", "parent keys")
# Properties whose compute function does not look at the element (it is passed no context).
_CONTEXT_FREE = frozenset(("display", "visibility", "position", "overflow-x", "overflow-y", "outline-style",
                           "transform", "rotate", "clip", "clip-path", "background-image", "text-decoration-line",
                           "opacity"))


@dataclass(frozen=True)
class Cascaded:
    """The declaration that wins the cascade for one element and property."""

    declaration: Declaration
    origin: str                 # "style-attribute", "style-sheet", "presentational-hint" or "user-agent"
    selector: str | None = None
    source: str | None = None   # "<style> #1", a stylesheet href, ...
    media: Media = ALWAYS       # the media conditions it sits under (text, orientation_dependent...)

    @property
    def important(self) -> bool:
        return self.declaration.important


@dataclass(frozen=True)
class MatchedRule:
    """A style rule that applies to an element under a condition (a pseudo-class or a media query)."""

    selector: str
    declarations: tuple[Declaration, ...]
    specificity: tuple[int, int, int]
    source: str
    media: str = ""
    pseudo_classes: frozenset = frozenset()   # the dynamic pseudo-classes that must hold
    pseudo_element: str | None = None
    certain: bool = True                      # False: the selector or the media query is only maybe satisfied
    orientations: tuple[str, ...] = ()        # for orientation rules: where the media query surely holds
    elements: tuple = ()                      # for orientation rules: the elements the selector matches

    def declared(self, *names: str) -> list[Declaration]:
        """The declarations of these properties (longhand or shorthand names)."""
        wanted = set(names)
        return [item for item in self.declarations if item.property in wanted or item.declared in wanted]


class _Pseudo:
    """A ::before or ::after box of an element, as a node of the cascade."""

    __slots__ = ("element", "which")

    def __init__(self, element, which):
        self.element = element
        self.which = which


class _Entry:
    __slots__ = ("selector", "rule", "_candidates")

    def __init__(self, selector: Selector, rule: StyleRule):
        self.selector = selector
        self.rule = rule
        self._candidates = {}

    def candidates(self, maybe_match: bool) -> list:
        """(longhand, candidate) for each declaration of the rule, the same objects for every element the
        selector matches (``maybe_match``: the selector only maybe matches it)."""
        found = self._candidates.get(maybe_match)
        if found is None:
            rule = self.rule
            maybe = maybe_match or not rule.media.always
            layer = rule.layer
            specificity = self.selector.specificity
            found = []
            for position, declaration in enumerate(rule.declarations):
                if declaration.important:
                    key = (_AUTHOR_IMPORTANT, 0, -_UNLAYERED if layer is None else -layer, specificity, rule.order,
                           position)
                else:
                    key = (_AUTHOR, 0, _UNLAYERED if layer is None else layer, specificity, rule.order, position)
                found.append((declaration.property, _Candidate(key, declaration, maybe, "style-sheet", self)))
            self._candidates[maybe_match] = found
        return found


class _Candidate:
    __slots__ = ("key", "declaration", "maybe", "origin", "entry")

    def __init__(self, key, declaration, maybe, origin, entry=None):
        self.key = key
        self.declaration = declaration
        self.maybe = maybe
        self.origin = origin
        self.entry = entry


class _Context:
    """What a property's compute function may ask about the node being computed."""

    __slots__ = ("resolver", "node", "prop")

    def __init__(self, resolver, node, prop):
        self.resolver = resolver
        self.node = node
        self.prop = prop

    def parent(self, prop: str):
        parent = self.resolver._parent(self.node)
        if parent is None:
            return self.resolver._initial(self.node, prop)
        return self.resolver._value(parent, prop)

    def own(self, prop: str):
        return self.resolver._value(self.node, prop)

    def root_font_size(self):
        root = self.resolver._document_root
        if self.node is root and self.prop == "font-size":
            return PROPERTIES["font-size"].initial  # rem on the root element's font-size is the initial size
        return self.resolver._value(root, "font-size")

    def attr(self, arguments):
        parts = significant(arguments)
        if not parts or parts[0].type != "ident":
            return None
        element = self.node.element if isinstance(self.node, _Pseudo) else self.node
        value = element.get(parts[0].value)
        if value is None:
            value = element.get(parts[0].value.lower())
        if value is None:
            fallback = [token for token in parts[1:] if token.type == "string"]
            return fallback[-1].value if fallback else ""
        return value


class StyleResolver:
    """Computed CSS values for the elements of one parsed page. Nothing is read before the first question."""

    def __init__(self, root, load=None, *, quirks: bool | None = None, ignore_unknown_sources: bool = False,
                 limits: Limits = DEFAULT_LIMITS):
        self.root = root
        self._document_root = root.getroottree().getroot() if root is not None else None
        self._load = load
        self._quirks = quirks
        self._ignore_unknown = ignore_unknown_sources
        self._limits = limits
        self._rules: list[StyleRule] | None = None
        self._unknown_sources: list[str] = []
        self._unknown = False
        self._index: dict = {}
        self._pseudo_index: dict[str, dict] = {"before": {}, "after": {}}
        self._dynamic_index: dict = {}
        self._cascades: dict = {}
        self._values: dict[str, dict] = {}
        self._inline: dict[str, list[Declaration] | None] = {}
        self._pseudo_nodes: dict = {}
        self._classes: dict = {}
        self._link_color = False
        self._ancestor_memo: dict = {}
        self._ua_declarations: dict[tuple[str, str], Declaration] = {}
        self._ua_by_element: dict = {}

    # --- public API -------------------------------------------------------------------------------------

    @property
    def unknown_sources(self) -> list[str]:
        """Style sheets that could not be read (their hrefs), and caps that were hit."""
        self._prepare()
        return list(self._unknown_sources)

    @property
    def rules(self) -> list[StyleRule]:
        self._prepare()
        return list(self._rules)

    # Properties rules ask of nearly every element (hidden-ness, contrast, text size): the first question
    # computes them for the whole page, parents first, in one walk instead of one walk up per element.
    WHOLE_PAGE_PROPERTIES = frozenset(("display", "visibility", "color", "background-color", "font-size",
                                       "font-weight"))

    def value(self, element, property: str):  # noqa: A002 - the CSS word
        """The computed value of a property for an element, or UNKNOWN (see a11ylint.css.properties)."""
        memo = self._values.get(property)
        if memo is not None and element in memo:  # rules ask the same few properties again and again
            return memo[element]
        if not _is_element(element):
            return UNKNOWN
        try:
            if memo is None and property in self.WHOLE_PAGE_PROPERTIES:
                self._compute_everywhere(self.WHOLE_PAGE_PROPERTIES)
                memo = self._values[property]
                if element in memo:
                    return memo[element]
            return self._value(element, property.lower())
        except Exception:  # noqa: BLE001 - CSS input must never break a rule; unknown is the honest answer
            return UNKNOWN

    def _compute_everywhere(self, props) -> None:
        """The computed values of ``props`` for every element of the page, each after its parent: the same
        decisions as :meth:`_value`, without walking up from each element."""
        plans = []
        for prop in sorted(props):
            if prop in self._values:
                continue
            spec = PROPERTIES.get(prop)
            inherited = spec.inherited if spec is not None else prop in GENERIC_INHERITED
            initial = spec.initial if spec is not None else None
            # what _value takes without asking _winner when nothing is declared
            shortcut = inherited or initial != CURRENT_COLOR and prop != "outline-width"
            plans.append((prop, self._values.setdefault(prop, {}), inherited, initial, shortcut))
        root = self._document_root
        if root is None or not plans:
            return
        self._prepare()
        unknown = self._unknown
        cascades = self._cascades
        cascade_of = self._cascade
        winner = self._winner
        # Boxes that are never rendered (the head, scripts, templates...) are left to value(): rules rarely
        # ask about them, and a page has many.
        unrendered = set()
        for element in root.iter():
            tag = element.tag
            if not isinstance(tag, str):
                continue
            parent = element.getparent()
            if tag in NOT_RENDERED or parent in unrendered:
                unrendered.add(element)
                continue
            cascade = cascades.get(element) or cascade_of(element)
            undecided = unknown or "*" in cascade
            for prop, memo, inherited, initial, shortcut in plans:
                candidates = cascade.get(prop)
                if candidates or undecided or not shortcut or inherited and parent is None:
                    try:
                        memo[element] = winner(element, prop, candidates or [])
                    except Exception:  # noqa: BLE001 - as in value(): unknown is the honest answer
                        memo[element] = UNKNOWN
                elif inherited:
                    memo[element] = memo[parent]
                else:
                    memo[element] = initial

    def pseudo_content(self, element, which: str):
        """The text ``::before``/``::after`` generates: a string, None when there is no such box, or UNKNOWN."""
        which = which.lower().lstrip(":")
        if which not in ("before", "after") or not _is_element(element):
            return UNKNOWN
        tag = element.tag
        node = self._pseudo_node(element, which)
        try:
            content = self._value(node, "content")
            if content is None or content is UNKNOWN:
                return content
            if isinstance(tag, str) and tag in _NO_PSEUDO_ELEMENTS:
                return None
            if tag == "input":
                return UNKNOWN  # some browsers draw ::before on checkboxes, others never
            display = self._value(node, "display")
            if display is UNKNOWN:
                return UNKNOWN
            return None if display == "none" else content
        except Exception:  # noqa: BLE001
            return UNKNOWN

    def is_display_none(self, element) -> bool | None:
        """Whether the element's own display is none (ancestors not considered); None when unknown."""
        display = self.value(element, "display")
        if display is UNKNOWN:
            return None
        return display == "none"

    def visibility(self, element):
        """The computed (inherited) visibility: "visible", "hidden", "collapse" or UNKNOWN."""
        return self.value(element, "visibility")

    def cascaded(self, element, property: str):  # noqa: A002
        """The declaration that wins the cascade (:class:`Cascaded`), None when nothing declares the property
        for this element, or UNKNOWN (a maybe-matching rule or an unknown source could win)."""
        if not _is_element(element):
            return UNKNOWN
        prop = _ALIASES.get(property.lower(), property.lower())
        try:
            candidates = self._candidates(element, prop)
            winner = self._winner(element, prop, candidates, value_of=False)
        except Exception:  # noqa: BLE001
            return UNKNOWN
        if winner is UNKNOWN or winner is None:
            return winner
        entry = winner.entry
        return Cascaded(winner.declaration, winner.origin,
                        entry.selector.text if entry is not None else None,
                        entry.rule.source if entry is not None else None,
                        entry.rule.media if entry is not None else ALWAYS)

    def focus_rules(self, element) -> list[MatchedRule]:
        """Rules under ``:focus``, ``:focus-visible`` or ``:focus-within`` that would apply to the element
        (or its ::before/::after: see ``pseudo_element``) if those pseudo-classes held, wherever they sit in
        the selector (``.menu:focus-within a`` is listed for the link)."""
        return self.dynamic_rules(element, FOCUS_PSEUDO_CLASSES)

    def dynamic_rules(self, element, pseudo_classes=FOCUS_PSEUDO_CLASSES) -> list[MatchedRule]:
        """Rules using any of these dynamic pseudo-classes that would apply if they held (others do not);
        sorted by specificity then source order. A rule whose match is only a maybe has ``certain=False``."""
        if not _is_element(element):
            return []
        try:
            return self._dynamic_rules(element, pseudo_classes)
        except Exception:  # noqa: BLE001
            return []

    def _dynamic_rules(self, element, pseudo_classes) -> list[MatchedRule]:
        self._prepare()
        assume = frozenset(pseudo_classes)
        classes = self._class_set(element)
        found = []
        for entry in self._lookup(self._dynamic_index, element, classes):
            selector = entry.selector
            used = selector.dynamic & assume
            if not used:
                continue
            matched = selector.matches(element, classes, assume, self._has_ancestor)
            if matched is False:
                continue
            rule = entry.rule
            found.append((selector.specificity, rule.order, MatchedRule(
                selector.text, tuple(rule.declarations), selector.specificity, rule.source, rule.media.text,
                used, selector.pseudo_element, matched is True and rule.media.always)))
        found.sort(key=lambda item: (item[0], item[1]))
        return [item[2] for item in found]

    def orientation_transforms(self) -> list[MatchedRule]:
        """``transform``/``rotate`` declarations under an orientation media query, with the elements their
        selectors match (for "page orientation is not restricted using CSS transforms")."""
        try:
            return self._orientation_transforms()
        except Exception:  # noqa: BLE001
            return []

    def _orientation_transforms(self) -> list[MatchedRule]:
        self._prepare()
        found = []
        for rule in self._rules:
            if not rule.media.orientation_dependent:
                continue
            declarations = tuple(item for item in rule.declarations if item.property in ("transform", "rotate"))
            if not declarations:
                continue
            for selector in rule.selectors:
                elements, certain = self._select_all(selector)
                found.append(MatchedRule(
                    selector.text, declarations, selector.specificity, rule.source, rule.media.text,
                    pseudo_element=selector.pseudo_element, certain=certain, orientations=rule.media.applies_in,
                    elements=tuple(elements)))
        return found

    # --- style sheets and the index -----------------------------------------------------------------------

    def _prepare(self) -> None:
        if self._rules is not None:
            return
        sheets = collect(self.root, self._load, self._limits)
        self._rules = sheets.rules
        self._unknown_sources = sheets.unknown_sources
        self._unknown = bool(sheets.unknown_sources) and not self._ignore_unknown
        if self._quirks is None:
            self._quirks = detect_quirks(self.root)
        features = document_features(self.root) if self._rules else set()
        for rule in self._rules:
            for selector in rule.selectors:
                if not selector.required <= features:
                    continue  # names an id, class or type no element has: it cannot match anything
                entry = _Entry(selector, rule)
                if selector.dynamic:
                    self._dynamic_index.setdefault(selector.key, []).append(entry)
                    if selector.key[0][0] == ">":
                        self._dynamic_index[_HAS_PARENT_KEYS] = True
                    if selector.dynamic_top:
                        continue  # never matches in the static state
                pseudo = selector.pseudo_element
                index = self._index if pseudo is None else self._pseudo_index.get(pseudo)
                if index is not None:
                    index.setdefault(selector.key, []).append(entry)
                    if selector.key[0][0] == ">":
                        index[_HAS_PARENT_KEYS] = True

    def _lookup(self, index: dict, element, classes) -> list[_Entry]:
        if not index:
            return []
        found: list[_Entry] = []
        identifier = element.get("id")
        if identifier:
            found.extend(index.get(("id", identifier), ()))
        for name in classes:
            found.extend(index.get(("class", name), ()))
        tag = element.tag
        if tag[0] == "{":
            tag = tag.rsplit("}", 1)[1]
        found.extend(index.get(("tag", tag.lower()), ()))
        found.extend(index.get(("*", None), ()))
        parent = element.getparent()
        if parent is None:
            found.extend(index.get(("root", None), ()))
        elif index.get(_HAS_PARENT_KEYS):
            identifier = parent.get("id")
            if identifier:
                found.extend(index.get((">id", identifier), ()))
            for name in self._class_set(parent):
                found.extend(index.get((">class", name), ()))
            tag = parent.tag
            if isinstance(tag, str):
                if tag[0] == "{":
                    tag = tag.rsplit("}", 1)[1]
                found.extend(index.get((">tag", tag.lower()), ()))
        return found

    def _select_all(self, selector: Selector):
        condition = selector.condition()
        if condition is None:
            return [], False
        try:
            elements = self.root.xpath(f"descendant-or-self::*[{condition}]", namespaces=_NAMESPACES)
        except Exception:  # noqa: BLE001
            return [], False
        compiled = selector._compiled.get(frozenset())
        return elements, not (compiled is not None and compiled.approximate)

    # --- the cascade ------------------------------------------------------------------------------------

    def _pseudo_node(self, element, which):
        key = (element, which)
        node = self._pseudo_nodes.get(key)
        if node is None:
            node = self._pseudo_nodes[key] = _Pseudo(element, which)
        return node

    @staticmethod
    def _parent(node):
        if isinstance(node, _Pseudo):
            return node.element
        parent = node.getparent()
        while parent is not None and not isinstance(parent.tag, str):
            parent = parent.getparent()
        return parent

    def _cascade(self, node) -> dict[str, list[_Candidate]]:
        """Every declaration that applies to the node, by longhand property (unsorted)."""
        cascade = self._cascades.get(node)
        if cascade is not None:
            return cascade
        self._prepare()
        cascade = {}
        if isinstance(node, _Pseudo):
            element = node.element
            index = self._pseudo_index[node.which]
        else:
            element = node
            index = self._index
            key = user_agent_key(element)  # elements alike in it have the same default declarations
            defaults = self._ua_by_element.get(key)
            if defaults is None:
                defaults = self._ua_by_element[key] = [(prop, self._ua_candidate(prop, text)) for prop, text
                                                       in user_agent(element, self._quirks).items()]
            for prop, candidate in defaults:
                cascade[prop] = [candidate]
            for position, (prop, text) in enumerate(presentational_hints(element, self._body_link()).items()):
                for declaration in self._hint(prop, text):
                    cascade.setdefault(declaration.property, []).append(_Candidate(
                        (_AUTHOR, 0, _BEFORE_ALL, (0, 0, 0), -1, position), declaration, False,
                        "presentational-hint"))
        if index:
            classes = self._class_set(element)
            results: dict[str, bool | None] = {}
            for entry in self._lookup(index, element, classes):
                selector = entry.selector
                matched = results.get(selector.text, 0)
                if matched == 0:
                    matched = results[selector.text] = selector.matches(element, classes,
                                                                        has_ancestor=self._has_ancestor)
                if matched is False:
                    continue
                for prop, candidate in entry.candidates(matched is None):
                    cascade.setdefault(prop, []).append(candidate)
        if not isinstance(node, _Pseudo):
            style = element.get("style")
            if style:
                declarations = self._inline_declarations(style)
                if declarations is None:
                    cascade["*"] = []  # an unreadable style attribute: everything unknown
                else:
                    for position, declaration in enumerate(declarations):
                        rank = _AUTHOR_IMPORTANT if declaration.important else _AUTHOR
                        cascade.setdefault(declaration.property, []).append(_Candidate(
                            (rank, 1, 0, (0, 0, 0), 0, position), declaration, False, "style-attribute"))
        for candidates in cascade.values():
            if len(candidates) > 1:
                candidates.sort(key=_sort_key, reverse=True)
        self._cascades[node] = cascade
        return cascade

    def _body_link(self) -> str | None:
        if self._link_color is False:
            root = self._document_root
            body = root.find("body") if root is not None else None
            self._link_color = body.get("link") if body is not None else None
        return self._link_color

    def _class_set(self, element) -> frozenset:
        classes = self._classes.get(element)
        if classes is None:
            classes = self._classes[element] = class_set(element)
        return classes

    def _has_ancestor(self, element, feature) -> bool:
        """Whether an ancestor of the element has this ("tag"|"id"|"class", value); memoised per feature, so
        all questions about one feature cost one walk of the tree in total."""
        memo = self._ancestor_memo.get(feature)
        if memo is None:
            memo = self._ancestor_memo[feature] = {}
        kind, value = feature
        if kind == "class":
            def has(node):
                return value in self._class_set(node)
        elif kind == "id":
            def has(node):
                return node.get("id") == value
        else:
            def has(node):
                return node.tag.rsplit("}", 1)[-1].lower() == value
        return on_self_or_ancestor(element.getparent(), memo, has)

    def _inline_declarations(self, style: str):
        declarations = self._inline.get(style, False)
        if declarations is False:
            if len(style) > self._limits.max_style_attribute_chars:
                declarations = None
            else:
                declarations = parse_declarations(style)
            if len(self._inline) > 10_000:
                self._inline.clear()
            self._inline[style] = declarations
        return declarations

    def _ua_candidate(self, prop: str, text: str) -> _Candidate:
        """The user-agent candidate for this declaration, shared by every element that has it."""
        key = ("candidate " + prop, text)
        candidate = self._ua_declarations.get(key)
        if candidate is None:
            candidate = self._ua_declarations[key] = _Candidate((_USER_AGENT, 0, 0, (0, 0, 0), 0, 0),
                                                                self._ua(prop, text), False, "user-agent")
        return candidate

    def _ua(self, prop: str, text: str) -> Declaration:
        key = (prop, text)
        declaration = self._ua_declarations.get(key)
        if declaration is None:
            declaration = self._ua_declarations[key] = Declaration(prop, value_tokens(text), text, False)
        return declaration

    def _hint(self, prop: str, text: str) -> list[Declaration]:
        key = ("hint " + prop, text)
        cached = self._ua_declarations.get(key)
        if cached is None:
            tokens = value_tokens(text)
            cached = [Declaration(longhand, value, text, False, prop, value is None)
                      for longhand, value in expand(prop, tokens)]
            self._ua_declarations[key] = cached
        return cached

    def _candidates(self, node, prop: str) -> list[_Candidate]:
        cascade = self._cascade(node)
        return cascade.get(prop, [])

    def _winner(self, node, prop: str, candidates: list[_Candidate], value_of: bool = True):
        """The winning candidate (value_of=False) or its computed value; UNKNOWN when it cannot be told."""
        cascade = self._cascades.get(node)
        if cascade is not None and "*" in cascade:
            return UNKNOWN
        maybe_values = []
        winner = None
        result = None
        for candidate in candidates:
            if self._unknown and not (candidate.key[0] == _AUTHOR_IMPORTANT and candidate.key[1] == 1):
                return UNKNOWN  # an unreadable style sheet could override this, or declare it
            computed = self._compute_declaration(node, prop, candidate)
            if computed is INVALID:
                continue
            if candidate.maybe:
                maybe_values.append(computed)
                continue
            winner = candidate
            result = computed
            break
        if winner is None:
            if self._unknown and (not isinstance(node, _Pseudo) or prop in ("content", "display")):
                return UNKNOWN
            if not value_of:
                return UNKNOWN if maybe_values else None
            result = self._default(node, prop)
        for value in maybe_values:
            if value != result:
                return UNKNOWN
        return result if value_of else winner

    def _compute_declaration(self, node, prop: str, candidate: _Candidate):
        declaration = candidate.declaration
        if declaration.unknown:
            return UNKNOWN
        tokens = significant(declaration.value)
        if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value in CSS_WIDE:
            keyword = tokens[0].lower_value
            spec = PROPERTIES.get(prop)
            inherited = spec.inherited if spec is not None else prop in GENERIC_INHERITED
            if keyword == "inherit" or keyword == "unset" and inherited:
                return self._inherit(node, prop)
            if keyword in ("initial", "unset"):
                return self._initial(node, prop)
            # revert, revert-layer: back to the user-agent origin
            if candidate.origin == "user-agent":
                return self._default(node, prop)
            for lower in self._candidates(node, prop):
                if lower.origin == "user-agent":
                    return self._compute_declaration(node, prop, lower)
            return self._default(node, prop)
        if contains_function(tokens, {"var", "env"}):
            return UNKNOWN
        spec = PROPERTIES.get(prop)
        if spec is None:
            return declaration.text
        if prop in _CONTEXT_FREE:
            # the same declaration computes to the same value on every element: compute it once
            if declaration._computed is None:
                declaration._computed = (spec.compute(tokens, None),)
            return declaration._computed[0]
        return spec.compute(tokens, _Context(self, node, prop))

    def _default(self, node, prop: str):
        """The value when nothing (else) is declared: inherited or initial."""
        spec = PROPERTIES.get(prop)
        inherited = spec.inherited if spec is not None else prop in GENERIC_INHERITED
        if inherited:
            return self._inherit(node, prop)
        return self._initial(node, prop)

    def _inherit(self, node, prop: str):
        parent = self._parent(node)
        if parent is None:
            return self._initial(node, prop)
        return self._value(parent, prop)

    def _initial(self, node, prop: str):
        spec = PROPERTIES.get(prop)
        if spec is None:
            return None
        return initial_value(spec, _Context(self, node, prop))

    # --- computed values ------------------------------------------------------------------------------

    def _value(self, node, prop: str):
        prop = _ALIASES.get(prop, prop)
        if prop == "overflow":
            x = self._value(node, "overflow-x")
            y = self._value(node, "overflow-y")
            if x is UNKNOWN or y is UNKNOWN:
                return UNKNOWN
            return x if x == y else f"{x} {y}"
        memo = self._values.get(prop)
        if memo is None:
            memo = self._values[prop] = {}
        if node in memo:
            return memo[node]
        # Compute the ancestors that this value may inherit from first, top-down, without recursion.
        spec = PROPERTIES.get(prop)
        inherited = spec.inherited if spec is not None else prop in GENERIC_INHERITED
        chain = [node]
        current = node
        while True:
            parent = self._parent(current)
            if parent is None or parent in memo or not (inherited or self._needs_parent(current, prop)):
                break
            chain.append(parent)
            current = parent
        # Most elements declare nothing for most properties: their value is the parent's (inherited) or the
        # initial one, which is what _winner would find after a few calls. Taken directly when nothing can
        # make it differ: no candidates, no unreadable style sheet, no "*" (unresolvable) entry.
        plain_initial = not inherited and (spec is None or spec.initial != CURRENT_COLOR and prop != "outline-width")
        for item in reversed(chain):
            candidates = self._candidates(item, prop)
            if not candidates and not self._unknown and "*" not in self._cascades[item]:
                if inherited:
                    parent = self._parent(item)
                    if parent is not None:
                        memo[item] = memo[parent] if parent in memo else self._value(parent, prop)
                        continue
                elif plain_initial:
                    memo[item] = spec.initial if spec is not None else None
                    continue
            memo[item] = self._winner(item, prop, candidates)
        return memo[node]

    def _needs_parent(self, node, prop: str) -> bool:
        spec = PROPERTIES.get(prop)
        if spec is not None and spec.inherited or spec is None and prop in GENERIC_INHERITED:
            return True
        for candidate in self._candidates(node, prop):
            value = candidate.declaration.value
            if value and len(value) == 1 and value[0].type == "ident" and value[0].lower_value == "inherit":
                return True
        return False


_NAMESPACES = {"svg": "http://www.w3.org/2000/svg", "math": "http://www.w3.org/1998/Math/MathML"}


def _sort_key(candidate: _Candidate):
    return candidate.key


def _is_element(node) -> bool:
    return node is not None and hasattr(node, "tag") and isinstance(node.tag, str)
