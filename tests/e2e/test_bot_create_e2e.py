"""End to end: `botfarm bot create` on the shipped sample archive, then
`botfarm generate`, through the five real gRPC services on localhost.

The base model is a tiny random Llama (tests/tinymodels.py) put into the registry as
"base/tiny-llama", so the run takes seconds; `make demo` does the same with the real
SmolLM2-135M-Instruct base.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from botfarm.core.stack import LocalStack
from botfarm.core.store import LocalStore
from botfarm.registry.core import Registry

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "x-archive-botfarm-demo"


def botfarm(*args: str, env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "botfarm.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=REPO)


def server_flags(stack) -> list[str]:
    """``--server SERVICE=ADDR`` for each gRPC service of a LocalStack."""
    return [f"--server={svc}={addr}" for svc, addr in stack.addresses.items() if svc != "inference_http"]


def client_env(tmp_path, tiny_llama) -> tuple:
    """A data folder with the tiny base in its registry, and the CLI's environment
    (no service addresses from the developer's shell)."""
    data = tmp_path / "data"
    Registry(LocalStore(data)).publish("base/tiny-llama", tiny_llama, method="base")
    env = {**os.environ, "BOTFARM_CACHE_DIR": str(tmp_path / "cache")}
    for svc in ("ingestion", "cleaning", "training", "registry", "inference"):
        env.pop(f"BOTFARM_{svc.upper()}_ADDR", None)
    return data, env


@pytest.mark.slow
def test_bot_create_then_generate_through_services(tmp_path, tiny_llama):
    data, env = client_env(tmp_path, tiny_llama)

    with LocalStack(data, env={"BOTFARM_CACHE_DIR": str(tmp_path / "cache")}) as stack:
        servers = server_flags(stack)
        create = botfarm("bot", "create", "e2e-bot", "--archive", str(SAMPLE), "--base", "base/tiny-llama",
                         "--max-steps", "4", *servers, env=env)
        assert create.returncode == 0, create.stderr[-4000:]
        out = create.stdout

        # The huggingtweets table of the sample archive (counts checked by tests/test_samples.py).
        assert "| Data | @botfarm_demo |" in out
        assert "| Tweets downloaded | 441 |" in out
        assert "| Retweets | 55 |" in out
        assert "| Short tweets | 34 |" in out
        assert "| Tweets kept | 352 |" in out
        # Progress bars for each stage went to stderr.
        for stage in ("upload", "clean", "train", "generate"):
            assert stage in create.stderr

        card = re.search(r"^Model card: (.+)$", out, re.M).group(1)
        # Services given by address: the card's object-store key (here, in our local store).
        assert card == "models/e2e-bot/versions/1/files/README.md"
        card_text = (data / card).read_text()
        assert "Tweets kept" in card_text and "@botfarm_demo" in card_text

        posts = re.findall(r"^\d+\. (.*)$", out, re.M)
        assert len(posts) == 5 and all(p.startswith("My dream is") for p in posts)

        version = Registry(LocalStore(data)).resolve("e2e-bot")
        assert version.version == 1 and version.method == "lora"
        assert version.base_model.startswith("base/tiny-llama")

        gen = botfarm("generate", "e2e-bot", "My dream is", "-n", "2", "--seed", "7",
                      "--server", stack.addresses["inference"], env=env)
        assert gen.returncode == 0, gen.stderr[-4000:]
        again = botfarm("generate", "e2e-bot", "My dream is", "-n", "2", "--seed", "7",
                        "--server", stack.addresses["inference"], env=env)
        assert gen.stdout == again.stdout and gen.stdout.count("My dream is") == 2

        # The same again as one JSON document (progress on stderr), then the job it ran,
        # through the training service's life-cycle commands.
        created = botfarm("bot", "create", "e2e-bot", "--archive", str(SAMPLE), "--base", "base/tiny-llama",
                          "--max-steps", "2", "--json", *servers, env=env)
        assert created.returncode == 0, created.stderr[-4000:]
        doc = json.loads(created.stdout)
        assert (doc["bot"], doc["version"], doc["model_version"]) == ("e2e-bot", 2, "models/e2e-bot/versions/2")
        assert doc["training_data"][0]["counts"]["kept"] == 352 and len(doc["samples"]) == 5
        assert doc["metrics"]["eval_loss_after"] > 0 and "train" in created.stderr
        training = f"--server={stack.addresses['training']}"
        job = json.loads(botfarm("train", "show", doc["training_job"], "--json", training, env=env).stdout)
        assert (job["state"], job["model_version"]) == ("STATE_SUCCEEDED", doc["model_version"])
        listed = json.loads(botfarm("train", "list", "--json", training, env=env).stdout)["training_jobs"]
        assert [j["name"] for j in listed][0] == doc["training_job"] and len(listed) == 2
        logs = botfarm("train", "logs", doc["training_job"], training, env=env)
        assert logs.returncode == 0 and "loading base model" in logs.stdout and "publishing" in logs.stdout
        cancel = botfarm("train", "cancel", doc["training_job"], training, env=env)
        assert cancel.returncode == 9 and "FAILED_PRECONDITION" in cancel.stderr  # it finished already
        shown = json.loads(botfarm("bot", "show", "e2e-bot", "--json", f"--server={stack.addresses['registry']}",
                                   env=env).stdout)
        assert shown["latest_version"]["version"] == 2 and len(shown["latest_version"]["loss_history"]) >= 3
