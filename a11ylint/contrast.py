"""Text colour contrast from the CSS cascade, shared by CLR001 (1.4.3) and CLR002 (1.4.6).

For an element with visible text, the colour of the text pixels and of the background pixels right behind
them is worked out by painting, from the element up to the root, each element's ``background-color`` (and
the colour stops of a gradient ``background-image``), applying ``opacity`` as a group, and finally the
white canvas. Colours are kept premultiplied, as compositing is done. Gradients give several candidate
backgrounds (the stops, and points between them); the contrast is then a range.

The analysis gives up (the rule asks for review) when the pixels behind the text cannot be known: a
``url()`` background image, an absolutely positioned or fixed box with no opaque background of its own (it
may sit over anything), ``filter``/``mix-blend-mode``/``backdrop-filter``, ``background-clip: text``,
text shadows and strokes, or a value the cascade cannot decide.
"""

from __future__ import annotations

import tinycss2

from a11ylint.css import UNKNOWN, parse_color
from a11ylint.dom import is_html, on_self_or_ancestor
from a11ylint.focus import is_disabled

from .rule import Fail, Review, Text
from .textstyle import TEXT_ELEMENTS, declared_properties, is_number, maybe_declared, own_text, text_elements

# Elements with text, plus what puts text where a static linter cannot see it: inline scripts that attach a
# shadow root, and declarative shadow roots (template content is inert for the linter, rendered by browsers).
SELECTOR_SHADOW = "xpath://script[contains(., 'attachShadow')] | //template[@shadowrootmode or @shadowroot]"
SELECTOR = TEXT_ELEMENTS + " | " + SELECTOR_SHADOW[len("xpath:"):]

WHITE = (255.0, 255.0, 255.0, 1.0)
_CONTROL_BACKGROUNDS = {
    # The browsers' "ButtonFace" (Chrome, Firefox) and "Field" colours, when the author sets no background.
    "button": ((239.0, 239.0, 239.0, 1.0), (233.0, 233.0, 237.0, 1.0)),
    "input": (WHITE,),
    "textarea": (WHITE,),
    "select": (WHITE, (239.0, 239.0, 239.0, 1.0)),
}
_GRADIENTS = frozenset(("linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient",
                        "repeating-radial-gradient", "repeating-conic-gradient", "-webkit-linear-gradient",
                        "-moz-linear-gradient", "-o-linear-gradient", "-ms-linear-gradient",
                        "-webkit-radial-gradient", "-moz-radial-gradient"))
_IE_FILTERS = ("progid:", "alpha(", "gray", "chroma(", "dropshadow(", "shadow(", "glow(")  # ignored by browsers
_MAX_CANDIDATES = 64
_SAMPLES = 4  # points between two gradient stops, besides the stops
_DISABLEABLE = frozenset(("button", "input", "select", "textarea", "fieldset", "optgroup", "option"))


class Analysis:
    """The contrast of one element's text: ``ratios`` (min, max) or a ``review`` reason."""

    __slots__ = ("ratios", "review", "large", "foreground", "background", "uncertain", "icon", "cause")

    def __init__(self, ratios=None, review=None, large=None, foreground="", background="", uncertain=False,
                 icon=False, cause=None):
        self.cause = cause  # for a review: the element whose style makes the contrast unknown
        self.ratios = ratios
        self.review = review
        self.large = large
        self.foreground = foreground
        self.background = background
        self.uncertain = uncertain
        self.icon = icon


# --- colour arithmetic ------------------------------------------------------------------------------------


def _premultiply(color):
    r, g, b, a = color
    return (r * a, g * a, b * a, a)


def _over(top, bottom):
    k = 1 - top[3]
    return (top[0] + bottom[0] * k, top[1] + bottom[1] * k, top[2] + bottom[2] * k, top[3] + bottom[3] * k)


def _fade(color, opacity):
    return (color[0] * opacity, color[1] * opacity, color[2] * opacity, color[3] * opacity)


def _channel(value: float) -> float:
    value = min(max(value / 255, 0.0), 1.0)
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color) -> float:
    """WCAG relative luminance of an opaque (r, g, b) colour with 0-255 channels."""
    return 0.2126 * _channel(color[0]) + 0.7152 * _channel(color[1]) + 0.0722 * _channel(color[2])


