"""A FAKE Kubernetes Job controller (batch/v1, as of 1.31+) over the FAKE API server.

There is no Kubernetes control plane here. This stands in for kube-controller-manager's
Job controller for the Jobs the training controller creates, and hands each pod to a
kubelet (tests/cluster/kubelet.py runs it as a local process). Semantics kept, as the
real controller reports them:

* one pod at a time (parallelism = completions = 1), named ``<job>-<5 letters>``, with
  the ``batch.kubernetes.io/job-name`` and ``controller-uid`` labels;
* pod phases Pending -> Running -> Succeeded | Failed, the container's exit code in
  ``containerStatuses[].state.terminated``;
* ``podFailurePolicy`` rules in order: ``FailJob`` on exit codes, ``Ignore`` on pod
  conditions (``DisruptionTarget`` of an eviction: not counted against backoffLimit),
  ``Count``; else every failed pod counts and the Job fails once ``failed > backoffLimit``;
* ``activeDeadlineSeconds`` from ``status.startTime``: running pods are terminated;
* the interim conditions ``SuccessCriteriaMet`` / ``FailureTarget`` first, then, once no
  pod is left running, ``Complete`` / ``Failed`` with the same reason and message;
* a Job created with ``spec.suspend: true`` gets no pod and no ``startTime`` until it is
  unsuspended (``resume``: what the controller does on the update Kueue makes when it
  admits the Job, tests/cluster/fake_kueue.py).

Left out: the exponential delay between failed pods (10 s, 20 s, ...) is ``retry_delay_s``,
indexed and parallel Jobs, suspending a started Job again, successPolicy, podReplacementPolicy.
"""

from __future__ import annotations

import copy
import threading
import time
import uuid
from collections.abc import Callable
from typing import Protocol

from fake_k8s import FakeKubeAPI, now_rfc3339

JOB_NAME_LABEL = "batch.kubernetes.io/job-name"


class PodRun(Protocol):
    """What a kubelet returns for a pod it runs."""

    def terminate(self, grace_s: float) -> None: ...


#: kubelet.run(pod, on_running, on_exit(exit_code)) -> PodRun
RunPod = Callable[[dict, Callable[[], None], Callable[[int], None]], PodRun]


