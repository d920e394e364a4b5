#!/usr/bin/env bash
# Set up (first time) and run the whole test suite offscreen. Extra arguments go to pytest.
source "$(dirname "$0")/setup.sh"
setup_project "test"
cd "$ROOT"
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@"
