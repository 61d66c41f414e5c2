"""Which language a text is written in, as far as markup-only heuristics can tell: its writing systems
(scripts) and, for Latin-script languages, its function words; the verdict on whether a ``lang`` tag matches
the text, and the text a ``lang`` attribute applies to."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .dom import normalize_space
from .language import primary_language, primary_language_is_valid

# --- writing systems ---------------------------------------------------------------------------------

_SCRIPT_CHARACTERS = {
    "Latin": r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "Han": r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff",
    "Kana": r"\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "Hangul": r"\uac00-\ud7af\u1100-\u11ff\u3130-\u318f",
    "Cyrillic": r"\u0400-\u052f",
    "Greek": r"\u0370-\u03ff\u1f00-\u1fff",
    "Arabic": r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "Hebrew": r"\u0590-\u05ff",
    "Thai": r"\u0e00-\u0e7f",
    "Devanagari": r"\u0900-\u097f",
}
_SCRIPTS = {script: re.compile(f"[{characters}]") for script, characters in _SCRIPT_CHARACTERS.items()}
# Counting Latin letters one match each is most of the cost on a Latin page: runs of them are far fewer matches.
_LATIN_RUN = re.compile(f"[{_SCRIPT_CHARACTERS['Latin']}]+")
# Most pages have no letter of the other scripts: one scan finds that out instead of nine. It looks for any
# character outside Latin and punctuation (a superset of the other scripts): a class of the scripts' own
# ranges would cost milliseconds to compile at every start.
_MAYBE_NON_LATIN = re.compile(r"[^\x00-\u036f\u1e00-\u1eff\u2000-\u206f]")
# Characters of these scripts stand for about a word each; letters of alphabets are weighted to match.
_SYLLABIC = frozenset(("Han", "Kana", "Hangul"))
_LETTERS_PER_WORD = 5
_ISO_SCRIPTS = {
    "Latn": {"Latin"}, "Cyrl": {"Cyrillic"}, "Grek": {"Greek"}, "Arab": {"Arabic"}, "Hebr": {"Hebrew"},
    "Thai": {"Thai"}, "Deva": {"Devanagari"}, "Hans": {"Han"}, "Hant": {"Han"}, "Hani": {"Han"},
    "Jpan": {"Han", "Kana"}, "Hira": {"Kana"}, "Kana": {"Kana"}, "Hrkt": {"Kana"}, "Kore": {"Hangul", "Han"},
    "Hang": {"Hangul"},
}

LANGUAGE_NAMES = {
    "en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "fr": "French", "de": "German",
    "es": "Spanish", "it": "Italian", "nl": "Dutch", "pt": "Portuguese", "da": "Danish", "sv": "Swedish",
    "nb": "Norwegian", "nn": "Norwegian", "no": "Norwegian", "fi": "Finnish", "ru": "Russian", "ar": "Arabic",
    "mi": "Māori", "cy": "Welsh", "ga": "Irish", "pl": "Polish", "el": "Greek", "he": "Hebrew", "th": "Thai",
}
LANGUAGE_NAMES_ZH = {
    "en": "英语", "zh": "中文", "ja": "日语", "ko": "韩语", "fr": "法语", "de": "德语", "es": "西班牙语", "it": "意大利语",
    "nl": "荷兰语", "pt": "葡萄牙语", "da": "丹麦语", "sv": "瑞典语", "nb": "挪威语", "nn": "挪威语", "no": "挪威语",
    "fi": "芬兰语", "ru": "俄语", "ar": "阿拉伯语", "mi": "毛利语", "cy": "威尔士语", "ga": "爱尔兰语", "pl": "波兰语",
    "el": "希腊语", "he": "希伯来语", "th": "泰语",
}
SCRIPT_NAMES_ZH = {"Latin": "拉丁字母", "Han": "汉字", "Kana": "日文假名", "Hangul": "韩文", "Cyrillic": "西里尔字母",
                   "Greek": "希腊字母", "Arabic": "阿拉伯字母", "Hebrew": "希伯来字母", "Thai": "泰文",
                   "Devanagari": "天城文"}


@lru_cache(maxsize=256)
def expected_scripts(tag: str) -> frozenset[str] | None:
    """The scripts a language tag is written in: its script subtag, else the language's likely script."""
    import langcodes  # its data tables take ~40 ms to load: only for pages that declare a language

    try:
        language = langcodes.Language.get(tag.strip())
        script = language.script or language.maximize().script
    except Exception:  # noqa: BLE001 - langcodes raises several error types on odd tags
        return None
    found = _ISO_SCRIPTS.get(script or "")
    return frozenset(found) if found else None


