"""Store functions on a real SQLite file: upsert, revisions, deletions, retractions, export, status."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pipeline.extract.model import Evidence, Extraction, Outcome
from pipeline.fetch.article import Article
from pipeline.fetch.pubmed_xml import iter_articles
from pipeline.store.articles import (
    ARTICLES,
    EXPORT_KEYS,
    EXTRACTIONS,
    OUTCOMES,
    RetractionNotices,
    StoreCounts,
    article_from_row,
    format_status,
    iter_export_records,
    reextract_all,
    store_articles,
    store_status,
)
from pipeline.store.engine import open_store, safe_url, session_scope

DATA = Path(__file__).resolve().parents[1] / "data" / "xml"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
LATER = datetime(2025, 3, 8, 12, 0, tzinfo=UTC)


def articles(name: str) -> list[Article]:
    return list(iter_articles(DATA / name))


def evidence_extractor(version: str = "test-1"):
    """A deterministic stand-in for the rules: evidence points at the abstract's first sentence."""

    def extract(article: Article) -> Extraction:
        text = article.text
        start = len(article.title) + 1
        end = text.find(".", start) + 1 if "." in text[start:] else len(text)
        evidence = {"n_patients": Evidence(text=text[start:end], start=start, end=end)} if end > start else {}
        therapy = "msc" if "MSC" in text or "mesenchymal" in text.lower() else "hsct_autologous"
        return Extraction(
            extractor_version=version, relevant="lupus" in text.lower() or "SLE" in text,
            design="single_arm_trial" if "trial" in text else "cohort",
            therapies=(therapy,), n_patients=len(article.abstract_sections) or None,
            outcomes={"remission": Outcome(rate=0.6, k=24, n=40)}, evidence=evidence,
            retracted=article.is_retracted,
        )

    return extract


@pytest.fixture
def engine(tmp_path):
    return open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")


def store(engine, batch, *, now=NOW, **kwargs) -> StoreCounts:
    with session_scope(engine) as session:
        return store_articles(session=session, articles=batch, now=now, **kwargs)


def row_of(engine, pmid: str) -> dict:
    with engine.connect() as connection:
        return dict(connection.execute(select(ARTICLES).where(ARTICLES.c.pmid == pmid)).mappings().one())


def extraction_of(engine, pmid: str) -> dict:
    with engine.connect() as connection:
        return dict(connection.execute(
            select(EXTRACTIONS).join(ARTICLES, ARTICLES.c.id == EXTRACTIONS.c.article_id)
            .where(ARTICLES.c.pmid == pmid)).mappings().one())


def count(engine, table) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def exported(engine, **kwargs) -> list[dict]:
    with session_scope(engine) as session:
        return list(iter_export_records(session=session, **kwargs))


# --------------------------------------------------------------------------- upsert

def test_new_articles_are_stored_with_an_extraction(engine):
    counts = store(engine, articles("sle_studies.xml"))
    assert (counts.new, counts.updated, counts.unchanged) == (3, 0, 0)
    assert count(engine, ARTICLES) == 3 and count(engine, EXTRACTIONS) == 3
    row = row_of(engine, "90000001")
    assert row["authors"] == ["Müller AK", "Okafor C", "Example Lupus Cell Therapy Group"]
    assert row["abstract"].startswith("BACKGROUND: Patients with lupus nephritis")
    assert row["entrez_date"] == date(2024, 1, 21)
    assert row["first_seen"] == NOW and row["updated_at"] == NOW


def test_stored_row_rebuilds_the_same_article(engine):
    original = articles("sle_studies.xml")[0]
    store(engine, [original])
    assert article_from_row(row_of(engine, original.pmid)) == original


def test_same_records_again_are_unchanged(engine):
    store(engine, articles("sle_studies.xml"))
    counts = store(engine, articles("sle_studies.xml"), now=LATER)
    assert (counts.new, counts.updated, counts.unchanged, counts.changed) == (0, 0, 3, False)
    assert row_of(engine, "90000001")["updated_at"] == NOW


