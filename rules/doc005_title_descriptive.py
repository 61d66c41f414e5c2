"""Page titles must describe the topic or purpose of the page.

## What it checks
Lists the page's first `<title>` for a person to check that it names what this particular page is about,
not only the site ("University of Arkham" on a search results page), nor another page's topic. The
message quotes the page's main `<h1>` (the first one inside the `main` landmark, else the first one), which usually states the topic, for comparison. Missing and empty
titles are reported by `document-title`, editor defaults ("无标题文档", "Untitled Document") by
`title-placeholder`.

## Why it matters
Screen reader users hear the title first when a page opens, and everyone sees it in tabs, bookmarks,
history and search results. Many government sites give every page the site name as its title, so all tabs
look the same.

## How to fix
Start the title with the page's own topic, then the site name: "Apply for a business licence – City of
Riverside", "营业执照办理 - 市场监督管理局".

## Failing example
```html
<html><head><title>Ministry of Health</title></head><body><h1>Vaccination centres in the north district</h1></body></html>
```

## Passing example
```html
<html><head><title>Untitled Document</title></head><body></body></html>
```

```html
<svg xmlns="http://www.w3.org/2000/svg"><title>A circle</title></svg>
```

## References
- WCAG SC 2.4.2 Page Titled: https://www.w3.org/WAI/WCAG22/Understanding/page-titled.html
- ACT rule c4a8a4, HTML page title is descriptive:
  https://www.w3.org/WAI/standards-guidelines/act/rules/c4a8a4/
- WCAG technique G88 (descriptive titles for web pages): https://www.w3.org/WAI/WCAG22/Techniques/general/G88
"""

from a11ylint.rule import Review, Text, rule
from a11ylint.titles import page_title, placeholder_title


@rule(
    code="DOC005",
    name="title-descriptive",
    title=Text("Page titles must describe the topic or purpose of the page", "页面标题必须说明页面的主题或用途"),
    messages={
        "review": Text('Check that the page title "{title}" names this page\'s own topic (main heading: "{h1}"), '
                       "not only the site",
                       "请确认页面标题“{title}”说明了本页自身的主题（主标题：“{h1}”），而不只是网站名称"),
        "no-heading": Text('Check that the page title "{title}" names this page\'s own topic, not only the site',
                           "请确认页面标题“{title}”说明了本页自身的主题，而不只是网站名称"),
    },
    selector=":root",
    wcag=("2.4.2",),
    level="A",
    act=("c4a8a4",),
    standards=("EN-301-549:9.2.4.2", "Section-508:E205.4"),
    tags=("cat.text-alternatives", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Start the page title with the page's own topic, followed by the site name", "让页面标题以本页主题开头，其后再写网站名称"),
)
def check(root, ctx):
    if root.tag != "html":
        return None
    found = page_title(ctx)
    if found is None or not found[1] or placeholder_title(found[1]):
        return None
    element, text = found
    headings = [h1 for h1 in ctx.select("h1") if not ctx.is_hidden(h1)]
    in_main = [h1 for h1 in headings if any(ancestor.tag == "main" or ancestor.get("role") == "main"
                                            for ancestor in h1.iterancestors())]
    heading = next((name for name in (ctx.accessible_name(h1) for h1 in in_main + headings) if name), "")
    if heading:
        return Review("review", element=element, title=text[:80], h1=heading[:80])
    return Review("no-heading", element=element, title=text[:80])
