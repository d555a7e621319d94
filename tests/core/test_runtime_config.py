"""Config from flags and BOTFARM_* variables (botfarm.core.config)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

import pytest
from botfarm.core.config import (
    ServerConfig,
    add_dataclass_arguments,
    dataclass_from_args,
    open_store_from_config,
    service_defaults,
)
from botfarm.core.errors import InvalidArgument
from botfarm.core.store import LocalStore


@dataclass(frozen=True)
class DemoSettings:
    """A service's own settings, as `botfarm.<svc>.service.Settings` would define them."""

    batch_size: int = field(default=8, metadata={"help": "batch", "min": 1})
    temperature: float = 1.0
    warm: bool = False
    bots: tuple[str, ...] = ()
    device: str | None = None
    mode: str = field(default="fast", metadata={"choices": ("fast", "slow")})


def parse(cls, argv, env=None, defaults=None):
    parser = argparse.ArgumentParser()
    add_dataclass_arguments(parser, cls)
    return dataclass_from_args(cls, parser.parse_args(argv), env or {}, defaults=defaults)


def test_defaults_flags_env_and_precedence():
    assert parse(ServerConfig, []) == ServerConfig()
    c = parse(ServerConfig, ["--grpc-port", "7000"], {"BOTFARM_GRPC_PORT": "8000", "BOTFARM_LOG_FORMAT": "text"})
    assert c.grpc_port == 7000  # the flag wins over the variable
    assert c.log_format == "text"  # the variable wins over the default
    assert parse(ServerConfig, [], {"BOTFARM_GRPC_PORT": "8000"}).grpc_port == 8000
    # Per-service defaults sit under the environment.
    c = parse(ServerConfig, [], {"BOTFARM_METRICS_PORT": "1"}, defaults=service_defaults("registry"))
    assert (c.grpc_port, c.metrics_port) == (50054, 1)


def test_type_conversion_of_any_dataclass():
    s = parse(DemoSettings, ["--batch-size", "32", "--warm", "--bots", "a, b,c"],
              {"BOTFARM_TEMPERATURE": "0.7", "BOTFARM_DEVICE": "cuda:0"})
    assert s == DemoSettings(batch_size=32, temperature=0.7, warm=True, bots=("a", "b", "c"), device="cuda:0")
    assert parse(DemoSettings, ["--no-warm"], {"BOTFARM_WARM": "yes"}).warm is False
    assert parse(DemoSettings, [], {"BOTFARM_WARM": "off"}).warm is False
    assert parse(DemoSettings, [], {"BOTFARM_S3_SECURE": "0"}) == DemoSettings()  # other fields' vars are ignored
    assert parse(ServerConfig, [], {"BOTFARM_S3_SECURE": "false"}).s3_secure is False


@pytest.mark.parametrize("cls,argv,env,flag", [
    (ServerConfig, ["--grpc-port", "abc"], {}, "--grpc-port"),
    (ServerConfig, [], {"BOTFARM_GRPC_PORT": "12x"}, "--grpc-port"),
    (ServerConfig, ["--grpc-port", "70000"], {}, "--grpc-port"),
    (ServerConfig, [], {"BOTFARM_METRICS_PORT": "-5"}, "--metrics-port"),
    (ServerConfig, [], {"BOTFARM_LOG_FORMAT": "xml"}, "--log-format"),
    (ServerConfig, [], {"BOTFARM_S3_SECURE": "maybe"}, "--s3-secure"),
    (ServerConfig, ["--shutdown-grace-seconds", "soon"], {}, "--shutdown-grace-seconds"),
    (DemoSettings, ["--batch-size", "0"], {}, "--batch-size"),
    (DemoSettings, [], {"BOTFARM_MODE": "medium"}, "--mode"),
    (DemoSettings, [], {"BOTFARM_TEMPERATURE": "hot"}, "--temperature"),
])
def test_bad_value_names_flag_and_env(cls, argv, env, flag):
    with pytest.raises(InvalidArgument) as e:
        parse(cls, argv, env)
    env_var = "BOTFARM_" + flag[2:].upper().replace("-", "_")
    assert flag in e.value.message and env_var in e.value.message
    assert e.value.metadata == {"flag": flag, "env": env_var}


def test_tls_flags_must_come_together():
    with pytest.raises(InvalidArgument, match="--tls-key"):
        parse(ServerConfig, ["--tls-cert", "c.pem"])
    with pytest.raises(InvalidArgument, match="--tls-client-ca"):
        parse(ServerConfig, ["--tls-client-ca", "ca.pem"])


