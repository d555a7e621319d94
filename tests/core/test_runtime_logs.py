"""Structured logs (botfarm.core.logs)."""

from __future__ import annotations

import io
import json
import logging

import pytest
from botfarm.core.logs import setup_logging


@pytest.fixture
def restore_root_logger():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_json_lines_carry_service_and_extras(restore_root_logger):
    out = io.StringIO()
    setup_logging("INFO", "json", "registry", stream=out)
    log = logging.getLogger("botfarm.test")
    log.debug("hidden")
    log.info("published %s", "mcintweet", extra={"version": 3, "path": object()})
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("failed")
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert {k: first[k] for k in ("level", "logger", "message", "service", "version")} == {
        "level": "INFO", "logger": "botfarm.test", "message": "published mcintweet", "service": "registry",
        "version": 3}
    assert first["time"].endswith("+00:00") and first["path"].startswith("<object")
    assert second["level"] == "ERROR" and "ValueError: boom" in second["exception"]


def test_text_format_and_reconfiguring_replaces_the_handler(restore_root_logger):
    out = io.StringIO()
    setup_logging("INFO", "json", "x", stream=io.StringIO())
    setup_logging("WARNING", "text", "cleaning", stream=out)
    logging.getLogger("t").info("dropped")
    logging.getLogger("t").warning("kept", extra={"rows": 2})
    (line,) = out.getvalue().splitlines()
    assert line.endswith("WARNING [cleaning] t: kept rows=2")
