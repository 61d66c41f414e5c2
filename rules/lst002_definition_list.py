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
    messages={
        "element": Text("<{tag}> is directly inside <dl>; use <dt> and <dd>", "<{tag}> 直接位于 <dl> 中；请使用 <dt> 和 <dd>"),
        "text": Text("Text is directly inside <dl>; put it in a <dt> or <dd>", "<dl> 中直接含有文字；请放入 <dt> 或 <dd>"),
    },
    selector="dl",
    wcag=("1.3.1",),
    level="A",
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.structure", "html"),
    severity="error",
    impact="serious",
)
def check(dl, ctx):
    if ctx.is_hidden(dl) or (dl.get("role") is not None and ctx.role(dl) is not None):
        return None
    results = []
    if (dl.text or "").strip() or any((child.tail or "").strip() for child in dl):
        results.append(Fail("text"))
    for child in dl:
        if not isinstance(child.tag, str) or child.tag in _ALLOWED or ctx.is_hidden(child):
            continue
        results.append(Fail("element", element=child, tag=local_name(child)))
    return results
