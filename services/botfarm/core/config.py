"""Configuration: frozen dataclasses filled from flags and ``BOTFARM_*`` variables.

Any frozen dataclass becomes a set of command-line flags and environment variables
in the same way: the field ``grpc_port`` is the flag ``--grpc-port`` and the variable
``BOTFARM_GRPC_PORT``. A flag wins over the variable, the variable over the default.
Values are converted to the field's type and checked once, at start-up; a bad value
stops start-up with an ``InvalidArgument`` that names both the flag and the variable.

    parser = argparse.ArgumentParser()
    add_dataclass_arguments(parser, ServerConfig)
    args = parser.parse_args()
    config = dataclass_from_args(ServerConfig, args, os.environ)

Field metadata may carry ``help``, ``choices``, ``min`` and ``max``. Nothing here reads
the environment at import time: callers pass the mapping in.
"""

from __future__ import annotations

import argparse
import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from botfarm.core.errors import InvalidArgument
from botfarm.core.store import ObjectStore, open_store

#: Prefix of every environment variable botfarm reads.
ENV_PREFIX = "BOTFARM_"

#: Default (gRPC port, metrics port) of each service (docs/architecture.md).
SERVICE_PORTS: dict[str, tuple[int, int]] = {
    "ingestion": (50051, 9101),
    "cleaning": (50052, 9102),
    "training": (50053, 9103),
    "registry": (50054, 9104),
    "inference": (50055, 9105),
}

#: The five services, in start order.
SERVICES = tuple(SERVICE_PORTS)

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}

T = TypeVar("T")


def _help(text: str, **extra: Any) -> dict[str, Any]:
    return {"help": text, **extra}


@dataclass(frozen=True)
class StoreSettings:
    """Where the object store is: the settings every service shares with the commands
    that open the store without serving (``botfarm registry``, ``ingest``, ``train-worker``)."""

    # The embedded default object store: a directory on local disk.
    data_dir: str = field(default=".botfarm/data", metadata=_help("local object-store directory"))
    # When set, wins over data_dir: file:///path or s3://bucket.
    store_url: str = field(default="", metadata=_help("object store URL: file:///path or s3://bucket"))
    # S3 / MinIO settings; s3_bucket set (or store_url s3://...) selects the S3 backend.
    s3_endpoint: str = field(default="", metadata=_help("S3/MinIO endpoint host:port"))
    s3_bucket: str = field(default="", metadata=_help("S3 bucket (selects the S3 backend)"))
    s3_access_key: str = field(default="", repr=False, metadata=_help("S3 access key", secret=True))
    s3_secret_key: str = field(default="", repr=False, metadata=_help("S3 secret key", secret=True))
    s3_secure: bool = field(default=True, metadata=_help("use HTTPS for S3"))
    s3_region: str = field(default="", metadata=_help("S3 region (empty: the server's default)"))
    # A stalled S3 (connections accepted, no answer) must fail requests, not hang them;
    # an RPC's own deadline shortens both (botfarm.core.s3http).
    s3_connect_timeout: float = field(default=5.0, metadata=_help("seconds to connect to S3", min=0.1))
    s3_read_timeout: float = field(default=30.0, metadata=_help("seconds S3 may stay silent", min=0.1))
    # Below --max-workers, so requests blocked on S3 cannot hold every gRPC thread.
    s3_max_in_flight: int = field(default=16, metadata=_help("most S3 requests waiting at once", min=1))


