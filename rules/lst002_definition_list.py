"""Description lists must contain only terms and descriptions.

## What it checks
`<dl>` elements whose children are not `<dt>`, `<dd>`, `<div>` wrappers of them, `<script>` or
`<template>`: text, paragraphs or lists placed directly in the `dl`.

## Why it matters
Screen readers announce a description list as pairs of terms and descriptions ("Fee: 200 yuan"). Other
content inside the list breaks the pairing, and is often read as part of the wrong term.

## How to fix
Put every term in a `<dt>` and every description in a `<dd>` (optionally grouped in `<div>`s), and move
other content out of the `<dl>`.

## Failing example
```html
<dl><p>Fee</p><dd>200 yuan</dd></dl>
```

## Passing example
```html
<dl><dt>Fee</dt><dd>200 yuan</dd><div><dt>Time</dt><dd>5 working days</dd></div></dl>
```

## References
- WCAG SC 1.3.1 Info and Relationships, technique H40 (description lists):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H40
- HTML, the dl element's content model: https://html.spec.whatwg.org/multipage/grouping-content.html#the-dl-element
"""

from a11ylint.dom import local_name
from a11ylint.rule import Fail, Text, rule

_ALLOWED = frozenset(("dt", "dd", "div", "script", "template"))


@rule(
    code="LST002",
    name="definition-list",
    title=Text("Description lists must contain only terms and descriptions", "描述列表只能包含术语和描述"),
    messages={"misplaced": Text("<dl> directly contains {content}; put terms in <dt> and descriptions in <dd>",
                                "<dl> 直接包含 {content}；请把术语放入 <dt>，描述放入 <dd>")},
    selector="dl",
    wcag=("1.3.1",),
    level="A",
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.structure", "html"),
    severity="error",
    impact="serious",
    fix=Text("Put terms in <dt> and descriptions in <dd>, and move other content out of the <dl>",
             "将术语放入 <dt>、描述放入 <dd>，并把其他内容移出 <dl>"),
)
def check(dl, ctx):
    if ctx.is_hidden(dl) or (dl.get("role") is not None and ctx.role(dl) is not None):
        return None
    misplaced = sorted({f"<{local_name(child)}>" for child in dl if isinstance(child.tag, str)
                        and child.tag not in _ALLOWED and not ctx.is_hidden(child)})
    if (dl.text or "").strip() or any((child.tail or "").strip() for child in dl):
        misplaced.insert(0, "#text")
    return Fail("misplaced", content=", ".join(misplaced)) if misplaced else None
