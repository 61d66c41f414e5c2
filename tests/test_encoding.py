"""WHATWG encoding sniffing (a11ylint.encoding): BOM, transport charset, <meta> prescan, fallback.

Self-contained: every page is built here as bytes.
"""

from __future__ import annotations

import codecs
import random

import pytest

import a11ylint
from a11ylint.encoding import decode_html, lookup, prescan

# 镕 is in GBK but not in GB2312; WHATWG decodes "gb2312" with the GBK (= GB18030) decoder, so a page
# labelled gb2312 that uses it must still come out right.
RONG_GBK = b"\xe9F"
assert RONG_GBK.decode("gbk") == "\u9555" == "镕"

LATIN1_TEXT = b"caf\xe9 na\xefve"  # "café naïve" in ISO-8859-1 / windows-1252


def page(head: bytes = b"", body: bytes = b"") -> bytes:
    return b"<!DOCTYPE html><html><head>" + head + b"<title>t</title></head><body>" + body + b"</body></html>"


# --- the byte order mark wins ---------------------------------------------------------------------------


def test_utf8_bom_beats_meta():
    data = codecs.BOM_UTF8 + page(b"<meta charset=gbk>", "县政府".encode("utf-8"))
    decoded = decode_html(data)
    assert decoded.encoding == "utf-8"
    assert decoded.source == "bom"
    assert "县政府" in decoded.text
    assert not decoded.text.startswith("\ufeff")  # the BOM itself is not part of the text
    assert decoded.replaced_bytes == 0


def test_utf8_bom_beats_transport():
    data = codecs.BOM_UTF8 + "县政府".encode("utf-8")
    decoded = decode_html(data, "gbk")
    assert (decoded.encoding, decoded.source, decoded.text) == ("utf-8", "bom", "县政府")


