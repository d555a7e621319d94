"""Fixtures of the registry tests.

``registry`` runs over the ``store`` fixture of tests/s3server.py, so each test that
uses it runs twice: on the local-disk backend and on S3 through a real moto_server
process. ``weights_dir`` makes a small but valid model folder (config.json + a real
safetensors file) without loading transformers, for the tests that do not generate.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from registry_helpers import make_weights_dir  # noqa: E402


@pytest.fixture
def weights_dir(tmp_path) -> Path:
    return make_weights_dir(tmp_path / "weights")


@pytest.fixture
def registry(store, tmp_path):
    from botfarm.registry.core import Registry

    return Registry(store, cache_dir=tmp_path / "cache")
