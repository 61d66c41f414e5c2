"""HTML text to html5lib tokens, each stamped with the offset where it starts in the source.

:class:`PositionTokenizer` is html5lib's own tokenizer (a state machine that reads one character per
step) plus offsets: the reference. :class:`FastTokenizer` yields the same tokens. It reads the common
constructs (text runs, plain start and end tags, plain comments, named character references, the text
of ``<script>`` and ``<style>``) with one regular expression each, and hands everything else back to the
state machine at the character where the construct starts, so unusual markup is tokenized by the very
code the reference runs. ``tests/test_tokenizer.py`` checks that both give the same tokens.
"""

from __future__ import annotations

import re
from collections import deque

from html5lib._inputstream import HTMLUnicodeInputStream
from html5lib._tokenizer import HTMLTokenizer
from html5lib.constants import entities, spaceCharacters, tokenTypes

_START_TAG = tokenTypes["StartTag"]
_END_TAG = tokenTypes["EndTag"]
_COMMENT = tokenTypes["Comment"]
_DOCTYPE = tokenTypes["Doctype"]
_CHARACTERS = tokenTypes["Characters"]
_SPACE_CHARACTERS = tokenTypes["SpaceCharacters"]
_PARSE_ERROR = tokenTypes["ParseError"]
_MARKUP_TOKENS = frozenset((_START_TAG, _END_TAG, _COMMENT, _DOCTYPE))
# html5lib's invalid_unicode_re, with its 34 astral non-characters folded into one range (8x faster to
# scan); the astral matches are narrowed to U+nFFFE and U+nFFFF afterwards.
_INVALID_CODE_POINT_CANDIDATES = re.compile(
    "[\x01-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff\U0001fffe-\U0010ffff]"
)


class OffsetStream(HTMLUnicodeInputStream):
    """html5lib's input stream, plus the absolute offset of the current chunk."""

    def reset(self):
        super().reset()
        self.base = 0
        self.error_offsets = []

    def characterErrorsUCS4(self, data):  # noqa: N802
        # html5lib reports a whole chunk's bad code points when it reads the chunk; keep where each one is.
        for match in _INVALID_CODE_POINT_CANDIDATES.finditer(data):
            code_point = ord(match.group())
            if code_point < 0x10000 or code_point & 0xFFFE == 0xFFFE:
                self.errors.append("invalid-codepoint")
                self.error_offsets.append(self.base + match.start())

    def readChunk(self, chunkSize=None):  # noqa: N802 (html5lib's name)
        self.base += self.chunkSize
        return super().readChunk(chunkSize)

    def unget(self, char):
        if char is not None and self.chunkOffset == 0:
            self.base -= 1  # html5lib prepends the character to the chunk
        super().unget(char)

    def offset(self) -> int:
        return self.base + self.chunkOffset


class PositionTokenizer(HTMLTokenizer):
    """Stamps each token with its start offset; start tags also get their end offset."""

    def __init__(self, text, parser):
        super().__init__(text, parser=parser)
        self.stream = OffsetStream(text)
        self._markup_start = 0
        self._text_start = 0

    def __iter__(self):
        self.tokenQueue = queue = deque()
        stream = self.stream
        tree = self.parser.tree
        while True:
            running = self.step()
            while stream.errors:
                tree.current_offset = stream.error_offsets.pop(0)
                yield {"type": _PARSE_ERROR, "data": stream.errors.pop(0), "offset": tree.current_offset}
            while queue:
                if tree.limit_hit is not None:  # the page went past a limit: end the input here
                    tree.current_offset = tree.limit_hit.offset
                    tree.current_token = None
                    return
                token = queue.popleft()
                offset = token.get("offset")
                kind = token["type"]
                if kind == _PARSE_ERROR and token["data"] == "duplicate-attribute" and "datavars" not in token:
                    continue  # html5lib's own report, without the name; emitCurrentToken reports it with one
                if offset is None:
                    if kind in _MARKUP_TOKENS:
                        offset = self._markup_start
                    elif kind == _PARSE_ERROR:
                        offset = max(stream.offset() - 1, 0)
                    else:
                        offset = self._text_start
                    token["offset"] = offset
                tree.current_offset = offset
                tree.current_token = token
                yield token
            if not running:
                break
        tree.current_offset = stream.offset()
        tree.current_token = None

    def step(self) -> bool:
        """Run the tokenizer until it has queued something; False at the end of the input."""
        return self.state()

    def dataState(self):  # noqa: N802
        self._text_start = self.stream.offset()
        return super().dataState()

    def _mark_markup(self):
        self._markup_start = self.stream.offset() - 1  # the "<" was consumed by the previous state

    def tagOpenState(self):  # noqa: N802
        self._mark_markup()
        return super().tagOpenState()

    def rcdataLessThanSignState(self):  # noqa: N802
        self._mark_markup()
        return super().rcdataLessThanSignState()

    def rawtextLessThanSignState(self):  # noqa: N802
        self._mark_markup()
        return super().rawtextLessThanSignState()

    def scriptDataLessThanSignState(self):  # noqa: N802
        self._mark_markup()
        return super().scriptDataLessThanSignState()

    def emitCurrentToken(self):  # noqa: N802
        token = self.currentToken
        token["offset"] = self._markup_start
        if token["type"] == _START_TAG:
            token["end"] = self.stream.offset()
            raw = token["data"]
            if len(raw) > 1:
                self.tokenQueue.extend(_duplicate_attribute_errors([name for name, _ in raw], self._markup_start))
        super().emitCurrentToken()


