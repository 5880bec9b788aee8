"""Loaders: bytes of one file -> ``LoadedDocument`` (blocks of text, tables and speaker turns).

PDF pages are read with pypdfium2 (about ten times faster than pypdf on text) and keep their
1-based page number; HTML drops scripts, styles, navigation and hidden parts and turns tables into
readable rows; TXT and MD detect speaker turns (``Name:`` or ``**Name:**``), Markdown tables and plain-text
tables lined up with spaces.
Every failure is an ``IngestError`` naming the file and the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from analyst.errors import IngestError
from analyst.lexicon import LEGAL_FORMS
from analyst.text import BROKEN_NUMBER, CJK, LIST_MARKER, cjk_share, normalise_space, to_simplified
from analyst.types import Block, LoadedDocument

# Filings run to hundreds of pages; a PDF claiming more than this is broken or hostile (time and memory).
MAX_PDF_PAGES = 20_000

SUPPORTED = {".pdf": "pdf", ".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".md": "markdown", ".markdown": "markdown"}


def kind_of(path: Path, data: bytes) -> str:
    """The format of a file, from its extension, checked against its first bytes."""
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(sorted({s.lstrip(".") for s in SUPPORTED}))
        raise IngestError(str(path), f"unsupported file type '{path.suffix or '(none)'}' (supported: {supported})")
    head = data[:1024].lstrip()
    if kind == "pdf" and not data.startswith(b"%PDF"):
        if b"%PDF" not in data[:1024]:
            raise IngestError(str(path), "not a PDF file (it has a .pdf name but does not start with %PDF)")
    if kind != "pdf" and data.startswith(b"%PDF"):
        return "pdf"  # a PDF saved with the wrong extension is still a PDF
    if kind in {"text", "markdown"} and re.match(rb"(?is)<!doctype html|<html", head):
        return "html"
    return kind


def load(path: Path, data: bytes, *, password: str | None = None) -> LoadedDocument:
    if not data.strip():
        raise IngestError(str(path), "the file is empty")
    kind = kind_of(path, data)
    if kind == "pdf":
        return load_pdf(path, data, password=password)
    text = decode(path, data)
    if kind == "html":
        return load_html(path, text)
    return load_text(path, text, markdown=kind == "markdown")


# ---------------------------------------------------------------------------------------------- text


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 when it reads as Chinese, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(str(path), "binary content, not text (it starts like UTF-16 text but is not)") from None
    if b"\x00" in data[:4096]:
        raise IngestError(str(path), "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if cjk_share(text) > 0.3:
            return text
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise IngestError(str(path), "cannot decode the text (not UTF-8, GBK or Windows-1252)") from None
    if sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f") > len(text) * 0.01:
        raise IngestError(str(path), "cannot decode the text (not UTF-8, GBK or Windows-1252)")
    return text


_MD_SPEAKER = re.compile(r"^\s*\*\*([^*\n]{1,80}?)\s*[:：]?\s*\*\*\s*[:：]?\s*(.*)$")
_SPEAKER_NAME = rf"(?:[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|da|del|la|le)){{0,4}}|[{CJK}·]{{2,12}})"
_PLAIN_SPEAKER = re.compile(rf"^\s*({_SPEAKER_NAME}(?:\s*(?:--|–|—|-|,)\s*[^:：\n]{{1,60}}|\s*\([^)\n]{{1,60}}\))?)\s*[:：]\s*(.*)$")
# a cover's line that says what the document is ("Annual Report 2024 - Excerpt (Nasdaq: CBLT)", "Corvid Compute Corp. (CVDC US) —
# Initiation of Coverage"): kept as text when only another heading follows it
_COVER_LINE = re.compile(r"\((?:[A-Za-z]{2,8}\s?:\s?[A-Z0-9.]{1,8}|[A-Z0-9]{1,6}\s+[A-Z]{2})\)|\b(?:Report|Excerpt|Initiation|Coverage|Form)\b")
_NOT_SPEAKERS = {"note", "notes", "source", "sources", "date", "title", "subject", "summary", "table", "contact",
                 "contacts", "media", "tel", "phone", "email", "website", "forward-looking statements", "about",
                 "highlights", "period", "re", "to", "from", "cc", "update", "outlook", "type", "company", "companies",
                 "author", "editor", "disclaimer", "location", "time", "ticker", "exchange", "document", "status",
                 "日期", "类型", "说明", "来源", "报告期", "涉及公司", "公司", "标题", "作者", "注", "备注", "免责声明",
                 "风险提示", "编辑", "主题", "摘要", "文件类型", "声明", "单位", "金额单位", "币种", "附注", "资料来源", "数据来源",
                 # a Taiwan 重大訊息's form fields ("序號：1", "主旨：…", "說明：", "發言人：…"), compared in Simplified
                 "序号", "主旨", "公司全名", "发言人", "代理发言人"}
# a form's label, not a speaker (in Simplified): "發言人職稱", "發言日期", "事實發生日", "符合條款", "公司代號", "股票代码"
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{0,8}(?:职称|电话|日期|时间|地点|发生日|条款|代号|代码|简称|名称|地址|期间)")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


# "Dana Whitcombe - Co-Founder and Chief Executive Officer" (or "Operator") on a line of its own, the words on the lines below
_HEADER_SPEAKER = re.compile(r"^\s*((?:[A-Z][\w.'’-]+)(?:\s+[A-Z][\w.'’-]+){1,3})\s+[-–—]\s+([A-Z](?:[^.!?:]|\.(?=\s*$)|(?<=Co)\.|(?<=Inc)\.){1,80}?)\s*$|"
                             r"^\s*(Operator)\s*$")


def _speaker(line: str) -> tuple[str, str] | None:
    header = _HEADER_SPEAKER.match(line)
    if header:
        return (header.group(1) or header.group(3)).strip(), ""
    m = _MD_SPEAKER.match(line)
    if m:
        name = m.group(1).strip().rstrip(":：").strip()
        return (name, m.group(2).strip()) if name and name.lower() not in _NOT_SPEAKERS else None
    m = _PLAIN_SPEAKER.match(line)
    if m:
        name = m.group(1).strip()
        label = to_simplified(name.lower())
        if label in _NOT_SPEAKERS or _FIELD_LABEL.fullmatch(label) or len(name.split()) > 9 or name.count("(") != name.count(")"):
            return None  # "Corvane Semiconductor, Inc. (NASDAQ: CRVN)" is a heading with a ticker, not a speaker
        return name, m.group(2).strip()
    return None




def join_wrapped(lines: list[str]) -> str:
    """Join lines wrapped for display back into paragraphs; list items and blank lines keep their breaks."""
    out = previous = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            if out and not out.endswith("\n"):
                out += "\n"
            continue
        previous, last = line, previous
        if not out or out.endswith("\n"):
            out += line
        elif LIST_MARKER.match(line) or re.match(f"[{CJK}]{{2,8}}[：:]", line) and re.match(f"[{CJK}]{{2,8}}[：:]", last) \
                or re.match(r"[「“\"][^」”\"]{1,20}[」”\"]\s*指\s", line):  # (a glossary's entries, a line each: "「賣方」 指 目標公司之三名現有股東")
            out += "\n" + line  # (a form's fields, a line each: "公司代號：6893　公司簡稱：赫立斯" | "序號：2　發言日期：…")
        elif BROKEN_NUMBER.match(f"{out[-2:]}\n{line}", 2) or re.match(f"[{CJK}\u3000-\u303f\uff00-\uffef]", out[-1]) \
                or re.match(f"[{CJK}]", line[0]) or out.endswith("-") and not out.endswith(" -"):
            out += line  # "121." + "5%" is one number; Chinese joins without a space
        elif re.search(r"[A-Za-z]$", out) and re.match(r"[a-z]", line) and cjk_share(last) > 0.5:
            out += line  # a Latin word a Chinese line wrapped in two, character by character: "（Lindeb" + "oom Bank N.V.）"
        else:
            out += " " + line
    return out.strip()


def _strip_md(text: str) -> str:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"^\s*>\s?", "", text, flags=re.M)
    return text.replace("`", "")


def _md_table_rows(lines: list[str]) -> str:
    rows = []
    for line in lines:
        if _MD_RULE.match(line):
            continue
        cells = [_strip_md(c).strip() for c in line.strip().strip("|").split("|")]
        rows.append(" | ".join(c for c in cells if c))
    return "\n".join(r for r in rows if r)


_ALIGNED_ROW = re.compile(r"\S(?: {2,}|\t+)(?=\S)")  # a gap between two columns of a plain-text table
# a plain-text table of two columns, a name and its figure, and its header ("Shareholder          Holding")
_TWO_COLUMNS = re.compile(r"\s*\S.{0,80}?\S(?: {4,}|\t+)(?:[$€£¥]|US\$|[A-Z]{3}\s?)?\(?-?\d[\d,.]*\)?\s?(?:%|m|bn|million|billion)?\s*")
_TWO_HEADER = re.compile(r"\s*[A-Z][A-Za-z()%/ -]{1,40}?(?: {4,}|\t+)[A-Z][A-Za-z()%/ -]{1,30}\s*")


def _aligned_tables(text: str) -> str:
    """A plain-text table whose columns are lined up with spaces ('参股公司名称      持股比例      认缴出资额      主营业务' over its rows),
    written as pipe rows so that it is read as a table, not run together as prose (which collapses the spaces)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    figures = [bool(_TWO_COLUMNS.fullmatch(line)) for line in lines]  # (two columns, a name and a figure: "Cheongun Partners Fund III     12.4%")
    columns = [(len(_ALIGNED_ROW.findall(line.strip())) >= 2 or figures[i] and (i > 0 and figures[i - 1] or i + 1 < len(lines) and figures[i + 1])
                or _TWO_HEADER.fullmatch(line) is not None and i + 2 < len(lines) and figures[i + 1 + (not lines[i + 1].strip("-= "))])
               and not _MD_TABLE_ROW.match(line) for i, line in enumerate(lines)]
    out = []
    for i, line in enumerate(lines):
        run = columns[i] and (i > 0 and columns[i - 1] or i + 1 < len(lines) and columns[i + 1])
        out.append("| " + " | ".join(re.split(r" {2,}|\t+", line.strip())) + " |" if run else line)
    return "\n".join(out)


