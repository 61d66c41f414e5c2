"""CSS values: the UNKNOWN sentinel, unresolved lengths, colours, lengths and ``calc()``.

Nothing here raises on bad input: a value that is not valid CSS is :data:`INVALID` (the cascade drops the
declaration, as a browser does), a value that is valid but cannot be decided statically is :data:`UNKNOWN`
or an :class:`Unresolved` length.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import tinycss2

# --- sentinels --------------------------------------------------------------------------------------------


class _Unknown:
    """The value cannot be decided statically. Test with ``value is UNKNOWN`` (or :func:`is_unknown`)."""

    _instance = None
    known = False

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __bool__(self):
        # Like pandas.NA: an unknown value has no truth value. ``if value:`` on a CSS value is almost always
        # a bug that would turn "unknown" into "absent"; compare with ``is UNKNOWN`` instead.
        raise TypeError("UNKNOWN has no truth value; test `value is UNKNOWN`")

    def __reduce__(self):
        return (_Unknown, ())


UNKNOWN = _Unknown()


class _Invalid:
    """A declaration value that is not valid CSS for its property: the declaration is dropped."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID = _Invalid()


@dataclass(frozen=True)
class Unresolved:
    """A length that depends on what a static linter cannot know: the viewport, or a containing block.

    ``text`` is the declared value (``"3vw"``, ``"calc(1rem + 1vw)"``, ``"50%"``); a value derived from an
    ancestor's unresolved value (``1.5em`` of a ``3vw`` parent) says so. ``viewport`` is true when it depends
    on the viewport size; ``viewport_only`` when every term is a viewport unit, so the value does not scale
    with the user's font size (the case of text sized only in ``vw``/``vh``).
    """

    text: str
    viewport: bool = False
    viewport_only: bool = False
    known = False

    def scaled(self, own_text: str) -> Unresolved:
        """This value as the base of a relative length (``em`` of an unresolved parent font size)."""
        return Unresolved(f"{own_text} of {self.text}", self.viewport, self.viewport_only)


@dataclass(frozen=True)
class Number:
    """A unitless number, kept apart from lengths (``line-height: 1.5`` inherits as 1.5, not as pixels)."""

    value: float


def is_unknown(value) -> bool:
    """True for UNKNOWN and for an :class:`Unresolved` length."""
    return value is UNKNOWN or isinstance(value, Unresolved)


# --- tokens -----------------------------------------------------------------------------------------------

MAX_TOKEN_DEPTH = 64  # tinycss2 parses any nesting, but its serializer (and ours) recurse on it


def token_depth(tokens, limit: int = MAX_TOKEN_DEPTH) -> int:
    """Nesting depth of a component value list (iterative; stops counting past ``limit``)."""
    stack = [(tokens, 1)]
    deepest = 0
    while stack:
        values, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > limit:
            return depth
        for value in values:
            content = getattr(value, "content", None) if value.type in ("() block", "[] block", "{} block") else (
                getattr(value, "arguments", None) if value.type == "function" else None)
            if content:
                stack.append((content, depth + 1))
    return deepest


def serialize(tokens) -> str | None:
    """``tinycss2.serialize`` that refuses absurd nesting (None) instead of hitting the recursion limit."""
    if token_depth(tokens) > MAX_TOKEN_DEPTH:
        return None
    try:
        return tinycss2.serialize(tokens)
    except Exception:  # noqa: BLE001 - ParseError nodes and other oddities cannot be serialized
        return None


def significant(tokens) -> list:
    """The tokens without whitespace and comments."""
    return [token for token in tokens if token.type not in ("whitespace", "comment")]


def strip(tokens) -> list:
    """The tokens without leading and trailing whitespace and comments."""
    tokens = list(tokens)
    while tokens and tokens[0].type in ("whitespace", "comment"):
        tokens.pop(0)
    while tokens and tokens[-1].type in ("whitespace", "comment"):
        tokens.pop()
    return tokens


