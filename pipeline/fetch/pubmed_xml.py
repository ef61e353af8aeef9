"""PubMed XML (`PubmedArticleSet`) → `Article`, streaming and pure.

The input is what efetch (`db=pubmed&retmode=xml`) returns, or what PubMed's website gives
with "Save → Format: PubMed XML", optionally gzipped (the FTP baseline/update files).
Records are read with `lxml.etree.iterparse` and freed as soon as they are turned into an
`Article`, so memory stays flat whatever the file size.

Shapes handled (see ../shared/ncbi-samples/EUTILS-FACTS.md §8-10 and the PubMed DTD,
https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd):
- `PubmedArticle` and `PubmedBookArticle` (book chapters: `is_book=True`);
- `DeleteCitation`: one `Article(pmid=..., deleted=True)` per PMID;
- structured abstracts (`Label` / `NlmCategory` kept per section);
- inline markup (`<i>`, `<b>`, `<sup>`, `<sub>`, `<u>`, MathML) flattened to text;
- `PubDate` as Year/Month/Day, Year/Season or free-text `MedlineDate`;
- retraction links: `CommentsCorrections` RefType RetractionIn / RetractionOf.

No DTD is loaded and nothing touches the network. Faults (not XML, cut-off file, wrong root
element, a record without PMID) raise `ParseError` naming source and line, after every
complete record before the fault has been yielded.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from datetime import date
from os import PathLike
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from pipeline.errors import ParseError
from pipeline.fetch.article import AbstractSection, Article

ROOT_TAG = "PubmedArticleSet"
RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
MATHML_NS = "{http://www.w3.org/1998/Math/MathML}"
GZIP_MAGIC = b"\x1f\x8b"

EXPECTED = "expected a PubmedArticleSet as efetch or PubMed's 'Save → XML' gives"
REDOWNLOAD = "re-download the file (or re-run the fetch)"
_NOT_XML = ("Start tag expected", "Document is empty", "no element found")

MONTHS = {
    name: number for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)
}
_YEAR = re.compile(r"\b(1[5-9]\d\d|2\d\d\d)\b")
_MEDLINE_YEAR_MONTH = re.compile(r"^\s*(\d{4})\s+([A-Za-z]{3})")

Source = str | PathLike | bytes | bytearray | BinaryIO


# --------------------------------------------------------------------------- public API

def iter_articles(source: Source, *, source_name: str | None = None) -> Iterator[Article]:
    """Yield one `Article` per record of a PubMed XML document, in file order.

    `source` is a path (`.xml` or gzipped; gzip is recognised by its magic bytes, not the
    name), the document as bytes, or a binary file object. `source_name` names the source in
    error messages (default: the path, the file object's name, or "<bytes>").
    """
    stream, name, to_close = _open(source, source_name)
    try:
        yield from _iter_stream(stream, name)
    finally:
        for stream_to_close in to_close:
            stream_to_close.close()


def parse_articles(data: bytes, *, source_name: str = "<efetch reply>") -> list[Article]:
    """All articles of one in-memory document (e.g. one efetch batch)."""
    return list(iter_articles(data, source_name=source_name))


# --------------------------------------------------------------------------- opening

class _PrefixedStream:
    """A read-only stream that first returns `prefix`, then the rest of `stream`."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = prefix
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if self._prefix:
            if size is None or size < 0:
                data, self._prefix = self._prefix + self._stream.read(), b""
                return data
            data, self._prefix = self._prefix[:size], self._prefix[size:]
            if len(data) < size:
                data += self._stream.read(size - len(data))
            return data
        return self._stream.read(size)

    def close(self) -> None:
        self._stream.close()


def _open(source: Source, source_name: str | None) -> tuple[BinaryIO, str, list]:
    """A binary stream of the (decompressed) document, its display name, streams to close."""
    to_close: list = []
    if isinstance(source, (bytes, bytearray)):
        raw: BinaryIO = io.BytesIO(source)
        name = source_name or "<bytes>"
    elif isinstance(source, (str, PathLike)):
        path = Path(source)
        name = source_name or str(path)
        try:
            raw = open(path, "rb")  # noqa: SIM115 - closed by iter_articles
        except FileNotFoundError:
            raise ParseError("no such file; check the path", source=name) from None
        except OSError as exc:
            raise ParseError(f"cannot open ({exc.strerror or exc})", source=name) from None
        to_close.append(raw)
    else:
        raw = source
        name = source_name or str(getattr(source, "name", "<stream>"))

    head, raw = _peek(raw, len(GZIP_MAGIC))
    if head == GZIP_MAGIC:
        unzipped = gzip.GzipFile(fileobj=raw, mode="rb")  # closing it leaves `raw` open
        return unzipped, name, [unzipped, *to_close]
    return raw, name, to_close


def _peek(stream: BinaryIO, size: int) -> tuple[bytes, BinaryIO]:
    """The first `size` bytes of `stream` without consuming them (wrapping it if needed)."""
    peek = getattr(stream, "peek", None)
    if peek is not None:
        return peek(size)[:size], stream
    if getattr(stream, "seekable", lambda: False)():
        position = stream.tell()
        head = stream.read(size)
        stream.seek(position)
        return head, stream
    head = stream.read(size)
    return head, _PrefixedStream(head, stream)  # type: ignore[return-value]


# --------------------------------------------------------------------------- streaming

def _iter_stream(stream: BinaryIO, name: str) -> Iterator[Article]:
    context = etree.iterparse(
        stream, events=("end",), tag=RECORD_TAGS,
        load_dtd=False, no_network=True, resolve_entities=False, dtd_validation=False,
        remove_comments=True, remove_pis=True,
    )
    last_pmid: str | None = None
    records = 0
    try:
        for _event, element in context:
            if records == 0:
                root = element.getroottree().getroot()
                if root.tag != ROOT_TAG:
                    raise _wrong_root(root, name)
            records += 1
            tag = element.tag
            if tag == "PubmedArticle":
                articles = (_pubmed_article(element, name, last_pmid),)
            elif tag == "PubmedBookArticle":
                articles = (_book_article(element, name, last_pmid),)
            else:
                articles = _delete_citation(element, name, last_pmid)
            # Free the record and everything before it: constant memory on huge files.
            element.clear(keep_tail=False)
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]
            for article in articles:
                last_pmid = article.pmid
                yield article
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, name, last_pmid, records) from None
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        error = ParseError(
            f"the gzip stream is damaged or cut off ({exc}); {_read_so_far(last_pmid)}; "
            f"{REDOWNLOAD}", source=name)
        error.pmid = last_pmid
        raise error from None
    root = context.root
    if root is None or root.tag != ROOT_TAG:
        raise _wrong_root(root, name)


