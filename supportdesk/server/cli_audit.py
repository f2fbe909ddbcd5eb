"""`supportdesk-server audit …`: IT checks the audit trail and writes checkpoints.

    supportdesk-server audit verify --db … [--checkpoints …] [--key-file …] [--full]
    supportdesk-server audit checkpoint --db … [--checkpoints …] [--key-file …]

`verify` exits 0 when every chain and checkpoint verifies, 1 on any problem (named in the
report), 2 when it cannot check (no key file, no database). After a clean run it appends a
"verified" checkpoint, where the next run starts (unless --full): a daily verify of a large
trail reads only the day's entries.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import inspect


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="supportdesk-server audit",
        description="Check the audit trail (every chain, every checkpoint) or write a "
                    "checkpoint of it.")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, helptext in (("verify", "check every chain and checkpoint; exit 1 on a problem"),
                           ("checkpoint", "append a signed checkpoint of every chain's head")):
        command = commands.add_parser(name, help=helptext)
        command.add_argument("--db", required=True, help="SQLite file path or database URL")
        command.add_argument("--key-file", type=Path,
                             help="the audit key file (default: $SUPPORTDESK_AUDIT_KEY_FILE, "
                                  "else <database>.audit-key)")
        command.add_argument("--checkpoints", type=Path,
                             help="the checkpoint file (default: "
                                  "$SUPPORTDESK_AUDIT_CHECKPOINTS, else "
                                  "<database>.audit-checkpoints)")
        if name == "verify":
            command.add_argument("--full", action="store_true",
                                 help="check everything, not only what came after the last "
                                      "verified checkpoint")
    return parser


def main(argv: list[str]) -> int:
    from . import audit
    from .db import make_engine

    args = build_parser().parse_args(argv)
    if "://" not in args.db and not Path(args.db).exists():
        print(f"no database at {args.db}", file=sys.stderr)
        return 2
    engine = make_engine(args.db)
    try:
        if "audit_heads" not in inspect(engine).get_table_names():
            print(f"{args.db} has no audit chains yet (schema 6): start the server once",
                  file=sys.stderr)
            return 2
        try:
            key_path = args.key_file or audit.default_key_path(engine)
            audit.use_key(engine, audit.read_key(key_path))
        except audit.AuditKeyError as exc:
            print(exc, file=sys.stderr)
            return 2
        checkpoints = args.checkpoints or audit.default_checkpoint_path(engine)
        if args.command == "checkpoint":
            if checkpoints is None:
                print("give --checkpoints (the database is not a file)", file=sys.stderr)
                return 2
            audit.seal_legacy(engine)
            body = audit.checkpoint(engine, checkpoints)
            print(f"checkpoint of {len(body['chains'])} chains, {body['entries']} entries "
                  f"written to {checkpoints}")
            return 0
        report = audit.verify_trail(engine, checkpoints=checkpoints, full=args.full)
        print(report.text(args.db))
        if checkpoints is None:
            print("note: no checkpoint file: a truncated tail or a wiped table with rewritten "
                  "heads cannot be seen without one")
        if not report.intact:
            return 1
        if checkpoints is not None:
            audit.checkpoint(engine, checkpoints, kind="verified", chains=report.heads,
                             entries=report.total)
        return 0
    finally:
        engine.dispose()
