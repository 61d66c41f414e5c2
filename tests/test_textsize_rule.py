"""CN010 text-size-control: the widgets it recognises, what it reports about them, and pins on the seed page
and the Chinese corpus."""

from __future__ import annotations

import pytest

from a11ylint import Config, Linter
from a11ylint.context import RuleContext
from a11ylint.parse import parse_html
from a11ylint.registry import load_registry

_REGISTRY = load_registry()
RULE = _REGISTRY.get("CN010")
GOV_FOOTER = "<footer><p>主办单位：青禾县人民政府办公室　网站标识码：3300000022</p></footer>"


def results(html: str, **options):
    """(outcome, message key, data) of CN010 on a page, with options overriding the defaults."""
    ctx = RuleContext(parse_html(html), "page.html")
    ctx.options = {**RULE.option_defaults(), **options}
    found = RULE.check(ctx.root, ctx)
    return [(result.outcome, result.message, result.data) for result in (found or [])]


def keys(html: str, **options) -> list[str]:
    return [key for _, key, _ in results(html, **options)]


def page(body: str, script: str = "", head: str = "") -> str:
    script = f"<script>{script}</script>" if script else ""
    return f'<html lang="zh-CN"><head><title>通知</title>{head}{script}</head><body>{body}</body></html>'


ZOOM = 'function doZoom(size) { document.getElementById("zoom").style.fontSize = size + "px"; }'


# --- recognising widgets -------------------------------------------------------------------------------


@pytest.mark.parametrize("widget", [
    '【字体：<a href="javascript:doZoom(32)">大</a> <a href="javascript:doZoom(16)">中</a> '
    '<a href="javascript:doZoom(14)">小</a>】',
    '字号：〖<a href="javascript:doZoom(32)">大</a> <a href="javascript:doZoom(16)">中</a>〗',
    '<i>字体：</i><a href="javascript:doZoom(32)">特大</a><a href="javascript:doZoom(16)">默认</a>',
    '<a href="#" onclick="doZoom(32)">A+</a> <a href="#" onclick="doZoom(16)">A</a>',
    '<b>字体大小：</b> <button type="button" onclick="doZoom(32)">放大</button>'
    '<button type="button" onclick="doZoom(16)">还原</button>',
])
def test_working_widgets_pass(widget):
    assert keys(page(widget + '<div id="zoom">正文</div>', ZOOM)) == []


def test_working_widgets_are_found():
    from a11ylint import textsize

    html = page('【字体：<a href="javascript:doZoom(32)">大</a> <a href="javascript:doZoom(16)">中</a>】'
                '<div id="zoom">正文</div>', ZOOM)
    ctx = RuleContext(parse_html(html), "page.html")
    widgets = textsize.survey(ctx).widgets
    assert [(widget.label, [control.text for control in widget.controls]) for widget in widgets] == [
        ("【字体：", ["大", "中"])]
    assert [control.call.name for control in widgets[0].controls] == ["doZoom", "doZoom"]


def test_document_number_label_is_not_a_widget():
    assert keys(page("<table><tr><td>发文字号：</td><td>教思政厅函〔2024〕10号</td></tr></table>")) == []


@pytest.mark.parametrize("metadata", [
    "<table><tr><td>字号：</td><td>政发〔2024〕1号</td></tr></table>",
    "<p>文件字号：京政发〔2023〕12号</p>",
])
def test_document_number_tables_are_not_widgets(metadata):
    assert keys(page(metadata)) == []


def test_font_name_after_label_is_not_a_widget():
    assert keys(page("<p>字体：仿宋_GB2312，字号：三号</p>")) == []


def test_language_switch_is_not_a_widget():
    assert keys(page('<a href="/zh/">中</a> | <a href="/en/">EN</a>')) == []


def test_image_zoom_is_not_a_widget():
    assert keys(page('<span onclick="zoomImage(this)">放大</span><img src="a.jpg" alt="图">')) == []


def test_hidden_widget_is_ignored():
    assert keys(page('<div style="display:none">【字体：<span>大</span> <span>中</span> <span>小</span>】</div>')) == []


# --- keyboard ------------------------------------------------------------------------------------------


def test_span_controls_are_not_keyboard_operable():
    found = results(page('【字体：<span class="b">大</span> <span class="m">中</span> <span class="s">小</span>】'))
    assert [(outcome, key) for outcome, key, _ in found] == [("fail", "keyboard")]
    assert found[0][2]["controls_zh"] == "“大”“中”“小”" and found[0][2]["tags_en"] == "<span>"


