"""Text must not be presented as an image, except logos and text whose look is essential.

## What it checks
Lists rendered images for a person to check whether they show text: `<img>` (including `alt=""`),
`<input type="image">`, `<object>` that shows an image, `<image>` inside inline SVG, and elements whose
inline `style` sets a `background` image. Each file is listed once per page. The message points out the
images most likely to be text: an SVG data URL that contains `<text>`, a file name such as `banner`,
`title`, `btn`, `标题` or `文字`, or a text alternative that reads like a sentence. Spacer images and
images that are not rendered are skipped.

## Why it matters
Text in an image cannot be enlarged without blurring, recoloured for contrast, reflowed on a phone,
translated or read by a screen reader except through its text alternative. Government home pages often
put notices, slogans and menu items into banner images.

## How to fix
Write the text as HTML text and style it with CSS (fonts, colours, backgrounds). Logos, and images whose
exact look is the point (a specimen of a historic typeface), are exempt.

## Failing example
```html
<img src="notice-banner.jpg" alt="The service hall is closed on Monday 3 June">
```

```html
<div style="background-image: url(slogan.png); width: 600px; height: 80px"></div>
```

## Passing example
```html
<img src="notice-banner.jpg" alt="" style="display: none">
```

```html
<svg><text x="0" y="15">Real text in SVG is fine</text></svg>
```

## References
- WCAG SC 1.4.5 Images of Text: https://www.w3.org/WAI/WCAG22/Understanding/images-of-text.html
- WCAG SC 1.4.9 Images of Text (No Exception):
  https://www.w3.org/WAI/WCAG22/Understanding/images-of-text-no-exception.html
- ACT rule 0va7u6, HTML images contain no text:
  https://www.w3.org/WAI/standards-guidelines/act/rules/0va7u6/
- WCAG technique C22 (using CSS to control visual presentation of text):
  https://www.w3.org/WAI/WCAG22/Techniques/css/C22
"""

import re
from urllib.parse import unquote

from a11ylint.dom import SVG_NAMESPACE, is_html
from a11ylint.images import IMAGE_EXTENSIONS, file_label, file_stem, image_url, is_spacer
from a11ylint.langdetect import CJK_CHARACTER
from a11ylint.rule import Review, Text, rule

_SVG_IMAGE = "{%s}image" % SVG_NAMESPACE
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_BACKGROUND_URL = re.compile(r"background(?:-image)?\s*:[^;]*url\(\s*['\"]?([^'\")]+)", re.IGNORECASE)
_TEXT_FILE = re.compile(r"banner|title|text|txt|word|font|btn|button|heading|slogan|notice|caption|label|menu|nav|"
                        r"标题|文字|按钮|标语|横幅|通知|wenzi|biaoti|anniu|biaoyu|hengfu", re.IGNORECASE)
_IMAGE_FILE = re.compile(rf"\.(?:{IMAGE_EXTENSIONS})$", re.IGNORECASE)


def _url_of(element) -> str:
    if element.tag == _SVG_IMAGE:
        return (element.get("href") or element.get(_XLINK_HREF) or "").strip()
    if element.tag in ("img", "input", "object"):
        return image_url(element)
    match = _BACKGROUND_URL.search(element.get("style") or "")
    return match.group(1).strip() if match else ""


def _hint(element, url: str, ctx) -> str | None:
    """Why this image probably shows text, or None."""
    if url.lower().startswith("data:image/svg") and "<text" in unquote(url).lower():
        return "an SVG image containing <text>"
    stem = file_stem(url)[1]
    if stem and _TEXT_FILE.search(stem):
        return f'file name "{file_label(url)}"'
    alt = " ".join((element.get("alt") or "").split())
    if len(alt.split()) >= 6 or len(CJK_CHARACTER.findall(alt)) >= 10:
        return "its text alternative reads like a sentence"
    return None


def _shows_image(obj) -> bool:
    mime = (obj.get("type") or "").strip().lower()
    if mime:
        return mime.startswith("image/")
    return bool(_IMAGE_FILE.search(file_stem(obj.get("data") or "")[0]))


def _candidates(ctx):
    for element in ctx.select("img, input[type], object, svg|image, [style]"):
        tag = element.tag
        if tag == "input" and (element.get("type") or "").strip().lower() != "image":
            continue
        if tag == "object" and not _shows_image(element):
            continue
        if tag not in ("img", "input", "object", _SVG_IMAGE):
            if not is_html(element) or not _BACKGROUND_URL.search(element.get("style") or ""):
                continue
        yield element


@rule(
    code="IMG009",
    name="image-of-text",
    title=Text("Text must not be presented as an image, except logos and text whose look is essential",
               "除标志和必须保留外观的文字外，不得用图片呈现文字"),
    messages={
        "likely": Text("Image {file} probably shows text ({hint}); check, and unless it is a logo or its exact look "
                       "is essential, replace it with real text styled with CSS",
                       "图片 {file} 很可能包含文字（{hint_zh}）；请核实，除非是标志或必须保留其外观，否则请改用 CSS "
                       "样式化的真实文字"),
        "review": Text("Check that image {file} shows no text, other than a logo or text whose exact look is "
                       "essential; otherwise replace it with real text styled with CSS",
                       "请确认图片 {file} 不含文字（标志或必须保留外观的文字除外）；否则请改用 CSS 样式化的真实文字"),
    },
    selector=":root",
    wcag=("1.4.5", "1.4.9"),
    level="AA",
    act=("0va7u6",),
    standards=("EN-301-549:9.1.4.5", "Section-508:E205.4"),
    tags=("cat.text-alternatives", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Replace images of text with real HTML text styled with CSS, except for logos",
             "将文字图片改为用 CSS 设置样式的 HTML 文本（标志除外）"),
)
def check(root, ctx):
    seen = set()
    for element in _candidates(ctx):
        if ctx.is_invisible(element):
            continue
        url = _url_of(element)
        if not url or url in seen or (element.tag == "img" and is_spacer(element)):
            continue
        seen.add(url)
        label = file_label(url)
        file = f'"{label}"' if label else f"<{element.tag.split('}')[-1]}>"
        hint = _hint(element, url, ctx)
        if hint is not None:
            hint_zh = {"an SVG image containing <text>": "含 <text> 的 SVG 图片",
                       "its text alternative reads like a sentence": "其替代文本像一句话"}.get(
                hint, hint.replace("file name", "文件名"))
            yield Review("likely", element=element, file=file, hint=hint, hint_zh=hint_zh)
        else:
            yield Review("review", element=element, file=file)
