"""Style sheets read again on the next page of the same site (issue 8): the cross-page parse cache.

    python bench/css_cache.py [FOLDER] [--pages N]

For the N pages of FOLDER (default ../shared/corpus) with the most inline CSS: CPU time of reading their
style sheets (``a11ylint.css.stylesheets.collect``) the first time, with an empty cache, and again, as the
next page of a site that shares its style sheets would. Both reads must give the same rules.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from a11ylint.css import stylesheets
from a11ylint.encoding import decode_html
from a11ylint.parse import parse_html

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.DOTALL | re.IGNORECASE)


def _rules(sheets) -> list:
    return [(rule.selector_text, [item.text for item in rule.declarations], rule.order, rule.source)
            for rule in sheets.rules]


def main(argv=None) -> int:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default))
    parser.add_argument("--pages", type=int, default=8)
    args = parser.parse_args(argv)
    pages = [path for path in Path(args.folder).rglob("*") if path.suffix.lower() in (".html", ".htm")]
    if not pages:
        print(f"css_cache.py: no .html/.htm pages under {args.folder}", file=sys.stderr)
        return 2
    texts = {path: decode_html(path.read_bytes()).text for path in pages}
    css = {path: sum(len(block) for block in _STYLE.findall(text)) for path, text in texts.items()}
    chosen = sorted(pages, key=lambda path: -css[path])[: args.pages]
    print("| page | inline CSS (chars) | rules | first read ms | next page of the site ms |")
    print("|---|---:|---:|---:|---:|")
    for path in chosen:
        root = parse_html(texts[path]).root
        stylesheets._PARSED_SHEETS.__init__()  # empty, as at the start of a run
        start = time.process_time()
        first = stylesheets.collect(root)
        middle = time.process_time()
        again = stylesheets.collect(root)
        end = time.process_time()
        if _rules(first) != _rules(again):
            print(f"css_cache.py: {path.name}: the cached read gave different rules", file=sys.stderr)
            return 1
        print(f"| {path.name[:48]} | {css[path]:,} | {len(first.rules)} | {(middle - start) * 1000:.1f} | "
              f"{(end - middle) * 1000:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
