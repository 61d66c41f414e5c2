"""Frames with the same name must embed the same or equivalent content.

## What it checks
Groups the `<iframe>` elements exposed to assistive technology by accessible name (ignoring case and
spacing), including frames nested in an iframe's `srcdoc`, since they belong to the same page. A group
whose frames all load the same address (after `<base href>`) is fine and not reported. A group whose
frames load different addresses is listed once for a person to check that they embed equivalent content
(the same page under two URLs, rotating adverts), or otherwise to give the frames distinct names.

## Why it matters
Screen readers announce a frame by its name and list frames by name. Two frames called "Map" showing
different districts cannot be told apart.

## How to fix
Name each frame after its own content: `title="Map of the north district"`, `title="Map of the south
district"`.

## Failing example
```html
<iframe title="List of contributors" src="contributors-2023.html"></iframe>
<iframe title="List of contributors" src="contributors-2024.html"></iframe>
```

## Passing example
```html
<iframe title="List of contributors" src="contributors.html"></iframe>
<iframe aria-label="List of contributors" src="contributors.html"></iframe>
```

```html
<iframe title="Contributors 2023" src="contributors-2023.html"></iframe>
<iframe title="Contributors 2024" src="contributors-2024.html"></iframe>
```

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 4b1c6c, Iframe elements with identical accessible names have equivalent purpose:
  https://www.w3.org/WAI/standards-guidelines/act/rules/4b1c6c/
- WCAG technique H64 (title attribute of the iframe element):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H64
"""

from urllib.parse import urljoin

from a11ylint.dom import normalize_space
from a11ylint.links import base_url, shown
from a11ylint.parse import parse_html
from a11ylint.rule import Review, Text, rule


def _address(frame, base: str) -> str:
    srcdoc = frame.get("srcdoc")
    if srcdoc is not None:
        return "srcdoc:" + " ".join(srcdoc.split())
    src = (frame.get("src") or "").strip()
    if not src:
        return "about:blank"
    try:
        return urljoin(base, src)
    except ValueError:
        return src


def _nested_frames(frame, base: str, depth: int = 0):
    """(name, address) of the named iframes inside an iframe's srcdoc (parsed as its own document)."""
    srcdoc = frame.get("srcdoc")
    if srcdoc is None or "<iframe" not in srcdoc.lower() or depth > 3:
        return
    for inner in parse_html(srcdoc).root.iter("iframe"):
        name = normalize_space(inner.get("aria-label") or "") or normalize_space(inner.get("title") or "")
        if name and inner.get("hidden") is None and (inner.get("aria-hidden") or "").lower() != "true":
            yield name, _address(inner, base), frame
        yield from _nested_frames(inner, base, depth + 1)


@rule(
    code="IFR002",
    name="identical-iframe-names",
    title=Text("Frames with the same name must embed the same or equivalent content",
               "名称相同的框架必须嵌入相同或等效的内容"),
    messages={"different": Text('{count} frames are named "{name}" but load different content ({first}, {other}); '
                                "check that the content is equivalent, otherwise give each frame a distinct title",
                                "{count} 个框架名称都是“{name}”，但加载不同内容（{first}、{other}）；请确认内容等效，"
                                "否则请为每个框架设置不同的 title")},
    selector=":root",
    wcag=("4.1.2",),
    level="A",
    act=("4b1c6c",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.name-role-value", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Give frames that load different content distinct titles that describe each one",
             "为加载不同内容的框架分别设置能说明各自内容的 title"),
)
def check(root, ctx):
    frames = ctx.select("iframe")
    if len(frames) < 2 and not any("<iframe" in (frame.get("srcdoc") or "").lower() for frame in frames):
        return
    base = base_url(ctx)
    groups: dict[str, list] = {}
    for frame in frames:
        if ctx.is_hidden(frame):
            continue
        name = ctx.accessible_name(frame)
        if name:
            groups.setdefault(name.casefold(), []).append((name, _address(frame, base), frame))
        for nested in _nested_frames(frame, base):
            groups.setdefault(nested[0].casefold(), []).append(nested)
    for members in groups.values():
        if len(members) < 2:
            continue
        first = members[0][1]
        differing = next((member for member in members if member[1] != first), None)
        if differing is None:
            continue
        yield Review("different", element=differing[2], count=len(members), name=members[0][0][:60],
                     first=shown(first, base)[:60], other=shown(differing[1], base)[:60])
