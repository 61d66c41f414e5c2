"""Pages nested too deep or with too many elements are checked only up to the limit.

## What it checks
The parser stops, as if the page ended there, at the first element nested deeper than `max-depth`
(default 1,024 levels) or at element number `max-elements` (default 200,000). The rest of the page is
not checked; this finding says where parsing stopped. Every other finding on the page is real, but
covers only the part before that point.

## Why it matters
A linter in CI or in a batch over a crawl must finish, and within bounded memory. The HTML
tree-construction algorithm checks scopes by walking the stack of open elements, so a page of 100,000
unclosed `<div>`s costs time in the square of its depth; a generated page of a million elements needs
gigabytes. Real pages are far below both limits: the deepest of the 180 corpus pages nests 35 levels,
the largest has 6,761 elements. Browsers cap the depth as well: the WebKit and Chromium parsers stop
nesting past a fixed depth (`kMaximumHTMLParserDOMTreeDepth`, 512 in WebKit's nesting layout test) and
put deeper elements side by side, so what lies deeper is not laid out as written anyway.

## How to fix
Close the elements the page opens: deep nesting is almost always a template that opens a `<div>` or
`<font>` per item and never closes it. Split a page of hundreds of thousands of elements. To check such
a page anyway, raise the limits for that run: `a11ylint check --max-depth 5000 --max-elements 1000000
page.html`, or `max-depth` / `max-elements` in `[tool.a11ylint]`.

## References
- research/COMPLIANCE.md does not cover page structure limits; this is a robustness limit of the tool
  (issue 9). The batch runner applies the same limits per page.
- HTML Standard, "has an element in scope": https://html.spec.whatwg.org/multipage/parsing.html#has-an-element-in-the-specific-scope
- tests/test_limits.py builds pages past both limits (100,000-deep nesting, a 20 MB page).
"""

from a11ylint.rule import Text
from a11ylint.system import PAGE_TOO_COMPLEX, system_rule

RULE = system_rule(
    __doc__,
    code=PAGE_TOO_COMPLEX,
    name="page-too-complex",
    title=Text("Pages past the nesting or element limit are checked only up to it",
               "超过嵌套层数或元素数量上限的页面只检查到上限处"),
    messages={
        "too-deep": Text("Elements are nested deeper than {limit:,} levels (max-depth); the page was checked only "
                         "up to line {line}, column {column}",
                         "元素嵌套超过 {limit:,} 层（max-depth），页面只检查到第 {line} 行第 {column} 列"),
        "too-many-elements": Text("The page has more than {limit:,} elements (max-elements); it was checked only "
                                  "up to line {line}, column {column}",
                                  "页面元素超过 {limit:,} 个（max-elements），只检查到第 {line} 行第 {column} 列"),
    },
    severity="error",
    fix=Text("Close the elements the page opens, or raise max-depth / max-elements for this run",
             "闭合页面中打开的元素，或为本次运行调高 max-depth / max-elements"),
)