@pytest.mark.parametrize(
    "bom, codec, expected",
    [(codecs.BOM_UTF16_LE, "utf-16-le", "utf-16le"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16be")],
)
def test_utf16_bom_beats_meta_and_transport(bom, codec, expected):
    html = '<!DOCTYPE html><html><head><meta charset="gb2312"><title>通知</title></head><body>县政府镕</body></html>'
    data = bom + html.encode(codec)
    for transport in (None, "gb2312"):
        decoded = decode_html(data, transport)
        assert decoded.encoding == expected
        assert decoded.source == "bom"
        assert decoded.declared is None
        assert decoded.text == html
        assert decoded.replaced_bytes == 0
        assert decoded.first_replacement is None


# --- the transport charset comes next ---------------------------------------------------------------------


def test_transport_beats_meta():
    data = page(b'<meta charset="utf-8">', "县政府".encode("gbk") + RONG_GBK)
    decoded = decode_html(data, "gbk")
    assert decoded.encoding == "gbk"
    assert decoded.source == "transport"
    assert decoded.declared == "gbk"
    assert "县政府镕" in decoded.text
    assert decoded.replaced_bytes == 0


def test_transport_label_is_resolved_like_any_label():
    decoded = decode_html(b"\x80\x93", "  ISO-8859-1 ")
    assert decoded.encoding == "windows-1252"
    assert decoded.source == "transport"
    assert decoded.text == "\u20ac\u201c"


@pytest.mark.parametrize("label", ["no-such-encoding", "utf-9", ""])
def test_unknown_transport_label_is_ignored(label):
    data = page(b"<meta charset=gbk>", RONG_GBK)
    decoded = decode_html(data, label)
    assert decoded.encoding == "gbk"
    assert decoded.source == "meta"
    assert "镕" in decoded.text


def test_lookup():
    assert lookup("gb2312") == "gbk"
    assert lookup("GBK") == "gbk"
    assert lookup(" latin1 ") == "windows-1252"
    assert lookup("us-ascii") == "windows-1252"
    assert lookup("utf8") == "utf-8"
    assert lookup("x-sjis") == "shift_jis"
    assert lookup("iso-2022-kr") == "replacement"
    assert lookup("bogus") is None
    assert lookup("") is None
    assert lookup(None) is None


# --- the <meta> prescan -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "meta",
    [
        b'<meta charset="gb2312">',
        b"<meta charset='gb2312'>",
        b"<meta charset=gb2312>",
        b"<meta charset=gb2312 />",
        b"<meta\tcharset = gb2312>",
        b'<META CHARSET="GB2312">',
        b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        b"<meta http-equiv=Content-Type content='text/html;charset=gb2312'>",
        b'<meta content="text/html; charset=gb2312" http-equiv="Content-Type">',
        b'<META HTTP-EQUIV="CONTENT-TYPE" CONTENT="TEXT/HTML; CHARSET=GB2312">',
        b'<meta http-equiv="content-type" content="text/html; charset=\'gb2312\'">',
        b'<meta name="viewport" content="width=device-width"><meta charset="gb2312">',
    ],
)
def test_meta_declares_gb2312(meta):
    decoded = decode_html(page(meta, RONG_GBK))
    assert decoded.encoding == "gbk"
    assert decoded.source == "meta"
    assert decoded.declared.lower() == "gb2312"
    assert "镕" in decoded.text
    assert decoded.replaced_bytes == 0


def test_prescan_returns_label():
    assert prescan(b'<meta charset="gb2312">') == "gb2312"
    assert prescan(b"<meta http-equiv=content-type content='text/html; charset=big5'>") == "big5"
    assert prescan(b"<p>no meta here</p>") is None


# Meta elements the prescan must not honour. The body is Latin-1: honouring gb2312 would turn "é n" etc.
# into Chinese, while the fallback gives windows-1252.
@pytest.mark.parametrize(
    "meta",
    [
        b'<meta content="text/html; charset=gb2312">',  # content= without http-equiv
        b'<meta http-equiv="refresh" content="text/html; charset=gb2312">',  # the wrong pragma
        b"<!-- <meta charset=gb2312> -->",  # inside a comment
        b"<!-- x --><!-- <meta charset=gb2312> -->",
        b'<meta charset="no-such-charset">',  # an unknown label
        b"<meta-charset=gb2312>",  # not a meta tag
        b'<metacharset="gb2312">',
    ],
)
def test_meta_not_honoured(meta):
    data = page(meta, LATIN1_TEXT)
    decoded = decode_html(data)
    assert decoded.source == "fallback"
    assert decoded.encoding == "windows-1252"
    assert "café naïve" in decoded.text


def test_comment_closed_by_overlapping_dashes():
    # "<!-->" is a complete comment for the prescan: the "-->" may share the dashes of "<!--".
    decoded = decode_html(page(b"<!--><meta charset=gb2312>", RONG_GBK))
    assert (decoded.source, decoded.encoding) == ("meta", "gbk")


def test_meta_inside_attribute_value_is_skipped():
    data = page(b'<link title="<meta charset=gb2312>">', LATIN1_TEXT)
    decoded = decode_html(data)
    assert decoded.source == "fallback"
    assert decoded.encoding == "windows-1252"


def test_first_meta_wins():
    data = page(b"<meta charset=windows-1251><meta charset=gbk>", b"\xc0")
    decoded = decode_html(data)
    assert decoded.encoding == "windows-1251"
    assert "\u0410" in decoded.text  # А, CYRILLIC CAPITAL LETTER A


def test_charset_attribute_beats_content_in_same_meta():
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=gbk" charset="windows-1251">'
    decoded = decode_html(page(meta, b"\xc0"))
    assert decoded.encoding == "windows-1251"


def test_meta_utf16_means_utf8():
    data = page(b'<meta charset="utf-16">', "县政府".encode("utf-8"))
    decoded = decode_html(data)
    assert decoded.encoding == "utf-8"
    assert decoded.source == "meta"
    assert decoded.declared == "utf-16"
    assert "县政府" in decoded.text
    assert decoded.replaced_bytes == 0


def test_meta_utf16be_means_utf8():
    decoded = decode_html(page(b"<meta charset=UTF-16BE>", "é".encode("utf-8")))
    assert decoded.encoding == "utf-8"
    assert "é" in decoded.text


def test_meta_x_user_defined_means_windows_1252():
    data = page(b'<meta charset="x-user-defined">', b"\x80\x93")
    decoded = decode_html(data)
    assert decoded.encoding == "windows-1252"
    assert decoded.source == "meta"
    assert "\u20ac\u201c" in decoded.text


def test_transport_x_user_defined_is_really_x_user_defined():
    # Only a <meta> is redirected to windows-1252; from outside the page the label stands.
    decoded = decode_html(b"a\x80\xff", "x-user-defined")
    assert decoded.encoding == "x-user-defined"
    assert decoded.text == "a\uf780\uf7ff"


def _long_head(meta: bytes) -> bytes:
    style = b"<style>" + b"p { color: red; }\n" * 100 + b"</style>"
    assert len(style) > 1024
    return b"<!DOCTYPE html><html><head><title>t</title>" + style + meta + b"</head>"


def test_meta_after_first_1024_bytes_in_head_is_honoured():
    data = _long_head(b"<meta charset=gbk>") + b"<body><p>" + "县政府".encode("gbk") + RONG_GBK + b"</p></body>"
    assert data.index(b"<meta") > 1024
    decoded = decode_html(data)
    assert decoded.encoding == "gbk"
    assert decoded.source == "late-meta"
    assert decoded.declared == "gbk"
    assert "县政府镕" in decoded.text


def test_late_meta_that_changes_the_outcome():
    # Without the meta the Cyrillic bytes would fall back to windows-1252.
    data = _long_head(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    data += b"<body><p>\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0</p></body>"
    decoded = decode_html(data)
    assert decoded.source == "late-meta"
    assert decoded.encoding == "windows-1251"
    assert "Привет мир" in decoded.text


def test_meta_after_body_is_not_honoured():
    data = _long_head(b"") + b"<body><meta charset=windows-1251><p>" + "县政府".encode("utf-8") + b"</p></body>"
    decoded = decode_html(data)
    assert decoded.source == "fallback"
    assert decoded.encoding == "utf-8"
    assert "县政府" in decoded.text


def test_meta_in_first_1024_bytes_is_meta_not_late_meta():
    data = page(b"<meta charset=gbk>", b"x" * 5000 + RONG_GBK)
    decoded = decode_html(data)
    assert (decoded.source, decoded.encoding) == ("meta", "gbk")


# --- label mapping and decoders ----------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["gb2312", "GB2312", "gbk", "x-gbk", "chinese", "csGB2312", "gb18030"])
def test_gbk_family_decodes_as_gb18030(label):
    data = page(b'<meta charset="%s">' % label.encode(), "县政府".encode("gbk") + RONG_GBK)
    decoded = decode_html(data)
    assert "县政府镕" in decoded.text
    assert decoded.replaced_bytes == 0
    assert decoded.encoding == ("gb18030" if label == "gb18030" else "gbk")


def test_gb2312_transport_decodes_gbk_only_character():
    decoded = decode_html(b"<p>" + RONG_GBK + b"</p>", "gb2312")
    assert decoded.text == "<p>镕</p>"
    assert decoded.encoding == "gbk"
    assert decoded.replaced_bytes == 0


def test_gb18030_four_byte_sequence():
    text = "\U00020000\u20ac"
    decoded = decode_html(text.encode("gb18030"), "gb18030")
    assert decoded.text == text
    assert decoded.replaced_bytes == 0


def test_gbk_lone_0x80_is_euro():
    decoded = decode_html(b"a\x80b", "gbk")
    assert decoded.text == "a\u20acb"
    assert decoded.replaced_bytes == 0


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO-8859-1", "latin1", "l1", "ascii", "us-ascii", "windows-1252"])
def test_latin1_and_ascii_decode_as_windows_1252(label):
    decoded = decode_html(b"\x80 \x93quoted\x94 caf\xe9", label)
    assert decoded.encoding == "windows-1252"
    assert decoded.text == "\u20ac \u201cquoted\u201d caf\u00e9"
    assert decoded.replaced_bytes == 0


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "ascii"])
def test_windows_1252_holes_map_to_c1_controls(label):
    decoded = decode_html(b"[\x81\x8d\x8f\x90\x9d]", label)
    assert decoded.text == "[\x81\x8d\x8f\x90\x9d]"
    assert decoded.replaced_bytes == 0
    assert decoded.first_replacement is None


