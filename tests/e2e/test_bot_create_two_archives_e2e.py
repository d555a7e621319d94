"""End to end: one bot from two people, `botfarm bot create NAME --archive a.zip
--archive b.zip`, through the five real gRPC services on localhost: an X archive zip
(the shipped demo sample) and a Mastodon archive zip (samples/build_social_archives.py).
The bot's first posts follow its generation defaults (one line each), and its export
carries them in generation_config.json. The base is the tiny random Llama of
tests/tinymodels.py, as in test_bot_create_e2e.py."""

from __future__ import annotations

import json
import re
import zipfile

import pytest
from botfarm.core.stack import LocalStack
from botfarm.core.store import LocalStore
from botfarm.registry.core import Registry
from socialsamples import MASTODON_COUNTS, MASTODON_HANDLE, mastodon_zip
from test_bot_create_e2e import SAMPLE, botfarm, client_env, server_flags


@pytest.mark.slow
def test_one_bot_from_two_archives(tmp_path, tiny_llama):
    data, env = client_env(tmp_path, tiny_llama)
    x_zip = tmp_path / "botfarm_demo.zip"
    with zipfile.ZipFile(x_zip, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted((SAMPLE / "data").iterdir()):
            z.write(f, f"data/{f.name}")
    m_zip = tmp_path / "archive-20250101.zip"
    m_zip.write_bytes(mastodon_zip())

    with LocalStack(data, env={"BOTFARM_CACHE_DIR": str(tmp_path / "cache")}) as stack:
        servers = server_flags(stack)
        create = botfarm("bot", "create", "two-people", "--archive", str(x_zip), "--archive", str(m_zip),
                         "--base", "base/tiny-llama", "--max-steps", "3", "--json", *servers, env=env)
        assert create.returncode == 0, create.stderr[-4000:]
        doc = json.loads(create.stdout)
        rows = {t["user"]["handle"]: {k: t["counts"][k] for k in MASTODON_COUNTS} for t in doc["training_data"]}
        assert rows == {"botfarm_demo": {"downloaded": 441, "retweets": 55, "short": 34, "kept": 352},
                        MASTODON_HANDLE: MASTODON_COUNTS}
        assert len(doc["samples"]) == 5 and all("\n" not in p and p.startswith("My dream is")
                                                for p in doc["samples"])
        assert re.search(r"ingested .*archive-20250101\.zip: 60 posts of @rin@social\.example", create.stderr)

        version = Registry(LocalStore(data)).resolve("two-people")
        assert sorted(t["user"]["handle"] for t in version.training_data) == ["botfarm_demo", MASTODON_HANDLE]
        assert "generation_config.json" in {f.path for f in version.files}
        out = tmp_path / "export"
        exported = botfarm("registry", "export", "two-people", "--output", str(out),
                           f"--server={stack.addresses['registry']}", env=env)
        assert exported.returncode == 0, exported.stderr[-4000:]
        cfg = json.loads((out / "generation_config.json").read_text())
        assert (cfg["do_sample"], cfg["top_p"], cfg["min_new_tokens"], cfg["max_new_tokens"]) == (True, 0.95, 10, 160)
        card = (out / "README.md").read_text()
        assert "| Data | Juniper Holt | Rin Okafor |" in card and "| Tweets kept | 352 | 47 |" in card
        assert 'generator("My dream is", num_return_sequences=5)' in card
