"""Page titles must not be editor defaults or placeholders.

## What it checks
The first `<title>` of the page, when its text is a default left by an editor or template, or a file
name: "Untitled Document", "Untitled-1", "New Page 1", "Document", "Insert title here", "Page title",
"无标题文档", "无标题页", "新建网页 1", "未命名", "网页标题", "Unbenanntes Dokument", "Sans titre",
"index.html", "default.aspx". An empty title is reported by `document-title`; whether a real title
describes the page is left to a person (`title-descriptive`).

## Why it matters
The title is the first thing a screen reader announces, and the name of the browser tab, bookmark and
search result. Dreamweaver's "无标题文档" is still found on many Chinese government pages, and tells users
nothing about where they are.

## How to fix
Name the page's topic first, then the site: "Passport renewal – Ministry of Foreign Affairs",
"护照换发 - 外交部".

## Failing example
```html
<html><head><title>无标题文档</title></head><body><h1>护照换发办理指南</h1></body></html>
```

```html
<html><head><title>Untitled Document</title></head><body></body></html>
```

## Passing example
```html
<html><head><title>护照换发办理指南 - 外交部</title></head><body></body></html>
```

## References
- WCAG SC 2.4.2 Page Titled: https://www.w3.org/WAI/WCAG22/Understanding/page-titled.html
- ACT rule c4a8a4, HTML page title is descriptive:
  https://www.w3.org/WAI/standards-guidelines/act/rules/c4a8a4/
- WCAG failure F25 (title that does not identify the contents, such as "Untitled Document"):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F25
"""

from a11ylint.rule import Fail, Text, rule
from a11ylint.titles import page_title, placeholder_title


@rule(
    code="DOC006",
    name="title-placeholder",
    title=Text("Page titles must not be editor defaults or placeholders", "页面标题不得是编辑器默认值或占位文字"),
    messages={"placeholder": Text('Page title "{title}" is a default or placeholder; name the page\'s topic and the '
                                  "site, e.g. \"Passport renewal – Ministry of Foreign Affairs\"",
                                  "页面标题“{title}”是默认值或占位文字；请写明页面主题和网站名称，如“护照换发 - 外交部”")},
    selector=":root",
    wcag=("2.4.2",),
    level="A",
    act=("c4a8a4",),
    standards=("EN-301-549:9.2.4.2", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="serious",
    fix=Text("Replace the default or placeholder title with the page's topic followed by the site name",
             "将默认或占位标题改为“页面主题 - 网站名称”的形式"),
)
def check(root, ctx):
    if root.tag != "html":
        return None
    found = page_title(ctx)
    if found is None or not found[1]:
        return None
    element, text = found
    if placeholder_title(text):
        return Fail("placeholder", element=element, title=text[:80])
    return None
