"""Input files must be readable.

## What it checks
The file could not be read: it does not exist any more, permissions forbid it, or the disk failed.
a11ylint reports it and goes on with the other files.

## Why it matters
A page that was not checked is not known to be accessible. In a batch, this finding keeps the file in
the report instead of silently dropping it.

## How to fix
Check the path and the file's permissions, then run again.

## References
- a11ylint: exit codes and batch behaviour (README)
"""

from a11ylint.rule import Text
from a11ylint.system import UNREADABLE_FILE, system_rule

RULE = system_rule(
    __doc__,
    code=UNREADABLE_FILE,
    name="unreadable-file",
    title=Text("Input files must be readable", "输入文件必须可读"),
    messages={"unreadable": Text("File cannot be read: {reason}", "无法读取文件：{reason}")},
    severity="error",
    fix=Text("Check the file's path and permissions, then run a11ylint again", "检查文件路径和权限，然后重新运行 a11ylint"),
)
