"""Population: lupus nephritis, children, and whether the disease was refractory.

Only the study's own sentences count (the title, methods, results, conclusions, or an
unstructured abstract): a background remark that "refractory lupus nephritis carries a poor
prognosis" does not make the study's population refractory or nephritic.
"""

from __future__ import annotations

import re

from pipeline.extract.document import BACKGROUND_SECTIONS, Document
from pipeline.extract.patterns import words
from pipeline.extract.sentences import Sentence

_NEPHRITIS_STRONG = re.compile(words(
    r"lupus nephritis", r"ln", r"renal lupus", r"lupus (?:glomerulo)?nephritis", r"class (?:iii|iv|v)", r"isn/rps",
    r"renal (?:response|remission)"))
_PEDIATRIC = re.compile(words(
    r"child(?:ren|hood)?", r"pa?ediatric", r"juvenile", r"adolescen\w*", r"[cjp]sle", r"girls?", r"boys?", r"infants?",
    r"(?:[1-9]|1[0-7])[- ](?:year|yr)[- ]old",
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]old",
    r"aged (?:between )?(?:[1-9]|1[0-7]) (?:-|–|to|and) (?:[1-9]|1[0-8])(?: years)?", r"younger than 18",
    r"under (?:the age of )?18", r"minors?") + r"|<\s?18 years")
_NOT_PEDIATRIC = re.compile(words(r"no children", r"excluding children", r"adults? only", r"childbearing"))
_REFRACTORY = re.compile(words(
    r"r(?<!non-r)(?<!nonr)(?<!not r)efractor(?:y|iness)", r"treatment[- ]resistant", r"therapy[- ]resistant",
    r"drug[- ]resistant",
    r"resistant to (?:\w+[- ]){0,4}?(?:therapy|therapies|treatment|immunosuppress\w*|cyclophosphamide|conventional|standard|agents|drugs)",
    r"(?:failed|failure of|failing) (?:\w+[- ]){0,5}?(?:therapy|therapies|treatment|treatments|immunosuppress\w*|cyclophosphamide|"
    r"mycophenolate|rituximab|conventional|standard|agents|drugs|lines|regimens|belimumab)",
    r"unresponsive to", r"inadequate(?:ly)? (?:response|responding|responsive) to", r"did not respond to",
    r"non-?responders? to",
    r"(?:despite|in spite of) (?:\w+[- ]){0,5}?(?:therapy|therapies|treatment|immunosuppress\w*|cyclophosphamide|mycophenolate)",
    r"intractable", r"difficult[- ]to[- ]treat", r"multi-?drug[- ]resistant", r"persistently active",
    r"poorly responsive", r"(?:severe|active),? (?:and )?(?:relapsing|resistant)", right=False))
_NOT_REFRACTORY = re.compile(words(
    r"non-?refractory", r"not refractory", r"newly[- ]diagnosed", r"new[- ]onset", r"treatment[- ]na[iï]ve",
    r"therapy[- ]na[iï]ve", r"first[- ]line", r"na[iï]ve to", r"previously untreated",
    r"untreated (?:active )?(?:sle|lupus|patients)", r"early (?:active )?(?:sle|lupus)",
    r"initial (?:induction )?(?:therapy|treatment)", r"front[- ]line", r"in place of (?:standard|conventional)",
    r"instead of (?:standard|conventional|cyclophosphamide)", r"mild(?:[- ]to[- ]moderate)? (?:sle|lupus|disease)",
    r"moderate(?:ly active)? (?:sle|lupus|disease)"))


def _own(doc: Document) -> list[Sentence]:
    return [s for s in doc.sentences if s.section not in BACKGROUND_SECTIONS]


def lupus_nephritis(doc: Document) -> tuple[bool, Sentence | None]:
    """True when the study population has lupus nephritis (title or own sentences)."""
    own = _own(doc)
    for sentence in own:
        if _NEPHRITIS_STRONG.search(sentence.lower):
            return True, sentence
    return False, None


def pediatric(doc: Document) -> tuple[bool, Sentence | None]:
    for sentence in _own(doc):
        lower = sentence.lower
        if _PEDIATRIC.search(lower) and not _NOT_PEDIATRIC.search(lower):
            return True, sentence
    return False, None


def refractory(doc: Document) -> tuple[bool | None, Sentence | None]:
    """True (explicitly refractory), False (explicitly not: new-onset, first-line, naive) or
    None (not stated)."""
    positive = negative = None
    explicit_negative = None
    for sentence in _own(doc):
        lower = sentence.lower
        if positive is None and _REFRACTORY.search(lower):
            positive = sentence
        match = _NOT_REFRACTORY.search(lower) if negative is None else None
        if match:
            negative = sentence
            if match.group(0).startswith(("non", "not")):
                explicit_negative = sentence
    if explicit_negative is not None:
        return False, explicit_negative
    if positive is not None:
        return True, positive
    if negative is not None:
        return False, negative
    return None, None
