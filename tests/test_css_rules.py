"""Edge cases of the rules that read the CSS cascade: text spacing, viewport font sizes, orientation, label in
name, colour contrast, focus outlines and clipped text. Each case lists the outcomes expected from one rule
("fail" or "needs-review"); an empty list means no finding."""

from __future__ import annotations

import pytest

from helpers import lint

MISSING_SHEET = '<link rel="stylesheet" href="no-such-sheet-here.css">'

CASES = [
    # --- TXT001 letter-spacing-important --------------------------------------------------------------
    ("TXT001", '<p style="letter-spacing: 0.1em !important">Text</p>', ["fail"]),
    ("TXT001", '<p style="letter-spacing: 0.12em !important">Text</p>', []),
    ("TXT001", '<p style="letter-spacing: initial !important">Text</p>', ["fail"]),
    ("TXT001", '<style>p { font-size: 20px }</style><p style="letter-spacing: 2px !important">Text</p>', ["fail"]),
    ("TXT001", '<style>p { font-size: 25px }</style><p style="letter-spacing: 3px !important">Text</p>', []),
    # a style sheet declaration, even !important, can be overridden by the user's: not checked
    ("TXT001", '<style>p { letter-spacing: 0.05em !important }</style><p style="letter-spacing: 1em">Text</p>', []),
    ("TXT001", '<p style="letter-spacing: 0.05em">Text</p>', []),
    # inherited from an ancestor's inline !important declaration: the text element is checked
    ("TXT001", '<div style="letter-spacing: 0.1em !important"><p>Text</p></div>', ["fail"]),
    ("TXT001", '<div style="font-size: 16px; letter-spacing: 2px !important"><p style="font-size: 10px">Text</p>'
               "</div>", []),
    # inherit from a declaration that is not important: not applicable (ACT 24afc2 inapplicable 8)
    ("TXT001", '<p style="letter-spacing: 0.1em">Text <span style="letter-spacing: inherit !important">x</span></p>',
     []),
    ("TXT001", '<p style="display: none; letter-spacing: 0.1em !important">Text</p>', []),
    ("TXT001", '<p style="position: absolute; left: -9999px; letter-spacing: 0.1em !important">Text</p>', []),
    ("TXT001", '<div style="letter-spacing: 0.1em !important"></div>', []),
    ("TXT001", '<p style="letter-spacing: 0.05em !important">申请截止日期为六月三十日</p>', ["fail"]),
    # an unreadable sheet cannot beat an inline !important declaration on the element itself...
    ("TXT001", MISSING_SHEET + '<p style="letter-spacing: 0.05em !important">Text</p>', ["fail"]),
    # ...but it could set the property on a descendant that would otherwise inherit it
    ("TXT001", MISSING_SHEET + '<div style="letter-spacing: 1px !important"><p>Text</p></div>', ["needs-review"]),
    # a rule under a media query may win on the text element: review
    ("TXT001", '<style>@media (min-width: 600px) { p { letter-spacing: 1em } }</style>'
               '<div style="letter-spacing: 0.05em !important"><p>Text</p></div>', ["needs-review"]),
    # --- TXT002 word-spacing-important ----------------------------------------------------------------
    ("TXT002", '<p style="word-spacing: normal !important">Some words</p>', ["fail"]),
    ("TXT002", '<p style="word-spacing: 0.16em !important">Some words</p>', []),
    ("TXT002", '<p style="word-spacing: 0.1em !important; word-spacing: 0.2em !important">Some words</p>', []),
    ("TXT002", '<p style="word-spacing: 0.2em !important; word-spacing: 0.1em">Some words</p>', []),
    # --- TXT003 line-height-important -----------------------------------------------------------------
    ("TXT003", '<p style="line-height: 1.2 !important">Text that wraps</p>', ["fail"]),
    ("TXT003", '<p style="line-height: normal !important">Text that wraps</p>', ["fail"]),
    ("TXT003", '<p style="line-height: 150% !important">Text that wraps</p>', []),
    ("TXT003", '<style>p { font-size: 16px }</style><p style="line-height: 24px !important">Text</p>', []),
    ("TXT003", '<div style="line-height: 1em !important"><p style="line-height: 1.5em !important">Text</p></div>',
     []),
    ("TXT003", '<p style="line-height: 1 !important; white-space: nowrap">One line only</p>', []),
    ("TXT003", '<div style="overflow-x: scroll"><p style="line-height: 1em !important; width: 1000px">'
               "Short text in a very wide box</p></div>", []),
    # --- TXT004 viewport-font-size ---------------------------------------------------------------------
    ("TXT004", '<h1 style="font-size: 5vw">Title</h1>', ["fail"]),
    ("TXT004", '<h1 style="font-size: calc(2vw + 2vh)">Title</h1>', ["fail"]),
    ("TXT004", '<h1 style="font-size: calc(1rem + 1vw)">Title</h1>', []),
    ("TXT004", '<h1 style="font-size: clamp(1rem, 2vw, 2rem)">Title</h1>', []),
    # one finding per declaration, on the element that declares it
    ("TXT004", '<div style="font-size: 2vmin"><p>One</p><p style="font-size: 1.2em">Two</p></div>', ["fail"]),
    ("TXT004", '<style>.hero { font-size: 3vw }</style><p class="hero">首页</p>', ["fail"]),
    ("TXT004", MISSING_SHEET + '<style>.hero { font-size: 3vw }</style><p class="hero">Home</p>', ["needs-review"]),
    ("TXT004", '<p style="font-size: 3vw; display: none">Hidden</p>', []),
    # --- TXT005 text-clipped-on-zoom -------------------------------------------------------------------
    ("TXT005", '<div style="height: 40px; overflow: hidden">Long text</div>', ["needs-review"]),
    ("TXT005", '<div style="height: 40px; overflow: hidden"><p>One</p><p>Two</p></div>', ["needs-review"]),
    ("TXT005", '<div style="height: 40px; overflow: auto">Long text</div>', []),
    ("TXT005", '<div style="min-height: 40px; overflow: hidden">Long text</div>', []),
    ("TXT005", '<div style="overflow: hidden; height: 2em"><div style="overflow: auto; height: 2em">Text</div></div>',
     []),
    ("TXT005", '<div style="overflow-x: hidden; white-space: nowrap; width: 50px">Long text</div>',
     ["needs-review"]),
    ("TXT005", '<div style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis; width: 50px">Text</div>',
     []),
    ("TXT005", '<div style="overflow: hidden">No fixed size</div>', []),
    ("TXT005", '<style>@media (max-width: 640px) { .box { height: 1.5em; overflow: hidden } }</style>'
               '<div class="box">Text</div>', ["needs-review"]),
    # --- ORI001 orientation-lock -----------------------------------------------------------------------
    ("ORI001", '<style>@media (orientation: landscape) { body { transform: matrix3d(0,-1,0,0,1,0,0,0,0,0,1,0,0,0,0,1)'
               ' } }</style><p>Content</p>', ["fail"]),
    ("ORI001", '<style>@media (orientation: portrait) { html { transform: rotate(1.5708rad) } }</style><p>x</p>',
     ["fail"]),
    ("ORI001", '<style>@media (orientation: portrait) { #page { transform: rotate(90deg) } }</style>'
               '<div id="page"><p>All the content of the page</p></div>', ["fail"]),
    ("ORI001", '<style>@media (orientation: portrait) { html { transform: matrix(1, -1.22465e-15, 1.22465e-15, 1, 0,'
               ' 0) } }</style><p>Content</p>', []),
    ("ORI001", '<style>@media (orientation: portrait) { html { rotate: 0turn } }</style><p>Content</p>', []),
    ("ORI001", '<style>body { transform: rotate(90deg) }</style><p>Content</p>', []),
    # a small element turned on its side does not lock the page
    ("ORI001", '<style>@media (orientation: portrait) { .icon { transform: rotate(90deg) } }</style>'
               '<main><p>A long paragraph of page content.</p><span class="icon">&gt;</span></main>', []),
    ("ORI001", '<style>@media (orientation: portrait) { body { transform: var(--turn) } }</style><p>Content</p>',
     ["needs-review"]),
    ("ORI001", '<style>@media (orientation: portrait) and (min-width: 600px) { body { transform: rotate(90deg) } }'
               '</style><p>Content</p>', ["needs-review"]),
    ("ORI001", '<style>@media (orientation: landscape) { body { transform: rotate(90deg) } }</style>'
               '<body style="display: none"><p>Content</p></body>', []),
    # --- LBL001 label-in-name --------------------------------------------------------------------------
    ("LBL001", '<a href="/" aria-label="WCAG">ACT rules</a>', ["fail"]),
    ("LBL001", '<button aria-label="Next Page in the list">Next Page</button>', []),
    ("LBL001", '<button aria-label="Search by date">Search by date (YYYY-MM-DD)</button>', []),
    ("LBL001", '<a href="/" aria-label="Discover Italy">Discover It</a>', ["fail"]),
    ("LBL001", '<span id="l">Annual report</span><a href="/r" aria-labelledby="l">Annual report 2024</a>', ["fail"]),
    ("LBL001", '<span id="l">Download the annual report</span><a href="/r" aria-labelledby="l">annual report</a>', []),
    ("LBL001", '<a href="/" aria-label="站内搜索">搜索</a>', []),
    ("LBL001", '<a href="/" aria-label="提交申请">搜索</a>', ["fail"]),
    ("LBL001", '<a href="/" aria-label="网上办事大厅">办事</a>', []),
    ("LBL001", '<button aria-label="Close">X</button>', []),
    ("LBL001", '<a aria-label="1a" href="#">1</a>', ["fail"]),
    ("LBL001", '<a aria-label="University Avenue" href="#">University Ave.</a>', []),
    ("LBL001", '<a aria-label="non-standard" href="#">nonstandard</a>', []),
    ("LBL001", '<nav aria-label="Main">Site navigation</nav>', []),
    ("LBL001", '<input type="email" aria-label="E-mail" value="Contact">', []),
    ("LBL001", '<a href="/" aria-label="Download report"><span style="display: none">PDF</span> Download report</a>',
     []),
    ("LBL001", '<style>.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)'
               ' }</style><a href="/" aria-label="Download report">Download <span class="sr-only">the</span> report'
               "</a>", []),
    ("LBL001", '<a href="/" aria-label="Download report">Download <span aria-hidden="true">the</span> report</a>',
     ["fail"]),
    ("LBL001", '<style>a::before { content: "Get " }</style><a href="/" aria-label="report">report</a>', ["fail"]),
    ("LBL001", '<a href="/" aria-label="ACT"><div style="display: inline">A</div><div style="display: inline">C'
               '</div><div style="display: inline">T</div></a>', []),
    ("LBL001", '<button aria-label="how are you"><span>you</span><span>how</span><span>are</span></button>',
     ["fail"]),
    ("LBL001", '<div aria-hidden="true"><a href="/" aria-label="Home page">Start</a></div>', []),
    ("LBL001", MISSING_SHEET + '<a href="/" aria-label="Home">Start here</a>', ["needs-review"]),
    # --- CLR001 color-contrast -------------------------------------------------------------------------
    ("CLR001", '<p style="color: #aaa; background: white">Text</p>', ["fail"]),
    ("CLR001", '<p style="color: #767676">Text</p>', []),
    ("CLR001", '<style>.note { color: #999 } .box { background: #fff }</style><div class="box"><p class="note">'
               "Text</p></div>", ["fail"]),
    ("CLR001", '<p style="color: #000; font-size: 18pt; background: #666">Large text</p>', []),
    ("CLR001", '<p style="color: #000; font-size: 14pt; font-weight: 700; background: #666">Bold text</p>', []),
    ("CLR001", '<p style="color: #000; font-size: 14pt; background: #666">Not bold</p>', ["fail"]),
    ("CLR001", '<p style="color: rgba(0, 0, 0, .3)">Text</p>', ["fail"]),
    ("CLR001", '<div style="background: #fff"><p style="color: #000; opacity: .3">Text</p></div>', ["fail"]),
    ("CLR001", '<div style="background: #000"><p style="background: rgba(255, 255, 255, .5); color: #fff">Text</p>'
               "</div>", ["fail"]),
    ("CLR001", '<body bgcolor="#000000" text="#ffffff"><p>Old markup, good contrast</p></body>', []),
    ("CLR001", '<body bgcolor="#ffffff"><font color="#cccccc">Old markup, poor contrast</font></body>', ["fail"]),
    ("CLR001", '<p style="color: #333; background: linear-gradient(to right, #fff, #00f)">Text</p>',
     ["needs-review"]),
    ("CLR001", '<p style="color: #333; background: linear-gradient(to right, #fff, #ddd)">Text</p>', []),
    ("CLR001", '<p style="color: #aaa; background: linear-gradient(to right, #fff, #00f)">Text</p>', ["fail"]),
    ("CLR001", '<p style="color: #555; background: black url(photo.jpg)">Text</p>', ["needs-review"]),
    ("CLR001", '<div style="background: url(photo.jpg)"><p>One</p><p>Two</p></div>', ["needs-review"]),
    ("CLR001", '<div style="background: url(photo.jpg)"><p style="background: #fff; color: #000">Covered</p></div>',
     []),
    ("CLR001", '<p style="color: var(--text)">Text</p>', ["needs-review"]),
    ("CLR001", MISSING_SHEET + '<p style="color: #aaa">Text</p>', ["needs-review"]),
    ("CLR001", '<p style="color: #000; background: #737373; text-shadow: white 0 0 3px">Text</p>', ["needs-review"]),
    ("CLR001", '<p style="position: absolute; color: #fff">Text over a photo</p>', ["needs-review"]),
    ("CLR001", '<p style="position: absolute; background: #000; color: #fff">Text</p>', []),
    ("CLR001", '<button style="color: #777; background: #eee" disabled>Send</button>', []),
    ("CLR001", '<div role="button" style="color: #777" aria-disabled="true">Send</div>', []),
    ("CLR001", '<label style="color: #888">Name <input disabled></label>', []),
    ("CLR001", '<fieldset disabled style="color: #888"><label>Name <input></label></fieldset>', []),
    ("CLR001", '<span id="l" style="color: #888">Name</span><div role="textbox" aria-labelledby="l" '
               'aria-disabled="true"></div>', []),
    ("CLR001", '<button style="color: #777; background: #eee">Send</button>', ["fail"]),
    ("CLR001", '<button style="color: #666; background: #000" aria-label="Close">X</button>', ["needs-review"]),
    ("CLR001", '<p style="color: #fff; background: #fff" aria-hidden="true">Hidden text</p>', []),
    ("CLR001", '<p style="color: #aaa" aria-hidden="true">Decorative but visible</p>', ["fail"]),
    ("CLR001", '<p style="display: none; color: #eee">Hidden</p>', []),
    ("CLR001", '<p style="position: absolute; top: -999em; color: #eee">Off screen</p>', []),
    ("CLR001", '<p style="color: #eee">&raquo; | &bull;</p>', []),
    ("CLR001", '<p style="color: #999">办事指南</p>', ["fail"]),
    ("CLR001", '<a href="/">Default link colour</a>', []),
    ("CLR001", '<table background="paper.gif"><tr><td><font color="#999">Text</font></td></tr></table>',
     ["needs-review"]),
    ("CLR001", '<p id="p"></p><script>document.getElementById("p").attachShadow({mode: "open"})</script>',
     ["needs-review"]),
    # --- CLR002 color-contrast-enhanced ---------------------------------------------------------------
    ("CLR002", '<p style="color: #767676">Text</p>', ["fail"]),
    ("CLR002", '<p style="color: #595959">Text</p>', []),
    ("CLR002", '<p style="color: #000; font-size: 18pt; background: #777">Large text</p>', []),
    ("CLR002", '<p style="color: #000; font-size: 18pt; background: #666">Large text</p>', ["fail"]),
    # --- FOC001 focus-outline-removed -------------------------------------------------------------------
    ("FOC001", '<style>a:focus { outline: none }</style><a href="/">One</a><a href="/2">Two</a>', ["fail"]),
    ("FOC001", '<style>a { outline: 0 }</style><a href="/">One</a>', ["fail"]),
    ("FOC001", '<style>#nav a { outline: none } a:focus { outline: 2px solid }</style><div id="nav">'
               '<a href="/">One</a></div>', ["fail"]),
    ("FOC001", '<style>a:focus { outline: none } a:focus-visible { outline: 2px solid }</style><a href="/">x</a>', []),
    ("FOC001", '<style>a:focus:not(:focus-visible) { outline: none }</style><a href="/">x</a>', []),
    ("FOC001", '<style>a:focus { outline: none; box-shadow: 0 0 0 3px #1d70b8 }</style><a href="/">x</a>',
     ["needs-review"]),
    ("FOC001", '<style>a:focus { outline: none } li:focus-within { background: yellow }</style>'
               '<ul><li><a href="/">x</a></li></ul>', ["needs-review"]),
    ("FOC001", '<style>a:focus { outline: none }</style><a href="/" onfocus="highlight(this)">x</a>',
     ["needs-review"]),
    ("FOC001", MISSING_SHEET + '<style>a:focus { outline: none }</style><a href="/">x</a>', ["needs-review"]),
    ("FOC001", '<style>a:focus { outline: none }</style><a href="/" tabindex="-1">x</a><a>no href</a>', []),
    ("FOC001", '<style>*:focus { outline: 0 }</style><button>提交</button><input>', ["fail"]),
    ("FOC001", '<a href="/" style="outline: none">Inline</a>', ["fail"]),
    # A comment or an escape hides the property name from declared_properties, not from the cascade.
    ("FOC001", '<a href="/" style="color: red; /* reset */outline: none">Inline</a>', ["fail"]),
    ("FOC001", '<a href="/" style="outl\\69 ne: none">Escaped</a>', ["fail"]),
    # --- LNK010 link-in-text-block ----------------------------------------------------------------------
    ("LNK010", '<style>a { text-decoration: none; color: #333 } p { color: #000 }</style>'
               '<p>Read the <a href="/a">report</a> and the <a href="/b">guide</a>.</p>', ["fail"]),
    ("LNK010", '<p>Read the <a href="/a">report</a> first.</p>', []),
    ("LNK010", '<style>a { text-decoration: none; color: #0077dd }</style><p>Read the <a href="/a">report</a>.</p>',
     []),
    ("LNK010", '<style>a { text-decoration: none; color: #333; border-bottom: 1px solid }</style>'
               '<p>Read the <a href="/a">report</a>.</p>', []),
    ("LNK010", '<style>a { text-decoration: none; color: #333 } strong { font-weight: bold }</style>'
               '<p>Read the <a href="/a"><strong>report</strong></a>.</p>', ["fail"]),
    ("LNK010", '<style>a { text-decoration: none; color: #333; font-weight: bold }</style>'
               '<p>Read the <a href="/a">report</a>.</p>', []),
    ("LNK010", '<style>a { text-decoration: none; color: #333 }</style><ul><li><a href="/a">Home</a></li></ul>', []),
    ("LNK010", '<style>a { text-decoration: none; color: var(--link) }</style><p>Read the <a href="/a">report</a>.</p>',
     ["needs-review"]),
    ("LNK010", MISSING_SHEET + '<style>a { text-decoration: none; color: #333 }</style>'
               '<p>Read the <a href="/a">report</a>.</p>', ["needs-review"]),
    ("LNK010", '<style>a { text-decoration: none; color: #444 } p { color: #000 }</style>'
               '<p>申请前请阅读<a href="/guide">办事指南</a>。</p>', ["fail"]),
]