def contrast(first, second) -> float:
    key = (first, second)
    ratio = _RATIOS.get(key)
    if ratio is None:
        light, dark = sorted((luminance(first), luminance(second)), reverse=True)
        ratio = (light + 0.05) / (dark + 0.05)
        if len(_RATIOS) > 10_000:  # a page has a few dozen colour pairs; a batch must not grow without end
            _RATIOS.clear()
        _RATIOS[key] = ratio
    return ratio


_RATIOS: dict = {}


def hex_color(color) -> str:
    text = _HEX.get(color)
    if text is None:
        text = "#" + "".join(f"{int(round(min(max(channel, 0), 255))):02x}" for channel in color[:3])
        if len(_HEX) > 10_000:
            _HEX.clear()
        _HEX[color] = text
    return text


_HEX: dict = {}


# --- backgrounds --------------------------------------------------------------------------------------------


def gradient_colors(text: str):
    """The colours a gradient background image can show (stops and points between them), straight RGBA;
    None when the image is not a single gradient of known colours."""
    try:
        values = [token for token in tinycss2.parse_component_value_list(text)
                  if token.type not in ("whitespace", "comment")]
    except Exception:  # noqa: BLE001
        return None
    if len(values) != 1 or values[0].type != "function" or values[0].lower_name not in _GRADIENTS:
        return None
    arguments = []
    current: list = []
    for token in values[0].arguments:
        if token.type == "literal" and token.value == ",":
            arguments.append(current)
            current = []
        elif token.type not in ("whitespace", "comment"):
            current.append(token)
    arguments.append(current)
    stops = []
    for index, argument in enumerate(arguments):
        colors = []
        for token in argument:
            if token.type in ("ident", "hash", "function"):
                color = parse_color(tinycss2.serialize([token]))
                if color is not UNKNOWN:
                    colors.append(color)
                elif token.type == "function" and token.lower_name not in ("calc", "min", "max", "clamp"):
                    return None  # var(), lab() and other colours not computed
                elif token.type == "hash":
                    return None
        if len(colors) > 1:
            return None
        if colors:
            stops.append(colors[0])
        elif index > 0 and any(token.type == "ident" for token in argument):
            return None  # an unknown colour word (a system colour...)
    if not stops:
        return None
    samples = [stops[0]]
    for first, second in zip(stops, stops[1:]):
        one, two = _premultiply(first), _premultiply(second)
        for step in range(1, _SAMPLES + 1):
            t = step / (_SAMPLES + 1)
            mixed = tuple(a + (b - a) * t for a, b in zip(one, two))
            alpha = mixed[3]
            samples.append((mixed[0] / alpha, mixed[1] / alpha, mixed[2] / alpha, alpha) if alpha else
                           (0.0, 0.0, 0.0, 0.0))
        samples.append(second)
    unique = []
    for color in samples:
        if color not in unique:
            unique.append(color)
    return unique


class _Layer:
    __slots__ = ("backgrounds", "opacity", "problem", "positioned", "background_problem", "clear")

    def __init__(self, backgrounds, opacity, problem, positioned, background_problem):
        self.backgrounds = backgrounds          # premultiplied colours, one per candidate
        self.opacity = opacity
        self.problem = problem                  # a reason to give up whatever is painted below
        self.positioned = positioned
        self.background_problem = background_problem  # a reason to give up unless covered from above
        # one fully transparent background: compositing over it changes nothing (most ancestors)
        self.clear = len(backgrounds) == 1 and backgrounds[0][3] == 0


