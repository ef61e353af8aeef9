"""Re-import by raw digest (articles.raw_hash): records stored from the very same bytes are not
parsed again, and everything else is stored exactly as a full parse would store it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

from pipeline import importer
from pipeline.cli import cli
from pipeline.extract import extract
from pipeline.extraction_pool import ImportWorkers, InlineWorkers
from pipeline.fetch.pubmed_xml import iter_articles
from pipeline.importer import import_files
from pipeline.store.articles import ARTICLES, EXTRACTIONS, iter_export_records, store_articles
from pipeline.store.engine import open_store, session_scope

DATA = Path(__file__).resolve().parent / "data"
DEVSET = DATA / "devset" / "records.xml"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=1)
HEADER = '<?xml version="1.0" ?>\n<PubmedArticleSet>\n'
_RECORD = re.compile(r"<PubmedArticle>.*?</PubmedArticle>", re.S)


def devset_records() -> list[str]:
    return _RECORD.findall(DEVSET.read_text(encoding="utf-8"))


def retraction_records() -> tuple[str, str]:
    """(the article 90000301 without a retraction marker, the notice 90000302 retracting it)."""
    (article,) = _RECORD.findall((DATA / "xml" / "retracted_original.xml").read_text(encoding="utf-8"))
    (notice,) = _RECORD.findall((DATA / "xml" / "retraction_notice.xml").read_text(encoding="utf-8"))
    return article, notice


def write_set(path: Path, records: list[str]) -> Path:
    path.write_text(HEADER + "\n".join(records) + "\n</PubmedArticleSet>\n", encoding="utf-8")
    return path


def revise_title(record: str, title: str) -> str:
    revised, count = re.subn(r"<ArticleTitle>.*?</ArticleTitle>", f"<ArticleTitle>{title}</ArticleTitle>",
                             record, count=1, flags=re.S)
    assert count == 1
    return revised


def pmid_of(record: str) -> str:
    return re.search(r"<PMID[^>]*>(\d+)</PMID>", record).group(1)


@pytest.fixture
def engine(tmp_path):
    return open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")


@pytest.fixture
def submitted(monkeypatch):
    """Every file goes to the worker processes; the batches they are sent are listed here."""
    monkeypatch.setattr(importer, "PARALLEL_MIN_BYTES", 0)
    names: list[str] = []
    submit = ImportWorkers.submit
    monkeypatch.setattr(ImportWorkers, "submit", lambda self, header, records, name:
                        names.append(name) or submit(self, header, records, name))
    return names


def articles_table(engine) -> dict[str, dict]:
    with engine.connect() as connection:
        return {row["pmid"]: dict(row) for row in connection.execute(select(ARTICLES)).mappings()}


def extractions_table(engine) -> dict[str, dict]:
    query = select(ARTICLES.c.pmid, EXTRACTIONS).join(EXTRACTIONS, EXTRACTIONS.c.article_id == ARTICLES.c.id)
    with engine.connect() as connection:
        return {row["pmid"]: dict(row) for row in connection.execute(query).mappings()}


def exported(engine) -> list[dict]:
    with session_scope(engine) as session:
        return list(iter_export_records(session=session))


def without_ids(table: dict[str, dict]) -> dict[str, dict]:
    return {pmid: {k: v for k, v in row.items() if k not in ("id", "article_id")} for pmid, row in table.items()}


def forget_raw_hashes(engine) -> None:
    """What a store imported before revision 0002 holds: no raw hashes."""
    with engine.begin() as connection:
        connection.execute(update(ARTICLES).values(raw_hash=None))


def counts(report) -> tuple[int, int, int, int, int]:
    c = report.counts
    return c.new, c.updated, c.reextracted, c.unchanged, c.retracted_marked


# --------------------------------------------------------------------------- unchanged files

def test_cli_reimport_of_an_unchanged_file_parses_nothing_and_says_so(tmp_path, config_file, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(cli, ["--config", str(config_file), "import", str(DEVSET)])
    assert first.exit_code == 0, first.output
    parsed: list[str] = []
    original = importer.parse_batch
    monkeypatch.setattr(importer, "parse_batch", lambda *a, **k: parsed.append("batch") or original(*a, **k))
    monkeypatch.setattr(importer, "iter_articles", lambda *a, **k: parsed.append("file") or iter_articles(*a, **k))
    monkeypatch.setattr(InlineWorkers, "submit", lambda *a: parsed.append("inline") or pytest.fail("parsed"))

    again = CliRunner().invoke(cli, ["--config", str(config_file), "import", str(DEVSET)])

    assert again.exit_code == 0, again.output
    assert again.stdout.splitlines() == [
        f"{DEVSET}: 96 records (96 unchanged byte for byte since the last import, not parsed)",
        "new 0, updated 0, unchanged 96, skipped 0: nothing changed",
    ]
    assert parsed == []


def test_reimport_with_workers_sends_no_batch_to_them(engine, submitted):
    first = import_files(engine=engine, paths=[DEVSET], now=NOW, batch_size=10, workers=2)
    assert len(submitted) == 10 and first.counts.new == 96
    submitted.clear()

    again = import_files(engine=engine, paths=[DEVSET], now=LATER, batch_size=10, workers=2)

    assert submitted == []
    assert counts(again) == (0, 0, 0, 96, 0) and again.files[0].unparsed == 96


def test_every_stored_record_gets_a_distinct_raw_hash(engine):
    import_files(engine=engine, paths=[DEVSET], now=NOW)
    hashes = [row["raw_hash"] for row in articles_table(engine).values()]
    assert len(hashes) == 96 and all(hashes) and len(set(hashes)) == 96


# --------------------------------------------------------------------------- revised records

@pytest.mark.parametrize("workers", [0, 2])
def test_one_revised_record_is_restored_and_reextracted_and_only_it(tmp_path, engine, submitted, workers):
    records = devset_records()
    import_files(engine=engine, paths=[write_set(tmp_path / "v1.xml", records)], now=NOW,
                 batch_size=10, workers=workers)
    before_articles, before_extractions = articles_table(engine), extractions_table(engine)
    revised_pmid = pmid_of(records[42])
    records[42] = revise_title(records[42], "Umbilical cord MSC in 12 patients with refractory lupus nephritis")

    report = import_files(engine=engine, paths=[write_set(tmp_path / "v2.xml", records)], now=LATER,
                          batch_size=10, workers=workers)

    assert counts(report) == (0, 1, 0, 95, 0) and report.files[0].unparsed == 95
    after_articles, after_extractions = articles_table(engine), extractions_table(engine)
    changed = {pmid for pmid in after_articles if after_articles[pmid] != before_articles[pmid]}
    reextracted = {pmid for pmid in after_extractions if after_extractions[pmid] != before_extractions[pmid]}
    assert changed == reextracted == {revised_pmid}
    row = after_articles[revised_pmid]
    assert row["title"].startswith("Umbilical cord MSC in 12 patients") and row["updated_at"] == LATER
    assert row["raw_hash"] not in (None, before_articles[revised_pmid]["raw_hash"])
    assert after_extractions[revised_pmid]["created_at"] == LATER


def test_a_row_rewritten_without_its_bytes_loses_its_raw_hash_and_the_file_restores_it(tmp_path, engine):
    records = devset_records()
    path = write_set(tmp_path / "v1.xml", records)
    import_files(engine=engine, paths=[path], now=NOW)
    (article,) = iter_articles(write_set(tmp_path / "one.xml", [revise_title(records[3], "Revised elsewhere")]))
    with session_scope(engine) as session:  # what a refresh does with a revised record
        store_articles(session=session, articles=[article], now=LATER)
    assert articles_table(engine)[article.pmid]["raw_hash"] is None

    report = import_files(engine=engine, paths=[path], now=LATER)

    assert counts(report) == (0, 1, 0, 95, 0) and report.files[0].unparsed == 95
    assert articles_table(engine)[article.pmid]["title"] != "Revised elsewhere"


def rules_of_tomorrow(article):
    return replace(extract(article), extractor_version="rules-of-tomorrow")


def test_new_extraction_rules_reextract_records_whose_bytes_are_unchanged(engine):
    import_files(engine=engine, paths=[DEVSET], now=NOW)

    report = import_files(engine=engine, paths=[DEVSET], now=LATER, extractor=rules_of_tomorrow,
                          extractor_version="rules-of-tomorrow")

    assert counts(report) == (0, 0, 96, 0, 0) and report.files[0].unparsed == 0
    assert {row["extractor_version"] for row in extractions_table(engine).values()} == {"rules-of-tomorrow"}


def test_an_undeleted_record_is_stored_again_though_its_bytes_are_known(tmp_path, engine):
    records = devset_records()[:3]
    path = write_set(tmp_path / "three.xml", records)
    import_files(engine=engine, paths=[path], now=NOW)
    deletion = f'<DeleteCitation><PMID Version="1">{pmid_of(records[1])}</PMID></DeleteCitation>'
    import_files(engine=engine, paths=[write_set(tmp_path / "delete.xml", [deletion])], now=NOW)

    report = import_files(engine=engine, paths=[path], now=LATER)

    assert counts(report) == (0, 1, 0, 2, 0)
    assert articles_table(engine)[pmid_of(records[1])]["deleted"] is False


# --------------------------------------------------------------------------- same results either way

def reference_store(tmp_path, name: str, paths: list[Path], **options):
    """The store a full parse gives: raw hashes forgotten before every import."""
    engine = open_store(f"sqlite:///{tmp_path / name}")
    reports = []
    for path in paths:
        forget_raw_hashes(engine)
        reports.append(import_files(engine=engine, paths=[path], now=NOW, **options))
    return engine, reports


@pytest.mark.parametrize("workers", [0, 2])
def test_a_pmid_twice_across_batches_ends_as_its_last_record(tmp_path, submitted, workers):
    records = devset_records()[:6]
    older = revise_title(records[4], "An older title of the same record")
    path = write_set(tmp_path / "twice.xml", [*records[:2], older, *records[2:]])  # older, then current
    reference, expected = reference_store(tmp_path, "reference.sqlite", [path, path], batch_size=1, workers=workers)

    engine = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    import_files(engine=engine, paths=[path], now=NOW, batch_size=1, workers=workers)
    report = import_files(engine=engine, paths=[path], now=NOW, batch_size=1, workers=workers)

    assert counts(report) == counts(expected[1]) == (0, 2, 0, 5, 0)
    assert articles_table(engine)[pmid_of(older)]["title"] != "An older title of the same record"
    assert exported(engine) == exported(reference)


@pytest.mark.parametrize("workers", [0, 2])
def test_a_new_notice_in_the_batch_of_an_unchanged_article_retracts_it_as_a_full_parse_does(
        tmp_path, submitted, workers):
    article, notice = retraction_records()
    first = write_set(tmp_path / "article.xml", [article])
    both = write_set(tmp_path / "both.xml", [article, notice])
    reference, expected = reference_store(tmp_path, "reference.sqlite", [first, both], workers=workers)

    engine = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    import_files(engine=engine, paths=[first], now=NOW, workers=workers)
    report = import_files(engine=engine, paths=[both], now=NOW, workers=workers)

    assert counts(report) == counts(expected[1]) == (1, 0, 1, 0, 1)
    assert articles_table(engine)["90000301"]["retracted"] is True
    assert exported(engine) == exported(reference)


def test_small_and_big_file_paths_give_identical_stores(tmp_path, submitted):
    records = devset_records()
    v1 = write_set(tmp_path / "v1.xml", records)
    records[7] = revise_title(records[7], "A revised title")
    v2 = write_set(tmp_path / "v2.xml", records)
    stores = {}
    for workers in (0, 2):
        engine = open_store(f"sqlite:///{tmp_path / f'store-{workers}.sqlite'}")
        reports = [import_files(engine=engine, paths=[path], now=NOW, batch_size=10, workers=workers)
                   for path in (v1, v2, v2)]
        stores[workers] = (without_ids(articles_table(engine)), without_ids(extractions_table(engine)),
                           [(counts(r), r.files[0].unparsed) for r in reports])
    assert submitted  # the big-file path really ran
    assert stores[0] == stores[2]
    assert stores[0][2] == [((96, 0, 0, 0, 0), 0), ((0, 1, 0, 95, 0), 95), ((0, 0, 0, 96, 0), 96)]
