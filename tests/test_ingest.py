"""Ingest against real files, a real embedding model and real Chroma in a temporary folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyst.service import Analyst, build_analyst
from analyst.text import split_sentences
from analyst.types import Filters
from tests.conftest import make_settings, write_pdf


def test_corpus_metadata_is_detected(corpus_analyst: Analyst) -> None:
    docs = {d.name: d for d in corpus_analyst.documents()}
    pdf = docs["acme-q3-2025-results.pdf"]
    assert pdf.pages == 3
    assert pdf.doc_type == "earnings release"
    assert pdf.period == "Q3 2025"
    assert pdf.company == "Acme Robotics"
    assert pdf.ticker == "ACMR"
    assert pdf.date == "2025-10-30"
    assert docs["acme-q3-2025-call.md"].doc_type == "call transcript"
    assert docs["acme-news-zh.txt"].language == "zh"
    assert docs["acme-news-zh.txt"].date == "2025-11-10"
    assert docs["chip-news.md"].company == "Nvidia"
    assert docs["acme-supply-deal.html"].title.startswith("Acme Robotics signs supply agreement")


def test_every_chunk_carries_its_page_and_context(corpus_analyst: Analyst) -> None:
    docs = {d.id: d for d in corpus_analyst.documents()}
    chunks = corpus_analyst.store.chunks()
    assert chunks
    for chunk in chunks:
        document = docs[chunk.doc_id]
        if document.name.endswith(".pdf"):
            assert chunk.page in {1, 2, 3}
        else:
            assert chunk.page is None
        assert chunk.header  # company / type / period / title travel with every chunk


def test_table_stays_whole_with_its_caption(corpus_analyst: Analyst) -> None:
    tables = [c for c in corpus_analyst.store.chunks() if c.kind == "table"]
    pdf_table = [c for c in tables if "Net income" in c.text]
    assert pdf_table, [c.text for c in tables]
    text = pdf_table[0].text
    assert "Table 1: Condensed statement of operations" in text
    assert "Revenue" in text and "Operating income" in text and "Net income" in text
    assert pdf_table[0].page == 2
    html_table = [c for c in tables if "Contract value" in c.text]
    assert html_table and "Key terms of the agreement" in html_table[0].text
    assert "Contract value | $240 million" in html_table[0].text


def test_transcript_turns_keep_their_speakers(corpus_analyst: Analyst) -> None:
    turns = [c for c in corpus_analyst.store.chunks() if c.kind == "turn"]
    speakers = {name.strip() for c in turns for name in c.speaker.split(",")}
    assert {"Dana Whitfield", "Lee Park"} <= speakers
    backlog = [c for c in turns if "$1.9 billion" in c.text]
    assert backlog and "Dana Whitfield" in backlog[0].speaker


def test_script_and_hidden_text_is_never_indexed(corpus_analyst: Analyst) -> None:
    every_text = "\n".join(c.text + c.header for c in corpus_analyst.store.chunks())
    for canary in ("SCRIPT-CANARY-ALPHA", "SCRIPT-CANARY-BETA", "SCRIPT-CANARY-GAMMA", "HIDDEN-CANARY-DELTA", "Careers at Acme", "font-family"):
        assert canary not in every_text
    answer = corpus_analyst.ask("SCRIPT-CANARY-ALPHA")
    assert all("CANARY" not in c.quote for c in answer.citations)


def test_reingest_is_a_no_op(tmp_path: Path, corpus: Path, model_dir: str) -> None:
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    first = analyst.ingest([corpus])
    before = analyst.stats()
    second = analyst.ingest([corpus])
    assert len(first.ingested) == 5 and first.chunks_added > 0
    assert second.ingested == [] and second.chunks_added == 0
    assert sorted(second.unchanged) == sorted(first.ingested)
    assert analyst.stats() == before


def test_changed_file_replaces_its_chunks(tmp_path: Path, model_dir: str) -> None:
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    note = tmp_path / "docs" / "note.md"
    note.parent.mkdir()
    note.write_text("# Orion Data quarterly note\n\nOrion Data booked revenue of $12 million from the Helix project.\n", encoding="utf-8")
    analyst.ingest([note.parent])
    note.write_text("# Orion Data quarterly note\n\nOrion Data booked revenue of $19 million from the Vega project.\n", encoding="utf-8")
    report = analyst.ingest([note.parent])
    assert report.ingested == [str(note)]
    assert analyst.stats().documents == 1
    texts = " ".join(c.text for c in analyst.store.chunks())
    assert "Vega" in texts and "Helix" not in texts


def test_bad_files_fail_alone_with_one_line_each(tmp_path: Path, model_dir: str) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_pdf(folder / "good.pdf", [["Zephyr Cloud signed a lease for 40 MW of data center capacity in Ohio."]])
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref")
    good = (folder / "good.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "fake.pdf").write_text("this is not a pdf at all", encoding="utf-8")
    write_pdf(folder / "locked.pdf", [["Secret figures: revenue of $77 million."]], encrypt="s3cret")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not supported")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    report = analyst.ingest([folder, tmp_path / "missing.pdf"])
    failed = {Path(f.path).name: f.error for f in report.failed}
    assert [Path(p).name for p in report.ingested] == ["good.pdf"]
    assert set(failed) == {"corrupt.pdf", "truncated.pdf", "empty.txt", "binary.txt", "fake.pdf", "locked.pdf", "missing.pdf"}
    assert "encrypted" in failed["locked.pdf"] and "password" in failed["locked.pdf"]
    assert "empty" in failed["empty.txt"]
    assert "not a PDF" in failed["fake.pdf"]
    assert "corrupt" in failed["corrupt.pdf"] or "could not be read" in failed["corrupt.pdf"]
    assert "no such file" in failed["missing.pdf"]
    for error in failed.values():
        assert "\n" not in error and "Traceback" not in error
    assert [Path(s.path).name for s in report.skipped] == ["notes.docx"]
    assert analyst.stats().documents == 1
    assert analyst.store.unpublished_doc_ids() == set()


def test_encrypted_pdf_opens_with_the_configured_password(tmp_path: Path, model_dir: str) -> None:
    locked = write_pdf(tmp_path / "locked.pdf", [["Quasar Labs raised $45 million from Delta Ventures."]], encrypt="s3cret")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir, pdf_password="s3cret"))
    report = analyst.ingest([locked])
    assert report.failed == [] and len(report.ingested) == 1
    assert "Quasar Labs raised $45 million" in " ".join(c.text for c in analyst.store.chunks())


def test_gbk_text_is_read_correctly(tmp_path: Path, model_dir: str) -> None:
    text = "星辰科技公告\n\n星辰科技2025年营业收入为12亿元，同比增长18%。公司计划扩大数据中心投资。\n"
    path = tmp_path / "gbk.txt"
    path.write_bytes(text.encode("gbk"))
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    report = analyst.ingest([path])
    assert report.failed == []
    assert "营业收入为12亿元" in " ".join(c.text for c in analyst.store.chunks())


def test_chinese_pdf_is_chunked_by_sentence(tmp_path: Path, model_dir: str) -> None:
    sentences = [f"第{i}段：天穹云公司在第{i}个数据中心部署了{i * 100}台服务器，用于训练大模型。" for i in range(1, 40)]
    pdf = write_pdf(tmp_path / "zh.pdf", [["".join(sentences[:20])], ["".join(sentences[20:])]], cjk=True)
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir, chunk_chars=300, chunk_overlap=40))
    report = analyst.ingest([pdf])
    assert report.failed == []
    chunks = analyst.store.chunks()
    assert len(chunks) >= 4
    assert {c.page for c in chunks} == {1, 2}
    for chunk in chunks:
        assert len(chunk.text) <= 330
        assert chunk.text.endswith("。")  # cut at sentence ends, not mid-word
    assert analyst.documents()[0].language == "zh"


def test_interrupted_ingest_leaves_no_half_document(tmp_path: Path, model_dir: str, corpus: Path) -> None:
    """Chunks written without the final publish (a killed run) are invisible, and the next run completes."""
    from analyst.types import Document
    from ingest.chunking import chunk_blocks
    from ingest.loaders import load
    from ingest.metadata import detect
    from ingest.pipeline import document_id

    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    path = corpus / "acme-q3-2025-results.pdf"
    data = path.read_bytes()
    loaded = load(path, data)
    document = Document(id=document_id(data), source=str(path.resolve()), pages=loaded.pages, **detect(loaded, path, analyst.lexicon))
    chunks = chunk_blocks(loaded.blocks, document)
    half = chunks[: len(chunks) // 2]
    analyst.store.upsert(half, analyst.embedder.embed([c.embed_text for c in half]), document)  # ... then the process dies
    assert analyst.stats().documents == 0
    assert analyst.ask("What was Acme's revenue in the third quarter?").citations == []
    report = analyst.ingest([path])
    assert len(report.ingested) == 1
    assert analyst.store.unpublished_doc_ids() == set()
    assert analyst.stats().chunks == len(chunks)
    assert len(analyst.store.chunks()) == len(chunks)


def test_filters_restrict_the_documents(corpus_analyst: Analyst) -> None:
    answer = corpus_analyst.ask("What did the company say about demand?", filters=Filters(company="NVDA"))
    assert answer.citations and {c.doc for c in answer.citations} == {"chip-news.md"}
    answer = corpus_analyst.ask("revenue", filters=Filters(doc_type="call transcript"))
    assert {c.doc for c in answer.citations} <= {"acme-q3-2025-call.md"}
    answer = corpus_analyst.ask("revenue", filters=Filters(company="No Such Company"))
    assert answer.citations == [] and answer.warnings


def test_folder_with_symlink_loop_is_walked_once(tmp_path: Path, model_dir: str) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("# Vesta Power\n\nVesta Power sold 300 MW of solar capacity to Lumen Grid.\n", encoding="utf-8")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    shutil.copy(folder / "a.md", folder / "copy.md")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    report = analyst.ingest([folder])
    assert report.failed == []
    assert sorted(Path(p).name for p in report.ingested + report.unchanged) == ["a.md", "copy.md"]
    assert analyst.stats().documents == 1  # the same bytes are one document


@pytest.mark.parametrize("size_mb", [0.001])
def test_file_over_the_size_limit_is_refused(tmp_path: Path, model_dir: str, size_mb: float) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Revenue grew. " * 2000, encoding="utf-8")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir, max_file_mb=size_mb))
    report = analyst.ingest([big])
    assert len(report.failed) == 1 and "limit" in report.failed[0].error


def test_sentences_never_end_inside_a_number_a_wrapped_line_cut() -> None:
    assert split_sentences("数据中心业务收入同比增长121.\n5%，客户数量持续增加。") == ["数据中心业务收入同比增长121.5%，客户数量持续增加。"]
    assert split_sentences("收入同比增长121. 5%，客户增加。") == ["收入同比增长121.5%，客户增加。"]  # the break already a space
    assert split_sentences("净利润同比增长\n1.5倍，现金流改善。") == ["净利润同比增长1.5倍，现金流改善。"]
    assert split_sentences("Revenue was $1.\n5 billion, up 12%. Net income rose.") == ["Revenue was $1.5 billion, up 12%.", "Net income rose."]
    assert split_sentences("Revenue was $1.5\nbillion, up 12%.") == ["Revenue was $1.5 billion, up 12%."]
    # a sentence that ends in a number is still a sentence
    assert split_sentences("We ended 2024.\n2025 will be a strong year.") == ["We ended 2024.", "2025 will be a strong year."]
    assert split_sentences("Sales were 5.\nMargins were 3%.") == ["Sales were 5.", "Margins were 3%."]



def test_a_sentence_may_end_with_a_company_s_legal_form() -> None:
    """"… Dohme Corp. Being developed in collaboration with …" is two sentences; "Arden Co. Inc. and Pell Co." is one name list."""
    assert split_sentences("It is a trademark of Varrow & Co., Inc. Being developed in collaboration with Quell Bio. We buy from Arden Co. Inc. "
                           "and Pell Co. In 2021 we did more.") == [
        "It is a trademark of Varrow & Co., Inc.", "Being developed in collaboration with Quell Bio.", "We buy from Arden Co. Inc. and Pell Co.",
        "In 2021 we did more."]


def test_a_ticker_heading_is_no_speaker_and_a_half_year_report_is_an_interim_report() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    call = ("Brannor Semiconductor, Inc. (NASDAQ: BRNR)\nThird Quarter Fiscal 2026 Earnings Conference Call\n\n"
            "Operator: Good afternoon and welcome.\nHelen Ashdown: Thank you, operator. Please see the risk factors in our annual report "
            "on Form 20-F.\nMarcus Tiernan: Thanks, Helen. Q3 was a record.\n"
            "Helen Ashdown: Operator, the first question please.\nMarcus Tiernan: Our revenue grew 40%.\n")
    path = Path("brannor_q3_call.txt")
    found = detect(load(path, call.encode()), path, default_lexicon())
    assert (found["company"], found["ticker"], found["doc_type"]) == ("Brannor Semiconductor", "BRNR", "call transcript")
    report = "云衢智算科技股份有限公司\n2026年半年度报告\n公司代码：689317　公司简称：云衢智算\n报告期内，公司实现营业收入41.26亿元。\n"
    path = Path("yunqu_h1.md")
    found = detect(load(path, report.encode()), path, default_lexicon())
    assert (found["company"], found["doc_type"], found["period"]) == ("云衢智算", "interim report", "H1 2026")


def test_a_cover_in_capitals_and_a_release_s_dateline_name_the_document_s_company() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    filing = ("ORVELLE SEMICONDUCTOR CORP. FORM 10-Q - For the quarterly period ended October 26, 2025\n"
              "Commission File Number 000-11111 | Nasdaq Global Select Market: ORVL\n"
              "Note 3 - Customers. Sales to Brisk Labs, Inc. accounted for 16% of revenue. Brisk Labs, Inc. did not purchase directly.\n"
              "We invested $1.5 billion in Brisk Labs, Inc. Brisk Labs, Inc. is a model developer.\n")
    path = Path("orvelle_10q.md")
    found = detect(load(path, filing.encode()), path, default_lexicon())
    assert (found["company"], found["ticker"], found["doc_type"]) == ("Orvelle Semiconductor", "ORVL", "10-Q")
    release = ("# Tallow Ridge Capital Holds Final Close of Credit Fund III; Provides $1 Billion Facility to Embrell\n\n"
               "**BOSTON, October 2, 2025** — Tallow Ridge Capital Partners, LLC (\"Tallow Ridge\"), a private credit manager, today "
               "announced the final close of its third fund.\n\nThe fund provided a $1 billion loan to Embrell Cloud, Inc. "
               "(Nasdaq: EMBR). Embrell Cloud, Inc. will use it for GPUs. Embrell Cloud, Inc. said so.\n")
    path = Path("tallow_release.md")
    found = detect(load(path, release.encode()), path, default_lexicon())
    # the company that announces, not the one whose exchange tag the release gives (nor that company's ticker)
    assert (found["company"], found["ticker"], found["doc_type"]) == ("Tallow Ridge Capital Partners", "", "deal announcement")


def test_a_chinese_prospectus_names_its_issuer_not_the_board_it_lists_on() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    text = ("# 宁夏澄岭智算科技股份有限公司首次公开发行股票并在创业板上市招股说明书（申报稿）\n\n## 第四节 发行人基本情况\n\n"
            "本次发行前，发行人总股本为52,000万股。深圳证券交易所创业板上市委员会将审议本次发行。澄岭智算是一家算力服务商。\n")
    path = Path("chengling_prospectus.md")
    found = detect(load(path, text.encode()), path, default_lexicon())
    # the province it is registered in is no part of the name other documents use
    assert (found["company"], found["doc_type"]) == ("澄岭智算科技", "prospectus")


def test_a_report_s_opening_legal_name_over_its_title_is_whose_report_it_is(tmp_path: Path) -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    # (the legal name heads page 1 only, over the report's title: it is kept as a line, not lost to the heading under it)
    pdf = write_pdf(tmp_path / "report.pdf", [[
        "ESTRELA BOMBAS, S.A. AND SUBSIDIARIES",
        "Annual Report 2024",
        "1. Business performance",
        "Estrela Bombas designs and builds high-pressure pumps for desalination plants.",
        "2. Customers",
        "Sales to Marivento Água, S.A., our largest customer, rose to EUR 40.2 million. Marivento Água buys pumps for its Algarve plants,"
        " and Marivento Água has renewed its framework contract to 2027.",
    ]])
    assert detect(load(pdf, pdf.read_bytes()), pdf, default_lexicon())["company"] == "Estrela Bombas"


def test_a_broker_s_research_note_is_one_and_covers_the_company_its_title_tags() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    note = ("# 澜川微电子（688417.SH）2025年三季报点评：大客户放量\n\n启川证券研究所｜电子行业｜公司点评\n\n投资评级：买入（维持）　目标价：158.00元\n\n"
            "鸿岳云作为公司第一大客户，前三季度向公司采购推理加速卡约9.3亿元。合肥澜川微电子有限公司另获泓岳银行8亿元项目贷款。\n")
    path = Path("lanchuan_note.md")
    found = detect(load(path, note.encode()), path, default_lexicon())
    assert (found["company"], found["doc_type"]) == ("澜川微电子", "research note")
    note = ("# Initiating coverage: Corvex Micro Devices\n\nEquity Research | Semiconductors\n\nRating: Buy. Price target $140.\n\n"
            "We initiate coverage of Corvex with a Buy rating. Ostrava Cloud is its anchor customer.\n")
    path = Path("corvex_note.md")
    assert detect(load(path, note.encode()), path, default_lexicon())["doc_type"] == "research note"


def test_a_cover_run_together_a_chinese_cover_line_and_a_taiwan_short_name_name_the_company() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    cover = ("[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934 For the fiscal year ended "
             "December 31, 2024 Commission file number 001-41873 VESSARINE MICRODEVICES LTD. (Exact name of Registrant as specified in its "
             "charter) Cayman Islands\nForm 20-F\nSales to Quillmoor Cloud, Inc. represented 31.4% of our net revenue. Quillmoor Cloud, Inc. "
             "is a U.S. operator. Quillmoor Cloud, Inc. buys our systems.\n")
    path = Path("vessarine_20f.md")
    assert detect(load(path, cover.encode()), path, default_lexicon())["company"] == "Vessarine Microdevices"
    notice = "公開資訊觀測站 重大訊息彙總\n6817 公司簡稱：崧川電子\n本公司董事會決議以私募方式認購美國Quillmoor Cloud, Inc.普通股。\n"
    path = Path("songchuan_notice.txt")
    assert detect(load(path, notice.encode()), path, default_lexicon())["company"] == "崧川電子"


def test_a_pdf_table_whose_column_header_broke_over_lines_stays_a_table() -> None:
    from ingest.loaders import _pdf_page_blocks

    page = ("Suppliers\nOur principal suppliers in 2025 were:\nSupplier Products and services\nPurchases in 2025\n(US$ millions)\n"
            "Qingchuan Technology Co., Ltd. GPU servers and rack integration 1,386.2\n"
            "Tessellate Networks, Inc. Switching and optical interconnect 126.4\n"
            "Ironbridge Data Centers, LLC Colocation and powered shell leases 97.3\n"
            "Qingchuan Technology assembles our servers at its plant in Suzhou, China.\n")
    blocks, _ = _pdf_page_blocks(page, 1, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.text.split("\n")[0] == "Supplier Products and services Purchases in 2025 (US$ millions)"
    assert table.text.split("\n")[-1].startswith("Ironbridge Data Centers") and len(table.text.split("\n")) == 4


def test_a_pdf_table_row_with_a_footnote_mark_for_a_figure_stays_in_the_table() -> None:
    from ingest.loaders import _pdf_page_blocks

    page = ("The following customers each accounted for 10% or more of our net revenue:\nCustomer FY2025 FY2024\n"
            "Brightwell Cloud Services, Inc. 24% 21%\nArdent Systems Corp. 17% 19%\nTollan Compute Holdings, Inc. 11% *\n"
            "* Less than 10% of net revenue in the period.\n")
    blocks, _ = _pdf_page_blocks(page, 1, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert "Tollan Compute Holdings, Inc. 11% *" in table.text.split("\n")


def test_a_release_headed_press_release_a_cover_in_capitals_and_a_glossary_a_line_each() -> None:
    """"PRESS RELEASE — …" names no company (the release's own "X N.V. (Euronext Amsterdam: ZLSYS) (… the "Company")" does);
    a cover's "TOLLMERE FAB CAPITAL, INC." is written as the document writes it ("Fab", not "FAB"); a legal form's full stop before
    brackets or Chinese ends no sentence; a Hong Kong glossary keeps its entries a line each."""
    from analyst.lexicon import default_lexicon
    from ingest.loaders import join_wrapped, load
    from ingest.metadata import detect

    release = ("**PRESS RELEASE — REGULATED INFORMATION**\n\n# Zuidermoor Systems to acquire Brackmoor Metrology\n\n"
               "Zuidermoor Systems N.V. (Euronext Amsterdam: ZMSYS) (\"Zuidermoor\" or the \"Company\") today announced that it has agreed to acquire "
               "Brackmoor Metrology Ltd.\n")
    path = Path("zuidermoor_release.md")
    assert detect(load(path, release.encode()), path, default_lexicon())["company"] == "Zuidermoor Systems"
    cover = ("FORM 10-Q\n\nTOLLMERE FAB CAPITAL, INC.\n(Exact name of registrant as specified in its charter)\n\n"
             "Tollmere Fab Capital, Inc. (\"Tollmere\" or the \"Company\") provides leases of fab equipment.\n")
    path = Path("tollmere_10q.md")
    assert detect(load(path, cover.encode()), path, default_lexicon())["company"] == "Tollmere Fab Capital"
    assert split_sentences("Zuidermoor Systems N.V. (Euronext Amsterdam: ZMSYS) today announced an order. 向Zuidermoor Systems N.V.購置之曝光機2台。") == [
        "Zuidermoor Systems N.V. (Euronext Amsterdam: ZMSYS) today announced an order.", "向Zuidermoor Systems N.V.購置之曝光機2台。"]
    assert join_wrapped(["釋義", "「賣方」 指 目標公司之三名現有股東", "「上市規則」 指 聯交所證券上市規則"]).split("\n") == [
        "釋義", "「賣方」 指 目標公司之三名現有股東", "「上市規則」 指 聯交所證券上市規則"]


def test_a_chinese_pdf_table_whose_rows_have_no_sentence_marks_keeps_its_rows() -> None:
    """"贷款人 角色 承贷金额" over rows of as many cells: each row stays a line of the table (not run into one with the prose)."""
    from ingest.loaders import _pdf_page_blocks

    page = ("该银团贷款总额为人民币12亿元，期限五年。\n各贷款人承贷情况如下：\n贷款人 角色 承贷金额\n"
            "岚溪银行股份有限公司 牵头行、贷款人 6.00亿元\n润岫银行股份有限公司 参贷行 4.00亿元\n嘉岫银行股份有限公司岚溪分行 代理行 不承贷\n"
            "嘉岫银行股份有限公司岚溪分行担任本次银团贷款的代理行，不承担贷款份额。\n")
    blocks, _ = _pdf_page_blocks(page, 1, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.text.split("\n") == ["贷款人 角色 承贷金额", "岚溪银行股份有限公司 牵头行、贷款人 6.00亿元", "润岫银行股份有限公司 参贷行 4.00亿元",
                                       "嘉岫银行股份有限公司岚溪分行 代理行 不承贷"], table.text


def test_a_rating_note_s_title_names_its_subject_and_a_known_name_inside_a_longer_one_is_not_it() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    text = ("# Presale Report: Tarnhill GPU Funding 2026-1 LLC\n\n**Quillon Ratings** | Structured Finance | March 4, 2026\n\n"
            "The GPUs sit in facilities that Tarnhill leases from Meridian Digital Realty Trust. Meridian Digital Realty Trust owns them.\n")
    path = Path("presale.md")
    found = detect(load(path, text.encode()), path, default_lexicon())
    assert found["company"] not in {"Presale Report", "Digital Realty"}, found


def test_an_exhibit_99_press_release_is_a_deal_announcement_and_a_heading_is_no_part_of_a_name() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    html = ("<html><head><title>EX-99.1 - Veltrix Corporation - Press Release dated February 9, 2026</title></head><body>"
            "<p>Exhibit 99.1</p><h1>Veltrix and Hanseong Memory Sign Multi-Year HBM4E Supply Agreement</h1>"
            "<p>SANTA CLARA, Calif. &mdash; February 9, 2026 &mdash; Veltrix Corporation (Nasdaq: VLTX) and Hanseong Memory Co., Ltd. "
            "today announced a long-term supply agreement.</p></body></html>")
    path = Path("ex99.html")
    found = detect(load(path, html.encode()), path, default_lexicon())
    assert (found["company"], found["doc_type"]) == ("Veltrix", "deal announcement")
    notice = "# Member Notice\n\n### 1. Background\n\nGridline Clearing Corp. is the central counterparty. Gridline Clearing Corp. clears.\n"
    path = Path("notice.md")
    assert detect(load(path, notice.encode()), path, default_lexicon())["company"] == "Gridline Clearing"


def test_a_call_whose_speakers_head_their_turns_on_lines_of_their_own() -> None:
    from ingest.loaders import load

    call = ("TARNWELL CLOUD HOLDINGS, INC. (NYSE: TRNW)\nQ4 2025 EARNINGS CONFERENCE CALL\n\nCORPORATE PARTICIPANTS\n"
            "Dana Whitcombe - Chief Executive Officer\nRafael Osei - Chief Financial Officer\n\nCONFERENCE CALL PARTICIPANTS\n"
            "Priya Raman - Ostrander & Co.\n\nPRESENTATION\n\nOperator\nGood afternoon and welcome.\n\n"
            "Dana Whitcombe - Chief Executive Officer\nThanks. Revenue grew 40%.\n\nRafael Osei - Chief Financial Officer\nThanks, Dana. "
            "Margins rose.\n\nOperator\nFirst question, from Priya Raman.\n\nPriya Raman - Ostrander & Co.\nHow is demand?\n\n"
            "Dana Whitcombe - Chief Executive Officer\nStrong.\n")
    loaded = load(Path("call.txt"), call.encode())
    turns = [(b.speaker, b.text) for b in loaded.blocks if b.kind == "turn"]
    assert turns[:3] == [("Operator", "Good afternoon and welcome."), ("Dana Whitcombe", "Thanks. Revenue grew 40%."),
                         ("Rafael Osei", "Thanks, Dana. Margins rose.")], turns
    assert not any("Priya Raman - Ostrander" in text for _, text in turns)  # the participants list is nobody's words


def test_an_annual_report_pdf_whose_cover_line_sits_over_its_first_heading(tmp_path: Path) -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    path = write_pdf(tmp_path / "ironvale.pdf", [
        ["Ironvale Data Centers, Inc. - Annual Report 2025", "Letter to Shareholders",
         "Dear fellow shareholders, 2025 was the year Ironvale became a large developer. Castor Compute, Inc. accounted for 47% of our "
         "total revenue, and Pellam Labs, Inc. for 20%."],
        ["Business Overview", "Power", "Power is the binding constraint on our growth and we plan for it years ahead."],
        ["Notes", "Debt", "Our campuses are financed with construction loans from several banks."],
    ])
    found = detect(load(path, path.read_bytes()), path, default_lexicon())
    # the cover line names the company and what the document is (not the first customer the letter names)
    assert (found["company"], found["doc_type"]) == ("Ironvale Data Centers", "annual report"), found
    assert found["title"] == "Ironvale Data Centers, Inc. - Annual Report 2025"


def test_a_conference_transcript_is_the_company_on_stage_not_the_host() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    text = ("CARRAWAY SECURITIES 2025 DIGITAL INFRASTRUCTURE CONFERENCE\nFireside Chat: Bastion Data Realty Trust (NYSE: BDRT)\n"
            "September 10, 2025\n\nJonah Pruitt: Good morning, and thanks for joining us.\n\nLena Okafor: Thanks. Pellam Labs is still our largest "
            "tenant.\n\nJonah Pruitt: And power?\n\nLena Okafor: Solvane Energy supplies our Mesa campus.\n")
    path = Path("conf.txt")
    found = detect(load(path, text.encode()), path, default_lexicon())
    assert (found["company"], found["ticker"], found["doc_type"]) == ("Bastion Data Realty Trust", "BDRT", "call transcript"), found


def test_a_pdf_sentence_cut_by_the_page_break_is_one_paragraph_and_a_footer_is_no_heading(tmp_path: Path) -> None:
    from ingest.loaders import _pdf_page_blocks, load

    page = ("Construction Loan\nOn May 2, 2025, Tarnwick Campus IV LLC (“Campus IV”), a wholly owned subsidiary of\n"
            "the Company, entered into a $410.0 million delayed-draw construction loan (the\n"
            "“Construction Loan”) with Pellgrave Credit Fund II, L.P., as sole lender. The loan bears\n"
            "Tarnwick Data Parks, Inc. | Form 10-Q | Page 1\n")
    blocks, section = _pdf_page_blocks(page, 1, "")
    assert [b.kind for b in blocks] == ["text"] and blocks[0].text.startswith("On May 2, 2025, Tarnwick Campus IV LLC"), blocks  # prose, not a table
    assert section == "Construction Loan" and "Page 1" not in blocks[0].text
    filler = [f"Paragraph {n} describes the campus, its power and its tenants in plain words." for n in range(28)]
    long = ("Our construction loan from Pellgrave Credit Fund II bears interest at a floating rate plus a margin that steps down "
            "once the campus is complete, and is secured by the campus and a pledge of the equity of the borrower. " * 3)
    path = write_pdf(tmp_path / "q.pdf", [[*filler, long], ["Subsequent events. None."]])
    loaded = load(path, path.read_bytes())
    joined = [b for b in loaded.blocks if "Our construction loan" in b.text]
    assert len(joined) == 1 and joined[0].text.endswith("pledge of the equity of the borrower.") and joined[0].page == 1, \
        [(b.page, b.text[:60]) for b in loaded.blocks[-4:]]


def test_a_pdf_table_the_page_break_cut_after_its_first_row_is_still_a_table() -> None:
    from ingest.loaders import _pdf_page_blocks

    page = "截至2025年9月30日，衡岳基金已投资项目如下：\n被投企业 所属领域 投资金额 持股比例\n上海川辰微电子有限公司 AI加速芯片 50,000.00 11.20%\n- 1 -\n"
    blocks, _ = _pdf_page_blocks(page, 1, "")
    assert [b.kind for b in blocks] == ["text", "table"] and blocks[1].text.split("\n")[0] == "被投企业 所属领域 投资金额 持股比例", blocks
    assert "- 1 -" not in blocks[1].text


def test_a_plain_text_table_lined_up_with_spaces_and_a_one_row_table_over_a_heading() -> None:
    from ingest.loaders import _pdf_page_blocks, load

    text = ("4. 参股公司情况（单位：万元）\n\n参股公司名称                      持股比例      认缴出资额      主营业务\n"
            "西岳算力产业投资基金（有限合伙）    8.00%        40,000         算力基础设施投资\n"
            "贵岳数据港运营有限公司              20.00%       6,000          数据中心园区运营\n\n五、其他\n\n公司 未来 将继续 投资。\n")
    loaded = load(Path("summary.txt"), text.encode())
    [table] = [b for b in loaded.blocks if b.kind == "table"]
    assert table.text.split("\n")[1:] == ["参股公司名称 | 持股比例 | 认缴出资额 | 主营业务", "西岳算力产业投资基金（有限合伙） | 8.00% | 40,000 | 算力基础设施投资",
                                          "贵岳数据港运营有限公司 | 20.00% | 6,000 | 数据中心园区运营"], table.text
    page = "截至本公告披露日，公司主要参股公司情况如下：\n参股公司名称 持股比例 认缴出资额 主营业务\n西岳算力产业投资基金（有限合伙） 4.00% 20,000 算力基础设施投资\n六、风险提示\n公司存在风险。\n"
    blocks, _ = _pdf_page_blocks(page, 2, "")
    assert "table" in [b.kind for b in blocks] and any(b.text.startswith("参股公司名称") and "西岳" in b.text for b in blocks), blocks


def test_a_fund_s_capitals_cover_a_bank_s_notice_heading_and_a_five_character_short_name() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    letter = ("LARCHMONT COMPUTE LENDING FUND II, L.P.\nFirst Quarter 2026 Letter to Limited Partners\n\nLarchmont Credit Partners, L.P., General "
              "Partner\n\nDear Partners,\n\nThe Fund returned 3.1% net of fees. Tollbridge Life & Annuity remains the Fund's largest limited partner.\n")
    path = Path("letter.txt")
    assert detect(load(path, letter.encode()), path, default_lexicon())["company"] == "Larchmont Compute Lending Fund II"
    notice = ("# Osterley Bank, N.A. - Transaction Notice\n\nOsterley Bank, N.A. (\"Osterley\") today announced the closing of US$3.0 billion of "
              "facilities for Harwood Campus Holdings III, LLC (the \"Borrower\"), a subsidiary of Harwood Data Centers, LLC. Harwood Data Centers, "
              "LLC develops campuses. Nimbrel Technologies, Inc. leases the campus.\n")
    path = Path("notice.md")
    assert detect(load(path, notice.encode()), path, default_lexicon())["company"] == "Osterley Bank"
    for head, short in (("证券代码：688817 证券简称：澄岳半导体 公告编号：2025-047\n", "澄岳半导体"), ("证券代码：688817 证券简称：云岳智算本公司董事会保证\n", "云岳智算")):
        path = Path("gonggao.txt")
        assert detect(load(path, (head + "公司与澄川银行签订授信合同。\n").encode()), path, default_lexicon())["company"] == short


def test_a_research_note_s_capitals_name_before_its_ticker_and_a_term_sheet_s_numbered_labels() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    note = ("ROWANTREE SECURITIES | EQUITY RESEARCH | US CLOUD\nInitiation of Coverage | 3 March 2026\n\nNIMBREL CLOUD, INC. (NASDAQ: NMBL)\n"
            "Rating: BUY | Price target: US$412\n\nWe initiate coverage of Nimbrel Cloud (NMBL) with a BUY rating and a price target of US$412.\n")
    path = Path("note.txt")
    found = detect(load(path, note.encode()), path, default_lexicon())
    assert (found["company"], found["ticker"], found["doc_type"]) == ("Nimbrel Cloud", "NMBL", "research note"), found
    sheet = ("STRICTLY PRIVATE AND CONFIDENTIAL - FOR DISCUSSION PURPOSES ONLY\n\nSUMMARY OF INDICATIVE TERMS\n\n1.  BORROWER\n"
             '    Vantel Compute Assets II LLC (the "Borrower"), a special-purpose company wholly owned by Vantel Cloud\n'
             '    Holdings, Ltd. ("Vantel").\n\n2.  LENDERS\n    Pellham Bank plc will provide $400 million of the Facility.\n')
    path = Path("sheet.txt")
    loaded = load(path, sheet.encode())
    borrower = next(b for b in loaded.blocks if "Vantel Compute Assets II LLC" in b.text)
    assert borrower.section == "BORROWER" and borrower.text.startswith("Vantel Compute Assets II LLC"), borrower
    assert "CONFIDENTIAL" not in detect(loaded, path, default_lexicon())["company"].upper()
    notice = ("公開資訊觀測站　重大訊息\n\n公司代號：6788\n公司名稱：宏岳電子股份有限公司\n主旨：公告本公司董事會決議辦理私募普通股並引進策略性投資人晶岳半導體\n"
              "本公司為寧巴川雲（Nimbrel Cloud, Inc.）AI伺服器機櫃之主要組裝代工廠。Nimbrel Cloud, Inc.為最大客戶。Nimbrel Cloud, Inc.佔營收38%。\n")
    path = Path("notice_tw.txt")
    assert detect(load(path, notice.encode()), path, default_lexicon())["company"] == "宏岳電子"
    target = ("证券代码：688817 证券简称：澄岳晶圆 公告编号：2025-031\n\n二、投资标的基本情况\n1、公司名称：杭州云岳智能科技有限公司\n"
              "2、注册资本：5,000万元\n\n公司拟以自有资金认购杭州云岳智能科技有限公司新增注册资本。\n")
    path = Path("gonggao_target.txt")
    assert detect(load(path, target.encode()), path, default_lexicon())["company"] == "澄岳晶圆"  # the target's 公司名称 is not the filer's


def test_a_two_page_report_s_running_lines_a_numbered_heading_and_a_pension_system_that_names_itself(tmp_path: Path) -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import _pdf_page_blocks, load
    from ingest.metadata import detect

    header, footer = "LCERS - Private Markets Quarterly Report - Q3 2026", "LCERS Investment Committee - page {}"
    first = [header, "The Lakemoor County Employees' Retirement System (\"LCERS\" or the \"System\") added to its private credit book.",
             "Harlow position Cost ($m) Value ($m) Net IRR", "Common units (3.5%) 300.0 312.4 n.m.", footer.format(1)]
    second = [header, "4. Private credit: Harlow Creek Credit Partners",
              "LCERS is the largest limited partner in Harlow Creek Credit Partners, L.P. (\"Harlow Creek\"), with a $300 million commitment.",
              "Table 2. Harlow Creek: largest borrower exposures at September 30, 2026 (US$ millions)", "Borrower Collateral Commitment LCERS share",
              "Tessel Compute Funding I LLC 9,000 accelerators 800 90", "Orrin Compute Assets II LLC 12,000 accelerators 600 70", footer.format(2)]
    path = write_pdf(tmp_path / "report.pdf", [first, second])
    loaded = load(path, path.read_bytes())
    texts = [b.text for b in loaded.blocks]
    assert not any("Investment Committee - page" in t for t in texts), texts  # the running footer of both pages
    assert sum(header in t for t in texts) == 1, texts  # the first page keeps its header once
    from ingest.loaders import _drop_running_lines

    pages = ["Capacity by site\nThe Reno site added halls.\nTotal 1,234 5,678", "Leases by year\nThe Ohio site added halls.\nTotal 1,234 5,678"]
    assert all(p.endswith("Total 1,234 5,678") for p in _drop_running_lines(pages))  # a table's row on both pages is no furniture
    blocks, section = _pdf_page_blocks("\n".join(second[1:-1]), 2, "")
    assert section == "4. Private credit: Harlow Creek Credit Partners" and blocks[0].text.startswith("LCERS is the largest"), blocks
    assert blocks[-1].kind == "table" and blocks[-1].text.split("\n")[:2] == second[3:5], blocks  # the caption stays with its table
    blocks, _ = _pdf_page_blocks("\n".join(first[2:4]), 1, "")
    assert [b.kind for b in blocks] == ["table"], blocks  # a row that ends "n.m." (not meaningful) is a row
    facts = detect(loaded, path, default_lexicon())
    assert (facts["company"], facts["doc_type"]) == ("Lakemoor County Employees' Retirement System", "letter"), facts
    # a legal form's full stop before the name's defined term ends no sentence
    assert split_sentences("LCERS is a limited partner in Harlow Creek Credit Partners, L.P. (\"Harlow Creek\"), with a commitment. It lends.") == [
        "LCERS is a limited partner in Harlow Creek Credit Partners, L.P. (\"Harlow Creek\"), with a commitment.", "It lends."]


def test_a_pdf_table_of_one_row_under_its_chinese_column_header_stays_a_table() -> None:
    from ingest.loaders import _pdf_page_blocks

    page = ("苏州岭澈液冷系统有限公司其余30.00%股权由员工持股平台持有。\n（二）参股公司\n序号 公司名称 认缴规模 出资比例 主营业务\n"
            "1 合肥岭源股权投资合伙企业（有限合伙） 50,000.00万元 19.60% 股权投资\n"
            "公司作为有限合伙人认缴岭源基金出资9,800.00万元，不参与基金的投资决策。\n截至本招股说明书签署日，岭源基金已对外投资4个项目。\n")
    blocks, _ = _pdf_page_blocks(page, 1, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.text.split("\n") == ["（二）参股公司", "序号 公司名称 认缴规模 出资比例 主营业务", "1 合肥岭源股权投资合伙企业（有限合伙） 50,000.00万元 19.60% 股权投资"]
    assert any(b.text.startswith("公司作为有限合伙人") for b in blocks)  # the prose after the row is its own paragraph


def test_nested_chinese_headings_are_headings_not_a_list() -> None:
    from ingest.loaders import _pdf_page_blocks

    page = ("第四节 发行人基本情况\n七、发行人控股子公司及参股公司情况\n（一）控股子公司\n截至本招股说明书签署日，公司拥有2家控股子公司，基本情况如下：\n"
            "序号 公司名称 注册资本 持股比例 主营业务\n1 合肥岭澈精密制造有限公司 10,000.00万元 100.00% 冷板制造\n"
            "2 苏州岭澈液冷系统有限公司 3,000.00万元 70.00% 液冷系统集成\n")
    blocks, section = _pdf_page_blocks(page, 1, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.section == "（一）控股子公司" and section == "（一）控股子公司"
    assert not any(b.text.startswith(("第四节", "七、")) for b in blocks)


def test_a_taiwan_notice_s_form_fields_are_no_speakers_a_hong_kong_announcement_and_a_term_sheet_s_borrower() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    notice = ("公開資訊觀測站　重大訊息公告\n\n公司代號：6419　　公司簡稱：宏洺\n公司全名：宏洺精密工業股份有限公司\n\n" + "=" * 60 + "\n"
              "序號：1　　發言日期：114/10/28　　發言時間：17:32:05\n主旨：公告本公司董事會決議參與台洺光電股份有限公司現金增資\n"
              "符合條款：第四條第11款　　事實發生日：114/10/28\n\n說明：\n1.本公司擬以現金新台幣18.5億元參與台洺光電現金增資。\n\n" + "=" * 60 + "\n"
              "序號：2　　發言日期：114/10/30　　發言時間：08:05:41\n主旨：公告本公司接獲大額訂單\n\n說明：\n1.本公司接獲路洺半導體載板訂單。\n")
    path = Path("notice_tw.txt")
    loaded = load(path, notice.encode())
    assert not any(b.kind == "turn" for b in loaded.blocks), [b.kind for b in loaded.blocks]  # 序號, 主旨, 說明 are fields, not speakers
    assert not any("=====" in b.text for b in loaded.blocks)
    meta = detect(loaded, path, default_lexicon())
    assert meta["doc_type"] == "deal announcement" and meta["company"] == "宏洺精密工業"  # its full name (公司全名), not its short name
    hk = ("香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。\n\n"
          "海洺控股有限公司\nHAIMING HOLDINGS LIMITED\n（於開曼群島註冊成立之有限公司）\n（股份代號：2838）\n\n須予披露交易\n\n"
          "董事會欣然宣佈，本公司與瀾洺科技股份有限公司訂立認購協議。\n")
    path = Path("hk_notice.txt")
    assert detect(load(path, hk.encode()), path, default_lexicon())["doc_type"] == "deal announcement"
    sheet = ("SUMMARY OF PRINCIPAL TERMS AND CONDITIONS\nSenior Secured GPU-Backed Delayed-Draw Term Loan Facility\n\nBorrower:\n"
             "HM Compute Finance I, LLC, a Delaware limited liability company (the \"Borrower\"). The Borrower is a wholly owned subsidiary of "
             "Halming Compute, Inc.\n\nLenders:\nNorthmoor Credit Fund II, L.P. and the other lenders listed in Schedule 1.\n")
    path = Path("term_sheet.txt")
    assert detect(load(path, sheet.encode()), path, default_lexicon())["company"] == "HM Compute Finance I"


def test_a_text_block_s_own_lines_stay_lines_in_its_chunk() -> None:
    from analyst.types import Block, Document
    from ingest.chunking import chunk_blocks

    document = Document(id="d1", source="/docs/notice.txt", title="重大訊息", company="廣洺", doc_type="deal announcement")
    block = Block(text="序號：3\n發言日期：115/03/18\n主旨：代子公司Kwangming Technology (Texas) LLC公告取得銀行授信額度\n說明：", section="")
    [chunk] = chunk_blocks([block], document)
    assert "\n主旨：代子公司" in chunk.text and "\n發言日期：" in chunk.text, chunk.text


def test_one_figure_line_under_an_english_title_line_stays_prose() -> None:
    from ingest.loaders import _pdf_page_blocks

    page = ("Data center demand remained strong across our regions.\nSegment Results Overview\nData center revenue 1,234 5,678\n"
            "Revenue grew on new capacity in Reno and Columbus, and we expect further growth next year.\n")
    blocks, _ = _pdf_page_blocks(page, 1, "")
    assert not any(b.kind == "table" for b in blocks), [(b.kind, b.text) for b in blocks]


def test_a_pdf_glossary_entry_with_an_english_name_is_text_not_a_heading() -> None:
    from ingest.loaders import _pdf_page_blocks

    page = ("釋義\n「本公司」 指 雲汀數據控股有限公司（Yunting Data Holdings Limited），其股份於聯交所主板上市\n"
            "「認購人」 指 Tessamere Investment Authority\n「聯交所」 指 香港聯合交易所有限公司\n")
    blocks, _ = _pdf_page_blocks(page, 1, "")
    text = "\n".join(b.text for b in blocks)
    assert "「認購人」 指 Tessamere Investment Authority" in text and "「聯交所」 指 香港聯合交易所有限公司" in text, blocks


def test_an_offering_memorandum_is_a_prospectus() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path("om.txt")
    text = "PRELIMINARY OFFERING MEMORANDUM -- STRICTLY CONFIDENTIAL\n\nKestrelmere GPU Funding I, LLC\n\nUS$1,850,000,000 GPU-Backed Notes, Series 2025-1\n"
    assert detect(load(path, text.encode()), path, default_lexicon())["doc_type"] == "prospectus"


def test_a_trust_s_release_through_its_manager_and_a_defined_target_company() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path("reit.md")
    text = ("**STRAITSMERE DATA CENTRE REIT**\n\n# PRESS RELEASE\n\nStraitsmere REIT Management Pte. Ltd., as manager (the \"Manager\") of Straitsmere "
            "Data Centre REIT (\"Straitsmere DC REIT\"), today announced that Straitsmere DC REIT will acquire 100% of Tembumere DC Jurong Pte. Ltd. "
            "(the \"Target Company\"). The Target Company holds the site.\n")
    assert detect(load(path, text.encode()), path, default_lexicon())["company"] == "Straitsmere Data Centre REIT"


def test_an_inquiry_reply_is_the_issuer_s_own_document_and_its_title_s_guanyu_is_no_name() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path("reply.txt")
    text = ("关于贵州黔汀算谷数据科技股份有限公司\n向不特定对象发行可转换公司债券申请文件的审核问询函的回复\n\n"
            "深圳证券交易所：贵州黔汀算谷数据科技股份有限公司（以下简称“发行人”）现回复如下。\n")
    meta = detect(load(path, text.encode()), path, default_lexicon())
    assert (meta["company"], meta["doc_type"]) == ("贵州黔汀算谷数据科技", "prospectus"), meta


def test_exchange_filings_in_english_name_their_filer_and_are_its_own_announcements() -> None:
    """A translated Korean filing whose cover line follows a translator's note; a Bursa announcement under the exchange's
    heading ("Company Name : …"); a Japanese "Annual Securities Report" whose company defines itself with "K.K.". """
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    korean = ("[English translation for reference purposes only. In the event of any discrepancy, the Korean original shall prevail.]\n\n"
              "TAEWOL MEMORY CO., LTD. (태월메모리 주식회사)\nKRX Code: 231840 | Receipt No. 20251118800417\n\n"
              "PART A. REPORT ON CONCLUSION OF SINGLE SALES / SUPPLY CONTRACT\n\n4. Counterparty\n - Name: Brisk Labs, Inc. (the \"Customer\")\n"
              "The Company will supply memory stacks to the Customer.\n")
    bursa = ("BURSA MALAYSIA SECURITIES BERHAD - GENERAL ANNOUNCEMENT\n\nCompany Name      : SELANGKAH DIGITAL BERHAD\n"
             "Stock Name        : SDIGI\nStock Code        : 0319\n\nSELANGKAH DIGITAL BERHAD\nThe Board announces a vendor credit facility.\n")
    japanese = ("Aozora Glassworks K.K.\nAnnual Securities Report for the Fiscal Year Ended December 31, 2025\n"
                "Securities Code: 5387 (Prime Market)\n\nAozora Glassworks K.K. (the \"Company\") and its subsidiaries make specialty glass.\n")
    note = ("瀚舟证券研究所｜电子行业深度报告\n2025年11月24日\n\n行业评级：增持（维持）\n\nAI算力供应链跟踪：存储进入预付款锁产能时代\n"
            "首次覆盖岷江存储（688629.SH），给予买入评级，目标价46.80元\n岷江存储是国内领先的存储芯片厂商。\n")
    for name, text, expected in (("taewol.txt", korean, ("Taewol Memory", "deal announcement")), ("minjiang.md", note, ("岷江存储", "research note")),
                                 ("selangkah.txt", bursa, ("Selangkah Digital", "deal announcement")),
                                 ("aozora.md", japanese, ("Aozora Glassworks", "annual report"))):
        found = detect(load(Path(name), text.encode()), Path(name), default_lexicon())
        assert (found["company"], found["doc_type"]) == expected, (name, found)


def test_a_chinese_report_s_unit_lines_are_no_speakers_and_a_mops_page_header_names_its_filer() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    # "单位：万元" over each table (and "注：" under it) are labels: the report is text and tables, not a transcript
    report = ("证券代码：688999 证券简称：岫光科技\n\n第三节 管理层讨论与分析\n\n1. 公司主要销售客户情况\n\n单位：万元\n\n"
              "| 序号 | 客户名称 | 销售额 | 占年度销售总额比例 |\n|---|---|---|---|\n| 1 | 杭州岫衡智算科技股份有限公司 | 38,412.37 | 12.84% |\n\n"
              "注：客户二因保密协议未披露名称。\n\n2. 公司主要供应商情况\n\n单位：万元\n\n"
              "| 序号 | 供应商名称 | 采购额 | 占年度采购总额比例 |\n|---|---|---|---|\n| 1 | 武汉岫曦光电科技有限公司 | 12,615.52 | 9.77% |\n\n"
              "单位：股\n\n| 股东名称 | 股东性质 | 期末持股数量 | 比例 |\n|---|---|---|---|\n| 岫湾企业管理合伙企业（有限合伙） | 其他 | 31,850,000 | 7.96% |\n")
    path = Path("annual_report_excerpt.txt")
    loaded = load(path, report.encode())
    assert not any(b.kind == "turn" for b in loaded.blocks), [b.kind for b in loaded.blocks]
    assert sum(b.kind == "table" for b in loaded.blocks) == 3, [(b.kind, b.text[:40]) for b in loaded.blocks]
    # a MOPS page opens with "(code)short name" before the subsidiary it files for; the filer is the company the notice does
    # not call a subsidiary
    notice = ("公開資訊觀測站 重大訊息公告\n(6748)岫嶸 代子公司岫嶸投資股份有限公司公告取得沁岫熱控科技股份有限公司普通股\n\n說明：\n"
              "1.標的物之名稱及性質：沁岫熱控科技股份有限公司（以下簡稱「沁岫熱控」）普通股。\n"
              "2.其他敘明事項：(1)岫嶸投資股份有限公司係岫嶸電腦股份有限公司百分之百持股之子公司。\n")
    path = Path("mops_notice.txt")
    meta = detect(load(path, notice.encode()), path, default_lexicon())
    assert meta["company"] == "岫嶸電腦" and meta["ticker"] == "6748", meta


def test_a_taiwan_notice_headed_by_code_and_short_name_is_an_announcement_of_its_full_name() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    notice = ("公司代號：3597 公司簡稱：鑫岫\n公司全名：鑫岫晶圓製造股份有限公司 Hsinxiu Wafer Manufacturing Corp.\n\n第一則\n"
              "發言日期：114/07/16 發言時間：17:32:05 序號：1\n主旨：本公司董事會決議參與芯岫智駕科技股份有限公司之戰略配售\n")
    path = Path("mops_printout.txt")
    meta = detect(load(path, notice.encode()), path, default_lexicon())
    assert meta["doc_type"] == "deal announcement" and meta["company"] == "鑫岫晶圓製造", meta


def test_a_note_titled_by_its_code_a_mops_short_name_a_hong_kong_code_line_and_a_call_naming_its_10_k() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    lexicon = default_lexicon()
    note = ("# 岳衡科技（688905.SH）公司深度报告\n\n**泊川证券研究所 · 计算机**\n\n**评级：买入（维持）**　目标价：88.00元\n\n"
            "公司另持有港股上市公司澄芯智算约9.1%股权。泊川证券研究所预计公司收入增长。\n")
    path = Path("yueheng_note.md")
    assert detect(load(path, note.encode()), path, lexicon)["company"] == "岳衡科技"  # not the broker whose note it is
    notice = ("公開資訊觀測站　重大訊息公告\n\n公司代號：6975　　公司名稱：泰鼎電通\n\n序號：1　　發言日期：114/10/16\n"
              "主旨：本公司與Orvane Devices, Inc.簽訂產能保留協議\n說明：\n1.契約相對人：Orvane Devices, Inc.\n"
              "2.設備由志晟機電股份有限公司供應，志晟機電股份有限公司為本公司之供應商。\n")
    path = Path("taiding_mops.txt")
    assert detect(load(path, notice.encode()), path, lexicon)["company"] == "泰鼎電通"  # a short name in the filer's field
    announcement = ("香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。\n\n"
                    "天瀾智駕控股有限公司\n\nTianlan Autodrive Holdings Limited （於開曼群島註冊成立之有限公司） （股份代號：2791）\n\n"
                    "有關認購新股份之須予披露交易\n\n董事會欣然宣佈，本公司與Halden Silicon訂立認購協議。\n")
    path = Path("tianlan_announcement.txt")
    assert detect(load(path, announcement.encode()), path, lexicon)["company"] == "天瀾智駕"  # not the exchange's disclaimer
    call = ("# Orvane Devices, Inc. (NASDAQ: ORVD)\n## Fiscal Second Quarter 2026 Earnings Conference Call - Transcript Excerpt\n\n"
            "**Operator:** Good afternoon and welcome.\n\n**Jo Park:** Thank you. Our statements are subject to the risks described in our "
            "most recent Form 10-K and subsequent Form 10-Q filings.\n\n**Dana Lee:** Revenue grew 21%.\n\n**Sam Roe:** Gross margin was 41%.\n")
    path = Path("orvane_call.md")
    assert detect(load(path, call.encode()), path, lexicon)["doc_type"] == "call transcript"  # not the form its operator names


def test_a_wrapped_s1_heading_an_english_only_hong_kong_issuer_a_prospectus_cover_and_brokers_notes(tmp_path: Path) -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect
    from tests.conftest import write_pdf

    lexicon = default_lexicon()
    s1 = write_pdf(tmp_path / "quelmere_s1.pdf", [[
        "As filed with the Securities and Exchange Commission on September 15, 2025. Registration No. 333-291447",
        "FORM S-1 REGISTRATION STATEMENT UNDER THE SECURITIES", "ACT OF 1933", "QUELMERE BIO, INC.",
        "(Exact name of registrant as specified in its charter) Delaware. Proposed Nasdaq Global Market symbol: QLMB.",
        "PROSPECTUS SUMMARY", "Quelmere Bio, Inc. is a clinical-stage biotechnology company. We train our models on capacity we buy."]])
    meta = detect(load(s1, s1.read_bytes()), s1, lexicon)
    assert meta["doc_type"] == "S-1" and meta["company"] == "Quelmere Bio", meta  # the heading's two lines are one heading
    hk = ("香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。\n\nHarbmere Biotech Holdings Limited\n"
          "（於開曼群島註冊成立的有限公司）（股份代號：2788）須予披露交易：有關HGB-101之獨家許可協議\n\n董事會欣然宣佈，本公司與Halmere Therapeutics, Inc.訂立許可協議。\n")
    path = Path("harbmere.txt")
    assert detect(load(path, hk.encode()), path, lexicon)["company"] == "Harbmere Biotech"  # not the exchange in its disclaimer
    cover = ("本公司的发行申请尚需经上海证券交易所和中国证监会履行相应程序。\n\n# 芯岚科技股份有限公司\n\n首次公开发行股票并在科创板上市招股说明书（申报稿）\n\n"
             "## 重大事项提示\n\n公司的主要竞争对手包括英伟达等境外厂商以及灵岚微电子等境内厂商。\n")
    path = Path("xinlan_prospectus.md")
    assert detect(load(path, cover.encode()), path, lexicon)["company"] == "芯岚科技"  # not the rival it names
    note = ("华岚证券研究所｜公司点评报告｜通信设备及光缆｜2025年10月21日江岚光缆（603617.SH）：订单能见度显著提升投资评级：买入（维持）。\n\n"
            "## 投资要点\n\n公司中标华岳通信2025年骨干光缆集中采购。\n")
    path = Path("jianglan_note.txt")
    assert detect(load(path, note.encode()), path, lexicon)["company"] == "江岚光缆"  # the date before its name is no part of it
    english = ("Harbview Securities (Asia) Limited | Equity Research | Greater China Semiconductors\n\n"
               "## Lingmere Microelectronics (3962 HK): Inference volume leader\n\nInitiation of coverage | Rating: BUY | Target price: HK$58.40\n\n"
               "We initiate coverage of Lingmere Microelectronics with a BUY rating.\n")
    path = Path("lingmere_note.md")
    assert detect(load(path, english.encode()), path, lexicon)["company"] == "Lingmere Microelectronics"  # the company covered, not the broker
    tenk = ("UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n\nFORM 10-K (EXCERPT) ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE "
            "SECURITIES EXCHANGE ACT OF 1934 For the fiscal year ended December 31, 2025 - Commission File Number 001-41872 LUMERE OPTICS, INC. "
            "Delaware - 2200 Alameda Row, San Jose.\n\nOur assistant runs on models licensed from Parlmere Labs, Inc. We pay Parlmere Labs a "
            "royalty. Parlmere Labs also licenses its models to others. Parlmere Labs is a private company.\n")
    path = Path("lumere_10k.txt")
    assert detect(load(path, tenk.encode()), path, lexicon)["company"] == "Lumere Optics"  # the registrant its cover names, not the most named
    wire = ("ASIA MARKETS WIRE\n\nSingapore's Meridmere Crest deepens China bets\n\nBy Dan Koh\n\n"
            "Meridmere Crest committed 1.5 billion yuan under the Qualified Foreign Limited Partner (QFLP) programme, people said.\n")
    path = Path("wire.txt")
    assert detect(load(path, wire.encode()), path, lexicon)["company"] != "Qualified Foreign"  # a programme's name is no company


def test_a_pension_plan_s_board_report_a_notes_memorandum_s_issuer_and_a_credit_note_s_subject_name_the_company() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    report = ("# Northvorn Teachers' Pension Plan\n\n## Report of the Investment Committee to the Board of Trustees\n\n"
              "This report informs the Board of three transactions. On 2 October 2025 the Plan completed a US$750 million co-investment in "
              "Cobvorn Data Centers Holdings LLC. Cobvorn Data Centers Holdings LLC operates campuses in Virginia.\n")
    path = Path("northvorn_board_report.md")
    meta = detect(load(path, report.encode()), path, default_lexicon())
    assert (meta["company"], meta["doc_type"]) == ("Northvorn Teachers' Pension Plan", "letter")
    memo = ("# CONFIDENTIAL PRIVATE PLACEMENT MEMORANDUM\n\nUS$900,000,000 Class A Senior Secured Notes due 2030.\n\n"
            "The Issuer. Lumvorn Compute Funding I LLC (the \"Issuer\") is a special purpose entity. The Issuer is a wholly-owned subsidiary of "
            "Lumvorn Cloud, Inc. (\"Lumvorn\" or the \"Parent\"). Lumvorn Cloud, Inc. operates GPU clusters. Lumvorn Cloud, Inc. is listed.\n")
    path = Path("lumvorn_ppm.md")
    meta = detect(load(path, memo.encode()), path, default_lexicon())
    assert (meta["company"], meta["doc_type"]) == ("Lumvorn Compute Funding I", "prospectus")
    note = ("HARLVORN STREET CREDIT RESEARCH | North America High Yield | November 18, 2025\n"
            "Meridvorn Power & Data, Inc. (MPD)\n"
            "7.25% Senior Secured Notes due 2029. Recommendation: Market Weight (from Underweight). Halvorn Compute, Inc. leased 140 MW from MPD.\n")
    path = Path("mpd_note.txt")
    meta = detect(load(path, note.encode()), path, default_lexicon())
    assert (meta["company"], meta["doc_type"]) == ("Meridvorn Power & Data", "research note")


def test_a_credit_opinion_a_rating_action_a_krx_disclosure_a_nordic_bank_and_a_broker_s_bloomberg_code_name_the_company() -> None:
    """Whose document it is: the company a credit opinion or a rating action rates (not the agency), a KRX disclosure's
    "Company:" line (not the exchange), a report headed by a bank's legal name ("… A/S"), the company a broker's note tags
    with a Bloomberg code ("(KGL NA)"), and no retailer "Target" in a note's "Target price" or "Target (LC)" column."""
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    def company_and_type(name: str, text: str) -> tuple[str, str]:
        found = detect(load(Path(name), text.encode()), Path(name), default_lexicon())
        return found["company"], found["doc_type"]

    opinion = ("# FARNMOOR RATINGS — CREDIT OPINION\n\n**Velloran Underwriting Inc.**\n**Update following its Series C**\n\n"
               "## Summary\n\nFarnmoor Ratings' opinion of Velloran Underwriting Inc. reflects its premium growth. Brisket Re AG holds 19.9%.\n")
    assert company_and_type("velloran_opinion.md", opinion) == ("Velloran Underwriting", "research note")
    action = ("Tarrow Pryce Assigns 'BBB-' to Cindermoor Power & Compute's Senior Secured Term Loan; Outlook Stable\n\nNew York, 3 December "
              "2025 - Tarrow Pryce Ratings has assigned a 'BBB-' rating to Cindermoor Power & Compute LLC's $1.2 billion term loan.\n")
    assert company_and_type("cindermoor_rating.md", action) == ("Cindermoor Power & Compute", "research note")
    krx = ("KOREA EXCHANGE - KIND ENGLISH DISCLOSURE SERVICE\n\n(This is an English translation provided for reference.)\n\n"
           "Company: Daebyeol Memory Co., Ltd. (KRX: 091877)\nFiling date: March 11, 2025\n\n"
           "Title: Report on Conclusion of Contract (Single Sales/Supply Contract)\n")
    assert company_and_type("daebyeol_krx.txt", krx)[0] == "Daebyeol Memory"
    bank = ("# Skovhavn Maritime Bank A/S\n\nAnnual Report 2025 - excerpt\n\nDuring the year the Bank arranged a USD 410 million facility "
            "for Tidebox Line Ltd. and a USD 90 million term loan to Crateforge Robotics, Inc.\n")
    assert company_and_type("skovhavn_annual_report.md", bank)[0] == "Skovhavn Maritime Bank"
    note = ("# Aldbarrow Equity Research\n\n## Kestmoor Global Logistics N.V. (KGM NA) - Overweight (unchanged)\n\n"
            "**Price:** EUR 38.60 | **Target price:** EUR 48.00\n\nWe raise our target price after Kestmoor's capital markets day.\n")
    assert company_and_type("kestmoor_note.md", note)[0] == "Kestmoor Global Logistics"
    sector = ("# AI in Education: Following the Money\n\nHollmoor Securities | Thematic Research\n\n"
              "| Company | Rating | Price (LC) | Target (LC) |\n|---|---|---|---|\n| Zhivorn Education | Buy | 12.1 | 15.0 |\n")
    assert company_and_type("sector_note.md", sector)[0] != "Target"
    story = ("# The circle trade\n\nWhen Kestmoor Semiconductor (Nasdaq: KSMR) said on Tuesday that it would invest $2 billion in Halmoor Labs, "
             "the announcement read like a vote of confidence.\n")
    assert company_and_type("circle_story.md", story)[0] == "Kestmoor Semiconductor"


def test_a_broker_masthead_over_the_covered_company_s_own_line_and_a_vietnamese_joint_stock_company() -> None:
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    note = ("HOLLOWAY SECURITIES  |  EQUITY RESEARCH  |  KOREA  |  LAB TOOLS\n\nHanyeol Scientific (051230 KS)\n"
            "BUY (maintain)  |  Target price KRW 58,000  |  Price KRW 44,650\n\nWe raise our estimates after a strong quarter.\n")
    path = Path("note.txt")
    assert detect(load(path, note.encode()), path, default_lexicon())["company"] == "Hanyeol Scientific"
    note = ("KESTON PACIFIC SECURITIES LIMITED\nEquity Research | China Hardware\n\nSUZHOU LANYU VISION TECHNOLOGY CO., LTD. (688512.SH)\n"
            "苏州岚屿视觉科技股份有限公司\nRating: BUY (maintained)    Target price: RMB 31.80\n\nLanyu (岚屿视觉) is moving into services.\n")
    path = Path("note_zh.txt")
    assert detect(load(path, note.encode()), path, default_lexicon())["company"] == "岚屿视觉科技"  # the name its own filings use
    call = ("# Dai Loc Timber Joint Stock Company (HOSE: DLT)\n\n## Q2 2025 Earnings Call\n\n**Operator:** Good afternoon.\n\n"
            "**Nguyen Van An, CEO:** Thank you. Exports rose 12%.\n\n**Analyst:** What about margins?\n\n**Nguyen Van An, CEO:** Up.\n")
    path = Path("call.md")
    assert detect(load(path, call.encode()), path, default_lexicon())["company"] == "Dai Loc Timber"


def test_a_japanese_notice_s_company_name_field_a_phone_label_a_ticker_in_a_call_heading_and_a_name_s_second_word() -> None:
    """"Company name: X Co., Ltd." names the notice's company ("TEL: +81-…" is a telephone, not Tokyo Electron's TEL); a call
    headed "X S.p.A. (BIT: VTRS) — … Call" is X's; a story about "Vietnam's Song Lam" is not about Lam Research."""
    from analyst.lexicon import default_lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    notice = ("<html><head><title>Notice Regarding a Business Alliance</title></head><body><h1>Notice Regarding a Business Alliance</h1>"
              "<p>Company name: Hamakaze Holdings Co., Ltd.</p><p>(Securities code: 9481, Prime Market of the Tokyo Stock Exchange)</p>"
              "<p>Contact: Ayumi Ueda, General Manager (TEL: +81-3-5555-0100)</p>"
              "<p>Hamakaze Holdings Co., Ltd. (&quot;the Company&quot;) hereby announces an alliance with Lumenrest AI, Inc.</p></body></html>")
    path = Path("hamakaze_notice.html")
    assert detect(load(path, notice.encode()), path, default_lexicon())["company"] == "Hamakaze"
    call = ("# Vetralba Industrie S.p.A. (BIT: VTLB) — First-Half 2025 Results Conference Call\n\n**Participants**\n"
            "- Giulia Conte — Chief Executive Officer, Vetralba Industrie S.p.A.\n\n**Giulia Conte:** Volumes rose 6% in the half.\n")
    path = Path("call.md")
    assert detect(load(path, call.encode()), path, default_lexicon())["company"] == "Vetralba Industrie"
    story = ("# Vietnam's Song Lam bets on AI kilns\n\nSong Lam Ceramic Tiles Joint Stock Company (HOSE: SLC), the Nghe An-based tile maker, "
             "is spending on AI. Song Lam will add two lines. Song Lam's margins fell.\n")
    path = Path("story.md")
    assert detect(load(path, story.encode()), path, default_lexicon())["company"] != "Lam Research"


def test_a_latin_name_wrapped_into_a_chinese_line_and_a_chinese_table_in_ten_thousands_of_yuan() -> None:
    """A PDF line "Rheinfeld Bank" over "AG香港分行已向…" is a name wrapped into its sentence, not a heading; rows whose figures are
    written "4,860万元" are a table's rows, not prose."""
    from ingest.loaders import _pdf_page_blocks

    blocks, _ = _pdf_page_blocks("融資安排\nRheinfeld Bank\nAG香港分行已向本公司提供3億港元之三年期定期貸款，用於一般營運資金。\n", 2, "")
    assert any("Rheinfeld Bank AG香港分行已向本公司提供" in b.text for b in blocks), blocks
    assert all(b.section != "Rheinfeld Bank" for b in blocks), blocks
    page = ("四、2025年度日常关联交易预计\n公司预计2025年度与其发生的日常关联交易如下：\n关联方 关联交易类别 2025年预计金额 2024年实际发生\n"
            "Kastelberg Gase AG 采购AI优化控制系统许可及技术服务 4,860万元 3,120万元\nKastelberg Gase AG 采购特种气体分析仪器 650万元 410万元\n"
            "合计 5,510万元 3,530万元\n")
    blocks, _ = _pdf_page_blocks(page, 2, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert "Kastelberg Gase AG 采购AI优化控制系统许可及技术服务 4,860万元 3,120万元" in table.text.split("\n"), table.text
