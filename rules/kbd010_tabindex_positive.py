"""Elements should not have a positive tabindex.

## What it checks
`tabindex` values greater than 0. Such elements are visited by the Tab key before everything else on
the page, in the order of their numbers, and only then does the normal document order start.

## Why it matters
A positive tabindex rarely matches the visual order: keyboard users jump from the search box to the
footer and back, and every later change to the page makes the order worse. WCAG 2.4.3 requires a focus
order that preserves meaning.

## How to fix
Use `tabindex="0"` (or a natively focusable element) and put elements in the source in the order they
should be reached.

## Failing example
```html
<input tabindex="1" aria-label="Search"><a href="/">Home</a>
```

## Passing example
```html
<input tabindex="0" aria-label="Search"><a href="/" tabindex="-1">Home</a>
```

## References
- WCAG SC 2.4.3 Focus Order: https://www.w3.org/WAI/WCAG22/Understanding/focus-order.html
- WCAG failure F44 (tabindex that does not preserve meaning):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F44
"""

from a11ylint.dom import local_name
from a11ylint.focus import tabindex
from a11ylint.rule import Fail, Text, rule


@rule(
    code="KBD010",
    name="tabindex-positive",
    title=Text("Elements should not have a positive tabindex", "元素不应使用正数 tabindex"),
    messages={"positive": Text('<{tag}> has tabindex="{value}", which reorders the Tab key; use 0 and the source order',
                               '<{tag}> 的 tabindex="{value}" 会打乱 Tab 键顺序；请使用 0 并调整源代码顺序')},
    selector="[tabindex]",
    best_practice=True,
    tags=("keyboard",),
    severity="warning",
    impact="serious",
    fix=Text('Use tabindex="0" instead of a positive value, and order elements in the source as they should be reached',
             "将正数 tabindex 改为 0，并按应有的访问顺序排列源代码中的元素"),
)
def check(element, ctx):
    value = tabindex(element)
    if value is None or value <= 0 or ctx.is_invisible(element):
        return None
    return Fail("positive", tag=local_name(element), value=element.get("tabindex").strip())
