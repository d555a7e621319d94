"""Errors of the HTTP API in the wire format of the route: OpenAI's error object on
``/v1/*`` (and ``/bots/{bot}/v1/*``, with TGI's ``error_type`` beside it), TGI's
``{"error", "error_type"}`` everywhere else.
The status comes from the domain error (``botfarm.core.errors.http_status``, the one table)."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

from botfarm.core.errors import BotfarmError, InvalidArgument, http_status
from botfarm.inference import openai_wire, tgi_wire

_OPENAI_SUFFIXES = ("/v1/chat/completions", "/v1/completions")


def is_openai(path: str) -> bool:
    path = path.rstrip("/")
    return path.startswith("/v1/") or path == "/v1" or (path.startswith("/bots/") and path.endswith(_OPENAI_SUFFIXES))


def error_json(path: str, e: BotfarmError) -> dict:
    if not is_openai(path):
        return tgi_wire.error_body(e)
    # OpenAI's error object, plus TGI's error_type: the text-generation client's chat()
    # posts to /v1/chat/completions and picks its exception class from error_type.
    return {**openai_wire.error_body(e, http_status(e)), "error_type": tgi_wire.error_body(e)["error_type"]}


def error_response(path: str, e: BotfarmError, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_json(path, e), status_code=http_status(e), headers=headers)


def _where(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p != "body"]
    return ".".join(parts) or "body"


def validation_error(errors: list[dict[str, Any]]) -> InvalidArgument:
    """One InvalidArgument naming the fields of pydantic's errors (an unknown field:
    "not supported"), the first one as ``field``."""
    if not errors:
        return InvalidArgument("invalid request")
    msgs = []
    for err in errors[:5]:
        where = _where(tuple(err.get("loc", ())))
        if err.get("type") == "extra_forbidden":
            msgs.append(f"`{where}` is not supported (an unknown or unimplemented parameter)")
        elif err.get("type") == "json_invalid":
            msgs.append("the request body is not valid JSON")
        else:
            msgs.append(f"`{where}`: {err.get('msg', 'invalid')}")
    return InvalidArgument("; ".join(msgs), reason="INVALID_PARAMETER",
                           metadata={"field": _where(tuple(errors[0].get("loc", ())))})
