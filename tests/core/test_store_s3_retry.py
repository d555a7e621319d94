"""S3 retries (botfarm.core.s3http): a 5xx answer or a dropped connection is retried
with exponential backoff (``backoff * 2 ** attempt``) up to ``retries`` times, never past
the caller's deadline, and never for a conditional PUT. S3 is the real moto_server behind
a FAKE flaky front (tests/flakyproxy.py) that fails the next N requests; the backoff
sleeps are recorded, not slept."""

from __future__ import annotations

import pytest
from botfarm.core.deadlines import deadline_after
from botfarm.core.errors import Unavailable
from botfarm.core.s3http import S3Policy
from flakyproxy import FlakyProxy

MODES = ["503", "drop"]


@pytest.fixture
def proxy(s3_server):
    with FlakyProxy(s3_server.endpoint) as p:
        yield p


@pytest.fixture
def slept():
    return []


def store_via(proxy, s3_server, slept, backoff: float):
    from botfarm.core.s3store import S3Store

    policy = S3Policy(retries=3, backoff=backoff, sleep=slept.append)
    store = S3Store("retries", proxy.endpoint, s3_server.access_key, s3_server.secret_key, policy=policy)
    store.put_bytes("k", b"stored before the failures")  # the bucket exists, the pool is warm
    return store


@pytest.fixture
def store(proxy, s3_server, slept):
    return store_via(proxy, s3_server, slept, backoff=0.5)


def _tries(proxy, method: str) -> list[int]:
    return [status for m, path, status in proxy.seen if m == method and path.endswith("/k")]


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_read_is_retried_with_exponential_backoff(store, proxy, slept, mode):
    proxy.fail(2, mode)
    assert store.get_bytes("k") == b"stored before the failures"
    failed = 503 if mode == "503" else 0
    assert _tries(proxy, "GET") == [failed, failed, 200]
    assert slept == [0.5, 1.0]


@pytest.mark.parametrize("mode", MODES)
def test_an_idempotent_put_is_retried_and_stored_once(store, proxy, slept, mode):
    proxy.fail(1, mode)
    store.put_bytes("k", b"replaced")
    assert _tries(proxy, "PUT") == [503 if mode == "503" else 0, 200]
    assert slept == [0.5]
    assert store.get_bytes("k") == b"replaced"


@pytest.mark.parametrize("mode", MODES)
def test_past_the_retries_the_store_is_unavailable(store, proxy, slept, mode):
    proxy.fail(10, mode)
    with pytest.raises(Unavailable) as e:
        store.get_bytes("k")
    assert e.value.reason == ("STORE_UNAVAILABLE" if mode == "503" else "STORE_UNREACHABLE")
    assert len(_tries(proxy, "GET")) == 4  # the first try and 3 retries
    assert slept == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("mode", MODES)
def test_no_retry_would_outlast_the_callers_deadline(s3_server, proxy, slept, mode):
    store = store_via(proxy, s3_server, slept, backoff=100.0)
    proxy.fail(1, mode)
    # 60 s of deadline left, a first backoff of 100 s: waiting it out would miss the deadline.
    with deadline_after(60), pytest.raises(Unavailable):
        store.get_bytes("k")
    assert len(_tries(proxy, "GET")) == 1 and slept == []
    # Without a deadline the same failure is retried after the backoff.
    proxy.fail(1, mode)
    assert store.get_bytes("k") == b"stored before the failures"
    assert len(_tries(proxy, "GET")) == 2 and slept == [100.0]


def test_a_conditional_put_answered_503_is_not_retried(store, proxy, slept):
    # A retried If-None-Match: * could report our own first write as AlreadyExists.
    proxy.fail(1, "503")
    with pytest.raises(Unavailable):
        store.create_if_absent("new", b"once")
    assert [m for m, path, _ in proxy.seen if path.endswith("/new")] == ["PUT"] and slept == []
