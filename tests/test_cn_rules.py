"""The Chinese government-site rules (CN002-CN016, CN022, CN025, CN031): self-contained cases on Chinese and
English pages, the shared helpers of a11ylint.cnmarks, pinned results on real pages of ../shared/corpus/cn
(skipped when ../shared is absent), and the seed page under the gov-cn profile."""

from __future__ import annotations

from datetime import date

import pytest

import re
from pathlib import Path

from a11ylint import Config, Linter, cnmarks
from a11ylint.registry import load_registry

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

REGISTRY = load_registry()
CODES = ("CN002", "CN003", "CN004", "CN005", "CN006", "CN007", "CN011", "CN012", "CN013", "CN014", "CN015", "CN016",
         "CN022", "CN025", "CN031")


def findings(html: str, code: str, lang: str = "en", **options):
    config = Config(select=(code,), lang=lang, rule_options={code: options} if options else {})
    result = Linter(config, REGISTRY).lint_text(html, "page.html")
    crashes = [finding.message for finding in result.findings if finding.code == "SYS002"]
    assert not crashes, crashes
    return [finding for finding in result.findings if finding.code == code]


def page(body: str, head: str = "", lang: str = "zh-CN", title: str = "通知公告") -> str:
    return f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>{body}</body></html>'


MAIN = "<main><p>关于开展安全生产检查工作的通知。各乡镇人民政府、县直各部门：现将有关事项通知如下。</p></main>"
GOOD_FOOTER = ('<footer>主办单位：某某县人民政府办公室 联系电话：0471-4825916 网站标识码：1101060001 '
               '<a href="https://beian.miit.gov.cn/">京ICP备05070218号-1</a> '
               '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202000001">'
               '京公网安备 11010202000001号</a> '
               '<a href="https://bszs.conac.cn/sitename?method=show&amp;id=1"><img src="/red.png" alt="党政机关网站标识"></a>'
               '</footer>')
HOME = '<meta name="SiteIDCode" content="1101060001"><link rel="canonical" href="https://www.a.gov.cn/">'
EN_PAGE = ('<html lang="en"><head><title>Notice</title></head><body><main><p>The office is open from Monday to Friday.'
           '</p></main><footer>Contact us: info@example.gov</footer></body></html>')

SIGN_EN = '<meta name="SiteIDCode" content="1100000088">'
FOOTER_EN = "<footer>Sponsored by: The General Office of Beijing Municipal People's Government {}</footer>"
ARTICLE_EN = ('<h1>Beijing extends opening hours</h1><p>{}</p><p>Service centres now open on Saturdays.</p>'
              '<footer>Website Identification Code: 1100000088</footer>')


def en_page(body: str, head: str = SIGN_EN) -> str:
    """A page of the English version of a Chinese government site (marked by its SiteIDCode meta)."""
    if "<h1>" in body and head:
        head += '<meta name="PubDate" content="2024-05-01 09:30"><meta name="ContentSource" content="Xinhua">'
    return page(body, head=head, lang="en", title="Beijing International")


