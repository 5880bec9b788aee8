import json

D1, D2, D3, D4 = "01_PawLogic_10-K.html", "02_VetNova_earnings_call.txt", "03_Halvard_fund_letter.pdf", "04_Sable_news_article.md"
D5, D6, D7, D8 = (
    "05_Chongzhi_A-share_announcement.pdf",
    "06_Onpet_HKEX_announcement.md",
    "07_Jiamu_MOPS_material_info.txt",
    "08_Tidewell_broker_note.md",
)
PAY_SRC = {"invests_in", "lends_to", "acquires", "owns_stake_in"}
L = []


def link(doc, s, r, t, q, amount=None, page=None):
    payer, payee = (t, s) if r == "supplies" else ((s, t) if r in PAY_SRC else (None, None))
    if doc.endswith(".pdf") and page is None:
        page = 1
    L.append(dict(doc=doc, source=s, relation=r, target=t, payer=payer, payee=payee, amount=amount, page=page, quote=q))


link(
    D1,
    "PawLogic",
    "supplies",
    "VetNova",
    "Under a master subscription agreement renewed in March 2024, we supply VetScan Assist and PawLogic Triage to every VetNova general-practice location for an initial term of four years, with minimum annual fees of $19.5 million.",
    "$19.5 million",
)
link(
    D1,
    "PawLogic",
    "supplies",
    "Orchard",
    "In August 2024 we began licensing our nutrition-scoring engine to Orchard Feed Co., which embeds it in the body-condition questionnaire on its direct-to-consumer ordering site.",
)
link(
    D1,
    "PawLogicCanada",
    "subsidiary_of",
    "PawLogic",
    "Our Canadian business is conducted through PawLogic Canada ULC, a wholly owned subsidiary of PawLogic, Inc.",
)
link(
    D1,
    "PawLogicCanada",
    "supplies",
    "Maplecrest",
    "In 2024 PawLogic Canada ULC signed a three-year agreement to supply VetScan Assist to the 46 hospitals of Maplecrest Veterinary Partners in Ontario and British Columbia.",
)
link(
    D1,
    "Kestrel",
    "supplies",
    "PawLogic",
    "We run model training and inference on infrastructure purchased from Kestrel Cloud Services, Inc. under a three-year committed-spend agreement signed in January 2024.",
)
link(
    D1,
    "Sable",
    "supplies",
    "PawLogic",
    "The inertial and temperature modules used in PawLogic Triage collars are manufactured for us by Sable Sensor Works, Inc.",
)
link(
    D1,
    "PawLogic",
    "partners_with",
    "Lumen",
    "We have a co-development agreement with Lumen Veterinary Imaging Ltd. under which VetScan Assist is offered as a factory-installed option on Lumen's digital radiography consoles; the parties share engineering roadmaps and neither party pays the other a fixed fee.",
)
link(
    D1,
    "PawLogic",
    "partners_with",
    "Tidewell",
    "In November 2024 we entered into a research collaboration with Tidewell Animal Health plc to build models that flag early chronic kidney disease from routine bloodwork and imaging.",
)
link(
    D2,
    "PawLogic",
    "supplies",
    "VetNova",
    "Every one of our general-practice hospitals now runs PawLogic's VetScan Assist on its radiographs, and the renewed PawLogic agreement runs through 2028.",
)
link(
    D2,
    "Lumen",
    "supplies",
    "VetNova",
    "On the equipment side, we signed a five-year agreement with Lumen Veterinary Imaging to replace roughly 300 legacy radiography units; we are buying the consoles outright for about $27 million, spread over 2025 and 2026.",
    "$27 million",
)
link(
    D2,
    "VetNova",
    "supplies",
    "Sable",
    "This quarter we began providing study-design and data-validation services to Sable Sensor Works, which is using 40 of our hospitals to validate its next-generation collar against in-clinic vital signs.",
)
link(
    D2,
    "VetNova",
    "acquires",
    "CedarHollow",
    "On development, we closed the acquisition of Cedar Hollow Animal Hospitals, a 14-hospital group in the Carolinas, for $64 million in cash on October 1.",
    "$64 million",
)
link(
    D2,
    "Tidewell",
    "supplies",
    "VetNova",
    "Pharmacy and diagnostics revenue grew faster than services, helped by the new formulary arrangement under which Tidewell Animal Health supplies its renal and dermatology lines to all of our hospitals at a group discount.",
)
link(
    D2,
    "Brindle",
    "lends_to",
    "VetNova",
    "Brindle Bank, N.A., as sole lender, provided a new $450 million senior secured term loan maturing in 2029, and we used the proceeds to repay the older term loan and fees.",
    "$450 million",
)
link(
    D2,
    "VetNova",
    "invests_in",
    "Halvard",
    "Our board approved a commitment of $25 million as a limited partner in Halvard Animal Health Fund II, managed by Halvard Capital Partners.",
    "$25 million",
)
link(
    D3,
    "VetNova",
    "invests_in",
    "Halvard",
    "VetNova Clinic Group committed $25 million to Fund II as a limited partner, its first commitment to a venture fund.",
    "$25 million",
)
link(
    D3,
    "Brindle",
    "lends_to",
    "Halvard",
    "Brindle Bank lent $38 million to the Fund under that facility during the year, all of which had been repaid by year end.",
    "$38 million",
)
link(
    D3,
    "Halvard",
    "invests_in",
    "Sable",
    "The Fund invested $30 million of the $48 million round and, following the closing, the Fund owns approximately 22% of Sable on a fully diluted basis.",
    "$30 million",
)
link(
    D3,
    "Halvard",
    "owns_stake_in",
    "Sable",
    "The Fund invested $30 million of the $48 million round and, following the closing, the Fund owns approximately 22% of Sable on a fully diluted basis.",
)
link(
    D3,
    "Halvard",
    "invests_in",
    "Chongzhi",
    "In June 2024 the Fund subscribed for shares in the private placement of Shanghai Chongzhi Technology Co., Ltd., the A-share listed maker of pet health apps and smart feeders, investing RMB 180 million.",
    "RMB 180 million",
)
link(D3, "Halvard", "owns_stake_in", "Chongzhi", "The Fund now holds 4.9% of Chongzhi's issued shares.")
link(
    D3,
    "Halvard",
    "invests_in",
    "FurrowHealth",
    "We made a $9 million seed-plus investment in Furrow Health, a tele-triage service that routes after-hours calls from pet owners to on-call veterinarians.",
    "$9 million",
)
link(
    D3,
    "Kestrel",
    "invests_in",
    "PawLogic",
    "The round we would have joined was instead anchored by a strategic investor: Kestrel Cloud Services invested $30.0 million in PawLogic's Series C in May 2023.",
    "$30.0 million",
)
link(D3, "Kestrel", "owns_stake_in", "PawLogic", "Kestrel Cloud Services still holds about 7% of PawLogic's common stock.")
link(
    D4,
    "Halvard",
    "invests_in",
    "Sable",
    "Halvard Capital Partners put in $30 million of the total and now owns roughly 22% of Sable, the people said.",
    "$30 million",
)
link(
    D4,
    "Halvard",
    "owns_stake_in",
    "Sable",
    "Halvard Capital Partners put in $30 million of the total and now owns roughly 22% of Sable, the people said.",
)
link(
    D4,
    "Brindle",
    "lends_to",
    "Sable",
    "Sable also arranged a $12 million venture-debt facility from Brindle Bank, which it said it would draw on to pay for a second surface-mount line.",
    "$12 million",
)
link(
    D4,
    "Sable",
    "supplies",
    "PawLogic",
    "Its largest customer is PawLogic, the Colorado veterinary AI company, whose triage software uses Sable modules in the collars it ships to clinics.",
)
link(
    D4,
    "Longwei",
    "supplies",
    "Sable",
    "Some of the modules are assembled under contract by Longwei Precision Electronics in Dongguan, China, which Sable pays per finished unit.",
)
link(
    D4,
    "Sable",
    "supplies",
    "Orchard",
    "Orchard Feed, the Kansas pet-food maker, started buying Sable's modules last spring for a feeding-tracker tag that it gives to subscribers of its weight-management diet.",
)
link(
    D4,
    "VetNova",
    "supplies",
    "Sable",
    "Sable is paying VetNova Clinic Group to run a validation study across 40 of its hospitals, comparing readings from the collar with measurements taken by nurses in the exam room.",
)
link(
    D5,
    "Chongzhi",
    "invests_in",
    "Onpet",
    "截至本公告披露日，公司已完成认购安宠国际62,500,000股新股份，认购价格为每股4.80港元，认购总价款为300,000,000港元。",
    "300,000,000港元",
)
link(D5, "Chongzhi", "owns_stake_in", "Onpet", "本次认购完成后，公司持有安宠国际经扩大后已发行股本约8.6%，为其第二大股东。")
link(
    D5,
    "Chongzhi",
    "partners_with",
    "Onpet",
    "公司与安宠国际同时签署了《战略合作备忘录》，双方将在宠物健康数据互通、智能问诊及会员服务方面开展合作。",
)
link(
    D5,
    "Chongzhi",
    "supplies",
    "Ruichong",
    "根据合同约定，公司向瑞宠医疗旗下118家动物医院提供AI智能分诊系统及三年运维服务，合同总金额为人民币86,500,000元（含税）。",
    "人民币86,500,000元",
)
link(
    D5,
    "ChongzhiHW",
    "subsidiary_of",
    "Chongzhi",
    "为满足上述合同项下智能终端的交付需求，公司全资子公司深圳宠智智能硬件有限公司已与苏州华犀半导体有限公司签订采购协议。",
)
link(
    D5,
    "Huaxi",
    "supplies",
    "ChongzhiHW",
    "华犀半导体将向宠智硬件供应边缘AI推理芯片，协议采购金额为人民币23,800,000元。",
    "人民币23,800,000元",
)
link(
    D5,
    "Chongzhi",
    "invests_in",
    "ChongzhiHW",
    "公司已于2024年12月向宠智硬件增资人民币50,000,000元，用于扩充产线。",
    "人民币50,000,000元",
)
link(
    D5,
    "Boyan",
    "owns_stake_in",
    "Chongzhi",
    "截至2024年12月31日，公司前两大股东分别为实际控制人周以宁先生及杭州博衍股权投资合伙企业（有限合伙），其中博衍资本持有公司12.3%股份。",
)
link(D5, "Halvard", "owns_stake_in", "Chongzhi", "Halvard Animal Health Fund II, L.P.持有公司4.9%股份。")
link(
    D6,
    "Onpet",
    "invests_in",
    "Ruichong",
    "根據認購協議，本公司有條件同意以總代價人民幣312,000,000元認購目標公司新發行股份，相當於目標公司經擴大後已發行股本之30%。",
    "人民幣312,000,000元",
)
link(
    D6,
    "Onpet",
    "owns_stake_in",
    "Ruichong",
    "完成後，本公司將持有目標公司30%股權，目標公司將作為本公司之聯營公司入賬，其財務業績不會綜合入賬至本集團財務報表。",
)
link(
    D6,
    "Onpet",
    "partners_with",
    "Ruichong",
    "除認購協議外，本公司與目標公司同日訂立戰略合作框架協議，雙方將在跨境轉診、專科醫生培訓及人工智能臨床數據標準方面開展合作。",
)
link(
    D6,
    "Chongzhi",
    "invests_in",
    "Onpet",
    "上海宠智科技股份有限公司已按每股4.80港元認購本公司62,500,000股新股份，總認購款項為300,000,000港元，有關認購已於二零二四年十二月三十日完成。",
    "300,000,000港元",
)
link(D6, "Chongzhi", "owns_stake_in", "Onpet", "完成後，上海宠智科技股份有限公司持有本公司經擴大已發行股本約8.6%。")
q = "本公司全資附屬公司安寵醫療服務（香港）有限公司已與港灣銀行有限公司訂立融資協議，港灣銀行有限公司同意向其提供為期三年、金額為500,000,000港元之有期貸款融資，部分將用於支付認購事項之代價。"
link(D6, "Harbourline", "lends_to", "OnpetMedical", q, "500,000,000港元")
link(D6, "OnpetMedical", "subsidiary_of", "Onpet", q)
link(D6, "Jiamu", "supplies", "Onpet", "本集團旗下醫院所使用之犬貓疫苗及快速診斷試劑，目前主要由嘉牧生物科技股份有限公司供應。")
link(
    D6,
    "Onpet",
    "supplies",
    "Tidewell",
    "本公司為泰德威動物保健（Tidewell Animal Health plc）於香港及澳門之獨家分銷商，根據雙方於二零二四年七月續訂之分銷協議，泰德威動物保健就本公司提供之倉儲、註冊及推廣服務支付服務費。",
)
link(
    D6,
    "Onpet",
    "supplies",
    "Fuheng",
    "本集團之保險代理業務主要代理富衡保險有限公司之寵物醫療保險產品，富衡保險有限公司按保費收入向本集團支付代理佣金。",
)
link(
    D7,
    "Tidewell",
    "supplies",
    "Jiamu",
    "泰德威動物保健將其「PetMol AI」分子篩選平台及相關犬貓藥物動力學資料庫授權予本公司於亞洲地區使用，本公司應支付簽約金新台幣1億2,000萬元，並依授權產品銷售額支付權利金。",
    "新台幣1億2,000萬元",
)
link(
    D7,
    "Jiamu",
    "acquires",
    "Zhishou",
    "本公司以現金新台幣3億4,500萬元取得智獸影像股份有限公司百分之百股權，智獸影像主要從事犬貓超音波影像之人工智能判讀軟體開發。",
    "新台幣3億4,500萬元",
)
link(
    D7,
    "Zhishou",
    "subsidiary_of",
    "Jiamu",
    "交割完成後，智獸影像股份有限公司將成為本公司百分之百持有之子公司，本公司將擴大診斷產品線至影像判讀軟體。",
)
link(
    D7,
    "Jiamu",
    "supplies",
    "Onpet",
    "本公司現有犬貓疫苗及快速診斷試劑業務以外銷為主，其中香港及澳門市場主要客戶為安寵國際控股有限公司，本公司持續供應其旗下動物醫院所需之疫苗及診斷試劑，113年度對其銷售額約新台幣3億5,800萬元。",
    "新台幣3億5,800萬元",
)
link(D7, "JiamuSH", "subsidiary_of", "Jiamu", "主旨：代子公司嘉牧動物醫學研究（上海）有限公司公告與瑞寵動物醫療集團簽訂臨床合作協議")
link(
    D7,
    "JiamuSH",
    "partners_with",
    "Ruichong",
    "嘉牧動物醫學研究（上海）有限公司與瑞寵動物醫療集團有限公司簽訂臨床合作協議，雙方將共同於瑞寵旗下動物醫院進行犬用疫苗之上市後安全性監測，並共享人工智能不良反應偵測模型，雙方互不支付費用。",
)
link(
    D8,
    "Tidewell",
    "acquires",
    "Corvane",
    "On 9 January 2025, Tidewell acquired 100% of Corvane Diagnostics for EUR 410 million in cash.",
    "EUR 410 million",
)
link(
    D8,
    "Corvane",
    "subsidiary_of",
    "Tidewell",
    "Following completion, Corvane Diagnostics GmbH became a wholly owned subsidiary of Tidewell Animal Health plc and will report within the new Diagnostics segment.",
)
link(
    D8,
    "Brindle",
    "lends_to",
    "Tidewell",
    "To fund it, Brindle Bank extended Tidewell a GBP 250 million five-year term loan, with the balance paid from cash on hand.",
    "GBP 250 million",
)
link(
    D8,
    "Tidewell",
    "supplies",
    "VetNova",
    "In the US, the largest single account is VetNova Clinic Group, which since mid-2024 has stocked Tidewell's renal and dermatology lines across its roughly 640 hospitals under a group formulary agreement.",
)
link(
    D8,
    "Onpet",
    "supplies",
    "Tidewell",
    "Onpet International Holdings acts as exclusive distributor and is paid a service fee for warehousing, registration and promotion, under an agreement renewed in July 2024.",
)
link(
    D8,
    "Tidewell",
    "supplies",
    "Jiamu",
    "In March 2025 Jiamu Biotech signed a seven-year, non-exclusive licence for the PetMol AI platform covering Asia, paying an upfront fee of NT$120 million plus royalties.",
    "NT$120 million",
)
link(
    D8,
    "Tidewell",
    "partners_with",
    "PawLogic",
    "Tidewell also has a research collaboration with PawLogic, the US veterinary AI company, on early detection of chronic kidney disease; no payments are disclosed, and we do not include any revenue from it.",
)

