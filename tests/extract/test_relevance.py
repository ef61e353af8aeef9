"""Relevance: cell therapy for SLE / lupus nephritis (human or animal) against the noise a
PubMed query returns."""

from __future__ import annotations

import pytest

RELEVANT = [
    ("Autologous haematopoietic stem cell transplantation in refractory systemic lupus erythematosus",
     "We followed 22 patients with severe SLE after autologous HSCT. Remission was seen in 15."),
    ("Umbilical cord mesenchymal stromal cells for active lupus nephritis: an open-label study",
     "Eighteen patients with lupus nephritis received UC-MSCs. Proteinuria fell in most."),
    ("CD19 CAR T cells in treatment-resistant lupus",
     "Six patients with SLE received CD19 CAR T cells. All reached DORIS remission."),
    ("Bone marrow-derived mesenchymal stem cells ameliorate nephritis in MRL/lpr mice",
     "MRL/lpr mice received 1 × 10^6 BM-MSCs weekly. Proteinuria and anti-dsDNA decreased in treated lupus-prone mice."),
    ("Regulatory T-cell therapy in systemic lupus erythematosus: a first-in-human study",
     "A patient with cutaneous SLE received an infusion of autologous expanded Tregs."),
]

NOISE = {
    "biologic drug trial in SLE": (
        "Anifrolumab in active systemic lupus erythematosus: a randomized trial",
        "Patients with SLE were randomized to anifrolumab or placebo. B-cell depletion was not studied; "
        "responses were higher with anifrolumab."),
    "rituximab B-cell depletion": (
        "Rituximab for refractory lupus nephritis",
        "B-cell depletion with rituximab induced renal response in 12 of 20 patients with lupus nephritis."),
    "MSC in another disease": (
        "Mesenchymal stromal cells for steroid-refractory acute graft-versus-host disease",
        "Forty patients with GvHD received MSCs. Autoimmune diseases such as lupus were excluded."),
    "HSCT in multiple sclerosis": (
        "Autologous haematopoietic stem cell transplantation in aggressive multiple sclerosis",
        "Fifty patients with relapsing multiple sclerosis underwent AHSCT. No patient had systemic lupus."),
    "lupus after transplant": (
        "De novo systemic lupus erythematosus after allogeneic stem cell transplantation for acute myeloid leukaemia",
        "A 34-year-old woman developed SLE two years after allogeneic HSCT for acute myeloid leukaemia. "
        "Lupus was treated with hydroxychloroquine."),
    "kidney transplantation in LN": (
        "Kidney transplantation outcomes in patients with lupus nephritis and end-stage kidney disease",
        "We compared graft survival after kidney transplantation in 300 recipients with lupus nephritis. "
        "Recurrent lupus nephritis was rare."),
    "lupus anticoagulant": (
        "Lupus anticoagulant and thrombosis after haematopoietic stem cell transplantation",
        "Lupus anticoagulant was detected in 14 of 120 HSCT recipients and was associated with thrombosis."),
    "drug trial mentioning CAR T in passing": (
        "Obinutuzumab in lupus nephritis: a phase 3 trial",
        "Adults with lupus nephritis were randomized to obinutuzumab or placebo. "
        "Complete renal response was higher with obinutuzumab."),
}


@pytest.mark.parametrize(("title", "text"), RELEVANT)
def test_cell_therapy_for_lupus_is_relevant(run, title, text):
    result = run(title, text)
    assert result.relevant is True
    assert "relevant" in result.evidence


@pytest.mark.parametrize("kind", sorted(NOISE))
def test_noise_is_not_relevant(run, kind):
    title, text = NOISE[kind]
    assert run(title, text).relevant is False


def test_guideline_naming_lupus_once_among_autoimmune_diseases_is_relevant(run):
    result = run(
        "Indications for haematopoietic stem cell transplantation in autoimmune diseases: consensus recommendations",
        "These recommendations cover multiple sclerosis, systemic sclerosis and Crohn's disease. "
        "For systemic lupus erythematosus refractory to therapy, autologous HSCT is a clinical option.",
        publication_types=("Practice Guideline",))
    assert result.relevant is True
    assert result.new_guideline is True


