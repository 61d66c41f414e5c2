"""Source positions of the parsed tree (a11ylint.parse): lines and columns, implied elements, parse errors.

Lines and columns are 1-based; columns count code points of the decoded text (a tab or a CJK character
is one column); CRLF and a lone CR are each one line break.
"""

from __future__ import annotations

import warnings

import html5lib.constants
import pytest

import a11ylint
from a11ylint.dom import attributes, local_name
from a11ylint.parse import original_name, parse_html

# Hand-counted fixture, CRLF line endings, tabs and CJK text.
#
# line 1: <!DOCTYPE html>
# line 2: <html lang="zh-CN">                       html at 2:1
# line 3: <head><title>通知</title></head>          head at 3:1; title at 3:7 ("<head>" is columns 1-6)
# line 4: <body>                                    body at 4:1
# line 5: \t<p>县政府<b>镕</b></p>                  tab is column 1, p at 5:2; "<p>" is 2-4, 县 5, 政 6,
#                                                   府 7, b at 5:8
# line 6:   <img src=a.png>                         two spaces, img at 6:3
# line 7: \t\t<a href="/x">通知\t<span>y</span></a>  two tabs 1-2, a at 7:3; '<a href="/x">' is 13
#                                                   characters, columns 3-15; 通 16, 知 17, tab 18,
#                                                   span at 7:19
# line 8: <!-- 注释 -->镕<i>z</i>                   comment at 8:1; "<!-- 注释 -->" is 1-11, 镕 12,
#                                                   i at 8:13
# line 9: </body></html>
CRLF_FIXTURE = (
    "<!DOCTYPE html>\r\n"
    '<html lang="zh-CN">\r\n'
    "<head><title>通知</title></head>\r\n"
    "<body>\r\n"
    "\t<p>县政府<b>镕</b></p>\r\n"
    "  <img src=a.png>\r\n"
    '\t\t<a href="/x">通知\t<span>y</span></a>\r\n'
    "<!-- 注释 -->镕<i>z</i>\r\n"
    "</body></html>\r\n"
)

EXPECTED = {
    "html": (2, 1),
    "head": (3, 1),
    "title": (3, 7),
    "body": (4, 1),
    "p": (5, 2),
    "b": (5, 8),
    "img": (6, 3),
    "a": (7, 3),
    "span": (7, 19),
    "i": (8, 13),
}


def element(document, name):
    (found,) = [node for node in document.root.iter() if isinstance(node.tag, str) and local_name(node) == name]
    return found


def positions(document):
    return {local_name(node): document.position(node) for node in document.root.iter() if isinstance(node.tag, str)}


def test_crlf_fixture_positions():
    document = parse_html(CRLF_FIXTURE)
    assert positions(document) == EXPECTED
    (comment,) = document.comments()
    assert document.position(comment) == (8, 1)
    assert document.comment_text(comment) == " 注释 "


def test_lone_cr_fixture_positions():
    document = parse_html(CRLF_FIXTURE.replace("\r\n", "\r"))
    assert positions(document) == EXPECTED
    assert document.position(document.comments()[0]) == (8, 1)


def test_lf_fixture_positions():
    document = parse_html(CRLF_FIXTURE.replace("\r\n", "\n"))
    assert positions(document) == EXPECTED


def test_mixed_line_breaks():
    # line 1 ends in CR, line 2 in CRLF, line 3 in LF, line 4 in CR, then an empty line 5 (CR);
    # line 6 starts with an ideographic space, which is one column.
    text = "<p>a</p>\r<p>b</p>\r\n\t<b>c</b>\n<i>d</i>\r\r\u3000<img src=x>"
    document = parse_html(text)
    assert positions(document)["img"] == (6, 2)
    assert positions(document)["b"] == (3, 2)
    assert positions(document)["i"] == (4, 1)
    paragraphs = [node for node in document.root.iter("p")]
    assert [document.position(node) for node in paragraphs] == [(1, 1), (2, 1)]


def test_location_of_offsets():
    document = parse_html("ab\r\ncd\re")
    assert document.text == "ab\ncd\ne"  # line breaks normalised, so offsets are code points of this text
    assert document.location(0) == (1, 1)
    assert document.location(2) == (1, 3)
    assert document.location(3) == (2, 1)
    assert document.location(6) == (3, 1)