# a plain-text heading: a numbered label in capitals on a line of its own ("1.  BORROWER", "3. LENDERS AND COMMITMENTS")
_TEXT_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]|[A-Z][.)]|[IVX]{1,4}[.)])\s+[A-Z][A-Z0-9 &/,'’()-]{2,60}$")


def load_text(path: Path, text: str, *, markdown: bool) -> LoadedDocument:
    text = normalise_space(_aligned_tables(text))
    if not text:
        raise IngestError(str(path), "the file has no text")
    lines = text.split("\n")
    found_turns = [t for t in (_speaker(line) for line in lines) if t]
    per_speaker = Counter(name for name, _ in found_turns)
    # A transcript has several speakers and someone who speaks more than once (not "Date: ..." fields).
    transcript = len(found_turns) >= 3 and len(per_speaker) >= 2 and max(per_speaker.values()) >= 2
    blocks: list[Block] = []
    title = ""
    titled = False  # the title is a heading's
    section = ""
    paragraph: list[str] = []
    speaker = ""
    turn: list[str] = []
    under = 0  # the blocks there were when the last heading was read

    def flush_paragraph() -> None:
        if paragraph:
            body = join_wrapped(paragraph)
            if body:
                blocks.append(Block(text=_strip_md(body) if markdown else body, section=section))
            paragraph.clear()

    def flush_turn() -> None:
        nonlocal speaker
        if speaker and turn:
            body = join_wrapped(turn)
            if body:
                blocks.append(Block(text=_strip_md(body) if markdown else body, section=section, kind="turn", speaker=speaker))
        speaker = ""
        turn.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        heading = _MD_HEADING.match(line) if markdown else None
        if heading:
            flush_paragraph()
            flush_turn()
            if section and section != title and len(blocks) == under and len(blocks) <= 2 and _COVER_LINE.search(section):
                # a heading near the top with nothing under it but the next one ("## Corvid Compute Corp. (CVDC US) — Initiation of
                # Coverage" over "### Picks and shovels …") is kept as a line of text, not lost
                blocks.append(Block(text=section, section=section))
            section = _strip_md(heading.group(2)).strip()
            under = len(blocks)
            if not title or not titled and (len(title) > 90 or title.endswith(("。", "."))):
                title = section  # (not a Hong Kong announcement's disclaimer paragraph above its heading)
            titled = True
            i += 1
            continue
        if (markdown or not transcript) and _MD_TABLE_ROW.match(line):
            flush_paragraph()
            flush_turn()
            rows = []
            while i < len(lines) and _MD_TABLE_ROW.match(lines[i]):
                rows.append(lines[i])
                i += 1
            caption = ""
            if blocks and blocks[-1].kind == "text" and len(blocks[-1].text) < 200 and blocks[-1].section == section:
                caption = blocks.pop().text
            body = _md_table_rows(rows)
            blocks.append(Block(text=f"{caption}\n{body}".strip(), section=section, kind="table"))
            continue
        if not markdown and not transcript and _TEXT_HEADING.match(line) and not speaker:
            # "1.  BORROWER" over its indented value: a term sheet's label is a heading, not the first words of the value
            flush_paragraph()
            section = re.sub(r"^\s*(?:\d{1,2}[.)]|[A-Z][.)]|[IVX]{1,4}[.)])\s+", "", line).strip()
            if not title:
                title = section
            i += 1
            continue
        found = _speaker(line) if transcript else None
        if transcript and not found and (blocks or speaker) and line.strip().isupper() and len(line.strip()) < 60 and re.search(r"[A-Z]{3}", line):
            flush_paragraph()  # "CONFERENCE CALL PARTICIPANTS", "PRESENTATION": a part of the call, nobody's words
            flush_turn()
            section = line.strip()
            i += 1
            continue
        if found:
            flush_paragraph()
            flush_turn()
            speaker, first = found
            if first:
                turn.append(first)
        elif not line.strip() or re.fullmatch(r"\s*[=_~*-]{5,}\s*", line):  # (a rule line "=====…" between a form's entries)
            if speaker:
                turn.append("")
            else:
                flush_paragraph()
        elif speaker:
            turn.append(line)
        else:
            if not title and not blocks and not paragraph:
                title = _strip_md(line).strip()
            paragraph.append(line)
        i += 1
    flush_paragraph()
    flush_turn()
    if not blocks:
        raise IngestError(str(path), "the file has no text")
    return LoadedDocument(blocks=blocks, pages=0, title=title[:200])


# ---------------------------------------------------------------------------------------------- HTML

_SKIP_TAGS = {"script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "svg",
              "canvas", "nav", "form", "button", "input", "select", "textarea", "option", "head", "meta", "link",
              "aside", "dialog", "audio", "video", "map", "applet"}
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
               "address", "figure", "figcaption", "center", "tr", "br", "hr", "header", "footer", "body", "html",
               "caption", "td", "th", "tbody", "thead"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_NAV_HINT = re.compile(r"\b(nav|navbar|menu|breadcrumb|cookie|skip-link|share|social|sidebar)\b", re.I)


def load_html(path: Path, text: str) -> LoadedDocument:
    try:
        from bs4 import BeautifulSoup, Comment, NavigableString, Tag
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise IngestError(str(path), f"HTML support is not installed ({exc}); run: pip install beautifulsoup4 lxml") from None
    soup = BeautifulSoup(text, "lxml")
    title = ""
    if soup.title and soup.title.get_text(strip=True):
        title = soup.title.get_text(" ", strip=True)
    for meta in soup.find_all("meta", attrs={"property": "og:title"}):
        title = title or str(meta.get("content") or "")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(list(_SKIP_TAGS)):
        tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.attrs is None:
            continue
        if tag.name.startswith("ix:header") or tag.get("aria-hidden") == "true" or tag.get("hidden") is not None:
            tag.decompose()
        elif _HIDDEN.search(str(tag.get("style") or "")):
            tag.decompose()
        elif tag.get("role") in {"navigation", "banner", "search"}:
            tag.decompose()
        elif _NAV_HINT.search(" ".join(tag.get("class") or []) + " " + str(tag.get("id") or "")) and tag.name in {"div", "ul", "section", "header", "footer"}:
            if len(tag.get_text(" ", strip=True)) < 600:
                tag.decompose()

    blocks: list[Block] = []
    section = ""
    buffer: list[str] = []

    def flush() -> None:
        body = " ".join(" ".join(buffer).split())
        buffer.clear()
        if body:
            blocks.append(Block(text=body, section=section))

    def table_block(table: Tag) -> None:
        nonlocal section
        rows: list[str] = []
        long_cells = 0
        multi_cell_rows = 0
        for tr in table.find_all("tr"):
            cells: list[str] = []
            for cell in tr.find_all(["td", "th"]):
                value = " ".join(cell.get_text(" ", strip=True).split())
                if not value:
                    continue
                if cells and (value in {")", "%", ")%", "%)"} or cells[-1] in {"$", "(", "($", "$(", "¥", "€", "£", "RMB"}):
                    cells[-1] = f"{cells[-1]}{value}" if cells[-1] not in {"$", "¥", "€", "£", "RMB"} else f"{cells[-1]}{value}"
                    continue
                if len(value) > 300:
                    long_cells += 1
                cells.append(value)
            if len(cells) > 1:
                multi_cell_rows += 1
            if cells:
                rows.append(" | ".join(cells))
        caption_tag = table.find("caption")
        caption = caption_tag.get_text(" ", strip=True) if caption_tag else ""
        if not rows:
            return
        if multi_cell_rows == 0 or long_cells:
            for row in rows:  # a layout table: its cells are prose
                buffer.append(row.replace(" | ", " "))
                flush()
            return
        if not caption and blocks and blocks[-1].kind == "text" and len(blocks[-1].text) < 200:
            caption = blocks.pop().text
        body = "\n".join(rows)
        blocks.append(Block(text=f"{caption}\n{body}".strip(), section=section, kind="table"))

    def walk(node: Tag) -> None:
        nonlocal section
        for child in node.children:
            if isinstance(child, NavigableString):
                value = str(child)
                if value.strip():
                    buffer.append(value.strip())
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name == "table":
                flush()
                table_block(child)
            elif name in _HEADINGS:
                flush()
                heading = " ".join(child.get_text(" ", strip=True).split())
                if heading:
                    section = heading[:200]
                    blocks.append(Block(text=heading, section=section))
            elif name in _BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    root = soup.body or soup
    walk(root)
    flush()
    blocks = [b for b in blocks if b.text.strip()]
    if not blocks:
        raise IngestError(str(path), "the HTML page has no readable text (only scripts, styles or frames)")
    if not title:
        first_heading = soup.find(list(_HEADINGS))
        title = first_heading.get_text(" ", strip=True) if first_heading else blocks[0].text[:120]
    return LoadedDocument(blocks=blocks, pages=0, title=" ".join(title.split())[:200])


# ---------------------------------------------------------------------------------------------- PDF

# (a currency's letters before a figure in millions or billions: "NZ$1,200m", "US$38m", "S$450m"; not "US$34" that ends a line of prose)
_NUMERIC_TOKEN = re.compile(r"^(?:[A-Z]{1,3}\$|Rp|Rs\.?|RM|Tk|₹)\d[\d,]*(?:\.\d+)?(?:m|bn|mn|k)$|^[$€£¥]?\(?-?[$€£¥]?\d[\d,]*(?:\.\d+)?(?:m|bn|mn|k|万元|亿元|千元|元|万|亿)?\)?%?$|^—$|^-$|^\*{1,3}$|^n/?[am]$", re.I)  # "*": a footnote mark where a figure would be ("11% *")
_CAPTION = re.compile(r"^(?:table|exhibit|figure|schedule)\s+[\dA-Z]+[.:\s]|^表\s*\d", re.I)


def _is_table_line(line: str) -> bool:
    tokens = line.split()
    if len(tokens) < 2:
        return False
    numeric = sum(1 for t in tokens if _NUMERIC_TOKEN.match(t))
    if len(tokens) >= 4 and numeric >= 1 and len(line) <= 220 and cjk_share(line) > 0.3 and not re.search(r"[，。；]", line):
        return True  # Chinese prose has no spaces: cells ("天衡智算 深言智能科技有限公司 算力托管服务 2025-03-12 186,000.00 履行中")
    if numeric < 2 or len(line) > 220:
        return False
    # A table row ends in a figure (label, then columns of figures) or is mostly figures.
    return bool(_NUMERIC_TOKEN.match(tokens[-1])) or numeric / len(tokens) >= 0.5


# A table's unit line ("单位：元 币种：人民币", "金额单位：人民币万元", "(In Millions, Except Per Share Data)") belongs with the
# table as its caption: it is not a heading, and the figures below mean nothing without it.
_UNIT_LINE = re.compile(r"单位\s*[:：]|币种\s*[:：]|^\(?(?:amounts |dollars |\$ ?|us\$ ?|rmb )?in (?:\$ ?|us\$ ?|rmb )?(?:thousands|millions|billions)\b", re.I)


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    if _UNIT_LINE.search(stripped) or re.match(r"[「“\"][^」”\"]{1,20}[」”\"](?:\s*(?:及|或|、)\s*[「“\"][^」”\"]{1,20}[」”\"])*\s*指\s", stripped):
        return False  # (a glossary entry, "「認購人」 指 Tessaly Investment Authority", is no heading)
    if not stripped or len(stripped) > 90 or stripped.endswith((".", ",", ";", "。", "，", ":")) and not stripped.lower().startswith("item"):
        return False
    if re.match(r"^(item\s+\d+[a-z]?\.?|part\s+[ivx]+\b|第[一二三四五六七八九十]+[章节部分])", stripped, re.I):
        return True
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’&-]*", stripped)]
    if cjk_share(stripped) > 0.5 or re.search(f"[{CJK}]{{4,}}", stripped):  # ("2.晶澤美國與哈爾沃森半導體（Halvorsen Semiconductor": no English title)
        return len(stripped) <= 20 and not re.search(r"[，。；]", stripped)
    if not words or len(words) > 12:
        return False
    if stripped.isupper() and len(words) >= 1:
        return True
    small = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "with", "by", "at", "or", "from"}
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in small)
    return capitalised == len(words) and len(words) >= 2 and not _is_table_line(stripped)


