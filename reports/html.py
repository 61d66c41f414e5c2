"""A self-contained HTML report: summary, charts, every page's findings and the rules' documentation.

One file, no network: CSS and JavaScript are inline and allowed by hash in a Content-Security-Policy that
forbids everything else, so nothing a page smuggles into a snippet can run. Page content only ever reaches
the output through Jinja2's autoescaping.

Small runs show every finding in the file. Large batches (more than ``INLINE_PAGES`` pages or
``INLINE_FINDINGS`` findings) keep the summary, charts and page index as HTML and store each page's
findings as a gzip-compressed, base64-encoded fragment that the browser unpacks when the page is opened;
a page shows at most ``PAGE_FINDINGS_LIMIT`` findings of each kind. Bigger batches still can be written
as a folder (:func:`render_folder`): an index plus one report per site, each bounded in size.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from a11ylint import __version__
from a11ylint.results import FileResult, Finding, RunResult
from a11ylint.standards import SUCCESS_CRITERIA

from . import summary
from .charts import bar_chart
from .html_text import words
from .ruleinfo import rule_infos

INLINE_PAGES = 100
INLINE_FINDINGS = 2000
PAGE_FINDINGS_LIMIT = 250
FOLDER_PAGES = 500
_TEMPLATES = Path(__file__).with_name("templates")


@dataclass(frozen=True)
class SourceLine:
    number: int
    text: str
    current: bool


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    source: tuple[SourceLine, ...]
    understanding: tuple[tuple[str, str], ...]  # (criterion, URL)


@dataclass(frozen=True)
class PageView:
    index: int
    path: str
    site: str
    counts: dict
    rules: str  # space-separated codes, for the filters
    severities: str
    fails: tuple[FindingView, ...]
    reviews: tuple[FindingView, ...]
    suppressed: tuple[FindingView, ...]
    hidden_count: int
    link: str = ""  # where the page's findings are, in a report folder; "" when they are in this file


@dataclass(frozen=True)
class RuleDoc:
    info: object  # RuleInfo
    what: str  # HTML rendered from the docs' markdown
    why: str
    how: str
    understanding: tuple[tuple[str, str], ...]


def _understanding(wcag) -> tuple[tuple[str, str], ...]:
    return tuple((sc, SUCCESS_CRITERIA[sc].understanding_url) for sc in wcag if sc in SUCCESS_CRITERIA)


def _finding_view(finding: Finding) -> FindingView:
    lines = ()
    if finding.context is not None:
        lines = tuple(SourceLine(finding.context.first_line + offset, text,
                                 finding.context.first_line + offset == finding.line)
                      for offset, text in enumerate(finding.context.lines))
    return FindingView(finding, lines, _understanding(finding.wcag))


def _page_view(index: int, result: FileResult) -> PageView:
    kinds = {"fail": [], "needs-review": [], "suppressed": []}
    for finding in result.findings:
        kinds["suppressed" if finding.suppressed else finding.outcome].append(finding)
    counts = {severity: sum(1 for finding in kinds["fail"] if finding.severity == severity)
              for severity in ("error", "warning", "info")}
    counts.update(reviews=len(kinds["needs-review"]), suppressed=len(kinds["suppressed"]))
    hidden = sum(max(0, len(found) - PAGE_FINDINGS_LIMIT) for found in kinds.values())
    shown = {kind: tuple(_finding_view(finding) for finding in found[:PAGE_FINDINGS_LIMIT])
             for kind, found in kinds.items()}
    severities = {finding.severity for finding in kinds["fail"]}
    if kinds["needs-review"]:
        severities.add("needs-review")
    if kinds["suppressed"]:
        severities.add("suppressed")
    return PageView(
        index=index, path=result.path, site=summary.site_of(result.path), counts=counts,
        rules=" ".join(sorted({finding.code for finding in result.findings})),
        severities=" ".join(sorted(severities)),
        fails=shown["fail"], reviews=shown["needs-review"], suppressed=shown["suppressed"], hidden_count=hidden,
    )


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    # Raw HTML in rule docs (a plugin's, say) is shown as text, never passed through.
    return MarkdownIt("commonmark", {"html": False})


def _rule_doc(info) -> RuleDoc:
    render = _markdown().render
    return RuleDoc(info, render(info.what), render(info.why), render(info.how), _understanding(info.wcag))


def _charts(totals: summary.Totals, by_rule, ui) -> list:
    rule_rows = [(f"{row.key} {row.extra}", row.findings) for row in by_rule]
    shown = min(len(rule_rows), 15)
    top_label, top_value = rule_rows[0] if rule_rows else ("–", 0)
    histogram = totals.failure_histogram()
    principle_rows = [(ui[f"principle_{key}"], value) for key, value in totals.by_principle().items()]
    return [
        bar_chart("chart-rules", ui["chart_rules"],
                  ui["chart_rules_desc"].format(shown=shown, total=len(rule_rows), top_label=top_label,
                                                top_value=top_value),
                  ui["rule"], ui["findings"], rule_rows),
        bar_chart("chart-pages", ui["chart_pages"],
                  ui["chart_pages_desc"].format(buckets=len(histogram), clean=histogram[0][1], total=totals.files),
                  ui["failures"], ui["pages"], histogram, keep_order=True),
        bar_chart("chart-principles", ui["chart_principles"],
                  ui["chart_principles_desc"].format(values="; ".join(f"{label} {value}"
                                                                     for label, value in principle_rows)),
                  ui["criterion"], ui["findings"], principle_rows, keep_order=True),
    ]


@lru_cache(maxsize=None)
def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    environment = Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=True,
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    return environment


def _asset(name: str) -> tuple[str, str]:
    """The text of an inline asset and its CSP source expression."""
    text = (_TEMPLATES / name).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


def _packed(html: str) -> str:
    # mtime=0 keeps the output byte-for-byte reproducible.
    return base64.b64encode(gzip.compress(html.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")


def render(run: RunResult, context, site_findings: dict | None = None) -> str:
    """The report as one file; ``site_findings`` (site -> findings of a batch's site-level checks) adds a
    section for each site."""
    return _render(run, context, {}, site_findings or {})


def render_folder(run: RunResult, context, site_findings: dict | None = None) -> dict[str, str]:
    """A report folder for batches too big for one file: ``index.html`` with the summary, charts, page index
    and rules, and one report per site (split every ``FOLDER_PAGES`` pages) under ``sites/``.
    Returns {relative path: HTML}.
    """
    files, links = {}, {}
    by_site: dict[str, list[FileResult]] = {}
    for result in run.files:
        by_site.setdefault(summary.site_of(result.path), []).append(result)
    stems = site_file_stems(by_site)
    for site, results in by_site.items():
        stem = stems[site]
        for part, start in enumerate(range(0, len(results), FOLDER_PAGES), start=1):
            chunk = results[start : start + FOLDER_PAGES]
            name = f"sites/{stem}-{part}.html"
            files[name] = _render(RunResult(chunk), context, {},
                                  {site: (site_findings or {}).get(site, [])} if part == 1 else {})
            for index, result in enumerate(chunk, start=1):
                links[result.path] = f"{name}#page-{index}"
    files["index.html"] = _render(run, context, links, site_findings or {})
    return files


def site_file_stems(sites) -> dict[str, str]:
    """A file name stem for each site, in the order given."""
    used: set[str] = set()
    return {site: _file_stem(site, used) for site in sites}


def _file_stem(site: str, used: set[str]) -> str:
    """A file name for a site that cannot leave the folder or clash with another site's."""
    stem = re.sub(r"[^a-z0-9.-]+", "-", site.lower()).strip(".-")[:80] or "site"
    if stem in used or stem != site.lower():
        stem = f"{stem}-{hashlib.sha256(site.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    used.add(stem)
    return stem


def _render(run: RunResult, context, links: dict[str, str], site_findings: dict) -> str:
    """The report; with ``links`` (page path -> URL of its details) it is an index without page details."""
    totals = summary.Totals.of(run.files)
    lazy = not links and (len(run.files) > INLINE_PAGES or totals.findings > INLINE_FINDINGS)
    pages = [_page_view(index, result) for index, result in enumerate(run.files, start=1)]
    if links:
        pages = [replace(page, link=links[page.path], fails=(), reviews=(), suppressed=()) for page in pages]
    packed = {}
    if lazy:
        module = _environment().get_template("page.html.j2").make_module({"ui": words(context.lang)})
        packed = {page.index: _packed(str(module.findings(page))) for page in pages}
    return _document(totals, pages, context, lazy=lazy, index_only=bool(links), packed=packed,
                     site_findings=site_findings)


def page_row(index: int, result: FileResult, link: str) -> PageView:
    """A page's row in a report index: its counts and where its findings are, without the findings."""
    return replace(_page_view(index, result), link=link, fails=(), reviews=(), suppressed=())


def render_index(totals: summary.Totals, rows: list[PageView], context, site_findings: dict) -> str:
    """The index of a report folder from counters and page rows (a batch builds them while streaming)."""
    return _document(totals, rows, context, lazy=False, index_only=True, packed={}, site_findings=site_findings)


def _document(totals: summary.Totals, pages: list[PageView], context, *, lazy: bool, index_only: bool,
              packed: dict, site_findings: dict) -> str:
    ui = words(context.lang)
    infos = rule_infos(context.rules, context.lang)
    by_rule = totals.by_rule({code: info.title for code, info in infos.items()})
    environment = _environment()
    style, style_hash = _asset("report.css")
    script, script_hash = _asset("report.js")
    return environment.get_template("report.html.j2").render(
        ui=ui,
        version=__version__,
        style=style,
        script=script,
        csp=f"default-src 'none'; style-src {style_hash}; script-src {script_hash}; img-src data:; "
            "base-uri 'none'; form-action 'none'",
        files=totals.files,
        findings_total=totals.findings,
        outcomes=totals.by_outcome(),
        by_rule=by_rule,
        by_criterion=totals.by_criterion(),
        by_level=totals.by_level(),
        by_requirement=totals.by_requirement(context.rule_map()),
        sites=totals.by_site(),
        charts=_charts(totals, by_rule, ui),
        pages=pages,
        lazy=lazy,
        index_only=index_only,
        packed=packed,
        rule_docs=[_rule_doc(infos[code]) for code in totals.used_codes if code in infos],
        site_findings={site: found for site, found in sorted(site_findings.items()) if found},
    )
