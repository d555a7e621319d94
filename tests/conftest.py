"""Shared fixtures. Tests that need a model use the tiny random ones built here once
per session; tests that need S3 use the real ``moto_server`` process from
``tests/s3server.py``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# Tests run with --import-mode=importlib (test files in different folders may share a
# basename), so helper modules are found through sys.path: tests/ and each subfolder.
# Helper module names must be unique across folders.
_TESTS = Path(__file__).parent
sys.path[:0] = [str(_TESTS)] + sorted(str(d) for d in _TESTS.iterdir() if d.is_dir() and not d.name.startswith((".", "_")))

#: The shared sample archives (read from ../shared/data, never copied into the repo): the
#: nearest ``shared/data`` above the checkout, so a git worktree one level deeper finds it too.
SHARED_DATA = next((p / "shared" / "data" for p in Path(__file__).resolve().parents[1:]
                    if (p / "shared" / "data").is_dir()), Path(__file__).resolve().parents[2] / "shared" / "data")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared sample archives not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def tiny_gpt2(tmp_path_factory) -> Path:
    from tinymodels import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-gpt2"), "gpt2")


@pytest.fixture(scope="session")
def tiny_llama(tmp_path_factory) -> Path:
    from tinymodels import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-llama"), "llama")


# Object-store fixtures (tests/s3server.py): s3_server (a real moto_server process,
# session-wide), s3_store, local_store, and store (parametrised over both backends).
from s3server import local_store, s3_server, s3_store, store  # noqa: E402, F401
