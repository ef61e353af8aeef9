"""Export writers: JSON Lines, flat CSV, RIS; and export_store's atomic file output."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.export import CSV_COLUMNS, export_store, write_csv, write_jsonl, write_ris
from pipeline.fetch.pubmed_xml import iter_articles
from pipeline.store.articles import store_articles
from pipeline.store.engine import open_store, session_scope

DATA = Path(__file__).resolve().parent / "data" / "xml"

RECORD = {
    "pmid": "90000001",
    "title": "Umbilical cord MSC for refractory lupus nephritis.",
    "journal": "Journal of Example Rheumatology",
    "doi": "10.5555/jer.2024.0001",
    "year": 2024,
    "entrez_date": "2024-01-21",
    "publication_types": ["Clinical Trial, Phase II", "Journal Article"],
    "relevant": True,
    "design": "single_arm_trial",
    "phase": "II",
    "therapies": ["msc"],
    "msc_source": "umbilical_cord",
    "lupus_nephritis": True,
    "pediatric": False,
    "refractory": None,
    "n_patients": 40,
    "n_studies": None,
    "follow_up_months": 12.0,
    "dose_cells_per_kg": 1e6,
    "outcomes": {"remission": {"k": 24, "n": 40, "rate": 0.6}},
    "retracted": False,
    "new_guideline": False,
    "evidence": {"n_patients": {"text": "We enrolled 40 patients.", "start": 52, "end": 76}},
    "abstract": "METHODS: We enrolled 40 patients.\nRESULTS: 24 of 40 reached remission.",
    "extractor_version": "1.0.0",
}


def test_jsonl_is_one_object_per_line_unescaped():
    out = io.StringIO()
    other = {**RECORD, "pmid": "90000002", "title": "Müller's lupus cohort"}
    assert write_jsonl([RECORD, other], out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [RECORD, other]
    assert "Müller" in lines[1]


def test_csv_is_flat_with_outcome_columns():
    out = io.StringIO(newline="")
    assert write_csv([RECORD], out) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    row = rows[0]
    assert row["publication_types"] == "Clinical Trial, Phase II; Journal Article"
    assert (row["relevant"], row["pediatric"], row["refractory"]) == ("true", "false", "")
    assert (row["remission_k"], row["remission_n"], row["remission_rate"]) == ("24", "40", "0.6")
    assert (row["mortality_k"], row["mortality_rate"]) == ("", "")
    assert row["abstract"] == RECORD["abstract"]
    assert "evidence" not in row


def test_csv_of_nothing_is_just_the_header():
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue().startswith("pmid,title,journal,doi,year,")


def test_ris_entry_shape():
    out = io.StringIO()
    record = {**RECORD, "authors": ["Müller AK", "Okafor C"], "retracted": True}
    assert write_ris([record, {**RECORD, "pmid": "90000002"}], out) == 2
    entries = out.getvalue().split("ER  - \r\n\r\n")
    assert entries[-1] == "" and len(entries) == 3
    lines = entries[0].split("\r\n")
    assert lines[0] == "TY  - JOUR"
    assert "TI  - Umbilical cord MSC for refractory lupus nephritis." in lines
    assert lines.count("AU  - Müller AK") == 1 and "AU  - Okafor C" in lines
    assert "PY  - 2024" in lines and "DO  - 10.5555/jer.2024.0001" in lines
    assert "AN  - 90000001" in lines and "UR  - https://pubmed.ncbi.nlm.nih.gov/90000001/" in lines
    assert "KW  - design: single_arm_trial" in lines and "KW  - therapy: msc" in lines
    assert "KW  - retracted" in lines
    assert "AB  - METHODS: We enrolled 40 patients. RESULTS: 24 of 40 reached remission." in lines
    assert all(line[2:6] == "  - " for line in lines if line)


def test_ris_book_chapter_type():
    out = io.StringIO()
    write_ris([{**RECORD, "is_book": True}], out)
    assert out.getvalue().startswith("TY  - CHAP\r\n")


@pytest.fixture
def engine(tmp_path):
    engine = open_store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    with session_scope(engine) as session:
        store_articles(session=session, articles=list(iter_articles(DATA / "sle_studies.xml")),
                       now=datetime(2025, 3, 1, tzinfo=UTC))
    return engine


def test_export_store_writes_the_file_atomically(engine, tmp_path):
    out = tmp_path / "exports" / "evidence.ris"
    assert export_store(engine=engine, format="ris", out=out) == 3
    text = out.read_text(encoding="utf-8")
    assert text.count("TY  - JOUR") == 3 and "AU  - Müller AK" in text
    assert not (tmp_path / "exports" / "evidence.ris.part").exists()


def test_export_store_to_a_stream(engine):
    out = io.StringIO()
    assert export_store(engine=engine, format="jsonl", out=out) == 3
    assert [json.loads(line)["pmid"] for line in out.getvalue().splitlines()] == [
        "90000001", "90000002", "90000003"]


def test_export_store_unwritable_target_is_a_clear_error(engine, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(ConfigError, match="cannot write the export"):
        export_store(engine=engine, format="csv", out=blocker / "out.csv")
