"""The continuous-batching engine.

One background thread runs the batches. Each iteration, for every model (a base
model shared by its LoRA bots, or a full fine-tune) that has work:

1. drop requests that were cancelled or passed their deadline (their slot frees),
2. admit waiting requests into free KV-cache slots and prefill them together,
3. run one decode step for every running row, whatever bot it belongs to, and
4. sample each row with its own parameters and generator, stream the token, and
   retire rows that finished: the next iteration can fill their slot.

Requests join and leave at every step (iteration-level batching, as Orca, TGI and
vLLM do). Admission is bounded (``max_concurrent_requests``, ``max_batch_tokens``):
past it ``submit`` raises ResourceExhausted at once instead of queueing without end.

    engine = Engine(EngineConfig())
    engine.start()
    req = engine.submit(target, "My dream is", SamplingParams(max_new_tokens=20), on_event)
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import torch

from botfarm.core.errors import (
    BotfarmError,
    Cancelled,
    DeadlineExceeded,
    InvalidArgument,
    ResourceExhausted,
    Unavailable,
)
from botfarm.inference import metrics as m
from botfarm.inference.defaults import GenerationDefaults, min_tokens_mask
from botfarm.inference.grammar import Constraint, compile_constraint
from botfarm.inference.lora import LoraBank
from botfarm.inference.model import CausalLM, KVCache
from botfarm.inference.sampling import Detokenizer, SamplingParams, sample_rows
from botfarm.inference.tokens import Token, prompt_tokens, token_of

log = logging.getLogger(__name__)

FINISH_LENGTH, FINISH_EOS, FINISH_STOP = "length", "eos_token", "stop_sequence"


class GenerationError(BotfarmError):
    """Generation failed for this request (TGI answers 424)."""

    code = "INTERNAL"
    http_status = 424
    default_reason = "GENERATION_ERROR"


@dataclass(frozen=True)
class EngineConfig:
    """Limits of the engine."""

    max_concurrent_requests: int = 128   # running + waiting; past it: RESOURCE_EXHAUSTED
    max_batch_tokens: int = 65536        # sum of (prompt + max_new_tokens) admitted; past it: RESOURCE_EXHAUSTED
    max_batch_size: int = 64             # KV-cache slots (rows) per model
    max_total_tokens: int = 512          # prompt + new tokens of one request (the cache length)
    max_prefill_tokens: int = 4096       # prompt tokens prefilled together in one step (bounds others' latency)


@dataclass
class Event:
    """What a request's callback receives: a token, then a final event (done or error)."""

    token: Token | None = None
    done: bool = False
    error: BotfarmError | None = None
    generated_text: str = ""
    finish_reason: str = ""
    generated_tokens: int = 0
    seed: int = 0
    model_version: str = ""
    prompt_tokens: int = 0
    tokens: list[Token] = field(default_factory=list)
    prefill: list[Token] = field(default_factory=list)  # the prompt's tokens, when prompt_logprobs


class Runner:
    """One set of weights in memory with its KV cache, its LoRA bank and its rows."""

    def __init__(self, name: str, lm: CausalLM, tokenizer, config: EngineConfig, eos_ids: set[int],
                 adapter_slots: int = 128):
        self.name, self.lm, self.tokenizer = name, lm, tokenizer
        self.cache: KVCache = lm.new_cache(config.max_batch_size, config.max_total_tokens)
        self.bank = LoraBank(lm, adapter_slots)
        self.slots: list[Request | None] = [None] * self.cache.slots
        # The adapter each slot last served: a freed slot keeps it (its garbage row may use
        # any adapter), so the batch's gathered LoRA weights stay valid when rows leave.
        self.slot_adapter: list[int] = [0] * self.cache.slots
        self.waiting: collections.deque[Request] = collections.deque()
        self.eos_ids = eos_ids
        self.special_ids = set(getattr(tokenizer, "all_special_ids", []) or []) | eos_ids
        # No prompt longer than this many characters can fit the cache: each token covers at
        # most its vocabulary entry's length in characters (byte-level and sentencepiece
        # entries spell at least one character per input character).
        longest = max((len(t) for t in tokenizer.get_vocab()), default=1)
        self.max_prompt_chars = self.cache.max_len * max(longest, 1)

    @property
    def nbytes(self) -> int:
        return self.lm.nbytes + self.cache.nbytes + self.bank.nbytes

    def busy(self) -> bool:
        return bool(self.waiting) or any(self.slots)


