"""Doctests of the steun package see `steun` as a name, as a user's session would."""

import pytest

import steun


@pytest.fixture(autouse=True)
def _steun_in_doctests(doctest_namespace: dict) -> None:
    doctest_namespace["steun"] = steun