def _read_so_far(last_pmid: str | None) -> str:
    if last_pmid:
        return f"records up to PMID {last_pmid} were read"
    return "no complete record came before it"


def _wrong_root(root, name: str) -> ParseError:
    tag = getattr(root, "tag", None)
    detail = ""
    if tag is not None:
        message = root.findtext(".//ERROR")
        if message:
            detail = f" (it says: {' '.join(message.split())})"
    return ParseError(
        f"root element is <{tag}>{detail}, not <{ROOT_TAG}>; {EXPECTED}",
        source=name, line=getattr(root, "sourceline", None))


def _syntax_error(exc: etree.XMLSyntaxError, name: str, last_pmid: str | None,
                  records: int) -> ParseError:
    reason = (exc.msg or str(exc)).split(", line ")[0]
    line = exc.lineno or None
    if records == 0 and any(marker in reason for marker in _NOT_XML):
        if "Document is empty" in reason or "no element found" in reason:
            reason = "the file is empty"
        return ParseError(f"not an XML file ({reason}); {EXPECTED}", source=name, line=line)
    what = "the file is cut off" if "Premature end of data" in reason else "the XML is malformed"
    error = ParseError(f"{what} ({reason}); {_read_so_far(last_pmid)}; {REDOWNLOAD}",
                       source=name, line=line)
    error.pmid = last_pmid
    return error


# --------------------------------------------------------------------------- text helpers

