"""The pieces of `botfarm bot create` that need no services."""

from __future__ import annotations

import io
import zipfile

import pytest
from botfarm import bot_cli
from botfarm.core.errors import InvalidArgument


def test_server_flags_name_each_service_or_one_host():
    assert bot_cli.parse_servers(["cluster.internal"]) == {
        s: f"cluster.internal:{p}" for s, p in bot_cli.DEFAULT_PORTS.items()}
    addrs = bot_cli.parse_servers(["registry=r:1", "cluster"])
    assert addrs["registry"] == "r:1" and addrs["training"] == "cluster:50053"


def test_bracketed_ipv6_host_alone_takes_default_ports():
    assert bot_cli.parse_servers(["[::1]"])["registry"] == "[::1]:50054"


@pytest.mark.parametrize("bad", ["nosuch=h:1", "host:123", "[::1]:123"])
def test_bad_server_flag_is_invalid_argument(bad):
    with pytest.raises(InvalidArgument):
        bot_cli.parse_servers([bad])


def test_environment_fills_in_missing_addresses(monkeypatch):
    monkeypatch.setenv("BOTFARM_INFERENCE_ADDR", "inf:9")
    addrs = bot_cli.configured_addresses(["registry=r:1"])
    assert addrs == {"registry": "r:1", "inference": "inf:9"}


def test_folder_archive_is_zipped_with_relative_names(tmp_path):
    (tmp_path / "arch" / "data").mkdir(parents=True)
    (tmp_path / "arch" / "data" / "tweets.js").write_text("window.YTD.tweets.part0 = []")
    name, data, path = bot_cli.archive_bytes(tmp_path / "arch")
    assert name == "arch.zip" and path is None
    assert zipfile.ZipFile(io.BytesIO(data)).namelist() == ["data/tweets.js"]


def test_training_table_has_one_column_per_user():
    class C:  # the shape of cleaning.v1.UserStats
        def __init__(self, handle, d, r, s, k):
            self.user = type("U", (), {"handle": handle})
            self.counts = type("P", (), {"downloaded": d, "retweets": r, "short": s, "kept": k})

    table = bot_cli.training_table([C("a", 10, 2, 1, 7), C("b", 5, 0, 0, 5)])
    lines = table.splitlines()
    assert lines[0] == "| Data | @a | @b |"
    assert lines[2] == "| Tweets downloaded | 10 | 5 |"
    assert lines[5] == "| Tweets kept | 7 | 5 |"
