"""Outcomes: measure, k / n / rate, and the phrasing abstracts use for them."""

from __future__ import annotations

import pytest

TITLE = "Autologous haematopoietic stem cell transplantation in refractory systemic lupus erythematosus"
INTRO = ("METHODS", "Twenty patients with refractory SLE underwent autologous HSCT.")


def outcomes_of(run, *sentences, title=TITLE, intro=INTRO, **kwargs):
    result = run(title, intro, ("RESULTS", " ".join(sentences)), **kwargs)
    return {name: (o.k, o.n, o.rate) for name, o in result.outcomes.items()}


def test_k_of_n_with_percentage(run):
    assert outcomes_of(run, "Fourteen of 20 patients (70%) achieved remission.") == {"remission": (14, 20, 0.7)}


def test_k_slash_n(run):
    assert outcomes_of(run, "Remission was reached by 12/20 (60%).")["remission"] == (12, 20, 0.6)


def test_count_with_percentage_reads_the_study_patients(run):
    assert outcomes_of(run, "Complete remission occurred in 9 (45%).")["complete_remission"] == (9, 20, 0.45)


def test_percentage_with_ci(run):
    assert outcomes_of(run, "The pooled remission rate was 68% (95% CI 55-79%).") == {"remission": (None, None, 0.68)}


@pytest.mark.parametrize(("sentence", "measure", "rate"), [
    ("The 5-year overall survival was 81% (95% CI 62-91%).", "overall_survival", 0.81),
    ("Overall survival at 10 years was 76%.", "overall_survival", 0.76),
    ("Progression-free survival at 5 years was 48%.", "disease_free_survival", 0.48),
    ("The 3-year event-free survival was 55%.", "disease_free_survival", 0.55),
])
def test_survival_at_a_horizon_ignores_the_horizon(run, sentence, measure, rate):
    assert outcomes_of(run, sentence) == {measure: (None, None, rate)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A complete renal response was seen in 8 of 20 patients.", {"complete_remission": (8, 20, 0.4)}),
    ("Major clinical response occurred in 6 of 20.", {"complete_remission": (6, 20, 0.3)}),
    ("Overall response (complete or partial) was 75%.", {"remission": (None, None, 0.75)}),
    ("Drug-free remission persisted in 11 of 20 patients.", {"remission": (11, 20, 0.55)}),
    ("Clinical remission was achieved in 13 of 20.", {"remission": (13, 20, 0.65)}),
    ("Partial renal response was observed in 5 of 20 patients and complete renal response in 7 of 20.",
     {"complete_remission": (7, 20, 0.35)}),
    ("An SRI-4 response was seen in 11 of 20 patients (55%).", {"remission": (11, 20, 0.55)}),
    ("Eight patients (40%) attained LLDAS.", {"remission": (8, 20, 0.4)}),
])
def test_remission_synonyms(run, sentence, expected):
    assert outcomes_of(run, sentence) == expected


def test_defined_abbreviation_is_its_measure(run):
    assert outcomes_of(run, "Major clinical response (MCR) was defined by BILAG.",
                       "At 12 months, 9 of 20 had MCR.") == {"complete_remission": (9, 20, 0.45)}


def test_definition_numbers_are_not_rates(run):
    got = outcomes_of(run, "Remission, defined as SLEDAI-2K of 2 or less on 5 mg prednisone, was reached by 15 of 20.")
    assert got == {"remission": (15, 20, 0.75)}


@pytest.mark.parametrize(("sentence", "k"), [
    ("Two patients died of infection.", 2),
    ("One patient died of sepsis on day 40.", 1),
    ("Three deaths occurred during follow-up.", 3),
])
def test_deaths_as_counts(run, sentence, k):
    assert outcomes_of(run, sentence)["mortality"] == (k, 20, round(k / 20, 4))


@pytest.mark.parametrize("sentence", ["No patient died.", "There were no deaths.", "None of the patients died."])
def test_no_deaths_is_zero(run, sentence):
    assert outcomes_of(run, sentence) == {"mortality": (0, 20, 0.0)}


def test_no_treatment_related_deaths_is_zero_trm_not_mortality(run):
    assert outcomes_of(run, "There were no treatment-related deaths.") == {"treatment_related_mortality": (0, 20, 0.0)}


def test_trm_rate_with_deaths_in_brackets_is_trm_only(run):
    assert outcomes_of(run, "Transplant-related mortality was 10% (two deaths).") == {
        "treatment_related_mortality": (2, 20, 0.1)}  # the bracketed count is k, read over the patients


