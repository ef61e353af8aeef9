"""Every flag rule of DESIGN.md, on both sides of its threshold."""

from __future__ import annotations

import pytest

from pipeline.extract.model import Outcome
from pipeline.report.flags import evaluate_flags, pooled_flag, study_flags
from pipeline.report.stats import PooledEstimate

from .conftest import study


def flags_of(s, claims, claim_id=None):
    found = study_flags(s, claims)
    return [f for f in found if claim_id is None or f.claim == claim_id]


# --- hsct.remission_rate -------------------------------------------------------------------------

def hsct(pmid="1", design="cohort", **fields):
    return study(pmid, design=design, therapies=("hsct_autologous",), **fields)


def test_remission_ci_entirely_below_the_range_flags(claims):
    s = hsct(outcomes={"remission": (21, 47)}, evidence={"outcomes.remission": "Remission in 21 of 47."})
    [flag] = flags_of(s, claims, "hsct.remission_rate")
    assert (flag.severity, flag.basis, flag.pmids) == ("medium", "study", ("1",))
    assert flag.reason == "HSCT remission 45% (95% CI 31–59%, 21/47) below baseline 60–70%"
    assert flag.quote == "Remission in 21 of 47."


def test_remission_ci_touching_the_range_does_not_flag(claims):
    # 25/47 = 53%, Wilson CI 39–67%: overlaps 60–70%.
    assert flags_of(hsct(outcomes={"remission": (25, 47)}), claims, "hsct.remission_rate") == []


def test_remission_above_the_range_flags(claims):
    [flag] = flags_of(hsct(outcomes={"remission": (90, 100)}), claims, "hsct.remission_rate")
    assert "above baseline 60–70%" in flag.reason


def test_remission_of_a_study_under_ten_patients_does_not_flag(claims):
    assert flags_of(hsct(outcomes={"remission": (0, 9)}), claims, "hsct.remission_rate") == []


def test_remission_of_a_study_of_ten_patients_flags(claims):
    assert len(flags_of(hsct(outcomes={"remission": (0, 10)}), claims, "hsct.remission_rate")) == 1


def test_remission_of_a_small_meta_analysis_flags_with_high_severity(claims):
    s = hsct(design="meta_analysis", n_studies=4, outcomes={"remission": (2, 9)})
    [flag] = flags_of(s, claims, "hsct.remission_rate")
    assert flag.severity == "high" and flag.reason.startswith("Meta-analysis (meta-analysis, 4 studies): HSCT")


def test_remission_given_as_a_rate_uses_n_patients(claims):
    s = hsct(n_patients=50, outcomes={"remission": Outcome(rate=0.4)})
    [flag] = flags_of(s, claims, "hsct.remission_rate")
    assert "20/50" in flag.reason


def test_remission_of_an_animal_study_does_not_flag(claims):
    assert flags_of(hsct(outcomes={"remission": (2, 40)}, is_human=False), claims) == []


def test_a_narrative_review_raises_nothing(claims):
    s = hsct(design="narrative_review", outcomes={"remission": (2, 40)})
    assert flags_of(s, claims) == []


# --- hsct.mortality ------------------------------------------------------------------------------

def test_treatment_related_mortality_ci_above_five_percent_flags(claims):
    # 6/40 = 15%, Wilson CI 7.1–29%: entirely above 5%.
    [flag] = flags_of(hsct(outcomes={"treatment_related_mortality": (6, 40)}), claims, "hsct.mortality")
    assert flag.reason == "HSCT treatment-related mortality 15% (95% CI 7.1–29%, 6/40) above baseline 1–5%"
    assert flag.severity == "medium"


def test_mortality_ci_reaching_into_the_range_does_not_flag(claims):
    # 3/40: Wilson CI 2.6–20%.
    assert flags_of(hsct(outcomes={"mortality": (3, 40)}), claims, "hsct.mortality") == []


def test_all_cause_mortality_above_is_tested_when_trm_is_within(claims):
    s = hsct(outcomes={"treatment_related_mortality": (1, 40), "mortality": (10, 40)})
    [flag] = flags_of(s, claims, "hsct.mortality")
    assert flag.reason.startswith("HSCT mortality 25%")


def test_mortality_below_the_range_flags_only_from_100_patients(claims):
    assert flags_of(hsct(outcomes={"mortality": (0, 99)}), claims, "hsct.mortality") == []
    [flag] = flags_of(hsct(outcomes={"mortality": (0, 400)}), claims, "hsct.mortality")
    assert "below baseline 1–5%" in flag.reason and flag.severity == "info"


