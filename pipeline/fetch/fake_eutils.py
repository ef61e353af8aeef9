"""A loopback E-utilities server: ESearch and EFetch over a corpus of PubMed XML records.

It lets tests, `evidence demo` and the benchmarks run the real client against a real HTTP
server on 127.0.0.1, and it misbehaves on request the way NCBI does
(../shared/ncbi-samples/EUTILS-FACTS.md §2-5): 429 with Retry-After, 5xx HTML pages, dropped
or reset connections, answers slower than the client's timeout, truncated or malformed
bodies, HTML and empty 200s, "Search Backend failed" ERRORs, an ErrorList with no results,
and expired WebEnvs.

    with FakeEutils(Corpus(synthetic_corpus(40, start=date(2024, 1, 1)))) as server:
        settings.pubmed.eutils_url == server.url      # http://127.0.0.1:PORT/entrez/eutils/
        server.inject(Fault(HTTP_429, endpoint="efetch", retry_after=0.01))
        ...
        server.requests                                # [LoggedRequest(endpoint, params, method)]

By hand: `python -m pipeline.fetch.fake_eutils --corpus FILE.xml --port 8765` (a
PubmedArticleSet file, e.g. a PubMed "Save as XML" export), or `--synthetic 200`.

What it implements (https://www.ncbi.nlm.nih.gov/books/NBK25499/):
- `esearch.fcgi` (GET and POST): `db=pubmed`; `term` is read by a deliberately simple parser:
  any query text is accepted and matches every record, and range clauses restrict it, all
  ANDed: `"2024/01/01"[edat] : "2024/01/31"[edat]`, `2024/01/01:2024/01/31[mdat]`,
  `[pdat]`/`[dp]`, `[crdt]` (taken as the Entrez date), `1000:1999[uid]`; also
  `mindate`/`maxdate` with `datetype`. `retstart`/`retmax` (default 20), `usehistory=y`
  (WebEnv `MCID_…`, QueryKey), `Count` (the true total). Like PubMed since 2022, at most `cap`
  ids can be listed: IdList stops at the cap and a `retstart` at or past it answers HTTP 200
  with `ERROR Search Backend failed: … out of acceptable range`. Ids come newest (highest
  PMID) first.
- `efetch.fcgi` (GET and POST): `id=` list, or `WebEnv` + `query_key` + `retstart`/`retmax`
  (default 20; the stored set is capped like the search). Answers a `PubmedArticleSet` with the
  2025 DOCTYPE, records in the order asked; unknown PMIDs are left out (an empty set is a valid
  answer, as NCBI's). An unknown or expired WebEnv answers HTTP 200 with an `eFetchResult`
  ERROR "Unable to obtain query #N" (the exact NCBI wording for efetch is UNVERIFIED).
- Every answer carries `X-RateLimit-Limit` (3, or 10 with `api_key`) and
  `X-RateLimit-Remaining` over the last second; `enforce_rate_limit=True` answers 429 beyond it.
"""

from __future__ import annotations

import argparse
import calendar
import itertools
import json
import random
import re
import secrets
import socket
import struct
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

