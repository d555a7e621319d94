"""A FAKE flaky S3: an HTTP front to a real server (moto_server) that fails the next N
requests, each either answered ``503 SlowDown`` (an overloaded S3 or load balancer) or
dropped (the connection closed once the request was read, no answer: a restarted S3
node), then forwards every request unchanged and relays the answer.

    with FlakyProxy(s3_server.endpoint) as proxy:
        store = S3Store(..., endpoint=proxy.endpoint)
        proxy.fail(2, "503"); store.get_bytes("k")
        proxy.seen            # [(method, path, status)], 0 for a dropped request
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

SLOW_DOWN = (b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code>'
             b"<Message>Please reduce your request rate.</Message></Error>")
#: Hop-by-hop headers, and the length this front sets itself.
_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}


class FlakyProxy:
    def __init__(self, upstream: str):
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.seen: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()
        self._failures, self._mode = 0, "503"
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True, name="flakyproxy").start()

    def fail(self, n: int, mode: str) -> None:
        """The next ``n`` requests get ``mode``: "503" or "drop"."""
        assert mode in ("503", "drop")
        with self._lock:
            self._failures, self._mode = n, mode
            self.seen.clear()

    def _next_failure(self) -> str:
        with self._lock:
            if self._failures <= 0:
                return ""
            self._failures -= 1
            return self._mode

    def _handler(self):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as S3 does

            def log_message(self, *a):
                pass

            def _any(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                failure = proxy._next_failure()
                if failure == "drop":
                    proxy.seen.append((self.command, self.path, 0))
                    self.close_connection = True
                    with contextlib.suppress(OSError):
                        self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if failure == "503":
                    proxy.seen.append((self.command, self.path, 503))
                    self._answer(503, [("Content-Type", "application/xml")], SLOW_DOWN)
                    return
                conn = http.client.HTTPConnection(*proxy.upstream, timeout=60)
                try:
                    conn.request(self.command, self.path, body=body, headers=dict(self.headers.items()))
                    resp = conn.getresponse()
                    data = resp.read()
                    headers = resp.getheaders()
                finally:
                    conn.close()
                proxy.seen.append((self.command, self.path, resp.status))
                if self.command == "HEAD":  # no body, and the object's length stays as S3 gave it
                    self.send_response(resp.status)
                    for k, v in headers:
                        if k.lower() not in _HOP - {"content-length"}:
                            self.send_header(k, v)
                    self.end_headers()
                    return
                self._answer(resp.status, [(k, v) for k, v in headers if k.lower() not in _HOP], data)

            def _answer(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
                self.send_response(status)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _any

        return Handler

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FlakyProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
