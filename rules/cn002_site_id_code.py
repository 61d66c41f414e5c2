"""Government web pages must show the site's 网站标识码 (site identification code).

## What it checks
On a Chinese page (mostly Chinese text, or `lang="zh…"`, or a page whose `SiteIDCode` meta or `.gov.cn`
address shows it belongs to a Chinese government site, such as the English version of a site), the readable text
must contain a 网站标识码 label (`网站标识码`, `政府网站标识码`; `网站识别码` is accepted too; on English pages
`Website Identification Code`, as whole words in any case) followed by a code. The code is looked for in the
footer first and then anywhere in the page; markup inside the number (`<span>`) does not matter. A page whose
label has no code after it is reported too. The form of the code (10 digits, or `bm` and 8 digits) is checked
by CN022 `site-id-format`, its agreement with the `SiteIDCode` meta by CN003 `site-id-meta`.

When the code is written by an inline script (`document.write`), the rule trusts the script and stays silent.
When the page has a footer element that is empty — its content is loaded by a script or from another file — the
rule cannot see the code and asks for a review instead of reporting it missing.

## Why it matters
Every government website receives a 网站标识码 when it is registered (开办) and must list it in the function area
at the bottom of every page (政府网站发展指引, 国办发〔2017〕47号). The government-website inspections count pages
without it, and the code is how visitors and the national 政府网站 directory tell a real government site from a
copy.

## How to fix
Add `网站标识码：<your code>` to the footer template, so that every page shows it, next to the ICP and 公网安备
numbers.

## Failing example
```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer><p>主办单位：某某县人民政府办公室</p><p><a href="https://beian.miit.gov.cn">京ICP备05070218号</a></p></footer>
</body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<div class="footer">主办：某某市人民政府 网站标识码： 技术支持：某某公司</div></body></html>
```

```html
<html lang="en"><head><title>Notice</title>
<link rel="canonical" href="https://english.beijing.gov.cn/latest/news/1.html"></head>
<body><main><p>Opening hours of the service centre.</p></main>
<footer><p>Sponsored by: The General Office of Beijing Municipal People's Government</p>
<p><a href="https://beian.miit.gov.cn/">ICP No. 京ICP备05070218号</a></p></footer></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>通知公告</title><body><main><p>关于开展安全检查的通知。</p></main>
<footer><p>主办单位：某某县人民政府办公室 网站标识码：1101060001</p>
<p><a href="https://beian.miit.gov.cn">京ICP备05070218号</a></p></footer></body></html>
```

```html
<html lang="en"><head><title>Notice</title><meta name="SiteIDCode" content="bm01000001"></head>
<body><main><p>Opening hours of the service centre.</p></main>
<footer><p>Website Identification Code bm01000001</p></footer></body></html>
```

```html
<html lang="en"><title>City council</title><body><p>Welcome to the council website.</p>
<footer>Contact us</footer></body></html>
```

## Options
- `labels` (list of strings): the labels that introduce the code; default `["网站标识码", "网站识别码",
  "Website Identification Code", "Website ID Code"]` (from `rules/data/gov-cn.toml`, `[site-id]`).

## Corpus
网站标识码 with a code in the readable text: **30 of the 40 pages** of `corpus/cn`; one more, `mhxqwer-myzgd`,
writes it with a script. Reported on 9 pages: missing on `gne-cmse-visible` (cmse.gov.cn shows 主办方 and ICP but
no code), `mhxqwer-gjbcac` (cac.gov.cn), `ndrc-wxcx-clone`, `cwce__a0cb…` (振兴东北网) and the `mhxqwer-djjiangsu`,
`-mltjyt` and `-zyjhenan` clones, whose footer was not copied; for review on `mhxqwer-dcy` (`<div id="footer"></div>`)
and `mhxqwer-ycrjinan` (footer in an `<iframe>`). The seed page `000_2e049e708bd8707d` is reported too. Checked
by hand: the 9 findings, and the silent pages `gdhrss-clone` (labelled 网站识别码), `gne-other` (`网站标识码bm01000001`,
no colon), `mhxqwer-yjywgxj` (Word HTML, the code split over `<span>`s), `mhxqwer-lfygxzf` and `mhxqwer-myzgd`.

## References
- 国务院办公厅关于印发政府网站发展指引的通知（国办发〔2017〕47号）, site opening procedure "申请政府网站标识码":
  http://linyi.gov.cn/info/8225/293542.htm (research/COMPLIANCE.md CN-ID-01)
- Where the code must be shown: the 指引's own wording ("页面底部功能区…列明…网站标识码") was not retrieved
  (**unverified**, COMPLIANCE.md CN-ID-01 ?); monitoring platforms record its absence as the defect
  "未在全站页面底部功能区清晰列明" (secondary, ~). Because the duty to show it is not verified, the rule defaults
  to **warning** (raise it with `[tool.a11ylint.severity] CN002 = "error"` where your province's rules say so).
  It reports a code missing from the whole page and does not insist on its place; the form of the code is
  CN022.
"""

from a11ylint import cnmarks
from a11ylint.footer import footer_anchor, footer_area
from a11ylint.rule import Fail, Review, Text, rule


@rule(
    code="CN002",
    name="site-id-code",
    title=Text("Government web pages must show the site's 网站标识码", "政府网站页面必须列明网站标识码"),
    messages={
        "missing": Text("No 网站标识码 (site identification code) on this page; list it in the footer of every page",
                        "本页面未列明网站标识码；请在全站页面底部功能区列明网站标识码"),
        "empty": Text("The footer shows the label 网站标识码 but no code after it; add the site's code",
                      "页面底部有“网站标识码”字样，但没有给出标识码；请补充本网站的标识码"),
        "unreadable": Text("The footer element is empty (probably filled by a script), so the 网站标识码 cannot be "
                           "checked here; check it in a browser",
                           "页面底部区域为空（可能由脚本生成），无法在此核对网站标识码；请在浏览器中确认"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ID-01",),
    tags=("site-marks", "footer"),
    severity="warning",
    impact="moderate",
    options=[cnmarks.site_id_labels_option()],
    fix=Text("List 网站标识码：<code> in the footer template", "在页面底部模板中列明“网站标识码：<标识码>”"),
)
def check(root, ctx):
    if not cnmarks.in_scope(ctx):
        return None
    marks = cnmarks.site_id_marks(ctx, ctx.options["labels"])
    if any(mark.value for mark in marks):
        return None
    if cnmarks.site_id_in_scripts(ctx, ctx.options["labels"]):
        return None
    if marks:
        label = next((mark for mark in marks if mark.in_footer), marks[0])
        return Fail("empty", element=label.element)
    if footer_area(ctx).empty_containers:
        return Review("unreadable", element=footer_anchor(ctx))
    return Fail("missing", element=footer_anchor(ctx))
