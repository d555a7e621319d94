"""`botfarm train-worker` (one job's worker) and `botfarm train` (a client).

    botfarm train-worker --job 20261121-230000-123456-1a2b3c4d --data-dir .botfarm/data [--max-steps 20]
    botfarm train mcintweet --clean-dataset cleanDatasets/3f2a... [--method full] [--max-steps 50] [--workers 2]

The worker takes the store settings as flags or BOTFARM_* variables (BOTFARM_DATA_DIR,
BOTFARM_S3_ENDPOINT, BOTFARM_S3_BUCKET, BOTFARM_S3_ACCESS_KEY, ...), the same as
`botfarm serve`.
"""

from __future__ import annotations

import argparse
import os
import sys


def _worker(args: argparse.Namespace) -> int:
    from botfarm.core.config import StoreSettings, dataclass_from_args, open_store_from_config
    from botfarm.training.distributed import from_env
    from botfarm.training.jobs import parse_name
    from botfarm.training.worker import WorkerConfig, install_sigterm, run

    install_sigterm()
    store = open_store_from_config(dataclass_from_args(StoreSettings, args, os.environ))
    cfg = WorkerConfig(job_id=parse_name(args.job), max_steps=args.max_steps, device=args.device,
                       bf16=not args.no_bf16, threads=args.threads, dist=from_env(os.environ))
    return run(store, cfg)


def _train(args: argparse.Namespace) -> int:
    import grpc
    from tqdm import tqdm

    from botfarm.common.v1 import common_pb2
    from botfarm.core.clients import channel as make_channel
    from botfarm.training.v1 import training_service_pb2 as pb
    from botfarm.training.v1 import training_service_pb2_grpc as pb_grpc

    channel = make_channel(args.addr or os.environ.get("BOTFARM_TRAINING_ADDR", "localhost:50053"),
                           auth_token=os.environ.get("BOTFARM_AUTH_TOKEN") or None)
    stub = pb_grpc.TrainingServiceStub(channel)
    job = pb.TrainingJob(
        model=args.model, clean_dataset=args.clean_dataset, base_model=args.base_model,
        method=pb.METHOD_FULL if args.method == "full" else pb.METHOD_LORA,
        hyperparameters=common_pb2.Hyperparameters(max_steps=args.max_steps, learning_rate=args.learning_rate),
        aliases=args.alias, workers=args.workers, queue_name=args.queue_name)
    try:
        created = stub.CreateTrainingJob(pb.CreateTrainingJobRequest(training_job=job)).training_job
        print(f"created {created.name}", file=sys.stderr)
        bar = tqdm(total=0, unit="step", desc=created.model)
        last = created
        for ev in stub.WatchTrainingJob(pb.WatchTrainingJobRequest(name=created.name)):
            last, p = ev.training_job, ev.training_job.progress
            bar.total = p.total_steps or bar.total
            bar.n = p.step
            bar.set_postfix_str(f"{p.phase} loss={p.train_loss:.3f} tok/s={p.tokens_per_second:.0f}")
            bar.refresh()
        bar.close()
    except grpc.RpcError as e:
        print(f"botfarm: error: {e.code().name}: {e.details()}", file=sys.stderr)
        return 1
    state = pb.TrainingJob.State.Name(last.state)
    print(f"{last.name}: {state} {last.model_version or last.error_message}")
    return 0 if last.state == pb.TrainingJob.STATE_SUCCEEDED else 1


def register(subparsers) -> None:
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
    add_dataclass_arguments(p, StoreSettings)
    p.set_defaults(func=_worker)

    t = subparsers.add_parser("train", help="train a bot through the training service and watch it")
    t.add_argument("model", help="the bot's registry name")
    t.add_argument("--clean-dataset", required=True, help="cleanDatasets/{sha256}")
    t.add_argument("--base-model", default="", help="registry reference (default: the service's)")
    t.add_argument("--method", choices=("lora", "full"), default="lora")
    t.add_argument("--max-steps", type=int, default=0)
    t.add_argument("--learning-rate", type=float, default=0.0)
    t.add_argument("--alias", action="append", default=[], help="extra alias of the new version")
    t.add_argument("--workers", type=int, default=0,
                   help="torch.distributed processes on the local launcher (default 1; gloo on CPUs)")
    t.add_argument("--queue-name", default="", help="Kueue LocalQueue of the job (Kubernetes launcher; "
                                                     "default: the service's)")
    t.add_argument("--addr", default="", help="training service (env BOTFARM_TRAINING_ADDR, default localhost:50053)")
    t.set_defaults(func=_train)
