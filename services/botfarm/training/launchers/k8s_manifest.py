"""Kubernetes manifests of training workers, rendered from the Job configuration file.

The file is the contract with the Helm chart (ConfigMap key ``training-job.yaml``,
read with ``--k8s-job-config``); see the README section "Training" for every key. Rendering is
pure (dicts in, dicts out) so tests validate it with ``kubernetes-validate``.

One attempt of a job is one of three shapes, by ``nodes`` and ``gpu.count``:

* one process: a Job whose pod runs the worker command;
* one pod, G > 1 GPUs: a Job whose pod runs torchrun with G processes (standalone rendezvous);
* M > 1 pods: an Indexed Job of M pods, each running torchrun with max(G, 1) processes,
  plus a headless Service named like the Job that gives pod 0 the DNS name
  ``{job}-0.{job}``, the rendezvous address (``MASTER_ADDR``) of the others.

With a Kueue queue (``kueue.queueName`` or the job's own ``queue_name``) the Job carries
the ``kueue.x-k8s.io/queue-name`` label and is created suspended: Kueue admits it (all
its pods at once) by unsuspending it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from botfarm.core.errors import InvalidArgument
from botfarm.training.distributed import MASTER_PORT, torchrun

#: Label every training object carries; the launcher's watch selects on it.
MANAGED_BY = "botfarm-training"
JOB_LABEL = "botfarm.dev/training-job"
SELECTOR = f"app.kubernetes.io/managed-by={MANAGED_BY}"
CONTAINER = "worker"
#: Where a worker pod mounts the S3 keys (the chart's botfarm.secretsDir, so both read alike).
S3_SECRET_DIR = "/etc/botfarm-secrets/s3"
#: The worker's "never retry" exit code (bad input): podFailurePolicy fails the Job on it.
EXIT_FATAL = 1
#: Kueue's labels: the LocalQueue of a Job, and its WorkloadPriorityClass (Kueue's own
#: priority for queueing and preemption, apart from the pods' PriorityClass).
QUEUE_LABEL = "kueue.x-k8s.io/queue-name"
WORKLOAD_PRIORITY_LABEL = "kueue.x-k8s.io/priority-class"
#: A Kubernetes label value (LocalQueue and WorkloadPriorityClass names are label values).
_LABEL_VALUE = re.compile(r"^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$")


@dataclass(frozen=True)
class K8sJobConfig:
    """The Job configuration file. Defaults match the chart's values."""

    namespace: str = "botfarm"
    image: str = "ghcr.io/botfarm/botfarm-gpu:0.1.0"
    imagePullPolicy: str = "IfNotPresent"
    command: tuple = ("botfarm", "train-worker")
    serviceAccountName: str = ""
    # count 0 = a CPU-only Job.
    gpu: dict = field(default_factory=lambda: {"count": 1, "resourceName": "nvidia.com/gpu"})
    nodeSelector: dict = field(default_factory=dict)
    tolerations: tuple = ()
    runtimeClassName: str = ""
    resources: dict = field(default_factory=dict)
    # Pod failures that are not preemptions, before the Job fails.
    backoffLimit: int = 3
    # A day: no bot should train longer; a hung worker must not hold a GPU forever.
    activeDeadlineSeconds: int = 86400
    ttlSecondsAfterFinished: int = 3600
    s3: dict = field(default_factory=dict)
    env: tuple = ()
    labels: dict = field(default_factory=dict)
    podSecurityContext: dict = field(default_factory=dict)
    securityContext: dict = field(default_factory=dict)
    # Seconds a pod may sit in ImagePullBackOff / Unschedulable before the job fails.
    pendingTimeoutSeconds: int = 900
    # Pods per Job: more than one trains across machines (an Indexed Job + headless Service).
    nodes: int = 1
    # Kueue: {"queueName": LocalQueue of every Job ("" = no Kueue unless the job names
    # one), "workloadPriorityClass": a WorkloadPriorityClass for Kueue's queueing order}.
    kueue: dict = field(default_factory=dict)
    # The PriorityClass of worker pods (the scheduler's preemption; without a
    # WorkloadPriorityClass, also Kueue's priority of the Job).
    priorityClassName: str = ""

    @property
    def procs_per_node(self) -> int:
        """Worker processes per pod: one per GPU, one on a CPU-only pod."""
        return max(1, int((self.gpu or {}).get("count", 0)))

    @property
    def world_size(self) -> int:
        return self.nodes * self.procs_per_node


