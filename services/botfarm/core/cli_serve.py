"""``botfarm serve`` and ``botfarm up``.

    botfarm serve registry --grpc-port 50054 --metrics-port 9104 --data-dir .botfarm/data
    botfarm serve inference --grpc-port 0 --port-file /tmp/inference.json
    botfarm serve registry --help          # every flag and BOTFARM_* variable
    botfarm up [--data-dir DIR] [--base-port N] [--max-restarts 5] [--restart-backoff 1]

``serve`` prints one JSON line once the service listens, e.g.
``{"service": "registry", "grpc": "127.0.0.1:50054", "metrics": "127.0.0.1:9104"}``
(plus extra addresses such as inference's ``"http"``); ``--port-file`` writes the same
JSON to a file, so a parent can find port-0 ports.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from botfarm.core.config import (
    SERVICE_PORTS,
    SERVICES,
    ServerConfig,
    add_dataclass_arguments,
    dataclass_from_args,
    open_store_from_config,
    service_defaults,
)
from botfarm.core.errors import BotfarmError, InvalidArgument


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "serve", help="run one service (what a container runs)",
        description="Run one botfarm service. `botfarm serve SERVICE --help` lists its flags and "
                    "BOTFARM_* environment variables.")
    p.add_argument("service", choices=SERVICES, metavar="SERVICE", help=" | ".join(SERVICES))
    p.add_argument("args", nargs=argparse.REMAINDER, help="flags of the service (see SERVICE --help)")
    p.set_defaults(func=cmd_serve)

    u = subparsers.add_parser("up", help="run all five services on localhost (embedded defaults)",
                              description="Start all five services as `botfarm serve` processes sharing one "
                                          "local data directory; Ctrl-C or SIGTERM stops them.")
    u.add_argument("--data-dir", default=".botfarm/data", help="shared object-store directory (default %(default)s)")
    u.add_argument("--base-port", type=int, default=None,
                   help="gRPC ports N..N+4 in the order " + ", ".join(SERVICES) + ", inference HTTP N+5, "
                        "metrics N+100..N+104; 0: free ports (default: each service's own)")
    u.add_argument("--max-restarts", type=int, default=5,
                   help="restarts of a failing service within 5 minutes before `up` gives up (default %(default)s)")
    u.add_argument("--restart-backoff", type=float, default=1.0,
                   help="seconds before the first restart of a failed service; doubles each time, "
                        "at most 30 (default %(default)s)")
    u.set_defaults(func=cmd_up)


def _service_module(service: str) -> Any:
    return importlib.import_module(f"botfarm.{service}.service")


def _settings_class(module: Any) -> type | None:
    cls = getattr(module, "Settings", None)
    return cls if isinstance(cls, type) and dataclasses.is_dataclass(cls) else None


def _write_port_file(path: str, info: dict[str, Any]) -> None:
    # Write then rename: a parent polling for the file never reads half of it.
    tmp = Path(f"{path}.tmp{os.getpid()}")
    tmp.write_text(json.dumps(info) + "\n")
    tmp.replace(path)


def serve_parser(service: str) -> argparse.ArgumentParser:
    """The flags of ``botfarm serve SERVICE``: the shared server settings and the service's own."""
    module = _service_module(service)
    settings_cls = _settings_class(module)
    parser = argparse.ArgumentParser(prog=f"botfarm serve {service}",
                                     description=(module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else None)
    parser.add_argument("--port-file", help="write the JSON line of addresses to this file once serving")
    add_dataclass_arguments(parser, ServerConfig, defaults=service_defaults(service),
                            title="server (flags or BOTFARM_* variables)")
    if settings_cls is not None:
        add_dataclass_arguments(parser, settings_cls, title=f"{service} (flags or BOTFARM_* variables)")
    return parser


def serve_settings(service: str, opts: argparse.Namespace, env: Mapping[str, str]) -> tuple[ServerConfig, Any]:
    """(ServerConfig, the service's Settings or None) from parsed flags over ``env``;
    raises InvalidArgument naming the flag and variable of a bad value."""
    settings_cls = _settings_class(_service_module(service))
    config = dataclass_from_args(ServerConfig, opts, env, defaults=service_defaults(service))
    return config, dataclass_from_args(settings_cls, opts, env) if settings_cls else None


def cmd_serve(args: argparse.Namespace) -> int:
    from botfarm.core.stack import die_with_parent_from_env

    die_with_parent_from_env()
    service = args.service
    module = _service_module(service)
    parser = serve_parser(service)
    opts = parser.parse_args(args.args)
    try:
        config, settings = serve_settings(service, opts, os.environ)
    except InvalidArgument as e:
        # Exit 2 like any argparse usage error, but without the 25-line usage block.
        print(f"{parser.prog}: error: {e.message}", file=sys.stderr)
        return 2

    from botfarm.core.logs import setup_logging
    from botfarm.core.server import serve
    from botfarm.core.service import ServiceContext

    setup_logging(config.log_level, config.log_format, service)
    ctx = ServiceContext(config=config, store=open_store_from_config(config), settings=settings)
    spec = module.make_service(ctx)

    def ready(server: Any) -> None:
        info = server.addresses()
        if opts.port_file:
            _write_port_file(opts.port_file, info)
        print(json.dumps(info), flush=True)

    code = serve(config, spec, on_ready=ready)
    # Stopped cleanly (logged "stopped"): exit now, skipping the interpreter's teardown.
    # There, C extensions' background threads (gRPC's, the Kubernetes client's watch)
    # once aborted a controller that had already shut down (exit 134 after "stopped",
    # one `make cluster-test` run in four), and the kubelet would have counted a clean
    # stop as a crash. Nothing of ours runs at exit (no atexit handlers); logs and
    # standard streams are flushed first.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _up_ports(base_port: int | None) -> dict[str, tuple[int, int]] | None:
    if base_port is None:
        return dict(SERVICE_PORTS)
    if base_port == 0:
        return None
    if not 1 <= base_port <= 65535 - 104:
        raise InvalidArgument(f"invalid value {base_port} for --base-port: must be between 1 and {65535 - 104}")
    return {s: (base_port + i, base_port + 100 + i) for i, s in enumerate(SERVICES)}


def cmd_up(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from botfarm.core.stack import LocalStack
    from botfarm.core.supervisor import RestartPolicy, Supervisor

    if args.max_restarts < 0 or args.restart_backoff < 0:
        raise InvalidArgument("--max-restarts and --restart-backoff must not be negative")
    ports = _up_ports(args.base_port)
    stop = threading.Event()
    got: list[int] = []

    def on_signal(signum: int, _frame: object) -> None:
        got.append(signum)
        stop.set()

    for s in (signal.SIGTERM, signal.SIGINT):
        signal.signal(s, on_signal)
    bar = tqdm(total=len(SERVICES), desc="starting services", unit="service", file=sys.stderr)

    def started(service: str) -> None:
        bar.set_postfix_str(service)
        bar.update(1)

    # Children log to this terminal: text reads better there than JSON, unless asked otherwise.
    env = {} if "BOTFARM_LOG_FORMAT" in os.environ else {"BOTFARM_LOG_FORMAT": "text"}
    http_port = args.base_port + 5 if args.base_port else None
    stack = LocalStack(args.data_dir, env, ports=ports, host="127.0.0.1", inherit_output=True,
                       inference_http_port=http_port, progress=started)
    try:
        try:
            stack.start()
        finally:
            bar.close()
        print(f"botfarm is up (data in {Path(args.data_dir).resolve()}); Ctrl-C stops it.")
        for service in SERVICES:
            info = stack.info[service]
            extra = "".join(f"  {k} {v}" for k, v in info.items() if k not in ("service", "grpc", "metrics"))
            print(f"  {service:<10} grpc {info['grpc']:<16} metrics {info['metrics']}{extra}"
                  f"  pid {stack.procs[service].pid}")
        for service in SERVICES:
            print(f"export BOTFARM_{service.upper()}_ADDR={stack.addresses[service]}")
        sys.stdout.flush()
        policy = RestartPolicy(max_restarts=args.max_restarts, backoff=args.restart_backoff)
        failed = Supervisor(stack, policy, log=lambda line: print(line, file=sys.stderr, flush=True)).run(stop)
        if failed:
            print(f"botfarm: error: {failed} keeps failing; stopping the other services", file=sys.stderr)
            stack.stop()
            return 1
    except BotfarmError:
        stack.stop()
        raise
    codes = stack.stop()
    print(f"stopped: {json.dumps(codes)}", flush=True)
    return 0 if all(c == 0 for c in codes.values()) else 1
