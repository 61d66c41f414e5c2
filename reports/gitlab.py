"""GitLab Code Quality JSON (``artifacts:reports:codequality``), shown in merge requests.

An array of ``{description, check_name, fingerprint, severity, location: {path, lines: {begin}}}``;
suppressed findings are left out. The description starts with the rule's code and name, since the
merge-request widget shows nothing else. Severity: needs-review → info; error → major, or critical when
the rule's impact is critical; warning → minor; info → info.

GitLab keeps only the first issue of each fingerprint and compares fingerprints between the base and head
pipelines to tell new issues from fixed ones. A shared page template repeats the same element, and so the
same ``a11ylint.fingerprint``, on every page, so the issue's fingerprint hashes that one with the page
path; a second finding with the same pair (two identical elements in one page) adds its occurrence
number. Both keep the fingerprint stable when lines move or other pages change.
"""

from __future__ import annotations

import hashlib
import json

from a11ylint.fingerprint import fingerprint
from a11ylint.results import Finding, RunResult

from .paths import report_path
from .safetext import without_surrogates

_REVIEW = {"en": "needs review", "zh": "待复核"}


def severity(finding: Finding) -> str:
    if finding.outcome == "needs-review":
        return "info"
    if finding.severity == "error":
        return "critical" if finding.impact == "critical" else "major"
    return "minor" if finding.severity == "warning" else "info"


def _description(finding: Finding, lang: str) -> str:
    review = f" ({_REVIEW.get(lang, _REVIEW['en'])})" if finding.outcome == "needs-review" else ""
    return f"{finding.code} {finding.name}{review}: {finding.message}"


def render(run: RunResult, context) -> str:
    issues = []
    occurrences: dict[tuple[str, str], int] = {}
    for result, finding in run.findings():
        if finding.suppressed:
            continue
        path = report_path(result.path, context.root)
        key = (path, fingerprint(finding))
        occurrences[key] = occurrences.get(key, 0) + 1
        issues.append({
            "description": _description(finding, context.lang),
            "check_name": finding.code,
            "fingerprint": _issue_fingerprint(*key, occurrences[key]),
            "severity": severity(finding),
            "location": {"path": path, "lines": {"begin": max(1, finding.line)}},
        })
    return without_surrogates(json.dumps(issues, ensure_ascii=False, indent=2)) + "\n"


def _issue_fingerprint(path: str, element_fingerprint: str, occurrence: int) -> str:
    key = f"{path}\0{element_fingerprint}" + (f"\0{occurrence}" if occurrence > 1 else "")
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
