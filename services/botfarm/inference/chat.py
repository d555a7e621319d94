"""Chat prompts: OpenAI chat messages rendered with the bot's chat template. No HTTP and
no wire format here (``openai_wire.py`` has the request body, ``routes_openai.py`` the
route); the generation itself is the plain generate path on the rendered prompt, so a
chat answer is exactly what ``/generate`` gives for that prompt and seed.
"""

from __future__ import annotations

from typing import Any

from botfarm.core.errors import InvalidArgument
from botfarm.inference.serving import TGI_CLIENT_MODEL


def _bad(msg: str, field_: str) -> InvalidArgument:
    return InvalidArgument(msg, reason="INVALID_PARAMETER", metadata={"field": field_})


def to_messages(messages: list[Any]) -> list[dict]:
    """``openai_wire.ChatMessage`` list -> template messages: content parts joined, the
    ``developer`` role (OpenAI's newer name) as ``system``, which templates know."""
    out = []
    for i, m in enumerate(messages):
        if m.content is None:  # only an assistant's tool call may omit it, and tools are refused
            raise _bad(f"`messages.{i}.content` is required", f"messages.{i}.content")
        content = m.content if isinstance(m.content, str) else "".join(p.text for p in m.content)
        out.append({"role": "system" if m.role == "developer" else m.role, "content": content})
    return out


def wants_done(model: str | None) -> bool:
    """Whether a stream ends with OpenAI's ``data: [DONE]``: always, except for the
    text-generation 0.7.0 client (model "tgi"), which json-decodes every ``data:`` line
    and so fails on that one."""
    return model != TGI_CLIENT_MODEL


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

