"""The style sources of a document, in cascade order, parsed into rules and declarations.

Sources: ``<style>`` elements (HTML or SVG; not inside ``<template>`` or ``<noscript>``; not with a ``media``
that cannot apply to a screen, nor a non-CSS ``type``), ``<link rel~=stylesheet>`` (not ``alternate``, not
``disabled``) through the caller's loader, and their ``@import`` rules (through the same loader, relative to
the importing sheet, depth-limited). ``style=""`` attributes are read per element by the resolver.

A source that cannot be read (no loader, the loader returns None or raises, an import too deep, a sheet over
the size cap, the rule cap reached) is an *unknown source*: it could set anything.
"""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes, urljoin

import tinycss2

from ..dom import SVG_NAMESPACE
from .media import ALWAYS, Media, evaluate_media, evaluate_media_text
from .selectors import Selector, plausible
from .shorthands import expand
from .values import serialize, split_on_commas, strip, token_depth


@dataclass(frozen=True)
class Limits:
    """Caps that keep hostile or huge CSS cheap. Past a cap, the rest is an unknown source."""

    max_sheet_chars: int = 2_000_000     # per style sheet
    max_rules: int = 50_000              # style rules per document
    max_selectors_per_rule: int = 512
    max_import_depth: int = 8
    max_nesting: int = 16                # @media/@supports/@layer/nested rules inside each other
    max_style_attribute_chars: int = 100_000


DEFAULT_LIMITS = Limits()


class Declaration:
    """One longhand declaration. Shorthands are expanded when parsed (``declared`` keeps the shorthand)."""

    __slots__ = ("property", "value", "text", "important", "declared", "unknown", "_computed")

    def __init__(self, property_, value, text, important, declared=None, unknown=False):
        self.property = property_        # lower-case (custom properties keep their case)
        self.value = value               # component values, stripped (None when unknown)
        self.text = text                 # the value as text
        self.important = important
        self.declared = declared or property_
        self.unknown = unknown           # the value cannot be known (var(), a shorthand not understood)
        self._computed = None            # per-declaration cache used by the resolver

    def __repr__(self) -> str:
        bang = " !important" if self.important else ""
        return f"<{self.property}: {self.text}{bang}>"


@dataclass(eq=False)
class StyleRule:
    """A style rule (its selector list split into complex selectors) with where it stands in the cascade."""

    selectors: list[Selector]
    declarations: list[Declaration]
    order: int
    media: Media = ALWAYS
    layer: int | None = None    # None: unlayered; else the layer's rank (earlier declared = lower)
    source: str = ""
    line: int | None = None     # line in the source text (1-based), when known

    @property
    def selector_text(self) -> str:
        return ", ".join(selector.text for selector in self.selectors)


@dataclass
class Stylesheets:
    rules: list[StyleRule] = field(default_factory=list)
    unknown_sources: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


def parse_declarations(tokens_or_text) -> list[Declaration]:
    """Declarations of a block or a ``style`` attribute, shorthands expanded. Never raises."""
    try:
        items = tinycss2.parse_blocks_contents(tokens_or_text, skip_comments=True, skip_whitespace=True)
    except Exception:  # noqa: BLE001
        return []
    declarations: list[Declaration] = []
    for item in items:
        if item.type == "declaration":
            declarations.extend(_declaration(item))
    return declarations


def _declaration(item) -> list[Declaration]:
    name = item.name if item.name.startswith("--") else item.lower_name
    value = strip(item.value)
    if token_depth(value) > 32:
        return [Declaration(longhand, None, "", item.important, name, True) for longhand, *_ in expand(name, None)]
    text = serialize(value)
    if text is None:
        return []
    try:
        expanded = expand(name, value)
    except Exception:  # noqa: BLE001 - a shorthand we cannot split: every longhand unknown
        expanded = [(longhand, None) for longhand, *_ in expand(name, None)]
    result = []
    for longhand, longhand_value in expanded:
        if longhand_value is None:
            result.append(Declaration(longhand, None, text, item.important, name, True))
        else:
            longhand_text = text if longhand == name else (serialize(longhand_value) or "")
            result.append(Declaration(longhand, longhand_value, longhand_text, item.important, name))
    return result


# --- collecting -------------------------------------------------------------------------------------------


