"""Batch inputs (a11ylint.batch.sources and the modules under it): folders, WARC files, sitemaps, URL lists,
single URLs, and fetching.

Self-contained: every WARC, sitemap and mirror tree is built here in tmp_path, and fetch tests talk to a local
http.server on 127.0.0.1 (no internet). One test also packs pages of ../shared/corpus into a WARC and skips
when that folder is absent.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from helpers import quiet_http_server
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from a11ylint.batch.bodies import BodyTooLarge, decoded_body, parse_content_type
from a11ylint.batch.fetch import HostLimiter, needs_fetch
from a11ylint.batch.folders import looks_like_host, mirror_url
from a11ylint.batch.keys import UniqueKeys
from a11ylint.batch.model import PageInput
from a11ylint.batch.sources import SourceOptions, check_spec, fetch, iter_inputs
from a11ylint.config import Config
from a11ylint.encoding import decode_html
from a11ylint.files import InputError, discover

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
GOV_TEXT = "政府信息公开"  # "government information disclosure"
FAST = SourceOptions(delay_per_host=0.0, allow_private=True, timeout=5.0)


def html(text: str = GOV_TEXT, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang=zh><head>{head}<title>t</title></head><body><p>{text}</p></body></html>"


def pages(spec, config: Config | None = None, options: SourceOptions = FAST) -> list[PageInput]:
    return list(iter_inputs(str(spec), config or Config(), options))


# --- building WARC files ---------------------------------------------------------------------------------


class WarcBuilder:
    """Writes records one by one and remembers where each starts, for cutting the file later."""

    def __init__(self, path: Path, gzipped: bool):
        self.path = path
        self.handle = open(path, "wb")
        self.writer = WARCWriter(self.handle, gzip=gzipped)
        self.offsets: list[int] = []

    def _write(self, record) -> None:
        self.offsets.append(self.handle.tell())
        self.writer.write_record(record)

    def response(self, uri: str, status: str = "200 OK", headers=(), body: bytes = b"") -> None:
        http = StatusAndHeaders(status, list(headers), protocol="HTTP/1.1")
        self._write(self.writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))

    def request(self, uri: str) -> None:
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "www.city.gov.cn")], is_http_request=True)
        self._write(self.writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=http))

    def warcinfo(self) -> None:
        self._write(self.writer.create_warcinfo_record(self.path.name, {"software": "a11ylint tests"}))

    def other(self, uri: str, record_type: str, body: bytes) -> None:
        self._write(self.writer.create_warc_record(uri, record_type, payload=io.BytesIO(body),
                                                   warc_content_type="text/html"))

    def close(self) -> Path:
        self.handle.close()
        return self.path


def chunked(data: bytes, size: int = 7) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(data[i:i + size]), data[i:i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


SITE = "http://www.city.gov.cn"


def build_site_warc(path: Path, gzipped: bool) -> WarcBuilder:
    warc = WarcBuilder(path, gzipped)
    warc.warcinfo()
    warc.request(f"{SITE}/utf8.html")
    warc.response(f"{SITE}/utf8.html", headers=[("Content-Type", "text/html; charset=utf-8")],
                  body=html().encode("utf-8"))
    warc.response(f"{SITE}/gbk.html", headers=[("Content-Type", "text/html; charset=gbk")],
                  body=html().encode("gbk"))  # the charset is only in the HTTP header: no <meta>
    warc.response(f"{SITE}/missing.html", "404 Not Found", [("Content-Type", "text/html")], b"<p>gone</p>")
    warc.response(f"{SITE}/old", "301 Moved Permanently", [("Location", "/new.html")], b"")
    warc.response(f"{SITE}/logo.png", headers=[("Content-Type", "image/png")], body=b"\x89PNG\r\n\x1a\n....")
    warc.other(f"{SITE}/utf8.html", "metadata", b"outlinks: none")
    warc.other(f"{SITE}/resource.html", "resource", html().encode())
    warc.response(f"{SITE}/gzip.html", headers=[("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Encoding", "gzip")],
                  body=gzip.compress(html("压缩").encode("utf-8")))
    warc.response(f"{SITE}/chunked-gzip.html", headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                                                          ("Transfer-Encoding", "chunked")],
                  body=chunked(gzip.compress(html("分块").encode("utf-8"))))
    warc.response(f"{SITE}/untyped.html", body=b"  <!doctype html><html><title>x</title></html>")
    warc.response(f"{SITE}/untyped.bin", body=b"\x00\x01binary")
    warc.response(f"{SITE}/utf8.html", headers=[("Content-Type", "text/html")], body=b"<p>second capture</p>")
    warc.response(f"{SITE}/retry.html", "503 Service Unavailable", [("Content-Type", "text/html")], b"busy")
    warc.response(f"{SITE}/retry.html", headers=[("Content-Type", "text/html")], body=html("重试").encode())
    return warc


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_warc_yields_pages_statuses_and_redirects(tmp_path, gzipped):
    path = build_site_warc(tmp_path / ("site.warc.gz" if gzipped else "site.warc"), gzipped).close()
    assert check_spec(str(path), Config()) == "warc"
    found = {page.key: page for page in pages(path)}
    assert list(found) == [f"{SITE}/utf8.html", f"{SITE}/gbk.html", f"{SITE}/missing.html", f"{SITE}/old",
                           f"{SITE}/gzip.html", f"{SITE}/chunked-gzip.html", f"{SITE}/untyped.html",
                           f"{SITE}/retry.html", f"{SITE}/retry.html (2)"]
    assert all(page.error is None and page.source == str(path) for page in found.values())

    utf8 = found[f"{SITE}/utf8.html"]
    assert (utf8.status, utf8.content_type, utf8.transport_encoding) == (200, "text/html", "utf-8")
    assert utf8.data == html().encode("utf-8") and utf8.lintable  # the first capture is kept

    gbk = found[f"{SITE}/gbk.html"]
    assert gbk.transport_encoding == "gbk" and gbk.data == html().encode("gbk")
    decoded = decode_html(gbk.data, gbk.transport_encoding)
    assert GOV_TEXT in decoded.text and decoded.source == "transport" and decoded.replaced_bytes == 0

    missing = found[f"{SITE}/missing.html"]
    assert (missing.status, missing.data, missing.lintable) == (404, None, False)
    old = found[f"{SITE}/old"]
    assert (old.status, old.redirect_to, old.data) == (301, f"{SITE}/new.html", None)

    assert "压缩" in found[f"{SITE}/gzip.html"].data.decode("utf-8")
    assert "分块" in found[f"{SITE}/chunked-gzip.html"].data.decode("utf-8")
    assert found[f"{SITE}/untyped.html"].content_type is None and found[f"{SITE}/untyped.html"].lintable
    assert found[f"{SITE}/retry.html"].status == 503
    assert found[f"{SITE}/retry.html (2)"].status == 200 and found[f"{SITE}/retry.html (2)"].lintable


def test_warc_gzip_body_is_capped(tmp_path):
    warc = WarcBuilder(tmp_path / "bomb.warc.gz", True)
    bomb = gzip.compress(b"<html><body>" + b" " * 5_000_000 + b"</body></html>")
    warc.response(f"{SITE}/bomb.html", headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                  body=bomb)
    warc.response(f"{SITE}/after.html", headers=[("Content-Type", "text/html")], body=html().encode())
    path = warc.close()
    found = pages(path, options=replace(FAST, max_bytes=100_000))
    assert [page.key for page in found] == [f"{SITE}/bomb.html", f"{SITE}/after.html"]
    assert found[0].error == "page body larger than 100000 bytes" and found[0].data is None
    assert found[1].lintable


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_truncated_warc_gives_one_error_and_keeps_earlier_pages(tmp_path, gzipped):
    warc = WarcBuilder(tmp_path / "cut.warc", gzipped)
    for name in ("a", "b", "c"):
        warc.response(f"{SITE}/{name}.html", headers=[("Content-Type", "text/html")],
                      body=html(name * 3000).encode())
    path = warc.close()
    data = path.read_bytes()
    start = warc.offsets[2]
    for cut in (start + 40, (start + len(data)) // 2, len(data) - 12):  # in the header, the body, the end
        path.write_bytes(data[:cut])
        found = pages(path)
        assert [page.key for page in found[:2]] == [f"{SITE}/a.html", f"{SITE}/b.html"]
        assert all(page.lintable for page in found[:2])
        assert len(found) == 3, cut
        assert found[2].error == f"truncated WARC record at offset {start}"
        assert not found[2].lintable


def test_corrupt_warc_record_is_an_error_entry(tmp_path):
    warc = WarcBuilder(tmp_path / "bad.warc", False)
    for name in ("a", "b"):
        warc.response(f"{SITE}/{name}.html", headers=[("Content-Type", "text/html")], body=html().encode())
    path = warc.close()
    data = bytearray(path.read_bytes())
    data[warc.offsets[1]:warc.offsets[1] + 4] = b"JUNK"
    path.write_bytes(bytes(data))
    found = pages(path)
    assert [page.key for page in found] == [f"{SITE}/a.html", f"{path}@{warc.offsets[1]}"]
    assert found[1].error.startswith(f"corrupt WARC record at offset {warc.offsets[1]}: ")
    # the batch keeps going, and the skipped record is a finding: in pages.jsonl, the report and the exit code
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "a11ylint", "batch", "--isolated", "--jobs", "1", str(path),
                           "--out", str(out)], capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    records = [json.loads(line) for line in (out / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[0]["error"] is None and records[0]["file"]["findings"]
    assert records[1]["error"].startswith("corrupt WARC record")
    [finding] = records[1]["file"]["findings"]
    assert finding["code"] == "SYS006" and finding["message"] == f"The page was not checked: {records[1]['error']}"
    report = "".join(page.read_text(encoding="utf-8") for page in (out / "report").rglob("*.html"))
    assert "SYS006" in report and "corrupt WARC record" in report


def test_warc_of_corpus_pages(tmp_path):
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row["original_url"].startswith("http")]
    chosen, urls = [], set()
    for row in sorted(rows, key=lambda row: (row["declared_charset"] == "none", row["local_path"])):
        if row["original_url"] not in urls and (CORPUS / row["local_path"]).is_file():
            chosen.append(row)
            urls.add(row["original_url"])
        if len(chosen) == 6:
            break
    warc = WarcBuilder(tmp_path / "corpus.warc.gz", True)
    for row in chosen:
        charset = "" if row["declared_charset"] == "none" else f"; charset={row['declared_charset']}"
        warc.response(row["original_url"], headers=[("Content-Type", "text/html" + charset)],
                      body=(CORPUS / row["local_path"]).read_bytes())
    found = pages(warc.close())
    assert [page.key for page in found] == [row["original_url"] for row in chosen]
    for page, row in zip(found, chosen):
        assert page.data == (CORPUS / row["local_path"]).read_bytes()
        assert decode_html(page.data, page.transport_encoding).text


# --- folders ---------------------------------------------------------------------------------------------


def write(path: Path, text: str = "<p>x</p>") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_mirror_folder_pages_follow_discover_and_get_urls(tmp_path):
    mirror = tmp_path / "mirror"
    for name in ("www.city.gov.cn/index.html", "www.city.gov.cn/news/a.html", "www.city.gov.cn/news/index.html",
                 "www.city.gov.cn/news/index.htm", "www.city.gov.cn/.git/x.html", "www.city.gov.cn/style.css",
                 "www.city.gov.cn/search.php?q=1.html", "readme.html", "notes/b.html"):
        write(mirror / name)
    found = pages(mirror)
    assert [page.path for page in found] == discover([str(mirror)], Config())
    assert all(page.data is None and page.source == str(mirror) for page in found)
    by_path = {Path(page.path).relative_to(mirror).as_posix(): page for page in found}
    assert by_path["www.city.gov.cn/index.html"].url == "http://www.city.gov.cn/"
    assert by_path["www.city.gov.cn/news/a.html"].key == "http://www.city.gov.cn/news/a.html"
    assert by_path["www.city.gov.cn/search.php?q=1.html"].url == "http://www.city.gov.cn/search.php?q=1.html"
    # news/index.htm and news/index.html are both http://…/news/: the first keeps the URL as key, the other its path
    first, second = by_path["www.city.gov.cn/news/index.htm"], by_path["www.city.gov.cn/news/index.html"]
    assert first.key == first.url == second.url == "http://www.city.gov.cn/news/"
    assert second.key == second.path
    for name in ("readme.html", "notes/b.html"):
        assert by_path[name].url is None and by_path[name].key == by_path[name].path
    assert len({page.key for page in found}) == len(found)


def test_folder_named_after_its_host_and_excludes(tmp_path):
    site = tmp_path / "www.example.gov.uk"
    write(site / "index.html")
    write(site / "about" / "team.html")
    write(site / "drafts" / "x.html")
    config = Config(exclude=("drafts",), base_dir=tmp_path)
    found = pages(site, config)
    assert [page.path for page in found] == discover([str(site)], config)
    assert [page.url for page in found] == ["http://www.example.gov.uk/", "http://www.example.gov.uk/about/team.html"]


def test_host_name_rules():
    assert looks_like_host("www.city.gov.cn") and looks_like_host("10.0.0.5:8080") and looks_like_host("a.xn--fiqs8s")
    assert not looks_like_host("index.html") and not looks_like_host("news") and not looks_like_host("site.v2")
    assert mirror_url("m", "m/www.a.gov/a b/ü.html") == "http://www.a.gov/a%20b/%C3%BC.html"
    assert mirror_url("m", "m/index.html") is None  # a file at the top is not a host folder


def test_empty_folder_is_an_input_error(tmp_path):
    write(tmp_path / "site" / "style.css")
    with pytest.raises(InputError, match="no files matching"):
        check_spec(str(tmp_path / "site"), Config())


# --- sitemaps --------------------------------------------------------------------------------------------

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def urlset(*locs: str, extra: str = "") -> str:
    entries = "".join(f"<url><loc>{loc}</loc></url>\n" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset {NS} {extra}>\n{entries}</urlset>\n'


def index(*locs: str) -> str:
    entries = "".join(f"<sitemap><loc>{loc}</loc></sitemap>\n" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex {NS}>\n{entries}</sitemapindex>\n'


def test_sitemap_yields_urls_to_fetch(tmp_path):
    image = ('<url><loc>https://www.gov.cn/c.html</loc><image:image><image:loc>https://www.gov.cn/i.png</image:loc>'
             '</image:image></url>')
    text = urlset(" https://www.gov.cn/a.html ", "https://www.gov.cn/b.html#top", "https://www.gov.cn/a.html",
                  "ftp://www.gov.cn/file", extra='xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"')
    path = write(tmp_path / "sitemap.xml", text.replace("</urlset>", image + "</urlset>"))
    found = pages(path)
    assert [page.key for page in found] == ["https://www.gov.cn/a.html", "https://www.gov.cn/b.html",
                                            f"{path}:6", "https://www.gov.cn/c.html"]
    assert all(needs_fetch(page) for page in found if page.error is None)
    assert "not an http or https URL" in found[2].error


def test_sitemap_index_recurses_with_caps(tmp_path):
    write(tmp_path / "sub" / "pages.xml", urlset("https://www.gov.cn/1.html", "https://www.gov.cn/2.html"))
    (tmp_path / "more.xml.gz").write_bytes(gzip.compress(urlset("https://www.gov.cn/3.html").encode()))
    path = write(tmp_path / "sitemap_index.xml", index("sub/pages.xml", "more.xml.gz", "sitemap_index.xml",
                                                       "missing.xml"))
    found = pages(path)
    assert [page.key for page in found] == ["https://www.gov.cn/1.html", "https://www.gov.cn/2.html",
                                            "https://www.gov.cn/3.html", str(tmp_path / "missing.xml")]
    assert found[3].error.startswith("cannot read: No such file")

    capped = pages(path, options=replace(FAST, max_sitemap_urls=2))
    assert [page.url for page in capped[:1]] == ["https://www.gov.cn/1.html"]
    assert len(capped) == 2 and "max_sitemap_urls" in capped[1].error

    write(tmp_path / "deep" / "a.xml", index("b.xml"))
    write(tmp_path / "deep" / "b.xml", index("c.xml"))
    write(tmp_path / "deep" / "c.xml", urlset("https://www.gov.cn/deep.html"))
    shallow = pages(tmp_path / "deep" / "a.xml", options=replace(FAST, max_sitemap_depth=1))
    assert len(shallow) == 1 and "nested more than 1 levels" in shallow[0].error
    assert [page.url for page in pages(tmp_path / "deep" / "a.xml")] == ["https://www.gov.cn/deep.html"]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.gov.cn/&lol9;</loc></url></urlset>
"""


