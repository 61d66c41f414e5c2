"""Hostile and malformed pages, generated with hypothesis: the engine returns a result, never an exception
and never an internal-error (SYS002) finding. A bounded number of examples, so it runs in every CI."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from a11ylint import Config, Linter  # noqa: E402

_LINTER = Linter(Config(preset="all"))
TAGS = ["div", "p", "a", "img", "table", "tr", "td", "th", "select", "option", "svg", "math", "template",
        "script", "style", "title", "textarea", "iframe", "input", "button", "label", "form", "ul", "li", "h1",
        "main", "nav", "footer", "span", "font", "center", "marquee", "object", "embed", "video", "track", "map",
        "area", "base", "meta", "link", "head", "body", "html", "frameset", "frame", "noscript", "plaintext",
        "xmp", "colgroup", "caption", "dl", "dt", "details", "summary", "dialog", "ruby", "rt", "foreignObject",
        "desc", "mi", "annotation-xml", "delect", "h4sia"]
ATTRIBUTES = ["", ' id="a"', ' id="a" id="b"', ' role="button"', ' role="presentation"', ' aria-hidden="true"',
              ' alt=""', " alt", ' href="#"', ' href="javascript:x()"', ' lang="zh-CN"', ' lang="xx-yy"',
              ' style="display:none"', ' style="color:#fff;background:#fff"', ' style="{{"', ' tabindex="5"',
              ' aria-labelledby="a b c"', " hidden", ' title="\x00\x01"', ' onclick="setFontSize(18)"',
              ' class="x"', ' width="-1"', ' colspan="0"', ' headers="a"', ' content="0;url=x"',
              ' name="SiteIDCode" content="x"', ' style="font-size:0;line-height:0 !important"']
FRAGMENTS = ["<!--", "-->", "<!DOCTYPE html>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "\ufeff", "\x00",
             "<", ">", "<style>a{color:red}</style>", "<style>@import 'x.css'; @media (x){a{b:c}</style>",
             "字体：大 中 小", "网站标识码：", "京ICP备12345678号", "<meta charset=gbk>", "\r\n", "\t"]

pieces = st.one_of(
    st.builds(lambda tag, attributes: f"<{tag}{attributes}>", st.sampled_from(TAGS), st.sampled_from(ATTRIBUTES)),
    st.builds(lambda tag: f"</{tag}>", st.sampled_from(TAGS)),
    st.text(max_size=16),
    st.binary(max_size=8).map(lambda raw: raw.decode("latin-1")),
    st.sampled_from(FRAGMENTS),
)


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(pieces, max_size=80), st.sampled_from(["utf-8", "gbk", "windows-1252", "utf-16"]))
def test_any_page_gives_a_result_without_internal_errors(parts, encoding):
    data = "".join(parts).encode(encoding, errors="replace")
    result = _LINTER.lint_bytes(data, "fuzz.html")
    crashes = [finding.message for finding in result.findings if finding.code == "SYS002"]
    assert crashes == []
    for finding in result.findings:
        assert finding.line >= 1 and finding.column >= 1 and finding.message


def test_superscript_and_other_non_ascii_digits_in_numbers_found_by_atheris():
    # "6¹00".isdigit() is True, int("6¹00") raises: numbers in HTML attributes are ASCII digits only.
    page = ('<html lang=en><title>t</title><main><img src=a.png alt="" width="6¹00" height="¹">'
            '<div role=heading aria-level="²">x</div><select size="³"><option>a</select>'
            '<iframe src=x tabindex="¹" title=f></iframe></main></html>')
    result = _LINTER.lint_bytes(page.encode("utf-8"), "digits.html")
    assert [finding.message for finding in result.findings if finding.code == "SYS002"] == []


def test_a_char_code_too_long_for_int_is_not_a_crash():
    page = "<script>eval(String.fromCharCode(" + "9" * 5000 + ",104,105,106,107,108,109))</script>"
    result = _LINTER.lint_bytes(page.encode("ascii"), "codes.html")
    assert [finding.message for finding in result.findings if finding.code == "SYS002"] == []


def test_numbers_longer_than_int_accepts_are_not_a_crash():
    huge = "9" * 5000
    page = (f'<html lang=en><head><meta http-equiv="refresh" content="{huge}"><title>t</title></head><main>'
            f'<table><tr><td colspan="{huge}" rowspan="{huge}">a</td></tr></table>'
            f'<img src=a.png alt="" width="{huge}"><a href=/x tabindex="{huge}">x</a>'
            f'<iframe src=x title=f tabindex="-{huge}" width="{huge}"></iframe></main></html>')
    result = _LINTER.lint_bytes(page.encode("ascii"), "huge.html")
    assert [finding.message for finding in result.findings if finding.code == "SYS002"] == []
