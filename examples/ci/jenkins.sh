#!/bin/sh
# a11ylint for Jenkins and any other CI that runs shell scripts: install a11ylint in a virtual environment,
# lint the site's HTML pages into a JUnit XML report, and exit with a11ylint's own exit code
# (0 clean, 1 a finding fails the run, 2 usage, configuration or internal error).
#
# Adapt here or set in the job's environment:
#   SITE_DIR       the folder of HTML pages               (default: site)
#   REPORT         the JUnit XML report                   (default: a11ylint-junit.xml)
#   A11YLINT_PIP   what pip installs                      (default: ., a11ylint's own repository;
#                                                           in a site's repository e.g. "a11ylint==0.1.0")
#   PYTHON         a Python 3.10 or newer                 (default: python3)
#   VENV           the virtual environment's folder       (default: .a11ylint-venv)
# Rules, presets and excludes come from [tool.a11ylint] in pyproject.toml in the current folder or above.
#
# Jenkinsfile stage that publishes the report even when the lint fails:
#   stage('a11ylint') {
#     steps { sh 'sh examples/ci/jenkins.sh' }
#     post { always { junit 'a11ylint-junit.xml' } }
#   }
set -eu

SITE_DIR=${SITE_DIR:-site}
REPORT=${REPORT:-a11ylint-junit.xml}
A11YLINT_PIP=${A11YLINT_PIP:-.}
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.a11ylint-venv}

"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$A11YLINT_PIP"
PATH="$(cd "$VENV/bin" && pwd):$PATH"
export PATH

status=0
a11ylint check --format junit -o "$REPORT" "$SITE_DIR" || status=$?
echo "a11ylint: exit code $status, report in $REPORT" >&2
exit "$status"
