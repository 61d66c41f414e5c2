"""Text-size controls on Chinese government pages: the 字体 大 中 小 widgets, A+ / A- buttons, handlers such
as ``doZoom(16)``, and the 无障碍 / 适老化 toolbars, found once per page for rule CN010.

A *widget* is a run of controls in document order with nothing but separators (spaces, brackets, bars)
between them: either after a label (``【字体：大 中 小】``), where any size word counts as a control, or
without a label, where the run needs a control that names itself (``A+``, ``字体放大``) or a handler that
changes the font size. The patterns live in ``rules/data/text-size.toml``.

What the markup can tell about a widget:

- whether each control can be reached and activated from the keyboard (a link with an href, a button, or a
  focusable element with a key handler);
- which function its ``onclick`` or ``javascript:`` href calls, with which arguments, and, when the function
  is defined in an inline script, which element ids it changes;
- which sizes literal arguments set (``doZoom(18)``, ``doZoom(16)``, ``doZoom(14)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from .data import load
from .dom import normalize_space
from .focus import in_tab_order
from .pageinfo import split_url

_SKIPPED = frozenset(("script", "style", "noscript", "template", "textarea", "select", "head", "title"))
_CLICKABLE_TAGS = frozenset(("a", "button", "input", "summary"))
_CLICKABLE_ROLES = frozenset(("button", "link", "menuitem", "tab", "switch", "radio", "checkbox", "option"))
_BUTTON_INPUTS = frozenset(("button", "submit", "reset", "image"))
_KEY_HANDLERS = ("onkeydown", "onkeyup", "onkeypress")
_CALL = re.compile(r"([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(([^()]*)\)")
_NUMBER = re.compile(r"^[+]?(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)?$", re.IGNORECASE)
_UNIT_IN_CODE = re.compile(r"""['"]\s*(px|pt|em|rem|%)\s*['"]""", re.IGNORECASE)
_GET_BY_ID = re.compile(r"""getElementById\s*\(\s*(?:(['"])([^'"]+)\1|([A-Za-z_$][\w$]*))\s*\)""")
_JQUERY_ID = re.compile(r"""(?:\$|jQuery)\s*\(\s*(['"])#([\w-]+)\1\s*\)""")
_FONT_NAMES = re.compile(r"宋体|仿宋|黑体|楷体|雅黑|隶书|GB2312", re.IGNORECASE)
# A document number ("政发〔2024〕1号"): what follows 字号 in a document's metadata table.
_DOCUMENT_NUMBER = re.compile(r"[〔\[［(（]\s*(?:19|20)\d\d\s*[〕\]］)）]|\d+\s*号")
_OPENING = "【〖[［(（"


@lru_cache(maxsize=None)
def patterns() -> dict:
    """The compiled patterns of ``rules/data/text-size.toml``."""
    data = load("text-size")
    compiled = {key: re.compile(value) for key, value in data.items()
                if isinstance(value, str) and key != "separators"}
    compiled["separators"] = data["separators"]
    return compiled


# --- handler calls -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """A function call in a handler: ``doZoom(16, 14)`` -> name "doZoom", args ("16", "14")."""

    name: str
    args: tuple[str, ...]

    def number(self, index: int) -> tuple[float, str] | None:
        """(value, unit) of a numeric literal argument (``16``, ``'14'``, ``"14px"``), else None."""
        if index >= len(self.args):
            return None
        match = _NUMBER.match(self.args[index].strip().strip("'\""))
        return (float(match.group(1)), (match.group(2) or "").lower()) if match else None

    def string(self, index: int) -> str | None:
        if index >= len(self.args):
            return None
        raw = self.args[index].strip()
        if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
            return raw[1:-1]
        return None


def is_size_function(name: str, extra: tuple[str, ...] = ()) -> bool:
    last = re.sub(r"\s+", "", name).split(".")[-1]
    return last in extra or bool(patterns()["size_function"].search(last))


# Click handlers of script frameworks that templates use for these widgets (avalon, Angular, Vue, Alpine).
_FRAMEWORK_CLICKS = ("ms-click", "ng-click", "data-ng-click", "v-on:click", "@click", "x-on:click")
_CLICK_ATTRIBUTES = ("onclick", *_FRAMEWORK_CLICKS)  # in the order their code runs
_HANDLER_ATTRIBUTES = frozenset((*_CLICK_ATTRIBUTES, "href"))


