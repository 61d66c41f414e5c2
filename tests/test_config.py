"""Configuration: pyproject discovery, strict keys, selectors, presets, options, severities, per-file ignores."""

from __future__ import annotations

import textwrap

import pytest

from a11ylint import Config, ConfigError, Linter, load_config
from a11ylint.cli import main
from a11ylint.selection import preset_codes

from helpers import codes


def write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_nearest_pyproject_with_a11ylint_table(tmp_path):
    write(tmp_path / "pyproject.toml", """
        [tool.a11ylint]
        select = ["IMG"]
        fail-on = "warning"
    """)
    nested = tmp_path / "site" / "news"
    nested.mkdir(parents=True)
    write(nested / "pyproject.toml", "[project]\nname = 'unrelated'\n")  # no [tool.a11ylint]: skipped
    config = load_config(start=nested)
    assert config.select == ("IMG",) and config.fail_on == "warning"
    assert config.base_dir == tmp_path.resolve()


def test_config_file_with_top_level_keys(tmp_path):
    config = load_config(write(tmp_path / "crawl.toml", 'ignore = ["HTM"]\nlang = "zh"\n'))
    assert config.ignore == ("HTM",) and config.lang == "zh"


def test_unknown_key_exits_2_naming_it(tmp_path, capsys):
    write(tmp_path / "pyproject.toml", """
        [tool.a11ylint]
        selec = ["IMG"]
    """)
    code = main(["check", "--config", str(tmp_path / "pyproject.toml"), str(write(tmp_path / "p.html", "<p>"))])
    err = capsys.readouterr().err
    assert code == 2
    assert "unknown key 'selec'" in err and "did you mean 'select'?" in err and "pyproject.toml" in err


