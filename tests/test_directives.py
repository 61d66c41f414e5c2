"""Inline suppression comments: the three scopes, reasons, and reports of unused or malformed ones."""

from __future__ import annotations

from helpers import lint


def active(findings):
    return [(f.code, f.line) for f in findings if not f.suppressed]


def suppressed(findings):
    return [(f.code, f.line, f.suppression_reason) for f in findings if f.suppressed]


def test_disable_next_covers_the_next_element_and_its_content():
    page = ("<!-- a11ylint-disable-next IMG001 -- decorative flourish -->\n"
            "<div><img src=a></div>\n"
            "<img src=b>\n")
    findings = lint(page, select=("IMG001", "SYS"))
    assert suppressed(findings) == [("IMG001", 2, "decorative flourish")]
    assert active(findings) == [("IMG001", 3)]


def test_disable_block_lasts_until_the_parent_closes():
    page = ("<section>\n<img src=a>\n<!-- a11ylint-disable-block image-alt -->\n<img src=b>\n<p><img src=c></p>\n"
            "</section>\n<img src=d>\n")
    findings = lint(page, select=("IMG001", "SYS"))
    assert [line for _, line, _ in suppressed(findings)] == [4, 5]
    assert active(findings) == [("IMG001", 2), ("IMG001", 7)]


def test_disable_enable_range_with_several_codes():
    page = ("<img src=a>\n<!-- a11ylint-disable IMG001, HTM002 -- legacy template -->\n<img src=b><center>x</center>\n"
            "<!-- a11ylint-enable IMG001 -->\n<img src=c><center>y</center>\n")
    findings = lint(page, select=("IMG001", "HTM002", "SYS"))
    assert sorted((code, line) for code, line, _ in suppressed(findings)) == [
        ("HTM002", 3), ("HTM002", 5), ("IMG001", 3)]
    assert active(findings) == [("IMG001", 1), ("IMG001", 5)]


def test_suppressed_findings_stay_in_json_but_do_not_fail_the_run():
    from a11ylint import Config, Linter, RunResult

    result = Linter(Config(select=("IMG001",))).lint_text("<!-- a11ylint-disable-next IMG001 -- ok --><img src=a>")
    assert [finding.to_dict()["suppressed"] for finding in result.findings] == [True]
    assert RunResult([result]).exit_code("error") == 0


def test_unused_suppression_is_reported():
    page = '<!-- a11ylint-disable-next IMG001 -- stale -->\n<img src=a alt="Logo">\n'
    findings = lint(page, select=("IMG001", "SYS"))
    assert active(findings) == [("SYS100", 1)]
    assert "IMG001" in findings[0].message


def test_suppression_for_a_rule_that_did_not_run_is_not_unused():
    page = '<!-- a11ylint-disable-next IMG001 -- decorative -->\n<img src=a alt="Logo">\n'
    assert active(lint(page, select=("HTM", "SYS"))) == []


def test_malformed_directives_are_reported_never_widened():
    page = ("<!-- a11ylint-disable-next -- forgot the code -->\n<img src=a>\n"
            "<!-- a11ylint-disable-next NOPE999 -->\n<img src=b>\n"
            "<!-- a11ylint-ignore IMG001 -->\n<img src=c>\n"
            "<!-- a11ylint-enable IMG001 -->\n")
    findings = lint(page, select=("IMG001", "SYS"))
    assert active(findings) == [("SYS101", 1), ("IMG001", 2), ("SYS101", 3), ("IMG001", 4), ("SYS101", 5),
                                ("IMG001", 6), ("SYS101", 7)]
    messages = [f.message for f in findings if f.code == "SYS101"]
    assert "needs rule codes" in messages[0]
    assert "unknown rule 'NOPE999'" in messages[1]
    assert "cannot read" in messages[2]
    assert "without an earlier a11ylint-disable" in messages[3]


def test_reason_required_by_config():
    page = "<!-- a11ylint-disable-next IMG001 -->\n<img src=a>\n<!-- a11ylint-disable-next IMG001 -- why -->\n<img src=b>"
    findings = lint(page, select=("IMG001", "SYS"), require_suppression_reason=True)
    assert active(findings) == [("SYS102", 1)]
    assert len(suppressed(findings)) == 2


def test_directive_before_the_html_element_covers_the_page():
    page = "<!-- a11ylint-disable LNG001 -- the CMS cannot set lang -->\n<!DOCTYPE html>\n<html><title>t</title></html>"
    findings = lint(page, select=("LNG001", "SYS"))
    assert suppressed(findings) == [("LNG001", 3, "the CMS cannot set lang")]