def test_line_past_65535():
    text = "<!DOCTYPE html><html lang=en><title>t</title>" + "\n" * 70000 + "\t<p>x<b>y</b></p>"
    document = parse_html(text)
    assert document.position(element(document, "p")) == (70001, 2)
    assert document.position(element(document, "b")) == (70001, 6)


def test_line_past_65535_crlf():
    text = "<p>a</p>" + "\r\n" * 69999 + "<img src=x>"
    document = parse_html(text)
    assert document.position(element(document, "img")) == (70000, 1)


def test_positions_across_html5lib_chunks():
    # html5lib reads its input in chunks of 10,240 characters; tags straddling a boundary keep their place.
    filler = "县" * 10237
    text = "<div>" + filler + "<span>a</span>" + "\n" + "x" * 10235 + "<em>b</em>"
    document = parse_html(text)
    assert document.position(element(document, "span")) == (1, 5 + 10237 + 1)
    assert document.offset(element(document, "span")) == text.index("<span>")
    assert document.position(element(document, "em")) == (2, 10236)
    for name in ("div", "span", "em"):
        node = element(document, name)
        assert document.start_tag_source(node) == f"<{name}>"


# --- implied elements ---------------------------------------------------------------------------------------


def test_implied_tbody_takes_position_of_tr():
    document = parse_html("<!DOCTYPE html>\n<table><tr><td>x</td></tr></table>")
    table, tbody, tr, td = (element(document, name) for name in ("table", "tbody", "tr", "td"))
    assert document.position(table) == (2, 1)
    assert document.position(tr) == (2, 8)
    assert document.position(tbody) == document.position(tr)
    assert document.position(td) == (2, 12)
    assert document.is_implied(tbody)
    assert not document.is_implied(tr)
    assert not document.is_implied(table)
    assert not document.is_implied(td)
    assert document.start_tag_source(tbody) is None
    assert document.start_tag_source(tr) == "<tr>"


def test_document_starting_with_text_implies_html_head_body_at_first_token():
    document = parse_html("Hello <p>world</p>")
    for name in ("html", "head", "body"):
        node = element(document, name)
        assert document.is_implied(node), name
        assert document.position(node) == (1, 1), name
        assert document.start_tag_source(node) is None
    assert not document.is_implied(element(document, "p"))
    assert document.position(element(document, "p")) == (1, 7)


def test_document_starting_with_p_implies_html_head_body_at_p():
    document = parse_html("<p class=x>text</p>")
    p = element(document, "p")
    assert document.position(p) == (1, 1)
    assert not document.is_implied(p)
    assert document.start_tag_source(p) == "<p class=x>"
    for name in ("html", "head", "body"):
        node = element(document, name)
        assert document.is_implied(node)
        assert document.position(node) == (1, 1)


def test_implied_head_and_body_after_doctype_take_first_token_position():
    document = parse_html("<!DOCTYPE html>\n<p>x</p>")
    for name in ("html", "head", "body", "p"):
        assert document.position(element(document, name)) == (2, 1), name
    assert document.is_implied(document.root)


def test_explicit_html_after_doctype():
    document = parse_html("<!DOCTYPE html>\n  <html lang=en>\n<p>x</p></html>")
    html = document.root
    assert local_name(html) == "html"
    assert not document.is_implied(html)
    assert document.position(html) == (2, 3)
    assert document.start_tag_source(html) == "<html lang=en>"
    assert document.is_implied(element(document, "head"))
    assert document.is_implied(element(document, "body"))
    assert document.position(element(document, "body")) == (3, 1)


def test_start_tag_source_is_exact():
    text = '<!DOCTYPE html>\n<IMG SRC=x ALT="">\n<Input  Type = "text"\n   name=q  />'
    document = parse_html(text)
    img = element(document, "img")
    assert document.start_tag_source(img) == '<IMG SRC=x ALT="">'
    assert document.position(img) == (2, 1)
    assert attributes(img) == {"src": "x", "alt": ""}
    field_ = element(document, "input")
    assert document.start_tag_source(field_) == '<Input  Type = "text"\n   name=q  />'
    assert document.position(field_) == (3, 1)
    assert document.start_tag_source(element(document, "body")) is None
    assert document.start_tag_source(document.root) is None


