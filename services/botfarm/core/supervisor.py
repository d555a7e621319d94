"""Keeps the services of a ``LocalStack`` running, as ``botfarm up`` does: a service
whose process ends is started again after a backoff (1 s, doubling to 30 s), each
event logged; one that fails ``max_restarts`` times within ``window`` seconds is
given up on, and ``run`` returns its name. The other services keep running
meanwhile; a restarted one may get new ports when the stack uses free ports, and
the log line says where it now listens.

    stop = threading.Event()
    failed = Supervisor(stack, RestartPolicy(), log=print).run(stop)   # until stop is set
"""

from __future__ import annotations

import collections
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from botfarm.core.errors import BotfarmError
from botfarm.core.stack import LocalStack


@dataclass(frozen=True)
class RestartPolicy:
    #: Failures within ``window`` seconds that are restarted; one more gives up.
    max_restarts: int = 5
    window: float = 300.0
    #: First delay before a restart; doubles with each failure in the window.
    backoff: float = 1.0
    max_backoff: float = 30.0
    #: How often the processes are looked at.
    poll_interval: float = 0.2
    clock: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)


@dataclass
class _State:
    phase: str = "running"  # running | waiting (backoff) | starting
    due: float = 0.0        # waiting: when to start; starting: when to give the start up
    failures: collections.deque = field(default_factory=collections.deque)


def describe_exit(code: int) -> str:
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


class Supervisor:
    def __init__(self, stack: LocalStack, policy: RestartPolicy | None = None,
                 log: Callable[[str], None] = print):
        self.stack = stack
        self.policy = policy or RestartPolicy()
        self.log = log
        self._states = {s: _State() for s in stack.services}

    def run(self, stop: threading.Event) -> str | None:
        """Supervises until ``stop`` is set (None) or a service is given up on (its name)."""
        while not stop.wait(self.policy.poll_interval):
            for service in self.stack.services:
                if self._step(service):
                    return service
        return None

    def _step(self, service: str) -> bool:
        """One look at one service; True when it is given up on."""
        st, now = self._states[service], self.policy.clock()
        proc = self.stack.procs[service]
        if st.phase == "running" and proc.poll() is not None:
            return self._failed(service, describe_exit(proc.returncode))
        if st.phase == "waiting" and now >= st.due:
            self.stack.spawn(service)
            st.phase, st.due = "starting", now + self.stack.timeout
        elif st.phase == "starting":
            try:
                ready = self.stack.poll_ready(service, st.due - now)
            except BotfarmError:
                return self._failed(service, f"{describe_exit(proc.returncode)} before serving")
            if ready:
                st.phase = "running"
                self.log(f"botfarm up: {service} is serving again: grpc {self.stack.addresses[service]} "
                         f"(pid {self.stack.procs[service].pid})")
            elif now > st.due:
                proc.kill()
                proc.wait()
                return self._failed(service, f"did not serve within {self.stack.timeout:g} s")
        return False

    def _failed(self, service: str, how: str) -> bool:
        st, p, now = self._states[service], self.policy, self.policy.clock()
        st.failures.append(now)
        while st.failures and st.failures[0] < now - p.window:
            st.failures.popleft()
        n = len(st.failures)
        if n > p.max_restarts:
            self.log(f"botfarm up: {service} {how}; it failed {n} times within {p.window:g} s: giving up")
            return True
        delay = min(p.backoff * 2 ** (n - 1), p.max_backoff)
        self.log(f"botfarm up: {service} {how}; restarting it in {delay:g} s "
                 f"(restart {n} of at most {p.max_restarts} within {p.window:g} s)")
        st.phase, st.due = "waiting", now + delay
        return False
