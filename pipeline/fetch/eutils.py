"""PubMed E-utilities client: ESearch and EFetch on Bio.Entrez, with our own retries, timeout
and rate limit.

This is the only module that imports `Bio.Entrez` (STYLE.md). Bio.Entrez builds every request
(`tool`, `email`, `api_key`, id lists, GET or POST) and parses the ESearch replies; PubMed XML
from EFetch goes to `pipeline.fetch.pubmed_xml`. We do not call `Entrez.esearch`/`efetch`
(and so not `Entrez._open`), because in Biopython 1.88
- their base URL is fixed to NCBI's, and `[pubmed] eutils_url` may name a mirror or a loopback
  server;
- `_open` opens without a socket timeout (biopython/biopython#1524), retries 429 and 5xx at once
  without sleeping, and spaces requests without a lock (EUTILS-FACTS.md §11).
So a request is built with `Entrez._build_request(url, params, post=...)` and sent with
`urllib.request.urlopen(..., timeout=...)` inside the one retry loop below (exponential backoff
with jitter, Retry-After honoured, `[pubmed] max_retries` retries), after the process-wide rate
limiter. `Entrez.max_tries = 1` so that nothing can stack Biopython's own loop on ours.

What is retried (EUTILS-FACTS.md §2-3, §13.5): HTTP 429 and 5xx, connection failures and
resets, timeouts, cut-off bodies (IncompleteRead), HTML or empty 200 bodies, malformed XML,
"Search Backend failed" outages, an ESearch with no results but an ErrorList (a search that
silently failed must not look like "nothing new"), and an EFetch reply missing PMIDs asked for.
Not retried: other 4xx (HTTP 400/414: fix the request or the API key), the paging-limit ERROR
("out of acceptable range"), other ERROR messages. An EFetch that says the WebEnv is gone
raises `HistoryExpired` at once: the caller searches again and resumes.

The API key is a parameter of every request, so it is in every URL and POST body: nothing
here logs either, and every text that leaves this module (log lines, error messages) passes
through `redact`, since NCBI echoes an invalid key in its 400 body.

NCBI documentation: https://www.ncbi.nlm.nih.gov/books/NBK25497/ (usage policy, API keys),
https://www.ncbi.nlm.nih.gov/books/NBK25499/ (ESearch, EFetch parameters).
"""

from __future__ import annotations

import http.client
import io
import logging
import math
import random
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import TypeVar
from urllib.error import HTTPError, URLError
from urllib.request import urlopen

from Bio import Entrez

from pipeline.config import PubmedSettings, Settings
from pipeline.errors import FetchError, ParseError
from pipeline.fetch.article import Article

# We run our own retry loop; Biopython's must never run behind it.
Entrez.max_tries = 1

log = logging.getLogger(__name__)

ESEARCH = "esearch"
EFETCH = "efetch"
# NCBI allows 3 requests/s without a key and 10/s with one (NBK25497). Biopython found that
# spacing by exactly 1/3 s still drew 429s and uses 0.37 s; 0.11 s keeps a margin under 10/s.
NO_KEY_INTERVAL = 0.37
API_KEY_INTERVAL = 0.11

_PAGING_LIMIT = re.compile(r"out of acceptable range|cannot be larger than", re.IGNORECASE)
_BACKEND_OUTAGE = re.compile(
    r"Search Backend failed|Unable to open connection|address table is empty|"
    r"Database is not supported|temporarily unavailable|try again later|down_bethesda",
    re.IGNORECASE,
)
_HISTORY_GONE = re.compile(
    r"Unable to obtain query|Cannot retrieve query|(WebEnv|history).{0,40}(expired|not found|invalid)",
    re.IGNORECASE,
)
_PERMANENT_HINT = ("not retried: check [pubmed] eutils_url and query, and the NCBI API key in the "
                   "environment variable [pubmed] api_key_env names (unset it to run without a key)")
_ERROR_ELEMENT = re.compile(rb"<ERROR>(.*?)</ERROR>", re.DOTALL)
_API_KEY_PARAM = re.compile(r"(api_key=)[^&\s\"']+", re.IGNORECASE)

T = TypeVar("T")


class HistoryExpired(FetchError):
    """EFetch says the WebEnv/query_key is no longer on the History server."""