def _duplicate_attribute_errors(names: list[str], offset: int) -> list[dict]:
    """A parse error naming each attribute written again in one start tag (html5lib keeps the first)."""
    seen = set()
    errors = []
    for name in names:
        if name in seen:
            errors.append({"type": _PARSE_ERROR, "data": "duplicate-attribute", "datavars": {"name": name},
                           "offset": offset})
        seen.add(name)
    return errors


class WholeTextStream(OffsetStream):
    """The input as one chunk, so the fast paths can match regular expressions against all of it."""

    def __init__(self, source):
        self._defaultChunkSize = max(len(source), 1)
        super().__init__(source)


# What html5lib's tokenizer reads without a parse error. Anything else goes to its state machine.
_SPACE = "[\t\n\x0c ]"


def _attribute_pattern(capture: bool) -> str:
    def group(name: str) -> str:
        return f"?P<{name}>" if capture else "?:"

    return (
        rf"({group('name')}[^\t\n\x0c />\"'<=\x00]+)"
        rf"(?:{_SPACE}*={_SPACE}*(?:\"({group('dq')}[^\"&\x00]*)\"|'({group('sq')}[^'&\x00]*)'"
        rf"|({group('uq')}[^\t\n\x0c >\"'=<`&\x00]+)))?"
    )


_ATTRIBUTE_RE = re.compile(_attribute_pattern(capture=True))
_START_TAG_RE = re.compile(
    rf"<(?P<tag>[a-zA-Z][^\t\n\x0c />\x00]*)(?P<attributes>(?:{_SPACE}+{_attribute_pattern(capture=False)})*)"
    rf"{_SPACE}*(?P<solidus>/?)>"
)
_END_TAG_RE = re.compile(rf"</(?P<tag>[a-zA-Z][^\t\n\x0c />\x00]*){_SPACE}*>")
_COMMENT_RE = re.compile(r"<!--(?!-?>)(?P<data>(?:[^-\x00]|-(?!-))*)-->")
_SPACES_RE = re.compile(f"{_SPACE}+")
_TEXT_RE = re.compile("[^<&\x00]+")
_NAMED_REFERENCE_RE = re.compile("&([a-zA-Z][a-zA-Z0-9]*;)")
_SCRIPT_STOP_RE = re.compile(r"<!--|</script[\t\n\x0c />]|\x00", re.IGNORECASE)
_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}


