"""Constrained decoding: a JSON schema or a regular expression that the generated text
must match, with llguidance (the maintained Rust library behind Guidance, also used by
vLLM and SGLang).

At submit time a request's ``Grammar`` is compiled against its bot's tokenizer (a bad
schema is INVALID_ARGUMENT then, not a failure mid-generation). On the engine thread,
per step and per constrained row only, the matcher gives the allowed next tokens (a
bitmask, ~0.1 ms) and consumes the sampled one. When the grammar is complete only the
end-of-sequence token stays allowed, so the request finishes with ``eos_token``.

    c = compile_constraint(Grammar("json", '{"type": "object"}'), tokenizer)
    allowed = c.allowed()        # bool [tokenizer vocab]
    c.advance(token_id)
"""

from __future__ import annotations

import json
import threading
import weakref
from typing import Any

import numpy as np
import torch

from botfarm.core.errors import InvalidArgument
from botfarm.inference.sampling import Grammar

_lock = threading.Lock()
_tokenizers: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
#: Schemas and regexes are user input: bound what one request may make the compiler do.
MAX_GRAMMAR_CHARS = 64 << 10


def _ll_tokenizer(tokenizer: Any) -> Any:
    """llguidance's view of a Hugging Face fast tokenizer, built once per tokenizer."""
    import llguidance.hf

    with _lock:
        ll = _tokenizers.get(tokenizer)
        if ll is None:
            ll = llguidance.hf.from_tokenizer(tokenizer)
            _tokenizers[tokenizer] = ll
        return ll


def _bad(msg: str, grammar: Grammar) -> InvalidArgument:
    return InvalidArgument(f"`{grammar.source}`: {msg}", reason="INVALID_GRAMMAR", metadata={"field": grammar.source})


def _source(grammar: Grammar) -> str:
    import llguidance

    if len(grammar.value) > MAX_GRAMMAR_CHARS:
        raise _bad(f"at most {MAX_GRAMMAR_CHARS} characters", grammar)
    if grammar.kind == "regex":
        return llguidance.LLMatcher.grammar_from_regex(grammar.value)
    if grammar.kind != "json":
        raise _bad(f"unknown grammar type {grammar.kind!r}: json or regex", grammar)
    try:
        schema = json.loads(grammar.value)
    except ValueError:
        raise _bad("the JSON schema is not valid JSON", grammar) from None
    if not isinstance(schema, dict):
        raise _bad("a JSON schema is an object", grammar)
    try:
        # Compact JSON, as json.dumps(separators=(",", ":")) writes it: with flexible
        # whitespace a model may spend its tokens on blank lines between the braces.
        return llguidance.LLMatcher.grammar_from_json_schema(schema, defaults={"whitespace_flexible": False})
    except ValueError as e:
        raise _bad(f"invalid JSON schema: {e}", grammar) from None


class Constraint:
    """One request's matcher (engine thread only, after ``compile_constraint``)."""

    def __init__(self, matcher: Any, vocab: int):
        self._matcher, self._vocab = matcher, vocab

    def allowed(self) -> torch.Tensor:
        bits = np.frombuffer(self._matcher.compute_bitmask(), dtype=np.uint8)
        return torch.from_numpy(np.unpackbits(bits, bitorder="little")[: self._vocab].astype(bool))

    def advance(self, token: int) -> None:
        if not self._matcher.consume_token(token):
            # Only allowed tokens are sampled, so this is a bug, not bad input.
            raise RuntimeError(f"the grammar refused token {token}: {self._matcher.get_error()}")

    @property
    def finished(self) -> bool:
        return bool(self._matcher.is_stopped())


def compile_constraint(grammar: Grammar, tokenizer: Any) -> Constraint:
    """A fresh matcher for one request; InvalidArgument for a grammar that does not compile."""
    import llguidance

    ll = _ll_tokenizer(tokenizer)
    source = _source(grammar)
    is_error, messages = llguidance.LLMatcher.validate_grammar_with_warnings(source, ll)
    if is_error:
        raise _bad(messages[0] if messages else "invalid grammar", grammar)
    matcher = llguidance.LLMatcher(ll, source, log_level=0)
    if matcher.is_error():
        raise _bad(matcher.get_error(), grammar)
    return Constraint(matcher, ll.vocab_size)
