"""A small JSON-over-HTTP client for the live APIs (standard library only): timeouts,
HTTP 429 honoured by sleeping until ``x-rate-limit-reset`` (or ``Retry-After``), and
API failures turned into domain errors."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

from botfarm.core.errors import (
    InvalidArgument,
    NotFound,
    PermissionDenied,
    ResourceExhausted,
    Unauthenticated,
    Unavailable,
)


@dataclass(frozen=True)
class HttpConfig:
    #: Seconds one request may take.
    timeout_s: float = 30.0
    #: Longest wait for a rate-limit window to reset (X's windows are 15 minutes);
    #: a longer one fails with RESOURCE_EXHAUSTED instead of hanging an ingestion.
    max_rate_limit_wait_s: float = 900.0
    #: How many 429s in a row one request tolerates.
    max_rate_limit_retries: int = 5
    #: Injected by tests so they need not wait in real time.
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)
    clock: Callable[[], float] = field(default=time.time, compare=False)


#: The defaults, shared (a frozen dataclass is safe to share).
DEFAULT_HTTP = HttpConfig()


def get_json(url: str, params: dict | None = None, headers: dict | None = None,
             config: HttpConfig | None = None, what: str = "API") -> tuple[object, dict[str, str]]:
    """GET ``url`` with query ``params``; returns (decoded JSON, lower-cased headers)."""
    config = config or DEFAULT_HTTP
    query = urllib.parse.urlencode({k: v for k, v in (params or {}).items() if v not in (None, "")})
    full = f"{url}?{query}" if query else url
    for _attempt in range(config.max_rate_limit_retries + 1):
        req = urllib.request.Request(full, headers={"Accept": "application/json", "User-Agent": "botfarm-ingestion",
                                                    **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=config.timeout_s) as resp:
                body = resp.read()
                hdrs = {k.lower(): v for k, v in resp.headers.items()}
        except urllib.error.HTTPError as e:
            hdrs = {k.lower(): v for k, v in (e.headers or {}).items()}
            detail = e.read()[:500].decode("utf-8", "replace")
            if e.code == 429:
                config.sleep(_rate_limit_wait(hdrs, config, what))
                continue
            raise _http_error(e.code, what, detail) from None
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            raise Unavailable(f"{what} unreachable: {getattr(e, 'reason', e)}", reason="API_UNAVAILABLE") from None
        try:
            return json.loads(body), hdrs
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as e:
            raise Unavailable(f"{what} answered malformed JSON: {type(e).__name__}: {str(e)[:200]}",
                              reason="API_MALFORMED_RESPONSE") from None
    raise ResourceExhausted(f"{what} kept answering 429 Too Many Requests", reason="RATE_LIMITED")


def _rate_limit_wait(hdrs: dict[str, str], config: HttpConfig, what: str) -> float:
    wait = 60.0  # no header at all: a minute, X's documented smallest window unit
    if "x-rate-limit-reset" in hdrs:
        try:
            wait = float(hdrs["x-rate-limit-reset"]) - config.clock()
        except ValueError:
            pass
    elif "retry-after" in hdrs:
        try:
            wait = float(hdrs["retry-after"])
        except ValueError:
            pass
    wait = max(wait, 0.0) + 1.0  # the reset second itself may still be limited
    if wait > config.max_rate_limit_wait_s:
        raise ResourceExhausted(f"{what} rate limit resets in {wait:.0f} s, more than the "
                                f"{config.max_rate_limit_wait_s:.0f} s we wait", reason="RATE_LIMITED",
                                metadata={"retry_after_s": f"{wait:.0f}"})
    return wait


def _http_error(code: int, what: str, detail: str) -> Exception:
    msg = f"{what} answered HTTP {code}: {detail}"
    if code == 401:
        return Unauthenticated(f"{what} rejected the credentials (HTTP 401); check the bearer token",
                               reason="API_UNAUTHENTICATED")
    if code == 403:
        return PermissionDenied(msg, reason="API_FORBIDDEN")
    if code == 404:
        return NotFound(msg, reason="API_NOT_FOUND")
    if 400 <= code < 500:
        return InvalidArgument(msg, reason="API_BAD_REQUEST")
    return Unavailable(msg, reason="API_UNAVAILABLE")
