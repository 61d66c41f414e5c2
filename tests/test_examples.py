"""The pages in examples/: the clean page is clean, the seed-like page shows the seed's problems, and the
GBK page labelled gb2312 decodes its GBK-only characters and points at the right element."""

from __future__ import annotations

from pathlib import Path

from a11ylint import Config, Linter

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_clean_page_passes_every_rule():
    # manual-review rules list what a person must judge on any page, and the jurisdiction rules ask for one
    # government's footer links and marks, so both are left out here
    ignore = ("tag:manual-review", "jur:CN", "jur:US", "jur:UK", "jur:EU")
    result = Linter(Config(select=("ALL",), ignore=ignore)).lint_path(EXAMPLES / "clean.html")
    assert [(f.code, f.line, f.message) for f in result.findings] == []


def test_county_notice_shows_the_seed_patterns():
    result = Linter().lint_path(EXAMPLES / "county-notice.html")
    found = {f.code for f in result.findings}
    assert {"HTM001", "HTM002", "HTM003", "HTM005", "IMG001", "LNG001"} <= found
    duplicate_ids = [f for f in result.findings if f.code == "HTM003"]
    assert len(duplicate_ids) >= 10 and all('"q7vz3"' in f.message for f in duplicate_ids)


def test_gbk_page_labelled_gb2312_keeps_gbk_only_characters():
    raw = (EXAMPLES / "gbk-notice.html").read_bytes()
    assert b"charset=gb2312" in raw and "镕".encode("gbk") in raw
    result = Linter().lint_path(EXAMPLES / "gbk-notice.html")
    assert (result.encoding, result.encoding_source) == ("gbk", "meta")
    image = next(f for f in result.findings if f.code == "IMG001")
    assert image.snippet == '<img src="/uploads/2023/10/李镕.jpg">'
    line = raw.decode("gb18030").splitlines()[image.line - 1]
    assert line[image.column - 1:].startswith(image.snippet)
    assert image.selector == "html > body > p:nth-of-type(2) > a > img"
