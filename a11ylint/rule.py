"""The rule contract: metadata, options, results and the ``@rule`` decorator.

A rule is one module under ``rules/`` whose docstring is its documentation and whose ``check`` function,
decorated with :func:`rule`, judges one element matched by the rule's CSS selector::

    @rule(code="IMG001", name="image-alt", selector="img", ...)
    def check(element, ctx):
        if element.get("alt") is None:
            return Fail("missing")
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .standards import LEVELS, SUCCESS_CRITERIA

SEVERITIES = ("error", "warning", "info")
IMPACTS = ("critical", "serious", "moderate", "minor")
STATUSES = ("stable", "preview")
OUTCOMES = ("fail", "needs-review")

CODE_PATTERN = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
ACT_PATTERN = re.compile(r"^[0-9a-z]{6}$")
REQUIREMENT_PATTERN = re.compile(r"^[A-Z0-9]+(-[A-Z0-9]+)+$")
JURISDICTIONS = ("CN", "US", "UK", "EU")


@dataclass(frozen=True)
class Text:
    """A message in English and Simplified Chinese. ``{placeholders}`` are filled from result data."""

    en: str
    zh: str

    def render(self, lang: str = "en", /, **data: Any) -> str:
        template = self.zh if lang == "zh" else self.en
        return template.format(**data) if data else template


_OPTION_TYPES: dict[str, Callable[[Any], bool]] = {
    "bool": lambda value: isinstance(value, bool),
    "int": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "str": lambda value: isinstance(value, str),
    "list[str]": lambda value: isinstance(value, list) and all(isinstance(item, str) for item in value),
    "dict[str, list[str]]": lambda value: isinstance(value, dict) and all(
        isinstance(key, str) and isinstance(items, list) and all(isinstance(item, str) for item in items)
        for key, items in value.items()),
}


@dataclass(frozen=True)
class Option:
    """A typed, documented rule option, set in config as ``[tool.a11ylint.rules.<rule-name>]``."""

    name: str
    type: str
    default: Any
    help: str
    minimum: int | None = None
    choices: tuple[str, ...] | None = None

    def __post_init__(self):
        if self.type not in _OPTION_TYPES:
            raise ValueError(f"option {self.name!r}: unknown type {self.type!r}")

    def validate(self, value: Any) -> str | None:
        """An error message when ``value`` is not acceptable, else None."""
        if not _OPTION_TYPES[self.type](value):
            return f"expected {self.type}, got {type(value).__name__} {value!r}"
        if self.minimum is not None and value < self.minimum:
            return f"must be at least {self.minimum}, got {value}"
        if self.choices is not None and value not in self.choices:
            return f"must be one of {', '.join(self.choices)}, got {value!r}"
        return None


class Fail:
    """The element does not meet the requirement.

    ``message`` names an entry of the rule's ``messages``; ``data`` fills its placeholders. A page-level
    rule may point the finding at another ``element``, or at a source ``offset`` (for parse errors).
    """

    outcome = "fail"
    __slots__ = ("message", "element", "offset", "data")

    def __init__(self, message: str, element: Any = None, offset: int | None = None, **data: Any):
        self.message = message
        self.element = element
        self.offset = offset
        self.data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, {self.data!r})"


class Review(Fail):
    """The rule cannot decide statically; a person must look (axe's "incomplete")."""

    outcome = "needs-review"
    __slots__ = ()


CheckResult = Fail | Iterable[Fail] | None


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule: identity, metadata, scope and check."""

    code: str
    name: str
    title: Text
    messages: dict[str, Text]
    check: Callable[[Any, Any], CheckResult] | None
    selector: str = ":root"
    wcag: tuple[str, ...] = ()
    level: str | None = None
    act: tuple[str, ...] = ()
    standards: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    severity: str = "error"
    impact: str = "serious"
    status: str = "stable"
    best_practice: bool = False
    options: tuple[Option, ...] = ()
    aliases: tuple[str, ...] = ()
    jurisdiction: tuple[str, ...] = ()  # "CN", "US", "UK", "EU": whose law or policy the rule enforces
    requirements: tuple[str, ...] = ()  # ids of research/COMPLIANCE.md, e.g. "CN-ID-01", "SEC-JUNK-01"
    fix: Text | None = None  # a one-line fix hint, in English and Chinese; required (see problems())
    # Checks the rule's options together (one option naming entries of another); returns a problem or None.
    validate_options: Callable[[dict], str | None] | None = None
    doc: str = ""
    origin: str = "builtin"

    def __call__(self, element, ctx) -> CheckResult:
        return self.check(element, ctx)

    @property
    def page_level(self) -> bool:
        return self.selector == ":root"

    @property
    def url(self) -> str | None:
        """Where the requirement is explained: the WCAG Understanding page of its first criterion."""
        for sc in self.wcag:
            if sc in SUCCESS_CRITERIA:
                return SUCCESS_CRITERIA[sc].understanding_url
        return None

    def option_defaults(self) -> dict[str, Any]:
        return {option.name: option.default for option in self.options}

    def problems(self) -> list[str]:
        """Metadata errors; the registry refuses a rule that has any."""
        found = []
        if not CODE_PATTERN.match(self.code):
            found.append(f"code {self.code!r} must look like ABC123")
        if not NAME_PATTERN.match(self.name):
            found.append(f"name {self.name!r} must be kebab-case")
        for sc in self.wcag:
            if sc not in SUCCESS_CRITERIA:
                found.append(f"unknown WCAG success criterion {sc!r}")
        if self.wcag and self.level is None:
            found.append("a rule mapped to WCAG needs a level")
        if self.level is not None and self.level not in LEVELS:
            found.append(f"level {self.level!r} must be one of {LEVELS}")
        if (not self.wcag and not self.best_practice and not self.requirements
                and "html" not in self.tags and "system" not in self.tags):
            found.append("a rule maps to a WCAG criterion or a compliance requirement, or is best_practice, "
                         "or is tagged 'html'")
        for act_id in self.act:
            if not ACT_PATTERN.match(act_id):
                found.append(f"ACT rule id {act_id!r} must be 6 characters")
        if self.severity not in SEVERITIES:
            found.append(f"severity {self.severity!r} must be one of {SEVERITIES}")
        if self.impact not in IMPACTS:
            found.append(f"impact {self.impact!r} must be one of {IMPACTS}")
        if self.status not in STATUSES:
            found.append(f"status {self.status!r} must be one of {STATUSES}")
        for jurisdiction in self.jurisdiction:
            if jurisdiction not in JURISDICTIONS:
                found.append(f"jurisdiction {jurisdiction!r} must be one of {JURISDICTIONS}")
        for requirement in self.requirements:
            if not REQUIREMENT_PATTERN.match(requirement):
                found.append(f"requirement id {requirement!r} must look like CN-ID-01 or SEC-JUNK-01")
        if not self.messages:
            found.append("a rule needs at least one message")
        for key, text in [("title", self.title), *self.messages.items()]:
            if not _bilingual(text):
                found.append(f"{key}: needs English and Chinese text")
        if not _bilingual(self.fix):
            found.append("fix: needs a one-line fix hint in English and Chinese, fix=Text(en, zh)")
        return found


def _bilingual(text: Any) -> bool:
    """A :class:`Text` whose English and Chinese are both non-blank strings."""
    return isinstance(text, Text) and all(isinstance(part, str) and part.strip() for part in (text.en, text.zh))


def rule(
    *,
    code: str,
    name: str,
    title: Text,
    messages: dict[str, Text],
    selector: str = ":root",
    wcag: Iterable[str] = (),
    level: str | None = None,
    act: Iterable[str] = (),
    standards: Iterable[str] = (),
    tags: Iterable[str] = (),
    severity: str = "error",
    impact: str = "serious",
    status: str = "stable",
    best_practice: bool = False,
    options: Iterable[Option] = (),
    aliases: Iterable[str] = (),
    jurisdiction: Iterable[str] = (),
    requirements: Iterable[str] = (),
    fix: Text | None = None,
    validate_options: Callable[[dict], str | None] | None = None,
) -> Callable[[Callable], Rule]:
    """Declare a rule. The decorated function becomes a :class:`Rule`; the module docstring, its docs."""

    all_tags = tuple(tags)
    if best_practice and "best-practice" not in all_tags:
        all_tags += ("best-practice",)

    def declare(check: Callable) -> Rule:
        module = sys.modules.get(check.__module__)
        return Rule(
            code=code,
            name=name,
            title=title,
            messages=dict(messages),
            check=check,
            selector=selector,
            wcag=tuple(wcag),
            level=level,
            act=tuple(act),
            standards=tuple(standards),
            tags=all_tags,
            severity=severity,
            impact=impact,
            status=status,
            best_practice=best_practice,
            options=tuple(options),
            aliases=tuple(aliases),
            jurisdiction=tuple(jurisdiction),
            requirements=tuple(requirements),
            fix=fix,
            validate_options=validate_options,
            doc=(module.__doc__ or "").strip() if module else "",
        )

    return declare