def test_billion_laughs_sitemap_expands_nothing(tmp_path):
    path = write(tmp_path / "sitemap.xml", BILLION_LAUGHS)
    started = time.monotonic()
    found = pages(path)
    assert time.monotonic() - started < 5
    assert len(found) == 1 and found[0].error and found[0].url is None
    assert "lollol" not in found[0].error


def test_xxe_sitemap_reads_and_fetches_nothing(tmp_path, server):
    secret = write(tmp_path / "secret.txt", "TOP-SECRET-VALUE")
    for doctype in (f'<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>',
                    f'<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "{server.url}/xxe">]>',
                    f'<!DOCTYPE urlset [<!ENTITY % p SYSTEM "{server.url}/dtd"> %p;]>',
                    f'<!DOCTYPE urlset SYSTEM "{secret.as_uri()}">'):
        text = urlset("https://www.gov.cn/&xxe;").replace("?>\n", "?>\n" + doctype + "\n", 1)
        if "xxe SYSTEM" not in doctype:
            text = text.replace("&xxe;", "x")
        path = write(tmp_path / "xxe.xml", text)
        found = pages(path)
        assert len(found) == 1 and found[0].error and "DOCTYPE" in found[0].error, doctype
        assert not any("TOP-SECRET" in repr(page) for page in found)
    assert server.hits == []


