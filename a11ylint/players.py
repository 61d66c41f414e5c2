"""Media players on a page: which ``<video>``, ``<audio>``, ``<embed>`` and ``<object>`` elements play video or
audio, their source files, and a short label for messages."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

VIDEO_EXTENSIONS = frozenset("mp4 m4v webm ogv mov avi wmv flv mpg mpeg 3gp mkv f4v m3u8".split())
AUDIO_EXTENSIONS = frozenset("mp3 wav wma m4a aac oga ogg opus flac mid midi ra ram".split())


def media_source(element) -> str:
    """The media file's URL: ``src``, ``data``, the first ``<source src>`` or a ``<param name=src|url|movie>``."""
    for attribute in ("src", "data"):
        value = (element.get(attribute) or "").strip()
        if value:
            return value
    for child in element.iterchildren("source", "param"):
        if child.tag == "source" and (child.get("src") or "").strip():
            return child.get("src").strip()
        if child.tag == "param" and (child.get("name") or "").strip().lower() in ("src", "url", "movie", "filename"):
            value = (child.get("value") or "").strip()
            if value:
                return value
    return ""


def file_name(url: str) -> str:
    """The last path segment of a URL, percent-decoded (``"a/b/intro%20video.mp4"`` -> ``"intro video.mp4"``)."""
    if url.startswith("data:"):
        return "data: URL"
    try:
        path = urlsplit(url).path
    except ValueError:
        path = url
    return unquote(posixpath.basename(path.rstrip("/"))) or url


def embedded_kind(element) -> str | None:
    """"video" or "audio" for an ``<embed>`` or ``<object>`` that plays a media file, else None."""
    mime = (element.get("type") or "").strip().lower()
    if mime.startswith("video/"):
        return "video"
    if mime.startswith("audio/"):
        return "audio"
    extension = posixpath.splitext(file_name(media_source(element)))[1].lstrip(".").lower()
    if extension in VIDEO_EXTENSIONS:
        return "video"
    if extension in AUDIO_EXTENSIONS:
        return "audio"
    return None


def media_kind(element) -> str | None:
    """"video", "audio" or None (not a media player, or fallback content of another player)."""
    if next(element.iterancestors("video", "audio"), None) is not None:
        return None  # fallback content, shown only by browsers without <video> and <audio>
    if element.tag in ("video", "audio"):
        return element.tag
    if element.tag in ("embed", "object"):
        if element.tag == "embed" and any(ancestor.tag == "object" and embedded_kind(ancestor)
                                          for ancestor in element.iterancestors("object")):
            return None  # the fallback <embed> of an <object> player: report the object once
        return embedded_kind(element)
    return None


def is_reviewable_media(element, ctx, kind: str | None = None) -> bool:
    """A rendered media player of the given kind. An ``<audio>`` counts when it shows controls or plays on
    its own (an audio element with neither is not perceivable)."""
    found = media_kind(element)
    if found is None or (kind is not None and found != kind) or ctx.is_invisible(element):
        return False
    if element.tag == "audio":
        return element.get("controls") is not None or element.get("autoplay") is not None
    return True


def describe(element) -> str:
    """A short label for messages: the media file name, or the tag."""
    source = media_source(element)
    return f'<{element.tag}> "{file_name(source)}"' if source else f"<{element.tag}>"