def split_on_commas(tokens) -> list[list]:
    parts: list[list] = [[]]
    for token in tokens:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return [strip(part) for part in parts]


def contains_function(tokens, names: frozenset[str] | set[str]) -> bool:
    """Whether a function of one of these (lower-case) names occurs anywhere in the tokens (iterative)."""
    stack = [tokens]
    while stack:
        for token in stack.pop():
            kind = token.type
            if kind == "function":
                if token.lower_name in names:
                    return True
                stack.append(token.arguments)
            elif kind in ("() block", "[] block", "{} block"):
                stack.append(token.content)
    return False


def ident(token) -> str | None:
    return token.lower_value if token.type == "ident" else None


# --- colours ----------------------------------------------------------------------------------------------

RGBA = tuple  # (red, green, blue, alpha): 0-255 floats and 0-1 alpha

_NAMED_HEX = """
aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4
black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a burlywood deb887 cadetblue 5f9ea0
chartreuse 7fff00 chocolate d2691e coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff
darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9
darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000
darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f
darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969
dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc
ghostwhite f8f8ff gold ffd700 goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080
honeydew f0fff0 hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa
lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff
lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1
lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 lightslategrey 778899
lightsteelblue b0c4de lightyellow ffffe0 lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000
mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371
mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585
midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080
oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa
palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f
pink ffc0cb plum dda0dd powderblue b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f
royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee
sienna a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa
springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0
violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32
""".split()

NAMED_COLORS: dict[str, RGBA] = {
    name: (float(int(code[0:2], 16)), float(int(code[2:4], 16)), float(int(code[4:6], 16)), 1.0)
    for name, code in zip(_NAMED_HEX[::2], _NAMED_HEX[1::2])
}
TRANSPARENT: RGBA = (0.0, 0.0, 0.0, 0.0)
BLACK: RGBA = (0.0, 0.0, 0.0, 1.0)

# Valid colours this module does not compute: system colours and colour spaces beyond sRGB.
_SYSTEM_COLORS = frozenset(
    """accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas canvastext field
    fieldtext graytext highlight highlighttext linktext mark marktext selecteditem selecteditemtext visitedtext
    activeborder activecaption appworkspace background buttonhighlight buttonshadow captiontext inactiveborder
    inactivecaption inactivecaptiontext infobackground infotext menu menutext scrollbar threeddarkshadow
    threedface threedhighlight threedlightshadow threedshadow window windowframe windowtext""".split()
)
_UNSUPPORTED_COLOR_FUNCTIONS = frozenset(
    ("lab", "lch", "oklab", "oklch", "color", "color-mix", "light-dark", "contrast-color", "device-cmyk")
)
CURRENT_COLOR = "currentcolor"


def color_from_tokens(tokens, *, current=CURRENT_COLOR):
    """One colour from component values: an RGBA tuple, ``current`` for currentColor, UNKNOWN or INVALID."""
    tokens = significant(tokens)
    if len(tokens) != 1:
        return INVALID
    token = tokens[0]
    kind = token.type
    if kind == "ident":
        name = token.lower_value
        if name in NAMED_COLORS:
            return NAMED_COLORS[name]
        if name == "transparent":
            return TRANSPARENT
        if name == "currentcolor":
            return current
        if name in _SYSTEM_COLORS:
            return UNKNOWN
        return INVALID
    if kind == "hash":
        return _hex_color(token.value)
    if kind == "function":
        name = token.lower_name
        if name == "var" or contains_function(token.arguments, {"var", "env", "attr"}):
            return UNKNOWN
        if name in ("rgb", "rgba"):
            return _rgb(token.arguments)
        if name in ("hsl", "hsla"):
            return _hsl(token.arguments, hwb=False)
        if name == "hwb":
            return _hsl(token.arguments, hwb=True)
        if name in _UNSUPPORTED_COLOR_FUNCTIONS:
            return UNKNOWN
    return INVALID


