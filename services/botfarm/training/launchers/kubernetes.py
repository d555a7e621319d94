"""Workers as Kubernetes batch/v1 Jobs, through the official ``kubernetes`` client.

One background thread keeps a cache of our Jobs with list + watch (selecting on
``app.kubernetes.io/managed-by=botfarm-training``) and relists when the API server
answers 410 Gone (the watch's resourceVersion is too old). ``poll`` reads the cache,
and looks at the job's pods only while it is not finished, to surface a pod stuck
Pending (ImagePullBackOff, Unschedulable) as the job's reason.

A multi-node attempt is an Indexed Job plus a headless Service for its rendezvous: the
Service is created right after the Job as its dependent (ownerReference, so Kubernetes
deletes it with the Job), checked while the Job runs, and deleted once it finishes or
is cancelled. A Job created for a Kueue queue starts suspended; ``poll`` reports it
QUEUED until Kueue admits (unsuspends) it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from typing import TYPE_CHECKING

from botfarm.core.errors import InvalidArgument
from botfarm.training.jobs import Job
from botfarm.training.launchers.base import (
    EXITED,
    FAILED,
    LOST,
    PENDING,
    QUEUED,
    RUNNING,
    Launcher,
    WorkerState,
)
from botfarm.training.launchers.k8s_manifest import (
    JOB_LABEL,
    SELECTOR,
    K8sJobConfig,
    k8s_job_name,
    queue_of,
    render_distributed,
    render_service,
)

if TYPE_CHECKING:
    from kubernetes.client import V1Job, V1Pod

log = logging.getLogger(__name__)

#: Container waiting reasons that mean the pod will not start by itself.
STUCK_REASONS = ("ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CreateContainerConfigError",
                 "CreateContainerError")


def _name(obj: V1Job | V1Pod) -> str:
    # The API server sets metadata.name on every object it returns.
    assert obj.metadata is not None and obj.metadata.name is not None
    return obj.metadata.name


def default_api_client():
    """In-cluster service-account credentials, else the local kubeconfig. Raises
    Unavailable when there are neither: the service keeps serving and says why."""
    from kubernetes import client, config

    from botfarm.core.errors import Unavailable

    try:
        config.load_incluster_config()
    except config.ConfigException as in_cluster:
        try:
            config.load_kube_config()
        except (config.ConfigException, OSError) as e:
            raise Unavailable(f"no Kubernetes API credentials: not in a pod ({in_cluster}) and no kubeconfig "
                              f"({e})", reason="K8S_NO_CREDENTIALS") from None
    return client.ApiClient()


class KubernetesLauncher(Launcher):
    name = "kubernetes"

    def __init__(self, cfg: K8sJobConfig, api_client=None, *, watch_timeout_s: int = 60,
                 pod_check_every_s: float = 5.0):
        self.cfg = cfg
        # Made on first use, not here: a controller started while the API server or its
        # credentials are not there yet still serves, and retries (README, Kubernetes).
        self._api_client = api_client
        self._apis: tuple | None = None
        self.watch_timeout_s = watch_timeout_s
        self.pod_check_every_s = pod_check_every_s
        self._jobs: dict[str, V1Job] = {}
        self._listed = threading.Event()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pending: dict[str, tuple[float, WorkerState]] = {}   # job id -> (checked at, state)
        self._pending_since: dict[str, float] = {}
        self._service_checked: dict[str, float] = {}   # job id -> when its Service was last seen
        #: How many times the cache was (re)listed; tests read it to see the 410 relist.
        self.lists = 0

    @property
    def batch(self):
        return self._clients()[0]

    @property
    def core(self):
        return self._clients()[1]

    def _clients(self) -> tuple:
        if self._apis is None:
            from kubernetes import client

            api = self._api_client or default_api_client()
            self._apis = (client.BatchV1Api(api), client.CoreV1Api(api))
        return self._apis

    # --- the watch ----------------------------------------------------------------

    def _ensure_watch(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._watch_loop, name="k8s-training-watch", daemon=True)
            self._thread.start()

    def _relist(self) -> str | None:
        lst = self.batch.list_namespaced_job(self.cfg.namespace, label_selector=SELECTOR)
        with self._lock:
            self._jobs = {_name(j): j for j in lst.items}
            self.lists += 1
        self._listed.set()
        return lst.metadata.resource_version if lst.metadata else None

    def _watch_loop(self) -> None:
        from kubernetes import watch
        from kubernetes.client.exceptions import ApiException

        backoff = 1.0
        while not self._stop.is_set():
            try:
                rv = self._relist()
                while not self._stop.is_set():
                    w = watch.Watch()
                    for ev in w.stream(self.batch.list_namespaced_job, self.cfg.namespace,
                                       label_selector=SELECTOR, resource_version=rv,
                                       timeout_seconds=self.watch_timeout_s):
                        obj = ev["object"]
                        rv = obj.metadata.resource_version or rv
                        with self._lock:
                            if ev["type"] == "DELETED":
                                self._jobs.pop(obj.metadata.name, None)
                            else:
                                self._jobs[obj.metadata.name] = obj
                        if self._stop.is_set():
                            w.stop()
                    backoff = 1.0
            except ApiException as e:
                if e.status == 410:  # our resourceVersion expired: start again from a fresh list
                    log.info("training job watch expired (410 Gone); relisting")
                    continue
                log.warning("training job watch failed: %s %s; retrying in %.0f s", e.status, e.reason, backoff)
            except Exception as e:  # API server unreachable: keep trying, jobs keep running
                log.warning("training job watch failed: %s; retrying in %.0f s", e, backoff)
            self._stop.wait(backoff)
            backoff = min(backoff * 2, 30.0)

    # --- the launcher interface ---------------------------------------------------

    def world_size(self, workers: int, queue_name: str) -> int:
        queue_of(self.cfg, queue_name)  # a bad name is refused now, not at launch
        size = self.cfg.world_size
        if workers not in (0, size):
            raise InvalidArgument(
                f"workers {workers}: this cluster's training Jobs run {size} processes "
                f"({self.cfg.nodes} node(s) x {self.cfg.procs_per_node}), set by the chart's training.nodes and "
                "training.gpu.count", reason="BAD_WORKERS", metadata={"world_size": str(size)})
        return size

    def capacity(self) -> int:
        return 1 << 30  # the cluster's scheduler (or Kueue) queues; Pending pods wait for GPUs there

    def launch(self, job: Job) -> dict:
        self._ensure_watch()
        attempt = job.attempts + 1
        body, *service = render_distributed(self.cfg, job.id, attempt, job.queue_name)
        uid = self._create_job(body)
        if service:
            self._create_service_of_new_job(service[0], body["metadata"]["name"], uid)
        return {"k8s_job": body["metadata"]["name"], "namespace": self.cfg.namespace, "attempt": attempt,
                "service": service[0]["metadata"]["name"] if service else "",
                # Non-empty: created suspended, waiting for Kueue (the job shows QUEUED).
                "queue": queue_of(self.cfg, job.queue_name)}

    def _create_job(self, body: dict) -> str:
        """Creates the Job (or adopts one an earlier run of ours created); its uid."""
        from kubernetes.client.exceptions import ApiException

        try:
            # The client serialises a plain manifest dict as it would a V1Job model.
            created = self.batch.create_namespaced_job(self.cfg.namespace, body)
            with self._lock:
                self._jobs[_name(created)] = created
            return (created.metadata.uid if created.metadata else "") or ""
        except ApiException as e:
            quota = e.status == 403 and "exceeded quota" in str(e.body or "")  # frees up: retry
            if e.status in (400, 401, 403, 404, 422) and not quota:
                # Refused for good (RBAC, an invalid Job, no namespace): the manager fails the job.
                from botfarm.core.errors import FailedPrecondition

                raise FailedPrecondition(f"Kubernetes refused the training Job {body['metadata']['name']}: "
                                         f"{e.status} {e.reason}: {str(e.body or '')[:500]}",
                                         reason="K8S_JOB_REFUSED") from None
            if e.status != 409:  # 409: created before a restart of ours; adopt it
                raise
        existing = self.batch.read_namespaced_job(body["metadata"]["name"], self.cfg.namespace)
        return (existing.metadata.uid if existing.metadata else "") or ""

    # --- the rendezvous Service of a multi-node attempt ------------------------------

    def _create_service(self, body: dict, job_name: str, job_uid: str) -> None:
        from kubernetes.client.exceptions import ApiException

        if job_uid:
            # A dependent of the Job: deleted with it (ttlSecondsAfterFinished, a cancel).
            body["metadata"]["ownerReferences"] = [{"apiVersion": "batch/v1", "kind": "Job", "name": job_name,
                                                    "uid": job_uid}]
        try:
            self.core.create_namespaced_service(self.cfg.namespace, body)
        except ApiException as e:
            if e.status != 409:  # 409: it exists already (a replayed launch)
                raise

    def _create_service_of_new_job(self, body: dict, job_name: str, job_uid: str) -> None:
        from kubernetes import client
        from kubernetes.client.exceptions import ApiException

        try:
            self._create_service(body, job_name, job_uid)
        except ApiException as e:
            if e.status not in (400, 401, 403, 404, 422):
                raise  # maybe transient: the next pass adopts the Job (409) and tries again
            # Refused for good (RBAC without services): no Job may wait for a rendezvous
            # that will never exist while holding its GPUs.
            with contextlib.suppress(ApiException):
                self.batch.delete_namespaced_job(job_name, self.cfg.namespace,
                                                 body=client.V1DeleteOptions(propagation_policy="Foreground"))
            from botfarm.core.errors import FailedPrecondition

            raise FailedPrecondition(f"Kubernetes refused the rendezvous Service {job_name}: {e.status} {e.reason}: "
                                     f"{str(e.body or '')[:500]}", reason="K8S_SERVICE_REFUSED") from None

    def _check_service(self, job: Job) -> None:
        """Recreates a running attempt's Service if it went missing (deleted by hand):
        without it no pod can find the rendezvous."""
        from kubernetes.client.exceptions import ApiException

        name = job.launcher_state.get("service")
        now = time.monotonic()
        if not name or now - self._service_checked.get(job.id, 0.0) < self.pod_check_every_s:
            return
        self._service_checked[job.id] = now
        try:
            self.core.read_namespaced_service(name, self.cfg.namespace)
        except ApiException as e:
            if e.status != 404:
                raise
            log.warning("training job %s: rendezvous Service %s is gone; recreating it", job.id, name)
            body = render_service(self.cfg, job.id, int(job.launcher_state.get("attempt", 1)))
            with self._lock:
                owner = self._jobs.get(self._job_name(job))
            if body is not None:
                uid = (owner.metadata.uid if owner and owner.metadata else "") or ""
                self._create_service(body, self._job_name(job), uid)

    def _delete_service(self, job: Job) -> None:
        from kubernetes.client.exceptions import ApiException

        name = job.launcher_state.get("service")
        self._service_checked.pop(job.id, None)
        if not name:
            return
        try:
            self.core.delete_namespaced_service(name, self.cfg.namespace)
        except ApiException as e:
            if e.status != 404:
                raise

    def _job_name(self, job: Job) -> str:
        return job.launcher_state.get("k8s_job") or k8s_job_name(job.id, max(1, job.attempts))

    def poll(self, job: Job) -> WorkerState:
        self._ensure_watch()
        # Briefly: the manager holds its lock while polling, and an unreachable API server
        # must not stall CreateTrainingJob or CancelTrainingJob.
        if not self._listed.wait(1):
            return WorkerState(RUNNING)  # API server not answering yet: no news is no change
        with self._lock:
            obj = self._jobs.get(self._job_name(job))
        if obj is None:
            return WorkerState(LOST, f"Kubernetes Job {self._job_name(job)} is gone")
        for c in (obj.status.conditions if obj.status else None) or []:
            if c.status != "True":
                continue
            if c.type == "Complete":
                self._delete_service(job)
                return WorkerState(EXITED)
            if c.type == "Failed":
                self._delete_service(job)
                why = f"Kubernetes Job failed: {c.reason}: {c.message or ''}".rstrip(": ")
                if job.launcher_state.get("service") and c.reason == "BackoffLimitExceeded":
                    # One pod of a multi-node group failed: the group is started again as
                    # the next attempt (a fatal error would be in rank 0's status.json).
                    return WorkerState(LOST, why)
                return WorkerState(FAILED, why)
        if obj.spec is not None and obj.spec.suspend:
            queue = (obj.metadata.labels or {}).get("kueue.x-k8s.io/queue-name", "") if obj.metadata else ""
            return WorkerState(QUEUED, f"waiting for Kueue admission (queue {queue})" if queue
                               else "the Kubernetes Job is suspended")
        self._check_service(job)
        return self._pod_state(job)

    def _pod_state(self, job: Job) -> WorkerState:
        now = time.monotonic()
        cached = self._pending.get(job.id)
        if cached and now - cached[0] < self.pod_check_every_s:
            return cached[1]
        try:
            pods = self.core.list_namespaced_pod(self.cfg.namespace, label_selector=f"{JOB_LABEL}={job.id}").items
        except Exception as e:  # API server unreachable: the Job's own state still comes from the watch cache
            log.warning("training job %s: cannot list its pods: %s", job.id, e)
            return cached[1] if cached else WorkerState(RUNNING)
        state = WorkerState(RUNNING)
        for pod in pods:
            if pod.status is None or pod.status.phase != "Pending":
                continue
            reason = ""
            for cs in pod.status.container_statuses or []:
                waiting = cs.state.waiting if cs.state else None
                if waiting and waiting.reason in STUCK_REASONS:
                    reason = f"{waiting.reason}: {waiting.message or cs.image}"
            for c in pod.status.conditions or []:
                if c.type == "PodScheduled" and c.status == "False" and c.reason == "Unschedulable":
                    reason = reason or f"Unschedulable: {c.message or ''}"
            if reason:
                since = self._pending_since.setdefault(job.id, now)
                fatal = now - since >= self.cfg.pendingTimeoutSeconds
                state = WorkerState(PENDING, f"pod {_name(pod)} stuck Pending: {reason}", fatal=fatal)
                break
        if state.phase != PENDING:
            self._pending_since.pop(job.id, None)
        self._pending[job.id] = (now, state)
        return state

    def cancel(self, job: Job) -> None:
        from kubernetes import client
        from kubernetes.client.exceptions import ApiException

        try:
            # Foreground: the Job object goes only after its pods are gone.
            self.batch.delete_namespaced_job(self._job_name(job), self.cfg.namespace,
                                             body=client.V1DeleteOptions(propagation_policy="Foreground"))
        except ApiException as e:
            if e.status != 404:
                raise
        self._delete_service(job)

    def start(self) -> None:
        # Watch from the start: running Jobs are adopted at once after a restart, and an
        # unreachable API server shows in the log before the first job needs it.
        self._ensure_watch()

    def close(self) -> None:
        self._stop.set()
