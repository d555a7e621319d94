"""``botfarm bot create``: from an archive to a talking bot in one command.

    botfarm bot create demo-bot --archive samples/x-archive-botfarm-demo --max-steps 60
    botfarm bot create elon-kanye --archive a.zip --archive b.zip --server my-cluster:50051

Runs ingestion, cleaning, training and registration through the gRPC services,
then prints the huggingtweets training-data table, the model card's location and
five generated posts. Services are found, in this order: ``--server`` flags, the
``BOTFARM_<SERVICE>_ADDR`` environment variables, services already listening on
the default localhost ports; when none answer, an embedded stack (the five
services as local processes over ``--data-dir``) is started for the run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

SERVICES = ("ingestion", "cleaning", "training", "registry", "inference")
DEFAULT_PORTS = {"ingestion": 50051, "cleaning": 50052, "training": 50053, "registry": 50054, "inference": 50055}
DEFAULT_BASE = "base/smollm2-135m-instruct"
#: Upload chunk size: well under the default 4 MiB gRPC message limit.
CHUNK = 1 << 20


def register(subparsers) -> None:
    bot = subparsers.add_parser("bot", help="build bots end to end")
    bot_sub = bot.add_subparsers(dest="bot_command", metavar="BOT_COMMAND")
    create = bot_sub.add_parser(
        "create", help="ingest, clean, train and register a bot, then show its posts",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    create.add_argument("name", help="the bot's name, e.g. mcintweet (lowercase letters, digits, '-')")
    create.add_argument("--archive", action="append", required=True, metavar="PATH",
                        help="an X archive (zip, folder or tweets.js) or export; repeat for several users")
    create.add_argument("--base", default=DEFAULT_BASE, help=f"base model in the registry (default {DEFAULT_BASE})")
    create.add_argument("--method", choices=["lora", "full"], default="lora", help="training method (default lora)")
    create.add_argument("--max-steps", type=int, default=0, help="stop training after N optimiser steps (0: all epochs)")
    create.add_argument("--rules", default="huggingtweets", help="cleaning preset: huggingtweets (default) or botfarm")
    create.add_argument("--alias", action="append", default=[], help="extra alias for the new version, e.g. production")
    create.add_argument("--prompt", default="My dream is", help='prompt of the sample posts (default "My dream is")')
    create.add_argument("-n", "--samples", type=int, default=5, help="sample posts to print (default 5)")
    create.add_argument("--server", action="append", default=[], metavar="[SERVICE=]HOST:PORT",
                        help="a service address (repeat per service), or HOST alone for all services on their default ports")
    create.add_argument("--auth-token", default=os.environ.get("BOTFARM_AUTH_TOKEN") or None,
                        help="bearer token for the services (env BOTFARM_AUTH_TOKEN)")
    create.add_argument("--data-dir", default=os.environ.get("BOTFARM_DATA_DIR", ".botfarm/data"),
                        help="data directory of the embedded stack (env BOTFARM_DATA_DIR; default .botfarm/data)")
    create.add_argument("--embedded", action="store_true", help="always start an embedded stack, even if services answer")
    create.set_defaults(func=create_bot)


# --- finding the services -----------------------------------------------------------


def parse_servers(values: list[str]) -> dict[str, str]:
    from botfarm.core.errors import InvalidArgument

    out: dict[str, str] = {}
    for value in values:
        if "=" in value:
            svc, addr = value.split("=", 1)
            if svc not in SERVICES:
                raise InvalidArgument(f"--server {value!r}: unknown service {svc!r}; one of {', '.join(SERVICES)}")
            out[svc] = addr
        elif ":" in value.rsplit("]", 1)[-1]:  # a port after the host (an IPv6 host is "[::1]")
            raise InvalidArgument(f"--server {value!r}: give SERVICE=HOST:PORT, or HOST alone for default ports")
        else:
            for svc in SERVICES:
                out.setdefault(svc, f"{value}:{DEFAULT_PORTS[svc]}")
    return out


def configured_addresses(servers: list[str]) -> dict[str, str]:
    """Addresses from flags, then environment; services not named stay absent."""
    addrs = parse_servers(servers)
    for svc in SERVICES:
        env = os.environ.get(f"BOTFARM_{svc.upper()}_ADDR")
        if env:
            addrs.setdefault(svc, env)
    return addrs


def all_serving(addrs: dict[str, str], auth_token: str | None, timeout: float = 1.5) -> bool:
    from botfarm.core.clients import wait_for_serving

    for svc in SERVICES:
        try:
            wait_for_serving(addrs[svc], f"botfarm.{svc}.v1.{svc.capitalize()}Service", timeout=timeout)
        except Exception:
            return False
    return True


@contextlib.contextmanager
def services_for(args) -> Iterator[tuple[dict[str, str], str | None]]:
    """Yields (addresses, data_dir of an embedded stack or None)."""
    addrs = configured_addresses(args.server)
    if not args.embedded:
        if len(addrs) == len(SERVICES):
            yield addrs, None
            return
        if not addrs:
            local = {svc: f"localhost:{DEFAULT_PORTS[svc]}" for svc in SERVICES}
            if all_serving(local, args.auth_token, timeout=0.5):
                yield local, None
                return
        elif addrs:
            missing = sorted(set(SERVICES) - set(addrs))
            from botfarm.core.errors import InvalidArgument

            raise InvalidArgument(f"no address for {', '.join(missing)}: give --server SERVICE=HOST:PORT or "
                                  f"BOTFARM_<SERVICE>_ADDR for every service, or none to use an embedded stack")
    from botfarm.core.stack import LocalStack

    print(f"No botfarm services running: starting an embedded stack over {args.data_dir} ...", file=sys.stderr)
    with LocalStack(args.data_dir) as stack:
        yield stack.addresses, args.data_dir


def ensure_base_model(args, data_dir: str | None) -> None:
    """An embedded stack imports the offline default base on first use; a cluster's
    operator runs `botfarm registry import-base` once."""
    if data_dir is None or args.base != DEFAULT_BASE:
        return
    from botfarm.core.errors import NotFound
    from botfarm.core.store import LocalStore
    from botfarm.registry.core import Registry

    registry = Registry(LocalStore(data_dir))
    try:
        registry.resolve(DEFAULT_BASE)
    except NotFound:
        from botfarm.registry.base import import_default_base

        print(f"Importing the default base model {DEFAULT_BASE} into the registry ...", file=sys.stderr)
        import_default_base(registry)


# --- the pipeline -------------------------------------------------------------------


#: The members of an archive folder that ingestion reads: X's tweets(-partN).js, account.js
#: and profile.js, the legacy data/js/tweets/YYYY_MM.js, and JSON/CSV exports. Media and
#: the other data files of a real archive (often gigabytes) stay behind.
ARCHIVE_MEMBER = re.compile(r"(^|/)(tweets(-part\d+)?|account|profile)\.js$|(^|/)data/js/tweets/\d{4}_\d{2}\.js$"
                            r"|\.(json|jsonl|csv)$")


def archive_stream(path: Path) -> tuple[str, BinaryIO, int]:
    """(filename, an open file of the bytes to upload, size). A folder is zipped, only
    the members ingestion reads, into a temporary file (in memory while small)."""
    if not path.is_dir():
        return path.name, open(path, "rb"), path.stat().st_size  # noqa: SIM115 - the caller closes it
    from botfarm.ingestion.sources.fileset import DirFileSet

    # DirFileSet lists the folder as ingestion reads one: a symlink out of it is refused.
    members = [rel for rel in DirFileSet(path).names() if ARCHIVE_MEMBER.search(rel)]
    out = tempfile.SpooledTemporaryFile(max_size=16 << 20)  # noqa: SIM115 - the caller closes it
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in members:
            zf.write(path / rel, rel)
    size = out.tell()
    out.seek(0)
    return path.name + ".zip", out, size  # type: ignore[return-value]


def upload(stub, path: Path, pb, bar_factory):
    from botfarm.core.errors import NotFound

    if not path.exists():
        raise NotFound(f"archive {path} not found")
    filename, stream, size = archive_stream(path)
    bar = bar_factory(total=size, unit="B", unit_scale=True, desc=f"upload {path.name}")

    def requests():
        yield pb.UploadArchiveRequest(metadata=pb.UploadMetadata(filename=filename, size_bytes=size))
        while chunk := stream.read(CHUNK):
            bar.update(len(chunk))
            yield pb.UploadArchiveRequest(chunk=chunk)

    try:
        return stub.UploadArchive(requests())
    finally:
        stream.close()
        bar.close()


def training_table(user_stats) -> str:
    """The huggingtweets card's table: one column per user."""
    users = [f"@{s.user.handle}" for s in user_stats]
    rows = [("Tweets downloaded", "downloaded"), ("Retweets", "retweets"),
            ("Short tweets", "short"), ("Tweets kept", "kept")]
    head = "| Data | " + " | ".join(users) + " |"
    sep = "| --- | " + " | ".join("---" for _ in users) + " |"
    body = ["| " + label + " | " + " | ".join(str(getattr(s.counts, field)) for s in user_stats) + " |"
            for label, field in rows]
    return "\n".join([head, sep, *body])


