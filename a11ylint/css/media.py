"""Media queries, evaluated for a screen of unknown size.

Every query is evaluated twice, once in a portrait world and once in a landscape world, in three-valued
logic (True, False, None for unknown). ``screen`` and ``all`` are true, ``print`` and the other media types
false; width, height, aspect-ratio, resolution and the user-preference features are unknown; ``orientation``
is decided by the world. A query whose two results differ depends on the orientation.
"""

from __future__ import annotations

from dataclasses import dataclass

from .values import serialize, significant, split_on_commas, strip, token_depth

TRUE_TYPES = frozenset(("all", "screen"))
# Features decided for any screen. Everything not listed is unknown.
_BOOLEAN_FEATURES = {"color": True, "monochrome": False, "grid": False}


@dataclass(frozen=True)
class Media:
    """The truth of the media conditions a rule sits under: (in portrait, in landscape), each True/False/None."""

    portrait: bool | None = True
    landscape: bool | None = True
    text: str = ""  # the conditions, joined with " and ", for reports

    @property
    def always(self) -> bool:
        return self.portrait is True and self.landscape is True

    @property
    def never(self) -> bool:
        return self.portrait is False and self.landscape is False

    @property
    def orientation_dependent(self) -> bool:
        """True when the rule applies in one orientation and not (or not surely) in the other."""
        return self.portrait != self.landscape

    @property
    def applies_in(self) -> tuple[str, ...]:
        """The orientations in which the conditions surely hold."""
        return tuple(name for name, value in (("portrait", self.portrait), ("landscape", self.landscape))
                     if value is True)

    def combine(self, other: Media) -> Media:
        if other.always and not other.text:
            return self
        text = " and ".join(part for part in (self.text, other.text) if part)
        return Media(_and(self.portrait, other.portrait), _and(self.landscape, other.landscape), text)


ALWAYS = Media()


def _and(a, b):
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def _or(a, b):
    if a is True or b is True:
        return True
    if a is None or b is None:
        return None
    return False


def _not(a):
    return None if a is None else not a


def evaluate_media_text(text: str) -> Media:
    import tinycss2

    try:
        return evaluate_media(tinycss2.parse_component_value_list(text))
    except Exception:  # noqa: BLE001
        return Media(None, None, text)


def evaluate_media(tokens) -> Media:
    """A media query list (the prelude of ``@media``, or a ``media`` attribute) as a :class:`Media`."""
    text = (serialize(strip(tokens)) or "").strip()
    tokens = strip(tokens)
    if not tokens:
        return ALWAYS
    if token_depth(tokens) > 16:
        return Media(None, None, text)
    queries = split_on_commas(tokens)
    results = [(_query(query, "portrait"), _query(query, "landscape")) for query in queries]
    portrait = False
    landscape = False
    for in_portrait, in_landscape in results:
        portrait = _or(portrait, in_portrait)
        landscape = _or(landscape, in_landscape)
    return Media(portrait, landscape, text)


def _query(tokens, world: str):
    tokens = significant(tokens)
    if not tokens:
        return False  # an empty query in a list is invalid: "not all"
    try:
        return _media_query(tokens, world)
    except _Malformed:
        return False


class _Malformed(Exception):
    pass


def _keyword(token) -> str | None:
    return token.lower_value if token.type == "ident" else None


def _media_query(tokens, world):
    first = _keyword(tokens[0])
    if first in ("not", "only") and len(tokens) > 1 and tokens[1].type == "ident":
        negate = first == "not"
        media_type = _keyword(tokens[1])
        rest = tokens[2:]
    elif first is not None and first not in ("not", "and", "or", "only"):
        negate = False
        media_type = first
        rest = tokens[1:]
    else:
        return _condition(tokens, world)
    if media_type in ("and", "or", "not", "only", "layer"):
        raise _Malformed
    result = media_type in TRUE_TYPES
    if rest:
        if _keyword(rest[0]) != "and" or len(rest) < 2:
            raise _Malformed
        result = _and(result, _condition(rest[1:], world, allow_or=False))
    return _not(result) if negate else result


def _condition(tokens, world, allow_or=True):
    if not tokens:
        raise _Malformed
    if _keyword(tokens[0]) == "not":
        if len(tokens) != 2:
            raise _Malformed
        return _not(_in_parens(tokens[1], world))
    result = _in_parens(tokens[0], world)
    index = 1
    combinator = None
    while index < len(tokens):
        word = _keyword(tokens[index])
        if word not in ("and", "or") or index + 1 >= len(tokens):
            raise _Malformed
        if combinator is not None and word != combinator:
            raise _Malformed  # "a and b or c" needs parentheses
        if word == "or" and not allow_or:
            raise _Malformed
        combinator = word
        value = _in_parens(tokens[index + 1], world)
        result = _and(result, value) if word == "and" else _or(result, value)
        index += 2
    return result


def _in_parens(token, world):
    if token.type == "function":
        return None  # <general-enclosed>: unknown
    if token.type != "() block":
        raise _Malformed
    content = significant(token.content)
    if not content:
        raise _Malformed
    if content[0].type == "() block" or _keyword(content[0]) == "not":
        return _condition(content, world)
    colons = [index for index, item in enumerate(content) if item.type == "literal" and item.value == ":"]
    if colons:
        if colons[0] != 1 or content[0].type != "ident" or len(content) < 3:
            return None  # <general-enclosed>
        return _feature(content[0].lower_value, content[2:], world)
    if len(content) == 1 and content[0].type == "ident":
        return _feature(content[0].lower_value, None, world)
    # range syntax: (width >= 600px), (400px <= width <= 700px)
    names = [item.lower_value for item in content if item.type == "ident"]
    if len(names) == 1:
        return _feature(names[0], "range", world)
    return None


def _feature(name: str, value, world):
    base = name
    for prefix in ("min-", "max-"):
        if base.startswith(prefix):
            base = base[len(prefix):]
    if base == "orientation":
        if value is None:
            return True
        if value == "range":
            raise _Malformed
        if len(value) != 1 or value[0].type != "ident":
            raise _Malformed
        wanted = value[0].lower_value
        if wanted not in ("portrait", "landscape"):
            raise _Malformed
        return wanted == world
    if value is None and base in _BOOLEAN_FEATURES:
        return _BOOLEAN_FEATURES[base]
    return None
