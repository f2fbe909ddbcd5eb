#!/usr/bin/env bash
# ./run.sh [ARGS...] — run the SupportDesk desktop app from this checkout.
#
# Sets up .venv first (scripts/bootstrap.sh run), then execs the `supportdesk` GUI entry
# point with ARGS. With no backend configured the app starts an embedded demo server.
# On a machine with no display:  xvfb-run -a ./run.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)

# Fail before a possibly long first-time install, not after it, when there is no screen.
# An explicit non-windowing Qt platform (QT_QPA_PLATFORM=offscreen, vnc, eglfs, ...) is
# the caller's choice and is let through.
needs_display() {
    [[ $(uname -s) == Linux ]] || return 1
    [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]] || return 1
    case ${QT_QPA_PLATFORM:-} in
        "" | xcb* | wayland*) ;;
        *) return 1 ;;
    esac
    local arg
    for arg in "$@"; do
        case $arg in -h | --help | --version) return 1 ;; esac
    done
    return 0
}
if needs_display "$@"; then
    {
        echo "run.sh: no display: neither DISPLAY nor WAYLAND_DISPLAY is set, and SupportDesk opens a window."
        echo "        On a headless machine, run it under a virtual X server:"
        echo "            xvfb-run -a $0${*:+ $*}"
        if ! command -v xvfb-run >/dev/null 2>&1; then
            sudo=sudo
            [[ $(id -u) -eq 0 ]] && sudo=""
            echo "        (xvfb-run is in Debian/Ubuntu's 'xvfb' package: ${sudo:+$sudo }apt-get install -y xvfb xauth)"
        fi
        echo "        Over SSH, 'ssh -X' forwards your display instead."
    } >&2
    exit 1
fi

bash "$root/scripts/bootstrap.sh" run
exec "$root/.venv/bin/supportdesk" "$@"
