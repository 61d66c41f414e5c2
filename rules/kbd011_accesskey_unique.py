"""Access keys should be unique.

## What it checks
Two or more elements with the same `accesskey` value (compared case-insensitively, as browsers do).

## Why it matters
Chinese and US government templates often give the site's main links access keys ("1" for home, "S"
for search). When two elements share one, the key activates only one of them, or cycles between them
without saying so, and the other becomes unreachable by its shortcut.

## How to fix
Give each element its own key, or remove the duplicates.

## Failing example
```html
<a href="/" accesskey="h">Home</a><a href="/help" accesskey="H">Help</a>
```

## Passing example
```html
<a href="/" accesskey="1">Home</a><a href="/help" accesskey="2">Help</a>
```

## References
- axe-core rule accesskeys (best practice)
- HTML, the accesskey attribute: https://html.spec.whatwg.org/multipage/interaction.html#the-accesskey-attribute
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="KBD011",
    name="accesskey-unique",
    title=Text("Access keys should be unique", "快捷键（accesskey）应唯一"),
    messages={"duplicate": Text('accesskey="{key}" is also used at {line}:{column}; give each element its own key',
                                'accesskey="{key}" 已在第 {line} 行第 {column} 列使用；请为每个元素设置不同的快捷键')},
    selector=":root",
    best_practice=True,
    tags=("keyboard",),
    severity="warning",
    impact="serious",
    fix=Text("Give each element its own accesskey, or remove the duplicates", "为每个元素设置不同的 accesskey，或删除重复的快捷键"),
)
def check(root, ctx):
    first_by_key = {}
    for element in ctx.select("[accesskey]"):
        key = element.get("accesskey").strip().lower()
        if not key or ctx.is_invisible(element):
            continue
        first = first_by_key.setdefault(key, element)
        if first is not element:
            line, column = ctx.position(first)
            yield Fail("duplicate", element=element, key=element.get("accesskey").strip(), line=line, column=column)
