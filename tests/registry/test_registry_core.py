"""Registry core on both store backends (local disk and S3 through a real moto_server):
publish, resolve, aliases, pagination, delete, and bad input."""

from __future__ import annotations

import hashlib

import pytest
from botfarm.core.errors import AlreadyExists, FailedPrecondition, InvalidArgument, NotFound
from botfarm.registry import names
from registry_helpers import make_weights_dir

TRAINING_DATA = [{"user": {"handle": "@mcin", "display_name": "Mc In", "avatar_url": "https://x/a.png"},
                  "counts": {"downloaded": 3250, "retweets": 154, "short": 986, "kept": 2110}}]


def test_publish_then_resolve_by_number_alias_and_latest(registry, weights_dir):
    progress = []
    v1 = registry.publish("mcintweet", weights_dir, method="full", training_data=TRAINING_DATA,
                          progress=lambda done, total: progress.append((done, total)))
    assert (v1.model, v1.version, v1.name) == ("mcintweet", 1, "models/mcintweet/versions/1")
    assert v1.architecture == "LlamaForCausalLM"
    assert progress and progress[-1][0] == progress[-1][1] == sum(
        p.stat().st_size for p in weights_dir.iterdir())
    # Every uploaded file is recorded with the sha256 of its local bytes.
    for f in v1.files:
        if f.path not in ("README.md", "loss.png"):
            assert f.sha256 == hashlib.sha256((weights_dir / f.path).read_bytes()).hexdigest()
            assert f.size == (weights_dir / f.path).stat().st_size
    assert {f.path for f in v1.files} >= {"config.json", "model.safetensors", "tokenizer.json", "README.md"}

    v2 = registry.publish("mcintweet", make_weights_dir(weights_dir.parent / "w2", seed=1), method="full",
                          aliases=("latest", "production"))
    assert v2.version == 2
    assert registry.resolve("mcintweet").version == 2
    assert registry.resolve("mcintweet@1") == v1
    assert registry.resolve("models/mcintweet/versions/1") == v1
    assert registry.resolve("mcintweet:production").version == 2

    registry.set_alias("mcintweet", "production", 1)  # roll back
    assert registry.resolve("mcintweet:production").version == 1
    m = registry.get_model("mcintweet")
    assert m.aliases == {"latest": 2, "production": 1}
    assert m.latest_version == 2
    assert m.users == [{"handle": "mcin", "display_name": "Mc In", "avatar_url": "https://x/a.png"}]


def test_download_verifies_and_caches(registry, weights_dir, tmp_path):
    v = registry.publish("bot", weights_dir, method="full")
    out = registry.download(v, tmp_path / "out")
    for p in weights_dir.iterdir():
        assert (out / p.name).read_bytes() == p.read_bytes()
    assert (out / "README.md").read_text().startswith("---\nlanguage: en\n")
    cached = registry.download(v)
    assert cached.is_relative_to(tmp_path / "cache")
    # A second call is served from the cache without touching the store's objects.
    for f in v.files:
        registry.store.delete(f.key)
    assert registry.download(v) == cached
    assert (cached / "model.safetensors").read_bytes() == (weights_dir / "model.safetensors").read_bytes()


def test_list_models_and_versions_paginate(registry, tmp_path):
    for i, name in enumerate(["c-bot", "a-bot", "b-bot"]):
        registry.publish(name, make_weights_dir(tmp_path / name, seed=i), method="full")
    for i in range(4):
        registry.publish("a-bot", make_weights_dir(tmp_path / f"a{i}", seed=10 + i), method="full")

    page1, token = registry.list_models(page_size=2)
    assert [m.model for m in page1] == ["a-bot", "b-bot"] and token
    page2, token2 = registry.list_models(page_size=2, page_token=token)
    assert [m.model for m in page2] == ["c-bot"] and token2 == ""
    assert page1[0].latest_version == 5

    seen, token = [], ""
    while True:
        page, token = registry.list_versions("a-bot", page_size=2, page_token=token)
        seen += [v.version for v in page]
        if not token:
            break
    assert seen == [5, 4, 3, 2, 1]  # newest first, nothing repeated or skipped
    with pytest.raises(InvalidArgument):
        registry.list_versions("a-bot", page_token="%%%not-a-token")
    with pytest.raises(InvalidArgument):
        registry.list_models(page_size=-1)


