"""The CSS cascade machinery (a11ylint.css): sources, cascade, computed values, UNKNOWN, robustness."""

from __future__ import annotations

import pytest
from lxml import etree

from a11ylint.css import (
    UNKNOWN,
    Limits,
    Number,
    StyleResolver,
    Unresolved,
    compile_count,
    is_unknown,
    parse_color,
    specificity,
)
from a11ylint.css.defaults import UA_DISPLAY, user_agent, user_agent_key
from a11ylint.parse import parse_html


def resolver(html: str, **kwargs) -> tuple[StyleResolver, object]:
    document = parse_html(html)
    return StyleResolver(document.root, **kwargs), document.root


def by_id(root, identifier: str):
    found = root.xpath("//*[@id=$id]", id=identifier)
    assert found, identifier
    return found[0]


def styled(css: str, body: str, **kwargs):
    return resolver(f"<!DOCTYPE html><html><head><style>{css}</style></head><body>{body}</body></html>", **kwargs)


# --- specificity and the cascade ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("*", (0, 0, 0)),
        ("li", (0, 0, 1)),
        ("ul li", (0, 0, 2)),
        ("ul ol+li", (0, 0, 3)),
        ("h1 + *[rel=up]", (0, 1, 1)),
        ("ul ol li.red", (0, 1, 3)),
        ("li.red.level", (0, 2, 1)),
        ("#x34y", (1, 0, 0)),
        ("#s12:not(FOO)", (1, 0, 1)),
        (".foo :is(.bar, #baz)", (1, 1, 0)),
        (":where(#a, .b) p", (0, 0, 1)),
        ("a:has(> img, .x)", (0, 1, 1)),
        ("p::before", (0, 0, 2)),
        ("p:before", (0, 0, 2)),
        ("a:hover", (0, 1, 1)),
        ("li:nth-child(2n+1 of .item)", (0, 2, 1)),
        ("svg|rect", (0, 0, 1)),
        ("a:not(.x, #y)", (1, 0, 1)),
    ],
)
def test_specificity(selector, expected):
    assert specificity(selector) == expected


