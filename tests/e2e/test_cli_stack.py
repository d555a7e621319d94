"""The CLI as a user on a laptop sees it: the five services run (botfarm.core.stack.
LocalStack, real `botfarm serve` processes with an auth token), and every command runs
as a real `botfarm` process from an empty folder with only the services' addresses and
the token in its environment: no store, no data directory. Pushes, exports, listings,
deletes and their exit codes go through the services alone, and the working folder
stays empty."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from botfarm.core.stack import LocalStack
from registry_helpers import make_lora, make_weights_dir

pytestmark = pytest.mark.slow

TOKEN = "e2e-secret-token"
#: Exit codes by gRPC status (README, "Exit codes").
IA, NF, FP, UNAVAILABLE, UNAUTHENTICATED = 3, 5, 9, 14, 16


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    data = tmp_path_factory.mktemp("stack-data")
    with LocalStack(data, env={"BOTFARM_AUTH_TOKEN": TOKEN}) as s:
        yield s, data


@pytest.fixture
def cli(stack, tmp_path):
    """Runs `botfarm ARGS` in an empty folder, with the addresses and the token only."""
    s, _data = stack
    work = tmp_path / "work"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOTFARM_", "HF_"))}
    env.update({f"BOTFARM_{svc.upper()}_ADDR": addr for svc, addr in s.addresses.items() if svc != "inference_http"})
    env.update(BOTFARM_AUTH_TOKEN=TOKEN, HOME=str(tmp_path / "home"), PYTHONUNBUFFERED="1")

    def run(*args: str, expect: int = 0, env_extra: dict | None = None) -> subprocess.CompletedProcess:
        out = subprocess.run([sys.executable, "-m", "botfarm.cli", *args], capture_output=True, text=True,
                             cwd=work, env={**env, **(env_extra or {})}, timeout=300)
        assert out.returncode == expect, (args, out.returncode, out.stderr[-3000:])
        assert "Traceback" not in out.stderr
        return out

    run.work, run.env = work, env  # type: ignore[attr-defined]
    return run


def test_registry_and_bots_through_the_services_only(cli, stack, tmp_path, tiny_llama):
    assert cli("--version").stdout.strip().startswith("botfarm ")
    imported = json.loads(cli("registry", "import-base", str(tiny_llama), "--name", "base/tiny-llama",
                              "--canonical-id", "botfarm-tests/tiny-llama", "--license", "mit").stdout)
    assert imported["ref"] == "base/tiny-llama@1" and imported["canonical_id"] == "botfarm-tests/tiny-llama"

    full = make_weights_dir(tmp_path / "full", size=300_000)
    adapter = make_lora(tiny_llama, tmp_path / "adapter")
    pushed = cli("registry", "push", str(full), "--name", "full-bot", "--user", "mcin:Mc In")
    assert json.loads(pushed.stdout)["ref"] == "full-bot@1" and "push full-bot" in pushed.stderr  # the bar
    pushed = json.loads(cli("registry", "push", str(adapter), "--name", "lora-bot", "--method", "lora",
                            "--base-model", "base/tiny-llama", "--alias", "production").stdout)
    assert pushed["ref"] == "lora-bot@1"

    out = tmp_path / "exported"
    cli("registry", "export", "full-bot@1", "--output", str(out))
    for f in full.iterdir():
        assert (out / f.name).read_bytes() == f.read_bytes(), f.name  # identical bytes
    cli("registry", "export", "lora-bot:production", "--output", str(tmp_path / "adapter-out"), "--adapter")
    assert (tmp_path / "adapter-out" / "adapter_model.safetensors").read_bytes() == (
        adapter / "adapter_model.safetensors").read_bytes()
    assert json.loads((tmp_path / "adapter-out" / "adapter_config.json").read_text())[
        "base_model_name_or_path"] == "botfarm-tests/tiny-llama"

    bots = json.loads(cli("bot", "list", "--json").stdout)
    assert [b["name"] for b in bots["bots"]] == ["models/full-bot", "models/lora-bot"]  # no base models
    assert bots["bots"][0]["users"][0]["display_name"] == "Mc In"
    versions = json.loads(cli("registry", "versions", "lora-bot", "--json").stdout)["model_versions"]
    assert [(v["version"], v["base_model"], v["base_model_id"]) for v in versions] == [
        (1, "models/base/tiny-llama/versions/1", "botfarm-tests/tiny-llama")]
    shown = json.loads(cli("bot", "show", "lora-bot", "--json").stdout)
    assert shown["bot"]["aliases"] == {"latest": 1, "production": 1} and shown["latest_version"]["version"] == 1
    assert json.loads(cli("train", "list", "--json").stdout) == {"training_jobs": [], "next_page_token": ""}

    # Deleting, then exporting what was deleted: NOT_FOUND, by its exit code.
    cli("registry", "delete", "lora-bot@1", expect=FP)  # the production alias still points at it
    cli("registry", "alias", "delete", "lora-bot", "production")
    cli("registry", "delete", "lora-bot@1")
    cli("bot", "delete", "full-bot", expect=FP)  # no terminal to ask: --yes is needed
    cli("bot", "delete", "full-bot", "--yes")
    gone = cli("registry", "export", "lora-bot@1", "--output", str(tmp_path / "x"), expect=NF)
    assert "NOT_FOUND" in gone.stderr
    cli("registry", "export", "full-bot", "--output", str(tmp_path / "y"), expect=NF)
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()
    cli("bot", "show", "base/tiny-llama", expect=IA)  # a base model is not a bot
    # A bot whose last version went is still a bot (with no versions) until deleted.
    left = json.loads(cli("bot", "list", "--json").stdout)["bots"]
    assert [(b["name"], b["latest_version"]) for b in left] == [("models/lora-bot", 0)]

    assert list(cli.work.iterdir()) == []  # nothing written in the working folder


def test_errors_say_what_to_do(cli, stack):
    bad = cli("registry", "list", env_extra={"BOTFARM_AUTH_TOKEN": "wrong"}, expect=UNAUTHENTICATED)
    assert "BOTFARM_AUTH_TOKEN" in bad.stderr
    down = cli("bot", "list", "--server", "127.0.0.1:1", expect=UNAVAILABLE)
    assert "127.0.0.1:1" in down.stderr and "botfarm up" in down.stderr
    cli("train", "show", "no/such/job", expect=IA)
    cli("registry", "gc", expect=IA)  # gc needs the store, and nothing here names one
    assert list(cli.work.iterdir()) == []


def test_a_closed_pipe_ends_quietly(cli, stack):
    """`botfarm ... | head`: the reader goes away before the output comes."""
    proc = subprocess.Popen([sys.executable, "-m", "botfarm.cli", "registry", "list"], cwd=cli.work,
                            env=cli.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # before the command has printed anything
    err = proc.stderr.read().decode()
    assert proc.wait(60) == 141 and "Traceback" not in err and "BrokenPipe" not in err, err


def test_training_commands_and_the_old_flag(cli, stack):
    s, _ = stack
    jobs = json.loads(cli("train", "list", "--json", "--addr", s.addresses["training"]).stdout)
    assert jobs["training_jobs"] == []
    missing = cli("train", "mcintweet", "--clean-dataset", "cleanDatasets/" + "0" * 64, expect=NF)
    assert "NOT_FOUND" in missing.stderr  # `train MODEL` is `train create MODEL`
    assert "--addr" not in cli("train", "list", "--help").stdout  # deprecated, hidden
    help_text = cli("bot", "create", "--help").stdout + cli("registry", "--help").stdout
    assert "``" not in help_text and "`" not in help_text
