import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir() -> pathlib.Path:
    return ROOT / "examples" / "data"
