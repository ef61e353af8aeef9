"""The project's one exception family.

    PipelineError           anything the CLI reports as one clear line
    ├── ConfigError         bad configuration or usage (exit code 2)
    ├── FetchError          E-utilities could not be reached or answered badly (exit 1)
    ├── ParseError          a PubMed XML file or record is malformed (exit 1)
    ├── StoreError          the evidence store cannot be opened or written (exit 1)
    ├── LockError           another run holds the store's run lock (exit 1)
    └── DeliveryError       the digest could not be mailed (exit 1; the digest is kept)

Each message names the file, key, URL or PMID at fault and says what to do.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every expected failure; carries the process exit code."""

    exit_code = 1


class ConfigError(PipelineError):
    """The configuration file or a command-line value is wrong."""

    exit_code = 2


class FetchError(PipelineError):
    """PubMed E-utilities failed after retries, or answered with an error."""


class ParseError(PipelineError):
    """A PubMed XML document could not be read."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 pmid: str | None = None) -> None:
        where = ", ".join(
            part for part in (
                source,
                f"line {line}" if line is not None else None,
                f"PMID {pmid}" if pmid else None,
            ) if part
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.source = source
        self.line = line
        self.pmid = pmid


class StoreError(PipelineError):
    """The evidence store could not be opened, migrated or written."""


class LockError(PipelineError):
    """Another refresh or digest run holds the lock on this store."""


class DeliveryError(PipelineError):
    """The digest mail could not be delivered; the digest itself is saved."""
