"""Counts over a run that reports show: by outcome and severity, rule, WCAG criterion, requirement and site.

:class:`Totals` takes one page at a time and keeps only counters, so a batch's report index can be built
while its pages stream past.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath

from a11ylint.results import FileResult, Finding
from a11ylint.rule import SEVERITIES
from a11ylint.standards import SUCCESS_CRITERIA

PRINCIPLES = ("1", "2", "3", "4")  # perceivable, operable, understandable, robust
# Upper bounds of the "pages by number of failures" buckets; the last bucket is open.
FAILURE_BUCKETS = (0, 5, 10, 25, 50, 100)
_HOST = re.compile(r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d+)?$", re.I)
_PAGE_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml", ".php", ".asp", ".aspx", ".jsp"}


@dataclass(frozen=True)
class CountRow:
    key: str
    label: str
    findings: int
    pages: int
    extra: str = ""  # a level, a jurisdiction, ...


def site_of(path: str) -> str:
    """The site a page belongs to: the host name in its path (a ``wget --mirror`` tree), else its folder."""
    parts = PurePath(path).parts
    for part in parts[:-1]:
        if _HOST.match(part) and PurePath(part).suffix.lower() not in _PAGE_SUFFIXES:
            return part.lower()
    return str(PurePath(path).parent) if len(parts) > 1 else "."


def active(result: FileResult) -> list[Finding]:
    return [finding for finding in result.findings if not finding.suppressed]


def failures(result: FileResult) -> list[Finding]:
    return [finding for finding in active(result) if finding.outcome == "fail"]


def _bucket(count: int) -> int:
    return next((index for index, bound in enumerate(FAILURE_BUCKETS) if count <= bound), len(FAILURE_BUCKETS))


@dataclass
class Totals:
    """Counters of a run, fed page by page with :meth:`add`."""

    files: int = 0
    findings: int = 0  # active
    outcomes: Counter = field(default_factory=Counter)
    rule_findings: Counter = field(default_factory=Counter)
    rule_pages: Counter = field(default_factory=Counter)
    rule_names: dict = field(default_factory=dict)
    criterion_findings: Counter = field(default_factory=Counter)
    criterion_pages: Counter = field(default_factory=Counter)
    levels: Counter = field(default_factory=Counter)
    principles: Counter = field(default_factory=Counter)
    site_findings: Counter = field(default_factory=Counter)
    site_pages: Counter = field(default_factory=Counter)
    histogram: Counter = field(default_factory=Counter)

    @classmethod
    def of(cls, results) -> Totals:
        totals = cls()
        for result in results:
            totals.add(result)
        return totals

    def add(self, result: FileResult) -> None:
        self.files += 1
        site = site_of(result.path)
        self.site_pages[site] += 1
        page_rules, page_criteria, failed = set(), set(), 0
        for finding in result.findings:
            if finding.suppressed:
                self.outcomes["suppressed"] += 1
                continue
            self.findings += 1
            self.site_findings[site] += 1
            if finding.outcome == "needs-review":
                self.outcomes["needs-review"] += 1
            else:
                self.outcomes[finding.severity] += 1
                failed += 1
            self.rule_findings[finding.code] += 1
            self.rule_names[finding.code] = finding.name
            page_rules.add(finding.code)
            self.levels[finding.level or ""] += 1
            for sc in finding.wcag:
                self.criterion_findings[sc] += 1
                page_criteria.add(sc)
            for principle in {sc.split(".")[0] for sc in finding.wcag}:
                self.principles[principle] += 1
        self.rule_pages.update(page_rules)
        self.criterion_pages.update(page_criteria)
        self.histogram[_bucket(failed)] += 1

    @property
    def used_codes(self) -> list[str]:
        return sorted(self.rule_findings)

    def by_outcome(self) -> dict[str, int]:
        """Active failures by severity, then needs-review and suppressed."""
        return {key: self.outcomes.get(key, 0) for key in (*SEVERITIES, "needs-review", "suppressed")}

    def by_rule(self, titles: dict[str, str]) -> list[CountRow]:
        rows = [CountRow(code, titles.get(code, self.rule_names[code]), count, self.rule_pages[code],
                         self.rule_names[code]) for code, count in self.rule_findings.items()]
        return sorted(rows, key=lambda row: (-row.findings, row.key))

    def by_criterion(self) -> list[CountRow]:
        rows = []
        for sc, count in self.criterion_findings.items():
            criterion = SUCCESS_CRITERIA.get(sc)
            rows.append(CountRow(sc, f"{sc} {criterion.title}" if criterion else sc, count,
                                 self.criterion_pages[sc], criterion.level if criterion else ""))
        return sorted(rows, key=lambda row: tuple(int(part) for part in row.key.split(".")))

    def by_level(self) -> dict[str, int]:
        """Active findings by WCAG level; "" for findings that map to no criterion."""
        return {level: self.levels.get(level, 0) for level in ("A", "AA", "AAA", "")}

    def by_principle(self) -> dict[str, int]:
        return {principle: self.principles.get(principle, 0) for principle in PRINCIPLES}

    def by_requirement(self, rules: dict) -> list[CountRow]:
        """Findings per government requirement id; a page counts once per rule that names it."""
        findings, pages = Counter(), Counter()
        for code, count in self.rule_findings.items():
            rule = rules.get(code)
            for requirement in (rule.requirements if rule is not None else ()):
                findings[requirement] += count
                pages[requirement] += self.rule_pages[code]
        rows = [CountRow(key, key, findings[key], pages[key], key.split("-")[0]) for key in findings]
        return sorted(rows, key=lambda row: (-row.findings, row.key))

    def by_site(self) -> list[CountRow]:
        return [CountRow(site, site, self.site_findings[site], self.site_pages[site])
                for site in sorted(self.site_pages)]

    def failure_histogram(self) -> list[tuple[str, int]]:
        """(bucket label, pages) for the number of active failures per page."""
        bounds = FAILURE_BUCKETS
        labels = ["0"] + [f"{low + 1}–{high}" for low, high in zip(bounds, bounds[1:])] + [f"> {bounds[-1]}"]
        return [(label, self.histogram.get(index, 0)) for index, label in enumerate(labels)]
