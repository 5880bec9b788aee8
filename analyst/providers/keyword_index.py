"""BM25 keyword search with bm25s over our own tokens (Latin words and CJK bigrams).

bm25s indexes are static, so the index is rebuilt when the set of published documents changes and
cached on disk under a signature of that set; loading a cached index takes milliseconds.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Collection, Sequence
from pathlib import Path

import numpy as np

from analyst.text import tokenize


class KeywordIndex:
    """Scores chunks for a bag of query tokens. Read-only once built, so safe to share across threads."""

    def __init__(self, ids: list[str], retriever: object | None) -> None:
        self.ids = ids
        self._retriever = retriever
        # Chunk ids start with their document's id: one small integer per chunk lets a search be
        # restricted to some documents with one vectorised comparison, even over 250,000 chunks.
        doc_ids = [chunk_id.split("-", 1)[0] for chunk_id in ids]
        self._doc_number = {doc_id: n for n, doc_id in enumerate(dict.fromkeys(doc_ids))}
        self._chunk_doc = np.fromiter((self._doc_number[d] for d in doc_ids), dtype=np.int32, count=len(doc_ids))

    @classmethod
    def build(cls, items: Sequence[tuple[str, str]]) -> KeywordIndex:
        import bm25s

        ids = [chunk_id for chunk_id, _ in items]
        if not ids:
            return cls([], None)
        corpus = [tokenize(text) or ["\u2205"] for _, text in items]
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        vocab: dict[str, int] = {}
        token_ids = [[vocab.setdefault(t, len(vocab)) for t in doc] for doc in corpus]
        retriever.index(bm25s.tokenization.Tokenized(ids=token_ids, vocab=vocab), show_progress=False)
        return cls(ids, retriever)

    def save(self, folder: Path) -> None:
        if self._retriever is None:
            return
        staging = folder.with_name(folder.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        self._retriever.save(str(staging))  # type: ignore[attr-defined]
        (staging / "chunk_ids.json").write_text(json.dumps(self.ids), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        staging.replace(folder)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex | None:
        import bm25s

        ids_file = folder / "chunk_ids.json"
        if not ids_file.is_file():
            return None
        try:
            retriever = bm25s.BM25.load(str(folder))
            ids = json.loads(ids_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return cls(ids, retriever)

    def search(self, tokens: Sequence[str], k: int, doc_ids: Collection[str] | None = None) -> list[tuple[str, float]]:
        """Top ``k`` chunk ids for the query tokens, optionally only among the chunks of ``doc_ids``."""
        if self._retriever is None or not tokens:
            return []
        vocab = self._retriever.vocab_dict  # type: ignore[attr-defined]
        query = [vocab[t] for t in tokens if t in vocab]
        if not query:
            return []
        scores = np.asarray(self._retriever.get_scores(query), dtype=np.float32)  # type: ignore[attr-defined]
        if doc_ids is not None:
            wanted = [self._doc_number[d] for d in doc_ids if d in self._doc_number]
            if not wanted:
                return []
            scores = np.where(np.isin(self._chunk_doc, np.asarray(wanted, dtype=np.int32)), scores, 0.0)
        k = min(k, len(self.ids))
        top = np.argpartition(-scores, k - 1)[:k] if k < len(self.ids) else np.arange(len(self.ids))
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
