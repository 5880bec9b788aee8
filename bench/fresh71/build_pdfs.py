"""Build the PDF documents of this set with fpdf2.

Run with: /work/main/.venv/bin/python build_pdfs.py
"""
import os
import shutil
import tempfile

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
TTC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
PAGE = "<<PAGE>>"

KESTREL_20F = [
    ("h", "KESTREL SILICON LTD. - FORM 20-F FOR THE FISCAL YEAR ENDED DECEMBER 31, 2024 (EXCERPT)"),
    ("p", "Commission file number 001-40219. Kestrel Silicon Ltd. is an exempted company incorporated in the Cayman Islands with limited liability. Our American depositary shares, each representing two ordinary shares, are listed on the Nasdaq Global Select Market under the symbol KSTL."),
    ("p", "Special note regarding forward-looking statements: This annual report contains forward-looking statements that involve risks and uncertainties, including statements about our customers, suppliers, product roadmap and results of operations. Actual results may differ materially from those anticipated. We undertake no obligation to update any forward-looking statement."),
    ("h", "ITEM 4. INFORMATION ON THE COMPANY - B. BUSINESS OVERVIEW"),
    ("p", "We are a fabless designer of system-on-chip (SoC) products for smartphones, tablets and personal computers, with a particular focus on on-device artificial intelligence. Our K8 and K9 families integrate CPU clusters, a graphics processor, an image signal processor, a 5G modem and a neural processing unit (NPU) on a single die. In 2024 we shipped approximately 96 million SoCs and recorded revenue of US$3,418.2 million."),
    ("h", "Intellectual property and licences"),
    ("p", "We license the CPU cores and the neural processing unit architecture used in all of our SoCs from Corvane IP plc under a multi-year architecture licence, and we paid Corvane licence fees and royalties of US$84.6 million in 2024. The licence runs until December 31, 2031 and may be terminated by Corvane upon a change of control of our company."),
    ("h", "Manufacturing and supply chain"),
    ("p", "We do not own any fabrication or assembly facilities. Substantially all of our wafers are manufactured by Hsinlan Semiconductor Manufacturing Co., Ltd. at its 4nm and 3nm fabs in Hsinchu and Tainan. Tai-Yuan Advanced Packaging Corp. performs flip-chip and fan-out packaging and final test for most of our handset SoCs. We place purchase orders on a rolling basis and do not have guaranteed capacity commitments beyond twelve months."),
    PAGE,
    ("h", "Customers"),
    ("p", "A limited number of handset and device makers account for most of our revenue. Our largest customer in 2024 was Xinglan Mobile Communications Co., Ltd., which purchased our K8 and K9 SoCs for its flagship and mid-range handsets and accounted for 31% of our revenue. We also sell handset SoCs to Orbis Communications Inc. and to Pelion Devices Ltd. Customer A, a North American carrier that procures devices directly, accounted for 7% of our revenue."),
    ("p", "In the fourth quarter of 2024 we began volume shipments of the K9X PC platform to Northwind Computing, Inc. for its Aero line of AI notebooks. Quanli Technology Corp., a Taiwanese ODM, buys our SoCs mounted on reference modules for the tablets it builds. In 2024 we shipped our first Vireo inference accelerator cards to Stratocloud Inc., which deploys them in its edge inference regions."),
    ("h", "Ecosystem"),
    ("p", "We have a joint engineering program with Weiguang Intelligence Technology (Hangzhou) Co., Ltd. to optimise its on-device language models for the NPU in our K9 SoC. We provide software development kits and reference models to developers free of charge."),
    ("h", "Organizational structure"),
    ("p", "Our Chinese operations are conducted through Kestrel Silicon (Shanghai) Co., Ltd., a wholly owned subsidiary. We also have design centres in Haifa, Austin and Bangalore."),
    ("h", "Competition"),
    ("p", "The market for mobile and PC SoCs is intensely competitive. Our principal competitors in handset SoCs are Ardent Micro Inc. and Solace Semiconductor Corp. Ardent Micro Inc. has publicly stated that it is in discussions with Meridian Foundry Ltd. about second-source capacity, although no agreement has been announced. Several handset makers are also developing in-house chips."),
    PAGE,
    ("h", "ITEM 5. OPERATING AND FINANCIAL REVIEW AND PROSPECTS (SELECTED)"),
    ("p", "Revenue increased 22.4% to US$3,418.2 million in 2024, driven by higher shipments of K9 SoCs and the first contribution from PC products. Gross margin was 44.1%, compared with 42.7% in 2023, reflecting a richer product mix partially offset by higher wafer prices. Research and development expenses increased to US$912.5 million."),
    ("h", "ITEM 8. FINANCIAL INFORMATION - LEGAL PROCEEDINGS"),
    ("p", "In March 2024 Patentia Holdings LLC filed a complaint against us and against Orbis Communications Inc. in the Eastern District of Texas alleging infringement of three patents relating to image signal processing. We believe the claims are without merit and intend to defend ourselves vigorously."),
    ("h", "ITEM 16C. PRINCIPAL ACCOUNTANT FEES AND SERVICES"),
    ("p", "Our independent registered public accounting firm is Whitmore & Lane LLP, which also audits Corvane IP plc. Audit fees billed for 2024 were US$2.9 million."),
    ("p", "SIGNATURES. The registrant hereby certifies that it meets all of the requirements for filing on Form 20-F and that it has duly caused and authorized the undersigned to sign this annual report on its behalf. KESTREL SILICON LTD. By: /s/ Noa Ben-Ami, Chief Executive Officer. Date: April 15, 2025."),
]

