"""Shorthand expansion: ``font``, ``background``, ``outline``, ``text-decoration`` and ``overflow``.

``expand(name, tokens)`` gives (longhand, tokens) pairs; tokens None means the longhand's value cannot be
known (``var()``, a system font, a form this module does not read). An invalid shorthand gives no pairs, so the
declaration is dropped as a browser drops it. Longhands a shorthand leaves out are reset to ``initial``.
"""

from __future__ import annotations

import tinycss2

from .values import INVALID, UNKNOWN, color_from_tokens, contains_function, significant, split_on_commas

SHORTHANDS = {
    "font": ("font-style", "font-variant", "font-weight", "font-stretch", "font-size", "line-height",
             "font-family"),
    "background": ("background-color", "background-image", "background-repeat"),
    "outline": ("outline-color", "outline-style", "outline-width"),
    "text-decoration": ("text-decoration-line", "text-decoration-style", "text-decoration-color"),
    "overflow": ("overflow-x", "overflow-y"),
}
CSS_WIDE = frozenset(("inherit", "initial", "unset", "revert", "revert-layer"))
_INITIAL = tinycss2.parse_component_value_list("initial")
_SYSTEM_FONTS = frozenset(("caption", "icon", "menu", "message-box", "small-caption", "status-bar"))
_FONT_STYLE = frozenset(("italic", "oblique"))
_FONT_VARIANT = frozenset(("small-caps",))
_FONT_WEIGHT = frozenset(("bold", "bolder", "lighter"))
_FONT_STRETCH = frozenset(("ultra-condensed", "extra-condensed", "condensed", "semi-condensed", "semi-expanded",
                           "expanded", "extra-expanded", "ultra-expanded"))
