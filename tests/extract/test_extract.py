"""Whole-article behaviour: evidence for every value, determinism, version, retractions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract import EXTRACTOR_VERSION, extract
from pipeline.extract.model import Extraction
from pipeline.extract.numbers import normalize_numbers, scientific_values
from pipeline.fetch.pubmed_xml import iter_articles

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset" / "records.xml"

ABSTRACTS = [
    ("Autologous haematopoietic stem cell transplantation for refractory systemic lupus erythematosus: a "
     "single-centre cohort",
     ("METHODS", "We retrospectively analysed 28 consecutive patients with SLE refractory to cyclophosphamide "
                 "(median age 29 years, range 17-46) who underwent autologous HSCT between 2001 and 2015. "
                 "Of 35 patients referred, 28 were transplanted; the median CD34+ dose was 4.2 × 10^6 cells/kg."),
     ("RESULTS", "After a median follow-up of 38 months (range 6-96), 18 of 28 patients (64.3%) were in remission. "
                 "Two patients died of infection. The 5-year overall survival was 89% (95% CI 70-96%). "
                 "Relapse occurred in 6 of the 18 patients in remission. No serious adverse events were "
                 "reported.")),
    ("Umbilical cord mesenchymal stem cells versus placebo in lupus nephritis: a randomised trial",
     ("METHODS", "Forty patients with class III-IV lupus nephritis were randomly assigned to UC-MSCs "
                 "(2x10(6)/kg, n = 20) or placebo (n = 20) and followed for 52 weeks."),
     ("RESULTS", "Complete renal response occurred in 8 of 20 (40%) given MSCs and 7 of 20 (35%) given placebo. "
                 "No patient died.")),
    ("Mesenchymal stem cells for systemic lupus erythematosus: a systematic review and meta-analysis",
     "Twelve studies with 437 patients were pooled. The pooled remission rate was 61% (95% CI 50-71%) and "
     "the pooled mortality 3%."),
]


@pytest.fixture(scope="module")
def devset_articles():
    return list(iter_articles(DEVSET))


def shows(text: str, value) -> bool:
    """The evidence shows the number: digits, words, a percentage, or a zero word."""
    lower = normalize_numbers(text.lower())
    numbers = [float(x.replace(",", "")) for x in re.findall(r"\d+(?:[.,]\d+)?", lower)]
    if isinstance(value, dict):
        k, rate = value["k"], value["rate"]
        if rate == 0 and re.search(r"\b(no|none|without|zero|neither|nor)\b", lower):
            return True
        if rate == 1 and re.search(r"\b(all|every|each|both)\b", lower):
            return True
        return (k is not None and float(k) in numbers) or any(abs(x - rate * 100) <= 0.5 for x in numbers)
    if value == 1 and re.search(r"\b(a|an|one|single)\b", lower):
        return True
    return float(value) in numbers or any(abs(x * 12 - value) < 0.2 or abs(x * 12 / 52 - value) < 0.2
                                          or abs(x * 12 / 365.25 - value) < 0.2 for x in numbers)


def check_evidence(article, result: Extraction) -> None:
    record = result.to_record()
    for key, proof in record["evidence"].items():
        assert article.text[proof["start"]:proof["end"]] == proof["text"], key
    if record["dose_cells_per_kg"] is not None:
        text = record["evidence"]["dose_cells_per_kg"]["text"]
        assert any(abs(v - record["dose_cells_per_kg"]) < 1 for v, _, _ in scientific_values(text))
    for key in ("n_patients", "n_studies", "follow_up_months"):
        if record[key] is not None:
            assert key in record["evidence"], key
            assert shows(record["evidence"][key]["text"], record[key]), (key, record[key])
    for measure, outcome in record["outcomes"].items():
        proof = record["evidence"][f"outcomes.{measure}"]
        assert shows(proof["text"], outcome), (measure, outcome, proof["text"])
    for key in ("design", "therapies", "msc_source", "phase", "refractory"):
        if record[key] not in (None, [], "other"):
            assert key in record["evidence"], key


@pytest.mark.parametrize("index", range(len(ABSTRACTS)))
def test_every_value_has_evidence_that_shows_it(article, index):
    title, *sections = ABSTRACTS[index]
    art = article(title, *sections)
    check_evidence(art, extract(art))


def test_evidence_on_the_dev_set(devset_articles):
    for art in devset_articles:
        check_evidence(art, extract(art))


def test_extraction_is_deterministic(devset_articles):
    first = [extract(a).to_record() for a in devset_articles]
    second = [extract(a).to_record() for a in reversed(devset_articles)]
    assert first == list(reversed(second))


def test_version_is_stamped(article):
    result = extract(article(*ABSTRACTS[0]))
    assert result.extractor_version == EXTRACTOR_VERSION
    assert re.fullmatch(r"\d+\.\d+\.\d+", EXTRACTOR_VERSION)


def test_record_round_trips(article):
    result = extract(article(*ABSTRACTS[0]))
    assert Extraction.from_record(result.to_record()) == result


def test_full_extraction_of_a_cohort(article):
    result = extract(article(*ABSTRACTS[0]))
    assert result.relevant and result.design == "cohort"
    assert result.therapies == ("hsct_autologous",)
    assert (result.n_patients, result.follow_up_months, result.dose_cells_per_kg) == (28, 38.0, 4.2e6)
    assert result.refractory is True
    assert {k: v.rate for k, v in result.outcomes.items()} == {
        "remission": 0.6429, "mortality": 0.0714, "overall_survival": 0.89, "relapse": 0.3333,
        "serious_adverse_events": 0.0}


def test_full_extraction_of_an_rct(article):
    result = extract(article(*ABSTRACTS[1]))
    assert (result.design, result.n_patients, result.follow_up_months) == ("rct", 40, 12.0)
    assert result.lupus_nephritis and result.msc_source == "umbilical_cord"
    assert {k: (v.k, v.n) for k, v in result.outcomes.items()} == {"complete_remission": (8, 20), "mortality": (0, 20)}


def test_full_extraction_of_a_meta_analysis(article):
    result = extract(article(*ABSTRACTS[2]))
    assert (result.design, result.n_patients, result.n_studies) == ("meta_analysis", 437, 12)
    assert {k: v.rate for k, v in result.outcomes.items()} == {"remission": 0.61, "mortality": 0.03}


@pytest.mark.parametrize(("kwargs", "title"), [
    ({"publication_types": ("Journal Article", "Retracted Publication")}, "MSCs in lupus nephritis"),
    ({"retraction_in": ("123",)}, "MSCs in lupus nephritis"),
    ({"retraction_of": ("456",)}, "Retraction: MSCs in lupus nephritis"),
    ({}, "RETRACTED: MSCs in lupus nephritis"),
])
def test_retractions(article, kwargs, title):
    result = extract(article(title, "Patients with lupus nephritis received MSCs.", **kwargs))
    assert result.retracted is True
    assert result.evidence["retracted"].text.startswith(title.split(":")[0])


def test_not_retracted(article):
    assert extract(article("MSCs in lupus nephritis", "Patients received MSCs.")).retracted is False


def test_empty_article_does_not_fail(article):
    result = extract(article(""))
    assert result.relevant is False and result.design == "other" and result.evidence == {} or \
        set(result.evidence) <= {"design"}


def test_random_prose_never_breaks_the_evidence_invariant(article):
    import random

    rng = random.Random(4)
    vocabulary = ("patients 12 of 20 ( ) % × 10^6 /kg remission died no SLE lupus MSC HSCT CAR-T randomized phase "
                  "I/II follow-up months years weeks . , ; : et al. vs. e.g. İ ß ± – 95% CI p = 0.03 n = 5 "
                  "twenty-one Results: Methods:").split()
    for _ in range(300):
        title = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 12)))
        sections = [(rng.choice(["RESULTS", "METHODS", "Background"]), " ".join(
            rng.choice(vocabulary) for _ in range(rng.randint(0, 60)))) for _ in range(rng.randint(0, 3))]
        art = article(title, *sections, publication_types=tuple(rng.sample(
            ["Case Reports", "Review", "Randomized Controlled Trial", "Meta-Analysis"], rng.randint(0, 2))))
        result = extract(art)
        for proof in result.evidence.values():
            assert art.text[proof.start:proof.end] == proof.text
