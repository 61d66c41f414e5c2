"""Pages should have a working skip link to the main content.

## What it checks
Lists for a person what cannot be confirmed about the page's skip link:

- a skip link whose target exists but is not the `main` landmark, inside it, or around it: check that it
  lands just before the main content (and not, say, inside the sidebar);
- a skip control made with script (`<button>` or `role="link"` named "Skip to content"): check that it
  moves focus;
- no skip link at all: check whether blocks of links repeated on every page (header, menus) come before
  the main content, and if so add one.

Skip links that point at or into the `main` landmark are confirmed and not listed; broken ones are failed
by `skip-link`.

## Why it matters
Keyboard users who cannot use a screen reader's landmark or heading navigation must press Tab through
every menu link on every page unless a skip link takes them past. A skip link that lands in the wrong
place is as bad as none.

## How to fix
Make the first focusable element of the page a link to the main content (`<a href="#main">Skip to main
content</a>`, `<a href="#main">跳到主要内容</a>`), visible at least when focused, pointing at the element
that starts the main content.

## Failing example
```html
<a href="/">Home</a> <a href="/news/">News</a>
<div id="content"><p>Welcome to the portal.</p></div>
```

```html
<a href="#about">Skip to main content</a>
<aside id="about"><p>About this site</p></aside>
<div id="content"><p>Welcome to the portal.</p></div>
```

## Passing example
```html
<a href="#main">Skip to main content</a> <a href="/news/">News</a>
<main id="main"><p>Welcome to the portal.</p></main>
```

## References
- WCAG SC 2.4.1 Bypass Blocks: https://www.w3.org/WAI/WCAG22/Understanding/bypass-blocks.html
- ACT rule ye5d6e, Document has an instrument to move focus to non-repeated content:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ye5d6e/
- WCAG technique G1 (link at the top of each page that goes directly to the main content area):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G1
"""

from a11ylint.landmarks import main_landmarks
from a11ylint.rule import Review, Text, rule
from a11ylint.skiplinks import SKIP_TEXT, broken, skip_links


def lands_in_main(target, mains) -> bool:
    """True when the target is a main landmark, inside one, or wraps one with nothing before it."""
    for main in mains:
        if target is main or any(ancestor is main for ancestor in target.iterancestors()):
            return True
        if any(ancestor is target for ancestor in main.iterancestors()):
            return True
    return False


@rule(
    code="NAV006",
    name="skip-link-review",
    title=Text("Pages should have a working skip link to the main content", "页面应提供可用的跳转到主要内容的链接"),
    messages={
        "target": Text('Check that the skip link "{name}" moves focus to just before the main content (its target '
                       "#{fragment} is a <{tag}> outside any main landmark)",
                       "请确认跳转链接“{name}”能把焦点移到主要内容之前（其目标 #{fragment} 是主要区域之外的 <{tag}>）"),
        "script": Text('Check that the skip control "{name}" moves keyboard focus to the start of the main content',
                       "请确认跳转控件“{name}”能将键盘焦点移到主要内容的开头"),
        "none": Text("The page has no skip link; check whether links repeated on every page (header, menus) come "
                     'before the main content, and if so add a "Skip to main content" link at the top',
                     "页面没有跳转链接；请检查主要内容之前是否有每页重复的链接（页头、菜单），如有，请在页面顶部添加"
                     "“跳到主要内容”链接"),
    },
    selector=":root",
    act=("ye5d6e",),
    best_practice=True,
    tags=("cat.keyboard", "navigation", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text('Make the first focusable element a "Skip to main content" link pointing at the start of the main content',
             "将页面第一个可聚焦元素设为指向主要内容开头的“跳到主要内容”链接"),
)
def check(root, ctx):
    if root.tag != "html":
        return
    links = skip_links(ctx)
    mains = main_landmarks(ctx)
    for link, name, fragment, target in links:
        if broken(fragment, target, ctx) or target is None or lands_in_main(target, mains):
            continue
        yield Review("target", element=link, name=name[:60], fragment=fragment[:40], tag=target.tag)
    if links:
        return
    for control in ctx.select("button, [role], [onclick]"):
        if ctx.role(control) not in ("button", "link") or control.tag == "a" and control.get("href") is not None:
            continue
        name = ctx.accessible_name(control)
        if name and SKIP_TEXT.search(name):
            yield Review("script", element=control, name=name[:60])
            return
    body = next(root.iterchildren("body"), root)
    yield Review("none", element=body)
