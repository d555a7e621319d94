"""End to end: a bot from a Bluesky export, `botfarm bot create NAME --archive
samples/bluesky-repo-botfarm-demo.car`, through the five real gRPC services on localhost
(the tiny random Llama base of tests/tinymodels.py, a few steps), as
test_bot_create_two_archives_e2e.py does for an X and a Mastodon archive. The sample's
huggingtweets counts (tests/ingestion/socialsamples.py) show in the JSON, on the table of
the model card, and the repository's DID names the account."""

from __future__ import annotations

import json
import re

import pytest
from botfarm.core.stack import LocalStack
from botfarm.core.store import LocalStore
from botfarm.registry.core import Registry
from socialsamples import BLUESKY_CAR, BLUESKY_COUNTS, BLUESKY_DID
from test_bot_create_e2e import botfarm, client_env, server_flags


@pytest.mark.slow
def test_bot_create_from_a_bluesky_car(tmp_path, tiny_llama):
    data, env = client_env(tmp_path, tiny_llama)
    with LocalStack(data, env={"BOTFARM_CACHE_DIR": str(tmp_path / "cache")}) as stack:
        servers = server_flags(stack)
        create = botfarm("bot", "create", "tomas", "--archive", str(BLUESKY_CAR), "--base", "base/tiny-llama",
                         "--max-steps", "2", "-n", "2", "--json", *servers, env=env)
        assert create.returncode == 0, create.stderr[-4000:]
    doc = json.loads(create.stdout)
    assert [(t["user"]["handle"], {k: t["counts"][k] for k in BLUESKY_COUNTS}) for t in doc["training_data"]] == \
        [(BLUESKY_DID, BLUESKY_COUNTS)]  # 60 downloaded, 8 reposts, 4 short, 48 kept
    assert doc["training_data"][0]["user"]["display_name"] == "Tomás Reyes"
    assert re.search(rf"ingested .*bluesky-repo-botfarm-demo\.car: 60 posts of @{BLUESKY_DID}", create.stderr)
    assert len(doc["samples"]) == 2 and all("\n" not in p for p in doc["samples"])

    version = Registry(LocalStore(data)).resolve("tomas")
    assert version.version == 1 and [t["user"]["handle"] for t in version.training_data] == [BLUESKY_DID]
    card = (data / doc["card"]).read_text()
    assert "| Data | Tomás Reyes |" in card
    for label, count in (("Tweets downloaded", 60), ("Retweets", 8), ("Short tweets", 4), ("Tweets kept", 48)):
        assert f"| {label} | {count} |" in card
