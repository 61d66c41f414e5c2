"""The fast parsing path: lexbor's tree (through selectolax) copied into lxml, with positions from a scan.

Lexbor builds the tree in C about forty times faster than html5lib's tree construction in Python, but it
records no source positions. A regular-expression scan finds every start tag, comment and doctype in the
source; walking lexbor's tree in document order, each element takes the next start tag when the names
agree. The result is used only when that alignment proves itself:

* every start tag of the source is taken, in order (or is a second ``<html>``/``<body>``, which only adds
  attributes), and every element either takes one or is one the parser implies from a certain cause
  (``html``, ``head``, ``body`` before their content; ``tbody``, ``tr``, ``colgroup`` before the row, cell
  or column that opened them; a ``p`` or ``br`` made by a stray ``</p>`` or ``</br>``);
* comments agree with the scan one for one and in source order, text of raw-text elements was read as raw
  text;
* the page uses nothing where lexbor (which follows today's HTML standard) and html5lib (the 2020
  standard, our reference) build different trees: ``template``, MathML, ``frameset``, ``plaintext``,
  ``isindex``, ``search``, ``menuitem``, ``keygen``, CDATA sections, and ``select`` content other than
  options.

Anything else (reconstructed formatting elements, fostered content, other ignored tags, over-limit
pages) returns None, and :func:`a11ylint.parse.parse_html` builds the page with html5lib's
tree construction instead. Either way the document is the same: ``tests/test_lexbor.py`` compares trees,
positions and findings with the html5lib path on generated pages and on the whole corpus.
"""

from __future__ import annotations

import re

from html5lib._ihatexml import InfosetFilter
from html5lib.constants import adjustForeignAttributes
from lxml import etree

try:
    from selectolax.lexbor import LexborHTMLParser
except ImportError:  # pragma: no cover - selectolax ships wheels for the platforms we support
    LexborHTMLParser = None

AVAILABLE = LexborHTMLParser is not None

# Over this many "<", lexbor's cost on deep nesting grows quadratically (20,000 nested elements: 0.8 s);
# html5lib's path stops at max-depth instead.
MAX_TAG_OPENINGS = 20_000

_SVG = "http://www.w3.org/2000/svg"
_SVG_HTML_INTEGRATION_POINTS = frozenset(("foreignObject", "desc", "title"))
_DIFFERENT_TREES = frozenset(("template", "math", "frameset", "plaintext", "isindex", "search", "menuitem",
                              "keygen"))
_SELECT_CONTENT = frozenset(("option", "optgroup", "script"))
_IMPLIED_BY = {"tbody": frozenset(("tr", "td", "th")), "tr": frozenset(("td", "th")),
               "colgroup": frozenset(("col",)), "html": None, "head": None, "body": None}
_CAUSING_END_TAGS = {
    "html": re.compile(r"</(?:head|body|html|br)[\t\n\x0c />]", re.IGNORECASE),
    "head": re.compile(r"</(?:head|body|html|br)[\t\n\x0c />]", re.IGNORECASE),
    "body": re.compile(r"</(?:body|html|br)[\t\n\x0c />]", re.IGNORECASE),
}
_MERGED_INTO_EXISTING = frozenset(("html", "head", "body"))
_P_END_TAG = re.compile(r"</p[\t\n\x0c />]", re.IGNORECASE)
_BR_END_TAG = re.compile(r"</br[\t\n\x0c />]", re.IGNORECASE)
_STRAY_END_TAGS = {"p": _P_END_TAG, "br": _BR_END_TAG}  # end tags the parser turns into elements
# Comments and tags, to find text between two start tags: "<" before anything else is text. A tag with ">"
# in a quoted value leaves its tail behind, which reads as text: the safe side.
_MARKUP = re.compile(r"<!--(?:-?>|.*?(?:--!?>|\Z))|<[a-zA-Z/!?][^>]*>?", re.DOTALL)
_HTML_SPACE = "\t\n\x0c\r "

