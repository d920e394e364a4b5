# Shared set-up for scripts/run.sh and scripts/test.sh (sourced, not run).
# Installs what a fresh Debian/Ubuntu machine lacks, then a virtual environment in .venv.
#   setup_project EXTRAS   (EXTRAS: "" for the app, "test" for the tests)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Libraries Qt needs offscreen (tests, self-test) and on a desktop (xcb).
QT_DEBS_OFFSCREEN="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
# The tests also need pdftotext/pdffonts (font embedding), faketime (the suite at a far date),
# zbarimg (the verification QR decodes) and PostgreSQL's server programs (initdb, pg_ctl: every
# database test runs on PostgreSQL too, in a throwaway cluster the tests start; tests/pg_cluster.py).
TEST_DEBS="poppler-utils faketime zbar-tools postgresql"
QT_DEBS_DESKTOP="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0"

deb_installed() {
    # Debian 13 / Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64).
    local name
    for name in "$1" "${1}t64"; do
        dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "ok installed" && return 0
    done
    return 1
}

install_debs() {
    local missing=() pkg
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: nothing to do here
    for pkg in "$@"; do
        deb_installed "$pkg" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ]; then
        echo "Faltan paquetes del sistema: ${missing[*]}. Instálelos como root (apt-get install)." >&2
        return 1
    fi
    echo "Instalando paquetes del sistema: ${missing[*]}"
    apt-get update -qq
    local names=()
    for pkg in "${missing[@]}"; do
        if apt-cache policy "${pkg}t64" 2>/dev/null | grep -q "Candidate: [0-9]"; then
            names+=("${pkg}t64")
        else
            names+=("$pkg")
        fi
    done
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${names[@]}" >/dev/null
}

pick_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Se necesita Python 3.11 o posterior." >&2
    return 1
}

setup_project() {
    local extras="${1:-}"
    local debs="$QT_DEBS_OFFSCREEN"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then debs="$debs $QT_DEBS_DESKTOP"; fi
    if [ "$extras" = "test" ]; then debs="$debs $TEST_DEBS"; fi
    # shellcheck disable=SC2086
    install_debs $debs
    local python
    python="$(pick_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        if ! "$python" -m venv "$VENV" 2>/dev/null; then
            # Debian's Python lacks ensurepip until python3-venv (or python3.N-venv) is installed.
            rm -rf "$VENV"
            local versioned
            versioned="python$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')-venv"
            install_debs python3-venv
            "$python" -m venv "$VENV" 2>/dev/null || { rm -rf "$VENV"; install_debs "$versioned"; "$python" -m venv "$VENV"; }
        fi
    fi
    # The tests need the PostgreSQL driver too (psycopg, the `postgres` extra).
    [ "$extras" = "test" ] && extras="test,postgres"
    # Reinstall only when pyproject.toml (or the extras asked for) changed.
    local stamp="$VENV/.pisac-installed" want
    want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1) [$extras]"
    if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        local target="$ROOT"
        [ -n "$extras" ] && target="$ROOT[$extras]"
        "$VENV/bin/python" -m pip install --quiet -e "$target"
        echo "$want" >>"$stamp"
    fi
}

# Sets WORKERS to pytest-xdist's arguments for "$@": the whole suite runs with one worker per
# core (PISAC_TEST_WORKERS sets another number; 0 runs in pytest's own process); naming tests
# or files, or giving -n yourself, runs exactly as asked.
test_workers() {
    WORKERS=()
    local arg
    for arg in "$@"; do
        case "$arg" in
            -n|-n[0-9]*|-nauto|--numprocesses*|tests*|*.py|*.py::*) return ;;
        esac
    done
    if [ "${PISAC_TEST_WORKERS:-auto}" != 0 ]; then
        WORKERS=(-n "${PISAC_TEST_WORKERS:-auto}")
    fi
}
