"""HTML text to an lxml tree, by the WHATWG parsing algorithm (html5lib), with source positions.

html5lib's lxml tree builder records no positions, so we subclass its tokenizer and tree builder:

* the input stream keeps an absolute character offset;
* the tokenizer stamps every token with the offset where it starts (the ``<`` of a tag or comment) and,
  for start tags, where it ends (just past ``>``);
* the tree builder gives every element it creates the offset of the token being processed. An element
  written in the source gets its own start tag's offset. An element the parser implies (``html``,
  ``head``, ``body``, ``tbody``, ``tr``, a ``p`` opened by a stray ``</p>``, a formatting element
  reopened by the adoption agency) gets the offset of the token that caused it, and is marked implied.

Offsets count code points of the decoded text, with every CRLF and lone CR read as one line break, the
same way the tokenizer reads them. Lines and columns are 1-based; a tab or a CJK character is one column.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import partial

from html5lib import _ihatexml, constants, html5parser
from html5lib.constants import DataLossWarning, tokenTypes
from html5lib.treebuilders import etree_lxml

from .lexbor import parse_with_lexbor
from .tokenizer import FastTokenizer, PositionTokenizer, _duplicate_attribute_errors

_START_TAG = tokenTypes["StartTag"]

# Characters lxml refuses in text, comments and attribute values. NUL is left alone: the tokenizer
# handles it as the spec says. Form feed is HTML whitespace, so it becomes a space.
_XML_ILLEGAL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEWLINES = re.compile("\r\n?")
_CODED_NAME = re.compile(r"U[0-9A-F]{5}")


@dataclass(frozen=True)
class ParseError:
    """A parse error reported by the HTML parser (or by a11ylint while preparing the input)."""

    code: str
    message: str
    offset: int
    line: int
    column: int
    data: dict = field(default_factory=dict, compare=False)


def original_name(name: str) -> str:
    """Undo html5lib's coercion of names that are not valid XML (``xmlU0003Alang`` -> ``xml:lang``)."""
    if "U" not in name:
        return name
    return _CODED_NAME.sub(lambda m: chr(int(m.group(0)[1:], 16)), name)


DEFAULT_MAX_DEPTH = 1024  # real pages nest 35 deep at most (corpus); Chromium stops nesting at 512
DEFAULT_MAX_ELEMENTS = 200_000  # the largest corpus page has 6,761; about 1.2 kB of memory each while parsing


@dataclass(frozen=True)
class ParseLimit:
    """Where the parser stopped because the page went past a limit ("depth" or "elements")."""

    kind: str
    limit: int
    offset: int


