"""The HTML report: one self-contained file, accessible, safe with hostile page content, usable for batches."""

from __future__ import annotations

import base64
import gzip
import html
import re
from pathlib import Path

import pytest

from a11ylint import Config, Linter
from a11ylint.cli import main
from a11ylint.parse import parse_html
from a11ylint.results import RunResult
from a11ylint.reports import html as html_report
from a11ylint.reports import ReportContext, get_writer
from report_browser import axe_script, browser_page

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"

# Page content that would run, load or render if the report trusted it.
HOSTILE_PAGE = """<!DOCTYPE html><html><head><title>x</title></head><body>
<img src="javascript:window.__pwned=1" onerror="window.__pwned=1;alert('img')">
<a href="javascript:window.__pwned=2;alert('link')"><img src="x.png"></a>
<div id="a"></div><div id="a" title="</script><script>window.__pwned=3;alert('script')</script>"></div>
<p id="a" title="{{ 7*7 }} {% raw %}{{ config }}{% endraw %} ${7*7}"></p>
<svg id="a" onload="window.__pwned=4"><foreignObject></foreignObject></svg>
<iframe id="a" srcdoc="<script>parent.__pwned=5</script>"></iframe>
<!-- ]]> </pre></code></li></ol></section> --><img src=y.png style="position:fixed" id="a">
</body></html>"""


def _render(files: dict[str, str], lang: str = "en", **config) -> str:
    linter = Linter(Config(lang=lang, **config))
    run = RunResult([linter.lint_text(text, path) for path, text in files.items()])
    context = ReportContext(lang=lang, rules=tuple(linter.registry.rules))
    return get_writer("html")(run, context)


def _examples_report(tmp_path, *extra) -> Path:
    output = tmp_path / "report.html"
    assert main(["check", "--isolated", str(EXAMPLES), "--format", "html", "-o", str(output), *extra]) == 1
    return output


def _script_elements(report: str) -> list:
    document = parse_html(report)
    return [element for element in document.root.iter() if isinstance(element.tag, str)
            and element.tag.rsplit("}", 1)[-1] == "script"]


def _event_handlers(report: str) -> list[str]:
    document = parse_html(report)
    return [f"{element.tag}@{name}" for element in document.root.iter() if isinstance(element.tag, str)
            for name in element.attrib if name.lower().startswith("on")]


# --- the file --------------------------------------------------------------------------------------------


