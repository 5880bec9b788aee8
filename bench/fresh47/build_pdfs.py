"""Build the PDF documents of this set from the sources in src/.

Run with: /work/main/.venv/bin/python build_pdfs.py

- 03_kestrune_quillon_release.pdf  (English, core Helvetica font)
- 05_frostridge_discloseable_transaction.pdf  (Traditional Chinese, Noto Sans CJK TC)

The CJK font is taken from the Noto Sans CJK collection (face 3 = TC), subset to the
characters used and converted from CFF to TrueType outlines with fontTools in a temporary
directory (deleted afterwards), because pypdf cannot read text back from the CFF version.
Lines are broken only at spaces or after "。", so each sentence survives pypdf text extraction
after whitespace normalisation.

Source markup (one block per line):
  #H text      heading (bold, larger)        #H2 text   sub-heading
  #S text      sub-title (italic)            #P text    paragraph
  #C text      centred small line            #R text    right-aligned line
  #T a|b|c     table row (first row of a run is the header)
  #PAGEBREAK   new page (blocks that do not fit also move to a new page)
"""
import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
CJK_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_BOLD_TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
TC_FACE = 3  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK


def make_ttf(ttc, face, text, out):
    """Subset one face of a CFF-based .ttc and convert it to a glyf TrueType font."""
    font = TTFont(ttc, fontNumber=face)
    opts = subset.Options()
    opts.layout_features = []
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    sub = subset.Subsetter(opts)
    sub.populate(text=text)
    sub.subset(font)
    order = font.getGlyphOrder()
    glyphset = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphset)
        glyphset[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(out)


def segments(text):
    """Split text into (segment, preceded_by_space) pieces; breaks allowed at spaces and after 。"""
    out, cur, space_before = [], "", False
    for ch in text:
        if ch == " ":
            if cur:
                out.append((cur, space_before))
                cur = ""
            space_before = True
            continue
        cur += ch
        if ch == "。":
            out.append((cur, space_before))
            cur, space_before = "", False
    if cur:
        out.append((cur, space_before))
    return out


def wrap(pdf, text, width):
    lines, line = [], ""
    for seg, sp in segments(text):
        if not line:
            cand = seg
        else:
            cand = line + (" " if sp else "") + seg
        if pdf.get_string_width(cand) <= width:
            line = cand
            continue
        if not line:
            raise ValueError(f"unbreakable segment too wide: {seg}")
        lines.append(line)
        if pdf.get_string_width(seg) > width:
            raise ValueError(f"unbreakable segment too wide: {seg}")
        line = seg
    if line:
        lines.append(line)
    return lines


class Doc(FPDF):
    """faces: (regular family, regular style, bold family, bold style)"""

    def __init__(self, fonts, footer_fmt):
        super().__init__(format="A4")
        self.faces, self.footer_fmt = fonts, footer_fmt
        self.set_auto_page_break(False)
        self.set_margins(16, 16, 16)

    def use(self, bold, size):
        fam, style = (self.faces[2], self.faces[3]) if bold else (self.faces[0], self.faces[1])
        self.set_font(fam, style=style, size=size)

    def footer(self):
        self.set_y(-12)
        self.use(False, 8)
        self.cell(0, 5, self.footer_fmt.format(self.page_no()), align="C")


def render(pdf, src, sizes):
    width = pdf.w - pdf.l_margin - pdf.r_margin
    limit = pdf.h - 20
    table = []

    def need(h):
        # keep each block on one page so that no quote straddles a page break
        if pdf.get_y() + h > limit:
            pdf.add_page()

    def flush_table():
        if not table:
            return
        ncol = len(table[0])
        pdf.use(False, sizes["table"])
        natural = [max(pdf.get_string_width(r[i]) for r in table) + 4 for i in range(ncol)]
        scale = width / sum(natural)
        widths = [n * scale for n in natural]
        for k, row in enumerate(table):
            need(6.5)
            pdf.use(k == 0, sizes["table"])
            for w, cell in zip(widths, row):
                if pdf.get_string_width(cell) > w - 2:
                    raise ValueError(f"table cell too wide: {cell}")
                pdf.cell(w, 6.5, cell, border=1)
            pdf.ln(6.5)
        pdf.ln(2)
        table.clear()

    pdf.add_page()
    for raw in open(src, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw.strip():
            continue
        tag, _, text = raw.partition(" ")
        if tag != "#T":
            flush_table()
        if tag == "#PAGEBREAK":
            pdf.add_page()
            continue
        if tag == "#T":
            table.append(text.split("|"))
            continue
        style = {"#H": (True, sizes["h"], "C", 7.5), "#H2": (True, sizes["h2"], "L", 7),
                 "#S": (False, sizes["s"], "C", 5.5), "#P": (False, sizes["p"], "L", 5.4),
                 "#C": (False, sizes["c"], "C", 5), "#R": (False, sizes["p"], "R", 5.4)}[tag]
        bold, size, align, lh = style
        pdf.use(bold, size)
        lines = wrap(pdf, text, width)
        need(lh * len(lines))
        for line in lines:
            pdf.cell(width, lh, line, align=align)
            pdf.ln(lh)
        pdf.ln(1.8 if tag in ("#P", "#H2", "#S") else 0.6)
    flush_table()


def build_english():
    pdf = Doc(("helvetica", "", "helvetica", "B"), "Page {}")
    render(pdf, os.path.join(SRC, "03_kestrune_quillon_release.txt"),
           {"h": 12, "h2": 11, "s": 10, "p": 10, "c": 9, "table": 9.5})
    pdf.output(os.path.join(HERE, "03_kestrune_quillon_release.pdf"))


def build_chinese():
    src = os.path.join(SRC, "05_frostridge_discloseable.txt")
    text = open(src, encoding="utf-8").read()
    chars = "".join(sorted(set(text))) + "".join(chr(i) for i in range(32, 127)) + "第頁"
    tmp = tempfile.mkdtemp()
    try:
        reg = os.path.join(tmp, "tc-regular.ttf")
        bold = os.path.join(tmp, "tc-bold.ttf")
        make_ttf(CJK_TTC, TC_FACE, chars, reg)
        make_ttf(CJK_BOLD_TTC, TC_FACE, chars, bold)
        pdf = Doc(("tc", "", "tcb", ""), "第 {} 頁")
        pdf.add_font("tc", fname=reg)
        pdf.add_font("tcb", fname=bold)
        render(pdf, src, {"h": 12.5, "h2": 10.5, "s": 10, "p": 9.5, "c": 8.5, "table": 9})
        pdf.output(os.path.join(HERE, "05_frostridge_discloseable_transaction.pdf"))
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    build_english()
    build_chinese()
    print("built PDFs")
