"""``botfarm generate``: posts from a bot, through a running inference service.

    botfarm generate mcintweet "My dream is" -n 5
    botfarm generate mcintweet:production "My dream is" --stream --temperature 0.8 --seed 42
    botfarm generate mcintweet@3 "Hello" --greedy --max-new-tokens 40 --stop "\\n"
    botfarm generate mcintweet "Hello" --no-bot-defaults --max-new-tokens 200

What a command does not set takes the bot's generation defaults (bots botfarm trains:
one post per call, cut at the first new line, top-p 0.95, 10 to 160 new tokens).

The service is ``--server HOST:PORT`` or BOTFARM_INFERENCE_ADDR (default localhost:50055);
BOTFARM_AUTH_TOKEN is sent as a bearer token when set, and the bot's name as the
``x-botfarm-bot`` header, on which a gateway keeps a bot on one replica. The ``-n`` requests go out
together, so the service batches them into the same forward passes.
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ThreadPoolExecutor


def register(subparsers) -> None:
    p = subparsers.add_parser("generate", help="generate posts from a bot (inference service)",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("bot", help='the bot: "name", "name@3" or "name:production"')
    p.add_argument("prompt", help='the start of the post, e.g. "My dream is"')
    p.add_argument("-n", "--num", type=int, default=1, help="how many posts (default 1)")
    p.add_argument("--stream", action="store_true", help="print tokens as they are made")
    p.add_argument("--greedy", action="store_true", help="greedy decoding instead of sampling")
    p.add_argument("--temperature", type=float, default=None, help="softmax temperature (> 0)")
    p.add_argument("--top-p", type=float, default=None, help="nucleus sampling mass in (0, 1]")
    p.add_argument("--top-k", type=int, default=None, help="keep the k most likely tokens")
    p.add_argument("--repetition-penalty", type=float, default=None, help="penalty for repeated tokens (1: off)")
    p.add_argument("--max-new-tokens", type=int, default=None, help="tokens per post at most (default: the bot's)")
    p.add_argument("--min-new-tokens", type=int, default=None, help="tokens per post at least (default: the bot's)")
    p.add_argument("--no-bot-defaults", action="store_true",
                   help="text-generation-inference's defaults instead of the bot's for what is not set")
    p.add_argument("--seed", type=int, default=None, help="seed of the first post (the i-th uses seed+i)")
    p.add_argument("--stop", action="append", default=[], help="stop sequence (repeatable)")
    p.add_argument("--server", action="append", default=[], metavar="[SERVICE=]HOST[:PORT]",
                   help="inference address (BOTFARM_INFERENCE_ADDR, localhost:50055)")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds per request (default 300)")
    p.set_defaults(func=run)


def unescape(text: str) -> str:
    """``--stop '\\n'`` is a newline; other text, non-ASCII included, stays as typed."""
    from botfarm.core.errors import InvalidArgument

    try:
        # latin-1 + backslashreplace: "é" or "日" survive the round trip (UTF-8 bytes would not).
        return text.encode("latin-1", "backslashreplace").decode("unicode_escape")
    except UnicodeDecodeError as e:
        raise InvalidArgument(f"--stop {text!r}: bad escape sequence ({e.reason})") from None


def _request(args, i: int, pb):
    params = pb.GenerationParameters(
        max_new_tokens=args.max_new_tokens or 0, temperature=args.temperature or 0,
        top_p=args.top_p or 0, top_k=args.top_k or 0, repetition_penalty=args.repetition_penalty or 0,
        stop=[unescape(s) for s in args.stop], ignore_bot_defaults=args.no_bot_defaults)
    if args.greedy:
        params.do_sample = False
    elif args.no_bot_defaults:
        params.do_sample = True  # posts are sampled, as without a bot's defaults before
    if args.min_new_tokens is not None:
        params.min_new_tokens = args.min_new_tokens
    if args.seed is not None:
        params.seed = args.seed + i
    return params


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from botfarm.core.clients import connect
    from botfarm.inference import routing
    from botfarm.inference.v1 import inference_service_pb2 as pb

    if args.num < 1:
        print("botfarm: error: -n must be at least 1", file=sys.stderr)
        return 2
    # Errors, an unreachable service included, become botfarm's one-line errors and exit codes.
    with connect("inference", args.server) as stub:
        if args.stream:
            for i in range(args.num):
                req = pb.GenerateStreamRequest(bot=args.bot, prompt=args.prompt, parameters=_request(args, i, pb))
                print(args.prompt, end="", flush=True)
                for msg in stub.GenerateStream(req, timeout=args.timeout, metadata=routing.metadata(args.bot)):
                    if not msg.token.special:
                        print(msg.token.text, end="", flush=True)
                print("\n" if i + 1 < args.num else "")
            return 0

        def one(i: int):
            req = pb.GenerateRequest(bot=args.bot, prompt=args.prompt, parameters=_request(args, i, pb))
            return stub.Generate(req, timeout=args.timeout, metadata=routing.metadata(args.bot))

        with ThreadPoolExecutor(max_workers=min(args.num, 64)) as pool:
            futures = [pool.submit(one, i) for i in range(args.num)]
            results = [f.result() for f in tqdm(futures, desc=f"generating from {args.bot}", unit="post",
                                                 file=sys.stderr, disable=args.num == 1)]
        for i, r in enumerate(results):
            if i:
                print()
            print(f"{args.prompt}{r.generated_text}")
        print(f"({results[0].model_version}, {sum(r.generated_tokens for r in results)} tokens)", file=sys.stderr)
        return 0
