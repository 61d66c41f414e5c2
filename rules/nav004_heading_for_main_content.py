"""The main content should start with a heading.

## What it checks
A page is accepted when a heading exposed to assistive technology (`<h1>`–`<h6>`, `role="heading"`) is
inside its `main` landmark. Otherwise, if the page has links, it is listed for a person to check that a
heading starts the main content: the message names the `main` landmark that lacks a heading, or the
page's first heading, or says that the page has none. Text that only looks like a heading (`<b>`,
`<font size>`) does not count.

## Why it matters
Screen reader users jump to the first heading of the content to skip the header and menus; it is the most
used way to find the content. On pages built with tables and `<font>` tags, there is no heading to jump to.

## How to fix
Mark the title of the page's content as `<h1>` (and sections below it as `<h2>`…), at the start of the
main content.

## Failing example
```html
<div id="menu"><a href="/">Home</a> <a href="/news/">News</a></div>
<div id="content"><b style="font-size: 18pt">Spring Festival opening hours</b><p>The hall is closed.</p></div>
```

## Passing example
```html
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<main><h1>Spring Festival opening hours</h1><p>The hall is closed.</p></main>
```

## References
- WCAG SC 2.4.1 Bypass Blocks: https://www.w3.org/WAI/WCAG22/Understanding/bypass-blocks.html
- ACT rule 047fe0, Document has heading for non-repeated content:
  https://www.w3.org/WAI/standards-guidelines/act/rules/047fe0/
- WCAG technique H69 (heading elements at the beginning of each section of content):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H69
"""

from a11ylint.headings import visible_headings
from a11ylint.landmarks import main_landmarks
from a11ylint.rule import Review, Text, rule


@rule(
    code="NAV004",
    name="heading-for-main-content",
    title=Text("The main content should start with a heading", "主要内容应以标题开头"),
    messages={
        "main": Text("The main landmark contains no heading; mark the title of the content as <h1> at its start",
                     "main 区域内没有标题；请在其开头将内容标题标记为 <h1>"),
        "first": Text('Check that a heading starts the main content, after the header and menus (first heading: '
                      '"{first}", {count} in all)',
                      "请确认主要内容在页头和菜单之后以标题开头（第一个标题：“{first}”，共 {count} 个）"),
        "none": Text("The page has no headings; mark the title of the main content as <h1> so users can jump past the "
                     "header and menus",
                     "页面没有任何标题；请将主要内容的标题标记为 <h1>，以便用户越过页头和菜单"),
    },
    selector=":root",
    act=("047fe0",),
    best_practice=True,
    tags=("cat.semantics", "headings", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Start the main content with its title marked up as <h1>", "在主要内容的开头将内容标题标记为 <h1>"),
)
def check(root, ctx):
    if root.tag != "html" or not ctx.select("a[href]"):
        return None
    headings = visible_headings(ctx)
    mains = main_landmarks(ctx)
    if any(any(ancestor is main for ancestor in heading.iterancestors()) for heading in headings for main in mains):
        return None
    body = next(root.iterchildren("body"), root)
    if mains:
        return Review("main", element=mains[0])
    if headings:
        return Review("first", element=headings[0], first=ctx.accessible_name(headings[0])[:60], count=len(headings))
    return Review("none", element=body)
