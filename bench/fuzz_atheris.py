"""Coverage-guided fuzzing of decode + parse + every rule with atheris (libFuzzer).

    mkdir -p /tmp/fuzz-corpus
    python bench/fuzz_atheris.py -max_total_time=600 /tmp/fuzz-corpus examples/ [MORE_SEED_DIRS ...]

Any exception out of the engine, or an internal-error (SYS002) finding, is a crash: atheris stops and
writes the input to ``crash-*`` in the current folder. libFuzzer adds the inputs it finds interesting to
the FIRST folder, so give it a scratch folder first and the seed folders (``examples/``,
``../shared/corpus/cn``) after it. Needs ``pip install atheris``.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from a11ylint import Config, Linter

LINTER = Linter(Config(preset="all"))


def test_one_input(data: bytes) -> None:
    result = LINTER.lint_bytes(data, "fuzz.html")
    crashes = [finding.message for finding in result.findings if finding.code == "SYS002"]
    if crashes:
        raise AssertionError(crashes[0])


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
