#!/usr/bin/env bash
# scripts/bootstrap.sh — create or refresh the project's virtual environment (.venv).
#
# Used by ./run.sh and ./test.sh; safe to call by hand:
#
#     scripts/bootstrap.sh [test|run]          # or: source scripts/bootstrap.sh test|run
#
#   test (default)  pip install -e ".[server,test]"; Qt libraries for offscreen tests,
#                   PostgreSQL for the server tests
#   run             pip install -e ".[server]";      Qt libraries for a real window too
#
# What it does:
#   * creates .venv with `python3 -m venv`, or reuses it; a .venv that is broken or was
#     made by another Python minor version than python3's is deleted and made again;
#   * upgrades pip only in a venv it has just made;
#   * runs pip only when the stamp file .venv/.supportdesk-bootstrap (hash of
#     pyproject.toml, the extras, the checkout path and the Python version) does not
#     match, so a second run takes well under a second;
#   * on Debian/Ubuntu, checks Qt's runtime libraries with dpkg-query and installs the
#     missing ones with apt-get when it runs as root or has passwordless sudo; otherwise
#     it names them, prints the apt-get command, and carries on.
#
# Prints nothing when there is nothing to do.
#
# Environment:
#   SUPPORTDESK_NO_APT=1    never call apt-get; only report missing system packages
#   SUPPORTDESK_PYTHON=...  interpreter that creates .venv (default: python3)
#   SUPPORTDESK_VERBOSE=1   show pip/apt output as it happens (it always goes to
#                           .venv/bootstrap.log, and its tail is shown on failure)

# Resolved now: once sourced, BASH_SOURCE no longer says where this file is.
_SD_BOOTSTRAP_FILE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)/$(basename "${BASH_SOURCE[0]}")

