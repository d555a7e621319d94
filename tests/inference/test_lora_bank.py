"""The LoRA bank with fixed slots and the pool's two limits (slots and bytes), on the
engine: loads and evictions under concurrent decoding, exact memory accounting, LRU that
spares adapters in use, and cold loads that do not hold up other bots' steps.

Timing is controlled, never raced: the engine's loop takes only the steps a StepGate
allows, and a source's download can be held at a gate."""

from __future__ import annotations

import gc
import queue
import threading
import time
import weakref

import pytest
import torch
from botfarm.core.errors import ResourceExhausted
from botfarm.inference import metrics as m
from botfarm.inference.app import InferenceApp
from botfarm.inference.engine import EngineConfig
from botfarm.inference.loader import LocalModels, PoolConfig
from botfarm.inference.lora import LoraBank, load_adapter
from botfarm.inference.model import CausalLM
from botfarm.inference.sampling import SamplingParams
from inference_helpers import StepGate, make_lora

GREEDY = SamplingParams(max_new_tokens=12)
#: The long request that stays in flight while the other bots load and leave.
LONG = SamplingParams(max_new_tokens=100)
PROMPTS = ["My dream is", "Coffee first", "The quick brown", "I love open", "Reading the", "Today I"]


@pytest.fixture(scope="module")
def adapters(tiny_llama, tmp_path_factory) -> list:
    """Six adapters of three shapes: q+v at rank 4, every module at rank 4, q+v at rank 8."""
    root = tmp_path_factory.mktemp("bank-loras")
    shapes = [(["q_proj", "v_proj"], 4), (None, 4), (["q_proj", "v_proj"], 8)]
    return [make_lora(tiny_llama, root / f"a{i}", seed=100 + i, targets=shapes[i % 3][0], r=shapes[i % 3][1])
            for i in range(6)]


@pytest.fixture()
def source(tiny_llama, tiny_gpt2, adapters) -> LocalModels:
    src = LocalModels()
    src.add("base", tiny_llama, method="base")
    for i, p in enumerate(adapters):
        src.add(f"a{i}", p, method="lora", base_model="base@1")
    src.add("gpt", tiny_gpt2, method="full")
    return src


def _app(src, dtype: str = "float32", **pool) -> InferenceApp:
    return InferenceApp(src, EngineConfig(max_total_tokens=128, max_batch_size=8),
                        PoolConfig(dtype=dtype, **pool))


def _submit(app, bot, prompt, params=GREEDY) -> queue.SimpleQueue:
    q: queue.SimpleQueue = queue.SimpleQueue()
    app.submit(bot, prompt, params, q.put)
    return q


def _final(q):
    while True:
        e = q.get(timeout=60)
        if e.done:
            assert e.error is None, e.error
            return [t.id for t in e.tokens]


def _alone(src, bots) -> dict[str, list[int]]:
    """Each bot's greedy tokens on a fresh app whose bank never evicts (a0's long)."""
    app = _app(src)
    app.start()
    try:
        return {b: [t.id for t in app.generate(b, p, LONG if b == "a0" else GREEDY).tokens]
                for b, p in zip(bots, PROMPTS, strict=False)}
    finally:
        app.stop()


def test_load_and_evict_under_concurrent_decoding_match_a_fresh_bank(source):
    bots = ["a0", "a1", "a2", "a3", "a4", "a5"]
    want = _alone(source, bots)
    assert len({tuple(t) for t in want.values()}) == len(bots)  # the adapters differ

    app = _app(source, max_adapters=2)  # a0 stays in flight; the others share one slot
    gate = StepGate(app.engine)
    gate.hold(0)
    app.start()
    first = _submit(app, "a0", PROMPTS[0], LONG)
    bank = app.pool.loaded()[-1].runner.bank
    got = {}
    for i, bot in enumerate(bots[1:], 1):
        # Loaded (and the previous one evicted) while a0's request is between two steps.
        assert gate.wait_held()
        q = _submit(app, bot, PROMPTS[i])
        assert len(bank) == 2 and bank.free_slots == 0
        gate.hold(3)  # a0 and this bot decode together for a few steps
        assert gate.wait_held()
        gate.hold(100)
        got[bot] = _final(q)
        gate.hold(0)
    gate.release()
    got["a0"] = _final(first)
    app.stop()
    assert len(got["a0"]) > 5 * len(want["a1"])  # a0 was decoding through every load
    assert got == want
    # One slot write per load, no rebuild: the bank was widened only for the shapes.
    assert bank.installs == len(bots)
    assert bank.widenings == 3