_CSS_TYPES = ("", "text/css")


def collect(root, load=None, limits: Limits = DEFAULT_LIMITS) -> Stylesheets:
    """Parse every style sheet of the document, in cascade order."""
    collector = _Collector(load, limits)
    try:
        collector.run(root)
    except Exception as error:  # noqa: BLE001 - never raise; whatever was not read is unknown
        collector.sheets.unknown_sources.append(f"(internal error: {type(error).__name__})")
    return collector.sheets


class _ParsedSheets:
    """tinycss2's rules of style sheets by text, remembered across pages: the pages of a site share their style
    sheets and inline ``<style>`` blocks, and tokenizing them is most of reading them. The nodes are only
    read, never changed. Up to half a million characters of CSS are kept (about 57 bytes of memory each,
    with what :func:`_rule_parts` makes of them: 30 MB at most), the oldest going first."""

    def __init__(self, limit: int = 500_000):
        self.limit = limit
        self.kept = 0
        self.rules: dict[str, list] = {}
        # what _rule_parts makes of each top-level rule node, by id (the node is kept in the value, so its
        # id cannot be reused while the entry lives); emptied whenever a sheet is let go
        self.parts: dict[int, tuple] = {}
        self._lock = threading.Lock()  # Dask workers may lint pages in threads

    def get(self, text: str) -> list:
        rules = self.rules.get(text)
        if rules is None:
            rules = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
            if len(text) <= self.limit // 4:
                with self._lock:
                    if text not in self.rules:
                        self.rules[text] = rules
                        self.kept += len(text)
                    while self.kept > self.limit:
                        oldest = next(iter(self.rules))
                        self.kept -= len(oldest)
                        del self.rules[oldest]
                        self.parts.clear()
        return rules

    def top_level_parts(self, rule, max_selectors: int):
        """_rule_parts of a rule node returned by :meth:`get`, computed once."""
        key = id(rule)
        cached = self.parts.get(key)
        if cached is not None and cached[0] is rule and cached[1] == max_selectors:
            return cached[2]
        parts = _rule_parts(rule.prelude, rule.content, None, max_selectors)
        self.parts[key] = (rule, max_selectors, parts)
        return parts


_PARSED_SHEETS = _ParsedSheets()
parse_stylesheet = _PARSED_SHEETS.get


