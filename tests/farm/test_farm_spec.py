"""The farm file (botfarm/farm/spec.py): what it accepts, the clear errors it gives,
and the fingerprint that decides whether a bot is retrained. No services needed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from botfarm.cli import main as botfarm_main
from botfarm.core.errors import InvalidArgument, NotFound
from botfarm.farm.spec import archive_digest, fingerprint, load

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "x-archive-botfarm-demo"


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "a").mkdir(exist_ok=True)
    (tmp_path / "a" / "tweets.js").write_text("window.YTD.tweets.part0 = []")
    (tmp_path / "farm.yaml").write_text(text)
    return tmp_path / "farm.yaml"


def test_the_shipped_sample_farm_loads():
    farm = load(REPO / "samples" / "farm.yaml")
    demo, tuned = farm.bots
    assert (demo.name, demo.archives, demo.aliases, demo.hyperparameters) == \
        ("demo-bot", (SAMPLE,), ("production",), {"max_steps": 60})
    assert demo.base == "base/smollm2-135m-instruct" and demo.method == "lora" and demo.rules == "huggingtweets"
    assert tuned.rules == "botfarm" and tuned.workers == 1
    assert tuned.hyperparameters == {"learning_rate": 2e-4, "lora_rank": 8, "max_steps": 30}
    assert tuned.archives == (SAMPLE / "data" / "tweets.js",)


@pytest.mark.parametrize("text, message", [
    ("bots: []", "`bots:` must be a non-empty list"),
    ("bot: []", "unknown field(s) bot"),
    ("- a\n- b", "expected a mapping"),
    ("bots: [{archives: [a]}]", "`name` is required"),
    ("bots: [{name: Bad_Name, archives: [a]}]", "bots[0]"),
    ("bots: [{name: x, archives: [missing]}]", "archive 'missing' not found"),
    ("bots: [{name: x, archives: [a], colour: red}]", "unknown field(s) colour"),
    ("bots: [{name: x, archives: [a]}, {name: x, archives: [a]}]", "declared twice"),
    ("bots: [{name: x, archives: [a], method: dpo}]", "`method` must be one of lora, full"),
    ("bots: [{name: x, archives: [a], max_steps: -3}]", "max_steps must be between"),
    ("bots: [{name: x, archives: [a], hyperparameters: {learning_rat: 0.1}}]", "unknown hyperparameters: learning_rat"),
    ("bots: [{name: x, archives: [a], alias: 'no spaces'}]", "bots[0] (x)"),
    ("bots: [{name: base/x, archives: [a]}]", "bots may not be named under base/"),
    ("apiVersion: botfarm.dev/v9\nbots: [{name: x, archives: [a]}]", "apiVersion/kind must be botfarm.dev/v1/Farm"),
    ("bots: [{name: x, archives: [a]\n", "not a YAML document"),
])
def test_bad_files_are_refused_saying_where(tmp_path, text, message):
    with pytest.raises(InvalidArgument) as e:
        load(_write(tmp_path, text))
    assert message in e.value.message and e.value.reason == "INVALID_FARM_FILE"


def test_the_command_reports_a_bad_file_in_one_line(tmp_path, capsys):
    path = _write(tmp_path, "bots: [{name: x, archives: [a], workers: many}]")
    assert botfarm_main(["apply", "-f", str(path), "--dry-run", "--server", "127.0.0.1"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("botfarm: error: INVALID_ARGUMENT: bots[0] (x): `workers` must be") and "Traceback" not in err
    with pytest.raises(NotFound):
        load(tmp_path / "nope.yaml")


def test_defaults_apply_unless_a_bot_sets_its_own(tmp_path):
    farm = load(_write(tmp_path, "defaults: {method: full, max_steps: 5, hyperparameters: {lora_rank: 4}}\n"
                                 "bots: [{name: x, archives: a/tweets.js, hyperparameters: {epochs: 2}},"
                                 " {name: y, archives: [a], method: lora, max_steps: 7}]"))
    x, y = farm.bots
    assert x.method == "full" and x.hyperparameters == {"epochs": 2, "lora_rank": 4, "max_steps": 5}
    assert y.method == "lora" and y.hyperparameters == {"lora_rank": 4, "max_steps": 7}


def test_a_folders_digest_covers_the_posts_not_the_media(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(SAMPLE, archive)
    before = archive_digest(archive)
    assert archive_digest(archive) == before  # no timestamps in it, unlike a fresh zip
    (archive / "data" / "tweets_media").mkdir()
    (archive / "data" / "tweets_media" / "cat.jpg").write_bytes(b"\xff\xd8 not uploaded")
    assert archive_digest(archive) == before
    tweets = archive / "data" / "tweets.js"
    tweets.write_text(tweets.read_text().replace("the", "teh", 1))
    assert archive_digest(archive) != before
    assert archive_digest(tweets) != archive_digest(SAMPLE / "data" / "tweets.js")


def test_the_fingerprint_follows_what_decides_the_weights(tmp_path):
    base = "bots: [{name: x, archives: [a]%s}]"
    fp = {}
    for key, extra in {"plain": "", "alias": ", alias: prod", "workers": ", workers: 2",
                       "steps": ", max_steps: 9", "rules": ", rules: botfarm", "method": ", method: full",
                       "base": ", base: base/other", "lr": ", hyperparameters: {learning_rate: 0.001}"}.items():
        bot = load(_write(tmp_path, base % extra)).bots[0]
        fp[key] = fingerprint(bot, [archive_digest(a) for a in bot.archives])
    assert fp["alias"] == fp["workers"] == fp["plain"]  # how it is served or trained, not what
    assert len({fp[k] for k in ("plain", "steps", "rules", "method", "base", "lr")}) == 6
    bot = load(_write(tmp_path, base % "")).bots[0]
    assert fingerprint(bot, ["0" * 64]) != fp["plain"]  # other archive content
