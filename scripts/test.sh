#!/usr/bin/env bash
# Set up (first time) and run the whole test suite offscreen, on every core (test_workers in
# setup.sh). Extra arguments go to pytest.
source "$(dirname "$0")/setup.sh"
setup_project "test"
cd "$ROOT"
test_workers "$@"
# Bytecode compiled once, up front, even where PYTHONDONTWRITEBYTECODE is set: every test worker
# and every program a test starts (the command line, the races, the kills) would otherwise
# compile the program's 450 modules from source again.
"$VENV/bin/python" -m compileall -q -j 0 pisac_desktop tests >/dev/null
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "${WORKERS[@]}" "$@"
