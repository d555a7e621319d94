"""``botfarm apply``: the whole farm declared in one file, applied idempotently.

    botfarm apply -f samples/farm.yaml                 # create what is missing, retrain what changed
    botfarm apply -f farm.yaml --dry-run               # print the plan, change nothing
    botfarm apply -f farm.yaml --json --server my-cluster --parallel 8 --max-training 4

Each bot's desired state (its archives' content, base, method, cleaning rules and
hyperparameters) has a fingerprint that the version it trains carries as a label
(``botfarm.dev/farm-fingerprint``). A bot whose newest version carries the declared
fingerprint is left alone (its aliases moved if they point elsewhere); one without a
version is created; any other is retrained; a job already training the declared state
(an interrupted apply) is followed, not started again. Ingestion and cleaning run for
--parallel bots at once, and at most --max-training training jobs are submitted and
unfinished at once (the training service queues them within its own concurrency).
Progress bars go to stderr; a summary table (or, with --json, one JSON document) to
stdout. Only the services are used: --server or BOTFARM_<SERVICE>_ADDR for ingestion,
cleaning, training and registry, the token from BOTFARM_AUTH_TOKEN. Exit status 0
when every bot is as declared, 1 when any failed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

SERVICES = ("ingestion", "cleaning", "training", "registry")


def register(subparsers) -> None:
    from botfarm.core.clients import SERVER_METAVAR, server_help

    p = subparsers.add_parser("apply", help="create, retrain or leave alone every bot of a farm file",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-f", "--file", required=True, type=Path, metavar="FARM.yaml", help="the farm file")
    p.add_argument("--dry-run", action="store_true", help="print the plan and change nothing")
    p.add_argument("--json", action="store_true", help="print one JSON document (progress on stderr)")
    p.add_argument("--parallel", type=int, default=4, help="bots ingested and cleaned at once (default 4)")
    p.add_argument("--max-training", type=int, default=2,
                   help="training jobs submitted and unfinished at once (default 2)")
    p.add_argument("--server", action="append", default=[], metavar=SERVER_METAVAR, help=server_help(SERVICES))
    p.add_argument("--auth-token", default=None, help="bearer token for the services (env BOTFARM_AUTH_TOKEN)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from botfarm.core.clients import connect
    from botfarm.core.errors import InvalidArgument
    from botfarm.farm.apply import Applier, Bars
    from botfarm.farm.plan import make_plan
    from botfarm.farm.spec import load
    from botfarm.registry.client import ServiceRegistry

    if args.parallel < 1 or args.max_training < 1:
        raise InvalidArgument("--parallel and --max-training must be at least 1")
    farm = load(args.file)
    with contextlib.ExitStack() as stack:
        clients = {svc: stack.enter_context(connect(svc, args.server, auth_token=args.auth_token))
                   for svc in SERVICES}
        registry = ServiceRegistry(clients["registry"])
        print(f"planning {len(farm.bots)} bots of {farm.path} ...", file=sys.stderr)
        steps = make_plan(farm, registry, clients["training"], parallel=2 * args.parallel)
        if args.dry_run:
            _print_plan(steps, farm.path, args.json)
            return 0
        bars = Bars(len(steps))
        try:
            outcomes = Applier(clients, registry, parallel=args.parallel, max_training=args.max_training,
                               bars=bars).apply(steps)
        except KeyboardInterrupt:
            bars.close()
            print("interrupted: training jobs already submitted keep running; apply again to follow them",
                  file=sys.stderr)
            raise
        bars.close()
    _print_outcomes(outcomes, farm.path, args.json)
    return 1 if any(o.result == "failed" for o in outcomes) else 0


def _print_plan(steps, path: Path, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"farm": str(path), "dry_run": True, "bots": [
            {"name": s.bot.name, "action": s.action, "reason": s.reason, "fingerprint": s.fingerprint,
             "latest_version": s.latest_version, "alias_moves": list(s.alias_moves), "training_job": s.job}
            for s in steps], "summary": _counts(s.action for s in steps)}, indent=2))
        return
    rows = [(s.bot.name, s.action, str(s.latest_version or "-"),
             s.reason + (f"; move {', '.join(s.alias_moves)}" if s.alias_moves else "")) for s in steps]
    _table(("BOT", "ACTION", "VERSION", "WHY"), rows)
    counts = _counts(s.action for s in steps)
    print("plan: " + (", ".join(f"{n} to {a}" if a != "unchanged" else f"{n} unchanged"
                                for a, n in counts.items() if n)) + " (dry run: nothing changed)")


def _print_outcomes(outcomes, path: Path, as_json: bool) -> None:
    actions = [o.action if o.result == "ok" else "failed" for o in outcomes]
    if as_json:
        print(json.dumps({"farm": str(path), "dry_run": False, "bots": [o.to_json() for o in outcomes],
                          "summary": _counts(actions)}, indent=2, ensure_ascii=False))
        return
    rows = [(o.name, o.action, o.result if o.result == "ok" else f"FAILED {o.error_code}",
             str(o.version or "-"), o.detail) for o in outcomes]
    _table(("BOT", "ACTION", "RESULT", "VERSION", "DETAIL"), rows)
    print(f"applied: {_summary(_counts(actions))}")


def _counts(actions) -> dict[str, int]:
    out = {"create": 0, "retrain": 0, "resume": 0, "unchanged": 0, "failed": 0}
    for a in actions:
        out[a] = out.get(a, 0) + 1
    return out


_DONE = {"create": "created", "retrain": "retrained", "resume": "resumed", "unchanged": "unchanged", "failed": "failed"}


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {_DONE.get(a, a)}" for a, n in counts.items() if n) or "nothing to do"


def _table(head: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head) - 1)]
    for r in [head, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1])
