"""The fast tokenizer (``--parser python``, and the fallback of ``fast``) against html5lib's own (the reference):
the same tree, the same positions, the same parse errors and, on the corpus, the same findings for every
parser. Hand-picked corner cases, generated tag soup, and every corpus page (skipped without ../shared)."""

from __future__ import annotations

import warnings

import html5lib
import pytest
from helpers import parse_signature as signature
from helpers import run_cli
from lxml import etree

from a11ylint import Config, Linter
from a11ylint.config import PARSERS
from a11ylint.encoding import decode_html
from a11ylint.parse import LEXBOR_PARSE_ERRORS, TOKENIZERS, parse_html, prepare_text

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def assert_same_parse(text: str) -> None:
    fast = parse_html(text, "python")
    assert signature(fast) == signature(parse_html(text, "html5lib")), text
    # and a11ylint's tree builder (positions, constant-time text insertion) builds html5lib's own tree
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pristine = html5lib.parse(prepare_text(text)[0], treebuilder="lxml", namespaceHTMLElements=False)
    assert etree.tostring(fast.tree, encoding=str) == etree.tostring(pristine, encoding=str), text


CORNER_CASES = [
    "",
    "plain text",
    "<!DOCTYPE html><html lang=zh><head><title>a &amp; b</title></head><body><p>x</p></body></html>",
    '<a href="/x?a=1&b=2&amp;c=3&copy=4&notin;&not">&notin; &not &#160;&#x26;&#0;&#xD800;&#99999999;</a>',
    "<p><b>one<p>two</b> <b>three</b> <font color=red>four</p><p><font>five</font></p>",
    "<table><tr><td>cell</td></tr><div>fostered</div>text in table<tr><td>again</table>",
    "<head></head><meta charset=gbk><title>late</title><body><body class=x><html lang=en>",
    '<img src=x alt="a" alt="b" ALT=c><input disabled><br/><br / ><a b/c><a b=c/> <a href="x"title=y>',
    "<div id=a class='q' data-x = \"1\" data-y= 2 data-z =3 <weird '\"=>",
    "<!----><!--x--><!--a--b--><!--->--><!-- - --><!--a--!>b<!--a---><!-->c<!--<!--nested-->",
    "<!doctype html public \"-//W3C//DTD XHTML 1.0 Transitional//EN\"><?php echo 1 ?><!bogus>",
    "<script>if (a < b && c > d) { x = '</scr' + 'ipt>'; }</script><script><!-- document.write('<script>"
    "</script>') --></script><style>a > b { color: red }</style ><style>p{}</STYLE>",
    "<script>unterminated", "<style>unterminated", "<textarea>\nfirst line &amp; <b>not bold</b></textarea>",
    "<title>T</title ><xmp><b>raw</b></xmp><iframe><p>x</p></iframe><noembed>a</noembed><noframes>b</noframes>",
    "<pre>\nkept</pre><listing>\nx</listing><plaintext><b>to the end &amp;",
    "<svg viewBox='0 0 1 1'><foreignObject><p>x</p></foreignObject><clipPath/><![CDATA[a<b]]></svg>"
    "<math><mi>x</mi><annotation-xml encoding=text/html><div>y</div></annotation-xml></math>",
    "<select><option>a<option>b<optgroup><option>c</select><template><td>cell</td></template>",
    "a\x00b<a\x00b c\x00d=e\x00f>\x00</a\x00b>&\x00", "<a\tb\nc\x0cd>x</a\t>< p>< /p></ p></>",
    "<image src=x><isindex prompt=q><frameset><frame></frameset>", "</p></br><p></p>", "<b><i></b></i>x",
    "<a href=x>1<a href=y>2</a>", "<ul><li>a<li>b</ul><dl><dt>c<dd>d</dl>", "<h1><h2>x</h1></h2>",
    "text & more &unknown; &amp &ampx &#x; &#; &", "<a href='&amp;&lt'>x</a><a title=\"&quot\">y</a>",
    "\ufeff<p>bom</p>", "<p>\ud800 \ufffe \U0001fffe \x7f \x01</p>", "<p title=\"unterminated",
    "<p\n  class=\"a\"\n  id=b\n>multi-line tag</p>", "<DIV CLASS=X><SPAN>upper</SPAN></DIV>",
]


