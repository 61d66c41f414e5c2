"""Baselines: accepted findings stay quiet through edits elsewhere; new ones fail; bad files exit 2."""

from __future__ import annotations

import json

import pytest

from a11ylint.baseline import BaselineError, Entry, entries_from_run, load, match, parse, prune, write
from a11ylint.cli import main
from a11ylint.results import FileResult, Finding, RunResult

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head><title>County notice</title></head>
<body>
<main>
<h1>Road works</h1>
<p>The bridge closes on Monday.</p>
<img src="map.png" class="wide" width="300">
<p>Detour via Elm Street.</p>
<img src="detour.png">
<a href="/more"></a>
</main>
</body>
</html>
"""
BASELINE = "a11ylint-baseline.json"


def run(capsys, *argv):
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def site(tmp_path, monkeypatch, capsys):
    """A page with three findings (two images without alt, an empty link) and its baseline."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assert run(capsys, "baseline", "write", "--isolated", "page.html")[0] == 0
    return tmp_path


def edit(site, text):
    (site / "page.html").write_text(text, encoding="utf-8")


def entries(site):
    return json.loads((site / BASELINE).read_text(encoding="utf-8"))["entries"]


def test_write_records_the_active_findings_sorted(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    code, out, _ = run(capsys, "baseline", "write", "--isolated", "page.html")
    assert code == 0
    assert out == "a11ylint-baseline.json: recorded 3 finding(s) (3 distinct).\n"
    document = json.loads((tmp_path / BASELINE).read_text(encoding="utf-8"))
    assert list(document) == ["version", "tool", "entries"]
    assert (document["version"], document["tool"]) == (1, "a11ylint")
    rows = document["entries"]
    assert [row["code"] for row in rows] == ["IMG001", "IMG001", "LNK001"]
    assert all(list(row) == ["path", "code", "name", "fingerprint", "count", "message", "snippet"] for row in rows)
    assert {row["path"] for row in rows} == {"page.html"} and {row["count"] for row in rows} == {1}
    assert rows == sorted(rows, key=lambda row: (row["path"], row["code"], row["fingerprint"]))
    assert '"line"' not in json.dumps(document)  # no line numbers, no timestamps
    assert sorted(path.name for path in tmp_path.iterdir()) == [BASELINE, "page.html"]  # no temp file left


def test_check_with_the_baseline_passes_and_counts_the_matches(capsys, site):
    code, out, err = run(capsys, "check", "--isolated", "--baseline", BASELINE, "page.html")
    assert code == 0
    assert out == "No problems found in 1 file(s).\n"
    assert err == "a11ylint: 3 finding(s) matched the baseline a11ylint-baseline.json and are not reported.\n"
    assert run(capsys, "check", "--isolated", "page.html")[0] == 1  # without it the findings still fail


def test_matching_paths_are_relative_to_the_current_folder(capsys, site):
    assert run(capsys, "check", "--isolated", "--baseline", BASELINE, "./page.html")[0] == 0
    assert run(capsys, "check", "--isolated", "--baseline", BASELINE, str(site / "page.html"))[0] == 0
    assert run(capsys, "check", "--isolated", "--baseline", BASELINE, ".")[0] == 0


def test_lines_inserted_above_keep_findings_matched(capsys, site):
    edit(site, PAGE.replace("<main>\n", "<main>\nOpening hours changed.\n<!-- banner removed -->\nSee below.\n"
                                        "Thank you.\n\n"))
    code, out, _ = run(capsys, "check", "--isolated", "page.html")
    assert code == 1 and "page.html:15:1 IMG001" in out  # the findings did move down five lines
    assert run(capsys, "check", "--isolated", "--baseline", BASELINE, "page.html")[0] == 0


def test_reindenting_and_reordering_attributes_keep_findings_matched(capsys, site):
    reindented = "\n".join("    " * 2 + line for line in PAGE.splitlines()) + "\n"
    edit(site, reindented.replace('<img src="map.png" class="wide" width="300">',
                                  '<img width=300\n     class="wide"   src=\'map.png\'>'))
    assert run(capsys, "check", "--isolated", "--baseline", BASELINE, "page.html")[0] == 0


def test_a_new_problem_fails_and_is_the_only_one_reported(capsys, site):
    edit(site, PAGE.replace("</main>", '<img src="new.png">\n</main>'))
    code, out, err = run(capsys, "check", "--isolated", "--baseline", BASELINE, "page.html")
    assert code == 1
    assert out.splitlines() == [
        'page.html:12:1 IMG001 image-alt <img> has no alt attribute; add alt text, or alt="" if it is decorative',
        "Found 1 problem(s) in 1 file(s): 1 error(s), 0 warning(s), 0 info, 0 to review.",
    ]
    assert "3 finding(s) matched the baseline" in err


def test_json_report_holds_only_the_new_findings(capsys, site):
    edit(site, PAGE.replace("</main>", '<img src="new.png">\n</main>'))
    code, out, _ = run(capsys, "check", "--isolated", "--format", "json", "--baseline", BASELINE, "page.html")
    assert code == 1
    document = json.loads(out)
    assert [finding["snippet"] for finding in document["files"][0]["findings"]] == ['<img src="new.png">']
    assert document["summary"]["findings"] == 1


def test_summary_in_chinese(capsys, site):
    code, _, err = run(capsys, "check", "--isolated", "--lang", "zh", "--baseline", BASELINE, "page.html")
    assert code == 0
    assert err == "a11ylint：3 个问题与基线 a11ylint-baseline.json 一致，未报告。\n"


def test_prune_drops_exactly_the_fixed_finding(capsys, site):
    before = entries(site)
    edit(site, PAGE.replace('<img src="detour.png">', '<img src="detour.png" alt="Detour map">'))
    code, out, _ = run(capsys, "baseline", "prune", "--isolated", "page.html")
    assert code == 0
    assert out == "a11ylint-baseline.json: dropped 1 finding(s) no longer found; 2 remain.\n"
    after = entries(site)
    assert [row for row in before if row not in after] == [row for row in before if row["snippet"] ==
                                                           '<img src="detour.png">']
    assert len(after) == 2
    code, out, _ = run(capsys, "baseline", "prune", "--isolated", "page.html")
    assert out == "a11ylint-baseline.json: dropped 0 finding(s) no longer found; 2 remain.\n"


def test_prune_adds_no_new_findings_and_keeps_pages_it_did_not_lint(capsys, site):
    (site / "other.html").write_text(PAGE, encoding="utf-8")
    assert run(capsys, "baseline", "write", "--isolated", "page.html", "other.html")[0] == 0
    edit(site, PAGE.replace("</main>", '<img src="new.png">\n</main>'))
    code, out, _ = run(capsys, "baseline", "prune", "--isolated", "page.html")
    assert code == 0 and "dropped 0 finding(s) no longer found; 6 remain." in out
    (site / "other.html").unlink()  # a deleted page's entries go on the next prune
    code, out, _ = run(capsys, "baseline", "prune", "--isolated", "page.html")
    assert "dropped 3 finding(s) no longer found; 3 remain." in out


def test_write_honours_the_lint_options(capsys, site):
    code, out, _ = run(capsys, "baseline", "write", "--isolated", "--select", "LNK001", "--baseline", "links.json",
                       "page.html")
    assert code == 0 and out.startswith("links.json: recorded 1 finding(s)")
    rows = json.loads((site / "links.json").read_text(encoding="utf-8"))["entries"]
    assert [row["code"] for row in rows] == ["LNK001"]
    assert run(capsys, "check", "--isolated", "--baseline", "links.json", "page.html")[0] == 1


def test_writing_twice_gives_identical_bytes(capsys, site):
    first = (site / BASELINE).read_bytes()
    assert run(capsys, "baseline", "write", "--isolated", "page.html")[0] == 0
    assert (site / BASELINE).read_bytes() == first
    assert first.endswith(b"}\n") and b'\n  "entries": [\n' in first


@pytest.mark.parametrize("text, reason", [
    ("{not json", "not valid JSON"),
    ('{"version": 2, "tool": "a11ylint", "entries": []}', "unsupported baseline version 2"),
    ('[]', "not an a11ylint baseline"),
    ('{"version": 1, "tool": "a11ylint"}', "not an a11ylint baseline"),
    ('{"version": 1, "tool": "a11ylint", "entries": [{"path": "page.html", "code": "IMG001"}]}',
     "entry 1: missing key 'name'"),
    ('{"version": 1, "tool": "a11ylint", "entries": [{"path": "p", "code": "IMG001", "name": "image-alt", '
     '"fingerprint": "ab", "count": 0, "message": "", "snippet": ""}]}', "entry 1: 'count' must be"),
])
def test_malformed_baseline_exits_2_naming_the_file(capsys, site, text, reason):
    (site / "bad.json").write_text(text, encoding="utf-8")
    for argv in (["check", "--isolated", "--baseline", "bad.json", "page.html"],
                 ["baseline", "prune", "--isolated", "--baseline", "bad.json", "page.html"]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == ""
        assert err.startswith("a11ylint: error: bad.json: ") and reason in err
        assert err.count("\n") == 1  # one line, no traceback


def test_missing_baseline_exits_2(capsys, site):
    code, _, err = run(capsys, "check", "--isolated", "--baseline", "nowhere.json", "page.html")
    assert code == 2
    assert err.startswith("a11ylint: error: nowhere.json: no such baseline file")


def test_baseline_needs_an_action(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["baseline"])
    assert exited.value.code == 2 and "a11ylint: error:" in capsys.readouterr().err


def _finding(line: int) -> Finding:
    return Finding(code="IMG001", name="image-alt", outcome="fail", severity="error", message="no alt",
                   line=line, column=1, selector="html > body > img", snippet="<img src=x>")


def test_matching_counts_multiplicity():
    """Two baselined findings with one key, three now: one is new (the last in source order)."""
    before = RunResult([FileResult("page.html", findings=[_finding(1), _finding(2)])])
    recorded = entries_from_run(before, ".")
    assert [entry.count for entry in recorded] == [2]
    now = RunResult([FileResult("page.html", findings=[_finding(1), _finding(2), _finding(9)])])
    remaining, matched = match(now, recorded, ".")
    assert matched == 2
    assert [finding.line for _, finding in remaining.findings()] == [9]
    kept, dropped = prune(recorded, entries_from_run(RunResult([FileResult("page.html", findings=[_finding(5)])]),
                                                     "."), {"page.html"})
    assert (dropped, [entry.count for entry in kept]) == (1, [1])


def test_duplicate_entries_are_rejected():
    entry = {"path": "p", "code": "IMG001", "name": "image-alt", "fingerprint": "ab", "count": 1, "message": "",
             "snippet": ""}
    with pytest.raises(BaselineError, match="b.json: entry 2: duplicate"):
        parse(json.dumps({"version": 1, "tool": "a11ylint", "entries": [entry, entry]}), "b.json")


def test_undecodable_text_survives_a_write_and_load(tmp_path):
    """File names the OS could not decode, and broken page text, arrive as lone surrogates."""
    entry = Entry("caf\udce9.html", "IMG001", "image-alt", "ab", 1, "no alt", "<img alt=\ud800>")
    write(str(tmp_path / "b.json"), [entry])
    (tmp_path / "b.json").read_bytes().decode("utf-8")  # still valid UTF-8
    assert load(str(tmp_path / "b.json")) == [entry]
