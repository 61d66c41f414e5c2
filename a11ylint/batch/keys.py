"""Unique page keys within one batch input."""

from __future__ import annotations


class UniqueKeys:
    """Remembers the keys an input has given out, so that no two of its pages share one."""

    def __init__(self) -> None:
        self._used: set[str] = set()
        self._next_suffix: dict[str, int] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._used

    def claim(self, key: str) -> bool:
        """Take ``key`` if nobody has it yet; False when it is taken (the caller then skips or renames)."""
        if key in self._used:
            return False
        self._used.add(key)
        return True

    def unique(self, key: str) -> str:
        """``key`` itself when free, else ``key (2)``, ``key (3)``…, the same way on every run."""
        if self.claim(key):
            return key
        suffix = self._next_suffix.get(key, 2)
        while not self.claim(f"{key} ({suffix})"):
            suffix += 1
        self._next_suffix[key] = suffix + 1
        return f"{key} ({suffix})"
