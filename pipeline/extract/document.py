"""`Document`: an article prepared once for all the field rules (sentences, lower-cased text,
metadata sets), so no rule repeats that work."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.extract.model import Evidence
from pipeline.extract.numbers import normalize_numbers
from pipeline.extract.sentences import Sentence, split_article

# Sections whose sentences describe this study's own methods and results.
METHOD_SECTIONS = frozenset({
    "METHODS", "METHOD", "PATIENTS AND METHODS", "MATERIALS AND METHODS", "DESIGN",
    "PATIENTS", "PARTICIPANTS", "STUDY DESIGN", "DESIGN, SETTING, AND PARTICIPANTS",
    "SETTING", "INTERVENTIONS", "INTERVENTION", "DATA SOURCES", "STUDY SELECTION",
    "METHODOLOGY", "SUBJECTS AND METHODS", "MATERIAL AND METHODS", "CASE PRESENTATION",
    "CASE REPORT", "CASE", "CASE DESCRIPTION", "DATA EXTRACTION", "SEARCH METHODS",
    "SELECTION CRITERIA", "DATA COLLECTION AND ANALYSIS", "ELIGIBILITY CRITERIA",
})
RESULT_SECTIONS = frozenset({
    "RESULTS", "RESULT", "FINDINGS", "MAIN RESULTS", "MAIN OUTCOMES AND MEASURES", "OUTCOMES",
    "MAIN OUTCOME MEASURES", "MEASUREMENTS AND MAIN RESULTS",
})
BACKGROUND_SECTIONS = frozenset({
    "BACKGROUND", "INTRODUCTION", "OBJECTIVE", "OBJECTIVES", "AIM", "AIMS", "PURPOSE",
    "CONTEXT", "RATIONALE", "IMPORTANCE", "BACKGROUND AND OBJECTIVES", "BACKGROUND AND AIMS",
    "AIMS/HYPOTHESIS", "INTRODUCTION AND OBJECTIVES",
})
CONCLUSION_SECTIONS = frozenset({
    "CONCLUSION", "CONCLUSIONS", "INTERPRETATION", "CONCLUSIONS AND RELEVANCE", "DISCUSSION",
    "SIGNIFICANCE", "AUTHORS' CONCLUSIONS", "IMPLICATIONS",
})


@dataclass(slots=True)
class Document:
    """One article as the rules see it."""

    text: str
    lower: str
    sentences: list[Sentence]
    title: Sentence | None
    title_lower: str
    publication_types: frozenset[str]
    mesh_terms: frozenset[str]
    is_retracted: bool
    is_retraction_notice: bool
    starts: list[int]
    aligned: bool  # lower-casing kept every offset (true unless exotic Unicode)
    _norms: dict[int, str] = field(default_factory=dict)
    memo: dict[str, object] = field(default_factory=dict)  # results several rules share

    @classmethod
    def from_article(cls, article) -> Document:
        sentences = split_article(article)
        title = sentences[0] if sentences and sentences[0].section == "TITLE" else None
        text = article.text
        lower = text.lower()
        return cls(
            text=text,
            lower=lower,
            sentences=sentences,
            title=title,
            title_lower=article.title.lower(),
            publication_types=frozenset(p.lower() for p in article.publication_types),
            mesh_terms=frozenset(_mesh_heading(m) for m in article.mesh_terms),
            is_retracted=article.is_retracted,
            is_retraction_notice=article.is_retraction_notice,
            starts=[sentence.start for sentence in sentences],
            aligned=len(lower) == len(text),
        )

    def norm(self, sentence: Sentence) -> str:
        """The sentence lower-cased with numbers in words as digits (for reading values)."""
        cached = self._norms.get(sentence.index)
        if cached is None:
            cached = self._norms[sentence.index] = normalize_numbers(sentence.lower)
        return cached

    def has_type(self, *names: str) -> bool:
        return any(name in self.publication_types for name in names)

    def has_mesh(self, *names: str) -> bool:
        return any(name in self.mesh_terms for name in names)

    def matching(self, pattern) -> Iterator[Sentence]:
        """Sentences (in order, each once) where `pattern` matches.

        A `Cue` runs only when the text holds one of its literal gates, and then only on the
        sentences that hold one; a plain regex scans the whole text once."""
        if hasattr(pattern, "gates"):
            if len(pattern.gates) > 20:
                # Many gates cost more to look for than one regex search per sentence.
                regex = pattern.pattern
                yield from (s for s in self.sentences if regex.search(s.lower))
                return
            text = self.lower
            present = [gate for gate in pattern.gates if gate in text]
            if not present:
                return
            regex = pattern.pattern
            for sentence in self.sentences:
                lower = sentence.lower
                for gate in present:
                    if gate in lower:
                        if regex.search(lower):
                            yield sentence
                        break
            return
        if not self.aligned:
            yield from (s for s in self.sentences if pattern.search(s.lower))
            return
        last = -1
        for match in pattern.finditer(self.lower):
            i = bisect_right(self.starts, match.start()) - 1
            if i < 0 or i == last:
                continue
            sentence = self.sentences[i]
            if match.start() >= sentence.end:
                continue
            if match.end() > sentence.end:
                if pattern.search(sentence.lower):
                    last = i
                    yield sentence
                continue
            last = i
            yield sentence

    def search(self, pattern: re.Pattern, sentences: Iterable[Sentence] | None = None) -> Sentence | None:
        """The first sentence where `pattern` matches its lower-cased text."""
        for sentence in self.sentences if sentences is None else sentences:
            if pattern.search(sentence.lower):
                return sentence
        return None

    def title_or_first(self) -> Sentence | None:
        return self.title or (self.sentences[0] if self.sentences else None)


def _mesh_heading(term: str) -> str:
    """MeSH terms may arrive as "Heading/qualifier" or with a "*" for major topics."""
    return term.split("/")[0].strip().lstrip("*").lower()


def evidence(sentence: Sentence) -> Evidence:
    return Evidence(text=sentence.text, start=sentence.start, end=sentence.end)
