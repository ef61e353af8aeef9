"""The labelled sets are well-formed, cover what the extractor must face, and match their sources."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

from pipeline.extract.model import DESIGNS, MEASURES, MSC_SOURCES, PHASES, THERAPIES
from pipeline.fetch.pubmed_xml import iter_articles

DATA = Path(__file__).resolve().parent / "data"
SETS = {"devset": 60, "heldout": 30, "devset2": 70, "heldout2": 50}  # set → minimum number of records
LABEL_KEYS = {
    "pmid", "relevant", "design", "phase", "therapies", "msc_source", "lupus_nephritis", "pediatric",
    "refractory", "n_patients", "n_studies", "follow_up_months", "dose_cells_per_kg", "outcomes",
    "retracted", "new_guideline",
}
present_sets = [name for name in SETS if (DATA / name / "records.xml").exists()]


def load(name: str) -> tuple[list, list[dict]]:
    articles = list(iter_articles(DATA / name / "records.xml"))
    labels = [json.loads(line) for line in (DATA / name / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    return articles, labels


@pytest.fixture(scope="module", params=present_sets)
def labelled(request):
    articles, labels = load(request.param)
    return request.param, articles, labels


def test_devset_exists():
    assert "devset" in present_sets


def test_set_parses_with_enough_records(labelled):
    name, articles, _ = labelled
    assert len(articles) >= SETS[name]
    assert all(a.title and a.abstract and a.entrez_date for a in articles)


def test_every_label_has_a_record_and_every_record_a_label(labelled):
    _, articles, labels = labelled
    record_pmids = [a.pmid for a in articles]
    label_pmids = [label["pmid"] for label in labels]
    assert len(set(record_pmids)) == len(record_pmids)
    assert len(set(label_pmids)) == len(label_pmids)
    assert set(record_pmids) == set(label_pmids)


def test_label_values_are_within_the_design_value_sets(labelled):
    _, _, labels = labelled
    for label in labels:
        where = label["pmid"]
        assert LABEL_KEYS <= set(label) <= LABEL_KEYS | {"evidence_numbers"}, where
        assert isinstance(label["relevant"], bool), where
        assert label["design"] in DESIGNS, where
        assert label["phase"] in (None, *PHASES), where
        assert label["therapies"] == sorted(set(label["therapies"])), where
        assert set(label["therapies"]) <= set(THERAPIES), where
        assert label["msc_source"] in (None, *MSC_SOURCES), where
        assert label["refractory"] in (None, True, False), where
        for key in ("lupus_nephritis", "pediatric", "retracted", "new_guideline"):
            assert isinstance(label[key], bool), (where, key)
        for key in ("n_patients", "n_studies"):
            assert label[key] is None or (isinstance(label[key], int) and label[key] > 0), (where, key)
        for key in ("follow_up_months", "dose_cells_per_kg"):
            assert label[key] is None or (isinstance(label[key], float) and label[key] > 0), (where, key)
        for measure, outcome in label["outcomes"].items():
            assert measure in MEASURES, where
            assert set(outcome) == {"k", "n", "rate"}, where
            assert 0 <= outcome["rate"] <= 1, where
            if outcome["k"] is not None and outcome["n"] is not None:
                assert outcome["rate"] == round(outcome["k"] / outcome["n"], 4), (where, measure)


def test_entrez_dates_spread_over_2024_to_2026(labelled):
    _, articles, _ = labelled
    years = Counter(a.entrez_date.year for a in articles)
    assert set(years) <= {2024, 2025, 2026}
    assert len(years) >= 2


def test_retraction_labels_follow_the_publication_types(labelled):
    _, articles, labels = labelled
    by_pmid = {label["pmid"]: label for label in labels}
    for article in articles:
        assert by_pmid[article.pmid]["retracted"] == (article.is_retracted or article.is_retraction_notice)


def test_devset_covers_every_design_therapy_source_and_phase():
    _, labels = load("devset")
    relevant = [label for label in labels if label["relevant"]]
    assert {label["design"] for label in relevant} == set(DESIGNS)
    assert set().union(*(label["therapies"] for label in relevant)) == set(THERAPIES)
    assert {label["msc_source"] for label in relevant} - {None} == set(MSC_SOURCES)
    assert {label["phase"] for label in relevant} - {None} == set(PHASES)
    assert {label["refractory"] for label in relevant} == {True, False, None}
    assert any(label["pediatric"] for label in relevant)
    assert any(label["lupus_nephritis"] for label in relevant)
    assert any(label["new_guideline"] for label in relevant)
    assert set().union(*(label["outcomes"] for label in relevant)) == set(MEASURES)


def test_devset_has_retracted_articles_and_retraction_notices():
    articles, _ = load("devset")
    retracted = {a.pmid for a in articles if a.is_retracted}
    notices = [a for a in articles if a.is_retraction_notice]
    assert len(retracted) >= 2 and len(notices) >= 2
    assert all(set(n.retraction_of) <= retracted for n in notices)


@pytest.mark.parametrize("name", present_sets)
def test_noise_is_at_least_a_fifth(name):
    _, labels = load(name)
    noise = sum(not label["relevant"] for label in labels)
    assert noise / len(labels) >= 0.20


def test_devset_structured_and_unstructured_abstracts_both_common():
    articles, _ = load("devset")
    structured = sum(any(s.label for s in a.abstract_sections) for a in articles)
    assert 0.3 <= structured / len(articles) <= 0.7


def _builder():
    """tests/data/labelled_sets.py, which writes the sets from their `source.py`."""
    spec = importlib.util.spec_from_file_location("labelled_sets", DATA / "labelled_sets.py")
    module = sys.modules.get("labelled_sets")
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules["labelled_sets"] = module
        spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", present_sets)
def test_built_files_match_their_source(name):
    """records.xml and labels.jsonl are what `python tests/data/labelled_sets.py` writes, and the
    build's own label checks (k/n, numbers present in the text, retraction links) pass."""
    builder = _builder()
    module = builder.load_source(name)
    records = module.RECORDS
    builder.assign_entrez_dates(records, module.FIRST_ENTREZ, module.ENTREZ_STEP_DAYS)
    assert builder.check(records) == []
    assert (DATA / name / "records.xml").read_text(encoding="utf-8") == builder.records_xml(records)
    expected = "".join(builder.label_line(r) + "\n" for r in records)
    assert (DATA / name / "labels.jsonl").read_text(encoding="utf-8") == expected


