"""Image text alternatives must describe the image.

## What it checks
Lists every image that has a text alternative for a person to compare it with the picture: `<img>`,
`<input type="image">`, elements with `role="img"`, inline `<svg>` and `<canvas>` with an accessible name.
An image that is the whole content of a link or button is listed with the question the text must answer
there: where the link goes, or what the button does. Identical images (same file, same text) are listed
once per page. Not listed: hidden images, images with `alt=""`, images inside a link or button named by
`aria-label` (their text is not used), and names that `image-alt-filename` already reports as file names
or placeholders.

## Why it matters
A text alternative can be present and still wrong: "ERCIM logo" on the W3C logo, "photo" on a chart, the
caption of a different picture. Screen reader users cannot tell; only a person who sees the image can.

## How to fix
Say what the image conveys in its context, briefly: `alt="Bar chart: applications rose from 1,200 in 2022
to 1,900 in 2023"`. For a linked image, say where the link goes. If the image adds nothing, use `alt=""`.

## Failing example
```html
<img src="w3c-logo.png" alt="ERCIM logo">
```

```html
<a href="/"><img src="logo.png" alt="Ministry of Health"></a>
```

## Passing example
```html
<img src="divider.png" alt=""> <img src="chart.png" alt="Chart" hidden>
```

```html
<a href="/" aria-label="Ministry of Health home page"><img src="logo.png" alt="Logo of the ministry"></a>
```

## References
- WCAG SC 1.1.1 Non-text Content: https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html
- ACT rule qt1vmo, Image accessible name is descriptive:
  https://www.w3.org/WAI/standards-guidelines/act/rules/qt1vmo/
- ACT rule 9eb3f6 (deprecated), Image filename is accessible name for image:
  https://www.w3.org/WAI/standards-guidelines/act/rules/9eb3f6/
- WCAG technique G94 (short text alternative that serves the same purpose):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G94
- WCAG technique H30 (link text from the alt of an image in a link):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H30
"""

from a11ylint.dom import SVG_NAMESPACE, normalize_space
from a11ylint.images import enclosing_control, file_label, image_candidates, image_url, name_problem
from a11ylint.rule import Review, Text, rule

_SVG = "{%s}svg" % SVG_NAMESPACE


def _named_by_aria(control) -> bool:
    return bool((control.get("aria-label") or "").strip() or (control.get("aria-labelledby") or "").strip())


def described_images(ctx):
    """(element, name, control) for every named image whose name a person should compare with the image;
    ``control`` is the link or button that the image is the whole content of, else None."""
    candidates = list(image_candidates(ctx))
    for element in ctx.select("svg|svg, canvas"):
        if ctx.is_hidden(element) or (element.tag == _SVG and ctx.role(element) not in ("img", "graphics-document")):
            continue
        name = ctx.accessible_name(element)
        if name:
            candidates.append((element, name))
    for element, name in candidates:
        if element.tag == "input":
            yield element, name, element
            continue
        control = enclosing_control(element)
        if control is not None and _named_by_aria(control):
            continue
        if control is not None and normalize_space(ctx.accessible_name(control)) != normalize_space(name):
            control = None  # the link has text of its own: the image is described as an image
        yield element, name, control


@rule(
    code="IMG006",
    name="image-alt-descriptive",
    title=Text("Image text alternatives must describe the image", "图片替代文本必须准确描述图片"),
    messages={
        "image": Text('Check that the text alternative "{name}" conveys what {what} shows',
                      "请确认替代文本“{name}”准确表达了{what_zh}的内容"),
        "link": Text('This image is the whole link or button text: check that "{name}" says where the link goes or '
                     "what the button does",
                     "该图片是链接或按钮的全部内容：请确认“{name}”说明了链接去向或按钮功能"),
    },
    selector=":root",
    wcag=("1.1.1",),
    level="A",
    act=("qt1vmo", "9eb3f6"),
    standards=("EN-301-549:9.1.1.1", "Section-508:E205.4"),
    tags=("cat.text-alternatives", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Rewrite the alt text to say briefly what the image conveys in context, or where a linked image leads",
             "修改替代文本，简要说明图片在上下文中表达的信息；链接图片应说明链接去向"),
)
def check(root, ctx):
    seen = set()
    for element, name, control in described_images(ctx):
        url = image_url(element)
        if name_problem(name, url) is not None:
            continue  # image-alt-filename fails it
        key = (url, name, control is not None)
        if url and key in seen:
            continue
        seen.add(key)
        if control is not None:
            yield Review("link", element=element, name=name[:100])
        else:
            label = file_label(url)
            yield Review("image", element=element, name=name[:100],
                         what=f'the image "{label}"' if label else "the image",
                         what_zh=f"图片“{label}”" if label else "图片")
