"""Every rule's documentation: required sections, and every failing/passing example behaves as documented."""

from __future__ import annotations

import pytest

from a11ylint.registry import load_registry
from a11ylint.testing import doc_examples, doc_problems, example_problems

_REGISTRY = load_registry()


@pytest.mark.parametrize("rule", _REGISTRY.rules, ids=lambda rule: rule.code)
def test_rule_docs_have_required_sections(rule):
    assert doc_problems(rule) == []


@pytest.mark.parametrize("example", doc_examples(_REGISTRY.rules), ids=str)
def test_doc_example(example):
    assert example_problems(example, _REGISTRY) == []


def test_every_rule_with_a_check_has_examples():
    with_examples = {example.rule.code for example in doc_examples(_REGISTRY.rules)}
    missing = [rule.code for rule in _REGISTRY.rules if rule.check is not None and rule.code not in with_examples]
    assert missing == []


def test_failing_and_passing_examples_both_exist_for_each_checked_rule():
    kinds = {}
    for example in doc_examples(_REGISTRY.rules):
        kinds.setdefault(example.rule.code, set()).add(example.kind)
    incomplete = [code for code, found in kinds.items()
                  if _REGISTRY.get(code).check is not None and found != {"failing", "passing"}]
    assert incomplete == []


_TECHNIQUE = __import__("re").compile(r"\b(?:H|F|G|C|ARIA|SCR|SVR|PDF|SM|T)\d{1,3}\b")


@pytest.mark.parametrize("rule", [rule for rule in _REGISTRY.rules if rule.check is not None], ids=lambda r: r.code)
def test_rule_docs_cite_their_sources(rule):
    from a11ylint.testing import sections

    references = sections(rule.doc).get("References", "")
    for act_id in rule.act:
        assert act_id in references, f"{rule.code} must cite ACT rule {act_id}"
    if rule.wcag:
        assert _TECHNIQUE.search(references), f"{rule.code} must cite a WCAG technique or failure (H37, F65, ...)"
        for sc in rule.wcag:
            slug = __import__("a11ylint.standards", fromlist=["x"]).SUCCESS_CRITERIA[sc].slug
            assert sc in references or slug in references, f"{rule.code} must cite WCAG {sc}"