def handler_code(element) -> str:
    """The script an activation runs: ``onclick`` (or a framework's click attribute) and a ``javascript:``
    href."""
    names = element.keys()
    if _HANDLER_ATTRIBUTES.isdisjoint(names):
        return ""  # most elements: the survey asks every element of the body
    parts = [element.get(name) for name in _CLICK_ATTRIBUTES if name in names]
    href = (element.get("href") or "").strip()
    if href.lower().startswith("javascript:"):
        parts.append(href[len("javascript:"):])
    return " ; ".join(part for part in parts if part.strip())


def size_call(element, extra: tuple[str, ...] = ()) -> Call | None:
    """The first call in the element's handlers to a function that changes the text size."""
    for match in _CALL.finditer(handler_code(element)):
        name = re.sub(r"\s+", "", match.group(1))
        if is_size_function(name, extra):
            args = tuple(arg.strip() for arg in match.group(2).split(",")) if match.group(2).strip() else ()
            return Call(name, args)
    return None


# --- controls and widgets ----------------------------------------------------------------------------


def is_clickable(element) -> bool:
    if element.tag in _CLICKABLE_TAGS:
        return element.tag != "input" or (element.get("type") or "").strip().lower() in _BUTTON_INPUTS
    if any(name in _CLICK_ATTRIBUTES for name in element.keys()):
        return True
    return (element.get("role") or "").strip().lower() in _CLICKABLE_ROLES


def keyboard_operable(element) -> bool:
    """A link with an href, a button, or a focusable element with a key handler or a widget role."""
    if element.tag == "a":
        if element.get("href") is not None:
            return True
    elif element.tag in ("button", "summary") or (
            element.tag == "input" and (element.get("type") or "").strip().lower() in _BUTTON_INPUTS):
        return True
    if not in_tab_order(element):
        return False
    return (any(element.get(attribute) for attribute in _KEY_HANDLERS)
            or (element.get("role") or "").strip().lower() in _CLICKABLE_ROLES)


def describe_tag(element) -> str:
    """How a control is written, for messages: ``<span>``, ``<a> without href``."""
    if element.tag == "a" and element.get("href") is None:
        return "<a> without href"
    return f"<{element.tag}>"


def describe_tag_zh(element) -> str:
    if element.tag == "a" and element.get("href") is None:
        return "无 href 的 <a>"
    return f"<{element.tag}>"


@dataclass
class Control:
    element: object
    text: str
    call: Call | None

    @property
    def operable(self) -> bool:
        return keyboard_operable(self.element)


@dataclass
class Widget:
    """A text-size widget: its label ("" when the controls name themselves), where the label is, and its
    controls in document order."""

    label: str
    anchor: object  # the element holding the label, or the first control
    controls: list[Control] = field(default_factory=list)
    plain: str = ""  # size words written as plain text after the label (no element of their own)
    following: str = ""  # for a label without controls: the text that comes after it instead


@dataclass
class Toolbar:
    scripts: list  # <script> elements that load a 无障碍 toolbar
    launchers: list[Control]  # elements that open it (无障碍, 长者助手, aria.start())
    mentions_script: bool  # an inline script names a toolbar script (loaded dynamically)


@dataclass
class Survey:
    widgets: list[Widget]
    toolbar: Toolbar


def survey(ctx, extra_functions: tuple[str, ...] = ()) -> Survey:
    """The text-size widgets, toolbar and care-mode entries of the page (computed once per page)."""
    memo = ctx.memo("a11ylint.textsize")
    key = tuple(extra_functions)
    if key not in memo:
        memo[key] = _survey(ctx, key)
    return memo[key]


def _body(ctx):
    bodies = ctx.select("body")
    return bodies[0] if bodies else ctx.root


