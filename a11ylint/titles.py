"""The page title: the first ``<title>`` of the page, and whether its text is an editor default or a
placeholder ("Untitled Document", "无标题文档", "index.html") rather than a real title."""

from __future__ import annotations

import re

from .dom import normalize_space

_PLACEHOLDER = re.compile(
    r"^(?:"
    r"untitled(?:[ _-]*(?:document|page|doc|web ?page))?|new (?:web )?(?:page|document)|document|page|title|"
    r"page title|document title|web ?page title|insert title here|enter title here|your title here|title here|"
    r"my (?:web )?page|home ?page title|"
    r"无标题(?:文档|页|网页|页面)?|未命名(?:文档|页面|网页)?|新建(?:网页|文档|页面)|网页标题|页面标题|文档标题|标题|"
    r"请输入标题|在此输入标题|"
    r"unbenannt(?:es dokument)?|neues dokument|neue seite|ohne titel|"
    r"sans titre|document sans titre|nouvelle page|sin título|documento sin título"
    r")(?:[ _-]*\(?\d{0,3}\)?)$",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(r"^[\w.-]+\.(?:s?html?|xhtml|php\d?|aspx?|jsp|cfm|cgi|pl|do|action)$", re.IGNORECASE)


def page_title(ctx):
    """(title element, its text) of the page's first ``<title>``, or None."""
    titles = ctx.select("title")
    if not titles:
        return None
    return titles[0], normalize_space(ctx.text(titles[0]))


def placeholder_title(text: str) -> bool:
    """True when the title text is an editor default, a placeholder or a bare file name."""
    return bool(_PLACEHOLDER.match(text) or _FILE_NAME.match(text))
