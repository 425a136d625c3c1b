"""Shared fixtures: one parser for the whole session."""

from __future__ import annotations

import pytest

import finbulletin


@pytest.fixture(scope="session")
def parser() -> finbulletin.Parser:
    return finbulletin.Parser()
