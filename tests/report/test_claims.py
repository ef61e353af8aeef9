"""The claims file: validation against the document, baseline versions, claim linking."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from pipeline.errors import ConfigError
from pipeline.extract.model import Extraction, Outcome
from pipeline.report.claims import CLAIM_IDS, claims_for, current_baseline, load_baseline, read_baseline
from pipeline.store.engine import session_scope
from pipeline.store.models import BaselineRecord, ClaimRecord

from .conftest import BASELINE_DIR

NOW = datetime(2025, 3, 10, 7, 0, tzinfo=UTC)


def test_the_shipped_claims_cover_every_design_claim_id():
    baseline = read_baseline(BASELINE_DIR / "stem-cell-therapy-sle.txt", BASELINE_DIR / "claims.toml")
    assert [c.claim_id for c in baseline.claims] == list(CLAIM_IDS)


def test_the_shipped_claims_carry_the_design_numbers():
    claims = read_baseline(BASELINE_DIR / "stem-cell-therapy-sle.txt", BASELINE_DIR / "claims.toml").claims_by_id
    assert (claims["hsct.remission_rate"].low, claims["hsct.remission_rate"].high) == (0.60, 0.70)
    assert (claims["hsct.mortality"].low, claims["hsct.mortality"].high) == (0.01, 0.05)
    assert claims["msc.max_tolerated_dose"].value == 3.0e6
    assert "3.0×106 cells/kg" in claims["msc.max_tolerated_dose"].quotes[0]


def test_a_quote_missing_from_the_document_names_file_claim_and_quote(settings):
    path = Path(settings.baseline.claims)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "remission rates of 60-70%", "remission rates of 50-70%"), encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        read_baseline(Path(settings.baseline.document), path)
    message = str(error.value)
    assert str(path) in message and "hsct.remission_rate" in message
    assert "'While HSCT has shown remission rates of 50-70% in severe lupus cases'" in message


def test_a_missing_claim_is_a_config_error(settings):
    path = Path(settings.baseline.claims)
    text = path.read_text(encoding="utf-8")
    start = text.index('[[claims]]\nid = "msc.efficacy"')
    end = text.index("[[claims]]", start + 5)
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    with pytest.raises(ConfigError, match="missing claim\\(s\\) msc.efficacy"):
        read_baseline(Path(settings.baseline.document), path)


def test_an_unknown_claim_id_is_a_config_error(settings):
    path = Path(settings.baseline.claims)
    path.write_text(path.read_text(encoding="utf-8").replace('id = "msc.efficacy"', 'id = "msc.efficiency"'),
                    encoding="utf-8")
    with pytest.raises(ConfigError, match="claim msc.efficiency: unknown or missing id"):
        read_baseline(Path(settings.baseline.document), path)


def test_loading_twice_keeps_one_version(settings, engine):
    with session_scope(engine) as session:
        first = load_baseline(session=session, settings=settings, now=NOW)
    with session_scope(engine) as session:
        second = load_baseline(session=session, settings=settings, now=NOW)
        assert len(session.exec(select(BaselineRecord)).all()) == 1
        assert len(session.exec(select(ClaimRecord)).all()) == len(CLAIM_IDS)
    assert first.created and not second.created
    assert first.version == second.version


def test_changing_the_document_makes_a_new_current_version_and_keeps_the_old(settings, engine):
    with session_scope(engine) as session:
        first = load_baseline(session=session, settings=settings, now=NOW)
    document = Path(settings.baseline.document)
    document.write_text(document.read_text(encoding="utf-8") + "\nAddendum.", encoding="utf-8")
    with session_scope(engine) as session:
        second = load_baseline(session=session, settings=settings, now=NOW)
        rows = {r.version: r.current for r in session.exec(select(BaselineRecord))}
        current = current_baseline(session)
    assert second.created and second.previous_version == first.version
    assert rows == {first.version: False, second.version: True}
    assert current.version == second.version
    assert current.claims_by_id["hsct.mortality"].measures == ("treatment_related_mortality", "mortality")


def test_editing_only_comments_of_the_claims_file_keeps_the_version(settings):
    path = Path(settings.baseline.claims)
    before = read_baseline(Path(settings.baseline.document), path).version
    path.write_text("# another comment\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    assert read_baseline(Path(settings.baseline.document), path).version == before


def _extraction(**fields) -> Extraction:
    return Extraction(extractor_version="t", **fields)


def test_an_hsct_study_links_to_the_claims_of_its_measures():
    extraction = _extraction(relevant=True, design="cohort", therapies=("hsct_autologous",),
                             outcomes={"remission": Outcome(0.6, 12, 20)})
    assert claims_for(extraction) == {"hsct.remission_rate"}


def test_an_msc_rct_links_to_msc_and_evidence_claims():
    extraction = _extraction(relevant=True, design="rct", therapies=("msc",), refractory=True,
                             dose_cells_per_kg=1e6)
    assert claims_for(extraction) == {"msc.safety", "msc.efficacy", "msc.max_tolerated_dose",
                                      "evidence.experimental", "eligibility.severe_refractory"}


def test_a_car_t_case_series_links_to_scope():
    extraction = _extraction(relevant=True, design="case_series", therapies=("car_t",))
    assert claims_for(extraction) == {"scope.other_cell_therapies"}


def test_a_guideline_links_to_the_guideline_claim_even_when_not_about_cell_therapy():
    assert claims_for(_extraction(relevant=False, design="guideline", new_guideline=True)) == {"guideline.eular_2023"}


@pytest.mark.parametrize("design", ["narrative_review", "systematic_review", "preclinical"])
def test_reviews_and_preclinical_studies_link_to_nothing(design):
    extraction = _extraction(relevant=True, design=design, therapies=("msc",),
                             outcomes={"remission": Outcome(0.6, 12, 20)})
    assert claims_for(extraction) == set()


def test_irrelevant_studies_link_to_nothing():
    assert claims_for(_extraction(relevant=False, design="rct", therapies=("msc",))) == set()
