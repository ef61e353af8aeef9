"""bench/extraction.py: number reading for the evidence check, scoring rules, and the command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.extraction import (
    TARGETS,
    doses_in,
    evaluate,
    numbers_in,
    score,
    shows_dose,
    shows_follow_up,
    shows_integer,
    shows_outcome,
)
from pipeline.fetch.article import AbstractSection, Article

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("text", "value"), [
    ("Twenty-one patients", 21.0), ("two hundred and fifty-two patients", 252.0), ("1,024 patients", 1024.0),
    ("a mean of 8.3 months", 8.3), ("Forty-eight of the 50", 48.0),
])
def test_numbers_in_reads_digits_and_words(text, value):
    assert value in numbers_in(text)


@pytest.mark.parametrize(("text", "dose"), [
    ("1 × 10^6 cells/kg", 1e6), ("2x10(6)/kg", 2e6), ("3.0×10⁶ cells per kilogram", 3e6),
    ("1 million cells/kg", 1e6), ("two million cells per kilogram", 2e6), ("1, 2 and 3 x 10^6 cells/kg", 3e6),
    ("0.5 x 10^6 cells/kg", 5e5),
])
def test_doses_in_reads_scientific_notation(text, dose):
    assert dose in doses_in(text)


def test_follow_up_may_be_shown_in_years_or_weeks():
    assert shows_follow_up("a median follow-up of 6.2 years", 74.4)
    assert shows_follow_up("at a median follow-up of 46 weeks", 10.6)
    assert not shows_follow_up("a median follow-up of 46 weeks", 46.0 * 12)


def test_zero_and_one_words_count_as_numbers():
    assert shows_integer("No patient died.", 0)
    assert shows_integer("We report a 17-year-old girl.", 1)
    assert not shows_integer("Seventeen patients", 71)
    assert shows_outcome("There were no treatment-related deaths.", 0, 0.0)
    assert shows_outcome("Remission occurred in 24/40 (60.0%)", None, 0.6)
    assert not shows_outcome("Remission occurred in most patients", None, 0.6)


def test_a_split_by_sex_shows_its_sum():
    assert shows_integer("Nine women and two men were treated.", 11)
    assert not shows_integer("Nine women and two men were treated.", 12)


def test_both_shows_a_rate_of_one():
    assert shows_outcome("Both children reached complete remission by month 3.", 2, 1.0)


def test_dose_must_match_the_value_given():
    assert shows_dose("at 1.1 x 10^6 cells per kilogram", 1.1e6)
    assert not shows_dose("at 1.1 x 10^6 cells per kilogram", 1e6)


# ------------------------------------------------------------------------ scoring

TITLE = "Umbilical cord MSCs in lupus nephritis"
SENTENCE = "Remission occurred in 9 of 12 patients (75%)."


def _article(pmid: str) -> Article:
    return Article(pmid=pmid, title=TITLE, abstract_sections=(AbstractSection(text=f"Twelve patients. {SENTENCE}"),))


def _label(relevant: bool = True, **fields) -> dict:
    base = {"relevant": relevant, "design": "single_arm_trial", "phase": None, "therapies": ["msc"],
            "msc_source": "umbilical_cord", "lupus_nephritis": True, "pediatric": False, "refractory": None,
            "n_patients": 12, "n_studies": None, "follow_up_months": None, "dose_cells_per_kg": None,
            "outcomes": {"remission": {"k": 9, "n": 12, "rate": 0.75}}, "retracted": False, "new_guideline": False}
    return {**base, **fields}


def _evidence(article: Article, sentence: str) -> dict:
    start = article.text.index(sentence)
    return {"text": sentence, "start": start, "end": start + len(sentence)}


def _perfect(article: Article) -> dict:
    record = _label()
    record["evidence"] = {"n_patients": _evidence(article, "Twelve patients."),
                          "outcomes.remission": _evidence(article, SENTENCE)}
    return record


def test_a_perfect_extraction_scores_one_everywhere():
    article = _article("1")
    report = score([article], {"1": _label()}, {"1": _perfect(article)})
    m = report.metrics
    assert (m["relevance.f1"], m["design.accuracy"], m["therapies.f1"], m["n_patients.exact"],
            m["outcomes.f1"], m["evidence.pass_rate"]) == (1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
    assert report.mismatches == [] and report.evidence_failures == []


def test_an_outcome_rate_off_by_more_than_a_point_is_both_a_miss_and_a_false_hit():
    article = _article("1")
    got = _perfect(article)
    got["outcomes"] = {"remission": {"k": None, "n": None, "rate": 0.74}}
    close = score([article], {"1": _label()}, {"1": got}).metrics
    assert close["outcomes.f1"] == 1.0
    got["outcomes"] = {"remission": {"k": 9, "n": 13, "rate": 0.6923}}
    far = score([article], {"1": _label()}, {"1": got}).metrics
    assert (far["outcomes.tp"], far["outcomes.fp"], far["outcomes.fn"]) == (0, 1, 1)


def test_only_relevance_is_scored_on_noise_records():
    article = _article("1")
    got = _perfect(article)
    got.update(relevant=False, design="rct", therapies=[])
    report = score([article], {"1": _label(relevant=False)}, {"1": got})
    assert report.metrics["design.support"] == 0
    assert [m.field for m in report.mismatches] == []


def test_null_null_numeric_pairs_are_not_counted_but_a_spurious_number_is_an_error():
    article = _article("1")
    got = _perfect(article)
    report = score([article], {"1": _label()}, {"1": got})
    assert report.metrics["n_studies.support"] == 0
    got["n_studies"] = 12
    got["evidence"]["n_studies"] = _evidence(article, "Twelve patients.")
    report = score([article], {"1": _label()}, {"1": got})
    assert report.metrics["n_studies.exact"] == 0.0


def test_evidence_with_wrong_offsets_or_without_the_number_fails():
    article = _article("1")
    got = _perfect(article)
    got["evidence"]["n_patients"] = {"text": "Twelve patients.", "start": 0, "end": 16}
    got["evidence"]["outcomes.remission"] = _evidence(article, TITLE)
    report = score([article], {"1": _label()}, {"1": got})
    reasons = sorted((f.field, f.expected) for f in report.evidence_failures)
    assert reasons == [("n_patients", "offsets do not point at the text"),
                       ("outcomes.remission", "evidence text does not show the value")]
    assert report.metrics["evidence.pass_rate"] < 1.0


def test_a_value_without_evidence_fails_the_evidence_check():
    article = _article("1")
    got = _perfect(article)
    del got["evidence"]["outcomes.remission"]
    report = score([article], {"1": _label()}, {"1": got})
    assert [(f.field, f.expected) for f in report.evidence_failures] == [
        ("outcomes.remission", "no evidence for a value")]


# ------------------------------------------------------------------------ end to end

def test_evaluate_runs_the_extractor_over_the_dev_set_and_reports_every_target():
    report = evaluate(speed_seconds=None)
    assert report.records >= 60 and report.extractor_errors == []
    keys = {row["metric"] for row in report.targets()}
    assert keys == {key for key, _, _ in TARGETS}
    assert all(report.metrics[key] is not None for key in keys - {"speed.abstracts_per_second"})


def test_command_prints_json_with_targets():
    result = subprocess.run([sys.executable, "bench/extraction.py", "--json", "--no-speed", "--errors"],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert {row["metric"] for row in payload["targets"]} == {key for key, _, _ in TARGETS}
    assert "mismatches" in payload


def test_command_rejects_a_missing_labels_file(tmp_path):
    result = subprocess.run([sys.executable, "bench/extraction.py", "--labels", str(tmp_path / "none.jsonl")],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "none.jsonl does not exist" in result.stderr
