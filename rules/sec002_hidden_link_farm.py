"""Pages must not hide blocks of links to other sites.

## What it checks
Blocks that the page keeps out of sight — `display:none`, `visibility:hidden` or the `hidden` attribute;
moved off-screen (`position:absolute; left:-9999px`), clipped, or zero-sized with `overflow:hidden`;
`font-size:0`; text in the colour of its background — that hold mostly links to other sites: at least 3
such links, at least 60 % of the block's links, and link text at least 60 % of the block's text. The page's
CSS cascade is used (`<style>`, local style sheets, `style=""`).

Not counted as other sites: the page's own site (from `<base>`, the canonical link, `og:url` or the
`SiteDomain` metadata), government and other trusted domains (`gov.cn`, `gov`, `gov.uk`, `gc.ca`…), and
sites the page also links to where people can see the links (a hidden mobile copy of the navigation).
Not reported: blocks named or placed like the parts of a page that are hidden until used — menus,
drop-downs, tabs, mobile navigation, share panels, `sr-only`/`visually-hidden` text, anything inside
`<nav>` or a `menu`/`dialog` role, and a panel that sits next to its own short label (a drop-down list
of related sites under "新闻媒体网站"). Links inside `<noscript>` and `<template>` are fallbacks, not farms.

## Why it matters
Hidden link blocks (暗链, 黑链) are what attackers sell after breaking into a site: search engines credit
the gambling, porn or counterfeit sites they point to with the government site's reputation, while people
see nothing. Inspections treat pages carrying them as tampered (内容被篡改) and fail the site (安全事故
single veto); search engines may also penalise the site itself.

## How to fix
Remove the block, then find out how it got into the page (a modified template or footer include, a CMS
account, files changed on the server) and close that hole. If the block is yours (a drop-down of related
sites, say), give it a class that says so (`dropdown`, `menu`) or list the sites in `trusted-hosts`.

## Failing example
```html
<html lang="zh-CN"><head><title>通知</title></head><body><p>关于开展秋季防汛安全大检查的通知</p>
<div style="position:absolute; top:-999px; left:-999px">
<a href="http://www.ab12cd.com/">北京赛车</a> <a href="https://x9y8.cn/">澳门威尼斯人</a>
<a href="http://k7bet.icu/">体育开户</a> <a href="http://www.ab12cd.com/p2">时时彩</a></div>
</body></html>
```

```html
<html lang="en"><head><title>Parks</title></head><body><p>Opening hours</p>
<div style="display:none"><a href="https://pills.example/">cheap pills</a>
<a href="https://loans.example/">payday loans</a><a href="https://slots.example/">online slots</a></div>
</body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>通知</title></head><body>
<div class="links">新闻媒体网站
<ul style="display:none"><li><a href="http://www.people.com.cn/">人民网</a></li>
<li><a href="http://www.xinhuanet.com/">新华网</a></li><li><a href="https://www.cctv.com/">央视网</a></li>
<li><a href="https://www.thepaper.cn/">澎湃新闻</a></li></ul></div>
<ul style="display:none"><li><a href="http://www.gov.cn/">中国政府网</a></li>
<li><a href="http://www.bj.gov.cn/">北京</a></li><li><a href="http://www.tj.gov.cn/">天津</a></li></ul>
<p>关于开展秋季防汛安全大检查的通知</p></body></html>
```

```html
<html lang="en"><head><title>Parks</title>
<style>.sr-only{position:absolute;left:-10000px}</style></head><body>
<a class="sr-only" href="#main">Skip to main content</a>
<nav class="mobile-menu" style="display:none"><a href="https://facebook.com/city">Facebook</a>
<a href="https://twitter.com/city">Twitter</a><a href="https://youtube.com/city">YouTube</a></nav>
<main id="main"><p>Follow us on <a href="https://facebook.com/city">Facebook</a>,
<a href="https://twitter.com/city">Twitter</a> and <a href="https://youtube.com/city">YouTube</a>.</p></main>
</body></html>
```

## Options
- `min-links` (integer, default 3), `min-foreign-percent` (integer, default 60) and
  `min-link-text-percent` (integer, default 60): the thresholds above.
- `trusted-hosts` (list of strings): domains whose links never count (a domain covers its subdomains);
  `extra-trusted-hosts` adds to them.
- `benign-names` (list of strings): class or id words of blocks that are hidden until used;
  `extra-benign-names` adds to them.
The defaults are in `rules/data/security.toml`.

## Notes
No page of `../shared/corpus` is flagged. The spam pages' injected links are visible (the casino links of
`spam/llmwebkit-cn-company2…`, the porn "friend links" of `spam/llmwebkit-cn-contentfarm…`; SEC005 reports
them) and their hidden blocks hold junk tags, not links (SEC001). The corpus's hidden blocks of external
links are all benign and show why the exemptions exist: the `mhxqwer-hjhbjft` and `mhxqwer-lxhyn` clones
carry hidden drop-downs of some 70 ministry and provincial sites (trusted `gov.cn` hosts, and a
`dropdown-menu` class or a label next to them) and of news sites (人民网, 新华网…) under a "新闻媒体网站"
button; the `nfra-scraper` pages have a hidden QQ share panel; a New Zealand page links to training sites
inside `<noscript>`; a Jacksonville (US) page hides a sister agency's footer links that it also shows.

## References
- research/COMPLIANCE.md §6 SEC-LINKFARM-01 (hidden / dark link blocks, 暗链/黑链), after
  XingZhou2024/WebsiteTamperingDetector `core/detector.py` (hidden `div` and `table` blocks of links).
- 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号), 安全事故: pages tampered with and not handled are a
  single veto (research/COMPLIANCE.md §1.2 CN-CHK-06).
- Google Search spam policies, hidden text and links:
  https://developers.google.com/search/docs/essentials/spam-policies#hidden-text-and-links
"""

