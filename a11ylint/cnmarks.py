"""Chinese government-site marks and page facts, shared by the CN rules.

The marks a Chinese government page shows in its footer — 网站标识码, ICP 备案号, 公网安备 number, 党政机关网站标识,
主办单位 — are found in the page's readable text (:mod:`a11ylint.pagetext`), so that markup such as
``<span>赣</span>ICP<span>备</span>17015617号`` still reads as one number. Each mark remembers the element its text
starts in, whether that element is in the footer (:func:`a11ylint.footer.footer_area`) and the link around it.

The English versions of government sites show the same marks in English ("Website Identification Code:
1100000088", "Beijing ICP Prep. No. 05070218", "Public Security Filing No. 11010502030143", "Source:",
"Date:"): English labels and keywords match as whole words, in any case (:func:`phrase_pattern`).

Also here: whether the page is Chinese, which pages the rules check (:func:`in_scope`), article metadata
(``ArticleTitle``, ``PubDate``, ``ContentSource``) and signs that the page belongs to a government site; what the
page says about itself (its address, its ``SiteIDCode``, ``SiteName`` and ``SiteDomain`` metadata) is read
through :mod:`a11ylint.pageinfo`. The dictionaries and patterns are in ``rules/data/gov-cn.toml``; rules pass
their option values in. Everything is computed once per page (``ctx.memo``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, unquote

from .data import load
from .dom import local_name, normalize_space
from .footer import footer_area
from .langdetect import script_units
from .pageinfo import host_matches, host_of, meta_value, page_host, site_domains, split_url
from .pagetext import PageText, body_text

_MEMO = "a11ylint.cnmarks"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def data() -> dict:
    """``rules/data/gov-cn.toml``."""
    return load("gov-cn")


def _memo(ctx) -> dict:
    return ctx.memo(_MEMO)


def script_text(ctx) -> str:
    """The inline scripts of the page, percent-decoded (``document.write(unescape("%3Cspan…"))``), for marks
    that a script writes into the page."""
    memo = _memo(ctx)
    if "scripts" not in memo:
        parts = [script.text or "" for script in ctx.select("script") if not script.get("src")]
        text = "\n".join(parts)
        if "%3C" in text or "%3c" in text:
            text = unquote(text)
        memo["scripts"] = text
    return memo["scripts"]


def enclosing_link(element):
    """The ``<a>`` that contains the element (or is it), else None."""
    while element is not None:
        if isinstance(element.tag, str) and local_name(element) == "a":
            return element
        element = element.getparent()
    return None


# --- page facts ----------------------------------------------------------------------------------------------

def is_chinese_page(ctx) -> bool:
    """Mostly Chinese text (Han characters outweigh other writing systems), or ``lang="zh…"`` with some."""
    memo = _memo(ctx)
    if "chinese" not in memo:
        text = body_text(ctx).text
        title = next(iter(ctx.select("title")), None)
        if title is not None:
            text = ctx.text(title) + " " + text
        han = len(_HAN.findall(text))
        lang = (ctx.root.get("lang") or "").strip().lower()
        if han and lang.startswith("zh") and han >= 2:
            memo["chinese"] = True
        else:
            units = script_units(text[:50000])
            total = sum(units.values())
            memo["chinese"] = han >= 8 and total > 0 and units.get("Han", 0) >= 0.4 * total
    return memo["chinese"]


def in_scope(ctx) -> bool:
    """The pages the Chinese site-mark and content rules check: a Chinese page, or a page in another language
    whose ``SiteIDCode`` meta or ``.gov.cn`` address shows that it belongs to a Chinese government site (the
    English version of a site, such as english.beijing.gov.cn)."""
    return is_chinese_page(ctx) or bool({"meta", "host"} & set(government_signs(ctx)))


# --- marks in the text ---------------------------------------------------------------------------------------

@dataclass
class Mark:
    """One occurrence of a mark in the page text."""

    text: str  # as shown, e.g. "网站标识码：4401120001"
    value: str  # the code or number ("" when the label has none)
    element: object  # the element the mark's text starts in
    in_footer: bool
    match: re.Match


def _find(ctx, pattern: re.Pattern, key, required: re.Pattern | None = None) -> list[Mark]:
    """The marks ``pattern`` finds in the body's text, once per page. ``required`` finds what each of its matches
    holds: a quick search that spares the pages without it the slower pattern."""
    memo = _memo(ctx)
    cache_key = ("marks", key)
    if cache_key not in memo:
        text = body_text(ctx)
        found = []
        if required is None or required.search(text.text):
            for match in pattern.finditer(text.text):
                element = text.element_at(match.start())
                value = match.groupdict().get("value") or ""
                in_footer = element is not None and footer_area(ctx).contains(element, ctx)
                found.append(Mark(match.group(0).strip(), value, element, in_footer, match))
        memo[cache_key] = found
    return memo[cache_key]


def provinces() -> dict[str, list[str]]:
    return data()["provinces"]


def province_of_abbreviation(character: str) -> str | None:
    for code, abbreviations in provinces().items():
        if character in abbreviations:
            return code
    return None


def province_of_name(name: str) -> str | None:
    """The province-level code of an English (pinyin) province name: "Beijing" gives "11"."""
    wanted = normalize_space(name).lower()
    for code, names in data()["province-names"].items():
        if wanted in (candidate.lower() for candidate in names):
            return code
    return None


def _province_names_pattern() -> str:
    names = [name for names in data()["province-names"].values() for name in names]
    return "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(names, key=len, reverse=True))


def mark_province(mark: Mark) -> tuple[str, str | None]:
    """(the province as the mark shows it, its province-level code) for an ICP or 公网安备 mark: the
    abbreviation of the Chinese form (京 → 11), the English name of the English form (Beijing → 11);
    ("", None) when the mark names none or an unknown one."""
    groups = mark.match.groupdict()
    if groups.get("prov"):
        return groups["prov"], province_of_abbreviation(groups["prov"])
    if groups.get("prov_en"):
        return groups["prov_en"], province_of_name(groups["prov_en"])
    return "", None


def phrase_pattern(phrase: str) -> str:
    """A regular expression for one label or keyword: Chinese text as it is, English (ASCII) text as whole
    words, case-insensitively ("Home" does not match "Homeless", "Date" does not match "Update")."""
    if phrase.isascii() and re.search(r"[A-Za-z]", phrase):
        return r"(?<![A-Za-z])(?i:" + re.escape(phrase) + r")(?![A-Za-z])"
    return re.escape(phrase)


def phrases_regex(phrases) -> re.Pattern:
    """One compiled pattern that finds any of the phrases (see :func:`phrase_pattern`)."""
    return re.compile(_label_pattern(phrases))


def _label_pattern(labels) -> str:
    return "(?:" + "|".join(phrase_pattern(label) for label in sorted(labels, key=len, reverse=True)) + ")"


def _canonical_label(label: str, labels) -> str:
    """The label as the option lists it ("date" shown on the page gives "Date")."""
    return next((wanted for wanted in labels if wanted.lower() == label.lower()), label)


def site_id_labels_option():
    """The ``labels`` option of the rules that read the 网站标识码 (CN002, CN003, CN022)."""
    from .rule import Option

    return Option("labels", "list[str]", data()["site-id"]["labels"], "Labels that introduce the 网站标识码.")


def site_id_formats_option():
    """The ``formats`` option of the rules that judge the form of the 网站标识码 (CN003, CN022)."""
    from .rule import Option

    return Option("formats", "list[str]", data()["site-id"]["formats"],
                  "Regular expressions that a well-formed code matches in full.")


def site_id_marks(ctx, labels=None) -> list[Mark]:
    """Every 网站标识码 label in the text, with the code after it (``value`` is "" when there is none)."""
    labels = tuple(labels if labels is not None else data()["site-id"]["labels"])
    pattern = re.compile(_label_pattern(labels) + r"\s?[:：]?\s?(?P<value>(?:bm ?)?\d+)?", re.IGNORECASE)
    marks = _find(ctx, pattern, ("site-id", labels))
    for mark in marks:
        mark.value = mark.value.replace(" ", "").lower()
    return marks


def site_id_problem(value: str, formats=None) -> str | None:
    """Why a 网站标识码 is malformed: "format" (not 10 digits or bm + 8 digits), "province" (a 10-digit code
    whose first two digits are no province-level division), or None."""
    formats = formats if formats is not None else data()["site-id"]["formats"]
    value = value.replace(" ", "").lower()
    if not any(re.fullmatch(pattern, value, re.IGNORECASE) for pattern in formats):
        return "format"
    if value.isdigit() and len(value) == 10 and value[:2] not in provinces():
        return "province"
    return None


def site_id_in_scripts(ctx, labels=None) -> str | None:
    """A 网站标识码 that an inline script writes into the page (the code, or "" for the bare label)."""
    labels = labels if labels is not None else data()["site-id"]["labels"]
    match = re.search(_label_pattern(labels) + r"[\s:：]*(?:<[^>]*>\s*)*(?P<value>(?:bm)?\d+)?", script_text(ctx),
                      re.IGNORECASE)
    return None if match is None else (match.group("value") or "")


ICP_PATTERN = re.compile(
    r"(?P<prov>[\u4e00-\u9fff])? ?ICP ?(?P<kind>[备证證]) ?(?P<colon>[:：] ?)?(?P<value>\d+)"
    r"(?P<tail>(?: ?[-－—] ?\d{1,3}(?!\d))? ?号?(?: ?[-－—] ?\d{1,3}(?!\d))?)")
# The English form on the English versions of sites: "Beijing ICP Prep. No. 05070218", "ICP Filing No. 05070218-1",
# "Beijing ICP License No. 000001" (an ICP 证). Whole words, any case; the province is given by its English name.
ICP_EN_PATTERN = re.compile(
    r"(?<![A-Za-z])(?:(?P<prov_en>" + _province_names_pattern() + r")\s+)?ICP\s+"
    r"(?:(?P<kind_en>Prep(?:aration)?|Filing|Record|Registration|Reg|License|Licence)(?![A-Za-z])\.?\s*)?"
    r"(?:No|Number)(?![A-Za-z])\.?\s?[:：]?\s?(?P<value>\d+)(?P<tail>\s?[-－—]\s?\d{1,3}(?!\d))?",
    re.IGNORECASE)


@dataclass
class IcpNumber:
    mark: Mark
    province: str
    kind: str
    digits: str
    site: str  # the "-N" site suffix, "" when there is none
    problems: tuple[str, ...]  # "province", "colon", "no-hao", "suffix-order", "digits"

    @property
    def canonical(self) -> str:
        return f"{self.province}ICP{self.kind}{self.digits}号" + (f"-{self.site}" if self.site else "")


def icp_numbers(ctx, min_digits: int = 6, max_digits: int = 10) -> list[IcpNumber]:
    """Every ICP 备案号 (or ICP 证) in the text, parsed, with what is wrong with its form."""
    found = []
    for mark in _find(ctx, ICP_EN_PATTERN, "icp-en"):
        match = mark.match
        province = ""
        code = province_of_name(match.group("prov_en") or "")
        problems = [] if code is not None else ["province"]
        if code is not None and provinces()[code]:
            province = provinces()[code][0]
        kind = "证" if (match.group("kind_en") or "").lower() in ("license", "licence") else "备"
        site = re.sub(r"\D", "", match.group("tail") or "")
        digits = match.group("value")
        if not min_digits <= len(digits) <= max_digits:
            problems.append("digits")
        found.append(IcpNumber(mark, province, kind, digits, site, tuple(problems)))
    for mark in _find(ctx, ICP_PATTERN, "icp"):
        match = mark.match
        province = match.group("prov") or ""
        kind = "证" if match.group("kind") in "证證" else "备"
        tail = match.group("tail").replace(" ", "")
        site = ""
        problems = []
        if province_of_abbreviation(province) is None:
            problems.append("province")
            province = ""
        if match.group("colon"):
            problems.append("colon")
        suffix_before = re.match(r"[-－—](\d{1,3})", tail)
        suffix_after = re.search(r"号[-－—](\d{1,3})$", tail)
        if suffix_before:
            site = suffix_before.group(1)
            problems.append("suffix-order")
        elif suffix_after:
            site = suffix_after.group(1)
        if "号" not in tail:
            problems.append("no-hao")
        digits = match.group("value")
        if not min_digits <= len(digits) <= max_digits:
            problems.append("digits")
        found.append(IcpNumber(mark, province, kind, digits, site, tuple(problems)))
    return sorted(found, key=lambda number: number.mark.match.start())


def is_outdated_link(href: str, host: str, outdated) -> bool:
    """True when a link goes to an old address of a filing system: ``outdated`` entries are hosts, or
    ``scheme://host`` for a host that is outdated over that scheme only."""
    for entry in outdated:
        if "://" in entry:
            scheme, _, entry_host = entry.partition("://")
            if host == entry_host.lower() and href.strip().lower().startswith(scheme.lower() + ":"):
                return True
        elif host == entry.lower():
            return True
    return False