def test_treatment_related_deaths_count_as_deaths_too(run):
    assert outcomes_of(run, "Two patients (10%) died of transplant-related infections.") == {
        "mortality": (2, 20, 0.1), "treatment_related_mortality": (2, 20, 0.1)}


def test_non_relapse_mortality_with_k_of_n(run):
    assert outcomes_of(run, "Non-relapse mortality was 5% (1/20).") == {"treatment_related_mortality": (1, 20, 0.05)}


def test_relapse_among_responders(run):
    got = outcomes_of(run, "Remission was reached by 15 of 20 patients; among these responders, 5 relapsed (33%).")
    assert got == {"remission": (15, 20, 0.75), "relapse": (5, 15, 0.3333)}


def test_relapse_denominator_stated(run):
    assert outcomes_of(run, "Relapse occurred in 3 of the 12 patients in remission.") == {"relapse": (3, 12, 0.25)}


def test_relapsed_or_refractory_is_a_population_not_relapse(run):
    got = outcomes_of(run, "Patients with relapsed or refractory disease, including 8 with nephritis, responded well.")
    assert "relapse" not in got


def test_no_flare_during_a_trial_is_not_a_relapse_rate(run):
    assert "relapse" not in outcomes_of(run, "No dose-limiting toxicity or disease flare occurred.")


def test_none_relapsed_is_zero(run):
    assert outcomes_of(run, "After a median follow-up of 30 months, none has relapsed.") == {"relapse": (0, 20, 0.0)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("No serious adverse events occurred.", (0, 20, 0.0)),
    ("Serious adverse events were reported in 4 of 20 patients (20%).", (4, 20, 0.2)),
    ("SAEs occurred in three patients.", (3, 20, 0.15)),
])
def test_serious_adverse_events(run, sentence, expected):
    assert outcomes_of(run, sentence)["serious_adverse_events"] == expected


@pytest.mark.parametrize("sentence", [
    "No infusion-related serious adverse events occurred.",
    "No serious adverse events related to the cells were observed.",
])
def test_restricted_sae_statements_are_not_labelled(run, sentence):
    assert "serious_adverse_events" not in outcomes_of(run, sentence)


def test_respectively_pairs_in_order(run):
    got = outcomes_of(run, "Overall survival and disease-free survival at 5 years were 85% and 60%, respectively.")
    assert got == {"overall_survival": (None, None, 0.85), "disease_free_survival": (None, None, 0.6)}


def test_two_measures_in_one_sentence(run):
    got = outcomes_of(run, "The 5-year overall survival was 90% and the 5-year disease-free survival 52%.")
    assert got == {"overall_survival": (None, None, 0.9), "disease_free_survival": (None, None, 0.52)}


def test_survived_k_of_n(run):
    assert outcomes_of(run, "Three of the four patients survived; one died of haemorrhage.",
                       intro=("METHODS", "Four patients with lupus received MSCs.")) == {
        "overall_survival": (3, 4, 0.75), "mortality": (1, 4, 0.25)}


def test_all_n_patients(run):
    assert outcomes_of(run, "All 6 patients reached DORIS remission.")["remission"] == (6, 6, 1.0)


def test_did_not_achieve_is_the_complement(run):
    assert outcomes_of(run, "Four of 20 patients did not achieve remission.")["remission"] == (16, 20, 0.8)


def test_p_values_hazard_ratios_and_scores_are_not_rates(run):
    got = outcomes_of(run, "Remission was more frequent after HSCT (HR 0.45, p = 0.03), and SLEDAI fell to 2.")
    assert got == {}


def test_rct_reports_the_cell_therapy_arm(run):
    got = outcomes_of(run, "Remission occurred in 14 of 25 patients given MSCs and in 9 of 25 given placebo.",
                      title="MSCs versus placebo in lupus nephritis: a randomised trial",
                      intro=("METHODS", "Fifty patients were randomized to MSCs or placebo, 25 to each arm."),
                      publication_types=("Randomized Controlled Trial",))
    assert got["remission"] == (14, 25, 0.56)


def test_rct_death_count_reads_the_therapy_arm(run):
    got = outcomes_of(run, "One patient in the MSC group died of pneumonia.",
                      title="MSCs versus placebo in lupus nephritis: a randomised trial",
                      intro=("METHODS", "Sixty patients were randomised (40 MSC, 20 placebo)."),
                      publication_types=("Randomized Controlled Trial",))
    assert got["mortality"] == (1, 40, 0.025)