CASES = [
    # (code, html, expected number of findings, options)
    # --- CN002 site-id-code
    ("CN002", page(MAIN + GOOD_FOOTER), 0, {}),
    ("CN002", page(MAIN + "<footer>主办：某某县人民政府办公室</footer>"), 1, {}),
    ("CN002", page(MAIN + "<footer>政府网站标识码：<span>4401120001</span></footer>"), 0, {}),
    ("CN002", page(MAIN + "<footer>网站识别码：4400000106</footer>"), 0, {}),
    ("CN002", page(MAIN + "<footer>网站标识码： 技术支持：某某公司</footer>"), 1, {}),
    ("CN002", page(MAIN + '<div id="footer"></div>'), 1, {}),  # review: the footer is filled by a script
    ("CN002", page(MAIN + "<footer><script>document.write('网站标识码：4400000131')</script></footer>"), 0, {}),
    ("CN002", EN_PAGE, 0, {}),
    ("CN002", page(MAIN + "<footer>站点编码 4401120001</footer>"), 0, {"labels": ["站点编码"]}),
    ("CN002", page("<p>Welcome</p><footer>Contact</footer>", head='<meta name="SiteIDCode" content="1101060001">',
                   lang="en", title="Home"), 1, {}),
    # --- CN022 site-id-format
    ("CN022", page(MAIN + "<footer>网站标识码：45000001</footer>"), 1, {}),
    ("CN022", page(MAIN + "<footer>网站标识码：9900000001</footer>"), 1, {}),
    ("CN022", page(MAIN + "<footer>网站标识码：BM07000001</footer>"), 0, {}),
    ("CN022", page(MAIN + "<footer>网站标识码：4401150002ICP备案号：粤ICP备2023100790号-1</footer>"), 0, {}),
    ("CN022", page(MAIN + "<footer>网站标识码：45000001</footer>"), 0, {"formats": [r"\d{8}"]}),
    # --- CN003 site-id-meta
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="SiteIDCode" content="1101060001">'), 0, {}),
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="siteidcode" content="1101060002">'), 1, {}),
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="SiteIDCode" content="">'), 1, {}),
    ("CN003", page(MAIN + GOOD_FOOTER), 1, {}),
    ("CN003", page(MAIN + GOOD_FOOTER), 0, {"require-meta": False}),
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="SiteIDCode" content="1101060001">'
                   '<meta name="SiteIDCode" content="1101060009">'), 2, {}),
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="SiteDomain" content="www.a.gov.cn">'
                   '<link rel="canonical" href="https://b.gov.cn/x.html">', ), 2, {}),  # + missing SiteIDCode
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="SiteIDCode" content="1101060001">'
                   '<meta name="SiteDomain" content="http://www.a.gov.cn/,a.gov.cn">'
                   '<link rel="canonical" href="https://news.a.gov.cn/x.html">'), 0, {}),
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="SiteIDCode" content="1101060001">'
                   '<meta name="SiteDomain" content="某某县 政府">'), 1, {}),
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="SiteIDCode" content="1101060001">'
                   '<meta name="SiteName" content="齐齐哈尔市人民政府">'), 1, {}),
    ("CN003", page(MAIN + GOOD_FOOTER, head='<meta name="SiteIDCode" content="1101060001">'
                   '<meta name="SiteName" content="某某县人民政府门户网站">'), 0, {}),
    # --- CN004 conac-badge
    ("CN004", page(MAIN + GOOD_FOOTER), 0, {}),
    ("CN004", page(MAIN + "<footer>主办：某某县人民政府办公室 网站标识码：1101060001</footer>"), 1, {}),
    ("CN004", page(MAIN + "<footer>版权所有：某某科技有限公司 京ICP备12345678号</footer>"), 0, {}),  # no government sign
    ("CN004", page(MAIN + '<footer><a href="https://beian.miit.gov.cn/">京ICP备12345678号</a> '
                   '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202000001">备案</a>'
                   '</footer>'), 0, {}),  # links to the filing systems are no sign of a government site
    ("CN004", page(MAIN + '<footer><a href="https://www.gov.cn/">中国政府网</a></footer>'), 1, {}),
    ("CN004", page(MAIN, head='<link rel="canonical" href="https://www.mmq.gov.cn/1.html">'), 1, {}),
    ("CN004", page(MAIN + '<footer>网站标识码：1101060001<span id="_ideConac"></span>'
                   '<script src="https://dcs.conac.cn/js/33/000/0000/60477468/CA3300.js"></script></footer>'), 0, {}),
    ("CN004", page(MAIN + '<footer><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1">'
                   '<img id="imgConac" src="https://dcs.conac.cn/image/red.png"></a></footer>'), 1, {}),
    ("CN004", page(MAIN + '<footer><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1">'
                   '<img src="/red.png" alt=""></a></footer>'), 1, {}),
    ("CN004", page(MAIN + '<footer><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1" title="党政机关">'
                   '<img src="/red.png" alt=""></a></footer>'), 0, {}),
    ("CN004", page(MAIN + '<footer><a href="https://bszs.conac.cn/x"><img id="imgConac" src="red.png" '
                   'role="imagelink" aria-label="党政机关链接图片"></a></footer>'), 0, {}),
    ("CN004", page(MAIN + '<footer><img src="https://dcs.conac.cn/image/red_error.png" alt="党政机关"></footer>'), 1, {}),
    # --- CN005 icp-record
    ("CN005", page(MAIN + GOOD_FOOTER), 0, {}),
    ("CN005", page(MAIN + "<footer>主办：某某县人民政府办公室</footer>"), 1, {}),
    ("CN005", page(MAIN + "<footer><a>晋ICP备12000773号</a></footer>"), 1, {}),
    ("CN005", page(MAIN + '<footer><a href="javascript:;">蒙ICP备05000248号</a></footer>'), 1, {}),
    ("CN005", page(MAIN + '<footer><a href="javascript:;">蒙ICP备05000248号</a> '
                   '<a href="https://beian.miit.gov.cn/">蒙ICP备05000248号</a></footer>'), 0, {}),
    ("CN005", page(MAIN + '<footer><span>赣</span>ICP<span>备</span>17015617<span>号</span> '
                   '<a href="http://beian.miit.gov.cn">备案查询</a></footer>'), 0, {}),
    ("CN005", page(MAIN + '<footer><a href="http://www.miitbeian.gov.cn/">京ICP备05070218号</a></footer>'), 0, {}),
    ("CN005", page(MAIN + '<footer><a href="//beian.miit.gov.cn.ipv6.example.com/">赣ICP备11002306号-1</a></footer>'),
     1, {}),
    ("CN005", EN_PAGE, 0, {}),
    # --- CN025 icp-record-format
    ("CN025", page(MAIN + GOOD_FOOTER), 0, {}),
    ("CN025", page(MAIN + "<footer>蒙ICP备 05006530</footer>"), 1, {}),
    ("CN025", page(MAIN + "<footer>蜀ICP备：19007388号</footer>"), 1, {}),
    ("CN025", page(MAIN + "<footer>ICP备案号：粤ICP备2023100790号-1</footer>"), 0, {}),
    ("CN025", page(MAIN + "<footer>备案号：ICP备12345678号</footer>"), 1, {}),
    ("CN025", page(MAIN + "<footer>京ICP证030173号</footer>"), 0, {}),
    ("CN025", page(MAIN + '<footer><a href="http://www.beian.miit.gov.cn/">京ICP备05070218号</a></footer>'), 1, {}),
    ("CN025", page(MAIN + '<footer><a href="https://www.beian.miit.gov.cn/">京ICP备05070218号</a></footer>'), 0, {}),
    ("CN025", page(MAIN + '<footer><a href="http://miibeian.gov.cn/">京ICP备05070218号</a></footer>'), 1, {}),
    # --- CN006 police-record
    ("CN006", page(MAIN + GOOD_FOOTER), 0, {}),
    ("CN006", page(MAIN + "<footer>京公网安备 1101020200000号</footer>"), 1, {}),
    ("CN006", page(MAIN + "<footer>粤公网安备 11010202000001号</footer>"), 1, {}),
    ("CN006", page(MAIN + '<footer><a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010202000001">'
                   '京公网安备11010202000001号</a></footer>'), 0, {}),
    ("CN006", page(MAIN + '<footer><a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010202000002">'
                   '京公网安备11010202000001号</a></footer>'), 1, {}),
    ("CN006", page(MAIN + "<footer>京公网安备11010202008000号</footer>"), 0, {}),
    ("CN006", page(MAIN + "<footer>京公网安备11010202008000号</footer>"), 1, {"require-link": True}),
    # --- CN007 sponsor-contact
    ("CN007", page(MAIN + GOOD_FOOTER), 0, {}),
    ("CN007", page(MAIN + "<footer>版权所有：某某县人民政府 电话：0471-4825916</footer>"), 1, {}),
    ("CN007", page(MAIN + "<footer>巴彦淖尔市人民政府办公室（主办） 邮箱：bynrszf@163.com</footer>"), 0, {}),
    ("CN007", page(MAIN + '<footer>主办：某某县人民政府办公室 <a href="mailto:a@b.gov.cn">写信</a></footer>'), 0, {}),
    ("CN007", page(MAIN + "<footer>主办：某某县人民政府办公室 网站标识码：1101060001</footer>"), 1, {}),
    ("CN007", page(MAIN + "<footer>某某县人民政府办公室主办</footer>"), 1, {}),  # sponsor yes, contact no
    ("CN007", page("<p>由县文化馆主办，，活动由县图书馆承办。</p>" * 3 + "<footer>版权所有</footer>"), 2, {}),
    ("CN007", page(MAIN + '<div class="footer"></div>'), 0, {}),
    ("CN007", EN_PAGE, 0, {}),
    # --- CN011 article-metadata
    ("CN011", page('<h1>关于开展安全检查的通知</h1><p>来源：县应急局</p>' + MAIN,
                   head='<meta name="ArticleTitle" content="关于开展安全检查的通知">'), 1, {}),
    ("CN011", page('<h1>关于开展安全检查的通知</h1><p>发布时间：2024-06-13</p>' + MAIN,
                   head='<meta name="ArticleTitle" content="关于开展安全检查的通知">'), 0, {}),
    ("CN011", page('<h1>关于开展安全检查的通知</h1><ul><li class="bb">2022-02-11 09:52</li></ul>' + MAIN,
                   head='<meta name="ArticleTitle" content="关于开展安全检查的通知">'), 0, {}),
    ("CN011", page('<h1>关于开展安全检查的通知</h1><ul><li><a href="/1.html">另一篇文章</a> 2023-07-12</li></ul>' + MAIN,
                   head='<meta name="ArticleTitle" content="关于开展安全检查的通知">'), 1, {}),
    ("CN011", page('<table><tr><td>生成日期：</td><td>2023-05-11</td></tr></table><h1>统计公报</h1>' + MAIN,
                   head='<meta name="ArticleTitle" content="统计公报">'), 0, {}),
    ("CN011", page('<h1>关于开展安全检查的通知</h1><p>留言时间：2024-06-13</p>' + MAIN,
                   head='<meta name="PubDate" content="2024-06-13">'), 1, {}),
    ("CN011", page('<h1>关于开展安全检查的通知</h1><p>印发时间：2024-06-13</p>' + MAIN,
                   head='<meta name="PubDate" content="2024-06-13">'), 0, {"date-labels": ["印发时间"]}),
    ("CN011", page('<h2>通知</h2><p><span>来源：县统计局</span><span>发布日期：2024-06-05 </span></p>' + MAIN,
                   head='<meta name="PubDate" content="2024-06-05">'), 0, {}),  # labels glued by inline elements
    ("CN011", page(MAIN), 0, {}),  # not an article page
    # --- CN031 article-metadata-consistency
    ("CN031", page('<h1>通知</h1><p>发布时间：2024-06-13 来源：县应急管理局</p>' + MAIN,
                   head='<meta name="PubDate" content="2024-06-13 10:00"><meta name="ContentSource" content="县应急管理局">'),
     0, {}),
    ("CN031", page('<h1>通知</h1><p>发布时间：2024/6/14 来源：县应急管理局</p>' + MAIN,
                   head='<meta name="PubDate" content="2024-06-13 10:00">'), 1, {}),
    ("CN031", page('<h1>通知</h1><p>来源：某某日报 发布时间：2024-06-13</p>' + MAIN,
                   head='<meta name="PubDate" content="2024-06-13"><meta name="ContentSource" content="县政府网">'), 1, {}),
    ("CN031", page('<h1>通知</h1><p>【来源：综合自学习强国、川观新闻、成都...】 发布日期：2024-06-13</p>' + MAIN,
                   head='<meta name="PubDate" content="2024-06-13">'
                   '<meta name="ContentSource" content="综合自学习强国、川观新闻、成都体育学院">'), 0, {}),
    ("CN031", page('<h1>通知</h1><p>发布时间：2024-06-13 来源:安岳县阅读次数:2160</p>' + MAIN,
                   head='<meta name="PubDate" content="2024-06-13"><meta name="ContentSource" content="安岳县">'), 0, {}),
    ("CN031", page('<h1>通知</h1><p>来源： 访问量：199 发布日期：2017-05-15</p>' + MAIN,
                   head='<meta name="PubDate" content="2017-05-15">'), 1, {}),
    ("CN031", page('<h1>通知</h1><p>发布时间：2024-06-13</p>' + MAIN + '<p>数据来源：县统计局</p>',
                   head='<meta name="PubDate" content="2024-06-13">'), 1, {}),
    ("CN031", page('<h1>通知</h1><p>发布时间：2024-06-13</p>' + MAIN + '<p>出处：县统计局</p>',
                   head='<meta name="PubDate" content="2024-06-13">'), 0, {"source-labels": ["出处"]}),
    # --- CN012 blank-column
    ("CN012", page('<h1>政策解读</h1><ul class="list"><li>暂无信息</li></ul>'), 1, {}),
    ("CN012", page('<div class="con"><div class="tip"><span>该栏目正在建设中，敬请期待！</span></div></div>'), 1, {}),
    ("CN012", page('<div class="empty" hidden>暂无数据</div>' + MAIN), 0, {}),
    ("CN012", page('<p>目前，县人民医院新院区项目正在建设中，预计明年六月投入使用。</p>'), 0, {}),
    ("CN012", page('<ul class="news-list"></ul>', head='<meta name="ColumnName" content="通知公告">'), 1, {}),
    ("CN012", page('<ul class="news-list"></ul>', head='<meta name="ColumnName" content="通知公告">'
                   '<meta name="ArticleTitle" content="某文章">'), 0, {}),
    ("CN012", page('<ul class="list"><li>本栏目暂未发布</li></ul>'), 1, {"placeholders": ["暂未发布"]}),
    # --- CN013 link-hygiene (Chinese and English pages)
    ("CN013", page('<p><a href="file:///C:/Users/admin/通知.docx">通知</a></p>'), 1, {}),
    ("CN013", page('<p><img src="C:\\Users\\admin\\clip_image002.jpg" alt="图"></p>'), 1, {}),
    ("CN013", page('<p><a href="http://10.1.2.3/oa/">办公系统</a><a href="http://172.20.0.5/">内网</a>'
                   '<a href="http://172.32.0.5/">外网</a><a href="http://localhost:8080/">本机</a></p>'), 3, {}),
    ("CN013", page('<p><a href="http://oa.zf.local/">OA</a><a href="http://oa.zf.gov.cn/">OA</a></p>'), 1, {}),
    ("CN013", page('<p><img src="http://www.a.gov.cn/a.png" alt="图"><a href="http://www.b.gov.cn/">链接</a></p>',
                   head='<link rel="canonical" href="https://www.a.gov.cn/1.html">'), 1, {}),
    ("CN013", page('<p><img src="http://www.a.gov.cn/a.png" alt="图"></p>',
                   head='<meta name="SiteDomain" content="https://www.a.gov.cn/">'), 1, {}),
    ("CN013", page('<p><img src="http://www.a.gov.cn/a.png" alt="图"></p>',
                   head='<link rel="stylesheet" href="http://www.a.gov.cn/a.css">'), 0, {}),  # page not known as https
    ("CN013", page('<div class="nav"><a href="#">政务公开</a><a href="javascript:void(0)">政务服务</a>'
                   '<a href="/">首页</a></div>'), 1, {}),
    ("CN013", page('<div class="topmenu"><a href="#" aria-haspopup="true">政务公开</a></div>'), 0, {}),
    ("CN013", page('<div class="content"><a href="#">返回顶部</a></div>'), 0, {}),
    ("CN013", page('<div class="daohang"><a href="#">政务公开</a></div>'), 0, {"navigation-names": ["^nav$"]}),
    ("CN013", '<html lang="en"><head><title>Notice</title><link rel="canonical" href="https://www.example.gov/">'
              '<script src="http://cdn.example.com/app.js"></script></head><body><nav><a href="#">Services</a>'
              '<a href="http://192.168.0.10/intranet/">Staff</a></nav></body></html>', 3, {}),
    ("CN013", EN_PAGE, 0, {}),
    # --- CN014 personal-data (Chinese and English pages)
    ("CN014", page("<table><tr><th>姓名</th><th>身份证号</th></tr><tr><td>张三</td><td>11010519491231002X</td></tr></table>"),
     1, {}),
    ("CN014", page("<p>张三 11010519491231002x 李四 110105********002X</p>"), 1, {}),
    ("CN014", page("<p>张三 110105194912310021</p>"), 0, {}),  # wrong check character
    ("CN014", page("<p>编号 990105194912310025 日期 110105199913310021</p>"), 0, {}),  # no province / no date
    ("CN014", page("<p>申请人王五，手机13812345678，已受理。</p>"), 1, {}),
    ("CN014", page("<p>联系人：王老师，联系电话：13912345678。</p><p>值班：13912345678</p>"), 0, {}),
    ("CN014", page("<p>京ICP备13812345678号 时间戳 1718000000000 编号 138123456789</p>"), 0, {}),
    ("CN014", page("<p>原文：http://www.a.gov.cn/art/2024/art_13812345678.html</p>"), 0, {}),
    ("CN014", page("<p>退款银行卡号：6222021234567890128</p>"), 1, {}),
    ("CN014", page("<table><tr><th>姓名</th><th>银行账号</th></tr><tr><td>张三</td><td>6222 0212 3456 7890 128</td></tr>"
                   "</table>"), 1, {}),
    ("CN014", page("<p>户名：某某县财政局 账号：6222021234567890128</p>"), 0, {}),
    ("CN014", page("<p>项目编号 6222021234567890128</p>"), 0, {}),  # no card context
    ("CN014", page("<p>账号：6222021234567890127</p>"), 0, {}),  # fails the Luhn check
    ("CN014", page('<form><input name="sfz" value="11010519491231002X"></form>'), 1, {}),
    ("CN014", page("<p>会员号 6222021234567890128</p>"), 1, {"card-context": ["会员号"]}),
    ("CN014", '<html lang="en"><head><title>Visa</title></head><body><p>Applicant: Zhang San, resident ID '
              '11010519491231002X, mobile 13812345678.</p></body></html>', 2, {}),
    ("CN014", EN_PAGE, 0, {}),
    # --- CN015 elderly-mode-entry
    ("CN015", page('<div class="top"><a href="/">首页</a></div>', title="某某市人民政府门户网站", head=HOME), 1, {}),
    ("CN015", page('<div class="top"><a href="/ghb/">关怀版</a></div>', title="某某市人民政府门户网站", head=HOME), 0, {}),
    ("CN015", page('<div class="top"><span onclick="aria.start()">长者模式</span></div>', title="某某市人民政府",
                   head=HOME.replace('.cn/"', '.cn/index.html"')), 0, {}),
    ("CN015", page('<div class="top"><a href="javascript:aria.start()">无障碍</a></div>', title="某某市人民政府",
                   head=HOME), 0, {"entries": ["无障碍"]}),
    ("CN015", page('<div class="top"><a href="/">首页</a></div>', title="某某市人民政府门户网站",
                   head=HOME.replace('.cn/"', '.cn/tzgg/"')), 0, {}),  # not the home page
    ("CN015", page('<div class="top"><a href="/">首页</a></div>', title="某某科技有限公司",
                   head='<link rel="canonical" href="https://www.example.com/">'), 0, {}),  # no government sign
    # --- CN016 popup-ads
    ("CN016", page('<div id="piao" style="position:absolute"><a href="/zt/">专题</a></div>'
                   '<script>setInterval(move, 30)</script>'), 1, {}),
    ("CN016", page('<div class="couplet-left"><img src="l.jpg" alt="对联"></div>'
                   '<style>.couplet-left{position:fixed;left:0;top:100px}</style>'
                   '<script src="/js/couplet.js"></script>'), 1, {}),
    ("CN016", page('<div id="piao"><a href="/zt/">专题</a></div>'), 0, {}),  # not positioned, nothing moves it
    ("CN016", page('<div class="float-left" style="position:absolute">导航</div><script>setInterval(f, 30)</script>'),
     0, {}),
    ("CN016", page(MAIN + "<script>window.onload = function () { window.open('/tz.html', 'tz'); };</script>"), 1, {}),
    ("CN016", page(MAIN + "<script>function share(){ window.open('https://weibo.com/share?u=' + location.href); }"
                   "$('.share').on('click', function(){ window.open(u); });</script>"), 0, {}),
    ("CN016", page('<div id="adbox" style="position:fixed">广告</div><script>setInterval(f, 30)</script>'), 1,
     {"names": ["adbox"]}),
    # --- English versions of Chinese government sites: English marks, whole words in any case
    ("CN001", en_page(FOOTER_EN.format('<a href="/x/1.html">Homeless shelters</a>')), 1, {"required": ["home"]}),
    ("CN001", en_page(FOOTER_EN.format('<a href="/x/1.html">HOME</a>')), 0, {"required": ["home"]}),
    ("CN001", en_page('<footer><a href="/a/1.html">Contactless payment</a> <a href="/b/2.html">Site Map</a></footer>'),
     1, {}),
    ("CN001", en_page('<footer><a href="/a/1.html">Contact Us</a> <a href="/b/2.html">Sitemap</a></footer>'), 0, {}),
    ("CN004", en_page("<footer>Sponsored by: Beijing Municipal People's Government</footer>", head=""), 1, {}),
    ("CN004", en_page("<footer>Sponsored by: the Department of Health</footer>", head=""), 0, {}),  # no sign
    ("CN005", en_page(FOOTER_EN.format("beijing icp prep no. 05070218")), 1, {}),
    ("CN005", en_page(FOOTER_EN.format('<a href="https://beian.miit.gov.cn/">ICP No. 京ICP备05070218号</a>')), 0, {}),
    ("CN006", en_page(FOOTER_EN.format("Public Security Filing No. 11010502030143")), 0, {}),
    ("CN006", en_page(FOOTER_EN.format("Guangdong Public Security Record No.: 11010502030143")), 1, {}),
    ("CN007", en_page(FOOTER_EN.format('<a href="/a/1.html">Contactless payments</a>')), 1, {}),
    ("CN007", en_page(FOOTER_EN.format("Tel: +86-10-12345678")), 0, {}),
    ("CN007", en_page("<footer>Organized by: Beijing Big Data Centre. Email: info@beijing.gov.cn</footer>"), 1, {}),
    ("CN011", en_page(ARTICLE_EN.format("Update: 2024-05-01")), 1, {}),
    ("CN011", en_page(ARTICLE_EN.format("updated: 2024-05-01")), 0, {}),
    ("CN011", en_page(ARTICLE_EN.format("DATE: 2024-05-01")), 0, {}),
    ("CN011", en_page(ARTICLE_EN.format("Source: Xinhua")), 1, {}),
    ("CN011", en_page(ARTICLE_EN.format("Source: Xinhua"), head='<meta name="PubDate" content="2024-05-01">'), 0,
     {}),  # an English page without SiteIDCode meta or .gov.cn address is not checked
    ("CN031", en_page(ARTICLE_EN.format("date: 2024-04-30 Source: Xinhua")), 1, {}),
    ("CN031", en_page(ARTICLE_EN.format("Date: 2024-05-01 | From: Xinhua")), 0, {}),
    ("CN031", en_page(ARTICLE_EN.format("Date: 2024-05-01 Sources: Xinhua")), 1, {}),  # not the label
    ("CN012", en_page('<ul class="list"><li>no records</li></ul>'), 1, {}),
    ("CN012", en_page('<ul class="list"><li>No database entries yet</li></ul>'), 0, {}),
    ("CN012", '<html lang="en"><head><title>News</title></head><body><ul class="list"><li>Coming soon</li></ul>'
              '</body></html>', 0, {}),  # not a government page
]


