"""The training gRPC service: a thin servicer over ``JobManager``.

    botfarm serve training --grpc-port 50053 --data-dir .botfarm/data \
        [--launcher local --max-concurrent-jobs 1 | --launcher kubernetes --k8s-job-config training-job.yaml]

Requests become plain Python calls; domain errors become gRPC statuses in the
server's error interceptor.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from botfarm.common.v1 import common_pb2
from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.core.timestamps import to_timestamp
from botfarm.training.jobs import Job, State
from botfarm.training.manager import DEFAULT_BASE_MODEL, JobManager, ManagerConfig
from botfarm.training.v1 import training_service_pb2 as pb
from botfarm.training.v1 import training_service_pb2_grpc as pb_grpc


@dataclass(frozen=True)
class Settings:
    """Training service settings (flags or BOTFARM_* variables)."""

    # Local processes are the embedded default; "kubernetes" needs --k8s-job-config.
    launcher: str = field(default="local", metadata={"help": "default launcher", "choices": ("local", "kubernetes")})
    # One CPU training run already uses every core; more would only thrash.
    max_concurrent_jobs: int = field(default=1, metadata={"help": "local workers at once", "min": 1})
    # The Helm chart mounts this (ConfigMap key training-job.yaml); empty = no Kubernetes launcher.
    k8s_job_config: str = field(default="", metadata={"help": "Kubernetes Job configuration file"})
    # Where local workers' logs go (empty: a folder under the system temp dir).
    worker_log_dir: str = field(default="", metadata={"help": "folder for local worker logs"})
    poll_interval_seconds: float = field(default=1.0, metadata={"help": "seconds between reconcile passes",
                                                                "min": 0.05})
    # Like a Kubernetes Job's backoffLimit + 1: a preempted worker resumes, a crash loop stops.
    max_attempts: int = field(default=3, metadata={"help": "worker starts per job", "min": 1})
    default_base_model: str = field(default=DEFAULT_BASE_MODEL, metadata={"help": "base of jobs naming none"})


_METHOD = {"lora": pb.METHOD_LORA, "full": pb.METHOD_FULL}
_LAUNCHER = {"local": pb.LAUNCHER_LOCAL, "kubernetes": pb.LAUNCHER_KUBERNETES}
_HP_FIELDS = [f.name for f in common_pb2.Hyperparameters.DESCRIPTOR.fields]
_METRIC_FIELDS = [f.name for f in common_pb2.TrainingMetrics.DESCRIPTOR.fields]


def job_to_pb(job: Job) -> pb.TrainingJob:
    msg = pb.TrainingJob(
        name=job.name, model=job.model, clean_dataset=job.clean_dataset, base_model=job.base_model,
        method=_METHOD.get(job.method, pb.METHOD_UNSPECIFIED),
        hyperparameters=common_pb2.Hyperparameters(**{k: v for k, v in job.hyperparameters.items()
                                                      if k in _HP_FIELDS}),
        launcher=_LAUNCHER.get(job.launcher, pb.LAUNCHER_UNSPECIFIED),
        state=pb.TrainingJob.State.Value(f"STATE_{job.state.value}"),
        progress=pb.Progress(**{k: v for k, v in vars(job.progress).items() if v is not None}),
        error_message=job.error_message, model_version=job.model_version,
        metrics=common_pb2.TrainingMetrics(**{k: v for k, v in job.metrics.items() if k in _METRIC_FIELDS}),
        attempts=job.attempts, aliases=job.aliases, workers=job.workers, queue_name=job.queue_name,
        labels=job.labels,
    )
    for name in ("create_time", "start_time", "end_time"):
        ts = to_timestamp(getattr(job, name))
        if ts is not None:
            getattr(msg, name).CopyFrom(ts)
    return msg


class TrainingServicer(pb_grpc.TrainingServiceServicer):
    def __init__(self, manager: JobManager):
        self.manager = manager

    def CreateTrainingJob(self, request, context):
        j = request.training_job
        hp = {k: getattr(j.hyperparameters, k) for k in _HP_FIELDS}
        method = {pb.METHOD_LORA: "lora", pb.METHOD_FULL: "full"}.get(j.method, "")
        launcher = {pb.LAUNCHER_LOCAL: "local", pb.LAUNCHER_KUBERNETES: "kubernetes"}.get(j.launcher, "")
        job = self.manager.create(model=j.model, clean_dataset=j.clean_dataset, base_model=j.base_model,
                                  method=method, hyperparameters=hp, launcher=launcher, aliases=list(j.aliases),
                                  workers=j.workers, queue_name=j.queue_name, labels=dict(j.labels))
        return pb.CreateTrainingJobResponse(training_job=job_to_pb(job))

    def GetTrainingJob(self, request, context):
        return pb.GetTrainingJobResponse(training_job=job_to_pb(self.manager.get(request.name)))

    def ListTrainingJobs(self, request, context):
        jobs, token = self.manager.list(request.page_size, request.page_token)
        return pb.ListTrainingJobsResponse(training_jobs=[job_to_pb(j) for j in jobs], next_page_token=token)

    def CancelTrainingJob(self, request, context):
        return pb.CancelTrainingJobResponse(training_job=job_to_pb(self.manager.cancel(request.name)))

    def WatchTrainingJob(self, request, context):
        for job, lines in watch_lines(self.manager.watch(request.name, alive=context.is_active)):
            yield pb.WatchTrainingJobResponse(training_job=job_to_pb(job), log_line="\n".join(lines))


def watch_lines(jobs: Iterator[Job]) -> Iterator[tuple[Job, list[str]]]:
    """Each snapshot of a job with the phases it entered since the previous one: every
    phase of the worker's log (even one that began and ended between two polls), and the
    service's own phases ("queued", "starting worker", "cancelled")."""
    phase, sent = None, 0
    for job in jobs:
        lines = job.phase_log[sent:]
        sent = len(job.phase_log)
        if job.progress.phase != phase and job.progress.phase not in lines and job.progress.phase:
            lines.append(job.progress.phase)
        phase = job.progress.phase
        yield job, lines


