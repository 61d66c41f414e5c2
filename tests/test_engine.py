"""The engine: rule crashes, broken plugins, determinism, and the rule metadata contract."""

from __future__ import annotations

import json
from importlib.metadata import EntryPoint

import pytest

from a11ylint import Config, Linter, RunResult
from a11ylint.cli import main
from a11ylint.registry import Registry, RegistryError, load_registry
from a11ylint.rule import Fail, Text, rule


def _crashing_rule():
    @rule(code="ZZZ001", name="always-crashes", title=Text("Crashes", "崩溃"),
          messages={"x": Text("x", "x")}, fix=Text("f", "修"), selector="img", best_practice=True)
    def check(element, ctx):
        raise ValueError("boom")

    return check


def test_a_rule_that_raises_becomes_an_internal_finding_and_the_others_still_run(registry):
    crashing = _crashing_rule()
    linter = Linter(Config(select=("ZZZ001", "IMG001", "SYS")), Registry(registry.rules + [crashing]))
    result = linter.lint_text("<p>x</p>\n<img src=a>")
    found = {(f.code, f.line, f.column) for f in result.findings}
    assert ("IMG001", 2, 1) in found
    assert ("SYS002", 2, 1) in found
    message = next(f.message for f in result.findings if f.code == "SYS002")
    assert "ZZZ001 (always-crashes) raised ValueError: boom" in message
    assert RunResult([result]).exit_code("error") == 2


def test_a_rule_crash_exits_2_from_the_cli(monkeypatch, capsys, tmp_path, registry):
    import a11ylint.engine

    crashing = _crashing_rule()
    monkeypatch.setattr(a11ylint.engine, "load_registry", lambda: Registry(registry.rules + [crashing]))
    page = tmp_path / "p.html"
    page.write_text("<img src=a>", encoding="utf-8")
    assert main(["check", "--select", "ZZZ001,IMG001", str(page)]) == 2
    out = capsys.readouterr().out
    assert "SYS002 internal-error ZZZ001 (always-crashes) raised ValueError: boom" in out
    assert "IMG001 image-alt" in out


def test_an_undeclared_message_key_is_a_crash_not_a_silent_pass(registry):
    @rule(code="ZZZ002", name="bad-message", title=Text("t", "t"), messages={"ok": Text("ok", "好")},
          fix=Text("f", "修"), selector="p", best_practice=True)
    def check(element, ctx):
        return Fail("typo")

    result = Linter(Config(select=("ZZZ002",)), Registry(registry.rules + [check])).lint_text("<p>x</p>")
    assert [f.code for f in result.findings] == ["SYS002"]


def _fake_entry_points(extra):
    real = list(__import__("importlib.metadata").metadata.entry_points(group="a11ylint.rules"))

    def entry_points(group):
        assert group == "a11ylint.rules"
        return real + extra

    return entry_points


def test_a_broken_plugin_is_reported_not_fatal(monkeypatch, capsys, tmp_path):
    import a11ylint.registry

    broken = EntryPoint(name="broken", value="a11ylint_no_such_module:get_rules", group="a11ylint.rules")
    monkeypatch.setattr(a11ylint.registry, "entry_points", _fake_entry_points([broken]))
    registry = load_registry()
    assert registry.get("IMG001") is not None
    assert registry.plugin_errors and "plugin 'broken'" in registry.plugin_errors[0]
    assert "ModuleNotFoundError" in registry.plugin_errors[0]

    assert main(["rules"]) == 0
    assert "a11ylint: warning: plugin 'broken'" in capsys.readouterr().err

    page = tmp_path / "p.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    assert main(["check", "--select", "EXT001", str(page)]) == 2
    err = capsys.readouterr().err
    assert "unknown rule selector 'EXT001'" in err and "plugin 'broken'" in err and len(err.splitlines()) == 1


def test_a_plugin_that_claims_a_builtin_code_is_refused(monkeypatch):
    import a11ylint.registry
    import types
    import sys

    module = types.ModuleType("a11ylint_clashing_plugin")

    @rule(code="IMG001", name="my-image-rule", title=Text("t", "t"), messages={"x": Text("x", "x")},
          fix=Text("f", "修"), selector="img", best_practice=True)
    def clash(element, ctx):
        return None

    module.get_rules = lambda: [clash]
    monkeypatch.setitem(sys.modules, "a11ylint_clashing_plugin", module)
    entry = EntryPoint(name="clash", value="a11ylint_clashing_plugin:get_rules", group="a11ylint.rules")
    monkeypatch.setattr(a11ylint.registry, "entry_points", _fake_entry_points([entry]))
    with pytest.raises(RegistryError, match="both claim 'IMG001'"):
        load_registry()


def test_output_is_deterministic(capsys, seed_path):
    outputs = []
    for _ in range(2):
        main(["check", "--format", "json", str(seed_path)])
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    findings = json.loads(outputs[0])["files"][0]["findings"]
    keys = [(f["line"], f["column"], f["code"]) for f in findings]
    assert keys == sorted(keys)


def test_selectors_are_compiled_once_per_process(monkeypatch, registry):
    import a11ylint.context as context

    compiled = []
    real = context.etree

    class CountingEtree:
        def __getattr__(self, name):
            return getattr(real, name)

        def XPath(self, path, **kwargs):  # noqa: N802 (lxml's name)
            compiled.append(path)
            return real.XPath(path, **kwargs)

    monkeypatch.setattr(context, "etree", CountingEtree())
    monkeypatch.setattr(context, "_COMPILED", {})
    linter = Linter(Config(select=("ALL",)), registry)
    for _ in range(3):
        linter.lint_text("<html><img src=a><p>x</p></html>")
    assert len(compiled) == len(context._COMPILED) > 20  # one compilation per distinct selector, not per page


def test_rule_metadata_contract(registry):
    codes = [rule.code for rule in registry.rules]
    names = [rule.name for rule in registry.rules]
    assert len(codes) == len(set(codes)) and len(names) == len(set(names))
    for rule_ in registry.rules:
        assert rule_.problems() == [], rule_.code
        if rule_.check is not None:
            assert rule_.selector, rule_.code
        if rule_.best_practice:
            for text in rule_.messages.values():
                assert " must " not in f" {text.en} ", f"{rule_.code}: best practices say 'should'"


def test_act_ids_exist_in_the_w3c_data(registry):
    from conftest import SHARED

    rules_file = SHARED / "act-rules" / "rules.json"
    if not rules_file.is_file():
        pytest.skip("../shared/act-rules is not available")
    known = {entry["rule_id"] for entry in json.loads(rules_file.read_text(encoding="utf-8"))}
    for rule_ in registry.rules:
        assert set(rule_.act) <= known, rule_.code


@pytest.mark.parametrize("page", ["county-notice.html", "gbk-notice.html"])
def test_each_finding_selector_selects_exactly_its_element(page):
    from pathlib import Path

    from a11ylint.context import compile_selector
    from a11ylint.encoding import decode_html
    from a11ylint.parse import parse_html

    path = Path(__file__).resolve().parent.parent / "examples" / page
    document = parse_html(decode_html(path.read_bytes()).text)
    result = Linter(Config(select=("ALL",))).lint_path(path)
    assert result.findings
    for finding in result.findings:
        matches = compile_selector(finding.selector)(document.root)
        assert len(matches) == 1, finding.selector
        if finding.code not in ("SYS100", "SYS101", "SYS102"):
            assert document.position(matches[0]) == (finding.line, finding.column), finding
