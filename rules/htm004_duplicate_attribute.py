"""Attributes must not be repeated on one element.

## What it checks
A start tag that names the same attribute twice, as in `<img alt="" alt="Map">`. The HTML parser keeps
the first and silently drops the others.

## Why it matters
The value the author meant may be the one that was dropped: a page can look labelled in its source
while the accessible name comes from the other copy. Duplicated attributes are also a parse error.

## How to fix
Keep one copy of the attribute, with the right value.

## Failing example
```html
<img src="map.png" alt="" alt="Map of the county">
```

## Passing example
```html
<img src="map.png" alt="Map of the county">
```

## Compared with axe-core
Browsers drop the duplicate before axe-core sees the page, so only a source-level checker such as a11ylint or
the Nu validator can report it.

## References
- WHATWG HTML, duplicate-attribute parse error:
  https://html.spec.whatwg.org/multipage/parsing.html#parse-error-duplicate-attribute
- ACT rule e6952f (deprecated with 4.1.1): https://www.w3.org/WAI/standards-guidelines/act/rules/e6952f/
- WCAG technique H94 (no duplicate attributes): https://www.w3.org/WAI/WCAG21/Techniques/html/H94
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="HTM004",
    name="duplicate-attribute",
    title=Text("Attributes must not be repeated on one element", "同一元素的属性不得重复"),
    messages={
        "duplicate": Text("Attribute '{attribute}' appears more than once; the parser keeps only the first",
                          "属性“{attribute}”重复出现；解析器只保留第一个"),
    },
    wcag=("4.1.1",),
    level="A",
    act=("e6952f",),
    standards=("EN-301-549:9.4.1.1",),
    tags=("html", "parsing"),
    severity="error",
    impact="moderate",
    fix=Text("Keep a single copy of the repeated attribute, with the correct value", "重复的属性只保留一个，并填写正确的值"),
)
def check(root, ctx):
    for error in ctx.parse_errors_of("duplicate-attribute"):
        yield Fail("duplicate", offset=error.offset, attribute=error.data.get("name", "?"))