def test_link_without_href_is_reported_alone():
    html = page('字体【<a onclick="doZoom(16)">大</a> <a href="#" onclick="doZoom(14)">中</a>】'
                '<div id="zoom"></div>', ZOOM)
    found = [data for _, key, data in results(html) if key == "keyboard"]
    assert len(found) == 1 and found[0]["controls_en"] == '"大"' and found[0]["tags_en"] == "<a> without href"
    assert found[0]["noun_en"] == "control"


def test_focusable_span_with_key_handler_is_operable():
    html = page('<span role="button" tabindex="0" onclick="doZoom(32)" onkeydown="doZoom(32)">A+</span>'
                '<span role="button" tabindex="0" onclick="doZoom(16)" onkeydown="doZoom(16)">A</span>'
                '<div id="zoom"></div>', ZOOM)
    assert keys(html) == []


def test_icon_controls_found_by_their_handler():
    html = page('<span ms-click="addFontSize()"><i class="icon-zitifangda"></i></span>'
                '<span ms-click="decreaseFontSize()"><i class="icon-zitisuoxiao"></i></span>')
    found = results(html)
    assert [key for _, key, _ in found] == ["keyboard"]
    assert found[0][2]["controls_en"] == '"addFontSize()", "decreaseFontSize()"'


# --- handler targets -----------------------------------------------------------------------------------


def test_handler_target_missing():
    html = page('字体：<a href="javascript:doZoom(32)">大</a> <a href="javascript:doZoom(16)">中</a>'
                '<div id="content">正文</div>', ZOOM)
    found = results(html)
    assert [key for _, key, _ in found] == ["no-target"]
    assert found[0][2] == {"function": "doZoom", "ids": "zoom"}


def test_handler_target_passed_as_argument():
    script = "function adjustFontsize(id, size) { document.getElementById(id).style.fontSize = size + 'px'; }"
    missing = page("字体：<a href=\"javascript:adjustFontsize('zoomcon', 32)\">大</a> "
                   "<a href=\"javascript:adjustFontsize('zoomcon', 16)\">中</a>", script)
    assert keys(missing) == ["no-target"]
    present = missing.replace("</body>", '<div id="zoomcon"></div></body>')
    assert keys(present) == []


def test_jquery_target_and_external_function():
    script = "function setFontSize(s) { $('#article').css('font-size', s + 'px'); }"
    html = page('字号：<a href="javascript:setFontSize(32)">大</a> <a href="javascript:setFontSize(16)">中</a>',
                script)
    assert keys(html) == ["no-target"]
    external = page('字号：<a href="javascript:changeSize(32)">大</a> <a href="javascript:changeSize(16)">中</a>')
    assert keys(external) == []  # defined in a file the linter cannot see


# --- sizes ---------------------------------------------------------------------------------------------


def test_sizes_measured_from_the_middle_control():
    html = page('【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
                '<a href="javascript:doZoom(14)">小</a>】<div id="zoom"></div>', ZOOM)
    found = results(html)
    assert [key for _, key, _ in found] == ["sizes"]
    data = found[0][2]
    assert (data["largest"], data["base"], data["percent"], data["basis_zh"]) == ("18 px", "16 px", 113, "“中”档")
    assert data["sizes_en"] == "18 px, 16 px and 14 px" and data["sizes_zh"] == "18 px、16 px、14 px"


def test_sizes_without_a_default_control_use_the_smallest():
    html = page('<a href="#" onclick="fontZoom(16)">A+</a> <a href="#" onclick="fontZoom(12)">A-</a>')
    data = [data for _, key, data in results(html) if key == "sizes"][0]
    assert (data["percent"], data["basis_en"], data["base"]) == (133, "smallest", "12")


def test_sizes_in_the_varying_argument():
    html = page('字体【<a href="#" onclick="doZoom(16,14,14,16)">大</a> <a href="#" onclick="doZoom(16,14,14,14)">中</a>'
                ' <a href="#" onclick="doZoom(16,14,14,12)">小</a>】')
    data = [data for _, key, data in results(html) if key == "sizes"][0]
    assert (data["largest"], data["base"], data["percent"]) == ("16", "14", 114)


def test_sizes_reaching_200_percent_pass():
    html = page('字体：<a href="javascript:doZoom(32)">大</a> <a href="javascript:doZoom(16)">中</a> '
                '<a href="javascript:doZoom(12)">小</a><div id="zoom"></div>', ZOOM)
    assert keys(html) == []


def test_sizes_not_computed_when_one_control_has_no_literal():
    html = page("【字体：<a href=\"javascript:;\" onclick=\"changefsbig();\">大</a>"
                "<a href=\"javascript:;\" onclick=\"changefs('14');\">中</a>"
                "<a href=\"javascript:;\" onclick=\"changefs('12');\">小</a>】")
    assert keys(html) == []


