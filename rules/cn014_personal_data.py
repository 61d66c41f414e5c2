"""Pages must not publish unmasked personal data: resident ID, mobile and bank card numbers.

## What it checks
The text of the page (hidden text included: it is in the page all the same; scripts and styles left out) and the
`value` of form fields are searched for:

- **Resident ID numbers** (居民身份证号码): 18 characters with a province-level division code, a real date of birth
  and the GB 11643 check character (ISO 7064 MOD 11-2). Masked numbers (`110101********1234`) do not match.
- **Mobile numbers** (手机号码): 11 digits `1[3-9]…`, standing alone. A number that the page introduces, anywhere,
  as a contact (联系人, 电话, 咨询电话, 服务热线… within 30 characters before it) is published on purpose and not
  reported.
- **Bank card numbers** (银行卡号): 16 to 19 digits (spaces or dashes between groups allowed) that pass the Luhn
  check and follow a word that suggests a card (卡号, 银行卡, 账号, 开户…) in the same sentence or in the table
  header or label cell; an organisation's published account (户名, 对公, 收款单位) is left alone.

Digits inside longer digit or letter runs (`art_1861_4982441`, timestamps, 18-character 统一社会信用代码 that fail
the ID check, ICP and 公网安备 numbers) and inside addresses are not reported. The finding shows the number
masked, so the report itself leaks nothing.

## Why it matters
Government pages publish lists — 公示, 名单, 补贴发放表 — that too often carry the full ID and phone numbers of the
people named. The Personal Information Protection Law requires such data to be masked; the inspections treat
leaks as a serious defect, and an ID number with a name is enough for fraud.

## How to fix
Mask the numbers before publishing (`110101********1234`, `138****5678`, `622202*********1234`), or leave them
out; check attachments (Word, Excel, PDF) too.

## Failing example
```html
<html lang="zh-CN"><title>补贴发放名单公示</title><body><table>
<tr><th>姓名</th><th>身份证号</th><th>手机号码</th></tr>
<tr><td>张三</td><td>11010519491231002X</td><td>13812345678</td></tr></table></body></html>
```

```html
<html lang="zh-CN"><title>退款公示</title><body><p>申请人李四，银行卡号 6222 0212 3456 7890 128，退款 300 元。</p></body></html>
```

```html
<html lang="en"><title>Visa applicants</title><body><p>Applicant: Zhang San, passport E12345678,
resident ID 11010519491231002X.</p></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>补贴发放名单公示</title><body><table>
<tr><th>姓名</th><th>身份证号</th><th>手机号码</th></tr>
<tr><td>张三</td><td>110105********002X</td><td>138****5678</td></tr></table>
<p>联系人：王老师，联系电话：13912345678。</p></body></html>
```

```html
<html lang="zh-CN"><title>缴费通知</title><body><p>户名：某某县财政局 开户银行：某某银行 账号：6222021234567890128</p>
<p><a href="/art/2024/6/19/art_1861_13812345678.html">通知</a> 统一社会信用代码：11410000005184523A</p></body></html>
```

```html
<html lang="en"><title>Report</title><body><p>Reference 20240613123456789012, page 13812345678901.</p></body></html>
```

## Options
- `card-context` (list of strings): words that suggest a bank card.
- `institution-context` (list of strings): words that mark an organisation's account.
- `contact-context` (list of strings): words before a mobile number that publish it as a contact.
Defaults in `rules/data/gov-cn.toml`, `[personal-data]`.

## Corpus
No unmasked resident ID, mobile or bank card number on the 40 `corpus/cn` pages, nor on the other 140 pages of the
corpus (`--select CN014`); their ICP, 公网安备, article and document numbers are correctly left alone. The one
mobile number in the corpus (a company page under `spam/`) is introduced as 电话/手机 of a 联系人 and is not
reported.

## References
- Practitioner guidance on 隐私泄露 in government-site inspections, citing the 个人信息保护法:
  https://www.163.com/dy/article/KI1J81T30556DLY2.html — research/COMPLIANCE.md CN-CHK-07.
- GB 11643-1999 公民身份号码 (structure and check character); ISO/IEC 7812-1 (Luhn check of card numbers).
"""

import re

from a11ylint import cnmarks
from a11ylint.dom import normalize_space
from a11ylint.rule import Fail, Option, Text, rule

_DATA = cnmarks.data()["personal-data"]
_SKIP = frozenset(("script", "style", "template", "noscript", "head"))
_ID = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z])(1[3-9]\d{9})(?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![0-9A-Za-z])(\d(?:[ -]?\d){15,18})(?![0-9A-Za-z])")
# Eleven digits, perhaps split by single spaces or dashes: each of the numbers above holds them. Most of a page's
# texts have none, and this one search settles them instead of three.
_LONG_NUMBER = re.compile(r"\d(?:[ -]?\d){10}")
_ADDRESS_CHARS = re.compile(r"[/=?&_#%]|\.(?:s?html?|jsp|php|aspx?)|www\.|https?:", re.IGNORECASE)
_FILINGS = re.compile(r"(?:ICP|公网安备|备案)[^\d]{0,6}$")
_CONTEXT_BEFORE = 30


