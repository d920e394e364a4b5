#!/usr/bin/env bash
# Set up (first time) and start Pisac Desktop. Without a display it runs the self-test instead.
#   bash scripts/run.sh [--data-dir CARPETA] [orden ...]
source "$(dirname "$0")/setup.sh"
setup_project ""
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ $# -gt 0 ]; then
    exec "$VENV/bin/pisac-desktop" "$@"
fi
echo "No hay pantalla: se ejecuta el autodiagnóstico (pisac-desktop --self-test)."
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/pisac-desktop" --self-test
