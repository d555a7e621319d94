"""A local HTTP server that replays API responses shaped as the public API documents
them (X API v2, Mastodon, Bluesky). Tests register routes; every request is recorded
so tests can assert on query parameters and headers."""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

#: handler(query: dict[str, str], headers: dict[str, str]) -> (status, json body, extra headers)
Handler = Callable[[dict, dict], tuple[int, object, dict]]


class ReplayServer:
    def __init__(self):
        self.routes: dict[str, Handler] = {}
        self.requests: list[tuple[str, dict, dict]] = []
        replay = self

        class H(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                url = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(url.query))
                headers = {k.lower(): v for k, v in self.headers.items()}
                replay.requests.append((url.path, query, headers))
                handler = replay.routes.get(url.path)
                if handler is None:
                    status, body, extra = 404, {"error": "not found"}, {}
                else:
                    status, body, extra = handler(query, headers)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in extra.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> ReplayServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        return [p for p, _, _ in self.requests]