@pytest.mark.parametrize("code, html, expected, options", CASES,
                         ids=[f"{case[0]}-{index}" for index, case in enumerate(CASES)])
def test_case(code, html, expected, options):
    found = findings(html, code, **options)
    assert len(found) == expected, [finding.message for finding in found]


def test_every_rule_is_registered_with_its_metadata():
    for code in CODES:
        rule = REGISTRY.get(code)
        assert rule is not None, code
        assert rule.jurisdiction == ("CN",)
        assert rule.requirements and rule.fix is not None and rule.fix.zh
        assert "## Corpus" in rule.doc, code


def test_unverified_requirements_are_warnings_and_say_so():
    # research/COMPLIANCE.md marks these sources "?" (or the rule is a heuristic): warning, and the docs say so.
    for code in ("CN002", "CN003", "CN007", "CN022", "CN025", "CN031"):
        rule = REGISTRY.get(code)
        assert rule.severity == "warning", code
        assert "not verified" in rule.doc or "unverified" in rule.doc, code
    for code in ("CN004", "CN005", "CN011", "CN014"):
        assert REGISTRY.get(code).severity == "error", code


SAMPLE_DATA = {"code": "4500000123", "codes": "1, 2", "meta": "x", "number": "蒙ICP备05006530号", "target": "x.com",
               "problems": "缺少“号”字", "suggestion": "", "address": "http://x", "count": 2, "expected": 14,
               "abbreviation": "京", "linked": "1", "shown": "2", "name": "某某", "domain": "a.gov.cn",
               "host": "b.gov.cn", "signs": "列有网站标识码", "image": "red_error.png", "date": "2024-06-13",
               "label": "来源", "text": "暂无信息", "tag": "img", "kind": "内网地址", "names": "首页"}


