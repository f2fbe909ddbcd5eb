"""`supportdesk-server`: serve the reference backend (and, with --demo, seed it first);
`supportdesk-server maintenance …`, `supportdesk-server agents …` (cli_agents.py) and
`supportdesk-server audit …` (cli_audit.py) for IT."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from pathlib import Path

from .. import __version__
from ..logsafe import PersonalDataFilter, uvicorn_log_config


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="supportdesk-server",
        description="SupportDesk reference backend (FastAPI + SQLAlchemy; SQLite by default).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", required=True, help="SQLite file path or database URL")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--demo", action="store_true", help="seed demo data into an empty database")
    parser.add_argument("--members", type=int, default=20_000, help="demo members to seed")
    parser.add_argument("--seed", type=int, default=1, help="demo data seed")
    parser.add_argument("--demo-password", default="demo", help="password of the demo agents")
    parser.add_argument("--token-ttl-hours", type=float, default=10.0,
                        help="how long a sign-in lasts (a shift)")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--audit-key-file", type=Path,
                        help="the audit chain's key file, made on first start (default: "
                             "$SUPPORTDESK_AUDIT_KEY_FILE, else <database>.audit-key); IT "
                             "backs it up")
    parser.add_argument("--audit-checkpoints", type=Path,
                        help="file the signed audit checkpoints are appended to (default: "
                             "$SUPPORTDESK_AUDIT_CHECKPOINTS, else <database>.audit-checkpoints)")
    parser.add_argument("--audit-checkpoint-minutes", type=float, default=10.0,
                        help="how often the server writes an audit checkpoint (0: never)")
    parser.add_argument("--log-level", default="info")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["maintenance"]:
        return maintenance_main(argv[1:])
    if argv[:1] == ["audit"]:
        from . import cli_audit

        return cli_audit.main(argv[1:])
    if argv[:1] == ["agents"]:
        from . import cli_agents

        return cli_agents.main(argv[1:])
    args = build_parser().parse_args(argv)
    limit_malloc_arenas()
    logging.basicConfig(level=args.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(PersonalDataFilter())  # no personal data in the server's log either
    if args.members < 1 or args.members > 99_999_999:
        print("--members must be between 1 and 99,999,999", file=sys.stderr)
        return 2

    from .app import Settings, create_app
    from .db import create_schema, make_engine

    engine = make_engine(args.db)
    if args.demo:
        from .seed import seed_demo

        seed_demo(engine, members=args.members, seed=args.seed, password=args.demo_password)
    else:
        create_schema(engine)

    import uvicorn

    from . import audit

    try:
        key_path = (args.audit_key_file or audit.default_key_path(engine)).resolve()
        made = not key_path.exists()
        audit_key = audit.load_or_create_key(key_path)
        checkpoints = args.audit_checkpoints or audit.default_checkpoint_path(engine)
    except (audit.AuditKeyError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 2
    if checkpoints is None:
        print("give --audit-checkpoints (or SUPPORTDESK_AUDIT_CHECKPOINTS): the database is "
              "not a file", file=sys.stderr)
        return 2
    if made:
        print(f"Made the audit key file {key_path}: back it up (docs/operations.md)",
              flush=True)
    settings = Settings(
        engine=engine, token_ttl=dt.timedelta(hours=args.token_ttl_hours), demo=args.demo,
        audit_key=audit_key, audit_checkpoints=checkpoints.resolve(),
        audit_checkpoint_minutes=args.audit_checkpoint_minutes,
    )
    app = create_app(settings)
    scheme_host = f"http://{args.host}:{args.port}"
    print(f"SupportDesk reference backend {__version__} serving {scheme_host}/api/v1", flush=True)
    if args.demo:
        print(
            f"Demo sign-in: agent1 … agent20 (agents), super1 … super3 (supervisors); "
            f"password {args.demo_password!r}",
            flush=True,
        )
    if args.workers > 1:
        # Each worker process builds its own app and engine from the environment.
        os.environ["SUPPORTDESK_SERVER_DB"] = args.db if "://" in args.db else str(Path(args.db))
        os.environ["SUPPORTDESK_SERVER_TOKEN_TTL_HOURS"] = str(args.token_ttl_hours)
        os.environ["SUPPORTDESK_SERVER_DEMO"] = "1" if args.demo else ""
        os.environ[audit.KEY_ENV] = str(key_path)
        os.environ[audit.CHECKPOINTS_ENV] = str(checkpoints.resolve())
        os.environ["SUPPORTDESK_AUDIT_CHECKPOINT_MINUTES"] = str(args.audit_checkpoint_minutes)
        uvicorn.run("supportdesk.server.cli:app_from_env", factory=True, host=args.host,
                    port=args.port, workers=args.workers, log_level=args.log_level,
                    http="httptools", loop="auto", log_config=uvicorn_log_config())
        return 0
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                http="httptools", loop="auto", log_config=uvicorn_log_config())
    return 0


def maintenance_main(argv: list[str]) -> int:
    """`supportdesk-server maintenance`: take capabilities down for maintenance, or end it."""
    from . import maintenance
    from .db import create_schema, make_engine

    parser = argparse.ArgumentParser(
        prog="supportdesk-server maintenance",
        description="Declare maintenance of capabilities (clients grey them out and queue "
                    "what they can), or end it with --end.")
    parser.add_argument("--db", required=True, help="SQLite file path or database URL")
    parser.add_argument("--capabilities", help="comma-separated: " +
                        ", ".join(maintenance.CAPABILITIES))
    parser.add_argument("--until", help="expected end, e.g. 2024-01-02T18:00+01:00")
    parser.add_argument("--message", help="shown to the agents")
    parser.add_argument("--end", action="store_true",
                        help="end maintenance (of --capabilities, else of all)")
    args = parser.parse_args(argv)
    try:
        names = (maintenance.parse_capabilities(args.capabilities)
                 if args.capabilities else None)
        until = maintenance.parse_until(args.until) if args.until else None
    except ValueError as exc:
        parser.error(str(exc))
    if not args.end and names is None:
        parser.error("--capabilities is required (or --end)")
    engine = make_engine(args.db)
    create_schema(engine)
    if args.end:
        count = maintenance.end(engine, names)
        print(f"maintenance ended for {count} capabilities")
    else:
        maintenance.start(engine, names, until, args.message)
        print(f"maintenance of {', '.join(names)} until {until or 'further notice'}")
    engine.dispose()
    return 0


def limit_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives each request thread its own malloc arena; under 40 concurrent clients that
    alone held ~250 MB (measured in bench/). Two arenas cost no measurable speed here."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt(-8, arenas)  # M_ARENA_MAX
    except (OSError, AttributeError):
        pass


def app_from_env():  # noqa: ANN201 - the factory each worker process calls
    from .app import Settings, create_app
    from .db import make_engine

    return create_app(
        Settings(
            engine=make_engine(os.environ["SUPPORTDESK_SERVER_DB"]),
            token_ttl=dt.timedelta(hours=float(os.environ["SUPPORTDESK_SERVER_TOKEN_TTL_HOURS"])),
            demo=bool(os.environ.get("SUPPORTDESK_SERVER_DEMO")),
            audit_checkpoint_minutes=float(
                os.environ.get("SUPPORTDESK_AUDIT_CHECKPOINT_MINUTES", "10")),
        )
    )


if __name__ == "__main__":
    sys.exit(main())
