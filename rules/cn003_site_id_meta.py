"""The site metadata in the page head should agree with the page: SiteIDCode, SiteName and SiteDomain.

## What it checks
Chinese government page templates carry `<meta name="SiteIDCode">`, `<meta name="SiteName">` and
`<meta name="SiteDomain">` (names compared case-insensitively). The rule reports:

- `SiteIDCode` that is empty, malformed (not 10 digits or `bm` and 8 digits), given twice with different
  values, or different from the 网站标识码 shown in the footer;
- a page that shows a 网站标识码 but has no `SiteIDCode` meta (option `require-meta`);
- `SiteName` that is empty, or that appears neither in the `<title>`, the page text nor image alt texts (also
  after dropping endings such as 门户网站, 网站, 网), on a page whose footer names its owner (主办, 承办, 版权所有, ©,
  and on English pages "Copyright", "Sponsored by", "Organized by");
- `SiteDomain` that is empty, is not a host name, or does not match the page's own address (its canonical link,
  `Url`/`og:url` meta or "saved from url" comment; `www.` and parent domains are accepted).

A mismatch is the typical trace of a template copied from another site (e.g. a district site that still says
`SiteName=齐齐哈尔`).

## Why it matters
Search engines, the national government-website directory and monitoring platforms read these fields to tell
which site a page belongs to. Wrong values file the page under another site, and a code in the head that
differs from the footer's makes one of them wrong.

## How to fix
Set the three fields in the site template from the site's registration: the issued 网站标识码, the site's name
and its domain.

## Failing example
```html
<html lang="zh-CN"><head><title>通知 - 某某区人民政府</title>
<meta name="SiteName" content="某某区人民政府"><meta name="SiteDomain" content="www.mmq.gov.cn">
<meta name="SiteIDCode" content="2300000001"></head>
<body><p>通知正文。</p><footer>主办：某某区人民政府办公室 网站标识码：2301020001</footer></body></html>
```

```html
<html lang="zh-CN"><head><title>通知 - 某某区人民政府</title>
<meta name="SiteName" content="齐齐哈尔市人民政府"><meta name="SiteDomain" content="www.qqhr.gov.cn">
<meta name="SiteIDCode" content="2301020001"><link rel="canonical" href="https://www.mmq.gov.cn/tzgg/1.html"></head>
<body><p>通知正文。</p><footer>主办：某某区人民政府办公室 网站标识码：2301020001</footer></body></html>
```

```html
<html lang="en"><head><title>Notice - Beijing International</title>
<meta name="SiteName" content="Beijing International"><meta name="SiteDomain" content="english.beijing.gov.cn">
<meta name="SiteIDCode" content="1100000087"></head>
<body><p>Text of the notice.</p><footer>Sponsored by: The General Office of Beijing Municipal People's Government
Website Identification Code: 1100000088</footer></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>通知 - 某某区人民政府门户网站</title>
<meta name="SiteName" content="某某区人民政府门户网站"><meta name="SiteDomain" content="https://www.mmq.gov.cn/">
<meta name="SiteIDCode" content="2301020001"><link rel="canonical" href="https://www.mmq.gov.cn/tzgg/1.html"></head>
<body><p>通知正文。</p><footer>主办：某某区人民政府办公室 网站标识码：2301020001</footer></body></html>
```

```html
<html lang="en"><head><title>Notice - Beijing International</title>
<meta name="SiteName" content="Beijing International"><meta name="SiteDomain" content="english.beijing.gov.cn">
<meta name="SiteIDCode" content="1100000088">
<link rel="canonical" href="https://english.beijing.gov.cn/latest/news/1.html"></head>
<body><p>Text of the notice.</p><footer>Sponsored by: The General Office of Beijing Municipal People's Government
Website Identification Code: 1100000088</footer></body></html>
```

## Options
- `labels` (list of strings): labels of the footer code, as CN002.
- `formats` (list of strings): well-formed codes, as CN022.
- `require-meta` (boolean, default `true`): report a page that shows a 网站标识码 but has no `SiteIDCode` meta.

## Corpus
`SiteIDCode` meta: **33 of the 40** `corpus/cn` pages (32 with a value); `SiteName` and `SiteDomain`: 33.
Reported on 5 pages: the empty `SiteIDCode` of `mhxqwer-yjywgxj` (its footer shows 3601000054); `SiteDomain`
swj.wuhan.gov.cn on a page whose `Url` meta says sw.wuhan.gov.cn (`mhxqwer-zxwwuhan`); a 网站标识码 without the meta
on `mhxqwer-dyqtaiyuan`, `gne-other` and `magichtml` (kepu.gov.cn). Every `SiteIDCode` that has a footer code to
compare with agrees with it. `mhxqwer-mltjyt`, a copy without header and footer, does not name its owner, so its
`SiteName` is not checked.

## References
- research/COMPLIANCE.md CN-ID-02: normative source **not verified** (attributed to the 指引's 网页设计规范 and to
  provincial metadata specifications such as DB23/T 3649.6-2023 and GB/T 42147-2022 政府网站网页电子文件元数据),
  hence severity warning. De-facto use on 工信部, 邯郸市政府 and other pages (public samples).
- GB/T 42147-2022 (summary): https://www.std123.com/forum.php?goto=lastpost&mod=redirect&tid=249364
"""

