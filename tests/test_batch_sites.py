"""Site-level checks of a batch: findings that belong to a site, in sites.json/sites.jsonl and the HTML report."""

from __future__ import annotations

import json
from pathlib import Path

from a11ylint import Config
from a11ylint.batch.model import PageInput
from a11ylint.batch.runner import BatchOptions, run_batch

FOOTER = ('<footer><a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy</a> '
          '<a href="/cookies">Cookies</a></footer>')
NAV = '<nav><a href="a.html">Home</a> <a href="b.html">Services</a> <a href="c.html">News</a></nav>'
NAV_REORDERED = '<nav><a href="c.html">News</a> <a href="a.html">Home</a> <a href="b.html">Services</a></nav>'


def _page(title: str, body: str, footer: str = FOOTER, nav: str = NAV) -> str:
    return (f"<!DOCTYPE html><html lang=en><title>{title}</title><body>{nav}<main><h1>{title}</h1>{body}</main>"
            f"{footer}</body></html>")


def _site(root: Path) -> Path:
    site = root / "www.city.gov.uk"
    site.mkdir(parents=True)
    pages = {
        "a.html": _page("Home", "<p>Welcome. <a href='b.html'>Services</a></p>"),
        "b.html": _page("Services", "<p>See <a href='gone.html'>the old list</a>.</p>"),
        "c.html": _page("News", "<p>Latest news.</p>", footer='<footer><a href="/privacy">Privacy</a></footer>'),
        "d.html": _page("News", "<p>More news.</p>", nav=NAV_REORDERED),
    }
    for name, text in pages.items():
        (site / name).write_text(text, encoding="utf-8")
    return site


def _run(tmp_path, lang="en"):
    site = _site(tmp_path / "crawl")
    pages = [PageInput(key=str(path), path=str(path), source=str(site)) for path in sorted(site.glob("*.html"))]
    out = tmp_path / "out"
    run_batch([str(site)], pages, Config(preset="uk-public-sector", lang=lang), BatchOptions(out=out, chunk_size=2))
    return out


def test_site_findings_name_the_pages(tmp_path):
    out = _run(tmp_path)
    sites = json.loads((out / "sites.json").read_text(encoding="utf-8"))["sites"]
    assert list(sites) == ["www.city.gov.uk"]
    found = {finding["code"]: finding for finding in sites["www.city.gov.uk"]["findings"]}
    assert set(found) == {"SITE001", "SITE002", "SITE003", "SITE004"}
    assert found["SITE001"]["pages"] == [str(tmp_path / "crawl" / "www.city.gov.uk" / "c.html")]
    assert "1 of 4 pages lack required footer links" in found["SITE001"]["message"]
    assert found["SITE002"]["message"].startswith("1 internal links lead to pages that do not exist (1 missing file)")
    assert found["SITE002"]["message"].endswith("gone.html")
    assert '2 pages share the title "News"' in found["SITE003"]["message"]
    assert found["SITE004"]["pages"] == [str(tmp_path / "crawl" / "www.city.gov.uk" / "d.html")]
    lines = [json.loads(line) for line in (out / "sites.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["site"] for line in lines] == ["www.city.gov.uk"] and lines[0]["findings"] == list(found.values())


def test_site_findings_show_under_the_site_in_the_html_report(tmp_path):
    out = _run(tmp_path)
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    section = index[index.index('<section id="sites"'):index.index('<section id="pages"')]
    assert '<h3 id="site-1">www.city.gov.uk</h3>' in section
    assert "SITE001 required-links-every-page" in section and "SITE002 broken-internal-links" in section
    site_report = next((out / "report" / "sites").glob("www.city.gov.uk-*.html")).read_text(encoding="utf-8")
    assert "SITE002 broken-internal-links" in site_report


def test_site_findings_in_chinese(tmp_path):
    out = _run(tmp_path, lang="zh")
    sites = json.loads((out / "sites.json").read_text(encoding="utf-8"))["sites"]
    messages = [finding["message"] for finding in sites["www.city.gov.uk"]["findings"]]
    assert any("个站内链接指向不存在的页面" in message for message in messages)
