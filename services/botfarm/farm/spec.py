"""The farm file: every bot declared in one YAML document, and the fingerprint of what
each one should be.

    farm = load(Path("farm.yaml"))
    for bot in farm.bots:
        print(bot.name, fingerprint(bot, [archive_digest(a) for a in bot.archives]))

The format (samples/farm.yaml is an example; the README documents every field)::

    apiVersion: botfarm.dev/v1        # optional; this version
    kind: Farm                        # optional
    defaults:                         # optional: what every bot takes unless it says otherwise
      base: base/smollm2-135m-instruct
      method: lora                    # lora | full
      rules: huggingtweets            # cleaning preset: huggingtweets | botfarm
      max_steps: 60
      hyperparameters: {learning_rate: 2.0e-4}
      workers: 1
    bots:
      - name: demo-bot                # a registry model name
        archives: [x-archive-botfarm-demo]   # paths relative to this file (folders, zips, tweets.js)
        alias: production             # or a list: [production, canary]
        max_steps: 40                 # hyperparameters.max_steps, in short

A bot's hyperparameters are the defaults' merged with its own. The fingerprint covers
what decides the weights: each archive's content (sha256), base, method, cleaning
rules and the declared hyperparameters (max_steps included). Aliases and workers are
not in it: moving an alias retrains nothing, and the trained result does not depend
on how many processes share the batch.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from botfarm.core.errors import InvalidArgument, NotFound

API_VERSION = "botfarm.dev/v1"
KIND = "Farm"
#: The label a version carries with the fingerprint of the desired state it was trained from.
FINGERPRINT_LABEL = "botfarm.dev/farm-fingerprint"
DEFAULT_BASE = "base/smollm2-135m-instruct"
MAX_FILE_BYTES = 4 << 20
MAX_BOTS = 10_000
METHODS = ("lora", "full")
#: A cleaning preset's name; which presets exist is the cleaning service's to say.
_RULES = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_BOT_KEYS = {"name", "archives", "base", "method", "rules", "max_steps", "hyperparameters", "alias", "workers"}
_DEFAULT_KEYS = _BOT_KEYS - {"name", "archives", "alias"}
_TOP_KEYS = {"apiVersion", "kind", "defaults", "bots"}


@dataclass(frozen=True)
class BotSpec:
    """One bot as the file declares it (defaults merged in)."""

    name: str
    archives: tuple[Path, ...]
    base: str = DEFAULT_BASE
    method: str = "lora"
    rules: str = "huggingtweets"
    # Declared only, normalised to each field's type (the service's defaults fill the rest).
    hyperparameters: Mapping[str, Any] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    workers: int = 0


@dataclass(frozen=True)
class Farm:
    path: Path
    bots: tuple[BotSpec, ...]


def _fail(where: str, message: str) -> InvalidArgument:
    return InvalidArgument(f"{where}: {message}", reason="INVALID_FARM_FILE", metadata={"where": where})


def load(path: Path) -> Farm:
    """Reads and checks the farm file; every problem is INVALID_ARGUMENT naming where."""
    import yaml

    path = Path(path)
    if not path.is_file():
        raise NotFound(f"farm file {path} not found", reason="FARM_FILE_NOT_FOUND")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _fail(str(path), f"larger than {MAX_FILE_BYTES >> 20} MiB")
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise _fail(str(path), f"not a YAML document ({' '.join(str(e).split())})") from None
    if not isinstance(doc, dict):
        raise _fail(str(path), "expected a mapping with `bots:`")
    unknown = sorted(set(map(str, doc)) - _TOP_KEYS)
    if unknown:
        raise _fail(str(path), f"unknown field(s) {', '.join(unknown)}; expected {', '.join(sorted(_TOP_KEYS))}")
    if doc.get("apiVersion", API_VERSION) != API_VERSION or doc.get("kind", KIND) != KIND:
        raise _fail(str(path), f"apiVersion/kind must be {API_VERSION}/{KIND}")
    defaults = doc.get("defaults") or {}
    _check_keys("defaults", defaults, _DEFAULT_KEYS)
    bots = doc.get("bots")
    if not isinstance(bots, list) or not bots:
        raise _fail(str(path), "`bots:` must be a non-empty list")
    if len(bots) > MAX_BOTS:
        raise _fail(str(path), f"{len(bots)} bots: at most {MAX_BOTS} per file")
    specs = [_bot(f"bots[{i}]", b, defaults, path.parent) for i, b in enumerate(bots)]
    seen: set[str] = set()
    for i, s in enumerate(specs):
        if s.name in seen:
            raise _fail(f"bots[{i}]", f"bot {s.name!r} is declared twice")
        seen.add(s.name)
    return Farm(path, tuple(specs))


def _check_keys(where: str, value: Any, allowed: set[str]) -> None:
    if not isinstance(value, dict):
        raise _fail(where, "expected a mapping")
    unknown = sorted(set(map(str, value)) - allowed)
    if unknown:
        raise _fail(where, f"unknown field(s) {', '.join(unknown)}; expected some of {', '.join(sorted(allowed))}")


def _bot(where: str, raw: Any, defaults: dict, root: Path) -> BotSpec:
    from botfarm.registry import names

    _check_keys(where, raw, _BOT_KEYS)
    d = {**defaults, **raw}
    d["hyperparameters"] = {**(defaults.get("hyperparameters") or {}), **(raw.get("hyperparameters") or {})}
    name = d.get("name")
    if not isinstance(name, str):
        raise _fail(where, "`name` is required (a registry model name such as mcintweet)")
    try:
        names.check_model(name)
    except InvalidArgument as e:
        raise _fail(where, e.message) from None
    if name.startswith("base/"):
        raise _fail(where, f"{name!r}: bots may not be named under base/")
    where = f"{where} ({name})"
    archives = d.get("archives")
    archives = [archives] if isinstance(archives, str) else archives
    if not isinstance(archives, list) or not archives or not all(isinstance(a, str) and a for a in archives):
        raise _fail(where, "`archives` must be a path or a non-empty list of paths")
    paths = tuple((root / a).resolve() if not Path(a).is_absolute() else Path(a) for a in archives)
    for a, p in zip(archives, paths, strict=True):
        if not p.exists():
            raise _fail(where, f"archive {a!r} not found (looked at {p})")
    method, rules, base = d.get("method", "lora"), d.get("rules", "huggingtweets"), d.get("base", DEFAULT_BASE)
    if method not in METHODS:
        raise _fail(where, f"`method` must be one of {', '.join(METHODS)}, got {method!r}")
    if not isinstance(rules, str) or not _RULES.match(rules):
        raise _fail(where, f"`rules` must be a cleaning preset such as huggingtweets, got {rules!r}")
    if not isinstance(base, str) or not base:
        raise _fail(where, "`base` must be a registry reference such as base/smollm2-135m-instruct")
    aliases = d.get("alias") or []
    aliases = [aliases] if isinstance(aliases, str) else aliases
    if not isinstance(aliases, list):
        raise _fail(where, "`alias` must be a name or a list of names")
    try:
        for a in aliases:
            names.check_alias(a)
    except InvalidArgument as e:
        raise _fail(where, e.message) from None
    workers = d.get("workers", 0)
    if not isinstance(workers, int) or isinstance(workers, bool) or not 0 <= workers <= 1024:
        raise _fail(where, f"`workers` must be an integer from 0 to 1024, got {workers!r}")
    return BotSpec(name=name, archives=paths, base=base, method=method, rules=rules,
                   hyperparameters=_hyperparameters(where, d, method), aliases=tuple(aliases), workers=workers)


def _hyperparameters(where: str, d: dict, method: str) -> dict[str, Any]:
    """The declared hyperparameters (``max_steps`` folded in), checked by the training
    service's own rules and normalised to their types."""
    from botfarm.training.hparams import resolve

    hp = d["hyperparameters"]
    if not isinstance(hp, dict):
        raise _fail(where, "`hyperparameters` must be a mapping")
    if "max_steps" in d:
        hp = {**hp, "max_steps": d["max_steps"]}
    try:
        resolved = resolve(hp, method).to_dict()
    except InvalidArgument as e:
        raise _fail(where, e.message) from None
    return {k: resolved[k] for k in sorted(hp) if hp[k] not in (None, "", 0, 0.0)}


