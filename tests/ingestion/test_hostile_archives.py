"""Hostile archives: JSON nested 100,000 levels deep, symlinks out of an archive
folder, lone surrogates, malformed tails. Each is a clear INVALID_ARGUMENT (one line
from the CLI, a status from the service), never a traceback, and stores nothing."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import grpc
import pytest
from botfarm.core.errors import InvalidArgument
from botfarm.core.store import LocalStore
from botfarm.ingestion.core import Ingestions, IngestionSettings
from botfarm.ingestion.sources.detect import read_file, read_path

DEPTH = 100_000
DEEP = {
    "deep.json": b"[" * DEPTH + b"]" * DEPTH,
    "deepobj.json": b'{"a":' * DEPTH + b"1" + b"}" * DEPTH,
    "tweets.js": b"window.YTD.tweets.part0 = [" + b"[" * DEPTH + b"]" * DEPTH + b"]",
    "deep.jsonl": b'{"text": "fine"}\n' + b'{"a":' * DEPTH + b"1" + b"}" * DEPTH,
}


def clean(*args):
    return subprocess.run([sys.executable, "-m", "botfarm.cli", "clean", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_json_is_one_line_error_from_clean(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(DEEP[name])
    r = clean(str(p))
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and r.stderr.strip().count("\n") == 0, r.stderr
    assert "INVALID_ARGUMENT" in r.stderr and "nested too deeply" in r.stderr


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_json_is_refused_by_the_readers(name):
    with pytest.raises(InvalidArgument) as e:
        read_file(name, DEEP[name])
    assert e.value.reason == "JSON_TOO_DEEP"


def test_upload_of_deep_json_is_invalid_argument_without_traceback(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    ing = Ingestions(LocalStore(tmp_path), IngestionSettings())
    with pytest.raises(InvalidArgument) as e:
        ing.upload("tweets.js", [DEEP["tweets.js"]])
    assert e.value.reason == "JSON_TOO_DEEP"
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert [i.key for i in LocalStore(tmp_path).list("uploads/")] == []  # the upload is removed again
    assert [i.key for i in LocalStore(tmp_path).list("datasets/")] == []
    [rec] = ing.list()[0]
    assert rec["state"] == "FAILED" and rec["error_code"] == "INVALID_ARGUMENT"


def test_upload_archive_rpc_of_deep_json(tmp_path):
    """Through a real server: INVALID_ARGUMENT with its reason, not INTERNAL."""
    from botfarm.core.config import ServerConfig
    from botfarm.core.server import create_server
    from botfarm.core.service import ServiceContext
    from botfarm.ingestion.service import make_service
    from botfarm.ingestion.v1 import ingestion_service_pb2 as pb
    from botfarm.ingestion.v1 import ingestion_service_pb2_grpc as pb_grpc
    from grpcstatus import status_of

    config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1)
    server, port = create_server(config, make_service(ServiceContext(config=config, store=LocalStore(tmp_path))))
    with server, grpc.insecure_channel(f"127.0.0.1:{port}") as ch:
        def requests(_=None):
            yield pb.UploadArchiveRequest(metadata=pb.UploadMetadata(filename="archive.json"))
            yield pb.UploadArchiveRequest(chunk=DEEP["deepobj.json"])

        code, reason, _msg = status_of(lambda _r, timeout: pb_grpc.IngestionServiceStub(ch).UploadArchive(
            requests(), timeout=timeout), None)
    assert (code, reason) == (grpc.StatusCode.INVALID_ARGUMENT, "JSON_TOO_DEEP")


def _archive_with_escape(tmp_path, kind: str):
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "tweets.js").write_text('window.YTD.tweets.part0 = [{"tweet": {"full_text": "private words here ok"}}]')
    arch = tmp_path / "archive"
    (arch / "data").mkdir(parents=True)
    if kind == "file":
        os.symlink(secret / "tweets.js", arch / "data" / "tweets.js")
    else:
        (arch / "data" / "tweets.js").write_text('window.YTD.tweets.part0 = [{"tweet": {"full_text": "mine"}}]')
        os.symlink(secret, arch / "data" / "more")
    return arch


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_symlink_out_of_a_folder_is_refused(tmp_path, kind):
    arch = _archive_with_escape(tmp_path, kind)
    with pytest.raises(InvalidArgument) as e:
        read_path(arch)
    assert e.value.reason == "SYMLINK_OUTSIDE_FOLDER" and "outside the folder" in e.value.message
    r = clean(str(arch))
    assert r.returncode != 0 and "Traceback" not in r.stderr and "outside the folder" in r.stderr


def test_symlink_inside_the_folder_is_fine(tmp_path):
    arch = tmp_path / "archive"
    (arch / "real").mkdir(parents=True)
    (arch / "real" / "tweets.js").write_text(
        'window.YTD.tweets.part0 = [{"tweet": {"full_text": "one two three four"}}]')
    (arch / "data").mkdir()
    os.symlink(arch / "real" / "tweets.js", arch / "data" / "tweets.js")
    assert [p.text for p in read_path(arch).posts] == ["one two three four"] * 2  # both names are read


def test_folder_upload_refuses_a_symlink_out_of_it(tmp_path):
    from botfarm import bot_cli

    arch = _archive_with_escape(tmp_path, "file")
    with pytest.raises(InvalidArgument) as e:
        bot_cli.archive_stream(arch)
    assert e.value.reason == "SYMLINK_OUTSIDE_FOLDER"


def test_lone_surrogates_are_stored_as_replacement_characters(tmp_path):
    tweets = '[{"tweet": {"id_str": "1", "full_text": "half a pair \\ud83d here and there"}}]'
    _rec, ds = Ingestions(LocalStore(tmp_path), IngestionSettings()).upload(
        "tweets.js", [("window.YTD.tweets.part0 = " + tweets).encode()])
    assert ds["post_count"] == 1
    from botfarm.ingestion.datasets import iter_raw_posts

    [post] = iter_raw_posts(LocalStore(tmp_path), ds["name"])
    assert post["text"] == "half a pair \ufffd here and there"
    out = tmp_path / "kept.jsonl"
    (tmp_path / "t.js").write_text("window.YTD.tweets.part0 = " + tweets)
    r = clean(str(tmp_path / "t.js"), "--output", str(out))
    assert r.returncode == 0, r.stderr
    assert json.loads(out.read_text())["text"] == "half a pair \ufffd here and there"


@pytest.mark.parametrize("data,reason", [
    (b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "a b c d"}}, {"tweet": ', "MALFORMED_INPUT"),
    (b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "a b c d"}}] trailing', "MALFORMED_INPUT"),
    (b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "a b c d"}},]', "MALFORMED_INPUT"),
    (b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "ok \xff\xfe"}}]', "UNKNOWN_FORMAT"),  # in the head
    (b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "' + b"long " * 40_000 + b'"}},'
     b' {"tweet": {"full_text": "ok \xff\xfe"}}]', "MALFORMED_INPUT"),  # past the head: found while streaming
])
def test_malformed_tails_are_refused_after_good_posts(data, reason):
    with pytest.raises(InvalidArgument) as e:
        read_file("tweets.js", data)
    assert e.value.reason == reason
