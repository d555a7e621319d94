"""Fixtures for the chart/manifest tests: the real helm and kubectl binaries.

`make test` puts .tools/bin on PATH; without helm these tests skip with the reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from k8shelpers import find_tool  # noqa: E402


@pytest.fixture(scope="session")
def helm() -> str:
    path = find_tool("helm")
    if not path:
        pytest.skip("helm not found on PATH or in .tools/bin: run `make tools`")
    return path


@pytest.fixture(scope="session")
def kubectl() -> str:
    path = find_tool("kubectl")
    if not path:
        pytest.skip("kubectl not found on PATH or in .tools/bin: run `make tools`")
    return path