def _outcomes(code: str, html: str) -> list[str]:
    findings = lint(html, select=(code,))
    crashes = [finding.message for finding in findings if finding.code == "SYS002"]
    assert not crashes, crashes
    return sorted(finding.outcome for finding in findings if finding.code == code)


@pytest.mark.parametrize(("code", "html", "expected"), CASES, ids=[f"{case[0]}-{i}" for i, case in enumerate(CASES)])
def test_css_rule_case(code, html, expected):
    assert _outcomes(code, html) == sorted(expected)


def test_contrast_review_for_one_background_image_is_grouped():
    html = '<div style="background: url(photo.jpg)"><p>One</p><p>Two</p><p>Three</p></div>'
    findings = [finding for finding in lint(html, select=("CLR001",)) if finding.code == "CLR001"]
    assert len(findings) == 1 and "3 element" in findings[0].message


def test_contrast_message_gives_ratio_and_colours():
    (finding,) = lint('<p style="color: #aaa; background: #fff">Text</p>', select=("CLR001",))
    assert "2.32:1" in finding.message and "#aaaaaa" in finding.message and "4.5:1" in finding.message


def test_contrast_messages_in_chinese():
    (finding,) = lint('<p style="color: #aaa; background: #fff">办事指南</p>', select=("CLR001",), lang="zh")
    assert "对比度" in finding.message and "2.32:1" in finding.message


