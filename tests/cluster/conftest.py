"""tests/cluster: the Helm release run as processes (see helmrelease.py)."""

from __future__ import annotations

# The FAKE API server (tests/training/fake_k8s.py) is shared with the launcher tests: tests/
# conftest.py puts every test folder on sys.path.


def pytest_terminal_summary(terminalreporter):
    from clusterconf import SUMMARY_FILE, summary

    line = summary()
    if line:
        SUMMARY_FILE.parent.mkdir(parents=True, exist_ok=True)
        SUMMARY_FILE.write_text(line + "\n")
        terminalreporter.write_line(line)