def test_delete_version_and_model(registry, tmp_path):
    for i in range(3):
        registry.publish("bot", make_weights_dir(tmp_path / str(i), seed=i), method="full")
    registry.set_alias("bot", "production", 2)
    with pytest.raises(FailedPrecondition):
        registry.delete_version("bot", 2)  # an alias points at it
    registry.delete_version("bot", 3)  # latest may go: it moves back
    assert registry.resolve("bot").version == 2
    with pytest.raises(NotFound):
        registry.resolve("bot@3")
    assert not list(registry.store.list(names.file_key("bot", 3, "")))
    # A deleted number is never given out again.
    v = registry.publish("bot", make_weights_dir(tmp_path / "again", seed=9), method="full")
    assert v.version == 4

    registry.delete_model("bot")
    with pytest.raises(NotFound):
        registry.get_model("bot")
    assert not list(registry.store.list("models/bot/"))
    assert registry.list_models() == ([], "")


def test_errors(registry, weights_dir, tmp_path):
    with pytest.raises(InvalidArgument):
        registry.publish("Bad_Name", weights_dir, method="full")
    with pytest.raises(InvalidArgument):
        registry.publish("-x", weights_dir, method="full")
    with pytest.raises(InvalidArgument):
        registry.publish("base", weights_dir, method="full")
    with pytest.raises(InvalidArgument):
        registry.publish("bot", weights_dir, method="magic")
    with pytest.raises(InvalidArgument):  # base models live under base/ and only there
        registry.publish("bot", weights_dir, method="base")
    with pytest.raises(InvalidArgument):
        registry.publish("base/bot", weights_dir, method="full")
    with pytest.raises(InvalidArgument):
        registry.publish("bot", weights_dir, method="full", hyperparameters={"lr": object()})
    assert not list(registry.store.list("models/"))  # none of that wrote anything
    with pytest.raises(InvalidArgument):
        registry.publish("bot", tmp_path / "missing", method="full")
    with pytest.raises(InvalidArgument):  # a LoRA needs a base
        registry.publish("bot", make_weights_dir(tmp_path / "lora", method="lora"), method="lora")
    with pytest.raises(NotFound):  # an unknown base
        registry.publish("bot", make_weights_dir(tmp_path / "lora2", method="lora"), method="lora",
                         base_model="base/nope")
    for ref in ("", "bot@0", "bot@x", "bot:Prod", "../etc", "models/bot/versions/zero"):
        with pytest.raises(InvalidArgument):
            registry.resolve(ref)

    with pytest.raises(NotFound):
        registry.resolve("ghost")
    registry.publish("bot", weights_dir, method="full")
    with pytest.raises(NotFound):
        registry.resolve("bot@7")
    with pytest.raises(NotFound):
        registry.resolve("bot:production")
    with pytest.raises(FailedPrecondition):
        registry.set_alias("bot", "production", 7)
    with pytest.raises(InvalidArgument):
        registry.set_alias("bot", "latest", 1)
    with pytest.raises(NotFound):
        registry.set_alias("ghost", "production", 1)
    with pytest.raises(NotFound):
        registry.delete_alias("bot", "production")
    with pytest.raises(NotFound):
        registry.delete_version("bot", 5)
    with pytest.raises(AlreadyExists):
        registry.create_model("bot")
    # Nothing above disturbed the stored version.
    assert registry.resolve("bot").version == 1
    assert registry.download(registry.resolve("bot@1"))


@pytest.mark.parametrize("bad", ["pytorch_model.bin", "model.pt", "weights.pkl", "x.pickle", "last.ckpt"])
def test_pickles_are_refused(registry, weights_dir, bad):
    (weights_dir / bad).write_bytes(b"\x80\x04K\x01.")  # a real pickle of the int 1
    with pytest.raises(InvalidArgument) as e:
        registry.publish("bot", weights_dir, method="full")
    assert e.value.reason == "PICKLE_REFUSED"
    assert not list(registry.store.list("models/"))  # refused before anything was written


