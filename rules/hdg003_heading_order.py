"""Heading levels should increase by one.

## What it checks
Walking the page's headings in order (`h1`–`h6` and `role="heading"` with `aria-level`), a heading
should be at most one level deeper than the heading before it: an `h2` followed by an `h4` skips a
level. Going back up any number of levels is fine. Hidden headings are ignored.

## Why it matters
Screen reader users skim a page by its heading outline. A skipped level makes them think they missed a
section, and tools that build a table of contents from headings produce a broken tree.

## How to fix
Use the next level down (`h3` after `h2`) and change the look with CSS, not with the heading level.

## Failing example
```html
<h1>Budget 2024</h1><h3>Revenue</h3>
```

## Passing example
```html
<h1>Budget 2024</h1><h2>Revenue</h2><h3>Taxes</h3><h2>Spending</h2>
```

```html
<h2>News</h2><div role="heading" aria-level="3">Local</div>
```

## References
- WCAG SC 1.3.1 Info and Relationships (headings convey structure), technique H42:
  https://www.w3.org/WAI/WCAG22/Techniques/html/H42
- axe-core rule heading-order (best practice)
"""

from a11ylint.rule import Fail, Text, rule

_HEADINGS = "h1, h2, h3, h4, h5, h6, [role='heading']"


def heading_level(element, ctx) -> int | None:
    """The level of a heading: ``aria-level`` when valid, else the ``hN`` number, else 2 (ARIA's default)."""
    level = (element.get("aria-level") or "").strip()
    if level.isascii() and level.isdigit() and int(level) >= 1:
        return int(level)
    if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return int(element.tag[1])
    return 2


@rule(
    code="HDG003",
    name="heading-order",
    title=Text("Heading levels should increase by one", "标题级别应逐级递增"),
    messages={"skipped": Text("Heading level {level} follows level {previous}; use level {expected} or lower",
                              "{level} 级标题紧跟在 {previous} 级标题之后；请使用 {expected} 级或更高级别的标题")},
    selector=":root",
    best_practice=True,
    tags=("cat.semantics", "headings"),
    severity="warning",
    impact="moderate",
    fix=Text("Use the next heading level down, e.g. <h3> after <h2>, and change its look with CSS",
             "按顺序使用下一级标题（如 <h2> 之后用 <h3>），外观用 CSS 调整"),
)
def check(root, ctx):
    previous = None
    for element in ctx.select(_HEADINGS):
        if ctx.role(element) != "heading" or ctx.is_hidden(element):
            continue
        level = heading_level(element, ctx)
        if previous is not None and level > previous + 1:
            yield Fail("skipped", element=element, level=level, previous=previous, expected=previous + 1)
        previous = level
