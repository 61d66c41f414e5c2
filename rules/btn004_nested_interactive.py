"""Interactive controls must not be nested.

## What it checks
Links and buttons (and other controls) inside a link or a button: `<a href><button>`, `<button><a
href>`, a clickable `tabindex="0"` element inside a link. HTML forbids interactive content inside `a` and
`button`; `presentational-children-focus` covers the ARIA roles whose children are presentational.

## Why it matters
Browsers and screen readers disagree about which of the two controls a click or a press of Enter
activates. Screen readers often announce only the outer one, so the inner one is unreachable, or
announce the pair as one control with a confusing name.

## How to fix
Place the controls side by side. If a whole card should be clickable, make the heading the link and
stretch its click area with CSS.

## Failing example
```html
<a href="/apply"><button type="button">Apply</button></a>
```

## Passing example
```html
<a href="/apply" class="button">Apply</a>
```

```html
<a href="/news"><span>News</span><img src="n.png" alt=""></a>
```

## Compared with axe-core
This follows HTML's content model for `a` and `button`, which also forbids descendants with `tabindex`
(`<a><img tabindex="0">`); axe-core's nested-interactive checks only roles whose children are presentational,
which `presentational-children-focus` covers here.

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- HTML content models of a and button (no interactive content descendant):
  https://html.spec.whatwg.org/multipage/text-level-semantics.html#the-a-element
- axe-core rule nested-interactive
- WCAG technique H91 (HTML form controls and links): https://www.w3.org/WAI/WCAG22/Techniques/html/H91
"""

from a11ylint.dom import local_name
from a11ylint.focus import in_tab_order
from a11ylint.rule import Fail, Text, rule


@rule(
    code="BTN004",
    name="nested-interactive",
    title=Text("Interactive controls must not be nested", "可交互控件不得嵌套"),
    messages={"nested": Text("<{inner}> is inside <{outer}>; place the two controls side by side",
                             "<{inner}> 嵌套在 <{outer}> 中；请把两个控件并列放置")},
    selector="a[href], button",
    wcag=("4.1.2",),
    level="A",
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.keyboard", "html"),
    severity="error",
    impact="serious",
    fix=Text("Place nested controls side by side instead of one inside the other", "将嵌套的控件改为并列放置，不要把一个控件放在另一个控件内"),
)
def check(outer, ctx):
    if ctx.is_hidden(outer) or ctx.role(outer) not in ("link", "button"):
        return None
    results = []
    for inner in outer.iterdescendants():
        if isinstance(inner.tag, str) and in_tab_order(inner) and not ctx.is_invisible(inner):
            results.append(Fail("nested", element=inner, inner=local_name(inner), outer=outer.tag))
    return results
