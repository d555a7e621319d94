"""A FAKE Kubernetes API server: just enough of batch/v1 Jobs and core/v1 Pods, over
real HTTP, for the official ``kubernetes`` client to talk to.

There is no Kubernetes API server on these machines, so this stands in for one in the
launcher tests. It implements list / watch / create / get / delete of Jobs, list of
Pods, create / get / delete of Services, resourceVersions, and the watch "ERROR 410 Gone"
event a real API server sends when a watch's resourceVersion is too old. Tests change
Job status and add pods through its methods, as the Job controller and kubelet would,
and admit or preempt suspended Jobs as Kueue would (``set_suspend``).
"""

from __future__ import annotations

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def _match(labels: dict, selector: str) -> bool:
    for part in filter(None, (selector or "").split(",")):
        k, _, v = part.partition("=")
        if labels.get(k) != v:
            return False
    return True


class FakeKubeAPI:
    def __init__(self):
        self.jobs: dict[str, dict] = {}
        self.pods: dict[str, dict] = {}
        self.services: dict[str, dict] = {}
        self.events: list[tuple[int, str, dict]] = []
        self.rv = 100
        self.requests: list[tuple[str, str, dict, dict | None]] = []   # method, path, query, body
        self.deletes: list[tuple[str, dict]] = []                      # name, delete options
        #: Answer the next N watch requests with an ERROR 410 Gone event.
        self.gone_watches = 0
        #: Answer Job creations with this (code, message), e.g. (403, "forbidden"), when set.
        self.refuse_create: tuple[int, str] | None = None
        #: The same for Service creations.
        self.refuse_services: tuple[int, str] | None = None
        self.cond = threading.Condition()
        api = self

        class Handler(BaseHTTPRequestHandler):
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

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def api_client(self):
        from kubernetes import client

        cfg = client.Configuration()
        cfg.host = self.url
        return client.ApiClient(cfg)

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    # --- state changes, as the Job controller / kubelet would make them -----------

    def _bump(self, kind: str, obj: dict) -> None:
        with self.cond:
            self.rv += 1
            obj["metadata"]["resourceVersion"] = str(self.rv)
            self.events.append((self.rv, kind, json.loads(json.dumps(obj))))
            self.cond.notify_all()

    def set_condition(self, name: str, type_: str, reason: str = "", message: str = "") -> None:
        job = self.jobs[name]
        job["status"].setdefault("conditions", []).append(
            {"type": type_, "status": "True", "reason": reason, "message": message})
        self._bump("MODIFIED", job)

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
        self.pods[name] = {"apiVersion": "v1", "kind": "Pod", "status": status,
                           "metadata": {"name": name, "namespace": job["metadata"]["namespace"], "labels": labels,
                                        "annotations": {"fake/job": job_name}}}
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

    # --- the REST API -------------------------------------------------------------

    def _handle(self, h, method: str) -> None:
        url = urlparse(h.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        body = h._body() if method in ("POST", "DELETE") else None
        self.requests.append((method, url.path, q, body))
        parts = url.path.strip("/").split("/")
        # /apis/batch/v1/namespaces/{ns}/jobs[/{name}]  |  /api/v1/namespaces/{ns}/pods
        if parts[:4] == ["apis", "batch", "v1", "namespaces"] and len(parts) >= 6 and parts[5] == "jobs":
            ns, name = parts[4], (parts[6] if len(parts) > 6 else None)
            if method == "GET" and name is None:
                return self._watch(h, ns, q) if q.get("watch") in ("true", "True", "1") else self._list(h, ns, q)
            if method == "GET":
                return h._send(200, self.jobs[name]) if name in self.jobs else self._404(h, name)
            if method == "POST":
                return self._create(h, ns, body)
            if method == "DELETE":
                return self._delete(h, name, body or {})
        # /api/v1/namespaces/{ns}/services[/{name}]
        if parts[:2] == ["api", "v1"] and len(parts) in (5, 6) and parts[4] == "services":
            return self._service(h, method, parts[3], parts[5] if len(parts) == 6 else None, body)
        if parts[:2] == ["api", "v1"] and len(parts) == 5 and parts[4] == "pods" and method == "GET":
            items = [p for p in self.pods.values() if _match(p["metadata"]["labels"], q.get("labelSelector", ""))]
            return h._send(200, {"apiVersion": "v1", "kind": "PodList", "metadata": {"resourceVersion": str(self.rv)},
                                 "items": items})
        return self._404(h, url.path)

    def _service(self, h, method, ns, name, body):
        if method == "POST":
            name = body["metadata"]["name"]
            if self.refuse_services:
                code, message = self.refuse_services
                return h._send(code, {"kind": "Status", "apiVersion": "v1", "status": "Failure",
                                      "reason": "Forbidden", "message": message, "code": code})
            if name in self.services:
                return h._send(409, {"kind": "Status", "apiVersion": "v1", "status": "Failure",
                                     "reason": "AlreadyExists", "message": f"services {name} already exists",
                                     "code": 409})
            body["metadata"].update(uid=str(uuid.uuid4()), namespace=ns)
            self.services[name] = body
            return h._send(201, body)
        if name not in self.services:
            return self._404(h, name)
        if method == "DELETE":  # a Service's DELETE answers the deleted object, not a Status
            return h._send(200, self.services.pop(name))
        return h._send(200, self.services[name])

    def _404(self, h, what):
        h._send(404, {"kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "NotFound",
                      "message": f"{what} not found", "code": 404})

    def _list(self, h, ns, q):
        items = [j for j in self.jobs.values() if _match(j["metadata"].get("labels", {}), q.get("labelSelector", ""))]
        h._send(200, {"apiVersion": "batch/v1", "kind": "JobList", "metadata": {"resourceVersion": str(self.rv)},
                      "items": items})

    def _create(self, h, ns, body):
        name = body["metadata"]["name"]
        if self.refuse_create:
            code, message = self.refuse_create
            return h._send(code, {"kind": "Status", "apiVersion": "v1", "status": "Failure",
                                  "reason": "Forbidden", "message": message, "code": code})
        if name in self.jobs:
            return h._send(409, {"kind": "Status", "apiVersion": "v1", "status": "Failure",
                                 "reason": "AlreadyExists", "message": f"jobs {name} already exists", "code": 409})
        body["metadata"].update(uid=str(uuid.uuid4()), creationTimestamp="2026-11-21T00:00:00Z", namespace=ns)
        body["status"] = {}
        self.jobs[name] = body
        self._bump("ADDED", body)
        h._send(201, body)

    def _delete(self, h, name, opts):
        if name not in self.jobs:
            return self._404(h, name)
        self.deletes.append((name, opts))
        job = self.jobs.pop(name)
        for pod in [p for p, v in self.pods.items() if v["metadata"]["annotations"]["fake/job"] == name]:
            self.pods.pop(pod)
        self._bump("DELETED", job)
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
            h.wfile.write((json.dumps({"type": "ERROR", "object": {
                "kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "Expired",
                "message": "too old resource version", "code": 410}}) + "\n").encode())
            return
        since = int(q.get("resourceVersion") or 0)
        # Real watches last minutes; a short one keeps the test's threads moving.
        timeout = min(float(q.get("timeoutSeconds") or 1), 1.0)
        sel = q.get("labelSelector", "")
        with self.cond:
            self.cond.wait_for(lambda: any(rv > since for rv, _, _ in self.events), timeout=timeout)
            events = [(rv, t, o) for rv, t, o in self.events
                      if rv > since and _match(o["metadata"].get("labels", {}), sel)]
        try:
            for _rv, t, o in events:
                h.wfile.write((json.dumps({"type": t, "object": o}) + "\n").encode())
            h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
