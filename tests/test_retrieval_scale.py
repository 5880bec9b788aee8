"""Search restricted to one document, keyword search restricted by document, and ingest that parses ahead."""

from __future__ import annotations

from pathlib import Path

from analyst.providers.keyword_index import KeywordIndex
from analyst.service import Analyst, build_analyst
from analyst.types import Filters
from tests.conftest import make_settings, write_pdf


def test_doc_filter_searches_one_document(corpus_analyst: Analyst) -> None:
    result = corpus_analyst.search("revenue", filters=Filters(doc="acme-q3-2025-call.md"))
    assert result.hits and {h.document.name for h in result.hits} == {"acme-q3-2025-call.md"}
    document = next(d for d in corpus_analyst.documents() if d.name == "acme-q3-2025-results.pdf")
    result = corpus_analyst.search("capital expenditures", filters=Filters(doc=document.id))
    assert result.hits and {h.document.id for h in result.hits} == {document.id}
    assert corpus_analyst.search("revenue", filters=Filters(doc="no-such-file.pdf")).hits == []


def test_keyword_index_restricts_by_document() -> None:
    index = KeywordIndex.build([
        ("a" * 32 + "-1-0", "revenue grew in the quarter"),
        ("a" * 32 + "-2-1", "capital expenditures were high"),
        ("b" * 32 + "-1-0", "revenue fell sharply, revenue guidance cut"),
    ])
    everywhere = index.search(["revenue"], 5)
    assert [chunk_id[:1] for chunk_id, _ in everywhere] == ["b", "a"]
    assert [chunk_id for chunk_id, _ in index.search(["revenue"], 5, {"a" * 32})] == ["a" * 32 + "-1-0"]
    assert index.search(["revenue"], 5, {"c" * 32}) == []


