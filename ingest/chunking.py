"""Chunking: blocks -> chunks that a reader could cite.

- Never across a page: a chunk's page is the page a reader opens.
- A table stays in one chunk with its caption (a very large table is split by rows, each part
  repeating the caption and header row).
- A transcript turn stays whole where it fits; short turns (an operator's line) join the next.
- Prose is packed by sentences, English or Chinese, to about ``size`` characters with a small overlap.
"""

from __future__ import annotations

from collections.abc import Iterable

from analyst.text import LIST_MARKER, split_sentences
from analyst.types import Block, Chunk, Document


def _pack(sentences: list[str], size: int, overlap: int) -> list[str]:
    pieces: list[str] = []
    current: list[str] = []
    length = 0
    for sentence in _hard_split(sentences, size):
        if current and length + len(sentence) + 1 > size:
            pieces.append(_join(current))
            carried: list[str] = []
            carried_len = 0
            for previous in reversed(current):
                if carried_len + len(previous) > overlap:
                    break
                carried.insert(0, previous)
                carried_len += len(previous) + 1
            current, length = carried, carried_len
        current.append(sentence)
        length += len(sentence) + 1
    if current:
        piece = _join(current)
        if not pieces or piece not in pieces[-1]:
            pieces.append(piece)
    return pieces


def _hard_split(sentences: Iterable[str], size: int) -> Iterable[str]:
    for sentence in sentences:
        while len(sentence) > size:
            cut = sentence.rfind(" ", 0, size)
            cut = cut if cut > size // 2 else size
            yield sentence[:cut].strip()
            sentence = sentence[cut:].strip()
        if sentence:
            yield sentence


def _join(sentences: list[str]) -> str:
    out = ""
    for sentence in sentences:
        if not out:
            out = sentence
        elif out.endswith("\n"):
            out += sentence
        elif LIST_MARKER.match(sentence):
            out += "\n" + sentence
        elif out[-1] in "。！？；：" or sentence[:1] > "\u2e80":
            out += sentence
        else:
            out += " " + sentence
    return out.strip()


def _table_parts(text: str, size: int) -> list[str]:
    limit = int(size * 2.5)
    if len(text) <= limit:
        return [text]
    lines = text.split("\n")
    head = lines[:2] if len(lines) > 3 else lines[:1]
    parts: list[str] = []
    current = list(head)
    for line in lines[len(head):]:
        if len("\n".join(current)) + len(line) > limit and len(current) > len(head):
            parts.append("\n".join(current))
            current = list(head)
        current.append(line)
    if len(current) > len(head):
        parts.append("\n".join(current))
    return parts


def header_for(document: Document, section: str) -> str:
    fields = [document.company, document.doc_type if document.doc_type != "other" else "", document.period]
    named = set(" ".join(fields).lower().split()) | {"form"}
    if not set(document.title.lower().split()) <= named:
        fields.append(document.title)  # a title that says more than company, type and period
    if section and section != document.title:
        fields.append(section)
    return " | ".join(f for f in fields if f)


def chunk_blocks(blocks: list[Block], document: Document, *, size: int = 1000, overlap: int = 150) -> list[Chunk]:
    chunks: list[Chunk] = []

    def emit(text: str, block: Block, kind: str, speaker: str = "") -> None:
        text = text.strip()
        if not text:
            return
        ordinal = len(chunks)
        chunks.append(
            Chunk(
                id=f"{document.id}-{block.page or 0}-{ordinal}",
                doc_id=document.id,
                text=text,
                ordinal=ordinal,
                page=block.page,
                section=block.section,
                kind=kind,  # type: ignore[arg-type]
                speaker=speaker,
                header=header_for(document, block.section),
            )
        )

    pending_prose: list[Block] = []
    pending_turns: list[Block] = []

    def flush_prose() -> None:
        if not pending_prose:
            return
        first = pending_prose[0]
        sentences: list[str] = []
        for block in pending_prose:
            for line in block.text.split("\n"):  # (a list item's or a form field's own line, too: "序號：3" | "發言日期：…")
                own = split_sentences(line)
                if own:
                    own[-1] += "\n"  # a paragraph (or a title) ends here: keep the break
                sentences.extend(own)
        for piece in _pack(sentences, size, overlap):
            emit(piece, first, "text")
        pending_prose.clear()

    def flush_turns() -> None:
        if not pending_turns:
            return
        text = "\n".join(f"{b.speaker}: {b.text}" for b in pending_turns)
        speakers = ", ".join(dict.fromkeys(b.speaker for b in pending_turns))
        emit(text, pending_turns[0], "turn", speakers)
        pending_turns.clear()

    for block in blocks:
        if pending_prose and (block.kind != "text" or block.page != pending_prose[0].page or block.section != pending_prose[0].section):
            flush_prose()
        if pending_turns and (block.kind != "turn" or block.page != pending_turns[0].page):
            flush_turns()
        if block.kind == "table":
            for part in _table_parts(block.text, size):
                emit(part, block, "table")
        elif block.kind == "turn":
            full = f"{block.speaker}: {block.text}"
            pending_len = sum(len(b.speaker) + len(b.text) + 3 for b in pending_turns)
            if pending_turns and pending_len + len(full) > size * 1.5:
                flush_turns()
            if len(full) > size * 1.5:
                flush_turns()
                for piece in _pack(split_sentences(block.text), size, overlap):
                    emit(f"{block.speaker}: {piece}", block, "turn", block.speaker)
                continue
            pending_turns.append(block)
            if len(full) >= size * 0.5:
                flush_turns()  # a substantial turn stands alone; short ones gather until one does
        else:
            pending_prose.append(block)
    flush_prose()
    flush_turns()
    return chunks