@pytest.mark.parametrize("code", CODES)
def test_messages_render_in_both_languages(code):
    rule = REGISTRY.get(code)
    for key, text in rule.messages.items():
        for lang in ("en", "zh"):
            rendered = text.render(lang, **SAMPLE_DATA)
            assert "{" not in rendered and "}" not in rendered, (code, key, rendered)
        zh = text.render("zh", **SAMPLE_DATA)
        # Chinese messages are written in Chinese, with Chinese punctuation, not English sentences.
        assert "；" in zh or "。" in zh or zh.endswith(("置", "认", "充", "致")), (code, key, zh)
        assert not any(word in zh for word in (" the ", " and ", " must ", " should ")), (code, key, zh)


def test_findings_are_reported_in_chinese_with_lang_zh():
    found = findings(page(MAIN + "<footer>主办：某某县人民政府办公室</footer>"), "CN005", lang="zh")
    assert found[0].message.startswith("本页面未展示 ICP 备案号")
    found = findings(page(MAIN + "<footer>网站标识码：1101060001 粤公网安备 11010202000001号</footer>"), "CN006", lang="zh")
    assert "前两位 11 与省份简称“粤”不符" in found[0].message


def test_personal_data_is_masked_in_the_message():
    found = findings(page("<p>张三 11010519491231002X 手机 13812345678 卡号 6222021234567890128</p>"), "CN014")
    messages = " ".join(finding.message for finding in found)
    assert "110105********002X" in messages and "138****5678" in messages and "622202*********0128" in messages
    assert "11010519491231002X" not in messages and "13812345678" not in messages
    assert "6222021234567890128" not in messages