def _text(element) -> str:
    """The element's text with inline markup flattened and whitespace normalised."""
    if len(element) == 0:
        text = element.text
        return " ".join(text.split()) if text else ""
    parts: list[str] = []
    _collect(element, parts)
    return " ".join("".join(parts).split())


def _plain(element) -> str:
    """Text of an element that never carries markup (names, MeSH headings, codes)."""
    text = element.text
    return text.strip() if text else ""


def _collect(element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str):
            if tag.startswith(MATHML_NS):
                # Pretty-printed MathML puts whitespace between tokens: "V . O 2 max" → "V.O2max".
                parts.append("".join(piece.strip() for piece in child.itertext()))
            else:
                _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def _int(text: str | None) -> int | None:
    if text:
        text = text.strip()
        if text.isdigit():
            return int(text)
    return None


def _month(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip()
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else None
    return MONTHS.get(text[:3].lower())


def _ymd(element) -> tuple[int | None, int | None, int | None]:
    year = month = day = None
    for child in element:
        tag = child.tag
        if tag == "Year":
            year = _int(child.text)
        elif tag == "Month":
            month = _month(child.text)
        elif tag == "Day":
            day = _int(child.text)
    return year, month, day


def _date(element) -> date | None:
    year, month, day = _ymd(element)
    if year is None:
        return None
    try:
        return date(year, month or 1, day or 1)
    except ValueError:
        return None


def _pub_date(element) -> tuple[int | None, str | None]:
    """(year, "YYYY[-MM[-DD]]") from a PubDate: Year/Month/Day, Year/Season or MedlineDate."""
    year, month, day = _ymd(element)
    if year is None:
        medline = element.findtext("MedlineDate")
        if not medline:
            return None, None
        # Free text such as "1998 Dec-1999 Jan" or "2000 Spring": the first year counts.
        match = _YEAR.search(medline)
        if not match:
            return None, None
        year = int(match.group(1))
        start = _MEDLINE_YEAR_MONTH.match(medline)
        month = MONTHS.get(start.group(2).lower()) if start and int(start.group(1)) == year else None
        return year, f"{year:04d}-{month:02d}" if month else f"{year:04d}"
    if month is None:
        return year, f"{year:04d}"
    if day is None:
        return year, f"{year:04d}-{month:02d}"
    return year, f"{year:04d}-{month:02d}-{day:02d}"


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))


# --------------------------------------------------------------------------- record parts

def _pmid(element) -> tuple[str, int]:
    pmid = (element.text or "").strip()
    version = _int(element.get("Version")) or 1
    return pmid, version


def _abstract(element) -> tuple[AbstractSection, ...]:
    sections = []
    for child in element:
        if child.tag == "AbstractText":
            text = _text(child)
            if text:
                sections.append(AbstractSection(
                    text=text, label=child.get("Label") or None,
                    category=child.get("NlmCategory") or None))
    return tuple(sections)


def _authors(element) -> list[str]:
    authors = []
    for author in element:
        if author.tag != "Author" or author.get("ValidYN") == "N":
            continue
        last = initials = fore = collective = None
        for part in author:
            tag = part.tag
            if tag == "LastName":
                last = _plain(part)
            elif tag == "Initials":
                initials = _plain(part)
            elif tag == "ForeName":
                fore = _plain(part)
            elif tag == "CollectiveName":
                collective = _text(part)
        if last:
            given = initials or fore
            authors.append(f"{last} {given}" if given else last)
        elif collective:
            authors.append(collective)
    return authors


def _history_dates(element) -> tuple[date | None, date | None]:
    """(entrez, pubmed) dates from a History element."""
    entrez = pubmed = None
    for pub_date in element:
        status = pub_date.get("PubStatus")
        if status == "entrez":
            entrez = _date(pub_date)
        elif status == "pubmed":
            pubmed = _date(pub_date)
    return entrez, pubmed


def _doi_from_ids(element) -> str | None:
    for article_id in element:
        if article_id.get("IdType") == "doi" and article_id.text and article_id.text.strip():
            return article_id.text.strip()
    return None


