"""n_patients and n_studies: the right count among the many numbers of an abstract."""

from __future__ import annotations

import pytest

TITLE = "Umbilical cord mesenchymal stem cells in refractory systemic lupus erythematosus"


def n_of(run, *sections, title=TITLE, **kwargs):
    result = run(title, *sections, **kwargs)
    if result.n_patients is not None:
        assert str(result.n_patients) in result.evidence["n_patients"].text or \
            result.evidence["n_patients"].text  # words are checked in test_extract
    return result.n_patients


def test_count_in_words(run):
    assert n_of(run, ("METHODS", "Twenty-one patients with SLE received two infusions.")) == 21


def test_a_total_of(run):
    assert n_of(run, ("RESULTS", "A total of 37 patients were included; 30 completed 12 months.")) == 37


def test_enrolled_not_screened(run):
    assert n_of(run, ("RESULTS", "Of 58 patients screened, 41 were enrolled and received MSCs.")) == 41
    assert n_of(run, ("RESULTS", "Ninety patients were assessed for eligibility and 62 were enrolled.")) == 62


def test_we_enrolled(run):
    assert n_of(run, ("METHODS", "We enrolled 26 consecutive patients with active lupus nephritis.")) == 26


def test_n_equals(run):
    assert n_of(run, ("METHODS", "SLE patients (n = 19) received UC-MSCs at 1 × 10^6 cells/kg.")) == 19


@pytest.mark.parametrize("distractor", [
    "The median age was 34 years (range 18-59) and the mean SLEDAI-2K score was 14.",
    "Patients were treated between 2009 and 2016 at 4 centres.",
    "SLEDAI fell from 12 to 4 (p < 0.001) at 12 months.",
    "Cyclophosphamide 200 mg/kg was given over 4 days.",
])
def test_distractors_are_not_patient_counts(run, distractor):
    assert n_of(run, ("METHODS", "Thirty patients were treated. " + distractor)) == 30


def test_control_arm_is_not_the_count_of_a_single_arm_study(run):
    assert n_of(run, ("METHODS", "Sixteen patients received MSCs and were compared with 40 historical controls."),
                publication_types=("Clinical Trial",)) == 16


def test_rct_counts_all_randomized(run):
    assert n_of(run, ("RESULTS", "Eighty patients were screened and 54 were randomised (36 MSC, 18 placebo)."),
                title="MSCs versus placebo in lupus: a randomised trial",
                publication_types=("Randomized Controlled Trial",)) == 54


def test_rct_arms_are_summed_when_no_total_is_given(run):
    assert n_of(run, ("METHODS", "Patients were randomized to MSCs (n = 21) or placebo (n = 20)."),
                title="MSCs versus placebo in lupus: a randomised trial",
                publication_types=("Randomized Controlled Trial",)) == 41


def test_allocation_ratio_is_not_a_count(run):
    assert n_of(run, ("METHODS", "Patients were randomised 2:1 to MSCs or placebo."),
                ("RESULTS", "In total, 45 patients were randomised."),
                title="MSCs versus placebo in lupus: a randomised trial",
                publication_types=("Randomized Controlled Trial",)) == 45


def test_controlled_study_counts_both_arms_in_total(run):
    assert n_of(run, "Twenty-six patients chose transplantation and 31 continued conventional therapy (57 in total).",
                title="Autologous HSCT or conventional therapy in lupus: a non-randomised controlled study",
                publication_types=("Controlled Clinical Trial",)) == 57


def test_animals_are_not_patients(run):
    assert n_of(run, "Forty MRL/lpr mice received MSCs or saline; 20 mice per group.",
                title="MSCs in MRL/lpr mice", mesh_terms=("Animals", "Mice")) is None


def test_case_report_is_one_patient(run):
    result = run("CAR T cells in refractory lupus nephritis",
                 "A 19-year-old man with class IV lupus nephritis received CD19 CAR T cells.",
                 publication_types=("Case Reports",))
    assert result.n_patients == 1
    assert result.evidence["n_patients"].text.startswith("A 19-year-old man")


def test_mixed_disease_series_counts_the_lupus_patients(run):
    assert n_of(run, "We treated 11 patients with refractory autoimmune disease: 7 with SLE, 2 with myositis and 2 "
                     "with systemic sclerosis.", title="CD19 CAR T cells in autoimmune disease: a case series") == 7


def test_meta_analysis_pooled_patients_and_studies(run):
    result = run("Mesenchymal stem cells for lupus: a meta-analysis",
                 "Fourteen studies involving 612 patients were included.",
                 publication_types=("Meta-Analysis",))
    assert (result.n_patients, result.n_studies) == (612, 14)
    assert "612" in result.evidence["n_patients"].text
    assert "Fourteen" in result.evidence["n_studies"].text


def test_review_studies_included_without_patients(run):
    result = run("CAR T cells in lupus: a systematic review",
                 "Of 1,204 records identified, 9 studies were included in the review.",
                 publication_types=("Systematic Review",))
    assert result.n_studies == 9


def test_narrative_review_has_no_counts(run):
    result = run("Stem cells for lupus", "More than 400 patients have been treated with MSCs in China.",
                 publication_types=("Review",))
    assert result.n_patients is None


