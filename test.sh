#!/usr/bin/env bash
# ./test.sh [PYTEST ARGS...] — run the test suite in .venv.
#
# Sets up .venv first (scripts/bootstrap.sh test: the package with its server and test
# extras), then runs `python -m pytest ARGS` and exits with pytest's status. Defaults,
# each overridable from the environment:
#   QT_QPA_PLATFORM=offscreen                              no display needed
#   PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring   a test that forgot the
#       in-memory keyring fixture fails loudly instead of touching a real keyring
# pytest's exit status 5 ("no tests collected") is reported as a failure.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

bash "$root/scripts/bootstrap.sh" test

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export PYTHON_KEYRING_BACKEND=${PYTHON_KEYRING_BACKEND:-keyring.backends.fail.Keyring}

status=0
"$root/.venv/bin/python" -m pytest "$@" || status=$?

if [[ $status -eq 5 ]]; then
    echo "test.sh: FAILED: pytest collected no tests (exit status 5)." \
        "Check the paths/-k/-m given (${*:-none}) and that test files are named test_*.py." >&2
fi
exit "$status"
