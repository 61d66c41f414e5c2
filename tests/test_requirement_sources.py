"""Jurisdiction and security rules name the requirement they enforce, and where research/COMPLIANCE.md marks
that requirement's source `?` (not verified), the rule defaults to warning and its docs say so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from a11ylint.registry import load_registry

COMPLIANCE = Path(__file__).resolve().parents[2] / "shared" / "research" / "COMPLIANCE.md"

# Rules that stay errors although one of their requirements carries a `?`: the unverified part is not what
# the rule fails on, and the rule's docs say which part it is.
ERRORS_DESPITE_UNVERIFIED_PART = {
    # US-508-02: the "Accessibility" link is verified (digital.gov); only whether M-24-08 keeps the statement
    # duty is marked `?`.
    "US001",
    # UK-PSBAR-02: the statement's required content is verified (SI 2018/952 reg 8); only the exact wording of
    # the compliance sentence is marked `?`, and the rule accepts any wording of the three statuses.
    "UK002",
}

_REQUIREMENT_ROW = re.compile(r"^\|\s*([A-Z]+(?:-[A-Z0-9]+)+-\d+)\b")
_UNVERIFIED = re.compile(r"(?:^|[\s(])\?(?=[\s).,;—]|$)")


def _requirement_sources() -> dict[str, str]:
    sources = {}
    for line in COMPLIANCE.read_text(encoding="utf-8").splitlines():
        found = _REQUIREMENT_ROW.match(line)
        if found:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            sources[found.group(1)] = cells[-1]
    return sources


def _jurisdiction_rules():
    return [rule for rule in load_registry().rules if rule.jurisdiction or "security" in rule.tags]


def test_every_jurisdiction_and_security_rule_names_its_requirement():
    missing = [rule.code for rule in _jurisdiction_rules() if not rule.requirements]
    assert missing == []


@pytest.mark.skipif(not COMPLIANCE.is_file(), reason="needs ../shared/research/COMPLIANCE.md")
def test_requirements_exist_and_unverified_ones_default_to_warning():
    sources = _requirement_sources()
    problems = []
    for rule in _jurisdiction_rules():
        unknown = [requirement for requirement in rule.requirements if requirement not in sources]
        if unknown:
            problems.append(f"{rule.code}: {unknown} not in COMPLIANCE.md")
        unverified = [requirement for requirement in rule.requirements
                      if requirement in sources and _UNVERIFIED.search(sources[requirement])]
        if not unverified:
            continue
        if not re.search(r"not verified|unverified", rule.doc, re.IGNORECASE):
            problems.append(f"{rule.code}: {unverified} unverified, and its docs do not say so")
        if rule.severity == "error" and rule.code not in ERRORS_DESPITE_UNVERIFIED_PART:
            problems.append(f"{rule.code}: {unverified} unverified, yet it defaults to error")
    assert problems == []


@pytest.mark.skipif(not COMPLIANCE.is_file(), reason="needs ../shared/research/COMPLIANCE.md")
def test_rule_docs_cite_a_source():
    # Every rule's References section names where the requirement comes from, not only the requirement id.
    missing = [rule.code for rule in _jurisdiction_rules()
               if "## References" not in rule.doc and "## Sources" not in rule.doc]
    assert missing == []