def _is_column_header(line: str) -> bool:
    """A row of column names: short, no figures, no sentence ('Name of subsidiary Country Ownership Principal activities')."""
    words = line.split()
    yearless = re.sub(r"\b(?:19|20)\d\d\b|\((?:in\s+)?(?:US\$|\$|RMB|€|£)?\s*(?:thousands|millions|billions)\)", "", line, flags=re.I)  # "Purchases in 2025 (US$ millions)"
    return 3 <= len(words) <= 12 and len(line) < 100 and not re.search(r"\d|[.,;:。，；]$", yearless) and line[:1].isupper() \
        and sum(1 for w in words if w[:1].isupper()) >= 2 or bool(re.fullmatch(r"(?:[\u4e00-\u9fff（）()]{2,10}\s+){2,8}[\u4e00-\u9fff（）()]{2,10}", line))


# a numbered heading's number: "7. Principal subsidiaries", "3.2. Suppliers"
_NUMBERED_HEADING = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s+(?=[A-Z])")


def _is_text_row(line: str) -> bool:
    """A table row whose last cells are words: a name, a country, a share, an activity ('Kagura Compute K.K. Japan 100.0% GPU cloud')."""
    tokens = line.split()
    # (a numbered heading's figures are its number and a note it cites: "7. Principal subsidiaries (extract from Note 34)")
    figures = re.sub(_NUMBERED_HEADING.pattern + r"|\([^()]*[A-Za-z][^()]*\)", " ", line).split()
    return 3 <= len(tokens) <= 16 and len(line) < 110 and any(_NUMERIC_TOKEN.match(t) and not re.fullmatch(r"(?:19|20)\d\d", t) for t in figures) \
        and not re.search(r"[.,;:。，；]$", re.sub(r"\b(?:n\.m\.|n\.a\.|N\.M\.|N\.A\.)$", "", line)) \
        and not re.match(r"[a-z]", line) and not re.search(r"(?:\b(?:of|the|and|to|a|an|in|for|with|by|at|or|from|that|which)|\((?:the|a|an))$", line) \
        and not re.search(r"\b[a-z]{3,}\.\s+[A-Z][a-z]", line) \
        and (bool(_NUMERIC_TOKEN.match(tokens[-1])) and not re.search(r"\b(?:was|were|is|are|our|we)\b", line)
             or not re.search(r"\b(?:the|and|of|to|in|for|was|were|is|are|our|we)\b(?:\s+\w+){4}", line))


