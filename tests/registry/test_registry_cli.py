"""``botfarm registry`` in-process: on the store directly (operators, --data-dir) and
through a real registry server (--server, BOTFARM_REGISTRY_ADDR); exit codes by status."""

from __future__ import annotations

import json

import pytest
from botfarm.cli import main
from botfarm.core.config import ServerConfig
from botfarm.core.server import create_server
from botfarm.core.service import ServiceContext
from botfarm.core.store import LocalStore
from botfarm.registry.service import make_service
from registry_helpers import make_lora, make_weights_dir


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.delenv("BOTFARM_REGISTRY_ADDR", raising=False)
    monkeypatch.setenv("BOTFARM_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "data"


#: Exit codes by status (the gRPC code numbers).
IA, NF, FP = 3, 5, 9


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_push_list_show_alias_export_delete(capsys, data, tmp_path):
    d = ["--data-dir", str(data)]
    w1, w2 = make_weights_dir(tmp_path / "w1"), make_weights_dir(tmp_path / "w2", seed=1)
    rc, out, err = run(capsys, "registry", "push", str(w1), "--name", "mcintweet", "--user", "mcin:Mc In", *d)
    assert rc == 0 and json.loads(out)["ref"] == "mcintweet@1"
    rc, out, _ = run(capsys, "registry", "push", str(w2), "--name", "mcintweet", "--alias", "production", *d)
    assert json.loads(out)["ref"] == "mcintweet@2"

    rc, out, _ = run(capsys, "registry", "list", "--json", *d)
    models = json.loads(out)["models"]
    assert [(m["name"], m["latest_version"], m["aliases"]) for m in models] == [
        ("models/mcintweet", 2, {"latest": 2, "production": 2})]
    assert models[0]["users"][0]["display_name"] == "Mc In"

    assert run(capsys, "registry", "alias", "set", "mcintweet", "production", "1", *d)[0] == 0
    rc, out, _ = run(capsys, "registry", "show", "mcintweet:production", "--json", *d)
    assert json.loads(out)["version"] == 1
    rc, out, _ = run(capsys, "registry", "show", "mcintweet:production", *d)
    assert out.startswith("mcintweet@1  (models/mcintweet/versions/1)") and "model.safetensors" in out
    rc, out, _ = run(capsys, "registry", "versions", "mcintweet", *d)
    assert [line.split()[0] for line in out.splitlines()[1:]] == ["2", "1"] and "production" in out
    rc, out, _ = run(capsys, "registry", "show", "mcintweet", "--card", *d)
    assert out.startswith("---\nlanguage: en") and "mcintweet@2" in out

    rc, out, _ = run(capsys, "registry", "export", "mcintweet@1", "--output", str(tmp_path / "exp"), *d)
    assert rc == 0
    assert (tmp_path / "exp" / "model.safetensors").read_bytes() == (w1 / "model.safetensors").read_bytes()
    # Exporting over a non-empty folder is refused, not merged into it.
    rc, _, err = run(capsys, "registry", "export", "mcintweet@1", "--output", str(tmp_path / "exp"), *d)
    assert rc == FP and "FAILED_PRECONDITION" in err

    rc, _, err = run(capsys, "registry", "alias", "set", "mcintweet", "canary", "9", *d)
    assert rc == FP and "FAILED_PRECONDITION" in err
    rc, _, err = run(capsys, "registry", "show", "mcintweet@9", *d)
    assert rc == NF and "NOT_FOUND" in err
    rc, _, err = run(capsys, "registry", "push", str(w1), "--name", "Bad!", *d)
    assert rc == IA and "INVALID_ARGUMENT" in err
    (w1 / "pytorch_model.bin").write_bytes(b"\x80\x04K\x01.")
    rc, _, err = run(capsys, "registry", "push", str(w1), "--name", "mcintweet", *d)
    assert rc == IA and "pickle" in err

    rc, _, err = run(capsys, "registry", "delete", "mcintweet@1", *d)
    assert rc == FP and "production" in err  # an alias still points at it
    assert run(capsys, "registry", "delete", "mcintweet@2", *d)[0] == 0
    assert run(capsys, "registry", "gc", "--grace-seconds", "0", *d)[0] == 0
    assert run(capsys, "registry", "delete", "mcintweet", "--all", *d)[0] == 0
    rc, out, _ = run(capsys, "registry", "list", "--json", *d)
    assert json.loads(out)["models"] == []


def test_import_base_from_folder(capsys, data, tmp_path):
    src = make_weights_dir(tmp_path / "My-Base_Model")
    rc, out, _ = run(capsys, "registry", "import-base", str(src), "--data-dir", str(data))
    assert rc == 0 and json.loads(out)["ref"] == "base/my-base-model@1"
    rc, out, _ = run(capsys, "registry", "import-base", str(src), "--data-dir", str(data))
    assert json.loads(out)["ref"] == "base/my-base-model@1"  # same files: no new version
    rc, _, err = run(capsys, "registry", "import-base", str(src), "--name", "notbase", "--data-dir", str(data))
    assert rc == IA and "base/" in err


def test_against_a_running_server(capsys, data, tmp_path, monkeypatch):
    from botfarm.registry.core import Registry

    store = LocalStore(data)
    Registry(store).publish("bot", make_weights_dir(tmp_path / "w"), method="full")
    config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1)
    server, port = create_server(config, make_service(ServiceContext(config=config, store=store)))
    server.start()
    try:
        # No --data-dir: everything goes through the server (the default store is elsewhere).
        monkeypatch.chdir(tmp_path)
        addr = f"127.0.0.1:{port}"
        rc, out, _ = run(capsys, "registry", "list", "--json", "--server", addr)
        assert [m["name"] for m in json.loads(out)["models"]] == ["models/bot"]
        rc, out, _ = run(capsys, "registry", "alias", "set", "bot", "production", "1", "--server", addr)
        assert json.loads(out)["aliases"] == {"latest": 1, "production": 1}
        monkeypatch.setenv("BOTFARM_REGISTRY_ADDR", addr)
        rc, out, _ = run(capsys, "registry", "show", "bot:production", "--json")
        shown = json.loads(out)
        assert shown["version"] == 1 and {f["path"] for f in shown["files"]} >= {"model.safetensors"}
        rc, _, err = run(capsys, "registry", "show", "bot@5")
        assert rc == NF and "NOT_FOUND" in err
        assert not (tmp_path / ".botfarm").exists()
    finally:
        server.stop(0).wait(5)


