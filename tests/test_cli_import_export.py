"""`evidence import / export / status / reextract` through click's CliRunner on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.store.articles import EXPORT_KEYS

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA = REPO_ROOT / "tests" / "data" / "xml"
SAMPLES = REPO_ROOT / ".." / "shared" / "ncbi-samples"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"NCBI samples folder {SAMPLES} is absent")

MINIMAL_CONFIG = '[pubmed]\nemail = "t@example.org"\n[database]\nurl = "sqlite:///evidence.sqlite"\n'

# Export record types (DESIGN.md): key → allowed Python types.
RECORD_TYPES = {
    "pmid": (str,), "title": (str, type(None)), "journal": (str, type(None)), "doi": (str, type(None)),
    "year": (int, type(None)), "entrez_date": (str,), "publication_types": (list,), "relevant": (bool,),
    "design": (str,), "phase": (str, type(None)), "therapies": (list,), "msc_source": (str, type(None)),
    "lupus_nephritis": (bool,), "pediatric": (bool,), "refractory": (bool, type(None)),
    "n_patients": (int, type(None)), "n_studies": (int, type(None)),
    "follow_up_months": (float, int, type(None)), "dose_cells_per_kg": (float, int, type(None)),
    "outcomes": (dict,), "retracted": (bool,), "new_guideline": (bool,), "evidence": (dict,),
    "abstract": (str,), "extractor_version": (str,),
}


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(MINIMAL_CONFIG, encoding="utf-8")
    return path


def run(config: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(config), *map(str, args)])


def sample_files() -> list[Path]:
    return sorted(SAMPLES.glob("*pubmed*.xml")) + sorted(SAMPLES.glob("metapub_*.xml"))


def check_record(record: dict) -> None:
    assert set(record) == set(EXPORT_KEYS)
    for key, allowed in RECORD_TYPES.items():
        assert isinstance(record[key], allowed), (record["pmid"], key, record[key])
    assert len(record["entrez_date"]) == 10 and record["entrez_date"][4] == "-"
    assert all(isinstance(value, str) for value in record["publication_types"] + record["therapies"])
    for evidence in record["evidence"].values():
        text = f"{record['title']} {record['abstract']}"
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]


@needs_samples
def test_import_samples_then_export_jsonl_gives_one_valid_record_per_article(config):
    result = run(config, "import", *sample_files())
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "new 9, updated 0, unchanged 0, skipped 0"
    exported = run(config, "export", "--format", "jsonl")
    assert exported.exit_code == 0, exported.output
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert sorted(r["pmid"] for r in records) == sorted([
        "12091962", "9997", "11748933", "11700088", "27797938", "28775130", "30108519", "20301577", "35649368"])
    for record in records:
        check_record(record)
    assert "Exported 9 articles as jsonl." in exported.stderr


@needs_samples
def test_second_import_reports_all_unchanged(config):
    run(config, "import", *sample_files())
    result = run(config, "import", *sample_files())
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "new 0, updated 0, unchanged 9, skipped 0: nothing changed"


def test_revised_record_is_reported_updated(config):
    run(config, "import", DATA / "sle_studies.xml")
    result = run(config, "import", DATA / "sle_study_revised.xml")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "new 0, updated 1, unchanged 0, skipped 0"
    records = [json.loads(line) for line in run(config, "export").stdout.splitlines()]
    assert "33 of 52 patients (63%)" in records[1]["abstract"]


@pytest.mark.parametrize(("name", "line", "kept"), [
    ("truncated.xml", 92, 2),
    ("not_xml.xml", 1, 0),
    ("wrong_root.xml", 3, 0),
    ("missing_pmid.xml", 54, 1),
])
def test_bad_file_exits_1_after_counts_and_keeps_earlier_records(config, name, line, kept):
    result = run(config, "import", DATA / name)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == f"new {kept}, updated 0, unchanged 0, skipped 0"
    (error_line,) = result.stderr.splitlines()
    assert error_line.startswith(f"Error: {DATA / name}, line {line}")
    assert "Traceback" not in result.output
    assert len(run(config, "export").stdout.splitlines()) == kept


def test_gzipped_file_imports(config, tmp_path):
    import gzip

    packed = tmp_path / "studies.xml.gz"
    packed.write_bytes(gzip.compress((DATA / "sle_studies.xml").read_bytes()))
    result = run(config, "import", packed)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [f"{packed}: 3 records", "new 3, updated 0, unchanged 0, skipped 0"]


def test_missing_file_is_a_usage_error(config, tmp_path):
    result = run(config, "import", tmp_path / "absent.xml")
    assert result.exit_code == 2
    assert "absent.xml' does not exist" in result.stderr


def test_delete_citation_is_reported_and_left_out_of_exports(config):
    run(config, "import", DATA / "sle_studies.xml")
    result = run(config, "import", DATA / "delete_citation.xml")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-2:] == [
        "new 1, updated 0, unchanged 0, skipped 1, deleted 1",
        "  skipped PMID 90000999: deleted by PubMed and not in the store",
    ]
    pmids = [json.loads(line)["pmid"] for line in run(config, "export").stdout.splitlines()]
    assert pmids == ["90000002", "90000003", "90000201"]


def test_retraction_notice_marks_the_stored_article(config):
    run(config, "import", DATA / "retracted_original.xml")
    result = run(config, "import", DATA / "retraction_notice.xml")
    assert result.stdout.splitlines()[-1] == "new 1, updated 0, unchanged 0, skipped 0, marked retracted 1"
    records = {json.loads(line)["pmid"]: json.loads(line) for line in run(config, "export").stdout.splitlines()}
    assert records["90000301"]["retracted"] is True
    assert records["90000302"]["retracted"] is True  # the notice


def test_export_csv_to_file(config, tmp_path):
    run(config, "import", DATA / "sle_studies.xml")
    out = tmp_path / "evidence.csv"
    result = run(config, "export", "--format", "csv", "--out", out)
    assert result.exit_code == 0
    assert result.stderr.strip() == f"Exported 3 articles as csv to {out}."
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert [row["pmid"] for row in rows] == ["90000001", "90000002", "90000003"]
    assert "remission_rate" in rows[0]


def test_export_ris_to_stdout(config):
    run(config, "import", DATA / "sle_studies.xml")
    result = run(config, "export", "--format", "ris")
    assert result.exit_code == 0
    assert result.stdout.count("TY  - JOUR") == 3 and result.stdout.count("ER  - ") == 3
    assert "AU  - Müller AK" in result.stdout


def test_export_of_an_empty_store_is_empty(config):
    result = run(config, "export")
    assert result.exit_code == 0 and result.stdout == ""


def test_status_of_an_empty_store(config, tmp_path):
    result = run(config, "status")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"Database: sqlite:///{(tmp_path / 'evidence.sqlite').resolve()}"
    assert "empty store" in lines[1]
    assert "Last runs: none" in lines


def test_status_after_imports_shows_counts_and_runs(config):
    run(config, "import", DATA / "sle_studies.xml")
    run(config, "import", DATA / "truncated.xml")
    result = run(config, "status")
    assert result.exit_code == 0
    assert "Articles: 3 (relevant " in result.stdout
    runs = result.stdout.split("Last runs:\n")[1].splitlines()
    assert " import failed: " in runs[0] and "truncated.xml, line 92" in runs[0]
    assert " import ok: new 3, records 3, files 1" in runs[1]


def test_reextract_with_nothing_stale(config):
    run(config, "import", DATA / "sle_studies.xml")
    result = run(config, "reextract")
    assert result.exit_code == 0
    assert result.stdout.startswith("Re-extracted 0 articles with extractor ")


def test_batch_size_must_be_positive(config):
    result = run(config, "import", "--batch-size", "0", DATA / "sle_studies.xml")
    assert result.exit_code == 2