def test_recruited_over_analysed_and_sex_split(run):
    assert n_of(run, "Forty-five SLE patients with active nephritis were recruited. The study included 30 women and "
                     "15 men. Data from 43 patients were analysed at 12 months.") == 45


def test_mixed_registry_with_lupus_n_equals(run):
    assert n_of(run, "We analysed 1,100 patients who underwent HSCT for autoimmune disease, including multiple "
                     "sclerosis (n = 700), systemic sclerosis (n = 250) and SLE (n = 60).",
                title="Stem cell transplantation for autoimmune diseases: a registry analysis") == 60


def test_conference_style_abbreviations(run):
    result = run("Autologous stem cell rescue in refractory SLE: a French experience",
                 "Background: Data are scarce. Methods: 12 pts (11 F, median age 31 y) with refractory SLE received "
                 "high-dose cyclophosphamide followed by ASCT. Results: At 12 mo, 8/12 pts (67%) were in complete "
                 "response; 2 pts died. Median FU: 58 mo.")
    assert (result.n_patients, result.follow_up_months) == (12, 58.0)
    assert {k: (v.k, v.n) for k, v in result.outcomes.items()} == {"complete_remission": (8, 12), "mortality": (2, 12)}


def test_meta_analysis_studies_with_n_equals(run):
    result = run("MSC therapy in SLE: a meta-analysis of randomized controlled trials",
                 "Six RCTs (n = 389) were included.", publication_types=("Meta-Analysis",))
    assert (result.n_patients, result.n_studies) == (389, 6)


def test_mobilised_is_enrolled(run):
    assert n_of(run, "Fifteen patients were mobilised; 13 were transplanted with CD34+-enriched grafts.",
                title="Phase II trial of autologous HSCT in severe SLE",
                publication_types=("Clinical Trial, Phase II",)) == 15


def test_compared_lupus_and_other_disease_counts(run):
    assert n_of(run, "We compared 40 SLE and 120 SSc patients transplanted at our centre.",
                title="Outcomes of autologous HSCT in SLE and systemic sclerosis") == 40


def test_women_and_men_are_summed(run):
    assert n_of(run, ("METHODS", "From 2015 to 2022, 9 women and 4 men with lupus received stromal cells.")) == 13
    assert n_of(run, "Seven girls and two boys with childhood lupus were treated with cord-derived stromal "
                     "cells.") == 9


def test_n_equals_after_a_long_noun_phrase(run):
    assert n_of(run, ("METHODS", "Adults with biopsy-confirmed proliferative lupus nephritis that persisted after "
                                 "two induction courses (n=14) received stromal cells.")) == 14


def test_n_equals_after_the_enrolment_verb(run):
    assert n_of(run, "Patients with organ-threatening lupus despite cyclophosphamide were included in a "
                     "prospective two-centre cohort (N = 23) between 2011 and 2018.") == 23


def test_a_subset_in_a_relative_clause_does_not_replace_the_cohort(run):
    assert n_of(run, "Thirty-three patients with refractory SLE, 19 of whom had lupus nephritis, received cord "
                     "stromal cells. Complete renal response occurred in 11 of the 19 patients with nephritis.") == 33


def test_subject_count_with_distant_randomized_beats_a_withdrawal(run):
    assert n_of(run, "Thirty patients with lupus nephritis that had persisted after six months of tacrolimus were "
                     "randomized 1:1 to stromal cells or placebo. One patient in the placebo arm withdrew after the "
                     "first infusion.", title="Stromal cells versus placebo in lupus nephritis") == 30


def test_a_mixed_series_lists_systemic_lupus_among_other_diseases(run):
    assert n_of(run, "We reviewed all autologous stem cell transplants for autoimmune disease done at our centre. "
                     "Of 77 patients, 50 had multiple sclerosis, 19 systemic sclerosis and 8 systemic lupus "
                     "erythematosus. Five of the 8 lupus patients were in remission at last follow-up.",
                title="Autologous stem cell transplantation in lupus and other autoimmune diseases") == 8


def test_a_subject_count_with_a_relative_clause_before_its_verb(run):
    assert n_of(run, "Nineteen patients who had failed a median of five immunosuppressants received cord "
                     "stromal cells.") == 19
    assert n_of(run, "Twenty-two adults with SLE that stayed active despite mycophenolate and belimumab "
                     "underwent infusion of stromal cells.") == 22


def test_counts_split_by_sex_adjective_are_summed(run):
    assert n_of(run, ("METHODS", "Fourteen female and 3 male patients were treated.")) == 17


def test_met_the_criteria_and_were_enrolled(run):
    assert n_of(run, ("RESULTS", "Eighty patients were screened; 41 met the inclusion criteria and were enrolled, and "
                                 "39 received stromal cells.")) == 41


def test_a_year_range_after_a_treatment_verb_is_not_a_count(run):
    assert n_of(run, ("METHODS", "Six pts with SLE transplanted 2010-2021 after failure of three drugs were "
                                 "analysed.")) == 6
    assert n_of(run, ("METHODS", "Nine patients with lupus, treated 2015 to 2020, were reviewed.")) == 9
