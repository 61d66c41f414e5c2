"""The readable text of a page: what a reader sees, as one string, with the element each stretch belongs to.

Scripts, styles, templates, ``<noscript>`` fallbacks, form-control contents, embedded objects and invisible
elements are left out; inline elements are joined without spaces, blocks are separated by one space,
whitespace is collapsed and zero-width characters are dropped. So markup such as
``<span>赣</span>ICP<span>备</span>17015617号`` reads as one number, and a footer's text is what its reader
sees, not the code of the scripts inside it. The body's text, and each element's, is computed once per page
(``ctx.memo``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .dom import local_name

_MEMO = "a11ylint.pagetext"
_SPACES = re.compile(r"\s+")
_INVISIBLE_CHARACTERS = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_BLOCK = frozenset("""address article aside blockquote br caption center dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td
    tfoot th thead tr ul""".split())
# Not read as page text: code, metadata, and controls whose text is not shown as content.
_SKIP = frozenset("script style noscript template head title textarea select iframe object svg math".split())


class PageText:
    """Text of part of a page, whitespace collapsed, with the element each stretch of text belongs to.

    Built from pieces ``(text, owner element, source offset)`` in reading order; a piece whose text is
    None marks where an element begins, so that elements without text still have a place in the text."""

    def __init__(self, pieces):
        parts, starts, owners, offsets = [], [], [], []
        self._element_starts = {}
        length, last_space = 0, True
        for text, owner, offset in pieces:
            if text is None:
                self._element_starts.setdefault(owner, length)
                continue
            if text != " ":  # every block's edges: most of a page's pieces
                text = _SPACES.sub(" ", _INVISIBLE_CHARACTERS.sub("", text))
            if last_space:
                text = text.lstrip(" ")
            if not text:
                continue
            starts.append(length)
            owners.append(owner)
            offsets.append(offset)
            parts.append(text)
            length += len(text)
            last_space = text.endswith(" ")
        self.text = "".join(parts)
        self._pieces = list(zip(parts, owners, offsets))
        self._starts = starts
        self._offsets = offsets

    def element_at(self, index: int):
        """The element whose text holds position ``index`` (None for an empty text)."""
        if not self._starts:
            return None
        return self._pieces[self._piece_at(index)][1]

    def offset_at(self, index: int) -> int | None:
        """The source offset of the stretch of text that holds position ``index`` (None for an empty text)."""
        if not self._starts:
            return None
        return self._offsets[self._piece_at(index)]

    def index_of(self, element) -> int | None:
        """Where an element begins in the text; None when it is not part of it (invisible, or outside)."""
        return self._element_starts.get(element)

    def is_boundary(self, index: int) -> bool:
        """True when an element's text, or the text after an element, starts at ``index``."""
        position = bisect_right(self._starts, index) - 1
        return position >= 0 and self._starts[position] == index

    def since(self, index: int) -> PageText:
        """The text from position ``index`` to the end."""
        if not self._starts:
            return self
        first = self._piece_at(index)
        text, owner, offset = self._pieces[first]
        return PageText([(text[max(0, index - self._starts[first]):], owner, offset), *self._pieces[first + 1:]])

    def _piece_at(self, index: int) -> int:
        return max(0, bisect_right(self._starts, index) - 1)


def readable_pieces(root, ctx) -> list:
    """(text, owner element, source offset) of the readable text under ``root``, in reading order, with a
    ``(None, element, offset)`` piece where each element begins."""
    offset_of = ctx.document.offset
    is_invisible = ctx.is_invisible
    out = []
    append = out.append
    if not isinstance(root.tag, str) or local_name(root) in _SKIP or is_invisible(root):
        return out
    # One frame per open element: (element, its offset, whether it is a block, the children still to read).
    offset = offset_of(root)
    block = local_name(root) in _BLOCK
    append((None, root, offset))
    if block:
        append((" ", root, offset))
    if root.text:
        append((root.text, root, offset))
    stack = [(root, offset, block, iter(root))]
    while stack:
        node, offset, block, children = stack[-1]
        for child in children:
            if isinstance(child.tag, str):
                name = local_name(child)
                if name not in _SKIP and not is_invisible(child):
                    child_offset = offset_of(child)
                    child_block = name in _BLOCK
                    append((None, child, child_offset))
                    if child_block:
                        append((" ", child, child_offset))
                    if child.text:
                        append((child.text, child, child_offset))
                    stack.append((child, child_offset, child_block, iter(child)))
                    break
            # A comment, processing instruction or skipped element: only its tail is read, with its parent.
            if child.tail:
                append((child.tail, node, offset_of(child)))
        else:
            stack.pop()
            if block:
                append((" ", node, offset))
            if stack and node.tail:
                append((node.tail, stack[-1][0], offset))
    return out


def text_of(elements, ctx) -> PageText:
    """The readable text of some elements, one after the other, separated by a space.

    Each element's pieces, and the text of each single element, are built once per page: the footer search
    asks about the same candidate up to four times."""
    memo = ctx.memo(_MEMO)
    pieces_of = memo.setdefault("pieces", {})
    texts = memo.setdefault("texts", {})
    single = elements[0] if len(elements) == 1 else None
    if single is not None and single in texts:
        return texts[single]
    pieces = []
    for element in elements:
        if element not in pieces_of:
            pieces_of[element] = readable_pieces(element, ctx)
        pieces.extend(pieces_of[element])
        pieces.append((" ", element, ctx.document.offset(element)))
    text = PageText(pieces)
    if single is not None:
        texts[single] = text
    return text


def body_text(ctx) -> PageText:
    """The readable text of the page's body (of the whole page when it has no body)."""
    memo = ctx.memo(_MEMO)
    if "body" not in memo:
        body = next(iter(ctx.select("body")), None)
        memo["body"] = PageText(readable_pieces(body if body is not None else ctx.root, ctx))
    return memo["body"]
