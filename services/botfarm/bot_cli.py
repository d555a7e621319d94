"""``botfarm bot``: a bot's whole life cycle.

    botfarm bot create demo-bot --archive samples/x-archive-botfarm-demo --max-steps 60 [--json]
    botfarm bot create elon-kanye --archive a.zip --archive b.zip --server my-cluster
    botfarm bot list [--json]
    botfarm bot show demo-bot [--json]
    botfarm bot delete demo-bot [--yes]

create runs ingestion, cleaning, training and registration through the gRPC
services, then prints the huggingtweets training-data table, the model card's
location and five generated posts (with --json: one JSON document on stdout, the
progress bars on stderr). Services are found, in this order: --server flags, the
BOTFARM_<SERVICE>_ADDR environment variables, services already listening on the
default localhost ports; when none answer, an embedded stack (the five services as
local processes over --data-dir) is started for the run. list, show and delete ask
the registry service (--server or BOTFARM_REGISTRY_ADDR) and nothing else.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

SERVICES = ("ingestion", "cleaning", "training", "registry", "inference")
DEFAULT_PORTS = {"ingestion": 50051, "cleaning": 50052, "training": 50053, "registry": 50054, "inference": 50055}
DEFAULT_BASE = "base/smollm2-135m-instruct"
#: Upload chunk size: well under the default 4 MiB gRPC message limit.
CHUNK = 1 << 20


def register(subparsers) -> None:
    from botfarm.core.clients import SERVER_METAVAR, server_help

    bot = subparsers.add_parser("bot", help="bots end to end: create, list, show, delete",
                                description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    bot_sub = bot.add_subparsers(dest="bot_command", metavar="COMMAND", required=True)
    create = bot_sub.add_parser(
        "create", help="ingest, clean, train and register a bot, then show its posts",
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    create.add_argument("name", help="the bot's name, e.g. mcintweet (lowercase letters, digits, '-')")
    create.add_argument("--archive", action="append", required=True, metavar="PATH",
                        help="an X archive (zip, folder or tweets.js), a Mastodon archive (zip or outbox.json), "
                             "a Bluesky repo .car, or an export; repeat for several users")
    create.add_argument("--base", default=DEFAULT_BASE, help=f"base model in the registry (default {DEFAULT_BASE})")
    create.add_argument("--method", choices=["lora", "full"], default="lora", help="training method (default lora)")
    create.add_argument("--max-steps", type=int, default=0, help="stop training after N optimiser steps (0: all epochs)")
    create.add_argument("--workers", type=int, default=0,
                        help="torch.distributed training processes on the local launcher (default 1; gloo on CPUs)")
    create.add_argument("--rules", default="huggingtweets", help="cleaning preset: huggingtweets (default) or botfarm")
    create.add_argument("--alias", action="append", default=[], help="extra alias for the new version, e.g. production")
    create.add_argument("--prompt", default="My dream is", help='prompt of the sample posts (default "My dream is")')
    create.add_argument("-n", "--samples", type=int, default=5, help="sample posts to print (default 5)")
    create.add_argument("--server", action="append", default=[], metavar=SERVER_METAVAR,
                        help="a service address as SERVICE=HOST:PORT (repeat per service), or HOST alone for all "
                             "services on their default ports [env BOTFARM_<SERVICE>_ADDR]")
    create.add_argument("--auth-token", default=None,
                        help="bearer token for the services (env BOTFARM_AUTH_TOKEN)")
    create.add_argument("--data-dir", default=None,
                        help="data directory of the embedded stack (env BOTFARM_DATA_DIR; default .botfarm/data)")
    create.add_argument("--embedded", action="store_true", help="always start an embedded stack, even if services answer")
    create.add_argument("--json", action="store_true", help="print one JSON document (progress on stderr)")
    create.set_defaults(func=create_bot)

    def registry_cmd(name: str, func, help_text: str) -> argparse.ArgumentParser:
        c = bot_sub.add_parser(name, help=help_text, description=help_text)
        c.add_argument("--server", action="append", default=[], metavar=SERVER_METAVAR, help=server_help(["registry"]))
        c.set_defaults(func=func)
        return c

    c = registry_cmd("list", list_bots, "list the bots (base models are under botfarm registry list --kind base)")
    c.add_argument("--page-size", type=int, default=0, help="bots per page (default 50, at most 1000)")
    c.add_argument("--page-token", default="", help="the next_page_token of a previous page")
    c.add_argument("--json", action="store_true", help="print one JSON document")
    c = registry_cmd("show", show_bot, "show a bot: its users, aliases and newest version")
    c.add_argument("name", help="the bot's name")
    c.add_argument("--json", action="store_true", help="print one JSON document")
    c = registry_cmd("delete", delete_bot, "delete a bot with every version")
    c.add_argument("name", help="the bot's name")
    c.add_argument("--yes", "-y", action="store_true", help="do not ask (needed when stdin is not a terminal)")


# --- finding the services -----------------------------------------------------------


def parse_servers(values: list[str]) -> dict[str, str]:
    from botfarm.core.clients import parse_servers as parse

    return parse(values)


def configured_addresses(servers: list[str]) -> dict[str, str]:
    """Addresses from flags, then environment; services not named stay absent."""
    from botfarm.core.clients import configured_addresses as configured

    return configured(servers)


def all_serving(addrs: dict[str, str], auth_token: str | None, timeout: float = 1.5) -> bool:
    from botfarm.core.clients import wait_for_serving

    for svc in SERVICES:
        try:
            wait_for_serving(addrs[svc], f"botfarm.{svc}.v1.{svc.capitalize()}Service", timeout=timeout)
        except Exception:
            return False
    return True


def _data_dir(args) -> str:
    return args.data_dir or os.environ.get("BOTFARM_DATA_DIR") or ".botfarm/data"


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

    data_dir = _data_dir(args)
    print(f"No botfarm services running: starting an embedded stack over {data_dir} ...", file=sys.stderr)
    with LocalStack(data_dir) as stack:
        yield stack.addresses, data_dir


def ensure_base_model(args, data_dir: str | None) -> None:
    """An embedded stack imports the offline default base on first use; a cluster's
    operator runs `botfarm registry import-base` once."""
    if data_dir is None or args.base != DEFAULT_BASE:
        return
    from botfarm.core.errors import NotFound
    from botfarm.core.localstore import LocalStore
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
#: and profile.js, the legacy data/js/tweets/YYYY_MM.js, JSON/CSV exports (Mastodon's
#: outbox.json and actor.json among them) and Bluesky's .car. Media and the other data
#: files of a real archive (often gigabytes) stay behind.
ARCHIVE_MEMBER = re.compile(r"(^|/)(tweets(-part\d+)?|account|profile)\.js$|(^|/)data/js/tweets/\d{4}_\d{2}\.js$"
                            r"|\.(json|jsonl|csv|car)$")


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


def _bar(**kw):
    from tqdm import tqdm

    return tqdm(file=sys.stderr, dynamic_ncols=True, **kw)


def _ingest_and_clean(args, clients: dict[str, Any]):
    """Steps 1 and 2: one raw dataset per archive, then the clean dataset with its counts."""
    def say(message: str) -> None:
        print(message, file=sys.stderr)

    datasets = ingest(clients["ingestion"], [Path(a) for a in args.archive], _bar, say)
    with _bar(total=1, desc="clean") as b:
        clean = clean_datasets(clients["cleaning"], datasets, args.rules, say)
        b.update(1)
    return clean


def ingest(ingestion, archives: list[Path], bar_factory, say) -> list:
    """Uploads each archive to the ingestion service: its raw datasets, in order."""
    from botfarm.ingestion.v1 import ingestion_service_pb2 as ing_pb

    datasets = []
    for archive in archives:
        resp = upload(ingestion, archive, ing_pb, bar_factory)
        datasets.append(resp.dataset)
        say(f"ingested {archive}: {resp.dataset.post_count} posts of "
            f"{', '.join('@' + u.handle for u in resp.dataset.users) or 'unknown user'} -> {resp.dataset.name}")
    return datasets


def clean_datasets(cleaning, datasets: list, rules: str, say):
    """The raw datasets cleaned into one clean dataset with ``rules``; warnings to ``say``."""
    from botfarm.cleaning.v1 import cleaning_service_pb2 as cl_pb

    clean = cleaning.CreateCleanDataset(cl_pb.CreateCleanDatasetRequest(
        raw_datasets=[d.name for d in datasets], rules=rules)).clean_dataset
    for w in clean.warnings:
        say(f"warning: {w}")
    return clean


def _train(args, clients: dict[str, Any], clean):
    """Step 3: a training job, watched as a stream of progress events."""
    from botfarm.training.cli import watch

    job = submit_training(clients["training"], model=args.name, clean_dataset=clean.name, base=args.base,
                          method=args.method, hyperparameters={"max_steps": args.max_steps}, aliases=args.alias,
                          workers=args.workers)
    return watch(clients["training"], job, _bar)


def submit_training(training, *, model: str, clean_dataset: str, base: str, method: str, hyperparameters: dict,
                    aliases=(), workers: int = 0, labels: dict[str, str] | None = None):
    """Creates a training job (``hyperparameters`` by common.v1.Hyperparameters field
    names; zero values take the service's defaults); returns it as created."""
    from botfarm.common.v1 import common_pb2
    from botfarm.training.v1 import training_service_pb2 as tr_pb

    return training.CreateTrainingJob(tr_pb.CreateTrainingJobRequest(training_job=tr_pb.TrainingJob(
        model=model, clean_dataset=clean_dataset, base_model=base,
        method=tr_pb.METHOD_FULL if method == "full" else tr_pb.METHOD_LORA,
        hyperparameters=common_pb2.Hyperparameters(**hyperparameters), aliases=list(aliases), workers=workers,
        labels=labels or {}))).training_job


def _samples(args, clients: dict[str, Any], version: str) -> list[str]:
    """Step 4: the bot's first posts, all requested at once (the inference service
    batches them into one forward pass)."""
    import grpc

    from botfarm.core.clients import error_from_rpc
    from botfarm.inference import routing
    from botfarm.inference.v1 import inference_service_pb2 as inf_pb

    inference = clients["inference"]
    futures = [inference.stub.Generate.future(inf_pb.GenerateRequest(
        bot=f"{args.name}@{version}", prompt=args.prompt,
        # The bot's own generation defaults: the huggingtweets recipe, one post per call.
        parameters=inf_pb.GenerationParameters(seed=i)),
        metadata=routing.metadata(args.name)) for i in range(args.samples)]
    posts = []
    with _bar(total=args.samples, desc="generate") as b:
        for f in futures:
            try:
                # A post ends at its first new line (the bot's default stop), not shown.
                posts.append((args.prompt + f.result().generated_text).rstrip("\n"))
            except grpc.RpcError as e:
                raise error_from_rpc(e, "inference", inference.address) from None
            b.update(1)
    return posts


def create_bot(args) -> int:
    from botfarm.core.clients import connect, message_json
    from botfarm.registry.v1 import registry_service_pb2 as reg_pb
    from botfarm.training.v1 import training_service_pb2 as tr_pb

    token = args.auth_token or None  # else connect() reads BOTFARM_AUTH_TOKEN[_FILE]
    with services_for(args) as (addrs, data_dir), contextlib.ExitStack() as open_clients:
        ensure_base_model(args, data_dir)
        clients = {svc: open_clients.enter_context(connect(svc, [f"{svc}={addrs[svc]}"], auth_token=token))
                   for svc in SERVICES}
        clean = _ingest_and_clean(args, clients)
        job = _train(args, clients, clean)
        if job.state != tr_pb.TrainingJob.STATE_SUCCEEDED:
            state = tr_pb.TrainingJob.State.Name(job.state)
            print(f"botfarm: training job {job.name} ended {state}: {job.error_message}", file=sys.stderr)
            return 1
        card = clients["registry"].GetModelCard(reg_pb.GetModelCardRequest(name=job.model_version))
        version = job.model_version.rsplit("/", 1)[-1]
        posts = [" ".join(p.split()) for p in _samples(args, clients, version)]

    card_path = str(Path(data_dir, card.card.key).resolve()) if data_dir is not None else card.card.key
    if args.json:
        print(json.dumps({
            "bot": args.name, "version": int(version), "model_version": job.model_version,
            "training_job": job.name, "clean_dataset": clean.name,
            "training_data": [message_json(s) for s in clean.user_stats], "metrics": message_json(job.metrics),
            "card": card_path, "samples": posts}, indent=2, ensure_ascii=False))
        return 0
    m = job.metrics
    print()
    print(f"Bot {args.name} version {version} ({job.model_version})")
    print()
    print(training_table(clean.user_stats))
    print()
    print(f"Eval loss {m.eval_loss_before:.3f} -> {m.eval_loss_after:.3f} "
          f"(perplexity {m.perplexity_before:.1f} -> {m.perplexity_after:.1f}), "
          f"{m.tokens_per_second:.0f} tokens/s")
    print(f"Model card: {card_path}")
    print()
    for i, post in enumerate(posts, 1):
        print(f"{i}. {post}")
    return 0


def watch_training(training, job, bar_factory=_bar):
    """Follows a training job until it ends (``botfarm.training.cli.watch``)."""
    from botfarm.training.cli import watch

    return watch(training, job, bar_factory)


# --- list, show, delete: the registry service alone ----------------------------------


def _registry(args):
    from botfarm.core.clients import connect
    from botfarm.registry.client import ServiceRegistry

    return ServiceRegistry(connect("registry", args.server))


def _refuse_base(name: str) -> str:
    from botfarm.core.errors import InvalidArgument
    from botfarm.registry.names import check_model

    if check_model(name).startswith("base/"):
        raise InvalidArgument(f"{name} is a base model, not a bot: see botfarm registry show / delete",
                              reason="NOT_A_BOT", metadata={"name": name})
    return name


def list_bots(args) -> int:
    from botfarm.registry.convert import model_json

    api = _registry(args)
    try:
        bots, token = api.list_models(args.page_size, args.page_token, kind="bot")
    finally:
        api.close()
    if args.json:
        print(json.dumps({"bots": [model_json(m) for m in bots], "next_page_token": token}, indent=2,
                         ensure_ascii=False))
        return 0
    print(f"{'BOT':32} {'LATEST':>6}  {'USERS':30}  ALIASES")
    for m in bots:
        users = ", ".join("@" + u.get("handle", "") for u in m.users)
        aliases = ", ".join(f"{a}={v}" for a, v in sorted(m.aliases.items()) if a != "latest")
        print(f"{m.model:32} {m.latest_version:>6}  {users:30}  {aliases}")
    if token:
        print(f"(more: --page-token {token})", file=sys.stderr)
    return 0


def show_bot(args) -> int:
    from botfarm.registry.cli import describe_version
    from botfarm.registry.convert import model_json, version_json

    api = _registry(args)
    try:
        bot = api.get_model(_refuse_base(args.name))
        latest = api.resolve(bot.model) if bot.latest_version else None
    finally:
        api.close()
    if args.json:
        print(json.dumps({"bot": model_json(bot), "latest_version": version_json(latest) if latest else None},
                         indent=2, ensure_ascii=False))
        return 0
    users = ", ".join(f"@{u.get('handle', '')} ({u.get('display_name', '')})" for u in bot.users)
    print(f"{bot.model}  created {bot.create_time}")
    print(f"  users    {users or '-'}")
    print(f"  aliases  {', '.join(f'{a}={v}' for a, v in sorted(bot.aliases.items())) or '-'}")
    print(describe_version(latest) if latest else "  no versions yet")
    return 0


def delete_bot(args) -> int:
    from botfarm.core.errors import FailedPrecondition

    name = _refuse_base(args.name)
    if not args.yes:
        if not sys.stdin.isatty():
            raise FailedPrecondition(f"deleting {name} removes every version: pass --yes to confirm",
                                     reason="CONFIRMATION_REQUIRED")
        if input(f"Delete bot {name} with every version? [y/N] ").strip().lower() not in ("y", "yes"):
            print("not deleted", file=sys.stderr)
            return 1
    api = _registry(args)
    try:
        api.delete_model(name)
    finally:
        api.close()
    print(json.dumps({"deleted": f"models/{name}"}))
    return 0