def _is_cjk_row(line: str, cells: int) -> bool:
    """A row of a Chinese table with as many cells as its column header ("贷款人 角色 承贷金额" over
    "润丰银行股份有限公司 参贷行 4.00亿元" and "嘉沐银行股份有限公司鹭湾分行 代理行 不承贷"): Chinese prose has no spaces."""
    return cells >= 2 and len(line.split()) == cells and len(line) < 90 and cjk_share(line) > 0.3 and not re.search(r"[，。；：:]", line)


_ROW_END = re.compile(r"(?:\d[\d.,]*\s?%|(?:[$€£¥]|US\$|EUR|USD)\s?\d[\d.,]*(?:\s?(?:million|billion|m|bn))?|\d[\d.,]*\s?(?:million|billion|m|bn)?)$")


# a column header whose first column is the other party ("Supplier Products or services Country"), not a list of the filer's
# own subsidiaries, which its own reading keeps as lines of text
_COUNTERPARTY_HEADER = re.compile(r"(?:Principal\s+|Major\s+|Largest\s+)?(?:Suppliers?|Customers?|Vendors?|Lenders?|Licensors?|Licensees?|Distributors?|Tenants?|Counterpart(?:y|ies))\b")
_NAMED_ROW = re.compile(r"^(?:[A-Z][\w&'’.-]*,?\s+){1,6}?(?:Co\.,\s+Ltd\.|Co\.\s+Ltd\.|Inc\.|Corp\.|Corporation|Ltd\.|Limited|LLC|L\.P\.|plc|AG|GmbH|B\.V\.|N\.V\.|S\.A\.|"
                        r"S\.p\.A\.|K\.K\.|Pty\.?\s+Ltd\.?|Pte\.\s+Ltd\.|SE|AB|ASA|Oyj)\s+\S")


