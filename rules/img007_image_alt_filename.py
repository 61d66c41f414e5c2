"""Image text alternatives must not be file names or placeholder words.

## What it checks
Images (`<img>`, `<input type="image">` and elements with `role="img"`) that are exposed to assistive
technology, whose accessible name is

- a file name: it ends in an image extension (`alt="DSC_0012.JPG"`, `alt="banner.gif"`), is a camera
  or export name (`IMG_2041`, `DSC01234`), or equals the image's own file name without the extension when
  that name has digits in it (`src="/upload/2023-05-banner_01.png" alt="2023-05-banner_01"`); or
- a placeholder word, alone or numbered: `image`, `picture`, `photo`, `graphic`, `icon`, `logo`, `banner`,
  `spacer`, `placeholder`, `untitled`, `图片`, `图像`, `照片`, `图标`, `配图`, `缩略图`…

Content management systems and editors fill `alt` with such values when the author leaves it blank. Left
to a person (`image-alt-descriptive`), because they may be real descriptions: a plain word or slug equal
to the file name (`src="seal.png" alt="Seal"`, `alt="heavy-vehicle"`), a placeholder word on an image
that is the content of a link or button (`alt="Photos"` on a link to the photo gallery names the
destination), and a file name on a link to that very file.

## Why it matters
A screen reader reads the value aloud: "DSC underscore zero zero one two dot JPG, graphic". The user learns
nothing about the image, and for a decorative image hears noise that `alt=""` would have silenced.

## How to fix
Describe what the image shows or does (`alt="Minister Li opening the new clinic"`, or for a linked logo
`alt="Ministry of Health home page"`). If the image is decorative, use `alt=""`.

## Failing example
```html
<img src="/upload/2024/DSC_0012.JPG" alt="DSC_0012.JPG">
```

```html
<img src="pic/20230512093011.png" alt="图片">
```

```html
<a href="/news/"><img src="more.gif" alt="more.gif"></a>
```

## Passing example
```html
<img src="/upload/2024/DSC_0012.JPG" alt="The minister opens the new clinic in Riverside">
```

```html
<img src="seal.png" alt="Seal"> <img src="spacer.gif" alt="">
```

## References
- WCAG SC 1.1.1 Non-text Content: https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html
- ACT rule qt1vmo, Image accessible name is descriptive:
  https://www.w3.org/WAI/standards-guidelines/act/rules/qt1vmo/
- ACT rule 9eb3f6 (deprecated), Image filename is accessible name for image:
  https://www.w3.org/WAI/standards-guidelines/act/rules/9eb3f6/
- WCAG failure F30 (text alternatives that are not alternatives, such as file names or placeholder text):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F30
- WCAG failure F39 (non-null text alternative, such as "spacer", on a decorative image):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F39
"""

from a11ylint.images import enclosing_control, file_stem, image_candidates, image_url, name_problem
from a11ylint.rule import Fail, Text, rule


@rule(
    code="IMG007",
    name="image-alt-filename",
    title=Text("Image text alternatives must not be file names or placeholder words",
               "图片替代文本不得是文件名或占位词"),
    messages={
        "file": Text('Image text alternative "{name}" is a file name; describe what the image shows, or use alt="" '
                     "if it is decorative",
                     '图片替代文本“{name}”是文件名；请描述图片内容，装饰性图片请使用 alt=""'),
        "placeholder": Text('Image text alternative "{name}" is a placeholder word; describe what the image shows, '
                            'or use alt="" if it is decorative',
                            '图片替代文本“{name}”是占位词；请描述图片内容，装饰性图片请使用 alt=""'),
    },
    selector=":root",
    wcag=("1.1.1",),
    level="A",
    act=("qt1vmo", "9eb3f6"),
    standards=("EN-301-549:9.1.1.1", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="serious",
    fix=Text('Replace file names and placeholder words in alt text with a description of the image, or use alt="" if '
             "it is decorative",
             '将替代文本中的文件名或占位词改为对图片内容的描述；装饰性图片设置 alt=""'),
)
def check(root, ctx):
    for element, name in image_candidates(ctx):
        problem = name_problem(name, image_url(element))
        if problem == "file" and _names_linked_file(element, name):
            continue
        if problem == "placeholder" and _is_control_content(element):
            continue  # "Photos" on a link to the photo gallery names the destination: left to review
        if problem is not None:
            yield Fail(problem, element=element, name=name[:80])


def _is_control_content(element) -> bool:
    """True for an image button, or an image inside a link or button."""
    return element.tag == "input" or enclosing_control(element) is not None


def _names_linked_file(element, name: str) -> bool:
    """True inside a link to the very file the name gives (``<a href="map.pdf"><img alt="map.pdf">``): a
    file name is then the right text for the link."""
    link = next(element.iterancestors("a"), None)
    if link is None or link.get("href") is None:
        return False
    return file_stem(link.get("href"))[0] == " ".join(name.split()).lower()