FONT_SIZE_KEYWORDS = {"xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
                      "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0}
_RELATIVE_SIZES = frozenset(("smaller", "larger"))
OUTLINE_STYLES = frozenset(("none", "auto", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset",
                            "outset", "hidden"))
_WIDTH_KEYWORDS = frozenset(("thin", "medium", "thick"))
DECORATION_LINES = frozenset(("none", "underline", "overline", "line-through", "blink", "spelling-error",
                              "grammar-error"))
_DECORATION_STYLES = frozenset(("solid", "double", "dotted", "dashed", "wavy"))
_IMAGE_FUNCTIONS = frozenset(("url", "linear-gradient", "radial-gradient", "conic-gradient",
                              "repeating-linear-gradient", "repeating-radial-gradient", "repeating-conic-gradient",
                              "-webkit-linear-gradient", "-webkit-radial-gradient", "-moz-linear-gradient",
                              "-moz-radial-gradient", "-o-linear-gradient", "-ms-linear-gradient",
                              "-webkit-gradient", "image-set", "-webkit-image-set", "image", "cross-fade",
                              "element", "-moz-element", "paint"))
_REPEAT_KEYWORDS = frozenset(("repeat", "repeat-x", "repeat-y", "no-repeat", "space", "round"))
_BACKGROUND_KEYWORDS = frozenset(("repeat", "repeat-x", "repeat-y", "no-repeat", "space", "round", "scroll",
                                  "fixed", "local", "left", "right", "top", "bottom", "center", "border-box",
                                  "padding-box", "content-box", "text", "cover", "contain", "auto"))


def expand(name: str, value) -> list[tuple[str, list | None]]:
    """The longhand declarations of one declaration (itself, when it is not a shorthand handled here)."""
    longhands = SHORTHANDS.get(name)
    if longhands is None:
        return [(name, value)]
    if value is None:
        return [(longhand, None) for longhand in longhands]
    tokens = significant(value)
    if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value in CSS_WIDE:
        return [(longhand, tokens) for longhand in longhands]
    if contains_function(tokens, {"var", "env", "attr"}):
        return [(longhand, None) for longhand in longhands]
    parsed = _EXPANDERS[name](tokens)
    if parsed is None:
        return []
    return [(longhand, _INITIAL if parsed.get(longhand, "initial") == "initial" else parsed[longhand])
            for longhand in longhands]


def _font(tokens):
    if len(tokens) == 1 and tokens[0].type == "ident" and tokens[0].lower_value in _SYSTEM_FONTS:
        return {name: None for name in SHORTHANDS["font"]}
    result: dict = {}
    index = 0
    prefix = 0
    while index < len(tokens) and prefix < 4:
        token = tokens[index]
        word = token.lower_value if token.type == "ident" else None
        if word == "normal":
            pass
        elif word in _FONT_STYLE:
            result["font-style"] = [token]
        elif word in _FONT_VARIANT:
            result["font-variant"] = [token]
        elif word in _FONT_WEIGHT or token.type == "number" and 1 <= token.value <= 1000:
            result["font-weight"] = [token]
        elif word in _FONT_STRETCH:
            result["font-stretch"] = [token]
        else:
            break
        index += 1
        prefix += 1
    if index >= len(tokens):
        return None
    size = tokens[index]
    if not (size.type in ("dimension", "percentage", "function")
            or size.type == "number" and size.value == 0
            or size.type == "ident" and (size.lower_value in FONT_SIZE_KEYWORDS
                                         or size.lower_value in _RELATIVE_SIZES)):
        return None
    result["font-size"] = [size]
    index += 1
    if index < len(tokens) and tokens[index].type == "literal" and tokens[index].value == "/":
        if index + 1 >= len(tokens):
            return None
        result["line-height"] = [tokens[index + 1]]
        index += 2
    family = tokens[index:]
    if not family:
        return None  # the family is required
    result["font-family"] = family
    return result


def _background(tokens):
    layers = split_on_commas(tokens)
    images = []
    repeats = []
    color = None
    for position, layer in enumerate(layers):
        layer_image = None
        layer_repeat = []
        for token in layer:
            kind = token.type
            if kind == "url" or kind == "function" and token.lower_name in _IMAGE_FUNCTIONS:
                if layer_image is not None:
                    return None  # two images in one layer: browsers drop the declaration
                layer_image = token
            elif kind == "ident" and token.lower_value in _REPEAT_KEYWORDS:
                layer_repeat.append(token)
            elif kind == "ident" and token.lower_value == "none":
                continue
            elif kind in ("dimension", "percentage", "number") or kind == "literal" and token.value == "/":
                continue
            elif kind == "ident" and token.lower_value in _BACKGROUND_KEYWORDS:
                continue
            elif kind == "function" and token.lower_name in ("calc", "min", "max", "clamp"):
                continue
            else:
                parsed = color_from_tokens([token])
                if parsed is INVALID:
                    return {"background-color": None, "background-image": None}
                if position != len(layers) - 1:
                    return None  # only the final layer may have a colour
                color = [token]
        if layer_image is not None:
            images.append(layer_image)
        repeats.append(layer_repeat or tinycss2.parse_component_value_list("repeat"))
    result = {"background-image": images if images else tinycss2.parse_component_value_list("none"),
              # the shorthand resets every longhand it does not set
              "background-repeat": repeats[0] if repeats else tinycss2.parse_component_value_list("repeat")}
    if color is not None:
        result["background-color"] = color
    return result


def _outline(tokens):
    result: dict = {}
    for token in tokens:
        word = token.lower_value if token.type == "ident" else None
        if word in OUTLINE_STYLES and "outline-style" not in result:
            result["outline-style"] = [token]
        elif (word in _WIDTH_KEYWORDS or token.type == "dimension" or token.type == "number" and token.value == 0
              or token.type == "function" and token.lower_name in ("calc", "min", "max", "clamp")) \
                and "outline-width" not in result:
            result["outline-width"] = [token]
        elif "outline-color" not in result and (word == "invert" or color_from_tokens([token]) is not INVALID):
            result["outline-color"] = [token]
        else:
            return None
    return result


def _text_decoration(tokens):
    lines = []
    result: dict = {}
    for token in tokens:
        word = token.lower_value if token.type == "ident" else None
        if word in DECORATION_LINES:
            lines.append(token)
        elif word in _DECORATION_STYLES and "text-decoration-style" not in result:
            result["text-decoration-style"] = [token]
        elif color_from_tokens([token]) not in (INVALID, UNKNOWN) and "text-decoration-color" not in result:
            result["text-decoration-color"] = [token]
        elif token.type in ("dimension", "percentage") or word in ("auto", "from-font"):
            continue  # text-decoration-thickness
        else:
            return {"text-decoration-line": None}
    if lines:
        result["text-decoration-line"] = lines
    return result


def _overflow(tokens):
    if not 1 <= len(tokens) <= 2 or any(token.type != "ident" for token in tokens):
        return None
    return {"overflow-x": [tokens[0]], "overflow-y": [tokens[-1]]}


_EXPANDERS = {"font": _font, "background": _background, "outline": _outline, "text-decoration": _text_decoration,
              "overflow": _overflow}
