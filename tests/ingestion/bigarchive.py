"""Generated archives for the memory and hostile-input tests: an X archive tweets.js
of any size, shaped like a real one (pretty-printed tweet objects), and the child
processes whose peak memory the tests measure."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

_WORDS = ("the a to of and in is it you that for on my this be with are just so me at not have was but all "
          "we day good new time love now see").split()


def write_tweets_js(path: Path, size_bytes: int, seed: int = 7) -> int:
    """Writes ``window.YTD.tweets.part0 = [...]`` of about ``size_bytes``; returns the post count."""
    rng = random.Random(seed)
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("window.YTD.tweets.part0 = [")
        while f.tell() < size_bytes:
            text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(2, 30)))
            if rng.random() < 0.2:
                text = "RT @someone: " + text
            if rng.random() < 0.3:
                text += f" https://t.co/x{n}"
            if rng.random() < 0.1:
                text += " \U0001f600"
            tweet = {"tweet": {"id_str": str(10**17 + n), "id": str(10**17 + n), "full_text": text, "lang": "en",
                               "created_at": "Wed Nov 18 10:00:00 +0000 2020", "favorite_count": "0",
                               "entities": {"hashtags": [], "user_mentions": [], "urls": []},
                               "display_text_range": ["0", str(len(text))]}}
            f.write(("," if n else "") + "\n  " + json.dumps(tweet, ensure_ascii=False, indent=2).replace("\n", "\n  "))
            n += 1
        f.write("\n]")
    return n


def peak_rss_of(cmd: list[str], **kwargs) -> tuple[subprocess.CompletedProcess, int]:
    """Runs ``cmd`` through a small Python parent that reports the child's peak
    resident memory (ru_maxrss of its only child), so no other child of the test
    process counts. Returns (the child's result, peak bytes)."""
    wrapper = ("import json, resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True); "
               "sys.stderr.buffer.write(r.stderr); sys.stdout.buffer.write(r.stdout); "
               "print(json.dumps({'rc': r.returncode, 'peak_kb': "
               "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}), file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, **kwargs)
    report = json.loads(r.stderr.strip().splitlines()[-1])
    result = subprocess.CompletedProcess(cmd, report["rc"], r.stdout, r.stderr)
    return result, report["peak_kb"] * 1024


def vm_hwm(pid: int) -> int:
    """Peak resident memory (VmHWM) of a running process, in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmHWM for pid {pid}")
