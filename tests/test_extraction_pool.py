"""Extraction in worker processes during an import gives exactly what in-process extraction gives."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pipeline import importer
from pipeline.extract import extract
from pipeline.extraction_pool import ExtractionPool
from pipeline.fetch.pubmed_xml import iter_articles
from pipeline.importer import import_files
from pipeline.store.articles import iter_export_records
from pipeline.store.engine import open_store, session_scope

DEVSET = Path(__file__).resolve().parent / "data" / "devset" / "records.xml"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def exported(engine) -> list[dict]:
    with session_scope(engine) as session:
        return list(iter_export_records(session=session))


def test_import_with_workers_stores_the_same_as_without(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "PARALLEL_AFTER", 0)
    submitted = []
    submit = ExtractionPool.submit
    monkeypatch.setattr(ExtractionPool, "submit", lambda self, articles: submitted.append(len(articles))
                        or submit(self, articles))
    serial = open_store(f"sqlite:///{tmp_path / 'serial.sqlite'}")
    parallel = open_store(f"sqlite:///{tmp_path / 'parallel.sqlite'}")

    import_files(engine=serial, paths=[DEVSET], now=NOW, batch_size=10, workers=0)
    report = import_files(engine=parallel, paths=[DEVSET], now=NOW, batch_size=10, workers=2)

    assert sum(submitted) >= 80  # all but the last (partial) batch went to the workers
    assert report.counts.new == len(exported(serial))
    assert exported(parallel) == exported(serial)


def test_pooled_articles_come_from_the_workers_and_others_from_the_fallback():
    articles = list(iter_articles(DEVSET))[:3]
    fallback_used = []

    def fallback(article):
        fallback_used.append(article.pmid)
        return extract(article)

    with ExtractionPool(1) as pool:
        extractor = pool.submit(articles[:2]).extractor(fallback=fallback)
        results = [extractor(article) for article in articles]

    assert results == [extract(article) for article in articles]
    assert fallback_used == [articles[2].pmid]
