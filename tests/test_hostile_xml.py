"""XML payloads inside pages: XHTML and SVG are read by the HTML parser, which knows no DTDs and no custom
entities, and the one XML parse html5lib does (to carry the DOCTYPE into lxml) loads no DTD. So an XXE or
billion-laughs page expands nothing, reads no file and makes no request (the lexbor path builds that
DOCTYPE the same way). Sitemaps are covered in
test_batch_sources.py."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler

import pytest
from helpers import quiet_http_server

from a11ylint import Config, Linter
from a11ylint.config import PARSERS
from a11ylint.parse import parse_html

SECRET = "TOP-SECRET-7f3a"


@pytest.fixture
def listener():
    """A local HTTP server that records every request it gets."""
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            requests.append(self.path)
            body = f'<!ENTITY leak "{SECRET}">'.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = quiet_http_server()(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", requests
    server.shutdown()
    server.server_close()


def pages(secret_file, url) -> dict[str, str]:
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{level} "{("&lol" + str(level - 1) + ";") * 10 if level > 1 else "&lol;" * 10}">'
        for level in range(1, 10))
    return {
        "xxe-file": f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
                    '<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><title>t</title><p>&xxe;</p></html>',
        "xxe-http": f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{url}/xxe">]><html lang="en"><title>t</title>'
                    "<p>&xxe;</p></html>",
        "external-dtd": f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{url}/strict.dtd">'
                        '<html lang="en"><title>t</title><p>&leak;</p></html>',
        "file-dtd": f'<!DOCTYPE html SYSTEM "{secret_file.as_uri()}"><html lang="en"><title>t</title><p>x</p>',
        "billion-laughs": f"<!DOCTYPE html [{laughs}]><html lang=\"en\"><title>t</title><p>&lol9;</p></html>",
        "svg-entities": f'<html lang="en"><title>t</title><svg><!DOCTYPE svg [<!ENTITY x SYSTEM "{url}/svg">]>'
                        "<text>&x;</text></svg></html>",
        "quotes-in-system-id": '<!DOCTYPE html SYSTEM "a\'b" PUBLIC "x"><!DOCTYPE html SYSTEM \'"><!ENTITY e "z">\'>'
                               "<p>&e;</p>",
    }


@pytest.mark.parametrize("parser", PARSERS)
def test_xml_payloads_in_pages_expand_read_and_fetch_nothing(tmp_path, listener, parser):
    url, requests = listener
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET, encoding="utf-8")
    linter = Linter(Config(preset="all", parser=parser))
    for name, page in pages(secret_file, url).items():
        document = parse_html(page, parser)
        text = "".join(document.root.itertext())
        assert SECRET not in text, name
        assert "lollollol" not in text, name
        assert len(text) < 400, name
        result = linter.lint_text(page, f"{name}.xhtml")
        assert all(SECRET not in finding.message + finding.snippet for finding in result.findings), name
        assert "SYS002" not in [finding.code for finding in result.findings], name
    assert requests == []


def test_the_doctype_survives_as_written(tmp_path):
    document = parse_html('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                          '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><p>x</p>')
    info = document.tree.docinfo
    assert (info.public_id, info.system_url) == ("-//W3C//DTD XHTML 1.0 Strict//EN",
                                                 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd")
