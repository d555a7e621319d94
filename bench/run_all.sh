#!/usr/bin/env bash
# Run every benchmark in bench/, one after another, and print their JSON result lines.
#
#   make bench                            # the same as: bash bench/run_all.sh
#   bash bench/run_all.sh cleaning        # only bench/bench_cleaning.py (names are substrings)
#   BENCH_TIMEOUT=900 bash bench/run_all.sh
#
# stdout carries only the results (lines that start with "{"), so
# `bash bench/run_all.sh > results.jsonl` keeps a clean file; logs, progress bars and a
# final summary go to stderr. A failing benchmark does not stop the others, but the exit
# status is 1 if any failed (or if none matched), so CI and scripts notice.
#
# Environment: PYTHON (default .venv/bin/python), BENCH_DIR (default bench),
# BENCH_TIMEOUT (seconds per benchmark; unset means no limit).
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
PYTHON=${PYTHON:-.venv/bin/python}
BENCH_DIR=${BENCH_DIR:-bench}
# Both `from common import emit` (the script's own folder) and `from bench.common import
# emit` (the repository root) then work.
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
# Result lines must reach us as they are printed, not when a buffer fills.
export PYTHONUNBUFFERED=1

shopt -s nullglob
scripts=()
for script in "$BENCH_DIR"/bench_*.py; do
  if [[ $# -eq 0 ]]; then
    scripts+=("$script")
  else
    for want in "$@"; do
      [[ $(basename "$script") == *"$want"* ]] && { scripts+=("$script"); break; }
    done
  fi
done
if [[ ${#scripts[@]} -eq 0 ]]; then
  echo "run_all: no benchmark matches $BENCH_DIR/bench_*.py ${*:-}" >&2
  exit 1
fi

failed=()
for script in "${scripts[@]}"; do
  echo "run_all: ▶ $script" >&2
  start=$SECONDS
  cmd=("$PYTHON" "$script")
  [[ -n ${BENCH_TIMEOUT:-} ]] && cmd=(timeout "$BENCH_TIMEOUT" "${cmd[@]}")
  # Split the benchmark's stdout: JSON lines to our stdout, anything else to stderr.
  "${cmd[@]}" | while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line == \{* ]]; then printf '%s\n' "$line"; else printf '%s\n' "$line" >&2; fi
  done
  rc=${PIPESTATUS[0]}
  if [[ $rc -ne 0 ]]; then
    failed+=("$script (exit $rc)")
    echo "run_all: ✗ $script failed with exit $rc after $((SECONDS - start)) s" >&2
  else
    echo "run_all: ✓ $script in $((SECONDS - start)) s" >&2
  fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "run_all: ${#failed[@]} of ${#scripts[@]} benchmarks failed: ${failed[*]}" >&2
  exit 1
fi
echo "run_all: all ${#scripts[@]} benchmarks passed" >&2
