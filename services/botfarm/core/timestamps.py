"""One timestamp rule: UTC, ISO 8601 with milliseconds and a ``Z`` in what we store,
``google.protobuf.Timestamp`` on the wire.

    now_iso()                 -> "2026-11-30T12:00:00.123Z"
    to_timestamp(iso)         -> Timestamp (None for "")
    parse_iso("...+00:00")    -> an aware datetime (both spellings of UTC are read)
"""

from __future__ import annotations

import datetime as dt

from google.protobuf.timestamp_pb2 import Timestamp


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def to_iso(when: dt.datetime) -> str:
    if when.tzinfo is None:
        raise ValueError("naive datetime: botfarm stores UTC times only")
    return when.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_iso() -> str:
    return to_iso(now())


def parse_iso(iso: str) -> dt.datetime:
    """An aware datetime from what ``now_iso`` (or ``datetime.isoformat``) wrote; a time
    without an offset is taken as UTC."""
    when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def to_timestamp(iso: str) -> Timestamp | None:
    if not iso:
        return None
    ts = Timestamp()
    ts.FromDatetime(parse_iso(iso))
    return ts