def test_revised_record_replaces_row_and_redoes_extraction(engine):
    extractor = evidence_extractor()
    store(engine, articles("sle_studies.xml"), extractor=extractor, extractor_version="test-1")
    before = row_of(engine, "90000002")
    counts = store(engine, articles("sle_study_revised.xml"), now=LATER, extractor=extractor,
                   extractor_version="test-1")
    assert (counts.new, counts.updated, counts.unchanged) == (0, 1, 0)
    after = row_of(engine, "90000002")
    assert after["id"] == before["id"] and after["first_seen"] == NOW and after["updated_at"] == LATER
    assert "33 of 52 patients (63%)" in after["abstract"]
    assert after["mesh_terms"] == ["Lupus Erythematosus, Systemic", "Hematopoietic Stem Cell Transplantation"]
    assert extraction_of(engine, "90000002")["created_at"] == LATER
    assert count(engine, EXTRACTIONS) == 3 and count(engine, OUTCOMES) == 3


def test_new_extractor_version_reextracts_without_touching_the_article(engine):
    store(engine, articles("sle_studies.xml"), extractor=evidence_extractor("v1"), extractor_version="v1")
    counts = store(engine, articles("sle_studies.xml"), now=LATER, extractor=evidence_extractor("v2"),
                   extractor_version="v2")
    assert (counts.reextracted, counts.updated, counts.unchanged) == (3, 0, 0)
    assert extraction_of(engine, "90000003")["extractor_version"] == "v2"
    assert row_of(engine, "90000003")["updated_at"] == NOW
    assert count(engine, OUTCOMES) == 3


def test_duplicate_pmid_in_one_batch_keeps_the_last(engine):
    old = articles("sle_studies.xml")[1]
    (revised,) = articles("sle_study_revised.xml")
    counts = store(engine, [old, revised])
    assert counts.new == 1
    assert "33 of 52" in row_of(engine, "90000002")["abstract"]


def test_delete_citation_marks_stored_article_deleted(engine):
    store(engine, articles("sle_studies.xml"))
    counts = store(engine, articles("delete_citation.xml"), now=LATER)
    assert counts.deleted == 1 and counts.new == 1
    assert counts.skipped == [("90000999", "deleted by PubMed and not in the store")]
    assert row_of(engine, "90000001")["deleted"] is True
    assert "90000001" not in {record["pmid"] for record in exported(engine)}


def test_deleted_article_coming_back_is_updated(engine):
    store(engine, articles("sle_studies.xml"))
    store(engine, articles("delete_citation.xml"))
    counts = store(engine, articles("sle_studies.xml"), now=LATER)
    assert counts.updated == 1 and counts.unchanged == 2
    assert row_of(engine, "90000001")["deleted"] is False


def test_older_pmid_version_is_skipped(engine):
    (version_two,) = [a for a in articles("delete_citation.xml") if not a.deleted]
    store(engine, [version_two])
    version_one = dataclasses.replace(version_two, version=1, title="An older version")
    counts = store(engine, [version_one])
    assert counts.skipped == [("90000201", "version 1 is older than the stored version 2")]
    assert row_of(engine, "90000201")["title"].startswith("Version two")


def test_book_article_is_stored_as_book(engine):
    book = Article(pmid="90000401", title="Lupus chapter", journal="Example Reviews", is_book=True)
    store(engine, [book])
    assert row_of(engine, "90000401")["is_book"] is True


def test_failing_extraction_skips_only_that_record(engine):
    def extractor(article: Article) -> Extraction:
        if article.pmid == "90000002":
            raise ValueError("no sentence")
        return Extraction(extractor_version="t")

    counts = store(engine, articles("sle_studies.xml"), extractor=extractor, extractor_version="t")
    assert counts.new == 2
    assert counts.skipped == [("90000002", "extraction failed (ValueError: no sentence); please report this PMID")]
    assert count(engine, ARTICLES) == 2 and count(engine, EXTRACTIONS) == 2


