"""The `evidence` command line: thin commands over library functions.

Each command loads the settings, calls one library function and turns a `PipelineError` into
one line on stderr with its exit code (2 for configuration/usage, 1 for failed work).
"""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path

import click

from pipeline import __version__
from pipeline.config import Settings, default_config_path, load_settings
from pipeline.errors import PipelineError

log = logging.getLogger("pipeline")


class Context:
    """What every command needs: where the config is, loaded lazily."""

    def __init__(self, config_path: Path | None, verbose: int) -> None:
        self.config_path = config_path
        self.verbose = verbose
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config_path)
        return self._settings


def reports_errors(command):
    """Turn the project's expected failures into one line and an exit code, no traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except PipelineError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def configure_logging(verbose: int) -> None:
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Configuration file (default: $EVIDENCE_CONFIG or ./config.toml).")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.version_option(__version__, prog_name="evidence")
@click.pass_context
def cli(ctx: click.Context, config_path: Path | None, verbose: int) -> None:
    """Evidence watch: PubMed → extracted outcomes → evidence store → digest for the committee."""
    configure_logging(verbose)
    ctx.obj = Context(config_path if config_path else default_config_path(), verbose)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--email", default=None, help="Contact e-mail NCBI may use (required by NCBI).")
@click.option("--force", is_flag=True, help="Overwrite an existing config.toml.")
@reports_errors
def init(directory: Path, email: str | None, force: bool) -> None:
    """Write a starter config.toml (and the default baseline) into DIRECTORY."""
    from pipeline.starter import write_starter_config

    path = write_starter_config(directory, email=email, force=force)
    click.echo(f"Wrote {path}. Edit [pubmed] email and [digest] recipients, then run 'evidence refresh'.")


@cli.command()
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="First Entrez date to cover, YYYY-MM-DD (default: watermark minus [pubmed] overlap_days).")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Last Entrez date to cover, YYYY-MM-DD (default: today).")
@click.option("--dry-run", is_flag=True, help="Show the window, the query and the hit count; store nothing.")
@click.option("--digest", "then_digest", is_flag=True, help="After a successful refresh, build the digest and mail it to [digest] recipients.")
@click.pass_obj
@reports_errors
def refresh(obj: Context, since, until, dry_run: bool, then_digest: bool) -> None:
    """Fetch new and revised PubMed records for [pubmed] query into the evidence store.

    Covers Entrez dates from the last completed refresh (minus [pubmed] overlap_days) to today,
    or --since/--until. Exits 1 if PubMed keeps failing: committed batches are kept and the next
    refresh covers the window again.
    """
    from datetime import UTC, datetime

    from pipeline.refresh import console_progress, run_refresh

    now = datetime.now(UTC)
    report = run_refresh(obj.settings, now=now, since=since.date() if since else None,
                         until=until.date() if until else None, dry_run=dry_run,
                         progress=console_progress())
    click.echo(report.summary())
    if then_digest and not dry_run:
        from pipeline.report.job import run_committee_digest

        click.echo(run_committee_digest(obj.settings, now=now).summary())


@cli.group()
def db() -> None:
    """Evidence store maintenance."""


@db.command("upgrade")
@click.pass_obj
@reports_errors
def db_upgrade(obj: Context) -> None:
    """Apply schema migrations to the configured database."""
    from pipeline.store.engine import open_store, safe_url

    open_store(obj.settings.database.url)
    click.echo(f"Database at {safe_url(obj.settings.database.url)} is at the newest schema.")


@db.command("backup")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Backup file (default: <db>-backup-<timestamp>.sqlite next to the database).")
@click.pass_obj
@reports_errors
def db_backup(obj: Context, out: Path | None) -> None:
    """Copy the SQLite store with SQLite's online backup API (safe while jobs run)."""
    from datetime import UTC, datetime

    from pipeline.store.backup import backup_database

    result = backup_database(obj.settings.database.url, now=datetime.now(UTC), out=out)
    click.echo(f"Backed up {result.source} to {result.path} ({result.size_bytes:,} bytes).")


@cli.command()
@click.pass_obj
@reports_errors
def schedule(obj: Context) -> None:
    """Run the scheduler daemon: refresh and digest on the [schedule] cron expressions.

    Runs until SIGTERM or Ctrl-C; a refresh in flight stops after its current batch. Logs each
    job's start, end and summary on stderr (under systemd: journalctl -u evidence-watch).
    """
    from pipeline.scheduler import run_scheduler

    if obj.verbose == 0:
        logging.getLogger("pipeline").setLevel(logging.INFO)
    run_scheduler(obj.settings)


@cli.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Records per transaction.")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Extraction processes for big files (default: one per CPU; 0: none).")
@click.pass_obj
@reports_errors
def import_(obj: Context, files: tuple[Path, ...], batch_size: int, workers: int | None) -> None:
    """Import PubMed XML files (.xml or .xml.gz, as efetch or PubMed's 'Save → XML' gives).

    New records are extracted and stored, revised ones replace the stored version, unchanged
    ones are left alone (records whose XML is byte for byte what an earlier import stored are
    not even parsed). A bad file keeps the records read before the fault and exits 1.
    """
    from datetime import UTC, datetime

    from pipeline.importer import import_files
    from pipeline.store.engine import open_store

    engine = open_store(obj.settings.database.url)
    report = import_files(engine=engine, paths=files, now=datetime.now(UTC), batch_size=batch_size,
                          workers=workers)
    for line in report.summary_lines():
        click.echo(line)
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    if report.failed:
        sys.exit(1)


