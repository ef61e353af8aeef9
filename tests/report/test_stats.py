"""Wilson intervals and DerSimonian–Laird pooling against independently computed numbers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from statsmodels.stats.proportion import proportion_confint

from pipeline.report.stats import Proportion, logit_effects, overlaps, pool_proportions, wilson_interval


@pytest.mark.parametrize(("k", "n"), [(21, 47), (0, 12), (12, 12), (1, 150), (30, 40)])
def test_wilson_interval_matches_statsmodels(k, n):
    expected = proportion_confint(k, n, alpha=0.05, method="wilson")
    assert wilson_interval(k, n) == pytest.approx(expected, abs=1e-12)


def test_wilson_interval_of_a_textbook_case():
    # 81 of 263 (Newcombe 1998, table I, example c): 0.2553 to 0.3662.
    low, high = wilson_interval(81, 263)
    assert (round(low, 4), round(high, 4)) == (0.2553, 0.3662)


def test_wilson_interval_rejects_impossible_counts():
    with pytest.raises(ValueError):
        wilson_interval(5, 3)


def test_logit_effect_adds_half_only_to_zero_or_all_events():
    effects, variances = logit_effects(np.array([0.0, 10.0, 3.0]), np.array([10.0, 10.0, 10.0]))
    assert list(effects) == pytest.approx([math.log(0.5 / 10.5), math.log(10.5 / 0.5), math.log(3 / 7)])
    assert list(variances) == pytest.approx([1 / 0.5 + 1 / 10.5, 1 / 10.5 + 1 / 0.5, 1 / 3 + 1 / 7])


def _dersimonian_laird(counts):
    """The textbook DL estimate on the logit scale, written out with numpy."""
    y, v = [], []
    for k, n in counts:
        a, b = (k + 0.5, n - k + 0.5) if k in (0, n) else (k, n - k)
        y.append(np.log(a / b))
        v.append(1 / a + 1 / b)
    y, v = np.array(y), np.array(v)
    w = 1 / v
    fixed = (w * y).sum() / w.sum()
    q = (w * (y - fixed) ** 2).sum()
    tau2 = max(0.0, (q - (len(y) - 1)) / (w.sum() - (w ** 2).sum() / w.sum()))
    w_re = 1 / (v + tau2)
    mean = (w_re * y).sum() / w_re.sum()
    se = np.sqrt(1 / w_re.sum())
    expit = lambda x: 1 / (1 + np.exp(-x))  # noqa: E731
    return expit(mean), expit(mean - 1.959963984540054 * se), expit(mean + 1.959963984540054 * se), tau2


def test_pooling_heterogeneous_studies_matches_the_dl_formula():
    counts = [(18, 30), (40, 50), (9, 25), (33, 41)]
    pooled = pool_proportions([Proportion(str(i), k, n) for i, (k, n) in enumerate(counts)])
    rate, low, high, tau2 = _dersimonian_laird(counts)
    assert tau2 > 0
    assert (pooled.rate, pooled.low, pooled.high, pooled.tau2) == pytest.approx((rate, low, high, tau2))
    assert (pooled.studies, pooled.patients) == (4, 146)


def test_pooling_homogeneous_studies_truncates_tau2_at_zero():
    # Q < df here: the raw moment estimate is negative; DL uses tau² = 0 (the fixed-effect result).
    counts = [(6, 10), (12, 20), (19, 30)]
    pooled = pool_proportions([Proportion(str(i), k, n) for i, (k, n) in enumerate(counts)])
    rate, low, high, tau2 = _dersimonian_laird(counts)
    assert tau2 == 0
    assert (pooled.rate, pooled.low, pooled.high, pooled.tau2) == pytest.approx((rate, low, high, 0.0))


def test_pooling_handles_zero_event_studies():
    counts = [(0, 15), (1, 40), (0, 22), (2, 60)]
    pooled = pool_proportions([Proportion(str(i), k, n) for i, (k, n) in enumerate(counts)])
    rate, low, high, _ = _dersimonian_laird(counts)
    assert (pooled.rate, pooled.low, pooled.high) == pytest.approx((rate, low, high))
    assert 0 < pooled.low < pooled.rate < pooled.high < 0.1


def test_one_study_pools_to_its_own_logit_interval():
    pooled = pool_proportions([Proportion("1", 12, 20)])
    se = math.sqrt(1 / 12 + 1 / 8)
    centre = math.log(12 / 8)
    assert pooled.rate == pytest.approx(0.6)
    assert pooled.low == pytest.approx(1 / (1 + math.exp(-(centre - 1.959963984540054 * se))))
    assert pooled.studies == 1


def test_no_studies_pool_to_none():
    assert pool_proportions([]) is None


def test_overlap_counts_touching_bounds():
    assert overlaps(0.5, 0.6, 0.6, 0.7)
    assert not overlaps(0.5, 0.599, 0.6, 0.7)
    assert not overlaps(0.71, 0.8, 0.6, 0.7)