def _layer(node, ctx, declared) -> _Layer:
    styles = ctx.styles
    problem = None
    background_problem = None
    for prop in ("filter", "mix-blend-mode", "backdrop-filter"):
        if not declared[prop]:
            continue
        value = styles.value(node, prop)
        if value is UNKNOWN:
            problem = problem or f"{prop} may apply"
        elif isinstance(value, str) and value.strip().lower() not in ("none", "normal", "") and not (
                prop == "filter" and value.strip().lower().startswith(_IE_FILTERS)):
            problem = problem or f"{prop}: {value}"
    opacity = styles.value(node, "opacity") if declared["opacity"] else 1.0
    if not is_number(opacity):
        problem = problem or "opacity is unknown"
        opacity = 1.0
    color = styles.value(node, "background-color")
    tag = node.tag if is_html(node) else None
    if color is UNKNOWN or not isinstance(color, tuple):
        background_problem = "background colour is unknown"
        colors = [(0.0, 0.0, 0.0, 0.0)]
    elif tag in _CONTROL_BACKGROUNDS and color[3] == 0 and styles.cascaded(node, "background-color") is None:
        colors = list(_CONTROL_BACKGROUNDS[tag])
    else:
        colors = [color]
    backgrounds = [_premultiply(color) for color in colors]
    image = (styles.value(node, "background-image")
             if declared["background-image"] or node.get("background") is not None else "none")
    if image is UNKNOWN:
        background_problem = background_problem or "background image is unknown"
    elif isinstance(image, str) and image != "none":
        stops = gradient_colors(image)
        if stops is None:
            background_problem = background_problem or f"background image {image[:60]}"
        else:
            backgrounds = [_over(_premultiply(stop), base) for base in backgrounds for stop in stops]
    position = styles.value(node, "position") if declared["position"] else "static"
    positioned = position is UNKNOWN or position in ("absolute", "fixed")
    if backgrounds == _NO_BACKGROUND and opacity == 1 and not (problem or background_problem or positioned):
        return _PLAIN
    return _Layer(backgrounds, float(opacity), problem, positioned, background_problem)


_NO_BACKGROUND = [(0.0, 0.0, 0.0, 0.0)]
# A box that paints nothing and changes nothing painted under it: most elements of a page.
_PLAIN = _Layer(_NO_BACKGROUND, 1.0, None, False, None)


# --- disabled widgets and their labels ---------------------------------------------------------------------


def _disabled_labels(ctx) -> set:
    """Labels (``<label>`` and ``aria-labelledby`` targets) of disabled widgets."""
    cache = ctx.memo("contrast-disabled-labels")
    found = cache.get("set")
    if found is not None:
        return found
    found = set()
    ids = ctx.ids()
    for label in ctx.select("label"):
        control = None
        target = label.get("for")
        if target is not None:
            control = (ids.get(target) or [None])[0]
        else:
            control = next((node for node in label.iterdescendants("input", "select", "textarea", "button")), None)
        if control is not None and _widget_disabled(control):
            found.add(label)
    for element in ctx.select("[aria-labelledby]"):
        if _widget_disabled(element):
            for reference in (element.get("aria-labelledby") or "").split():
                target = (ids.get(reference) or [None])[0]
                if target is not None:
                    found.add(target)
    cache["set"] = found
    return found


def _widget_disabled(element) -> bool:
    if is_disabled(element):
        return True
    node = element
    while node is not None and isinstance(node.tag, str):
        if (node.get("aria-disabled") or "").strip().lower() == "true":
            return True
        node = node.getparent()
    return False


def _disabled_test(ctx):
    """A test for "this element is disabled or labels a disabled widget"; None when the page disables
    nothing (no ``disabled`` or ``aria-disabled`` attribute anywhere)."""
    if not ctx.select("[disabled]") and not ctx.select("[aria-disabled]"):
        return None
    labels = _disabled_labels(ctx)

    def disabled(node) -> bool:
        return (node.get("aria-disabled") or "").strip().lower() == "true" or node in labels or \
            node.tag in _DISABLEABLE and is_disabled(node)

    return disabled