def _missing_pmid(element, name: str, last_pmid: str | None) -> ParseError:
    where = f"the record after PMID {last_pmid}" if last_pmid else "the first record"
    return ParseError(
        f"<{element.tag}> without a PMID ({where}); the file is damaged, {REDOWNLOAD}",
        source=name, line=element.sourceline, pmid=last_pmid)


class _Fields:
    """Mutable accumulator for one record; turned into a frozen `Article` at the end."""

    __slots__ = (
        "pmid", "version", "title", "vernacular_title", "sections", "journal", "journal_abbrev",
        "year", "publication_date", "article_year", "entrez_date", "pubmed_date", "revised_date",
        "doi", "elocation_doi", "publication_types", "mesh_terms", "keywords", "language",
        "authors", "retraction_in", "retraction_of",
    )

    def __init__(self) -> None:
        self.pmid = ""
        self.version = 1
        self.title = ""
        self.vernacular_title = ""
        self.sections: tuple[AbstractSection, ...] = ()
        self.journal = None
        self.journal_abbrev = None
        self.year = None
        self.publication_date = None
        self.article_year = None
        self.entrez_date = None
        self.pubmed_date = None
        self.revised_date = None
        self.doi = None
        self.elocation_doi = None
        self.publication_types: list[str] = []
        self.mesh_terms: list[str] = []
        self.keywords: list[str] = []
        self.language = None
        self.authors: list[str] = []
        self.retraction_in: list[str] = []
        self.retraction_of: list[str] = []

    def article(self, *, is_book: bool) -> Article:
        return Article(
            pmid=self.pmid,
            title=self.title or self.vernacular_title,
            abstract_sections=self.sections,
            journal=self.journal or self.journal_abbrev,
            year=self.year if self.year is not None else self.article_year,
            publication_date=self.publication_date,
            entrez_date=self.entrez_date or self.pubmed_date,
            revised_date=self.revised_date,
            doi=self.doi or self.elocation_doi,
            publication_types=_unique(self.publication_types),
            mesh_terms=_unique(self.mesh_terms),
            keywords=_unique(self.keywords),
            language=self.language,
            authors=tuple(self.authors),
            retraction_in=_unique(self.retraction_in),
            retraction_of=_unique(self.retraction_of),
            version=self.version,
            is_book=is_book,
        )

    # Shared between MedlineCitation/Article and BookDocument.
    def elocation(self, element) -> None:
        if (self.elocation_doi is None and element.get("EIdType") == "doi"
                and element.get("ValidYN") != "N" and element.text and element.text.strip()):
            self.elocation_doi = element.text.strip()

    def language_of(self, element) -> None:
        if self.language is None and element.text and element.text.strip():
            self.language = element.text.strip()

    def keyword_list(self, element) -> None:
        for keyword in element:
            if keyword.tag == "Keyword":
                self.keywords.append(_text(keyword))

    def history(self, element) -> None:
        entrez, pubmed = _history_dates(element)
        self.entrez_date = self.entrez_date or entrez
        self.pubmed_date = self.pubmed_date or pubmed


def _pubmed_article(element, name: str, last_pmid: str | None) -> Article:
    fields = _Fields()
    for part in element:
        tag = part.tag
        if tag == "MedlineCitation":
            _medline_citation(part, fields)
        elif tag == "PubmedData":
            _pubmed_data(part, fields)
    if not fields.pmid:
        raise _missing_pmid(element, name, last_pmid)
    return fields.article(is_book=False)


def _pubmed_data(element, fields: _Fields) -> None:
    """PubmedData or PubmedBookData: the history dates and, if not yet known, the DOI."""
    for child in element:
        if child.tag == "History":
            fields.history(child)
        elif child.tag == "ArticleIdList" and fields.doi is None:
            fields.doi = _doi_from_ids(child)


def _medline_citation(element, fields: _Fields) -> None:
    for child in element:
        tag = child.tag
        if tag == "PMID":
            fields.pmid, fields.version = _pmid(child)
        elif tag == "Article":
            _journal_article(child, fields)
        elif tag == "DateRevised":
            fields.revised_date = _date(child)
        elif tag == "MeshHeadingList":
            for heading in child:
                for descriptor in heading:
                    if descriptor.tag == "DescriptorName":
                        fields.mesh_terms.append(_plain(descriptor))
        elif tag == "KeywordList":
            fields.keyword_list(child)
        elif tag == "CommentsCorrectionsList":
            _comments_corrections(child, fields)
        elif tag == "MedlineJournalInfo" and fields.journal_abbrev is None:
            fields.journal_abbrev = child.findtext("MedlineTA")


