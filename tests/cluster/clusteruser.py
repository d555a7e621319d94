"""What an operator and a user have against a release: the `botfarm` CLI, the gRPC API,
the TGI client, the addresses `kubectl port-forward` gives, the token in the Secret."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from podrewrite import VENV_BIN

#: The token of the chart's generated auth Secret (what `kubectl get secret` shows).
AUTH_SECRET, S3_SECRET = "botfarm-auth", "botfarm-s3"


def wait_until(pred, timeout: float, what: str, every: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = pred()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


class Operator:
    """A user's shell: `botfarm` with the forwarded addresses and the release's token;
    ``store_env`` adds what an operator exports to reach the object store."""

    def __init__(self, rel, home: Path):
        self.rel, self.home = rel, home
        home.mkdir(parents=True, exist_ok=True)
        self.token = rel.secret(AUTH_SECRET, "token")
        self.env = {"PATH": f"{VENV_BIN}:/usr/bin:/bin", "HOME": str(home), "BOTFARM_AUTH_TOKEN": self.token,
                    "BOTFARM_LOG_FORMAT": "text", "HF_HUB_OFFLINE": "1", "TMPDIR": str(home)}
        for svc in ("ingestion", "cleaning", "training", "registry", "inference"):
            self.env[f"BOTFARM_{svc.upper()}_ADDR"] = rel.address(svc)

    def store_env(self) -> dict[str, str]:
        """The MinIO Service forwarded, with the keys from the chart's S3 Secret."""
        return {"BOTFARM_STORE_URL": "s3://botfarm", "BOTFARM_S3_ENDPOINT": self.rel.address("minio", "s3"),
                "BOTFARM_S3_SECURE": "false", "BOTFARM_S3_ACCESS_KEY": self.rel.secret(S3_SECRET, "accesskey"),
                "BOTFARM_S3_SECRET_KEY": self.rel.secret(S3_SECRET, "secretkey")}

    def popen(self, *args: str, store: bool = False) -> subprocess.Popen:
        env = {**self.env, **(self.store_env() if store else {})}
        return subprocess.Popen([str(VENV_BIN / "botfarm"), *args], env=env, cwd=self.home, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def run(self, *args: str, store: bool = False, timeout: float = 300) -> str:
        p = self.popen(*args, store=store)
        out, err = p.communicate(timeout=timeout)
        assert p.returncode == 0, f"botfarm {' '.join(args)} exited {p.returncode}:\n{err[-3000:]}"
        return out

    def stub(self, svc: str):
        from botfarm.core.clients import channel

        module = __import__(f"botfarm.{svc}.v1.{svc}_service_pb2_grpc", fromlist=["x"])
        stub_cls = next(v for k, v in vars(module).items() if k.endswith("ServiceStub"))
        return stub_cls(channel(self.rel.address(svc), auth_token=self.token))


def grpc_serving(address: str) -> bool:
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    with grpc.insecure_channel(address) as ch:
        reply = health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(service=""), timeout=10)
    return reply.status == health_pb2.HealthCheckResponse.SERVING
