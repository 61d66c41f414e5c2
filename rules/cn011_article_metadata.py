"""Article pages of government sites must show when the information was published.

## What it checks
An article page — one with an `ArticleTitle` or `PubDate` meta, or whose `<h1>` is followed by 发布时间 or 发布日期
and a date — must show a date near its title: a labelled date (发布时间, 发布日期, 时间, 日期, 发表时间, and the
成文日期/生成日期 of 信息公开 records; on English pages Date, Published, Updated — whole words, any case, so
"Update:" is no label; `2024-06-13`, `2024/6/13` or `2024年06月13日`) from just above the title onwards, or a date
right after the title (not one in a list of other articles). Chinese pages are checked, and pages in other
languages whose `SiteIDCode` meta or `.gov.cn` address shows that they belong to a Chinese government site (its
English version, as CN002 decides).

The companion CN031 `article-metadata-consistency` checks the 来源 (source) and whether the shown date and source
agree with the `PubDate` and `ContentSource` metadata.

## Why it matters
The government-website inspections judge whether columns are kept up to date from the dates of their articles,
and count information "without a publication date" as not updated (未注明信息发布时间的视为不更新). Readers need
the date to know whether a notice, policy or figure is current.

## How to fix
Show `发布时间：YYYY-MM-DD` in the article template, under the title.

## Failing example
```html
<html lang="zh-CN"><head><title>关于开展安全检查的通知</title>
<meta name="ArticleTitle" content="关于开展安全检查的通知"><meta name="PubDate" content="2024-06-13 14:54"></head>
<body><h1>关于开展安全检查的通知</h1><p>来源：县应急管理局</p><p>各乡镇人民政府：为切实做好安全生产工作……</p></body></html>
```

```html
<html lang="en"><head><title>Beijing extends opening hours of service centres</title>
<meta name="SiteIDCode" content="1100000088">
<meta name="ArticleTitle" content="Beijing extends opening hours of service centres">
<meta name="PubDate" content="2024-05-01 09:30"></head>
<body><h1>Beijing extends opening hours of service centres</h1><p>Source: Beijing Municipal Government</p>
<p>From May, the city's government service centres open on Saturdays.</p></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>关于开展安全检查的通知</title>
<meta name="ArticleTitle" content="关于开展安全检查的通知"><meta name="PubDate" content="2024-06-13 14:54"></head>
<body><h1>关于开展安全检查的通知</h1><p>发布时间：2024-06-13 来源：县应急管理局</p><p>各乡镇人民政府：……</p></body></html>
```

```html
<html lang="zh-CN"><head><title>关于开展安全检查的通知</title></head>
<body><h1>关于开展安全检查的通知</h1><p>2024年06月13日 来源：县应急管理局</p><p>各乡镇人民政府：……</p></body></html>
```

```html
<html lang="en"><head><title>Beijing extends opening hours of service centres</title>
<meta name="SiteIDCode" content="1100000088">
<meta name="ArticleTitle" content="Beijing extends opening hours of service centres">
<meta name="PubDate" content="2024-05-01 09:30"></head>
<body><h1>Beijing extends opening hours of service centres</h1>
<p>Updated: 2024-05-01 Source: Beijing Municipal Government</p>
<p>From May, the city's government service centres open on Saturdays.</p></body></html>
```

## Options
- `date-labels` (list of strings): labels of a visible date; default `["发布时间", "发布日期", "发表时间", "发表日期",
  "发稿时间", "时间发布", "日期", "时间", "更新时间", "成文日期", "生成日期", "印发日期", "公开日期", "发文日期", "Date",
  "Published", "Updated"]` (`rules/data/gov-cn.toml`, `[article]`).

## Corpus
Article pages: **33 of the 40** `corpus/cn` pages (32 by their metadata, `gne-cmse-visible` by 发布日期 under
its title). All show a date; the rule reports nothing on the corpus. Checked by hand: `nfra-scraper` (the date line
is above the title), `simonxinw-job` 2022 (only the 生成日期 of its 信息公开 record), `mhxqwer-wyxgzns`
(`<span>来源：…</span><span>发布日期：…</span>`, glued labels), `mhxqwer-lxhyn`, `-lfygxzf`, `-zlzlf`,
`cwce__500b…` (a date without label right after the title).

## References
- 2017 全国政府网站普查 scoring, 栏目不更新: "未注明信息发布时间的视为不更新" — research/COMPLIANCE.md CN-CHK-02,
  CN-CHK-03 (https://www.kunmingchi.com/archives/06vrjeklp5eg0245my9w.html,
  https://max.book118.com/html/2017/0524/108896749.shtm); 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号).
"""

from a11ylint import cnmarks
from a11ylint.footer import footer_anchor
from a11ylint.rule import Fail, Option, Text, rule

_ARTICLE = cnmarks.data()["article"]


@rule(
    code="CN011",
    name="article-metadata",
    title=Text("Article pages must show when the information was published", "文章页面必须注明信息发布时间"),
    messages={
        "missing": Text("This article page shows no publication date; add 发布时间 under the title",
                        "文章页面未显示发布时间；请在标题下方注明发布时间"),
        "missing-shown": Text("This article page shows no publication date (its PubDate metadata says {date}); "
                              "add 发布时间 under the title",
                              "文章页面未显示发布时间（页面元数据 PubDate 为 {date}）；请在标题下方注明发布时间"),
    },
    jurisdiction=("CN",),
    requirements=("CN-CHK-03", "CN-CHK-02"),
    tags=("content",),
    severity="error",
    impact="moderate",
    options=[Option("date-labels", "list[str]", _ARTICLE["date-labels"], "Labels of a visible date.")],
    fix=Text("Show 发布时间：YYYY-MM-DD under the title in the article template",
             "在文章页模板的标题下方显示“发布时间：YYYY-MM-DD”"),
)
def check(root, ctx):
    if not cnmarks.in_scope(ctx):
        return None
    config = dict(_ARTICLE, **{"date-labels": ctx.options["date-labels"]})
    article = cnmarks.article(ctx, config)
    if article is None or any(found.when for found in article.dates):
        return None
    target = article.title_element if article.title_element is not None else footer_anchor(ctx)
    if article.meta_date:
        return Fail("missing-shown", element=target, date=article.meta_date)
    return Fail("missing", element=target)
