r"""Inline scripts should not hide what they do.

## What it checks
Inline scripts that show how injected code hides itself:

- **running decoded text** — `eval(…)` or `new Function(…)` over `unescape`, `atob`,
  `String.fromCharCode`, `decodeURIComponent` or escaped text, and the `eval(function(p,a,c,k,e,d)…)`
  packer;
- **an obfuscator's signature** — `jsjiami.com`, `sojson.v4`, AAEncode/JJEncode/JSFuck, or many
  `_0x1a2b`-style names (8 by default);
- **letters spelled as escapes** — at least 12 letters and digits written as `%64`, `\x64` or `\u0064`
  (`window["\x64\x6f\x63\x75\x6d\x65\x6e\x74"]`). Loader snippets only escape the characters that would end
  a script or a string (`%3Cscript src=…%3E`), as the CNZZ, 党政机关网站标识 (conac) and old Google Analytics
  loaders do, so they are not reported;
- **char-code strings** — a list of at least 16 character codes (`String.fromCharCode(60,105,102,…)`).

Escapes and char codes that decode to nothing but an e-mail address (a common way to hide addresses from
harvesters) are not reported. Minified code is not obfuscated code: the Baidu 统计 `hm.js` loader, Google
Analytics and Tag Manager snippets and CNZZ loaders pass. One finding per script, listing what was found
and, when the script decodes text, the start of it.

## Why it matters
Attackers who inject code into government pages (挂马) hide it so that staff and scanners do not recognise
the redirect, the hidden link block or the miner it writes. Inspections treat pages carrying malicious
code as a security incident that fails the site (安全事故 single veto). Obfuscated code is also hard to
review for privacy and accessibility.

## How to fix
Find out what the script is and who added it. If it is not yours, remove it, look for the same code in
the site's other pages and close the hole that let it in. If it is yours, ship it readable (minified is
fine) or load it from a file you control.

## Failing example
```html
<html lang="zh-CN"><head><title>通知</title>
<script>eval(String.fromCharCode(100,111,99,117,109,101,110,116,46,119,114,105,116,101,
  40,39,60,105,102,114,97,109,101,62,39,41))</script>
</head><body><p>正文</p></body></html>
```

```html
<html lang="en"><head><title>Parks</title>
<script>
window["\x64\x6f\x63\x75\x6d\x65\x6e\x74"]["\x77\x72\x69\x74\x65"]("<a href='https://casino.example/'>x</a>");
</script>
</head><body><p>Opening hours</p></body></html>
```

```html
<html lang="en"><head><title>Parks</title>
<script>eval(function(p,a,c,k,e,d){e=function(c){return c};return p}('0 1',2,2,'var|x'.split('|'),0,{}))</script>
</head><body><p>Opening hours</p></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>通知</title></head><body><p>正文</p>
<script>var cnzz_protocol = (("https:" == document.location.protocol) ? "https://" : "http://");
document.write(unescape("%3Cspan id='cnzz_stat_icon_1280777992'%3E%3C/span%3E%3Cscript src='"
  + cnzz_protocol + "s9.cnzz.com/z_stat.php%3Fid%3D1280777992%26show%3Dpic' type='text/javascript'%3E%3C/script%3E"));
</script>
<script>document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/07/125/0000/60428910/CA071250000604289100002.js' type='text/javascript'%3E%3C/script%3E"));</script>
</body></html>
```

```html
<html lang="en"><head><title>Parks</title>
<script>
(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},
i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
ga('create','UA-1234567-1','auto');ga('send','pageview');
</script>
<script>document.write(String.fromCharCode(60,97,32,104,114,101,102,61,34,109,97,105,108,116,111,58,105,110,102,111,
  64,99,105,116,121,46,103,111,118,34,62,105,110,102,111,64,99,105,116,121,46,103,111,118,60,47,97,62));</script>
</head><body><p>Opening hours</p></body></html>
```

## Options
- `signatures` (list of strings): obfuscator signatures, matched case-insensitively; `extra-signatures`
  adds to them.
- `min-escaped-chars` (integer, default 12), `min-char-codes` (integer, default 16), `min-hex-names`
  (integer, default 8): the thresholds above.
The defaults are in `rules/data/security.toml`.

## Notes
No page of `../shared/corpus` is flagged. The corpus has many `document.write(unescape("%3Cscript…"))`
loaders — CNZZ and the conac badge on the `cn/` pages (the `mhxqwer-*` clones included), `ga.js` on US and
Canadian pages, the gov.cn `webdig.js` counter — and an F5 BIG-IP performance script that builds cookies
with `String.fromCharCode`; none of them spells out letters or packs text, so none is reported. The spam
pages load their injected code from files (`<script src="/acabsurd.js">`), which a check of the page
cannot read.

## References
- research/COMPLIANCE.md §6 SEC-OBFJS-01 (obfuscated injected JS), after the JS patterns of
  XingZhou2024/WebsiteTamperingDetector `core/detector.py`.
- 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号), 安全事故: pages with malicious code (页面被挂马) that are
  not handled are a single veto (research/COMPLIANCE.md §1.2 CN-CHK-06).
- OWASP, malicious JavaScript obfuscation techniques (eval of decoded strings, hex escapes, packers):
  https://owasp.org/www-community/attacks/xss/
"""

