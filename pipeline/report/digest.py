"""The digest: what changed in a period, claim by claim, as plain data and as text.

`build_digest` reads the store once and returns `DigestData` (plain, frozen data); `render`
turns it into Markdown, HTML or JSON. Markdown and HTML come from Jinja2 templates kept as
files in `pipeline/report/templates/`; the HTML is the Markdown rendered by markdown-it-py
(raw HTML disabled) inside `digest.html.j2`. JSON follows DESIGN.md ("Digest JSON") exactly.

The period is a range of calendar days, both ends included. An article is new in it when
PubMed's Entrez date or the day we first stored it falls in the period, unless an earlier
digest (one whose period ended before this one began) already listed it; so a record indexed
late is reported when it arrives, once. An article is revised in it when its stored row
changed in the period (a PubMed revision, a retraction). Flags are evaluated over everything
known by the end of the period and shown when a PMID behind them is new or revised in it
(for a pooled flag: a study that entered the pool). "Before" pooled estimates leave out the
period's new articles; "after" ones include them.

Untrusted text (titles, journals, quoted sentences, error messages) is escaped for Markdown by
the `md` filter and for HTML by markdown-it and Jinja2's autoescaping.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markupsafe import Markup
from sqlmodel import Session, select

from pipeline.config import Settings
from pipeline.errors import ConfigError
from pipeline.report import cues
from pipeline.report.claims import Baseline, Claim, current_baseline
from pipeline.report.evidence import (
    StudyEvidence,
    load_studies,
    msc_dose_candidates,
    pmid_order,
    retraction_links,
    with_details,
)
from pipeline.report.flags import DESIGN_LABELS, MEASURE_LABELS, THERAPY_LABELS, Flag, evaluate_flags
from pipeline.report.formatting import baseline_text, dose, pct, pct_range, pubmed_url
from pipeline.report.pooling import POOLED_DESIGNS, inputs_before, pooling_inputs, therapy_scope
from pipeline.report.stats import PooledEstimate, pool_proportions
from pipeline.store.articles import in_chunks

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
FORMATS = ("md", "json", "html")
CLAIM_LABELS = {
    "eligibility.severe_refractory": "Eligibility: severe, refractory SLE only",
    "hsct.remission_rate": "HSCT remission",
    "hsct.mortality": "HSCT mortality",
    "msc.safety": "MSC safety",
    "msc.max_tolerated_dose": "MSC maximum tolerated dose",
    "msc.efficacy": "MSC efficacy",
    "evidence.experimental": "Level of evidence: experimental",
    "scope.other_cell_therapies": "Other cell therapies",
    "guideline.eular_2023": "Guideline basis: EULAR 2023",
}
THERAPY_COLUMNS = ("hsct_autologous", "hsct_allogeneic", "msc", "car_t", "other_cell_therapy")
# Studies listed per claim (forest plot rows, table rows): a store of 100,000 articles pools
# thousands; the new ones and then the largest are listed, the pooled estimate uses them all.
MAX_LISTED = 30
DESIGN_ORDER = ("guideline", "meta_analysis", "rct", "non_randomized_trial", "single_arm_trial", "cohort",
                "case_series", "case_report", "systematic_review", "narrative_review", "preclinical", "other")


# --- plain data ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ArticleView:
    """One article as the digest lists it."""

    pmid: str
    title: str
    journal: str | None
    year: int | None
    design: str
    phase: str | None
    therapies: tuple[str, ...]
    n_patients: int | None
    n_studies: int | None
    dose_cells_per_kg: float | None
    outcomes: tuple[tuple[str, float, int | None, int | None], ...]  # (measure, rate, k, n)
    relevant: bool
    retracted: bool
    retraction_notices: tuple[str, ...]
    claims: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StudyPoint:
    """One study on a forest plot: k of n with its Wilson CI."""

    pmid: str
    measure: str
    k: int
    n: int
    rate: float
    low: float
    high: float
    new: bool


@dataclass(frozen=True, slots=True)
class DoseView:
    pmid: str
    dose_cells_per_kg: float
    safety_signal: bool
    new: bool


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A baseline claim with the pooled estimate before and after the period."""

    claim: Claim
    label: str
    baseline_text: str
    before: PooledEstimate | None = None
    after: PooledEstimate | None = None
    points: tuple[StudyPoint, ...] = ()
    doses: tuple[DoseView, ...] = ()
    plot_file: str | None = None
    hidden_points: int = 0  # pooled studies not listed (see MAX_LISTED); the estimates include them
    hidden_doses: int = 0

    @property
    def claim_id(self) -> str:
        return self.claim.claim_id

    def to_json(self) -> dict:
        return {"claim": self.claim.claim_id, "baseline": self.claim.baseline_json(),
                "pooled": self.after.to_json() if self.after is not None else None}


