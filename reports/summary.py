"""Counts over a run that reports show: by outcome and severity, rule, WCAG criterion, requirement and site."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import PurePath

from a11ylint.results import FileResult, Finding, RunResult
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


def _rows(counts: Counter, pages: dict, label, extra=lambda key: "") -> list[CountRow]:
    rows = [CountRow(key, label(key), counts[key], len(pages[key]), extra(key)) for key in counts]
    return sorted(rows, key=lambda row: (-row.findings, row.key))


def by_rule(run: RunResult, titles: dict[str, str]) -> list[CountRow]:
    counts, pages, names = Counter(), defaultdict(set), {}
    for result, finding in run.findings():
        if not finding.suppressed:
            counts[finding.code] += 1
            pages[finding.code].add(result.path)
            names[finding.code] = finding.name
    return _rows(counts, pages, lambda code: titles.get(code, names[code]), lambda code: names[code])


def by_criterion(run: RunResult) -> list[CountRow]:
    counts, pages = Counter(), defaultdict(set)
    for result, finding in run.findings():
        if not finding.suppressed:
            for sc in finding.wcag:
                counts[sc] += 1
                pages[sc].add(result.path)

    def label(sc):
        criterion = SUCCESS_CRITERIA.get(sc)
        return f"{sc} {criterion.title}" if criterion else sc

    def level(sc):
        criterion = SUCCESS_CRITERIA.get(sc)
        return criterion.level if criterion else ""

    rows = _rows(counts, pages, label, level)
    return sorted(rows, key=lambda row: tuple(int(part) for part in row.key.split(".")))


def by_level(run: RunResult) -> dict[str, int]:
    """Active findings by WCAG level; "" for findings that map to no criterion."""
    counts = Counter(finding.level or "" for _, finding in run.findings() if not finding.suppressed)
    return {level: counts.get(level, 0) for level in ("A", "AA", "AAA", "")}


def by_principle(run: RunResult) -> dict[str, int]:
    counts = Counter()
    for _, finding in run.findings():
        if not finding.suppressed:
            for principle in {sc.split(".")[0] for sc in finding.wcag}:
                counts[principle] += 1
    return {principle: counts.get(principle, 0) for principle in PRINCIPLES}


def by_requirement(run: RunResult, rules: dict) -> list[CountRow]:
    counts, pages = Counter(), defaultdict(set)
    for result, finding in run.findings():
        rule = rules.get(finding.code)
        if rule is None or finding.suppressed:
            continue
        for requirement in rule.requirements:
            counts[requirement] += 1
            pages[requirement].add(result.path)
    return _rows(counts, pages, lambda key: key, lambda key: key.split("-")[0])


def by_site(run: RunResult) -> list[CountRow]:
    counts, pages = Counter(), defaultdict(set)
    for result in run.files:
        site = site_of(result.path)
        counts[site] += len(active(result))
        pages[site].add(result.path)
    return sorted((CountRow(site, site, counts[site], len(pages[site])) for site in counts),
                  key=lambda row: row.key)


def by_outcome(run: RunResult) -> dict[str, int]:
    """Active failures by severity, then needs-review and suppressed."""
    counts = Counter()
    for _, finding in run.findings():
        if finding.suppressed:
            counts["suppressed"] += 1
        elif finding.outcome == "needs-review":
            counts["needs-review"] += 1
        else:
            counts[finding.severity] += 1
    return {key: counts.get(key, 0) for key in (*SEVERITIES, "needs-review", "suppressed")}


def failure_histogram(run: RunResult) -> list[tuple[str, int]]:
    """(bucket label, pages) for the number of active failures per page."""
    bounds = list(FAILURE_BUCKETS)
    labels = ["0"] + [f"{low + 1}–{high}" for low, high in zip(bounds, bounds[1:])] + [f"> {bounds[-1]}"]
    counts = [0] * len(labels)
    for result in run.files:
        count = len(failures(result))
        index = next((i for i, bound in enumerate(bounds) if count <= bound), len(bounds))
        counts[index] += 1
    return list(zip(labels, counts))
