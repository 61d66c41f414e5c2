"""Language changes must use valid language tags.

## What it checks
Elements inside `<body>` with a non-empty `lang` attribute whose primary language subtag is not in the
IANA Language Subtag Registry (`lang="english"`, `lang="eng"`, `lang="#!"`, `lang=" "`), when some text
takes its language from that element: visible text, or text in the accessibility tree such as an
image's `alt`. A `lang` that no text inherits (every text inside sits under another `lang`) is not
reported.

## Why it matters
Screen readers switch voice at a language change. An invalid tag stops them from switching, so an
English quotation on a Chinese page is read with Chinese pronunciation rules, or the other way round.

## How to fix
Use a registered tag: `<span lang="en">`, `<p lang="zh-Hans">`, `<blockquote lang="fr-CA">`.

## Failing example
```html
<body><p lang="english">Press release</p></body>
```

```html
<body><div lang="eng"><img src="flag.png" alt="Flag of the United Kingdom"></div></body>
```

## Passing example
```html
<body><p lang="en">Press release</p></body>
```

```html
<body><article lang="invalid"><p lang="en">All text here has its own valid language.</p></article></body>
```

## References
- WCAG SC 3.1.2 Language of Parts: https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts.html
- ACT rule de46e4, Element with lang attribute has valid language tag:
  https://www.w3.org/WAI/standards-guidelines/act/rules/de46e4/
- WCAG technique H58: https://www.w3.org/WAI/WCAG22/Techniques/html/H58
"""

from a11ylint.language import primary_language_is_valid
from a11ylint.rule import Fail, Text, rule


def _has_inheriting_text(element, ctx) -> bool:
    """True when non-blank rendered text, or an image's text alternative, takes its language from
    ``element`` (that is, no closer ancestor of it has a ``lang`` attribute of its own)."""
    stack = [element]
    while stack:
        node = stack.pop()
        if node is not element and node.get("lang") is not None:
            continue
        if ctx.is_invisible(node):
            continue
        if (node.text or "").strip() or (node.tag in ("img", "area", "input") and (node.get("alt") or "").strip()):
            return True
        for child in node:
            if isinstance(child.tag, str):
                stack.append(child)
            if (child.tail or "").strip():
                return True
    return False


@rule(
    code="LNG003",
    name="element-lang-valid",
    title=Text("Language changes must use valid language tags", "语言切换必须使用有效的语言标签"),
    messages={"invalid": Text('lang="{lang}" is not a registered language; use e.g. "en", "zh-Hans" or "fr"',
                              'lang="{lang}" 不是已注册的语言；请使用如 "en"、"zh-Hans" 或 "fr"')},
    selector="body [lang]",
    wcag=("3.1.2",),
    level="AA",
    act=("de46e4",),
    standards=("EN-301-549:9.3.1.2", "Section-508:E205.4"),
    tags=("cat.language",),
    severity="error",
    impact="serious",
    fix=Text('Use a registered language tag in lang, e.g. lang="en" or lang="zh-Hans"',
             '在 lang 属性中使用已注册的语言标签，如 lang="en" 或 lang="zh-Hans"'),
)
def check(element, ctx):
    lang = element.get("lang")
    if lang == "" or primary_language_is_valid(lang):
        return None
    if not _has_inheriting_text(element, ctx):
        return None
    return Fail("invalid", lang=lang)
