"""Bots loaded on first use, kept in an LRU cache under a memory budget.

A reference ("mcintweet", "mcintweet@3", "mcintweet:production") is resolved through
a *source*: the registry (``botfarm.registry.core.Registry``) in the service, or
``LocalModels`` (plain folders) in the benchmark. Resolutions are cached for
``alias_ttl_s`` seconds only, so an alias that moves (a new ``production``) is
served after at most that long, without a restart. Downloads are sha256-verified by
the registry.

A deleted version is unloaded at once when the registry says it is gone: when a
request's reference is resolved again (after ``alias_ttl_s``) and no longer finds it,
or resolves elsewhere while the old version is gone; and, for versions nobody asks
for, by a check every ``version_check_s`` seconds. One with requests in flight goes
when they end.

A LoRA version is loaded into the bank of its base model's runner (the base is
loaded first, once, and shared); a full fine-tune or a base model gets a runner of
its own (weights + KV cache). When a load would pass the budget, the least recently
used idle entries are evicted; a bot with requests in flight is never evicted.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, overload

import torch

from botfarm.core.errors import FailedPrecondition, InvalidArgument, NotFound, ResourceExhausted
from botfarm.inference import metrics as m
from botfarm.inference.defaults import GenerationDefaults
from botfarm.inference.engine import Engine, Runner, Target
from botfarm.inference.lora import adapter_nbytes, load_adapter
from botfarm.inference.model import CausalLM

log = logging.getLogger(__name__)
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}(@[0-9]{1,9}|:[A-Za-z0-9._-]{1,63})?$")


class Source(Protocol):
    """Where bots come from: the registry (``botfarm.registry.core.Registry``)."""

    def resolve(self, ref: str) -> Any: ...      # .name, .method, .base_model (a VersionInfo)
    def download(self, version: Any) -> Path: ...


@dataclass(frozen=True)
class PoolConfig:
    """How much the pool may hold and how fresh resolutions stay."""

    memory_budget_bytes: int = 8 << 30   # weights + KV caches + adapters of every loaded bot
    alias_ttl_s: float = 5.0             # a moved alias is picked up after at most this long
    dtype: str = "auto"                  # "auto" (bf16 where the CPU/GPU has bf16 units) | "bfloat16" | "float32"
    device: str = "auto"                 # "auto" (cuda if available, else cpu) | "cpu" | "cuda" | "cuda:N"
    version_check_s: float = 30.0        # how often loaded versions are checked against the registry (0: off)


_DEVICE = re.compile(r"^(auto|cpu|cuda(:[0-9]{1,3})?)$")
_DEVICE_SETTING = "--device / BOTFARM_DEVICE"


def check_device_name(name: str) -> str:
    """The device setting, normalised; its syntax only (no CUDA query)."""
    if not isinstance(name, str) or not _DEVICE.match(name.strip().lower()):
        raise InvalidArgument(f"invalid value {name!r} for {_DEVICE_SETTING}: expected auto, cpu, cuda or cuda:N",
                              reason="INVALID_DEVICE", metadata={"field": "device"})
    return name.strip().lower()


def resolve_device(name: str) -> torch.device:
    """The device the engine runs on; refuses at start-up what cannot work here."""
    name = check_device_name(name)
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(name)
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise InvalidArgument(f"{_DEVICE_SETTING} is {name!r} but CUDA is not available on this machine "
                                  f"(torch {torch.__version__}, cuda build: {torch.version.cuda or 'none'}); "
                                  "use --device cpu or auto", reason="DEVICE_UNAVAILABLE",
                                  metadata={"field": "device"})
        if device.index is not None and device.index >= torch.cuda.device_count():
            raise InvalidArgument(f"{_DEVICE_SETTING} is {name!r} but this machine has "
                                  f"{torch.cuda.device_count()} CUDA device(s)", reason="DEVICE_UNAVAILABLE",
                                  metadata={"field": "device"})
    return device


def compute_dtype(name: str, device: torch.device | None = None) -> torch.dtype:
    if name == "auto":
        if device is not None and device.type == "cuda":
            # No fp16 fallback: without bf16 (pre-Ampere) fp32 is the safe choice.
            with torch.cuda.device(device):
                return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float32
        return torch.bfloat16 if torch.ops.mkldnn._is_mkldnn_bf16_supported() else torch.float32
    try:
        return {"bfloat16": torch.bfloat16, "bf16": torch.bfloat16, "float32": torch.float32,
                "fp32": torch.float32}[name]
    except KeyError:
        raise InvalidArgument(f"unknown dtype {name!r}: auto, bfloat16 or float32") from None


def validate_ref(ref: str) -> str:
    if not isinstance(ref, str) or not _REF.match(ref or ""):
        raise InvalidArgument(f"invalid bot reference {ref!r}: expected NAME, NAME@VERSION or NAME:ALIAS",
                              reason="INVALID_BOT", metadata={"field": "bot"})
    return ref


@dataclass
class LoadedBot:
    name: str                # "models/{model}/versions/{n}"
    kind: str                # "lora" | "full" | "base"
    runner: Runner
    nbytes: int
    base_name: str = ""
    adapter: str = ""
    inflight: int = 0
    requests: int = 0
    last_used: float = field(default_factory=time.monotonic)
    version: Any = None      # what the source resolved (re-checked for deletion)
    doomed: bool = False     # deleted in the registry: unloaded once its requests end
    defaults: GenerationDefaults | None = None  # from the version's generation_config.json


class BotPool:
    """Turns references into engine targets, loading and evicting as needed."""

    def __init__(self, source: Source, engine: Engine, config: PoolConfig | None = None):
        self.source, self.engine, self.config = source, engine, config or PoolConfig()
        self.device = resolve_device(self.config.device)
        self.dtype = compute_dtype(self.config.dtype, self.device)
        self._lock = threading.RLock()
        self._load_lock = threading.Lock()
        self._resolved: dict[str, tuple[Any, float]] = {}
        self._bots: dict[str, LoadedBot] = {}

    # -- public ------------------------------------------------------------------------

    def acquire(self, ref: str) -> Target:
        """A target for one request; call ``target.release()`` when it is done (the
        engine does)."""
        version = self.resolve(ref)
        # Look up and pin in one step: eviction (under the same lock) never takes a
        # bot between the two. Loads are serialised, and only loads evict.
        with self._lock:
            bot = self._pin(self._bots.get(version.name))
        if bot is None:
            with self._load_lock:
                with self._lock:
                    bot = self._pin(self._bots.get(version.name))
                if bot is None:
                    loaded = self._load(version)
                    with self._lock:
                        bot = self._pin(loaded)
        released = threading.Event()

        def release():
            if not released.is_set():
                released.set()
                with self._lock:
                    bot.inflight -= 1
                    self._reap()

        return Target(bot.runner, bot.adapter, bot.name, release, bot.defaults)

    @overload
    def _pin(self, bot: LoadedBot) -> LoadedBot: ...
    @overload
    def _pin(self, bot: LoadedBot | None) -> LoadedBot | None: ...

    def _pin(self, bot: LoadedBot | None) -> LoadedBot | None:
        if bot is not None:
            bot.inflight += 1
            bot.requests += 1
            bot.last_used = time.monotonic()
            if bot.base_name in self._bots:
                self._bots[bot.base_name].last_used = bot.last_used
        return bot

    def resolve(self, ref: str) -> Any:
        validate_ref(ref)
        now = time.monotonic()
        hit = self._resolved.get(ref)
        if hit and hit[1] > now:
            return hit[0]
        try:
            version = self.source.resolve(ref)
        except NotFound:
            self._resolved.pop(ref, None)
            if hit:
                self.unload_if_gone(hit[0])
            raise
        if hit and hit[0].name != version.name:
            self.unload_if_gone(hit[0])  # an alias moved, or "latest" lost its newest version
        self._resolved[ref] = (version, now + self.config.alias_ttl_s)
        return version

    # -- deleted versions ----------------------------------------------------------------

    def unload_if_gone(self, version: Any) -> bool:
        """Unloads ``version`` if it is loaded and the source no longer has it."""
        with self._lock:
            if version.name not in self._bots:
                return False
        try:
            self.source.resolve(f"{version.model}@{version.version}")
            return False
        except NotFound:
            self.unload(version.name)
            return True
        except Exception:  # the store unreachable: the periodic check tries again
            log.warning("could not check whether %s still exists", version.name, exc_info=True)
            return False

    def check_versions(self) -> list[str]:
        """Unloads every loaded version the source no longer has; returns their names."""
        return [b.name for b in self.loaded() if b.version is not None and self.unload_if_gone(b.version)]

    def unload(self, name: str) -> None:
        """Unloads a bot (and the LoRA bots on it, for a base) now, or as soon as its
        requests end; its cached resolutions go too."""
        with self._lock:
            bot = self._bots.get(name)
            if bot is None:
                return
            for b in [*(d for d in self._bots.values() if d.base_name == name), bot]:
                b.doomed = True
            gone = {b.name for b in self._bots.values() if b.doomed}
            for ref in [r for r, (v, _) in self._resolved.items() if v.name in gone]:
                del self._resolved[ref]
            self._reap()

    def _reap(self) -> None:
        """Evicts the doomed bots that nothing uses any more (under the lock)."""
        for bot in [b for b in self._bots.values() if b.doomed and not b.inflight]:
            dependents = any(d.base_name == bot.name for d in self._bots.values())
            if bot.kind == "lora" or not (dependents or bot.runner.busy()):
                self._evict(bot)
                m.UNLOADED_BOTS.inc()
                log.info("unloaded %s: deleted in the registry", bot.name)

    def start_version_checks(self, stop: threading.Event) -> None:
        """The periodic deletion check, on a daemon thread until ``stop`` is set."""
        interval = self.config.version_check_s
        if interval <= 0:
            return

        def loop() -> None:
            while not stop.wait(interval):
                try:
                    self.check_versions()
                except Exception:
                    log.exception("checking loaded versions failed")

        threading.Thread(target=loop, name="inference-version-check", daemon=True).start()

    def loaded(self) -> list[LoadedBot]:
        with self._lock:
            return sorted(self._bots.values(), key=lambda b: -b.last_used)

    @property
    def memory_used(self) -> int:
        with self._lock:
            return sum(b.nbytes for b in self._bots.values())

    # -- loading -----------------------------------------------------------------------

    def _load(self, version: Any) -> LoadedBot:
        method = getattr(version, "method", "full")
        if method == "lora":
            if not version.base_model:
                raise FailedPrecondition(f"{version.name} is a LoRA adapter without a base model")
            base_version = self.source.resolve(version.base_model)
            if getattr(base_version, "method", "full") == "lora":
                raise FailedPrecondition(f"{version.name} is a LoRA adapter on another adapter "
                                         f"({base_version.name}); it cannot be served", reason="BAD_BASE_MODEL")
            base = self._bots.get(base_version.name) or self._load(base_version)
            path = self.source.download(version)
            weights = load_adapter(path, base.runner.lm)
            size = adapter_nbytes(weights)
            self._make_room(size, keep={base.name})
            base.runner.bank.add(version.name, weights)
            bot = LoadedBot(version.name, "lora", base.runner, size, base_name=base.name, adapter=version.name,
                            version=version, defaults=read_defaults(path, base.runner))
        elif method in ("full", "base"):
            path = self.source.download(version)
            lm = CausalLM.from_dir(path, self.dtype, self.device)
            from transformers import AutoTokenizer

            tok = AutoTokenizer.from_pretrained(str(path))
            runner = Runner(version.name, lm, tok, self.engine.config, _eos_ids(path, tok))
            self._make_room(runner.nbytes)
            bot = LoadedBot(version.name, method, runner, runner.nbytes, version=version,
                            defaults=read_defaults(path, runner))
        else:
            raise FailedPrecondition(f"{version.name} has method {method!r}; lora, full or base can be served")
        with self._lock:
            self._bots[bot.name] = bot
            self._update_metrics()
        return bot

    def _make_room(self, size: int, keep: Set[str] = frozenset()) -> None:
        budget = self.config.memory_budget_bytes
        with self._lock:
            if size > budget:
                raise ResourceExhausted(f"a bot of {size} bytes does not fit the memory budget of {budget} bytes",
                                        reason="MEMORY_BUDGET")
            while self.memory_used + size > budget:
                victim = self._victim(keep)
                if victim is None:
                    raise ResourceExhausted(f"memory budget of {budget} bytes is taken by bots in use",
                                            reason="MEMORY_BUDGET")
                self._evict(victim)

    def _victim(self, keep: Set[str]) -> LoadedBot | None:
        dependents = {b.base_name for b in self._bots.values() if b.base_name}
        for bot in sorted(self._bots.values(), key=lambda b: b.last_used):
            if bot.inflight or bot.name in keep:
                continue
            if bot.kind != "lora" and (bot.name in dependents or bot.runner.busy()):
                continue
            return bot
        return None

    def _evict(self, bot: LoadedBot) -> None:
        del self._bots[bot.name]
        if bot.kind == "lora":
            bot.runner.bank.remove(bot.adapter)
        else:
            self.engine.forget(bot.runner)
        self._update_metrics()

    def _update_metrics(self) -> None:
        for kind in ("lora", "full", "base"):
            m.LOADED_BOTS.labels(kind).set(sum(1 for b in self._bots.values() if b.kind == kind))
        m.MEMORY_USED.set(sum(b.nbytes for b in self._bots.values()))


def _generation_config(path: Path) -> dict:
    gc = path / "generation_config.json"
    try:
        cfg = json.loads(gc.read_text()) if gc.is_file() else {}
    except (ValueError, OSError):
        log.warning("unreadable %s: ignored", gc)
        return {}
    return cfg if isinstance(cfg, dict) else {}


def _eos_ids(path: Path, tok) -> set[int]:
    """The model's end-of-sequence ids, for every request it serves; the newline ids a
    bot's generation_config.json lists as ends of sequence are its default stop instead
    (``read_defaults``), which a request may override."""
    ids = {tok.eos_token_id} if tok.eos_token_id is not None else set()
    e = _generation_config(path).get("eos_token_id")
    listed = [i for i in (e if isinstance(e, list) else [e]) if isinstance(i, int)]
    return ids | {i for i in listed if "\n" not in tok.decode([i])}


def read_defaults(path: Path, runner: Runner) -> GenerationDefaults:
    """The bot's generation defaults, from the generation_config.json of its version folder."""
    return GenerationDefaults.from_generation_config(_generation_config(path), runner.tokenizer, runner.eos_ids)