def parse_color(text: str, current_color=UNKNOWN):
    """A CSS colour as (red, green, blue, alpha) with 0-255 channels and 0-1 alpha, or UNKNOWN.

    Accepts named colours, ``#rgb``, ``#rgba``, ``#rrggbb``, ``#rrggbbaa``, ``rgb()``/``rgba()``,
    ``hsl()``/``hsla()`` and ``hwb()`` in comma or space syntax, ``transparent``, and ``currentColor``
    (which becomes ``current_color``). Anything else, valid or not, is UNKNOWN.
    """
    try:
        value = color_from_tokens(tinycss2.parse_component_value_list(str(text)), current=current_color)
    except Exception:  # noqa: BLE001 - never raise on CSS input
        return UNKNOWN
    return UNKNOWN if value is INVALID else value


def _hex_color(digits: str):
    if not re.fullmatch(r"[0-9a-fA-F]+", digits) or len(digits) not in (3, 4, 6, 8):
        return INVALID
    if len(digits) in (3, 4):
        digits = "".join(char * 2 for char in digits)
    channels = [int(digits[index:index + 2], 16) for index in range(0, len(digits), 2)]
    alpha = channels[3] / 255 if len(channels) == 4 else 1.0
    return (float(channels[0]), float(channels[1]), float(channels[2]), alpha)


def _color_arguments(arguments):
    """Split a colour function's arguments into (channels, alpha token or None), or None if malformed."""
    tokens = significant(arguments)
    commas = [index for index, token in enumerate(tokens) if token.type == "literal" and token.value == ","]
    if commas:
        parts = split_on_commas(tokens)
        if any(len(part) != 1 for part in parts) or len(parts) not in (3, 4):
            return None
        channels = [part[0] for part in parts[:3]]
        if any(token.type == "ident" for token in channels):
            return None  # "none" is only allowed in the modern syntax
        return channels, parts[3][0] if len(parts) == 4 else None, True
    alpha = None
    slash = [index for index, token in enumerate(tokens) if token.type == "literal" and token.value == "/"]
    if slash:
        if len(slash) != 1 or slash[0] != len(tokens) - 2:
            return None
        alpha = tokens[-1]
        tokens = tokens[:-2]
    if len(tokens) != 3:
        return None
    return tokens, alpha, False


def _alpha(token):
    if token is None:
        return 1.0
    if token.type == "number":
        return min(max(token.value, 0.0), 1.0)
    if token.type == "percentage":
        return min(max(token.value / 100, 0.0), 1.0)
    if token.type == "ident" and token.lower_value == "none":
        return 0.0
    return None


def _rgb(arguments):
    parsed = _color_arguments(arguments)
    if parsed is None:
        return INVALID
    channels, alpha_token, legacy = parsed
    if legacy and len({token.type for token in channels}) != 1:
        return INVALID  # rgb(1, 2%, 3) mixes numbers and percentages
    values = []
    for token in channels:
        if token.type == "number":
            values.append(token.value)
        elif token.type == "percentage":
            values.append(token.value * 2.55)
        elif token.type == "ident" and token.lower_value == "none":
            values.append(0.0)
        else:
            return INVALID
    alpha = _alpha(alpha_token)
    if alpha is None:
        return INVALID
    return tuple(float(min(max(value, 0.0), 255.0)) for value in values) + (float(alpha),)


_ANGLE = {"deg": 1.0, "grad": 0.9, "rad": 180 / math.pi, "turn": 360.0}


