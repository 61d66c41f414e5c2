"""The 网站标识码 should be written in its issued form: 10 digits, or bm and 8 digits.

## What it checks
Each 网站标识码 shown on the page (found as CN002 `site-id-code` finds it, also under its English label
"Website Identification Code") must be well formed: 10 digits whose
first two are a province-level division code (local government sites: a 6-digit GB/T 2260 division code and a
4-digit sequence number, e.g. `4401120001`), or `bm` followed by 8 digits (State Council departments, e.g.
`bm01000001`). A code that is too short, too long, or starts with a code that is no province is reported once
per distinct value. This is the warning-level companion of CN002 (a missing code is an error there; a
malformed one is a warning here, since the forms are taken from observed sites, not from a published format).

## Why it matters
A typo in the code breaks the link between the site and its registration: inspections and visitors who look
the site up in the national directory find nothing, or another site.

## How to fix
Copy the code exactly as issued (全国政府网站基本信息数据库) into the footer template.

## Failing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer>主办：某某市人民政府 网站标识码：45000001</footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer>主办：某某部 网站标识码：bm0700001</footer></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p>
<footer>Sponsored by: Beijing Municipal People's Government
Website Identification Code: 11000000</footer></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer>主办：某某市人民政府 网站标识码：4500000123</footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer>主办：某某部 网站标识码：bm07000001</footer></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p>
<footer>Sponsored by: Beijing Municipal People's Government
Website Identification Code: 1100000088</footer></body></html>
```

## Options
- `labels` (list of strings): as CN002; default `["网站标识码", "网站识别码", "Website Identification Code",
  "Website ID Code"]`.
- `formats` (list of strings): regular expressions a code must match in full; default `["^\\d{10}$",
  "^bm\\d{8}$"]` (`rules/data/gov-cn.toml`, `[site-id]`).

## Corpus
All 30 codes shown on `corpus/cn` pages (and the one written by a script) are well formed; the rule reports
nothing there. Checked by hand: `mhxqwer-lfygxzf` (`网站标识码 ：4500000123`, label and code on separate lines),
`mhxqwer-wyxgzns` (`网站标识码：4401150002ICP备案号…`, no space before the next label), the `bm` codes of
`gne-other`, `magichtml`, `mhxqwer-wjmoe` and `nfra-scraper`.

## References
- Formats observed on government pages (local sites 10 digits, e.g. 1304000009; ministries bm + 8 digits, e.g.
  bm07000001): research/COMPLIANCE.md CN-ID-01 (public samples). The format is not published in the sources
  retrieved so far (**unverified**), hence severity warning.
- 政府网站发展指引（国办发〔2017〕47号）: http://linyi.gov.cn/info/8225/293542.htm
"""

from a11ylint import cnmarks
from a11ylint.rule import Fail, Text, rule


@rule(
    code="CN022",
    name="site-id-format",
    title=Text("The 网站标识码 should be written in its issued form", "网站标识码应按核发的格式书写"),
    messages={
        "format": Text("网站标识码 {code} is not 10 digits or bm and 8 digits; check it against the code issued",
                       "网站标识码 {code} 不是 10 位数字或“bm+8 位数字”的格式；请与核发的标识码核对"),
        "province": Text("网站标识码 {code} does not start with a province-level division code; check it against "
                         "the code issued",
                         "网站标识码 {code} 的前两位不是省级行政区划代码；请与核发的标识码核对"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ID-01",),
    tags=("site-marks", "footer"),
    severity="warning",
    impact="minor",
    options=[
        cnmarks.site_id_labels_option(),
        cnmarks.site_id_formats_option(),
    ],
    fix=Text("Copy the 网站标识码 exactly as issued into the footer", "按核发的网站标识码原样填写页面底部的标识码"),
)
def check(root, ctx):
    seen = set()
    for mark in cnmarks.site_id_marks(ctx, ctx.options["labels"]):
        if not mark.value or mark.value in seen:
            continue
        seen.add(mark.value)
        problem = cnmarks.site_id_problem(mark.value, ctx.options["formats"])
        if problem:
            yield Fail(problem, element=mark.element, code=mark.value)