# --- msc.safety ----------------------------------------------------------------------------------

def msc(pmid="2", design="single_arm_trial", **fields):
    return study(pmid, design=design, therapies=("msc",), **fields)


def test_a_dose_limiting_toxicity_flags_msc_safety(claims):
    s = msc(phase="I", n_patients=18, text="One patient had a dose-limiting toxicity at the top dose.")
    [flag] = flags_of(s, claims, "msc.safety")
    assert flag.severity == "high"
    assert flag.reason == "MSC study (single-arm trial, phase I, n=18): dose-limiting toxicity reported"
    assert flag.quote == "One patient had a dose-limiting toxicity at the top dose."


def test_no_dose_limiting_toxicity_does_not_flag(claims):
    s = msc(text="No dose-limiting toxicity was observed. Infusions were well tolerated.")
    assert flags_of(s, claims, "msc.safety") == []


def test_a_treatment_related_death_flags_msc_safety(claims):
    s = msc(text="One treatment-related death occurred after the second infusion.")
    [flag] = flags_of(s, claims, "msc.safety")
    assert "treatment-related death" in flag.reason and flag.severity == "high"


def test_serious_adverse_events_attributed_to_msc_flag_with_medium_severity(claims):
    s = msc(text="Serious adverse events attributed to the MSC infusion occurred in two patients.")
    [flag] = flags_of(s, claims, "msc.safety")
    assert flag.severity == "medium"


def test_serious_adverse_events_not_attributed_to_msc_do_not_flag(claims):
    s = msc(text="Serious adverse events occurred in two patients, none related to MSC infusion.")
    assert flags_of(s, claims, "msc.safety") == []


# --- msc.max_tolerated_dose ----------------------------------------------------------------------

def test_a_dose_above_the_mtd_given_safely_flags(claims):
    s = msc(dose_cells_per_kg=5e6, text="Infusions were well tolerated.")
    [flag] = flags_of(s, claims, "msc.max_tolerated_dose")
    assert flag.severity == "medium"
    assert flag.reason.startswith("MSC 5.0×10⁶ cells/kg given without a reported dose-limiting toxicity")
    assert "above baseline MTD 3.0×10⁶ cells/kg" in flag.reason


def test_the_mtd_itself_given_safely_does_not_flag(claims):
    assert flags_of(msc(dose_cells_per_kg=3e6, text="Well tolerated."), claims, "msc.max_tolerated_dose") == []


def test_a_dlt_at_the_mtd_flags(claims):
    s = msc(dose_cells_per_kg=3e6, text="A dose-limiting toxicity occurred in one patient.")
    [flag] = flags_of(s, claims, "msc.max_tolerated_dose")
    assert flag.severity == "high" and "at or below baseline MTD" in flag.reason


def test_a_dlt_above_the_mtd_does_not_flag_the_dose_claim(claims):
    s = msc(dose_cells_per_kg=6e6, text="A dose-limiting toxicity occurred in one patient.")
    assert flags_of(s, claims, "msc.max_tolerated_dose") == []


# --- msc.efficacy --------------------------------------------------------------------------------

def test_an_msc_rct_without_significant_benefit_flags(claims):
    s = msc(design="rct", n_patients=40,
            text="There was no significant difference in renal response between MSC and placebo.")
    [flag] = flags_of(s, claims, "msc.efficacy")
    assert flag.reason == "Randomized trial of MSC (RCT, n=40): no significant benefit over control"


def test_an_msc_rct_with_benefit_does_not_flag_efficacy(claims):
    s = msc(design="rct", text="Renal response was significantly higher with MSC than placebo (p=0.01).")
    assert flags_of(s, claims, "msc.efficacy") == []


def test_no_significant_difference_in_adverse_events_is_not_about_efficacy(claims):
    s = msc(design="rct", text="There was no significant difference in adverse events between arms.")
    assert flags_of(s, claims, "msc.efficacy") == []


def test_a_single_arm_msc_study_never_flags_efficacy(claims):
    s = msc(text="SLEDAI did not significantly improve.")
    assert flags_of(s, claims, "msc.efficacy") == []


def test_a_meta_analysis_against_msc_efficacy_flags(claims):
    s = msc(design="meta_analysis", n_studies=7, text="MSC did not significantly reduce proteinuria.")
    [flag] = flags_of(s, claims, "msc.efficacy")
    assert flag.reason == "Meta-analysis of MSC (meta-analysis, 7 studies) concludes against efficacy"


