"""The 公网安备 number must be 14 digits and agree with its link to the public-security filing platform.

## What it checks
Each public-security filing mark in the readable text, `X公网安备 NNNNNNNNNNNNNN号` (on the English versions of
sites also `Beijing Public Security Filing No. NNNNNNNNNNNNNN`, `Public Security Record No.`: whole words, any
case), must carry a 14-digit number whose first two digits are the province-level code of its abbreviation or
English province name (京 = Beijing = 11, 粤 = Guangdong = 44, 川 = Sichuan = 51…).
Each link to the national filing platform (`www.beian.gov.cn/portal/registerSystemInfo?recordcode=…`, or the
current `beian.mps.gov.cn/#/query/webSearch?code=…`) must carry one of the numbers shown on the page, and
point at the platform's record page (not, for example, `https://www.beian.gov.cn//www.example.gov.cn/…`). With
option `require-link`, a number shown without any such link is reported too. Pages without a 公网安备 mark are
not checked: showing it is a platform convention, not a verified duty (see References).

## Why it matters
The number lets visitors check, on the platform, that the site is filed with the public-security organs. A link
that carries another number opens another site's record; a mistyped number matches no record at all.

## How to fix
Copy the number from the filing certificate and use the same number in the link:
`<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010202000001">京公网安备11010202000001号</a>`.

## Failing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>
<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202000002">京公网安备 11010202000001号</a>
</footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>粤公网安备 4401120200002号</footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>
<a href="https://www.beian.gov.cn//www.example.gov.cn/registerSystemInfo?recordcode=11040102700108">
京公网安备11040102700108号</a>
</footer></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p>
<footer>Beijing Public Security Filing No. 1101050203014</footer></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p>
<footer>Beijing Public Security Filing No. 31010502030143</footer></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>
<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44011202000021">
<img src="ba.png" alt="">粤公网安备 44011202000021号</a>
</footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>京公网安备11010202008000号</footer></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p><footer>
<a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143">
Beijing Public Security Filing No. 11010502030143</a>
</footer></body></html>
```

## Options
- `record-links` (list of strings): the platform's record pages, each "host path-or-#fragment parameter";
  default from `rules/data/gov-cn.toml`, `[police]` (the English province names are its `[province-names]`).
- `require-link` (boolean, default `false`): also report a number that is not linked to the platform.

## Corpus
公网安备 number in the readable text: **28 of the 40** `corpus/cn` pages, all 14 digits and all matching their
province abbreviation; 25 of them link it to the platform (not linked: `mhxqwer-dyqtaiyuan`, `-hjhbjft`,
`-wmlhonghu`, reported only with `require-link`), and every link carries the number shown. Reported:
`mhxqwer-gjbcac` (cac.gov.cn), whose two links read
`https://www.beian.gov.cn//www.cac.gov.cn/registerSystemInfo?recordcode=11040102700108` — the right number on a
broken address. Checked by hand: `mhxqwer-lfygxzf` (an `href` with a leading space, a number without `号`) and
`mhxqwer-myzgd` (the number only in an image `alt`, not read).

## References
- Filing with the public-security organs is a step of opening a government site (linyi.gov.cn guidance citing
  国办发〔2017〕47号: http://linyi.gov.cn/info/8225/293542.htm; https://zfwzgl.www.gov.cn/boxpro/custom/
  "根据网络系统安全管理的相关要求向公安机关备案") — research/COMPLIANCE.md CN-ID-05.
- Display and link format: platform convention seen on government footers (secondary sources, COMPLIANCE.md
  CN-ID-05 ~).
"""

import re

from a11ylint import cnmarks, pageinfo
from a11ylint.rule import Fail, Option, Text, rule

_POLICE = cnmarks.data()["police"]
_NETWORK_ADDRESS = re.compile(r"^(?:https?:)?//", re.IGNORECASE)


