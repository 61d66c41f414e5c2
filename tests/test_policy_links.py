"""Footer policy links (CN001, US001, UK001, EU001): recognition, options, the seed page and real pages."""

from __future__ import annotations

import pytest

from a11ylint import Config, Linter
from conftest import CORPUS

PAGE = '<html lang="zh-CN"><title>通知</title><body><main><p>正文</p></main><footer>{}</footer></body></html>'


def messages(html, code, lang="en", **options):
    config = Config(select=(code,), lang=lang, rule_options={code: options} if options else {})
    return [f.message for f in Linter(config).lint_text(html, "index.html").findings if f.code == code]


def test_seed_footer_is_recognised(seed_path):
    findings = Linter(Config(preset="gov-cn", lang="zh")).lint_path(seed_path).findings
    footer = [f.message for f in findings if f.code == "CN001"]
    assert footer == ["页面底部缺少以下链接：网站地图、联系我们"]
    assert not any("隐私政策" in message or "免责声明" in message for message in footer)


def test_links_match_by_text_or_href_and_need_a_usable_href():
    assert messages(PAGE.format('<a href="/wzdt/">网站地图</a><a href="/lxwm/">联系我们</a>'), "CN001") == []
    assert messages(PAGE.format('<a href="/sitemap.html">导航</a><a href="/contact/">找我们</a>'), "CN001") == []
    assert messages(PAGE.format('<a href="#">网站地图</a><a href="javascript:void(0)">联系我们</a>'), "CN001") == [
        "These footer links have no usable address (empty, # or javascript:): site map, contact us"]
    assert messages(PAGE.format('<a href="/a">关于我们</a> 网站地图 联系我们'), "CN001", lang="zh") == [
        "以下内容在页面底部仅为文字，未设置链接：网站地图、联系我们"]


def test_required_links_and_names_come_from_options():
    html = PAGE.format('<a href="/wzdt/">网站地图</a><a href="/lxwm/">联系我们</a>')
    assert messages(html, "CN001", required=["sitemap", "contact", "privacy"]) == [
        "The footer lacks these links: privacy policy"]
    mailbox = PAGE.format('<a href="/xx/">市长信箱</a>')
    assert messages(mailbox, "CN001", required=["mailbox"], names={"mailbox": ["市长信箱"]}) == []
    assert messages(PAGE.format(""), "CN001", required=["mailbox"], names={"mailbox": ["市长信箱"]}) == [
        "The footer lacks these links: 市长信箱"]


def test_a_required_link_that_nothing_defines_is_a_config_error():
    from a11ylint.config import ConfigError

    with pytest.raises(ConfigError, match=r"options of rule cn-footer-links: 'required' names 'mailbox'"):
        Linter(Config(select=("CN001",), rule_options={"CN001": {"required": ["sitemap", "mailbox"]}}))
    with pytest.raises(ConfigError, match=r"options of rule us-required-links: 'required' names 'privcy'"):
        Linter(Config(select=("US001",), rule_options={"us-required-links": {"required": ["privcy"]}}))


def test_without_a_footer_the_end_of_the_page_counts():
    words = "正文" * 400
    html = f'<html lang="zh-CN"><title>t</title><body><p>{words}</p><p><a href="/wzdt/">网站地图</a> ' \
           f'<a href="/lxwm/">联系我们</a></p></body></html>'
    assert messages(html, "CN001") == []
    early = f'<html lang="zh-CN"><title>t</title><body><p><a href="/wzdt/">网站地图</a> ' \
            f'<a href="/lxwm/">联系我们</a></p><p>{words}</p></body></html>'
    assert messages(early, "CN001") == ["The footer lacks these links: site map, contact us"]


def test_us_home_page_only_links():
    footer = ('<footer><a href="/about">About</a> <a href="/accessibility">Accessibility</a> '
              '<a href="/foia">FOIA</a> <a href="/privacy">Privacy policy</a> <a href="https://usa.gov">USA.gov</a>'
              '</footer>')
    html = f'<html lang="en"><title>t</title><body><main>x</main>{footer}</body></html>'
    linter = Linter(Config(select=("US001",)))
    assert [f.message for f in linter.lint_text(html, "news/item.html").findings] == []
    home = [f.message for f in linter.lint_text(html, "index.html").findings]
    assert home == ["The footer lacks these required links: No FEAR Act data, Office of the Inspector General, "
                    "Budget and performance"]


def test_english_and_eu_languages():
    uk = '<html lang="en"><title>t</title><body><footer><a href="/a11y">Accessibility statement</a> ' \
         '<a href="/privacy">Privacy notice</a> <a href="/cookies">Cookies</a></footer></body></html>'
    assert messages(uk, "UK001") == []
    fr = '<html lang="fr"><title>t</title><body><footer><a href="/x">Déclaration d\'accessibilité</a></footer></body></html>'
    assert messages(fr, "EU001") == []


@pytest.mark.parametrize("page, expected", [
    ("cn/mhxqwer-jchhp.gov.cn__index.html", []),
    ("cn/mhxqwer-lxhyn.gov.cn__index.html", ["The footer lacks these links: contact us"]),
    ("cn/mhxqwer-djjiangsu.gov.cn__index.html", ["The footer lacks these links: site map, contact us"]),
])
def test_real_chinese_pages(page, expected):
    path = CORPUS / page
    if not path.is_file():
        pytest.skip("../shared/corpus is not available")
    findings = Linter(Config(select=("CN001",))).lint_path(path).findings
    assert [f.message for f in findings] == expected
