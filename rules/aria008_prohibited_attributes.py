"""ARIA attributes must not be used where the role prohibits them.

## What it checks
Attributes that WAI-ARIA prohibits on the element's role: `aria-label` and `aria-labelledby` on roles
that cannot be named (`generic` — a plain `div` or `span` — `paragraph`, `presentation`/`none`,
`code`, `emphasis`, `strong`, `subscript`, `superscript`, `deletion`, `insertion`, `caption`),
`aria-roledescription` on `generic`, and the ARIA 1.3 braille attributes where their counterparts are
prohibited.

## Why it matters
Browsers and screen readers handle prohibited names inconsistently: most ignore the `aria-label` on a
plain `div`, so the text the author wrote for screen reader users is never read.

## How to fix
Put the text in the content, or give the element a role that can be named (`role="group"`,
`role="region"`, `role="img"`), or use a real element (`<button>`, `<figure>`).

## Failing example
```html
<div aria-label="Price reduced from 100 to 1 yuan"><s>100</s> / <b>1</b></div>
```

```html
<p aria-labelledby="intro">Welcome</p><h2 id="intro">Introduction</h2>
```

## Passing example
```html
<div aria-live="polite">Saved</div>
<a href="/offer" aria-label="Price reduced from 100 to 1 yuan"><s>100</s> / <b>1</b></a>
```

## Compared with axe-core
axe-core reports an `aria-label` on an element with text content as "needs review" rather than a violation;
ACT rule kb1m8s fails it, and so does a11ylint. Chinese pages with a web-accessibility toolbar often put
`aria-label` on plain `div`s and `p`s ("您已进入网站信息视窗区"), which that toolbar reads itself but other screen
readers do not.

## References
- WCAG SC 1.3.1 Info and Relationships:
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- ACT rule kb1m8s, ARIA global properties not used where prohibited:
  https://www.w3.org/WAI/standards-guidelines/act/rules/kb1m8s/
- WAI-ARIA 1.2, prohibited states and properties: https://www.w3.org/TR/wai-aria-1.2/#prohibitedattributes
- WCAG techniques ARIA14 (aria-label) and ARIA16 (aria-labelledby), which apply to roles that can be named:
  https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA14
"""

from a11ylint.aria import ARIA_NAMED_ELEMENTS, attribute_status, has_aria_attribute
from a11ylint.parse import original_name
from a11ylint.rule import Fail, Text, rule


@rule(
    code="ARIA008",
    name="prohibited-attributes",
    title=Text("ARIA attributes must not be used where the role prohibits them", "不得在角色禁止的元素上使用 ARIA 属性"),
    messages={"prohibited": Text("{attribute} is prohibited on an element with role {role}; put the text in the "
                                 "content or use a role that can be named",
                                 "角色为 {role} 的元素禁止使用 {attribute}；请把文字放入内容中，或使用可命名的角色")},
    selector=ARIA_NAMED_ELEMENTS,
    wcag=("1.3.1",),
    level="A",
    act=("kb1m8s",),
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.aria",),
    severity="error",
    impact="serious",
    fix=Text("Remove the prohibited attribute and put its text in the content, or use a role that allows it",
             "删除被禁止的属性，把文字放入元素内容中，或改用允许该属性的角色"),
)
def check(element, ctx):
    if not has_aria_attribute(element) or ctx.is_hidden(element):
        return None
    role = ctx.role(element)
    results = []
    for raw in element.attrib:
        name = original_name(raw)
        if attribute_status(name, role, include_drafts=True) == "prohibited":
            results.append(Fail("prohibited", attribute=name, role=role))  # role is set: None prohibits nothing
    return results