def icp_in_scripts(ctx) -> bool:
    return bool(re.search(r"ICP\s*[备证]", script_text(ctx)) or ICP_EN_PATTERN.search(script_text(ctx)))


POLICE_PATTERN = re.compile(r"(?P<prov>[\u4e00-\u9fff])? ?公网安备 ?(?:[:：] ?)?(?:号 ?[:：]? ?)?(?P<value>\d+)?")
# The English form: "Public Security Filing No. 11010502030143", "Beijing Public Security Record No. …".
POLICE_EN_PATTERN = re.compile(
    r"(?<![A-Za-z])(?:(?P<prov_en>" + _province_names_pattern() + r")\s+)?Public\s+Security\s+"
    r"(?:Filing|Record|Registration)(?![A-Za-z])\s?(?:(?:No|Number)(?![A-Za-z])\.?)?\s?[:：]?\s?(?P<value>\d+)?",
    re.IGNORECASE)
# What every match of each pattern holds. Most pages have neither, and the English pattern, which tries a
# lookbehind and the province names at every position, costs twenty times this search.
_POLICE_REQUIRED = re.compile("公网安备")
_POLICE_EN_REQUIRED = re.compile(r"Public\s+Security", re.IGNORECASE)


def police_marks(ctx) -> list[Mark]:
    """Every 公网安备 mark in the text, Chinese or English form, with its number (``value``, "" when none
    follows)."""
    marks = (_find(ctx, POLICE_PATTERN, "police", _POLICE_REQUIRED)
             + _find(ctx, POLICE_EN_PATTERN, "police-en", _POLICE_EN_REQUIRED))
    return sorted(marks, key=lambda mark: mark.match.start())


