"""OpenAI's wire format for ``/v1/*``: typed request and response bodies of chat
completions, completions and models (the OpenAPI document is generated from them),
their translation to ``SamplingParams``, the response shapes and OpenAI's error object
``{"error": {"message", "type", "param", "code"}}``. No routing here (``routes_openai.py``).

Each request field is implemented or refused: fields not declared below (``audio``,
``suffix``, ``functions``, ...) are a 422 naming them, and declared ones that cannot be
honoured (tools) are too.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any, Literal

from pydantic import BaseModel, Field

from botfarm.core.errors import BotfarmError, InvalidArgument
from botfarm.inference.defaults import given_fields
from botfarm.inference.engine import Event
from botfarm.inference.sampling import Grammar, SamplingParams
from botfarm.inference.tgi_wire import MAX_CHOICES, Strict, token_json
from botfarm.inference.tokens import Token

DEFAULT_CHAT_MAX_TOKENS = 100     # TGI 2.0's default for chat
DEFAULT_COMPLETION_MAX_TOKENS = 16  # OpenAI's default for completions
MAX_COMPLETION_LOGPROBS = 5       # OpenAI's limit for completions' logprobs
_FINISH = {"length": "length", "eos_token": "stop", "stop_sequence": "stop"}


class TextPart(Strict):
    type: Literal["text"]
    text: str


class ChatMessage(Strict):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[TextPart] | None = None
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = Field(default=None, description="not supported: must be empty")
    tool_call_id: str | None = None


class StreamOptions(Strict):
    include_usage: bool = Field(default=False, description="a last chunk with the usage and no choices")


class JsonSchemaFormat(Strict):
    name: str
    description: str | None = None
    schema_: dict[str, Any] = Field(default_factory=dict, alias="schema")
    strict: bool | None = None


class ResponseFormat(Strict):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JsonSchemaFormat | None = None


class Sampling(Strict):
    """Fields chat and completions share."""

    model: str | None = Field(default=None, description='the bot ("tgi" or empty: --default-bot)')
    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    logit_bias: dict[str, float] | None = Field(default=None, description="token id (as a string) -> bias in -100..100")
    max_tokens: int | None = None
    n: int | None = Field(default=None, description=f"choices, 1..{MAX_CHOICES}")
    seed: int | None = Field(default=None, description="choice i uses seed + i")
    stop: str | list[str] | None = None
    stream: bool | None = None
    stream_options: StreamOptions | None = None
    temperature: float | None = Field(default=None, description="absent: 1.0 (sampling); 0: greedy")
    top_p: float | None = None
    user: str | None = Field(default=None, description="an end-user id, written to the log")
    repetition_penalty: float | None = Field(default=None, description="TGI's extension (1.0: off)")
    top_k: int | None = Field(default=None, description="extension, as vLLM")
    min_tokens: int | None = Field(default=None, description="extension, as vLLM: no end or stop before this many "
                                   "tokens (default: the bot's)")


class ChatRequest(Sampling):
    messages: list[ChatMessage] = Field(min_length=1)
    logprobs: bool | None = None
    top_logprobs: int | None = Field(default=None, description="0..20, with logprobs")
    max_completion_tokens: int | None = None
    response_format: ResponseFormat | None = None
    tools: list[dict[str, Any]] | None = Field(default=None, description="not supported: must be empty")
    tool_choice: str | dict[str, Any] | None = Field(default=None, description='not supported: only "none" or "auto"')


class CompletionRequest(Sampling):
    prompt: str | list[str] = Field(description="a prompt or a list of prompts (token ids are not supported)")
    best_of: int | None = Field(default=None, description="sample this many per prompt, return the n likeliest")
    echo: bool | None = None
    logprobs: int | None = Field(default=None, description=f"0..{MAX_COMPLETION_LOGPROBS} alternatives per token")


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class ChatChoice(BaseModel):
    index: int
    message: dict[str, Any]
    logprobs: dict[str, Any] | None
    finish_reason: str


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    system_fingerprint: str
    choices: list[ChatChoice]
    usage: Usage


class ChatCompletionChunk(BaseModel):
    """One server-sent event; ``data: [DONE]`` ends the stream."""

    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    system_fingerprint: str
    choices: list[dict[str, Any]]
    usage: Usage | None = None


class CompletionChoice(BaseModel):
    index: int
    text: str
    logprobs: dict[str, Any] | None
    finish_reason: str | None


class Completion(BaseModel):
    """The answer, or (``object`` the same) one event of a stream."""

    id: str
    object: Literal["text_completion"]
    created: int
    model: str
    system_fingerprint: str
    choices: list[CompletionChoice]
    usage: Usage | None = None


class Model(BaseModel):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: Literal["list"]
    data: list[Model]
    has_more: bool
    next_page_token: str | None = Field(default=None, description="pass as page_token for the next page")


class ErrorDetail(BaseModel):
    message: str
    type: str
    param: str | None
    code: str | None


class ErrorObject(BaseModel):
    error: ErrorDetail


def _bad(name: str, why: str) -> InvalidArgument:
    return InvalidArgument(f"`{name}` {why}", reason="UNSUPPORTED_PARAMETER", metadata={"field": name})


def _logit_bias(bias: dict[str, float] | None) -> tuple[tuple[int, float], ...]:
    if not bias:
        return ()
    try:
        return tuple((int(k), float(v)) for k, v in bias.items())
    except ValueError:
        raise _bad("logit_bias", "maps token ids (integers as strings) to a bias") from None


def _params(req: Sampling, max_tokens: int, top_n: int, grammar: Grammar | None,
            prompt_logprobs: bool = False, given_max: int | None = None) -> SamplingParams:
    """The engine's parameters; ``given_max``: the request's own token limit (None: it
    gave none, and the bot's default may replace ``max_tokens``)."""
    greedy = req.temperature == 0
    stop = [req.stop] if isinstance(req.stop, str) else list(req.stop or [])
    if req.temperature is not None and req.temperature < 0:
        raise _bad("temperature", "must be >= 0 (0: greedy)")
    given = given_fields({"max_new_tokens": given_max, "do_sample": False if greedy else None,
                          "temperature": req.temperature, "top_p": req.top_p, "top_k": req.top_k,
                          "repetition_penalty": req.repetition_penalty, "min_new_tokens": req.min_tokens,
                          "stop": () if "stop" in req.model_fields_set else None})
    return SamplingParams(
        given=given, min_new_tokens=req.min_tokens or 0,
        max_new_tokens=max_tokens, do_sample=not greedy, temperature=None if greedy else req.temperature,
        top_p=None if greedy else req.top_p, top_k=None if greedy else req.top_k,
        repetition_penalty=req.repetition_penalty, stop=tuple(stop), seed=req.seed,
        frequency_penalty=req.frequency_penalty, presence_penalty=req.presence_penalty,
        logit_bias=_logit_bias(req.logit_bias), top_n_tokens=top_n, prompt_logprobs=prompt_logprobs,
        grammar=grammar)


def choices_count(name: str, n: int | None) -> int:
    n = 1 if n is None else n
    if not 1 <= n <= MAX_CHOICES:
        raise _bad(name, f"must be between 1 and {MAX_CHOICES}")
    return n


def chat_params(req: ChatRequest) -> SamplingParams:
    if req.tools:
        raise _bad("tools", "are not supported (no tool calls)")
    if req.tool_choice not in (None, "none", "auto"):
        raise _bad("tool_choice", 'is not supported: only "none" or "auto" (no tools)')
    if any(m.tool_calls for m in req.messages):
        raise _bad("messages", "with tool_calls are not supported")
    if req.max_tokens is not None and req.max_completion_tokens not in (None, req.max_tokens):
        raise _bad("max_completion_tokens", "and `max_tokens` disagree; send one")
    max_tokens = req.max_completion_tokens if req.max_completion_tokens is not None else req.max_tokens
    if req.top_logprobs and not req.logprobs:
        raise _bad("top_logprobs", "needs `logprobs: true`")
    return _params(req, DEFAULT_CHAT_MAX_TOKENS if max_tokens is None else max_tokens, req.top_logprobs or 0,
                   response_grammar(req.response_format), given_max=max_tokens)


def response_grammar(fmt: ResponseFormat | None) -> Grammar | None:
    if fmt is None or fmt.type == "text":
        return None
    if fmt.type == "json_object":
        return Grammar("json", '{"type": "object"}', "response_format")
    if fmt.json_schema is None:
        raise _bad("response_format", "of type json_schema needs `json_schema`")
    return Grammar("json", json.dumps(fmt.json_schema.schema_), "response_format")


def completion_params(req: CompletionRequest) -> tuple[SamplingParams, int]:
    """The parameters and best_of (>= n) of a completions request."""
    logprobs = req.logprobs
    if logprobs is not None and not 0 <= logprobs <= MAX_COMPLETION_LOGPROBS:
        raise _bad("logprobs", f"must be between 0 and {MAX_COMPLETION_LOGPROBS}")
    n = choices_count("n", req.n)
    best_of = choices_count("best_of", req.best_of or n)
    if best_of < n:
        raise _bad("best_of", "must be >= `n`")
    if best_of > n and req.stream:
        raise _bad("best_of", "> n cannot be streamed")
    params = _params(req, DEFAULT_COMPLETION_MAX_TOKENS if req.max_tokens is None else req.max_tokens,
                     logprobs or 0, None, prompt_logprobs=bool(req.echo and logprobs is not None),
                     given_max=req.max_tokens)
    return params, best_of


class Shapes:
    """The response shapes of one request: chat ("chat.completion") or completions
    ("text_completion"), with one id and creation time for all its chunks."""

    def __init__(self, model: str, fingerprint: str, chat: bool):
        self.chat = chat
        self.id = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}"
        self.head = {"id": self.id, "created": int(time.time()), "model": model, "system_fingerprint": fingerprint}

    def _obj(self, streamed: bool) -> str:
        return ("chat.completion.chunk" if streamed else "chat.completion") if self.chat else "text_completion"

    def choice(self, index: int, text: str, finish: str | None, logprobs: dict | None, streamed: bool) -> dict:
        reason = _FINISH.get(finish, "stop") if finish else None
        if not self.chat:
            return {"index": index, "text": text, "logprobs": logprobs, "finish_reason": reason}
        if streamed:
            return {"index": index, "delta": {"role": "assistant", "content": text, "tool_calls": None},
                    "logprobs": logprobs, "finish_reason": reason}
        return {"index": index, "message": {"role": "assistant", "content": text}, "logprobs": logprobs,
                "finish_reason": reason}

    def body(self, choices: list[dict], usage: dict | None, streamed: bool = False) -> dict:
        out: dict[str, Any] = {**self.head, "object": self._obj(streamed), "choices": choices}
        if usage is not None or not streamed:
            out["usage"] = usage
        return out


