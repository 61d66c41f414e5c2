"""Helpers for testing rules, public so that plugin authors can run their own rules' examples.

Each rule docstring has ``## Failing example`` and ``## Passing example`` sections holding ```` ```html ````
blocks. Linting a failing block with only that rule selected must report the rule at least once;
linting a passing block must not report it. In a plugin's test suite::

    import pytest
    from a11ylint.testing import doc_examples, example_problems

    @pytest.mark.parametrize("example", doc_examples(my_rules()), ids=str)
    def test_examples(example):
        assert example_problems(example) == []
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .config import Config
from .engine import Linter
from .registry import Registry, load_registry
from .rule import Rule

REQUIRED_SECTIONS = ("## What it checks", "## Why it matters", "## References")
_SECTION = re.compile(r"^## (.+)$", re.MULTILINE)
_HTML_BLOCK = re.compile(r"```html\n(.*?)```", re.DOTALL)


@dataclass(frozen=True)
class DocExample:
    rule: Rule
    kind: str  # "failing" | "passing"
    index: int
    html: str

    def __str__(self) -> str:
        return f"{self.rule.code}-{self.kind}-{self.index}"


def sections(doc: str) -> dict[str, str]:
    """A docstring's ``## Heading`` sections, by heading."""
    found = {}
    matches = list(_SECTION.finditer(doc))
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(doc)
        found[match.group(1).strip()] = doc[match.end():end]
    return found


def doc_examples(rules) -> list[DocExample]:
    """Every failing and passing HTML example in the rules' docstrings."""
    examples = []
    for rule in rules:
        parts = sections(rule.doc)
        for kind, heading in (("failing", "Failing example"), ("passing", "Passing example")):
            for index, block in enumerate(_HTML_BLOCK.findall(parts.get(heading, "")), start=1):
                examples.append(DocExample(rule, kind, index, block))
    return examples


def doc_problems(rule: Rule) -> list[str]:
    """What is missing from a rule's documentation."""
    problems = []
    first_line = rule.doc.strip().splitlines()[0] if rule.doc.strip() else ""
    if not first_line or first_line.startswith("#"):
        problems.append("the docstring must open with the requirement in one sentence")
    for heading in REQUIRED_SECTIONS:
        if heading not in rule.doc:
            problems.append(f"missing section {heading!r}")
    if rule.check is not None:
        failing = rule.doc.find("## Failing example")
        passing = rule.doc.find("## Passing example")
        if failing < 0 or passing < 0:
            problems.append("a rule with a check needs '## Failing example' and '## Passing example'")
        elif failing > passing:
            problems.append("'## Failing example' must come before '## Passing example'")
    return problems


def example_problems(example: DocExample, registry: Registry | None = None) -> list[str]:
    """Why an example does not behave as documented (empty when it does)."""
    registry = registry or load_registry()
    code = example.rule.code
    # Engine-emitted rules need the rules they report on, so they run with everything selected.
    selection = ("ALL",) if example.rule.check is None else (code,)
    result = Linter(Config(select=selection), registry).lint_text(example.html, f"{example}.html")
    hits = [finding for finding in result.findings if finding.code == code]
    crashes = [finding.message for finding in result.findings if finding.code == "SYS002"]
    if crashes:
        return [f"rule crashed: {crashes[0]}"]
    if example.kind == "failing" and not hits:
        return [f"{example}: expected {code} to report this example, it did not"]
    if example.kind == "passing" and hits:
        return [f"{example}: expected no {code} finding, got: " + "; ".join(h.message for h in hits)]
    return []
