"""JUnit XML, for CI test dashboards (GitLab ``artifacts:reports:junit``, Jenkins, Azure Pipelines).

One ``<testsuite name=PATH>`` per page. Each rule with active failures in the page is one ``<testcase
classname=PATH name="CODE rule-name">`` holding one ``<failure>`` that lists every finding as
``line:col message`` with its selector and snippet below. A crashed rule (SYS002) is an ``<error>``.

Needs-review findings get a testcase of their own per rule, named ``"CODE rule-name (needs review)"``,
marked ``<skipped>`` with the same list: dashboards count skipped tests where people see them (a
``<system-out>`` is usually folded away), a rule that only asks for review still shows up, and skipped,
like a review, never fails the build. A page without failures gets one passing testcase ``a11ylint``, so
every suite has a case and a clean page reads as passed. Suppressed findings are left out.

No timestamps or durations: the same pages give the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from a11ylint.results import FileResult, Finding, RunResult
from a11ylint.rule import SEVERITIES
from a11ylint.system import INTERNAL_ERROR

from .ruleinfo import rule_infos
from .safetext import xml_text

_REVIEW_LABEL = {"en": "needs review", "zh": "待复核"}


def render(run: RunResult, context) -> str:
    infos = rule_infos(context.rules, context.lang)
    root = ET.Element("testsuites", name="a11ylint")
    for result in run.files:
        root.append(_suite(result, infos, _REVIEW_LABEL.get(context.lang, _REVIEW_LABEL["en"])))
    _count(root, root.findall("testsuite/testcase"))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _suite(result: FileResult, infos: dict, review_label: str) -> ET.Element:
    path = xml_text(result.path)
    suite = ET.Element("testsuite", name=path)
    active = sorted(result.active(), key=lambda finding: (finding.code, finding.sort_key()))
    failing = False
    for code, group in groupby(active, key=lambda finding: finding.code):
        findings = list(group)
        name = f"{code} {findings[0].name}"
        failures = [finding for finding in findings if finding.outcome == "fail"]
        reviews = [finding for finding in findings if finding.outcome == "needs-review"]
        if failures:
            failing = True
            title = infos[code].title if code in infos else failures[0].message
            worst = min((finding.severity for finding in failures), key=SEVERITIES.index)
            case = ET.SubElement(suite, "testcase", classname=path, name=xml_text(name))
            tag = "error" if code == INTERNAL_ERROR else "failure"
            ET.SubElement(case, tag, type=worst, message=xml_text(title)).text = _listing(failures)
        if reviews:
            case = ET.SubElement(suite, "testcase", classname=path, name=xml_text(f"{name} ({review_label})"))
            ET.SubElement(case, "skipped", message=review_label).text = _listing(reviews)
    if not failing:
        suite.insert(0, ET.Element("testcase", classname=path, name="a11ylint"))
    _count(suite, suite.findall("testcase"))
    return suite


def _listing(findings: list[Finding]) -> str:
    """``line:col message`` then the selector and snippet, indented, for each finding."""
    blocks = [f"{finding.line}:{finding.column} {finding.message}\n  {finding.selector}\n  {finding.snippet}"
              for finding in findings]
    return xml_text("\n".join(blocks)) + "\n"


def _count(element: ET.Element, cases: list[ET.Element]) -> None:
    element.set("tests", str(len(cases)))
    element.set("failures", str(sum(1 for case in cases if case.find("failure") is not None)))
    element.set("errors", str(sum(1 for case in cases if case.find("error") is not None)))
    element.set("skipped", str(sum(1 for case in cases if case.find("skipped") is not None)))
