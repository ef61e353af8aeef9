"""Study design and trial phase: publication types where strong, text otherwise."""

from __future__ import annotations

import pytest


def design_of(run, title, *sections, **kwargs):
    return run(title, *sections, **kwargs).design


def test_publication_type_rct(run):
    assert design_of(run, "MSCs in lupus", "Patients received MSCs or placebo.",
                     publication_types=("Randomized Controlled Trial",)) == "rct"


def test_text_randomized_with_placebo_is_rct(run):
    assert design_of(run, "Umbilical cord MSCs versus placebo in lupus nephritis",
                     ("METHODS", "Forty patients were randomly assigned 1:1 to MSCs or placebo.")) == "rct"


def test_not_randomised_allocation_is_non_randomized(run):
    assert design_of(run, "MSCs plus mycophenolate or mycophenolate alone in lupus nephritis",
                     ("METHODS", "Patients chose the treatment arm; allocation was not randomised. "
                                 "A concurrent control group received mycophenolate alone."),
                     publication_types=("Clinical Trial",)) == "non_randomized_trial"


def test_external_control_cohort_is_non_randomized(run):
    assert design_of(run, "CAR T cells compared with an external control cohort in lupus: a phase 2 study",
                     "Twenty patients were treated and compared with 40 matched patients from a registry.",
                     publication_types=("Clinical Trial, Phase II",)) == "non_randomized_trial"


def test_phase_one_dose_escalation_is_single_arm(run):
    assert design_of(run, "Dose escalation of MSCs in refractory lupus nephritis: a phase 1 trial",
                     "Twelve patients received 1, 2 or 3 × 10^6 cells/kg in an open-label 3+3 design.") \
        == "single_arm_trial"


def test_background_case_reports_do_not_make_a_trial_a_case_report(run):
    assert design_of(run, "CAR T cells in lupus: an open-label, single-arm, phase 1 study",
                     ("BACKGROUND", "Case reports suggest striking responses."),
                     ("METHODS", "Twelve adults were infused."),
                     publication_types=("Clinical Trial, Phase I",)) == "single_arm_trial"


def test_registry_analysis_is_cohort(run):
    assert design_of(run, "Autologous HSCT for lupus: a retrospective registry analysis",
                     "We analysed 85 patients reported to the EBMT registry.") == "cohort"


def test_single_patient_is_case_report(run):
    assert design_of(run, "CAR T cells in a young woman with refractory lupus",
                     "A 20-year-old woman with SLE received CD19 CAR T cells. She remains in remission.",
                     publication_types=("Case Reports",)) == "case_report"


def test_several_patients_are_a_case_series(run):
    assert design_of(run, "Allogeneic HSCT for severe lupus: three cases",
                     "Three women with refractory SLE underwent allogeneic transplantation.",
                     publication_types=("Case Reports",)) == "case_series"


def test_case_reports_type_with_six_treated_patients_is_a_series(run):
    assert design_of(run, "Wharton's jelly MSCs in cutaneous lupus",
                     "Six patients with SLE received three infusions. Four improved.",
                     publication_types=("Case Reports",)) == "case_series"


def test_meta_analysis_by_type_and_by_text(run):
    assert design_of(run, "MSC therapy in lupus", "We pooled 10 studies.",
                     publication_types=("Meta-Analysis",)) == "meta_analysis"
    assert design_of(run, "Mesenchymal stem cells for lupus nephritis: a systematic review and meta-analysis",
                     "We searched PubMed and pooled 12 studies with 400 patients.") == "meta_analysis"


def test_systematic_review_without_pooling(run):
    assert design_of(run, "HSCT in childhood lupus: a systematic review",
                     "We systematically searched three databases; no meta-analysis was possible because of "
                     "heterogeneity.", publication_types=("Systematic Review",)) == "systematic_review"


def test_narrative_review(run):
    assert design_of(run, "Stem cell therapy for lupus: where do we stand?",
                     "This review summarises clinical experience with HSCT and MSCs.",
                     publication_types=("Review",)) == "narrative_review"


