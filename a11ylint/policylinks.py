"""Required policy links in the footer (privacy, contact, site map, accessibility statement, FOIA...).

The dictionaries live in ``rules/data/policy-links.toml``, one table per jurisdiction; rule options add
names and links or change which are required. A link is found when a link in the footer area
(:mod:`a11ylint.footer`) has a matching accessible name or href. Its href must be usable: not empty, not
``#``, not ``javascript:``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .data import load
from .dom import normalize_space
from .footer import footer_area
from .pageinfo import is_home_page

_UNUSABLE = re.compile(r"^\s*(?:#\s*|javascript:.*|)$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class LinkSpec:
    key: str
    label: str
    label_zh: str
    names: tuple[str, ...]
    hrefs: tuple[str, ...]
    home_page_only: bool = False


@dataclass(frozen=True)
class LinkStatus:
    spec: LinkSpec
    state: str  # "linked" | "unusable" | "text" | "missing"
    link: object = None  # the matching <a>, when there is one


def specs(jurisdiction: str, options: dict) -> tuple[list[LinkSpec], list[str]]:
    """The link dictionary of a jurisdiction with the rule's ``names`` option merged in, and the keys the
    ``required`` option (or the data file) asks for."""
    table = load("policy-links")[jurisdiction]
    links = {key: dict(entry) for key, entry in table["links"].items()}
    for key, names in (options.get("names") or {}).items():
        # A link the user defines is shown by the first name they give it.
        shown = names[0] if names else key
        entry = links.setdefault(key, {"label": shown, "label_zh": shown, "names": [], "hrefs": []})
        entry["names"] = list(entry.get("names", ())) + list(names)
    required = list(options.get("required") or table["required"])
    found = []
    for key, entry in links.items():
        found.append(LinkSpec(key, entry.get("label", key), entry.get("label_zh", key),
                              tuple(normalize_space(name).lower() for name in entry.get("names", ())),
                              tuple(href.lower() for href in entry.get("hrefs", ())),
                              bool(entry.get("home_page_only", False))))
    return found, required


def status(spec: LinkSpec, ctx) -> LinkStatus:
    area = footer_area(ctx)
    candidates = []
    for link in area.links:
        name = normalize_space(ctx.accessible_name(link) or ctx.text(link)).lower()
        href = (link.get("href") or "").strip()
        if name_matches(name, spec.names) or (href and any(part in href.lower() for part in spec.hrefs)):
            candidates.append((link, href))
    for link, href in candidates:
        if link.get("href") is not None and not _UNUSABLE.match(href):
            return LinkStatus(spec, "linked", link)
    if candidates:
        return LinkStatus(spec, "unusable", candidates[0][0])
    text = area.text.lower()
    # In running text a lone English word ("about", "privacy") proves nothing; a phrase or a Chinese name does.
    if any(name and (not name.isascii() or " " in name) and _contains(text, name) for name in spec.names):
        return LinkStatus(spec, "text")
    return LinkStatus(spec, "missing")


def _contains(text: str, name: str) -> bool:
    """True when the (lower-case) name occurs in the text: an English name as whole words, a Chinese one
    anywhere."""
    if name.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text) is not None
    return name in text


def name_matches(name: str, names) -> bool:
    """True when a link name (lower case, whitespace collapsed) is one of the names or contains one: English
    names as whole words ("contact" is not found in "contactless"), Chinese ones anywhere."""
    if not name:
        return False
    return any(name == wanted or _contains(name, wanted) for wanted in names)


def check(ctx, jurisdiction: str, lang: str) -> dict:
    """{"missing": [...], "unusable": [...], "unlinked": [...]} labels, for the rule's messages, plus
    "anchor": the element to report at."""
    link_specs, required = specs(jurisdiction, ctx.options)
    home = is_home_page(ctx)
    area = footer_area(ctx)
    # At the footer, or at the footer element a script fills; without either, the finding is about the page.
    anchor = (area.elements or area.empty_containers or [None])[0]
    result = {"missing": [], "unusable": [], "unlinked": [], "anchor": anchor}
    for spec in link_specs:
        if spec.key not in required or (spec.home_page_only and not home):
            continue
        found = status(spec, ctx)
        label = spec.label_zh if lang == "zh" else spec.label
        if found.state == "missing":
            result["missing"].append(label)
        elif found.state == "unusable":
            result["unusable"].append(label)
        elif found.state == "text" and area.links:
            # A footer with no links at all is a text rendition (or built by script): names are all we can judge.
            result["unlinked"].append(label)
    return result


def findings(ctx, jurisdiction: str) -> list:
    """The Fail results of a footer-links rule: one per kind of problem, each naming the links."""
    from .rule import Fail

    result = check(ctx, jurisdiction, ctx.lang)
    joiner = "、" if ctx.lang == "zh" else ", "
    anchor = result["anchor"]
    return [Fail(kind, element=anchor, links=joiner.join(result[kind]))
            for kind in ("missing", "unusable", "unlinked") if result[kind]]


def option_checker(jurisdiction: str):
    """The rule-level check of a footer-links rule's options: every required key must be a link of the data
    file or one that ``names`` defines."""

    def check_options(options: dict) -> str | None:
        link_specs, required = specs(jurisdiction, options)
        known = [spec.key for spec in link_specs]
        unknown = [key for key in required if key not in known]
        if unknown:
            return (f"'required' names {', '.join(map(repr, unknown))}, which is no link of the data file and "
                    f"not defined in 'names' (links: {', '.join(known)})")
        return None

    return check_options


def options():
    """The options every footer-links rule takes."""
    from .rule import Option

    return [
        Option("required", "list[str]", [], "Keys of the links to require (default: the data file's list)."),
        Option("names", "dict[str, list[str]]", {},
               "Extra link texts per key; a new key defines a new link that 'required' can name."),
    ]