def test_stray_end_p_implies_p_at_its_position():
    document = parse_html("<!DOCTYPE html>\n<div>x\n  </p></div>")
    (p,) = list(document.root.iter("p"))
    assert document.is_implied(p)
    assert document.position(p) == (3, 3)
    assert document.start_tag_source(p) is None


def test_reopened_formatting_element_is_implied():
    # The adoption agency reopens <b> inside the second <p>: that copy has no start tag of its own.
    document = parse_html("<!DOCTYPE html>\n<p><b>one\n<p>two</b>")
    bolds = list(document.root.iter("b"))
    assert len(bolds) == 2
    first, second = bolds
    assert not document.is_implied(first)
    assert document.position(first) == (2, 4)
    assert document.start_tag_source(first) == "<b>"
    assert document.is_implied(second)
    assert document.start_tag_source(second) is None
    # the token that caused it: the text "two" ("<p>" is columns 1-3 of line 3)
    assert document.position(second) == (3, 4)


# --- comments -------------------------------------------------------------------------------------------------


def test_comments_before_and_after_html():
    text = "<!-- before -->\r\n<!DOCTYPE html>\r\n<html lang=en><body>x</body></html>\r\n\t<!-- after -->"
    document = parse_html(text)
    comments = document.comments()
    assert [document.comment_text(comment) for comment in comments] == [" before ", " after "]
    assert [document.position(comment) for comment in comments] == [(1, 1), (4, 2)]
    assert document.position(document.root) == (3, 1)
    before, after = comments
    assert before in list(document.root.itersiblings(preceding=True))  # a sibling of <html>, before it
    assert after in list(document.root.itersiblings())  # a sibling of <html>, after it


def test_comments_before_implied_html():
    document = parse_html("<!--a-->\n<!--b-->\n<p>x")
    assert [document.position(comment) for comment in document.comments()] == [(1, 1), (2, 1)]
    assert document.position(document.root) == (3, 1)


def test_comment_inside_body():
    document = parse_html("<p>x\n  <!-- c --> y</p>")
    (comment,) = document.comments()
    assert document.position(comment) == (2, 3)


# --- parse errors ---------------------------------------------------------------------------------------------


def errors_of(document, code):
    return [error for error in document.parse_errors if error.code == code]


def test_duplicate_attribute_error_at_tag_with_name():
    document = parse_html('<!DOCTYPE html>\n<p>\n  <a href=1 href=2 title="t">x</a>')
    a = element(document, "a")
    assert attributes(a)["href"] == "1"  # the first one is kept
    named = [error for error in errors_of(document, "duplicate-attribute") if error.data.get("name") == "href"]
    assert len(named) == 1
    error = named[0]
    assert (error.line, error.column) == (3, 3)
    assert (error.line, error.column) == document.position(a)
    assert error.offset == document.offset(a)
    assert error.data == {"name": "href"}
    assert error.message


def test_duplicate_attribute_case_insensitive():
    document = parse_html("<a HREF=1 href=2>x</a>")
    named = [error for error in errors_of(document, "duplicate-attribute") if error.data.get("name")]
    assert [error.data for error in named] == [{"name": "href"}]
    assert (named[0].line, named[0].column) == (1, 1)


def test_duplicate_attribute_reported_once():
    document = parse_html("<!DOCTYPE html><a href=1 href=2>x</a>")
    assert len(errors_of(document, "duplicate-attribute")) == 1


def test_duplicate_attribute_one_finding():
    result = a11ylint.lint_text("<!DOCTYPE html><html lang=en><title>t</title><a href=1 href=2>x</a>")
    assert [finding.code for finding in result.findings if finding.code == "HTM004"] == ["HTM004"]


def test_stray_end_tag_error_at_its_position():
    document = parse_html("<!DOCTYPE html>\r\n<div>x</div>\r\n\t\t</p>")
    (error,) = [error for error in errors_of(document, "unexpected-end-tag") if error.data.get("name") == "p"]
    assert (error.line, error.column) == (3, 3)


