"""TGI's Messages API (``POST /v1/chat/completions``, OpenAI-compatible): request
validation, prompt rendering and the response shapes. No HTTP here: ``http.py`` routes
to it, and the generation itself is the plain generate path on the rendered prompt, so a
chat answer is exactly what ``/generate`` gives for that prompt and seed.

Parameter mapping (OpenAI name -> ``SamplingParams``):

- ``max_tokens`` -> ``max_new_tokens`` (default 100, as TGI 2.0);
- ``temperature``: absent -> sample at 1.0 (OpenAI's default); 0 -> greedy; > 0 -> sample;
- ``top_p``, ``seed``, ``stop`` (a string or a list) as they are; TGI's extra
  ``repetition_penalty`` passes through;
- ``frequency_penalty`` / ``presence_penalty`` are OpenAI's additive penalties (0: off,
  -2..2); the engine only has the multiplicative ``repetition_penalty`` (1: off), and no
  mapping between them keeps their meaning, so 0/null is accepted and anything else is a
  422 that says to use ``repetition_penalty``. Likewise ``n`` > 1, ``logit_bias``,
  ``logprobs``, ``tools``/``tool_choice`` and tool calls are 422 (not supported).
"""

from __future__ import annotations

import math
import time
import uuid

from botfarm.core.errors import InvalidArgument
from botfarm.inference.sampling import SamplingParams

ROLES = ("system", "user", "assistant", "tool")
DEFAULT_MAX_TOKENS = 100
#: The client of text-generation 0.7.0 always sends this model name (and chokes on the
#: ``data: [DONE]`` line: it json-decodes every ``data:`` line), see ``wants_done``.
TGI_CLIENT_MODEL = "tgi"
_FINISH = {"length": "length", "eos_token": "stop", "stop_sequence": "stop"}


def _bad(msg: str, field_: str) -> InvalidArgument:
    return InvalidArgument(msg, reason="INVALID_PARAMETER", metadata={"field": field_})


def _content(i: int, m: dict) -> str:
    c = m.get("content")
    if isinstance(c, str):
        return c
    # OpenAI's list of content parts: only text parts can be served by a text model.
    if isinstance(c, list) and c and all(isinstance(p, dict) and p.get("type") == "text"
                                         and isinstance(p.get("text"), str) for p in c):
        return "".join(p["text"] for p in c)
    raise _bad(f"messages[{i}].content must be a string or a list of text parts", "messages")


def parse_messages(messages) -> list[dict]:
    if not isinstance(messages, list) or not messages:
        raise _bad("`messages` must be a non-empty list", "messages")
    out = []
    for i, m in enumerate(messages):
        if not isinstance(m, dict):
            raise _bad(f"messages[{i}] must be an object with `role` and `content`", "messages")
        if m.get("role") not in ROLES:
            raise _bad(f"messages[{i}].role must be one of {', '.join(ROLES)}; got {m.get('role')!r}", "messages")
        if m.get("tool_calls"):
            raise _bad("tool calls are not supported", "messages")
        out.append({"role": m["role"], "content": _content(i, m)})
    return out


def parse_params(body: dict) -> SamplingParams:
    def num(name, kind=float):
        v = body.get(name)
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int | float) or (kind is int and not float(v).is_integer()) \
                or not math.isfinite(v):
            raise _bad(f"`{name}` must be a{'n integer' if kind is int else ' number'}", name)
        return kind(v)

    for name in ("frequency_penalty", "presence_penalty"):
        if num(name) not in (None, 0.0):
            raise _bad(f"`{name}` is not supported (no additive penalties); use `repetition_penalty` "
                       "(multiplicative, 1.0: off)", name)
    if num("n", int) not in (None, 1):
        raise _bad("`n` > 1 is not supported", "n")
    for name in ("logit_bias", "logprobs", "top_logprobs", "tools", "tool_choice"):
        if body.get(name):
            raise _bad(f"`{name}` is not supported", name)
    stop = body.get("stop") or []
    stop = [stop] if isinstance(stop, str) else stop
    if not isinstance(stop, list) or not all(isinstance(s, str) for s in stop):
        raise _bad("`stop` must be a string or a list of strings", "stop")
    max_tokens = num("max_tokens", int)
    temperature = num("temperature")
    if temperature is not None and temperature < 0:
        raise _bad("`temperature` must be >= 0 (0: greedy)", "temperature")
    greedy = temperature == 0
    return SamplingParams(
        max_new_tokens=DEFAULT_MAX_TOKENS if max_tokens is None else max_tokens,
        do_sample=not greedy, temperature=None if greedy else temperature,
        top_p=None if greedy else num("top_p"), repetition_penalty=num("repetition_penalty"),
        stop=tuple(stop), seed=num("seed", int))


def wants_done(body: dict) -> bool:
    """Whether a stream ends with OpenAI's ``data: [DONE]``: always, except for the
    text-generation 0.7.0 client (model "tgi"), which fails on that line."""
    return body.get("model") != TGI_CLIENT_MODEL


def render(tokenizer, messages: list[dict]) -> str:
    """The prompt: the tokenizer's chat template with the generation prompt when it has
    one, else ``"{role}: {content}\\n"`` per message and then ``"assistant: "``."""
    if getattr(tokenizer, "chat_template", None):
        try:
            prompt = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        except Exception as e:  # jinja errors, and templates that raise (e.g. roles must alternate)
            raise _bad(f"the bot's chat template rejected the messages: {e}", "messages") from None
        # The engine tokenizes with special tokens; a template that writes the BOS itself
        # would get a second one.
        bos = getattr(tokenizer, "bos_token", None)
        if bos and prompt.startswith(bos) and tokenizer("x")["input_ids"][:1] == [tokenizer.bos_token_id]:
            prompt = prompt[len(bos):]
        return prompt
    return "".join(f"{m['role']}: {m['content']}\n" for m in messages) + "assistant: "


class Completion:
    """The response shapes of one chat request (TGI's, which the client parses)."""

    def __init__(self, model: str, fingerprint: str):
        self.id = f"chatcmpl-{uuid.uuid4().hex}"
        self.created, self.model, self.fingerprint = int(time.time()), model, fingerprint

    def _head(self, obj: str) -> dict:
        return {"id": self.id, "object": obj, "created": self.created, "model": self.model,
                "system_fingerprint": self.fingerprint}

    def complete(self, final) -> dict:
        usage = {"prompt_tokens": final.prompt_tokens, "completion_tokens": final.generated_tokens,
                 "total_tokens": final.prompt_tokens + final.generated_tokens}
        return {**self._head("chat.completion"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": final.generated_text},
                             "logprobs": None, "finish_reason": _FINISH.get(final.finish_reason, "stop")}],
                "usage": usage}

    def chunk(self, content: str, finish_reason: str | None = None) -> dict:
        return {**self._head("chat.completion.chunk"),
                "choices": [{"index": 0, "delta": {"role": "assistant", "content": content, "tool_calls": None},
                             "logprobs": None,
                             "finish_reason": _FINISH.get(finish_reason, "stop") if finish_reason else None}]}