def test_windows_1252_every_byte_decodes():
    decoded = decode_html(bytes(range(256)), "windows-1252")
    assert len(decoded.text) == 256
    assert decoded.replaced_bytes == 0
    assert "\ufffd" not in decoded.text


@pytest.mark.parametrize("label, byte", [("windows-1250", 0x81), ("windows-1257", 0x98), ("windows-874", 0x81)])
def test_other_single_byte_encodings_map_holes_to_c1_controls(label, byte):
    decoded = decode_html(bytes([0x41, byte, 0x42]), label)
    assert decoded.text == "A" + chr(byte) + "B"
    assert decoded.replaced_bytes == 0


@pytest.mark.parametrize(
    "label, text, codec",
    [
        ("euc-kr", "대한민국 정부", "euc-kr"),
        ("ks_c_5601-1987", "대한민국", "euc-kr"),
        ("shift_jis", "日本語のページ", "shift_jis"),
        ("sjis", "日本語", "shift_jis"),
        ("big5", "繁體中文網頁", "big5"),
        ("euc-jp", "日本語", "euc-jp"),
        ("windows-1251", "Привет", "cp1251"),
        ("koi8-r", "Привет", "koi8-r"),
    ],
)
def test_other_legacy_labels_decode(label, text, codec):
    data = page(b'<meta charset="%s">' % label.encode(), text.encode(codec))
    decoded = decode_html(data)
    assert decoded.source == "meta"
    assert text in decoded.text
    assert decoded.replaced_bytes == 0


