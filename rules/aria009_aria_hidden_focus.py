"""Content hidden with aria-hidden must not be reachable with the Tab key.

## What it checks
Elements inside an `aria-hidden="true"` subtree (or carrying it) that are still in the sequential focus
order: links, buttons, form fields, `summary`, elements with `tabindex="0"`. Content that is disabled,
has `tabindex="-1"` or is not rendered is fine. `aria-hidden="false"` inside cannot undo it. An element
that a script of the page moves focus away from as soon as it receives it (a "focus sentinel" around a
modal dialog, recognised by a focus handler on it) is left alone.

## Why it matters
Keyboard users can Tab onto the element, but screen readers say nothing, or describe something else:
focus lands on an invisible, unnamed stop. Carousels and mobile menus that hide slides with `aria-hidden`
but leave their links focusable are the usual cause.

## How to fix
Make the hidden content unfocusable too: add `tabindex="-1"` to its controls, use the `inert`
attribute, or hide it with `display:none` / the `hidden` attribute instead of `aria-hidden` alone.

## Failing example
```html
<div aria-hidden="true"><a href="/news/2">Next slide</a></div>
```

```html
<div aria-hidden="true"><div aria-hidden="false"><button>Close</button></div></div>
```

## Passing example
```html
<div aria-hidden="true"><a href="/news/2" tabindex="-1">Next slide</a></div>
```

```html
<a href="/"><svg aria-hidden="true" width="16" height="16"></svg>Home</a>
<div aria-hidden="true"><input disabled></div>
```

## Compared with axe-core
a11ylint reports each focusable element inside the hidden content; axe-core reports the `aria-hidden`
container once.

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 6cfa84, Element with aria-hidden has no content in sequential focus navigation:
  https://www.w3.org/WAI/standards-guidelines/act/rules/6cfa84/
- WAI-ARIA 1.2, aria-hidden: https://www.w3.org/TR/wai-aria-1.2/#aria-hidden
- WCAG technique G108 (exposing name and role through markup): https://www.w3.org/WAI/WCAG22/Techniques/general/G108
"""

import re

from a11ylint.dom import local_name
from a11ylint.focus import in_tab_order
from a11ylint.rule import Fail, Text, rule


def _is_aria_hidden(element) -> bool:
    return (element.get("aria-hidden") or "").strip().lower() == "true"


def _has_focus_handler(element, ctx) -> bool:
    if element.get("onfocus") is not None or element.get("onfocusin") is not None:
        return True
    identifier = element.get("id")
    if not identifier:
        return False
    pattern = re.compile(re.escape(identifier) + r".{0,200}?focus", re.DOTALL)
    return any(pattern.search(script.text or "") for script in ctx.select("script"))


@rule(
    code="ARIA009",
    name="aria-hidden-focus",
    title=Text("Content hidden with aria-hidden must not be reachable with the Tab key",
               "aria-hidden 隐藏的内容不得可用 Tab 键聚焦"),
    messages={"focusable": Text("<{tag}> can be reached with Tab but is hidden from assistive technology by "
                                'aria-hidden="true"; make it unfocusable or stop hiding it',
                                '<{tag}> 可用 Tab 键聚焦，但被 aria-hidden="true" 对辅助技术隐藏；'
                                "请使其不可聚焦，或取消隐藏")},
    selector="[aria-hidden]",
    wcag=("4.1.2",),
    level="A",
    act=("6cfa84",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.name-role-value", "keyboard"),
    severity="error",
    impact="serious",
    fix=Text('Make content hidden with aria-hidden unfocusable too (tabindex="-1" or inert), or hide it with the '
             "hidden attribute",
             '使 aria-hidden 隐藏的内容同样不可聚焦（设置 tabindex="-1" 或 inert），或改用 hidden 属性隐藏'),
)
def check(container, ctx):
    if not _is_aria_hidden(container):
        return None
    if any(isinstance(ancestor.tag, str) and _is_aria_hidden(ancestor) for ancestor in container.iterancestors()):
        return None  # the outermost aria-hidden element reports for its whole subtree
    results = []
    for element in container.iter():
        if not isinstance(element.tag, str) or not in_tab_order(element) or ctx.is_invisible(element):
            continue
        if _has_focus_handler(element, ctx):
            continue
        results.append(Fail("focusable", element=element, tag=local_name(element)))
    return results