import re

from a11ylint import security
from a11ylint.rule import Fail, Option, Text, rule

_DATA = security.data()["obfuscation"]

_EVAL = re.compile(r"(?<![\w$.])(?:eval|new\s+function)\s*\(", re.IGNORECASE)
_DECODER = re.compile(r"unescape\s*\(|atob\s*\(|fromcharcode|decodeuricomponent\s*\(|decodeuri\s*\(", re.IGNORECASE)
_PACKER = re.compile(r"eval\s*\(\s*function\s*\(\s*p\s*,\s*a\s*,\s*c\s*,\s*k\s*,\s*e\s*,\s*[dr]\s*\)", re.IGNORECASE)
_HEX_NAME = re.compile(r"(?<![\w$])_0x[0-9a-f]{4,6}(?![\w$])", re.IGNORECASE)
# One escaped character: %64, \x64, \u0064 (and \u{64}).
_ESCAPE = re.compile(r"%([0-9a-fA-F]{2})|\\x([0-9a-fA-F]{2})|\\u00([0-9a-fA-F]{2})|\\u\{0*([0-9a-fA-F]{1,2})\}")
_ESCAPE_RUN = re.compile(r"(?:%[0-9a-fA-F]{2}|\\x[0-9a-fA-F]{2}|\\u00[0-9a-fA-F]{2}|\\u\{0*[0-9a-fA-F]{1,2}\}|"
                         r"[^\"'`\\%<>\s(){};,+])+")
