"""The ``botfarm`` command.

    botfarm serve SERVICE [--grpc-port N] [--metrics-port N] [--data-dir DIR | S3 flags]
    botfarm up
    botfarm clean PATH... [--rules huggingtweets|botfarm] [--stats-json] [--output FILE]
    botfarm registry list|show|versions|push|export|alias|delete|import-base|gc ...
    botfarm train [create] MODEL --clean-dataset ... | train list|show|cancel|logs ...
    botfarm train-worker ...
    botfarm bot create|list|show|delete ...
    botfarm apply -f farm.yaml [--dry-run] [--json]
    botfarm generate NAME "My dream is" [-n 5] [--stream]
    botfarm --version

Subcommands live beside the code they drive: each module named in ``COMMANDS``
has ``register(subparsers)``, which adds its parser and sets ``func`` on it. A module
is imported only when listed, so ``botfarm clean`` does not import torch.

Errors are printed as one line, ``botfarm: error: CODE: message``, never a traceback,
and the exit status says which (``EXIT_CODES``, the table in the README).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys

#: Modules that contribute subcommands, in help order.
COMMANDS = [
    "botfarm.core.cli_serve",      # serve, up
    "botfarm.cleaning.cli",        # clean
    "botfarm.ingestion.cli",       # ingest
    "botfarm.registry.cli",        # registry ...
    "botfarm.training.cli",        # train-worker, train ...
    "botfarm.inference.cli",       # generate
    "botfarm.bot_cli",             # bot ...
    "botfarm.farm.cli",            # apply
]

#: The exit status of a command that failed with an error: the number of its gRPC status
#: code (grpc.StatusCode), except CANCELLED and UNKNOWN, which keep 1 and leave 2 to
#: usage errors as everywhere else. The README's table is this one.
EXIT_CODES = {
    "CANCELLED": 1, "UNKNOWN": 1, "INVALID_ARGUMENT": 3, "DEADLINE_EXCEEDED": 4, "NOT_FOUND": 5,
    "ALREADY_EXISTS": 6, "PERMISSION_DENIED": 7, "RESOURCE_EXHAUSTED": 8, "FAILED_PRECONDITION": 9,
    "ABORTED": 10, "OUT_OF_RANGE": 11, "UNIMPLEMENTED": 12, "INTERNAL": 13, "UNAVAILABLE": 14,
    "DATA_LOSS": 15, "UNAUTHENTICATED": 16,
}
#: A command that failed without an error code (a training job that ended FAILED).
EXIT_FAILED = 1
#: Bad flags or arguments (argparse's own).
EXIT_USAGE = 2
#: Ctrl-C.
EXIT_INTERRUPTED = 130
#: The reader of stdout went away (``botfarm registry list | head``): 128 + SIGPIPE.
EXIT_BROKEN_PIPE = 141


def exit_code(code: str) -> int:
    return EXIT_CODES.get(code, EXIT_FAILED)


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("botfarm")
    except PackageNotFoundError:  # run from a source tree without installing
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="botfarm", description="Build and serve text-generation bots.",
                                     epilog="Exit status: 0 done, 2 usage error, else the gRPC status code of the "
                                            "error (3 INVALID_ARGUMENT, 5 NOT_FOUND, 14 UNAVAILABLE, ...; the "
                                            "README has the table).")
    parser.add_argument("--version", action="version", version=f"botfarm {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:  # a command whose module has not landed yet
                continue
            raise
        module.register(sub)
    _plain_help(parser)
    return parser


def plain(text: str | None) -> str | None:
    """Help text without the reStructuredText marks docstrings carry (``x``, `x`)."""
    if not text:
        return text
    return re.sub(r"`([^`\n]*)`", r"\1", re.sub(r"``([^`\n]*)``", r"\1", text))


def _plain_help(parser: argparse.ArgumentParser) -> None:
    """Strips the marks from every description and help line, in every subcommand."""
    parser.description = plain(parser.description)
    parser.epilog = plain(parser.epilog)
    for action in parser._actions:
        action.help = plain(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = plain(choice.help)
            for sub in set(action.choices.values()):
                _plain_help(sub)


def _expand_shorthands(argv: list[str]) -> list[str]:
    """Commands whose first subcommand may be left out (``botfarm train MODEL ...`` is
    ``botfarm train create MODEL ...``)."""
    from botfarm.training.cli import expand_shorthand

    return expand_shorthand(argv)


def _closed_stdout() -> int:
    # Python would print a traceback, then another one when it flushes stdout at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_BROKEN_PIPE


def run(args: argparse.Namespace) -> int:
    """Runs a parsed command; every error a user can cause ends as one line and an exit status."""
    import grpc

    from botfarm.core.errors import BotfarmError

    try:
        return int(args.func(args) or 0)
    except BotfarmError as e:
        print(f"botfarm: error: {e.code}: {e.message}", file=sys.stderr)
        return exit_code(e.code)
    except grpc.RpcError as e:  # a call made outside core.clients.connect
        code = e.code().name  # type: ignore[attr-defined]
        print(f"botfarm: error: {code}: {e.details()}", file=sys.stderr)  # type: ignore[attr-defined]
        return exit_code(code)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_expand_shorthands(list(sys.argv[1:] if argv is None else argv)))
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        code = run(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _closed_stdout()


if __name__ == "__main__":
    sys.exit(main())
