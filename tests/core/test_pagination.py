"""The one pagination rule (core/pagination.py) and the one timestamp rule
(core/timestamps.py), and every List RPC holding to the first."""

from __future__ import annotations

import base64
import datetime as dt

import pytest
from botfarm.core.errors import InvalidArgument
from botfarm.core.pagination import MAX_PAGE_SIZE, decode_token, encode_token, page_size, paginate
from botfarm.core.timestamps import now_iso, parse_iso, to_iso, to_timestamp


def test_pages_walk_every_item_once_in_order():
    items = [f"item-{i:03d}" for i in range(23)]
    for descending in (False, True):
        seen, token = [], ""
        while True:
            page, token = paginate(sorted(items, reverse=descending), listing="things", page_size=5,
                                   page_token=token, key=lambda s: s, descending=descending)
            seen += page
            if not token:
                break
        assert seen == sorted(items, reverse=descending)


def test_an_item_deleted_between_pages_does_not_break_the_token():
    items = [str(i) for i in range(10)]
    page, token = paginate(items, listing="things", page_size=3, page_token="", key=lambda s: s)
    rest = [i for i in items if i != page[-1]]  # the last item served is gone
    page2, _ = paginate(rest, listing="things", page_size=3, page_token=token, key=lambda s: s)
    assert page2 == ["3", "4", "5"]


@pytest.mark.parametrize("token", [
    "garbage!", "bnVsbA", base64.urlsafe_b64encode(b"null").decode(), base64.urlsafe_b64encode(b"[1]").decode(),
    encode_token("other-listing", "x"), encode_token("things", ""), "é", "A" * 5000,
    base64.urlsafe_b64encode(b'{"l": "things", "a": 5}').decode(),
])
def test_tokens_we_did_not_issue_are_invalid_argument(token):
    with pytest.raises(InvalidArgument) as e:
        decode_token("things", token)
    assert e.value.reason == "INVALID_PAGE_TOKEN" and e.value.metadata["field"] == "page_token"


def test_check_refuses_a_well_formed_token_with_a_bad_key():
    token = encode_token("things", "not-a-number")
    with pytest.raises(InvalidArgument):
        decode_token("things", token, check=int)
    assert decode_token("things", encode_token("things", "12"), check=int) == "12"


def test_page_size_defaults_caps_and_refuses_negative():
    assert page_size(0) == 50 and page_size(7) == 7 and page_size(10**9) == MAX_PAGE_SIZE
    with pytest.raises(InvalidArgument) as e:
        page_size(-1)
    assert e.value.reason == "INVALID_PAGE_SIZE"


def test_timestamps_round_trip_in_utc():
    iso = now_iso()
    assert iso.endswith("Z") and len(iso) == len("2026-11-30T12:00:00.123Z")
    assert to_iso(parse_iso(iso)) == iso
    # Both spellings of UTC, and a naive time (taken as UTC), are read alike.
    assert parse_iso("2026-11-30T12:00:00+00:00") == parse_iso("2026-11-30T12:00:00Z") \
        == parse_iso("2026-11-30T12:00:00")
    ts = to_timestamp("2026-11-30T12:00:00.250Z")
    assert ts is not None and ts.seconds == int(dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC).timestamp())
    assert ts.nanos == 250_000_000 and to_timestamp("") is None
    with pytest.raises(ValueError):
        to_iso(dt.datetime(2026, 1, 1))