def _segments(ctx) -> list[tuple[object, str]]:
    """(element, text) for every run of text in the body in document order: an element's own text, then
    each child's tail (owned by the element). Images, image-map areas and button inputs contribute their
    alt or value.
    Scripts, styles and form fields are skipped; so are elements hidden by a ``hidden`` attribute or an
    inline style (the full cascade is consulted later, for widgets only)."""
    body = _body(ctx)
    found: list[tuple[object, str]] = []
    stack = [iter([body])]
    open_elements: list = []
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            if open_elements:
                closed = open_elements.pop()
                if closed is not body and closed.tail and closed.tail.strip():
                    found.append((closed.getparent(), closed.tail))
            continue
        if not isinstance(node.tag, str):  # a comment: only its tail is text
            if node.tail and node.tail.strip() and node.getparent() is not None:
                found.append((node.getparent(), node.tail))
            continue
        # _SKIPPED holds template: the walk never enters one, so it needs no in_template question per node.
        if node.tag in _SKIPPED or node.get("hidden") is not None:
            if node is not body and node.tail and node.tail.strip():
                found.append((node.getparent(), node.tail))
            continue
        if node.text and node.text.strip():
            found.append((node, node.text))
        elif node.tag in ("img", "area") and (node.get("alt") or "").strip():
            found.append((node, node.get("alt")))
        elif node.tag == "input" and (node.get("type") or "").strip().lower() in _BUTTON_INPUTS:
            value = node.get("value") or node.get("alt") or ""
            if value.strip():
                found.append((node, value))
        open_elements.append(node)
        stack.append(iter(node))
    return found


def _strip(text: str) -> str:
    separators = patterns()["separators"]
    return normalize_space(text).strip(separators).replace(" ", "")


def _words(text: str) -> list[str]:
    """Size words written as plain text: "大 中 小" -> ["大", "中", "小"]."""
    separators = patterns()["separators"]
    pieces = re.split("[" + re.escape(separators) + "]+", text)
    return [piece for piece in pieces if piece]


def _is_size_word(text: str, strong_only: bool = False) -> bool:
    compiled = patterns()
    if compiled["strong_control"].match(text):
        return True
    return not strong_only and bool(compiled["weak_control"].match(text))


def _control_element(owner, body, stop=frozenset(), limit: int = 3):
    """The element a click on ``owner``'s text activates: the nearest clickable element among the owner
    and its closest ancestors (not above the widget's label, in ``stop``), else the owner itself."""
    node = owner
    for _ in range(limit + 1):
        if node is None or node is body or node.tag in ("html", "body") or node in stop:
            break
        if is_clickable(node):
            return node
        node = node.getparent()
    return owner


def _survey(ctx, extra: tuple[str, ...]) -> Survey:
    compiled = patterns()
    body = _body(ctx)
    segments = _segments(ctx)
    widgets: list[Widget] = []
    used: set = set()
    index = 0
    while index < len(segments):
        owner, text = segments[index]
        label = compiled["label"].search(text)
        if label is not None and owner not in used:
            widget, index = _labelled_widget(segments, index, label, body, extra)
            if widget is not None:
                widgets.append(widget)
                used.update(control.element for control in widget.controls)
            continue
        element = _control_element(owner, body)
        stripped = _strip(text)
        if (element not in used and is_clickable(element) and _is_size_word(stripped)
                and (_is_size_word(stripped, strong_only=True) or _text_size_call(element, extra))):
            widget, index = _unlabelled_widget(segments, index, body, extra)
            if widget is not None:
                widgets.append(widget)
                used.update(control.element for control in widget.controls)
            continue
        index += 1
    widgets.extend(_handler_widgets(ctx, body, used, extra))
    widgets.sort(key=lambda widget: ctx.document.offset(widget.anchor))
    widgets = [widget for widget in widgets if not _widget_invisible(widget, ctx)]
    return Survey(widgets, _toolbar(ctx, extra))


def _handler_widgets(ctx, body, used: set, extra) -> list[Widget]:
    """Controls found by their handler alone — icons without text (``<span ms-click="addFontSize()">``),
    or words the patterns do not know — grouped by their grandparent. A function whose name only says
    "zoom" must get a literal size, since image and map viewers have zoom functions too."""
    grouped: dict = {}
    for element in body.iter():
        if not isinstance(element.tag, str) or element in used:
            continue
        call = _text_size_call(element, extra)
        if call is None or ctx.in_template(element):
            continue
        if any(ancestor in used for ancestor in element.iterancestors()):
            continue
        name = normalize_space(ctx.accessible_name(element) or ctx.text(element))
        control = Control(element, name or f"{call.name}()", call)
        parent = element.getparent()
        key = parent.getparent() if parent is not None and parent.getparent() is not None else parent
        grouped.setdefault(key, []).append(control)
    return [Widget("", controls[0].element, controls) for controls in grouped.values()]


