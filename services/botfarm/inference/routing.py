"""The routing key of a request: the bot's name, on which a gateway's consistent hash
keeps every request of one bot on one inference replica (where its adapter is loaded).

HTTP requests carry it in the path (``/bots/{bot}/...``, which ingress-nginx hashes);
gRPC requests cannot, so our clients send it as call metadata, ``x-botfarm-bot``, and a
gateway (Envoy Gateway's consistent hash on a header, ingress-nginx's
``upstream-hash-by: $http_x_botfarm_bot``) hashes on that.

    metadata = [(HEADER, routing_key("mcintweet:production"))]   # ("x-botfarm-bot", "mcintweet")
"""

from __future__ import annotations

import re

from botfarm.core.errors import InvalidArgument

#: gRPC metadata keys are lowercase.
HEADER = "x-botfarm-bot"
_SUFFIX = re.compile(r"[@:].*$")


def routing_key(ref: str) -> str:
    """The bot's name: the reference without ``@version`` or ``:alias``, so every version
    and alias of a bot hash alike (they usually share one adapter)."""
    return _SUFFIX.sub("", ref)


def metadata(ref: str) -> tuple[tuple[str, str], ...]:
    """The call metadata an inference call for ``ref`` carries."""
    return ((HEADER, routing_key(ref)),)


def check(header: str | None, ref: str) -> bool:
    """True when the request carries the header; refuses one that names another bot
    (a gateway would have hashed it to the wrong replica)."""
    if header is None:
        return False
    if header != routing_key(ref):
        raise InvalidArgument(f"the {HEADER} header says {header!r} but the request is for {ref!r}: it must be "
                              f"the bot's name, {routing_key(ref)!r} (gateways route on it)",
                              reason="ROUTING_KEY_MISMATCH", metadata={"header": HEADER})
    return True
