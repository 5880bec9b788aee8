"""Summaries: KPIs with period and page from tables and text, key points, the batch, the page."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

from analyst.service import Analyst, build_analyst
from analyst.summaries import _trim, headlines, key_points, quarter_reported
from analyst.text import find_figures
from analyst.types import Chunk, Document
from tests.conftest import make_settings, write_pdf

ROOT = Path(__file__).resolve().parents[1]


def test_kpis_come_with_period_and_page(corpus_analyst: Analyst) -> None:
    batch = corpus_analyst.summarize(["acme-q3-2025-results.pdf"])
    [summary] = batch.summaries
    kpis = {k.name: k for k in summary.kpis}
    assert kpis["revenue"].value == 812 and kpis["revenue"].period == "Q3 2025" and kpis["revenue"].page == 2  # the table, in millions
    assert kpis["net income"].value == 61 and kpis["net income"].page == 2
    assert kpis["gross margin"].value == 47.5 and kpis["gross margin"].unit == "%"
    assert kpis["capital expenditure"].value == 96 and kpis["capital expenditure"].page == 3
    assert kpis["revenue growth YoY"].value == 41
    assert "revenue guidance" in kpis and kpis["revenue guidance"].period == "Q4 2025"
    assert 3 <= len(summary.bullets) <= 8
    assert all(b.page in {1, 2, 3} for b in summary.bullets)
    payload = summary.to_dict()
    assert set(payload) == {"doc", "company", "period", "doc_type", "kpis", "bullets"}
    assert set(payload["kpis"][0]) == {"name", "value", "unit", "period", "page"}


def test_quarter_is_not_confused_with_year_to_date(tmp_path: Path, model_dir: str) -> None:
    pdf = write_pdf(tmp_path / "q.pdf", [["Lumen Grid Inc. reports third quarter 2025 results.",
                                           "For the nine months ended September 30, 2025, revenue was $930 million.",
                                           "Revenue for the third quarter of 2025 was $340 million."]])
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    [summary] = analyst.summarize([pdf]).summaries
    revenue = next(k for k in summary.kpis if k.name == "revenue")
    assert (revenue.value, revenue.period) == (340, "Q3 2025")


def test_release_tables_scale_above_the_table_and_eps_under_its_heading(tmp_path: Path, model_dir: str) -> None:
    """An EX-99.1 press release: "(Amounts in Thousands…)" sits above the table, and "Diluted" sits under "EARNINGS PER SHARE:"."""
    html = tmp_path / "release.html"
    html.write_text(
        "<html><body><p>Harbor Outfitters, Inc. (NYSE: HBO) announced today that net income for the fiscal quarter ended "
        "November 1, 2025 was $21.4 million.</p>"
        "<p>HARBOR OUTFITTERS, INC.</p><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
        "<p>(Amounts in Thousands Except Per Share Amounts)</p>"
        "<table><tr><td></td><td>Thirteen Weeks Ended November 1, 2025</td><td>Thirteen Weeks Ended November 2, 2024</td></tr>"
        "<tr><td>Net sales</td><td>$ 180,512</td><td>$ 171,330</td></tr>"
        "<tr><td>NET INCOME</td><td>$ 21,406</td><td>$ 19,870</td></tr>"
        "<tr><td>EARNINGS PER SHARE:</td></tr>"
        "<tr><td>Basic</td><td>$ 0.42</td><td>$ 0.39</td></tr>"
        "<tr><td>Diluted</td><td>$ 0.41</td><td>$ 0.38</td></tr></table></body></html>",
        encoding="utf-8",
    )
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    [summary] = analyst.summarize([html]).summaries
    kpis = {k.name: k for k in summary.kpis}
    assert (kpis["net income"].value, kpis["net income"].unit) == (21406, "USD thousand")
    assert (kpis["diluted EPS"].value, kpis["diluted EPS"].unit) == (0.41, "USD")


def test_a_file_already_in_the_store_under_another_path_is_summarised(tmp_path: Path, model_dir: str) -> None:
    (tmp_path / "a").mkdir()
    first = write_pdf(tmp_path / "a" / "q.pdf", [["Lumen Grid Inc. reports third quarter 2025 results.",
                                                 "Revenue for the third quarter of 2025 was $340 million."]])
    copy = tmp_path / "b" / "lumen-q3.pdf"
    copy.parent.mkdir()
    copy.write_bytes(first.read_bytes())
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([first])
    batch = analyst.summarize([copy.parent])
    assert [s.doc for s in batch.summaries] == ["q.pdf"] and not batch.failed


def test_batch_progress_failure_and_resume(tmp_path: Path, model_dir: str) -> None:
    folder = tmp_path / "calls"
    folder.mkdir()
    for i in range(4):
        (folder / f"call-{i}.txt").write_text(
            f"Operator: Welcome to the Vega Systems call number {i}.\n\nAnna Lee: Revenue was ${100 + i} million, up {10 + i}% year over year.\n\n"
            f"Tom Ray: How is demand?\n\nAnna Lee: Demand is strong and we expect revenue of ${120 + i} million next quarter.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    seen: list[tuple[int, int]] = []
    first = analyst.summarize([folder], workers=2, progress=lambda done, total, name: seen.append((done, total)))
    assert len(first.summaries) == 4 and [Path(f.path).name for f in first.failed] == ["broken.pdf"]
    assert seen[-1] == (4, 4)
    second = analyst.summarize([folder])
    assert sorted(second.cached) == sorted(s.doc for s in first.summaries)  # resumed: nothing redone
    assert [s.to_dict() for s in second.summaries] == [s.to_dict() for s in first.summaries]
    forced = analyst.summarize([folder], force=True)
    assert forced.cached == []


def test_cli_formats(corpus: Path, tmp_path: Path, model_dir: str) -> None:
    env = {**os.environ, "ANALYST_STORE": str(tmp_path / "store"), "ANALYST_MODEL_DIR": model_dir}
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "analyst", "summarize", str(corpus / "acme-q3-2025-results.pdf"), "--format", "json",
                             "--out", str(out)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    payload = json.loads((out / "acme-q3-2025-results.json").read_text(encoding="utf-8"))
    assert payload["doc"] == "acme-q3-2025-results.pdf" and payload["kpis"]
    csv_run = subprocess.run([sys.executable, "-m", "analyst", "summarize", "acme-q3-2025-results.pdf", "--format", "csv"],
                             capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    header, row = csv_run.stdout.strip().splitlines()[:2]
    assert header.startswith("doc,company,period,doc_type,") and "revenue" in header
    assert row.startswith("acme-q3-2025-results.pdf,")
    assert "from cache" in csv_run.stderr


def test_summaries_page(corpus_analyst: Analyst, use_store) -> None:  # type: ignore[no-untyped-def]
    use_store(corpus_analyst.store.location)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("analyst/ui/pages/summaries.py").run()
    assert not at.exception
    at.button(key="summarize").click().run()
    assert not at.exception
    table = at.dataframe[0].value
    assert "revenue" in set(table["KPI"])
    assert at.get("download_button")


def test_headlines_carry_metric_figure_and_period_in_the_documents_words() -> None:
    document = Document(id="d", source="d.txt", title="Tarn Pumps call")
    assert headlines("On a non-GAAP basis, diluted earnings per share were $1.12 in the second quarter of 2025, compared with "
                     "$0.98 a year ago.", document) == [("Q2 2025: non-GAAP diluted earnings per share $1.12.", "per share", False)]
    assert headlines("Third quarter net sales rose 6.2% to $318.4 million, driven by strong demand for pumps.", document) == [
        ("Q3: net sales rose 6.2% to $318.4 million.", "topline", False)]  # no year the sentence does not give
    assert headlines("For the full year, we now expect revenue of between $2.10 billion and $2.15 billion.", document) == [
        ("Full year outlook: revenue of between $2.10 billion and $2.15 billion.", "topline", True)]
    assert headlines("Total funds from operations for the quarter was $61.0 million or $0.57 per fully diluted share.", document)[0][1] == "per share"
    # a figure that belongs to something else, or to what might have been, makes no headline
    assert headlines("Marketing expense as a percentage of total revenue will be roughly 9%.", document) == []
    assert headlines("Revenue, marketing costs were $4.1 million.", document) == []
    assert headlines("Adjusted EBITDA would have been $40 million without the storm.", document) == []


def test_headlines_leave_changes_parts_and_old_guidance_alone() -> None:
    document = Document(id="d", source="d.txt", title="Tarn Pumps call")
    # a change is not the level: no "Revenue was down $86 million." headline, and no "Sales by about $38 million."
    assert headlines("Our revenue was down $86 million from a year ago.", document) == []
    assert headlines("Currency moves increased revenue by $39 million.", document) == []
    assert headlines("The storm impacted earnings per share by about $0.16.", document) == []
    assert headlines("Tariffs are decreasing adjusted EBITDA approximately $100 million sequentially.", document) == []
    # unless the sentence gives the level it led to (and that is a result, not a range for the outlook)
    assert headlines("Net interest income for the fourth quarter increased by $2.3 million to $47.9 million.", document) == [
        ("Q4: net interest income increased by $2.3 million to $47.9 million.", "other", False)]
    # a segment's, a brand's or an acquisition's figure is not the company's
    assert headlines("The Industrial segment had sales of $124 million, down 19% organically.", document) == []
    assert headlines("In Metal Coatings, we posted sales of almost $128 million.", document) == []
    assert headlines("Ortega generated net sales of $40.9 million.", document) == []
    # (the company's own name is the company; "generated ... of" says no more than the headline form)
    assert headlines("Tarn generated net sales of $40.9 million.", document) == [("Net sales $40.9 million.", "topline", False)]
    assert headlines("Sales were 7.8% higher than the prior year quarter where we had sales of $213.3 million.", document)[0][0] != \
        "Sales $213.3 million."
    assert headlines("Previously, our guidance assumed earnings per share of $4.20 to $4.50.", document) == []


def test_headlines_read_cleanly() -> None:
    document = Document(id="d", source="d.txt", title="Tarn Pumps call")
    assert headlines("Earnings per share were $0.88 per diluted share.", document) == [("Diluted earnings per share $0.88.", "per share", False)]
    assert headlines("For the quarter, the Company's net sales increased by 21% to $116 million.", document)[0][0] == \
        "Net sales increased by 21% to $116 million."
    assert headlines("Our U.S. sales increased by 18% to $72 million.", document)[0][0] == "U.S. sales increased by 18% to $72 million."
    assert headlines("We expect a year-over-year decline in revenue of 18% to 28%.", document) == [
        ("Outlook: decline in revenue of 18% to 28%.", "topline", True)]
    assert headlines("We now expect sales of down 2% to flat year-over-year.", document)[0][0] == "Outlook: sales of down 2% to flat."
    # whether the outlook moved is what a reader looks for first
    assert headlines("For the full year, we have increased our outlook for total revenues to between $1.82 billion and $1.83 billion.",
                     document)[0][0] == "Full year outlook raised: total revenues between $1.82 billion and $1.83 billion."
    assert headlines("We are raising our full year net earnings range to $87 million to $95 million.", document)[0][0] == \
        "Full year outlook raised: net earnings $87 million to $95 million."
    assert headlines("Lastly, we reaffirm our free cash flow outlook of $200 million to $220 million.", document)[0][0] == \
        "Outlook reaffirmed: free cash flow $200 million to $220 million."
    # "the quarter" is the quarter the document reports on, when it says clearly which
    assert headlines("Revenues for the quarter were $5.1 million.", document, "Q3") == [("Q3: revenues $5.1 million.", "topline", False)]
    assert headlines("Revenues for the quarter were $5.1 million.", document) == [("Revenues $5.1 million.", "topline", False)]


def test_headlines_read_the_figure_said_first_and_skip_what_it_excludes() -> None:
    document = Document(id="d", source="d.txt", title="Tarn Pumps call")
    assert headlines("We delivered $0.50 of adjusted earnings per share, up 39% versus prior year.", document) == [
        ("Adjusted earnings per share $0.50.", "per share", False)]
    assert headlines("The company recorded $0.79 in fully diluted GAAP earnings per share for the third quarter, excluding $0.04 per "
                     "share for litigation reserve expense.", document) == [("Q3: fully diluted GAAP earnings per share $0.79.", "per share", False)]
    assert headlines("Results include an approximate $0.02 adjusted earnings per share contribution from Plum.", document) == []
    assert headlines("These results were $0.01 per share higher than the third quarter of 2019, operating earnings per share of $0.84.",
                     document) == []
    # a segment's figure says whose it is
    assert headlines("EMG's first quarter sales were $425 million, down 1%.", document) == [("Q1: EMG's sales $425 million.", "topline", False)]
    assert headlines("In wealth and investment management, revenues rose 6% to $131 million.", document) == []
    # a first-to-third quarter call's results are the quarter's unless the sentence says another period
    assert headlines("Adjusted EBITDA was $218 million.", document, "Q3") == [("Q3: adjusted EBITDA $218 million.", "other", False)]
    assert headlines("Adjusted EBITDA was $218 million for the year.", document, "Q3")[0][0] == "Full year: adjusted EBITDA $218 million."
    assert headlines("Adjusted EBITDA was $218 million.", document, "Q4") == [("Adjusted EBITDA $218 million.", "other", False)]


def test_key_points_say_a_thing_once_and_leave_out_the_analysts() -> None:
    lines = [
        "Organic net sales declined 4% as we lapped a 12% growth in the prior year and delivered 4% growth on a two-year basis.",
        "It's just 8%, and your model assumes 8% earnings per share growth.",
        "We expect capital expenditures of $90 million to $100 million next year.",
        "Higher steel costs remain a headwind for margins and we expect pressure to continue into next year.",
    ]
    document = Document(id="d", source="d.txt", title="Tarn Pumps call", doc_type="call transcript")
    chunks = [Chunk(id=f"d-{i}", doc_id="d", text=line, ordinal=i, page=1) for i, line in enumerate(lines)]
    texts = [b.text for b in key_points(chunks, document, 5)]
    assert sum("declined 4%" in t for t in texts) == 1  # the headline or the sentence, not both
    assert not any("your" in t for t in texts)


def test_per_share_guidance_named_only_as_guidance_is_an_outlook_headline() -> None:
    document = Document(id="d", source="d.txt", title="Tarn Pumps call")
    assert headlines("We remain confident in achieving our 2021 earnings guidance of $3 to $3.30 per share.", document) == [
        ("2021 outlook: earnings guidance $3 to $3.30 per share.", "per share", True)]
    assert headlines("Accordingly, we increased our 2021 guidance to $3.80 to $4 per share.", document)[0][0] == \
        "2021 outlook raised: guidance $3.80 to $4 per share."
    assert headlines("This is a $0.28 midpoint increase from our previous adjusted earnings guidance of $4.18 to $4.30 per diluted share.",
                     document) == []


def test_outlook_headlines_name_their_quarter_and_range() -> None:
    document = Document(id="d", source="d.txt", title="Tarn Pumps call")
    assert headlines("For Q1, we are expecting revenue to range from $1.64 billion to $1.66 billion.", document) == [
        ("Q1 outlook: revenue $1.64 billion to $1.66 billion.", "topline", True)]
    assert headlines("Following a strong third quarter, we expect full year revenue of $6.6 billion to $6.7 billion.", document)[0][0] == \
        "Full year outlook: revenue $6.6 billion to $6.7 billion."
    assert headlines("Overall sales in the quarter were up 1% versus the prior year to $1.22 billion.", document)[0][0] == \
        "Overall sales in the quarter were up 1% versus the prior year to $1.22 billion."
    assert headlines("In the first quarter of our fiscal year 2022, we reported improved sales of $229.8 million.", document)[0][0] == \
        "Q1 2022: sales $229.8 million."


def test_quarter_reported_is_the_quarter_a_call_names_most() -> None:
    call = ["Welcome to the third quarter call.", "Third quarter revenue was $5 million.", "In the third quarter we opened two plants.",
            "Margins in Q3 improved.", "Compared with the second quarter, costs fell.", "We expect fourth quarter revenue to grow."]
    assert quarter_reported(call) == "Q3"
    assert quarter_reported(["The third quarter was strong.", "The second quarter was weak."]) == ""  # no quarter stands out


def test_sentence_points_drop_asides_and_never_cut_a_figure() -> None:
    assert _trim("As Linn noted, we delivered earnings per share as adjusted of $0.58.") == "We delivered earnings per share as adjusted of $0.58."
    assert _trim("While we continue to invest in people and systems, we still anticipate G&A of roughly 7% of revenue.") == \
        "We still anticipate G&A of roughly 7% of revenue."
    assert _trim("We continue to invest in innovative growth projects, and we are confirming our forecasted range of capital "
                 "expenditures for the year at a range of $300 million to $330 million.") == \
        "We are confirming our forecasted range of capital expenditures for the year at a range of $300 million to $330 million."
    long = ("Through the first nine months of the year we have invested in retail net lease properties across the country and "
            "we are maintaining our disposition guidance of $50 million to $75 million for the full year ahead.")
    assert long.split().index("$50") == 27  # the 28-word cut would fall inside the range
    trimmed = _trim(long)
    assert trimmed.endswith("…") and "$50 million to $75 million" in trimmed  # cut after the range, not inside it


def test_key_points_lead_with_headlines_and_keep_figures_verbatim() -> None:
    lines = [
        "Good morning and welcome to the Tarn Pumps third quarter 2025 earnings call.",
        "Third quarter net sales rose 6.2% to $318.4 million, driven by strong demand for industrial pumps in Europe.",
        "On a GAAP basis, diluted earnings per share were $0.91 for the third quarter of 2025, compared with $0.80 last year.",
        "Adjusted diluted earnings per share were $1.04 in the third quarter of 2025.",
        "Our order backlog grew to a record level as utilities replaced aging equipment, and we opened a new plant in Ohio.",
        "Higher steel costs remain a headwind for margins and we expect pressure to continue into next year.",
        "For the full year, we now expect revenue of between $1.25 billion and $1.28 billion.",
    ]
    document = Document(id="d", source="d.txt", title="Tarn Pumps call", doc_type="call transcript")
    chunks = [Chunk(id=f"d-{i}", doc_id="d", text=line, ordinal=i, page=i + 1) for i, line in enumerate(lines)]
    bullets = key_points(chunks, document, 5)
    texts = [b.text for b in bullets]
    assert 4 <= len(bullets) <= 5
    assert "Q3 2025: GAAP diluted earnings per share $0.91." in texts and "Q3 2025: adjusted diluted earnings per share $1.04." in texts
    assert "Full year outlook: revenue of between $1.25 billion and $1.28 billion." in texts
    assert not any("welcome" in t.lower() for t in texts)
    source = " ".join(lines)
    for bullet in bullets:
        assert bullet.page is not None and all(figure in source for figure in find_figures(bullet.text))


def test_a_number_a_wrapped_line_cut_stays_whole(tmp_path: Path, model_dir: str) -> None:
    """A Chinese annual report summary and an English release whose lines wrap inside a figure ("121." | "5%"):
    the key points, the KPIs and the brief keep the whole number."""
    report = ("报告期内，公司实现营业收入86,543.21万元，受益于算力服务需求的快速释放，公司数据中心业务收入同比增长121.\n5%，"
              "云服务客户数量持续增加，归属于上市公司股东的净利润为12,345.67万元，同比增长\n1.5倍，经营活动产生的现金流量净额大幅改善。")
    (tmp_path / "docs").mkdir()
    write_pdf(tmp_path / "docs" / "yunqiong-2024-summary.pdf",
              [["证券代码：688888 证券简称：云穹科技", "云穹科技股份有限公司2024年年度报告摘要", "第一节 重要提示", report]],
              title="云穹科技股份有限公司2024年年度报告摘要", cjk=True)
    write_pdf(tmp_path / "docs" / "tarn-q4-2025.pdf",
              [["Tarn Pumps Reports Fourth Quarter 2025 Results",
                "Tarn Pumps reported fourth quarter revenue of $1.\n5 billion, up 12% from a year earlier, as demand for industrial "
                "pumps grew in Europe and Asia.",
                "Net income was $210.5\nmillion, or $1.04 per diluted share."]], title="Tarn Pumps Q4 2025 results")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([tmp_path / "docs"])
    summaries = {s.doc: s for s in analyst.summarize([str(tmp_path / "docs")]).summaries}

    chinese = [b.text for b in summaries["yunqiong-2024-summary.pdf"].bullets]
    assert any("同比增长121.5%" in t for t in chinese) and any("同比增长1.5倍" in t for t in chinese), chinese
    assert not any(re.search(r"\d\.$", t) or t.startswith(("5%", "5倍")) for t in chinese), chinese
    assert not any("证券代码" in t for t in chinese)  # the cover line is not a point
    english = summaries["tarn-q4-2025.pdf"]
    texts = [b.text for b in english.bullets]
    assert "Q4: revenue $1.5 billion." in texts and not any(t.startswith("5 billion") for t in texts), texts
    kpis = {k.name: k for k in english.kpis}
    assert (kpis["revenue"].value, kpis["revenue"].unit) == (1.5, "USD billion")
    assert (kpis["net income"].value, kpis["net income"].unit) == (210.5, "USD million")

    brief, _ = analyst.brief("云穹科技", "md")
    assert "同比增长121.5%" in brief.decode() and "同比增长121。" not in brief.decode()


def test_table_kpis_carry_the_unit_stated_above_the_table(tmp_path: Path, model_dir: str) -> None:
    """单位：元 / 金额单位：人民币万元 / (in thousands) / (In Millions, ...) stated in a table's header or the line above it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    rows = [["项目", "2024年", "2023年", "本年比上年增减"], ["营业收入", "865,432,100.12", "451,023,300.00", "91.88%"],
            ["归属于上市公司股东的净利润", "123,456,700.00", "80,010,200.00", "54.30%"], ["稀释每股收益", "0.52", "0.31", "67.74%"]]
    write_pdf(docs / "xinghe-2024.pdf", [["证券代码：688001 证券简称：星河智算", "星河智算股份有限公司2024年年度报告摘要",
                                          "报告期内公司经营情况良好，主营业务稳步发展。"]],
              title="星河智算股份有限公司2024年年度报告摘要", cjk=True, table=rows, table_caption="主要会计数据和财务指标\n单位：元 币种：人民币")
    write_pdf(docs / "xinyue-2024.pdf", [["证券代码：688002 证券简称：芯岳科技", "芯岳科技股份有限公司2024年年度报告摘要",
                                          "报告期内公司经营情况良好，主营业务稳步发展。", "金额单位：人民币万元"]],
              title="芯岳科技股份有限公司2024年年度报告摘要", cjk=True,
              table=[["项目", "2024年", "2023年", "增减"], ["营业收入", "86,543.21", "45,102.33", "91.88%"],
                     ["经营活动产生的现金流量净额", "9,876.54", "5,432.10", "81.82%"]])
    write_pdf(docs / "tarn-2024.pdf", [["Tarn Pumps Annual Results 2024", "Tarn Pumps reports results for fiscal 2024.",
                                        "(in thousands, except per share amounts)"]], title="Tarn Pumps results 2024",
              table=[["Item", "FY2024", "FY2023"], ["Total revenue", "86,543", "45,102"], ["Diluted earnings per share", "1.05", "0.88"]])
    write_pdf(docs / "orrin-2024.pdf", [["Orrin Valves Annual Results 2024", "Orrin Valves reports results for fiscal 2024.",
                                         "(In Millions, Except Per Share Data)"]], title="Orrin Valves results 2024",
              table=[["Item", "FY2024", "FY2023"], ["Total revenue", "1,204", "1,101"], ["Operating income", "188", "161"]])
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([docs])
    kpis = {s.doc: {k.name: (k.value, k.unit) for k in s.kpis} for s in analyst.summarize([str(docs)]).summaries}

    # Chinese amounts in the unit the product gives Chinese figures in text ("12,345.67万元" -> CNY billion)
    assert kpis["xinghe-2024.pdf"]["revenue"] == (0.8654321, "CNY billion")  # 865,432,100.12 元, to the yuan
    assert kpis["xinghe-2024.pdf"]["net income"] == (0.1234567, "CNY billion")
    assert kpis["xinghe-2024.pdf"]["diluted EPS"] == (0.52, "CNY")  # per share: the currency, not the table's scale
    assert kpis["xinyue-2024.pdf"]["revenue"] == (0.8654321, "CNY billion")
    # English tables keep the value as written with the scale as the unit, as before
    assert kpis["tarn-2024.pdf"]["revenue"] == (86543, "USD thousand") and kpis["tarn-2024.pdf"]["diluted EPS"] == (1.05, "USD")
    assert kpis["orrin-2024.pdf"]["revenue"] == (1204, "USD million")

    brief, _ = analyst.brief("星河智算", "md")
    assert re.search(r"\| revenue \| 0\.87 CNY billion \|", brief.decode()), brief.decode()


def test_a_heading_into_a_table_and_an_address_are_no_key_points() -> None:
    lines = [
        "主要子公司及对公司净利润影响达10%以上的参股公司情况（单位：万元）：",
        "Our principal executive offices are located at 4100 Harbor Point Drive, Suite 300, San Mateo, CA 94404.",
        "The following table sets forth revenue by segment for the three months ended September 30, 2025 and 2024:",
        "Revenue was $412 million for the quarter, up 18% from a year ago, driven by GPU cloud demand.",
        "报告期内，公司实现营业收入12.4亿元，同比增长31.5%，主要来自智算中心算力租赁业务。",
    ]
    document = Document(id="d", source="d.txt", title="Harbor Point 10-Q", doc_type="10-Q")
    chunks = [Chunk(id=f"d-{i}", doc_id="d", text=line, ordinal=i, page=1) for i, line in enumerate(lines)]
    texts = [b.text for b in key_points(chunks, document, 5)]
    assert any("$412 million" in t for t in texts) and any("12.4亿元" in t for t in texts), texts
    assert not any(t.rstrip().endswith((":", "：")) or "Suite 300" in t for t in texts), texts