def test_guideline_by_type_and_title(run):
    assert design_of(run, "Management of lupus nephritis", "Recommendations were graded.",
                     publication_types=("Practice Guideline",)) == "guideline"
    assert design_of(run, "2025 EULAR recommendations for the management of SLE",
                     "A task force voted on 12 statements.") == "guideline"


def test_animals_without_humans_is_preclinical(run):
    assert design_of(run, "MSCs in lupus-prone mice", "Mice were randomized to MSCs or saline.",
                     mesh_terms=("Animals", "Mice", "Lupus Nephritis")) == "preclinical"


def test_mouse_study_by_text_is_preclinical(run):
    assert design_of(run, "Exosomes from umbilical cord MSCs protect MRL/lpr mice",
                     "Twenty MRL/lpr mice received exosomes. Renal injury was reduced in treated mice.") == "preclinical"


@pytest.mark.parametrize(("types", "title", "text"), [
    (("Editorial",), "CAR T cells for lupus: hope and hype", "In this editorial we argue for randomised trials."),
    (("Journal Article",), "Rheumatologists' attitudes to HSCT for lupus: an international survey",
     "We surveyed 300 rheumatologists about referral for transplantation."),
    (("Journal Article",), "Cost-effectiveness of CAR T cells in lupus: a modelling study",
     "A Markov model compared CAR T cells with standard care over a lifetime horizon."),
    (("Retraction of Publication",), "Retraction Note: MSCs for lupus: a meta-analysis",
     "The authors retracted this article."),
])
def test_other_designs(run, types, title, text):
    assert design_of(run, title, text, publication_types=types) == "other"


@pytest.mark.parametrize(("text", "phase"), [
    ("In this phase 1 study of CAR T cells in lupus", "I"),
    ("A phase Ib trial of MSCs in lupus", "I"),
    ("A phase I/II trial of MSCs in lupus", "I/II"),
    ("A phase 1/2 study of MSCs in lupus", "I/II"),
    ("A phase IIa study of MSCs in lupus", "II"),
    ("A phase 2/3 trial of MSCs in lupus", "II/III"),
    ("A phase III randomised trial of MSCs in lupus", "III"),
])
def test_phase_from_text(run, text, phase):
    result = run(text, "Patients with SLE received MSCs.")
    assert result.phase == phase
    assert "phase" in result.evidence


def test_phase_from_publication_types(run):
    result = run("MSCs in lupus", "Patients with SLE received MSCs.",
                 publication_types=("Clinical Trial, Phase I", "Clinical Trial, Phase II"))
    assert result.phase == "I/II"


def test_acute_phase_is_not_a_trial_phase(run):
    assert run("MSCs in lupus", "Acute phase reactants fell after MSC infusion in SLE.").phase is None


def test_prospective_cohort_is_observational(run):
    assert design_of(run, "Umbilical cord MSCs in lupus nephritis: a prospective cohort study",
                     "We followed 40 patients with lupus nephritis treated with MSCs.") == "cohort"


def test_prospective_open_label_study_is_a_trial(run):
    assert design_of(run, "Umbilical cord MSCs in lupus nephritis: a prospective open-label study",
                     "Forty patients with lupus nephritis received MSCs.") == "single_arm_trial"


def test_prospective_protocol_without_control_is_single_arm_with_its_numbers(run):
    result = run("Myeloablative autologous transplantation in catastrophic lupus: results of a prospective "
                 "two-centre protocol",
                 "Adults with catastrophic lupus resistant to cyclophosphamide and rituximab were treated within a "
                 "prospective two-centre protocol (N = 17) from 2009 to 2020. Three patients died, two of them of "
                 "infection.")
    assert result.design == "single_arm_trial"
    assert result.n_patients == 17
    assert result.outcomes["mortality"].k == 3


