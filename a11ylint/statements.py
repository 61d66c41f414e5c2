"""Policy statements and notices read from the markup: accessibility statements (what a UK or EU statement
must contain), privacy-policy links on pages whose forms collect personal data, and cookie banners and
tracking scripts. The dictionaries live in ``rules/data/statements.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .data import load
from .dom import normalize_space

_UNUSABLE_HREF = re.compile(r"^\s*(?:#.*|javascript:.*|)$", re.IGNORECASE | re.DOTALL)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_FULL = re.compile(r"fully|vollständig|totale|totalement|pienamente|totalmente|plenamente|volledig|w pełni|"
                   r"całkowicie|\bhelt\b|fuldt|täysin|llawn")
_PARTIAL = re.compile(r"partial|partly|\bnot\b|\bnon\b|teilweise|nicht|partiel|non |parzial|parcial|gedeeltelijk|"
                      r"deels|niet|częściowo|niezgodn|delvis|delvist|ikke|osittain|ei täytä|não|no es|no está")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def normalize(text: str) -> str:
    """Whitespace collapsed, lower case, curly apostrophes and quotes made straight."""
    return normalize_space(text).lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"') \
        .replace("\u201d", '"').replace("\u00a0", " ")


def usable_href(link) -> bool:
    href = link.get("href")
    return href is not None and not _UNUSABLE_HREF.match(href)


def host_of(href: str) -> str:
    try:
        return (urlsplit(href.strip()).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def host_matches(host: str, domains) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


# --- accessibility statements --------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _statement_data() -> dict:
    data = load("statements")["statement"]
    compiled = {}
    for lang, table in data.items():
        if lang in ("names", "enforcement"):
            continue
        compiled[lang] = {key: re.compile(value, re.IGNORECASE) for key, value in table.items()}
    enforcement = {region: (re.compile(table["names"], re.IGNORECASE), tuple(table["hosts"]))
                   for region, table in data["enforcement"].items()}
    names = {lang: tuple(normalize(name) for name in values) for lang, values in data["names"].items()}
    return {"names": names, "languages": compiled, "enforcement": enforcement}


@dataclass
class StatementPage:
    lang: str  # the language whose statement name matched
    name: str  # the name found ("accessibility statement")
    element: object  # the <h1> (or <title>) that names the page


def statement_page(ctx, languages: tuple[str, ...] | None = None) -> StatementPage | None:
    """The page as an accessibility statement, when its <title> or an <h1> is called one (in ``languages``,
    or any known language)."""
    names = _statement_data()["names"]
    for element in ctx.select("h1") + ctx.select("title"):
        text = normalize(ctx.text(element))
        for lang, values in names.items():
            if languages is not None and lang not in languages:
                continue
            for name in values:
                if name in text and (element.tag == "title" or not ctx.is_invisible(element)):
                    return StatementPage(lang, name, element)
    return None


def _content_root(ctx):
    mains = [element for element in ctx.select("main, [role=main]") if not ctx.is_invisible(element)]
    if mains:
        return mains[0]
    bodies = ctx.select("body")
    return bodies[0] if bodies else ctx.root


def statement_problems(ctx, page: StatementPage, region: str, extra_hosts=(), extra_names=()) -> list:
    """What the statement lacks, as (message key, data, element) tuples. ``region`` is "uk" or "eu": whose
    enforcement bodies count."""
    data = _statement_data()
    patterns = data["languages"].get(page.lang)
    english = data["languages"]["en"]
    root = _content_root(ctx)
    text = normalize(ctx.text(root))
    found = []

    # Compliance status and, unless fully compliant, the non-accessible content.
    if patterns is not None:
        statuses = [match.group(0) for match in patterns["status"].finditer(text)]
        if not statuses:
            found.append(("status", {}, page.element))
        fully = statuses and all(_FULL.search(status) and not _PARTIAL.search(status) for status in statuses)
        if not fully and not patterns["non_accessible"].search(text):
            found.append(("non-accessible", {}, page.element))

    links = [link for link in root.iter("a") if isinstance(link.tag, str) and not ctx.is_invisible(link)]

    # The enforcement procedure: a link to the enforcement body, or a link in the enforcement section.
    body_names, hosts = data["enforcement"][region]
    hosts = hosts + tuple(extra_hosts)
    extra = [re.compile(re.escape(normalize(name)), re.IGNORECASE) for name in extra_names]
    procedure = [pattern["enforcement"] for pattern in (patterns, english) if pattern is not None]
    enforcement_links = []
    for link in links:
        if not usable_href(link):
            continue
        name = normalize(ctx.accessible_name(link) or ctx.text(link))
        if host_matches(host_of(link.get("href")), hosts) or body_names.search(name) or any(
                pattern.search(name) for pattern in extra + procedure):
            enforcement_links.append(link)
    if not enforcement_links and not _link_in_section(ctx, root, procedure + [body_names]):
        mention = body_names.search(text) or next(
            (match for match in (pattern.search(text) for pattern in extra + procedure) if match), None)
        if mention:
            enforcement = ("enforcement-link", {"mention": normalize_space(mention.group(0))}, page.element)
        else:
            enforcement = ("enforcement", {}, page.element)
    else:
        enforcement = None

    # Feedback and contact: a mailto: link, a form to write in, or a contact / feedback link (not the link
    # to the enforcement body, which also says "contact").
    contact_words = [pattern["contact"] for pattern in (patterns, english) if pattern is not None]
    has_contact = any((link.get("href") or "").strip().lower().startswith("mailto:") for link in links)
    has_contact = has_contact or _has_message_form(root)
    if not has_contact:
        for link in links:
            if link in enforcement_links or not usable_href(link):
                continue
            name = normalize(ctx.accessible_name(link) or ctx.text(link))
            if any(words.search(name) for words in contact_words):
                has_contact = True
                break
    if not has_contact:
        email = _EMAIL.search(ctx.text(root))
        if email:
            found.append(("contact-text", {"email": email.group(0)}, page.element))
        else:
            found.append(("contact", {}, page.element))
    if enforcement is not None:
        found.append(enforcement)

    # When it was prepared or last reviewed: a date phrase with a year next to it (after it, or before it
    # where the verb comes last: "Diese Erklärung wurde am 22. September 2020 erstellt").
    if patterns is not None:
        dated = any(_YEAR.search(text[max(0, match.start() - 60):match.end() + 120])
                    for match in patterns["date"].finditer(text))
    else:
        dated = bool(_YEAR.search(text))
    if not dated:
        found.append(("date", {}, page.element))
    return found


def _has_message_form(root) -> bool:
    """A form to write a message in (a textarea or an email field), not a search box."""
    for form in root.iter("form"):
        if (form.get("role") or "").lower() == "search":
            continue
        for field in form.iter("textarea", "input"):
            if field.tag == "textarea" or (field.get("type") or "").strip().lower() == "email":
                return True
    return False


def _link_in_section(ctx, root, patterns) -> bool:
    """A usable link under a heading that matches one of ``patterns`` (before the next heading of the same
    or a higher level)."""
    heading_level = None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _HEADINGS:
            level = int(element.tag[1])
            if heading_level is not None and level <= heading_level:
                heading_level = None
            if heading_level is None and any(pattern.search(normalize(ctx.text(element))) for pattern in patterns):
                heading_level = level
            continue
        if heading_level is not None and element.tag == "a" and usable_href(element):
            return True
    return False


# --- privacy links on forms ----------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _privacy_data() -> dict:
    data = load("statements")["privacy"]
    return {
        "link": re.compile(data["link"], re.IGNORECASE),
        "href": re.compile(data["href"]),
        "autocomplete": frozenset(data["autocomplete"]),
        "kinds": [(kind, re.compile(pattern, re.IGNORECASE), en, zh) for kind, pattern, en, zh in data["kinds"]],
        "not_personal": re.compile(data["not_personal"], re.IGNORECASE),
    }


_NOT_FIELDS = frozenset(("hidden", "submit", "button", "image", "reset", "checkbox", "radio", "file", "range",
                         "color", "search", "password", "date", "datetime-local", "month", "week", "time"))
_AUTOCOMPLETE_KIND = {"email": "email", "tel": "phone", "tel-national": "phone", "tel-local": "phone",
                      "street-address": "address", "address-line1": "address", "address-line2": "address",
                      "address-line3": "address", "postal-code": "address", "bday": "name"}


def personal_field_kind(field, ctx) -> tuple[str, str, str] | None:
    """(kind, English label, Chinese label) of a form field that collects personal data, or None."""
    field_type = (field.get("type") or "text").strip().lower()
    if field.tag == "input" and field_type in _NOT_FIELDS:
        return None
    if field.tag not in ("input", "textarea"):
        return None
    found = _field_kind(field, field_type, ctx)
    if found is None or ctx.is_invisible(field):
        return None
    return found


def _field_kind(field, field_type: str, ctx) -> tuple[str, str, str] | None:
    data = _privacy_data()
    kinds = {kind: (kind, en, zh) for kind, _, en, zh in data["kinds"]}
    tokens = (field.get("autocomplete") or "").strip().lower().split()
    for token in tokens:
        if token in data["autocomplete"]:
            return kinds[_AUTOCOMPLETE_KIND.get(token, "name")]
    if field_type == "email":
        return kinds["email"]
    if field_type == "tel":
        return kinds["phone"]
    hints = " ".join(value for value in (field.get("name"), field.get("id"), ctx.accessible_name(field)) if value)
    if not hints or data["not_personal"].search(hints):
        return None
    for kind, pattern, en, zh in data["kinds"]:
        if any(pattern.search(value) for value in (field.get("name") or "", field.get("id") or "",
                                                   normalize(ctx.accessible_name(field)))):
            return kind, en, zh
    return None


def personal_data_forms(ctx) -> list[tuple[object, list[tuple[str, str, str]]]]:
    """(form, kinds of personal data it collects) for every form that collects some, in document order.
    Fields outside any form but with a form owner attribute are counted with their form."""
    found = []
    forms = {}
    for field in ctx.select("input, textarea"):
        kind = personal_field_kind(field, ctx)
        if kind is None:
            continue
        owner = field.get("form")
        form = (ctx.ids().get(owner) or [None])[0] if owner else next(field.iterancestors("form"), None)
        key = form if form is not None else field
        if key not in forms:
            forms[key] = []
            found.append((key, forms[key]))
        if kind not in forms[key]:
            forms[key].append(kind)
    return found


def privacy_link(ctx):
    """The first usable link whose text or href names a privacy policy, or None."""
    data = _privacy_data()
    for link in ctx.select("a[href], area[href]"):
        if not usable_href(link) or ctx.is_hidden(link):
            continue
        name = normalize(ctx.accessible_name(link) or ctx.text(link))
        if data["link"].search(name) or data["href"].search(link.get("href")):
            return link
    return None


# --- cookie banners and trackers -----------------------------------------------------------------------


@lru_cache(maxsize=None)
def _cookie_data() -> dict:
    data = load("statements")["cookies"]
    return {
        "hosts": tuple(data["tracker_hosts"]),
        "inline": re.compile(data["tracker_inline"], re.IGNORECASE),
        "guard": re.compile(data["consent_guard"], re.IGNORECASE),
        "hook": re.compile(data["banner_hook"], re.IGNORECASE),
        "text": re.compile(data["banner_text"], re.IGNORECASE),
        "accept": re.compile(data["accept"], re.IGNORECASE),
        "acknowledge": re.compile(data["acknowledge"], re.IGNORECASE),
        "services": [(re.compile(pattern, re.IGNORECASE), name) for pattern, name in data["services"]],
        "reject": re.compile(data["reject"], re.IGNORECASE),
    }


_SCRIPT_TYPES = frozenset(("", "text/javascript", "application/javascript", "module", "text/ecmascript",
                           "application/ecmascript", "text/jscript", "text/livescript", "application/x-javascript"))


def runs_on_load(script) -> bool:
    """A script the browser runs as it loads the page: a JavaScript type (not the ``text/plain`` that
    consent managers use to hold scripts back) and no consent-manager attribute."""
    script_type = (script.get("type") or "").strip().lower()
    if script_type not in _SCRIPT_TYPES:
        return False
    return not any(name.startswith(("data-cookieconsent", "data-consent", "data-cookiecategory", "data-category",
                                    "data-usercentrics", "data-cookie-consent", "data-ot-", "data-cmp"))
                   for name in script.attrib)


def unconditional_trackers(ctx) -> list[tuple[object, str, str]]:
    """(script, service, host or snippet) for tracking scripts that run on page load without waiting for
    consent: external scripts from known analytics and advertising hosts, and inline snippets that load
    them with no consent check in sight. One per service."""
    data = _cookie_data()
    found = []
    seen = set()
    for script in ctx.select("script"):
        if ctx.in_template(script) or not runs_on_load(script):
            continue
        source = (script.get("src") or "").strip()
        if source:
            host = host_of("https:" + source if source.startswith("//") else source)
            if not host or not host_matches(host, data["hosts"]):
                continue
            what = host
        else:
            code = script.text or ""
            match = data["inline"].search(code)
            if not match or data["guard"].search(code):
                continue
            what = match.group(0)
        service = next((name for pattern, name in data["services"] if pattern.search(what)), what)
        if service not in seen:
            seen.add(service)
            found.append((script, service, what))
    return found


@dataclass
class CookieBanner:
    element: object
    accept: list[str]  # names of controls that accept
    reject: list[str]  # names of controls that reject
    acknowledge: list[str]  # names of controls that only close a notice ("OK", "Got it")


def cookie_banners(ctx) -> list[CookieBanner]:
    """Cookie banners: outermost elements whose id, class or label names cookies or consent, whose text
    mentions cookies and that hold buttons or links; with the names of the controls that accept and reject.
    Banners that are hidden until a script shows them count too."""
    data = _cookie_data()
    candidates = []
    for element in ctx.select("div, section, aside, form, dialog, footer, header, [role=dialog], "
                              "[role=alertdialog], [role=region]"):
        hooks = " ".join(value for value in (element.get("id"), element.get("class"), element.get("aria-label"),
                                             element.get("data-module")) if value)
        if not hooks or not data["hook"].search(hooks):
            continue
        if element.tag in ("footer", "header") and "cookie" not in hooks.lower():
            continue
        candidates.append(element)
    chosen = set(candidates)
    banners = []
    for element in candidates:
        if any(ancestor in chosen for ancestor in element.iterancestors()):
            continue
        if not data["text"].search(ctx.text(element)):
            continue
        accept, reject, acknowledge = [], [], []
        for control in element.iter("button", "a", "input"):
            if control.tag == "input" and (control.get("type") or "").strip().lower() not in ("button", "submit"):
                continue
            name = normalize(ctx.accessible_name(control) or ctx.text(control) or control.get("value") or "")
            if not name or len(name) > 60:
                continue
            if data["reject"].search(name):
                reject.append(name)
            elif data["accept"].search(name):
                accept.append(name)
            elif data["acknowledge"].search(name):
                acknowledge.append(name)
        if accept or reject or acknowledge:
            banners.append(CookieBanner(element, accept, reject, acknowledge))
    return banners