def test_retraction_notice_of_a_relevant_study_is_relevant_and_retracted(run):
    result = run("Retraction Note: Adipose-derived mesenchymal stem cells in lupus nephritis",
                 "The journal has retracted this article because the patient data could not be verified.",
                 publication_types=("Retraction of Publication",))
    assert result.relevant is True
    assert result.retracted is True
    assert result.design == "other"


def test_stem_cells_from_other_tissues_in_lupus_mice_are_relevant(run):
    result = run("Menstrual blood-derived stem cells alleviate lupus in MRL/lpr mice",
                 "MenSCs were injected weekly into MRL/lpr mice. Treated mice had lower proteinuria.")
    assert result.relevant is True
    assert result.therapies == ("msc",)


def test_autoimmune_review_naming_its_lupus_patients_once_is_relevant(run):
    result = run("CAR-T cells for autoimmune disease: an update",
                 "Since the first patient with SLE was treated with CD19 CAR-T cells in 2021, many more have been "
                 "treated. We review efficacy and toxicity.")
    assert result.relevant is True


def test_lupus_like_syndrome_after_car_t_for_lymphoma_is_noise(run):
    result = run("Lupus-like syndrome after CD19 CAR T-cell therapy for diffuse large B-cell lymphoma",
                 "A 58-year-old man developed a lupus-like syndrome with anti-dsDNA antibodies four months after "
                 "CAR-T cell therapy for lymphoma. Lupus features resolved with steroids.")
    assert result.relevant is False


def test_lupus_flares_after_transplant_in_a_lupus_study_stay_relevant(run):
    result = run("Autologous HSCT in refractory SLE",
                 "Twenty patients with SLE underwent autologous HSCT. No patient developed a lupus flare after "
                 "transplantation, and two developed thyroiditis after HSCT.")
    assert result.relevant is True


def test_biology_of_patients_own_mscs_is_not_a_therapy(run):
    result = run("Senescence of bone marrow mesenchymal stem cells from patients with systemic lupus erythematosus",
                 "BM-MSCs from 15 SLE patients and 15 healthy controls were compared. SLE BM-MSCs showed increased "
                 "senescence and impaired proliferation, which may contribute to disease pathogenesis.")
    assert result.relevant is False


def test_cell_therapy_for_lupus_like_graft_versus_host_disease_is_noise(run):
    result = run("Stromal cells for lupus-like chronic graft-versus-host disease",
                 "Chronic GvHD may present with a lupus-like picture of serositis and autoantibodies. Nine patients "
                 "with steroid-refractory cGvHD, 5 with lupus-like features, received bone marrow stromal cells. "
                 "Four of the 5 patients with lupus-like disease responded.")
    assert result.relevant is False


def test_lupus_like_disease_in_mice_is_still_lupus(run):
    result = run("Adipose stromal cells in lupus-like disease of MRL/lpr mice",
                 "MRL/lpr mice with lupus-like disease received adipose-derived stromal cells weekly. Proteinuria "
                 "fell in the lupus-prone mice.")
    assert result.relevant is True


def test_a_speculative_passing_mention_of_transplantation_is_noise(run):
    result = run("Circulating follicular helper T cells in systemic lupus erythematosus",
                 "We measured follicular helper T cells in 50 patients with SLE and 30 controls. Their frequency "
                 "correlated with disease activity in SLE. Such cells might explain flares after autologous stem "
                 "cell transplantation.")
    assert result.relevant is False


def test_lupus_passed_on_by_a_transplant_for_leukaemia_is_noise(run):
    result = run("Lupus acquired through allogeneic bone marrow transplantation from a sibling donor",
                 "A 41-year-old woman received a bone marrow transplant from her HLA-matched brother for acute "
                 "myeloid leukaemia. Three years later she developed lupus; the donor had undiagnosed SLE.")
    assert result.relevant is False


def test_a_multi_disease_review_counting_its_lupus_patients_in_brackets_is_relevant(run):
    result = run("Infections after CAR T cells in autoimmune disease: a systematic review",
                 "We systematically searched four databases. Twenty studies describing 300 patients (SLE, 150) "
                 "were included. Severe infections occurred in 30 of 300 patients (10.0%).",
                 publication_types=("Journal Article", "Systematic Review"))
    assert result.relevant is True
    assert result.n_patients == 150
    assert result.n_studies == 20


def test_a_future_therapy_named_in_passing_is_noise(run):
    result = run("Plasmablast signatures in systemic lupus erythematosus",
                 "We profiled plasmablasts in 45 patients with SLE. Signatures tracked disease activity in SLE. The "
                 "findings may guide future cell therapies such as CAR T cells.")
    assert result.relevant is False