@dataclass
class Target:
    """Where a request runs: a runner and the LoRA adapter of its bot (0: none)."""

    runner: Runner
    adapter: str = ""
    model_version: str = ""
    release: Callable[[], None] = lambda: None
    defaults: GenerationDefaults | None = None  # the bot's generation defaults (inference/defaults.py)


class Request:
    """One generation in flight. ``cancel()`` may be called from any thread."""

    def __init__(self, target: Target, prompt_ids: list[int], params: SamplingParams, generator: torch.Generator,
                 emit: Callable[[Event], None], deadline: float | None):
        self.target, self.prompt_ids, self.params = target, prompt_ids, params
        self.generator, self.emit, self.deadline = generator, emit, deadline
        self.runner = target.runner
        self.adapter_index = self.runner.bank.index(target.adapter) if target.adapter else 0
        self.slot, self.pos = -1, 0      # pos: where the next token's key/value goes in the cache
        self.generated: list[int] = []
        self.tokens: list[Token] = []
        self.text = ""
        self.detok = Detokenizer(self.runner.tokenizer)
        self.cancelled = self.finished = False
        self.submit_time = time.monotonic()
        self.first_token_time: float | None = None
        self.reserved = len(prompt_ids) + params.max_new_tokens
        self.seen = torch.tensor(sorted(set(prompt_ids)), dtype=torch.long)
        self.constraint: Constraint | None = None  # set by Engine.submit
        self.prefill: list[Token] = []

    def cancel(self) -> None:
        self.cancelled = True


