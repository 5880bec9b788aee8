"""Shared fixtures: a network guard, the real embedding model, real Chroma in temporary folders,
and real PDFs written with fpdf2."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from analyst.config import Settings, default_model_dir, load_settings
from analyst.service import Analyst, build_analyst
from tests.fake_openai import FakeOpenAI

ROOT = Path(__file__).resolve().parents[1]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")

# ------------------------------------------------------------------------------------------ network
_real_getaddrinfo = socket.getaddrinfo


def _loopback_only(host, *args, **kwargs):  # type: ignore[no-untyped-def]
    name = host.decode() if isinstance(host, bytes) else str(host) if host is not None else ""
    if name not in {"localhost", ""}:
        try:
            if not ipaddress.ip_address(name).is_loopback:
                raise OSError(f"test tried to reach a non-loopback address: {name}")
        except ValueError:
            raise OSError(f"test tried to resolve a non-loopback host: {name}") from None
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that resolves a host other than loopback (the tool must work with no network),
    and keep a developer's own model settings out of the tests."""
    monkeypatch.setattr(socket, "getaddrinfo", _loopback_only)
    for name in list(os.environ):
        if name.startswith("ANALYST_LLM_") or name in {"OPENAI_API_KEY", "OPENAI_BASE_URL", "ANALYST_EMBEDDINGS"}:
            monkeypatch.delenv(name)


# ------------------------------------------------------------------------------------------ model, store
@pytest.fixture(scope="session")
def model_dir() -> str:
    folder = os.environ.get("ANALYST_MODEL_DIR") or default_model_dir()
    if not (Path(folder) / "model.onnx").is_file():
        pytest.fail(f"the embedding model is not prepared in {folder}: run `make model` first")
    return folder


def make_settings(store: Path | str, model_dir: str, **extra: object) -> Settings:
    return load_settings(store=str(store), model_dir=model_dir, **extra)


@pytest.fixture()
def analyst(tmp_path: Path, model_dir: str) -> Analyst:
    return build_analyst(make_settings(tmp_path / "store", model_dir))