def test_gzip_bomb_sitemap_stops_at_the_size_cap(tmp_path):
    text = urlset("https://www.gov.cn/a.html").replace("</urlset>", "<!--" + " " * 3_000_000 + "--></urlset>")
    path = tmp_path / "sitemap.xml.gz"
    path.write_bytes(gzip.compress(text.encode()))
    found = pages(path, options=replace(FAST, max_sitemap_bytes=1_000_000))
    assert found[-1].error == "larger than 1000000 bytes (the max_sitemap_bytes limit)"


def test_sitemap_that_is_not_well_formed(tmp_path):
    path = write(tmp_path / "sitemap.xml", urlset("https://www.gov.cn/a.html").replace("</urlset>", "<url>"))
    found = pages(path)
    assert found[0].url == "https://www.gov.cn/a.html"
    assert len(found) == 2 and found[1].error.startswith("not well-formed XML")


def test_remote_sitemap_index(server):
    server.routes["/sitemap_index.xml"] = (200, [("Content-Type", "application/xml")],
                                           index("/pages.xml.gz", "file:///etc/passwd").encode())
    server.routes["/pages.xml.gz"] = (200, [("Content-Type", "application/gzip")],
                                      gzip.compress(urlset("https://www.gov.cn/r.html", "/relative.html").encode()))
    spec = f"{server.url}/sitemap_index.xml"
    assert check_spec(spec, Config()) == "sitemap"
    found = pages(spec)
    assert [page.key for page in found[:2]] == ["https://www.gov.cn/r.html", f"{server.url}/relative.html"]
    assert len(found) == 3 and "not an http or https URL" in found[2].error
    assert [hit.path for hit in server.hits] == ["/sitemap_index.xml", "/pages.xml.gz"]