def test_lora_push_and_export_merged_or_as_adapter(capsys, data, tmp_path, tiny_llama):
    d = ["--data-dir", str(data)]
    assert run(capsys, "registry", "import-base", str(tiny_llama), "--name", "base/tiny-llama", *d)[0] == 0
    adapter = make_lora(tiny_llama, tmp_path / "adapter")
    rc, _, err = run(capsys, "registry", "push", str(adapter), "--name", "lora-bot", "--method", "lora", *d)
    assert rc == IA and "base_model" in err  # a LoRA without its base is refused
    rc, out, _ = run(capsys, "registry", "push", str(adapter), "--name", "lora-bot", "--method", "lora",
                     "--base-model", "base/tiny-llama", *d)
    assert rc == 0 and json.loads(out)["ref"] == "lora-bot@1"

    rc, _, _ = run(capsys, "registry", "export", "lora-bot", "--output", str(tmp_path / "raw"), "--adapter", *d)
    raw = tmp_path / "raw"
    assert rc == 0 and (raw / "adapter_model.safetensors").read_bytes() == (
        adapter / "adapter_model.safetensors").read_bytes()
    rc, _, _ = run(capsys, "registry", "export", "lora-bot", "--output", str(tmp_path / "merged"), *d)
    merged = tmp_path / "merged"
    assert rc == 0 and (merged / "model.safetensors").is_file() and not (merged / "adapter_config.json").exists()

    from transformers import pipeline

    out = pipeline("text-generation", model=str(merged))("My dream is", max_new_tokens=4, do_sample=False)
    assert out[0]["generated_text"].startswith("My dream is")