class _Page:
    """What the analysis of every text element of one page shares: the layers of the boxes, which elements
    have a disabled, unsettling (filter, opacity) or non-plain box on themselves or an ancestor, and the
    analyses of the colour pairs met so far."""

    __slots__ = ("ctx", "declared", "text_elements", "layers", "disabled", "on_canvas", "_disabled_memo",
                 "_unsettled_memo", "_busy_memo")

    def __init__(self, ctx):
        self.ctx = ctx
        self.declared = declared_properties(ctx)
        self.text_elements = set(text_elements(ctx))
        self.layers: dict = {}
        self.disabled = _disabled_test(ctx)
        self.on_canvas: dict = {}  # analyses by (colour candidates, large, uncertain, icon)
        self._disabled_memo: dict = {}
        self._unsettled_memo: dict = {}
        self._busy_memo: dict = {}

    def layer(self, node) -> _Layer:
        layer = self.layers.get(node)
        if layer is None:
            layer = self.layers[node] = _layer(node, self.ctx, self.declared)
        return layer

    def in_disabled(self, element) -> bool:
        return self.disabled is not None and on_self_or_ancestor(element, self._disabled_memo, self.disabled)

    def settled(self, node) -> bool:
        """Whether no layer from ``node`` up to the root has a problem or an opacity below 1."""
        return not on_self_or_ancestor(node, self._unsettled_memo, self._unsettling)

    def _unsettling(self, node) -> bool:
        layer = self.layer(node)
        return bool(layer.problem) or layer.opacity < 1

    def plain_to_root(self, node) -> bool:
        """Whether every box from ``node`` up to the root is plain: going on up would change nothing."""
        return not on_self_or_ancestor(node, self._busy_memo, self._busy)

    def _busy(self, node) -> bool:
        return self.layer(node) is not _PLAIN


def _page(ctx) -> _Page:
    cache = ctx.memo("contrast-page")
    page = cache.get("page")
    if page is None:
        page = cache["page"] = _Page(ctx)
    return page


def _icon_text(element, text: str) -> bool:
    """A single letter or symbol inside a control named by aria-label: an icon, not text ("X" for close)."""
    letters = "".join(text.split())
    if len(letters) != 1:
        return False
    node = element
    for _ in range(3):
        if node is None or not isinstance(node.tag, str):
            break
        if node.get("aria-label") or node.get("aria-labelledby"):
            return True
        node = node.getparent()
    return False


_TEXT_EFFECTS = ("text-shadow", "-webkit-text-stroke", "-webkit-text-stroke-width", "background-clip",
                 "-webkit-background-clip")


def _text_effects(element, ctx) -> str | None:
    """Why the text's own drawing cannot be judged from its colour: shadows, strokes, clipped backgrounds."""
    styles = ctx.styles
    declared = declared_properties(ctx)
    for prop in _TEXT_EFFECTS:
        if not declared[prop]:
            continue
        value = styles.value(element, prop)
        if value is UNKNOWN:
            return f"{prop} may apply"
        if not isinstance(value, str):
            continue
        text = value.strip().lower()
        if prop == "text-shadow" and text != "none" or prop.startswith("-webkit-text-stroke") and \
                not text.startswith("0") or prop.endswith("background-clip") and "text" in text.split():
            return f"{prop}: {value}"
    return None


# --- the analysis -------------------------------------------------------------------------------------------


def analyse(element, ctx) -> Analysis | None:
    """The contrast of the element's own text; None when the rules do not apply to it."""
    memo = ctx.memo("contrast")
    if element in memo:
        return memo[element]
    result = _analyse(element, ctx)
    memo[element] = result
    return result


