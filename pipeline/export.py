"""Writers for `evidence export`: JSON Lines, CSV and RIS, from export records.

The records are DESIGN.md's export records (`pipeline.store.articles.iter_export_records`);
each writer streams them to an open text file and returns how many it wrote. The writers are
pure (no database, no clock); `export_store` at the bottom is the thin adapter the CLI calls.

- JSON Lines: one record per line, exactly the contract's keys (UTF-8, not ASCII-escaped).
- CSV: one row per article. Lists are joined with "; ", booleans are "true"/"false", null is
  empty; each outcome measure gets `<measure>_k`, `<measure>_n`, `<measure>_rate` columns;
  the abstract comes last; evidence sentences are left out (they are in the JSONL export).
- RIS (https://en.wikipedia.org/wiki/RIS_(file_format)), as Zotero, EndNote and Mendeley
  import it: TY, TI, AU (when the records carry `authors`), PY, JO, AB, DO, AN/ID and UR
  (PMID and PubMed link), KW (design, therapies, "retracted"), N1 for retractions, ER.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TextIO

from pipeline.errors import ConfigError
from pipeline.extract.model import MEASURES

FORMATS = ("jsonl", "csv", "ris")
PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"

CSV_FIELDS = (
    "pmid", "title", "journal", "doi", "year", "entrez_date", "publication_types", "relevant",
    "design", "phase", "therapies", "msc_source", "lupus_nephritis", "pediatric", "refractory",
    "n_patients", "n_studies", "follow_up_months", "dose_cells_per_kg", "retracted",
    "new_guideline", "extractor_version",
)
CSV_COLUMNS = (
    *CSV_FIELDS,
    *(f"{measure}_{part}" for measure in MEASURES for part in ("k", "n", "rate")),
    "abstract",
)


def write_jsonl(records: Iterable[Mapping], out: TextIO) -> int:
    """One JSON object per line."""
    written = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        written += 1
    return written


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(item) for item in value)
    return str(value)


def csv_row(record: Mapping) -> dict[str, str]:
    """The flat CSV row of one export record."""
    row = {name: _cell(record.get(name)) for name in CSV_FIELDS}
    outcomes = record.get("outcomes") or {}
    for measure in MEASURES:
        outcome = outcomes.get(measure) or {}
        for part in ("k", "n", "rate"):
            row[f"{measure}_{part}"] = _cell(outcome.get(part))
    row["abstract"] = _cell(record.get("abstract"))
    return row


def write_csv(records: Iterable[Mapping], out: TextIO) -> int:
    """A header and one row per article (open `out` with newline="")."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    written = 0
    for record in records:
        writer.writerow(csv_row(record))
        written += 1
    return written


def _ris_value(value) -> str:
    # RIS values are single lines; abstract sections are joined with a space.
    return " ".join(str(value).split())


def ris_entry(record: Mapping) -> str:
    """One RIS reference, ending with the "ER  - " line and a blank line."""
    lines: list[tuple[str, str]] = [("TY", "CHAP" if record.get("is_book") else "JOUR")]
    if record.get("title"):
        lines.append(("TI", record["title"]))
    for author in record.get("authors") or ():
        lines.append(("AU", author))
    if record.get("year") is not None:
        lines.append(("PY", str(record["year"])))
    if record.get("journal"):
        lines.append(("JO" if not record.get("is_book") else "T2", record["journal"]))
    if record.get("abstract"):
        lines.append(("AB", record["abstract"]))
    if record.get("doi"):
        lines.append(("DO", record["doi"]))
    lines.append(("AN", record["pmid"]))
    lines.append(("ID", record["pmid"]))
    lines.append(("UR", PUBMED_URL.format(pmid=record["pmid"])))
    if record.get("language"):
        lines.append(("LA", record["language"]))
    if record.get("design"):
        lines.append(("KW", f"design: {record['design']}"))
    for therapy in record.get("therapies") or ():
        lines.append(("KW", f"therapy: {therapy}"))
    if record.get("retracted"):
        lines.append(("KW", "retracted"))
        lines.append(("N1", "Retracted publication or retraction notice (PubMed)."))
    text = "".join(f"{tag}  - {_ris_value(value)}\r\n" for tag, value in lines)
    return text + "ER  - \r\n\r\n"


def write_ris(records: Iterable[Mapping], out: TextIO) -> int:
    """RIS references, one per article."""
    written = 0
    for record in records:
        out.write(ris_entry(record))
        written += 1
    return written


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "ris": write_ris}

# The keys beyond the export contract each format uses (RIS wants authors for a usable citation).
FORMAT_EXTRAS = {"jsonl": (), "csv": (), "ris": ("authors", "language", "is_book")}


def export_store(*, engine, format: str, out: Path | TextIO, batch_size: int = 1000) -> int:
    """Write every stored article to `out` (a path, replaced atomically, or an open text stream).

    The only function here that touches the store; the writers above stay pure.
    """
    from pipeline.store.articles import iter_export_records
    from pipeline.store.engine import session_scope

    if format not in WRITERS:
        raise ConfigError(f"--format: {format!r} is not one of {', '.join(FORMATS)}")
    writer = WRITERS[format]
    with session_scope(engine) as session:
        records = iter_export_records(session=session, batch_size=batch_size, extra=FORMAT_EXTRAS[format])
        if not isinstance(out, Path):
            return writer(records, out)
        partial = out.with_name(out.name + ".part")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            with open(partial, "w", encoding="utf-8", newline="") as handle:
                written = writer(records, handle)
            os.replace(partial, out)
        except OSError as exc:
            _discard(partial)
            raise ConfigError(f"{out}: cannot write the export ({exc.strerror or exc}); "
                              f"check the folder exists and is writable") from None
        except BaseException:
            _discard(partial)
            raise
        return written


def _discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
