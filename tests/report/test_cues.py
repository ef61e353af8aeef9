"""The text cues behind the statement-based flag rules: mentions count, negations and endpoints don't."""

from __future__ import annotations

import pytest

from pipeline.report import cues


@pytest.mark.parametrize(("finder", "sentence", "found"), [
    (cues.dose_limiting_toxicity, "One patient at the top dose had a dose-limiting toxicity (grade 4 neutropenia).", True),
    (cues.dose_limiting_toxicity, "No dose-limiting toxicity was observed at any dose level.", False),
    (cues.dose_limiting_toxicity, "DLT was not observed.", False),
    (cues.dose_limiting_toxicity, "The primary endpoint was dose-limiting toxicity (DLT) within 28 days.", False),
    (cues.treatment_related_death, "Two treatment-related deaths occurred from sepsis.", True),
    (cues.treatment_related_death, "There were no treatment-related deaths.", False),
    (cues.treatment_related_death, "Two patients (11%) died of treatment-related infections.", True),
    (cues.treatment_related_death, "One patient died of pneumonia attributed to the MSC infusion.", True),
    (cues.treatment_related_death, "Two patients died, neither death related to the MSC infusion.", False),
    (cues.serious_adverse_event_attributed, "Serious adverse events related to MSC infusion occurred in 3 patients.", True),
    (cues.serious_adverse_event_attributed, "No serious adverse events related to MSC were observed.", False),
    (cues.serious_adverse_event_attributed, "Serious adverse events occurred in 3 patients, none related to MSC.", False),
    (cues.serious_adverse_event_attributed, "One serious adverse event (pneumonia, judged unrelated) occurred.", False),
    (cues.no_significant_benefit, "There was no significant difference in remission between MSC and placebo.", True),
    (cues.no_significant_benefit, "MSC did not significantly improve complete renal response.", True),
    (cues.no_significant_benefit, "There was no significant difference in adverse events between groups.", False),
    (cues.non_refractory_population, "We enrolled patients with newly diagnosed lupus nephritis.", True),
    (cues.non_refractory_population, "Patients refractory to first-line therapy were enrolled.", False),
    (cues.non_refractory_population, "Patients with non-refractory SLE who failed nothing were enrolled.", True),
    (cues.pools_randomized_trials, "Eight randomized controlled trials were included.", True),
    (cues.pools_randomized_trials, "Twelve observational studies were included.", False),
])
def test_cue(finder, sentence, found):
    assert (finder(f"Title. {sentence} Another sentence.") is not None) is found


def test_a_cue_gives_the_sentence_and_its_offsets():
    text = "Title. Background here. One patient had a DLT at 5 x 10^6 cells/kg. End."
    cue = cues.dose_limiting_toxicity(text)
    assert cue.text == "One patient had a DLT at 5 x 10^6 cells/kg."
    assert text[cue.start:cue.end] == cue.text