@rule(
    code="CN014",
    name="personal-data",
    title=Text("Pages must not publish unmasked personal data", "页面不得公开未脱敏的个人信息"),
    messages={
        "id": Text("Unmasked resident ID number {number} on the page; mask it (e.g. 110101********1234) or remove it",
                   "页面中有未脱敏的居民身份证号码 {number}；请脱敏处理（如 110101********1234）或删除"),
        "mobile": Text("Unmasked mobile number {number} on the page; mask it (e.g. 138****5678) or remove it",
                       "页面中有未脱敏的手机号码 {number}；请脱敏处理（如 138****5678）或删除"),
        "card": Text("Unmasked bank card number {number} on the page; mask it (e.g. 622202*********1234) or remove it",
                     "页面中有未脱敏的银行卡号 {number}；请脱敏处理（如 622202*********1234）或删除"),
    },
    jurisdiction=("CN",),
    requirements=("CN-CHK-07",),
    tags=("privacy", "content"),
    severity="error",
    impact="critical",
    options=[
        Option("card-context", "list[str]", _DATA["card-context"], "Words that suggest a bank card number."),
        Option("institution-context", "list[str]", _DATA["institution-context"],
               "Words that mark an organisation's published account."),
        Option("contact-context", "list[str]", _DATA["contact-context"],
               "Words before a mobile number that publish it as a contact."),
    ],
    fix=Text("Mask ID, mobile and card numbers before publishing, or leave them out",
             "发布前对身份证号、手机号、银行卡号进行脱敏处理，或不予公开"),
)
def check(root, ctx):
    found = []
    contacts = set()  # mobile numbers that the page introduces as a contact somewhere
    for element, text in _texts(ctx):
        if not _LONG_NUMBER.search(text):
            continue
        for kind, value, masked, contact in _findings(element, text, ctx):
            if contact:
                contacts.add(value)
            else:
                found.append((kind, value, masked, element))
    seen = set()
    for kind, value, masked, element in found:
        if value not in seen and value not in contacts:
            seen.add(value)
            yield Fail(kind, element=element, number=masked)


def _texts(ctx):
    """(element, its own text) for every element of the body, and (field, value) for form fields."""
    body = next(iter(ctx.select("body")), ctx.root)
    stack = [body]
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        own = (element.text or "") + "".join([child.tail for child in element if child.tail])
        if own.strip():  # most elements hold only the indentation between their children
            yield element, normalize_space(own)
        if element.tag in ("input", "textarea") and element.get("value"):
            yield element, normalize_space(element.get("value"))
        stack.extend(reversed(list(element)))


def _findings(element, text, ctx):
    options = ctx.options
    taken = []
    for match in _ID.finditer(text):
        number = match.group(1)
        if cnmarks.resident_id_valid(number) and not _in_address(text, match):
            taken.append(match.span())
            yield "id", number.upper(), cnmarks.mask(number.upper(), 6, 4), False
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        if not 16 <= len(digits) <= 19 or any(start <= match.start() < end for start, end in taken):
            continue
        if not cnmarks.luhn_valid(digits) or _in_address(text, match):
            continue
        context = _context(element, text, match, ctx)
        if not any(word.lower() in context.lower() for word in options["card-context"]):
            continue
        if any(word in context for word in options["institution-context"]):
            continue
        taken.append(match.span())
        yield "card", digits, cnmarks.mask(digits, 6, 4), False
    for match in _MOBILE.finditer(text):
        if any(start <= match.start() < end for start, end in taken) or _in_address(text, match):
            continue
        before = text[max(0, match.start() - _CONTEXT_BEFORE):match.start()]
        if _FILINGS.search(before):
            continue
        number = match.group(1)
        contact = any(word in before for word in options["contact-context"])
        yield "mobile", number, cnmarks.mask(number, 3, 4), contact


def _in_address(text: str, match) -> bool:
    """True when the digits are part of an address or file name written out in the text."""
    start = text.rfind(" ", 0, match.start()) + 1
    end = text.find(" ", match.end())
    token = text[start:end if end >= 0 else len(text)]
    return bool(_ADDRESS_CHARS.search(token))


def _context(element, text: str, match, ctx) -> str:
    """What says what a number is: the words before it, the label cell before its cell, its column header."""
    parts = [text[max(0, match.start() - _CONTEXT_BEFORE):match.start()]]
    cell = element if element.tag in ("td", "th") else next(element.iterancestors("td", "th"), None)
    if cell is not None:
        previous = cell.getprevious()
        if previous is not None and isinstance(previous.tag, str):
            parts.append(ctx.text(previous)[-_CONTEXT_BEFORE:])
        table = next(cell.iterancestors("table"), None)
        if table is not None:
            model = ctx.table(table).by_element.get(cell)
            if model is not None:
                parts.extend(ctx.text(header.element) for header in model.headers if header.element is not cell)
    return " ".join(parts)
