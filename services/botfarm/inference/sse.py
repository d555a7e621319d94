"""The one server-sent-events writer of every stream (TGI's and OpenAI's): each chunk a
``data: <json>`` event; a domain error raised mid-stream becomes a last event with the
error body of the stream's wire format (the status line was sent with the first event)."""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable

from starlette.responses import StreamingResponse

from botfarm.core.errors import BotfarmError

HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def event(chunk: dict | str) -> str:
    """One event; a string goes as it is (OpenAI's ``[DONE]``)."""
    return f"data: {chunk if isinstance(chunk, str) else json.dumps(chunk)}\n\n"


def sse_response(chunks: AsyncGenerator[dict | str, None], error_body: Callable[[BotfarmError], dict],
                 headers: dict[str, str] | None = None) -> StreamingResponse:
    async def body() -> AsyncIterator[str]:
        try:
            async for chunk in chunks:
                yield event(chunk)
        except BotfarmError as e:
            yield event(error_body(e))
        finally:
            await chunks.aclose()

    return StreamingResponse(body(), media_type="text/event-stream", headers={**HEADERS, **(headers or {})})
