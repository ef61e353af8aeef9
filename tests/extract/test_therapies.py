"""Therapy classes and MSC source."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "text", "therapies"), [
    ("Autologous haematopoietic stem cell transplantation for lupus", "Patients with SLE underwent AHSCT.",
     ("hsct_autologous",)),
    ("HSCT for refractory lupus: 15-year experience", "Patients with SLE underwent HSCT after immunoablation.",
     ("hsct_autologous",)),  # unqualified HSCT in autoimmune disease is autologous
    ("Allogeneic bone marrow transplantation in severe SLE",
     "Two patients with lupus received grafts from HLA-identical sibling donors.", ("hsct_allogeneic",)),
    ("Allogeneic mesenchymal stem cell transplantation in lupus",
     "Patients with SLE received allogeneic bone marrow-derived MSCs.", ("msc",)),
    ("CD19 CAR T cells for lupus", "Patients with SLE received CD19-targeted CAR T cells.", ("car_t",)),
    ("BCMA-CD19 compound CAR T cells in lupus", "Patients with SLE received a CAR T product.", ("car_t",)),
    ("CD19 CAR-NK cells for lupus", "Patients with SLE received cord blood NK cells expressing a CD19 CAR.",
     ("other_cell_therapy",)),
    ("Chimeric antigen receptor regulatory T cells in lupus mice",
     "CAR-Tregs controlled disease without the aplasia caused by conventional CAR T cells.",
     ("other_cell_therapy",)),
    ("Tolerogenic dendritic cells in SLE: a phase I trial", "Patients with SLE received autologous tolDCs.",
     ("other_cell_therapy",)),
    ("Low-dose regulatory T-cell therapy in lupus", "Patients with SLE received an infusion of ex vivo expanded Tregs.",
     ("other_cell_therapy",)),
])
def test_therapy_classes(run, title, text, therapies):
    result = run(title, text)
    assert result.therapies == therapies
    assert "therapies" in result.evidence


def test_review_lists_every_therapy_it_discusses(run):
    result = run("Cell therapies for lupus: HSCT, MSCs and CAR T cells",
                 "This review covers autologous HSCT, mesenchymal stem cells and CD19 CAR T cells in SLE.",
                 publication_types=("Review",))
    assert result.therapies == ("car_t", "hsct_autologous", "msc")


def test_previous_transplant_is_history_not_the_therapy(run):
    result = run("Allogeneic stem cell transplantation for refractory lupus: three cases",
                 "Three women with lupus refractory to cyclophosphamide and, in two cases, autologous "
                 "transplantation underwent allogeneic HSCT from matched donors.")
    assert result.therapies == ("hsct_allogeneic",)


def test_bare_allogeneic_in_a_transplant_sentence(run):
    result = run("HSCT in childhood lupus: a systematic review",
                 "Autologous transplantation was used in 43 children and allogeneic in 4.")
    assert result.therapies == ("hsct_allogeneic", "hsct_autologous")


@pytest.mark.parametrize(("text", "source"), [
    ("Patients with SLE received umbilical cord-derived MSCs.", "umbilical_cord"),
    ("Patients with SLE received Wharton's jelly mesenchymal stem cells.", "umbilical_cord"),
    ("Patients with SLE received BM-MSCs.", "bone_marrow"),
    ("Patients with SLE received autologous adipose-derived mesenchymal stem cells.", "adipose"),
    ("Patients with SLE received menstrual blood-derived stromal cells (MenSCs) and mesenchymal cells.", "other"),
    ("Patients with SLE received bone marrow- or umbilical cord-derived MSCs.", None),
    ("Patients with SLE received mesenchymal stem cells.", None),
])
def test_msc_source(run, text, source):
    result = run("Mesenchymal stem cells in lupus", text)
    assert result.msc_source == source
    assert ("msc_source" in result.evidence) == (source is not None)


def test_title_source_decides_over_background_mentions(run):
    result = run("Umbilical cord MSCs in lupus nephritis",
                 ("BACKGROUND", "MSCs can be derived from bone marrow or adipose tissue."),
                 ("METHODS", "Patients with lupus nephritis received MSCs."))
    assert result.msc_source == "umbilical_cord"


def test_listed_cell_products_count_for_a_review(run):
    result = run("Recent advances in cell-based therapies for lupus",
                 "Cell-based therapies, including mesenchymal stem cells, CAR T cells and regulatory T cells, are "
                 "emerging options for SLE.", publication_types=("Review",))
    assert result.therapies == ("car_t", "msc", "other_cell_therapy")


def test_a_transplant_named_only_for_comparison_is_not_studied(run):
    result = run("Allogeneic marrow transplantation in two adolescents with refractory lupus",
                 "Allogeneic grafts carry more risk than autologous transplantation. Two adolescents with SLE "
                 "received allogeneic marrow from matched unrelated donors.")
    assert result.therapies == ("hsct_allogeneic",)


def test_a_haploidentical_donor_of_mscs_is_not_an_allogeneic_transplant(run):
    result = run("Stromal cells for refractory lupus haemolytic anaemia",
                 "A 28-year-old woman with SLE received bone marrow mesenchymal stromal cells from her "
                 "HLA-haploidentical sister at 2 × 10^6 cells/kg.")
    assert result.therapies == ("msc",)


def test_a_guideline_recommending_therapies_for_refractory_disease_keeps_them(run):
    result = run("Recommendations for the management of systemic lupus erythematosus",
                 "For lupus refractory to two immunosuppressants, CAR T-cell therapy or autologous stem cell "
                 "transplantation may be considered in specialised centres.",
                 publication_types=("Practice Guideline",))
    assert result.therapies == ("car_t", "hsct_autologous")


def test_patients_receiving_expanded_tregs_is_a_treg_therapy(run):
    result = run("Expanded regulatory T cells in lupus: a phase I trial",
                 "Nine patients with SLE received ex vivo expanded autologous Tregs at three dose levels.")
    assert result.relevant is True
    assert result.therapies == ("other_cell_therapy",)


def test_allogeneic_transplantation_in_an_msc_sentence_means_the_mscs(run):
    result = run("Mesenchymal stem cells for lupus: a review",
                 "Marrow MSCs of patients with lupus are defective, which is the rationale for allogeneic "
                 "transplantation. Allogeneic MSCs lowered disease activity in open studies.",
                 publication_types=("Review",))
    assert result.therapies == ("msc",)


def test_ipsc_derived_mscs_are_mscs_from_another_source(run):
    result = run("Pluripotent stem cell-derived mesenchymal stromal cells treat nephritis in lupus-prone mice",
                 "We injected induced pluripotent stem cell-derived mesenchymal stromal cells into MRL/lpr mice. "
                 "Proteinuria fell.")
    assert result.therapies == ("msc",)
    assert result.msc_source == "other"


def test_sources_listed_with_commas_are_mixed(run):
    result = run("Mesenchymal stem cells in lupus nephritis: progress",
                 "This article reviews MSCs from bone marrow, umbilical cord and other tissues in lupus "
                 "nephritis.", publication_types=("Review",))
    assert result.msc_source is None
