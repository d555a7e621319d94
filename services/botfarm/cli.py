"""The ``botfarm`` command.

    botfarm serve SERVICE [--grpc-port N] [--metrics-port N] [--data-dir DIR | S3 flags]
    botfarm up
    botfarm clean PATH... [--rules huggingtweets|botfarm] [--stats-json] [--output FILE]
    botfarm registry list|show|push|export|alias|import-base ...
    botfarm train-worker ...
    botfarm bot create NAME --archive PATH ...
    botfarm generate NAME "My dream is" [-n 5] [--stream]

Subcommands live beside the code they drive: each module named in ``COMMANDS``
has ``register(subparsers)``, which adds its parser and sets ``func`` on it. A module
is imported only when listed, so ``botfarm clean`` does not import torch.
"""

from __future__ import annotations

import argparse
import importlib
import sys

#: Modules that contribute subcommands, in help order.
COMMANDS = [
    "botfarm.core.cli_serve",      # serve, up
    "botfarm.cleaning.cli",        # clean
    "botfarm.ingestion.cli",       # ingest
    "botfarm.registry.cli",        # registry ...
    "botfarm.training.cli",        # train-worker, train
    "botfarm.inference.cli",       # generate
    "botfarm.bot_cli",             # bot create
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="botfarm", description="Build and serve text-generation bots.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:  # a command whose module has not landed yet
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from botfarm.core.errors import BotfarmError

    try:
        return int(args.func(args) or 0)
    except BotfarmError as e:
        print(f"botfarm: error: {e.code}: {e.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
