"""Edge cases of the rules for the ACT rules W3C classes "needs human": what they decide, what they leave to a
person, and what they skip (hidden content, Chinese pages, links and buttons)."""

from __future__ import annotations

import pytest

from a11ylint.registry import load_registry
from a11ylint.selection import MANUAL_REVIEW
from helpers import lint

LONG_ZH = ("各区县人民政府，市政府各部门：为切实做好春节期间安全生产工作，确保人民群众度过一个安全祥和的节日，"
           "现就有关事项通知如下。一、提高思想认识，二、强化责任落实，三、加强隐患排查。")
LONG_EN = ("The office is open from Monday to Friday, and the staff will help you with your application. If you have "
           "questions about your passport, you can call us or write to us. Please bring the form that you have "
           "filled in, with two photos and your old passport, to the counter that is nearest to the entrance.")

CASES = [
    # (rule, html, expected number of findings)
    # image-alt-filename: file names and placeholders fail; plain words, links to the file and hidden images do not
    ("IMG007", '<img src="a/DSC_0012.JPG" alt="DSC_0012.JPG">', 1),
    ("IMG007", '<img src="pic/20230512093011.png" alt="20230512093011">', 1),
    ("IMG007", '<img src="x.png" alt="图片">', 1),
    ("IMG007", '<img src="x.png" alt="图片1">', 1),
    ("IMG007", '<img src="x.png" alt="Image 2">', 1),
    ("IMG007", '<input type="image" src="go.gif" alt="go.gif">', 1),
    ("IMG007", '<img src="seal.png" alt="Seal">', 0),
    ("IMG007", '<img src="heavy-vehicle.png" alt="heavy-vehicle">', 0),
    ("IMG007", '<img src="a.png" alt="photo" hidden>', 0),
    ("IMG007", '<div aria-hidden="true"><img src="a.png" alt="image"></div>', 0),
    ("IMG007", '<a href="/gallery/"><img src="photos.png" alt="Photos"></a>', 0),
    ("IMG007", '<a href="/files/nyhavn.jpeg"><img src="nyhavn.jpeg" alt="nyhavn.jpeg"></a>', 0),
    ("IMG007", '<img src="a.png" alt="" role="presentation">', 0),
    ("IMG007", '<img src="a.png" alt="image" aria-label="Flood map of the north district">', 0),
    # image-alt-descriptive: every named image once; not the ones image-alt-filename fails
    ("IMG006", '<img src="a.png" alt="Map of the district">', 1),
    ("IMG006", '<img src="a.png" alt="Map"><img src="a.png" alt="Map">', 1),
    ("IMG006", '<img src="a.png" alt="image">', 0),
    ("IMG006", '<a href="/" aria-label="Home"><img src="logo.png" alt="Logo of the ministry"></a>', 0),
    ("IMG006", '<svg role="img" aria-label="Chart of applications"><rect width="5" height="5"/></svg>', 1),
    # decorative-image-check: hidden-from-AT images, not spacers, link content or hidden regions
    ("IMG008", '<img src="map.png" alt="">', 1),
    ("IMG008", '<img src="map.png" alt=""><img src="map.png" alt="">', 1),
    ("IMG008", '<img src="a.png" alt="W3C logo" aria-hidden="true">', 1),
    ("IMG008", '<img src="images/spacer.gif" alt="">', 0),
    ("IMG008", '<img src="line.png" alt="" width="1" height="40">', 0),
    ("IMG008", '<a href="/news/"><img src="icon.png" alt=""> News</a>', 0),
    ("IMG008", '<img src="a.png" alt="" style="display: none">', 0),
    ("IMG008", '<div aria-hidden="true"><img src="a.png" alt=""></div>', 0),
    ("IMG008", '<img src="a.png" alt="Flood map">', 0),
    # image-of-text
    ("IMG009", '<img src="banner.png" alt="">', 1),
    ("IMG009", '<div style="background-image: url(title.png)"></div>', 1),
    ("IMG009", '<img src="a.png" alt="x" hidden>', 0),
    ("IMG009", '<svg><text x="0" y="15">Real text</text></svg>', 0),
    # link-purpose: generic text with no context and no heading before it fails
    ("LNK002", '<a href="/tzgg/">更多>></a>', 1),
    ("LNK002", '<a href="/tzgg/">[详细]</a>', 1),
    ("LNK002", '<a href="/n">Read more »</a>', 1),
    ("LNK002", '<a href="/n">&gt;&gt;</a>', 1),
    ("LNK002", '<div role="link" tabindex="0">More</div>', 1),
    ("LNK002", '<p>通知公告 <a href="/tzgg/">更多</a></p>', 0),
    ("LNK002", '<h2>通知公告</h2><div><a href="/tzgg/">更多</a></div>', 0),
    ("LNK002", '<a href="/tzgg/" style="display: none">更多</a>', 0),
    ("LNK002", '<a href="/tzgg/" aria-label="更多通知公告">更多</a>', 0),
    ("LNK002", '<a href="/tzgg/" title="更多通知公告">更多</a>', 0),
    ("LNK002", '<table><tr><th>Annual report</th></tr><tr><td><a href="/r.pdf">Download here</a></td></tr></table>', 0),
    ("LNK002", '<a href="/tzgg/">通知公告</a>', 0),
    # link-purpose-link-only (AAA): generic text fails whatever its context
    ("LNK003", '<p>The budget is online. <a href="/b">Read more</a></p>', 1),
    ("LNK003", '<a href="/b">Read the 2024 budget</a>', 0),
    # link-purpose-review: one review per distinct text and destination
    ("LNK005", '<a href="/a">Annual report</a> <a href="/a">Annual report</a>', 1),
    ("LNK005", '<p>Notices <a href="/n">more</a></p>', 1),
    ("LNK005", '<a href="/n">更多</a>', 0),
    ("LNK005", '<a>Not a link</a>', 0),
    # identical-link-names
    ("LNK004", '<a href="/a">Contact us</a> <a href="/b">contact us</a>', 1),
    ("LNK004", '<a href="/a">Contact us</a> <a href="/a">Contact us</a>', 0),
    ("LNK004", '<base href="/x/"><a href="a.html">A</a> <a href="/x/a.html">A</a>', 0),
    ("LNK004", '<a href="/a">更多</a> <a href="/b">更多</a> <a href="/c">更多</a>', 1),
    ("LNK004", '<a href="/a">Contact us</a> <a href="/b" aria-hidden="true">Contact us</a>', 0),
    # identical-iframe-names, including frames nested in srcdoc
    ("IFR002", '<iframe title="Map" src="a.html"></iframe><iframe title="Map" src="b.html"></iframe>', 1),
    ("IFR002", '<iframe title="Map" src="a.html"></iframe><iframe title="Map" src="a.html"></iframe>', 0),
    ("IFR002", '<iframe title="Map" src="a.html"></iframe>'
               '<iframe srcdoc="<iframe title=\'Map\' src=\'b.html\'></iframe>"></iframe>', 1),
    ("IFR002", '<iframe title="Map" src="a.html"></iframe><iframe title="Map" src="b.html" hidden></iframe>', 0),
    # page titles
    ("DOC006", "<html><head><title>无标题文档</title></head></html>", 1),
    ("DOC006", "<html><head><title>新建网页 1</title></head></html>", 1),
    ("DOC006", "<html><head><title>Untitled-1</title></head></html>", 1),
    ("DOC006", "<html><head><title>index.html</title></head></html>", 1),
    ("DOC006", "<html><head><title>Passport renewal - Ministry of Foreign Affairs</title></head></html>", 0),
    ("DOC005", "<html><head><title>Ministry of Foreign Affairs</title></head></html>", 1),
    ("DOC005", "<html><head><title>无标题文档</title></head></html>", 0),
    ("DOC005", "<html><head><title> </title></head></html>", 0),
    # page language
    ("LNG004", f'<html lang="en"><head><title>通知</title></head><body><p>{LONG_ZH}</p></body></html>', 1),
    ("LNG004", f'<html lang="zh-CN"><body><p>{LONG_EN}</p></body></html>', 1),
    ("LNG004", f'<html lang="zh-CN"><body><p>{LONG_ZH}</p><p lang="en">{LONG_EN}</p></body></html>', 0),
    ("LNG004", f'<html lang="en"><body><p>{LONG_EN}</p><p>中文版</p></body></html>', 0),
    ("LNG004", f'<html lang="da"><body><p>{LONG_EN}</p></body></html>', 1),
    ("LNG004", f'<html lang="zh-Latn"><body><p>{LONG_EN}</p></body></html>', 0),
    ("LNG004", f'<html lang="en"><body><p hidden>{LONG_ZH}</p><p>Opening hours</p></body></html>', 0),
    ("LNG006", f'<html lang="en"><body><p>{LONG_EN}</p></body></html>', 0),
    ("LNG006", '<html lang="zh-CN"><body><p>办事指南</p></body></html>', 0),
    ("LNG006", '<html lang="mi"><body><p>Kia ora koutou</p></body></html>', 1),
    ("LNG006", "<html lang=\"en\"><body></body></html>", 0),
    # language of parts
    ("LNG005", '<html lang="zh-CN"><body><p>热线<span lang="EN-US">无障碍服务</span></p></body></html>', 1),
    ("LNG005", f'<html lang="zh-CN"><body><div lang="en"><p>{LONG_ZH}</p></div></body></html>', 1),
    ("LNG005", '<html lang="en"><body><p lang="zh" hidden>中文中文中文中文</p></body></html>', 0),
    ("LNG005", '<html lang="zh-CN"><body><span lang="en">NGO</span></body></html>', 0),
    ("LNG007", '<html lang="en"><body><a lang="fr" href="/fr/">Français</a> <a lang="zh" href="/zh/">中文</a></body></html>', 0),
    ("LNG007", '<html lang="en"><body><span lang="fr">Hij ging met de kippen op stok</span></body></html>', 1),
    ("LNG007", '<html lang="en"><body><span lang="zh">办事指南</span></body></html>', 0),
    # skip links
    ("NAV002", '<a href="#content">Skip to main content</a><main id="main">x</main>', 1),
    ("NAV002", '<a href="#zw">跳到正文</a><div id="zw" style="display: none">x</div>', 1),
    ("NAV002", '<a href="#content">Skip to main content</a><a name="content"></a><p>x</p>', 0),
    ("NAV002", '<a href="#top">Back to top</a>', 0),
    ("NAV002", '<a href="#x">Annual report</a>', 0),
    ("NAV006", '<html><body><a href="/">Home</a><p>x</p></body></html>', 1),
    ("NAV006", '<html><body><a href="#main">Skip to main content</a><main id="main">x</main></body></html>', 0),
    ("NAV006", '<html><body><a href="#c">Skip to content</a><aside id="c">x</aside></body></html>', 1),
    ("NAV001", '<html><body><a href="/">Home</a><main><p>x</p></main></body></html>', 0),
    ("NAV001", '<html><body><p>A page without links.</p></body></html>', 0),
    ("NAV001", '<html><body><div><a href="/">Home</a></div><p>x</p></body></html>', 1),
    ("NAV001", '<html><body><a href="/">Home</a><main aria-hidden="true"><p>x</p></main></body></html>', 1),
    ("NAV003", '<html><body><a href="/">Home</a><div role="main"><p>x</p></div></body></html>', 0),
    ("NAV003", '<html><body><a href="/">Home</a><main aria-hidden="true"><p>x</p></main></body></html>', 1),
    ("NAV004", '<html><body><a href="/">Home</a><main><h1>Notices</h1></main></body></html>', 0),
    ("NAV004", '<html><body><a href="/">Home</a><main><p>x</p></main></body></html>', 1),
    ("NAV005", '<html><body><a href="/">Home</a><main><p>x</p></main></body></html>', 0),
    ("NAV005", '<html><body><button aria-expanded="true">Menu</button><a href="/">Home</a><p>x</p></body></html>', 1),
    # keyboard traps
    ("KBD002", '<button onblur="this.focus()">OK</button>', 1),
    ("KBD002", '<input onblur="if (!valid(this)) this.focus()">', 0),
    ("KBD002", '<div onblur="this.focus()">Not focusable</div>', 0),
    ("KBD002", '<button onblur="this.focus()" hidden>OK</button>', 0),
    ("KBD003", '<input onblur="if (!valid(this)) this.focus()">', 1),
    ("KBD003", '<input onblur="if(this.value==\'\')this.value=\'请输入关键字\'">', 0),
    ("KBD003", '<button onblur="this.focus()">OK</button>', 0),
    ("KBD003", "<script>el.addEventListener('blur', function () { el.focus(); });</script>", 1),
    # shortcuts, motion, automatic updates
    ("KBD004", "<script>document.addEventListener('keydown', go);</script>", 1),
    ("KBD004", '<input type="search" onkeydown="if (event.keyCode == 13) search()">', 0),
    ("KBD004", '<div onkeypress="return WebForm_FireDefaultButton(event, \'go\')"></div>', 0),
    ("KBD004", '<a href="/" accesskey="h">Home</a>', 0),
    ("KBD005", "<script>window.addEventListener('devicemotion', shake);</script>", 1),
    ("KBD005", "<script>window.addEventListener('resize', layout);</script>", 0),
    ("DOC007", "<script>setInterval(tick, 1000);</script>", 1),
    ("DOC007", '<script src="/js/jquery.SuperSlide.2.1.js"></script>', 1),
    ("DOC007", '<div class="swiper-container"></div>', 1),
    ("DOC007", "<script>var year = new Date().getFullYear();</script>", 0),
    ("DOC007", "<marquee>Notice</marquee>", 0),
    # sensory characteristics
    ("DOC008", "<p>Find the menu on the right.</p>", 1),
    ("DOC008", "<p>请点击右上角的红色按钮提交。</p>", 1),
    ("DOC008", "<p>Fields marked in red are required.</p>", 1),
    ("DOC008", "<p>Everyone has the right to information.</p>", 0),
    ("DOC008", "<button>Red button</button>", 0),
    ("DOC008", '<p style="display: none">Find the menu on the right.</p>', 0),
    ("DOC008", "<p>红色旅游景区名录</p>", 0),
    # forms
    ("FRM003", "<label>First name <input name=fn></label>", 1),
    ("FRM003", '<label>First name <input name=fn type="hidden"></label>', 0),
    ("FRM003", '<label>First name <input name=fn disabled></label>', 0),
    ("FRM003", '<input name=q aria-label="Search">', 0),
    ("FRM004", '<form role="search"><input type="search" name="q"><button>Go</button></form>', 0),
    ("FRM004", '<form><input name="wd" placeholder="请输入关键字"><input type="submit" value="搜索"></form>', 0),
    ("FRM004", '<form><select name="s"><option>Related sites</option></select></form>', 0),
    ("FRM004", '<form><label>Name <input name="n" required></label><button>Send</button></form>', 1),
    ("FRM004", '<label>Email <input type="email" name="e"></label>', 1),
    # headings
    ("HDG002", "<h2>Opening hours</h2><p>Monday to Friday</p>", 1),
    ("HDG002", "<h2 hidden>Opening hours</h2><p>Monday to Friday</p>", 0),
    ("HDG002", "<h2></h2>", 0),
    ("HDG002", '<div role="heading" aria-level="2">办事指南</div>', 1),
    # media
    ("MED001", '<video src="a.mp4" controls></video>', 1),
    ("MED001", '<video src="a.mp4" controls style="display: none"></video>', 0),
    ("MED001", '<embed src="briefing.flv" type="video/x-flv">', 1),
    ("MED001", '<audio src="a.mp3" controls></audio>', 0),
    ("MED003", '<audio src="a.mp3" controls></audio>', 1),
    ("MED003", '<audio src="a.mp3"></audio>', 0),
    ("MED005", '<video src="a.mp4" autoplay muted></video>', 0),
    ("MED005", '<audio src="a.mp3" autoplay hidden></audio>', 1),
    ("MED005", '<embed src="a.mp4" autostart="true">', 1),
    ("MED005", '<embed src="a.mp4" autostart="false">', 0),
]


