"""Which Entrez dates a refresh covers, how a search is split, and when the watermark moves.

Pure functions over dates: no clock, no network, no database. `today` is always an argument.

Date-window syntax. A window is written into the search term itself,

    (<query>) AND ("2024/01/01"[edat] : "2024/01/31"[edat])

rather than sent as `mindate`/`maxdate`/`datetype` parameters (both are documented for
ESearch, https://www.ncbi.nlm.nih.gov/books/NBK25499/#chapter4.ESearch, and the loopback
server understands both). The term form keeps the whole search in one string: it is what the
`runs` table records, it can be pasted into the PubMed web search to reproduce a run, and the
same shape serves the modification-date check (`[mdat]`) and the PMID-range fallback
(`AND 1000:1999[uid]`) used when a single day holds more records than ESearch can list.
Both ends of a range are inclusive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from pipeline.errors import ConfigError

ENTREZ_DATE = "edat"
MODIFICATION_DATE = "mdat"
PUBLICATION_DATE = "pdat"

# PMIDs are positive integers below this bound (about 4.2e7 were assigned by 2025).
MAX_PMID = 999_999_999

_ONE_DAY = timedelta(days=1)

T = TypeVar("T")


def entrez_date(value: date) -> str:
    """`2024-01-05` → `2024/01/05`, the date format E-utilities expects."""
    return value.strftime("%Y/%m/%d")


@dataclass(frozen=True, slots=True)
class SearchWindow:
    """Inclusive Entrez-date range, optionally narrowed to an inclusive PMID range."""

    start: date
    end: date
    uid_range: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"window starts after it ends: {self.start} > {self.end}")
        if self.uid_range is not None and self.uid_range[0] > self.uid_range[1]:
            raise ValueError(f"PMID range is empty: {self.uid_range}")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def term(self, query: str, field: str = ENTREZ_DATE) -> str:
        """The ESearch term for `query` restricted to this window on date `field`."""
        return search_term(query, self.start, self.end, field=field, uid_range=self.uid_range)

    @property
    def can_split(self) -> bool:
        return self.days > 1 or self.uid_range is None or self.uid_range[0] < self.uid_range[1]

    def split(self) -> tuple[SearchWindow, SearchWindow]:
        """Two halves covering exactly this window: by date while it spans several days, then
        (a single day holding more than the search cap) by PMID range."""
        if self.days > 1:
            middle = self.start + timedelta(days=(self.days - 1) // 2)
            return (SearchWindow(self.start, middle, self.uid_range),
                    SearchWindow(middle + _ONE_DAY, self.end, self.uid_range))
        low, high = self.uid_range if self.uid_range is not None else (1, MAX_PMID)
        if low >= high:
            raise ValueError(f"cannot split {self.describe()} any further")
        middle = (low + high) // 2
        return (SearchWindow(self.start, self.end, (low, middle)),
                SearchWindow(self.start, self.end, (middle + 1, high)))

    def describe(self) -> str:
        text = f"{self.start.isoformat()}..{self.end.isoformat()}"
        if self.uid_range is not None:
            text += f" PMIDs {self.uid_range[0]}-{self.uid_range[1]}"
        return text


def search_term(query: str, start: date, end: date, *, field: str = ENTREZ_DATE,
                uid_range: tuple[int, int] | None = None) -> str:
    """`(<query>) AND ("YYYY/MM/DD"[field] : "YYYY/MM/DD"[field])` [` AND lo:hi[uid]`]."""
    term = (f'({query.strip()}) AND ("{entrez_date(start)}"[{field}] : '
            f'"{entrez_date(end)}"[{field}])')
    if uid_range is not None:
        term += f" AND {uid_range[0]}:{uid_range[1]}[uid]"
    return term


def refresh_window(*, today: date, start_date: date, overlap_days: int,
                   watermark: date | None = None, since: date | None = None,
                   until: date | None = None) -> SearchWindow:
    """The Entrez dates a refresh covers.

    Default: from the watermark minus `overlap_days` (PubMed indexes some records days after
    their Entrez date) or, on the first run, from `start_date`; up to `today`. `since` and
    `until` override either end. Raises ConfigError for an empty or future-only window.
    """
    if since is None:
        since = start_date if watermark is None else max(start_date, watermark - timedelta(days=overlap_days))
        since = min(since, today)
    if until is None:
        until = today
    if since > until:
        raise ConfigError(f"--since {since.isoformat()} is after --until {until.isoformat()}; "
                          "give a start date on or before the end date")
    if since > today:
        raise ConfigError(f"--since {since.isoformat()} is after today ({today.isoformat()}); "
                          "PubMed has no records there yet")
    return SearchWindow(since, until)


def advance_watermark(*, current: date | None, window: SearchWindow, start_date: date,
                      today: date) -> date | None:
    """The watermark after `window` was committed completely.

    The watermark promises "every Entrez date from `start_date` up to here is in the store".
    A window extends that promise only if it joins the covered range (it starts no later than
    the day after the watermark, or at `start_date` on a first run); a detached backfill such
    as `--since 2010-01-01 --until 2010-12-31` on an empty store leaves it alone. It never
    moves backwards (a backfill of the past keeps it) and never past `today`.
    """
    if current is None:
        joins = window.start <= start_date
    else:
        joins = window.start <= current + _ONE_DAY
    if not joins:
        return current
    reached = min(window.end, today)
    if current is None:
        return reached
    return max(current, reached)


def watermark_name(query: str) -> str:
    """Key of the watermark row for `query`: another query starts its own history."""
    digest = hashlib.sha256(" ".join(query.split()).encode("utf-8")).hexdigest()[:16]
    return f"pubmed-edat:{digest}"


def batches(items: Sequence[T], size: int) -> list[Sequence[T]]:
    """`items` cut into consecutive slices of at most `size`."""
    if size < 1:
        raise ValueError("batch size must be at least 1")
    return [items[index:index + size] for index in range(0, len(items), size)]