def load_job_config(path: str | Path) -> K8sJobConfig:
    import yaml

    try:
        raw = yaml.safe_load(Path(path).read_text()) or {}
    except (OSError, yaml.YAMLError) as e:
        raise InvalidArgument(f"cannot read the Kubernetes Job configuration {path} "
                              f"(--k8s-job-config / BOTFARM_K8S_JOB_CONFIG): {e}") from None
    return job_config_from_dict(raw)


def job_config_from_dict(raw: dict) -> K8sJobConfig:
    known = K8sJobConfig.__dataclass_fields__
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise InvalidArgument(f"unknown keys in the Kubernetes Job configuration: {', '.join(unknown)}")
    values: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in raw.items() if v is not None}
    cfg = K8sJobConfig(**values)
    if not cfg.image or not cfg.command:
        raise InvalidArgument("the Kubernetes Job configuration needs image and command")
    if not isinstance(cfg.nodes, int) or cfg.nodes < 1:
        raise InvalidArgument(f"nodes must be a whole number of at least 1, got {cfg.nodes!r}")
    unknown = sorted(set(cfg.kueue or {}) - {"queueName", "workloadPriorityClass"})
    if unknown:
        raise InvalidArgument(f"unknown keys under kueue in the Kubernetes Job configuration: {', '.join(unknown)}")
    check_queue_name(str((cfg.kueue or {}).get("queueName") or ""))
    return cfg


def check_queue_name(name: str) -> str:
    """``name`` if it can be a Kueue LocalQueue label value; ``InvalidArgument`` otherwise."""
    if not _LABEL_VALUE.match(name):
        raise InvalidArgument(f"queue name {name!r} is not a Kubernetes label value (at most 63 letters, digits, "
                              "'-', '_' or '.', starting and ending with a letter or digit)", reason="BAD_QUEUE_NAME")
    return name


def labels(cfg: K8sJobConfig, job_id: str) -> dict:
    return {
        **cfg.labels,
        "app.kubernetes.io/name": "botfarm",
        "app.kubernetes.io/component": "training-worker",
        "app.kubernetes.io/part-of": "botfarm",
        "app.kubernetes.io/managed-by": MANAGED_BY,
        JOB_LABEL: job_id,
    }


def k8s_job_name(job_id: str, attempt: int) -> str:
    # Job ids are "YYYYmmdd-HHMMSS-hex8": the name stays DNS-1123 and under 63 characters.
    return f"botfarm-train-{job_id}-{attempt}".lower()


def _env(cfg: K8sJobConfig) -> list[dict]:
    s3 = cfg.s3 or {}
    env: list[dict[str, Any]] = [
        # A read-only root filesystem: caches and temporary files go to emptyDirs.
        {"name": "HOME", "value": "/tmp"},
        {"name": "HF_HOME", "value": "/cache/huggingface"},
        {"name": "XDG_CACHE_HOME", "value": "/cache"},
        {"name": "PYTHONUNBUFFERED", "value": "1"},
    ]
    if s3.get("bucket"):
        env += [
            {"name": "BOTFARM_S3_ENDPOINT", "value": str(s3.get("endpoint", ""))},
            {"name": "BOTFARM_S3_BUCKET", "value": str(s3["bucket"])},
            {"name": "BOTFARM_S3_SECURE", "value": "true" if s3.get("secure") else "false"},
            {"name": "BOTFARM_S3_REGION", "value": str(s3.get("region") or "")},
        ]
        if s3.get("existingSecret"):
            # The keys are files of the mounted Secret (_s3_volume), never env values.
            env += [
                {"name": "BOTFARM_S3_ACCESS_KEY_FILE",
                 "value": f"{S3_SECRET_DIR}/{s3.get('accessKeyKey', 'accesskey')}"},
                {"name": "BOTFARM_S3_SECRET_KEY_FILE",
                 "value": f"{S3_SECRET_DIR}/{s3.get('secretKeyKey', 'secretkey')}"},
            ]
    return env + [dict(e) for e in cfg.env]