def test_study_protocol_is_other_without_counts_but_keeps_planned_follow_up(run):
    result = run("Adipose-derived stromal cells for refractory lupus nephritis: protocol for a randomised, "
                 "placebo-controlled trial",
                 ("METHODS AND ANALYSIS", "We will recruit 90 adults with class IV lupus nephritis and randomise them "
                                          "2:1 to adipose-derived stromal cells (2 × 10^6 cells/kg) or placebo. "
                                          "Participants will be followed for 48 weeks."))
    assert result.design == "other"
    assert result.n_patients is None
    assert result.outcomes == {}
    assert result.follow_up_months == 11.1
    assert result.dose_cells_per_kg == 2e6


def test_future_tense_enrolment_without_results_is_a_protocol(run):
    assert design_of(run, "Cord blood stromal cells in juvenile lupus nephritis",
                     "In this multicentre study, 60 children will be randomly assigned to stromal cells or "
                     "standard care and monitored for one year.") == "other"


def test_we_reviewed_all_transplants_is_a_cohort_not_a_review(run):
    result = run("Stem cell transplantation for autoimmune disease at one Scandinavian centre",
                 "We reviewed all autologous stem cell transplants for autoimmune disease done at our hospital "
                 "between 1999 and 2020. Of 52 patients, 30 had multiple sclerosis, 12 systemic sclerosis and "
                 "10 systemic lupus erythematosus. Seven of the 10 patients with lupus were in remission at the last "
                 "visit.")
    assert result.design == "cohort"
    assert result.n_patients == 10


def test_we_review_the_literature_is_still_a_narrative_review(run):
    assert design_of(run, "Cell therapies for lupus",
                     "Here we review mesenchymal stromal cells, CAR T cells and transplantation in lupus.") \
        == "narrative_review"


def test_culture_of_patients_cells_without_treatment_is_preclinical(run):
    assert design_of(run, "Placental stromal cells suppress T follicular helper cells from lupus patients",
                     "CD4+ T cells isolated from 25 patients with SLE were co-cultured with placental mesenchymal "
                     "stromal cells for five days. Stromal cells reduced IL-21 secretion by 40%.") == "preclinical"


def test_compassionate_use_series_is_a_case_series(run):
    assert design_of(run, "Late outcomes after CD19 CAR T cells given for compassionate use in lupus",
                     "Six patients with refractory lupus received CD19 CAR T cells under a compassionate-use "
                     "programme. Five remained in remission at two years.") == "case_series"


def test_a_controlled_trial_called_for_in_the_conclusion_does_not_make_a_pilot_controlled(run):
    assert design_of(run, "Wharton's jelly stromal cells in early lupus: an open-label pilot study",
                     ("METHODS", "Fifteen patients received a single infusion of stromal cells."),
                     ("RESULTS", "Nine of 15 patients reached low disease activity."),
                     ("CONCLUSIONS", "A randomised controlled trial is now needed.")) == "single_arm_trial"


def test_a_review_takes_no_phase_from_the_trials_it_includes(run):
    result = run("CAR T cells in lupus: a systematic review",
                 ("METHODS", "We systematically searched MEDLINE and Embase."),
                 ("RESULTS", "Twelve reports were included: 9 case reports and 3 phase 1 trials."))
    assert result.design == "systematic_review"
    assert result.phase is None


def test_cells_cultured_then_infused_into_patients_is_not_preclinical(run):
    assert design_of(run, "Autologous cultured stromal cells in lupus nephritis",
                     "Autologous marrow stromal cells were cultured for three weeks and infused into 9 patients with "
                     "lupus nephritis. Six had a renal response.") != "preclinical"


def test_patients_enrolled_in_a_protocol_make_a_trial(run):
    assert design_of(run, "Immunoablation and autologous stem cell rescue in severe lupus",
                     "Sixteen patients with severe SLE were enrolled in an institutional protocol of immunoablation "
                     "and autologous stem cell rescue. Ten were in remission at five years.") == "single_arm_trial"


def test_a_case_report_with_a_literature_review_is_a_case_report(run):
    result = run("Cord stromal cells for refractory lupus myocarditis: case report and review of the literature",
                 "A 31-year-old woman with lupus myocarditis refractory to cyclophosphamide received cord stromal "
                 "cells. Her ejection fraction recovered. We review 9 published cases.",
                 publication_types=("Case Reports", "Review"))
    assert result.design == "case_report"
    assert result.n_patients == 1


