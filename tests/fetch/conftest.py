"""Fixtures for the fetch tests: the loopback server's default corpus (see tests/conftest.py for
the `server` and `settings` fixtures built over it)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.fetch.fake_eutils import Corpus, synthetic_corpus


@pytest.fixture
def corpus() -> Corpus:
    """12 synthetic records entered over 12 days from 2025-01-06."""
    return Corpus(synthetic_corpus(12, start=date(2025, 1, 6), days=12))
