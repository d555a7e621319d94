"""The engine and the bot pool directly (no server): batching of many bots, isolation of
failures, limits, sampling details, memory budget."""

from __future__ import annotations

import queue

import pytest
from botfarm.core.errors import InvalidArgument, NotFound, ResourceExhausted
from botfarm.inference.app import InferenceApp
from botfarm.inference.engine import EngineConfig
from botfarm.inference.loader import PoolConfig
from botfarm.inference.sampling import Detokenizer, SamplingParams


def _app(src, **kw):
    pool = kw.pop("pool", PoolConfig(dtype="float32"))
    return InferenceApp(src, EngineConfig(max_total_tokens=128, **kw), pool)


def _collect(app, bot, prompt, params):
    q = queue.SimpleQueue()
    app.submit(bot, prompt, params, q.put)
    return q


def _drain(q):
    events = []
    while True:
        e = q.get(timeout=60)
        events.append(e)
        if e.done:
            return events


def test_rows_of_different_bots_in_one_batch_match_each_bot_alone(local):
    bots = ["bot0", "bot1", "bot2", "base", "bot1", "gpt"]
    prompts = ["My dream is", "Coffee first", "The quick brown", "I love open", "Reading the", "Today I"]
    greedy = SamplingParams(max_new_tokens=15)
    app = _app(local)
    app.start()
    alone = [app.generate(b, p, greedy) for b, p in zip(bots, prompts, strict=True)]
    app.stop()

    app = _app(local)  # submitted before the engine starts: all prefilled into one batch
    qs = [_collect(app, b, p, greedy) for b, p in zip(bots, prompts, strict=True)]
    app.start()
    together = [_drain(q)[-1] for q in qs]
    app.stop()
    for a, t in zip(alone, together, strict=True):
        assert [x.id for x in t.tokens] == [x.id for x in a.tokens]
    # Two models (llama base + its LoRA bots, and the GPT-2): one decode step each per
    # token, not one per request.
    assert app.engine.steps <= 2 * 15
    assert len({tuple(x.id for x in t.tokens) for t in together[:3]}) == 3  # the adapters differ


def test_failing_consumer_does_not_take_down_the_batch(local):
    app = _app(local)
    bad_calls = []

    def bad(event):
        bad_calls.append(event)
        if event.token is not None:
            raise RuntimeError("client socket closed")

    good = _collect(app, "bot0", "My dream is", SamplingParams(max_new_tokens=20))
    app.submit("bot1", "My dream is", SamplingParams(max_new_tokens=20), bad)
    app.start()
    events = _drain(good)
    app.stop()
    assert events[-1].error is None and events[-1].generated_tokens == 20
    assert bad_calls[-1].error is not None and bad_calls[-1].error.code == "CANCELLED"
    assert app.engine.inflight == 0


def test_limits_refuse_at_once(local):
    app = _app(local, max_concurrent_requests=10, max_batch_tokens=100)
    app.submit("bot0", "My dream is", SamplingParams(max_new_tokens=80), lambda e: None)
    with pytest.raises(ResourceExhausted):
        app.submit("bot0", "My dream is", SamplingParams(max_new_tokens=80), lambda e: None)
    app = _app(local, max_concurrent_requests=1)
    app.submit("bot0", "hi", SamplingParams(max_new_tokens=5), lambda e: None)
    with pytest.raises(ResourceExhausted):
        app.submit("bot0", "hi", SamplingParams(max_new_tokens=5), lambda e: None)
    # A refused request does not keep its bot pinned.
    assert all(b.inflight <= 1 for b in app.pool.loaded())


def test_waiting_requests_beyond_the_slots_are_served(local):
    app = _app(local, max_batch_size=2)
    qs = [_collect(app, f"bot{i % 3}", "Coffee", SamplingParams(max_new_tokens=5)) for i in range(5)]
    app.start()
    finals = [_drain(q)[-1] for q in qs]
    app.stop()
    assert all(f.error is None and f.generated_tokens == 5 for f in finals)


def test_stop_sequence_and_repetition_penalty(local):
    app = _app(local)
    app.start()
    plain = app.generate("base", "My dream is", SamplingParams(max_new_tokens=20))
    assert plain.generated_text  # greedy on the random model repeats itself
    stop = plain.generated_text[2:5]
    stopped = app.generate("base", "My dream is", SamplingParams(max_new_tokens=20, stop=(stop,)))
    assert stopped.finish_reason == "stop_sequence" and stop in stopped.generated_text
    assert plain.generated_text.startswith(stopped.generated_text)
    penalised = app.generate("base", "My dream is", SamplingParams(max_new_tokens=20, repetition_penalty=5.0))
    assert len({t.id for t in penalised.tokens}) > len({t.id for t in plain.tokens})
    app.stop()