class Engine:
    """Runs every model's batch on one background thread."""

    def __init__(self, config: EngineConfig | None = None):
        self.config = config or EngineConfig()
        # Re-entrant: _finish takes it and is called from code that already holds it.
        self._lock = threading.RLock()
        self._wake = threading.Condition(self._lock)
        self._runners: dict[str, Runner] = {}
        self._inflight = 0
        self._reserved_tokens = 0
        self._thread: threading.Thread | None = None
        self._stopping = False
        self.steps = 0

    # -- admission (any thread) --------------------------------------------------------

    def tokenize(self, runner: Runner, prompt: str, params: SamplingParams) -> list[int]:
        if not isinstance(prompt, str) or not prompt.strip():
            raise InvalidArgument("`inputs` cannot be empty", reason="EMPTY_PROMPT", metadata={"field": "inputs"})
        limit = runner.cache.max_len
        check_prompt_chars(runner, prompt)
        ids = runner.tokenizer(prompt, add_special_tokens=True)["input_ids"]
        if params.truncate:
            ids = ids[-params.truncate:]
        if len(ids) + params.max_new_tokens > limit:
            raise InvalidArgument(
                f"`inputs` tokens + `max_new_tokens` must be <= {limit} (max_total_tokens). Given: {len(ids)} "
                f"`inputs` tokens and {params.max_new_tokens} `max_new_tokens`", reason="PROMPT_TOO_LONG",
                metadata={"field": "inputs", "input_tokens": str(len(ids)), "limit": str(limit)})
        return ids

    def submit(self, target: Target, prompt: str, params: SamplingParams, emit: Callable[[Event], None],
               deadline: float | None = None) -> Request:
        """Validates, tokenizes and queues a request; raises at once when overloaded.
        ``emit`` is called on the engine thread: it must not block."""
        m.REQUESTS.inc()
        runner = target.runner
        try:
            params = params.validate(self.config.max_total_tokens - 1, vocab=runner.lm.shape.vocab)
            ids = self.tokenize(runner, prompt, params)
            constraint = compile_constraint(params.grammar, runner.tokenizer) if params.grammar else None
        except InvalidArgument:
            m.REQUEST_OUTCOMES.labels("invalid").inc()
            raise
        params, gen = params.with_seed()
        req = Request(target, ids, params, gen, emit, deadline)
        req.constraint = constraint
        with self._lock:
            if self._stopping:
                raise Unavailable("the inference engine is shutting down")
            if self._inflight >= self.config.max_concurrent_requests:
                m.REQUEST_OUTCOMES.labels("overloaded").inc()
                raise ResourceExhausted(f"Model is overloaded: {self._inflight} requests in flight "
                                        f"(max {self.config.max_concurrent_requests})", reason="OVERLOADED")
            if self._reserved_tokens + req.reserved > self.config.max_batch_tokens:
                m.REQUEST_OUTCOMES.labels("overloaded").inc()
                raise ResourceExhausted(f"Model is overloaded: {self._reserved_tokens} batch tokens reserved, "
                                        f"{req.reserved} more asked (max {self.config.max_batch_tokens})",
                                        reason="OVERLOADED")
            self._inflight += 1
            self._reserved_tokens += req.reserved
            self._runners[target.runner.name] = target.runner
            target.runner.waiting.append(req)
            m.QUEUE_SIZE.inc()
            m.BATCH_TOKENS.set(self._reserved_tokens)
            self._wake.notify()
        return req

    def forget(self, runner: Runner) -> None:
        """Drops an evicted model (the pool only evicts idle ones)."""
        with self._lock:
            if not runner.busy():
                self._runners.pop(runner.name, None)

    @property
    def inflight(self) -> int:
        return self._inflight

    def requests(self) -> list[Request]:
        """A snapshot of the requests in flight, waiting and running."""
        with self._lock:
            return [r for runner in self._runners.values()
                    for r in [*runner.waiting, *(s for s in runner.slots if s)]]

    # -- the loop (engine thread) ------------------------------------------------------

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="inference-engine", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Finishes nothing new: fails waiting and running requests with UNAVAILABLE."""
        with self._lock:
            self._stopping = True
            self._wake.notify()
        if self._thread:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while True:
            with self._lock:
                while not self._stopping and not any(r.busy() for r in self._runners.values()):
                    self._wake.wait(1.0)
                if self._stopping:
                    break
                runners = [r for r in self._runners.values() if r.busy()]
            for runner in runners:
                try:
                    self.step(runner)
                except Exception as e:  # a bug in the forward: fail this batch's rows, keep serving
                    log.exception("batch step failed")
                    for req in [r for r in runner.slots if r] + list(runner.waiting):
                        self._finish(req, error=GenerationError(f"generation failed: {e}"))
        for runner in list(self._runners.values()):
            for req in [r for r in runner.slots if r] + list(runner.waiting):
                self._finish(req, error=Unavailable("the inference engine is shutting down"))

    def _admit(self, runner: Runner) -> list[Request]:
        new: list[Request] = []
        budget = self.config.max_prefill_tokens
        with self._lock:
            now = time.monotonic()
            # Anywhere in the queue, not only at its head: a cancelled or expired request
            # gives its place back at once.
            for req in [r for r in runner.waiting if r.cancelled or (r.deadline and now > r.deadline)]:
                runner.waiting.remove(req)
                m.QUEUE_SIZE.dec()
                self._finish(req, error=self._why_stopped(req))
            while runner.waiting:
                req = runner.waiting[0]
                free = next((i for i, r in enumerate(runner.slots) if r is None), -1)
                if free < 0 or (new and len(req.prompt_ids) > budget):
                    break
                runner.waiting.popleft()
                m.QUEUE_SIZE.dec()
                budget -= len(req.prompt_ids)
                req.slot = free
                runner.slots[free] = req
                runner.slot_adapter[free] = req.adapter_index
                new.append(req)
        return new

    def _why_stopped(self, req: Request) -> BotfarmError:
        if req.cancelled:
            return Cancelled("the client cancelled the request", reason="CLIENT_CANCELLED")
        return DeadlineExceeded("the request passed its deadline", reason="DEADLINE_EXCEEDED")

    def step(self, runner: Runner) -> None:
        """One iteration for one model: admit + prefill, then one decode step."""
        for req in [r for r in runner.slots if r]:
            if req.cancelled or (req.deadline and time.monotonic() > req.deadline):
                self._finish(req, error=self._why_stopped(req))
        new = self._admit(runner)
        if new:
            now = time.monotonic()
            for req in new:
                m.QUEUE_DURATION.observe(now - req.submit_time)
            t0 = time.perf_counter()
            dev = runner.lm.device
            T = max(len(r.prompt_ids) for r in new)
            # Built on the host from Python lists, then one copy each to the model's device.
            tokens = torch.tensor([r.prompt_ids + [0] * (T - len(r.prompt_ids)) for r in new], device=dev)
            lengths = torch.tensor([len(r.prompt_ids) for r in new], device=dev)
            slots = torch.tensor([r.slot for r in new], device=dev)
            lora = runner.bank.batch([r.adapter_index for r in new], cached=False)
            wants = tuple(j for j, r in enumerate(new) if r.params.prompt_logprobs)
            logits = runner.lm.prefill(tokens, lengths, slots, runner.cache, lora, prompt_rows=wants)
            m.FORWARD_DURATION.labels("prefill").observe(time.perf_counter() - t0)
            for k, j in enumerate(wants):
                new[j].prefill = prompt_tokens(runner, new[j].prompt_ids, logits[len(new) + k * T:][:T])
            for r in new:
                r.pos = len(r.prompt_ids)
            self._sample(new, logits[:len(new)])
        live = [r for r in runner.slots if r]
        m.BATCH_SIZE.set(len(live))
        if not live:
            return
        S = max(r.slot for r in live) + 1
        tok_list, pos_list = [0] * S, [0] * S
        idx = runner.slot_adapter[:S]
        for r in live:
            tok_list[r.slot] = r.generated[-1]
            pos_list[r.slot] = r.pos
        dev = runner.lm.device
        t0 = time.perf_counter()
        # The step's inputs go host -> device; the attention length is known here, so the
        # forward never reads a value back from the device before sampling.
        logits = runner.lm.decode(torch.tensor(tok_list, device=dev), torch.tensor(pos_list, device=dev),
                                  runner.cache, runner.bank.batch(idx),
                                  live=torch.tensor([r.slot for r in live], device=dev), length=max(pos_list) + 1)
        m.FORWARD_DURATION.labels("decode").observe(time.perf_counter() - t0)
        self.steps += 1
        for r in live:
            r.pos += 1
        self._sample(live, logits)

    def _sample(self, reqs: list[Request], logits: torch.Tensor) -> None:
        tokens: list[int | None]  # None: sampling this row failed
        tops: list[list[tuple[int, float]]]
        try:
            sampled, logprobs, tops = sample_rows(logits, *_row_inputs(reqs))
            tokens = list(sampled)
        except Exception:  # e.g. NaN logits: find the row at fault, the others go on
            log.exception("batched sampling failed; sampling row by row")
            tokens, logprobs, tops = [], [], []
            for i, r in enumerate(reqs):
                try:
                    t, lp, top = sample_rows(logits[i:i + 1], *_row_inputs([r]))
                    tokens.append(t[0])
                    logprobs.append(lp[0])
                    tops.append(top[0])
                except Exception as e:
                    tokens.append(None)
                    logprobs.append(0.0)
                    tops.append([])
                    self._finish(r, error=GenerationError(f"sampling failed: {e}"))
        for i, req in enumerate(reqs):
            tok = tokens[i]
            if req.finished or tok is None:
                continue
            try:
                self._push(req, tok, logprobs[i], tops[i])
            except Exception as e:  # this row fails alone; the batch goes on
                log.exception("a request failed")
                self._finish(req, error=e if isinstance(e, BotfarmError) else GenerationError(str(e)))

    def _push(self, req: Request, tok: int, logprob: float, top: list[tuple[int, float]]) -> None:
        runner = req.runner
        now = time.monotonic()
        if req.first_token_time is None:
            req.first_token_time = now
            m.TIME_TO_FIRST_TOKEN.observe(now - req.submit_time)
        req.generated.append(tok)
        m.GENERATED_TOKENS.inc()
        special = tok in runner.special_ids
        if special:
            text = runner.tokenizer.decode([tok], skip_special_tokens=False)
        else:
            text = req.detok.push(tok)
            req.text += text
        if req.constraint is not None:
            req.constraint.advance(tok)
        reason = ""
        if tok in runner.eos_ids or (req.constraint is not None and req.constraint.finished):
            reason = FINISH_EOS
        elif text and any(s in req.text[-(len(text) + len(s)):] for s in req.params.stop):
            reason = FINISH_STOP
        elif len(req.generated) >= req.params.max_new_tokens:
            reason = FINISH_LENGTH
        if reason and not special:
            # Flush what the detokenizer held back (bytes that never became a whole
            # character), so the streamed pieces add up to the final text.
            full = runner.tokenizer.decode([t for t in req.generated if t not in runner.special_ids],
                                           skip_special_tokens=True)
            if full.startswith(req.text):
                text += full[len(req.text):]
                req.text = full
        token = Token(tok, text, logprob, special, [token_of(runner, i, lp) for i, lp in top])
        req.tokens.append(token)
        try:
            req.emit(Event(token=token))
        except Exception:  # the client went away: its row alone stops
            log.info("a request's consumer failed; cancelling it", exc_info=True)
            self._finish(req, error=Cancelled("the client went away", reason="CLIENT_GONE"))
            return
        if reason:
            self._finish(req, reason=reason)

    def _finish(self, req: Request, reason: str = "", error: BotfarmError | None = None) -> None:
        if req.finished:
            return
        req.finished = True
        runner = req.runner
        with self._lock:
            if 0 <= req.slot < len(runner.slots) and runner.slots[req.slot] is req:
                runner.slots[req.slot] = None
            self._inflight -= 1
            self._reserved_tokens -= req.reserved
            m.BATCH_TOKENS.set(self._reserved_tokens)
        now = time.monotonic()
        if error is None:
            # The final text decodes every non-special token at once: no piece held back.
            ids = [t for t in req.generated if t not in runner.special_ids]
            text = runner.tokenizer.decode(ids, skip_special_tokens=True)
            event = Event(done=True, generated_text=text, finish_reason=reason, generated_tokens=len(req.generated),
                          seed=req.params.seed or 0, model_version=req.target.model_version,
                          prompt_tokens=len(req.prompt_ids), tokens=req.tokens, prefill=req.prefill)
            m.REQUEST_OUTCOMES.labels("success").inc()
            m.REQUEST_DURATION.observe(now - req.submit_time)
            m.REQUEST_GENERATED_TOKENS.observe(len(req.generated))
            if req.first_token_time and len(req.generated) > 1:
                m.TIME_PER_TOKEN.observe((now - req.first_token_time) / (len(req.generated) - 1))
        else:
            event = Event(done=True, error=error, model_version=req.target.model_version)
            outcome = {"CANCELLED": "cancelled", "DEADLINE_EXCEEDED": "deadline"}.get(error.code, "error")
            m.REQUEST_OUTCOMES.labels(outcome).inc()
        try:
            req.target.release()
        except Exception:
            log.exception("releasing a bot failed")
        try:
            req.emit(event)
        except Exception:
            log.info("a request's consumer failed on its last event", exc_info=True)


def check_prompt_chars(runner: Runner, prompt: str) -> None:
    """Refuses, before tokenizing, a prompt that cannot fit whatever its tokens (a huge
    prompt would cost seconds and gigabytes to tokenize only to be refused)."""
    if len(prompt) > runner.max_prompt_chars:
        raise InvalidArgument(
            f"`inputs` has {len(prompt)} characters: more than the {runner.cache.max_len} tokens of "
            f"max_total_tokens can hold (at most {runner.max_prompt_chars} characters)", reason="PROMPT_TOO_LONG",
            metadata={"field": "inputs", "characters": str(len(prompt)), "limit": str(runner.max_prompt_chars)})


def _row_inputs(reqs: list[Request]) -> tuple:
    """sample_rows' per-row arguments after the logits: only the rows that need the
    history or a grammar mask pay for building them."""
    params = [r.params for r in reqs]
    seen = [torch.cat([r.seen, torch.tensor(r.generated, dtype=torch.long)])
            if r.params.repetition_penalty not in (None, 1.0) else None for r in reqs]
    generated = [torch.tensor(r.generated, dtype=torch.long)
                 if r.params.frequency_penalty or r.params.presence_penalty else None for r in reqs]
    allowed = [_allowed(r) for r in reqs]
    return params, [r.generator for r in reqs], seen, generated, allowed


def _allowed(r: Request) -> torch.Tensor | None:
    """The grammar's allowed tokens, narrowed while the request is short of its
    ``min_new_tokens`` (no end of sequence, no stop: ``defaults.min_tokens_mask``)."""
    mask = r.constraint.allowed() if r.constraint is not None else None
    if len(r.generated) >= r.params.min_new_tokens:
        return mask
    early = min_tokens_mask(r.runner, r.params.stop)
    if mask is None:
        return early
    n = min(len(mask), len(early))
    out = mask.clone()
    out[:n] &= early[:n]
    return out