# --- signs of a government site ------------------------------------------------------------------------------

SIGN_LABELS = {
    "site-id": ("a 网站标识码", "列有网站标识码"),
    "meta": ("a SiteIDCode meta", "有 SiteIDCode 元数据"),
    "host": ("a .gov.cn address", "使用 .gov.cn 域名"),
    "sponsor": ("a government body as 主办单位", "主办单位为政府机关"),
    "badge": ("the 党政机关网站标识", "有党政机关网站标识"),
    "links": ("footer links to .gov.cn sites", "页脚链接到政府网站"),
}


def government_signs(ctx) -> list[str]:
    """Keys of :data:`SIGN_LABELS` that the page shows: evidence that it belongs to a government site.

    "links" (footer links to gov.cn sites other than the filing systems) is the weakest: news and company
    sites link to government sites too, so CN010, which must not ask them for text-size controls, leaves it
    out."""
    memo = _memo(ctx)
    if "signs" in memo:
        return memo["signs"]
    config = data()["government"]
    signs = []
    if any(mark.value for mark in site_id_marks(ctx)):
        signs.append("site-id")
    if meta_value(ctx, "SiteIDCode"):
        signs.append("meta")
    hosts = [page_host(ctx), *site_domains(ctx)]
    if any(host and host_matches(host, config["hosts"]) for host in hosts):
        signs.append("host")
    footer = footer_area(ctx)
    if any(re.search(pattern, footer.text) for pattern in config["sponsor-bodies"]):
        signs.append("sponsor")
    if conac_badge_present(ctx) or any(name in footer.text for name in config["badge-names"]):
        signs.append("badge")
    for link in footer.links:
        host = host_of(link.get("href")) if re.match(r"^\s*(?:https?:)?//", link.get("href") or "") else ""
        if host and host_matches(host, config["hosts"]) and not host_matches(host, config["filing-hosts"]):
            signs.append("links")
            break
    memo["signs"] = signs
    return signs


