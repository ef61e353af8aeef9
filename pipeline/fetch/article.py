"""`Article`: one PubMed record as plain, frozen data.

The parser (`pipeline.fetch.pubmed_xml`) builds these from efetch XML; the extractor and the
store consume them. Nothing here does I/O.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, fields
from datetime import date


@dataclass(frozen=True, slots=True)
class AbstractSection:
    """One `AbstractText` element: its Label / NlmCategory (if any) and flattened text."""

    text: str
    label: str | None = None
    category: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A PubMed citation, flattened to what the evidence store keeps.

    `retraction_in` lists PMIDs of notices that retract this article (RefType RetractionIn);
    `retraction_of` lists PMIDs this article (a notice) retracts (RefType RetractionOf).
    `deleted` marks a PMID listed in a `DeleteCitation` element (all other fields empty).
    """

    pmid: str
    title: str = ""
    abstract_sections: tuple[AbstractSection, ...] = ()
    journal: str | None = None
    year: int | None = None
    publication_date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD as far as known
    entrez_date: date | None = None
    revised_date: date | None = None
    doi: str | None = None
    publication_types: tuple[str, ...] = ()
    mesh_terms: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    language: str | None = None
    authors: tuple[str, ...] = ()  # "Last FM" or a collective name
    retraction_in: tuple[str, ...] = ()
    retraction_of: tuple[str, ...] = ()
    version: int = 1
    is_book: bool = False
    deleted: bool = False

    @property
    def abstract(self) -> str:
        """The abstract as one string, section labels kept as "LABEL: text" lines."""
        return "\n".join(
            f"{section.label}: {section.text}" if section.label else section.text
            for section in self.abstract_sections
        )

    @property
    def text(self) -> str:
        """`title + " " + abstract`: the string evidence offsets point into."""
        return f"{self.title} {self.abstract}"

    @property
    def is_retracted(self) -> bool:
        return bool(self.retraction_in) or "Retracted Publication" in self.publication_types

    @property
    def is_retraction_notice(self) -> bool:
        return bool(self.retraction_of) or "Retraction of Publication" in self.publication_types

    def content_hash(self) -> str:
        """Stable hash of everything PubMed can revise; equal hashes mean nothing changed."""
        # Every field, by name; built by hand because dataclasses.asdict (deep copies) made
        # hashing a third of a bulk import's time.
        payload = {name: _plain(getattr(self, name)) for name in _ARTICLE_FIELDS}
        encoded = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def _plain(value):
    """JSON-ready form of an Article field value (tuples → lists, sections → lists, dates → ISO)."""
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, AbstractSection):
        return [value.text, value.label, value.category]
    if isinstance(value, date):
        return value.isoformat()
    return value