def _s3_volume(cfg: K8sJobConfig) -> dict | None:
    """The Secret volume holding the S3 keys (the chart's), or None when the
    configuration names none (credentials then come from cfg.env or the node)."""
    s3 = cfg.s3 or {}
    if not (s3.get("bucket") and s3.get("existingSecret")):
        return None
    keys = [s3.get("accessKeyKey", "accesskey"), s3.get("secretKeyKey", "secretkey")]
    return {"name": "s3-credentials", "secret": {"secretName": s3["existingSecret"],
                                                  "items": [{"key": k, "path": k} for k in keys]}}


def _resources(cfg: K8sJobConfig) -> dict:
    res = copy.deepcopy(cfg.resources or {})
    gpu = cfg.gpu or {}
    count = int(gpu.get("count", 0))
    if count:
        # Extended resources are limits only (requests default to them).
        res.setdefault("limits", {})[gpu.get("resourceName", "nvidia.com/gpu")] = str(count)
    return res


def _pod_spec(cfg: K8sJobConfig, command: list[str], *, extra_env=()) -> dict:
    container = {
        "name": CONTAINER, "image": cfg.image, "imagePullPolicy": cfg.imagePullPolicy,
        "command": command, "env": _env(cfg) + list(extra_env), "resources": _resources(cfg),
        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}, {"name": "cache", "mountPath": "/cache"}],
    }
    if cfg.securityContext:
        container["securityContext"] = copy.deepcopy(cfg.securityContext)
    volumes: list[dict] = [{"name": "tmp", "emptyDir": {}}, {"name": "cache", "emptyDir": {}}]
    s3_volume = _s3_volume(cfg)
    if s3_volume is not None:
        volumes.append(s3_volume)
        container["volumeMounts"] = [*container["volumeMounts"],
                                     {"name": s3_volume["name"], "mountPath": S3_SECRET_DIR, "readOnly": True}]
    spec: dict = {
        # The Job controller, not the kubelet, restarts failed workers: needed by
        # podFailurePolicy, and a fresh pod may land on a healthy node.
        "restartPolicy": "Never",
        "containers": [container],
        "volumes": volumes,
    }
    if cfg.serviceAccountName:
        spec["serviceAccountName"] = cfg.serviceAccountName
    if cfg.nodeSelector:
        spec["nodeSelector"] = dict(cfg.nodeSelector)
    if cfg.tolerations:
        spec["tolerations"] = [dict(t) for t in cfg.tolerations]
    if cfg.runtimeClassName:
        spec["runtimeClassName"] = cfg.runtimeClassName
    if cfg.podSecurityContext:
        spec["securityContext"] = copy.deepcopy(cfg.podSecurityContext)
    if cfg.priorityClassName:
        spec["priorityClassName"] = cfg.priorityClassName
    return spec


