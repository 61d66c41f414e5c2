"""Images: their URLs and file names, names that are file names or placeholder words rather than text
alternatives, the named images exposed to assistive technology, spacer images, and the link or button an
image sits in."""

from __future__ import annotations

import posixpath
import re
from urllib.parse import unquote, urlsplit

from .dom import digits_value, is_html, normalize_space

IMAGE_EXTENSIONS = "jpe?g|jfif|png|gif|bmp|webp|svgz?|tiff?|ico|avif|heic|wmf|emf|psd"
_FILE_NAME = re.compile(rf"^[^\s<>][^<>]{{0,200}}\.(?:{IMAGE_EXTENSIONS})$", re.IGNORECASE)
_CAMERA_NAME = re.compile(r"^(?:(?:dsc[nf]?|img|imag|pict?|pxl|mvimg|sam|gopr|dji|wp|cimg)[-_ ]?\d{3,}|p\d{6,})"
                          r"(?:[-_ ]\d+)*$", re.IGNORECASE)
PLACEHOLDER_WORDS = frozenset("""
    image images img picture pictures pic pics photo photos photograph graphic graphics icon icons logo banner
    thumbnail thumb spacer placeholder blank untitled alt null undefined none clipart
    图片 图像 照片 相片 图 图标 配图 插图 缩略图 占位图 空白 图示 无标题 未命名 logo图 标志图 横幅
    bild foto grafik symbolbild platzhalter
""".split()) | frozenset(("alt text", "image description", "insert image", "image here", "no image", "图片描述",
                          "untitled image", "image placeholder"))
_NUMBERED = re.compile(r"^(.*?)[\s_\-#.]*\(?\d{0,4}\)?$")


def file_stem(url: str) -> tuple[str, str]:
    """(basename, basename without extension) of a URL's path, percent-decoded and lower-cased; ("", "") for
    data: URLs."""
    base = file_label(url).lower()
    return base, posixpath.splitext(base)[0]


def file_label(url: str) -> str:
    """The file name of a URL as written (percent-decoded), for messages; "" for data: URLs."""
    if not url or url.strip().lower().startswith("data:"):
        return ""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        path = url
    return unquote(posixpath.basename(path)).strip()


def image_url(element) -> str:
    """The image file's URL as written (``src``, else ``data``), stripped; "" when there is none."""
    return (element.get("src") or element.get("data") or "").strip()


def name_problem(name: str, url: str = "") -> str | None:
    """Why an image's accessible name is not a text alternative ("file", "placeholder"), or None."""
    text = normalize_space(name)
    if not text:
        return None
    lowered = text.lower()
    if _FILE_NAME.match(text) or _CAMERA_NAME.match(text):
        return "file"
    base, stem = file_stem(url)
    if base and base != stem and lowered == base:
        return "file"  # the name with its extension
    if stem and lowered == stem and re.search(r"\d", stem):
        return "file"  # "2023-05-banner_01"; a plain slug such as "heavy-vehicle" may be a real description
    words = _NUMBERED.match(lowered).group(1).strip() or lowered
    if lowered in PLACEHOLDER_WORDS or words in PLACEHOLDER_WORDS:
        return "placeholder"
    return None


def image_candidates(ctx):
    """Images exposed to assistive technology that carry a name: (element, name), in document order."""
    found = []
    for element in ctx.select("img, input[type], [role]"):
        if not is_html(element):
            continue
        if element.tag == "input":
            if (element.get("type") or "").strip().lower() != "image":
                continue
        elif ctx.role(element) != "img":
            continue
        if ctx.is_hidden(element):
            continue
        name = ctx.accessible_name(element)
        if name:
            found.append((element, name))
    return found


def enclosing_control(element):
    """The nearest link or button around the element, or None."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "button" or (ancestor.tag == "a" and ancestor.get("href") is not None):
            return ancestor
        if ancestor.get("role") in ("link", "button"):
            return ancestor
    return None


# --- spacers --------------------------------------------------------------------------------------------

SPACER_NAMES = re.compile(r"^(?:spacer|space|blank|pixel|px|clear|clearpixel|transparent|trans|dot|s|1x1|"
                          r"spacer[-_]?\d*|blank[-_]?\d*|t|shim|pix|none|null|empty)$")


def _pixels(value) -> int | None:
    digits = "".join(char for char in (value or "").strip().split(".")[0] if "0" <= char <= "9")
    return digits_value(digits) if digits and "0" <= (value or "").strip()[:1] <= "9" else None


def is_spacer(element) -> bool:
    """A 1- or 2-pixel image, or one whose file is named like a spacer (``spacer.gif``, ``blank.png``)."""
    for attribute in ("width", "height"):
        size = _pixels(element.get(attribute))
        if size is not None and size <= 2:
            return True
    stem = file_stem(image_url(element))[1]
    return bool(stem) and bool(SPACER_NAMES.match(stem))
