from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
def store(tmp_path):
    from botfarm.core.store import LocalStore

    return LocalStore(tmp_path / "data")


@pytest.fixture
def base_ref(store, tiny_gpt2):
    from trainhelpers import publish_base

    return publish_base(store, tiny_gpt2)


@pytest.fixture
def dataset(store):
    from trainhelpers import write_clean_dataset

    return write_clean_dataset(store)
