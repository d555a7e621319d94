"""Hypothesis strategies of hostile request bytes for any protobuf message type, read
from its descriptor: well-formed messages with extreme values (huge strings, path
traversal names, NaN and infinities, the integer limits, unknown enum values),
the same truncated at a random byte, invalid UTF-8 where a string field is, and
plain random bytes."""

from __future__ import annotations

import math

from google.protobuf import message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from hypothesis import strategies as st

#: Marks every traversal name, so a file written from one is found anywhere afterwards.
MARK = "fuzzmark"
TRAVERSALS = [f"../../{MARK}", "../" * 16 + f"tmp/{MARK}", f"/tmp/{MARK}-abs", f"..\\..\\{MARK}",
              f"models/../../../{MARK}", f"%2e%2e/%2e%2e/{MARK}", f"datasets/../../{MARK}", f"{MARK}/\x00/x",
              "../../etc/passwd", "/etc/passwd", ".", "..", "", " ", "a" * 300, "ü" * 200]
#: Names of the shapes the services accept, so requests get past validation to the code behind it.
PLAUSIBLE = ["models/fuzzbot", "models/fuzzbot/versions/1", "models/fuzzbot/aliases/prod", "fuzzbot",
             "datasets/" + "0" * 64, "cleanDatasets/" + "0" * 64, "ingestions/20260101000000000000-0123456789ab",
             "trainingJobs/fuzz", "huggingtweets", "botfarm", "x-archive", "archive.zip", "tweets.js"]
HUGE = 10 << 20

_F = FieldDescriptor
_INT_LIMITS = {
    _F.TYPE_INT32: (-(2**31), 2**31 - 1), _F.TYPE_SINT32: (-(2**31), 2**31 - 1),
    _F.TYPE_SFIXED32: (-(2**31), 2**31 - 1), _F.TYPE_UINT32: (0, 2**32 - 1), _F.TYPE_FIXED32: (0, 2**32 - 1),
    _F.TYPE_INT64: (-(2**63), 2**63 - 1), _F.TYPE_SINT64: (-(2**63), 2**63 - 1),
    _F.TYPE_SFIXED64: (-(2**63), 2**63 - 1), _F.TYPE_UINT64: (0, 2**64 - 1), _F.TYPE_FIXED64: (0, 2**64 - 1),
}
_FLOATS = [math.nan, math.inf, -math.inf, 1e-300, 5e-324, -0.0, 1e300, -1.0, 0.5, 1.0, 2.0]


def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    edges = [v for v in (0, 1, -1, lo, hi, lo + 1, hi - 1, 2**31 - 1, 2**53 + 1) if lo <= v <= hi]
    return st.sampled_from(edges) | st.integers(lo, hi)


def _text(huge: bool) -> st.SearchStrategy[str]:
    s = st.sampled_from(TRAVERSALS) | st.sampled_from(PLAUSIBLE) | st.text(max_size=40)
    if not huge:
        return s
    # Rarely (1 in 40): a 10 MB string costs a real copy on each side.
    return st.integers(0, 39).flatmap(lambda i: st.just("x" * HUGE) if i == 0 else s)


def _scalar(field: FieldDescriptor, huge: bool) -> st.SearchStrategy:
    t = field.type
    if t == _F.TYPE_STRING:
        return _text(huge)
    if t == _F.TYPE_BYTES:
        return st.binary(max_size=64)
    if t == _F.TYPE_BOOL:
        return st.booleans()
    if t in (_F.TYPE_DOUBLE, _F.TYPE_FLOAT):
        return st.sampled_from(_FLOATS) | st.floats(allow_nan=True, allow_infinity=True,
                                                       width=64 if t == _F.TYPE_DOUBLE else 32)
    if t == _F.TYPE_ENUM:
        return st.sampled_from([v.number for v in field.enum_type.values] + [-1, 999, 2**31 - 1])
    lo, hi = _INT_LIMITS[t]
    return _ints(lo, hi)


def messages(desc: Descriptor, depth: int = 0, huge: bool = True) -> st.SearchStrategy:
    """Messages of type ``desc`` with hostile field values (nested up to 2 levels)."""
    cls = message_factory.GetMessageClass(desc)
    fields = [f for f in desc.fields if not (f.message_type is not None and depth >= 2)]

    def value(f: FieldDescriptor) -> st.SearchStrategy:
        if f.message_type is not None:
            if f.message_type.GetOptions().map_entry:
                k, v = f.message_type.fields_by_name["key"], f.message_type.fields_by_name["value"]
                vals = messages(v.message_type, depth + 1, False) if v.message_type else _scalar(v, False)
                return st.dictionaries(_scalar(k, False), vals, max_size=3)
            one = messages(f.message_type, depth + 1, huge=False)
            return st.lists(one, max_size=3) if f.is_repeated else one
        one = _scalar(f, huge)
        return st.lists(one, max_size=3) if f.is_repeated else one

    @st.composite
    def build(draw: st.DrawFn):
        msg = cls()
        for f in draw(st.lists(st.sampled_from(fields), max_size=len(fields), unique_by=lambda f: f.number)
                      if fields else st.just([])):
            v = draw(value(f))
            if f.message_type is not None and f.message_type.GetOptions().map_entry:
                target = getattr(msg, f.name)
                for k, item in v.items():
                    if f.message_type.fields_by_name["value"].message_type is not None:
                        target[k].CopyFrom(item)
                    else:
                        target[k] = item
            elif f.is_repeated:
                getattr(msg, f.name).extend(v)
            elif f.message_type is not None:
                getattr(msg, f.name).CopyFrom(v)
            else:
                setattr(msg, f.name, v)
        return msg

    return build()


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def bad_utf8(desc: Descriptor) -> st.SearchStrategy[bytes]:
    """A string field (or an unknown field 1) holding invalid UTF-8, by hand on the wire."""
    strings = [f.number for f in desc.fields if f.type == _F.TYPE_STRING] or [1]
    junk = st.sampled_from([b"\xc3\x28", b"\xff\xfe", b"\xed\xa0\x80", b"ok\x80", b"\xf8\x88\x80\x80\x80"])
    return st.builds(lambda n, j: _varint(n << 3 | 2) + _varint(len(j)) + j, st.sampled_from(strings), junk)


def payloads(desc: Descriptor) -> st.SearchStrategy[bytes]:
    """Request bytes for a method taking ``desc``: every kind above."""
    good = messages(desc).map(lambda m: m.SerializeToString())
    truncated = st.tuples(good, st.integers(0, 1 << 30)).map(lambda t: t[0][:t[1] % (len(t[0]) + 1)])
    return st.one_of(good, good, truncated, bad_utf8(desc), st.binary(max_size=200))
