"""tests/cluster: the Helm release run as processes (see release.py)."""

from __future__ import annotations

import sys
from pathlib import Path

# The FAKE API server lives with the launcher tests; both folders share it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))


def pytest_terminal_summary(terminalreporter):
    from clusterconf import SUMMARY_FILE, summary

    line = summary()
    if line:
        SUMMARY_FILE.parent.mkdir(parents=True, exist_ok=True)
        SUMMARY_FILE.write_text(line + "\n")
        terminalreporter.write_line(line)
