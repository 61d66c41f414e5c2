"""Site-level checks of a batch: findings that belong to a site, in sites.json/sites.jsonl and the HTML report."""

from __future__ import annotations

import json
from pathlib import Path

from a11ylint import Config
from a11ylint.batch.model import PageInput
from a11ylint.batch.runner import BatchOptions, run_batch

FOOTER = ('<footer><a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy</a> '
          '<a href="/cookies">Cookies</a> <a href="/contact">Contact us</a></footer>')
NAV = '<nav><a href="a.html">Home</a> <a href="b.html">Services</a> <a href="c.html">News</a></nav>'
NAV_REORDERED = ('<nav><a href="c.html">News</a> <a href="a.html">Home</a> <a href="b.html">Services</a> '
                 '<a href="/contact">Contact us</a></nav>')


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
        "d.html": _page("News", "<p>More news.</p>", nav=NAV_REORDERED, footer=FOOTER.replace(
            ' <a href="/contact">Contact us</a>', "")),
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
    assert set(found) == {"SITE001", "SITE002", "SITE003", "SITE004", "SITE007", "SITE009"}
    assert found["SITE001"]["pages"] == [str(tmp_path / "crawl" / "www.city.gov.uk" / "c.html")]
    assert "1 of 4 pages lack required footer links" in found["SITE001"]["message"]
    assert found["SITE002"]["message"].startswith("1 internal links lead to pages that do not exist (1 missing file)")
    assert found["SITE002"]["message"].endswith("gone.html")
    assert '2 pages share the title "News"' in found["SITE003"]["message"]
    assert found["SITE004"]["pages"] == [str(tmp_path / "crawl" / "www.city.gov.uk" / "d.html")]
    # d.html has its contact link in the navigation, the others in the footer (c.html has none at all).
    assert found["SITE007"]["pages"] == [str(tmp_path / "crawl" / "www.city.gov.uk" / "d.html")]
    assert "(header) on 1 pages than on 2 others (footer)" in found["SITE007"]["message"]
    assert found["SITE009"]["outcome"] == "needs-review" and "/accessibility" in found["SITE009"]["message"]
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


def test_a_site_without_an_accessibility_statement_link(tmp_path):
    from a11ylint.batch.sitecheck import _collect, check_site

    records = [{"key": f"https://x.gov.uk/{index}", "url": f"https://x.gov.uk/{index}", "site": "x.gov.uk",
                "status": 200, "file": None, "facts": {"links": [], "title": f"Page {index}"}} for index in range(3)]
    site = _collect(records)["x.gov.uk"]
    assert [finding["code"] for finding in check_site(site, "en", statement_required=True)] == ["SITE008"]
    assert check_site(site, "en", statement_required=False) == []
    records[0]["facts"]["statement_links"] = ["https://x.gov.uk/accessibility"]
    records.append({"key": "https://x.gov.uk/accessibility", "url": "https://x.gov.uk/accessibility",
                    "site": "x.gov.uk", "status": 200, "file": None, "facts": {}})
    assert check_site(_collect(records)["x.gov.uk"], "en", statement_required=True) == []


def test_extra_help_on_one_page_is_not_inconsistent_help():
    from a11ylint.batch.sitecheck import _collect, check_site

    def page(index, help_regions):
        return {"key": f"p{index}", "url": None, "site": "s", "status": None, "file": None,
                "facts": {"links": [], "help": help_regions}}

    added = _collect([page(1, ["footer"]), page(2, ["footer"]), page(3, ["header", "footer"])])["s"]
    assert check_site(added, "en") == []
    moved = _collect([page(1, ["footer"]), page(2, ["footer"]), page(3, ["header"])])["s"]
    assert [finding["code"] for finding in check_site(moved, "en")] == ["SITE007"]
