"""The one error tree of the project. Shells catch ``AnalystError`` and print one line.

    AnalystError
     ├── ConfigError      a setting is missing or wrong (what to set, where)
     ├── IngestError      one file could not be ingested (the file and the reason)
     ├── ProviderError    a model or a store is unreachable or unprepared (what to run or check)
     └── NotFound         a document, company or store that does not exist
"""

from __future__ import annotations


class AnalystError(Exception):
    """Base of every error a user may see. The message is one line that says what to do."""


class ConfigError(AnalystError):
    """A setting is missing or invalid."""


class IngestError(AnalystError):
    """One file could not be ingested; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ProviderError(AnalystError):
    """A provider (embedding model, chat model, vector store) is unreachable or not prepared."""


class NotFound(AnalystError):
    """The thing asked for does not exist."""
