"""The OpenAPI document (/api-doc/openapi.json, generated from the typed bodies) against
the running service: schemathesis generates requests for every operation from it
(hypothesis, a bounded number of examples each) and the server never answers 5xx.
A bot to generate from is named in most bodies, so requests do reach the engine: the
tiny models and max_total_tokens=48 keep each one short."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from inference_server import serve_inference
from schemathesis.checks import not_a_server_error

TOKEN = "schema-token"
EXAMPLES = 15


@pytest.fixture(scope="module")
def running(tmp_path_factory, tiny_llama, llama_loras):
    from botfarm.core.store import LocalStore
    from botfarm.registry.core import Registry

    root = tmp_path_factory.mktemp("schemathesis")
    reg = Registry(LocalStore(root / "store"), cache_dir=root / "cache")
    reg.publish("base/tiny", tiny_llama, method="base")
    reg.publish("bot0", llama_loras[0], method="lora", base_model="base/tiny")
    s = serve_inference(reg, config={"auth_token": TOKEN}, default_bot="bot0", max_total_tokens=48,
                        max_concurrent_requests=32)
    yield s
    s.close()


def test_no_server_errors(running):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    schema = schemathesis.openapi.from_url(f"{running.http}/api-doc/openapi.json", headers=auth)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 19  # every route but /docs (HTML) and its assets

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def no_5xx(case):
            case.call_and_validate(base_url=running.http, headers=auth, checks=[not_a_server_error], timeout=120)

        no_5xx()
