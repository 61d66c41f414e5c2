"""Page facts several rules share: the readable text (a11ylint.pagetext), what a page says about itself
(a11ylint.pageinfo), the footer (a11ylint.footer), and pins on real pages of ../shared/corpus/cn."""

from __future__ import annotations

import pytest

from a11ylint import Config, Linter, cnmarks, pageinfo
from a11ylint.context import RuleContext
from a11ylint.encoding import decode_html
from a11ylint.footer import bottom_text, footer_anchor, footer_area
from a11ylint.pagetext import body_text
from a11ylint.parse import parse_html

MAIN = "<main><p>" + "关于开展安全生产检查工作的通知。各乡镇人民政府、县直各部门：现将有关事项通知如下。" * 4 + "</p></main>"


def context(html: str, path: str = "page.html") -> RuleContext:
    return RuleContext(parse_html(html), path)


def page(body: str, head: str = "") -> str:
    return f'<html lang="zh-CN"><head><title>通知公告</title>{head}</head><body>{body}</body></html>'


# --- readable text -----------------------------------------------------------------------------------------


def test_readable_text_joins_inline_elements_and_leaves_out_code():
    ctx = context(page('<p><span>赣</span>ICP<span>备</span>17015617号</p><script>var x = "主办";</script>'
                       '<style>p { color: red }</style><div hidden>隐藏</div><div>主办单位：某某县人民政府</div>'))
    assert body_text(ctx).text.strip() == "赣ICP备17015617号 主办单位：某某县人民政府"


def test_elements_without_text_have_a_place_in_the_text():
    ctx = context(page('<p>正文</p><div id="footer"></div><p>尾部</p>'))
    text = body_text(ctx)
    empty = ctx.select("#footer")[0]
    assert text.text[:text.index_of(empty)].strip() == "正文"


# --- what a page says about itself ----------------------------------------------------------------------------


@pytest.mark.parametrize("head", [
    '<link rel="canonical" href="https://[x">',
    '<link rel="canonical" href="https://[x]/">',
    '<meta property="og:url" content="http://[::1">',
    '<base href="https://[x/">',
])
def test_malformed_page_addresses_are_ignored(head):
    ctx = context(page(MAIN, head=head), "index.html")
    assert pageinfo.page_url(ctx) is None
    assert pageinfo.page_host(ctx) == ""
    assert pageinfo.is_home_page(ctx)  # the file name decides


def test_host_of_never_raises():
    assert pageinfo.host_of("https://[x") == ""
    assert pageinfo.host_of("www.Example.gov.cn.") == "www.example.gov.cn"
    assert pageinfo.split_url("//[x") is None


@pytest.mark.parametrize("rule", ["CN001", "US001", "UK001", "EU001", "CN010", "CN015"])
def test_malformed_canonical_link_is_no_internal_error(rule):
    html = page(MAIN + "<footer>网站标识码：1101060001</footer>", head='<link rel="canonical" href="https://[x">')
    result = Linter(Config(select=(rule,))).lint_text(html, "index.html")
    assert [finding.message for finding in result.findings if finding.code == "SYS002"] == []


def test_malformed_addresses_anywhere_are_no_internal_error():
    html = page('<p><a href="http://example.com:abc/">a</a> <a href="http://example.com:abc/">a</a> '
                '<a href="https://[x]/">b</a> <a href="//[x">c</a></p>'
                '<object data="https://[x/movie.mp4"></object><iframe src="https://[x" title="f"></iframe>'
                '<footer><a href="http://[beian.miit.gov.cn/">京ICP备12345678号</a> '
                '<a href="https://bszs.conac.cn:abc/"><img src="https://[x/a.png" alt=""></a></footer>',
                head='<link rel="canonical" href="https://[x"><meta name="SiteDomain" content="https://[w">'
                     '<script src="https://[t/aria.js"></script><link rel="stylesheet" href="https://[u/a.css">')
    result = Linter(Config(select=("ALL",))).lint_text(html, "index.html")
    assert [finding.message for finding in result.findings if finding.code == "SYS002"] == []


def test_page_url_prefers_the_canonical_link_and_the_saved_from_comment_counts():
    ctx = context(page(MAIN, head='<base href="https://www.a.gov.cn/"><meta property="og:url" '
                                  'content="https://www.a.gov.cn/og.html"><link rel="canonical" '
                                  'href="https://www.a.gov.cn/news/1.html">'))
    assert pageinfo.page_url(ctx) == "https://www.a.gov.cn/news/1.html"
    saved = context("<!-- saved from url=(0026)http://www.b.gov.cn/a.html -->" + page(MAIN))
    assert pageinfo.page_host(saved) == "www.b.gov.cn"


