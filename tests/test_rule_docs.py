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


_CJK = __import__("re").compile(r"[\u3400-\u9fff]")


@pytest.mark.parametrize("rule", _REGISTRY.rules, ids=lambda rule: rule.code)
def test_rule_title_messages_and_fix_hint_exist_in_english_and_chinese(rule):
    from a11ylint.rule import Text

    assert rule.messages, f"{rule.code} has no messages"
    texts = {"title": rule.title, "fix": rule.fix, **{f"message {key!r}": text for key, text in rule.messages.items()}}
    for what, text in texts.items():
        assert isinstance(text, Text), f"{rule.code}: {what} must be Text(en, zh), not {text!r}"
        assert text.en.strip(), f"{rule.code}: {what} has no English text"
        assert text.zh.strip(), f"{rule.code}: {what} has no Chinese text"
        assert _CJK.search(text.zh), f"{rule.code}: the Chinese {what} has no Chinese in it: {text.zh!r}"
    assert "\n" not in rule.fix.en and "\n" not in rule.fix.zh, f"{rule.code}: the fix hint must be one line"


def test_rule_command_in_chinese_shows_the_chinese_title_and_fix_hint(capsys):
    from a11ylint.cli import main

    image_alt = _REGISTRY.get("IMG001")
    assert main(["rule", "IMG001", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    first, second = out.splitlines()[:2]
    assert first == f"IMG001 image-alt: {image_alt.title.zh}" == "IMG001 image-alt: 图片必须有替代文本"
    assert second == f"修复建议：{image_alt.fix.zh}" and "alt" in second
    assert image_alt.title.en not in first and image_alt.fix.en not in out
    assert "## How to fix" in out  # the documentation itself stays as written

    assert main(["rule", "IMG001"]) == 0
    first, second = capsys.readouterr().out.splitlines()[:2]
    assert first == f"IMG001 image-alt: {image_alt.title.en}" and second == f"Fix: {image_alt.fix.en}"


def test_a_rule_without_a_bilingual_fix_hint_is_refused():
    from dataclasses import replace

    from a11ylint.rule import Text

    image_alt = _REGISTRY.get("IMG001").load()  # the Rule itself, not its catalog entry
    system = _REGISTRY.get("SYS002").load()  # emitted by the engine, declared with system_rule()
    assert image_alt.problems() == [] and system.problems() == []
    for rule in (image_alt, system):
        for fix in (None, Text("", "修复"), Text("Fix it", ""), Text("Fix it", "  ")):
            assert any(problem.startswith("fix:") for problem in replace(rule, fix=fix).problems()), (rule.code, fix)


def test_rules_listing_shows_fix_hints(capsys):
    import json

    from a11ylint.cli import main

    image_alt = _REGISTRY.get("IMG001")
    assert main(["rules", "--format", "json", "--lang", "zh"]) == 0
    listed = {rule["code"]: rule for rule in json.loads(capsys.readouterr().out)}
    assert listed["IMG001"]["fix"] == listed["IMG001"]["fix_zh"] == image_alt.fix.zh
    assert main(["rules", "--format", "json"]) == 0
    listed = {rule["code"]: rule for rule in json.loads(capsys.readouterr().out)}
    assert listed["IMG001"]["fix"] == image_alt.fix.en and listed["IMG001"]["fix_zh"] == image_alt.fix.zh
    assert all(rule["fix"] and rule["fix_zh"] for rule in listed.values())

    for lang, hint in (("en", image_alt.fix.en), ("zh", image_alt.fix.zh)):
        assert main(["rules", "--format", "markdown", "--lang", lang]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].endswith("| fix |")
        assert next(line for line in lines if line.startswith("| IMG001 |")).endswith(f"| {hint} |")
