"""The ICP 备案号 should be written in the MIIT form and link to the current filing-system address.

## What it checks
The warning-level companion of CN005 `icp-record`:

- **Form.** Each distinct ICP number on the page should read province abbreviation + `ICP备` (or `ICP证`) +
  6 to 10 digits + `号`, with a site suffix after `号`: `粤ICP备2022017031号-1`. Reported: no or an unknown
  province abbreviation, a colon inside the number (`蜀ICP备：19007388号`), a missing `号`
  (`晋ICP备05003854`), the suffix before `号` (`鄂ICP备19031037-2号`), too few or too many digits. Spaces
  inside the number are tolerated. The English form of the English versions of sites, `Beijing ICP Prep. No.
  05070218` (an English province name, no `号`), is a form of its own: only a missing or unknown province name and
  the number of digits are checked there.
- **Outdated address.** Links to the old addresses of the filing system: `miitbeian.gov.cn`,
  `miibeian.gov.cn` (with or without `www.`) and `http://www.beian.miit.gov.cn`. They redirect today, but
  may stop doing so; the current address is `https://beian.miit.gov.cn/`.

## Why it matters
The number is how visitors look the site up in the filing system: written differently from the record, it
may not be found, and inspections compare it character by character. An old address can break at any time.

## How to fix
Copy the number exactly as the filing system shows it, and link it to `https://beian.miit.gov.cn/`.

## Failing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer><a href="https://beian.miit.gov.cn/">鄂ICP备19031037-2号</a></footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer><a href="http://www.miitbeian.gov.cn/">京ICP备05070218号</a></footer></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p>
<footer><a href="https://beian.miit.gov.cn/">ICP No. 京ICP备05070218</a></footer></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p>
<footer><a href="http://www.miitbeian.gov.cn/">Beijing ICP Prep. No. 05070218</a></footer></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer><a href="https://beian.miit.gov.cn/">鄂ICP备19031037号-2</a></footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer><a href="https://beian.miit.gov.cn/">蜀ICP备 13001288号</a></footer></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p>
<footer><a href="https://beian.miit.gov.cn/">Beijing ICP Prep. No. 05070218</a></footer></body></html>
```

## Options
- `outdated-links` (list of strings): old addresses; an entry without a scheme is a host, `http://host` that
  host over http only. Default from `rules/data/gov-cn.toml`, `[icp]`.
- `min-digits`, `max-digits` (integers, default 6 and 10): the length of the number's digits.
The English province names are in `rules/data/gov-cn.toml`, `[province-names]`.

## Corpus
Of the 32 `corpus/cn` pages with an ICP number, 4 write it in another form: `cwce__500b…` (`蒙ICP备 05006530`) and
`mhxqwer-dyqtaiyuan` (`晋ICP备05003854`) without `号`, `mhxqwer-lysctcm` with a colon, `mhxqwer-zxwwuhan` with the
suffix before `号`. No page links to an old address (`nfra-scraper`, `mhxqwer-lfygxzf` and `mhxqwer-yjywgxj` use
`http://beian.miit.gov.cn`, the current host over http, which is accepted).

## References
- 《非经营性互联网信息服务备案管理办法》(信息产业部令第33号) 第十三条 (show the number, link to the system):
  http://hn12345.com/news/83.html (research/COMPLIANCE.md CN-ID-04).
- Change of the system's address: zhangzhibin/xmanyou-blog `src/content/blog/bei-an-number-settings.md`.
- The number's exact form is taken from the filing system's certificates and public pages (MIIT's format
  rules were not retrieved — **unverified**), hence severity warning.
"""

from a11ylint import cnmarks, pageinfo
from a11ylint.rule import Fail, Option, Text, rule

_ICP = cnmarks.data()["icp"]
_PROBLEMS = {
    "province": ("no province abbreviation", "缺少省份简称"),
    "colon": ("a colon inside the number", "号码中有冒号"),
    "no-hao": ("no 号", "缺少“号”字"),
    "suffix-order": ("the site suffix before 号", "网站序号写在了“号”字之前"),
    "digits": ("an unusual number of digits", "数字位数不符"),
}


@rule(
    code="CN025",
    name="icp-record-format",
    title=Text("The ICP 备案号 should be written in the MIIT form and link to the current address",
               "ICP 备案号应按规范格式书写，并链接至备案管理系统的现行地址"),
    messages={
        "malformed": Text("ICP 备案号 {number} has {problems}; write it as the filing system shows it{suggestion}",
                          "ICP 备案号“{number}”书写不规范（{problems}）；请按备案管理系统中的记录书写{suggestion}"),
        "outdated": Text("The ICP link goes to the old address {address}; link to https://beian.miit.gov.cn/",
                         "ICP 备案号链接的是旧地址 {address}；请改为 https://beian.miit.gov.cn/"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ID-04",),
    tags=("site-marks", "footer"),
    severity="warning",
    impact="minor",
    options=[
        Option("outdated-links", "list[str]", _ICP["outdated-links"], "Old addresses of the filing system."),
        Option("min-digits", "int", _ICP["min-digits"], "Fewest digits of a well-formed number.", minimum=1),
        Option("max-digits", "int", _ICP["max-digits"], "Most digits of a well-formed number.", minimum=1),
    ],
    fix=Text("Write the number as 粤ICP备2022017031号-1 and link it to https://beian.miit.gov.cn/",
             "按“粤ICP备2022017031号-1”的格式书写备案号，并链接至 https://beian.miit.gov.cn/"),
)
def check(root, ctx):
    zh = ctx.lang == "zh"
    seen = set()
    for number in cnmarks.icp_numbers(ctx, ctx.options["min-digits"], ctx.options["max-digits"]):
        if not number.problems or number.mark.text in seen:
            continue
        seen.add(number.mark.text)
        problems = ("、" if zh else ", ").join(_PROBLEMS[problem][1 if zh else 0] for problem in number.problems)
        suggestion = ""
        if "province" not in number.problems and "digits" not in number.problems:
            suggestion = f"，如“{number.canonical}”" if zh else f", e.g. {number.canonical}"
        yield Fail("malformed", element=number.mark.element, number=number.mark.text, problems=problems,
                   suggestion=suggestion)
    for link in ctx.select("a[href]"):
        href = link.get("href").strip()
        if not href.lower().startswith(("http:", "https:", "//")):
            continue
        host = pageinfo.host_of(href)
        if host and cnmarks.is_outdated_link(href, host, ctx.options["outdated-links"]):
            yield Fail("outdated", element=link, address=href[:80])
