"""The gate in front of every HTTP route (plain ASGI, so it runs before any framework
code reads a byte of the body):

1. with a token set, every route but ``/health`` (kubelet probes) needs
   ``Authorization: Bearer <token>`` (``botfarm.core.auth``: scheme in any case,
   constant-time comparison); else 401 with ``WWW-Authenticate: Bearer``;
2. a body over ``max_body`` bytes is 413: at once when ``Content-Length`` says so
   (nothing is read), else as soon as the bytes read pass the limit (chunked bodies).
   The connection is then closed, so the rest of the body is never read.

A body within the limit is read here and replayed to the application: it never holds
more than ``max_body`` bytes of a request. Errors are in the route's wire format.
"""

from __future__ import annotations

import json
from typing import Any

from botfarm.core.auth import BearerCheck
from botfarm.core.errors import BotfarmError, InvalidArgument, RequestTooLarge, Unauthenticated, http_status
from botfarm.inference import metrics as m
from botfarm.inference.http_errors import error_json

OPEN_PATHS = frozenset({"/health"})
_CHALLENGE = [(b"www-authenticate", b'Bearer realm="botfarm"')]

Scope = dict[str, Any]


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value
    return None


class Guard:
    """ASGI middleware: auth, then the body limit, then ``app``."""

    def __init__(self, app: Any, token: str = "", max_body: int = 1 << 20):
        self.app, self.max_body = app, max_body
        self.check = BearerCheck(token) if token else None

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if self.check is not None and path not in OPEN_PATHS \
                and not self.check.accepts(_header(scope, b"authorization")):
            m.HTTP_REFUSED.labels("unauthenticated").inc()
            await _send_error(send, path, Unauthenticated("missing or invalid bearer token (Authorization: Bearer "
                                                          "<token>)", reason="INVALID_TOKEN"), _CHALLENGE)
            return
        try:
            body = await self._read_body(scope, receive)
        except BotfarmError as e:
            m.HTTP_REFUSED.labels("too_large" if isinstance(e, RequestTooLarge) else "bad_request").inc()
            # The unread rest of the body stays unread: close instead of draining it.
            await _send_error(send, path, e, [(b"connection", b"close")])
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read_body(self, scope: Scope, receive: Any) -> bytes:
        length = _header(scope, b"content-length")
        if length is not None:
            if not length.strip().isdigit():
                raise InvalidArgument("invalid Content-Length header", reason="BAD_CONTENT_LENGTH")
            if int(length) > self.max_body:
                raise self._too_large(int(length))
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client left: let the app see it
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            m.HTTP_BODY_BYTES.inc(len(chunk))
            if size > self.max_body:
                raise self._too_large(size, streamed=True)
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _too_large(self, size: int, streamed: bool = False) -> RequestTooLarge:
        what = f"more than {self.max_body}" if streamed else str(size)
        return RequestTooLarge(f"the request body has {what} bytes; the limit is {self.max_body} "
                               "(--max-request-bytes / BOTFARM_MAX_REQUEST_BYTES)",
                               metadata={"limit": str(self.max_body)})


def _replay(body: bytes, receive: Any) -> Any:
    """A receive that gives the body read, then the client's own messages (disconnect)."""
    sent = False

    async def replay() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send_error(send: Any, path: str, error: BotfarmError, extra: list[tuple[bytes, bytes]]) -> None:
    payload = json.dumps(error_json(path, error)).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode()), *extra]
    await send({"type": "http.response.start", "status": http_status(error), "headers": headers})
    await send({"type": "http.response.body", "body": payload})