def _text_size_call(element, extra) -> Call | None:
    """The element's size call when it surely changes the text size without a label to say so: the
    function's name says font or size, or it gets a literal size (``doZoom(16)``, not ``zoomImage(this)``)."""
    call = size_call(element, extra)
    if call is None or not (_names_font_size(call.name, extra) or call.number(0)):
        return None
    return call


def _names_font_size(name: str, extra) -> bool:
    last = re.sub(r"\s+", "", name).split(".")[-1]
    return last in extra or bool(re.search(r"(?i)font|size|^(?:change|set)?fs", last))


def _labelled_widget(segments, index, label, body, extra):
    """The widget whose label starts in ``segments[index]``; returns (widget or None, next index)."""
    owner, text = segments[index]
    before = text[:label.start()].rstrip()
    after = text[label.end():]
    plain_words = _words(after)
    label_text = normalize_space(text[label.start():label.end()])
    if before.endswith(tuple(_OPENING)):
        label_text = before[-1] + label_text  # 【字体：
    widget = Widget(label_text, owner)
    stop = {owner, *owner.iterancestors()}
    if plain_words:
        if all(_is_size_word(word) for word in plain_words):
            widget.plain = " ".join(plain_words)  # 字体：大 中 小 in plain text, maybe followed by controls
        else:
            # Other text follows the label in the same run ("【字体: 来源:…"): no controls follow.
            if not _looks_like_widget_label(before, after):
                return None, index + 1
            widget.following = _clip(after)
            return widget, index + 1
    position = index + 1
    while position < len(segments):
        seg_owner, seg_text = segments[position]
        stripped = _strip(seg_text)
        if not stripped:
            position += 1
            continue
        element = _control_element(seg_owner, body, stop)
        if element is owner or not _is_size_word(stripped):
            # Text that is not a size word, or plain text of the label's own element: merge runs split by
            # inline markup (A<sup>+</sup>) before giving up.
            if element is owner and all(_is_size_word(word) for word in _words(seg_text)):
                widget.plain = normalize_space(f"{widget.plain} {seg_text}")
                position += 1
                continue
            merged = _merge_split(segments, position, body, widget, stop)
            if merged is not None:
                position = merged
                continue
            if not widget.controls:
                widget.following = _clip(seg_text)
            break
        if widget.controls and widget.controls[-1].element is element:
            widget.controls[-1].text += stripped
        else:
            widget.controls.append(Control(element, stripped, size_call(element, extra)))
        position += 1
    if not widget.controls and not _looks_like_widget_label(before, widget.following or after):
        return None, index + 1
    return widget, max(position, index + 1)


def _merge_split(segments, position, body, widget, stop):
    """A control split over two runs (``<a>A<sup>+</sup></a>``): add the piece to the last control."""
    if not widget.controls:
        return None
    seg_owner, seg_text = segments[position]
    element = _control_element(seg_owner, body, stop)
    last = widget.controls[-1]
    if element is last.element and _is_size_word(last.text + _strip(seg_text)):
        last.text += _strip(seg_text)
        return position + 1
    return None


def _clip(text: str, length: int = 16) -> str:
    text = normalize_space(text).strip(patterns()["separators"])
    return text if len(text) <= length else text[:length].rstrip() + "…"


def _looks_like_widget_label(before: str, after: str) -> bool:
    """A label that stands as a widget's label even with no controls after it: it opens a bracket
    (``【字体：``) or fills its element (``<i>字体：</i>``), and what follows is no font name (``字体：仿宋``)
    and no document number (``字号：政发〔2024〕1号``)."""
    if _FONT_NAMES.match(after.strip()) or _DOCUMENT_NUMBER.search(after):
        return False
    return before.endswith(tuple(_OPENING)) or not before.strip(patterns()["separators"])