# The scan: what the HTML tokenizer does with "<" in the data state.
_SPACE = "[\t\n\x0c ]"
_START_TAG_PLAIN = re.compile(
    rf"<(?P<tag>[a-zA-Z][^\t\n\x0c />]*)(?P<attributes>(?:{_SPACE}+[^\t\n\x0c />\"'<=]+"
    rf"(?:{_SPACE}*={_SPACE}*(?:\"[^\"]*\"|'[^']*'|[^\t\n\x0c >\"'=<`]+))?)*){_SPACE}*(?P<solidus>/?)>"
)
_ATTRIBUTE_NAMES_PLAIN = re.compile(rf"{_SPACE}+([^\t\n\x0c />\"'<=]+)(?:{_SPACE}*={_SPACE}*(?:\"[^\"]*\"|'[^']*'"
                                    rf"|[^\t\n\x0c >\"'=<`]+))?")
_TAG_NAME = re.compile(r"[</]([a-zA-Z][^\t\n\x0c />]*)")
# One step of the attribute states: the end of the tag, or one attribute (name, optional value). A quote
# opening a value must be closed: at the end of the file the tokenizer drops the tag, and so must we.
_ATTRIBUTE_STEP = re.compile(
    rf"[\t\n\x0c /]*(?:(?P<end>>)|(?P<name>[^\t\n\x0c />][^\t\n\x0c />=]*)"
    rf"(?:{_SPACE}*={_SPACE}*(?:\"[^\"]*\"|'[^']*'|(?=>)|[^\t\n\x0c >\"'][^\t\n\x0c >]*)|(?!{_SPACE}*=)))"
)
# The next "<" and, in C, what most of them open: a plain start tag (groups 1-3), a plain end tag (group 4),
# or anything else (group 5, empty), which the scan reads step by step.
_TOKEN = re.compile(_START_TAG_PLAIN.pattern[:1] + "(?:" + _START_TAG_PLAIN.pattern[1:].replace("?P<tag>", "")
                    .replace("?P<attributes>", "").replace("?P<solidus>", "")
                    + rf"|/([a-zA-Z][^\t\n\x0c />]*){_SPACE}*>|())")
_PLAIN_START_TAG, _PLAIN_END_TAG = 3, 4


def _ascii_lower(text: str) -> str:
    """Lower case for ASCII letters only, as the HTML tokenizer does."""
    return text.lower() if text.isascii() else text.translate(_ASCII_LOWER)

_COMMENT = re.compile(r"<!--(?:(?P<empty>-?>)|(?P<data>.*?)(?:--!?>|\Z))", re.DOTALL)
_DOCTYPE = re.compile(
    r"<!DOCTYPE[\t\n\x0c ]+(?P<name>[^\t\n\x0c >]+)"
    r"(?:[\t\n\x0c ]+PUBLIC[\t\n\x0c ]*(?:\"(?P<public_dq>[^\">]*)\"|'(?P<public_sq>[^'>]*)')"
    r"(?:[\t\n\x0c ]*(?:\"(?P<system_dq>[^\">]*)\"|'(?P<system_sq>[^'>]*)'))?"
    r"|[\t\n\x0c ]+SYSTEM[\t\n\x0c ]*(?:\"(?P<only_system_dq>[^\">]*)\"|'(?P<only_system_sq>[^'>]*)'))?"
    r"[\t\n\x0c ]*>",
    re.IGNORECASE,
)
_RAW_TEXT = frozenset(("script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title"))
# SVG elements (lower case, and every fe* filter primitive). In SVG content any other tag, start or end,
# sends the page to the html5lib path: the 2020 standard and today's read breakouts ("</p>" in SVG),
# misnested formatting elements and integration points differently.
_SVG_NAMES = frozenset((
    "svg", "g", "defs", "symbol", "use", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
    "text", "tspan", "textpath", "title", "desc", "metadata", "lineargradient", "radialgradient", "stop",
    "clippath", "mask", "pattern", "filter", "image", "marker", "switch", "view", "style", "animate",
    "animatetransform", "animatemotion", "set", "mpath",
))
_BUTTON_SCOPE_BOUNDARIES = frozenset(("applet", "caption", "html", "table", "td", "th", "marquee", "object",
                                      "template", "button"))