def _journal_article(element, fields: _Fields) -> None:
    for child in element:
        tag = child.tag
        if tag == "ArticleTitle":
            fields.title = _text(child)
        elif tag == "Abstract":
            fields.sections = _abstract(child)
        elif tag == "Journal":
            for part in child:
                part_tag = part.tag
                if part_tag == "Title":
                    fields.journal = _text(part) or None
                elif part_tag == "ISOAbbreviation":
                    fields.journal_abbrev = _text(part) or None
                elif part_tag == "JournalIssue":
                    pub_date = part.find("PubDate")
                    if pub_date is not None:
                        fields.year, fields.publication_date = _pub_date(pub_date)
        elif tag == "AuthorList":
            fields.authors.extend(_authors(child))
        elif tag == "ELocationID":
            fields.elocation(child)
        elif tag == "Language":
            fields.language_of(child)
        elif tag == "PublicationTypeList":
            fields.publication_types.extend(_plain(pt) for pt in child)
        elif tag == "VernacularTitle":
            fields.vernacular_title = _text(child)
        elif tag == "ArticleDate" and fields.article_year is None:
            fields.article_year = _ymd(child)[0]


def _comments_corrections(element, fields: _Fields) -> None:
    for comment in element:
        ref_type = comment.get("RefType")
        # "Cites" (old-DTD references) and every other link type are not retraction links.
        if ref_type == "RetractionIn":
            target = fields.retraction_in
        elif ref_type == "RetractionOf":
            target = fields.retraction_of
        else:
            continue
        pmid = comment.findtext("PMID")
        if pmid and pmid.strip():
            target.append(pmid.strip())


def _book_article(element, name: str, last_pmid: str | None) -> Article:
    fields = _Fields()
    book_title = ""
    for part in element:
        tag = part.tag
        if tag == "BookDocument":
            book_title = _book_document(part, fields)
        elif tag == "PubmedBookData":
            _pubmed_data(part, fields)
    if not fields.pmid:
        raise _missing_pmid(element, name, last_pmid)
    if not fields.title:
        fields.title = book_title
    fields.journal = fields.journal or book_title or None
    return fields.article(is_book=True)


def _book_document(element, fields: _Fields) -> str:
    book_title = ""
    for child in element:
        tag = child.tag
        if tag == "PMID":
            fields.pmid, fields.version = _pmid(child)
        elif tag == "ArticleTitle":
            fields.title = _text(child)
        elif tag == "Book":
            for part in child:
                if part.tag == "BookTitle":
                    book_title = _text(part)
                elif part.tag == "PubDate":
                    fields.year, fields.publication_date = _pub_date(part)
        elif tag == "Abstract":
            fields.sections = _abstract(child)
        elif tag == "AuthorList":
            if child.get("Type") in (None, "authors"):
                fields.authors.extend(_authors(child))
        elif tag == "PublicationType":
            fields.publication_types.append(_text(child))
        elif tag == "Language":
            fields.language_of(child)
        elif tag == "KeywordList":
            fields.keyword_list(child)
        elif tag == "DateRevised":
            fields.revised_date = _date(child)
        elif tag == "ArticleIdList" and fields.doi is None:
            fields.doi = _doi_from_ids(child)
        elif tag == "ELocationID":
            fields.elocation(child)
        elif tag == "VernacularTitle":
            fields.vernacular_title = _text(child)
    return book_title


def _delete_citation(element, name: str, last_pmid: str | None) -> tuple[Article, ...]:
    articles = []
    for child in element:
        if child.tag == "PMID":
            pmid, version = _pmid(child)
            if not pmid:
                raise _missing_pmid(element, name, last_pmid)
            articles.append(Article(pmid=pmid, version=version, deleted=True))
    return tuple(articles)
