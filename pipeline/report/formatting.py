"""Numbers as the committee reads them: percentages, intervals, doses. Pure."""

from __future__ import annotations

import math

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _number(rate: float) -> str:
    percent = rate * 100
    if percent == 0 or percent >= 9.95:
        return f"{percent:.0f}"
    text = f"{percent:.1f}" if percent >= 0.995 else f"{percent:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def pct(rate: float) -> str:
    """0.45 → "45%", 0.032 → "3.2%", 0.05 → "5%", 0.0095 → "0.95%"."""
    return f"{_number(rate)}%"


def pct_range(low: float, high: float) -> str:
    """(0.32, 0.59) → "32–59%"."""
    return f"{_number(low)}–{_number(high)}%"


def dose(cells_per_kg: float, unit: str = "cells/kg") -> str:
    """3.0e6 → "3.0×10⁶ cells/kg"."""
    if cells_per_kg <= 0:
        return f"{cells_per_kg:g} {unit}"
    exponent = math.floor(math.log10(cells_per_kg))
    return f"{cells_per_kg / 10 ** exponent:.1f}×10{str(exponent).translate(_SUPERSCRIPT)} {unit}"


def baseline_text(claim) -> str:
    """A claim's baseline as text: "60–70%", "3.0×10^6 cells/kg", "2023", or the statement."""
    if claim.has_range:
        return pct_range(claim.low, claim.high)
    if claim.value is not None:
        if claim.unit == "cells/kg":
            return dose(claim.value)
        return f"{claim.value:g}"
    return claim.statement.rstrip(".")


def pubmed_url(pmid: str) -> str:
    return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
