"""Bounds checked on a file's bytes before any parser sees them, so a hostile file costs bounded memory.

A PDF's compressed streams are inflated here in small steps and thrown away, only to learn how large
they would be: a decompression bomb (a few hundred kilobytes that inflate to gigabytes) is refused
before the PDF library inflates it in one piece.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from analyst.errors import IngestError

# One PDF stream may inflate to this much; a page's text or a full-page scan is far below it.
MAX_PDF_STREAM_BYTES = 256 * 1024 * 1024
_STEP = 1024 * 1024
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")


def check_pdf_streams(path: Path, data: bytes, *, max_stream_bytes: int = MAX_PDF_STREAM_BYTES) -> None:
    """Raise ``IngestError`` if any zlib (FlateDecode) stream in the PDF inflates past ``max_stream_bytes``."""
    for match in _STREAM_START.finditer(data):
        inflater = zlib.decompressobj()
        pending = memoryview(data)[match.end() :]
        total = 0
        try:
            # Feed the compressed bytes a megabyte at a time and ask for at most a megabyte out each time.
            while pending and not inflater.eof:
                piece, pending = pending[:_STEP], pending[_STEP:]
                out = inflater.decompress(piece, _STEP)
                total += len(out)
                # (a stream that ends inside a piece leaves the bytes after it as the tail: stop at its end, or this never ends)
                while inflater.unconsumed_tail and not inflater.eof and total <= max_stream_bytes:
                    out = inflater.decompress(inflater.unconsumed_tail, _STEP)
                    total += len(out)
                if total > max_stream_bytes:
                    raise IngestError(
                        str(path),
                        f"a compressed stream in the PDF inflates to more than {max_stream_bytes // (1024 * 1024)} MB "
                        "(a decompression bomb?); the file was not read",
                    )
        except zlib.error:
            continue  # not a zlib stream (an image in another format, or plain text): nothing to bound here