def test_naive_now_is_refused(engine):
    with session_scope(engine) as session, pytest.raises(ValueError, match="timezone-aware"):
        store_articles(session=session, articles=articles("sle_studies.xml"), now=datetime(2025, 1, 1))


def test_counts_add_up():
    total = StoreCounts(new=1, skipped=[("1", "x")]) + StoreCounts(new=2, unchanged=3, skipped=[("2", "y")])
    assert (total.new, total.unchanged, total.skipped) == (3, 3, [("1", "x"), ("2", "y")])
    assert total.summary() == "new 3, updated 0, unchanged 3, skipped 2"


# --------------------------------------------------------------------------- retractions

def test_later_retraction_notice_marks_stored_article_and_extraction(engine):
    store(engine, articles("retracted_original.xml"))
    assert row_of(engine, "90000301")["retracted"] is False
    counts = store(engine, articles("retraction_notice.xml"), now=LATER)
    assert counts.new == 1 and counts.retracted_marked == 1
    assert row_of(engine, "90000301")["retracted"] is True
    assert row_of(engine, "90000301")["updated_at"] == LATER
    assert extraction_of(engine, "90000301")["retracted"] is True


def test_notice_stored_first_marks_the_article_when_it_arrives(engine):
    store(engine, articles("retraction_notice.xml"))
    counts = store(engine, articles("retracted_original.xml"))
    assert counts.retracted_marked == 1
    assert row_of(engine, "90000301")["retracted"] is True
    assert extraction_of(engine, "90000301")["retracted"] is True


def test_shared_notice_cache_sees_notices_stored_by_earlier_calls(engine):
    notices = RetractionNotices()
    store(engine, [Article(pmid="90000001")], notices=notices)  # loads the (empty) notice set
    store(engine, articles("retraction_notice.xml"), notices=notices)
    counts = store(engine, articles("retracted_original.xml"), notices=notices)
    assert counts.retracted_marked == 1
    assert row_of(engine, "90000301")["retracted"] is True


def test_notice_and_article_in_the_same_batch(engine):
    notice = articles("retraction_notice.xml")
    original = articles("retracted_original.xml")
    counts = store(engine, notice + original)
    assert counts.retracted_marked == 1
    assert row_of(engine, "90000301")["retracted"] is True


def test_retracted_record_carries_its_own_markers(engine):
    store(engine, articles("retraction.xml"))
    assert row_of(engine, "90000301")["retracted"] is True
    assert row_of(engine, "90000302")["retracted"] is False  # the notice itself is not retracted
    by_pmid = {record["pmid"]: record for record in exported(engine)}
    assert by_pmid["90000301"]["retracted"] and by_pmid["90000302"]["retracted"]


def test_retraction_is_sticky(engine):
    store(engine, articles("retracted_original.xml"))
    store(engine, articles("retraction_notice.xml"))
    counts = store(engine, articles("retracted_original.xml"), now=LATER)
    assert counts.unchanged == 1
    assert row_of(engine, "90000301")["retracted"] is True


# --------------------------------------------------------------------------- re-extraction

def test_reextract_all_redoes_only_stale_extractions(engine):
    store(engine, articles("sle_studies.xml"), extractor=evidence_extractor("v1"), extractor_version="v1")
    store(engine, articles("delete_citation.xml"), extractor=evidence_extractor("v1"), extractor_version="v1")
    with session_scope(engine) as session:
        redone = reextract_all(session=session, now=LATER, extractor=evidence_extractor("v2"),
                               extractor_version="v2", batch_size=2)
    assert redone == 3  # 90000002, 90000003, 90000201; 90000001 is deleted
    assert extraction_of(engine, "90000002")["extractor_version"] == "v2"
    assert extraction_of(engine, "90000001")["extractor_version"] == "v1"
    with session_scope(engine) as session:
        assert reextract_all(session=session, now=LATER, extractor=evidence_extractor("v2"),
                             extractor_version="v2") == 0
    assert count(engine, OUTCOMES) == 4


