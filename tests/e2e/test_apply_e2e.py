"""End to end: `botfarm apply -f farm.yaml` through the real gRPC services on localhost
(ingestion, cleaning, training with local workers, registry), on copies of the shipped
sample archive and the tiny random Llama base, as tests/e2e/test_bot_create_e2e.py does.

Two bots are created; applied again, nothing is retrained; one archive changed, that
bot alone is retrained; a setting changed shows in the plan."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from botfarm.core.stack import LocalStack
from botfarm.core.store import LocalStore
from botfarm.farm.plan import ARCHIVES_LABEL
from botfarm.farm.spec import FINGERPRINT_LABEL
from botfarm.registry.core import Registry

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "x-archive-botfarm-demo"
FARM = """\
apiVersion: botfarm.dev/v1
kind: Farm
defaults:
  base: base/tiny-llama
  max_steps: {steps}
bots:
  - name: alpha
    archives: [alpha-archive]
    alias: production
  - name: beta
    archives: [beta/tweets.js]
    rules: botfarm
    hyperparameters: {{learning_rate: 2.0e-4}}
"""


def botfarm(*args: str, env: dict[str, str], timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "botfarm.cli", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=REPO)


def _farm(root: Path, steps: int = 2) -> Path:
    (root / "farm.yaml").write_text(FARM.format(steps=steps))
    return root / "farm.yaml"


def _by_name(doc: dict) -> dict[str, dict]:
    return {b["name"]: b for b in doc["bots"]}


@pytest.mark.slow
def test_apply_creates_then_leaves_then_retrains_what_changed(tmp_path, tiny_llama):
    data = tmp_path / "data"
    registry = Registry(LocalStore(data))
    registry.publish("base/tiny-llama", tiny_llama, method="base")
    farm_dir = tmp_path / "farm"
    shutil.copytree(SAMPLE, farm_dir / "alpha-archive")
    (farm_dir / "beta").mkdir()
    shutil.copy(SAMPLE / "data" / "tweets.js", farm_dir / "beta" / "tweets.js")
    farm = _farm(farm_dir)
    env = {**__import__("os").environ, "BOTFARM_CACHE_DIR": str(tmp_path / "cache")}
    services = ("ingestion", "cleaning", "training", "registry")
    with LocalStack(data, env={"BOTFARM_CACHE_DIR": str(tmp_path / "cache")}, services=services) as stack:
        servers = [f"--server={svc}={stack.addresses[svc]}" for svc in services]

        plan = botfarm("apply", "-f", str(farm), "--dry-run", "--json", *servers, env=env)
        assert plan.returncode == 0, plan.stderr[-3000:]
        doc = json.loads(plan.stdout)
        assert doc["dry_run"] and doc["summary"]["create"] == 2
        assert not Registry(LocalStore(data)).list_models(kind="bot")[0]  # a dry run changes nothing

        first = botfarm("apply", "-f", str(farm), "--json", *servers, env=env)
        assert first.returncode == 0, first.stderr[-4000:]
        doc = json.loads(first.stdout)
        assert doc["summary"]["create"] == 2 and doc["summary"]["failed"] == 0
        bots = _by_name(doc)
        assert {n: (b["action"], b["result"], b["version"]) for n, b in bots.items()} == \
            {"alpha": ("create", "ok", 1), "beta": ("create", "ok", 1)}
        for bar in ("upload", "train", "bots"):  # the progress bars, on stderr
            assert bar in first.stderr
        alpha = registry.resolve("alpha@1")
        assert alpha.labels[FINGERPRINT_LABEL] == bots["alpha"]["fingerprint"] and ARCHIVES_LABEL in alpha.labels
        assert registry.resolve("alpha:production").version == 1
        assert registry.resolve("beta").hyperparameters["learning_rate"] == pytest.approx(2e-4)
        jobs = _jobs(servers, env)
        assert len(jobs) == 2

        again = botfarm("apply", "-f", str(farm), *servers, env=env)
        assert again.returncode == 0, again.stderr[-3000:]
        assert "applied: 2 unchanged" in again.stdout and "unchanged  ok" in again.stdout
        assert len(_jobs(servers, env)) == 2  # nothing retrained

        # One archive changed (a post less), one setting changed in a second file.
        tweets = farm_dir / "beta" / "tweets.js"
        prefix, body = tweets.read_text().split("= ", 1)
        tweets.write_text(f"{prefix}= {json.dumps(json.loads(body)[1:])}")
        plan = json.loads(botfarm("apply", "-f", str(farm), "--dry-run", "--json", *servers, env=env).stdout)
        steps = _by_name(plan)
        assert (steps["alpha"]["action"], steps["beta"]["action"]) == ("unchanged", "retrain")
        assert "archive content changed" in steps["beta"]["reason"]
        (tmp_path / "other-settings").mkdir()
        other = _farm(tmp_path / "other-settings", steps=3)
        shutil.copytree(farm_dir / "alpha-archive", other.parent / "alpha-archive")
        shutil.copytree(farm_dir / "beta", other.parent / "beta")
        table = botfarm("apply", "-f", str(other), "--dry-run", *servers, env=env)
        assert table.returncode == 0 and "settings changed since version 1" in table.stdout

        third = botfarm("apply", "-f", str(farm), "--json", *servers, env=env)
        assert third.returncode == 0, third.stderr[-4000:]
        bots = _by_name(json.loads(third.stdout))
        assert (bots["alpha"]["action"], bots["alpha"]["version"]) == ("unchanged", 1)
        assert (bots["beta"]["action"], bots["beta"]["result"], bots["beta"]["version"]) == ("retrain", "ok", 2)
        assert len(_jobs(servers, env)) == 3
        assert registry.resolve("beta@2").labels[FINGERPRINT_LABEL] == bots["beta"]["fingerprint"]


def _jobs(servers: list[str], env: dict[str, str]) -> list[dict]:
    training = next(s for s in servers if s.startswith("--server=training="))
    out = botfarm("train", "list", "--json", training, env=env)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)["training_jobs"]
