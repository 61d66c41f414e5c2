"""The page language must match the language of its content.

## What it checks
A valid `lang` on `<html>` that clearly contradicts the text that inherits it (the title, the visible
text and the text alternatives of images, leaving out parts that set their own `lang`). Two
unambiguous cases are decided:

- **Writing system.** The declared language is written in one script and the content is overwhelmingly in
  another: `lang="en"` on a page of Chinese text (a common template leftover on Chinese government sites),
  `lang="zh-CN"` on a page with no Chinese characters, `lang="zh"` on Japanese text (kana).
- **Common Latin-script languages.** For English, French, German, Spanish, Italian, Dutch, Portuguese,
  the Scandinavian languages and Finnish, a page of at least 40 words whose function words ("the", "and",
  "und", "les"…) are plainly those of another of these languages, and almost never those of the declared
  one (`lang="da"` on an English page).

Pages with little text, mixed content or other languages are not decided; `html-lang-review` lists them
for a person. A missing or invalid `lang` is reported by `html-has-lang` and `html-lang-valid`.

## Why it matters
Screen readers choose their voice and pronunciation rules from `lang`. Chinese text read with an English
voice is spelt out letter by letter or skipped; English read with Danish rules is unintelligible.

## How to fix
Set `lang` to the main language of the page (`<html lang="zh-CN">`), and mark passages in other languages
with their own `lang` (`<p lang="en">`).

## Failing example
```html
<html lang="en"><head><title>市人民政府办公室关于做好春节期间安全生产工作的通知</title></head>
<body><p>各区县人民政府，市政府各部门：为切实做好春节期间安全生产工作，确保人民群众度过一个安全祥和的节日，现就有关事项通知如下。</p></body></html>
```

```html
<html lang="da"><head><title>ACT Rules Format 1.0 - Abstract</title></head><body><p>The Accessibility
Conformance Testing (ACT) Rules Format 1.0 defines a format for writing accessibility test rules. These test
rules can be used for developing automated testing tools and manual testing methodologies. It provides a
common format that allows any party involved in accessibility testing to document and share their testing
procedures in a robust and understandable manner.</p></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>市人民政府办公室关于做好春节期间安全生产工作的通知</title></head>
<body><p>各区县人民政府，市政府各部门：为切实做好春节期间安全生产工作，现就有关事项通知如下。</p>
<p lang="en">English version available on request.</p></body></html>
```

## References
- WCAG SC 3.1.1 Language of Page: https://www.w3.org/WAI/WCAG22/Understanding/language-of-page.html
- ACT rule ucwvc8, HTML page language subtag matches default language:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ucwvc8/
- WCAG technique H57 (lang attribute on the html element): https://www.w3.org/WAI/WCAG22/Techniques/html/H57
"""

from a11ylint.langdetect import inherited_text, judge, language_label
from a11ylint.language import page_language
from a11ylint.rule import Fail, Text, rule


@rule(
    code="LNG004",
    name="html-lang-matches-content",
    title=Text("The page language must match the language of its content", "页面语言必须与其内容的语言一致"),
    messages={"mismatch": Text('<html lang="{lang}"> declares {language}, but the page text is {found}; set lang to '
                               "the main language of the page",
                               '<html lang="{lang}"> 声明为{language_zh}，但页面文字是{found_zh}；请将 lang 设为页面的主要语言')},
    selector=":root",
    wcag=("3.1.1",),
    level="A",
    act=("ucwvc8",),
    standards=("EN-301-549:9.3.1.1", "Section-508:E205.4"),
    tags=("cat.language",),
    severity="error",
    impact="serious",
    fix=Text("Set lang on <html> to the page's main language, and mark passages in other languages with their own lang",
             "将 <html> 的 lang 设为页面的主要语言，并为其他语言的段落单独标注 lang"),
)
def check(root, ctx):
    declared = page_language(ctx)
    if declared is None:
        return None
    element, lang = declared
    verdict = judge(lang, inherited_text(element, ctx, include_title=True), minimum_units=40, minimum_words=40)
    if verdict.outcome != "mismatch":
        return None
    language, language_zh = language_label(lang)
    return Fail("mismatch", lang=lang, language=language, language_zh=language_zh, found=verdict.found,
                found_zh=verdict.found_zh)
