"""Script counting in a11ylint.langdetect: the quick "any other script?" pre-check must never hide one."""

import pytest

from a11ylint.langdetect import _SCRIPT_CHARACTERS, script_units


@pytest.mark.parametrize("text, script", [
    ("𠀀𠀁𠀂", "Han"),                   # Han beyond the Basic Multilingual Plane only
    ("政府信息公开", "Han"),
    ("ひらがなカタカナ", "Kana"),
    ("대한민국 정부", "Hangul"),
    ("Привет мир", "Cyrillic"),
    ("Καλημέρα κόσμε", "Greek"),
    ("ἀγαθὴ ἡμέρα", "Greek"),          # polytonic Greek (Greek Extended) only
    ("مرحبا بالعالم", "Arabic"),
    ("שלום עולם", "Hebrew"),
    ("สวัสดีครับ", "Thai"),
    ("नमस्ते दुनिया", "Devanagari"),
])
def test_every_script_is_counted_beside_latin_text(text, script):
    units = script_units("Government services “online” – " + text)
    assert units[script] > 0
    assert units["Latin"] == pytest.approx(len("Governmentservicesonline") / 5)


def test_latin_with_typographic_punctuation_counts_latin_only():
    assert set(script_units("Ministry of “Health” – Việt Nam € 5")) == {"Latin"}


def test_each_script_has_characters():
    assert all(_SCRIPT_CHARACTERS.values())