# --- helpers ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("number, valid", [
    ("11010519491231002X", True), ("11010519491231002x", True), ("110105194912310021", False),
    ("990105194912310025", False), ("110105209912310020", False), ("1101051949123100", False),
])
def test_resident_id_check(number, valid):
    assert cnmarks.resident_id_valid(number, today=date(2025, 1, 1)) is valid


def test_luhn_and_mask():
    assert cnmarks.luhn_valid("6222021234567890128") and not cnmarks.luhn_valid("6222021234567890127")
    assert cnmarks.mask("110101199003071234", 6, 4) == "110101********1234"
    assert cnmarks.mask("13812345678", 3, 4) == "138****5678"


def test_english_source_names_run_to_the_next_label():
    html = en_page(ARTICLE_EN.format("Source: Beijing Municipal Government Date: 2024-05-01"))
    (finding,) = findings(html, "CN031")
    assert 'shows the source "Beijing Municipal Government", but its ContentSource metadata says "Xinhua"' in \
        finding.message


@pytest.mark.parametrize("value, problem", [
    ("4401120001", None), ("bm01000001", None), ("45000001", "format"), ("bm0700001", "format"),
    ("9900000001", "province"), ("44011200011", "format"),
])
def test_site_id_problem(value, problem):
    assert cnmarks.site_id_problem(value) == problem


