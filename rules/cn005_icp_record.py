"""Chinese websites must show their ICP 备案号 linked to the MIIT filing system.

## What it checks
On a Chinese page (as CN002 decides), the readable text must contain an ICP filing number — a province
abbreviation, `ICP备` (or `ICP证` for licences), the digits and `号`, e.g. `粤ICP备2022017031号-1`, or on the
English version of a site (a page whose `SiteIDCode` meta or `.gov.cn` address shows that it belongs to a
government site) also its English form, `Beijing ICP Prep. No. 05070218` (`ICP Filing No.`, `ICP License No.`…:
whole words, any case) — and at least one occurrence must be a link to the MIIT filing system,
`https://beian.miit.gov.cn` (a separate link to that address next to the number counts too). Reported:

- no ICP number anywhere (a number that an inline script writes is accepted; an empty footer element, filled
  by a script or loaded from elsewhere, gets a review instead);
- a number that is not a link, or links elsewhere (`javascript:`, `#`, a proxy host such as
  `beian.miit.gov.cn.ipv6.….com`).

Links to the old addresses of the system (`miitbeian.gov.cn`, `miibeian.gov.cn`, `http://www.beian.miit.gov.cn`)
and numbers written in an unusual form are warnings of CN025 `icp-record-format`.

## Why it matters
The 非经营性互联网信息服务备案管理办法 requires every site to show its filing number at the bottom centre of its
home page and to link it to the MIIT filing system, where anyone can check who runs the site; a missing link is
fined (第二十五条). Sites put it in their footer template, so the rule checks every page: a page without it
points at a template that lacks it.

## How to fix
Put the number in the footer template as a link: `<a href="https://beian.miit.gov.cn/">粤ICP备2022017031号-1</a>`.

## Failing example
```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer>主办：某某县人民政府办公室 网站标识码：1101060001</footer></body></html>
```

```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer>网站标识码：1101060001 <span>京ICP备10032462号</span></footer></body></html>
```

```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer><a href="https://beian.miit.gov.cn.ipv6.example.com/">赣ICP备11002306号-1</a></footer></body></html>
```

```html
<html lang="en"><head><title>Notice</title><meta name="SiteIDCode" content="1100000088"></head>
<body><main><p>Opening hours of the service centre.</p></main>
<footer>Website Identification Code: 1100000088 <span>Beijing ICP Prep. No. 05070218</span></footer></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer><a href="https://beian.miit.gov.cn/" target="_blank">粤ICP备2022017031号-1</a></footer></body></html>
```

```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer><span>皖ICP备05005191号-1</span> <a href="https://beian.miit.gov.cn/">备案查询</a></footer></body></html>
```

```html
<html lang="en"><head><title>Notice</title><meta name="SiteIDCode" content="1100000088"></head>
<body><main><p>Opening hours of the service centre.</p></main>
<footer>Website Identification Code: 1100000088
<a href="https://beian.miit.gov.cn/">Beijing ICP Prep. No. 05070218</a></footer></body></html>
```

## Options
- `link-hosts` (list of strings): hosts of the filing system; default `["beian.miit.gov.cn",
  "www.beian.miit.gov.cn"]` (over http the second is an outdated link, see CN025).
- `outdated-links` (list of strings): old addresses, which count as links here and are reported by CN025;
  default from `rules/data/gov-cn.toml`, `[icp]`.

## Corpus
ICP 备案号 in the readable text: **32 of the 40** `corpus/cn` pages (`mhxqwer-myzgd` writes it with a script);
linked to the filing system on 26. Reported: missing on `cwce__a0cb…`, `ndrc-wxcx-clone` and the `mhxqwer-djjiangsu`,
`-mltjyt`, `-zyjhenan` clones (`-dcy` and `-ycrjinan` for review); not linked on `gne-shanxi` (`<a>` without `href`),
`mhxqwer-dyqtaiyuan`, `-gqsbeijing` and `-yjybeijing` (plain text); linked elsewhere on the two `simonxinw-job`
pages (through an IPv6 proxy host, `beian.miit.gov.cn.ipv6.iname.damddos.com`). Accepted: `cwce__d232…`, which
repeats the number with `href="javascript:;"` in its mobile footers but links it correctly once, and
`mhxqwer-lklhfss` (`皖ICP备05005191号-1 https://beian.miit.gov.cn` inside one link). The seed page is reported.

## References
- 《非经营性互联网信息服务备案管理办法》(信息产业部令第33号) 第十三条、第二十五条, quoted at
  http://hn12345.com/news/83.html and https://zqisp.com/newscontent/5.html (research/COMPLIANCE.md CN-ID-04);
  official text: http://www.gov.cn/gongbao/content/2005/content_93018.htm
- Address change of the filing system: zhangzhibin/xmanyou-blog `src/content/blog/bei-an-number-settings.md`.
"""

