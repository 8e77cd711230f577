#!/usr/bin/env bash
# Set up everything EHCP Appeal needs on Debian or Ubuntu, then run the app or the tests.
#   bash scripts/dev.sh app     the desktop app on a fresh copy of the fictional sample case
#   bash scripts/dev.sh test    lint, type checks and the whole test suite (the window offscreen)
# Safe to run again: each step is skipped when already done.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
venv="$here/.venv"

# System packages: Python's venv, Qt's libraries for offscreen and X11 use, fonts (with
# metric-compatible Calibri/Cambria/Arial stand-ins), Tesseract for OCR of scans and photos,
# poppler for looking at exported PDFs, LibreOffice (headless) for turning Word documents
# into bundle pages and counting the working document's pages, qpdf for the bundle benchmark,
# PostgreSQL for the team-mode tests (they start a throwaway server of their own).
system_packages=(
    python3-venv python3-pip
    libegl1 libgl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
    fonts-dejavu-core
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0
    tesseract-ocr tesseract-ocr-eng poppler-utils
    libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2
    qpdf
    postgresql
)

say() { printf '\n== %s\n' "$*"; }

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || {
        echo "Not a Debian or Ubuntu system: install the equivalents of: ${system_packages[*]}"
        return 0
    }
    local missing=()
    for pkg in "${system_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing system packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "Please install these as root, then run this again: apt-get install ${missing[*]}"
            exit 1
        fi
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

pick_python() {
    for candidate in python3.13 python3.12 python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "EHCP Appeal needs Python 3.11 or newer (Debian 12 and Ubuntu 24.04 have it)." >&2
    exit 1
}

make_venv() {
    local python stamp wanted
    python=$(pick_python)
    if [ ! -x "$venv/bin/python" ]; then
        say "Creating the virtual environment in .venv"
        "$python" -m venv "$venv"
    fi
    stamp="$venv/.installed"
    wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
        say "Installing Python packages"
        "$venv/bin/python" -m pip install -q --upgrade pip
        "$venv/bin/python" -m pip install -q -e ".[dev]"
        echo "$wanted" >"$stamp"
    fi
}

run_tests() {
    export QT_QPA_PLATFORM=offscreen
    # In CI a missing PostgreSQL fails the team-mode tests instead of skipping them.
    if [ -n "${CI:-}" ]; then export EHCP_APPEAL_REQUIRE_POSTGRES=1; fi
    say "ruff (lint and format)"
    "$venv/bin/ruff" check .
    "$venv/bin/ruff" format --check .
    say "mypy (core)"
    "$venv/bin/mypy"
    say "pytest"
    "$venv/bin/python" -m pytest -p no:cacheprovider "$@"
}

run_app() {
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No screen found (DISPLAY is not set): run this from a desktop session." >&2
        exit 1
    fi
    exec "$venv/bin/python" main.py --demo "$@"
}

action=${1:-}
shift || true
case "$action" in
    app) install_system_packages; make_venv; run_app "$@" ;;
    test) install_system_packages; make_venv; run_tests "$@" ;;
    setup) install_system_packages; make_venv ;;
    *) echo "usage: bash scripts/dev.sh app|test|setup"; exit 2 ;;
esac
