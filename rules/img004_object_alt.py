"""Objects that embed images, audio or video must have a text alternative.

## What it checks
`<object>` elements that load an image, audio or video (known from their `type`, or from the file
extension of `data`) and are exposed to assistive technology must have an accessible name, from
`title`, `aria-label` or `aria-labelledby`. An `alt` attribute and fallback content inside the object do
not name it. Objects with an explicit role are checked by that role's rule. When the kind of resource
cannot be told from the markup, the object is reported for review.

## Why it matters
Old government pages embed speeches, maps and banners with `<object>`. Without a name, screen readers
announce an unlabelled "object" or skip it, and the content is lost.

## How to fix
Add a `title` that says what the object is, or better, use `<img alt>`, `<audio>` or `<video>` with
captions.

## Failing example
```html
<object data="speech.mp3"></object>
```

```html
<object data="banner.png" alt="Budget 2024"><img src="banner.png" alt="Budget 2024"></object>
```

## Passing example
```html
<object data="speech.mp3" title="Governor's speech on the budget"></object>
```

```html
<object data="/forms/index.html"></object>
```

## References
- WCAG SC 1.1.1 Non-text Content: https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html
- ACT rule 8fc3b6, Object element rendering non-text content has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/8fc3b6/
- WCAG technique H53 (fallback content): https://www.w3.org/WAI/WCAG22/Techniques/html/H53
"""

import posixpath

from a11ylint.pageinfo import split_url
from a11ylint.rule import Fail, Review, Text, rule

_MEDIA_EXTENSIONS = frozenset(
    """png jpg jpeg gif svg svgz webp bmp ico avif tif tiff apng mp3 wav ogg oga m4a aac flac weba opus mid midi
    mp4 webm ogv mov avi m4v mkv mpg mpeg 3gp wmv flv""".split()
)
_DOCUMENT_EXTENSIONS = frozenset("html htm xhtml shtml php asp aspx jsp txt pdf xml".split())


def _media_kind(element) -> bool | None:
    """True for image, audio or video; False for a document; None when the markup does not say."""
    mime = (element.get("type") or "").strip().lower()
    if mime.split("/", 1)[0] in ("image", "audio", "video"):
        return True
    if mime:
        return False
    data = (element.get("data") or "").strip()
    if not data:
        return False  # nothing is loaded, so the fallback content is rendered instead
    parts = split_url(data)
    if parts is None:
        return None  # a malformed address says nothing about what it loads
    extension = posixpath.splitext(parts.path)[1].lstrip(".").lower()
    if extension in _MEDIA_EXTENSIONS:
        return True
    if extension in _DOCUMENT_EXTENSIONS:
        return False
    return None


@rule(
    code="IMG004",
    name="object-alt",
    title=Text("Objects that embed images, audio or video must have a text alternative",
               "嵌入图片、音频或视频的 object 元素必须有替代文本"),
    messages={
        "missing": Text("<object> embedding {data} has no accessible name; add a title saying what it is",
                        "嵌入 {data} 的 <object> 没有可访问名称；请添加说明其内容的 title"),
        "unknown": Text("<object> embedding {data} has no accessible name; check whether it shows an image, "
                        "audio or video and, if so, add a title",
                        "嵌入 {data} 的 <object> 没有可访问名称；请确认其是否为图片、音频或视频，如是请添加 title"),
    },
    selector="object",
    wcag=("1.1.1",),
    level="A",
    act=("8fc3b6",),
    standards=("EN-301-549:9.1.1.1", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="serious",
    fix=Text("Add a title to the <object> that says what it is, or use <img alt>, <audio> or <video> instead",
             "为 <object> 添加说明其内容的 title，或改用 <img alt>、<audio> 或 <video>"),
)
def check(element, ctx):
    if element.get("role") is not None and ctx.role(element) is not None:
        return None
    if ctx.is_hidden(element) or ctx.role(element) == "presentation":
        return None
    kind = _media_kind(element)
    if kind is False or ctx.accessible_name(element):
        return None
    data = element.get("data") or element.get("type") or "?"
    return Fail("missing", data=data) if kind else Review("unknown", data=data)