@pytest.mark.parametrize("text", CORNER_CASES, ids=range(len(CORNER_CASES)))
def test_corner_cases_parse_the_same(text):
    assert_same_parse(text)


TAGS = ["div", "p", "a", "b", "i", "font", "table", "tr", "td", "tbody", "select", "option", "svg", "math",
        "template", "script", "style", "title", "textarea", "xmp", "iframe", "noscript", "pre", "li", "html",
        "head", "body", "frameset", "image", "br", "img", "input", "h1", "form", "button", "foreignObject", "desc"]
ATTRIBUTES = ["", " id=a", ' id="a" ID=b', " class='c d'", ' href="?a=1&b=2"', " alt", " title=&amp;x",
              ' x=">"', " a=b/", " / ", "/", " =x", ' "q"=1', " data-x = '1'", "\n\tlang=\"zh\""]
FRAGMENTS = ["<!--", "-->", "--!>", "<!-", "<!DOCTYPE html>", "<![CDATA[", "]]>", "&amp;", "&nbsp;", "&not",
             "&#x41;", "&#0;", "&", "<", ">", "</", "<!", "<?", "\x00", "\n", " ", "\t", "'", '"', "=", "字体"]

pieces = st.one_of(
    st.builds(lambda tag, attributes, close: f"<{tag}{attributes}{close}", st.sampled_from(TAGS),
              st.sampled_from(ATTRIBUTES), st.sampled_from([">", "/>", ""])),
    st.builds(lambda tag, space: f"</{tag}{space}>", st.sampled_from(TAGS), st.sampled_from(["", " ", " x"])),
    st.text(max_size=8),
    st.sampled_from(FRAGMENTS),
)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(pieces, max_size=40).map("".join))
def test_generated_markup_parses_the_same(text):
    assert_same_parse(text)


def test_parser_names_agree_with_the_config():
    assert ("fast", *TOKENIZERS) == PARSERS


def test_corpus_parses_and_findings_are_the_same(corpus_dir):
    """The issue's yardstick: on every corpus page the same tree and positions, and the same findings of the
    default rule set (wcag21aa plus the HTML rules)."""
    pages = sorted(path for path in corpus_dir.rglob("*") if path.suffix.lower() in (".html", ".htm"))
    assert len(pages) >= 100
    linters = {parser: Linter(Config(preset="wcag21aa", extend_select=("HTM",), parser=parser)) for parser in PARSERS}
    different_trees, different_findings, total = [], [], 0
    for page in pages:
        text = decode_html(page.read_bytes()).text
        documents = {parser: parse_html(text, parser) for parser in PARSERS}
        reference = documents["html5lib"]
        for document in (documents["fast"], documents["python"]):
            if signature(document, LEXBOR_PARSE_ERRORS) != signature(reference, LEXBOR_PARSE_ERRORS) or (
                    document.tree_builder == "html5lib" and signature(document) != signature(reference)):
                different_trees.append(page.name)
        findings = {parser: [finding.to_dict() for finding in linters[parser].lint_document(document, str(page))]
                    for parser, document in documents.items()}
        if not findings["fast"] == findings["python"] == findings["html5lib"]:
            different_findings.append(page.name)
        total += len(findings["fast"])
    assert different_trees == []
    assert different_findings == []
    assert total > 1000


def test_cli_parser_option(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<!doctype html><html lang="en"><title>t</title><img src="x.png">', encoding="utf-8")
    for parser in PARSERS:
        done = run_cli("check", "--isolated", "--parser", parser, "--format", "json", str(page))
        assert done.returncode == 1, done.stderr
        assert '"IMG001"' in done.stdout or "IMG001" in done.stdout
    done = run_cli("check", "--isolated", "--parser", "lexbor", str(page))
    assert done.returncode == 2 and "--parser" in done.stderr


def test_config_parser_key(tmp_path):
    config = tmp_path / "a11ylint.toml"
    config.write_text('parser = "gumbo"\n', encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    done = run_cli("check", "--config", str(config), str(page))
    assert done.returncode == 2
    assert "'parser' must be one of fast, python, html5lib" in done.stderr and "Traceback" not in done.stderr
