"""SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps, SARIF viewers in editors).

One run. ``tool.driver.rules`` lists only the rules that have results, sorted by code; each result points
at its rule by ``ruleIndex``. Suppressed findings stay, with an ``inSource`` suppression that carries the
comment's reason, because viewers show waived results as waived rather than as fixed.

Needs-review findings are ``kind: "review"`` with ``level: "none"``: SARIF §3.27.10 allows a level other
than "none" only on ``kind: "fail"``, and a review is not a failure (it never fails the run either).

Rule tags use a11ylint's selector vocabulary (``wcag:1.1.1``, ``level:AA``) plus requirement ids such as
``CN-ID-01``, so that a tag seen in a dashboard can be pasted into ``--select``.
"""

from __future__ import annotations

import json

from a11ylint import __version__
from a11ylint.fingerprint import FINGERPRINT_KEY, fingerprint
from a11ylint.results import Finding, RunResult

from .paths import artifact_location, root_uri
from .ruleinfo import RuleInfo, rule_infos
from .safetext import without_surrogates

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# GitHub ranks alerts by precision; preview rules have not yet met the corpus, so they claim less.
_PRECISION = {"stable": "high", "preview": "medium"}


def render(run: RunResult, context) -> str:
    infos = rule_infos(context.rules, context.lang)
    statuses = {rule.code: rule.status for rule in context.rules}
    names = {finding.code: finding.name for _, finding in run.findings()}
    codes = sorted(names)
    rule_index = {code: index for index, code in enumerate(codes)}
    driver = {
        "name": "a11ylint",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_descriptor(infos[code], statuses.get(code, "stable")) if code in infos
                  else {"id": code, "name": names[code]} for code in codes],
    }
    sarif_run = {
        "tool": {"driver": driver},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri(context.root)}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(result.path, finding, rule_index[finding.code], context.root)
                    for result, finding in run.findings()],
    }
    document = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [sarif_run]}
    # ensure_ascii=False keeps CJK readable; lone surrogates from broken pages would not encode as UTF-8.
    return without_surrogates(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def _descriptor(info: RuleInfo, status: str) -> dict:
    tags = [f"wcag:{sc}" for sc in info.wcag]
    tags += [f"level:{info.level}"] if info.level else []
    tags += [*info.requirements, "accessibility"]
    descriptor = {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.title},
        "fullDescription": {"text": "\n\n".join(part for part in (info.summary, info.what) if part)},
        "help": _help(info),
        "defaultConfiguration": {"level": _LEVELS[info.severity]},
        "properties": {"tags": list(dict.fromkeys(tags)), "precision": _PRECISION.get(status, "medium")},
    }
    if info.help_uri:
        descriptor["helpUri"] = info.help_uri
    return descriptor


def _help(info: RuleInfo) -> dict:
    sections = [(heading, body) for heading, body in
                (("What it checks", info.what), ("Why it matters", info.why), ("How to fix", info.how)) if body]
    if not sections:
        sections = [("How to fix", info.fix or info.title)]
    return {
        "text": "\n\n".join(f"{heading}\n{body}" for heading, body in sections),
        "markdown": "\n\n".join(f"## {heading}\n\n{body}" for heading, body in sections),
    }


def _result(path: str, finding: Finding, rule_index: int, root: str) -> dict:
    review = finding.outcome == "needs-review"
    result = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "kind": "review" if review else "fail",
        "level": "none" if review else _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(path, finding, root)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
    }
    if finding.suppressed:
        suppression = {"kind": "inSource"}
        if finding.suppression_reason:
            suppression["justification"] = finding.suppression_reason
        result["suppressions"] = [suppression]
    return result


def _location(path: str, finding: Finding, root: str) -> dict:
    region = {"startLine": max(1, finding.line), "startColumn": max(1, finding.column)}
    if finding.snippet:
        region["snippet"] = {"text": finding.snippet}
    physical = {"artifactLocation": artifact_location(path, root), "region": region}
    if finding.context and finding.context.lines:
        # The context lines are cut to a column window; the region still names whole lines, as SARIF's
        # contextRegion usually does, and the snippet shows the visible part of each.
        physical["contextRegion"] = {
            "startLine": finding.context.first_line,
            "endLine": finding.context.first_line + len(finding.context.lines) - 1,
            "snippet": {"text": "\n".join(finding.context.lines)},
        }
    location = {"physicalLocation": physical}
    if finding.selector:
        location["logicalLocations"] = [{"fullyQualifiedName": finding.selector, "kind": "element"}]
    return location
