"""The HTTP API of the inference service: text-generation-inference's routes (so its
Python client, ``text-generation`` 0.7.0, works unchanged) and OpenAI's ``/v1`` routes
(so the ``openai`` SDK does), assembled into one ASGI application behind ``Guard``
(bearer token, body size limit).

    routes_tgi.py     /bots/{bot}, /bots/{bot}/generate[_stream], /tokenize, /info ...
    routes_openai.py  /v1/chat/completions, /v1/completions, /v1/models
    here              /health, /metrics, /api-doc/openapi.json (generated from the typed
                      bodies of tgi_wire.py and openai_wire.py), /docs (Swagger UI, its
                      assets served from the fastapi-offline package: no CDN)

Errors are in the route's wire format (``http_errors.py``); their status comes from the
domain error. A body that does not match its typed model (an unknown field included) is
a 422 naming the field.

    from text_generation import Client
    Client("http://localhost:8080/bots/mcintweet", headers={"Authorization": f"Bearer {token}"})
    from openai import OpenAI
    OpenAI(base_url="http://localhost:8080/v1", api_key=token).completions.create(model="mcintweet", prompt="Hi")
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException

from botfarm.core.errors import BotfarmError, FailedPrecondition, InvalidArgument, NotFound, Unavailable
from botfarm.inference import routes_openai, routes_tgi
from botfarm.inference.app import InferenceApp
from botfarm.inference.http_errors import error_response, validation_error
from botfarm.inference.http_guard import Guard
from botfarm.inference.serving import VERSION, HttpContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HttpOptions:
    default_bot: str = ""        # the bot of plain routes that name none
    auth_token: str = ""         # empty: no authentication
    max_request_bytes: int = 1 << 20  # larger bodies: 413 before they are read


def _install_error_handlers(api: FastAPI) -> None:
    async def domain(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BotfarmError)
        return error_response(request.url.path, exc)

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_response(request.url.path, validation_error(list(exc.errors())))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            e: BotfarmError = NotFound(f"no route {request.url.path}", reason="NO_ROUTE")
        elif exc.status_code == 405:
            e = FailedPrecondition(f"{request.method} is not allowed on {request.url.path}",
                                   reason="METHOD_NOT_ALLOWED")
        else:
            e = InvalidArgument(str(exc.detail))
        response = error_response(request.url.path, e)
        response.status_code = exc.status_code
        return response

    async def bug(request: Request, exc: Exception) -> Response:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return error_response(request.url.path, BotfarmError("internal error (see the server log)"))

    api.add_exception_handler(BotfarmError, domain)
    api.add_exception_handler(RequestValidationError, invalid)
    api.add_exception_handler(HTTPException, http_error)
    api.add_exception_handler(Exception, bug)


def create_http_app(app: InferenceApp, options: HttpOptions | None = None) -> Guard:
    """The ASGI application over ``app``."""
    options = options or HttpOptions()
    ctx = HttpContext(app, options.default_bot)
    api = FastAPIOffline(title="botfarm inference", version=VERSION, openapi_url="/api-doc/openapi.json",
                         docs_url="/docs", redoc_url=None, static_url="/docs/assets",
                         description="text-generation-inference and OpenAI compatible HTTP API of botfarm.")
    _install_error_handlers(api)

    @api.get("/health", tags=["service"], responses={503: {"description": "loading --preload bots or stopping"}})
    async def health() -> Response:
        """200 once the engine runs and the --preload bots are loaded (no token needed)."""
        problem = app.not_ready()
        if problem:
            return error_response("/health", Unavailable(problem, reason="NOT_READY"))
        return Response(status_code=200)

    @api.get("/bots/{bot:path}/health", tags=["service"])
    async def bot_health(bot: str) -> Response:
        return await health()

    @api.get("/metrics", tags=["service"], response_class=Response)
    async def metrics() -> Response:
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    api.include_router(routes_tgi.router(ctx))
    api.include_router(routes_openai.router(ctx))
    api.include_router(routes_tgi.base_router(ctx))  # POST /bots/{bot}: after every other /bots/... route
    return Guard(api, options.auth_token, options.max_request_bytes)