def test_open_store_from_config(tmp_path):
    store = open_store_from_config(ServerConfig(data_dir=str(tmp_path / "d")))
    assert isinstance(store, LocalStore)
    store.put_bytes("a/b.txt", b"x")
    assert (tmp_path / "d" / "a" / "b.txt").read_bytes() == b"x"
    assert isinstance(open_store_from_config(ServerConfig(store_url=f"file://{tmp_path}/e")), LocalStore)
    with pytest.raises(InvalidArgument, match="--s3-endpoint"):
        open_store_from_config(ServerConfig(s3_bucket="bots"))


def test_unknown_service():
    with pytest.raises(InvalidArgument, match="unknown service"):
        service_defaults("nope")


def test_s3_store_from_flags_and_env(s3_server):
    """The S3 settings reach a working S3Store (real moto_server process, tests/s3server.py)."""
    from botfarm.core.s3store import S3Store

    config = parse(ServerConfig, ["--s3-bucket", "runtime-config", "--no-s3-secure"],
                   {"BOTFARM_S3_ENDPOINT": s3_server.endpoint, "BOTFARM_S3_ACCESS_KEY": s3_server.access_key,
                    "BOTFARM_S3_SECRET_KEY": s3_server.secret_key})
    store = open_store_from_config(config)
    assert isinstance(store, S3Store)
    store.put_bytes("models/a.json", b"{}")
    assert s3_server.store("runtime-config").get_bytes("models/a.json") == b"{}"
    url_store = open_store_from_config(ServerConfig(
        store_url="s3://runtime-config/pre", s3_endpoint=s3_server.endpoint, s3_access_key=s3_server.access_key,
        s3_secret_key=s3_server.secret_key, s3_secure=False))
    url_store.put_bytes("b.txt", b"x")
    assert s3_server.store("runtime-config").get_bytes("pre/b.txt") == b"x"


def test_secrets_come_from_files_named_by_FILE_variables(tmp_path):
    """BOTFARM_<SECRET>_FILE: a Secret mounted as a volume, as the chart does."""
    token = tmp_path / "token"
    token.write_text("s3cr3t\n")  # `kubectl create secret --from-file` keeps the newline
    cfg = dataclass_from_args(ServerConfig, None, {"BOTFARM_AUTH_TOKEN_FILE": str(token),
                                                   "BOTFARM_S3_ACCESS_KEY_FILE": str(token)})
    assert cfg.auth_token == "s3cr3t" and cfg.s3_access_key == "s3cr3t"
    assert "s3cr3t" not in repr(cfg)
    # A flag still wins; a plain variable works as before.
    flagged = dataclass_from_args(ServerConfig, {"auth_token": "flag"}, {"BOTFARM_AUTH_TOKEN_FILE": str(token)})
    assert flagged.auth_token == "flag"
    assert dataclass_from_args(ServerConfig, None, {"BOTFARM_AUTH_TOKEN": "env"}).auth_token == "env"
    # An optional Secret that was never created: the file is absent, the setting unset.
    absent = dataclass_from_args(ServerConfig, None, {"BOTFARM_AUTH_TOKEN_FILE": str(tmp_path / "none")})
    assert absent.auth_token == ""
    # Only secrets read files: a _FILE variable of another setting means nothing.
    assert dataclass_from_args(ServerConfig, None, {"BOTFARM_GRPC_HOST_FILE": str(token)}).grpc_host == "[::]"


def test_a_secret_given_twice_or_unreadable_is_a_clear_error(tmp_path):
    token = tmp_path / "token"
    token.write_text("x")
    with pytest.raises(InvalidArgument, match="both BOTFARM_AUTH_TOKEN and BOTFARM_AUTH_TOKEN_FILE"):
        dataclass_from_args(ServerConfig, None, {"BOTFARM_AUTH_TOKEN": "a", "BOTFARM_AUTH_TOKEN_FILE": str(token)})
    with pytest.raises(InvalidArgument, match="cannot read BOTFARM_AUTH_TOKEN_FILE"):
        dataclass_from_args(ServerConfig, None, {"BOTFARM_AUTH_TOKEN_FILE": str(tmp_path)})  # a folder


def test_clients_read_the_token_file_too(tmp_path, start_server):
    from botfarm.core.clients import connect
    from botfarm.core.errors import NotFound, Unauthenticated
    from botfarm.registry.v1 import registry_service_pb2 as pb

    server = start_server("registry", auth_token="t0k")
    token = tmp_path / "token"
    token.write_text("t0k\n")
    for env, error in (({"BOTFARM_AUTH_TOKEN_FILE": str(token)}, NotFound), ({}, Unauthenticated)):
        with connect("registry", [server.address], env=env) as registry, pytest.raises(error):
            registry.GetModel(pb.GetModelRequest(name="models/nobody"), timeout=10)