def test_specificity_ordering_decides_the_winner():
    r, root = styled("#t { color: red } p.c { color: green } p { color: blue }",
                     '<p id="t" class="c">x</p><p class="c" id="u">y</p><p id="v">z</p>')
    assert r.value(by_id(root, "t"), "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "u"), "color") == (0.0, 128.0, 0.0, 1.0)
    assert r.value(by_id(root, "v"), "color") == (0.0, 0.0, 255.0, 1.0)


def test_important_beats_specificity():
    r, root = styled("p { color: red !important } #t { color: green }", '<p id="t">x</p>')
    assert r.value(by_id(root, "t"), "color") == (255.0, 0.0, 0.0, 1.0)


def test_source_order_breaks_ties():
    r, root = styled(".a { color: red } .b { color: blue }", '<p id="t" class="b a">x</p>')
    assert r.value(by_id(root, "t"), "color") == (0.0, 0.0, 255.0, 1.0)
    r, root = styled("p { color: red; color: blue; }", '<p id="t">x</p>')
    assert r.value(by_id(root, "t"), "color") == (0.0, 0.0, 255.0, 1.0)


def test_inline_style_beats_selectors_and_inline_important_beats_selector_important():
    r, root = styled("#t { color: red } #u { color: red !important } #v { color: red !important }",
                     '<p id="t" style="color: blue">x</p><p id="u" style="color: blue">y</p>'
                     '<p id="v" style="color: blue !important">z</p>')
    assert r.value(by_id(root, "t"), "color") == (0.0, 0.0, 255.0, 1.0)
    assert r.value(by_id(root, "u"), "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "v"), "color") == (0.0, 0.0, 255.0, 1.0)
    cascaded = r.cascaded(by_id(root, "v"), "color")
    assert cascaded.origin == "style-attribute" and cascaded.important


def test_cascade_layers_rank_below_unlayered_styles():
    r, root = styled("@layer base { #t { color: red } } p { color: blue }", '<p id="t">x</p>')
    assert r.value(by_id(root, "t"), "color") == (0.0, 0.0, 255.0, 1.0)


def test_invalid_declaration_is_dropped_and_the_previous_one_applies():
    r, root = styled("p { display: block } p { display: flexx; width: 10px\\9 } p { width: 20px }",
                     '<span><p id="t">x</p></span>')
    element = by_id(root, "t")
    assert r.value(element, "display") == "block"
    assert r.value(element, "width") == 20.0


# --- inheritance ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("declaration", "prop", "expected"),
    [
        ("color: #123456", "color", (18.0, 52.0, 86.0, 1.0)),
        ("font-size: 20px", "font-size", 20.0),
        ("line-height: 1.5", "line-height", Number(1.5)),
        ("letter-spacing: 2px", "letter-spacing", 2.0),
        ("word-spacing: 3px", "word-spacing", 3.0),
        ("visibility: hidden", "visibility", "hidden"),
        ("text-indent: 5px", "text-indent", 5.0),
    ],
)
def test_inherited_properties(declaration, prop, expected):
    r, root = styled(f"div {{ {declaration} }}", '<div><section><span id="t">x</span></section></div>')
    assert r.value(by_id(root, "t"), prop) == expected


@pytest.mark.parametrize("prop", ["display", "background-color", "opacity", "position", "width", "transform",
                                  "outline-style", "text-decoration-line", "overflow", "clip"])
def test_non_inherited_properties(prop):
    r, root = styled("div { display: flex; background-color: red; opacity: .5; position: absolute; width: 9px;"
                     " transform: scale(2); outline: 1px solid; text-decoration: underline; overflow: hidden;"
                     " clip: rect(0 0 0 0) }", '<div><span id="t">x</span></div>')
    span = by_id(root, "t")
    initial = {"display": "inline", "background-color": (0.0, 0.0, 0.0, 0.0), "opacity": 1.0,
               "position": "static", "width": "auto", "transform": "none", "outline-style": "none",
               "text-decoration-line": "none", "overflow": "visible", "clip": "auto"}
    assert r.value(span, prop) == initial[prop]
    assert r.value(span.getparent(), prop) != initial[prop]


def test_inherit_initial_unset_keywords():
    r, root = styled("div { color: red; background-color: blue } #a { background-color: inherit }"
                     " #b { color: initial } #c { color: unset; background-color: unset }",
                     '<div><p id="a">a</p><p id="b">b</p><p id="c">c</p></div>')
    assert r.value(by_id(root, "a"), "background-color") == (0.0, 0.0, 255.0, 1.0)
    assert r.value(by_id(root, "b"), "color") == (0.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "c"), "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "c"), "background-color") == (0.0, 0.0, 0.0, 0.0)


# --- font sizes and spacing -----------------------------------------------------------------------------


def test_font_size_chain_em_in_em_in_percent():
    r, root = styled("html { font-size: 10px } #a { font-size: 150% } #b { font-size: 2em } #c { font-size: .5em }",
                     '<div id="a"><div id="b"><span id="c">x</span></div></div>')
    assert r.value(by_id(root, "a"), "font-size") == pytest.approx(15.0)
    assert r.value(by_id(root, "b"), "font-size") == pytest.approx(30.0)
    assert r.value(by_id(root, "c"), "font-size") == pytest.approx(15.0)


def test_rem_and_keywords_and_absolute_units():
    r, root = styled("html { font-size: 20px } #a { font-size: 2rem } #b { font-size: small } #c { font-size: 12pt }"
                     " #d { font-size: larger } #e { font-size: x-large }",
                     '<div style="font-size: 100px"><p id="a">a</p><p id="b">b</p><p id="c">c</p><p id="d">d</p>'
                     '<p id="e">e</p></div>')
    assert r.value(by_id(root, "a"), "font-size") == 40.0
    assert r.value(by_id(root, "b"), "font-size") == 13.0
    assert r.value(by_id(root, "c"), "font-size") == pytest.approx(16.0)
    assert r.value(by_id(root, "d"), "font-size") == pytest.approx(120.0)
    assert r.value(by_id(root, "e"), "font-size") == 24.0


def test_rem_on_the_root_uses_the_initial_size():
    r, root = styled("html { font-size: 2rem }", '<p id="t">x</p>')
    assert r.value(root, "font-size") == 32.0
    assert r.value(by_id(root, "t"), "font-size") == 32.0


_UA_TAGS = sorted(set(UA_DISPLAY) | {"input", "dialog", "a", "area", "abbr", "acronym", "mark", "table", "b",
                                       "strong", "small", "big", "sub", "sup", "h1", "h6", "th", "u", "s", "embed"})
_UA_ATTRIBUTES = [("type", "hidden"), ("type", "HIDDEN "), ("type", "text"), ("open", ""), ("hidden", ""),
                  ("hidden", "until-found"), ("href", "/"), ("title", "t"), ("align", "center"), ("bgcolor", "red"),
                  ("color", "red"), ("size", "7"), ("width", "10"), ("lang", "en"), ("dir", "rtl"), ("popover", ""),
                  ("inert", ""), ("disabled", ""), ("role", "button"), ("style", "display:none"), ("class", "x")]


@pytest.mark.parametrize("tag", _UA_TAGS)
def test_elements_with_equal_user_agent_keys_get_equal_defaults(tag):
    """The cascade shares default declarations between elements with equal user_agent_key()s."""
    defaults_by_key: dict = {}
    for count in range(4):
        for start in range(len(_UA_ATTRIBUTES)):
            chosen = dict(_UA_ATTRIBUTES[(start + step * 5) % len(_UA_ATTRIBUTES)] for step in range(count))
            element = etree.Element(tag, chosen)
            defaults = (user_agent(element, False), user_agent(element, True))
            assert defaults_by_key.setdefault(user_agent_key(element), defaults) == defaults, (tag, chosen)


def test_user_agent_heading_sizes_and_the_quirks_table_reset():
    r, root = styled("body { font-size: 10px }", '<h1 id="h">x</h1><table><tr><td id="t">y</td></tr></table>')
    assert r.value(by_id(root, "h"), "font-size") == 20.0
    assert r.value(by_id(root, "t"), "font-size") == 10.0  # standards mode: tables inherit
    quirky, quirky_root = resolver('<style>body { font-size: 10px }</style><table><tr><td id="t">y</td></tr>'
                                   "</table>")
    assert quirky.value(by_id(quirky_root, "t"), "font-size") == 16.0  # quirks mode: tables reset


def test_viewport_units_are_a_recognisable_unresolved_value():
    r, root = styled("#a { font-size: 3vw } #b { font-size: 1.5em } #c { font-size: calc(1rem + 1vw) }"
                     " #d { font-size: calc(10px + 2px) } #e { font-size: clamp(1rem, 2vw, 3rem) }",
                     '<div id="a"><p id="b">b</p></div><p id="c">c</p><p id="d">d</p><p id="e">e</p>')
    a = r.value(by_id(root, "a"), "font-size")
    assert isinstance(a, Unresolved) and a.viewport_only and a.text == "3vw"
    b = r.value(by_id(root, "b"), "font-size")
    assert isinstance(b, Unresolved) and b.viewport_only  # 1.5em of 3vw is still viewport-only
    c = r.value(by_id(root, "c"), "font-size")
    assert isinstance(c, Unresolved) and c.viewport and not c.viewport_only
    assert r.value(by_id(root, "d"), "font-size") == 12.0
    assert is_unknown(r.value(by_id(root, "e"), "font-size"))
    assert is_unknown(a) and not is_unknown(12.0)


def test_spacing_and_line_height_resolve_against_the_font_size():
    r, root = styled("p { font-size: 20px; letter-spacing: .12em; word-spacing: normal; line-height: 150% }"
                     " span { line-height: 2em; word-spacing: 4px }",
                     '<p id="p">x<span id="s">y</span></p>')
    p = by_id(root, "p")
    assert r.value(p, "letter-spacing") == pytest.approx(2.4)
    assert r.value(p, "word-spacing") == 0.0
    assert r.value(p, "line-height") == 30.0
    span = by_id(root, "s")
    assert r.value(span, "line-height") == 40.0
    assert r.value(span, "letter-spacing") == pytest.approx(2.4)  # inherited as an absolute length
    assert r.value(span, "word-spacing") == 4.0


# --- colours ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("red", (255.0, 0.0, 0.0, 1.0)),
        ("RebeccaPurple", (102.0, 51.0, 153.0, 1.0)),
        ("#abc", (170.0, 187.0, 204.0, 1.0)),
        ("#abcd", (170.0, 187.0, 204.0, 221 / 255)),
        ("#a1b2c3", (161.0, 178.0, 195.0, 1.0)),
        ("#a1b2c380", (161.0, 178.0, 195.0, 128 / 255)),
        ("rgb(1, 2, 3)", (1.0, 2.0, 3.0, 1.0)),
        ("rgba(1, 2, 3, .5)", (1.0, 2.0, 3.0, 0.5)),
        ("rgb(1 2 3 / 50%)", (1.0, 2.0, 3.0, 0.5)),
        ("rgb(100%, 0%, 50%)", (255.0, 0.0, 127.5, 1.0)),
        ("hsl(120, 100%, 50%)", (0.0, 255.0, 0.0, 1.0)),
        ("hsla(240deg 100% 50% / .25)", (0.0, 0.0, 255.0, 0.25)),
        ("hsl(0.5turn, 100%, 25%)", (0.0, 127.5, 127.5, 1.0)),
        ("transparent", (0.0, 0.0, 0.0, 0.0)),
    ],
)
def test_parse_color(text, expected):
    assert parse_color(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["notacolor", "#ab", "#abcde", "rgb(1, 2)", "rgb(1 2, 3)", "hsl(1, 2, 3)",
                                  "lab(50% 40 59)", "Canvas", "var(--x)", "", "\0", "rgb(", "#ggg"])
