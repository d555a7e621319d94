"""End to end: `botfarm bot create --workers 2` through the five real gRPC services on
localhost (LocalStack): the local launcher runs the training job as a torchrun group of
two gloo processes on this CPU, and the registered version records its world size,
visible in `botfarm registry show`'s JSON through the registry service, and the
TrainingJob keeps ``workers: 2`` (`botfarm train list --json`).

The base model is a tiny random Llama (tests/tinymodels.py), as in test_bot_create_e2e.py.
"""

from __future__ import annotations

import json

import pytest
from botfarm.core.stack import LocalStack
from botfarm.core.store import LocalStore
from botfarm.registry.core import Registry
from test_bot_create_e2e import SAMPLE, botfarm, client_env, server_flags


@pytest.mark.slow
def test_bot_create_with_two_workers_records_world_size_2(tmp_path, tiny_llama):
    data, env = client_env(tmp_path, tiny_llama)

    with LocalStack(data, env={"BOTFARM_CACHE_DIR": str(tmp_path / "cache"), "OMP_NUM_THREADS": "1"}) as stack:
        servers = server_flags(stack)
        create = botfarm("bot", "create", "duo-bot", "--archive", str(SAMPLE), "--base", "base/tiny-llama",
                         "--max-steps", "4", "--workers", "2", "-n", "1", *servers, env=env)
        assert create.returncode == 0, create.stderr[-4000:]
        assert "| Tweets kept | 352 |" in create.stdout

        # `registry show --json`: the version as one JSON document.
        show = botfarm("registry", "show", "duo-bot", "--json", "--server", stack.addresses["registry"], env=env)
        assert show.returncode == 0, show.stderr[-2000:]
        version = json.loads(show.stdout)
        assert version["name"] == "models/duo-bot/versions/1"
        assert version["metrics"]["world_size"] == 2
        assert version["metrics"]["train_tokens"] == 4 * 4 * 256  # the global batch: 4 blocks of 256 a step

        # The flag reached the TrainingJob itself, as the training service keeps it.
        listed = botfarm("train", "list", "--json", "--server", stack.addresses["training"], env=env)
        assert listed.returncode == 0, listed.stderr[-2000:]
        [job] = json.loads(listed.stdout)["training_jobs"]
        assert (job["model"], job["workers"], job["queue_name"]) == ("duo-bot", 2, "")

    # Rank 0 alone published: one version.
    versions, _ = Registry(LocalStore(data)).list_versions("duo-bot")
    assert len(versions) == 1
