"""Refresh windows, search splitting and the watermark rule (pure functions)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from pipeline.errors import ConfigError
from pipeline.fetch.windows import (
    MAX_PMID,
    SearchWindow,
    advance_watermark,
    batches,
    refresh_window,
    search_term,
    watermark_name,
)

TODAY = date(2025, 3, 10)
START = date(2000, 1, 1)


def test_first_refresh_covers_start_date_to_today():
    window = refresh_window(today=TODAY, start_date=START, overlap_days=3)
    assert (window.start, window.end) == (START, TODAY)


def test_later_refresh_starts_overlap_days_before_the_watermark():
    window = refresh_window(today=TODAY, start_date=START, overlap_days=3, watermark=date(2025, 3, 8))
    assert (window.start, window.end) == (date(2025, 3, 5), TODAY)


def test_overlap_never_reaches_before_start_date():
    window = refresh_window(today=TODAY, start_date=date(2025, 3, 7), overlap_days=30,
                            watermark=date(2025, 3, 8))
    assert window.start == date(2025, 3, 7)


def test_since_and_until_override_the_window():
    window = refresh_window(today=TODAY, start_date=START, overlap_days=3, watermark=date(2025, 3, 8),
                            since=date(2010, 1, 1), until=date(2010, 12, 31))
    assert (window.start, window.end) == (date(2010, 1, 1), date(2010, 12, 31))


def test_since_after_until_is_a_usage_error():
    with pytest.raises(ConfigError, match="--since 2025-02-01 is after --until 2025-01-01"):
        refresh_window(today=TODAY, start_date=START, overlap_days=3, since=date(2025, 2, 1),
                       until=date(2025, 1, 1))


def test_since_in_the_future_is_a_usage_error():
    with pytest.raises(ConfigError, match="after today"):
        refresh_window(today=TODAY, start_date=START, overlap_days=3, since=TODAY + timedelta(days=1),
                       until=TODAY + timedelta(days=5))


def test_watermark_ahead_of_today_still_gives_a_window_ending_today():
    window = refresh_window(today=TODAY, start_date=START, overlap_days=0, watermark=TODAY + timedelta(days=2))
    assert (window.start, window.end) == (TODAY, TODAY)


def test_term_puts_the_entrez_date_range_in_the_query():
    term = search_term('"lupus"[tiab] OR SLE[tiab]', date(2024, 1, 5), date(2024, 2, 29))
    assert term == '("lupus"[tiab] OR SLE[tiab]) AND ("2024/01/05"[edat] : "2024/02/29"[edat])'


def test_term_for_modification_date_and_pmid_range():
    window = SearchWindow(date(2024, 1, 5), date(2024, 1, 5), (100, 199))
    assert window.term("x", "mdat") == '(x) AND ("2024/01/05"[mdat] : "2024/01/05"[mdat]) AND 100:199[uid]'


def test_split_bisects_dates_without_gap_or_overlap():
    left, right = SearchWindow(date(2024, 1, 1), date(2024, 1, 10)).split()
    assert (left.start, left.end, right.start, right.end) == (
        date(2024, 1, 1), date(2024, 1, 5), date(2024, 1, 6), date(2024, 1, 10))


def test_split_of_two_days_gives_one_day_each():
    left, right = SearchWindow(date(2024, 1, 1), date(2024, 1, 2)).split()
    assert (left.days, right.days, left.end, right.start) == (1, 1, date(2024, 1, 1), date(2024, 1, 2))


def test_single_day_splits_by_pmid_range():
    day = date(2024, 1, 1)
    left, right = SearchWindow(day, day).split()
    assert left.uid_range == (1, (1 + MAX_PMID) // 2)
    assert right.uid_range == (left.uid_range[1] + 1, MAX_PMID)
    assert left.start == right.start == day


def test_single_pmid_cannot_split():
    window = SearchWindow(date(2024, 1, 1), date(2024, 1, 1), (7, 7))
    assert not window.can_split
    with pytest.raises(ValueError, match="cannot split"):
        window.split()


def test_repeated_splits_always_cover_every_day_once():
    window = SearchWindow(date(2023, 12, 25), date(2024, 2, 3))
    parts = [window]
    for _ in range(5):
        parts = [half for part in parts for half in (part.split() if part.days > 1 else (part,))]
    days = [part.start + timedelta(days=offset) for part in parts for offset in range(part.days)]
    assert days == [window.start + timedelta(days=offset) for offset in range(window.days)]


def test_watermark_first_run_reaches_today():
    window = SearchWindow(START, TODAY)
    assert advance_watermark(current=None, window=window, start_date=START, today=TODAY) == TODAY


def test_watermark_never_passes_today():
    window = SearchWindow(date(2025, 3, 1), TODAY + timedelta(days=30))
    assert advance_watermark(current=date(2025, 3, 5), window=window, start_date=START, today=TODAY) == TODAY


def test_watermark_does_not_move_back_for_a_backfill_of_the_past():
    window = SearchWindow(date(2010, 1, 1), date(2010, 12, 31))
    assert advance_watermark(current=date(2025, 3, 5), window=window, start_date=START,
                             today=TODAY) == date(2025, 3, 5)


def test_detached_backfill_on_an_empty_store_sets_no_watermark():
    window = SearchWindow(date(2024, 1, 1), date(2024, 6, 30))
    assert advance_watermark(current=None, window=window, start_date=START, today=TODAY) is None


def test_window_joining_the_watermark_extends_it():
    window = SearchWindow(date(2025, 3, 6), date(2025, 3, 9))
    assert advance_watermark(current=date(2025, 3, 5), window=window, start_date=START,
                             today=TODAY) == date(2025, 3, 9)


def test_window_leaving_a_gap_after_the_watermark_keeps_it():
    window = SearchWindow(date(2025, 3, 8), date(2025, 3, 9))
    assert advance_watermark(current=date(2025, 3, 5), window=window, start_date=START,
                             today=TODAY) == date(2025, 3, 5)


def test_watermark_name_depends_on_the_query_not_its_spacing():
    assert watermark_name("a  OR b") == watermark_name("a OR b")
    assert watermark_name("a OR b") != watermark_name("a OR c")


def test_batches_cut_in_order():
    assert batches(list("abcdefg"), 3) == [list("abc"), list("def"), list("g")]
