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


def test_folder_archive_is_zipped_with_only_the_members_ingestion_reads(tmp_path):
    arch = tmp_path / "arch"
    for rel in ("data/tweets.js", "data/tweets-part1.js", "data/account.js", "data/js/tweets/2014_02.js",
                "data/tweets_media/123-abc.jpg", "data/direct-messages.js", "Your archive.html"):
        (arch / rel).parent.mkdir(parents=True, exist_ok=True)
        (arch / rel).write_text("x")
    name, stream, size = bot_cli.archive_stream(arch)
    with stream:
        data = stream.read()
    assert name == "arch.zip" and size == len(data)
    assert sorted(zipfile.ZipFile(io.BytesIO(data)).namelist()) == [
        "data/account.js", "data/js/tweets/2014_02.js", "data/tweets-part1.js", "data/tweets.js"]


def test_a_file_is_streamed_as_it_is(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("text,created_at,is_retweet\n")
    name, stream, size = bot_cli.archive_stream(f)
    with stream:
        assert (name, stream.read(), size) == ("export.csv", f.read_bytes(), f.stat().st_size)


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


def test_a_watch_that_ends_early_is_resumed_until_the_job_finishes(monkeypatch):
    from botfarm.training.v1 import training_service_pb2 as tr_pb
    from tqdm import tqdm

    monkeypatch.setattr("time.sleep", lambda s: None)
    J = tr_pb.TrainingJob

    def job(state, step):
        return J(name="trainingJobs/1", state=state, progress=tr_pb.Progress(step=step, total_steps=4))

    streams = [  # the service restarts twice mid-job, then the job finishes
        [job(J.STATE_RUNNING, 1)],
        [job(J.STATE_RUNNING, 2), job(J.STATE_RUNNING, 3)],
        [job(J.STATE_SUCCEEDED, 4)],
    ]

    class Training:  # the generated stub's one method this needs, in-process
        calls = 0

        def WatchTrainingJob(self, request):
            assert request.name == "trainingJobs/1"
            Training.calls += 1
            return iter([tr_pb.WatchTrainingJobResponse(training_job=j) for j in streams.pop(0)])

    final = bot_cli.watch_training(Training(), job(J.STATE_QUEUED, 0), lambda **kw: tqdm(disable=True, **kw))
    assert final.state == J.STATE_SUCCEEDED and final.progress.step == 4 and Training.calls == 3