@pytest.mark.parametrize("head, path, expected", [
    ('<link rel="canonical" href="https://www.a.gov.cn/">', "news.html", True),
    ('<link rel="canonical" href="https://www.a.gov.cn/index.shtml">', "news.html", True),
    ('<link rel="canonical" href="https://www.a.gov.cn/news/1.html">', "index.html", False),
    ('<meta name="ColumnName" content="首页">', "page.html", True),
    # <base> names the site, not the page: the page's file name decides
    ('<base href="https://www.a.gov.cn/">', "news.html", False),
    ("", "index.html", True),
    ("", "news/item.html", False),
])
def test_home_page(head, path, expected):
    assert pageinfo.is_home_page(context(page(MAIN, head=head), path)) is expected


def test_an_article_saved_as_index_html_is_no_home_page_where_articles_are_told_apart():
    ctx = context(page(MAIN, head='<meta name="ArticleTitle" content="通知">'), "index.html")
    assert pageinfo.is_home_page(ctx)
    assert not pageinfo.is_home_page(ctx, is_article=cnmarks.is_article)


# --- the footer ------------------------------------------------------------------------------------------------


def test_footer_text_is_what_a_reader_sees():
    ctx = context(page(MAIN + '<div class="footer">主办：某某县人民政府<script>document.write(unescape("%3Cspan'
                              '%3E"));</script><style>.x{}</style></div>'))
    area = footer_area(ctx)
    assert area.kind == "named"
    assert area.text.strip() == "主办：某某县人民政府"


def test_a_named_footer_before_a_long_script_is_found():
    script = "<script>var menu = " + repr("x" * 5000) + ";</script>"
    ctx = context(page(MAIN + '<div class="footer"><a href="/wzdt/">网站地图</a> <a href="/lxwm/">联系我们</a></div>'
                       + script))
    area = footer_area(ctx)
    assert (area.kind, [element.get("class") for element in area.elements]) == ("named", ["footer"])


def test_a_named_element_in_the_first_half_of_the_text_is_no_footer():
    ctx = context(page('<div class="bottom-line">导航</div>' + MAIN))
    assert footer_area(ctx).kind == "end-of-page"


@pytest.mark.parametrize("name, is_footer", [
    ('class="footer"', True), ('id="foot"', True), ('class="g_foot_box"', True), ('class="xiafoot"', True),
    ('class="mfooter"', True), ('class="copyright_info"', True), ('class="main-bottom"', True),
    ('id="divFooterInner"', True), ('id="divBottomOuter"', True), ('class="ft2"', True),
    ('class="footnote"', False), ('class="footable"', False), ('class="footprints"', False),
    ('class="copyLink"', False), ('class="bottomline"', False),
])
def test_footer_names(name, is_footer):
    ctx = context(page(MAIN + f"<div {name}>版权所有 某某县人民政府</div>"))
    assert (footer_area(ctx).kind == "named") is is_footer


@pytest.mark.parametrize("container", ['<div id="footer"></div>',
                                       '<div class="bottom"><iframe src="/footer.html" title="页脚"></iframe></div>',
                                       '<div id="footerAnchor"></div><script>x.innerHTML = footer;</script>'])
def test_an_empty_named_footer_is_passed_over_but_remembered(container):
    ctx = context(page(MAIN + container))
    area = footer_area(ctx)
    empty = ctx.select("#footer, .bottom, #footerAnchor")
    assert (area.kind, area.elements, area.empty_containers) == ("end-of-page", [], empty)
    assert area.text  # the end of the page stands in for the footer
    assert footer_anchor(ctx) is empty[0]  # findings point where the footer would be
    review = Linter(Config(select=("CN002",))).lint_text(page(MAIN + container), "page.html").findings
    assert [(finding.code, finding.outcome) for finding in review] == [("CN002", "needs-review")]


def test_the_first_parts_of_a_footer_that_is_most_of_a_short_page_belong_to_it():
    links = " | ".join(f'<a href="/{number}/">栏目{number}</a>' for number in range(12))
    ctx = context(page(f'<p>正文</p><span class="footer_links">{links}</span><br>'
                       '<span class="footer_text">主办：某某县人民政府办公室 承办：某某县大数据中心</span><br>'
                       '<span class="footer_copy">版权所有</span>'))
    assert [element.get("class") for element in footer_area(ctx).elements] == [
        "footer_links", "footer_text", "footer_copy"]


def test_a_footer_followed_by_a_print_copy_of_itself_is_found():
    # gov.pe.ca: the print footer's disclaimer is longer than the page, so the footer begins before halfway.
    links = " | ".join(f'<a href="/{name}">{name}</a>' for name in ("Privacy", "Copyright", "Accessibility"))
    disclaimer = "This information has been taken from the website of the Public Archives. " * 4
    ctx = context(page(f'<p>{MAIN}</p><div id="footer">{links}</div><div id="print_footer">{disclaimer}</div>'
                       '<div><a href="#top">back to top</a></div>'))
    assert [element.get("id") for element in footer_area(ctx).elements] == ["footer", "print_footer"]


