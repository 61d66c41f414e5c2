r"""Links and resources must not point at local, intranet or insecure addresses, and menus need real links.

## What it checks
Static pre-checks for broken links (the liveness of links needs the network and is not checked here):

- **Local and intranet addresses.** A link (`a`, `area`), form action or resource (`img`, `script`, `link`,
  `iframe`, `frame`, media sources, `object`) whose address is a `file:` URL or a Windows path (`C:\…`,
  `\\server\…`), `localhost` or a loopback address, a private IPv4 address (10/8, 172.16/12, 192.168/16, also
  169.254/16) or private IPv6 address, or an intranet host name (`.local`, `.lan`, `.internal`…). Such addresses
  work on the editor's computer or inside the office network only; from outside, every visitor gets an error.
- **Mixed content.** On a page whose own address (canonical link, `Url`/`og:url` meta, "saved from url"
  comment), or failing that its `SiteDomain` meta, says `https`, a resource loaded over `http://`: browsers
  block scripts, style sheets and frames loaded that way, and flag or upgrade images.
- **Menus without addresses** (needs review). In navigation — `<nav>`, `role="navigation"`, or an element whose
  id or class names a menu (`nav`, `menu`, `daohang`, `lanmu`) — links whose `href` is empty, `#` or
  `javascript:`. They often open a submenu by mouse only; without a script, and for many keyboard and
  screen-reader users, they lead nowhere. Links marked as buttons or disclosure controls (`role="button"`,
  `aria-expanded`, `aria-haspopup`, `aria-controls`) are left alone. One finding per menu.

The checks apply to any page, in any language; the rule carries jurisdiction CN so that it runs in the `gov-cn`
profile (it implements the Chinese inspection indicator 链接可用性). Select `CN013` or `link-hygiene` to run it with
another profile.

## Why it matters
The inspections deduct for every link on the home page and other pages that cannot be opened, and a high
error-link rate is a common reason for failing them. Mixed content makes browsers show a "not secure" warning, or
silently break scripts and styles, on a site that is otherwise served over https.

## How to fix
Upload the file and link to its public address; replace intranet addresses with public ones; load every
resource over `https://` (or with a relative address); give menu headings a real address, or make them buttons
that open the submenu with the keyboard too.

## Failing example
```html
<html lang="zh-CN"><title>通知</title><body><p>附件：<a href="file:///C:/Users/admin/Desktop/通知.docx">通知.docx</a></p>
<p><img src="http://192.168.1.20/upload/2024/photo.jpg" alt="现场照片"></p></body></html>
```

```html
<html lang="en"><head><title>Notice</title><link rel="canonical" href="https://www.example.gov/notice.html">
<script src="http://cdn.example.com/jquery.js"></script></head><body><p>Text.</p></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="javascript:void(0)">政务公开</a></li><li><a href="#">政务服务</a></li>
</ul></div></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>通知</title><link rel="canonical" href="https://www.example.gov.cn/tzgg/1.html">
<script src="/js/jquery.js"></script></head><body><p>附件：<a href="/files/通知.docx">通知.docx</a></p>
<p><a href="http://www.beian.gov.cn/">公安备案</a></p></body></html>
```

```html
<html lang="en"><title>Home</title><body><nav><ul>
<li><a href="/">Home</a></li><li><a href="#" aria-expanded="false" aria-controls="services">Services</a></li>
</ul></nav></body></html>
```

## Options
- `navigation-names` (list of strings): patterns searched in id/class tokens to find menus.
- `intranet-hosts` (list of strings): host names or suffixes (with a leading dot) that only resolve inside an
  intranet. Defaults in `rules/data/gov-cn.toml`, `[links]`.

## Corpus
On the 40 `corpus/cn` pages: no local, intranet or `file:` address; no mixed content on the 6 pages whose address
says https. Menus with `#` or `javascript:` items, for review, on 6 pages (7 menus): the 繁体 switches of
`gne-shanxi` and `mhxqwer-hjhbjft`, the 大 中 小 text-size links of `mhxqwer-htqcznd`, 长者助手 on `mhxqwer-wyxby`,
移动版/登录/注册 on `mhxqwer-sykfjax`, two unnamed icon links on `gdhrss-clone`. On the whole corpus (180 pages),
mixed content on 2 pages (`jm/…jis.gov.jm…`: an http favicon; `us/…file2`: http images and a weather script).

## References
- 政府网站与政务新媒体检查指标 / 2017 普查: 首页及其他页面不能正常访问的链接数量 (self-check form,
  http://wsb.nanning.gov.cn/xxgk/zwdt/tzgg/t206701.html) — research/COMPLIANCE.md CN-CHK-04.
- W3C Mixed Content: https://www.w3.org/TR/mixed-content/
- RFC 1918 (private IPv4 address space) and RFC 4193 (unique local IPv6 addresses).
"""

import ipaddress
import re

from a11ylint import cnmarks, pageinfo
from a11ylint.links import link_name
from a11ylint.rule import Fail, Option, Review, Text, rule

