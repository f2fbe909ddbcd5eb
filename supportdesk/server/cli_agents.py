"""`supportdesk-server agents`: IT lists, adds, disables, enables agents and resets passwords.

Passwords are asked for at the terminal (twice) or read from one line of standard input with
`--password-stdin`; never from the command line, where shell history and process lists keep
them. Exit codes: 0 done, 1 refused by what the database holds (no such agent, user name
taken), 2 bad input (role, limits, user name, password, usage).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from sqlalchemy import Connection, Engine

from ..domain import agents as rules
from . import db
from .actions import agents as actions
from .problems import ApiError

PROG = "supportdesk-server agents"
REFUSED, BAD_INPUT = 1, 2


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    common.add_argument("--db", required=True, help="SQLite file path or database URL")
    parser = argparse.ArgumentParser(
        prog=PROG, allow_abbrev=False,
        description="Manage who may sign in. Disabling an agent or resetting a password "
                    "signs out the agent's sessions on every server process within a second.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("list", parents=[common], allow_abbrev=False,
                        help="every agent: user name, name, role, limits, status, lock-out")
    add = commands.add_parser("add", parents=[common], allow_abbrev=False,
                              help="add an agent (asks for the password)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the agent's name as colleagues see it")
    add.add_argument("--role", required=True, help=" or ".join(rules.ROLES))
    add.add_argument("--per-credit-limit", required=True, metavar="MILES",
                     help="credits above it wait for a supervisor (0: every credit waits)")
    add.add_argument("--daily-limit", required=True, metavar="MILES",
                     help="a credit taking the day's total above it waits for a supervisor")
    _password_option(add)
    for name, text in (("disable", "disable an agent and sign out all of their sessions"),
                       ("enable", "enable a disabled agent (old sessions stay signed out)")):
        commands.add_parser(name, parents=[common], allow_abbrev=False,
                            help=text).add_argument("username")
    reset = commands.add_parser("reset-password", parents=[common], allow_abbrev=False,
                                help="set a new password (asks for it), sign out all of the "
                                     "agent's sessions and lift a lock-out")
    reset.add_argument("username")
    _password_option(reset)
    return parser


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from the first line of standard input "
                             "instead of asking")


def main(argv: list[str]) -> int:
    parser = build_parser()
    if any(arg == "--password" or arg.startswith("--password=") for arg in argv):
        # Said before argparse, which would echo the password in its error message.
        print(f"{PROG}: error: a password is never given on the command line (shell history "
              f"and process lists keep it); type it when asked, or pipe it with "
              f"--password-stdin", file=sys.stderr)
        return BAD_INPUT
    args = parser.parse_args(argv)
    command = _COMMANDS[args.command]
    engine = db.make_engine(args.db)
    try:
        db.create_schema(engine)
        print(command(engine, args))
    except rules.AgentProblem as exc:
        print(f"{PROG} {args.command}: error: {exc.message}", file=sys.stderr)
        return BAD_INPUT
    except ApiError as exc:
        print(f"{PROG} {args.command}: error: {exc.detail}", file=sys.stderr)
        return REFUSED
    finally:
        engine.dispose()
    return 0


def _operator() -> actions.Operator:
    try:
        os_user = getpass.getuser()
    except (KeyError, OSError):  # no user name for this uid (a container)
        os_user = None
    return actions.Operator("cli", os_user)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().removesuffix("\n").removesuffix("\r")
        return rules.check_password(password)
    try:
        password = getpass.getpass(f"New password for {args.username}: ")
        rules.check_password(password)
        if getpass.getpass("The same again: ") != password:
            raise rules.AgentProblem("password-mismatch", "The two passwords differ.")
    except EOFError:
        raise rules.AgentProblem("no-password", "No password was typed; use a terminal or "
                                                "--password-stdin.") from None
    return password


def _write(engine: Engine) -> Connection:
    """A connection for one change: an immediate transaction (the audit chain's write lock)."""
    return engine.connect().execution_options(immediate=True)


def _check_known(engine: Engine, username: str, *, known: bool) -> None:
    """Refuse an unknown (or, adding, a taken) user name before asking for a password. The
    change itself checks again under the write lock."""
    with engine.connect() as conn:
        found = actions.find(conn, username) is not None
    if found != known:
        raise actions.not_found(username) if known else actions.username_taken(username)


def _list(engine: Engine, _args: argparse.Namespace) -> str:
    with engine.connect() as conn:
        found = actions.list_agents(conn)
    now = db.iso(db.utcnow())
    rows = [("USERNAME", "NAME", "ROLE", "PER CREDIT", "DAILY", "STATUS", "LOCKED")]
    rows += [(a.username, a.name, a.role, f"{a.per_credit_limit:,}", f"{a.daily_limit:,}",
              "active" if a.active else "disabled",
              f"until {a.locked_until}" if a.locked(now) else "no") for a in found]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
             for row in rows]
    return "\n".join(lines + [_count(len(found), "agent")])


def _add(engine: Engine, args: argparse.Namespace) -> str:
    from .passwords import hash_password

    username = rules.clean_username(args.username)
    name = rules.clean_agent_name(args.name)
    role = rules.clean_role(args.role)
    limits = rules.clean_limits(args.per_credit_limit, args.daily_limit)
    _check_known(engine, username, known=False)
    password_hash = hash_password(_password(args))  # slow on purpose: before the write lock
    with _write(engine) as conn, conn.begin():
        agent = actions.add(conn, _operator(), username=username, name=name, role=role,
                            limits=limits, password_hash=password_hash)
    return (f"added {agent.role} {agent.username} ({agent.name}), limits "
            f"{agent.per_credit_limit:,} per credit and {agent.daily_limit:,} a day")


def _set_active(active: bool) -> Callable[[Engine, argparse.Namespace], str]:
    def change(engine: Engine, args: argparse.Namespace) -> str:
        username = rules.clean_username(args.username)
        with _write(engine) as conn, conn.begin():
            agent, changed, revoked = actions.set_active(conn, _operator(), username, active)
        state = "enabled" if active else "disabled"
        if not changed:
            return f"{agent.username} was already {state}; nothing changed"
        if active:
            return f"enabled {agent.username}; they can sign in again"
        return (f"disabled {agent.username}; {_count(revoked, 'live session')} signed out on "
                f"every server within a second")
    return change


def _reset_password(engine: Engine, args: argparse.Namespace) -> str:
    from .passwords import hash_password

    username = rules.clean_username(args.username)
    _check_known(engine, username, known=True)
    password_hash = hash_password(_password(args))
    with _write(engine) as conn, conn.begin():
        agent, revoked = actions.reset_password(conn, _operator(), username, password_hash)
    return (f"new password set for {agent.username}; {_count(revoked, 'live session')} signed "
            f"out on every server within a second")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


_COMMANDS: dict[str, Callable[[Engine, argparse.Namespace], str]] = {
    "list": _list, "add": _add, "disable": _set_active(False), "enable": _set_active(True),
    "reset-password": _reset_password,
}
