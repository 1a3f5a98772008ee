"""Every error a user may see, in one place. Each message is one Swedish line that says what
happened and what to do; the CLI prints it and exits 2, the app shows it — never a traceback.

    KBError
    ├── IngestError        a file that cannot be read (the file is named by the caller)
    ├── StoreLocked        another indexing is running
    ├── NoIndexError       nothing indexed yet (or the first indexing is still running)
    ├── IndexDamagedError  a generation's files fail their checksums; `ingest` repairs it
    ├── SearchIndexError   the saved search index cannot be used …
    │   ├── ModelMismatchError  … it was built with another embedding model
    │   └── IndexFormatError    … it is missing, damaged or of an old format
    └── EmbedderError      the embedding model cannot be loaded
"""
from __future__ import annotations


class KBError(Exception):
    """Base of every error whose message is meant for the user (one Swedish line)."""


class IngestError(KBError):
    """A file that cannot be ingested."""


class StoreLocked(KBError):
    """Another ingest holds the index lock."""


class NoIndexError(KBError):
    """There is no index yet."""


class IndexDamagedError(KBError):
    """A stored generation is damaged (missing or altered files)."""


class SearchIndexError(KBError):
    """Base for index problems the user must act on."""


class ModelMismatchError(SearchIndexError):
    """The saved index was built with another embedding model: rebuild it."""


class IndexFormatError(SearchIndexError):
    """The directory holds no index, or one written by an incompatible version."""


class EmbedderError(KBError):
    """The embedding model cannot be used."""
