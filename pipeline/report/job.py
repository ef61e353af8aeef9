"""`run_digest`: the digest job the CLI and the scheduler call.

Order matters for "never lost": the digest is built, then SAVED (the `digests` table and the
files in `[digest] out_dir`: digest-YYYY-MM-DD.md/.json/.html and the forest plots), and only
then mailed. A digest meant for mailing keeps its recipients and `sent_at` stays null until
delivery succeeds; every later run that sends first retries those pending digests, oldest
first. `dry_run` writes the mail as an .eml file instead of sending it.

Default period: from the day after the last mailed (or pending) digest's `until` to yesterday
(the last complete day; today's records go to the next digest), or the last 7 complete days
before the first digest.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, select

from pipeline.config import Settings
from pipeline.errors import ConfigError, DeliveryError, StoreError
from pipeline.report.claims import load_baseline
from pipeline.report.digest import DigestData, build_digest, render_html_pages, render_json, render_markdown
from pipeline.report.flags import Flag
from pipeline.report.mail import build_message, content_id, send_message
from pipeline.report.plots import start_forest_plots
from pipeline.store.engine import open_store, session_scope
from pipeline.store.models import DigestRecord, FlagRecord, RunRecord

log = logging.getLogger(__name__)

DEFAULT_PERIOD_DAYS = 7
LOCK_WAIT_SECONDS = 300.0
FORMATS = ("md", "json", "html")


@dataclass
class DigestResult:
    """What one digest run did; `summary()` is the line the CLI prints."""

    since: date | None = None
    until: date | None = None
    digest_id: int | None = None
    baseline_version: str | None = None
    new_articles: int = 0
    flags: int = 0
    new_flags: int = 0
    paths: dict[str, Path] = field(default_factory=dict)
    output: str = ""
    out: Path | None = None
    eml_path: Path | None = None
    sent: list[int] = field(default_factory=list)  # digest ids delivered by this run
    failed: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.digest_id is None:
            head = f"No new period to digest (the last digest covers up to {self.until.isoformat()})" \
                if self.until else "No digest built"
        else:
            head = (f"Digest {self.since.isoformat()} to {self.until.isoformat()}: {self.new_articles} new "
                    f"article(s), {self.flags} flag(s) ({self.new_flags} newly raised); saved to "
                    f"{self.paths.get('md')}")
        parts = [head]
        if self.out is not None:
            parts.append(f"written to {self.out}")
        if self.eml_path is not None:
            parts.append(f"dry run: mail written to {self.eml_path}")
        if self.sent:
            parts.append(f"mailed {len(self.sent)} digest(s)")
        if self.failed:
            parts.append(f"{len(self.failed)} digest(s) not delivered, kept for the next run")
        return "; ".join(parts)


def default_period(session: Session, now: datetime) -> tuple[date, date]:
    """(since, until) of the next digest in the mailed series."""
    until = now.date() - timedelta(days=1)
    # Only the two columns needed: a saved digest row also holds its Markdown, HTML and JSON.
    rows = session.exec(select(DigestRecord.until, DigestRecord.recipients).order_by(DigestRecord.until.desc()))
    last_until = next((row_until for row_until, recipients in rows if recipients), None)
    since = last_until + timedelta(days=1) if last_until is not None else until - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    return since, until


def store_flags(*, session: Session, flags: list[Flag], now: datetime, baseline_version: str) -> int:
    """Insert flags not stored yet (by fingerprint); returns how many were new."""
    stored = {row for row in session.exec(select(FlagRecord.fingerprint).where(
        FlagRecord.fingerprint.in_([flag.fingerprint for flag in flags])))} if flags else set()
    added = 0
    for flag in flags:
        if flag.fingerprint in stored:
            continue
        session.add(FlagRecord(
            fingerprint=flag.fingerprint, claim=flag.claim, severity=flag.severity, basis=flag.basis,
            pmids=list(flag.pmids), reason=flag.reason, raised_at=now, baseline_version=baseline_version,
            details={"quote": flag.quote, "quote_pmid": flag.quote_pmid, "triggers": list(flag.triggers)}))
        stored.add(flag.fingerprint)
        added += 1
    session.flush()
    return added


def _write(path: Path, content: str | bytes) -> None:
    """Write atomically: a reader never sees half a digest."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    if isinstance(content, bytes):
        temporary.write_bytes(content)
    else:
        temporary.write_text(content, encoding="utf-8")
    os.replace(temporary, path)


