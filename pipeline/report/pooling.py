"""Which studies a quantitative claim pools, and their k of n.

Pooled per claim: stored, relevant, human, non-retracted primary studies of the claim's
therapy that report one of its measures with a usable n (the first measure listed in the
claims file that the study reports; e.g. treatment-related mortality before all-cause
mortality). Excluded: meta-analyses and systematic reviews (their patients are already in the
primary studies: pooling both would count them twice; they are tested one by one instead),
narrative reviews, case reports (n = 1, selected for being remarkable), preclinical studies.
Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.report.claims import HSCT_THERAPIES, NEW_CLASS_THERAPIES, Claim
from pipeline.report.evidence import StudyEvidence, pmid_order
from pipeline.report.stats import Proportion

POOLED_DESIGNS = ("rct", "non_randomized_trial", "single_arm_trial", "cohort", "case_series")
_THERAPY_SCOPE = {"hsct": HSCT_THERAPIES, "msc": frozenset({"msc"}),
                  "other_cell_therapy": NEW_CLASS_THERAPIES}


def counts(study: StudyEvidence, measure: str) -> tuple[int, int] | None:
    """(k, n) of a study's outcome: as extracted, else rate × n (outcome n, else n_patients)."""
    outcome = study.extraction.outcomes.get(measure)
    if outcome is None:
        return None
    n = outcome.n or study.extraction.n_patients
    if not n or n <= 0:
        return None
    if outcome.k is not None and outcome.n:
        k = outcome.k
    else:
        k = round(outcome.rate * n)
    if not 0 <= k <= n:
        return None
    return k, n


def study_proportion(study: StudyEvidence, measure: str) -> Proportion | None:
    found = counts(study, measure)
    return Proportion(study.pmid, *found) if found else None  # `counts` checked 0 <= k <= n, n > 0


def therapy_scope(claim: Claim) -> frozenset[str] | None:
    """The therapies a claim's class covers; None when any therapy counts."""
    return _THERAPY_SCOPE.get(claim.therapy)


def in_scope(study: StudyEvidence, claim: Claim) -> bool:
    """The study's therapies include the claim's therapy class (any therapy for "any")."""
    scope = therapy_scope(claim)
    return not scope.isdisjoint(study.therapies) if scope is not None else bool(study.therapies)


def pooling_inputs(studies: Iterable[StudyEvidence], claim: Claim) -> list[tuple[Proportion, str]]:
    """(k of n, measure) per study pooled for `claim`, in PMID order."""
    chosen = []
    for study in studies:
        extraction = study.extraction
        # The cheapest and most selective tests first: this runs over every poolable study.
        if (extraction.design not in POOLED_DESIGNS or not extraction.relevant or not in_scope(study, claim)
                or not study.is_human or study.retracted or study.is_retraction_notice):
            continue
        for measure in claim.measures:
            found = study_proportion(study, measure)
            if found is not None:
                chosen.append((found, measure))
                break
    return sorted(chosen, key=lambda item: pmid_order(item[0].pmid))


def inputs_before(after: Iterable[tuple[Proportion, str]], claim: Claim, *, new: set[str],
                  reinstated: Iterable[StudyEvidence] = ()) -> list[tuple[Proportion, str]]:
    """`pooling_inputs` of the store as it stood before a period, from those after it: without
    the period's `new` studies, with the studies it retracted put back (`reinstated`, as they
    were before). Exact, since whether a study is pooled depends on that study alone."""
    kept = [item for item in after if item[0].pmid not in new]
    kept += pooling_inputs((study for study in reinstated if study.pmid not in new), claim)
    return sorted(kept, key=lambda item: pmid_order(item[0].pmid))