def create_bot(args) -> int:
    import grpc
    from tqdm import tqdm

    from botfarm.cleaning.v1 import cleaning_service_pb2 as cl_pb
    from botfarm.cleaning.v1 import cleaning_service_pb2_grpc as cl_grpc
    from botfarm.common.v1 import common_pb2
    from botfarm.core.clients import channel
    from botfarm.inference.v1 import inference_service_pb2 as inf_pb
    from botfarm.inference.v1 import inference_service_pb2_grpc as inf_grpc
    from botfarm.ingestion.v1 import ingestion_service_pb2 as ing_pb
    from botfarm.ingestion.v1 import ingestion_service_pb2_grpc as ing_grpc
    from botfarm.registry.v1 import registry_service_pb2 as reg_pb
    from botfarm.registry.v1 import registry_service_pb2_grpc as reg_grpc
    from botfarm.training.v1 import training_service_pb2 as tr_pb
    from botfarm.training.v1 import training_service_pb2_grpc as tr_grpc

    def bar(**kw):
        return tqdm(file=sys.stderr, dynamic_ncols=True, **kw)

    try:
        with services_for(args) as (addrs, data_dir), contextlib.ExitStack() as open_channels:
            ensure_base_model(args, data_dir)
            ch = {svc: open_channels.enter_context(channel(addrs[svc], auth_token=args.auth_token))
                  for svc in SERVICES}
            ingestion = ing_grpc.IngestionServiceStub(ch["ingestion"])
            cleaning = cl_grpc.CleaningServiceStub(ch["cleaning"])
            training = tr_grpc.TrainingServiceStub(ch["training"])
            registry = reg_grpc.RegistryServiceStub(ch["registry"])
            inference = inf_grpc.InferenceServiceStub(ch["inference"])

            # 1. Ingestion: one raw dataset per archive.
            datasets = []
            for archive in args.archive:
                resp = upload(ingestion, Path(archive), ing_pb, bar)
                datasets.append(resp.dataset)
                print(f"ingested {archive}: {resp.dataset.post_count} posts of "
                      f"{', '.join('@' + u.handle for u in resp.dataset.users) or 'unknown user'} "
                      f"-> {resp.dataset.name}", file=sys.stderr)

            # 2. Cleaning: the huggingtweets rules and counts.
            with bar(total=1, desc="clean") as b:
                clean = cleaning.CreateCleanDataset(cl_pb.CreateCleanDatasetRequest(
                    raw_datasets=[d.name for d in datasets], rules=args.rules)).clean_dataset
                b.update(1)
            for w in clean.warnings:
                print(f"warning: {w}", file=sys.stderr)

            # 3. Training, watched as a stream of progress events.
            method = tr_pb.METHOD_FULL if args.method == "full" else tr_pb.METHOD_LORA
            job = training.CreateTrainingJob(tr_pb.CreateTrainingJobRequest(training_job=tr_pb.TrainingJob(
                model=args.name, clean_dataset=clean.name, base_model=args.base, method=method,
                hyperparameters=common_pb2.Hyperparameters(max_steps=args.max_steps),
                aliases=args.alias))).training_job
            job = watch_training(training, tr_pb, job, bar)
            if job.state != tr_pb.TrainingJob.STATE_SUCCEEDED:
                state = tr_pb.TrainingJob.State.Name(job.state)
                print(f"botfarm: training job {job.name} ended {state}: {job.error_message}", file=sys.stderr)
                return 1

            # 4. The card and the bot's first posts.
            card = registry.GetModelCard(reg_pb.GetModelCardRequest(name=job.model_version))
            version = job.model_version.rsplit("/", 1)[-1]
            # All samples at once: the inference service batches them into one forward pass.
            futures = [inference.Generate.future(inf_pb.GenerateRequest(
                bot=f"{args.name}@{version}", prompt=args.prompt,
                parameters=inf_pb.GenerationParameters(
                    max_new_tokens=48, do_sample=True, temperature=0.9, top_p=0.95,
                    repetition_penalty=1.1, seed=i))) for i in range(args.samples)]
            posts = []
            with bar(total=args.samples, desc="generate") as b:
                for f in futures:
                    posts.append(args.prompt + f.result().generated_text)
                    b.update(1)
    except grpc.RpcError as e:
        print(f"botfarm: error: {e.code().name}: {e.details()}", file=sys.stderr)
        return 1

    m = job.metrics
    print()
    print(f"Bot {args.name} version {version} ({job.model_version})")
    print()
    print(training_table(clean.user_stats))
    print()
    print(f"Eval loss {m.eval_loss_before:.3f} -> {m.eval_loss_after:.3f} "
          f"(perplexity {m.perplexity_before:.1f} -> {m.perplexity_after:.1f}), "
          f"{m.tokens_per_second:.0f} tokens/s")
    card_path = card.card.key
    if data_dir is not None:
        card_path = str(Path(data_dir, card.card.key).resolve())
    print(f"Model card: {card_path}")
    print()
    for i, post in enumerate(posts, 1):
        print(f"{i}. {' '.join(post.split())}")
    return 0


#: How often a watch that drops (a restarted or rescheduled training service) is resumed.
WATCH_RETRIES = 5


def watch_training(training, tr_pb, job, bar_factory):
    """Follows the job's progress stream until it finishes. Job state lives in the
    store, so a stream that ends early (the training service restarted) is resumed."""
    import time

    import grpc

    terminal = {tr_pb.TrainingJob.STATE_SUCCEEDED, tr_pb.TrainingJob.STATE_FAILED,
                tr_pb.TrainingJob.STATE_CANCELLED}
    b = bar_factory(total=job.progress.total_steps or None, desc="train", unit="step")
    phase = ""
    try:
        for attempt in range(WATCH_RETRIES + 1):
            try:
                for event in training.WatchTrainingJob(tr_pb.WatchTrainingJobRequest(name=job.name)):
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
            except grpc.RpcError as e:
                if e.code() != grpc.StatusCode.UNAVAILABLE or attempt == WATCH_RETRIES:
                    raise
            b.write(f"watch of {job.name} ended early; resuming", file=sys.stderr)
            time.sleep(min(2.0 ** attempt, 10.0))
    finally:
        b.close()
    return job
