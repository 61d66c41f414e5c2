"""The page language must be a valid language tag.

## What it checks
The first subtag of the `lang` attribute of `<html>` (the primary language) must be a language subtag of
the IANA Language Subtag Registry: `zh-CN`, `en`, `fr-CA` pass; `cn`, `english`, `zh_CN`, `eng` (an ISO
639-2 code the registry does not list) and grandfathered tags such as `i-lux` fail. Later subtags are not
judged: `en-US-GB` still tells a screen reader to use English. Empty values are reported by
`html-has-lang`.

## Why it matters
Assistive technology cannot act on a language it does not recognise, so an invalid tag is as bad as
none. `cn` is a country code, not a language: Chinese is `zh`.

## How to fix
Use a registered tag: `zh-CN` (or `zh-Hans`) for Simplified Chinese, `en-US`, `en-GB`, `fr`, `de`.

## Failing example
```html
<html lang="cn"><title>通知</title></html>
```

```html
<html lang="zh_CN"><title>通知</title></html>
```

```html
<html lang="eng"><title>Notice</title></html>
```

## Passing example
```html
<html lang="zh-Hans-CN"><title>通知</title></html>
```

## References
- WCAG SC 3.1.1 Language of Page: https://www.w3.org/WAI/WCAG22/Understanding/language-of-page.html
- ACT rule bf051a, HTML page lang attribute has valid language tag:
  https://www.w3.org/WAI/standards-guidelines/act/rules/bf051a/
- BCP 47 (RFC 5646): https://www.rfc-editor.org/info/bcp47; IANA Language Subtag Registry:
  https://www.iana.org/assignments/language-subtag-registry
- WCAG technique H57 (lang on the html element): https://www.w3.org/WAI/WCAG22/Techniques/html/H57
"""

from a11ylint.language import primary_language_is_valid
from a11ylint.rule import Fail, Text, rule


@rule(
    code="LNG002",
    name="html-lang-valid",
    title=Text("The page language must be a valid language tag", "页面语言必须是有效的语言标签"),
    messages={"invalid": Text('lang="{lang}" does not start with a registered language subtag; use e.g. "zh-CN" or "en"',
                              'lang="{lang}" 的主语言子标签未在 IANA 注册；请使用如 "zh-CN" 或 "en"')},
    selector=":root",
    wcag=("3.1.1",),
    level="A",
    act=("bf051a",),
    standards=("EN-301-549:9.3.1.1", "Section-508:E205.4"),
    tags=("cat.language",),
    severity="error",
    impact="serious",
    fix=Text('Use a registered language tag on <html>, e.g. lang="zh-CN" or lang="en"',
             '在 <html> 上使用已注册的语言标签，如 lang="zh-CN" 或 lang="en"'),
)
def check(root, ctx):
    if root.tag != "html":
        return None
    lang = (root.get("lang") or "").strip()
    if not lang or primary_language_is_valid(lang):
        return None
    return Fail("invalid", lang=lang)
