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

A LoRA version is loaded into a slot of the bank of its base model's runner (the
base is loaded first, once, and shared; the bank has ``max_adapters`` preallocated
slots, see ``lora.py``); a full fine-tune or a base model gets a runner of its own
(weights + KV cache + bank). Two limits hold: the slots (a full bank evicts its least
recently used idle adapter; when every adapter has requests in flight a new bot waits
up to ``adapter_wait_s``, then gets RESOURCE_EXHAUSTED) and the byte budget, which
counts what is really held (the bank's slots included; when a model would not fit,
the least recently used idle models are evicted with their adapters). A bot with
requests in flight is never evicted. Loads run in the requesting thread, side by side,
never on the engine thread: a cold load does not stall other bots' decode steps.
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
from typing import Any, Protocol

import torch

from botfarm.core.errors import FailedPrecondition, InvalidArgument, NotFound, ResourceExhausted
from botfarm.inference import metrics as m
from botfarm.inference.defaults import GenerationDefaults
from botfarm.inference.engine import Engine, Runner, Target
from botfarm.inference.localsource import LocalModel, LocalModels, LocalVersion  # noqa: F401 (also from here)
from botfarm.inference.lora import load_adapter
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
    max_adapters: int = 128              # LoRA bank slots of each base model, preallocated once its first adapter loads
    adapter_wait_s: float = 10.0         # how long a new LoRA bot waits for a slot while every adapter is in use


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
    base_name: str = ""
    adapter: str = ""
    inflight: int = 0        # requests in flight, plus loads of its adapters (a base)
    requests: int = 0
    last_used: float = field(default_factory=time.monotonic)
    version: Any = None      # what the source resolved (re-checked for deletion)
    doomed: bool = False     # deleted in the registry: unloaded once its requests end
    defaults: GenerationDefaults | None = None  # from the version's generation_config.json

    @property
    def nbytes(self) -> int:
        """What this bot holds: its slot of the bank (a LoRA bot), or its weights, KV
        cache and LoRA bank (a model). The pool's total counts each model once."""
        return self.runner.bank.slot_nbytes() if self.kind == "lora" else self.runner.nbytes


class _Loading:
    """One load in progress: later requests for the same version wait for it."""

    def __init__(self, lora: bool) -> None:
        self.lora = lora
        self.done = threading.Event()
        self.error: BaseException | None = None