N = []


def n(doc, q, cs, page=None):
    if doc.endswith(".pdf") and page is None:
        page = 1
    N.append(dict(doc=doc, quote=q, companies=cs, page=page))


n(
    D1,
    "We compete with Greyhound Diagnostics, Inc. and Corvane Diagnostics GmbH in radiology interpretation, and with the in-house tools of large clinic groups.",
    ["PawLogic", "Greyhound", "Corvane"],
)
n(
    D1,
    "Greyhound Diagnostics has a larger installed base in the United Kingdom than we do, and Corvane Diagnostics is expanding into North America.",
    ["Greyhound", "Corvane", "PawLogic"],
)
n(
    D1,
    "VetNova has in the past evaluated alternative vendors, and press reports in 2024 suggested that VetNova had held talks with Greyhound Diagnostics about a replacement radiology product; VetNova has told us those talks did not lead to any agreement.",
    ["VetNova", "Greyhound"],
)
n(
    D1,
    "Marlow & Tate LLP has served as our independent registered public accounting firm since 2021; Marlow & Tate LLP also audits Sable Sensor Works, Inc., and we do not consider that relationship to affect its independence.",
    ["MarlowTate", "PawLogic", "Sable"],
)
n(D2, "We have no agreement with Greyhound Diagnostics and no plans to sign one.", ["VetNova", "Greyhound"])
n(
    D2,
    "Ruichong Animal Medical Group is focused on mainland China, and it does not compete with VetNova for sites here.",
    ["Ruichong", "VetNova"],
)
n(
    D3,
    "We looked closely at PawLogic before its initial public offering and decided not to invest; the Fund holds no PawLogic shares.",
    ["Halvard", "PawLogic"],
)
n(
    D3,
    "Nor did we pursue Whiskerline Labs, which competes with Sable; we think Greyhound Diagnostics and Corvane Diagnostics, both of which have been linked to acquisitions in wearables, are more likely buyers of that company than we are investors in it.",
    ["Halvard", "Whiskerline", "Sable", "Greyhound", "Corvane"],
    2,
)
n(
    D3,
    "Valuations are estimates prepared by the general partner and have not been audited; Fenner Kirk LLP is the Fund's auditor and Alder Point Fund Services is its administrator.",
    ["FennerKirk", "AlderPoint", "Halvard"],
    2,
)
n(
    D4,
    "Whiskerline Labs, a San Diego start-up, sells a competing collar module, and Greyhound Diagnostics has said it plans to add wearable data to its radiology platform.",
    ["Whiskerline", "Greyhound", "Sable"],
)
n(D4, "Falk dismissed talk that Sable had been approached by Greyhound about a sale.", ["Sable", "Greyhound"])
n(
    D4,
    'Asked whether Sable planned to sell in Asia, Falk said the company had been "talking to a lot of people," and mentioned that its modules had been evaluated by Chinese pet-technology groups such as Shanghai\'s Chongzhi Technology, but said no supply deal had been signed.',
    ["Sable", "Chongzhi"],
)
n(D4, "Marlow & Tate LLP is Sable's auditor.", ["MarlowTate", "Sable"])
n(
    D4,
    "Lindqvist Harrow LLP advised Sable on the financing, and Carrow Bay Partners advised Halvard.",
    ["LindqvistHarrow", "Sable", "CarrowBay", "Halvard"],
)
n(
    D5,
    "近期有媒体报道称公司拟收购新瑞兽医集团，经核实，公司未与新瑞兽医集团进行任何收购洽谈，上述报道不属实。",
    ["Chongzhi", "Xinrui"],
)
n(D5, "公司与同行业公司爪印科技在智能喂食器领域存在竞争关系，双方不存在任何合作。", ["Chongzhi", "Zhuayin"])
n(
    D6,
    "本公司與目標公司的競爭對手新瑞獸醫集團並無任何合作或持股關係，市場上有關本公司曾洽購新瑞獸醫集團股權之傳聞並不屬實。",
    ["Onpet", "Xinrui", "Ruichong"],
)
n(
    D6,
    "代價乃由本公司與目標公司經公平磋商後釐定，並已參考獨立估值師中衡評估顧問有限公司所出具之估值報告。",
    ["Onpet", "Ruichong", "Zhongheng"],
)
n(D6, "衡峰融資有限公司為本公司有關認購事項之財務顧問。", ["Hengfeng", "Onpet"])
n(D7, "市場傳聞本公司將與同業晟洋動物藥品股份有限公司合併，經查本公司並無此項計畫，特此澄清。", ["Jiamu", "Shengyang"])
n(D7, "遠誠會計師事務所與本公司及交易相對人均無利害關係。", ["Yuancheng", "Jiamu", "Zhishou", "Tidewell"])
n(
    D8,
    "Corvane faces competition from Greyhound Diagnostics and from PawLogic in radiology interpretation; Greyhound Diagnostics in particular has priced aggressively in the UK.",
    ["Corvane", "Greyhound", "PawLogic"],
)
n(
    D8,
    "Recent press speculation that Tidewell might bid for Greyhound Diagnostics looks unfounded to us; management told us it has no plans for further acquisitions in diagnostics this year.",
    ["Tidewell", "Greyhound"],
)
n(
    D8,
    "Pemberton Securities acted as joint bookrunner on a bond issue for Tidewell Animal Health plc in the past 12 months and has received compensation for investment banking services.",
    ["Pemberton", "Tidewell"],
)