def test_stray_end_span_error_at_its_position():
    document = parse_html("<!DOCTYPE html>\n<p>通知</span></p>")
    (error,) = [error for error in document.parse_errors if error.data.get("name") == "span"]
    assert error.code == "unexpected-end-tag"
    assert (error.line, error.column) == (2, 6)


def test_missing_doctype_error_at_first_token():
    document = parse_html("\n\n  <p>x</p>")
    (error,) = [error for error in document.parse_errors if "doctype" in error.code]
    assert (error.line, error.column) == (3, 3)


def test_control_character_in_script():
    text = "<!DOCTYPE html>\n<script>\nvar s = '\x12';\n</script>\n<p>after</p>"
    document = parse_html(text)  # lxml refuses U+0012; the parser must not crash
    (error,) = errors_of(document, "control-character-in-input-stream")
    # line 3 is "var s = '\x12';": "var s = '" is columns 1-9, the control character column 10
    assert (error.line, error.column) == (3, 10)
    assert error.data == {"codepoint": "U+0012"}
    assert document.text[error.offset] == "\ufffd"  # replaced one for one, so offsets hold
    assert len(document.text) == len(text)
    assert document.position(element(document, "p")) == (5, 1)
    script = element(document, "script")
    assert script.text == "\nvar s = '\ufffd';\n"


def test_control_characters_in_text_and_attributes():
    text = "<p title='a\x01b'>x\x1fy</p>\n<img alt='\x08'>"
    document = parse_html(text)
    errors = errors_of(document, "control-character-in-input-stream")
    assert [(error.line, error.column, error.data["codepoint"]) for error in errors] == [
        (1, 12, "U+0001"),
        (1, 17, "U+001F"),
        (2, 11, "U+0008"),
    ]
    assert document.position(element(document, "img")) == (2, 1)


def test_form_feed_is_not_an_error():
    document = parse_html("<p>a\x0cb</p>")
    assert not errors_of(document, "control-character-in-input-stream")


@pytest.mark.parametrize("char", ["\x7f", "\x85", "\ufdd0"])
def test_invalid_codepoint_error_at_its_position(char):
    document = parse_html(f"<!DOCTYPE html>\n<p>\n  ab{char}cd</p>")
    errors = [error for error in document.parse_errors
              if error.code in ("invalid-codepoint", "control-character-in-input-stream")]
    assert errors
    assert [(error.line, error.column) for error in errors] == [(3, 5)]


def test_parse_errors_are_sorted_by_offset():
    document = parse_html("<p>\x01</p></span>\n<a href=1 href=2>\x02</a>")
    offsets = [error.offset for error in document.parse_errors]
    assert offsets == sorted(offsets)


# --- names that are not valid XML -------------------------------------------------------------------------------


def _parse_recording_warnings(text):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        document = parse_html(text)
        result = a11ylint.lint_text(text)
    lost = [warning for warning in caught if issubclass(warning.category, html5lib.constants.DataLossWarning)]
    return document, result, lost


def test_xml_lang_keeps_its_source_name():
    document, _, lost = _parse_recording_warnings('<!DOCTYPE html>\n<html xml:lang="en"><p>x</p></html>')
    assert not lost
    assert attributes(document.root) == {"xml:lang": "en"}


def test_prefixed_element_keeps_its_source_name():
    document, _, lost = _parse_recording_warnings("<!DOCTYPE html>\n<div><gcse:search></gcse:search></div>")
    assert not lost
    (node,) = [node for node in document.root.iter() if isinstance(node.tag, str) and local_name(node) == "gcse:search"]
    assert document.position(node) == (2, 6)
    assert document.start_tag_source(node) == "<gcse:search>"
    assert not document.is_implied(node)


def test_stray_quote_attribute():
    document, _, lost = _parse_recording_warnings('<!DOCTYPE html>\n<a "q=1 href=/x>link</a>')
    assert not lost
    a = element(document, "a")
    assert attributes(a) == {'"q': "1", "href": "/x"}
    assert document.position(a) == (2, 1)
    assert document.start_tag_source(a) == '<a "q=1 href=/x>'
    (error,) = errors_of(document, "invalid-character-in-attribute-name")
    assert (error.line, error.column) == (2, 4)


