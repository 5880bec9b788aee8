"""Company mentions in a sentence, and one node per company.

Known companies come from the lexicon (names, tickers, legal names, Chinese names). Unknown ones are
found by shape: a legal suffix (Inc., Corp., Ltd., LLC, 公司, 集团) or a run of capitalised words next
to a relation word ("to Borealis Motors"). Node ids are the lexicon's canonical names, or the name
without its legal suffix, so "Acme Robotics, Inc." and "Acme Robotics" are one node, and "Acme
Rockets" stays another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from analyst.lexicon import LEADING_FORM, LEGAL_FORMS, ZH_PLACES, Lexicon, out_of_capitals, place_names, strip_suffix, zh_unplaced
from analyst.text import CJK, to_simplified


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    node: str
    written: str


# Legal forms that end a company's name, worldwide ("Vestkraft AS", "Gulf Meridian Bank P.J.S.C.", "Pellmont Bank, N.A.").
FORMS = (r"\((?:Pty|Pvt)\)[ \t]+Ltd\.?|Private Limited|Public Company Limited|PUBLIC COMPANY LIMITED|Public Co\., Ltd\.|PCL|Pvt\.? Ltd\.?|&[ \t]+Co\.(?:,?[ \t]+(?:Ltd\.|LLC|Inc\.|KG|KGaA))?|Inc\.|Incorporated|Corporation|Corp\.|Ltd\.|Ltd|Limited|LLC|L\.L\.C\.|LLP|plc|PLC|PBC|N\.V\.|S\. de R\.L\.(?: de C\.V\.)?|S\.A\.(?:B\.|P\.I\.)? de C\.V\.|S\.A\.P\.I\.|Ltda\.?|Lda\.|Unipessoal[ \t]+Lda\.|EIRELI|S/A|S\.A\.|AG|GmbH|LP|L\.P\.|Co\., Ltd\.|Co\.|"
         r"sp\.[ \t]+z[ \t]+o\.o\.|LPS|B\.V\.|C\.V\.|Pte\. Ltd\.|K\.K\.|G\.K\.|Sdn\. Bhd\.|S\.A\.S\.|SAS|SA|S\.r\.l\.|S\.p\.A\.|SpA|AB|ASA|AS|A/S|A\.Ş\.|S\.L\.U\.|ApS|Abp|Oyj|Oy|SE|"
         r"P\.J\.S\.C\.|PJSC|Q\.S\.C\.|Joint\s+Stock\s+Company|JSC|Tbk|Sdn\s+Bhd|N\.A\.|Pty\.? Ltd\.?|S\.L\.|KGaA|Berhad|W\.L\.L\.|WLL|RSC\s+Ltd|Kabushiki\s+Kaisha|Kaisha|Yuhan\s+Hoesa|Chusik\s+Hoesa|Jusik\s+Hoesa|CO\., LTD\.|INC\.|CORP\.|LTD\.|LIMITED|SCSp|SCS|SLP|SICAV|ULC|NSULC|K/S|P/S")
# What a plural possessive inside a name leads to: "Calder State Employees' Retirement System" (but "Cardinal Vision Analytics' AI host
# software" ends the name at the apostrophe)
_PEOPLE_HEADS = r"(?:Retirement|Pension|Provident|Benefit|Mutual|Credit|Savings|Association|Union|Fund|Trust|Insurance|Compensation)\b"
# Capitals of Latin Extended-A and -B ("Ś" of "Światłowód", "Ł" of "Łódź", "Ş", "İ", "Č"), for names in Polish, Turkish or Czech
_CAPITALS_EXT = "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
# A capitalised word of a name; a full stop ends it only in an abbreviation ("U.S.", "Co. I"), not a sentence ("…under the Facility. Merrivale")
# nor a name a table's next cell runs on to ("Bancroft Harlow & Co. Stratoline Compute, Inc.")
_WORD = r"(?:(?:[A-Z\u00c0-\u00de" + _CAPITALS_EXT + r"]|[a-z](?=[A-Z][a-z]))(?:[A-Za-z0-9&\u00c0-\u017f-]|['’](?=[A-Za-z])|(?<=[a-z]s)['’](?=[ \t]+" + _PEOPLE_HEADS + r")|\.(?=[A-Za-z0-9]))*(?:(?<=Co)\.(?=[ \t]+(?:[IVX]+|\d+|Ltd|Limited)\b)|(?<=Inc)\.|(?<=Corp)\.|(?<=Bros)\.|(?<=\b[A-Z])\.)?|(?<=[A-Za-z] )(?:19|20)\d\d-\d{1,2}(?=[ \t])|(?<=[A-Za-z] )\d{1,3}(?=,?[ \t]+(?:LLC|L\.L\.C\.|Ltd\.|Limited|Inc\.|LP|L\.P\.)(?![A-Za-z])))"  # "… Funding 2026-1 LLC", "… Unit 1, LLC"
_LEGAL = re.compile(
    r"(?<![A-Za-z0-9_&'’.-])((?:(?:&[ \t]+)?(?:" + _WORD + r"|\([A-Z][A-Za-z ]{1,20}\)|(?<=[A-Za-z][ \t])(?:de|del|della|delle|dei|degli|di|da|do|du|des|van|von|der|e|y|et|und|ve)(?=[ \t]+(?:[ld]['’])?[A-Z\u00c0-\u00de])|"
    r"(?:(?<=\b(?:de|De)[ \t])l|(?<=[A-Za-z][ \t])d)['’]" + _WORD + r")[ \t]+){0,5}(?:&[ \t]+|(?<=\b(?:de|De)[ \t])l['’]|(?<=[A-Za-z][ \t])d['’])?" + _WORD + r"(?:[ \t]+\([A-Z][A-Za-z ]{1,20}\))?),?[ \t]+"
    rf"({FORMS}|Holdings|Group)"
    r"(?![A-Za-z])"
)
_GENERIC_WORD = re.compile(r"Trust|Capital|Partners|Holdings|Group|Fund|Bank|Company|Realty|Management|Ventures|Investments?|Technologies|Systems|Labs|"
                           r"Exchange|Clearing|Markets?|Securities|Compute|Cloud|Energy|Power|Data|Digital|Networks?|Semiconductors?|Memory|Infrastructure")
_A_LAW = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,3}(?:Act|Law|Code)\b")  # ("the Delaware General Corporation Law")
_ZH_SUFFIX = re.compile(r"股份有限公司|有限责任公司|私人有限公司|有限公司|株式会社|集团|公司|[（(]有限合伙[）)]")  # (私人有限公司: Singapore's Pte. Ltd.)
# "日商", "美商": a company of that country, before its name ("向日商富里精密取得", "韩国记忆体大厂")
ZH_TRADER = r"[美日韩台港德英法]商"
# Words that describe what a company does, not who it is: "芯片设计公司", "数据中心运营商", "注册资本", "授信银行".
_ZH_GENERIC = re.compile(r"^(?:萨摩亚|薩摩亞|开曼|開曼|英属维尔京|英屬維爾京|扫地|掃地|割草|洗地|擦窗|陪伴|协作|協作|配送|巡检|巡檢|送餐|泳池|固态|固態|我们|合同|合约|协议|有限合伙|有限合夥|公开发行|公開發行|联交所|聯交所|寿险|财险|再保险|融资租赁|租赁|信贷|资产证券|特殊目|随着|伴随|我司|笔者|人形|主权财富|主权|拨付|扩充|扩大|提升|满足|用于|所需|项目|芯片|设计|制造|运营|研发|服务|科技|技术|半导体|数据|中心|云|算力|互联网|人工智能|投资|上市|国有|民营|外资|初创|创业|"
                         r"龙头|头部|视觉|相关|本地|国内|国际|海外|境外|境内|中东|海湾|欧洲|北美|东南亚|主权|负责|先进|晶圆级|业务|行业|产业链|[一二三四五六七八九十两多几数\d]+(?:家|处|處|座|个|個|栋|棟|所|间|間)|一家|这家|该|多家|两家|关联|合资|参股|控股|全资|目标|标的|被投资|贸易|咨询|"
                         r"管理|公用事业|公用|软件|硬件|服务器|通信|电子|能源|电力|汽车|机器人|智能|信息|网络|平台|模型|大模型|计算|智算|存储|存算一体|推理|训练|"
                         r"封装|测试|设备|配套|材料|金融|证券|保险|注册|授信|贷款|合作|商业|开户|托管|主办|牵头|共同|联合|政府|引导|首次|直接|间接|价格|参照|销售|财务|额度|代理|承销|受托|监管|保管|结算|收款|大型|中型|小型|上述|其他|主要|知名|"
                         r"领先|自研|国产|外部|核心|下游|上游|本次|前三季度|季度|年度|半年|报告期|报告|期内|期末|期初|经营|模式|同期|本期|今年|去年|明年|近期|目前|此前|集成电路|加速卡|整机柜|光互连|光通信|光模块|光电|光学|激光|光子|记忆体|内存|大厂|私募|公募|有价|参贷|联贷|银团|" + ZH_TRADER + r"|第[一二三四1-4]季度|[上下]半年|全年|当日|当天|同日|届时|此后|未来|基金|银行|集团|公司|产业|规划|新增|提供|担保|事项|符合|要求|相关|规定|使用|资本|新|老|原|现|母|子)+$|^(?:多家|数家|几家|若干|一些|各家|众多|部分|其他|其它)(?=[\u4e00-\u9fff])|^(?:[亿万千百]+(?:元|股|美元|港元|欧元|日元|新台币|台币|人民币|千瓦|瓦|吨|张|台|片|份|人|个|平方|颗|块)|[亿元股年月日号])|[亿万]元")  # (万拓云 is a name)
# Where a Chinese company name cannot start: after these words and particles the name begins.
# "和" joins two names, except inside one: 联和感测, 协和, 永和
_ZH_AND = r"(?<![联協协中永祥平人瑞鸿泰嘉共信丰仁同德恒安宝东合太聯鴻豐寶東])和"
_ZH_BOUNDARY = re.compile(r".*(?:(?:现时|目前|现在|一直|持续|长期|主要|此前|过往|历来|亦|也|均|将|拟|已|曾|则|仍)自|旗下|共建|共同|出售给|出售予|出售|销售给|卖给|采购自|购买自|购自|进口自|主要客户|大客户|客户|供应商|据此|受益人|应募人|认购人|受让人|出让人|其中|收购了?|投资了?(?!运营|管理|发展|控股|建设|咨询|顾问|经营|集团|基金|合伙|有限|股份|方)|持有|入股|公司|获得|取得|包括|并非|亦非|搭载|采用|部署|来源于|来自|其余|同意|授权|签订|签署|通过|今年|去年|明年|租用|认购|认缴|采购|购买|订购|"
                          r"委托|委聘|聘请|聘任|结欠|尚欠|欠付|承接|决议|安装|导入|中国大陆|卖方|买方|出售方|賣方|買方|选择|确定|订立|根据|偿还|引入|携手|牵头|领投|跟投|出资|设立|组建|授予|给予|履行|影响|依靠|依赖|申请人|申请|报道|报导|传闻|消息|指出|认为|支撑|支持|带动|推动|帮助|助力|拖累|中标|参股|投资方|出资方|认购方|约定|期内|期间|批量供应|开始供应|稳定供应|持续供应|批量供货|我们|判断|预计|预测|看好|测算|载列|列示|"
                          r"运营商|厂商|大厂|业者|(?:模组|散热|零组件|设备|材料|面板|电源|机构件|服务器|伺服器|载板|基板|设计|封装|测试|组装)厂|(?:晶片|芯片|设备|材料|模组|零组件|服务器|伺服器|记忆体|存储|面板|电源|网通)商|代工厂|封测厂|晶圆厂|工厂|新创(?!业)|" + ZH_TRADER + r"|开发商|供应商|制造商|服务商|提供商|平台|机构|股东|企业|向|与|" + _ZH_AND + r"|对|从|由|为|是|了|的|在|将|被|及|于|以|其|获|"
                          r"表示|称|已|仅供|等|予|给|之|而|系(?![统列])|主权(?:财富)?基金|、|，|。|：|；|“|”|,|;|:|\s|\d)", re.DOTALL)
# A one-word name that a role noun introduces ("Our largest customer, Corvid, ...") or describes ("Halden remains our largest shareholder").
_LISTING_AFTER = re.compile(r"\s*(?:[:：]|(?:股票)?代码|上市|挂牌|网站|-listed|\s+website|\s+(?:ticker|symbol|under the (?:symbol|ticker))\b)")
_PLACE_BEFORE = re.compile(r"\b(?:headquartered|based|located|incorporated|registered|domiciled|situated|offices?|campus(?:es)?|sites?|space|"
                           r"properties|facilities|laborator(?:y|ies)|buildings?|warehouses?|plants?|factor(?:y|ies)|mills?)\s+(?:in|at|near)\s+(?:the\s+)?$")
_SITE_AFTER = re.compile(r"\s+(?:and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:data\s+cent(?:er|re)\s+)?(?:campus(?:es)?|sites?|facilit(?:y|ies)|regions?|clusters?|projects?|parks?|plants?)\b")
_LISTING_BEFORE = re.compile(r"(?:\b(?:listed|traded|trades|trade|quoted)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+the\s+)?|在|于)$")  # "the STAR Market of the …"
_ROLE_WORDS = r"(?:customers?|clients?|suppliers?|vendors?|partners?|lenders?|shareholders?|stockholders?|investors?|backers?|foundry|subsidiary)"
_ROLE_NAMED = re.compile(rf"\b{_ROLE_WORDS},?\s+([A-Z][a-z]{{3,}}[A-Za-z]*)\b(?=\s*[,;.)]|\s+(?:and|which|who|has|is|was|accounted)\b)"
                         rf"|(?<![A-Z][a-z] )(?<![A-Z][a-z]{{2}} )(?<![A-Z][a-z]{{3}} )\b((?:[A-Z][a-z]{{3,}}[A-Za-z]*\s+)?[A-Z][a-z]{{3,}}[A-Za-z]*)\s+(?:is|was|remains|remained|became|has been)\s+(?:still\s+)?"
                         rf"(?:our|a|an|the|its|their|one of (?:our|its|the))\s+(?:[\w-]+\s+){{0,2}}?{_ROLE_WORDS}\b")
# A French, Spanish, Italian or Portuguese company's name: a head word, its other words, then "du", "de la", "des", "de l'" and the
# rest, wherever it stands ("Union Laitière du Massif Central, which holds 41.5% …", "the Coopérative Laitière des Monts d'Arrée")
_ROMANCE_HEADS = (r"(?:Banque|Banco|Banca|Caisse|Caixa|Caja|Cassa|Cr[ée]dit|Groupe|Grupo|Gruppo|Compagnie|Soci[ée]t[ée]|Compa[ñn][ií]a|Companhia|Corporaci[óo]n|"
                  r"Industrias|Ind[úu]strias|Laboratoires|Laboratorios|Union|Uni[óo]n|Coop[ée]rative|Cooperativa|Mutuelle|F[ée]d[ée]ration|[ÉE]tablissements|Fromageries|Laiteries|"
                  r"Distribuidora|Constructora|Inmobiliaria|Aceites|Cementos|Cervecer[ií]a|Vi[ñn]edos|Bodegas|Transportes|Transports|Ateliers|Chantiers|Editions|[ÉE]ditions)")
_ROMANCE_NAMED = re.compile(r"(?<![\w'’-])(" + _ROMANCE_HEADS + r"(?:[ \t]+[A-Z\u00c0-\u00de][\w\u00c0-\u017f'’-]+){0,2}[ \t]+(?:de|du|des|di|del|della|da|do|dos|das)"
                            r"[ \t]+(?:l['’]|la[ \t]+|las[ \t]+|los[ \t]+|le[ \t]+)?[A-Z\u00c0-\u00de][\w\u00c0-\u017f-]+(?:['’][A-Z\u00c0-\u00de][\w\u00c0-\u017f-]+)?"
                            r"(?:[ \t]+(?:d['’])?[A-Z\u00c0-\u00de][\w\u00c0-\u017f-]+(?:['’][A-Z\u00c0-\u00de][\w\u00c0-\u017f-]+)?){0,2})(?![\w\u00c0-\u017f])")
# A legal form's first words that a name read up to "Limited" takes in: "… Private Limited", "… Public Company Limited"
_FORM_LEAD = re.compile(r"\s+(?:Private|Pvt\.?|Public\s+Company|PUBLIC\s+COMPANY)$")
_COOPERATIVE_NAMED = re.compile(r"(?<![\w-])((?:Koperasi|Kooperasi)(?:[ \t]+[A-Z][a-z]+){1,6})(?![\w-])")
# Capitalised names right after a word that introduces a counterparty.
_INTRODUCED = re.compile(
    r"(?:\b(?:to|from|with|by|in|into|of|and|through|acquire|acquires|acquired|bought|buys|buy|for|pays|paid|paying|hired|hires|engaged)\s+|[向与和对从及、]|收购|投资|持有|入股)"
    r"((?:[A-Z][a-z0-9\u00df-\u00ff&'’-]+(?:[A-Z]+[a-z0-9]+)*|[A-Z]{2,}[a-z]*)(?:\s+(?:&\s+)?(?:[A-Z][a-z0-9\u00df-\u00ff&'’-]+(?:[A-Z]+[a-z0-9]+)*|[A-Z]{2,}[a-z]*)){0,3})(?![A-Za-z0-9\u00c0-\u017f])"
)  # (a word may run on in capitals: "BioNTech", not "Bio")
# after "buy" or "hired", a Spanish or Portuguese name keeps its "de": "agreed to buy Cable Pacífico de Sinaloa" (not a place after "and":
# "at Madrid and Palma de Mallorca")
_BOUGHT_NAMED = re.compile(
    r"\b(?:buy|buys|bought|acquire|acquires|acquired|hired|hires|engaged)\s+"
    r"((?:[A-Z][a-z0-9\u00df-\u00ff&'’-]+)(?:\s+(?:(?:de|del|da|do|dos|das|della|di|du)\s+)?[A-Z][a-z0-9\u00df-\u00ff&'’-]+){1,3})(?![A-Za-z0-9\u00c0-\u017f])"
)
_GOVERNMENT_OF = re.compile(r"\b(?:Ministry|Department|Bureau|Commission|Committee|Council|Agency|Administration|Secretary|Office|Minister|Court)\s+(?:of|for)\s+(?:the\s+)?$")
# A single capitalised word is a company where only a company can stand: "we buy the bulk of our accelerators from Corvane".
_DEAL_BEFORE = re.compile(r"\b(?:(?:buy|buys|bought|buying|purchas\w+|sourc\w+|leas\w+|rent\w+|borrow\w*)\b[^.;]{0,60}?\bfrom|"
                          r"invest(?:s|ed|ing|ment)?\s+in|(?:round|Series\s+[A-H]|seed)\s+(?:lead|investment|stake)\s+in|pays|paid|acquir(?:e|es|ed|ing)|acquisition\s+of|partner(?:s|ed|ing|ship)?\s+with|"
                          r"(?:contract|agreement|commitment|deal)\s+with|"
                          r"(?:supplied|manufactured|backed|led|owned|done|handled|performed|packaged|assembled|fabricated|produced|built|operated)\s+(?:[a-z]+ly,?\s+)?by|(?:sells?|sold|supplies|supplied|ships?|shipped)\b[^.;]{0,40}?\bto)\s+$", re.I)
# "In Taiwan, Mingrui signed …": a name after a sentence's setting (found only where it deals, see EntityFinder._deals)
# ("In Europe, Marisol Moda signed …": a name of two or three words too)
_AFTER_SETTING = re.compile(r"^(?:In|At|Separately|Meanwhile|Elsewhere|Last\s+\w+|This\s+\w+|Earlier\s+\w+)(?:\s+[\w-]+){0,3},\s+([A-Z][a-z\u00df-\u00ff]+(?:\s+[A-Z][a-z\u00df-\u00ff]+){0,2})(?=\s+[a-z])")
# "Spanish fashion group Marisol Moda has ordered …": a name a descriptor introduces (found only where it deals)
_AFTER_DESCRIPTOR = re.compile(r"\b(?:group|company|firm|maker|retailer|chain|brand|operator|developer|start-?up|lab|manufacturer|insurer|lender|carrier)\s+"
                               r"([A-Z][a-z\u00df-\u00ff]+(?:\s+[A-Z][a-z\u00df-\u00ff]+){0,2})(?=\s+[a-z])")
_DEALS_AFTER = re.compile(r"(?:,\s+in\s+turn,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|then\s+)?(?:pays|paid|signed|ordered|orders|licenses|licensed|acquired|acquires|invested|invests|"
                          r"bought|buys|sells|sold|supplies|supplied|leases|leased|lent|lends|borrowed|raised|uses|used|agreed\s+to)\b")
# "Lintwhistle, a Toronto-based data-labelling start-up": a single word the sentence itself says is a company
_SAID_TO_BE_A_COMPANY = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:start-?up|company|firm|maker|developer|provider|operator|lab|"
                                   r"manufacturer|designer|supplier|lender|fund|bank|neocloud)\b")
# A name the sentence says is the writer's product: "Blackwell Ultra, our GB300 platform, …"
_DESCRIBED_AS_OURS = re.compile(r",\s+(?:our|its|their)\s+(?:[\w-]+\s+){0,3}?(?:platform|chip|GPU|product|architecture|system|model|brand|family|line|range|series|"
                                 r"processor|accelerator|engine|app|software|drug|vaccine|game|title|device)s?\b")
# Capitalised names that end in a word companies are named with ("Halvorsen Compute", "Kestrel Data Centers").
_HEADS = (r"AI|Labs?|Compute|Computing|Cloud|Systems|Silicon|Semiconductors?|Semi|Networks?|Technologies|Technology|Tech|Capital|"
          r"Partners|Ventures|Holdings|Bank|Finance|Fund|Energy|Renewables|Renovables?|Power|Data\s+Cent(?:er|re)s|Data\s+Parks?|Datacenters?|Infrastructure|Robotics|Software|"
          r"Devices|Electronics|Optics|Photonics|Microsystems|Foundry|Industries|Motors|Investments|Securities|Financial|Insurance|"
          r"Digital|Dynamics|Analytics|Platforms|Solutions|Communications|Telecom|Materials|Memory|Instruments|Intelligence|Circuits|"
          r"Interactive|Quantum|Robotics|Aerospace|Mining|Pharmaceuticals|Biosciences|Automation|Storage|Hosting|Infra|Packaging|Substrates|"
          r"Health\s+Plans?|Health|Healthcare|Therapeutics|Diagnostics|Medical|Biotech|Grid|Logistics|Mobility|Optoelectronics|Opto|"
          r"Precision|Manufacturing|Engineering|Microelectronics|Telecommunications|Interconnect|Lithography|Bonding\s+Systems|Wafers?|Company|Retirement\s+System|Pension\s+(?:Fund|Plan|System)|Realty(?:\s+Trust)?|REIT|Properties|Trust|Bancorp|Exchange|Markets?|Authority|Management|Advisors|Advisers|"
          r"Railways?|Rail|Metro|Transit|Chemicals?|Petrochemicals?|Refining|Steel|Shipbuilding|Shipping|Airlines|Airways|Aviation|Brewing|Breweries|Beverages?|Foundation|Works|Leasing|Bankas[ıi]|Landesbank|Sparkasse|Volksbank|Kantonalbank|Raiffeisenbank|Handelsbank|Sparbank|Hypothekenbank|Girozentrale")
# (ASCII edges: "由Orrery Capital领投" names Orrery Capital though Chinese characters touch it)
# (a Vietnamese bank's name has more words before its head: "Truong Son Commercial Joint Stock Bank")
_HEADED = re.compile(rf"(?<![A-Za-z0-9_\u00c0-\u017f])((?:(?!(?:SAS|SA|AG|SE|GmbH|AB|ASA|Oyj|plc|LLC|Inc\.|Ltd\.|N\.V\.|B\.V\.|K\.K\.)\s)[A-Z\u00c0-\u00de](?:[A-Za-z0-9&\u00c0-\u017f-]|['’](?![sS]\b)(?=[A-Za-z])|(?<=[a-z]s)['’](?=\s+{_PEOPLE_HEADS}))*\s+(?:&\s+)?){{1,3}}(?:{_HEADS}|Funding)(?:\s+&\s+[A-Z][a-z]+|\s+(?:Services|Brokers|Group))?(?:\s+(?:de|do|da|del)\s+[A-Z][A-Za-z\u00c0-\u017f]+)?(?:\s+[IVX]{{1,4}}(?![\w.-]))?|(?:[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u017f-]*\s+){{1,3}}(?:Commercial\s+)?Joint\s+Stock\s+(?:Commercial\s+)?Bank|(?:Bank|Banco|Banque|Bank of America) of(?: [A-Z][\w&'’-]*){{1,3}}|(?:Crédit|Banque|Banco|Banca|Caisse|Caixa|Grupo|Minera|Ferrovia|Ferrovie|Ferrocarril(?:es)?|Compañía|Companhia|Inversiones|Constructora|Empresas|"
              rf"Cooperativa|Coopérative|Sociedad|Sociedade|Frigorífico|Industrias|Indústrias|Laboratorios|Laboratórios|Distribuidora|Transportes|Cervecería|Cervejaria)(?: (?:de la|de las|de los|du|de|des|do|dos|da|das|del|la|le) ?)?(?: [A-Z\u00c0-\u00de][A-Za-z\u00c0-\u017f'’-]+){{1,3}}(?: (?:de|do|da|del|du) [A-Z\u00c0-\u00de][A-Za-z\u00c0-\u017f'’-]+)?)(?![A-Za-z0-9_])(?!-(?:assisted|based|powered|driven|enabled|first|native|ready|grade|led)\b)")
# "at Kestrel's Loudoun campus", "Halvorsen's GPU cloud": a capitalised word owning a facility or product.
_OWNER = re.compile(r"\b([A-Z][a-z]{3,}[A-Za-z]*)(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){0,2}(?:campus|data cent(?:er|re)s?|facilit(?:y|ies)|cloud|"
                    r"chips?|GPUs?|platform|servers?|capacity|fabs?|foundry|plants?|clusters?|sites?|accelerators?|racks?|network|models?|"
                    r"funds?|balance sheet|shares|stock|board|investment|stake|(?:[\w$.-]+\s+){0,3}?(?:LP\s+)?commitment|(?:[\w-]+\s+){0,2}?(?:engine|planner|software|system|solution|tools?|app))\b")
# "Quillon's Fibrelight unit": the word between a possessive and "unit" names a company.
_UNIT_NAMED = re.compile(r"(?:'s|’s)\s+(?!(?:Dutch|German|Japanese|Chinese|American|European|Swedish|French|British|Indian|Korean|Singaporean|Australian|"
                         r"Canadian|Irish|Danish|Finnish|Norwegian|Swiss|Italian|Spanish|Israeli|Saudi|Emirati|Malaysian|Taiwanese|Asian|Nordic|"
                         r"Mexican|Brazilian|Polish|Austrian|Belgian|Gulf|Middle)\b)([A-Z][a-z]{3,}[A-Za-z]*)\s+(?:unit|subsidiary|division|arm)\b")
_LEADING = re.compile(r"^((?:[A-Z][a-z0-9\u00df-\u00ff&'’-]+(?:[A-Z]+[a-z0-9]+)*|[A-Z]{2,}[a-z]*)(?:\s+(?:&\s+)?(?:[A-Z][a-z0-9\u00df-\u00ff&'’-]+(?:[A-Z]+[a-z0-9]+)*|[A-Z]{2,}[a-z]*)){0,3}),?\s+(?=[a-z])")
_NOT_NAMES = {
    "the", "this", "that", "these", "those", "every", "it", "its", "our", "we", "they", "he", "she", "a", "an", "in", "on", "lidar",
    "company", "companies", "merger", "mergers", "board", "chief", "officer", "executive", "president", "management", "analyst", "analysts",
    "operator", "quarter", "fiscal", "year", "revenue", "revenues", "table", "total", "net", "gross", "adjusted",
    "capital", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "q1", "q2", "q3", "q4",
    "gpu", "gpus", "ai", "cpu", "hbm", "dram", "nand", "us", "u.s", "usd", "gaap", "non-gaap", "ebitda", "eps",
    "item", "part", "note", "notes", "form", "forward-looking", "risk", "risks", "under", "as", "for", "with",
    "from", "and", "or", "by", "to", "of", "at", "all", "each", "both", "any", "new", "first", "second", "third",
    "fourth", "data", "center", "centers", "cloud", "cloud infrastructure", "nasdaq", "nyse", "securities",
    "exchange", "commission", "sec", "street", "wall street", "ceo", "cfo", "coo", "cto", "vice", "director",
    "how", "what", "why", "when", "where", "who", "which", "does", "do", "is", "are", "can", "could", "would", "should",
    "will", "thanks", "thank", "yes", "so", "well", "now", "also", "however", "use", "purchase", "key", "terms", "term",
    "today", "during", "since", "after", "before", "while", "if", "but", "because", "although", "their",
    "regulation", "rule", "section", "article", "exhibit", "schedule", "act", "pursuant", "per", "page",
    "unlike", "like", "despite", "besides", "beyond", "including", "excluding", "except", "via", "against", "amendment", "amended",
    # a table's cells run together ("Revolver Tessellate Cloud, Inc. Northgate Bank, N.A."): a column's word starts no name
    "revolver", "facility", "borrower", "borrowers", "lender", "lenders", "customer", "customers", "supplier", "suppliers", "tenant",
    "tenants", "vendor", "vendors", "maturity", "tranche", "loan", "loans", "stock", "preferred", "series",
    # a term sheet's labels run into their values ("Guarantors Opticora Health UK Limited, …", "Counsel Ashby Rourke LLP will act …")
    "guarantor", "guarantors", "collateral", "counsel", "benchmarking", "sponsor", "sponsors", "issuer", "arranger", "arrangers", "agent",
    "purchaser", "purchasers", "seller", "sellers", "licensor", "licensee", "warrants", "covenants", "fees", "security", "governing",
    # a descriptor that opens a sentence ("Chipmaker Pyralis Semiconductor then led …")
    "chipmaker", "chipmakers", "automaker", "automakers", "carmaker", "carmakers", "insurer", "startup", "start-up", "developer", "designer",
    # a role a contract or a plan defines ("the Administrator", "the Trustee"), and kinds of company written in capitals ("OEMs")
    "administrator", "trustee", "employer", "participant", "participants", "grantee", "optionee", "holder", "committee", "plan",
    "contents", "medicare", "medicaid", "be", "oem", "oems", "odm", "odms", "isv", "isvs", "csp", "csps", "msp", "msps",
    # a notice's title and an overview table's field run into the name ("Notice Concerning the Acquisition of …", "(1) Name Kagerou AI Co., Ltd.")
    "notice", "concerning", "regarding", "name",
}
# A nationality starts no company's short name ("Argentine" alone is not the Argentine Central Bank a plan names).
_DEMONYMS = {"american", "chinese", "japanese", "korean", "german", "french", "british", "indian", "israeli", "australian", "canadian",
             "mexican", "brazilian", "argentine", "argentinian", "czech", "polish", "swiss", "swedish", "dutch", "italian", "spanish",
             "irish", "malaysian", "singaporean", "taiwanese", "thai", "vietnamese", "indonesian", "saudi", "emirati", "qatari",
             "european", "asian", "african", "russian", "turkish", "belgian", "austrian", "danish", "norwegian", "finnish",
             "hungarian", "portuguese", "greek", "filipino", "chilean", "colombian", "peruvian", "egyptian", "nigerian", "bermudian"}
# A region's adjective of two words: "European and Middle Eastern formula makers" names no company
_REGIONAL_PEOPLES = frozenset({"middle eastern", "latin american", "north american", "south american", "central american", "east asian", "southeast asian",
                               "south-east asian", "south asian", "central asian", "east african", "west african", "north african", "southern african",
                               "eastern european", "western european", "central european", "northern european", "southern european"})
# Words that can start a bank's or a fund's name ("First Harbor Bank", "New Horizon Capital").
NAME_STARTS = frozenset({"first", "second", "third", "new", "capital", "data", "cloud", "center", "national", "united", "general", "global", "international"})
# Words that end a capitalised run without being part of a name ("Meridian Said" never; "Kestrel Data Centers" is a name).
_NOT_NAMES_TAIL = {"the", "this", "that", "it", "its", "our", "we", "they", "a", "an", "in", "on", "for", "with", "from", "and", "or",
                   "by", "to", "of", "at", "as", "is", "are", "was", "were", "will", "said", "says", "ceo", "cfo", "today", "other", "others", "total",
                   # a headline's verb in Title Case ("Kestrel Ridge Signs 150 MW Lease with Orison Labs")
                   "signs", "secures", "announces", "closes", "raises", "completes", "acquires", "agrees", "enters", "expands", "launches", "wins",
                   "inks", "lands", "taps", "buys", "sells", "prices", "names", "partners", "invests", "lends", "leases", "extends", "upsizes"}
# ("our industry", "our peers" are not the company)
_SELF_EN = re.compile(r"\b(?:[Tt]he [Cc]ompany|[Tt]he [Rr]egistrant|[Tt]he Group(?!\s+of\b)|[Tt]he Board(?: of Directors)?(?= (?:has )?(?:resolved|approved|decided) to\b)|we|We|(?:our|Our)(?!\s+(?:industry|sector|peers|competitors|country|economy)\b)|us)\b")
# "deployed by most of our tenants": the others a role noun names, not the company
_BY_OUR_OTHERS = re.compile(r"\s+(?:[\w-]+\s+)?(?:tenants|customers|clients|suppliers|lenders|partners)\b")
# a Chinese company speaking for itself, at a results briefing: "我们给景御珠宝做的黄金饰品代工业务", "我司" (not a broker's "我们预计")
_SELF_WE_ZH = re.compile(r"我们(?!认为|预计|判断|看好|测算|估计|维持|给予|上调|下调)|我司")
_PT_NAME = re.compile(r"\bPT\s+((?:(?!Tbk\b)[A-Z][a-z]+\s+){0,5}(?!Tbk\b)[A-Z][a-z]+)\b(?!\s+(?!Tbk\b)[A-Z]\w)")
_OWN_PRODUCT_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:app|application|platform|service|range|line|device|assistant|software|system|appliance|module|camera|sensor|robot|suite|engine|SDK)s?\b")
_SELF_FUND = re.compile(r"\b[Tt]he Fund\b(?!\s+(?:[IVX]+|\d+)\b)|\b[Tt]he fund(?=\s+(?:also\s+)?(?:made|invested|led|co-led|committed|added|wrote|put|participated|joined|backed)\b)")  # a fund manager's letter: "the Fund's largest limited partner"
_OWN_THINGS = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:facilities|facility|sites?|campus(?:es)?|data cent(?:er|re)s|plants?|offices|buildings|fleet|"
                         r"capital expenditures|expenditures|revenues?|results|cash|balance sheet|margins?|operating costs?|costs|employees|"
                         r"headquarters)\b", re.IGNORECASE)
_LATTER = re.compile(r"后者|前者|\bthe (?:latter|former)\b", re.IGNORECASE)
_SELF_ZH = re.compile(r"本公司|本集团|该公司|发行人(?!律师|会计师|保荐)|公司(?=[将已拟计于与向从对为在的提全控自现正及和获通系是作])|(?<=[向由于与对和及给使是为系])公司(?!核心|员工|职工|董事|监事|高级管理|高管|实际控制人|控股股东|股东|管理层|创始人)|(?<=持有|增持|认购|受让)公司(?=\d|[的股约近逾]|资本公积|转增)|(?:^|(?<=[，。；：])|(?<=\d年)|(?<=\d月)|(?<=去年)|(?<=今年)|(?<=前年)|(?<=上半年)|(?<=下半年))公司(?=[\u4e00-\u9fff]|[A-Z][A-Za-z0-9-]{1,}[\u4e00-\u9fff]|\d{4}年)(?!名称|简称|代码|类型|章程|法|治理|核心|员工|职工|董事|监事|高级管理|高管|实际控制人|控股股东|股东|管理层|创始人)|(?<=采购|购买|订购|使用)公司(?=的|[\u4e00-\u9fff]{0,8}(?:卡|芯片|产品|模组|设备|服务器|工具|软件))")


# the rest of a unit's name after its parent's first word: " Fuel Services" ("Daeseong Fuel Services")
_UNIT_AFTER_TERM = re.compile(rf"(?:\s+[A-Z][a-z]+){{0,2}}\s+(?:{_HEADS}|Services|Trading|Logistics)(?![\w-])")
# a place in brackets after a Chinese name: its unit there ("深衡智能（香港）")
_ZH_UNIT_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,5})[）)]")
_ZH_COUNTRIES = r"美国|日本|韩国|德国|英国|法国|印度|荷兰|瑞士|瑞典|挪威|丹麦|芬兰|意大利|西班牙|新加坡|马来西亚|越南|泰国|印尼|澳大利亚|澳洲|加拿大|巴西|墨西哥|欧洲|亚洲|亚太|中东|以色列|阿联酋|沙特|澳门"

_ONLY_FORM = re.compile(rf"(?:{LEGAL_FORMS})\.?", re.IGNORECASE)
_LEGAL_FORM = re.compile(rf"[,\s]+(?:{LEGAL_FORMS})\.?$", re.IGNORECASE)  # node ids keep 'Holdings' and 'Group'; see node_id


def node_id(name: str) -> str:
    """The node a name that is not in the lexicon becomes: no legal form (Inc., B.V.), spaces folded.

    'Holdings' or 'Group' stay: 'Corvane Holdings B.V.' is a subsidiary of 'Corvane Semiconductor Corp.', not the same company."""
    value = " ".join(name.split()).strip(" ,.")
    value = re.sub(r"(?<=s)['’]$", "", value)  # "Ironvale Aggregates' operations": a plural's possessive mark is no part of the name
    value = LEADING_FORM.sub("", value) or value  # "N.A. Orvane Compute": a bank's form left over from the cell before
    for _ in range(3):
        new = _LEGAL_FORM.sub("", value).strip(" ,.")
        if new == value or not new:
            break
        value = new
    if re.search(f"[{CJK}]", value):
        value = strip_suffix(value)
    # a glossary's term and its full name run together ("Mylan Mylan N.V.", "Myovant Myovant Sciences Ltd."): one name
    return re.sub(r"^(\S+(?:\s+\S+)?)\s+\1\b", r"\1", value)


def _looks_like_a_name(name: str) -> bool:
    """An unknown single word is rarely a company ("However", "Mexico"); two words or a CamelCase one may be."""
    words = name.split()
    return len(words) >= 2 or bool(re.search(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]", name))


def _title_case(sentence: str) -> bool:
    """A headline ("Halvorsen Compute Closes $2.4 Billion Term Loan to Fund GPU Capacity"): capitals say nothing there."""
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    if re.search(f"[{CJK}]{{4,}}", sentence):
        return False  # a Chinese sentence naming an English company ("中东主权投资机构Ras Zafran Investment Authority跟投")
    if sentence.rstrip().endswith((".", "!", "?")) and sum(w[0].islower() for w in words) >= 2:
        return False  # a sentence that ends like one and has its small words ("Its portfolio includes X Labs and Y Cloud.")
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_PLACES = {"asia", "europe", "america", "africa", "china", "japan", "korea", "india", "states", "kingdom", "east", "west", "north",
           "south", "region", "county", "province", "city", "valley", "mongolia", "guizhou", "shanghai", "beijing", "shenzhen", "texas", "california", "virginia", "ohio", "oregon", "arizona",
           "germany", "france", "britain", "england", "ireland", "sweden", "norway", "denmark", "finland", "netherlands", "switzerland", "austria",
           "italy", "spain", "poland", "israel", "taiwan", "singapore", "malaysia", "indonesia", "vietnam", "thailand", "australia", "canada",
           "mexico", "brazil", "saudi", "arabia", "emirates", "qatar", "dubai", "riyadh", "tokyo", "osaka", "seoul", "london", "paris", "berlin",
           "frankfurt", "munich", "stockholm", "oslo", "amsterdam", "dublin", "zurich", "hong", "kong", "hangzhou", "york", "delaware", "carolina", "dakota", "florida", "illinois", "michigan", "minnesota", "massachusetts", "pennsylvania",
           "wisconsin", "vermont", "colorado", "nevada", "utah", "iowa", "kansas", "missouri", "kentucky", "tennessee", "alabama", "louisiana",
           "oklahoma", "arkansas", "mississippi", "indiana", "maryland", "connecticut", "hampshire", "idaho", "montana", "wyoming", "nebraska",
           "alaska", "hawaii", "bermuda", "cayman", "luxembourg", "belgium", "jersey", "guernsey", "mauritius", "barbados", "panama", "cyprus", "malta", "gulf", "pacific", "atlantic", "nordic", "baltic", "latin", "americas", "apac", "emea"}


_PLACE_PREFIX = ("-based", "-listed", "-owned", "-backed", "-headquartered", "-born", "-registered")


def _field_in_place(words: list[str]) -> bool:
    """A field in a place, no company: "taking a 22.5% stake in the Hong Kong AI developer"."""
    return len(words) >= 2 and words[-1] == "AI" and all(w.lower() in _PLACES for w in words[:-1])


def _clean_generic(name: str, strip_tail: bool = True, keep: frozenset[str] = frozenset()) -> str | None:
    name = re.sub(r"\s+\(?(?:Pty|Sdn|Pvt|Pte)\)?\.?$", "", name)  # "Kookaburra Keno Pty Ltd": the legal form's first word is no part of the name
    head, *rest = re.split(r"(?:'s|’s)\b", name, maxsplit=1)
    # "Ardent's Series C": the name ends at the possessive (but "Singapore's Merlion Bank" is the bank)
    name = rest[0] if rest and rest[0].strip() and all(w.lower() in _PLACES for w in head.split()) else head
    words = name.split()
    if words and words[-1].lower().strip(".,") in _PLACES and (strip_tail or len(words) == 1):
        return None  # "in Asia", but "Kestrel Memory Japan K.K." is a company
    if len(words) == 2 and re.fullmatch(r"Mount|Mt\.?|Lake|Cape|Port|Fort|Lac", words[0]):
        return None  # "the bulk of Mount Oriel's copper concentrate": a mine's mountain, a lake, a port
    while len(words) > 1 and words[0].lower().strip(".,") in _NOT_NAMES - keep or words and words[0].lower().strip(".,") in _NOT_NAMES - NAME_STARTS:
        words = words[1:]
    while strip_tail and words and words[-1].lower().strip(".,") in _NOT_NAMES_TAIL | {"gpu", "gpus", "cpu", "cpus", "hbm"}:
        words = words[:-1]
    prefix = [i for i, w in enumerate(words) if w.lower().endswith(_PLACE_PREFIX)]
    if prefix:  # "Dallas-based Verity Compute", "Shanghai-listed Hengwan": the name follows the description
        words = words[prefix[-1] + 1:]
    if not words or _field_in_place(words):
        return None
    candidate = " ".join(words)
    if candidate.lower() in _NOT_NAMES or len(candidate) < 3 or strip_tail and _NOT_A_PARTY.search(candidate):
        return None  # "Capacity Agreement", "Credit Facility": a contract, not a company
    if _CURRENCY_CODE.fullmatch(candidate):
        return None  # "Lusalar paid EUR 2.1 million …": a currency, not the company paid
    if strip_tail and re.fullmatch(r"[A-Z]{0,3}\d+[A-Za-z]{0,2}", words[-1]):
        return None  # "Atlas X2 is now shipping", "the Orion H200": a model number names a product
    return candidate


# ISO currency codes, which an amount opens with ("EUR 40 million", "PLN 9.0 million")
_CURRENCY_CODE = re.compile(r"USD|EUR|GBP|JPY|CNY|RMB|HKD|CHF|SGD|AUD|CAD|INR|KRW|TWD|NTD|BRL|MXN|PLN|SEK|NOK|DKK|THB|MYR|IDR|PHP|ZAR|TRY|AED|SAR|NZD|CZK|HUF|CLP|COP|PEN|"
                            r"ARS|VND|ILS|EGP|NGN|KES|QAR|KWD|BHD|OMR|KZT|MAD")


_DEFINED = re.compile(  # (a Turkish name's "ve": "Egeloom Ev Tekstili Sanayi ve Ticaret A.Ş. (“Egeloom”)")
    r"(?<![A-Za-z0-9_])(?P<name>(?:(?:&[ \t]+)?(?:[A-Z][\w&'’-]*(?:(?<=Co)\.|(?<=Bros)\.)?|(?<=[a-z][ \t])(?:ve|de|del|do|da|dos|das)(?=[ \t]+[A-Z]))[ \t]+){0,6}(?:&[ \t]+)?(?:[A-Z][\w&'’-]*)(?:[ \t]+\([A-Z][A-Za-z ]{1,20}\))?,?[ \t]*(?:" + FORMS
    + r"|Holdings|Partners|Capital|Management|Fund|Trust|REIT|Company|Group|Authority|Bank|Ventures|Labs|Systems|Technologies|Semiconductor|Networks|Energy|Power|Compute|Cloud))(?:,\s+(?:its|our|a|an|the)(?:\s+[a-z][\w-]*){1,4})?\s*"  # ", its operating partnership"
    r"\((?:[^()“”\"]{0,40}?,\s*)?(?:the\s+)?[“\"](?P<alias>[^”\"]{2,40})[”\"](?:\s*(?:or|and)\s+(?:the\s+)?[“\"](?P<alias2>[^”\"]{2,40})[”\"])?"
    r"(?:\s*[;,]\s*[^()“”\"]{0,30})?\)"  # ('("QNAI" or "Qasr Nabil"; ADX: QNAI)')
)
# "Halcyon GPU Funding I LLC (the Borrower)": a term defined without quotation marks
_DEFINED_BARE = re.compile(
    r"(?P<name>(?:(?:&[ \t]+)?[A-Z][\w&'’-]*[ \t]+){0,5}(?:[A-Z][\w&'’-]*),?[ \t]*(?:" + FORMS + r"|Holdings|Partners|Capital|Fund|Trust|Group))"
    r"(?:,\s+(?:a|an)\s+(?:[\w-]+\s+){1,5}?(?:company|corporation|entity|partnership|fund))?\s*"  # ", a Chinese joint stock company (JV Party)"
    r"\((?:the\s+)?(?P<alias>(?:Borrower|Issuer|Lender|Fund|Partnership|Joint\s+Venture|Guarantor|Parent|Sponsor|Seller|Purchaser|Buyer|Target|Vehicle|SPV|"
    r"JV\s+Party|JV\s+Partner|Investor|Licensor|Licensee|Counterparty))"
    r"(?P<alias2>(?!))?\)")
_ZH_DEFINED = re.compile(rf"([{CJK}A-Za-z0-9（）()]{{2,30}}?(?:股份有限公司|有限责任公司|有限公司|株式会社|集团|公司|合伙企业[（(]有限合伙[）)]|[（(]有限合伙[）)]))\s*[（(](?:(?:[^（）()“”\"]|\([^（）()“”\"]{{1,20}}\)){{0,60}}?[，,]\s*)?"
                         rf"(?:(?:以下简称|下称|简称)?[“\"「]([^”\"」]{{2,12}})[”\"」](?:或[“\"「]([^”\"」]{{2,12}})[”\"」])?|(?:以下简称|下称|简称)([^“”\"（）()，,]{{2,12}}))[）)]")
# a note's definitions without brackets: "注：上海云穹科技控股有限公司以下简称"云穹控股"；杭州智涌创业投资合伙企业（有限合伙）以下简称"智涌创投""
_ZH_DEFINED_NOTE = re.compile(rf"([{CJK}A-Za-z0-9（）()]{{2,30}}?(?:股份有限公司|有限责任公司|有限公司|株式会社|集团|合伙企业[（(]有限合伙[）)]|[（(]有限合伙[）)]))"
                              rf"[，,]?(?:以下简称|下称)[“\"「]([^”\"」]{{2,12}})[”\"」](?:或[“\"「]([^”\"」]{{2,12}})[”\"」])?()")
# A glossary (释义) line: "「海湾智算」 | 指 | 海湾智算（深圳）有限公司，本公司之间接全资附属公司", "杭州穹思 指 杭州穹思科技有限公司，发行人全资子公司",
# "「子午海湾投资局」 指 Meridian Gulf Investment Authority，一家…主权财富基金"
_ZH_GLOSSARY = re.compile(rf"(?:(?<=^)|(?<=[\n|。；])|(?<=公司)|(?<=）)|(?<=基金)|(?<=\.)(?=[{CJK}])|(?=「))[ \t]*「?([{CJK}A-Za-z0-9]{{2,12}}?)」?(?:[ \t]*(?:或|、)[ \t]*「?[{CJK}A-Za-z0-9]{{2,12}}」?)*[ \t]*\|?[ \t]*指[ \t]*\|?[ \t]*"
                          rf"([{CJK}A-Za-z0-9（）()]{{2,40}}?(?:股份有限公司|有限责任公司|有限公司|集团(?!控股|有限|股份)|（有限合伙）|\(有限合伙\)|有限合伙(?:企业)?(?=[，,；;。\s]))|[A-Z][A-Za-z0-9_&'’.-]*(?:[ \t]+[A-Z&][A-Za-z0-9_&'’.,-]*){{0,7}}"
                          rf"|[{CJK}]{{2,20}}(?=（[A-Z][^（）]{{2,60}}）))(?=[，,；;。（(\s|{CJK}]|$)")  # (or "科凡半导体（Corvane Semiconductor, Inc.）")
# a glossary set as a table of terms and meanings, without 指: "詞彙 涵義 「本公司」 嘉峯置業控股有限公司 「目標公司」 雲棲（惠州）智算有限公司"
_ZH_GLOSSARY_TABLE = re.compile(rf"「([{CJK}A-Za-z0-9]{{2,12}})」(?:[ \t]+|[ \t]*\|[ \t]*)(?:指[ \t]*(?:\|[ \t]*)?)?([{CJK}A-Za-z0-9（）()]{{2,40}}?(?:股份有限公司|有限责任公司|有限公司|集团(?!控股|有限|股份)|（有限合伙）|\(有限合伙\)|有限合伙(?:企业)?))(?=[，,；;。\s「|]|$)")
# "Voltaic Grid Systems, Inc.（以下简称“Voltaic Grid”或“标的公司”）": an English legal name a Chinese text defines
# (or a Hong Kong announcement's bare quotes: "Yihai Data Centre (Malaysia) Sdn. Bhd.（「溢海马来西亚」）")
_ZH_DEFINED_EN = re.compile(r"((?:\(?[A-Z][A-Za-z0-9&'’-]*\)?[ \t]+){0,5}(?:\(?[A-Z][A-Za-z0-9&'’-]*\)?|(?<=[A-Za-z][ \t])\d{1,3}),?[ \t]*(?:" + FORMS + r"))\s*[（(](?:[^（）()“”\"「」]{0,30}?[，,]\s*)?(?:(?:以下简称|下称|简称)[“\"「]?|[“\"「])"
                            r"([^”\"」（）()，,]{2,30}?)[”\"」]?(?:或[“\"「]([^”\"」]{2,30})[”\"」])?[）)]")
_NEXT_WORD = re.compile(r"[ ]+[A-Z][\w&'’-]*")
_ZH_ROLE_ALIAS = re.compile(r"合资公司|标的公司|目标公司|项目公司|新公司|被投资企业|被投资公司|交易对方|甲方|乙方|丙方|发行人|借款人|贷款人|卖方|买方|认购人|认购方|出让方|受让方|转让方|承租人|承租方|出租人|出租方")
_ZH_UNDER = re.compile(rf"旗下(?:的)?([{CJK}]{{2,6}}?)(?=自研|的|公司|已|将|在|推出|研发|提供|供应|负责|代工|生产|运营|承建|，|。|、)")


_NAMED_LIST = re.compile(
    r"(?<![A-Za-z0-9_])(?P<name>(?:(?:&[ \t]+)?[A-Z][\w&'’-]*(?:(?<=Co)\.|(?<=Bros)\.)?[ \t]+){0,5}(?:&[ \t]+)?(?:[A-Z][\w&'’-]*)(?:[ \t]+\([A-Z][A-Za-z ]{1,20}\))?,?[ \t]*(?:" + FORMS + r"|Holdings|Group))"
    r"(?:,?\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:corporation|company|partnership|entity)(?:\s+(?:incorporated|organi[sz]ed|formed)\s+(?:in|under)\s+[^()]{0,40}?)?,?)?"  # ", a Delaware corporation"
    r"\s*\((?P<inside>[^()]{0,160})\)")


_NOT_A_PARTY = re.compile(r"\b(?:agreements?|notes|shares|stock|facility|loans?|plan|transactions?|offering|closing|date|warrants?|claims?|"
                          r"purchase|merger|acquisition|securities|act|units|campus|project|term|period|amendment|commitments?|"
                          r"members|participants|operations|lenders|holders|shareholders|customers|suppliers|directors|officers|employees|"
                          r"engineers|professionals|workers|people|students|veterans|americans|women|"
                          r"MSA|PPA|LOI|MOU|SOW|contracts?|leases?|licen[cs]es?|orders?|deals?|tests?|ratios?|events?|accounts?|triggers?|"
                          r"GPUs|index|collateral)$|"
                          r"^(?:Revolving|Term|Bridge|Senior|Secured|Delayed|Syndicated|Construction)\b", re.I)


def _quoted(inside: str) -> list[str]:
    return [q.strip(" ,;") for q in re.findall(r"[“\"]([^”\"]{1,40})[”\"]", inside)]


# An investor's own report names itself at its opening: 'The Lakeshore Public Employees' Retirement System ("LPERS" or the
# "System")', 'Granite Ridge Compute Lending Fund II, L.P. (the "Fund")'
_INVESTOR_WORDS = ("System", "Fund", "Plan", "Partnership", "Trust", "Authority", "Board")
_INVESTOR_SELF = re.compile(rf"(?P<name>(?:[A-Z][\w&'’-]*[ \t]+){{0,6}}(?:{'|'.join(_INVESTOR_WORDS)})(?:[ \t]+[IVX]+)?(?:,?[ \t]+(?:L\.P\.|LP|LLC))?)"
                            rf"\s*\((?P<inside>[^()]{{0,60}}?(?:the\s+)?[“\"](?:{'|'.join(_INVESTOR_WORDS)})[”\"])\)")


def investor_self(text: str) -> tuple[str, list[str]]:
    """The fund or pension system a report opens by naming as itself, and the short names it gives itself, not the generic
    "System" or "Fund": 'The Lakeshore … Retirement System ("LPERS" or the "System")' -> ("Lakeshore … Retirement System",
    ["LPERS"]); ("", []) when it names no one."""
    m = _INVESTOR_SELF.search(text[:3000])
    if not m:
        return "", []
    return re.sub(r"^The\s+", "", " ".join(m.group("name").split())), [q for q in _quoted(m.group("inside")) if q not in _INVESTOR_WORDS]


_WITH_AFFILIATES = re.compile(r"((?:[A-Z][\w&'’-]*,?\s+){1,5}(?:Inc\.|Corp\.|Corporation|LLC|Ltd\.|Limited|plc|N\.V\.|Holdings))\s*\([^()]{0,40}\)\s+and\s+its\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:affiliates|subsidiaries)\s*\((?:collectively,?\s+)?(?:the\s+)?[“\"](?:Debtors|Company)[”\"]\)")


def self_name(text: str, lexicon: Lexicon) -> str:
    """The company a document calls "the Company" ('Corvane Semiconductor Corp. (“Corvane,” the “Company,” “we”)'), or the fund
    or pension system a report opens by naming as itself, or ''."""
    for m in _NAMED_LIST.finditer(text[:20000]):
        aliases = {q.lower() for q in _quoted(m.group("inside"))}
        if aliases & {"company", "registrant", "we", "us", "debtors"}:  # (a chapter 11 debtor's filings: 'Halcyon Compute, Inc. … (the "Debtors")')
            name = _clean_generic(" ".join(m.group("name").split()), strip_tail=False) or m.group("name")
            known = lexicon.company(name)
            return known.name if known else node_id(name)
    group = _WITH_AFFILIATES.search(text[:20000])
    if group:  # 'Halcyon Compute, Inc. ("Halcyon") and its debtor affiliates (collectively, the "Debtors")'
        known = lexicon.company(group.group(1))
        return known.name if known else node_id(group.group(1))
    for m in _ZH_DEFINED.finditer(text[:20000]):  # 华岳半导体股份有限公司（下称“公司”或“华岳半导体”）
        if {"公司", "本公司"} & {m.group(2), m.group(3), m.group(4)}:
            other = next((a for a in (m.group(2), m.group(3), m.group(4)) if a and a not in {"公司", "本公司"} and not _ZH_ROLE_ALIAS.fullmatch(a)), "")
            start = zh_name_start(m.group(1))
            known = lexicon.company(other) or lexicon.company(start) if other else lexicon.company(start)
            return known.name if known else (other or _ZH_SUFFIX.sub("", start))
    investor, _ = investor_self(text)
    known = lexicon.company(investor) if investor else None
    return known.name if known else node_id(investor) if investor else ""


_ZH_DESCRIPTOR = re.compile(r"(?:科技|技术|智能|信息|网络|控股|实业|发展|股份)+$")
_LEGAL_AFTER_ZH = re.compile(r"(?:（[^）]{1,8}）)?(?:股份有限公司|有限责任公司|有限責任公司|有限公司)")
_ZH_LEGAL_RUN = re.compile(rf"([{CJK}]{{2,10}}?(?:（[^）]{{1,8}}）[{CJK}]{{1,10}}?)?)(?:（[^）]{{1,8}}）)?(?:股份有限公司|有限责任公司|有限公司|集团|（有限合伙）)")


def is_vehicle(node: str) -> bool:
    """'Stratoline Funding I', 'Vesper Compute Holdings': a financing vehicle or holding unit, which a company's first word
    alone ('Stratoline', 'Vesper') does not name."""
    return bool(re.search(r"\b(?:Funding|Finance|Financing|Assets?|Issuer|Borrower|SPV|Trust|Campus|Project|PropCo|OpCo)(?:\s+(?:[IVX]+|\d+))?$|\s(?:[IVX]+|\d{1,2})$"
                          r"|^\S+\s+\S+.*\sHoldings$", node))  # 'Vesper Compute Holdings' (but 'Stratacloud Holdings' is the group)


# a name's first word that says only what it is, in another language: "Banca Orsolina Securities" is never "Banca" for short
_GENERIC_FIRST = frozenset({"group", "banca", "banco", "banque", "caixa", "caisse", "cassa", "grupo", "groupe", "compagnie", "compañía", "companhia",
                            "société", "societe", "industrie", "industrias", "azulejos", "ceramiche", "cerámica", "cerâmica", "cantieri", "navali",
                            "officine", "costruzioni", "astilleros", "estaleiros", "chantiers", "traghetti", "navigazione", "usina", "ingenio",
                            "avícola", "frigorífico", "laticínios", "cooperativa", "agropecuária", "agropecuaria", "vinícola", "bodegas",
                            "cervecería", "cervejaria", "distribuidora", "transportes", "laboratorios", "laboratórios", "sociedad", "sociedade", "indústrias",
                            "rodovias", "autopistas", "autopista", "concessionária", "concesionaria", "plantações", "fazendas", "minera", "mineração"})


_PARTICLE = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "ten", "ter", "la", "le"})


def name_words(name: str) -> list[str]:
    """A name's words, with a surname's particles kept with the word they lead to: "Van der Wiel Documentgroep" is
    ["Van der Wiel", "Documentgroep"], as its short form is "Van der Wiel" (not "Van")."""
    words = name.split()
    lead = 1
    while lead < len(words) - 1 and words[lead] in _PARTICLE:
        lead += 1
    if lead == 1 or words[0].lower() in _GENERIC_FIRST or not words[lead][:1].isupper():
        return words
    return [" ".join(words[:lead + 1]), *words[lead + 1:]]


# countries as their own languages write them in a unit's name ("Lusalar Brasil Comércio de Têxteis Ltda.")
_ENDONYMS = {"Brasil", "México", "España", "Polska", "Deutschland", "Italia", "Nederland", "Schweiz", "Suisse", "Österreich", "Türkiye", "Perú"}


# "Eastern Seaboard BMS" is no "Eastern" the document writes for a region ("Reach into the Eastern Seaboard")
_COMPASS = frozenset({"eastern", "western", "northern", "southern", "central", "upper", "lower", "greater"})


def short_names(text: str, lexicon: Lexicon, nodes: set[str], common: frozenset[str] = frozenset()) -> dict[str, str]:
    """Names a document shortens: 'Orison AI' later 'Orison', '星河智算科技有限公司' later '星河智算'. A first word that is a group
    ('Stratacloud Holdings') is not its unit's ('Stratacloud GPU Funding II'), nor one the document writes in lower case
    (``common``: 'Advanced' alone is not Advanced Micro, 'Shares' not a 'Shares Weighted-Average')."""
    names: dict[str, str] = {}
    # the most named, then the first named: "Kestrel" is Kestrel Memory, not its unit Kestrel Memory Japan named later
    places = place_names()
    # (a unit last: 'Halcyon' is Halcyon Acquisition, not its 'Halcyon Sponsor'; 'Tianshu Xinsuan' not 'Tianshu Xinsuan (Hong Kong)')
    unit = re.compile(r"\([^()]+\)$|\b(?:Sponsor|Ventures|Funding|Finance|Merger\s+Sub)\b")
    for node in sorted(nodes, key=lambda n: (bool(unit.search(n)), -text.count(n), text.find(n) if n in text else len(text), len(n), n)):
        words = name_words(node)
        if len(words) >= 3 and words[0].lower() in places:
            words = words[1:]  # 'Suzhou Lanlight Photonics' later 'Lanlight', not 'Suzhou'
        elif len(words) == 2 and words[0].lower() in places and len(words[1]) >= 5 and words[1][:1].isupper() and lexicon.company(words[1]) is None \
                and words[1].lower() not in _NOT_NAMES | common and re.search(rf"(?<![A-Za-z0-9_]){re.escape(words[1])}(?![A-Za-z0-9_])", text.replace(node, "")):
            names.setdefault(words[1], node)  # 'Hangzhou Zhihui' (its "Technology" dropped) later 'Zhihui'
            continue
        if len(words) >= 2 and words[0][:1].isupper() and len(words[0]) >= 5 and words[0].lower() not in _NOT_NAMES | NAME_STARTS | _PLACES | _DEMONYMS | common | _GENERIC_FIRST | _COMPASS \
                and not (words[0] in nodes and re.search(rf"\b{re.escape(words[0])},?\s+(?:Holdings|Group|(?=[A-Z])(?i:{LEGAL_FORMS}))\b", text)) \
                and lexicon.company(words[0]) is None and re.search(rf"(?<![A-Za-z0-9_]){re.escape(words[0])}(?![A-Za-z0-9_])(?!\s+{re.escape(words[1])})", text) \
                and not is_vehicle(node) and not _REGIONAL_UNIT.search(node) and not _arm_of(words[0], " ".join(words[1:]), text):
            # 'Stratoline' alone is the company, not its 'Stratoline Fleet Funding I' (nor 'Orbitra' its unit 'Orbitra Vantage Europe')
            names.setdefault(words[0], node)
        own = [w for w in words if w.lower() not in _GENERIC_FIRST]
        if 2 <= len(words) <= 3 and len(own) == 1 and own[0] == words[-1] and len(own[0]) >= 5 and own[0][:1].isupper() \
                and own[0].lower() not in _NOT_NAMES | NAME_STARTS | _PLACES | _DEMONYMS | common | places and lexicon.company(own[0]) is None \
                and re.search(rf"(?<![A-Za-z0-9_]){re.escape(own[0])}(?![A-Za-z0-9_])", text.replace(node, "")):
            names.setdefault(own[0], node)  # "Cantieri Navali Lucerna" later "Lucerna": the one word of a name that is not what it is
        if len(words) >= 3 and (words[1].lower() in places or words[1] in _ENDONYMS) and words[0][:1].isupper() and len(words[0]) >= 4 \
                and words[0].lower() not in _GENERIC_FIRST | _NOT_NAMES | places | common and lexicon.company(" ".join(words[:2])) is None \
                and re.search(rf"(?<![A-Za-z0-9_]){re.escape(' '.join(words[:2]))}(?![A-Za-z0-9_])(?!\s+{re.escape(words[2])})", text):
            names.setdefault(" ".join(words[:2]), node)  # "Lusalar Brasil Comércio de Têxteis Ltda." later "Lusalar Brasil": its unit in a country
        pair = " ".join(words[:2])
        if len(words) == 3 and all(w[:1].isupper() and w[1:].islower() for w in words) and not any(n != node and n.startswith(pair + " ") for n in nodes) \
                and not is_vehicle(node) and not _REGIONAL_UNIT.search(node) and not re.fullmatch(_UNIT_WORDS, " ".join(words[2:])) and lexicon.company(pair) is None \
                and re.search(rf"\bPT\s+{re.escape(node)}\b|\b{re.escape(node)},?\s+(?:{LEGAL_FORMS})", text) and re.search(rf"(?<![A-Za-z0-9_]){re.escape(pair)}(?![A-Za-z0-9_])(?!\s+{re.escape(words[2])})", text):
            names.setdefault(pair, node)  # "PT Sinar Kemas Jaya" later "Sinar Kemas" (while "Sinar" alone is PT Sinar Kertas Nusantara): a
            # legal name with one word dropped, as the graph joins names across documents
    for m in _ZH_LEGAL_RUN.finditer(text):
        run = re.split(r"[，。；、：“”的与向对从及在为由将]|" + _ZH_AND, m.group(1))[-1]
        if run.endswith(("本", "该", "子", "母")) and text.startswith("集团", m.end(1)):
            continue  # "…采购协议有助本集团": 本集团 is the writer
        cut = _ZH_BOUNDARY.match(run)
        if cut and cut.end() == len(run) and run.endswith(("投资", "控股")):  # a name that ends in 投资 ("卖方上海华岭投资"): the boundary before it
            cut = _ZH_BOUNDARY.match(run[:-2])
        if len(m.group(1)) >= 10 and m.start() and re.match(f"[{CJK}]", text[m.start() - 1]) and run == m.group(1) \
                and not (cut and cut.end() < len(run)):
            continue  # the run's ten characters began inside a longer name ("苏州汇智光联创业投资合伙企业（有限合伙）")
        run = run[cut.end():] if cut and cut.end() < len(run) else run
        core = _ZH_DESCRIPTOR.sub("", run)
        while len(core) + 2 < len(run) and len(alone := re.findall(re.escape(core) + "(?!" + re.escape(run[len(core)]) + ")", text)) < 2 \
                and len(re.findall(re.escape(run[:len(core) + 2]) + "(?!" + re.escape(run[len(core) + 2]) + ")", text)) >= max(2, len(alone) + 1):
            core = run[:len(core) + 2]  # "声浪智能科技股份有限公司" written "声浪智能" (and "声浪" once, in a product's name): the name is 声浪智能
        if len(core) >= 2 and text.count(core) >= 2 and lexicon.company(core) is None and not _ZH_GENERIC.search(core):
            names.setdefault(core, core)
        # "芯岳半导体股份有限公司" … "芯岳", "海赛拉算力控股有限公司" … "海赛拉": the first three or two characters, used on
        # their own (not followed by the name's next character) at least twice
        for size in (3, 2):
            head = run[:size]
            if len(run) > size + 1 and head not in ZH_PLACES and lexicon.company(head) is None and not _ZH_GENERIC.search(head) \
                    and len(re.findall(re.escape(head) + "(?!" + re.escape(run[size]) + f")(?=[^{CJK}]|{_ZH_AFTER_NAME.pattern})", text)) >= 2:
                names.setdefault(head, names.get(core, core) if len(core) >= 2 else run)
                break
    return names


def legal_names(text: str, lexicon: Lexicon, single: bool = False) -> set[str]:
    """The companies a text writes with a legal form ('Lumora Labs, Inc.' -> 'Lumora Labs'): names other documents may
    shorten ('Lumora') even where this one draws no link to them. ``single``: one-word names too ('Negevsense Ltd.' ->
    'Negevsense'), for other documents that write it alone."""
    out = set()
    plain = _NOT_NAMES | _PLACES | NAME_STARTS | place_names()
    for line in text.split("\n"):
        for m in _LEGAL.finditer(line):
            core = _clean_generic(m.group(1), strip_tail=False, keep=NAME_STARTS)
            core = _FORM_LEAD.sub("", core) if core else core  # ("Kaveri Metro Rail Private Limited": "Limited" read as the form)
            node = node_id(out_of_capitals(core)) if core else ""
            if (len(node.split()) >= 2 or single and re.fullmatch(r"[A-Z][a-z]{5,}(?:[A-Z][a-z]+)?", node) and node.lower() not in plain) \
                    and lexicon.company(node) is None and not _ONLY_FORM.fullmatch(node):
                out.add(node)
    return out


# "… agreement with Xingyan, a large-model developer based in Beijing": a one-word name an appositive says is a company
# ("In January Tunewright bought Loopmint, a sample marketplace with about 40,000 paying members": a company bought)
# ("Pickwise, a 2023 seed investment, was sold to …", "Trawlbase, our Fund II catch-documentation software company, agreed …": a holding)
# ("… had agreed to buy Traghetti Golfo Azzurro, a Naples ferry operator with eight fast craft": a name of up to three words)
# (a sentence's opening adverb is no name: "Separately, the Mumbai-listed company will invest …")
_DESCRIBED_NAMED = re.compile(r"(?:\b(?:with|from|to|by|of|and|bought|acquired|acquires|acquire|buys|buy|purchased|purchase)\s+|^\W*|(?<=[.!?]\s))"
                              r"(?!(?:Meanwhile|Separately|Notably|Similarly|Overall|Elsewhere|Likewise|Instead|However|Moreover|Furthermore|Still|Also|Today|"
                              r"[A-Z][a-z]+(?:ally|ately|ously|ently|antly|ingly|edly|ively)),)([A-Z][a-z]{3,}[A-Za-z]*(?:\s+[A-Z][a-z]{2,}){0,2}),\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:developer|maker|manufacturer|lab|start-?up|company|operator|provider|supplier|designer|studio|publisher|firm|lender|bank|fund|"
                              r"insurer|carrier|marketplace|retailer|label|agency|investment|portfolio\s+company)\b")


def products_in(text: str, lexicon: Lexicon) -> frozenset[str]:
    """Names a document says are products, wherever it writes them: described once by an appositive as a piece of software or a
    device ("Atrium AI, a cloud software platform that learns …") and also used as one ("Atrium AI subscriptions", "features of
    Atrium AI", "our Atrium AI"). Known companies and names written with a legal form stay companies."""
    found = set()
    for m in re.finditer(r"(?<![\w&'’.-])([A-Z][A-Za-z0-9-]+(?:[ \t]+[A-Z][A-Za-z0-9-]+){0,2})(?=" + _PRODUCT_APPOSITIVE.pattern + ")", text):
        name = m.group(1)
        if name in found or lexicon.company(name) is not None or re.search(rf"(?<![\w-]){re.escape(name)},?\s+(?:{FORMS})(?![A-Za-z])", text):
            continue
        used = rf"(?:\b(?:our|its|their)\s+{re.escape(name)}\b|\b(?:features?|versions?|users?|deployments?|subscribers?|customers|release)\s+of\s+{re.escape(name)}\b|" \
               rf"(?<![\w-]){re.escape(name)}\s+(?:subscriptions?|licen[cs]es?|platform|software|features?|deployments?|modules?|users?|seats?)\b)"
        if re.search(used, text):
            found.add(name)
    return frozenset(found)


# "The Fund owns 1.4% of Ruizuan", "Ruizuan itself owns 8.6% of Kingsway", "subscribed RMB 420 million for new Ruizuan shares": a
# one-word name that holds or is held by a share of a company, or issues shares, is a company
_STAKE_NAMED = re.compile(r"\b(?:owns?|owned|holds?|held|holding|with)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?"
                          r"\d+(?:\.\d+)?\s?%\s+(?:of|in)\s+([A-Z][a-z]{3,}[A-Za-z]*)\b(?![\s-]+[A-Z])(?![’']s)"
                          r"|(?<![Tt]he\s)(?<![A-Za-z]\s)\b([A-Z][a-z]{3,}[A-Za-z]*)\s+(?:itself\s+|also\s+|now\s+|still\s+)?(?:owns|holds|owned|held)\s+"
                          r"(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s?%\s+of\b"
                          r"|\bnew\s+([A-Z][a-z]{3,}[A-Za-z]*)\s+shares\b")


# ", the AI capture and classification layer that …", ", a scheduling app built by …": what a name an appositive describes is
_PRODUCT_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its|their|our)\s+(?![^,;.]{0,40}?\b(?:whose|start-?ups?|company|firm|maker|developer|provider|vendor|supplier|manufacturer|group)\b)"
                                 r"(?:[\w-]+\s+){0,6}?(?:layer|platform|engine|software|suite|module|model|app|application|"
                                 r"toolkit|tool|product|assistant|copilot|chatbot|firmware|operating\s+system|plug-in|plugin|add-on|SDK|API|"
                                 r"unit|device|appliance|terminal|handset|sensor|camera|gateway|headset|wearable)s?\s+"
                                 r"(?:that|which|from|by|we|developed|built|made|sold|licensed|supplied|provided|installed|mounted|fitted|shipped)\b"
                                 # ("VoyageMind, our in-house routing and speed-optimisation engine, now sets …": its own product, whatever follows)
                                 r"|,\s+(?:(?:our|its|their)\s+(?:own\s+|in-house\s+|proprietary\s+|flagship\s+)|the\s+(?:[Gg]roup|[Cc]ompany)['’]s\s+)(?:[\w-]+\s+){0,5}?(?:layer|platform|engine|software|suite|module|model|app|application|"
                                 r"toolkit|tool|product|assistant|copilot|chatbot|system|optimi[sz]er|planner|device|sensor|camera|service)s?\s*(?:[,;]|for\b)")


