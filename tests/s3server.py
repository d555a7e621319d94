"""A real S3 server for tests: the ``moto_server`` process from ``moto[server]``.

No MinIO server binary can be installed here, so the S3 backend is tested against
moto_server, a separate process speaking the S3 HTTP API (SigV4, multipart,
``If-None-Match``) on 127.0.0.1; one lock is added inside it so that conditional
PUTs are atomic, as on MinIO and AWS S3 (see ``_run_patched_moto_server``). Fixtures (registered from tests/conftest.py):

* ``s3_server`` (session): a running server, as an ``S3Server`` (endpoint, keys).
* ``s3_store`` (function): an ``S3Store`` on a fresh bucket of that server.
* ``local_store`` (function): a ``LocalStore`` in ``tmp_path``.
* ``store`` (function, parametrised ["local", "s3"]): each backend in turn.

Run the server by hand: ``python tests/s3server.py`` (prints the endpoint, Ctrl-C stops).
"""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

#: moto accepts any credentials; these are what the fixtures sign with.
ACCESS_KEY = "botfarm-test"
SECRET_KEY = "botfarm-test-secret"


@dataclass(frozen=True)
class S3Server:
    """A running moto_server process."""

    endpoint: str  # http://127.0.0.1:PORT
    access_key: str
    secret_key: str
    process: subprocess.Popen

    def store(self, bucket: str, **kwargs):
        from botfarm.core.s3store import S3Store

        return S3Store(bucket, self.endpoint, self.access_key, self.secret_key, **kwargs)


def _moto_server_command() -> list[str]:
    # This file run as `--moto-server ARGS`: moto_server's own main() behind one fix.
    return [sys.executable, str(Path(__file__).resolve()), "--moto-server"]


def _run_patched_moto_server(argv: list[str]) -> None:
    """moto_server (moto 5.2) checks ``If-None-Match: *`` and then stores the object
    in two steps, in a threaded werkzeug server, so two racing conditional PUTs can
    both succeed (seen here: about 1 race in 30 with 8 threads). MinIO and AWS S3
    do that test-and-set atomically. One lock around moto's object PUT and POST
    (CompleteMultipartUpload) handlers gives moto the same guarantee; everything
    else is moto_server unchanged, serving real HTTP in its own process."""
    import threading

    from moto.s3.responses import S3Response
    from moto.server import main

    lock = threading.Lock()
    for name in ("_key_response_put", "_key_response_post"):
        original = getattr(S3Response, name)

        def locked(self, *args, __original=original, **kwargs):
            with lock:
                return __original(self, *args, **kwargs)

        setattr(S3Response, name, locked)
    main(argv)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_s3_server(timeout: float = 60.0) -> S3Server:
    """Starts moto_server on a free port of 127.0.0.1 and waits until it answers."""
    last_error = ""
    for _attempt in range(3):  # the free port may be taken between probe and bind
        port = _free_port()
        env = {**os.environ, "MOTO_ALLOW_NONEXISTENT_REGION": "true"}
        proc = subprocess.Popen([*_moto_server_command(), "-H", "127.0.0.1", "-p", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        endpoint = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                last_error = proc.stderr.read().decode(errors="replace")[-2000:] if proc.stderr else ""
                break
            try:
                with urllib.request.urlopen(endpoint + "/moto-api/", timeout=2):
                    pass
                # stderr is a request log we never read: stop it from filling the pipe.
                if proc.stderr:
                    proc.stderr.close()
                return S3Server(endpoint, ACCESS_KEY, SECRET_KEY, proc)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        else:
            last_error = f"moto_server did not answer on {endpoint} within {timeout} s"
        stop_s3_server_process(proc)
    raise RuntimeError(f"could not start moto_server: {last_error}")


def stop_s3_server_process(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


_buckets = itertools.count()


@pytest.fixture(scope="session")
def s3_server():
    server = start_s3_server()
    try:
        yield server
    finally:
        stop_s3_server_process(server.process)


@pytest.fixture
def s3_store(s3_server):
    """An S3Store on a fresh, empty bucket."""
    return s3_server.store(f"test-{os.getpid()}-{next(_buckets)}")


@pytest.fixture
def local_store(tmp_path):
    from botfarm.core.store import LocalStore

    return LocalStore(tmp_path / "store")


@pytest.fixture(params=["local", "s3"])
def store(request):
    """Each backend in turn, fresh and empty."""
    return request.getfixturevalue(f"{request.param}_store")


if __name__ == "__main__" and sys.argv[1:2] == ["--moto-server"]:
    _run_patched_moto_server(sys.argv[2:])
elif __name__ == "__main__":
    server = start_s3_server()
    print(f"moto_server at {server.endpoint} (access key {ACCESS_KEY!r}, secret {SECRET_KEY!r}); Ctrl-C stops")
    try:
        server.process.wait()
    except KeyboardInterrupt:
        stop_s3_server_process(server.process)