def _job_spec(cfg: K8sJobConfig, queue: str = "") -> dict:
    rules: list[dict] = []
    if cfg.world_size == 1:
        # Exit code 1 = bad input: retrying cannot help, fail the Job at once. (torchrun
        # exits 1 whenever any process failed, killed or not: a group's fatal error
        # reaches the training service through rank 0's status.json instead.)
        rules.append({"action": "FailJob", "onExitCodes": {"containerName": CONTAINER, "operator": "In",
                                                           "values": [EXIT_FATAL]}})
    if cfg.nodes == 1:
        # Preemption / eviction / node drain: not the worker's fault, do not count it
        # against backoffLimit; the next pod resumes from the checkpoint.
        rules.append({"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]})
    spec: dict = {
        # Several pods form one group: a pod started again alone could never rejoin the
        # others' rendezvous, so any pod's failure fails this Job, and the training
        # service starts the whole group again as the next attempt (from the checkpoint).
        "backoffLimit": cfg.backoffLimit if cfg.nodes == 1 else 0,
        "activeDeadlineSeconds": cfg.activeDeadlineSeconds,
        "ttlSecondsAfterFinished": cfg.ttlSecondsAfterFinished,
    }
    if rules:
        spec["podFailurePolicy"] = {"rules": rules}
    if queue:
        # Created suspended: Kueue admits it by setting suspend to false.
        spec["suspend"] = True
    return spec


def queue_of(cfg: K8sJobConfig, queue_name: str = "") -> str:
    """The Kueue LocalQueue of a job: its own, else the configured one ("" = no Kueue)."""
    return check_queue_name(queue_name or str((cfg.kueue or {}).get("queueName") or ""))


def _job_labels(cfg: K8sJobConfig, job_id: str, queue: str) -> dict:
    lab = labels(cfg, job_id)
    if queue:
        lab[QUEUE_LABEL] = queue
        wpc = str((cfg.kueue or {}).get("workloadPriorityClass") or "")
        if wpc:
            lab[WORKLOAD_PRIORITY_LABEL] = wpc
    return lab


def render_job(cfg: K8sJobConfig, job_id: str, attempt: int = 1, queue_name: str = "") -> dict:
    """The batch/v1 Job of one attempt of a training job: one pod (one process, or
    torchrun over the pod's GPUs), or with ``nodes`` > 1 an Indexed Job of that many pods."""
    queue = queue_of(cfg, queue_name)
    name = k8s_job_name(job_id, attempt)
    trainer = [*cfg.command, "--job", job_id]
    spec = _job_spec(cfg, queue)
    extra_env: list[dict] = []
    if cfg.nodes > 1:
        command = torchrun(cfg.procs_per_node, trainer, nnodes=cfg.nodes, node_rank="$(JOB_COMPLETION_INDEX)",
                           master_addr=f"{name}-0.{name}")
        # Set by the Job controller too; named here so $(JOB_COMPLETION_INDEX) in the
        # command expands whatever the cluster version.
        extra_env = [{"name": "JOB_COMPLETION_INDEX", "valueFrom": {"fieldRef": {
            "fieldPath": "metadata.annotations['batch.kubernetes.io/job-completion-index']"}}}]
        spec.update(completionMode="Indexed", completions=cfg.nodes, parallelism=cfg.nodes)
    elif cfg.procs_per_node > 1:
        command = torchrun(cfg.procs_per_node, trainer)
    else:
        command = trainer
    pod = _pod_spec(cfg, command, extra_env=extra_env)
    if cfg.nodes > 1:
        pod["subdomain"] = name  # with the Service: pod i is {name}-{i}.{name}
        pod["containers"][0]["ports"] = [{"name": "rendezvous", "containerPort": MASTER_PORT}]
    lab = _job_labels(cfg, job_id, queue)
    return {
        "apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": name, "namespace": cfg.namespace, "labels": lab,
                     "annotations": {"botfarm.dev/attempt": str(attempt)}},
        "spec": {**spec, "template": {"metadata": {"labels": labels(cfg, job_id)}, "spec": pod}},
    }


def render_service(cfg: K8sJobConfig, job_id: str, attempt: int = 1) -> dict | None:
    """The headless Service of a multi-node attempt (None for one pod): it publishes a DNS
    record for every pod, ready or not, so pod 0 is reachable before any is Ready."""
    if cfg.nodes == 1:
        return None
    name = k8s_job_name(job_id, attempt)
    return {
        "apiVersion": "v1", "kind": "Service",
        "metadata": {"name": name, "namespace": cfg.namespace, "labels": labels(cfg, job_id)},
        "spec": {"clusterIP": "None", "selector": {JOB_LABEL: job_id, "batch.kubernetes.io/job-name": name},
                 # Rendezvous must resolve before pods are Ready (they never are, no probes).
                 "publishNotReadyAddresses": True,
                 "ports": [{"name": "rendezvous", "port": MASTER_PORT, "targetPort": MASTER_PORT}]},
    }


def render_distributed(cfg: K8sJobConfig, job_id: str, attempt: int = 1, queue_name: str = "") -> list[dict]:
    """Every object of one attempt, in creation order: the Job, then its Service (if
    any), which the launcher makes a dependent of the Job."""
    service = render_service(cfg, job_id, attempt)
    return [render_job(cfg, job_id, attempt, queue_name), *([service] if service else [])]