def _unlabelled_widget(segments, index, body, extra):
    widget = None
    position = index
    while position < len(segments):
        seg_owner, seg_text = segments[position]
        stripped = _strip(seg_text)
        if not stripped:
            position += 1
            continue
        element = _control_element(seg_owner, body)
        if widget is not None and widget.controls[-1].element is element:
            if _is_size_word(widget.controls[-1].text + stripped):
                widget.controls[-1].text += stripped
                position += 1
                continue
            break
        if not (is_clickable(element) and _is_size_word(stripped)):
            break
        control = Control(element, stripped, size_call(element, extra))
        if widget is None:
            widget = Widget("", element, [control])
        else:
            widget.controls.append(control)
        position += 1
    if widget is None:
        return None, index + 1
    if not any(_is_size_word(control.text, strong_only=True) or _text_size_call(control.element, extra)
               for control in widget.controls):
        return None, index + 1
    return widget, max(position, index + 1)


def _widget_invisible(widget: Widget, ctx) -> bool:
    if widget.controls:
        return all(ctx.is_invisible(control.element) for control in widget.controls)
    return ctx.is_invisible(widget.anchor)


# --- toolbars, care mode -----------------------------------------------------------------------------


def _toolbar(ctx, extra) -> Toolbar:
    compiled = patterns()
    scripts = []
    mentions = False
    for script in ctx.select("script"):
        source = (script.get("src") or "").strip()
        parts = split_url(source)
        address = (parts.path + ("?" + parts.query if parts.query else "")) if parts is not None else ""
        if address and compiled["toolbar_script"].search(address):
            scripts.append(script)
        elif not source and script.text and compiled["toolbar_script"].search(script.text):
            mentions = True
    launchers = []
    seen = set()
    for element in ctx.select("[onclick], a, button, span, li, [role=button]"):
        if element in seen:
            continue
        code = handler_code(element)
        calls_toolbar = bool(code and compiled["toolbar_call"].search(code))
        small = _has_at_most(element, 8)
        name = ctx.text(element) if small or calls_toolbar else ""
        named = bool(name) and len(name) <= 12 and bool(compiled["toolbar_name"].match(name.replace(" ", "")))
        if not calls_toolbar and not (named and _toolbar_entry_element(element)):
            continue
        seen.add(element)
        if ctx.is_invisible(element):
            continue
        launchers.append(Control(element, name or element.get("title") or "", None))
    # A launcher inside another (an <li> around the <a>): keep the innermost.
    launchers = [launcher for launcher in launchers
                 if not any(other is not launcher and any(ancestor is launcher.element
                                                          for ancestor in other.element.iterancestors())
                            for other in launchers)]
    return Toolbar(scripts, launchers, mentions)


def _toolbar_entry_element(element) -> bool:
    """An element named 无障碍 that acts as a button: a link or button, a handler, a widget role, or an
    id or class that toolbar scripts bind to (wza, aria, slh, assist, barrier)."""
    if is_clickable(element):
        return True
    hooks = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    return bool(re.search(r"wza|aria|slh|assist|barrier", hooks))


def care_entries(ctx) -> list:
    """Elements named like a care mode (关怀版, 长者助手) or a toolbar entry (无障碍浏览), clickable or not:
    evidence that the page offers enlargement through them, even when script wires them up."""
    memo = ctx.memo("a11ylint.textsize.care")
    if "value" not in memo:
        memo["value"] = _care_entries(ctx)
    return memo["value"]


def _care_entries(ctx) -> list:
    compiled = patterns()
    found = []
    for element in ctx.select("a, button, span, li, em, i, b, strong, p, div, [onclick], [role=button]"):
        if not _has_at_most(element, 4):
            continue
        name = (ctx.text(element) or normalize_space(element.get("title") or "")).replace(" ", "")
        if name and len(name) <= 12 and (compiled["care_name"].match(name) or compiled["toolbar_name"].match(name)):
            found.append(element)
    return found


def _has_at_most(element, count: int) -> bool:
    """True when the element and its descendants (comments included) number at most ``count``; stops
    counting there, since a list item may hold a whole menu."""
    return next(islice(element.iter(), count, None), None) is None