@dataclass(frozen=True, slots=True)
class RunView:
    kind: str
    status: str
    started_at: datetime
    finished_at: datetime | None
    window_start: date | None
    window_end: date | None
    query: str | None
    counts: Mapping
    error: str | None


@dataclass(frozen=True, slots=True)
class Flow:
    """PRISMA-style counts of the period."""

    identified: int | None
    new: int
    revised: int
    relevant: int
    with_outcomes: int
    not_relevant: int


@dataclass(frozen=True)
class DigestData:
    """Everything one digest says, as plain data (the templates' only input)."""

    title: str
    since: date
    until: date
    generated_at: datetime
    baseline_version: str
    baseline_document: str
    query: str
    new_articles: tuple[ArticleView, ...]
    revised_articles: tuple[ArticleView, ...]
    flags: tuple[Flag, ...]
    claims: tuple[ClaimView, ...]
    retractions: tuple[ArticleView, ...]
    flow: Flow
    runs: tuple[RunView, ...]
    gaps: tuple[tuple[date, date], ...]
    titles: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        """The digest JSON of DESIGN.md, exactly its keys."""
        return {
            "period": {"since": self.since.isoformat(), "until": self.until.isoformat()},
            "baseline_version": self.baseline_version,
            "new_articles": len(self.new_articles),
            "flags": [flag.to_json() for flag in self.flags],
            "claims": [view.to_json() for view in self.claims],
            "articles": [article.pmid for article in self.new_articles],
        }

    @property
    def before_until(self) -> date:
        """The last day the "before" estimates cover."""
        return self.since - timedelta(days=1)

    @property
    def relevant_new(self) -> tuple[ArticleView, ...]:
        return tuple(a for a in self.new_articles if a.relevant)


# --- building ------------------------------------------------------------------------------------


def plot_filename(until: date, claim_id: str) -> str:
    """The forest plot's file name beside `digest-YYYY-MM-DD.md`."""
    return f"digest-{until.isoformat()}-{claim_id.replace('.', '-').replace('_', '-')}.png"


def _in(day: date | None, since: date, until: date) -> bool:
    return day is not None and since <= day <= until


def _article_view(study: StudyEvidence) -> ArticleView:
    extraction = study.extraction
    outcomes = tuple((m, o.rate, o.k, o.n) for m, o in sorted(extraction.outcomes.items()))
    return ArticleView(
        pmid=study.pmid, title=study.title, journal=study.journal, year=study.year,
        design=extraction.design, phase=extraction.phase, therapies=tuple(extraction.therapies),
        n_patients=extraction.n_patients, n_studies=extraction.n_studies,
        dose_cells_per_kg=extraction.dose_cells_per_kg, outcomes=outcomes, relevant=extraction.relevant,
        retracted=study.retracted, retraction_notices=study.retraction_notices,
        claims=tuple(sorted(study.claims)))


def _listed_before(session: Session, since: date) -> set[str]:
    """PMIDs earlier digests (periods ending before `since`) already listed as new."""
    from pipeline.store.models import DigestRecord

    listed: set[str] = set()
    for data in session.exec(select(DigestRecord.data).where(DigestRecord.until < since)):
        listed.update(str(p) for p in (data or {}).get("articles", []))
    return listed


