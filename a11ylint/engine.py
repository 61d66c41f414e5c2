"""The lint engine: decode and parse each page once, run the selected rules, apply suppressions."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from . import system
from .config import Config, ConfigError
from .context import RuleContext, compile_selector
from .csspath import css_path
from .directives import Suppressor, parse_directives
from .dom import local_name
from .encoding import decode_html, lookup
from .parse import ParsedDocument, parse_html
from .registry import Registry, load_registry
from .resources import local_loader
from .results import FileResult, Finding, RunResult, SourceContext
from .rule import Fail, Rule
from .selection import SelectionError, check_selectors, preset_codes, select_rules, specificity

SNIPPET_LIMIT = 240


@dataclass
class _Raw:
    """A finding before suppression and rendering."""

    rule: Rule
    result: Fail
    element: object
    offset: int
    message: str


class Linter:
    """Lints pages with one configuration. Build it once, call it for every page."""

    def __init__(self, config: Config | None = None, registry: Registry | None = None):
        self.config = config or Config()
        self.registry = registry or load_registry()
        self._validate()
        self.selected = select_rules(
            self.registry.rules,
            preset=self.config.preset,
            select=list(self.config.select) if self.config.select is not None else None,
            extend_select=list(self.config.extend_select),
            ignore=list(self.config.ignore),
        )
        # Options of selected rules only: reading a rule's options imports its module.
        self._options = {rule.code: self._rule_options(rule) for rule in self.registry.by_codes(self.selected)}
        self._severity = {rule.code: self._severity_of(rule) for rule in self.registry.rules}
        self._selection_by_ignores: dict[tuple[str, ...], list[Rule]] = {}
        for rule in self.registry.by_codes(self.selected):
            if rule.check is not None:
                compile_selector(rule.selector)

    # --- configuration -------------------------------------------------------------------------------

    def _validate(self) -> None:
        config = self.config
        try:
            rules = self.registry.rules
            if config.select is not None:
                check_selectors(config.select, rules, f"{config.source}: select")
            check_selectors(config.extend_select, rules, f"{config.source}: extend-select")
            check_selectors(config.ignore, rules, f"{config.source}: ignore")
            check_selectors(config.severity, rules, f"{config.source}: severity")
            for pattern, selectors in config.per_file_ignores.items():
                check_selectors(selectors, rules, f"{config.source}: per-file-ignores.{pattern}")
            if config.preset is not None:
                preset_codes(config.preset, rules)
        except SelectionError as error:
            message = str(error)
            if self.registry.plugin_errors:
                message += "; note: " + "; ".join(self.registry.plugin_errors)
            raise ConfigError(message) from None
        for key, options in config.rule_options.items():
            rule = self.registry.get(key)
            if rule is None:
                raise ConfigError(f"{config.source}: [rules.{key}] names no rule")
            declared = {option.name: option for option in rule.options}
            for name, value in options.items():
                option = declared.get(name)
                if option is None:
                    known = ", ".join(declared) or "none"
                    raise ConfigError(f"{config.source}: rule {rule.name} has no option '{name}' (options: {known})")
                problem = option.validate(value)
                if problem:
                    raise ConfigError(f"{config.source}: option '{name}' of rule {rule.name}: {problem}")
            if rule.validate_options is not None:
                problem = rule.validate_options(self._rule_options(rule))
                if problem:
                    raise ConfigError(f"{config.source}: options of rule {rule.name}: {problem}")
        if config.encoding is not None and lookup(config.encoding) is None:
            raise ConfigError(f"{config.source}: unknown encoding label {config.encoding!r}")

    def _rule_options(self, rule: Rule) -> dict:
        options = rule.option_defaults()
        for key in (rule.code, rule.name, *rule.aliases):
            options.update(self.config.rule_options.get(key, {}))
        return options

    def _severity_of(self, rule: Rule) -> str:
        best = None
        for selector, severity in self.config.severity.items():
            score = specificity(selector, rule)
            if score is not None and (best is None or score >= best[0]):
                best = (score, severity)
        return best[1] if best else rule.severity

    def rules_for(self, path: str) -> list[Rule]:
        """The rules that run on ``path``. A per-file-ignores selector removes a rule outright, however
        specifically ``select`` names it."""
        ignored = self.config.ignored_for(path) if self.config.per_file_ignores else ()
        cached = self._selection_by_ignores.get(ignored)
        if cached is None:
            cached = [rule for rule in self.registry.by_codes(self.selected)
                      if not any(specificity(selector, rule) is not None for selector in ignored)]
            self._selection_by_ignores[ignored] = cached
        return cached

    # --- linting -------------------------------------------------------------------------------------

    def lint_path(self, path: str | os.PathLike) -> FileResult:
        """Lint one file. An unreadable file becomes a SYS001 finding, not an exception."""
        name = str(path)
        try:
            size = Path(path).stat().st_size
            if size > self.config.max_bytes:  # not read at all: the limit is there to bound memory
                return self.failed_file(name, system.PAGE_TOO_LARGE, "too-large", size=size,
                                         limit=self.config.max_bytes)
            data = Path(path).read_bytes()
        except OSError as error:
            reason = error.strerror or type(error).__name__
            return self.failed_file(name, system.UNREADABLE_FILE, "unreadable", reason=reason)
        return self.lint_bytes(data, name)

    def lint_bytes(self, data: bytes, path: str = "<bytes>", transport_encoding: str | None = None,
                   observe=None) -> FileResult:
        """Lint a page given as bytes; ``transport_encoding`` is a charset from outside the page; a page over
        ``max-bytes`` becomes one SYS004 finding.
        ``observe(ctx)``, when given, is called with the page's rule context after the rules ran (the batch
        runner reads the page's links and title from it without parsing the page again)."""
        if len(data) > self.config.max_bytes:
            return self.failed_file(path, system.PAGE_TOO_LARGE, "too-large", size=len(data),
                                     limit=self.config.max_bytes)
        try:
            decoded = decode_html(data, transport_encoding or self.config.encoding)
        except Exception as error:  # noqa: BLE001 - a decoder bug must not lose the other pages
            return self.failed_file(path, system.INTERNAL_ERROR, "crashed", rule="decoder", error=_describe(error))
        result = self._lint_decoded(decoded.text, path, decoded.encoding, decoded.source, observe)
        if decoded.replaced_bytes and system.ENCODING_ERROR in {rule.code for rule in self.rules_for(path)}:
            result = self._add_encoding_finding(result, decoded)
        return result

    def lint_text(self, text: str, path: str = "<text>") -> FileResult:
        """Lint a page given as text (already decoded)."""
        return self._lint_decoded(text, path, None, None)

    def _lint_decoded(self, text: str, path: str, encoding: str | None, encoding_source: str | None,
                      observe=None) -> FileResult:
        try:
            document = parse_html(text, self.config.parser, self.config.max_depth, self.config.max_elements)
        except Exception as error:  # noqa: BLE001
            result = self.failed_file(path, system.INTERNAL_ERROR, "crashed", rule="parser", error=_describe(error))
            result.encoding, result.encoding_source = encoding, encoding_source
            return result
        findings = self.lint_document(document, path, observe)
        return FileResult(path, encoding, encoding_source, findings)

    def lint_paths(self, paths: Iterable[str | os.PathLike]) -> RunResult:
        return RunResult([self.lint_path(path) for path in paths])

    def lint_document(self, document: ParsedDocument, path: str, observe=None) -> list[Finding]:
        """Findings for a page already parsed with :func:`a11ylint.parse.parse_html`."""
        lang = self.config.lang
        ctx = RuleContext(document, path, lang, load=local_loader(path, self.config.web_root))
        rules = self.rules_for(path)
        raw: list[_Raw] = []
        for rule in rules:
            check = rule.check  # once per rule: a catalog entry looks it up on the loaded rule
            if check is None:
                continue
            ctx.options = self._options[rule.code]
            element = None
            try:
                for element in ctx.select(rule.selector):
                    for result in _results(check(element, ctx)):
                        raw.append(self._raw(rule, result, element, document, ctx, lang))
            except Exception as error:  # noqa: BLE001 - one broken rule must not stop the others
                internal = self.registry.get(system.INTERNAL_ERROR)
                crash = Fail("crashed", rule=f"{rule.code} ({rule.name})", error=_describe(error))
                target = element if element is not None else document.root
                raw.append(_Raw(internal, crash, target, document.offset(target),
                                internal.messages["crashed"].render(lang, **crash.data)))
        running = {rule.code for rule in rules}
        if document.limit is not None and system.PAGE_TOO_COMPLEX in running:
            raw.append(self._limit_finding(document, ctx, lang))
        if observe is not None:
            observe(ctx)
        return self._finish(raw, document, ctx, path, running)

    def _limit_finding(self, document, ctx, lang) -> _Raw:
        rule = self.registry.get(system.PAGE_TOO_COMPLEX)
        limit = document.limit
        line, column = document.location(limit.offset)
        result = Fail("too-deep" if limit.kind == "depth" else "too-many-elements", limit=limit.limit, line=line,
                      column=column)
        return _Raw(rule, result, ctx.element_at(limit.offset), limit.offset,
                    rule.messages[result.message].render(lang, **result.data))

    def _raw(self, rule, result, element, document, ctx, lang) -> _Raw:
        if not isinstance(result, Fail):
            raise TypeError(f"check returned {type(result).__name__}; expected Fail, Review or None")
        if result.message not in rule.messages:
            raise KeyError(f"message {result.message!r} is not declared in the rule's messages")
        message = rule.messages[result.message].render(lang, **result.data)
        if result.offset is not None:
            target = result.element if result.element is not None else ctx.element_at(result.offset)
            return _Raw(rule, result, target, result.offset, message)
        target = result.element if result.element is not None else element
        return _Raw(rule, result, target, document.offset(target), message)

    def _finish(self, raw: list[_Raw], document, ctx, path, running: set[str]) -> list[Finding]:
        registry = self.registry
        directives, problems = parse_directives(document, lambda key: (registry.get(key).code
                                                                       if registry.get(key) else None))
        suppressor = Suppressor(document, directives)
        id_counts = {value: len(elements) for value, elements in ctx.ids().items()}
        path_of = partial(css_path, id_counts=id_counts, positions={})
        findings = []
        for item in raw:
            directive = None
            if "system" not in item.rule.tags:
                directive = suppressor.match(item.rule.code, item.element, item.offset)
            findings.append(self._finding(item, document, path_of, directive))
        system_raw = []
        for problem in problems + suppressor.problems:
            system_raw.append(self._directive_finding(system.INVALID_SUPPRESSION, "invalid", problem.comment,
                                                      problem.offset, detail=problem.detail))
        for directive in directives:
            if directive.action == "enable":
                continue
            if directive.reason is None and self.config.require_suppression_reason:
                system_raw.append(self._directive_finding(system.SUPPRESSION_WITHOUT_REASON, "missing",
                                                          directive.comment, directive.offset,
                                                          directive=f"a11ylint-{directive.action}"))
            for code in directive.codes:
                if code in running and code not in directive.used:
                    system_raw.append(self._directive_finding(system.UNUSED_SUPPRESSION, "unused",
                                                              directive.comment, directive.offset, code=code))
        for item in system_raw:
            if item.rule.code in running:
                findings.append(self._finding(item, document, path_of, None))
        return findings

    def _directive_finding(self, code, message, comment, offset, /, **data) -> _Raw:
        rule = self.registry.get(code)
        result = Fail(message, **data)
        return _Raw(rule, result, comment, offset, rule.messages[message].render(self.config.lang, **data))

    def _finding(self, item: _Raw, document, path_of, directive) -> Finding:
        rule = item.rule
        line, column = document.location(item.offset)
        element = item.element
        if element is not None and not isinstance(element.tag, str):  # a comment: point at the comment
            selector = path_of(element.getparent()) if element.getparent() is not None else ""
            snippet = "<!--" + document.comment_text(element) + "-->"
        elif element is not None:
            selector = path_of(element)
            snippet = document.start_tag_source(element) or _synthesized_tag(element)
        else:
            selector, snippet = "", ""
        return Finding(
            code=rule.code,
            name=rule.name,
            outcome=item.result.outcome,
            severity=self._severity.get(rule.code, rule.severity),
            message=item.message,
            line=line,
            column=column,
            selector=selector,
            snippet=_clip(snippet),
            wcag=rule.wcag,
            level=rule.level,
            act=rule.act,
            impact=rule.impact,
            url=rule.url,
            suppressed=directive is not None,
            suppression_reason=directive.reason if directive is not None else None,
            context=SourceContext.around(document.line_text, document.line_count, line, column),
        )

    def failed_file(self, path: str, code: str, message: str, /, **data) -> FileResult:
        """A result for a page that was not checked: one finding of a system rule, at line 1."""
        rule = self.registry.get(code)
        finding = Finding(
            code=rule.code, name=rule.name, outcome="fail", severity=self._severity.get(code, rule.severity),
            message=rule.messages[message].render(self.config.lang, **data), line=1, column=1, selector="",
            snippet="", impact=rule.impact,
        )
        return FileResult(path, findings=[finding])

    def _add_encoding_finding(self, result: FileResult, decoded) -> FileResult:
        rule = self.registry.get(system.ENCODING_ERROR)
        line, column = _location_in(decoded.text, decoded.first_replacement or 0)
        finding = Finding(
            code=rule.code, name=rule.name, outcome="fail", severity=self._severity[rule.code],
            message=rule.messages["undecodable"].render(self.config.lang, count=decoded.replaced_bytes,
                                                        encoding=decoded.encoding),
            line=line, column=column, selector="", snippet=_clip(_line_of(decoded.text, line)),
            impact=rule.impact,
        )
        return FileResult(result.path, result.encoding, result.encoding_source, result.findings + [finding])


def _results(returned) -> list[Fail]:
    if returned is None:
        return []
    if isinstance(returned, Fail):
        return [returned]
    return list(returned)


def _describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _clip(snippet: str) -> str:
    snippet = snippet.replace("\n", " ")
    return snippet if len(snippet) <= SNIPPET_LIMIT else snippet[: SNIPPET_LIMIT - 1] + "\u2026"


def _synthesized_tag(element) -> str:
    """The start tag of an element the parser implied: it is not in the source, so we show the tree's."""
    attributes = "".join(f' {name}="{value}"' for name, value in element.attrib.items())
    return f"<{local_name(element)}{attributes}>"


def _location_in(text: str, offset: int) -> tuple[int, int]:
    prefix = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = prefix.count("\n") + 1
    return line, len(prefix) - (prefix.rfind("\n") + 1) + 1


def _line_of(text: str, line: int) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""