def test_a_letter_reporting_its_own_patients_is_not_other(run):
    result = run("CD19 CAR T cells in twin brothers with lupus nephritis",
                 "Two brothers with refractory lupus nephritis received CD19 CAR T cells; both had a complete "
                 "renal response by month 6.", publication_types=("Letter",))
    assert result.design == "case_series"
    assert result.n_patients == 2


def test_a_letter_without_patients_is_other(run):
    assert design_of(run, "Stromal cells in lupus: a note of caution",
                     "The enthusiasm for stromal cells in lupus should be tempered by the negative controlled "
                     "data.", publication_types=("Letter",)) == "other"


def test_a_retrospective_cohort_title_outranks_a_trial_named_in_a_negation(run):
    assert design_of(run, "Stromal cell infusions for lupus in clinical practice: a retrospective cohort study",
                     ("METHODS", "We included all patients with SLE given MSCs outside a clinical trial at six "
                                 "hospitals."),
                     ("RESULTS", "Thirty patients were included; 18 responded.")) == "cohort"


def test_treated_outside_trials_is_not_a_trial(run):
    assert design_of(run, "CAR T cells for lupus at two hospitals",
                     ("METHODS", "All patients with lupus treated with CAR T cells outside of trials were "
                                 "analysed."),
                     ("RESULTS", "Twelve patients were analysed; 10 reached remission.")) == "cohort"


def test_a_single_arm_study_calling_for_a_controlled_trial_stays_single_arm(run):
    assert design_of(run, "CAR-T cells in refractory lupus nephritis: a prospective, single-arm study",
                     ("RESULTS", "Twelve patients were enrolled; 9 responded."),
                     ("CONCLUSION", "These results warrant a randomized controlled trial.")) == "single_arm_trial"


def test_cells_generated_from_patients_monocytes_are_preclinical(run):
    assert design_of(run, "Tolerogenic dendritic cells from patients with lupus keep their phenotype",
                     "We generated tolerogenic dendritic cells from blood monocytes of 12 patients with SLE. "
                     "The cells expressed PD-L1 and suppressed autologous T cells. A first-in-human trial of "
                     "these cells in SLE is justified.") == "preclinical"


def test_patients_reported_to_a_transplant_registry_are_a_cohort(run):
    assert design_of(run, "Autologous transplantation for lupus in one country, 2000-2020",
                     "We describe 38 patients with SLE who received autologous HSCT and were reported to the "
                     "national blood and marrow transplantation society. Five-year survival was 88%.") == "cohort"


def test_a_non_randomised_comparison_is_a_non_randomized_trial(run):
    assert design_of(run, "Stromal cells plus standard care versus standard care in lupus: a non-randomised "
                          "comparison",
                     ("METHODS", "Two centres gave MSCs and two others standard therapy."),
                     ("RESULTS", "Sixty patients were enrolled (30 per group).")) == "non_randomized_trial"


def test_patients_registered_in_a_transplant_database_are_a_cohort(run):
    assert design_of(run, "Autologous HSCT for lupus in one country",
                     ("METHODS", "All patients with SLE transplanted between 2000 and 2020 and registered in the "
                                 "national transplant database were included."),
                     ("RESULTS", "We describe 20 patients; 5-year survival was 85%.")) == "cohort"


def test_a_randomised_trial_called_for_does_not_make_a_trial_randomised(run):
    assert design_of(run, "Stromal cells for lupus: a prospective uncontrolled study",
                     "Ten patients were enrolled and 7 responded. A randomised controlled trial should follow."
                     ) == "single_arm_trial"


def test_results_reported_in_a_study_group_do_not_make_a_registry_cohort(run):
    assert design_of(run, "Stromal cells for three women with lupus",
                     "We describe three women with refractory lupus given stromal cells. Remission was reported in "
                     "2 of 3 patients in the study group.") == "case_series"