@pytest.mark.parametrize("text, canonical, problems", [
    ("粤ICP备2022017031号-1", "粤ICP备2022017031号-1", ()),
    ("鄂ICP备19031037-2号", "鄂ICP备19031037号-2", ("suffix-order",)),
    ("蒙ICP备 05006530", "蒙ICP备05006530号", ("no-hao",)),
    ("蜀ICP备：19007388号", "蜀ICP备19007388号", ("colon",)),
    ("京ICP证030173号", "京ICP证030173号", ()),
    ("Beijing ICP Prep. No. 05070218", "京ICP备05070218号", ()),
    ("Guangdong ICP License No.: 030173", "粤ICP证030173号", ()),
    ("ICP Filing No. 05070218-1", "ICP备05070218号-1", ("province",)),
])
def test_icp_numbers_are_parsed(text, canonical, problems):
    from a11ylint.context import RuleContext
    from a11ylint.parse import parse_html

    ctx = RuleContext(parse_html(page(f"<footer>{text}</footer>")), "page.html")
    (number,) = cnmarks.icp_numbers(ctx)
    assert number.canonical == canonical and number.problems == problems


@pytest.mark.parametrize("code, on_load", [
    ("window.open('a')", True),
    ("window.onload=function(){ window.open('/n.html') }", True),
    ("$(function(){ function share(){ window.open(u) } })", False),
    ("$(function(){ if (x) { window.open(u) } })", True),
    ("function go(){ window.open(u) }", False),
    ("$('#a').click(function(){ window.open(u) })", False),
    ("setTimeout(function(){ window.open(u) }, 100)", True),
    ("$('#a').on('click', function(e){ setTimeout(function(){ window.open(h, t) }, 5) })", False),
    ("document.write('<a onclick=\"window.open(1)\">')", False),
    ("document.addEventListener('DOMContentLoaded', () => { window.open(u) })", True),
    ("btn.addEventListener('click', () => { window.open(u) })", False),
])
def test_window_open_on_load(code, on_load):
    from a11ylint.rules.cn016_popup_ads import _opens_on_load

    assert _opens_on_load(code) is on_load


