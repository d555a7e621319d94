"""A FAKE Kubernetes API server: just enough of batch/v1 Jobs, core/v1 Pods and the
Eviction subresource, over real HTTP(S), for the official ``kubernetes`` client to talk to.

There is no Kubernetes API server on these machines, so this stands in for one: in the
launcher tests (tests/training) alone, where tests change Job status and add pods
through its methods as the Job controller and kubelet would, and admit or preempt
suspended Jobs as Kueue would (``set_suspend``); and in the cluster harness
(tests/cluster), where a FAKE Job controller and a FAKE kubelet (tests/cluster/
fake_jobcontroller.py, kubelet.py) make those changes by running the pods.

What it implements: list / watch / create / get / delete of Jobs; list / get / delete of
Pods and their ``eviction`` subresource; create / get / delete of Services;
resourceVersions, and the watch "ERROR 410 Gone" event a real API server sends when a
watch's resourceVersion is too old. Optionally, as a real API server does for a pod's
service account: TLS with its own CA, bearer tokens, and RBAC (the rendered Role's
rules) with the real 401/403 answers. ``down()`` and ``up()`` make it unreachable
(connection refused) and back on the same port.
"""

from __future__ import annotations

import copy
import json
import ssl
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def _match(labels: dict, selector: str) -> bool:
    for part in filter(None, (selector or "").split(",")):
        k, _, v = part.partition("=")
        if labels.get(k) != v:
            return False
    return True


def now_rfc3339() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def status_body(code: int, reason: str, message: str) -> dict:
    return {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": reason,
            "message": message, "code": code}


#: HTTP method -> RBAC verb (GET on a collection is list, or watch with ?watch=true).
_VERBS = {"POST": "create", "DELETE": "delete", "PATCH": "patch", "PUT": "update"}


