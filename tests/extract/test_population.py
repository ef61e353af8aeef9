"""Lupus nephritis, paediatric and refractory populations."""

from __future__ import annotations

import pytest

STUDY = "Umbilical cord MSCs in systemic lupus erythematosus"


@pytest.mark.parametrize(("text", "expected"), [
    ("Twenty patients with biopsy-proven class IV lupus nephritis received MSCs.", True),
    ("Forty patients with SLE received MSCs; 12 had renal involvement.", True),
    ("Forty patients with SLE received MSCs; patients with nephritis were excluded.", False),
    ("Forty patients with SLE and arthritis received MSCs.", False),
])
def test_lupus_nephritis(run, text, expected):
    assert run(STUDY, ("METHODS", text)).lupus_nephritis is expected


def test_nephritis_in_background_only_is_not_the_population(run):
    result = run(STUDY, ("BACKGROUND", "Lupus nephritis is a major cause of death."),
                 ("METHODS", "Thirty patients with skin and joint disease received MSCs."))
    assert result.lupus_nephritis is False


@pytest.mark.parametrize(("text", "expected"), [
    ("Ten children with juvenile SLE received MSCs.", True),
    ("A 15-year-old girl with childhood-onset lupus received CAR T cells.", True),
    ("Patients aged 8 to 16 years with SLE received MSCs.", True),
    ("Thirty adults with SLE received MSCs.", False),
])
def test_pediatric(run, text, expected):
    assert run(STUDY, ("METHODS", text)).pediatric is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with SLE refractory to cyclophosphamide received MSCs.", True),
    ("Patients with treatment-resistant SLE received MSCs.", True),
    ("Patients who had failed at least two immunosuppressants received MSCs.", True),
    ("Patients with active SLE despite mycophenolate and rituximab received MSCs.", True),
    ("Patients who had not responded to at least two induction regimens received MSCs.", True),
    ("Patients with relapsed or refractory SLE received MSCs.", True),
    ("Patients with newly diagnosed, untreated lupus nephritis received MSCs.", False),
    ("MSCs were given as first-line therapy.", False),
    ("Patients with mild to moderate SLE received MSCs.", False),
    ("Patients with non-refractory SLE received MSCs.", False),
    ("Patients with active SLE despite standard therapy received MSCs.", None),
    ("Patients with an inadequate response to standard therapy received MSCs.", None),
    ("Patients with active SLE received MSCs.", None),
])
def test_refractory(run, text, expected):
    result = run(STUDY, ("METHODS", text))
    assert result.refractory is expected
    assert ("refractory" in result.evidence) == (expected is not None)


def test_guideline_refractory_is_null(run):
    result = run("Recommendations for the management of SLE",
                 "Cell therapy is reserved for refractory disease.", publication_types=("Practice Guideline",))
    assert result.refractory is None


def test_review_refractory_follows_its_scope(run):
    result = run("Stem cell therapy for refractory lupus: a review",
                 "This review summarises HSCT and MSCs in SLE.", publication_types=("Review",))
    assert result.refractory is True


@pytest.mark.parametrize("text", [
    "Eleven patients whose lupus persisted despite high-dose methylprednisolone, intravenous immunoglobulin and "
    "rituximab received MSCs.",
    "Nine patients who had failed a median of six treatments received MSCs.",
    "Fifteen patients who had not responded to at least 6 months of mycophenolate received MSCs.",
])
def test_refractory_named_drugs_and_counted_treatments(run, text):
    assert run(STUDY, ("METHODS", text)).refractory is True


def test_refractory_as_a_cause_of_death_is_not_the_population(run):
    result = run(STUDY, ("METHODS", "Thirty patients with SLE received MSCs."),
                 ("RESULTS", "Three died, one of sepsis and two of refractory disease activity."))
    assert result.refractory is None


def test_juvenile_arthritis_in_a_mixed_review_is_not_pediatric(run):
    result = run("Stem cell transplantation in autoimmune rheumatic diseases: a systematic review",
                 "We systematically searched for transplant reports. We included 20 studies covering 500 patients, "
                 "of whom 90 had SLE and 60 juvenile idiopathic arthritis; lupus outcomes are summarised.")
    assert result.pediatric is False


def test_nephritis_covered_by_a_separate_guideline_is_not_the_topic(run):
    result = run("Guideline for the management of systemic lupus erythematosus",
                 "A national panel issued twenty recommendations on SLE, including autologous HSCT for refractory "
                 "disease. Lupus nephritis is addressed in a separate guideline.",
                 publication_types=("Practice Guideline",))
    assert result.lupus_nephritis is False


def test_nephritis_named_as_more_frequent_in_a_review_opening_is_background(run):
    result = run("Cell therapies for juvenile lupus: a narrative review",
                 "Juvenile SLE is more severe than adult SLE, with more frequent nephritis. We review autologous "
                 "HSCT and CAR T cells in children.", publication_types=("Review",))
    assert result.lupus_nephritis is False


def test_failure_of_abbreviated_drugs_is_refractory(run):
    result = run("Autologous HSCT in lupus",
                 ("METHODS", "Seven patients with SLE were transplanted after failure of CYC, MMF and RTX."))
    assert result.refractory is True


def test_refractory_stated_in_the_objective_is_the_population(run):
    result = run("Autologous HSCT for lupus: a single-centre experience",
                 ("OBJECTIVE", "To report long-term outcomes of autologous HSCT for refractory SLE."),
                 ("METHODS", "All patients transplanted between 2005 and 2020 were analysed."),
                 ("RESULTS", "Twenty patients were transplanted."))
    assert result.refractory is True