def usage(prompt_tokens: int, finals: list[Event]) -> dict:
    done = sum(f.generated_tokens for f in finals)
    return {"prompt_tokens": prompt_tokens, "completion_tokens": done, "total_tokens": prompt_tokens + done}


def chat_logprobs(tokens: list[Token]) -> dict:
    """OpenAI's chat ``logprobs``: each token with its log-prob, bytes and alternatives."""
    def one(t: Token) -> dict:
        return {"token": t.text, "logprob": t.logprob, "bytes": list(t.text.encode())}

    return {"content": [{**one(t), "top_logprobs": [one(a) for a in t.top]} for t in tokens if not t.special]}


def completion_logprobs(tokens: list[Token], offset: int = 0) -> dict:
    """The completions API's ``logprobs``: parallel lists, as OpenAI's legacy format."""
    out: dict[str, list] = {"tokens": [], "token_logprobs": [], "top_logprobs": [], "text_offset": []}
    for t in tokens:
        j = token_json(t)
        out["tokens"].append(t.text)
        out["token_logprobs"].append(j["logprob"])
        out["top_logprobs"].append({a.text: a.logprob for a in t.top} if t.top else None)
        out["text_offset"].append(offset)
        offset += len(t.text)
    return out


_TYPES = {401: "authentication_error", 403: "permission_error", 404: "not_found_error",
          429: "rate_limit_error", 503: "service_unavailable"}


def error_body(e: BotfarmError, status: int) -> dict:
    kind = _TYPES.get(status, "invalid_request_error" if status < 500 else "server_error")
    return {"error": {"message": e.message, "type": kind, "param": e.metadata.get("field"),
                      "code": e.reason.lower()}}
