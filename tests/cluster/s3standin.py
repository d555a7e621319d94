"""The MinIO stand-in: the real ``moto_server`` of tests/s3server.py, in the MinIO pod's place.

No MinIO server binary can be installed here. The FAKE kubelet runs this instead of the
MinIO container's command, on the MinIO pod's port, with the pod's rendered env. In
front of moto, a small WSGI layer adds what MinIO has and moto does not:

* MinIO's health routes ``/minio/health/live`` and ``/ready`` (the rendered probes);
* the rendered credentials: a request signed with another access key than
  ``MINIO_ROOT_USER`` gets 403 InvalidAccessKeyId (moto itself accepts any key; the
  signature is not recomputed);
* a test gate (``/_fake/gate``), the harness's only way to hold a worker at a known
  point: once armed, after a job's ``checkpoints/latest.json`` is written, the job's
  next ``status.json`` and checkpoint PUTs wait until released; on release, requests
  held before a given sequence number (those of pods killed since) are answered 503.

    python tests/cluster/s3standin.py -H 127.0.0.1 -p 9000      # env MINIO_ROOT_USER
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from pathlib import Path

CHECKPOINT = re.compile(r"^(/[^/]+/training/jobs/[^/]+/)checkpoints/latest\.json$")


class Gate:
    def __init__(self):
        self.cond = threading.Condition()
        self.armed = False
        self.prefix = ""        # "/bucket/training/jobs/{id}/" once triggered
        self.seq = 0            # requests held so far
        self.waiting = 0
        self.drop_below = 0

    def state(self) -> dict:
        with self.cond:
            return {"armed": self.armed, "prefix": self.prefix, "held": self.seq, "waiting": self.waiting}

    def control(self, cmd: dict) -> None:
        with self.cond:
            if cmd.get("arm"):
                self.armed, self.prefix = True, ""
            if cmd.get("release"):
                self.armed, self.prefix = False, ""
                self.drop_below = int(cmd.get("drop_below", 0))
            self.cond.notify_all()

    def holds(self, method: str, path: str) -> bool:
        if method != "PUT" or not self.prefix or not path.startswith(self.prefix):
            return False
        rest = path[len(self.prefix):]
        return rest == "status.json" or rest.startswith("checkpoints/")

    def wait(self) -> bool:
        """Holds one request; False when it is to be dropped."""
        with self.cond:
            self.seq += 1
            seq = self.seq
            self.waiting += 1
            self.cond.notify_all()
            self.cond.wait_for(lambda: not self.armed)
            self.waiting -= 1
            return seq >= self.drop_below

    def after(self, method: str, path: str) -> None:
        m = CHECKPOINT.match(path)
        if method == "PUT" and m:
            with self.cond:
                if self.armed and not self.prefix:
                    self.prefix = m.group(1)
                    self.cond.notify_all()


def _error(start_response, status: str, code: str, message: str):
    body = (f'<?xml version="1.0" encoding="UTF-8"?><Error><Code>{code}</Code>'
            f"<Message>{message}</Message></Error>").encode()
    start_response(status, [("Content-Type", "application/xml"), ("Content-Length", str(len(body)))])
    return [body]


class StandIn:
    def __init__(self, app, access_key: str):
        self.app, self.access_key, self.gate = app, access_key, Gate()

    def __call__(self, environ, start_response):
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        if path in ("/minio/health/live", "/minio/health/ready"):
            start_response("200 OK", [("Content-Length", "0")])
            return [b""]
        if path == "/_fake/gate":
            if method == "POST":
                n = int(environ.get("CONTENT_LENGTH") or 0)
                self.gate.control(json.loads(environ["wsgi.input"].read(n) or b"{}"))
            body = json.dumps(self.gate.state()).encode()
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        auth = environ.get("HTTP_AUTHORIZATION", "") + environ.get("QUERY_STRING", "")
        m = re.search(r"Credential=([^/%]+)", auth) or re.search(r"X-Amz-Credential=([^/%]+)", auth)
        if not m or m.group(1) != self.access_key:
            return _error(start_response, "403 Forbidden", "InvalidAccessKeyId",
                          "The Access Key Id you provided does not exist in our records.")
        if self.gate.holds(method, path) and not self.gate.wait():
            return _error(start_response, "503 Service Unavailable", "SlowDown", "held by the test gate, dropped")
        result = self.app(environ, start_response)
        self.gate.after(method, path)
        return result


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import moto.server
    from s3server import _run_patched_moto_server

    access_key = os.environ.get("MINIO_ROOT_USER", "")
    if not access_key:
        sys.exit("s3standin: MINIO_ROOT_USER is not set (the MinIO pod's env)")
    original = moto.server.run_simple

    def run_simple(host, port, app, **kwargs):
        return original(host, port, StandIn(app, access_key), **kwargs)

    moto.server.run_simple = run_simple  # type: ignore[assignment]
    os.environ.setdefault("MOTO_ALLOW_NONEXISTENT_REGION", "true")
    _run_patched_moto_server(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
