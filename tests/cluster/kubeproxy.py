"""FAKE cluster networking: loopback ports handed to pods, and one TCP proxy per Service
port (what kube-proxy does for a ClusterIP), spreading connections over the ready
pods the Service selects. A Service with no ready pod refuses connections, as a real
one with no endpoints does (clients see UNAVAILABLE)."""

from __future__ import annotations

import contextlib
import itertools
import socket
import threading
from collections.abc import Callable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pump(src: socket.socket, dst: socket.socket) -> None:
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)


class ServiceProxy:
    """127.0.0.1:<port> -> one of ``endpoints()`` (ports of ready pods), round robin."""

    def __init__(self, name: str, endpoints: Callable[[], list[int]]):
        self.name, self.endpoints = name, endpoints
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._rr = itertools.count()
        self._stop = False
        threading.Thread(target=self._accept, name=f"svc-{name}", daemon=True).start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            ports = self.endpoints()
            if not ports:
                client.close()
                continue
            port = ports[next(self._rr) % len(ports)]
            try:
                upstream = socket.create_connection(("127.0.0.1", port), timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            self.connections += 1
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(a, b), daemon=True).start()

    def close(self) -> None:
        self._stop = True
        with contextlib.suppress(OSError):
            self.sock.close()