class BotPool:
    """Turns references into engine targets, loading and evicting as needed.

    Loads run in the requesting thread (never the engine's), one per version at a
    time and any number side by side; the pool's lock is held only to look up, pin,
    evict and register, never while reading the store or converting weights.
    """

    def __init__(self, source: Source, engine: Engine, config: PoolConfig | None = None):
        self.source, self.engine, self.config = source, engine, config or PoolConfig()
        self.device = resolve_device(self.config.device)
        self.dtype = compute_dtype(self.config.dtype, self.device)
        self._lock = threading.RLock()
        self._released = threading.Condition(self._lock)  # an adapter's last request ended
        # Models (not adapters) load one at a time: each is built in full before the budget
        # is checked, so concurrent cold loads of N models would hold N at once.
        self._model_loads = threading.Lock()
        self._resolved: dict[str, tuple[Any, float]] = {}
        self._bots: dict[str, LoadedBot] = {}
        self._loading: dict[str, _Loading] = {}

    # -- public ------------------------------------------------------------------------

    def acquire(self, ref: str) -> Target:
        """A target for one request; call ``target.release()`` when it is done (the
        engine does)."""
        bot = self._get(self.resolve(ref), count=True)
        released = threading.Event()

        def release():
            if not released.is_set():
                released.set()
                self._unhold(bot)

        return Target(bot.runner, bot.adapter, bot.name, release, bot.defaults)

    def _get(self, version: Any, count: bool = False) -> LoadedBot:
        """``version`` loaded and pinned (its ``inflight`` counted): looked up and pinned
        in one step under the lock, so eviction never takes it between the two."""
        while True:
            with self._lock:
                bot = self._bots.get(version.name)
                if bot is not None:
                    if bot.kind == "lora":
                        m.ADAPTER_CACHE_HITS.inc()
                    return self._pin(bot, count)
                loading = self._loading.get(version.name)
                mine = loading is None
                if mine:
                    loading = self._loading[version.name] = _Loading(getattr(version, "method", "") == "lora")
            assert loading is not None
            if not mine:
                loading.done.wait()
                if loading.error is not None:
                    raise loading.error
                continue  # loaded (or, rarely, evicted already: then load it again)
            try:
                return self._load(version, count)
            except BaseException as e:
                loading.error = e
                raise
            finally:
                with self._lock:
                    del self._loading[version.name]
                loading.done.set()

    def _pin(self, bot: LoadedBot, count: bool = True) -> LoadedBot:
        bot.inflight += 1
        bot.requests += count
        bot.last_used = time.monotonic()
        if bot.base_name in self._bots:
            self._bots[bot.base_name].last_used = bot.last_used
        return bot

    def _unhold(self, bot: LoadedBot) -> None:
        with self._lock:
            bot.inflight -= 1
            self._reap()
            self._released.notify_all()

    def resolve(self, ref: str) -> Any:
        validate_ref(ref)
        now = time.monotonic()
        with self._lock:  # unload() walks the cache under the lock
            hit = self._resolved.get(ref)
        if hit and hit[1] > now:
            return hit[0]
        try:
            version = self.source.resolve(ref)
        except NotFound:
            with self._lock:
                self._resolved.pop(ref, None)
            if hit:
                self.unload_if_gone(hit[0])
            raise
        if hit and hit[0].name != version.name:
            self.unload_if_gone(hit[0])  # an alias moved, or "latest" lost its newest version
        with self._lock:
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
                self._evict(bot, "deleted")
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

    def loading(self) -> list[str]:
        """The LoRA versions being loaded now."""
        with self._lock:
            return [name for name, load in self._loading.items() if load.lora]

    @property
    def memory_used(self) -> int:
        """Bytes held by every loaded model: weights, KV cache and LoRA bank (its
        preallocated slots and any adapter staged for copying), each model once."""
        with self._lock:
            return sum(b.runner.nbytes for b in self._bots.values() if b.kind != "lora")

    # -- loading -----------------------------------------------------------------------

    def _load(self, version: Any, count: bool) -> LoadedBot:
        method = getattr(version, "method", "full")
        if method == "lora":
            return self._load_adapter(version, count)
        if method not in ("full", "base"):
            raise FailedPrecondition(f"{version.name} has method {method!r}; lora, full or base can be served")
        with self._model_loads:
            path = self.source.download(version)
            lm = CausalLM.from_dir(path, self.dtype, self.device)
            from transformers import AutoTokenizer

            tok = AutoTokenizer.from_pretrained(str(path))
            runner = Runner(version.name, lm, tok, self.engine.config, _eos_ids(path, tok),
                            adapter_slots=self.config.max_adapters)
            defaults = read_defaults(path, runner)
            with self._lock:
                self._make_room(runner.nbytes, f"{version.name} ({runner.nbytes} bytes of weights and KV cache)")
                bot = self._bots[version.name] = LoadedBot(version.name, method, runner, version=version,
                                                              defaults=defaults)
                self._update_metrics()
                return self._pin(bot, count)

    def _load_adapter(self, version: Any, count: bool) -> LoadedBot:
        """Reads, verifies and converts the adapter here, with the base pinned; then, under
        the lock, claims a slot of the base's bank and stages the weights, which the
        engine thread copies into the slot between two steps."""
        if not version.base_model:
            raise FailedPrecondition(f"{version.name} is a LoRA adapter without a base model")
        base_version = self.source.resolve(version.base_model)
        if getattr(base_version, "method", "full") == "lora":
            raise FailedPrecondition(f"{version.name} is a LoRA adapter on another adapter "
                                     f"({base_version.name}); it cannot be served", reason="BAD_BASE_MODEL")
        base = self._get(base_version)
        try:
            t0 = time.perf_counter()
            path = self.source.download(version)
            weights = load_adapter(path, base.runner.lm)
            defaults = read_defaults(path, base.runner)
            bank = base.runner.bank
            with self._lock:
                self._claim_slot(base, version.name)
                self._make_room(bank.growth_nbytes(weights),
                                f"the LoRA bank of {base.name} ({bank.slots} slots of "
                                f"{bank.slot_nbytes(weights)} bytes, --max-adapters)", keep={base.name})
                bank.add(version.name, weights)
                bot = self._bots[version.name] = LoadedBot(version.name, "lora", base.runner, base_name=base.name,
                                                           adapter=version.name, version=version, defaults=defaults)
                self._update_metrics()
                self._pin(bot, count)
            m.ADAPTER_LOADS.inc()
            m.ADAPTER_LOAD_DURATION.observe(time.perf_counter() - t0)
            return bot
        finally:
            self._unhold(base)

    def _claim_slot(self, base: LoadedBot, name: str) -> None:
        """Makes a slot free in ``base``'s bank (under the lock): evicts its least
        recently used idle adapter, or waits up to ``adapter_wait_s`` for one to become
        idle; an adapter with requests in flight is never evicted."""
        bank = base.runner.bank
        deadline = time.monotonic() + self.config.adapter_wait_s
        while not bank.free_slots:
            idle = [b for b in self._bots.values() if b.base_name == base.name and b.kind == "lora" and not b.inflight]
            if idle:
                self._evict(min(idle, key=lambda b: b.last_used), "lru")
                continue
            left = deadline - time.monotonic()
            if left <= 0:
                m.ADAPTER_SLOT_WAITS.labels("refused").inc()
                raise ResourceExhausted(
                    f"cannot load {name}: all {bank.slots} adapter slots of {base.name} hold bots with requests "
                    f"in flight (--max-adapters {bank.slots}); waited {self.config.adapter_wait_s:g} s "
                    "(--adapter-wait-s) for one to finish", reason="ADAPTER_SLOTS_BUSY",
                    metadata={"base_model": base.name, "max_adapters": str(bank.slots)})
            m.ADAPTER_SLOT_WAITS.labels("waited").inc()
            self._released.wait(left)

    def _make_room(self, size: int, what: str, keep: Set[str] = frozenset()) -> None:
        """Evicts least recently used idle models (with their idle adapters) until
        ``size`` more bytes fit the budget (under the lock). LoRA adapters alone free
        nothing: their bank is preallocated."""
        budget = self.config.memory_budget_bytes
        if size > budget:
            raise ResourceExhausted(f"{what} needs {size} bytes: more than the memory budget of {budget} bytes "
                                    "(--memory-budget-mb)", reason="MEMORY_BUDGET")
        while self.memory_used + size > budget:
            victim = self._victim(keep)
            if victim is None:
                raise ResourceExhausted(f"{what} needs {size} more bytes, but the memory budget of {budget} bytes "
                                        f"(--memory-budget-mb) is taken by bots in use ({self.memory_used} bytes)",
                                        reason="MEMORY_BUDGET")
            for adapter in [b for b in self._bots.values() if b.base_name == victim.name]:
                self._evict(adapter, "base_evicted")
            self._evict(victim, "lru")

    def _victim(self, keep: Set[str]) -> LoadedBot | None:
        """The least recently used model that nothing uses: no request, no load of an
        adapter on it, no adapter of it with a request in flight."""
        busy_bases = {b.base_name for b in self._bots.values() if b.base_name and b.inflight}
        for bot in sorted(self._bots.values(), key=lambda b: b.last_used):
            if bot.kind == "lora" or bot.inflight or bot.name in keep or bot.name in busy_bases \
                    or bot.runner.busy():
                continue
            return bot
        return None

    def _evict(self, bot: LoadedBot, reason: str) -> None:
        del self._bots[bot.name]
        if bot.kind == "lora":
            bot.runner.bank.remove(bot.adapter)
            m.ADAPTER_EVICTIONS.labels(reason).inc()
        else:
            self.engine.forget(bot.runner)
        self._update_metrics()

    def _update_metrics(self) -> None:
        for kind in ("lora", "full", "base"):
            m.LOADED_BOTS.labels(kind).set(sum(1 for b in self._bots.values() if b.kind == kind))
        m.MEMORY_USED.set(self.memory_used)
        banks = [b.runner.bank for b in self._bots.values() if b.kind != "lora"]
        m.ADAPTER_SLOTS.labels("used").set(sum(len(bank) for bank in banks))
        m.ADAPTER_SLOTS.labels("free").set(sum(bank.free_slots for bank in banks))


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