class ParsedDocument:
    """One parsed page: the lxml tree, the source text and where every element starts."""

    limit: ParseLimit | None = None  # set when parsing stopped early: the tree holds the page up to there
    tree_builder = "html5lib"  # or "lexbor": which tree construction built this page (the same tree either way)

    def __init__(self, text, tree, starts, tag_ends, implied, comment_data, errors):
        self.text = text
        self.tree = tree
        self.root = tree.getroot()
        self._starts = starts
        self._tag_ends = tag_ends
        self._implied = implied
        self._comment_data = comment_data
        self._parse_errors: list[ParseError] | None = errors
        self._known_errors: list[ParseError] = errors
        self._source_order: list | None = None
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    @property
    def parse_errors(self) -> list[ParseError]:
        """Every parse error, sorted by offset. A lexbor-built page has only :data:`LEXBOR_PARSE_ERRORS` at
        hand: the first read of the others parses the page again with html5lib's tree construction."""
        if self._parse_errors is None:
            errors = [error for error in self._known_errors if error.code == "control-character-in-input-stream"]
            errors.extend(_error(self, offset, code, data) for offset, code, data in
                          _parse_with_html5lib(self.text, FastTokenizer, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS)[1])
            errors.sort(key=lambda error: (error.offset, error.code))
            self._parse_errors = errors
        return self._parse_errors

    def parse_errors_of(self, *codes: str) -> list[ParseError]:
        """The parse errors with these codes, sorted by offset (without parsing again when it can)."""
        if self._parse_errors is None and LEXBOR_PARSE_ERRORS.issuperset(codes):
            return [error for error in self._known_errors if error.code in codes]
        return [error for error in self.parse_errors if error.code in codes]

    def offset(self, node) -> int:
        """Offset of the node's start tag (or of the token that implied it)."""
        return self._starts.get(node, 0)

    def is_implied(self, element) -> bool:
        """True when the parser created the element without a start tag for it in the source."""
        return element in self._implied

    def location(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        index = bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def position(self, node) -> tuple[int, int]:
        return self.location(self.offset(node))

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break; "" past the end."""
        if not 0 < line <= len(self._line_starts):
            return ""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    def start_tag_source(self, element) -> str | None:
        """The element's start tag exactly as written, or None for an implied element."""
        end = self._tag_ends.get(element)
        if end is None:
            return None
        return self.text[self._starts[element] : end]

    def comment_text(self, comment) -> str:
        """A comment's data as written (the tree's copy has ``--`` rewritten for XML)."""
        return self._comment_data.get(comment, comment.text or "")

    def comments(self):
        """All comment nodes, in source order."""
        return sorted(self._comment_data, key=self._starts.__getitem__)

    def elements_in_source_order(self) -> list:
        """Every element, sorted by the offset of its start tag (implied elements included)."""
        if self._source_order is None:
            self._source_order = sorted((node for node in self._starts if isinstance(node.tag, str)),
                                        key=self._starts.__getitem__)
        return self._source_order


class _PositionTreeBuilder(etree_lxml.TreeBuilder):
    """html5lib's lxml tree builder, recording where each element and comment came from."""

    def __init__(self, namespaceHTMLElements, max_depth=DEFAULT_MAX_DEPTH,  # noqa: N803
                 max_elements=DEFAULT_MAX_ELEMENTS):
        super().__init__(namespaceHTMLElements)
        builder = self
        _memoize_names(self.infosetFilter)
        self.max_depth = max_depth
        self.max_elements = max_elements
        self.element_count = 0
        self.limit_hit: ParseLimit | None = None  # the tokenizer stops when this is set
        self.current_offset = 0
        self.current_token = None
        self.starts = {}
        self.tag_ends = {}
        self.implied = set()
        self.comment_data = {}
        self._unclaimed_creation = False

        base_element = self.elementClass
        base_comment = self.commentClass

        infoset = self.infosetFilter

        class Element(base_element):
            def __init__(self, name, namespace):
                super().__init__(name, namespace)
                self._plain_name = infoset.fromXmlName(self._name)
                builder._record_element(self._element, name)

            # html5lib reads an element's name ~6 times per element and converts it back from its XML form
            # each time, and sets attributes through a MutableMapping proxy key by key: the same values,
            # computed once and set directly.
            def _get_name(self):
                return self._plain_name

            def _set_name(self, name):
                base_element.name.fset(self, name)
                self._plain_name = infoset.fromXmlName(self._name)

            name = property(_get_name, _set_name)

            def _set_attributes(self, attributes):
                attrib = self._element.attrib
                attrib.clear()
                for key, value in attributes.items():
                    if isinstance(key, tuple):
                        attrib["{%s}%s" % (key[2], infoset.coerceAttribute(key[1]))] = value
                    else:
                        attrib[infoset.coerceAttribute(key)] = value

            attributes = property(base_element.attributes.fget, _set_attributes)

            def cloneNode(self):  # noqa: N802
                builder._cloning = True
                try:
                    return super().cloneNode()
                finally:
                    builder._cloning = False

            # html5lib asks len(element) here, and lxml counts the children one by one: text between the
            # 20,000 rows of one table made that quadratic. The last child is found in constant time.
            def hasContent(self):  # noqa: N802
                return bool(self._element.text) or _last_child(self._element) is not None

            def insertText(self, data, insertBefore=None):  # noqa: N802, N803
                if insertBefore is not None:
                    return super().insertText(data, insertBefore)
                data = builder.infosetFilter.coerceCharacters(data)
                last = _last_child(self._element)
                if last is None:
                    self._element.text = (self._element.text or "") + data
                else:
                    last.tail = (last.tail or "") + data
                return None

        class Comment(base_comment):
            def __init__(self, data):
                super().__init__(data)
                builder.starts[self._element] = builder.current_offset
                builder.comment_data[self._element] = data

        self.elementClass = Element
        self.commentClass = Comment

    def _record_element(self, element, name):
        self.starts[element] = self.current_offset
        self.element_count += 1
        if self.limit_hit is None:
            if len(self.openElements) >= self.max_depth:
                self.limit_hit = ParseLimit("depth", self.max_depth, self.current_offset)
            elif self.element_count >= self.max_elements:
                self.limit_hit = ParseLimit("elements", self.max_elements, self.current_offset)
        token = self.current_token
        if (
            not self._unclaimed_creation
            and token is not None
            and token["type"] == _START_TAG
            and (token["name"] == name or (token["name"], name) == ("image", "img"))  # <image> becomes <img>
            and not token.get("claimed")
        ):
            token["claimed"] = True
            self.tag_ends[element] = token["end"]
        else:
            self.implied.add(element)

    def insertRoot(self, token):  # noqa: N802
        initial_comments = list(self.initial_comments)
        known = set(self.starts)
        self._unclaimed_creation = True
        try:
            super().insertRoot(token)
        finally:
            self._unclaimed_creation = False
        # insertRoot builds a throwaway element, then swaps in a root parsed by lxml itself.
        for node in [node for node in self.starts if node not in known]:
            self.starts.pop(node)
            self.tag_ends.pop(node, None)
            self.implied.discard(node)
        root = self.openElements[-1]._element
        self._record_element(root, token["name"])
        # html5lib turns the comments seen before <html> into nodes only now; give them their own offsets.
        comment_nodes = [node for node in root.itersiblings(preceding=True) if node.tag is etree_lxml.comment_type]
        for node, comment_token in zip(reversed(comment_nodes), initial_comments):
            self.starts[node] = comment_token.get("offset", 0)
            self.comment_data[node] = comment_token["data"]


def _last_child(element):
    try:
        return element[-1]
    except IndexError:
        return None


def _memoize_names(infoset_filter) -> None:
    """Remember name coercions: a page has a few dozen distinct names and asks for them ~10,000 times."""
    for method in ("toXmlName", "fromXmlName"):
        convert = getattr(infoset_filter, method)
        cache = {}

        def cached(name, convert=convert, cache=cache):
            try:
                return cache[name]
            except KeyError:
                result = cache[name] = convert(name)
                return result

        setattr(infoset_filter, method, cached)


class _PositionParser(html5parser.HTMLParser):
    tokenizer_class = FastTokenizer

    def _parse(self, stream, innerHTML=False, container="div", scripting=False, **kwargs):  # noqa: N803
        self.innerHTMLMode = innerHTML
        self.container = container
        self.scripting = scripting
        self.tokenizer = self.tokenizer_class(stream, parser=self)
        self.reset()
        self.mainLoop()

    def parseError(self, errorcode="XXX-undefined-error", datavars=None):  # noqa: N802
        self.errors.append((self.tree.current_offset, errorcode, datavars or {}))


def prepare_text(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Normalise line breaks and replace characters lxml cannot store, one for one so offsets hold.

    Returns the text and the (offset, character) pairs that were replaced.
    """
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    replaced = []
    if _XML_ILLEGAL.search(text):
        replaced = [(m.start(), m.group(0)) for m in _XML_ILLEGAL.finditer(text)]
        text = _XML_ILLEGAL.sub(lambda m: " " if m.group(0) == "\x0c" else "\ufffd", text)
    return text, replaced


# The parse errors a lexbor-built page carries: the ones rules read (HTM004) and a11ylint's own.
LEXBOR_PARSE_ERRORS = frozenset(("duplicate-attribute", "control-character-in-input-stream"))
TOKENIZERS = {"python": FastTokenizer, "html5lib": PositionTokenizer}  # with "fast": config.PARSERS


def parse_html(text: str, parser: str = "fast", max_depth: int = DEFAULT_MAX_DEPTH,
               max_elements: int = DEFAULT_MAX_ELEMENTS) -> ParsedDocument:
    """Parse decoded HTML text into a :class:`ParsedDocument`.

    ``parser``: "fast" (the default) takes lexbor's tree when its positions can be vouched for
    (:mod:`a11ylint.lexbor`) and otherwise goes the "python" way: a11ylint's fast tokenizer feeding
    html5lib's tree construction; "html5lib" is html5lib's own tokenizer there, the reference. All give the
    same tree, positions, parse errors and findings.
    Parsing stops, as if the page ended there, at the first element nested deeper than ``max_depth`` or at
    element number ``max_elements``; ``document.limit`` then says where. The limits bound time (html5lib's
    scope checks walk the stack of open elements, so deep nesting costs depth squared) and memory.
    """
    text, replaced = prepare_text(text)
    document = None
    if parser == "fast":
        infoset = _ihatexml.InfosetFilter(preventDoubleDashComments=True)
        _memoize_names(infoset)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DataLossWarning)
            built = parse_with_lexbor(text, infoset, max_depth, max_elements)
        if built is not None:
            tree, starts, tag_ends, implied, comment_data, duplicates = built
            document = ParsedDocument(text, tree, starts, tag_ends, implied, comment_data, None)
            document.tree_builder = "lexbor"
            errors = [(error["offset"], error["data"], error["datavars"])
                      for offset, names in duplicates for error in _duplicate_attribute_errors(names, offset)]
        parser = "python"
    if document is None:
        document, errors = _parse_with_html5lib(text, TOKENIZERS[parser], max_depth, max_elements)
    errors = [_error(document, offset, code, data) for offset, code, data in errors]
    errors.extend(
        _error(document, offset, "control-character-in-input-stream", {"codepoint": f"U+{ord(char):04X}"})
        for offset, char in replaced
        if char != "\x0c"
    )
    errors.sort(key=lambda error: (error.offset, error.code))
    document._known_errors = errors
    if document.tree_builder == "html5lib":
        document._parse_errors = errors
    return document


def _parse_with_html5lib(text: str, tokenizer_class, max_depth: int, max_elements: int):
    parser = _PositionParser(tree=partial(_PositionTreeBuilder, max_depth=max_depth, max_elements=max_elements),
                             namespaceHTMLElements=False)
    parser.tokenizer_class = tokenizer_class
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataLossWarning)
        tree = parser.parse(text)
    builder = parser.tree
    document_nodes = set()
    root = tree.getroot()
    for node in root.iter():
        document_nodes.add(node)
    for node in root.itersiblings(preceding=True):
        document_nodes.add(node)
    for node in root.itersiblings():
        document_nodes.add(node)
    starts = {node: offset for node, offset in builder.starts.items() if node in document_nodes}
    tag_ends = {node: end for node, end in builder.tag_ends.items() if node in starts}
    implied = {node for node in builder.implied if node in starts}
    comment_data = {node: data for node, data in builder.comment_data.items() if node in starts}
    document = ParsedDocument(text, tree, starts, tag_ends, implied, comment_data, [])
    document.limit = builder.limit_hit
    return document, parser.errors


def _error(document: ParsedDocument, offset: int, code: str, data: dict) -> ParseError:
    template = constants.E.get(code, code.replace("-", " "))
    try:
        message = template % data
    except (KeyError, TypeError, ValueError):
        message = template
    line, column = document.location(offset)
    return ParseError(code, message, offset, line, column, dict(data))