@dataclass(frozen=True)
class LocalVersion:
    """A version served from a local folder (what ``LocalModels.resolve`` returns)."""

    model: str
    version: int
    method: str
    base_model: str
    path: Path

    @property
    def name(self) -> str:
        return f"models/{self.model}/versions/{self.version}"


class LocalModels:
    """A source of plain local folders with versions and aliases, for the benchmark
    and for serving without a registry. Same reference syntax as the registry."""

    def __init__(self):
        self._versions: dict[str, list[LocalVersion]] = {}
        self._aliases: dict[tuple[str, str], int] = {}

    def add(self, model: str, path: Path, method: str = "full", base_model: str = "") -> LocalVersion:
        versions = self._versions.setdefault(model, [])
        v = LocalVersion(model, len(versions) + 1, method, base_model, Path(path))
        versions.append(v)
        self._aliases[(model, "latest")] = v.version
        return v

    def set_alias(self, model: str, alias: str, version: int) -> None:
        if not 1 <= version <= len(self._versions.get(model, [])):
            raise FailedPrecondition(f"models/{model}/versions/{version} does not exist")
        self._aliases[(model, alias)] = version

    def resolve(self, ref: str) -> LocalVersion:
        model, version = ref, None
        if "@" in ref:
            model, n = ref.split("@", 1)
            version = int(n)
        elif ":" in ref:
            model, alias = ref.split(":", 1)
            version = self._aliases.get((model, alias))
            if version is None:
                raise NotFound(f"alias {alias!r} of model {model!r} not found")
        else:
            version = self._aliases.get((model, "latest"))
        versions = self._versions.get(model)
        if not versions:
            raise NotFound(f"model {model!r} not found", reason="MODEL_NOT_FOUND")
        if version is None or not 1 <= version <= len(versions):
            raise NotFound(f"version {version} of model {model!r} not found", reason="VERSION_NOT_FOUND")
        return versions[version - 1]

    def download(self, version: LocalVersion) -> Path:
        return version.path

    def list_models(self, page_size: int = 0, page_token: str = "") -> tuple[list[LocalModel], str]:
        """Models in name order, as the registry's ``list_models``."""
        from botfarm.core.pagination import paginate

        models = [LocalModel(name, len(v)) for name, v in sorted(self._versions.items())]
        return paginate(models, listing="models", page_size=page_size, page_token=page_token, key=lambda m: m.model)


@dataclass(frozen=True)
class LocalModel:
    model: str
    latest_version: int