def test_background_rates_are_not_outcomes(run):
    result = run(TITLE, ("BACKGROUND", "HSCT induces remission in 60-70% of patients with a mortality of 5%."),
                 INTRO, ("RESULTS", "Remission occurred in 12 of 20."))
    assert {name: o.rate for name, o in result.outcomes.items()} == {"remission": 0.6}


def test_case_reports_and_reviews_have_no_outcome_rates(run):
    assert run("CAR T cells in lupus", "A 30-year-old woman received CAR T cells and reached remission in 1 of 1.",
               publication_types=("Case Reports",)).outcomes == {}
    assert run("Stem cells in lupus", "Remission is reported in 60% of patients after HSCT.",
               publication_types=("Review",)).outcomes == {}


def test_several_time_points_take_the_last(run):
    got = outcomes_of(run, "At 6 months, remission was achieved by 8 of 20 patients (40%).",
                      "At 12 months, 12 of 20 (60%) were in remission.")
    assert got == {"remission": (12, 20, 0.6)}


def test_respectively_over_time_points_takes_the_last(run):
    got = outcomes_of(run, "Survival rates at 1, 3 and 5 years were 95%, 90% and 85%, respectively.")
    assert got == {"overall_survival": (None, None, 0.85)}


def test_control_arm_numbers_are_dropped(run):
    got = outcomes_of(run, "Three patients in the MSC group and one in the placebo group experienced SAEs.",
                      title="MSCs versus placebo in lupus: a randomised trial",
                      intro=("METHODS", "Patients were randomised to MSCs (n = 12) or placebo (n = 6)."),
                      publication_types=("Randomized Controlled Trial",))
    assert got == {"serious_adverse_events": (3, 12, 0.25)}


def test_mcr_pcr_total_is_remission(run):
    assert outcomes_of(run, "The MCR/PCR rate at 12 months was 75%.") == {"remission": (None, None, 0.75)}


def test_attributed_sae_statement_is_restricted(run):
    got = outcomes_of(run, "Grade 3 adverse events occurred in 2 patients, and no serious adverse events were "
                           "attributed to the cells.")
    assert "serious_adverse_events" not in got


def test_responded_counts_but_not_responded_to_prior_drugs(run):
    assert outcomes_of(run, "Of the 20 patients, 15 (75%) responded to treatment.") == {"remission": (15, 20, 0.75)}
    assert outcomes_of(run, "Patients who had not responded to at least two induction regimens did well.") == {}


def test_plus_minus_percentages(run):
    got = outcomes_of(run, "The 5-year overall survival was 81 ± 8% and non-relapse mortality at 100 days was 15 ± 7%.")
    assert got == {"overall_survival": (None, None, 0.81), "treatment_related_mortality": (None, None, 0.15)}


def test_time_points_inside_one_clause_take_the_last(run):
    got = outcomes_of(run, "Rates of clinical remission were 28% at 1 year and 50% at 4 years.")
    assert got == {"remission": (None, None, 0.5)}


def test_population_in_remission_is_not_the_counted_outcome(run):
    got = outcomes_of(run, "Of the patients in clinical remission, 23% relapsed.")
    assert got == {"relapse": (None, None, 0.23)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ORR was 70% at 6 months.", {"remission": (None, None, 0.7)}),
    ("A BICLA response occurred in 12 of 20 patients.", {"remission": (12, 20, 0.6)}),
])
def test_response_abbreviations(run, sentence, expected):
    assert outcomes_of(run, sentence) == expected


def test_respectively_over_arms_takes_the_cell_therapy_arm(run):
    got = outcomes_of(run, "Complete remission was reached by 5 of 12 (42%) and 3 of 6 (50%) patients, respectively.",
                      title="MSCs versus placebo in lupus: a randomised trial",
                      publication_types=("Randomized Controlled Trial",))
    assert got == {"complete_remission": (5, 12, 0.4167)}


def test_the_next_arms_control_word_does_not_drop_the_cell_arm(run):
    got = outcomes_of(run, "Remission was present in 17 of 26 transplanted patients (65%) and 6 of 31 controls (19%).")
    assert got == {"remission": (17, 26, 0.6538)}


def test_response_rates_listed_as_complete_and_partial_are_not_summed(run):
    got = outcomes_of(run, "The 5-year renal response rates were: complete 37.1% (13/35), partial 28.6% (10/35).",
                      intro=("METHODS", "Thirty-five patients with lupus nephritis received UC-MSCs."))
    assert got == {"complete_remission": (13, 35, 0.3714)}


def test_sri_n_response(run):
    assert outcomes_of(run, "Over 96 weeks, 11 of 20 participants had an SRI-5 response.") == {"remission": (11, 20, 0.55)}