def test_parse_color_unknown(text):
    assert parse_color(text) is UNKNOWN


def test_current_color():
    assert parse_color("currentColor", current_color=(1.0, 2.0, 3.0, 1.0)) == (1.0, 2.0, 3.0, 1.0)
    assert parse_color("currentcolor") is UNKNOWN
    r, root = styled("div { color: red; background-color: currentColor } p { color: currentColor }",
                     '<div id="d"><p id="p">x</p></div>')
    assert r.value(by_id(root, "d"), "background-color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "p"), "color") == (255.0, 0.0, 0.0, 1.0)


def test_legacy_presentational_colours():
    r, root = resolver('<body text="#333333" bgcolor="ffffff"><font id="f" color="red" size="5">x</font>'
                       '<table><tr><td id="t" bgcolor="#eee">y</td></tr></table></body>')
    assert r.value(root.find("body"), "color") == (51.0, 51.0, 51.0, 1.0)
    assert r.value(root.find("body"), "background-color") == (255.0, 255.0, 255.0, 1.0)
    assert r.value(by_id(root, "f"), "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "f"), "font-size") == 24.0
    assert r.value(by_id(root, "t"), "background-color") == (238.0, 238.0, 238.0, 1.0)


# --- shorthands -------------------------------------------------------------------------------------------


def test_font_shorthand():
    r, root = styled("p { font: italic bold 12px/30px Georgia, serif } span { font: 2em sans-serif }",
                     '<p id="p">x<span id="s">y</span></p>')
    p = by_id(root, "p")
    assert r.value(p, "font-size") == 12.0
    assert r.value(p, "line-height") == 30.0
    assert r.value(p, "font-weight") == 700.0
    span = by_id(root, "s")
    assert r.value(span, "font-size") == 24.0
    assert r.value(span, "line-height") == "normal"  # the shorthand resets what it leaves out


def test_background_outline_and_text_decoration_shorthands():
    r, root = styled("#a { background: url(x.png) no-repeat #fc0 } #b { background-color: red; background: none }"
                     " #c { outline: 2px dashed blue } #d { outline: none } #e { outline: 0 }"
                     " #f { text-decoration: underline dotted red } a { text-decoration: none }",
                     '<p id="a">a</p><p id="b">b</p><p id="c">c</p><p id="d">d</p><p id="e">e</p><p id="f">f</p>'
                     '<a id="g" href="/">g</a><a id="h">h</a>')
    assert r.value(by_id(root, "a"), "background-color") == (255.0, 204.0, 0.0, 1.0)
    assert r.value(by_id(root, "a"), "background-image") != "none"
    assert r.value(by_id(root, "b"), "background-color") == (0.0, 0.0, 0.0, 0.0)
    assert r.value(by_id(root, "b"), "background-image") == "none"
    assert r.value(by_id(root, "c"), "outline-style") == "dashed"
    assert r.value(by_id(root, "c"), "outline-width") == 2.0
    assert r.value(by_id(root, "c"), "outline-color") == (0.0, 0.0, 255.0, 1.0)
    assert r.value(by_id(root, "d"), "outline-style") == "none"
    assert r.value(by_id(root, "d"), "outline-width") == 0.0
    assert r.value(by_id(root, "e"), "outline-style") == "none"
    assert r.value(by_id(root, "f"), "text-decoration-line") == "underline"
    assert r.value(by_id(root, "g"), "text-decoration-line") == "none"


def test_link_underline_comes_from_the_user_agent():
    r, root = resolver('<!DOCTYPE html><a id="a" href="/">x</a><a id="b">y</a><u id="u">z</u>')
    assert r.value(by_id(root, "a"), "text-decoration-line") == "underline"
    assert r.value(by_id(root, "a"), "color") == (0.0, 0.0, 238.0, 1.0)
    assert r.value(by_id(root, "b"), "text-decoration-line") == "none"
    assert r.value(by_id(root, "u"), "text-decoration-line") == "underline"


# --- display, visibility, hiding -------------------------------------------------------------------------


def test_display_and_visibility():
    r, root = styled(".gone { display: none } .ghost { visibility: hidden } .back { visibility: visible }",
                     '<div id="a" class="gone">a</div><div class="ghost"><p id="b">b</p><p id="c" class="back">c</p>'
                     '</div><p id="d" hidden>d</p><span id="e">e</span>')
    assert r.is_display_none(by_id(root, "a")) is True
    assert r.is_display_none(by_id(root, "b")) is False
    assert r.visibility(by_id(root, "b")) == "hidden"
    assert r.visibility(by_id(root, "c")) == "visible"
    assert r.is_display_none(by_id(root, "d")) is True
    assert r.value(by_id(root, "e"), "display") == "inline"
    assert r.value(root.find("head"), "display") == "none"


def test_author_display_beats_the_hidden_attribute():
    r, root = styled("[hidden] { display: block }", '<p id="t" hidden>x</p>')
    assert r.is_display_none(by_id(root, "t")) is False


# --- media queries ----------------------------------------------------------------------------------------


def test_media_print_is_skipped_and_screen_applies():
    r, root = styled("@media print { p { display: none } } @media screen { p { color: red } }"
                     " @media not print { p { width: 5px } }",
                     '<p id="t">x</p>')
    assert r.value(by_id(root, "t"), "display") == "block"
    assert r.value(by_id(root, "t"), "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "t"), "width") == 5.0
    r, root = resolver('<style media="print">p { display: none }</style><p id="t">x</p>')
    assert r.is_display_none(by_id(root, "t")) is False


def test_media_min_width_is_unknown():
    r, root = styled("p { color: red } @media (min-width: 600px) { p { color: blue } } "
                     "@media screen and (max-width: 10px) { span { color: red } }",
                     '<p id="t">x</p><span id="s">y</span><em id="e">z</em>')
    assert r.value(by_id(root, "t"), "color") is UNKNOWN
    assert r.value(by_id(root, "s"), "color") == UNKNOWN  # red or the inherited black
    assert r.value(by_id(root, "e"), "color") == (0.0, 0.0, 0.0, 1.0)


def test_a_maybe_declaration_with_the_same_value_is_known():
    r, root = styled("p { color: red } @media (min-width: 600px) { p { color: #f00 } }", '<p id="t">x</p>')
    assert r.value(by_id(root, "t"), "color") == (255.0, 0.0, 0.0, 1.0)


def test_orientation_media_query_is_reported():
    r, root = styled("@media (orientation: portrait) { html { transform: rotate(-90deg) } }"
                     " @media screen and (orientation: landscape) { .x { rotate: 90deg } }"
                     " @media (min-width: 10px) { body { transform: rotate(90deg) } }",
                     '<div class="x" id="t">x</div>')
    found = r.orientation_transforms()
    assert [(item.selector, item.media, item.orientations) for item in found] == [
        ("html", "(orientation: portrait)", ("portrait",)),
        (".x", "screen and (orientation: landscape)", ("landscape",)),
    ]
    assert found[0].elements == (root,)
    assert found[1].elements == (by_id(root, "t"),)
    assert found[0].declarations[0].text == "rotate(-90deg)"
    assert r.value(root, "transform") is UNKNOWN  # applies in one orientation only


# --- selectors --------------------------------------------------------------------------------------------


def test_combinators_and_structural_pseudo_classes():
    r, root = styled("ul > li { color: red } li + li { color: blue } li:last-child { width: 1px }"
                     " ol li ~ li { color: green } :root { font-size: 20px } div :nth-child(2) { width: 2px }",
                     '<ul><li id="a">a</li><li id="b">b</li></ul><ol><li id="c">c</li><li id="d">d</li></ol>'
                     '<div><span id="e">e</span><span id="f">f</span></div>')
    assert r.value(by_id(root, "a"), "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "b"), "color") == (0.0, 0.0, 255.0, 1.0)
    assert r.value(by_id(root, "b"), "width") == 1.0
    assert r.value(by_id(root, "d"), "color") == (0.0, 128.0, 0.0, 1.0)
    assert r.value(by_id(root, "e"), "font-size") == 20.0
    assert r.value(by_id(root, "f"), "width") == 2.0
    assert r.value(by_id(root, "e"), "width") == "auto"


def test_unsupported_selector_is_unknown_not_a_crash():
    r, root = styled("input { outline-style: solid } input:invalid { outline-style: dotted }"
                     " li:nth-child(2 of .x) { color: red } p { color: blue }",
                     '<input id="i"><ul><li id="l" class="x">x</li></ul><p id="p">p</p>')
    assert r.value(by_id(root, "i"), "outline-style") is UNKNOWN
    assert r.value(by_id(root, "l"), "color") is UNKNOWN
    assert r.value(by_id(root, "p"), "color") == (0.0, 0.0, 255.0, 1.0)


def test_dynamic_pseudo_classes_do_not_match_but_focus_rules_are_listed():
    r, root = styled("a { outline: 1px solid } a:focus { outline: none } a:hover { color: red }"
                     " .menu:focus-within a { background: yellow } a:not(:focus) { width: 3px }"
                     " b:focus { outline: none }",
                     '<nav class="menu"><a id="a" href="/">x</a></nav>')
    link = by_id(root, "a")
    assert r.value(link, "outline-style") == "solid"
    assert r.value(link, "color") == (0.0, 0.0, 238.0, 1.0)
    assert r.value(link, "width") == 3.0  # nothing is focused statically
    focus = r.focus_rules(link)
    assert [item.selector for item in focus] == ["a:focus", ".menu:focus-within a"]
    assert focus[0].pseudo_classes == frozenset({"focus"})
    assert [item.text for item in focus[0].declared("outline-style")] == ["none"]
    assert focus[1].declared("background-color")[0].text == "yellow"


# --- generated content -----------------------------------------------------------------------------------


def test_pseudo_content_strings_and_attr():
    r, root = styled('.a::before { content: "Note: " attr(data-kind) } .a::after { content: "\\2192" }'
                     ' .b::before { content: counter(x) } .c:before { content: "x"; display: none }'
                     ' .d::before { content: url(i.png) / "Alt" } .e::after { content: "x" } .e::after { content: none }',
                     '<p id="a" class="a" data-kind="tip">a</p><p id="b" class="b">b</p><p id="c" class="c">c</p>'
                     '<p id="d" class="d">d</p><p id="e" class="e">e</p><p id="f">f</p>')
    assert r.pseudo_content(by_id(root, "a"), "before") == "Note: tip"
    assert r.pseudo_content(by_id(root, "a"), "::after") == "\u2192"
    assert r.pseudo_content(by_id(root, "b"), "before") is UNKNOWN
    assert r.pseudo_content(by_id(root, "c"), "before") is None
    assert r.pseudo_content(by_id(root, "d"), "before") == "Alt"
    assert r.pseudo_content(by_id(root, "e"), "after") is None
    assert r.pseudo_content(by_id(root, "f"), "before") is None


# --- sources ----------------------------------------------------------------------------------------------


def test_linked_stylesheet_and_import_through_the_loader():
    files = {"css/main.css": '@import "base.css"; p { color: red }', "css/base.css": "p { width: 7px; color: blue }"}
    asked = []

    def load(href):
        asked.append(href)
        return files.get(href)

    r, root = resolver('<!DOCTYPE html><link rel="stylesheet" href="css/main.css"><p id="t">x</p>', load=load)
    p = by_id(root, "t")
    assert r.value(p, "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(p, "width") == 7.0
    assert asked == ["css/main.css", "css/base.css"]
    assert r.unknown_sources == []


def test_unavailable_stylesheet_makes_values_unknown():
    r, root = resolver('<!DOCTYPE html><link rel="stylesheet" href="gone.css"><p id="t" style="color: red !important;'
                       ' width: 1px">x</p>', load=lambda href: None)
    p = by_id(root, "t")
    assert r.unknown_sources == ["gone.css"]
    assert r.value(p, "display") is UNKNOWN
    assert r.is_display_none(p) is None
    assert r.value(p, "width") is UNKNOWN
    assert r.value(p, "color") == (255.0, 0.0, 0.0, 1.0)  # only inline !important is safe
    lenient = StyleResolver(root, load=lambda href: None, ignore_unknown_sources=True)
    assert lenient.value(p, "display") == "block"
    assert lenient.unknown_sources == ["gone.css"]


def test_loader_errors_cycles_and_print_links():
    def load(href):
        if href == "boom.css":
            raise OSError("no")
        return {"a.css": "@import 'b.css'; p { color: red }", "b.css": "@import 'a.css';"}.get(href)

    r, root = resolver('<link rel=stylesheet href=a.css><link rel=stylesheet href=print.css media=print>'
                       '<link rel="alternate stylesheet" href=alt.css><link rel=stylesheet href=boom.css>'
                       '<p id="t">x</p>', load=load)
    assert r.unknown_sources == ["boom.css"]
    r, root = resolver('<link rel=stylesheet href=a.css><p id="t">x</p>', load=load)
    assert r.unknown_sources == []
    assert r.value(by_id(root, "t"), "color") == (255.0, 0.0, 0.0, 1.0)


def test_template_and_noscript_styles_are_ignored():
    r, root = resolver('<!DOCTYPE html><template><style>p { display: none }</style></template>'
                       '<p id="t">x</p>')
    assert r.is_display_none(by_id(root, "t")) is False
    assert r.rules == []


def test_style_inside_svg_applies():
    r, root = resolver('<!DOCTYPE html><svg><style>.x { display: none }</style><rect class="x" id="r"/></svg>')
    assert r.is_display_none(by_id(root, "r")) is True


def test_var_is_unknown():
    r, root = styled(":root { --c: red } p { color: var(--c) } span { font: var(--f) }",
                     '<p id="t">x</p><span id="s">y</span>')
    assert r.value(by_id(root, "t"), "color") is UNKNOWN
    assert r.value(by_id(root, "s"), "font-size") is UNKNOWN


def test_unknown_has_no_truth_value():
    with pytest.raises(TypeError):
        bool(UNKNOWN)
    assert repr(UNKNOWN) == "UNKNOWN"


# --- robustness -------------------------------------------------------------------------------------------


def test_malformed_css_recovers():
    css = ("p { color: red; ; : ; width: ; *zoom: 1; display: block !imp; width: 3px } "
           "} } p { background: } @media { ] p { width: 4px } "
           "div { color: \0blue; width: 9px } ")
    r, root = styled(css, '<p id="t">x</p><div id="d">d</div>')
    p = by_id(root, "t")
    assert r.value(p, "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(p, "width") == 3.0
    assert r.value(by_id(root, "d"), "width") == 9.0


def test_unclosed_blocks_and_garbage_never_raise():
    nasty = [
        "p { color: red",
        "p { color: red; } div {",
        "@media screen { p { color: red }",
        "a{color:" + "f(" * 5000,
        "@media screen{" * 3000 + "p{color:red}",
        ":not(" * 3000 + "p",
        "p" + ":is(" * 500 + "a" + ")" * 500 + "{color:red}",
        "[" * 10000,
        "p::before { content: attr() attr(\"\") }",
        "\ufeff\u4e2d\u6587 { color: red } .\u4e2d { width: 1px }",
        "p { font: 12px/ ; background: url( ; }",
        "@import url(; @import 'x.css' layer( ; p {color:red}",
        "p { color: rgb(" + "1," * 10000 + ") }",
        "@layer a, b; @layer b { p { color: red } } @layer a { p { color: blue } }",
        "p, , ,p { color: red } ::-webkit-scrollbar { width: 0 } p:-moz-focusring { color: red }",
        ".a { & .b { color: red } &:hover { color: blue } .c & { color: green } }",
    ]
    for css in nasty:
        r, root = styled(css, '<p id="t" class="a \u4e2d">x<span class="b">y</span></p>')
        element = by_id(root, "t")
        for prop in ("color", "width", "display", "font-size", "background-color", "line-height"):
            r.value(element, prop)
            r.value(element.find("span"), prop)
        r.pseudo_content(element, "before")
        r.focus_rules(element)
        r.orientation_transforms()


def test_rule_cap_makes_the_rest_unknown():
    css = "".join(f".c{index} {{ color: red }}" for index in range(50))
    r, root = styled(css, '<p id="t" class="c1">x</p>', limits=Limits(max_rules=10))
    assert r.unknown_sources and "rules" in r.unknown_sources[0]
    assert r.value(by_id(root, "t"), "color") is UNKNOWN


def test_deep_tree_inherits_without_recursion():
    depth = 10_000
    html = ('<!DOCTYPE html><style>.top { font-size: 20px; color: red } span { line-height: 1.5 }</style>'
            '<div class="top">' + "<span>" * depth + '<b id="t">x</b>' + "</span>" * depth + "</div>")
    root = parse_html(html, max_depth=2 * depth).root
    r = StyleResolver(root)
    bottom = by_id(root, "t")
    assert r.value(bottom, "font-size") == 20.0
    assert r.value(bottom, "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(bottom, "line-height") == Number(1.5)
    assert r.visibility(bottom) == "visible"
    assert r.is_display_none(bottom) is False


def test_page_without_css_compiles_nothing():
    before = compile_count()
    r, root = resolver("<!DOCTYPE html><title>t</title><div><p>x<a href=/>y</a></p><ul><li>z</li></ul></div>")
    for element in root.iter():
        for prop in ("display", "visibility", "color", "font-size", "background-color", "text-decoration-line"):
            r.value(element, prop)
        r.pseudo_content(element, "before")
    assert compile_count() == before
    assert r.rules == [] and r.unknown_sources == []


def test_simple_selectors_compile_nothing_either():
    before = compile_count()
    r, root = styled(".a { color: red } #b { color: blue } p { width: 1px } .a.c { width: 2px }",
                     '<p class="a c" id="b">x</p>')
    r.value(by_id(root, "b"), "color")
    r.value(by_id(root, "b"), "width")
    assert compile_count() == before


def test_non_elements_are_unknown():
    r, root = resolver("<!-- c --><p>x</p>")
    comment = root.getprevious()
    assert r.value(comment, "display") is UNKNOWN
    assert r.value(None, "display") is UNKNOWN


def test_supports_nesting_and_parent_keyed_selectors():
    r, root = styled(".a { color: red; & .b { color: blue } &:hover { color: green } .c & { width: 4px } }"
                     " @supports (display: grid) { p { width: 3px } } @supports not (display: grid) { em { width: 3px } }"
                     " .list > * { width: 9px } :root { color: #111 }",
                     '<div class="c"><div class="a" id="a"><span class="b" id="b">x</span></div></div><p id="p">p</p>'
                     '<em id="em">e</em><ul class="list"><li id="li">l</li></ul>')
    assert r.value(by_id(root, "a"), "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(by_id(root, "b"), "color") == (0.0, 0.0, 255.0, 1.0)
    assert r.value(by_id(root, "a"), "width") == 4.0
    assert r.value(by_id(root, "p"), "width") == 3.0
    assert r.value(by_id(root, "em"), "width") is UNKNOWN
    assert r.value(by_id(root, "li"), "width") == 9.0
    assert r.value(root, "color") == (17.0, 17.0, 17.0, 1.0)


def test_import_rules_data_urls_and_bytes():
    def load(href):
        return {"x.css": b"\xef\xbb\xbfp { width: 2px } @import 'late.css';", "p.css": "p { display: none }",
                "s.css": "p { transform: rotate(90deg) }"}.get(href)

    r, root = resolver('<link rel=stylesheet href="data:text/css,p%7Bcolor:red%7D"><link rel=stylesheet href=x.css>'
                       '<style>@import url("p.css") print; @import "s.css" screen and (orientation: portrait);</style>'
                       '<p id="t">x</p>', load=load)
    p = by_id(root, "t")
    assert r.value(p, "color") == (255.0, 0.0, 0.0, 1.0)
    assert r.value(p, "width") == 2.0
    assert r.is_display_none(p) is False  # the print import is skipped
    assert r.unknown_sources == []  # an @import after a rule is ignored, not fetched
    assert [item.orientations for item in r.orientation_transforms()] == [("portrait",)]


def test_cascaded_reports_where_the_value_comes_from():
    r, root = styled("p { line-height: 2 }", '<p id="a" style="line-height: 1.5">a</p><p id="b">b</p>'
                     '<a id="c" href="/">c</a><table><tr><td id="d" width="30">d</td></tr></table><i id="e">e</i>')
    inline = r.cascaded(by_id(root, "a"), "line-height")
    assert inline.origin == "style-attribute" and not inline.important and inline.declaration.text == "1.5"
    sheet = r.cascaded(by_id(root, "b"), "line-height")
    assert (sheet.origin, sheet.selector, sheet.source) == ("style-sheet", "p", "<style> #1")
    assert r.cascaded(by_id(root, "c"), "text-decoration").origin == "user-agent"
    assert r.cascaded(by_id(root, "d"), "width").origin == "presentational-hint"
    assert r.value(by_id(root, "d"), "width") == 30.0
    assert r.cascaded(by_id(root, "e"), "line-height") is None


def test_svg_presentation_attributes():
    r, root = resolver('<!DOCTYPE html><svg><g id="g" visibility="hidden"><rect id="r" display="none"/>'
                       '<circle id="c"/></g></svg>')
    assert r.is_display_none(by_id(root, "r")) is True
    assert r.visibility(by_id(root, "c")) == "hidden"


def test_cascaded_declaration_says_whether_it_depends_on_orientation():
    r, root = styled("@media (orientation: landscape) { p { width: 2px } }", '<p id="t">x</p>')
    assert r.value(by_id(root, "t"), "width") is UNKNOWN
    assert r.cascaded(by_id(root, "t"), "width") is UNKNOWN
    r, root = styled("p { width: 1px !important } @media (orientation: landscape) { p { width: 2px } }",
                     '<p id="t">x</p>')
    winner = r.cascaded(by_id(root, "t"), "width")
    assert winner.declaration.text == "1px" and not winner.media.orientation_dependent
    rule = r.rules[1]
    assert rule.media.orientation_dependent and rule.media.applies_in == ("landscape",)


def test_background_shorthand_resets_repeat_and_rejects_two_images_in_a_layer():
    from a11ylint.css import StyleResolver
    from a11ylint.parse import parse_html

    document = parse_html('<style>.b{background-repeat:no-repeat}</style>'
                          '<p class=b style="background:url(y.png)">x</p>'
                          '<p style="background:linear-gradient(red, blue)url(x.png)">y</p>'
                          '<table background="bg.gif"><tr><td>z</td></tr></table>')
    resolver = StyleResolver(document.root)
    first, second = document.root.iter("p")
    assert resolver.value(first, "background-repeat") == "repeat"
    assert resolver.value(second, "background-image") == "none"
    assert resolver.value(next(document.root.iter("table")), "background-image") == 'url("bg.gif")'