def _runs(session: Session, since: date, until: date, tz) -> tuple[RunView, ...]:
    from pipeline.store.models import RunRecord

    rows = session.exec(select(RunRecord).order_by(RunRecord.started_at, RunRecord.id)).all()
    views = []
    for row in rows:
        started = row.started_at.astimezone(tz) if tz is not None else row.started_at
        if not _in(started.date(), since, until) or row.kind == "digest":
            continue
        views.append(RunView(kind=row.kind, status=row.status, started_at=started,
                             finished_at=row.finished_at.astimezone(tz) if row.finished_at and tz else row.finished_at,
                             window_start=row.window_start, window_end=row.window_end, query=row.query,
                             counts=dict(row.counts or {}), error=row.error))
    return tuple(views)


def coverage_gaps(session: Session, since: date, until: date) -> tuple[tuple[date, date], ...]:
    """Day ranges of the period no successful refresh window covered."""
    from pipeline.store.models import RunRecord

    covered: set[date] = set()
    for row in session.exec(select(RunRecord).where(RunRecord.kind == "refresh", RunRecord.status == "ok")):
        if row.window_start is None or row.window_end is None:
            continue
        day = max(row.window_start, since)
        while day <= min(row.window_end, until):
            covered.add(day)
            day += timedelta(days=1)
    gaps: list[tuple[date, date]] = []
    day = since
    while day <= until:
        if day not in covered:
            start = day
            while day + timedelta(days=1) <= until and day + timedelta(days=1) not in covered:
                day += timedelta(days=1)
            gaps.append((start, day))
        day += timedelta(days=1)
    return tuple(gaps)


def _identified(runs: Iterable[RunView]) -> int | None:
    total, seen = 0, False
    for run in runs:
        for key in ("hits", "records"):
            value = run.counts.get(key)
            if isinstance(value, int):
                total += value
                seen = True
                break
    return total if seen else None


def _shown(items: list, *, is_new: Callable, size: Callable, limit: int = MAX_LISTED) -> tuple[list, int]:
    """All `items` when they fit; else the new ones, then the largest, up to `limit`, in their
    original order; and how many were left out."""
    if len(items) <= limit:
        return list(items), 0
    new = [item for item in items if is_new(item)]
    largest = sorted((item for item in items if not is_new(item)), key=size, reverse=True)
    keep = {id(item) for item in (new + largest)[:limit]}
    shown = [item for item in items if id(item) in keep]
    return shown, len(items) - len(shown)


def _needed(claims: Iterable[Claim], since: date, until: date, notices: Mapping[str, set[str]]):
    """SQL condition selecting every study `build_digest` can use for [since, until]: anything
    dated in the period (Entrez date, or stored / changed within a day or two of it, whatever
    the time zone), anything retracted or retracting (`notices`: `retraction_links`), and
    relevant studies of a pooled design that report a pooled measure for a pooled therapy. The
    rest cannot be new, revised, pooled or flagged (MSC dose rows are chosen apart:
    `msc_dose_candidates`).

    A union of article ids, one branch per index that finds them: one OR over the joined tables
    made SQLite read every article and extraction row. The store keeps `retracted` set for every
    record PubMed marks retracted (RetractionIn, "Retracted Publication"), so that indexed column
    stands for those marks here."""
    from sqlalchemy import Text, cast, exists, or_, union
    from sqlalchemy import select as sql_select

    from pipeline.store.models import ArticleRecord, ExtractionRecord, OutcomeRecord

    articles, extractions, outcomes = (ArticleRecord.__table__, ExtractionRecord.__table__,
                                       OutcomeRecord.__table__)
    low = datetime.combine(since - timedelta(days=2), datetime.min.time(), tzinfo=UTC)
    high = datetime.combine(until + timedelta(days=3), datetime.min.time(), tzinfo=UTC)
    notice_pmids = sorted({pmid for linked in notices.values() for pmid in linked} | set(notices))
    branches = [
        sql_select(articles.c.id).where(articles.c.entrez_date.between(since, until)),
        sql_select(articles.c.id).where(articles.c.first_seen.between(low, high)),
        sql_select(articles.c.id).where(articles.c.updated_at.between(low, high)),
        sql_select(articles.c.id).where(articles.c.retracted.is_(True)),
        *(sql_select(articles.c.id).where(articles.c.pmid.in_(chunk)) for chunk in in_chunks(notice_pmids)),
    ]
    pooled = [claim for claim in claims if claim.pooled]
    if pooled:
        measures = sorted({measure for claim in pooled for measure in claim.measures})
        scopes = [therapy_scope(claim) for claim in pooled]
        therapy = (cast(extractions.c.therapies, Text) != "[]" if any(scope is None for scope in scopes)
                   else or_(*(cast(extractions.c.therapies, Text).like(f'%"{value}"%')
                              for value in sorted(set().union(*scopes)))))
        branches.append(sql_select(extractions.c.article_id).where(
            extractions.c.relevant.is_(True), extractions.c.design.in_(POOLED_DESIGNS), therapy,
            exists().where(outcomes.c.extraction_id == extractions.c.id, outcomes.c.measure.in_(measures))))
    return articles.c.id.in_(union(*branches))


