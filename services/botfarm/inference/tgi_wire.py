"""text-generation-inference's wire format: the typed request and response bodies of the
TGI routes (the OpenAPI document is generated from them), their translation to
``SamplingParams``, and TGI's error body ``{"error", "error_type"}``. No routing here
(``routes_tgi.py``), no HTTP.

Every ``parameters`` key of TGI 2.x is implemented except ``watermark`` (true is a 422
naming it); an unknown key is a 422 naming it too, never ignored.
"""

from __future__ import annotations

import json
import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from botfarm.core.errors import BotfarmError, InvalidArgument
from botfarm.inference.defaults import given_fields
from botfarm.inference.engine import Event, GenerationError
from botfarm.inference.sampling import MAX_STOP, Grammar, SamplingParams
from botfarm.inference.tokens import Token

#: best_of (TGI) and n (OpenAI): requests one call may fan out to.
MAX_CHOICES = 8


class Strict(BaseModel):
    """Request bodies: unknown keys, NaN/Infinity and type coercions are refused."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class GrammarSpec(Strict):
    type: Literal["json", "regex", "json_object"] = Field(description="json: a JSON schema; regex; json_object: any JSON object")
    value: dict[str, Any] | str | None = Field(default=None, description="the JSON schema (an object or its JSON text) or the regex")


class Parameters(Strict):
    """TGI's generation parameters, with TGI's names and defaults."""

    adapter_id: str | None = Field(default=None, description="the bot, on the plain routes (TGI/LoRAX)")
    best_of: int | None = Field(default=None, description=f"sample this many sequences (at most {MAX_CHOICES}) and return the likeliest")
    decoder_input_details: bool = Field(default=False, description="return the prompt's tokens with their log-probs")
    details: bool = Field(default=False, description="return the tokens, finish reason and seed")
    do_sample: bool = False
    frequency_penalty: float | None = Field(default=None, description="-2..2, subtracted per occurrence in the generated text")
    grammar: GrammarSpec | None = None
    max_new_tokens: int | None = Field(default=None, description="default: the bot's (160 for bots botfarm trained), else 20")
    repetition_penalty: float | None = None
    return_full_text: bool | None = None
    seed: int | None = None
    stop: list[str] = Field(default_factory=list, description=f"at most {MAX_STOP} stop sequences")
    temperature: float | None = None
    top_k: int | None = None
    top_n_tokens: int | None = None
    top_p: float | None = None
    truncate: int | None = None
    typical_p: float | None = None
    watermark: bool = Field(default=False, description="not supported: true is refused with 422")


class GenerateRequest(Strict):
    inputs: str
    parameters: Parameters = Field(default_factory=lambda: Parameters())
    stream: bool = Field(default=False, description="on the base route: answer with server-sent events")


class TokenOut(BaseModel):
    id: int
    text: str
    logprob: float | None
    special: bool


class PrefillToken(BaseModel):
    id: int
    text: str
    logprob: float | None


class BestOfSequence(BaseModel):
    generated_text: str
    finish_reason: str
    generated_tokens: int
    seed: int | None
    prefill: list[PrefillToken]
    tokens: list[TokenOut]
    top_tokens: list[list[TokenOut]]


class Details(BestOfSequence):
    best_of_sequences: list[BestOfSequence] | None = None


class GenerateResponse(BaseModel):
    generated_text: str
    details: Details | None = None


class StreamDetails(BaseModel):
    finish_reason: str
    generated_tokens: int
    seed: int | None
    input_length: int


class StreamResponse(BaseModel):
    """One server-sent event of a stream; the last carries the text and details."""

    index: int
    token: TokenOut
    top_tokens: list[TokenOut]
    generated_text: str | None = None
    details: StreamDetails | None = None


class SimpleToken(BaseModel):
    id: int
    text: str
    start: int
    stop: int


class ErrorResponse(BaseModel):
    error: str
    error_type: str


def _logprob(v: float) -> float | None:
    return None if math.isnan(v) else v


def token_json(t: Token) -> dict:
    return {"id": t.id, "text": t.text, "logprob": _logprob(t.logprob), "special": t.special}


def unsupported(name: str, why: str) -> InvalidArgument:
    return InvalidArgument(f"`{name}` {why}", reason="UNSUPPORTED_PARAMETER", metadata={"field": name})


def grammar_of(spec: GrammarSpec | None, source: str) -> Grammar | None:
    if spec is None:
        return None
    if spec.type == "json_object":
        return Grammar("json", '{"type": "object"}', source)
    if spec.value is None:
        raise unsupported(source, f"of type {spec.type} needs a `value`")
    if spec.type == "regex":
        if not isinstance(spec.value, str):
            raise unsupported(source, "of type regex takes the regex as a string")
        return Grammar("regex", spec.value, source)
    return Grammar("json", spec.value if isinstance(spec.value, str) else json.dumps(spec.value), source)


def sampling_params(p: Parameters) -> tuple[SamplingParams, int]:
    """The engine's parameters and best_of; refuses what cannot be honoured. What the
    request leaves out may take the bot's defaults (``defaults.py``)."""
    if p.watermark:
        raise unsupported("watermark", "is not supported")
    best_of = 1 if p.best_of is None else p.best_of
    if not 1 <= best_of <= MAX_CHOICES:
        raise unsupported("best_of", f"must be between 1 and {MAX_CHOICES}")
    sent = p.model_fields_set
    params = SamplingParams(
        given=given_fields({"max_new_tokens": p.max_new_tokens, "temperature": p.temperature, "top_p": p.top_p,
                            "top_k": p.top_k, "typical_p": p.typical_p, "repetition_penalty": p.repetition_penalty,
                            # The text-generation client always sends do_sample and an empty stop list.
                            "do_sample": p.do_sample if "do_sample" in sent else None,
                            "stop": p.stop or None}),
        max_new_tokens=20 if p.max_new_tokens is None else p.max_new_tokens, do_sample=p.do_sample,
        temperature=p.temperature, top_p=p.top_p, top_k=p.top_k, repetition_penalty=p.repetition_penalty,
        stop=tuple(p.stop), seed=p.seed, truncate=p.truncate, typical_p=p.typical_p,
        frequency_penalty=p.frequency_penalty, top_n_tokens=p.top_n_tokens or 0,
        prompt_logprobs=p.decoder_input_details, grammar=grammar_of(p.grammar, "grammar"))
    if best_of > 1:
        # As TGI: best_of compares samples, and a fixed seed would make them all equal.
        if not params.sampling:
            raise unsupported("best_of", "> 1 needs sampling (do_sample, temperature, top_k, top_p or typical_p)")
        if p.seed is not None:
            raise unsupported("seed", "must not be set when `best_of` > 1")
    return params, best_of


