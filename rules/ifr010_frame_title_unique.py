"""Frames should have distinct names.

## What it checks
Two or more iframes that show different documents (different `src` or `srcdoc`) but have the same
accessible name, such as several `<iframe title="map">` on one page.

## Why it matters
Screen readers list frames by name. When different frames share a name, users cannot choose the one they
want from the list.

## How to fix
Name each frame after what it shows: `title="Map of the north district"`, `title="Map of the south
district"`.

## Failing example
```html
<iframe title="Map" src="north.html"></iframe><iframe title="Map" src="south.html"></iframe>
```

## Passing example
```html
<iframe title="Map of the north district" src="north.html"></iframe>
<iframe title="Map of the south district" src="south.html"></iframe>
```

## References
- WCAG SC 4.1.2 Name, Role, Value, technique H64: https://www.w3.org/WAI/WCAG22/Techniques/html/H64
- axe-core rule frame-title-unique (best practice)
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="IFR010",
    name="frame-title-unique",
    title=Text("Frames should have distinct names", "框架应有各不相同的名称"),
    messages={"same": Text('Another frame showing different content is also named "{name}"; name each frame '
                           "after what it shows",
                           "另一个内容不同的框架也命名为“{name}”；请按内容为每个框架命名")},
    selector=":root",
    best_practice=True,
    tags=("cat.text-alternatives",),
    severity="warning",
    impact="serious",
    fix=Text("Give each frame a distinct title that says what it shows", "为每个框架设置各不相同、能说明其内容的 title"),
)
def check(root, ctx):
    documents_by_name = {}
    for frame in ctx.select("iframe, frame"):
        name = ctx.accessible_name(frame)
        if not name or ctx.is_hidden(frame):
            continue
        document = frame.get("srcdoc") if frame.get("srcdoc") is not None else (frame.get("src") or "").strip()
        first = documents_by_name.setdefault(name.lower(), document)
        if first != document:
            yield Fail("same", element=frame, name=name)
