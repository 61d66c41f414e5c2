"""The command line: the seed page, exit codes, output formats and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from a11ylint.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_seed_page_reports_what_the_issue_names(capsys, seed_path):
    code, out, _ = run(capsys, "check", str(seed_path))
    assert code == 1
    lines = out.splitlines()

    def has(position, code_, text=""):
        return any(f":{position} {code_} " in line and text in line for line in lines)

    assert has("7:1", "HTM001", "<delect>")
    assert has("16:41", "HTM001", "<delect>")
    assert has("10:5", "HTM002", "<menuitem>")
    assert has("16:22", "HTM002", "<center>")
    assert any("HTM003 duplicate-id" in line and '"h4sia"' in line for line in lines)
    assert any("LNG001 html-has-lang" in line for line in lines)
    assert any("DOC001 document-title" in line for line in lines)
    assert all(line.startswith(str(seed_path)) for line in lines[:-1])


def test_seed_page_in_chinese(capsys, seed_path):
    code, out, _ = run(capsys, "check", "--lang", "zh", "--select", "LNG001,DOC001", str(seed_path))
    assert code == 1
    assert "缺少 lang 属性" in out and "页面缺少 <title>" in out
    assert "在 1 个文件中发现 2 个问题" in out


def test_clean_page_exits_zero(capsys, tmp_path):
    page = tmp_path / "ok.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head><title>Notice</title></head>'
                    '<body><main><p>Text</p></main></body></html>', encoding="utf-8")
    code, out, _ = run(capsys, "check", str(page))
    assert code == 0
    assert "No problems found in 1 file(s)." in out


def test_fail_on_and_exit_zero(capsys, tmp_path):
    page = tmp_path / "spacer.html"
    page.write_text('<!DOCTYPE html><html lang="en"><title>T</title><p>a</p><p>&nbsp;</p><p>b</p>', encoding="utf-8")
    assert run(capsys, "check", str(page))[0] == 0  # a warning does not fail at the default fail-on=error
    assert run(capsys, "check", "--fail-on", "warning", str(page))[0] == 1
    assert run(capsys, "check", "--fail-on", "warning", "--exit-zero", str(page))[0] == 0


def test_stdin(capsys, monkeypatch):
    stream = type("Stdin", (), {})()
    stream.buffer = __import__("io").BytesIO(b"<html><img src=x></html>")
    monkeypatch.setattr(sys, "stdin", stream)
    code, out, _ = run(capsys, "check", "--select", "IMG001", "--stdin-filename", "page.html", "-")
    assert code == 1
    assert out.startswith("page.html:1:7 IMG001 image-alt ")


def test_json_output_to_file(capsys, tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<img src=x>", encoding="utf-8")
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "check", "--format", "json", "-o", str(target), str(page))
    assert code == 1 and out == ""
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["schema_version"] == 1
    assert document["files"][0]["path"] == str(page)
    assert document["files"][0]["encoding"] == "utf-8"
    assert {finding["code"] for finding in document["files"][0]["findings"]} >= {"IMG001", "LNG001", "DOC001"}


def test_statistics(capsys, seed_path):
    _, out, _ = run(capsys, "check", "--statistics", str(seed_path))
    assert "Findings by rule:" in out
    assert any(line.split() == ["19", "HTM003", "duplicate-id"] for line in out.splitlines())


@pytest.mark.parametrize("argv, message", [
    (["check", "no/such/file.html"], "no/such/file.html: no such file or folder"),
    (["check", "--select", "IMG999"], "unknown rule selector 'IMG999'"),
    (["check", "--preset", "wcag3"], "unknown preset or profile 'wcag3'"),
    (["check", "--profile", "gov-c"], "unknown profile 'gov-c' (did you mean 'gov-cn'?)"),
    (["check", "--encoding", "klingon"], "unknown encoding label 'klingon'"),
    (["rule", "NOPE001"], "unknown rule 'NOPE001'"),
])
def test_errors_are_one_line_and_exit_2(capsys, tmp_path, argv, message):
    page = tmp_path / "p.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    if argv[0] == "check" and len(argv) == 3:
        argv = argv + [str(page)]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_folder_without_html_is_an_error(capsys, tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2
    assert f"{tmp_path}: no files matching *.html, *.htm" in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_a_one_line_error(capsys, tmp_path):
    page = tmp_path / "secret.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    page.chmod(0)
    try:
        code, _, err = run(capsys, "check", str(page))
    finally:
        page.chmod(0o644)
    assert code == 2 and f"{page}: permission denied" in err


def test_file_that_vanishes_becomes_a_finding(tmp_path):
    from a11ylint import Linter

    result = Linter().lint_path(tmp_path / "gone.html")
    assert [(finding.code, finding.line, finding.column) for finding in result.findings] == [("SYS001", 1, 1)]
    assert "No such file or directory" in result.findings[0].message


def test_folder_walk_include_exclude(capsys, tmp_path):
    (tmp_path / "a.html").write_text("<img src=x>", encoding="utf-8")
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "b.htm").write_text("<img src=x>", encoding="utf-8")
    (tmp_path / "c.shtml").write_text("<img src=x>", encoding="utf-8")
    _, out, _ = run(capsys, "check", "--select", "IMG001", str(tmp_path))
    assert sorted({line.split(":")[0] for line in out.splitlines()[:-1]}) == [
        str(tmp_path / "a.html"), str(tmp_path / "vendor" / "b.htm")]
    _, out, _ = run(capsys, "check", "--select", "IMG001", "--exclude", "vendor", "--include", "*.html,*.shtml",
                    str(tmp_path))
    assert sorted({line.split(":")[0] for line in out.splitlines()[:-1]}) == [
        str(tmp_path / "a.html"), str(tmp_path / "c.shtml")]


def test_explicit_file_of_any_extension(capsys, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("<img src=x>", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--select", "IMG001", str(page))
    assert code == 1 and "IMG001" in out


def test_rules_listing_json(capsys):
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    rules = json.loads(out)
    by_code = {rule["code"]: rule for rule in rules}
    assert by_code["IMG001"]["name"] == "image-alt"
    assert by_code["IMG001"]["wcag"] == ["1.1.1"] and by_code["IMG001"]["level"] == "A"
    assert by_code["IMG001"]["act"] == ["23a2a8"]
    for rule in rules:
        assert {"code", "name", "title", "wcag", "level", "act", "tags", "severity"} <= set(rule)


def test_rule_docs_command(capsys):
    code, out, _ = run(capsys, "rule", "image-alt")
    assert code == 0
    assert out.startswith("IMG001 image-alt: Images must have a text alternative")
    assert "## Failing example" in out


def test_help_lists_exit_codes(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["check", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out and "--fail-on" in out and "--lang" in out


def test_python_dash_m(tmp_path):
    page = tmp_path / "p.html"
    page.write_text('<html lang="en"><title>x</title><img src=a alt=""></html>', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "a11ylint", "check", str(page)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_rules_listing_filters_by_preset_and_selector(capsys):
    code, out, _ = run(capsys, "rules", "--preset", "wcag22aa")
    listed = {line.split()[0] for line in out.splitlines()}
    assert code == 0 and "IMG001" in listed and "HTM003" not in listed and "HDG001" not in listed
    _, out, _ = run(capsys, "rules", "--preset", "wcag2a")
    assert "HTM003" in out and "DOC002" not in out  # 4.1.1 is in WCAG 2.0; 1.4.4 is level AA
    _, out, _ = run(capsys, "rules", "--select", "level:AA", "--format", "json")
    assert {rule["level"] for rule in json.loads(out)} == {"AA"}


def test_rules_markdown_matches_the_committed_rule_catalogue(capsys):
    from pathlib import Path

    code, out, _ = run(capsys, "rules", "--format", "markdown")
    assert code == 0 and out.startswith("| code | name |") and "| IMG001 | image-alt |" in out
    catalogue = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    committed = catalogue.read_text(encoding="utf-8")
    assert out in committed, "docs/rules.md is stale: regenerate it with 'a11ylint rules --format markdown'"
