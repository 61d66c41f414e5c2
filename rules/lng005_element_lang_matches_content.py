"""Language changes must match the language of the content they mark.

## What it checks
Elements inside `<body>` with a valid `lang` whose own text (leaving out parts that set another `lang`)
clearly contradicts it. As for the page language, two cases are decided: a different writing system
(`<p lang="en">` around a Chinese paragraph, `<span lang="zh">` around English text), and, for texts of
at least 25 words in English, French, German, Spanish, Italian, Dutch, Portuguese, the Scandinavian
languages or Finnish, function words plainly from another of these languages. Short or mixed texts are
left to a person (`element-lang-review`); invalid tags are reported by `element-lang-valid`.

## Why it matters
A wrong `lang` is worse than none: the screen reader switches to a voice that cannot pronounce the text.
Templates that wrap Chinese content in `<div lang="en">` make whole sections unintelligible.

## How to fix
Correct the `lang` value to the language of the passage, or remove it so that the passage inherits the
page language.

## Failing example
```html
<html lang="zh-CN"><body><div lang="en"><p>各区县人民政府，市政府各部门：为切实做好春节期间安全生产工作，现就有关事项通知如下。</p></div></body></html>
```

## Passing example
```html
<html lang="zh-CN"><body><p>本页面提供 <span lang="en">English version of the annual report</span> 下载。</p></body></html>
```

## References
- WCAG SC 3.1.2 Language of Parts: https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts.html
- ACT rule off6ek, HTML element language subtag matches language:
  https://www.w3.org/WAI/standards-guidelines/act/rules/off6ek/
- WCAG technique H58 (language of parts): https://www.w3.org/WAI/WCAG22/Techniques/html/H58
"""

from a11ylint.langdetect import element_verdict, language_label
from a11ylint.rule import Fail, Text, rule


@rule(
    code="LNG005",
    name="element-lang-matches-content",
    title=Text("Language changes must match the language of the content they mark", "语言切换标记必须与所标记内容的语言一致"),
    messages={"mismatch": Text('lang="{lang}" declares {language}, but the text it marks is {found} ("{sample}"); '
                               "correct the lang value or remove it",
                               'lang="{lang}" 声明为{language_zh}，但所标记的文字是{found_zh}（“{sample}”）；请更正或删除 lang')},
    selector="body [lang]",
    wcag=("3.1.2",),
    level="AA",
    act=("off6ek",),
    standards=("EN-301-549:9.3.1.2", "Section-508:E205.4"),
    tags=("cat.language",),
    severity="error",
    impact="serious",
    fix=Text("Correct the lang value to the language of the passage, or remove it", "将 lang 值更正为该段文字的实际语言，或删除 lang 属性"),
)
def check(element, ctx):
    found = element_verdict(element, ctx)
    if found is None or found[2].outcome != "mismatch":
        return None
    lang, text, verdict = found
    language, language_zh = language_label(lang)
    return Fail("mismatch", lang=lang, language=language, language_zh=language_zh, found=verdict.found,
                found_zh=verdict.found_zh, sample=text[:40])
