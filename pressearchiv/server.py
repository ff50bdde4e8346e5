"""Production serving: waitress in one or more pre-forked worker processes.

Waitress is threaded, so one process uses one core for Python work (the GIL).
With ``workers > 1`` the parent binds the listening socket once and forks that
many children; each builds its own app (its own SQLite connection and index
searchers, created after the fork) and accepts connections on the shared
socket. Children die with the parent, and the parent ends them on SIGINT or
SIGTERM.
"""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Callable

import waitress

from archive.processes import die_with_parent

AppFactory = Callable[[], object]


def bind(host: str, port: int) -> socket.socket:
    """Return a listening TCP socket on ``host:port``."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(1024)
    return sock


def serve(make_app: AppFactory, sock: socket.socket, threads: int = 8, workers: int = 1) -> None:
    """Serve the WSGI app made by ``make_app`` on the listening ``sock`` until interrupted."""
    if workers <= 1:
        _run(make_app, sock, threads)
        return
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # child
            die_with_parent(signal.SIGTERM)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            try:
                _run(make_app, sock, threads)
            finally:
                os._exit(0)
        children.append(pid)

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        os.waitpid(-1, 0)  # a worker that dies takes the service down visibly
    finally:
        for child in children:
            try:
                os.kill(child, signal.SIGTERM)
                os.waitpid(child, 0)
            except (ProcessLookupError, ChildProcessError):
                pass


def _run(make_app: AppFactory, sock: socket.socket, threads: int) -> None:
    waitress.serve(make_app(), sockets=[sock], threads=threads, ident="pressearchiv", _quiet=True)