def test_adapters_of_a_known_shape_load_in_place(tiny_llama, adapters):
    lm = CausalLM.from_dir(tiny_llama, torch.float32)
    bank = LoraBank(lm, slots=3)
    bank.add("a0", load_adapter(adapters[0], lm))
    bank.batch([1])
    ptrs = sorted(t.data_ptr() for t in bank.tensors())
    # a3 has a0's shape (q+v, r=4): written into a slot, nothing reallocated, even into
    # a slot another adapter left.
    bank.add("a3", load_adapter(adapters[3], lm))
    bank.remove("a0")
    assert bank.add("x", load_adapter(adapters[3], lm)) == 1
    bank.batch([1, 2])
    assert sorted(t.data_ptr() for t in bank.tensors()) == ptrs
    assert bank.widenings == 1 and bank.installs == 3
    bank.add("y", load_adapter(adapters[0], lm))
    with pytest.raises(ResourceExhausted) as e:
        bank.add("z", load_adapter(adapters[0], lm))
    assert e.value.reason == "ADAPTER_SLOTS_FULL" and len(bank) == 3


def _held_bytes(runner) -> int:
    """Bytes of every distinct tensor the runner's model (its ops' tables and the plain
    copies beside packed weights included), KV cache and bank hold."""
    lm = runner.lm
    tensors = [v for v in [*vars(lm).values(), *vars(lm.ops).values()] if isinstance(v, torch.Tensor)]
    tensors += [t for layer in lm.layers for t in layer.values()] + list(lm._plain.values())
    tensors += [runner.cache.k, runner.cache.v, *runner.bank.tensors()]
    seen: dict[object, int] = {}
    for t in tensors:
        # A weight packed for oneDNN is opaque (no data pointer): one tensor object each.
        seen[("packed", id(t)) if t.is_mkldnn else t.data_ptr()] = t.numel() * t.element_size()
    return sum(seen.values())


@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_memory_accounting_equals_the_tensors_held(source, adapters, dtype):
    # bfloat16 on a CPU: weights packed for oneDNN, with plain copies for the GEMV.
    app = _app(source, dtype, max_adapters=4)
    app.pool.acquire("base").release()
    runner = app.pool.loaded()[0].runner
    assert app.pool.memory_used == _held_bytes(runner)
    assert runner.bank.nbytes == 0  # no adapter yet: no slot allocated
    target = app.pool.acquire("a0")
    # Staged, not yet copied: the bank's slots and the staged weights, both counted.
    staged = runner.bank.tensors()[-1]
    assert app.pool.memory_used == _held_bytes(runner)
    slots = runner.bank.nbytes
    runner.bank.batch([runner.bank.index(target.adapter)])  # the engine's copy into the slot
    assert app.pool.memory_used == _held_bytes(runner)
    assert runner.bank.nbytes < slots  # the staged copy is gone...
    ref = weakref.ref(staged)
    del staged
    gc.collect()
    assert ref() is None  # ...and freed: one copy of the adapter is held, in its slot
    target.release()
    for bot in ("a3", "a1", "gpt"):
        app.pool.acquire(bot).release()
    app.pool.loaded()[0].runner.bank.batch([1])
    runners = {b.runner for b in app.pool.loaded() if b.kind != "lora"}
    assert len(runners) == 2
    assert app.pool.memory_used == sum(_held_bytes(r) for r in runners)
    assert m.MEMORY_USED._value.get() == app.pool.memory_used


def test_the_slot_limit_evicts_least_recently_used_idle_adapters(source):
    app = _app(source, max_adapters=2, adapter_wait_s=0)
    evicted = m.ADAPTER_EVICTIONS.labels("lru")._value.get()
    for bot in ("a0", "a3", "a0", "a1"):  # a3 is the least recently used when a1 comes
        app.pool.acquire(bot).release()
    loaded = {b.name for b in app.pool.loaded() if b.kind == "lora"}
    assert loaded == {"models/a0/versions/1", "models/a1/versions/1"}
    assert m.ADAPTER_EVICTIONS.labels("lru")._value.get() == evicted + 1

    # Both slots in flight: an adapter in use is never evicted, the new bot is refused.
    held = [app.pool.acquire("a0"), app.pool.acquire("a1")]
    with pytest.raises(ResourceExhausted) as e:
        app.pool.acquire("a2")
    assert e.value.reason == "ADAPTER_SLOTS_BUSY" and "--max-adapters 2" in e.value.message
    assert {b.name for b in app.pool.loaded() if b.kind == "lora"} == loaded
    for t in held:
        t.release()


