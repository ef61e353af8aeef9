"""Numbers as abstracts write them: words, counts and cell doses."""

from __future__ import annotations

import pytest

from pipeline.extract.numbers import (
    max_dose_per_kg,
    normalize_numbers,
    parse_count,
    per_kg_doses,
    word_to_int,
)


@pytest.mark.parametrize(("words", "value"), [
    ("Twenty-one", 21), ("seven", 7), ("eighteen", 18), ("ninety nine", 99),
    ("one hundred and twelve", 112), ("two hundred", 200), ("Forty", 40),
])
def test_numbers_in_words(words, value):
    assert word_to_int(words) == value


def test_words_that_are_not_numbers():
    assert word_to_int("patients") is None


@pytest.mark.parametrize(("token", "value"), [("1,024", 1024), ("37", 37), ("Thirty-two", 32), ("x", None)])
def test_parse_count(token, value):
    assert parse_count(token) == value


def test_normalize_turns_whole_number_words_into_digits():
    assert normalize_numbers("twenty-one patients; none died; often; two of the six") == \
        "21 patients; none died; often; 2 of the 6"


@pytest.mark.parametrize(("text", "dose"), [
    ("1 × 10^6 cells/kg", 1e6),
    ("2x10(6)/kg", 2e6),
    ("3.0×10⁶ cells per kilogram", 3e6),
    ("1 million cells/kg", 1e6),
    ("10^6/kg", 1e6),
    ("3.0×106 cells/kg", 3e6),  # PubMed lost the superscript
    ("5 x 10E5 cells/kg body weight", 5e5),
    ("1.5e6 MSCs/kg", 1.5e6),
    ("two million umbilical cord-derived mesenchymal stem cells per kilogram", 2e6),
    ("4.2 × 10^6 CD34+ cells/kg", 4.2e6),
    ("1-2 × 10^6 cells/kg", 2e6),
    ("1 × 10^8 cells kg-1", 1e8),
    ("1 × 10^6 MSCs (per kg of body weight)", 1e6),
    ("2.0 × 10^6 (range 1.5–2.5) cells/kg", 2e6),
    ("1×10^6 cells·kg−1", 1e6),
])
def test_per_kg_doses(text, dose):
    assert max_dose_per_kg(text) == pytest.approx(dose)


def test_shared_unit_counts_every_dose_of_a_list():
    assert [d for d, _, _ in per_kg_doses("at 0.5, 1 and 2 × 10^6 cells/kg")] == [2e6]
    assert max_dose_per_kg("1 × 10^6, 2 × 10^6 or 5 × 10^6 cells/kg") == 5e6


@pytest.mark.parametrize("text", [
    "cyclophosphamide 200 mg/kg and rabbit ATG 7.5 mg/kg",
    "2 × 10^8 cells per infusion",
    "1 × 10^6 cells per mouse",
    "120 million cells in total",
    "106 patients received 50 mg/kg",
    "1 × 10^6 cells (n = 6 per group) and 200 mg/kg",
])
def test_not_a_per_kg_cell_dose(text):
    assert max_dose_per_kg(text) is None
