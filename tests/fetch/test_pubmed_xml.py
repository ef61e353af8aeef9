"""PubMed XML → Article: the real NCBI samples in ../shared and our own fixtures."""

from __future__ import annotations

import gzip
import io
from datetime import date
from pathlib import Path

import pytest

from pipeline.errors import ParseError
from pipeline.fetch.article import AbstractSection
from pipeline.fetch.pubmed_xml import iter_articles, parse_articles

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = REPO_ROOT / ".." / "shared" / "ncbi-samples"
DATA = REPO_ROOT / "tests" / "data" / "xml"

needs_samples = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason=f"NCBI samples folder {SAMPLES} is absent (outside this repository)")


def sample(name: str) -> list:
    return list(iter_articles(SAMPLES / name))


def fixture(name: str) -> list:
    return list(iter_articles(DATA / name))


# --------------------------------------------------------------------------- real samples

SAMPLE_PMIDS = {
    "biopython_pubmed1.xml": ["12091962", "9997"],
    "biopython_pubmed2.xml": ["11748933", "11700088"],
    "biopython_pubmed4.xml": ["27797938"],
    "biopython_pubmed5.xml": ["28775130"],
    "biopython_pubmed6.xml": ["30108519"],
    "metapub_bookarticle_20301577.xml": ["20301577"],
    "metapub_erratumin_35649368.xml": ["35649368"],
    "metapub_empty_set_37909814.xml": [],
}


@needs_samples
@pytest.mark.parametrize(("name", "pmids"), sorted(SAMPLE_PMIDS.items()))
def test_every_sample_gives_its_pmids(name, pmids):
    assert [article.pmid for article in sample(name)] == pmids


@needs_samples
def test_pubmed1_record_without_abstract_and_with_season():
    first = sample("biopython_pubmed1.xml")[0]
    assert first.title == "The treatment of AIDS behind the walls of correctional facilities."
    assert first.abstract_sections == ()
    assert first.abstract == ""
    assert (first.year, first.publication_date) == (1990, "1990")
    assert first.keywords == ("Health Care and Public Health", "Legal Approach")
    assert first.authors == ("Olivero JM",)
    assert first.entrez_date == date(1990, 4, 1)
    assert first.revised_date == date(2007, 11, 15)


@needs_samples
def test_pubmed1_doi_comes_from_article_id_list():
    second = sample("biopython_pubmed1.xml")[1]
    assert second.doi == "10.1016/0005-2795(76)90109-4"
    assert second.abstract.startswith("Electron paramagnetic resonance and magnetic susceptibility")


@needs_samples
def test_pubmed2_character_references_and_escaped_less_than():
    first = sample("biopython_pubmed2.xml")[0]
    assert "(P < 0.001)" in first.abstract
    assert first.title.startswith("Is cryopreservation a homogeneous process?")
    assert first.publication_types == ("Journal Article", "Research Support, Non-U.S. Gov't")


