"""Government home pages should offer a visible entry to their elderly-friendly mode (关怀版).

## What it checks
On the home page of a government site — a Chinese page with signs of a government site (as CN004 counts them)
whose address is the site root or a root `index.*` file, or, when the page does not say its address, whose
`ColumnName` is 首页 or whose file is named `index.*` and is not an article — a link, button or clickable element
must be named 关怀版, 长者模式, 长者助手, 老年人模式, 适老化 or a similar entry (the text, `aria-label`, `title` or the
`alt` of its image). Other pages are not checked: the entry is expected on the home page. English pages are not
checked either: the entry and the 适老化 programme that asks for it concern the Chinese-language sites that older
residents use, not the English versions of government sites written for foreign readers.

## Why it matters
The 2021 programme for ageing-friendly and accessible government websites (国办公开办函〔2021〕28号, 工信部《互联网
网站适老化通用设计规范》) asks sites to offer a mode with larger text, higher contrast and simpler pages; older
visitors can only use it if the home page shows where to switch it on.

## How to fix
Add a link such as `<a href="/ghb/">关怀版</a>` (or the toolbar's 长者模式 button) to the top of the home page.

## Failing example
```html
<html lang="zh-CN"><head><title>某某市人民政府门户网站</title><meta name="SiteIDCode" content="1101060001">
<link rel="canonical" href="https://www.mmq.gov.cn/"></head><body><div class="top"><a href="/">首页</a>
<a href="/zwgk/">政务公开</a><a href="/wza/">无障碍浏览</a></div><main><h1>某某市人民政府</h1></main></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>某某市人民政府门户网站</title><meta name="SiteIDCode" content="1101060001">
<link rel="canonical" href="https://www.mmq.gov.cn/"></head><body><div class="top"><a href="/">首页</a>
<a href="/ghb/">关怀版</a></div><main><h1>某某市人民政府</h1></main></body></html>
```

```html
<html lang="zh-CN"><head><title>通知公告</title><meta name="SiteIDCode" content="1101060001">
<link rel="canonical" href="https://www.mmq.gov.cn/tzgg/1.html"></head><body><main><h1>通知公告</h1></main></body></html>
```

## Options
- `entries` (list of strings): names of the entry; default `["关怀版", "关怀模式", "长者模式", "长者版", "长者助手",
  "老年模式", "老年人模式", "老年版", "老人版", "适老化", "适老版", "适老模式"]` (`rules/data/gov-cn.toml`,
  `[elderly]`). Add `"无障碍"` if the site's accessibility toolbar is its elderly mode.

## Corpus
`corpus/cn` has no home page (its pages are articles, a login page and search results), so the rule reports
nothing there. An entry is present, as a link or button, on **10 of the 40** pages: 长者助手 (`mhxqwer-jchhp`,
`-wyxby`, `-wyxgzns`), 长者模式 (`mhxqwer-lxhyn`, `-sykfjax`), 适老版 (`mhxqwer-gqsbeijing`, `-hjhbjft`), 关怀版
(`mhxqwer-yjywgxj`, both `simonxinw-job` pages); `gdhrss-clone` shows 长者助手 only as its toolbar's heading.

## References
- 国办公开办函〔2021〕28号 关于消除"数字鸿沟"，推进政府网站、政务新媒体适老化与无障碍改造的通知 (title in
  https://renrendoc.com/paper/215714043.html) and deployments such as yangjiang.gov.cn "长者助手" and gxzf.gov.cn
  "退出老年人模式" — research/COMPLIANCE.md CN-ELD-08. The mandate's wording was not retrieved (~), so this rule is
  advisory (severity warning).
"""

from a11ylint import cnmarks, pageinfo
from a11ylint.dom import normalize_space
from a11ylint.rule import Fail, Option, Text, rule

_CLICKABLE = "a, button, [role=button], [role=link], [role=menuitem], [onclick], input[type=button], input[type=image]"


@rule(
    code="CN015",
    name="elderly-mode-entry",
    title=Text("Government home pages should offer a visible entry to their elderly-friendly mode",
               "政府网站首页应提供适老化（关怀版）入口"),
    messages={
        "missing": Text("This government home page has no entry to an elderly-friendly mode (关怀版, 长者模式); add "
                        "one near the top of the page",
                        "政府网站首页未提供关怀版（长者模式）入口；请在页面顶部显著位置提供"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ELD-08",),
    tags=("elderly",),
    severity="warning",
    impact="moderate",
    options=[Option("entries", "list[str]", cnmarks.data()["elderly"]["entries"], "Names of the entry.")],
    fix=Text("Add a 关怀版 link near the top of the home page", "在首页顶部显著位置添加“关怀版”入口"),
)
def check(root, ctx):
    if not cnmarks.is_chinese_page(ctx) or not cnmarks.government_signs(ctx):
        return None
    if not pageinfo.is_home_page(ctx, is_article=cnmarks.is_article):
        return None
    entries = ctx.options["entries"]
    for element in ctx.select(_CLICKABLE):
        if ctx.is_hidden(element):
            continue
        name = " ".join((ctx.accessible_name(element), ctx.text(element), element.get("title") or "",
                         element.get("value") or "", element.get("alt") or ""))
        if any(entry in normalize_space(name) for entry in entries):
            return None
    return Fail("missing", element=next(iter(ctx.select("body")), root))
