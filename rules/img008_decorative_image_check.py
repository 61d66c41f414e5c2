"""Images hidden from assistive technology must be purely decorative.

## What it checks
Lists rendered images that screen readers skip, for a person to confirm that they carry no information:
`<img alt="">`, images with `role="presentation"` or `role="none"`, images with `aria-hidden="true"`, and
inline `<svg>` or `<canvas>` elements without an accessible name. Each file is listed once per page. Not
listed: images inside a link or button (the link text names the control; an unnamed link is reported by
`link-name`), tiny spacer images (`width` or `height` of 1 or 2 pixels, or a file called `spacer.gif`,
`blank.gif`, `pixel.gif`…), and images that are not rendered.

## Why it matters
`alt=""` tells screen readers to skip the image. That is right for borders, backgrounds and flourishes,
but when a chart, a map, a photo of a notice or a logo gets `alt=""` (often to silence a checker), blind
users lose the information without any sign that it was there.

## How to fix
If the image conveys something, give it a text alternative (`alt="Map of the flood area"`) and remove
`role="presentation"` or `aria-hidden`. If it is decorative, keep `alt=""`, or better, move it to CSS.

## Failing example
```html
<img src="flood-map.png" alt="">
```

```html
<img src="w3c-logo.png" role="none" alt="W3C logo">
```

```html
<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
```

## Passing example
```html
<img src="flood-map.png" alt="Map of the flood area">
```

```html
<a href="/news"><img src="arrow.png" alt=""> News</a> <img src="spacer.gif" alt="" width="1" height="1">
```

## References
- WCAG SC 1.1.1 Non-text Content: https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html
- ACT rule e88epe, Image not in the accessibility tree is decorative:
  https://www.w3.org/WAI/standards-guidelines/act/rules/e88epe/
- WCAG technique H67 (null alt text on images that assistive technology should ignore):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H67
- WCAG failure F38 (decorative images not marked to be ignored) and its converse:
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F38
"""

from a11ylint.dom import SVG_NAMESPACE, is_html
from a11ylint.images import enclosing_control, file_label, image_url, is_spacer
from a11ylint.rule import Review, Text, rule

_SVG = "{%s}svg" % SVG_NAMESPACE


def _reason(element, ctx) -> str | None:
    """Why the image is out of the accessibility tree ("alt", "role", "aria-hidden", "unnamed"), or None."""
    if (element.get("aria-hidden") or "").strip().lower() == "true":
        return "aria-hidden"
    if element.tag == "img" and is_html(element):
        if ctx.role(element) != "presentation":
            return None
        return "role" if (element.get("role") or "").strip() else "alt"
    if ctx.role(element) == "presentation":
        return "role"
    if ctx.is_hidden(element) or ctx.accessible_name(element):
        return None
    return "unnamed"


@rule(
    code="IMG008",
    name="decorative-image-check",
    title=Text("Images hidden from assistive technology must be purely decorative",
               "对辅助技术隐藏的图片必须是纯装饰性的"),
    messages={
        "alt": Text('Image "{file}" has alt="" so screen readers skip it; check that it is purely decorative, '
                    "otherwise give it a text alternative",
                    '图片“{file}”的 alt="" 使读屏软件跳过它；请确认它纯属装饰，否则请提供替代文本'),
        "role": Text('Image "{file}" has role="{role}" so screen readers skip it; check that it is purely '
                     "decorative, otherwise remove the role and give it a text alternative",
                     '图片“{file}”的 role="{role}" 使读屏软件跳过它；请确认它纯属装饰，否则请删除该 role 并提供替代文本'),
        "aria-hidden": Text('Image "{file}" has aria-hidden="true" so screen readers skip it; check that it is purely '
                            "decorative, otherwise remove aria-hidden and give it a text alternative",
                            '图片“{file}”的 aria-hidden="true" 使读屏软件跳过它；请确认它纯属装饰，'
                            "否则请删除 aria-hidden 并提供替代文本"),
        "unnamed": Text("<{tag}> has no accessible name; check that it is purely decorative (then add "
                        'aria-hidden="true"), otherwise give it role="img" and a name',
                        '<{tag}> 没有可访问名称；请确认它纯属装饰（此时请添加 aria-hidden="true"），'
                        '否则请设置 role="img" 并提供名称'),
    },
    selector=":root",
    wcag=("1.1.1",),
    level="A",
    act=("e88epe",),
    standards=("EN-301-549:9.1.1.1", "Section-508:E205.4"),
    tags=("cat.text-alternatives", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Give images that convey information a text alternative, and hide only purely decorative images from "
             "assistive technology",
             "为传达信息的图片提供替代文本，只对纯装饰性图片向辅助技术隐藏"),
)
def check(root, ctx):
    seen = set()
    for element in ctx.select("img, svg|svg, canvas"):
        if element.tag == _SVG and next(element.iterancestors(_SVG), None) is not None:
            continue  # nested svg: the outer one is reviewed
        if ctx.is_invisible(element) or enclosing_control(element) is not None:
            continue
        if element.tag == "img" and (not image_url(element) or is_spacer(element)):
            continue
        if ctx.is_hidden(element) and (element.get("aria-hidden") or "").strip().lower() != "true":
            continue  # inside an aria-hidden region: the region was hidden as a whole
        reason = _reason(element, ctx)
        if reason is None:
            continue
        url = image_url(element)
        if url:
            if url in seen:
                continue
            seen.add(url)
        tag = "svg" if element.tag == _SVG else element.tag
        yield Review(reason, element=element, file=file_label(url) or f"<{tag}>", tag=tag,
                     role=(element.get("role") or "").strip())