def toolbar_present(toolbar: Toolbar) -> bool:
    return bool(toolbar.scripts or toolbar.launchers or toolbar.mentions_script)


# --- what the handlers do ----------------------------------------------------------------------------


def inline_function(ctx, name: str) -> tuple[list[str], str] | None:
    """(parameter names, body) of a function defined in an inline script, or None."""
    memo = ctx.memo("a11ylint.textsize.functions")
    if name not in memo:
        memo[name] = _find_function(_inline_scripts(ctx), name)
    return memo[name]


def _inline_scripts(ctx) -> str:
    memo = ctx.memo("a11ylint.textsize.scripts")
    if "text" not in memo:
        memo["text"] = "\n;\n".join(script.text or "" for script in ctx.select("script")
                                   if not (script.get("src") or "").strip())
    return memo["text"]


def _find_function(code: str, name: str) -> tuple[list[str], str] | None:
    simple = re.escape(name.split(".")[-1])
    definition = re.compile(
        r"(?:\bfunction\s+" + simple + r"\s*\(([^)]*)\)|\b" + simple
        + r"\s*[:=]\s*function\s*\(([^)]*)\)|\b" + simple + r"\s*=\s*\(([^)]*)\)\s*=>)\s*\{")
    match = definition.search(code)
    if match is None:
        return None
    params = next((group for group in match.groups() if group is not None), "")
    depth = 0
    start = match.end() - 1
    for position in range(start, len(code)):
        char = code[position]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return [param.strip() for param in params.split(",") if param.strip()], code[start + 1:position]
    return [param.strip() for param in params.split(",") if param.strip()], code[start + 1:]


def target_ids(ctx, call: Call) -> tuple[list[str], str] | None:
    """The element ids a call's function changes (from ``getElementById`` and ``$('#id')`` in its inline
    definition, with parameters bound to the call's arguments), and the unit its sizes are written in;
    None when the function is not defined in an inline script."""
    found = inline_function(ctx, call.name)
    if found is None:
        return None
    params, body = found
    ids = []
    for match in _GET_BY_ID.finditer(body):
        if match.group(2):
            ids.append(match.group(2))
        elif match.group(3) in params:
            value = call.string(params.index(match.group(3)))
            if value:
                ids.append(value)
    ids.extend(match.group(2) for match in _JQUERY_ID.finditer(body))
    unit = _UNIT_IN_CODE.search(body)
    return list(dict.fromkeys(ids)), (unit.group(1).lower() if unit else "")


@dataclass(frozen=True)
class SizeSet:
    """The literal sizes a widget's controls set, and how far the largest goes beyond the default."""

    sizes: tuple[float, ...]  # in control order
    unit: str
    largest: float
    base: float
    base_label: str  # the control text of the default size ("中"), or "" when the base is the smallest

    @property
    def ratio(self) -> float:
        return self.largest / self.base


def literal_sizes(widget: Widget, ctx) -> SizeSet | None:
    """The sizes set by literal arguments, when every control calls the same function and exactly one
    argument position differs between them (``doZoom(16,14,14,16)`` … ``doZoom(16,14,14,12)``)."""
    calls = [control.call for control in widget.controls]
    if len(calls) < 2 or any(call is None for call in calls):
        return None
    if len({call.name for call in calls}) != 1 or len({len(call.args) for call in calls}) != 1:
        return None
    varying = []
    for position in range(len(calls[0].args)):
        values = [call.number(position) for call in calls]
        if any(value is None for value in values):
            continue
        if len({value[0] for value in values}) > 1:
            varying.append((position, values))
    if len(varying) != 1:
        return None
    position, values = varying[0]
    sizes = tuple(value[0] for value in values)
    if min(sizes) <= 0:
        return None
    unit = next((value[1] for value in values if value[1]), "")
    if not unit:
        targets = target_ids(ctx, calls[0])
        unit = targets[1] if targets else ""
    default_pattern = patterns()["default_control"]
    base, base_label = min(sizes), ""
    for control, size in zip(widget.controls, sizes):
        if default_pattern.match(control.text) and size < max(sizes):
            base, base_label = size, control.text
            break
    return SizeSet(sizes, unit, max(sizes), base, base_label)