def _claim_views(baseline: Baseline, pooled_inputs: Mapping, before: Mapping, after: Mapping,
                 new: set[str], until: date, doses_shown: list[StudyEvidence] = (),
                 hidden_doses: int = 0) -> tuple[ClaimView, ...]:
    """`pooled_inputs`: claim id → `pooling_inputs` of its "after" pool; `doses_shown`: the MSC
    dose studies to list (with their abstracts, for the safety cues)."""
    views = []
    for claim in baseline.claims:
        points: tuple[StudyPoint, ...] = ()
        doses: tuple[DoseView, ...] = ()
        plot = None
        hidden_points = hidden = 0
        if claim.pooled:
            shown, hidden_points = _shown(pooled_inputs[claim.claim_id], is_new=lambda item: item[0].pmid in new,
                                          size=lambda item: item[0].n)
            points = tuple(StudyPoint(pmid=p.pmid, measure=m, k=p.k, n=p.n, rate=p.rate, low=p.low,
                                      high=p.high, new=p.pmid in new) for p, m in shown)
            plot = plot_filename(until, claim.claim_id) if points else None
        elif claim.claim_id == "msc.max_tolerated_dose":
            doses = tuple(DoseView(pmid=s.pmid, dose_cells_per_kg=s.extraction.dose_cells_per_kg,
                                   safety_signal=cues.safety_signal(s.cue_text) is not None, new=s.pmid in new)
                          for s in doses_shown)
            hidden = hidden_doses
        views.append(ClaimView(claim=claim, label=CLAIM_LABELS.get(claim.claim_id, claim.claim_id),
                               baseline_text=baseline_text(claim), before=before.get(claim.claim_id),
                               after=after.get(claim.claim_id), points=points, doses=doses, plot_file=plot,
                               hidden_points=hidden_points, hidden_doses=hidden))
    return tuple(views)


def _read_in_thread(session: Session, read: Callable[[Session], object]) -> Callable[[], object]:
    """Start `read(other_session)` on a thread of its own, over a new connection to the same
    store; returns the function that waits for it (joining the thread: the plots are drawn in
    forked processes only when this process runs one thread) and gives its result or raises
    its error. For an in-memory SQLite store, which another connection would not see, `read`
    runs here, at once."""
    bind = session.get_bind()
    if bind.url.get_backend_name() == "sqlite" and bind.url.database in (None, "", ":memory:"):
        value = read(session)
        return lambda: value
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            with Session(bind) as other:
                outcome["value"] = read(other)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="digest-read", daemon=True)
    thread.start()

    def wait() -> object:
        thread.join()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]

    return wait


