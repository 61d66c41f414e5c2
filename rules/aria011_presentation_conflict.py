"""Elements marked as decorative must not be exposed to assistive technology.

## What it checks
Elements marked as decorative — `role="presentation"` or `role="none"`, or an `<img alt="">` — that
browsers expose anyway, because the element is focusable or carries a global ARIA attribute such as
`aria-label` or `aria-labelledby`. ARIA's conflict resolution then ignores the decorative role, and the
element comes back with its own role.

## Why it matters
The page says two contradictory things. Assistive technology follows the exposed role, so "decorative"
images are announced, and navigation regions the author meant to flatten reappear, often unnamed.

## How to fix
Decide: if it is decorative, remove the `aria-label`/`aria-labelledby` and make it unfocusable; if it is
meaningful, drop `role="presentation"` or `alt=""` and give it a real name.

## Failing example
```html
<nav role="presentation" aria-label="global"><a href="/">Home</a></nav>
```

```html
<img src="seal.png" alt="" aria-labelledby="seal-caption"><span id="seal-caption">County seal</span>
```

## Passing example
```html
<img src="divider.png" alt="">
<nav role="presentation"><a href="/">Home</a></nav>
```

```html
<img src="seal.png" role="presentation" alt="County seal">
```

## References
- WAI-ARIA 1.2, presentational roles conflict resolution:
  https://www.w3.org/TR/wai-aria-1.2/#conflict_resolution_presentation_none
- ACT rule 46ca7f, Element marked as decorative is not exposed:
  https://www.w3.org/WAI/standards-guidelines/act/rules/46ca7f/
- WCAG technique F39 (decorative images with alt text): https://www.w3.org/WAI/WCAG22/Techniques/failures/F39
"""

from a11ylint.dom import local_name
from a11ylint.roles import explicit_role
from a11ylint.rule import Fail, Text, rule


@rule(
    code="ARIA011",
    name="presentation-conflict",
    title=Text("Elements marked as decorative must not be exposed to assistive technology",
               "标记为装饰性的元素不得暴露给辅助技术"),
    messages={"exposed": Text("<{tag}> is marked decorative but is exposed as {role}, because it is focusable or "
                              "has global ARIA attributes; remove those, or the decorative marking",
                              "<{tag}> 标记为装饰性，但因可聚焦或带有全局 ARIA 属性而以 {role} 角色暴露；"
                              "请删除这些属性，或取消装饰性标记")},
    selector="[role], img[alt='']",
    act=("46ca7f",),
    best_practice=True,
    tags=("cat.aria",),
    severity="warning",
    impact="minor",
    fix=Text("If the element is decorative, remove its ARIA name and make it unfocusable; otherwise drop the "
             "decorative marking and name it",
             "如元素为装饰性，删除其 ARIA 名称并使其不可聚焦；否则取消装饰性标记并为其提供名称"),
)
def check(element, ctx):
    decorative = explicit_role(element) in ("none", "presentation") or (
        element.tag == "img" and element.get("alt") == "" and element.get("role") is None)
    if not decorative or ctx.is_hidden(element):
        return None
    exposed = ctx.role(element)
    if exposed in (None, "presentation", "none"):
        return None
    return Fail("exposed", tag=local_name(element), role=exposed)
