"""Ingest: files -> documents and chunks in a store. Imports only the kernel; providers are handed in."""

from ingest.pipeline import Ingestor, collect_files

__all__ = ["Ingestor", "collect_files"]