def build_digest(*, session: Session, settings: Settings, since: date, until: date, now: datetime) -> DigestData:
    """Everything the digest for [since, until] says, read from the store as of `now`."""
    if since > until:
        raise ConfigError(f"--since {since.isoformat()} is after --until {until.isoformat()}; swap them")
    baseline = current_baseline(session)
    if baseline is None:
        raise ConfigError("no baseline in the store: run 'evidence baseline load' first")
    tz = now.tzinfo
    # Only the studies the digest can use are read (those of the period, retractions, what the
    # pooled claims can pool, MSC doses); abstracts and evidence only for those it quotes.
    notices = retraction_links(session)
    # The MSC dose rows are read on a second connection while this one reads the studies:
    # SQLite runs both queries at once (it releases the GIL while it reads).
    doses_read = _read_in_thread(session, lambda other: msc_dose_candidates(other, tz=tz, notices=notices))
    # Outcomes of the pooled measures only: the studies the digest shows or tests are read again
    # in full below (`with_details`).
    pooled_claims = [claim for claim in baseline.claims if claim.pooled]
    pooled_measures = {measure for claim in pooled_claims for measure in claim.measures}
    studies = load_studies(session, tz=tz, only=_needed(baseline.claims, since, until, notices), notices=notices,
                           measures=pooled_measures)
    known = [s for s in studies if s.known_since is None or s.known_since <= until]
    listed = _listed_before(session, since)
    new = {s.pmid for s in known
           if (_in(s.entrez_date, since, until) or _in(s.first_seen, since, until)) and s.pmid not in listed}
    # Revised: the stored row changed in the period after the day it was first stored.
    revised = {s.pmid for s in known if s.pmid not in new and _in(s.updated, since, until)
               and s.updated != s.first_seen}
    touched = new | revised
    after_inputs = {claim.claim_id: pooling_inputs(known, claim) for claim in pooled_claims}
    # Before the period, a study retracted in it still counted: pool it as it was then.
    reinstated = [replace(s, retracted=False) for s in known if s.pmid in revised and s.retracted]
    before_inputs = {claim.claim_id: inputs_before(after_inputs[claim.claim_id], claim, new=new,
                                                   reinstated=reinstated) for claim in pooled_claims}
    pooled_after, pooled_before = ({claim_id: pool_proportions([found for found, _ in chosen])
                                    for claim_id, chosen in inputs.items()} for inputs in (after_inputs, before_inputs))
    # A study's flags are triggered by its own PMID (and a retraction's also by its notices), and
    # only flags with a trigger in the period are shown: so only those studies are evaluated.
    flagged = [s for s in known if s.pmid in touched or touched.intersection(s.retraction_notices)]
    dose_rows, hidden_doses = _shown(
        [c for c in doses_read() if c.known_since is None or c.known_since <= until],
        is_new=lambda c: c.pmid in new, size=lambda c: c.dose_cells_per_kg)
    loaded = {s.pmid: s for s in known}
    missing = [c.pmid for c in dose_rows if c.pmid not in loaded]
    if missing:
        from pipeline.store.models import ArticleRecord

        loaded.update((s.pmid, s) for s in load_studies(
            session, tz=tz, only=ArticleRecord.__table__.c.pmid.in_(missing), notices=notices))
    doses_shown = [loaded[c.pmid] for c in dose_rows if c.pmid in loaded]  # a row stored meanwhile waits
    detailed = with_details(session, [*flagged, *doses_shown])
    all_flags = evaluate_flags(studies=[detailed.get(s.pmid, s) for s in flagged], claims=baseline.claims,
                               pooled_before=pooled_before, pooled_after=pooled_after)
    flags = tuple(f for f in all_flags if set(f.triggers) & touched)
    by_pmid = {s.pmid: detailed.get(s.pmid, s) for s in studies}
    new_views = tuple(_article_view(by_pmid[p]) for p in sorted(new, key=pmid_order))
    revised_views = tuple(_article_view(by_pmid[p]) for p in sorted(revised, key=pmid_order))
    retractions = tuple(_article_view(by_pmid[p]) for p in sorted(touched, key=pmid_order)
                        if by_pmid[p].retracted and not by_pmid[p].is_retraction_notice)
    runs = _runs(session, since, until, tz)
    relevant_new = [v for v in new_views if v.relevant]
    flow = Flow(identified=_identified(runs), new=len(new_views), revised=len(revised_views),
                relevant=len(relevant_new), with_outcomes=sum(1 for v in relevant_new if v.outcomes),
                not_relevant=len(new_views) - len(relevant_new))
    titles = {s.pmid: s.title for s in studies}
    return DigestData(
        title=settings.digest.title, since=since, until=until, generated_at=now,
        baseline_version=baseline.version, baseline_document=Path(baseline.document_path).name,
        query=settings.pubmed.query, new_articles=new_views, revised_articles=revised_views, flags=flags,
        claims=_claim_views(baseline, after_inputs, pooled_before, pooled_after, new, until,
                            doses_shown=[detailed.get(s.pmid, s) for s in doses_shown], hidden_doses=hidden_doses),
        retractions=retractions, flow=flow, runs=runs, gaps=coverage_gaps(session, since, until),
        titles=titles)


