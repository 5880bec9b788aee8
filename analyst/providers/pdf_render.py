"""HTML to PDF with WeasyPrint (HTML/CSS template, embedded fonts), and PDF pages to PNG with pypdfium2.

Chinese needs a CJK font on the machine: Debian's fonts-noto-cjk ('Noto Sans CJK SC'). Without it
the text would render as boxes, so a brief containing Chinese refuses to render and says what to install.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess

from analyst.errors import ProviderError

CJK = re.compile(r"[\u3400-\u9fff]")


def _has_cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    result = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(result.stdout.strip())


def html_to_pdf(html: str) -> tuple[bytes, int]:
    """The PDF bytes and its page count."""
    if CJK.search(html) and not _has_cjk_font():
        raise ProviderError("the brief contains Chinese but no CJK font is installed: apt-get install fonts-noto-cjk")
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: pango missing
        raise ProviderError(f"PDF output needs WeasyPrint and Pango ({exc}); run: pip install weasyprint && "
                            "apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0") from None
    document = HTML(string=html).render()
    buffer = io.BytesIO()
    document.write_pdf(buffer)
    return buffer.getvalue(), len(document.pages)


def pdf_to_png(pdf: bytes, page: int = 0, scale: float = 1.6) -> bytes:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        image = doc[page].render(scale=scale).to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG")
        return out.getvalue()
    finally:
        doc.close()