def _hsl(arguments, *, hwb: bool):
    parsed = _color_arguments(arguments)
    if parsed is None:
        return INVALID
    (hue_token, first, second), alpha_token, legacy = parsed
    if hue_token.type == "number":
        hue = hue_token.value
    elif hue_token.type == "dimension" and hue_token.lower_unit in _ANGLE:
        hue = hue_token.value * _ANGLE[hue_token.lower_unit]
    elif hue_token.type == "ident" and hue_token.lower_value == "none":
        hue = 0.0
    else:
        return INVALID
    fractions = []
    for token in (first, second):
        if token.type == "percentage" or token.type == "number" and not legacy:  # numbers: modern syntax only
            fractions.append(min(max(token.value / 100, 0.0), 1.0))
        elif token.type == "ident" and token.lower_value == "none":
            fractions.append(0.0)
        else:
            return INVALID
    alpha = _alpha(alpha_token)
    if alpha is None:
        return INVALID
    hue = (hue % 360) / 360
    if hwb:
        white, black = fractions
        if white + black >= 1:
            gray = white / (white + black) * 255
            return (gray, gray, gray, float(alpha))
        red, green, blue = _hsl_to_rgb(hue, 1.0, 0.5)
        return tuple(float((channel * (1 - white - black) + white) * 255) for channel in (red, green, blue)) + (
            float(alpha),)
    saturation, lightness = fractions
    return tuple(float(channel * 255) for channel in _hsl_to_rgb(hue, saturation, lightness)) + (float(alpha),)


def _hsl_to_rgb(hue: float, saturation: float, lightness: float) -> tuple[float, float, float]:
    def channel(n):
        k = (n + hue * 12) % 12
        a = saturation * min(lightness, 1 - lightness)
        return lightness - a * max(-1, min(k - 3, 9 - k, 1))

    return channel(0), channel(8), channel(4)


def legacy_color(text: str):
    """HTML's "rules for parsing a legacy colour value" (``bgcolor``, ``<font color>``): RGBA or None."""
    value = text.strip(" \t\n\f\r")
    if not value or value.lower() == "transparent":
        return None
    if value.lower() in NAMED_COLORS:
        return NAMED_COLORS[value.lower()]
    if len(value) == 4 and value[0] == "#" and re.fullmatch(r"[0-9a-fA-F]{3}", value[1:]):
        return tuple(float(int(char * 2, 16)) for char in value[1:]) + (1.0,)
    value = "".join("00" if ord(char) > 0xFFFF else char for char in value)[:128]
    if value.startswith("#"):
        value = value[1:]
    value = re.sub(r"[^0-9a-fA-F]", "0", value)
    while not value or len(value) % 3:
        value += "0"
    length = len(value) // 3
    parts = [value[index * length:(index + 1) * length] for index in range(3)]
    if length > 8:
        parts = [part[length - 8:] for part in parts]
        length = 8
    while length > 2 and all(part[0] == "0" for part in parts):
        parts = [part[1:] for part in parts]
        length -= 1
    if length > 2:
        parts = [part[:2] for part in parts]
    return tuple(float(int(part, 16)) for part in parts) + (1.0,)


# --- lengths ----------------------------------------------------------------------------------------------

ABSOLUTE_UNITS = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4,
                  "q": 96 / 101.6}
VIEWPORT_UNITS = frozenset(
    "vw vh vmin vmax vi vb svw svh svi svb svmin svmax lvw lvh lvi lvb lvmin lvmax dvw dvh dvi dvb dvmin dvmax"
    .split()
)
# Units that need font metrics, a container or a line height: valid, but not computed here.
OTHER_UNITS = frozenset("ex ch cap ic lh rlh rex rch rcap ric cqw cqh cqi cqb cqmin cqmax".split())


@dataclass
class LengthContext:
    """What relative lengths resolve against. A base may be a float (px), an Unresolved or UNKNOWN."""

    em: object = 16.0          # the element's own font size (the parent's, when resolving font-size)
    rem: object = 16.0         # the root element's font size
    percent: object = None     # what 100% is; None when percentages are not allowed


