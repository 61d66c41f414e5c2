"""Government sites should have no blank columns (空白栏目).

## What it checks
On Chinese pages, and on the English versions of government sites (pages whose `SiteIDCode` meta or `.gov.cn`
address shows it, as CN002 decides):

- **Placeholders.** A visible element whose whole text is short (24 characters by default) and contains a
  placeholder — 暂无信息, 暂无内容, 暂无数据, 暂无记录, 正在建设, 建设中, 敬请期待, 内容更新中, and in English No
  information, No content, No data, No records, Under construction, Coming soon (whole words, any case) — such as
  `<li>暂无信息</li>`, `<li>No information available</li>` or `<div class="empty">该栏目正在建设中，敬请期待！</div>`.
  The innermost such element is reported. Sentences of an article that mention a building project
  (项目正在建设中，预计年底完工) are longer than the limit and are not reported; hidden "no data" messages that a
  script shows are not reported either.
- **Empty lists** (needs review). On a column page (`ColumnName` meta, not an article), a visible list whose id or
  class names a list (`list`, `lb`, `lanmu`, `news`, `xxgk`…) but that has no items. A script may fill it at run
  time, so a person must look.

The inspections count blank columns across the site (five or more is a veto); this rule reports them page by
page.

## Why it matters
A column that promises information and shows none wastes visitors' time and signals an unmaintained site; the
government-website inspections treat "有栏目无内容" as a defect and five such columns as an automatic fail.

## How to fix
Publish the column's content, or remove the column and its links until there is content.

## Failing example
```html
<html lang="zh-CN"><title>政策解读</title><body><h1>政策解读</h1>
<ul class="list"><li>暂无信息</li></ul></body></html>
```

```html
<html lang="zh-CN"><title>网上调查</title><body><div class="main"><p>该栏目正在建设中，敬请期待！</p></div></body></html>
```

```html
<html lang="en"><head><title>Policy interpretation</title><meta name="SiteIDCode" content="1100000088"></head>
<body><h1>Policy interpretation</h1><ul class="list"><li>No information available</li></ul></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>政策解读</title><body><h1>政策解读</h1>
<ul class="list"><li><a href="/zcjd/1.html">《关于加强安全生产工作的意见》解读</a> 2024-06-13</li></ul>
<div class="empty" style="display:none">暂无数据</div></body></html>
```

```html
<html lang="zh-CN"><title>项目进展</title><body><h1>项目进展</h1>
<p>目前，县人民医院新院区项目正在建设中，预计明年六月投入使用。</p></body></html>
```

```html
<html lang="en"><head><title>Policy interpretation</title><meta name="SiteIDCode" content="1100000088"></head>
<body><h1>Policy interpretation</h1><ul class="list"><li><a href="/policies/1.html">Opinions on work safety,
explained</a> 2024-05-01</li></ul><p>No data on shelters is published here: see the Civil Affairs Bureau.</p>
<div class="empty" style="display:none">No data</div></body></html>
```

## Options
- `placeholders` (list of strings): placeholder texts; default `["暂无信息", "暂无内容", "暂无数据", "暂无记录",
  "暂无相关信息", "正在建设", "建设中", "敬请期待", "栏目建设中", "内容更新中", "No information", "No content", "No data",
  "No records", "Under construction", "Coming soon"]`. English placeholders are longer than Chinese ones: raise
  `max-length` if the site's English messages are longer than 24 characters.
- `max-length` (integer, default 24): the longest element text that still reads as a placeholder.
- `list-names` (list of strings): id/class words of list regions on column pages.
Defaults in `rules/data/gov-cn.toml`, `[blank-column]`.

## Corpus
No page of `corpus/cn` shows a placeholder or an empty list (they are article pages, a login page and search
results); the rule reports nothing there. 建设 and 建设中 occur on 3 pages (`magichtml`, `mhxqwer-wjmoe`,
`mhxqwer-zysc`), only inside sentences of the articles, and are correctly left alone.

## References
- 2017 全国政府网站普查评分表, 单项否决 "空白栏目" (≥5): https://www.kunmingchi.com/archives/06vrjeklp5eg0245my9w.html,
  https://max.book118.com/html/2017/0524/108896749.shtm; 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号) —
  research/COMPLIANCE.md CN-CHK-01. The page-level detection is a heuristic, hence severity warning.
"""

import re

from a11ylint import cnmarks, pageinfo
from a11ylint.pagetext import body_text
from a11ylint.rule import Fail, Option, Review, Text, rule

_DATA = cnmarks.data()["blank-column"]
_SKIP = frozenset(("script", "style", "noscript", "template", "title", "option", "select", "textarea", "head"))


@rule(
    code="CN012",
    name="blank-column",
    title=Text("Government sites should have no blank columns", "政府网站不应有空白栏目"),
    messages={
        "placeholder": Text('The page shows the placeholder "{text}": a column without content; publish content or '
                            "remove the column",
                            "页面显示“{text}”，属于有栏目无内容的空白栏目；请发布内容或撤销该栏目"),
        "empty-list": Text("The list {name} on this column page has no items; check that the column has content",
                           "栏目页中的列表 {name} 没有任何条目；请确认该栏目是否有内容"),
    },
    jurisdiction=("CN",),
    requirements=("CN-CHK-01",),
    tags=("content",),
    severity="warning",
    impact="moderate",
    options=[
        Option("placeholders", "list[str]", _DATA["placeholders"], "Placeholder texts of blank columns."),
        Option("max-length", "int", _DATA["max-length"], "Longest element text that reads as a placeholder.",
               minimum=1),
        Option("list-names", "list[str]", _DATA["list-names"], "id/class words of list regions on column pages."),
    ],
    fix=Text("Publish the column's content, or remove the column until it has some",
             "为该栏目发布内容，或在有内容之前撤销该栏目"),
)
def check(root, ctx):
    if not cnmarks.in_scope(ctx):
        return
    yield from _placeholders(ctx)
    yield from _empty_lists(ctx)


def _placeholders(ctx):
    placeholders = cnmarks.phrases_regex(ctx.options["placeholders"])
    if not placeholders.search(body_text(ctx).text):
        return
    limit = ctx.options["max-length"]
    found = []
    for element in ctx.select("body *"):
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        text = ctx.text(element)
        if not text or len(text) > limit or not placeholders.search(text):
            continue
        if any(ancestor.tag in _SKIP for ancestor in element.iterancestors()) or ctx.is_invisible(element):
            continue
        found.append(element)
    chosen = set(found)
    for element in found:
        if any(descendant in chosen for descendant in element.iterdescendants()):
            continue
        yield Fail("placeholder", element=element, text=ctx.text(element))


def _empty_lists(ctx):
    if not pageinfo.meta_value(ctx, "ColumnName") or cnmarks.is_article(ctx):
        return
    words = "|".join(re.escape(word) for word in ctx.options["list-names"])
    named = re.compile(rf"(?:^|[-_])(?:{words})(?:[-_\d]|$)", re.IGNORECASE)
    for element in ctx.select("ul, ol"):
        tokens = [element.get("id") or "", *(element.get("class") or "").split()]
        if not any(named.search(token) for token in tokens if token):
            continue
        if next(element.iter("li"), None) is not None or ctx.text(element) or ctx.is_invisible(element):
            continue
        yield Review("empty-list", element=element, name=_describe(element))


def _describe(element) -> str:
    if element.get("id"):
        return f"<{element.tag} id=\"{element.get('id')}\">"
    return f"<{element.tag} class=\"{element.get('class')}\">"