# --- rendering -----------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~#!])")


def md_escape(value) -> str:
    """Untrusted text as inert Markdown: one line, every markup character backslash-escaped."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks or tildes inside `text`."""
    longest = max((len(m.group(0)) for m in re.finditer(r"~+", text or "")), default=0)
    return "~" * max(3, longest + 1)


def _ci(pooled: PooledEstimate | None) -> str:
    if pooled is None:
        return "—"
    return f"{pct(pooled.rate)} ({pct_range(pooled.low, pooled.high)})"


def _outcome_text(outcome) -> str:
    measure, rate, k, n = outcome
    counts = f" ({k}/{n})" if k is not None and n else ""
    return f"{MEASURE_LABELS.get(measure, measure.replace('_', ' '))} {pct(rate)}{counts}"


def _listed_pmids(flag: Flag) -> tuple[list[str], int]:
    """The PMIDs a Markdown flag links (a pooled flag can name thousands; its triggers, i.e. the
    studies that entered the pool, come first), and how many more it has."""
    if len(flag.pmids) <= MAX_LISTED:
        return list(flag.pmids), 0
    triggers = set(flag.triggers)
    first = [p for p in flag.pmids if p in triggers] + [p for p in flag.pmids if p not in triggers]
    return first[:MAX_LISTED], len(flag.pmids) - MAX_LISTED


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False,
                                            default=False),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters.update(
        md=md_escape, pct=pct, pct_range=pct_range, dose=dose, pubmed_url=pubmed_url, ci=_ci,
        outcome=_outcome_text, fence=_fence,
        design_label=lambda d: DESIGN_LABELS.get(d, d),
        measure_label=lambda m: MEASURE_LABELS.get(m, m.replace("_", " ")),
        sentence_case=lambda text: text[:1].upper() + text[1:],
        code=lambda text: f"`{text}`",
        therapy_label=lambda t: THERAPY_LABELS.get(t, t),
        claim_label=lambda c: CLAIM_LABELS.get(c, c), listed_pmids=_listed_pmids)
    return env


_ENV = _environment()
SEVERITY_ORDER = {"high": 0, "medium": 1, "info": 2}


def _flag_groups(data: DigestData) -> list[dict]:
    """Flags grouped by claim; groups by their highest severity, then claim order."""
    claim_order = {view.claim_id: i for i, view in enumerate(data.claims)}
    views = {view.claim_id: view for view in data.claims}
    groups: dict[str, list[Flag]] = {}
    for flag in data.flags:
        groups.setdefault(flag.claim, []).append(flag)
    ordered = sorted(groups.items(), key=lambda item: (
        min(SEVERITY_ORDER[f.severity] for f in item[1]), claim_order.get(item[0], 99)))
    return [{"claim": claim_id, "view": views.get(claim_id),
             "flags": sorted(flags, key=lambda f: SEVERITY_ORDER[f.severity])}
            for claim_id, flags in ordered]


