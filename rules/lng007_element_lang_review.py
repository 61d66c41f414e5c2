"""Language changes must match the language of the content they mark (cases a person must judge).

## What it checks
Elements inside `<body>` with a valid `lang` and text that inherits it, when the language cannot be
confirmed from the text, are listed for a person to check that the text is in that language. Confirmed
automatically, and not listed: text in the declared writing system for non-Latin languages (Chinese,
Japanese, Korean, Russian…), text whose function words match the declared language (English, French,
German, Spanish, Italian, Dutch, Portuguese, Scandinavian, Finnish), and language-switch links that
contain the language's own name ("English", "Français", "中文", "Te Reo Māori"). Clear contradictions are
failed by `element-lang-matches-content`.

## Why it matters
A `lang` attribute switches the screen reader's voice. If it marks text in another language, that text is
read with the wrong pronunciation.

## How to fix
Correct the `lang` value to the language of the passage, or remove it.

## Failing example
```html
<p>The Dutch phrase <span lang="fr">"Hij ging met de kippen op stok"</span> means he went to bed early.</p>
```

## Passing example
```html
<p>Read this page in <a href="/fr/" lang="fr">Français</a> or <a href="/zh/" lang="zh">中文</a>.</p>
```

```html
<p lang="fr"></p>
```

## References
- WCAG SC 3.1.2 Language of Parts: https://www.w3.org/WAI/WCAG22/Understanding/language-of-parts.html
- ACT rule off6ek, HTML element language subtag matches language:
  https://www.w3.org/WAI/standards-guidelines/act/rules/off6ek/
- WCAG technique H58 (language of parts): https://www.w3.org/WAI/WCAG22/Techniques/html/H58
"""

from a11ylint.langdetect import element_verdict, language_label
from a11ylint.language import primary_language
from a11ylint.rule import Review, Text, rule

# Names of languages in themselves, as found on language-switch links.
AUTONYMS = {
    "en": ("english",), "fr": ("français", "francais"), "de": ("deutsch",), "es": ("español", "espanol"),
    "it": ("italiano",), "nl": ("nederlands",), "pt": ("português", "portugues"), "da": ("dansk",),
    "sv": ("svenska",), "nb": ("norsk",), "nn": ("norsk",), "no": ("norsk",), "fi": ("suomi",),
    "zh": ("中文", "简体", "繁體", "繁体", "汉语", "漢語", "華語", "华语"), "ja": ("日本語",), "ko": ("한국어",),
    "ru": ("русский",), "ar": ("العربية",), "mi": ("māori", "maori", "te reo"), "cy": ("cymraeg",),
    "ga": ("gaeilge",), "pl": ("polski",), "el": ("ελληνικά",), "he": ("עברית",), "th": ("ไทย",),
    "vi": ("tiếng việt",), "ms": ("melayu",), "id": ("indonesia",), "hi": ("हिन्दी",), "tr": ("türkçe",),
    "uk": ("українська",), "bo": ("བོད",), "ug": ("ئۇيغۇر",), "mn": ("монгол",),
}


def names_itself(lang: str, text: str) -> bool:
    """A short text that contains the language's own name, as on "English" / "中文" switch links."""
    if len(text) > 40:
        return False
    lowered = text.lower()
    return any(name in lowered for name in AUTONYMS.get(primary_language(lang), ()))


@rule(
    code="LNG007",
    name="element-lang-review",
    title=Text("Language changes must match the language of the content they mark",
               "语言切换标记必须与所标记内容的语言一致"),
    messages={"review": Text('Check that the text marked lang="{lang}" is in {language}: "{sample}"',
                             '请确认标记为 lang="{lang}" 的文字是{language_zh}：“{sample}”')},
    selector="body [lang]",
    wcag=("3.1.2",),
    level="AA",
    act=("off6ek",),
    standards=("EN-301-549:9.3.1.2", "Section-508:E205.4"),
    tags=("cat.language", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Correct the lang value to the language of the passage, or remove it", "将 lang 值更正为该段文字的实际语言，或删除 lang 属性"),
)
def check(element, ctx):
    found = element_verdict(element, ctx)
    if found is None or found[2].outcome != "unknown":
        return None
    lang, text, _ = found
    if names_itself(lang, text):
        return None
    language, language_zh = language_label(lang)
    return Review("review", lang=lang, language=language, language_zh=language_zh, sample=text[:80])
