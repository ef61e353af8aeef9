"""Proportions and their pooling: Wilson intervals and random-effects meta-analysis.

Single studies are tested with the Wilson score interval (better coverage than the Wald interval
for small n and rates near 0 or 1). Studies are pooled on the logit scale with
DerSimonian–Laird random effects via `statsmodels.stats.meta_analysis.combine_effects`;
studies with zero or all events get the usual 0.5 continuity correction so their logit and
variance are finite. The pooled mean and CI are back-transformed with the inverse logit.
Pure functions; no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from statsmodels.stats.meta_analysis import combine_effects

Z_95 = 1.959963984540054


@dataclass(frozen=True, slots=True)
class Proportion:
    """k of n from one study, with its Wilson 95% CI (computed when asked: pooling a
    100,000-article store reads tens of thousands of these and needs no interval)."""

    pmid: str
    k: int
    n: int

    @property
    def rate(self) -> float:
        return self.k / self.n

    @property
    def low(self) -> float:
        return wilson_interval(self.k, self.n)[0]

    @property
    def high(self) -> float:
        return wilson_interval(self.k, self.n)[1]


@dataclass(frozen=True, slots=True)
class PooledEstimate:
    """A random-effects pooled proportion over `studies` studies and `patients` patients."""

    rate: float
    low: float
    high: float
    studies: int
    patients: int
    pmids: tuple[str, ...]
    tau2: float = 0.0
    i2: float = 0.0

    @property
    def ci(self) -> tuple[float, float]:
        return (self.low, self.high)

    def to_json(self) -> dict:
        return {"rate": round(self.rate, 4), "ci": [round(self.low, 4), round(self.high, 4)],
                "studies": self.studies, "patients": self.patients}


def wilson_interval(k: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval for k events of n (default 95%)."""
    if n <= 0:
        raise ValueError(f"wilson_interval needs n > 0 (got k={k}, n={n})")
    if not 0 <= k <= n:
        raise ValueError(f"wilson_interval needs 0 <= k <= n (got k={k}, n={n})")
    p = k / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return (max(0.0, centre - half), min(1.0, centre + half))


def logit_effects(k: np.ndarray, n: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Logit of k/n and its variance per study, with 0.5 added to both cells when k is 0 or n
    (arrays: a pool can hold thousands of studies)."""
    corrected = (k == 0) | (k == n)
    events = np.where(corrected, k + 0.5, k)
    non_events = np.where(corrected, n - k + 0.5, n - k)
    return np.log(events / non_events), 1 / events + 1 / non_events


def _expit(x: float) -> float:
    return 1 / (1 + math.exp(-x))


def pool_proportions(studies: Sequence[Proportion]) -> PooledEstimate | None:
    """DerSimonian–Laird random-effects pooled proportion (logit scale), or None without studies.

    One study: its own logit-scale interval. statsmodels' "dl" estimator returns the raw
    moment estimate of tau², which is negative when the studies vary less than chance predicts;
    DerSimonian–Laird truncates it at 0, and with tau² = 0 the random-effects model *is* the
    fixed-effect one, so in that case the fixed-effect result of the same fit is used.
    """
    studies = [s for s in studies if s.n > 0]
    if not studies:
        return None
    effects, variances = logit_effects(np.array([s.k for s in studies], dtype=float),
                                       np.array([s.n for s in studies], dtype=float))
    pmids = tuple(s.pmid for s in studies)
    patients = sum(s.n for s in studies)
    if len(studies) == 1:
        mean, se, tau2, i2 = float(effects[0]), math.sqrt(variances[0]), 0.0, 0.0
    else:
        # A negative raw tau² makes some random-effects weights negative; statsmodels then
        # warns on the square root of the (unused) random-effects variance. We discard that
        # branch below, so the warning is silenced at its source.
        with np.errstate(invalid="ignore", divide="ignore"):
            result = combine_effects(effects, variances, method_re="dl")
        tau2 = float(result.tau2)
        if tau2 > 0:
            mean, se = float(result.mean_effect_re), float(result.sd_eff_w_re)
        else:
            mean, se, tau2 = float(result.mean_effect_fe), float(result.sd_eff_w_fe), 0.0
        q, df = float(result.q), len(studies) - 1
        i2 = max(0.0, (q - df) / q) if q > 0 else 0.0
    return PooledEstimate(rate=_expit(mean), low=_expit(mean - Z_95 * se), high=_expit(mean + Z_95 * se),
                          studies=len(studies), patients=patients, pmids=pmids, tau2=tau2, i2=i2)


def overlaps(low: float, high: float, range_low: float, range_high: float) -> bool:
    """True when the interval [low, high] shares at least one point with the range."""
    return low <= range_high and high >= range_low
