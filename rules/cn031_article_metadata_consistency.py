"""Article pages should name their source (来源) and agree with their PubDate and ContentSource metadata.

## What it checks
On an article page, Chinese or of the English version of a government site (as CN011 `article-metadata` detects
and scopes it):

- a 来源 label (来源, 信息来源, 文章来源…; in English Source or From, whole words, any case) should be shown near
  the title, with a value after it (`来源：` followed by nothing, or directly by the next label such as 发布日期, is
  reported). An English value runs to the next label, separator or date: "Source: Beijing Municipal Government
  Date: 2024-05-01" names "Beijing Municipal Government";
- the date shown as the publication date (发布时间, 发布日期, 时间, 日期, Date, Published, or a date right after the
  title; not 更新时间 or Updated) should be the date of the `PubDate` meta;
- the source shown should agree with the `ContentSource` meta (one containing the other; a shown value cut off
  with `...` is compared as a prefix).

This is the warning-level companion of CN011: showing the date is required; the source and the metadata
convention are not verified requirements (see References).

## Why it matters
Readers and inspectors judge an article's authority by its source, and its currency by its date. When the page
and its metadata disagree, search engines, the site's own column lists and monitoring platforms show another
date or source than the page — typically after a re-publication that changed only one of them.

## How to fix
Show `来源：<source>` with the date under the title, and fill `PubDate` and `ContentSource` from the same fields of
the content management system.

## Failing example
```html
<html lang="zh-CN"><head><title>关于开展安全检查的通知</title>
<meta name="ArticleTitle" content="关于开展安全检查的通知"><meta name="PubDate" content="2024-06-13 14:54"></head>
<body><h1>关于开展安全检查的通知</h1><p>发布时间：2024-06-13</p><p>各乡镇人民政府：……</p></body></html>
```

```html
<html lang="zh-CN"><head><title>关于开展安全检查的通知</title><meta name="ArticleTitle" content="关于开展安全检查的通知">
<meta name="PubDate" content="2024-02-29 16:00"><meta name="ContentSource" content="县应急管理局"></head>
<body><h1>关于开展安全检查的通知</h1><p>来源：县应急管理局 时间：2023年11月14日</p><p>各乡镇人民政府：……</p></body></html>
```

```html
<html lang="zh-CN"><head><title>关于开展安全检查的通知</title></head>
<body><h1>关于开展安全检查的通知</h1><p>来源： 发布日期：2024-01-29</p><p>各乡镇人民政府：……</p></body></html>
```

```html
<html lang="en"><head><title>Beijing extends opening hours of service centres</title>
<meta name="SiteIDCode" content="1100000088">
<meta name="ArticleTitle" content="Beijing extends opening hours of service centres">
<meta name="PubDate" content="2024-05-01 09:30">
<meta name="ContentSource" content="Beijing Municipal Government"></head>
<body><h1>Beijing extends opening hours of service centres</h1>
<p>Date: 2024-04-28 Source: Beijing Municipal Government</p>
<p>From May, the city's government service centres open on Saturdays.</p></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>关于开展安全检查的通知</title><meta name="ArticleTitle" content="关于开展安全检查的通知">
<meta name="PubDate" content="2024-06-13 14:54"><meta name="ContentSource" content="《某某日报》"></head>
<body><h1>关于开展安全检查的通知</h1><p>发布时间：2024-06-13 来源：某某日报</p><p>各乡镇人民政府：……</p></body></html>
```

```html
<html lang="en"><head><title>Beijing extends opening hours of service centres</title>
<meta name="SiteIDCode" content="1100000088">
<meta name="ArticleTitle" content="Beijing extends opening hours of service centres">
<meta name="PubDate" content="2024-05-01 09:30">
<meta name="ContentSource" content="Beijing Municipal Government"></head>
<body><h1>Beijing extends opening hours of service centres</h1>
<p>Date: 2024-05-01 | Updated: 2024-05-03 | Source: Beijing Municipal Government</p>
<p>From May, the city's government service centres open on Saturdays.</p></body></html>
```

## Options
- `source-labels` (list of strings): labels of the source; default `["来源", "信息来源", "文章来源", "稿件来源",
  "新闻来源", "消息来源", "内容来源", "来源单位", "Source", "From"]` (`rules/data/gov-cn.toml`, `[article]`).
- `publication-labels` (list of strings): date labels whose date is compared with `PubDate`; default
  `["发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "时间发布", "日期", "时间", "Date", "Published"]`.

## Corpus
Of the 33 article pages of `corpus/cn`, 31 show a 来源 label. Reported on 11 pages: no 来源 on
`mhxqwer-sykfjax` and `simonxinw-job` 2022; an empty 来源 on `mhxqwer-yjywgxj` and `simonxinw-job` 2015; a shown
date other than `PubDate` on `mhxqwer-gqsbeijing`, `-hjhbjft`, `-lysc`, `-lysctcm`, `-zysc` and `simonxinw-job`
2015 (several of them are clones whose date was edited, which is what the check is for); a shown source other than
`ContentSource` on `mhxqwer-dcy` (辽阳日报 / 辽阳网站) and `mhxqwer-yjybeijing` (北京市援青微信公众号 / 北京市发展和改革
委员会). Accepted: `mhxqwer-wjmoe` (生成日期 2024-06-04 differs from `PubDate`, its 发布日期 2024-06-13 agrees),
`nfra-scraper` (来源 浙江监管局 / `ContentSource` 浙江), `mhxqwer-lysctcm` (a 来源 cut off with `...`).

## References
- 来源 on article pages: derived from the inspection rules on dated information (research/COMPLIANCE.md
  CN-CHK-03); the `PubDate`/`ContentSource` metadata convention is **not verified** (COMPLIANCE.md CN-ID-02:
  provincial metadata specifications such as DB23/T 3649.6-2023, GB/T 42147-2022), hence severity warning.
"""