def role_named(text: str, common: frozenset[str] = frozenset()) -> set[str]:
    """One-word names the text says are a customer, supplier, lender or holder ("Stratovane remained our largest customer",
    "our supplier, Corvid", "the Fund owns 1.4% of Ruizuan"), not words it also writes in lower case."""
    out = set()
    for line in text.split("\n"):
        for m in [*_ROLE_NAMED.finditer(line), *_DESCRIBED_NAMED.finditer(line), *_STAKE_NAMED.finditer(line)]:
            written = next(group for group in m.groups() if group)
            name = written.split()[-1]
            if " " not in written and name.lower() not in _NOT_NAMES | _PLACES | _DEMONYMS | common and name.lower() not in place_names():
                out.add(name)
            elif " " in written and m.re is _DESCRIBED_NAMED and written.lower() not in place_names() and strip_suffix(written) == written \
                    and not any(w.lower() in _NOT_NAMES | _PLACES | _DEMONYMS | NAME_STARTS | common for w in written.split()):
                out.add(written)  # "Traghetti Golfo Azzurro, a Naples ferry operator" (a name with its legal form is read with it)
    return out


def known_names(text: str, known: Iterable[str] | Mapping[str, int], lexicon: Lexicon, common: frozenset[str] = frozenset(),
                *, indexed: bool = True) -> dict[str, str]:
    """Names other documents gave that this one uses: the full name, or its first word alone ('Arvane' for 'Arvane
    Semiconductor') when no other known company starts with that word, or when one of them is in more than twice as many
    links as any other (``known`` may map names to their number of links); Chinese names as written. A name is looked up in
    an index of the text's words before the text is searched for it; ``indexed=False`` searches for every name (the naive
    way, which ``bench/known_names.py`` times against this one)."""
    weights = dict(known) if isinstance(known, Mapping) else {}
    firsts: dict[str, set[str]] = {}
    after_city: dict[str, set[str]] = {}
    out: dict[str, str] = {}
    present = _word_index(text) if indexed else None
    places = place_names()
    plain = _NOT_NAMES | _PLACES | NAME_STARTS | common | places | _GENERIC_FIRST  # (built once: ``common`` holds a 10-K's thousands of words)

    def written(term: str) -> bool:
        """``term`` bounded in the text; looked up in the text's words first, so that a name the text cannot contain costs no
        scan of the text (a 10-K against the hundreds of names a store knows)."""
        return (present is None or _may_contain(present, term)) and re.search(_bounded(term), text) is not None

    for name in set(known):
        if name.lower() in places and lexicon.company(name) is None:
            continue  # a place another document's reading took for a company ("New York") names none here
        words = name_words(name)
        if re.fullmatch(f"[{CJK}]{{3,}}", name) and name in text:
            out[name] = name
        elif len(words) == 1 and len(name) >= 5 and (name[:1].isupper() and name[1:].islower() or re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", name)) \
                and weights.get(name, 1) >= 2 \
                and name.lower() not in plain and lexicon.company(name) is None \
                and written(name):
            out[name] = name  # 'Veltrix' (or 'PayLumen'), a one-word company other documents linked more than once
        elif len(words) >= 2 and words[0][:1].isupper():
            if written(name):
                out[name] = name
            bare = strip_suffix(name)  # 'Caldera Power & Light' for the 'Caldera Power & Light Company' a filing named
            if bare != name and len(bare.split()) >= 2 and written(bare):
                out.setdefault(bare, name)
            if len(words) >= 3 and words[0].lower() in places and words[1][:1].isupper():
                after_city.setdefault(words[1], set()).add(name)  # ('Hailan' for the 'Shanghai Hailan Zhihang' another document named)
            else:
                firsts.setdefault(words[0], set()).add(name)
    for first, named in after_city.items():
        if first not in firsts:  # (unless a name starts with it: 'Xiantu' is Xiantu Holdings, whatever 'Shenzhen Xiantu Daojia' is)
            firsts[first] = named
    for first, names in firsts.items():
        if first in known and weights.get(first, 1) >= max(weights.get(n, 1) for n in names) and written(first) \
                and lexicon.company(first) is None:
            out.setdefault(first, first)  # 'Solvane' is the Solvane (Corporation) another filing named, not its Solvane Cloud Services
            continue
        if any(not is_vehicle(n) for n in names):
            names = {n for n in names if not is_vehicle(n)}  # 'Vesper' is Vesper Labs, not its Vesper Compute Holdings, LLC
        names = {n for n in names if not _REGIONAL_UNIT.search(n)}  # 'Jingyao' is not its unit 'Jingyao Photonics USA'
        if any(not re.fullmatch(_UNIT_WORDS, n[n.index(first) + len(first) + 1:]) for n in names):
            names = {n for n in names if not re.fullmatch(_UNIT_WORDS, n[n.index(first) + len(first) + 1:])}  # 'Pacefield' is Pacefield Fitness Clubs, not Pacefield Ventures
        if not names:
            continue
        names = {n for n in names if not any(n.startswith(o + " ") for o in names)}  # 'Halvard Music Publishing (Group)': one company
        ranked = sorted(names, key=lambda n: -weights.get(n, 1))
        if len(ranked) > 1 and weights.get(ranked[0], 1) > 2 * weights.get(ranked[1], 1):
            names = {ranked[0]}  # 'Stratacloud' is Stratacloud Holdings (in many links), not its unit Stratacloud GPU Funding II
        if len(names) == 1 and len(first) >= 4 and first.lower() not in plain and lexicon.company(first) is None \
                and written(first):
            out.setdefault(first, next(iter(names)))
    return out


def _arm_of(first: str, rest: str, text: str) -> bool:
    """Whether the text says a name's first word is the parent of the arm the name is ("Orvalle Ventures, the corporate
    venture arm of Orvalle"): then that word alone is the parent, not the arm."""
    return bool(re.fullmatch(_UNIT_WORDS, rest)) and bool(re.search(
        rf"\b(?:arm|unit|subsidiary|affiliate|vehicle)\s+of\s+(?:the\s+)?{re.escape(first)}\b(?!\s+{re.escape(rest)})|\b{re.escape(first)}(?:['’]s|['’])\s+(?:[\w-]+\s+){{0,2}}?(?:arm|unit|vehicle)\b", text))


# a company's investing, financing or giving arm is its name and one of these words ("Pacefield Ventures", "Orvane Capital")
_UNIT_WORDS = r"(?:Ventures|Capital|Funding|Financial|Finance|Leasing|Foundation|Fund|Credit|Investments?)\b"
# a regional unit's name ends with its region: "Jingyao Photonics USA, Inc.", "Orbitra Americas LLC", "Tallyforge Philippines, Inc.",
# "Hongtuo Microelectronics (Vietnam) Co., Ltd."
_REGIONAL_UNIT = re.compile(r"\s\(?(?:USA|U\.S\.|US|America|Americas|North\s+America|Europe|EMEA|Asia|Asia\s+Pacific|APAC|Japan|UK|Korea|India|China|Singapore|"
                            r"Germany|Canada|Australia|Taiwan|Hong\s+Kong|Philippines|Kenya|Malaysia|Vietnam|Mexico|Brazil|Ireland|Netherlands|International|"
                            r"Denmark|Sweden|Norway|Finland|Nordics?|France|Italy|Spain|Switzerland|Austria|Belgium|Poland|Benelux|Thailand|Indonesia|"
                            r"New\s+Zealand|Middle\s+East|Africa|South\s+Africa|Latin\s+America|UAE|Israel|Turkey)\)?"
                            r"(?:,?\s+(?:Inc\.|LLC|Ltd\.?|Limited|Corp\.|Corporation|GmbH|K\.K\.|Pte\.\s+Ltd\.|B\.V\.|S\.A\.|Co\.,\s+Ltd\.))?$")
_NO_PARTY_TAIL = re.compile(r"\b(?:Court|Courts|Committee|Committees|Tribunal|Law|Laws|Act|Code|Segment|Segments|Advances|Methodology|Methodologies|Criteria|Guidelines|Depositary\s+(?:Instruments|Interests|Receipts|Shares)|Debentures|Notes|Bonds)$")
_GENERIC_ALONE = {"holdings", "holding", "group", "company", "companies", "partners", "capital", "corporation", "trust", "fund", "bank", "investments",
                  "other investments", "ventures", "enterprises", "industries", "international", "global"}
_BRAND_AFTER = re.compile(r"(?:\s*[’']s)?\s+(?:brands?|trademarks?|franchises?|(?:brand|trade)\s+names?)\b", re.I)


_ROW_END = re.compile(rf"(?:\b(?:{LEGAL_FORMS})\.?|\))\s+$", re.IGNORECASE)


def _after_jurisdiction(core: str, before: str) -> str:
    """A list of subsidiaries run into one line puts each one's jurisdiction before the next name: in "… Wimm-Bill-Dann
    Ukraine, PJSC Ukraine Woodglen Holdings, Inc. United States, Delaware" the name after the legal form is 'Woodglen
    Holdings', not 'Ukraine Woodglen Holdings'. A leading place is cut only right after another name's legal form."""
    places = place_names()
    while True:  # (the jurisdiction before may be in part before the name found: "Ltd. United States, | Vermont Wimm-Bill-Dann …")
        last = re.search(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,?\s+$", before)  # the capitalised words the text before ends with
        starts = [last.start() + w.start() for w in re.finditer(r"(?<![\w.'’-])[A-Z]", before[last.start():])] if last else []
        cut = next((i for i in starts if before[i:].strip().rstrip(",").lower() in places), None)  # the longest place among them
        if cut is None:
            break
        before = before[:cut]
    if not _ROW_END.search(before):
        return core
    words = core.split()
    for k in range(min(4, len(words) - 1), 0, -1):
        lead = " ".join(words[:k])
        if all(part.strip().lower() in places for part in lead.split(",") if part.strip()) and words[k][:1].isupper():
            return " ".join(words[k:])
    return core


_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


def _word_index(text: str) -> frozenset[str | tuple[str, str]]:
    """The ASCII words of a text (runs of letters, digits and underscores) and each pair of words that follow each other."""
    words = _ASCII_WORD.findall(text)
    return frozenset([*words, *zip(words, words[1:], strict=False)])


def _may_contain(index: frozenset[str | tuple[str, str]], term: str) -> bool:
    """False only when ``term`` cannot occur bounded in a text with this index: each of its ASCII words lies inside the
    match between characters that are no word characters (or at a bounded edge), so it is a whole word of the text too,
    and words next to each other in the term are next to each other in the text."""
    if "_" in term or not term.isascii():
        return True  # (an unbounded edge or a non-ASCII letter beside a word: let the search decide)
    words = _ASCII_WORD.findall(term)
    return all(w in index for w in words) and all(pair in index for pair in zip(words, words[1:], strict=False))

_ZH_HEADS = re.compile(r"投资局|珠宝|医疗|医药|制药|食品|物流|航空|钢铁|化工|汽车|电器|传媒|地产|置业|物业|环保|水务|燃气|光伏|矿业|渔业|水产|封装|封测|半导体|科技|激光|光通信|电源|电气|基板|载板|精密|农村商业银行|农商银行|国际商业银行|商业银行|银行|基金|资本|投资|租赁|证券|电子|智算|智能|算力|数据|云算|云|网络|通信|能源|微电子|光电|控股|创投|国投|产投|科创|创新|集团|实业|晶圆|信息|软件|动力|机器人|芯|存储")
_ZH_NOT_AFTER = ("交易所", "中心", "业务", "领域", "产业", "行业", "市场", "板块", "芯片", "服务", "平台", "能力", "需求", "资源", "集群", "设施", "项目", "技术", "产品",
                 "设备", "系统", "工程", "架构", "安全", "带宽", "建设", "产线", "产能", "营收", "订单", "部门", "事业", "工艺", "磨削", "加工", "零部件",
                 "执行器", "本体", "化", "优化", "模组", "模組", "模块", "模塊", "元件", "器件", "手环", "手環", "手表", "手錶", "眼镜", "眼鏡", "穿戴")  # ("窑炉智能化改造", "AI窑炉智能优化系统": a word, no name)


# A name used once is still a party where a deal puts it: "收购鹤汀数据70%股权", "与芯垣科技宣布共建", "其中云岫国投出资10亿元领投".
_ZH_PARTY_AT = re.compile(r"(?:收购|受让|入股|与|其中|，|。|；|委托|委由|交由|给|替|(?:我们|我司|公司)和)$")  # ("…表决权。姑苏科创持有公司18.40%的股份")
_ZH_PARTY_AFTER = re.compile(r"[\d.]+%(?:的)?股[权份]|(?:宣布|签署|签订|达成|共同|联合)|出资[\d.,]+[万亿]|(?:做的?[^，。；]{0,10}?)?(?:完成|代工|生产|加工|封装|封测)|(?:仍|已|目前|现|均|亦|也){0,3}持有")


def zh_names(text: str, lexicon: Lexicon) -> dict[str, str]:
    """Chinese company names written without 公司 ('星河智算', '招商银行'): kept when the document uses them twice or more, when
    a descriptor introduces them ('数据中心运营商青山数据', '芯片设计公司华澜微电子'), or when their first two characters stand
    alone elsewhere ('华澜微电子' … '华澜与芯岳')."""
    counts: dict[str, int] = {}
    introduced: set[str] = set()
    recurring: set[str] = set()
    for m in _ZH_HEADS.finditer(text):
        back = text[max(0, m.start() - 6):m.start()]
        centre = text.startswith("中心", m.end()) and re.search(rf"子公司[{CJK}]{{2,4}}$", back) is not None  # "全资子公司临澜智算中心获得…"
        lends = m.group(0).endswith("银行") and text.startswith("项目贷款", m.end())  # "获得临澜农村商业银行项目贷款8亿元"
        if text.rfind("《", 0, m.start()) > text.rfind("》", 0, m.start()) and "》" in text[m.end():m.end() + 30]:
            continue  # "签订了《边缘智能视觉模组采购合同》": a title's words, no name
        if text.startswith(_ZH_NOT_AFTER, m.end()) and not centre and not lends or m.group(0) == "芯" and (text.startswith("片", m.end()) or back.endswith(("电", "電"))) \
                or m.group(0) == "资本" and text.startswith("金", m.end()) \
                or m.group(0) == "控股" and text.startswith(("股东", "股東"), m.end()):  # ("融资本金": principal, no 资本 in a name; "报废电芯": cells;
            # "…的设计与建造控股股东 Lucerna Holding": a table's next label, 控股股东, no 建造控股)
            continue
        cut = _ZH_BOUNDARY.match(back)
        prefix = back[cut.end():] if cut else back
        prefix = re.split(rf"[^{CJK}]", prefix)[-1]
        if cut and len(prefix) < 2:
            # "与泰和商业银行…由泰和商银担任": a name with a word like 和 in it, which the document also writes in short
            again = _ZH_BOUNDARY.match(back[:cut.end() - 1])
            inner = re.split(rf"[^{CJK}]", back[again.end() if again else 0:])[-1]
            if 2 <= len(inner) <= 4 and text.count(inner + m.group(0)[0]) > text.count(inner + m.group(0)):  # (泰和商 more often than 泰和商业银行)
                prefix, cut = inner, again
                recurring.add(inner + m.group(0))
        listed = re.search(rf"(?:^|[^{CJK}]|[、，与及。；：])([{CJK}]{{2,4}})$", back)
        if cut and len(prefix) < 2 and m.group(0).endswith("银行") and listed and not _ZH_GENERIC.search(listed.group(1)) \
                and not re.search(r"[之的了为是在将被于以其获等予向从对由]", listed.group(1)):
            prefix = listed.group(1)  # "…并与信鸿商业银行、泰和国际商业银行共同参贷": a bank listed after 、 with 和 in its name
            recurring.add(prefix + m.group(0))
        if "和" in prefix and (text.count(prefix + m.group(0)[0]) > text.count(prefix + m.group(0))
                                            or m.group(0).endswith("银行") and listed and listed.group(1) == prefix):
            recurring.add(prefix + m.group(0))  # (the same, where 和 is read as part of the name: "联和感测", "泰和商业银行")
        lead = back[:len(back) - len(prefix)]  # what comes before the name and its place ("委托" in "委托台湾晶曜半导体")
        opened = m.start() - len(prefix)
        if text[opened - 1:opened] in {"「", "“", "《"} and re.search(r"(?:系统|系統|平台|软件|軟件|引擎|模型|产品|產品|品牌|方案|应用|應用)$", text[max(0, opened - 8):opened - 1]):
            continue  # "供应其人工智能码头操作系统「智港云」": a product's name in quotes, no company
        if lead.endswith(("其", "透过", "透過", "通过", "通過")) and not _LEGAL_AFTER_ZH.match(text, m.end()):
            continue  # "亦透过其仓配网络向…提供服务": its own network, no name
        if prefix[:2] in {"美国", "日本", "韩国", "德国", "英国", "法国", "荷兰", "瑞士", "印度", "台湾", "香港", "大陆", "美商", "日商", "韩商", "台商"} \
                and len(prefix) >= 4:
            prefix = prefix[2:]  # "韩国瑞延存储" is 瑞延存储 of Korea
        if not 2 <= len(prefix) <= 4 or _ZH_GENERIC.search(prefix) or re.match(r"[一二三四五六七八九十百\d]+(?:吋|寸|英寸|纳米|奈米|层|代)|[一两二三四五六七八九十几数多]+[项笔]", prefix) \
                or m.group(0).endswith("银行") and text.startswith("同业拆", m.end()) \
                or re.match(r"(?:供应|供應|提供|采购|採購|交付|销售|銷售|出售|购买|購買|生产|生產|制造|製造|配套|开发|開發|研发|研發|焊接|切割|部署|采用|採用|使用|光纤|光纖)", prefix):
            continue  # ("十二吋矽晶圆": a product's size, no name; "…Ltd.供应光纤激光切割头", "协作焊接机器人": a verb or a trade, then what it makes)
            # ("一项新订银行融资": a count of things, "香港银行同业拆息": an interbank rate, no bank)
        name = prefix + m.group(0) + ("中心" if centre else "")
        if _ZH_GENERIC.search(name):
            continue  # "…等人工智能云服务商": 人工智能 is a word
        counts[name] = text.count(name)
        after = text[m.end():m.end() + 40]
        if centre:
            introduced.add(name)  # a subsidiary named as one: "全资子公司临澜智算中心"
        elif cut and re.search(r"(?:公司|商|企业|机构|厂)$", back[:cut.end()]) or re.match(r"\s*[（(]\s*(?:[A-Z][A-Za-z]|\d{4,6}\s*[）)])", after) \
                or re.match(rf"(?:、[{CJK}A-Za-z]{{2,10}})*(?:等(?:老股东|现有股东|机构|投资方|股东)?)?(?:联合|共同)?(?:领投|跟投|参投)", after) \
                or lead.endswith("由") and re.match(r"(?:通过|以|向|为|负责)?[^，。；]{0,12}?(?:提供|供应|供货|领投|出资|封装|封测|代工)", after) \
                or _ZH_PARTY_AT.search(lead) and _ZH_PARTY_AFTER.match(after) \
                or re.search(r"向(?:[^，。；]{0,4}的)?$", lead) and re.match(r"(?:采购|购买|订购|租用)", after) \
                or re.search(r"(?:采用|使用|基于|调用|接入)$", lead) and re.match(r"的[^，。；]{0,6}?(?:大模型|模型|芯片|算力|云服务|平台)", after) \
                or re.search(r"(?:中标|参股)$", lead):
            introduced.add(name)  # "数据中心运营商青山数据", "岚峰科技（Lanfeng Cloud）", "由澄湖资本领投，鹏远投资、星衡科技跟投", "由江屿能源…提供"
        elif m.group(0) == "租赁" and prefix.endswith("融资") and len(prefix) >= 4:
            introduced.add(name)  # "海澄融资租赁": a leasing company's name, not the word 融资租赁
        elif m.group(0) in {"投资", "租赁"}:
            counts.pop(name, None)
            continue  # "股权投资", "融资租赁": a word, unless a round or a supply introduces it
    for m in _ZH_FUND.finditer(text):  # "曜石算力产业投资基金": a fund's name runs longer than other names
        cut = _ZH_BOUNDARY.match(m.group(1))
        name = (m.group(1)[cut.end():] if cut else m.group(1)) + m.group(2)
        prefix = name[:-len(m.group(2))]
        if re.match(r"政府|城市|地方|国家|省级|市级|区级|各级|各地|多地|这类|此类|一只|一支|有限合伙|有限合夥", prefix) \
                or m.group(2).endswith("引导基金") and (len(prefix) > 4 or re.search(r"战略|新兴", prefix)):
            continue  # "政府产业投资基金", "战略性新兴产业引导基金": a kind of fund; "临湾产业引导基金" is one
        if 2 <= len(name) - len(m.group(2)) <= 8 and not _ZH_GENERIC.search(name[:-len(m.group(2))]):
            counts.setdefault(name, text.count(name))
    for name in [n for n in counts if n[-1] in "云芯"]:
        # "深智云图": a one-character head ('云') inside a name is no end of it when the name always runs on with the same character
        following = {text[m.end():m.end() + 1] for m in re.finditer(re.escape(name), text)}
        if len(following) == 1 and re.fullmatch(f"[{CJK}]", nxt := following.pop()) and not _ZH_AFTER_NAME.match(nxt) \
                and nxt not in "股有集公子控科技" and not _ZH_HEADS.match(nxt):
            counts[name + nxt] = counts.pop(name)
    return {name: (lexicon.company(name).name if lexicon.company(name) else name)  # type: ignore[union-attr]
            for name, n in counts.items()
            if (n >= 2 or name.endswith(("银行", "证券", "基金")) or name in introduced or _stands_alone(text, name[:2], name))
            and (name in recurring or not re.search(r"[的了在将是与和向从对为其于以]", name))}


_ZH_FUND = re.compile(rf"([{CJK}]{{2,10}}?)((?:产业|股权|创业|发展|成长)?(?:投资|引导)基金(?:[一二三四五六七八九]期)?)")  # "…投资基金二期", "临湾产业引导基金"
_ZH_AFTER_NAME = re.compile(rf"[^{CJK}]|[已将于与和在的为、还也是向从对拟称表披获以去今近方此同等均则并及称供提日目最昨明旗]")


def _stands_alone(text: str, head: str, name: str) -> bool:
    """'华澜' used on its own ('华澜与芯岳') in a document that names '华澜微电子'."""
    if len(head) < 2 or head == name or head in ZH_PLACES or _ZH_GENERIC.search(head):
        return False
    if len(head) <= 3 and re.search(re.escape(head) + r"(?:市|省|县|縣|镇|鎮)(?![场場])", text):
        return False  # '临湾' is the city of '临湾市' the document names, not 临湾智算's short form
    return any(_ZH_AFTER_NAME.match(text, m.end()) for m in re.finditer(re.escape(head) + "(?!" + re.escape(name[len(head):len(head) + 1]) + ")", text))


_ZH_WITH_ENGLISH = re.compile(rf"([{CJK}]{{2,12}})[（(]([A-Z][^（）()，,;；]{{2,60}}?)(?:[，,;；][^（）()]{{0,30}})?[）)]")
# a Hong Kong announcement's heading: the issuer's Chinese legal name, then its English one in capitals
# ("海港線出行控股有限公司 HARBOURLINE MOBILITY HOLDINGS LIMITED")
_ZH_OVER_ENGLISH = re.compile(rf"([{CJK}]{{2,20}}?)(?:股份有限公司|有限公司)[ \t]*\n?[ \t]*((?:[A-Z][A-Za-z0-9&.'’-]*[ \t]+){{1,6}}(?:LIMITED|Limited|LTD\.|Ltd\.|INC\.|Inc\.|CORPORATION|Corporation|PLC|plc))(?![A-Za-z])")
_ENGLISH_WITH_ZH = re.compile(rf"((?:\(?[A-Z][\w&.'’-]*\)?[ \t]+){{0,5}}[A-Z][\w&.'’-]*(?:,?[ \t]+(?:{FORMS}))?)[ \t]*[（(]([{CJK}]{{2,14}}(?:[（(][{CJK}]{{2,6}}[）)])?)[）)]")
_ZH_ABROAD = ("美国", "美商", "美系", "日本", "日商", "韩国", "韩商", "台湾", "台商", "德国", "英国", "法国", "荷兰", "瑞士", "新加坡")


def zh_bilingual(text: str, finder: EntityFinder) -> dict[str, str]:
    """Chinese names a document writes with a company's English name in brackets: '美商邓马罗仪器（Dunmarrow Instruments）' makes
    邓马罗仪器 that company (and, through ``zh_aliases``, its short form 邓马罗)."""
    out: dict[str, str] = {}
    for m in _ZH_WITH_ENGLISH.finditer(text):
        named = [x.node for x in finder.mentions(m.group(2)) if x.start == 0]
        if not named and re.fullmatch(r"(?:[A-Z][\w&.'’-]*\s?){1,5}", m.group(2).strip()) and m.group(2).strip().upper() != m.group(2).strip() \
                and m.group(2).strip().lower() not in _NOT_NAMES and not re.search(r"(?:雷达|雷達|芯片|晶片|模组|模組|系统|系統|平台|技术|技術|算法|演算法|模型|软件|軟體)$", m.group(1)):
            named = [node_id(strip_suffix(m.group(2).strip()))]  # a capitalised name no rule knows yet (not a ticker like "HLVN")
        if not named or not named[0] or re.search(f"[{CJK}]", named[0]):
            continue
        name = m.group(1)[_zh_begins(m.group(1)):]
        for place in _ZH_ABROAD:
            if name.startswith(place) and len(name) - len(place) >= 2:
                name = name[len(place):]
        if 2 <= len(name) <= 8 and not _ZH_GENERIC.search(name):
            out.setdefault(name, named[0])
    for m in _ENGLISH_WITH_ZH.finditer(text):  # 'Tidewell Animal Health plc（泰德威動物保健）': the Chinese name a Chinese filing then uses
        named = [x.node for x in finder.mentions(m.group(1)) if x.end == len(m.group(1))]
        name = strip_suffix(m.group(2))
        if named and named[-1] and not re.search(f"[{CJK}]", named[-1]) and 2 <= len(name) <= 10 and not _ZH_GENERIC.search(name) \
                and not re.search(r"(?:以下|下称|简称|簡稱|或|上市|交易所|股票|代[號号码碼]|注册|註冊|成立|之|的|美國|美国|日本|韓國|韩国|英國|英国)", m.group(2)):
            out.setdefault(name, named[-1])
    for m in _ZH_OVER_ENGLISH.finditer(text[:3000]):
        name = strip_suffix(m.group(1))
        if 2 <= len(name) <= 10 and not _ZH_GENERIC.search(name):
            out.setdefault(name, node_id(strip_suffix(out_of_capitals(m.group(2)))))
    return out


def zh_aliases(text: str, names: dict[str, str], lexicon: Lexicon) -> dict[str, str]:
    """Short forms of the Chinese names a document uses: '云穹' for '云穹科技', '星河基金' for '星河产业投资基金', '天衡乌兰察布'
    for '天衡（乌兰察布）数据科技'."""
    out: dict[str, str] = {}
    # a short name the document gives a stock code ("先进封装厂瀚鼎（6817）") is a listed company of its own: not its subsidiary
    # '瀚鼎嘉义先进封装' (unless the longer name only adds descriptor words: '宏翊电子' for '宏翊（6231）')
    listed = set()
    for m in re.finditer(rf"([{CJK}]{{2,12}})[（(]\d{{4,6}}(?:\.[A-Z]{{2}})?[）)]", text):
        cut = _ZH_BOUNDARY.match(m.group(1))
        short = m.group(1)[cut.end():] if cut else m.group(1)
        if 2 <= len(short) <= 6 and not _ZH_GENERIC.search(short) and short not in names and lexicon.company(short) is None \
                and not any(zh_same_company(name, short) for name in names):
            listed.add(short)
            out[short] = short
    for name, node in names.items():
        placed = re.fullmatch(f"([{CJK}]{{2,6}})（([{CJK}]{{2,6}})）[{CJK}]*", name)
        if placed and placed.group(1) + placed.group(2) in text:  # '天衡乌兰察布' for '天衡（乌兰察布）数据科技'
            out.setdefault(placed.group(1) + placed.group(2), node)
        if not re.fullmatch(f"[{CJK}]{{3,}}", name):
            continue
        core = _ZH_DESCRIPTOR_LONG.sub("", name)
        shorts = {core, name[:2]}
        # '乌兰察布澜图' alone in a table cell for '乌兰察布澜图云计算': a longer head of the name, used on its own
        shorts |= {name[:k] for k in range(5, len(name) - 1)}  # (a city alone is no alias: five characters or more)
        # '瑞宠医疗' for '瑞宠动物医疗集团': the first two characters and a later word of the name, as a document writes it
        shorts |= {short for k in range(3, len(name) - 1) if (short := name[:2] + name[k:k + 2]) in text and not re.fullmatch(r"..(?:集团|股份|有限|公司)", short)
                   and sum(other[:2] == name[:2] for other in names) == 1}
        if (unplaced := zh_unplaced(name)) != name:  # '深圳云擎算力服务' is 云擎 (and 云擎算力) after its city
            shorts |= {unplaced[:2], _ZH_DESCRIPTOR_LONG.sub("", unplaced)}
        for short in shorts:
            if 2 <= len(short) < len(name) and short not in names and short not in listed and lexicon.company(short) is None and _stands_alone(text, short, name):
                out.setdefault(short, node)
    for short in names:  # 星河基金 = 星河 + 基金 for 星河产业投资基金 (the first two characters and the same last word)
        for name, node in names.items():
            if len(short) >= 4 and len(name) > len(short) and name[:2] == short[:2] and name.endswith(short[2:]) and short[2:]:
                out[short] = node
    for name, node in names.items():  # 昱电创投 for 昱电创业投资: the usual contraction
        if name.endswith("创业投资") and len(name) >= 6 and (short := name[:-4] + "创投") in text and names.get(short, short) == short:
            out.setdefault(short, node)
    for name, node in names.items():  # 曜石算力基金 for 曜石算力产业投资基金
        fund = _ZH_FUND.fullmatch(name)
        if fund and fund.group(1) + "基金" in text and fund.group(1) + "基金" not in names:
            out.setdefault(fund.group(1) + "基金", node)
    return out


# What a Chinese name may carry after the part a document shortens it to: '云穹科技' is 云穹, '芯岳半导体' is 芯岳.
_ZH_DESCRIPTOR_WORDS = r"科技|技术|智能|终端|企业管理|工业|制造|传媒|信息|网络|网路|控股|实业|发展|股份|集团|微电子|电子|服务器|服务|半导体|数据|智算|集成电路|仪器|光电|精密|智慧|感测|传感|物流"
_ZH_DESCRIPTOR_LONG = re.compile(rf"(?:{_ZH_DESCRIPTOR_WORDS}|（[^）]{{1,8}}）)+$")


def zh_same_company(longer: str, shorter: str) -> bool:
    """'恒湾算力科技' and '恒湾算力': one company, the longer name only adds descriptor words."""
    return len(longer) > len(shorter) >= 2 and longer.startswith(shorter) and bool(re.fullmatch(f"(?:{_ZH_DESCRIPTOR_WORDS})+", longer[len(shorter):]))


# a table whose first column lists companies: "Company | Ticker | Rating | …", "Portfolio company | Sector | Invested | …"
_COMPANY_COLUMN = re.compile(r"(?im)^\|?[ \t]*(?:(?:portfolio\s+)?company(?:\s+name)?|issuer|counterparty|customer|supplier|borrower|investee)[ \t]*\|[^\n]*\|[^\n]*$")


def table_companies(text: str) -> dict[str, str]:
    """The names in a table's company column ("Huatie Zhilian Technology | 688417 CH | Hold | …" under "Company | Ticker |
    Rating"), by their node: names of two to five capitalised words (not a total's row, not a person's name column)."""
    out: dict[str, str] = {}
    for header in _COMPANY_COLUMN.finditer(text):
        for row in text[header.end():].split("\n")[1:41]:
            if "|" not in row:
                break
            cell = row.strip().strip("|").split("|")[0].strip(" *")
            if re.fullmatch(r"[A-Z][\w&'’.-]*(?:,?\s+(?:&\s+)?[A-Z][\w&'’.-]*){1,4}", cell) \
                    and not re.match(r"(?:Total|Other|All|Sector|Peer|Average|Median|Sum)\b", cell):
                out.setdefault(cell, node_id(strip_suffix(cell)))
    return out


def defined_terms(text: str, lexicon: Lexicon) -> dict[str, str]:
    """Names a document defines for itself: 'Delta Crest Holdings LLC (the “Joint Venture”)' -> {'Joint Venture': 'Delta Crest Holdings'}."""
    terms: dict[str, str] = {}
    for m in [*_DEFINED.finditer(text), *_DEFINED_BARE.finditer(text), *_NAMED_LIST.finditer(text)]:
        aliases = [m.group("alias"), m.group("alias2")] if "alias" in m.re.groupindex else _quoted(m.group("inside"))
        if not any(aliases):
            continue
        name = " ".join(m.group("name").split())
        cleaned = _clean_generic(name, strip_tail=False) or name
        # "...Contracted GPU Capacity Halvorsen Compute Cloud LLC (the “Borrower”)": the capitalised run may
        # start early; the name is the longest tail of it that the document also uses elsewhere.
        words = cleaned.split()
        # (a use inside the whole name or an alias is no use of the tail: 'Cobalt Grid Funding I, LLC ("CG Funding I")')
        elsewhere = re.sub("|".join(re.escape(x) for x in sorted({strip_suffix(cleaned), *(a for a in aliases if a)}, key=len, reverse=True)), " ", text)
        for i in range(1, max(1, len(words) - 1)):
            tail = " ".join(words[i:])
            if re.match(rf"(?:{FORMS})(?![A-Za-z])", tail):
                break  # the legal form: 'Grupo Cablemar, S.A.B. de C.V. (“Cablemar”)' is no 'S.A.B. de'
            short = strip_suffix(tail)
            if short in {a for a in aliases if a}:
                continue  # 'Orvane Compute Funding II LLC (“Funding II”)': the alias is used again, the name is still whole
            if any(a and a.split()[0] in words[:i] for a in aliases):
                break  # 'Tessary Power Company (“Tessary”)': the alias names the head, which is part of the name
            if len(re.findall(rf"\b{re.escape(' '.join(words[:i]))}\b(?!\s+{re.escape(words[i])})", elsewhere)) >= 2:
                break  # a head the document names on its own is a parent's name, not words before the name: "Meridian Ashby Ridge Holdings"
            # a one-word tail used inside another name is no use of it (nor a longer one after another name's words: "Lotvale Park
            # Department Store" is no use of the "Department Store" of 'Daevale Department Store Co., Ltd. (the "Issuer")')
            uses = [u for u in re.finditer(rf"\b{re.escape(short)}\b", elsewhere)
                    if (not (re.search(r"\b[A-Z][\w&-]*\s$", elsewhere[:u.start()]) or re.match(r"\s[A-Z]", elsewhere[u.end():])) if len(short.split()) == 1
                        else not re.search(r"\b(?!(?:The|A|An|This|That|Our|Its|With|From|By|And|Of|In|On|At|For|To)\s)[A-Z][a-z][\w&-]*\s$", elsewhere[:u.start()]))]
            if len(short) >= 4 and text.count(strip_suffix(" ".join(words[:]))) < 2 and len(uses) >= 1 \
                    and not (len(short.split()) == 1 and (_GENERIC_WORD.fullmatch(short) or short.lower() in _PLACES or re.search(rf"\b{re.escape(short.lower())}\b", text))):
                # "Meridale Realty Trust, Inc." is no "Trust" because a "Northfield Trust" is named too; "Gridline Clearing Corp." is
                # no "Clearing" because the document speaks of clearing
                cleaned = tail
                break
        known = lexicon.company(cleaned)
        node = known.name if known else node_id(out_of_capitals(cleaned))
        if _ONLY_FORM.fullmatch(node) or not node:
            continue
        for alias in aliases:
            alias = (alias or "").strip(" ,;")
            if alias and alias.lower() not in {"company", "registrant", "we", "us", "our"} and len(alias) >= 2 \
                    and not _NOT_A_PARTY.search(alias):
                terms.setdefault(alias, node)
        terms.setdefault(name, node)
    for m in _ZH_DEFINED_EN.finditer(text):
        core = strip_suffix(m.group(1).strip())
        known = lexicon.company(core)
        node = known.name if known else node_id(out_of_capitals(core))
        if len(node.split()) >= 2 or known:
            for alias in (m.group(2), m.group(3), m.group(1).strip()):
                if alias and alias not in {"公司", "本公司"}:
                    terms.setdefault(alias, node)
    for m in [*_ZH_GLOSSARY.finditer(text), *_ZH_GLOSSARY_TABLE.finditer(text)]:
        short, full = m.group(1), m.group(2).strip()
        if short in {"公司", "本公司", "本集团", "集团", "发行人"} or re.search(r"交易所|联交所|证监会", short):
            continue  # (a party's role, 「卖方」 or 「认购人」, is the company the entry names, for this document)
        known = lexicon.company(full) or lexicon.company(short)
        # the short name is the node when the full name starts with it ("海湾智算（深圳）有限公司"); else the full name is, as an English
        # one is (other documents write it: "启元算力产业投资基金（有限合伙）" for 启元基金)
        if known:
            node = known.name
        elif re.search(f"[{CJK}]", full):
            # (or shortens it: "「深矩智能」 指 北京深矩智能科技有限公司", "「光穹智算基金」 指 深圳光穹智算产业投资基金合伙企业（有限合伙）"; the
            # graph joins the full name to it, as other documents may write that)
            node = short if full.startswith(short) or _abbreviates(short, zh_unplaced(full)) else re.sub(r"[（(]有限合伙[）)]$", "", strip_suffix(full))
        else:
            node = node_id(full)
        if node:
            terms.setdefault(short, node)
            terms.setdefault(full, node)
    for m in [*_ZH_DEFINED.finditer(text), *_ZH_DEFINED_NOTE.finditer(text)]:
        full = m.group(1)
        shorts = [a for a in (m.group(2), m.group(3), m.group(4)) if a and a not in {"公司", "本公司"}]  # "（以下简称高源嘉义）" unquoted too
        # '澜衢智算（宁波）有限公司（…以下简称“合资公司”或“澜衢智算”）': the node is the name, '合资公司' one more word for it
        start = zh_name_start(full)
        # '川禾算力科技股份有限公司（以下简称“公司”或“乙方”）': a party's role only, so the name itself is the node
        # (and "…（越南）有限责任公司（以下简称“越南子公司”）": a unit called by what it is, so the name is the node too)
        short = next((a for a in shorts if not _ZH_ROLE_ALIAS.fullmatch(a) and not re.fullmatch(f"[{CJK}]{{0,6}}(?:子公司|附属公司|孙公司)", a)),
                     _ZH_SUFFIX.sub("", start) if shorts else "")
        if not short:
            continue
        known = lexicon.company(short) or lexicon.company(start)
        terms[short] = known.name if known else short
        for other in shorts:
            terms.setdefault(other, terms[short])
        if len(start) > len(short):
            terms.setdefault(start, terms[short])  # the full name is the same company
    return terms


def _abbreviates(short: str, full: str) -> bool:
    """Whether a Chinese short name is its full name's first characters and then some of the rest in order ("光穹智算基金" of
    "光穹智算产业投资基金"), as the short names of Chinese companies are made."""
    if len(short) < 3 or not full.startswith(short[:2]) or re.search(r"[（(]", strip_suffix(full)):
        return False  # ("雲汀數據（深圳）有限公司" for 「雲汀深圳」: a unit's full name says where it is, and stays the node)
    rest = iter(full[2:])
    return all(ch in rest for ch in short[2:])


def zh_name_start(full: str) -> str:
    """Where a Chinese legal name starts in the run of text before its suffix: '港股上市公司星河智算科技有限公司' ->
    '星河智算科技有限公司', '训练卡目前由华屿半导体制造有限公司' -> '华屿半导体制造有限公司'."""
    start = re.split(r"[，。；、：“”]", full)[-1]  # the name starts after the last punctuation…
    start = re.sub(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])", "", start)  # …and a list's number ("（一）")
    suffix = re.search(f"(?:合伙企业)?(?:{_ZH_SUFFIX.pattern})$", start)  # "…创业投资合伙企业（有限合伙）": 企业 is no boundary here
    core = start[:suffix.start()] if suffix else start
    begins = _zh_begins(core)  # …and after the last verb or particle ("星河智算已与华岳半导体股份有限公司")
    return start[begins:] if begins < len(core) else start


def _zh_begins(text: str) -> int:
    """Where a Chinese name ends ``text`` begins: after its last verb or particle; 0 if none. A trailing 投资 or 控股 is part of
    the name ("江渚产业投资集团", "湾川创业投资合伙企业"), not the verb."""
    cut = _ZH_BOUNDARY.match(text)
    if cut and cut.end() == len(text) and text.endswith(("投资", "控股")):
        cut = _ZH_BOUNDARY.match(text[:-2])
    return cut.end() if cut else 0


def _bounded(term: str) -> str:
    """A term as a pattern that does not match inside a longer English word ("Orison" in "Orisons"); Chinese has no spaces."""
    if term in {"基金", "基金會", "合伙企业", "合夥企業", "银行", "銀行", "集团", "集團"}:  # a generic word as a defined name ("以下简称"基金"")
        # not inside "政府引导基金"; after 本/该 or a word that takes a party ("认购基金之…权益", "向基金出资", "于基金之")
        return rf"(?:(?<=[本该該此向于於对對予与與为為从從])|(?<=认购)|(?<=認購)|(?<![{CJK}]))" + re.escape(term)
    edge = r"(?<![A-Za-z0-9_])" if term[:1].isascii() and term[:1].isalnum() else ""
    tail = r"(?![A-Za-z0-9_])" if term[-1:].isascii() and term[-1:].isalnum() else ""
    return edge + re.escape(term) + tail


def lowercase_words(text: str) -> frozenset[str]:
    """The words a document writes in lower case ("shares", "exercise", "price"): a capitalised run made only of these is a
    heading or a defined phrase ("Exercise Price", "Shares Weighted-Average"), not a company's name."""
    # (not inside an address: "www.aurivane.com", "ir@aurivane.com" do not write the company's name as a word)
    return frozenset(w.lower() for w in re.findall(r"(?<![A-Za-z0-9.@/_-])[a-z][a-z'’-]{2,}(?![A-Za-z0-9@/_]|\.[A-Za-z])", text))


# A company's name may be made of everyday words when it ends in one of these ("Northern Light Capital", "Fifth Street Partners").
_COMPANY_TAIL = re.compile(r"(?:Capital|Partners|Holdings|Ventures|Labs|Group|Investments|Fund|Compute|Cloud)(?:\s+[IVX]+)?$")
_PERSON_AFTER = re.compile(r",\s+(?:our|its|their|the\s+[Cc]ompany['’]s)\s+(?:former\s+|then\s+)?(?:Chief|Executive|Senior|Vice|President|Chair|Chairman|Chairwoman|"
                           r"Director|General\s+Counsel|Treasurer|Controller|Founder|Co-[Ff]ounder|CEO|CFO|COO|CTO)\b"
                           # "Tessa Lindgren, a partner at Bedrock Ventures who will join Formwise's board"
                           r"|,\s+(?:a|an)\s+(?:general\s+|managing\s+|founding\s+|senior\s+|venture\s+)?(?:partner|principal|managing\s+director|vice\s+president|analyst)\s+(?:at|with)\s"
                           # "… and Gwen Adler has joined ChargeGrid's board": who joins a board is a person
                           r"|\s+(?:has\s+|have\s+|will\s+|also\s+)*(?:joined|join|joins)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[A-Za-z][\w-]*(?:'s|’s)\s+)?board\b")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+$")
# A person's title inside a capitalised run ("Musser President and Chief Operating Officer", "Claflin Chairman"): a heading, no name.
_TITLE_WORD = re.compile(r"\s(?:President|Chairman|Chairwoman|Chairperson|Vice|Officer|Treasurer|Secretary|Controller)\b")


class EntityFinder:
    def __init__(self, lexicon: Lexicon, terms: dict[str, str] | None = None) -> None:
        self.lexicon = lexicon
        self.terms = terms or {}
        # per document (set before reading one): the words it writes in lower case, and the names it writes with a legal form
        self.common: frozenset[str] = frozenset()
        self.legal: frozenset[str] = frozenset()
        self.products: frozenset[str] = frozenset()  # names the document says are products (see ``products_in``)
        self.places: set[str] = set()  # names the document used as places ("the Wadi Sirr campus")
        self.filing = False  # a periodic report or an offering document: it speaks for its filer, never a fund's letter
        self._terms_re = (
            re.compile(r"(?:\bthe\s+)?(" + "|".join(_bounded(t) for t in sorted(self.terms, key=len, reverse=True)) + r")")
            if self.terms else None
        )

    def _listing(self, sentence: str, mention: Mention) -> bool:
        """An exchange named where a company's shares trade ("NYSE: YQC", "纽交所代码", "listed on Nasdaq") is not a party."""
        company = self.lexicon.company(mention.node)
        if company is None or company.kind != "exchange":
            return False
        return bool(_LISTING_AFTER.match(sentence, mention.end) or _LISTING_BEFORE.search(sentence[max(0, mention.start - 40):mention.start]))

    def _place(self, sentence: str, mention: Mention) -> bool:
        """'headquartered in Ras Qamar', 'the Wadi Sirr campus': a place or a site, not a party (unless known as a company)."""
        if _SELF_EN.fullmatch(mention.written) or _SELF_ZH.fullmatch(mention.written):
            return False  # "co-located in our Fremont lab": the place is the lab; "our" stays the company (and never becomes a place)
        if self.lexicon.company(mention.node) is not None or _LEGAL.search(mention.written):
            # (a known name that starts a place's name is that place: "at the Dell Rapids campus")
            return self.lexicon.company(mention.node) is not None and bool(re.search(r"\b(?:the|at|in|near)\s+$", sentence[max(0, mention.start - 10):mention.start])) \
                and bool(re.match(r"\s+[A-Z][a-z]+(?=" + _SITE_AFTER.pattern + ")", sentence[mention.end:]))
        return bool(_PLACE_BEFORE.search(sentence[max(0, mention.start - 40):mention.start])
                    # ("Rimba Cerdas's pellet-making unit in East Kalimantan": a region, a compass point and its name)
                    or re.fullmatch(r"(?:East|West|North|South|Central|Northern|Southern|Eastern|Western)\s+[A-Z][a-z]+", mention.written)
                    and bool(re.search(r"\bin\s+$", sentence[max(0, mention.start - 4):mention.start]))
                    # ("… farms in the Waikato, Taranaki, Canterbury and Southland regions": a list of regions)
                    or re.search(r"\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir|his|her)\s+(?:(?:[A-Z][\w-]*,?\s+){1,5}(?:(?:and|&)\s+)?)?$", sentence[max(0, mention.start - 60):mention.start])
                    and bool(_SITE_AFTER.match(sentence, mention.end)))  # "the Ras Qamar and Wadi Sirr data center campuses"

    def _known_before_and(self, name: str) -> bool:
        """'Blackstone Credit & Insurance' is Blackstone's: an '&' name that starts with a known company stays that company."""
        return "&" in name and any(start == 0 for _, start, _ in self.lexicon.find_companies(name))

    def phrase(self, node: str, written: str, self_company: str = "") -> bool:
        """A capitalised run that is no company's name: unknown, written without a legal form anywhere in the document, and
        made only of words the document also writes in lower case ("Options Granted", "Payment Conditions", "Consolidated
        Financial"), or holding a person's title ("Claflin Chairman"). Invented or foreign names ("Tamsworth") and names
        ending in a company word ("Northern Light Capital") stay."""
        if node == self_company or re.search(f"[{CJK}]", node) or self.lexicon.company(node) is not None:
            return False
        if _LEGAL.search(written) or node in self.legal:
            return False
        if _NO_PARTY_TAIL.search(node) or node.lower() in _GENERIC_ALONE:
            return True  # a court, a board's committee ("Audit Committee"), a law, a segment, a kind of loan or security ("Monterey County Superior Court", "Jersey Companies
            # Law", "Flexibles Segment", "Eurocurrency Rate Advances"), or a company word alone ("Holdings" cut from "ePac Holdings")
        if _TITLE_WORD.search(" " + node) or node.endswith("-") or re.fullmatch(r"(?:[A-Z][a-z]+)?[A-Z]{2,5}s", node):
            return True  # ("Long Range Anti-" cut at a line's end; "RSUs", "GACs", "SuperNICs": kinds of award, contract or product)
        words = re.findall(r"[A-Za-z][A-Za-z'’]*", node)
        if words and all(w.lower() in _PLACES | _DEMONYMS for w in words) or node.lower() in place_names() or node.lower() in _REGIONAL_PEOPLES:
            return True  # "African American", "North Carolina", "New York", "Middle East": a people or a place
        if not self.common or _COMPANY_TAIL.search(node):
            return False
        return bool(words) and all(w.lower() in _NOT_NAMES or not w.isupper() and w.lower() in self.common for w in words)

    def _deals(self, word: str, after: str) -> bool:
        """"Zhiqi pays Lingxi Intelligence per API call": a word the document never writes in lower case, opening a sentence
        as the one who pays, buys, sells or invests, is a company's name (not "However", "Revenue" or a place)."""
        first = word.split()[0]  # ("Marisol Moda signed …": a name of a few words, its first no common word)
        return bool(re.fullmatch(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)*(?:\s+[A-Z][a-z]{2,}){0,2}", word)) and first.lower() not in self.common | _NOT_NAMES | _PLACES | _DEMONYMS \
            and word.lower() not in place_names() and first.lower() not in place_names() \
            and bool(_DEALS_AFTER.match(after))

    def node(self, name: str) -> str:
        name = re.sub(r"(?<=[\u4e00-\u9fff])(?:股份有限公司|有限公司)?[\u4e00-\u9fff]{2,4}(?:分行|支行)$", "", name)  # a bank's branch is the bank
        name = re.sub(rf"^{ZH_TRADER}(?=[\u4e00-\u9fff]{{2}})", "", name)  # "日商富里精密": a Japanese company, 富里精密
        known = self.lexicon.company(name)
        return known.name if known else node_id(name)

    def mentions(self, sentence: str, self_company: str = "", self_words: bool = False, covered: bool = False) -> list[Mention]:
        """The companies a sentence names. ``self_words``: "we", "the Company", "本公司" are ``self_company`` (its own
        document); ``covered``: only the Chinese "公司" is (a Chinese broker's note on the company)."""
        found: list[Mention] = []
        # Names found by what they are (a defined term, a known company, a legal suffix, a company word) are
        # collected first; where two overlap the longer wins ("Halvorsen Compute Cloud LLC" over "Halvorsen").
        strong: list[Mention] = []

        def add(start: int, end: int, node: str, written: str) -> None:
            if any(not (end <= m.start or start >= m.end) for m in found) or _ONLY_FORM.fullmatch(node) or node.startswith("&") \
                    or re.match(r"&[A-Za-z]", sentence[end:end + 2]) or re.search(r"[A-Za-z]&$", sentence[max(0, start - 2):start]) \
                    or re.search(r"\b(?:Market|Exchange|Board)$", node) and sentence.startswith("-listed", end) \
                    or sentence[end:end + 1] in {"™", "®"} and self.lexicon.company(node) is None \
                    or re.search(r"\b(?:its|our|their)\s+$", sentence[:start]) and _OWN_PRODUCT_AFTER.match(sentence, end) and self.lexicon.company(node) is None \
                    and not re.search(rf"(?:{FORMS})$", written) \
                    or re.search(r"一家[^，。；,;（）()⟦]{0,24}的\s*$", sentence[:start]) and self.lexicon.company(node) is None:
                return  # overlapping, a legal form alone ("LLC" cut from "Ironbridge Power & Data, LLC"), or a piece of a word
                # written with "&" ("IPR" of "IPR&D"; "& Cheery" of a "Be & Cheery" whose first word is common), or the exchange a
                # company is listed on ("a Shanghai STAR Market-listed maker"), or a trademark ("TrainOps™ predictive-maintenance software")
                # (or a product the company sells: "will provide its FitSense AI sizing and returns-prediction platform to …", or what
                # a company is: "（一家位於瑞士洛桑的工藝分析軟件公司）")
            found.append(Mention(start, end, node, written))

        def propose(start: int, end: int, node: str, written: str) -> None:
            strong.append(Mention(start, end, node, written))

        if self._terms_re is not None:
            for m in self._terms_re.finditer(sentence):
                node, end = self.terms[m.group(1)], m.end()
                # "Bastion Yards" for Bastion Yards Data Centers, named by its short form 'Bastion': the next words of its own name
                while node.startswith(m.group(0) + " ") and (word := _NEXT_WORD.match(sentence, end)) and node.startswith(sentence[m.start():word.end()]):
                    end = word.end()
                # "Daeseong Fuel Services, our wholly owned subsidiary": the company's first word, then more words of a name that ends as
                # a company's does, is its unit (not the company)
                # (not the company's own next words or its group: "Pallas Cloud Holdings" is Pallas Cloud)
                unit_words = _UNIT_AFTER_TERM.match(sentence, end) if re.fullmatch(r"[A-Z][a-z]+", m.group(1)) and node.split()[0] == m.group(1) \
                    and end == m.end() else None
                if unit_words and not node.startswith(sentence[m.start(1):unit_words.end()]) and self.lexicon.company(node) is None \
                        and not re.fullmatch(r"\s+(?:Holdings?|Group|Company|Corporation|International|Global)", unit_words.group(0)):
                    unit = sentence[m.start(1):unit_words.end()]
                    propose(m.start(1), unit_words.end(), self.terms.get(unit) or node_id(unit), unit)
                    continue
                place = _ZH_UNIT_PLACE.match(sentence, end) if re.search(f"[{CJK}]$", m.group(1)) else None
                if place and (to_simplified(place.group(1)) in ZH_PLACES or re.fullmatch(_ZH_COUNTRIES, to_simplified(place.group(1)))) \
                        and not re.match(r"(?:股份)?有限(?:责任|責任)?公司|私人有限公司", sentence[place.end():]):  # (a full name is read with its form)
                    # "深衡智能（香港）将向…提供": the company's unit in that place, not the company ('深衡智能（香港）有限公司' is its name)
                    unit = m.group(1) + place.group(0)
                    # (unless the place is in the company's own name: '华禾创业投资（深圳）有限公司（以下简称"华禾创投"）' is 华禾创投)
                    own = any(k.startswith(unit) and v == node for k, v in self.terms.items())
                    propose(m.start(), place.end(), node if own else self.terms.get(unit) or unit, sentence[m.start():place.end()])
                    continue
                propose(m.start(), end, node, sentence[m.start():end])
        for company, start, end in self.lexicon.find_companies(sentence, as_written=True):
            if re.match(r"[ \t]+(?i:price|prices|price\s+target)\b", sentence[end:end + 20]):
                continue  # a broker's "Target price: IDR 3,450" names no retailer
            propose(start, end, company.name, sentence[start:end])
        for m in _ZH_UNDER.finditer(sentence):
            known = self.lexicon.company(m.group(1))
            if known is None and (_ZH_GENERIC.search(m.group(1)) or m.group(1) in {"模型", "产品", "业务", "品牌", "平台", "团队", "基金"}
                                  or re.search(r"(?:作品|产品|业务|资源|内容|品牌|平台|剧本|曲库|版权|数据|游戏|应用)$", m.group(1))):
                continue  # "启衡智能旗下模型的得分": a product, not a company
            propose(m.start(1), m.end(1), known.name if known else m.group(1), m.group(1))
        for m in _PT_NAME.finditer(sentence):  # "PT Sinar Kemas Jaya": an Indonesian company, its form before its name
            known = self.lexicon.company(m.group(1))
            propose(m.start(), m.end(1), self.terms.get(m.group(1)) or (known.name if known else node_id(m.group(1))), m.group(0)[:m.end(1) - m.start()])
        for m in _COOPERATIVE_NAMED.finditer(sentence):  # "Koperasi Peternak Sapi Perah Boyolali Makmur": an Indonesian co-operative
            propose(m.start(1), m.end(1), self.terms.get(m.group(1)) or node_id(m.group(1)), m.group(1))
        for m in _ROMANCE_NAMED.finditer(sentence):
            known = self.lexicon.company(m.group(1))
            propose(m.start(1), m.end(1), self.terms.get(m.group(1)) or (known.name if known else node_id(m.group(1))), m.group(1))
        for m in _LEGAL.finditer(sentence):
            written = m.group(0)
            known = self.lexicon.company(written)
            if known is not None:
                propose(m.start(), m.end(), known.name, written)
                continue
            core = _clean_generic(m.group(1), strip_tail=False, keep=NAME_STARTS)  # "First Harbor Bank, N.A."
            core = _FORM_LEAD.sub("", core) if core else core  # "Dhruvatara Renewables Private Limited", "Nakhon Thani Bank Public Company Limited"
            if core and re.match(r"[IVX]{1,4}\s+[A-Z]", core) and re.search(r"[A-Za-z]\s+$", sentence[:m.start() + written.find(core)]):
                core = core.split(None, 1)[1]  # "Funding I Ironbridge Compute Credit Fund II, L.P." (cells run together): the numeral ends the name before
            if core:
                core = _after_jurisdiction(core, sentence[:m.start() + written.find(core.split()[0])])
            pair = re.match(rf"(.+?\b(?:{_HEADS}))\s+and\s+(?=[A-Z])", core) if core else None
            if pair and core and self.lexicon.company(core) is None:
                core = core[pair.end():]  # "Sertiyue Labs and Cadrans Feryue SA": two companies, the form the second's
            if core:
                start = m.start() + written.find(core.split()[0])
                propose(start, m.end(), node_id(out_of_capitals(core)), sentence[start:m.end()])  # ("SORABOL MEMORY CO., LTD.")
        for m in _ZH_SUFFIX.finditer(sentence):
            # "微软收购了动视暴雪公司": the name runs back from the suffix to the last verb or particle.
            if m.group(0) in {"集团", "集團"} and sentence[max(0, m.start() - 1):m.start()] in {"本", "该", "該", "贵", "貴", "子", "母", "此", "各"}:
                continue  # "…采购协议有助本集团锁定…": 本集团 is the writer, no name ending in 集团
            if m.group(0) == "公司" and (sentence[max(0, m.start() - 1):m.start()] in {"子", "孙", "母", "本", "该", "贵", "市", "资", "后", "前", "此", "各", "家"}
                                        or sentence[max(0, m.start() - 2):m.start()] in {"附属", "联营", "合营", "控股", "控制", "持有", "入股", "收购"}):
                continue  # 子公司, 母公司, 本公司, 上市公司, 合资公司, 附属公司: what a company is, not its name
            reach = 18 if sentence[m.start() - 1:m.start()] in {"）", ")"} else 12  # '海赛拉算力（马来西亚）有限公司'
            back = sentence[max(0, m.start() - reach):m.start()]
            # a name the document or the lexicon knows, right before the suffix: "…来源于北辰银行股份有限公司"
            named = [t for t in self.terms if back.endswith(t) and re.search(f"[{CJK}]", t)]
            named += [back[s0:e0] for _, s0, e0 in self.lexicon.find_companies(back) if e0 == len(back)]
            if named:
                name = max(named, key=len)
            elif "合伙" in m.group(0):  # "星河产业投资基金（有限合伙）": 投资 is part of a fund's name
                back = sentence[max(0, m.start() - 24):m.start()]
                fund = re.sub(r"(?:（[^）]{1,6}）)?合伙企业$", "", back)  # "曜石算力产业投资基金（嘉兴）合伙企业（有限合伙）"
                name = re.split(rf"[^{CJK}A-Za-z0-9]|[的与和向对从由为是将在拟已]|系(?![统列])|包括|取得|获得|持有|认购|出资|设立|(?:投资|出资|认购)方", fund)[-1][-16:]
                begins = _zh_begins(name)  # ("持股5%以上股东杭州启源创业投资合伙企业（有限合伙）": after the last role word too)
                name = name[begins:] if 4 <= len(name) - begins and re.search(r"股东|持股|以上|[之的]", name[:begins]) else name
                if fund != back and name:
                    start = m.start() - len(back) + fund.rfind(name)
                    known = self.lexicon.company(name)
                    propose(start, m.end(), self.terms.get(name) or (known.name if known else name), sentence[start:m.end()])
                    continue
            else:
                name = back[_zh_begins(back):]  # "江渚产业投资集团": 投资 ends the name here, it is no verb
                name = re.split(rf"[^{CJK}A-Za-z0-9（）()]", name)[-1].lstrip("（）()")  # ("赫立斯记忆体(新加坡)私人有限公司")
                name = re.sub(r"^[一二三四五六七八九十\d]{1,3}[）)]", "", name)  # a list's number: "（二）参股公司" is no name
                name = re.sub(r"^[^（(]*[）)]", "", name)  # "（含本次交易）占公司…": a bracket closed before the name, no name of it
            if m.group(0) == "公司" and not named and re.search(r"银行.|(?:提供|担保|申请|签订|签署|支付|出具|发放|合作|共同|按照|根据|依照|依据|配合|协助|代表|接受|满足|受理|裁定|审议|批准|确定)$", name):
                continue  # "向百达海峡银行提供公司担保": a bank, then what is given (a 公司担保), not a company "百达海峡银行提供"
                # ("由崇硕电子按照公司的设计规格…": a maker, then whose design it follows)
            if len(name) < 2 or not re.search(f"[{CJK}]", name) or m.group(0) == "公司" and not 3 <= len(name) <= 8 and not named \
                    or _ZH_GENERIC.search(name) or name[:2] in ZH_PLACES and _ZH_GENERIC.search(name[2:]) \
                    or re.match(r"[A-Z0-9]{2,6}[\u4e00-\u9fff]", name) and _ZH_GENERIC.search(re.sub(r"^[A-Z0-9]{2,6}", "", name)):
                continue  # "美国芯片公司", "ASIC设计公司": what, not who
            start = m.start() - len(name)
            name = re.sub(r"(?<=银行)[（(][\u4e00-\u9fff]{2,4}[）)]$", "", name)  # "德辉银行（亚洲）有限公司": the bank's regional arm is the bank
            known = self.lexicon.company(name)
            node = self.terms.get(name) or (known.name if known else name)
            propose(start, m.end(), node, sentence[start:m.end()])
        for m in () if _title_case(sentence) else _HEADED.finditer(sentence):
            words = m.group(1).split()
            while words and (words[0].lower().strip(".,") in _NOT_NAMES - NAME_STARTS or words[0].lower().endswith(_PLACE_PREFIX)):
                words = words[1:]
            prefix = [i for i, w in enumerate(words) if w.lower().endswith(_PLACE_PREFIX)]
            words = words[prefix[-1] + 1:] if prefix else words  # ("Hong Kong-listed Harbourlight Energy Holdings": a place of two words)
            headed = " ".join(words)
            if not headed or len(words) < 2 or headed.lower() in _NOT_NAMES or self._known_before_and(headed) or _field_in_place(words) \
                    or headed.lower() == "public works":  # ("the Department of Public Works")
                continue
            start = m.start(1) + m.group(1).find(headed)
            known = self.lexicon.company(headed)
            propose(start, start + len(headed), known.name if known else node_id(headed), headed)
        for m in _ROLE_NAMED.finditer(sentence):
            group = 1 if m.group(1) else 2
            name, start = m.group(group), m.start(group)
            if " " in name and name.split()[0].lower() in _NOT_NAMES | _PLACES | {"today", "since", "still", "then", "meanwhile", "separately"}:
                start += len(name.split()[0]) + 1  # "Today Tessellate is our largest customer"
                name = name.split(None, 1)[1]
            if name.lower() not in _NOT_NAMES and name.lower() not in _PLACES:
                known = self.lexicon.company(name)
                propose(start, m.end(group), self.terms.get(name) or (known.name if known else name), name)
        for m in _UNIT_NAMED.finditer(sentence):
            known = self.lexicon.company(m.group(1))
            propose(m.start(1), m.end(1), self.terms.get(m.group(1)) or (known.name if known else m.group(1)), m.group(1))
        for m in _OWNER.finditer(sentence):
            name, start = m.group(1), m.start(1)
            prior = re.search(r"(?<![\w&'’-])([A-Z][a-z][\w&'’-]*) $", sentence[:start])
            if prior and prior.group(1).lower() not in _NOT_NAMES | _PLACES | self.common:
                name, start = f"{prior.group(1)} {name}", prior.start(1)  # "Sentinel Loop's models": the whole name, not "Loop"
            if name.lower() not in _NOT_NAMES and (start > 0 or self.common and name.lower() not in self.common) or " " in name:
                known = self.lexicon.company(name)
                propose(start, m.end(1), self.terms.get(name) or (known.name if known else name), name)
        order = {id(x): i for i, x in enumerate(strong)}  # ties: terms, then the lexicon, then the rest
        for x in sorted(strong, key=lambda x: (-(x.end - x.start), order[id(x)])):
            add(x.start, x.end, x.node, x.written)
        title_case = _title_case(sentence)
        for pattern in (() if title_case else (_BOUGHT_NAMED, _INTRODUCED, _LEADING, _AFTER_SETTING, _AFTER_DESCRIPTOR)):
            for m in pattern.finditer(sentence):
                generic = _clean_generic(m.group(1))
                if not generic or self._known_before_and(generic) or generic.lower() in _GENERIC_ALONE:
                    continue  # ("The Fund invested …" in a fund's letter is the fund speaking, below: no company called "Fund")
                start = m.start(1) + m.group(1).find(generic)
                if _DESCRIBED_AS_OURS.match(sentence, start + len(generic)):
                    continue  # "Blackwell Ultra, our GB300 platform, is now …": a product of the company's, not a company
                if _GOVERNMENT_OF.search(sentence[:start]):
                    continue  # "the German Federal Ministry for Economic Affairs": a government body, not a company
                known = self.lexicon.company(generic)
                if known is None and not _looks_like_a_name(generic) and not (
                        pattern in (_INTRODUCED, _BOUGHT_NAMED) and _DEAL_BEFORE.search(sentence[:start]) and generic.lower() not in _PLACES) \
                        and not (generic.lower() not in _PLACES and _SAID_TO_BE_A_COMPANY.match(sentence, start + len(generic))) \
                        and not (pattern not in (_INTRODUCED, _BOUGHT_NAMED) and self.common and self._deals(generic, sentence[start + len(generic):])):
                    continue
                add(start, start + len(generic), known.name if known else node_id(generic), generic)
        if self_company and (self_words or covered):
            # "the company", "we", "本公司" speak for the document's own company only in its own documents
            fund_letter = self_words and "Fund" not in self.terms and not self.filing \
                and bool(re.search(r"\b(?:Capital|Partners|Ventures|Credit|Fund|Investments?|Management|Advisors)\b", self_company))
            for pattern in ((_SELF_ZH, _SELF_WE_ZH, _SELF_EN, _SELF_FUND) if fund_letter else (_SELF_ZH, _SELF_WE_ZH, _SELF_EN)) if self_words else (_SELF_ZH,):
                for m in pattern.finditer(sentence):
                    things = _OWN_THINGS.match(sentence, m.end())
                    if things and m.group(0).lower() in {"our", "its"} and not re.search(r"credit|loan|revolv|debt|financ", things.group(0), re.I) \
                            and re.search(r"\b(?:for|at|in|of|across|to|on|into|within)\s+$", sentence[:m.start()], re.I):
                        continue  # "purchases electricity for our Osaka facilities": a place of ours, not a party
                    if m.group(0).lower() == "our" and _BY_OUR_OTHERS.match(sentence, m.end()) \
                            and re.search(r"\bby\s+(?:(?:most|many|some|all|several|each|one|any)\s+of\s+)?$", sentence[:m.start()], re.I):
                        continue  # "whose accelerators are deployed by most of our tenants": the tenants, not the company
                    if m.group(0).lower() in {"our", "its"} and _PERSON_AFTER.match(", " + sentence[m.start():]):
                        continue  # "Paulo Ortiz, our Chief Financial Officer, is a partner of Y": the person's title, not the company
                    if fund_letter and m.group(0).lower() == "the company":
                        continue  # a fund's letter: "the company" is the portfolio company it writes about, not the fund
                    add(m.start(), m.end(), self_company, m.group(0))
        found = [m for m in found if not _A_LAW.match(sentence, m.end)]  # "the Private Securities Litigation Reform Act": a law
        # "Like many Asian AI start-ups": a people's or a region's adjective before a kind of company, no name
        found = [m for m in found if not (self.lexicon.company(m.node) is None and not _LEGAL.search(m.written)
                                          and m.written.split()[0].lower() in _DEMONYMS | {"asian", "european", "african", "nordic", "latin", "western", "eastern", "gulf", "global"}
                                          and re.match(r"[\s-]+(?:start-?ups|companies|firms|labs|players|makers|developers|groups|businesses|peers|names|rivals|"
                                                       r"competitors|providers|vendors|operators|chipmakers|banks|lenders|investors|funds)\b", sentence[m.end:]))]
        # "签订了《边缘智能视觉模组采购合同》": words inside a title's book marks name a contract or a report, no party (unless the
        # sentence names that company outside it too: "与华岚通信…签订了《华岚通信2025年…采购框架合同》", the buyer's own title)
        titled = [m for m in found if sentence.rfind("《", 0, m.start) > sentence.rfind("》", 0, m.start)
                  and -1 < sentence.find("》", m.end) < (sentence.find("《", m.end) if "《" in sentence[m.end:] else len(sentence))]
        found = [m for m in found if m not in titled or any(o.node == m.node for o in found if o not in titled)]
        found = [m for m in found if not self.phrase(m.node, m.written, self_company)
                 and not _HONORIFIC.search(sentence[max(0, m.start - 6):m.start])  # "Dr. Evenson was a partner at …": a person
                 and not (self.lexicon.company(m.node) is None and _PERSON_AFTER.match(sentence, m.end))  # "Paulo Ortiz, our Chief Financial Officer,"
                 and not (self.lexicon.company(m.node) is None and _BRAND_AFTER.match(sentence, m.end))  # "the Yoplait brand", "Mountain High brand intangible assets"
                 # "provides the Fleetbrain platform … to Polder Ride": a short name after "the", then what it is, is a product
                 # ("maintained on the StandScan platform licensed from BorealSight": a one-word CamelCase short name too)
                 and not (self.lexicon.company(m.node) is None and (word := re.fullmatch(r"(?:the\s+)?([A-Z][a-z]+(?:[A-Z][a-z]+)?)", m.written))
                          and (m.written.startswith("the") or re.search(r"\bthe\s+$", sentence[:m.start])) and m.node != word.group(1)
                          and re.match(r"\s+(?:platform|software|app|application|engine|suite|system|service|module|tool)\b", sentence[m.end:]))]
        # "licensed its ArcSense gas-consumption analytics to X": a one-word CamelCase name a company calls its own, then what it is, is a product
        found = [m for m in found if not (self.lexicon.company(m.node) is None
                                          and re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]+", m.written)
                                          and re.search(r"\b(?:its|their)\s+$", sentence[:m.start], re.I)
                                          and re.match(r"\s+(?!(?:unit|subsidiary|division|arm|affiliate|parent|partners?|stake|shares|investments?|investors?|"
                                                       r"lenders?|customers?|clients?|suppliers?|vendors?|holding|business|brand)\b)[a-z][\w-]*", sentence[m.end:]))]
        # "ships with DocuSense, the AI capture and classification layer that Zandvoort licenses to us": a one-word CamelCase name
        # that an appositive says is a piece of software someone makes or licenses is a product
        # ("Fleetbrain Edge, a vehicle-mounted unit sold with the platform": a name of up to three words, no legal form, likewise)
        found = [m for m in found if not (self.lexicon.company(m.node) is None
                                          and (re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]+", m.written) or m.written == m.node and len(m.written.split()) <= 3)
                                          and _PRODUCT_APPOSITIVE.match(sentence, m.end))]
        # "installed in Fleetbrain Edge units", "sold on Quorvix Pro handsets": a name of two words before what is counted of it is a
        # product line, not a company
        found = [m for m in found if not (self.lexicon.company(m.node) is None and m.written == m.node and len(m.written.split()) == 2
                                          and re.match(r"\s+(?:units|devices|modules|appliances|terminals|handsets|e-bikes|bikes|scooters|kits|gateways|"
                                                       r"cameras|sensors|robots|printers|readers|headsets|glasses|wearables)\b", sentence[m.end:]))]
        # "Corrin-3 accelerators", "Helix-9s": a one-word name joined to a model number is a product, not the company
        found = [m for m in found if not (re.match(r"-[A-Z]?\d", sentence[m.end:m.end + 3]) and re.fullmatch(r"[A-Z][\w]+", m.written))]
        # a place once is a place in the whole document (its own name used as one: "in Cedar Flats, Nevada" makes no place of "Cedar
        # Flats DevCo LLC", which the short "Cedar Flats" stood for)
        placed = [m for m in found if self._place(sentence, m)]
        self.places |= {m.node for m in placed if self.lexicon.company(m.node) is None and (m.written == m.node or not m.node.startswith(m.written))}
        found = [m for m in found if not self._listing(sentence, m) and m.node not in self.places and m not in placed
                 and not (m.node in self.products and self.lexicon.company(m.node) is None and not _LEGAL.search(m.written))
                 and not re.match(r"\s+(?:County|Parish|Township|Province|Prefecture|District|Borough)\b", sentence[m.end:])]  # "in Ashford County": here a place
        found.sort(key=lambda m: m.start)
        # "岚峰科技（Lanfeng Cloud，…）": a name in brackets right after a company is that company's other name, not a party
        found = [m for i, m in enumerate(found) if not (i and re.fullmatch(r"\s*[（(]\s*", sentence[found[i - 1].end:m.start]))]
        # "向维瑞迪安（Veridian）采购": a Chinese name no rule knows, with the company's English name in brackets after it, is that company
        for i, bracketed in enumerate(found):
            start, end = bracketed.start, bracketed.end
            if start and re.search(r"[A-Za-z]", bracketed.written) and sentence[start - 1] in "（(" and sentence[end:end + 1] in {"）", ")"}:
                chinese = re.search(rf"(?:^|[向与和对从由为及跟的是，、：])([{CJK}]{{2,8}})$", sentence[:start - 1])
                if chinese and not _ZH_GENERIC.search(chinese.group(1)) \
                        and not any(f.end > chinese.start(1) and f.start < start for f in found if f is not bracketed):
                    found[i] = Mention(chinese.start(1), end + 1, bracketed.node, sentence[chinese.start(1):end + 1])
        # "…与华岳半导体签署协议，未来两年内向后者采购": the latter is the last company named before, the former the one before it
        for m in _LATTER.finditer(sentence):
            before: list[str] = []
            for earlier in found:
                if earlier.end <= m.start() and earlier.node not in before:
                    before.append(earlier.node)
            which = 1 if m.group(0).lower() in {"后者", "the latter"} else 2
            if len(before) >= which and not any(not (m.end() <= f.start or m.start() >= f.end) for f in found):
                found.append(Mention(m.start(), m.end(), before[-which], m.group(0)))
        if self_words and self_company:
            # "our Petalwise Lab skincare", 'our "Lumaveil Mirror" consultation': the company's own brand, named with its first word
            first = self_company.split()[0]
            found = [Mention(f.start, f.end, self_company, f.written) if f.node != self_company and f.node.split()[0] == first
                     and re.search(r"\bour\s+[\"“]?$", sentence[:f.start], re.I) and self.lexicon.company(f.node) is None else f for f in found]
            # "the SonaFit remote fitting app" in Sonavik's report, "our SeatSense dynamic pricing platform": a product named from the
            # company's name, or one it calls its own, is the company's
            # ("our Veil Edge appliances": two words after "our")
            found = [Mention(f.start, f.end, self_company, f.written) if (brand := re.fullmatch(r"(?:(?i:the|our|its)\s+)?([A-Z][a-z]{2,}[A-Z][a-z]+)", f.written)
                                                                           or re.search(r"\bour\s+$", sentence[:f.start], re.I) and re.fullmatch(r"()[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}", f.written))
                     and (len(first) >= 5 and brand.group(1)[:4].lower() == first[:4].lower() or re.search(r"\bour\s+$", sentence[:f.start], re.I))
                     and self.lexicon.company(f.node) is None
                     and (brand.start(1) or re.search(r"\b(?:the|our|its)\s+$", sentence[:f.start], re.I)) and _OWN_PRODUCT_AFTER.match(sentence, f.end) else f for f in found]
        # a mention whose company's name goes on in the text covers it: "has hired Ensambladora Electrónica del Norte to assemble …"
        found = [Mention(f.start, f.end + len(rest), f.node, f.written + rest)
                 if f.node.startswith(f.written + " ") and (rest := f.node[len(f.written):]) and sentence.startswith(rest, f.end)
                 and not re.match(r"[\w\u00c0-\u017f]", sentence[f.end + len(rest):f.end + len(rest) + 1])
                 and not any(o.start < f.end + len(rest) and o.start >= f.end for o in found) else f for f in found]
        found.sort(key=lambda m: m.start)
        return found