from a11ylint import cnmarks, pageinfo
from a11ylint.footer import footer_anchor, footer_area
from a11ylint.rule import Fail, Option, Review, Text, rule

_ICP = cnmarks.data()["icp"]


@rule(
    code="CN005",
    name="icp-record",
    title=Text("Chinese websites must show their ICP 备案号 linked to the MIIT filing system",
               "网站必须展示 ICP 备案号，并链接至工业和信息化部备案管理系统"),
    messages={
        "missing": Text("No ICP 备案号 (ICP filing number) on this page; show it in the footer, linked to "
                        "https://beian.miit.gov.cn",
                        "本页面未展示 ICP 备案号；请在页面底部展示备案号，并链接至工业和信息化部备案管理系统（https://beian.miit.gov.cn）"),
        "unreadable": Text("The footer element is empty (probably filled by a script), so the ICP 备案号 cannot be "
                           "checked here; check it in a browser",
                           "页面底部区域为空（可能由脚本生成），无法在此核对 ICP 备案号；请在浏览器中确认"),
        "unlinked": Text("ICP 备案号 {number} is not linked to the MIIT filing system; link it to "
                         "https://beian.miit.gov.cn",
                         "ICP 备案号“{number}”未链接至工业和信息化部备案管理系统；请将其链接至 https://beian.miit.gov.cn"),
        "elsewhere": Text("ICP 备案号 {number} links to {target} instead of the MIIT filing system; link it to "
                          "https://beian.miit.gov.cn",
                          "ICP 备案号“{number}”链接到 {target}，而不是工业和信息化部备案管理系统；请改为链接至 "
                          "https://beian.miit.gov.cn"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ID-04",),
    tags=("site-marks", "footer"),
    severity="error",
    impact="moderate",
    options=[
        Option("link-hosts", "list[str]", _ICP["link-hosts"], "Hosts of the MIIT filing system."),
        Option("outdated-links", "list[str]", _ICP["outdated-links"],
               "Old addresses of the filing system (reported by CN025, accepted here)."),
    ],
    fix=Text('Show the number in the footer as <a href="https://beian.miit.gov.cn/">…ICP备…号</a>',
             '在页面底部以 <a href="https://beian.miit.gov.cn/">…ICP备…号</a> 的形式展示备案号'),
)
def check(root, ctx):
    if not cnmarks.in_scope(ctx):
        return None
    numbers = cnmarks.icp_numbers(ctx)
    if not numbers:
        if cnmarks.icp_in_scripts(ctx):
            return None
        if footer_area(ctx).empty_containers:
            return Review("unreadable", element=footer_anchor(ctx))
        return Fail("missing", element=footer_anchor(ctx))
    if any(link_state(number.mark.element, ctx)[0] in ("ok", "outdated") for number in numbers):
        return None
    for link in ctx.select("a[href]"):
        if link_state(link, ctx)[0] in ("ok", "outdated") and not ctx.is_hidden(link):
            return None
    number = next((number for number in numbers if number.mark.in_footer), numbers[0])
    state, link = link_state(number.mark.element, ctx)
    shown = number.mark.text
    if state == "elsewhere":
        target = (link.get("href") or "").strip() or "#"
        host = pageinfo.host_of(target) if "//" in target else ""
        return Fail("elsewhere", element=link, number=shown, target=host or target[:60])
    return Fail("unlinked", element=number.mark.element, number=shown)


def link_state(element, ctx):
    """("ok" | "outdated" | "elsewhere" | "none", link): where the link around an element points."""
    link = cnmarks.enclosing_link(element)
    if link is None or link.get("href") is None:
        return "none", link
    href = link.get("href").strip()
    host = pageinfo.host_of(href) if href.lower().startswith(("http:", "https:", "//")) else ""
    if host and cnmarks.is_outdated_link(href, host, ctx.options["outdated-links"]):
        return "outdated", link
    if host and pageinfo.host_matches(host, ctx.options["link-hosts"]):
        return "ok", link
    return "elsewhere", link
