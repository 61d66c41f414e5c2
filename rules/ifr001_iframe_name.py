"""Frames must have a non-empty accessible name.

## What it checks
`<iframe>` elements that are in the accessibility tree and in the keyboard focus order must have an
accessible name, from `title`, `aria-label` or `aria-labelledby`. The `name` attribute does not count.
Frames removed from the focus order (`tabindex="-1"`) or marked presentational are not checked.

## Why it matters
Screen readers list and announce frames by name ("frame: Map of polling stations"). Government pages
embed maps, videos, forms and social feeds in iframes; without a title, users hear "frame" and must
enter it to find out what it holds.

## How to fix
Add a `title` saying what the frame contains: `<iframe title="Map of polling stations" src="…">`.

## Failing example
```html
<iframe src="map.html"></iframe>
```

```html
<iframe name="map" title=" " src="map.html"></iframe>
```

## Passing example
```html
<iframe title="Map of polling stations" src="map.html"></iframe>
```

```html
<iframe src="tracker.html" tabindex="-1"></iframe>
```

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule cae760, Iframe element has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/cae760/
- WCAG technique H64: https://www.w3.org/WAI/WCAG22/Techniques/html/H64
"""

from a11ylint.focus import tabindex
from a11ylint.rule import Fail, Text, rule


@rule(
    code="IFR001",
    name="iframe-name",
    title=Text("Frames must have a non-empty accessible name", "框架必须有非空的可访问名称"),
    messages={"empty": Text("<iframe> has no accessible name; add a title saying what it contains",
                            "<iframe> 没有可访问名称；请添加说明其内容的 title 属性")},
    selector="iframe",
    wcag=("4.1.2",),
    level="A",
    act=("cae760",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="serious",
    fix=Text("Add a title attribute to the iframe that says what it contains", "为 iframe 添加说明其内容的 title 属性"),
)
def check(frame, ctx):
    if ctx.is_hidden(frame) or ctx.role(frame) == "presentation":
        return None
    index = tabindex(frame)
    if index is not None and index < 0:
        return None
    if ctx.accessible_name(frame):
        return None
    return Fail("empty")