# --- evidence.experimental -----------------------------------------------------------------------

def test_an_rct_of_a_cell_therapy_flags_the_evidence_level(claims):
    s = msc(design="rct", phase="II", n_patients=60, evidence={"design": "Sixty patients were randomized."})
    [flag] = flags_of(s, claims, "evidence.experimental")
    assert flag.severity == "high" and flag.quote == "Sixty patients were randomized."
    assert flag.reason.startswith("Randomized controlled trial of MSC (RCT, phase II, n=60)")


def test_a_phase_iii_single_arm_trial_flags_the_evidence_level(claims):
    [flag] = flags_of(msc(phase="III"), claims, "evidence.experimental")
    assert flag.reason.startswith("Phase III trial of MSC")


def test_a_phase_ii_single_arm_trial_does_not_flag_the_evidence_level(claims):
    assert flags_of(msc(phase="II"), claims, "evidence.experimental") == []


def test_a_meta_analysis_of_rcts_flags_and_one_of_cohorts_does_not(claims):
    rcts = msc(design="meta_analysis", text="Nine randomized controlled trials were pooled.")
    cohorts = msc(design="meta_analysis", text="Twelve observational cohorts were pooled.")
    assert len(flags_of(rcts, claims, "evidence.experimental")) == 1
    assert flags_of(cohorts, claims, "evidence.experimental") == []


def test_an_animal_rct_does_not_flag(claims):
    assert flags_of(msc(design="rct", is_human=False), claims) == []


# --- scope.other_cell_therapies ------------------------------------------------------------------

def test_car_t_results_in_patients_flag_scope(claims):
    s = study("3", design="case_series", therapies=("car_t",), n_patients=5)
    [flag] = flags_of(s, claims, "scope.other_cell_therapies")
    assert flag.reason == ("Human clinical results of CAR-T (case series, n=5), a cell therapy class "
                           "the baseline does not cover")
    assert flag.severity == "medium"


def test_a_treg_case_report_flags_scope_as_info(claims):
    s = study("3", design="case_report", therapies=("other_cell_therapy",),
              text="A patient received autologous regulatory T cells.")
    [flag] = flags_of(s, claims, "scope.other_cell_therapies")
    assert flag.severity == "info" and "of Treg" in flag.reason


def test_car_t_in_mice_does_not_flag_scope(claims):
    s = study("3", design="preclinical", therapies=("car_t",), is_human=False)
    assert flags_of(s, claims) == []


def test_msc_results_do_not_flag_scope(claims):
    assert flags_of(msc(), claims, "scope.other_cell_therapies") == []


# --- guideline.eular_2023 ------------------------------------------------------------------------

def test_a_newer_guideline_flags(claims):
    s = study("4", design="guideline", new_guideline=True, relevant=False, year=2025,
              title="ACR guideline for lupus nephritis")
    [flag] = flags_of(s, claims, "guideline.eular_2023")
    assert (flag.severity, flag.basis) == ("high", "guideline")
    assert flag.reason == ("Guideline published 2025, newer than the 2023 EULAR update the baseline rests on: "
                           "ACR guideline for lupus nephritis")


def test_an_older_guideline_does_not_flag(claims):
    s = study("4", design="guideline", new_guideline=True, year=2019, title="EULAR 2019 update")
    assert flags_of(s, claims, "guideline.eular_2023") == []


def test_the_2023_eular_update_itself_does_not_flag_even_when_printed_later(claims):
    s = study("4", design="guideline", new_guideline=True, year=2024,
              title="EULAR recommendations for the management of SLE: 2023 update")
    assert flags_of(s, claims, "guideline.eular_2023") == []


# --- eligibility.severe_refractory ---------------------------------------------------------------

def test_benefit_in_non_refractory_patients_flags_eligibility(claims):
    s = msc(refractory=False, n_patients=30, outcomes={"remission": (18, 30)},
            evidence={"outcomes.remission": "Remission in 18 of 30."})
    [flag] = flags_of(s, claims, "eligibility.severe_refractory")
    assert flag.reason.startswith("MSC in non-refractory / first-line / moderate disease (single-arm trial, n=30): "
                                  "remission 60%")


def test_benefit_in_refractory_patients_does_not_flag_eligibility(claims):
    s = msc(refractory=True, outcomes={"remission": (18, 30)},
            text="Patients refractory to first-line therapy were enrolled.")
    assert flags_of(s, claims, "eligibility.severe_refractory") == []


