"""The link graph: rules in English and Chinese, tables, money direction, names, amounts, loops."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analyst.graph.build import build_graph, find_cycles, merge
from analyst.graph.entities import legal_names
from analyst.graph.extract import RuleExtractor
from analyst.lexicon import default_lexicon, strip_suffix
from analyst.service import build_analyst
from analyst.text import to_simplified
from analyst.types import Chunk, Document, Evidence, Relation
from tests.conftest import make_settings

ROOT = Path(__file__).resolve().parents[1]
DOC = Document(id="d1", source="/docs/deal-news.md", title="Deal news", company="", doc_type="news", date="2025-10-01")
RELEASE = Document(id="d2", source="/docs/release.pdf", title="Q2 results", company="Helios Compute", doc_type="earnings release")


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor(default_lexicon())


def links(extractor: RuleExtractor, sentence: str, document: Document = DOC) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(r.source, r.relation, r.target, r.payer, r.payee) for r in extractor.from_sentence(sentence, document, 1, True)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("NVIDIA intends to invest up to $100 billion in OpenAI.", ("Nvidia", "invests_in", "OpenAI", "Nvidia", "OpenAI")),
        ("Granite Capital Partners holds approximately 9% of Vireo Systems, Inc.", ("Granite Capital Partners", "owns_stake_in", "Vireo Systems", "Granite Capital Partners", "Vireo Systems")),
        ("Lambda closed a $500 million credit facility with Macquarie Group.", ("Macquarie", "lends_to", "Lambda", "Macquarie", "Lambda")),
        ("JPMorgan provided a $2 billion term loan to CoreWeave.", ("JPMorgan", "lends_to", "CoreWeave", "JPMorgan", "CoreWeave")),
        ("Microsoft agreed to acquire Nuance Communications for $19.7 billion.", ("Microsoft", "acquires", "Nuance Communications", "Microsoft", "Nuance Communications")),
        ("OpenAI will deploy 6 gigawatts of AMD Instinct GPUs.", ("AMD", "supplies", "OpenAI", "OpenAI", "AMD")),
        ("Kestrel Data Corp. buys its storage arrays from Vireo Systems, Inc.", ("Vireo Systems", "supplies", "Kestrel Data", "Kestrel Data", "Vireo Systems")),
        ("OpenAI signed a contract with Oracle for roughly $300 billion of compute.", ("Oracle", "supplies", "OpenAI", "OpenAI", "Oracle")),
        ("Cisco and Nvidia announced a partnership on AI networking.", ("Cisco", "partners_with", "Nvidia", None, None)),
        ("Zephyr Labs, a wholly owned subsidiary of Acme Robotics, Inc., builds arms.", ("Zephyr Labs", "subsidiary_of", "Acme Robotics", None, None)),
        ("AMD issued OpenAI a warrant for up to 160 million shares of AMD common stock.", ("OpenAI", "owns_stake_in", "AMD", "OpenAI", "AMD")),
        # a relative clause sells, "the company's shares" are the other company's
        ("Brixton Semiconductor, which sells Pallas Cloud Inc. most of its accelerators, also owns about 4.5% of the company's shares.",
         ("Brixton Semiconductor", "supplies", "Pallas Cloud", "Pallas Cloud", "Brixton Semiconductor")),
        ("Brixton Semiconductor, which sells Pallas Cloud Inc. most of its accelerators, also owns about 4.5% of the company's shares.",
         ("Brixton Semiconductor", "owns_stake_in", "Pallas Cloud", "Brixton Semiconductor", "Pallas Cloud")),
        ("Tarn Labs Inc. raised $300 million in a round led by Ossory Ventures, with Quell Capital Partners contributing $90 million.",
         ("Quell Capital Partners", "invests_in", "Tarn Labs", "Quell Capital Partners", "Tarn Labs")),
        ("The loan was made to Pallas GPU Funding I, LLC, a special-purpose vehicle, and was led by Redwick Credit Partners.",
         ("Redwick Credit Partners", "lends_to", "Pallas GPU Funding I", "Redwick Credit Partners", "Pallas GPU Funding I")),
        ("Pallas Cloud Inc. signed a market-making agreement with the Onyx Compute Exchange in April.",
         ("Pallas Cloud", "partners_with", "Onyx Compute Exchange", None, None)),
        # an 8-K's securities purchase (the buyer invests), an LLC's sole member, a bank's commitment letter
        ("Pallas Cloud Inc. entered into a Securities Purchase Agreement with Quell Capital Partners, pursuant to which Quell Capital "
         "Partners agreed to purchase 500,000 shares of Pallas Cloud Inc. preferred stock.",
         ("Quell Capital Partners", "invests_in", "Pallas Cloud", "Quell Capital Partners", "Pallas Cloud")),
        ("Pallas Cloud Inc. leases its largest site from Tarn Power & Data, LLC.",
         ("Tarn Power & Data", "supplies", "Pallas Cloud", "Pallas Cloud", "Tarn Power & Data")),
        ("Tarn Power LLC's Red Rock campus is anchored by a 15-year lease with Pallas Cloud Inc.",
         ("Tarn Power", "supplies", "Pallas Cloud", "Pallas Cloud", "Tarn Power")),
        ("Tarn Data Centers G.K. purchases electricity for its Osaka sites under long-term supply agreements with Hoshi Electric Power Co., Inc.",
         ("Hoshi Electric Power", "supplies", "Tarn Data Centers", "Tarn Data Centers", "Hoshi Electric Power")),
        ("Quell Fleet Finance Ltd., a wholly owned special purpose subsidiary of Quell Compute Inc., is the borrower.",
         ("Quell Fleet Finance", "subsidiary_of", "Quell Compute", None, None)),
        ("Rimal Infra Ltd. is the infrastructure arm of Sadeem Investment Authority.", ("Rimal Infra", "subsidiary_of", "Sadeem Investment Authority", None, None)),
        ("Lumeris AI SAS signed a take-or-pay deal with Nordhavn Compute Inc. that still has $2.7 billion left to run.",
         ("Nordhavn Compute", "supplies", "Lumeris AI", "Lumeris AI", "Nordhavn Compute")),
        # a list shares the link of its first member; portfolios; an investor added; an order placed with a supplier
        ("Parallax Mind Inc. raised $900 million in a round led by Orrery Capital, with participation from Tidewell Asset Management, "
         "Quorvane Semiconductor Inc. and the Corvina Investment Authority.",
         ("Corvina Investment Authority", "invests_in", "Parallax Mind", "Corvina Investment Authority", "Parallax Mind")),
        ("Orrery Capital's portfolio includes Kiteline Labs and Coldharbor GPU Cloud Inc.",
         ("Orrery Capital", "owns_stake_in", "Coldharbor GPU Cloud", "Orrery Capital", "Coldharbor GPU Cloud")),
        ("In September Tessellate AI added Beichen Compute Co. as an investor.",
         ("Beichen Compute", "invests_in", "Tessellate AI", "Beichen Compute", "Tessellate AI")),
        ("Lumenfall Compute Inc. said that it had placed a $310 million order for optical transceivers with Pellucid Optics Inc.",
         ("Pellucid Optics", "supplies", "Lumenfall Compute", "Lumenfall Compute", "Pellucid Optics")),
        ("Lumenfall Assets III LLC, a bankruptcy-remote vehicle wholly owned by Lumenfall Compute Inc., holds the chips.",
         ("Lumenfall Assets III", "subsidiary_of", "Lumenfall Compute", None, None)),
        ("Coldharbor GPU Cloud Inc., a neocloud that is now Calder Ridge Data Centers' second-largest tenant, grew fast.",
         ("Calder Ridge Data Centers", "supplies", "Coldharbor GPU Cloud", "Coldharbor GPU Cloud", "Calder Ridge Data Centers")),
        # lenders listed before the verb share it
        ("Halloway National Bank, Pemberly Trust Bank and funds managed by Stonecrest Credit Partners, LP have committed to lend to "
         "Corvane Compute Funding II LLC.",
         ("Halloway National Bank", "lends_to", "Corvane Compute Funding II", "Halloway National Bank", "Corvane Compute Funding II")),
        ("Ossory Partners LLC is the sole member of Tarn Power LLC.", ("Ossory Partners", "owns_stake_in", "Tarn Power", "Ossory Partners", "Tarn Power")),
        ("Pallas Cloud Inc. entered into a commitment letter with Redwick Bank, N.A. for a bridge facility.",
         ("Redwick Bank", "lends_to", "Pallas Cloud", "Redwick Bank", "Pallas Cloud")),
    ],
)
def test_english_sentences(extractor: RuleExtractor, sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert expected in links(extractor, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("英伟达计划向OpenAI投资最多1000亿美元。", ("Nvidia", "invests_in", "OpenAI", "Nvidia", "OpenAI")),
        ("英伟达持有CoreWeave约7%的股份。", ("Nvidia", "owns_stake_in", "CoreWeave", "Nvidia", "CoreWeave")),
        # a Chinese name the lexicon knows is the company's one node; one it does not know stands by its shape
        ("微软收购了动视暴雪公司。", ("Microsoft", "acquires", "Activision Blizzard", "Microsoft", "Activision Blizzard")),
        ("微软收购了星河数据公司。", ("Microsoft", "acquires", "星河数据", "Microsoft", "星河数据")),
        ("OpenAI与甲骨文签订了总额约3000亿美元的算力合同。", ("Oracle", "supplies", "OpenAI", "OpenAI", "Oracle")),
        ("麦格理向Lambda提供5亿美元贷款。", ("Macquarie", "lends_to", "Lambda", "Macquarie", "Lambda")),
        ("CoreWeave向英伟达采购了大量GPU。", ("Nvidia", "supplies", "CoreWeave", "CoreWeave", "Nvidia")),
        ("AMD向OpenAI发行认股权证，最多可认购1.6亿股。", ("OpenAI", "owns_stake_in", "AMD", "OpenAI", "AMD")),
        # holders listed after 其股东包括, a bank's line taken (已取得), whose customer
        ("青禾智能科技有限公司主要从事大模型研发，其股东包括白杨产业投资基金（有限合伙）等机构。",
         ("白杨产业投资基金", "owns_stake_in", "青禾智能科技", "白杨产业投资基金", "青禾智能科技")),
        ("远帆算力科技有限公司已取得南湾银行股份有限公司8亿元综合授信额度。", ("南湾银行", "lends_to", "远帆算力科技", "南湾银行", "远帆算力科技")),
        ("远帆算力科技有限公司同时也是澜川智算科技有限公司的机柜租赁客户。",
         ("澜川智算科技", "supplies", "远帆算力科技", "远帆算力科技", "澜川智算科技")),
        # a parent's subsidiary, power supplied 由…, a prepayment for goods, chips a cluster carries
        ("青禾算力科技有限公司是白杨控股集团有限公司控股的子公司。", ("青禾算力科技", "subsidiary_of", "白杨控股集团", None, None)),
        ("远帆算力科技有限公司基地的电力主要由石岭绿电有限公司通过绿电直供方式供应。", ("石岭绿电", "supplies", "远帆算力科技", "远帆算力科技", "石岭绿电")),
        ("澜川智算科技有限公司将向九曜存储株式会社预付共计1.2亿美元货款。", ("九曜存储", "supplies", "澜川智算科技", "澜川智算科技", "九曜存储")),
        # a fund's name with its registered place and 合伙企业, and without them
        ("白杨算力产业投资基金（嘉兴）合伙企业（有限合伙）向青禾智能科技有限公司投资5亿元。",
         ("白杨算力产业投资基金", "invests_in", "青禾智能科技", "白杨算力产业投资基金", "青禾智能科技")),
        ("远帆算力科技有限公司新增训练集群主要搭载澜川智算科技有限公司的训练卡。",
         ("澜川智算科技", "supplies", "远帆算力科技", "远帆算力科技", "澜川智算科技")),
    ],
)
def test_chinese_sentences(extractor: RuleExtractor, sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert expected in links(extractor, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 向 goes with the giver's verb: "A向B提供借款" is A lending, not B borrowing from A; "由A向B供应…，采购" is A selling
        ("报告期内，白杨控股集团有限公司向远帆算力科技有限公司提供借款人民币2亿元，用于补充流动资金。",
         ("白杨控股集团", "lends_to", "远帆算力科技", "白杨控股集团", "远帆算力科技")),
        ("澜川智算科技有限公司已签订采购协议，由九曜存储株式会社向澜川智算科技有限公司供应训练加速卡，采购金额约9.2亿元。",
         ("九曜存储", "supplies", "澜川智算科技", "澜川智算科技", "九曜存储")),
        # a model number names a product, not a company
        ("Atlas X2 is now shipping in volume to Corvane Compute, and demand exceeds supply.", None),
    ],
)
def test_one_link_one_way(extractor: RuleExtractor, sentence: str, expected: tuple | None) -> None:  # type: ignore[type-arg]
    assert links(extractor, sentence) == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a relation word between two companies, with the direction read from the clause
        ("Orison AI has agreed to rent GPU clusters from Halvorsen Compute over the next five years.",
         ("Halvorsen Compute", "supplies", "Orison AI", "Orison AI", "Halvorsen Compute")),
        ("Vantor Robotics raised $400 million from Keel Ventures.", ("Keel Ventures", "invests_in", "Vantor Robotics", "Keel Ventures", "Vantor Robotics")),
        ("Quill Systems was acquired by Brandt Networks in 2024.", ("Brandt Networks", "acquires", "Quill Systems", "Brandt Networks", "Quill Systems")),
        ("Pylon Data Centers, a wholly owned subsidiary of Ostrava Holdings Inc., signed the lease.",
         ("Pylon Data Centers", "subsidiary_of", "Ostrava Holdings", None, None)),
        ("Final assembly of the racks is performed under contract by Foxconn at its plants in Mexico.", None),
        # a role noun: whose customer, whose supplier
        ("Tidewater Silicon, Meridian Fabric Systems' largest supplier, raised prices.",
         ("Tidewater Silicon", "supplies", "Meridian Fabric Systems", "Meridian Fabric Systems", "Tidewater Silicon")),
        # comparisons are not links
        ("Analysts compared Corvane Semiconductor with AMD on gross margin.", None),
        ("在多项中文评测中，启衡智能科技有限公司旗下模型的得分已接近同类产品。", None),  # a product, not a subsidiary
        ("Unlike Nvidia, Corvane Semiconductor does not sell complete systems.", None),
        # a rumour denied, a guarantee, a person's title
        ("市场一度传闻锐芯微科技有限公司将收购星衡算力科技有限公司，双方均已发布澄清公告予以否认。", None),
        ("星衡算力科技有限公司为云瀚智算科技有限公司的上述贷款提供连带责任保证担保。", None),
        ("Our director Tobias Reinholt is a managing partner of Brightwater Capital Partners.", None),
    ],
)
def test_relation_words_between_companies(extractor: RuleExtractor, sentence: str, expected: tuple | None) -> None:  # type: ignore[type-arg]
    found = links(extractor, sentence, DOC)
    assert (found == set()) if expected is None else (expected in found), found


def test_chinese_relation_words_and_the_latter(extractor: RuleExtractor) -> None:
    assert ("Samsung", "supplies", "华屹半导体", "华屹半导体", "Samsung") in links(extractor, "华屹半导体公司的高带宽内存目前主要从三星电子采购。")
    assert ("Foxconn", "supplies", "云擎科技", "云擎科技", "Foxconn") in links(extractor, "云擎科技公司所需的服务器将交由富士康代工组装。")
    latter = links(extractor, "云擎科技公司已与华屹半导体股份有限公司签署框架协议，未来两年内向后者采购AI加速卡。")
    assert ("华屹半导体", "supplies", "云擎科技", "云擎科技", "华屹半导体") in latter
    assert ("China Merchants Bank", "lends_to", "云擎科技", "China Merchants Bank", "云擎科技") in links(
        extractor, "招商银行牵头组建的银团已向云擎科技公司提供一笔总额50亿元的项目贷款。")
    assert links(extractor, "分析人士指出，与英伟达、AMD等海外厂商的产品相比，国产加速卡仍有差距。") == set()


def test_own_voice_anaphora_and_document_names(extractor: RuleExtractor) -> None:
    """'our largest customer' in a company's own call; 'The Denver-based operator' is the company just named;
    '(“Corvane,” the “Company,” “we”)' names the filer; a list of subsidiaries, one per line."""
    call = Document(id="c1", source="/docs/call.txt", title="Q3 call", company="Tidewater Silicon", doc_type="call transcript")
    assert ("Tidewater Silicon", "supplies", "Meridian Fabric Systems", "Meridian Fabric Systems", "Tidewater Silicon") in links(
        extractor, "Meridian Fabric Systems is still our largest customer by a distance.", call)
    text = ("Corvane Semiconductor Corp. (“Corvane,” the “Company,” “we,” “us” or “our”) designs accelerators.\n"
            "The most notable backer is Halvorsen Compute. The Denver-based GPU cloud operator is putting $1.5 billion into Orison AI.\n"
            "We purchase all of our wafers from Brightwater Foundry Co., Ltd., which manufactures our dies.\n"
            "Subsidiaries of the Company\nCorvane Japan K.K.\nCorvane Holdings B.V.\nPellucid Networks, Inc.")
    doc = Document(id="k1", source="/docs/10k.pdf", title="Annual report", company="", doc_type="10-K")
    parts = [*text.split("\n")[:3], "\n".join(text.split("\n")[3:])]
    chunks = [Chunk(id=f"k1-{i}", doc_id="k1", text=part, ordinal=i, page=1) for i, part in enumerate(parts)]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, doc)}
    assert ("Halvorsen Compute", "invests_in", "Orison AI") in found
    assert ("Brightwater Foundry", "supplies", "Corvane Semiconductor") in found
    assert {("Corvane Japan", "subsidiary_of", "Corvane Semiconductor"), ("Corvane Holdings", "subsidiary_of", "Corvane Semiconductor"),
            ("Pellucid Networks", "subsidiary_of", "Corvane Semiconductor")} <= found


def test_a_first_word_in_one_document_is_the_full_name_in_another(extractor: RuleExtractor) -> None:
    call = Document(id="c1", source="/docs/call.txt", title="Q3 call", company="Tidewater Silicon", doc_type="call transcript")
    tenk = Document(id="k1", source="/docs/10k.pdf", title="10-K", company="Meridian Fabric Systems", doc_type="10-K")
    relations = [*extractor.from_sentence("As you'll have seen, we've taken 120 megawatts at Kestrel's Loudoun campus.", call, None, True),
                 *extractor.from_sentence("Kestrel Data Centers, which leases our racks, pays us monthly; it is one of our customers.", tenk, 2, True)]
    graph = build_graph(relations, default_lexicon())
    assert "Kestrel" not in {n.id for n in graph.nodes}
    assert any(e.source == "Kestrel Data Centers" and e.target == "Tidewater Silicon" for e in graph.edges)


def _doc_links(extractor: RuleExtractor, text: str, document: Document) -> list:  # type: ignore[type-arg]
    chunks = [Chunk(id=f"{document.id}-{i}", doc_id=document.id, text=part, ordinal=i, page=None) for i, part in enumerate(text.split("\n\n"))]
    return extractor.from_chunks(chunks, document)


def _triples(extractor: RuleExtractor, text: str, document: Document) -> set[tuple[str, str, str]]:
    """(source, relation, target) of every link a document's paragraphs give."""
    return {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, document)}


def _detected(name: str, text: str) -> dict[str, str]:
    """What ingest detects for a document named ``name`` holding ``text``: its company, type, period and the rest."""
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path(name)
    return detect(load(path, text.encode()), path, default_lexicon())


def test_chinese_short_names_funds_and_pronouns(extractor: RuleExtractor) -> None:
    """A news story that shortens its companies ('岚峰科技' later '岚峰'), names a fund with （有限合伙）, prices a placement
    per share, and says '其' and '公司' for the company it is about."""
    news = Document(id="z1", source="/docs/zh-news.txt", title="新闻", company="", doc_type="news")
    text = ("港股上市的岚峰科技（Lanfeng Cloud，港交所代码：LFC）宣布，已与砾石半导体股份有限公司签订采购协议，向后者采购推理加速卡，采购金额约12亿元。\n\n"
            "业内人士称，岚峰目前大部分加速卡来自砾石。\n\n"
            "同日，砾石发布公告称，青岩产业投资基金（有限合伙）拟以每股8.00元的价格认购砾石定向增发的5000万股股份，合计出资4亿元。\n\n"
            "今年3月，砾石已以2亿元收购苏州澄湾科技有限公司60%股权。"
            "公司的封装业务主要由全资子公司砾石（无锡）封装有限公司承担。\n\n"
            "岚峰披露，芯片设计公司曜辰微电子已租用其约800张加速卡的算力。\n\n"
            "曜辰与砾石还在联合开发存算一体芯片。\n\n"
            "此外，岚峰去年以3亿元收购本地数据中心运营商松涛数据。")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, news)}
    assert ("砾石半导体", "supplies", "岚峰科技", "12亿元") in found
    assert ("青岩产业投资基金", "invests_in", "砾石半导体", "4亿元") in found  # not the per-share price
    assert ("砾石半导体", "acquires", "苏州澄湾科技", "2亿元") in found
    assert any(t[:3] == ("砾石（无锡）封装", "subsidiary_of", "砾石半导体") for t in found)  # "公司" = the company the story is about
    assert any(t[:3] == ("岚峰科技", "supplies", "曜辰微电子") for t in found)  # "其" = the company that disclosed it
    assert any({t[0], t[2]} == {"曜辰微电子", "砾石半导体"} and t[1] == "partners_with" for t in found)
    assert ("岚峰科技", "acquires", "松涛数据", "3亿元") in found
    assert not any("港交所" in (t[0], t[2]) or "HKEX" in (t[0], t[2]) for t in found)  # where shares trade is not a party
    assert not any(t[0] in {"芯片设计", "数据中心运营商"} or t[2] in {"芯片设计"} for t in found)


def test_a_name_in_the_other_language_joins_the_nodes(extractor: RuleExtractor) -> None:
    """'岚峰科技（Lanfeng Cloud …）' in a Chinese story and 'Lanfeng Cloud Holdings' in an English filing are one company,
    so a loop through both documents closes."""
    zh = Document(id="z2", source="/docs/zh.txt", title="新闻", company="", doc_type="news")
    en = Document(id="e2", source="/docs/en.md", title="News", company="", doc_type="news")
    relations = [*_doc_links(extractor, "岚峰科技（Lanfeng Cloud）已向砾石半导体股份有限公司采购加速卡。\n\n砾石半导体以5亿元对曜辰微电子有限公司进行增资。", zh),
                 *_doc_links(extractor, "Yaochen Micro Co., Ltd. (曜辰微电子) rents GPU capacity from Lanfeng Cloud Holdings Limited.", en)]
    graph = build_graph(relations, default_lexicon())
    node = next(n for n in graph.nodes if "岚峰科技" in (n.id, *n.aliases))
    assert "Lanfeng Cloud" in (node.id, *node.aliases)
    assert any(len(c.nodes) == 3 for c in graph.cycles)
    assert all(e.relation != "same_as" for e in graph.edges)  # name links are not shown as edges


def test_english_pronouns_inside_a_sentence_and_from_to_tables(extractor: RuleExtractor) -> None:
    news = Document(id="e3", source="/docs/news.md", title="News", company="", doc_type="news")
    assert ("Brisk Memory Korea", "subsidiary_of", "Brisk Memory") in {(r.source, r.relation, r.target) for r in _doc_links(
        extractor, "Brisk Memory Inc. said the wafers would come from its plant run by its wholly owned unit Brisk Memory Korea Ltd.", news)}
    assert ("Tallow Compute", "supplies", "Quill Robotics") in {(r.source, r.relation, r.target) for r in _doc_links(
        extractor, "Quill Robotics, Inc. has informed Ashgrove Devices Corp. that it trains its models on capacity purchased from Tallow Compute Ltd.", news)}
    assert ("Pemberton Bank", "lends_to", "Brisk Memory") in {(r.source, r.relation, r.target) for r in _doc_links(
        extractor, "The deal adds to a $300 million term loan that Pemberton Bank arranged for Brisk Memory Inc. last year.", news)}
    assert not _doc_links(extractor, "The agreement does not obligate Quill Robotics, Inc. to purchase any products from Ashgrove Devices Corp.", news)
    table = Chunk(id="t", doc_id="e3", ordinal=0, kind="table", page=None, text=(
        "Agreement | From | To | Value\nEquity subscription | Corran Sovereign Fund | Tallow Compute Ltd | US$500 million\n"
        "Shareholder loan | Tallow Telecom plc | Tallow Compute Ltd | €200 million\nGPU supply agreement | Ashgrove Devices Corp. | Tallow Compute Ltd | US$900 million"))
    rows = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_table(table, news)}
    assert rows == {("Corran Sovereign Fund", "invests_in", "Tallow Compute", "US$500 million"),
                    ("Tallow Telecom", "lends_to", "Tallow Compute", "€200 million"),
                    ("Ashgrove Devices", "supplies", "Tallow Compute", "US$900 million")}


def test_a_deal_continued_in_the_next_sentence(extractor: RuleExtractor) -> None:
    """'X closed a loan. Y led the deal, with Z taking a third of it.': the lenders of the next sentence lend to X; the same
    for a round ('The round is being co-led by …') and in Chinese ('同一轮融资中，…出资5亿元')."""
    news = Document(id="e5", source="/docs/roundup.md", title="Roundup", company="", doc_type="news")
    text = ("Dallas-based Verity Compute closed a $1.1 billion GPU-backed loan on Monday. "
            "Orchard Point Credit Partners led the deal, with Bexley Hill Capital taking about a third of it. "
            "Verity's pricing was tighter than comparable deals for Corrigan Cloud last year.\n\n"
            "Aperture Minds is raising $6 billion in a Series D. The round is being co-led by Dunemark Sovereign Investment Company, "
            "which will contribute $1.1 billion, according to a person familiar with the matter.")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, news)}
    assert ("Orchard Point Credit Partners", "lends_to", "Verity Compute", None) in found
    assert ("Bexley Hill Capital", "lends_to", "Verity Compute", None) in found
    assert ("Dunemark Sovereign Investment Company", "invests_in", "Aperture Minds", "$1.1 billion") in found
    assert not any("Corrigan Cloud" in (t[0], t[2]) for t in found)  # a comparison, not a party to the deal
    assert not any({t[0], t[2]} == {"Orchard Point Credit Partners", "Bexley Hill Capital"} for t in found)  # co-lenders
    zh = Document(id="z5", source="/docs/zh-round.txt", title="新闻", company="", doc_type="news")
    text = ("墨衡智能科技有限公司宣布完成新一轮融资，磐曜半导体股份有限公司以12亿元认购墨衡智能新增注册资本。"
            "同一轮融资中，临川智算产业投资基金（有限合伙）出资5亿元。")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, zh)}
    assert ("临川智算产业投资基金", "invests_in", "墨衡智能", "5亿元") in found
    # names a round or a supply introduces once (由澄川资本领投，远山投资、北衡科技跟投); an English name between Chinese characters;
    # 向其 is the company the sentence before was about
    text = ("湖州云帆算力服务有限公司宣布完成B轮融资。本轮由澄川资本领投，远山投资、北衡科技跟投。同一轮融资中，Orrery Capital跟投。"
            "除股权融资外，云帆还获得了汇鸿融资租赁有限公司提供的5亿元设备抵押贷款。瀚江银行也向其提供了3亿元项目贷款。"
            "云帆的电力则由江屿能源通过绿电直供方式提供。")
    found = {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, zh)}
    assert {("澄川资本", "invests_in", "湖州云帆算力服务"), ("远山投资", "invests_in", "湖州云帆算力服务"), ("北衡科技", "invests_in", "湖州云帆算力服务"),
            ("Orrery Capital", "invests_in", "湖州云帆算力服务"), ("瀚江银行", "lends_to", "湖州云帆算力服务"),
            ("江屿能源", "supplies", "湖州云帆算力服务")} <= found
    # a list the verb ends ("…X（英文名）、Y集团以及Z跟投"): every member invests in the round's company, not in each other
    text = ("湖州云帆算力服务有限公司宣布完成C轮融资。本轮融资由白杨算力产业投资基金领投，出资12亿元。"
            "美国芯片企业凯瑞半导体（Kerry Semiconductor）、江渚产业投资集团以及鹿鸣资本跟投。")
    found = {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, zh)}
    assert {("白杨算力产业投资基金", "invests_in", "湖州云帆算力服务"), ("凯瑞半导体", "invests_in", "湖州云帆算力服务"),
            ("江渚产业投资", "invests_in", "湖州云帆算力服务"), ("鹿鸣资本", "invests_in", "湖州云帆算力服务")} <= found
    assert not any(t[1] == "invests_in" and t[2] in {"凯瑞半导体", "江渚产业投资"} for t in found)
    # the borrower is the special-purpose vehicle the sentence names, not its parent; "the vehicle" is that company later on
    text = ("Pallas Cloud Holdings pledges forward compute in $2bn loan as Onyx Compute Exchange futures find a use\n\n"
            "Pallas Cloud Holdings has raised $2 billion of new debt. The loan was made to Pallas GPU Funding II, LLC, a special-purpose "
            "vehicle that holds 30,000 accelerators, and was led by Redwick Credit Partners, which committed $1.2 billion. "
            "Quell Capital Management provided the remaining $800 million. The vehicle is wholly owned by Pallas Cloud Holdings.")
    found = {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, news)}
    assert {("Redwick Credit Partners", "lends_to", "Pallas GPU Funding II"), ("Quell Capital Management", "lends_to", "Pallas GPU Funding II"),
            ("Pallas GPU Funding II", "subsidiary_of", "Pallas Cloud")} <= found
    assert not any(t[1] == "lends_to" and t[2] == "Pallas Cloud" for t in found)
    assert not any("Onyx Compute Exchange" in (t[0], t[2]) for t in found)  # a headline's "loan as …" lends nothing
    # "The borrower under the facility is X": the lenders the next sentence lists lend to X; a campus is no borrower
    text = ("Quell Compute Company, which operates the Ras Tamar and Wadi Noor data center campuses, today announced that it has closed a "
            "$2.4 billion facility. The borrower under the facility is Quell Fleet Finance Ltd., a wholly owned special purpose subsidiary of "
            "Quell Compute Company. The facility was provided by a lender group led by Dunmore Bank P.J.S.C. as mandated lead arranger, with "
            "Ishikari Development Bank and funds managed by Redwick Credit Partners LLP participating as lenders. "
            "\"Our lenders underwrote the contract, and that is the model we intend to repeat for Wadi Noor,\" said the chief executive.")
    found = {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, news)}
    text2 = ("The term loan was made to Orvel Funding II LLC, a special-purpose vehicle. The facility was arranged by Pinecrest Credit Partners, "
             "which committed $1.4 billion, with the balance provided by Halvard Bank, Corvel National Bank and Ashmoor Capital Management.")
    assert {("Pinecrest Credit Partners", "lends_to", "Orvel Funding II"), ("Halvard Bank", "lends_to", "Orvel Funding II"),
            ("Corvel National Bank", "lends_to", "Orvel Funding II")} <= {(r.source, r.relation, r.target) for r in _doc_links(extractor, text2, news)}
    assert {("Dunmore Bank", "lends_to", "Quell Fleet Finance"), ("Ishikari Development Bank", "lends_to", "Quell Fleet Finance"),
            ("Redwick Credit Partners", "lends_to", "Quell Fleet Finance"), ("Quell Fleet Finance", "subsidiary_of", "Quell Compute Company")} <= found
    assert not any("Wadi Noor" in (t[0], t[2]) or "Ras Tamar" in (t[0], t[2]) for t in found)


def test_names_with_ampersands_descriptions_and_asides(extractor: RuleExtractor) -> None:
    news = Document(id="e6", source="/docs/wire.md", title="Wire", company="", doc_type="news")

    def found(text: str, document: Document = news) -> set[tuple[str, str, str]]:
        return {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, document)}

    assert ("Aperture Minds", "acquires", "Lattice & Loom") in found("Aperture Minds agreed to acquire Lattice & Loom, a 40-person startup.")
    assert ("Hengwan Compute Technology", "supplies", "Moheng AI") in found(
        "Shanghai-listed Hengwan Compute Technology said revenue rose. Hengwan's biggest customer is Beijing model developer Moheng AI.")
    assert ("Fibrelight", "subsidiary_of", "Quillon Semiconductor") in found(
        "Quillon Semiconductor Corp. and Tanhai Wafer Manufacturing said they would jointly develop optics, building on technology from Quillon's Fibrelight unit.")
    assert ("Calloway Ventures", "owns_stake_in", "Aperture AI") in found(
        "Calloway Ventures, which led the Series C and remains Aperture AI's largest outside shareholder, is not participating.")
    zh = Document(id="z6", source="/docs/zh.txt", title="新闻", company="", doc_type="news")
    assert ("奎隆半导体", "invests_in", "光圈智能") in found("美国芯片企业奎隆半导体（Quillon）今年9月宣布向大模型公司光圈智能（Aperture Minds）投资最多40亿美元。", zh)
    assert ("瑞延存储", "supplies", "奎隆半导体") in found("奎隆半导体今年营收大幅增长。韩国瑞延存储（Seoryeon Memory）是奎隆半导体HBM的主要供应商。", zh)
    # a lender named in a list of agents and lenders, and a purchase price that is not a lender
    filing = Document(id="k6", source="/docs/10k.pdf", title="10-K", company="Quillon Semiconductor", doc_type="10-K")
    text = ("On March 3, 2025, we entered into a credit agreement with Pellmont Bank, N.A., as administrative agent and a lender, "
            "Larchmont Trust Company, as syndication agent and a lender, and the other lenders party thereto. "
            "In October 2025 we borrowed $600 million under the Credit Agreement to fund a portion of the Fibrelight Interconnect, Inc. purchase price.")
    links = found(text, filing)
    assert {("Pellmont Bank", "lends_to", "Quillon Semiconductor"), ("Larchmont Trust Company", "lends_to", "Quillon Semiconductor")} <= links
    assert not any(t[0] == "Fibrelight Interconnect" for t in links)


def test_customer_supplier_and_holding_lists_in_an_annual_report(extractor: RuleExtractor) -> None:
    report = Document(id="a1", source="/docs/nianbao.pdf", title="年度报告摘要", company="岚峰科技", doc_type="annual report")
    text = ("公司名称 公司类型 持股比例 主要业务\n岚峰科技（成都）有限公司 全资子公司 100% 算力服务\n青岩产业投资基金（有限合伙） 参股企业 12.50% 股权投资\n"
            "序号 客户名称 销售额 占比（%）\n1 北京曜辰智能科技有限公司 12,000.00 18.20\n"
            "序号 供应商名称 采购额 占比（%）\n1 砾石半导体股份有限公司 30,000.00 40.10")
    chunk = Chunk(id="a1-0", doc_id="a1", ordinal=0, kind="table", page=3, text=text)
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.role_lists(chunk, report)}
    assert found == {("岚峰科技（成都）", "subsidiary_of", "岚峰科技", None), ("岚峰科技", "owns_stake_in", "青岩产业投资基金", "12.50%"),
                     ("岚峰科技", "supplies", "北京曜辰智能科技", None), ("砾石半导体", "supplies", "岚峰科技", None)}


def test_amounts_are_normalised(extractor: RuleExtractor) -> None:
    [invest] = extractor.from_sentence("英伟达计划向OpenAI投资最多1000亿美元。", DOC, None, False)
    assert invest.amount == "up to 1000亿美元" and invest.currency == "USD" and invest.amount_usd == 1e11
    [warrant] = [r for r in extractor.from_sentence("AMD向OpenAI发行认股权证，最多可认购1.6亿股。", DOC, None, False) if r.relation == "owns_stake_in"]
    assert warrant.amount == "1.6亿股" and warrant.amount_usd is None
    [loan] = extractor.from_sentence("Lambda closed a $500 million credit facility with Macquarie Group.", DOC, None, False)
    assert loan.amount_usd == 5e8
    # amounts in words, with their currency
    [words] = extractor.from_sentence("Nvidia agreed to invest two and a half billion dollars in Mistral AI.", DOC, None, False)
    assert words.amount == "two and a half billion dollars" and words.amount_usd == 2.5e9
    [half] = extractor.from_sentence("Oracle lent half a billion dollars to Crusoe Energy.", DOC, None, False)
    assert half.amount == "half a billion dollars" and half.amount_usd == 5e8
    [spoken] = extractor.from_sentence("Oracle lent one point one billion dollars to Crusoe Energy.", DOC, None, False)
    assert spoken.amount == "one point one billion dollars" and spoken.amount_usd == 1.1e9  # as a call says it


def test_table_rows_give_links(extractor: RuleExtractor) -> None:
    chunk = Chunk(id="c", doc_id="d1", ordinal=0, kind="table", page=2,
                  text="Facility at a glance\nLender | Granite Capital Partners\nBorrower | Vireo Systems, Inc.\nFacility size | $750 million\nTerm | 5 years")
    [loan] = extractor.from_table(chunk, DOC)
    assert (loan.source, loan.relation, loan.target, loan.payer, loan.payee) == ("Granite Capital Partners", "lends_to", "Vireo Systems", "Granite Capital Partners", "Vireo Systems")
    assert loan.amount == "$750 million" and loan.evidence[0].page == 2 and "Lender | Granite Capital Partners" in loan.evidence[0].quote


def test_a_filer_s_own_words_about_its_lenders_suppliers_and_places(extractor: RuleExtractor) -> None:
    filing = Document(id="f7", source="/docs/20f.pdf", title="Annual report", company="Tarn Digital", doc_type="20-F")
    assert ("Nordfjord Bank", "lends_to", "Tarn Digital", "Nordfjord Bank", "Tarn Digital") in links(
        extractor, "Our revolving credit facility with Nordfjord Bank ASA was upsized to EUR 200 million in September.", filing)
    assert ("Arvane Semiconductor", "supplies", "Tarn Digital", "Tarn Digital", "Arvane Semiconductor") in links(
        extractor, "Purchases from Arvane Semiconductor N.V. were 57% of capital expenditures, and we expect Arvane Semiconductor N.V. to remain "
                   "our largest supplier.", filing)
    assert ("Tarn Grid", "subsidiary_of", "Tarn Digital", None, None) in links(
        extractor, "Tarn Grid LLC, a wholly owned special-purpose subsidiary, owns the Company's Saltfork campus.", filing)
    assert ("Tarn Digital", "acquires", "Pellucid Optics", "Tarn Digital", "Pellucid Optics") in links(
        extractor, "We closed the Pellucid Optics acquisition on August 4.", filing)
    # a nationality is no company: "Orvel Compute's Dutch unit"
    assert not any("Dutch" in t[0] + t[2] for t in links(
        extractor, "The largest is a $410 million equipment loan to Orvel Cloud Europe B.V., Orvel Compute Inc.'s Dutch unit.", DOC))
    # "for our Osaka sites": a place of the filer's, not a party to the power contract
    assert not any("Tarn Digital" in (t[0], t[2]) for t in links(
        extractor, "Tarn Data Centers G.K. purchases electricity for our Osaka sites under supply agreements with Hoshi Electric Power Co., Inc.", filing))


def test_a_release_s_own_round_and_a_defined_vehicle(extractor: RuleExtractor) -> None:
    """In a company's own release 'The preferred equity round was led by X' is the company's round; a vehicle defined with a
    short name that the release uses again keeps its whole name; 'Capital Management' is part of a name."""
    release = Document(id="r9", source="/docs/pr.md", title="Orvel closes financings", company="Orvel Compute", doc_type="deal announcement")
    text = ("The term loan was made to Orvel Compute Funding II LLC (“Funding II”), a special-purpose vehicle. Funding II, which is wholly "
            "owned by the Company, will hold the GPUs.\n\nThe facility was arranged by Pinecrest Credit Partners, with the balance provided by "
            "Ashmoor Capital Management.\n\nThe preferred equity round was led by Nuravel Strategic Investment Authority, which purchased "
            "$500 million of the Series B shares.")
    found = {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, release)}
    assert {("Orvel Compute Funding II", "subsidiary_of", "Orvel Compute"), ("Ashmoor Capital Management", "lends_to", "Orvel Compute Funding II"),
            ("Nuravel Strategic Investment Authority", "invests_in", "Orvel Compute")} <= found


def test_the_company_means_the_filer_in_its_own_release(extractor: RuleExtractor) -> None:
    assert ("Nvidia", "supplies", "Helios Compute", "Helios Compute", "Nvidia") in links(
        extractor, "During the quarter the company purchased 20,000 NVIDIA GPUs.", RELEASE)
    assert not links(extractor, "During the quarter the company purchased 20,000 NVIDIA GPUs.", DOC)  # news: "the company" is unknown


def test_names_merge_across_languages_and_near_names_stay_apart(extractor: RuleExtractor) -> None:
    relations = []
    for sentence in ("NVIDIA Corporation plans to invest $5 billion in Acme Robotics, Inc.", "Nvidia will invest $5 billion in Acme Robotics.",
                     "英伟达向Acme Robotics投资50亿美元。", "NVDA agreed to invest $2 billion in Acme Rockets Inc."):
        relations.extend(extractor.from_sentence(sentence, DOC, None, False))
    graph = build_graph(relations, default_lexicon())
    ids = {n.id for n in graph.nodes}
    assert ids == {"Nvidia", "Acme Robotics", "Acme Rockets"}
    [edge] = [e for e in graph.edges if e.target == "Acme Robotics"]
    assert len(edge.evidence) == 3
    nvidia = next(n for n in graph.nodes if n.id == "Nvidia")
    assert {"NVIDIA Corporation", "NVDA", "英伟达"} <= set(nvidia.aliases)


def test_loops_of_three_and_two(extractor: RuleExtractor) -> None:
    sentences = [
        "Nvidia intends to invest up to $100 billion in OpenAI.",            # Nvidia pays OpenAI
        "OpenAI signed a contract with Oracle for roughly $300 billion of compute.",  # OpenAI pays Oracle
        "Oracle has purchased $40 billion of Nvidia GPUs.",                   # Oracle pays Nvidia
        "Nvidia holds about 7% of CoreWeave.",                                # Nvidia pays CoreWeave
        "CoreWeave bought 250,000 Nvidia GPUs.",                              # CoreWeave pays Nvidia
        "Cisco and Nvidia announced a partnership on AI networking.",         # no money: no loop
    ]
    relations = [r for s in sentences for r in extractor.from_sentence(s, DOC, None, False)]
    edges = merge(relations)
    cycles = find_cycles(edges)
    as_sets = [set(c.nodes) for c in cycles]
    assert {"Nvidia", "OpenAI", "Oracle"} in as_sets
    assert {"CoreWeave", "Nvidia"} in as_sets
    assert not any("Cisco" in s for s in as_sets)
    three = next(c for c in cycles if set(c.nodes) == {"Nvidia", "OpenAI", "Oracle"})
    assert three.min_amount_usd == 40e9  # the smallest amount on the loop
    assert cycles[0] == three  # ranked by smallest amount; the two-company loop has an unknown amount
    for position, edge_index in enumerate(three.edges):
        edge = edges[edge_index]
        assert edge.payer == three.nodes[position] and edge.payee == three.nodes[(position + 1) % 3]


@pytest.fixture(scope="module")
def deal_store(tmp_path_factory: pytest.TempPathFactory, model_dir: str) -> str:
    folder = tmp_path_factory.mktemp("deals")
    (folder / "loop-news.md").write_text(
        "# Compute deals go round\n\nDecember 2, 2025 - Nvidia intends to invest up to $100 billion in OpenAI. "
        "OpenAI signed a contract with Oracle for roughly $300 billion of compute. Oracle has purchased $40 billion of Nvidia GPUs.\n",
        encoding="utf-8")
    (folder / "zh-news.txt").write_text("英伟达持有CoreWeave约7%的股份。CoreWeave向英伟达采购了超过25万块GPU。\n", encoding="utf-8")
    store = tmp_path_factory.mktemp("deal-store")
    build_analyst(make_settings(store, model_dir)).ingest([folder])
    return str(store)


def test_cli_graph_json_contract(deal_store: str, model_dir: str, tmp_path: Path) -> None:
    env = {**os.environ, "ANALYST_STORE": deal_store, "ANALYST_MODEL_DIR": model_dir}
    result = subprocess.run([sys.executable, "-m", "analyst", "graph", "--json"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    ids = {n["id"] for n in payload["nodes"]}
    assert {"Nvidia", "OpenAI", "Oracle", "CoreWeave"} <= ids
    for edge in payload["edges"]:
        assert set(edge) == {"source", "target", "relation", "payer", "payee", "amount", "amount_usd", "date", "evidence", "currency"}
        assert edge["evidence"] and all(e["quote"] and e["doc"] for e in edge["evidence"])
    assert len(payload["cycles"]) == 2
    for cycle in payload["cycles"]:
        assert all(0 <= i < len(payload["edges"]) for i in cycle["edges"])
    export = tmp_path / "links.graphml"
    subprocess.run([sys.executable, "-m", "analyst", "graph", "--company", "英伟达", "--export", str(export)], env=env, cwd=ROOT, check=True,
                   capture_output=True, timeout=300)
    assert "<graphml" in export.read_text(encoding="utf-8")
    unknown = subprocess.run([sys.executable, "-m", "analyst", "graph", "--company", "Nvidiaa"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert unknown.returncode == 1 and "close matches: Nvidia" in unknown.stderr


def test_graph_page_shows_loops_and_evidence(deal_store: str, use_store) -> None:  # type: ignore[no-untyped-def]
    use_store(deal_store)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("analyst/ui/pages/graph.py").run()
    assert not at.exception
    loops = at.radio(key="graph_loop").options
    assert any("Nvidia" in o and "OpenAI" in o and "Oracle" in o for o in loops)
    assert any("CoreWeave" in o for o in loops)
    chart = at.get("graphviz_chart")[0]
    assert "penwidth=3.0" in chart.proto.spec  # the chosen loop is highlighted
    at.selectbox(key="graph_company").set_value("Oracle").run()
    assert not at.exception
    quotes = " ".join(m.value for m in at.markdown)
    assert "Oracle" in quotes and "—" in quotes


def test_model_links_need_their_quote_and_merge_with_rules(tmp_path: Path, model_dir: str) -> None:
    from tests.fake_openai import FakeOpenAI

    doc = tmp_path / "jv.md"
    doc.write_text("# Orchid Compute joint venture\n\nOrchid Compute formed a joint venture with Basalt Infrastructure Fund. "
                   "Basalt Infrastructure Fund will own 70% of the venture, Tern Data Holdings. Nvidia intends to invest $2 billion in Orchid Compute.\n",
                   encoding="utf-8")

    def tool_arguments(request: dict) -> dict:  # type: ignore[type-arg]
        text = next(iter(passages_from(request)))
        return {"links": [
            {"source": "Basalt Infrastructure Fund", "target": "Tern Data Holdings", "relation": "owns_stake_in", "amount": "70%",
             "quote": "Basalt Infrastructure Fund will own 70% of the venture, Tern Data Holdings."},
            {"source": "Orchid Compute", "target": "Mars Bank", "relation": "lends_to", "amount": "$9 billion",
             "quote": "Orchid Compute borrowed $9 billion from Mars Bank."},  # not in the passage: dropped
        ]} if "Basalt" in text else {"links": []}

    def passages_from(request: dict) -> list[str]:  # type: ignore[type-arg]
        user = request["messages"][-1]["content"]
        return [user.split("<passage>")[1].split("</passage>")[0]] if "<passage>" in user else [""]

    with FakeOpenAI() as fake:
        fake.tool_arguments = tool_arguments
        settings = make_settings(tmp_path / "store", model_dir, llm_base_url=fake.base_url, llm_api_key="k", llm_model="m")
        analyst = build_analyst(settings)
        report = analyst.ingest([doc])
        assert not report.warnings
        assert fake.chat_requests and fake.chat_requests[0]["tools"][0]["function"]["name"] == "LinkList"
        graph = analyst.graph()
    triples = {(e.source, e.relation, e.target) for e in graph.edges}
    assert ("Basalt Infrastructure Fund", "owns_stake_in", "Tern Data") in triples  # from the model ("Holdings" folded)
    assert ("Nvidia", "invests_in", "Orchid Compute") in triples  # from the rules
    assert not any("Mars Bank" in (e.source, e.target) for e in graph.edges)
    stake = next(e for e in graph.edges if e.relation == "owns_stake_in")
    assert stake.payer == "Basalt Infrastructure Fund" and stake.evidence[0].quote.startswith("Basalt Infrastructure Fund will own 70%")


def test_names_one_document_gives_serve_the_others(tmp_path: Path, model_dir: str) -> None:
    """A newsletter that says only 'Arvane' and 'Lumeris' links the companies a filing in the same batch names in full;
    a call titled on its second line speaks for its company; a 公告 names its company by 证券简称; places are not parties."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nordvik-10q.md").write_text(
        "# Nordvik Compute, Inc. quarterly report\n\nNordvik Compute, Inc. buys GPU systems from Arvane Semiconductor N.V. and rents "
        "capacity to Lumeris AI SAS under a take-or-pay agreement. Nordvik Compute Sweden AB is a wholly owned subsidiary of Nordvik Compute, Inc. "
        "Pellucid Robotics, Inc. is a model developer based in Boston.\n",
        encoding="utf-8")
    (folder / "newsletter.md").write_text(
        "# The compute ledger\n\nIn June, Arvane put $900 million into Lumeris's Series C, the largest single check in the round. "
        "Gulf Harbor Bank P.J.S.C. is a commercial and investment bank headquartered in Ras Qamar. Arvane put $200 million into "
        "Pellucid in May.\n", encoding="utf-8")
    (folder / "call.txt").write_text(
        "Ostvik Cloud AG (XETRA: OSVK)\nQ3 2025 Earnings Conference Call\n\nOperator\nWelcome to the call.\n\n"
        "Jonas Weber - Chief Executive Officer\nIn July we closed a EUR 900 million term loan with Rheinau Bank AG.\n", encoding="utf-8")
    (folder / "gonggao.md").write_text(
        "证券代码：688999  证券简称：澄川算力  公告编号：2025-041\n\n# 澄川算力科技股份有限公司关于申请授信的公告\n\n"
        "公司拟向北岸银行股份有限公司申请不超过10亿元的综合授信额度。\n", encoding="utf-8")
    (folder / "zh-news.txt").write_text("阿里巴巴加大AI投入\n\n阿里巴巴首席执行官在财报电话会议上表示，公司将继续加大投入。\n", encoding="utf-8")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([folder])
    types = {d.name: d.doc_type for d in analyst.store.documents()}
    assert types["call.txt"] == "call transcript" and types["zh-news.txt"] != "call transcript"  # a story that mentions a call is not one
    graph = analyst.graph()
    edges = {(e.source, e.relation, e.target) for e in graph.edges}
    assert ("Arvane Semiconductor", "invests_in", "Lumeris AI") in edges
    assert ("Arvane Semiconductor", "invests_in", "Pellucid Robotics") in edges  # a name written in full in a sentence with no link
    assert ("Nordvik Compute Sweden", "subsidiary_of", "Nordvik Compute") in edges
    assert ("Rheinau Bank", "lends_to", "Ostvik Cloud") in edges
    assert ("北岸银行", "lends_to", "澄川算力") in edges
    assert not any("Ras Qamar" in (e.source, e.target) for e in graph.edges)


def test_a_fund_letter_and_an_s1_speak_for_their_authors(tmp_path: Path, model_dir: str) -> None:
    """A letter to limited partners headed by the fund manager's name says 'we' for the manager; an S-1's 'our' is the issuer."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "letter.md").write_text(
        "# Quarrow Credit Partners\n\n## Quarrow Infrastructure Credit Fund I, L.P. — Third Quarter 2025 Letter to Limited Partners\n\n"
        "Dear Partners,\n\nWe lent $750 million to Oberon Compute Inc. in May. Our $600 million of Tarn Data Centers, Inc. senior secured "
        "notes continue to perform. In March we closed our commitment to the term loan of Tarn Funding II LLC, a Tarn Data Centers subsidiary "
        "that holds the fleet. Peers such as Vexley Capital (NASDAQ: VXLY) were busy too.\n", encoding="utf-8")
    (folder / "s1.md").write_text(
        "Tarn Data Centers, Inc. - Registration Statement on Form S-1 (excerpt)\n\nLumeric Labs, Inc. accounted for 44% of our revenue for "
        "the year ended December 31, 2024.\n", encoding="utf-8")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([folder])
    documents = {d.name: (d.company, d.doc_type) for d in analyst.store.documents()}
    assert documents["letter.md"] == ("Quarrow Credit Partners", "letter") and documents["s1.md"] == ("Tarn Data Centers", "S-1")
    edges = {(e.source, e.relation, e.target) for e in analyst.graph().edges}
    assert {("Quarrow Credit Partners", "lends_to", "Oberon Compute"), ("Quarrow Credit Partners", "lends_to", "Tarn Data Centers"),
            ("Tarn Funding II", "subsidiary_of", "Tarn Data Centers"), ("Tarn Data Centers", "supplies", "Lumeric Labs")} <= edges


def test_a_chinese_annual_report_pdf_its_contracts_and_related_parties(tmp_path: Path, model_dir: str) -> None:
    """A 年度报告 PDF whose company is named only in its running header; its contracts table (our side, the counterparty,
    what for), its related-party table (bought or sold), bank loans taken '在X银行' or under a signed 《授信协议》."""
    from tests.conftest import write_pdf

    header = "澜川智算科技股份有限公司2025年年度报告"
    pdf = write_pdf(tmp_path / "nianbao.pdf", [
        [header, "第三节 管理层讨论与分析", "报告期内公司所从事的主要业务为智算中心运营。公司系澜川控股集团有限公司的控股子公司。",
         "公司名称 公司类型 持股比例 主要业务 注册资本 净利润", "澜川（庆阳）数据科技有限公司 全资子公司 100% 智算中心运营 80,000.00 3,101.20",
         "白杨算力产业投资基金（有限合伙） 参股公司（有限合伙人） 15.00% 股权投资 300,000.00 912.40"],
        [header, "第六节 重要事项", "报告期内，公司为全资子公司澜川庆阳在北塘银行取得的4亿元项目贷款提供连带责任保证。",
         "合同订立公司方 合同订立对方 合同标的 签订日期 合同金额 履行情况",
         "澜川智算 青禾智能科技有限公司 算力托管服务 2025-04-10 96,000.00 履行中",
         "澜川庆阳 雪峰热控科技有限公司 液冷系统设备采购 2025-06-18 12,400.00 履行中",
         "2025年7月，公司与南湾银行股份有限公司签订《综合授信协议》，获得综合授信额度8亿元。"],
        [header, "十四、重大关联交易", "关联交易方 关联关系 交易类型 关联交易内容 关联交易金额 占同类交易比例",
         "石岭绿电（庆阳）有限公司 参股公司 购买商品 采购绿色电力 5,210.30 18.02%",
         "远帆算力科技股份有限公司 公司董事任其董事 提供劳务 机柜租赁及运维服务 11,020.00 6.31%"],
    ], cjk=True)
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([pdf])
    [document] = analyst.store.documents()
    assert (document.company, document.doc_type) == ("澜川智算科技", "annual report")
    edges = {(e.source, e.relation, e.target) for e in analyst.graph().edges}
    assert {("澜川智算", "subsidiary_of", "澜川控股集团"), ("澜川（庆阳）数据科技", "subsidiary_of", "澜川智算"),
            ("北塘银行", "lends_to", "澜川（庆阳）数据科技"), ("澜川智算", "supplies", "青禾智能科技"),
            ("雪峰热控科技", "supplies", "澜川（庆阳）数据科技"), ("南湾银行", "lends_to", "澜川智算"),
            ("石岭绿电（庆阳）", "supplies", "澜川智算"), ("澜川智算", "supplies", "远帆算力科技"),
            ("澜川智算", "owns_stake_in", "白杨算力产业投资基金")} <= edges
    assert not any("报告期" in name for edge in edges for name in (edge[0], edge[2]))


def test_a_20f_pdf_lists_subsidiaries_and_major_shareholders(tmp_path: Path, model_dir: str) -> None:
    """Table rows that end in words ('Japan 100.0% GPU cloud services') under a header of column names are a table: the
    subsidiaries of the filer, and its major shareholders (a person is not a company)."""
    from tests.conftest import write_pdf

    pdf = write_pdf(tmp_path / "tarn-20f.pdf", [
        ["FORM 20-F", "TARN DIGITAL HOLDINGS, INC.", "(Translation of Registrant's name into English)"],
        ["C. Organizational Structure", "The following table sets forth our principal subsidiaries.",
         "Name of subsidiary Country Ownership Principal activities", "Tarn Compute K.K. Japan 100.0% GPU cloud services",
         "Tarn Data Centers G.K. Japan 100.0% Data center operation", "Hoshi Grid Services K.K. Japan 35.0% Power trading"],
        ["A. Major Shareholders", "The following table sets forth the beneficial ownership of our common stock.",
         "Name of beneficial owner Shares Percentage", "Kumo Memory Corporation 41,280,000 14.6%", "Hiroshi Tanabe 25,730,000 9.1%",
         "Ishikari Development Bank 14,985,000 5.3%"],
        ["Note 7. Debt", "The following table summarizes our outstanding borrowings (in millions):", "Facility Lender Borrower Maturity Outstanding",
         "Revolving credit facility Meridale Bank Tarn Digital Holdings, Inc. 2028 275.0",
         "Construction loan A First Harland Bank Tarn Compute K.K. 2030 640.0", "Construction loan B Oakridge Capital Tarn Compute K.K. 2031 1,150.0",
         "GPU-Backed Term Loan I Pinecrest Credit Partners Tarn Data Centers G.K. 2029 1,450.0",
         "Revolving Credit Facility Halvard Bank, N.A. Tarn Digital Holdings, Inc. 2027 300.0", "Total 3,815.0"],
    ])
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([pdf])
    edges = {(e.source, e.relation, e.target, e.amount) for e in analyst.graph().edges}
    assert {("Tarn Compute", "subsidiary_of", "Tarn Digital", None), ("Tarn Data Centers", "subsidiary_of", "Tarn Digital", None),
            ("Tarn Digital", "owns_stake_in", "Hoshi Grid Services", "35.0%"),
            ("Kumo Memory", "owns_stake_in", "Tarn Digital", "14.6%"), ("Ishikari Development Bank", "owns_stake_in", "Tarn Digital", "5.3%")} <= edges
    assert not any("Tanabe" in (e[0] + e[2]) for e in edges)
    # a debt table's cells run together in the PDF text: the lender, then the borrower, as the header orders them
    assert {("Meridale Bank", "lends_to", "Tarn Digital", None), ("First Harland Bank", "lends_to", "Tarn Compute", None),
            ("Oakridge Capital", "lends_to", "Tarn Compute", None), ("Pinecrest Credit Partners", "lends_to", "Tarn Data Centers", None),
            ("Halvard Bank", "lends_to", "Tarn Digital", None)} <= edges
    assert not any(e[0].startswith("N.A.") or e[2].startswith("N.A.") for e in edges)
    assert strip_suffix("N.A. Orvel Compute Inc.") == "Orvel Compute"  # the form of the cell before is not part of the name


def test_a_heading_word_does_not_cut_a_defined_name_and_a_clause_is_no_name(extractor: RuleExtractor) -> None:
    from analyst.graph.entities import defined_terms

    text = "Power. We purchase all electricity for the campus from Tessary Power Company (\"Tessary\") under a 15-year agreement."
    assert defined_terms(text, default_lexicon())["Tessary"] == "Tessary Power Company"
    announcement = Document(id="d3", source="/docs/a.md", title="公告", company="星衡算力", doc_type="deal announcement")
    sentence = "公司为云瀚智算科技有限公司的上述贷款提供连带责任保证担保，该担保事项已经公司第三届董事会第十八次会议审议通过。"
    assert links(extractor, sentence, announcement) == set()


def test_the_other_party_of_a_signing_is_no_sister_company_and_a_loan_s_size_in_its_own_clause(extractor: RuleExtractor) -> None:
    announcement = Document(id="d3", source="/docs/a.md", title="公告", company="星衡算力", doc_type="deal announcement")
    sentence = ("星衡算力科技股份有限公司（以下简称\"公司\"）全资子公司苏州云瀚智算科技有限公司（以下简称\"云瀚智算\"）与北京启元智能科技有限公司"
                "（以下简称\"启元智能\"）于2025年10月27日签订《算力服务合同》。")
    found = links(extractor, sentence, announcement)
    assert [link[0] for link in found if link[1] == "subsidiary_of"] == ["苏州云瀚智算科技"], found  # not 启元智能 too
    loan = "苏州云瀚智算科技有限公司拟以算力设备作为质押，向宁川银行股份有限公司苏州分行申请不超过10亿元的项目贷款。"
    assert [r.amount for r in extractor.from_sentence(loan, announcement, 1, True) if r.relation == "lends_to"] == ["10亿元"]


def test_chinese_news_a_stock_code_a_later_supplier_a_platform_and_a_long_unit_name(extractor: RuleExtractor) -> None:
    # a stock code in brackets sells no stock: the lease stays a lease
    assert links(extractor, "新型云服务商海赛拉算力科技有限公司（股票代码HLCY）近日宣布，已与瀚池数据科技集团股份有限公司签署数据中心租赁协议，"
                            "租用后者位于柔佛州的数据中心。") == {("瀚池数据科技集团", "supplies", "海赛拉算力科技", "海赛拉算力科技", "瀚池数据科技集团")}
    # the sentence's subject is supplied by the company named after 由, though another name stands between
    assert ("奥林斯半导体", "supplies", "海赛拉算力科技", "海赛拉算力科技", "奥林斯半导体") in links(
        extractor, "海赛拉算力科技有限公司此前已与奥林斯半导体有限公司续签供货协议，柔佛集群所需的GPU将由奥林斯半导体有限公司供应。")
    # a description before the partner's name ("国内算力调度平台")
    assert links(extractor, "海赛拉算力科技有限公司与国内算力调度平台星穹智算科技有限公司达成战略合作。") == {
        ("海赛拉算力科技", "partners_with", "星穹智算科技", None, None)}
    # a unit's name with its place in brackets is read whole
    mentions = extractor.entities.mentions("柔佛项目将由其全资子公司海赛拉算力（马来西亚）有限公司负责运营。")
    assert [m.node for m in mentions] == ["海赛拉算力（马来西亚）"]


def test_chinese_short_names_a_three_character_head_and_a_longer_head_in_a_table() -> None:
    from analyst.graph.entities import short_names, zh_aliases

    text = "海赛拉算力控股有限公司今年扩张。海赛拉此前已签约，海赛拉将在柔佛开工。"
    assert short_names(text, default_lexicon(), set())["海赛拉"] == "海赛拉算力"
    table = "东江农村商业银行股份有限公司 乌兰察布澜图 110,000.00\n乌兰察布澜图云计算有限公司 子公司"
    assert zh_aliases(table, {"乌兰察布澜图云计算": "乌兰察布澜图云计算"}, default_lexicon()) == {"乌兰察布澜图": "乌兰察布澜图云计算"}


def test_a_news_round_its_later_participants_a_contract_expanded_an_lp_and_a_start_up_bought(extractor: RuleExtractor) -> None:
    news = Document(id="n1", source="/docs/round.md", title="Round", company="", doc_type="news")
    chunk = Chunk(id="n1-0", doc_id="n1", ordinal=0, page=None, text=(
        "SAN FRANCISCO — Marrowind AI, the developer of the Cirrus family of reasoning models, said on Tuesday it had raised $2.4 billion "
        "in a Series E round led by Saltmarsh Ventures, valuing the company at $31 billion.\n\n"
        "Ninefold Growth Partners, Ferncastle Sovereign Holdings and Quarry Lane Capital also took part in the round, according to a "
        "person familiar with the matter who asked not to be named.\n\n"
        "Brightwater Capital did not take part in the round.\n\n"
        "Marrowind has expanded its cloud contract with Halcyra Compute to $3.1 billion over five years.\n\n"
        "Halcyra itself is a limited partner in Saltmarsh Ventures' fourth fund, having committed $150 million to it.\n\n"
        "Marrowind also disclosed that it bought Lintwhistle, a Toronto-based data-labelling start-up, earlier this month."))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([chunk], news)}
    investors = {s for s, rel, t in found if rel == "invests_in" and t == "Marrowind AI"}
    assert investors == {"Saltmarsh Ventures", "Ninefold Growth Partners", "Ferncastle Sovereign", "Quarry Lane Capital"}, found
    assert ("Halcyra Compute", "supplies", "Marrowind AI") in found
    assert ("Halcyra Compute", "owns_stake_in", "Saltmarsh Ventures") in found
    assert ("Marrowind AI", "acquires", "Lintwhistle") in found


def test_a_summary_of_terms_names_borrower_lenders_seller_and_customer(extractor: RuleExtractor) -> None:
    summary = Document(id="t1", source="/docs/terms.md", title="Terms", company="", doc_type="other")
    chunk = Chunk(id="t1-0", doc_id="t1", ordinal=0, page=None, text="\n".join([
        "**Borrower:** Pyrewell GPU Finance I LLC, a Delaware limited liability company and an indirect wholly owned subsidiary of "
        "Pyrewell Cloud, Inc. (the \"Parent\").",
        "**Initial Lenders:** Funds and accounts managed by Tallowmere Credit Partners LP ($750 million), Corbel Point Capital "
        "($450 million) and Harrowgate Life Insurance Company ($150 million).",
        "**Administrative Agent:** Ashgrove National Bank, N.A., acting as agent only and not as a lender.",
        "**Use of Proceeds:** To finance the purchase price of rack-scale systems acquired by the Borrower from Orrinth Semiconductor Corp.",
        "**Customer Contracts:** the agreement under which the Parent provides 4,096 dedicated GPUs to Dunmore Therapeutics, Inc.",
    ]))
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks([chunk], summary)}
    lenders = {(s, a) for s, rel, t, a in found if rel == "lends_to" and t == "Pyrewell GPU Finance I"}
    assert lenders == {("Tallowmere Credit Partners", "$750 million"), ("Corbel Point Capital", "$450 million"),
                       ("Harrowgate Life Insurance Company", "$150 million")}, found
    assert ("Pyrewell GPU Finance I", "subsidiary_of", "Pyrewell Cloud", None) in found
    assert ("Orrinth Semiconductor", "supplies", "Pyrewell GPU Finance I", None) in found
    assert ("Pyrewell Cloud", "supplies", "Dunmore Therapeutics", None) in found


def test_a_filer_s_counterparty_table_its_debt_rates_and_lenders_listed_as_lenders(extractor: RuleExtractor) -> None:
    filing = Document(id="k1", source="/docs/10k.pdf", title="10-K", company="Greyhollow Data Centers", doc_type="10-K")
    table = Chunk(id="k1-0", doc_id="k1", ordinal=0, page=2, text="\n".join([
        "Counterparty Relationship Campus Key terms",
        "Halcyra Compute Holdings Ltd. Tenant Tollgate, TX 15-year lease; 60 MW delivered",
        "Brimfield Power Systems Supplier All campuses Switchgear and UPS",
        "On August 4, 2025, we completed the acquisition of Pell Ridge Power Holdings, LLC, which controls 1.2 GW of interconnection "
        "rights in the Texas Panhandle, for $285 million in cash.",
    ]))
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks([table], filing)}
    assert ("Greyhollow Data Centers", "supplies", "Halcyra Compute Holdings", None) in found
    assert ("Brimfield Power Systems", "supplies", "Greyhollow Data Centers", None) in found
    assert ("Greyhollow Data Centers", "acquires", "Pell Ridge Power Holdings", "$285 million") in found  # not "$2", cut at the window
    debt = Chunk(id="k1-1", doc_id="k1", ordinal=1, page=3, text="\n".join([
        "Facility Borrower Lender Outstanding Rate Maturity",
        "Mezzanine term loan Greyhollow Data Centers Corbel Point Capital 400.0 11.25% 2030"]))
    knowing = RuleExtractor(default_lexicon(), known=["Corbel Point Capital", "Greyhollow Data Centers"])  # names other documents gave
    rows = [r for r in knowing.from_chunks([debt], filing) if r.relation == "lends_to"]
    assert [(r.source, r.amount) for r in rows] == [("Corbel Point Capital", None)]  # 11.25% is the rate
    eight_k = Document(id="k2", source="/docs/8k.html", title="8-K", company="Halcyra Compute", doc_type="8-K")
    sentence = ("On December 9, 2025, Halcyra Compute Funding I LLC, a wholly owned special-purpose subsidiary of the Company, entered into a "
                "$2.25 billion delayed-draw term loan, with funds managed by Tallowmere Credit Partners and Corbel Point Capital as lenders.")
    lent = {(r.source, r.target) for r in extractor.from_sentence(sentence, eight_k, 1, True) if r.relation == "lends_to"}
    assert lent == {("Tallowmere Credit Partners", "Halcyra Compute Funding I"), ("Corbel Point Capital", "Halcyra Compute Funding I")}


def test_a_chinese_announcement_s_counterparty_items_and_a_second_loan_clause(extractor: RuleExtractor) -> None:
    announcement = Document(id="a9", source="/docs/a.md", title="公告", company="云岫算力", doc_type="deal announcement")
    chunk = Chunk(id="a9-0", doc_id="a9", ordinal=0, page=None, text="\n".join([
        "二、交易对方基本情况",
        "1. 公司名称：北京幻枢智能科技有限公司",
        "2. 法定代表人：林叙白",
        "3. 主要股东：林叙白持股38.50%，青岚智算产业投资基金（有限合伙）持股14.20%，苏湖数智产业母基金（有限合伙）持股9.80%。",
        "公司全资子公司云岫智算（乌兰察布）有限公司拟向江澄银行股份有限公司申请不超过人民币15亿元的固定资产贷款授信，"
        "向华渊农村商业银行股份有限公司申请不超过人民币6亿元的流动资金贷款授信。",
        "报告期内，云岫智算（乌兰察布）有限公司获江澄银行股份有限公司15亿元固定资产贷款授信。",
    ]))
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks([chunk], announcement)}
    assert ("青岚智算产业投资基金", "owns_stake_in", "北京幻枢智能科技", "14.20%") in found, found
    assert ("苏湖数智产业母基金", "owns_stake_in", "北京幻枢智能科技", "9.80%") in found
    lent = {(s, t, a) for s, rel, t, a in found if rel == "lends_to"}
    assert {("江澄银行", "云岫智算（乌兰察布）", "15亿元"), ("华渊农村商业银行", "云岫智算（乌兰察布）", "6亿元")} <= lent, lent


def test_a_joint_venture_its_partners_and_who_consolidates_it(extractor: RuleExtractor) -> None:
    announcement = Document(id="j1", source="/docs/jv.md", title="公告", company="恒昱电力", doc_type="deal announcement")
    chunk = Chunk(id="j1-0", doc_id="j1", ordinal=0, page=None, text="\n".join([
        "投资标的名称：澜衢智算（宁波）有限公司（暂定名，最终以市场监督管理部门核准登记的名称为准，以下简称“合资公司”或“澜衢智算”）。",
        "恒昱电力股份有限公司（以下简称“公司”）拟与云衢智算科技股份有限公司（以下简称“云衢智算”）、江澜国有资本投资运营集团有限公司"
        "（以下简称“江澜国投”）共同出资设立合资公司，在浙江省宁波市建设运营大型智算中心。",
        "合资公司设立后将纳入云衢智算合并报表范围，不纳入公司合并报表范围。",
    ]))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([chunk], announcement)}
    assert {s for s, rel, t in found if rel == "invests_in" and t == "澜衢智算"} == {"恒昱电力", "云衢智算", "江澜国投"}, found
    assert not any(rel == "invests_in" and t in {"云衢智算", "江澜国投"} for s, rel, t in found)  # partners, not investors in each other
    assert ("澜衢智算", "subsidiary_of", "云衢智算") in found
    assert not any("合资公司" in (s, t) or "暂定名" in (s, t) for s, rel, t in found)


def test_a_10q_s_customers_debt_table_vehicle_and_partners(extractor: RuleExtractor) -> None:
    filing = Document(id="q1", source="/docs/10q.pdf", title="10-Q", company="Stratohm Compute", doc_type="10-Q")
    knowing = RuleExtractor(default_lexicon(), known=["Marlowe Harbor Capital Management", "Thornmere Credit Partners",
                                                      "Pellworth Equipment Finance", "Stratohm Compute"])
    chunk = Chunk(id="q1-0", doc_id="q1", ordinal=0, page=1, text="\n".join([
        "Aurelith AI, Inc. (\"Aurelith\") accounted for 44% and 41% of total revenue for the three and six months ended June 30, 2026.",
        "Facility Lender(s) Interest rate Maturity June 30, 2026 Dec. 31, 2025",
        "GPU-Backed DDTL (1) Marlowe Harbor; Thornmere 11.25% 2030 1,420.0 600.0",
        "Equipment Financing Pellworth Equipment Finance LLC 8.90% 2028 310.4 355.1",
        "Pellworth Equipment Finance is not a lender to the Borrower under any other facility of the Company.",
        "On March 14, 2026, Stratohm Asset Co. I, LLC (the \"Borrower\"), a wholly owned special-purpose subsidiary of the Company, entered "
        "into a delayed draw term loan agreement with funds managed by Marlowe Harbor Capital Management, LP (\"Marlowe Harbor\") and "
        "Thornmere Credit Partners (\"Thornmere\"), as lenders.",
        "In May 2026, we entered into a market maker agreement with GridMark Compute Exchange, Inc. (\"GridMark\") under which we list GPU-hours.",
        "We also prepaid $2.2 billion to Trellium Memory to secure HBM4 supply through calendar 2027.",
        "Kestrel Wafer remains the sole foundry for the Vela family, and we have reserved additional capacity with them.",
    ]))
    found = {(r.source, r.relation, r.target) for r in knowing.from_chunks([chunk], filing)}
    assert ("Stratohm Compute", "supplies", "Aurelith AI") in found
    assert {("Marlowe Harbor Capital Management", "lends_to", "Stratohm Compute"), ("Thornmere Credit Partners", "lends_to", "Stratohm Compute"),
            ("Pellworth Equipment Finance", "lends_to", "Stratohm Compute")} <= found, found
    assert {("Marlowe Harbor Capital Management", "lends_to", "Stratohm Asset Co. I"),
            ("Thornmere Credit Partners", "lends_to", "Stratohm Asset Co. I")} <= found
    assert not any(rel == "lends_to" and "Marlowe" in s and "Thornmere" in t for s, rel, t in found)
    assert ("Stratohm Compute", "partners_with", "GridMark Compute Exchange") in found
    assert ("Trellium Memory", "supplies", "Stratohm Compute") in found
    assert ("Kestrel Wafer", "supplies", "Stratohm Compute") in found
    assert ("Pellworth Equipment Finance", "lends_to", "Stratohm Asset Co. I") not in found  # the prose line is no table row


def test_a_newsletter_s_checks_spending_and_a_stake_in_a_customer(extractor: RuleExtractor) -> None:
    assert ("Corvane Semiconductor", "invests_in", "Aurelith AI", "Corvane Semiconductor", "Aurelith AI") in links(
        extractor, "In September, Corvane Semiconductor wrote a $1.5 billion check into Aurelith AI's Series E.")
    assert ("Nimbara Cloud", "supplies", "Aurelith AI", "Aurelith AI", "Nimbara Cloud") in links(
        extractor, "Aurelith AI has also committed to spend $9 billion on Nimbara Cloud over six years.")
    assert ("Yunqu Computing", "owns_stake_in", "Shenche Intelligence", "Yunqu Computing", "Shenche Intelligence") in links(
        extractor, "Its largest customer is Shenche Intelligence, a model lab in which Yunqu Computing also holds a 12.5% stake.")


def test_an_agent_lends_nothing_a_sentence_ends_a_name_and_a_role_alias_is_no_company(extractor: RuleExtractor) -> None:
    eight_k = Document(id="e1", source="/docs/8k.html", title="8-K", company="Corvane Compute", doc_type="8-K")
    sentence = ("On March 3, 2025, Corvane Compute Funding II LLC (the “Borrower”), a wholly owned subsidiary of Corvane Compute Inc. "
                "(the “Company”), entered into a Credit Agreement with the lenders party thereto and Halloway National Bank, as administrative agent.")
    assert not any(r.relation == "lends_to" for r in extractor.from_sentence(sentence, eight_k, 1, True))
    mentions = extractor.entities.mentions("The Company has guaranteed the obligations under the DDTL Facility. Merrivale Guaranty Bank, N.A. "
                                           "serves as administrative agent.")
    assert [m.node for m in mentions] == ["Merrivale Guaranty Bank"]
    announcement = Document(id="e2", source="/docs/a.md", title="公告", company="川禾算力", doc_type="deal announcement")
    chunk = Chunk(id="e2-0", doc_id="e2", ordinal=0, page=None, text=(
        "川禾算力科技股份有限公司（以下简称“公司”或“乙方”）与衡羽智能科技有限公司签订《算力服务合同》。"
        "根据本合同，公司将向衡羽智能科技有限公司提供智能算力服务，合同含税总金额为17.64亿元。市场曾传出川禾算力有意收购北溟数据有限公司的消息。"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([chunk], announcement)}
    assert found == {("川禾算力科技", "supplies", "衡羽智能科技")}, found  # not 乙方, not the other way, no rumoured deal
    assert not any("乙方" in (s, t) for s, _, t in found) and not any(rel == "acquires" for _, rel, _ in found)


def test_a_reseller_a_lessor_a_round_s_leader_and_a_supplier_that_is_also_one(extractor: RuleExtractor) -> None:
    filing = Document(id="r1", source="/docs/10k.pdf", title="10-K", company="Ambergrist Compute", doc_type="10-K")
    assert ("Ambergrist Compute", "supplies", "Spanwright Exchange", "Spanwright Exchange", "Ambergrist Compute") in links(
        extractor, "Spanwright Exchange, Inc. (\"Spanwright\"), which resells our capacity to developers, accounted for 12% of revenue.", filing)
    assert ("Cairnhollow Digital Infrastructure", "supplies", "Ambergrist Compute", "Ambergrist Compute", "Cairnhollow Digital Infrastructure") in links(
        extractor, "Our largest lessor is Cairnhollow Digital Infrastructure, LP, from which we lease capacity at four campuses.", filing)
    assert ("Ferroquill Semiconductor", "invests_in", "Sorrelwick Labs", "Ferroquill Semiconductor", "Sorrelwick Labs") in links(
        extractor, "In September, Ferroquill Semiconductor led Sorrelwick Labs' $4 billion Series E.")
    assert ("阔力光子科技", "supplies", "澜穹智算科技", "澜穹智算科技", "阔力光子科技") in links(
        extractor, "与此同时，阔力光子科技有限公司还是澜穹智算科技有限公司的第二大供应商。")


def test_a_credit_memo_s_lender_group_a_round_s_participants_in_one_sentence(extractor: RuleExtractor) -> None:
    memo = Document(id="m1", source="/docs/memo.md", title="Credit memo", company="", doc_type="other")
    chunk = Chunk(id="m1-0", doc_id="m1", ordinal=0, page=None, kind="table", text="\n".join([
        "**Borrower:** Cairnhollow Oxbend Campus LLC",
        "The Borrower is a wholly owned, bankruptcy-remote subsidiary of Cairnhollow Digital Infrastructure, LP.",
        "| Lender | Commitment | Role |", "|---|---|---|",
        "| Banque Orsolande S.A. | $650m | Joint lead arranger |", "| Ysolde Credit Partners | $500m | Lender |",
        "| Other lenders (4) | $300m | Lenders |", "| **Total** | **$3,400m** | |"]))
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks([chunk], memo)}
    lent = {(s, a) for s, rel, t, a in found if rel == "lends_to" and t == "Cairnhollow Oxbend Campus"}
    assert lent == {("Banque Orsolande", "$650m"), ("Ysolde Credit Partners", "$500m")}, found
    assert ("Cairnhollow Oxbend Campus", "subsidiary_of", "Cairnhollow Digital Infrastructure", None) in found
    rounds = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_sentence(
        "今年10月，衡羽智能科技有限公司完成28亿元C轮融资，其中云岫国投有限公司出资10亿元领投，澜穹智算科技有限公司跟投。", DOC, 1, True)}
    assert rounds == {("云岫国投", "invests_in", "衡羽智能科技", "10亿元"), ("澜穹智算科技", "invests_in", "衡羽智能科技", None)}


def test_chinese_and_english_names_spelled_alike_are_one_company() -> None:
    from analyst.graph.build import spelled_alike

    names = {"川禾算力", "Chuanhe Compute", "衡羽智能", "Hengyu Intelligence", "恒昱电力", "Hengyu Power", "Quorlith Photonics", "长河基金"}
    pairs = set(spelled_alike(names, default_lexicon()))
    assert pairs == {("川禾算力", "Chuanhe Compute"), ("衡羽智能", "Hengyu Intelligence"), ("恒昱电力", "Hengyu Power")}
    # the same reading with two English companies and no word to tell them apart stays apart
    assert spelled_alike({"衡羽科技", "Hengyu Power", "Hengyu Intelligence"}, default_lexicon()) == []


def test_chinese_names_a_deal_puts_once_a_round_joined_a_loan_contract_and_a_topic_lent_to(extractor: RuleExtractor) -> None:
    from analyst.graph.entities import zh_names

    article = ("去年底，川禾算力以3.2亿元收购鹤汀数据70%股权。川禾算力很忙。今年9月，阔力光电与芯垣科技宣布共建联合实验室。阔力光电很大。"
               "为了买卡，该公司主要依靠银行：宁川银行给了18亿元授信。海澄融资租赁向其发放了6亿元贷款。")
    names = zh_names(article, default_lexicon())
    assert {"鹤汀数据", "芯垣科技", "海澄融资租赁", "宁川银行"} <= set(names) and "主要依靠银行" not in names, names
    finder = RuleExtractor(default_lexicon(), names)
    assert ("阔力光电", "partners_with", "芯垣科技", None, None) in links(finder, "今年9月，阔力光电与芯垣科技宣布共建联合实验室。")
    assert ("鹤汀数据", "川禾算力") in {(t, s) for s, rel, t, _, _ in links(finder, "去年底，川禾算力以3.2亿元收购鹤汀数据70%股权。") if rel == "acquires"}
    assert ("长河基金", "invests_in", "星衡算力科技", "长河基金", "星衡算力科技") in links(
        RuleExtractor(default_lexicon(), {"长河基金": "长河基金"}), "股权融资方面，长河基金参与了星衡算力科技有限公司今年的定增，认购金额4亿元。")
    assert ("东沂银行", "lends_to", "澜衢智算科技", "东沂银行", "澜衢智算科技") in links(
        RuleExtractor(default_lexicon(), {"东沂银行": "东沂银行"}), "控股子公司澜衢智算科技有限公司与东沂银行宁波分行签订项目贷款合同，贷款金额24亿元。")
    # 其 after 向 is the sentence's topic, not the lessor that gives
    topic = RuleExtractor(default_lexicon(), {"智汇云算": "智汇云算", "海澄融资租赁": "海澄融资租赁"})
    sentence = "规模较小的智汇云算选择了另一条路：海澄融资租赁以其持有的2,000台GPU服务器作抵押，向其发放了6亿元贷款。"
    found = topic.from_sentence(sentence, DOC, 1, False, topic.sentence_mentions(sentence, DOC, False))
    assert {(r.source, r.relation, r.target, r.amount) for r in found} == {("海澄融资租赁", "lends_to", "智汇云算", "6亿元")}


def test_a_commitment_to_a_round_in_words_and_a_placement_taken_part_in(extractor: RuleExtractor) -> None:
    call = Document(id="c9", source="/docs/call.txt", title="Q3 call", company="Veridian Systems", doc_type="call transcript")
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_sentence(
        "During the quarter we committed two billion dollars to Lumeric Labs' Series E, and we participated in Corvane Compute's "
        "private placement with $350 million.", call, 1, True)}
    assert found == {("Veridian Systems", "invests_in", "Lumeric Labs", "two billion dollars"),
                     ("Veridian Systems", "invests_in", "Corvane Compute", "$350 million")}, found


def test_a_release_quoting_another_company_s_officer_reads_our_as_that_company(extractor: RuleExtractor) -> None:
    release = Document(id="r5", source="/docs/release.md", title="Bluefell closes financing", company="Bluefell Digital",
                       doc_type="deal announcement")
    chunk = Chunk(id="r5-0", doc_id="r5", ordinal=0, page=None, kind="text", text="\n".join([
        "Nimbara, Inc. has signed a 15-year lease with Bluefell Digital.",
        "\"The campus lets us deliver on our multi-year compute agreement with Aurelith AI,\" said Tomasz Everly, Senior Vice "
        "President, Global Infrastructure at Nimbara.",
        "\"We signed a supply agreement with Corvane Semiconductor,\" said Renata Osei, Chief Executive Officer of Bluefell Digital."]))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([chunk], release)}
    assert ("Nimbara", "partners_with", "Aurelith AI") in found or ("Nimbara", "supplies", "Aurelith AI") in found, found
    assert not any("Aurelith AI" in (s, t) and "Bluefell Digital" in (s, t) for s, _, t in found), found
    assert any({s, t} == {"Bluefell Digital", "Corvane Semiconductor"} for s, _, t in found), found


def test_a_fund_s_limited_partners_its_credit_line_and_a_round_told_over_a_paragraph(extractor: RuleExtractor) -> None:
    release = Document(id="g2", source="/docs/fund.md", title="Final close", company="Tallow Ridge Capital Partners", doc_type="deal announcement")
    chunk = Chunk(id="g2-0", doc_id="g2", ordinal=0, page=None, kind="text", text="\n".join([
        "Tallow Ridge Capital Partners, LLC today announced the final close of Tallow Ridge Compute Credit Fund III, L.P. (\"Fund III\").",
        "Limited partners in Fund III include the Ostrava Investment Authority, which committed $750 million.",
        "Keld Pension Holdings, LLC returned as a limited partner in Fund III with a $500 million commitment.",
        "Tallow Ridge Capital Partners and its employees committed an additional $150 million to Fund III.",
        "Wexley Bank, N.A. provided Fund III with a $1 billion subscription credit facility."]))
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks([chunk], release)}
    fund = "Tallow Ridge Compute Credit Fund III"  # a six-word name stays whole
    assert {("Ostrava Investment Authority", "invests_in", fund, "$750 million"), ("Keld Pension Holdings", "invests_in", fund, "$500 million"),
            ("Tallow Ridge Capital Partners", "invests_in", fund, "$150 million"), ("Wexley Bank", "lends_to", fund, "$1 billion")} <= found, found
    news = Document(id="n7", source="/docs/ledger.md", title="The loop", company="", doc_type="news")
    chunk = Chunk(id="n7-0", doc_id="n7", ordinal=0, page=None, kind="text", text="\n".join([
        "Brisk Labs, Inc. finalized its $7 billion Series F this week.",
        "The round was led by the Ostrava Investment Authority, which put in two billion dollars. Orvelle Semiconductor, Inc., the chip "
        "maker, contributed $1.5 billion, most of it funded in August. Kestrel Memory Co., Ltd., the HBM maker, added $300 million.",
        "Alongside the investment, Orvelle Semiconductor and Brisk Labs signed a multi-year agreement to co-design future accelerators.",
        "By comparison, Moonbay AI, Inc. raised roughly US$420 million in its latest round.",
        "The Ostrava Investment Authority has been busy. Its digital arm, Ostrava Digital, Inc., agreed to pay $1.05 billion for a 35% "
        "stake in Cedar Works, Inc.",
        "An analyst argued that Brisk Labs could just as easily rent capacity from Orrin Compute, Inc. if pricing turned."]))
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks([chunk], news)}
    assert {("Ostrava Investment Authority", "invests_in", "Brisk Labs", "two billion dollars"),
            ("Orvelle Semiconductor", "invests_in", "Brisk Labs", "$1.5 billion"), ("Kestrel Memory", "invests_in", "Brisk Labs", "$300 million"),
            ("Orvelle Semiconductor", "partners_with", "Brisk Labs", None), ("Ostrava Digital", "invests_in", "Cedar Works", "$1.05 billion")} <= found, found
    # a name's own words ("Investment") are no deal words, and a hypothetical rental is no supply
    assert not any(t == "Moonbay AI" and s == "Ostrava Investment Authority" for s, _, t, _ in found), found
    assert not any("Orrin Compute" in (s, t) for s, _, t, _ in found), found


def test_a_filer_s_largest_customer_and_a_customer_described_in_passing(extractor: RuleExtractor) -> None:
    filing = Document(id="q2", source="/docs/10q.pdf", title="10-Q", company="Orvelle Semiconductor", doc_type="10-Q")
    assert ("Orvelle Semiconductor", "supplies", "Nimbara Systems", "Nimbara Systems", "Orvelle Semiconductor") in links(
        extractor, "Sales to Nimbara Systems, Inc., a server manufacturer that integrates our accelerators into rack-scale systems, "
                   "accounted for 12% of total revenue.", filing)
    call = Document(id="c4", source="/docs/call.txt", title="Q3 call", company="Helixgrid Cloud", doc_type="call transcript")
    assert ("Helixgrid Cloud", "supplies", "Brisk Labs", "Brisk Labs", "Helixgrid Cloud") in links(
        extractor, "Our largest customer remains Brisk Labs, Inc., and total contracted value grew again.", call)


def test_a_prospectus_speaks_as_the_issuer_and_a_denied_holding_is_no_stake(extractor: RuleExtractor) -> None:
    prospectus = Document(id="p1", source="/docs/zhaogu.md", title="招股说明书", company="澄岭智算科技", doc_type="prospectus")
    finder = RuleExtractor(default_lexicon(), {"深言智能": "深言智能", "江泰银行": "江泰银行"})
    assert ("江泰银行", "lends_to", "澄岭智算科技", "江泰银行", "澄岭智算科技") in links(
        finder, "截至2025年6月30日，发行人以GPU服务器等算力设备作抵押，向江泰银行中卫分行借入三年期长期借款6亿元。", prospectus)
    assert links(finder, "发行人与深言智能不存在关联关系，深言智能亦未持有发行人股份。", prospectus) == set()


def test_a_borrower_defined_without_quotes_its_lenders_commitments_and_money_put_in(extractor: RuleExtractor) -> None:
    note = Document(id="n9", source="/docs/note.txt", title="Rating note", company="", doc_type="other")
    chunk = Chunk(id="n9-0", doc_id="n9", ordinal=0, page=None, kind="text", text="\n".join([
        "Tarn GPU Funding I LLC (the Borrower) is a special-purpose subsidiary of Tarn Cloud Holdings Ltd.",
        "Whitmore Capital Partners, the lead lender, has committed $1.9 billion to the Borrower. Calder Bank plc holds the remaining "
        "$400 million commitment.",
        "Start with Aurelian Semiconductor, Inc. In September it agreed to put $3 billion into Northlight AI, Inc.",
        "Cobalt Systems, Inc. paid roughly half a billion dollars last quarter for a minority stake in Ironbridge Data Centers, LLC.",
        "This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995 "
        "about Northlight AI, Inc. and Aurelian Semiconductor, Inc.",
        "Qingchuan Technology Co., Ltd., which is listed on the STAR Market of the Shanghai Stock Exchange, assembles the servers of "
        "Tarn Cloud Holdings Ltd."]))
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks([chunk], note)}
    assert {("Whitmore Capital Partners", "lends_to", "Tarn GPU Funding I", "$1.9 billion"), ("Calder Bank", "lends_to", "Tarn GPU Funding I", "$400 million"),
            ("Aurelian Semiconductor", "invests_in", "Northlight AI", "$3 billion"),
            ("Cobalt Systems", "invests_in", "Ironbridge Data Centers", "half a billion dollars")} <= found, found
    assert not any(rel == "invests_in" and "Whitmore" in s for s, rel, _, _ in found), found  # a lender's commitment is a loan
    assert not any("Private Securities" in (s + t) or "Stock Exchange" in (s + t) for s, _, t, _ in found), found
    assert not any(rel == "invests_in" and "Qingchuan" in (s + t) for s, rel, t, _ in found), found  # "Stock Exchange" sells no stock
    call = Document(id="c5", source="/docs/call.txt", title="Q3 call", company="Aurelian Semiconductor", doc_type="call transcript")
    assert ("Aurelian Semiconductor", "supplies", "Cobalt Systems", "Cobalt Systems", "Aurelian Semiconductor") in links(
        extractor, "Cobalt Systems, Inc. was again our largest customer, accounting for roughly 22% of data center revenue.", call)


def test_a_supplier_table_whose_header_names_what_was_bought(extractor: RuleExtractor) -> None:
    filing = Document(id="f9", source="/docs/20f.pdf", title="20-F", company="Tarn Cloud", doc_type="20-F")
    chunk = Chunk(id="f9-0", doc_id="f9", ordinal=0, page=1, kind="table", text="\n".join([
        "Supplier Products and services Purchases in 2025 (US$ millions)",
        "Qingchuan Technology Co., Ltd. GPU servers and rack integration 1,386.2",
        "Tessellate Networks, Inc. Switching and optical interconnect 126.4"]))
    found = {(r.source, r.relation, r.target) for r in extractor.role_lists(chunk, filing)}
    assert found == {("Qingchuan Technology", "supplies", "Tarn Cloud"), ("Tessellate Networks", "supplies", "Tarn Cloud")}


def test_chinese_a_follower_in_the_next_sentence_a_supplier_a_second_shareholder_and_a_fund_s_partners(extractor: RuleExtractor) -> None:
    news = Document(id="z3", source="/docs/caijing.md", title="融资", company="", doc_type="news")
    names = {n: n for n in ("月湾智能", "长川基金", "云峤智算", "蓝杉资本", "芯曜微电子", "国鼎基金二期", "东岚基金", "东岚国投", "擎川科技", "江泰银行")}
    finder = RuleExtractor(default_lexicon(), names)
    chunk = Chunk(id="z3-0", doc_id="z3", ordinal=0, page=None, kind="text", text="\n".join([
        "国内大模型公司月湾智能宣布完成30亿元C轮融资。月湾智能本轮融资由长川基金领投10亿元。A股智算服务商云峤智算跟投6亿元，持股比例约12%。"
        "老股东蓝杉资本此次继续加注月湾智能，但未披露具体金额。",
        "值得注意的是，云峤智算同时也是月湾智能最大的算力供应商。芯曜微电子的第二大股东为国鼎基金二期。",
        "东岚基金的出资人中既有东岚国投，也有服务器厂商擎川科技。与此同时，云峤智算以其持有的约4000台GPU服务器作抵押，获得江泰银行6亿元三年期贷款。",
        "擎川科技的海外订单同样来自算力云厂商：11月，该公司与美国GPU云厂商Halcyon Cloud Inc.签订了一笔约9600万美元的液冷服务器订单。"]))
    found = {(r.source, r.relation, r.target, r.amount) for r in finder.from_chunks([chunk], news)}
    assert {("长川基金", "invests_in", "月湾智能", "10亿元"), ("云峤智算", "invests_in", "月湾智能", "6亿元"), ("蓝杉资本", "invests_in", "月湾智能", None),
            ("云峤智算", "supplies", "月湾智能", None), ("国鼎基金二期", "owns_stake_in", "芯曜微电子", None),
            ("东岚国投", "owns_stake_in", "东岚基金", None), ("擎川科技", "owns_stake_in", "东岚基金", None),
            ("江泰银行", "lends_to", "云峤智算", "6亿元"), ("擎川科技", "supplies", "Halcyon Cloud", "9600万美元")} <= found, found
    announcement = Document(id="z4", source="/docs/gonggao.md", title="公告", company="擎川科技", doc_type="deal announcement")
    assert ("东岚国投", "owns_stake_in", "擎川科技", "东岚国投", "擎川科技") in links(finder, "截至本公告披露日，东岚国投持有公司18.40%的股份，为公司第一大股东。", announcement)


def test_a_filer_s_supplier_for_its_product_its_facility_with_a_bank_and_an_aside_that_denies_only_itself(extractor: RuleExtractor) -> None:
    filing = Document(id="q3", source="/docs/10q.pdf", title="10-Q", company="Corvane Semiconductor", doc_type="10-Q")
    assert ("Kestrel Memory", "supplies", "Corvane Semiconductor", "Corvane Semiconductor", "Kestrel Memory") in links(
        extractor, "Under a long-term supply agreement, Kestrel Memory Co., Ltd. supplies high-bandwidth memory (HBM) stacks for the Orion X9.", filing)
    assert ("Northfield Bank", "lends_to", "Corvane Semiconductor", "Northfield Bank", "Corvane Semiconductor") in links(
        extractor, "We have a $3.0 billion unsecured revolving credit facility with Northfield Bank, N.A., as lender and administrative agent.", filing)
    assert ("Larkspur Ventures", "owns_stake_in", "Northlight AI", "Larkspur Ventures", "Northlight AI") in links(
        extractor, "Larkspur Ventures, L.P., which did not take part in the Series F, remains the largest outside shareholder of Northlight AI, Inc.")


def test_an_8k_s_purchase_agreement_its_lease_back_and_initial_lenders_respectively(extractor: RuleExtractor) -> None:
    filing = Document(id="k8", source="/docs/8k.html", title="8-K", company="Meridale Realty Trust", doc_type="8-K")
    chunk = Chunk(id="k8-0", doc_id="k8", ordinal=0, page=None, kind="text", text="\n".join([
        "On February 9, 2026, Meridale Realty Trust, Inc. (the “Company”), through Meridale Realty, L.P., its operating partnership "
        "(the “Operating Partnership”), entered into a Membership Interest Purchase Agreement with Orison Compute, Inc. (“Orison”) to "
        "acquire all of the outstanding membership interests of Redline Data Centers LLC (“Redline”), a wholly owned subsidiary of "
        "Orison, for a purchase price of $900 million in cash.",
        "At closing, the Company will lease all three buildings back to Orison under a 15-year master lease.",
        "On February 9, 2026, the Operating Partnership, as borrower (the “Borrower”), entered into a Term Loan Agreement with Granite "
        "Harbor Bank, N.A., as administrative agent (the “Administrative Agent”), and the lenders from time to time party thereto, "
        "providing for a term loan facility of $1.25 billion. Granite Harbor Bank, N.A. and Northfield Trust Company are the initial "
        "Lenders, having committed $750 million and $500 million, respectively."]))
    reader = RuleExtractor(default_lexicon(), extractor.document_terms(chunk.text, filing.company))  # as the graph build reads a document
    found = {(r.source, r.relation, r.target, r.amount) for r in reader.from_chunks([chunk], filing)}
    assert ("Meridale Realty Trust", "acquires", "Redline Data Centers") in {(s, rel, t) for s, rel, t, _ in found}, found
    assert {("Meridale Realty", "subsidiary_of", "Meridale Realty Trust", None),
            ("Redline Data Centers", "subsidiary_of", "Orison Compute", None), ("Meridale Realty Trust", "supplies", "Orison Compute", None),
            ("Granite Harbor Bank", "lends_to", "Meridale Realty", "$750 million"), ("Northfield Trust Company", "lends_to", "Meridale Realty", "$500 million")} <= found, found
    assert not any(rel in {"acquires", "supplies"} and s == "Orison Compute" for s, rel, _, _ in found), found  # the seller buys nothing
    assert not any(rel == "lends_to" and s == "Granite Harbor Bank" and a is None for s, rel, _, a in found), found  # the agent's line lends nothing


def test_no_equity_a_conditional_a_competing_product_power_drawn_and_a_prepayment(extractor: RuleExtractor) -> None:
    call = Document(id="c6", source="/docs/call.txt", title="Q2 call", company="Nimbus Cloud", doc_type="call transcript")
    assert links(extractor, "What I can tell you is that we have no investment in Halcyon Labs, Inc. today.", call) == set()
    assert links(extractor, "To be clear, we hold no equity in Stratohm Compute, Inc.", call) == set()
    assert links(extractor, "If Halcyon Labs, Inc. were to reduce its consumption, shift workloads to Stratoline Cloud, Inc. or to others, "
                            "our revenue would fall.", call) == set()
    assert links(extractor, "Although Arcwell Micro Devices, Inc. offers competing accelerators, we have not qualified Arcwell Micro Devices, Inc. "
                            "products.", call) == set()
    assert ("Caldera Power & Light Company", "supplies", "Nimbus Cloud", "Nimbus Cloud", "Caldera Power & Light Company") in links(
        extractor, "Our new Red Mesa region will draw power from Caldera Power & Light Company under a 20-year agreement.", call)
    assert ("Kestrel Semiconductor", "supplies", "Nimbus Cloud", "Nimbus Cloud", "Kestrel Semiconductor") in links(
        extractor, "We made a prepayment of $3 billion to Kestrel Semiconductor, Inc. during the quarter for its next-generation K9 accelerators.", call)
    finder = RuleExtractor(default_lexicon(), {"星河算力": "星河算力", "鲲澜光电": "鲲澜光电", "江城基金": "江城基金"})
    assert ("鲲澜光电", "supplies", "星河算力", "星河算力", "鲲澜光电") in links(finder, "值得注意的是，星河算力的光模块供应商鲲澜光电也在扩产。")
    assert ("鲲澜光电", "owns_stake_in", "江城基金", "鲲澜光电", "江城基金") in links(finder, "江城基金的有限合伙人之一正是鲲澜光电。")
    # a name that only describes the holder ("星河算力的光模块供应商鲲澜光电") is no partner of the fund and sells it nothing
    assert {(s, rel, t) for s, rel, t, _, _ in links(finder, "江城基金的有限合伙人之一正是星河算力的光模块供应商鲲澜光电。")} == {
        ("鲲澜光电", "owns_stake_in", "江城基金"), ("鲲澜光电", "supplies", "星河算力")}


def test_a_known_name_without_its_form_an_issuer_named_in_apposition_and_a_sentence_in_a_subsidiary_section() -> None:
    from analyst.graph.entities import known_names

    assert known_names("We draw power from Caldera Power & Light under a 20-year agreement.", ["Caldera Power & Light Company"],
                       default_lexicon()).get("Caldera Power & Light") == "Caldera Power & Light Company"
    reader = RuleExtractor(default_lexicon())
    note = Document(id="r8", source="/docs/presale.md", title="Presale Report", company="Stratoline Cloud", doc_type="news")
    chunk = Chunk(id="r8-0", doc_id="r8", ordinal=0, page=None, kind="text", text="\n".join([
        "Quillon Ratings rates the notes.",
        "The issuer, Stratoline GPU Funding 2026-1 LLC, is a bankruptcy-remote special-purpose subsidiary of Stratoline Cloud, Inc.",
        "Lakemont Securities LLC is the structuring agent and will not hold any of the notes."]))
    found = {(r.source, r.relation, r.target) for r in reader.from_chunks([chunk], note)}
    assert found == {("Stratoline GPU Funding 2026-1", "subsidiary_of", "Stratoline Cloud")}, found


def test_compute_bought_by_running_on_a_cloud_spending_committed_a_largest_lessee_and_a_company_sold(extractor: RuleExtractor) -> None:
    assert ("Nimbus Cloud", "supplies", "Vireo AI", "Vireo AI", "Nimbus Cloud") in links(
        extractor, "Vireo AI, Inc. signed an expanded agreement to run both training and inference on Nimbus Cloud, Inc. through 2030.")
    assert ("Nimbus Cloud", "supplies", "Vireo AI", "Vireo AI", "Nimbus Cloud") in links(
        extractor, "Vireo AI, Inc., for its part, has committed about $6 billion of spending to Nimbus Cloud, Inc. through 2030.")
    assert ("Stratoline Cloud", "supplies", "Vireo AI", "Vireo AI", "Stratoline Cloud") in links(
        extractor, "Vireo AI, Inc. is the largest lessee of Stratoline Cloud, Inc. capacity, accounting for 41% of contracted revenue.")
    filing = Document(id="k9", source="/docs/10k.pdf", title="10-K", company="Orison Compute", doc_type="10-K")
    assert not any(rel == "supplies" for _, rel, _, _, _ in links(
        extractor, "On February 9, 2026, the Company agreed to sell Redline Data Centers LLC, which owns our Tallgrass campus.", filing))


def test_a_one_word_company_other_documents_linked_a_largest_customer_a_prepayment_and_a_ppa() -> None:
    from analyst.graph.entities import known_names

    text = "In January, Veltrix put $2 billion into Parallax AI's Series E. Kestrel Cloud is Veltrix's largest customer."
    assert known_names(text, {"Veltrix": 4, "Parallax AI": 2}, default_lexicon()).get("Veltrix") == "Veltrix"
    assert "Veltrix" not in known_names(text, {"Veltrix": 1}, default_lexicon())  # one link elsewhere is not enough for a bare word
    reader = RuleExtractor(default_lexicon(), {"Veltrix": "Veltrix", "Parallax AI": "Parallax AI", "Kestrel Cloud": "Kestrel Cloud",
                                               "Hanseong Memory": "Hanseong Memory", "Sunmere Energy": "Sunmere Energy"})
    assert ("Veltrix", "supplies", "Kestrel Cloud", "Kestrel Cloud", "Veltrix") in links(reader, "Kestrel Cloud is Veltrix's largest customer.")
    assert ("Hanseong Memory", "supplies", "Veltrix", "Veltrix", "Hanseong Memory") in links(
        reader, "Veltrix has agreed to prepay Hanseong Memory $3.2 billion for HBM4E.")
    assert ("Sunmere Energy", "supplies", "Kestrel Cloud", "Kestrel Cloud", "Sunmere Energy") in links(
        reader, "Sunmere Energy signed a 20-year, 1.1-gigawatt PPA with Kestrel Cloud in November.")


def test_a_defined_abbreviation_keeps_the_whole_name() -> None:
    text = ('Gridline Clearing Corp. ("GCC"), a wholly owned subsidiary of Gridline Compute Exchange, Inc. ("GCX"), is the central '
            "counterparty for all GCX futures. Bastion Clearing & Custody Ltd. joined as a Clearing Member. Exchange Members were told.")
    terms = RuleExtractor(default_lexicon()).document_terms(text, "")
    assert (terms["GCC"], terms["GCX"]) == ("Gridline Clearing", "Gridline Compute Exchange"), terms


def test_a_call_s_hardware_a_renewal_a_bankruptcy_remote_unit_and_chinese_shareholders_revenue_and_subsidiaries(extractor: RuleExtractor) -> None:
    call = Document(id="c7", source="/docs/call.txt", title="Q4 call", company="Tessellate Compute", doc_type="call transcript")
    assert ("Corvane Semiconductor", "supplies", "Tessellate Compute", "Tessellate Compute", "Corvane Semiconductor") in links(
        extractor, "Every one of our new halls also runs Corvane Semiconductor, Inc. switch silicon at the spine and leaf layers.", call)
    assert ("Tessellate Compute", "supplies", "Parallax AI", "Parallax AI", "Tessellate Compute") in links(
        extractor, "In December we signed a five-year, $4.2 billion expansion with Parallax AI, Inc.", call)
    assert ("Tessellate Compute Funding II", "subsidiary_of", "Tessellate Compute", None, None) in links(
        extractor, "In January, Tessellate Compute Funding II LLC, a bankruptcy-remote subsidiary, closed a $2.3 billion loan.", call)
    assert not any("San Jose" in (s + t) for s, _, t, _, _ in links(
        extractor, "We also lease office and laboratory space in San Jose, Haifa and Singapore under operating leases.", call))
    assert links(extractor, "Ardent Systems, Inc., notably, buys almost no Veltrix Corporation GPUs.") == set()
    finder = RuleExtractor(default_lexicon(), {"Corvane": "Corvane", "澜芯光电": "澜芯光电", "临澜产投": "临澜产投", "云岚智算": "云岚智算",
                                               "Kestrel Cloud": "Kestrel Cloud", "凌霜液冷": "凌霜液冷"})
    assert ("Corvane", "owns_stake_in", "澜芯光电", "Corvane", "澜芯光电") in links(finder, "Corvane同时是澜芯光电的第三大股东，持股约6.5%。")
    assert ("临澜产投", "owns_stake_in", "云岚智算", "临澜产投", "云岚智算") in links(finder, "值得注意的是，临澜产投同时是云岚智算的控股股东，持股23.41%。")
    assert ("澜芯光电", "supplies", "Kestrel Cloud", "Kestrel Cloud", "澜芯光电") in links(finder, "澜芯光电2025年约四成营收来自北美云厂商Kestrel Cloud。")
    assert ("凌霜液冷", "supplies", "云岚智算", "云岚智算", "凌霜液冷") in links(finder, "云岚智算临澜二期项目采用了凌霜液冷的冷板式液冷方案。")
    assert not any("美国芯片" in (s + t) for s, _, t, _, _ in links(finder, "澜芯光电的DSP芯片则主要向美国芯片公司Corvane采购。"))
    report = Document(id="a9", source="/docs/nianbao.pdf", title="年度报告", company="云岚智算", doc_type="annual report")
    assert ("临澜数据集团", "subsidiary_of", "临澜产投", None, None) in links(
        finder, "临澜数据集团有限公司为公司控股股东临澜产投的全资子公司，构成公司关联方。", report)


def test_a_speaker_s_name_is_no_party_to_what_they_say(extractor: RuleExtractor) -> None:
    call = Document(id="c8", source="/docs/call.txt", title="Q4 call", company="Tessellate Compute", doc_type="call transcript")
    chunk = Chunk(id="c8-0", doc_id="c8", ordinal=0, page=None, kind="turn", speaker="Rafael Osei",
                  text="Rafael Osei: It's physically delivered, so if we sell a forward block we deliver the hours to Parallax AI, Inc.")
    known = RuleExtractor(default_lexicon(), {"Rafael Osei": "Rafael Osei"})  # as when another document's names make it a known name
    assert not any("Rafael" in (r.source + r.target) for r in known.from_chunks([chunk], call))


def test_money_committed_to_a_cloud_over_years_buys_compute(extractor: RuleExtractor) -> None:
    assert ("Kestrel Cloud", "supplies", "Parallax AI", "Parallax AI", "Kestrel Cloud") in links(
        extractor, "Parallax AI, Inc. committed $30 billion to Kestrel Cloud, Inc. over five years.")
    assert not any(rel == "invests_in" for _, rel, _, _, _ in links(extractor, "Parallax AI, Inc. committed $30 billion to Kestrel Cloud, Inc. over five years."))


def test_a_known_first_word_in_chinese_text_reliance_on_a_supplier_and_a_possessive_before_the_parent(extractor: RuleExtractor) -> None:
    from analyst.graph.entities import known_names

    assert known_names("其DSP芯片主要向美国芯片公司Orvane采购。", {"Orvane Semiconductor": 3}, default_lexicon()) == {"Orvane": "Orvane Semiconductor"}
    filer = Document(id="k1", source="/docs/10k.pdf", title="10-K", company="Orvane Semiconductor", doc_type="10-K")
    assert ("Mitsuka Substrate", "supplies", "Orvane Semiconductor", "Orvane Semiconductor", "Mitsuka Substrate") in links(
        extractor, "We rely on Mitsuka Substrate K.K., based in Osaka, Japan, for substantially all of the substrates used in our products.", filer)
    assert ("Orvane Semiconductor", "supplies", "Brightwell Cloud", "Brightwell Cloud", "Orvane Semiconductor") in links(
        extractor, "We depend on Brightwell Cloud, Inc. for 24% of our revenue.", filer)
    assert links(extractor, "We rely on Northgate Bank, N.A. for financing.", filer) == set()
    assert ("Daeyang Advanced Packaging", "subsidiary_of", "Daeyang Memory", None, None) in links(
        extractor, "Daeyang Advanced Packaging Co., Ltd. operates Daeyang Memory Co., Ltd.'s interposer lines and will remain a consolidated "
                   "subsidiary of Daeyang Memory Co., Ltd. after the transaction.")


def test_members_of_an_exchange_a_hedged_commitment_and_role_words_that_are_no_names(extractor: RuleExtractor) -> None:
    notice = Document(id="n1", source="/docs/notice.md", title="Member notice", company="Ridgeline Clearing", doc_type="other")
    found = links(extractor, "Effective 2 March 2026, Ashgrove Securities LLC and Calloway Custody Ltd. have been admitted as Clearing Members of "
                             "Ridgeline Clearing Corp.", notice)
    assert {("Ashgrove Securities", "partners_with", "Ridgeline Clearing", None, None),
            ("Calloway Custody", "partners_with", "Ridgeline Clearing", None, None)} <= found
    assert ("Tollan Compute Holdings", "partners_with", "Ridgeline Clearing", None, None) in links(
        extractor, "Tollan Compute Holdings, Inc. has signed a capacity-provider agreement with Ridgeline Clearing Corp.", notice)
    call = Document(id="c9", source="/docs/call.txt", title="Q4 call", company="Tollan Compute", doc_type="call transcript")
    assert ("Tollan Compute", "partners_with", "Ridgeline Compute Exchange", None, None) in links(
        extractor, "We're a founding capacity provider on Ridgeline Compute Exchange, Inc., and we'll list forward blocks there.", call)
    assert ("Brightwell Cloud", "supplies", "Quillon AI", "Quillon AI", "Brightwell Cloud") in links(
        extractor, "Quillon AI, Inc. just committed something like $30 billion to Brightwell Cloud, Inc. over five years.")
    text = ("To: All Exchange Members, Clearing Members and Market Participants. From: Market Operations. Clearing Members were told. "
            "Market Operations will call. Ashgrove Securities LLC joined.")
    terms = RuleExtractor(default_lexicon()).document_terms(text, "")
    assert not {"Clearing Members", "Market Operations", "Market Participants"} & set(terms.values()), terms


def test_chinese_a_subsidiary_centre_s_bank_loan_a_target_s_holders_table_and_a_valuation_comparison(extractor: RuleExtractor) -> None:
    report = Document(id="a10", source="/docs/nianbao.pdf", title="年度报告", company="岚川智算", doc_type="annual report")
    assert ("青禾农村商业银行", "lends_to", "青禾智算中心", "青禾农村商业银行", "青禾智算中心") in {
        (r.source, r.relation, r.target, r.payer, r.payee)
        for r in _doc_links(extractor, "2025年9月，全资子公司青禾智算中心获得青禾农村商业银行项目贷款8亿元，期限十年。", report)}
    notice = Document(id="g1", source="/docs/gonggao.md", title="对外投资公告", company="澄光电子", doc_type="deal announcement")
    table = Chunk(id="g1-0", doc_id="g1", ordinal=0, page=None, kind="table",
                  text="本次增资前后，衡远智能主要股东持股情况如下：\n股东名称 | 增资前持股比例 | 增资后持股比例\n林远 | 38.50% | 31.92%\n"
                       "宁溪创业投资有限公司 | 4.00% | 3.32%\n澄光电子股份有限公司 | — | 2.10%\n其他股东 | 57.50% | 49.26%")
    lead = Chunk(id="g1-9", doc_id="g1", ordinal=9, page=None, text="公司拟以自有资金3亿元认购衡远智能科技有限公司（以下简称“衡远智能”）新增注册资本。")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([lead, table], notice)}
    assert ("宁溪创业投资", "owns_stake_in", "衡远智能") in found, found
    assert not any(t == "澄光电子" and rel == "owns_stake_in" for _, rel, t in found)  # the table's holders are the target's, not the announcer's
    uncaptioned = Chunk(id="g1-1", doc_id="g1", ordinal=1, page=None, kind="table", text=table.text.split("\n", 1)[1])
    assert not [r for r in extractor.from_chunks([lead, uncaptioned], notice) if r.relation == "owns_stake_in" and r.source != "澄光电子"]
    finder = RuleExtractor(default_lexicon(), {"星川算力": "星川算力", "Orvane": "Orvane Compute"})
    assert links(finder, "从估值看，星川算力当前市值约为Orvane的三分之一，但其算力租赁业务毛利率与后者接近。") == set()


def test_a_pdf_subsidiary_table_under_its_heading(extractor: RuleExtractor) -> None:
    filer = Document(id="k2", source="/docs/10k.pdf", title="10-K", company="Orvane Semiconductor", doc_type="10-K")
    table = Chunk(id="k2-0", doc_id="k2", ordinal=0, page=1, kind="table", section="Subsidiaries",
                  text="Name Jurisdiction Ownership\nOrvane Semiconductor (Singapore) Pte. Ltd. Singapore 100%\nLumabridge, Inc. Delaware 100%\n"
                       "Keel Photonics Ltd. Israel 35%")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([table], filer)}
    assert {("Orvane Semiconductor (Singapore)", "subsidiary_of", "Orvane Semiconductor"), ("Lumabridge", "subsidiary_of", "Orvane Semiconductor"),
            ("Orvane Semiconductor", "owns_stake_in", "Keel Photonics")} <= found, found


def test_a_loan_s_lenders_after_its_vehicle_borrowed_a_defined_facility_and_its_later_lenders(extractor: RuleExtractor) -> None:
    filing = Document(id="q1", source="/docs/10q.pdf", title="10-Q", company="Brightwell Cloud", doc_type="10-Q")
    text = ('On March 28, 2025, Brightwell Compute Funding I, LLC (the "Borrower"), a wholly owned special-purpose subsidiary of the Company, '
            'entered into a delayed draw term loan credit agreement (the "DDTL Facility") providing for up to $1.5 billion of borrowings. '
            "Quarry Ledger Capital, LP and Harlow National Bank are the lenders under the DDTL Facility, with commitments of $1.05 billion and "
            "$450 million, respectively. Corbel Trust Company, N.A. acts as administrative agent for Quarry Ledger Capital, LP and Harlow "
            "National Bank and has no commitment under the DDTL Facility.\n\n"
            "Note 9. Leases\n\nThe Company leases its offices.\n\nNote 12. Subsequent Events\n\n"
            "On October 27, 2025, the DDTL Facility was amended to increase total commitments to $2.3 billion. Quarry Ledger Capital, LP "
            "increased its commitment by $300 million, and Sahra Investment Authority joined as a new lender with a commitment of $500 million.")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, filing)}
    assert {("Quarry Ledger Capital", "lends_to", "Brightwell Compute Funding I", "$1.05 billion"),
            ("Harlow National Bank", "lends_to", "Brightwell Compute Funding I", "$450 million"),
            ("Sahra Investment Authority", "lends_to", "Brightwell Compute Funding I", "$500 million")} <= found, found
    assert not any(t in {"Brightwell Cloud", "Corbel Trust Company"} and rel == "lends_to" for _, rel, t, _ in found), found
    news = ("Brightwell Cloud has enlarged its GPU-backed loan to $2.3 billion. The borrower is Brightwell Compute Funding I LLC, a special-purpose "
            "subsidiary of Brightwell Cloud.\n\nQuarry Ledger Capital, the private-credit firm that arranged the original deal in March, is now "
            "lending $1.35 billion of the total. Harlow National Bank, the only bank in the group, kept its $450 million loan commitment "
            "unchanged. The newcomer is Sahra Investment Authority, which is lending half a billion dollars.")
    lent = {(r.source, r.target) for r in _doc_links(extractor, news, DOC) if r.relation == "lends_to"}
    assert {("Quarry Ledger Capital", "Brightwell Compute Funding I"), ("Harlow National Bank", "Brightwell Compute Funding I"),
            ("Sahra Investment Authority", "Brightwell Compute Funding I")} <= lent, lent


def test_a_call_s_qualification_shipments_a_contract_maker_a_buyer_of_new_shares_and_a_supplier_under_an_agreement(
        extractor: RuleExtractor) -> None:
    call = Document(id="c10", source="/docs/call.md", title="Q3 call", company="Prism Lattice", doc_type="call transcript")
    assert ("Prism Lattice", "supplies", "Meriden Cloud", "Meriden Cloud", "Prism Lattice") in links(
        extractor, "On the cloud side, Meriden Cloud, Inc. qualified our 800G DR8 module across three of its regions.", call)
    assert ("Prism Lattice", "supplies", "Kessel Cloud", "Kessel Cloud", "Prism Lattice") in links(
        extractor, "We also started volume shipments to Kessel Cloud, Inc., the neocloud, for its new campus.", call)
    assert ("Lumalink Photonics", "supplies", "Prism Lattice", "Prism Lattice", "Lumalink Photonics") in links(
        extractor, "Module assembly remains with Lumalink Photonics Co., Ltd., which builds the bulk of our 1.6T volume in Suzhou.", call)
    bought = links(extractor, "Our largest customer this quarter was Harwell Semiconductor Corp., which is buying our 1.6T transceivers.", call)
    assert ("Prism Lattice", "supplies", "Harwell Semiconductor", "Harwell Semiconductor", "Prism Lattice") in bought
    assert not any(rel == "acquires" for _, rel, _, _, _ in bought)
    filing = Document(id="k3", source="/docs/8k.html", title="8-K", company="Kessel Cloud", doc_type="8-K")
    assert ("Harwell Semiconductor", "invests_in", "Kessel Cloud", "Harwell Semiconductor", "Kessel Cloud") in links(
        extractor, "Pursuant to the Purchase Agreement, Harwell Semiconductor Corp. agreed to purchase 8,100,000 newly issued shares of the "
                   "Company's Class A common stock.", filing)
    assert ("Voltaire Grid Systems", "supplies", "Kessel Cloud", "Kessel Cloud", "Voltaire Grid Systems") in links(
        extractor, "The Company has entered into a power supply agreement under which Voltaire Grid Systems, Inc. will deliver and operate "
                   "fuel-cell generation at the Reno campus.", filing)
    assert links(extractor, "Factors that could cause actual results to differ include competition from Meriden Cloud, Inc. and Vire Compute, Inc.",
                 filing) == set()
    assert links(extractor, "Should Kessel Cloud, Inc. ever acquire Harwell Semiconductor Corp. outright, the clause would apply.") == set()
    assert links(extractor, "Corbel Loan Services LLC will act as administrative agent for Quarry Ledger Capital, LP and Sahra Capital LLC.") == set()
    assert ("Meriden Cloud", "supplies", "Lumenford AI", "Lumenford AI", "Meriden Cloud") in links(
        extractor, "Meriden Cloud, Inc. remains Lumenford AI, Inc.'s largest outside shareholder, with roughly 27%, and still rents it most of "
                   "the compute used for training.")


def test_traditional_chinese_is_read_and_given_back_as_written(extractor: RuleExtractor) -> None:
    from analyst.text import to_simplified

    assert to_simplified("韓城記憶體股份有限公司") == "韩城记忆体股份有限公司" and to_simplified("Kestrel") == "Kestrel"
    notice = Document(id="t1", source="/docs/mops.txt", title="重大訊息", company="高原先進封裝", doc_type="deal announcement")
    text = ("公司名稱：高原先進封裝（嘉義）股份有限公司（以下簡稱高原嘉義）\n\n與公司關係：高原嘉義為本公司持股100%之子公司。\n\n"
            "高原嘉義與寶山商業銀行等六家銀行簽訂聯合授信合約，授信總額度為新臺幣120億元。\n\n"
            "應募人為韓國記憶體大廠韓岳記憶體股份有限公司（Hanyue Memory Co., Ltd.），為本公司法人股東。\n\n"
            "韓岳記憶體本次認購總金額為新臺幣96億元。\n\n本次擴產所需ABF載板由華川基板供應。\n\n"
            "本公司與澄江封裝並無任何股權或業務往來，近日媒體報導雙方合作一事並非事實。")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, notice)}
    assert {("高原嘉義", "subsidiary_of", "高原先進封裝", None), ("寶山商業銀行", "lends_to", "高原嘉義", "新臺幣120億元"),
            ("韓岳記憶體", "invests_in", "高原先進封裝", "新臺幣96億元"), ("華川基板", "supplies", "高原先進封裝", None)} <= found, found
    assert not any("澄江" in s + t for s, _, t, _ in found)  # a denied tie
    quotes = {e.quote for r in _doc_links(extractor, text, notice) for e in r.evidence}
    assert "與公司關係：高原嘉義為本公司持股100%之子公司。" in quotes  # the quote as the document wrote it
    # a Taiwan filing's 韓岳記憶體 and a mainland article's 韩岳记忆体 are one node
    article = Document(id="t2", source="/docs/news.md", title="新闻", company="", doc_type="news")
    both = _doc_links(extractor, text, notice) + _doc_links(extractor, "云川智算科技有限公司向韩岳记忆体股份有限公司采购HBM颗粒。", article)
    nodes = {n.id for n in build_graph(both, default_lexicon()).nodes}
    assert "韩岳记忆体" in nodes and "韓岳記憶體" not in nodes, nodes


def test_chinese_a_round_s_owner_a_subscriber_a_limited_partner_and_a_subsidiary_table(extractor: RuleExtractor) -> None:
    notice = Document(id="g2", source="/docs/gonggao.txt", title="对外投资公告", company="华川电源", doc_type="deal announcement")
    text = ("公司拟以自有资金3,000万美元认购Voltaire Grid Systems, Inc.（以下简称“Voltaire Grid”或“标的公司”）发行的C轮优先股。"
            "标的公司本轮融资总额为2.6亿美元。本轮由Tessera Ventures LLC领投，Sahra Capital LLC等机构跟投。\n\n"
            "本次交易价格系参考标的公司本轮融资的投前估值5.4亿美元，与其他投资方的认购价格一致。")
    found = {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, notice)}
    assert {("Tessera Ventures", "invests_in", "Voltaire Grid Systems"), ("Sahra Capital", "invests_in", "Voltaire Grid Systems"),
            ("华川电源", "invests_in", "Voltaire Grid Systems")} <= found, found
    assert not any(t == "华川电源" and rel == "invests_in" for _, rel, t in found), found
    prospectus = Document(id="p1", source="/docs/zhaogu.pdf", title="招股说明书", company="澄江封装", doc_type="prospectus")
    assert ("澄江封装", "owns_stake_in", "湾川创投") in {(r.source, r.relation, r.target) for r in _doc_links(
        extractor, "发行人系苏州湾川创业投资合伙企业（有限合伙）（简称“湾川创投”）的有限合伙人。", prospectus)}
    table = Chunk(id="p1-0", doc_id="p1", ordinal=0, page=1, kind="table",
                  text="子公司名称 注册资本（万元） 持股比例 主营业务\n澄江封装（无锡）有限公司 50,000.00 100.00% 晶圆级封装及测试\n"
                       "澄江科技（香港）有限公司 6,800.00 100.00% 境外采购及销售")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([table], prospectus)}
    assert {("澄江封装（无锡）", "subsidiary_of", "澄江封装"), ("澄江科技（香港）", "subsidiary_of", "澄江封装")} <= found, found


def test_own_subsidiaries_named_by_country_or_ownership_a_paragraph_s_its_and_a_fund_manager_s_holding(extractor: RuleExtractor) -> None:
    call = Document(id="c11", source="/docs/day.md", title="Investor day", company="Tanwick Memory", doc_type="call transcript")
    text = ("Our German subsidiary, Tanwick Memory Europe GmbH, now runs the Dresden test line.\n\n"
            "Tanwick Memory (Penang) Sdn. Bhd., which we own outright, will take a third of that budget.\n\n"
            "In Malaysia we send bumping and test work for our Penang lines to Corlay Packaging Sdn. Bhd., which qualified last year.")
    found = _triples(extractor, text, call)
    assert {("Tanwick Memory Europe", "subsidiary_of", "Tanwick Memory"), ("Tanwick Memory (Penang)", "subsidiary_of", "Tanwick Memory"),
            ("Corlay Packaging", "supplies", "Tanwick Memory")} <= found, found
    news = ("Orlen Racks is majority-owned by funds managed by Brisk Hollow Partners, which will receive most of the cash.\n"
            "Its assembly plant in Monterrey is operated by its subsidiary Orlen Racks de México, S. de R.L. de C.V., which employs 800 people.")
    found = _triples(extractor, news, DOC)
    # a fund manager's majority is a stake; the next paragraph's "Its" is the company the last one was about
    assert {("Brisk Hollow Partners", "owns_stake_in", "Orlen Racks"), ("Orlen Racks de México", "subsidiary_of", "Orlen Racks")} <= found, found
    assert not any(r == "supplies" for _, r, _ in found), found
    filing = Document(id="k9", source="/docs/10k.md", title="10-K", company="Veyra Cloud", doc_type="10-K")
    text = ("Veyra Cloud, Inc. and its consolidated subsidiaries.\n"
            "Our revenue is highly concentrated. Pellam Labs, Inc. accounted for approximately 31% of our total revenue in fiscal 2025.")
    found = _triples(extractor, text, filing)
    assert ("Veyra Cloud", "supplies", "Pellam Labs") in found and not any(r == "subsidiary_of" for _, r, _ in found), found


def test_work_sent_out_what_a_company_already_buys_a_packager_a_standard_a_second_customer_and_power_to_our_campus(
        extractor: RuleExtractor) -> None:
    assert ("Ostrik Semiconductor", "supplies", "Veyra Cloud") in _triples(extractor, "Veyra Cloud will build the new halls with Ostrik Semiconductor's Kite accelerators, which it already buys in volume.", DOC)
    assert ("Bellmont Packaging", "supplies", "Ostrik Semiconductor", "Ostrik Semiconductor", "Bellmont Packaging") in links(
        extractor, "Bellmont Packaging is also the company that packages Ostrik Semiconductor's accelerators.")
    assert ("Aurex Cloud", "supplies", "Pellam Labs", "Pellam Labs", "Aurex Cloud") in links(
        extractor, "Pellam Labs already runs its consumer assistant on Aurex Cloud.")
    call = Document(id="c12", source="/docs/call.txt", title="Q4 call", company="Castor Compute", doc_type="call transcript")
    assert ("Linhart Networks", "supplies", "Castor Compute", "Castor Compute", "Linhart Networks") in links(
        extractor, "For the back-end fabric we've standardised on Linhart Networks switches and optics.", call)
    found = links(extractor, "Pellam Labs accounted for 38% of revenue in the fourth quarter, and Dunmore Labs for 27%.", call)
    assert {("Castor Compute", "supplies", "Pellam Labs", "Pellam Labs", "Castor Compute"),
            ("Castor Compute", "supplies", "Dunmore Labs", "Dunmore Labs", "Castor Compute")} <= found, found
    report = Document(id="a3", source="/docs/ar.pdf", title="Annual Report", company="Ironvale Data Centers", doc_type="annual report")
    assert ("Ridgefield Power & Light", "supplies", "Ironvale Data Centers", "Ironvale Data Centers", "Ridgefield Power & Light") in links(
        extractor, "Ridgefield Power & Light supplies electricity to the Cedar Flats campus under a 20-year power purchase agreement.", report)
    # a second seller "together with" the first sells to the buyer, not to the first seller
    found = links(extractor, "The Borrower will use the proceeds to buy 40,000 Ostrik Semiconductor accelerators under a supply agreement "
                             "with Ostrik, together with networking equipment from Linhart Networks.")
    assert not any(s == "Ostrik Semiconductor" and t == "Linhart Networks" for s, _, t, _, _ in found), found


def test_a_round_the_company_announced_and_those_who_joined_it_later_and_a_loan_s_vehicle_and_lenders(extractor: RuleExtractor) -> None:
    news = ("Pellam Labs, the developer of the Wren models, said on Tuesday that the Sarif Investment Authority had committed $3 billion "
            "to lead a new funding round.\n\nThe round totals $8 billion. It is the largest raise by a model developer this year.\n\n"
            "Ostrik Semiconductor, the chip designer, is putting in a further $2 billion. Aurex Group and Tamber Capital also took part, "
            "alongside funds that the company did not name.")
    found = _triples(extractor, news, DOC)
    assert {(s, "invests_in", "Pellam Labs") for s in ("Sarif Investment Authority", "Ostrik Semiconductor", "Aurex", "Tamber Capital")} <= found, found
    release = Document(id="r9", source="/docs/pr.txt", title="Veyra closes loan", company="Veyra Cloud", doc_type="deal announcement")
    text = ('NEW YORK, March 3, 2026 - Veyra Cloud, Inc. ("Veyra" or the "Company") today announced that its wholly owned subsidiary, '
            'Veyra Asset Finance I LLC (the "Borrower"), has closed a $2 billion delayed-draw term loan facility (the "Facility").\n\n'
            'Funds managed by Greyfield Credit Partners are acting as lead arranger and the largest lender under the Facility. Holloway Bank, '
            'N.A. and the Sarif Investment Authority have also committed as lenders.')
    lent = {(r.source, r.target) for r in _doc_links(extractor, text, release) if r.relation == "lends_to"}
    assert lent == {(s, "Veyra Asset Finance I") for s in ("Greyfield Credit Partners", "Holloway Bank", "Sarif Investment Authority")}, lent
    letter = Document(id="l4", source="/docs/letter.md", title="Q3 letter", company="Greyfield Credit Partners", doc_type="letter")
    assert ("Greyfield Credit Partners", "lends_to", "Veyra Asset Finance I", "Greyfield Credit Partners", "Veyra Asset Finance I") in links(
        extractor, "Our largest position remains the $1 billion GPU-backed term loan to Veyra Asset Finance I LLC, the vehicle that holds the chips.", letter)


def test_names_that_run_into_a_table_s_next_cell_comparisons_deals_called_off_and_a_gpu_backed_loan(extractor: RuleExtractor) -> None:
    row = "Revolving credit facility Bancroft Meade & Co. Castor Compute, Inc. 500 2029"
    assert [(m.written, m.node) for m in extractor.entities.mentions(row)] == [("Bancroft Meade & Co.", "Bancroft Meade"),
                                                                             ("Castor Compute, Inc.", "Castor Compute")]
    letter = Document(id="l5", source="/docs/letter.md", title="Q3 letter", company="Greyfield Credit Partners", doc_type="letter")
    assert not links(extractor, "Unlike Bancroft Meade, which syndicates most of its compute loans to other banks, we hold every loan we "
                                "originate to maturity.", letter)
    assert not links(extractor, "We have no exposure to the Veyra Cloud GPU-backed loan, and at those advance rates we would not want any.", letter)
    call = Document(id="c13", source="/docs/call.txt", title="Q3 call", company="Ostrik Semiconductor", doc_type="call transcript")
    assert not links(extractor, "As we disclosed in June, we terminated the proposed $250 million investment in Corvale Data Centers.", call)
    assert not links(extractor, "Pellam Labs held talks last year about acquiring Tessellate Optics, but walked away over price.")
    zh = Document(id="z9", source="/docs/gg.txt", title="公告", company="澜川通信", doc_type="deal announcement")
    assert not links(extractor, "公司于2024年9月披露的拟收购江苏芯衡光子科技有限公司控股权事项，已因交易各方未能达成一致而终止。", zh)


def test_chinese_two_suppliers_in_one_sentence_an_order_taken_a_purchase_said_a_holder_too_and_a_sovereign_fund(extractor: RuleExtractor) -> None:
    news = Document(id="z10", source="/docs/news.md", title="新闻", company="", doc_type="news")
    found = _triples(extractor, "芯岚智算科技有限公司完成融资。\n\n据了解，芯岚智算的推理芯片目前由澄湾封装负责2.5D封装，HBM颗粒则由岭北存储供应。", news)
    assert found == {("澄湾封装", "supplies", "芯岚智算"), ("岭北存储", "supplies", "芯岚智算")}, found
    text = ("伺服器代工厂鼎川科技（6833）今日宣布，接获中国大模型新创云峤智能约新台币150亿元的AI伺服器订单。\n\n"
            "鼎川表示，这批液冷机柜所需的先进封装模组主要向宁波的甬川封测采购。\n\n"
            "云峤智能上月才完成新一轮增资。晶圆代工厂澄湾半导体投入人民币5亿元，取得约8%股权。中东主权基金萨菲尔投资局则是此轮的领投者。\n\n"
            "值得注意的是，萨菲尔投资局同时也是鼎川的股东，持股约3%。")
    found = _triples(extractor, text, news)
    assert {("鼎川科技", "supplies", "云峤智能"), ("甬川封测", "supplies", "鼎川科技"), ("澄湾半导体", "invests_in", "云峤智能"),
            ("萨菲尔投资局", "invests_in", "云峤智能"), ("萨菲尔投资局", "owns_stake_in", "鼎川科技")} <= found, found
    assert not any("主权基金" in s for s, _, _ in found), found
    found = _triples(extractor, "云峤智能科技有限公司创始人表示，本轮资金将用于采购加速卡。截至目前，该公司已累计向维瑞迪安（Ostrik Semiconductor）采购约1.4万张加速卡。", news)
    assert ("Ostrik Semiconductor", "supplies", "云峤智能科技") in found, found  # 该公司 is the company just named; 维瑞迪安 its brackets


def test_a_first_word_names_the_company_not_its_financing_vehicle() -> None:
    from analyst.graph.entities import known_names

    text = "Vesper buys the bulk of its training compute from Nimbus. We passed on the Vesper Compute Holdings facility."
    names = known_names(text, {"Vesper Labs": 3, "Vesper Compute Holdings": 3, "Stratoline Funding I": 2, "Stratoline Cloud": 1}, default_lexicon())
    assert names.get("Vesper") == "Vesper Labs", names
    assert known_names("Stratoline said so.", {"Stratoline Funding I": 2, "Stratoline Cloud": 1}, default_lexicon()).get("Stratoline") == "Stratoline Cloud"


def test_a_lessor_named_first_a_borrower_by_its_lender_s_name_a_stake_carried_a_lab_training_on_capacity_and_a_fund_s_letter(
        extractor: RuleExtractor) -> None:
    found = _triples(extractor, "Corlay Data Centers, which leases Veyra Cloud most of its powered halls in Ohio, is also a Greyfield Credit Partners borrower.", DOC)
    assert {("Corlay Data Centers", "supplies", "Veyra Cloud"), ("Greyfield Credit Partners", "lends_to", "Corlay Data Centers")} <= found, found
    call = Document(id="c14", source="/docs/call.txt", title="Q3 call", company="Ostrik Semiconductor", doc_type="call transcript")
    text = ("Our position in Pellam Labs is carried at $512 million after its most recent priced round. We account for our Veyra Cloud "
            "stake under the equity method.\n\nPellam Labs trains mostly on Veyra Cloud capacity, so some of the dollars we invest do come "
            "back to us as orders.")
    found = _triples(extractor, text, call)
    assert {("Ostrik Semiconductor", "owns_stake_in", "Pellam Labs"), ("Ostrik Semiconductor", "owns_stake_in", "Veyra Cloud"),
            ("Veyra Cloud", "supplies", "Pellam Labs")} <= found, found
    assert ("Veyra Cloud", "invests_in", "Ostrik Semiconductor") not in found  # "the dollars we invest" has its own subject
    letter = Document(id="l6", source="/docs/letter.md", title="Q3 letter", company="Greyfield Credit Partners", doc_type="letter")
    text = ("For limited partners of Greyfield Compute Credit Fund II only.\n\n"
            "Sarif Investment Authority committed $500 million to Fund II in August, becoming its largest limited partner.")
    found = _triples(extractor, text, letter)
    assert ("Sarif Investment Authority", "invests_in", "Greyfield Credit Partners") in found, found


def test_an_8k_s_agent_that_is_also_a_lender_an_amendment_to_a_capacity_agreement_and_chinese_own_customers(extractor: RuleExtractor) -> None:
    filing = Document(id="k10", source="/docs/8k.html", title="8-K", company="Pellam Labs", doc_type="8-K")
    text = ('On October 2, 2026, Pellam Compute Holdings, LLC (the "Borrower"), a wholly owned subsidiary of Pellam Labs, Inc. (the "Company"), '
            'entered into a Credit Agreement with Bancroft Meade & Co., as administrative agent, collateral agent and a lender, Ashby Bank plc, '
            'as a lender, and Pellrose Capital LLC, as syndication agent.\n\n'
            'Also on October 2, 2026, the Company entered into Amendment No. 3 to its Master Capacity Agreement with Veyra Cloud, Inc., under '
            'which Veyra Cloud will provide the Company with 40,000 GPUs of reserved cloud capacity.')
    found = _triples(extractor, text, filing)
    assert {("Bancroft Meade", "lends_to", "Pellam Compute Holdings"), ("Ashby Bank", "lends_to", "Pellam Compute Holdings"),
            ("Veyra Cloud", "supplies", "Pellam Labs")} <= found, found
    assert not any(s == "Pellrose Capital" for s, _, _ in found) and not any("Amendment" in s + t for s, _, t in found), found
    notice = Document(id="z11", source="/docs/gg.txt", title="公告", company="澄湾晶圆", doc_type="deal announcement")
    text = ("经营情况：云峤智能科技有限公司目前主要通过采购第三方AI服务器搭建训练集群，其服务器供应商包括鼎川科技股份有限公司。\n\n"
            "公司长期为Ostrik Semiconductor等国际客户提供先进制程晶圆代工服务。")
    found = _triples(extractor, text, notice)
    assert {("鼎川科技", "supplies", "云峤智能科技"), ("澄湾晶圆", "supplies", "Ostrik Semiconductor")} <= found, found


def test_a_facility_defined_by_its_initials_its_lead_arranger_a_tenant_signed_a_loan_taken_and_the_bank_group_s_leader(
        extractor: RuleExtractor) -> None:
    filing = Document(id="q2", source="/docs/10q.pdf", title="10-Q", company="Veyra Cloud", doc_type="10-Q")
    text = ('On February 14, 2025, Veyra Compute Funding I, LLC ("VCF I") entered into a delayed draw term loan facility of up to '
            '$2 billion (the "DDTL") to finance GPU servers. VCF I is a wholly owned special-purpose subsidiary of the Company. '
            "Greyfield Credit Partners LP acts as lead arranger and is the largest lender under the DDTL, with commitments of $1.4 billion. "
            "Tamber Capital Management provided the remaining $600 million of commitments.")
    lent = {(r.source, r.target, r.amount) for r in _doc_links(extractor, text, filing) if r.relation == "lends_to"}
    assert lent == {("Greyfield Credit Partners", "Veyra Compute Funding I", "$1.4 billion"),
                    ("Tamber Capital Management", "Veyra Compute Funding I", "$600 million")}, lent
    call = Document(id="c15", source="/docs/conf.txt", title="Conference", company="Bastion Data Realty", doc_type="call transcript")
    text = ("We signed Pellam Labs directly for 60 megawatts in Phoenix, a first for us.\n\n"
            "And for the Mesa development we took a $900 million construction loan from Tamber Capital, five years, floating rate.\n\n"
            "Holloway Bank leads the bank group as administrative agent and holds the largest commitment, $450 million.")
    found = _triples(extractor, text, call)
    assert {("Bastion Data Realty", "supplies", "Pellam Labs"), ("Tamber Capital", "lends_to", "Bastion Data Realty"),
            ("Holloway Bank", "lends_to", "Bastion Data Realty")} <= found, found


def test_a_taiwan_story_s_customer_foundry_takeover_and_loan_syndicate(extractor: RuleExtractor) -> None:
    news = Document(id="t3", source="/docs/tw.md", title="新聞", company="", doc_type="news")
    text = ("先進封裝大廠鼎川科技（6842）昨日董事會通過，將以新台幣40億元收購台南封測廠宏岳精密100%股權。\n\n"
            "收購資金除自有資金外，鼎川日前與六家銀行簽署新台幣200億元聯合授信合約。其中，國岳商業銀行擔任管理銀行，承貸金額為新台幣60億元。"
            "美商第一海灣銀行台北分行亦參貸新台幣30億元，其餘四家銀行名單未對外公布。\n\n"
            "鼎川目前最大客戶為美系ASIC設計公司Ostrik Semiconductor，營收占比逾三成。\n\n"
            "GPU方面，曜川半導體（6894）是Pellam Labs GPU晶片的獨家晶圓代工廠。")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, news)}
    assert {("鼎川科技", "acquires", "宏岳精密", "新台幣40億元"), ("國岳商業銀行", "lends_to", "鼎川科技", "新台幣60億元"),
            ("第一海灣銀行", "lends_to", "鼎川科技", "新台幣30億元"), ("鼎川科技", "supplies", "Ostrik Semiconductor", None),
            ("曜川半導體", "supplies", "Pellam Labs", None)} <= found, found
    assert not any(n in {"六家銀行", "ASIC設計"} for s, _, t, _ in found for n in (s, t)), found  # what they are, not who


def test_a_filing_s_own_concentration_notes_tables_and_stakes(extractor: RuleExtractor) -> None:
    """A 10-Q's customer table headed by periods, its supplier share and purchase obligations, a lender table with no
    borrower column, an agent that is also a lender, its stake in another company, and a term sheet's defined parties."""
    filing = Document(id="q3", source="/docs/10q.pdf", title="10-Q", company="Tessal Cloud", doc_type="10-Q")
    text = ("Customer Three Months Six Months\nPellan Labs 38% 41%\nHalden Robotics 21% 18%\n\n"
            "Supplier concentration. Orlow Systems Co., Ltd., a server original design manufacturer, accounted for approximately 46% of our "
            "purchases of property and equipment during the six months ended June 30, 2025. Brantley Networks, Inc. supplied substantially "
            "all of the networking switches deployed in our clusters during the same period.\n\n"
            "Wexmoor Bank, N.A. serves as administrative agent and is also a lender under the Revolver.\n\n"
            "Lender Term Loan Revolving Facility\nFirst Calder Bank, N.A. 350.0 250.0\nTamsin Point Capital 250.0 —\n\n"
            "Purchase obligations at quarter end included $18.6 billion of wafer and packaging commitments, principally with Kestova "
            "Semiconductor Manufacturing.\n\n"
            "Other income primarily reflected mark-to-market gains on the company's equity stake in Dunlay Cloud Holdings.")
    found = _triples(extractor, text, filing)
    assert {("Tessal Cloud", "supplies", "Pellan Labs"), ("Tessal Cloud", "supplies", "Halden Robotics"),
            ("Orlow Systems", "supplies", "Tessal Cloud"), ("Brantley Networks", "supplies", "Tessal Cloud"),
            ("Wexmoor Bank", "lends_to", "Tessal Cloud"), ("First Calder Bank", "lends_to", "Tessal Cloud"),
            ("Tamsin Point Capital", "lends_to", "Tessal Cloud"), ("Kestova Semiconductor Manufacturing", "supplies", "Tessal Cloud"),
            ("Tessal Cloud", "owns_stake_in", "Dunlay Cloud")} <= found, found
    assert ("Tessal Cloud", "supplies", "Brantley Networks") not in found  # the switches were deployed in our clusters, not sold to them
    sheet = Document(id="s3", source="/docs/terms.txt", title="Summary of Terms", company="", doc_type="term sheet")
    text = ('Borrower: Tessal GPU Funding I, LLC, a Delaware limited liability company (the "Borrower").\n'
            'Parent: Tessal Cloud, Inc. ("Tessal" or the "Parent").\n'
            "The Borrower is a bankruptcy-remote special purpose vehicle and a wholly owned subsidiary of the Parent.\n\n"
            'Customer Contract: a master services agreement dated March 2, 2025 with Zenner Platforms, Inc. (the "Zenner MSA"). Under the '
            "Zenner MSA, Zenner has committed to pay Tessal not less than US$2.6 billion over five years for dedicated GPU capacity.")
    found = _triples(extractor, text, sheet)
    assert {("Tessal GPU Funding I", "subsidiary_of", "Tessal Cloud"), ("Tessal Cloud", "supplies", "Zenner Platforms")} <= found, found


def test_a_newswire_round_told_a_paragraph_at_a_time(extractor: RuleExtractor) -> None:
    """Each investor in its own paragraph after the round ('invested $500 million, according to a person familiar',
    'also came in', 'also participated in the Series D'); 'X, the model developer behind the Quill assistant, is its largest
    customer' is the company the sentence before was about; a product stands for its maker ('the anchor customer for Tern,
    Corvex's custom training accelerator')."""
    news = Document(id="n9", source="/docs/wire.md", title="Wire", company="", doc_type="news")
    text = ("Pellan Compute said on Tuesday it had raised $2.4 billion in a Series D round that values it at $19 billion.\n"
            "The round was led by Ardmore Sovereign Holdings, which committed $900 million.\n"
            "Vessor Semiconductor, the chip designer, invested $500 million, according to a person familiar with the terms.\n"
            "Tolland Energy also came in.\n"
            "Braxton Capital Management, the growth investor, also participated in the Series D, the company said, without giving a figure.\n"
            "Pellan says it has more than $11 billion of contracted revenue.\n"
            "Halden Labs, the model developer behind the Quill assistant, is its largest customer, under a four-year agreement.")
    found = _triples(extractor, text, news)
    assert {("Ardmore Sovereign", "invests_in", "Pellan Compute"), ("Vessor Semiconductor", "invests_in", "Pellan Compute"),
            ("Tolland Energy", "invests_in", "Pellan Compute"), ("Braxton Capital Management", "invests_in", "Pellan Compute"),
            ("Pellan Compute", "supplies", "Halden Labs")} <= found, found
    note = Document(id="r9", source="/docs/note.md", title="Initiation", company="", doc_type="research note")
    text = ("Ostrava Cloud is the anchor customer for Tern, Corvex Micro Devices' custom training accelerator, and the largest by far.\n"
            "Lindqvist Memory has been the sole HBM supplier for Tern since the fourth quarter of 2024.\n"
            "Bramwell Platforms could adopt Tern, though it has not committed.")
    found = _triples(extractor, text, note)
    assert {("Corvex Micro Devices", "supplies", "Ostrava Cloud"), ("Lindqvist Memory", "supplies", "Corvex Micro Devices")} <= found, found
    assert not any("Bramwell Platforms" in (s, t) for s, _, t in found), found


def test_calls_and_stories_that_say_them_its_contract_with_us_and_train_on(extractor: RuleExtractor) -> None:
    call = Document(id="c16", source="/docs/call.txt", title="Call", company="Bastion Data Realty", doc_type="call transcript")
    text = ("Northpine Compute is the other one people ask about. We've signed them for 180 megawatts across Ashburn and Dallas.\n\n"
            "Marlo Labs expanded its contract with us by $2.4 billion.")
    found = _triples(extractor, text, call)
    assert {("Bastion Data Realty", "supplies", "Northpine Compute"), ("Bastion Data Realty", "supplies", "Marlo Labs")} <= found, found
    news = Document(id="n10", source="/docs/zh.md", title="新闻", company="", doc_type="news")
    text = ("第一份公告显示，长川存储拟以自有资金3.5亿元领投北京启川智能科技有限公司（下称“启川智能”）B轮融资。"
            "启川智能成立于2022年，本轮融资总额为8亿元。"
            "中东主权基金Ardmore Sovereign Holdings跟投1.2亿元，其余份额由启川智能原有股东按比例认购。\n\n"
            "长川存储已于去年四季度开始向美国芯片设计公司科文微电子批量供应HBM3E产品。\n\n"
            "Parallon Labs, the model developer, trains its frontier models on Nimbrook Cloud's capacity.")
    found = _triples(extractor, text, news)
    assert {("Ardmore Sovereign", "invests_in", "启川智能"), ("长川存储", "supplies", "科文微电子"),
            ("Nimbrook Cloud", "supplies", "Parallon Labs")} <= found, found


def test_a_chinese_broker_note_s_company_is_its_gongsi(extractor: RuleExtractor) -> None:
    """In a Chinese broker's note on a company, 公司 is the company covered: its customers, its packager (委托X完成), its bank,
    its shareholder, its holdings table; a sentence's words are no company ('协议产能可支撑公司')."""
    note = Document(id="r10", source="/docs/note.md", title="点评", company="澜川微电子", doc_type="research note")
    text = ("鸿岳云作为公司第一大客户，前三季度向公司采购推理加速卡约9.3亿元。\n\n"
            "服务器厂商昱川科技（002891.SZ）自二季度起批量采购公司推理卡用于整机集成。\n\n"
            "值得注意的是，昱川科技的AI服务器整机同样主要销往鸿岳云。\n\n"
            "公司先进封装环节主要委托台湾晶川半导体完成。\n\n"
            "报告期内，公司获得泓岳银行20亿元综合授信额度。\n\n"
            "截至三季度末，汇川创投仍持有公司8.7%的股份，为公司第二大股东。\n\n"
            "我们测算，协议产能可支撑公司2026年约45万片推理卡出货。\n\n"
            "表2：公司主要控股及参股公司\n公司名称 | 类型 | 持股/出资比例 | 认缴出资额\n合肥澜川微电子有限公司 | 全资子公司 | 100.00% | 30,000")
    found = _triples(extractor, text, note)
    assert {("澜川微电子", "supplies", "鸿岳云"), ("澜川微电子", "supplies", "昱川科技"), ("昱川科技", "supplies", "鸿岳云"),
            ("晶川半导体", "supplies", "澜川微电子"), ("泓岳银行", "lends_to", "澜川微电子"), ("汇川创投", "owns_stake_in", "澜川微电子"),
            ("合肥澜川微电子", "subsidiary_of", "澜川微电子")} <= found, found
    assert not any("协议" in n for s, _, t in found for n in (s, t)), found
    news = Document(id="n11", source="/docs/news.md", title="新闻", company="", doc_type="news")
    assert not any("公司" in (s, t) for s, _, t in _triples(extractor, text, news))  # a news story's 公司 is nobody in particular


def test_a_taiwan_story_s_customers_descriptions_and_a_takeover_by_a_named_buyer(extractor: RuleExtractor) -> None:
    """'X最大客戶、美系AI推論晶片商Y（English）', 'X也是Y封裝產線的重要客戶', 'X為美國Y（English）代工', 'Y日前宣布將由美商Z（English）以
    13.5億美元收購' (Z's short name later), 'X同時是Z在亞洲最大的客戶', '取得散熱模組廠Y 35%股權'."""
    news = Document(id="t4", source="/docs/tw.txt", title="新聞", company="", doc_type="news")
    text = ("先進封裝廠晶川封裝（6742）昨日公布第三季營收。\n\n"
            "晶川最大客戶、美系AI推論晶片商哈森（Halden Lithic）第三季投片量較上季增加近四成。\n\n"
            "陸系IC設計廠瀾川微電子也是晶川封裝產線的重要客戶。\n\n"
            "網通領域方面，晶川為美國恩維爾網路（Envale Networks）代工高速測試晶片。\n\n"
            "恩維爾日前宣布將由美商鄧羅儀器（Dunrow Instruments）以13.5億美元全數現金收購。\n\n"
            "晶川同時是鄧羅在亞洲最大的客戶，今年向鄧羅採購測試設備約新台幣42億元。\n\n"
            "此外，晶川董事會昨日通過以新台幣9.6億元取得散熱模組廠沛川科技35%股權，沛川將成為晶川的關聯企業。")
    found = _triples(extractor, text, news)
    assert {("晶川封裝", "supplies", "Halden Lithic"), ("晶川封裝", "supplies", "瀾川微電子"), ("晶川封裝", "supplies", "Envale Networks"),
            ("Dunrow Instruments", "acquires", "Envale Networks"), ("Dunrow Instruments", "supplies", "晶川封裝"),
            ("晶川封裝", "owns_stake_in", "沛川科技")} <= found, found


def test_asides_own_words_and_a_term_sheet_s_defined_facility(extractor: RuleExtractor) -> None:
    news = Document(id="n12", source="/docs/n.md", title="n", company="", doc_type="news")
    text = ("Pellmark Systems, in which Orlen Semiconductor and Harrowgate Ventures hold minority stakes, has been a Vestorel Compute customer "
            "since 2023.\n\n"
            "Tennick Grid, in which Harrowgate Ventures has been invested since 2021, shipped its first 400 MWh battery storage order to "
            "Quorra Compute in August.\n\n"
            "Lumenvale Photonics has been Envale Networks' largest customer for three consecutive years.\n\n"
            "Jingchuan Semiconductor has been the largest buyer of Dunrow Instruments' probe systems in Asia.\n\n"
            "Envale Networks (Malaysia) Sdn. Bhd., the wholly owned subsidiary that runs Envale's factory in Penang, has 900 staff.\n\n"
            "Vestorel Compute, in turn, is one of Orlen Semiconductor's largest customers.\n\n"
            "Lanfield Data's capex is funded largely by a RMB 5 billion credit line from Jiafeng Bank.\n\n"
            "Huibai Electronics builds the server boards for Lanfield Data's Ningxia cluster.")
    found = _triples(extractor, text, news)
    assert {("Orlen Semiconductor", "owns_stake_in", "Pellmark Systems"), ("Harrowgate Ventures", "owns_stake_in", "Pellmark Systems"),
            ("Harrowgate Ventures", "invests_in", "Tennick Grid"), ("Tennick Grid", "supplies", "Quorra Compute"),
            ("Envale Networks", "supplies", "Lumenvale Photonics"), ("Dunrow Instruments", "supplies", "Jingchuan Semiconductor"),
            ("Envale Networks (Malaysia)", "subsidiary_of", "Envale Networks"), ("Orlen Semiconductor", "supplies", "Vestorel Compute"),
            ("Jiafeng Bank", "lends_to", "Lanfield Data"), ("Huibai Electronics", "supplies", "Lanfield Data")} <= found, found
    assert not any("Harrowgate Ventures" in (s, t) and "Vestorel Compute" in (s, t) for s, _, t in found), found  # the aside's holder
    assert ("Quorra Compute", "supplies", "Tennick Grid") not in found  # the order was shipped, not bought
    call = Document(id="c17", source="/docs/call.txt", title="Call", company="Lumora Photonics", doc_type="call transcript")
    text = ("Envale Networks, which Dunrow Instruments agreed last month to acquire, remains our primary supplier of lasers.\n\n"
            "Tingway Precision Industries is building all of our racks for the Pellmark expansion.\n\n"
            "We signed our first customer in Taiwan, Hung Chao Optoelectronics Co., Ltd., which took a three-year contract.\n\n"
            "Our Corra Edge modules have been designed into the autonomous picking arms built by Sablefield Robotics.\n\n"
            "We also welcomed Brightfen Labs this quarter, and they're training their models on a dedicated cluster.\n\n"
            "Revenue from Vestorel Compute, Inc. was $412.6 million, or 19% of net revenue.\n\n"
            "We were also widely reported to have invested in Saxby Optical's latest round; we did not.")
    found = _triples(extractor, text, call)
    assert {("Dunrow Instruments", "acquires", "Envale Networks"), ("Envale Networks", "supplies", "Lumora Photonics"),
            ("Tingway Precision Industries", "supplies", "Lumora Photonics"), ("Lumora Photonics", "supplies", "Hung Chao Optoelectronics"),
            ("Lumora Photonics", "supplies", "Sablefield Robotics"), ("Lumora Photonics", "supplies", "Brightfen Labs"),
            ("Lumora Photonics", "supplies", "Vestorel Compute")} <= found, found
    assert ("Dunrow Instruments", "acquires", "Lumora Photonics") not in found and not any("Saxby Optical" in (s, t) for s, _, t in found), found
    sheet = Document(id="s4", source="/docs/terms.pdf", title="Summary of Terms", company="Quorra Compute Funding II", doc_type="other")
    text = ('Quorra Compute Funding II LLC (the "Borrower") is a Delaware limited liability company. The Borrower is an indirect wholly owned '
            "subsidiary of Quorra Compute Corp. (NYSE: QRRA).\n\n"
            'Facility: Senior secured delayed-draw term loan facility in an aggregate principal amount of US$2,100,000,000 (the "Facility"). '
            "Lenders and commitments: Orrin Credit Partners LP, as lead lender, has committed US$1,200,000,000 of the Facility. Kestrel Bank, "
            "N.A. will act as administrative agent and will also participate as a lender with a commitment of US$500,000,000. Collateral agent: "
            "Harrow Trust Company will act as collateral agent, holding the security interest over the Borrower's GPU fleet on behalf of the "
            "lenders; it has no lending commitment under the Facility.\n\n"
            "Halden Lithic, Inc. owns approximately 7% of Quorra's outstanding common stock.")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, sheet)}
    assert {("Orrin Credit Partners", "lends_to", "Quorra Compute Funding II", "US$1,200,000,000"),
            ("Kestrel Bank", "lends_to", "Quorra Compute Funding II", "US$500,000,000"),
            ("Halden Lithic", "owns_stake_in", "Quorra Compute", "7%")} <= found, found
    assert not any("Harrow Trust" in s for s, _, _, _ in found), found


def test_a_one_word_name_joined_to_a_model_number_is_a_product(extractor: RuleExtractor) -> None:
    call = Document(id="c18", source="/docs/call.txt", title="Call", company="Quorra Compute", doc_type="call transcript")
    text = ("Corra Silicon became part of Halden Lithic in 2023.\n\n"
            "We took delivery of roughly 18,000 Corra-3 accelerators from Halden Lithic during the quarter.")
    found = _triples(extractor, text, call)
    assert ("Halden Lithic", "supplies", "Quorra Compute") in found and not any("Corra Silicon" in (s, t) and "Quorra Compute" in (s, t)
                                                                                for s, _, t in found), found


def test_a_credit_summary_s_lender_table_guarantees_and_negations(extractor: RuleExtractor) -> None:
    """A credit summary's 'Lender | Facility | Commitment' table lends to its Borrower; a bookrunner is no lender; a Chinese
    guarantee sentence and 无法/暂无 give no link; 'X's robots are now deployed across Y's network'; 'Quillmark: they've
    expanded their commitment with us'; a company named 'Nimbrel Health'."""
    summary = Document(id="s5", source="/docs/credit.md", title="Credit summary", company="", doc_type="other")
    text = ('- **Borrower:** Hesper Data Centers LLC, a Delaware limited liability company (the "Borrower").\n\n'
            "Pembrook Securities LLC is acting as sole bookrunner and syndication agent for the Borrower and does not hold a commitment.\n\n"
            "Lenders and commitments at closing\nLender | Facility | Commitment\nTalbot Federal Bank, N.A. | Revolving Facility / Term Loan A | "
            "$450,000,000\nKeswin Ridge Capital (on behalf of managed funds) | Term Loan B | $500,000,000")
    found = _triples(extractor, text, summary)
    assert {("Talbot Federal Bank", "lends_to", "Hesper Data Centers"), ("Keswin Ridge Capital", "lends_to", "Hesper Data Centers")} <= found, found
    assert not any("Pembrook Securities" in (s, t) for s, _, t in found), found
    filing = Document(id="a9", source="/docs/ar.pdf", title="年报", company="云川智算", doc_type="annual report")
    text = ("公司为星川云算在华岳银行的上述授信提供全额连带责任保证担保。\n\n"
            "公司按51%的持股比例为澜川智算上述借款提供连带责任保证。\n\n"
            "美国出口管制持续收紧，公司目前无法直接采购奥川半导体的最新一代产品。\n\n"
            "除本公告所述事项外，公司目前暂无对星川智算进行股权投资的计划。")
    assert _triples(extractor, text, filing) == set()
    letter = Document(id="l9", source="/docs/letter.md", title="Letter", company="Harrowgate Ventures", doc_type="letter")
    text = ("Velliker Robotics' inspection robots are now deployed across Lumenbrook Energy's transmission network.\n\n"
            "Separately, Nimbrel Health has signed a two-year reserved-capacity contract with Vestorel Compute for a 4,096-GPU cluster.")
    found = _triples(extractor, text, letter)
    assert {("Velliker Robotics", "supplies", "Lumenbrook Energy"), ("Vestorel Compute", "supplies", "Nimbrel Health")} <= found, found
    call = Document(id="c19", source="/docs/call.txt", title="Call", company="Vestorel Compute", doc_type="call transcript")
    text = "The headline, of course, is Pellmark Systems: they've expanded their commitment with us to 310 megawatts."
    assert ("Vestorel Compute", "supplies", "Pellmark Systems") in _triples(extractor, text, call)


def test_qi_is_the_company_its_sentence_opened_with_and_co_packaging_is_no_supply(extractor: RuleExtractor) -> None:
    prospectus = Document(id="p9", source="/docs/ipo.pdf", title="招股说明书", company="澄岳封装", doc_type="prospectus")
    text = ("公司在先进封装领域的主要竞争对手包括高岳封装科技有限公司和通川微电子。芯川智算系公司参股公司，公司向其销售的价格参照市场价格确定。"
            "报告期末，公司持有芯川智算10.01%的股权。")
    found = _triples(extractor, text, prospectus)
    assert ("澄岳封装", "supplies", "芯川智算") in found and not any("高岳封装" in t for _, _, t in found), found
    news = Document(id="n13", source="/docs/n.md", title="新闻", company="", doc_type="news")
    text = "海沃德半导体（Halvor Semiconductor）近日亦与光联芯科技签署了共封装光学（CPO）联合开发协议。"
    found = _triples(extractor, text, news)
    assert ("海沃德半导体", "partners_with", "光联芯科技") in found and not any(r == "supplies" for _, r, _ in found), found


def test_a_fund_letter_s_the_fund_a_loan_s_remaining_holder_and_deals_walked_away_from(extractor: RuleExtractor) -> None:
    letter = Document(id="l10", source="/docs/lp.md", title="Letter", company="Castlemere Credit Partners", doc_type="letter")
    text = ("We held the final close of Fund IV on December 12. The Marevan Investment Authority committed $750 million at the final "
            "close and is now the Fund's largest limited partner.\n\n"
            'We committed $900 million to a construction loan for Halden Ridge Campus LLC (the "Project Company"). The Project Company is '
            "a wholly owned subsidiary of Halden Digital Infrastructure, which is developing the campus for Stratamore Cloud under a "
            "15-year lease. Kestrin Point Capital holds the remaining $300 million of the loan.")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, letter)}
    assert {("Marevan Investment Authority", "invests_in", "Castlemere Credit Partners", "$750 million"),
            ("Halden Digital Infrastructure", "supplies", "Stratamore Cloud", None),
            ("Kestrin Point Capital", "lends_to", "Halden Ridge Campus", "$300 million")} <= found, found
    news = Document(id="n14", source="/docs/feature.md", title="Feature", company="", doc_type="news")
    text = ("Brightwell Optics tried a different route into the market: it agreed last year to buy a 30% stake in Huixen Photonics, then "
            "walked away in February after failing to secure approval.\n\n"
            "Huixen Photonics signed a joint development agreement in March with Dingsel Technology, the Taiwanese packaging house.")
    found = _triples(extractor, text, news)
    assert ("Huixen Photonics", "partners_with", "Dingsel Technology") in found and not any("Brightwell Optics" in (s, t) for s, _, t in found), found
    report = Document(id="a10", source="/docs/ar.pdf", title="年度报告", company="汇川光电", doc_type="annual report")
    text = ("公司名称 公司类型 主要业务 持股比例\n苏州汇川光联创业投资合伙企业（有限合伙） 参股公司 股权投资 30.00%\n\n"
            "注：公司持有苏州汇川光联创业投资合伙企业（有限合伙）的权益为有限合伙份额。")
    found = _triples(extractor, text, report)
    assert ("汇川光电", "owns_stake_in", "苏州汇川光联创业投资") in found and not any("光联创业投资合伙企业" in (s + t) for s, _, t in found), found


def test_a_release_s_bullets_a_fund_s_close_and_own_lines(extractor: RuleExtractor) -> None:
    """Bullets whose subject is the company ('Completed the acquisition of X'); a limited partner 'came in at the final close';
    'X increased our subscription line'; 'sourced from X', 'carried out for us by X', 'Sales to X … represented 31.4%'; 'its
    revolving credit facility with X', 'a facility led by X'; and no link from 'sells nothing to', a question, a guarantee,
    or 'evaluated co-packaged engines from X but have not'."""
    release = Document(id="e9", source="/docs/er.html", title="Results", company="Varnhold Silicon", doc_type="earnings release")
    text = ("Completed the acquisition of Threnley Interconnect, Inc., a developer of interconnect IP, for $310 million.\n\n"
            "Announced a joint engineering program with Tessamine Power Systems to develop power distribution.\n\n"
            "Committed $500 million as the anchor limited partner of Brindlewood Credit Fund III, L.P.")
    found = _triples(extractor, text, release)
    assert {("Varnhold Silicon", "acquires", "Threnley Interconnect"), ("Varnhold Silicon", "partners_with", "Tessamine Power Systems"),
            ("Varnhold Silicon", "invests_in", "Brindlewood Credit Fund III")} <= found, found
    letter = Document(id="l11", source="/docs/lp.md", title="Letter", company="Brindlewood Credit Fund III", doc_type="letter")
    text = ("Calloway Mutual Life Insurance Company came in at the final close with a $250 million commitment.\n\n"
            "In September, Ossington Ridge Bank increased our subscription line to $400 million.")
    found = _triples(extractor, text, letter)
    assert {("Calloway Mutual Life Insurance", "invests_in", "Brindlewood Credit Fund III"),
            ("Ossington Ridge Bank", "lends_to", "Brindlewood Credit Fund III")} <= found, found
    annual = Document(id="f9", source="/docs/20f.pdf", title="20-F", company="Vessarine Microdevices", doc_type="20-F")
    text = ("Sales to Quillmoor Cloud, Inc., a U.S. operator of accelerator clouds, represented 31.4% of our net revenue in 2024.\n\n"
            "High-bandwidth memory is sourced from Sorran Memory Co., Ltd. under a supply agreement.\n\n"
            "Rack-level integration is carried out for us by Songchuan Electronics Co., Ltd., a contract manufacturer.\n\n"
            "In July we put in place a $750 million revolving credit facility led by Glenholt Bank.\n\n"
            "We have evaluated co-packaged optical engines from Brightmere Photonics Ltd. but have not placed orders.\n\n"
            "Vessarine Microdevices (Taiwan) Co., Ltd. has guaranteed the lease obligations of Vessarine Systems, Inc.")
    found = _triples(extractor, text, annual)
    assert {("Vessarine Microdevices", "supplies", "Quillmoor Cloud"), ("Sorran Memory", "supplies", "Vessarine Microdevices"),
            ("Songchuan Electronics", "supplies", "Vessarine Microdevices"), ("Glenholt Bank", "lends_to", "Vessarine Microdevices")} <= found, found
    assert not any("Brightmere Photonics" in (s, t) or "Vessarine Systems" in (s, t) and r == "supplies" for s, r, t in found), found
    news = Document(id="n15", source="/docs/n.md", title="News", company="", doc_type="news")
    text = ("The company also said that Quillmoor Cloud has increased the size of its revolving credit facility with Ashcombe Bank.\n\n"
            "Songchuan says it sells nothing to Quillmoor Cloud directly.\n\n"
            "Lumenfeld AI just raised at $9.4 billion, so where does Sablecrest Labs sit relative to them?")
    found = _triples(extractor, text, news)
    assert ("Ashcombe Bank", "lends_to", "Quillmoor Cloud") in found, found
    assert not any({"Songchuan", "Quillmoor Cloud"} <= {s, t} or "Sablecrest Labs" in (s, t) for s, _, t in found), found


def test_chinese_subscriptions_credit_contracts_and_zhi(extractor: RuleExtractor) -> None:
    notice = Document(id="z9", source="/docs/gonggao.pdf", title="公告", company="恒川智算", doc_type="deal announcement")
    text = ("投资金额：公司拟以自有资金认缴衡川基金新增财产份额5亿元。\n\n"
            "2024年6月，公司与江川银行股份有限公司苏州分行签订综合授信合同，授信额度为3.5亿元。\n\n"
            "崧川電子（昆山）有限公司為本公司間接持股100%之子公司。")
    found = _triples(extractor, text, notice)
    assert {("恒川智算", "invests_in", "衡川基金"), ("江川银行", "lends_to", "恒川智算"), ("崧川電子（昆山）", "subsidiary_of", "恒川智算")} <= found, found
    news = Document(id="t5", source="/docs/tw.txt", title="新聞", company="", doc_type="news")
    text = ("泰川微電子（Tessamine Microdevices）為崧川電子股份有限公司機櫃整機組裝業務之主要客戶，Quillmoor Cloud, Inc.則為泰川微電子之最大客戶。\n\n"
            "鼎川精密（6831）目前最大客戶為美國GPU雲端業者奎爾川（Quillmoor Cloud），今年訂單倍增。\n\n"
            "至於新平台，鼎川表示已完成首批機櫃驗證，但GPU一律由客戶向沃恩川半導體股份有限公司採購後交付鼎川組裝。")
    found = _triples(extractor, text, news)
    assert {("崧川電子", "supplies", "泰川微電子"), ("泰川微電子", "supplies", "Quillmoor Cloud"), ("鼎川精密", "supplies", "Quillmoor Cloud")} <= found, found
    assert not any("沃恩川" in (s, t) for s, _, t in found), found


def test_chinese_names_with_he_in_them_a_foreign_subsidiary_and_a_fund_s_enlargement(extractor: RuleExtractor) -> None:
    news = Document(id="t6", source="/docs/tw2.txt", title="新聞", company="", doc_type="news")
    text = ("資金方面，鼎川精密上月與和峰商業銀行、遠川銀行等六家銀行簽訂五年期新台幣120億元聯合授信案，由和峰商銀擔任管理銀行。\n\n"
            "鼎川精密董事會同時通過對墨西哥子公司Dingchuan Precision de México增資8,000萬美元，用於擴建組裝廠。")
    found = _triples(extractor, text, news)
    assert {("和峰商業銀行", "lends_to", "鼎川精密"), ("遠川銀行", "lends_to", "鼎川精密")} <= found, found  # 和 is part of a bank's name
    assert {("Dingchuan Precision de México", "subsidiary_of", "鼎川精密"), ("鼎川精密", "invests_in", "Dingchuan Precision de México")} <= found, found
    notice = Document(id="z10", source="/docs/gonggao2.pdf", title="公告", company="恒川智算", doc_type="deal announcement")
    text = ("公司拟与川岳控股集团有限公司（以下简称“川岳控股”）共同参与衡岳基金本次扩募。其中，公司拟认缴4亿元，川岳控股拟认缴8亿元。"
            "衡岳基金的执行事务合伙人为川岳（杭州）私募基金管理有限公司（以下简称“川岳资本”）。川岳资本作为普通合伙人，本次同步认缴新增份额800万元。")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, notice)}
    assert {("川岳控股", "invests_in", "衡岳基金", "8亿元"), ("川岳资本", "invests_in", "衡岳基金", "800万元")} <= found, found
    assert not any(t[0] == "衡岳基金" and t[1] == "invests_in" for t in found), found


def test_a_fund_s_portfolio_table_under_its_caption_and_run_on_to_the_next_page(extractor: RuleExtractor) -> None:
    notice = Document(id="z11", source="/docs/gonggao3.pdf", title="公告", company="恒川智算", doc_type="deal announcement")
    chunks = [Chunk(id="p0", doc_id="z11", ordinal=0, page=1, text="截至2025年9月30日，衡岳基金已投资项目如下：单位：万元"),
              Chunk(id="p1", doc_id="z11", ordinal=1, page=1, kind="table", section="三、投资标的基本情况",
                    text="被投企业 所属领域 投资金额 持股比例\n上海川辰微电子有限公司 AI加速芯片 50,000.00 11.20%"),
              Chunk(id="p2", doc_id="z11", ordinal=2, page=2, kind="table", section="三、投资标的基本情况",
                    text="苏州川光光电科技有限公司 硅光模块 16,000.00 6.50%")]
    found = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks(chunks, notice)}
    assert {("衡岳基金", "owns_stake_in", "上海川辰微电子", "11.20%"), ("衡岳基金", "owns_stake_in", "苏州川光光电科技", "6.50%")} <= found, found
    assert not any(t[0] == "恒川智算" for t in found), found  # the fund's holdings, not the announcer's


def test_a_call_s_own_round_racks_built_by_a_supplier_and_a_landlord_s_campus(extractor: RuleExtractor) -> None:
    call = Document(id="c9", source="/docs/call9.txt", title="Q3 call", company="Wrenfield Compute", doc_type="call transcript")
    text = ("We closed our Series D preferred round in July. Halloway Silicon led the round with a $350 million investment, and the money "
            "is already at work.\n\n"
            "We brought 40 megawatts live at Brackenridge Data Parks' Ashburn III campus, where we're the anchor tenant. Every one of those "
            "racks was integrated and liquid-cooled by Corrowen Precision at its plant in Penang.")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, call)}
    assert ("Halloway Silicon", "invests_in", "Wrenfield Compute", "$350 million") in found, found
    assert {("Brackenridge Data Parks", "supplies", "Wrenfield Compute", None), ("Corrowen Precision", "supplies", "Wrenfield Compute", None)} <= found, found


def test_a_fund_letter_s_partners_a_borrowing_vehicle_and_a_tranche_it_holds(extractor: RuleExtractor) -> None:
    letter = Document(id="f7", source="/docs/fund7.txt", title="Letter", company="Larchmont Compute Lending Fund II", doc_type="letter")
    text = ("During the quarter Qasr Investment Authority joined the Fund at its final close with a $400 million commitment.\n\n"
            "Tollbridge Life & Annuity remains the Fund's largest limited partner, with $650 million committed since the first close.\n\n"
            "- We upsized our delayed-draw term loan to Fennick Grid Funding I, the GPU-backed borrowing vehicle of Fennick Grid, from $1.9 billion "
            "to $2.6 billion.\n\n"
            "- Our $450 million participation in Tranche B of the Harwood Campus Holdings III construction facility funded in March.")
    found = _triples(extractor, text, letter)
    fund = "Larchmont Compute Lending Fund II"
    assert {("Qasr Investment Authority", "invests_in", fund), ("Tollbridge Life & Annuity", "invests_in", fund),
            ("Fennick Grid Funding I", "subsidiary_of", "Fennick Grid"), (fund, "lends_to", "Fennick Grid Funding I"),
            (fund, "lends_to", "Harwood Campus Holdings III")} <= found, found
    assert (fund, "invests_in", "Tollbridge Life & Annuity") not in found


def test_a_10k_s_vehicle_its_revolver_s_lenders_a_landlord_and_tenants(extractor: RuleExtractor) -> None:
    filing = Document(id="k8", source="/docs/k8.pdf", title="10-K", company="Fennick Grid Compute", doc_type="10-K")
    text = ("On May 2, 2025, our wholly owned special-purpose subsidiary, Fennick Grid Funding I, LLC (\"FG Funding I\"), entered into a "
            "$1.9 billion delayed-draw term loan facility with funds managed by Larchmont Credit Partners, L.P.\n\n"
            "We also maintain a $1.2 billion senior secured revolving credit facility (the \"Revolving Facility\") under which Osterley Bank, N.A. "
            "and Banco Tessaro S.A. are the lenders, with Osterley Bank, N.A. acting as administrative agent.\n\n"
            "Harwood Data Centers, LLC (\"Harwood\") leased us 300 MW of critical IT capacity across five campuses.\n\n"
            "In April 2025 we signed a five-year capacity agreement with Parrow Labs, Inc. (\"Parrow\"), under which Parrow committed to purchase up to "
            "$4.1 billion of compute from us.\n\n"
            "A disruption at Corrand Foundry, which manufactures the chips used across our industry, could delay deliveries.\n\n"
            "Vessel AI leases 90 megawatts at our Dallas South campus under a ten-year agreement.\n\n"
            "Tessaro Silicon, whose accelerators are deployed by most of our tenants, is a supplier to none of our campuses.\n\n"
            "In May 2025 we terminated our previously announced agreement to sell the Reno campus to Kessock AI.")
    found = _triples(extractor, text, filing)
    us = "Fennick Grid Compute"
    assert {("Larchmont Credit Partners", "lends_to", "Fennick Grid Funding I"), ("Fennick Grid Funding I", "subsidiary_of", us),
            ("Osterley Bank", "lends_to", us), ("Banco Tessaro", "lends_to", us), ("Harwood Data Centers", "supplies", us),
            (us, "supplies", "Parrow Labs"), (us, "supplies", "Vessel AI")} <= found, found
    assert not {("Parrow Labs", "supplies", us), ("Corrand Foundry", "supplies", us), ("Tessaro Silicon", "supplies", us),
                (us, "supplies", "Kessock AI"), (us, "supplies", "Harwood Data Centers")} & found, found
    table = Chunk(id="k8t", doc_id="k8", ordinal=0, kind="table", page=4, text="Tenant 2025 2024\nParrow Labs 21% 9%\nQuenby AI 3% -")
    assert any((r.source, r.relation, r.target) == (us, "supplies", "Quenby AI") for r in extractor.from_chunks([table], filing))


def test_an_8k_s_product_suppliers_and_buyers_partners_and_a_report_called_wrong(extractor: RuleExtractor) -> None:
    filing = Document(id="e9", source="/docs/e9.html", title="8-K", company="Veltane Silicon", doc_type="8-K")
    text = ("The Company continues to supply Orbit H3 accelerators to Stratwell Cloud, Inc.\n\n"
            "The Company also confirmed that Coraline Cloud has placed purchase orders for Orbit H4 systems totaling approximately $1.9 billion.\n\n"
            "Halloran Memory remains the sole qualified supplier of HBM4 stacks for Orbit H4.\n\n"
            "Orrell Photonics will supply the co-packaged optical engines used in the Orbit H4 rack-scale system.\n\n"
            "The Company and Tessmore Compute Exchange (the \"Exchange\") have agreed that the Exchange may use Orbit H4 rental pricing data.\n\n"
            "Media reports that the Company intends to invest in Aldous Labs are inaccurate, and the Company is in no discussions with it.")
    found = _triples(extractor, text, filing)
    us = "Veltane Silicon"
    assert {(us, "supplies", "Coraline Cloud"), ("Halloran Memory", "supplies", us), ("Orrell Photonics", "supplies", us),
            (us, "partners_with", "Tessmore Compute Exchange")} <= found, found
    assert not any("Aldous Labs" in (s, t) for s, _, t in found), found


def test_news_a_vehicle_named_again_a_tenant_at_a_campus_power_under_a_ppa_and_an_if_ever(extractor: RuleExtractor) -> None:
    news = Document(id="n9", source="/docs/n9.md", title="News", company="", doc_type="news")
    text = ("The borrower is Stratwell Asset Finance I LLC, a special-purpose vehicle wholly owned by Stratwell Cloud. "
            "Qasr Investment Authority, the Gulf sovereign wealth fund, lent a further $500 million to the same vehicle.\n\n"
            "The chips will sit in Harwood Data Centers' campus outside Dallas, where Stratwell leases 100 megawatts of capacity.\n\n"
            "Stratwell also said it had agreed with Tessmore Compute Exchange to list monthly futures contracts.\n\n"
            "Bramwell Power supplies power to the Abilene site under a 12-year power purchase agreement held by Lumen Compute Texas LLC.\n\n"
            "If Coraline Cloud ever dual-sourced HBM from Chenwick Semiconductor, the impact would be small.")
    found = _triples(extractor, text, news)
    assert {("Qasr Investment Authority", "lends_to", "Stratwell Asset Finance I"), ("Harwood Data Centers", "supplies", "Stratwell Cloud"),
            ("Stratwell Cloud", "partners_with", "Tessmore Compute Exchange"), ("Bramwell Power", "supplies", "Lumen Compute Texas")} <= found, found
    assert not any("Chenwick Semiconductor" in (s, t) for s, _, t in found), found


def test_a_syndicate_notice_s_lender_table_with_roles_and_its_security_line(extractor: RuleExtractor) -> None:
    notice = Document(id="b4", source="/docs/b4.md", title="Notice", company="Osterley Bank", doc_type="news")
    chunks = [Chunk(id="b4-0", doc_id="b4", ordinal=0, text=("Osterley Bank, N.A. (\"Osterley\") today announced the closing of US$3.0 billion of senior "
                                                          "secured facilities (the \"Facilities\") for Harwood Campus Holdings III, LLC (the \"Borrower\").")),
              Chunk(id="b4-1", doc_id="b4", ordinal=1, text=("- **Security:** first-priority lien on the campus, assignment of the Nimbrel lease and a pledge "
                                                          "of the equity of the Borrower.")),
              Chunk(id="b4-2", doc_id="b4", ordinal=2, kind="table", text=("Lender | Role | Tranche A | Tranche B\nBanco Tessaro S.A. | "
                                                                          "Mandated Lead Arranger and Lender | 900 | -\nTollbridge Life & Annuity Company | Lender | - | 400"))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, notice)}
    assert {("Banco Tessaro", "lends_to", "Harwood Campus Holdings III"), ("Tollbridge Life & Annuity Company", "lends_to", "Harwood Campus Holdings III")} <= found, found
    assert not any("Nimbrel" in (s, t) for s, _, t in found), found


def test_chinese_a_numbered_legal_name_qi_after_a_holder_bought_from_a_sovereign_fund_and_a_note_s_subsidiary(extractor: RuleExtractor) -> None:
    notice = Document(id="z12", source="/docs/gonggao4.pdf", title="公告", company="澄岳半导体", doc_type="deal announcement")
    text = ("（一）澄岳半导体股份有限公司（以下简称“公司”）主营DRAM及HBM存储芯片的研发。\n\n"
            "澄岳存储（合肥）有限公司（以下简称“澄岳存储”）为公司控股子公司。公司持有澄岳存储65%股权，合肥市岳川产业投资控股（集团）有限公司持有其35%股权。")
    found = _triples(extractor, text, notice)
    assert {("澄岳半导体", "owns_stake_in", "澄岳存储"), ("合肥市岳川产业投资控股（集团）", "owns_stake_in", "澄岳存储")} <= found, found
    assert not any(s.startswith("（") or t.startswith("（") for s, _, t in found), found
    report = Document(id="z13", source="/docs/nianbao.txt", title="年度报告摘要", company="云岳算力", doc_type="annual report")
    text = ("公司GPU服务器主要采购自燧岳微电子股份有限公司（以下简称“燧岳微电子”）。\n\n"
            "主权财富基金卡斯尔投资局（Qasr Investment Authority）以4亿美元参与认购，成为公司第三大股东。")
    found = _triples(extractor, text, report)
    assert {("燧岳微电子", "supplies", "云岳算力"), ("Qasr Investment Authority", "owns_stake_in", "云岳算力")} <= found, found
    assert not any("主权财富基金" in (s, t) for s, _, t in found), found
    note = Document(id="t7", source="/docs/note.md", title="個股報告", company="台岳精密", doc_type="research note")
    text = ("凱岳證券投資顧問股份有限公司｜研究部\n\n美國子公司台岳精密亞利桑那（TaiYue Arizona）預計2026年下半年量產。\n\n"
            "股權結構方面，永岳投資目前仍持有台岳精密11.3%股權，為最大法人股東。")
    found = _triples(extractor, text, note)
    assert {("TaiYue Arizona", "subsidiary_of", "台岳精密"), ("永岳投資", "owns_stake_in", "台岳精密")} <= found, found
    assert not any(r == "invests_in" for _, r, _ in found), found  # 投資顧問 is an adviser's name, not an investment


def test_a_hong_kong_circular_s_glossary_its_group_and_its_shareholding_table(extractor: RuleExtractor) -> None:
    circular = Document(id="h1", source="/docs/circular.html", title="通函", company="海岳算力", doc_type="deal announcement")
    chunks = [Chunk(id="h1-0", doc_id="h1", ordinal=0, kind="table", text=(
                  "「海岳智算」 | 指 | 海岳智算（深圳）有限公司，本公司之間接全資附屬公司\n「港岳銀行」 | 指 | 港岳銀行有限公司，根據《銀行業條例》獲發牌之持牌銀行\n"
                  "「子午岳灣投資局」 | 指 | Meridian Bay Investment Authority，一家海灣地區主權財富基金")),
              Chunk(id="h1-1", doc_id="h1", ordinal=1, text=(
                  "為撥付擴充算力所需之資本開支，海岳智算已與港岳銀行訂立融資協議，據此港岳銀行同意向海岳智算提供最高人民幣18億元之定期貸款。"
                  "本公司將就上述貸款以港岳銀行為受益人提供公司擔保。")),
              Chunk(id="h1-2", doc_id="h1", ordinal=2, text=(
                  "本集團之主要客戶包括上海穹岳智能科技股份有限公司（「穹岳智能」），本集團自2024年起向其提供GPU算力租賃服務。"
                  "本集團目前部署之GPU主要由赫岳矽芯（Heliot Silicon）供應。於2025年9月，本集團以人民幣3.6億元完成收購東莞岳區數據港有限公司全部股權。")),
              Chunk(id="h1-3", doc_id="h1", ordinal=3, kind="table", text=(
                  "下表載列本公司（i）於最後實際可行日期；及（ii）緊隨認購事項完成後之主要股權架構：\n股東 | 股份數目 | 概約百分比\n"
                  "子午岳灣投資局 | 182,400,000 | 14.4%\n公眾股東 | 683,300,000 | 53.9%"))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, circular)}
    us = "海岳算力"
    assert {("海岳智算", "subsidiary_of", us), ("港岳銀行", "lends_to", "海岳智算"), (us, "supplies", "穹岳智能"), ("赫岳矽芯", "supplies", us),
            (us, "acquires", "東莞岳區數據港"), ("Meridian Bay Investment Authority", "owns_stake_in", us)} <= found, found
    assert ("港岳銀行", "lends_to", us) not in found and not any("據此" in s or "公眾" in s for s, _, _ in found), found


def test_a_prospectus_glossary_run_together_and_a_supplier_table_of_unknown_names(extractor: RuleExtractor) -> None:
    prospectus = Document(id="p5", source="/docs/zhaogu.pdf", title="招股说明书", company="上海穹岳智能科技", doc_type="prospectus")
    chunks = [Chunk(id="p5-0", doc_id="p5", ordinal=0, page=1, text=(
                  "穹岳智能、发行人 指 上海穹岳智能科技股份有限公司杭州穹岳 指 杭州穹岳科技有限公司，发行人全资子公司启岳基金 指 启岳算力产业投资基金（有限合伙）")),
              Chunk(id="p5-1", doc_id="p5", ordinal=1, page=2, kind="table", section="（四）主要供应商", text=(
                  "序号 供应商名称 采购内容 采购金额 占比\n1 星岳云 GPU算力租赁 18,904.12 21.21%\n2 供应商二（注） 数据标注服务 6,120.00 6.87%")),
              Chunk(id="p5-2", doc_id="p5", ordinal=2, page=2, text=(
                  "公司不存在向赫岳硅芯（Heliot Silicon）直接采购GPU的情形。公司曾与Tessmore Cloud洽谈境外算力采购，双方未签署任何协议。")),
              Chunk(id="p5-3", doc_id="p5", ordinal=3, page=3, text=(
                  "本轮增资由临岳国有资本投资运营有限公司（以下简称“临岳国投”）领投，其投资金额为5亿元，临岳国投与公司之间不存在关联关系。"))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, prospectus)}
    us = "上海穹岳智能科技"
    assert {("杭州穹岳", "subsidiary_of", us), ("星岳云", "supplies", us), ("临岳国投", "invests_in", us)} <= found, found  # no related party is no denial
    assert not any(s.startswith("启岳") and r == "subsidiary_of" for s, r, _ in found), found  # the next glossary entry is no subsidiary
    assert not any(s.startswith("供应商") or s in {"赫岳硅芯", "Tessmore Cloud"} for s, r, _ in found if r != "same_as"), found


def test_a_note_that_calls_its_company_by_ticker_a_term_sheet_s_vehicle_and_a_listed_short_name(extractor: RuleExtractor) -> None:
    note = Document(id="r8", source="/docs/note8.txt", title="Initiation", company="Nimbrel Cloud", doc_type="research note", ticker="NMBL")
    text = ("We initiate coverage of Nimbrel Cloud (NMBL) with a BUY rating. NMBL's AI infrastructure revenue rose 88% in CY25.\n\n"
            "- Rack integration: Hongyue Electronics (6788 TT) assembles most of NMBL's GPU racks.\n\n"
            "Orrell Labs has contracted roughly $30 billion of cloud compute from NMBL over five years.\n\n"
            "NMBL agreed in December to acquire Pylar Systems, a liquid-cooling specialist, for $1.1 billion.")
    found = _triples(extractor, text, note)
    assert {("Hongyue Electronics", "supplies", "Nimbrel Cloud"), ("Nimbrel Cloud", "acquires", "Pylar Systems"),
            ("Nimbrel Cloud", "supplies", "Orrell Labs")} <= found, found
    assert not any("NMBL's" in s or "NMBL's" in t for s, _, t in found), found
    sheet = Document(id="s8", source="/docs/sheet8.txt", title="Terms", company="Vantel Cloud Holdings", doc_type="news")
    text = ('Vantel Compute Assets II LLC (the "Borrower"), a bankruptcy-remote special-purpose company wholly owned by Vantel Cloud '
            'Holdings, Ltd.\n\nAurivel will provide no vendor financing or buy-back support to the Borrower.')
    found = _triples(extractor, text, sheet)
    assert ("Vantel Compute Assets II", "subsidiary_of", "Vantel Cloud Holdings") in found, found
    assert not any(s.startswith("Aurivel") and r == "lends_to" for s, r, _ in found), found
    news = Document(id="t8", source="/docs/tw8.html", title="新聞", company="", doc_type="news")
    text = ("先進封裝廠瀚岳（6817）董事會昨日通過，將參與宏岳電子（6231）私募普通股，總金額約新台幣42億元。\n\n"
            "除了凌川，瀚岳也為美國晶片大廠奧瑞川半導體（Aurivel）封裝AI加速器。\n\n"
            "嘉義新廠約三成產能已保留給奧瑞川，該廠由百分之百持股的子公司瀚岳嘉義先進封裝公司營運。")
    found = _triples(extractor, text, news)
    assert {("瀚岳", "invests_in", "宏岳電子"), ("瀚岳", "supplies", "奧瑞川半導體")} <= found, found
    assert not any(r == "owns_stake_in" and s.startswith("奧瑞川") for s, r, _ in found), found  # 持股的子公司 is no stake of the customer's


def test_a_vehicle_named_after_its_parent_and_a_subscriber_named_in_a_taiwan_notice(extractor: RuleExtractor) -> None:
    release = Document(id="m9", source="/docs/m9.html", title="Release", company="Merrow Digital Infrastructure", doc_type="deal announcement")
    text = ('Merrow Digital Infrastructure ("Merrow") closed $3.3 billion of financing for its Ashdown Ridge campus.\n\n'
            'The debt is borrowed by Merrow Ashdown Ridge Holdings LLC (the "Borrower"), a wholly owned subsidiary of Merrow.\n\n'
            "Northvale Bank plc provided a $2.9 billion senior construction loan to the Borrower. Merrow expects Ashdown Ridge to open in 2027.\n\n"
            "Ashdown Ridge Holdings is a name Merrow uses for the campus company.")
    found = _triples(extractor, text, release)
    assert {("Merrow Ashdown Ridge Holdings", "subsidiary_of", "Merrow Digital Infrastructure"),
            ("Northvale Bank", "lends_to", "Merrow Ashdown Ridge Holdings")} <= found, found
    notice = Document(id="t9", source="/docs/tw9.txt", title="重大訊息", company="宏岳電子", doc_type="deal announcement")
    text = "(1)應募人：晶岳半導體股份有限公司（以下簡稱「晶岳半導體」）。\n\n應募人晶岳半導體擬以新台幣48億元認購本公司私募普通股80,000張。"
    found = _triples(extractor, text, notice)
    assert ("晶岳半導體", "invests_in", "宏岳電子") in found and not any(s.startswith("人") for s, _, _ in found), found


def test_goods_from_a_supplier_revenue_under_a_contract_banks_listed_with_a_lender_and_a_loan_provided_by(extractor: RuleExtractor) -> None:
    finder = RuleExtractor(default_lexicon(), {"云栈智算": "云栈智算", "澄岭存储": "澄岭存储", "溪谷算力": "溪谷算力"})
    assert ("澄岭存储", "supplies", "云栈智算", "云栈智算", "澄岭存储") in links(finder, "拿到订单后，云栈智算服务器中的HBM内存主要来自澄岭存储。")
    assert any(s.endswith("黔峰能源") and r == "supplies" and t == "溪谷算力" for s, r, t, _, _ in links(finder, "溪谷算力贵安集群的电力来自贵州黔峰能源有限公司。"))
    quarter = Document(id="q9", source="/docs/10q.pdf", title="Form 10-Q", company="Tallis Compute", doc_type="10-Q")
    assert ("Tallis Compute", "supplies", "Quorra Labs", "Quorra Labs", "Tallis Compute") in links(
        extractor, "Revenue from Quorra Labs PBC under its reserved-capacity contract was $41.5 million in the quarter.", quarter)
    call = Document(id="c9", source="/docs/call.md", title="Q3 call", company="Brantwell", doc_type="call transcript")
    found = links(extractor, "In June we upsized our revolving credit facility to $4 billion, with Ashby Union Bank and Corran & Vale Bank as lead lenders.", call)
    assert {("Ashby Union Bank", "lends_to", "Brantwell"), ("Corran & Vale Bank", "lends_to", "Brantwell")} <= {x[:3] for x in found}, found
    assert ("Ostrow Bank", "lends_to", "Pellam Data Trust", "Ostrow Bank", "Pellam Data Trust") in links(
        extractor, "Pellam Data Trust's $900 million construction loan for its Boise campus is provided by Ostrow Bank, N.A.")
    assert ("Grayling Power Partners", "supplies", "Pellam Data Trust", "Pellam Data Trust", "Grayling Power Partners") in links(
        extractor, "Power for the Boise campus is supplied to Pellam Data Trust by Grayling Power Partners under a 15-year agreement.")
    assert not any(r == "acquires" for _, r, _, _, _ in links(extractor, "In March we terminated the non-binding letter of intent to acquire Vexley Optics, Inc., a maker of lasers.", quarter))
    taiwan = Document(id="t9", source="/docs/news.html", title="新闻", company="", doc_type="news")
    banks = RuleExtractor(default_lexicon(), {"鼎华": "鼎华", "永信商业银行": "永信商业银行", "奥林半导体": "奥林半导体", "斯川算力": "斯川算力"})
    assert ("永信商业银行", "lends_to", "鼎华", "永信商业银行", "鼎华") in links(banks, "为支应扩产，鼎华上月与台湾永信商业银行等六家银行签订新台币120亿元联贷案。", taiwan)
    found = links(banks, "芯片商奥林半导体5月以6亿美元入股GPU云服务商斯川算力，后者同时承诺为未来三期扩建采购奥林半导体的加速卡。", taiwan)
    assert {("奥林半导体", "invests_in", "斯川算力", "奥林半导体", "斯川算力"), ("奥林半导体", "supplies", "斯川算力", "斯川算力", "奥林半导体")} <= found, found
    # a name may start with 万 (a figure's unit only when one follows: "万元")
    assert {("宏旭电子", "supplies", "万川云"), ("万川云", "same_as", "Wanchuan Cloud")} <= _triples(
        extractor, "宏旭电子（6232）今年最大的新客户是美国新兴云端业者万川云（Wanchuan Cloud），宏旭已开始出货整柜式AI服务器给万川云。", taiwan)


def test_a_related_party_forecast_a_fund_table_and_a_pension_s_report_with_its_lender_s_borrowers(extractor: RuleExtractor) -> None:
    notice = Document(id="g9", source="/docs/gonggao.pdf", title="公告", company="芯澜科技", doc_type="deal announcement")
    related = Chunk(id="g9-1", doc_id="g9", kind="table", page=2, ordinal=1,
                    text="关联人 关联交易类别 交易内容 2025年预计金额 2024年实际发生额\n杭州云策智能科技有限公司 向关联人销售产品 AI服务器 50,000.00 21,000.00\n"
                         "江苏澄岭存储科技有限公司 向关联人采购原材料 存储芯片 30,000.00 12,000.00")
    funds = Chunk(id="g9-2", doc_id="g9", kind="table", page=2, ordinal=2,
                  text="基金名称 认缴出资 出资比例 公司角色\n苏州澄江算力产业投资基金（有限合伙） 10,000.00 5.00% 有限合伙人")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([related, funds], notice)}
    assert any(s == "芯澜科技" and r == "supplies" and "云策智能" in t for s, r, t in found), found
    assert any("澄岭存储" in s and r == "supplies" and t == "芯澜科技" for s, r, t in found), found
    assert any(s == "芯澜科技" and r == "owns_stake_in" and "澄江算力" in t for s, r, t in found), found
    # a pension system's own report: it names itself, its short name is it, and a table's caption names the lender of its rows
    report = Document(id="p9", source="/docs/report.pdf", title="Quarterly Report", company="", doc_type="letter")
    opening = Chunk(id="p9-0", doc_id="p9", page=1, ordinal=0,
                    text="The Lakemoor County Employees' Retirement System (\"LCERS\" or the \"System\") grew its private credit book. LCERS is the largest "
                         "limited partner in Harlow Creek Credit Partners, L.P. (\"Harlow Creek\"), with a $300 million commitment. Harlow Creek lends to GPU owners.")
    table = Chunk(id="p9-1", doc_id="p9", kind="table", page=2, ordinal=1,
                  text="Table 2. Harlow Creek: largest borrower exposures at September 30, 2026 (US$ millions)\nBorrower Collateral Commitment LCERS share\n"
                       "Tessel Compute Funding I LLC 9,000 accelerators 800 90\nOrrin Compute Assets II LLC 12,000 accelerators 600 70")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([opening, table], report)}
    assert {("Lakemoor County Employees' Retirement System", "owns_stake_in", "Harlow Creek Credit Partners"),
            ("Harlow Creek Credit Partners", "lends_to", "Tessel Compute Funding I"), ("Harlow Creek Credit Partners", "lends_to", "Orrin Compute Assets II")} <= found, found


def test_a_city_before_a_chinese_name_is_where_it_is_registered_not_another_company() -> None:
    article = Document(id="n9", source="/docs/news.md", title="新闻", company="", doc_type="news")
    notice = Document(id="g8", source="/docs/gonggao.txt", title="公告", company="澜衡科技", doc_type="deal announcement")
    extractor = RuleExtractor(default_lexicon())
    story = Evidence(doc="news.md", page=None, quote="拿到融资后，云策智能向深圳澜衡科技（301699.SZ）采购了一批AI服务器。", doc_id=article.id)
    both = [Relation("深圳澜衡科技", "云策智能", "supplies", "云策智能", "深圳澜衡科技", None, None, None, None, (story,))] \
        + _doc_links(extractor, "公司拟向华岳银行股份有限公司申请综合授信额度不超过人民币10亿元。", notice)
    nodes = {n.id for n in build_graph(both, default_lexicon()).nodes}
    assert "澜衡科技" in nodes and "深圳澜衡科技" not in nodes, nodes
    # a subsidiary named for its city and its parent stays itself when a document links the two
    unit = _doc_links(extractor, "全资子公司合肥澜衡微电子有限公司拟向泓川银行申请8亿元贷款。", notice)
    graph = build_graph(both + unit, default_lexicon())
    assert ("合肥澜衡微电子", "subsidiary_of", "澜衡科技") in {(e.source, e.relation, e.target) for e in graph.edges}, graph.edges


def test_a_hong_kong_announcement_s_glossary_roles_a_taiwan_notice_s_fields_and_a_prospectus_glossary_run_together(extractor: RuleExtractor) -> None:
    """「賣方」 and 「認購人」 are the companies the glossary names; 本公司與賣方訂立採購協議，據此本公司同意購買 buys from the seller; a
    subscriber that agrees to subscribe for new shares invests; a guarantee to the lender is no deal; 之間亦無任何交叉持股 denies."""
    circular = Document(id="h1", source="/docs/hk.html", title="須予披露交易", company="澄海算力", doc_type="deal announcement")
    text = ("「賣方」 | 指 | 瑞科半導體（Ricor Semiconductor, Inc.），一家於美國註冊成立之公司\n「認購人」 | 指 | 岳林記憶體股份有限公司，其股份於台灣證券交易所上市\n\n"
            "董事會宣佈，本公司與賣方訂立採購協議，據此本公司同意購買合共2,048顆加速器，總代價約為2.3億美元。\n\n"
            "賣方為主要AI加速器供應商之一，其主要記憶體供應商包括岳林記憶體。\n\n"
            "根據認購協議，認購人已有條件同意按每股港幣5.20元認購100,000,000股新股份，總認購金額約為港幣5.2億元。\n\n"
            "Chenghai Data Centre (Malaysia) Sdn. Bhd.（「澄海馬來西亞」）為本公司之間接全資附屬公司。澄海馬來西亞已與百川海峽銀行訂立定期貸款融資，本金額最高為0.8億美元。"
            "本公司將就上述融資向百川海峽銀行提供公司擔保。\n\n本公司與瑞科半導體之間亦無任何交叉持股。")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, circular)}
    triples = {x[:3] for x in found}
    assert {("瑞科半導體", "supplies", "澄海算力"), ("岳林記憶體", "supplies", "瑞科半導體"), ("Chenghai Data Centre (Malaysia)", "subsidiary_of", "澄海算力")} <= triples, found
    assert ("岳林記憶體", "invests_in", "澄海算力", "港幣5.2億元") in found, found  # the total, not the price a share
    assert not any("百川" in s and r == "invests_in" for s, r, _ in triples), found  # a guarantee given to the lender
    assert not any(r == "owns_stake_in" and "瑞科" in t for _, r, t in triples), found  # denied
    notice = "公開資訊觀測站 重大訊息公告\n赫林記憶體股份有限公司\n公司代號：6899　　公司簡稱：赫林\n序號：3　　發言日期：2026/01/05\n\n說明：本公司擬增資。\n"
    from analyst.lexicon import default_lexicon as lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path("notice.txt")
    assert detect(load(path, notice.encode()), path, lexicon())["company"] == "赫林"  # the field on the next line is no part of the name
    prospectus = Document(id="p2", source="/docs/prospectus.pdf", title="招股说明书", company="衡川封测", doc_type="prospectus")
    found = {(r.source, r.relation, r.target) for r in _doc_links(
        extractor, "海川半导体 指 Haichuan Silicon, Inc.晶岳科技 指 晶岳科技股份有限公司，台湾证券交易所上市公司\n\n公司向海川半导体销售2.5D封装服务。\n\n公司向晶岳科技采购HBM存储堆栈。", prospectus)}
    assert {("衡川封测", "supplies", "Haichuan Silicon"), ("晶岳科技", "supplies", "衡川封测")} <= found, found


def test_english_asides_a_joint_venture_s_partners_a_whose_clause_and_a_denied_commitment(extractor: RuleExtractor) -> None:
    call = Document(id="c8", source="/docs/call.txt", title="Q3 call", company="Strand Holdings", doc_type="call transcript")
    found = _triples(extractor, "Finally, we formed Qamar Compute Company, a joint venture with Sahel Horizon Fund that will build capacity in the Gulf.", call)
    assert {("Strand Holdings", "partners_with", "Sahel Horizon Fund"), ("Strand Holdings", "invests_in", "Qamar Compute Company"),
            ("Sahel Horizon Fund", "invests_in", "Qamar Compute Company")} <= found, found
    assert not any(r == "partners_with" and s.startswith("Qamar") or r == "partners_with" and t.startswith("Qamar") for s, r, t in found), found
    found = _triples(extractor, "On power, we signed a 900-megawatt power agreement with Orrin Power, and we took another 200 megawatts of powered shell from "
                                "Larkspur Digital Realty.", call)
    assert {("Orrin Power", "supplies", "Strand Holdings"), ("Larkspur Digital Realty", "supplies", "Strand Holdings")} <= found, found
    assert not any(s.startswith("Larkspur") and t.startswith("Orrin") for s, _, t in found), found  # "we" after a comma starts a clause
    assert not _triples(extractor, "To be clear, we have no purchase commitments with Veltrane for the Nimbus clusters.", call)
    quarter = Document(id="q8", source="/docs/10q.pdf", title="Form 10-Q", company="Tarrow Cloud", doc_type="10-Q")
    assert not _triples(extractor, "Our customer concentration is higher than that of Borrin Cloud, whose largest customer accounted for 22% of revenue.", quarter)
    assert ("Tarrow Cloud", "supplies", "Quella AI") in _triples(
        extractor, "In March 2026, we entered into a four-year capacity reservation agreement with Quella AI, Inc., under which Quella prepaid $400 million "
                   "for dedicated access to 9,000 accelerators.", quarter)
    assert ("Kestor Digital Realty Trust", "supplies", "Tarrow Cloud") in _triples(
        extractor, "Data center capacity at our Reno site is leased from Kestor Digital Realty Trust, Inc. under leases expiring in 2040.", quarter)
    assert ("Amber Fuel Power", "supplies", "Tarrow Cloud") in _triples(
        extractor, "Our Abilene site draws bridge power from fuel cells that Amber Fuel Power Corp. owns and operates under a power purchase agreement with the Company.", quarter)
    k = Document(id="k8", source="/docs/10k.pdf", title="Form 10-K", company="Corrin Semiconductor", doc_type="10-K")
    assert ("Hollis Memory", "supplies", "Dunwell Devices") in _triples(
        extractor, "Dunwell Devices, our largest competitor in merchant accelerators, also sources HBM from Hollis Memory, and a shift in allocation could hurt us.", k)
    note = Document(id="r8", source="/docs/note.md", title="note", company="", doc_type="research note")
    found = _triples(extractor, "Quill Labs spends a large share of that on GPU hours from Stravon Compute (SVCX), whose largest supplier is Corrin Semiconductor. "
                                "Xiheng AI Computing (688911.SH) paid RMB120m for 7.5% of Lanqi Microelectronics, a GPU designer.", note)
    assert {("Stravon Compute", "supplies", "Quill Labs"), ("Corrin Semiconductor", "supplies", "Stravon Compute"),
            ("Xiheng AI Computing", "invests_in", "Lanqi Microelectronics")} <= found, found


def test_a_vehicle_s_first_word_names_its_parent_and_a_holdings_name_is_the_short_one() -> None:
    extractor = RuleExtractor(default_lexicon())
    note = Document(id="r7", source="/docs/note.md", title="note", company="", doc_type="research note")
    found = _triples(extractor, "Ironvale lent $1.5bn to Stravon Fleet Funding I LLC, the borrowing vehicle that buys Corrin accelerators.\n\n"
                                "Quill Labs buys GPU hours from Stravon under a five-year contract.", note)
    assert ("Stravon", "supplies", "Quill Labs") in found and not any(s == "Stravon Fleet Funding I" and r == "supplies" for s, r, _ in found), found
    call = Document(id="c7", source="/docs/call.txt", title="call", company="Stravon", doc_type="call transcript")
    news = Document(id="n7", source="/docs/news.md", title="news", company="", doc_type="news")
    both = _doc_links(extractor, "Our largest customer, Quill Labs, expanded its commitment with us to $4 billion.", call) \
        + _doc_links(extractor, "Stravon Holdings, Inc. led the round with a $1 billion investment in Quill Labs.", news)
    nodes = {n.id for n in build_graph(both, default_lexicon()).nodes}
    assert "Stravon" in nodes and "Stravon Holdings" not in nodes, nodes


def test_a_filer_s_own_short_name_in_its_tables_a_target_s_holders_and_chinese_customers_and_stakes(extractor: RuleExtractor) -> None:
    report = Document(id="a7", source="/docs/nianbao.pdf", title="年度报告", company="星岳智算", doc_type="annual report")
    chunks = [Chunk(id="a7-0", doc_id="a7", page=1, ordinal=0, text="全资子公司星岳智算（宁夏）有限公司（以下简称“宁夏星岳”）负责中卫智算中心的运营。\n五、主要参股公司情况"),
              Chunk(id="a7-1", doc_id="a7", kind="table", page=1, ordinal=1,
                    text="单位：万元\n公司名称 持股方式 持股比例 期末账面价值\n合川算力产业投资基金（有限合伙） 有限合伙人 12.50% 25,000"),
              Chunk(id="a7-2", doc_id="a7", kind="table", page=3, ordinal=2,
                    text="单位：万元\n授信银行 授信主体 授信类型 授信额度 已使用额度\n江川银行股份有限公司 星岳智算 综合授信 80,000 31,500")]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, report)}
    assert {("江川银行", "lends_to", "星岳智算"), ("宁夏星岳", "subsidiary_of", "星岳智算")} <= found, found  # its own name, not its subsidiary's
    assert any(s == "星岳智算" and r == "owns_stake_in" and t.startswith("合川算力") for s, r, t in found), found  # a stake under a 参股 caption
    notice = Document(id="g7", source="/docs/gonggao.md", title="对外投资公告", company="冷川科技", doc_type="deal announcement")
    text = ("公司拟以自有资金2亿元认购上海云岚算力科技有限公司（以下简称\"云岚算力\"或\"标的公司\"）新增注册资本。\n\n"
            "标的公司目前运营约8,000张GPU卡，主要客户包括深川智能等大模型企业。\n\n"
            "（四）本次增资前股权结构（单位：万元）\n股东名称 | 认缴出资额 | 持股比例\n上海云岚科技控股有限公司 | 3,800.00 | 38.00%\n北京深川智能科技有限公司 | 600.00 | 6.00%\n员工持股平台及其他股东 | 3,750.00 | 37.50%\n\n"
            "注：上海云岚科技控股有限公司以下简称\"云岚控股\"；北京深川智能科技有限公司以下简称\"深川智能\"。\n\n"
            "子公司云川（新加坡）私人有限公司拟以3,000万美元取得Vantel Packaging Pte. Ltd.百分之百股权。")
    chunks = [Chunk(id=f"g7-{i}", doc_id="g7", kind="table" if "|" in part else "text", page=None, ordinal=i, text=part)
              for i, part in enumerate(text.split("\n\n"))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, notice)}
    assert {("云岚算力", "supplies", "深川智能"), ("云岚控股", "owns_stake_in", "云岚算力")} <= found, found
    assert not any(s.startswith("员工持股") for s, _, _ in found), found
    assert any(r == "acquires" and s.startswith("云川") and t == "Vantel Packaging" for s, r, t in found), found
    news = Document(id="n6", source="/docs/news.md", title="新闻", company="", doc_type="news")
    found = _triples(extractor, "溢川算力（02799.HK）11月18日晚间公告，公司以约2.1亿美元向美国芯片商瑞科半导体（Ricor，纳斯达克代码：RCR）采购2048颗加速器。", news)
    assert ("瑞科半导体", "supplies", "溢川算力") in found, found


def test_a_name_s_next_words_a_passive_supply_a_site_s_landlord_and_a_table_s_run_together_cells(extractor: RuleExtractor) -> None:
    release = Document(id="e7", source="/docs/8k.html", title="8-K", company="Stravon Compute", doc_type="8-K")
    text = ("The accelerators will be installed in a hall that Stravon leases from Basil Yards Data Centers, Inc.\n\nBasil also hosts a smaller cluster.\n\n"
            "Power for Abilene IV is supplied to Basil Yards by Redbank Power & Light Co. under a 15-year agreement.\n\n"
            "The capacity financed by the Facility is fully contracted to Aurel Labs under the five-year agreement.")
    found = _triples(extractor, text, release)
    assert any(s == "Redbank Power & Light" and r == "supplies" and t.startswith("Basil Yards") for s, r, t in found), found
    assert ("Stravon Compute", "supplies", "Aurel Labs") in found, found
    from analyst.graph.entities import EntityFinder

    named = EntityFinder(default_lexicon(), {"Bastrow": "Bastrow Yards Data Centers"}).mentions("Power is supplied to Bastrow Yards by Redbank Power.")
    assert [(m.written, m.node) for m in named][:1] == [("Bastrow Yards", "Bastrow Yards Data Centers")], named  # its short form and the next word of its name
    assert not any(s == "Abilene IV" for s, _, _ in found), found  # the site the power is for supplies nothing
    story = Document(id="n5", source="/docs/ledger.md", title="news", company="", doc_type="news")
    found = _triples(extractor, "Kestor Digital Realty, the data-centre REIT, has standardised on rear-door heat exchangers from Glacier Thermal Systems, Inc.\n\n"
                                "In Shenzhen, liquid-cooling maker Lengshan Technology (301599.SZ) counts Yunfeng Compute, a Shanghai GPU-rental start-up, as its "
                                "biggest customer.\n\nThe Fund provided a $220 million mezzanine loan to KDR Austin II LLC, a Kestor Digital Realty subsidiary.", story)
    assert {("Glacier Thermal Systems", "supplies", "Kestor Digital Realty"), ("Lengshan Technology", "supplies", "Yunfeng Compute"),
            ("KDR Austin II", "subsidiary_of", "Kestor Digital Realty")} <= found, found
    quarter = Document(id="q6", source="/docs/10q.pdf", title="Form 10-Q", company="Tarrow Cloud", doc_type="10-Q")
    table = Chunk(id="q6-1", doc_id="q6", kind="table", page=2, ordinal=1,
                  text="Facility Borrower Lender Maturity June 30, 2026\nDDTL 2 (GPU-backed) Funding I Ironhill Compute Credit Fund II, L.P. 2030 1,450,000\n"
                       "Revolver Tarrow Cloud, Inc. Northmark Bank, N.A. and syndicate 2029 180,000")
    opening = Chunk(id="q6-0", doc_id="q6", page=1, ordinal=0, text="Tarrow Compute Funding I, LLC (“Funding I”) is a wholly owned subsidiary of the Company.")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([opening, table], quarter)}
    assert {("Ironhill Compute Credit Fund II", "lends_to", "Tarrow Compute Funding I"), ("Northmark Bank", "lends_to", "Tarrow Cloud")} <= found, found
    assert not any(s.startswith("Revolver") or t.startswith("Revolver") for s, _, t in found), found


def test_a_hong_kong_issuer_s_heading_a_placement_s_subscribers_and_chinese_deals_told_by_banks_and_units(extractor: RuleExtractor) -> None:
    from analyst.lexicon import default_lexicon as lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    text = ("香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責，對其準確性或完整性亦不發表任何聲明。\n\n# 港川算力控股有限公司\n"
            "# GANGCHUAN COMPUTE HOLDINGS LIMITED\n\n（於開曼群島註冊成立之有限公司）\n\n（股份代號：2799）\n\n## 須予披露交易\n\n董事會欣然宣佈本公司購買設備。\n")
    path = Path("hk.md")
    assert detect(load(path, text.encode()), path, lexicon())["company"] == "港川算力"  # the heading's issuer, not the exchange's disclaimer
    notice = Document(id="h9", source="/docs/hk.md", title="須予披露交易", company="港川算力", doc_type="deal announcement")
    found = _triples(extractor, "本公司之全資附屬公司港川算力（柔佛）有限公司（Gangchuan Compute (Johor) Sdn. Bhd.，「柔佛附屬公司」）已獲星港聯合銀行授予為期五年之有期貸款港幣6億元。\n\n"
                                "此外，本集團已與Tessor Compute Exchange訂立上架協議，可將閒置算力於該交易平台出售。", notice)
    assert {("港川算力（柔佛）", "subsidiary_of", "港川算力"), ("星港聯合銀行", "lends_to", "港川算力（柔佛）"),
            ("港川算力", "partners_with", "Tessor Compute Exchange")} <= found, found
    placement = Document(id="p8", source="/docs/placement.pdf", title="发行情况报告书", company="岚川微", doc_type="deal announcement")
    table = Chunk(id="p8-1", doc_id="p8", kind="table", page=1, ordinal=1,
                  text="单位：万元、万股\n发行对象 认购金额 认购股数\n萨赫勒主权基金 60,000.00 779.22\n芯川基金 40,000.00 519.48\n合计 100,000.00 1,298.70")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([table], placement)}
    assert {("萨赫勒主权基金", "invests_in", "岚川微"), ("芯川基金", "invests_in", "岚川微")} <= found, found
    taiwan = Document(id="t8", source="/docs/notice.html", title="重大訊息", company="晶川載板", doc_type="deal announcement")
    found = _triples(extractor, "為支應擴產資金需求，本公司與台川商業銀行及北川商業銀行簽訂新台幣80億元聯合授信合約。\n\n"
                                "維銳迪（Veridan Silicon）保留本公司2026年至2028年高階ABF載板產能，並預付本公司新台幣95億元。\n\n"
                                "本公司董事會同日決議以自有資金對100%持股之子公司晶川載板（檳城）有限公司增資1.8億美元。\n\n"
                                "客戶動態：主要客戶宏川記憶體股份有限公司（股票代號：6492）亦於同期增加HBM用載板訂單。", taiwan)
    assert {("台川商業銀行", "lends_to", "晶川載板"), ("北川商業銀行", "lends_to", "晶川載板"), ("晶川載板", "supplies", "Veridan Silicon"),
            ("晶川載板", "supplies", "宏川記憶體")} <= found, found
    assert any(r == "subsidiary_of" and s.startswith("晶川載板（檳城") for s, r, _ in found), found


def test_english_passive_financing_a_limited_partner_admitted_a_subsidiaries_list_and_an_equity_commitment(extractor: RuleExtractor) -> None:
    release = Document(id="e6", source="/docs/8k.html", title="8-K", company="Merrow Systems", doc_type="8-K")
    found = _triples(extractor, "Also on March 2, 2026, the Company entered into a lease with Basil Digital Infrastructure, LLC (“Basil”) for a campus in Cedar Ridge, "
                                "Nevada. Construction financing of $2.8 billion for the campus is being provided to Cedar Ridge DevCo LLC, a wholly owned subsidiary of "
                                "Basil, by Harlow Bank, N.A. and Cobalt Creek Capital Management LP, as lenders.\n\n"
                                "SEATTLE, March 2, 2026 — Merrow Systems Corp. (Nasdaq: MRRW) today announced a $3.0 billion preferred equity commitment to "
                                "frontier-model developer Alethe Labs.", release)
    assert {("Harlow Bank", "lends_to", "Cedar Ridge DevCo"), ("Cobalt Creek Capital Management", "lends_to", "Cedar Ridge DevCo"),
            ("Merrow Systems", "invests_in", "Alethe Labs")} <= found, found  # (a place named like the vehicle makes no place of it)
    assert ("Alethe Labs", "invests_in", "Merrow Systems") not in found, found
    quarter = Document(id="q5", source="/docs/10q.pdf", title="Form 10-Q", company="Kessel Compute", doc_type="10-Q")
    found = _triples(extractor, "The condensed consolidated financial statements include the accounts of the Company and its wholly owned subsidiaries, including "
                                "Kessel Compute Funding I, LLC (\"KCF I\"), a bankruptcy-remote special-purpose entity, and Kessel Compute (Johor) Sdn. Bhd.\n\n"
                                "Merrow Systems was again our largest direct customer, at roughly 19% of revenue.\n\n"
                                "In April 2025, we signed a memorandum of understanding with Harbor Lane Data Centres Holdings Limited.", quarter)
    assert {("Kessel Compute Funding I", "subsidiary_of", "Kessel Compute"), ("Kessel Compute (Johor)", "subsidiary_of", "Kessel Compute"),
            ("Kessel Compute", "supplies", "Merrow Systems"), ("Kessel Compute", "partners_with", "Harbor Lane Data Centres Holdings")} <= found, found
    letter = Document(id="l5", source="/docs/letter.md", title="LP report", company="Ironhill Credit Fund II", doc_type="letter")
    assert ("Calder State Employees' Retirement System", "invests_in", "Ironhill Credit Fund II") in _triples(
        extractor, "At the second close, Calder State Employees' Retirement System was admitted as a new limited partner with a $250 million commitment.", letter)
    call = Document(id="c5", source="/docs/call.md", title="call", company="Veridan Silicon", doc_type="call transcript")
    found = _triples(extractor, "We also funded the first $1.5 billion tranche of our commitment to Tessor AI; the investment is structured as preferred stock plus "
                                "compute credits redeemable on Veridan-based clouds.\n\nMerrow Systems led that same Tessor round with a $4 billion investment of its "
                                "own, so our position there is a minority one.", call)
    assert {("Veridan Silicon", "invests_in", "Tessor AI"), ("Merrow Systems", "invests_in", "Tessor AI")} <= found, found
    assert ("Tessor AI", "invests_in", "Veridan Silicon") not in found, found
    assert not _triples(extractor, "Veridan has no obligation to provide financing to the Company.", quarter)
    obligations = Chunk(id="q5-t", doc_id="q5", kind="table", page=3, ordinal=3,
                        text="Supplier Category Rest of 2025 2026 2027+ Total\nLumen Networks, Inc. Optical transceivers and switches 84.5 61.0 - 145.5\n"
                             "Supplier D (1) Power distribution units 17.8 12.2 6.0 36.0")
    assert ("Lumen Networks", "supplies", "Kessel Compute") in {(r.source, r.relation, r.target) for r in extractor.from_chunks([obligations], quarter)}
    from analyst.lexicon import default_lexicon as lexicon
    from ingest.loaders import load
    from ingest.metadata import detect

    release = ("FOR IMMEDIATE RELEASE · Stock code: 2938\n\n# Harbor Lane Data Centres Announces HK$3.2 Billion Strategic Investment\n\n"
               "HONG KONG, 3 September 2025 — Harbor Lane Data Centres Holdings Limited (“Harbor Lane” or the “Company”; HKEX: 2938) today announced "
               "two transactions that fund its campus.\n")
    path = Path("release.md")
    assert detect(load(path, release.encode()), path, lexicon())["doc_type"] == "deal announcement"  # a release speaks for its company


def test_a_list_number_before_a_caption_s_company_word_is_no_company(extractor: RuleExtractor) -> None:
    text = "（二）参股公司序号 公司名称 认缴规模 出资比例 主营业务1 合肥岭源股权投资合伙企业（有限合伙） 50,000.00万元 19.60% 股权投资"
    nodes = [m.node for m in extractor.entities.mentions(text)]
    assert "合肥岭源股权投资" in nodes and not any(n.startswith("二") for n in nodes), nodes


def test_the_company_s_people_hold_a_stake_not_the_company(extractor: RuleExtractor) -> None:
    prospectus = Document(id="p8", source="/docs/zhaogu.pdf", title="招股说明书", company="苏州岭澈热控科技", doc_type="prospectus")
    found = _triples(extractor, "苏州岭澈液冷系统有限公司其余30.00%股权由公司核心技术人员持股平台持有。", prospectus)
    assert not any(s == "苏州岭澈热控科技" for s, _, _ in found), found
    found = _triples(extractor, "苏州岭澈液冷系统有限公司其余30.00%股权由公司持有。", prospectus)
    assert ("苏州岭澈热控科技", "owns_stake_in", "苏州岭澈液冷系统") in found, found


def test_english_limited_partners_rounds_led_by_possessive_contracted_supply_and_borrowing_past_an_aside(extractor: RuleExtractor) -> None:
    news = Document(id="n9", source="/docs/ledger.md", title="Ledger", company="", doc_type="news")
    found = _triples(extractor, "Tarrow Silicon, Inc. is a $400 million limited partner in Welbeck Compute Credit Fund I, L.P.", news)
    assert ("Tarrow Silicon", "owns_stake_in", "Welbeck Compute Credit Fund I") in found, found
    found = _triples(extractor, "Welbeck Compute Credit Fund I, L.P. counts Tarrow Silicon, Inc. among its limited partners.", news)
    assert ("Tarrow Silicon", "owns_stake_in", "Welbeck Compute Credit Fund I") in found, found
    found = _triples(extractor, "Ornsby Cloud, Inc., the largest of the hyperscalers, led Pelham Labs, Inc.'s Series F with $5 billion.", news)
    assert ("Ornsby Cloud", "invests_in", "Pelham Labs") in found, found
    found = _triples(extractor, "Rindle Data Centers LLC has also contracted Solway Energy Holdings, Inc. to supply up to 650 MW of firm power to the campus.", news)
    assert ("Solway Energy Holdings", "supplies", "Rindle Data Centers") in found, found
    found = _triples(extractor, "And Kelso Cloud, Inc.'s newest clusters are built on Marrow Silicon Corp.'s K3 accelerators.", news)
    assert ("Marrow Silicon", "supplies", "Kelso Cloud") in found, found
    found = _triples(extractor, "Fenwick Cloud, Inc., Kelso Cloud, Inc.’s closest rival, took a different route, borrowing $1.4 billion from Ashby Credit Partners LP.", news)
    assert ("Ashby Credit Partners", "lends_to", "Fenwick Cloud") in found and not any(s == "Ashby Credit Partners" and t == "Kelso Cloud" for s, _, t in found), found
    found = _triples(extractor, "Sabrin Labs, Inc., whose four-year, $1.1 billion reservation with Kelso Cloud, Inc. is the largest compute contract, pays monthly.", news)
    assert ("Kelso Cloud", "supplies", "Sabrin Labs") in found, found


def test_a_company_s_own_shipments_volumes_taken_and_new_shares_bought_in_its_own_words(extractor: RuleExtractor) -> None:
    call = Document(id="c9", source="/docs/call.md", title="Q4 call", company="Varden Semiconductor", doc_type="call transcript")
    found = _triples(extractor, "Shipments to Hollis Electronics Co., Ltd., which integrates our baseboards into rack-scale systems, rose 40%.", call)
    assert ("Varden Semiconductor", "supplies", "Hollis Electronics") in found, found
    found = _triples(extractor, "Nimrod Cloud, Inc. took first production volumes of our Aurora X2 systems in December.", call)
    assert ("Varden Semiconductor", "supplies", "Nimrod Cloud") in found, found
    found = _triples(extractor, "In June 2025, Qarra Sovereign Holdings Ltd. purchased 14.2 million newly issued Class A shares in a private placement.", call)
    assert ("Qarra Sovereign Holdings", "invests_in", "Varden Semiconductor") in found, found
    found = _triples(extractor, "In June 2025, Qarra Sovereign Holdings Ltd. purchased 14.2 million newly issued shares of Pelham Labs, Inc.", call)
    assert not any(t == "Varden Semiconductor" for _, _, t in found), found


def test_chinese_supply_told_by_what_the_company_needs_orders_on_hand_and_a_customer_after_what_it_does(extractor: RuleExtractor) -> None:
    notice = Document(id="z9", source="/docs/gonggao.md", title="公告", company="澜汀光电", doc_type="deal announcement")
    found = _triples(extractor, "公司1.6T光模块所需的硅光芯片由科迤晶圆股份有限公司（Corvex Foundry）代工。", notice)
    assert ("科迤晶圆", "supplies", "澜汀光电") in found, found
    found = _triples(extractor, "截至本公告披露日，公司在手液冷订单金额约9.2亿元，其中包括与港汀数据中心控股有限公司签订的1.32亿元数据中心冷却系统合同。", notice)
    assert ("澜汀光电", "supplies", "港汀数据中心控股") in found, found
    found = _triples(extractor, "北京星汀智算科技有限公司主要从事智算中心建设与算力租赁服务，为崧汀电子股份有限公司的服务器客户。", notice)
    assert ("崧汀电子", "supplies", "北京星汀智算科技") in found, found
    found = _triples(extractor, "中卫智算中心的电力由宁夏鼎汀电力有限公司以绿电直供方式供应。", notice)
    assert ("宁夏鼎汀电力", "supplies", "澜汀光电") in found, found


def test_that_fund_is_the_one_fund_named_before_and_buying_a_minority_is_a_stake(extractor: RuleExtractor) -> None:
    news = Document(id="n10", source="/docs/ledger.md", title="Ledger", company="", doc_type="news")
    text = ("Tarrow Silicon, Inc. is a $400 million limited partner in Welbeck Compute Credit Fund I, L.P. In July that fund lent $650 million to "
            "Kelso Funding II LLC, the borrowing vehicle behind a $3.1 billion term loan.")
    found = _triples(extractor, text, news)
    assert ("Welbeck Compute Credit Fund I", "lends_to", "Kelso Funding II") in found, found
    text = "Tamsworth Sovereign Fund put $750 million into Pelham Labs, Inc.'s latest round. The same fund agreed in September to buy roughly 18% of Harbury Data Centres Limited."
    found = _triples(extractor, text, news)
    assert ("Tamsworth Sovereign Fund", "owns_stake_in", "Harbury Data Centres") in found, found
    assert not any(r == "acquires" for _, r, _ in found), found


def test_a_company_s_suppliers_listed_under_its_own_line_a_subsidiary_appositive_and_a_syndicate_it_borrows_from(extractor: RuleExtractor) -> None:
    report = Document(id="k9", source="/docs/10k.md", title="10-K", company="Lumiren Semiconductor", doc_type="10-K")
    text = ("Our principal suppliers by category are:\n- Wafer foundry: one other supplier, located in Asia.\n"
            "- ABF substrates: Hongmere Precision Industrial Co., Ltd., with a second source qualified in Japan.\n\n"
            "Our Taiwan operations, including substrate supply-chain management, are conducted by Lumiren Taiwan Ltd. (路明仁台灣股份有限公司), "
            "a wholly owned subsidiary.\n\n"
            "Our $1.5 billion revolving credit facility is provided by a bank syndicate in which Kestmoor National Bank, N.A. acts as "
            "administrative agent and as a lender.\n\n"
            "In fiscal 2025 we entered into a co-development agreement with Halbury Networks Ltd. for optical interconnects that link our accelerators.\n\n"
            "If demand slows, or if large cloud operators shift toward custom silicon such as the accelerators Vespin Holdings plc now sells, "
            "our revenue could decline.")
    found = _triples(extractor, text, report)
    assert ("Hongmere Precision Industrial", "supplies", "Lumiren Semiconductor") in found, found
    assert ("Lumiren Taiwan", "subsidiary_of", "Lumiren Semiconductor") in found and ("Lumiren Taiwan", "supplies", "Lumiren Semiconductor") not in found, found
    assert ("Kestmoor National Bank", "lends_to", "Lumiren Semiconductor") in found, found
    assert ("Lumiren Semiconductor", "partners_with", "Halbury Networks") in found and ("Halbury Networks", "supplies", "Lumiren Semiconductor") not in found, found
    assert not any("Vespin" in s for s, _, _ in found), found


def test_an_spv_no_sentence_described_a_county_an_outsourced_maker_and_a_stake_accounted_for(extractor: RuleExtractor) -> None:
    call = Document(id="c10", source="/docs/call.md", title="Q3 call", company="Corwen Systems", doc_type="call transcript")
    text = ("In August, Corwen Compute Funding I, LLC, our special-purpose financing subsidiary, closed a $2.3 billion term loan. The facility was "
            "provided entirely by funds managed by Brightmere Capital LLC. The SPV used the first draw to purchase about 18,000 accelerators from "
            "Lumiren Semiconductor Corp.\n\n"
            "We also brought two new halls online in Ashwell County, both leased from Orrick Data Centers, Inc.\n\n"
            "We hold a 50% interest in Ashwell Edge Holdings LLC.")
    found = _triples(extractor, text, call)
    assert ("Lumiren Semiconductor", "supplies", "Corwen Compute Funding I") in found and not any(t == "Brightmere Capital" and r == "supplies" for _, r, t in found), found
    assert ("Orrick Data Centers", "supplies", "Corwen Systems") in found and not any(t.startswith("Ashwell Edge") and r == "supplies" for _, r, t in found), found
    news = Document(id="n11", source="/docs/deal.txt", title="Deal", company="Palmer Robotics", doc_type="deal announcement")
    found = _triples(extractor, "Halbury Networks Ltd. designs Ethernet switches. Manufacturing of its switch boards is outsourced to Lianmere Electronics Co., Ltd.", news)
    assert ("Lianmere Electronics", "supplies", "Halbury Networks") in found, found
    quarterly = Document(id="q10", source="/docs/10q.html", title="10-Q", company="Halmere Compute", doc_type="10-Q")
    text = ("The Company accounts for its 22% interest in Meridale Edge Compute JV, LLC under the equity method.\n\n"
            "On August 4, 2025, the Company acquired 100% of the outstanding equity of Parsell Systems, Inc. for $85 million. "
            "Parsell Systems, Inc. is now a wholly owned subsidiary.\n\n"
            "Orrick Labs, Inc. is also working directly with Kestmoor Silicon Corp. on custom inference silicon.\n\n"
            "Kestmoor Silicon Corp. faces intense competition from Vantel Semiconductor, Inc., Aurin Devices, Inc. and other accelerator vendors.")
    found = _triples(extractor, text, quarterly)
    assert ("Halmere Compute", "owns_stake_in", "Meridale Edge Compute JV") in found, found
    assert ("Halmere Compute", "acquires", "Parsell Systems") in found and ("Parsell Systems", "subsidiary_of", "Halmere Compute") in found, found
    assert ("Orrick Labs", "partners_with", "Kestmoor Silicon") in found, found
    assert not any({s, t} == {"Vantel Semiconductor", "Aurin Devices"} for s, _, t in found), found


def test_a_loan_s_share_committed_a_debt_table_s_lender_s_column_and_one_of_a_company_s_largest_customers(extractor: RuleExtractor) -> None:
    sheet = Document(id="t9", source="/docs/terms.pdf", title="Terms", company="HM Compute Finance I", doc_type="news")
    text = ('A senior secured delayed-draw term loan facility in an aggregate principal amount of $2.0 billion (the "Facility"), of which '
            "Northmoor Credit Fund II, L.P. has committed $1.5 billion to HM Compute Finance I, LLC.")
    found = _triples(extractor, text, sheet)
    assert ("Northmoor Credit Fund II", "lends_to", "HM Compute Finance I") in found and not any(r == "invests_in" for _, r, _ in found), found
    quarterly = Document(id="q11", source="/docs/10q.html", title="10-Q", company="Halmere Compute", doc_type="10-Q")
    table = Chunk(id="q11-0", doc_id="q11", kind="table", page=None, ordinal=0,
                  text="Facility | Borrower | Lender(s) | Commitment | Outstanding\nRevolving credit facility | Halmere Compute, Inc. | "
                       "Brightmere National Bank, N.A. | 1,100 | —\nTerm loan | HM Compute Finance I, LLC | Sable Moor Credit Opportunities Fund, L.P. | 2,000 | 900")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([table], quarterly)}
    assert {("Brightmere National Bank", "lends_to", "Halmere Compute"), ("Sable Moor Credit Opportunities Fund", "lends_to", "HM Compute Finance I")} <= found, found
    release = Document(id="e9", source="/docs/8k.md", title="8-K", company="Kestmoor Silicon", doc_type="8-K")
    found = _triples(extractor, "In Asia, Yunmere Intelligence Holdings Limited (HKEX: 2781) has become one of Kestmoor Silicon Corp.'s largest customers. "
                     "On August 12, 2025, the Company committed $400 million as anchor limited partner of Northmoor Credit Fund II, L.P.", release)
    assert {("Kestmoor Silicon", "supplies", "Yunmere Intelligence Holdings"), ("Kestmoor Silicon", "invests_in", "Northmoor Credit Fund II")} <= found, found


def test_chinese_lead_and_co_lending_banks_a_bank_s_regional_arm_a_largest_outside_holder_and_a_sales_contract(extractor: RuleExtractor) -> None:
    notice = Document(id="z10", source="/docs/zhongda.txt", title="重大訊息", company="晶汀电子", doc_type="deal announcement")
    found = _triples(extractor, "本联合授信案由永汀商业银行担任管理银行，并与信汀商业银行、泰和国际商业银行共同参贷。", notice)
    assert {("永汀商业银行", "lends_to", "晶汀电子"), ("信汀商业银行", "lends_to", "晶汀电子"), ("泰和国际商业银行", "lends_to", "晶汀电子")} <= found, found
    found = _triples(extractor, "主要内容：本公司与联贷银行团签订新台币60亿元之五年期联合授信合约。", notice)
    assert not any(s.startswith("联贷") for s, _, _ in found), found
    found = _triples(extractor, "针对今日媒体报导本公司已取得红汀晶片（Kestmoor Silicon）GPU载板订单一事，本公司澄清目前并未与该公司签订任何合约。", notice)
    assert not any(r == "supplies" for _, r, _ in found), found
    hk = Document(id="h10", source="/docs/hk.pdf", title="公告", company="云汀智能", doc_type="deal announcement")
    found = _triples(extractor, "该批加速器之部分采购款项将以德汀银行（亚洲）有限公司授予瀚汀云算科技有限公司之港币15亿元GPU抵押定期贷款支付。", hk)
    assert ("德汀银行", "lends_to", "瀚汀云算科技") in found, found
    release = Document(id="b10", source="/docs/bochuan.html", title="新闻稿", company="Bochmere AI", doc_type="deal announcement")
    found = _triples(extractor, "A轮领投方Cobaltmere Ventures LP继续作为铂汀智能科技有限公司最大的外部股东。", release)
    assert ("Cobaltmere Ventures", "owns_stake_in", "铂汀智能科技") in found, found
    found = _triples(extractor, "铂汀智能科技有限公司同时宣布以人民币1.2亿元收购上海声汀科技有限公司，进一步加强语音大模型能力。", release)
    assert ("铂汀智能科技", "acquires", "上海声汀科技") in found, found
    report = Document(id="i10", source="/docs/banniánbao.pdf", title="半年度报告", company="澜汀科技", doc_type="interim report")
    found = _triples(extractor, "报告期内，公司与云汀智能控股有限公司签订AI服务器销售合同，合同金额为人民币9.6亿元。", report)
    assert ("澜汀科技", "supplies", "云汀智能控股") in found, found
    found = _triples(extractor, "近日，公司与启汀智算科技有限公司签订《AI推理加速卡采购合同》，合同金额为人民币9.6亿元（含税）。",
                     Document(id="g10", source="/docs/g.md", title="公告", company="澜汀芯科技", doc_type="deal announcement"))
    assert ("澜汀芯科技", "supplies", "启汀智算科技") in found, found


def test_a_chinese_word_after_etc_is_no_company(extractor: RuleExtractor) -> None:
    from analyst.graph.entities import zh_names
    from analyst.lexicon import default_lexicon

    text = "标的公司的主要客户包括Kestmoor Cloud, Inc.等人工智能云服务商，供应商包括Lumiren Semiconductor Corp.等人工智能芯片厂商。"
    names = zh_names(text, default_lexicon())
    assert not any("人工智能" in n for n in names), names


def test_a_digest_of_several_filers_notices_each_speaks_for_its_filer(extractor: RuleExtractor) -> None:
    digest = Document(id="m9", source="/docs/mops.pdf", title="重大訊息彙總", company="晶汀科技", doc_type="deal announcement")
    text = ("公司代號：3719　公司名稱：晶汀科技股份有限公司（晶汀）\n主旨：本公司接獲香港客戶AI伺服器機櫃大額訂單\n"
            "2.本公司將於115年第一季至第三季分批出貨液冷AI伺服器機櫃予瀚汀雲集團，訂單總金額約新台幣52億元。\n\n"
            "公司代號：6597　公司名稱：鼎汀光電股份有限公司（鼎汀）\n1.本公司與永禾商業銀行等七家金融機構簽訂新台幣30億元之五年期聯合授信合約。\n"
            "2.遠和商業銀行為參貸銀行之一，參貸額度為新台幣5億元。\n3.報導所稱本公司已成為哈汀半導體股份有限公司之合格供應商，係屬市場臆測，本公司不予評論。")
    found = _triples(extractor, text, digest)
    assert ("晶汀科技", "supplies", "瀚汀雲") in found, found
    assert ("遠和商業銀行", "lends_to", "鼎汀光電") in found and not any(t == "晶汀科技" and r == "lends_to" for _, r, t in found), found
    assert not any("哈汀" in t for _, _, t in found), found


def test_a_related_party_table_by_category_a_loan_to_a_unit_and_banks_listed_as_lenders(extractor: RuleExtractor) -> None:
    notice = Document(id="g11", source="/docs/gonggao.pdf", title="公告", company="澜汀智算", doc_type="deal announcement")
    table = Chunk(id="g11-0", doc_id="g11", kind="table", page=1, ordinal=0,
                  text="单位：万元\n关联交易类别 关联人 2026年度预计金额 2025年1-9月发生额\n向关联人提供算力服务 启汀光电科技股份有限公司 8,500.00 3,216.47\n"
                       "向关联人采购电力 苏州宁汀能源有限公司 1,200.00 986.12")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([table], notice)}
    assert {("澜汀智算", "supplies", "启汀光电科技"), ("苏州宁汀能源", "supplies", "澜汀智算")} <= found, found
    tw = Document(id="t11", source="/docs/tw.txt", title="重大訊息", company="晶汀科技", doc_type="deal announcement")
    found = _triples(extractor, "参与授信之银行为联泰商业银行股份有限公司及富冈商业银行股份有限公司，分别承诺新台币50亿元及新台币30亿元。\n\n"
                     "本公司董事会决议资金贷与晶汀美国有限公司美金3,000万元，以支应其营运周转。", tw)
    assert {("联泰商业银行", "lends_to", "晶汀科技"), ("富冈商业银行", "lends_to", "晶汀科技"), ("晶汀科技", "lends_to", "晶汀美国")} <= found, found


def test_more_english_phrasings_of_customers_lenders_holders_and_suppliers(extractor: RuleExtractor) -> None:
    call = Document(id="c11", source="/docs/call.md", title="Q3 call", company="Halmere Compute", doc_type="call transcript")
    text = ("We also signed Emberton AI, Inc., a fast-growing agent startup, to a three-year inference contract worth $300 million.\n\n"
            "It is a framework cooperation agreement with Lanmere Intelligent Computing Co., Ltd. covering joint capacity planning.\n\n"
            "On networking, Larkmoor Photonics, Inc. doubled its monthly shipments of 800-gig optical transceivers to us.\n\n"
            "Non-marketable equity securities include our 4.1% interest in Meridel Software Inc.\n\n"
            "Harrowmere Bank plc and Bramwell Merchant Bank plc each hold commitments of $250.0 million under the facility.\n\n"
            "Concurrently, Ashmere Ventures IV, L.P. agreed to purchase an additional 1,153,846 shares on the same terms.\n\n"
            "Power for our campus is provided under a 15-year agreement with Vantmoor Energy Partners LP.")
    found = _triples(extractor, text, call)
    assert {("Halmere Compute", "supplies", "Emberton AI"), ("Halmere Compute", "partners_with", "Lanmere Intelligent Computing"),
            ("Larkmoor Photonics", "supplies", "Halmere Compute"), ("Halmere Compute", "owns_stake_in", "Meridel Software"),
            ("Harrowmere Bank", "lends_to", "Halmere Compute"), ("Bramwell Merchant Bank", "lends_to", "Halmere Compute"),
            ("Ashmere Ventures IV", "invests_in", "Halmere Compute"), ("Vantmoor Energy Partners", "supplies", "Halmere Compute")} <= found, found
    letter = Document(id="l11", source="/docs/letter.txt", title="Letter to limited partners", company="Pinemere Capital", doc_type="letter")
    text = ("Emberton AI, Inc.'s agents now run on dedicated inference capacity from Halmere Compute, Inc., and the company closed a $15 million "
            "venture debt facility with Marrowmere Bank plc in September.\n\nStellmere Robotics, Inc., in which the Fund continues to hold a 14% stake, signed its first fleet contract.")
    found = _triples(extractor, text, letter)
    assert ("Marrowmere Bank", "lends_to", "Emberton AI") in found and not any(t in {"Pinemere Capital", "Halmere Compute"} and r == "lends_to" for _, r, t in found), found
    assert ("Pinemere Capital", "owns_stake_in", "Stellmere Robotics") in found, found
    news = Document(id="n12", source="/docs/news.md", title="News", company="", doc_type="news")
    text = ("Quillmere AI spends most of its compute budget with Halmere Compute, Inc.\n\nAldmere notes that Halmere Compute, Inc. became a 4.9% "
            "shareholder of Norwen Compute, Inc. in September 2025.\n\nThe $1.5 billion revolving credit facility provided to Norwen Compute, Inc. by "
            "First Tidemere Bank, N.A. and a syndicate of lenders is senior.")
    found = _triples(extractor, text, news)
    assert {("Halmere Compute", "owns_stake_in", "Norwen Compute"), ("First Tidemere Bank", "lends_to", "Norwen Compute")} <= found, found
    assert any(s == "Halmere Compute" and r == "supplies" and t.startswith("Quillmere") for s, r, t in found), found


def test_an_acquisition_of_all_the_equity_paid_partly_in_shares_and_a_cooperation_agreement_on_compute(extractor: RuleExtractor) -> None:
    quarterly = Document(id="q12", source="/docs/10q.html", title="10-Q", company="Norwen Compute", doc_type="10-Q")
    found = _triples(extractor, "On August 14, 2025, we completed the acquisition of 100% of the outstanding equity of Pikemere Systems, Inc. for total "
                     "consideration of $310.4 million, consisting of $188.0 million in cash and 1,216,000 shares of our Class A common stock.", quarterly)
    assert ("Norwen Compute", "acquires", "Pikemere Systems") in found and not any(r == "invests_in" for _, r, _ in found), found
    hk = Document(id="h12", source="/docs/hk.pdf", title="公告", company="瀚汀云科技", doc_type="deal announcement")
    found = _triples(extractor, "本公司与诺汀算力有限公司于本年初订立之算力互通合作协议继续有效，双方互不持股。", hk)
    assert ("瀚汀云科技", "partners_with", "诺汀算力") in found and not any(r == "supplies" for _, r, _ in found), found


def test_a_term_sheet_s_borrower_label_run_on_after_its_title(extractor: RuleExtractor) -> None:
    text = ("Senior Secured Term Loan Facility HM Compute Finance I, LLC - dated as of August 14, 2025 Borrower: HM Compute Finance I, LLC, "
            "a Delaware limited liability company (the \"Borrower\"). The Borrower is a bankruptcy-remote, wholly owned subsidiary of Halmere Compute, Inc.")
    assert extractor.document_terms(text, "HM Compute Finance I").get("Borrower") == "HM Compute Finance I"


def test_a_cooperation_agreement_with_a_company_named_with_its_short_name_in_brackets(extractor: RuleExtractor) -> None:
    notice = Document(id="g12", source="/docs/gonggao.md", title="公告", company="澜汀光电", doc_type="deal announcement")
    found = _triples(extractor, "同日，公司与云汀智算科技股份有限公司（以下简称“云汀智算”）签订了《智算中心光互联战略合作协议》。", notice)
    assert ("澜汀光电", "partners_with", "云汀智算") in found and not any(r == "supplies" for _, r, _ in found), found


def test_the_subsidiary_named_before_a_role_bank_and_dollars_written_as_meijin(extractor: RuleExtractor) -> None:
    mops = Document(id="m13", source="/docs/mops.pdf", title="重大訊息", company="鼎汀光電", doc_type="deal announcement")
    text = ("主旨：代子公司鼎汀光電(越南)有限公司（以下簡稱鼎汀越南）公告辦理現金增資引進策略投資人\n"
            "1.策略投資人：合肥雲汀產業投資基金合夥企業(有限合夥)（以下簡稱雲汀基金）。\n"
            "2.雲汀基金以美金18,000,000元認購該子公司新增資本，取得約15%股權。\n"
            "3.遠泓商業銀行為參貸銀行之一，瑞汀國際商業銀行僅擔任本公司本案之額度管理銀行，未參與貸放。")
    found = {(r.source, r.relation, r.target, r.amount, r.currency) for r in _doc_links(extractor, text, mops)}
    assert any(s == "雲汀基金" and r == "invests_in" and t == "鼎汀越南" and c == "USD" and a and "美金" in a for s, r, t, a, c in found), found
    assert not any("額度管理" in s or "额度管理" in s for s, _, _, _, _ in found), found


def test_the_operator_of_a_compute_centre_sells_its_compute(extractor: RuleExtractor) -> None:
    hk = Document(id="h13", source="/docs/hk.pdf", title="公告", company="瀚汀雲科技控股", doc_type="deal announcement")
    text = ("本集團之附屬公司瀚汀雲計算（深圳）有限公司（「瀚汀深圳」）位於深圳前海。該智算中心由瀚汀深圳營運，現有GPU約6,400張。"
            "瀚汀深圳已與星泓智算科技有限公司（「星泓智算」）簽訂為期三年之算力服務協議，合約總額約人民幣6.5億元。")
    found = {(r.source, r.relation, r.target) for r in _doc_links(extractor, text, hk) if r.relation == "supplies"}
    assert any(s.startswith("瀚汀") and t.startswith("星泓") for s, _, t in found) and not any(s.startswith("星泓") for s, _, _ in found), found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kettermere Lattice Capital, the private-credit manager, is the largest lender on Cairnmere Digital Infrastructure Inc.'s Oxbend campus.",
         ("Kettermere Lattice Capital", "lends_to", "Cairnmere Digital Infrastructure")),
        ("Ironmere Capital is already the sole lender under Nimmere Compute Assets I, LLC's $2.2 billion facility.",
         ("Ironmere Capital", "lends_to", "Nimmere Compute Assets I")),
        ("Aldmere Investment Authority has agreed to take a $400 million participation as a co-lender on Halmere Compute Holdings I, LLC's term loan.",
         ("Aldmere Investment Authority", "lends_to", "Halmere Compute Holdings I")),
        ("Corvmere Semiconductor's network fabric is built by Arkmere Networks Inc., whose chief executive said orders doubled.",
         ("Arkmere Networks", "supplies", "Corvmere Semiconductor")),
        ("Kestrelmoor Digital Campuses LLC's yen tranche of ¥95 billion was provided by The Kaminomere Bank, Ltd., a regional lender.",
         ("Kaminomere Bank", "lends_to", "Kestrelmoor Digital Campuses")),
    ],
)
def test_a_named_borrower_s_lender_and_a_named_buyer_s_maker(extractor: RuleExtractor, sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert expected in {(s, r, t) for s, r, t, _, _ in links(extractor, sentence)}


def test_borrowings_that_come_from_a_bank(extractor: RuleExtractor) -> None:
    news = Document(id="n13", source="/docs/news.md", title="新闻", company="", doc_type="news")
    text = "川汀算力是一家算力公司。截至今年三季度末，川汀算力短期借款余额约19亿元，其中约11亿元来自澄汀银行。"
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, text, news)}
    assert ("澄汀银行", "lends_to", "川汀算力", "11亿元") in found, found


def test_an_amount_in_the_next_clause_belongs_to_that_clause_s_deal(extractor: RuleExtractor) -> None:
    letter = Document(id="l13", source="/docs/letter.txt", title="Letter to limited partners", company="Pinemere Capital", doc_type="letter")
    text = ("Emberly AI, Inc.'s agents now run on dedicated inference capacity from Halmere Compute, Inc., and the company closed a $15 million "
            "venture debt facility with Marrowmere Bank plc in September.")
    found = {(r.source, r.relation, r.target): r.amount for r in _doc_links(extractor, text, letter)}
    assert found.get(("Marrowmere Bank", "lends_to", "Emberly AI")) == "$15 million", found
    assert ("Halmere Compute", "supplies", "Emberly AI") in found and found[("Halmere Compute", "supplies", "Emberly AI")] is None, found


def test_appositives_name_the_actor_and_the_parent_stays_out(extractor: RuleExtractor) -> None:
    call = Document(id="c14", source="/docs/call.md", title="Q3 call", company="Heliomere Semiconductor", doc_type="call transcript")
    text = ("In addition, CRV Compute Funding I, LLC, the special-purpose vehicle that Corvamere Compute, Inc. set up to own its newest GPU fleet, "
            "placed a purchase order with us for approximately $1.9 billion of Aster systems.\n\nA word on concentration. Sales to Veldmere Systems, Inc., "
            "which integrates our boards into its rack-scale servers, represented 14% of total revenue in the quarter.")
    found = _triples(extractor, text, call)
    assert {("Heliomere Semiconductor", "supplies", "CRV Compute Funding I"), ("CRV Compute Funding I", "subsidiary_of", "Corvamere Compute"),
            ("Heliomere Semiconductor", "supplies", "Veldmere Systems")} <= found, found
    assert ("Heliomere Semiconductor", "supplies", "Corvamere Compute") not in found, found
    filing = Document(id="k14", source="/docs/8k.pdf", title="8-K", company="Corvamere Compute", doc_type="8-K")
    text = ("On November 6, 2025, CRV Compute Funding I, LLC (the \"Borrower\"), a wholly owned subsidiary of Corvamere Compute, Inc., entered into a "
            "Credit Agreement providing for delayed-draw term loans of up to $3.2 billion. Brackenmere Compute Infrastructure Fund II, a fund managed by "
            "Brackenmere Credit Partners LP, committed $2.0 billion to the Borrower. Kettermere Mutual Life Insurance Company committed $700 million, and "
            "Tessamere Credit Holdings Ltd., a wholly owned subsidiary of Tessamere Investment Authority, committed $500 million.")
    found = {(r.source, r.relation, r.target): r.amount for r in _doc_links(extractor, text, filing)}
    assert found.get(("Brackenmere Compute Infrastructure Fund II", "lends_to", "CRV Compute Funding I")) == "$2.0 billion", found
    assert found.get(("Tessamere Credit Holdings", "lends_to", "CRV Compute Funding I")) == "$500 million", found
    assert any(s.startswith("Kettermere") and r == "lends_to" and a == "$700 million" for (s, r, _), a in found.items()), found
    assert not any(s in {"Tessamere Investment Authority", "Brackenmere Credit Partners"} and r == "lends_to" for s, r, _ in found), found


def test_a_ten_k_s_suppliers_holders_debt_table_and_joint_venture_partner(extractor: RuleExtractor) -> None:
    tenk = Document(id="k15", source="/docs/10k.html", title="10-K", company="Corvamere Compute", doc_type="10-K")
    text = ("Optical transceivers are purchased principally from Shenzhen Guangmere Technology Co., Ltd. (\u201cGuangmere\u201d), and coolant "
            "distribution units are sourced from Hanmere Precision Co., Ltd. and its U.S. subsidiary.\n\n"
            "In October 2025, CRV Compute Funding I, LLC drew $1.4 billion under the delayed-draw facility to pay for accelerator systems purchased "
            "from Heliomere Semiconductor Corporation.\n\n"
            "On February 14, 2025, we acquired all outstanding equity of Stillmere Compute, Inc., an operator of two liquid-cooled facilities.\n\n"
            "We hold 35% of Ridgemere Digital Campus Holdings, LLC (\u201cRidgemere\u201d). The remaining 65% interest in Ridgemere is held by Tessamere Investment Authority "
            "(\u201cTIA\u201d). TIA, our joint venture partner in Ridgemere, also held approximately 6.0% of our Class A common stock at year end.")
    found = _triples(extractor, text, tenk)
    assert {("Shenzhen Guangmere Technology", "supplies", "Corvamere Compute"), ("Hanmere Precision", "supplies", "Corvamere Compute"),
            ("Corvamere Compute", "acquires", "Stillmere Compute"), ("Tessamere Investment Authority", "owns_stake_in", "Corvamere Compute")} <= found, found
    assert any(s == "Tessamere Investment Authority" and r == "owns_stake_in" and t.startswith("Ridgemere") for s, r, t in found), found
    assert not any(r == "invests_in" and t == "Hanmere Precision" for _, r, t in found), found
    assert not any(r == "lends_to" and s.startswith("Heliomere") for s, r, _ in found), found
    assert not any(r == "partners_with" and t.startswith("Ridgemere") for _, r, t in found), found
    table = ("| Facility | Borrower | Lender(s) | Maturity |\n|---|---|---|---|\n"
             "| GPU-backed delayed-draw term loan (2025) | CRV Compute Funding I, LLC | Brackenmere Compute Infrastructure Fund II; Kettermere Mutual "
             "Life Insurance Company; Tessamere Credit Holdings Ltd. | 2031 |\n| 2.75% convertible senior notes | Corvamere Compute, Inc. | Institutional holders | 2031 |")
    chunk = Chunk(id="t15", doc_id="k15", text=table, ordinal=0, page=None, kind="table")
    lenders = {(r.source, r.target) for r in extractor.from_chunks([chunk], tenk) if r.relation == "lends_to"}
    assert {s for s, t in lenders if t == "CRV Compute Funding I"} >= {"Brackenmere Compute Infrastructure Fund II", "Tessamere Credit Holdings"}, lenders
    assert any(s.startswith("Kettermere") for s, _ in lenders) and not any("Institutional" in s for s, _ in lenders), lenders


def test_its_at_a_sentence_s_start_is_the_company_just_spoken_of(extractor: RuleExtractor) -> None:
    news = Document(id="n15", source="/docs/news.md", title="News", company="", doc_type="news")
    text = ("Quillmere Labs, Inc. said annualized revenue had reached $3.1 billion. One of its biggest new customers is Tamsmere Power & Light "
            "Company, the Midwestern utility, which signed a three-year, $140 million licence in July.")
    assert ("Quillmere Labs", "supplies", "Tamsmere Power & Light") in {(s, r, t.replace(" Company", "")) for s, r, t in _triples(extractor, text, news)}


def test_a_hong_kong_announcement_s_glossary_roles_and_its_own_group(extractor: RuleExtractor) -> None:
    hk = Document(id="h16", source="/docs/hk.pdf", title="公告", company="雲汀數據", doc_type="deal announcement")
    text = ("(1) 光模組採購協議：本公司與光汀科技訂立光模組採購協議，以總代價人民幣4.35億元採購800G光模組。採購協議有助本集團鎖定關鍵光模組之供應。"
            "於2025年11月18日，本公司與認購人訂立認購協議。認購人已有條件同意按每股港幣6.40元認購312,500,000股新股份，總代價為港幣20億元。"
            "雲汀深圳已於2025年11月10日與港灣銀行訂立三年期定期貸款融資協議，本金最高為港幣15億元。\n\n"
            "「本公司」 指 雲汀數據控股有限公司（Yunting Data Holdings Limited），其股份於聯交所主板上市「雲汀深圳」 指 雲汀數據（深圳）有限公司，"
            "本公司之間接全資附屬公司「光汀科技」 指 深圳光汀科技股份有限公司「港灣銀行」 指 Harbourmere Bank (Hong Kong) Limited，一家持牌銀行"
            "「認購人」 指 Tessamere Investment Authority")
    found = {(r.source, r.relation, r.target): r.amount for r in _doc_links(extractor, text, hk)}
    assert not any("有助" in s or "有助" in t for s, _, t in found), found
    assert any(s.endswith("光汀科技") and r == "supplies" and t == "雲汀數據" for s, r, t in found), found
    assert found.get(("Tessamere Investment Authority", "invests_in", "雲汀數據")) == "港幣20億元", found
    assert any(s.startswith("Harbourmere") and r == "lends_to" and t.startswith("雲汀數據（深圳）") and a == "港幣15億元" for (s, r, t), a in found.items()), found


def test_an_a_share_fund_s_partner_table_and_a_generic_word_as_its_short_name(extractor: RuleExtractor) -> None:
    notice = Document(id="g16", source="/docs/gonggao.md", title="公告", company="光汀科技", doc_type="deal announcement")
    text = ("深圳光汀科技股份有限公司（以下简称\"公司\"）拟认缴出资人民币30,000万元，作为有限合伙人参与投资设立深圳光汀智算产业投资基金合伙企业（有限合伙）"
            "（以下简称\"智算基金\"或\"基金\"）。深圳光汀私募股权投资基金管理有限公司（以下简称\"光汀私募\"）为基金管理人。\n\n公司与专业投资机构、政府引导基金共同发起设立智算基金。\n\n注3：公司全资子公司光汀科技（马来西亚）有限公司为公司海外生产基地。\n\n"
            "基金出资结构如下（单位：万元）：")
    table = ("| 序号 | 合伙人名称 | 合伙人类型 | 认缴出资额 | 出资比例 |\n|---|---|---|---|---|\n| 1 | 深圳光汀私募股权投资基金管理有限公司 | 普通合伙人 | 500 | 0.50% |\n"
             "| 2 | 深圳市澄汀投资有限公司 | 有限合伙人 | 44,500 | 44.50% |")
    chunks = [*(Chunk(id=f"g16-{i}", doc_id="g16", text=t, ordinal=i, page=None) for i, t in enumerate(text.split("\n\n"))),
              Chunk(id="g16-t", doc_id="g16", text=table, ordinal=9, page=None, kind="table")]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, notice)}
    assert ("光汀科技", "invests_in", "智算基金") in found or ("深圳光汀科技", "invests_in", "智算基金") in found, found
    assert {s for s, r, t in found if r == "invests_in" and t == "智算基金"} >= {"深圳市澄汀投资", "光汀私募"}, found
    assert ("智算基金", "invests_in", "光汀科技") not in found and not any(s == "政府引导基金" for s, _, _ in found), found
    assert any(s.startswith("光汀科技（马来西亚）") and r == "subsidiary_of" for s, r, _ in found), found


def test_a_broker_note_s_operator_supplier_line_and_follow_on_investors(extractor: RuleExtractor) -> None:
    note = Document(id="b16", source="/docs/note.md", title="跟踪报告", company="光汀科技", doc_type="research")
    text = ("港股智算中心运营商云汀数据为公司第二大客户。根据云汀数据11月18日公告，云汀数据与北京深汀智能签订三年期算力服务框架协议。\n\n"
            "光汀智算基金已于11月领投深汀智能B轮融资，投资金额1.5亿元；燕汀创投等老股东跟投，本轮融资总额约6亿元。\n\n"
            "深汀智能目前训练集群以国产算力为主，GPU供应商为上海昇汀微电子有限公司。")
    found = {(r.source, r.relation, r.target): r.amount for r in _doc_links(extractor, text, note)}
    assert any(s == "云汀数据" and r == "supplies" and "深汀智能" in t for s, r, t in found), found
    assert found.get(("燕汀创投", "invests_in", "深汀智能"), "missing") is None, found
    assert any("昇汀微电子" in s and r == "supplies" and "深汀智能" in t for s, r, t in found), found


def test_an_investor_day_s_reservations_purchases_contributions_and_a_joint_venture(extractor: RuleExtractor) -> None:
    day = Document(id="i17", source="/docs/day.md", title="Investor day", company="Nimbomere Cloud", doc_type="call transcript")
    text = ("Larkmere Intelligence Inc. has signed a six-year capacity reservation with us valued at approximately $9.0 billion.\n\n"
            "Purchases from Shyanmere Computing Co., Ltd., our lead ODM, came to roughly $4.1 billion in fiscal 2025.\n\n"
            "Second, we also made a capital contribution of $2.5 billion this year to Nimbomere Strategic Holdings LLC.\n\n"
            "Pellumere Oak Ventures LP led our Series A financing in 2021.\n\n"
            "Soramere Memory Co., Ltd. and Dunmere Semiconductor Inc. both ship HBM3E at comparable pin speeds, and for Cirrus-3 we'll decide on data.\n\n"
            "Nimbomere Cloud Inc. and Tsurumere Bussan Kaisha, Ltd. have formed Hiramere Data Campus G.K., a joint venture that will build up to 600 "
            "megawatts of capacity. We hold 60 percent of the joint venture and Tsurumere holds the remaining 40 percent. Tsurumere will also lend the "
            "JV ¥180 billion under a construction facility.")
    found = {(r.source, r.relation, r.target): r for r in _doc_links(extractor, text, day)}
    assert {("Nimbomere Cloud", "supplies", "Larkmere Intelligence"), ("Shyanmere Computing", "supplies", "Nimbomere Cloud"),
            ("Nimbomere Cloud", "invests_in", "Nimbomere Strategic Holdings"), ("Pellumere Oak Ventures", "invests_in", "Nimbomere Cloud"),
            ("Nimbomere Cloud", "owns_stake_in", "Hiramere Data Campus"), ("Tsurumere Bussan", "owns_stake_in", "Hiramere Data Campus")} <= set(found), found
    loan = found[("Tsurumere Bussan", "lends_to", "Hiramere Data Campus")]
    assert (loan.amount, loan.currency) == ("¥180 billion", "JPY"), loan
    assert not any(s.startswith(("Soramere", "Dunmere")) for s, _, _ in found), found


def test_a_term_sheet_s_tranches_and_the_borrower_s_parent_and_suppliers(extractor: RuleExtractor) -> None:
    sheet = Document(id="t17", source="/docs/terms.pdf", title="Term sheet", company="Quillmere Packaging Korea", doc_type="news")
    text = ("Quillmere Packaging Korea Ltd. (the \"Borrower\"), a company incorporated in the Republic of Korea and a wholly-owned subsidiary of "
            "Quillmere Advanced Packaging, Inc. (the \"Parent\").\n\nTranche B: Kestmere Morrow Bank, N.A. (the \"Tranche B Lender\") will provide the "
            "Borrower a term loan of US$160,000,000.\n\nThe proceeds of Tranche B will be applied to the purchase of hybrid bonders supplied to the "
            "Borrower by Kuromere Bonding Systems K.K.")
    found = _triples(extractor, text, sheet)
    assert {("Quillmere Packaging Korea", "subsidiary_of", "Quillmere Advanced Packaging"), ("Kestmere Morrow Bank", "lends_to", "Quillmere Packaging Korea"),
            ("Kuromere Bonding Systems", "supplies", "Quillmere Packaging Korea")} <= found, found
    filing = Document(id="k17", source="/docs/8k.txt", title="8-K", company="Quillmere Advanced Packaging", doc_type="8-K")
    text = ("On October 3, 2025, Quillmere Packaging Korea Ltd. (\"QPK\"), the Company's wholly owned Korean subsidiary, entered into a commitment "
            "letter for senior secured term loan facilities. The facility consists of a JPY 36.0 billion Tranche A term loan made available by "
            "Tsurumere Bussan Kaisha, Ltd. and a US$160 million Tranche B term loan provided by Kestmere Morrow Bank, N.A.")
    found = _triples(extractor, text, filing)
    assert {("Tsurumere Bussan", "lends_to", "Quillmere Packaging Korea"), ("Kestmere Morrow Bank", "lends_to", "Quillmere Packaging Korea")} <= found, found
    assert ("Kestmere Morrow Bank", "lends_to", "Tsurumere Bussan") not in found, found


def test_a_taiwan_annual_report_s_purchase_and_sales_tables_and_supply_chain_finance(extractor: RuleExtractor) -> None:
    report = Document(id="a17", source="/docs/ar.md", title="年報", company="翔汀電腦", doc_type="annual report")
    table = ("| 項目 | 名稱 | 金額 | 占全年度進貨淨額比率(%) | 與發行人之關係 |\n|---|---|---|---|---|\n| 1 | 供應商甲 | 96,310,440 | 39.2 | 無 |\n"
             "| 2 | Soramere Memory Co., Ltd. | 48,612,300 | 19.8 | 無 |\n| | 進貨淨額 | 245,509,000 | 100.0 | |")
    sales = ("| 項目 | 名稱 | 金額 | 占全年度銷貨淨額比率(%) | 與發行人之關係 |\n|---|---|---|---|---|\n| 2 | Vantamere Cloud Corp. | 39,118,020 | 13.7 | 無 |\n"
             "| 3 | 客戶丙 | 30,552,110 | 10.7 | 無 |")
    text = ("本公司於一一四年五月與鶴汀物產株式會社簽訂供應鏈融資合約，由鶴汀物產提供日圓25,000百萬元之應收帳款融資額度。\n\n"
            "合肥芯汀微電子股份有限公司供應 CXL 記憶體擴充控制晶片，本年度採購金額隨新機種導入而大幅增加。")
    chunks = [Chunk(id="a17-t", doc_id="a17", text=table, ordinal=0, page=None, kind="table"),
              Chunk(id="a17-s", doc_id="a17", text=sales, ordinal=1, page=None, kind="table"),
              *(Chunk(id=f"a17-{i}", doc_id="a17", text=t, ordinal=2 + i, page=None) for i, t in enumerate(text.split("\n\n")))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, report)}
    assert {("Soramere Memory", "supplies", "翔汀電腦"), ("翔汀電腦", "supplies", "Vantamere Cloud"), ("鶴汀物產", "lends_to", "翔汀電腦")} <= found, found
    assert any("芯汀微電子" in s and r == "supplies" and t == "翔汀電腦" for s, r, t in found), found
    assert not any(re.search("甲|丙|淨額", s + t) for s, _, t in found), found


def test_a_mops_notice_s_unit_of_a_foreign_parent_a_capital_increase_and_a_denial(extractor: RuleExtractor) -> None:
    mops = Document(id="m17", source="/docs/mops.pdf", title="重大訊息", company="嵐汀載板", doc_type="deal announcement")
    text = ("1.本公司董事會於民國114年10月8日決議，與 Quillmere Packaging Korea Ltd.（以下簡稱「QPK」）簽訂為期五年、合約總金額約美金4.2億元之 ABF 載板長期供貨合約。\n"
            "3. QPK 為 Quillmere Advanced Packaging, Inc. 之韓國全資子公司，與本公司非屬關係人。\n"
            "本公司擬對子公司嵐汀載板（越南）有限公司（以下簡稱「嵐汀越南」）現金增資美金30,000千元。\n"
            "近日媒體報導本公司已取得上海曜汀智算科技有限公司之載板訂單，經查並無此事。\n"
            "截至本公告日，本公司未與奧瑞汀半導體股份有限公司簽署任何採購協議。")
    found = _triples(extractor, text, mops)
    assert {("嵐汀載板", "supplies", "Quillmere Packaging Korea"), ("Quillmere Packaging Korea", "subsidiary_of", "Quillmere Advanced Packaging")} <= found, found
    assert any(s == "嵐汀載板" and r == "invests_in" and t.startswith("嵐汀") for s, r, t in found), found
    assert not any("曜汀" in t or "奧瑞汀" in s + t for s, _, t in found), found


def test_a_customer_row_in_capitals_and_a_holder_row_of_affiliated_entities(extractor: RuleExtractor) -> None:
    notice = Document(id="g18", source="/docs/gonggao.md", title="公告", company="芯汀微", doc_type="deal announcement")
    table = ("| 序号 | 客户名称 | 销售额（亿元） | 占年度销售总额比例 |\n|---|---|---|---|\n| 2 | SORAMERE MEMORY CO., LTD. | 2.96 | 19.37% |")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([Chunk(id="g18-t", doc_id="g18", text=table, ordinal=0, page=None, kind="table")], notice)}
    assert ("芯汀微", "supplies", "Soramere Memory") in found, found
    s1 = Document(id="s18", source="/docs/s1.html", title="S-1", company="Larkmere Intelligence", doc_type="S-1")
    table = ("| Name of beneficial owner | Shares | Percentage before offering | Percentage after offering |\n|---|---|---|---|\n"
             "| Entities affiliated with Pellumere Oak Ventures (2) | 33,900,000 | 13.5% | 12.1% |")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([Chunk(id="s18-t", doc_id="s18", text=table, ordinal=0, page=None, kind="table")], s1)}
    assert ("Pellumere Oak Ventures", "owns_stake_in", "Larkmere Intelligence") in found, found


def test_an_offering_memorandum_s_issuer_noteholders_and_the_sponsor_s_customers(extractor: RuleExtractor) -> None:
    memo = Document(id="o19", source="/docs/om.pdf", title="Offering memorandum", company="Kestrelmere GPU Funding I", doc_type="prospectus")
    text = ("Kestrelmere GPU Funding I, LLC (the \"Issuer\") is a Delaware limited liability company and a wholly owned, special-purpose subsidiary of "
            "Kestrelmere Compute, Inc. (the \"Sponsor\").\n\nThe Collateral Value Test references the Tallowmere Compute Exchange monthly index.\n\n"
            "The following table sets forth the initial holders of the Notes.\nNoteholder Class Principal (US$) Share\n"
            "Harrowmere Mutual Life Insurance Company A 600,000,000 32.4%\nRas Zafmere Investment Authority B 350,000,000 18.9%\nTotal 950,000,000 100.0%\n\n"
            "Each Eligible Customer Contract is a compute services agreement under which the Sponsor provides reserved GPU capacity to the named customer.\n"
            "Customer Contracted GPUs Remaining value (US$m) % of total\nQuillmere Labs, Inc. 9,600 712.4 31.6%")
    found = _triples(extractor, text, memo)
    assert {("Kestrelmere GPU Funding I", "subsidiary_of", "Kestrelmere Compute"), ("Kestrelmere Compute", "supplies", "Quillmere Labs")} <= found, found
    lenders = {s for s, r, t in found if r == "lends_to" and t == "Kestrelmere GPU Funding I"}
    assert {"Ras Zafmere Investment Authority"} <= lenders and any(s.startswith("Harrowmere Mutual Life") for s in lenders), found
    assert not any("Collateral" in s or "Collateral" in t for s, _, t in found), found
    call = Document(id="c19", source="/docs/call.txt", title="Q3 call", company="Kestrelmere Compute", doc_type="call transcript")
    text = ("Kestrelmere GPU Funding I is a bankruptcy-remote, wholly owned subsidiary that we set up solely to hold the pledged GPUs.\n\n"
            "No. Harrowmere Mutual is an investor in our notes, not a customer.")
    found = _triples(extractor, text, call)
    assert {("Kestrelmere GPU Funding I", "subsidiary_of", "Kestrelmere Compute"), ("Harrowmere Mutual", "lends_to", "Kestrelmere Compute")} <= found, found


def test_a_reit_s_acquisition_tenants_placement_and_notes(extractor: RuleExtractor) -> None:
    release = Document(id="r20", source="/docs/reit.md", title="Press release", company="Straitsmere Data Centre REIT", doc_type="deal announcement")
    text = ("Straitsmere REIT Management Pte. Ltd., as manager (the \"Manager\") of Straitsmere Data Centre REIT (\"Straitsmere DC REIT\" or the \"REIT\"), "
            "today announced that Straitsmere DC REIT has entered into a conditional share purchase agreement to acquire 100% of Tembumere DC Jurong "
            "Pte. Ltd. (the \"Target Company\") from Tembumere Digital Holdings Pte. Ltd.\n\nApproximately 70% of the net lettable area has been "
            "pre-committed by Kestrelmere Compute, Inc., the US-listed GPU cloud operator. The remaining 30% has been leased to Yunmere Data (Singapore) "
            "Pte. Ltd.\n\nThe acquisition will be funded by a private placement of new units raising approximately S$420.0 million, of which the Ras "
            "Zafmere Investment Authority has agreed to subscribe for S$150.0 million as a cornerstone investor, and by S$350.0 million of senior "
            "unsecured notes placed privately with Harrowmere Mutual Life Insurance Company.")
    found = _triples(extractor, text, release)
    assert {("Straitsmere Data Centre REIT", "acquires", "Tembumere DC Jurong"), ("Straitsmere Data Centre REIT", "supplies", "Kestrelmere Compute"),
            ("Straitsmere Data Centre REIT", "supplies", "Yunmere Data (Singapore)"),
            ("Ras Zafmere Investment Authority", "invests_in", "Straitsmere Data Centre REIT")} <= found, found
    assert any(s.startswith("Harrowmere Mutual Life") and r == "lends_to" and t == "Straitsmere Data Centre REIT" for s, r, t in found), found
    assert not any(s.startswith("Ras Zafmere") and t.startswith("Harrowmere") for s, _, t in found), found


def test_a_taiwan_call_s_own_customers_suppliers_banks_and_tender_offer(extractor: RuleExtractor) -> None:
    call = Document(id="c21", source="/docs/call.md", title="法說會", company="鈞汀電能科技", doc_type="call transcript")
    text = ("Frostmere Thermal Systems Inc. 是一家公司。液冷方面，我們供應給美國液冷廠 Frostmere Thermal Systems Inc. 的 CDU 電源模組，第三季出貨量季增約四成。\n\n"
            "北美雲端大客戶 Quillmere Cloud Inc. 本季仍是我們最大的客戶。\n\n冷板我們大部分自製，部分冷板我們是向廣東的瀾汀科技股份有限公司採購。\n\n"
            "上個月我們與銀行團簽訂了五年期聯合授信，總額度新台幣 60 億元，其中由瀚汀商業銀行擔任主辦行並承貸新台幣 18 億元。\n\n"
            "董事會已通過以每股新台幣 58 元公開收購沛汀精密工業股份有限公司普通股，預定取得 51% 股權。\n\n"
            "至於 Kestrelmere Inc. 是否也向光汀電源股份有限公司採購，我們無從得知，也不便評論。")
    found = {(r.source, r.relation, r.target): r.amount for r in _doc_links(extractor, text, call)}
    assert {("鈞汀電能科技", "supplies", "Frostmere Thermal Systems"), ("鈞汀電能科技", "supplies", "Quillmere Cloud"),
            ("鈞汀電能科技", "acquires", "沛汀精密工業")} <= set(found), found
    assert any("瀾汀科技" in s and r == "supplies" for s, r, _ in found), found
    assert any("瀚汀" in s and r == "lends_to" and a == "新台幣 18 億元" for (s, r, _), a in found.items()), found
    assert not any("光汀" in s + t for s, _, t in found), found


def test_a_taiwan_syndicate_table_a_loan_to_a_unit_named_in_capitals_and_an_inquiry_reply(extractor: RuleExtractor) -> None:
    mops = Document(id="m21", source="/docs/mops.pdf", title="重大訊息", company="鈞汀", doc_type="deal announcement")
    text = ("（一）參貸銀行及承貸金額（單位：新臺幣千元）\n銀行名稱 角色 承貸金額 比例(%)\n瀚汀商業銀行股份有限公司 主辦銀行 1,800,000 30.00\n"
            "東汀商業銀行股份有限公司 共同主辦銀行 1,500,000 25.00\n\n"
            "本公司董事會同意資金貸與百分之百持股之子公司 JUNTING POWER (THAILAND) CO., LTD. （以下簡稱「鈞汀泰國」）美金參仟萬元整。")
    found = _triples(extractor, text, mops)
    assert {("瀚汀商業銀行", "lends_to", "鈞汀"), ("東汀商業銀行", "lends_to", "鈞汀"), ("鈞汀", "lends_to", "Junting Power (Thailand)"),
            ("Junting Power (Thailand)", "subsidiary_of", "鈞汀")} <= found, found
    assert not any(s.startswith("共同") for s, _, _ in found), found


def test_licences_listed_parents_sales_to_a_group_follow_on_money_and_a_lease_to_a_lessee(extractor: RuleExtractor) -> None:
    news = Document(id="n22", source="/docs/news.md", title="News", company="", doc_type="news")
    found = _triples(extractor, "Harrowmere Mutual Life Insurance Company, which holds several GPU-backed bonds, now licenses the index from "
                     "Tallowmere Compute Exchange Ltd.\n\nYunmere Data (Singapore) Pte. Ltd., a subsidiary of Hong Kong-listed Yunmere Compute "
                     "Holdings Limited, took 30% of the space.", news)
    assert {("Tallowmere Compute Exchange", "supplies", "Harrowmere Mutual Life Insurance"),
            ("Yunmere Data (Singapore)", "subsidiary_of", "Yunmere Compute Holdings")} <= found, found
    quarterly = Document(id="q22", source="/docs/10q.html", title="10-Q", company="Veridmere Semiconductor", doc_type="10-Q")
    found = _triples(extractor, "Sales to Shanghai Lanmere Information Technology Co., Ltd. and its subsidiaries, a server manufacturer, "
                     "represented 23% of revenue.", quarterly)
    assert ("Veridmere Semiconductor", "supplies", "Shanghai Lanmere Information Technology") in found, found
    zh = Document(id="z22", source="/docs/news.md", title="新闻", company="", doc_type="news")
    found = _triples(extractor, "深汀智能科技有限公司完成B轮融资，由曜汀资本领投。老股东青汀创业投资管理有限公司（以下简称\"青汀创投\"）继续加码3亿元。", zh)
    assert ("青汀创投", "invests_in", "深汀智能科技") in found, found
    hk = Document(id="h22", source="/docs/hk.md", title="公告", company="雲汀算力", doc_type="deal announcement")
    found = _triples(extractor, "同日，雲汀數據科技（深圳）有限公司與杭州深汀智能科技有限公司（「承租人」）訂立租賃協議，據此，"
                     "雲汀數據科技（深圳）有限公司同意將上述伺服器出租予承租人，為期36個月。", hk)
    assert any(s.startswith("雲汀數據科技") and r == "supplies" and "深汀" in t for s, r, t in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvamere Microdevices Inc. holds about 70% of the merchant accelerator market outside China, against low single digits for Hanmere Compute Ltd.",
        "Stonemere Venture Lending Fund IV, in turn, is negotiating a growth loan to Quillmere Silicon, Inc.",
    ],
)
def test_a_market_share_and_a_loan_under_negotiation_are_no_links(extractor: RuleExtractor, sentence: str) -> None:
    assert not links(extractor, sentence), links(extractor, sentence)


def test_chinese_negations_reports_and_sovereign_names_with_their_forms(extractor: RuleExtractor) -> None:
    notice = Document(id="c23", source="/docs/clarify.md", title="澄清公告", company="驰汀汽车", doc_type="deal announcement")
    text = ("公司及深圳驰汀智驾科技有限公司均未直接向翊汀微电子股份有限公司采购芯片。\n\n"
            "相关报道称：公司拟以约5亿美元入股美国推理芯片企业Quillmere Silicon, Inc.。\n\n"
            "於本公告日期，華汀集團有限公司並無直接持有本公司任何股份。")
    assert not _triples(extractor, text, notice), _triples(extractor, text, notice)
    release = Document(id="p23", source="/docs/pr.txt", title="Press release", company="", doc_type="news")
    text = ("ABU DHABI -- Qasr Namere Artificial Intelligence Holding PJSC (\"QNAI\" or \"Qasr Namere\"; ADX: QNAI) today announced an investment of "
            "EUR 555 million in Lumenmere SAS.\n\nHalvard Brightmere Infrastructure Fund IV SCSp is joining the round with a EUR 90 million commitment.\n\n"
            "Electricity for our campuses is purchased from Dhruvamere Renewables Private Limited under a power purchase agreement.")
    found = _triples(extractor, text, release)
    assert any(s == "Qasr Namere Artificial Intelligence Holding" and r == "invests_in" for s, r, _ in found), found
    assert any(s == "Halvard Brightmere Infrastructure Fund IV" and r == "invests_in" for s, r, _ in found), found


def test_a_largest_buyer_a_credit_arm_a_subscription_line_and_money_in_other_dollars(extractor: RuleExtractor) -> None:
    news = Document(id="n23", source="/docs/news.md", title="News", company="", doc_type="news")
    text = ("Halcymere Cloud, Inc. has become Quillmere Silicon, Inc.'s largest buyer, installing more than 2,000 of its accelerators.\n\n"
            "Stonemere Venture Lending Fund IV borrows against those commitments through a US$120 million subscription credit line from Prairiemere Bank, N.A.\n\n"
            "Tamamere Crown Pension Investments's private credit arm committed C$150 million to Stonemere Venture Lending Fund IV in March.")
    found = {(r.source, r.relation, r.target): r for r in _doc_links(extractor, text, news)}
    assert {("Quillmere Silicon", "supplies", "Halcymere Cloud"), ("Prairiemere Bank", "lends_to", "Stonemere Venture Lending Fund IV")} <= set(found), found
    arm = found[("Tamamere Crown Pension Investments", "invests_in", "Stonemere Venture Lending Fund IV")]
    assert (arm.amount, arm.currency) == ("C$150 million", "CAD"), arm


def test_a_taiwan_annual_report_s_sales_table_with_a_dated_amount_column(extractor: RuleExtractor) -> None:
    report = Document(id="a23", source="/docs/ar.md", title="年報", company="翊汀微電子", doc_type="annual report")
    table = ("| 項目 | 名稱 | 一一三年度金額 | 占全年度銷貨淨額比率〔%〕 | 與發行人之關係 |\n|---|---|---|---|---|\n"
             "| 1 | 蘇州芯汀智能科技股份有限公司 | 1,842,336 | 24.6 | 無 |\n| 3 | 甲公司 | 902,115 | 12.1 | 無 |")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([Chunk(id="a23-t", doc_id="a23", text=table, ordinal=0, page=None, kind="table")], report)}
    assert ("翊汀微電子", "supplies", "蘇州芯汀智能科技") in found and not any("甲" in t for _, _, t in found), found


def test_goods_named_before_their_seller_and_bought_from_it(extractor: RuleExtractor) -> None:
    report = Document(id="a24", source="/docs/ar.md", title="年度报告", company="华汀云", doc_type="annual report")
    found = _triples(extractor, "在智算设备方面，公司智算中心所用GPU加速卡主要向Corvamere Microdevices N.V.（以下简称\"科凡\"）采购，报告期采购额约48亿元。", report)
    assert ("Corvamere Microdevices", "supplies", "华汀云") in found, found
    call = Document(id="c24", source="/docs/call.md", title="Call", company="Veltmere Telekom", doc_type="call transcript")
    found = _triples(extractor, "The accelerators themselves are bought from Corvamere Microdevices N.V. under a multi-year allocation agreement.", call)
    assert ("Corvamere Microdevices", "supplies", "Veltmere Telekom") in found, found


def test_a_filing_s_defined_phrases_headings_and_titles_are_no_companies(extractor: RuleExtractor) -> None:
    """A 10-K with a stock plan attached: capitalised runs of words the filing also writes in lower case ("Exercise Price",
    "Shares Weighted-Average") and a biography's heading ("Dorsey President …") name no company; its supplier still does."""
    report = Document(id="k1", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    text = "\n\n".join([
        "Brightwell Devices, Inc. (the “Company”) designs industrial sensors. We buy wafers from Tessaly Foundry Ltd. under a supply agreement.",
        "Options granted under the plan carry an exercise price equal to the fair market value of the shares on the grant date; "
        "the administrator sets vesting and payment conditions, and shares weighted by grant date are shown below.",
        "The changes in options outstanding during 2025 and 2024 are presented below: 2025 2024 Number of Shares Weighted-Average",
        "Administrator Authority.",
        "All determinations made by the Administrator in good faith will be final and binding upon you and the Company.",
        "The Payment Conditions include that no event of default exists and that the Company holds at least $50 million of cash.",
        "The Company may decline to deliver the Shares or the proceeds of a sale of Shares if you do not meet your obligations.",
        "The Company may impose other requirements on the Options and on any Shares acquired under the Plan.",
        "Payment of the Exercise Price may be made in cash or by delivery of Shares acquired from the Company.",
        "Dorsey President and Chief Executive Officer Ms. Dorsey joined Brightwell Devices in 2004 and has led its sensor business since 2015.",
    ])
    found = _triples(extractor, text, report)
    assert ("Tessaly Foundry", "supplies", "Brightwell Devices") in found, found
    assert {n for s, _, t in found for n in (s, t)} <= {"Tessaly Foundry", "Brightwell Devices"}, found
    # a web address does not write a name in lower case: "Orvella" alone is still Orvella Compute
    release = Document(id="k5", source="/docs/pr.html", title="Release", company="", doc_type="news")
    found = _triples(extractor, "Orvella Compute, Inc. reported results today. Lindqvist Cloud AB has placed orders for Orvella accelerators "
                                "worth $200 million.\n\nContact: ir@orvella.com, www.orvella.com", release)
    assert ("Orvella Compute", "supplies", "Lindqvist Cloud") in found, found


def test_a_filing_s_business_sold_interests_bought_people_and_places(extractor: RuleExtractor) -> None:
    """A business sold is acquired by its buyer; all the interests of a company bought is the company acquired; a doctor, a
    people and a state are no companies; '3M Company ("3M")' does not lose its digit."""
    report = Document(id="k2", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "In 2024, Brightwell Devices sold its industrial monitoring business to an affiliate of Corrow Equity Partners.",
        "In 2023, we sold the assets of our protective films business, with annual sales of about $40 million, to Pellmark LLC.",
        "In March 2024, Brightwell Devices purchased all of the ownership interests of Quarrel Analytics, LLC, a maker of test kits.",
        "Before that, Dr. Ostrander was a partner at Fenwick Halloway & Company, where he led hardware assessments.",
        "In August 2024, the Company sold an 80 percent stake of Brightwell Brasil to Quintana Capital Partners (“Quintana”).",
        "We partner with groups that support Black and African American engineers in their careers.",
        "Our sensor plants are in North Carolina, Mexico and a new facility in Poland, and Brightwell Devices supplies them with wafers.",
    ]), report)
    assert {("Corrow Equity Partners", "acquires", "Brightwell Devices"), ("Pellmark", "acquires", "Brightwell Devices"),
            ("Brightwell Devices", "acquires", "Quarrel Analytics"), ("Quintana Capital Partners", "owns_stake_in", "Brightwell Devices")} <= found, found
    assert not any(r == "supplies" for _, r, _ in found), found
    assert not {n for s, _, t in found for n in (s, t)} & {"Ostrander", "African American", "North Carolina"}, found
    maker = Document(id="k3", source="/docs/10k-3m.pdf", title="Form 10-K", company="3M", doc_type="10-K")
    found = _triples(extractor, "3M Company (“3M”) makes adhesives. In 2024, 3M acquired Lindell Coatings, Inc. for $90 million.", maker)
    assert ("3M", "acquires", "Lindell Coatings") in found and not any("M Company" in n for s, _, t in found for n in (s, t)), found


def test_a_filing_s_exhibit_index_laws_and_generic_first_words_give_no_links(extractor: RuleExtractor) -> None:
    """Exhibit index entries name agreements filed before, not deals ("Master Manufacturing" is no supplier); "United"
    alone (in "the United States") is not the United Avionics Corporation a biography names; a law is no holder; a career and a
    credit rating are no investments."""
    report = Document(id="k4", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "8-K 001-37622 10.1 February 3, 2024 10.21# Master Manufacturing and Supply Agreement by and between the Registrant and Okabe Components Corporation.",
        "*10.4 2019 Equity Incentive Plan, as amended, filed as Exhibit 10.1 to Brightwell's Quarterly Report on Form 10-Q, is incorporated by reference.",
        "As a Delaware corporation, we are subject to Section 203 of the Delaware General Corporation Law, which limits holders of 15% of our stock.",
        "Ms. Varga was Vice President, Talent of United Avionics Corporation, an aircraft parts maker, from 2017 to 2019.",
        "Much of the merchandise we sell is bought from suppliers in the United States.",
        "Brightwell Devices leases its main plant from Ferrow Realty Trust.",
        "Prior to joining Brightwell Devices, he worked in investment banking at Harlan Maddox & Co. and Quenby Securities LLC.",
        "Our long-term debt is rated investment grade by Stanmore Ratings Inc. and Quayle Investors Service, Inc.",
    ]), report)
    assert ("Ferrow Realty Trust", "supplies", "Brightwell Devices") in found, found
    assert {n for s, _, t in found for n in (s, t)} <= {"Brightwell Devices", "Ferrow Realty Trust"}, found


def test_a_filing_s_unquoted_party_a_rival_a_condition_and_a_subsidiary_list_footnote(extractor: RuleExtractor) -> None:
    """'X Co., Ltd., a Chinese joint stock company (JV Party)' defines its party without quotation marks; a rival that sells
    chips sells us none; "If X fails to fund Y" states no link; a subsidiary list's "(2) 99.9% owned by …" footnote names no holder
    of the company before it."""
    report = Document(id="k6", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "On May 2, 2025, we entered into an agreement with Jiangyin Haoxin Packaging Co., Ltd., a Chinese joint stock company (JV Party), "
        "under which we will sell to JV Party a majority of the equity interests in our two assembly units.",
        "The JV Party will acquire 85% of the equity interests in each unit for approximately $310 million.",
        "Corvale Semiconductor makes and sells sensor chipsets bundled with its controllers and is our main competitor in this market.",
        "If Quarrow Tech fails to adequately fund TF on a timely basis, or at all, TF's ability to manufacture products for us could be materially adversely affected.",
        "LIST OF SUBSIDIARIES\nBrightwell Devices Asia Ltd. Singapore\n______ (*) Inactive (1) 100% owned by Brightwell Devices Holdings B.V. (2) 99.99% owned by "
        "Brightwell Devices, Inc., .01% owned by Brightwell Devices Asia Ltd. (3) 99.9% owned by Brightwell Devices Asia Ltd., 0.1% owned by Brightwell Far East Ltd. "
        "(4) Subsidiary of Brightwell Devices Holdings B.V. (5) 51% owned by Brightwell Devices, Inc., 49% owned by Brightwell Devices (China) Co. Ltd.",
    ]), report)
    assert any(s == "Jiangyin Haoxin Packaging" and t == "Brightwell Devices" for s, _, t in found), found
    assert not {n for s, _, t in found for n in (s, t)} & {"JV Party", "Corvale Semiconductor", "Quarrow Tech"}, found
    assert not any(r == "owns_stake_in" for _, r, _ in found), found


def test_a_filing_s_lower_case_words_programmes_and_a_second_target_name_no_party(extractor: RuleExtractor) -> None:
    """"an industrial bank" in lower case is not Industrial Bank (a name in the lexicon); Medicare is a programme; in "the
    proposed acquisition of X and the pending acquisition of Y" both are bought and neither buys the other."""
    report = Document(id="k7", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "We have partnered, on a non-exclusive basis, with a Utah-chartered industrial bank to originate the loans we sell.",
        "The Company has invested significant resources to comply with Medicare Advantage program standards.",
        "Risks include the proposed acquisition of Orlen Clinics and the pending acquisition of Vashti Health by Brightwell Devices.",
    ]), report)
    assert not {n for s, _, t in found for n in (s, t)} & {"Industrial Bank", "Medicare Advantage"}, found
    assert ("Orlen Clinics", "acquires", "Vashti Health") not in found, found


def test_a_filing_s_people_awards_and_measures_are_no_companies(extractor: RuleExtractor) -> None:
    """A person named with a title ("Paulo Ortiz, our Chief Financial Officer,"), kinds of award written as plural capitals
    ("RSUs"), a measure ("Segment Adjusted EBITDA") and a run cut at a hyphen name no company."""
    report = Document(id="k8", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "Furthermore, Paulo Ortiz, our Chief Financial Officer, is a partner of Quenby Capital.",
        "We issue new shares of Brightwell Devices when restrictions on RSUs and PSUs have been satisfied.",
        "The increase in segment adjusted earnings was driven by our sensor sales; Segment Adjusted EBITDA supplied most of it to Tessaly Holdings.",
        "We see demand for our Long Range Anti-\nShip sensors, which we supply to Brightwell Devices' defence unit.",
    ]), report)
    assert not {n for s, _, t in found for n in (s, t)} & {"Paulo Ortiz", "RSUs", "PSUs", "Segment Adjusted EBITDA", "Long Range Anti-", "Quenby Capital"}, found


def test_a_filer_s_own_site_supplied_or_leased_and_names_with_numbers_and_gulf_forms(extractor: RuleExtractor) -> None:
    """In a filer's own 8-K, "gas for the facility will be delivered by X" and "X supplies the campus" make X its supplier, and
    "X leases the entirety of Buildings 1 and 2 at the campus" its customer; "Unit 1, LLC" and "W.L.L." end names; "the Company
    and X entered into a memorandum of understanding" is a partnership."""
    filing = Document(id="k9", source="/docs/8k.md", title="Form 8-K", company="Halvorsen Ridge Energy", doc_type="8-K")
    found = _triples(extractor, "\n\n".join([
        "Halvorsen Ridge Energy Corp. (the “Company”) announced a power purchase agreement today.",
        "Natural gas for the facility will be delivered by Tamsin Gas Transmission Company under a 20-year firm transportation agreement.",
        "Corvane Cloud, Inc. (“Corvane”) leases the entirety of Buildings 1 and 2 at the Marrow Creek campus under a 15-year lease.",
        "Sahil Water & Power Company supplies the campus with grid electricity and desalinated cooling water.",
        "The Company's bonds are held by Vantage Mutual Insurance Company.",
        "In connection with the PPA, the Company and Obsidian Lattice Inc. entered into a memorandum of understanding to study a second campus.",
        "The plant will be owned by Kestrune Harlow Unit 1, LLC, a wholly owned subsidiary of Kestrune Energy Inc.",
        "In September 2025 the Company completed the acquisition of Zawiya DataHub W.L.L., a 14 MW colocation operator.",
    ]), filing)
    assert {("Tamsin Gas Transmission Company", "supplies", "Halvorsen Ridge Energy"), ("Halvorsen Ridge Energy", "supplies", "Corvane Cloud"),
            ("Sahil Water & Power Company", "supplies", "Halvorsen Ridge Energy"), ("Halvorsen Ridge Energy", "partners_with", "Obsidian Lattice"),
            ("Kestrune Harlow Unit 1", "subsidiary_of", "Kestrune Energy"), ("Halvorsen Ridge Energy", "acquires", "Zawiya DataHub")} <= found, found
    assert not any("Vantage" in n for s, _, t in found for n in (s, t)), found


def test_a_hong_kong_discloseable_transaction_buyer_seller_target_and_a_site_supplied() -> None:
    """A Hong Kong announcement: the buyer acquires the target the seller sells (not the seller, who sells no goods to it); the
    company holds the target through the buyer; the target becomes a non-wholly owned subsidiary; goods supplied for a
    described buyer's site; "Holding Ltd" ends a name."""
    extractor = RuleExtractor(default_lexicon())
    notice = Document(id="h1", source="/docs/hk.pdf", title="須予披露交易", company="霜嶺液冷科技", doc_type="deal announcement")
    found = _triples(extractor, "\n\n".join([
        "董事會欣然宣佈，本公司之全資附屬公司霜嶺熱能投資有限公司（「買方」）與Grenhavn Industri AB（「賣方」）訂立買賣協議。",
        "據此，買方有條件同意收購而賣方有條件同意出售 Nordvik Thermal Systems AB（「目標公司」）之60%已發行股本，代價為 96,000,000歐元。",
        "完成後，本公司將透過買方間接持有目標公司60%股權。",
        "目標公司將成為本公司之間接非全資附屬公司，其財務業績將綜合入賬至本集團之綜合財務報表。",
        "本集團亦為阿聯酋數據中心開發商 Rimal Aster Digital Infrastructure Holding Ltd 之 Ghantoot 園區第一期及第二期供應直接晶片冷卻設備。",
    ]), notice)
    assert {("霜嶺熱能投資", "acquires", "Nordvik Thermal Systems"), ("霜嶺液冷科技", "owns_stake_in", "Nordvik Thermal Systems"),
            ("Nordvik Thermal Systems", "subsidiary_of", "霜嶺液冷科技"), ("霜嶺液冷科技", "supplies", "Rimal Aster Digital Infrastructure Holding")} <= found, found
    assert not any(s == "Grenhavn Industri" and t == "Nordvik Thermal Systems" and r != "owns_stake_in" for s, r, t in found), found
    assert ("霜嶺熱能投資", "owns_stake_in", "Nordvik Thermal Systems") not in found, found
    # a kind of company before a name is no name: "美国公用事业公司 X" is X
    contract = Document(id="h2", source="/docs/a.md", title="重大合同公告", company="衡磁电气", doc_type="deal announcement")
    found = _triples(extractor, "公司自 2023 年起为美国公用事业公司 Halvorsen Ridge Energy Corp. 供应 345kV 电力变压器，累计签约金额约 2.6 亿美元。", contract)
    assert ("衡磁电气", "supplies", "Halvorsen Ridge Energy") in found, found


def test_a_fund_letter_s_positions_a_tranche_and_no_links_from_maybes_or_comparisons(extractor: RuleExtractor) -> None:
    """A fund's letter: "we own a position in X", "we initiated a position in Y", "we added to Z", "W's holdings include a 4.2% stake
    in V"; "will provide an additional JPY 15 billion tranche to X" lends; "may in the future consider extending financing" and
    "2.3 times the performance per watt of X's part" are no links; "Shoji Kaisha" ends a name."""
    letter = Document(id="l1", source="/docs/letter.txt", title="Q3 letter", company="Pellucid Harbor Capital", doc_type="letter")
    found = _triples(extractor, "\n\n".join([
        "We also own a position in Lanze Precision, the Hangzhou-based actuator maker, which we regard as a long-term holding.",
        "We added to Seoryun Memory during the quarter and now hold 0.9% of its shares outstanding.",
        "In Taiwan, we initiated a position in Tingsen Computer (6594 TT), which now represents 3.2% of net assets.",
        "Nawfar Sovereign Holdings' existing technology holdings include a 4.2% stake in Ardent Memory Co., Ltd., the Korean memory maker.",
        "The Kurobane Bank, Ltd. will provide an additional JPY 15 billion tranche to Ombrine Robotics on the same terms.",
        "Mitobe Shoji Kaisha may in the future consider extending similar fleet financing to other robot makers such as Brightwater Robotics.",
        "Quillmark Silicon estimates that its X2 delivers roughly 2.3 times the performance per watt of Zephyrine Compute's Z9 part.",
    ]), letter)
    assert {("Pellucid Harbor Capital", "owns_stake_in", "Lanze Precision"), ("Pellucid Harbor Capital", "owns_stake_in", "Seoryun Memory"),
            ("Pellucid Harbor Capital", "owns_stake_in", "Tingsen Computer"), ("Kurobane Bank", "lends_to", "Ombrine Robotics")} <= found, found
    assert any(t == "Ardent Memory" and r == "owns_stake_in" and s.startswith("Nawfar") for s, r, t in found), found
    assert not {n for s, _, t in found for n in (s, t)} & {"Brightwater Robotics", "Zephyrine Compute"}, found


def test_a_known_name_that_starts_a_place_s_name_is_that_place_there_only(extractor: RuleExtractor) -> None:
    """"at the Dell Rapids campus" is a place; Dell in the next sentence is still the company."""
    filing = Document(id="p1", source="/docs/10q.html", title="Form 10-Q", company="Obsidian Lattice", doc_type="10-Q")
    found = _triples(extractor, "Quillon Technologies Corp. (“Quillon”) leases 96 MW of critical IT capacity at the Dell Rapids campus under "
                                "a 12-year lease.\n\nQuillon buys its servers from Dell under a three-year agreement.", filing)
    assert ("Dell", "supplies", "Quillon Technologies") in found and ("Obsidian Lattice", "supplies", "Quillon Technologies") in found, found
    assert sum(1 for s, _, t in found if "Dell" in (s, t)) == 1, found


def test_purchase_commitments_with_several_suppliers_and_its_largest_customer(extractor: RuleExtractor) -> None:
    """A 10-Q's "purchase commitments of $A with X …, $B with Y …, and $C with Z" makes each a supplier at its own amount; a Hong
    Kong note's "其最大客戶為 X" after a sentence on the target makes the target X's supplier, though it names the target again."""
    filing = Document(id="q1", source="/docs/10q.html", title="Form 10-Q", company="Obsidian Lattice", doc_type="10-Q")
    links = _doc_links(extractor, "As of September 30, 2025, the Company had non-cancellable purchase commitments of $438.6 million with Tessaly "
                                  "Turbine Works, Inc. for generation equipment, $97.2 million with Frostridge Cooling Holdings Limited for coolant "
                                  "units, and $61.4 million with Jiangsu Hengci Electric Co., Ltd. for power transformers.", filing)
    found = {(r.source, r.target, r.amount) for r in links if r.relation == "supplies"}
    assert found == {("Tessaly Turbine Works", "Obsidian Lattice", "$438.6 million"), ("Frostridge Cooling Holdings", "Obsidian Lattice", "$97.2 million"),
                     ("Jiangsu Hengci Electric", "Obsidian Lattice", "$61.4 million")}, found
    assert not _doc_links(extractor, "To be clear, we have no purchase commitments with Veridian Compute, Inc. for these clusters.", filing)
    notice = Document(id="h3", source="/docs/hk.md", title="須予披露交易", company="霜嶺液冷科技", doc_type="deal announcement")
    found2 = _triples(extractor, "Nordvik Thermal Systems AB（「目標公司」）為賣方之全資附屬公司。\n\n目標公司為一家於瑞典註冊成立之有限公司，主要從事設計及"
                                 "製造冷卻液分配單元。\n其最大客戶為挪威數據中心營運商 Fjellbryn Datasenter AS，於截至2024年12月31日止年度佔目標公司收益約31%。", notice)
    assert ("Nordvik Thermal Systems", "supplies", "Fjellbryn Datasenter") in found2, found2


def test_a_letter_of_credit_a_purchase_undertaking_and_the_investment_in_x_are_no_such_links(extractor: RuleExtractor) -> None:
    """A standby letter of credit is no loan; a sukuk's purchase undertaking in favour of the issuer is no sale; "With the Quillmark
    investment, Nawfar's exposure …" makes no investor of Quillmark."""
    found = set()
    for sentence in ("Seoryun Memory Co., Ltd.'s obligation to refund any unrecouped portion of the advance payment is backed by a standby letter of credit issued by Gwanak Commercial Bank.",
                     "With the Quillmark Silicon investment, Nawfar Sovereign Holdings' semiconductor exposure will exceed that of peer fund Tamarind Crown Investments.",
                     "Payments on the Certificates are irrevocably supported by Rimal Aster Holding Ltd under a purchase undertaking in favour of Rimal Aster Sukuk Issuer Ltd."):
        found |= links(extractor, sentence)
    assert not found, found


def test_a_filer_s_own_brands_and_units_named_after_it_are_no_counterparties(extractor: RuleExtractor) -> None:
    """"Brightwell Devices Experience Cloud" (a product line) and "Brightwell Devices Ventures Fund" (its venture arm, no legal form
    written) neither supply nor invest in Brightwell Devices; a unit written with its legal form still is its subsidiary."""
    report = Document(id="k10", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "Brightwell Devices Experience Cloud delivers analytics to our customers across three growth pillars.",
        "Through our Brightwell Devices Ventures Fund, we make investments in early-stage sensor companies.",
        "Brightwell Devices Mobile Oy, a subsidiary of Brightwell Devices, is a defendant in several lawsuits.",
    ]), report)
    assert found == {("Brightwell Devices Mobile", "subsidiary_of", "Brightwell Devices")}, found


def test_a_subsidiary_list_header_a_glossary_s_doubled_name_and_a_risk_heading(extractor: RuleExtractor) -> None:
    """A subsidiary list's header, alone or run into its first row, is no subsidiary; a glossary's term run into its full name
    ("Quenby Quenby N.V.") is one name; a risk factor's heading ("We May Be Subject to …") names no company."""
    report = Document(id="k11", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "SUBSIDIARIES OF BRIGHTWELL DEVICES\nLegal Name Jurisdiction Percent Owned Brightwell Services LLC Nevada 100%\n"
        "Company Name Where Incorporated or Organized\nOrrin Sensor Labs Ltd. Ireland",
        "Quenby-Japan collaboration a pre-existing strategic collaboration between Brightwell Devices and Quenby for sensors in Japan "
        "that terminated on December 21, 2024 Quenby Quenby N.V.",
        "We May Be Subject to Risks Related to Government Contracts Our contracts with U.S. government entities are subject to regulations.",
    ]), report)
    assert {("Brightwell Services", "subsidiary_of", "Brightwell Devices"), ("Orrin Sensor Labs", "subsidiary_of", "Brightwell Devices")} <= found, found
    names = {n for s, _, t in found for n in (s, t)}
    assert not any("Name" in n or "Quenby Quenby" in n or "Subject" in n for n in names), found


def test_a_known_name_s_first_word_in_lower_case_use_and_a_contract_definition_give_no_party(extractor: RuleExtractor) -> None:
    """'Operations' alone is not the 'Operations Overview Lumen Telecom' another filing's heading gave, in a filing that writes
    "operations" in lower case; a contract's definition ('“Independent Investment Banker” means one of the Reference Treasury Dealers
    appointed by us') names no investor."""
    from analyst.graph.entities import known_names, lowercase_words

    text = "Revenue from continuing operations grew. Operations under the leases are reported in our Statements of Operations."
    assert "Operations" not in known_names(text, {"Operations Overview Lumen Telecom": 3}, default_lexicon(), lowercase_words(text))
    assert "Lumen" in known_names("Lumen bought two campuses from us.", {"Lumen Telecom": 3}, default_lexicon(), lowercase_words("bought two campuses"))
    indenture = Document(id="n1", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "“Independent Investment Banker” means Goldman Sachs & Co. LLC or another investment bank appointed by Brightwell Devices.", indenture)
    assert not found, found


def test_a_subsidiary_list_keeps_a_name_s_leading_digit() -> None:
    """"3M Australia Pty. Ltd." in 3M's list of subsidiaries is not "M Australia"."""
    report = Document(id="k12", source="/docs/10k.pdf", title="Form 10-K", company="3M", doc_type="10-K")
    table = "SUBSIDIARIES OF THE REGISTRANT\n3M Australia Pty. Ltd. Australia\n3M Technical Ceramics GmbH Germany\nOrrin Adhesives LLC Delaware"
    found = _triples(RuleExtractor(default_lexicon()), table, report)
    assert {("3M Australia", "subsidiary_of", "3M"), ("3M Technical Ceramics", "subsidiary_of", "3M"), ("Orrin Adhesives", "subsidiary_of", "3M")} <= found, found


def test_known_names_looked_up_in_the_words_of_a_document_are_the_names_a_search_finds() -> None:
    """The index of a document's words only skips names the document cannot contain: names with '&', digits, a trailing
    period, a hyphen, an accent, a curly apostrophe, an underscore, words run into others and Chinese names."""
    from analyst.graph.entities import known_names
    text = ("Caldera Power & Light Company supplies us. 3M Australia Pty. Ltd. and Hale-Borrow Inc. buy from Nestlé Purina; "
            "Moody’s rates us. Quanta_Grid Ltd and Brightwater Energy Corp. signed; CoreAxis Holdingsx is no match, nor is "
            "Veltrixes. Veltrix Labs said so. Orvane Semiconductor Ltd. and 晶曜半导体 agreed; Kestrel Data sells to Verran.")
    known = {"Caldera Power & Light Company": 2, "3M Australia Pty. Ltd.": 1, "Hale-Borrow Inc.": 1, "Nestlé Purina": 1,
             "Moody’s Investors Service": 1, "Quanta_Grid Ltd": 1, "Brightwater Energy Corp.": 1, "CoreAxis Holdings": 1,
             "Veltrix": 3, "Veltrix Labs": 1, "Orvane Semiconductor": 2, "晶曜半导体": 1, "Kestrel Data Systems": 2,
             "Verran Power Company": 1, "Light Company": 1, "Power Light": 1, "Energy Corp. Brightwater": 1}
    indexed = known_names(text, known, default_lexicon())
    assert indexed == known_names(text, known, default_lexicon(), indexed=False)
    assert {"Caldera Power & Light Company", "Hale-Borrow Inc.", "Quanta_Grid Ltd", "Orvane Semiconductor",
            "Brightwater Energy Corp.", "晶曜半导体", "Kestrel"} <= set(indexed)
    assert not {"CoreAxis Holdings", "Power Light", "Energy Corp. Brightwater"} & set(indexed)


def test_a_filing_s_places_tickers_settlement_lawsuits_and_parallel_partners_give_no_links(extractor: RuleExtractor) -> None:
    """"Cost" starting a sentence is no ticker COST; "New York" and "the Middle East" are places; a notes offering's clearing
    systems and reference dealers and a registration statement name no deal; a lawsuit names no supplier or partner (but who
    bought whom stays); companies each named after the same "with" or "from" are the filer's partners, not each other's; the
    seller of another company's shares held a stake in it; "IPR" of "IPR&D" and "& Cheery" are pieces of words, no names."""
    report = Document(id="k10", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "Cost method investments are recorded at cost, and we record dividend income when dividends are declared.",
        "Our principal office is in Purchase, New York, and we supply sensors to customers in the Middle East and Latin America.",
        "Investors will hold interests in the notes through Clearstream Banking, S.A. and Euroclear Bank SA/NV, which supply us with settlement.",
        "“Reference Treasury Dealer” means each of Harlan Maddox & Co. LLC and Quenby Securities LLC, which have invested in Brightwell Devices.",
        "We consent to the incorporation by reference in Registration Statement No. 333-1234 on Form S-8 of Brightwell Devices, Inc. and Ferrow Holdings Inc.",
        "In this lawsuit, Arlen Pharma Inc. and Kizumi Shinyaku Co., Ltd. are seeking an order enjoining Lotus Generics Ltd. from marketing "
        "a generic version of the sensor supplied by Arlen Pharma Inc. to Lotus Generics Ltd.",
        "Plaintiffs allege that Torvane Inc., which was acquired by Brightwell Devices in 2019, supplied defective parts to Okabe Components Corporation.",
        "The Company has a number of products developed in collaboration with strategic partners including VELTRA, co-developed with Vellum Bio AG, "
        "and ZORIQ, developed in collaboration and co-marketed with Pell Therapeutics, LLC.",
        "The increase reflects the equity investment in Tamsin Bottlers plc acquired in 2016 and the equity investment in Orrin Bebidas S.A.",
        "We hold a stake in Arden Labs Inc., which holds a stake in Quell Robotics Inc.",
        "At the acquisition date, we recorded a $2.1 billion charge for an acquired IPR&D asset; in 2021 we completed our acquisition of Be & Cheery.",
        "During 2020, the Company sold 11.8 million shares of Halden Pharma AG (Halden), or its 8.3% ownership in the company at that time.",
        "Further, BDNA manufactures and distributes certain brands licensed from Quarrow Beverages Inc., including Fizz, Tonic and Zest, "
        "and certain juice brands licensed from Dunmore Foods, Inc. and Ostrel Farms, Inc.",
    ]), report)
    names = {n for s, _, t in found for n in (s, t)}
    assert ("Brightwell Devices", "acquires", "Torvane") in found, found
    assert ("Brightwell Devices", "partners_with", "Vellum Bio") in found, found
    assert ("Brightwell Devices", "owns_stake_in", "Halden Pharma") in found and ("Halden Pharma", "invests_in", "Brightwell Devices") not in found, found
    assert not names & {"Costco", "New York", "Middle East", "Latin America", "Clearstream Banking", "Euroclear Bank", "Harlan Maddox & Co.",
                        "Quenby Securities", "Ferrow Holdings", "IPR", "& Cheery"}, found
    assert not any(r == "supplies" and {s, t} & {"Arlen Pharma", "Lotus Generics", "Kizumi Shinyaku", "Okabe Components"} for s, r, t in found), found
    assert ("Arden Labs", "owns_stake_in", "Quell Robotics") in found, found
    assert not any({s, t} in ({"Vellum Bio", "Pell Therapeutics"}, {"Tamsin Bottlers", "Orrin Bebidas"}, {"Quarrow Beverages", "Dunmore Foods"}, {"Quarrow Beverages", "Ostrel Farms"})
                   for s, _, t in found), found


def test_a_place_another_document_took_for_a_company_is_no_known_name() -> None:
    """A place a reading of another document linked ("New York") or that starts such a name ("Russia United Foods") is not
    carried into this document as a company."""
    from analyst.graph.entities import known_names
    text = "During 2022 we suspended purchasing titanium from Russia, and our offices in New York were closed."
    names = known_names(text, {"New York": 3, "Russia United Foods": 2}, default_lexicon())
    assert not {"New York", "Russia"} & set(names), names


def test_a_subsidiary_list_run_into_one_line_cuts_the_last_one_s_jurisdiction_from_the_next_name() -> None:
    """"… Dairy Ukraine, PJSC Ukraine Quenmoor Holdings, Inc. United States, Delaware": after a legal form, the places before the
    next name are the last entry's jurisdiction ('Quenmoor Holdings', not 'Ukraine Quenmoor Holdings'); a name that ends with a
    place keeps it ('Vellor Dairy Georgia')."""
    from analyst.graph.entities import EntityFinder
    line = ("Tamsin Insurance Co. Ltd. United States, Vermont Vellor Dairy Beverages, JSC Russia Vellor Dairy Brands Co. Ltd. Russia "
            "Vellor Dairy Georgia Ltd. Georgia Vellor Dairy Ukraine, PJSC Ukraine Quenmoor Holdings, Inc. United States, Delaware")
    nodes = [m.node for m in EntityFinder(default_lexicon(), {}).mentions(line, "Brightwell Devices")]
    assert {"Vellor Dairy Beverages", "Vellor Dairy Brands", "Vellor Dairy Georgia", "Quenmoor Holdings"} <= set(nodes), nodes
    assert not any(n.startswith(("Vermont", "Russia", "Georgia", "Ukraine", "United States")) for n in nodes), nodes


def test_a_filing_s_own_unit_reporting_units_sold_units_and_franchises(extractor: RuleExtractor) -> None:
    """"our X subsidiary" is the filer's unit (not its parent); a reporting unit or an operating segment is part of the accounts;
    a unit sold is no longer the filer's; franchises that account for revenue are products, not customers; "A, B, C and a
    subsidiary of D" lists parties, none a subsidiary of another."""
    report = Document(id="k13", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "Revenue grew at our Tamsin Optics, Inc. subsidiary, the maker of our lenses.",
        "On December 31, 2021, we completed the sale of our Meridale Medical, Inc. subsidiary for approximately $51 million in cash.",
        "Our Arden Health Inc. reporting unit is subject to a greater level of uncertainty.",
        "Legal costs are shared among Orrin Technologies LLC, Cabot Vale Inc., Varrow Optical Corporation and a subsidiary of Quenby Lambert LLC.",
        "For the year ended December 31, 2019, our top three franchises—Call of Duty, Candy Crush, and Halcyon Worlds Inc.—collectively "
        "accounted for 67% of our net revenues.",
    ]), report)
    assert ("Tamsin Optics", "subsidiary_of", "Brightwell Devices") in found, found
    assert not {n for s, _, t in found for n in (s, t)} & {"Meridale Medical", "Arden Health", "Halcyon Worlds"}, found
    assert not any(r == "subsidiary_of" and {s, t} & {"Orrin Technologies", "Cabot Vale", "Varrow Optical", "Quenby Lambert"} for s, r, t in found), found


def test_a_filing_s_courts_laws_segments_loans_brands_ventures_and_companies_sold(extractor: RuleExtractor) -> None:
    """Courts, laws, segments and kinds of loan are no parties; a brand is no company; "ePac Holdings, LLC" keeps its lower-case
    first letter; "we have a 50 percent interest in X Partners" is our stake (X is no investor for its name); "our X joint
    venture with Y" partners us with Y; "X, which was sold to Y" was bought by Y; an exhibit incorporated by reference and a
    claim for declaratory relief give no links; "VirNTech" is one name, not "Vir"."""
    report = Document(id="k14", source="/docs/10k.pdf", title="Form 10-K", company="Brightwell Devices", doc_type="10-K")
    found = _triples(extractor, "\n\n".join([
        "The Jersey Companies Law provides that where a person has acquired 90% of the shares, it may acquire the rest of Brightwell Devices.",
        "In 2019, the Tamsin County Superior Court approved our water supply agreement with Orrin Farms LLC.",
        "Flexibles Segment This segment has 166 significant manufacturing and support facilities, which supply Brightwell Devices.",
        "In the case of any Borrowing comprised of Term SOFR Advances or Eurocurrency Rate Advances, the Company shall indemnify each Lender.",
        "Impairment charges related to our Progresso and Tallow Peak brand intangible assets were recorded in fiscal 2019.",
        "The Company's largest equity investment, of $33 million, is in ePac Holdings, LLC (ePac), representing an ownership of 18.9%.",
        "We have a 50 percent interest in Corvale Partners Worldwide (CPW), which manufactures cereal in 130 countries.",
        "Our Corvale Partners Worldwide (CPW) joint venture with Nestor S.A. is accounted for under the equity method.",
        "Ms. Hardwick previously served as an officer of Vellmar Corporation, which was sold to Quenby Energy, Inc., on February 1, 2019.",
        "10.16* Second Amended and Restated Brightwell Devices, Inc. and its Designated Subsidiaries 2017 Nonqualified Employee Stock "
        "Purchase Plan, adopted on July 27, 2018 (incorporated by reference to Exhibit 10.1), under which Arden Capital LLC invested in the Company.",
        "On April 9, 2020, we signed a global agreement with VirNTech to co-develop a vaccine program.",
        "The City intends to seek declaratory relief from Cemra Holdings Inc. and Brightwell Devices ordering that water supplied by Cemra is limited.",
    ]), report)
    names = {n for s, _, t in found for n in (s, t)}
    assert {("Brightwell Devices", "owns_stake_in", "Corvale Partners"), ("Brightwell Devices", "partners_with", "Nestor"),
            ("Quenby Energy", "acquires", "Vellmar"), ("Brightwell Devices", "partners_with", "VirNTech")} <= found, found
    assert any(s == "Brightwell Devices" and t == "ePac Holdings" for s, _, t in found), found
    assert not names & {"Jersey Companies Law", "Tamsin County Superior Court", "Flexibles Segment", "Eurocurrency Rate Advances", "Tallow Peak",
                        "Holdings", "Arden Capital", "Cemra Holdings"}, found
    assert ("Corvale Partners", "partners_with", "Nestor") not in found, found


def test_an_integrator_a_site_supplied_with_power_and_a_loan_from_a_described_lender(extractor: RuleExtractor) -> None:
    """"X, our principal server integrator, delivered …" is our supplier; "X supplies solar electricity to the campus" in the
    operator's own report supplies it; "closed a term loan from the state-backed X" borrows from X."""
    report = Document(id="k15", source="/docs/ar.pdf", title="Annual report", company="Qasrin AI", doc_type="annual report")
    found = _triples(extractor, "\n\n".join([
        "Qasrin AI operates the Marrah campus.",
        "Tallis Technology Co., Ltd. (TWSE: 3897), our principal server integrator, delivered 412 liquid-cooled racks during the year.",
        "Dunes Power Company P.J.S.C. supplies solar electricity to the Marrah campus under a 25-year power purchase agreement.",
    ]), report)
    assert {("Tallis Technology", "supplies", "Qasrin AI"), ("Dunes Power Company", "supplies", "Qasrin AI")} <= found, found
    news = Document(id="n15", source="/docs/news.html", title="News", company="", doc_type="news")
    found = _triples(extractor, "In India, Vetri AI Infrastructure closed a 42 billion rupee term loan from the state-backed Kollur Development "
                     "Finance Corporation earlier this year.", news)
    assert ("Kollur Development Finance", "lends_to", "Vetri AI Infrastructure") in found, found


def test_a_joint_development_agreement_and_goods_to_be_supplied_by_a_named_maker(extractor: RuleExtractor) -> None:
    """"The Company and X have entered into a joint development agreement" partners them; "…芯材，将由日商X株式会社供应" in a
    filer's own announcement makes X its supplier."""
    report = Document(id="k16", source="/docs/ar.pdf", title="Annual Securities Report", company="Aozora Glassworks", doc_type="annual report")
    found = _triples(extractor, "The Company and Veltane Photonics, Inc. have entered into a joint development agreement for optical interposers.", report)
    assert ("Aozora Glassworks", "partners_with", "Veltane Photonics") in found, found
    notice = Document(id="t16", source="/docs/mops.txt", title="重大訊息", company="燁嵐載板", doc_type="deal announcement")
    found = _triples(extractor, "玻璃核心基板所需之玻璃芯材，將由日商雲雀硝子株式會社（Hibari Glassworks K.K.）供應，相關採購將另依內部控制制度辦理。", notice)
    assert any(r == "supplies" and t == "燁嵐載板" and s in {"Hibari Glassworks", "云雀硝子"} for s, r, t in found), found


def test_a_filer_s_customer_and_supplier_tables(extractor: RuleExtractor) -> None:
    """A 10-Q's "Customer | Three months ended …" table names customers of the filer (not the unnamed "Customer C"); a
    "Supplier | Component | …" table of prepayments names its suppliers; a news story's table is no filer's."""
    filing = Document(id="q17", source="/docs/10q.html", title="Form 10-Q", company="Quillmere Compute", doc_type="10-Q")
    customers = ("Customer | Three months ended Oct 26, 2025 | Three months ended Oct 27, 2024\nNimbro Cloud Corp. | 31% | 27%\n"
                 "Harrowfield Data Inc. | 22% | 18%\nCustomer C (server OEM) | 11% | *")
    suppliers = "Supplier | Component | October 26, 2025 | January 26, 2025\nTaewol Memory Co., Ltd. | HBM memory | $410 | $—"
    chunks = [Chunk(id=f"q17-{i}", doc_id="q17", text=t, ordinal=i, page=None, kind="table") for i, t in enumerate((customers, suppliers))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, filing)}
    assert {("Quillmere Compute", "supplies", "Nimbro Cloud"), ("Quillmere Compute", "supplies", "Harrowfield Data"),
            ("Taewol Memory", "supplies", "Quillmere Compute")} <= found, found
    assert not any("Customer C" in n for s, _, t in found for n in (s, t)), found
    news = Document(id="n17", source="/docs/news.html", title="News", company="Quillmere Compute", doc_type="news")
    assert not [r for r in extractor.from_chunks(chunks[:1], news) if r.relation == "supplies"]


def test_a_term_sheet_that_says_who_the_company_is_speaks_for_it(extractor: RuleExtractor) -> None:
    """A term sheet is no filing, but its 'Borrower: X, Inc., a Delaware corporation (the "Company" or "X")' makes "the Company"
    X: its lenders, a note holder, a supplier, and neither the collateral agent nor the lender a definition groups another with."""
    sheet = Document(id="ts1", source="/docs/term_sheet.pdf", title="PENNOCK AI, INC.", company="Pennock AI", doc_type="other")
    text = ("Borrower: Pennock AI, Inc., a Delaware corporation (the \"Company\" or \"Pennock\"). Lenders: Tamsin Capital Partners IV, L.P. "
            "(\"Tamsin\") will lend up to $300,000,000 to the Company in two tranches. Ashgrove Credit Fund II, L.P. (\"Ashgrove\" and, together "
            "with Tamsin, the \"Lenders\") will provide the balance of the Facility. Collateral Agent: Kessler Trust Company, N.A. will act as "
            "collateral agent for the Lenders; Kessler Trust Company, N.A. has no commitment to lend under the Facility.\n\n"
            "Capacity: Under the Capacity Reservation Agreement, Brightfold Compute, LLC will provide Pennock with 12,000 dedicated inference "
            "accelerators for a total contract value of $0.9 billion.\n\n"
            "Permitted Indebtedness: (c) The Company issued 1.5% convertible notes to Morikawa Holdings K.K. (\"Morikawa\") in an aggregate "
            "principal amount of JPY 9,000,000,000.")
    found = _triples(extractor, text, sheet)
    assert {("Tamsin Capital Partners IV", "lends_to", "Pennock AI"), ("Ashgrove Credit Fund II", "lends_to", "Pennock AI"),
            ("Brightfold Compute", "supplies", "Pennock AI"), ("Morikawa Holdings", "invests_in", "Pennock AI")} <= found, found
    assert not {t for t in found if "Kessler" in t[0] or t[0] == "Credit Fund II"}, found  # the agent lends nothing; the name is whole


def test_what_news_and_an_8k_say_with_licences_fees_notes_leases_and_a_company_speaking_of_itself(extractor: RuleExtractor) -> None:
    news = Document(id="n51", source="/docs/news.md", title="Halvey Labs to buy Testerly", company="Testerly", doc_type="news")
    found = _triples(extractor, (
        "SAN FRANCISCO — Halvey Labs, the developer behind the Corrin family of models, said on Monday it has agreed to acquire Testerly, "
        "Inc., a start-up whose software tests models, for about $640 million in cash and stock.\n\n"
        "In 2025 Testerly raised $48 million in a Series B round led by Marlow Peak Ventures.\n\n"
        "Marlow Peak Ventures is a familiar name at Halvey Labs, too: the firm led Halvey's seed round in 2023.\n\n"
        "Halvey also buys servers from Sonreal America, Inc., the U.S. arm of Taiwanese manufacturer Sonreal Technology Co., Ltd."), news)
    assert {("Halvey Labs", "acquires", "Testerly"), ("Marlow Peak Ventures", "invests_in", "Testerly"), ("Marlow Peak Ventures", "invests_in", "Halvey Labs"),
            ("Sonreal America", "supplies", "Halvey Labs"), ("Sonreal America", "subsidiary_of", "Sonreal Technology")} <= found, found
    filing = Document(id="k51", source="/docs/8k.txt", title="8-K", company="Quenby Robotics", doc_type="8-K")
    found = _triples(extractor, (
        "On September 8, 2026, Quenby Robotics, Inc. (the \"Company\") entered into a Model License Agreement with Halvey Labs, Inc. "
        "(\"Halvey\"). Under the License Agreement, Halvey grants the Company a non-exclusive, worldwide license to deploy its models on "
        "the Company's robots. The Company will pay Halvey minimum annual license fees of $45 million.\n\n"
        "PITTSBURGH -- Quenby Robotics, Inc. today announced a multi-year agreement to license Halvey Labs' models and a $250 million "
        "strategic investment from Orrwell Semiconductor in the form of convertible senior notes."), filing)
    assert {("Halvey Labs", "supplies", "Quenby Robotics"), ("Orrwell Semiconductor", "invests_in", "Quenby Robotics")} <= found, found
    assert ("Quenby Robotics", "supplies", "Halvey Labs") not in found and ("Halvey Labs", "invests_in", "Orrwell Semiconductor") not in found, found
    report = Document(id="q51", source="/docs/10q.html", title="10-Q", company="Nimwell Cloud", doc_type="10-Q")
    found = _triples(extractor, (
        "In May 2026, Nimwell Cloud Corporation purchased a $400 million convertible promissory note issued by Halvey Labs, Inc.\n\n"
        "In January 2026 we entered into a 12-year lease under which Nimwell Cloud leases two powered data-center shells to Sablewood "
        "Compute, LLC for total base rent of approximately $1.1 billion."), report)
    assert {("Nimwell Cloud", "invests_in", "Halvey Labs"), ("Nimwell Cloud", "supplies", "Sablewood Compute")} <= found, found
    assert ("Sablewood Compute", "supplies", "Nimwell Cloud") not in found and ("Nimwell Cloud", "supplies", "Halvey Labs") not in found, found


def test_a_10q_schedule_of_purchase_commitments_by_counterparty(extractor: RuleExtractor) -> None:
    report = Document(id="q52", source="/docs/10q.html", title="10-Q", company="Nimwell Cloud", doc_type="10-Q")
    chunk = Chunk(id="q52-0", doc_id="q52", ordinal=0, page=None, kind="table", text="\n".join([
        "Counterparty / category | Remainder of 2026 | 2027 | 2028 | Thereafter | Total",
        "Orrwell Semiconductor, Inc. — accelerators | $1,900 | $2,350 | $600 | — | $4,850",
        "Thistlewood Energy, Inc. — power purchase agreements | $35 | $75 | $80 | $420 | $610",
        "Other network and facilities commitments | $210 | $190 | $95 | $40 | $535"]))
    caption = Chunk(id="q52-c", doc_id="q52", ordinal=0, page=None, kind="text",
                    text="Purchase commitments. We have entered into non-cancelable purchase commitments for accelerators and energy (in millions):")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([caption, _replace_ordinal(chunk, 1)], report)}
    assert {("Orrwell Semiconductor", "supplies", "Nimwell Cloud"), ("Thistlewood Energy", "supplies", "Nimwell Cloud")} <= found, found


def _replace_ordinal(chunk: Chunk, ordinal: int) -> Chunk:
    from dataclasses import replace

    return replace(chunk, ordinal=ordinal, id=f"{chunk.doc_id}-{ordinal}")


def test_a_fund_letter_s_positions_commitments_and_a_facility_it_provided(extractor: RuleExtractor) -> None:
    letter = Document(id="l51", source="/docs/letter.txt", title="QUELLMORE PARTNERS LP", company="Quellmore Partners", doc_type="letter")
    found = _triples(extractor, (
        "Kelvane Semiconductor Corp. remains our largest long at 7.4% of NAV.\n\n"
        "We also own Dayfield Computer Corp. (6791 TT), a 3.2% position.\n\n"
        "In July we committed US$40 million of the Fund's credit sleeve to Harrowfield Credit Partners, L.P., a private-credit fund. "
        "Harrowfield's largest exposure is the inventory-backed facility it provided to Dayfield Computer earlier this year."), letter)
    assert {("Quellmore Partners", "owns_stake_in", "Kelvane Semiconductor"), ("Quellmore Partners", "owns_stake_in", "Dayfield Computer"),
            ("Quellmore Partners", "invests_in", "Harrowfield Credit Partners"), ("Harrowfield Credit Partners", "lends_to", "Dayfield Computer")} <= found, found


def test_chinese_filings_a_unit_s_supply_contract_a_partner_written_in_english_a_prepayment_and_other_companies_offerings(extractor: RuleExtractor) -> None:
    notice = Document(id="t51", source="/docs/mops.txt", title="重大訊息", company="岫嶸電腦", doc_type="deal announcement")
    found = _triples(extractor, (
        "公司名稱：岫嶸電腦股份有限公司\n\n"
        "主要內容：本公司之子公司Sonwell America, Inc.與Halvey Labs, Inc.簽訂機櫃級AI伺服器供貨合約，合約總金額約美金3.8億元。\n\n"
        "主要內容：Stratowell, Inc. 將預付新台幣 96 億元，以保留岫嶸電腦 115 年度液冷 AI伺服器機櫃之組裝及測試產能。\n\n"
        "1.標的物之名稱：沁岫熱控科技股份有限公司（以下簡稱「沁岫熱控」）普通股。\n\n"
        "(2)沁岫熱控本次現金增資之其他認購人為晟岫創業投資股份有限公司，認購 6,000,000股，認購價格與岫嶸投資股份有限公司相同。\n\n"
        "(5)有關媒體報導聯岫資訊股份有限公司亦將參與沁岫熱控本次增資一事，經查並無此事。"), notice)
    assert {("Sonwell America", "supplies", "Halvey Labs"), ("岫嶸電腦", "supplies", "Stratowell")} <= found, found
    assert ("Halvey Labs", "supplies", "Sonwell America") not in found, found
    assert not {t for t in found if t[0].startswith(("晟岫", "聯岫")) and t[2] in {"岫嶸電腦", "岫嶸投資"}}, found
    report = Document(id="a51", source="/docs/report.txt", title="年度报告", company="岫光通信", doc_type="annual report")
    found = _triples(extractor, "报告期内，公司与 Kelvane Semiconductor Corp.（以下简称\"Kelvane\"）签署联合开发协议，共同开发共封装光学引擎。", report)
    assert ("岫光通信", "partners_with", "Kelvane Semiconductor") in found, found
    # a supply agreement the heading names without saying who sells gives way to the body's "由X…供應…予本公司"
    found = _triples(extractor, ("主旨：本公司與星岫科技股份有限公司簽訂AI加速卡長期供貨協議\n\n"
                                 "主要內容：本公司與星岫科技股份有限公司簽訂長期供貨協議，由星岫科技於116年至117年間供應AI加速卡予本公司。"), notice)
    assert ("星岫科技", "supplies", "岫嶸電腦") in found and ("岫嶸電腦", "supplies", "星岫科技") not in found, found


def test_places_cities_and_names_that_start_with_one(extractor: RuleExtractor) -> None:
    call = Document(id="c51", source="/docs/call.md", title="Call", company="Dayfield Computer", doc_type="call transcript")
    found = _triples(extractor, (
        "Stratowell remained our largest customer at 41% of revenue.\n\n"
        "In the United States, Dayfield Technology (Texas) LLC, our wholly owned subsidiary in Fort Worth, began rack-level integration and "
        "final test for Stratowell in September.\n\n"
        "Competitors in our DPU line include Vantrell Systems and Kelvane Semiconductor Corp. In fiscal 2025 we also entered into a joint "
        "development arrangement with Kelvane Semiconductor Corp. covering an Ethernet NIC."), call)
    assert {("Dayfield Technology (Texas)", "supplies", "Stratowell"), ("Dayfield Computer", "partners_with", "Kelvane Semiconductor")} <= found, found
    assert not {t for t in found if "Fort Worth" in (t[0], t[2])}, found
    news = Document(id="n52", source="/docs/news.md", title="Optics", company="", doc_type="news")
    found = _triples(extractor, ("Suzhou Lanmere Photonics Co., Ltd. ships 1.6T modules to Dayfield Computer Corp.\n\n"
                                 "Lanmere sources part of its DSP supply through Tidewell Technology Holdings Limited, the Hong Kong-listed distributor.\n\n"
                                 "Lingwell Optoelectronics Co., Ltd., meanwhile, is the main transceiver supplier to Hangzhou-based server maker "
                                 "Yaowell Compute Co., Ltd."), news)
    assert {("Tidewell Technology Holdings", "supplies", "Suzhou Lanmere Photonics"), ("Lingwell Optoelectronics", "supplies", "Yaowell Compute")} <= found, found


def test_names_listed_under_one_stock_code_are_one_company_and_a_bare_code_joins_nothing(extractor: RuleExtractor) -> None:
    """A 年度报告 that heads itself "证券代码：688991 证券简称：岫光通信" and a story about "Suzhou Lanmoor Photonics (688991.SH)" name one
    company; a bare "(2330)" says no market (Taiwan or Hong Kong) and joins no one; the code itself is never a node or an alias."""
    report = Document(id="ar1", source="/docs/report.txt", title="年度报告", company="岫光通信", doc_type="annual report")
    story = Document(id="nw1", source="/docs/story.md", title="Optics", company="", doc_type="news")
    relations = [
        *_doc_links(extractor, "证券代码：688991 证券简称：岫光通信\n\n报告期内，公司向潮岫科技控股有限公司采购DSP芯片，采购金额2.1亿元。", report),
        *_doc_links(extractor, ("Suzhou Lanmoor Photonics Co., Ltd. (688991.SH) ships 1.6T modules to Yaomoor Compute Co., Ltd.\n\n"
                                "Corvale Systems Co., Ltd. (2330) supplies substrates to Yaomoor Compute Co., Ltd.\n\n"
                                "Beltane Digital Holdings Limited (2330) buys servers from Yaomoor Compute Co., Ltd."), story),
        # where a company is listed is no name of it: "上海证券交易所（股票代码：603991）" names the exchange, not 衡岫信息
        *_doc_links(extractor, "衡岫信息技术股份有限公司（上交所：603991）向潮岫科技控股有限公司采购服务器。\n\n| 股票上市地 | 上海证券交易所（股票代码：603991） |", story)]
    graph = build_graph(relations, default_lexicon())
    names = {n.id: {n.name, *n.aliases} for n in graph.nodes}
    assert any({"岫光通信", "Suzhou Lanmoor Photonics"} <= group for group in names.values()), names
    assert not any({"Corvale Systems", "Beltane Digital Holdings"} <= group for group in names.values()), names
    assert not any(n.startswith("#") for group in names.values() for n in group), names
    assert any(n.startswith("衡岫信息") for group in names.values() for n in group), names
    assert not any(any(n.startswith("衡岫信息") for n in group) and "Shanghai Stock Exchange" in group for group in names.values()), names


def test_an_offering_memorandum_its_anchor_investors_its_issuer_and_brokers_that_clear(extractor: RuleExtractor) -> None:
    """An offering memorandum in capitals is a prospectus: "the Issuer" is its company, its anchor investors' table buys its notes,
    and the proceeds of the notes buy goods (no securities sold to the seller); a clearing broker sells a service."""
    from ingest.metadata import detect_doc_type

    assert detect_doc_type("PRELIMINARY OFFERING MEMORANDUM - SUBJECT TO COMPLETION\nStonefield Fleet Funding I, LLC\n", "Stonefield Fleet Funding I, LLC",
                           False, Path("om.pdf")) == "prospectus"
    memo = Document(id="om1", source="/docs/om.pdf", title="Stonefield Fleet Funding I, LLC", company="Stonefield Fleet Funding I", doc_type="prospectus")
    table = Chunk(id="om1-1", doc_id="om1", ordinal=1, page=2, kind="table", text="\n".join([
        "Anchor Investor Class Committed principal % of class",
        "Thornfield Mutual Insurance Company Class A US$310,000,000 33.7%",
        "Gallowfield Teachers' Retirement System Class A US$185,000,000 20.1%"]))
    prose = Chunk(id="om1-0", doc_id="om1", ordinal=0, page=1, kind="text", text="\n".join([
        "The Issuer is a Delaware limited liability company and a wholly-owned, bankruptcy-remote special purpose subsidiary of Stonefield Compute, Inc.",
        "On the Closing Date, the Issuer will use the net proceeds of the Notes to purchase from Stonefield Compute, Inc. 41,216 accelerators."]))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([prose, table], memo)}
    assert {("Thornfield Mutual Insurance Company", "invests_in", "Stonefield Fleet Funding I"),
            ("Gallowfield Teachers' Retirement System", "invests_in", "Stonefield Fleet Funding I"),
            ("Stonefield Fleet Funding I", "subsidiary_of", "Stonefield Compute"), ("Stonefield Compute", "supplies", "Stonefield Fleet Funding I")} <= found, found
    notice = Document(id="mn1", source="/docs/notice.md", title="Member notice", company="Meriton Compute Exchange", doc_type="news")
    found = _triples(extractor, ("Lyrafield AI, Inc. has been approved as a Non-Clearing Member and will clear through Corvale Markets LLC.\n\n"
                                 "Stonefield Compute, Inc. has appointed Halvorn Tidewater Securities LLC as its clearing broker for GPU-hour futures.\n\n"
                                 "Castellan notes that Lyrafield AI, Inc. also contracts capacity from Tessfield Cloud Pte. Ltd. in Singapore."), notice)
    assert {("Corvale Markets", "supplies", "Lyrafield AI"), ("Halvorn Tidewater Securities", "supplies", "Stonefield Compute"),
            ("Tessfield Cloud", "supplies", "Lyrafield AI")} <= found, found
    assert ("Stonefield Compute", "invests_in", "Halvorn Tidewater Securities") not in found, found


def test_chinese_notes_largest_customers_units_under_a_group_offerings_taken_part_in_and_what_may_or_might_be(extractor: RuleExtractor) -> None:
    note = Document(id="rn1", source="/docs/note.md", title="首次覆盖", company="澄岫数智", doc_type="research note")
    found = _triples(extractor, ("公司算力服务的第一大客户为穹岫智能科技有限公司。\n\n"
                                 "华岫人寿保险股份有限公司旗下华岫资产管理有限公司拟通过债权投资计划向公司提供资金。\n\n"
                                 "瀚岫期货（香港）有限公司系瀚岫期货有限公司旗下全资子公司。\n\n"
                                 "中岫证券股份有限公司及其关联机构可能持有澄岫数智科技股份有限公司的股票，亦可能为其提供投资银行服务。\n\n"
                                 "若鑫岫晶圆产能紧张，公司可转由昶岫半导体股份有限公司等代工厂生产。"), note)
    assert {("澄岫数智", "supplies", "穹岫智能科技"), ("华岫资产管理", "subsidiary_of", "华岫人寿保险"),
            ("瀚岫期货（香港）", "subsidiary_of", "瀚岫期货")} <= found, found
    assert not {t for t in found if t[0].startswith(("中岫", "昶岫"))}, found
    notice = Document(id="tw9", source="/docs/mops.pdf", title="重大訊息", company="鑫暐晶圓製造", doc_type="deal announcement")
    found = _triples(extractor, ("公司全名：鑫暐晶圓製造股份有限公司\n\n主旨：本公司董事會決議以人民幣2.4億元參與芯岫智駕科技股份有限公司首次公開發行A股之戰略配售\n\n"
                                 "本公司將自115年下半年起為 Quillfield Silicon, Inc. 代工7奈米車用晶圓，協議期間五年。\n\n"
                                 "主旨：澄清媒體報導本公司擬收購昶岫半導體竹南封裝廠之訊息"), notice)
    assert {("鑫暐晶圓製造", "invests_in", "芯岫智駕科技"), ("鑫暐晶圓製造", "supplies", "Quillfield Silicon")} <= found, found
    assert not {t for t in found if "晶圓製造" in t[2] and t[0] != "鑫暐晶圓製造" or t[1] == "acquires"}, found  # one name, not "晶圓製造"; a denied report


def test_a_fund_defined_as_jijin_its_limited_partners_and_our_campus_leased_from_a_landlord(extractor: RuleExtractor) -> None:
    """'Northmoor Compute Fund I, L.P.（「基金」）': later "认购基金之有限合伙权益" and "向基金出资" put money into that fund (a fund is no
    investor in its partners); "（作为普通合伙人）" is a role, not the partner's other name; "Our Pecos campus" is a place."""
    notice = Document(id="hk9", source="/docs/hk.pdf", title="須予披露交易", company="冠岫数智", doc_type="deal announcement")
    relations = _doc_links(extractor, (
        "董事会欣然宣布，本公司（作为有限合伙人）与 Kestrelmoor Capital Management （作为普通合伙人）就 Northmoor Compute Fund I, L.P. （「基金」）订立认购协议。\n\n"
        "根据认购协议，本公司同意以现金认购基金之有限合伙权益，承诺出资额为 150,000,000美元。\n\n"
        "基石有限合伙人 Almoris Sovereign Holdings 已承诺向基金出资 1,000,000,000美元，为基金之最大单一出资人。"), notice)
    found = {(r.source, r.relation, r.target) for r in relations}
    assert {("冠岫数智", "invests_in", "Northmoor Compute Fund I"), ("Almoris Sovereign", "invests_in", "Northmoor Compute Fund I")} <= found, found
    assert not {t for t in found if t[0] == "Northmoor Compute Fund I" and t[1] == "invests_in"}, found
    assert not any("普通合伙人" in r.target for r in relations if r.relation == "same_as"), relations
    report = Document(id="k52", source="/docs/10k.html", title="10-K", company="Quarrymoor Compute", doc_type="10-K")
    found = _triples(extractor, "Our Pecos Ridge campus operates under a colocation and powered-shell lease with Solmoor Data Halls, LLC, which owns the buildings.", report)
    assert found == {("Solmoor Data Halls", "supplies", "Quarrymoor Compute")}, found


def test_a_syndicate_table_s_agent_bank_a_rate_set_by_reference_and_a_customer_of_a_customer(extractor: RuleExtractor) -> None:
    """The agent bank of a syndicate (代理行, 不承贷) lends nothing; a rate set "参照" two banks' rates names no lender; "X is a customer
    of our customer" links X to no one named; "X's packaging is done by Y" makes Y the supplier; a licensee is a customer."""
    prospectus = Document(id="zp1", source="/docs/zhaogu.pdf", title="招股说明书", company="芯岫智驾", doc_type="prospectus")
    found = _triples(extractor, ("各贷款人承贷情况如下：\n贷款人 角色 承贷金额\n岚溪银行股份有限公司 牵头行、贷款人 6.00亿元\n"
                                 "嘉岫银行股份有限公司岚溪分行 代理行 不承贷\n\n"
                                 "定价原则：岫岚财务的贷款利率参照岚溪银行股份有限公司、润岫银行股份有限公司等国内主要商业银行同期同类贷款利率确定。"), prospectus)
    assert ("岚溪银行", "lends_to", "芯岫智驾") in found, found
    assert not {t for t in found if t[0].startswith(("嘉岫", "润岫")) or t[2] == "岫岚财务"}, found
    call = Document(id="c53", source="/docs/call.md", title="Q3 call", company="Tavmoor Packaging", doc_type="call transcript")
    assert links(extractor, "Kestrelmoor Automotive plc is a customer of our customer, so if their volumes go up, that is good for us.", call) == set()
    assert ("Tongmoor Semiconductor", "supplies", "XinMoor AutoDrive") in {t[:3] for t in links(
        extractor, "As far as we understand, XinMoor AutoDrive Inc.'s packaging is done domestically, by Tongmoor Semiconductor, and we don't compete for it.", call)}
    letter = Document(id="l53", source="/docs/letter.pdf", title="Q3 letter", company="Harrowmoor Capital", doc_type="letter")
    found = _triples(extractor, ("Ferrmoor Ltd. licenses its instruction-set cores to chip designers, and its largest licensee today is "
                                 "XinMoor AutoDrive Inc. of China, which pays royalties.\n\n"
                                 "In July, Vantmoor Semiconductor signed a multi-generation architecture licence with Ferrmoor Ltd. covering two chips."), letter)
    assert found == {("Ferrmoor", "supplies", "XinMoor AutoDrive"), ("Ferrmoor", "supplies", "Vantmoor Semiconductor")}, found
    eightk = Document(id="k53", source="/docs/8k.md", title="8-K", company="Quillmoor Silicon", doc_type="8-K")
    assert links(extractor, ("The closing of the Investment by Brennmoor Motors AG is subject to clearance by the German Federal Ministry for Economic "
                             "Affairs."), eightk) <= {("Brennmoor Motors", "invests_in", "Quillmoor Silicon", "Brennmoor Motors", "Quillmoor Silicon")}


def test_a_link_stated_in_many_documents_keeps_a_quote_from_each() -> None:
    """Evidence is capped per link, but a document not yet quoted takes the place of a second quote from one that is."""
    def rel(doc: str, quote: str) -> Relation:
        return Relation("Brennmoor Motors", "Quillmoor Silicon", "invests_in", "Brennmoor Motors", "Quillmoor Silicon", None, None, None, None,
                        (Evidence(doc, None, quote),))
    merged = merge([rel("a.md", "one"), *(rel("b.md", f"b{i}") for i in range(6)), rel("c.pdf", "three")])
    [edge] = merged
    assert {e.doc for e in edge.evidence} == {"a.md", "b.md", "c.pdf"} and len(edge.evidence) == 5, edge.evidence


def test_a_call_s_own_short_name_our_lab_a_customer_prepayment_orders_booked_and_deals_listed(extractor: RuleExtractor) -> None:
    """"co-located in our Fremont lab" leaves "our" the company (it was taken for a place, and every later "we" was lost); a call headed
    by its company's full name says "Kestrelmoor" for it; "X now operates as a wholly owned subsidiary of Y"; "an order for … from X"
    sells to X; "the Quillmoor purchase and the Jingmoor term loan" links neither; a customer prepayment says who sells."""
    call = Document(id="c54", source="/docs/call.md", title="Q3 call", company="Kestrelmoor Plasma", doc_type="call transcript")
    found = _triples(extractor, (
        "Engineering teams from both companies are now co-located in our Fremont lab.\n\n"
        "In August we extended a US$180 million secured term loan to Jingmoor Semiconductor Manufacturing Corp. to support its ramp.\n\n"
        "Quillmoor Beam Works now operates as a wholly owned subsidiary of Kestrelmoor, and its modules will ship next spring.\n\n"
        "Separately, we announced a multi-year order for etch systems from Korean memory maker Daemoor Semicon Co., Ltd.\n\n"
        "Net of the Quillmoor purchase and the Jingmoor term loan, free cash flow was $286 million."), call)
    assert {("Kestrelmoor Plasma", "lends_to", "Jingmoor Semiconductor Manufacturing"), ("Quillmoor Beam Works", "subsidiary_of", "Kestrelmoor Plasma"),
            ("Kestrelmoor Plasma", "supplies", "Daemoor Semicon")} <= found, found
    assert not {t for t in found if {t[0], t[2]} == {"Quillmoor Beam Works", "Jingmoor Semiconductor Manufacturing"}}, found
    note = Document(id="n54", source="/docs/opinion.pdf", title="Credit opinion", company="Nagamoor Silicon", doc_type="news")
    found = _triples(extractor, (
        "In Taiwan, Nagamoor Silicon Co., Ltd. signed a five-year wafer supply agreement with Jingmoor Semiconductor Manufacturing Corp. in "
        "August 2025, supported by a JPY 18 billion customer prepayment.\n\n"
        "Nagamoor Silicon Taiwan Co., Ltd., a wholly owned subsidiary, operates the group's Hsinchu polishing facility."), note)
    assert {("Nagamoor Silicon", "supplies", "Jingmoor Semiconductor Manufacturing"), ("Nagamoor Silicon Taiwan", "subsidiary_of", "Nagamoor Silicon")} <= found, found


def test_a_10q_of_a_lessor_its_tables_by_manufacturer_and_lessee_and_its_directors_who_are_partners(extractor: RuleExtractor) -> None:
    """A company named "… Capital" files a 10-Q: its "the Company" is the filer (not a fund letter's portfolio company); a table by
    manufacturer supplies it, one by lessee buys from it (over a guessed "finance lease with X"); directors who are a fund's partners
    make the company no partner; a bridge loan "provided by" or "that X has provided" lends; "X and Y will extend their programme"."""
    tenq = Document(id="q54", source="/docs/10q.html", title="10-Q", company="Tollmoor Fab Capital", doc_type="10-Q")
    chunks = [Chunk(id="q54-0", doc_id="q54", ordinal=0, page=None, text=(
                  "During the six months ended June 30, 2025, the Company purchased four scanners from Zuidmoor Systems N.V. for $312.6 million. "
                  "In March 2025, the Company entered into a five-year finance lease with Jingmoor Semiconductor Manufacturing Corp. covering twelve systems. "
                  "Two of the Company's nine directors are partners of Marlmoor Ridge Capital Partners, L.P.")),
              Chunk(id="q54-1", doc_id="q54", ordinal=1, page=None, kind="table", text=(
                  "Manufacturer | Equipment type | Units | Cost\nKestrelmoor Plasma Technologies, Inc. | Conductor etch chambers | 22 | $118.4 million")),
              Chunk(id="q54-2", doc_id="q54", ordinal=2, page=None, kind="table", text=(
                  "Lessee | Jurisdiction | Lease type | Exposure | % of total\nJingmoor Semiconductor Manufacturing Corp. | Taiwan | Finance | $402.7 million | 27%"))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, tenq)}
    assert {("Zuidmoor Systems", "supplies", "Tollmoor Fab Capital"), ("Kestrelmoor Plasma Technologies", "supplies", "Tollmoor Fab Capital"),
            ("Tollmoor Fab Capital", "supplies", "Jingmoor Semiconductor Manufacturing")} <= found, found
    assert ("Jingmoor Semiconductor Manufacturing", "supplies", "Tollmoor Fab Capital") not in found and not {t for t in found if t[1] == "partners_with"}, found
    news = Document(id="r54", source="/docs/release.md", title="Release", company="Zuidmoor Systems", doc_type="deal announcement")
    found = _triples(extractor, (
        "Zuidmoor Systems N.V. will finance the transaction from existing cash and a EUR 150 million bridge term loan provided by Halvmoor Bank ASA.\n\n"
        "Kestrelmoor Automotive plc will finance the purchase with cash on hand and a GBP 300 million bridge loan that Callmoor Fenwick Bank has provided.\n\n"
        "Zuidmoor Systems N.V. and Harumoor Denki Co., Ltd. will also extend their litho-track integration programme."), news)
    assert {("Halvmoor Bank", "lends_to", "Zuidmoor Systems"), ("Callmoor Fenwick Bank", "lends_to", "Kestrelmoor Automotive"),
            ("Zuidmoor Systems", "partners_with", "Harumoor Denki")} <= found, found


def test_hong_kong_and_taiwan_notices_subscribers_holding_companies_sale_leasebacks_advisers_and_assets_bought(extractor: RuleExtractor) -> None:
    """A 株式会社 defines its short name; "本公司有条件同意收购而卖方有条件同意出售X70%股权" buys X; "X之直接控股公司Y" makes X Y's unit;
    "与X订立售后回租协议，向X提供融资本金" lends; the financial adviser's sentence names no deal; a notice's "向X购置" and its table of
    assets acquired (交易相对人 | 标的物) buy from X; a supply contract the company pays a prepayment under buys."""
    hk = Document(id="h54", source="/docs/hk.txt", title="公告", company="潮岫半導體", doc_type="deal announcement")
    found = _triples(extractor, (
        "本公司與賣方訂立股權轉讓協議，據此，本公司有條件同意收購而賣方有條件同意出售微岫精密70%股權，代價為人民幣336,000,000元。\n\n"
        "本公司與春岫電機株式會社（Harumoor Denki Co., Ltd.，「認購人」或「春岫電機」）訂立認購協議。緊隨認購完成後，春岫電機將持有本公司經擴大已發行股本約11.20%。\n\n"
        "浦岫融資租賃（上海）有限公司（「浦岫租賃」）為本公司之間接全資附屬公司。浦岫租賃之直接控股公司潮岫設備（香港）有限公司（「潮岫設備」）為本公司之全資附屬公司。\n\n"
        "於2025年8月，浦岫租賃與江岫晶元集成電路有限公司訂立售後回租協議，向江岫晶元集成電路有限公司提供融資本金人民幣560,000,000元。\n\n"
        "嘉岫融資有限公司已獲委任為本公司就收購微岫精密之財務顧問。"), hk)
    assert {("潮岫半導體", "acquires", "微岫精密"), ("春岫電機", "owns_stake_in", "潮岫半導體"), ("浦岫租賃", "subsidiary_of", "潮岫設備"),
            ("浦岫租賃", "lends_to", "江岫晶元集成電路")} <= found, found
    assert not {t for t in found if t[0].startswith("嘉岫") or t[0] == "微岫精密" and t[1] == "invests_in" or t[1] == "invests_in" and t[2] == "浦岫租賃"}, found
    mops = Document(id="t54", source="/docs/mops.md", title="重大訊息", company="晶岫半導體", doc_type="deal announcement")
    chunks = [Chunk(id="t54-0", doc_id="t54", ordinal=0, page=None, text=(
                  "契約內容：本公司與Nagamoor Silicon Co., Ltd.簽訂十二吋矽晶圓長期供應合約，本公司將支付預付款日圓18,000,000,000元。\n"
                  "4. 向Zuidmoor Systems N.V.購置之浸潤式曝光機2台，交易總金額為歐元198,400,000元。\n"
                  "本次董事會通過之取得機器設備明細如下：")),
              Chunk(id="t54-1", doc_id="t54", ordinal=1, page=None, kind="table", text=(
                  "| 交易相對人 | 標的物 | 數量 | 交易總金額 |\n|---|---|---|---|\n| 春岫電機株式會社（Harumoor Denki） | 塗佈顯影設備 | 4台 | 日圓11,520,000,000元 |"))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, mops)}
    assert {("Nagamoor Silicon", "supplies", "晶岫半導體"), ("Zuidmoor Systems", "supplies", "晶岫半導體")} <= found, found
    assert any(s in {"Harumoor Denki", "春岫電機"} and r == "supplies" and t == "晶岫半導體" for s, r, t in found), found
    assert not any("十二吋" in s or "十二吋" in t for s, _, t in found), found


def test_software_deals_revenue_share_a_fifth_owned_models_called_parents_list_and_chinese_reseller_notes(extractor: RuleExtractor) -> None:
    """English: "served by X, whose inference API we pay for", "a revenue-share agreement with X", "X owns something like a fifth of
    Y", "X's agents call Y's models", "X is the sole lender behind the term loan that Y disclosed", "we acquired X … and X became our
    wholly owned subsidiary", a merger's parties "by and among A, B, a subsidiary of A ("Merger Sub"), C and D" (B is no unit of C or D),
    "X's largest stockholders were A, which held 24%, and B, the venture arm of C, which held 11%"; winning against rivals sells
    them nothing. Chinese: 担任X的授权经销商, 基于X提供的推理服务, 采用X的大模型, 算力来自X, 中标X, 向本公司全资附属公司X采购."""
    call = Document(id="c55", source="/docs/call.md", title="Q3 call", company="Quillmoor Software", doc_type="call transcript")
    found = _triples(extractor, (
        "The models behind Clause Copilot continue to be served primarily by Corvmoor Labs, whose inference API we pay for on a per-token basis.\n\n"
        "In September we signed a revenue-share agreement with Corvmoor Labs under which its sales team co-sells our product.\n\n"
        "On the supplier side, Nimbmoor Inc. owns something like a fifth of Corvmoor Labs.\n\n"
        "We continue to win head-to-head against Gravmoor Inc. and Ferrmoor Analytics in procurement suites.\n\n"
        "In January we acquired Threnmoor Voice, Inc. (\"Threnmoor\") for $21.5 million, and Threnmoor became our wholly owned subsidiary."), call)
    assert {("Corvmoor Labs", "supplies", "Quillmoor Software"), ("Quillmoor Software", "partners_with", "Corvmoor Labs"),
            ("Nimbmoor", "owns_stake_in", "Corvmoor Labs"), ("Threnmoor Voice", "subsidiary_of", "Quillmoor Software")} <= found, found
    assert not {t for t in found if t[2] in {"Gravmoor", "Ferrmoor Analytics"}}, found
    eightk = Document(id="k55", source="/docs/8k.md", title="8-K", company="Quillmoor Software", doc_type="8-K")
    found = _triples(extractor, (
        "The Company completed its acquisition of Lumenmoor AI, Inc. (\"Lumenmoor\") pursuant to the Merger Agreement by and among the Company, "
        "Larkmoor Merger Sub, Inc., a wholly owned subsidiary of the Company (\"Merger Sub\"), Lumenmoor and Fortmoor Holder Services LLC.\n\n"
        "Lumenmoor's largest pre-closing stockholders were Kestmoor Ridge Partners, which held approximately 24%, and Tessmoor Ventures LLC, "
        "the corporate venture arm of Tessmoor Data, Inc., which held approximately 11%."), eightk)
    assert {("Larkmoor Merger Sub", "subsidiary_of", "Quillmoor Software"), ("Kestmoor Ridge Partners", "owns_stake_in", "Lumenmoor AI"),
            ("Tessmoor Ventures", "owns_stake_in", "Lumenmoor AI")} <= found, found
    assert not {t for t in found if t[0] == "Larkmoor Merger Sub" and t[2] != "Quillmoor Software" or {t[0], t[2]} == {"Kestmoor Ridge Partners", "Tessmoor Ventures"}}, found
    news = Document(id="n55", source="/docs/news.txt", title="News", company="", doc_type="news")
    found = {t[:3] for t in links(extractor, "Mirrmoor Inc.'s scheduling agents call Corvmoor Labs's models through a usage-based API contract.", news)} \
        | {t[:3] for t in links(extractor, "Brackmoor Credit Partners is also the sole lender behind the $150 million term loan that Orrmoor Inc. disclosed.", news)}
    assert found == {("Corvmoor Labs", "supplies", "Mirrmoor"), ("Brackmoor Credit Partners", "lends_to", "Orrmoor")}, found
    hk = Document(id="h55", source="/docs/hk.pdf", title="公告", company="翎岫科技", doc_type="deal announcement")
    found = _triples(extractor, (
        "本集團自2023年起擔任Tessmoor Data, Inc.數據平台於大中華區的授權經銷商，向其採購訂閱後轉售予本地客戶。\n\n"
        "星岫智能（深圳）有限公司（「目標公司」）的智能體主要基於北京深岫智能科技有限公司（「深岫智能」）提供的大模型推理服務運行。"
        "其算力資源則主要向本公司全資附屬公司翎岫雲計算有限公司（「翎岫雲」）採購。"), hk)
    assert {("Tessmoor Data", "supplies", "翎岫科技"), ("深岫智能", "supplies", "星岫智能（深圳）"), ("翎岫雲", "supplies", "星岫智能（深圳）")} <= found, found
    assert ("翎岫科技", "supplies", "星岫智能（深圳）") not in found, found
    note = Document(id="b55", source="/docs/note.txt", title="首次覆盖", company="睿岫信息", doc_type="research note")
    found = _triples(extractor, (
        "据我们调研，深岫智能科技有限公司的训练与推理算力约七成来自北辰岫算力科技有限公司位于宁夏中卫的智算中心。\n\n"
        "2025年7月，公司中标北辰岫算力科技有限公司智算中心运营管理系统项目，合同金额8,600万元。\n\n"
        "公司行业智能体底座采用衡岫智能科技有限公司的通用大模型，按调用量付费。"), note)
    assert {("北辰岫算力科技", "supplies", "深岫智能科技"), ("睿岫信息", "supplies", "北辰岫算力科技"), ("衡岫智能科技", "supplies", "睿岫信息")} <= found, found


def test_a_rater_an_investor_named_as_other_investor_a_holder_starting_its_own_clause_and_a_glossary_s_two_names(extractor: RuleExtractor) -> None:
    """A rating agency that "has assigned a B1 rating to the loan provided by X" borrows nothing; "其他投资方X合伙企业" names X, not
    "其他投资方X"; "completed its acquisition of A, and B, which elected cash, received …" buys A only; "提供融资本金" names no company;
    a glossary's short name and full name are one node in the graph."""
    news = Document(id="r55", source="/docs/rating.md", title="Rating Action", company="Aldmoor Credit Ratings", doc_type="news")
    found = _triples(extractor, ('Aldmoor Credit Ratings ("Aldmoor") has assigned a B1 rating to the $2.0 billion term loan provided by '
                                 "Ridgemoor Compute Credit Fund II, L.P. to NVM Compute Funding I, LLC."), news)
    assert not {t for t in found if "Aldmoor Credit Ratings" in (t[0], t[2])}, found
    notice = Document(id="a55", source="/docs/gonggao.md", title="公告", company="澜岫软件", doc_type="deal announcement")
    found = _triples(extractor, ("公司拟以自有资金1.5亿元认购北京深岫智能科技有限公司（以下简称“深岫智能”）新增注册资本。\n\n"
                                 "本轮增资的其他投资方苏州衡岫创业投资合伙企业（有限合伙）（以下简称“衡岫创投”）拟同步出资16,250万元认购深岫智能新增注册资本。"), notice)
    assert ("衡岫创投", "invests_in", "深岫智能") in found and not any("其他投资方" in s for s, _, _ in found), found
    tenq = Document(id="q55", source="/docs/10q.html", title="10-Q", company="Tessmoor Data", doc_type="10-Q")
    found = _triples(extractor, ("On October 6, 2025, Quillmoor Software, Inc. completed its acquisition of Lumenmoor AI, Inc., and Tessmoor Ventures LLC, "
                                 "which elected the all-cash option under the merger agreement, received approximately $44.8 million in cash."), tenq)
    assert ("Quillmoor Software", "acquires", "Lumenmoor AI") in found and ("Quillmoor Software", "acquires", "Tessmoor Ventures") not in found, found
    hk = Document(id="h56", source="/docs/hk.pdf", title="公告", company="云岫数据", doc_type="deal announcement")
    relations = _doc_links(extractor, ("「光岫智算基金」 指 深圳光岫智算产业投资基金合伙企业（有限合伙）\n「深岫智能」 指 北京深岫智能科技有限公司\n\n"
                                       "据董事所深知，深岫智能之股东包括光岫智算基金。"), hk)
    assert ("光岫智算基金", "owns_stake_in", "深岫智能") in {(r.source, r.relation, r.target) for r in relations}, relations
    other = Document(id="b56", source="/docs/note.md", title="点评", company="", doc_type="news")
    relations += extractor.from_sentence("深圳光岫智算产业投资基金合伙企业（有限合伙）领投深岫智能B轮融资。", other, None, False)
    graph = build_graph(relations, default_lexicon())
    assert len({n.id for n in graph.nodes if "光岫智算" in n.id}) == 1, graph.nodes


def _rel(source: str, relation: str, target: str, doc: str) -> Relation:
    payer, payee = (target, source) if relation == "supplies" else (source, target) if relation in {"invests_in", "lends_to", "acquires", "owns_stake_in"} else (None, None)
    return Relation(source, target, relation, payer, payee, None, None, None, None, (Evidence(doc=doc, page=None, quote=f"{source} {relation} {target}"),))


def test_one_node_for_a_company_its_documents_name_in_several_ways() -> None:
    """'Tessmere' is Tessmere Data (not the venture arm a document calls its subsidiary); 'Lattice Moor' is 'Lattice Moor Systems';
    a Beijing company's Traditional full name is the short name a mainland story writes; a name with more descriptor words is the
    shorter one in either script; an English name after its city is the Chinese name spelled alike; and the loop through them closes."""
    relations = [
        _rel("Tessmere Ventures", "subsidiary_of", "Tessmere Data", "a.html"), _rel("Tessmere Ventures", "invests_in", "Orrmere", "a.html"),
        _rel("Nimbmere", "supplies", "Tessmere Data", "a.html"), _rel("Tessmere", "supplies", "Orrmere", "b.pdf"),
        _rel("Orrmere", "supplies", "Lattice Moor", "b.pdf"), _rel("Lattice Moor Systems", "supplies", "Nimbmere", "c.md"),
        _rel("曜岚智能", "supplies", "星岚文化", "d.txt"), _rel("北京曜嵐智能科技", "owns_stake_in", "鼎岚互动", "e.pdf"),
        _rel("宏岚智能终端控股", "owns_stake_in", "宏岚通讯", "d.txt"), _rel("宏嵐智能終端", "supplies", "鼎岚互动", "e.pdf"),
        _rel("宏岚智能", "supplies", "星岚文化", "f.md"), _rel("Suzhou Xinlan Technology", "supplies", "Hanmere Memory", "g.pdf"),
        _rel("芯岚科技", "supplies", "星岚文化", "f.md"),
    ]
    graph = build_graph(relations, default_lexicon())
    ids = {n.id for n in graph.nodes}
    assert {"Tessmere", "Lattice Moor", "北京曜嵐智能科技", "宏岚智能终端控股", "宏嵐智能終端"}.isdisjoint(ids), ids
    assert {"Tessmere Data", "Tessmere Ventures", "Lattice Moor Systems", "曜岚智能", "宏岚智能"} <= ids, ids
    assert len({"Suzhou Xinlan Technology", "芯岚科技"} & ids) == 1, ids
    assert any(set(c.nodes) == {"Tessmere Data", "Orrmere", "Lattice Moor Systems", "Nimbmere"} for c in graph.cycles), graph.cycles
    # a company listed as its parent's subsidiary under its first word stays apart ('Corvmere Inc.', the US unit of Corvmere IP)
    graph = build_graph([_rel("Corvmere", "subsidiary_of", "Corvmere Semiconductor IP", "h.pdf"),
                         _rel("Anvmere", "owns_stake_in", "Corvmere Semiconductor IP", "h.pdf")], default_lexicon())
    assert {"Corvmere", "Corvmere Semiconductor IP"} <= {n.id for n in graph.nodes}


def test_links_from_licences_users_lessees_commitments_and_supply_in_chinese(extractor: RuleExtractor) -> None:
    news = Document(id="n57", source="/docs/news.md", title="News", company="", doc_type="news")
    cases = {
        "Quillmere Labs, Inc.'s attribution engine is used today by Brightmere Music Group and Lumenmere Images, Inc. to track usage.":
            {("Quillmere Labs", "supplies", "Brightmere Music"), ("Quillmere Labs", "supplies", "Lumenmere Images")},
        "Pellumere Sensing, Inc. integrates Halmere Silicon's Corvid edge processor in its lidar units.": {("Halmere Silicon", "supplies", "Pellumere Sensing")},
        "Lumomere Autonomy, Inc. remains the largest lessee of Keelmere Fleet Leasing Corp. and Lumomere Autonomy remains Keelmere Fleet Leasing's largest lessee.": {("Keelmere Fleet Leasing", "supplies", "Lumomere Autonomy")},
        "Keelmere Vehicle Lease Trust 2024-1, a bankruptcy-remote special-purpose subsidiary of Keelmere Fleet Leasing, issued notes.":
            {("Keelmere Vehicle Lease Trust", "subsidiary_of", "Keelmere Fleet Leasing")},
        "Halvmere Media signed a five-year archive licence with Solvmere Labs, Inc. worth $42 million a year.": {("Halvmere Media", "supplies", "Solvmere Labs")},
    }
    for sentence, expected in cases.items():
        assert {t[:3] for t in links(extractor, sentence, news)} == expected, sentence
    tenq = Document(id="q57", source="/docs/10q.html", title="10-Q", company="Lumomere Autonomy", doc_type="10-Q")
    found = _triples(extractor, ("We have a non-cancelable cloud compute commitment with Nimbmere Compute, Inc., under which we are obligated to pay "
                                 "$275.0 million through June 2027.\n\nWe hold a 40% membership interest in Overmere Mobility, and Castlemere Motor "
                                 "holds the remaining 60%.\n\nSubstantially all of our model training runs on GPU clusters provided by Ironmere "
                                 "Compute, Inc. under a capacity agreement."), tenq)
    assert {("Nimbmere Compute", "supplies", "Lumomere Autonomy"), ("Lumomere Autonomy", "owns_stake_in", "Overmere Mobility"),
            ("Castlemere Motor", "owns_stake_in", "Overmere Mobility"), ("Ironmere Compute", "supplies", "Lumomere Autonomy")} <= found, found
    assert ("Lumomere Autonomy", "owns_stake_in", "Castlemere Motor") not in found and ("Lumomere Autonomy", "supplies", "Ironmere Compute") not in found, found
    prospectus = Document(id="p57", source="/docs/s1.md", title="Prospectus", company="Solvmere Labs", doc_type="prospectus")
    found = _triples(extractor, ("The following table summarizes selected content and data license agreements:\n\n"
                                 "| Licensor | Content licensed | Term | Expensed in 2024 |\n|---|---|---|---|\n"
                                 "| Lumenmere Images, Inc. | Stock images and captions | 2023-2027 | $18.5 million |\n"
                                 "| Chattermere, Inc. | Public posts | 2024-2026 | $31.0 million |\n\n"
                                 "We license data from Chattermere, Inc., an affiliate of Chattermere Ventures, L.P."), prospectus)
    assert {("Lumenmere Images", "supplies", "Solvmere Labs"), ("Chattermere", "supplies", "Solvmere Labs")} <= found, found
    assert ("Chattermere", "subsidiary_of", "Chattermere Ventures") not in found, found
    eightk = Document(id="k57", source="/docs/8k.md", title="8-K", company="Halvmere Media Group", doc_type="8-K")
    found = _triples(extractor, ("Halvmere Media Group, Inc. (\"Halvmere\") today announced a content agreement with Solvmere Labs, Inc. (\"Solvmere\").\n\n"
                                 "The Solvmere agreement is Halvmere's second AI license, following the archive license it granted to Vantmere Labs, Inc. in 2024."), eightk)
    assert ("Halvmere Media Group", "supplies", "Vantmere Labs") in found and ("Solvmere", "supplies", "Vantmere Labs") not in found, found
    notice = Document(id="z57", source="/docs/gonggao.txt", title="公告", company="星岚文化", doc_type="deal announcement")
    found = _triples(extractor, ("星岚文化传媒股份有限公司（以下简称“公司”）与北京曜岚智能科技有限公司（以下简称“曜岚智能”）签订《数据资源授权许可协议》，"
                                 "公司将旗下网络文学作品等数据资源以非独家方式授权曜岚智能用于大模型训练。"), notice)
    assert ("星岚文化传媒", "supplies", "曜岚智能") in found and not any("作品" in s for s, _, _ in found), found
    hk = Document(id="h57", source="/docs/hk.pdf", title="公告", company="天岚智驾", doc_type="deal announcement")
    found = _triples(extractor, ("「深圳天岚」 指 天岚智驾（深圳）科技有限公司，一家于中国成立之有限公司，为本公司之间接全资附属公司\n\n"
                                 "本集团现有量产车辆之车载计算平台主要采用上海曜岚微电子科技有限公司供应之芯片。\n\n"
                                 "本公司全资附属公司鼎岚音乐版权有限公司将向目标公司授出曲库录音制品之非独家训练许可。"), hk)
    assert {("天岚智驾（深圳）科技", "subsidiary_of", "天岚智驾"), ("上海曜岚微电子科技", "supplies", "天岚智驾")} <= found, found
    assert not any("成立" in s or "成立" in t for s, _, t in found), found
    note = Document(id="b57", source="/docs/note.md", title="首次覆盖", company="恒岚股份", doc_type="research note")
    found = _triples(extractor, ("2025年公司线控转向模块开始批量供应天岚智驾科技有限公司的Robotaxi车队，我们判断公司具备先发优势。\n\n"
                                 "公司的行星滚柱丝杠已通过北美人形机器人厂商Kestmere Motion, Inc.的认证并实现批量供货。"), note)
    assert {("恒岚股份", "supplies", "天岚智驾科技"), ("恒岚股份", "supplies", "Kestmere Motion")} <= found, found
    assert not any(x in {"我们判断", "人形机器人"} for t in found for x in t), found


def test_design_tools_foundry_certification_passive_chinese_deals_and_a_licensor_s_own_report(extractor: RuleExtractor) -> None:
    call = Document(id="c58", source="/docs/call.md", title="Q3 call", company="Verimere Logic Systems", doc_type="call transcript")
    found = _triples(extractor, (
        "Halvmere Microsystems, Inc. standardized its entire digital implementation flow on Verimere this quarter.\n\n"
        "In automotive, Tarnmere Automotive Electronics GmbH renewed and expanded its subscription, adding our functional-safety suite.\n\n"
        "On the foundry side, our digital and custom flows were certified for Orimere Foundry Corporation's N2 process."), call)
    assert {("Verimere Logic Systems", "supplies", "Halvmere Microsystems"), ("Verimere Logic Systems", "supplies", "Tarnmere Automotive Electronics"),
            ("Verimere Logic Systems", "partners_with", "Orimere Foundry")} <= found, found
    report = Document(id="r58", source="/docs/ar.md", title="Annual Report", company="Corvmere Semiconductor IP", doc_type="annual report")
    found = _triples(extractor, ("Revenue from our ten largest licensees represented 58% of Group revenue. The number of licensees rose to fourteen.\n\n"
                                 "In the second half we signed a multi-year licence with Huamere AI Computing Holdings Limited."), report)
    assert ("Corvmere Semiconductor IP", "supplies", "Huamere AI Computing Holdings") in found, found
    hk = Document(id="h58", source="/docs/hk.pdf", title="公告", company="华岚智算", doc_type="deal announcement")
    found = _triples(extractor, ("本集团现有产品之晶圆均由星岚晶圆制造股份有限公司制造。\n\n本集团新一代训练芯片采用自Corvmere Semiconductor IP plc授权之NPU核心。"), hk)
    assert {("星岚晶圆制造", "supplies", "华岚智算"), ("Corvmere Semiconductor IP", "supplies", "华岚智算")} <= found, found
    note = Document(id="b58", source="/docs/note.md", title="芯岚科技（688731.SH）深度报告", company="芯岚科技", doc_type="research note")
    found = _triples(extractor, ("长江芯岚产业投资基金合伙企业（有限合伙）持股8.3%，为公司第二大股东。\n\n"
                                 "接口IP厂商Quilmere Silicon IP Inc.已于2025年10月被Verimere Logic Systems, Inc.以6.4亿美元收购。\n\n"
                                 "本报告仅供东岚证券股份有限公司（以下简称\"本公司\"）的客户使用。东岚证券及其关联机构可能持有芯岚科技发行的证券，或为其提供投资银行服务。"), note)
    assert {("长江芯岚产业投资基金", "owns_stake_in", "芯岚科技"), ("Verimere Logic Systems", "acquires", "Quilmere Silicon IP")} <= found, found
    assert not any("东岚证券" in (s, t) for s, _, t in found), found


def test_a_broker_s_own_disclaimer_sales_to_a_buyer_fees_paid_and_tables_of_investees_and_lenders(extractor: RuleExtractor) -> None:
    note = Document(id="b59", source="/docs/note.md", title="芯岚存储（688719.SH）首次覆盖报告", company="芯岚存储", doc_type="research note")
    found = _triples(extractor, (
        "公司LPDDR5X模组已导入宏岚智能终端有限公司旗舰机型，2024年对宏岚智能终端有限公司销售收入约4.6亿元。\n\n"
        "公司同时为Hanmere Memory Co., Ltd.提供部分LPDDR芯片的封装测试服务。\n\n"
        "Hanmere Memory Co., Ltd.于2024年7月增持公司股份，目前为公司第三大股东。\n\n"
        "据Aurelmere Labs, Inc.披露，其每年向科尔岚（Corvmere Devices, Inc.）支付约12亿美元，以使其AI助手成为默认预装助手。\n\n"
        "本报告仅供衡岚证券股份有限公司（以下简称\"本公司\"）的客户使用。本公司不保证其准确性。"), note)
    assert {("芯岚存储", "supplies", "宏岚智能终端"), ("芯岚存储", "supplies", "Hanmere Memory"), ("Hanmere Memory", "invests_in", "芯岚存储"),
            ("Corvmere Devices", "supplies", "Aurelmere Labs")} <= found, found
    assert not any("衡岚证券" in (s, t) for s, _, t in found), found
    report = Document(id="r59", source="/docs/ar.md", title="Annual Report", company="Hanmere Memory", doc_type="annual report")
    found = _triples(extractor, ("Equity investments (at December 31, 2024)\n\n| Investee | Country | Activity | Holding | Carrying amount |\n|---|---|---|---|---|\n"
                                 "| Gyeongmere Photonics Co., Ltd. | Korea | Optical interconnect | 19.80% | KRW 41.7 bn |\n\n"
                                 "Borrowings\n\n| Lender or instrument | Type | Rate | Maturity | Amount |\n|---|---|---|---|---|\n"
                                 "| Samhmere Development Bank | Facility loan | 3.85% | 2027 | KRW 800.0 bn |"), report)
    assert {("Hanmere Memory", "owns_stake_in", "Gyeongmere Photonics"), ("Samhmere Development Bank", "lends_to", "Hanmere Memory")} <= found, found
    hk = Document(id="h59", source="/docs/hk.pdf", title="公告", company="宏岚智能", doc_type="deal announcement")
    found = _triples(extractor, "据此，玄岚智能科技有限公司同意授权本集团于旗下手机及个人电脑预装其端侧大模型，授权费总额不超过人民币2.4亿元。", hk)
    assert ("玄岚智能科技", "supplies", "宏岚智能") in found, found


def test_round_participants_a_subsidiary_now_and_a_target_s_holders_in_a_hong_kong_table(extractor: RuleExtractor) -> None:
    prospectus = Document(id="p60", source="/docs/s1.md", title="Prospectus", company="Solvmere Labs", doc_type="prospectus")
    found = _triples(extractor, ("Other participants in our Series B and Series C financings included Halvmere Media Group, Inc. and Ashmere Ventures LLC.\n\n"
                                 "Quillmere Labs, Inc. is now a wholly owned subsidiary of Halvmere Media Group, Inc., so we asked for commitments."), prospectus)
    assert {("Halvmere Media Group", "invests_in", "Solvmere Labs"), ("Ashmere Ventures", "invests_in", "Solvmere Labs"),
            ("Quillmere Labs", "subsidiary_of", "Halvmere Media Group")} <= found, found
    hk = Document(id="h60", source="/docs/hk.pdf", title="公告", company="鼎岚互动", doc_type="deal announcement")
    chunk = Chunk(id="t60", doc_id="h60", ordinal=1, text=("下表载列目标公司于本公告日期及紧随C轮融资完成后之股权架构：\n股东 于本公告日期 紧随C轮融资完成后\n"
                                                "北京曜岚企业管理合伙企业（有限合伙） 35.39% 28.40%\n本公司 - 7.90%\n合计 100.00% 100.00%"), page=2, kind="table")
    intro = Chunk(id="i60", doc_id="h60", ordinal=0, text="本公司与北京曜岚智能科技有限公司（「目标公司」）订立认购协议。", page=1)
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([intro, chunk], hk)}
    assert ("北京曜岚企业管理", "owns_stake_in", "北京曜岚智能科技") in found, found


def test_a_leasing_company_leases_out_an_agent_that_acts_as_one_and_actual_results_that_may_differ(extractor: RuleExtractor) -> None:
    news = Document(id="n61", source="/docs/rating.md", title="Rating", company="", doc_type="news")
    assert {t[:3] for t in links(extractor, "In September 2025 Keelmere Fleet Leasing, Inc. signed a master lease with Overmere Mobility LLC, covering 1,500 vehicles.", news)} \
        == {("Keelmere Fleet Leasing", "supplies", "Overmere Mobility")}
    tenq = Document(id="q61", source="/docs/10q.html", title="10-Q", company="Lumomere Autonomy", doc_type="10-Q")
    found = _triples(extractor, ("We maintain a $200.0 million revolving credit facility with a syndicate of lenders for which Fenmere Harbor Bank, N.A. "
                                 "acts as administrative agent.\n\nActual results may differ materially due to risks including competitive responses "
                                 "by Caldmere Design Automation, Inc. and our ability to retain customers."), tenq)
    assert not {t for t in found if {"Fenmere Harbor Bank", "Caldmere Design Automation"} & {t[0], t[2]}}, found


def test_a_chinese_name_written_short_is_one_node_but_a_regional_unit_stays_apart(extractor: RuleExtractor) -> None:
    relations = [_rel("苏州澄岚先进封装科技", "supplies", "芯岚智算", "a.pdf"), _rel("澄岚封装", "supplies", "Orrmere", "b.md"),
                 _rel("长岚算力产业投资基金", "invests_in", "芯岚智算", "a.pdf"), _rel("长岚基金", "owns_stake_in", "Orrmere", "b.md"),
                 _rel("星岚智算（深圳）", "subsidiary_of", "星岚智算", "c.md"), _rel("星岚智算（深圳）", "supplies", "Orrmere", "c.md"),
                 _rel("芯岚智算", "supplies", "星岚智算", "c.md")]
    ids = {n.id for n in build_graph(relations, default_lexicon()).nodes}
    assert {"澄岚封装", "长岚基金", "星岚智算（深圳）", "星岚智算"} <= ids and not {"苏州澄岚先进封装科技", "长岚算力产业投资基金"} & ids, ids
    report = Document(id="f62", source="/docs/20f.pdf", title="20-F", company="Tessmere Microdevices", doc_type="20-F")
    found = _triples(extractor, ("In March 2024, Tessmere Microdevices (Taiwan) Co., Ltd. entered into a NT$12 billion syndicated revolving credit facility "
                                 "in which Hanmere Commercial Bank acts as facility agent and as one of seven lenders."), report)
    assert ("Hanmere Commercial Bank", "lends_to", "Tessmere Microdevices (Taiwan)") in found, found


def test_landlords_builders_banks_named_after_a_loan_and_deals_told_without_their_owner(extractor: RuleExtractor) -> None:
    call = Document(id="c63", source="/docs/call.md", title="Q1 call", company="Meridmere Vault Realty Trust", doc_type="call transcript")
    found = _triples(extractor, (
        "The largest deal of the quarter was a 48-megawatt, 12-year lease with Tessmere Cloud, Inc. at our Reno North campus.\n\n"
        "In February we upsized our revolving credit facility to $2.0 billion. Northmere Bank, N.A., which leads our bank group, committed $400 million of the increase.\n\n"
        "Corvmere Construction Group, Inc. is the general contractor on Reno North phase two.\n\n"
        "We have also reserved transformer and switchgear production slots with Voltmere Electric Corp. for deliveries through 2027."), call)
    assert {("Meridmere Vault Realty Trust", "supplies", "Tessmere Cloud"), ("Northmere Bank", "lends_to", "Meridmere Vault Realty Trust"),
            ("Corvmere Construction Group", "supplies", "Meridmere Vault Realty Trust"), ("Voltmere Electric", "supplies", "Meridmere Vault Realty Trust")} <= found, found
    tenk = Document(id="k63", source="/docs/10k.md", title="10-K", company="Kestmere Ridge Digital", doc_type="10-K")
    found = _triples(extractor, ("Corvmere Construction Group, Inc. was our principal general contractor in 2024.\n\n"
                                 "As partial consideration for the sale of our Hillsboro campus, we received 6.2 million common units of Meridmere Vault Operating Partnership, L.P."), tenk)
    assert {("Corvmere Construction Group", "supplies", "Kestmere Ridge Digital"), ("Kestmere Ridge Digital", "owns_stake_in", "Meridmere Vault Operating Partnership")} <= found, found
    news = Document(id="n63", source="/docs/news.md", title="News", company="", doc_type="news")
    cases = {
        "Pyrmere Semiconductor Corp. counts Tessmere Cloud, Inc. as its largest customer for accelerators.": {("Pyrmere Semiconductor", "supplies", "Tessmere Cloud")},
        "Meridmere Austral Ltd, Australia's second-largest carrier, has moved its billing and network-analytics stacks onto Nimbmere Cloud, Inc. under a seven-year agreement.":
            {("Nimbmere Cloud", "supplies", "Meridmere Austral")},
        "Pasimere Connect Ltd and Bornmere Digital Berhad hold the rest of Lyrmere Subsea Cable Company's shares.":
            {("Pasimere Connect", "owns_stake_in", "Lyrmere Subsea Cable Company"), ("Bornmere Digital", "owns_stake_in", "Lyrmere Subsea Cable Company")},
        "Lumenmere Fiber Networks, Inc. is also building dark fibre into Aurmere Labs, Inc.'s west Texas campus under a US$275 million contract.":
            {("Lumenmere Fiber Networks", "supplies", "Aurmere Labs")},
        "The financing is sized off the 15-year lease Orimere Labs, Inc. signed with Kestmere Ridge Digital, Inc. in March.": {("Kestmere Ridge Digital", "supplies", "Orimere Labs")},
        "Lingmere Microelectronics Ltd., which is controlled by Hongmere State Capital Group, sells inference accelerators.":
            {("Hongmere State Capital", "owns_stake_in", "Lingmere Microelectronics")},
        "Orbmere Satellite Networks S.A. today announced a five-year agreement to provide Aurmere Labs, Inc. with dedicated Ka-band capacity.":
            {("Orbmere Satellite Networks", "supplies", "Aurmere Labs")},
        "The Lyrmere Subsea Cable Company system, in which Meridmere Austral Ltd holds 30%, is being built by Tethmere Submarine Systems, Inc.":
            {("Meridmere Austral", "owns_stake_in", "Lyrmere Subsea Cable Company"), ("Tethmere Submarine Systems", "supplies", "Lyrmere Subsea Cable Company")},
        "Norvmere Cable AS and Tethmere Submarine Systems, Inc. are the only two suppliers outside Asia able to deliver a system on Lyrmere Subsea Cable Company's schedule.":
            set(),
    }
    for sentence, expected in cases.items():
        assert {t[:3] for t in links(extractor, sentence, news)} == expected, sentence
    release = Document(id="r63", source="/docs/release.md", title="Release", company="Orbmere Satellite Networks", doc_type="deal announcement")
    found = _triples(extractor, "The satellite order is financed in part by a EUR 240 million export credit facility provided by Crédit Mereal.", release)
    assert ("Crédit Mereal", "lends_to", "Orbmere Satellite Networks") in found, found
    s1 = Document(id="s63", source="/docs/s1.md", title="S-1", company="Quelmere Bio", doc_type="S-1")
    found = _triples(extractor, ("Halmere Therapeutics, Inc. paid us an upfront payment of $60.0 million in March 2025 and concurrently purchased shares "
                                 "of our Series C preferred stock for $25.0 million.\n\n"
                                 "Our wholly owned subsidiary, Quelmere Biotechnology (Shanghai) Co., Ltd., engages Kangmere Pharmaceutical Co., Ltd. to synthesise compounds."), s1)
    assert {("Quelmere Bio", "supplies", "Halmere Therapeutics"), ("Halmere Therapeutics", "invests_in", "Quelmere Bio"),
            ("Kangmere Pharmaceutical", "supplies", "Quelmere Biotechnology (Shanghai)")} <= found, found
    sheet = Document(id="t63", source="/docs/sheet.md", title="Summary of Principal Terms", company="Opticmere Health AI", doc_type="news")
    found = _triples(extractor, ("Borrower Opticmere Health AI, Inc., a Delaware corporation (the \"Borrower\"), which develops imaging software.\n\n"
                                 "Facility Kestmere Growth Capital Fund IV, L.P. will provide the Borrower with senior secured term loans of up to $25,000,000."), sheet)
    assert ("Kestmere Growth Capital Fund IV", "lends_to", "Opticmere Health AI") in found, found
    tenq = Document(id="q63", source="/docs/10q.md", title="10-Q", company="Fenmere Networks", doc_type="10-Q")
    found = _triples(extractor, ("Fund II is not a lender under the Cedar Flats senior construction facility arranged by Northmere Bank, N.A.\n\n"
                                 "On April 30, 2025, Fenmere Networks (Texas) Inc. borrowed $75.0 million under a five-year senior term loan provided by Prairmere Bank, N.A."), tenq)
    assert ("Prairmere Bank", "lends_to", "Fenmere Networks (Texas)") in found and not any("Northmere Bank" in t for t in found), found


def test_chinese_builders_pre_leases_a_buyer_s_named_purchase_a_seller_and_a_round_s_units(extractor: RuleExtractor) -> None:
    notice = Document(id="z63", source="/docs/gonggao.md", title="公告", company="讯岚通信", doc_type="deal announcement")
    found = _triples(extractor, (
        "近日，公司与华岚通信集团有限公司（以下简称“华岚通信”）签订了《华岚通信2025年算力网络骨干传输设备集中采购框架合同》，合同金额为人民币16.84亿元（含税）。\n\n"
        "2025年3月17日，云岚惠州智算有限公司与华衡岚建设集团有限公司签订《惠州智算中心项目EPC工程总承包合同》，合同金额为人民币19.3亿元。"), notice)
    assert {("讯岚通信", "supplies", "华岚通信"), ("华衡岚建设集团", "supplies", "云岚惠州智算")} <= found, found
    hk = Document(id="h63", source="/docs/hk.md", title="公告", company="嘉岚置業", doc_type="deal announcement")
    found = _triples(extractor, (
        "本公司同意向賣方收購雲岚（惠州）智算有限公司40%股權，代價為人民幣6.8億元。\n\n"
        "代價將以本集團內部資源及太平岚銀行有限公司提供之港幣25億元定期貸款撥付。\n\n"
        "此外，本集團位於葵涌之工業大廈改建數據中心項目，已與Tessmere Cloud, Inc.訂立為期十年之預租協議。\n\n"
        "該改建工程之總承包商為榮岚工程有限公司，合約金額為港幣9.6億元。\n\n"
        "釋義 詞彙 涵義 「本公司」 嘉岚置業控股有限公司 「賣方」 雲岚智算科技股份有限公司 「目標公司」 雲岚（惠州）智算有限公司"), hk)
    assert {("嘉岚置業", "owns_stake_in", "雲岚（惠州）智算"), ("太平岚銀行", "lends_to", "嘉岚置業"), ("嘉岚置業", "supplies", "Tessmere Cloud"),
            ("榮岚工程", "supplies", "嘉岚置業")} <= found, found
    assert not any("雲岚智算科技" in (s, t) and "雲岚（惠州）智算" not in (s, t) for s, _, t in found), found  # the seller is not bought
    news = Document(id="y63", source="/docs/news.md", title="新闻", company="", doc_type="news")
    found = _triples(extractor, ("总部位于岚湾市的大模型公司深岚智能科技有限公司（下称“深岚智能”）宣布完成20亿元B轮融资，岚湾智算参与其中。\n\n"
                                 "本轮由岚湾产业引导基金领投8亿元，GPU设计公司芯岚科技、泓岚国投旗下的泓岚创投、新加坡投资机构Meridmere Crest Capital跟投。\n\n"
                                 "本轮完成后，岚湾产业引导基金将持有深岚智能约11%的股权，成为其第二大股东。"), news)
    assert {("岚湾产业引导基金", "invests_in", "深岚智能"), ("芯岚科技", "invests_in", "深岚智能"), ("泓岚创投", "invests_in", "深岚智能"),
            ("岚湾产业引导基金", "owns_stake_in", "深岚智能")} <= found, found
    assert not {("泓岚国投", "invests_in", "深岚智能"), ("泓岚创投", "subsidiary_of", "芯岚科技"), ("深岚智能", "owns_stake_in", "岚湾产业引导基金")} & found, found


def test_one_node_across_scripts_and_tails_but_a_name_is_not_its_regional_unit() -> None:
    from analyst.graph.entities import known_names

    relations = [_rel("嘉岚置業", "owns_stake_in", "雲岚惠州", "a.pdf"), _rel("嘉岚置业", "supplies", "Tessmere Cloud", "b.md"),
                 _rel("Kestmere Ridge", "supplies", "Orimere Labs", "c.md"), _rel("Kestmere Ridge Digital", "supplies", "Tessmere Cloud", "d.md")]
    ids = {n.id for n in build_graph(relations, default_lexicon()).nodes}
    assert len({i for i in ids if i.startswith("嘉岚置")}) == 1 and "Kestmere Ridge" not in ids, ids
    # 'Jingmere' alone is the company, not its unit 'Jingmere Photonics USA' that another document named
    assert known_names("We locked in supply with Jingmere Photonics for 2026.", ["Jingmere Photonics USA"], default_lexicon()).get("Jingmere") is None
    assert known_names("We locked in supply with Jingmere for 2026.", ["Jingmere Photonics"], default_lexicon()).get("Jingmere") == "Jingmere Photonics"


def test_a_round_s_later_backers_a_fund_s_own_vehicle_a_pension_plan_s_own_words_and_a_premium_paid(extractor: RuleExtractor) -> None:
    news = Document(id="n66", source="/docs/news.md", title="News", company="", doc_type="news")
    found = _triples(extractor, (
        "Parvorn Labs, a developer of speech models, said on Tuesday it had raised $260 million in a Series C round.\n\n"
        "Kestvorn Peak Capital led the $260 million Series C through its fourth flagship vehicle, Kestvorn Peak Fund IV, Parvorn said. "
        "Kestvorn partner Dana Whitvorn, who also sits on the board of glasses maker Lumvorn Optics, will join Parvorn's board.\n\n"
        "Stratvorn Cloud Holdings, the Dallas-based GPU-cloud reseller, put in $40 million and will hold a stake of about 6%, Stratvorn said. "
        "Lumvorn Optics, whose Frame 2 glasses run Parvorn's assistant, also joined the round."), news)
    assert {("Kestvorn Peak Capital", "invests_in", "Parvorn Labs"), ("Stratvorn Cloud", "invests_in", "Parvorn Labs"),
            ("Stratvorn Cloud", "owns_stake_in", "Parvorn Labs"), ("Lumvorn Optics", "invests_in", "Parvorn Labs"),
            ("Parvorn Labs", "supplies", "Lumvorn Optics")} <= found, found
    assert not {("Kestvorn Peak Capital", "invests_in", "Kestvorn Peak Fund IV"), ("Kestvorn Peak Capital", "partners_with", "Lumvorn Optics")} & found, found
    letter = Document(id="l66", source="/docs/letter.md", title="Letter", company="Kestvorn Peak Capital", doc_type="letter")
    found = _triples(extractor, "Aurvorn Speech Systems, the most credible challenger to Parvorn Labs, raised at a valuation we could not underwrite, and we did not participate.", letter)
    assert not any("Aurvorn Speech Systems" in t for t in found), found
    plan = Document(id="p66", source="/docs/plan.md", title="Report of the Investment Committee", company="Northvorn Teachers' Pension Plan", doc_type="letter")
    found = _triples(extractor, (
        "On 2 October 2025 the Plan completed a US$750 million co-investment in Cobvorn Data Centers Holdings LLC.\n\n"
        "The Committee approved a US$400 million commitment to Ironvorn Compute Credit Fund I, L.P., a closed-end fund that makes senior secured loans. "
        "Anchor commitments came from Vektvorn Semiconductor Corp., which committed US$500 million.\n\n"
        "The Committee considered, and rejected, a separate co-investment in Nimvorn Cloud, Inc. on valuation grounds.\n\n"
        "In August 2025 the Plan paid a single premium of US$2.1 billion to Meridvorn Mutual Life Insurance Company for a bulk annuity buy-in. "
        "The buy-in was priced against a quote from Ashvorn Life & Annuity Company, which was not selected."), plan)
    assert {("Northvorn Teachers' Pension Plan", "invests_in", "Cobvorn Data Centers Holdings"),
            ("Northvorn Teachers' Pension Plan", "invests_in", "Ironvorn Compute Credit Fund I"),
            ("Vektvorn Semiconductor", "invests_in", "Ironvorn Compute Credit Fund I"),
            ("Meridvorn Mutual Life Insurance", "supplies", "Northvorn Teachers' Pension Plan")} <= found, found
    assert not any("Nimvorn Cloud" in t or "Ashvorn Life & Annuity Company" in t for t in found), found


def test_sale_and_leaseback_lessors_lend_notes_bought_a_debtor_s_dip_lender_and_a_plan_s_new_equity(extractor: RuleExtractor) -> None:
    notice = Document(id="z66", source="/docs/gonggao.md", title="公告", company="云沃智算", doc_type="deal announcement")
    found = _triples(extractor, (
        "公司拟以部分GPU服务器与华沃融资租赁（上海）有限公司（以下简称“华沃租赁”）开展售后回租融资租赁业务，融资金额不超过人民币12亿元。\n\n"
        "担保措施：公司控股股东宁沃数产投资集团有限公司为公司在本合同项下的全部债务提供连带责任保证担保。"), notice)
    assert {("华沃租赁", "lends_to", "云沃智算"), ("宁沃数产投资集团", "owns_stake_in", "云沃智算")} <= found, found
    assert not any(r == "supplies" and "华沃租赁" in (s, t) for s, r, t in found), found
    news = Document(id="y66", source="/docs/news.md", title="新闻", company="", doc_type="news")
    found = _triples(extractor, "港股上市险企富沃保险集团旗下的富沃财产保险有限公司日前认购了华沃融资租赁有限公司发行的15亿元科技创新公司债。", news)
    assert ("富沃财产保险", "lends_to", "华沃融资租赁") in found, found
    memo = Document(id="m66", source="/docs/ppm.md", title="Private Placement Memorandum", company="Lumvorn Compute Funding I", doc_type="prospectus")
    found = _triples(extractor, "Ashvorn Life & Annuity Company has agreed to purchase US$150,000,000 of the Class B Notes.", memo)
    assert ("Ashvorn Life & Annuity Company", "lends_to", "Lumvorn Compute Funding I") in found, found
    declaration = Document(id="d66", source="/docs/decl.md", title="First Day Declaration", company="Halvorn Compute", doc_type="news")
    found = _triples(extractor, (
        "I have served as Chief Restructuring Officer of Halvorn Compute, Inc. (\"Halvorn\" and, together with its debtor affiliates, the \"Debtors\" or the \"Company\").\n\n"
        "To fund operations during the sale process, Ridgvorn Capital Partners LP (the \"DIP Lender\") has committed to provide a senior secured "
        "superpriority debtor-in-possession term loan facility in an aggregate principal amount of $275 million.\n\n"
        "After giving effect to the Rights Offering, Ridgvorn Capital Partners LP will hold approximately 46.0% of the New Common Equity."), declaration)
    assert {("Ridgvorn Capital Partners", "lends_to", "Halvorn Compute"), ("Ridgvorn Capital Partners", "owns_stake_in", "Halvorn Compute")} <= found, found


def test_a_name_s_initials_a_restructuring_investor_and_a_supplier_named_as_the_company_s(extractor: RuleExtractor) -> None:
    note = Document(id="r66", source="/docs/note.md", title="Credit note", company="Meridvorn Power & Data", doc_type="research note")
    found = _triples(extractor, (
        "The notes are issued by MPD Abilene PropCo LLC, a wholly owned subsidiary of Meridvorn Power & Data, Inc.\n\n"
        "Halvorn Compute, Inc. leased about 140 MW from MPD across two campuses, roughly 38% of MPD's contracted rent."), note)
    assert ("Meridvorn Power & Data", "supplies", "Halvorn Compute") in found, found
    notice = Document(id="x66", source="/docs/gonggao.md", title="公告", company="华沃数据", doc_type="deal announcement")
    found = _triples(extractor, (
        "经评审委员会综合评审，确定江沃智算集团有限公司为公司重整产业投资人。江沃智算拟出资人民币18.6亿元，受让公司资本公积转增的约4.12亿股股票。\n\n"
        "申请人凌沃计算技术股份有限公司以公司不能清偿到期债务为由申请重整。凌沃计算系公司智算中心GPU服务器的主要供应商。"), notice)
    assert {("江沃智算", "invests_in", "华沃数据"), ("凌沃计算", "supplies", "华沃数据")} <= found, found
    assert not any(n.startswith(("确定", "法院", "重整")) for s, _, t in found for n in (s, t)), found


def test_a_target_s_round_and_holders_in_a_notice_a_group_s_own_deals_and_a_customer_list_with_descriptions(extractor: RuleExtractor) -> None:
    hk = Document(id="h67", source="/docs/hk.md", title="公告", company="遨沃科技", doc_type="deal announcement")
    found = _triples(extractor, (
        "本公司同意以總代價人民幣320,000,000元認購目標公司8,000,000股新股份。\n\n"
        "目標公司正進行C輪融資，募集資金總額為人民幣30億元。本輪融資由上海申沃人工智能產業投資基金合夥企業（有限合夥）領投，認購金額為人民幣8億元。"
        "目標公司現有股東匯沃集團控股有限公司亦追加認購人民幣5億元。本公司注意到有媒體報導指匯沃集團擬收購本公司股份。\n\n"
        "釋義 「本公司」 指遨沃科技控股有限公司 「目標公司」 指北京星沃智能科技股份有限公司"), hk)
    assert {("遨沃科技", "invests_in", "北京星沃智能科技"), ("上海申沃人工智能產業投資基金", "invests_in", "北京星沃智能科技"),
            ("匯沃集團控股", "invests_in", "北京星沃智能科技")} <= found, found
    assert not any("遨沃科技" == t and r in {"invests_in", "acquires"} for _, r, t in found), found  # (the round is the target's; a press report is no deal)
    notice = Document(id="a67", source="/docs/gonggao.md", title="公告", company="华沃汽车", doc_type="deal announcement")
    parts = [("（一）基本情况", "table", "项目 | 内容\n名称 | 北京星沃智能科技股份有限公司\n注册资本 | 11,500万元人民币"),
             ("（二）主要股东", "table", "股东名称 | 持股比例\n宋之沃及员工持股平台 | 38.6%\n汇沃集团控股有限公司 | 15.4%\n其他股东 | 46.0%"),
             ("", "text", "星沃智能B轮融资由汇沃集团控股有限公司领投，其出资金额为人民币6亿元。")]
    chunks = [Chunk(id=f"a67-{i}", doc_id="a67", text=text, ordinal=i, section=section, kind=kind) for i, (section, kind, text) in enumerate(parts)]  # type: ignore[arg-type]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, notice)}
    assert {("汇沃集团控股", "owns_stake_in", "北京星沃智能科技"), ("汇沃集团控股", "invests_in", "星沃智能")} <= found, found
    assert not any("宋之沃" in s for s, _, _ in found), found
    results = Document(id="e67", source="/docs/results.md", title="Annual results", company="Aovorn Technology Holdings", doc_type="deal announcement")
    found = _triples(extractor, (
        "The board of directors of Aovorn Technology Holdings Limited (the \"Company\", together with its subsidiaries, the \"Group\") announces its results.\n\n"
        "In September 2024, the Group entered into a three-year content licensing agreement with Xingvorn, a large-model developer based in Beijing, "
        "under which the Group licenses its text and short-video library to Xingvorn for model training.\n\n"
        "In July 2024, Aovorn Interactive Entertainment Limited, a wholly-owned subsidiary of the Company, completed the acquisition of the entire "
        "issued share capital of Moyvorn Studio Limited for a cash consideration of HK$186 million.\n\n"
        "Share of profit of an associate represents the Group's 35% interest in Xinvorn Audio Technology Limited and amounted to RMB21.7 million."), results)
    assert {("Aovorn Technology Holdings", "supplies", "Xingvorn"), ("Aovorn Interactive Entertainment", "acquires", "Moyvorn Studio"),
            ("Aovorn Technology Holdings", "owns_stake_in", "Xinvorn Audio Technology")} <= found, found
    stake = [r for r in _doc_links(extractor, (
        "The board of directors of Aovorn Technology Holdings Limited (the \"Company\", together with its subsidiaries, the \"Group\") announces its results.\n\n"
        "Share of profit of an associate represents the Group's 35% interest in Xinvorn Audio Technology Limited and amounted to RMB21.7 million."), results)
             if r.relation == "owns_stake_in"]
    assert stake and stake[0].amount == "35%", stake
    news = Document(id="v67", source="/docs/news.md", title="News", company="", doc_type="news")
    found = _triples(extractor, ("Veridvorn Frame Labs, Inc. makes video models. "
                                 "Veridvorn's paying customers include game-engine maker Lumvorn Interactive, Inc., the streaming service Streamvorn, Inc. "
                                 "and Pixelvorn Studio, Inc., the creative studio that Adhavorn Media, Inc. agreed to buy this month."), news)
    assert {("Veridvorn Frame Labs", "supplies", "Lumvorn Interactive"), ("Veridvorn Frame Labs", "supplies", "Streamvorn"),
            ("Veridvorn Frame Labs", "supplies", "Pixelvorn Studio"), ("Adhavorn Media", "acquires", "Pixelvorn Studio")} <= found, found
    assert not {("Veridvorn Frame Labs", "supplies", "Adhavorn Media"), ("Adhavorn Media", "acquires", "Streamvorn")} & found, found


def test_a_uk_report_s_group_its_loans_and_customers_a_round_s_followers_and_a_japanese_legal_form(extractor: RuleExtractor) -> None:
    report = Document(id="k69", source="/docs/ar.md", title="Annual Report 2024", company="Halvorn Industries", doc_type="annual report")
    found = _triples(extractor, (
        "The Group designs robotic cells. The Group reports in two segments.\n\n"
        "During the year the Group advanced a £45 million five-year secured term loan to Mercvorn Precision Castings Limited, a long-standing supplier "
        "of aluminium housings to the Group. The Group also holds 12.5% of the ordinary shares of Mercvorn Precision Castings Limited.\n\n"
        "Automation Systems revenue rose 14% to £1,126 million, helped by a £96 million body-shop automation contract with Carrvorn Motor Company and a "
        "second full year of robotic assembly cells delivered to Kestvorn EMS Corp."), report)
    assert {("Halvorn Industries", "lends_to", "Mercvorn Precision Castings"), ("Mercvorn Precision Castings", "supplies", "Halvorn Industries"),
            ("Halvorn Industries", "owns_stake_in", "Mercvorn Precision Castings"), ("Halvorn Industries", "supplies", "Carrvorn Motor Company"),
            ("Halvorn Industries", "supplies", "Kestvorn EMS")} <= found, found
    assert not any({s, t} == {"Carrvorn Motor Company", "Kestvorn EMS"} for s, _, t in found), found
    sales = [r for r in _doc_links(extractor, "The Group designs robotic cells. The Group reports in two segments.\n\nAutomation Systems revenue rose 14% to £1,126 million, "
                                                "helped by a £96 million body-shop automation contract with Carrvorn Motor Company.", report) if r.target == "Carrvorn Motor Company"]
    assert sales and sales[0].amount != "£1,126 million", sales  # (a segment's revenue is no price of one contract)
    news = Document(id="n69", source="/docs/news.md", title="News", company="", doc_type="news")
    found = _triples(extractor, (
        "Lumvorn Vision Inc., a machine-vision start-up, has raised $142 million in a Series C round, the company said on Tuesday.\n\n"
        "Japanese trading house Sakuravorn Shoji Kabushiki Kaisha led the round, contributing $60 million.\n\n"
        "Existing backers Tidevorn Ventures and Brassvorn Growth Partners both followed on, with Tidevorn adding $25 million."), news)
    assert {("Sakuravorn Shoji", "invests_in", "Lumvorn Vision"), ("Tidevorn Ventures", "invests_in", "Lumvorn Vision"),
            ("Brassvorn Growth Partners", "invests_in", "Lumvorn Vision")} <= found, found


def test_a_taiwan_notice_s_own_needs_bought_and_financed_and_a_loan_the_company_gives_its_unit(extractor: RuleExtractor) -> None:
    mops = Document(id="t68", source="/docs/mops.txt", title="重大訊息", company="鼎沃科技", doc_type="deal announcement")
    found = _triples(extractor, (
        "(1)本案所需GPU加速模組主要向Corvorn Semiconductor Corp.採購，本公司已與其簽訂長期供貨協議。\n\n"
        "(2)本案所需營運資金將由本公司自有資金及聯沃商業銀行提供之新台幣60億元中期聯合授信額度支應。"), mops)
    assert {("Corvorn Semiconductor", "supplies", "鼎沃科技"), ("聯沃商業銀行", "lends_to", "鼎沃科技")} <= found, found
    notice = Document(id="u68", source="/docs/gonggao.md", title="公告", company="云沃智算", doc_type="deal announcement")
    found = _triples(extractor, "公司向子公司华沃科技有限公司提供的借款余额为3亿元。", notice)
    assert ("云沃智算", "lends_to", "华沃科技") in found and ("华沃科技", "lends_to", "云沃智算") not in found, found


def test_a_10k_s_reported_rumour_a_possible_second_source_work_done_for_it_and_its_unit_of_the_same_name(extractor: RuleExtractor) -> None:
    tenk = Document(id="k69b", source="/docs/10k.md", title="10-K", company="Northvorn Edge Systems", doc_type="10-K")
    found = _triples(extractor, (
        "Although press reports in 2024 suggested that we would supply servers to Zhivorn Industrial Internet Technology Co., Ltd., we have no agreement with it.\n\n"
        "Arkvorn Semiconductor, Inc. offers accelerator modules that we believe could be qualified as an alternative to our current supply.\n\n"
        "Module assembly and final test continue to be done for us by Kestvorn EMS Corp. at its Penang campus."), tenk)
    assert found == {("Kestvorn EMS", "supplies", "Northvorn Edge Systems")}, found
    assert extractor._subsidiary_node("Northvorn Edge Systems GmbH", tenk) == "Northvorn Edge Systems GmbH"


def test_rights_licensed_from_a_franchise_owner_a_partnership_named_after_its_partner_and_chinese_follow_ons_and_ip_licences(extractor: RuleExtractor) -> None:
    letter = Document(id="s68", source="/docs/letter.md", title="Shareholder letter", company="Streamvorn Entertainment", doc_type="letter")
    found = _triples(extractor, ("We also licensed series rights to Hanvorn Games Co., Ltd.' Ashfall franchise for $36 million.\n\n"
                                 "On advertising, we began testing generative ad formats with Adhavorn Media, Inc. under a partnership that closes in 2026.\n\n"
                                 "We also licensed Veridvorn Frame Labs' Loom-2 video model for in-app trailers."), letter)
    assert {("Hanvorn Games", "supplies", "Streamvorn Entertainment"), ("Streamvorn Entertainment", "partners_with", "Adhavorn Media"),
            ("Veridvorn Frame Labs", "supplies", "Streamvorn Entertainment")} <= found, found
    news = Document(id="m68", source="/docs/news.md", title="新闻", company="", doc_type="news")
    found = _triples(extractor, ("墨沃智能科技有限公司完成A轮融资。天使轮投资方澜沃创投有限公司本轮继续加注墨沃智能科技有限公司，但未披露具体金额。\n\n"
                                 "墨沃智能科技有限公司同时获得星沃互娱科技有限公司旗下《苍穹纪元》IP的AIGC衍生内容授权。"), news)
    assert {("澜沃创投", "invests_in", "墨沃智能科技"), ("星沃互娱科技", "supplies", "墨沃智能科技")} <= found, found


def test_a_bank_s_own_report_calls_itself_the_bank_and_lends_holds_and_buys(extractor: RuleExtractor) -> None:
    """'the Bank' in a bank's report is the bank; a lender's "A … facility to X"; "X, in which Y is the largest investor following
    its $N investment" (a stake and the round); "an environment that X operates for the Bank" (X sells); and a story's
    "Competition for … loans, with X …" draws nothing."""
    report = Document(id="b70", source="/docs/ar.pdf", title="Annual Report", company="Merrowmark Bank", doc_type="annual report")
    found = _triples(extractor, (
        "In March the Bank signed a strategic partnership with Quellmark Labs to build an AI centre of excellence.\n\n"
        "Quellmark Labs, in which Stratomark Cloud is the largest investor following its US$600 million investment in 2023, met our requirements.\n\n"
        "The models run in a dedicated environment that Stratomark Cloud operates for the Bank in its Singapore region.\n\n"
        "A USD 150 million three-year refinancing facility to Huamark Financial Leasing Co., Ltd. supports that lessor's portfolio.\n\n"
        "Competition for well-structured shipping loans intensified, with Skagmark Kreditbank pricing new deals inside 180 basis points."), report)
    assert {("Merrowmark Bank", "partners_with", "Quellmark Labs"), ("Stratomark Cloud", "owns_stake_in", "Quellmark Labs"),
            ("Stratomark Cloud", "invests_in", "Quellmark Labs"), ("Stratomark Cloud", "supplies", "Merrowmark Bank"),
            ("Merrowmark Bank", "lends_to", "Huamark Financial Leasing")} <= found, found
    assert not any("Skagmark" in x for t in found for x in t), found


def test_a_call_by_a_two_word_company_its_new_client_and_shares_its_target_s_holders_sold_it(extractor: RuleExtractor) -> None:
    call = Document(id="c70", source="/docs/call.md", title="Q2 call", company="Tessmark Pay", doc_type="call transcript")
    found = _triples(extractor, (
        "The most notable is Calyxmark Underwriting Inc., which now uses Tessmark Pay to collect policy premiums by card.\n\n"
        "Sentimark Loop's models are built partly on foundation models licensed from Quillmark Labs.\n\n"
        "Sentimark Loop had a small number of institutional shareholders, including Merrowmark Ventures, and all of them sold to us."), call)
    assert {("Tessmark Pay", "supplies", "Calyxmark Underwriting"), ("Quillmark Labs", "supplies", "Sentimark Loop"),
            ("Merrowmark Ventures", "owns_stake_in", "Sentimark Loop")} <= found, found
    assert ("Merrowmark Ventures", "supplies", "Tessmark Pay") not in found and ("Quillmark Labs", "supplies", "Loop") not in found, found


def test_reinsurance_ceded_work_outsourced_a_board_s_loan_an_adviser_s_review_and_a_cloud_reserving_for_a_customer(extractor: RuleExtractor) -> None:
    opinion = Document(id="o70", source="/docs/opinion.md", title="Credit opinion", company="Calyxmark Underwriting", doc_type="research note")
    found = _triples(extractor, (
        "Calyxmark Insurance Company cedes 45% of its property premiums to Nordmark Re under a three-year quota-share treaty.\n\n"
        "Calyxmark licenses a large language model from Quillmark Labs, and its pricing engine runs on Stratomark Cloud under a committed-spend contract."), opinion)
    assert {("Nordmark Re", "supplies", "Calyxmark Insurance Company"), ("Stratomark Cloud", "supplies", "Calyxmark Underwriting")} <= found, found
    assert ("Stratomark Cloud", "supplies", "Quillmark Labs") not in found, found
    krx = Document(id="k70", source="/docs/krx.txt", title="Report", company="Hanmark Memory", doc_type="deal announcement")
    found = _triples(extractor, (
        "Premium collection is outsourced to Tessmark Pay, which processes card payments.\n\n"
        "The Board resolved to extend a five-year term loan of USD 200 million to Taimark Advanced Packaging Corp. for its expansion.\n\n"
        "The fairness review was performed by Daemark Accounting Corporation.\n\n"
        "Under a capacity reservation, Stratomark Cloud Corporation reserves dedicated GPU clusters in two regions for Hanmark Memory for $61.5 million."), krx)
    assert {("Tessmark Pay", "supplies", "Hanmark Memory"), ("Hanmark Memory", "lends_to", "Taimark Advanced Packaging"),
            ("Stratomark Cloud", "supplies", "Hanmark Memory")} <= found, found
    assert not any("Daemark" in x for t in found for x in t) and ("Hanmark Memory", "supplies", "Stratomark Cloud") not in found, found


def test_chinese_holders_listed_with_their_shares_a_sale_and_leaseback_a_system_brought_in_and_a_name_with_a_head_inside(extractor: RuleExtractor) -> None:
    notice = Document(id="h72", source="/docs/hk.md", title="公告", company="维标联合码头", doc_type="deal announcement")
    found = _triples(extractor, (
        "于本公告日期，深圳鹏标智慧码头有限公司由鹏标港务集团有限公司持有92%及由链标智慧物流股份有限公司持有8%，为鹏标港务集团有限公司之非全资附属公司。\n\n"
        "本公司亦与华标融资租赁有限公司订立售后回租协议，华标融资租赁有限公司将购入上述自动导引车并回租予本公司。\n\n"
        "本集团已于2025年9月与Orbmark Technologies, Inc.订立软件许可协议，以年费港币18,500,000元引入其人工智能堆场调度系统。"), notice)
    assert {("鹏标港务集团", "owns_stake_in", "深圳鹏标智慧码头"), ("链标智慧物流", "owns_stake_in", "深圳鹏标智慧码头"),
            ("深圳鹏标智慧码头", "subsidiary_of", "鹏标港务集团"), ("华标融资租赁", "lends_to", "维标联合码头"),
            ("Orbmark Technologies", "supplies", "维标联合码头")} <= found, found
    assert ("链标智慧物流", "subsidiary_of", "鹏标港务集团") not in found, found
    news = Document(id="n70", source="/docs/news.md", title="新闻", company="", doc_type="news")
    found = _triples(extractor, ("江标银行发布公告称，已与深标云图签署大模型平台采购合同，总金额为人民币8,650万元。\n\n"
                                 "另据了解，江标银行今年早些时候已向深标云图提供人民币5亿元综合授信额度。"), news)
    assert {("深标云图", "supplies", "江标银行"), ("江标银行", "lends_to", "深标云图")} <= found, found


def test_a_shipping_call_and_a_robot_maker_s_10q_name_their_vendors_customers_and_holdings(extractor: RuleExtractor) -> None:
    call = Document(id="c72", source="/docs/call.md", title="Q3 call", company="Meribox Line", doc_type="call transcript")
    found = _triples(extractor, (
        "Meribox has held 6.2% of Nordbox Maritime Bank since 2019, and that stake is carried at fair value.\n\n"
        "This quarter we completed the rollout of Orbbox Technologies' voyage-optimisation platform across all 14 of our loops.\n\n"
        "Separately, we signed our own reserved-capacity agreement with Stratobox Cloud, Inc. in August, about US$11 million over three years."), call)
    assert {("Meribox Line", "owns_stake_in", "Nordbox Maritime Bank"), ("Orbbox Technologies", "supplies", "Meribox Line"),
            ("Stratobox Cloud", "supplies", "Meribox Line")} <= found, found
    assert ("Nordbox Maritime Bank", "owns_stake_in", "Meribox Line") not in found, found
    tenq = Document(id="q72", source="/docs/10q.md", title="10-Q", company="Harbox Robotics", doc_type="10-Q")
    found = _triples(extractor, (
        "Robotics-as-a-Service revenue included $9.8 million from Crestbox Logistics REIT, which is retrofitting three warehouses with our robots.\n\n"
        "Kestbox Global Logistics N.V. acts as our freight forwarder for robot shipments to customers in Asia."), tenq)
    assert {("Harbox Robotics", "supplies", "Crestbox Logistics REIT"), ("Kestbox Global Logistics", "supplies", "Harbox Robotics")} <= found, found


def test_a_reit_story_its_short_names_and_who_is_paid_or_hired_for_the_work(extractor: RuleExtractor) -> None:
    """"The REIT" of a story about one REIT; "StraitsBox" for the Straits Box Terminals it names (not a unit of it); "SBT Tuas
    Distripark" is no "SBT"; a mine's "Mount Oriel" is no company."""
    news = Document(id="n72", source="/docs/news.md", title="REIT buys distripark", company="", doc_type="news")
    found = _triples(extractor, (
        "SINGAPORE - Crestbox Logistics REIT has agreed to acquire SBT Tuas Distripark Pte. Ltd., the port-side warehousing unit of Straits Box Terminals, for S$412 million.\n\n"
        "SBT Tuas Distripark is wholly owned by StraitsBox, which runs six container berths at Tuas.\n\n"
        "The REIT is paying Harbox Robotics about S$35 million to retrofit three of its Singapore warehouses with autonomous mobile robots.\n\n"
        "The port operator is also automating the yard next door: StraitsBox has hired Suzhou-listed Liantbox Smart Logistics to install a smart yard system.\n\n"
        "Kestbox sells the bulk of Mount Oriel's copper concentrate to Geneva-based Talbox Commodities under an offtake."), news)
    assert {("Crestbox Logistics REIT", "acquires", "SBT Tuas Distripark"), ("SBT Tuas Distripark", "subsidiary_of", "Straits Box Terminals"),
            ("Harbox Robotics", "supplies", "Crestbox Logistics REIT"), ("Liantbox Smart Logistics", "supplies", "Straits Box Terminals"),
            ("Kestbox", "supplies", "Talbox Commodities")} <= found, found
    assert not any(t[0] in {"Straits Box Terminals", "StraitsBox"} and t[2] in {"Straits Box Terminals", "StraitsBox"} for t in found), found
    assert not any("Mount Oriel" in x for t in found for x in t), found


def test_a_sector_note_s_one_word_companies_who_pays_whom_commitments_and_round_leads(extractor: RuleExtractor) -> None:
    note = Document(id="s73", source="/docs/sector.md", title="Sector note", company="", doc_type="research note")
    found = _triples(extractor, (
        "Zhivorn pays Lingvorn Intelligence per API call for the models behind its tutoring platform.\n\n"
        "Lingvorn, in turn, pays Huavorn Qiming RMB180 million over three years for question-bank licences.\n\n"
        "Zhivorn's US$40 million LP commitment to Tollvorn Asia Credit Fund II, announced in December, earns a better yield than deposits.\n\n"
        "In Taiwan, Mingvorn signed a US$4.2 million fine-tuning and API contract with Meridvorn Cortex in January.\n\n"
        "Meridvorn Cortex's S-1 discloses a $1.2 billion minimum compute commitment to Stratovorn Cloud through 2029.\n\n"
        "HV Ventures' $85 million Series B lead in Ledgervorn last month was the largest venture deal by an audit network.\n\n"
        "Ledgervorn pays Halvvorn Marsh a royalty for access to the network's audit data."), note)
    assert {("Lingvorn Intelligence", "supplies", "Zhivorn"), ("Huavorn Qiming", "supplies", "Lingvorn Intelligence"),
            ("Zhivorn", "invests_in", "Tollvorn Asia Credit Fund II"), ("Meridvorn Cortex", "supplies", "Mingvorn"),
            ("Stratovorn Cloud", "supplies", "Meridvorn Cortex"), ("HV Ventures", "invests_in", "Ledgervorn"),
            ("Halvvorn Marsh", "supplies", "Ledgervorn")} <= found, found
    call = Document(id="c74", source="/docs/call.md", title="Q3 call", company="Nimbovorn Forecasting", doc_type="call transcript")
    found = _triples(extractor, (
        "We've signed Westvorn Grid Operator for three more years.\n\n"
        "Internationally, we also went live with Harbvorn Power Holdings in Hong Kong, which is using our data-centre load models.\n\n"
        "Noordvorn Terminal itself went live in September with Orbvorn Technologies' berth-window planner."), call)
    assert {("Nimbovorn Forecasting", "supplies", "Harbvorn Power"), ("Orbvorn Technologies", "supplies", "Noordvorn Terminal")} <= found, found
    assert ("Harbvorn Power", "supplies", "Nimbovorn Forecasting") not in found and not any(t[0] == "We've" for t in found), found


def test_a_rating_action_s_lenders_owners_and_deliveries_are_the_rated_company_s(extractor: RuleExtractor) -> None:
    rating = Document(id="r74", source="/docs/rating.pdf", title="Rating action", company="Ridgevorn Power & Compute", doc_type="research note")
    found = _triples(extractor, (
        "Kestvorn Bank plc is lead arranger and provides $600 million of the term loan, with Azuvorn Banking Corporation and "
        "First Cascvorn Bank, N.A. committing $500 million and $350 million respectively.\n\n"
        "Ridgevorn is owned 80% by Solvorn Infrastructure Partners IV, L.P. and 20% by Pinevorn Power Holdings LLC.\n\n"
        "High-voltage transformers and package substations are being delivered by Jiangsu Hengvorn Electric Co., Ltd. under a $168 million contract."), rating)
    assert {("Kestvorn Bank", "lends_to", "Ridgevorn Power & Compute"), ("Azuvorn Banking", "lends_to", "Ridgevorn Power & Compute"),
            ("First Cascvorn Bank", "lends_to", "Ridgevorn Power & Compute"), ("Solvorn Infrastructure Partners IV", "owns_stake_in", "Ridgevorn Power & Compute"),
            ("Pinevorn Power Holdings", "owns_stake_in", "Ridgevorn Power & Compute"),
            ("Jiangsu Hengvorn Electric", "supplies", "Ridgevorn Power & Compute")} <= found, found
    assert ("Kestvorn Bank", "lends_to", "Azuvorn Banking") not in found, found
    stakes = {r.source: r.amount for r in _doc_links(extractor, "Ridgevorn is owned 80% by Solvorn Infrastructure Partners IV, L.P. and 20% by Pinevorn Power Holdings LLC.", rating)}
    assert stakes.get("Pinevorn Power Holdings") == "20%", stakes


def test_placement_cornerstone_and_pipe_tables_a_lock_up_calendar_and_a_model_maker_s_product(extractor: RuleExtractor) -> None:
    def table(text: str, document: Document) -> set[tuple[str, str, str]]:
        chunk = Chunk(id=f"{document.id}-t", doc_id=document.id, ordinal=0, kind="table", text=text)
        return {(r.source, r.relation, r.target) for r in extractor.from_chunks([chunk], document)}

    star = Document(id="p75", source="/docs/placement.md", title="公告", company="天衡芯算", doc_type="deal announcement")
    assert ("华衡产业投资基金", "invests_in", "天衡芯算") in table(
        "序号 发行对象名称 获配股数（股） 获配金额（万元） 限售期（月）\n1 华衡产业投资基金（有限合伙） 15,000,000 120,000.00 6", star)
    hk = Document(id="h75", source="/docs/prospectus.md", title="招股章程", company="瀚衡智能", doc_type="prospectus")
    assert ("長衡資本管理", "invests_in", "瀚衡智能") in table("基石投資者 投資金額（港元） 發售股份數目 佔發售股份概約百分比\n長衡資本管理有限公司 390,000,000 5,000,000 8.33%", hk)
    proxy = Document(id="x75", source="/docs/proxy.md", title="Proxy statement", company="Halvorn Acquisition", doc_type="prospectus")
    assert ("Sentivorn Mutual Life Insurance Company", "invests_in", "Halvorn Acquisition") in table(
        "PIPE Investor Shares Purchase Price\nSentivorn Mutual Life Insurance Company 12,000,000 $120,000,000", proxy)
    note = Document(id="l75", source="/docs/lockups.md", title="Lock-up expiries", company="", doc_type="news")
    found = table("| Issuer | Holder | Shares unlocking | % of outstanding | Lock-up expiry |\n|---|---|---|---|---|\n"
                  "| Lumenvorn (LMVN) | Orbvorn Growth Partners | 88,400,000 | 19.3% | 14 Apr 2026 |\n"
                  "| Hanvorn Intelligence (2597.HK) | Tianvorn Xinsuan (Hong Kong) Ltd (cornerstone) | 3,000,000 | 1.07% | 21 May 2026 |", note)
    assert {("Orbvorn Growth Partners", "owns_stake_in", "Lumenvorn"), ("Tianvorn Xinsuan (Hong Kong)", "owns_stake_in", "Hanvorn Intelligence")} <= found, found
    s1 = Document(id="s75", source="/docs/s1.md", title="Form S-1", company="Meridvorn Cortex", doc_type="S-1")
    found = _triples(extractor, (
        "Meridvorn Cortex builds large language models. We sell access to our Cortex models through an API.\n\n"
        "Customers build on Cortex models in production.\n\n"
        "Clausevorn Labs, Inc. uses fine-tuned Cortex models to power the clause-extraction features of its product.\n\n"
        "In Taiwan, we license tutoring transcripts and practice-question content from Mingvorn Education Group under a three-year agreement."), s1)
    assert {("Meridvorn Cortex", "supplies", "Clausevorn Labs"), ("Mingvorn Education", "supplies", "Meridvorn Cortex")} <= found, found
    news = Document(id="v70", source="/docs/news.md", title="Reinsurer backs underwriter", company="", doc_type="news")
    found = _triples(extractor, "Merrowvorn Ventures, the venture arm of Singapore's Merrowvorn Bank, also took part in the round.", news)
    assert ("Merrowvorn Ventures", "subsidiary_of", "Merrowvorn Bank") in found and not any(t[2] == "Singapore" for t in found), found


def test_names_that_shorten_each_other_round_a_circle_still_make_one_node() -> None:
    """'Tidevale' is 'Tidevale Technology' (its first word), 'Tidevale Technology' is 'Tidevale' (a name with 'Technology'), and
    'Tidevale Technology Holdings' is 'Tidevale Technology': the names come round, and the graph is still built, with one node."""
    relations = [_rel("Tidevale", "supplies", "Orrvale Cloud", "a.md"), _rel("Tidevale Technology", "supplies", "Nimbvale Labs", "b.md"),
                 _rel("Tidevale Technology Holdings", "owns_stake_in", "Quillvale Data", "c.md")]
    graph = build_graph(relations, default_lexicon())
    tidevale = {n.id for n in graph.nodes if n.name.startswith("Tidevale")}
    assert len(tidevale) == 1, tidevale


def test_a_notes_issuer_s_own_announcement_its_customers_lenders_and_suppliers(extractor: RuleExtractor) -> None:
    """A notes pricing announcement speaks for its issuer, though in the third person; a 'launch cadence' names no Cadence."""
    from ingest.loaders import load
    from ingest.metadata import detect

    text = ("# AURVALE LAUNCH SA\n\nNOT FOR DISTRIBUTION IN OR INTO THE UNITED STATES. This announcement is for information purposes only.\n\n"
            'Luxembourg, 17 June 2025. Aurvale Launch SA ("Aurvale" or the "Issuer"), a provider of launch services, announces that it has '
            "priced an offering of EUR 450,000,000 senior secured notes due 2030. The Issuer's launch cadence is rising.\n")
    path = Path("pricing.md")
    meta = detect(load(path, text.encode()), path, default_lexicon())
    assert (meta["company"], meta["doc_type"]) == ("Aurvale Launch", "deal announcement"), meta
    assert not meta["title"].startswith("NOT FOR"), meta
    own = Document(id="a76", source="/docs/pricing.md", title="Pricing", company="Aurvale Launch", doc_type="deal announcement")
    found = _triples(extractor, (
        "The net proceeds will be used to refinance the EUR 120 million shareholder loan that Solvale Industries SE advanced to Aurvale in 2023.\n\n"
        "The largest single customer is Orbvale Vantage, Inc., the U.S. Earth-observation operator.\n\n"
        "Guarantors Aurvale Launch Services Kourou SAS and other material subsidiaries"), own)
    assert {("Solvale Industries", "lends_to", "Aurvale Launch"), ("Aurvale Launch", "supplies", "Orbvale Vantage"),
            ("Aurvale Launch Services Kourou", "subsidiary_of", "Aurvale Launch")} <= found, found
    assert not any(t[0].startswith("Guarantors") for t in found), found
    tenk = Document(id="k76", source="/docs/10k.html", title="10-K", company="Orbvale Vantage", doc_type="10-K")
    found = _triples(extractor, "Our satellites are launched principally by Aurvale Launch SA, which is contracted to launch 24 of our satellites.", tenk)
    assert ("Aurvale Launch", "supplies", "Orbvale Vantage") in found, found


def test_a_story_s_initialism_a_contracted_launcher_a_product_ordered_and_a_unit_s_its(extractor: RuleExtractor) -> None:
    news = Document(id="n77", source="/docs/news.md", title="Export-credit agency backs a launch campaign", company="", doc_type="news")
    news_text = (
        "The Office Ventaire du Crédit à l'Exportation, the state export-credit agency of Lumaria, has agreed to lend Orbvale Vantage €210 million.\n\n"
        "OVCE has provided a €210 million direct loan to Orbvale with a 10-year tenor, the agency said.\n\n"
        "OVCE's mandate is to support exports from the region.\n\n"
        "The exporter being supported is Aurvale Launch, which has been contracted to launch 24 Orbvale satellites.\n\n"
        "Each carries Kestvale Silicon's K7 inference accelerators, which Orbvale ordered for $48 million in May.\n\n"
        "The borrower is Orbvale itself; Orbvale Vantage Europe B.V., its Dutch subsidiary, will hold the launch contracts.")
    found = _triples(extractor, news_text, news)
    assert ("Orbvale Vantage Europe", "lends_to", "Orbvale Vantage") not in found and not any(t[2] == "Orbvale Vantage Europe" and t[1] != "subsidiary_of" for t in found), found
    # (the names the other documents of a store linked, as ingest gives them)
    knowing = RuleExtractor(default_lexicon(), known={"Orbvale Vantage": 6, "Aurvale Launch": 5, "Kestvale Silicon": 3})
    found = _triples(knowing, news_text, news)
    agency = "Office Ventaire du Crédit à l'Exportation"
    assert {(agency, "lends_to", "Orbvale Vantage"), ("Aurvale Launch", "supplies", "Orbvale Vantage"), ("Kestvale Silicon", "supplies", "Orbvale Vantage"),
            ("Orbvale Vantage Europe", "subsidiary_of", "Orbvale Vantage")} <= found, found
    assert not any(t[0] == "OVCE" or t[2] == "OVCE" for t in found), found
    found = _triples(extractor, "Recvale and Cirrvale have also agreed to co-sell a packaged recommendation stack to merchants.\n\n"
                                "Recvale AI, the Singapore start-up, is now running all of its training on Cirrvale Compute.", news)
    assert {("Recvale", "partners_with", "Cirrvale"), ("Cirrvale Compute", "supplies", "Recvale AI")} <= found or \
        {("Recvale AI", "partners_with", "Cirrvale Compute"), ("Cirrvale Compute", "supplies", "Recvale AI")} <= found, found


def test_own_notices_of_orders_a_part_owned_target_and_a_note_s_covered_customers_and_lender(extractor: RuleExtractor) -> None:
    mops = Document(id="m76", source="/docs/mops.txt", title="重大訊息", company="鼎瑞科技", doc_type="deal announcement")
    found = _triples(extractor, (
        "本公司前于114年3月公告之Kilvale Express Pte. Ltd.自助结帐及手持POS设备订单，金额约新台币3.6亿元，已完成首批交货。\n\n"
        "本公司与韩国PayVale Co., Ltd.共同完成软体POS付款核心之认证，双方将合作向零售客户推广。\n\n"
        "本公司今日接获Aurvale Launch SA（以下简称「Aurvale」）运载火箭遥测天线之追加订单，订单金额约新台币6.4亿元。\n\n"
        "本公司新一代天线采用Kestvale Silicon Corp.之边缘推理晶片，并已与该公司签订三年期晶片采购合约。\n\n"
        "公司2024年向港岚轨道服务有限公司交付遥感卫星平台6颗，确认收入人民币3.6亿元。"), mops)
    assert {("鼎瑞科技", "supplies", "Kilvale Express"), ("鼎瑞科技", "partners_with", "PayVale"), ("鼎瑞科技", "supplies", "Aurvale Launch"),
            ("Kestvale Silicon", "supplies", "鼎瑞科技"), ("鼎瑞科技", "supplies", "港岚轨道服务")} <= found, found
    hk = Document(id="h76", source="/docs/hk.md", title="主要交易", company="恒岚零售", doc_type="deal announcement")
    found = _triples(extractor, "完成後，目標公司將由本公司擁有60%權益，並成為本公司之間接非全資附屬公司。\n\n| 「目標公司」 | 速岚達控股有限公司 |", hk)
    assert {("速岚達", "subsidiary_of", "恒岚零售"), ("恒岚零售", "owns_stake_in", "速岚達")} <= found, found
    note = Document(id="b76", source="/docs/note.md", title="Company update", company="Dingvale Technology", doc_type="research note")
    knowing = RuleExtractor(default_lexicon(), known={"Daevale Department Store": 4, "Hangvale Retail": 3})  # (named by other documents)
    found = _triples(knowing, (
        "Dingvale disclosed on 8 July a NT$1.28bn POS and self-checkout contract from Hangvale Retail, covering 1,150 stores.\n\n"
        "In Korea, Daevale Department Store's 6,200-terminal self-checkout order (KRW31.5bn) ships from 3Q25.\n\n"
        "Working capital for the ramp is covered by a NT$2.0bn medium-term credit line from Taivale Commercial Bank."), note)
    assert {("Dingvale Technology", "supplies", "Hangvale Retail"), ("Dingvale Technology", "supplies", "Daevale Department Store"),
            ("Taivale Commercial Bank", "lends_to", "Dingvale Technology")} <= found, found


def test_a_part_owned_issuer_a_subscriber_an_arranger_and_things_of_the_sentence_s_subject(extractor: RuleExtractor) -> None:
    cb = Document(id="k76", source="/docs/cb.pdf", title="Report on Decision to Issue Convertible Bonds", company="Daevale Department Store",
                  doc_type="deal announcement")
    found = _triples(extractor, (
        'Daevale Department Store Co., Ltd. (the "Issuer") operates 14 department stores.\n\n'
        "The Issuer is a 52.4%-owned subsidiary of Daevale Holdings Corp., the listed holding company of the group.\n\n"
        "PayVale Co., Ltd. will subscribe for the entire issue of KRW 120 billion of the Bonds.\n\n"
        "Hanvale Securities also acts as arranger for Lotvale Park Department Store, a competitor of the Issuer, which is considering a bond issue."), cb)
    assert {("Daevale Department Store", "subsidiary_of", "Daevale Holdings"), ("Daevale Holdings", "owns_stake_in", "Daevale Department Store"),
            ("PayVale", "lends_to", "Daevale Department Store")} <= found, found
    assert not any("Hanvale Securities" in (t[0], t[2]) for t in found), found
    release = Document(id="p76", source="/docs/release.html", title="Press release", company="Hoshvale Shoji", doc_type="deal announcement")
    knowing = RuleExtractor(default_lexicon(), known={"Kilvale": 5, "Pasvale": 4})  # (one-word companies other documents linked)
    found = _triples(knowing, (
        "Kilvale's dark stores use self-checkout terminals supplied by Dingvale Technology of Taiwan, and the company runs its forecasting "
        "models on GPU cloud capacity purchased from Cirrvale Compute.\n\n"
        "Pasvale said the GPU commitment will be funded from cash on hand and a US$300 million term loan provided by Straitsvale Bank.\n\n"
        "That site is being developed jointly with Orrvale Power under a 50:50 joint venture."), release)
    assert {("Dingvale Technology", "supplies", "Kilvale"), ("Cirrvale Compute", "supplies", "Kilvale"), ("Straitsvale Bank", "lends_to", "Pasvale"),
            ("Hoshvale Shoji", "partners_with", "Orrvale Power")} <= found, found
    assert not any(t[2] == "Hoshvale Shoji" and t[1] == "supplies" for t in found), found
    news = Document(id="l75", source="/docs/lockup.md", title="Lock-up note", company="", doc_type="news")
    found = _triples(extractor, "The two positions the market is focused on are Orbvale Growth Partners, whose funds hold 19.3%, and Arcvale Semiconductor, "
                                "which holds 11.5%.", news)
    assert ("Orbvale Growth Partners", "owns_stake_in", "Arcvale Semiconductor") not in found, found


def test_one_node_for_a_name_with_one_more_word_a_japanese_form_a_service_word_and_a_spelled_name() -> None:
    relations = [_rel("Hangvale", "supplies", "Orrvale Cloud", "a.md"), _rel("Hangvale Retail", "supplies", "Nimbvale Labs", "b.md"),
                 _rel("Weilan Antenna", "supplies", "Orrvale Cloud", "a.md"), _rel("Weilan Antenna Vietnam", "subsidiary_of", "Weilan Antenna", "c.md"),
                 _rel("威岚天線", "supplies", "Quillvale Data", "d.md"), _rel("港岚轨道服务", "supplies", "Nimbvale Labs", "e.md"),
                 _rel("港岚軌道", "supplies", "Quillvale Data", "f.md")]
    nodes = {n.id for n in build_graph(relations, default_lexicon()).nodes}
    assert "Hangvale" not in nodes and "Hangvale Retail" in nodes, nodes
    assert "威岚天線" not in nodes and "Weilan Antenna" in nodes and "Weilan Antenna Vietnam" in nodes, nodes
    assert len({n for n in nodes if n.startswith("港岚")}) == 1, nodes
    assert strip_suffix("Hoshvale Shoji Kaisha, Ltd.") == "Hoshvale Shoji"


def test_stacked_cover_headings_a_name_with_an_ampersand_an_f1_and_a_story_s_dateline() -> None:
    """A cover line with nothing under it but the next heading is kept (in a PDF and in Markdown), so the document's kind
    and company are read from it."""
    from ingest.loaders import _pdf_page_blocks, load
    from ingest.metadata import detect

    blocks, _ = _pdf_page_blocks("Cobbvale Cloud Systems, Inc.\nAnnual Report 2024 - Excerpt (Nasdaq: CBVL)\nLetter from the Chief Executive Officer\n"
                                 "Dear shareholders, 2024 was the year our farm segment grew.\n", 1, "")
    assert any("Annual Report 2024" in b.text for b in blocks), blocks
    lexicon = default_lexicon()

    def meta(name: str, text: str) -> tuple[str, str]:
        path = Path(name)
        found = detect(load(path, text.encode()), path, lexicon)
        return found["company"], found["doc_type"]

    assert meta("note.md", "# Westvale Securities — Equity Research\n## Corvale Compute Corp. (CVLC US) — Initiation of Coverage\n"
                           "### Picks and shovels | Rating: OVERWEIGHT | Price target: $58.00\n\nWe initiate on Corvale Compute with an Overweight rating.\n") \
        == ("Corvale Compute", "research note")
    assert meta("ar.md", "Harborvale Hotels & Resorts plc\n\nAnnual Report and Accounts 2024\n\nThe Board is recommending a final dividend.\n")[0] \
        == "Harborvale Hotels & Resorts"
    assert meta("f1.md", "# Vellvale Microsystems N.V. - Form F-1 Registration Statement (excerpt)\n\nWe design inference chips.\n")[1] == "prospectus"
    assert meta("news.md", "# Kiravale Silicon lands ¥18.5 billion round\n\n**TOKYO —** Kiravale Silicon K.K., the four-year-old Tokyo designer "
                           "of accelerators, said on Tuesday it had closed a Series C round.\n")[0] == "Kiravale Silicon"


def test_rounds_led_and_joined_commitments_to_funds_and_a_story_s_two_deals(extractor: RuleExtractor) -> None:
    news = Document(id="n81", source="/docs/news.md", title="Round", company="Kiravale Silicon", doc_type="news")
    found = _triples(extractor, (
        "Kiravale Silicon K.K., the Tokyo designer of accelerators, said on Tuesday it had closed an ¥18.5 billion Series C round and secured a "
        "long-term state loan.\n\n"
        "The round values Kiravale at roughly ¥96 billion after the money.\n\n"
        "Hoshivale Ventures GK, the corporate venture arm of contract chipmaker Hoshivale Foundry Corporation (TSE: 6593), led the round with ¥6.0 billion.\n\n"
        "Tenvale Cloud K.K., the cloud operator, put in ¥3.5 billion, while Korean venture investor Seovale Capital Partners contributed ¥2.0 billion.\n\n"
        "Hongvale Semiconductor, the packaging house listed on the Taipei Exchange, will assemble the chip."), news)
    assert {("Hoshivale Ventures", "invests_in", "Kiravale Silicon"), ("Tenvale Cloud", "invests_in", "Kiravale Silicon"),
            ("Seovale Capital Partners", "invests_in", "Kiravale Silicon")} <= found, found
    assert ("Hoshivale Foundry", "invests_in", "Kiravale Silicon") not in found and not any(t[2] == "Taipei Exchange" for t in found), found
    roundup = Document(id="r80", source="/docs/roundup.md", title="Deals roundup", company="", doc_type="news")
    found = _triples(extractor, (
        "Aerovale Robotics closed a $40 million Series C led by Kittivale Capital, with Skyvale AI and existing backers participating.\n\n"
        "Nimbovale Compute confirmed a $25 million commitment to Ternvale Ventures Fund III, becoming the fund's largest corporate limited partner."), roundup)
    assert {("Kittivale Capital", "invests_in", "Aerovale Robotics"), ("Skyvale AI", "invests_in", "Aerovale Robotics"),
            ("Nimbovale Compute", "invests_in", "Ternvale Ventures Fund III")} <= found, found
    letter = Document(id="l81", source="/docs/letter.md", title="Letter to Limited Partners", company="Seovale Capital Fund III", doc_type="letter")
    found = _triples(extractor, (
        "We are pleased to report that Koravale Strategic Industry Bank increased its commitment to Fund III by ₩150 billion.\n\n"
        "We contributed ¥2.0 billion to Kiravale Silicon's ¥18.5 billion Series C, which closed in October.\n\n"
        "Vellvale Microsystems has filed confidentially for a U.S. listing. We led its Series B in 2024 and own 17.2% today."), letter)
    assert {("Koravale Strategic Industry Bank", "invests_in", "Seovale Capital Fund III"), ("Seovale Capital Fund III", "invests_in", "Kiravale Silicon"),
            ("Seovale Capital Fund III", "invests_in", "Vellvale Microsystems"), ("Seovale Capital Fund III", "owns_stake_in", "Vellvale Microsystems")} <= found, found


def test_own_loans_licences_granted_contracts_awarded_a_principal_supplier_and_a_limited_partner(extractor: RuleExtractor) -> None:
    f1 = Document(id="f81", source="/docs/f1.html", title="Form F-1", company="Vellvale Microsystems", doc_type="prospectus")
    found = _triples(extractor, (
        "In June 2025 Rijnvale Investeringsbank N.V., the Dutch state-owned promotional bank, provided us with an €80 million term loan.\n\n"
        "In October 2025 we granted Xinvale Microelectronics, a Suzhou-based chip IP company listed on the Shanghai Stock Exchange, a non-exclusive "
        "licence to our chiplet interconnect technology."), f1)
    assert {("Rijnvale Investeringsbank", "lends_to", "Vellvale Microsystems"), ("Vellvale Microsystems", "supplies", "Xinvale Microelectronics")} <= found, found
    report = Document(id="a79", source="/docs/ar.pdf", title="Annual report", company="Halvale Defence", doc_type="annual report")
    assert ("Sentvale Systems", "supplies", "Halvale Defence") in _triples(
        extractor, "Following a competitive evaluation, we awarded Sentvale Systems a three-year contract worth US$48 million.", report)
    note = Document(id="c79", source="/docs/note.md", title="Initiation", company="Corvale Compute", doc_type="research note")
    found = _triples(extractor, (
        "Corvale Compute will provide Aegivale Labs, Inc. with a dedicated 1,024-GPU cluster for model evaluation.\n\n"
        "Corvale Compute's principal accelerator supplier for 2026-27 is Hanvale Semiconductor Inc.\n\n"
        "Corvale Compute has also become a limited partner in Lumenvale Frontier Fund II, committing $25 million."), note)
    assert {("Corvale Compute", "supplies", "Aegivale Labs"), ("Hanvale Semiconductor", "supplies", "Corvale Compute"),
            ("Corvale Compute", "invests_in", "Lumenvale Frontier Fund II")} <= found, found


def test_a_guarantor_unit_a_broker_s_fee_what_a_purchase_was_financed_with_and_who_is_paid_for_the_work(extractor: RuleExtractor) -> None:
    """The borrower beside its guarantor subsidiary; a broker's investment-banking fee and a price compared with another's
    valuation link no one; a company bought is no borrower of the loan that paid for it."""
    eightk = Document(id="k82", source="/docs/8k.html", title="Form 8-K", company="Stonevale Printing", doc_type="8-K")
    found = _triples(extractor, (
        "On October 6, 2025, the Company and its wholly owned subsidiary, Stonevale Field Services LLC, as guarantor, entered into a Credit "
        "Agreement with Northvale Bank, N.A., as lender and administrative agent.\n\n"
        "Under the Supply Agreement, the Company will deliver twelve printing gantries, together with its toolpath software and a five-year "
        "service package, to Ironvale Aggregates' precast operations.\n\n"
        "Ironvale Aggregates has agreed to pay the Company aggregate consideration of approximately $40.1 million.\n\n"
        "The Audit Committee of the Company's Board of Directors reviewed the Supply Agreement."), eightk)
    assert {("Northvale Bank", "lends_to", "Stonevale Printing"), ("Stonevale Printing", "supplies", "Ironvale Aggregates")} <= found, found
    assert ("Northvale Bank", "lends_to", "Stonevale Field Services") not in found and not any("Audit Committee" in t for t in found), found
    note = Document(id="n82", source="/docs/note.md", title="Initiation", company="Stonevale Printing", doc_type="research note")
    found = _triples(extractor, (
        "Stonevale Printing embeds curing sensors from Senvale Inc. in every printed wall.\n\n"
        "Quarvale Analytics sells crusher models to quarry operators; Ironvale Aggregates is its reference customer.\n\n"
        "Harvale & Pike Securities LLC has received compensation for investment banking services from Stonevale Printing Inc. in the past 12 months."),
        note)
    assert {("Senvale", "supplies", "Stonevale Printing"), ("Quarvale Analytics", "supplies", "Ironvale Aggregates")} <= found, found
    assert not any("Harvale & Pike Securities" in t for t in found), found
    call = Document(id="c83", source="/docs/call.txt", title="Earnings call", company="Cadvale Streaming", doc_type="call transcript")
    found = _triples(extractor, (
        "We now have Quarvale Analytics' scoring models running at six of our largest sites.\n\n"
        "On the balance sheet, we funded the cash portion of the Kestvale Sync purchase with cash on hand and a $150 million term loan from "
        "Northvale Bank."), call)
    assert {("Quarvale Analytics", "supplies", "Cadvale Streaming"), ("Northvale Bank", "lends_to", "Cadvale Streaming")} <= found, found
    assert not any("Kestvale Sync" in t for t in found), found
    news = Document(id="s83", source="/docs/news.md", title="Round", company="Tunevale AI", doc_type="news")
    found = _triples(extractor, (
        "Papvale Audio, the audiobook publisher, licenses Tunevale's scoring engine to generate music beds.\n\n"
        "Cadvale Streaming, the NYSE-listed audio platform, sells Tunevale anonymised listening data under a multi-year licence.\n\n"
        "Papvale Audio pays Sonvale Labs to voice its backlist titles.\n\n"
        "In January Tunevale bought Loopvine, a sample marketplace with about 40,000 paying members, for an undisclosed sum.\n\n"
        "People familiar with the matter said Gridvale Cloud had held early talks about acquiring Tunevale, an approach that did not progress."), news)
    assert {("Tunevale AI", "supplies", "Papvale Audio"), ("Cadvale Streaming", "supplies", "Tunevale AI"), ("Sonvale Labs", "supplies", "Papvale Audio"),
            ("Tunevale AI", "acquires", "Loopvine")} <= found, found
    assert not any(t[0] == "Gridvale Cloud" for t in found), found


def test_a_fund_letter_s_rounds_joined_made_and_passed_on_and_a_director_who_joins_a_board(extractor: RuleExtractor) -> None:
    letter = Document(id="l83", source="/docs/letter.md", title="Letter", company="Orvale Growth Fund III", doc_type="letter")
    found = _triples(extractor, (
        'We write with our review of Orvale Growth Fund III (the "Fund").\n\n'
        "Orvale Growth Fund III committed $95 million to lead the $140 million Series C round of Tunevale AI, Inc., the generative music company. "
        "After the round the Fund owns 14.2% of Tunevale, and Theo Marvale has joined its board. Tunevale trains only on works it has licensed, "
        "and a publisher — Halvale Music Group — came into the round alongside us.\n\n"
        "The Fund invested $18 million in Sonvale Labs's Series A in 2023 and did not participate in the Series B.\n\n"
        "Sonvale Labs closed a Series B in February in which Cadvale Streaming Corp. invested.\n\n"
        "Auravale Music raised at a valuation well above Tunevale's, but we passed on that round.\n\n"
        "Our position in Zhuvale, a Fund II company, was marked up 22% after Kingvale Materials agreed to subscribe for new registered capital."), letter)
    assert {("Orvale Growth Fund III", "invests_in", "Tunevale AI"), ("Halvale Music", "invests_in", "Tunevale AI"),
            ("Orvale Growth Fund III", "invests_in", "Sonvale Labs"), ("Cadvale Streaming", "invests_in", "Sonvale Labs"),
            ("Kingvale Materials", "invests_in", "Zhuvale")} <= found, found
    assert not any("Theo Marvale" in t for t in found) and not any(t[0] == "Tunevale AI" and t[2] == "Auravale Music" for t in found), found
    assert ("Zhuvale", "owns_stake_in", "Kingvale Materials") not in found, found
    news = Document(id="b82", source="/docs/news.md", title="Round", company="Formvale AI", doc_type="news")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, (
        "Bedvale Ventures, which manages about $1.1 billion across three funds, has been among the more active investors in building technology, "
        "with stakes in quarry-software maker Quarvale Analytics.\n\n"
        "Formvale signed a three-year agreement with Gridvale Cloud, committing to spend $30 million on GPU capacity.\n\n"
        "Tessa Lindvale, a partner at Bedvale Ventures who will join Formvale's board, said the firm liked the team."), news)}
    assert {("Bedvale Ventures", "owns_stake_in", "Quarvale Analytics", None), ("Gridvale Cloud", "supplies", "Formvale AI", "$30 million")} <= found, found
    assert not any("Tessa Lindvale" in t for t in found), found


def test_chinese_exports_a_loan_that_pays_holders_beside_a_founder_licences_and_agency_and_a_name_written_with_its_descriptor(extractor: RuleExtractor) -> None:
    notice = Document(id="h82", source="/docs/hk.pdf", title="須予披露交易", company="Kingvale Building Materials", doc_type="deal announcement")
    found = _triples(extractor, (
        "代价将以本集团内部资源及Northvale Bank, N.A.香港分行提供之港币4亿元定期贷款拨付。\n\n"
        "江苏智岭科技有限公司（以下简称“智岭科技”）主要从事建材软件业务。\n\n"
        "于本公告日期，智岭科技由其创始人林嘉远先生持有约46.0%，由Bedvale Ventures持有约6.1%，由华嵘数智科技有限公司持有约2.5%。\n\n"
        "此外，本集团根据与Halvale Music Publishing Group plc订立之次级出版协议，于大中华区代理Halvale之曲目。"), notice)
    assert {("Northvale Bank", "lends_to", "Kingvale Building Materials"), ("Bedvale Ventures", "owns_stake_in", "智岭科技"),
            ("华嵘数智科技", "owns_stake_in", "智岭科技"), ("Halvale Music Publishing Group", "supplies", "Kingvale Building Materials")} <= found, found
    a_share = Document(id="a82", source="/docs/a.pdf", title="公告", company="华嵘水泥", doc_type="deal announcement")
    found = _triples(extractor, (
        "2025年1-9月，公司向美国艾维尔材料公司（Ironvale Aggregates Corp.）出口熟料约62万吨。\n\n"
        "公司与智岭科技签订《熟料线AI窑炉智能优化系统采购合同》，合同总金额为人民币1.26亿元。\n\n"
        "公司将生产过程中产生的极片废料及报废电芯出售给华锂再生科技有限公司，预计年交易金额约人民币2.4亿元。"), a_share)
    assert {("华嵘水泥", "supplies", "美国艾维尔材料"), ("美国艾维尔材料", "same_as", "Ironvale Aggregates"), ("华嵘水泥", "supplies", "华锂再生科技")} <= found, found
    assert not any("窑炉智能" in t or "报废电芯" in t for t in found), found
    mops = Document(id="m83", source="/docs/mops.txt", title="重大訊息", company="乐象数位", doc_type="deal announcement")
    found = _triples(extractor, "契约相对人：星澜传媒控股有限公司（以下简称“星澜传媒”）。\n\n"
                                "主要内容：星澜传媒授权本公司于AI伴唱机产品中使用其华语卡拉OK曲库约12万首，本公司按装机台数支付授权金。\n\n"
                                "昱电创业投资股份有限公司为本公司100%持有之子公司。\n\n"
                                "昱电创投以美金500万元取得Cellvale AI, Inc. C轮特别股，持股比例约1.6%。", mops)
    assert {("星澜传媒", "supplies", "乐象数位"), ("昱电创业投资", "invests_in", "Cellvale AI"), ("昱电创业投资", "owns_stake_in", "Cellvale AI")} <= found, found
    from analyst.graph.entities import short_names

    # a name the document writes with its descriptor ("声浪智能", and "声浪" only in a product's name) is that name, not its core
    names = short_names("声浪智能科技股份有限公司（以下简称“公司”）与云律音乐签订合同。声浪智能向云律音乐提供“声浪·作曲”大模型。声浪智能本次交易不构成关联交易。",
                        default_lexicon(), set())
    assert "声浪智能" in names and "声浪" not in names, names


def test_a_mops_header_with_the_full_name_a_lede_with_a_malaysian_form_and_an_indonesian_pt() -> None:
    from analyst.graph.entities import node_id
    from ingest.loaders import load
    from ingest.metadata import detect

    lexicon = default_lexicon()

    def company(name: str, text: str) -> str:
        path = Path(name)
        return str(detect(load(path, text.encode()), path, lexicon)["company"])

    assert company("mops.txt", "公開資訊觀測站　重大訊息公告\n\n(6791)昱電科技股份有限公司\n\n序號　1　主旨　本公司接獲訂單\n"
                               "說明：\n1.本公司將供應ChargeVale Networks, Inc.電源模組。\n") == "昱電科技"
    assert company("news.md", "# Tanvale Data lines up Lionvale money for Johor AI campus\n\n*The Straits Ledger — Business*\n\n"
                              "Tanvale Data Berhad has signed its largest customer contract to date.\n") == "Tanvale Data"
    assert node_id("PT Garuvale Arus Energi Tbk") == "Garuvale Arus Energi"


def test_southeast_asian_forms_a_landlord_s_tenant_a_loan_sanctioned_and_a_product_someone_runs(extractor: RuleExtractor) -> None:
    news = Document(id="t87", source="/docs/news.md", title="Campus", company="Tanvale Data", doc_type="news")
    found = _triples(extractor, (
        "Tanvale Data Berhad has signed its largest customer contract to date.\n\n"
        "In a filing on Monday, Tanvale (Bursa: TVDATA) said Singapore GPU-cloud provider Lionvale Compute had signed a 10-year lease for 48 "
        "megawatts across the campus's first two halls.\n\n"
        "Tanvale said it had awarded Bintvale Cooling Systems Sdn Bhd a RM185 million contract to design, supply and install liquid cooling.\n\n"
        "Among them, Merantvale Semiconductor Berhad uses a dedicated Lionvale cluster for warpage simulation."), news)
    assert {("Tanvale Data", "supplies", "Lionvale Compute"), ("Bintvale Cooling Systems", "supplies", "Tanvale Data"),
            ("Lionvale Compute", "supplies", "Merantvale Semiconductor")} <= found, found
    call = Document(id="d87", source="/docs/call.md", title="Earnings call", company="Deccvale Silicon Packaging", doc_type="call transcript")
    found = _triples(extractor, (
        "The bulk of them come from Hongvale Microelectronics in Shenzhen, whose handlers we have run since our first line.\n\n"
        "On the balance sheet, we drew down ₹600 crore from the ₹1,500 crore term loan that Konkvale Infrastructure Finance sanctioned to us in June.\n\n"
        "Power is now 60% renewable: Sahyvale Renewables supplies us 45 MW of wind-solar power.\n\n"
        "We have signed a joint qualification programme with Merantvale Semiconductor Berhad in Penang."), call)
    assert {("Hongvale Microelectronics", "supplies", "Deccvale Silicon Packaging"), ("Konkvale Infrastructure Finance", "lends_to", "Deccvale Silicon Packaging"),
            ("Sahyvale Renewables", "supplies", "Deccvale Silicon Packaging"), ("Deccvale Silicon Packaging", "partners_with", "Merantvale Semiconductor")} <= found, found
    assert ("Deccvale Silicon Packaging", "supplies", "Hongvale Microelectronics") not in found, found
    from analyst.graph.entities import node_id

    assert node_id("Saigon Nanovale Joint Stock Company") == "Saigon Nanovale" and node_id("Bintvale Cooling Systems Sdn Bhd") == "Bintvale Cooling Systems"


def test_chinese_units_named_by_what_they_are_sales_to_foreign_buyers_and_an_opinion_that_links_no_one(extractor: RuleExtractor) -> None:
    a_share = Document(id="h87", source="/docs/a.pdf", title="公告", company="鸿岳微电", doc_type="deal announcement")
    found = _triples(extractor, (
        "投资标的名称：鸿岳微电子（越南）有限责任公司（以下简称“越南子公司”）。\n\n"
        "越南子公司将向Saigon Nanovale Joint Stock Company销售测试及老化设备，金额约人民币3.86亿元。\n\n"
        "公司自2023年起向马来西亚Merantvale Semiconductor Berhad批量供应测试分选机。\n\n"
        "此外，公司与台湾昱岭科技股份有限公司共建先进封装联合测试实验室。\n\n"
        "经核查，保荐机构中岳证券股份有限公司对鸿岳微电本次对外投资事项无异议。\n\n"
        "嘉岳融资有限公司已获委任为独立财务顾问，就采购合同之条款向鸿岳微电独立董事委员会提供意见。"), a_share)
    assert {("鸿岳微电子（越南）", "supplies", "Saigon Nanovale"), ("鸿岳微电", "supplies", "Merantvale Semiconductor"),
            ("鸿岳微电", "partners_with", "台湾昱岭科技")} <= found, found
    assert not any("越南子公司" in t or "中岳证券" in t or "嘉岳融资" in t or "共建" in t[0] + t[2] for t in found), found
    mops = Document(id="y87", source="/docs/mops.txt", title="重大訊息", company="昱岭科技", doc_type="deal announcement")
    assert ("昱岭科技", "supplies", "Merantvale Semiconductor") in _triples(
        extractor, "本公司目前为马来西亚Merantvale Semiconductor Berhad之ABF载板主要供应商，民国一一三年度对其销货金额约新台币38.6亿元。", mops)
    note = Document(id="n84", source="/docs/note.md", title="研报", company="华锂再生", doc_type="research note")
    assert ("华锂再生（江西）", "subsidiary_of", "华锂再生") in _triples(
        extractor, "定增募投的“年处理10万吨退役电池综合利用项目”由全资子公司华锂再生（江西）有限公司实施。", note)
    notice = Document(id="y84", source="/docs/mops2.txt", title="重大訊息", company="昱岭科技", doc_type="deal announcement")
    found = _triples(extractor, "主旨：本公司接获美国充电营运商直流快充电源模组订单\n\n"
                                "交易相对人及其与公司之关系：Ampvale Capital Management LLC（普通合伙人）；非关系人。\n\n"
                                "主旨：本公司董事会决议参与认购有限合伙基金权益", notice)
    assert not any(re.search("电源|合伙", t[0] + t[2]) for t in found), found


def test_a_venture_arm_is_not_its_parent_s_short_name_board_members_are_people_and_calls_name_their_vendors(extractor: RuleExtractor) -> None:
    from analyst.graph.entities import known_names

    text = "Pacevale refinanced its $120 million term loan with Ironvale Bank in January."
    assert known_names(text, {"Pacevale Ventures": 3, "Pacevale Fitness Clubs": 1}, default_lexicon())["Pacevale"] == "Pacevale Fitness Clubs"
    letter = Document(id="a84", source="/docs/letter.pdf", title="Letter", company="Ampvale Capital Fund III", doc_type="letter")
    found = _triples(extractor, (
        "Our resulting ownership of 19.2% of ChargeVale Networks' common stock is held across Fund III and a co-investment vehicle, and Gwen Adlervale "
        "has joined the company's board.\n\n"
        "Recyvale Inc. also processes production scrap for Voltvale Energy Systems at its Ohio plant."), letter)
    assert {("Ampvale Capital Fund III", "owns_stake_in", "ChargeVale Networks"), ("Recyvale", "supplies", "Voltvale Energy Systems")} <= found, found
    assert not any("Gwen Adlervale" in t for t in found), found
    call = Document(id="p86", source="/docs/call.md", title="Earnings call", company="Parlayvale", doc_type="call transcript")
    found = _triples(extractor, (
        "We also went live with BetVharbor in the UK in August; BetVharbor pays us a revenue share on handle priced through our engine.\n\n"
        "On the data side, Huavale Sports Technology is now our feed for Asian football.\n\n"
        "Tetravale Capital Partners, which has been with us since the Series A, still holds about 16% of the shares outstanding.\n\n"
        "We renewed our contract with Cellvale AI, whose forecasting models now tell us a week ahead which chargers will fail.\n\n"
        "Our Plug and Charge integration with Kestvale Motors went live in October.\n\n"
        "We signed a five-year agreement with Tessavale Compute to decommission, shred and recycle retired servers.\n\n"
        "We're extending the co-digestion pilot with Rivervale Water Holdings at their treatment plant."), call)
    assert {("Parlayvale", "supplies", "BetVharbor"), ("Huavale Sports Technology", "supplies", "Parlayvale"), ("Tetravale Capital Partners", "owns_stake_in", "Parlayvale"),
            ("Cellvale AI", "supplies", "Parlayvale"), ("Parlayvale", "partners_with", "Kestvale Motors"), ("Parlayvale", "supplies", "Tessavale Compute"),
            ("Parlayvale", "partners_with", "Rivervale Water")} <= found, found


def test_rounds_told_by_a_unit_or_by_the_money_a_10k_s_programs_borrowers_feeds_and_a_sale_to_a_buyer(extractor: RuleExtractor) -> None:
    tenk = Document(id="s86", source="/docs/10k.pdf", title="Form 10-K", company="Stridevale Technologies", doc_type="10-K")
    found = _triples(extractor, (
        "Stridevale Ventures LLC, our wholly owned corporate venture subsidiary, led the $8.5 million seed round of Pulsevale Labs, Inc., a developer "
        "of smart-ring hardware, in May 2025.\n\n"
        "Stridevale and Pacevale Fitness Clubs, Inc. operate a co-marketing program under which Pacevale members receive discounts.\n\n"
        "Revenue from Kestvale Motors, Inc., to which we supply the 96 kWh structural pack, rose 40%.\n\n"
        "We also participate with Greyvale Waste Systems, Inc. in a joint research pilot at our Willow Creek plant."), tenk)
    assert {("Stridevale Ventures", "invests_in", "Pulsevale Labs"), ("Stridevale Technologies", "partners_with", "Pacevale Fitness Clubs"),
            ("Stridevale Technologies", "supplies", "Kestvale Motors"), ("Stridevale Technologies", "partners_with", "Greyvale Waste Systems")} <= found, found
    eightk = Document(id="o86", source="/docs/8k.html", title="Form 8-K", company="Oddsvale Gaming", doc_type="8-K")
    found = _triples(extractor, (
        "On February 11, 2026, the Company and Oddsvale Interactive NJ, LLC, a wholly owned subsidiary of the Company, as borrowers, entered into a "
        "Credit Agreement with Ironvale Bank, N.A., as lender.\n\n"
        "The Company also renewed its official data feed agreement with Linevale Data, Inc., which supplies play-by-play data for its markets."), eightk)
    assert {("Ironvale Bank", "lends_to", "Oddsvale Gaming"), ("Ironvale Bank", "lends_to", "Oddsvale Interactive NJ"),
            ("Linevale Data", "supplies", "Oddsvale Gaming")} <= found, found
    news = Document(id="c84", source="/docs/news.md", title="Round", company="Cellvale AI", doc_type="news")
    found = _triples(extractor, (
        "Cellvale AI said it had raised $62 million in a Series C round led by Ampvale Capital.\n\n"
        "New money came as well from Yudvale Ventures, the corporate venture arm of Taiwanese power-electronics maker Yudvale Technology.\n\n"
        "Training runs happen on rented GPU clusters from Tessavale Compute, with which Cellvale signed a two-year capacity contract.\n\n"
        "Kinevale Analytics also licenses a slimmed-down version of its motion models to wearable maker Stridevale Technologies.\n\n"
        "The metering modules at the heart of Cellvale's kits are bought from Taiwan-based Xinvale Sensing.\n\n"
        "SortVale AI's sale to Greyvale Waste Systems closed on April 8 for $310 million."), news)
    assert {("Yudvale Ventures", "invests_in", "Cellvale AI"), ("Tessavale Compute", "supplies", "Cellvale AI"),
            ("Kinevale Analytics", "supplies", "Stridevale Technologies"), ("Xinvale Sensing", "supplies", "Cellvale AI"),
            ("Greyvale Waste Systems", "acquires", "SortVale AI")} <= found, found
    assert not any(t[0] == "Cellvale AI" and t[2] == "Xinvale Sensing" for t in found), found


def test_a_letterhead_in_capitals_and_a_fund_s_name_run_on_into_its_title() -> None:
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path("letter.txt")
    text = "Ampvale Capital Fund III, L.P.\nQuarterly Letter to Limited Partners - Third Quarter 2025\nCONFIDENTIAL - Not for distribution.\n\nDear Partners,\n"
    assert detect(load(path, text.encode()), path, default_lexicon())["company"] == "Ampvale Capital Fund III"
    path = Path("letter.md")
    text = "**COBALT VALE VENTURES**\n1200 NW Everett Street, Portland\n\n**Quarterly Letter to Limited Partners - First Quarter 2025**\n\nDear Partners,\n"
    assert detect(load(path, text.encode()), path, default_lexicon())["company"] == "Cobalt Vale Ventures"


def test_a_round_story_s_long_lede_a_backer_joining_later_rented_capacity_and_what_is_no_link(extractor: RuleExtractor) -> None:
    news = Document(id="b88", source="/docs/news.md", title="Round", company="Brightvale AI", doc_type="news")
    found = _triples(extractor, (
        "Brightvale AI Inc., the three-year-old start-up whose software prices warehouses, office towers and small retail parks in minutes, said on "
        "Monday it had closed a $90 million Series C round led by Orchardvale Growth Partners.\n\n"
        "The round is one of the largest this year for the sector. Lenders and insurers have kept buying such tools.\n\n"
        "\"Our customers are not buying AI because it is fashionable,\" the chief executive said.\n\n"
        "Stonevale Ventures, the corporate venture arm of Quarryvale Homes, also joined the round.\n\n"
        "Orchardvale partner Mateo Quiroga will join Brightvale's board.\n\n"
        "Brightvale runs its production workloads on Tidevale Cloud under a two-year agreement, the chief executive said, and it rents reserved GPU "
        "capacity from Ravenvale Compute for training.\n\n"
        "Tidevale Cloud and Ravenvale Compute themselves announced a joint go-to-market arrangement in May.\n\n"
        "Unlike Appravale and Gridvale Data, which sell mostly to banks, Brightvale sells to landlords.\n\n"
        "Quarryvale, which owns 40,000 homes, pays Brightvale to run monthly valuations and rent recommendations on its portfolio, a contract "
        "Quarryvale calls core.\n\n"
        "Brightvale's $15 million purchase of Roofvale Analytics adds roof scoring.\n\n"
        "Earlier this year people familiar with the matter said Tidevale Cloud had held exploratory talks about acquiring Brightvale outright."), news)
    assert {("Orchardvale Growth Partners", "invests_in", "Brightvale AI"), ("Stonevale Ventures", "invests_in", "Brightvale AI"),
            ("Ravenvale Compute", "supplies", "Brightvale AI"), ("Tidevale Cloud", "partners_with", "Ravenvale Compute"),
            ("Brightvale AI", "acquires", "Roofvale Analytics")} <= found, found
    assert not any(t[1] == "partners_with" and "Orchardvale Growth Partners" in t for t in found), found
    assert not any("Gridvale Data" in t or t[0] == "Quarryvale Homes" and t[2] == "Brightvale AI" for t in found), found
    assert ("Tidevale Cloud", "acquires", "Brightvale AI") not in found, found


def test_own_words_on_what_is_paid_for_work_on_our_sites_a_customer_list_and_a_product_powered_by_another(extractor: RuleExtractor) -> None:
    call = Document(id="k88", source="/docs/call.md", title="Earnings call", company="Quarryvale Homes", doc_type="call transcript")
    found = _triples(extractor, (
        "Every home in the portfolio is now valued monthly by Brightvale AI, which we pay under a portfolio-wide subscription.\n\n"
        "On the building side, Roofvale Technologies has now completed its leak-detection retrofit in 150 of our communities under the programme we signed.\n\n"
        "We are also piloting lease abstraction with Parcelvale Labs."), call)
    assert {("Brightvale AI", "supplies", "Quarryvale Homes"), ("Roofvale Technologies", "supplies", "Quarryvale Homes")} <= found, found
    assert ("Quarryvale Homes", "supplies", "Parcelvale Labs") not in found, found
    eightk = Document(id="p88", source="/docs/8k.html", title="Form 8-K", company="Parcelvale", doc_type="8-K")
    found = _triples(extractor, "“Our customer list already includes Titlevale Group, which licenses our closing-document AI across its offices, "
                                "and we have a co-development agreement with Quarryvale Homes on lease renewals.”", eightk)
    assert {("Parcelvale", "supplies", "Titlevale"), ("Parcelvale", "partners_with", "Quarryvale Homes")} <= found, found
    assert not any({"Titlevale", "Quarryvale Homes"} <= set(t) for t in found), found
    tenk = Document(id="v90", source="/docs/10k.html", title="Form 10-K", company="Veridvale Apparel", doc_type="10-K")
    found = _triples(extractor, (
        "In March 2024 we entered into a master subscription agreement with Loomvale AI, Inc., under which Loomvale provides its allocation software "
        "to all of our brands.\n\n"
        "We are also piloting seam sensing with Fabrivale GmbH under a joint development agreement.\n\n"
        "Our used-vehicle appraisal tools, powered by Sentrivale Analytics, priced more than 50,000 trade-ins."), tenk)
    assert {("Loomvale AI", "supplies", "Veridvale Apparel"), ("Veridvale Apparel", "partners_with", "Fabrivale"),
            ("Sentrivale Analytics", "supplies", "Veridvale Apparel")} <= found, found
    tandem = Document(id="t89", source="/docs/call2.md", title="Earnings call", company="Tandemvale", doc_type="call transcript")
    found = _triples(extractor, "And we closed the acquisition of Hopvale, the Denver-based shuttle operator, for $48 million in cash.\n\n"
                                "Hopvale now operates as a wholly owned subsidiary and is already running on our dispatch stack.", tandem)
    assert {("Tandemvale", "acquires", "Hopvale"), ("Hopvale", "subsidiary_of", "Tandemvale")} <= found, found


def test_a_fund_letter_s_new_limited_partners_a_co_investor_alongside_and_where_a_product_went_live(extractor: RuleExtractor) -> None:
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path("letter.md")
    text = "# Harborvale Mobility Fund III, L.P.\n\n## Third-Quarter 2025 Letter to Limited Partners\n\nDear Partners,\n"
    assert detect(load(path, text.encode()), path, default_lexicon())["company"] == "Harborvale Mobility Fund III"
    letter = Document(id="h89", source="/docs/letter.md", title="Letter", company="Harborvale Mobility Fund III", doc_type="letter")
    found = _triples(extractor, (
        "Quillvale Compute Corp. joined Fund III as a strategic limited partner with a $40 million commitment at the final close. "
        "Veloxvale Motors Group also came in as a limited partner, committing $25 million.\n\n"
        "In August, Fund III led FleetVale AI's $120 million Series C with a $55 million cheque, alongside Tandemvale Ventures and two existing investors.\n\n"
        "FleetVale AI is now live on essentially all of Carrowvale Mobility's U.S. rental fleet.\n\n"
        "Lumavale Software's largest deployment to date, at Veloxvale Motors Group, puts its assistant in every dealership.\n\n"
        "Wingvale Garments went live on Loomvale AI Fabric Planner across 14 of its factories.\n\n"
        "Stitchvale buys its servo drives from Hongvale Smart Textile, and we regard the strategic investor as a source of supply."), letter)
    assert {("Quillvale Compute", "invests_in", "Harborvale Mobility Fund III"), ("Veloxvale Motors", "invests_in", "Harborvale Mobility Fund III"),
            ("Tandemvale Ventures", "invests_in", "FleetVale AI"), ("FleetVale AI", "supplies", "Carrowvale Mobility"),
            ("Lumavale Software", "supplies", "Veloxvale Motors"), ("Loomvale AI", "supplies", "Wingvale Garments"),
            ("Hongvale Smart Textile", "supplies", "Stitchvale")} <= found, found
    assert not any(t[0] == "Harborvale Mobility Fund III" and t[1] == "supplies" for t in found), found
    news = Document(id="s90", source="/docs/news2.md", title="Round", company="Stitchvale", doc_type="news")
    found = _triples(extractor, "Stitchvale said it had closed a $42 million Series B round led by Threadvale Capital.\n\n"
                                "Hongvale Ventures, the venture arm of Taiwan's Hongvale Smart Textile, co-invested $9 million in the round.", news)
    assert ("Hongvale Ventures", "invests_in", "Stitchvale") in found and ("Hongvale Smart Textile", "invests_in", "Stitchvale") not in found, found


def test_hong_kong_and_taiwan_notices_engaged_servers_sellers_holdings_licences_and_what_links_no_one(extractor: RuleExtractor) -> None:
    hk = Document(id="j88", source="/docs/hk.html", title="公告", company="京岳物业服务集团", doc_type="deal announcement")
    found = _triples(extractor, (
        "本集团已委聘华岳智居科技股份有限公司（深圳证券交易所创业板上市，股份代号：301999）为本集团提供AI物业管理平台授权及实施服务，合同金额为人民币1.26亿元。\n\n"
        "此外，本集团于2025年10月与深澜算力科技有限公司订立物业及设施管理服务合同，为其位于韶关之智算中心园区提供物业管理服务。\n\n"
        "本集团东莞厂房已安装杭州织岳科技股份有限公司之裁片AI检测工作站。\n\n"
        "买方有条件同意收购而卖方有条件同意出售粤岳物业科技有限公司之全部已发行股本。\n\n"
        "天岳融资有限公司为本公司有关认购事项之财务顾问。"), hk)
    assert {("华岳智居科技", "supplies", "京岳物业服务集团"), ("京岳物业服务集团", "supplies", "深澜算力科技"),
            ("杭州织岳科技", "supplies", "京岳物业服务集团")} <= found, found
    assert not any("粤岳物业科技" == t[2] and t[1] == "supplies" or "天岳融资" in t or t[2].startswith("委聘") for t in found), found
    mops = Document(id="t88", source="/docs/mops.txt", title="重大訊息", company="台岳", doc_type="deal announcement")
    found = _triples(extractor, (
        "(6799)台岳 公告本公司与华岳智居签订AI平台授权合约、向宏岳感测取得设备，并说明私募普通股发行及银行授信情形\n\n"
        "契约相对人：(1)华岳智居科技股份有限公司（以下简称华岳智居）。(2)宏岳感测科技股份有限公司（以下简称宏岳感测）。\n\n"
        "主要内容：(1)本公司向华岳智居取得AI物业管理平台之台湾地区授权，授权期间三年。\n\n"
        "增资后本公司对台岳创投之持股比例：100%\n\n"
        "（4）加速卡模组之主要供应商为中国大陆华岳灵犀科技股份有限公司。\n\n"
        "（5）本公司另与巴西Cerravale Datacenters Ltda.签署合作备忘录，共同评估设立维修中心之可行性。\n\n"
        "（7）报载Mixtevale Cloud亦有意向本公司采购同型机柜，本公司目前未与Mixtevale Cloud签订任何契约。"), mops)
    assert {("宏岳感测", "supplies", "台岳"), ("华岳智居", "supplies", "台岳"), ("台岳", "owns_stake_in", "台岳创投"),
            ("华岳灵犀科技", "supplies", "台岳"), ("台岳", "partners_with", "Cerravale Datacenters")} <= found, found
    assert not any(t[1] == "lends_to" or "Mixtevale Cloud" in t or t == ("台岳创投", "owns_stake_in", "台岳") for t in found), found
    a_share = Document(id="z90", source="/docs/a.pdf", title="公告", company="织岳科技", doc_type="deal announcement")
    found = _triples(extractor, (
        "截至本公告披露日，公司持股5%以上股东杭州启岳创业投资合伙企业（有限合伙）持有公司5.80%股份。\n\n"
        "公司与深圳星岳算力科技有限公司续签《算力服务协议》，年服务费不超过人民币4,800万元。\n\n"
        "公司主要竞争对手包括万岳物联科技有限公司和智岳云居科技有限公司，本次合作有助于巩固公司的竞争地位。\n\n"
        "于本公告日期，华途岳车有限公司由卖方上海华岳投资有限公司全资拥有。"), a_share)
    assert {("杭州启岳创业投资", "owns_stake_in", "织岳科技"), ("深圳星岳算力科技", "supplies", "织岳科技"),
            ("上海华岳投资", "owns_stake_in", "华途岳车")} <= found, found
    assert not any("万岳物联科技" in t or "以上股东" in t[0] or t[0].startswith("卖方") for t in found), found


def test_latin_american_forms_accented_names_places_and_names_joined_across_scripts() -> None:
    from analyst.graph.entities import EntityFinder
    from analyst.lexicon import out_of_capitals
    from analyst.text import split_sentences

    assert [strip_suffix(n) for n in ("Cerravale Datacenters Ltda.", "Quetzvale Nube, S. de R.L. de C.V.", "Cacavale Crédito, S.A.P.I. de C.V.")] \
        == ["Cerravale Datacenters", "Quetzvale Nube", "Cacavale Crédito"]
    assert out_of_capitals("WING YUE GARMENTS HOLDINGS LIMITED") == "Wing Yue Garments Holdings Limited" and out_of_capitals("AIA GROUP") == "AIA Group"
    assert split_sentences("目标公司之系统托管于Cerravale Datacenters Ltda.营运之数据中心。其他事项。") == ["目标公司之系统托管于Cerravale Datacenters Ltda.营运之数据中心。", "其他事项。"]
    finder = EntityFinder(default_lexicon(), {})
    found = {m.node for s in ("Last year it refinanced debt through a loan from Banco Austral de Chile, and Cóndor Energía Renovable will supply solar power.",
                              "Its largest customer, Minera Andesvale, signed a five-year contract.",
                              "The round was led by Yunvale Ventures, the venture arm of Huavale Technology, a Shanghai STAR Market-listed maker of servers.",
                              "We signed the acquisition of Parcelvale Já, a buy-now-pay-later startup from Curitiba, for R$210 million.")
             for m in finder.mentions(s)}
    assert {"Banco Austral de Chile", "Cóndor Energía Renovable", "Minera Andesvale", "Yunvale Ventures", "Huavale Technology"} <= found, found
    assert not any("Market" in n or n == "Curitiba" for n in found), found
    relations = [_rel("Cacavale Credito", "supplies", "Orrvale Cloud", "a.md"), _rel("Cacavale Crédito", "partners_with", "Nimbvale Labs", "b.md"),
                 _rel("台岳智慧", "supplies", "Orrvale Cloud", "c.md"), _rel("台岳", "supplies", "Nimbvale Labs", "d.md"),
                 _rel("宏岳感測", "supplies", "Orrvale Cloud", "e.md"), _rel("Hongyue Sensing Technology", "supplies", "Nimbvale Labs", "f.md"),
                 _rel("天岳", "supplies", "Quillvale Data", "g.md"), _rel("天岳芯算", "supplies", "Orrvale Cloud", "h.md"),
                 _rel("天岳控股", "owns_stake_in", "天岳芯算", "h.md"), _rel("Tianyue Xinsuan", "supplies", "Nimbvale Labs", "i.md")]
    nodes = {n.id: n for n in build_graph(relations, default_lexicon()).nodes}
    assert "Cacavale Credito" not in nodes and "Cacavale Crédito" in nodes, nodes
    assert len({i for i in nodes if i.startswith("台岳")}) == 1 and len({i for i in nodes if i.startswith("宏岳") or i.startswith("Hongyue")}) == 1, nodes
    # (天岳 may be 天岳芯算 or 天岳控股: no English name is joined to it; 'Tianyue Xinsuan' reads 天岳芯算 aloud, word for word)
    assert "天岳" in nodes and "Tianyue Xinsuan" in nodes["天岳芯算"].aliases, nodes


def test_an_integrated_report_speaks_for_its_company_who_supplies_under_an_agreement_and_a_sponsor_s_opinion(extractor: RuleExtractor) -> None:
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path("report.txt")
    text = "Kotovale Imaging Corporation\nIntegrated Report 2024 (Excerpt) - Fiscal year ended December 31, 2024\n\nOur revenue rose 9.8%.\n"
    assert detect(load(path, text.encode()), path, default_lexicon())["doc_type"] == "annual report"
    eightk = Document(id="v93", source="/docs/8k.html", title="Form 8-K", company="Veridvale Scope Medical", doc_type="8-K")
    found = _triples(extractor, (
        "On March 7, 2025, the Company entered into a five-year master supply agreement with Halcyvale Health Systems, Inc. under which "
        "Veridvale will supply its ClearPath AI-assisted endoscopy towers and software subscriptions to Halcyvale's 62 hospitals."), eightk)
    assert ("Veridvale Scope Medical", "supplies", "Halcyvale Health Systems") in found, found
    assert not any("ClearPath" in t[0] + t[2] or t[0] == "Halcyvale Health Systems" for t in found), found
    a_share = Document(id="r93", source="/docs/a.pdf", title="公告", company="瑞岳智医", doc_type="deal announcement")
    assert not _triples(extractor, "华岳证券股份有限公司对瑞岳智医本次对外投资事项无异议。", a_share)
    hk = Document(id="h93", source="/docs/hk.html", title="公告", company="华泽岳医疗", doc_type="deal announcement")
    assert not _triples(extractor, "翠岳融资有限公司仅就收购事项担任本公司财务顾问，与卖方及目标公司概无任何其他关系。", hk)


def test_whose_document_it_is_when_headings_run_together_broker_notes_and_round_stories() -> None:
    hk = _detected("hk.txt", "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。\n\n"
                        "海岳線出行控股有限公司HAIYUE LINE MOBILITY HOLDINGS LIMITED （於開曼群島註冊成立的有限公司）（股份代號：02381）\n\n須予披露交易\n")
    assert hk["company"] == "海岳線出行", hk
    call = _detected("call.md", "# Sorayue Rail Systems K.K. (TSE: 6738) — Q4 FY2024 Earnings Conference Call\n\n**Operator:** Good afternoon.\n")
    assert call["company"] == "Sorayue Rail Systems", call
    lng = _detected("lng.md", "# Qamyue Liquefied Natural Gas Company P.J.S.C. (QYLNG)\n## Q3 2025 Earnings Conference Call\n\nOperator: Welcome.\n")
    assert lng["company"] == "Qamyue Liquefied Natural Gas", lng
    yard = _detected("yard.md", "# Daeyue Shipbuilding & Marine Engineering Co., Ltd. (KRX: 071948)\n## Q3 2025 Earnings Conference Call\n\nOperator: Welcome.\n")
    assert yard["company"] == "Daeyue Shipbuilding & Marine Engineering", yard
    note = _detected("note.md", "# Seoyue Securities — Equity Research | Korea | Specialty Materials\n\n"
                           "## Kyoyue Advanced Materials (218648 KQ) — BUY (maintain), TP KRW 46,000\n\nConductive additives go global.\n")
    assert (note["company"], note["doc_type"]) == ("Kyoyue Advanced Materials", "research note"), note
    raised = _detected("note2.txt", "NAMYUE SECURITIES | Korea | Consumer\n\nWe raise our target price for Hanyue Cosmetech by 11% to KRW 68,000.\n")
    assert raised["company"] == "Hanyue Cosmetech", raised
    sector = _detected("sector.md", "# Caldyue Research — Transport Technology\n\nWe initiate on Hanyue Semiconductor and RailYue with Buy ratings.\n")
    assert sector["doc_type"] == "research note", sector
    mops = _detected("mops.txt", "公開資訊觀測站 重大訊息\n公司代號 6738 公司名稱 凱岳精密\n發言日期 114/10/14\n主旨：本公司董事會決議以公開收購方式取得晶岳光電股份有限公司普通股\n")
    assert mops["company"] == "凱岳精密", mops
    letter = _detected("letter.txt", "PACIFIC YUEWALL ASIA INDUSTRIAL FUND\nQuarterly Letter to Limited Partners — Third Quarter 2025\n\n"
                                "Dear Partners,\n\nThe Fund returned +7.4% against +3.1% for the MSCI AC Asia Industrials index.\n")
    assert letter["company"] == "Pacific Yuewall Asia Industrial Fund", letter
    story = _detected("story.md", "# Kirayue leads $120 million round in AI skin-analysis start-up Skinyue\n\n"
                             "**SAN FRANCISCO —** Skinyue AI, the start-up whose kiosks read skin, has raised $120 million in a Series C round.\n")
    assert story["company"] == "Skinyue AI", story


def test_a_sector_note_s_tables_and_short_names_customers_told_in_our_own_words_and_who_builds_or_is_hired(extractor: RuleExtractor) -> None:
    note = Document(id="n96", source="/docs/note.md", title="Rail AI", company="Caldyue Research", doc_type="research note")
    found = _triples(extractor, (
        "| Company | Ticker | Rating |\n|---|---|---|\n| Hanyue Semiconductor | 688908 CH | Buy |\n| Huayue Zhilian Technology | 688418 CH | Hold |\n"
        "| Harbyue Mobility Holdings | 2388 HK | Hold |\n\n"
        "We initiate on Hanyue Semiconductor with Buy ratings, and keep Huayue Zhilian and Harbyue at Hold.\n\n"
        "Hanyue is also the main chip vendor to Huayue, which we estimate will buy up to RMB80m of its chips.\n\n"
        "Eastyue Capital led Hanyue's RMB1.2bn pre-IPO round in 2023.\n\n"
        "Cirrostryue Cloud and Hanyue have announced a joint benchmark programme to test inference at trackside sites.\n\n"
        "Najyue Gas, which runs 4,200 km of trunklines, awarded Halcyue Grid a $58 million contract in October to roll out leak detection.\n\n"
        "Sahlyue Petrochemical has also hired Halcyue Grid to optimise its steam crackers.\n\n"
        "Al Nooryue Holding Company remains the anchor shareholder with 21.0% of Sahlyue Petrochemical's issued share capital."), note)
    assert {("Hanyue Semiconductor", "supplies", "Huayue Zhilian"), ("Eastyue Capital", "invests_in", "Hanyue Semiconductor"),
            ("Cirrostryue Cloud", "partners_with", "Hanyue Semiconductor"), ("Halcyue Grid", "supplies", "Najyue Gas"),
            ("Halcyue Grid", "supplies", "Sahlyue Petrochemical"), ("Al Nooryue Holding Company", "owns_stake_in", "Sahlyue Petrochemical")} <= found, found
    assert not any(t[0] in {"Huayue Zhilian", "Harbyue Mobility"} and t[2] == "Hanyue Semiconductor" for t in found), found  # (ratings, not purchases)
    call = Document(id="c96", source="/docs/call.md", title="Call", company="Sorayue Rail Systems", doc_type="call transcript")
    found = _triples(extractor, (
        "Tsubayue Electric Railway renewed and expanded its predictive maintenance contract with us in January.\n\n"
        "Overseas, Ferrovia Alpyue placed a follow-on order for wayside acoustic bearing detectors worth ¥1.1 billion.\n\n"
        "We also agreed a ten-year supply deal with Hualyue Petrochemical, which will take cargoes into its Zhoushan complex.\n\n"
        "On shipping, Haeyue Heavy Industries will build four LNG carriers for us, for a total contract price of $1.1 billion."), call)
    assert {("Sorayue Rail Systems", "supplies", "Tsubayue Electric Railway"), ("Sorayue Rail Systems", "supplies", "Ferrovia Alpyue"),
            ("Sorayue Rail Systems", "supplies", "Hualyue Petrochemical"), ("Haeyue Heavy Industries", "supplies", "Sorayue Rail Systems")} <= found, found
    tenk = Document(id="k99", source="/docs/10k.html", title="Form 10-K", company="Petalyue Retail", doc_type="10-K")
    found = _triples(extractor, (
        "Most of our Petalyue Lab skincare is produced under a multi-year contract manufacturing agreement with Hanyue Cosmetech Co., Ltd. in Korea.\n\n"
        "In 2024 PawYue Canada ULC signed a three-year agreement to supply VetScan to the hospitals of Mapleyue Veterinary Partners.\n\n"
        "Under the Qamyue MSA, the Company will license its PipeSense™ and TrainOps™ software to Qamyue LNG across six trains.\n\n"
        "The Qamyue MSA may be renewed for two further periods of three years at Qamyue LNG’s option."), tenk)
    assert {("Hanyue Cosmetech", "supplies", "Petalyue Retail"), ("PawYue Canada", "supplies", "Mapleyue Veterinary Partners"),
            ("Petalyue Retail", "supplies", "Qamyue LNG")} <= found, found
    assert not any("Petalyue Lab" in t or "TrainOps" in t[2] or "MSA" in t[0] for t in found), found
    table = Chunk(id="t99", doc_id="k99", ordinal=0, kind="table", page=None, text=(
        "Capability | Provider | Arrangement\nVirtual try-on | Shadeyue Technologies, Inc. | Per-session licence fee\n"
        "Cloud hosting | Corvyue Cloud, Inc. | Three-year committed-spend agreement"))
    assert {(r.source, r.relation, r.target) for r in extractor.from_table(table, tenk)} == {
        ("Shadeyue Technologies", "supplies", "Petalyue Retail"), ("Corvyue Cloud", "supplies", "Petalyue Retail")}


def test_chinese_names_inside_words_licences_main_customers_control_stakes_and_names_given_in_two_scripts(extractor: RuleExtractor) -> None:
    from analyst.graph.entities import EntityFinder

    finder = EntityFinder(default_lexicon(), {})
    named = {m.node for s in ("主旨：本公司董事会决议取得联和岳测股份有限公司普通股",
                              "据此，买方有条件同意收购而卖方有条件同意出售广州岳研生物科技有限公司51%股权。") for m in finder.mentions(s)}
    assert {"联和岳测", "广州岳研生物科技"} <= named, named
    mops = Document(id="m95", source="/docs/mops.txt", title="重大訊息", company="嘉岳生技", doc_type="deal announcement")
    found = _triples(extractor, (
        "契約或承諾相對人：(1)Tideyue Animal Health plc（泰德岳動物保健）(2)智岳影像股份有限公司之全體股東\n\n"
        "(1)授權合約：泰德岳動物保健將其「PetMol AI」分子篩選平台授權予本公司於亞洲地區使用，本公司應支付簽約金新台幣1億2,000萬元。\n\n"
        "(2)股權收購：本公司以新台幣12.6億元取得聯和岳測股份有限公司51%股權。\n\n"
        "(3)交割完成後，智岳影像股份有限公司將成為本公司百分之百持有之子公司。\n\n"
        "(4)本公司現有疫苗業務以外銷為主，其中香港及澳門市場主要客戶為安岳國際控股有限公司。\n\n"
        "本公司主要從事掃地機器人之設計，並向美國品牌提供掃地機器人ODM服務。"), mops)
    assert {("Tideyue Animal Health", "supplies", "嘉岳生技"), ("嘉岳生技", "acquires", "聯和岳測"), ("智岳影像", "subsidiary_of", "嘉岳生技"),
            ("嘉岳生技", "supplies", "安岳國際控股")} <= found, found
    assert not any("機器人" in t[0] + t[2] or t[0] == "本交易證券" for t in found), found
    a_share = Document(id="a95", source="/docs/a.pdf", title="公告", company="宠岳科技", doc_type="deal announcement")
    found = _triples(extractor, (
        "近日，公司与瑞岳动物医疗集团有限公司签订《AI智能分诊系统采购及服务合同》。\n\n"
        "根据合同约定，公司向瑞岳医疗旗下118家动物医院提供AI智能分诊系统及三年运维服务。"), a_share)
    assert ("宠岳科技", "supplies", "瑞岳动物医疗集团") in found and ("瑞岳动物医疗集团", "supplies", "宠岳科技") not in found, found
    relations = [_rel("海岳線出行", "supplies", "江岳地鐵", "a.txt"), _rel("Harbyue Mobility", "owns_stake_in", "Huayue Zhilian", "b.md"),
                 _rel("华岳智联", "supplies", "海岳線出行", "c.pdf"), _rel("Qamyue LNG", "supplies", "Hualyue Petrochemical", "d.md"),
                 _rel("Qamyue Liquefied Natural Gas", "partners_with", "Sahlyue Petrochemical", "e.md"),
                 _rel("织岳科技", "supplies", "锦岳纺织", "f.pdf"), _rel("Zhiyue", "partners_with", "LoomYue AI", "g.md"),
                 _rel("Hangzhou Zhiyue Technology", "partners_with", "LoomYue AI", "h.md")]
    relations.append(Relation("海岳線出行", "Harbyue Mobility", "same_as", None, None, None, None, None, None, ()))
    nodes = {n.id: n for n in build_graph(relations, default_lexicon()).nodes}
    def one(*words: str) -> bool:
        return len({i for i in nodes if any(w in i for w in words)}) == 1

    assert "Qamyue LNG" not in nodes and one("Qamyue") and one("Huayue", "华岳"), nodes
    assert one("Harbyue", "海岳") and one("Zhiyue", "织岳"), nodes


def test_makers_for_us_advertisers_lessors_who_sells_under_a_sale_agreement_and_who_only_advises(extractor: RuleExtractor) -> None:
    call = Document(id="c101", source="/docs/call.md", title="Call", company="Makanyue", doc_type="call transcript")
    found = _triples(extractor, (
        "Our private-label cold brew and fruit teas are produced for us by Mekyue Fresh Beverage JSC in Binh Duong under a three-year contract.\n\n"
        "Siam Yue Brewing is our largest advertiser this year: it pays us for sponsored placement.\n\n"
        "We won eleven new vessels during the quarter, including four LNG carriers for Ocean Yuemeridian Lines.\n\n"
        "Under the half-year agreement signed in September, Seoyue Steel will supply approximately 410,000 tonnes of thick plate.\n\n"
        "Dapur Yue's order-batching engine is already live in 60 of our Jakarta hubs.\n\n"
        "Our largest lessee, Mekyue Pearl Airlines, took delivery of six further narrowbodies from us."), call)
    assert {("Mekyue Fresh Beverage", "supplies", "Makanyue"), ("Makanyue", "supplies", "Siam Yue Brewing"), ("Makanyue", "supplies", "Ocean Yuemeridian Lines"),
            ("Seoyue Steel", "supplies", "Makanyue"), ("Makanyue", "supplies", "Mekyue Pearl Airlines")} <= found, found
    assert not any("Binh Duong" in t or t[0] == "Makanyue" and "Dapur" in t[2] for t in found), found
    eightk = Document(id="k103", source="/docs/8k.html", title="Form 8-K", company="Liffeyue Aircraft Leasing", doc_type="8-K")
    assert not _triples(extractor, "Ashford Yue LLP acted as legal counsel to the Company and Crane Yuelock LLP acted as counsel to the lenders.", eightk)
    news = Document(id="n103", source="/docs/news.md", title="News", company="Ridgeyue Aero Analytics", doc_type="news")
    assert not _triples(extractor, ("Shannonyue Aviation Capital was advised on the investment by Fitzyue Lane LLP.\n\n"
                                    "In our bull case, a larger lessor such as Harbouryue Leasing could seek to acquire Ridgeyue Aero Analytics outright."), news)
    hk = Document(id="h103", source="/docs/hk.html", title="公告", company="港岳飛機租賃", doc_type="deal announcement")
    found = _triples(extractor, (
        "董事會欣然宣佈，本公司與華岳融資租賃（天津）有限公司（「華岳租賃」）訂立飛機買賣協議，據此，本公司同意出售而華岳租賃同意購買四架窄體飛機，總代價為2.36億美元。\n\n"
        "據董事所知，華岳租賃擬於交付後將該等飛機租賃予西岳航空股份有限公司，租期為八年。"), hk)
    assert {("港岳飛機租賃", "supplies", "華岳租賃"), ("華岳租賃", "supplies", "西岳航空")} <= found, found
    assert ("華岳租賃", "supplies", "港岳飛機租賃") not in found and ("西岳航空", "supplies", "華岳租賃") not in found, found
    mops = Document(id="m101", source="/docs/mops.txt", title="重大訊息", company="智岳科技", doc_type="deal announcement")
    found = _triples(extractor, (
        "2.標的公司：Zhiyue International (Singapore) Pte. Ltd.（智岳國際(新加坡)），本公司100%持有之子公司\n\n"
        "3.增資金額：本公司董事會通過對子公司智岳國際(新加坡)現金增資新加坡幣3,000,000元。\n\n"
        "4.資金來源：本次增資款項之資金來源為本公司自有資金及瑞岳商業銀行提供之新台幣3億元中期授信額度。\n\n"
        "5.經紀人及經紀費用：本次私募之配售代理為Gotham Yue Securities LLC，配售費用由Keelyue Robotics, Inc.負擔。"), mops)
    assert {("智岳科技", "invests_in", "Zhiyue International (Singapore)"), ("瑞岳商業銀行", "lends_to", "智岳科技")} <= found, found
    assert not any(t[0] == "瑞岳商業銀行" and t[1] == "invests_in" or "Gotham" in t[0] or t[2] == "智岳" for t in found), found


def test_nordic_french_and_indonesian_headings_a_mops_table_and_money_written_with_currency_codes(extractor: RuleExtractor) -> None:
    interim = _detected("q3.txt", "Kvarnyue Paper AB (publ) Interim report January - September 2025\n\nNet sales rose 4%.\n")
    assert (interim["company"], interim["doc_type"]) == ("Kvarnyue Paper", "interim report"), interim
    urd = _detected("urd.txt", "ORVAYUE SE - 2024 UNIVERSAL REGISTRATION DOCUMENT (EXCERPT)\n\nThe Group's revenue rose 6%.\n")
    assert urd["doc_type"] == "annual report", urd
    call = _detected("call.md", "# PT Sinar Yue Nusantara Tbk (IDX: SYNU)\n## Q3 2025 Earnings Call\n\n**Operator:** Welcome.\n")
    assert call["company"] == "Sinar Yue Nusantara", call
    rating = _detected("rating.html", "<html><head><title>Meridyue Ratings affirms PT Sinar Yue Nusantara Tbk at 'BB'; outlook stable</title></head>"
                                 "<body><p>Meridyue Ratings has affirmed the issuer rating.</p></body></html>")
    assert rating["company"] == "Sinar Yue Nusantara", rating
    letter = _detected("letter.md", "# Nordyue Health Ventures Fund III K/S — Letter to Limited Partners, Q4 2025\n\nDear partners,\n")
    assert letter["company"] == "Nordyue Health Ventures Fund III", letter
    mops = _detected("mops.md", "# 公開資訊觀測站 重大訊息\n\n| 欄位 | 內容 |\n|---|---|\n| 公司代號 | 6698 |\n| 公司簡稱 | 晶岳電子 |\n| 發言日期 | 114/10/16 |\n")
    assert mops["company"] == "晶岳電子", mops
    from analyst.graph.entities import EntityFinder

    assert [m.node for m in EntityFinder(default_lexicon(), {}).mentions("Lumeyue SAS AI software 11.5% Fair value")] == ["Lumeyue"]  # (a form ends the name)
    news = _detected("news.md", "# Compute & Yue Weekly — Issue 12\n\nThis week in compute markets.\n")
    assert news["company"] != "Compute & Yue Weekly", news
    fund = Document(id="f105", source="/docs/letter.md", title="Letter", company="Polyue Industrial Ventures Fund II", doc_type="letter")
    found = _triples(extractor, ("We led Viddyue Robotics' SEK 120 million Series A in August.\n\n"
                                 "In March we led Klarsyue Optik A/S's DKK 250 million growth round, committing DKK 180 million."), fund)
    assert {("Polyue Industrial Ventures Fund II", "invests_in", "Viddyue Robotics"), ("Polyue Industrial Ventures Fund II", "invests_in", "Klarsyue Optik")} <= found, found


def test_a_fund_letter_s_holdings_stakes_named_by_a_share_the_company_that_acts_and_a_holding_sold(extractor: RuleExtractor) -> None:
    fund = Document(id="f106", source="/docs/letter.md", title="Letter", company="Tideyue Asia Consumer Fund", doc_type="letter")
    found = _triples(extractor, (
        "Kingyue Jewellery Holdings remains our largest position at 7.2% of NAV.\n\n"
        "What the market underrates is how much of Kingyue's cost base is moving. In June the company agreed to subscribe HK$156 million "
        "for new shares in Harbouryue Technologies, taking a 22.5% stake in the Hong Kong AI developer.\n\n"
        "The Fund owns 1.4% of Ruiyuan through the QFII quota. Ruiyuan itself owns 8.6% of Kingyue.\n\n"
        "We added DKK 90 million to Tandyue Dental in its Series C, alongside Sakuyue Dental Systems, which invested DKK 60 million.\n\n"
        "Pickyue, a 2023 seed investment, was sold to Tessyue AI in October."), fund)
    assert {("Kingyue Jewellery", "invests_in", "Harbouryue Technologies"), ("Kingyue Jewellery", "owns_stake_in", "Harbouryue Technologies"),
            ("Tideyue Asia Consumer Fund", "owns_stake_in", "Ruiyuan"), ("Ruiyuan", "owns_stake_in", "Kingyue Jewellery"),
            ("Tideyue Asia Consumer Fund", "invests_in", "Tandyue Dental"), ("Sakuyue Dental Systems", "invests_in", "Tandyue Dental"),
            ("Tessyue AI", "acquires", "Pickyue")} <= found, found
    assert not any("Hong Kong" in t[0] + t[2] for t in found) and ("Pickyue", "supplies", "Tessyue AI") not in found, found
    table = Chunk(id="f106-t", doc_id="f106", ordinal=9, kind="table", text=(
        "Company | Sector | First investment | Fund ownership | Status\n"
        "Sonayue A/S | Hearing aids | 2019 | 11.4% | Listed (SONY B)\n"
        "Auryue ApS | Fitting software | 2020 | — | Realised (sold to Sonayue)"))
    rows = {(r.source, r.relation, r.target, r.amount) for r in extractor.from_chunks([table], fund)}
    assert ("Tideyue Asia Consumer Fund", "owns_stake_in", "Sonayue", "11.4%") in rows, rows
    assert not any(r[2] == "Auryue" and r[1] == "owns_stake_in" for r in rows), rows  # a holding sold is no stake
    note = Document(id="n106", source="/docs/note.md", title="Note", company="Valyue Horlogerie", doc_type="research note")
    found = _triples(extractor, ("Sertiyue Labs and Cadrans Feryue SA, the dial-making subsidiary of Valyue Horlogerie, co-developed the dataset.\n\n"
                                 "Sertiyue Labs also has a CHF 5 million venture-debt line from Banque Linyue.\n\n"
                                 "Harbouryue Technologies has run Kingyue Jewellery Holdings' inventory-forecasting and CRM software since 2023, and stock days fell."), note)
    assert {("Sertiyue Labs", "partners_with", "Cadrans Feryue"), ("Cadrans Feryue", "subsidiary_of", "Valyue Horlogerie"),
            ("Banque Linyue", "lends_to", "Sertiyue Labs"), ("Harbouryue Technologies", "supplies", "Kingyue Jewellery")} <= found, found
    assert ("Sertiyue Labs", "subsidiary_of", "Valyue Horlogerie") not in found and not any("Salesforce" in t or t[1] == "invests_in" for t in found), found
    amounts = {(r.source, r.amount) for r in _doc_links(extractor, "Sertiyue Labs also has a CHF 5 million venture-debt line from Banque Linyue.", note)}
    assert ("Banque Linyue", "CHF 5 million") in amounts, amounts


def test_a_chinese_results_briefing_speaks_as_we_and_an_annual_report_s_group_and_shareholder_tables(extractor: RuleExtractor) -> None:
    call = Document(id="c106", source="/docs/briefing.md", title="业绩说明会", company="翠岳珠宝", doc_type="call transcript")
    found = _triples(extractor, (
        "我们给景岳珠宝做的黄金饰品代工业务，上半年收入1.87亿元。\n\n"
        "数字化方面，门店的AI导购系统是杭州织岳智能提供的，目前已经覆盖了260家直营门店。\n\n"
        "去年公司以3,000万元参与了织岳智能的A轮融资，目前持有其约8%的股权。\n\n"
        "今年5月，我们和华岳云算签署了战略合作备忘录。\n\n"
        "董事长 沈若岚: 全资子公司深圳翠岳智造有限公司的新工厂已于6月投产。\n\n"
        "冷板我们大部分自制，部分冷板我们是向广东的澜岳科技采购。"), call)
    assert {("翠岳珠宝", "supplies", "景岳珠宝"), ("织岳智能", "supplies", "翠岳珠宝"), ("翠岳珠宝", "invests_in", "织岳智能"),
            ("翠岳珠宝", "owns_stake_in", "织岳智能"), ("翠岳珠宝", "partners_with", "华岳云算"), ("深圳翠岳智造", "subsidiary_of", "翠岳珠宝"),
            ("澜岳科技", "supplies", "翠岳珠宝")} <= found, found
    report = Document(id="a107", source="/docs/ar.pdf", title="Annual report", company="Sonayue", doc_type="annual report")
    chunks = [Chunk(id="a107-1", doc_id="a107", ordinal=1, page=2, kind="table", section="Management review",
                    text="Selected group companies Company Domicile Ownership Activity\nSonayue Japan K.K. Japan 100% Sales\nAuryue ApS Denmark 100% Fitting software"),
              Chunk(id="a107-2", doc_id="a107", ordinal=2, page=3, kind="table", section="Shareholders holding more than 5%",
                    text="Shareholder Share capital Votes\nThe Sonayue Foundation 21.0% 52.3%\nNordyue Ventures Fund III K/S 11.4% 14.2%"),
              Chunk(id="a107-3", doc_id="a107", ordinal=3, page=3, text=(
                  "SonaFit was used in 1.3 million fitting sessions in 2024. "
                  "Nimbyue Cloud provides the hosting and GPU capacity behind the SonaFit remote fitting app, under a contract worth DKK 96 million. "
                  "Our products reach Chinese consumers mainly through Mingyue Vision, which bought Sonayue devices worth DKK 58 million in 2024."))]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, report)}
    assert {("Sonayue Japan", "subsidiary_of", "Sonayue"), ("Auryue", "subsidiary_of", "Sonayue"), ("Sonayue Foundation", "owns_stake_in", "Sonayue"),
            ("Nordyue Ventures Fund III", "owns_stake_in", "Sonayue"), ("Nimbyue Cloud", "supplies", "Sonayue"), ("Sonayue", "supplies", "Mingyue Vision")} <= found, found
    assert not any(t[0].startswith("Shareholder") or "SonaFit" in t or t[1] == "acquires" for t in found), found


def test_indonesian_names_joint_programmes_our_products_deployed_and_licensed_and_who_supplies_in_a_mops_notice(extractor: RuleExtractor) -> None:
    call = Document(id="c105", source="/docs/call.md", title="Call", company="Sinar Yue Nusantara", doc_type="call transcript")
    found = _triples(extractor, (
        "Our packaging subsidiary, PT Sinar Kemyue Jaya, had a quieter quarter.\n\n"
        "Sinar Kemyue and Jiangyue Packaging signed a technical cooperation agreement in September.\n\n"
        "Together with Lumiyue Oyj we have launched a joint development programme to train predictive models.\n\n"
        "The coat-weight control software we license from Lumiyue Oyj went live on PM5 in August."), call)
    assert {("Sinar Kemyue Jaya", "subsidiary_of", "Sinar Yue Nusantara"), ("Sinar Kemyue Jaya", "partners_with", "Jiangyue Packaging"),
            ("Sinar Yue Nusantara", "partners_with", "Lumiyue"), ("Lumiyue", "supplies", "Sinar Yue Nusantara")} <= found, found
    vendor = Document(id="c109", source="/docs/call.md", title="Call", company="Marquyue Vision", doc_type="call transcript")
    found = _triples(extractor, (
        "LumaYue Cinemas has now rolled out our SeatYue dynamic pricing platform across all 412 of its screens.\n\n"
        "Our shipments of power-management ICs and memory to Stratayue Cloud rose 30%.\n\n"
        "Brightyue Manufacturing Services now builds our private-label edge compute modules under a three-year agreement.\n\n"
        "Tessyue Labs and Brightyue Manufacturing Services are also running a joint pilot on the SMT lines.\n\n"
        "Cobalt Yue Fund, which licenses Tessyue Labs' forecasting engine, renewed in June."), vendor)
    assert {("Marquyue Vision", "supplies", "LumaYue Cinemas"), ("Marquyue Vision", "supplies", "Stratayue Cloud"),
            ("Brightyue Manufacturing Services", "supplies", "Marquyue Vision"), ("Tessyue Labs", "partners_with", "Brightyue Manufacturing Services"),
            ("Tessyue Labs", "supplies", "Cobalt Yue Fund")} <= found, found
    assert not any("SeatYue" in t for t in found), found  # our own product is no company
    letter = Document(id="l110", source="/docs/letter.md", title="Letter", company="Kessyue Capital Partners", doc_type="letter")
    found = _triples(extractor, (
        "Kessyue Capital Partners Fund III returned 4.1% net in the quarter.\n\n"
        "At the second close we were pleased to welcome Saltyue Cloud Corp. as an anchor limited partner with a $60 million commitment.\n\n"
        "Fund III's subscription line with Pellyue Bank was upsized to $75 million.\n\n"
        "In September the fund made a USD 4 million seed-extension investment in Cetak Yue Pintar.\n\n"
        "Trawlyue, our Fund II catch-documentation software company, agreed to be acquired by Meridyue Seafoods for $64 million.\n\n"
        "The co-promotion partnership between Stageyue Entertainment Group, Inc. and Huiyue International Holdings Limited should add tour dates.\n\n"
        "Viddyue Vision, which is 19.9 per cent owned by Kvarnyue Ventures, inspects board machines."), letter)
    assert {("Saltyue Cloud", "invests_in", "Kessyue Capital Partners"), ("Pellyue Bank", "lends_to", "Kessyue Capital Partners"),
            ("Kessyue Capital Partners", "invests_in", "Cetak Yue Pintar"), ("Meridyue Seafoods", "acquires", "Trawlyue"),
            ("Stageyue Entertainment Group", "partners_with", "Huiyue International Holdings"), ("Kvarnyue Ventures", "owns_stake_in", "Viddyue Vision")} <= found, found
    mops = Document(id="m110", source="/docs/mops.txt", title="重大訊息", company="宏岳精密", doc_type="deal announcement")
    found = _triples(extractor, (
        "主要內容：本公司董事會決議承接晶岳智能股份有限公司邊緣AI推論裝置之電子製造代工業務，合約期間三年。\n\n"
        "代工所需之主要電子零組件將由本公司現有供應商港岳電子控股有限公司等供貨。\n\n"
        "智岳科技股份有限公司的现有客户包括匯岳國際控股有限公司等演出主办方。"), mops)
    assert {("宏岳精密", "supplies", "晶岳智能"), ("港岳電子控股", "supplies", "宏岳精密"), ("智岳科技", "supplies", "匯岳國際控股")} <= found, found
    from ingest.metadata import registrant_name

    assert registrant_name("1933 TixYue Holdings, Inc.") == "TixYue Holdings, Inc"  # ("… UNDER THE SECURITIES ACT OF" the line before)


def test_a_debt_line_drawn_on_a_planner_used_a_limited_partner_welcomed_and_indian_and_malaysian_money(extractor: RuleExtractor) -> None:
    story = Document(id="n112", source="/docs/story.md", title="Story", company="Pellbrook AI", doc_type="news")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, (
        "Pellbrook AI has also drawn on a $25 million venture-debt line from Ostrander Credit Partners, people familiar with it said.\n\n"
        "Regional chain Maplecrest Home has used Pellbrook AI’s planner since March in 40 showrooms.\n\n"
        "Granary Home Centers will put Pellbrook AI’s room-scan software in all 800 of its stores."), story)}
    assert {("Ostrander Credit Partners", "lends_to", "Pellbrook AI", "$25 million"), ("Pellbrook AI", "supplies", "Maplecrest Home", None),
            ("Pellbrook AI", "supplies", "Granary Home Centers", None)} <= found, found
    letter = Document(id="l112", source="/docs/letter.md", title="Letter", company="Quarrow Partners Fund II", doc_type="letter")
    assert ("Tollgate Cloud", "invests_in", "Quarrow Partners Fund II") in _triples(extractor, (
        "We were also pleased to welcome Tollgate Cloud as a limited partner; its $30 million commitment completes the fund."), letter)
    report = Document(id="a112", source="/docs/ar.pdf", title="Annual Report", company="Deccan Radial Tyres", doc_type="annual report")
    found = {(r.source, r.relation, r.target, r.amount, r.currency) for r in _doc_links(extractor, (
        "During the year, the Company availed a term loan of ₹ 320 crore from Sahyadri Co-operative Bank Limited to fund the plant.\n\n"
        "Ghatkopar Wheels Private Limited continued to be a subsidiary of the Company during the year.\n\n"
        "Bank Rimba Selatan Berhad extended a RM180m term financing facility to the Company in March."), report)}
    assert {("Sahyadri Co-operative Bank", "lends_to", "Deccan Radial Tyres", "₹ 320 crore", "INR"),
            ("Ghatkopar Wheels", "subsidiary_of", "Deccan Radial Tyres", None, None),
            ("Bank Rimba Selatan", "lends_to", "Deccan Radial Tyres", "RM180m", "MYR")} <= found, found


def test_a_customer_that_engaged_us_our_capex_funded_by_a_loan_a_japanese_kabushiki_kaisha_and_one_word_legal_names(extractor: RuleExtractor) -> None:
    from analyst.graph.entities import legal_names

    call = Document(id="c112", source="/docs/call.md", title="Call", company="Vardon Bioservices", doc_type="call transcript")
    found = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, (
        "Vellmark Diagnostics in Austria has engaged us for method-transfer work on its new analyser.\n\n"
        "The expansion is funded from internal accruals and a ₹180 crore term loan from Pune Mercantile Finance Corporation."), call)}
    assert {("Vardon Bioservices", "supplies", "Vellmark Diagnostics", None),
            ("Pune Mercantile Finance", "lends_to", "Vardon Bioservices", "₹180 crore")} <= found, found
    notice = Document(id="h112", source="/docs/hk.pdf", title="公告", company="金嶺汽車服務", doc_type="deal announcement")
    found = _triples(extractor, "本集團目前的輪胎供應商包括北嶺橡膠工業株式會社，收購完成後採購渠道將更趨多元化。", notice)
    assert ("北嶺橡膠工業", "supplies", "金嶺汽車服務") in found, found  # 株式會社 is a legal form, like 有限公司
    # a one-word name written with its legal form is a name other documents may write alone
    table = "Supplier Country Goods or services 2024 spend\nQuillsense Ltd. Israel Thermal detection heads £3.9m"
    assert "Quillsense" in legal_names(table, default_lexicon(), single=True) and "Quillsense" not in legal_names(table, default_lexicon())


def test_an_annual_report_pdf_s_lender_supplier_and_subsidiary_tables_without_rules(tmp_path: Path, model_dir: str) -> None:
    from tests.conftest import write_pdf

    pdf = write_pdf(tmp_path / "annual.pdf", [[
        "Norvane Guarding plc Annual Report and Accounts 2024",
        "Our principal suppliers in 2024 are set out below.",
        "Supplier Country Goods or services 2024 spend",
        "Brightwell Signalling Limited UK Dual-path alarm signalling £5.1m",
        "Kestrand Sensors Limited Israel Thermal detection heads £3.9m",
        "The facilities available to the Group at the year end were as follows.",
        "Lender Facility Amount Maturity",
        "Thamesford Bank plc Revolving credit facility £70.0m September 2028",
        "Ardleigh & Fenn Bank plc Revolving credit facility £50.0m September 2028",
        "31. Principal subsidiaries",
        "The principal subsidiaries of the Company at 31 December 2024 are listed below.",
        "Name Incorporated in Principal activity Holding",
        "Caldwick Monitoring Limited England and Wales Alarm receiving centre 100%",
        "Pennard Fire & Security Limited England and Wales Fire and security systems 100%",
    ]])
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([pdf])
    named = {(e.source, e.relation, e.target) for e in analyst.graph().edges}  # (rows the PDF gives as lines, "£70.0m" a figure)
    assert {("Brightwell Signalling", "supplies", "Norvane Guarding"), ("Kestrand Sensors", "supplies", "Norvane Guarding"),
            ("Thamesford Bank", "lends_to", "Norvane Guarding"), ("Ardleigh & Fenn Bank", "lends_to", "Norvane Guarding"),
            ("Caldwick Monitoring", "subsidiary_of", "Norvane Guarding"), ("Pennard Fire & Security", "subsidiary_of", "Norvane Guarding")} <= named, named


def test_software_run_from_a_maker_a_licence_either_way_an_account_won_and_a_site_monitored_by_a_contractor(extractor: RuleExtractor) -> None:
    story = Document(id="n113", source="/docs/story.md", title="Story", company="", doc_type="news")
    # (the names other documents in the store wrote with their legal forms)
    knowing = RuleExtractor(default_lexicon(), known=["Tarvani AI Labs", "Kawaguchi Rubber", "Rheinau Reifen", "Norrby Hem", "Arbor Lens AI"])
    found = _triples(knowing, (
        "Every Falkenrode Werkstatt bay now runs fault-code triage software from Oberlin Diagnostics, a Munich start-up.\n\n"
        "Tarvani AI Labs's compound-wear simulator went into production use at Kawaguchi Rubber, its first Japanese customer.\n\n"
        "Oberlin Diagnostics also signed Rheinau Reifen as its first tyre-maker customer.\n\n"
        "Hoshimura Vision trains its models on GPU capacity contracted from Cirrovale Cloud Services.\n\n"
        "Mekvale Joinery makes upholstered benches, and most of its output goes to Kiln & Ember in the US.\n\n"
        "Arbor Lens AI signed a three-year agreement to license Norrby Hem's library of room images."), story)
    assert {("Oberlin Diagnostics", "supplies", "Falkenrode Werkstatt"), ("Tarvani AI Labs", "supplies", "Kawaguchi Rubber"),
            ("Oberlin Diagnostics", "supplies", "Rheinau Reifen"), ("Cirrovale Cloud Services", "supplies", "Hoshimura Vision"),
            ("Mekvale Joinery", "supplies", "Kiln & Ember"), ("Norrby Hem", "supplies", "Arbor Lens AI")} <= found, found
    assert not any("Every" in s + t for s, _, t in found), found
    filing = Document(id="k113", source="/docs/10k.htm", title="10-K", company="Optivane Vision", doc_type="10-K")
    found = _triples(extractor, (
        "We license Treadwell Analytics’ TreadScope platform to power fitment lookup.\n\n"
        "We also license the Vane SDK to Shomrat Analytics Ltd., an Israeli developer of intrusion analytics.\n\n"
        "Our Vane Edge appliances are manufactured for us on a turnkey basis by Hungmao Precision Industrial Co., Ltd. in Taiwan.\n\n"
        "Our 12.5% holding in Gangtai Smart Holdings continues to perform well.\n\n"
        "We won the Thamesbury Bank estate, which is 340 branches, under a five-year contract.\n\n"
        "Purchases of facilities management services from Wexham Facilities Group plc for the Company's offices amounted to $6.8 million."), filing)
    assert {("Treadwell Analytics", "supplies", "Optivane Vision"), ("Optivane Vision", "supplies", "Shomrat Analytics"),
            ("Hungmao Precision Industrial", "supplies", "Optivane Vision"), ("Optivane Vision", "owns_stake_in", "Gangtai Smart"),
            ("Optivane Vision", "supplies", "Thamesbury Bank"), ("Wexham Facilities Group", "supplies", "Optivane Vision")} <= found, found
    assert not any("Vane Edge" in s + t for s, _, t in found), found  # our own appliance is no company
    call = Document(id="c113", source="/docs/call.md", title="Call", company="Wexham Facilities", doc_type="call transcript")
    turn = Chunk(id="c113-0", doc_id="c113", ordinal=0, page=None, kind="turn", speaker="Fiona Garth — Group Chief Executive",
                 text="All intruder and fire signalling across our defence and education estates is now monitored by Caldmoor Monitoring, "
                      "under a contract we signed last April.")
    assert ("Caldmoor Monitoring", "supplies", "Wexham Facilities") in {(r.source, r.relation, r.target) for r in extractor.from_chunks([turn], call)}


def test_a_round_led_after_an_aside_a_co_marketing_agreement_signed_and_a_ticker_inside_a_technical_term(extractor: RuleExtractor) -> None:
    found = _triples(extractor, (
        "Kestrel Labware Inc.'s INR 180 crore Series B, which closed in November, was led by Sahyog Life Sciences Ventures.\n\n"
        "In January Daewon Scientific and Shanghai Qilan Reagents signed a co-marketing agreement to bundle reagents with handlers.\n\n"
        "Seeburg Reagents AG renewed its three-year agreement to supply LC-MS calibration standards to Hanseul Bioanalytics Co., Ltd."), DOC)
    assert {("Sahyog Life Sciences Ventures", "invests_in", "Kestrel Labware"), ("Daewon Scientific", "partners_with", "Shanghai Qilan Reagents"),
            ("Seeburg Reagents", "supplies", "Hanseul Bioanalytics")} <= found, found
    assert not any("Morgan Stanley" in s + t for s, _, t in found), found  # "LC-MS" is no ticker


def test_the_founders_of_a_chinese_joint_venture_are_partners(extractor: RuleExtractor) -> None:
    notice = Document(id="g113", source="/docs/gonggao.pdf", title="对外投资公告", company="凌岚智能", doc_type="deal announcement")
    found = _triples(extractor, "公司拟与Vindar Tyres Limited在印度浦那共同设立凌达智检（印度）私人有限公司，注册资本为2.5亿卢比。", notice)
    assert {("凌岚智能", "invests_in", "凌达智检（印度）"), ("Vindar Tyres", "invests_in", "凌达智检（印度）"),
            ("凌岚智能", "partners_with", "Vindar Tyres")} <= found, found


def test_arrangers_counsel_advisers_rated_targets_and_a_deal_weighed_and_dropped_link_no_one(extractor: RuleExtractor) -> None:
    filing = Document(id="k116", source="/docs/10k.pdf", title="10-K", company="Harrowfield Memorial", doc_type="10-K")
    found = _triples(extractor, (
        "On September 30, 2024, Harrowfield entered into a $200.0 million revolving credit facility with Calder Trust Bank, N.A., as lender. "
        "The facility matures in 2029. Pellham Lane Securities LLC acted as sole lead arranger and bookrunner for the facility, and "
        "Ostrow Greene LLP served as counsel to the lenders.\n\n"
        "In digital memorial products, Quintara Legacy, Inc. and Lumenwake both sell AI tribute videos directly to consumers, and families "
        "increasingly arrive at our locations having already used one of those services.\n\n"
        "Harrowfield evaluated a similar alliance with Quintara Legacy, Inc. in 2023 but decided not to proceed.\n\n"
        "Varden Capital advised the selling shareholders of Keshav Weldtech Private Limited on the sale process.\n\n"
        "Ashgrove Securities raised its target price on Kolhapur Oxygen Ltd. to ₹900 from ₹760 on Tuesday."), filing)
    assert ("Calder Trust Bank", "lends_to", "Harrowfield Memorial") in found, found
    assert not any(name in s + t for s, _, t in found for name in ("Pellham", "Ostrow", "Quintara", "Varden", "Ashgrove")), found


def test_supply_said_as_a_roll_out_a_site_run_a_cloud_region_a_committed_spend_and_a_licensed_product(extractor: RuleExtractor) -> None:
    call = Document(id="c116", source="/docs/call.md", title="Call", company="Cantorwell AI", doc_type="call transcript")
    turn = Chunk(id="c116-0", doc_id="c116", ordinal=0, page=None, kind="turn", speaker="Dana Holt — CEO", text=(
        "Pellucid Memorial Group rolled our Eulogy Studio and planning assistant out to all 150 of its funeral homes this quarter. "
        "Gross margin rose, helped by the renegotiated compute agreement with Dunmere Cloud, under which we committed to $12 million of "
        "spend over three years."))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([turn], call)}
    assert ("Dunmere Cloud", "supplies", "Cantorwell AI") in found, found
    assert any(s == "Cantorwell AI" and r == "supplies" and t.startswith("Pellucid Memorial") for s, r, t in found), found
    found = _triples(extractor, (
        "Gravemark Maps now runs its AI plot-inventory and grave-finder system at all 20 of Pellucid Memorial Group's cemeteries.\n\n"
        "Yunshi Technology renders its avatars on Dunmere Cloud's Osaka region, according to two people familiar with it.\n\n"
        "Yunshi Technology also has a NT$90 million working-capital line from Fenghe Commercial Bank, its finance chief said.\n\n"
        "In addition, Brenner Digital GmbH licensed its WeldSense gas analytics to Kastler Schweisstechnik GmbH, which embeds it in its welders."), DOC)
    assert {("Gravemark Maps", "supplies", "Pellucid Memorial"), ("Dunmere Cloud", "supplies", "Yunshi Technology"),
            ("Fenghe Commercial Bank", "lends_to", "Yunshi Technology"), ("Brenner Digital", "supplies", "Kastler Schweisstechnik")} <= found, found
    assert not any("WeldSense" in s + t for s, _, t in found), found  # its own product, no company


def test_chinese_loans_said_twice_a_unit_s_capital_increase_a_daily_business_contract_and_a_country_before_a_name(extractor: RuleExtractor) -> None:
    hk = Document(id="h116", source="/docs/hkex.pdf", title="公告", company="恆遠生命服務", doc_type="deal announcement")
    found = _triples(extractor, (
        "本集團現有銀行融資包括泰霖銀行（香港）有限公司於2024年6月向本公司提供之港幣300,000,000元三年期定期貸款融資。\n\n"
        "於2024年12月16日，本公司與思遠墓園管理有限公司訂立貸款協議，據此，本公司同意向思遠墓園管理有限公司提供本金總額最高達人民幣50,000,000元之股東貸款。\n\n"
        "由於思遠墓園管理有限公司為本公司之全資附屬公司，提供股東貸款並不構成須予公佈交易。\n\n"
        "本集團於2024年向印度Sahana Weldtech Private Limited交付共計100台協作焊接機器人，合同金額約人民幣5,600萬元。\n\n"
        "宏達激光有限公司亦向韓國Daewon Cutting Systems Co., Ltd.供應光纖激光切割頭。"), hk)
    assert {("泰霖銀行", "lends_to", "恆遠生命服務"), ("恆遠生命服務", "lends_to", "思遠墓園管理"), ("思遠墓園管理", "subsidiary_of", "恆遠生命服務"),
            ("恆遠生命服務", "supplies", "Sahana Weldtech"), ("宏達激光", "supplies", "Daewon Cutting Systems")} <= found, found
    assert ("思遠墓園管理", "lends_to", "恆遠生命服務") not in found and not any("焊接" in s + t or "光纖" in s + t for s, _, t in found), found
    notice = Document(id="a116", source="/docs/gonggao.pdf", title="关于签订日常经营重大合同及向全资子公司增资的公告", company="安祥纪念科技",
                      doc_type="deal announcement")
    found = _triples(extractor, (
        "公司于2025年1月20日与安远陵园管理有限公司签订《智慧陵园数字化建设合同》，合同总金额为人民币6,000万元（含税）。\n\n"
        "公司拟以自有资金人民币3,000万元向全资子公司杭州永安智能科技有限公司（以下简称“永安智能”）增资。"), notice)
    assert {("安祥纪念科技", "supplies", "安远陵园管理"), ("安祥纪念科技", "invests_in", "永安智能"), ("永安智能", "subsidiary_of", "安祥纪念科技")} <= found, found


def test_a_holders_table_under_the_company_s_caption_and_a_supplier_row_run_into_its_products(extractor: RuleExtractor) -> None:
    notice = Document(id="s116", source="/docs/notice.html", title="Notice", company="Hamakaze", doc_type="deal announcement")
    table = Chunk(id="s116-0", doc_id="s116", ordinal=0, kind="table", page=None, text=(
        "7. Reference: Principal shareholders of the Company (as of March 31, 2024)\nName | Number of shares held | Shareholding ratio\n"
        "Hoshida Kosan Co., Ltd. | 9,204,000 | 20.31%\nKotoyama Ihai Works Co., Ltd. | 3,812,400 | 8.41%\nKenji Hoshida | 1,120,000 | 2.47%"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([table], notice)}
    assert found == {("Hoshida Kosan", "owns_stake_in", "Hamakaze"), ("Kotoyama Ihai Works", "owns_stake_in", "Hamakaze")}, found
    filing = Document(id="k117", source="/docs/10k.pdf", title="10-K", company="Harrowfield Memorial", doc_type="10-K")
    rows = Chunk(id="k117-0", doc_id="k117", ordinal=0, kind="table", page=2, section="Principal Suppliers", text=(
        "Supplier Products or services Fiscal 2024 purchases\nPinecrest Casket Company Caskets, urns and vaults $51.8 million\n"
        "Holbeck Bronze Works Bronze markers and plaques $4.2 million"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([rows], filing)}
    assert {("Pinecrest Casket Company", "supplies", "Harrowfield Memorial"), ("Holbeck Bronze Works", "supplies", "Harrowfield Memorial")} <= found, found


def test_a_letterhead_in_capitals_and_a_chinese_heading_over_the_english_name_are_one_node(tmp_path: Path, model_dir: str) -> None:
    from analyst.graph.build import unify_names

    relations = [Relation("BILLETRA INTELIGENTE IBÉRICA", "Ferrovia Levante", "supplies", "Ferrovia Levante", "BILLETRA INTELIGENTE IBÉRICA",
                          None, None, None, None, ()),
                 Relation("Banco Miralta", "Billetra Inteligente Ibérica", "lends_to", "Banco Miralta", "Billetra Inteligente Ibérica",
                          None, None, None, None, ())]
    assert {n for r in unify_names(relations, default_lexicon()) for n in (r.source, r.target)} == {"Billetra Inteligente Ibérica", "Ferrovia Levante", "Banco Miralta"}
    notice = tmp_path / "hk.md"
    notice.write_text("港澄交通控股有限公司\n\nHARBOURGLEN TRANSPORT HOLDINGS LIMITED\n\n（於開曼群島註冊成立之有限公司）（股份代號：2883）\n\n"
                      "本公司已與成都票聯科技有限公司簽訂戰略合作框架協議，雙方將共同開發聯程票務產品。\n", encoding="utf-8")
    other = tmp_path / "a.md"
    other.write_text("瀚远智能交通股份有限公司\n\n关于签订日常经营合同的公告\n\n2025年11月24日，公司与港澄交通控股有限公司签订《校巴AI安全系统供货合同》，"
                     "约定由公司为其车队提供司机行为识别系统。\n", encoding="utf-8")
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([notice, other])
    graph = analyst.graph()
    [node] = [n for n in graph.nodes if "Harbourglen" in n.name or "Harbourglen" in " ".join(n.aliases)]
    assert any("港澄" in a or "港澄" in node.name for a in node.aliases), (node, [n.name for n in graph.nodes])


def test_a_generic_first_word_is_no_short_name(extractor: RuleExtractor) -> None:
    call = Document(id="c119", source="/docs/call.md", title="Call", company="Vetralba Industrie", doc_type="call transcript")
    found = _triples(extractor, (
        "Analysts: Luca Bassi (Banca Orsolina Securities), Elena Vidal (Meridian Street Research)\n\n"
        "On financing: in May, Banca del Brenta extended to Vetralba a €120 million sustainability-linked term loan with a five-year tenor."), call)
    assert ("Banca del Brenta", "lends_to", "Vetralba Industrie") in found, found
    assert not any("Orsolina" in s + t for s, _, t in found), found


def test_a_supplier_named_alone_in_a_call_and_provides_with_signed_with_and_new_shares_paid_for(extractor: RuleExtractor) -> None:
    call = Document(id="c118", source="/docs/call.md", title="Call", company="Larkmoor Coachways", doc_type="call transcript")
    said = [("Tessaly Vision Ltd completed the fleet-wide installation of its fatigue-detection cameras in September under a contract worth "
             "£6.4 million over four years.", "Tessaly Vision"),
            ("The booking engine behind it is licensed from Brindlemoor Rail Retail Ltd, which also runs the pricing model that sets our fares.",
             "Brindlemoor Rail Retail"),
            ("Beyond the camera programme, the largest single item is connectivity: Aldwick Telematics Ltd supplies the 5G routers and data plans "
             "on every coach.", "Aldwick Telematics"),
            ("Since January, Kilnmark AI has supplied its furnace-vision software to all four of our float lines.", "Kilnmark AI")]
    for i, (text, supplier) in enumerate(said):
        turn = Chunk(id=f"c118-{i}", doc_id="c118", ordinal=i, page=None, kind="turn", speaker="Ann Lee — Chief Financial Officer", text=text)
        found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([turn], call)}
        assert (supplier, "supplies", "Larkmoor Coachways") in found, (text, found)
    found = _triples(extractor, (
        "Larkmoor Coachways now provides Tessaly Vision Ltd with access to its Wakefield test depot, vehicles and drivers.\n\n"
        "Saffron Vale Travel Ltd has also signed with Tessaly Vision Ltd for the empty-seat sweep module.\n\n"
        "In June, Jiangsu Hanlu Intelligent Transit paid RMB150 million for newly issued shares in Piaoxin Technology, taking its holding to 19.9%."), DOC)
    assert {("Larkmoor Coachways", "supplies", "Tessaly Vision"), ("Tessaly Vision", "supplies", "Saffron Vale Travel"),
            ("Jiangsu Hanlu Intelligent Transit", "invests_in", "Piaoxin Technology"),
            ("Jiangsu Hanlu Intelligent Transit", "owns_stake_in", "Piaoxin Technology")} <= found, found


def test_a_daily_business_contract_notice_still_buys_compute_and_a_contract_that_says_who_provides(extractor: RuleExtractor) -> None:
    notice = Document(id="a117", source="/docs/gonggao.pdf", title="关于签署战略合作协议及日常经营重大合同的公告", company="驰远智行科技",
                      doc_type="deal announcement")
    found = _triples(extractor, "公司与深圳星河算力科技有限公司续签《算力服务协议》，年服务费不超过人民币4,800万元。", notice)
    assert ("深圳星河算力科技", "supplies", "驰远智行科技") in found, found
    mops = Document(id="t117", source="/docs/mops.txt", title="重大訊息", company="台盛", doc_type="deal announcement")
    found = _triples(extractor, ("本公司100%持股之子公司台盛數位服務股份有限公司，於本年度與遠晨開發股份有限公司簽訂智慧社區整合系統建置合約，"
                                 "由台盛數位服務為遠晨開發旗下三處社會住宅提供門禁及AI監控系統，合約金額新臺幣8,850萬元。"), mops)
    assert ("台盛數位服務", "supplies", "遠晨開發") in found and ("遠晨開發", "supplies", "台盛數位服務") not in found, found


def test_a_dutch_name_s_particles_its_short_form_and_a_numbered_overview_of_one_subsidiary(extractor: RuleExtractor) -> None:
    from ingest.loaders import load
    from ingest.metadata import detect

    path = Path("ar.md")
    found = detect(load(path, b"Ter Horst Drukwerkgroep N.V.\n\nAnnual Report 2024 - Excerpt\n\nRevenue rose 4%.\n"), path, default_lexicon())
    assert found["company"] == "Ter Horst Drukwerkgroep", found
    report = Document(id="v120", source="/docs/ar.pdf", title="Annual report", company="Ter Horst Drukwerkgroep", doc_type="annual report")
    found = _triples(extractor, (
        "Ter Horst Drukwerkgroep N.V. is a managed-print group based in Zwolle.\n\n"
        "On 3 March 2024 Ter Horst acquired 100% of the shares of Vechtdal Scan Services B.V. for €18.2 million.\n\n"
        "Ter Horst's €90 million revolving credit facility is provided by Ijsselmonde Bank N.V. and matures in 2029."), report)
    assert {("Ter Horst Drukwerkgroep", "acquires", "Vechtdal Scan Services"), ("Ijsselmonde Bank", "lends_to", "Ter Horst Drukwerkgroep")} <= found, found
    notice = Document(id="j120", source="/docs/notice.html", title="Notice", company="Minaseki Kogyo", doc_type="deal announcement")
    table = Chunk(id="j120-0", doc_id="j120", ordinal=0, kind="table", page=None, section="2. Overview of the subsidiary to be transferred", text=(
        "(1) Name | Minaseki Precision (Suzhou) Co., Ltd.\n(2) Location | Suzhou Industrial Park, Jiangsu Province, China\n"
        "(3) Business | Manufacture of toner cartridges\n(4) Registered capital | CNY 120 million"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([table], notice)}
    assert found == {("Minaseki Precision (Suzhou)", "subsidiary_of", "Minaseki Kogyo")}, found


def test_software_licensed_run_or_paid_for_a_stake_carried_and_a_deal_evaluated_then_dropped(extractor: RuleExtractor) -> None:
    call = Document(id="c120", source="/docs/call.md", title="Call", company="Brannock Imaging", doc_type="call transcript")
    turn = Chunk(id="c120-0", doc_id="c120", ordinal=0, page=None, kind="turn", speaker="Mara Quist — CEO", text=(
        "We signed a licensing agreement with Ningbo Jingtu Microelectronics that grants Jingtu the right to use our firmware stack in its "
        "controllers, for an upfront fee of $9 million."))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([turn], call)}
    assert ("Brannock Imaging", "supplies", "Ningbo Jingtu Microelectronics") in found and ("Ningbo Jingtu Microelectronics", "supplies", "Brannock Imaging") not in found, found
    found = _triples(extractor, (
        "In May, Corlette Office Systems signed a five-year enterprise agreement to run Pellworth Labs' document-routing engine across its fleet.\n\n"
        "Dunstable Records Management's archive unit has quietly become a data business: Quillon AI pays the group to label old files for training.\n\n"
        "Aldersey Optics still carries a 2.1% strategic shareholding in The Hanamura Trust & Banking Co., Ltd.\n\n"
        "Every scanner Corlette places ships with PageLens, the AI classification layer that Pellworth Labs licenses to Corlette Office Systems.\n\n"
        "During 2024 Corlette Office Systems also evaluated an acquisition of Tamsin Copy Centre B.V. but discontinued discussions after due diligence."), DOC)
    assert {("Pellworth Labs", "supplies", "Corlette Office Systems"), ("Dunstable Records Management", "supplies", "Quillon AI"),
            ("Aldersey Optics", "owns_stake_in", "Hanamura Trust & Banking")} <= found, found
    assert not any("Tamsin" in s + t or "PageLens" in s + t for s, _, t in found), found


def test_chinese_a_bank_named_twice_a_stake_sold_a_share_held_a_licence_granted_and_no_bank_in_a_count(extractor: RuleExtractor) -> None:
    hk = Document(id="h120", source="/docs/hkex.pdf", title="公告", company="恆翰數碼", doc_type="deal announcement")
    found = _triples(extractor, (
        "恆翰數碼控股有限公司（「本公司」或「恆翰數碼」，連同其附屬公司統稱「本集團」）董事會欣然宣佈下列交易。\n\n"
        "代價將以本集團內部資源及一項新訂銀行融資撥付。\n\n"
        "於2025年9月1日，恆翰數碼與卡斯騰銀行（Kasten Bank N.V.）香港分行訂立一項為期三年、本金額為港幣2.5億元的定期貸款融資協議，利率為香港銀行同業拆息加1.5厘。\n\n"
        "本公司間接全資附屬公司恆翰文檔服務（深圳）有限公司（「買方」）與杭州雲岫創業投資合夥企業（有限合夥）（「賣方」）訂立股權轉讓協議，"
        "據此，買方有條件同意收購而賣方有條件同意出售杭州雲帆信息技術有限公司（「目標公司」）55%股權。\n\n"
        "據董事所深知，潮灣資本有限公司（「潮灣資本」）由深圳鯨嶼算力科技有限公司擁有35%權益。\n\n"
        "於2025年4月2日，恆翰數碼與深圳靈樞智算科技有限公司（「靈樞智算」）訂立數據許可協議，向靈樞智算授出為期三年之非獨家許可。"), hk)
    assert {("卡斯騰銀行", "lends_to", "恆翰數碼"), ("深圳鯨嶼算力科技", "owns_stake_in", "潮灣資本"), ("恆翰數碼", "supplies", "靈樞智算")} <= found, found
    assert any(r == "owns_stake_in" and "雲岫" in s and "雲帆" in t for s, r, t in found), found
    assert not any(n in s + t for s, _, t in found for n in ("一項", "香港銀行")), found
    assert not any(r == "invests_in" and "雲帆" in s for s, r, _ in found), found


def test_tables_a_label_before_the_customer_consolidated_units_an_order_book_and_suppliers_by_country(extractor: RuleExtractor) -> None:
    filing = Document(id="q121", source="/docs/10q.html", title="10-Q", company="Tidewise AI", doc_type="10-Q")
    table = Chunk(id="q121-0", doc_id="q121", ordinal=0, kind="table", page=None, text=(
        "Vertical | Largest customer | Nine months 2025 revenue | % of total revenue\nCruise | Marevista Crociere S.p.A. | $8.1 million | 12.0%\n"
        "Ferry | Sundby Ferries Holdings Limited | $5.2 million | 7.7%"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([table], filing)}
    assert found == {("Tidewise AI", "supplies", "Marevista Crociere"), ("Tidewise AI", "supplies", "Sundby Ferries Holdings")}, found
    report = Document(id="a121", source="/docs/ar.pdf", title="Annual report", company="Cantieri Navali Orsera", doc_type="annual report")
    rows = Chunk(id="a121-0", doc_id="a121", ordinal=0, kind="table", page=2, section="Group structure", text=(
        "Company Registered office Interest held Accounting treatment\nOrsera Digital Systems S.r.l. Genoa, Italy 100% Consolidated\n"
        "Marinella S.p.A. La Spezia, Italy 30% Equity method"))
    backlog = Chunk(id="a121-1", doc_id="a121", ordinal=1, kind="table", page=2, section="Order intake and backlog", text=(
        "Customer Vessels Delivery Contract value\nAurelia Crociere S.p.A. 2 cruise ships, 2,000 berths 2028 €1,210 million\n"
        "Navigazione Lago Sereno S.p.A. 2 hybrid lake ferries 2026 €74 million"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([rows, backlog], report)}
    assert {("Orsera Digital Systems", "subsidiary_of", "Cantieri Navali Orsera"), ("Cantieri Navali Orsera", "owns_stake_in", "Marinella"),
            ("Cantieri Navali Orsera", "supplies", "Aurelia Crociere"), ("Cantieri Navali Orsera", "supplies", "Navigazione Lago Sereno")} <= found, found
    assert ("Cantieri Navali Orsera", "owns_stake_in", "Orsera Digital Systems") not in found, found
    tenk = Document(id="k123", source="/docs/10k.pdf", title="10-K", company="Cinderpeak Gaming", doc_type="10-K")
    suppliers = Chunk(id="k123-0", doc_id="k123", ordinal=0, kind="table", page=2, text=(
        "Supplier Products or services Country\nHoshizora Electronics Co., Ltd. AI inference processors Japan\n"
        "Cumulus Grid Cloud, Inc. Cloud hosting for tables United States"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([suppliers], tenk)}
    assert found == {("Hoshizora Electronics", "supplies", "Cinderpeak Gaming"), ("Cumulus Grid Cloud", "supplies", "Cinderpeak Gaming")}, found


def test_a_pdf_table_whose_rows_wrapped_over_lines_and_one_whose_rows_open_with_legal_names() -> None:
    from ingest.loaders import _pdf_page_blocks

    blocks, _ = _pdf_page_blocks(
        "2. Supply chain\nThe three largest suppliers accounted for 70% of direct material spend in 2024.\n"
        "Supplier Country Goods supplied\nShare of direct\nmaterial spend 2024\nSunrim Vietnam Co., Ltd. Vietnam\nCarbon and hydroformed\n"
        "aluminium frames\n31%\nKettlebrook AG Germany\nElectronic shifting and AI gear\ncontrollers\n17%\n"
        "Kettlebrook AG, the Munich maker of shifting systems, also supplies our fleet with gear controllers under a five-year agreement.\n", 1, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.text.split("\n") == ["Supplier Country Goods supplied Share of direct material spend 2024",
                                      "Sunrim Vietnam Co., Ltd. Vietnam Carbon and hydroformed aluminium frames 31%",
                                      "Kettlebrook AG Germany Electronic shifting and AI gear controllers 17%"], table.text
    blocks, _ = _pdf_page_blocks(
        "Our principal suppliers are listed below:\nSupplier Products or services Country\nHoshizora Electronics Co., Ltd. AI inference processors Japan\n"
        "Cumulus Grid Cloud, Inc. Cloud hosting for tables United States\nWe do not have long-term supply agreements with all of these suppliers.\n", 1, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.text.count("\n") == 2 and "Cumulus Grid Cloud, Inc." in table.text, blocks


def test_names_read_aloud_across_languages_a_city_before_a_name_and_a_unit_named_for_a_place() -> None:
    from analyst.graph.build import spelled_alike
    from analyst.graph.entities import known_names

    pairs = set(spelled_alike({"Hailu", "Shanghai Hailu Zhixing", "海陆智行", "海陆香港", "Dengyang Passenger Ferry", "澄阳客运"}, default_lexicon()))
    assert {("海陆智行", "Hailu"), ("海陆智行", "Shanghai Hailu Zhixing"), ("澄阳客运", "Dengyang Passenger Ferry")} <= pairs, pairs
    assert not any(zh == "海陆香港" for zh, _ in pairs), pairs
    assert known_names("Hailu's bridge suite won a second yard.", {"Shanghai Hailu Zhixing": 3}, default_lexicon()).get("Hailu") == "Shanghai Hailu Zhixing"


def test_a_fund_letter_s_dutch_and_long_headings_a_venture_is_not_its_founder_and_product_lines_are_no_companies(extractor: RuleExtractor) -> None:
    from ingest.loaders import load
    from ingest.metadata import detect

    def company(text: str) -> str:
        path = Path("letter.md")
        return str(detect(load(path, text.encode()), path, default_lexicon())["company"])

    assert company("# Polderwind Velocity Fund II, C.V.\n\n## Letter to Limited Partners\n\nDear Limited Partners,\n\nFund II closed 2024 well.\n") \
        == "Polderwind Velocity Fund II"
    assert company("# Quayside Special Situations Credit Fund III, L.P.\n\n## Second Quarter 2024 Letter to Limited Partners\n\nDear partners,\n") \
        == "Quayside Special Situations Credit Fund III"
    assert strip_suffix("杭州雲岫創業投資合夥企業（有限合夥）") == "杭州雲岫創業投資"  # (Traditional, as the Simplified form is stripped)
    news = Document(id="n122", source="/docs/news.html", title="Kettlebrook forms China venture", company="Kettlebrook", doc_type="news")
    found = _triples(extractor, (
        "Kettlebrook will hold 51% of the venture, to be called Kettlebrook Longqi Drive Systems (Changzhou) Co., Ltd.\n\n"
        "Kettlebrook has also drawn a €120 million term loan from Nordheim Landesbank to fund new capacity.\n\n"
        "Kettlebrook’s battery-integrated drive units already use cells from Huzhou Yuanjin Battery Co., Ltd."), news)
    assert {("Nordheim Landesbank", "lends_to", "Kettlebrook"), ("Huzhou Yuanjin Battery", "supplies", "Kettlebrook")} <= found, found
    tenk = Document(id="k122", source="/docs/10k.html", title="10-K", company="Spokeline", doc_type="10-K")
    found = _triples(extractor, (
        "Fleetsense Edge, a vehicle-mounted unit sold with the platform, runs vision models on the vehicle itself.\n\n"
        "We purchase the compute modules installed in Fleetsense Edge units from Shenzhen Lingyu Compute Technology Co., Ltd., our sole source.\n\n"
        "Spokeline Europe B.V., our wholly owned subsidiary in Utrecht, provides the Fleetsense platform and rebalancing analytics to Grachtride B.V. "
        "under a three-year contract."), tenk)
    assert {("Shenzhen Lingyu Compute Technology", "supplies", "Spokeline"), ("Spokeline Europe", "supplies", "Grachtride")} <= found, found
    assert not any("Fleetsense" in s + t for s, _, t in found), found


def test_more_ways_to_say_supply_lending_stakes_partners_and_a_purchase_a_loan_pays_for(extractor: RuleExtractor) -> None:
    # (one-word names other documents of the store have linked)
    known = RuleExtractor(default_lexicon(), known=dict.fromkeys(["Dykeride", "Isarlight", "Spokeline", "Silverlode", "Veloriva Crociere", "Kettlebrook",
                                                                  "Wattlebrook Community Venues"], 3))
    found = _triples(known, (
        "The remaining 30% of Dykeride is held by Polderwind Velocity Fund II, C.V. and is presented as non-controlling interest.\n\n"
        "Brabantia Groeifonds B.V. came into Isarlight with €4 million, its first investment in mobility.\n\n"
        "Isarlight's battery-health models now run inside Spokeline's Fleetsense platform, for which Spokeline pays a licence fee.\n\n"
        "In October Polderwind Velocity Fund II completed the sale of its entire stake in Fietsmeter B.V., the bike-lane data company, "
        "to Kettlebrook AG, which acquired 100% of the company for €25 million.\n\n"
        "Banksea is the principal supplier of gaming machines to Wattlebrook Community Venues Limited, which operates 40 clubs.\n\n"
        "Coolibah Creek Credit Partners took an A$50 million participation in the Wattlebrook Community Venues unitranche.\n\n"
        "Silverlode is also piloting Redcliff Gaming Technologies' FloorEye optimization system on 300 machines at its Reno property, a joint program "
        "the two companies announced in March.\n\n"
        "The controller will work with the reference architecture that Kazemori Electronics has been developing with Nimbostrata Cloud, Inc. since 2023 "
        "under a joint development agreement.\n\n"
        "Tindholm Maritime Capital signed a co-investment agreement with Harbour Tide Capital in Hong Kong.\n\n"
        "In Hong Kong, Harbourway Ferries will run dedicated shore-transfer ferries for Marevista Crociere passengers under a three-year contract.\n\n"
        "Dengyang Passenger Ferry ordered six smart ferries from Dongyue Shipyard in July for RMB 0.9 billion, financed by an RMB 700 million loan from "
        "Zhehu Commercial Bank.\n\n"
        "Silverlode Casinos Corp. said Cardinal Lens Analytics' AI host software will be rolled out; Silverlode will roll out Cardinal Lens Analytics' "
        "host software across all six of its properties.\n\n"
        "Veloriva also confirmed it had agreed to buy Traghetti Golfo Stellato, a Naples ferry operator with six fast craft, for €80 million.\n\n"
        "Bancaria Adriatica di Credito Navale S.p.A. has agreed to lend Veloriva Crociere €600 million."), DOC)
    expected = {("Polderwind Velocity Fund II", "owns_stake_in", "Dykeride"), ("Brabantia Groeifonds", "invests_in", "Isarlight"),
                ("Isarlight", "supplies", "Spokeline"), ("Kettlebrook", "acquires", "Fietsmeter"),
                ("Banksea", "supplies", "Wattlebrook Community Venues"), ("Coolibah Creek Credit Partners", "lends_to", "Wattlebrook Community Venues"),
                ("Silverlode", "partners_with", "Redcliff Gaming Technologies"), ("Kazemori Electronics", "partners_with", "Nimbostrata Cloud"),
                ("Tindholm Maritime Capital", "partners_with", "Harbour Tide Capital"), ("Harbourway Ferries", "supplies", "Marevista Crociere"),
                ("Zhehu Commercial Bank", "lends_to", "Dengyang Passenger Ferry"), ("Cardinal Lens Analytics", "supplies", "Silverlode"),
                ("Veloriva", "acquires", "Traghetti Golfo Stellato"), ("Bancaria Adriatica di Credito Navale", "lends_to", "Veloriva Crociere")}
    missing = {e for e in expected if not any(s.startswith(e[0]) and r == e[1] and t.startswith(e[2]) or s.startswith(e[2]) and r == e[1] == "partners_with"
                                              and t.startswith(e[0]) for s, r, t in found)}
    assert not missing, (missing, found)
    assert ("Tindholm Maritime Capital", "invests_in", "Harbour Tide Capital") not in found, found
    fund = Document(id="f123", source="/docs/letter.md", title="Letter", company="Quayside Credit Fund III", doc_type="letter")
    found = _triples(extractor, ("In April we led a $150 million senior secured term loan to Silverlode Casinos Corp., priced at SOFR plus 550 basis "
                                 "points, to fund the Bluewell Holdings acquisition."), fund)
    assert {("Quayside Credit Fund III", "lends_to", "Silverlode Casinos"), ("Silverlode Casinos", "acquires", "Bluewell")} <= found, found
    call = Document(id="c123", source="/docs/call.md", title="Call", company="Southern Reach Wagering", doc_type="call transcript")
    turn = Chunk(id="c123-0", doc_id="c123", ordinal=0, page=None, kind="turn", speaker="Ann Lee — CEO", text=(
        "We completed the acquisition of Kookabird Keno Pty Ltd in February for A$70 million. We've also licensed the Sunray Lotto brand and our "
        "jackpot feed to Banksea Gaming Machines for a new cabinet. In Europe, Kettlebrook started taking our TQ-5 torque sensor in the third quarter."))
    found = {(r.source, r.relation, r.target) for r in known.from_chunks([turn], call)}
    assert {("Southern Reach Wagering", "acquires", "Kookabird Keno"), ("Southern Reach Wagering", "supplies", "Banksea Gaming Machines"),
            ("Southern Reach Wagering", "supplies", "Kettlebrook")} <= found, found


def test_headings_that_name_the_writer_a_note_s_subject_over_its_broker_a_name_in_brackets_and_exchange_tags() -> None:
    note = ("WOMBARRA SECURITIES PTY LTD - EQUITY RESEARCH\nAustralia | Beverages\n\nTALLOWGATE BREWING LIMITED (ASX: TLG)\nUpgrade to BUY\n\n"
            "Rating: BUY\nPrice target: A$3.10\n\nTallowgate sells beer in 2,000 venues." + " Volumes were flat." * 500 + "\nTallowgate Brewing grew.\n")
    assert _detected("note.txt", note)["company"] == "Tallowgate Brewing"
    call = ("# Kuzey Liman Perakende A.Ş. (Northquay Retail) — Q2 2025 Earnings Call\n\n**Company participants**\n- Ayla Demir — CEO\n\n"
            "**Ayla Demir:** Thank you. Northquay Retail grew sales by 9% in the quarter.\n")
    assert _detected("call.md", call)["company"] == "Northquay Retail"
    # (a bracket that is no name: "(EXCERPT)", a Swedish "(publ)")
    assert _detected("urd.md", "# VALMORE SE - 2024 UNIVERSAL REGISTRATION DOCUMENT (EXCERPT)\n\nValmore grew sales by 4%.\n")["company"] == "Valmore"
    assert _detected("q2.md", "# NORRHEM AB (PUBL)\n\nInterim report January-June 2025\n\nNorrhem grew sales by 4%.\n")["company"].lower() == "norrhem"
    coded = ("PT PANTAI SEKURITAS | EQUITY RESEARCH\n\nSungai Hijau Lestari (SHLX IJ)\nInitiation of coverage: pulp and data\n\nRating: BUY\n\n"
             "We initiate coverage of Sungai Hijau Lestari with a BUY rating.\n")
    assert _detected("note2.txt", coded)["company"] == "Sungai Hijau Lestari"
    news = ("# Sungai Hijau signs Japanese pulp deal\n\nPT Sungai Hijau Lestari Tbk (IDX: SHLX), the Riau plantation group, has signed its largest "
            "export contract.\n")
    assert _detected("news.md", news)["company"] == "Sungai Hijau Lestari"
    assert _detected("cnmv.md", "# Ribaluz Servicios, S.A. - Other relevant information - 3 March 2025\n\nRibaluz informs the market of a loan.\n")["doc_type"] \
        == "deal announcement"
    sector = _detected("sector.txt", "KESTRAL LANE SECURITIES\nTransport | Sector note | 3 March 2025\n\nCoverage and ratings\n  Ribaluz  RBL SM  Buy\n")
    assert (sector["doc_type"], sector["company"]) == ("research note", ""), sector  # (a broker's sector note covers no one company)


def test_pdf_tables_under_a_numbered_heading_a_header_broken_over_seven_lines_one_row_and_a_chinese_header_broken_into_short_lines() -> None:
    from ingest.loaders import _pdf_page_blocks

    blocks, _ = _pdf_page_blocks(
        "Related party Nature of transaction 2024 (€m) 2023 (€m)\nVerrerie du Morvan SA Purchases of glass bottles 12.4 11.7\n"
        "Key management personnel Short-term benefits 3.8 3.5\n7. Principal subsidiaries (extract from Note 34)\nCompany Country Activity Interest\n"
        "Lormont Asia Limited Hong Kong Distribution 100%\nDomaine des Ormes SAS France Wine production 100%\n8. Statutory auditors\n"
        "The statutory auditors issued an unqualified opinion.\n", 3, "")
    tables = [b for b in blocks if b.kind == "table"]
    assert [t.text.split("\n")[0] for t in tables] == ["Related party Nature of transaction 2024 (€m) 2023 (€m)", "Company Country Activity Interest"], tables
    assert tables[1].section == "7. Principal subsidiaries (extract from Note 34)", tables[1]
    blocks, _ = _pdf_page_blocks(
        "Details of the Group's principal subsidiaries at 31 March 2025 are as follows:\nName of subsidiary\nCountry of\nincorporation\nEquity\ninterest\n"
        "2025\n2024 Principal activities\nTemasek Apron Cargo Pte. Ltd. Singapore 100% 100% Air cargo terminals\nTemasek Apron Robotics Pte. Ltd. Singapore 100% 100%\n"
        "16. Equity investments\nInvestee Country Interest held\nFair value 2025\n(S$ million)\nFair value 2024\n(S$ million)\n"
        "Ribaluz Servicios Aeroportuarios, S.A. Spain 9.8% 41.3 36.7\nThe investment in Ribaluz is held for strategic purposes; the Group has no seat on its\n"
        "board of directors.\n", 3, "")
    tables = [b.text.split("\n") for b in blocks if b.kind == "table"]
    assert tables[0][0] == "Name of subsidiary Country of incorporation Equity interest 2025 2024 Principal activities" and len(tables[0]) == 3, tables
    assert tables[1] == ["Investee Country Interest held Fair value 2025 (S$ million) Fair value 2024 (S$ million)",
                         "Ribaluz Servicios Aeroportuarios, S.A. Spain 9.8% 41.3 36.7"], tables
    blocks, _ = _pdf_page_blocks("對本公司股權架構的影響\n股東 於本公告日期股份數目 約%\n緊隨認購事項完成後股份數\n目\n約%\n"
                                 "海川集團（BVI）有限公司 650,000,000 58.85% 650,000,000 53.08%\n公眾股東 454,500,000 41.15% 454,500,000 37.12%\n", 2, "")
    [table] = [b for b in blocks if b.kind == "table"]
    assert "股東 於本公告日期股份數目 約%" in table.text and "海川集團（BVI）有限公司" in table.text, blocks


def test_a_parent_written_with_its_legal_form_keeps_its_short_name_and_its_units_tables_own_holders_and_suppliers(extractor: RuleExtractor) -> None:
    report = Document(id="r124", source="/docs/ar.pdf", title="Kivijärvi Oyj | Annual Report 2024", company="Kivijärvi", doc_type="annual report")
    found = _triples(extractor, (
        "Kivijärvi Oyj | Annual Report 2024\n\n"
        "On 1 July 2024 Kivijärvi completed the acquisition of Laitila Sahat Oy for EUR 40 million.\n\n"
        "To finance the acquisition, Kivijärvi drew a EUR 30 million term loan from Pohjola Vale Bank Abp.\n\n"
        "The acquisition of Laitila Sahat Oy was financed with cash and new borrowings.\n\n"
        "Kivijärvi Bioenergia Oy delivered pellets to Yamakaze Power K.K. under a three-year contract."), report)
    assert {("Kivijärvi", "acquires", "Laitila Sahat"), ("Pohjola Vale Bank", "lends_to", "Kivijärvi")} <= found, found
    assert not any(s == "Kivijärvi Bioenergia" and t in {"Laitila Sahat", "Pohjola Vale Bank"} or t == "Kivijärvi Bioenergia" and s == "Pohjola Vale Bank"
                   for s, _, t in found), found
    table = Chunk(id="r124-t", doc_id="r124", ordinal=5, page=3, kind="table", section="Outlook", text=(
        "Company Domicile Activity Group holding, %\nKivijärvi Sahat Oy Finland Sawmilling 100.0\nLaitila Sahat Oy Finland Sawmilling 100.0"))
    lead = Chunk(id="r124-p", doc_id="r124", ordinal=4, page=3, kind="text", section="Outlook",
                 text="14. Group companies The table below lists the principal subsidiaries of Kivijärvi Oyj at 31 December 2024.")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([lead, table], report)}
    assert {("Kivijärvi Sahat", "subsidiary_of", "Kivijärvi"), ("Laitila Sahat", "subsidiary_of", "Kivijärvi")} <= found, found
    related = Chunk(id="r124-r", doc_id="r124", ordinal=6, page=3, kind="table", section="6. Related-party transactions", text=(
        "Related party Nature of transaction 2024 (€m) 2023 (€m)\nVerrerie du Morvan SA Purchases of glass bottles 12.4 11.7"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([related], report)}
    assert ("Verrerie du Morvan", "supplies", "Kivijärvi") in found, found
    notice = Document(id="h124", source="/docs/hk.pdf", title="公告", company="華釀數智", doc_type="deal announcement")
    rows = Chunk(id="h124-t", doc_id="h124", ordinal=1, page=2, kind="table", section="供應商如下：", text=(
        "供應商 主要產品 採購額（人民幣千元）\n黔川醬香酒業股份有限公司 醬香型白酒 412,350\nLormont Asia Limited 干邑及法國葡萄酒 168,920"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([rows], notice)}
    assert {("黔川醬香酒業", "supplies", "華釀數智"), ("Lormont Asia", "supplies", "華釀數智")} <= found, found
    ashare = Document(id="a124", source="/docs/a.pdf", title="公告", company="华瞳视界", doc_type="deal announcement")
    holders = Chunk(id="a124-t", doc_id="a124", ordinal=2, page=3, kind="table", section="七、公司股权结构", text=(
        "截至2025年9月30日，公司总股本为180,000,000股，前三名股东持股情况如下：\n股东名称 持股数量（股） 持股比例\n深圳瞳芯投资合伙企业（有限合伙） 57,870,000 32.15%"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([holders], ashare)}
    assert any(s.startswith("深圳瞳芯投资") and r == "owns_stake_in" and t == "华瞳视界" for s, r, t in found), found


def test_more_ways_to_say_who_supplies_lends_and_buys_and_sentences_that_only_report_talks(extractor: RuleExtractor) -> None:
    known = RuleExtractor(default_lexicon(), known=dict.fromkeys([
        "Larchview", "Tillamook Grain", "Sentrel", "Rinsford", "Foldmark", "Cindervale Uniform", "Wendale Rental", "Pressmark", "Kingsbarrow Environmental",
        "Merlion Apron", "Qaraman Air", "Ankara Ramp Services", "Cepagio", "Hanzhong Compute", "Qianchuan Liquor", "Murray Downs Vineyards",
        "Tallowgate Brewing", "Pelita Energi Borneo", "Straits Optic AI", "Halvik Shipping", "Groupe Lormeau Distribution"], 3))
    found = _triples(known, (
        "Yamakaze Power will also pay US$40 million for a 15% stake in Pelita Energi Borneo, giving the utility a board seat.\n\n"
        "A growing share of Larchview's revenue now comes from Tillamook Grain, which pays a per-tonne royalty.\n\n"
        "Qaraman Air increased its frequencies and appointed Merlion Apron as its sole ground handler at Singapore from July.\n\n"
        "Under the reciprocal handling alliance signed in November, Merlion Apron and Ankara Ramp Services now exchange turnaround data.\n\n"
        "Taiwan’s Tengfei Smart Laundry has installed 18 Foldmark cells at its Taoyuan plant.\n\n"
        "In September, Wendale Rental licensed its archive of ten years of inspection records and trap photographs to Sentrel, which trains models on it.\n\n"
        "Rinsford's water-reclamation units are now running in nine Cindervale Uniform plants.\n\n"
        "Cepagio's largest commercial win of the quarter was Groupe Lormeau Distribution, which signed a two-year subscription.\n\n"
        "In November we completed the sale of our position in Brindelle Labs when Caskwise Inc. acquired the company for $38 million.\n\n"
        "Hanzhong Compute, the Guiyang-based GPU provider, said Qianchuan Liquor had become its largest distiller customer.\n\n"
        "Sichuan Shuyun Jiaojiu, the distiller, signed up in April and pays Zhiyun Data a fee tied to the number of terminals.\n\n"
        "The acquisition was financed from a €120 million term loan granted by Banque Rivaux SA to Maison Lormont, maturing in 2029.\n\n"
        "On the supply side, Murray Downs Vineyards supplies about a third of Tallowgate Brewing's grape intake.\n\n"
        "The expansion of the Dumai plant is being funded by a Rp 2.1 trillion loan from PT Bank Arunda Nusantara Tbk, Pelita Energi Borneo said.\n\n"
        "Halvik Shipping (2957 HK) charters the vessels that carry the pellets to Japan, billing Pelita Energi Borneo roughly US$11m a year.\n\n"
        "Merlion Apron, for its part, charges Straits Optic AI for access to its apron camera estate."), DOC)
    expected = {("Yamakaze Power", "invests_in", "Pelita Energi Borneo"), ("Larchview", "supplies", "Tillamook Grain"),
                ("Merlion Apron", "supplies", "Qaraman Air"), ("Merlion Apron", "partners_with", "Ankara Ramp Services"),
                ("Foldmark", "supplies", "Tengfei Smart Laundry"), ("Wendale Rental", "supplies", "Sentrel"), ("Rinsford", "supplies", "Cindervale Uniform"),
                ("Cepagio", "supplies", "Groupe Lormeau Distribution"), ("Caskwise", "acquires", "Brindelle Labs"),
                ("Hanzhong Compute", "supplies", "Qianchuan Liquor"), ("Zhiyun Data", "supplies", "Sichuan Shuyun Jiaojiu"),
                ("Banque Rivaux", "lends_to", "Maison Lormont"), ("Murray Downs Vineyards", "supplies", "Tallowgate Brewing"),
                ("Bank Arunda Nusantara", "lends_to", "Pelita Energi Borneo"), ("Halvik Shipping", "supplies", "Pelita Energi Borneo"),
                ("Merlion Apron", "supplies", "Straits Optic AI")}
    missing = {e for e in expected if not any(s.startswith(e[0]) and r == e[1] and t.startswith(e[2]) for s, r, t in found)}
    assert not missing, (missing, found)
    quiet = _triples(known, (
        "Pressmark was reported last year to be in talks to sell itself to Wendale Rental, but both companies later said no deal was under discussion.\n\n"
        "There was a press report last month that Kingsbarrow Environmental had approached Sentrel about buying the company.\n\n"
        "Like many Asian AI start-ups, Straits Optic AI rents its GPUs."), DOC)
    assert not any({s, t} & {"Pressmark", "Kingsbarrow Environmental", "Asian AI"} for s, _, t in quiet), quiet
    note = Document(id="n124", source="/docs/note.txt", title="Note", company="Pelita Energi", doc_type="research note")
    found = _triples(known, (
        "The Rp640bn acquisition of Kayu Jaya Mandiri in March adds sawmill capacity.\n\n"
        "Pellet production sits in PT Pelita Pelet Borneo, a subsidiary that operates the Dumai plant.\n\n"
        "Pelita's plantation monitoring runs on a platform supplied by China's Zhejiang Linmu Digital Technology under a US$9.6m contract.\n\n"
        "The deal was funded from a new A$150m syndicated facility led by Coralbay Bank."), note)
    assert {("Pelita Energi", "acquires", "Kayu Jaya Mandiri"), ("Pelita Pelet Borneo", "subsidiary_of", "Pelita Energi"),
            ("Zhejiang Linmu Digital Technology", "supplies", "Pelita Energi"), ("Coralbay Bank", "lends_to", "Pelita Energi")} <= found, found
    call = Document(id="c124", source="/docs/call.md", title="Call", company="Grupo Tlacuache", doc_type="call transcript")
    turn = Chunk(id="c124-0", doc_id="c124", ordinal=0, page=None, kind="turn", speaker="Ana Ruiz — CEO", text=(
        "Imports of Wallaby Creek wines under our exclusive distribution agreement reached 212 million pesos. All of this runs on Nimbus Vale Cloud, "
        "and our cloud bill was 31 million pesos. We are now running Borealview's StandPlot inventory platform across all 2.1 million hectares of our tenure."))
    known = RuleExtractor(default_lexicon(), known=dict.fromkeys(["Wallaby Creek", "Nimbus Vale Cloud", "Borealview"], 3))
    found = {(r.source, r.relation, r.target) for r in known.from_chunks([turn], call)}
    assert {("Wallaby Creek", "supplies", "Grupo Tlacuache"), ("Nimbus Vale Cloud", "supplies", "Grupo Tlacuache"),
            ("Borealview", "supplies", "Grupo Tlacuache")} <= found, found
    assert ("Grupo Tlacuache", "supplies", "Borealview") not in found, found


def test_chinese_a_title_in_book_marks_its_own_network_a_period_before_a_purchase_a_described_list_item_and_talks_that_led_nowhere(
        extractor: RuleExtractor) -> None:
    from analyst.graph.build import unify_names

    notice = Document(id="z124", source="/docs/gg.pdf", title="公告", company="林栖科技", doc_type="deal announcement")
    found = _triples(extractor, (
        "近日，公司与芬兰Metsavalo AI Oy签订了《边缘智能视觉模组采购合同》，由公司向其供应林业收获机用边缘AI视觉模组及配套软件，合同金额为人民币4,280万元。"), notice)
    assert ("林栖科技", "supplies", "Metsavalo AI") in found and not any("边缘" in s + t for s, _, t in found), found
    hk = Document(id="h125", source="/docs/hk.pdf", title="公告", company="海澄生物能源", doc_type="deal announcement")
    known = RuleExtractor(default_lexicon(), known=dict.fromkeys(["華釀數智", "大嶼智櫃", "林栖科技"], 3))
    found = _triples(known, (
        "於同日，本公司與PT Rimbun Cerdas Nusantara Tbk（「林邦公司」）訂立採購框架協議，據此本公司同意於2025年7月1日至2027年12月31日期間向林邦公司採購工業木質顆粒。\n\n"
        "華釀數智亦透過其倉配網絡向深圳智酌雲科技有限公司提供華南區域倉儲服務。\n\n"
        "大嶼智櫃之智能貨架已供應予港翼零售(澳門)有限公司及土耳其機場零售商Kuzey Liman Retail Ltd.，截至2025年6月30日已安裝逾1,900組。\n\n"
        "董事會於選定林栖科技前，亦曾與青嶼資本管理有限公司接洽潛在配售，惟未有達成任何協議。\n\n"
        "於物色收購目標期間，華釀數智亦曾考慮收購深圳鮮運供應鏈有限公司，惟經盡職審查後決定不予推進。"), hk)
    simplified = {(to_simplified(s), r, to_simplified(t)) for s, r, t in found}
    assert ("Rimbun Cerdas Nusantara", "supplies", "海澄生物能源") in found and ("海澄生物能源", "supplies", "Rimbun Cerdas Nusantara") not in found, found
    assert any(t.startswith("深圳智酌云") and r == "supplies" for s, r, t in simplified) and not any("仓配" in s for s, _, _ in simplified), found
    assert any(s.startswith("大屿智柜") and t.startswith("Kuzey Liman Retail") for s, _, t in simplified), found
    assert not any("青屿" in s or "鲜运" in t for s, _, t in simplified), found
    relations = [Relation("黔川酒业集团", "黔川酒业", "owns_stake_in", "黔川酒业集团", "黔川酒业", None, None, None, None, ()),
                 Relation("黔川醬香酒業", "華釀數智", "supplies", "華釀數智", "黔川醬香酒業", None, None, None, None, ()),
                 Relation("Wallaby BAY Wines", "Murray Downs", "supplies", "Wallaby BAY Wines", "Murray Downs", None, None, None, None, ()),
                 Relation("Coralbay Bank", "Wallaby Bay Wines", "lends_to", "Coralbay Bank", "Wallaby Bay Wines", None, None, None, None, ()),
                 Relation("Ribaluz", "Karaman Air", "supplies", "Karaman Air", "Ribaluz", None, None, None, None, ()),
                 Relation("Banco de la Meseta Alta", "Ribaluz Servicios Aeroportuarios", "lends_to", "Banco de la Meseta Alta",
                          "Ribaluz Servicios Aeroportuarios", None, None, None, None, ())]
    names = {n for r in unify_names(relations, default_lexicon()) for n in (r.source, r.target)}
    assert {"黔川酒业集团", "黔川酒业", "Ribaluz Servicios Aeroportuarios", "Wallaby Bay Wines"} <= names and not names & {"Ribaluz", "黔川醬香酒業", "Wallaby BAY Wines"}, names
    # (a legal name and, in brackets, the name it goes by: one company; a place in brackets is no name)
    same = [(r.source, r.target) for r in extractor.same_names(Chunk(id="s125", doc_id="s125", ordinal=0, page=1, kind="text", text=(
        "Bogazkent Yer Hizmetleri A.Ş. (Bosphorus Ramp Services) now exchanges data. Acme Holdings Ltd. (Singapore) said nothing.")), DOC)]
    assert same == [("Bogazkent Yer Hizmetleri", "Bosphorus Ramp Services")], same


def test_gulf_legal_forms_a_mops_page_by_its_provider_line_and_a_note_on_a_brazilian_ticker_with_a_connector_in_its_name() -> None:
    call = ("# Sahil Alumina Company B.S.C. (Bahrain Bourse: SAHIL)\n\n## Q2 2025 Earnings Conference Call\n\n**Company participants**\n- Hind Nasser — CEO\n\n"
            "**Hind Nasser:** Thank you. We sold more billet in the quarter.\n")
    assert _detected("call.md", call)["company"] == "Sahil Alumina"
    mops = ("公開資訊觀測站　重大訊息主旨全文檢索\n\n本資料由　(上市公司) 1733 銘鋁　公司提供\n\n序號：1\n發言日期：114/03/02\n"
            "主旨：本公司董事會決議取得機器設備\n說明：\n1.本公司董事會決議向供應商購置熔鑄設備。\n")
    assert _detected("mops.txt", mops)["company"] == "銘鋁"
    note = ("TORRE ALTA SECURITIES | EQUITY RESEARCH | LATIN AMERICA AGRIBUSINESS\n\nUsina Serrana Açúcar e Energia S.A. (USRN3 BZ)\n"
            "Cane and code\n\nInitiation of coverage | Rating: OUTPERFORM\n\nWe initiate on Usina Serrana with an Outperform rating.\n")
    assert _detected("note.txt", note)["company"].startswith("Usina Serrana")


def test_numbered_headings_in_lower_case_and_one_that_ends_with_a_legal_form_start_sections() -> None:
    from ingest.loaders import _pdf_page_blocks

    blocks, _ = _pdf_page_blocks(
        "There is no relationship between the shareholders of the target and the Company.\n"
        "4. Number of shares to be acquired and acquisition price\n"
        "Kirisame will acquire all 12,000 issued shares of Tobiume Labs Co., Ltd. for JPY 2,100 million.\n"
        "II. Business Alliance with Hanalei Staffing Co., Ltd.\n"
        "Kirisame and Hanalei will jointly develop a placement platform.\n", 2, "")
    assert [b.section for b in blocks] == ["", "4. Number of shares to be acquired and acquisition price",
                                            "II. Business Alliance with Hanalei Staffing Co., Ltd."], blocks
    assert blocks[1].text.startswith("Kirisame will acquire"), blocks


def test_services_run_for_a_customer_compute_run_on_a_cloud_money_paid_for_a_model_and_partners_who_start_something_together(
        extractor: RuleExtractor) -> None:
    news = Document(id="n132", source="/docs/news.md", title="News", company="", doc_type="news")
    known = RuleExtractor(default_lexicon(), known=dict.fromkeys(["Serrana", "Kobold Payroll"], 3))
    found = _triples(known, (
        "Kobold Payroll Limited will run payroll and statutory compliance for all 9,100 employees of Aldermoor Cloud Services under a five-year contract.\n\n"
        "Kobold Payroll already processes payroll for Grachtwerk B.V., the Utrecht gig-work platform.\n\n"
        "Pellucid Labs, whose dispensing copilot drafts counselling notes, runs both training and inference on Vantor Cloud Services "
        "under a three-year compute commitment of $48 million.\n\n"
        "Serrana pays Quillhaven Labs, a Campinas start-up, roughly R$9 million a year to schedule its harvest fronts.\n\n"
        "Mizuchi Systems Inc. operates RxGuard on a Tokyo cloud region contracted from Vantor Cloud Services, Inc.\n\n"
        "Together with Ostwald Pharma Holdings of Japan, Rheinau Pharmahandel AG founded the Wholesale Data Forum in 2025.\n\n"
        "Separately, Kobold Payroll Limited has exchanged a memorandum of understanding with Linden Staffing Corporation.\n\n"
        "Rheinau Logistik GmbH commissioned 14 picking robots from Kestrune Automation, Inc. for the Kassel hub.\n\n"
        "In June 2025 Elbmark Landesbank granted Rheinau Pharmahandel AG a term loan of €400 million."), news)
    assert {("Kobold Payroll", "supplies", "Aldermoor Cloud Services"), ("Kobold Payroll", "supplies", "Grachtwerk"),
            ("Vantor Cloud Services", "supplies", "Pellucid Labs"), ("Quillhaven Labs", "supplies", "Serrana"),
            ("Vantor Cloud Services", "supplies", "Mizuchi Systems"), ("Rheinau Pharmahandel", "partners_with", "Ostwald Pharma"),
            ("Kobold Payroll", "partners_with", "Linden Staffing"), ("Kestrune Automation", "supplies", "Rheinau Logistik"),
            ("Elbmark Landesbank", "lends_to", "Rheinau Pharmahandel")} <= found, found
    assert not any(r == "invests_in" for _, r, _ in found), found  # (counselling notes are no securities)
    paid = {r.amount for r in _doc_links(known, "Serrana pays Quillhaven Labs, a Campinas start-up, roughly R$9 million a year to schedule its harvest.", news)}
    assert paid == {"R$9 million"}, paid
    report = Document(id="r132", source="/docs/ar.pdf", title="Annual report", company="Vanteloo Groep", doc_type="annual report")
    found = _triples(extractor, (
        "In September 2024 the EUR 150 million revolving credit facility provided by Noordhoek Bank N.V. was extended to September 2029.\n\n"
        "Kranenburg Logistiek N.V., Rotterdam, remained our largest staffing customer in 2024.\n\n"
        "On logistics, Ostend Freight Services N.V. took 61,000 hours of scheduling in the quarter, which makes it our largest domestic customer."), report)
    assert {("Noordhoek Bank", "lends_to", "Vanteloo Groep"), ("Vanteloo Groep", "supplies", "Kranenburg Logistiek"),
            ("Vanteloo Groep", "supplies", "Ostend Freight Services")} <= found, found
    notice = Document(id="z132", source="/docs/hk.pdf", title="公告", company="銘鋁", doc_type="deal announcement")
    found = _triples(extractor, (
        "銘鋁數碼服務（深圳）有限公司經營線上業務，其智能排產系統運行於瀚星算力科技有限公司提供之算力平台。\n\n"
        "本次投資資金來源為自有資金及聯昌商業銀行股份有限公司於114年9月核貸予本公司之新台幣15億元中期放款。"), notice)
    simplified = {(to_simplified(s), r, to_simplified(t)) for s, r, t in found}
    assert any(s.startswith("瀚星算力") and r == "supplies" and t.startswith("铭铝数码") for s, r, t in simplified), found
    assert any(s.startswith("联昌商业银行") and r == "lends_to" and t == "铭铝" for s, r, t in simplified), found


def test_deals_weighed_and_dropped_companies_a_sentence_compares_and_shares_already_issued_that_are_bought(extractor: RuleExtractor) -> None:
    notice = Document(id="d132", source="/docs/notice.pdf", title="Notice", company="Kirisame Career", doc_type="deal announcement")
    found = _triples(extractor, (
        "Before selecting Tobiume, the Company examined an acquisition of Ushio Analytics Co., Ltd., a Fukuoka developer, but discontinued those discussions.\n\n"
        "In the second half, the Board reviewed and rejected a possible acquisition of Montalvo Exportadora de Café Ltda.\n\n"
        "Unlike Arvedo Commodities SA and Kessel Agri Trading B.V., which have announced external AI partnerships, Kirisame has kept model development in-house.\n\n"
        "Kirisame will acquire all 12,000 issued shares of Tobiume Labs Co., Ltd. for a total purchase price of JPY 2,100 million."), notice)
    assert ("Kirisame Career", "acquires", "Tobiume Labs") in found, found
    assert not any({s, t} & {"Ushio Analytics", "Montalvo Exportadora de Café", "Arvedo Commodities", "Kessel Agri Trading"} for s, _, t in found), found
    assert ("Tobiume Labs", "invests_in", "Kirisame Career") not in found, found


def test_counterparty_rows_that_say_customer_or_supplier_group_companies_suppliers_by_share_and_a_mill_s_short_name(extractor: RuleExtractor) -> None:
    report = Document(id="t132", source="/docs/ar.pdf", title="Annual report", company="Vanteloo Groep", doc_type="annual report")
    rows = Chunk(id="t132-t", doc_id="t132", ordinal=1, page=3, kind="table", section="Note 27 - Major customers and suppliers", text=(
        "Counterparty Nature of transactions 2024\nKranenburg Logistiek N.V. Customer: logistics staffing EUR 96.1 million\n"
        "Polderveen Cloud B.V. Supplier: GPU hosting and inference capacity"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([rows], report)}
    assert {("Vanteloo Groep", "supplies", "Kranenburg Logistiek"), ("Polderveen Cloud", "supplies", "Vanteloo Groep")} <= found, found
    trader = Document(id="h132", source="/docs/ar.pdf", title="Annual report", company="Helvora Softs", doc_type="annual report")
    group = Chunk(id="h132-t", doc_id="h132", ordinal=1, page=4, kind="table", section="Note 31 - Principal group companies", text=(
        "Company Domicile Share Activity\nHelvora Cocoa Ghana Ltd Takoradi, Ghana 100% Cocoa origination"))
    suppliers = Chunk(id="h132-s", doc_id="h132", ordinal=2, page=4, kind="table", section="Note 33 - Supplier concentration", text=(
        "Supplier Country Product Share\nUsina Serrana Açúcar e Energia S.A. Brazil Raw sugar (VHP) 11.2%"))
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([group, suppliers], trader)}
    assert {("Helvora Cocoa Ghana", "subsidiary_of", "Helvora Softs"), ("Usina Serrana Açúcar e Energia", "supplies", "Helvora Softs")} <= found, found
    note = Document(id="u132", source="/docs/note.txt", title="Note", company="Usina Serrana", doc_type="research note")
    found = _triples(extractor, (
        "Through its subsidiary Serrana Bioenergia Ltda., the company runs two mills.\n\n"
        "Banco Vale Azul lent Serrana R$600 million in a seven-year term loan in March."), note)
    assert ("Banco Vale Azul", "lends_to", "Usina Serrana") in found, found


def test_the_sample_corpus_pitfalls_an_exchange_tag_in_a_company_field_a_product_described_as_ours_and_contracts_as_nouns(
        extractor: RuleExtractor) -> None:
    text = "QUORVANE DEVICES, INC. - THIRD QUARTER 2025 EARNINGS CALL (EXCERPT)\n\nCompany: Quorvane Devices, Inc. (Nasdaq: QRVD)\n\nQuorvane grew.\n"
    assert _detected("call.txt", text)["company"] == "Quorvane Devices"
    call = Document(id="q133", source="/docs/call.md", title="Call", company="Quorvane Devices", doc_type="call transcript")
    found = _triples(extractor, (
        "Halcyon Ultra, our QX300 platform, is now the leading part of the mix.\n\n"
        "Our GPUs are sold out, and we have visibility into roughly $500 billion of Halcyon and Rubric revenue.\n\n"
        "The data centers themselves are built by Tessellane AI and its infrastructure partners; our job is to deliver racks.\n\n"
        "None of the potential Tessellane AI investment is reflected in this quarter's results."), call)
    assert not any({s, t} & {"Halcyon Ultra", "Halcyon", "Tessellane AI"} for s, _, t in found), found
    release = Document(id="l133", source="/docs/pr.html", title="Release", company="Pallas Cloud", doc_type="deal announcement")
    found = _triples(extractor, (
        "The facility is secured by the Quorvane Devices GPUs that it finances, together with the customer contracts those GPUs serve, "
        "and will fund an expansion of Pallas Cloud's GPU cloud."), release)
    assert ("Pallas Cloud", "supplies", "Quorvane Devices") not in found, found
    filing = Document(id="o133", source="/docs/10q.pdf", title="10-Q", company="Orrin Systems", doc_type="10-Q")
    found = _triples(extractor, "The largest addition to RPO is a contract with Tessellane AI under which Orrin Systems will supply cloud compute capacity.",
                     filing)
    assert ("Orrin Systems", "supplies", "Tessellane AI") in found, found


def test_a_commitment_raised_by_a_limited_partner_described_first_and_a_unit_a_company_acts_through(extractor: RuleExtractor) -> None:
    letter = Document(id="f133", source="/docs/letter.md", title="Letter", company="Ambry Health Fund III", doc_type="letter")
    found = _triples(extractor, (
        "Nordgate Cloud Services, which became a limited partner at our first close, increased its commitment to Ambry Health Fund III "
        "from $50 million to $75 million in March."), letter)
    assert ("Nordgate Cloud Services", "invests_in", "Ambry Health Fund III") in found, found
    filing = Document(id="k133", source="/docs/10k.pdf", title="10-K", company="Usina Serrana", doc_type="10-K")
    found = _triples(extractor, "Through its subsidiary Serrana Bioenergia Ltda., the Company agreed in September to buy Fundo Verde Açúcar S.A.", filing)
    assert ("Serrana Bioenergia", "subsidiary_of", "Usina Serrana") in found, found


def test_a_holders_table_under_a_section_that_names_whose_holders_they_are(extractor: RuleExtractor) -> None:
    notice = Document(id="k134", source="/docs/notice.pdf", title="Notice", company="Kirisame Career", doc_type="deal announcement")
    holders = Chunk(id="k134-t", doc_id="k134", ordinal=1, page=2, kind="table", section="3. Major shareholders of Tobiume Labs before the deal",
                    text="Shareholder Shares held Ratio\nKirin Ridge Fund II, L.P. 15,072 31.4%\nSakuya Capital Co., Ltd. 7,440 15.5%")
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks([holders], notice)}
    assert {("Kirin Ridge Fund II", "owns_stake_in", "Tobiume Labs"), ("Sakuya Capital", "owns_stake_in", "Tobiume Labs")} <= found, found


def test_a_pdf_s_group_structure_and_customers_under_wrapped_headers_and_a_jsc_letterhead(tmp_path: Path, model_dir: str) -> None:
    """An annual report whose letterhead names a JSC, whose numbered note follows an unnumbered heading, and whose tables' column
    headers the PDF wrapped ("Customer Country Main products" | "Net" | "revenue" | … over the rows): the filer's subsidiaries and
    customers, not another company's."""
    from tests.conftest import write_pdf

    pdf = write_pdf(tmp_path / "ar.pdf", [
        ["Torvald Steppe Mining JSC | Annual Report 2025 | Strategic report", "Chief Executive Officer's review",
         "Torvald Steppe Mining JSC (AIX: TSMJ) produced 4,100 tonnes of ore concentrate in 2025.",
         "Our models run on GPU capacity that Quillnet Compute, Inc. supplies to us under a three-year agreement."],
        ["The Audit Committee met five times during the year.", "Notes to the consolidated financial statements (extracts)",
         "16. Principal subsidiaries", "The principal subsidiaries of the Group at 31 December 2025 are set out below.",
         "Name Country of incorporation Principal activity Group interest", "Torvald Drilling LLP Kazakhstan Drilling services 100%",
         "Torvald Processing LLP Kazakhstan Ore processing 100%", "All subsidiaries are included in the consolidation.",
         "The table below shows revenue from customers that each accounted for more than 10% of revenue.",
         "Customer Country Main products", "Net", "revenue", "2025 (KZT", "million)", "% of net", "revenue",
         "Ostrava Smelting a.s. Czech Republic Copper concentrate 12,400.5 18.1%", "Jinhe Metals Trading Limited Hong Kong Zinc concentrate 9,100.2 13.3%",
         "Sales to Jinhe are made under annual contracts."],
    ])
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([pdf])
    edges = {(e.source, e.relation, e.target) for e in analyst.graph().edges}
    assert {("Quillnet Compute", "supplies", "Torvald Steppe Mining"), ("Torvald Drilling", "subsidiary_of", "Torvald Steppe Mining"),
            ("Torvald Processing", "subsidiary_of", "Torvald Steppe Mining"), ("Torvald Steppe Mining", "supplies", "Ostrava Smelting"),
            ("Torvald Steppe Mining", "supplies", "Jinhe Metals Trading")} <= edges, edges


def test_chinese_and_english_names_spelled_the_taiwanese_or_the_cantonese_way_or_by_their_trade_are_one_company() -> None:
    from analyst.graph.build import spelled_alike

    names = {"鑫信證券", "HsinHsin Securities", "九龍量化", "Kowloon Quant Data", "东川核电", "Dongchuan Nuclear Power", "云岭磷化",
             "Yunling Phosphorus Chemical", "Quorlith Photonics"}
    assert set(spelled_alike(names, default_lexicon())) == {("鑫信證券", "HsinHsin Securities"), ("九龍量化", "Kowloon Quant Data"),
                                                            ("东川核电", "Dongchuan Nuclear Power"), ("云岭磷化", "Yunling Phosphorus Chemical")}
    # a trade word that says another business keeps them apart
    assert spelled_alike({"东川核电", "Dongchuan Capital Partners"}, default_lexicon()) == []


def test_fees_paid_a_commitment_in_another_dollar_a_capital_increase_subscribed_and_units_named_by_place_or_title(extractor: RuleExtractor) -> None:
    call = Document(id="m135", source="/docs/call.md", title="Call", company="Merrow Clearing", doc_type="call transcript")
    found = _triples(extractor, (
        "Tansu Invest, which now clears all of its flow through us, was again our largest member and paid us about S$9.4 million in "
        "clearing and settlement fees.\n\n"
        "We also committed S$15 million to Jadewell Fintech Fund II at its final close.\n\n"
        "Our product now moves through Harbourlight Foods under a distribution contract, and the fees we pay Harbourlight are tied to "
        "temperature metrics."), call)
    assert {("Merrow Clearing", "supplies", "Tansu Invest"), ("Merrow Clearing", "invests_in", "Jadewell Fintech Fund II"),
            ("Harbourlight Foods", "supplies", "Merrow Clearing")} <= found, found
    report = Document(id="s135", source="/docs/ar.pdf", title="Annual report", company="Royal Vennhuis Zuivel", doc_type="annual report")
    links_found = _doc_links(extractor, (
        "In July 2024 the Company subscribed R$ 412.0 million in the capital increase of Avícola Campo Alto S.A.\n\n"
        "Vennhuis Digital Farming B.V., the wholly owned subsidiary that runs the group's milk platform, will integrate new models.\n\n"
        "Vennhuis also buys compute from Nimbrel Cloud."), report)
    found = {(r.source, r.relation, r.target, r.amount) for r in links_found}
    assert {("Royal Vennhuis Zuivel", "invests_in", "Avícola Campo Alto", "R$ 412.0 million"),
            ("Vennhuis Digital Farming", "subsidiary_of", "Royal Vennhuis Zuivel", None),
            ("Nimbrel Cloud", "supplies", "Royal Vennhuis Zuivel", None)} <= found, found
    news = Document(id="v135", source="/docs/news.md", title="News", company="", doc_type="news")
    found = _triples(extractor, (
        "CarneVista already sells its grading software to Cooperativa Agroindustrial Vale do Iguaçu, which runs it on two lines.\n\n"
        "Koudberg Vision trains many of its models at Vennhuis Zuivel's pilot plant, for which it pays Vennhuis Zuivel roughly €1.4 million a year."), news)
    assert {("CarneVista", "supplies", "Cooperativa Agroindustrial Vale do Iguaçu"), ("Vennhuis Zuivel", "supplies", "Koudberg Vision")} <= found, found


def test_chinese_buying_from_a_unit_named_by_its_place_its_own_seller_and_holders_listed_after_a_role(extractor: RuleExtractor) -> None:
    notice = Document(id="h135", source="/docs/notice.pdf", title="公告", company="港峰食品", doc_type="deal announcement")
    found = _triples(extractor, (
        "本集團現時自山東潤禾乳業股份有限公司採購超高溫滅菌奶及調製乳。\n\n"
        "於本公告日期，智牧數據科技有限公司由賣方銳思創投有限公司持有60%、由盛禾資本有限公司持有15%及由三名創辦人合共持有25%。"), notice)
    assert {("山東潤禾乳業", "supplies", "港峰食品"), ("銳思創投", "owns_stake_in", "智牧數據科技"), ("盛禾資本", "owns_stake_in", "智牧數據科技")} <= found, found
    assert ("盛禾資本", "owns_stake_in", "銳思創投") not in found, found
    filing = Document(id="z135", source="/docs/gg.pdf", title="公告", company="深衡智能", doc_type="deal announcement")
    found = _triples(extractor, (
        "深衡智能（香港）有限公司系深衡智能在香港设立的全资子公司。\n\n"
        "根据协议，深衡智能（香港）将向港湾线科技有限公司提供智能下单风控系统的使用许可。\n\n"
        "深衡智能2024年度向苏州算川信息技术有限公司采购GPU算力服务器人民币3,260万元，本次项目所需算力设备预计仍主要向其采购。"), filing)
    assert {("深衡智能（香港）", "supplies", "港湾线科技"), ("苏州算川信息技术", "supplies", "深衡智能")} <= found, found
    assert ("深衡智能", "supplies", "港湾线科技") not in found, found


def test_the_group_a_unit_named_after_the_company_orders_from_customers_products_in_use_and_paid_pilots(extractor: RuleExtractor) -> None:
    report = Document(id="o136", source="/docs/ar.pdf", title="Annual report", company="Orvelle Energie", doc_type="annual report")
    found = _triples(extractor, (
        "In June 2025 Tengiz Development Bank JSC provided the Group with a seven-year project-finance loan of KZT 60.0 billion.\n\n"
        "Since January, the cascade-optimisation software licensed from Halberd Reactor Intelligence, Inc. has been running on all halls.\n\n"
        "Calvade Systèmes SAS is our new subsidiary. Calvade’s wellfield analytics product, Lixa, is already used by Sarykol Resources JSC in "
        "Kazakhstan."), report)
    assert {("Tengiz Development Bank", "lends_to", "Orvelle Energie"), ("Halberd Reactor Intelligence", "supplies", "Orvelle Energie"),
            ("Calvade Systèmes", "supplies", "Sarykol Resources")} <= found, found
    call = Document(id="d136", source="/docs/call.md", title="Call", company="Daesan Nuclear Engineering", doc_type="call transcript")
    found = _triples(extractor, (
        "Daesan grew in the quarter.\n\n"
        "The largest order in the quarter was the five-year maintenance contract from Yeonghwa Atomic Power Co., Ltd., worth KRW 96.4 billion.\n\n"
        "Within digital services, Daesan Fuel Services, our wholly owned inspection subsidiary, booked KRW 12.3 billion of revenue from "
        "Yeonghwa Atomic Power's outages."), call)
    assert {("Daesan Nuclear Engineering", "supplies", "Yeonghwa Atomic Power"), ("Daesan Fuel Services", "subsidiary_of", "Daesan Nuclear Engineering"),
            ("Daesan Fuel Services", "supplies", "Yeonghwa Atomic Power")} <= found, found
    letter = Document(id="m136", source="/docs/letter.md", title="Letter", company="Meridale Half-Life Fund II", doc_type="letter")
    found = _triples(extractor, "Aralsk Analytics already runs a paid pilot for Orvelle Enrichissement Sud SAS at its plant.", letter)
    assert ("Aralsk Analytics", "supplies", "Orvelle Enrichissement Sud") in found, found


def test_a_name_after_its_trade_word_a_name_with_ai_a_traditional_place_and_a_price_column_are_no_new_companies() -> None:
    from analyst.graph.build import unify_names

    def link(source: str, target: str) -> Relation:
        return Relation(source, target, "supplies", target, source, None, None, None, None, ())

    unified = unify_names([link("Campos Altos", "Xa"), link("Avícola Campos Altos", "Xb"), link("Fernhill Vision", "Xc"),
                           link("Fernhill Vision AI", "Xd"), link("山東潤禾乳業", "Xe"), link("润禾乳业", "Xf")], default_lexicon())
    assert {r.source for r in unified} == {"Avícola Campos Altos", "Fernhill Vision AI", "润禾乳业"}, unified
    note = ("KESTREL HILL SECURITIES                 EQUITY RESEARCH\nNuclear Fuel Cycle | Sector Update\n\nAI load is now a fuel-cycle story.\n\n"
            "COVERAGE SUMMARY\nCompany         Ticker     Rating     Price     Target\nOrvelle Energie  ORVL FP   Outperform  57  64\n")
    assert _detected("note.txt", note)["company"] != "Target"


def test_a_round_named_before_its_investor_a_new_clause_s_subject_customers_of_a_maker_and_auditors_working_jointly(extractor: RuleExtractor) -> None:
    letter = Document(id="h137", source="/docs/letter.md", title="Letter", company="Halwick Growth Fund II", doc_type="letter")
    found = _triples(extractor, "In Galmora Robotics' US$18 million Series B extension, Cedarvale Compute invested US$5 million and we took our pro rata.", letter)
    assert ("Cedarvale Compute", "invests_in", "Galmora Robotics") in found, found
    assert ("Halwick Growth Fund II", "invests_in", "Cedarvale Compute") not in found, found
    news = Document(id="n137", source="/docs/news.html", title="News", company="", doc_type="news")
    found = _triples(extractor, "Arvona Agro Ltd. is already one of the largest customers of Nevetz Crop Intelligence, whose software it bundles.", news)
    assert ("Nevetz Crop Intelligence", "supplies", "Arvona Agro") in found, found
    filing = Document(id="k137", source="/docs/10k.pdf", title="10-K", company="Nevetz Crop Intelligence", doc_type="10-K")
    found = _triples(extractor, (
        "The actives identified by our platform are produced for our field programs by Xiangyue Agrochemical Technology Co., Ltd., a contract "
        "manufacturer in Hunan Province.\n\n"
        "The consolidated financial statements of Nevetz Crop Intelligence were audited jointly by Benlazar & Associés and Marcet Audit SARL."), filing)
    assert ("Xiangyue Agrochemical Technology", "supplies", "Nevetz Crop Intelligence") in found, found
    assert not any(r == "partners_with" for _, r, _ in found), found
    call = Document(id="p137", source="/docs/call.md", title="Call", company="Prairie Loam Potash", doc_type="call transcript")
    found = _triples(extractor, "The blending partnership with Tafrant Phosphate Industries in Brazil is where the AI piece shows up most.", call)
    assert ("Prairie Loam Potash", "partners_with", "Tafrant Phosphate Industries") in found, found
    report = Document(id="t137", source="/docs/ar.pdf", title="Annual report", company="Tafrant Phosphate Industries", doc_type="annual report")
    lent = {(r.source, r.relation, r.target, r.amount) for r in _doc_links(extractor, (
        "On 14 May 2024 the Group signed a MAD 3.0 billion seven-year term loan with Banque Mauresque de Crédit as sole lender."), report)}
    assert ("Banque Mauresque de Crédit", "lends_to", "Tafrant Phosphate Industries", "MAD 3.0 billion") in lent, lent


def test_three_million_pounds_name_no_company_and_training_runs_on_a_cloud_s_gpus(extractor: RuleExtractor) -> None:
    assert [c.name for c, _, _ in default_lexicon().find_companies("a contract that we think cost Thornvale c.GBP 3m in FY24", as_written=True)] == []
    assert [c.name for c, _, _ in default_lexicon().find_companies("a 3M product", as_written=True)] == ["3M"]
    call = Document(id="g138", source="/docs/call.md", title="Call", company="Merrow Clearing", doc_type="call transcript")
    found = _triples(extractor, "The model training runs on reserved GPUs from Greyhollow Compute in its Singapore region, which matters to us.", call)
    assert ("Greyhollow Compute", "supplies", "Merrow Clearing") in found, found


def test_two_guarantors_each_a_subsidiary_market_data_about_shares_and_a_referral_arrangement(extractor: RuleExtractor) -> None:
    filing = Document(id="q139", source="/docs/8k.html", title="8-K", company="Quaywell Analytics Holdings", doc_type="8-K")
    found = _triples(extractor, (
        "The obligations under the Facility are guaranteed by Quaywell Analytics (UK) Limited and Quaywell Data Labs Limited, each a wholly owned "
        "subsidiary of Quaywell Analytics Holdings."), filing)
    assert {("Quaywell Analytics (UK)", "subsidiary_of", "Quaywell Analytics Holdings"),
            ("Quaywell Data Labs", "subsidiary_of", "Quaywell Analytics Holdings")} <= found, found
    mops = Document(id="f139", source="/docs/mops.txt", title="重大訊息", company="福爾摩星行情", doc_type="deal announcement")
    found = _triples(extractor, "本公司100%持股之子公司福爾摩星行情（新加坡）私人有限公司將提供台灣上市櫃股票及ETF即時行情資料予Merlow Clearing Ltd，供其模型使用。", mops)
    assert ("福爾摩星行情（新加坡）", "supplies", "Merlow Clearing") in found, found
    assert not any(r == "invests_in" for _, r, _ in found), found
    note = Document(id="t139", source="/docs/note.txt", title="Note", company="Thornvale Markets", doc_type="research note")
    found = _triples(extractor, "Thornvale Markets and Harbourlyn Securities have agreed a reciprocal client-referral arrangement covering UK equities.", note)
    assert ("Thornvale Markets", "partners_with", "Harbourlyn Securities") in found, found


def test_a_second_clause_with_its_own_subject_keeps_its_own_links(extractor: RuleExtractor) -> None:
    filing = Document(id="h140", source="/docs/10k.html", title="10-K", company="Hearthmoor Home Centers", doc_type="10-K")
    found = _triples(extractor, (
        "Pinehollow Robotics, Inc. supplies the robots under a master services agreement, and we paid Pinehollow $84.2 million in fiscal 2024.\n\n"
        "The campus sits on 1,180 acres that Hearthmoor acquired in 2024, and Haldane Power & Land will supply 600 megawatts of power to the "
        "campus under a 20-year agreement."), filing)
    assert {("Pinehollow Robotics", "supplies", "Hearthmoor Home Centers"), ("Haldane Power & Land", "supplies", "Hearthmoor Home Centers")} <= found, found
    assert not any(r == "acquires" for _, r, _ in found), found
    release = Document(id="k140", source="/docs/pr.html", title="Release", company="Hoshimura Shoji", doc_type="deal announcement")
    found = _triples(extractor, ("Hoshimura Shoji's food distribution unit and Kilang Express will also enter into a sourcing partnership under "
                                 "which the group will supply chilled products to Kilang Express's stores."), release)
    assert ("Hoshimura Shoji", "partners_with", "Kilang Express") in found, found


def test_whose_story_letter_note_or_notice_it_is_from_its_headline_masthead_and_title() -> None:
    """A story headed 'X to buy Y' or "Lisbon's X bets …" whose lede names X (placed: 'Haifa-based X has …'); a broker's note under its
    masthead that initiates coverage of a company; an LP letter of a French SLP; a Tokyo filer's 'Notice Concerning …'."""
    story = ("# Corvell Foods to buy Ostrava Meats for €90 million, takes stake in Vitkov\n\n"
             "Corvell Foods Ltd said on Monday it will acquire Ostrava Meats s.r.o. for €90 million in cash.\n")
    assert _detected("story.md", story)["company"] == "Corvell Foods"
    placed = ("# Lisbon's Quintal bets on robots and a fresh Brisa cheque\n\n"
              "Quintal Robotics, the Lisbon-listed warehouse operator, is spending heavily on automation.\n")
    assert _detected("placed.md", placed)["company"] == "Quintal Robotics"
    raised = ("# Orenet Seeds raises $30 million, buys start-up Gevim\n\n"
              "Haifa-based Orenet Seeds has raised $30 million in a round led by Carmel Growth, the company said on Tuesday, before "
              "investors met in Tel Aviv.\n")
    assert _detected("raised.md", raised)["company"] == "Orenet Seeds"  # (and "Tel Aviv" names no TEL)
    note = ("MARLOW SECURITIES LTD -- INSTITUTIONAL EQUITY RESEARCH\nIndia | Logistics | Initiating Coverage\n\n"
            "PENDRA FREIGHT LTD (Ticker: PNDR)\nRating: BUY | Target price: Rs 410\n\n"
            "We initiate coverage of Pendra Freight with a BUY rating and a target price of Rs 410. Pendra runs 1,900 trucks.\n")
    assert _detected("note.txt", note)["company"] == "Pendra Freight"
    letter = "# Brisa Growth Fund III, SLP\n\n## Letter to Limited Partners\n\nDear partners, the Fund made two new investments this quarter.\n"
    assert _detected("letter.md", letter)["company"] == "Brisa Growth Fund III"
    notice = ("# Notice Concerning Capital and Business Alliance with Tervik AB | Kamogawa Shoji Holdings, Inc.\n\n"
              "Kamogawa Shoji Holdings, Inc. (the \"Company\") hereby announces that its Board of Directors resolved to enter into an alliance.\n")
    assert _detected("notice.md", notice)["doc_type"] == "deal announcement"


def test_a_story_s_own_company_named_by_what_it_is_a_place_s_possessive_and_what_it_licenses(extractor: RuleExtractor) -> None:
    """In a story about Corvell Foods: 'Separately, the Prague-listed company will invest …' is Corvell (the opening adverb is no
    company), and 'a suite it licenses from Italy's Gruppo Lattera' is bought by the company the sentence opened with."""
    story = Document(id="s145", source="/docs/story.md", title="Story", company="Corvell Foods", doc_type="news")
    found = _triples(extractor, (
        "Corvell Foods will buy Ostrava Meats for €90 million in cash.\n\n"
        "Separately, the Prague-listed company will invest €12 million in Vitkov Analytics, a Brno start-up, in exchange for a 20% stake.\n\n"
        "Vitkov Analytics's pricing engine is built on a forecasting suite it licenses from Italy's Gruppo Lattera, which sells across Europe."), story)
    assert {("Corvell Foods", "invests_in", "Vitkov Analytics"), ("Gruppo Lattera", "supplies", "Vitkov Analytics")} <= found, found
    assert not any("Separately" in (s, t) for s, _, t in found), found


def test_tables_run_into_their_header_or_country_a_fund_s_schedules_a_reinsurer_s_cedents_and_holders_before_an_allotment(extractor: RuleExtractor) -> None:
    report = Document(id="t145", source="/docs/ar.pdf", title="Annual report", company="Dasan Display", doc_type="annual report")

    def table(text: str, section: str = "") -> Chunk:
        return Chunk(id="t145-t", doc_id="t145", ordinal=1, page=2, kind="table", section=section, text=text)

    def found(chunk: Chunk, document: Document = report) -> set[tuple[str, str, str]]:
        return {(r.source, r.relation, r.target) for r in extractor.from_chunks([chunk], document)}

    suppliers = found(table("Supplier Country Goods and services Spend 2024 Kanto Glassworks Co., Ltd. Japan Cover glass £12.1m\n"
                            "Brightmoor Tube Ltd United Kingdom Scaffold tube £9.0m"))
    assert {("Kanto Glassworks", "supplies", "Dasan Display"), ("Brightmoor Tube", "supplies", "Dasan Display")} <= suppliers, suppliers
    customers = found(table("Customer Country Products Revenue 2024 % of revenue\nPT Sinar Oleo Refinery Indonesia CPO Rp1,100.2 billion 10.5%"))
    assert ("Dasan Display", "supplies", "Sinar Oleo Refinery") in customers, customers
    reinsurer = Document(id="r145", source="/docs/ar.pdf", title="Annual report", company="Lauterbach Re", doc_type="annual report")
    cedents = found(table("Cedent Country Main line 2024 2023\nMizunami Fire & Marine Insurance Co., Ltd. Japan Property cat XL 80.5 71.1"), reinsurer)
    assert ("Lauterbach Re", "supplies", "Mizunami Fire & Marine Insurance") in cedents, cedents
    fund = Document(id="f145", source="/docs/letter.md", title="Letter", company="Tallgrass Ventures Fund II", doc_type="letter")
    schedule = found(table("| Company | Country | First invested | Cost | Fully diluted holding | Fair value |\n|---|---|---|---|---|---|\n"
                           "| Tervik Robotics AB | Sweden | 2023 | SEK 40.0m | 12.5% | SEK 52.0m |"), fund)
    holdings = found(table("| Investment | Instrument | Ownership | Cost | Fair value |\n|---|---|---|---|---|\n"
                           "| Haldern Analytics AG | Series B preferred shares | 9.5% | 14.0 | 18.2 |"), fund)
    assert ("Tallgrass Ventures Fund II", "owns_stake_in", "Tervik Robotics") in schedule, schedule
    assert ("Tallgrass Ventures Fund II", "owns_stake_in", "Haldern Analytics") in holdings, holdings
    notice = Document(id="n145", source="/docs/notice.pdf", title="Notice", company="Aozora Farms", doc_type="deal announcement")
    holders = found(table("Shareholder Before After\nKamogawa Shoji Corporation - 19.6%\nShinonome Innovation Fund I, L.P. 14.2% 11.4%",
                          "6. Major shareholders before and after the allotment"), notice)
    assert {("Kamogawa Shoji", "owns_stake_in", "Aozora Farms"), ("Shinonome Innovation Fund I", "owns_stake_in", "Aozora Farms")} <= holders, holders


def test_the_company_under_a_heading_work_done_for_licences_granted_and_fees_paid_to_a_manager(extractor: RuleExtractor) -> None:
    report = Document(id="w145", source="/docs/ar.pdf", title="Annual report", company="Dasan Display", doc_type="annual report")
    found = _triples(extractor, (
        "Borrowings The Company has a KRW 30.0 billion facility agreement with Sorim Bank, of which KRW 12.0 billion was drawn.\n\n"
        "Under the licence agreement signed in May, the Company will license its panel firmware to Veltro Signage S.p.A. for use in Italy.\n\n"
        "Under a three-year services agreement signed with the Company in 2024, Kamogawa Shoji Corporation provides import logistics and "
        "warehousing for our projects in Japan."), report)
    assert {("Sorim Bank", "lends_to", "Dasan Display"), ("Dasan Display", "supplies", "Veltro Signage"),
            ("Kamogawa Shoji", "supplies", "Dasan Display")} <= found, found
    assert not any("Borrowings" in (s, t) for s, _, t in found), found
    story = Document(id="x145", source="/docs/story.md", title="Story", company="", doc_type="news")
    found = _triples(extractor, (
        "Quintal Robotics has six of its picking robots working for Brisa Logistica under a three-year contract.\n\n"
        "Most of Marrow Drilling's backlog, which stood at $1.2 billion in December, comes from long-term contracts with Qasr Petroleum Company.\n\n"
        "Ostrava Survey's crews completed 11 geohazard surveys for Tanjong Rig Services ahead of the rig moves.\n\n"
        "Halden Cat Analytics signed a three-year agreement to run catastrophe modelling for Mizunami Fire & Marine.\n\n"
        "Its order book grew, helped by the NOK 90 million retrofit contract Fjord Sensorikk AS won from Skagen Drilling ASA in March.\n\n"
        "Tervik Robotics time-chartered the survey vessel Nordlys from Skagen Offshore Services for 120 days."), story)
    assert {("Quintal Robotics", "supplies", "Brisa Logistica"), ("Marrow Drilling", "supplies", "Qasr Petroleum Company"),
            ("Ostrava Survey", "supplies", "Tanjong Rig Services"), ("Halden Cat Analytics", "supplies", "Mizunami Fire & Marine"),
            ("Fjord Sensorikk", "supplies", "Skagen Drilling"), ("Skagen Offshore Services", "supplies", "Tervik Robotics")} <= found, found
    letter = Document(id="y145", source="/docs/letter.md", title="Letter", company="Brisa Growth Fund III", doc_type="letter")
    found = _triples(extractor, "Management fees paid to Brisa Partners for the quarter were €0.52 million, in line with the Limited Partnership Agreement.", letter)
    assert ("Brisa Partners", "supplies", "Brisa Growth Fund III") in found, found


def test_talks_reviews_declined_holdings_denied_and_an_underwritten_offering_are_no_links(extractor: RuleExtractor) -> None:
    story = Document(id="z145", source="/docs/story.md", title="Story", company="", doc_type="news")
    for sentence in ("There has been talk in the market that Quintal Robotics wants to buy Brisa Logistica outright.",
                     "Rival Ostrava Meats had also held talks to buy Vitkov Analytics earlier this year, according to two people familiar with the matter.",
                     "Mizunami Fire & Marine holds no shares in Halden Cat Analytics, and Halden is not a related party."):
        assert not _triples(extractor, sentence, story), sentence
    filing = Document(id="z146", source="/docs/10k.html", title="10-K", company="Orenet Seeds", doc_type="10-K")
    for sentence in ("Our 2021 initial public offering was underwritten by Halberd Whitcombe & Co. and Norland Capital Markets LLC.",
                     "We also reviewed secondary positions in Tervik Robotics AB and Kanto Glassworks, but declined both on price.",
                     "By contrast, the Company reviewed an unsolicited opportunity to acquire the rental division of Brightmoor Tube Ltd."):
        assert not _triples(extractor, sentence, filing), sentence


def test_chinese_loans_owed_and_drawn_a_supplier_engaged_and_a_notice_s_short_name_with_its_full_name(extractor: RuleExtractor) -> None:
    notice = Document(id="c145", source="/docs/notice.pdf", title="公告", company="南嶺農科", doc_type="deal announcement")
    found = _triples(extractor, (
        "南嶺智慧農場股份有限公司與合泰商業銀行股份有限公司簽訂新台幣450,000,000元之中期擔保放款額度合約，期間五年。\n\n"
        "於本公告日期，本集團結欠富泰銀行有限公司之定期貸款本金餘額為300,000,000港元。\n\n"
        "此外，本公司已委聘江川石油裝備股份有限公司為目標平台供應頂驅系統，合同金額約為人民幣4,200萬元。"), notice)
    assert {("合泰商業銀行", "lends_to", "南嶺智慧農場"), ("富泰銀行", "lends_to", "南嶺農科"), ("江川石油裝備", "supplies", "南嶺農科")} <= found, found
    a_share = Document(id="c146", source="/docs/a.pdf", title="公告", company="禾川智能", doc_type="deal announcement")
    head = Chunk(id="c146-0", doc_id="c146", ordinal=0, page=1, section="江苏禾川智能装备股份有限公司",
                 text="关于签订日常经营重大合同的公告本公司董事会及全体董事保证本公告内容不存在任何虚假记载。")
    same = {(r.source, r.target) for r in extractor.from_chunks([head], a_share) if r.relation == "same_as"}
    assert ("禾川智能", "江苏禾川智能装备") in same, same


def test_names_by_trade_word_and_abbreviation_a_ticker_in_brackets_and_the_speaker_s_acquisition_and_payments(extractor: RuleExtractor) -> None:
    from analyst.graph.build import spelled_alike, unify_names

    # 钻井 is drilling, 海洋 offshore, 勘探 exploration; an abbreviation keeps 智 and 探 ('海岳智探' for 海岳智能勘探)
    pairs = set(spelled_alike({"中澜钻井", "Zhonglan Offshore Drilling Services", "海岳智探", "Haiyue Intelligent Exploration"}, default_lexicon()))
    assert pairs == {("中澜钻井", "Zhonglan Offshore Drilling Services"), ("海岳智探", "Haiyue Intelligent Exploration")}, pairs

    def link(source: str, target: str) -> Relation:
        return Relation(source, target, "supplies", target, source, None, None, None, None, ())

    unified = unify_names([link("Serra Dourada", "Xa"), link("Rodovias Serra Dourada", "Xb"), link("Ningbo Kanlu", "Xc"),
                           link("Ningbo Kanlu Intelligent Technology", "Xd")], default_lexicon())
    assert {r.source for r in unified} == {"Rodovias Serra Dourada", "Ningbo Kanlu Intelligent Technology"}, unified
    note = Document(id="t146", source="/docs/note.txt", title="Note", company="Tessaly Risk Systems", doc_type="research note")
    found = _triples(extractor, ("TESSALY RISK SYSTEMS, INC. (TSYR)\n\nWe initiate on Tessaly Risk Systems (TSYR) at Overweight.\n\n"
                                 "TSYR closed the $40 million purchase of Quorn Geospatial in November."), note)
    assert ("Tessaly Risk Systems", "acquires", "Quorn Geospatial") in found, found
    call = Document(id="t147", source="/docs/call.md", title="Call", company="Serantu Plantations", doc_type="call transcript")
    found = _triples(extractor, ("First, completion of the acquisition of Ladang Segama Sdn Bhd, which owns 4,100 planted hectares, in August.\n\n"
                                 "Parkwise Brasil pays Transito Digital, the AI subsidiary of Rodovias Serra Dourada, roughly R$ 9 million a year."), call)
    assert {("Serantu Plantations", "acquires", "Ladang Segama"), ("Transito Digital", "supplies", "Parkwise Brasil")} <= found, found


def test_a_portuguese_report_pdf_with_a_dashed_name_counterparty_and_polish_subsidiary_tables(tmp_path: Path, model_dir: str) -> None:
    """'Verdemar - Conservas do Atlântico, S.A.' is Verdemar (not 'Atlântico'); 'paid EUR … to X' makes X a supplier (EUR is
    no company); a counterparty table with a country column and a subsidiary table headed 'Registered office' are read, with
    Portuguese 'Lda.' and Polish 'sp. z o.o.' names whose words start with a Polish capital."""
    from tests.conftest import write_pdf

    pdf = write_pdf(tmp_path / "relatorio.pdf", [[
        "Verdemar - Conservas do Atlântico, S.A.",
        "Annual Report 2024 (excerpt)",
        "In 2024 Verdemar paid EUR 1.4 million in hosting and licence fees to Nuvalis, Inc., whose models now plan the canning lines.",
        "The counterparties above 5% of revenue or purchases in 2024 were:",
        "Counterparty Country Relationship Share",
        "Peixaria Rocha, Lda. Portugal Supplier - sardines and mackerel 12.4% of purchases",
        "Mercado Azul, S.L. Spain Customer - canned fish 9.1% of revenue",
        "The Group comprised the Company and the following subsidiaries at 31 December 2024:",
        "Subsidiary Registered office Share held Principal activity",
        "Verdemar Digital, Unipessoal Lda. Porto 100.0% Demand forecasting",
        "Świeża Ryba Szczecin sp. z o.o. Szczecin 100.0% Fish processing",
    ]])
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([pdf])
    assert analyst.documents()[0].company == "Verdemar"
    graph = analyst.graph()
    named = {(e.source, e.relation, e.target) for e in graph.edges}
    assert {("Nuvalis", "supplies", "Verdemar"), ("Peixaria Rocha", "supplies", "Verdemar"), ("Verdemar", "supplies", "Mercado Azul"),
            ("Verdemar Digital", "subsidiary_of", "Verdemar"), ("Świeża Ryba Szczecin", "subsidiary_of", "Verdemar")} <= named, named
    assert not any("EUR" in (s, t) for s, _, t in named), named


def test_holders_of_a_profiled_company_in_a_two_column_table_english_and_chinese(tmp_path: Path, model_dir: str, extractor: RuleExtractor) -> None:
    """A disclosure's profile of the company it invests in ('Name Hayate Sensing K.K.') and its 'Major shareholders … (before the
    allotment)' in a table of two columns ('Shareholder Ratio'): the holders are the profiled company's, not the discloser's; the
    same for an A-share notice's '公司名称 …' and '本次交易前，标的公司股权结构如下：' over '股东名称 持股比例'."""
    from tests.conftest import write_pdf

    pdf = write_pdf(tmp_path / "notice.pdf", [[
        "Tokiwa Foods Co., Ltd.",
        "Notice Concerning a Capital and Business Alliance with Hayate Sensing K.K.",
        "Tokiwa Foods Co., Ltd. (the \"Company\") will subscribe for new shares of Hayate Sensing K.K. for JPY 600 million.",
        "Item Details",
        "Name Hayate Sensing K.K.",
        "Business Vision inspection systems",
        "Major shareholders and shareholding ratios (before the allotment):",
        "Shareholder Ratio",
        "Kenta Ono 41.0%",
        "Ibuki Growth Fund II Investment LPS 22.5%",
        "Sanriku Bank, Ltd. 5.2%",
        "The Company has no capital relationship with Hayate Sensing K.K. before the allotment.",
    ]])
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([pdf])
    named = {(e.source, e.relation, e.target) for e in analyst.graph().edges}
    assert {("Sanriku Bank", "owns_stake_in", "Hayate Sensing"), ("Ibuki Growth Fund II Investment", "owns_stake_in", "Hayate Sensing")} <= named, named
    assert not any(t == "Tokiwa Foods" and r == "owns_stake_in" for _, r, t in named), named

    notice = Document(id="h151", source="/docs/gonggao.pdf", title="公告", company="青禾食品", doc_type="deal announcement")
    chunks = [Chunk(id="h151-0", doc_id="h151", ordinal=0, page=1, kind="text",
                    text="公司拟以现金收购苏州冰川智能科技有限公司51%股权。\n公司名称 苏州冰川智能科技有限公司\n本次交易前，标的公司股权结构如下："),
              Chunk(id="h151-1", doc_id="h151", ordinal=1, page=1, kind="table",
                    text="股东名称 持股比例\n陈某 50.00%\n苏州松岭创业投资合伙企业（有限合伙） 38.00%\nKestrel Harbor Fund II, L.P. 12.00%")]
    found = {(r.source, r.relation, r.target) for r in extractor.from_chunks(chunks, notice)}
    assert {("苏州松岭创业投资", "owns_stake_in", "苏州冰川智能科技"), ("Kestrel Harbor Fund II", "owns_stake_in", "苏州冰川智能科技")} <= found, found


def test_fees_bills_sales_asides_of_a_parent_turkish_names_and_sales_of_a_stake(extractor: RuleExtractor) -> None:
    """Wordings read in the round on fresh144-147, written here with other companies."""
    release = Document(id="w151", source="/docs/8k.html", title="Form 8-K", company="Corvina Foods", doc_type="8-K")
    found = _triples(extractor, (
        "In 2024 Corvina Foods paid EUR 2.3 million in licence fees to Aldebaran Systems, Inc., whose models plan its plants.\n\n"
        "Sales by Corvina USA Inc. to Redwater Grocers, Inc. represented about 14% of our revenue.\n\n"
        "On March 3, 2025, Corvina Europe B.V. (“Corvina Europe”) entered into a subscription agreement with Karadeniz Ev Tekstili Sanayi ve "
        "Ticaret A.Ş. (“Karadeniz”), under which Corvina Europe will provide its ShelfSense AI planning platform to Karadeniz.\n\n"
        "On 2 June 2025 the Company agreed to sell a 60% interest in Baltyk Chlodnia sp. z o.o. to Dongshan Cold Chain Limited for EUR 9 million."), release)
    assert {("Aldebaran Systems", "supplies", "Corvina Foods"), ("Corvina USA", "supplies", "Redwater Grocers"),
            ("Corvina Europe", "supplies", "Karadeniz Ev Tekstili Sanayi ve Ticaret"), ("Dongshan Cold Chain", "acquires", "Baltyk Chlodnia")} <= found, found
    assert not any("EUR" in (s, t) or "ShelfSense AI" in (s, t) for s, _, t in found), found

    call = Document(id="c151", source="/docs/call.md", title="Call", company="Corvina Foods", doc_type="call transcript")
    knowing = RuleExtractor(default_lexicon(), known=["Nordhavn Kuehl", "Hamada Reizo"])
    found = _triples(knowing, ("Our cold storage sits with Nordhavn Kuehl, which bills us about €3 million a year.\n\n"
                               "Together with Hamada Reizo we have started co-developing a thawing-curve model."), call)
    assert {("Nordhavn Kuehl", "supplies", "Corvina Foods"), ("Corvina Foods", "partners_with", "Hamada Reizo")} <= found, found

    story = Document(id="s151", source="/docs/story.md", title="Story", company="", doc_type="news")
    knowing = RuleExtractor(default_lexicon(), known=["Akdeniz Yazılım Teknolojileri", "Akdeniz Tekstil", "Uyku Bulut Dijital", "Grupo Solmar",
                                                      "Tallis Analytics", "Redmoor Weaving", "Sonnwell Beds"])
    found = _triples(knowing, (
        "In May, Akdeniz Yazılım Teknolojileri, the software arm of textile maker Akdeniz Tekstil, acquired Uyku Bulut Dijital for TRY 120 million.\n\n"
        "In January Grupo Solmar signed a four-year licensing deal with Nasdaq-listed Tallis Analytics for its churn software.\n\n"
        "Redmoor Weaving, meanwhile, is the sole supplier of woven ticking and pillow covers to Sonnwell Beds.\n\n"
        "Grupo Solmar also agreed to buy Cable Norte de Sonora for MXN 800 million.\n\n"
        "Tallis Analytics has hired Montadora Eletrônica do Vale to assemble its sensor boards."), story)
    assert {("Akdeniz Yazılım Teknolojileri", "acquires", "Uyku Bulut Dijital"), ("Tallis Analytics", "supplies", "Grupo Solmar"),
            ("Redmoor Weaving", "supplies", "Sonnwell Beds"), ("Grupo Solmar", "acquires", "Cable Norte de Sonora"),
            ("Montadora Eletrônica do Vale", "supplies", "Tallis Analytics")} <= found, found
    assert ("Akdeniz Tekstil", "acquires", "Uyku Bulut Dijital") not in found and ("Akdeniz Yazılım Teknolojileri", "subsidiary_of", "Uyku Bulut Dijital") not in found, found


def test_a_chinese_notice_s_licence_granted_to_its_counterparty_and_software_it_uses() -> None:
    notice = Document(id="z151", source="/docs/gonggao.pdf", title="公告", company="青禾冷链", doc_type="deal announcement")
    found = _triples(RuleExtractor(default_lexicon()), (
        "本公司与Vantor Chem SA（一家位于瑞士巴塞尔的工艺软件公司）订立软件授权协议，向其授出本公司建模模组的使用权，授权费为200万瑞士法郎。\n\n"
        "公司的仓储排程系统采用Nordlys Data AS提供之AI预测软件，年度服务费约为30万欧元。"), notice)
    assert {("青禾冷链", "supplies", "Vantor Chem"), ("Nordlys Data", "supplies", "青禾冷链")} <= found, found
    assert not any("工艺软件" in s or "工艺软件" in t for s, _, t in found), found


def test_whose_document_an_interim_report_with_an_exchange_tag_and_a_story_opening_with_a_phrase_is() -> None:
    report = ("Baltyk Foods S.A. Capital Group (WSE: BTF)\nInterim Report for the Six Months Ended 30 June 2025 (extract)\n\n"
              "The Group's revenue rose 9% in the first half. The Company signed a new facility with Bank Pomorski S.A.\n")
    assert _detected("interim.txt", report)["doc_type"] == "interim report"
    story = ("# Grupo Solmar bets on AI set-top boxes to stem cord-cutting\n\n"
             "For two years, Grupo Solmar watched its subscriber base shrink as households moved to streaming. This year it is trying AI.\n")
    assert _detected("story.md", story)["company"] == "Grupo Solmar"
    assert strip_suffix("Skarvik Bank AB (publ)") == "Skarvik Bank"


def test_whose_document_a_research_note_with_an_exchange_tag_line_and_stories_that_name_their_company_later_is() -> None:
    note = ("NAJD CAPITAL COMPANY - EQUITY RESEARCH\nSaudi Arabia | Healthcare | Results Review | 3 March 2025\n\n"
            "SALWA MEDICAL SERVICES COMPANY (TADAWUL: 4417)\nRating: OVERWEIGHT (maintained) | Target price: SAR 88.00\n\n"
            "Salwa Medical reported revenue up 8% and we keep our rating.\n")
    assert _detected("note.txt", note)["company"] == "Salwa Medical Services"
    story = ("# Ostrava Lab turns its samples into a data business\n\nThe Czech chain is licensing results to a start-up.\n\n"
             "Ostrava Lab Diagnostics, Czechia's second-largest lab chain, wants to earn money from its archive.\n")
    assert _detected("story.md", story)["company"] == "Ostrava Lab Diagnostics"
    debut = ("# Tevere Plastica jumps on its Milan debut\n\nThe recycler raised €30 million.\n\n"
             "Shares of Tevere Plastica, a Rome-based recycler of packaging, rose 8% on their first day of trading.\n")
    assert _detected("debut.md", debut)["company"] == "Tevere Plastica"


def test_equity_infused_teaming_contracts_run_for_a_customer_paying_us_a_main_buyer_and_cameras_from_a_maker(extractor: RuleExtractor) -> None:
    call = Document(id="c171", source="/docs/call.md", title="Q3 call", company="Lisca Labs", doc_type="call transcript")
    found = _triples(extractor, (
        "During the quarter we infused ₹40 crore of equity into Godavari Solar Parks Private Limited, which builds our plants.\n\n"
        "We signed a teaming agreement with Bernina Bahntechnik AG to bid jointly for the regional tenders.\n\n"
        "Under the maintenance contract with Sava Hospitals Company, we now run the laboratories at all six of their hospitals.\n\n"
        "Ferrata Trains GmbH is paying us to run the crash tests for its new coach.\n\n"
        "Polvere Resine S.p.A. is the main buyer of the PET flakes that Grupo Basura, S.A.B. de C.V. recovers at its stations.\n\n"
        "Vanto Clubs AG will equip all of its gyms with AI posture cameras from Sichtwerk GmbH by the end of 2026.\n\n"
        "Our gait firmware now runs a model licensed from Munich-based Schrittlabor GmbH on a per-unit royalty.\n\n"
        "The company also signed a loan of VND 900 billion with Hoang Long Commercial Joint Stock Bank (HLBank) for new lines."), call)
    assert {("Lisca Labs", "invests_in", "Godavari Solar Parks"), ("Lisca Labs", "partners_with", "Bernina Bahntechnik"),
            ("Lisca Labs", "supplies", "Sava Hospitals Company"), ("Lisca Labs", "supplies", "Ferrata Trains"),
            ("Grupo Basura", "supplies", "Polvere Resine"), ("Sichtwerk", "supplies", "Vanto Clubs"),
            ("Schrittlabor", "supplies", "Lisca Labs"), ("Hoang Long Commercial Joint Stock Bank", "lends_to", "Lisca Labs")} <= found, found
    assert legal_names("Our concession, Narmada Metro Rail Private Limited, opened in May.", default_lexicon()) == {"Narmada Metro Rail"}


def test_a_notice_whose_heading_runs_into_the_sentence_that_names_the_company() -> None:
    notice = Document(id="n171", source="/docs/notice.pdf", title="Notice", company="Tsukiyo Sensors", doc_type="deal announcement")
    found = _triples(RuleExtractor(default_lexicon()), (
        "Notice Concerning Issuance of New Shares by Way of Third-Party Allotment Tsukiyo Sensors Inc. (the \"Company\") hereby announces "
        "that its Board of Directors resolved today to issue new shares.\n\n"
        "The Company will issue 1,200,000 new shares of common stock to Hakuba Capital Co., Ltd. at ¥900 per share."), notice)
    assert ("Hakuba Capital", "invests_in", "Tsukiyo Sensors") in found, found
    assert not any("Allotment" in s or "Allotment" in t for s, _, t in found), found


def test_whose_document_a_turkish_call_a_release_that_defines_its_name_a_thai_report_a_half_year_report_and_notes_by_code() -> None:
    call = ("# Kuzeyli Örme Sanayi ve Ticaret A.Ş. (Borsa Istanbul: KZORM) - Q2 2025 Earnings Conference Call\n\n"
            "Operator: Welcome to the Kuzeyli Örme second-quarter results call.\n\nDeniz Aksoy: Thank you. We grew exports by 12%.\n")
    assert _detected("call.md", call)["company"] == "Kuzeyli Örme"
    release = ("PRESS RELEASE\nUtrecht, the Netherlands, 3 March 2025, 08:00 CET\n\n"
               "Dijkhuis Robotics B.V. (\"Dijkhuis\"), which builds picking robots for cold stores, today announced a €20 million Series B round "
               "led by Noordkade Ventures.\n\nLinde-style gas suppliers are not involved.\n")
    assert _detected("release.md", release)["company"] == "Dijkhuis Robotics"
    thai = ("Chao Phraya Cold Chain Public Company Limited - Form 56-1 One Report 2024\n\n"
            "Chao Phraya Cold Chain Public Company Limited (the \"Company\", SET: CPCC) was established in 2004 and runs cold stores.\n")
    assert (_detected("one_report.txt", thai)["company"], _detected("one_report.txt", thai)["doc_type"]) == ("Chao Phraya Cold Chain", "annual report")
    assert _detected("hy.txt", "Alpstein Re Ltd - Half-Year Report 2025\n\nGross premiums rose 4% in the half.\n")["doc_type"] == "interim report"
    note = ("PT MAJU SEKURITAS - EQUITY RESEARCH\nIndonesia | Consumer | Company Update | 2 June 2025\n\n"
            "PT SINAR PANGAN LESTARI TBK (SPLS IJ)\nRating: BUY | Target price: IDR 1,200\n\nWe upgrade SPLS as milk costs ease. SPLS sells through 9,000 shops.\n")
    assert (_detected("note.txt", note)["company"], _detected("note.txt", note)["ticker"]) == ("Sinar Pangan Lestari", "SPLS")
    zh_note = "華聯證券投資顧問股份有限公司 個股研究報告｜2025年6月2日\n鼎翔科技（6612 TT）投資評等：買進｜目標價：NT$250\n我們首次評等鼎翔科技為買進。\n"
    assert _detected("zh_note.txt", zh_note)["company"] == "鼎翔科技"
    assert strip_suffix("Bangkok Trust Bank Public Company Limited") == "Bangkok Trust Bank"


def test_names_with_french_particles_thai_and_indonesian_forms_regions_and_a_product_the_document_says_is_one(extractor: RuleExtractor) -> None:
    report = Document(id="r172", source="/docs/ar.pdf", title="Annual report", company="Maraval Foods", doc_type="annual report")
    found = _triples(extractor, (
        "Crédit de l'Ouest S.A. extended a EUR 25 million term loan to Maraval Foods in March.\n\n"
        "In June we drew EUR 10 million under the revolving facility led by Crédit de l'Ouest.\n\n"
        "Union Fromagère du Jura, which holds 38% of Maraval's shares, backed the plan.\n\n"
        "We signed a THB 500 million loan with Bangkok Trust Bank Public Company Limited for the new depot.\n\n"
        "We own 25% of PT Cahaya Logistik Nusantara Timur Tbk, a cold-chain operator.\n\n"
        "Harvest Planner, a farm-planning software platform that we sell to growers, now has 900 users. Harvest Planner subscriptions rose 20%.\n\n"
        "Demand from European and Middle Eastern buyers was firm, and Larkfield Farms Ltd. renewed its supply contract with us."), report)
    assert {("Crédit de l'Ouest", "lends_to", "Maraval Foods"), ("Union Fromagère du Jura", "owns_stake_in", "Maraval Foods"),
            ("Bangkok Trust Bank", "lends_to", "Maraval Foods"), ("Maraval Foods", "owns_stake_in", "Cahaya Logistik Nusantara Timur")} <= found, found
    names = {n for s, _, t in found for n in (s, t)}
    assert not names & {"Crédit", "Union Fromagère", "Harvest Planner", "Middle Eastern", "Bangkok Trust Bank Public Company"}, names


def test_reinsurance_a_largest_account_a_share_of_inputs_a_subscription_for_a_stake_and_a_shipowner_s_managers(extractor: RuleExtractor) -> None:
    call = Document(id="c173", source="/docs/call.md", title="Results call", company="Maraval Foods", doc_type="call transcript")
    found = _triples(extractor, (
        "On 1 April we renewed our product-recall quota share with Hohenfels Rück AG for three more years.\n\n"
        "About 70% of our packaging film comes from Tessin Folien AG under an annual contract.\n\n"
        "Most of our revenue comes from Larkfield Farms Ltd., as it did last year.\n\n"
        "Maraval Logistics Ltd., whose largest account is supermarket group Brevin Stores plc, grew 9%.\n\n"
        "Quintela Capital will subscribe EUR 30 million for a 15% stake in Brevin Robotics Ltd.\n\n"
        "Brevin Robotics Ltd. sold a 10% stake to Osmar Holdings Ltd. last year.\n\n"
        "In July we contracted with Ulsan Marine Works Co., Ltd. for the construction of two refrigerated carriers.\n\n"
        "Our vessels are commercially and technically managed by Pireas Ship Services S.A., a company controlled by our chairman.\n\n"
        "Operator: Our next question comes from Anna Lindqvist with Norrby Securities AB."), call)
    assert {("Hohenfels Rück", "supplies", "Maraval Foods"), ("Tessin Folien", "supplies", "Maraval Foods"),
            ("Maraval Logistics", "supplies", "Brevin Stores"), ("Quintela Capital", "invests_in", "Brevin Robotics"),
            ("Osmar Holdings", "owns_stake_in", "Brevin Robotics"), ("Ulsan Marine Works", "supplies", "Maraval Foods"),
            ("Pireas Ship Services", "supplies", "Maraval Foods")} <= found, found
    assert ("Larkfield Farms", "supplies", "Maraval Foods") not in found, found
    assert not any("Lindqvist" in s or "Norrby" in s for s, _, _ in found), found
    notice = Document(id="z173", source="/docs/gonggao.pdf", title="公告", company="维安人寿", doc_type="deal announcement")
    zh = _triples(extractor, "本集团与东岚再保险股份有限公司（「东岚再保」）订立再保险协议，将新承保保单之40%分保予东岚再保。", notice)
    assert ("东岚再保", "supplies", "维安人寿") in zh, zh


def test_a_chinese_unit_defined_around_an_english_name_in_brackets_buys_a_target_that_becomes_a_grand_subsidiary(extractor: RuleExtractor) -> None:
    notice = Document(id="z174", source="/docs/gonggao.pdf", title="公告", company="瀚川物流", doc_type="deal announcement")
    found = _triples(extractor, (
        "2025年9月1日，公司全资子公司瀚川国际（新加坡）有限公司（Hanchuan International (Singapore) Pte. Ltd.，以下简称“瀚川新加坡”）与"
        "Orchard Family Holdings Pte. Ltd.签署《股份买卖协议》，瀚川新加坡拟以现金3,000万新加坡元收购Tanjong Freight Pte. Ltd.（以下简称“标的公司”）60%股权。\n\n"
        "本次交易完成后，瀚川新加坡将持有标的公司60%股权，标的公司将成为公司的控股孙公司。\n\n"
        "公司与多家国际班轮公司建立了长期合作关系。"), notice)
    assert {("瀚川新加坡", "subsidiary_of", "瀚川物流"), ("瀚川新加坡", "acquires", "Tanjong Freight"),
            ("Tanjong Freight", "subsidiary_of", "瀚川物流")} <= found, found
    assert ("Orchard Family Holdings", "acquires", "Tanjong Freight") not in found, found
    assert not any("多家" in s or "多家" in t or "控股孙" in s for s, _, t in found), found


def test_a_pdf_borrowings_table_whose_figures_carry_their_currency_letters(tmp_path: Path, model_dir: str) -> None:
    from tests.conftest import write_pdf

    pdf = write_pdf(tmp_path / "ir.pdf", [
        ["Kereru Dairy Co-operative Limited - Interim Report 2026", "Borrowings",
         "The Group's borrowings at 31 January 2026 comprised the following facilities:",
         "Facility Lender or holders Limit Drawn Maturity",
         "Syndicated revolving credit Whenua Ridge Bank Limited NZ$900m NZ$410m Sep 2028",
         "Commercial paper programme Institutional investors NZ$300m NZ$120m Rolling",
         "Net debt was NZ$812 million at 31 January 2026."],
    ])
    analyst = build_analyst(make_settings(tmp_path / "store", model_dir))
    analyst.ingest([pdf])
    edges = {(e.source, e.relation, e.target) for e in analyst.graph().edges}
    assert ("Whenua Ridge Bank", "lends_to", "Kereru Dairy Co-operative") in edges, edges