RCT_TITLE = "Stromal cells versus standard care in lupus nephritis: a randomised trial"
RCT_INTRO = ("METHODS", "Thirty-two patients were randomly assigned (16 per group) to stromal cells or standard care.")


def test_lancet_style_arm_with_middle_dot_decimals_takes_the_cell_arm(run):
    got = outcomes_of(run, "At 12 months, 11 (68·8%) of 16 patients in the stromal-cell group and 6 (37·5%) of 16 in the "
                           "standard-care group had a renal response (difference 31·3 percentage points; p=0·08).",
                      title=RCT_TITLE, intro=RCT_INTRO)
    assert got == {"remission": (11, 16, 0.6875)}


def test_deaths_in_the_cell_arm_are_read_over_the_arm_of_per_group_randomisation(run):
    got = outcomes_of(run, "One patient in the stromal-cell group died of pneumonia.", title=RCT_TITLE, intro=RCT_INTRO)
    assert got["mortality"] == (1, 16, 0.0625)


def test_achieved_by_n_patients_is_a_count(run):
    got = outcomes_of(run, "Remission was achieved by 12 patients (60%), of whom 5 (41.7%) relapsed within 2 years.")
    assert got == {"remission": (12, 20, 0.6), "relapse": (5, 12, 0.4167)}


def test_relapse_among_the_responders_named_after_the_count(run):
    got = outcomes_of(run, "Three of the 12 responders flared during the second year.")
    assert got == {"relapse": (3, 12, 0.25)}


def test_relapse_over_the_group_a_sentence_opens_with(run):
    got = outcomes_of(run, "Of the 14 patients who reached remission, 6 later relapsed.")
    assert got["relapse"] == (6, 14, 0.4286)


def test_a_flare_listed_as_a_serious_adverse_event_is_not_a_relapse(run):
    got = outcomes_of(run, "Three patients had serious adverse events (one cellulitis, two lupus flares requiring "
                           "admission).")
    assert got == {"serious_adverse_events": (3, 20, 0.15)}


def test_relapse_named_as_a_cause_of_death_is_not_counted(run):
    got = outcomes_of(run, "Four deaths occurred, one attributed to transplantation and three to infection after "
                           "relapse.")
    assert got == {"mortality": (4, 20, 0.2), "treatment_related_mortality": (1, 20, 0.05)}


def test_one_of_several_deaths_of_a_transplant_related_cause(run):
    got = outcomes_of(run, "Three patients died, one of transplant-related sepsis and two of active lupus.")
    assert got == {"mortality": (3, 20, 0.15), "treatment_related_mortality": (1, 20, 0.05)}


def test_deaths_none_related_to_the_cells_gives_zero_treatment_related_mortality(run):
    got = outcomes_of(run, "Four patients died, none of causes related to the cells.")
    assert got == {"mortality": (4, 20, 0.2), "treatment_related_mortality": (0, 20, 0.0)}


def test_no_severe_adverse_events_is_zero(run):
    assert outcomes_of(run, "No severe adverse events were observed.") == {"serious_adverse_events": (0, 20, 0.0)}


def test_total_effective_rate_is_remission(run):
    got = outcomes_of(run, "The total effective rate was 85.00% in the treatment group.")
    assert got == {"remission": (None, None, 0.85)}


def test_of_them_complete_is_complete_remission(run):
    got = outcomes_of(run, "Fourteen patients had a clinical response, 9 of them complete.")
    assert got == {"remission": (14, 20, 0.7), "complete_remission": (9, 20, 0.45)}


def test_the_last_visit_outweighs_an_earlier_sentence(run):
    got = outcomes_of(run, "All 20 patients reached remission by month 3.",
                      "At the last follow-up, remission persisted in 15 of 20.")
    assert got == {"remission": (15, 20, 0.75)}


def test_two_predicates_of_one_count(run):
    got = outcomes_of(run, "Seventeen of the 20 patients survived and remain in remission.")
    assert got == {"overall_survival": (17, 20, 0.85), "remission": (17, 20, 0.85)}


def test_of_whom_reads_the_count_before_it_as_the_denominator(run):
    got = outcomes_of(run, "Remission was reached by 15 patients (75%), of whom 6 relapsed.")
    assert got == {"remission": (15, 20, 0.75), "relapse": (6, 15, 0.4)}


def test_control_arm_named_first_takes_the_cell_arm_that_follows(run):
    got = outcomes_of(run, "A renal response occurred in 5 of 16 standard-care patients and 10 of 16 stromal-cell "
                           "recipients.", title=RCT_TITLE, intro=RCT_INTRO)
    assert got == {"remission": (10, 16, 0.625)}