@pytest.mark.parametrize("label", ["iso-2022-kr", "csiso2022kr", "hz-gb-2312", "iso-2022-cn"])
def test_replacement_encoding_gives_one_replacement_character(label):
    decoded = decode_html(b"<p>\x1b$)C\x0eanything\x0f</p>" * 10, label)
    assert decoded.encoding == "replacement"
    assert decoded.text == "\ufffd"
    assert decoded.replaced_bytes == 1
    assert decoded.first_replacement == 0


def test_replacement_encoding_from_meta():
    decoded = decode_html(page(b'<meta charset="iso-2022-kr">', b"hello"))
    assert (decoded.encoding, decoded.source, decoded.text) == ("replacement", "meta", "\ufffd")


def test_replacement_encoding_of_empty_input_is_empty():
    decoded = decode_html(b"", "iso-2022-kr")
    assert decoded.text == ""
    assert decoded.replaced_bytes == 0
    assert decoded.first_replacement is None


def test_utf16_transport_label_means_utf16le():
    decoded = decode_html("<p>县</p>".encode("utf-16-le"), "utf-16")
    assert decoded.encoding == "utf-16le"
    assert decoded.text == "<p>县</p>"


# --- fallback when nothing declares an encoding -------------------------------------------------------------


def test_fallback_valid_utf8():
    data = page(b"", "县政府关于印发通知的函 café".encode("utf-8"))
    decoded = decode_html(data)
    assert decoded.source == "fallback"
    assert decoded.encoding == "utf-8"
    assert decoded.declared is None
    assert "县政府关于印发通知的函 café" in decoded.text


def test_fallback_ascii_is_utf8():
    decoded = decode_html(page(b"", b"plain"))
    assert (decoded.source, decoded.encoding) == ("fallback", "utf-8")


def test_fallback_undeclared_gbk_chinese():
    text = "县政府关于印发通知的函镕"
    decoded = decode_html(page(b"", text.encode("gbk")))
    assert decoded.source == "fallback"
    assert decoded.encoding == "gbk"
    assert text in decoded.text
    assert decoded.replaced_bytes == 0


def test_fallback_undeclared_latin1():
    decoded = decode_html(LATIN1_TEXT)
    assert decoded.source == "fallback"
    assert decoded.encoding == "windows-1252"
    assert decoded.text == "café naïve"
    assert decoded.replaced_bytes == 0


def test_empty_input():
    decoded = decode_html(b"")
    assert decoded.text == ""
    assert decoded.replaced_bytes == 0
    assert decoded.first_replacement is None


# --- undecodable bytes: replaced and counted, never raised --------------------------------------------------

BAD_UTF8_PAGE = (
    b'<!DOCTYPE html>\r\n<html lang="zh-CN">\r\n<head><meta charset="utf-8"><title>t</title></head>\r\n'
    b"<body>\r\n\t<p>" + "县政府".encode("utf-8") + b"\xff\xfe ok \xe5\x8e</p>\r\n</body></html>"
)


def test_replaced_bytes_and_first_replacement():
    decoded = decode_html(BAD_UTF8_PAGE)
    assert decoded.encoding == "utf-8"
    assert decoded.source == "meta"
    # \xff and \xfe are one error each; the truncated sequence \xe5\x8e is one more.
    assert decoded.replaced_bytes == 3
    assert decoded.text.count("\ufffd") == 3
    first = decoded.first_replacement
    assert decoded.text[first] == "\ufffd"
    assert decoded.text[:first].endswith("\t<p>县政府")
    assert "\ufffd" not in decoded.text[:first]
    # an offset in the decoded text, counted in code points, not in bytes
    assert first == len(BAD_UTF8_PAGE[: BAD_UTF8_PAGE.index(b"\xff")].decode("utf-8"))
    assert first != BAD_UTF8_PAGE.index(b"\xff")


def test_truncated_utf8_keeps_following_ascii():
    decoded = decode_html(b"\xe5\x8e<p>", "utf-8")
    assert decoded.text == "\ufffd<p>"
    assert decoded.replaced_bytes == 1


