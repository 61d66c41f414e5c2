"""The CI and spreadsheet report formats: SARIF, JUnit, CSV, GitHub annotations, GitLab Code Quality.

Each output is parsed back with the consumer's kind of parser (JSON Schema, junitparser, csv) rather than
compared with a snapshot, so that the tests say what consumers rely on.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from a11ylint import Config, Linter, RunResult
from a11ylint.cli import main
from a11ylint.fingerprint import FINGERPRINT_KEY, fingerprint, normalized_snippet
from a11ylint.reports import ReportContext, get_writer
from a11ylint.results import FileResult, Finding

jsonschema = pytest.importorskip("jsonschema")
junitparser = pytest.importorskip("junitparser")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>Notice</title></head>
<body>
<main>
  <h1>Notice</h1>
  <img src="/a.png"
       width="10" class="photo">
  <img src="/b.png">
  <!-- a11ylint-disable-next IMG001 -- decorative, described by the caption -->
  <img src="/c.png">
</main>
</body>
</html>
"""

# Page text that breaks naive writers: markup terminators, a CDATA end, a lone surrogate, control characters
# and a spreadsheet formula, in a snippet (attribute value) and in messages (the unknown element's name).
HOSTILE = ("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main>"
           "<img src=x title='</script> ]]> \ud800 \x01 \x1b =HYPERLINK(\"http://evil.example\",\"x\")'>"
           "<x]]>y></x]]>y><p>\x01\x1b</p></main></body></html>")


@pytest.fixture(scope="module")
def linter():
    return Linter(Config(select=("ALL",)))


def _context(linter, lang="en", root="."):
    return ReportContext(lang=lang, rules=tuple(linter.registry.rules), root=root)


def _render(name, run, context) -> str:
    return get_writer(name)(run, context)


def _hostile_run(linter) -> RunResult:
    page = linter.lint_text(HOSTILE, "hostile.html")
    # Findings no rule produces today but a plugin could: formula-like and control text everywhere.
    # (The parser turns control characters and surrogates of the page into U+FFFD before rules see them.)
    forged = Finding(code="IMG001", name="image-alt", outcome="fail", severity="error",
                     message="=HYPERLINK(\"http://evil.example\") \x01 ]]> </script> \ud800", line=3, column=1,
                     selector="+cmd|' /C calc'!A0", snippet="=1+1 \x1b[31m")
    waived = replace(forged, line=4, suppressed=True, suppression_reason="@SUM(1) \x00 reason")
    return RunResult([page, FileResult("forged.html", findings=[forged, waived])])


# SARIF

@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    # The schema declares draft-04 ("$schema": ".../draft-04/schema#"), so it gets the draft-04 validator.
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def _schema_errors(validator, document) -> list[str]:
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(document)]


def test_sarif_of_the_examples_validates(sarif_validator, capsys):
    main(["check", "--format", "sarif", "--select", "ALL", str(EXAMPLES)])
    document = json.loads(capsys.readouterr().out)
    assert _schema_errors(sarif_validator, document) == []
    (run,) = document["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted({result["ruleId"] for result in run["results"]})
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")
    image_alt = next(rule for rule in rules if rule["id"] == "IMG001")
    assert "wcag:1.1.1" in image_alt["properties"]["tags"] and image_alt["helpUri"].startswith("https://")
    assert image_alt["help"]["markdown"].startswith("## What it checks")


def test_sarif_locations_reviews_and_suppressions(linter, sarif_validator, tmp_path):
    page = tmp_path / "site" / "a page.html"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    run = RunResult([linter.lint_path(page), linter.lint_text(PAGE, "<stdin>")])
    document = json.loads(_render("sarif", run, _context(linter, root=str(tmp_path))))
    assert _schema_errors(sarif_validator, document) == []
    results = document["runs"][0]["results"]
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for result in results}
    assert uris == {"site/a%20page.html", "%3Cstdin%3E"}
    image = next(result for result in results if result["ruleId"] == "IMG001")
    physical = image["locations"][0]["physicalLocation"]
    assert physical["region"] == {"startLine": 7, "startColumn": 3,
                                  "snippet": {"text": '<img src="/a.png"        width="10" class="photo">'}}
    assert physical["contextRegion"]["startLine"] == 6 and physical["contextRegion"]["endLine"] == 8
    assert physical["contextRegion"]["snippet"]["text"].splitlines()[1] == '  <img src="/a.png"'
    assert image["locations"][0]["logicalLocations"] == [
        {"fullyQualifiedName": "html > body > main > img:nth-of-type(1)", "kind": "element"}]
    suppressed = [result for result in results if "suppressions" in result]
    assert suppressed and all(result["suppressions"] == [
        {"kind": "inSource", "justification": "decorative, described by the caption"}] for result in suppressed)
    reviews = [result for result in results if result["kind"] == "review"]
    assert reviews and all(result["level"] == "none" for result in reviews)  # SARIF §3.27.10
    outside = json.loads(_render("sarif", RunResult([linter.lint_path(page)]), _context(linter, root=str(EXAMPLES))))
    location = outside["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": page.as_uri()}


