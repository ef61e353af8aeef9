"""Smoke test of the benchmark corpus generator (bench/ itself is not part of the suite)."""

import importlib.util
import sys
from pathlib import Path

from pipeline.fetch.pubmed_xml import iter_articles

GENERATOR = Path(__file__).resolve().parents[1] / "bench" / "generate_corpus.py"


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate_corpus", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_generated_corpus_parses_into_one_article_per_record(tmp_path):
    out = _generator().generate(tmp_path / "corpus.xml.gz", 50, seed=3)

    articles = list(iter_articles(out))

    assert len({article.pmid for article in articles}) == 50
    assert sum(bool(article.abstract) for article in articles) >= 40