DEFAULT_CAP = 9_999
ESEARCH_HEADER = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n'
    '<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
)
EFETCH_ERROR_HEADER = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n'
    '<!DOCTYPE eEfetchResult PUBLIC "-//NLM//DTD efetch 20131226//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20131226/efetch.dtd">\n'
)
PUBMED_HEADER = (
    '<?xml version="1.0" ?>\n'
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
MATHML_NS = "http://www.w3.org/1998/Math/MathML"
ET.register_namespace("mml", MATHML_NS)

# Fault kinds.
HTTP_429 = "429"
HTTP_400 = "400"
HTTP_500 = "500"
HTTP_502 = "502"
HTTP_503 = "503"
DROP = "drop"              # close the connection without answering
RESET = "reset"            # close it with a TCP reset
SLOW = "slow"              # answer after `delay` seconds (set it above the client's timeout)
TRUNCATE = "truncate"      # announce the full Content-Length, send half, close (IncompleteRead)
MALFORMED = "malformed"    # a complete HTTP answer whose XML body is cut off
HTML = "html"              # HTTP 200 with an HTML maintenance page
EMPTY = "empty"            # HTTP 200 with an empty body
BACKEND = "backend"        # HTTP 200 with ERROR "Search Backend failed: …"
ERRORLIST = "errorlist"    # esearch: HTTP 200, Count 0 and an ErrorList
EXPIRE = "expire"          # forget every WebEnv, then answer normally
FAULT_KINDS = (HTTP_429, HTTP_400, HTTP_500, HTTP_502, HTTP_503, DROP, RESET, SLOW, TRUNCATE,
               MALFORMED, HTML, EMPTY, BACKEND, ERRORLIST, EXPIRE)
# Faults a client is expected to survive by retrying (400 is a permanent error).
TRANSIENT_FAULTS = tuple(kind for kind in FAULT_KINDS if kind != HTTP_400)
_SEARCH_ONLY = {ERRORLIST}
_FETCH_ONLY = {EXPIRE}


# ---------------------------------------------------------------------------------- corpus


@dataclass(frozen=True, slots=True)
class CorpusRecord:
    """One PubMed record as served: its dates for searching and its XML for fetching."""

    pmid: str
    entrez_date: date
    modified_date: date
    publication_date: date
    xml: str  # one <PubmedArticle> or <PubmedBookArticle> element


class Corpus:
    """The records the server knows, by PMID; safe to change while the server runs."""

    def __init__(self, records: Iterable[CorpusRecord] = ()) -> None:
        self._lock = threading.Lock()
        self._records: dict[str, CorpusRecord] = {}
        for record in records:
            self._records[record.pmid] = record

    @classmethod
    def from_pubmed_xml(cls, data: bytes) -> Corpus:
        """A corpus from a PubmedArticleSet document (efetch reply or PubMed XML export)."""
        root = ET.fromstring(data)
        return cls(record_from_element(element) for element in root
                   if element.tag in ("PubmedArticle", "PubmedBookArticle"))

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __contains__(self, pmid: object) -> bool:
        with self._lock:
            return pmid in self._records

    def __iter__(self) -> Iterator[CorpusRecord]:
        with self._lock:
            return iter(list(self._records.values()))

    def pmids(self) -> set[str]:
        with self._lock:
            return set(self._records)

    def get(self, pmid: str) -> CorpusRecord | None:
        with self._lock:
            return self._records.get(pmid)

    def add(self, *records: CorpusRecord) -> None:
        """Add records, or replace those with the same PMID."""
        with self._lock:
            for record in records:
                self._records[record.pmid] = record

    def remove(self, pmid: str) -> None:
        with self._lock:
            self._records.pop(pmid, None)

    def search(self, criteria: SearchCriteria) -> list[str]:
        """PMIDs matching every range in `criteria`, highest PMID first."""
        with self._lock:
            records = list(self._records.values())
        found = [record.pmid for record in records if criteria.matches(record)]
        return sorted(found, key=int, reverse=True)

    def revise(self, pmid: str, *, on: date, title: str | None = None,
               abstract: str | None = None) -> CorpusRecord:
        """PubMed revises `pmid` on `on`: new DateRevised (modification date), optionally a
        new title or abstract."""
        record = self._require(pmid)
        root = ET.fromstring(record.xml)
        citation = _citation(root)
        _set_date(citation, "DateRevised", on, after=("PMID", "DateCompleted"))
        if title is not None:
            node = citation.find("Article/ArticleTitle")
            if node is None:
                node = ET.SubElement(_require_child(citation, "Article"), "ArticleTitle")
            node.text = title
            for child in list(node):
                node.remove(child)
        if abstract is not None:
            article = _require_child(citation, "Article")
            old = article.find("Abstract")
            if old is not None:
                article.remove(old)
            new = ET.fromstring(_abstract_xml(abstract))
            index = _child_index(article, ("Journal", "ArticleTitle", "Pagination", "ELocationID"))
            article.insert(index, new)
        revised = replace(record, modified_date=on, xml=_serialize(root))
        self.add(revised)
        return revised

    def retract(self, pmid: str, *, notice_pmid: str, on: date,
                notice_title: str | None = None) -> CorpusRecord:
        """Retract `pmid` on `on`: the record gains "Retracted Publication" and a RetractionIn
        link (and a new modification date), and a retraction notice `notice_pmid` appears
        with Entrez date `on`. Returns the notice."""
        record = self._require(pmid)
        root = ET.fromstring(record.xml)
        citation = _citation(root)
        _set_date(citation, "DateRevised", on, after=("PMID", "DateCompleted"))
        types = citation.find("Article/PublicationTypeList")
        if types is None:
            types = ET.SubElement(_require_child(citation, "Article"), "PublicationTypeList")
        if not any(node.text == "Retracted Publication" for node in types):
            node = ET.SubElement(types, "PublicationType", {"UI": "D016441"})
            node.text = "Retracted Publication"
        _add_comment(citation, "RetractionIn", notice_pmid, f"Lupus Res Rep. {on.year}. PMID: {notice_pmid}")
        self.add(replace(record, modified_date=on, xml=_serialize(root)))
        title_node = citation.find("Article/ArticleTitle")
        original_title = "".join(title_node.itertext()) if title_node is not None else f"PMID {pmid}"
        notice = make_record(
            notice_pmid,
            entrez_date=on,
            title=notice_title or f"Retraction: {original_title}",
            abstract=None,
            publication_types=("Retraction of Publication",),
            retraction_of=(pmid,),
        )
        self.add(notice)
        return notice

    def _require(self, pmid: str) -> CorpusRecord:
        record = self.get(pmid)
        if record is None:
            raise KeyError(f"PMID {pmid} is not in the corpus")
        return record


def _citation(root: ET.Element) -> ET.Element:
    citation = root.find("MedlineCitation")
    if citation is None:
        citation = root.find("BookDocument")
    if citation is None:
        raise ValueError(f"record <{root.tag}> has neither MedlineCitation nor BookDocument")
    return citation


def _require_child(parent: ET.Element, tag: str) -> ET.Element:
    node = parent.find(tag)
    if node is None:
        node = ET.SubElement(parent, tag)
    return node


def _child_index(parent: ET.Element, before_tags: Sequence[str]) -> int:
    """Index just after the last child whose tag is in `before_tags`."""
    index = 0
    for position, child in enumerate(parent):
        if child.tag in before_tags:
            index = position + 1
    return index


def _set_date(parent: ET.Element, tag: str, value: date, *, after: Sequence[str]) -> None:
    node = parent.find(tag)
    if node is None:
        node = ET.Element(tag)
        parent.insert(_child_index(parent, after), node)
    for child in list(node):
        node.remove(child)
    for part, text in (("Year", f"{value.year:04d}"), ("Month", f"{value.month:02d}"),
                       ("Day", f"{value.day:02d}")):
        ET.SubElement(node, part).text = text


def _add_comment(citation: ET.Element, ref_type: str, pmid: str, source: str) -> None:
    comments = citation.find("CommentsCorrectionsList")
    if comments is None:
        comments = ET.Element("CommentsCorrectionsList")
        index = _child_index(citation, ("PMID", "DateCompleted", "DateRevised", "Article",
                                        "MedlineJournalInfo", "ChemicalList", "SupplMeshList",
                                        "CitationSubset"))
        citation.insert(index, comments)
    entry = ET.SubElement(comments, "CommentsCorrections", {"RefType": ref_type})
    ET.SubElement(entry, "RefSource").text = source
    ET.SubElement(entry, "PMID", {"Version": "1"}).text = pmid


def _serialize(root: ET.Element) -> str:
    return ET.tostring(root, encoding="unicode")


_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_SEASONS = {"winter": 1, "spring": 3, "summer": 6, "fall": 9, "autumn": 9}


def _element_date(node: ET.Element | None) -> date | None:
    if node is None:
        return None
    year_text = node.findtext("Year")
    if not year_text or not year_text.strip().isdigit():
        medline = node.findtext("MedlineDate") or ""
        match = re.match(r"\s*(\d{4})", medline)
        return date(int(match.group(1)), 1, 1) if match else None
    year = int(year_text)
    month_text = (node.findtext("Month") or "").strip().lower()
    if month_text.isdigit():
        month = int(month_text)
    else:
        month = _MONTHS.get(month_text[:3]) or _SEASONS.get((node.findtext("Season") or "").strip().lower(), 1)
    day_text = (node.findtext("Day") or "").strip()
    day = int(day_text) if day_text.isdigit() else 1
    try:
        return date(year, min(max(month, 1), 12), day)
    except ValueError:
        return date(year, min(max(month, 1), 12), 1)


def record_from_element(element: ET.Element) -> CorpusRecord:
    """A corpus record from a `<PubmedArticle>`/`<PubmedBookArticle>` element: Entrez date
    from the History (`entrez`, else `pubmed`), modification date from DateRevised."""
    citation = _citation(element)
    pmid = (citation.findtext("PMID") or "").strip()
    if not pmid:
        raise ValueError(f"<{element.tag}> without PMID")
    history = element.find("PubmedData/History")
    if history is None:
        history = element.find("PubmedBookData/History")
    entrez = None
    if history is not None:
        for status in ("entrez", "pubmed"):
            entrez = _element_date(history.find(f"PubMedPubDate[@PubStatus='{status}']"))
            if entrez:
                break
    revised = _element_date(citation.find("DateRevised"))
    published = (_element_date(citation.find("Article/Journal/JournalIssue/PubDate"))
                 or _element_date(citation.find("Article/ArticleDate"))
                 or _element_date(citation.find("Book/PubDate")))
    entrez = entrez or published or revised or date(1970, 1, 1)
    return CorpusRecord(
        pmid=pmid,
        entrez_date=entrez,
        modified_date=max(revised or entrez, entrez),
        publication_date=published or entrez,
        xml=_serialize(element),
    )


def _date_xml(tag: str, value: date, attributes: str = "", *, time_of_day: bool = False) -> str:
    extra = "<Hour>9</Hour><Minute>0</Minute>" if time_of_day else ""
    return (f"<{tag}{attributes}><Year>{value.year:04d}</Year><Month>{value.month:02d}</Month>"
            f"<Day>{value.day:02d}</Day>{extra}</{tag}>")


def _abstract_xml(abstract: str | Sequence[tuple[str, str]]) -> str:
    if isinstance(abstract, str):
        return f"<Abstract><AbstractText>{escape(abstract, quote=False)}</AbstractText></Abstract>"
    parts = "".join(
        f'<AbstractText Label="{escape(label)}" NlmCategory="{escape(label)}">'
        f"{escape(text, quote=False)}</AbstractText>"
        for label, text in abstract
    )
    return f"<Abstract>{parts}</Abstract>"


_PUBLICATION_TYPE_UI = {
    "Journal Article": "D016428",
    "Review": "D016454",
    "Clinical Trial, Phase I": "D017426",
    "Clinical Trial, Phase II": "D017427",
    "Randomized Controlled Trial": "D016449",
    "Meta-Analysis": "D017418",
    "Systematic Review": "D000078182",
    "Case Reports": "D002363",
    "Practice Guideline": "D017065",
    "Retracted Publication": "D016441",
    "Retraction of Publication": "D016440",
}


def make_record(pmid: str | int, *, entrez_date: date, title: str,
                abstract: str | Sequence[tuple[str, str]] | None = None,
                revised_date: date | None = None, publication_date: date | None = None,
                journal: str = "Lupus Research Reports",
                publication_types: Sequence[str] = ("Journal Article",),
                authors: Sequence[tuple[str, str]] = (("Moreau", "Claire"), ("Okafor", "Daniel")),
                retraction_in: Sequence[str] = (), retraction_of: Sequence[str] = (),
                mesh_terms: Sequence[str] = ()) -> CorpusRecord:
    """A PubMed record shaped like efetch's (MedlineCitation + PubmedData with an `entrez`
    History date; DateRevised = modification date). `abstract` is plain text or
    (label, text) sections."""
    pmid = str(pmid)
    revised_date = revised_date or entrez_date
    publication_date = publication_date or entrez_date
    abstract_xml = _abstract_xml(abstract) if abstract else ""
    author_xml = "".join(
        f'<Author ValidYN="Y"><LastName>{escape(last)}</LastName><ForeName>{escape(first)}</ForeName>'
        f"<Initials>{escape(first[:1])}</Initials></Author>"
        for last, first in authors
    )
    type_xml = "".join(
        f'<PublicationType UI="{_PUBLICATION_TYPE_UI.get(kind, "D016428")}">{escape(kind)}</PublicationType>'
        for kind in publication_types
    )
    comments = [("RetractionIn", other) for other in retraction_in]
    comments += [("RetractionOf", other) for other in retraction_of]
    comments_xml = ""
    if comments:
        comments_xml = "<CommentsCorrectionsList>" + "".join(
            f'<CommentsCorrections RefType="{ref_type}"><RefSource>{escape(journal)}. PMID: {other}'
            f'</RefSource><PMID Version="1">{other}</PMID></CommentsCorrections>'
            for ref_type, other in comments
        ) + "</CommentsCorrectionsList>"
    mesh_xml = ""
    if mesh_terms:
        mesh_xml = "<MeshHeadingList>" + "".join(
            f'<MeshHeading><DescriptorName UI="D000000" MajorTopicYN="N">{escape(term)}</DescriptorName></MeshHeading>'
            for term in mesh_terms
        ) + "</MeshHeadingList>"
    received = entrez_date - timedelta(days=60)
    electronic = ' DateType="Electronic"'
    status_received, status_entrez, status_pubmed = (f' PubStatus="{status}"' for status in
                                                     ("received", "entrez", "pubmed"))
    xml = (
        '<PubmedArticle><MedlineCitation Status="PubMed-not-MEDLINE" Owner="NLM">'
        f'<PMID Version="1">{pmid}</PMID>'
        f"{_date_xml('DateRevised', revised_date)}"
        '<Article PubModel="Print-Electronic"><Journal><ISSN IssnType="Electronic">2999-0001</ISSN>'
        f'<JournalIssue CitedMedium="Internet"><Volume>{publication_date.year - 2000}</Volume>'
        f"<PubDate><Year>{publication_date.year}</Year>"
        f"<Month>{calendar.month_abbr[publication_date.month]}</Month>"
        f"<Day>{publication_date.day:02d}</Day></PubDate></JournalIssue>"
        f"<Title>{escape(journal)}</Title><ISOAbbreviation>{escape(journal[:20])}</ISOAbbreviation></Journal>"
        f"<ArticleTitle>{escape(title, quote=False)}</ArticleTitle>"
        f'<ELocationID EIdType="doi" ValidYN="Y">10.5555/ewatch.{pmid}</ELocationID>'
        f"{abstract_xml}"
        f'<AuthorList CompleteYN="Y">{author_xml}</AuthorList>'
        f"<Language>eng</Language><PublicationTypeList>{type_xml}</PublicationTypeList>"
        f"{_date_xml('ArticleDate', publication_date, electronic)}"
        "</Article>"
        "<MedlineJournalInfo><Country>Netherlands</Country><MedlineTA>Lupus Res Rep</MedlineTA>"
        "<NlmUniqueID>999999999</NlmUniqueID></MedlineJournalInfo>"
        f"{comments_xml}{mesh_xml}"
        "</MedlineCitation><PubmedData><History>"
        f"{_date_xml('PubMedPubDate', received, status_received)}"
        f"{_date_xml('PubMedPubDate', entrez_date, status_entrez, time_of_day=True)}"
        f"{_date_xml('PubMedPubDate', entrez_date, status_pubmed, time_of_day=True)}"
        "</History><PublicationStatus>aheadofprint</PublicationStatus><ArticleIdList>"
        f'<ArticleId IdType="pubmed">{pmid}</ArticleId>'
        f'<ArticleId IdType="doi">10.5555/ewatch.{pmid}</ArticleId>'
        "</ArticleIdList></PubmedData></PubmedArticle>"
    )
    return CorpusRecord(pmid=pmid, entrez_date=entrez_date, modified_date=max(revised_date, entrez_date),
                        publication_date=publication_date, xml=xml)


# Our own wording: realistic shapes of SLE cell-therapy abstracts, no copied sentences.
Sections = list[tuple[str, str]]


def _hsct_cohort(rng: random.Random) -> tuple[str, Sequence[str], Sections]:
    n = rng.randint(12, 60)
    k = rng.randint(n // 2, n)
    deaths = rng.randint(0, 3)
    title = ("Autologous hematopoietic stem cell transplantation for refractory systemic lupus "
             f"erythematosus: a {rng.randint(5, 15)}-year single-centre cohort")
    return title, ("Journal Article",), [
        ("BACKGROUND", "Patients with systemic lupus erythematosus who fail standard "
                       "immunosuppression have few options."),
        ("METHODS", f"We followed {n} consecutive patients treated with autologous hematopoietic "
                    "stem cell transplantation after cyclophosphamide mobilisation."),
        ("RESULTS", f"Remission was reached by {k} of {n} patients ({100 * k / n:.0f}%). "
                    f"Treatment-related mortality was {deaths} of {n} ({100 * deaths / n:.1f}%)."),
        ("CONCLUSIONS", "Transplantation induced durable remission in most patients with "
                        "refractory disease."),
    ]


def _msc_phase_one(rng: random.Random) -> tuple[str, Sequence[str], Sections]:
    n = rng.randint(9, 30)
    title = ("Umbilical cord mesenchymal stromal cells in lupus nephritis: a phase "
             f"{rng.choice(['I', 'I/II'])} dose-escalation study")
    return title, ("Journal Article", "Clinical Trial, Phase I"), [
        ("OBJECTIVE", "To assess the safety of allogeneic umbilical cord mesenchymal stromal cells "
                      "in active lupus nephritis."),
        ("METHODS", f"{n} patients received up to {rng.choice(['2.0', '3.0', '5.0'])}x10^6 cells/kg "
                    "intravenously."),
        ("RESULTS", "No dose-limiting toxicity was observed. Renal remission occurred in "
                    f"{rng.randint(n // 3, n)} of {n} patients at 12 months."),
    ]


def _car_t_series(rng: random.Random) -> tuple[str, Sequence[str], Sections]:
    n = rng.randint(3, 8)
    title = f"CD19-directed CAR T cells in severe systemic lupus erythematosus: a series of {n} patients"
    return title, ("Journal Article", "Case Reports"), [
        ("BACKGROUND", "Chimeric antigen receptor T cells deplete B cells deeply."),
        ("RESULTS", f"All {n} patients reached drug-free remission; grade 1 cytokine release "
                    "syndrome was the main adverse event."),
    ]


def _narrative_review(rng: random.Random) -> tuple[str, Sequence[str], Sections]:
    title = f"Cell-based therapies for lupus: where do we stand in {rng.randint(2023, 2026)}?"
    return title, ("Journal Article", "Review"), [
        ("", "This narrative review summarises transplantation, mesenchymal stromal cell and CAR T "
             "cell approaches in systemic lupus erythematosus and the questions that remain open."),
    ]


def _mouse_study(rng: random.Random) -> tuple[str, Sequence[str], Sections]:
    return "Bone marrow mesenchymal stem cells attenuate nephritis in MRL/lpr mice", ("Journal Article",), [
        ("", f"Treated mice ({rng.randint(8, 20)} per group) showed lower proteinuria and fewer "
             "glomerular immune deposits than controls."),
    ]


_TEMPLATES = (_hsct_cohort, _msc_phase_one, _car_t_series, _narrative_review, _mouse_study)


def synthetic_corpus(count: int, *, start: date, days: int = 30, first_pmid: int = 40_000_001,
                     seed: int = 0) -> list[CorpusRecord]:
    """`count` made-up SLE cell-therapy records, PMIDs from `first_pmid`, Entrez dates spread
    over `days` days from `start`; the same arguments give the same records."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        entrez = start + timedelta(days=(index * days) // max(count, 1))
        title, types, sections = _TEMPLATES[index % len(_TEMPLATES)](rng)
        abstract_value: str | Sections = sections
        if len(sections) == 1 and not sections[0][0]:
            abstract_value = sections[0][1]
        records.append(make_record(first_pmid + index, entrez_date=entrez, title=title,
                                   abstract=abstract_value, publication_types=types))
    return records


# --------------------------------------------------------------------------- term parsing


_DATE_FIELDS = {
    "edat": "edat", "date - entry": "edat", "entrez date": "edat", "crdt": "edat",
    "date - create": "edat",
    "mdat": "mdat", "date - modification": "mdat", "modification date": "mdat", "lr": "mdat",
    "pdat": "pdat", "dp": "pdat", "date - publication": "pdat", "publication date": "pdat",
}
_UID_FIELDS = {"uid", "pmid", "uids"}
_RANGE = re.compile(
    r'"?(?P<start>\d+(?:/\d{1,2}){0,2})"?\s*(?:\[(?P<field1>[^\]]+)\])?\s*:\s*'
    r'"?(?P<end>\d+(?:/\d{1,2}){0,2})"?\s*\[(?P<field>[^\]]+)\]'
)


def _parse_date(text: str, *, end: bool) -> date:
    parts = [int(part) for part in text.split("/")]
    year = parts[0]
    if len(parts) == 1:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = parts[1]
    if len(parts) == 2:
        return date(year, month, calendar.monthrange(year, month)[1]) if end else date(year, month, 1)
    return date(year, month, parts[2])


@dataclass(frozen=True)
class SearchCriteria:
    """Inclusive ranges a record must fall in (all of them)."""

    dates: tuple[tuple[str, date, date], ...] = ()
    uids: tuple[tuple[int, int], ...] = ()

    def matches(self, record: CorpusRecord) -> bool:
        values = {"edat": record.entrez_date, "mdat": record.modified_date, "pdat": record.publication_date}
        if any(not (low <= values[kind] <= high) for kind, low, high in self.dates):
            return False
        number = int(record.pmid)
        return all(low <= number <= high for low, high in self.uids)


def parse_criteria(params: dict[str, str]) -> SearchCriteria:
    """Range clauses of `term` plus `mindate`/`maxdate`/`datetype`; ValueError if unreadable."""
    dates: list[tuple[str, date, date]] = []
    uids: list[tuple[int, int]] = []
    for match in _RANGE.finditer(params.get("term", "")):
        field_name = match.group("field").strip().lower()
        if field_name in _UID_FIELDS:
            uids.append((int(match.group("start")), int(match.group("end"))))
        elif field_name in _DATE_FIELDS:
            dates.append((_DATE_FIELDS[field_name], _parse_date(match.group("start"), end=False),
                          _parse_date(match.group("end"), end=True)))
    if params.get("mindate") or params.get("maxdate"):
        kind = _DATE_FIELDS.get(params.get("datetype", "pdat").lower(), "pdat")
        low = _parse_date(params["mindate"], end=False) if params.get("mindate") else date(1800, 1, 1)
        high = _parse_date(params["maxdate"], end=True) if params.get("maxdate") else date(9999, 12, 31)
        dates.append((kind, low, high))
    return SearchCriteria(tuple(dates), tuple(uids))


# -------------------------------------------------------------------------------- faults


@dataclass
class Fault:
    """One planned misbehaviour: `kind` on the next `times` requests to `endpoint` (None:
    any) that pass `when`, after letting `skip` of them through. `times=None`: for ever."""

    kind: str
    endpoint: str | None = None
    times: int | None = 1
    skip: int = 0
    retry_after: float | None = None   # HTTP 429/503: Retry-After header (seconds)
    delay: float = 1.0                 # SLOW: seconds before answering
    message: str | None = None         # BACKEND/HTTP_400: the error text
    when: Callable[[dict[str, str]], bool] | None = None

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; expected one of {FAULT_KINDS}")

    def applies(self, endpoint: str, params: dict[str, str]) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        if self.endpoint is not None and self.endpoint != endpoint:
            return False
        if self.kind in _SEARCH_ONLY and endpoint != "esearch":
            return False
        if self.kind in _FETCH_ONLY and endpoint != "efetch":
            return False
        return self.when is None or bool(self.when(params))


@dataclass
class RandomFaults:
    """Each request fails with probability `rate`, with a kind drawn from `kinds`, but never
    more than `max_in_a_row` requests in a row, so a client with that retry budget gets
    through. Seeded: the same seed gives the same sequence of decisions."""

    seed: int
    rate: float = 0.3
    kinds: Sequence[str] = TRANSIENT_FAULTS
    max_in_a_row: int = 2
    retry_after: float | None = 0.0
    delay: float = 1.0
    _rng: random.Random = field(init=False, repr=False)
    _in_a_row: int = field(default=0, init=False, repr=False)
    injected: list[tuple[str, str]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    def draw(self, endpoint: str) -> Fault | None:
        roll = self._rng.random()
        kinds = [kind for kind in self.kinds
                 if not (kind in _SEARCH_ONLY and endpoint != "esearch")
                 and not (kind in _FETCH_ONLY and endpoint != "efetch")]
        choice = self._rng.choice(kinds) if kinds else None
        if choice is None or self._in_a_row >= self.max_in_a_row or roll >= self.rate:
            self._in_a_row = 0
            return None
        self._in_a_row += 1
        self.injected.append((endpoint, choice))
        return Fault(choice, retry_after=self.retry_after, delay=self.delay)


# -------------------------------------------------------------------------------- server


class LoggedRequest(NamedTuple):
    """One request as received: `(endpoint, params, method)`."""

    endpoint: str            # "esearch", "efetch", or the last path segment otherwise
    params: dict[str, str]
    method: str              # "GET" | "POST"


@dataclass
class _Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/xml; charset=UTF-8"
    headers: dict[str, str] = field(default_factory=dict)
    action: str = "send"      # send | drop | reset | truncate
    delay: float = 0.0


class _History:
    def __init__(self) -> None:
        self.sets: dict[int, tuple[str, ...]] = {}


class FakeEutils:
    """The server. Use as a context manager; `url` is the `eutils_url` to configure."""

    def __init__(self, corpus: Corpus | Iterable[CorpusRecord] | None = None, *, cap: int = DEFAULT_CAP,
                 delay: float = 0.0, enforce_rate_limit: bool = False, host: str = "127.0.0.1",
                 port: int = 0) -> None:
        self.corpus = corpus if isinstance(corpus, Corpus) else Corpus(corpus or ())
        self.cap = cap
        self.delay = delay
        self.enforce_rate_limit = enforce_rate_limit
        self.random_faults: RandomFaults | None = None
        self._host = host
        self._port = port
        self._lock = threading.Lock()
        self._plan: list[Fault] = []
        self._skipped: dict[int, int] = {}
        self._histories: dict[str, _History] = {}
        self._log: list[LoggedRequest] = []
        self._recent: deque[float] = deque()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.faults_served: list[tuple[str, str]] = []

    # life cycle -------------------------------------------------------------------------
    def start(self) -> FakeEutils:
        handler = type("_BoundHandler", (_Handler,), {"app": self})
        server = _QuietServer((self._host, self._port), handler)
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-eutils", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeEutils:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the fake E-utilities server is not running")
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/entrez/eutils/"

    # faults and log ---------------------------------------------------------------------
    def inject(self, *faults: Fault) -> None:
        """Queue faults; each request takes the first planned fault that applies to it."""
        with self._lock:
            self._plan.extend(faults)

    def clear_faults(self) -> None:
        with self._lock:
            self._plan.clear()
            self.random_faults = None

    def expire_histories(self) -> None:
        """Forget every WebEnv, as NCBI does after some hours."""
        with self._lock:
            self._histories.clear()

    @property
    def requests(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._log)

    def count(self, endpoint: str | None = None) -> int:
        with self._lock:
            return sum(1 for entry in self._log if endpoint is None or entry.endpoint == endpoint)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()

    def _take_fault(self, endpoint: str, params: dict[str, str]) -> Fault | None:
        with self._lock:
            for fault in self._plan:
                if not fault.applies(endpoint, params):
                    continue
                seen = self._skipped.get(id(fault), 0)
                if seen < fault.skip:
                    self._skipped[id(fault)] = seen + 1
                    continue
                if fault.times is not None:
                    fault.times -= 1
                return fault
            if self.random_faults is not None:
                return self.random_faults.draw(endpoint)
        return None

    # request handling -------------------------------------------------------------------
    def handle(self, method: str, path: str, params: dict[str, str]) -> _Reply:
        endpoint = path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".fcgi")
        limit = 10 if params.get("api_key") else 3
        with self._lock:
            self._log.append(LoggedRequest(endpoint, dict(params), method))
            now = time.monotonic()
            self._recent.append(now)
            while self._recent and self._recent[0] < now - 1.0:
                self._recent.popleft()
            in_last_second = len(self._recent)
        headers = {"X-RateLimit-Limit": str(limit),
                   "X-RateLimit-Remaining": str(max(0, limit - in_last_second))}
        if self.enforce_rate_limit and in_last_second > limit:
            reply = self._rate_limited(params, in_last_second, limit)
        else:
            fault = self._take_fault(endpoint, params)
            if fault is not None:
                with self._lock:
                    self.faults_served.append((endpoint, fault.kind))
            reply = self._faulty(fault, endpoint, params)
        reply.headers = {**headers, **reply.headers}
        reply.delay += self.delay
        return reply

    def _faulty(self, fault: Fault | None, endpoint: str, params: dict[str, str]) -> _Reply:
        if fault is None:
            return self._answer(endpoint, params)
        kind = fault.kind
        if kind == HTTP_429:
            reply = self._rate_limited(params, 4, 3)
            if fault.retry_after is not None:
                reply.headers["Retry-After"] = _seconds(fault.retry_after)
            return reply
        if kind == HTTP_400:
            key = params.get("api_key", "")
            message = fault.message or "API key invalid"
            body = json.dumps({"error": message, "api-key": key, "type": "invalid"})
            return _Reply(400, body.encode(), "application/json")
        if kind in (HTTP_500, HTTP_502, HTTP_503):
            status = int(kind)
            page = (f"<!DOCTYPE html><html><head><title>NCBI/eutils - WWW Error {status} Diagnostic"
                    f"</title></head><body><h1>Error {status}</h1><p>Server Error</p></body></html>")
            reply = _Reply(status, page.encode(), "text/html; charset=UTF-8")
            if fault.retry_after is not None:
                reply.headers["Retry-After"] = _seconds(fault.retry_after)
            return reply
        if kind in (DROP, RESET):
            return _Reply(action=kind)
        if kind == SLOW:
            reply = self._answer(endpoint, params)
            reply.delay = fault.delay
            return reply
        if kind == TRUNCATE:
            reply = self._answer(endpoint, params)
            reply.action = "truncate"
            return reply
        if kind == MALFORMED:
            reply = self._answer(endpoint, params)
            reply.body = reply.body[: max(1, (len(reply.body) * 2) // 3)]
            return reply
        if kind == HTML:
            page = ("<!DOCTYPE html><html><head><title>NCBI maintenance</title></head><body>"
                    "<p>E-utilities are down for maintenance, please try again later.</p></body></html>")
            return _Reply(200, page.encode(), "text/html; charset=UTF-8")
        if kind == EMPTY:
            return _Reply(200, b"")
        if kind == BACKEND:
            message = fault.message or "Search Backend failed: Database is not supported: pubmed"
            if endpoint == "efetch":
                return _efetch_error(message)
            return _esearch_error(message)
        if kind == ERRORLIST:
            body = (f"{ESEARCH_HEADER}<eSearchResult><Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart>"
                    "<IdList/><TranslationSet/><QueryTranslation/><ErrorList>"
                    "<PhraseNotFound>lupus erythematosus, systemic[MeSH Terms]</PhraseNotFound>"
                    "</ErrorList><WarningList><OutputMessage>No items found.</OutputMessage>"
                    "</WarningList></eSearchResult>\n")
            return _Reply(200, body.encode())
        if kind == EXPIRE:
            self.expire_histories()
            return self._answer(endpoint, params)
        raise AssertionError(kind)

    @staticmethod
    def _rate_limited(params: dict[str, str], count: int, limit: int) -> _Reply:
        body = json.dumps({"error": "API rate limit exceeded", "api-key": "127.0.0.1",
                           "count": str(count), "limit": str(limit)})
        return _Reply(429, body.encode(), "application/json")

    def _answer(self, endpoint: str, params: dict[str, str]) -> _Reply:
        if endpoint == "esearch":
            return self._esearch(params)
        if endpoint == "efetch":
            return self._efetch(params)
        return _Reply(404, b"<html><body>404 Not Found</body></html>", "text/html")

    def _esearch(self, params: dict[str, str]) -> _Reply:
        if params.get("db", "pubmed") != "pubmed":
            return _esearch_error(f"Invalid db name specified: {params.get('db')}")
        try:
            criteria = parse_criteria(params)
            retstart = int(params.get("retstart", "0"))
            retmax = int(params.get("retmax", "20"))
        except ValueError as exc:
            return _esearch_error(f"Invalid query: {exc}")
        ids = self.corpus.search(criteria)
        visible = ids[: self.cap]
        if retstart > self.cap - 1 and ids:
            return _esearch_error(
                f"Search Backend failed: Exception:\nPosition {retstart} is out of acceptable range "
                f"[{self.cap},{self.cap - 1}]"
            )
        page = visible[retstart: retstart + max(0, min(retmax, self.cap))]
        history = ""
        if params.get("usehistory", "").lower() == "y":
            with self._lock:
                webenv = params.get("WebEnv") or f"MCID_{secrets.token_hex(12)}"
                store = self._histories.setdefault(webenv, _History())
                query_key = max(store.sets, default=0) + 1
                store.sets[query_key] = tuple(visible)
            history = f"<QueryKey>{query_key}</QueryKey><WebEnv>{webenv}</WebEnv>"
        id_list = "<IdList/>" if not page else "<IdList>\n" + "".join(f"<Id>{pmid}</Id>\n" for pmid in page) + "</IdList>"
        warnings = ""
        if not ids:
            warnings = "<WarningList><OutputMessage>No items found.</OutputMessage></WarningList>"
        elif len(ids) > self.cap:
            warnings = ("<WarningList><OutputMessage>Restrictions achieved. start and count adjusted to "
                        f"0, {self.cap}</OutputMessage></WarningList>")
        body = (f"{ESEARCH_HEADER}<eSearchResult><Count>{len(ids)}</Count><RetMax>{len(page)}</RetMax>"
                f"<RetStart>{retstart}</RetStart>{history}{id_list}<TranslationSet/>"
                f"<QueryTranslation>{escape(params.get('term', ''), quote=False)}</QueryTranslation>"
                f"{warnings}</eSearchResult>\n")
        return _Reply(200, body.encode("utf-8"))

    def _efetch(self, params: dict[str, str]) -> _Reply:
        if params.get("db", "pubmed") != "pubmed":
            return _efetch_error(f"Invalid db name specified: {params.get('db')}")
        if params.get("id"):
            pmids = [part.strip() for part in params["id"].split(",") if part.strip()]
        elif params.get("WebEnv") and params.get("query_key"):
            with self._lock:
                store = self._histories.get(params["WebEnv"])
                try:
                    stored = store.sets[int(params["query_key"])] if store else None
                except (KeyError, ValueError):
                    stored = None
            if stored is None:
                return _efetch_error(f"Unable to obtain query #{params['query_key']}")
            try:
                retstart = int(params.get("retstart", "0"))
                retmax = int(params.get("retmax", "20"))
            except ValueError:
                return _efetch_error("Invalid retstart or retmax")
            pmids = list(stored[retstart: retstart + retmax])
        else:
            return _efetch_error("Neither query_key nor id specified")
        records = [record for record in map(self.corpus.get, pmids) if record is not None]
        body = PUBMED_HEADER + "<PubmedArticleSet>\n" + "".join(r.xml + "\n" for r in records) + "</PubmedArticleSet>"
        return _Reply(200, body.encode("utf-8"))


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _esearch_error(message: str) -> _Reply:
    body = f"{ESEARCH_HEADER}<eSearchResult><ERROR>{escape(message, quote=False)}</ERROR></eSearchResult>\n"
    return _Reply(200, body.encode("utf-8"))


def _efetch_error(message: str) -> _Reply:
    body = f"{EFETCH_ERROR_HEADER}<eFetchResult>\n\t<ERROR>{escape(message, quote=False)}</ERROR>\n</eFetchResult>\n"
    return _Reply(200, body.encode("utf-8"))


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:
        # A client that gave up (timeout, reset) is normal here, not a server error.
        pass


class _Handler(BaseHTTPRequestHandler):
    app: FakeEutils
    protocol_version = "HTTP/1.0"

    def version_string(self) -> str:
        return "Finatra"

    def do_GET(self) -> None:
        self._serve("GET", urlsplit(self.path).query)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        query = urlsplit(self.path).query
        self._serve("POST", "&".join(part for part in (query, body) if part))

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def _serve(self, method: str, query: str) -> None:
        params: dict[str, str] = {}
        for key, value in parse_qsl(query, keep_blank_values=True):
            params[key] = f"{params[key]},{value}" if key in params and key == "id" else value
        reply = self.app.handle(method, urlsplit(self.path).path, params)
        try:
            if reply.delay and self.app._stopping.wait(reply.delay):
                return
            if reply.action == "drop":
                self.close_connection = True
                return
            if reply.action == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                return
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if reply.action == "truncate":
                self.wfile.write(reply.body[: len(reply.body) // 2])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(reply.body)
        except OSError:
            # The client went away (its timeout fired, or it was killed): nothing to answer.
            pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.fetch.fake_eutils",
                                     description="Serve a PubMed corpus through a loopback E-utilities server.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--corpus", type=Path, help="a PubmedArticleSet XML file to serve")
    source.add_argument("--synthetic", type=int, metavar="N", help="serve N made-up records instead")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free one)")
    parser.add_argument("--cap", type=int, default=DEFAULT_CAP, help="most ids ESearch lists (default 9999)")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before each answer")
    parser.add_argument("--start", type=date.fromisoformat, default=None,
                        help="first Entrez date of --synthetic records (default: 30 days ago)")
    args = parser.parse_args(argv)
    if args.corpus is not None:
        corpus = Corpus.from_pubmed_xml(args.corpus.read_bytes())
    else:
        start = args.start or date.today() - timedelta(days=30)
        corpus = Corpus(synthetic_corpus(args.synthetic, start=start))
    with FakeEutils(corpus, cap=args.cap, delay=args.delay, port=args.port) as server:
        print(f"Serving {len(corpus)} records at {server.url} (Ctrl-C to stop)", flush=True)
        try:
            for _ in itertools.count():
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