@rule(
    code="CN006",
    name="police-record",
    title=Text("The 公网安备 number must be 14 digits and agree with its link",
               "公网安备案号必须为 14 位数字，并与其链接一致"),
    messages={
        "digits": Text("公网安备 number {number} has {count} digits instead of {expected}; copy it from the filing "
                       "certificate",
                       "公网安备案号 {number} 为 {count} 位数字，应为 {expected} 位；请按备案证明核对"),
        "province": Text("公网安备 number {number} starts with {code}, which is not the code of {abbreviation}; "
                         "check the number",
                         "公网安备案号 {number} 的前两位 {code} 与省份简称“{abbreviation}”不符；请核对备案号"),
        "mismatch": Text("The filing link carries {linked}, but the page shows 公网安备 {shown}; use the same number",
                         "备案链接中的号码 {linked} 与页面显示的公网安备案号 {shown} 不一致；请使用同一号码"),
        "bad-link": Text("The 公网安备 link {address} is not the platform's record page; link to "
                         "https://beian.mps.gov.cn/#/query/webSearch?code={number}",
                         "公网安备链接 {address} 不是备案平台的查询页面；请链接至 "
                         "https://beian.mps.gov.cn/#/query/webSearch?code={number}"),
        "unlinked": Text("公网安备 {number} is not linked to the filing platform; link it to "
                         "https://beian.mps.gov.cn/#/query/webSearch?code={number}",
                         "公网安备案号 {number} 未链接至备案平台；请链接至 "
                         "https://beian.mps.gov.cn/#/query/webSearch?code={number}"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ID-05",),
    tags=("site-marks", "footer"),
    severity="error",
    impact="minor",
    options=[
        Option("record-links", "list[str]", _POLICE["record-links"],
               'Record pages of the platform, each "host path-or-#fragment parameter".'),
        Option("require-link", "bool", False, "Report a 公网安备 number that is not linked to the platform."),
    ],
    fix=Text("Show the 14-digit number from the filing certificate and use it in the platform link",
             "按备案证明展示 14 位公网安备案号，并在备案平台链接中使用同一号码"),
)
def check(root, ctx):
    expected = _POLICE["digits"]
    shown = []
    reported = set()
    for mark in cnmarks.police_marks(ctx):
        number = mark.value
        if not number:
            continue
        if number not in shown:
            shown.append(number)
        if number in reported:
            continue
        reported.add(number)
        if len(number) != expected:
            yield Fail("digits", element=mark.element, number=number, count=len(number), expected=expected)
            continue
        abbreviation, code = cnmarks.mark_province(mark)
        if code is not None and number[:2] != code:
            yield Fail("province", element=mark.element, number=number, code=number[:2], abbreviation=abbreviation)
    pages = [entry.split() for entry in ctx.options["record-links"]]
    linked = set()
    for link in ctx.select("a[href]"):
        href = link.get("href").strip()
        number = _record_number(href, pages)
        if number is None:
            continue
        linked.add(number)
        if not _is_record_page(href, pages):
            yield Fail("bad-link", element=link, address=href[:100], number=number or (shown or ["…"])[0])
        elif shown and number not in shown:
            yield Fail("mismatch", element=link, linked=number or ("（空）" if ctx.lang == "zh" else "(empty)"),
                       shown=shown[0])
    if ctx.options["require-link"]:
        for mark in cnmarks.police_marks(ctx):
            if mark.value and mark.value not in linked and len(mark.value) == expected:
                linked.add(mark.value)
                yield Fail("unlinked", element=mark.element, number=mark.value)


def _record_number(href: str, pages) -> str | None:
    """The number a platform link carries ("" when its parameter is empty), or None for other links."""
    host = pageinfo.host_of(href) if _NETWORK_ADDRESS.match(href) else ""
    if not host:
        return None
    for page in pages:
        if len(page) == 3 and host == page[0].lower():
            value = cnmarks.query_value(href, page[2])
            if value is not None:
                return re.sub(r"\D", "", value)
    return None


def _is_record_page(href: str, pages) -> bool:
    host = pageinfo.host_of(href)
    parts = pageinfo.split_url(href if "://" in href else "http:" + href)
    if parts is None:
        return False
    for page_host, where, _ in (page for page in pages if len(page) == 3):
        if host != page_host.lower():
            continue
        if where.startswith("#"):
            if parts.fragment.startswith(where[1:]):
                return True
        elif parts.path.rstrip("/").lower() == where.rstrip("/").lower():
            return True
    return False