def test_partial_fingerprints_survive_lines_inserted_above(linter):
    before = linter.lint_text(PAGE, "page.html")
    after = linter.lint_text("\n" * 5 + PAGE, "page.html")
    assert [finding.line + 5 for finding in before.findings] == [finding.line for finding in after.findings]

    def prints(result):
        document = json.loads(_render("sarif", RunResult([result]), _context(linter)))
        return [(item["ruleId"], item["partialFingerprints"][FINGERPRINT_KEY])
                for item in document["runs"][0]["results"]]

    assert prints(before) == prints(after)
    images = [value for code, value in prints(before) if code == "IMG001"]
    assert len(images) == len(set(images)) == 3, "each <img> has its own fingerprint"
    assert len({value for _, value in prints(before)}) > len(images), "rules on one element differ"


# a11ylint.fingerprint

def test_fingerprint_survives_reindentation_and_attribute_order(linter):
    reformatted = PAGE.replace('<img src="/a.png"\n       width="10" class="photo">',
                               '<img class="photo" width=10\n\n   src=\'/a.png\'>')
    reformatted = "\n".join("    " + line for line in reformatted.splitlines())
    before = linter.lint_text(PAGE, "page.html").findings
    after = linter.lint_text("<!-- moved -->\n\n" + reformatted, "page.html").findings
    assert sorted(map(fingerprint, before)) == sorted(map(fingerprint, after))
    first_image = next(finding for finding in before if finding.code == "IMG001")
    other_image = next(finding for finding in before if finding.code == "IMG001" and finding is not first_image)
    assert fingerprint(first_image) != fingerprint(other_image)


@pytest.mark.parametrize("snippet, normalized", [
    ('<IMG  alt="a  b"\n  SRC=x.png>', '<img alt="a b" src="x.png">'),
    ("<img src='x' alt>", '<img alt src="x">'),
    ("<img alt alt='x'>", '<img alt alt="x">'),
    ('<a title="long text cut\u2026', '<a title="long text cut"\u2026>'),
    ("<!--  a11ylint-disable   IMG001 -->", "<!-- a11ylint-disable IMG001 -->"),
    ("plain   source line", "plain source line"),
    ("", ""),
])
def test_snippet_normalisation(snippet, normalized):
    assert normalized_snippet(snippet) == normalized


# JUnit

def test_junit_suites_cases_and_failures(linter, tmp_path):
    main(["check", "--format", "junit", "--select", "ALL", "-o", str(tmp_path / "junit.xml"), str(EXAMPLES)])
    xml = junitparser.JUnitXml.fromfile(str(tmp_path / "junit.xml"))
    run = linter.lint_paths(sorted(EXAMPLES.glob("*.html")))
    suites = {suite.name: suite for suite in xml}
    assert len(suites) == len(run.files)
    for result in run.files:
        suite = suites[str(EXAMPLES / Path(result.path).name)]
        failing = {finding.code for finding in result.active() if finding.outcome == "fail"}
        cases = list(suite)
        assert suite.failures == len(failing) == sum(1 for case in cases if not case.is_passed and not case.is_skipped)
        assert suite.tests == len(cases) >= 1
        reviews = {finding.code for finding in result.active() if finding.outcome == "needs-review"}
        assert suite.skipped == len(reviews)
        if not failing:
            assert any(case.name == "a11ylint" and case.is_passed for case in cases)
    assert xml.failures == sum(suite.failures for suite in suites.values())


def test_junit_failure_lists_every_finding(linter):
    result = linter.lint_text(PAGE, "page.html")
    xml = junitparser.JUnitXml.fromstring(_render("junit", RunResult([result]), _context(linter)).encode("utf-8"))
    (suite,) = xml
    case = next(case for case in suite if case.name == "IMG001 image-alt")
    (failure,) = case.result
    assert failure.type == "error" and failure.message == "Images must have a text alternative"
    headlines = [line for line in failure.text.splitlines() if not line.startswith("  ")]
    assert [line.split()[0] for line in headlines] == ["7:3", "9:3"]  # the suppressed third <img> is left out
    assert '  <img src="/b.png">' in failure.text.splitlines()
    crash = Finding(code="SYS002", name="internal-error", outcome="fail", severity="error",
                    message="IMG001 crashed", line=1, column=1, selector="", snippet="")
    crashed = _render("junit", RunResult([FileResult("crash.html", findings=[crash])]), _context(linter))
    assert junitparser.JUnitXml.fromstring(crashed.encode("utf-8")).errors == 1  # a crash is an error, not a failure


# CSV

