"""Pages should have one main landmark.

## What it checks
The page has no `main` landmark (`<main>` or `role="main"`) exposed to assistive technology, or more than
one.

## Why it matters
Screen reader users jump straight to the main content with one key. Without a main landmark they must
listen through the header, the 政务服务 navigation and the breadcrumbs on every page; with two, they land
on the wrong one.

## How to fix
Wrap the page's own content (the article, the search results) in one `<main>`.

## Failing example
```html
<html lang="en"><body><div class="content"><h1>Notice</h1></div></body></html>
```

```html
<main><h1>One</h1></main><main><h1>Two</h1></main>
```

## Passing example
```html
<header>Site name</header><main><h1>Notice</h1></main><footer>Contact</footer>
```

## References
- WCAG SC 1.3.1 Info and Relationships and SC 2.4.1 Bypass Blocks, technique ARIA11:
  https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA11
- axe-core rules landmark-one-main and landmark-no-duplicate-main (best practice)
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="LMK001",
    name="one-main",
    title=Text("Pages should have one main landmark", "页面应有且只有一个主内容区（main）"),
    messages={
        "missing": Text("The page has no main landmark; wrap its own content in <main>",
                        "页面没有主内容区地标；请用 <main> 包裹页面主体内容"),
        "extra": Text("The page has more than one main landmark; keep one <main>",
                      "页面有多个主内容区地标；请只保留一个 <main>"),
    },
    selector=":root",
    best_practice=True,
    tags=("cat.semantics", "landmarks"),
    severity="warning",
    impact="moderate",
    fix=Text("Wrap the page's own content in exactly one <main> element", "用唯一的 <main> 元素包裹页面主体内容"),
)
def check(root, ctx):
    if root.tag != "html" or not ctx.select("body *"):
        return None
    mains = [element for element in ctx.select("main, [role]") if ctx.role(element) == "main"
             and not ctx.is_hidden(element)]
    if not mains:
        return Fail("missing")
    return [Fail("extra", element=element) for element in mains[1:]]
