"""The highest cell dose per kilogram the study gave ("1 × 10^6 cells/kg", "2x10(6)/kg",
"3.0×10⁶ cells per kilogram", "1 million cells/kg", "10^6/kg", "1, 2 and 5 × 10^6 cells/kg").

Drug doses ("cyclophosphamide 200 mg/kg") are not cell doses: a cell dose needs a power of
ten or "million". Doses per animal ("1 × 10^6 cells per mouse") are not per kilogram.
"""

from __future__ import annotations

from pipeline.extract.document import BACKGROUND_SECTIONS, Document
from pipeline.extract.numbers import per_kg_doses
from pipeline.extract.sentences import Sentence


def _significant(value: float) -> float:
    """Round away binary noise (3.0 × 10^6 must be exactly 3000000.0)."""
    return float(f"{value:.6g}")


def dose_cells_per_kg(doc: Document) -> tuple[float | None, Sentence | None]:
    best: tuple[float, Sentence] | None = None
    for sentence in doc.sentences:
        if sentence.section in BACKGROUND_SECTIONS:
            continue
        lower = sentence.lower
        if "kg" not in lower and "kilogram" not in lower:
            continue
        if "10" not in lower and "million" not in lower and "e6" not in lower and "e5" not in lower \
                and "e7" not in lower and "e8" not in lower and "e9" not in lower:
            continue  # a cell dose needs a power of ten or "million"
        for value, _start, _end in per_kg_doses(sentence.text):
            if best is None or value > best[0]:
                best = (value, sentence)
    if best is None:
        return None, None
    return _significant(best[0]), best[1]
