"""Fetching pages (and remote sitemaps) over HTTP(S) for a batch, with the standard library only.

Only http and https, each redirect checked and followed by hand (at most five), a size cap that holds after
gzip, a time limit per request, a pause between requests to one host, and no requests to loopback, private
or link-local addresses unless the options allow them. Every failure is a :class:`FetchError` here and an
``error`` on the page in :func:`fetch`, never an exception out of it.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit, quote

from .. import __version__
from .bodies import HTML_TYPES, BodyError, BodyTooLarge, decoded_body, looks_like_html, parse_content_type
from .model import PageInput
from .options import SourceOptions

USER_AGENT = f"a11ylint/{__version__} (accessibility linter; batch mode)"
MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
FETCHABLE_SCHEMES = ("http", "https")
_CHUNK = 64 * 1024
# Printable ASCII stays as written (the URL's own escapes included); spaces and non-ASCII get %-escaped.
_URL_SAFE = "".join(chr(code) for code in range(0x21, 0x7F))


class FetchError(Exception):
    """A URL could not be fetched; ``status`` and ``redirect_to`` tell how far it got."""

    def __init__(self, message: str, status: int | None = None, redirect_to: str | None = None):
        super().__init__(message)
        self.status = status
        self.redirect_to = redirect_to


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    media_type: str | None
    charset: str | None
    body: bytes | None  # None when the caller did not want it (not 2xx, not a wanted type)
    redirected: bool


class HostLimiter:
    """Spaces requests to one host ``delay`` seconds apart within this process; threads share it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}

    def wait(self, host: str, delay: float) -> None:
        with self._lock:  # book the slot under the lock, sleep outside it so other hosts are not held up
            now = self._clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + delay
        if slot > now:
            self._sleep(slot - now)


HOST_LIMITER = HostLimiter()


def needs_fetch(page: PageInput) -> bool:
    """A page that names a URL but has not been fetched yet (sitemap, URL list and single-URL inputs)."""
    return (page.url is not None and page.path is None and page.data is None and page.status is None
            and page.error is None)


def fetch(page: PageInput, options: SourceOptions = SourceOptions()) -> PageInput:
    """``page`` with its URL fetched: ``status``, ``content_type``, ``transport_encoding`` and, for a 2xx HTML
    page, ``data``. After redirects, ``redirect_to`` is the final URL (``url`` and ``key`` stay the requested
    ones). A 2xx that is not HTML keeps ``data`` None. Failures set ``error``."""
    if page.url is None:
        return replace(page, error="no URL to fetch")
    try:
        response = download(page.url, options, options.max_bytes,
                            lambda media_type: media_type is None or media_type in HTML_TYPES)
    except FetchError as exc:
        return replace(page, error=str(exc), status=exc.status, redirect_to=exc.redirect_to)
    data = response.body
    if data is not None and response.media_type is None and not looks_like_html(data):
        data = None
    return replace(page, status=response.status, content_type=response.media_type,
                   transport_encoding=response.charset, data=data,
                   redirect_to=response.url if response.redirected else None, error=None)


def download(url: str, options: SourceOptions, limit: int, want_body: Callable[[str | None], bool]) -> Response:
    """GET ``url``, following redirects; the body of a 2xx response is read (at most ``limit`` bytes after
    decompression) when ``want_body(media type)`` says so. Raises :class:`FetchError`."""
    current = _checked_url(url, options)
    for hop in range(MAX_REDIRECTS + 1):
        HOST_LIMITER.wait(urlsplit(current).hostname or "", options.delay_per_host)
        deadline = time.monotonic() + options.timeout
        request = urllib.request.Request(current, headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Encoding": "gzip, deflate",
        })
        try:
            with _OPENER.open(request, timeout=options.timeout) as response:
                status = response.status
                location = response.headers.get("Location")
                if status in REDIRECT_STATUSES and location:
                    target = urljoin(current, location.strip())
                    if hop == MAX_REDIRECTS:
                        raise FetchError(f"more than {MAX_REDIRECTS} redirects", status, target)
                    try:
                        current = _checked_url(target, options)
                    except FetchError as exc:
                        raise FetchError(f"redirect refused: {exc}", status, target) from None
                    continue
                media_type, charset = parse_content_type(response.headers.get("Content-Type"))
                body = None
                if 200 <= status < 300 and want_body(media_type):
                    body = _read_body(response, limit, deadline, options.timeout, status)
                return Response(current, status, media_type, charset, body, redirected=hop > 0)
        except FetchError:
            raise
        except (OSError, http.client.HTTPException, ValueError) as exc:
            raise FetchError(_reason(exc, options.timeout)) from None
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


