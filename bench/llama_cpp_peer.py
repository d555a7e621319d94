"""llama.cpp as a peer of the inference benchmark: its ``llama-server`` (built once by
``bash bench/build_llama_cpp.sh`` into .bench/llama.cpp/, which ``make bench`` runs first)
serving the same model, converted to a bf16 GGUF by llama.cpp's own convert_hf_to_gguf.py.

    from llama_cpp_peer import LlamaServer, binary, gguf_for
    exe, why_not = binary()                      # None and the reason when it is not built
    with LlamaServer(exe, gguf_for(base_dir), slots=64, threads=2) as server:
        server.generate_all(texts, new_tokens=48)    # {"tok_s", "tokens", "wall_s"}
        server.seconds_per_token(text, new_tokens=48)

Sampling as ours: temperature 0.8 and top_p 0.95 only. llama-server's defaults add a
top_k of 40 and a min_p of 0.05, which would draw from a smaller set than ours does: they
are turned off (top_k 0, min_p 0), as are its other samplers' defaults that change the
distribution (repetition penalty 1, typical_p 1). Each request has its own seed.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LLAMA_DIR = REPO / ".bench" / "llama.cpp"


def binary() -> tuple[Path | None, str]:
    """llama-server's path, or None and why it is missing."""
    exe = LLAMA_DIR / "bin" / "llama-server"
    if exe.is_file() and os.access(exe, os.X_OK):
        return exe, ""
    failed = LLAMA_DIR / "FAILED"
    if failed.is_file():
        return None, f"its build failed: {failed.read_text().strip()} (log: {LLAMA_DIR / 'build.log'})"
    return None, "it is not built (run `make bench` or `bash bench/build_llama_cpp.sh`)"


def gguf_for(base_dir: Path) -> Path:
    """The base model (HF safetensors) as a bf16 GGUF, converted once by llama.cpp's
    convert_hf_to_gguf.py and kept beside the build (keyed by the weights' name, size
    and time, so a changed base is converted again)."""
    weights = sorted(Path(base_dir).glob("*.safetensors"))
    key = hashlib.sha256(json.dumps([[w.name, w.stat().st_size, w.stat().st_mtime_ns] for w in weights]).encode())
    out = LLAMA_DIR / "models" / f"{Path(base_dir).name}-{key.hexdigest()[:12]}-bf16.gguf"
    if out.is_file():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".part")
    # The converter imports sentencepiece (installed beside the build) and its own gguf-py.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(LLAMA_DIR / "pylib"), os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, str(LLAMA_DIR / "tree" / "convert_hf_to_gguf.py"), str(base_dir), "--outtype", "bf16",
           "--outfile", str(tmp)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(f"convert_hf_to_gguf.py failed: {done.stderr[-2000:]}")
    tmp.replace(out)
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(url: str, body: dict, timeout: float = 600) -> dict:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.load(r)


class LlamaServer:
    """A llama-server process with ``slots`` parallel slots of ``ctx_per_slot`` tokens."""

    def __init__(self, exe: Path, gguf: Path, slots: int, threads: int, ctx_per_slot: int = 256,
                 log: Path | None = None):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.cmd = [str(exe), "-m", str(gguf), "--host", "127.0.0.1", "--port", str(self.port), "-np", str(slots),
                    "-c", str(slots * ctx_per_slot), "-t", str(threads), "-tb", str(threads), "--no-webui"]
        self.log = log or LLAMA_DIR / "server.log"
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> LlamaServer:
        with open(self.log, "w") as log:
            self.proc = subprocess.Popen(self.cmd, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llama-server exited with {self.proc.returncode}: see {self.log}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=5) as r:
                    if r.status == 200:
                        return self
            except OSError:
                pass
            time.sleep(0.5)
        self.__exit__()
        raise RuntimeError(f"llama-server did not become ready in 300 s: see {self.log}")

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def complete(self, text: str, new_tokens: int, seed: int) -> dict:
        return _post(self.url + "/completion", {
            "prompt": text, "n_predict": new_tokens, "seed": seed, "temperature": 0.8, "top_p": 0.95,
            "top_k": 0, "min_p": 0.0, "typical_p": 1.0, "repeat_penalty": 1.0, "cache_prompt": False})

    def generate_all(self, texts: list[str], new_tokens: int) -> dict:
        """Every text at once (one client thread each, as many as the slots): tokens
        generated (up to each one's EOS) per second of the whole batch."""
        self.complete("warm up", 2, 0)
        t0 = time.perf_counter()
        with ThreadPoolExecutor(len(texts)) as pool:
            outs = list(pool.map(lambda a: self.complete(a[1], new_tokens, a[0]), enumerate(texts)))
        wall = time.perf_counter() - t0
        n = sum(o["tokens_predicted"] for o in outs)
        return {"tok_s": n / wall, "tokens": n, "wall_s": wall}

    def seconds_per_token(self, text: str, new_tokens: int, repeats: int = 3) -> float:
        """One stream alone: llama-server's own time per generated token (decode and
        sampling, without the prompt), the best of ``repeats`` requests."""
        best = float("inf")
        for i in range(repeats):
            t = self.complete(text, new_tokens, 1000 + i)["timings"]
            if t["predicted_n"] > 1:
                best = min(best, t["predicted_ms"] / t["predicted_n"] / 1000)
        return best
