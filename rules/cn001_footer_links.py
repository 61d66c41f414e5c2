"""Chinese government sites should carry the standard links in their footer.

## What it checks
The footer function area (页面底部功能区) of the page — its `<footer>`/contentinfo region, an element named
like a footer (`footer`, `xiafoot`, `bottom`, `copyright`, `bq`), or else the last part of the page — must have the
links the site's profile requires. By default those are 网站地图 (site map) and 联系我们 (contact us);
关于我们, 隐私政策, 免责声明 and 返回首页 are recognised too and can be required through the options. A link
counts when its text matches a known name (网站地图, 站点地图…; on the English versions of government sites
Sitemap, Contact Us, About Us, Privacy Policy, Disclaimer, Home — English names as whole words, in any case, so
"Homeless" is no Home link) or its href a known path (`sitemap`, `wzdt`…), and its href is usable: not empty, `#`
or `javascript:`. A name that appears only as text is reported when the footer has other, real links; a footer
without any link (a text rendition of the page, or links built by script) is only checked for the names.
Like the other CN rules it checks Chinese pages, and pages in other languages that a `SiteIDCode` meta or a
`.gov.cn` address marks as part of a Chinese government site; a foreign site linted with `gov-cn` is left alone.

## Why it matters
The footer is where people, and the government-website inspections, look for the site map, the contact
page and the site's policies on every page. A site map and a consistently placed contact link are also how
WCAG 2.4.5 Multiple Ways and 3.2.6 Consistent Help are met.

## How to fix
Add the missing links to the footer template of every page, with real addresses.

## Failing example
```html
<html lang="zh-CN"><title>通知</title><body><main><p>正文</p></main>
<footer><a href="/gywm/">关于我们</a> | <a href="#">网站地图</a></footer></body></html>
```

```html
<html lang="en"><head><title>Notice</title>
<link rel="canonical" href="https://english.beijing.gov.cn/latest/news/1.html"></head>
<body><main><p>Text</p></main>
<footer><a href="/col/col1234/index.html">Sitemap</a> | <a href="javascript:;">Contact Us</a></footer></body></html>
```

## Passing example
```html
<html lang="en"><title>City council</title><body><main><p>Bin collection days.</p></main>
<footer><p>City Council, Main Street</p></footer></body></html>
```

```html
<html lang="zh-CN"><title>通知</title><body><main><p>正文</p></main>
<footer><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/yszc/">隐私政策</a></footer></body></html>
```

```html
<html lang="en"><title>Notice</title><body><main><p>Text</p></main>
<footer><a href="/sitemap/">网站地图</a> <a href="/contact/">Contact us 联系我们</a></footer></body></html>
```

```html
<html lang="en"><head><title>Notice</title>
<link rel="canonical" href="https://english.beijing.gov.cn/latest/news/1.html"></head>
<body><main><p>Text</p></main>
<footer><a href="/col/col1234/index.html">Sitemap</a> | <a href="/col/col5678/index.html">Contact Us</a> |
<a href="/col/col9012/index.html">Privacy Policy</a></footer></body></html>
```

## Options
- `required` (list of strings): the link keys to require — `sitemap`, `contact`, `about`, `privacy`,
  `disclaimer`, `home`, or keys you define; default `["sitemap", "contact"]`.
- `names` (table of key = list of strings): extra link texts, e.g. `mailbox = ["书记信箱", "市长信箱"]`
  defines a `mailbox` link that `required` can then name.
The dictionaries are in `rules/data/policy-links.toml` (`[cn.links.*]`: the Chinese names and their English
forms, e.g. sitemap `["网站地图", "站点地图", "网站导航", "sitemap", "site map"]`, contact `["联系我们", "联系方式",
"联系本网", "contact us", "contact"]`, home `["返回首页", "网站首页", "回到首页", "home", "homepage"]`).

## Corpus
On the 40 Chinese government pages of the shared corpus the footer was found as a named element on 30, as
the end of the page on 9 (on 3 of them the named footer is empty: a script or an iframe fills it) and as a
contentinfo region on 1. The share of footers linking each page: site map 24/40, contact 21/40, about
11/40, disclaimer 7/40, privacy 3/40, home 0/40. Site map and contact are the only links a majority
carries, hence the default `required`.

## References
- 政府网站发展指引 (国办发〔2017〕47号), 网页设计规范 — the footer function area; the exact list of mandatory
  footer links is **not verified** (research/COMPLIANCE.md CN-FTR-01), so this rule defaults to warning.
- WCAG SC 2.4.5 Multiple Ways (technique G63, site map) and SC 3.2.6 Consistent Help.
"""

from a11ylint import cnmarks, policylinks
from a11ylint.rule import Text, rule


@rule(
    code="CN001",
    name="cn-footer-links",
    title=Text("Chinese government sites should carry the standard links in their footer",
               "政府网站页面底部功能区应提供规定的链接"),
    messages={
        "missing": Text("The footer lacks these links: {links}", "页面底部缺少以下链接：{links}"),
        "unusable": Text("These footer links have no usable address (empty, # or javascript:): {links}",
                         "以下页面底部链接没有可用地址（空、# 或 javascript:）：{links}"),
        "unlinked": Text("These appear in the footer as text but are not links: {links}",
                         "以下内容在页面底部仅为文字，未设置链接：{links}"),
    },
    selector=":root",
    jurisdiction=("CN",),
    requirements=("CN-FTR-01",),
    tags=("footer",),
    severity="warning",
    impact="moderate",
    options=policylinks.options(),
    validate_options=policylinks.option_checker("cn"),
    fix=Text("Add the missing links, with real addresses, to the footer of every page",
             "在每个页面的底部功能区补充缺少的链接，并设置有效地址"),
)
def check(root, ctx):
    if not cnmarks.in_scope(ctx):
        return None
    return policylinks.findings(ctx, "cn")