# --- dead widgets ----------------------------------------------------------------------------------------


def test_label_without_controls():
    found = results(page("<p>发布时间: 2022-09-22 【字体: 来源:安岳县 阅读次数:2160</p>"))
    assert [(key, data["label"], data["following"]) for _, key, data in found] == [
        ("no-controls", "【字体:", "来源:安岳县 阅读次数:2160")]


def test_plain_text_size_words():
    found = results(page("<p>【字体：大 中 小】</p>"))
    assert [(key, data["words"]) for _, key, data in found] == [("plain-text", "大 中 小")]


# --- toolbars ------------------------------------------------------------------------------------------


def test_toolbar_launcher_span_is_not_keyboard_operable():
    html = page('<span id="wza" onclick="aria.start()">无障碍版</span>'
                '<script src="https://gov.govwza.cn/dist/aria.js?appid=0123456789abcdef0123456789abcdef"></script>')
    found = results(html)
    assert [(key, data["name"], data["tag_en"]) for _, key, data in found] == [
        ("toolbar-keyboard", "无障碍版", "<span>")]


def test_toolbar_launcher_without_script():
    html = page('<a href="javascript:void(0)" onclick="aria.start()">无障碍</a>')
    assert keys(html) == ["toolbar-script"]


def test_toolbar_loaded_by_inline_script_counts():
    html = page('<a href="javascript:void(0)" onclick="aria.start()">无障碍</a>',
                "var s = document.createElement('script'); s.src = '/dist/aria.js?appid=1'; "
                "document.body.appendChild(s);")
    assert keys(html) == []


# --- pages without a control ---------------------------------------------------------------------------


def test_government_page_without_control_is_for_review():
    found = results(page("<main><p>正文</p></main>" + GOV_FOOTER))
    assert [(outcome, key) for outcome, key, _ in found] == [("needs-review", "none")]
    assert (found[0][2]["signs_en"], found[0][2]["signs_zh"]) == (
        "a 网站标识码, a government body as 主办单位", "列有网站标识码、主办单位为政府机关")


def test_blocked_viewport_is_mentioned():
    head = '<meta name="viewport" content="width=device-width, maximum-scale=1, user-scalable=no">'
    found = results(page("<main><p>正文</p></main>" + GOV_FOOTER, head=head))
    assert [key for _, key, _ in found] == ["none-no-zoom"]


@pytest.mark.parametrize("signs", [
    '<meta name="SiteIDCode" content="3300000022">',
    '<link rel="canonical" href="https://www.example.gov.cn/art/1.html">',
    '<meta name="SiteDomain" content="www.example.gov.cn">',
])
def test_government_signs_in_metadata(signs):
    assert keys(page("<main><p>正文</p></main>", head=signs)) == ["none"]


def test_links_to_gov_cn_do_not_make_a_government_page():
    html = page('<main><p>正文</p><a href="https://www.gov.cn/">中国政府网</a></main>'
                "<footer>版权所有 某某科技有限公司</footer>")
    assert keys(html) == []
    # Footer links to gov.cn sites are a sign for CN004, but too weak on their own here.
    footer_links = page('<main><p>正文</p></main><footer>版权所有 某某报社 <a href="https://www.gov.cn/">中国政府网</a>'
                        "</footer>")
    assert keys(footer_links) == []


def test_the_conac_badge_is_a_government_sign():
    badge = ('<footer><span id="_ideConac"></span>'
             '<script src="https://dcs.conac.cn/js/33/000/0000/60477468/CA3300.js"></script></footer>')
    found = results(page("<main><p>正文</p></main>" + badge))
    assert [(key, data["signs_en"]) for _, key, data in found] == [("none", "the 党政机关网站标识")]


def test_option_turns_the_review_off():
    assert keys(page("<main><p>正文</p></main>" + GOV_FOOTER), **{"require-control": False}) == []


@pytest.mark.parametrize("evidence", [
    '<a href="javascript:void(0)" onclick="aria.oldFixedStart()">关怀版</a><script src="/js/aria.js"></script>',
    '<span class="navigation-item-title">长者助手</span>',
    '<script src="/static/js/slh.js"></script>',
])
def test_toolbar_or_care_mode_is_evidence(evidence):
    assert keys(page("<main><p>正文</p></main>" + evidence + GOV_FOOTER)) == []


def test_extra_functions_option():
    html = page('<a href="#" onclick="bigger(24)">加大</a> <a href="#" onclick="bigger(16)">默认</a>'
                '<div id="zoom"></div>')
    assert keys(html) == []
    assert keys(html, functions=["bigger"]) == ["sizes"]


# --- messages ------------------------------------------------------------------------------------------


