"""Server launchers the `client` benchmark compares with the product's own command.

    python -m bench.server_variants cli-patched-workers ARGS…
        `supportdesk.server.cli.main(ARGS)` unchanged, except that uvicorn's Multiprocess
        accepts (and ignores) the `target=` argument the CLI passes: uvicorn >= 0.30 dropped
        it, so `--workers 2` otherwise dies with a TypeError before serving.
    python -m bench.server_variants asyncio-control --db DB --port P
        The same app on uvicorn's pure-asyncio stack (h11, asyncio loop) over a socket bound
        beforehand the way cli.py and embedded.py bind theirs. asyncio sets TCP_NODELAY only on
        sockets whose proto is IPPROTO_TCP, and `socket.socket(AF_INET)` has proto 0, so every
        keep-alive response waits for the client's delayed ACK (~40 ms). This is the control
        that shows the stall detector works; uvloop (the product's loop) always sets
        TCP_NODELAY, but uvloop does not exist on Windows.
"""

from __future__ import annotations

import argparse
import socket
import sys


def cli_patched_workers(argv: list[str]) -> int:
    import uvicorn.supervisors

    original = uvicorn.supervisors.Multiprocess

    class Multiprocess(original):  # type: ignore[misc, valid-type]
        def __init__(self, config, target=None, sockets=None):  # noqa: ANN001, ARG002
            super().__init__(config, sockets=sockets)

    uvicorn.supervisors.Multiprocess = Multiprocess
    from supportdesk.server.cli import main

    return main(argv)


def asyncio_control(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--port", type=int, required=True)
    args, _ = parser.parse_known_args(argv)
    import uvicorn

    from supportdesk.server.app import Settings, create_app
    from supportdesk.server.db import make_engine

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # proto 0, as cli.py/embedded.py
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", args.port))
    app = create_app(Settings(engine=make_engine(args.db)))
    config = uvicorn.Config(app, http="h11", loop="asyncio", log_level="warning",
                            lifespan="off", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


VARIANTS = {"cli-patched-workers": cli_patched_workers, "asyncio-control": asyncio_control}

if __name__ == "__main__":
    sys.exit(VARIANTS[sys.argv[1]](sys.argv[2:]))