import re

from a11ylint import cnmarks, pageinfo
from a11ylint.dom import normalize_space
from a11ylint.footer import footer_anchor, footer_area
from a11ylint.pagetext import body_text
from a11ylint.rule import Fail, Option, Text, rule

_NAME_ENDINGS = re.compile(r"(?:门户网站|政府网站|官方网站|门户网|政府网|网站|门户|网)$")
_OWNER_LINE = re.compile(r"主办|承办|版权所有|©|Copyright|\b(?:Sponsored|Organi[sz]ed)\s+by\b", re.IGNORECASE)
_HOST = re.compile(r"^(?:[a-z0-9\u4e00-\u9fff](?:[a-z0-9\u4e00-\u9fff-]{0,61}[a-z0-9\u4e00-\u9fff])?\.)+"
                   r"(?:[a-z]{2,}|政务|公益|中国)$")


@rule(
    code="CN003",
    name="site-id-meta",
    title=Text("The site metadata in the page head should agree with the page",
               "页面头部的网站元数据应与页面内容一致"),
    messages={
        "empty": Text('<meta name="SiteIDCode"> is empty; set it to the site\'s 网站标识码',
                      '<meta name="SiteIDCode"> 内容为空；请填写本网站的网站标识码'),
        "malformed": Text("SiteIDCode {code} is not 10 digits or bm and 8 digits; check it against the code issued",
                          "SiteIDCode 元数据 {code} 不是 10 位数字或“bm+8 位数字”的格式；请与核发的网站标识码核对"),
        "conflict": Text("The page has several SiteIDCode metas with different values ({codes}); keep one",
                         "页面有多个取值不同的 SiteIDCode 元数据（{codes}）；请只保留正确的一个"),
        "mismatch": Text("SiteIDCode {meta} differs from the 网站标识码 {code} in the footer; the template may "
                         "come from another site",
                         "SiteIDCode 元数据 {meta} 与页面底部的网站标识码 {code} 不一致；页面模板可能沿用了其他网站的设置"),
        "missing": Text('The page shows 网站标识码 {code} but has no <meta name="SiteIDCode">; add it to the head',
                        '页面列有网站标识码 {code}，但 <head> 中缺少 <meta name="SiteIDCode">；请补充'),
        "name-empty": Text('<meta name="SiteName"> is empty; set it to the site\'s name',
                           '<meta name="SiteName"> 内容为空；请填写网站名称'),
        "name-absent": Text('SiteName "{name}" appears neither in the title nor on the page; the template may come '
                            'from another site',
                            "SiteName 元数据“{name}”在页面标题和内容中均未出现；页面模板可能沿用了其他网站的设置"),
        "domain-empty": Text('<meta name="SiteDomain"> is empty; set it to the site\'s domain',
                             '<meta name="SiteDomain"> 内容为空；请填写网站域名'),
        "domain-invalid": Text('SiteDomain "{domain}" is not a domain name; write the host, e.g. www.example.gov.cn',
                               "SiteDomain 元数据“{domain}”不是有效的域名；请填写网站域名，如 www.example.gov.cn"),
        "domain-mismatch": Text("SiteDomain {domain} does not match the page's address {host}; the template may "
                                "come from another site",
                                "SiteDomain 元数据 {domain} 与页面地址的域名 {host} 不一致；页面模板可能沿用了其他网站的设置"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ID-02",),
    tags=("site-marks", "metadata"),
    severity="warning",
    impact="minor",
    options=[
        cnmarks.site_id_labels_option(),
        cnmarks.site_id_formats_option(),
        Option("require-meta", "bool", True, "Report a page that shows a 网站标识码 but has no SiteIDCode meta."),
    ],
    fix=Text("Set SiteIDCode, SiteName and SiteDomain in the template from the site's registration",
             "按网站的开办登记信息设置模板中的 SiteIDCode、SiteName 和 SiteDomain 元数据"),
)
def check(root, ctx):
    yield from _site_id(ctx)
    yield from _site_name(ctx)
    yield from _site_domain(ctx)


def _site_id(ctx):
    footer_codes = []
    for mark in cnmarks.site_id_marks(ctx, ctx.options["labels"]):
        if mark.value and not cnmarks.site_id_problem(mark.value, ctx.options["formats"]):
            if mark.value not in footer_codes:
                footer_codes.append(mark.value)
    found = pageinfo.metas(ctx, "SiteIDCode")
    if not found:
        if footer_codes and ctx.options["require-meta"]:
            yield Fail("missing", element=footer_anchor(ctx), code=footer_codes[0])
        return
    values = []
    for element, content in found:
        code = content.replace(" ", "").lower()
        if not code:
            yield Fail("empty", element=element)
        elif code not in values:
            values.append(code)
            if cnmarks.site_id_problem(code, ctx.options["formats"]):
                yield Fail("malformed", element=element, code=content)
            elif footer_codes and code not in footer_codes:
                yield Fail("mismatch", element=element, meta=content, code=footer_codes[0])
    if len(values) > 1:
        yield Fail("conflict", element=found[0][0], codes=", ".join(values))


def _site_name(ctx):
    found = pageinfo.metas(ctx, "SiteName")
    if not found:
        return
    element, name = found[0]
    if not name:
        yield Fail("name-empty", element=element)
        return
    if not _OWNER_LINE.search(footer_area(ctx).text):
        return  # the page does not say whose it is (a footer written by script, a stripped copy)
    title = next(iter(ctx.select("title")), None)
    alts = " ".join(image.get("alt") or "" for image in ctx.select("img[alt]"))
    haystack = _squash(" ".join((ctx.text(title) if title is not None else "", body_text(ctx).text, alts)))
    wanted = _squash(name)
    shorter = _NAME_ENDINGS.sub("", wanted)
    if wanted in haystack or (len(shorter) >= 2 and shorter in haystack):
        return
    yield Fail("name-absent", element=element, name=name)


def _squash(text: str) -> str:
    return re.sub(r"[\s\u3000_\-|·]+", "", normalize_space(text))


def _site_domain(ctx):
    found = pageinfo.metas(ctx, "SiteDomain")
    if not found:
        return
    element, value = found[0]
    if not value:
        yield Fail("domain-empty", element=element)
        return
    hosts = []
    for part in re.split(r"[,，;；\s]+", value):
        host = pageinfo.host_of(part)
        if not host or not _HOST.match(host):
            yield Fail("domain-invalid", element=element, domain=part)
            return
        hosts.append(host)
    page_host = pageinfo.page_host(ctx)
    if page_host and not any(_same_site(page_host, host) for host in hosts):
        yield Fail("domain-mismatch", element=element, domain=value, host=page_host)


def _same_site(page_host: str, declared: str) -> bool:
    page_host = page_host.removeprefix("www.")
    declared = declared.removeprefix("www.")
    return page_host == declared or page_host.endswith("." + declared)