def _design_table(articles: Iterable[ArticleView]) -> list[dict]:
    rows: dict[str, dict] = {}
    for article in articles:
        row = rows.setdefault(article.design, {"design": article.design, "total": 0,
                                               **{t: 0 for t in THERAPY_COLUMNS}, "none": 0})
        row["total"] += 1
        for therapy in article.therapies:
            if therapy in row:
                row[therapy] += 1
        if not article.therapies:
            row["none"] += 1
    order = {d: i for i, d in enumerate(DESIGN_ORDER)}
    return sorted(rows.values(), key=lambda r: order.get(r["design"], 99))


def _by_design(articles: Iterable[ArticleView]) -> list[tuple[str, list[ArticleView]]]:
    grouped: dict[str, list[ArticleView]] = {}
    for article in articles:
        grouped.setdefault(article.design, []).append(article)
    order = {d: i for i, d in enumerate(DESIGN_ORDER)}
    return sorted(grouped.items(), key=lambda item: order.get(item[0], 99))


def render_markdown(data: DigestData) -> str:
    severities = {s: sum(1 for f in data.flags if f.severity == s) for s in ("high", "medium", "info")}
    return _ENV.get_template("digest.md.j2").render(
        data=data, groups=_flag_groups(data), severities=severities,
        design_table=_design_table(data.relevant_new), by_design=_by_design(data.relevant_new),
        therapy_columns=THERAPY_COLUMNS,
        not_relevant=[a for a in data.new_articles if not a.relevant])


def _image_with_source(renderer, tokens, idx, options, env):
    """markdown-it's image rule, with the `src` mapped through `env["image_src"]` when given
    (on a copy: the same tokens are rendered for the saved page and for the mail)."""
    token = tokens[idx]
    image_src = env.get("image_src")
    if image_src is not None and token.attrs.get("src"):
        tokens = list(tokens)
        tokens[idx] = token.copy(attrs={**token.attrs, "src": image_src(str(token.attrs["src"]))})
    return RendererHTML.image(renderer, tokens, idx, options, env)


def _markdown_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    md.add_render_rule("image", _image_with_source)
    return md


def markdown_pages(markdown: str, image_srcs: Sequence[Callable[[str], str] | None]) -> list[str]:
    """Markdown → one HTML body per image source mapping (markdown-it-py, CommonMark + tables,
    raw HTML off), parsed once: parsing is most of the cost for a long digest."""
    md = _markdown_parser()
    tokens = md.parse(markdown)
    return [md.renderer.render(tokens, md.options, {"image_src": image_src}) for image_src in image_srcs]


def render_html_pages(data: DigestData, *, markdown: str,
                      image_srcs: Sequence[Callable[[str], str] | None]) -> list[str]:
    """The Markdown digest as standalone HTML pages, one per image source mapping."""
    template = _ENV.get_template("digest.html.j2")
    return [template.render(data=data, body=Markup(body)) for body in markdown_pages(markdown, image_srcs)]


def render_html(data: DigestData, *, image_src: Callable[[str], str] | None = None,
                markdown: str | None = None) -> str:
    """The Markdown digest rendered to a standalone HTML page (images via `image_src`)."""
    return render_html_pages(data, markdown=markdown if markdown is not None else render_markdown(data),
                             image_srcs=[image_src])[0]


def render_json(data: DigestData) -> str:
    return json.dumps(data.to_json(), indent=2, ensure_ascii=False) + "\n"


def render(data: DigestData, fmt: str = "md") -> str:
    """The digest as Markdown ("md"), HTML ("html") or JSON ("json")."""
    if fmt == "md":
        return render_markdown(data)
    if fmt == "html":
        return render_html(data)
    if fmt == "json":
        return render_json(data)
    raise ConfigError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
