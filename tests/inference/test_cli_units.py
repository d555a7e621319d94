"""Small checks that need no running server: `botfarm generate` arguments, start-up errors."""

from __future__ import annotations

import pytest
from botfarm.core.errors import InvalidArgument
from botfarm.inference.cli import unescape


def test_stop_sequences_keep_non_ascii_text_and_read_escapes():
    assert unescape("\\n") == "\n"
    # UTF-8 bytes through unicode_escape turned "é" into "Ã©": such a stop never matched.
    assert unescape("é") == "é" and unescape("日\\t") == "日\t"


def test_bad_escape_in_a_stop_sequence_is_invalid_argument():
    with pytest.raises(InvalidArgument):
        unescape("\\x")


def test_taken_http_port_is_a_clear_start_up_error(registry_with_bots):
    import socket

    from botfarm.core.config import ServerConfig
    from botfarm.core.errors import FailedPrecondition
    from botfarm.core.server import create_server
    from botfarm.core.service import ServiceContext
    from botfarm.inference.service import Settings, make_service

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        settings = Settings(http_host="127.0.0.1", http_port=taken.getsockname()[1], dtype="float32")
        spec = make_service(ServiceContext(config=None, store=registry_with_bots.store, settings=settings),
                            source=registry_with_bots)
        srv, _port = create_server(ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1), spec)
        try:
            with pytest.raises(FailedPrecondition) as e:
                srv.start()
            assert e.value.reason == "PORT_IN_USE" and "--http-port" in e.value.message
        finally:
            srv.stop(0).wait()
    finally:
        taken.close()


def test_lora_on_a_lora_is_refused_not_served_wrong(tmp_path):
    from botfarm.core.errors import FailedPrecondition
    from botfarm.inference.engine import Engine, EngineConfig
    from botfarm.inference.loader import BotPool, LocalModels, PoolConfig

    source = LocalModels()
    source.add("inner", tmp_path / "inner", method="lora", base_model="base@1")
    source.add("outer", tmp_path / "outer", method="lora", base_model="inner@1")
    pool = BotPool(source, Engine(EngineConfig()), PoolConfig(dtype="float32", device="cpu"))
    with pytest.raises(FailedPrecondition) as e:
        pool.acquire("outer")
    assert e.value.reason == "BAD_BASE_MODEL"


PRELOAD = ("mcintweet:production", "base/smollm2-135m-instruct", "fullbot")


@pytest.mark.parametrize("argv, env", [
    (["--preload", *PRELOAD], {}),  # the issue's `--preload BOT...`
    ([arg for ref in PRELOAD for arg in ("--preload", ref)], {}),  # the flag repeated
    (["--preload", ",".join(PRELOAD)], {}),  # one comma-separated value
    (["--preload", "mcintweet:production,base/smollm2-135m-instruct", "--preload", "fullbot"], {}),
    ([], {"BOTFARM_PRELOAD": ",".join(PRELOAD)}),  # the variable (what the chart renders)
    ([], {"BOTFARM_PRELOAD": " mcintweet:production , base/smollm2-135m-instruct,fullbot,"}),
])
def test_preload_flag_forms_and_the_variable_give_one_list(argv, env):
    from botfarm.core.cli_serve import serve_parser, serve_settings

    opts = serve_parser("inference").parse_args(["--http-port", "-1", *argv])
    _config, settings = serve_settings("inference", opts, env)
    assert settings.preload == PRELOAD


def test_preload_flag_wins_over_the_variable_and_a_bad_ref_names_both():
    from botfarm.core.cli_serve import serve_parser, serve_settings

    parser = serve_parser("inference")
    _config, settings = serve_settings("inference", parser.parse_args(["--preload", "a", "b"]),
                                       {"BOTFARM_PRELOAD": "c,d"})
    assert settings.preload == ("a", "b")
    with pytest.raises(SystemExit):  # argparse: the flag without a value
        parser.parse_args(["--preload"])
    with pytest.raises(InvalidArgument, match="--preload / BOTFARM_PRELOAD.*not a bot!"):
        serve_settings("inference", parser.parse_args(["--preload", "ok", "not a bot!"]), {})
