"""Builders for `Article` objects written inline in the tests (our own sentences)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.fetch.article import AbstractSection, Article


def make_article(title: str, *sections, publication_types=("Journal Article",), mesh_terms=(),
                 pmid: str = "1", **fields) -> Article:
    """`sections`: plain strings (unlabelled) or (label, text) pairs."""
    built = []
    for section in sections:
        if isinstance(section, tuple):
            label, text = section
            built.append(AbstractSection(text=text, label=label))
        else:
            built.append(AbstractSection(text=section))
    return Article(pmid=pmid, title=title, abstract_sections=tuple(built),
                   publication_types=tuple(publication_types), mesh_terms=tuple(mesh_terms), **fields)


@pytest.fixture
def article():
    return make_article


@pytest.fixture
def run():
    """Extract from an article built like `make_article`."""
    def _run(title: str, *sections, **kwargs):
        return extract(make_article(title, *sections, **kwargs))
    return _run