# --- URL lists and single URLs ---------------------------------------------------------------------------


def test_url_list(tmp_path):
    path = write(tmp_path / "urls.txt", "\ufeff# pages to check\n\nhttps://www.gov.cn/a.html\n"
                 "  http://www.gov.cn/b.html#section  \nftp://www.gov.cn/c.txt\nwww.gov.cn/d.html\n"
                 "https://www.gov.cn/a.html\nhttps:///nohost\n")
    found = pages(path)
    assert [page.key for page in found] == ["https://www.gov.cn/a.html", "http://www.gov.cn/b.html",
                                            f"{path}:5", f"{path}:6", f"{path}:8"]
    assert "not an http or https URL" in found[2].error and "not an http or https URL" in found[3].error
    assert "no host" in found[4].error
    assert all(needs_fetch(page) for page in found[:2])


def test_url_list_detected_by_content(tmp_path):
    path = write(tmp_path / "urls", "# list\nhttps://www.gov.cn/a.html\n")
    assert check_spec(str(path), Config()) == "url-list"


def test_single_url_and_single_page(tmp_path):
    assert check_spec("https://www.gov.cn/page.html", Config()) == "url"
    assert check_spec("https://www.gov.cn/wp-sitemap", Config()) == "sitemap"
    assert [(page.key, page.url) for page in pages("https://www.gov.cn/page.html#top")] == \
        [("https://www.gov.cn/page.html", "https://www.gov.cn/page.html")]
    page_file = write(tmp_path / "page.htm", html())
    assert [(page.key, page.path) for page in pages(page_file)] == [(str(page_file), str(page_file))]


