#!/usr/bin/env bash
# Set up (first time) and run the whole test suite offscreen, on every core (test_workers in
# setup.sh). Extra arguments go to pytest.
source "$(dirname "$0")/setup.sh"
setup_project "test"
cd "$ROOT"
test_workers "$@"
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "${WORKERS[@]}" "$@"
