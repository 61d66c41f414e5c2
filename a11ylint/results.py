"""The one result model every reporter reads: findings, per-file results and the run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .rule import SEVERITIES
from .system import INTERNAL_ERROR

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Finding:
    """One problem found at one place in one page."""

    code: str
    name: str
    outcome: str  # "fail" | "needs-review"
    severity: str  # "error" | "warning" | "info"
    message: str
    line: int
    column: int
    selector: str
    snippet: str
    wcag: tuple[str, ...] = ()
    level: str | None = None
    act: tuple[str, ...] = ()
    impact: str | None = None
    url: str | None = None
    suppressed: bool = False
    suppression_reason: str | None = None

    def sort_key(self):
        return (self.line, self.column, self.code, self.selector, self.message)

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "outcome": self.outcome,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "selector": self.selector,
            "snippet": self.snippet,
            "wcag": list(self.wcag),
            "level": self.level,
            "act": list(self.act),
            "impact": self.impact,
            "url": self.url,
            "suppressed": self.suppressed,
            "suppression_reason": self.suppression_reason,
        }


@dataclass
class FileResult:
    """Everything found in one page."""

    path: str
    encoding: str | None = None
    encoding_source: str | None = None
    findings: list[Finding] = field(default_factory=list)

    def __post_init__(self):
        self.findings.sort(key=Finding.sort_key)

    def active(self) -> list[Finding]:
        """Findings that are not suppressed."""
        return [finding for finding in self.findings if not finding.suppressed]

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "encoding": self.encoding,
            "encoding_source": self.encoding_source,
            "findings": [finding.to_dict() for finding in self.findings],
        }


@dataclass
class RunResult:
    """The files of one run, sorted by path."""

    files: list[FileResult] = field(default_factory=list)

    def __post_init__(self):
        self.files.sort(key=lambda result: result.path)

    def findings(self):
        for result in self.files:
            for finding in result.findings:
                yield result, finding

    def summary(self) -> dict:
        active = [finding for _, finding in self.findings() if not finding.suppressed]
        severities = Counter(finding.severity for finding in active if finding.outcome == "fail")
        return {
            "files": len(self.files),
            "findings": len(active),
            "fail": sum(1 for finding in active if finding.outcome == "fail"),
            "needs_review": sum(1 for finding in active if finding.outcome == "needs-review"),
            "suppressed": sum(1 for _, finding in self.findings() if finding.suppressed),
            "by_severity": {severity: severities.get(severity, 0) for severity in SEVERITIES},
        }

    def statistics(self) -> list[tuple[str, str, int]]:
        """(code, name, count) of active findings, most frequent first."""
        counts = Counter((finding.code, finding.name) for _, finding in self.findings() if not finding.suppressed)
        return sorted(((code, name, count) for (code, name), count in counts.items()),
                      key=lambda row: (-row[2], row[0]))

    def exit_code(self, fail_on: str) -> int:
        """2 when a rule or the parser crashed; 1 when an active failure is at or above ``fail_on``
        severity; else 0. Needs-review findings never fail a run: they ask a person to look.
        """
        if any(finding.code == INTERNAL_ERROR for _, finding in self.findings()):
            return 2
        threshold = SEVERITIES.index(fail_on)
        for _, finding in self.findings():
            if finding.suppressed or finding.outcome != "fail":
                continue
            if SEVERITIES.index(finding.severity) <= threshold:
                return 1
        return 0
