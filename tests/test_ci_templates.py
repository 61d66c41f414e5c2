"""The CI templates of examples/ci/: valid YAML and shell, and every a11ylint command in them runs.

Each `a11ylint ...` command is run through ``a11ylint.cli.main`` with the linted folder replaced by
examples/ and the report files by temporary ones: it must parse and exit 0 or 1, never 2.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from a11ylint.cli import _parser, main

yaml = pytest.importorskip("yaml", reason="PyYAML is needed to read the CI templates")

REPO = Path(__file__).resolve().parent.parent
CI = REPO / "examples" / "ci"
EXAMPLES = REPO / "examples"
SITE_FOLDERS = {"site/", "$SITE_DIR"}  # how the templates name the folder of pages to lint


def _commands_in(text: str) -> list[str]:
    commands = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("a11ylint "):
            commands.append(line.split(" || ")[0])  # jenkins.sh: `a11ylint ... || status=$?`
    return commands


def github_commands() -> list[str]:
    workflow = yaml.safe_load((CI / "github-actions.yml").read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    return [command for step in steps if "run" in step for command in _commands_in(step["run"])]


def gitlab_commands() -> list[str]:
    config = yaml.safe_load((CI / "gitlab-ci.yml").read_text(encoding="utf-8"))
    return [command for line in config["a11ylint"]["script"] for command in _commands_in(line)]


def jenkins_commands() -> list[str]:
    lines = (CI / "jenkins.sh").read_text(encoding="utf-8").splitlines()
    return _commands_in("\n".join(line for line in lines if not line.lstrip().startswith("#")))


def localized(command: str, tmp_path: Path) -> list[str]:
    """argv for main(): the site folder -> examples/, each -o FILE -> a temporary file of that name."""
    argv = shlex.split(command)[1:]
    for index, token in enumerate(argv):
        if token in SITE_FOLDERS:
            argv[index] = str(EXAMPLES)
        elif index and argv[index - 1] in ("-o", "--output"):
            argv[index] = str(tmp_path / Path(token.lstrip("$")).name)
    assert not [token for token in argv if "$" in token], f"unsubstituted variable in {command!r}"
    args = _parser().parse_args(argv)
    assert args.paths == [str(EXAMPLES)], f"{command!r} must lint the site folder only"
    return argv


@pytest.mark.parametrize("source", [github_commands, gitlab_commands, jenkins_commands],
                         ids=["github", "gitlab", "jenkins"])
def test_every_command_runs_on_the_examples(source, tmp_path, monkeypatch, capsys):
    commands = source()
    assert commands, f"no a11ylint command found by {source.__name__}"
    monkeypatch.chdir(REPO)
    for command in commands:
        argv = localized(command, tmp_path)
        code = main(argv)
        err = capsys.readouterr().err
        assert code in (0, 1), f"{command!r} exited {code}: {err}"
        args = _parser().parse_args(argv)
        if args.output:
            assert Path(args.output).stat().st_size > 0, f"{command!r} wrote no report"


def test_github_workflow_uploads_sarif_then_fails_with_annotations(tmp_path, monkeypatch, capsys):
    workflow = yaml.safe_load((CI / "github-actions.yml").read_text(encoding="utf-8"))
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["a11ylint"]["steps"]
    runs = [step.get("run", "") for step in steps]
    uses = [step.get("uses", "") for step in steps]
    sarif = next(index for index, run in enumerate(runs) if "--format sarif" in run)
    upload = uses.index("github/codeql-action/upload-sarif@v3")
    annotate = max(index for index, run in enumerate(runs) if run.startswith("a11ylint check"))
    assert sarif < upload < annotate
    sarif_args = _parser().parse_args(localized(runs[sarif], tmp_path))
    assert sarif_args.exit_zero or steps[sarif].get("continue-on-error"), "the upload must run despite findings"
    assert steps[upload]["with"]["sarif_file"] == Path(sarif_args.output).name
    annotate_args = _parser().parse_args(localized(runs[annotate], tmp_path))
    assert annotate_args.format is None and annotate_args.output is None and not annotate_args.exit_zero

    monkeypatch.chdir(REPO)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(localized(runs[annotate], tmp_path)) == 1  # examples/county-notice.html has errors
    assert "::error file=examples/county-notice.html," in capsys.readouterr().out


def test_gitlab_job_reports_code_quality_and_junit():
    job = yaml.safe_load((CI / "gitlab-ci.yml").read_text(encoding="utf-8"))["a11ylint"]
    reports = job["artifacts"]["reports"]
    assert job["artifacts"]["when"] == "always"
    outputs = {}
    for command in gitlab_commands():
        args = _parser().parse_args(shlex.split(command)[1:])
        outputs[args.format] = args.output
    assert reports == {"codequality": outputs["gitlab"], "junit": outputs["junit"]}
    assert reports["codequality"] == "gl-code-quality-report.json"


def test_jenkins_script_is_posix_shell_that_passes_the_exit_code_on():
    script = CI / "jenkins.sh"
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n") and "\nset -eu\n" in text
    assert 'exit "$status"' in text
    assert ["--format", "junit"] == shlex.split(jenkins_commands()[0])[2:4]
    for shell in ("bash", "dash"):
        if shell == "bash" or shutil.which(shell):
            subprocess.run([shell, "-n", str(script)], check=True)


def test_templates_say_what_to_adapt():
    for name in ("github-actions.yml", "gitlab-ci.yml", "jenkins.sh"):
        header = (CI / name).read_text(encoding="utf-8").split("\n\n")[0]
        assert header.removeprefix("#!/bin/sh\n").startswith("# a11ylint "), name
        assert "adapt" in header.lower(), name
