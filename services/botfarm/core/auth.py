"""One rule for bearer tokens, used by the gRPC interceptor and the HTTP front ends.

``Authorization: Bearer <token>``: the scheme is case-insensitive (RFC 7235 section
2.1), separated from the token by spaces or tabs; the token is compared in constant
time, so it cannot be guessed byte by byte from response latency.

    check = BearerCheck("s3cret")
    check.accepts("bearer s3cret")   # True
"""

from __future__ import annotations

import hmac

_SCHEME = b"bearer"


def bearer_credentials(header: str | bytes | None) -> bytes | None:
    """The token of an ``Authorization`` header value, or None when it is not a
    bearer header."""
    if header is None:
        return None
    raw = header.encode("latin-1", "replace") if isinstance(header, str) else bytes(header)
    scheme, _, rest = raw.strip().partition(b" ")
    if not rest:  # a tab may separate them too
        scheme, _, rest = raw.strip().partition(b"\t")
    token = rest.strip(b" \t")
    return token if scheme.lower() == _SCHEME and token else None


class BearerCheck:
    """Whether an ``Authorization`` value carries the expected token."""

    def __init__(self, token: str):
        if not token:
            raise ValueError("an empty token checks nothing")
        self._expected = token.encode()

    def accepts(self, header: str | bytes | None) -> bool:
        given = bearer_credentials(header)
        # compare_digest with a wrong-length input still takes the same path: it leaks the
        # token's length at most, never its bytes.
        return hmac.compare_digest(given if given is not None else b"", self._expected) and given is not None