class _Collector:
    def __init__(self, load, limits: Limits):
        self.load = load
        self.limits = limits
        self.sheets = Stylesheets()
        self.order = 0
        self.layers: dict[str, int] = {}
        self.full = False

    # sources

    def run(self, root) -> None:
        style_number = 0
        for element in root.iter("style", "link", f"{{{SVG_NAMESPACE}}}style"):
            if _excluded(element):
                continue
            if element.tag == "link":
                rel = (element.get("rel") or "").lower().split()
                href = (element.get("href") or "").strip()
                if "stylesheet" not in rel or "alternate" in rel or not href or "disabled" in element.attrib:
                    continue
                if (element.get("type") or "").strip().lower() not in _CSS_TYPES:
                    continue
                media = evaluate_media_text(element.get("media") or "")
                if media.never:
                    continue
                self.sheets.sources.append(href)
                self._linked(href, None, media, None, depth=0, chain=())
            else:
                style_number += 1
                if (element.get("type") or "").strip().lower() not in _CSS_TYPES:
                    continue
                media = evaluate_media_text(element.get("media") or "")
                if media.never:
                    continue
                label = f"<style> #{style_number}"
                self.sheets.sources.append(label)
                self._sheet(element.text or "", label, None, media, None, depth=0, chain=())

    def _linked(self, href: str, base: str | None, media: Media, layer, depth: int, chain: tuple) -> None:
        url = urljoin(base, href) if base else href
        if url in chain:
            return  # an import cycle: browsers ignore it
        if depth > self.limits.max_import_depth:
            self.sheets.unknown_sources.append(f"{url} (import too deep)")
            return
        text = self._fetch(url)
        if text is None:
            self.sheets.unknown_sources.append(url)
            return
        self._sheet(text, url, url, media, layer, depth, chain + (url,))

    def _fetch(self, url: str) -> str | None:
        if url[:5].lower() == "data:":
            return _data_url(url)
        if self.load is None:
            return None
        try:
            loaded = self.load(url)
        except Exception:  # noqa: BLE001 - the caller's loader failing means the sheet is unavailable
            return None
        if isinstance(loaded, (bytes, bytearray)):
            return _decode(bytes(loaded))
        return loaded if isinstance(loaded, str) else None

    def _sheet(self, text: str, label: str, base: str | None, media: Media, layer, depth: int, chain) -> None:
        if self.full:
            return
        if len(text) > self.limits.max_sheet_chars:
            text = text[: self.limits.max_sheet_chars]
            self.sheets.unknown_sources.append(f"{label} (over {self.limits.max_sheet_chars} characters)")
        try:
            rules = parse_stylesheet(text)
        except Exception:  # noqa: BLE001
            self.sheets.unknown_sources.append(f"{label} (unreadable)")
            return
        imports_allowed = True
        for rule in rules:
            if self.full:
                return
            if rule.type == "at-rule":
                keyword = rule.lower_at_keyword
                if keyword == "charset":
                    continue
                if keyword == "import":
                    if imports_allowed:
                        self._import(rule, label, base, media, layer, depth, chain)
                    continue
                if keyword == "layer" and rule.content is None:
                    for name in _layer_names(rule.prelude):
                        self._layer(name)
                    continue
                if keyword == "namespace":
                    continue
            imports_allowed = False
            self._rule(rule, label, media, layer, 0, None)

    def _import(self, rule, label, base, media, layer, depth, chain) -> None:
        prelude = [token for token in rule.prelude if token.type not in ("comment",)]
        prelude = strip(prelude)
        if not prelude:
            return
        first = prelude[0]
        if first.type in ("string", "url"):
            href = first.value
        elif first.type == "function" and first.lower_name == "url":
            strings = [token for token in first.arguments if token.type == "string"]
            if len(strings) != 1:
                return
            href = strings[0].value
        else:
            return
        rest = strip(prelude[1:])
        import_layer = layer
        while rest and (rest[0].type == "function" and rest[0].lower_name in ("layer", "supports")
                        or rest[0].type == "ident" and rest[0].lower_value == "layer"):
            token = rest[0]
            if token.type == "ident" or token.lower_name == "layer":
                name = serialize(token.arguments).strip() if token.type == "function" else None
                import_layer = self._layer(name or None)
            rest = strip(rest[1:])
        import_media = media.combine(evaluate_media(rest)) if rest else media
        if import_media.never:
            return
        self._linked(href.strip(), base, import_media, import_layer, depth + 1, chain)

    def _layer(self, name: str | None) -> int:
        if name is None:
            rank = len(self.layers)
            self.layers[f"(anonymous {rank})"] = rank
            return rank
        if name not in self.layers:
            self.layers[name] = len(self.layers)
        return self.layers[name]

    def _rule(self, rule, label, media: Media, layer, nesting: int, parents) -> None:
        if nesting > self.limits.max_nesting:
            self.sheets.unknown_sources.append(f"{label} (nested too deeply)")
            self.full = True
            return
        if rule.type == "qualified-rule":
            self._style_rule(rule.prelude, rule.content, label, media, layer, nesting, parents, rule)
            return
        if rule.type != "at-rule" or rule.content is None:
            return
        keyword = rule.lower_at_keyword
        if keyword == "media":
            inner = media.combine(evaluate_media(rule.prelude))
            if not inner.never:
                self._block(rule.content, label, inner, layer, nesting + 1, parents)
        elif keyword == "supports":
            prelude = strip(rule.prelude)
            if prelude and prelude[0].type == "ident" and prelude[0].lower_value == "not":
                inner = media.combine(Media(None, None, "@supports " + (serialize(prelude) or "")))
            else:
                inner = media
            self._block(rule.content, label, inner, layer, nesting + 1, parents)
        elif keyword == "layer":
            names = _layer_names(rule.prelude)
            rank = self._layer(names[0] if names else None)
            self._block(rule.content, label, media, rank, nesting + 1, parents)
        elif keyword in ("container", "scope"):
            inner = media.combine(Media(None, None, f"@{keyword} " + (serialize(strip(rule.prelude)) or "")))
            self._block(rule.content, label, inner, layer, nesting + 1, parents)
        # @font-face, @keyframes, @page, @starting-style, @document... do not style elements statically

    def _block(self, content, label, media, layer, nesting, parents) -> None:
        if parents is not None:
            # conditional rules nested in a style rule: their declarations apply to the parent selector
            self._style_rule(None, content, label, media, layer, nesting, parents, None)
            return
        try:
            rules = tinycss2.parse_rule_list(content, skip_comments=True, skip_whitespace=True)
        except Exception:  # noqa: BLE001
            return
        for rule in rules:
            if self.full:
                return
            self._rule(rule, label, media, layer, nesting, None)

    def _style_rule(self, prelude, content, label, media, layer, nesting, parents, rule) -> None:
        if parents is None and nesting == 0 and rule is not None:  # a node of a remembered sheet
            parts = _PARSED_SHEETS.top_level_parts(rule, self.limits.max_selectors_per_rule)
        else:
            parts = _rule_parts(prelude, content, parents, self.limits.max_selectors_per_rule)
        if parts is None:
            return
        texts, declarations, selectors, nested = parts
        if declarations:
            if len(self.sheets.rules) >= self.limits.max_rules:
                self.sheets.unknown_sources.append(f"{label} (over {self.limits.max_rules} rules)")
                self.full = True
                return
            if selectors:
                line = getattr(rule, "source_line", None) if rule is not None else None
                self.sheets.rules.append(StyleRule(selectors, declarations, self.order, media, layer, label, line))
                self.order += 1
        for item in nested:
            if self.full:
                return
            self._rule(item, label, media, layer, nesting + 1, texts)


