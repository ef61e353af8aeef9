"""When this process may fork workers (the import workers, the digest's plot workers)."""

from __future__ import annotations

import multiprocessing
import threading


def fork_is_safe() -> bool:
    """The platform forks and this process runs a single thread: a child forked from a
    multi-threaded process can inherit a lock another thread held, and deadlock on it."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