class FastTokenizer(PositionTokenizer):
    """The same tokens as :class:`PositionTokenizer`, reading common constructs a whole token at a time."""

    def __init__(self, text, parser):
        super().__init__(text, parser)
        self.stream = WholeTextStream(text)
        self._raw_text_stops = {}

    def step(self) -> bool:
        state = self.state.__func__
        if state is _DATA_STATE:
            if self._data_token():
                return True
        elif state is _SCRIPT_DATA_STATE:
            if self._raw_text(_SCRIPT_STOP_RE):
                return True
        elif state is _RAWTEXT_STATE:
            if self._raw_text(self._raw_text_stop()):
                return True
        return self.state()

    def _raw_text_stop(self):
        name = self.currentToken["name"]
        stop = self._raw_text_stops.get(name)
        if stop is None:
            stop = self._raw_text_stops[name] = re.compile(rf"</{re.escape(name)}[\t\n\x0c />]|\x00",
                                                           re.IGNORECASE)
        return stop

    def _data_token(self) -> bool:
        stream = self.stream
        text = stream.chunk
        position = stream.chunkOffset
        if position >= stream.chunkSize:
            return False
        char = text[position]
        if char == "<":
            return self._markup(text, position)
        if char == "&":
            match = _NAMED_REFERENCE_RE.match(text, position)
            if match is None or match.group(1) not in entities:
                return False
            output = entities[match.group(1)]
            kind = _SPACE_CHARACTERS if output in spaceCharacters else _CHARACTERS
        elif char in spaceCharacters:
            match = _SPACES_RE.match(text, position)
            output, kind = match.group(), _SPACE_CHARACTERS
        elif char == "\x00":
            return False
        else:
            match = _TEXT_RE.match(text, position)
            output, kind = match.group(), _CHARACTERS
        stream.chunkOffset = match.end()
        self.tokenQueue.append({"type": kind, "data": output, "offset": position})
        return True

    def _markup(self, text: str, position: int) -> bool:
        """A plain tag or comment at ``position``, queued as the token html5lib's emitCurrentToken would queue."""
        following = text[position + 1 : position + 2]
        queue = self.tokenQueue
        if following == "/":
            match = _END_TAG_RE.match(text, position)
            if match is None:
                return False
            token = _end_tag(match, position)
        elif following == "!":
            match = _COMMENT_RE.match(text, position)
            if match is None:
                return False
            self.stream.chunkOffset = match.end()
            queue.append({"type": _COMMENT, "data": match.group("data"), "offset": position})
            return True
        else:
            match = _START_TAG_RE.match(text, position)
            if match is None:
                return False
            pairs = _attributes(match.group("attributes"))
            attributes = {}
            for name, value in pairs:
                attributes.setdefault(name, value)  # the first one wins, and the parser reports the others
            if len(attributes) < len(pairs):
                queue.extend(_duplicate_attribute_errors([name for name, _ in pairs], position))
            token = {"type": _START_TAG, "name": match.group("tag").translate(_ASCII_LOWER), "data": attributes,
                     "selfClosing": bool(match.group("solidus")), "selfClosingAcknowledged": False,
                     "offset": position, "end": match.end()}
        self.stream.chunkOffset = match.end()
        self.currentToken = token
        self.state = self.dataState
        queue.append(token)
        return True

    def _raw_text(self, stop) -> bool:
        """The text of a script or raw-text element up to its end tag, when nothing on the way needs the machine."""
        stream = self.stream
        text = stream.chunk
        position = stream.chunkOffset
        if position >= stream.chunkSize:
            return False
        found = stop.search(text, position)
        end = found.start() if found else stream.chunkSize
        if end > position:
            self.tokenQueue.append({"type": _CHARACTERS, "data": text[position:end], "offset": position})
            stream.chunkOffset = end
            return True
        if found is None or text[end] != "<" or text[end + 1] != "/":
            return False
        match = _END_TAG_RE.match(text, end)
        if match is None:
            return False
        stream.chunkOffset = match.end()
        self.currentToken = token = _end_tag(match, end)
        self.state = self.dataState
        self.tokenQueue.append(token)
        return True


def _attributes(source: str) -> list[tuple[str, str]]:
    attributes = []
    for match in _ATTRIBUTE_RE.finditer(source):
        value = match.group("dq")
        if value is None:
            value = match.group("sq")
            if value is None:
                value = match.group("uq") or ""
        attributes.append((match.group("name").translate(_ASCII_LOWER), value))
    return attributes


def _end_tag(match, position: int) -> dict:
    return {"type": _END_TAG, "name": match.group("tag").translate(_ASCII_LOWER), "data": [], "selfClosing": False,
            "offset": position}


_DATA_STATE = PositionTokenizer.dataState
_SCRIPT_DATA_STATE = HTMLTokenizer.scriptDataState
_RAWTEXT_STATE = HTMLTokenizer.rawtextState