def test_renamed_pickle_and_remote_code_are_refused(registry, weights_dir):
    good = (weights_dir / "model.safetensors").read_bytes()
    (weights_dir / "model.safetensors").write_bytes(b"PK\x03\x04 a torch zip pickle")
    with pytest.raises(InvalidArgument) as e:
        registry.publish("bot", weights_dir, method="full")
    assert e.value.reason == "INVALID_SAFETENSORS"
    (weights_dir / "model.safetensors").write_bytes(good)
    (weights_dir / "config.json").write_text('{"auto_map": {"AutoModel": "modeling_x.X"}}')
    with pytest.raises(InvalidArgument) as e:
        registry.publish("bot", weights_dir, method="full")
    assert e.value.reason == "REMOTE_CODE_REFUSED"


def test_lora_records_pinned_base(registry, tmp_path):
    base = registry.publish("base/tiny", make_weights_dir(tmp_path / "base"), method="base")
    assert base.base_model == "" and base.model == "base/tiny"
    v = registry.publish("bot", make_weights_dir(tmp_path / "lora", method="lora"), method="lora",
                         base_model="base/tiny")
    assert v.base_model == "base/tiny@1"
    assert v.architecture == "LlamaForCausalLM"  # taken from the base
    assert [m.model for m in registry.list_models()[0]] == ["base/tiny", "bot"]

    # A base that bots build on is not deleted by accident.
    assert registry.dependents("base/tiny") == ["bot@1"]
    with pytest.raises(FailedPrecondition) as e:
        registry.delete_version("base/tiny", 1)
    assert e.value.reason == "BASE_IN_USE"
    with pytest.raises(FailedPrecondition):
        registry.delete_model("base/tiny")
    registry.delete_version("bot", 1)
    registry.delete_model("base/tiny")
    assert [m.model for m in registry.list_models()[0]] == ["bot"]


def test_base_card_and_corrupt_card(registry, weights_dir):
    from botfarm.core.errors import DataLoss

    v = registry.publish("base/tiny", weights_dir, method="base")
    card, got = registry.get_card("base/tiny")
    assert got == v and "is a base model imported into the registry" in card
    assert "botfarm registry export base/tiny@1 --output base-tiny-v1" in card
    assert "text_generation" not in card  # a base is not served as a bot
    assert "loss.png" not in {f.path for f in v.files}  # no losses, no plot

    key = v.file("README.md").key
    registry.store.put_bytes(key, card.replace("base model", "bot").encode())
    with pytest.raises(DataLoss):
        registry.get_card("base/tiny")


@pytest.mark.parametrize("bad", ["bot\n", "base/bot\n"])
def test_trailing_newline_is_not_a_valid_model_name(bad):
    # `$` in a regex also matches before a final "\n": such a name would become an
    # object key "models/bot\n/model.json".
    with pytest.raises(InvalidArgument):
        names.check_model(bad)


def test_trailing_newline_is_not_a_valid_alias():
    with pytest.raises(InvalidArgument):
        names.check_alias("production\n")


@pytest.mark.parametrize("ref", ["bot@\u00b2", "bot@\u0663"])
def test_non_ascii_digits_in_a_reference_are_invalid_argument(ref):
    # "²".isdigit() is true, but int("²") raises ValueError: that was an INTERNAL error.
    with pytest.raises(InvalidArgument):
        names.parse_ref(ref)


def test_non_ascii_digit_page_token_is_invalid_argument(registry, weights_dir):
    import base64

    registry.publish("bot", weights_dir, method="full")
    token = base64.urlsafe_b64encode("v:\u00b2".encode()).decode()
    with pytest.raises(InvalidArgument):
        registry.list_versions("bot", page_token=token)


def test_lora_on_a_lora_is_refused(registry, tmp_path):
    registry.publish("base/tiny", make_weights_dir(tmp_path / "base"), method="base")
    registry.publish("bot", make_weights_dir(tmp_path / "lora", method="lora"), method="lora", base_model="base/tiny")
    before = sorted(i.key for i in registry.store.list("models/"))
    # Inference would apply only the outer adapter, on the inner one's base: wrong output.
    with pytest.raises(InvalidArgument) as e:
        registry.publish("other", make_weights_dir(tmp_path / "lora2", method="lora"), method="lora",
                         base_model="bot")
    assert e.value.reason == "BAD_BASE_MODEL"
    assert sorted(i.key for i in registry.store.list("models/")) == before