def _analyse(element, ctx) -> Analysis | None:
    page = _page(ctx)
    if element not in page.text_elements or page.in_disabled(element):
        return None
    styles = ctx.styles
    uncertain = bool(styles.unknown_sources)
    icon = _icon_text(element, own_text(element))
    size = styles.value(element, "font-size")
    weight = styles.value(element, "font-weight")
    if is_number(size):
        bold = weight >= 700 if is_number(weight) else None
        if size >= 24:
            large = True
        elif size >= 18.66 and bold is not False:
            large = True if bold else None
        else:
            large = False
    else:
        large = None
    foreground = styles.value(element, "color")
    if not isinstance(foreground, tuple):
        return Analysis(review="the text colour is unknown", large=large, uncertain=uncertain, icon=icon,
                        cause=_color_origin(element, ctx))
    problem = _text_effects(element, ctx)
    if problem is not None:
        return Analysis(review=problem, large=large, uncertain=uncertain, icon=icon, cause=element)
    fill = styles.value(element, "-webkit-text-fill-color") if maybe_declared(ctx, "-webkit-text-fill-color") \
        else None
    if isinstance(fill, str) and fill.strip().lower() != "currentcolor":
        fill = parse_color(fill, current_color=foreground)
        if not isinstance(fill, tuple):
            return Analysis(review="-webkit-text-fill-color is unknown", large=large, uncertain=uncertain,
                            icon=icon, cause=element)
        foreground = fill
    candidates = [(_premultiply(foreground), (0.0, 0.0, 0.0, 0.0))]
    opaque = False  # whether every candidate background is opaque; kept up to date as candidates change
    node = element
    while node is not None and isinstance(node.tag, str):
        if page.plain_to_root(node):
            break  # from here up, no box paints or changes anything
        if opaque and page.settled(node):
            break  # nothing above changes opaque colours: no filter, no opacity, no unknowns
        layer = page.layer(node)
        if layer.problem:
            return Analysis(review=layer.problem, large=large, uncertain=uncertain, icon=icon, cause=node)
        if not opaque:
            if layer.background_problem:
                return Analysis(review=layer.background_problem, large=large, uncertain=uncertain, icon=icon,
                                cause=node)
            if not layer.clear:
                candidates = [(_over(text, color), _over(background, color))
                              for text, background in candidates for color in layer.backgrounds]
                if len(candidates) > _MAX_CANDIDATES:
                    return Analysis(review="too many background colours", large=large, uncertain=uncertain,
                                    icon=icon, cause=node)
                opaque = _all_opaque(candidates)
        if layer.opacity < 1:
            candidates = [(_fade(text, layer.opacity), _fade(background, layer.opacity))
                          for text, background in candidates]
            opaque = _all_opaque(candidates)
        if layer.positioned and not opaque:
            return Analysis(review="the text sits in a positioned box over content the linter cannot see",
                            large=large, uncertain=uncertain, icon=icon, cause=node)
        node = node.getparent()
    # Texts of one colour on one background give one analysis: a page has a few dozen such pairs.
    key = (tuple(candidates), large, uncertain, icon)
    analysis = page.on_canvas.get(key)
    if analysis is None:
        analysis = page.on_canvas[key] = _on_canvas(candidates, large, uncertain, icon)
    return analysis


def _on_canvas(candidates, large, uncertain, icon) -> Analysis:
    """The analysis of text and background colour candidates once painted over the white canvas."""
    ratios = []
    worst = None
    for text, background in candidates:
        text_pixel = _over(text, WHITE)
        background_pixel = _over(background, WHITE)
        ratio = contrast(text_pixel, background_pixel)
        ratios.append(ratio)
        if worst is None or ratio < worst[0]:
            worst = (ratio, text_pixel, background_pixel)
    _, text_pixel, background_pixel = worst
    return Analysis(ratios=(min(ratios), max(ratios)), large=large, foreground=hex_color(text_pixel),
                    background=hex_color(background_pixel), uncertain=uncertain, icon=icon)


def _all_opaque(candidates) -> bool:
    return all(background[3] >= 0.999 for _, background in candidates)


def _color_origin(element, ctx):
    """What makes the text colour unknown, to group reviews: the parent of the highest ancestor-or-self in
    the unbroken chain of elements whose colour is unknown (so a list of links styled under a media query
    is one review)."""
    styles = ctx.styles
    node = element
    parent = node.getparent()
    while parent is not None and isinstance(parent.tag, str) and styles.value(parent, "color") is UNKNOWN:
        node = parent
        parent = node.getparent()
    return parent if parent is not None else node


def verdict(analysis: Analysis, normal: float, large: float):
    """("fail"|"review"|None, data) for the thresholds of one rule."""
    if analysis.review is not None:
        return "review", {"reason": analysis.review}
    low, high = analysis.ratios
    if high < 1.01:
        return None, {}  # the text is the colour of its background: not visible, so not checked
    if analysis.large is True:
        required = large
    elif analysis.large is False:
        required = normal
    else:
        required = None
    data = {"ratio": _ratio(low) if low == high else f"{_ratio(low)}-{_ratio(high)}",
            "foreground": analysis.foreground, "background": analysis.background}
    if required is None:
        if high < large - 1e-9:
            required = large
        elif low >= normal - 1e-9:
            return None, {}
        else:
            data.update(required=f"{_ratio(large)}-{_ratio(normal)}")
            return "review-size", data
    data["required"] = _ratio(required)
    if low >= required - 1e-9:
        return None, {}
    if high < required - 1e-9:
        if analysis.uncertain or analysis.icon:
            return "review-fail", data
        return "fail", data
    return "review-range", data


