"""uvicorn on its own thread, next to the gRPC server in the same process; TLS (and
mutual TLS) with the service's own ``--tls-cert`` / ``--tls-key`` / ``--tls-client-ca``."""

from __future__ import annotations

import socket
import ssl
import threading
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Tls:
    cert: str
    key: str
    client_ca: str = ""   # set: clients must present a certificate it signed


class HttpServer:
    def __init__(self, asgi_app, host: str = "0.0.0.0", port: int = 8080, tls: Tls | None = None):
        import uvicorn

        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))  # bound now, so port 0 is known before start
        self.host, self.port, self.tls = host, self.sock.getsockname()[1], tls
        ssl_options: dict[str, Any] = {} if tls is None else {
            "ssl_certfile": tls.cert, "ssl_keyfile": tls.key, "ssl_ca_certs": tls.client_ca or None,
            "ssl_cert_reqs": ssl.CERT_REQUIRED if tls.client_ca else ssl.CERT_NONE}
        config = uvicorn.Config(asgi_app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=5, **ssl_options)
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.address}"

    def start(self) -> None:
        self._thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                        name="inference-http", daemon=True)
        self._thread.start()
        while not self.server.started and self._thread.is_alive():
            threading.Event().wait(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread:
            self._thread.join(10)
        self.sock.close()
