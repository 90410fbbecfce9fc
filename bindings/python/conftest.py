"""Doctests of the steun package see `steun` (and `pathlib`) as names, as a user's session
would; they run from the repository root, where examples/data is."""

import pathlib

import pytest

import steun


@pytest.fixture(autouse=True)
def _steun_in_doctests(doctest_namespace: dict) -> None:
    doctest_namespace["steun"] = steun
    doctest_namespace["pathlib"] = pathlib