@dataclass(frozen=True)
class ServerConfig(StoreSettings):
    """Settings every service shares (``botfarm serve SERVICE --help`` lists them)."""

    # Listen on every interface, IPv6 and IPv4: in a pod, probes and peers come from outside.
    grpc_host: str = field(default="[::]", metadata=_help("address the gRPC server binds"))
    # `botfarm serve` replaces this with the service's own default (SERVICE_PORTS); 0 picks a free port.
    grpc_port: int = field(default=50051, metadata=_help("gRPC port (0: a free port)", min=0, max=65535))
    metrics_host: str = field(default="0.0.0.0", metadata=_help("address the Prometheus /metrics server binds"))
    # Same per-service replacement as grpc_port; -1 turns the metrics endpoint off.
    metrics_port: int = field(default=9101, metadata=_help(
        "Prometheus /metrics HTTP port (0: a free port, -1: off)", min=-1, max=65535))
    # Empty means no authentication: the embedded default on localhost.
    auth_token: str = field(default="", repr=False, metadata=_help(
        "bearer token every RPC must carry (empty: off)", secret=True))
    tls_cert: str = field(default="", metadata=_help("PEM server certificate (with --tls-key: TLS)"))
    tls_key: str = field(default="", metadata=_help("PEM server private key"))
    tls_client_ca: str = field(default="", metadata=_help("PEM CA of client certificates (mutual TLS)"))
    # 64 MiB: large enough for a model card or a preview page, small enough to stop a runaway client.
    max_message_bytes: int = field(default=64 << 20, metadata=_help(
        "largest gRPC message sent or received", min=1024))
    # Streaming RPCs (training watch, token streams) hold a worker each for their whole life.
    max_workers: int = field(default=32, metadata=_help("gRPC worker threads", min=1))
    log_level: str = field(default="INFO", metadata=_help(
        "log level", choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")))
    # JSON lines are what log collectors in Kubernetes parse; text is for a terminal.
    log_format: str = field(default="json", metadata=_help("log format", choices=("json", "text")))
    # Kubernetes sends SIGTERM and waits 30 s before SIGKILL: finish in-flight RPCs well before that.
    shutdown_grace_seconds: float = field(default=10.0, metadata=_help(
        "seconds in-flight RPCs get on shutdown", min=0))

    def __post_init__(self) -> None:
        if bool(self.tls_cert) != bool(self.tls_key):
            raise InvalidArgument("--tls-cert / BOTFARM_TLS_CERT and --tls-key / BOTFARM_TLS_KEY go together")
        if self.tls_client_ca and not self.tls_cert:
            raise InvalidArgument("--tls-client-ca / BOTFARM_TLS_CLIENT_CA needs --tls-cert and --tls-key")

    @classmethod
    def for_service(cls, service: str, **overrides: Any) -> ServerConfig:
        """The defaults of one service (its own ports), with ``overrides``."""
        return cls(**{**service_defaults(service), **overrides})


def service_defaults(service: str) -> dict[str, Any]:
    """ServerConfig defaults that differ per service."""
    if service not in SERVICE_PORTS:
        raise InvalidArgument(f"unknown service {service!r}; expected one of {', '.join(SERVICES)}",
                              reason="UNKNOWN_SERVICE")
    grpc_port, metrics_port = SERVICE_PORTS[service]
    return {"grpc_port": grpc_port, "metrics_port": metrics_port}


def open_store_from_config(config: StoreSettings) -> ObjectStore:
    """The object store the config names: S3 when a bucket (or an s3:// URL) is given,
    else the local directory."""
    url = config.store_url or (f"s3://{config.s3_bucket}" if config.s3_bucket else config.data_dir)
    if url.startswith("s3://") and not config.s3_endpoint:
        raise InvalidArgument("the S3 backend needs --s3-endpoint / BOTFARM_S3_ENDPOINT")
    from botfarm.core.s3http import S3Policy

    policy = S3Policy(connect_timeout=config.s3_connect_timeout, read_timeout=config.s3_read_timeout,
                      max_in_flight=config.s3_max_in_flight)
    return open_store(url, endpoint=config.s3_endpoint, access_key=config.s3_access_key,
                      secret_key=config.s3_secret_key, secure=config.s3_secure, region=config.s3_region or None,
                      s3_policy=policy)


# --- the generic dataclass <-> flags/env mechanism ----------------------------------


def flag_name(name: str) -> str:
    return "--" + name.replace("_", "-")


def env_name(name: str) -> str:
    return ENV_PREFIX + name.upper()


#: A secret setting may instead name a file holding it: BOTFARM_AUTH_TOKEN_FILE=/path (the
#: Kubernetes way: a Secret mounted as a volume, never in the pod spec's environment).
FILE_SUFFIX = "_FILE"


def secret_from_env(env: Mapping[str, str], var: str) -> str | None:
    """The value of secret variable ``var``: from ``var`` itself, else read from the file
    ``var``_FILE names (one trailing newline dropped, as `kubectl create secret
    --from-file` and editors leave one); None when neither is set. A file that does not
    exist counts as unset: that is how an optional Secret that was never created looks
    from inside the pod. Both variables set is an error: which one wins would be a guess."""
    path = env.get(var + FILE_SUFFIX)
    if path is None:
        return env.get(var)
    if var in env:
        raise InvalidArgument(f"both {var} and {var}{FILE_SUFFIX} are set: keep one",
                              metadata={"env": var})
    if not Path(path).exists():
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InvalidArgument(f"cannot read {var}{FILE_SUFFIX}={path}: {getattr(e, 'strerror', None) or e}",
                              metadata={"env": var + FILE_SUFFIX}) from None
    return text[:-1] if text.endswith("\n") else text


def _fields(cls: type) -> list[tuple[dataclasses.Field[Any], Any]]:
    hints = typing.get_type_hints(cls)
    return [(f, hints[f.name]) for f in dataclasses.fields(cls) if f.init]


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _describe(tp: Any) -> str:
    base, _ = _unwrap_optional(tp)
    if typing.get_origin(base) is tuple:
        return "a comma-separated list"
    return {int: "an integer", float: "a number", bool: "true or false", str: "a string"}.get(base, str(base))


def _convert(raw: Any, tp: Any) -> Any:
    """Converts a flag or environment string to ``tp``; raises ValueError."""
    base, optional = _unwrap_optional(tp)
    if optional and (raw is None or raw == ""):
        return None
    if not isinstance(raw, str):  # already typed (a BooleanOptionalAction flag)
        return raw
    if base is bool:
        low = raw.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError(raw)
    if base is int:
        return int(raw.strip(), 0) if raw.strip().lower().startswith(("0x", "0o", "0b")) else int(raw.strip())
    if base is float:
        return float(raw.strip())
    if typing.get_origin(base) is tuple:
        (item, *_rest) = typing.get_args(base) or (str,)
        return tuple(_convert(p.strip(), item) for p in raw.split(",") if p.strip())
    if base is str:
        return raw
    raise ValueError(f"unsupported field type {tp}")


def _check(name: str, value: Any, meta: Mapping[str, Any]) -> None:
    where = f"{flag_name(name)} / {env_name(name)}"
    choices = meta.get("choices")
    if choices is not None and value not in choices:
        raise InvalidArgument(f"invalid value {value!r} for {where}: expected one of {', '.join(map(str, choices))}",
                              metadata={"flag": flag_name(name), "env": env_name(name)})
    if isinstance(value, int | float) and not isinstance(value, bool):
        lo, hi = meta.get("min"), meta.get("max")
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            bounds = f"at least {lo}" if hi is None else f"between {lo} and {hi}"
            raise InvalidArgument(f"invalid value {value!r} for {where}: must be {bounds}",
                                  metadata={"flag": flag_name(name), "env": env_name(name)})


def add_dataclass_arguments(parser: argparse.ArgumentParser | Any, cls: type,
                            defaults: Mapping[str, Any] | None = None, title: str | None = None) -> None:
    """Adds one flag per field of the dataclass ``cls``.

    Flags default to "not given" (None), so ``dataclass_from_args`` can tell a flag
    from a default and let the environment fill the gap. ``defaults`` only changes
    what ``--help`` shows as the default.
    """
    group = parser.add_argument_group(title or f"{cls.__name__} (flags or {ENV_PREFIX}* environment variables)")
    for f, tp in _fields(cls):
        base, _ = _unwrap_optional(tp)
        default = (defaults or {}).get(f.name, _default_of(f))
        text = f.metadata.get("help", "")
        env_text = env_name(f.name)
        if f.metadata.get("secret"):
            env_text += f" or {env_name(f.name)}{FILE_SUFFIX}"
        text = f"{text} [env {env_text}; default {default!r}]"
        if base is bool:
            group.add_argument(flag_name(f.name), dest=f.name, action=argparse.BooleanOptionalAction,
                               default=None, help=text)
        else:
            group.add_argument(flag_name(f.name), dest=f.name, default=None, metavar=f.name.upper(), help=text)


def _default_of(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


def dataclass_from_args(cls: type[T], args: argparse.Namespace | Mapping[str, Any] | None,
                        env: Mapping[str, str] | None = None,
                        defaults: Mapping[str, Any] | None = None) -> T:
    """Builds ``cls`` from parsed flags (winning), ``env`` (``BOTFARM_*``), then
    ``defaults``, then the field defaults. Raises InvalidArgument naming the flag and
    the variable of the first bad value."""
    given = vars(args) if isinstance(args, argparse.Namespace) else dict(args or {})
    env = env or {}
    values: dict[str, Any] = {}
    for f, tp in _fields(cls):
        where = f"{flag_name(f.name)} / {env_name(f.name)}"
        secret = secret_from_env(env, env_name(f.name)) if f.metadata.get("secret") else None
        if given.get(f.name) is not None:
            raw, source = given[f.name], f"flag {flag_name(f.name)}"
        elif secret is not None:
            raw, source = secret, f"environment variable {env_name(f.name)}[{FILE_SUFFIX}]"
        elif env_name(f.name) in env:
            raw, source = env[env_name(f.name)], f"environment variable {env_name(f.name)}"
        elif defaults and f.name in defaults:
            values[f.name] = defaults[f.name]
            continue
        else:
            continue
        try:
            value = _convert(raw, tp)
        except ValueError:
            raise InvalidArgument(
                f"invalid value {raw!r} for {where} (from the {source}): expected {_describe(tp)}",
                metadata={"flag": flag_name(f.name), "env": env_name(f.name)}) from None
        _check(f.name, value, f.metadata)
        values[f.name] = value
    for f, _tp in _fields(cls):  # a field without a default must be given somewhere
        if f.name not in values and _default_of(f) is dataclasses.MISSING:
            raise InvalidArgument(f"{flag_name(f.name)} / {env_name(f.name)} is required",
                                  metadata={"flag": flag_name(f.name), "env": env_name(f.name)})
    return cls(**values)
