"""Filings analyst: ask questions about earnings reports, filings, transcripts and deal announcements."""

__version__ = "0.1.0"