def conac_badge_present(ctx, markers=None) -> bool:
    """True when the page embeds the 党政机关网站标识: one of the ``[conac]`` markers (``_ideConac``,
    ``imgConac``, ``dcs.conac.cn``, ``bszs.conac.cn``) in an id, in the address of a script, image, frame or
    link, or in an inline script that writes the badge."""
    markers = markers if markers is not None else data()["conac"]["markers"]
    if any(marker in ctx.ids() for marker in markers):
        return True
    addresses = [element.get("src") or "" for element in ctx.select("script[src], img[src], iframe[src]")]
    addresses += [element.get("href") or "" for element in ctx.select("a[href], area[href]")]
    scripts = script_text(ctx)
    return any(marker in address for marker in markers for address in addresses) or any(
        marker in scripts for marker in markers)


def describe_signs(signs, lang: str) -> str:
    index = 1 if lang == "zh" else 0
    joiner = "、" if lang == "zh" else ", "
    return joiner.join(SIGN_LABELS[sign][index] for sign in signs)


# --- article pages -------------------------------------------------------------------------------------------

DATE_PATTERN = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2}) ?[-/.年] ?(?P<m>\d{1,2}) ?[-/.月] ?(?P<d>\d{1,2})(?!\d) ?日?")
_TAGS = re.compile(r"<[^>]*>")
TITLE_ZONE = 300  # characters after the title where the date and source line is looked for


