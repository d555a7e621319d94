"""The Helm release, run as local processes from the rendered manifests alone.

    with Release(tmp_path, "cpu-dev-values.yaml") as rel:   # helm template, then:
        rel.install()          # MinIO stand-in, every Deployment's pods, the bucket hook, probes
        rel.helm_test()        # the `helm test` pods
        rel.address("registry")                  # the Service's forwarded address

The real ``helm template`` renders the chart; nothing here reads values.yaml. What runs
is what was rendered, through the FAKE kubelet (kubelet.py), FAKE Service proxies
(kubeproxy.py), the FAKE API server with a FAKE Job controller (tests/training/fake_k8s.py,
fake_jobcontroller.py) and the MinIO stand-in (s3standin.py). Every change made to run
outside a pod is a rule of podrewrite.py.
"""

from __future__ import annotations

import datetime
import json
import re
import secrets
import shutil
import ssl
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import yaml
from fake_jobcontroller import FakeJobController
from fake_k8s import FakeKubeAPI, now_rfc3339
from kubelet import Cluster, ConfigError, Node, Objects, Pod, pod_name
from kubeproxy import ServiceProxy
from podrewrite import ROOT, Rewriter

CHART = ROOT / "helm" / "botfarm"
RELEASE, NAMESPACE = "botfarm", "botfarm"
#: The operator's user (`kubectl drain` runs as it): everything allowed.
ADMIN = "kubernetes-admin"


def nodes() -> list[Node]:
    """A FAKE CPU node and a FAKE GPU node as the GPU operator labels and taints one."""
    return [Node("cpu-node-1"),
            Node("gpu-node-1", labels={"nvidia.com/gpu.present": "true"}, capacity={"nvidia.com/gpu": 8},
                 taints=[{"key": "nvidia.com/gpu", "effect": "NoSchedule"}], runtime_classes=("nvidia",), gpu=True)]


def helm() -> str:
    found = shutil.which("helm") or str(ROOT / ".tools" / "bin" / "helm")
    if not Path(found).exists():
        raise RuntimeError("helm not found: run `make tools` (it fetches the real binary into .tools/bin)")
    return found


def render(values: str) -> list[dict]:
    out = subprocess.run([helm(), "template", RELEASE, str(CHART), "--namespace", NAMESPACE,
                          "-f", str(CHART / "ci" / values)], capture_output=True, text=True, check=True, timeout=120)
    return [d for d in yaml.safe_load_all(out.stdout) if d]


def _hook(doc: dict) -> str:
    return doc["metadata"].get("annotations", {}).get("helm.sh/hook", "")


