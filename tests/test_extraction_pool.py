"""Import workers (parse + extract in worker processes) give exactly what one process gives."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline import importer
from pipeline.extract import extract
from pipeline.extraction_pool import ImportWorkers, Split, batch_document, parse_batch, split_records
from pipeline.fetch.pubmed_xml import iter_articles
from pipeline.importer import import_files
from pipeline.store.articles import iter_export_records
from pipeline.store.engine import open_store, session_scope

DATA = Path(__file__).resolve().parent / "data"
DEVSET = DATA / "devset" / "records.xml"
TRUNCATED = DATA / "xml" / "truncated.xml"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def workers_for_small_files(monkeypatch):
    monkeypatch.setattr(importer, "PARALLEL_MIN_BYTES", 0)
    submitted = []
    submit = ImportWorkers.submit
    monkeypatch.setattr(ImportWorkers, "submit", lambda self, header, records, name:
                        submitted.append(name) or submit(self, header, records, name))
    return submitted


def exported(engine) -> list[dict]:
    with session_scope(engine) as session:
        return list(iter_export_records(session=session))


def test_import_with_workers_stores_the_same_as_without(tmp_path, workers_for_small_files):
    serial = open_store(f"sqlite:///{tmp_path / 'serial.sqlite'}")
    parallel = open_store(f"sqlite:///{tmp_path / 'parallel.sqlite'}")

    import_files(engine=serial, paths=[DEVSET], now=NOW, batch_size=10, workers=0)
    report = import_files(engine=parallel, paths=[DEVSET], now=NOW, batch_size=10, workers=2)

    assert len(workers_for_small_files) >= 9  # every batch went to the workers
    assert report.counts.new == len(exported(serial))
    assert exported(parallel) == exported(serial)


def test_reimport_with_workers_reports_every_record_unchanged(tmp_path, workers_for_small_files):
    engine = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    first = import_files(engine=engine, paths=[DEVSET], now=NOW, batch_size=10, workers=2)

    again = import_files(engine=engine, paths=[DEVSET], now=NOW, batch_size=10, workers=2)

    assert (again.counts.new, again.counts.updated, again.counts.unchanged) == (0, 0, first.counts.new)


def test_a_cut_off_file_with_workers_keeps_the_same_records_and_reports_the_same_fault(
        tmp_path, workers_for_small_files):
    serial = open_store(f"sqlite:///{tmp_path / 'serial.sqlite'}")
    parallel = open_store(f"sqlite:///{tmp_path / 'parallel.sqlite'}")

    expected = import_files(engine=serial, paths=[TRUNCATED], now=NOW, batch_size=1, workers=0)
    report = import_files(engine=parallel, paths=[TRUNCATED], now=NOW, batch_size=1, workers=2)

    assert [str(e) for e in report.errors] == [str(e) for e in expected.errors] != []
    assert report.records == expected.records
    assert exported(parallel) == exported(serial)


def test_split_records_cuts_whole_records_that_parse_back_to_the_file(tmp_path):
    split = Split()
    batches = list(split_records(DEVSET, 7, split))

    articles = [article for records in batches
                for article in iter_articles(batch_document(split.header, records))]

    assert split.complete and sum(len(records) for records in batches) == len(articles)
    assert {len(records) for records in batches[:-1]} == {7}
    assert articles == list(iter_articles(DEVSET))


def test_a_parsed_batch_comes_back_from_a_worker_equal_to_the_one_made_here():
    split = Split()
    records = next(split_records(DEVSET, 40, split))
    here = parse_batch(split.header, records, "devset")

    with ImportWorkers(1) as pool:
        there = pool.submit(split.header, records, "devset").result()

    assert there.articles == here.articles and there.raw_hashes == here.raw_hashes
    assert there.hashes == here.hashes and len(there.outcomes) == len(here.outcomes) == 40
    from_here, from_there = here.extractor(extract), there.extractor(extract)
    assert [from_there(a) for a in there.articles] == [from_here(a) for a in here.articles]
