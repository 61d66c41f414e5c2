"""Small helpers shared by the tests."""

from __future__ import annotations


def lint(html: str, **config):
    """Findings for an HTML string, with config keys as keyword arguments."""
    from a11ylint import Config, Linter

    return Linter(Config(**config)).lint_text(html, "page.html").findings


def codes(html: str, **config) -> list[str]:
    return [finding.code for finding in lint(html, **config) if not finding.suppressed]


def run_cli(*arguments: str):
    """``python -m a11ylint ARGUMENTS`` in a subprocess: the CompletedProcess, with text stdout and stderr."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "a11ylint", *arguments], capture_output=True, text=True)


def parse_signature(document, errors=None) -> list:
    """Everything rules can read from a parsed page, node by node in document order; ``errors``: the parse
    error codes to compare (all by default)."""
    root = document.root
    nodes = [*reversed(list(root.itersiblings(preceding=True))), *root.iter(), *root.itersiblings()]
    rows = []
    for node in nodes:
        if isinstance(node.tag, str):
            rows.append((node.tag, node.text, node.tail, sorted(node.attrib.items()), document.offset(node),
                         document.is_implied(node), document.start_tag_source(node)))
        else:
            rows.append(("#comment", document.comment_text(node), node.tail, document.offset(node)))
    doctype = document.tree.docinfo
    chosen = document.parse_errors if errors is None else document.parse_errors_of(*errors)
    parse_errors = [(error.code, error.offset, sorted(error.data.items())) for error in chosen]
    return [rows, (doctype.doctype, doctype.public_id, doctype.system_url), parse_errors]


def quiet_http_server():
    """http.server's threading server class, quiet when a client hangs up early (the timeout tests do so on
    purpose): the handler thread outlives the test, and its traceback would land in a later test's captured
    stderr."""
    from http.server import ThreadingHTTPServer

    class QuietServer(ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass

    return QuietServer
