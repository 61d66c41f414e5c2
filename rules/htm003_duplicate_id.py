"""Id attribute values must be unique.

## What it checks
Two or more elements carry the same `id`. Each element after the first is reported, with where the first
one is. Injected junk markup often repeats one random id on dozens of tags.

## Why it matters
`aria-labelledby`, `aria-describedby`, `<label for>`, table `headers` and in-page links all point at
elements by id. With duplicates, they reach the wrong element or none, so controls lose their names and
relationships. WCAG 2.0 and 2.1 require unique ids (4.1.1 Parsing); WCAG 2.2 made 4.1.1 obsolete because
browsers now repair markup, but references to duplicated ids still break.

## How to fix
Give every element its own id, or remove the ids that nothing refers to.

## Failing example
```html
<p id="note">One</p>
<p id="note">Two</p>
```

## Passing example
```html
<p id="note-1">One</p>
<p id="note-2">Two</p>
```

## Compared with axe-core
axe-core 4.14 no longer checks duplicate ids (WCAG 2.2 made 4.1.1 obsolete); a11ylint keeps the check for WCAG
2.0 and 2.1 (Section 508, EN 301 549) and because injected junk markup repeats ids.

## References
- WCAG 2.1 SC 4.1.1 Parsing: https://www.w3.org/WAI/WCAG21/Understanding/parsing.html
- ACT rule 3ea0c8 (deprecated with 4.1.1): https://www.w3.org/WAI/standards-guidelines/act/rules/3ea0c8/
- WHATWG HTML, the id attribute: https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute
- WCAG technique H93 (unique ids) and failure F77 (duplicate ids): https://www.w3.org/WAI/WCAG21/Techniques/html/H93
"""

from a11ylint.dom import local_name
from a11ylint.rule import Fail, Text, rule


@rule(
    code="HTM003",
    name="duplicate-id",
    title=Text("Id attribute values must be unique", "id 属性值必须唯一"),
    messages={
        "duplicate": Text(
            'id "{id}" is already used by <{first_tag}> at {first_line}:{first_column}; ids must be unique',
            'id "{id}" 已被第 {first_line} 行第 {first_column} 列的 <{first_tag}> 使用；id 必须唯一',
        )
    },
    wcag=("4.1.1",),
    level="A",
    act=("3ea0c8",),
    standards=("EN-301-549:9.4.1.1",),
    tags=("html", "parsing"),
    severity="error",
    impact="minor",
    fix=Text("Give every element a unique id, or remove the ids that nothing refers to", "确保每个 id 在页面中唯一，或删除未被引用的 id"),
)
def check(root, ctx):
    for identifier, elements in ctx.ids().items():
        if len(elements) < 2 or not identifier:
            continue
        first = elements[0]
        line, column = ctx.position(first)
        for element in elements[1:]:
            yield Fail("duplicate", element=element, id=identifier, first_tag=local_name(first),
                       first_line=line, first_column=column)