def length(token, context: LengthContext, *, allow_negative: bool = True, unitless_zero: bool = True):
    """A length token in px (float), an Unresolved, UNKNOWN, or INVALID."""
    kind = token.type
    if kind == "number":
        if token.value == 0 and unitless_zero:
            return 0.0
        return INVALID
    if kind == "dimension":
        if token.value < 0 and not allow_negative:
            return INVALID
        unit = token.lower_unit
        if unit in ABSOLUTE_UNITS:
            return token.value * ABSOLUTE_UNITS[unit]
        if unit == "em":
            return _relative(token.value, context.em, token.serialize())
        if unit == "rem":
            return _relative(token.value, context.rem, token.serialize())
        if unit in VIEWPORT_UNITS:
            return Unresolved(token.serialize(), viewport=True, viewport_only=True)
        if unit in OTHER_UNITS:
            return UNKNOWN
        return INVALID
    if kind == "percentage":
        if context.percent is None:
            return INVALID
        if token.value < 0 and not allow_negative:
            return INVALID
        if context.percent == "unresolved":
            return Unresolved(token.serialize())
        return _relative(token.value / 100, context.percent, token.serialize())
    if kind == "function":
        if contains_function([token], {"var", "env", "attr"}):
            return UNKNOWN
        if token.lower_name in ("calc", "min", "max", "clamp", "-webkit-calc", "-moz-calc"):
            result = calc(token, context)
            if isinstance(result, float) and result < 0 and not allow_negative:
                return 0.0  # calc() results are clamped to the allowed range
            return result
        return INVALID
    return INVALID


def _relative(factor: float, base, text: str):
    if base is UNKNOWN:
        return UNKNOWN
    if isinstance(base, Unresolved):
        return base.scaled(text)
    return factor * base


# calc(): a sum of terms kept as {unit: coefficient}, "" being px, "%" percent, and "vw"... viewport units.

def calc(function, context: LengthContext):
    """Evaluate ``calc()``, ``min()``, ``max()`` and ``clamp()`` to px when nothing depends on the viewport or
    on an unknown containing block; otherwise an :class:`Unresolved` (or UNKNOWN/INVALID)."""
    text = serialize([function]) or "calc()"
    if token_depth([function]) > 16:
        return UNKNOWN
    try:
        terms = _calc_function(function, context)
    except _CalcUnknown:
        return UNKNOWN
    except _CalcInvalid:
        return INVALID
    except (ZeroDivisionError, OverflowError, ValueError):
        return UNKNOWN
    if terms is None:
        return Unresolved(text, viewport=contains_viewport_unit([function]), viewport_only=False)
    if terms.get("number"):
        return INVALID  # a number is not a length
    terms.pop("number", None)
    if set(terms) - {""}:
        viewport = any(unit in VIEWPORT_UNITS for unit, value in terms.items() if value)
        viewport_only = viewport and all(unit in VIEWPORT_UNITS for unit, value in terms.items() if value)
        return Unresolved(text, viewport=viewport, viewport_only=viewport_only)
    result = float(terms.get("", 0.0))
    return result if math.isfinite(result) else UNKNOWN


class _CalcUnknown(Exception):
    pass


class _CalcInvalid(Exception):
    pass


def contains_viewport_unit(tokens) -> bool:
    stack = [tokens]
    while stack:
        for token in stack.pop():
            if token.type == "dimension" and token.lower_unit in VIEWPORT_UNITS:
                return True
            if token.type == "function":
                stack.append(token.arguments)
            elif token.type == "() block":
                stack.append(token.content)
    return False


def _calc_function(function, context):
    name = function.lower_name
    if name in ("calc", "-webkit-calc", "-moz-calc"):
        return _calc_sum(significant(function.arguments), context)
    arguments = [_calc_sum(significant(part), context) for part in split_on_commas(function.arguments)]
    if any(argument is None for argument in arguments):
        return None
    if name == "clamp" and len(arguments) != 3 or not arguments:
        raise _CalcInvalid
    if all(set(argument) <= {""} for argument in arguments):
        values = [argument.get("", 0.0) for argument in arguments]
        if name == "min":
            return {"": min(values)}
        if name == "max":
            return {"": max(values)}
        return {"": max(values[0], min(values[1], values[2]))}
    if all(set(argument) <= {"number"} for argument in arguments):
        values = [argument.get("number", 0.0) for argument in arguments]
        chosen = min(values) if name == "min" else max(values) if name == "max" else max(
            values[0], min(values[1], values[2]))
        return {"number": chosen}
    return None  # min()/max() of a viewport length and a fixed one: depends on the viewport


