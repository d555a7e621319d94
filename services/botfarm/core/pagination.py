"""One pagination rule for every List RPC (AIP-158).

A page token is opaque to clients: URL-safe base64 of a small JSON document naming the
listing it came from and the key of the last item served. A token from another listing,
a hand-made one, or garbage is INVALID_ARGUMENT (reason ``INVALID_PAGE_TOKEN``), never a
silent restart at page 1. Listings continue strictly after the last key served, so an
item deleted meanwhile does not invalidate the token.

    size = page_size(request.page_size)
    after = decode_token("models", request.page_token)
    ...list size + 1 items after ``after``...
    token = encode_token("models", items[size - 1].name) if len(items) > size else ""

or, for a listing already in memory and in order:

    page, token = paginate(jobs, listing="trainingJobs", page_size=..., page_token=..., key=lambda j: j.id,
                           descending=True)
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from typing import TypeVar

from botfarm.core.errors import InvalidArgument

#: Items on a page when the request asks for none (page_size 0).
DEFAULT_PAGE_SIZE = 50
#: The most items on one page, whatever the request asks (AIP-158: coerce, do not refuse).
MAX_PAGE_SIZE = 1000
#: Longer tokens are refused before decoding: ours are a few hundred bytes at most.
MAX_TOKEN_LENGTH = 2048

T = TypeVar("T")


def page_size(requested: int, default: int = DEFAULT_PAGE_SIZE, maximum: int = MAX_PAGE_SIZE) -> int:
    """The page size to serve; INVALID_ARGUMENT for a negative one."""
    if requested < 0:
        raise InvalidArgument(f"page_size must not be negative, got {requested}", reason="INVALID_PAGE_SIZE",
                              metadata={"field": "page_size"})
    return min(requested or default, maximum)


_page_size = page_size  # paginate's parameter of the same name (the request field) hides it


def encode_token(listing: str, after: str) -> str:
    """A token that continues ``listing`` after the item whose key is ``after``."""
    raw = json.dumps({"l": listing, "a": after}, separators=(",", ":"), ensure_ascii=True).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _invalid(listing: str) -> InvalidArgument:
    return InvalidArgument(f"invalid page_token: pass the next_page_token of a previous {listing} page unchanged",
                           reason="INVALID_PAGE_TOKEN", metadata={"field": "page_token", "listing": listing})


def decode_token(listing: str, token: str, check: Callable[[str], object] | None = None) -> str:
    """The key after which ``listing`` continues ("" for the first page).

    ``check`` validates the key further (e.g. a job id's syntax); any exception it
    raises makes the token invalid."""
    if not token:
        return ""
    if len(token) > MAX_TOKEN_LENGTH or not token.isascii():
        raise _invalid(listing)
    try:
        doc = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError):  # ValueError covers JSON and UTF-8 errors
        raise _invalid(listing) from None
    if not isinstance(doc, dict) or doc.get("l") != listing or not isinstance(doc.get("a"), str) or not doc["a"]:
        raise _invalid(listing)
    if check is not None:
        try:
            check(doc["a"])
        except Exception:
            raise _invalid(listing) from None
    return doc["a"]


def paginate(items: Sequence[T], *, listing: str, page_size: int, page_token: str, key: Callable[[T], str],
             descending: bool = False, check: Callable[[str], object] | None = None) -> tuple[list[T], str]:
    """A page of ``items`` (sorted by ``key``, ascending unless ``descending``) and the
    token of the next one ("" on the last page)."""
    size = _page_size(page_size)
    after = decode_token(listing, page_token, check)
    rest = [i for i in items if not after or (key(i) < after if descending else key(i) > after)]
    page = rest[:size]
    return page, (encode_token(listing, key(page[-1])) if len(rest) > size else "")