def test_newly_diagnosed_patients_without_benefit_do_not_flag_eligibility(claims):
    s = msc(text="We enrolled patients with newly diagnosed lupus nephritis. Outcomes were recorded.")
    assert flags_of(s, claims, "eligibility.severe_refractory") == []


def test_first_line_use_with_benefit_flags_eligibility(claims):
    s = msc(text="MSC were given first-line to newly diagnosed patients. Proteinuria improved in most.")
    assert len(flags_of(s, claims, "eligibility.severe_refractory")) == 1


def test_a_guideline_widening_eligibility_flags_with_guideline_basis(claims):
    s = study("4", design="guideline", new_guideline=True, year=2025, refractory=False,
              title="Recommendations on CAR-T in lupus")
    [flag] = flags_of(s, claims, "eligibility.severe_refractory")
    assert (flag.severity, flag.basis) == ("high", "guideline")


# --- retraction ----------------------------------------------------------------------------------

def test_a_retracted_supporting_study_flags_its_claims_with_the_notice(claims):
    s = hsct("7", outcomes={"remission": (13, 20)}, retracted=True, notices=("9",))
    [flag] = study_flags(s, claims)
    assert (flag.claim, flag.basis, flag.severity, flag.pmids) == ("hsct.remission_rate", "retraction", "high",
                                                                   ("7", "9"))
    assert flag.reason == "Retracted: PMID 7 (cohort; retraction notice PMID 9) was counted for this claim"


def test_a_retracted_study_raises_no_other_flag(claims):
    s = hsct("7", outcomes={"remission": (1, 40)}, retracted=True, notices=("9",))
    assert {f.basis for f in study_flags(s, claims)} == {"retraction"}


def test_a_retracted_study_counted_for_no_claim_does_not_flag(claims):
    s = study("7", design="narrative_review", retracted=True, notices=("9",))
    assert study_flags(s, claims) == []


# --- pooled --------------------------------------------------------------------------------------

def _pooled(rate, low, high, pmids=("1", "2")):
    return PooledEstimate(rate=rate, low=low, high=high, studies=len(pmids), patients=100, pmids=pmids)


def test_a_pooled_ci_leaving_the_range_flags(claims):
    claim = claims["hsct.remission_rate"]
    flag = pooled_flag(claim, _pooled(0.63, 0.55, 0.70), _pooled(0.50, 0.44, 0.57, ("1", "2", "3")))
    assert (flag.basis, flag.severity, flag.pmids, flag.triggers) == ("pooled", "high", ("1", "2", "3"), ("3",))
    assert flag.reason == ("Pooled HSCT remission 50% (95% CI 44–57%; 3 studies, 100 patients) below baseline "
                           "60–70% (was 63% (95% CI 55–70%; 2 studies, 100 patients), within range)")


def test_a_pooled_ci_overlapping_the_range_does_not_flag(claims):
    claim = claims["hsct.remission_rate"]
    assert pooled_flag(claim, None, _pooled(0.55, 0.48, 0.61)) is None


def test_an_unchanged_pooled_estimate_does_not_flag_again(claims):
    claim = claims["hsct.mortality"]
    same = _pooled(0.09, 0.07, 0.12)
    assert pooled_flag(claim, same, same) is None


def test_evaluate_orders_flags_by_severity_and_fingerprints_are_stable(claims):
    studies = [hsct("1", outcomes={"remission": (21, 47)}), study("3", design="case_report", therapies=("car_t",)),
               study("4", design="guideline", new_guideline=True, year=2025, title="KDIGO 2025")]
    flags = evaluate_flags(studies=studies, claims=claims.values(), pooled_before={}, pooled_after={})
    assert [f.severity for f in flags] == ["high", "medium", "info"]
    again = evaluate_flags(studies=studies, claims=claims.values(), pooled_before={}, pooled_after={})
    assert [f.fingerprint for f in flags] == [f.fingerprint for f in again]


@pytest.mark.parametrize("pmids", [("2", "1"), ("1", "2")])
def test_fingerprint_ignores_pmid_order(pmids, claims):
    flag = pooled_flag(claims["hsct.mortality"], None, _pooled(0.2, 0.1, 0.3, pmids))
    assert flag.fingerprint == pooled_flag(claims["hsct.mortality"], None, _pooled(0.2, 0.1, 0.3, ("1", "2"))).fingerprint
