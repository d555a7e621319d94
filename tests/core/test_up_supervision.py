"""`botfarm up` supervises its children: a real child killed with SIGKILL is started
again (logged, with backoff) while the others keep running; one that keeps dying is
given up on, and `up` exits non-zero naming it. The test waits on the log lines
`up` prints, never on time."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading

from botfarm.core.config import SERVICES
from botfarm.core.stack import full_service_name
from grpc_health.v1 import health_pb2
from runtime_helpers import health, insecure

PID_RE = re.compile(r"^\s+(\w+)\s+grpc .*\spid (\d+)$")
SERVING_AGAIN = re.compile(r"^botfarm up: (\w+) is serving again: grpc (\S+) \(pid (\d+)\)$")


class Lines:
    """The lines a process writes to one stream, read by a thread into a queue."""

    def __init__(self, stream):
        self.q: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self.q.put(line.rstrip("\n"))
        self.q.put(None)  # the end

    def until(self, pattern: re.Pattern | str, timeout: float = 240) -> re.Match:
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        while True:
            line = self.q.get(timeout=timeout)
            assert line is not None, f"stream ended before {rx.pattern!r}:\n" + "\n".join(self.seen[-40:])
            self.seen.append(line)
            if m := rx.search(line):
                return m


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def test_a_killed_service_is_restarted_then_given_up_on(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "botfarm.cli", "up", "--base-port", "0", "--data-dir",
                             str(tmp_path / "data"), "--max-restarts", "2", "--restart-backoff", "0.1"],
                            text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = Lines(proc.stdout), Lines(proc.stderr)
    try:
        pids = {}
        while len(pids) < len(SERVICES):
            m = out.until(PID_RE)
            pids[m.group(1)] = int(m.group(2))
        others = {s: p for s, p in pids.items() if s != "registry"}

        victim = pids["registry"]
        for n in (1, 2):
            os.kill(victim, signal.SIGKILL)
            err.until(rf"^botfarm up: registry was killed by SIGKILL; restarting it in [0-9.]+ s \(restart {n} of")
            m = err.until(SERVING_AGAIN)
            assert m.group(1) == "registry" and int(m.group(3)) != victim
            victim = int(m.group(3))
            with insecure(m.group(2)) as ch:
                assert health(ch, full_service_name("registry")) == health_pb2.HealthCheckResponse.SERVING
            assert all(alive(p) for p in others.values()), "another service was stopped"

        os.kill(victim, signal.SIGKILL)  # a third failure: more than --max-restarts 2
        err.until(r"^botfarm up: registry was killed by SIGKILL; it failed 3 times within 300 s: giving up$")
        err.until(r"^botfarm: error: registry keeps failing")
        assert proc.wait(120) == 1
        assert not any(alive(p) for p in others.values()), "up exited but left services running"
    finally:
        proc.kill()
        proc.wait(30)
