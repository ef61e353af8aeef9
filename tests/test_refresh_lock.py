"""The run lock refresh, digest and the scheduler share (`pipeline.runlock`)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import settings_from_dict
from pipeline.errors import LockError
from pipeline.runlock import LOCK_FILE_NAME, lock_path, run_lock
from tests.eutils_support import make_settings


def test_lock_file_sits_next_to_the_sqlite_database(tmp_path):
    settings = make_settings(tmp_path, "http://127.0.0.1:9/")
    assert lock_path(settings) == tmp_path / "evidence.sqlite.lock"


def test_lock_file_for_a_server_database_lives_in_the_digest_folder(tmp_path):
    settings = settings_from_dict({"pubmed": {"email": "a@example.org"},
                                   "database": {"url": "postgresql://watch@db.example/evidence"},
                                   "digest": {"out_dir": "out"}}, base_dir=tmp_path)
    assert lock_path(settings) == tmp_path / "out" / LOCK_FILE_NAME


def test_second_holder_gives_up_after_the_wait_with_a_clear_message(tmp_path):
    settings = make_settings(tmp_path, "http://127.0.0.1:9/")
    with run_lock(settings, wait_seconds=1):
        started = time.monotonic()
        with pytest.raises(LockError) as failure:
            with run_lock(settings, wait_seconds=0.2, purpose="write the digest"):
                pytest.fail("acquired a held lock")
        assert time.monotonic() - started >= 0.2
    assert str(failure.value) == (
        f"{tmp_path / 'evidence.sqlite.lock'}: another refresh or digest is running on this store "
        "(waited 0.2 s to write the digest); try again when it has finished")


def test_lock_is_free_again_after_the_block(tmp_path):
    settings = make_settings(tmp_path, "http://127.0.0.1:9/")
    with run_lock(settings, wait_seconds=0):
        pass
    with run_lock(settings, wait_seconds=0) as path:
        assert path == tmp_path / "evidence.sqlite.lock"


def test_a_holder_killed_with_sigkill_leaves_no_stale_lock(tmp_path: Path):
    settings = make_settings(tmp_path, "http://127.0.0.1:9/")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from filelock import FileLock; "
         "lock = FileLock(sys.argv[1], thread_local=False); lock.acquire(); print('held', flush=True); "
         "time.sleep(60)",
         str(lock_path(settings))],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockError):
            with run_lock(settings, wait_seconds=0.1):
                pass
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        with run_lock(settings, wait_seconds=2):
            pass
    finally:
        holder.kill()
        holder.wait(timeout=10)
        holder.stdout.close()