def test_donor_derived_lupus_after_a_marrow_graft_for_aplastic_anaemia_is_noise(run):
    result = run("Donor-derived lupus after sibling bone marrow transplantation",
                 "A man given sibling bone marrow for severe aplastic anaemia developed lupus, transmitted from "
                 "the donor, four years later.")
    assert result.relevant is False


def test_a_review_counting_its_lupus_patients_with_of_whom(run):
    result = run("Tolerability of CAR T cells in autoimmune diseases: a systematic review",
                 "We systematically searched three databases. Fourteen reports described 120 patients, of whom 70 "
                 "had SLE.", publication_types=("Journal Article", "Systematic Review"))
    assert result.relevant is True
    assert result.n_patients == 70


def test_lupus_after_a_transplant_for_a_hyphenated_haematological_disease_is_noise(run):
    result = run("Systemic lupus erythematosus after sibling marrow transplantation for β-thalassaemia",
                 "A 12-year-old girl transplanted for β-thalassaemia at age 3 presented with nephritis and "
                 "anti-dsDNA antibodies. Lupus was treated with mycophenolate.")
    assert result.relevant is False


def test_a_transplant_within_the_treatment_of_a_lymphoma_in_a_lupus_cohort_is_noise(run):
    result = run("Lymphoma in systemic lupus erythematosus: a registry study",
                 "We followed 3,100 patients with SLE for a median of 8 years. Forty developed lymphoma; outcomes "
                 "of lymphoma therapy, including autologous stem cell transplantation in three, matched those of "
                 "the general population. SLE patients need vigilance.")
    assert result.relevant is False


def test_patients_own_mscs_studied_with_a_drug_treatment_elsewhere_are_noise(run):
    result = run("Mesenchymal stem cells of patients with lupus show impaired autophagy",
                 "MSCs were isolated from 10 patients with SLE and 8 controls. Lupus MSCs had more senescent "
                 "cells. Treatment with rapamycin restored autophagy in the cultures.")
    assert result.relevant is False


def test_a_drug_study_naming_cell_therapies_as_a_later_option_is_noise(run):
    result = run("Bortezomib for refractory systemic lupus erythematosus: a series of eight patients",
                 "Eight patients with refractory SLE received bortezomib. SLEDAI fell in seven. Proteasome "
                 "inhibition may be tried before cell therapies are considered.")
    assert result.relevant is False


def test_a_drug_trial_saying_it_may_reduce_the_need_for_car_t_cells_is_noise(run):
    result = run("Obinutuzumab in lupus nephritis: a randomised trial",
                 "Patients with lupus nephritis were randomised to obinutuzumab or placebo. Renal responses were "
                 "more frequent with obinutuzumab. Deeper B-cell depletion may reduce the need for CAR T-cell "
                 "therapy in refractory lupus.")
    assert result.relevant is False


def test_a_drug_offered_as_an_alternative_to_stem_cell_transplantation_is_noise(run):
    result = run("Bortezomib in refractory lupus nephritis: a cohort",
                 "We analysed 30 patients with lupus nephritis given bortezomib. Renal response occurred in 18. "
                 "Bortezomib may delay or avoid autologous stem cell transplantation in such patients.")
    assert result.relevant is False


def test_conditioning_before_a_transplant_named_once_stays_relevant(run):
    result = run("Long-term outcomes in refractory lupus: a single-centre cohort",
                 "Twelve patients with refractory SLE received cyclophosphamide and ATG before autologous HSCT. "
                 "Remission was seen in 8 of 12 patients with lupus.")
    assert result.relevant is True


@pytest.mark.parametrize("indication", ["Fanconi anaemia", "severe combined immunodeficiency",
                                        "chronic granulomatous disease", "haemophagocytic lymphohistiocytosis"])
def test_lupus_after_a_transplant_for_a_non_malignant_blood_or_immune_disorder_is_noise(run, indication):
    result = run(f"Systemic lupus erythematosus after allogeneic bone marrow transplantation for {indication}",
                 f"A boy transplanted for {indication} at age 2 presented with nephritis and anti-dsDNA antibodies "
                 "at age 10. Lupus responded to mycophenolate.")
    assert result.relevant is False