def _sequence(final: Event, prompt: str, p: Parameters) -> dict:
    return {"generated_text": full_text(final, prompt, p), "finish_reason": final.finish_reason,
            "generated_tokens": final.generated_tokens, "seed": final.seed,
            "prefill": [{"id": t.id, "text": t.text, "logprob": _logprob(t.logprob)} for t in final.prefill],
            "tokens": [token_json(t) for t in final.tokens],
            "top_tokens": [[token_json(a) for a in t.top] for t in final.tokens] if p.top_n_tokens else []}


def full_text(final: Event, prompt: str, p: Parameters) -> str:
    return prompt + final.generated_text if p.return_full_text else final.generated_text


def generate_body(finals: list[Event], prompt: str, p: Parameters) -> dict:
    """The answer of /generate: the likeliest of the ``finals`` (one unless best_of)."""
    best = max(finals, key=sum_logprob)
    body: dict[str, Any] = {"generated_text": full_text(best, prompt, p), "details": None}
    if p.details:
        body["details"] = {**_sequence(best, prompt, p), "best_of_sequences": [
            _sequence(f, prompt, p) for f in finals if f is not best] if len(finals) > 1 else None}
    return body


def sum_logprob(final: Event) -> float:
    return sum(t.logprob for t in final.tokens)


def stream_event(index: int, token: Token, final: Event | None, prompt: str, p: Parameters) -> dict:
    """One event of /generate_stream; the final one carries the text and details."""
    d: dict[str, Any] = {"index": index, "token": token_json(token),
                         "top_tokens": [token_json(a) for a in token.top], "generated_text": None, "details": None}
    if final is not None:
        d["generated_text"] = full_text(final, prompt, p)
        d["details"] = {"finish_reason": final.finish_reason, "generated_tokens": final.generated_tokens,
                        "seed": final.seed, "input_length": final.prompt_tokens}
    return d


def error_type(e: BotfarmError) -> str:
    if isinstance(e, GenerationError):
        return "generation"
    return {"INVALID_ARGUMENT": "validation", "FAILED_PRECONDITION": "validation", "RESOURCE_EXHAUSTED": "overloaded",
            "NOT_FOUND": "not_found", "UNAVAILABLE": "unavailable", "UNAUTHENTICATED": "authentication",
            "PERMISSION_DENIED": "authentication", "DEADLINE_EXCEEDED": "generation"}.get(e.code, "generation")


def error_body(e: BotfarmError) -> dict:
    # A request body over the limit is a validation error to the TGI client, not an overload.
    kind = "validation" if e.reason == "REQUEST_TOO_LARGE" else error_type(e)
    return {"error": e.message, "error_type": kind}