_NEWLINE_DROPPING = frozenset(("pre", "listing", "textarea"))
_TABLE_OR_SELECT = frozenset(("table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "select"))
_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_PLAIN_XML_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")


class _Scan:
    """What the source says: start tags (name, offset, end, where raw text ends), comments, the doctype."""

    __slots__ = ("names", "offsets", "ends", "resumes", "raw", "comments", "doctype", "duplicates", "br_end_tags",
                 "end")

    def __init__(self):
        self.names: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []
        self.resumes: list[int] = []          # where the scan went on after the tag (past raw text)
        self.raw: dict[int, tuple[int, int]] = {}  # start-tag index -> (content start, content end)
        self.comments: list[tuple[int, str]] = []
        self.doctype: tuple[str, str | None, str | None] | None = None
        self.duplicates: list[tuple[int, list[str]]] = []  # (offset, attribute names) of tags repeating one
        self.br_end_tags = 0  # "</br>" outside raw text: each should make a br element
        self.end: int | None = None  # where a tag the file ends in begins (the tokenizer drops it)


def _scan(text: str) -> _Scan | None:
    """Tokenize the source as far as positions need; None when it meets something only the parser can read."""
    scan = _Scan()
    names, offsets, ends, resumes = scan.names, scan.offsets, scan.ends, scan.resumes
    comments = scan.comments
    find = text.find
    position = 0
    content_seen = False  # a doctype counts only before any tag or text
    svg_depth = 0  # roughly: the scan follows SVG content, where only SVG elements are safe (see _SVG_NAMES)
    search = _TOKEN.search
    while True:
        token = search(text, position)
        if token is None:
            return scan
        opening = token.start()
        if not content_seen and text[position:opening].strip(_HTML_SPACE):
            content_seen = True
        kind = token.lastindex
        if kind == _PLAIN_END_TAG:
            content_seen = True
            position = token.end()
            end_name = token.group(_PLAIN_END_TAG)
            if len(end_name) == 2 and end_name.lower() == "br":
                scan.br_end_tags += 1
            if svg_depth:
                name = _ascii_lower(token.group(_PLAIN_END_TAG))
                if name not in _SVG_NAMES and not name.startswith("fe"):
                    return None
                if name == "svg":
                    svg_depth -= 1
            continue
        following = text[opening + 1 : opening + 2]
        if following in _ASCII_LETTERS:
            content_seen = True
            if kind == _PLAIN_START_TAG:
                tag, attributes, solidus = token.group(1, 2, 3)
                end = token.end()
                if attributes and len(attributes.split()) > 1:  # two attributes at least
                    attribute_names = _ATTRIBUTE_NAMES_PLAIN.findall(_ascii_lower(attributes))
                    if len(set(attribute_names)) < len(attribute_names):
                        scan.duplicates.append((opening, attribute_names))
                name = _ascii_lower(tag)
                self_closing = bool(solidus)
            else:
                tag = _general_tag(text, opening)
                if tag is None:
                    scan.end = opening
                    return scan  # end of file inside a tag: the tokenizer drops it and stops
                name, end, attribute_names, self_closing = tag
                if len(set(attribute_names)) < len(attribute_names):
                    scan.duplicates.append((opening, attribute_names))
            if name in _DIFFERENT_TREES:
                return None
            if svg_depth and name not in _SVG_NAMES and not name.startswith("fe"):
                return None  # HTML inside SVG: breakouts and integration points differ between the standards
            names.append(name)
            offsets.append(opening)
            ends.append(end)
            position = end
            if name == "svg" and not self_closing:
                svg_depth += 1
            if name in _RAW_TEXT:
                close = _raw_text_end(name).search(text, end)
                stop = close.start() if close else len(text)
                if name == "script" and _double_escaped(text[end:stop]):
                    return None
                scan.raw[len(names) - 1] = (end, stop)
                position = stop
            resumes.append(position)
        elif following == "/":
            third = text[opening + 2 : opening + 3]
            if third in _ASCII_LETTERS:  # an end tag with attributes or other parse errors
                content_seen = True
                tag = _general_tag(text, opening + 1)
                if tag is None:
                    scan.end = opening
                    return scan
                name, position = tag[0], tag[1]
                if name == "br":
                    scan.br_end_tags += 1
                if svg_depth:
                    if name not in _SVG_NAMES and not name.startswith("fe"):
                        return None
                    if name == "svg":
                        svg_depth -= 1
            elif third == ">":
                position = opening + 3
            elif not third:
                return scan
            else:  # "</ x>": a bogus comment
                close = find(">", opening)
                stop = close if close >= 0 else len(text)
                comments.append((opening, text[opening + 2 : stop]))
                position = stop + 1
        elif following == "!":
            if text.startswith("<!--", opening):
                match = _COMMENT.match(text, opening)
                comments.append((opening, "" if match.group("empty") else match.group("data")))
                position = match.end()
            elif text[opening + 2 : opening + 9].lower() == "doctype":
                match = _DOCTYPE.match(text, opening)
                if match is None:
                    return None
                if not content_seen and scan.doctype is None:
                    scan.doctype = _doctype(match)
                position = match.end()
            else:
                close = find(">", opening)
                stop = close if close >= 0 else len(text)
                comments.append((opening, text[opening + 2 : stop]))
                position = stop + 1
        elif following == "?":
            close = find(">", opening)
            stop = close if close >= 0 else len(text)
            comments.append((opening, text[opening + 1 : stop]))
            position = stop + 1
        else:
            content_seen = True
            position = opening + 1


def _general_tag(text: str, name_start: int):
    """(name, end, attribute names, self-closing) of a tag with parse errors in it, read state by state; None when the
    file ends inside it. ``name_start`` is the offset of the "<" (start tag) or of the "/" (end tag)."""
    name = _TAG_NAME.match(text, name_start).group(1).translate(_ASCII_LOWER)
    position = name_start + 1 + len(name)
    attribute_names = []
    while True:
        step = _ATTRIBUTE_STEP.match(text, position)
        if step is None:
            return None
        position = step.end()
        if step.group("end"):
            closing = step.start("end")
            return name, position, attribute_names, closing > step.start() and text[closing - 1] == "/"
        attribute_names.append(step.group("name").translate(_ASCII_LOWER))


_RAW_TEXT_ENDS = {name: re.compile(rf"</{name}[\t\n\x0c />]", re.IGNORECASE) for name in _RAW_TEXT}
_raw_text_end = _RAW_TEXT_ENDS.__getitem__


def _double_escaped(script: str) -> bool:
    """Whether ``<!-- <script>`` in a script's text may hide its ``</script>`` (the double-escaped states)."""
    lowered = script.lower()
    return "<!--" in lowered and "<script" in lowered


def _doctype(match) -> tuple[str, str | None, str | None]:
    groups = match.groupdict()
    public = groups["public_dq"] if groups["public_dq"] is not None else groups["public_sq"]
    system = groups["system_dq"] if groups["system_dq"] is not None else groups["system_sq"]
    if public is None and system is None:
        system = groups["only_system_dq"] if groups["only_system_dq"] is not None else groups["only_system_sq"]
    return match.group("name").translate(_ASCII_LOWER), public, system


class _Copy:
    """Lexbor's tree as an lxml tree, with its elements and comments in document order."""

    __slots__ = ("root", "elements", "names", "foreign", "comments", "selects", "comments_after_root")

    def __init__(self):
        self.root = None
        self.elements: list = []
        self.names: list[str] = []
        self.foreign: set = set()
        self.comments: list = []
        self.selects = 0
        self.comments_after_root = 0


def _copy(document_node, infoset, doctype, max_depth: int, max_elements: int) -> _Copy | None:
    copy = _Copy()
    html = None
    before, after = [], []
    child = document_node.child
    while child is not None:
        tag = child.tag
        if tag == "html":
            html = child
        elif tag == "-comment" or tag is None:
            data = _comment_data(child)
            if data is None:
                return None
            (after if html is not None else before).append(data)
        child = child.next
    if html is None:
        return None
    root = _root(infoset, doctype)
    copy.root = root
    for data in before:
        comment = etree.Comment(infoset.coerceComment(data))
        root.addprevious(comment)
        copy.comments.append((comment, data))
    if not _copy_element(html, root, infoset, copy, max_depth, max_elements):
        return None
    last = root
    for data in after:
        comment = etree.Comment(infoset.coerceComment(data))
        last.addnext(comment)
        last = comment
        copy.comments.append((comment, data))
    copy.comments_after_root = len(after)
    return copy


_TRAILING_COMMENTS = re.compile(r"(?:[\t\n\x0c\r ]+|<!--(?:-?>|.*?--!?>)|<![^>]*>|<\?[^>]*>"
                                r"|</(?:html|body)[\t\n\x0c ]*>)*", re.DOTALL | re.IGNORECASE)


def _comments_in_source_order(copy: _Copy, scan: _Scan, text: str) -> bool:
    """Whether the tree's comments, in document order, are the scanned ones in source order. Comments after
    ``</body>`` or ``</html>`` go to the end of the html element or of the document, so content that comes
    back into the body after them puts its comments first; with every comment's text different, pairing
    them by text shows it; with repeated texts, only when nothing but comments follows the first of them."""
    late = len(copy.comments) - copy.comments_after_root if copy.comments_after_root else None
    for position, (comment, _) in enumerate(copy.comments[: late]):
        if comment.getparent() is copy.root and any(
                sibling.tag == "body" for sibling in comment.itersiblings(preceding=True)):
            late = position
            break
    if late is None:
        return True
    texts = [data for _, data in copy.comments]
    if len(set(texts)) == len(texts):
        return True  # the pairing by text decides
    return _TRAILING_COMMENTS.match(text, scan.comments[late][0]).end() == len(text)


def _root(infoset, doctype):
    """An lxml root with the doctype, built the way html5lib's lxml tree builder builds it."""
    source = ""
    if doctype is not None:
        name, public, system = doctype
        source = f"<!DOCTYPE {infoset.coerceElement(name)}"
        if public is not None or system is not None:
            source += f' PUBLIC "{infoset.coercePubid(public or "")}" '
            if system:
                if "'" in system and '"' in system:
                    system = system.replace("'", "U00027")
                source += f'"{system}"' if "'" in system else f"'{system}'"
            else:
                source += "''"
        source += ">"
    root = etree.fromstring(source + "<THIS_SHOULD_NEVER_APPEAR_PUBLICLY/>")
    root.tag = "html"
    return root


def _comment_data(node) -> str | None:
    serialized = node.html or ""
    if node.tag == "-comment" and serialized.startswith("<!--") and serialized.endswith("-->"):
        return serialized[4:-3]
    if node.tag is None and serialized.startswith("<?") and serialized.endswith(">"):
        return serialized[1:-1]  # lexbor keeps "<?...>" as a node of its own; HTML makes it a comment
    return None


def _copy_element(html_node, root, infoset, copy: _Copy, max_depth: int, max_elements: int) -> bool:
    """Copy ``html_node`` into ``root`` and everything under it, without recursion (pages nest deep)."""
    elements, names, foreign, comments = copy.elements, copy.names, copy.foreign, copy.comments
    coerce_element = infoset.coerceElement
    coerce_comment = infoset.coerceComment
    element_names = {}
    attribute_keys = _html_attribute_keys()
    root.attrib.update(_html_attributes(html_node.attributes, attribute_keys))
    elements.append(root)
    names.append("html")
    # (lexbor node to read next, lxml parent, last lxml child so far, namespace of the parent, depth, select)
    stack = [[html_node.child, root, None, None, 1, False]]
    select_depth = 0
    while stack:
        frame = stack[-1]
        node = frame[0]
        if node is None:
            stack.pop()
            if frame[5]:
                select_depth -= 1
            continue
        frame[0] = node.next
        tag = node.tag
        parent = frame[1]
        if tag == "-text":
            text = node.text_content or ""
            last = frame[2]
            if last is None:
                parent.text = (parent.text or "") + text
            else:
                last.tail = (last.tail or "") + text
            continue
        if tag == "-comment" or tag is None:
            data = _comment_data(node)
            if data is None:
                return False
            comment = etree.Comment(coerce_comment(data))
            parent.append(comment)
            frame[2] = comment
            comments.append((comment, data))
            continue
        if not tag or tag[0] in "-_!":
            return False
        parent_namespace = frame[3]
        if parent_namespace is None:
            namespace = _SVG if tag == "svg" else None
        elif parent_namespace == _SVG and parent.tag[len(_SVG) + 2 :] in _SVG_HTML_INTEGRATION_POINTS:
            namespace = _SVG if tag == "svg" else None
        else:
            namespace = parent_namespace
        if select_depth and (namespace is not None or tag not in _SELECT_CONTENT):
            return False  # today's select parsing keeps elements html5lib's drops
        if len(elements) >= max_elements or frame[4] >= max_depth:
            return False  # the html5lib path reports the limit
        name = element_names.get(tag)
        if name is None:
            name = element_names[tag] = coerce_element(tag)
        attributes = node.attributes
        if namespace is None:
            element = (etree.SubElement(parent, name, _html_attributes(attributes, attribute_keys)) if attributes
                       else etree.SubElement(parent, name))
            names.append(tag)
        else:
            element = etree.SubElement(parent, f"{{{namespace}}}{name}")
            if attributes:
                _set_foreign_attributes(element, attributes, infoset)
            names.append(tag.translate(_ASCII_LOWER))
            foreign.add(element)
        elements.append(element)
        frame[2] = element
        is_select = tag == "select"
        if is_select:
            select_depth += 1
            copy.selects += 1
        stack.append([node.child, element, None, namespace, frame[4] + 1, is_select])
    return True


# lexbor's attribute name -> lxml's for HTML elements, coerced as html5lib's lxml builder does (the same for
# every page); emptied when hostile pages have grown it too far.
_ATTRIBUTE_KEYS: dict = {}
_COERCION = InfosetFilter(preventDoubleDashComments=True)


def _html_attribute_keys() -> dict:
    if len(_ATTRIBUTE_KEYS) > 20_000:
        _ATTRIBUTE_KEYS.clear()
    return _ATTRIBUTE_KEYS


def _html_attributes(attributes: dict, keys: dict) -> dict:
    result = {}
    for key, value in attributes.items():
        final = keys.get(key)
        if final is None:
            final = keys[key] = key if _PLAIN_XML_NAME.match(key) else _COERCION.coerceAttribute(key)
        result[final] = value or ""
    return result


def _set_foreign_attributes(element, attributes: dict, infoset) -> None:
    attrib = element.attrib
    for key, value in attributes.items():
        value = value or ""
        if key in adjustForeignAttributes:
            _, local, attribute_namespace = adjustForeignAttributes[key]
            attrib[f"{{{attribute_namespace}}}{infoset.coerceAttribute(local)}"] = value
        elif _PLAIN_XML_NAME.match(key):
            attrib[key] = value
        else:
            attrib[infoset.coerceAttribute(key)] = value


def parse_with_lexbor(text: str, infoset, max_depth: int, max_elements: int):
    """The parts of a ParsedDocument for prepared ``text``: (tree, starts, tag_ends, implied, comment_data,
    duplicate-attribute tags), or None when the alignment cannot vouch for every position."""
    if not AVAILABLE or text.count("<") > MAX_TAG_OPENINGS or "\x00" in text:
        return None
    scan = _scan(text)
    if scan is None:
        return None
    parsed = LexborHTMLParser(text)
    document_node = parsed.root.parent if parsed.root is not None else None
    if document_node is None:
        return None
    copy = _copy(document_node, infoset, scan.doctype, max_depth, max_elements)
    if copy is None:
        return None
    aligned = _align(copy, scan, text)
    if aligned is None:
        return None
    starts, tag_ends, implied = aligned
    if len(copy.comments) != len(scan.comments):
        return None
    if not _comments_in_source_order(copy, scan, text):
        return None
    comment_data = {}
    for (comment, data), (offset, scanned) in zip(copy.comments, scan.comments):
        if data != scanned:
            return None
        starts[comment] = offset
        comment_data[comment] = data
    return copy.root.getroottree(), starts, tag_ends, implied, comment_data, scan.duplicates


def _align(copy: _Copy, scan: _Scan, text: str):
    names, offsets, ends = scan.names, scan.offsets, scan.ends
    count = len(names)
    starts, tag_ends, implied = {}, {}, set()
    pending = []
    merged = set()  # html, head, body once the tree has them: another such start tag only adds attributes
    last = None  # the element of the last start tag taken
    p_surplus = copy.names.count("p") - names.count("p")  # p elements "</p>" made
    br_surplus = copy.names.count("br") - names.count("br")  # br elements "</br>" made
    if br_surplus and br_surplus != scan.br_end_tags:
        return None  # some "</br>" made nothing (a context where the two standards differ)
    index = 0
    for element, name in zip(copy.elements, copy.names):
        while index < count and names[index] in merged and names[index] != name:
            if not _skippable(pending, index, last, scan, text, merged):
                return None
            index += 1
        if index < count and (names[index] == name or (names[index], name) == ("image", "img")):
            # a stray "</p>" or "</br>" just before the tag may have made this element, and the tag the next
            if name == "p" and p_surplus and not element.text and len(element) == 0:
                extra = _stray_count(_P_END_TAG, index, scan, text) - _count(pending, "p")
                if extra > 0 and not _p_in_button_scope(last):
                    pending.append(element)  # no p to close: the "</p>" before made this one
                    continue
                if extra > 1:
                    return None
            elif name == "br" and br_surplus:
                if _stray_count(_BR_END_TAG, index, scan, text) > _count(pending, "br"):
                    pending.append(element)  # "</br>" always makes a br: this one came before the tag
                    continue
            if pending:
                if not _place_implied(pending, index, scan, text, starts, implied):
                    return None
                pending = []
            elif name in _CAUSING_END_TAGS and not _nothing_before(name, index, scan, text):
                return None  # text or an end tag before <html>, <head> or <body> made the element earlier
            if name in _NEWLINE_DROPPING and element not in copy.foreign:
                if text.startswith("\n", ends[index]):
                    if not _drops_newline(element):
                        return None
                elif (element.text or "").startswith("\n"):
                    return None  # after an ignored tag, html5lib still drops the newline; the standard does not
            if index in scan.raw and element in copy.foreign:
                start, stop = scan.raw[index]
                if "<" in text[start:stop]:
                    return None  # foreign content is markup where the scan read raw text
            starts[element] = offsets[index]
            tag_ends[element] = ends[index]
            last = element
            index += 1
        elif element in copy.foreign:
            return None
        elif name in _IMPLIED_BY or name == "p" and not element.text and len(element) == 0 or \
                name == "br" and br_surplus:
            pending.append(element)
        else:
            return None
        if name in _MERGED_INTO_EXISTING and element not in copy.foreign:
            merged.add(name)
    while index < count and names[index] in merged:
        if not _skippable(pending, index, last, scan, text, merged):
            return None
        index += 1
    if index != count or pending and not _place_implied(pending, count, scan, text, starts, implied):
        return None
    return starts, tag_ends, implied


def _may_be_fostered(element) -> bool:
    """Whether an element made by a stray end tag sits right before a table (with others like it between):
    "</p>" inside a table makes its p there, before the table's own start tag in the tree."""
    for sibling in element.itersiblings():
        if sibling.tag == "table":
            return True
        if sibling.tag not in _STRAY_END_TAGS:
            return False
    return False


def _stray_count(pattern, index: int, scan: _Scan, text: str) -> int:
    """How many of these end tags lie between start tag ``index`` and the start tag before it."""
    return len(pattern.findall(text, scan.resumes[index - 1] if index else 0, scan.offsets[index]))


def _count(elements: list, name: str) -> int:
    return sum(1 for element in elements if element.tag == name)


def _place_implied(pending: list, index: int, scan: _Scan, text: str, starts: dict, implied: set) -> bool:
    """Give each pending implied element the offset of the token that caused it; False when not certain."""
    causes = _causes(pending, index, scan, text)
    if causes is None:
        return False
    for waiting, offset in zip(pending, causes):
        starts[waiting] = offset
        implied.add(waiting)
    return True


def _p_in_button_scope(element) -> bool:
    while element is not None:
        tag = element.tag
        if tag == "p":
            return True
        if tag in _BUTTON_SCOPE_BOUNDARIES or not isinstance(tag, str) or tag.startswith("{"):
            return False
        element = element.getparent()
    return False


def _drops_newline(element) -> bool:
    """Whether html5lib, like the standard, drops the newline after this pre, listing or textarea start tag:
    not where its tree construction hands the text to table or select modes."""
    if any(ancestor.tag in _TABLE_OR_SELECT for ancestor in element.iterancestors()):
        return False
    following = element.getnext()
    return following is None or following.tag != "table"  # a fostered element sits before its table


def _skippable(pending: list, index: int, last, scan: _Scan, text: str, merged: set) -> bool:
    """Whether start tag ``index`` (html, head or body, once the tree has one) surely made no element, and
    nothing between it and the start tag before it made one either."""
    span = text[scan.resumes[index - 1] if index else 0 : scan.offsets[index]]
    if pending or _P_END_TAG.search(span):
        return False
    if len(merged) < 3 and _MARKUP.sub("", span).strip(_HTML_SPACE):
        return False  # text would have made the missing ones
    if any(name not in merged and _CAUSING_END_TAGS[name].search(span) for name in _CAUSING_END_TAGS):
        return False
    if scan.ends[index] - scan.offsets[index] == len(scan.names[index]) + 2 or last is None:
        return True  # no attributes to add
    # in a select, html5lib ignores the tag instead of adding its attributes
    return "</select" in span.lower() or not any(node.tag == "select" for node in last.iterancestors()) \
        and last.tag != "select"


def _causes(pending: list, index: int, scan: _Scan, text: str) -> list[int] | None:
    """The offset of the token that made the parser create each pending implied element: start tag
    ``index`` (or, for an empty ``p`` or a ``br``, a stray ``</p>`` or ``</br>`` before it); None when that is
    not certain."""
    span_start = scan.resumes[index - 1] if index else 0
    if index < len(scan.offsets):
        span_end = scan.offsets[index]
    else:
        span_end = len(text) if scan.end is None else scan.end
    span = text[span_start:span_end]
    names = {element.tag for element in pending}
    if names & _STRAY_END_TAGS.keys() and names & _CAUSING_END_TAGS.keys():
        return None  # before the body exists "</p>" is ignored: which one made the p is not certain
    stray_ends = {}
    for name, pattern in _STRAY_END_TAGS.items():
        stray_ends[name] = [span_start + match.start() for match in pattern.finditer(span)]
        waiting = _count(pending, name)
        if (waiting or name == "br") and waiting != len(stray_ends[name]):
            return None  # each "</p>" here must have made one of them (no open p to close), as "</br>" always does
    causes = []
    for element in pending:
        name = element.tag
        if name in stray_ends:
            if _may_be_fostered(element):
                return None
            causes.append(stray_ends[name].pop(0))
            continue
        if index == len(scan.offsets):
            return None
        allowed = _IMPLIED_BY[name]
        if allowed is not None:
            if scan.names[index] not in allowed:
                return None
        elif not _nothing_before(name, index, scan, text):
            return None  # an end tag or text came first: the element starts there
        causes.append(scan.offsets[index])
    return causes


def _nothing_before(name: str, index: int, scan: _Scan, text: str) -> bool:
    """Whether only white space, comments and harmless tags lie between start tag ``index`` and the one
    before it: nothing that would have created ``name`` (html, head or body) already."""
    span = text[scan.resumes[index - 1] if index else 0 : scan.offsets[index]]
    return not _CAUSING_END_TAGS[name].search(span) and not _MARKUP.sub("", span).strip(_HTML_SPACE)
