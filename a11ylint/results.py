"""The one result model every reporter reads: findings, per-file results and the run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .rule import SEVERITIES
from .system import INTERNAL_ERROR

SCHEMA_VERSION = 1
CONTEXT_LINES = 1  # source lines shown before and after a finding's line
CONTEXT_WIDTH = 200  # characters of each context line, in a window around the finding's column


@dataclass(frozen=True)
class SourceContext:
    """The source lines around a finding, cut to the same column window so that they line up."""

    first_line: int
    first_column: int  # 1-based column of the first character of every line's text
    lines: tuple[str, ...]

    @classmethod
    def around(cls, line_text, line_count: int, line: int, column: int) -> "SourceContext":
        """``line_text(n)`` gives line n of the page; the window keeps the finding's column in view."""
        first_line = max(1, line - CONTEXT_LINES)
        start = max(0, column - 1 - CONTEXT_WIDTH // 4)
        texts = []
        for number in range(first_line, min(line + CONTEXT_LINES, line_count) + 1):
            texts.append(line_text(number)[start : start + CONTEXT_WIDTH])
        return cls(first_line, start + 1, tuple(texts))

    def to_dict(self) -> dict:
        return {"first_line": self.first_line, "first_column": self.first_column, "lines": list(self.lines)}

    @classmethod
    def from_dict(cls, data: dict) -> "SourceContext":
        return cls(data["first_line"], data["first_column"], tuple(data["lines"]))


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
    context: SourceContext | None = None

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
            "context": self.context.to_dict() if self.context else None,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Finding":
        """The inverse of :meth:`to_dict` (reading a batch's JSON lines back)."""
        values = dict(data)
        for name in ("wcag", "act"):
            values[name] = tuple(values[name])
        context = values.pop("context", None)
        return cls(**values, context=SourceContext.from_dict(context) if context else None)


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

    @classmethod
    def from_dict(cls, data: dict) -> "FileResult":
        return cls(data["path"], data["encoding"], data["encoding_source"],
                   [Finding.from_dict(finding) for finding in data["findings"]])


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