def test_devset2_states_most_designs_only_in_the_text():
    """devset2 exists to test generalisation: most primary studies carry no design publication type,
    a quarter is noise, and it has retraction pairs and every design among its relevant records."""
    if "devset2" not in present_sets:
        pytest.skip("devset2 not built")
    articles, labels = load("devset2")
    by_pmid = {label["pmid"]: label for label in labels}
    design_types = {"Randomized Controlled Trial", "Clinical Trial", "Clinical Trial, Phase I",
                    "Clinical Trial, Phase II", "Clinical Trial, Phase III", "Controlled Clinical Trial",
                    "Observational Study", "Meta-Analysis", "Systematic Review", "Case Reports"}
    primary = [a for a in articles if by_pmid[a.pmid]["relevant"] and by_pmid[a.pmid]["design"] in
               ("rct", "non_randomized_trial", "single_arm_trial", "cohort", "case_series", "meta_analysis")]
    untyped = [a for a in primary if not design_types & set(a.publication_types)]
    assert len(untyped) / len(primary) >= 0.6
    assert sum(not label["relevant"] for label in labels) / len(labels) >= 0.25
    assert {label["design"] for label in labels if label["relevant"]} == set(DESIGNS)
    assert sum(a.is_retraction_notice for a in articles) >= 2