def _csv_rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_csv_in_chinese(capsys, linter):
    main(["check", "--format", "csv", "--lang", "zh", "--select", "ALL", str(EXAMPLES / "county-notice.html")])
    text = capsys.readouterr().out
    assert text.splitlines(keepends=True)[0].endswith("\r\n")
    rows = _csv_rows(text)
    findings = Linter(Config(select=("ALL",), lang="zh")).lint_path(EXAMPLES / "county-notice.html").findings
    assert len(rows) == len(findings)
    assert [row["规则编号"] for row in rows] == [finding.code for finding in findings]
    assert [row["说明"] for row in rows] == [finding.message for finding in findings]
    assert "页面" in rows[0] and any(re.search("[\u4e00-\u9fff]{4}", row["说明"]) for row in rows)


def test_csv_keeps_suppressed_rows_and_neutralises_formulas(linter):
    rows = _csv_rows(_render("csv", _hostile_run(linter), _context(linter)))
    forged, waived = [row for row in rows if row["page"] == "forged.html"]
    assert forged["snippet"] == "'=1+1 \x1b[31m"
    assert forged["selector"] == "'+cmd|' /C calc'!A0"
    assert forged["message"] == "'=HYPERLINK(\"http://evil.example\") \x01 ]]> </script> \ufffd"
    assert (forged["status"], forged["line"]) == ("active", "3")
    assert (waived["status"], waived["suppression reason"]) == ("suppressed", "'@SUM(1) \x00 reason")


# Hostile content, every format

@pytest.mark.parametrize("name", ["json", "sarif", "gitlab", "junit", "csv", "github", "text"])
def test_hostile_content_round_trips(linter, name):
    output = _render(name, _hostile_run(linter), _context(linter))
    output.encode("utf-8")  # no lone surrogates left
    if name in ("json", "sarif", "gitlab"):
        text = json.dumps(json.loads(output), ensure_ascii=False)
        assert "</script> ]]>" in text and "=HYPERLINK" in text
    elif name == "junit":
        root = ET.fromstring(output.encode("utf-8"))
        texts = " ".join(element.text or "" for element in root.iter())
        assert "</script> ]]>" in texts and "\x01" not in texts and "\x1b" not in texts
    elif name == "csv":
        cells = [cell for row in _csv_rows(output) for cell in row.values()]
        assert any("</script> ]]>" in cell for cell in cells)
        assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    else:
        assert "\x1b" not in output and "\x01" not in output


# GitHub annotations

def test_github_escapes_paths_and_messages(linter):
    finding = Finding(code="IMG001", name="image-alt", outcome="fail", severity="error",
                      message="100% broken\nsecond line", line=4, column=2, selector="img", snippet="<img>")
    review = Finding(code="LNK005", name="link-purpose", outcome="needs-review", severity="warning",
                     message="check: this", line=5, column=1, selector="a", snippet="<a>")
    run = RunResult([FileResult("dir,a:b/100%.html", findings=[finding, review])])
    lines = _render("github", run, _context(linter)).splitlines()
    assert lines[0] == ("::error file=dir%2Ca%3Ab/100%25.html,line=4,col=2,endLine=4,title=IMG001 image-alt::"
                        "100%25 broken%0Asecond line")
    assert lines[1].startswith("::notice file=dir%2Ca%3Ab/100%25.html,line=5,") and lines[1].endswith("::Needs review: check: this")
    assert lines[2].startswith("a11ylint: 1 file(s), 1 error(s)")


def test_github_omits_suppressed_findings_and_relativises_paths(linter, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = linter.lint_path(page)
    output = _render("github", RunResult([result]), _context(linter, root=str(tmp_path)))
    annotations = [line for line in output.splitlines() if line.startswith("::")]
    assert len(annotations) == len(result.active())
    assert all("file=page.html," in line for line in annotations)


def test_github_format_is_the_default_inside_github_actions(capsys, monkeypatch, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    main(["check", str(page)])
    assert capsys.readouterr().out.startswith("::")
    main(["check", "-o", str(tmp_path / "report.txt"), str(page)])  # a report file stays text
    assert not (tmp_path / "report.txt").read_text(encoding="utf-8").startswith("::")
    monkeypatch.delenv("GITHUB_ACTIONS")
    main(["check", str(page)])
    assert not capsys.readouterr().out.startswith("::")


# GitLab Code Quality

def test_gitlab_issues(linter):
    result = linter.lint_text(PAGE, "site/page.html")
    twin = linter.lint_text(PAGE, "site/copy.html")  # the same template on another page
    duplicate = next(finding for finding in result.active() if finding.code == "IMG001")
    repeated = FileResult("site/repeated.html", findings=[duplicate, duplicate])
    issues = json.loads(_render("gitlab", RunResult([result, twin, repeated]), _context(linter)))
    assert isinstance(issues, list) and len(issues) == len(result.active()) * 2 + 2
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["location"]["path"].startswith("site/") and issue["location"]["lines"]["begin"] >= 1
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    image = next(issue for issue in issues if issue["check_name"] == "IMG001")
    assert image["severity"] == "critical" and image["description"].startswith("IMG001 image-alt: ")
