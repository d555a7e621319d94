"""The caller's deadline, carried to the code that waits on something (the object
store above all), so a stalled dependency fails the RPC before its deadline instead
of holding a worker thread long after the client gave up.

The server runtime opens a scope per RPC from ``context.time_remaining()``
(``botfarm.core.interceptors.DeadlineInterceptor``); code far below reads it without
any parameter passing:

    with deadline_after(2.5):          # nested scopes keep the earlier deadline
        remaining()                    # seconds left, or None without a deadline
        check("reading the archive")   # DeadlineExceeded once none is left

A thread started inside a scope does not inherit it (background work outlives the
RPC that started it). Core code imports nothing of grpc here.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextvars import ContextVar

from botfarm.core.errors import DeadlineExceeded

_DEADLINE: ContextVar[float | None] = ContextVar("botfarm_deadline", default=None)


@contextlib.contextmanager
def deadline_after(seconds: float | None) -> Iterator[None]:
    """A scope ending ``seconds`` from now (None: no deadline of its own)."""
    current = _DEADLINE.get()
    new = current if seconds is None else time.monotonic() + max(0.0, seconds)
    if current is not None and new is not None:
        new = min(current, new)
    token = _DEADLINE.set(new)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def remaining() -> float | None:
    """Seconds left before the current deadline (0 when passed), None without one."""
    deadline = _DEADLINE.get()
    return None if deadline is None else max(0.0, deadline - time.monotonic())


def check(what: str) -> None:
    """Raises DeadlineExceeded when the current deadline has passed."""
    left = remaining()
    if left is not None and left <= 0:
        raise DeadlineExceeded(f"the caller's deadline passed while {what}", reason="DEADLINE_EXCEEDED")