@pytest.mark.parametrize("name, content, message", [
    ("nothing-here", None, "no such file or folder"),
    ("empty.txt", b"", "empty file"),
    ("fake.warc", b"<html></html>", "not a WARC file"),
    ("fake.warc.gz", gzip.compress(b"hello"), "not a WARC file"),
    ("feed.xml", b"<?xml version='1.0'?><rss></rss>", "not a sitemap"),
    ("blob.bin", b"\x00\x01\x02binary", "not a folder, WARC file, sitemap, URL list or HTML page"),
    ("broken.gz", b"\x1f\x8bnot really gzip", "corrupt gzip data"),
])
def test_bad_inputs_are_input_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message) as raised:
        iter_inputs(str(path), Config(), FAST)  # raised when called, before any page is asked for
    assert str(raised.value).startswith(str(path))


@pytest.mark.parametrize("spec, message", [
    ("ftp://www.gov.cn/x.html", "only http and https"),
    ("https:///x.html", "no host name"),
    ("http://www.gov.cn:port/", "invalid URL"),
])
def test_bad_urls_are_input_errors(spec, message):
    with pytest.raises(InputError, match=message):
        check_spec(spec, Config())


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_an_input_error(tmp_path):
    path = write(tmp_path / "urls.txt", "https://www.gov.cn/\n")
    path.chmod(0)
    with pytest.raises(InputError, match="cannot read"):
        check_spec(str(path), Config())


