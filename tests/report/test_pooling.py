"""Which studies a pooled claim takes, and the "before the period" pool derived from "after"."""

from __future__ import annotations

import random
from dataclasses import replace

from pipeline.report.pooling import inputs_before, pooling_inputs

from .conftest import study


def _pmids(inputs) -> list[str]:
    return [found.pmid for found, _ in inputs]


def test_a_relevant_human_hsct_series_with_remission_is_pooled(claims):
    chosen = pooling_inputs([study("7", design="case_series", therapies=["hsct_autologous"],
                                   outcomes={"remission": (12, 20)})], claims["hsct.remission_rate"])
    assert [(found.pmid, found.k, found.n, measure) for found, measure in chosen] == [("7", 12, 20, "remission")]


def test_reviews_animal_retracted_and_out_of_scope_studies_are_not_pooled(claims):
    remission = {"remission": (5, 10)}
    studies = [
        study("1", design="meta_analysis", therapies=["hsct_autologous"], outcomes=remission),
        study("2", design="case_series", therapies=["hsct_autologous"], outcomes=remission, is_human=False),
        study("3", design="case_series", therapies=["hsct_autologous"], outcomes=remission, retracted=True),
        study("4", design="case_series", therapies=["msc"], outcomes=remission),
        study("5", design="case_series", therapies=["hsct_autologous"], outcomes=remission, relevant=False),
        study("6", design="case_report", therapies=["hsct_autologous"], outcomes={"remission": (1, 1)}),
    ]
    assert pooling_inputs(studies, claims["hsct.remission_rate"]) == []


def test_the_first_listed_measure_a_study_reports_is_the_one_pooled(claims):
    claim = claims["hsct.mortality"]
    both = study("8", design="cohort", therapies=["hsct_allogeneic"],
                 outcomes={"mortality": (4, 40), "treatment_related_mortality": (2, 40)})
    (found, measure), = pooling_inputs([both], claim)
    assert measure == claim.measures[0]
    assert (found.k, found.n) == ((2, 40) if measure == "treatment_related_mortality" else (4, 40))


def test_inputs_before_equals_pooling_the_store_as_it_was(claims):
    """Derived from the "after" pool, it must equal pooling the earlier store directly."""
    rng = random.Random(11)
    studies = []
    for number in range(1, 400):
        n = rng.randint(1, 80)
        studies.append(study(
            str(number), design=rng.choice(["case_series", "cohort", "rct", "meta_analysis", "case_report"]),
            therapies=[rng.choice(["hsct_autologous", "hsct_allogeneic", "msc"])],
            outcomes={rng.choice(["remission", "mortality", "treatment_related_mortality"]): (rng.randint(0, n), n)},
            retracted=rng.random() < 0.1, is_human=rng.random() > 0.05))
    new = {s.pmid for s in studies if rng.random() < 0.2}
    revised = {s.pmid for s in studies if s.pmid not in new and rng.random() < 0.2}
    reinstated = [replace(s, retracted=False) for s in studies if s.pmid in revised and s.retracted]
    assert reinstated, "the seed must produce studies retracted in the period"
    earlier = [replace(s, retracted=False) if s.pmid in revised and s.retracted else s
               for s in studies if s.pmid not in new]
    for claim_id in ("hsct.remission_rate", "hsct.mortality"):
        claim = claims[claim_id]
        after = pooling_inputs(studies, claim)
        expected = pooling_inputs(earlier, claim)
        assert inputs_before(after, claim, new=new, reinstated=reinstated) == expected
        assert _pmids(expected) != _pmids(after)
