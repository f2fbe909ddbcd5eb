"""`supportdesk-server`: serve the reference backend (and, with --demo, seed it first)."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import socket
import sys
from pathlib import Path

from .. import __version__


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
    parser.add_argument("--log-level", default="info")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
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

    settings = Settings(
        engine=engine, token_ttl=dt.timedelta(hours=args.token_ttl_hours), demo=args.demo
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
        # Several processes share one listening socket; each builds its own app and engine.
        sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((args.host, args.port))
        config = uvicorn.Config(
            "supportdesk.server.cli:app_from_env", factory=True, workers=args.workers,
            log_level=args.log_level, http="httptools", loop="uvloop",
        )
        import os

        os.environ["SUPPORTDESK_SERVER_DB"] = str(Path(args.db)) if "://" not in args.db else args.db
        os.environ["SUPPORTDESK_SERVER_TOKEN_TTL_HOURS"] = str(args.token_ttl_hours)
        os.environ["SUPPORTDESK_SERVER_DEMO"] = "1" if args.demo else ""
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, target=uvicorn.Server(config).run, sockets=[sock]).run()
        return 0
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                http="httptools", loop="uvloop")
    return 0


def app_from_env():  # noqa: ANN201 - the factory each worker process calls
    import os

    from .app import Settings, create_app
    from .db import make_engine

    return create_app(
        Settings(
            engine=make_engine(os.environ["SUPPORTDESK_SERVER_DB"]),
            token_ttl=dt.timedelta(hours=float(os.environ["SUPPORTDESK_SERVER_TOKEN_TTL_HOURS"])),
            demo=bool(os.environ.get("SUPPORTDESK_SERVER_DEMO")),
        )
    )


if __name__ == "__main__":
    sys.exit(main())
