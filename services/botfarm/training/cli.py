"""`botfarm train-worker` (one job's worker) and `botfarm train` (the training service's client).

    botfarm train-worker --job 20261121-230000-123456-1a2b3c4d --data-dir .botfarm/data [--max-steps 20]
    botfarm train mcintweet --clean-dataset cleanDatasets/3f2a... [--method full] [--max-steps 50] [--workers 2]
    botfarm train list [--json]
    botfarm train show JOB [--json]
    botfarm train cancel JOB
    botfarm train logs JOB [--follow] [--json]

``train MODEL ...`` is short for ``train create MODEL ...``. The client commands find
the training service through --server HOST:PORT or BOTFARM_TRAINING_ADDR (default
localhost:50053) and send BOTFARM_AUTH_TOKEN. The worker takes the store settings as
flags or BOTFARM_* variables (BOTFARM_DATA_DIR, BOTFARM_S3_ENDPOINT, BOTFARM_S3_BUCKET,
BOTFARM_S3_ACCESS_KEY, ...), the same as `botfarm serve`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

#: ``botfarm train`` subcommands; anything else after ``train`` is a model to create a job for.
TRAIN_COMMANDS = ("create", "list", "show", "cancel", "logs")
#: How often a watch that drops (a restarted or rescheduled training service) is resumed.
WATCH_RETRIES = 5


def expand_shorthand(argv: list[str]) -> list[str]:
    """``botfarm train MODEL ...`` -> ``botfarm train create MODEL ...``."""
    if len(argv) > 1 and argv[0] == "train" and argv[1] not in (*TRAIN_COMMANDS, "-h", "--help"):
        return [argv[0], "create", *argv[1:]]
    return argv


def job_name(job: str) -> str:
    return job if job.startswith("trainingJobs/") else f"trainingJobs/{job}"


def _mebibytes(value: str) -> int:
    """A non-negative whole number of MiB (an argparse type)."""
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"want a whole number of MiB >= 0, got {value!r}")
    return n


#: The choices of ``train-worker --frozen-matmuls`` (worker.int8_matmuls).
FROZEN_MATMULS = ("auto", "int8", "bf16")


def _frozen_matmuls(value: str) -> str:
    """One of FROZEN_MATMULS (an argparse type, so a bad environment value is a usage error too)."""
    if value not in FROZEN_MATMULS:
        raise argparse.ArgumentTypeError(f"want one of {', '.join(FROZEN_MATMULS)}, got {value!r}")
    return value


def _worker(args: argparse.Namespace) -> int:
    from botfarm.core.config import StoreSettings, dataclass_from_args, open_store_from_config
    from botfarm.core.errors import BotfarmError
    from botfarm.training.distributed import from_env
    from botfarm.training.jobs import parse_name
    from botfarm.training.worker import WorkerConfig, install_sigterm, run

    install_sigterm()
    try:
        store = open_store_from_config(dataclass_from_args(StoreSettings, args, os.environ))
        cfg = WorkerConfig(job_id=parse_name(args.job), max_steps=args.max_steps, device=args.device,
                           bf16=not args.no_bf16, threads=args.threads, frozen_cache_mb=args.frozen_cache_mb,
                           frozen_matmuls=args.frozen_matmuls,
                           dist=from_env(os.environ))
    except BotfarmError as e:
        # Exit 1 tells a launcher the job can never succeed (not a lost worker to relaunch).
        print(f"botfarm: error: {e.code}: {e.message}", file=sys.stderr)
        return 1
    return run(store, cfg)


def _client(args: argparse.Namespace):
    from botfarm.core.clients import connect

    servers = list(args.server)
    if args.addr:
        print("botfarm: warning: --addr is deprecated; use --server", file=sys.stderr)
        servers += args.addr
    return connect("training", servers)


def _bar(**kw: Any):
    from tqdm import tqdm

    return tqdm(file=sys.stderr, dynamic_ncols=True, **kw)


def watch(training, job, bar_factory: Callable[..., Any] = _bar, sleep: Callable[[float], None] | None = None):
    """Follows the job's progress stream until it finishes, with a bar. Job state lives
    in the store, so a stream that ends early (the training service restarted) is resumed."""
    from botfarm.core.errors import BotfarmError
    from botfarm.training.v1 import training_service_pb2 as pb

    terminal = {pb.TrainingJob.STATE_SUCCEEDED, pb.TrainingJob.STATE_FAILED, pb.TrainingJob.STATE_CANCELLED}
    b = bar_factory(total=job.progress.total_steps or None, desc="train", unit="step")
    phase = ""
    try:
        for attempt in range(WATCH_RETRIES + 1):
            try:
                for event in training.WatchTrainingJob(pb.WatchTrainingJobRequest(name=job.name)):
                    job = event.training_job
                    p = job.progress
                    if p.total_steps and b.total != p.total_steps:
                        b.total = p.total_steps
                    if p.step > b.n:
                        b.update(p.step - b.n)
                    if p.phase != phase:
                        phase = p.phase
                        b.set_description(f"train ({phase})" if phase else "train")
                    if p.train_loss:
                        b.set_postfix(loss=f"{p.train_loss:.3f}", tok_s=f"{p.tokens_per_second:.0f}")
                    if job.state in terminal:
                        return job
            except BotfarmError as e:
                if e.code != "UNAVAILABLE" or attempt == WATCH_RETRIES:
                    raise
            b.write(f"watch of {job.name} ended early; resuming", file=sys.stderr)
            (sleep or time.sleep)(min(2.0 ** attempt, 10.0))
    finally:
        b.close()
    return job


def _state(job) -> str:
    from botfarm.training.v1 import training_service_pb2 as pb

    return pb.TrainingJob.State.Name(job.state).removeprefix("STATE_")


def describe_job(job) -> str:
    p, m = job.progress, job.metrics
    rows = [("model", job.model), ("state", _state(job)), ("base model", job.base_model),
            ("clean dataset", job.clean_dataset), ("progress", f"step {p.step} of {p.total_steps}"
                                                               + (f" ({p.phase})" if p.phase else "")),
            ("attempts", str(job.attempts)), ("version", job.model_version), ("error", job.error_message)]
    if m.eval_loss_after:
        rows.append(("eval loss", f"{m.eval_loss_before:.3f} -> {m.eval_loss_after:.3f}"))
    return "\n".join([job.name, *[f"  {k:<14} {v}" for k, v in rows if v]])


def _print_job(job, as_json: bool) -> None:
    from botfarm.core.clients import message_json

    if as_json:
        print(json.dumps(message_json(job), indent=2))
    else:
        print(describe_job(job))


def _create(args: argparse.Namespace) -> int:
    from botfarm.common.v1 import common_pb2
    from botfarm.training.v1 import training_service_pb2 as pb

    job = pb.TrainingJob(
        model=args.model, clean_dataset=args.clean_dataset, base_model=args.base_model,
        method=pb.METHOD_FULL if args.method == "full" else pb.METHOD_LORA,
        hyperparameters=common_pb2.Hyperparameters(max_steps=args.max_steps, learning_rate=args.learning_rate),
        aliases=args.alias, workers=args.workers, queue_name=args.queue_name)
    with _client(args) as training:
        created = training.CreateTrainingJob(pb.CreateTrainingJobRequest(training_job=job)).training_job
        print(f"created {created.name}", file=sys.stderr)
        last = created if args.detach else watch(training, created)
    if args.json:
        _print_job(last, True)
    else:
        print(f"{last.name}: {_state(last)} {last.model_version or last.error_message}".rstrip())
    return 0 if args.detach or last.state == pb.TrainingJob.STATE_SUCCEEDED else 1


def _list(args: argparse.Namespace) -> int:
    from botfarm.core.clients import message_json
    from botfarm.training.v1 import training_service_pb2 as pb

    with _client(args) as training:
        resp = training.ListTrainingJobs(pb.ListTrainingJobsRequest(page_size=args.page_size,
                                                                    page_token=args.page_token), timeout=60)
    if args.json:
        print(json.dumps({"training_jobs": [message_json(j) for j in resp.training_jobs],
                          "next_page_token": resp.next_page_token}, indent=2))
        return 0
    print(f"{'JOB':44} {'MODEL':24} {'STATE':10} {'STEP':>11}  RESULT")
    for j in resp.training_jobs:
        step = f"{j.progress.step}/{j.progress.total_steps}"
        print(f"{j.name:44} {j.model:24} {_state(j):10} {step:>11}  {j.model_version or j.error_message}")
    if resp.next_page_token:
        print(f"(more: --page-token {resp.next_page_token})", file=sys.stderr)
    return 0


def _show(args: argparse.Namespace) -> int:
    from botfarm.training.v1 import training_service_pb2 as pb

    with _client(args) as training:
        job = training.GetTrainingJob(pb.GetTrainingJobRequest(name=job_name(args.job)), timeout=60).training_job
    _print_job(job, args.json)
    return 0


def _cancel(args: argparse.Namespace) -> int:
    from botfarm.training.v1 import training_service_pb2 as pb

    with _client(args) as training:
        job = training.CancelTrainingJob(pb.CancelTrainingJobRequest(name=job_name(args.job)),
                                         timeout=60).training_job
    _print_job(job, args.json)
    return 0


def _logs(args: argparse.Namespace) -> int:
    """The worker's phase log as the service records it; with --follow, until the job ends.
    With --json, one document at the end (``log_lines`` and the job); lines that --follow
    waits for go to stderr as they come, so a pipe still sees progress."""
    from botfarm.core.clients import message_json
    from botfarm.training.v1 import training_service_pb2 as pb

    terminal = {pb.TrainingJob.STATE_SUCCEEDED, pb.TrainingJob.STATE_FAILED, pb.TrainingJob.STATE_CANCELLED}
    lines: list[str] = []
    with _client(args) as training:
        job = None
        for event in training.WatchTrainingJob(pb.WatchTrainingJobRequest(name=job_name(args.job))):
            job = event.training_job
            if event.log_line:
                lines += event.log_line.split("\n")  # one event carries every line since the last
                if not args.json or args.follow:
                    print(event.log_line, file=sys.stderr if args.json else sys.stdout, flush=True)
            if not args.follow or job.state in terminal:
                break
    if args.json:
        print(json.dumps({"log_lines": lines, "training_job": message_json(job) if job is not None else None},
                         indent=2))
    elif job is not None and job.state in terminal and job.state != pb.TrainingJob.STATE_SUCCEEDED:
        print(f"{_state(job)}: {job.error_message}".rstrip(": "), flush=True)
    return 0


def register(subparsers) -> None:
    from botfarm.core.clients import SERVER_METAVAR, server_help
    from botfarm.core.config import StoreSettings, add_dataclass_arguments

    p = subparsers.add_parser("train-worker", help="run one training job (what a launcher starts)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--job", required=True, help="the job id or trainingJobs/{id}")
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (0: the job's own)")
    p.add_argument("--device", default="auto", help="auto, cpu or cuda")
    p.add_argument("--no-bf16", action="store_true", help="train in fp32 instead of bf16 autocast")
    # A string default: argparse converts it only when train-worker runs, so a bad
    # variable is a usage error there, not a crash of every botfarm command.
    p.add_argument("--threads", type=int, default=os.environ.get("BOTFARM_TRAIN_THREADS") or "0",
                   help="torch CPU threads (env BOTFARM_TRAIN_THREADS; 0: one per core)")
    p.add_argument("--frozen-cache-mb", type=_mebibytes, default=os.environ.get("BOTFARM_TRAIN_FROZEN_CACHE_MB") or "2048",
                   help="host memory (MiB) for the frozen layers' outputs kept across epochs "
                        "(env BOTFARM_TRAIN_FROZEN_CACHE_MB; default %(default)s; 0: recompute every epoch)")
    p.add_argument("--frozen-matmuls", type=_frozen_matmuls, default=os.environ.get("BOTFARM_TRAIN_FROZEN_MATMULS") or "auto",
                   help="the frozen weights' matmuls: int8, bf16, or auto = int8 on a CPU with AVX-512 VNNI or AMX "
                        "(env BOTFARM_TRAIN_FROZEN_MATMULS; default %(default)s)")
    add_dataclass_arguments(p, StoreSettings)
    p.set_defaults(func=_worker)

    t = subparsers.add_parser("train", help="training jobs: create (and watch), list, show, cancel, logs",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = t.add_subparsers(dest="train_command", metavar="COMMAND", required=True)

    def cmd(name: str, func, help_text: str) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_text, description=help_text)
        c.add_argument("--server", action="append", default=[], metavar=SERVER_METAVAR,
                       help=server_help(["training"]))
        c.add_argument("--addr", action="append", default=[], help=argparse.SUPPRESS)  # deprecated: --server
        c.add_argument("--json", action="store_true", help="print one JSON document (progress on stderr)")
        c.set_defaults(func=func)
        return c

    c = cmd("create", _create, "create a training job and watch it until it ends (botfarm train MODEL ...)")
    c.add_argument("model", help="the bot's registry name")
    c.add_argument("--clean-dataset", required=True, help="cleanDatasets/{sha256}")
    c.add_argument("--base-model", default="", help="registry reference (default: the service's)")
    c.add_argument("--method", choices=("lora", "full"), default="lora", help="default %(default)s")
    c.add_argument("--max-steps", type=int, default=0, help="stop after N optimiser steps (0: every epoch)")
    c.add_argument("--learning-rate", type=float, default=0.0, help="peak learning rate (0: the method's default)")
    c.add_argument("--alias", action="append", default=[], help="extra alias of the new version")
    c.add_argument("--detach", action="store_true", help="return once the job is created, without watching")
    c.add_argument("--workers", type=int, default=0,
                   help="torch.distributed processes on the local launcher (default 1; gloo on CPUs)")
    c.add_argument("--queue-name", default="", help="Kueue LocalQueue of the job (Kubernetes launcher; "
                                                     "default: the service's)")

    c = cmd("list", _list, "list training jobs, newest first")
    c.add_argument("--page-size", type=int, default=0, help="jobs per page (default 50, at most 1000)")
    c.add_argument("--page-token", default="", help="the next_page_token of a previous page")
    for name, func, help_text in (("show", _show, "show one training job"),
                                  ("cancel", _cancel, "cancel a queued or running job")):
        c = cmd(name, func, help_text)
        c.add_argument("job", help="the job id or trainingJobs/{id}")
    c = cmd("logs", _logs, "print a job's phase log (the worker's steps as it reported them)")
    c.add_argument("job", help="the job id or trainingJobs/{id}")
    c.add_argument("--follow", "-f", action="store_true", help="keep printing until the job ends")