class FakeJobController:
    def __init__(self, api: FakeKubeAPI, run_pod: RunPod, *, retry_delay_s: float = 0.2,
                 termination_grace_s: float = 30.0):
        self.api, self.run_pod = api, run_pod
        self.retry_delay_s, self.termination_grace_s = retry_delay_s, termination_grace_s
        self._runs: dict[str, PodRun] = {}           # pod name -> its run
        self._started: dict[str, float] = {}         # job name -> monotonic start (the deadline's origin)
        self._lock = threading.RLock()
        self._stop = threading.Event()
        api.on_job_created.append(self._job_added)
        api.on_job_deleted.append(self._job_deleted)
        api.on_pod_evicted.append(self.evict)
        self._deadlines = threading.Thread(target=self._deadline_loop, name="fake-job-deadlines", daemon=True)
        self._deadlines.start()

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            runs = list(self._runs.values())
        for run in runs:
            _terminate(run, 0)

    # --- pods -----------------------------------------------------------------------

    def pods_of(self, job_name: str) -> list[dict]:
        with self.api.cond:
            return [copy.deepcopy(p) for p in self.api.pods.values()
                    if p["metadata"]["labels"].get(JOB_NAME_LABEL) == job_name]

    def running_pod(self, job_name: str) -> str | None:
        for p in self.pods_of(job_name):
            if p["status"]["phase"] in ("Pending", "Running"):
                return p["metadata"]["name"]
        return None

    def _new_pod(self, job: dict) -> None:
        name = job["metadata"]["name"]
        tmpl = job["spec"]["template"]
        pod_name = f"{name}-{uuid.uuid4().hex[:5]}"
        labels = {**tmpl["metadata"].get("labels", {}), JOB_NAME_LABEL: name, "job-name": name,
                  "batch.kubernetes.io/controller-uid": job["metadata"]["uid"],
                  "controller-uid": job["metadata"]["uid"]}
        pod = {"apiVersion": "v1", "kind": "Pod",
               "metadata": {"name": pod_name, "namespace": job["metadata"]["namespace"], "labels": labels,
                            "annotations": {"fake/job": name},
                            "ownerReferences": [{"apiVersion": "batch/v1", "kind": "Job", "name": name,
                                                 "uid": job["metadata"]["uid"], "controller": True}]},
               "spec": copy.deepcopy(tmpl["spec"]),
               "status": {"phase": "Pending", "conditions": []}}
        self.api.put_pod(pod)
        self.api.update_job(name, lambda j: j["status"].update(active=1, ready=0))
        run = self.run_pod(pod, lambda: self._pod_running(name, pod_name),
                           lambda code: self._pod_exited(name, pod_name, code))
        with self._lock:
            self._runs[pod_name] = run

    def _pod_running(self, job_name: str, pod_name: str) -> None:
        def running(p):
            c = p["spec"]["containers"][0]
            p["status"].update(phase="Running", startTime=now_rfc3339(), containerStatuses=[{
                "name": c["name"], "image": c.get("image", ""), "imageID": "", "ready": True, "restartCount": 0,
                "started": True, "state": {"running": {"startedAt": now_rfc3339()}}}])
            p["status"]["conditions"].append({"type": "Ready", "status": "True"})
        self.api.update_pod(pod_name, running)
        if job_name in self.api.jobs:
            self.api.update_job(job_name, lambda j: j["status"].update(ready=1))

    def _pod_exited(self, job_name: str, pod_name: str, code: int) -> None:
        def exited(p):
            c = p["spec"]["containers"][0]
            p["status"]["phase"] = "Succeeded" if code == 0 else "Failed"
            p["status"]["conditions"] = [c_ for c_ in p["status"]["conditions"] if c_["type"] != "Ready"]
            p["status"]["containerStatuses"] = [{
                "name": c["name"], "image": c.get("image", ""), "imageID": "", "ready": False, "restartCount": 0,
                "state": {"terminated": {"exitCode": code, "reason": "Completed" if code == 0 else "Error",
                                         "finishedAt": now_rfc3339()}}}]
        with self._lock:
            self._runs.pop(pod_name, None)
        pod = self.api.update_pod(pod_name, exited)
        if pod is None or job_name not in self.api.jobs:
            return  # the Job was deleted with its pods
        threading.Thread(target=self._sync_after_exit, args=(job_name, pod, code), daemon=True).start()

    def evict(self, pod: dict) -> None:
        """The Eviction API: a DisruptionTarget condition, then the pod is terminated."""
        name = pod["metadata"]["name"]
        self.api.update_pod(name, lambda p: p["status"]["conditions"].append({
            "type": "DisruptionTarget", "status": "True", "reason": "EvictionByEvictionAPI",
            "message": "Eviction API: evicting", "lastTransitionTime": now_rfc3339()}))
        with self._lock:
            run = self._runs.get(name)
        if run is not None:
            _terminate(run, pod["spec"].get("terminationGracePeriodSeconds", self.termination_grace_s))

    # --- the Job's state machine ------------------------------------------------------

    def _job_added(self, job: dict) -> None:
        self.api.update_job(job["metadata"]["name"], lambda j: j["status"].update(
            active=0, failed=0, succeeded=0, terminating=0, uncountedTerminatedPods={}))
        if not job["spec"].get("suspend"):
            self.resume(job["metadata"]["name"])

    def resume(self, job_name: str) -> None:
        """A Job running (again): created unsuspended, or just unsuspended. Its deadline
        counts from here, as ``status.startTime`` does."""
        self.api.update_job(job_name, lambda j: j["status"].update(startTime=now_rfc3339()))
        self._started[job_name] = time.monotonic()
        self._new_pod(self.api.jobs[job_name])

    def _job_deleted(self, job: dict) -> None:
        # Foreground deletion: the Job's pods are terminated (the API server already dropped them).
        with self._lock:
            runs = [r for n, r in self._runs.items() if n.startswith(job["metadata"]["name"] + "-")]
        for run in runs:
            _terminate(run, self.termination_grace_s)

    def _finish(self, job_name: str, interim: str, final: str, reason: str, message: str) -> None:
        def cond(type_):
            return {"type": type_, "status": "True", "reason": reason, "message": message,
                    "lastProbeTime": now_rfc3339(), "lastTransitionTime": now_rfc3339()}
        self.api.update_job(job_name, lambda j: j["status"].setdefault("conditions", []).append(cond(interim)))
        # The terminal condition only once no pod of the Job is left running (1.31+).
        deadline = time.monotonic() + self.termination_grace_s + 5
        while self.running_pod(job_name) and time.monotonic() < deadline and not self._stop.is_set():
            time.sleep(0.05)

        def final_(j):
            j["status"]["conditions"].append(cond(final))
            j["status"].update(active=0, ready=0, terminating=0)
            if final == "Complete":
                j["status"]["completionTime"] = now_rfc3339()
        if job_name in self.api.jobs:
            self.api.update_job(job_name, final_)

    def _terminal(self, job: dict) -> bool:
        return any(c["type"] in ("Complete", "Failed", "SuccessCriteriaMet", "FailureTarget")
                   for c in job["status"].get("conditions", []))

    def _sync_after_exit(self, job_name: str, pod: dict, code: int) -> None:
        job = self.api.jobs.get(job_name)
        if job is None or self._terminal(job):
            return
        if code == 0:
            self.api.update_job(job_name, lambda j: j["status"].update(succeeded=1, active=0, ready=0))
            self._finish(job_name, "SuccessCriteriaMet", "Complete", "CompletionsReached",
                         "Reached expected number of succeeded pods")
            return
        action, index = _failure_action(job["spec"].get("podFailurePolicy"), pod, code)
        if action != "Ignore":
            self.api.update_job(job_name, lambda j: j["status"].update(failed=j["status"].get("failed", 0) + 1))
        self.api.update_job(job_name, lambda j: j["status"].update(active=0, ready=0))
        job = self.api.jobs[job_name]
        if action == "FailJob":
            container = pod["spec"]["containers"][0]["name"]
            ns = pod["metadata"]["namespace"]
            self._finish(job_name, "FailureTarget", "Failed", "PodFailurePolicy",
                         f"Container {container} for pod {ns}/{pod['metadata']['name']} failed with exit code "
                         f"{code} matching FailJob rule at index {index}")
            return
        if job["status"].get("failed", 0) > job["spec"].get("backoffLimit", 6):
            self._finish(job_name, "FailureTarget", "Failed", "BackoffLimitExceeded",
                         "Job has reached the specified backoff limit")
            return
        if self._stop.wait(self.retry_delay_s) or job_name not in self.api.jobs:
            return
        self._new_pod(self.api.jobs[job_name])

    def _deadline_loop(self) -> None:
        while not self._stop.wait(0.2):
            for name, job in list(self.api.jobs.items()):
                limit = job["spec"].get("activeDeadlineSeconds")
                started = self._started.get(name)
                if not limit or started is None or self._terminal(job):
                    continue
                if time.monotonic() - started > limit:
                    pod = self.running_pod(name)
                    threading.Thread(target=self._finish, daemon=True, args=(
                        name, "FailureTarget", "Failed", "DeadlineExceeded",
                        "Job was active longer than specified deadline")).start()
                    with self._lock:
                        run = self._runs.get(pod or "")
                    if run is not None:
                        _terminate(run, job["spec"]["template"]["spec"].get(
                            "terminationGracePeriodSeconds", self.termination_grace_s))


def _terminate(run: PodRun, grace_s: float) -> None:
    """SIGTERM now, SIGKILL after the grace period, without blocking the caller (an API request)."""
    threading.Thread(target=run.terminate, args=(grace_s,), daemon=True).start()


def _failure_action(policy: dict | None, pod: dict, code: int) -> tuple[str, int]:
    """The podFailurePolicy action of a failed pod: (FailJob | Ignore | Count, rule index)."""
    container = pod["spec"]["containers"][0]["name"]
    conditions = {(c["type"], c["status"]) for c in pod["status"].get("conditions", [])}
    for i, rule in enumerate((policy or {}).get("rules", [])):
        on_codes = rule.get("onExitCodes")
        if on_codes and on_codes.get("containerName", container) == container and code != 0:
            inside = code in on_codes.get("values", [])
            if inside == (on_codes.get("operator", "In") == "In"):
                return rule["action"], i
        for pc in rule.get("onPodConditions") or []:
            if (pc["type"], pc.get("status", "True")) in conditions:
                return rule["action"], i
    return "Count", -1
