"""The literal gates of every `Cue` are complete: whenever its regex matches a sentence, one of
its gates occurs in that sentence (else gating would silently drop matches)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract import counts, design, outcomes, population, relevance, therapies
from pipeline.extract.patterns import Cue, alternation, words
from pipeline.extract.sentences import split_article
from pipeline.fetch.pubmed_xml import iter_articles

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset" / "records.xml"
EXTRA = [
    "a pooled analysis of 12 trials", "patients were randomly allocated", "a single-arm, open-label pilot study",
    "historical controls served as comparators", "a 45-year-old woman", "we describe two cases",
    "mesenchymal stromal cells from menstrual blood", "cd19 car-nk cells", "tolerogenic dendritic cells",
    "a markov model estimated qalys", "lupus developed after allogeneic hsct for acute myeloid leukaemia",
    "allogeneic stem cell transplantation for aplastic anaemia", "wharton's jelly mscs", "bm-mscs", "ad-mscs",
]


def cues() -> list[tuple[str, Cue]]:
    found = []
    for module in (counts, design, outcomes, population, relevance, therapies):
        for name, value in vars(module).items():
            if isinstance(value, Cue):
                found.append((f"{module.__name__}.{name}", value))
            elif isinstance(value, tuple):
                found.extend((f"{module.__name__}.{name}[{item[0]}]", item[1]) for item in value
                             if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Cue))
    return found


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    texts = [s.lower for article in iter_articles(DEVSET) for s in split_article(article)]
    return texts + EXTRA


@pytest.mark.parametrize(("name", "cue"), cues(), ids=[name for name, _ in cues()])
def test_gates_cover_every_match(name, cue, sentences):
    for sentence in sentences:
        if cue.pattern.search(sentence):
            assert cue.possible(sentence), (name, sentence)


def test_alternation_groups_by_first_letter():
    assert alternation("mice", "mouse", "rat") == "(?:m(?:ouse|ice)|rat)"
    assert re.fullmatch(words("mice", "rats?"), "rats")
    assert not re.search(words("rat"), "pirate")