def test_gbk_bad_lead_byte_keeps_following_ascii():
    decoded = decode_html("县".encode("gbk") + b"\xe9<p>\xff", "gbk")
    assert decoded.text == "县\ufffd<p>\ufffd"
    assert decoded.replaced_bytes == 2
    assert decoded.first_replacement == 1


def test_first_replacement_after_gbk_euro():
    decoded = decode_html(b"\x80" + "县".encode("gbk") + b"\xff", "gbk")
    assert decoded.text == "\u20ac县\ufffd"
    assert decoded.first_replacement == 2
    assert decoded.replaced_bytes == 1


def test_utf16_odd_trailing_byte():
    data = codecs.BOM_UTF16_LE + "县政府".encode("utf-16-le") + b"x"
    decoded = decode_html(data)
    assert decoded.text == "县政府\ufffd"
    assert decoded.replaced_bytes == 1
    assert decoded.first_replacement == 3


def test_nothing_raises_on_random_bytes():
    rnd = random.Random(20240601)
    labels = [None, "utf-8", "gbk", "gb18030", "big5", "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr",
              "utf-16le", "utf-16be", "windows-1252", "windows-1251", "koi8-r", "x-user-defined", "iso-2022-kr"]
    for _ in range(150):
        data = bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 48)))
        for label in labels:
            decoded = decode_html(data, label)
            assert isinstance(decoded.text, str)
            assert decoded.replaced_bytes >= 0
            if decoded.replaced_bytes:
                assert decoded.text[decoded.first_replacement] == "\ufffd"
            else:
                assert decoded.first_replacement is None


# --- through the public API ----------------------------------------------------------------------------------


def test_lint_bytes_reports_undecodable_bytes_at_first_bad_byte():
    result = a11ylint.lint_bytes(BAD_UTF8_PAGE, "bad.html")
    assert result.encoding == "utf-8"
    assert result.encoding_source == "meta"
    sys003 = [finding for finding in result.findings if finding.code == "SYS003"]
    assert len(sys003) == 1
    finding = sys003[0]
    # line 5 is "\t<p>县政府\ufffd\ufffd ok \ufffd</p>": tab 1, "<p>" 2-4, 县 5, 政 6, 府 7, the first U+FFFD 8.
    assert (finding.line, finding.column) == (5, 8)
    assert "3" in finding.message
    assert "utf-8" in finding.message


def test_lint_bytes_lone_cr_line_breaks():
    data = b"<!DOCTYPE html>\r<html lang=en>\r<title>t</title>\r\r<p>ab\x80</p>"
    result = a11ylint.lint_bytes(data, transport_encoding="utf-8")
    assert (result.encoding, result.encoding_source) == ("utf-8", "transport")
    (finding,) = [finding for finding in result.findings if finding.code == "SYS003"]
    assert (finding.line, finding.column) == (5, 6)


def test_lint_bytes_sets_encoding_fields():
    result = a11ylint.lint_bytes(page(b"<meta charset=gb2312>", RONG_GBK))
    assert (result.encoding, result.encoding_source) == ("gbk", "meta")
    assert not [finding for finding in result.findings if finding.code == "SYS003"]

    result = a11ylint.lint_bytes(codecs.BOM_UTF8 + page(b"<meta charset=gbk>", b"x"))
    assert (result.encoding, result.encoding_source) == ("utf-8", "bom")

    result = a11ylint.lint_bytes(page(b"", LATIN1_TEXT))
    assert (result.encoding, result.encoding_source) == ("windows-1252", "fallback")

    result = a11ylint.lint_bytes(page(b"<meta charset=utf-8>", RONG_GBK), transport_encoding="gbk")
    assert (result.encoding, result.encoding_source) == ("gbk", "transport")


def test_lint_text_has_no_encoding():
    result = a11ylint.lint_text("<!DOCTYPE html><html lang=en><title>t</title><p>x</p>")
    assert result.encoding is None
    assert result.encoding_source is None


def test_undeclared_utf8_with_a_damaged_byte_stays_utf8_and_is_reported():
    data = "<p>县政府关于防汛工作的通知</p>".encode("utf-8") + b"\xff<p>end</p>"
    decoded = decode_html(data)
    assert decoded.encoding == "utf-8" and decoded.source == "fallback"
    assert decoded.text.startswith("<p>县政府关于防汛工作的通知</p>")
    assert decoded.replaced_bytes == 1
    assert decoded.text[decoded.first_replacement] == "\ufffd"
