"""The properties the resolver computes: inheritance, initial values and how a declared value computes.

Each ``compute(tokens, ctx)`` gets the declaration's significant tokens (never a CSS-wide keyword: the
resolver handles those) and a context giving the parent's value, the element's other computed values and the
root font size. It returns the computed value, UNKNOWN, an Unresolved length, or INVALID (the declaration is
then dropped and the next one in the cascade is used).

Computed values:

=====================  ===============================================================================
display                keyword(s), lower-case (``"none"``, ``"block"``, ``"inline flex"``)
visibility             ``"visible"``, ``"hidden"`` or ``"collapse"`` (inherited)
content                for ::before/::after: the generated text, or None (``none``/``normal``)
font-size              px (float), or Unresolved (``vw``, ``calc()`` with viewport units) (inherited)
font-weight            number 1-1000 (inherited)
line-height            ``"normal"``, px (float), or Number (unitless factor) (inherited)
letter-spacing         px (float), ``normal`` = 0 (inherited)
word-spacing           px (float), ``normal`` = 0 (inherited)
text-indent            px (float) or Unresolved (percentages) (inherited)
color                  (r, g, b, a) with 0-255 channels and 0-1 alpha (inherited)
background-color       (r, g, b, a)
outline-color          (r, g, b, a)
background-image       ``"none"`` or the image(s) as text
text-decoration-line   ``"none"`` or the line keywords (``"underline"``, ``"underline line-through"``)
outline-style          keyword
outline-width          px (float); 0 when outline-style is none
transform, rotate      ``"none"`` or the value as text
opacity                float 0-1
position               keyword
clip, clip-path        ``"auto"``/``"none"`` or the value as text
overflow-x/-y          keyword; ``overflow`` gives ``"x"`` when both agree, else ``"x y"``
width, height          px (float), ``"auto"``, a sizing keyword, or Unresolved (percentages, viewport units)
=====================  ===============================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from .shorthands import DECORATION_LINES, FONT_SIZE_KEYWORDS, OUTLINE_STYLES
from .values import (
    BLACK,
    CURRENT_COLOR,
    INVALID,
    TRANSPARENT,
    UNKNOWN,
    LengthContext,
    Number,
    Unresolved,
    color_from_tokens,
    contains_function,
    length,
    serialize,
)


@dataclass(frozen=True)
class Property:
    name: str
    inherited: bool
    initial: object
    compute: Callable


# --- helpers ----------------------------------------------------------------------------------------------


def _single(tokens):
    return tokens[0] if len(tokens) == 1 else None


def _keyword(tokens, allowed) -> str | object:
    token = _single(tokens)
    if token is not None and token.type == "ident" and token.lower_value in allowed:
        return token.lower_value
    return INVALID


def _text(tokens) -> str:
    return serialize(tokens) or ""


def _length_context(ctx, percent=None) -> LengthContext:
    return LengthContext(em=ctx.own("font-size"), rem=ctx.root_font_size(), percent=percent)


# --- display and friends ----------------------------------------------------------------------------------

DISPLAY_KEYWORDS = frozenset(
    """none block inline inline-block flex inline-flex grid inline-grid table inline-table table-row-group
    table-header-group table-footer-group table-row table-cell table-column-group table-column table-caption
    list-item contents flow-root run-in ruby ruby-base ruby-text ruby-base-container ruby-text-container flow
    math -webkit-box -webkit-inline-box -ms-flexbox -ms-inline-flexbox -webkit-flex -webkit-inline-flex
    -ms-grid -ms-inline-grid -moz-box -moz-inline-box""".split()
)


def _display(tokens, ctx):
    if not tokens or len(tokens) > 3 or any(token.type != "ident" for token in tokens):
        return INVALID
    words = [token.lower_value for token in tokens]
    if any(word not in DISPLAY_KEYWORDS for word in words):
        return INVALID
    if len(words) > 1 and "none" in words:
        return INVALID
    return " ".join(words)


def _visibility(tokens, ctx):
    return _keyword(tokens, ("visible", "hidden", "collapse"))


def _position(tokens, ctx):
    value = _keyword(tokens, ("static", "relative", "absolute", "fixed", "sticky", "-webkit-sticky"))
    return "sticky" if value == "-webkit-sticky" else value


_OVERFLOW = frozenset(("visible", "hidden", "clip", "scroll", "auto", "overlay", "-moz-hidden-unscrollable"))


def _overflow_axis(tokens, ctx):
    return _keyword(tokens, _OVERFLOW)


def _none_or_text(none_word: str):
    def compute(tokens, ctx):
        token = _single(tokens)
        if token is not None and token.type == "ident" and token.lower_value == none_word:
            return none_word
        if contains_function(tokens, {"var", "env"}):
            return UNKNOWN
        return _text(tokens)
    return compute


def _transform(tokens, ctx):
    token = _single(tokens)
    if token is not None and token.type == "ident" and token.lower_value == "none":
        return "none"
    if not tokens or any(token.type != "function" for token in tokens):
        return INVALID
    if contains_function(tokens, {"var", "env"}):
        return UNKNOWN
    return _text(tokens)


def _clip(tokens, ctx):
    token = _single(tokens)
    if token is not None and token.type == "ident" and token.lower_value == "auto":
        return "auto"
    if token is not None and token.type == "function" and token.lower_name == "rect":
        return _text(tokens)
    return INVALID


def _opacity(tokens, ctx):
    token = _single(tokens)
    if token is None:
        return INVALID
    if token.type == "number":
        return min(max(float(token.value), 0.0), 1.0)
    if token.type == "percentage":
        return min(max(float(token.value) / 100, 0.0), 1.0)
    if token.type == "function" and token.lower_name in ("calc", "min", "max", "clamp"):
        return UNKNOWN
    return INVALID


# --- fonts and text ---------------------------------------------------------------------------------------


def _font_size(tokens, ctx):
    token = _single(tokens)
    if token is None:
        return INVALID
    parent = ctx.parent("font-size")
    if token.type == "ident":
        word = token.lower_value
        if word in FONT_SIZE_KEYWORDS:
            return FONT_SIZE_KEYWORDS[word]
        if word in ("smaller", "larger"):
            if parent is UNKNOWN:
                return UNKNOWN
            if isinstance(parent, Unresolved):
                return parent.scaled(word)
            return parent / 1.2 if word == "smaller" else parent * 1.2
        return INVALID
    value = length(token, LengthContext(em=parent, rem=ctx.root_font_size(), percent=parent),
                   allow_negative=False)
    return value


_WEIGHTS = {"normal": 400.0, "bold": 700.0}


def _font_weight(tokens, ctx):
    token = _single(tokens)
    if token is None:
        return INVALID
    if token.type == "number" and 1 <= token.value <= 1000:
        return float(token.value)
    if token.type != "ident":
        return UNKNOWN if token.type == "function" else INVALID
    word = token.lower_value
    if word in _WEIGHTS:
        return _WEIGHTS[word]
    if word in ("bolder", "lighter"):
        parent = ctx.parent("font-weight")
        if parent is UNKNOWN:
            return UNKNOWN
        if word == "bolder":
            return 400.0 if parent < 350 else 700.0 if parent < 550 else 900.0 if parent < 900 else parent
        return parent if parent < 100 else 100.0 if parent < 550 else 400.0 if parent < 750 else 700.0
    return INVALID


def _line_height(tokens, ctx):
    token = _single(tokens)
    if token is None:
        return INVALID
    if token.type == "ident":
        return "normal" if token.lower_value == "normal" else INVALID
    if token.type == "number":
        return Number(float(token.value)) if token.value >= 0 else INVALID
    if token.type == "function" and contains_function([token], {"var", "env", "attr"}):
        return UNKNOWN
    own_size = ctx.own("font-size")
    return length(token, LengthContext(em=own_size, rem=ctx.root_font_size(), percent=own_size),
                  allow_negative=False)


def _spacing(tokens, ctx):
    token = _single(tokens)
    if token is None:
        return INVALID
    if token.type == "ident":
        return 0.0 if token.lower_value == "normal" else INVALID
    if token.type == "percentage":
        return UNKNOWN  # relative to the width of a space (word-spacing) or the font size (Text 4)
    return length(token, _length_context(ctx))


def _text_indent(tokens, ctx):
    values = [token for token in tokens if not (token.type == "ident" and token.lower_value in ("hanging",
                                                                                                 "each-line"))]
    if len(values) != 1:
        return INVALID
    return length(values[0], _length_context(ctx, percent="unresolved"))


_SIZING = frozenset(("auto", "min-content", "max-content", "fit-content", "stretch", "-webkit-fill-available",
                     "-moz-available", "-moz-max-content", "-moz-min-content", "-moz-fit-content",
                     "-webkit-max-content", "-webkit-min-content", "-webkit-fit-content"))


def _size(tokens, ctx):
    token = _single(tokens)
    if token is None:
        return INVALID
    if token.type == "ident":
        return token.lower_value if token.lower_value in _SIZING else INVALID
    if token.type == "function" and token.lower_name == "fit-content":
        return _text(tokens)
    return length(token, _length_context(ctx, percent="unresolved"), allow_negative=False)


# --- colours ----------------------------------------------------------------------------------------------


def _color(tokens, ctx):
    if not tokens:
        return INVALID
    value = color_from_tokens(tokens, current=CURRENT_COLOR)
    if value == CURRENT_COLOR:
        return ctx.parent("color")  # currentColor in 'color' is the inherited colour
    return value


def _other_color(tokens, ctx):
    if not tokens:
        return INVALID
    value = color_from_tokens(tokens, current=CURRENT_COLOR)
    if value == CURRENT_COLOR:
        return ctx.own("color")
    return value


def _outline_color(tokens, ctx):
    token = _single(tokens)
    if token is not None and token.type == "ident" and token.lower_value in ("invert", "auto"):
        return ctx.own("color") if token.lower_value == "auto" else UNKNOWN
    return _other_color(tokens, ctx)


def _background_image(tokens, ctx):
    images = [token for token in tokens if not (token.type == "literal" and token.value == ",")]
    if not images:
        return INVALID
    if all(token.type == "ident" and token.lower_value == "none" for token in images):
        return "none"
    if contains_function(tokens, {"var", "env"}):
        return UNKNOWN
    for token in images:
        if not (token.type in ("url", "function") or token.type == "ident" and token.lower_value == "none"):
            return INVALID
    return _text(tokens)


def _decoration_line(tokens, ctx):
    words = []
    for token in tokens:
        if token.type != "ident" or token.lower_value not in DECORATION_LINES:
            return INVALID
        words.append(token.lower_value)
    if not words or "none" in words and len(words) > 1 or len(set(words)) != len(words):
        return INVALID
    return " ".join(words)


def _outline_style(tokens, ctx):
    value = _keyword(tokens, OUTLINE_STYLES)
    return INVALID if value == "hidden" else value


_BORDER_WIDTHS = {"thin": 1.0, "medium": 3.0, "thick": 5.0}


def _outline_width(tokens, ctx):
    token = _single(tokens)
    if token is None:
        return INVALID
    if token.type == "ident":
        if token.lower_value not in _BORDER_WIDTHS:
            return INVALID
        value = _BORDER_WIDTHS[token.lower_value]
    else:
        value = length(token, _length_context(ctx), allow_negative=False)
    if value is INVALID:
        return INVALID
    style = ctx.own("outline-style")
    if style is UNKNOWN:
        return UNKNOWN
    return 0.0 if style == "none" else value


def _content(tokens, ctx):
    """Generated content as text: strings, attr(); counters and quotes are UNKNOWN; images contribute ""."""
    if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value in ("none", "normal"):
        return None
    slash = [index for index, token in enumerate(tokens) if token.type == "literal" and token.value == "/"]
    if slash:
        tokens = tokens[slash[-1] + 1:]  # the alternative text replaces the content for accessibility
    parts = []
    for token in tokens:
        kind = token.type
        if kind == "string":
            parts.append(token.value)
        elif kind == "url":
            parts.append("")
        elif kind == "function":
            name = token.lower_name
            if name == "attr":
                value = ctx.attr(token.arguments)
                if value is None:
                    return UNKNOWN
                parts.append(value)
            elif name in ("counter", "counters", "var", "env", "content", "leader", "target-counter",
                          "target-counters", "target-text", "string"):
                return UNKNOWN
            elif name in ("url", "image-set", "-webkit-image-set", "linear-gradient", "radial-gradient",
                          "conic-gradient", "repeating-linear-gradient", "repeating-radial-gradient", "image",
                          "cross-fade", "element"):
                parts.append("")
            else:
                return INVALID
        elif kind == "ident":
            word = token.lower_value
            if word in ("open-quote", "close-quote"):
                return UNKNOWN  # the quote characters depend on the language and the quotes property
            if word in ("no-open-quote", "no-close-quote"):
                continue
            return INVALID
        else:
            return INVALID
    return "".join(parts)


def _generic(tokens, ctx):
    return _text(tokens)


# --- the table --------------------------------------------------------------------------------------------

PROPERTIES: dict[str, Property] = {
    prop.name: prop
    for prop in (
        Property("display", False, "inline", _display),
        Property("visibility", True, "visible", _visibility),
        Property("content", False, None, _content),
        Property("font-size", True, 16.0, _font_size),
        Property("font-weight", True, 400.0, _font_weight),
        Property("line-height", True, "normal", _line_height),
        Property("letter-spacing", True, 0.0, _spacing),
        Property("word-spacing", True, 0.0, _spacing),
        Property("text-indent", True, 0.0, _text_indent),
        Property("color", True, BLACK, _color),
        Property("background-color", False, TRANSPARENT, _other_color),
        Property("outline-color", False, CURRENT_COLOR, _outline_color),
        Property("background-image", False, "none", _background_image),
        Property("text-decoration-line", False, "none", _decoration_line),
        Property("outline-style", False, "none", _outline_style),
        Property("outline-width", False, 3.0, _outline_width),
        Property("transform", False, "none", _transform),
        Property("rotate", False, "none", _none_or_text("none")),
        Property("opacity", False, 1.0, _opacity),
        Property("position", False, "static", _position),
        Property("clip", False, "auto", _clip),
        Property("clip-path", False, "none", _none_or_text("none")),
        Property("overflow-x", False, "visible", _overflow_axis),
        Property("overflow-y", False, "visible", _overflow_axis),
        Property("width", False, "auto", _size),
        Property("height", False, "auto", _size),
    )
}

# Properties not computed here that CSS inherits: their cascaded text is inherited by the generic path.
GENERIC_INHERITED = frozenset(
    """font-family font-style font-variant font-stretch text-align text-align-last text-transform white-space
    direction cursor list-style list-style-type list-style-position list-style-image quotes writing-mode
    text-shadow caret-color hyphens tab-size word-break overflow-wrap word-wrap speak font-feature-settings
    text-rendering -webkit-text-fill-color -webkit-text-stroke line-break orphans widows""".split()
)


def initial_value(prop: Property, ctx):
    """The initial value, computed (``outline-color: currentColor`` is the element's colour)."""
    if prop.initial == CURRENT_COLOR:
        return ctx.own("color")
    if prop.name == "outline-width":
        style = ctx.own("outline-style")
        return UNKNOWN if style is UNKNOWN else 0.0 if style == "none" else prop.initial
    return prop.initial