@needs_samples
def test_pubmed4_structured_abstract_keeps_labels_and_flattens_italics():
    article = sample("biopython_pubmed4.xml")[0]
    assert article.title == (
        "Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.")
    assert [section.label for section in article.abstract_sections] == [
        "OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]
    assert all(section.category is None for section in article.abstract_sections)
    assert article.abstract_sections[-1].text == (
        "Prediagnostic leucocyte telomere length and genetic variants at the TERT gene region were "
        "associated with risk of pancreatic cancer.")
    assert article.abstract.startswith("OBJECTIVE: Telomere shortening occurs as an early event")
    assert "\nDESIGN: We measured prediagnostic leucocyte telomere length" in article.abstract
    assert "ptrend=0.048" in article.abstract


@needs_samples
def test_pubmed4_ignores_cites_and_comment_links():
    article = sample("biopython_pubmed4.xml")[0]
    assert article.retraction_in == () and article.retraction_of == ()
    assert not article.is_retracted


@needs_samples
def test_pubmed5_keeps_label_and_nlm_category_and_raw_utf8():
    article = sample("biopython_pubmed5.xml")[0]
    assert article.abstract_sections[0].label == "OBJECTIVES"
    assert article.abstract_sections[0].category == "OBJECTIVE"
    assert [s.category for s in article.abstract_sections] == [
        "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert article.doi == "10.1136/oemed-2017-104431"


@needs_samples
def test_pubmed6_mathml_and_sub_sup_flattened_to_text():
    article = sample("biopython_pubmed6.xml")[0]
    assert article.title == ('A "Blood Relationship" Between the Overlooked Minimum Lactate Equivalent '
                             "and Maximal Lactate Steady State in Trained Runners. Back to the Old Days?")
    assert "maximal oxygen uptake ( V.O2max ) 67.6 ± 4.1 ml·kg-1·min-1]" in article.abstract
    assert "(LEmin)" in article.abstract
    assert "≈7%" in article.abstract
    assert "mml" not in article.abstract and "<" not in article.abstract.replace("P < 0.001", "")


@needs_samples
def test_book_article_is_kept_as_book():
    (book,) = sample("metapub_bookarticle_20301577.xml")
    assert book.is_book
    assert book.title == "CACNA1C-Related Disorders"
    assert book.journal == "GeneReviews®"
    assert book.authors == ("Napolitano C", "Priori SG")  # editors are not authors
    assert book.publication_types == ("Review",)
    assert [s.label for s in book.abstract_sections] == [
        "CLINICAL CHARACTERISTICS", "DIAGNOSIS/TESTING", "MANAGEMENT", "GENETIC COUNSELING"]
    assert book.abstract_sections[1].text == (
        "The diagnosis of a CACNA1C-related disorder is established in a proband with suggestive "
        "findings and a heterozygous pathogenic variant in CACNA1C identified by molecular genetic testing.")
    assert book.entrez_date == date(2024, 12, 19)
    assert book.keywords.count("Timothy Syndrome") == 1


@needs_samples
def test_erratum_link_is_not_a_retraction():
    (article,) = sample("metapub_erratumin_35649368.xml")
    assert article.title == ("Fatty acid oxidation protects cancer cells from apoptosis by increasing "
                             "mitochondrial membrane lipids.")
    assert article.retraction_in == ()
    assert article.doi == "10.1016/j.celrep.2022.110870"
    assert article.entrez_date == date(2022, 6, 1)
    assert article.publication_date == "2022-05-31"


@needs_samples
def test_empty_article_set_gives_no_articles():
    assert sample("metapub_empty_set_37909814.xml") == []


# --------------------------------------------------------------------------- own fixtures

def test_structured_abstract_with_markup_in_own_fixture():
    first = fixture("sle_studies.xml")[0]
    assert first.abstract_sections[1] == AbstractSection(
        text="We enrolled 40 patients with biopsy-proven refractory lupus nephritis and infused "
             "1 × 106 cells/kg of umbilical cord MSC.",
        label="METHODS", category="METHODS")
    assert first.authors == ("Müller AK", "Okafor C", "Example Lupus Cell Therapy Group")
    assert first.mesh_terms == ("Lupus Nephritis", "Mesenchymal Stem Cells")
    assert first.doi == "10.5555/jer.2024.0001"


def test_entrez_date_falls_back_to_pubmed_date():
    third = fixture("sle_studies.xml")[2]
    assert third.entrez_date == date(2025, 6, 3)
    assert third.title == "CD19 CAR-T cells in three patients with refractory SLE."


def test_medline_date_gives_first_year_and_month():
    first, second = fixture("medline_date.xml")
    assert (first.year, first.publication_date) == (1998, "1998-12")
    assert (second.year, second.publication_date) == (2001, "2001")


def test_language_and_bracketed_title_kept():
    second = fixture("medline_date.xml")[1]
    assert second.language == "spa"
    assert second.title == "[Stem cell therapy for lupus nephritis: a review]."


def test_delete_citation_yields_deleted_articles():
    articles = fixture("delete_citation.xml")
    assert [(a.pmid, a.deleted) for a in articles] == [
        ("90000201", False), ("90000001", True), ("90000999", True)]
    assert articles[1].title == "" and articles[1].abstract_sections == ()


def test_pmid_version_is_read():
    assert fixture("delete_citation.xml")[0].version == 2


def test_retraction_links_in_both_directions():
    retracted, notice = fixture("retraction.xml")
    assert retracted.retraction_in == ("90000302",)  # the "Cites" link is ignored
    assert retracted.is_retracted and not retracted.is_retraction_notice
    assert notice.retraction_of == ("90000301",)
    assert notice.is_retraction_notice and not notice.is_retracted


def test_gzipped_file_is_detected_by_magic_bytes(tmp_path):
    packed = tmp_path / "studies.xml"  # no .gz suffix on purpose
    packed.write_bytes(gzip.compress((DATA / "sle_studies.xml").read_bytes()))
    assert [a.pmid for a in iter_articles(packed)] == ["90000001", "90000002", "90000003"]


def test_gzipped_file_object_without_peek():
    class Unbuffered:
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def read(self, size: int = -1) -> bytes:
            return self._data.read(size)

    data = gzip.compress((DATA / "sle_studies.xml").read_bytes())
    assert len(list(iter_articles(Unbuffered(data), source_name="upload"))) == 3


def test_parse_articles_reads_bytes():
    articles = parse_articles((DATA / "retraction.xml").read_bytes())
    assert [a.pmid for a in articles] == ["90000301", "90000302"]


def test_equal_records_have_equal_hashes_and_revisions_differ():
    original = fixture("sle_studies.xml")[1]
    again = fixture("sle_studies.xml")[1]
    (revised,) = fixture("sle_study_revised.xml")
    assert original.content_hash() == again.content_hash()
    assert revised.pmid == original.pmid
    assert revised.content_hash() != original.content_hash()


# --------------------------------------------------------------------------- faults

def read_until_error(name: str) -> tuple[list[str], ParseError]:
    pmids: list[str] = []
    with pytest.raises(ParseError) as caught:
        for article in iter_articles(DATA / name):
            pmids.append(article.pmid)
    return pmids, caught.value


def test_truncated_file_yields_complete_records_then_fails_with_line():
    pmids, error = read_until_error("truncated.xml")
    assert pmids == ["90000001", "90000002"]
    assert error.line == 92
    assert error.pmid == "90000002"
    assert "truncated.xml, line 92" in str(error)
    assert "cut off" in str(error) and "re-download" in str(error)


def test_not_xml_file_is_named_as_such():
    pmids, error = read_until_error("not_xml.xml")
    assert pmids == []
    assert "not_xml.xml, line 1: not an XML file" in str(error)
    assert "expected a PubmedArticleSet" in str(error)


def test_empty_input_is_not_xml():
    with pytest.raises(ParseError, match="not an XML file \\(the file is empty\\)"):
        parse_articles(b"", source_name="empty.xml")


def test_wrong_root_element_names_it():
    pmids, error = read_until_error("wrong_root.xml")
    assert pmids == []
    assert error.line == 3
    assert "root element is <eSearchResult>, not <PubmedArticleSet>" in str(error)


def test_wrong_root_quotes_an_eutils_error_message():
    _, error = read_until_error("efetch_error.xml")
    assert "Cannot retrieve history data" in str(error)


def test_record_without_pmid_fails_after_the_good_one():
    pmids, error = read_until_error("missing_pmid.xml")
    assert pmids == ["90000001"]
    assert error.line == 54
    assert error.pmid == "90000001"
    assert "without a PMID" in str(error)


def test_cut_gzip_stream_is_a_parse_error(tmp_path):
    packed = gzip.compress((DATA / "sle_studies.xml").read_bytes())
    cut = tmp_path / "cut.xml.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(ParseError, match="gzip stream is damaged or cut off"):
        list(iter_articles(cut))


def test_missing_file_is_a_parse_error_naming_it(tmp_path):
    with pytest.raises(ParseError, match="nope.xml: no such file"):
        list(iter_articles(tmp_path / "nope.xml"))


def test_dtd_is_never_fetched():
    # A DOCTYPE pointing at an unreachable host parses fine: nothing is loaded or resolved.
    data = (b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet SYSTEM "http://192.0.2.1/pubmed.dtd">\n'
            b"<PubmedArticleSet></PubmedArticleSet>")
    assert parse_articles(data) == []