def subject_line(title: str, digest_json: dict) -> str:
    """The mail subject, from the digest JSON (so a saved digest gets the same subject later)."""
    flags = digest_json.get("flags", [])
    high = sum(1 for f in flags if f.get("severity") == "high")
    counted = f"{len(flags)} flag(s), {high} high" if flags else "no flags"
    period = digest_json.get("period", {})
    return (f"{title}: {period.get('since')} to {period.get('until')} "
            f"({counted}, {digest_json.get('new_articles', 0)} new article(s))")


def _cid_source(name: str) -> str:
    """How the mailed HTML refers to a plot: the inline part's Content-ID."""
    return f"cid:{content_id(name)}"


_CID = re.compile(r'src="cid:([^"@]+)@')


def _message_for(settings: Settings, record: DigestRecord, now: datetime):
    """The mail of a saved digest, its plots read back from beside its Markdown file."""
    folder = Path(record.out_path).parent if record.out_path else Path(settings.digest.out_dir)
    images = {}
    for name in sorted(set(_CID.findall(record.html or ""))):
        path = folder / name
        if path.is_file():
            images[name] = path.read_bytes()
        else:
            log.warning("digest %s: plot %s is missing; mailing without it", record.id, path)
    subject = subject_line(settings.digest.title, record.data or {})
    return build_message(sender=settings.email.sender, recipients=record.recipients, subject=subject,
                         markdown=record.markdown, html=record.html or "", images=images, now=now)


def _save_files(settings: Settings, data: DigestData, markdown: str, json_text: str, html: str,
                plots: dict[str, bytes]) -> dict[str, Path]:
    folder = Path(settings.digest.out_dir)
    stem = f"digest-{data.until.isoformat()}"
    paths = {"md": folder / f"{stem}.md", "json": folder / f"{stem}.json", "html": folder / f"{stem}.html"}
    try:
        for name, png in plots.items():
            _write(folder / name, png)
        _write(paths["json"], json_text)
        _write(paths["html"], html)
        _write(paths["md"], markdown)
    except OSError as exc:
        raise StoreError(f"{folder}: cannot write the digest files ({exc.strerror}); check [digest] out_dir") from None
    return paths


def _deliver_pending(settings: Settings, engine, now: datetime, result: DigestResult) -> None:
    with session_scope(engine) as session:
        pending = [r for r in session.exec(select(DigestRecord).where(DigestRecord.sent_at == None)  # noqa: E711
                                           .order_by(DigestRecord.created_at, DigestRecord.id)) if r.recipients]
    for record in pending:
        try:
            send_message(settings, _message_for(settings, record, now), record.recipients)
        except DeliveryError as exc:
            result.failed.append(record.id)
            result.errors.append(str(exc))
            with session_scope(engine) as session:
                row = session.get(DigestRecord, record.id)
                row.send_attempts += 1
                row.last_error = str(exc)
                session.add(row)
            continue
        result.sent.append(record.id)
        with session_scope(engine) as session:
            row = session.get(DigestRecord, record.id)
            row.send_attempts += 1
            row.sent_at = now
            row.last_error = None
            session.add(row)