# --- what a bot should be ---------------------------------------------------------------


def archive_digest(path: Path) -> str:
    """sha256 of what ingestion reads of an archive: a file's bytes; for a folder, the
    members `botfarm bot create` uploads (tweets.js and the like, not the media), each
    path with its content's sha256, in path order. A folder's zip is not hashed: its
    bytes change with timestamps when the posts do not."""
    from botfarm.bot_cli import ARCHIVE_MEMBER

    path = Path(path)
    h = hashlib.sha256()
    if not path.is_dir():
        _hash_file(path, h)
        return h.hexdigest()
    from botfarm.ingestion.sources.fileset import DirFileSet

    for rel in sorted(r for r in DirFileSet(path).names() if ARCHIVE_MEMBER.search(r)):
        member = hashlib.sha256()
        _hash_file(path / rel, member)
        h.update(f"{rel}\0{member.hexdigest()}\n".encode())
    return h.hexdigest()


def _hash_file(path: Path, h) -> None:
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)


def fingerprint(bot: BotSpec, digests: list[str]) -> str:
    """The sha256 of the desired state that decides a bot's weights (see the module)."""
    state = {"archives": list(digests), "base": bot.base, "method": bot.method, "rules": bot.rules,
             "hyperparameters": dict(bot.hyperparameters)}
    return hashlib.sha256(json.dumps(state, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