def test_every_kind_yields_the_same_pages_twice(tmp_path):
    warc = build_site_warc(tmp_path / "site.warc.gz", True).close()
    write(tmp_path / "mirror" / "www.a.gov" / "x.html")
    write(tmp_path / "mirror" / "www.a.gov" / "y" / "index.html")
    sitemap = write(tmp_path / "sitemap.xml", urlset("https://www.gov.cn/1", "https://www.gov.cn/2"))
    url_list = write(tmp_path / "urls.txt", "https://www.gov.cn/1\nbad\n")
    for spec in (warc, tmp_path / "mirror", sitemap, url_list):
        first, second = pages(spec), pages(spec)
        assert first == second and first
        assert len({page.key for page in first}) == len(first)


# --- fetching --------------------------------------------------------------------------------------------


class Hit:
    def __init__(self, path: str, user_agent: str):
        self.path = path
        self.user_agent = user_agent


class LocalServer:
    """A local http.server whose routes the tests set: path -> (status, headers, body)."""

    def __init__(self):
        self.routes: dict[str, tuple[int, list[tuple[str, str]], bytes]] = {}
        self.hits: list[Hit] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.hits.append(Hit(self.path, self.headers.get("User-Agent", "")))
                if self.path == "/slow":
                    time.sleep(1.5)
                status, headers, body = outer.routes.get(self.path, (404, [("Content-Type", "text/html")], b"no"))
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = quiet_http_server()(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")  # a developer's proxy settings must not catch these
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    local = LocalServer()
    yield local
    local.close()


def to_fetch(url: str) -> PageInput:
    return PageInput(key=url, url=url, source="test")


def test_fetch_page_with_charset_header(server):
    server.routes["/gbk.html"] = (200, [("Content-Type", "text/html; charset=GBK")], html().encode("gbk"))
    page = fetch(to_fetch(f"{server.url}/gbk.html"), FAST)
    assert (page.status, page.content_type, page.transport_encoding, page.error) == (200, "text/html", "GBK", None)
    assert page.lintable and page.key == page.url == f"{server.url}/gbk.html" and page.redirect_to is None
    assert GOV_TEXT in decode_html(page.data, page.transport_encoding).text
    assert server.hits[0].user_agent.startswith("a11ylint/")


def test_fetch_statuses_and_redirects(server):
    server.routes["/ok.html"] = (200, [("Content-Type", "text/html")], html().encode())
    server.routes["/moved"] = (301, [("Location", "/hop")], b"")
    server.routes["/hop"] = (302, [("Location", f"{server.url}/ok.html")], b"")
    server.routes["/to-file"] = (302, [("Location", "file:///etc/passwd")], b"")
    server.routes["/loop"] = (302, [("Location", "/loop")], b"")
    server.routes["/logo.png"] = (200, [("Content-Type", "image/png")], b"\x89PNG")

    missing = fetch(to_fetch(f"{server.url}/missing.html"), FAST)
    assert (missing.status, missing.data, missing.error, missing.lintable) == (404, None, None, False)

    moved = fetch(to_fetch(f"{server.url}/moved"), FAST)
    assert (moved.status, moved.redirect_to, moved.error) == (200, f"{server.url}/ok.html", None)
    assert moved.url == f"{server.url}/moved" and moved.lintable

    to_file = fetch(to_fetch(f"{server.url}/to-file"), FAST)
    assert (to_file.status, to_file.redirect_to, to_file.data) == (302, "file:///etc/passwd", None)
    assert to_file.error.startswith("redirect refused: only http and https")

    loop = fetch(to_fetch(f"{server.url}/loop"), FAST)
    assert loop.status == 302 and loop.error == "more than 5 redirects"
    assert len([hit for hit in server.hits if hit.path == "/loop"]) == 6

    image = fetch(to_fetch(f"{server.url}/logo.png"), FAST)
    assert (image.status, image.content_type, image.data, image.error) == (200, "image/png", None, None)

    ftp = fetch(to_fetch("ftp://www.gov.cn/x.html"), FAST)
    assert ftp.error.startswith("only http and https URLs are fetched")


def test_fetch_caps_body_size_gzip_included(server):
    server.routes["/big.html"] = (200, [("Content-Type", "text/html")], b"<p>" + b"x" * 300_000)
    server.routes["/bomb.html"] = (200, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                                   gzip.compress(b"<p>" + b" " * 5_000_000))
    server.routes["/small.html"] = (200, [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                                    gzip.compress(html().encode()))
    options = replace(FAST, max_bytes=100_000)
    big = fetch(to_fetch(f"{server.url}/big.html"), options)
    assert big.error.startswith("page body larger than 100000 bytes") and big.data is None and big.status == 200
    bomb = fetch(to_fetch(f"{server.url}/bomb.html"), options)
    assert bomb.error == "page body larger than 100000 bytes" and bomb.data is None
    small = fetch(to_fetch(f"{server.url}/small.html"), options)
    assert small.data == html().encode() and small.error is None


def test_fetch_refuses_private_addresses_unless_allowed(server):
    server.routes["/ok.html"] = (200, [("Content-Type", "text/html")], html().encode())
    refused = fetch(to_fetch(f"{server.url}/ok.html"), replace(FAST, allow_private=False))
    assert "127.0.0.1" in refused.error and "loopback" in refused.error and refused.status is None
    assert server.hits == []
    named = fetch(to_fetch(f"http://localhost:{server.url.rsplit(':', 1)[1]}/ok.html"),
                  replace(FAST, allow_private=False))
    assert "loopback" in named.error and server.hits == []
    assert fetch(to_fetch(f"{server.url}/ok.html"), FAST).lintable


def test_fetch_timeout_and_unreachable_are_errors(server):
    slow = fetch(to_fetch(f"{server.url}/slow"), replace(FAST, timeout=0.3))
    assert slow.error.startswith("timed out after 0.3 s")
    port = server.url.rsplit(":", 1)[1]
    server.close()
    gone = fetch(to_fetch(f"http://127.0.0.1:{port}/"), FAST)
    assert gone.error and gone.status is None
    server.close = lambda: None  # already closed


def test_host_limiter_spaces_requests_per_host():
    now = [100.0]
    slept = []

    def sleep(seconds):
        slept.append(round(seconds, 3))
        now[0] += seconds

    limiter = HostLimiter(clock=lambda: now[0], sleep=sleep)
    limiter.wait("a.gov", 1.0)
    limiter.wait("b.gov", 1.0)
    limiter.wait("a.gov", 1.0)
    now[0] += 5
    limiter.wait("a.gov", 1.0)
    assert slept == [1.0]


# --- small parts -----------------------------------------------------------------------------------------


def test_content_type_and_body_helpers():
    assert parse_content_type("Text/HTML; Charset=\"gb2312\"") == ("text/html", "gb2312")
    assert parse_content_type(None) == (None, None) and parse_content_type("garbage") == (None, None)
    assert decoded_body([gzip.compress(b"ab"), b""], "gzip", 10) == b"ab"
    assert decoded_body([b"<html>"], "gzip", 10) == b"<html>"  # declared gzip but stored decoded
    assert decoded_body([gzip.compress(b"a") + gzip.compress(b"b")], "x-gzip", 10) == b"ab"
    with pytest.raises(BodyTooLarge):
        decoded_body([gzip.compress(b"a" * 100)], "gzip", 99)
    keys = UniqueKeys()
    assert [keys.unique("k") for _ in range(3)] == ["k", "k (2)", "k (3)"]
