"""Suppression comments should suppress something.

## What it checks
An `a11ylint-disable…` comment names a rule that ran on the page but found nothing in the range the
comment covers.

## Why it matters
Stale suppressions hide future problems: when someone later breaks the element again, nobody is told.

## How to fix
Delete the code from the comment, or the whole comment.

## Failing example
```html
<!-- a11ylint-disable-next image-alt -- decorative -->
<img src="logo.png" alt="City of Springfield">
```

## Passing example
```html
<!-- a11ylint-disable-next image-alt -- decorative, described by the caption below -->
<img src="logo.png">
```

## References
- a11ylint: inline suppression (README)
"""

from a11ylint.rule import Text
from a11ylint.system import UNUSED_SUPPRESSION, system_rule

RULE = system_rule(
    __doc__,
    code=UNUSED_SUPPRESSION,
    name="unused-suppression",
    title=Text("Suppression comments should suppress something", "抑制注释应当有实际作用"),
    messages={
        "unused": Text("Unused suppression of {code}; remove it",
                       "对 {code} 的抑制未起作用；请删除"),
    },
    severity="warning",
    impact="minor",
    fix=Text("Remove the unused code from the suppression comment, or the whole comment", "从抑制注释中删除未起作用的规则代码，或删除整条注释"),
)