def _named_rows(lines: list[str], i: int) -> int:
    """How many rows under the column header at ``i`` open with a company's legal name and go on in words ("Kazenori
    Electronics Co., Ltd. AI inference processors Japan"); 0 unless two or more."""
    n = 0
    while i + 1 + n < len(lines) and lines[i + 1 + n] and len(lines[i + 1 + n]) < 110 and not lines[i + 1 + n].endswith((".", "。", ":", ";")) \
            and _NAMED_ROW.match(lines[i + 1 + n]):
        n += 1
    return n if n >= 2 else 0


def _wrapped_rows(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """A table under the column header at ``i`` whose rows the PDF wrapped over short lines, each row ending in a figure or a
    share: the header (with its own wrapped lines) and one line per row, and where the table ends; None when the lines
    after the header are not such rows (two or more, each wrapped over two to five lines and opening with a capital)."""
    groups: list[list[str]] = []
    current: list[str] = []
    j = i + 1
    while j < len(lines) and lines[j] and len(lines[j]) < 70 and not lines[j].endswith((".", "。", ":", ";", ",")) and len(current) < 5:
        current.append(lines[j])
        j += 1
        if _ROW_END.search(current[-1]):
            groups.append(current)
            current = []
    if current:
        j -= len(current)  # (lines after the last row are the page's text again)
    header = [lines[i]]
    if groups and not re.search(r"\d\s?%|[$€£¥]", " ".join(groups[0])):
        header.append(" ".join(groups.pop(0)))  # ("Share of direct" | "material spend 2024": the header's own wrapped line)
    rows = [" ".join(group) for group in groups]
    if len(rows) < 2 or not all(len(group) >= 2 for group in groups) or not all(re.match(r"[A-Z\u4e00-\u9fff]", row) for row in rows):
        return None
    return [" ".join(header), *rows], j


# a row of a two-column holders' table: a name, then its share ("Hakuba Ventures Fund III Investment LPS 31.2%", "陈启航 50.00%")
_SHARE_ROW = re.compile(rf"(?:[A-Z{CJK}][^\n]{{0,80}}?|[{CJK}])\s+\d{{1,3}}(?:\.\d{{1,2}})?\s?%")


def _share_rows(lines: list[str], i: int) -> int:
    """How many rows of names and their shares stand under the two-column header at ``i`` ("Shareholder Ratio",
    "股东名称 持股比例"): 0 unless two or more. Longer headers are read by the column-header rules."""
    header = lines[i].split()
    if len(header) != 2 or len(lines[i]) > 30 or re.search(r"\d|[.,;:。，；：]", lines[i]) \
            or not all(re.fullmatch(r"[A-Z][a-z]+(?:\(%\)|%)?|%", w) for w in header) and not all(re.fullmatch(rf"[{CJK}（）()%]{{2,10}}", w) for w in header):
        return 0
    n = 0
    while i + 1 + n < len(lines) and _SHARE_ROW.fullmatch(lines[i + 1 + n]):
        n += 1
    return n if n >= 2 else 0


def _label_before_row(lines: list[str], i: int) -> bool:
    """A short label line inside a table: its row's figures follow, on the next line or, when the label cell wrapped
    ("归属于上市公司股东的净" | "利润" | "123,456,700.00 ..."), on the one after."""
    if len(lines[i]) >= 70:
        return False
    if i + 1 < len(lines) and _is_table_line(lines[i + 1]):
        return True
    return i + 2 < len(lines) and 0 < len(lines[i + 1]) < 20 and not re.search(r"\d", lines[i + 1]) and _is_table_line(lines[i + 2])


# A page's furniture at its top or bottom: "- 1 -", "12", "Page 3 of 9", "Harrowgate Data Parks, Inc. | Form 10-Q | Page 1", "第3页"
_PAGE_FURNITURE = re.compile(r"-\s*\d{1,4}\s*-|\d{1,4}|(?:.{0,100}\|\s*)?page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?", re.I)


# a Chinese heading's number: "第四节", "七、", "（一）"
_ZH_NUMBERED_HEADING = re.compile(r"^(?:第[一二三四五六七八九十百]+[章节部分条]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")


def _pdf_page_blocks(text: str, page: int, section: str) -> tuple[list[Block], str]:
    lines = [line.strip() for line in normalise_space(text).split("\n")]
    filled = [i for i, line in enumerate(lines) if line]
    edges = set(filled[:2] + filled[-2:])
    lines = [line for i, line in enumerate(lines) if not (i in edges and _PAGE_FURNITURE.fullmatch(line))]
    blocks: list[Block] = []
    prose: list[str] = []
    heading_at = -2  # the line that set the section

    def flush() -> None:
        body = join_wrapped(prose)
        prose.clear()
        if body:
            blocks.append(Block(text=body, page=page, section=section))

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            flush()
            i += 1
            continue
        rows_below = 0
        cells = len(line.split()) if _is_column_header(line) and cjk_share(line) > 0.5 else 0
        while i + 1 + rows_below < len(lines) and (_is_text_row(lines[i + 1 + rows_below]) or _is_cjk_row(lines[i + 1 + rows_below], cells)):
            rows_below += 1
        # a table of one row: the page break cut it after its first row, or a heading follows it
        after = next((x for x in lines[i + 1 + rows_below:] if x), "")
        if (rows_below >= 2 or rows_below == 1 and (not after or _is_heading(after))) and _is_column_header(line):
            # "Name of subsidiary Country Ownership Principal activities" over rows that end in words, not figures (with its caption:
            # "Table 3. Kestrel Ridge: largest borrower exposures at June 30, 2025 (US$ millions)")
            caption = [prose.pop()] if prose and (_CAPTION.match(prose[-1]) or _UNIT_LINE.search(prose[-1])) and len(prose[-1]) < 160 else []
            flush()
            blocks.append(Block(text="\n".join([*caption, *lines[i:i + 1 + rows_below]]), page=page, section=section, kind="table"))
            i += 1 + rows_below
            continue
        # rows under a column header the PDF broke over lines ("Supplier Products and services" | "Purchases in 2025" |
        # "(US$ millions)"): up to three short lines, then two or more rows
        head_end = i  # (up to eight when each is a word or two: "Customer" | "Share of 2026" | "revenue" | "Share of 2025" | "revenue" | …)
        while head_end < len(lines) and (head_end - i < 3 or head_end - i < 8 and len(lines[head_end]) < 30) and 0 < len(lines[head_end]) < 60 \
                and not _is_text_row(lines[head_end]) \
                and not lines[head_end].endswith((".", "。", ":", "：", ";", ",")) and not _is_table_line(lines[head_end]):
            head_end += 1
        body_rows = 0
        while head_end > i and head_end + body_rows < len(lines) and _is_text_row(lines[head_end + body_rows]):
            body_rows += 1
        # (one row under a column header broken over three lines or more, with prose or a heading after it: "Investee Country
        # Interest held" | "Fair value 2025" | "(S$ million)" | "Iberovía Servicios Aeroportuarios, S.A. Spain 9.8% 41.3 36.7")
        after = lines[head_end + body_rows] if head_end + body_rows < len(lines) else ""
        prose_after = not after or after.endswith((".", "。")) or _is_heading(after) or len(after) >= 70 and not _is_table_line(after)
        lone = body_rows == 1 and head_end - i >= 3 and _is_column_header(line) and prose_after
        numbered = _NUMBERED_HEADING.match(line)  # ("7. Principal subsidiaries" over "Company Country Activity Interest": a heading)
        if (body_rows >= 2 and not _is_table_line(lines[head_end]) or lone) and head_end - i >= 2 and not numbered:
            flush()
            blocks.append(Block(text="\n".join([" ".join(lines[i:head_end]), *lines[head_end:head_end + body_rows]]), page=page, section=section,
                                kind="table"))
            i = head_end + body_rows
            continue
        shares = _share_rows(lines, i)
        if shares:
            # "Shareholder Ratio" over "Ryota Maeda 38.5%" | "Kitaguni Bank, Ltd. 4.8%" (or "股东名称 持股比例" over "陈启航 50.00%"): a
            # holders' table of two columns, each row a name and its share
            flush()
            blocks.append(Block(text="\n".join(lines[i:i + 1 + shares]), page=page, section=section, kind="table"))
            i += 1 + shares
            continue
        named = _named_rows(lines, i) if _is_column_header(line) and _COUNTERPARTY_HEADER.match(line) else 0
        if named:
            # "Supplier Products or services Country" over "Kazenori Electronics Co., Ltd. AI inference processors Japan": rows of
            # words, each opening with a company's legal name
            flush()
            blocks.append(Block(text="\n".join(lines[i:i + 1 + named]), page=page, section=section, kind="table"))
            i += 1 + named
            continue
        wrapped = _wrapped_rows(lines, i) if _is_column_header(line) and cjk_share(line) < 0.3 else None
        if wrapped:
            # rows whose cells the PDF wrapped over lines, under a column header ("Supplier Country Goods supplied" | "Share of direct" |
            # "material spend 2024" | "Sunwheel Vietnam Co., Ltd. Vietnam" | "Carbon and hydroformed" | "aluminium frames" | "31%")
            table, i = wrapped
            flush()
            blocks.append(Block(text="\n".join(table), page=page, section=section, kind="table"))
            continue
        if _is_table_line(line):
            # A table: consecutive figure lines, with short label lines between them, and its caption above.
            start = i
            rows: list[str] = []
            while (
                i < len(lines)
                and lines[i]
                and not (_CAPTION.match(lines[i]) and rows)
                and (_is_table_line(lines[i]) or _label_before_row(lines, i))
            ):
                rows.append(lines[i])
                i += 1
            # (one row is a table too under its column header: "序号 公司名称 认缴规模 出资比例 主营业务" | "1 合肥… 19.60% 股权投资")
            if len(rows) >= 2 or rows and prose and _is_column_header(prose[-1]) and re.search(f"[{CJK}]", prose[-1]):
                caption_lines: list[str] = []
                # column headers and the caption sit just above the first figure line
                while prose and (len(caption_lines) < 3 or len(caption_lines) < 6 and len(prose[-1]) < 25) and len(prose[-1]) < 160 \
                        and not prose[-1].endswith((".", "。")):
                    caption_lines.insert(0, prose.pop())
                    if _CAPTION.match(caption_lines[0]):
                        break
                # a column header the PDF broke over lines, its first line longer ("Entity Country Main activity Interest" | "2024" |
                # "Interest" | "2023" over the rows): one header line, so that what the columns are is read together
                if caption_lines and all(len(x) < 25 for x in caption_lines) and prose and _is_column_header(prose[-1]):
                    caption_lines = [" ".join([prose.pop(), *caption_lines])]
                flush()
                blocks.append(Block(text="\n".join(caption_lines + rows), page=page, section=section, kind="table"))
                continue
            i = start
        # Three or more title-like lines in a row are a list (an exhibit's subsidiaries), not headings: keep them as text.
        run = 0
        while i + run < len(lines) and lines[i + run] and _is_heading(lines[i + run]) and len(lines[i + run]) < 90 \
                and not _ZH_NUMBERED_HEADING.match(lines[i + run]):  # ("第四节 …" | "七、…" | "（一）控股子公司": nested headings)
            run += 1
        if run >= 3 and not lines[i].isupper() and not (i + run < len(lines) and _is_table_line(lines[i + run])):
            # (not a table's column header broken over short lines: "股東 於本公告日期股份數目 約%" | "緊隨認購事項完成後股份數" | "目" | "約%")
            flush()
            blocks.extend(Block(text=item, page=page, section=section) for item in lines[i:i + run])
            i += run
            continue
        after_sentence = not prose or prose[-1].endswith((".", "。", "!", "?", "！", "？", ":", "：", ";"))
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        titled = re.sub(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+(?=[A-Z])", "", line)  # "3. Private credit: Kestrel Ridge Credit Partners"
        short_title = (
            after_sentence and len(line) < 60 and titled[:1].isupper() and len(line.split()) <= 8
            and not line.endswith((".", ",", ";", ":", "。")) and (next_line[:1].isupper() or bool(_NUMBERED_HEADING.match(next_line)))
        )  # ("Notes to the consolidated financial statements (extracts)" over "16. Principal subsidiaries")
        # a numbered heading after a sentence, however it is cased ("4. Number of shares to be acquired and acquisition price",
        # "2. Overview of the company to be acquired" over "(1) Name …", "I. Acquisition of Shares of Kagerou AI Co., Ltd.")
        numbered_title = after_sentence and bool(re.match(r"(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,4}\.)\s+[A-Z]", line)) and len(line) < 80 \
            and len(line.split()) <= 12 and (not line.endswith((".", ",", ";", ":", "。")) or bool(re.search(r"\b(?:Ltd|Inc|Co|Corp|L\.P|S\.A|N\.V)\.$", line))) \
            and not re.search(r"\d[\d,.]*\s*%|[$€£¥]\s?\d", line) and (next_line[:1].isupper() or next_line.startswith("("))
        short_title = short_title or numbered_title
        # "Customer" | "Share of 2026" | "revenue" | … over figure rows: a column header broken over short lines, not headings
        # (or a longer first line that is a column header: "Customer Country Main products" | "Net" | "revenue" | … over figure rows)
        header_above_figures = (len(line) < 25 and not line.endswith((".", "。")) or _is_column_header(line)) and any(
            _is_table_line(lines[k]) and all(0 < len(x) < 25 and not x.endswith((".", "。")) for x in lines[i + 1:k])
            for k in range(i + 1, min(i + 9, len(lines))))
        # ("Rheinfalk Bank" | "AG香港分行已向宏焊智能提供…": a Latin name wrapped into a Chinese sentence, no heading)
        wrapped_name = bool(re.match(rf"[A-Za-z][A-Za-z.&,'’-]*\s?[{CJK}]", next_line)) and cjk_share(next_line) > 0.5
        if (_is_heading(line) or short_title) and not header_above_figures and not wrapped_name \
                and not (prose and not prose[-1].endswith((".", "。", ":", "：")) and line[:1].islower()):
            # Keep a possible caption ("Table 1: ...") with what follows; a plain heading starts a section.
            next_is_table = i + 1 < len(lines) and _is_table_line(lines[i + 1])
            if not next_is_table and not re.match(r"^(table|exhibit|figure|表)\s*\d*", line, re.I):
                flush()
                if heading_at == i - 1 and len(section) >= 40 and section.isupper() == line.isupper() and len(line.split()) <= 4 and not _NUMBERED_HEADING.match(line) \
                        and not re.search(r"\s(?:--|[-–—|:])\s", section) and not re.search(r"\b(?:LLC|INC|CORP|LTD|LIMITED|PLC|L\.?P)\b", line, re.I):
                    # a long heading wrapped onto the next line ("FORM S-1 REGISTRATION STATEMENT UNDER THE SECURITIES" |
                    # "ACT OF 1933"): one heading, not the second line alone
                    section = f"{section} {line}"[:200]
                else:
                    if heading_at == i - 1 and re.fullmatch(rf"[{CJK}（）()]{{2,30}}(?:股份有限公司|有限公司)", section) \
                            and re.fullmatch(r"(?:[A-Z][\w&.'’-]*\s+){1,6}(?:LIMITED|Limited|LTD\.|Ltd\.|INC\.|Inc\.|CORPORATION|Corporation|PLC|plc)", line):
                        # a Hong Kong announcement's "明璟玻璃控股有限公司" over "Mingjing Glass Holdings Limited": the Chinese name is kept as a
                        # line of text under itself, not lost to the English heading after it
                        blocks.append(Block(text=section, page=page, section=section))
                    if heading_at == i - 1 and section and page in (None, 1) and len(blocks) <= 2 \
                            and (_COVER_LINE.search(section) or not blocks and re.search(rf"(?i),?\s(?:{LEGAL_FORMS})\.?(?:\s|$)", section)):
                        # a cover's line with nothing under it but the next heading ("Annual Report 2024 - Excerpt (Nasdaq: CBLT)" over
                        # "Letter from the Chief Executive Officer") is kept as a line of text, not lost
                        # (so is a report's opening legal name, "NORVALE PUMPEN, S.A. AND SUBSIDIARIES" over "Annual Report 2024")
                        blocks.append(Block(text=section, page=page, section=section))
                    section = line[:200]
                heading_at = i
                i += 1
                continue
        prose.append(line)
        i += 1
    flush()
    return blocks, section


def _drop_running_lines(texts: list[str]) -> list[str]:
    """Remove running headers and footers: lines at the top or bottom of most pages (of both pages of a two-page document),
    page numbers aside; the first page keeps its header."""
    if len(texts) < 2:
        return texts

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.strip().lower())

    counts: Counter[str] = Counter()
    rows: set[str] = set()  # lines that read as a table's row ("Total 1,234 5,678"): on both of two pages by chance, not furniture
    for text in texts:
        lines = [line for line in normalise_space(text).split("\n") if line.strip()]
        counts.update({key(line) for line in lines[:3] + lines[-3:]})
        rows |= {key(line) for line in lines[:3] + lines[-3:] if _is_table_line(line) and len(re.findall(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}", line)) < 3}
    # (a report of two pages: on both, "LPERS - … Quarterly Report - Q2 2025" at the top, "… Committee - page 2" at the foot)
    running = {k for k, n in counts.items() if k and (n >= max(3, len(texts) * 0.6) or len(texts) == 2 and n == 2 and k not in rows)}
    if not running:
        return texts
    out = []
    for page, text in enumerate(texts):
        lines = normalise_space(text).split("\n")
        # the first page keeps its header once ("天衡智算科技股份有限公司2025年年度报告" says whose report it is)
        edge = {i for i in range(len(lines)) if (i < 4 and page > 0) or i >= len(lines) - 4}
        out.append("\n".join(line for i, line in enumerate(lines) if not (i in edge and key(line) in running)))
    return out


def _runs_on(last: Block, first: Block) -> bool:
    """Whether the first paragraph of a page goes on with the last of the page before: it ended mid-sentence and this
    one starts in lower case."""
    return last.kind == first.kind == "text" and not re.search(r"[.!?:;。！？：；\"”)]\s*$", last.text) and bool(re.match(r"[a-z]", first.text)) \
        and len(last.text) > 60


def load_pdf(path: Path, data: bytes, *, password: str | None = None) -> LoadedDocument:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data, password=password or None)
    except pypdfium2.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            reason = "the PDF is encrypted and needs a password" if not password else "the PDF password is wrong"
            raise IngestError(str(path), reason + " (set ANALYST_PDF_PASSWORD or --pdf-password)") from None
        raise IngestError(str(path), f"the PDF is corrupt or truncated ({message.split('(')[-1].rstrip(').') or message})") from None
    try:
        page_count = len(pdf)
        if page_count > MAX_PDF_PAGES:
            raise IngestError(str(path), f"the PDF claims {page_count:,} pages, over the limit of {MAX_PDF_PAGES:,}; the file was not read")
        if page_count == 0:
            raise IngestError(str(path), "the PDF has no pages")
        title = ""
        try:
            title = (pdf.get_metadata_dict().get("Title") or "").strip()
        except Exception:  # noqa: BLE001 - metadata is optional and pdfium raises on odd dictionaries
            title = ""
        texts: list[str] = []
        for index in range(page_count):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                texts.append(textpage.get_text_bounded().replace("\x00", "").replace("\ufffe", "").replace("\x02", "-"))
                textpage.close()
            finally:
                page.close()
        chars = sum(len(t.strip()) for t in texts)
        texts = _drop_running_lines(texts)
        blocks: list[Block] = []
        section = ""
        for index, text in enumerate(texts):
            page_blocks, section = _pdf_page_blocks(text, index + 1, section)
            if blocks and page_blocks and _runs_on(blocks[-1], page_blocks[0]):
                # a sentence the page break cut ("… The Construction Loan bears" | "interest at Term SOFR plus 5.25% …") is one
                # paragraph, cited to the page it starts on
                last = blocks.pop()
                page_blocks[0] = Block(text=f"{last.text} {page_blocks[0].text}", page=last.page, section=last.section)
            blocks.extend(page_blocks)
    except pypdfium2.PdfiumError as exc:
        raise IngestError(str(path), f"the PDF could not be read ({exc})") from None
    finally:
        pdf.close()
    if chars == 0 or not blocks:
        raise IngestError(str(path), "the PDF has no text layer (a scanned image?); OCR is not supported")
    first = next((line.strip() for line in normalise_space(texts[0]).split("\n") if line.strip()), "")
    if not title and first[:1].isupper() and len(first) < 90 and not first.endswith((".", ",", ";", ":", "。")) \
            and blocks[0].section != first and not blocks[0].text.startswith(first):
        title = first  # "Ironpeak Data Centers, Inc. - Annual Report 2025" over "Letter to Shareholders": the cover line names the document
    elif not title and re.fullmatch(r"[\u4e00-\u9fff（）()]{4,30}(?:股份有限公司|有限公司)", first):
        title = first  # "苏州澄曜热控科技股份有限公司" over "首次公开发行股票…招股说明书": a Chinese cover opens with the issuer's legal name
    return LoadedDocument(blocks=blocks, pages=page_count, title=title[:200])
