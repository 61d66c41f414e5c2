"""The page footer should name the site's 主办单位 and give contact details.

## What it checks
On a Chinese page (as CN002 decides), the page-bottom area — from where the footer starts, or from where the last
fifth of the page's text starts if that is earlier, to the end — should contain:

- the sponsoring body: `主办：…`, `主办单位：…`, `主办方：…`, `…（主办）` or `某某人民政府办公室主办`; on the English
  version of a site `Sponsored by: …` ("Organized by" translates 承办 and, like 承办 alone, does not name the
  sponsor);
- contact details: a telephone number (`0471-4825916`, `(010)12345678`, a mobile number, the 12345 hotline, or a
  label such as `电话：`; in English `Tel: +86-10-…`), an e-mail address, or a link named 联系我们 / 联系方式 /
  Contact Us (or a `mailto:` link). English words match as whole words, in any case ("Contactless" is no contact
  link).

English pages are checked when their `SiteIDCode` meta or `.gov.cn` address shows that they belong to a Chinese
government site (as CN002 decides).

A page whose footer element is empty (filled by a script) is left to CN002's review and not reported here.

## Why it matters
The footer tells visitors who runs the site and how to reach them; the 主办单位 is the body responsible for the
site's content under the 政府网站发展指引, and a contact route is what visitors need to report errors or ask for
help (also WCAG 3.2.6 Consistent Help, where help is offered).

## How to fix
Add `主办单位：<body>` and a telephone number, e-mail address or 联系我们 link to the footer template.

## Failing example
```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer>版权所有 <a href="https://beian.miit.gov.cn/">京ICP备05070218号</a> 网站标识码：1101060001</footer></body></html>
```

```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer>主办单位：某某县人民政府办公室 网站标识码：1101060001</footer></body></html>
```

```html
<html lang="en"><head><title>Notice</title><meta name="SiteIDCode" content="1100000088"></head>
<body><main><p>Opening hours of the service centre.</p></main>
<footer>Copyright © Beijing International. All rights reserved. Website Identification Code: 1100000088</footer>
</body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer>主办单位：某某县人民政府办公室 联系电话：0471-4825916 网站标识码：1101060001</footer></body></html>
```

```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer>某某市人民政府办公室主办 <a href="/lxwm/">联系我们</a></footer></body></html>
```

```html
<html lang="en"><head><title>Notice</title><meta name="SiteIDCode" content="1100000088"></head>
<body><main><p>Opening hours of the service centre.</p></main>
<footer>Sponsored by: The General Office of Beijing Municipal People's Government
<a href="/col/col5678/index.html">Contact Us</a> Website Identification Code: 1100000088</footer></body></html>
```

## Options
- `sponsor-patterns` (list of strings): regular expressions for the 主办 line.
- `contact-patterns` (list of strings): regular expressions for contact details.
- `contact-links` (list of strings): link texts that lead to contact details; default `["联系我们", "联系方式",
  "联系信息", "Contact", "Contact us", "Contacts"]`.
Defaults in `rules/data/gov-cn.toml`, `[sponsor]` and `[contact]` (with the English forms `Sponsored by` and
`Tel: +86…`).

## Corpus
A 主办 line in the page-bottom area: **29 of the 40** `corpus/cn` pages; contact details: 32. Not checked: the
three pages whose footer element is empty (`mhxqwer-dcy`, `-ycrjinan`, `-myzgd`). Reported, no 主办单位 (8 pages):
`cwce__a0cb…`, `magichtml` (kepu.gov.cn: 版权所有 only), `mhxqwer-gjbcac` (only 承办), `-wjmoe` and `-zxwwuhan`
(版权所有 only) and the `-djjiangsu`, `-mltjyt`, `-zyjhenan` clones; no contact details (5 pages): the same three
clones, `mhxqwer-dyqtaiyuan` and `ndrc-wxcx-clone`. Accepted: `mhxqwer-gqsbeijing` (its 主办 line is in a second
footer block, `div.xiafoot`) and `cwce__500b…` (`巴彦淖尔市人民政府办公室（主办）`).

## References
- Roles of 主办单位 and 承办单位 in provincial rules derived from the 指引, e.g. 海南省政府网站管理办法 第五条:
  https://newton.com.tw/wiki/海南省政府網站管理辦法/22338454 (research/COMPLIANCE.md CN-ID-06).
- That the footer must list them and the contact details is **not verified** (COMPLIANCE.md CN-ID-06, CN-ID-01
  "页面底部功能区"), hence severity warning.
"""

import re

from a11ylint import cnmarks, policylinks
from a11ylint.dom import normalize_space
from a11ylint.footer import bottom_links, bottom_text, footer_anchor, footer_area
from a11ylint.rule import Fail, Option, Text, rule

_DATA = cnmarks.data()


@rule(
    code="CN007",
    name="sponsor-contact",
    title=Text("The page footer should name the 主办单位 and give contact details",
               "页面底部应列明主办单位和联系方式"),
    messages={
        "no-sponsor": Text("The footer does not name the sponsoring body (主办单位); add 主办单位：<body>",
                           "页面底部未列明主办单位；请补充“主办单位：<单位名称>”"),
        "no-contact": Text("The footer gives no contact details (telephone, e-mail or a 联系我们 link); add one",
                           "页面底部未提供联系方式（电话、电子邮箱或“联系我们”链接）；请补充"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ID-06",),
    tags=("site-marks", "footer"),
    severity="warning",
    impact="moderate",
    options=[
        Option("sponsor-patterns", "list[str]", _DATA["sponsor"]["patterns"], "Regular expressions for the 主办 line."),
        Option("contact-patterns", "list[str]", _DATA["contact"]["patterns"],
               "Regular expressions for contact details."),
        Option("contact-links", "list[str]", _DATA["contact"]["links"], "Link texts that lead to contact details."),
    ],
    fix=Text("Add 主办单位：<body> and a telephone, e-mail or 联系我们 link to the footer template",
             "在页面底部模板中补充“主办单位：<单位名称>”以及电话、电子邮箱或“联系我们”链接"),
)
def check(root, ctx):
    if not cnmarks.in_scope(ctx):
        return
    if footer_area(ctx).empty_containers:
        return
    text = bottom_text(ctx)
    anchor = footer_anchor(ctx)
    if not any(re.search(pattern, text) for pattern in ctx.options["sponsor-patterns"]):
        yield Fail("no-sponsor", element=anchor)
    if any(re.search(pattern, text) for pattern in ctx.options["contact-patterns"]):
        return
    names = [normalize_space(name).lower() for name in ctx.options["contact-links"]]
    for link in bottom_links(ctx):
        href = (link.get("href") or "").strip().lower()
        name = normalize_space(ctx.accessible_name(link) or ctx.text(link)).lower()
        if href.startswith("mailto:") or policylinks.name_matches(name, names):
            return
    yield Fail("no-contact", element=anchor)