import re

from a11ylint import cnmarks
from a11ylint.footer import footer_anchor
from a11ylint.rule import Fail, Option, Text, rule

_ARTICLE = cnmarks.data()["article"]
_COMPARE_WITHIN = 4000  # characters after the title where a labelled date is still the article's own


@rule(
    code="CN031",
    name="article-metadata-consistency",
    title=Text("Article pages should name their source and agree with their metadata",
               "文章页面应注明来源，并与页面元数据一致"),
    messages={
        "no-source": Text("This article page does not name its source; add 来源：<source> under the title",
                          "文章页面未注明信息来源；请在标题下方注明“来源：<来源单位>”"),
        "empty-source": Text("The label {label} has no value; fill in the source",
                             "“{label}”后没有内容；请填写信息来源"),
        "date-mismatch": Text("The page shows {shown} as the publication date, but its PubDate metadata says "
                              "{meta}; make them agree",
                              "页面显示的发布时间 {shown} 与元数据 PubDate（{meta}）不一致；请保持一致"),
        "source-mismatch": Text('The page shows the source "{shown}", but its ContentSource metadata says "{meta}"; '
                                "make them agree",
                                "页面显示的来源“{shown}”与元数据 ContentSource（“{meta}”）不一致；请保持一致"),
    },
    jurisdiction=("CN",),
    requirements=("CN-CHK-03", "CN-ID-02"),
    tags=("content", "metadata"),
    severity="warning",
    impact="minor",
    options=[
        Option("source-labels", "list[str]", _ARTICLE["source-labels"], "Labels of the source."),
        Option("publication-labels", "list[str]", _ARTICLE["publication-labels"],
               "Date labels whose date is compared with PubDate."),
    ],
    fix=Text("Show 来源 and 发布时间 under the title and fill PubDate and ContentSource from the same fields",
             "在标题下方注明来源和发布时间，并使 PubDate、ContentSource 元数据与之取自同一字段"),
)
def check(root, ctx):
    if not cnmarks.in_scope(ctx):
        return
    config = dict(_ARTICLE, **{"source-labels": ctx.options["source-labels"]})
    article = cnmarks.article(ctx, config)
    if article is None:
        return
    anchor = article.title_element if article.title_element is not None else footer_anchor(ctx)
    yield from _source(article, anchor)
    yield from _date(article, ctx.options["publication-labels"])


def _source(article, anchor):
    if not article.sources:
        yield Fail("no-source", element=anchor)
        return
    values = [found for found in article.sources if found.value]
    if not values:
        first = article.sources[0]
        yield Fail("empty-source", element=first.element, label=first.label)
        return
    meta = _plain(article.meta_source or "")
    if not meta:
        return
    if any(_agrees(_plain(found.value), meta) for found in values):
        return
    yield Fail("source-mismatch", element=values[0].element, shown=values[0].value, meta=article.meta_source)


def _plain(text: str) -> str:
    return re.sub(r"[\s《》〈〉“”\"'‘’「」【】()（）]", "", text)


def _agrees(shown: str, meta: str) -> bool:
    if shown.endswith(("...", "…", "……")):
        return meta.startswith(shown.rstrip(".…"))
    return shown in meta or meta in shown


def _date(article, labels):
    meta = cnmarks.parse_date(article.meta_date or "")
    if meta is None:
        return
    limit = (article.title_index or 0) + _COMPARE_WITHIN
    shown = next((found for found in article.dates
                  if found.when and found.index < limit and (found.label in labels or not found.label)), None)
    if shown is not None and shown.when != meta:
        yield Fail("date-mismatch", element=shown.element, shown=shown.when.isoformat(), meta=meta.isoformat())
