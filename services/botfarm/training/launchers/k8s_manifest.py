"""Kubernetes manifests of training workers, rendered from the Job configuration file.

The file is the contract with the Helm chart (ConfigMap key ``training-job.yaml``,
read with ``--k8s-job-config``); see the README section "Training" for every key. Rendering is
pure (dicts in, dicts out) so tests validate it with ``kubernetes-validate``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from botfarm.core.errors import InvalidArgument

#: Label every training object carries; the launcher's watch selects on it.
MANAGED_BY = "botfarm-training"
JOB_LABEL = "botfarm.dev/training-job"
SELECTOR = f"app.kubernetes.io/managed-by={MANAGED_BY}"
CONTAINER = "worker"
#: The worker's "never retry" exit code (bad input): podFailurePolicy fails the Job on it.
EXIT_FATAL = 1


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
    return cfg


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
        secret = s3.get("existingSecret")
        if secret:
            env += [
                {"name": "BOTFARM_S3_ACCESS_KEY", "valueFrom": {"secretKeyRef": {
                    "name": secret, "key": s3.get("accessKeyKey", "accesskey")}}},
                {"name": "BOTFARM_S3_SECRET_KEY", "valueFrom": {"secretKeyRef": {
                    "name": secret, "key": s3.get("secretKeyKey", "secretkey")}}},
            ]
    return env + [dict(e) for e in cfg.env]


def _resources(cfg: K8sJobConfig, gpus: int | None = None) -> dict:
    res = copy.deepcopy(cfg.resources or {})
    gpu = cfg.gpu or {}
    count = int(gpu.get("count", 0)) if gpus is None else gpus
    if count:
        # Extended resources are limits only (requests default to them).
        res.setdefault("limits", {})[gpu.get("resourceName", "nvidia.com/gpu")] = str(count)
    return res


def _pod_spec(cfg: K8sJobConfig, command: list[str], *, gpus: int | None = None, extra_env=()) -> dict:
    container = {
        "name": CONTAINER, "image": cfg.image, "imagePullPolicy": cfg.imagePullPolicy,
        "command": command, "env": _env(cfg) + list(extra_env), "resources": _resources(cfg, gpus),
        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}, {"name": "cache", "mountPath": "/cache"}],
    }
    if cfg.securityContext:
        container["securityContext"] = copy.deepcopy(cfg.securityContext)
    spec: dict = {
        # The Job controller, not the kubelet, restarts failed workers: needed by
        # podFailurePolicy, and a fresh pod may land on a healthy node.
        "restartPolicy": "Never",
        "containers": [container],
        "volumes": [{"name": "tmp", "emptyDir": {}}, {"name": "cache", "emptyDir": {}}],
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
    return spec


def _job_spec(cfg: K8sJobConfig) -> dict:
    return {
        "backoffLimit": cfg.backoffLimit,
        "activeDeadlineSeconds": cfg.activeDeadlineSeconds,
        "ttlSecondsAfterFinished": cfg.ttlSecondsAfterFinished,
        "podFailurePolicy": {"rules": [
            # Exit code 1 = bad input: retrying cannot help, fail the Job at once.
            {"action": "FailJob", "onExitCodes": {"containerName": CONTAINER, "operator": "In",
                                                  "values": [EXIT_FATAL]}},
            # Preemption / eviction / node drain: not the worker's fault, do not count it
            # against backoffLimit; the next pod resumes from the checkpoint.
            {"action": "Ignore", "onPodConditions": [{"type": "DisruptionTarget", "status": "True"}]},
        ]},
    }


def render_job(cfg: K8sJobConfig, job_id: str, attempt: int = 1) -> dict:
    """The batch/v1 Job that runs one training job's worker."""
    lab = labels(cfg, job_id)
    return {
        "apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": k8s_job_name(job_id, attempt), "namespace": cfg.namespace, "labels": lab,
                     "annotations": {"botfarm.dev/attempt": str(attempt)}},
        "spec": {**_job_spec(cfg), "template": {
            "metadata": {"labels": lab},
            "spec": _pod_spec(cfg, [*cfg.command, "--job", job_id]),
        }},
    }


def render_distributed(cfg: K8sJobConfig, job_id: str, nodes: int, gpus_per_node: int,
                       attempt: int = 1) -> list[dict]:
    """Multi-GPU design: a headless Service and an Indexed Job of ``nodes`` pods, each
    running torchrun over ``gpus_per_node`` GPUs; pod 0 is the rendezvous host
    ({job}-0.{service}), reachable through the Service's per-pod DNS records."""
    if nodes < 1 or gpus_per_node < 1:
        raise InvalidArgument("nodes and gpus_per_node must be at least 1")
    lab = labels(cfg, job_id)
    name = k8s_job_name(job_id, attempt)
    service = {
        "apiVersion": "v1", "kind": "Service",
        "metadata": {"name": name, "namespace": cfg.namespace, "labels": lab},
        "spec": {"clusterIP": "None", "selector": {JOB_LABEL: job_id},
                 # Rendezvous must resolve before pods are Ready (they never are, no probes).
                 "publishNotReadyAddresses": True,
                 "ports": [{"name": "rendezvous", "port": 29500, "targetPort": 29500}]},
    }
    command = ["torchrun", f"--nnodes={nodes}", f"--nproc-per-node={gpus_per_node}",
               "--node-rank=$(JOB_COMPLETION_INDEX)", f"--master-addr={name}-0.{name}", "--master-port=29500",
               "-m", "botfarm.cli", *cfg.command[1:], "--job", job_id]
    index_env = [{"name": "JOB_COMPLETION_INDEX", "valueFrom": {"fieldRef": {
        "fieldPath": "metadata.annotations['batch.kubernetes.io/job-completion-index']"}}}]
    pod = _pod_spec(cfg, command, gpus=gpus_per_node, extra_env=index_env)
    pod["subdomain"] = name
    pod["containers"][0]["ports"] = [{"name": "rendezvous", "containerPort": 29500}]
    job = {
        "apiVersion": "batch/v1", "kind": "Job",
        "metadata": {"name": name, "namespace": cfg.namespace, "labels": lab},
        "spec": {**_job_spec(cfg), "completionMode": "Indexed", "completions": nodes, "parallelism": nodes,
                 "template": {"metadata": {"labels": lab}, "spec": pod}},
    }
    return [service, job]
