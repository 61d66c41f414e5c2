"""Pages must have a title.

## What it checks
The page has no `<title>` element, or its first `<title>` holds only whitespace.

## Why it matters
The title is the first thing a screen reader announces and what identifies the page in tabs, bookmarks,
history and search results. Government sites often ship a template whose article pages have no title.

## How to fix
Add `<title>` in `<head>`, naming the page first and the site second: `<title>Flood notice – Anyue
County Government</title>`.

## Failing example
```html
<html lang="en"><head></head><body><p>Notice</p></body></html>
```

```html
<html lang="en"><head><title> </title></head><body></body></html>
```

## Passing example
```html
<html lang="en"><head><title>Flood notice – Example County</title></head><body></body></html>
```

## References
- WCAG SC 2.4.2 Page Titled: https://www.w3.org/WAI/WCAG22/Understanding/page-titled.html
- ACT rule 2779a5, HTML page has non-empty title:
  https://www.w3.org/WAI/standards-guidelines/act/rules/2779a5/
- WCAG technique H25: https://www.w3.org/WAI/WCAG22/Techniques/html/H25
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="DOC001",
    name="document-title",
    title=Text("Pages must have a title", "页面必须有标题"),
    messages={
        "missing": Text("Page has no <title>; add one that names the page",
                        "页面缺少 <title>；请添加能说明页面内容的标题"),
        "empty": Text("Page <title> is empty; name the page in it", "页面 <title> 为空；请填写页面标题"),
    },
    selector=":root",
    wcag=("2.4.2",),
    level="A",
    act=("2779a5",),
    standards=("EN-301-549:9.2.4.2", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="serious",
    fix=Text("Add a <title> in <head> that names the page first and the site second",
             "在 <head> 中添加 <title>，先写页面名称，再写网站名称"),
)
def check(root, ctx):
    if root.tag != "html":
        return None
    titles = ctx.select("title")
    if not titles:
        return Fail("missing")
    if not ctx.text(titles[0]):
        return Fail("empty", element=titles[0])
    return None
