"""Suppression comments must be well-formed.

## What it checks
A comment that starts with `a11ylint-` is not a valid directive: the action is unknown, it names no rule,
it names a rule that does not exist, or an `a11ylint-enable` has no matching `a11ylint-disable`.

The grammar is `a11ylint-disable-next|disable-block|disable|enable CODE[, CODE…] [-- reason]`.

## Why it matters
A malformed suppression does nothing. a11ylint never widens it into a blanket suppression, so it tells
you instead.

## How to fix
Correct the comment, e.g. `<!-- a11ylint-disable-next IMG001 -- decorative -->`.

## Failing example
```html
<!-- a11ylint-disable-next -- no codes given -->
<p>Text</p>
```

```html
<!-- a11ylint-disable-next no-such-rule -- typo -->
<p>Text</p>
```

## Passing example
```html
<!-- a11ylint-disable-next image-alt -- decorative -->
<img src="flourish.png">
```

## References
- a11ylint: inline suppression (README)
"""

from a11ylint.rule import Text
from a11ylint.system import INVALID_SUPPRESSION, system_rule

RULE = system_rule(
    __doc__,
    code=INVALID_SUPPRESSION,
    name="invalid-suppression",
    title=Text("Suppression comments must be well-formed", "抑制注释格式必须正确"),
    messages={
        "invalid": Text("Invalid a11ylint directive: {detail}", "无效的 a11ylint 指令：{detail}"),
    },
    severity="error",
    impact="minor",
    fix=Text("Correct the directive, e.g. <!-- a11ylint-disable-next IMG001 -- decorative -->",
             "更正指令格式，如 <!-- a11ylint-disable-next IMG001 -- 装饰性图片 -->"),
)
