"""Sentence segmentation: offsets into `Article.text` and the traps of abstract prose."""

from __future__ import annotations

from pipeline.extract.sentences import split_article, split_spans


def texts(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


def test_splits_plain_sentences():
    assert texts("Twelve patients were treated. All responded. None relapsed!") == [
        "Twelve patients were treated.", "All responded.", "None relapsed!"]


def test_et_al_does_not_end_a_sentence():
    assert texts("As Morel et al. (2019) reported, remission was durable. It lasted.") == [
        "As Morel et al. (2019) reported, remission was durable.", "It lasted."]


def test_vs_ie_eg_do_not_end_a_sentence():
    text = "Remission was 60% vs. 40% in controls, i.e. Twice as often, e.g. In LN. Done."
    assert texts(text) == ["Remission was 60% vs. 40% in controls, i.e. Twice as often, e.g. In LN.", "Done."]


def test_decimals_and_powers_stay_inside_a_sentence():
    text = "Cells were given at 3.5 × 10^6/kg and 2x10(6)/kg. Median CD34+ dose was 4.1 x 10⁶ cells/kg."
    assert texts(text) == ["Cells were given at 3.5 × 10^6/kg and 2x10(6)/kg.",
                           "Median CD34+ dose was 4.1 x 10⁶ cells/kg."]


def test_number_abbreviation_before_a_digit():
    assert texts("See protocol No. 4 for details. Then stop.") == ["See protocol No. 4 for details.", "Then stop."]


def test_a_sentence_may_start_with_a_digit():
    assert texts("The median age was 31 years. 18 patients were women.") == [
        "The median age was 31 years.", "18 patients were women."]


def test_lowercase_after_a_period_is_not_a_new_sentence():
    assert texts("Doses of approx. ten million cells were used.") == ["Doses of approx. ten million cells were used."]


def test_offsets_point_into_article_text(article):
    art = article(
        "Umbilical cord MSCs in lupus nephritis: a pilot study.",
        ("BACKGROUND", "Lupus nephritis (LN) is common. Treatment fails often."),
        ("METHODS", "Twenty patients received 1 × 10^6 cells/kg, i.e. one infusion."),
        "An unlabelled closing paragraph. It has two sentences.",
    )
    sentences = split_article(art)
    assert [s.text for s in sentences] == [
        "Umbilical cord MSCs in lupus nephritis: a pilot study.",
        "Lupus nephritis (LN) is common.", "Treatment fails often.",
        "Twenty patients received 1 × 10^6 cells/kg, i.e. one infusion.",
        "An unlabelled closing paragraph.", "It has two sentences.",
    ]
    for sentence in sentences:
        assert art.text[sentence.start:sentence.end] == sentence.text
        assert sentence.lower == sentence.text.lower()


def test_sections_and_indices_are_recorded(article):
    art = article("A title", ("RESULTS", "One. Two."), ("Conclusions", "Three."))
    sentences = split_article(art)
    assert [(s.section, s.index) for s in sentences] == [
        ("TITLE", 0), ("RESULTS", 1), ("RESULTS", 2), ("CONCLUSIONS", 3)]


def test_label_is_not_part_of_the_sentence(article):
    art = article("T", ("RESULTS", "Remission occurred in 8 of 12."))
    results = split_article(art)[1]
    assert results.text == "Remission occurred in 8 of 12."
    assert art.text[results.start - len("RESULTS: "):results.start] == "RESULTS: "


def test_empty_abstract_gives_the_title_only(article):
    art = article("Only a title here")
    assert [s.text for s in split_article(art)] == ["Only a title here"]


def test_unicode_that_changes_length_when_lower_cased_keeps_offsets(article):
    art = article("İstanbul cohort of SLE.", "Forty patients (İzmir) were included. All were women.")
    for sentence in split_article(art):
        assert art.text[sentence.start:sentence.end] == sentence.text


def test_inline_labels_give_sections(article):
    art = article("T", "Background: Data are scarce. Methods: Twelve patients were treated. It went well. "
                       "Results: Eight responded. Conclusions: Feasible.")
    assert [(s.section, s.text) for s in split_article(art)[1:]] == [
        ("BACKGROUND", "Background: Data are scarce."), ("METHODS", "Methods: Twelve patients were treated."),
        ("METHODS", "It went well."), ("RESULTS", "Results: Eight responded."),
        ("CONCLUSIONS", "Conclusions: Feasible.")]


def test_abbreviated_inline_methods_labels_give_the_methods_section(article):
    art = article("T", "Aim: To report our cases. Pts & methods: 4 pts were treated. "
                       "Results: All responded.")
    assert [s.section for s in split_article(art)[1:]] == ["AIM", "METHODS", "RESULTS"]


def test_patients_and_methods_inline_label(article):
    art = article("T", "Objective: To report. Patients and methods: Six patients were treated. Results: Good.")
    assert [s.section for s in split_article(art)[1:]] == ["OBJECTIVE", "METHODS", "RESULTS"]


def test_compound_inline_labels_take_their_last_word(article):
    art = article("T", "Background and aims: Data are scarce. Patients/methods: Six were treated. "
                       "Results & conclusions: All responded.")
    assert [s.section for s in split_article(art)[1:]] == ["AIMS", "METHODS", "RESULTS"]