def _ratio(value: float) -> str:
    return f"{int(value * 100) / 100:.2f}".rstrip("0").rstrip(".")


# --- outcomes shared by the AA and AAA contrast rules ---------------------------------------------------

CONTRAST_MESSAGES = {
    "fail": Text("Text contrast is {ratio}:1 ({foreground} on {background}); it must be at least {required}:1",
                 "文字对比度为 {ratio}:1（{background} 背景上的 {foreground} 文字），至少应为 {required}:1"),
    "review-fail": Text("Text contrast seems to be {ratio}:1 ({foreground} on {background}), below {required}:1, "
                        "for {count} element(s) from here on; check it (some styles could not be read, or the "
                        "text may be an icon)",
                        "自此处起 {count} 个元素的文字对比度似乎为 {ratio}:1（{background} 背景上的 {foreground} "
                        "文字），低于 {required}:1；请检查（部分样式无法读取，或该文字可能是图标）"),
    "review-range": Text("Text contrast is between {ratio}:1 on its background; check that it is at least "
                         "{required}:1 where the text is",
                         "文字对比度在 {ratio}:1 之间；请确认文字所在位置的对比度至少为 {required}:1"),
    "review-size": Text("Text contrast is {ratio}:1 ({foreground} on {background}) and the text size is unknown; "
                        "it needs {required}:1 (large or normal text)",
                        "文字对比度为 {ratio}:1（{background} 背景上的 {foreground} 文字），文字大小未知；"
                        "需要 {required}:1（大号或普通文字）"),
    "review": Text("Text contrast cannot be computed ({reason}) for {count} element(s) from here on; check it "
                   "with a contrast checker",
                   "无法计算自此处起 {count} 个元素的文字对比度（{reason}）；请用对比度检查工具人工检查"),
    "shadow-dom": Text("This {what} puts text in a shadow tree, which the linter cannot see; check the contrast "
                       "of that text in a browser",
                       "此{what_zh}将文字放入影子树（shadow DOM），检查工具无法读取；请在浏览器中检查这些文字的对比度"),
}


def contrast_outcome(element, ctx, normal: float, large: float):
    """The Fail or Review for one text element at the ``normal``/``large`` text ratios, or None."""
    if element.tag in ("script", "template"):
        if ctx.select(SELECTOR_SHADOW)[:1] != [element]:
            return None  # once per page
        if element.tag == "script":
            return Review("shadow-dom", what="script", what_zh="脚本")
        return Review("shadow-dom", what="declarative shadow root", what_zh="声明式影子根")
    analysis = analyse(element, ctx)
    if analysis is None:
        return None
    kind, data = verdict(analysis, normal, large)
    if kind is None:
        return None
    if kind == "fail":
        return Fail("fail", **data)
    if kind in ("review", "review-fail"):
        count = _review_groups(ctx, normal, large).get(element)
        if count is None:
            return None  # reported with the first element of its group
        data["count"] = count
    return Review(kind, **data)


def _review_groups(ctx, normal: float, large: float) -> dict:
    """{first element: count} for reviews that share a cause: one unknown background, colour or filter (the
    same element makes the contrast unknown), or one colour pair that seems to fail but may be changed by a
    style sheet that could not be read. Other findings are per element."""
    cache = ctx.memo(f"CLR-groups-{normal}-{large}")
    groups = cache.get("groups")
    if groups is None:
        groups = {}
        firsts: dict = {}
        for element in text_elements(ctx):
            analysis = analyse(element, ctx)
            if analysis is None:
                continue
            kind, data = verdict(analysis, normal, large)
            if kind == "review":
                key = (kind, analysis.review, analysis.cause)
            elif kind == "review-fail":
                key = (kind, data["foreground"], data["background"], data["required"], analysis.icon)
            else:
                continue
            first = firsts.get(key)
            if first is None:
                firsts[key] = element
                groups[element] = 1
            else:
                groups[first] += 1
        cache["groups"] = groups
    return groups
