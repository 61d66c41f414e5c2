"""The page language must match the language of its content (cases a person must judge).

## What it checks
When `<html>` has a valid `lang` and the page has text that inherits it, but the language cannot be
confirmed from the text, the page is listed for a person to check that the declared language is the main
language of the content. Confirmed automatically, and not listed: text in the declared writing system
for Chinese, Japanese, Korean, Cyrillic, Greek, Arabic and other non-Latin languages, and text whose
function words match the declared language for English, French, German, Spanish, Italian, Dutch,
Portuguese, the Scandinavian languages and Finnish. Clear contradictions are failed by
`html-lang-matches-content`. So the list holds pages with little text, mixed languages, and other
Latin-script languages (Māori, Welsh, Malay, Polish…).

## Why it matters
Screen readers pick their voice from `lang`. A Welsh page marked as English, or a short English page
marked as Dutch, is read with the wrong pronunciation rules.

## How to fix
Set `lang` on `<html>` to the main language of the page, and mark passages in other languages with their
own `lang`.

## Failing example
```html
<html lang="nl"><head><title>Gelukkig</title></head><body><p>The Dutch word "gelukkig" has no equivalent in English.</p></body></html>
```

## Passing example
```html
<html lang="en"><head><title>Opening hours</title></head><body><p>The office is open from Monday to Friday, and
the staff will help you with your application. If you have questions about your passport, you can call us
or write to us. Please bring the form that you have filled in, with two photos and your old passport.</p></body></html>
```

```html
<html lang="zh-CN"><head><title>办事指南</title></head><body><p>办理时间为周一至周五上午九点至下午五点，请携带身份证原件及复印件。</p></body></html>
```

## References
- WCAG SC 3.1.1 Language of Page: https://www.w3.org/WAI/WCAG22/Understanding/language-of-page.html
- ACT rule ucwvc8, HTML page language subtag matches default language:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ucwvc8/
- WCAG technique H57 (lang attribute on the html element): https://www.w3.org/WAI/WCAG22/Techniques/html/H57
"""

from a11ylint.langdetect import inherited_text, judge, language_label
from a11ylint.language import page_language
from a11ylint.rule import Review, Text, rule


@rule(
    code="LNG006",
    name="html-lang-review",
    title=Text("The page language must match the language of its content",
               "页面语言必须与其内容的语言一致"),
    messages={"review": Text('Check that {language} (lang="{lang}") is the main language of this page; its text '
                             'begins "{sample}"',
                             '请确认{language_zh}（lang="{lang}"）是本页的主要语言；页面文字开头为“{sample}”')},
    selector=":root",
    wcag=("3.1.1",),
    level="A",
    act=("ucwvc8",),
    standards=("EN-301-549:9.3.1.1", "Section-508:E205.4"),
    tags=("cat.language", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Set lang on <html> to the page's main language, and mark passages in other languages with their own lang",
             "将 <html> 的 lang 设为页面的主要语言，并为其他语言的段落单独标注 lang"),
)
def check(root, ctx):
    declared = page_language(ctx)
    if declared is None:
        return None
    element, lang = declared
    text = inherited_text(element, ctx, include_title=True)
    if not any(char.isalpha() for char in text):
        return None
    if judge(lang, text, minimum_units=40, minimum_words=40).outcome != "unknown":
        return None
    language, language_zh = language_label(lang)
    return Review("review", lang=lang, language=language, language_zh=language_zh, sample=text[:80])