A = {
    "PawLogic": ["PawLogic, Inc.", "PawLogic Inc.", "PAWL"],
    "PawLogicCanada": ["PawLogic Canada ULC", "PawLogic Canada"],
    "Maplecrest": ["Maplecrest Veterinary Partners", "Maplecrest"],
    "Kestrel": ["Kestrel Cloud Services, Inc.", "Kestrel Cloud Services", "Kestrel Cloud"],
    "VetNova": ["VetNova Clinic Group, Inc.", "VetNova Clinic Group", "VNCG"],
    "CedarHollow": ["Cedar Hollow Animal Hospitals", "Cedar Hollow"],
    "Halvard": [
        "Halvard Capital Partners",
        "Halvard Animal Health Fund II, L.P.",
        "Halvard Animal Health Fund II",
        "Fund II",
        "the Fund",
    ],
    "Sable": ["Sable Sensor Works, Inc.", "Sable Sensor Works"],
    "Longwei": ["Longwei Precision Electronics"],
    "Brindle": ["Brindle Bank, N.A.", "Brindle Bank"],
    "Orchard": ["Orchard Feed Co.", "Orchard Feed"],
    "Lumen": ["Lumen Veterinary Imaging Ltd.", "Lumen Veterinary Imaging", "Lumen"],
    "Tidewell": ["Tidewell Animal Health plc", "Tidewell Animal Health", "TDWL", "泰德威動物保健"],
    "Corvane": ["Corvane Diagnostics GmbH", "Corvane Diagnostics"],
    "Greyhound": ["Greyhound Diagnostics, Inc.", "Greyhound Diagnostics", "Greyhound"],
    "Whiskerline": ["Whiskerline Labs"],
    "FurrowHealth": ["Furrow Health"],
    "MarlowTate": ["Marlow & Tate LLP", "Marlow & Tate"],
    "Pemberton": ["Pemberton Securities"],
    "LindqvistHarrow": ["Lindqvist Harrow LLP"],
    "CarrowBay": ["Carrow Bay Partners"],
    "FennerKirk": ["Fenner Kirk LLP"],
    "AlderPoint": ["Alder Point Fund Services"],
    "Chongzhi": [
        "上海宠智科技股份有限公司",
        "宠智科技",
        "688397",
        "Shanghai Chongzhi Technology Co., Ltd.",
        "Chongzhi Technology",
        "Chongzhi",
    ],
    "ChongzhiHW": ["深圳宠智智能硬件有限公司", "宠智硬件"],
    "Huaxi": ["苏州华犀半导体有限公司", "华犀半导体"],
    "Boyan": ["杭州博衍股权投资合伙企业（有限合伙）", "博衍资本"],
    "Ruichong": [
        "瑞宠动物医疗集团有限公司",
        "瑞宠医疗",
        "瑞寵動物醫療集團有限公司",
        "瑞寵動物醫療集團",
        "瑞寵醫療",
        "瑞寵",
        "目標公司",
        "Ruichong Animal Medical Group",
        "Ruichong",
    ],
    "Onpet": [
        "安寵國際控股有限公司",
        "安寵國際",
        "安宠国际控股有限公司",
        "安宠国际",
        "Onpet International Holdings Limited",
        "Onpet International Holdings",
        "2387",
    ],
    "OnpetMedical": ["安寵醫療服務（香港）有限公司"],
    "Harbourline": ["港灣銀行有限公司", "港灣銀行"],
    "Fuheng": ["富衡保險有限公司"],
    "Jiamu": ["嘉牧生物科技股份有限公司", "嘉牧生技", "6697", "Jiamu Biotech"],
    "JiamuSH": ["嘉牧動物醫學研究（上海）有限公司"],
    "Zhishou": ["智獸影像股份有限公司", "智獸影像"],
    "Xinrui": ["新瑞兽医集团", "新瑞獸醫集團"],
    "Zhuayin": ["爪印科技"],
    "Hengfeng": ["衡峰融資有限公司"],
    "Zhongheng": ["中衡評估顧問有限公司"],
    "Yuancheng": ["遠誠會計師事務所"],
    "Shengyang": ["晟洋動物藥品股份有限公司"],
}
with open("links.jsonl", "w") as f:
    for x in L:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
with open("non_links.jsonl", "w") as f:
    for x in N:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")
json.dump(A, open("aliases.json", "w"), ensure_ascii=False, indent=1)
loops = [
    ["PawLogic", "Kestrel"],
    ["VetNova", "PawLogic", "Sable"],
    ["VetNova", "Halvard", "Sable"],
    ["Ruichong", "Chongzhi", "Onpet"],
    ["Onpet", "Jiamu", "Tidewell"],
]
json.dump(loops, open("loops.json", "w"), ensure_ascii=False, indent=1)
print(len(L), len(N))
