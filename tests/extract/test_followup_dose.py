"""Follow-up in months and the highest per-kilogram cell dose."""

from __future__ import annotations

import pytest

TITLE = "Autologous HSCT in refractory systemic lupus erythematosus: a single-centre cohort"
INTRO = "Twenty patients with refractory SLE underwent autologous HSCT. "


@pytest.mark.parametrize(("text", "months"), [
    ("The median follow-up was 38 months (range 6–96).", 38.0),
    ("After a median follow-up of 4.5 years, 12 were in remission.", 54.0),
    ("Patients were followed for a median of 5 years.", 60.0),
    ("Mean follow-up was 24 ± 6 months.", 24.0),
    ("Median (range) follow-up was 41 (12-150) months.", 41.0),
    ("Patients were followed for 52 weeks.", 12.0),
    ("At a median follow-up of 46 weeks, 10 were in remission.", 10.6),
    ("Follow-up lasted 180 days.", 5.9),
    ("The mean follow-up was 30 months and the median follow-up 26 months.", 26.0),
])
def test_follow_up(run, text, months):
    result = run(TITLE, INTRO + text)
    assert result.follow_up_months == months
    assert "follow_up_months" in result.evidence


@pytest.mark.parametrize("text", [
    "Follow-up ranged from 6 to 48 months.",
    "Three years after transplantation, she was well.",
    "Remission was seen at 6 months.",
    "Remission was reported in 14 of 18 patients with at least 6 months of follow-up.",
    "Patients with ≥12 months of follow-up were analysed.",
    "Only those with a minimum of 2 years of follow-up were included.",
])
def test_no_central_follow_up(run, text):
    assert run(TITLE, INTRO + text).follow_up_months is None


@pytest.mark.parametrize(("text", "dose"), [
    ("UC-MSCs were infused at 1 × 10^6 cells/kg on days 0 and 7.", 1e6),
    ("The dose was 2x10(6)/kg.", 2e6),
    ("BM-MSCs at 3.0×10⁶ cells per kilogram were given once.", 3e6),
    ("Patients received one million cells/kg.", 1e6),
    ("Three dose levels were tested: 0.5 × 10^6, 1 × 10^6 and 2 × 10^6 cells/kg.", 2e6),
    ("Cohorts received 1, 2 or 5 x 10^6 MSCs/kg.", 5e6),
    ("The maximum tolerated dose was 3.0×106 cells/kg.", 3e6),
])
def test_dose(run, text, dose):
    result = run("Mesenchymal stem cells in lupus nephritis: a phase 1 trial", "Twelve patients with SLE were treated. " + text,
                 publication_types=("Clinical Trial, Phase I",))
    assert result.dose_cells_per_kg == dose
    assert "dose_cells_per_kg" in result.evidence


@pytest.mark.parametrize("text", [
    "Conditioning was cyclophosphamide 200 mg/kg and ATG 7.5 mg/kg.",
    "Each infusion contained 2 × 10^8 cells.",
    "Tolerogenic dendritic cells were given at 5 × 10^6 cells per injection.",
])
def test_not_a_per_kg_dose(run, text):
    assert run("Cell therapy in lupus: a phase 1 trial", "Twelve patients with SLE were treated. " + text,
               publication_types=("Clinical Trial, Phase I",)).dose_cells_per_kg is None


def test_preclinical_dose_is_not_reported(run):
    result = run("MSCs in MRL/lpr mice", "Mice received 1 × 10^6 cells/kg of MSCs.", mesh_terms=("Animals", "Mice"))
    assert result.dose_cells_per_kg is None


@pytest.mark.parametrize(("text", "months"), [
    ("Survivors were last seen at a median of 41 months after transplantation.", 41.0),
    ("Patients were assessed at a median of 6.5 years after the infusion.", 78.0),
    ("Patients were followed for up to 36 months (median 20 months).", 20.0),
    ("Follow-up lasted at most 5 years (median, 31 months).", 31.0),
    ("The median observation time was 4 years.", 48.0),
])
def test_follow_up_central_value_in_other_phrasings(run, text, months):
    assert run(TITLE, INTRO + text).follow_up_months == months


def test_a_median_in_the_text_beats_a_round_figure_in_the_title(run):
    result = run("Ten-year follow-up of stromal cell infusion in lupus nephritis",
                 "Twenty patients with lupus nephritis who received stromal cells in a phase II trial were seen at a "
                 "median of 9.5 years after infusion.")
    assert result.follow_up_months == 114.0


def test_remission_at_a_median_of_months_is_not_follow_up(run):
    assert run(TITLE, INTRO + "Remission was reached at a median of 3 months.").follow_up_months is None


def test_over_n_months_of_follow_up_is_the_follow_up(run):
    assert run(TITLE, INTRO + "Over 24 months of follow-up, no patient relapsed.").follow_up_months == 24.0