def _calc_sum(tokens, context):
    if not tokens:
        raise _CalcInvalid
    total: dict = {}
    sign = 1.0
    expect_term = True
    index = 0
    term_tokens: list = []
    terms: list[tuple[float, list]] = []
    while index < len(tokens):
        token = tokens[index]
        if token.type == "literal" and token.value in "+-" and not expect_term and len(token.value) == 1:
            terms.append((sign, term_tokens))
            sign = 1.0 if token.value == "+" else -1.0
            term_tokens = []
            expect_term = True
        else:
            term_tokens.append(token)
            expect_term = token.type == "literal" and token.value in "*/"
        index += 1
    terms.append((sign, term_tokens))
    for sign, term in terms:
        value = _calc_product(term, context)
        if value is None:
            return None
        for unit, coefficient in value.items():
            total[unit] = total.get(unit, 0.0) + sign * coefficient
    return total


def _calc_product(tokens, context):
    if not tokens:
        raise _CalcInvalid
    result = _calc_value(tokens[0], context)
    index = 1
    while index < len(tokens):
        operator = tokens[index]
        if operator.type != "literal" or operator.value not in "*/" or index + 1 >= len(tokens):
            raise _CalcInvalid
        operand = _calc_value(tokens[index + 1], context)
        if result is None or operand is None:
            result = None
        elif operator.value == "*":
            if set(operand) == {"number"}:
                result = {unit: value * operand["number"] for unit, value in result.items()}
            elif set(result) == {"number"}:
                result = {unit: value * result["number"] for unit, value in operand.items()}
            else:
                raise _CalcInvalid
        else:
            if set(operand) != {"number"}:
                raise _CalcInvalid
            result = {unit: value / operand["number"] for unit, value in result.items()}
        index += 2
    return result


def _calc_value(token, context):
    kind = token.type
    if kind == "number":
        return {"number": float(token.value)}
    if kind == "() block":
        return _calc_sum(significant(token.content), context)
    if kind == "function":
        if token.lower_name in ("calc", "min", "max", "clamp", "-webkit-calc", "-moz-calc"):
            return _calc_function(token, context)
        if token.lower_name in ("var", "env", "attr"):
            raise _CalcUnknown
        raise _CalcUnknown  # round(), mod(), sin()...: valid maybe, not computed here
    if kind == "dimension" and token.lower_unit in VIEWPORT_UNITS:
        return {token.lower_unit: float(token.value)}
    if kind == "percentage" and (context.percent is None or context.percent == "unresolved"):
        if context.percent is None:
            raise _CalcInvalid
        return {"%": float(token.value)}
    if kind in ("dimension", "percentage"):
        value = length(token, context)
        if value is UNKNOWN:
            raise _CalcUnknown
        if value is INVALID:
            raise _CalcInvalid
        if isinstance(value, Unresolved):
            return {"vw" if value.viewport_only else "?": 1.0} if value.viewport else {"?": 1.0}
        return {"": value}
    if kind == "ident" and token.lower_value in ("e", "pi", "infinity", "-infinity", "nan"):
        constants = {"e": math.e, "pi": math.pi, "infinity": math.inf, "-infinity": -math.inf, "nan": math.nan}
        return {"number": constants[token.lower_value]}
    raise _CalcInvalid


def number_token(token):
    """A plain number token's value, or None."""
    return float(token.value) if token.type == "number" else None


__all__ = [
    "UNKNOWN", "INVALID", "Unresolved", "Number", "is_unknown", "parse_color", "color_from_tokens",
    "legacy_color", "NAMED_COLORS", "TRANSPARENT", "BLACK", "CURRENT_COLOR", "LengthContext", "length", "calc",
    "serialize", "significant", "strip", "split_on_commas", "contains_function", "token_depth",
]