XINGLAN_NOTE = [
    ("h", "华信证券研究所 | 公司深度报告 | 电子/消费电子"),
    ("h", "星澜移动（688921.SH）：端侧大模型落地，买入评级"),
    ("p", ["报告日期：2025年3月26日。", "分析师：周明远（执业证书编号S0830523070002）。"]),
    ("p", ["投资要点：公司为国内前五大手机厂商之一，2024年出货量约5,800万部。",
           "端侧大模型成为高端机型的核心卖点，公司布局节奏领先同业。",
           "我们预计公司2025-2026年归母净利润分别为31.2亿元和38.5亿元。",
           "首次覆盖，给予买入评级，目标价62.0元。"]),
    ("h", "一、入股微光智能，补齐端侧模型能力"),
    ("p", ["公司通过全资子公司星澜创投以3亿元入股微光智能。",
           "增资完成后星澜创投持有微光智能12%股权。",
           "云杉资本领投本轮融资，认缴5亿元。",
           "微光智能的光子系列模型参数规模为30亿至70亿，可在手机NPU上本地运行。",
           "我们认为股权绑定有助于公司获得模型迭代的优先权。"]),
    ("h", "二、算力业务形成第二增长曲线"),
    ("p", ["公司东莞智算中心向微光智能提供训练算力服务，年合同额约1.2亿元。",
           "智算中心一期部署约4,000张加速卡，2025年有望实现盈亏平衡。",
           "我们预计算力服务收入2025年达到3.5亿元。"]),
    PAGE,
    ("h", "三、供应链：芯片、存储与代工"),
    ("p", ["公司旗舰机型的SoC主要由红隼芯片供应。",
           "整机代工方面，全立科技承担公司约四成中端机型的ODM生产。",
           "韩星存储向公司供应LPDDR5X内存颗粒。",
           "2025年存储价格上行，公司已通过长协锁定上半年主要用量。"]),
    ("h", "四、盈利预测与估值"),
    ("p", ["我们预计公司2025年营业收入为1,486亿元，同比增长12.6%。",
           "可比公司包括启明手机与澄星通讯，2025年平均市盈率为24倍。",
           "给予公司2025年28倍市盈率，对应目标价62.0元。"]),
    ("h", "风险提示"),
    ("p", ["若红隼芯片供货受限，公司可能转向澄芯微电子的国产SoC方案。",
           "端侧大模型商业化进度可能不及预期。",
           "存储价格大幅上涨可能压缩毛利率。",
           "海外市场拓展存在政策不确定性。"]),
    ("h", "重要声明"),
    ("p", ["本报告仅供华信证券客户使用，不构成任何投资建议。",
           "本报告中的信息均来源于公开资料，本公司对其准确性及完整性不作任何保证。",
           "市场有风险，投资需谨慎。"]),
]


def make_cjk_font(tmpdir, index, text):
    """Extract one face of the TTC, subset it and convert CFF outlines to TrueType."""
    font = TTCollection(TTC).fonts[index]
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    path = os.path.join(tmpdir, "cjk_%d.ttf" % index)
    font.save(path)
    return path


def build_english(blocks, out):
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for block in blocks:
        if block == PAGE:
            pdf.add_page()
            continue
        kind, text = block
        if kind == "h":
            pdf.set_font("Helvetica", "B", 11)
        else:
            pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, text)
        pdf.ln(2)
    pdf.output(out)


def build_chinese(blocks, out, font_path):
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("NotoCJK", "", font_path)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in blocks:
        if block == PAGE:
            pdf.add_page()
            continue
        kind, text = block
        lines = [text] if kind == "h" else text
        pdf.set_font("NotoCJK", "", 12 if kind == "h" else 10)
        for line in lines:
            if pdf.get_string_width(line) > width:
                raise ValueError("line too long: " + line)
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(out)


def all_text(blocks):
    parts = []
    for block in blocks:
        if block != PAGE:
            parts.append(block[1] if isinstance(block[1], str) else "".join(block[1]))
    return "".join(parts)


def main():
    build_english(KESTREL_20F, os.path.join(HERE, "01_Kestrel_20F.pdf"))
    tmpdir = tempfile.mkdtemp()
    try:
        font_path = make_cjk_font(tmpdir, 2, all_text(XINGLAN_NOTE))
        build_chinese(XINGLAN_NOTE, os.path.join(HERE, "07_Huaxin_broker_note.pdf"), font_path)
    finally:
        shutil.rmtree(tmpdir)


if __name__ == "__main__":
    main()