def script_units(text: str) -> Counter:
    """Amount of text per script, in word-like units (one Han character ~ five Latin letters)."""
    counts = Counter()
    has_non_latin = _MAYBE_NON_LATIN.search(text) is not None
    for script, pattern in _SCRIPTS.items():
        if script == "Latin":
            found = sum(map(len, _LATIN_RUN.findall(text)))
        elif has_non_latin:
            found = len(pattern.findall(text))
        else:
            continue
        if found:
            counts[script] = found if script in _SYLLABIC else found / _LETTERS_PER_WORD
    return counts


# --- function words of common Latin-script languages -------------------------------------------------

# Only words that are frequent in one of these languages and rare or absent in the others.
FUNCTION_WORDS = {
    "en": "the and to that with are this from which have has not it you your these their they were been would "
          "should there what about into also more",
    "fr": "les et est une dans pour sur pas avec sont cette nous vous aux au été leur elle ces être mais très "
          "aussi comme",
    "de": "der und ist nicht mit dem ein eine einer zu auf für sich auch von werden wird sind bei oder nach aus "
          "im über wurde können haben",
    "es": "el los las y más pero sus muy también está están fue hay cuando donde ellos usted nuestro nuestra",
    "it": "della delle degli che di è sono gli nel nella alla anche questo questa più dei per essere stato "
          "hanno molto ancora sul dal dalla",
    "nl": "het een van dat op voor zijn niet aan ook bij wordt naar hij maar deze nog wel zij hebben heeft uit",
    "pt": "não uma são também ao aos pelo pela você seu sua isso foi já há muito então",
    "scandinavian": "og och det att som af til till på med ikke inte jeg jag ett har fra från eller skal ska blev "
                    "är også också kun bara hvor hvad vad være vara",
    "fi": "että ei hän ovat oli mutta kun tai myös joka jos niin tämä sekä kanssa voi olla",
}
_PROFILES = {language: frozenset(words.split()) for language, words in FUNCTION_WORDS.items()}


def _profiles_by_word() -> dict[str, tuple[str, ...]]:
    by_word: dict[str, list[str]] = {}
    for language, profile in _PROFILES.items():
        for word in profile:
            by_word.setdefault(word, []).append(language)
    return {word: tuple(languages) for word, languages in by_word.items()}


_PROFILES_WITH_WORD = _profiles_by_word()
_PROFILE_OF = {"da": "scandinavian", "sv": "scandinavian", "nb": "scandinavian", "nn": "scandinavian",
               "no": "scandinavian"}
# Chinese, Japanese and Korean characters (kana, Han, Hangul): text that is written without spaces.
CJK_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def profile_of(tag: str) -> str | None:
    primary = primary_language(tag)
    primary = _PROFILE_OF.get(primary, primary)
    return primary if primary in _PROFILES else None


def function_word_hits(text: str) -> tuple[int, Counter]:
    """(number of words, hits per language profile)."""
    # Each distinct spelling is looked up once; languages enter ``hits`` in the order of their first hit in
    # the text, as they would word by word (most_common breaks ties by that order).
    counts = Counter(_WORD.findall(text))
    hits = Counter()
    for word, count in counts.items():
        for language in _PROFILES_WITH_WORD.get(word.lower(), ()):
            hits[language] += count
    return sum(counts.values()), hits


# --- the judgement -----------------------------------------------------------------------------------

class Verdict:
    """The outcome of comparing a language tag with a text: ``mismatch`` (decided fail), ``match``
    (decided pass) or ``unknown``; ``found`` names what the text is (a script or a language)."""

    __slots__ = ("outcome", "found", "found_zh")

    def __init__(self, outcome: str, found: str = "", found_zh: str = ""):
        self.outcome, self.found, self.found_zh = outcome, found, found_zh