def make_pki(folder: Path) -> tuple[Path, Path, bytes]:
    """A CA and a server certificate for 127.0.0.1, as a cluster's API server has."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.UTC)

    def cert(subject, issuer, key, signer, *, ca: bool, san=None):
        b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
             .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
             .not_valid_after(now + datetime.timedelta(days=1))
             .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if san:
            b = b.add_extension(x509.SubjectAlternativeName(san), critical=False)
        return b.sign(signer, hashes.SHA256())

    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kubernetes-ca (fake)")])
    ca = cert(ca_name, ca_name, ca_key, ca_key, ca=True)
    srv = cert(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kube-apiserver (fake)")]), ca_name, key, ca_key,
               ca=False, san=[x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("kubernetes")])
    pem = serialization.Encoding.PEM
    (folder / "server.crt").write_bytes(srv.public_bytes(pem))
    (folder / "server.key").write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                          serialization.NoEncryption()))
    return folder / "server.crt", folder / "server.key", ca.public_bytes(pem)


def role_rules(docs: list[dict]) -> dict[str, list[dict]]:
    """Service-account user name -> the rules of the Roles bound to it (rendered RBAC)."""
    roles = {d["metadata"]["name"]: d.get("rules", []) for d in docs if d["kind"] == "Role"}
    out: dict[str, list[dict]] = {}
    for rb in (d for d in docs if d["kind"] == "RoleBinding"):
        for s in rb.get("subjects", []):
            if s["kind"] == "ServiceAccount":
                user = f"system:serviceaccount:{s.get('namespace', NAMESPACE)}:{s['name']}"
                out.setdefault(user, []).extend(roles.get(rb["roleRef"]["name"], []))
    return out


class Release:
    def __init__(self, root: Path, values: str, *, api_server: bool = True):
        self.root, self.values = Path(root), values
        self.docs = render(values)
        self.objects = Objects(self.docs)
        self.tokens: dict[str, str] = {}
        self.api: FakeKubeAPI | None = None
        api_host_port, ca = None, b""
        if api_server:
            cert, key, ca = make_pki(self.root / "pki")
            self.admin_token = secrets.token_urlsafe(32)
            self.tokens[self.admin_token] = ADMIN
            rules = {**role_rules(self.docs), ADMIN: [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]}
            self.api = FakeKubeAPI(tls=(str(cert), str(key)), tokens=self.tokens, rules=rules)
            api_host_port = ("127.0.0.1", self.api.port)
        else:
            from kubeproxy import free_port

            _, _, ca = make_pki(self.root / "pki")
            api_host_port = ("127.0.0.1", free_port())  # nothing listens there: unreachable
        self.cluster = Cluster(self.root / "pods", NAMESPACE, self.objects, Rewriter(NAMESPACE),
                               nodes(), api_host_port, ca, self._token,
                               standins={"quay.io/minio/minio": self._minio_standin})
        self.jobs = FakeJobController(self.api, self._run_job_pod) if self.api else None
        self.pods: dict[str, list[Pod]] = {}          # Deployment -> its pods
        self.job_pods: dict[str, Pod] = {}            # pod name -> pod of a Job the controller made
        self.ran: list[str] = []                      # "Kind/name" of every chart workload that ran
        self.proxies: dict[tuple[str, int], ServiceProxy] = {}
        #: Deployment -> exit codes of its pods, filled by stop().
        self.exit_codes: dict[str, list[int]] = {}
        self._services()

    # --- objects and wiring ---------------------------------------------------------

    def of_kind(self, kind: str) -> list[dict]:
        return [d for d in self.docs if d["kind"] == kind]

    def component(self, svc: str) -> str:
        return f"{RELEASE}-{svc}"

    def _token(self, sa: str) -> str:
        user = f"system:serviceaccount:{NAMESPACE}:{sa}"
        for token, u in self.tokens.items():
            if u == user:
                return token
        token = secrets.token_urlsafe(32)
        self.tokens[token] = user
        return token

    def _services(self) -> None:
        for svc in self.of_kind("Service"):
            selector = svc["spec"].get("selector") or {}
            for port in svc["spec"]["ports"]:
                target = port.get("targetPort", port["port"])

                def endpoints(selector=selector, target=target) -> list[int]:
                    out = []
                    for pods in self.pods.values():
                        for p in pods:
                            if p.ready.is_set() and all(p.labels.get(k) == v for k, v in selector.items()):
                                out.append(p.named_ports[target] if isinstance(target, str) else p.ports[target])
                    return out
                proxy = ServiceProxy(svc["metadata"]["name"], endpoints)
                self.proxies[(svc["metadata"]["name"], port["port"])] = proxy
                self.cluster.rewriter.services[(svc["metadata"]["name"], port["port"])] = proxy.address

    def address(self, svc: str, port_name: str = "grpc") -> str:
        """The forwarded address of a Service port (`kubectl port-forward svc/...`)."""
        svc_doc = next(d for d in self.of_kind("Service") if d["metadata"]["name"] == self.component(svc))
        port = next(p["port"] for p in svc_doc["spec"]["ports"] if p["name"] == port_name)
        return self.proxies[(svc_doc["metadata"]["name"], port)].address

    def secret(self, name: str, key: str) -> str:
        data = self.objects.data("Secret", name)
        assert data is not None, f"Secret {name} not rendered"
        return data[key].decode()

    def _minio_standin(self, pod: Pod) -> list[str]:
        return [sys.executable, str(Path(__file__).with_name("s3standin.py")), "-H", "127.0.0.1",
                "-p", str(pod.named_ports["s3"])]

    # --- pods -----------------------------------------------------------------------

    def start_deployment_pod(self, deploy: dict) -> Pod:
        name = deploy["metadata"]["name"]
        tmpl = deploy["spec"]["template"]
        pod = Pod(self.cluster, pod_name(name), tmpl["spec"], tmpl["metadata"].get("labels", {}))
        self.pods.setdefault(name, []).append(pod)
        pod.start()
        return pod

    def deployment(self, svc: str) -> dict:
        return next(d for d in self.of_kind("Deployment") if d["metadata"]["name"] == self.component(svc))

    def wait_ready(self, pods: list[Pod], timeout: float = 300) -> None:
        """As `helm install --wait`: until every pod is ready; a pod may crash and be
        restarted meanwhile (e.g. a service started before MinIO answers), not forever."""
        deadline = time.monotonic() + timeout
        for p in pods:
            while not p.ready.wait(0.5):
                if p.restarts >= 6 or time.monotonic() > deadline:
                    raise AssertionError(f"pod {p.name} never became ready (exit codes {p.exit_codes}); "
                                         f"log:\n{p.log_tail()}")

    def restart(self, svc: str) -> Pod:
        """Deletes the Deployment's pod and lets the Deployment make a new one; with
        `strategy: Recreate` the old one is gone before the new one starts."""
        deploy = self.deployment(svc)
        assert deploy["spec"].get("strategy", {}).get("type") == "Recreate", "a singleton must use Recreate"
        old = self.pods[deploy["metadata"]["name"]].pop()
        old.terminate(deploy["spec"]["template"]["spec"].get("terminationGracePeriodSeconds", 30))
        new = self.start_deployment_pod(deploy)
        self.wait_ready([new])
        return new

    def _run_job_pod(self, pod: dict, on_running, on_exit) -> Pod:
        p = Pod(self.cluster, pod["metadata"]["name"], pod["spec"], pod["metadata"]["labels"],
                restart_policy=pod["spec"].get("restartPolicy", "Never"), on_running=on_running, on_exit=on_exit)
        self.job_pods[p.name] = p
        try:
            p.start()
        except RuntimeError as e:  # unschedulable: the pod stays Pending with the scheduler's reason
            self._pending(p.name, {"conditions": [{"type": "PodScheduled", "status": "False",
                                                   "reason": "Unschedulable", "message": str(e)}]})
        except ConfigError as e:
            self._pending(p.name, {"containerStatuses": [{
                "name": pod["spec"]["containers"][0]["name"], "image": "", "imageID": "", "ready": False,
                "restartCount": 0, "state": {"waiting": {"reason": "CreateContainerConfigError",
                                                         "message": str(e)}}}]})
        return p

    def _pending(self, name: str, status: dict) -> None:
        assert self.api is not None
        self.api.update_pod(name, lambda o: o["status"].update(status))

    # --- install, hooks, tests ----------------------------------------------------------

    def install(self, only: tuple[str, ...] = ()) -> None:
        """What `helm install` and the cluster do: every Deployment's pods start; the
        post-install bucket hook runs once MinIO answers; every pod passes its probes."""
        deployments = [d for d in self.of_kind("Deployment")
                       if not only or any(d["metadata"]["name"] == self.component(s) for s in only)]
        minio = [d for d in deployments if d["metadata"]["name"] == self.component("minio")]
        for d in minio + [d for d in deployments if d not in minio]:
            for _ in range(d["spec"].get("replicas", 1)):
                self.start_deployment_pod(d)
            self.ran.append(f"Deployment/{d['metadata']['name']}")
        self.wait_ready(self.pods.get(self.component("minio"), []))
        for job in self.of_kind("Job"):
            if "post-install" in _hook(job):
                self._bucket_hook(job)
        self.wait_ready([p for d in deployments for p in self.pods[d["metadata"]["name"]]])

    def _bucket_hook(self, job: dict) -> None:
        """The MinIO hook's effect, made as the hook's rendered `mc` commands say: its
        alias (endpoint and credentials from its env) and `mc mb --ignore-existing`."""
        from minio import Minio

        spec = job["spec"]["template"]["spec"]
        pod = Pod(self.cluster, pod_name(job["metadata"]["name"]), spec, {})
        script = self.cluster.rewriter.args(spec["containers"][0]["command"])[-1]
        pod._make_volumes()  # the Secret volume the script reads its keys from
        env = pod.environment()
        # mc alias set ALIAS "http://HOST:PORT" "$(cat "$CREDENTIALS/KEY")" "$(cat "$CREDENTIALS/KEY")"
        endpoint = re.search(r'mc alias set \S+ "http://([^"]+)" '
                             r'"\$\(cat "\$(\w+)/([^"]+)"\)" "\$\(cat "\$(\w+)/([^"]+)"\)"', script)
        bucket = re.search(r'mc mb --ignore-existing "[^/]+/([^"]+)"', script)
        assert endpoint and bucket, f"the bucket hook's script changed:\n{script}"
        host, dir1, key1, dir2, key2 = endpoint.groups()
        access, secret = (Path(env[d], k).read_text() for d, k in ((dir1, key1), (dir2, key2)))
        client = Minio(host, access, secret, secure=False)
        if not client.bucket_exists(bucket.group(1)):
            client.make_bucket(bucket.group(1))
        self.ran.append(f"Job/{job['metadata']['name']}")

    def helm_test(self) -> list[str]:
        """Runs every `helm test` pod to completion; returns their output lines."""
        outputs = []
        for doc in (d for d in self.of_kind("Pod") if _hook(d) == "test"):
            pod = Pod(self.cluster, doc["metadata"]["name"], doc["spec"], doc["metadata"].get("labels", {}))
            pod.start()
            assert pod.done.wait(120), f"helm test pod {pod.name} did not finish"
            assert pod.exit_codes == [0], f"helm test pod {pod.name} failed: {pod.log_tail()}"
            outputs.append(pod.log_tail().strip())
            self.ran.append(f"Pod/{doc['metadata']['name']}")
        return outputs

    def gate(self, **cmd) -> dict:
        """The MinIO stand-in's test gate (s3standin.py): arm, release, or read its state."""
        url = f"http://{self.address('minio', 's3')}/_fake/gate"
        data = json.dumps(cmd).encode() if cmd else None
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10) as r:
            return json.loads(r.read())

    def evict(self, pod: str) -> None:
        """`kubectl drain`'s call: the Eviction API on a pod, through the API server."""
        assert self.api is not None
        body = json.dumps({"apiVersion": "policy/v1", "kind": "Eviction",
                           "metadata": {"name": pod, "namespace": NAMESPACE}}).encode()
        ctx = ssl.create_default_context(cadata=self.cluster.api_ca.decode())
        req = urllib.request.Request(f"{self.api.url}/api/v1/namespaces/{NAMESPACE}/pods/{pod}/eviction", data=body,
                                     headers={"Authorization": f"Bearer {self.admin_token}",
                                              "Content-Type": "application/json"})
        with urllib.request.urlopen(req, context=ctx, timeout=10) as r:
            assert r.status == 201

    # --- teardown -------------------------------------------------------------------------

    def stop(self) -> dict[str, list[int]]:
        """SIGTERM to every pod (grace 30 s); the exit codes of every Deployment pod."""
        if self.jobs:
            self.jobs.close()
        # All at once, as a namespace deletion does: each pod gets its own grace period.
        stopping = [threading.Thread(target=p.terminate, args=(10,)) for p in self.job_pods.values()]
        stopping += [threading.Thread(target=p.terminate, args=(30,)) for ps in self.pods.values() for p in ps]
        for t in stopping:
            t.start()
        for t in stopping:
            t.join()
        codes = {deploy: [c for p in pods for c in p.exit_codes] for deploy, pods in self.pods.items()}
        for proxy in self.proxies.values():
            proxy.close()
        if self.api:
            self.api.close()
        self.exit_codes = codes
        return codes

    def __enter__(self) -> Release:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


__all__ = ["Release", "render", "now_rfc3339"]
