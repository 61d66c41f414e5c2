"""The page index answers simple rule selectors exactly as their compiled XPath does: every rule selector, on
hand-made pages, generated tag soup and (with ../shared) every corpus page."""

from __future__ import annotations

import pytest

from a11ylint.context import XPATH_PREFIX, compile_selector
from a11ylint.encoding import decode_html
from a11ylint.parse import parse_html
from a11ylint.selectindex import ROOT, PageIndex, simple_parts

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

EXTRA = ["*", "[ROLE]", "INPUT[TYPE=checkbox]", "a[href=''], [hidden]", "td[x='1'][y]", "img[alt='']", "svg",
         "p, p, [id]", "svg|a, a", "svg|A[href]", "svg|foreignObject", "math|mi"]


@pytest.fixture(scope="module")
def selectors(registry):
    found = {rule.selector for rule in registry.rules if rule.selector and not rule.selector.startswith(XPATH_PREFIX)}
    return sorted(found | set(EXTRA))


def assert_index_agrees(root, selectors) -> int:
    index = PageIndex(root)
    answered = 0
    for css in selectors:
        parts = simple_parts(css)
        if parts is None:
            continue
        answered += 1
        assert index.select(parts) == compile_selector(css)(root), css
    return answered


def test_what_the_index_answers():
    assert simple_parts(":root") == ROOT
    assert simple_parts("input, [Role], a[href='x']") == (("input", ()), (None, (("role", None),)),
                                                          ("a", (("href", "x"),)))
    assert simple_parts("svg|a, math|MI[x]") == (("{http://www.w3.org/2000/svg}a", ()),
                                                 ("{http://www.w3.org/1998/Math/MathML}mi", (("x", None),)))
    for css in ("details > summary", "body [lang]", "svg|*[role]", "a:hover", "[class~=x]", "p::before", "a["):
        assert simple_parts(css) is None, css


def test_hand_made_page(selectors):
    page = ('<!doctype html><html lang="en"><head><title>t</title></head><body><main role="main" id="m">'
            '<input TYPE="checkbox" id="a"><img alt=""><img alt="x"><a href="">e</a><p hidden>h</p>'
            '<table><tr><td x="1" y>1</td><td x="2">2</td></tr></table><svg role="img"><a href="#">s</a></svg>'
            '<select><option>o</select><iframe tabindex="-1"></iframe><video></video></main></body></html>')
    assert assert_index_agrees(parse_html(page).root, selectors) >= 30


TAGS = ["div", "p", "a", "img", "input", "select", "option", "table", "tr", "td", "th", "svg", "iframe", "video",
        "button", "label", "ul", "li", "h1", "h2", "template", "area", "object", "embed", "meta", "dl", "dt",
        "math", "mi", "foreignObject"]
ATTRIBUTES = ["", " role=button", " role", ' href=""', " href=x", " alt", ' alt=""', " tabindex=0", " id=a",
              " type=checkbox", " TYPE=text", " hidden", " aria-hidden=true", " scope=col", " headers=a",
              " autocomplete=off", " lang=en", " onblur=x()", " name=viewport", " x=1 y"]


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(
    st.builds(lambda tag, attributes: f"<{tag}{attributes}>", st.sampled_from(TAGS), st.sampled_from(ATTRIBUTES)),
    st.builds(lambda tag: f"</{tag}>", st.sampled_from(TAGS)), st.text(max_size=4)), max_size=30).map("".join))
def test_generated_pages(selectors, text):
    assert_index_agrees(parse_html(text).root, selectors)


def test_corpus_pages(selectors, corpus_dir):
    pages = sorted(path for path in corpus_dir.rglob("*") if path.suffix.lower() in (".html", ".htm"))
    for page in pages:
        assert_index_agrees(parse_html(decode_html(page.read_bytes()).text).root, selectors)