# The body runs in a subshell, so sourcing this file neither changes the caller's shell
# options nor exits the caller's shell on failure: it returns the status instead.
_sd_bootstrap() (
    set -euo pipefail

    say() { printf 'bootstrap: %s\n' "$*" >&2; }
    die() {
        say "ERROR: $*"
        exit 1
    }

    local mode=${1:-test}
    local extras want_window
    case $mode in
        test) extras=server,test want_window=0 ;;
        run) extras=server want_window=1 ;;
        -h | --help)
            sed -n '2,/^$/{s/^# \{0,1\}//;p}' "$_SD_BOOTSTRAP_FILE"
            exit 0
            ;;
        *) die "unknown mode '$mode' (expected: test or run)" ;;
    esac
    [[ $# -le 1 ]] || die "too many arguments: $* (expected: [test|run])"

    local root venv vpy stamp log
    root=$(cd "$(dirname "$_SD_BOOTSTRAP_FILE")/.." && pwd -P)
    [[ -f $root/pyproject.toml ]] || die "no pyproject.toml in $root"
    venv=$root/.venv
    vpy=$venv/bin/python
    stamp=$venv/.supportdesk-bootstrap
    log=$venv/bootstrap.log

    # One bootstrap at a time per checkout (./run.sh and ./test.sh started together).
    if command -v flock >/dev/null 2>&1 && exec 9<"$_SD_BOOTSTRAP_FILE"; then
        if ! flock -n 9; then
            say "waiting for another bootstrap of $root to finish..."
            flock 9
        fi
    fi

    # Runs "$@" with its output in $log (and on the terminal with SUPPORTDESK_VERBOSE=1).
    # The log holds the last bootstrap that had work to do.
    local log_started=0
    logged() {
        if [[ $log_started == 0 ]]; then
            : >"$log"
            log_started=1
        fi
        printf '\n$ %s\n' "$*" >>"$log"
        if [[ ${SUPPORTDESK_VERBOSE:-0} == 1 ]]; then
            "$@" 2>&1 | tee -a "$log" >&2
        else
            "$@" >>"$log" 2>&1
        fi
    }
    show_log_tail() {
        [[ -f $log ]] || return 0
        say "last lines of $log:"
        tail -n "${1:-40}" "$log" | sed 's/^/    /' >&2
    }
    sha256() {
        if command -v sha256sum >/dev/null 2>&1; then
            sha256sum | cut -d' ' -f1
        else
            shasum -a 256 | cut -d' ' -f1
        fi
    }

    # ---------------------------------------------------------------- the interpreter
    local py=${SUPPORTDESK_PYTHON:-python3} pyver
    command -v "$py" >/dev/null 2>&1 ||
        die "'$py' not found. On Debian/Ubuntu: sudo apt-get install python3 python3-venv"
    pyver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])') ||
        die "'$py' does not run"
    if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
        die "SupportDesk needs Python >= 3.11, but '$py' is $pyver." \
            "Install a newer one and point SUPPORTDESK_PYTHON at it (e.g. SUPPORTDESK_PYTHON=python3.11)."
    fi

    # ---------------------------------------------------------------- the venv's state
    local venv_ok=0 venv_existed=0
    [[ -e $venv || -L $venv ]] && venv_existed=1
    if [[ -f $venv/pyvenv.cfg && -x $vpy ]] &&
        [[ $("$vpy" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) == "$pyver" ]]; then
        venv_ok=1
    fi

    # ---------------------------------------------------------------- system packages
    local can_apt=0 apt_updated=0
    local -a sudo_cmd=()
    if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 &&
        [[ ${SUPPORTDESK_NO_APT:-0} != 1 ]]; then
        if [[ $(id -u) -eq 0 ]]; then
            can_apt=1
        elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            can_apt=1
            sudo_cmd=(sudo -n)
        fi
    fi

    # Prints, one per line, those of the named packages that dpkg does not have installed.
    # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64): either counts.
    missing_debs() {
        local -a names=()
        local p
        for p in "$@"; do names+=("$p" "${p}t64"); done
        local installed
        installed=$(dpkg-query -W -f='${binary:Package} ${db:Status-Abbrev}\n' "${names[@]}" 2>/dev/null |
            awk 'substr($2, 2, 1) == "i" { sub(/:.*/, "", $1); print $1 }') || true
        for p in "$@"; do
            grep -qxF -e "$p" -e "${p}t64" <<<"$installed" || printf '%s\n' "$p"
        done
    }

    # apt-get install "$@" (after one apt-get update); returns apt-get's status.
    apt_install() {
        local -a apt=(${sudo_cmd[@]+"${sudo_cmd[@]}"} env DEBIAN_FRONTEND=noninteractive
            apt-get -o DPkg::Lock::Timeout=300 -o APT::Install-Recommends=false)
        mkdir -p "$venv" 2>/dev/null || true
        say "installing system packages: $* (apt-get; log: $log)"
        if [[ $apt_updated == 0 ]]; then
            # A failed update (one unreachable source, say) may still leave usable lists.
            logged "${apt[@]}" -q update || say "WARNING: apt-get update failed; trying the install anyway"
            apt_updated=1
        fi
        logged "${apt[@]}" -q -y install "$@" || { show_log_tail 25; return 1; }
    }

    # How the printed apt-get commands start: as root, with sudo, or to be run as root.
    local sudo_hint=sudo as_root=""
    if [[ $(id -u) -eq 0 ]]; then
        sudo_hint=""
    elif ! command -v sudo >/dev/null 2>&1; then
        sudo_hint="" as_root="as root: "
    fi

    if command -v dpkg-query >/dev/null 2>&1; then
        # What Qt (PySide6 wheels) loads even with QT_QPA_PLATFORM=offscreen; fonts too, or
        # every text is laid out with no font at all.
        local -a qt_debs=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0
            libdbus-1-3 libx11-6 fonts-dejavu-core)
        # What the xcb platform plugin needs on top, for a real window.
        local -a window_debs=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
            libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
            libxcb-xkb1)
        [[ $want_window == 1 ]] && qt_debs+=("${window_debs[@]}")
        # The server tests run on PostgreSQL too: each test run starts a private cluster
        # with the distribution's binaries (tests/helpers/postgres.py).
        [[ $mode == test ]] && qt_debs+=(postgresql locales)

        local -a missing=()
        mapfile -t missing < <(missing_debs "${qt_debs[@]}")
        if [[ ${#missing[@]} -gt 0 && $can_apt == 1 ]]; then
            apt_install "${missing[@]}" || say "WARNING: apt-get could not install them"
            mapfile -t missing < <(missing_debs "${missing[@]}")
        fi
        if [[ ${#missing[@]} -gt 0 ]]; then
            say "WARNING: system packages that Qt (or the tests' PostgreSQL) needs are missing: ${missing[*]}"
            say "install them with:"
            say "    $as_root${sudo_hint:+$sudo_hint }apt-get update && ${sudo_hint:+$sudo_hint }apt-get install -y ${missing[*]}"
            if [[ $want_window == 1 ]]; then
                say "(continuing, but the window may fail to open until they are installed)"
            else
                say "(continuing; tests with QT_QPA_PLATFORM=offscreen may still work)"
            fi
        fi
        # A German-collated PostgreSQL database in the search tests needs the system's
        # de_DE.UTF-8 locale (tests/server/test_search_collation.py).
        if [[ $mode == test ]] && command -v localedef >/dev/null 2>&1 &&
            ! locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\{0,1\}8'; then
            if [[ $can_apt == 1 ]]; then
                say "generating the de_DE.UTF-8 locale for the tests (localedef)"
                ${sudo_cmd[@]+"${sudo_cmd[@]}"} localedef -i de_DE -f UTF-8 de_DE.UTF-8 ||
                    say "WARNING: localedef could not generate de_DE.UTF-8"
            else
                say "WARNING: the tests need the de_DE.UTF-8 locale: ${as_root}localedef -i de_DE -f UTF-8 de_DE.UTF-8"
            fi
        fi
    fi

    # ---------------------------------------------------------------- create the venv
    make_venv() {
        if [[ $1 == new ]]; then
            say "creating $venv with $py ($pyver)"
        else
            say "recreating $venv ($1)"
        fi
        rm -rf -- "$venv"
        # Debian/Ubuntu ship venv's ensurepip separately, in python3.X-venv.
        if ! "$py" -c 'import ensurepip' >/dev/null 2>&1; then
            local venv_deb=python$pyver-venv
            if [[ $can_apt == 1 && $("$py" -c 'import sys; print(sys.base_prefix)') == /usr ]]; then
                apt_install "$venv_deb" || true
            fi
            "$py" -c 'import ensurepip' >/dev/null 2>&1 ||
                die "'$py -m venv' cannot work: Python's ensurepip is missing. On Debian/Ubuntu:" \
                    "$as_root${sudo_hint:+$sudo_hint }apt-get install -y $venv_deb"
        fi
        mkdir -p "$venv"
        if ! logged "$py" -m venv "$venv"; then
            show_log_tail 20
            rm -rf -- "$venv"
            die "'$py -m venv $venv' failed (output above)"
        fi
        if ! logged "$vpy" -m pip install --upgrade pip; then
            say "WARNING: could not upgrade pip in the new venv; going on with the one it has"
        fi
    }

    if [[ $venv_ok == 0 ]]; then
        if [[ $venv_existed == 1 ]]; then
            make_venv "it is broken or not made by Python $pyver"
        else
            make_venv new
        fi
    fi

    # ---------------------------------------------------------------- install the package
    local pyproject_hash stamped_line="" stamped_extras=""
    pyproject_hash=$(sha256 <"$root/pyproject.toml")
    stamp_line() { printf 'pyproject=%s python=%s root=%s\n' "$pyproject_hash" "$pyver" "$root"; }
    if [[ -f $stamp ]]; then
        stamped_line=$(head -n 1 "$stamp")
        stamped_extras=$(sed -n 's/^extras=//p' "$stamp")
    fi
    # Up to date: same pyproject.toml, Python and checkout, and every extra asked for
    # already installed (./run.sh after ./test.sh needs no pip).
    local -a need=() all=()
    local e satisfied=0
    IFS=, read -r -a need <<<"$extras"
    if [[ -n $stamped_extras && $stamped_line == "$(stamp_line)" ]]; then
        satisfied=1
        for e in "${need[@]}"; do
            [[ ,$stamped_extras, == *",$e,"* ]] || satisfied=0
        done
    fi
    [[ $satisfied == 0 ]] || exit 0

    if ! "$vpy" -m pip --version >/dev/null 2>&1; then
        make_venv "it has no working pip"
        stamped_extras=""
    fi
    # Install the union of the extras asked for and those installed before, so that
    # alternating ./run.sh and ./test.sh does not reinstall each time.
    IFS=, read -r -a all <<<"${stamped_extras:+$stamped_extras,}$extras"
    extras=$(printf '%s\n' "${all[@]}" | sort -u | paste -sd, -)

    rm -f -- "$stamp"
    say "installing supportdesk[$extras] into .venv (pip; log: $log)..."
    if ! (
        cd "$root" || exit 1
        export PIP_USER=0 PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1
        logged "$vpy" -m pip install -e ".[$extras]"
    ); then
        show_log_tail 40
        die "pip install -e \".[$extras]\" failed (full log: $log)"
    fi
    { stamp_line; printf 'extras=%s\n' "$extras"; } >"$stamp.tmp"
    mv -f -- "$stamp.tmp" "$stamp"
)

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
    _sd_bootstrap "$@"
else
    # Sourced (give the mode explicitly: without arguments, "$@" is the caller's).
    # Leave no helpers behind and return the bootstrap's status.
    # (Called plainly: under `||` bash would ignore the `set -e` inside it.)
    _sd_bootstrap "$@"
    _sd_status=$?
    unset -f _sd_bootstrap
    unset _SD_BOOTSTRAP_FILE
    eval "unset _sd_status; return $_sd_status"
fi
