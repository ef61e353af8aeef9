"""Pure extraction: `Article` → `Extraction`. No I/O, no database, no clock."""

from pipeline.extract.model import Evidence, Extraction, Outcome

EXTRACTOR_VERSION = "0.0.0-empty"


def extract(article) -> Extraction:
    """Placeholder until the rules land: an empty extraction stamped with the version."""
    return Extraction(extractor_version=EXTRACTOR_VERSION, retracted=article.is_retracted)


__all__ = ["EXTRACTOR_VERSION", "Evidence", "Extraction", "Outcome", "extract"]