# --------------------------------------------------------------------------- export

def test_export_records_have_exactly_the_contract_keys_and_types(engine):
    store(engine, articles("sle_studies.xml") + articles("retraction.xml"), extractor=evidence_extractor(),
          extractor_version="test-1")
    records = exported(engine, batch_size=2)
    assert len(records) == 5
    for record in records:
        assert tuple(record) == EXPORT_KEYS
        assert isinstance(record["pmid"], str) and isinstance(record["title"], str)
        assert isinstance(record["abstract"], str) and isinstance(record["publication_types"], list)
        assert isinstance(record["relevant"], bool) and isinstance(record["retracted"], bool)
        date.fromisoformat(record["entrez_date"])
        assert record["year"] is None or isinstance(record["year"], int)
        assert record["outcomes"] == {"remission": {"k": 24, "n": 40, "rate": 0.6}}


def test_export_evidence_offsets_point_into_title_and_abstract(engine):
    store(engine, articles("sle_studies.xml"), extractor=evidence_extractor(), extractor_version="test-1")
    for record in exported(engine):
        evidence = record["evidence"]["n_patients"]
        text = record["title"] + " " + record["abstract"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
    first = exported(engine)[0]
    assert first["evidence"]["n_patients"]["text"] == (
        "BACKGROUND: Patients with lupus nephritis who fail cyclophosphamide and mycophenolate have few options.")


def test_export_is_in_numeric_pmid_order(engine):
    store(engine, [Article(pmid="11700088"), Article(pmid="9997"), Article(pmid="20301577")])
    assert [record["pmid"] for record in exported(engine)] == ["9997", "11700088", "20301577"]


def test_export_entrez_date_falls_back_to_first_seen(engine):
    store(engine, [Article(pmid="90000501", title="No history")])
    assert exported(engine)[0]["entrez_date"] == "2025-03-01"


def test_export_extra_keys_on_request(engine):
    store(engine, articles("sle_studies.xml")[:1])
    (record,) = exported(engine, extra=("authors",))
    assert record["authors"][0] == "Müller AK"
    with session_scope(engine) as session, pytest.raises(ValueError, match="unknown extra"):
        list(iter_export_records(session=session, extra=("secret",)))


# --------------------------------------------------------------------------- status

def test_status_of_an_empty_store(engine):
    with session_scope(engine) as session:
        status = store_status(session=session)
    assert (status.articles, status.relevant, status.last_runs, status.by_design) == (0, 0, [], {})
    assert status.database.startswith("sqlite:///") and status.database.endswith("store.sqlite")
    assert "empty store" in format_status(status)


def test_status_counts_relevant_articles_by_design_and_therapy(engine):
    store(engine, articles("sle_studies.xml") + articles("retraction.xml"), extractor=evidence_extractor(),
          extractor_version="test-1")
    with session_scope(engine) as session:
        status = store_status(session=session, extractor_version="test-1")
    assert status.articles == 5 and status.retracted == 1
    assert status.by_design == {"cohort": 4, "single_arm_trial": 1}
    assert status.by_therapy == {"hsct_autologous": 3, "msc": 2}
    assert status.relevant == 5 and status.stale_extractions == 0
    assert status.latest_entrez_date == date(2025, 6, 3)
    text = format_status(status)
    assert "Relevant by design: cohort 4, single_arm_trial 1" in text
    assert "Relevant by therapy: hsct_autologous 3, msc 2" in text


def test_status_hides_the_database_password():
    shown = safe_url("postgresql://watch:s3cret@db.example.org/evidence")
    assert shown == "postgresql://watch:***@db.example.org/evidence"