def _read_body(response, limit: int, deadline: float, timeout: float, status: int) -> bytes:
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise FetchError(f"page body larger than {limit} bytes (Content-Length {declared})", status)

    def chunks() -> Iterator[bytes]:
        while True:
            if time.monotonic() > deadline:
                raise FetchError(f"timed out after {timeout:g} s while reading the body", status)
            chunk = response.read1(_CHUNK)
            if not chunk:
                return
            yield chunk

    try:
        return decoded_body(chunks(), response.headers.get("Content-Encoding"), limit)
    except BodyTooLarge:
        raise FetchError(f"page body larger than {limit} bytes", status) from None
    except BodyError as exc:
        raise FetchError(str(exc), status) from None


def _checked_url(url: str, options: SourceOptions) -> str:
    """``url`` in the ASCII form urllib needs, once its scheme and (unless allowed) its address are checked."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"invalid URL {url!r}: {exc}") from None
    if parts.scheme.lower() not in FETCHABLE_SCHEMES:
        raise FetchError(f"only http and https URLs are fetched, not {url!r}")
    if not host:
        raise FetchError(f"invalid URL {url!r}: no host")
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise FetchError(f"invalid host name in {url!r}") from None
    if not options.allow_private:
        _refuse_private(ascii_host, port)
    netloc = parts.netloc
    if not host.isascii():
        netloc = ascii_host + (f":{parts.port}" if parts.port else "")
        if "@" in parts.netloc:
            netloc = parts.netloc.rsplit("@", 1)[0] + "@" + netloc
    # The fragment never goes to the server.
    return urlunsplit((parts.scheme.lower(), netloc, quote(parts.path, _URL_SAFE), quote(parts.query, _URL_SAFE), ""))


def _refuse_private(host: str, port: int) -> None:
    # The address is checked here and urllib resolves the name again when it connects: a DNS server that
    # changes its answer in between could still slip through. That is acceptable for a linter that the
    # user points at sites; a hosted service would connect to the checked address itself.
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host}: {getattr(exc, 'strerror', None) or exc}") from None
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0].split("%", 1)[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        if not address.is_global or address.is_multicast:
            raise FetchError(f"{host} is at {address}, a {_address_kind(address)} address; "
                             "such addresses are fetched only when private addresses are allowed")


def _address_kind(address) -> str:
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


def _reason(exc: BaseException, timeout: float) -> str:
    """One line saying why a request failed."""
    if isinstance(exc, urllib.error.URLError):
        if not isinstance(exc.reason, BaseException):
            return str(exc.reason)
        exc = exc.reason
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, http.client.HTTPException):
        return f"bad HTTP response ({type(exc).__name__}: {exc})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class _KeepEveryStatus(urllib.request.HTTPErrorProcessor):
    """Hand 3xx, 4xx and 5xx responses back instead of raising, so that :func:`download` follows redirects
    itself, checking every hop, and records error statuses as statuses."""

    def http_response(self, request, response):
        return response

    https_response = http_response


def _build_opener() -> urllib.request.OpenerDirector:
    # Built by hand rather than with build_opener(): no file:, ftp: or data: handlers, no automatic redirects.
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    _KeepEveryStatus()):
        opener.add_handler(handler)
    return opener


_OPENER = _build_opener()