def test_invalid_parameters_and_prompts(local):
    app = _app(local)
    for params in (SamplingParams(temperature=0.0), SamplingParams(top_p=0.0), SamplingParams(top_k=-1),
                   SamplingParams(repetition_penalty=-2.0), SamplingParams(max_new_tokens=500),
                   SamplingParams(seed=-1), SamplingParams(stop=("",))):
        with pytest.raises(InvalidArgument):
            app.submit("bot0", "hi", params, lambda e: None)
    with pytest.raises(InvalidArgument):
        app.submit("bot0", "   ", SamplingParams(), lambda e: None)
    with pytest.raises(InvalidArgument, match="must be <= 128"):
        app.submit("bot0", "word " * 200, SamplingParams(), lambda e: None)
    # truncate keeps the last tokens, as TGI does
    app.submit("bot0", "word " * 200, SamplingParams(truncate=50), lambda e: None)
    with pytest.raises(NotFound):
        app.submit("nobody", "hi", SamplingParams(), lambda e: None)
    assert app.engine.inflight == 1


def test_memory_budget_evicts_least_recently_used(local, tiny_llama):
    probe = _app(local)
    probe.pool.acquire("gpt").release()
    probe.pool.acquire("base").release()
    sizes = {b.name: b.nbytes for b in probe.pool.loaded()}
    budget = max(sizes.values()) + min(sizes.values()) // 2  # room for one model at a time
    app = _app(local, pool=PoolConfig(dtype="float32", memory_budget_bytes=budget))
    app.start()
    app.generate("gpt", "hi", SamplingParams(max_new_tokens=2))
    app.generate("bot0", "hi", SamplingParams(max_new_tokens=2))  # evicts gpt, loads base + adapter
    names = {b.name for b in app.pool.loaded()}
    assert "models/gpt/versions/1" not in names and "models/bot0/versions/1" in names
    assert app.pool.memory_used <= budget
    target = app.pool.acquire("bot1")  # in use: the base cannot be evicted for gpt
    with pytest.raises(ResourceExhausted):
        app.pool.acquire("gpt")
    target.release()
    app.generate("gpt", "hi", SamplingParams(max_new_tokens=2))
    app.stop()
    tiny = _app(local, pool=PoolConfig(dtype="float32", memory_budget_bytes=1000))
    with pytest.raises(ResourceExhausted):
        tiny.pool.acquire("base")


def test_detokenizer_holds_back_half_characters():
    class ByteTok:  # a byte-level stand-in tokenizer: token i is byte i
        def decode(self, ids, skip_special_tokens=False):
            return bytes(ids).decode("utf-8", errors="replace")

    d = Detokenizer(ByteTok())
    pieces = [d.push(b) for b in "né ✓".encode()]
    assert "".join(pieces) == "né ✓"
    assert pieces[1] == "" and pieces[2] == "é"  # é is two bytes: nothing until both arrived


def test_sampler_respects_top_k_top_p_and_is_exact_past_the_candidates():
    import torch
    from botfarm.inference.sampling import CANDIDATES, sample_rows

    V = 4 * CANDIDATES
    peaked = torch.full((V,), -10.0)
    peaked[:5] = torch.tensor([5.0, 4.0, 3.0, 2.0, 1.0])
    flat = torch.zeros(V)  # top_p 0.9 of a flat distribution needs far more than CANDIDATES tokens
    logits = torch.stack([peaked, peaked, flat, peaked])
    params = [SamplingParams(do_sample=True, top_k=2), SamplingParams(top_p=0.7),
              SamplingParams(do_sample=True, top_p=0.9), SamplingParams(max_new_tokens=3)]
    seen = {0: set(), 1: set(), 2: set(), 3: set()}
    for s in range(300):
        gens = [torch.Generator().manual_seed(s * 4 + i) for i in range(4)]
        for i, t in enumerate(sample_rows(logits, params, gens, [None] * 4)[0]):
            seen[i].add(t)
    assert seen[0] == {0, 1}
    assert seen[1] <= {0, 1} and len(seen[1]) == 2   # 0.64 + 0.24 crosses 0.7 at the second token
    assert len(seen[2]) > CANDIDATES // 2 and max(seen[2]) >= CANDIDATES  # drawn past the candidates
    assert seen[3] == {0}  # greedy
    # Same generator state, same token.
    a = sample_rows(logits, params, [torch.Generator().manual_seed(1) for _ in range(4)], [None] * 4)
    b = sample_rows(logits, params, [torch.Generator().manual_seed(1) for _ in range(4)], [None] * 4)
    assert a == b


def test_cancelled_or_expired_waiting_requests_leave_the_queue(local):
    import time

    app = _app(local, max_batch_size=1)
    first = _collect(app, "bot0", "My dream is", SamplingParams(max_new_tokens=100))
    q2, q3 = queue.SimpleQueue(), queue.SimpleQueue()
    second = app.submit("bot0", "Coffee", SamplingParams(max_new_tokens=5), q2.put)
    app.submit("bot0", "Coffee", SamplingParams(max_new_tokens=5), q3.put, timeout=0.05)
    second.cancel()
    time.sleep(0.1)
    app.start()
    assert q2.get(timeout=30).error.code == "CANCELLED"
    assert q3.get(timeout=30).error.code == "DEADLINE_EXCEEDED"
    assert _drain(first)[-1].generated_tokens == 100  # the running one was not disturbed
    app.stop()
    assert app.engine.inflight == 0
