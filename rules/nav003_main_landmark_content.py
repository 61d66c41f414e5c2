"""The main content should be marked up as a main landmark.

## What it checks
A page is accepted when it has a `main` landmark (`<main>` or `role="main"`) that is exposed to assistive
technology and holds content. Otherwise, if the page has links, it is listed for a person: a page whose
only `main` is hidden from assistive technology (`aria-hidden="true"`) or empty, or a page without any
`main`, needs a check of whether repeated blocks (header, menus) precede the content, in which case the
content should be wrapped in `<main>`.

## Why it matters
Screen readers offer a one-key jump to the main landmark, past everything repeated on every page. With
`aria-hidden` on `<main>`, the whole content disappears for them.

## How to fix
Wrap the page's own content (not the header, menus or footer) in one `<main>` element, and never hide it
with `aria-hidden`.

## Failing example
```html
<div id="menu"><a href="/">Home</a> <a href="/news/">News</a></div>
<div id="content"><p>The service hall is closed on Monday.</p></div>
```

```html
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<main aria-hidden="true"><p>The service hall is closed on Monday.</p></main>
```

## Passing example
```html
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<main><p>The service hall is closed on Monday.</p></main>
```

```html
<nav><a href="/">Home</a></nav>
<div role="main"><p>The service hall is closed on Monday.</p></div>
```

## References
- WCAG SC 2.4.1 Bypass Blocks: https://www.w3.org/WAI/WCAG22/Understanding/bypass-blocks.html
- ACT rule b40fd1, Document has a landmark with non-repeated content:
  https://www.w3.org/WAI/standards-guidelines/act/rules/b40fd1/
- WCAG technique ARIA11 (ARIA landmarks to identify regions of a page):
  https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA11
"""

from a11ylint.landmarks import main_landmarks
from a11ylint.rule import Review, Text, rule


@rule(
    code="NAV003",
    name="main-landmark-content",
    title=Text("The main content should be marked up as a main landmark", "主要内容应标记为 main 区域"),
    messages={
        "hidden": Text('The only main landmark is hidden from assistive technology or empty; remove aria-hidden and '
                       "check that it holds the page's own content",
                       "唯一的 main 区域对辅助技术隐藏或为空；请删除 aria-hidden 并确认其包含本页自身的内容"),
        "none": Text("The page has no main landmark; check whether header or menu blocks repeated on every page "
                     "come before the content, and if so wrap the content in <main>",
                     "页面没有 main 区域；请检查内容之前是否有每页重复的页头或菜单，如有，请用 <main> 包裹主要内容"),
    },
    selector=":root",
    act=("b40fd1",),
    best_practice=True,
    tags=("cat.semantics", "landmarks", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Wrap the page's own content in one <main> element, and never hide it with aria-hidden",
             "用一个 <main> 元素包裹页面自身的内容，不要用 aria-hidden 隐藏它"),
)
def check(root, ctx):
    if root.tag != "html" or main_landmarks(ctx) or not ctx.select("a[href]"):
        return None
    body = next(root.iterchildren("body"), root)
    declared = [element for element in ctx.select("main, [role]") if ctx.role(element) == "main"
                and not ctx.is_invisible(element)]
    if declared:
        return Review("hidden", element=declared[0])
    return Review("none", element=body)