# --- the seed page and the corpus ---------------------------------------------------------------------------

def test_seed_page_reports_missing_site_marks_in_chinese(seed_path):
    config = Config(preset="gov-cn", lang="zh")
    result = Linter(config, REGISTRY).lint_path(seed_path)
    by_code = {finding.code: finding.message for finding in result.findings}
    assert "SYS002" not in by_code
    assert by_code["CN002"] == "本页面未列明网站标识码；请在全站页面底部功能区列明网站标识码"
    assert by_code["CN005"].startswith("本页面未展示 ICP 备案号；请在页面底部展示备案号")
    assert "CN004" not in by_code  # no sign of a government site beyond the text itself


# (page, code, expected message keys in order); an empty tuple pins a silent page.
CORPUS_PINS = [
    # 网站标识码 (CN002) and its form (CN022)
    ("mhxqwer-jchhp.gov.cn__index.html", "CN002", ()),
    ("gne-other__1.html", "CN002", ()),  # bm01000001 with no colon
    ("gdhrss-clone__login.html", "CN002", ()),  # labelled 网站识别码
    ("mhxqwer-yjywgxj.nc.gov.cn__index.html", "CN002", ()),  # Word HTML: label and code in separate spans
    ("mhxqwer-myzgd.gov.cn__index.html", "CN002", ()),  # footer written by document.write
    ("gne-cmse-visible__1.html", "CN002", ("missing",)),
    ("mhxqwer-gjbcac.gov.cn__index.html", "CN002", ("missing",)),
    ("mhxqwer-dcy.liaoyang.gov.cn__index.html", "CN002", ("unreadable",)),  # <div id="footer"></div>
    ("mhxqwer-ycrjinan.gov.cn__index.html", "CN002", ("unreadable",)),  # footer in an iframe
    ("mhxqwer-lfygxzf.gov.cn__index.html", "CN022", ()),
    ("nfra-scraper__merged_cells_page_source.html", "CN022", ()),
    # SiteIDCode and friends (CN003)
    ("mhxqwer-yjywgxj.nc.gov.cn__index.html", "CN003", ("empty",)),
    ("mhxqwer-zxwwuhan.gov.cn__index.html", "CN003", ("domain-mismatch",)),
    ("mhxqwer-dyqtaiyuan.gov.cn__index.html", "CN003", ("missing",)),
    ("simonxinw-job__万载县2022年国民经济和社会发展统计公报___万载县人民政府.html", "CN003", ()),  # two equal metas
    ("mhxqwer-mltjyt.zj.gov.cn__index.html", "CN003", ()),  # stripped copy: SiteName not checked
    # 党政机关网站标识 (CN004)
    ("mhxqwer-wjmoe.gov.cn__index.html", "CN004", ("no-alt",)),
    ("mhxqwer-lysc.gov.cn__index.html", "CN004", ("unnamed-link",)),
    ("mhxqwer-gjbcac.gov.cn__index.html", "CN004", ()),  # alt="党政机关标识"
    ("mhxqwer-wmlhonghu.gov.cn__index.html", "CN004", ()),  # badge written by the conac script
    ("simonxinw-job__万载县2015年国民经济和社会发展统计公报.html", "CN004", ()),  # aria-label from the toolbar
    ("mhxqwer-lklhfss.gov.cn__index.html", "CN004", ("missing",)),
    ("gne-cmse-visible__1.html", "CN004", ("missing",)),
    ("cwce__a0cb0242-d33a-4a90-b0c4-f27d791e0a9e.html", "CN004", ()),  # 振兴东北网: no government sign
    # ICP (CN005, CN025)
    ("magichtml__4e55eac42f97a6d97d14795891d2e24b715bec8c057c592a81c3d7ca08aafa10.html", "CN005", ()),
    ("cwce__d232c5df-4a6a-47f7-8c63-2dd47719ffe7.html", "CN005", ()),  # also javascript:; copies
    ("gne-shanxi__1.html", "CN005", ("unlinked",)),
    ("mhxqwer-yjybeijing.gov.cn__index.html", "CN005", ("unlinked",)),
    ("simonxinw-job__万载县2015年国民经济和社会发展统计公报.html", "CN005", ("elsewhere",)),
    ("mhxqwer-zyjhenan.gov.cn__index.html", "CN005", ("missing",)),
    ("mhxqwer-zxwwuhan.gov.cn__index.html", "CN025", ("malformed",)),
    ("mhxqwer-lysctcm.sc.gov.cn__index.html", "CN025", ("malformed",)),
    ("mhxqwer-lysc.gov.cn__index.html", "CN025", ()),  # 蜀ICP备 13001288号: a space only
    ("nfra-scraper__page_source_debug.html", "CN025", ()),  # http://beian.miit.gov.cn is current
    # 公网安备 (CN006)
    ("mhxqwer-gjbcac.gov.cn__index.html", "CN006", ("bad-link", "bad-link")),
    ("mhxqwer-jchhp.gov.cn__index.html", "CN006", ()),
    ("mhxqwer-lfygxzf.gov.cn__index.html", "CN006", ()),  # href with a leading space, no 号
    # 主办单位 and contact (CN007)
    ("mhxqwer-gqsbeijing.gov.cn__index.html", "CN007", ()),  # 主办 in a second footer block, div.xiafoot
    ("cwce__500b350d-d38d-4fb0-9e81-75e0c95e95a8.html", "CN007", ()),  # 某某办公室（主办）
    ("mhxqwer-gjbcac.gov.cn__index.html", "CN007", ("no-sponsor",)),
    ("mhxqwer-dyqtaiyuan.gov.cn__index.html", "CN007", ("no-contact",)),
    # articles (CN011, CN031)
    ("mhxqwer-lxhyn.gov.cn__index.html", "CN011", ()),  # unlabelled date after the title
    ("simonxinw-job__万载县2022年国民经济和社会发展统计公报___万载县人民政府.html", "CN011", ()),  # 生成日期
    ("nfra-scraper__merged_cells_page_source.html", "CN011", ()),  # date line above the title
    ("mhxqwer-hjhbjft.gov.cn__index.html", "CN031", ("date-mismatch",)),
    ("mhxqwer-dcy.liaoyang.gov.cn__index.html", "CN031", ("source-mismatch",)),
    ("mhxqwer-sykfjax.gov.cn__index.html", "CN031", ("no-source",)),
    ("mhxqwer-yjywgxj.nc.gov.cn__index.html", "CN031", ("empty-source",)),
    ("mhxqwer-wjmoe.gov.cn__index.html", "CN031", ()),  # 生成日期 differs from PubDate; 发布日期 agrees
    ("nfra-scraper__merged_cells_page_source.html", "CN031", ()),  # 来源 浙江监管局 / ContentSource 浙江
    # the other rules
    ("mhxqwer-zysc.gov.cn__index.html", "CN012", ()),  # 建设中 only inside article sentences
    ("mhxqwer-htqcznd.gov.cn__index.html", "CN013", ("menu",)),  # 字号 大 中 小 as javascript: links
    ("mhxqwer-wyxby.gov.cn__index.html", "CN013", ("menu",)),
    ("cwce__d232c5df-4a6a-47f7-8c63-2dd47719ffe7.html", "CN013", ()),  # https page, no http resource
    ("nfra-scraper__page_source_debug.html", "CN014", ()),
    ("gdhrss-clone__login.html", "CN014", ()),
    ("mhxqwer-gqsbeijing.gov.cn__index.html", "CN016", ()),  # window.open inside a share function
]


def _corpus_page(name: str):
    path = CORPUS / "cn" / name
    if not path.is_file():
        pytest.skip("../shared/corpus is not available")
    return path


@pytest.mark.parametrize("name, code, expected", CORPUS_PINS, ids=[f"{pin[1]}-{pin[0][:30]}" for pin in CORPUS_PINS])
def test_corpus_page(name, code, expected):
    path = _corpus_page(name)
    rule = REGISTRY.get(code)
    patterns = {key: re.compile(re.sub(r"\\\{\w+\\\}", ".*?", re.escape(text.en)), re.DOTALL)
                for key, text in rule.messages.items()}
    result = Linter(Config(select=(code,)), REGISTRY).lint_path(path)
    assert not [finding for finding in result.findings if finding.code == "SYS002"]
    keys = []
    for finding in (finding for finding in result.findings if finding.code == code):
        keys.append(next(key for key, pattern in patterns.items() if pattern.fullmatch(finding.message)))
    assert tuple(keys) == expected
