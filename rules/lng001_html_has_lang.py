"""Pages must declare their language.

## What it checks
The `<html>` element of the page has no `lang` attribute, or one that is empty or only whitespace.
`xml:lang` alone does not count for HTML pages.

## Why it matters
Screen readers pick their voice and pronunciation rules from the page language. A Chinese page without
`lang="zh-CN"` may be read out letter by letter by an English voice, and browsers may translate or
hyphenate it wrongly.

## How to fix
Add the language to the root element: `<html lang="zh-CN">`, `<html lang="en">`.

## Failing example
```html
<!DOCTYPE html><html><head><title>Notice</title></head><body></body></html>
```

```html
<html lang=" "><title>Notice</title></html>
```

## Passing example
```html
<!DOCTYPE html><html lang="zh-CN"><head><title>通知</title></head><body></body></html>
```

## References
- WCAG SC 3.1.1 Language of Page: https://www.w3.org/WAI/WCAG22/Understanding/language-of-page.html
- ACT rule b5c3f8, HTML page has lang attribute:
  https://www.w3.org/WAI/standards-guidelines/act/rules/b5c3f8/
- WCAG technique H57: https://www.w3.org/WAI/WCAG22/Techniques/html/H57
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="LNG001",
    name="html-has-lang",
    title=Text("Pages must declare their language", "页面必须声明语言"),
    messages={
        "missing": Text('<html> has no lang attribute; add one, e.g. lang="zh-CN" or lang="en"',
                        '<html> 缺少 lang 属性；请添加，例如 lang="zh-CN" 或 lang="en"'),
        "empty": Text("<html> has an empty lang attribute; give the page language",
                      "<html> 的 lang 属性为空；请填写页面语言"),
    },
    selector=":root",
    wcag=("3.1.1",),
    level="A",
    act=("b5c3f8",),
    standards=("EN-301-549:9.3.1.1", "Section-508:E205.4"),
    tags=("cat.language",),
    severity="error",
    impact="serious",
    fix=Text('Declare the page language on the html element, e.g. <html lang="zh-CN">',
             '在 html 元素上声明页面语言，如 <html lang="zh-CN">'),
)
def check(root, ctx):
    if root.tag != "html":
        return None
    lang = root.get("lang")
    if lang is None:
        return Fail("missing")
    if not lang.strip():
        return Fail("empty")
    return None