def test_examples_report_is_one_self_contained_file(tmp_path):
    output = _examples_report(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.html"]
    report = output.read_text(encoding="utf-8")
    csp = html.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', report).group(1))
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe" not in csp
    # Nothing is loaded from elsewhere: no src, no stylesheet link, no url() in CSS.
    elements = [element for element in parse_html(report).root.iter() if isinstance(element.tag, str)]
    assert [element.tag for element in elements if "src" in element.attrib] == []
    assert [element.get("href") for element in elements if element.tag.endswith("link")] == ["data:,"]
    assert "url(" not in report.split("</style>")[0]
    for path in ("examples/county-notice.html", "examples/gbk-notice.html", "examples/clean.html"):
        assert path in report or str(EXAMPLES / Path(path).name) in report


def test_report_is_deterministic():
    files = {"a.html": "<img src=a.png><p>x</p>", "b.html": "<html lang=en><title>t</title><p>ok</p></html>"}
    assert _render(files) == _render(dict(reversed(list(files.items()))))


def test_summary_counts_rules_criteria_and_sites():
    report = _render({
        "site-one.gov.cn/a.html": "<img src=a.png>",
        "site-one.gov.cn/b.html": "<img src=b.png><img src=c.png>",
        "www.city.gov.uk/c.html": "<html lang=en><title>t</title><main><p>clean</p></main></html>",
    })
    assert re.search(r'<a href="#rule-IMG001">IMG001 image-alt</a></th><td>[^<]+</td><td>3</td><td>2</td>', report)
    assert re.search(r"<th scope=\"row\">1\.1\.1 Non-text Content</th><td>A</td><td>3</td><td>2</td>", report)
    assert "Findings by site" in report
    assert re.search(r'<th scope="row">site-one.gov.cn</th><td>2</td>', report)
    assert re.search(r'<th scope="row">www.city.gov.uk</th><td>1</td><td>0</td>', report)


def test_each_finding_shows_location_selector_source_and_rule_docs():
    report = _render({"page.html": "<html lang=en>\n<title>t</title>\n<main>\n<img src=photo.png>\n</main>\n</html>"})
    item = re.search(r'<li class="finding" data-rule="IMG001".*?</li>', report, re.S).group()
    assert "Line 4, column 1" in item and "<code class=\"selector\">html &gt; body &gt; main &gt; img</code>" in item
    assert '<mark><span class="ln">4</span>&lt;img src=photo.png&gt;</mark>' in item
    assert '<span class="ln">3</span>&lt;main&gt;' in item
    assert 'href="https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html"' in item
    docs = re.search(r'<article class="rule" id="rule-IMG001".*?</article>', report, re.S).group()
    for heading in ("What it checks", "Why it matters", "How to fix"):
        assert f"<h4>{heading}</h4>" in docs


def test_review_and_suppressed_findings_have_their_own_sections():
    page = ("<html lang=en><title>t</title><main>\n"
            "<!-- a11ylint-disable-next IMG001 -- the photo is described in the caption -->\n"
            "<img src=a.png>\n<a href=/x>click here</a></main></html>")
    report = _render({"page.html": page}, preset="all")
    assert re.search(r"<h4 id=\"p1-reviews\">Needs review \(\d+\)</h4>", report)
    suppressed = re.search(r'<h4 id="p1-suppressed">Suppressed \(1\)</h4>.*?</ol>', report, re.S).group()
    assert "IMG001" in suppressed and "Reason: the photo is described in the caption" in suppressed


def test_chinese_interface():
    report = _render({"notice.html": (EXAMPLES / "county-notice.html").read_text(encoding="utf-8")}, lang="zh")
    assert '<html lang="zh-CN">' in report
    assert "<h1>无障碍检查报告</h1>" in report and "按规则统计" in report
    assert "第 27 行，第 3 列" in report
    assert "没有 alt 属性" in report or "alt" in report  # messages come from the lint run in Chinese
    # Rule docs are written in English: marked so that screen readers switch voice.
    assert '<div class="docs" lang="en">' in report


def test_charts_have_text_alternatives_and_data_tables():
    report = _render({"a.html": "<img src=a.png>", "b.html": "<p>x</p>"})
    figures = re.findall(r"<figure.*?</figure>", report, re.S)
    assert len(figures) == 3
    for figure in figures:
        assert re.search(r'<svg role="img" aria-labelledby="[\w-]+-title [\w-]+-desc"', figure)
        assert re.search(r"<desc id=\"[\w-]+-desc\">[^<]{20,}</desc>", figure)
        assert "<table>" in figure and "<summary>" in figure


# --- accessibility of the report itself -------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a11ylint_finds_nothing_in_its_own_report(tmp_path, lang):
    output = _examples_report(tmp_path, "--lang", lang)
    result = Linter(Config(preset="wcag22aa")).lint_path(output)
    assert [f"{finding.code} {finding.line}:{finding.column} {finding.message}" for finding in result.findings] == []


# --- hostile page content ---------------------------------------------------------------------------------


def test_hostile_content_is_text(monkeypatch):
    report = _render({"hostile.html": HOSTILE_PAGE}, preset="all")
    assert len(_script_elements(report)) == 1  # ours
    assert _event_handlers(report) == []
    assert "{{ 7*7 }} {% raw %}{{ config }}{% endraw %} ${7*7}" in html.unescape(report)
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=3" in report
    assert 'href="javascript:' not in report


def test_hostile_content_is_text_in_packed_batches(monkeypatch):
    monkeypatch.setattr(html_report, "INLINE_PAGES", 0)
    report = _render({"hostile.html": HOSTILE_PAGE}, preset="all")
    packed = re.search(r'<script type="application/octet-stream" id="packed-1">([^<]+)</script>', report).group(1)
    fragment = gzip.decompress(base64.b64decode(packed)).decode("utf-8")
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=3" in fragment
    assert _event_handlers("<body>" + fragment) == [] and not _script_elements("<body>" + fragment)


def test_large_batches_pack_each_page(monkeypatch):
    monkeypatch.setattr(html_report, "INLINE_PAGES", 2)
    files = {f"site/page{index}.html": f"<img src={index}.png>" for index in range(5)}
    report = _render(files)
    assert len(re.findall(r'<script type="application/octet-stream" id="packed-\d+">', report)) == 5
    assert report.count('<li class="finding"') == 0  # all findings are packed
    packed = re.search(r'id="packed-3">([^<]+)<', report).group(1)
    assert "page2.html" not in gzip.decompress(base64.b64decode(packed)).decode()  # fragment: findings only
    assert 'data-rule="IMG001"' in gzip.decompress(base64.b64decode(packed)).decode()


def test_findings_per_page_are_capped(monkeypatch):
    monkeypatch.setattr(html_report, "PAGE_FINDINGS_LIMIT", 3)
    report = _render({"many.html": "<html lang=en><title>t</title><main>" + "<img src=a.png>" * 10})
    assert report.count('data-rule="IMG001"') == 3
    assert "7 more findings on this page are not shown" in report


# --- in the browser -----------------------------------------------------------------------------------------


def test_report_loads_in_chromium_without_errors_or_requests(tmp_path):
    output = _examples_report(tmp_path)
    with browser_page() as page:
        page.goto(output.as_uri())
        assert page.evaluate("document.getElementById('filters').hidden") is False
        assert page.events["errors"] == [] and page.events["dialogs"] == []
        assert [text for kind, text in page.events["console"] if kind in ("error", "warning")] == []
        assert page.events["requests"] == [output.as_uri()]
        # Filtering by rule hides the pages without it, without a server.
        page.select_option("#filter-rule", "SEC001")
        assert page.locator("section.page:not([hidden])").count() == 1
        assert "1 of 3" in page.inner_text("#filter-status")
        page.select_option("#filter-rule", "")
        page.fill("#filter-page", "gbk")
        assert page.locator("section.page:not([hidden])").count() == 1


def test_axe_finds_no_violation_in_the_report(tmp_path):
    axe = axe_script()
    for lang in ("en", "zh"):
        output = _examples_report(tmp_path, "--lang", lang)
        with browser_page(bypass_csp=True) as page:  # the CSP rightly refuses axe's own script
            page.goto(output.as_uri())
            page.add_script_tag(path=str(axe))
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        violations = [(violation["id"], [node["target"] for node in violation["nodes"]])
                      for violation in result["violations"]]
        assert violations == [], lang


@pytest.mark.parametrize("packed", [False, True])
def test_no_script_from_the_page_runs_in_the_browser(tmp_path, monkeypatch, packed):
    if packed:
        monkeypatch.setattr(html_report, "INLINE_PAGES", 0)
    output = tmp_path / "hostile-report.html"
    output.write_text(_render({"hostile.html": HOSTILE_PAGE}, preset="all"), encoding="utf-8")
    with browser_page() as page:
        page.goto(output.as_uri())
        if packed:
            page.click("button.load")
            page.wait_for_selector("#detail-1 li.finding")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__pwned") is None
        assert page.events["dialogs"] == [] and page.events["errors"] == []
        assert page.events["requests"] == [output.as_uri()]
        assert page.locator("li.finding").count() > 5
        assert "window.__pwned=3" in page.evaluate("document.body.textContent")


# --- report folders ---------------------------------------------------------------------------------------


def test_report_folder_has_an_index_and_one_bounded_report_per_site(monkeypatch):
    monkeypatch.setattr(html_report, "FOLDER_PAGES", 2)
    linter = Linter(Config())
    paths = ["www.city.gov.cn/a.html", "www.city.gov.cn/b.html", "www.city.gov.cn/c.html",
             "../../etc/passwd.html", "other.gov.uk/index.html"]
    run = RunResult([linter.lint_text("<img src=x.png>", path) for path in paths])
    files = html_report.render_folder(run, ReportContext(rules=tuple(linter.registry.rules)))
    names = sorted(files)
    assert names[0] == "index.html" and len(names) == 5  # city split in two, one each for the others
    assert "sites/www.city.gov.cn-1.html" in names and "sites/www.city.gov.cn-2.html" in names
    for name in names[1:]:
        assert re.fullmatch(r"sites/[a-z0-9][a-z0-9.-]*\.html", name), name
    links = re.findall(r'<a href="(sites/[^"#]+)#page-(\d+)">([^<]+)</a>', files["index.html"])
    assert sorted(path for _, _, path in links) == sorted(html.escape(path) for path in paths)
    for target, index, path in links:
        assert f'<h3 id="page-{index}-heading">{path}</h3>' in files[target]
    assert '<section class="page"' not in files["index.html"]


def test_cli_writes_a_folder_when_output_names_one(tmp_path):
    folder = tmp_path / "report"
    assert main(["check", "--isolated", str(EXAMPLES), "--format", "html", "-o", f"{folder}/"]) == 1
    assert (folder / "index.html").is_file()
    assert len(list((folder / "sites").glob("*.html"))) == 1
    result = Linter(Config(preset="wcag22aa")).lint_path(folder / "index.html")
    assert result.findings == []


HOSTILE_SITES = ["..", ".", "../..", "a/../../b", "/etc/passwd", "C:\\Windows\\x", "%2e%2e%2f", "\x00", "con",
                 "www.gov.cn", "WWW.GOV.CN", "www.gov.cn/", "\ud800", "字体.政务.cn", "a" * 300, ""]


def test_site_file_names_stay_in_the_folder_and_never_clash(tmp_path):
    """Site names come from URLs and folder names of crawled pages: none may name a path outside the report
    folder, a hidden file, or another site's file."""
    pytest.importorskip("hypothesis")
    from hypothesis import given, settings
    from hypothesis import strategies as st

    def check(sites: list[str]) -> None:
        stems = html_report.site_file_stems(sites)
        assert len(set(stems.values())) == len(stems)
        for stem in stems.values():
            assert re.fullmatch(r"[a-z0-9][a-z0-9.-]{0,90}", stem), stem
            assert (tmp_path / "sites" / f"{stem}.html").resolve().parent == (tmp_path / "sites").resolve()

    check(HOSTILE_SITES)
    given(st.lists(st.text(max_size=40), unique=True, max_size=12))(settings(max_examples=200, deadline=None,
                                                                               derandomize=True)(check))()