def test_a_remission_sustained_in_fewer_patients_is_the_later_state(run):
    got = outcomes_of(run, "All 20 patients reached remission by month 6, which was maintained in 14 of 20 at two "
                           "years.")
    assert got == {"remission": (14, 20, 0.7)}


def test_a_control_label_before_its_number_drops_that_number(run):
    got = outcomes_of(run, "Renal response: stromal cells 9/16 (56%) versus standard care 4/16 (25%).",
                      title=RCT_TITLE, intro=RCT_INTRO)
    assert got == {"remission": (9, 16, 0.5625)}
    got = outcomes_of(run, "Renal response: standard care 4/16 (25%) versus stromal cells 9/16 (56%).",
                      title=RCT_TITLE, intro=RCT_INTRO)
    assert got == {"remission": (9, 16, 0.5625)}


def test_a_rate_with_its_count_in_brackets_gives_k_and_n(run):
    assert outcomes_of(run, "Non-relapse mortality was 15% (n = 3).") == {"treatment_related_mortality": (3, 20, 0.15)}


def test_a_total_death_count_outranks_the_treatment_related_death_before_it(run):
    found = outcomes_of(run, "There was one transplant-related death (sepsis), and one more patient died of "
                             "lupus later; in total, two patients (10%) died.")
    assert found["mortality"] == (2, 20, 0.1)
    assert found["treatment_related_mortality"] == (1, 20, 0.05)


def test_all_cause_mortality_after_treatment_related_mortality_with_its_ci(run):
    found = outcomes_of(run, "Treatment-related mortality was 4.0% (95% CI 2.0-6.5%) and all-cause mortality "
                             "8.5% (95% CI 5.0-12.0%).")
    assert found["treatment_related_mortality"] == (None, None, 0.04)
    assert found["mortality"] == (None, None, 0.085)


def test_a_control_arm_death_does_not_borrow_the_previous_clause_count(run):
    found = outcomes_of(run, "Infections were reported in 5 (25%) and 7 (35%) patients; one patient in the "
                             "placebo group died of sepsis.",
                        intro=("METHODS", "Forty patients were randomised to MSCs or placebo (20 per group)."))
    assert "mortality" not in found


def test_a_death_count_takes_no_denominator_from_a_rate_across_a_semicolon(run):
    found = outcomes_of(run, "Cytokine release syndrome occurred in 70%; two patients died, one of infection and "
                             "one of a stroke.")
    assert found["mortality"] == (2, 20, 0.1)


def test_two_measures_and_two_rates_pair_in_order_without_respectively(run):
    found = outcomes_of(run, "Five-year overall survival and progression-free survival were 90% (95% CI 80-95) "
                             "and 55% (95% CI 40-68).")
    assert found["overall_survival"] == (None, None, 0.9)
    assert found["disease_free_survival"] == (None, None, 0.55)


def test_abbreviated_measures_pair_in_order_without_respectively(run):
    found = outcomes_of(run, "Outcomes were overall survival (OS) and event-free survival (EFS).",
                        "Three-year OS and EFS were 85% and 60%.")
    assert found["overall_survival"] == (None, None, 0.85)
    assert found["disease_free_survival"] == (None, None, 0.6)



def test_an_overall_death_count_outranks_the_causes_listed_before_it(run):
    found = outcomes_of(run, "Two patients died of transplant-related infection and two of disease activity; "
                             "overall, four patients (20%) died.")
    assert found["mortality"] == (4, 20, 0.2)


def test_a_total_death_count_outranks_a_partial_count_before_it(run):
    found = outcomes_of(run, "Two patients died of sepsis and one more of a flare; altogether three patients died.")
    assert found["mortality"] == (3, 20, 0.15)


def test_two_measures_with_a_horizon_between_them_and_their_rates_pair_in_order(run):
    found = outcomes_of(run, "Overall survival and relapse-free survival at 5 years were 88% and 51%.")
    assert found["overall_survival"] == (None, None, 0.88)
    assert found["disease_free_survival"] == (None, None, 0.51)


def test_a_bare_relapse_count_is_read_over_the_group_counted_before_it(run):
    found = outcomes_of(run, "Sustained remission was seen in 10 of 16 responders, while 6 relapsed.")
    assert found["relapse"] == (6, 16, 0.375)


def test_a_bare_relapse_count_after_k_of_the_n_survivors(run):
    found = outcomes_of(run, "Three of the five survivors remain in remission, one relapsed at 2 years.")
    assert found["relapse"] == (1, 5, 0.2)