def judge(tag: str, text: str, *, minimum_units: float, minimum_words: int) -> Verdict:
    """Does ``text`` match language ``tag``? Decides only clear cases."""
    if not primary_language_is_valid(tag):
        return Verdict("unknown")
    expected = expected_scripts(tag)
    units = script_units(text)
    total = sum(units.values())
    if expected is None or total == 0:
        return Verdict("unknown")
    primary = primary_language(tag)
    dominant, amount = units.most_common(1)[0]
    expected_amount = sum(units[script] for script in expected)
    cjk = units["Han"] + units["Kana"]
    if expected_amount == 0 and dominant not in expected and amount >= 3 and amount >= 0.9 * total:
        # Not one character of the declared script: "无障碍" marked lang="en-US" (pasted from Word).
        return Verdict("mismatch", f"{dominant} script", SCRIPT_NAMES_ZH.get(dominant, dominant))
    if total >= minimum_units:
        if expected_amount <= 0.1 * total and dominant not in expected and amount >= 0.85 * total:
            return Verdict("mismatch", f"{dominant} script", SCRIPT_NAMES_ZH.get(dominant, dominant))
        if primary == "zh" and units["Kana"] >= 20 and units["Kana"] >= 0.2 * cjk:
            return Verdict("mismatch", "Japanese (kana)", "日文（含假名）")
        if primary == "ja" and units["Kana"] == 0 and units["Han"] >= 200 and units["Han"] >= 0.85 * total:
            return Verdict("mismatch", "Chinese (no kana)", "中文（无假名）")
    # A text in the declared non-Latin writing system matches, however short (Japanese needs some kana).
    if total >= 4 and expected_amount >= 0.6 * total and "Latin" not in expected:
        if primary == "zh" and units["Kana"] < 0.05 * max(cjk, 1):
            return Verdict("match")
        if primary == "ja" and units["Kana"] >= 0.05 * max(cjk, 1):
            return Verdict("match")
        if primary not in ("zh", "ja"):
            return Verdict("match")
    if "Latin" not in expected or expected_amount < 0.6 * total:
        return Verdict("unknown")
    declared = profile_of(tag)
    words, hits = function_word_hits(text)
    if declared is None or words < minimum_words or not hits:
        return Verdict("unknown")
    best, best_hits = hits.most_common(1)[0]
    runner_up = max((count for language, count in hits.items() if language != best), default=0)
    if best == declared and best_hits >= 4 and best_hits >= 2 * runner_up and best_hits >= 0.08 * words:
        return Verdict("match")
    if (best != declared and best_hits >= 8 and best_hits >= 0.12 * words and best_hits >= 3 * runner_up
            and hits[declared] * 5 <= best_hits):
        return Verdict("mismatch", LANGUAGE_NAMES.get(best, best), LANGUAGE_NAMES_ZH.get(best, best))
    return Verdict("unknown")


def inherited_text(element, ctx, *, include_title: bool = False) -> str:
    """The text whose language comes from ``element``, in document order: rendered text and the names of
    images, leaving out subtrees with a ``lang`` of their own (and, for the page, adding its first
    ``<title>``). Memoised for the page: the rule and its review twin ask for the same text."""
    texts = ctx.memo("a11ylint.langdetect.inherited_text")
    key = (element, include_title)
    text = texts.get(key)
    if text is None:
        text = texts[key] = _inherited_text(element, ctx, include_title)
    return text


def _inherited_text(element, ctx, include_title: bool) -> str:
    parts = []
    if include_title:
        titles = ctx.select("title")
        if titles:
            parts.append(ctx.text(titles[0]))
    if ctx.is_invisible(element):
        return normalize_space(" ".join(parts))
    is_invisible = ctx.is_invisible
    # Elements still to enter, each above its tail, which is a plain string: it follows the element's
    # content, and it is kept even when the element's own text is left out.
    pending = [element]
    while pending:
        node = pending.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if node is not element and (node.get("lang") is not None or is_invisible(node)):
            continue
        tag = node.tag
        if (tag in ("img", "area") or (tag == "input" and (node.get("type") or "").lower() == "image")
                or (node.get("role") == "img" and tag[0] != "{")):
            parts.append(ctx.accessible_name(node))
        text = node.text
        if text:
            parts.append(text)
        for child in reversed(node):
            tail = child.tail
            if tail:
                pending.append(tail)
            if isinstance(child.tag, str):
                pending.append(child)
    return normalize_space(" ".join(parts))


def language_label(tag: str) -> tuple[str, str]:
    """(English name, Chinese name) of the tag's language, for messages; the tag itself when unnamed."""
    primary = primary_language(tag)
    return LANGUAGE_NAMES.get(primary, tag), LANGUAGE_NAMES_ZH.get(primary, tag)


# --- elements with a lang of their own ----------------------------------------------------------------

ELEMENT_MINIMUM_UNITS = 15
ELEMENT_MINIMUM_WORDS = 25


def element_verdict(element, ctx):
    """(lang, text, verdict) for an element inside body with a valid lang and inheriting text, else None."""
    lang = (element.get("lang") or "").strip()
    if not lang or not primary_language_is_valid(lang) or ctx.is_invisible(element):
        return None
    text = inherited_text(element, ctx)
    if not any(char.isalpha() for char in text):
        return None
    return lang, text, judge(lang, text, minimum_units=ELEMENT_MINIMUM_UNITS, minimum_words=ELEMENT_MINIMUM_WORDS)
