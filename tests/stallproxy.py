"""A TCP proxy in front of a real server (moto_server) that can stall: while paused
it accepts connections and reads nothing, answers nothing (what a hung S3 or a
black-holed load balancer does). ``resume()`` drops every connection the pause held,
unforwarded, and forwards again.

    with StallProxy("127.0.0.1", 9000) as proxy:
        store = S3Store(..., endpoint=proxy.endpoint)
        proxy.pause(); ...; proxy.resume()
"""

from __future__ import annotations

import contextlib
import socket
import threading


class StallProxy:
    def __init__(self, host: str, port: int):
        self.upstream = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._running = threading.Event()  # set: forwarding; clear: stalled
        self._running.set()
        self._lock = threading.Lock()
        self._conns: list[tuple[socket.socket, socket.socket | None]] = []
        self._closed = False
        #: Requests held by the pause: new connections and data on kept-alive ones (the
        #: test waits on these, not on time).
        self.stalled_connections = 0
        self._accepted = threading.Condition()
        threading.Thread(target=self._accept, daemon=True, name="stallproxy").start()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        with self._lock:
            held, self._conns = self._conns, []
        for client, upstream in held:
            for s in (client, upstream):
                if s is not None:
                    with contextlib.suppress(OSError):
                        s.close()
        self._running.set()

    def wait_for_stalled(self, n: int, timeout: float = 60) -> None:
        """Blocks until ``n`` requests are held by the pause."""
        with self._accepted:
            assert self._accepted.wait_for(lambda: self.stalled_connections >= n, timeout), \
                f"only {self.stalled_connections} of {n} requests reached the stalled proxy"

    def _stalled(self) -> None:
        with self._accepted:
            self.stalled_connections += 1
            self._accepted.notify_all()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if not self._running.is_set():
                with self._lock:
                    self._conns.append((client, None))
                self._stalled()
                continue
            try:
                upstream = socket.create_connection(self.upstream)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._conns.append((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while True:
                self._running.wait()
                data = src.recv(65536)
                if not data:
                    break
                if not self._running.is_set():  # a request on a kept-alive connection: it hangs too
                    self._stalled()
                    self._running.wait()  # until resume(), which drops this connection unforwarded
                    break
                dst.sendall(data)
        for s in (src, dst):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closed = True
        self.resume()
        self._listener.close()

    def __enter__(self) -> StallProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