def test_messages_read_naturally_in_chinese():
    html = page('【字体：<span>大</span> <span>中</span> <span>小</span>】')
    result = Linter(Config(select=("CN010",), lang="zh")).lint_text(html, "page.html")
    assert [finding.message for finding in result.findings] == [
        "字号调整控件“大”“中”“小”（<span>）无法用键盘聚焦或操作；请改为按钮或带 href 的链接"]


# --- pins on real pages --------------------------------------------------------------------------------


def test_seed_page_reports_the_dead_widget(seed_path):
    from a11ylint.cli import main

    result = Linter(Config(select=("CN010",))).lint_path(seed_path)
    assert [(finding.line, finding.message) for finding in result.findings] == [
        (21, 'The page shows the text-size label "【字体:" but no controls follow it (next comes '
             '"来源:安岳县阅读次数:2160…"): the widget has lost its size links')]
    zh = Linter(Config(select=("CN010",), lang="zh")).lint_path(seed_path)
    assert zh.findings[0].message == ("页面显示了字号调整标签“【字体:”，但后面没有大、中、小等控件（紧接着的是"
                                      "“来源:安岳县阅读次数:2160…”），这个字号调整功能已经失效")
    assert main(["check", "--profile", "gov-cn", "--select", "CN010", "--exit-zero", str(seed_path)]) == 0


def test_county_notice_example():
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "examples" / "county-notice.html"
    result = Linter(Config(select=("CN010",))).lint_path(example)
    assert [finding.message for finding in result.findings] == [
        'The text-size controls set 18 px, 16 px and 14 px: the largest, 18 px, is only 113% of the "中" size '
        "(16 px), short of the 200% readers need; make the largest at least twice the default"]


@pytest.fixture(scope="module")
def corpus_summary(corpus_dir):
    from a11ylint import textsize
    from a11ylint.encoding import decode_html

    summary = {}
    for path in sorted((corpus_dir / "cn").glob("*.html")):
        ctx = RuleContext(parse_html(decode_html(path.read_bytes(), None).text), str(path))
        ctx.options = RULE.option_defaults()
        survey = textsize.survey(ctx)
        found = [result.message for result in (RULE.check(ctx.root, ctx) or [])]
        summary[path.name] = (len(survey.widgets), textsize.toolbar_present(survey.toolbar)
                              or bool(textsize.care_entries(ctx)), found)
    return summary


def test_chinese_corpus_shares(corpus_summary):
    summary = corpus_summary
    widget_keys = {"keyboard", "no-target", "sizes", "no-controls", "plain-text"}
    with_widget = [name for name, (widgets, _, _) in summary.items() if widgets]
    broken = [name for name in with_widget if widget_keys & set(summary[name][2])]
    assert (len(summary), len(with_widget), len(broken)) == (40, 21, 13)
    reasons = {key: sum(key in found for _, _, found in summary.values()) for key in widget_keys}
    assert reasons == {"keyboard": 8, "sizes": 6, "no-target": 0, "no-controls": 0, "plain-text": 0}
    neither = [name for name, (widgets, toolbar, _) in summary.items() if not widgets and not toolbar]
    assert len(neither) == 6
    toolbar_keyboard = [name for name, (_, _, found) in summary.items() if "toolbar-keyboard" in found]
    assert len(toolbar_keyboard) == 4
    reviews = sorted(name for name, (_, _, found) in summary.items() if {"none", "none-no-zoom"} & set(found))
    assert reviews == ["cwce__500b350d-d38d-4fb0-9e81-75e0c95e95a8.html",
                       "magichtml__4e55eac42f97a6d97d14795891d2e24b715bec8c057c592a81c3d7ca08aafa10.html",
                       "mhxqwer-gjbcac.gov.cn__index.html",  # cac.gov.cn: the 党政机关网站标识 links to bszs.conac.cn
                       "mhxqwer-zyjhenan.gov.cn__index.html", "ndrc-wxcx-clone__corpinfo.html"]


def test_chinese_corpus_pins(corpus_summary):
    summary = corpus_summary
    assert summary["mhxqwer-mltjyt.zj.gov.cn__index.html"][2] == ["sizes"]  # doZoom(16/14/12)
    assert summary["mhxqwer-jchhp.gov.cn__index.html"][2] == ["keyboard", "sizes", "toolbar-keyboard"]
    assert summary["gne-other__1.html"][2] == ["keyboard"]  # 字号：默认 大 超大 as <span>s
    assert summary["mhxqwer-lklhfss.gov.cn__index.html"][2] == []  # links with role=button
    assert summary["gne-shanxi__1.html"][2] == []  # 放大 正常 缩小 links