def parse_date(text: str) -> date | None:
    match = DATE_PATTERN.search(text or "")
    if not match:
        return None
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


@dataclass
class Labelled:
    label: str
    value: str  # the text after the label ("" when empty)
    when: date | None  # for dates
    element: object
    index: int  # position in the body text


@dataclass
class Article:
    """What an article page shows about itself."""

    meta_title: str | None
    meta_date: str | None
    meta_source: str | None
    title_index: int | None  # where the title is in the body text
    title_element: object
    dates: list  # labelled dates after the title, then an unlabelled date right after it (label "")
    sources: list  # labelled 来源 values after the title


_GLUED = re.compile(r"[\u4e00-\u9fff“\"「『‘]")


def _label_matches(text: PageText, pattern: re.Pattern, start: int):
    """Matches of a label pattern that start a label: not inside a longer word (留言时间, 数据来源, a quoted
    “文章来源”), unless an element boundary separates them (``<span>来源：某局</span><span>发布日期：…``)."""
    for match in pattern.finditer(text.text, start):
        position = match.start()
        if position == 0 or text.is_boundary(position) or not _GLUED.match(text.text[position - 1]):
            yield match


def is_article(ctx, config=None) -> bool:
    """An article page: ``ArticleTitle`` or ``PubDate`` meta, or 发布时间/发布日期 with a date just after the
    page title (its ``<h1>``, or the first part of its ``<title>`` where the body repeats it)."""
    memo = _memo(ctx)
    config = config or data()["article"]
    key = ("is-article", config["meta-title"], config["meta-date"])
    if key not in memo:
        if meta_value(ctx, config["meta-title"]) or meta_value(ctx, config["meta-date"]):
            memo[key] = True
        else:
            text = body_text(ctx)
            memo[key] = False
            starts = [(index, len(ctx.text(heading))) for heading in ctx.select("h1")
                      for index in [text.index_of(heading)] if index is not None and ctx.text(heading)]
            title_text = _title_text(ctx)
            if len(title_text) >= 4 and text.text.find(title_text) >= 0:
                starts.append((text.text.find(title_text), len(title_text)))
            for index, length in starts:
                zone = text.text[index:index + length + TITLE_ZONE]
                if re.search(r"发布(?:时间|日期) ?[:：]? ?" + DATE_PATTERN.pattern, zone):
                    memo[key] = True
                    break
    return memo[key]


