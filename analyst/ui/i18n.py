"""Interface labels in English and Chinese. Questions may be asked in either language whatever this says."""

from __future__ import annotations

import streamlit as st

LANGUAGES = {"en": "English", "zh": "中文"}

LABELS: dict[str, dict[str, str]] = {
    "app_title": {"en": "Filings analyst", "zh": "财报分析助手"},
    "nav_ask": {"en": "Ask", "zh": "提问"},
    "nav_library": {"en": "Library", "zh": "文档库"},
    "language": {"en": "Interface language", "zh": "界面语言"},
    "ask_title": {"en": "Ask the filings", "zh": "向文档提问"},
    "ask_caption": {"en": "{n} documents · every answer quotes the documents and cites document and page",
                    "zh": "共 {n} 份文档 · 每个回答都引用原文并注明文档和页码"},
    "ask_placeholder": {"en": "Ask about revenue, capex, deals… (English or 中文)", "zh": "输入问题，例如营收、资本支出、交易……（中文或 English）"},
    "no_documents": {"en": "No documents yet. Add filings, transcripts or announcements on the Library page, or run `analyst ingest PATH`.",
                     "zh": "还没有文档。请在“文档库”页面上传财报、电话会实录或公告，或运行 `analyst ingest 路径`。"},
    "filters": {"en": "Filters", "zh": "筛选"},
    "company": {"en": "Company", "zh": "公司"},
    "period": {"en": "Period", "zh": "报告期"},
    "doc_type": {"en": "Document type", "zh": "文档类型"},
    "any": {"en": "Any", "zh": "全部"},
    "suggested": {"en": "Try one of these", "zh": "试试这些问题"},
    "sources": {"en": "Sources", "zh": "来源"},
    "figures": {"en": "Figures", "zh": "关键数字"},
    "full_passage": {"en": "The passage in full", "zh": "完整段落"},
    "page": {"en": "page", "zh": "第{page}页"},
    "thinking": {"en": "Searching the documents…", "zh": "正在检索文档……"},
    "clear_chat": {"en": "Clear the conversation", "zh": "清空对话"},
    "library_title": {"en": "Library", "zh": "文档库"},
    "library_caption": {"en": "{n} documents, {c} passages in the store", "zh": "存储中共有 {n} 份文档、{c} 个段落"},
    "search_docs": {"en": "Search by title, company, type or period", "zh": "按标题、公司、类型或报告期搜索"},
    "upload": {"en": "Add documents", "zh": "添加文档"},
    "upload_help": {"en": "PDF, HTML, TXT or MD; several at once; up to {mb:.0f} MB each.",
                    "zh": "支持 PDF、HTML、TXT、MD，可一次选择多个文件，每个不超过 {mb:.0f} MB。"},
    "ingest_button": {"en": "Ingest {n} file(s)", "zh": "导入 {n} 个文件"},
    "ingesting": {"en": "Ingesting {name}…", "zh": "正在导入 {name}……"},
    "ingested": {"en": "{name}: added ({chunks} passages)", "zh": "{name}：已添加（{chunks} 个段落）"},
    "unchanged": {"en": "{name}: already in the library", "zh": "{name}：文档库中已有"},
    "failed": {"en": "{name}: {error}", "zh": "{name}：{error}"},
    "too_large": {"en": "the file is {size:.1f} MB, over the {mb:.0f} MB limit", "zh": "文件大小 {size:.1f} MB，超过 {mb:.0f} MB 的上限"},
    "done": {"en": "Done: {ok} added, {same} unchanged, {bad} failed", "zh": "完成：新增 {ok} 个，未变化 {same} 个，失败 {bad} 个"},
    "remove": {"en": "Remove a document", "zh": "删除文档"},
    "remove_button": {"en": "Remove", "zh": "删除"},
    "removed": {"en": "Removed {name}", "zh": "已删除 {name}"},
    "col_title": {"en": "Title", "zh": "标题"},
    "col_file": {"en": "File", "zh": "文件"},
    "col_company": {"en": "Company", "zh": "公司"},
    "col_type": {"en": "Type", "zh": "类型"},
    "col_period": {"en": "Period", "zh": "报告期"},
    "col_date": {"en": "Date", "zh": "日期"},
    "col_language": {"en": "Language", "zh": "语言"},
    "col_pages": {"en": "Pages", "zh": "页数"},
    "col_chunks": {"en": "Passages", "zh": "段落数"},
    "col_added": {"en": "Added", "zh": "添加时间"},
    "unverified": {"en": "Not found in the passages cited, check before relying on:", "zh": "以下数字未在所引段落中找到，请核实："},
    "uncited": {"en": "No source for:", "zh": "无出处："},
    "model_mode": {"en": "Answers are written by {model} from the passages and checked against them.",
                   "zh": "回答由 {model} 根据检索到的段落撰写，并与原文核对。"},
    "extractive_mode": {"en": "Offline mode: answers quote the documents word for word.", "zh": "离线模式：回答直接引用原文。"},
    "nav_graph": {"en": "Links", "zh": "关系图"},
    "graph_title": {"en": "Who pays whom", "zh": "资金往来关系图"},
    "graph_caption": {"en": "{nodes} companies · {edges} links · {loops} money loops · arrows follow the money (payer → payee)",
                      "zh": "{nodes} 家公司 · {edges} 条关系 · {loops} 个资金闭环 · 箭头表示资金流向（付款方 → 收款方）"},
    "graph_empty": {"en": "No links between companies found yet. Add deal announcements, filings or news on the Library page.",
                    "zh": "还没有发现公司之间的关系。请在“文档库”页面添加交易公告、财报或新闻。"},
    "relations": {"en": "Relations", "zh": "关系类型"},
    "loops": {"en": "Money loops", "zh": "资金闭环"},
    "loop_pick": {"en": "Highlight a loop", "zh": "高亮一个闭环"},
    "no_loops": {"en": "No loops among these links.", "zh": "这些关系中没有资金闭环。"},
    "evidence": {"en": "Evidence", "zh": "证据"},
    "link_pick": {"en": "Choose a link to see the sentences behind it", "zh": "选择一条关系查看原文"},
    "money": {"en": "Money", "zh": "资金流向"},
    "nav_summaries": {"en": "Summaries", "zh": "摘要"},
    "summaries_title": {"en": "Summaries and KPIs", "zh": "摘要与关键指标"},
    "choose_docs": {"en": "Documents", "zh": "文档"},
    "summarize_button": {"en": "Summarise", "zh": "生成摘要"},
    "summarizing": {"en": "Summarising", "zh": "正在生成摘要"},
    "value": {"en": "Value", "zh": "数值"},
    "unit": {"en": "Unit", "zh": "单位"},
    "as_written": {"en": "As written", "zh": "原文"},
    "chart_kpi": {"en": "Chart a KPI across documents", "zh": "按文档比较一个指标"},
    "key_points": {"en": "Key points", "zh": "要点"},
    "nav_brief": {"en": "Brief", "zh": "简报"},
    "brief_title": {"en": "One-page company brief", "zh": "公司一页简报"},
    "paper": {"en": "Paper", "zh": "纸张"},
    "make_brief": {"en": "Make the brief", "zh": "生成简报"},
    "making_brief": {"en": "Writing the brief…", "zh": "正在生成简报……"},
    "brief_caption": {"en": "{pages} page · every figure cites its document and page", "zh": "{pages} 页 · 每个数字都注明文档和页码"},
    "not_found_note": {"en": "Nothing in the documents answers this. Try other words, or add the filing that would.",
                       "zh": "文档中没有能回答这个问题的内容。可以换个说法，或添加相关文档。"},
}


def lang() -> str:
    return str(st.session_state.get("ui_language", "en"))


def t(key: str, **values: object) -> str:
    entry = LABELS[key]
    text = entry.get(lang()) or entry["en"]
    return text.format(**values) if values else text


def page_label(page: int) -> str:
    return f"第{page}页" if lang() == "zh" else f"page {page}"
