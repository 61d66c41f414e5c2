"""What report writers show about a rule: its documentation sections and where to read more."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_SECTION = re.compile(r"^## +(.+?)\s*$", re.M)
_URL = re.compile(r"https?://[^\s)<>\"'`]+")


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    title: str
    summary: str  # the first line of the docs: what the rule requires
    what: str  # markdown of "What it checks"
    why: str  # markdown of "Why it matters"
    how: str  # markdown of "How to fix"
    fix: str  # the one-line fix hint
    wcag: tuple[str, ...]
    level: str | None
    act: tuple[str, ...]
    requirements: tuple[str, ...]
    jurisdiction: tuple[str, ...]
    severity: str
    understanding_url: str | None  # the WCAG Understanding page of the rule's first criterion
    references: tuple[str, ...]  # the URLs of the docs' "References" section
    best_practice: bool

    @property
    def help_uri(self) -> str | None:
        """The best page to explain the rule: WCAG Understanding, else the first source it cites."""
        return self.understanding_url or (self.references[0] if self.references else None)


def sections(doc: str) -> dict[str, str]:
    """The docs' ``## Heading`` sections by heading, and the text before the first one under ``""``."""
    parts = _SECTION.split(doc)
    found = {"": parts[0].strip()}
    for heading, body in zip(parts[1::2], parts[2::2]):
        found[heading.strip()] = body.strip()
    return found


@lru_cache(maxsize=None)
def _info(rule, lang: str) -> RuleInfo:
    parts = sections(rule.doc)
    references = tuple(dict.fromkeys(url.rstrip(".,;") for url in _URL.findall(parts.get("References", ""))))
    return RuleInfo(
        code=rule.code,
        name=rule.name,
        title=rule.title.render(lang),
        summary=parts[""].splitlines()[0] if parts[""] else rule.title.render(lang),
        what=parts.get("What it checks", ""),
        why=parts.get("Why it matters", ""),
        how=parts.get("How to fix", ""),
        fix=rule.fix.render(lang) if rule.fix else "",
        wcag=rule.wcag,
        level=rule.level,
        act=rule.act,
        requirements=rule.requirements,
        jurisdiction=rule.jurisdiction,
        severity=rule.severity,
        understanding_url=rule.url,
        references=references,
        best_practice=rule.best_practice,
    )


def rule_infos(rules, lang: str) -> dict[str, RuleInfo]:
    """RuleInfo by rule code."""
    return {rule.code: _info(rule, lang) for rule in rules}
