"""Page text made safe for the formats that carry it: UTF-8, XML 1.0 and terminals.

Snippets and messages quote untrusted pages, which may hold lone surrogates (from broken encodings or
character references) and control characters.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
# Everything outside XML 1.0's Char production: C0 controls but tab, LF and CR; surrogates; U+FFFE, U+FFFF.
_NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def without_surrogates(text: str) -> str:
    """``text`` with lone surrogates replaced by U+FFFD, so that it encodes as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold, not even as character references."""
    return _NOT_XML_CHAR.sub("", text)


def visible(text: str) -> str:
    """Control characters, line separators and bidi overrides spelled as escapes (``\\x1b``), so that a
    page's text cannot drive the reader's terminal or CI log; CJK text and its ideographic spaces stay."""
    return _INVISIBLE.sub(lambda found: repr(found.group())[1:-1], text)
