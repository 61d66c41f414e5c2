"""Pages must decode cleanly in their declared character encoding.

## What it checks
Some bytes of the page are not valid in the encoding the page was decoded with (from its byte order mark,
the HTTP header, its `<meta charset>`, or the fallback when it declares none). Browsers show those bytes
as U+FFFD replacement characters; so does a11ylint, and it reports where the first one is.

## Why it matters
Text that arrives as replacement characters is lost to every reader, and screen readers speak it as
noise. It usually means the declared charset is wrong (a GBK page labelled UTF-8, say) or that the
file was damaged when it was saved.

## How to fix
Declare the encoding the file is really in (`<meta charset="utf-8">` as the first thing in `<head>`),
or convert the file to UTF-8.

## References
- WHATWG Encoding Standard: https://encoding.spec.whatwg.org/
- WHATWG HTML, determining the character encoding:
  https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding
"""

from a11ylint.rule import Text
from a11ylint.system import ENCODING_ERROR, system_rule

RULE = system_rule(
    __doc__,
    code=ENCODING_ERROR,
    name="encoding-error",
    title=Text("Pages must decode cleanly", "页面必须能按其编码正确解码"),
    messages={
        "undecodable": Text(
            "{count} byte sequence(s) are not valid {encoding} and became U+FFFD; declare the right charset",
            "{count} 处字节序列不是有效的 {encoding} 编码，已替换为 U+FFFD；请声明正确的字符集",
        )
    },
    severity="warning",
    tags=("system", "html"),
    fix=Text("Declare the file's real encoding with <meta charset> at the start of <head>, or convert the file to "
             "UTF-8",
             "在 <head> 开头用 <meta charset> 声明文件的实际编码，或将文件转换为 UTF-8"),
)