def test_focus_outline_findings_are_grouped_per_rule():
    html = '<style>a:focus { outline: none }</style>' + "".join(f'<a href="/{i}">{i}</a>' for i in range(5))
    findings = [finding for finding in lint(html, select=("FOC001",)) if finding.code == "FOC001"]
    assert len(findings) == 1 and "5 element" in findings[0].message


def test_viewport_font_size_points_at_the_declaring_element():
    html = '<section style="font-size: 4vw"><p>One</p><p>Two</p></section>'
    findings = [finding for finding in lint(html, select=("TXT004",)) if finding.code == "TXT004"]
    assert [finding.selector.split(" > ")[-1] for finding in findings] == ["section"]


def test_label_in_name_tokens():
    from a11ylint.rules.lbl001_label_in_name import label_in_name, tokens

    assert [word for word, _ in tokens("Proof of 2×2=4")] == ["proof", "of", "2", "2", "4"]
    assert [word for word, _ in tokens("站内搜索")] == ["站", "内", "搜", "索"]
    assert label_in_name("Next…", "Next") == "pass"
    assert label_in_name(">>> ** Submit ** <<<", "💡 Submit 💡") == "pass"
    assert label_in_name("123.555.0123", "1 2 3. 5 5 5. 0 1 2 3") == "fail"
    assert label_in_name("justice", "just ice") == "fail"


def test_orientation_rotation_parser():
    from a11ylint.css import parse_declarations
    from a11ylint.rules.ori001_orientation_lock import rotation_of

    def angle(text):
        (declaration,) = parse_declarations(text)
        return rotation_of(declaration)

    assert angle("transform: rotate(90deg)") == pytest.approx(90)
    assert angle("transform: rotateZ(1turn)") == pytest.approx(0, abs=1e-6) or angle(
        "transform: rotateZ(1turn)") == pytest.approx(360)
    assert angle("transform: translateX(10px) rotate(-0.25turn)") == pytest.approx(270)
    assert angle("rotate: z 90deg") == pytest.approx(90)
    assert angle("rotate: 0 0 -1 90deg") == pytest.approx(270)
    assert angle("transform: skewX(10deg)") is None
    assert angle("transform: rotate3d(1, 0, 0, 90deg)") is None


def test_contrast_ratio_arithmetic():
    from a11ylint.contrast import contrast

    assert contrast((0, 0, 0, 1), (255, 255, 255, 1)) == pytest.approx(21)
    assert contrast((118, 118, 118, 1), (255, 255, 255, 1)) == pytest.approx(4.54, abs=0.01)