def article(ctx, config=None) -> Article | None:
    """The article facts of the page, or None when it is not an article page."""
    config = config or data()["article"]
    memo = _memo(ctx)
    key = ("article", _config_key(config))
    if key in memo:
        return memo[key]
    if not is_article(ctx, config):
        memo[key] = None
        return None
    text = body_text(ctx)
    meta_title = normalize_space(_TAGS.sub("", meta_value(ctx, config["meta-title"]) or "")) or None
    title_index, title_element = _find_title(ctx, text, meta_title)
    # The date and source line sits just above or below the title; 信息公开 records put a table above it.
    start = max(0, title_index - TITLE_ZONE) if title_index is not None else 0
    title_end = title_index or 0
    if title_element is not None and title_index is not None:
        title_end += max(len(meta_title or ""), len(ctx.text(title_element)))
    dates = []
    spans = []
    date_regex = re.compile(_label_pattern(config["date-labels"]) + r"(?P<label_end>) ?[:：]? ?" + DATE_PATTERN.pattern)
    for match in _label_matches(text, date_regex, start):
        element = text.element_at(match.start())
        if enclosing_link(element) is not None:
            continue
        label = _canonical_label(match.group(0)[:match.start("label_end") - match.start()], config["date-labels"])
        dates.append(Labelled(label, match.group(0).strip(), parse_date(match.group(0)), element, match.start()))
        spans.append((match.start(), match.end()))
    if title_index is not None:
        for match in DATE_PATTERN.finditer(text.text, title_end, title_end + TITLE_ZONE):
            element = text.element_at(match.start())
            if any(begin <= match.start() < end for begin, end in spans):
                continue
            if re.search(r"[:：] ?$", text.text[max(0, match.start() - 3):match.start()]):
                continue  # the date of another label (留言时间：, 截止日期：…)
            item = element if local_name(element) == "li" else next(element.iterancestors("li"), None)
            if enclosing_link(element) is not None or (item is not None and next(item.iter("a"), None) is not None):
                continue  # a date in a list of other articles
            dates.append(Labelled("", match.group(0).strip(), parse_date(match.group(0)), element, match.start()))
            break
    sources = []
    stop = _label_pattern(config["stop-labels"])
    source_regex = re.compile(_label_pattern(config["source-labels"]) + r" ?[:：] ?")
    for match in _label_matches(text, source_regex, start):
        label = match.group(0).strip(" :：")
        english = label.isascii()
        rest = text.text[match.end():match.end() + (120 if english else 60)]
        if re.match(stop, rest) or re.match(r"[|｜【】\[\]]", rest) or not rest.strip():
            value = ""
        elif english:
            # "Source: Beijing Municipal Government Date: 2024-05-01": English names have spaces, so the value
            # runs to the next label, separator or date.
            value = re.split(r"[|｜【】\[\]]|" + stop + "|" + DATE_PATTERN.pattern, rest, maxsplit=1)[0]
            value = value.strip().strip("，,。；;：:》《“”\"-–— ")
        else:
            value = re.split(r" |[|｜【】\[\]]|" + stop, rest, maxsplit=1)[0]
            value = value.strip("，,。；;：:》《“”\"")
        sources.append(Labelled(label, value, None, text.element_at(match.start()), match.start()))
    found = Article(meta_title, meta_value(ctx, config["meta-date"]), meta_value(ctx, config["meta-source"]),
                    title_index, title_element, dates, sources)
    memo[key] = found
    return found


def _config_key(config: dict) -> tuple:
    return tuple(sorted((name, tuple(value) if isinstance(value, list) else value) for name, value in config.items()))


def _find_title(ctx, text: PageText, meta_title: str | None):
    """Where the article title is shown: the first place its text appears outside a link, else the first
    ``<h1>``."""
    if meta_title:
        probe = meta_title[:16]
        position = text.text.find(probe)
        while position >= 0:
            element = text.element_at(position)
            if enclosing_link(element) is None:
                return position, element
            position = text.text.find(probe, position + 1)
    for heading in ctx.select("h1"):
        index = text.index_of(heading)
        if index is not None and ctx.text(heading):
            return index, heading
    title_text = _title_text(ctx)
    position = text.text.find(title_text) if len(title_text) >= 4 else -1
    if position >= 0:
        return position, text.element_at(position)
    return None, None


def _title_text(ctx) -> str:
    """The first part of the document title ("文章标题_网站名称" gives "文章标题")."""
    title = next(iter(ctx.select("title")), None)
    return re.split(r"[_|－—]| - ", ctx.text(title))[0].strip() if title is not None else ""


# --- numbers -------------------------------------------------------------------------------------------------

def luhn_valid(digits: str) -> bool:
    total = 0
    for position, character in enumerate(reversed(digits)):
        value = int(character)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def resident_id_valid(number: str, today: date | None = None) -> bool:
    """A valid 18-character resident identity number (GB 11643-1999): a province-level division code, a real
    date of birth not in the future, and the ISO 7064 MOD 11-2 check character."""
    if len(number) != 18 or not (number[:17].isascii() and number[:17].isdigit()):
        return False
    if number[:2] not in provinces():
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or date.today()):
        return False
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


def mask(value: str, keep_start: int, keep_end: int) -> str:
    """The value with its middle hidden: mask("110101199003071234", 6, 4) == "110101********1234"."""
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    return value[:keep_start] + "*" * (len(value) - keep_start - keep_end) + value[len(value) - keep_end:]


def query_value(address: str, name: str) -> str | None:
    """A query parameter of an address, also when the query sits in the fragment (``#/query?code=…``)."""
    parts = split_url(address)
    if parts is None:
        return None
    for query in (parts.query, parts.fragment.split("?", 1)[1] if "?" in parts.fragment else ""):
        for key, values in parse_qs(query).items():
            if key.lower() == name.lower() and values:
                return values[0].strip()
    return None
