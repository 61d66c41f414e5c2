"""Repeated blocks should be collapsible when nothing else lets users skip them.

## What it checks
Applies only to pages that have links but neither a `main` landmark nor a skip link, where collapsing the
repeated blocks is the remaining way to bypass them. Such a page is listed once for a person to check
whether its menus and other repeated blocks can be collapsed with a control near the top of the page,
and whether collapsing hides them both visually and from screen readers. Controls that look like
toggles (`aria-expanded`, `aria-controls`) are named in the message. Pages with a `main` landmark or a
skip link are left to `bypass-blocks`, `skip-link` and `skip-link-review`.

## Why it matters
A "hide menu" button lets keyboard users skip a long menu. If it only hides the menu visually (or only
with `aria-hidden`), one group of users still has to go through all of it.

## How to fix
Prefer a skip link and a `<main>` landmark. If you use a toggle, make it a `<button aria-expanded>`
placed before the block, and hide the block with `hidden` or `display: none`.

## Failing example
```html
<button aria-expanded="true" aria-controls="menu">Menu</button>
<div id="menu"><a href="/">Home</a> <a href="/news/">News</a></div>
<div id="content"><p>Welcome.</p></div>
```

## Passing example
```html
<a href="#main">Skip to main content</a>
<div id="menu"><a href="/">Home</a> <a href="/news/">News</a></div>
<main id="main"><p>Welcome.</p></main>
```

## References
- WCAG SC 2.4.1 Bypass Blocks: https://www.w3.org/WAI/WCAG22/Understanding/bypass-blocks.html
- ACT rule 3e12e1, Block of repeated content is collapsible:
  https://www.w3.org/WAI/standards-guidelines/act/rules/3e12e1/
- WCAG technique SCR28 (expandable and collapsible menu to bypass block of content):
  https://www.w3.org/WAI/WCAG22/Techniques/client-side-script/SCR28
"""

from a11ylint.landmarks import main_landmarks
from a11ylint.rule import Review, Text, rule
from a11ylint.skiplinks import broken, skip_links


@rule(
    code="NAV005",
    name="repeated-content-collapsible",
    title=Text("Repeated blocks should be collapsible when nothing else lets users skip them",
               "在没有其他跳过方式时，重复内容块应可折叠"),
    messages={
        "toggle": Text('No main landmark or skip link; check that the control "{name}" collapses the repeated menus '
                       "both visually and for screen readers, and comes before them",
                       "没有 main 区域或跳转链接；请确认控件“{name}”位于重复菜单之前，且能同时在视觉上和对读屏软件折叠这些菜单"),
        "none": Text("No main landmark or skip link; check whether the menus repeated on every page can be "
                     "collapsed from a control placed before them, or better, add <main> and a skip link",
                     "没有 main 区域或跳转链接；请检查每页重复的菜单能否通过其前面的控件折叠，最好添加 <main> 和跳转链接"),
    },
    selector=":root",
    act=("3e12e1",),
    best_practice=True,
    tags=("cat.keyboard", "navigation", "manual-review"),
    severity="warning",
    impact="minor",
    fix=Text("Add a skip link and a <main> landmark, or put a <button aria-expanded> that collapses the repeated "
             "block before it",
             "添加跳转链接和 <main> 地标，或在重复内容块之前提供可将其折叠的 <button aria-expanded> 按钮"),
)
def check(root, ctx):
    if root.tag != "html" or not ctx.select("a[href]") or main_landmarks(ctx):
        return None
    if any(not broken(fragment, target, ctx) and target is not None for _, _, fragment, target in skip_links(ctx)):
        return None
    for control in ctx.select("[aria-expanded], [aria-controls]"):
        if ctx.is_hidden(control):
            continue
        name = ctx.accessible_name(control)
        if name:
            return Review("toggle", element=control, name=name[:60])
    return Review("none", element=next(root.iterchildren("body"), root))