class BatchFetchError(FetchError):
    """One EFetch batch kept failing; `articles` holds what its last reply did contain."""

    def __init__(self, message: str, *, pmids: Sequence[str], articles: Sequence[Article] = ()) -> None:
        super().__init__(message)
        self.pmids = tuple(pmids)
        self.articles = tuple(articles)


class _Transient(Exception):
    def __init__(self, reason: str, *, retry_after: float | None = None,
                 articles: Sequence[Article] = (), missing: Sequence[str] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.articles = tuple(articles)
        self.missing = tuple(missing)


class _Permanent(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RateLimiter:
    """Spaces request starts at least `interval` seconds apart across all threads.

    One instance (`PROCESS_RATE_LIMITER`) serves the whole process: NCBI counts requests per
    IP address, whichever thread sends them. Separate processes are kept apart by the run lock
    (`pipeline.runlock`). `clock` and `sleep` are injectable so tests need not wait.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_allowed = -math.inf

    def wait(self, interval: float) -> float:
        """Block until a request may start; returns the seconds waited."""
        with self._lock:
            now = self._clock()
            delay = max(0.0, self._next_allowed - now)
            if delay:
                self._sleep(delay)
            self._next_allowed = now + delay + interval
            return delay


PROCESS_RATE_LIMITER = RateLimiter()


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What ESearch said: the true `count`, the listed ids and the History server handle."""

    count: int
    ids: tuple[str, ...]
    webenv: str | None = None
    query_key: str | None = None
    query_translation: str = ""
    warnings: dict[str, list[str]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """True when every matching id is listed (not cut at the search cap)."""
        return len(self.ids) >= self.count


@dataclass(frozen=True, slots=True)
class _Response:
    status: int
    headers: Message
    body: bytes


class EutilsClient:
    """ESearch/EFetch for PubMed with the retry, timeout and rate policy described above.

    `requests_made` counts every HTTP request sent, retries included.
    """

    def __init__(self, pubmed: PubmedSettings, *, api_key: str | None = None,
                 limiter: RateLimiter | None = None, sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None) -> None:
        self.base_url = pubmed.eutils_url
        self.tool = pubmed.tool
        self.email = pubmed.email
        self.timeout = pubmed.timeout_seconds
        self.max_retries = pubmed.max_retries
        self.backoff = pubmed.backoff_seconds
        self.max_backoff = pubmed.max_backoff_seconds
        self._api_key = api_key or None
        self.limiter = limiter if limiter is not None else PROCESS_RATE_LIMITER
        self._sleep = sleep
        self._rng = rng if rng is not None else random.Random()
        self.requests_made = 0

    @classmethod
    def from_settings(cls, settings: Settings, **options) -> EutilsClient:
        return cls(settings.pubmed, api_key=settings.api_key(), **options)

    def __repr__(self) -> str:  # never show the key
        return f"EutilsClient({self.base_url!r}, api_key={'set' if self._api_key else 'unset'})"

    @property
    def min_interval(self) -> float:
        return API_KEY_INTERVAL if self._api_key else NO_KEY_INTERVAL

    def redact(self, text: str) -> str:
        """`text` with the API key (and any `api_key=` parameter) blanked out."""
        if self._api_key:
            text = text.replace(self._api_key, "***")
        return _API_KEY_PARAM.sub(r"\1***", text)

    # -- E-utilities --------------------------------------------------------------------
    def search(self, term: str, *, retmax: int, usehistory: bool = True, label: str = "esearch") -> SearchResult:
        """ESearch `db=pubmed` for `term`, listing up to `retmax` ids (newest first) and, with
        `usehistory`, keeping the result on the History server.
        https://www.ncbi.nlm.nih.gov/books/NBK25499/#chapter4.ESearch"""
        params: dict[str, object] = {"db": "pubmed", "term": term, "retstart": 0, "retmax": retmax}
        if usehistory:
            params["usehistory"] = "y"
        return self._call(ESEARCH, params, post=None, interpret=lambda reply: self._read_search(reply, label),
                          label=label)

    def fetch_history(self, search: SearchResult, *, retstart: int, expected: Sequence[str],
                      label: str = "efetch") -> list[Article]:
        """EFetch (POST) the records `retstart` … `retstart + len(expected) - 1` of a search
        kept on the History server; `expected` are the PMIDs the search listed there.
        https://www.ncbi.nlm.nih.gov/books/NBK25499/#chapter4.EFetch"""
        if not search.webenv or not search.query_key:
            raise ValueError("fetch_history needs a search made with usehistory")
        params = {"db": "pubmed", "retmode": "xml", "WebEnv": search.webenv,
                  "query_key": search.query_key, "retstart": retstart, "retmax": len(expected)}
        return self._call(EFETCH, params, post=True, label=label, batch=expected,
                          interpret=lambda reply: self._read_articles(reply, expected, label))

    def fetch_ids(self, pmids: Sequence[str], *, label: str = "efetch") -> list[Article]:
        """EFetch (POST, so long id lists cannot hit HTTP 414) the records of `pmids`."""
        params = {"db": "pubmed", "retmode": "xml", "id": ",".join(pmids)}
        return self._call(EFETCH, params, post=True, label=label, batch=pmids,
                          interpret=lambda reply: self._read_articles(reply, pmids, label))

    # -- the retry loop -----------------------------------------------------------------
    def _call(self, endpoint: str, params: dict[str, object], *, post: bool | None,
              interpret: Callable[[_Response], T], label: str, batch: Sequence[str] = ()) -> T:
        url = f"{self.base_url}{endpoint}.fcgi"
        params = {**params, "tool": self.tool, "email": self.email, "api_key": self._api_key}
        attempt = 0
        while True:
            self.limiter.wait(self.min_interval)
            self.requests_made += 1
            log.debug("%s: %s %s (attempt %d)", label, "POST" if post else "GET/POST", url, attempt + 1)
            try:
                return interpret(self._send(url, params, post))
            except _Permanent as problem:
                hint = _PERMANENT_HINT if problem.reason.startswith("HTTP 4") else "not retried"
                raise FetchError(self.redact(f"{label}: {problem.reason} ({url}); {hint}")) from None
            except _Transient as problem:
                if attempt >= self.max_retries:
                    message = self.redact(
                        f"{label}: {problem.reason} ({url}); gave up after {attempt + 1} attempt(s) "
                        f"([pubmed] max_retries = {self.max_retries})"
                    )
                    if endpoint == EFETCH:
                        raise BatchFetchError(message, pmids=problem.missing or batch,
                                              articles=problem.articles) from None
                    raise FetchError(message) from None
                delay = self._backoff(attempt, problem.retry_after)
                log.warning("%s", self.redact(
                    f"{label}: {problem.reason}; retry {attempt + 1} of {self.max_retries} in {delay:.2f} s"))
                self._sleep(delay)
                attempt += 1

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        """Exponential backoff with "equal jitter" (half fixed, half random), at least the
        server's Retry-After, never above `max_backoff_seconds`."""
        ceiling = min(self.max_backoff, self.backoff * (2 ** attempt))
        delay = ceiling / 2 + self._rng.uniform(0, ceiling / 2)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.max_backoff)

    def _send(self, url: str, params: dict[str, object], post: bool | None) -> _Response:
        request = Entrez._build_request(url, dict(params), post=post)
        try:
            with urlopen(request, timeout=self.timeout) as handle:
                return _Response(handle.status, handle.headers, handle.read())
        except HTTPError as error:
            try:
                body = error.read()
            except (OSError, http.client.HTTPException):
                body = b""
            finally:
                error.close()
            detail = f"HTTP {error.code} {error.reason}"
            snippet = _snippet(body)
            if snippet:
                detail += f": {snippet}"
            if error.code == 429 or error.code >= 500:
                raise _Transient(detail, retry_after=_retry_after(error.headers)) from None
            raise _Permanent(detail) from None
        except TimeoutError:
            raise _Transient(f"no answer within {self.timeout:g} s ([pubmed] timeout_seconds)") from None
        except URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise _Transient(f"no answer within {self.timeout:g} s ([pubmed] timeout_seconds)") from None
            raise _Transient(f"connection failed ({error.reason})") from None
        except http.client.IncompleteRead as error:
            raise _Transient(f"the reply was cut off after {len(error.partial)} bytes") from None
        except (http.client.HTTPException, OSError) as error:
            raise _Transient(f"connection failed ({type(error).__name__}: {error})") from None

    # -- reading replies ----------------------------------------------------------------
    @staticmethod
    def _check_body(reply: _Response, what: str) -> bytes:
        body = reply.body
        if not body.strip():
            raise _Transient(f"an empty {what} reply")
        content_type = reply.headers.get_content_type() if reply.headers else ""
        start = body.lstrip()[:64].lower()
        if content_type == "text/html" or start.startswith((b"<!doctype html", b"<html")):
            raise _Transient(f"an HTML page instead of {what} XML (NCBI maintenance or an error page)")
        if start.startswith(b"{"):
            raise _Transient(f"a JSON message instead of {what} XML: {_snippet(body)}")
        return body

    def _read_search(self, reply: _Response, label: str) -> SearchResult:
        body = self._check_body(reply, "ESearch")
        try:
            record = Entrez.read(io.BytesIO(body))
        except RuntimeError as error:  # an <ERROR> element (EUTILS-FACTS.md §3)
            message = " ".join(str(error).split())
            if _PAGING_LIMIT.search(message):
                raise _Permanent(f"NCBI refused to page this far: {message}") from None
            if _BACKEND_OUTAGE.search(message):
                raise _Transient(f"NCBI search backend outage ({message})") from None
            raise _Permanent(f"NCBI answered ERROR: {message}") from None
        except ValueError as error:  # not XML, cut off, or tags outside the DTD
            raise _Transient(f"a malformed ESearch reply ({_first_line(error)})") from None
        try:
            count = int(record["Count"])
            ids = tuple(str(pmid) for pmid in record.get("IdList", []))
        except (KeyError, TypeError, ValueError):
            raise _Transient("an ESearch reply without Count/IdList") from None
        errors = {key: [str(v) for v in values] for key, values in dict(record.get("ErrorList") or {}).items() if values}
        warnings = {key: [str(v) for v in values] for key, values in dict(record.get("WarningList") or {}).items()
                    if values}
        translation = str(record.get("QueryTranslation") or "")
        if errors and count == 0:
            raise _Transient(f"no results and ErrorList {errors}; if this persists, check [pubmed] query")
        if errors:
            log.warning("%s: NCBI reports ErrorList %s; query translated as %s", label, errors, translation)
        notable = {key: values for key, values in warnings.items() if values != ["No items found."]}
        if notable:
            log.info("%s: NCBI warnings %s", label, notable)
        log.debug("%s: Count %d, %d ids listed; translation %s", label, count, len(ids), translation)
        return SearchResult(count=count, ids=ids, webenv=_optional(record.get("WebEnv")),
                            query_key=_optional(record.get("QueryKey")), query_translation=translation,
                            warnings=warnings, errors=errors)

    def _read_articles(self, reply: _Response, expected: Sequence[str], label: str) -> list[Article]:
        from pipeline.fetch.pubmed_xml import parse_articles

        body = self._check_body(reply, "EFetch")
        head = body[:4096]
        if b"<PubmedArticleSet" not in head:
            found = _ERROR_ELEMENT.search(body)
            if found:
                message = " ".join(found.group(1).decode("utf-8", "replace").split())
                if _HISTORY_GONE.search(message):
                    raise HistoryExpired(f"{label}: the History server lost the search ({message})")
                raise _Transient(f"NCBI answered ERROR: {message}")
        try:
            articles = parse_articles(body, source_name=label)
        except ParseError as error:
            raise _Transient(f"a truncated or malformed PubmedArticleSet ({_first_line(error)})") from None
        received = {article.pmid for article in articles}
        missing = [pmid for pmid in expected if pmid not in received]
        if missing:
            raise _Transient(
                f"{len(missing)} of the {len(expected)} PMIDs asked for are missing from the reply "
                f"({_preview(missing)})", articles=articles, missing=missing)
        extra = received.difference(expected)
        if extra:
            log.warning("%s: reply also holds PMIDs not asked for: %s", label, _preview(sorted(extra)))
        return articles


def _optional(value: object) -> str | None:
    return str(value) if value else None


def _retry_after(headers: Message | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    value = headers.get("Retry-After") if headers else None
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _snippet(body: bytes, limit: int = 200) -> str:
    """The start of a reply body for an error message; an HTML page by its title."""
    text = " ".join(body.decode("utf-8", "replace").split())
    if text[:64].lower().startswith(("<!doctype html", "<html")):
        title = _HTML_TITLE.search(text)
        text = f"HTML page {title.group(1).strip()!r}" if title else "an HTML page"
    return text if len(text) <= limit else text[:limit] + "…"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _preview(pmids: Sequence[str], limit: int = 10) -> str:
    shown = ", ".join(pmids[:limit])
    return shown if len(pmids) <= limit else f"{shown} and {len(pmids) - limit} more"
