"""import_files on a real SQLite file: batches, idempotency, bad files, the runs table."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from pipeline.errors import ConfigError, StoreError
from pipeline.extract.model import Extraction, Outcome
from pipeline.importer import import_files
from pipeline.store.articles import ARTICLES, RUNS
from pipeline.store.engine import open_store

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA = REPO_ROOT / "tests" / "data" / "xml"
SAMPLES = REPO_ROOT / ".." / "shared" / "ncbi-samples"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path):
    return open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")


def stored_pmids(engine) -> list[str]:
    with engine.connect() as connection:
        return sorted(connection.execute(select(ARTICLES.c.pmid)).scalars())


def runs(engine) -> list[dict]:
    with engine.connect() as connection:
        return [dict(row) for row in connection.execute(select(RUNS).order_by(RUNS.c.id)).mappings()]


def test_import_stores_every_record_and_records_the_run(engine):
    report = import_files(engine=engine, paths=[DATA / "sle_studies.xml", DATA / "retraction.xml"], now=NOW)
    assert not report.failed
    assert report.counts.new == 5 and report.records == 5
    assert stored_pmids(engine) == ["90000001", "90000002", "90000003", "90000301", "90000302"]
    (run,) = runs(engine)
    assert (run["kind"], run["status"], run["error"]) == ("import", "ok", None)
    assert run["counts"]["new"] == 5 and run["counts"]["files"] == 2
    assert run["started_at"] == NOW and run["finished_at"] >= NOW


@pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"NCBI samples folder {SAMPLES} is absent")
def test_all_shared_samples_import_then_reimport_unchanged(engine):
    files = sorted(SAMPLES.glob("*pubmed*.xml")) + sorted(SAMPLES.glob("metapub_*.xml"))
    first = import_files(engine=engine, paths=files, now=NOW)
    assert first.counts.new == 9 and not first.failed
    second = import_files(engine=engine, paths=files, now=NOW)
    assert (second.counts.new, second.counts.updated, second.counts.unchanged) == (0, 0, 9)
    assert second.summary_lines()[-1] == "new 0, updated 0, unchanged 9, skipped 0: nothing changed"


def test_batches_of_one_give_the_same_result(engine):
    seen = []
    report = import_files(engine=engine, paths=[DATA / "sle_studies.xml"], now=NOW, batch_size=1,
                          progress=lambda path, records: seen.append(records))
    assert report.counts.new == 3
    assert seen == [1, 2, 3, 3]


def test_revised_file_updates_the_record(engine):
    import_files(engine=engine, paths=[DATA / "sle_studies.xml"], now=NOW)
    report = import_files(engine=engine, paths=[DATA / "sle_study_revised.xml"], now=NOW)
    assert (report.counts.updated, report.counts.new) == (1, 0)


@pytest.mark.parametrize("batch_size", [1, 500])
def test_truncated_file_keeps_complete_records_and_fails_the_run(engine, batch_size):
    report = import_files(engine=engine, paths=[DATA / "truncated.xml"], now=NOW, batch_size=batch_size)
    assert report.failed
    assert stored_pmids(engine) == ["90000001", "90000002"]
    (error,) = report.errors
    assert error.line == 92 and "truncated.xml" in str(error)
    (run,) = runs(engine)
    assert run["status"] == "failed" and "truncated.xml, line 92" in run["error"]
    assert report.summary_lines()[0].endswith("truncated.xml: 2 records (stopped at a fault)")


@pytest.mark.parametrize(("name", "kept", "line"), [
    ("not_xml.xml", [], 1),
    ("wrong_root.xml", [], 3),
    ("missing_pmid.xml", ["90000001"], 54),
])
def test_bad_files_report_file_and_line_and_keep_earlier_records(engine, name, kept, line):
    report = import_files(engine=engine, paths=[DATA / name], now=NOW)
    (error,) = report.errors
    assert error.source.endswith(name) and error.line == line
    assert stored_pmids(engine) == kept


def test_files_after_a_bad_one_are_still_imported(engine):
    report = import_files(engine=engine, paths=[DATA / "not_xml.xml", DATA / "retraction.xml"], now=NOW)
    assert report.failed and report.counts.new == 2
    assert [result.error is None for result in report.files] == [False, True]


def test_delete_citation_and_retraction_through_import(engine):
    import_files(engine=engine, paths=[DATA / "sle_studies.xml", DATA / "retracted_original.xml"], now=NOW)
    report = import_files(engine=engine, paths=[DATA / "delete_citation.xml", DATA / "retraction_notice.xml"],
                          now=NOW)
    assert (report.counts.deleted, report.counts.retracted_marked, report.counts.new) == (1, 1, 2)
    assert report.summary_lines()[2:] == [
        "new 2, updated 0, unchanged 0, skipped 1, deleted 1, marked retracted 1",
        "  skipped PMID 90000999: deleted by PubMed and not in the store",
    ]


def test_notice_in_an_earlier_batch_marks_an_article_in_a_later_one(engine):
    report = import_files(engine=engine, paths=[DATA / "retraction_notice.xml", DATA / "retracted_original.xml"],
                          now=NOW, batch_size=1)
    assert report.counts.retracted_marked == 1
    with engine.connect() as connection:
        assert connection.execute(
            select(ARTICLES.c.retracted).where(ARTICLES.c.pmid == "90000301")).scalar_one() is True


def test_missing_file_is_a_usage_error_before_anything_is_written(engine, tmp_path):
    with pytest.raises(ConfigError, match="nope.xml: no such file"):
        import_files(engine=engine, paths=[DATA / "sle_studies.xml", tmp_path / "nope.xml"], now=NOW)
    assert stored_pmids(engine) == [] and runs(engine) == []


def test_folder_is_a_usage_error(engine):
    with pytest.raises(ConfigError, match="not a file"):
        import_files(engine=engine, paths=[DATA], now=NOW)


def test_store_failure_keeps_earlier_batches_and_fails_the_run(engine):
    def extractor(article):
        return Extraction(extractor_version="t", outcomes={"remission": Outcome(rate=0.5, k=1, n=2)})

    with engine.begin() as connection:  # break the outcomes table for real
        connection.execute(text("DROP TABLE outcomes"))
    with pytest.raises(StoreError, match="could not write a batch of 1 records"):
        import_files(engine=engine, paths=[DATA / "sle_studies.xml"], now=NOW, batch_size=1,
                     extractor=extractor, extractor_version="t")
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(ARTICLES)).scalar_one() == 0
    (run,) = runs(engine)
    assert run["status"] == "failed" and "StoreError" in run["error"]
