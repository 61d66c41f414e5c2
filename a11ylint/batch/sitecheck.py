"""Site-level checks: what only the pages of a site together can show.

They read the batch's page records once (streaming) and keep a little per site: where links lead, titles,
navigation orders, and which pages failed the footer-link and blank-column rules. Their findings belong to
the site, not to a page; each names example pages.

| code | name | checks | source |
|---|---|---|---|
| SITE001 | required-links-every-page | the footer links the profile requires are on every page | CN-FTR-01, US-LINK-*, UK-FOOT-01, EU-WAD-02 |
| SITE002 | broken-internal-links | internal links lead to pages that exist (not 4xx/5xx, not missing files) | WCAG 2.4.4 (a link must lead somewhere); CN-CHK-02 |
| SITE003 | duplicate-titles | pages of a site do not share one `<title>` | WCAG 2.4.2 Page Titled |
| SITE004 | consistent-navigation | navigation repeated on pages keeps its relative order | WCAG 3.2.3 Consistent Navigation |
| SITE005 | blank-columns-threshold | fewer than 5 blank or placeholder columns (单项否决) | CN-CHK-01 |
| SITE006 | unseen-internal-links | (needs review) internal links to pages the crawl did not fetch | WCAG 2.4.4 |
| SITE007 | consistent-help | help and contact links in the same place (header, content, footer) on every page that has them | WCAG 3.2.6 Consistent Help |
| SITE008 | accessibility-statement | (UK, EU and US profiles) a page links to the accessibility statement | UK-STMT-01, EU-WAD-02, US-LINK-02 |
| SITE009 | accessibility-statement-not-crawled | (review) the linked statement page was in the crawl, so its content was checked | UK-STMT-01, EU-WAD-03 |
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..rule import Text

EXAMPLES = 5
FOOTER_RULES = ("CN001", "US001", "UK001", "EU001")
BLANK_COLUMN_RULE = "CN012"
BLANK_COLUMN_LIMIT = 5  # 单项否决: a site with 5 or more blank columns fails the inspection

CHECKS = {
    "SITE001": ("required-links-every-page", "warning", Text(
        "{count} of {total} pages lack required footer links, e.g. {example}: {message}",
        "{total} 个页面中有 {count} 个缺少必备的页脚链接，例如 {example}：{message}")),
    "SITE002": ("broken-internal-links", "error", Text(
        "{count} internal links lead to pages that do not exist ({detail}), e.g. {example} → {target}",
        "{count} 个站内链接指向不存在的页面（{detail}），例如 {example} → {target}")),
    "SITE006": ("unseen-internal-links", "info", Text(
        "{count} internal links lead to pages this crawl did not fetch, e.g. {example} → {target}; check that "
        "they exist",
        "{count} 个站内链接指向本次抓取未获取的页面，例如 {example} → {target}；请确认这些页面存在")),
    "SITE007": ("consistent-help", "error", Text(
        "Help and contact links are in another place ({regions}) on {count} pages than on {reference_pages} others "
        "({reference}), e.g. {example}; keep help in the same place on every page",
        "{count} 个页面的帮助和联系链接位置（{regions}）与其他 {reference_pages} 个页面（{reference}）不同，例如 "
        "{example}；帮助信息应在各页面的相同位置")),
    "SITE008": ("accessibility-statement", "error", Text(
        "No page of this site links to an accessibility statement; link it from every page, usually in the footer",
        "本网站没有任何页面链接到无障碍声明；请在每个页面（通常在页脚）链接无障碍声明")),
    "SITE009": ("accessibility-statement-not-crawled", "info", Text(
        "The accessibility statement ({target}) is linked from {count} pages but was not in this crawl, so its "
        "content was not checked; add it to the crawl",
        "无障碍声明（{target}）有 {count} 个页面链接，但不在本次抓取范围内，其内容未经检查；请将其加入抓取")),
    "SITE003": ("duplicate-titles", "warning", Text(
        "{count} pages share the title \"{title}\", e.g. {example}; give each page its own title",
        "{count} 个页面使用相同的标题“{title}”，例如 {example}；每个页面应有自己的标题")),
    "SITE004": ("consistent-navigation", "error", Text(
        "The navigation on {count} pages lists its links in another order than on {reference_pages} others, "
        "e.g. {example}; keep repeated navigation in the same order",
        "{count} 个页面的导航链接顺序与其他 {reference_pages} 个页面不同，例如 {example}；重复出现的导航应保持相同顺序")),
    "SITE005": ("blank-columns-threshold", "error", Text(
        "{count} blank or placeholder columns on this site (5 or more fails the inspection outright), e.g. "
        "{example}",
        "本网站有 {count} 个空白栏目或占位栏目（达到 5 个即单项否决），例如 {example}")),
}


@dataclass
class _Site:
    pages: int = 0
    urls: dict = field(default_factory=dict)  # URL or file key -> HTTP status (None for files)
    links: dict = field(default_factory=lambda: defaultdict(list))  # target -> pages linking to it
    titles: dict = field(default_factory=lambda: defaultdict(list))
    navigation: Counter = field(default_factory=Counter)
    navigation_pages: dict = field(default_factory=lambda: defaultdict(list))
    footer_failures: list = field(default_factory=list)  # (page, message)
    help: Counter = field(default_factory=Counter)  # where help links are, as a sequence of regions
    help_pages: dict = field(default_factory=lambda: defaultdict(list))
    statements: Counter = field(default_factory=Counter)  # statement URL -> pages linking to it
    blank_columns: list = field(default_factory=list)


def _collect(records) -> dict[str, _Site]:
    sites: dict[str, _Site] = defaultdict(_Site)
    for item in records:
        site = sites[item["site"]]
        site.pages += 1
        site.urls[item["url"] or item["key"]] = item["status"]
        facts = item.get("facts") or {}
        for target in facts.get("links", []):
            sources = site.links[target]
            if len(sources) < EXAMPLES:
                sources.append(item["key"])
        if facts.get("title"):
            site.titles[facts["title"]].append(item["key"])
        if facts.get("navigation"):
            signature = tuple(facts["navigation"])
            site.navigation[signature] += 1
            if len(site.navigation_pages[signature]) < EXAMPLES:
                site.navigation_pages[signature].append(item["key"])
        if facts.get("help"):
            signature = tuple(facts["help"])
            site.help[signature] += 1
            if len(site.help_pages[signature]) < EXAMPLES:
                site.help_pages[signature].append(item["key"])
        site.statements.update(facts.get("statement_links", []))
        for finding in (item["file"] or {}).get("findings", []):
            if finding["suppressed"] or finding["outcome"] != "fail":
                continue
            if finding["code"] in FOOTER_RULES:
                site.footer_failures.append((item["key"], finding["message"]))
            elif finding["code"] == BLANK_COLUMN_RULE:
                site.blank_columns.append(item["key"])
    return sites


def _finding(code: str, lang: str, pages: list[str], outcome: str = "fail", **data) -> dict:
    name, severity, text = CHECKS[code]
    return {"code": code, "name": name, "severity": severity, "outcome": outcome,
            "message": text.render(lang, **data), "pages": pages[:EXAMPLES]}


def _unseen(site: _Site) -> list[tuple[str, str]]:
    """(target, first page linking to it) for internal URLs the crawl never fetched."""
    return sorted((target, sources[0]) for target, sources in site.links.items()
                  if target not in site.urls and not target.startswith("/"))


def _broken(site: _Site) -> list[tuple[str, str, str]]:
    """(target, first page linking to it, why) for internal links that lead nowhere."""
    found = []
    for target, sources in site.links.items():
        if target in site.urls:
            status = site.urls[target]
            if status is not None and status >= 400:
                found.append((target, sources[0], f"HTTP {status}"))
        elif target.startswith("/") and not os.path.exists(target):  # a file of a folder input
            found.append((target, sources[0], "missing file"))
        elif target.startswith("/") and os.path.isdir(target) and not (Path(target) / "index.html").exists():
            found.append((target, sources[0], "missing file"))
    return sorted(found)


def _order_differs(reference: tuple, other: tuple) -> bool:
    shared = set(reference) & set(other)
    return [name for name in reference if name in shared] != [name for name in other if name in shared]


def _help_findings(site: _Site, lang: str) -> list[dict]:
    if len(site.help) < 2:
        return []
    reference, reference_count = site.help.most_common(1)[0]
    # A page may add help elsewhere; it fails when the help the other pages share moved or changed order.
    differing = sorted(signature for signature in site.help if signature != reference
                       and (not set(signature) & set(reference) or _order_differs(reference, signature)))
    if not differing:
        return []
    pages = [page for signature in differing for page in site.help_pages[signature]]
    return [_finding("SITE007", lang, pages, count=sum(site.help[signature] for signature in differing),
                     regions=", ".join(differing[0]), reference=", ".join(reference), reference_pages=reference_count,
                     example=pages[0])]


def _statement_findings(site: _Site, lang: str) -> list[dict]:
    if not site.statements:
        return [_finding("SITE008", lang, [])]
    target, count = site.statements.most_common(1)[0]
    if target in site.urls or any(key.rstrip("/") == target.rstrip("/") for key in site.urls):
        return []
    return [_finding("SITE009", lang, [], outcome="needs-review", target=target, count=count)]


def check_site(site: _Site, lang: str, statement_required: bool = False) -> list[dict]:
    findings = _help_findings(site, lang)
    if statement_required:
        findings += _statement_findings(site, lang)
    if site.footer_failures and site.pages > 1:
        example, message = site.footer_failures[0]
        findings.append(_finding("SITE001", lang, [page for page, _ in site.footer_failures],
                                 count=len(site.footer_failures), total=site.pages, example=example, message=message))
    broken = _broken(site)
    if broken:
        reasons = Counter(why.split(" ")[0] if why.startswith("HTTP") else why for _, _, why in broken)
        detail = ", ".join(f"{count} {why}" for why, count in sorted(reasons.items()))
        target, example, _ = broken[0]
        findings.append(_finding("SITE002", lang, [source for _, source, _ in broken], count=len(broken),
                                 detail=detail, example=example, target=target))
    unseen = _unseen(site)
    if unseen:
        target, example = unseen[0]
        findings.append(_finding("SITE006", lang, [source for _, source in unseen], outcome="needs-review",
                                 count=len(unseen), example=example, target=target))
    for title, pages in sorted(site.titles.items()):
        if len(pages) > 1:
            findings.append(_finding("SITE003", lang, pages, count=len(pages), title=title[:80], example=pages[0]))
    if len(site.navigation) > 1:
        reference, reference_count = site.navigation.most_common(1)[0]
        differing = [signature for signature in site.navigation if signature != reference
                     and _order_differs(reference, signature)]
        if differing:
            pages = [page for signature in sorted(differing) for page in site.navigation_pages[signature]]
            count = sum(site.navigation[signature] for signature in differing)
            findings.append(_finding("SITE004", lang, pages, count=count, reference_pages=reference_count,
                                     example=pages[0]))
    if len(site.blank_columns) >= BLANK_COLUMN_LIMIT:
        findings.append(_finding("SITE005", lang, site.blank_columns, count=len(site.blank_columns),
                                 example=site.blank_columns[0]))
    return sorted(findings, key=lambda finding: (finding["code"], finding["message"]))


def read_records(pages_jsonl: Path):
    with open(pages_jsonl, encoding="utf-8") as stream:
        for line in stream:
            yield json.loads(line)


def site_findings(pages_jsonl: Path, lang: str = "en", statement_required: bool = False) -> dict[str, list[dict]]:
    """Findings of every site of a batch, by site. ``statement_required``: the profile's jurisdiction wants
    an accessibility statement (UK, EU, US)."""
    return {name: check_site(site, lang, statement_required)
            for name, site in sorted(_collect(read_records(pages_jsonl)).items())}