import re

from a11ylint import security
from a11ylint.rule import Fail, Option, Text, rule

_DATA = security.data()["linkfarm"]
_FALLBACK = frozenset(("noscript", "template", "head"))
_BENIGN_TAGS = frozenset(("nav", "menu", "dialog", "details", "select"))
_BENIGN_ROLES = frozenset(("navigation", "menu", "menubar", "dialog", "alertdialog", "tabpanel", "tooltip", "listbox"))
_WORD_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_LABEL_LIMIT = 40
_HOW = {
    "not rendered": ("not displayed", "不显示"),
    "visually hidden": ("moved off-screen or shrunk to nothing", "移出屏幕或缩为零尺寸"),
    "same colour": ("text in its background colour", "文字与背景同色"),
}


@rule(
    code="SEC002",
    name="hidden-link-farm",
    title=Text("Pages must not hide blocks of links to other sites", "页面不得含有隐藏的外部链接区块（暗链）"),
    messages={
        "farm": Text(
            "Hidden block ({how}) holds {count} links to {site_count} other sites ({sites}), a sign of injected "
            "spam links; remove it and find out how it got into the page",
            "隐藏区块（{how}）含有指向 {site_count} 个外部网站的 {count} 个链接（{sites}），疑似被植入的暗链；"
            "请删除该区块，并排查植入途径",
        ),
        "farm-one-site": Text(
            "Hidden block ({how}) holds {count} links to another site, {sites}, a sign of injected spam links; "
            "remove it and find out how it got into the page",
            "隐藏区块（{how}）含有指向外部网站 {sites} 的 {count} 个链接，疑似被植入的暗链；请删除该区块，并排查植入途径",
        ),
    },
    requirements=("SEC-LINKFARM-01",),
    tags=("security",),
    severity="warning",
    impact="serious",
    options=[
        Option("min-links", "int", _DATA["min-links"], "The fewest links to other sites in a reported block.",
               minimum=1),
        Option("min-foreign-percent", "int", _DATA["min-foreign-percent"],
               "The share (percent) of a block's links that go to other sites.", minimum=0),
        Option("min-link-text-percent", "int", _DATA["min-link-text-percent"],
               "The share (percent) of a block's text that is link text.", minimum=0),
        Option("trusted-hosts", "list[str]", _DATA["trusted-hosts"],
               "Domains whose links never count (a domain covers its subdomains)."),
        Option("extra-trusted-hosts", "list[str]", [], "Domains to add to trusted-hosts."),
        Option("benign-names", "list[str]", _DATA["benign-names"],
               "Class or id words of blocks that are hidden until used (menus, tabs, screen-reader text)."),
        Option("extra-benign-names", "list[str]", [], "Words to add to benign-names."),
    ],
    fix=Text("Remove the hidden links, then find and close the hole that let them in",
             "删除隐藏的外部链接，并排查、封堵植入途径"),
)
def check(root, ctx):
    options = ctx.options
    trusted = [host.lower().strip(".") for host in (*options["trusted-hosts"], *options["extra-trusted-hosts"])]
    own = security.page_hosts(ctx)
    foreign = []
    for link in ctx.select("a[href]"):
        host = security.link_host(link.get("href"))
        if host is None or security.site_of(host) in own or security.host_matches(host, trusted):
            continue
        if any(ancestor.tag in _FALLBACK for ancestor in link.iterancestors()):
            continue
        foreign.append((link, security.site_of(host)))
    if len(foreign) < options["min-links"]:
        return
    seen_sites = set()
    hidden = []
    for link, site in foreign:
        how = security.concealment(link, ctx)
        if how is None:
            seen_sites.add(site)
        else:
            hidden.append((link, site, how))
    groups: dict = {}
    for link, site, how in hidden:
        if site not in seen_sites:
            groups.setdefault(_container(link, ctx), []).append((link, site, how))
    benign = {name.lower() for name in (*options["benign-names"], *options["extra-benign-names"])}
    lang = ctx.lang
    index = 1 if lang == "zh" else 0
    for container, items in groups.items():
        if len(items) < options["min-links"] or _looks_benign(container, benign, ctx):
            continue
        links = [link for link in container.iter("a") if (link.get("href") or "").strip() not in ("", "#")]
        if len(items) * 100 < options["min-foreign-percent"] * max(len(links), 1):
            continue
        text = ctx.text(container)
        link_text = sum(len(ctx.text(link)) for link in links)
        if text and link_text * 100 < options["min-link-text-percent"] * len(text):
            continue
        sites = list(dict.fromkeys(site for _, site, _ in items))
        how = security.concealment(container, ctx) or items[0][2]
        yield Fail("farm" if len(sites) > 1 else "farm-one-site", element=container, how=_HOW[how][index], count=len(items), site_count=len(sites),
                   sites=security.listing(sites, lang, limit=4))


