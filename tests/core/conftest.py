"""Fixtures of tests/core; the helpers live in runtime_helpers.py."""

from __future__ import annotations

import pytest
from runtime_helpers import start_server_fixture

start_server = pytest.fixture(start_server_fixture)
