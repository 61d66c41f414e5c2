"""Skip links should lead to an existing target on the page.

## What it checks
Same-page links whose text says they skip to the content ("Skip to main content", "Skip navigation",
"跳到主要内容", "跳过导航", "直达正文", "Zum Inhalt springen", "Aller au contenu") and whose target
(`href="#main"`) does not exist on the page: no element has that `id`, no `<a name>` has that name, or the
only such element is not rendered. Whether a working skip link lands at the right place is left to a
person (`skip-link-review`).

## Why it matters
Keyboard and screen reader users use the skip link to get past the header and menus on every page. A
skip link with a broken target does nothing, so they must tab through all the navigation again.

## How to fix
Point the link at the element that starts the main content, and give that element the `id`:
`<a href="#main">Skip to main content</a> … <main id="main" tabindex="-1">`.

## Failing example
```html
<a href="#content">Skip to main content</a>
<nav><a href="/">Home</a></nav>
<main id="main"><h1>Notices</h1></main>
```

```html
<a href="#zhengwen">跳到正文</a>
<div id="nav"><a href="/">首页</a></div>
<div class="content">通知公告</div>
```

## Passing example
```html
<a href="#main">Skip to main content</a>
<nav><a href="/">Home</a></nav>
<main id="main"><h1>Notices</h1></main>
```

```html
<a href="#top">Back to top</a>
```

## References
- WCAG SC 2.4.1 Bypass Blocks: https://www.w3.org/WAI/WCAG22/Understanding/bypass-blocks.html
- ACT rule ye5d6e, Document has an instrument to move focus to non-repeated content:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ye5d6e/
- WCAG technique G1 (link at the top of each page that goes directly to the main content area):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G1
"""

from a11ylint.rule import Fail, Text, rule
from a11ylint.skiplinks import broken, skip_links


@rule(
    code="NAV002",
    name="skip-link",
    title=Text("Skip links should lead to an existing target on the page", "跳转链接应指向页面上存在的目标"),
    messages={
        "missing": Text('Skip link "{name}" points to #{fragment}, but nothing on the page has id="{fragment}"; '
                        "give that id to the element the link should skip to",
                        "跳转链接“{name}”指向 #{fragment}，但页面上没有 id=\"{fragment}\" 的元素；请为要跳转到的元素设置该 id"),
        "hidden": Text('Skip link "{name}" points to #{fragment}, which is not rendered (display:none), so focus '
                       "cannot move there; point it at a visible element",
                       "跳转链接“{name}”指向的 #{fragment} 未显示（display:none），焦点无法移到该处；请指向可见的元素"),
    },
    selector=":root",
    act=("ye5d6e",),
    best_practice=True,
    tags=("cat.keyboard", "navigation"),
    severity="warning",
    impact="serious",
    fix=Text("Point the skip link at the element that starts the main content, and give that element the matching id",
             "让跳转链接指向主要内容的起始元素，并为该元素设置对应的 id"),
)
def check(root, ctx):
    for link, name, fragment, target in skip_links(ctx):
        if broken(fragment, target, ctx):
            yield Fail("missing" if target is None else "hidden", element=link, name=name[:60], fragment=fragment[:60])
