"""Pages must offer a way to skip blocks of content repeated on every page.

## What it checks
A page with a `main` landmark (`<main>` or `role="main"`) that is exposed to assistive technology and has
content is accepted: users can jump to it. Any other page that has links is listed once for a person to
check how keyboard and screen reader users get past the header, menus and other blocks repeated on every
page. The message says what the page offers: a skip link and its target, the number of headings and the
first one. Those are the accepted ways, together with collapsible menus.

## Why it matters
Government portals often put fifty or more menu links before the content. Without a way past them,
keyboard users press Tab fifty times on every page, and screen reader users hear the menus again each time.

## How to fix
Wrap the main content in `<main>`, start it with a heading (`<h1>`), and put a "Skip to main content" link
first in the page.

## Failing example
```html
<div class="nav"><a href="/">Home</a> <a href="/news/">News</a> <a href="/services/">Services</a></div>
<div class="content"><b>Notice on the Spring Festival holiday</b><p>The service hall is closed.</p></div>
```

## Passing example
```html
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/services/">Services</a></nav>
<main><h1>Notice on the Spring Festival holiday</h1><p>The service hall is closed.</p></main>
```

## References
- WCAG SC 2.4.1 Bypass Blocks: https://www.w3.org/WAI/WCAG22/Understanding/bypass-blocks.html
- ACT rule cf77f2, Bypass Blocks of Repeated Content:
  https://www.w3.org/WAI/standards-guidelines/act/rules/cf77f2/
- WCAG technique ARIA11 (ARIA landmarks to identify regions of a page):
  https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA11
- WCAG techniques G1 (skip link) and H69 (headings at the beginning of each section):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H69
"""

from a11ylint.headings import visible_headings
from a11ylint.landmarks import main_landmarks
from a11ylint.rule import Review, Text, rule
from a11ylint.skiplinks import broken, skip_links


@rule(
    code="NAV001",
    name="bypass-blocks",
    title=Text("Pages must offer a way to skip blocks of content repeated on every page",
               "页面必须提供跳过各页重复内容块的方式"),
    messages={
        "skip": Text('No main landmark; check that the skip link "{name}" (to #{fragment}) lands at the start of the '
                     "main content, past the header and menus repeated on every page ({headings} headings)",
                     "没有 main 区域；请确认跳转链接“{name}”（指向 #{fragment}）能越过每页重复的页头和菜单，"
                     "到达主要内容的开头（页面有 {headings} 个标题）"),
        "headings": Text('No main landmark or skip link; check that a heading starts the main content (first heading: '
                         '"{first}", {headings} in all) so users can jump past the header and menus, or add <main>',
                         "没有 main 区域或跳转链接；请确认主要内容以标题开头（第一个标题：“{first}”，共 {headings} 个），"
                         "以便用户越过页头和菜单，或添加 <main>"),
        "nothing": Text("No main landmark, skip link or heading; check how keyboard and screen reader users can skip "
                        "the blocks repeated on every page (header, menus), and add <main> and a skip link",
                        "没有 main 区域、跳转链接或标题；请检查键盘和读屏用户如何跳过每页重复的内容块（页头、菜单），"
                        "并添加 <main> 和跳转链接"),
    },
    selector=":root",
    wcag=("2.4.1",),
    level="A",
    act=("cf77f2",),
    standards=("EN-301-549:9.2.4.1", "Section-508:E205.4"),
    tags=("cat.keyboard", "navigation", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text('Wrap the main content in <main>, start it with a heading, and add a "Skip to main content" link at the '
             "top",
             "用 <main> 包裹主要内容并以标题开头，在页面顶部添加“跳到主要内容”链接"),
)
def check(root, ctx):
    if root.tag != "html" or main_landmarks(ctx) or not ctx.select("a[href]"):
        return None
    body = next(root.iterchildren("body"), root)
    headings = visible_headings(ctx)
    working = [(link, name, fragment) for link, name, fragment, target in skip_links(ctx)
               if not broken(fragment, target, ctx) and target is not None]
    if working:
        link, name, fragment = working[0]
        return Review("skip", element=link, name=name[:60], fragment=fragment[:40], headings=len(headings))
    if headings:
        return Review("headings", element=body, first=ctx.accessible_name(headings[0])[:60], headings=len(headings))
    return Review("nothing", element=body)