_DATA = cnmarks.data()["links"]
# (selector, attribute, is a resource the page loads)
_ADDRESSES = (
    ("a[href]", "href", False), ("area[href]", "href", False), ("form[action]", "action", False),
    ("img[src]", "src", True), ("script[src]", "src", True), ("link[href]", "href", None),
    ("iframe[src]", "src", True), ("frame[src]", "src", True), ("source[src]", "src", True),
    ("video[src]", "src", True), ("audio[src]", "src", True), ("track[src]", "src", True),
    ("embed[src]", "src", True), ("object[data]", "data", True), ("input[src]", "src", True),
)
_LOADED_LINKS = frozenset(("stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                           "manifest", "mask-icon"))
_PRIVATE = tuple(ipaddress.ip_network(network) for network in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "fc00::/7", "fe80::/10"))
_LOOPBACK = tuple(ipaddress.ip_network(network) for network in ("127.0.0.0/8", "0.0.0.0/8", "::1/128"))
_WINDOWS_PATH = re.compile(r"^(?:[a-zA-Z]:[\\/]|\\\\[^\\])")
_NETWORK_ADDRESS = re.compile(r"^(?:https?:|ftp:)?//", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"^(?:#?|javascript:.*)$", re.IGNORECASE | re.DOTALL)
_KIND_TEXT = {
    "file": ("a file on a local disk", "本地磁盘上的文件"),
    "loopback": ("this computer (localhost)", "本机地址（localhost）"),
    "private": ("a private network address", "内网地址"),
    "intranet": ("an intranet host", "内网主机"),
}


@rule(
    code="CN013",
    name="link-hygiene",
    title=Text("Links and resources must not point at local, intranet or insecure addresses",
               "链接和资源不得指向本地、内网或不安全的地址"),
    messages={
        "local": Text("<{tag}> points at {kind}: {address}, which visitors cannot open; use the public address",
                      "<{tag}> 指向{kind}：{address}，访问者无法打开；请改为公网可访问的地址"),
        "mixed": Text("<{tag}> loads {address} over http on an https page; load it over https",
                      "https 页面中的 <{tag}> 通过 http 加载 {address}；请改为 https 地址"),
        "menu": Text("Links without an address (#, javascript: or empty) in this menu: {count} ({names}); give them "
                     "real addresses, or make them buttons that work with the keyboard",
                     "此导航菜单中有 {count} 个链接没有实际地址（#、javascript: 或空）：{names}；请设置有效地址，"
                     "或改为可用键盘操作的按钮"),
    },
    jurisdiction=("CN",),
    requirements=("CN-CHK-04",),
    tags=("links",),
    severity="error",
    impact="serious",
    options=[
        Option("navigation-names", "list[str]", _DATA["navigation-names"],
               "Patterns searched in id/class tokens to find menus."),
        Option("intranet-hosts", "list[str]", _DATA["intranet-hosts"], "Intranet host names or .suffixes."),
    ],
    fix=Text("Use public https addresses, and give menu items real addresses",
             "使用公网可访问的 https 地址，并为导航菜单项设置有效地址"),
)
def check(root, ctx):
    https = pageinfo.page_is_https(ctx)
    zh = ctx.lang == "zh"
    kinds = {}  # a page repeats its addresses (menus, logos, scripts): each is decided once
    for selector, attribute, loaded in _ADDRESSES:
        for element in ctx.select(selector):
            address = (element.get(attribute) or "").strip()
            if not address:
                continue
            is_loaded = loaded if loaded is not None else bool(
                _LOADED_LINKS & set((element.get("rel") or "").lower().split()))
            if address not in kinds:
                kinds[address] = _local_kind(address, ctx.options["intranet-hosts"])
            kind = kinds[address]
            if kind:
                yield Fail("local", element=element, tag=element.tag, kind=_KIND_TEXT[kind][1 if zh else 0],
                           address=address[:80])
            elif https and is_loaded and address.lower().startswith("http://"):
                yield Fail("mixed", element=element, tag=element.tag, address=address[:80])
    yield from _menus(ctx, zh)


def _local_kind(address: str, intranet) -> str | None:
    if address.lower().startswith("file:") or _WINDOWS_PATH.match(address):
        return "file"
    if not _NETWORK_ADDRESS.match(address):
        return None
    host = pageinfo.host_of(address)
    if not host:
        return None
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        ip = None
    if ip is not None:
        if any(ip in network for network in _LOOPBACK if network.version == ip.version):
            return "loopback"
        if any(ip in network for network in _PRIVATE if network.version == ip.version):
            return "private"
        return None
    if host == "localhost" or host.endswith(".localhost"):
        return "loopback"
    if pageinfo.host_matches(host, intranet):
        return "intranet"
    return None


def _menus(ctx, zh: bool):
    patterns = [re.compile(pattern, re.IGNORECASE) for pattern in ctx.options["navigation-names"]]
    menu_names = {}  # a page repeats a few hundred id and class names over thousands of elements

    def names_menu(token: str) -> bool:
        if token not in menu_names:
            menu_names[token] = any(pattern.search(token) for pattern in patterns)
        return menu_names[token]

    menus = []
    for element in ctx.select("nav, [role], [id], [class]"):
        if element.tag == "nav" or ctx.role(element) == "navigation" or any(
                names_menu(token) for token in [element.get("id") or "", *(element.get("class") or "").split()]
                if token):
            if element.tag in ("a", "li", "body", "html"):
                continue
            menus.append(element)
    chosen = set(menus)
    for menu in menus:
        if any(ancestor in chosen for ancestor in menu.iterancestors()):
            continue
        placeholders = []
        for link in menu.iter("a"):
            href = link.get("href")
            if href is None or not _PLACEHOLDER.match(href.strip()):
                continue
            if link.get("role") == "button" or any(link.get(name) is not None for name in
                                                   ("aria-expanded", "aria-haspopup", "aria-controls")):
                continue
            if ctx.is_hidden(link):
                continue
            placeholders.append(link)
        if placeholders:
            names = [link_name(link, ctx) or "?" for link in placeholders[:3]]
            shown = ("、" if zh else ", ").join(names) + ("…" if len(placeholders) > 3 else "")
            yield Review("menu", element=menu, count=len(placeholders), names=shown)