_CHAR_CODES = re.compile(r"fromcharcode\s*(?:\.\s*apply\s*\(\s*[\w$.]+\s*,\s*\[|\()\s*"
                         r"((?:0x[0-9a-f]+|\d+)(?:\s*,\s*(?:0x[0-9a-f]+|\d+))*)", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

_REASONS = {
    "eval": ("runs decoded text with eval", "用 eval 执行解码后的文本"),
    "packer": ("is packed with the p,a,c,k,e,d packer", "使用 p,a,c,k,e,d 打包器加密"),
    "signature": ("carries the obfuscator signature {detail}", "含有混淆工具特征 {detail}"),
    "hex-names": ("uses {detail} obfuscator names such as _0x1a2b", "使用 {detail} 个 _0x1a2b 形式的混淆变量名"),
    "escaped": ("spells {detail} letters and digits as escapes", "将 {detail} 个字母和数字写成转义序列"),
    "char-codes": ("builds text from {detail} character codes", "用 {detail} 个字符编码拼出文本"),
}


@rule(
    code="SEC004",
    name="obfuscated-script",
    title=Text("Inline scripts should not hide what they do", "内联脚本不应隐藏其真实功能"),
    messages={
        "obfuscated": Text(
            "Inline script is obfuscated: it {reasons}; make sure it is yours, and remove it if it is not",
            "内联脚本经过混淆：{reasons}；请确认其来源，如非本站代码请删除",
        ),
        "obfuscated-decoded": Text(
            "Inline script is obfuscated: it {reasons} (it decodes to “{decoded}”); make sure it is yours, "
            "and remove it if it is not",
            "内联脚本经过混淆：{reasons}（解码后为“{decoded}”）；请确认其来源，如非本站代码请删除",
        ),
    },
    requirements=("SEC-OBFJS-01",),
    tags=("security",),
    severity="warning",
    impact="serious",
    options=[
        Option("signatures", "list[str]", _DATA["signatures"], "Obfuscator signatures (case-insensitive)."),
        Option("extra-signatures", "list[str]", [], "Signatures to add to signatures."),
        Option("min-escaped-chars", "int", _DATA["min-escaped-chars"],
               "The fewest letters and digits written as escapes that make a script obfuscated.", minimum=1),
        Option("min-char-codes", "int", _DATA["min-char-codes"],
               "The fewest character codes in one String.fromCharCode list that make a script obfuscated.",
               minimum=1),
        Option("min-hex-names", "int", _DATA["min-hex-names"],
               "The fewest different _0x1a2b-style names that make a script obfuscated.", minimum=1),
    ],
    fix=Text("Find out who added the obfuscated script; remove it if it is not yours, or ship your own code readable",
             "查明混淆脚本的来源；如非本站代码请删除，本站代码请以可读形式发布"),
)
def check(root, ctx):
    scripts = security.inline_scripts(ctx)
    if not scripts:
        return
    options = ctx.options
    signatures = [signature.lower() for signature in (*options["signatures"], *options["extra-signatures"])
                  if signature]
    lang = ctx.lang
    for script, code in scripts:
        reasons, decoded = _inspect(code, signatures, options)
        if not reasons:
            continue
        index = 1 if lang == "zh" else 0
        parts = [_REASONS[key][index].format(detail=detail) for key, detail in reasons]
        if lang == "zh":
            joined = "，".join(parts)
        else:
            joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        if decoded:
            yield Fail("obfuscated-decoded", element=script, reasons=joined, decoded=decoded)
        else:
            yield Fail("obfuscated", element=script, reasons=joined)


def _inspect(code: str, signatures: list[str], options: dict):
    """([(reason, detail)], the start of the decoded text or "") for one script."""
    reasons = []
    low = code.lower()
    if _PACKER.search(code):
        reasons.append(("packer", ""))
    elif any(_runs_decoded(code[match.end():match.end() + 200]) for match in _EVAL.finditer(code)):
        reasons.append(("eval", ""))
    signature = next((signature for signature in signatures if signature in low), None)
    if signature:
        reasons.append(("signature", f'"{signature}"'))
    hex_names = len({name.lower() for name in _HEX_NAME.findall(code)})
    if hex_names >= options["min-hex-names"]:
        reasons.append(("hex-names", hex_names))
    decoded_parts = []
    escaped = 0
    for run in _ESCAPE_RUN.finditer(code):
        text = run.group(0)
        if "%" not in text and "\\" not in text:
            continue
        letters = sum(1 for match in _ESCAPE.finditer(text) if _char(match) in _ALNUM)
        if letters:
            decoded = _ESCAPE.sub(lambda match: _char(match), text)
            if not _only_email(decoded):
                escaped += letters
                decoded_parts.append(decoded)
    if escaped >= options["min-escaped-chars"]:
        reasons.append(("escaped", escaped))
    for match in _CHAR_CODES.finditer(code):
        numbers = [_char_code(number) for number in re.split(r"\s*,\s*", match.group(1).strip())]
        if len(numbers) < options["min-char-codes"]:
            continue
        decoded = "".join(chr(number) for number in numbers if 0 < number < 0x110000)
        if _only_email(decoded):
            continue
        reasons.append(("char-codes", len(numbers)))
        decoded_parts.insert(0, decoded)
        break
    preview = " ".join(" ".join(decoded_parts).split())
    return reasons, (preview[:80] + "…" if len(preview) > 80 else preview) if reasons else ""


def _runs_decoded(argument: str) -> bool:
    """True when the start of an eval argument decodes text: a decoder call, or escaped letters."""
    if _DECODER.search(argument):
        return True
    return sum(1 for match in _ESCAPE.finditer(argument) if _char(match) in _ALNUM) >= 3


def _char_code(number: str) -> int:
    """A character code as written in JavaScript; -1 for a number too long to be one (int() refuses decimal
    strings over 4,300 digits, and no code point has more than 7)."""
    if len(number) > 12:
        return -1
    return int(number, 16) if number.lower().startswith("0x") else int(number)


def _char(match) -> str:
    digits = next(group for group in match.groups() if group is not None)
    return chr(int(digits, 16))


def _only_email(text: str) -> bool:
    """True when the text is an e-mail address, possibly as a mailto link, and nothing else."""
    if not _EMAIL.search(text):
        return False
    rest = _EMAIL.sub("", text)
    rest = re.sub(r"(?i)mailto:|<a\b[^>]*>|</a>|[\"'\s=]|href", "", rest)
    return sum(1 for char in rest if char in _ALNUM) <= 3