def test_other_coerced_names():
    document, _, lost = _parse_recording_warnings("<div 1x=a data-x:y=b><my:widget a:b=c></my:widget></div>")
    assert not lost
    div = element(document, "div")
    assert attributes(div) == {"1x": "a", "data-x:y": "b"}
    widget = element(document, "my:widget")
    assert attributes(widget) == {"a:b": "c"}


def test_original_name():
    assert original_name("xmlU0003Alang") == "xml:lang"
    assert original_name("gcseU0003Asearch") == "gcse:search"
    assert original_name("plain") == "plain"
    assert original_name("Upper") == "Upper"


def test_no_data_loss_warning_for_odd_markup():
    text = (
        '<!DOCTYPE html><html xml:lang="en" xmlns:o="urn:o"><body>'
        '<o:p></o:p><a "q=1>x</a><p a--b=1><!-- a -- b --></p><gcse:search></gcse:search>'
        "<svg><foo:bar baz:qux=1/></svg></body></html>"
    )
    _, _, lost = _parse_recording_warnings(text)
    assert not lost


# --- through the public API -------------------------------------------------------------------------------------


def test_lint_text_findings_carry_element_positions():
    text = CRLF_FIXTURE.replace('<a href="/x">通知', '<a href="/x">').replace(
        "</body>", "<img src=b.png>\t<a href=/y></a></body>"
    )
    document = parse_html(text)
    result = a11ylint.lint_text(text, "page.html")
    img_findings = [finding for finding in result.findings if finding.code == "IMG001"]
    images = list(document.root.iter("img"))
    assert len(img_findings) == len(images) == 2
    assert [(finding.line, finding.column) for finding in img_findings] == [document.position(img) for img in images]
    assert (img_findings[0].line, img_findings[0].column) == (6, 3)
    assert (img_findings[1].line, img_findings[1].column) == (9, 1)
    assert img_findings[0].snippet == "<img src=a.png>"

    link_findings = [finding for finding in result.findings if finding.code == "LNK001"]
    links = [node for node in document.root.iter("a") if not (node.text or "").strip() and not len(node)]
    assert [(finding.line, finding.column) for finding in link_findings] == [document.position(a) for a in links]
    assert (link_findings[-1].line, link_findings[-1].column) == (9, 17)


def test_lint_text_position_past_65535():
    text = "<!DOCTYPE html><html lang=en><title>t</title>" + "\r\n" * 70000 + "\t<img src=a.png>"
    result = a11ylint.lint_text(text)
    (finding,) = [finding for finding in result.findings if finding.code == "IMG001"]
    assert (finding.line, finding.column) == (70001, 2)


def test_lint_text_duplicate_attribute_finding_at_tag():
    text = "<!DOCTYPE html>\n<html lang=en><title>t</title>\n<body>\n\t<p><a href=1 href=2>x</a></p>"
    result = a11ylint.lint_text(text)
    named = [finding for finding in result.findings if finding.code == "HTM004" and "'href'" in finding.message]
    assert len(named) == 1
    assert (named[0].line, named[0].column) == (4, 5)


def test_css_paths_with_a_shared_sibling_cache_equal_the_uncached_ones():
    from a11ylint.csspath import css_path
    from a11ylint.parse import parse_html

    rows = "".join(f"<tr><td>{index}</td><td><a href='/p{index}'><img src='{index}.png'></a></td></tr>"
                   for index in range(30))
    document = parse_html(f"<table id=t>{rows}</table><p>a</p><!-- c --><p id=x>b</p><p>c</p>")
    positions: dict = {}
    elements = [element for element in document.root.iter() if isinstance(element.tag, str)]
    cached = [css_path(element, {"t": 1, "x": 1}, positions) for element in elements]
    assert cached == [css_path(element, {"t": 1, "x": 1}) for element in elements]
    assert "#t > tbody > tr:nth-of-type(30) > td:nth-of-type(2) > a > img" in cached
    assert "html > body > p:nth-of-type(3)" in cached
