"""Element vocabularies of the WHATWG HTML Living Standard (element index and §16 obsolete features)."""

from __future__ import annotations

import re

CONFORMING = frozenset(
    """a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite
    code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link
    main map mark menu meta meter nav noscript object ol optgroup option output p picture pre progress q rp
    rt ruby s samp script search section select selectedcontent slot small source span strong style sub
    summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr
    math svg""".split()
)

# WHATWG HTML §13.1.2 "Void elements": no content, no end tag.
VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())

# WHATWG HTML §16.2 "Non-conforming features": elements that must not be used, with what replaces them.
OBSOLETE = {
    "acronym": "abbr",
    "applet": "embed or object",
    "basefont": "CSS",
    "bgsound": "audio",
    "big": "CSS font-size",
    "blink": "CSS animation (or nothing)",
    "center": "CSS text-align or margin: auto",
    "dir": "ul",
    "font": "CSS",
    "frame": "iframe",
    "frameset": "iframe and CSS",
    "image": "img",
    "isindex": "a form with a text input",
    "keygen": "the Web Cryptography API",
    "listing": "pre and code",
    "marquee": "CSS animation that users can pause",
    "menuitem": "script handling the contextmenu event, or button",
    "multicol": "CSS columns",
    "nextid": "GUIDs",
    "nobr": "CSS white-space: nowrap",
    "noembed": "object fallback content",
    "noframes": "iframe",
    "param": "the data attribute of object",
    "plaintext": "the text/plain MIME type",
    "rb": "ruby and rt",
    "rtc": "ruby and rt",
    "spacer": "CSS",
    "strike": "del or s",
    "tt": "kbd, var, code or samp",
    "xmp": "pre and code",
}

# Custom element names may not be any of these (HTML §4.13.3 "valid custom element name").
_RESERVED_CUSTOM_NAMES = frozenset(
    """annotation-xml color-profile font-face font-face-src font-face-uri font-face-format font-face-name
    missing-glyph""".split()
)
_PCEN_CHAR = (
    r"[-._0-9a-z\u00B7\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u037D\u037F-\u1FFF\u200C\u200D\u203F\u2040"
    r"\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF]"
)
_CUSTOM_NAME = re.compile(rf"[a-z]{_PCEN_CHAR}*-{_PCEN_CHAR}*\Z")


def is_valid_custom_element_name(name: str) -> bool:
    return name not in _RESERVED_CUSTOM_NAMES and _CUSTOM_NAME.match(name) is not None