# ------------------------------------------------------------------------------------------ documents
def write_pdf(path: Path, pages: list[list[str]], *, title: str = "", cjk: bool = False, table: list[list[str]] | None = None,
              table_page: int = 0, table_caption: str = "", encrypt: str | None = None) -> Path:
    """A real PDF: one list of paragraphs per page, an optional table (with caption) on one page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    if cjk:
        if not NOTO_CJK.is_file():
            pytest.fail(f"CJK font missing ({NOTO_CJK}): apt-get install fonts-noto-cjk (.ci/run installs it)")
        pdf.add_font("body", fname=str(NOTO_CJK), collection_font_number=2)
    else:
        pdf.add_font("body", fname=str(DEJAVU))
        pdf.add_font("body", style="B", fname=str(DEJAVU.with_name("DejaVuSans-Bold.ttf")))
    if title:
        pdf.set_title(title)
    for number, paragraphs in enumerate(pages):
        pdf.add_page()
        pdf.set_font("body", size=11)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        if table and number == table_page:
            if table_caption:
                pdf.multi_cell(0, 6, table_caption, new_x="LMARGIN", new_y="NEXT")
            with pdf.table(first_row_as_headings=not cjk) as grid:
                for row in table:
                    cells = grid.row()
                    for value in row:
                        cells.cell(value)
    if encrypt:
        pdf.set_encryption(owner_password="owner-" + encrypt, user_password=encrypt)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small corpus written by the tests: a multi-page PDF with a table, HTML with scripts, a transcript,
    Chinese text, an English news piece."""
    folder = tmp_path_factory.mktemp("corpus")
    write_pdf(
        folder / "acme-q3-2025-results.pdf",
        [
            ["Acme Robotics, Inc. Reports Third Quarter 2025 Results",
             "PALO ALTO, Calif. - October 30, 2025 - Acme Robotics, Inc. (NASDAQ: ACMR) today reported results for the third quarter of 2025.",
             "Revenue was $812 million, up 41% from a year earlier, driven by warehouse automation orders."],
            ["Segment results",
             "The warehouse segment contributed $530 million of revenue. The surgical segment contributed $282 million.",
             "Gross margin was 47.5%, compared with 44.0% in the third quarter of 2024."],
            ["Outlook and capital spending",
             "Capital expenditures were $96 million in the quarter, mainly for the new Reno assembly plant.",
             "For the fourth quarter of 2025 the company expects revenue between $850 million and $880 million."],
        ],
        title="Acme Robotics Q3 2025 results",
        table=[["Metric", "Q3 2025", "Q3 2024"], ["Revenue", "812", "576"], ["Operating income", "88", "41"], ["Net income", "61", "22"]],
        table_page=1,
        table_caption="Table 1: Condensed statement of operations (in millions)",
    )
    (folder / "acme-supply-deal.html").write_text(
        """<!doctype html><html><head><title>Acme Robotics signs supply agreement with Borealis Motors</title>
        <style>body { font-family: sans-serif } .hidden { color: red }</style>
        <script>var secret = "SCRIPT-CANARY-ALPHA"; document.write("SCRIPT-CANARY-BETA");</script></head>
        <body><nav><a href="/">Home</a> <a href="/careers">Careers at Acme</a></nav>
        <h1>Acme Robotics signs supply agreement with Borealis Motors</h1>
        <p>BOSTON, November 3, 2025 - Acme Robotics, Inc. announced today that it signed a three-year agreement to supply
        1,200 welding robots to Borealis Motors for about $240 million.</p>
        <table><caption>Key terms of the agreement</caption>
        <tr><th>Term</th><th>Value</th></tr><tr><td>Units</td><td>1,200 robots</td></tr>
        <tr><td>Contract value</td><td>$240 million</td></tr><tr><td>Duration</td><td>3 years</td></tr></table>
        <script>console.log("SCRIPT-CANARY-GAMMA")</script>
        <div style="display:none">HIDDEN-CANARY-DELTA</div>
        </body></html>""",
        encoding="utf-8",
    )
    (folder / "acme-q3-2025-call.md").write_text(
        "# Acme Robotics third quarter 2025 earnings call\n\n"
        "**Operator:** Good afternoon and welcome to the Acme Robotics earnings call.\n\n"
        "**Dana Whitfield:** Thank you. Our backlog reached a record $1.9 billion at the end of the quarter, "
        "and we shipped our ten-thousandth warehouse robot.\n\n"
        "**Operator:** Our first question comes from Lee Park with Harbor Securities.\n\n"
        "**Lee Park:** How should we think about pricing pressure from Asian competitors next year?\n\n"
        "**Dana Whitfield:** We expect low single-digit price declines, offset by a richer mix of surgical systems.\n",
        encoding="utf-8",
    )
    (folder / "acme-news-zh.txt").write_text(
        "艾克米机器人宣布在墨西哥新建工厂\n\n2025年11月10日，艾克米机器人表示，公司计划投资3亿美元在墨西哥蒙特雷建设新工厂，"
        "预计2027年投产，年产能为2万台工业机器人。公司首席财务官表示，资金将来自经营现金流。\n",
        encoding="utf-8",
    )
    (folder / "chip-news.md").write_text(
        "# Nvidia ships new inference chips to cloud providers\n\n"
        "SANTA CLARA, December 1, 2025 - Nvidia said it began shipping its latest inference accelerators to three cloud providers. "
        "The company said data center demand remains strong and that supply of high-bandwidth memory is the main constraint.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="session")
def corpus_analyst(corpus: Path, tmp_path_factory: pytest.TempPathFactory, model_dir: str) -> Iterator[Analyst]:
    store = tmp_path_factory.mktemp("corpus-store")
    analyst = build_analyst(make_settings(store, model_dir))
    report = analyst.ingest([corpus])
    assert not report.failed, report.failed
    yield analyst


@pytest.fixture()
def fake() -> Iterator[FakeOpenAI]:
    """An OpenAI-compatible server on 127.0.0.1 (tests/fake_openai.py) for one test."""
    with FakeOpenAI() as server:
        yield server


@pytest.fixture()
def use_store(monkeypatch: pytest.MonkeyPatch, model_dir: str):  # type: ignore[no-untyped-def]
    """Point the Streamlit app (built once per process) at a store: ``use_store(path)``."""
    def point(store: str) -> None:
        monkeypatch.setenv("ANALYST_STORE", store)
        monkeypatch.setenv("ANALYST_MODEL_DIR", model_dir)
        from analyst.ui.common import get_analyst

        get_analyst.clear()

    return point


# ------------------------------------------------------------------------------------------ Chroma server
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ChromaServer:
    """A real `chroma run` on 127.0.0.1 with its data in ``path``; stop and start it again on the same data."""

    def __init__(self, path: Path, log: Path) -> None:
        found = Path(sys.executable).with_name("chroma")
        self.command = str(found) if found.is_file() else shutil.which("chroma")
        if not self.command:
            pytest.skip("the `chroma` command (installed with the chromadb package) is missing")
        self.path = path
        self.log = log
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ChromaServer:
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "CHROMA_TELEMETRY": "False", "NO_COLOR": "1"}
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(  # noqa: S603 - our own venv's chroma
                [self.command, "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=out, stderr=subprocess.STDOUT, env=env)
        for _ in range(600):  # up to a minute on a busy machine
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=2) as reply:  # noqa: S310 - loopback
                    if reply.status == 200:
                        return self
            except OSError:
                pass
            if self.process.poll() is not None:
                pytest.fail(f"chroma run exited: {self.log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.1)
        pytest.fail(f"chroma run did not answer on {self.url}: {self.log.read_text(errors='replace')[-2000:]}")

    def stop(self) -> None:
        process = self.process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=30)
        self.process = None


@pytest.fixture()
def chroma_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ChromaServer]:
    """A Chroma server for one test; this machine's local cache (keyword index, summaries) in tmp too."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    server = ChromaServer(tmp_path / "chroma-server", tmp_path / "chroma-server.log").start()
    try:
        yield server
    finally:
        server.stop()
