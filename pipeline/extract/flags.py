"""Retraction and new-guideline flags."""

from __future__ import annotations

import re

from pipeline.extract.document import Document
from pipeline.extract.relevance import lupus_sentences
from pipeline.extract.sentences import Sentence

_RETRACTION_TITLE = re.compile(
    r"^\s*(?:\[?retracted\]?\s*[:.\]-]|retraction(?: note| notice)?\s*(?::|to|of)|notice of retraction|withdrawn\s*:)",
    re.IGNORECASE,
)
_MANAGEMENT = re.compile(
    r"management|treatment|therapy|therapies|recommendations?|guidelines?|consensus|diagnosis and|care\b"
)


def retracted(doc: Document) -> tuple[bool, Sentence | None]:
    """A retracted publication or a retraction notice (metadata or a "RETRACTED:" title)."""
    title = doc.title_or_first()
    if doc.is_retracted or doc.is_retraction_notice:
        return True, title
    if doc.title is not None and _RETRACTION_TITLE.search(doc.title.text):
        return True, doc.title
    return False, None


def new_guideline(doc: Document, design: str) -> tuple[bool, Sentence | None]:
    """A guideline or recommendations on the management of SLE or lupus nephritis."""
    if design != "guideline":
        return False, None
    lupus = lupus_sentences(doc)
    if not lupus:
        return False, None
    title = doc.title
    if title is not None and title in lupus and _MANAGEMENT.search(title.lower):
        return True, title
    if len(lupus) >= 2 or (title is not None and "autoimmun" in title.lower):
        for sentence in lupus:
            if _MANAGEMENT.search(sentence.lower):
                return True, sentence
    return False, None