def _rule_parts(prelude, content, parents, max_selectors: int):
    """(selector texts, declarations, selectors, nested rules) of a style rule; None when it has no selector.
    Depends only on the rule's text: pages that share a style sheet share these (read, never changed)."""
    if prelude is None:
        pairs = [(text, None) for text in parents]
    else:
        pairs = _selector_texts(prelude, parents, max_selectors)
    if not pairs:
        return None
    texts = [text for text, _ in pairs]
    try:
        items = tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True)
    except Exception:  # noqa: BLE001
        return None
    declarations: list[Declaration] = []
    nested = []
    for item in items:
        if item.type == "declaration":
            declarations.extend(_declaration(item))
        elif item.type in ("qualified-rule", "at-rule"):
            nested.append(item)
    selectors = []
    if declarations:
        for text, tokens in pairs:
            try:
                if tokens is None:
                    tokens = tinycss2.parse_component_value_list(text)
                if not plausible(tokens):
                    selectors = []  # one invalid selector invalidates the whole rule
                    break
                selectors.append(Selector.from_tokens(tokens, text))
            except Exception:  # noqa: BLE001
                continue
    return texts, declarations, selectors, nested


def _excluded(element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in ("template", "noscript"):
            return True
    return False


def _layer_names(prelude) -> list[str]:
    return [text.strip() for text in (serialize(part) for part in split_on_commas(prelude)) if text and text.strip()]


def _selector_texts(prelude, parents, cap: int) -> list[tuple[str, list | None]]:
    """(text, tokens) of each complex selector; tokens None when the text was composed (nesting)."""
    texts = []
    for part in split_on_commas(prelude):
        text = serialize(part)
        if text is None or not text.strip():
            continue
        texts.append((text.strip(), part))
    if parents is None:
        return texts[:cap]
    combined = []
    for text, _ in texts:
        for parent in parents:
            if "&" in text:
                combined.append((text.replace("&", parent), None))
            else:
                combined.append((f"{parent} {text}", None))
            if len(combined) >= cap:
                return combined
    return combined


def _data_url(url: str) -> str | None:
    try:
        header, _, data = url[5:].partition(",")
        raw = base64.b64decode(unquote_to_bytes(data)) if header.lower().endswith(";base64") else \
            unquote_to_bytes(data)
        return _decode(raw)
    except Exception:  # noqa: BLE001
        return None


def _decode(data: bytes) -> str:
    try:
        from tinycss2.bytes import decode_stylesheet_bytes

        text, _ = decode_stylesheet_bytes(data)
        return text
    except Exception:  # noqa: BLE001
        return data.decode("utf-8", "replace")