def test_elements_that_cannot_hold_content_are_no_footer():
    ctx = context(page(MAIN + '<hr id="footer-divider"><img id="footer_copyright" src="copyright.gif" alt="">'))
    area = footer_area(ctx)
    assert (area.kind, area.empty_containers) == ("end-of-page", [])


def test_a_named_element_with_other_text_after_it_does_not_join_the_footer():
    ctx = context(page('<p class="copyright">图片版权：新华社</p>' + MAIN + '<div class="footer">主办：某某县人民政府</div>'))
    assert [element.get("class") for element in footer_area(ctx).elements] == ["footer"]


def test_an_empty_footer_beside_one_with_text_is_not_remembered():
    ctx = context(page(MAIN + '<div class="footer">主办：某某县人民政府</div><div id="footer-clear"></div>'))
    area = footer_area(ctx)
    assert ([element.get("class") for element in area.elements], area.empty_containers) == (["footer"], [])


def test_a_page_with_no_text_keeps_its_empty_footer():
    ctx = context(page('<div id="footer"></div>'))
    area = footer_area(ctx)
    assert (area.kind, area.empty_containers) == ("named", ctx.select("#footer"))


def test_the_bottom_starts_at_the_footer_or_the_last_fifth():
    footer = '<div class="footer">主办：某某县人民政府</div><p>联系电话：0471-4825916</p>'
    # A short footer: the last fifth of the text begins before it.
    assert bottom_text(context(page(MAIN + footer))).strip().startswith("有关事项通知如下。 主办")
    # A long footer begins before the last fifth; the contact line after it still belongs to the bottom.
    links = "".join(f'<a href="/{number}/">栏目{number}</a>' for number in range(20))
    long_footer = f'<div class="footer">主办：某某县人民政府 {links}</div><p>联系电话：0471-4825916</p>'
    assert bottom_text(context(page(MAIN + long_footer))).strip().startswith("主办：某某县人民政府 栏目0")


# --- signs of a government site ---------------------------------------------------------------------------------


@pytest.mark.parametrize("markup, sign", [
    ('<footer><span id="_ideConac"></span><script src="https://dcs.conac.cn/js/33/000/0000/1/CA33.js"></script>'
     '</footer>', "badge"),
    ("<footer>党政机关网站标识</footer>", "badge"),
    ('<footer><a href="https://www.gov.cn/">中国政府网</a></footer>', "links"),
    ("<footer>主办单位：某某县人民政府办公室</footer>", "sponsor"),
    ("<footer>Sponsored by: The General Office of Beijing Municipal People's Government</footer>", "sponsor"),
    ("<footer>Website Identification Code: 1100000088</footer>", "site-id"),
])
def test_government_signs(markup, sign):
    assert cnmarks.government_signs(context(page(MAIN + markup))) == [sign]


@pytest.mark.parametrize("footer", ["Sponsored by: the Department of Health",
                                    "Unsponsored by the People's Government",
                                    "Website Identification Codes"])
def test_english_text_that_is_no_sign(footer):
    assert cnmarks.government_signs(context(page(MAIN + f"<footer>{footer}</footer>"))) == []


def test_site_domain_on_gov_cn_is_a_sign():
    ctx = context(page(MAIN, head='<meta name="SiteDomain" content="www.example.gov.cn">'))
    assert cnmarks.government_signs(ctx) == ["host"]


# --- real pages ----------------------------------------------------------------------------------------------------


def _corpus_context(corpus_dir, name: str) -> RuleContext:
    path = corpus_dir / "cn" / name
    return RuleContext(parse_html(decode_html(path.read_bytes(), None).text), str(path))


def test_corpus_named_footer_before_long_scripts(corpus_dir):
    ctx = _corpus_context(corpus_dir, "mhxqwer-sykfjax.gov.cn__index.html")
    area = footer_area(ctx)
    assert [element.get("class") for element in area.elements] == ["footer"]
    assert "网站标识码：3505240010" in area.text
    path = corpus_dir / "cn" / "mhxqwer-sykfjax.gov.cn__index.html"
    assert [f.message for f in Linter(Config(select=("CN001",))).lint_path(path).findings] == []


def test_corpus_footer_named_in_pinyin(corpus_dir):
    ctx = _corpus_context(corpus_dir, "mhxqwer-gqsbeijing.gov.cn__index.html")
    assert [element.get("class") for element in footer_area(ctx).elements] == ["foot", "xiafoot"]


def test_corpus_footer_filled_by_script(corpus_dir):
    ctx = _corpus_context(corpus_dir, "mhxqwer-myzgd.gov.cn__index.html")
    area = footer_area(ctx)
    assert (area.kind, [element.get("id") for element in area.empty_containers]) == ("end-of-page", ["footerAnchor"])


def test_corpus_footer_text_leaves_scripts_out(corpus_dir):
    ctx = _corpus_context(corpus_dir, "mhxqwer-wmlhonghu.gov.cn__index.html")
    text = footer_area(ctx).text
    assert "document.write" not in text and "网站标识码：4210830008" in text