def run_digest(settings: Settings, *, now: datetime, since: date | None = None, until: date | None = None,
               fmt: str = "md", out: Path | None = None, send: bool = False, dry_run: bool = False) -> DigestResult:
    """Build, save, then (when asked) mail the digest; see the module docstring."""
    if fmt not in FORMATS:
        raise ConfigError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
    if now.tzinfo is None:
        raise ConfigError("run_digest needs a timezone-aware `now`")
    recipients = list(settings.digest.recipients)
    if (send or dry_run) and not recipients:
        raise ConfigError(f"{settings.config_path or 'config'}: [digest] recipients is empty; "
                          f"add the committee's addresses to mail the digest")
    from pipeline.runlock import run_lock

    engine = open_store(settings.database.url)
    result = DigestResult()
    try:
        with run_lock(settings, wait_seconds=LOCK_WAIT_SECONDS, purpose="write the digest"):
            _build_and_save(settings, engine, now=now, since=since, until=until, fmt=fmt, out=out,
                            mail=send or dry_run, dry_run=dry_run, result=result)
            if send:
                _deliver_pending(settings, engine, now, result)
    finally:
        engine.dispose()
    if result.failed:
        raise DeliveryError(f"{result.errors[0]} ({len(result.failed)} digest(s) pending; saved under "
                            f"{settings.digest.out_dir})")
    return result


def _build_and_save(settings: Settings, engine, *, now: datetime, since: date | None, until: date | None,
                    fmt: str, out: Path | None, mail: bool, dry_run: bool, result: DigestResult) -> None:
    with session_scope(engine) as session:
        baseline = load_baseline(session=session, settings=settings, now=now)
        default_since, default_until = default_period(session, now)
        explicit = since is not None or until is not None
        since = since or default_since
        until = until or default_until
        result.since, result.until, result.baseline_version = since, until, baseline.version
        if since > until and not explicit:
            log.info("no complete day since the last digest (up to %s); nothing to build", until)
            result.until = since - timedelta(days=1)
            return
        run = RunRecord(kind="digest", status="running", started_at=now, window_start=since, window_end=until)
        session.add(run)
        data = build_digest(session=session, settings=settings, since=since, until=until, now=now)
        plots_drawn = start_forest_plots(data.claims)
        result.new_flags = store_flags(session=session, flags=list(data.flags), now=now,
                                       baseline_version=data.baseline_version)
        markdown = render_markdown(data)
        json_text = render_json(data)
        html_file, mail_html = render_html_pages(data, markdown=markdown, image_srcs=(None, _cid_source))
        plots = plots_drawn()
        result.paths = _save_files(settings, data, markdown, json_text, html_file, plots)
        subject = subject_line(settings.digest.title, data.to_json())
        record = DigestRecord(
            created_at=now, since=since, until=until, baseline_version=data.baseline_version,
            markdown=markdown, data=data.to_json(), html=mail_html,
            out_path=str(result.paths["md"]),
            recipients=list(settings.digest.recipients) if mail and not dry_run else [])
        session.add(record)
        session.flush()
        run.status, run.finished_at = "ok", now
        run.counts = {"new_articles": len(data.new_articles), "flags": len(data.flags),
                      "new_flags": result.new_flags, "digest_id": record.id}
        session.add(run)
        result.digest_id = record.id
        result.new_articles = len(data.new_articles)
        result.flags = len(data.flags)
        result.output = {"md": markdown, "json": json_text, "html": html_file}[fmt]
    if out is not None:
        try:
            _write(Path(out), result.output)
        except OSError as exc:
            raise ConfigError(f"--out {out}: cannot write ({exc.strerror})") from None
        result.out = Path(out)
    if dry_run:
        message = build_message(sender=settings.email.sender, recipients=list(settings.digest.recipients),
                                subject=subject, markdown=markdown, html=mail_html, images=plots, now=now)
        eml = result.paths["md"].with_suffix(".eml")
        _write(eml, bytes(message))
        result.eml_path = eml


def run_committee_digest(settings: Settings, *, now: datetime) -> DigestResult:
    """The periodic digest of the scheduler and `evidence refresh --digest`.

    Mailed to `[digest] recipients`; with none configured it is built and saved but not
    mailed (a warning says so), rather than failing after the refresh already succeeded.
    """
    send = bool(settings.digest.recipients)
    if not send:
        log.warning("[digest] recipients is empty in %s: the digest is saved under %s but not mailed",
                    settings.config_path or "the configuration", settings.digest.out_dir)
    return run_digest(settings, now=now, send=send)
