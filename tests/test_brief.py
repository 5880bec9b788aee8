"""The one-page brief: exactly one page with little or a great deal of data, Chinese text, references."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2
import pytest
from streamlit.testing.v1 import AppTest

from analyst.errors import NotFound
from analyst.service import Analyst, build_analyst
from analyst.types import Chunk, Document
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / ".artifacts"


def _text_and_pages(pdf: bytes) -> tuple[str, int]:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_bounded() for i in range(len(doc))), len(doc)
    finally:
        doc.close()


def _check_references(text: str) -> None:
    body, _, sources = text.partition("Sources")
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
    listed = {int(n) for n in re.findall(r"\[(\d+)\] \S+\.(?:pdf|md|txt|html)", sources)}
    assert cited and cited <= listed, (cited, listed)


def test_brief_with_little_data_is_one_page(corpus_analyst: Analyst) -> None:
    pdf, pages = corpus_analyst.brief("Acme Robotics")
    text, count = _text_and_pages(pdf)
    assert pages == count == 1
    assert "Acme Robotics" in text and "812" in text and "Not investment advice" in text
    _check_references(text)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "brief-small.png").write_bytes(corpus_analyst.brief_png(pdf))


@pytest.fixture(scope="module")
def busy_store(tmp_path_factory: pytest.TempPathFactory, model_dir: str) -> Analyst:
    folder = tmp_path_factory.mktemp("busy")
    partners = ["Orion Data", "Vega Cloud", "Altair Labs", "Rigel Compute", "Deneb Capital", "Sirius Bank", "Mira Systems", "Castor AI",
                "Pollux Power", "Lyra Networks", "Atlas Fund", "Helix Foundry"]
    sentences = []
    for i, partner in enumerate(partners):
        sentences.append(f"Nvidia intends to invest up to ${i + 1} billion in {partner} Inc. under a long agreement that the two companies "
                         f"described at length in a statement with many words about capacity, timing and conditions.")
        sentences.append(f"{partner} Inc. has purchased {1000 * (i + 1)} Nvidia GPUs for its data centers.")
    (folder / "deals.md").write_text("# Nvidia deal round-up\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
    table = "\n".join(f"| Segment {i} revenue | ${i}.5 billion |" for i in range(1, 20))
    (folder / "results.md").write_text(
        "# NVIDIA Corporation reports results for the third quarter of fiscal 2026\n\n"
        "Revenue was $57.0 billion, up 62% year over year. Net income was $31.9 billion. Gross margin was 73.4%. "
        "Diluted earnings per share was $1.30. Capital expenditures were $1.6 billion. "
        "We expect revenue of $65.0 billion for the fourth quarter of fiscal 2026. "
        + "Risks include export controls, supply constraints at foundries, and pressure on pricing from competitors. " * 3
        + "\n\nTable 1: Segments\n\n| Segment | Revenue |\n|---|---|\n" + table + "\n", encoding="utf-8")
    (folder / "zh.txt").write_text("英伟达持有天狼星数据公司约9%的股份。天狼星数据公司向英伟达采购了大量GPU，金额约20亿美元。\n", encoding="utf-8")
    analyst = build_analyst(make_settings(tmp_path_factory.mktemp("busy-store"), model_dir))
    analyst.ingest([folder])
    return analyst


def test_brief_with_a_great_deal_of_data_is_still_one_page(busy_store: Analyst) -> None:
    pdf, pages = busy_store.brief("英伟达", paper="Letter")
    text, count = _text_and_pages(pdf)
    assert pages == count == 1
    _check_references(text)
    (ARTIFACTS / "brief-busy.png").write_bytes(busy_store.brief_png(pdf))
    chinese, pages = busy_store.brief("天狼星数据")
    text, count = _text_and_pages(chinese)
    assert pages == count == 1
    assert "天狼星数据" in text  # Chinese text is embedded as text, not boxes
    (ARTIFACTS / "brief-chinese.png").write_bytes(busy_store.brief_png(chinese))
    markdown = busy_store.brief("NVDA", fmt="md")[0].decode("utf-8")
    assert markdown.startswith("# Nvidia") and "## Sources" in markdown
    html = busy_store.brief("Nvidia", fmt="html")[0].decode("utf-8")
    assert "<svg" in html and "Not investment advice" in html


def test_unknown_company_lists_close_matches(corpus_analyst: Analyst) -> None:
    with pytest.raises(NotFound, match="close matches: Acme Robotics"):
        corpus_analyst.brief("Acme Robotic")
    assert corpus_analyst.resolve_company("Acme") == "Acme Robotics"  # the one Acme company the documents are about


def test_brief_page(corpus_analyst: Analyst, use_store) -> None:  # type: ignore[no-untyped-def]
    use_store(corpus_analyst.store.location)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page("analyst/ui/pages/brief.py").run()
    at.selectbox(key="brief_company").set_value("Acme Robotics").run()
    at.button(key="make_brief").click().run()
    assert not at.exception and not at.error
    assert len(at.get("download_button")) == 3
    assert at.get("image") or at.get("imgs")


def test_chart_labels_stay_inside_the_chart() -> None:
    """Long names on the left and right of the star chart are moved in from the edge, Chinese ones too."""
    from analyst.brief import chart_svg
    from analyst.types import Brief

    def drawn_width(text: str, size: float) -> float:  # a CJK character about one em, a letter a little over half
        return sum(size if ord(c) > 0x2E80 else size * 0.55 for c in text)

    names = ["Quillon Semiconductor International", "恒湾智算（香港）有限公司算力", "Fibrelight Interconnect Holdings", "Pellmont Bank",
             "Seoryeon Memory Semiconductor", "临川智算产业投资基金有限合伙", "Tanhai Wafer Manufacturing", "LMFC GPU Funding I"]
    brief = Brief(company="Quillon Semiconductor", ticker="", aliases=(), as_of="", documents=1, latest_period="", kpis=[], points=[],
                  links=[], loops=[], risks=[], references=[],
                  counterparties=[(n, "subsidiary_of", "", "") if i % 2 else (n, "supplies", "in", "$600 million") for i, n in enumerate(names)])
    svg = chart_svg(brief)
    for x, size, text in re.findall(r'<text x="([\d.]+)"[^>]*font-size="([\d.]+)"[^>]*>([^<]*)</text>', svg):
        half = drawn_width(text, float(size)) / 2
        assert half <= float(x) and float(x) + half <= 250, text


def test_a_long_own_name_is_drawn_on_two_lines_clear_of_its_neighbours() -> None:
    from analyst.brief import chart_svg
    from analyst.types import Brief

    brief = Brief(company="Quillon Semiconductor International", ticker="", aliases=(), as_of="", documents=1, latest_period="", kpis=[],
                  points=[], links=[], loops=[], risks=[], references=[],
                  counterparties=[("Lumeric Labs", "invests_in", "out", ""), ("Corvane Compute", "supplies", "in", ""),
                                  ("Arkvale Networks", "partners_with", "", ""), ("Pellmont Bank", "lends_to", "in", "")])
    middle = re.findall(r'<text x="125"[^>]*font-weight="bold"[^>]*>([^<]*)</text>', chart_svg(brief))
    assert middle == ["Quillon", "Semiconductor …"]
    brief = Brief(**{**brief.__dict__, "company": "Veridian Semiconductor"})
    assert re.findall(r'<text x="125"[^>]*font-weight="bold"[^>]*>([^<]*)</text>', chart_svg(brief)) == ["Veridian", "Semiconductor"]


def test_a_ticker_finds_its_company_and_a_figure_brings_the_change_it_is_stated_with(corpus_analyst: Analyst) -> None:
    from analyst.brief import _stated_change
    from analyst.types import KPI

    assert corpus_analyst.resolve_company("ACMR") == "Acme Robotics"  # the ticker its release gives, not one the lexicon knows
    said = "Revenue was $612.4 million, up 38% from $443.8 million in the third quarter of fiscal 2024 and up 11% sequentially."
    assert _stated_change(KPI("revenue", 612.4, "USD million", "Q3 2025", 1, said)) == "+38% vs Q3 2024"
    assert _stated_change(KPI("net income", 71.9, "USD million", "Q3 2025", 1, "Net income was $71.9 million, down 4% year over year.")) \
        == "-4% vs a year ago"
    assert _stated_change(KPI("revenue", 612.4, "USD million", "Q3 2025", 1, "Revenue was $612.4 million for the quarter.")) == ""


def test_risks_that_name_a_risk_come_before_a_passing_word() -> None:
    from analyst.brief import build_brief
    from analyst.types import Graph, Summary

    document = Document(id="c1", source="/d/call.txt", title="Q3 call", company="Quorlith Photonics", doc_type="call transcript")
    text = ("On competition, I'd say the quarter went our way and our customers noticed it. "
            "We depend on a single supplier for indium phosphide lasers, and a shortage could delay shipments next year. "
            "Export controls could restrict sales of our 1.6T modules to customers in some regions.")
    summary = Summary(doc="call.txt", doc_id="c1", title="Q3 call", company="Quorlith Photonics", period="Q3 2025",
                      doc_type="call transcript", kpis=[], bullets=[], mode="extractive")
    brief = build_brief("Quorlith Photonics", "", (), [document], [summary],
                        {"c1": [Chunk(id="c1-0", doc_id="c1", text=text, ordinal=0, page=None)]}, Graph([], [], []))
    assert [r.text[:20] for r in brief.risks] == ["We depend on a singl", "Export controls coul"]