class FakeKubeAPI:
    """``tls``: (cert file, key file) to serve HTTPS; ``tokens``: bearer token -> user
    name (then every request needs one); ``rules``: user -> the PolicyRules of the Roles
    bound to it (then every request is authorized against them)."""

    def __init__(self, *, tls: tuple[str, str] | None = None, tokens: dict[str, str] | None = None,
                 rules: dict[str, list[dict]] | None = None):
        self.jobs: dict[str, dict] = {}
        self.pods: dict[str, dict] = {}
        self.services: dict[str, dict] = {}
        self.events: list[tuple[int, str, dict]] = []
        self.rv = 100
        self.requests: list[tuple[str, str, dict, dict | None]] = []   # method, path, query, body
        self.deletes: list[tuple[str, dict]] = []                      # name, delete options
        #: Requests refused by authentication or RBAC: (code, user, verb, resource).
        self.denied: list[tuple[int, str, str, str]] = []
        #: Answer the next N watch requests with an ERROR 410 Gone event.
        self.gone_watches = 0
        #: Answer Job creations with this (code, message), e.g. (403, "forbidden"), when set.
        self.refuse_create: tuple[int, str] | None = None
        #: The same for Service creations.
        self.refuse_services: tuple[int, str] | None = None
        #: Called with the created Job / the deleted Job / (pod, delete options) of an
        #: eviction: the FAKE Job controller and kubelet of tests/cluster hook in here.
        self.on_job_created: list[Callable[[dict], None]] = []
        self.on_job_deleted: list[Callable[[dict], None]] = []
        self.on_pod_evicted: list[Callable[[dict], None]] = []
        self.cond = threading.Condition(threading.RLock())
        self.tls, self.tokens, self.rules = tls, tokens, rules
        self.port = 0
        self.server: ThreadingHTTPServer | None = None
        self.up()

    # --- lifecycle ----------------------------------------------------------------

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            # HTTP/1.0: one request per connection, so down() leaves no kept-alive socket behind.
            def log_message(self, *a):
                pass

            def _body(self):
                n = int(self.headers.get("Content-Length") or 0)
                return json.loads(self.rfile.read(n)) if n else None

            def _send(self, code: int, obj: dict):
                data = json.dumps(obj).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                api._handle(self, "GET")

            def do_POST(self):
                api._handle(self, "POST")

            def do_DELETE(self):
                api._handle(self, "DELETE")

        return Handler

    def up(self) -> None:
        """Serves (again, on the same port after ``down``)."""
        server = ThreadingHTTPServer(("127.0.0.1", self.port), self._handler())
        server.daemon_threads = True
        if self.tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*self.tls)
            server.socket = ctx.wrap_socket(server.socket, server_side=True)
        self.port = server.server_address[1]
        self.server = server
        threading.Thread(target=server.serve_forever, daemon=True).start()

    def down(self) -> None:
        """Unreachable: the port refuses connections until ``up``."""
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def api_client(self):
        from kubernetes import client

        cfg = client.Configuration()
        cfg.host = self.url
        return client.ApiClient(cfg)

    def close(self):
        self.down()

    # --- state changes, as the Job controller / kubelet would make them -----------

    def _bump(self, kind: str, obj: dict) -> None:
        with self.cond:
            self.rv += 1
            obj["metadata"]["resourceVersion"] = str(self.rv)
            self.events.append((self.rv, kind, copy.deepcopy(obj)))
            self.cond.notify_all()

    def update_job(self, name: str, change: Callable[[dict], object]) -> dict:
        """Applies ``change`` to the stored Job and sends a MODIFIED event."""
        with self.cond:
            job = self.jobs[name]
            change(job)
            self._bump("MODIFIED", job)
            return copy.deepcopy(job)

    def set_condition(self, name: str, type_: str, reason: str = "", message: str = "") -> None:
        self.update_job(name, lambda job: job["status"].setdefault("conditions", []).append(
            {"type": type_, "status": "True", "reason": reason, "message": message,
             "lastProbeTime": now_rfc3339(), "lastTransitionTime": now_rfc3339()}))

    def put_pod(self, pod: dict) -> None:
        with self.cond:
            pod["metadata"].setdefault("uid", str(uuid.uuid4()))
            pod["metadata"].setdefault("creationTimestamp", now_rfc3339())
            self.pods[pod["metadata"]["name"]] = pod
            self._bump("MODIFIED", pod)

    def update_pod(self, name: str, change: Callable[[dict], object]) -> dict | None:
        with self.cond:
            pod = self.pods.get(name)
            if pod is None:
                return None
            change(pod)
            self._bump("MODIFIED", pod)
            return copy.deepcopy(pod)

    def add_pod(self, job_name: str, *, waiting_reason: str = "", unschedulable: str = "") -> str:
        job = self.jobs[job_name]
        name = f"{job_name}-{uuid.uuid4().hex[:5]}"
        labels = dict(job["spec"]["template"]["metadata"]["labels"])
        c = job["spec"]["template"]["spec"]["containers"][0]
        status: dict = {"phase": "Pending", "conditions": []}
        if waiting_reason:
            status["containerStatuses"] = [{
                "name": c["name"], "image": c["image"], "imageID": "", "ready": False, "restartCount": 0,
                "state": {"waiting": {"reason": waiting_reason,
                                      "message": f'Back-off pulling image "{c["image"]}"'}}}]
        if unschedulable:
            status["conditions"].append({"type": "PodScheduled", "status": "False", "reason": "Unschedulable",
                                         "message": unschedulable})
        self.put_pod({"apiVersion": "v1", "kind": "Pod", "status": status,
                      "metadata": {"name": name, "namespace": job["metadata"]["namespace"], "labels": labels,
                                   "annotations": {"fake/job": job_name}}})
        return name

    def set_suspend(self, name: str, suspend: bool) -> None:
        """What Kueue does: admits a Job by unsuspending it, preempts it by suspending it
        again (the Job controller then deletes its pods)."""
        job = self.jobs[name]
        job["spec"]["suspend"] = suspend
        if suspend:
            for pod in [p for p, v in self.pods.items() if v["metadata"]["annotations"]["fake/job"] == name]:
                self.pods.pop(pod)
        self._bump("MODIFIED", job)

    def clear_pods(self) -> None:
        self.pods.clear()

    # --- authentication and RBAC, as the API server checks a service account -------

    def _authorize(self, h, method: str, q: dict, group: str, resource: str, ns: str, name: str | None) -> bool:
        if self.tokens is None:
            return True
        scheme, _, token = h.headers.get("Authorization", "").partition(" ")
        user = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            self.denied.append((401, "", method, resource))
            h._send(401, status_body(401, "Unauthorized", "Unauthorized"))
            return False
        verb = _VERBS.get(method) or ("get" if name else ("watch" if q.get("watch") in ("true", "1") else "list"))
        if self.rules is None or any(_allows(r, verb, group, resource) for r in self.rules.get(user, [])):
            return True
        self.denied.append((403, user, verb, resource))
        what = f'{resource}{"." + group if group else ""}' + (f' "{name}"' if name else "")
        h._send(403, status_body(403, "Forbidden", f'{what} is forbidden: User "{user}" cannot {verb} resource '
                                 f'"{resource}" in API group "{group}" in the namespace "{ns}"'))
        return False

    # --- the REST API -------------------------------------------------------------

    def _handle(self, h, method: str) -> None:
        url = urlparse(h.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        body = h._body() if method in ("POST", "DELETE") else None
        self.requests.append((method, url.path, q, body))
        parts = url.path.strip("/").split("/")
        # /apis/batch/v1/namespaces/{ns}/jobs[/{name}]  |  /api/v1/namespaces/{ns}/pods[/{name}[/eviction]]
        if parts[:4] == ["apis", "batch", "v1", "namespaces"] and len(parts) >= 6 and parts[5] == "jobs":
            ns, name = parts[4], (parts[6] if len(parts) > 6 else None)
            if not self._authorize(h, method, q, "batch", "jobs", ns, name):
                return None
            if method == "GET" and name is None:
                return self._watch(h, ns, q) if q.get("watch") in ("true", "True", "1") else self._list(h, ns, q)
            if method == "GET":
                return h._send(200, self.jobs[name]) if name in self.jobs else self._404(h, name)
            if method == "POST":
                return self._create(h, ns, body)
            if method == "DELETE":
                return self._delete(h, name, body or {})
        # /api/v1/namespaces/{ns}/services[/{name}]
        if parts[:3] == ["api", "v1", "namespaces"] and len(parts) in (5, 6) and parts[4] == "services":
            ns, name = parts[3], (parts[5] if len(parts) == 6 else None)
            if not self._authorize(h, method, q, "", "services", ns, name):
                return None
            return self._service(h, method, ns, name, body)
        if parts[:3] == ["api", "v1", "namespaces"] and len(parts) >= 5 and parts[4] == "pods":
            return self._pods(h, method, q, parts[3], parts[5] if len(parts) > 5 else None, parts[6:], body)
        return self._404(h, url.path)

    def _pods(self, h, method, q, ns, name, sub, body):
        resource = "pods/eviction" if sub == ["eviction"] else "pods"
        if not self._authorize(h, method, q, "", resource, ns, name):
            return None
        if method == "GET" and name is None:
            with self.cond:
                items = [copy.deepcopy(p) for p in self.pods.values()
                         if _match(p["metadata"].get("labels", {}), q.get("labelSelector", ""))]
            return h._send(200, {"apiVersion": "v1", "kind": "PodList",
                                 "metadata": {"resourceVersion": str(self.rv)}, "items": items})
        if name not in self.pods:
            return self._404(h, name)
        if method == "GET":
            return h._send(200, self.pods[name])
        if method == "POST" and resource == "pods/eviction":
            pod = self.pods[name]
            for hook in self.on_pod_evicted:
                hook(pod)
            return h._send(201, {"kind": "Status", "apiVersion": "v1", "status": "Success", "code": 201})
        return self._404(h, name)

    def _service(self, h, method, ns, name, body):
        if method == "POST":
            name = body["metadata"]["name"]
            if self.refuse_services:
                code, message = self.refuse_services
                return h._send(code, status_body(code, "Forbidden", message))
            with self.cond:
                if name in self.services:
                    return h._send(409, status_body(409, "AlreadyExists", f'services "{name}" already exists'))
                body["metadata"].update(uid=str(uuid.uuid4()), namespace=ns)
                self.services[name] = body
            return h._send(201, body)
        if name not in self.services:
            return self._404(h, name)
        if method == "DELETE":  # a Service's DELETE answers the deleted object, not a Status
            return h._send(200, self.services.pop(name))
        return h._send(200, self.services[name])

    def _404(self, h, what):
        h._send(404, status_body(404, "NotFound", f"{what} not found"))

    def _list(self, h, ns, q):
        with self.cond:
            items = [copy.deepcopy(j) for j in self.jobs.values()
                     if _match(j["metadata"].get("labels", {}), q.get("labelSelector", ""))]
        h._send(200, {"apiVersion": "batch/v1", "kind": "JobList", "metadata": {"resourceVersion": str(self.rv)},
                      "items": items})

    def _create(self, h, ns, body):
        name = body["metadata"]["name"]
        if self.refuse_create:
            code, message = self.refuse_create
            return h._send(code, status_body(code, "Forbidden", message))
        with self.cond:
            if name in self.jobs:
                return h._send(409, status_body(409, "AlreadyExists", f'jobs.batch "{name}" already exists'))
            body["metadata"].update(uid=str(uuid.uuid4()), creationTimestamp=now_rfc3339(), namespace=ns)
            body["status"] = {}
            self.jobs[name] = body
            self._bump("ADDED", body)
            created = copy.deepcopy(body)
        h._send(201, created)
        for hook in self.on_job_created:
            hook(created)

    def _delete(self, h, name, opts):
        with self.cond:
            if name not in self.jobs:
                return self._404(h, name)
            self.deletes.append((name, opts))
            job = self.jobs.pop(name)
            for pod in [p for p, v in self.pods.items()
                        if v["metadata"].get("annotations", {}).get("fake/job") == name]:
                self.pods.pop(pod)
            self._bump("DELETED", job)
        for hook in self.on_job_deleted:
            hook(job)
        h._send(200, {"kind": "Status", "apiVersion": "v1", "status": "Success", "code": 200})

    def _watch(self, h, ns, q):
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Connection", "close")
        h.end_headers()
        with self.cond:
            gone = self.gone_watches > 0
            if gone:
                self.gone_watches -= 1
        if gone:
            h.wfile.write((json.dumps({"type": "ERROR", "object": status_body(
                410, "Expired", "too old resource version")}) + "\n").encode())
            return
        since = int(q.get("resourceVersion") or 0)
        # Real watches last minutes; a short one keeps the test's threads moving.
        timeout = min(float(q.get("timeoutSeconds") or 1), 1.0)
        sel = q.get("labelSelector", "")
        def watched() -> list[tuple[int, str, dict]]:
            # Job events only: a pod's change must not wake a watch of Jobs (it would spin).
            return [(rv, t, o) for rv, t, o in self.events
                    if rv > since and o.get("kind", "Job") == "Job" and _match(o["metadata"].get("labels", {}), sel)]
        with self.cond:
            self.cond.wait_for(watched, timeout=timeout)
            events = watched()
        try:
            for _rv, t, o in events:
                h.wfile.write((json.dumps({"type": t, "object": o}) + "\n").encode())
            h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass


def _allows(rule: dict, verb: str, group: str, resource: str) -> bool:
    def has(values, value):
        return "*" in (values or []) or value in (values or [])
    return has(rule.get("apiGroups"), group) and has(rule.get("resources"), resource) and has(rule.get("verbs"), verb)