def test_many_files_are_parsed_ahead_and_reported_in_order(tmp_path: Path, model_dir: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for year in range(2019, 2024):
        write_pdf(folder / f"vesta-{year}.pdf", [[f"Vesta Power annual report {year}", f"Revenue was ${year - 1900} million in {year}."],
                                                [f"Capital expenditures were ${year - 1990} million in fiscal {year}."]])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (folder / "same.md").write_text("# Vesta Power note\n\nVesta Power sold 300 MW of solar capacity.\n", encoding="utf-8")
    (folder / "same-again.md").write_text("# Vesta Power note\n\nVesta Power sold 300 MW of solar capacity.\n", encoding="utf-8")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    seen: list[str] = []
    report = analyst.ingest([folder], progress=lambda done, total, name: seen.append(Path(name).name if name else ""))
    assert [Path(f.path).name for f in report.failed] == ["broken.pdf"]
    assert sorted(Path(p).name for p in report.ingested) == ["same-again.md"] + [f"vesta-{y}.pdf" for y in range(2019, 2024)]
    assert [Path(p).name for p in report.unchanged] == ["same.md"]  # the same bytes a moment later
    assert seen[:-1] == sorted(seen[:-1]) and seen[-1] == ""
    assert analyst.stats().documents == 6 and report.pages == 10
    hit = analyst.search("capital expenditures in fiscal 2021", k=3).hits[0]
    assert hit.document.name == "vesta-2021.pdf" and hit.chunk.page == 2


def test_routing_picks_the_filing_of_the_year_asked(tmp_path: Path, model_dir: str) -> None:
    """Two annual reports of one company say nearly the same thing: the question's year decides."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for year, capex in ((2019, 410), (2021, 655)):
        write_pdf(folder / f"report-{year}.pdf", [
            [f"Vesta Power, Inc. Annual Report for the fiscal year ended December 31, {year}",
             "Vesta Power builds and operates solar farms in Texas and Arizona."],
            [f"Capital expenditures were ${capex} million in {year}, mainly for new solar farms.",
             "Operating cash flow funded most of the spending."],
        ], title=f"Vesta Power annual report {year}")
    write_pdf(folder / "other.pdf", [["Borealis Motors, Inc. annual report 2019",
                                      "Capital expenditures were $88 million in 2019 for the new paint shop."]],
              title="Borealis Motors annual report 2019")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([folder])
    for year in (2019, 2021):
        result = analyst.search(f"What were Vesta Power's capital expenditures in fiscal {year}?", k=3)
        assert result.routed
        assert result.hits[0].document.name == f"report-{year}.pdf"
    # no filing of 2022 yet: the nearest later one is none, so both of the company's filings stay candidates
    result = analyst.search("What were Vesta Power's capital expenditures in 2020?", k=3)
    assert result.hits[0].document.name == "report-2021.pdf"


def test_document_years_and_filing_choice() -> None:
    from analyst.lexicon import default_lexicon
    from analyst.retrieval import document_years, filings_for, understand
    from analyst.types import Document

    def doc(name: str, period: str, date: str) -> Document:
        return Document(id=name, source=f"/{name}.pdf", title=name, company="Walmart", period=period, date=date)

    assert document_years(doc("a", "FY2023", "2023-01-01")) == {2022, 2023}  # a year ending in January
    assert document_years(doc("b", "Q2 2023", "2023-07-02")) == {2023}
    filings = [doc("k18", "FY2018", "2018-12-31"), doc("k22", "FY2022", "2022-12-31"), doc("q22", "Q3 2022", "2022-09-30")]
    lexicon = default_lexicon()
    assert [d.id for d in filings_for(understand("Walmart revenue in FY2018?", lexicon), filings)] == ["k18"]
    assert [d.id for d in filings_for(understand("Walmart revenue in 2020?", lexicon), filings)] == ["k22", "q22"]
    assert [d.id for d in filings_for(understand("Walmart revenue in Q3 2022?", lexicon), filings)] == ["q22"]
    assert len(filings_for(understand("Walmart revenue?", lexicon), filings)) == 3


def test_each_page_once_before_any_page_twice() -> None:
    from analyst.retrieval import distinct_pages
    from analyst.types import Chunk

    def chunk(chunk_id: str, page: int | None) -> Chunk:
        return Chunk(id=chunk_id, doc_id=chunk_id[0], text="x", ordinal=0, page=page)

    chunks = {c.id: c for c in [chunk("a1", 3), chunk("a2", 3), chunk("a3", 4), chunk("b1", 3), chunk("c1", None), chunk("c2", None)]}
    assert distinct_pages(["a1", "a2", "c1", "a3", "c2", "b1"], chunks) == ["a1", "c1", "a3", "c2", "b1", "a2"]


def test_all_chunks_are_read_in_pages(corpus_analyst: Analyst) -> None:
    """A store of a quarter of a million chunks cannot be read in one get (SQLite's variable limit)."""
    store = corpus_analyst.store
    everything = store.chunks()
    page_size = store._batch  # type: ignore[attr-defined]
    try:
        store._batch = 3  # type: ignore[attr-defined]
        assert [c.id for c in store.chunks()] == [c.id for c in everything] and len(everything) > 3
    finally:
        store._batch = page_size  # type: ignore[attr-defined]


def test_cover_page_fields_of_sec_filings() -> None:
    from pathlib import Path as P

    from ingest.metadata import detect_doc_type, registrant_name

    assert registrant_name("Commission file number 1-9595 ______________ BEST BUY CO., INC.") == "BEST BUY CO., INC"
    assert registrant_name("For the transition period from to Commission file number: 001-34028 ACME WATER COMPANY, INC.") == "ACME WATER COMPANY, INC"
    assert registrant_name("----VESTA POWER INC.") == "VESTA POWER INC"
    assert registrant_name("o TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d)") == ""
    quarterly = ("☒ QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 "
                 "For the quarterly period ended July 2, 2023. See Part I of our 2022 Form 10-K.")
    assert detect_doc_type(quarterly, "", False, P("x.pdf")) == "10-Q"
    release = "Vesta Power, Inc. (NYSE: VPW) today announced results for the first quarter 2023. " + "x " * 900 + "our Form 10-Q"
    assert detect_doc_type(release, "Q1 2023 Exhibit 99.1", False, P("x.pdf")) == "earnings release"