def test_a_new_bot_waits_for_a_slot_to_free(source):
    app = _app(source, max_adapters=1, adapter_wait_s=60)
    held = app.pool.acquire("a0")
    waits = m.ADAPTER_SLOT_WAITS.labels("waited")._value.get()
    result: dict = {}
    t = threading.Thread(target=lambda: result.setdefault("target", app.pool.acquire("a1")))
    t.start()
    # The loader waits (it counted its wait, under the pool's lock, which it gives back
    # only inside the wait) until a0's request ends; then a0 goes.
    for _ in range(6000):
        if m.ADAPTER_SLOT_WAITS.labels("waited")._value.get() > waits:
            break
        time.sleep(0.01)
    assert m.ADAPTER_SLOT_WAITS.labels("waited")._value.get() > waits
    assert t.is_alive() and "models/a0/versions/1" in {b.name for b in app.pool.loaded()}
    held.release()
    t.join(60)
    assert result["target"].model_version == "models/a1/versions/1"
    assert {b.name for b in app.pool.loaded() if b.kind == "lora"} == {"models/a1/versions/1"}
    result["target"].release()


def test_the_byte_budget_counts_the_bank(source):
    probe = _app(source, max_adapters=4)
    probe.pool.acquire("base").release()
    base_bytes = probe.pool.memory_used
    probe.pool.acquire("a0").release()
    bank_bytes = probe.pool.memory_used - base_bytes  # four slots + slot 0, and a0 staged
    probe.pool.acquire("gpt").release()
    gpt_bytes = probe.pool.memory_used - base_bytes - bank_bytes
    # Room for the base but not for its bank: the bot is refused, naming the setting.
    app = _app(source, max_adapters=4, memory_budget_bytes=base_bytes + bank_bytes // 2)
    with pytest.raises(ResourceExhausted) as e:
        app.pool.acquire("a0")
    assert e.value.reason == "MEMORY_BUDGET" and "--max-adapters" in e.value.message
    assert app.pool.memory_used == base_bytes  # the base stays; nothing half-loaded
    # Room for one model: the full model evicts the idle base with its adapters...
    app = _app(source, max_adapters=4, memory_budget_bytes=max(base_bytes + bank_bytes, gpt_bytes) + 1)
    app.pool.acquire("a0").release()
    app.pool.acquire("gpt").release()
    assert {b.kind for b in app.pool.loaded()} == {"full"}
    # ...but not while an adapter of it has a request in flight.
    held = app.pool.acquire("a0")
    with pytest.raises(ResourceExhausted) as e:
        app.pool.acquire("gpt")
    assert e.value.reason == "MEMORY_BUDGET"
    held.release()


class GatedSource(LocalModels):
    """Local folders whose download of ``gated`` waits until ``gate`` is set (a slow
    registry read) and counts the downloads of each version."""

    def __init__(self, src: LocalModels, gated: str):
        super().__init__()
        self.__dict__.update(src.__dict__)
        self.gated, self.gate, self.entered = gated, threading.Event(), threading.Event()
        self.downloads: dict[str, int] = {}

    def download(self, version):
        self.downloads[version.name] = self.downloads.get(version.name, 0) + 1
        if version.model == self.gated:
            self.entered.set()
            assert self.gate.wait(60)
        return super().download(version)


def test_a_cold_load_does_not_stall_other_bots(source):
    src = GatedSource(source, gated="a1")
    app = _app(src)
    app.start()
    try:
        app.pool.acquire("a0").release()
        loads: list = []
        slow = [threading.Thread(target=lambda: loads.append(app.pool.acquire("a1"))) for _ in range(2)]
        for t in slow:
            t.start()
        assert src.entered.wait(60)
        # a1's download is held: a0's request runs every step to its end meanwhile.
        tokens = _final(_submit(app, "a0", PROMPTS[0]))
        assert len(tokens) >= 1 and all(t.is_alive() for t in slow) and not loads
        src.gate.set()
        for t in slow:
            t.join(60)
        # Two requests for a1 while it loaded: one download, both served by it.
        assert src.downloads["models/a1/versions/1"] == 1
        assert [t.model_version for t in loads] == ["models/a1/versions/1"] * 2
        for t in loads:
            t.release()
    finally:
        src.gate.set()
        app.stop()