def worker_env(config) -> dict[str, str]:
    """The store settings of the service, as the BOTFARM_* variables a local worker reads."""
    env = {}
    for name in ("data_dir", "store_url", "s3_endpoint", "s3_bucket", "s3_access_key", "s3_secret_key",
                 "s3_secure", "s3_region"):
        value = getattr(config, name, None)
        if value not in (None, ""):
            if name == "data_dir":
                value = os.path.abspath(value)  # the worker may start elsewhere
            env[f"BOTFARM_{name.upper()}"] = str(value).lower() if isinstance(value, bool) else str(value)
    return env


def build_manager(ctx: ServiceContext) -> JobManager:
    settings: Settings = ctx.settings or Settings()
    from botfarm.training.launchers.base import Launcher
    from botfarm.training.launchers.local import LocalLauncher

    log_dir = settings.worker_log_dir or os.path.join(tempfile.gettempdir(), "botfarm-training-logs")
    launchers: dict[str, Launcher] = {"local": LocalLauncher(max_concurrent=settings.max_concurrent_jobs, log_dir=log_dir,
                                        env=worker_env(ctx.config))}
    if settings.k8s_job_config:
        from botfarm.training.launchers.k8s_manifest import load_job_config
        from botfarm.training.launchers.kubernetes import KubernetesLauncher

        launchers["kubernetes"] = KubernetesLauncher(load_job_config(settings.k8s_job_config))
    elif settings.launcher == "kubernetes":
        from botfarm.core.errors import InvalidArgument

        raise InvalidArgument("--launcher kubernetes needs --k8s-job-config / BOTFARM_K8S_JOB_CONFIG")
    return JobManager(ctx.store, launchers, ManagerConfig(
        poll_interval_s=settings.poll_interval_seconds, max_attempts=settings.max_attempts,
        default_launcher=settings.launcher, default_base_model=settings.default_base_model))


def make_service(ctx: ServiceContext) -> ServiceSpec:
    manager = build_manager(ctx)
    return ServiceSpec(
        full_name="botfarm.training.v1.TrainingService",
        servicer=TrainingServicer(manager),
        add_to_server=pb_grpc.add_TrainingServiceServicer_to_server,
        on_start=[manager.start],
        on_stop=[manager.stop],
    )


__all__ = ["Settings", "TrainingServicer", "make_service", "job_to_pb", "State"]
