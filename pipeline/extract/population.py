"""Population: lupus nephritis, children, and whether the disease was refractory.

Only the study's own sentences count (the title, methods, results, conclusions, or an
unstructured abstract): a background remark that "refractory lupus nephritis carries a poor
prognosis" does not make the study's population refractory or nephritic.
"""

from __future__ import annotations

import re

from pipeline.extract.document import BACKGROUND_SECTIONS, Document
from pipeline.extract.patterns import Cue, words
from pipeline.extract.sentences import Sentence

_NEPHRITIS_STRONG = Cue(words(
    r"lupus nephritis", r"ln", r"renal lupus", r"lupus (?:glomerulo)?nephritis", r"class (?:iii|iv|v)", r"isn/rps",
    r"renal (?:response|remission)", r"(?:renal|kidney) involvement", r"nephritis", r"glomerulonephritis",
    r"nephrotic", r"kidney biopsy", r"renal biopsy", r"renal flares?"), ("nephritis", "ln", "renal", "class", "isn/rps", "kidney", "nephrotic"))
# Nephritis that is absent, excluded, or only a cause of death.
_NEPHRITIS_DENIED = re.compile(words(
    r"(?:without|no|excluding|excluded|absence of|free of|never had) (?:\w+ ){0,3}?(?:lupus )?(?:nephritis|renal|kidney)",
    r"(?:died|death|deaths) (?:\w+ ){0,3}?(?:of|from) (?:\w+ ){0,2}?(?:lupus )?(?:nephritis|renal)",
    r"(?:nephritis|renal involvement|kidney involvement)[^.;]{0,40}?(?:were|was) (?:excluded|not eligible|ineligible)",
    # covered elsewhere ("Lupus nephritis is addressed in a separate guideline")
    r"nephritis[^.;]{0,50}?\b(?:in a separate|separately|elsewhere|in another)",
    # a feature of the disease compared ("runs a more aggressive course, with more frequent nephritis")
    r"(?:more|less) (?:frequent|common|often|severe) (?:\w+ ){0,2}?(?:lupus )?nephritis",
    r"(?:higher|lower) (?:rates?|frequency|incidence|prevalence) of (?:\w+ ){0,2}?(?:lupus )?nephritis",
    right=False))
_TOPIC_ONLY = frozenset({"narrative_review", "other"})

_PEDIATRIC = Cue(words(
    r"child(?:ren|hood)?", r"pa?ediatric", r"juvenile", r"adolescen\w*", r"[cjp]sle", r"girls?", r"boys?", r"infants?",
    r"(?:[1-9]|1[0-7])[- ](?:year|yr)[- ]old",
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]year[- ]old",
    r"aged (?:between )?(?:[1-9]|1[0-7]) (?:-|–|to|and) (?:[1-9]|1[0-8])(?: years)?", r"younger than 18",
    r"under (?:the age of )?18", r"minors?") + r"|<\s?18 years", ("child", "paediatric", "pediatric", "juvenile", "adolescen", "csle", "jsle", "psle", "girl", "boy", "infant", "old", "aged", "younger than", "under", "18 years", "minor"))
_NOT_PEDIATRIC = re.compile(words(r"no children", r"excluding children", r"adults? only", r"childbearing"))
# "despite / failed / not responded to" count only with a number of agents or a named drug:
# "despite standard therapy" or "inadequate response" alone is not explicitly refractory.
_AGENTS = (r"(?:at least (?:one|two|three|four|\d)|two or more|three or more|multiple|several|two|three|four|five|six|"
           r"seven|eight|nine|ten|\d+) "
           r"(?:\w+[- ]){0,3}?(?:agents|drugs|immunosuppress\w*|therapies|treatments|regimens|lines|biologics|dmards)")
_DRUGS = (r"(?:cyclophosphamide|mycophenolate|rituximab|belimumab|azathioprine|tacrolimus|methotrexate|"
          r"calcineurin|anifrolumab|obinutuzumab|hydroxychloroquine|voclosporin|biologics?|sirolimus|cyclosporin\w*|"
          r"ciclosporin|leflunomide|(?:intravenous )?immunoglobulins?|ivig|bortezomib|daratumumab|"
          r"cyc|iv-?cyc|mmf|rtx|aza|mtx|hcq|tac|cni)\b")
_REFRACTORY = Cue(words(
    r"r(?<!non-r)(?<!nonr)(?<!not r)efractor(?:y|iness)", r"treatment[- ]resistant", r"therapy[- ]resistant",
    r"drug[- ]resistant", r"resistant to (?:\w+[- ]){0,4}?" + _DRUGS,
    r"(?:failed|failure of|failing|despite|in spite of|(?:not|never) responded to|unresponsive to|did not respond to)"
    r" (?:[\w-]+,? ){0,6}?(?:" + _AGENTS + "|" + _DRUGS + ")",
    r"intractable", r"difficult[- ]to[- ]treat", r"multi-?drug[- ]resistant", r"relapsed (?:or|and|/) refractory",
    right=False), ("refractor", "resistant", "fail", "despite", "in spite", "responded", "respond to", "unresponsive", "intractable", "difficult", "relapsed"))