def _container(link, ctx):
    """The outermost hidden element around the link, below <body>; the link's parent when only the link
    itself is hidden (a farm of same-colour links)."""
    container = link
    for ancestor in link.iterancestors():
        if ancestor.tag in ("body", "html") or security.concealment(ancestor, ctx) is None:
            break
        container = ancestor
    if container is link and link.getparent() is not None and link.getparent().tag not in ("html",):
        return link.getparent()
    return container


def _words(element) -> set:
    found = set()
    for value in ((element.get("class") or ""), (element.get("id") or "")):
        for token in value.split():
            found.add(token.lower())
            found.update(part.lower() for part in _WORD_SPLIT.split(token) if part)
    return found


def _looks_benign(container, benign: set, ctx) -> bool:
    """A block hidden on purpose until used: named like a menu, inside navigation, or next to its label."""
    chain = [container, *container.iterancestors()]
    for depth, element in enumerate(chain):
        if not isinstance(element.tag, str) or element.tag in ("body", "html"):
            break
        if depth <= 3 and _words(element) & benign:
            return True
        if element.tag in _BENIGN_TAGS or (element.get("role") or "").strip().lower() in _BENIGN_ROLES:
            return True
    parent = container.getparent()
    if parent is None or parent.tag in ("body", "html") or security.concealment(parent, ctx) is not None:
        return False
    label = ctx.text(parent).replace(ctx.text(container), " ", 1).strip()
    return 0 < len(label) <= _LABEL_LIMIT