@cli.command()
@click.option("--format", "format_", type=click.Choice(["jsonl", "csv", "ris"]), default="jsonl",
              show_default=True, help="jsonl: the full export record; csv: one flat row per article; "
              "ris: references for Zotero/EndNote.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file (default: standard output).")
@click.pass_obj
@reports_errors
def export(obj: Context, format_: str, out: Path | None) -> None:
    """Export every stored article with its extracted evidence."""
    from pipeline.export import export_store
    from pipeline.store.engine import open_store

    engine = open_store(obj.settings.database.url)
    written = export_store(engine=engine, format=format_, out=out or sys.stdout)
    click.echo(f"Exported {written} articles as {format_}" + (f" to {out}." if out else "."), err=True)


@cli.command()
@click.pass_obj
@reports_errors
def status(obj: Context) -> None:
    """Show the store: articles by design and therapy, last runs, watermark, database location."""
    from datetime import UTC, datetime

    from pipeline.scheduler import schedule_status
    from pipeline.store.articles import format_status, store_status
    from pipeline.store.engine import open_store, session_scope

    engine = open_store(obj.settings.database.url)
    with session_scope(engine) as session:
        click.echo(format_status(store_status(session=session)))
    click.echo(schedule_status(obj.settings, now=datetime.now(UTC)))


@cli.command()
@click.pass_obj
@reports_errors
def reextract(obj: Context) -> None:
    """Redo the extraction of every article extracted by an older version of the rules."""
    from datetime import UTC, datetime

    from pipeline.store.articles import current_extractor_version, reextract_all
    from pipeline.store.engine import open_store, session_scope

    engine = open_store(obj.settings.database.url)
    with session_scope(engine) as session:
        redone = reextract_all(session=session, now=datetime.now(UTC))
    click.echo(f"Re-extracted {redone} articles with extractor {current_extractor_version()}.")


@cli.command()
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="First day of the period, YYYY-MM-DD (default: the day after the last mailed digest).")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Last day of the period, YYYY-MM-DD (default: yesterday).")
@click.option("--format", "format_", type=click.Choice(["md", "json", "html"]), default="md", show_default=True,
              help="Format printed (or written to --out); all three are saved in [digest] out_dir.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the digest in --format to this file instead of printing it.")
@click.option("--send", is_flag=True, help="Mail it to [digest] recipients (and retry unsent earlier digests).")
@click.option("--dry-run", is_flag=True, help="Write the mail as an .eml file beside the digest instead of sending.")
@click.pass_obj
@reports_errors
def digest(obj: Context, since, until, format_: str, out: Path | None, send: bool, dry_run: bool) -> None:
    """Build the digest of a period: flags against the baseline claims, pooled estimates, new studies.

    The digest is saved (store and [digest] out_dir) before it is mailed; a failed send exits 1
    and is retried by the next 'evidence digest --send'.
    """
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from pipeline.report.job import run_digest

    now = datetime.now(ZoneInfo(obj.settings.schedule.timezone))
    result = run_digest(obj.settings, now=now, since=since.date() if since else None,
                        until=until.date() if until else None, fmt=format_, out=out, send=send,
                        dry_run=dry_run)
    if out is None and result.output:
        click.echo(result.output, nl=False)
        click.echo(result.summary(), err=True)
    else:
        click.echo(result.summary())


@cli.group()
def baseline() -> None:
    """The committee's baseline document and claims."""


@baseline.command("show")
@click.pass_obj
@reports_errors
def baseline_show(obj: Context) -> None:
    """Show the current baseline version, its claims and the stored versions."""
    from pipeline.report.claims import format_baseline
    from pipeline.store.engine import open_store, session_scope

    engine = open_store(obj.settings.database.url)
    with session_scope(engine) as session:
        click.echo(format_baseline(session=session, settings=obj.settings))


@baseline.command("load")
@click.pass_obj
@reports_errors
def baseline_load(obj: Context) -> None:
    """Validate the baseline document and claims file and store them (a new version if changed)."""
    from datetime import UTC, datetime

    from pipeline.report.claims import load_baseline
    from pipeline.store.engine import open_store, session_scope

    engine = open_store(obj.settings.database.url)
    with session_scope(engine) as session:
        loaded = load_baseline(session=session, settings=obj.settings, now=datetime.now(UTC))
    if loaded.created:
        previous = f" (previous: {loaded.previous_version}, kept)" if loaded.previous_version else ""
        click.echo(f"Loaded baseline version {loaded.version}{previous}.")
    else:
        click.echo(f"Baseline version {loaded.version} is current; document and claims unchanged.")


@cli.command()
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the demo (new or empty; default: a new temporary folder).")
@click.option("--keep", is_flag=True,
              help="Keep the loopback E-utilities server running afterwards (Ctrl-C stops it), so the "
                   "demo config works with 'refresh' and 'schedule' too.")
@reports_errors
def demo(directory: Path | None, keep: bool) -> None:
    """Run the whole pipeline offline on a bundled corpus and show where the digest is.

    Needs no configuration and no network: starts a loopback E-utilities server on our own
    sample records, refreshes, extracts, flags and writes the digest (Markdown, HTML, plots).
    """
    import time
    from datetime import UTC, datetime

    from pipeline.demo import run_demo

    def show(result) -> None:
        click.echo("\n".join(result.summary_lines()))
        if keep:
            click.echo(f"The loopback E-utilities server keeps running at {result.eutils_url}; "
                       f"Ctrl-C stops it.")
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                click.echo("Stopped the loopback server.")

    run_demo(directory, now=datetime.now(UTC), while_serving=show)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="evidence")
