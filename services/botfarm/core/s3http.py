"""How the S3 backend talks HTTP when S3 misbehaves: every request of the ``minio``
client goes through ``GuardedPoolManager.urlopen``, which

* bounds each attempt by connect and read timeouts, shortened to the caller's
  deadline (``botfarm.core.deadlines``: a gRPC handler's remaining time), so a
  stalled S3 (connections accepted, no answer) fails the RPC before its deadline;
* retries with exponential backoff what is safe to retry (a connection never made,
  an idempotent request, a 5xx answer to one), never past the deadline, and never a
  conditional PUT or a POST that may have reached the server (a retried
  ``If-None-Match: *`` could report our own write as AlreadyExists);
* caps the requests waiting on S3 at once (``max_in_flight``), so blocked calls
  cannot hold every gRPC worker thread: health checks and other RPCs still run;
* opens a circuit after a request stalled: for a cool-down (1 s, doubling to 15 s)
  requests fail at once with UNAVAILABLE instead of each waiting out its timeout;
  then one request probes, and the first success closes it again (recovery).

Errors raised here are domain errors (``Unavailable``, ``DeadlineExceeded``) or
urllib3's own, which ``S3Store`` maps to ``Unavailable``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import urllib3
from urllib3.exceptions import ConnectTimeoutError, HTTPError, NewConnectionError

from botfarm.core import deadlines
from botfarm.core.errors import DeadlineExceeded, Unavailable


@dataclass(frozen=True)
class S3Policy:
    """Timeouts, retries and guards of S3 requests (flags ``--s3-*`` of every service)."""

    #: Seconds to open a connection (a dead host fails in this long, not in minutes).
    connect_timeout: float = 5.0
    #: Seconds S3 may stay silent while we wait for an answer (per socket read).
    read_timeout: float = 30.0
    #: Retries after the first attempt, for what is safe to retry.
    retries: int = 2
    #: First backoff between attempts; doubles each retry.
    backoff: float = 0.2
    #: Most requests waiting on S3 at once; keep it below the gRPC worker threads.
    max_in_flight: int = 16
    #: Circuit cool-down after a stall: first, and most.
    cooldown: float = 1.0
    max_cooldown: float = 15.0
    #: A request that waited at least this long before timing out counts as a stall.
    stall_after: float = 1.0
    clock: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)


#: Methods a repeated request cannot change the outcome of.
_IDEMPOTENT = {"GET", "HEAD", "DELETE", "PUT"}
_RETRY_STATUS = {500, 502, 503, 504}
#: Seconds a request waits for one of the ``max_in_flight`` slots.
_SLOT_WAIT = 0.1


class _Circuit:
    """Closed (requests go), open (requests fail at once until ``open_until``), or
    probing (one request goes; its outcome closes or reopens)."""

    def __init__(self, policy: S3Policy, endpoint: str):
        self.policy, self.endpoint = policy, endpoint
        self._lock = threading.Lock()
        self._stalls = 0
        self._open_until = 0.0
        self._probing = False

    def before(self) -> bool:
        """Raises Unavailable while open; returns whether this request is the probe."""
        with self._lock:
            if not self._stalls:
                return False
            now = self.policy.clock()
            if now < self._open_until or self._probing:
                wait = max(self._open_until - now, 0.0)
                raise Unavailable(f"S3 at {self.endpoint} is not answering (requests stalled); "
                                  f"trying again in {wait:.1f} s", reason="STORE_UNAVAILABLE",
                                  metadata={"endpoint": self.endpoint, "retry_after_s": f"{wait:.1f}"})
            self._probing = True
            return True

    def stalled(self) -> None:
        with self._lock:
            self._stalls += 1
            p = self.policy
            self._open_until = p.clock() + min(p.cooldown * 2 ** (self._stalls - 1), p.max_cooldown)
            self._probing = False

    def answered(self) -> None:
        with self._lock:
            self._stalls, self._probing = 0, False

    def done_probing(self) -> None:
        with self._lock:
            self._probing = False


class GuardedPoolManager(urllib3.PoolManager):
    """A urllib3 pool that applies an ``S3Policy`` to every request (see the module)."""

    def __init__(self, policy: S3Policy, endpoint: str, **kwargs: Any):
        super().__init__(**kwargs)
        self.policy = policy
        self.endpoint = endpoint
        self._slots = threading.BoundedSemaphore(policy.max_in_flight)
        self.circuit = _Circuit(policy, endpoint)

    def _timeout(self) -> tuple[urllib3.Timeout, bool]:
        """This attempt's timeout, and whether the caller's deadline is what bounds it."""
        p, left = self.policy, deadlines.remaining()
        if left is not None and left <= 0:
            raise DeadlineExceeded(f"the caller's deadline passed before S3 at {self.endpoint} answered",
                                   reason="DEADLINE_EXCEEDED")
        if left is None or left >= max(p.connect_timeout, p.read_timeout):
            return urllib3.Timeout(connect=p.connect_timeout, read=p.read_timeout), False
        return urllib3.Timeout(connect=min(p.connect_timeout, left), read=min(p.read_timeout, left)), True

    def _retry_delay(self, attempt: int) -> float | None:
        """The backoff before another try after ``attempt``, None if retries or the
        deadline do not allow one."""
        delay = self.policy.backoff * 2 ** attempt
        left = deadlines.remaining()
        if attempt >= self.policy.retries or (left is not None and left <= delay):
            return None
        return delay

    # PoolManager.urlopen, which this wraps, already narrows RequestMethods.urlopen's
    # signature (urllib3 ignores the same override error); we keep PoolManager's.
    def urlopen(self, method: str, url: str, redirect: bool = True, **kw: Any) -> Any:  # type: ignore[override]
        headers = kw.get("headers") or {}
        idempotent = method in _IDEMPOTENT and "If-None-Match" not in headers
        probe = self.circuit.before()
        try:
            attempt = 0
            while (response := self._attempt(method, url, redirect, idempotent, attempt, kw)) is None:
                attempt += 1
            self.circuit.answered()
            return response
        finally:
            if probe:
                self.circuit.done_probing()

    def _attempt(self, method: str, url: str, redirect: bool, idempotent: bool, attempt: int,
                 kw: dict[str, Any]) -> Any:
        """One try: the response, or None to try again after a backoff."""
        timeout, by_deadline = self._timeout()
        # A short wait: a caller queued here would hold its gRPC thread as surely as one in S3.
        if not self._slots.acquire(timeout=_SLOT_WAIT):
            raise Unavailable(f"too many requests waiting on S3 at {self.endpoint} "
                              f"({self.policy.max_in_flight}; is it stalled?)", reason="STORE_BUSY",
                              metadata={"endpoint": self.endpoint})
        start = self.policy.clock()
        try:
            response = super().urlopen(method, url, redirect=redirect, retries=False, timeout=timeout, **kw)
        except HTTPError as e:
            sent = not isinstance(e, NewConnectionError | ConnectTimeoutError)
            delay = self._retry_delay(attempt) if idempotent or not sent else None
            if delay is not None:
                self.policy.sleep(delay)
                return None
            waited = self.policy.clock() - start
            if by_deadline and (deadlines.remaining() or 0) <= 0:
                if waited >= self.policy.stall_after:
                    self.circuit.stalled()
                raise DeadlineExceeded(f"S3 at {self.endpoint} did not answer before the caller's deadline",
                                       reason="DEADLINE_EXCEEDED") from None
            if waited >= self.policy.stall_after or not sent:
                self.circuit.stalled()
            raise
        finally:
            self._slots.release()
        delay = self._retry_delay(attempt) if response.status in _RETRY_STATUS and idempotent else None
        if delay is None:
            return response  # a 5xx past the retries goes to minio, which reports it
        response.drain_conn()
        response.release_conn()
        self.policy.sleep(delay)
        return None