@pytest.mark.parametrize("body, message", [
    ('select = "IMG"', "'select' must be a list of strings"),
    ('fail-on = "fatal"', "'fail-on' must be one of error, warning, info"),
    ('lang = "fr"', "'lang' must be one of en, zh"),
    ("[severity]\nIMG001 = 'loud'", "'severity.IMG001' must be one of"),
    ("select = [", "invalid TOML"),
])
def test_bad_values(tmp_path, body, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_config(write(tmp_path / "a.toml", body))


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize("config, message", [
    (Config(select=("IMG999",)), "unknown rule selector 'IMG999'"),
    (Config(ignore=("image-alts",)), "did you mean 'image-alt'?"),
    (Config(extend_select=("wcag:9.9.9",)), "unknown rule selector 'wcag:9.9.9'"),
    (Config(per_file_ignores={"*.htm": ("nonsense",)}), "per-file-ignores.*.htm"),
    (Config(severity={"ZZZ": "info"}), "unknown rule selector 'ZZZ'"),
    (Config(rule_options={"image-alt": {"x": 1}}), "rule image-alt has no option 'x'"),
    (Config(rule_options={"spacer-paragraph": {"min-run": "2"}}), "expected int, got str '2'"),
    (Config(rule_options={"spacer-paragraph": {"min-run": 0}}), "must be at least 1"),
    (Config(rule_options={"no-such-rule": {}}), r"\[rules.no-such-rule\] names no rule"),
    (Config(preset="wcag21"), "unknown preset or profile 'wcag21'"),
])
def test_invalid_configuration_is_refused(config, message):
    with pytest.raises(ConfigError, match=message):
        Linter(config)


def test_selectors_code_prefix_name_tag_and_all(registry):
    from a11ylint.registry import Registry

    subset = Registry([registry.get(code) for code in ("IMG001", "HTM002", "HDG001", "LNG001", "DOC001", "SYS002")])

    def selected(*selectors, ignore=()):
        return sorted(code for code in Linter(Config(select=selectors, ignore=ignore), subset).selected
                      if not code.startswith("SYS"))

    assert selected("IMG001") == ["IMG001"]
    assert selected("image-alt") == ["IMG001"]
    assert selected("HTM") == ["HTM002"]
    assert selected("wcag:1.1.1") == ["IMG001"]
    assert selected("level:A", ignore=("wcag:2.4.2",)) == ["IMG001", "LNG001"]
    assert selected("best-practice") == ["HDG001"]
    assert selected("tag:html") == ["HTM002"]
    assert selected("act:23a2a8") == ["IMG001"]
    assert selected("std:EN-301-549", ignore=("LNG", "DOC")) == ["IMG001"]
    assert selected("ALL") == ["DOC001", "HDG001", "HTM002", "IMG001", "LNG001"]
    assert codes("<html><img src=x><center>c</center><h1></h1></html>", select=("IMG001", "HTM002")) == [
        "IMG001", "HTM002"]


def test_more_specific_selector_wins_and_ignore_wins_ties(registry):
    from a11ylint.registry import Registry

    subset = Registry([registry.get(code) for code in ("IMG001", "IMG003", "LNK001")])

    def selected(**config):
        return sorted(Linter(Config(**config), subset).selected)

    assert selected(select=("IMG",), ignore=("IMG001",)) == ["IMG003"]
    assert selected(select=("IMG001",), ignore=("IMG",)) == ["IMG001"]
    assert selected(select=("IMG001",), ignore=("image-alt",)) == []
    assert selected(select=("IMG",), ignore=("IMG0",)) == []  # the longer prefix wins
    assert selected(extend_select=(), ignore=("ALL",)) == []


def test_extend_select_adds_to_the_preset():
    page = "<html lang=en><title>t</title><h1></h1><img src=x></html>"
    assert set(codes(page, preset="wcag2a")) == {"IMG001"}
    assert set(codes(page, preset="wcag2a", extend_select=("HDG001",))) == {"IMG001", "HDG001"}


def test_presets_are_computed_from_metadata(registry):
    rules = registry.rules
    wcag2aa = preset_codes("wcag2aa", rules)
    wcag22aa = preset_codes("wcag22aa", rules)
    assert "HTM003" in wcag2aa and "HTM003" not in wcag22aa  # 4.1.1 Parsing is obsolete in WCAG 2.2
    assert "IMG001" in wcag22aa and "HDG001" not in wcag22aa  # best practices are not WCAG requirements
    assert preset_codes("html", rules) >= {"HTM001", "HTM002", "HTM003", "HTM004", "HTM005"}
    assert preset_codes("all", rules) == {rule.code for rule in rules}
    for rule in rules:
        if rule.code in wcag2aa and "system" not in rule.tags:
            assert rule.wcag and not rule.best_practice


def test_severity_overrides_by_selector():
    findings_default = {f.code: f.severity for f in Linter(Config(select=("HDG001", "IMG001"))).lint_text(
        "<h1></h1><img src=x>").findings}
    assert findings_default == {"HDG001": "warning", "IMG001": "error"}
    linter = Linter(Config(select=("HDG001", "IMG001"), severity={"IMG": "info", "empty-heading": "error"}))
    assert {f.code: f.severity for f in linter.lint_text("<h1></h1><img src=x>").findings} == {
        "HDG001": "error", "IMG001": "info"}


def test_rule_options_change_behaviour():
    page = "<gcse:search></gcse:search><p>a</p><p> </p><p>b</p>"
    assert set(codes(page, select=("HTM001", "HTM005"))) == {"HTM001", "HTM005"}
    options = {"unknown-element": {"allowed-elements": ["gcse:search"]}, "HTM005": {"min-run": 2}}
    assert codes(page, select=("HTM001", "HTM005"), rule_options=options) == []


def test_per_file_ignores(tmp_path):
    (tmp_path / "legacy").mkdir()
    old = tmp_path / "legacy" / "old.html"
    new = tmp_path / "new.html"
    for page in (old, new):
        page.write_text("<center><img src=x></center>", encoding="utf-8")
    config = Config(select=("IMG001", "HTM002"), base_dir=tmp_path,
                    per_file_ignores={"legacy/**/*.html": ("HTM",), "new.html": ("image-alt",)})
    linter = Linter(config)
    assert {f.code for f in linter.lint_path(old).findings} == {"IMG001"}
    assert {f.code for f in linter.lint_path(new).findings} == {"HTM002"}