_NOT_REFRACTORY = Cue(words(
    r"non-?refractory", r"not refractory", r"newly[- ]diagnosed", r"new[- ]onset", r"treatment[- ]na[iï]ve",
    r"therapy[- ]na[iï]ve", r"first[- ]line", r"na[iï]ve to", r"previously untreated",
    r"untreated (?:active )?(?:sle|lupus|patients)", r"early (?:active )?(?:sle|lupus)",
    r"initial (?:induction )?(?:therapy|treatment)", r"front[- ]line", r"in place of (?:standard|conventional)",
    r"instead of (?:standard|conventional|cyclophosphamide)", r"mild(?:[- ]to[- ]moderate)? (?:sle|lupus|disease)",
    r"moderate(?:ly active)? (?:sle|lupus|disease)"), ("refractory", "newly", "new-onset", "new onset", "naive", "naïve", "first-line", "first line", "untreated", "early", "initial", "front", "in place of", "instead of", "mild", "moderate"))


_OBJECTIVE_SECTIONS = frozenset({"OBJECTIVE", "OBJECTIVES", "AIM", "AIMS", "PURPOSE", "AIMS/HYPOTHESIS"})
_OBJECTIVE_START = re.compile(r"(?:objectives?:\s*|aims?:\s*|purpose:\s*)?(?:to |we aimed|this study|the (?:aim|objective|purpose))")


def _own(doc: Document) -> list[Sentence]:
    return [s for s in doc.sentences if s.section not in BACKGROUND_SECTIONS]


def _in_scope(doc: Document, design: str):
    """A test for the sentences that speak for the population: a review's or editorial's title
    and opening sentence (its scope), a guideline's whole text, a study's own sentences."""
    if design in _TOPIC_ONLY:
        first = next((s.index for s in doc.sentences if s.section != "TITLE" and s.section not in BACKGROUND_SECTIONS),
                     -1)
        return lambda sentence: sentence.section == "TITLE" or sentence.index == first
    if design == "guideline":
        return lambda sentence: True
    return lambda sentence: sentence.section not in BACKGROUND_SECTIONS


def lupus_nephritis(doc: Document, design: str = "") -> tuple[bool, Sentence | None]:
    """True when the population (or a stated subgroup) has lupus nephritis, or (reviews,
    guidelines, other articles) when nephritis is the topic of their title or opening."""
    in_scope = _in_scope(doc, design)
    for sentence in doc.matching(_NEPHRITIS_STRONG):
        if in_scope(sentence) and not _NEPHRITIS_DENIED.search(sentence.lower):
            return True, sentence
    return False, None


# Another disease named "juvenile" ("131 had juvenile idiopathic arthritis") is not a child population.
_OTHER_JUVENILE = re.compile(r"\bjuvenile (?:idiopathic |rheumatoid |chronic )?(?:arthritis|dermatomyositis|"
                             r"scleroderma|spondyl\w+|myositis)|\bjia\b")


def pediatric(doc: Document) -> tuple[bool, Sentence | None]:
    for sentence in doc.matching(_PEDIATRIC):
        if sentence.section in BACKGROUND_SECTIONS or _NOT_PEDIATRIC.search(sentence.lower):
            continue
        lower = sentence.lower
        if "juvenile" in lower and _OTHER_JUVENILE.search(lower):
            lower = _OTHER_JUVENILE.sub(" ", lower)
            if not _PEDIATRIC.search(lower):
                continue
        return True, sentence
    return False, None


# "died ... of refractory disease activity": a cause of death, not the population.
_DEATH_CAUSE = re.compile(r"\b(?:died|deaths?|fatal)\b[^.;]{0,80}\b(?:of|from|to)\s+$")


def _death_cause_only(lower: str) -> bool:
    """Does every refractory phrase of the sentence name a cause of death?"""
    if "died" not in lower and "death" not in lower and "fatal" not in lower:
        return False
    return all(_DEATH_CAUSE.search(lower, max(0, m.start() - 90), m.start())
               for m in _REFRACTORY.pattern.finditer(lower))


def refractory(doc: Document, design: str = "") -> tuple[bool | None, Sentence | None]:
    """True (explicitly refractory), False (explicitly not: new-onset, first-line, naive) or
    None (not stated). Guidelines: None; reviews and other articles: their scope."""
    if design == "guideline":
        return None, None
    in_scope = _in_scope(doc, design)
    positive = next((s for s in doc.matching(_REFRACTORY) if in_scope(s) and not _death_cause_only(s.lower)), None)
    if positive is None and design not in _TOPIC_ONLY:
        # A study's objective states its population ("To report ... AHSCT for refractory SLE").
        positive = next((s for s in doc.sentences if s.section in _OBJECTIVE_SECTIONS
                         and _OBJECTIVE_START.match(s.lower) and _REFRACTORY.search(s.lower)
                         and not _death_cause_only(s.lower)), None)
    negative = explicit_negative = None
    for sentence in doc.matching(_NOT_REFRACTORY):
        if not in_scope(sentence):
            continue
        negative = negative or sentence
        match = _NOT_REFRACTORY.search(sentence.lower)
        if match and match.group(0).startswith(("non", "not")):
            explicit_negative = sentence
            break
    if explicit_negative is not None:
        return False, explicit_negative
    if positive is not None:
        return True, positive
    if negative is not None:
        return False, negative
    return None, None
