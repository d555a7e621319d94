"""The one bearer-token rule (botfarm.core.auth) the gRPC interceptor and the HTTP API share."""

from __future__ import annotations

import pytest
from botfarm.core.auth import BearerCheck, bearer_credentials


@pytest.mark.parametrize("header, token", [
    ("Bearer abc", b"abc"), ("bearer abc", b"abc"), ("BEARER abc", b"abc"), ("Bearer\tabc", b"abc"),
    ("  Bearer   abc  ", b"abc"), (b"Bearer abc", b"abc"),
    ("Basic abc", None), ("abc", None), ("Bearer", None), ("Bearer ", None), ("", None), (None, None),
    ("Bearerabc", None),
])
def test_bearer_credentials(header, token):
    assert bearer_credentials(header) == token


def test_check_compares_the_whole_token():
    check = BearerCheck("s3cret")
    assert check.accepts("bearer s3cret") and check.accepts("Bearer s3cret")
    for wrong in ("Bearer s3cre", "Bearer s3cret2", "Bearer S3CRET", "Basic s3cret", None):
        assert not check.accepts(wrong)
    with pytest.raises(ValueError):
        BearerCheck("")
