"""Files uploaded through the app: stored under the store folder with safe generated names.

No part of a name from the browser is trusted as a path: the stored name is the content hash plus a
cleaned stem and the original (lower-cased) extension, so two uploads never collide and nothing can
escape the uploads folder.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from analyst.errors import IngestError
from ingest.loaders import SUPPORTED


def safe_name(original: str, data: bytes) -> str:
    base = original.replace("\\", "/").rsplit("/", 1)[-1]
    base = unicodedata.normalize("NFKC", base)
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    suffix = suffix.lower()
    stem = re.sub(r"[^\w\-]+", "-", stem, flags=re.UNICODE).strip("-._")[:80] or "document"
    digest = hashlib.sha256(data).hexdigest()[:12]
    return f"{digest}-{stem}.{suffix}" if suffix else f"{digest}-{stem}"


def save_upload(folder: Path, original: str, data: bytes, *, max_bytes: int) -> Path:
    """Check type and size, then write the upload atomically into ``folder``. Returns its path."""
    name = safe_name(original, data)
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if suffix not in SUPPORTED:
        supported = ", ".join(sorted({s.lstrip(".") for s in SUPPORTED}))
        raise IngestError(original, f"unsupported file type '{suffix or '(none)'}' (supported: {supported})")
    if len(data) > max_bytes:
        raise IngestError(original, f"the file is {len(data) / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.exists():
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(data)
        partial.replace(target)
    return target