def _findings(code: str, html: str):
    return [finding for finding in lint(html, select=(code,)) if finding.code == code and not finding.suppressed]


@pytest.mark.parametrize("code, html, expected", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_review_rule_case(code, html, expected):
    assert len(_findings(code, html)) == expected


DECIDED = ["IMG007", "LNK002", "LNK003", "DOC006", "LNG004", "LNG005", "NAV002", "KBD002"]


@pytest.mark.parametrize("code", DECIDED)
def test_decidable_rules_fail_and_are_on_by_default(code):
    rule = load_registry().get(code)
    assert MANUAL_REVIEW not in rule.tags
    outcomes = {finding.outcome for c, html, n in CASES if c == code and n for finding in _findings(code, html)}
    assert outcomes == {"fail"}


def test_review_only_rules_never_fail_and_are_tagged_manual_review():
    registry = load_registry()
    review_codes = sorted({code for code, _, _ in CASES} - set(DECIDED))
    for code in review_codes:
        assert MANUAL_REVIEW in registry.get(code).tags, code
        outcomes = {finding.outcome for c, html, n in CASES if c == code and n for finding in _findings(code, html)}
        assert outcomes == {"needs-review"}, code


def test_review_rules_are_not_in_the_default_preset():
    codes = {finding.code for finding in lint('<img src="map.png" alt=""><a href="/">Home</a><h2>News</h2>')}
    assert not codes & {"IMG008", "NAV001", "HDG002", "LNK005"}


def test_messages_are_bilingual_and_quote_the_content():
    html = '<html lang="zh-CN"><body><img src="pic/1.png" alt="图片"></body></html>'
    english = _findings("IMG007", html)
    chinese = [finding for finding in lint(html, select=("IMG007",), lang="zh") if finding.code == "IMG007"]
    assert "图片" in english[0].message and "placeholder" in english[0].message
    assert "占位词" in chinese[0].message
