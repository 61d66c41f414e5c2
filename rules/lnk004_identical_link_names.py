"""Links with the same name must lead to the same or equivalent content.

## What it checks
Groups the links of the page (`<a href>`, `<area href>`, `role="link"`, SVG `<a>`) that are exposed to
assistive technology by accessible name (ignoring case and spacing). A group whose links all resolve to the
same address (after `<base href>`) is fine and not reported. A group whose links go to different
addresses is listed once, at its first differing link, for a person to check that the destinations serve
the same purpose (the same page under two URLs, identical copies), or otherwise to give the links distinct
names. Script links (`role="link"` with `onclick`) are compared by their script.

## Why it matters
In a screen reader's list of links, two "Contact us" or five "更多" links look identical. If they lead to
different places, users cannot choose between them and follow the wrong one.

## How to fix
Give links to different destinations different names: "Contact the press office", "Contact the
passport office"; "更多通知公告", "更多政策解读".

## Failing example
```html
<a href="/press/contact.html">Contact us</a> <a href="/passports/contact.html">Contact us</a>
```

## Passing example
```html
<a href="contact.html">Contact us</a> <a href="./contact.html#">Contact us</a>
```

```html
<a href="/press/contact.html">Contact the press office</a> <a href="/passports/contact.html">Contact us</a>
```

## References
- WCAG SC 2.4.9 Link Purpose (Link Only): https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-link-only.html
- WCAG SC 2.4.4 Link Purpose (In Context): https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html
- ACT rule b20e66, Links with identical accessible names have equivalent purpose:
  https://www.w3.org/WAI/standards-guidelines/act/rules/b20e66/
- ACT rule fd3a94, Links with identical accessible names and same context serve equivalent purpose:
  https://www.w3.org/WAI/standards-guidelines/act/rules/fd3a94/
- WCAG failure F84 and technique G91 (link text that describes the purpose of a link):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G91
"""

from urllib.parse import urljoin, urlsplit, urlunsplit

from a11ylint.links import base_url, link_href, links, shown
from a11ylint.rule import Review, Text, rule


def destination(link, base: str) -> str:
    """Where a link goes: its resolved URL (fragment kept, default ports and empty query dropped), or its
    script for script links. "" when unknown."""
    href = link_href(link)
    script = " ".join((link.get("onclick") or "").split())
    if href is None or href.strip() in ("", "#") or href.strip().lower().startswith("javascript:"):
        return "script:" + script if script else ("" if href is None else "href:" + href.strip())
    try:
        resolved = urlsplit(urljoin(base, href.strip()))
        port = resolved.port  # raises on a port that is not a number (":abc")
    except ValueError:
        return "href:" + href.strip()
    netloc = resolved.netloc.lower()
    if port in (80, 443) and resolved.hostname:
        netloc = resolved.hostname
    return urlunsplit((resolved.scheme.lower(), netloc, resolved.path or "/", resolved.query, resolved.fragment))


@rule(
    code="LNK004",
    name="identical-link-names",
    title=Text("Links with the same name must lead to the same or equivalent content",
               "名称相同的链接必须指向相同或等效的内容"),
    messages={"different": Text('{count} links are named "{name}" but go to different places ({first}, {other}); '
                                "check that they lead to equivalent content, otherwise give each a distinct name",
                                "{count} 个链接名称都是“{name}”，但指向不同地址（{first}、{other}）；请确认它们指向"
                                "等效内容，否则请为每个链接取不同的名称")},
    selector=":root",
    wcag=("2.4.4", "2.4.9"),
    level="A",
    act=("b20e66", "fd3a94"),
    standards=("EN-301-549:9.2.4.4", "Section-508:E205.4"),
    tags=("cat.name-role-value", "links", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text('Give links to different destinations different names, e.g. "More notices" and "More policy briefings"',
             "为指向不同地址的链接设置不同的名称，如“更多通知公告”和“更多政策解读”"),
)
def check(root, ctx):
    groups: dict[str, list] = {}
    for link, name in links(ctx):
        key = " ".join(name.split()).casefold()
        if key:
            groups.setdefault(key, []).append((link, name))
    if not any(len(members) > 1 for members in groups.values()):
        return
    base = base_url(ctx)
    for members in groups.values():
        if len(members) < 2:
            continue
        addresses = [destination(link, base) for link, _ in members]
        first = addresses[0]
        differing = next((index for index, address in enumerate(addresses) if address != first or not address), None)
        if differing is None:
            continue
        yield Review("different", element=members[differing][0], count=len(members), name=members[0][1][:60],
                     first=shown(first, base) or "?", other=shown(addresses[differing], base) or "?")
