"""Rule-based link extraction, English and Chinese, from sentences and from key-value tables.

Each sentence's company mentions are replaced by placeholders (⟦0⟧, ⟦1⟧...), so the patterns read
"⟦0⟧ intends to invest up to $100 billion in ⟦1⟧" whatever the companies are called. A pattern names
which placeholder is the source and which the target; the relation fixes who pays whom.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace as _replace

from analyst.graph.cues import cue_links, party_of_party
from analyst.graph.entities import (
    _GENERIC_FIRST,
    _UNIT_WORDS,
    _ZH_GLOSSARY,
    _ZH_HEADS,
    _ZH_ROLE_ALIAS,
    FORMS,
    NAME_STARTS,
    ZH_TRADER,
    EntityFinder,
    Mention,
    _abbreviates,
    defined_terms,
    investor_self,
    is_vehicle,
    known_names,
    legal_names,
    lowercase_words,
    node_id,
    products_in,
    role_named,
    self_name,
    short_names,
    table_companies,
    zh_aliases,
    zh_bilingual,
    zh_names,
)
from analyst.graph.pairs import PairReader
from analyst.lexicon import ZH_PLACES, Lexicon, out_of_capitals, place_names, strip_suffix, zh_unplaced
from analyst.numbers import parse_figure
from analyst.text import CJK, LIST_MARKER, find_date, find_figures, split_sentences, to_simplified
from analyst.types import OFFERING_DOCS, PERIODIC_REPORTS, Chunk, Document, Evidence, Relation

PAYS = {  # relation -> who pays: the source, the target, or nobody
    "invests_in": "source", "owns_stake_in": "source", "lends_to": "source", "acquires": "source",
    "supplies": "target", "partners_with": None, "subsidiary_of": None,
}
SUPPLIER_KINDS = {"chipmaker", "cloud", "neocloud", "memory", "foundry", "equipment", "data_center", "energy", "telecom"}
FINANCIERS = {"bank", "fund", "exchange"}
_NEGATED = re.compile(r"\b(?:not(?!\s+(?:less|more|fewer)\s+than\b|\s+exceeding\b|\s+to\s+exceed\b)|never|no longer|neither|nor)\b|n't|\b(?:almost|virtually|practically|nearly)\s+no\b|\bno\s+(?:[\w-]+\s+){0,2}?(?:investments?|stake|equity|interest|position|loans?|debt|"
                      r"borrowings?|relationship|agreement|contract|plans?|intention|role|supply|purchases?|customer|commitments?|lending|financing|funding|backstop|obligations?)\b|\bnothing\b|并未|尚未|没有|不会|不再|无意|无法|不能|未能|难以|暂无|暂未|尚无|不存在(?=[向从与对])|[未不](?=[向从与对将]|签|采购|投资|提供|持有|购买|参与)", re.I)
# "公司及驰澜智驾均未直接向翊宸微电子采购芯片": a Chinese negation inside the match (not 未来, 未经审计)
_ZH_NEGATED = re.compile(r"(?:均|并|从|亦|也|都|尚|皆)未|未曾|没有|并无|从未|不再")
_ZH_DENIED_AFTER = re.compile(r"(?:并|亦|均|也)无|无任何|并未|尚未|没有|不存在")
# a purchase agreement for a company or its shares buys no goods
_DEAL_AGREEMENT = re.compile(r"\b(?:membership\s+interest|stock|share|equity|asset|securities|unit|interest)\s+purchase\s+agreement\b", re.I)
_SUBSIDIARY_HEADER = re.compile(r"^\s*(?:(?:Legal|Company|Subsidiary|Entity)\s+)?Name(?:\s+of\s+(?:Subsidiary|Entity|Company))?\s+(?:Where\s+)?(?:(?:State|Jurisdiction|Country|Place)\s+(?:of\s+)?)?"
                                r"(?:Incorporat\w*|Organi[sz]\w*|Formation|Jurisdiction)?(?:\s+or\s+Organi[sz]\w*)?\s*(?:Percent(?:age)?\s+Owned)?\s*")
# a supplier named alone in a company's own words (see RuleExtractor._own_lone_party)
_OUR_ACQUISITION = re.compile(r"^\W*(?:(?:First|Second|Third|Finally|Also|And),?\s+)?(?:the\s+)?(?:completion|closing|close)\s+of\s+(?:the|our)\s+acquisition\s+of\s+⟦(\d+)⟧", re.I)
_FEES_PAID_TO = re.compile(r"^\W*(?:the\s+)?(?:management|advisory|performance|administration|administrative|custody|servicing|monitoring)\s+fees?\s+"
                           r"(?:(?:were|was)\s+)?(?:paid|payable|charged)\s+(?:to|by)\s+⟦(\d+)⟧", re.I)
# A name the sentence says is the speaker's own product: "PulseBand, the heart-rate and motion tracker we launched in September, …"
_OWN_PRODUCT = re.compile(r",\s+(?:the|our)\s+(?:[\w-]+\s+){0,6}?(?:(?:that|which)\s+)?we\s+(?:have\s+|had\s+|just\s+|recently\s+|first\s+)?"
                          r"(?:launched|released|introduced|unveiled|built|developed|designed|make|sell|ship|rolled\s+out)\b")
_LONE_SUPPLIER = re.compile(r"^\W*(?:[A-Za-z,]+\s+){0,4}?⟦(\d+)⟧\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+)?(?:completed|finished)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:installation|roll-?out|deployment|delivery|commissioning)\s+of\s+its\b"
                            r"|^(?:[^⟦]{0,100}?[:—–]\s*|\W*(?:[A-Za-z,]+\s+){0,6}?)⟦(\d+)⟧\s+(?:now\s+|also\s+)?(?:supplies|provides|delivers)\s+(?:the|all|our)\s+(?:[\w-]+\s+){0,6}?(?:on|for|to|at|across|in)\s+(?:every|each|all|our)\b"
                            r"|\b(?:is|are|was|were|be)\s+(?:now\s+)?(?:licensed|sourced|bought|purchased|leased|rented)\s+(?:mainly\s+|largely\s+|primarily\s+|principally\s+|exclusively\s+)?from\s+"
                            r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s+)?⟦(\d+)⟧"  # ("… are sourced from France's ⟦x⟧")
                            # "about 60% of our liquid whey in Brittany comes from ⟦x⟧"
                            r"|\b(?:\d+(?:\.\d+)?\s?%|most|much|all|half|(?:nearly|almost)\s+all|the\s+(?:bulk|majority))\s+of\s+(?:our|the|⟦\d+⟧)\s+(?!(?:[\w-]+\s+){0,3}?(?:revenues?|sales|growth|income|orders|demand|business|profits?|bookings|earnings|backlog|EBITDA)\b)"
                            r"[^⟦;]{0,60}?\b(?:comes?|came)\s+(?:mainly\s+|largely\s+)?from\s+(?:the\s+)?⟦(\d+)⟧"
                            # "⟦x⟧ delivered the first 400 megawatt-hours in August": in the company's own words, to the company
                            # "In the Gulf, ⟦x⟧ has taken over all of our inland haulage": who does the company's work sells it
                            r"|^(?:[^⟦]{0,60}?,\s*)?⟦(\d+)⟧\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+)?(?:taken\s+over|took\s+over|takes\s+over|handles|handled|runs|manages|managed|performs|performed)\s+"
                            r"(?:all|most|much|part|some|half)\s+of\s+⟦\d+⟧\s+"
                            r"|^\W*⟦(\d+)⟧\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+)?(?:delivered|shipped|installed|commissioned|handed\s+over)\s+(?:the|its)\s+"
                            r"(?:first|initial|last|final|remaining|second|third)\b"
                            # "The model training runs on reserved GPUs from ⟦x⟧ in its Singapore region"
                            # "Our vessels are commercially and technically managed by ⟦x⟧": who runs the company's assets sells it the service
                            r"|(?:\bour|⟦\d+⟧)\s+(?:[\w-]+\s+){0,2}?(?:vessels|ships|fleet|aircraft|properties|hotels|plants|terminals|buildings)\s+(?:are|is)\s+"
                            r"(?:[a-z]+ly\s+(?:and\s+[a-z]+ly\s+)?)?(?:managed|operated|maintained|serviced|crewed)\s+by\s+⟦(\d+)⟧"
                            # "Model training and fleet analytics run on ⟦x⟧ under a three-year capacity agreement"
                            r"|\b(?:training|inference|analytics|workloads?|models?|platforms?|services?)\s+(?:now\s+|all\s+)?run\s+on\s+⟦(\d+)⟧"
                            r"|\bruns?\s+on\s+(?:[\w-]+\s+){0,3}?(?:GPUs|capacity|compute|cloud|servers|infrastructure|instances|clusters?)\s+"
                            r"(?:from|supplied\s+by|provided\s+by|rented\s+from|hosted\s+by|leased\s+from)\s+⟦(\d+)⟧"
                            # "the cascade-optimisation software licensed from ⟦x⟧ has been running on all fourteen halls"
                            r"|\b(?:software|systems?|platforms?|models?|technology|tools?|licen[cs]es?|capacity|GPUs?|servers?|equipment)\s+(?:licensed|leased|sourced|bought|purchased|rented)\s+from\s+(?:[A-Z][\w-]*-based\s+)?⟦(\d+)⟧"
                            # "PulseBand, the tracker we launched in September, is built around a sensor module from ⟦x⟧ in Taiwan"
                            r"|\b(?:built\s+around|built\s+on|based\s+on|powered\s+by|equipped\s+with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:modules?|sensors?|cameras?|chips?|chipsets?|processors?|accelerators?|"
                            r"components?|software|engines?|models?)\s+(?:supplied\s+by|made\s+by|from)\s+(?:[A-Z][\w-]*-based\s+)?⟦(\d+)⟧"
                            r"|⟦(\d+)⟧\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:supplied|delivered|installed|provided)\s+[^⟦;]{0,80}?\b(?:to|at|on|across)\s+"
                            r"(?:all|each|every|both|one|two|three|four|five|six|\d+)\s+(?:\w+\s+)?of\s+our\b", re.I)  # "… to all four of our float lines"
_PURCHASE_COMMITMENTS = re.compile(r"⟦(?P<b>\d+)⟧\s+(?:had|has|have|entered\s+into)\s+(?:[\w-]+\s+){0,3}?purchase\s+(?:commitments|obligations|orders)\b")
# A filer's own site and who supplies or leases it (see RuleExtractor._own_site)
_SITE = r"(?:campus|campuses|facility|facilities|project|site|sites|plant|plants|units?|estates?|premises|data\s+cent(?:er|re)s?)"
# what a landlord leases out: "a lease with X at our Reno North campus", "… at its Caddo Flats campus"
_LEASED_SITE = r"(?:campus|campuses|facility|facilities|site|data\s+cent(?:er|re)s?|buildings?|park)"
_SITE_SUPPLIED_BY = re.compile(r"\b(?:the|our|its)\s+(?:[\w-]+\s+){0,3}?" + _SITE + r"\b[^.;]{0,40}?\b(?:will\s+be|is|are|is\s+being|are\s+being|has\s+been|have\s+been|was|were)\s+"
                          r"(?:now\s+)?(?:supplied|delivered|provided|furnished|monitored|maintained|serviced|guarded)\s+by\s+(?:the\s+)?$", re.I)
# "门店的AI导购系统是杭州织梦智能提供的": the company's system, provided by X
_ZH_SYSTEM_FROM = re.compile(r"(?:系统|平台|软件|设备|方案|服务器|服务)(?:是|均是|都是|由|系|均由|都由)([\u4e00-\u9fff]{0,3})$")
_ZH_PROVIDED = re.compile(r"(?:来)?(?:提供|供应|开发|搭建|部署)")
_SUPPLIES_SITE = re.compile(r",?\s+(?:supplies|will\s+supply|provides|will\s+provide|delivers|will\s+deliver)\s+(?:[^.;⟦]{0,50}?\b(?:to|for)\s+)?(?:the|our|its)\s+"
                            r"(?:[\w-]+\s+){0,2}?" + _SITE + r"\b", re.I)  # ("X supplies solar electricity to the Ruwais campus")
# "Lumenroof has now completed its leak-detection retrofit in 212 of our communities": work done on the filer's own property
_WORKS_ON_SITE = re.compile(r"\s+(?:has\s+|have\s+)?(?:now\s+|also\s+)?(?:completed|finished|installed|deployed|rolled\s+out)\s+(?:its|the|their)\s+[^.;⟦]{0,80}?"
                            r"\b(?:retrofits?|installations?|rollouts?|roll-outs?|upgrades?|fit-outs?|deployments?)\s+(?:in|at|across|of)\s+(?:[\d,]+\s+of\s+|all\s+(?:of\s+)?)?our\s+", re.I)
_LEASES_SITE = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:,\s+[^,]{0,60},)?\s+(?:has\s+leased|leases|leased|has\s+contracted|contracted)\s+(?:the\s+entirety\s+of\s+|all\s+of\s+)?"
                          r"(?:[\w.,-]+\s+){0,8}?(?:MW|megawatts|buildings?|halls?|capacity)\b[^.;]{0,60}?\bat\s+(?:the|our)\b", re.I)
# A filing's exhibit index: "*10.4 2004 Equity Incentive Plan, … filed as Exhibit 10.1 to AMD's Registration Statement", "… Agreement by and
# between the Registrant and TDK Corporation"
_EXHIBIT_ENTRY = re.compile(r"\bfiled\s+as\s+Exhibit\s+\d+(?:\.\d+)?\s+to\s+(?!this\b)|\bby\s+and\s+(?:between|among)\s+the\s+Registrant\b|"
                            r"(?:^|\s)\*?\d{1,3}\.\d{1,3}[#*†+]*\s+(?:[A-Z][\w&,-]*\s+){0,8}?(?:Agreement|Amendment|Indenture|Plan|Certificate|Bylaws|Form\s+of)\b|"
                            r"^\s*\*?\d{1,3}\.\d{1,3}[#*†+]*\s.{0,400}?\bincorporated\s+(?:herein\s+)?by\s+reference\b")  # ("10.16* Second Amended and Restated X Company, Inc. and its …")
# a contract's definition: '“Independent Investment Banker” means one of the Reference Treasury Dealers appointed by us'
_DEFINITION = re.compile(r"\s*[“\"][^”\"]{2,60}[”\"]\s+(?:means|shall\s+mean|has\s+the\s+meaning)\b")
# a subsidiary list's footnote: "(2) 99.9952% owned by Advanced Micro Devices, Inc., .0048% owned by …" (whose share, the list says)
_OWNED_NOTE = re.compile(r"(?:^|\s)\(\d{1,2}\)\s+[\d.]+\s?%\s+owned\s+by\b")
_DENIED_REPORT = re.compile(r"澄清(?:媒体|新闻)?(?:报导|报道|传闻)|^\W*(?:报导|报道|传闻)内容\s*[:：]|(?:经查|经核实)?(?:并无此事|纯属(?:臆测|谣言|不实|传闻)|与事实不符|并非事实|均非事实|not\s+(?:true|accurate)\b|(?:is|are|was|were)\s+(?:untrue|false|inaccurate)\b)", re.I)
_TOGETHER_DEFINED = re.compile(r"\((?=[^()]*[“\"])[^()]*?\btogether\s+with\s+(?P<others>[^()]{1,120}?),?\s+(?:the\s+|each\s+a\s+|collectively\s+)?[“\"][^()]*\)")
_CAREER = re.compile(r"\b(?:Prior\s+to|prior\s+to|Before|before)\s+joining\b|\b(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][\w'’-]+\s+(?:joined|served|has\s+served|has\s+been|was|held|worked|spent)\b|"
                     r"\b(?:[Hh]e|[Ss]he)\s+(?:worked|served|held|spent|was\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:partner|director|officer|president|executive|head|principal|analyst|manager))\b")
# A notes offering's settlement and a filing's registration boilerplate name clearing systems, reference dealers and plans,
# not deals: "…through Clearstream and Euroclear on days when those systems are open", "“Reference Treasury Dealer” means each of
# Barclays Bank PLC, BNP Paribas, …", "Registration Statement No. 333-… relating to the offer and sale of … Common Stock"
_SETTLEMENT = re.compile(r"\bbook-entry\b|\bClearstream\b|\bEuroclear\b|\bDepository\s+Trust\s+Company\b|\bReference\s+Treasury\s+Dealers?\b|"
                         r"\bIndependent\s+Investment\s+Banker\b|\bRegistration\s+Statements?\s+(?:No\.|on\s+Form)|\bForm\s+S-[138]\b")
# A lawsuit names the parties to a dispute, not suppliers, partners, lenders or investors: "Actelion and Nippon Shinyaku are seeking an
# order enjoining Lupin from marketing a generic version", "filed lawsuits against Amazon.com International Sales, Inc., Amazon EU S.à r.l., …"
_LITIGATION = re.compile(r"\b(?:lawsuits?|plaintiffs?|(?:co-)?defendants?|alleg(?:es|ed|ing|ations?)|enjoin(?:ing|ed|s)?|class\s+action|"
                         r"infring(?:e|es|ed|ing|ement)|sued|suing|multidistrict\s+litigation|patent\s+litigation|Demand\s+for\s+Arbitration|"
                         r"declaratory\s+relief|injunctive\s+relief|eminent\s+domain|condemnation)\b|"
                         r"\b(?:filed|brought|commenced)\s+(?:a\s+|an\s+)?(?:complaint|suit|action|petition)s?\b", re.I)
# What a company makes or sells, named where a customer could be: "the Call of Duty and World of Warcraft franchises", "our top three
# franchises—Call of Duty, Candy Crush, and World of Warcraft—collectively accounted for 67% of our net revenues"
_THING_NOUNS = r"(?:franchises?|brands?|products?|titles?|games?|segments?|programs?|programmes?|drugs?|vaccines?|therapies|platforms?)"
_THING_AFTER = re.compile(rf"(?:\s*[’']s)?\s+{_THING_NOUNS}\b", re.I)
_THINGS_BEFORE = re.compile(rf"\b{_THING_NOUNS}\s*(?:[—–:]|,?\s+(?:such\s+as|including|like))\s*(?:[^.;⟦]{{0,100}}?,\s*)?(?:and\s+)?$", re.I)
# A company that "was sold to" another was bought by it: "Vectren Corporation, which was sold to CenterPoint Energy, Inc."
_SOLD_TO_BUYER = re.compile(r"\s*,?\s*(?:which|that)?\s*(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be)\s+(?:sold|divested)\s+to\s+(?:the\s+)?")
# A table whose first column names the filer's customers or its suppliers: "Customer | Three months ended …", "Supplier | Component | …"
_SIDE_COLUMN = re.compile(r"(?P<customer>(?:(?:major|significant|principal|key)\s+)?(?:customers?|clients?)(?:\s+name)?|客户(?:名称)?|客戶(?:名稱)?)|"
                          r"(?:(?:major|significant|principal|key)\s+)?(?:suppliers?|vendors?|(?:service\s+|technology\s+)?providers?)(?:\s+name)?|供应商(?:名称)?|供應商(?:名稱)?", re.I)
# A business sold is bought by its buyer, and all of a company's interests bought is the company bought: no goods sold.
_BUSINESS_SOLD = re.compile(r"\b(?:sold|sells|sell|divested|transferred)\s+(?:(?:substantially\s+)?all\s+of\s+)?(?:the\s+(?:assets|operations)\s+of\s+)?(?:its|our|the|their)\s+"
                            r"(?:[\w-]+\s+){0,5}?(?:business|businesses|division|operations|unit|product\s+line)(?:[,\s][^.;]{0,80}?)?\sto\b", re.I)
_STAKE_SOLD = re.compile(r"\b(?:sold|sells|sell|transferred)\s+(?:an?\s+|its\s+|our\s+|the\s+)?(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+|majority\s+|minority\s+|controlling\s+)?"
                         r"(?:stake|interest|ownership\s+interest|equity\s+interest)(?:\s+(?:in|of)\b[^.;]{0,80}?)?\s+to\b", re.I)  # (or its own: "sold a 9.9% stake to X")
_INTERESTS_BOUGHT = re.compile(r"\b(?:purchased|acquired|bought|purchases|acquires|buys)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:issued\s+and\s+)?(?:outstanding\s+)?"
                               r"(?:ownership|equity|membership)\s+interests\s+(?:of|in)\b", re.I)
_SELLS_A_COMPANY = re.compile(r"\b(?:sell|sells|sold|selling|divest|divests|divested|dispose\s+of|disposed\s+of)\s+(?:all\s+of\s+)?(?:the\s+|its\s+|our\s+)?$", re.I)
_HARDWARE = re.compile(r"服务器|光模块|芯片|加速卡|交换机|\b(?:servers?|chips?|GPUs?|accelerators?|hardware|equipment|optical\s+modules?|switches)\b", re.I)
_ZH_HOLDERS = re.compile(r"⟦(\d+)⟧的(?:出资人|有限合伙人|合伙人|投资人|股东)(?:中|主要|之一)?(?:既有|包括|有|为|是|正是)")
_ASIDE = re.compile(r",\s+which\s+[^,;.⟦]{0,80},")
# "X led the $260 million Series C through its fourth flagship vehicle, Kestrel Peak Fund IV": the company's own vehicle, no party of its deal
_OWN_VEHICLE = re.compile(r"\b(?:through|via|using)\s+(?:its|their|our)\s+(?:[\w-]+\s+){0,3}?(?:vehicles?|funds?|arms?|affiliates?|subsidiar(?:y|ies)|entit(?:y|ies)|units?)\s*,?\s*$", re.I)
# "X could just as easily rent capacity from Y": what a company might do is no link
_RUNNING_PRODUCT = r"(?:models?|software|platforms?|systems?|tools?|sensors?|robots?|agents?|stack|solution|application|app|analytics|forecasting|forecasts|units|machines|cells|terminals|kiosks)"
_HYPOTHETICAL = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+|now\s+)?(?:negotiating|in\s+talks|in\s+discussions)\b|\bcould\s+be\s+qualified\b|"
                           r"\b(?:held|hold|holds|had|having)\s+(?:exploratory|preliminary|early|informal|early-stage)\s+(?:talks|discussions|conversations)\b|"  # (talks are no deal)
                           r"\b(?:only|one\s+of\s+(?:the\s+)?(?:few|two|three|four))\s+(?:\w+\s+){0,3}?(?:suppliers?|vendors?|makers?|manufacturers?|companies)\s+"
                           r"(?:[\w-]+\s+){0,4}?(?:able|capable|qualified|equipped)\s+to\b|\bmay\s+(?:in\s+the\s+future\s+)?(?:consider|explore|evaluate)\b|\bcould\s+(?:just\s+)?as\s+easily\b|\bcould\s+(?:instead|always|simply)\b|\bexplored\s+(?:buying|acquiring|taking|investing|a\s+(?:deal|bid|merger|sale|stake))\b|\btalks\s+(?:did\s+not|didn't|failed\s+to|never)\s+(?:progress|succeed|advance)|\b(?:could|might|may)\s+(?:seek|look|try|want|decide)\s+to\s+(?:acquire|buy|invest|bid)\b|\bin\s+our\s+(?:bull|bear|base)\s+case\b|\bwould\s+rather\b|\bwere\s+to\b|"
                           # "the Company examined an acquisition of ⟦b⟧ but discontinued those discussions", "reviewed and rejected a possible acquisition of"
                           r"\b(?:examined|reviewed|considered|evaluated|assessed|studied|explored)\s+(?:and\s+(?:rejected|declined|dismissed)\s+)?(?:an?\s+|the\s+)?(?:possible\s+|potential\s+)?"
                           r"(?:acquisition|purchase|takeover|investment|merger|bid)\s+(?:of|in|for)\b|"
                           # "Hollinbrook reviewed an unsolicited opportunity to acquire …"
                           r"\b(?:examined|reviewed|considered|evaluated|assessed|explored)\s+(?:an?\s+|the\s+)?(?:unsolicited\s+)?(?:opportunity|proposal|offer|approach)\s+to\s+(?:acquire|buy|invest|purchase)\b|"
                           r"可能(?:会|将)?(?:持有|包括|提供|投资|收购|参与|采购|成为|为|向|与)|有意(?:向|与|和|收购|投资|采购|入股|参与)|决定是否|是否(?:继续)?(?:出租|出售|收购|投资|采购|提供)|或(?:将|会)(?:持有|提供|为|向)|或(?:将|会)?(?:为|向)(?:其|⟦\d+⟧)提供", re.I)  # "中岳证券及其关联机构可能持有澄曜数智的股票": a disclosure's may
# the companies a sentence opens by comparing its subject with ("Unlike ⟦a⟧ and ⟦b⟧, which …, ⟦c⟧ has kept …")
_COMPARED_OPENING = re.compile(r"^\W*(?:Unlike|Like|In\s+contrast\s+to|Compared\s+(?:with|to))\s+[^;]*?,\s+(?=⟦\d+⟧\s+(?:(?:has|have|had|is|are|was|were|did|does|do|will|would|"
                               r"still|also|instead)\s+)*[a-z]+\b)")
# "investors have asked whether ⟦a⟧ could buy ⟦b⟧", "There were press reports in January that ⟦a⟧ would invest directly in ⟦b⟧"
_COMPETED_WITH = re.compile(r"\b(?:competitors?|rivals?)\s+(?:to|of|against|for)\s+(?:the\s+)?⟦\d+⟧$|\bcompet\w*\s+(?:with|against)\s+⟦\d+⟧$")
_WHETHER_COULD = re.compile(r"\bwhether\s+(?:[^.;⟦]{0,40})?⟦\d+⟧\s+(?:could|might|would|should)\b|"
                            r"\b(?:reports?|rumou?rs?|speculation|talk)\s+(?:in\s+\w+\s+)?that\s+⟦\d+⟧\s+(?:would|might|could|may|was\s+(?:set|poised|about)\s+to)\b")
_IF_CLAUSE = re.compile(r"^\s*(?:(?:若|如果|假如|倘若|假设|一旦)[^。；]{0,60}?(?:可|将|会|则|需)|(?:If|Should|Were)\b[^,;]{0,120}\b(?:were\s+to|should|would|ever)\b|If\s+[^,;]{0,80}?\b(?:fails?|failed|ceases?|is\s+unable|were\s+unable)\s+to\b|"
                        r"If\b[^;]{0,240},\s+(?:our|we|the\s+company(?:['’]s)?|its|their)\b[^;,]{0,40}?\b(?:could|may|might|would)\b|(?-i:Should)\s+(?:[A-Z][\w-]*\s+){1,4}(?:ever\s+)?[a-z]+\b)", re.I)  # "If Halcyon were to reduce its consumption, shift …"
_FINANCIER_NAME = re.compile(r"\b(?:Bank|Banking|Bancorp|Banco|Banque|Capital|Partners|Credit|Fund|Funds|Ventures|Investments?|Asset Management|Securities|"
                             r"Lending|Finance|Financial)\b|银行|基金|资本|证券|创投|信托|投资")
_SECURITIES = re.compile(r"\b(?:shares|stock(?!\s+(?:code|symbol|ticker|exchange|market|days|levels?|turns))|common stock|preferred|"
                         r"(?<!counselling\s)(?<!counseling\s)(?<!clinical\s)(?<!meeting\s)(?<!research\s)(?<!release\s)(?<!visit\s)(?<!discharge\s)(?<!progress\s)notes|(?:convertible|exchangeable|promissory)\s+(?:[\w-]+\s+)?note|"
                         r"securities(?!\s+(?:exchange|and\s+exchange|act|litigation|market))|warrants|(?:membership|partnership|LP|LLC|common|preferred|Class\s+[A-Z])\s+units|units\s+(?:of|in)|equity)\b|股份(?!有限|代码|代号|简称)|"
                         r"股票(?!代码|代号|简称)(?![^，。；]{0,12}?(?:行情|数据|资料|资讯|信息|指数))|新股|股权", re.I)  # "（…，股票代码HLCY）" names a company; it sells no stock
# (nor "提供台湾上市柜股票及ETF即时行情资料": data about shares)
# (nor do "counselling notes" a copilot drafts)
# A sentence that starts with "It", "The company" or "The Denver-based GPU cloud operator", or a Chinese 其 before any name.
_ANAPHOR_EN = re.compile(r"^(?:(?:In|By|Last|This|Earlier|Later)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?=it\b|its\b))?"  # "In September it agreed to …"
                         r"((?:It|it|Its|its|The (?:[\w$.,'’-]+ ){0,5}?(?:company|firm|operator|provider|maker|chipmaker|designer|developer|"
                         r"lab|start-?up|group|lender|bank|fund|investor|business|giant|supplier|manufacturer|neocloud|hyperscaler|vehicle|borrower|issuer|producer|utility|landlord|foundry|"
                         r"chain|retailer|insurer|carrier|airline|brand|label|studio|platform|distributor|operator|"
                         r"subsidiary|unit|SPV)))\b")
_ANAPHOR_ZH = re.compile(r"^[^⟦。]{0,12}?(其(?![他中余实次])|该公司|该基金|该行|该信托|该集团|公司)(?![的]?(?:股东|董事|公告))")
# A deal one sentence states and the next continues: "Verity closed a $1.1bn GPU-backed loan. Orchard Point led the deal,
# with Bexley Hill taking a third of it." "墨衡智能完成新一轮融资……同一轮融资中，临川基金出资5亿元。"
_DEAL_LOAN = re.compile(r"\b(?:loans?|facilit(?:y|ies)|credit\s+lines?|credit|debt|notes|borrowings?|borrowers?|lenders?|lent|lend(?:s|ing)?|"
                        r"(?:project|construction|senior(?:\s+secured)?|secured|debt|asset-backed)\s+financing)\b|贷款|授信|借款|信贷|联贷|银团", re.I)
_DEAL_EQUITY = re.compile(r"\b(?:round|Series\s+[A-H]|seed|funding|raise[sd]?|equity|investment|valuation|commitments?\s+to\s+(?:[\w-]+\s+){0,6}?Fund)\b|融资|增资|认购|认缴|扩募|入股|出资|轮", re.I)
_DEAL_START = re.compile(r"\b(?:closed|closes|closing|secured|secures|raised|raises|raising|obtained|obtains|completed|completes|signed|signs|priced|prices|"
                         r"finali[sz]ed|finali[sz]es|wrapped\s+up|"
                         r"landed|lands|arranged|announced|announces|entered\s+into|upsized|drew)\b|获得|完成|宣布|取得|申请|签署|签订|正(?:在)?进行|启动|开展", re.I)
# a sum as written: a currency sign or code, then its figure ("$1.5 billion", "RMB1.2bn", "SEK 120 million")
_SUM = (r"(?:(?:(?:[A-Z]{1,3})?\$|[€£¥₩₹])\s?|(?:RMB|KRW|SEK|DKK|NOK|CHF|IDR|EUR|USD|GBP|JPY|INR|SGD|AUD|CAD|MYR|THB|AED|SAR|RM|Rs\.?|"
        r"HKD|TWD|CNY|NZD|BRL|MXN|ZAR|TRY|KZT|PLN|CZK|HUF|ILS|EGP|NGN|KES|QAR|KWD|BHD|OMR|PHP|VND|CLP|COP|PEN|ARS|MAD)\s?)[\d.,]+\s?(?:billion|million|bn|m|crore|lakh)?")
_DEAL_AGAIN = re.compile(r"\b(?:the|this|that)\s+(?:" + _SUM + r"\s+|[\w-]+\s+){0,2}?(?:facility|loan|financing|round|deal|raise|"
                         r"notes|offering|transaction|investment|package|credit\s+line|syndicate|Series\s+[A-H])\b|(?-i:\bof\s+it\b)|"
                         r"\bthe\s+(?:remaining|rest|balance)\b|\b(?:are|is|were|was)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?(?:initial\s+|original\s+|other\s+|lead\s+)?"
                         r"(?:lenders|investors|backers|participants)\b|"
                         r"\b(?:increased|raised|kept|keeps|maintained|retained|doubled|cut|reduced)\s+(?:its|their)\s+(?:(?:US)?" + _SUM + r"\s+)?"
                         r"(?:loan\s+|lending\s+|credit\s+)?commitments?\b|\bjoined\s+as\s+(?:a\s+|an\s+)?(?:new\s+|additional\s+)?(?:lender|investor|backer)\b|"
                         r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?lending\b|"  # "X increased its commitment by $300 million", "which is lending $500 million"
                         r"\b(?:putting|puts|put)\s+in\s+(?:a\s+further|another|an\s+additional)\s+(?:US)?[$€£]|"
                         r"\b(?:committed|signed\s+on|come\s+in|came\s+in|participat(?:e|es|ed|ing))\s+as\s+(?:a\s+|the\s+)?(?:lenders?|investors?|co-lenders?)\b|\balso\s+(?:took\s+part|participated|joined\s+in)\b|"
                         r"\balso\s+(?:came|chipped)\s+in\s*[.!]?$|\b(?:new\s+|more\s+|fresh\s+)?(?:money|capital|funding)\s+(?:came|comes)\s+(?:as\s+well\s+|also\s+)?from\b|\b(?:anchor|cornerstone|other|remaining|further|additional)\s+commitments?\s+(?:came|come|were\s+made)\s+from\b|\b(?:both\s+|all\s+|also\s+)?followed\s+on\b|"
                         r"^其中[，,]|同一轮|本轮|此轮|该轮|参贷|本次融资|此次融资|该笔贷款|该笔融资|上述融资|上述贷款|本次增资|此次增资|(?:本次|此次|同步|同时)[^，。；]{0,4}?(?:认缴|认购|扩募)|(?:跟投|参投)[。！]?$|#\s*(?:跟投|参投)|(?:跟投|参投)了?(?:约|近|逾|超过)?(?:人民币|美元)?[\d.,]+(?:亿|万|千万)?(?:元|美元)|"
                         r"(?:出资|投入)[^，。；]{0,16}[，,]\s*(?:取得|获得|占)[^，。；]{0,8}(?:股权|股份)", re.I)  # "X投入人民币6亿元，取得约8.5%股权"
# "Corvane Semiconductor, the chip maker, contributed $1.5 billion": after the round's leader, the next who put money in
_PART_AGAIN = re.compile(r"^\W*(?:the\s+)?#+(?:\s+Company)?(?:\s*\([^()]{0,40}\))?(?:\s*,[^,]{0,80},)?\s+(?:also\s+|then\s+)?(?:contributed|added|put\s+in|chipped\s+in|invested|committed|provided|wrote)\s+"
                         r"(?:another\s+|an?\s+additional\s+|a\s+further\s+)?(?:US)?[$€£]")
_PRONOUN = re.compile(r"(?i)we|it|they")  # a company written as a pronoun starts a clause; it is no item of a list
_NOW_OUR_UNIT = re.compile(r"\W*(?:The\s+)?⟦\d+⟧\s+(?:now\s+)?(?:operates|functions|runs|is\s+now\s+run)\s+as\s+(?:a|an|our)\s+(?:wholly[- ]owned\s+|indirect\s+|direct\s+|separate\s+)*(?:subsidiary|unit|division)\b(?!\s+(?:of|inside|within|under)\b)")
# "Veloxa Motors Group also came in as a limited partner, committing $25 million" (in the fund's own letter)
# a customer named alone in the company's own words: "Tsubame Electric Railway renewed and expanded its predictive maintenance
# contract with us", "Overseas, Ferrovia Alpina placed a follow-on order for wayside detectors worth ¥1.1 billion" (the company sells)
_OUR_CUSTOMER = re.compile(r"\W*(?:(?:Overseas|Domestically|In\s+[A-Z][\w ]{0,20}|Separately|Elsewhere|Meanwhile|Also),\s+)?⟦(\d+)⟧\s+(?:has\s+|have\s+|also\s+)*"
                           r"(?:(?:renewed|extended|expanded)(?:\s+and\s+(?:renewed|extended|expanded))?\s+(?:its|their)\s+(?![^⟦.;]{0,60}?\b(?:supply|purchase|loan|credit|"
                           r"financing|lease|licen[cs]e|partnership|cooperation|collaboration|joint|development|distribution)\b)[^⟦.;]{0,60}?\b(?:contract|agreement)s?\s+with\s+⟦(\d+)⟧|"
                           r"placed\s+(?:a|an|another|its|their|two|three|several|new)\s+[^⟦.;]{0,40}?\border(?!\s+with\b))")
# "The blending partnership with ⟦x⟧ in Brazil is where the AI piece shows up": the speaker's partnership
_OUR_PARTNERSHIP = re.compile(r"^\W*(?:The|Our)\s+(?:[\w-]+\s+){0,2}?(?:partnership|joint\s+venture|collaboration|alliance)\s+with\s+⟦(\d+)⟧", re.I)
# "The largest order in the quarter was the five-year contract from ⟦x⟧, worth KRW 96.4 billion": an order from a customer
_OUR_ORDER_FROM = re.compile(r"\b(?:orders?|contracts?|awards?)\s+(?:[\w-]+\s+){0,2}?from\s+⟦(\d+)⟧(?!\s+(?:to|for)\s+(?:supply|provide|deliver|sell))", re.I)
# a possessive company, then a verb of the clause's earlier subject: "… shares in ⟦a⟧'s rights issue and now own 12.4%"
_POSSESSOR_THEN_VERB = re.compile(r"(?:'s|’s)\s+[^⟦.;]*?\band\s+(?:now\s+|also\s+|then\s+|still\s+)?(?:holds?|owns?|invested|invests?)\b")
# "Albula Instruments in Switzerland has engaged us for assay validation": a customer that hires the speaker
_ENGAGED_US = re.compile(r"\W*⟦(\d+)⟧(?:\s+in\s+[A-Z][\w ]{0,20}?)?\s+(?:has\s+|have\s+|also\s+|now\s+)*(?:engaged|hired|retained|selected|chosen|chose)\s+⟦(\d+)⟧\s+(?:for|to|as)\b")
# "The capex is funded from internal accruals and a ₹250 crore term loan from Indrayani Finance": the speaker's own borrowing
_FUNDED_BY_LOAN = re.compile(r"[^⟦]*?\b(?:is|are|was|were|will\s+be|being)\s+(?:funded|financed)\s+(?:from|with|by|through)\b[^⟦.;]{0,80}?\b(?:term\s+loan|loan|credit\s+facility|facility|borrowings?)\s+"
                             r"(?:from|with|(?:to\s+be\s+)?provided\s+by|arranged\s+by)\s+⟦(\d+)⟧")
_NEW_LP = re.compile(r"\W*⟦\d+⟧\s+(?:also\s+|then\s+)?(?:came\s+in|joined|signed\s+on|was\s+admitted)\s+as\s+(?:a|an)\s+(?:new\s+|strategic\s+|anchor\s+|cornerstone\s+)*(?:limited\s+partner|LP)\b")
# "Brickfield Ventures, the corporate venture arm of Keystone, also joined the round": the one round the story has told of,
# though a few sentences about something else came between
_JOINED_ROUND = re.compile(r"\b(?:also\s+)?(?:joined|took\s+part\s+in|participated\s+in|came\s+into|invested\s+in)\s+the\s+(?:same\s+)?round\b|"
                           r"本轮(?:[A-Z]\s*轮)?(?:融资|募资)[^。；]{0,30}?由⟦?[^。；]{0,30}?(?:领投|跟投|参投)")  # ("本轮B轮募资总额为…，由X领投…，Y跟投")
_LOAN_TERM = re.compile(r"\(the\s+[“\"]((?:[\w-]+\s+){0,4}?(?:Facility|Loan|Notes|Credit\s+Agreement|Revolver))[”\"]\)"
                        r"|\b(?:facility|loan|notes|revolver)\b[^()“”\"]{0,40}\(the\s+[“\"]([A-Z]{2,6})[”\"]\)")  # '… term loan facility of up to $2.2 billion (the "DDTL")'
_TAKES_PART = re.compile(r"\b(?:led|co-led|co-leading|leads?|leading|anchor\w*|join(?:s|ed|ing)?\b|participat\w*|taking|took|takes?|contribut\w*|provid\w*|made\s+available|lending|lent|"
                         r"add(?:s|ed)\s+(?:another\s+)?(?:US)?[$€£]|chipped\s+in|holds?\s+the\s+(?:remaining|rest|balance)|held\s+the\s+(?:remaining|rest|balance)|(?:came|comes|come)\s+in(?=\s*[.!]?$)|(?:came|comes|come)\s+into\s+the\s+(?:round|deal|raise|financing)|(?:money|capital|funding)\s+(?:came|comes|come)\s+(?:as\s+well\s+|also\s+)?from|(?:filled|fills|rounded|rounds)\s+out|made\s+up|"
                         r"commit\w*|lenders?|arrangers?|investors?|backers?|invest\w*|subscrib\w*|put(?:ting)?\s+in)\b|领投|跟投|参投|出资|认购|认缴|参与|提供|牵头|参贷|承贷|投入|加码|加注|取得[^，。；]{0,8}股[权份]", re.I)
_STAKE_TAKEN = re.compile(r"\b(?:will\s+)?(?:hold|holds|held|own|owns|owned|take|takes|took|get|gets|got|receive|receives|received)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?stake\b|"
                          r"\bstake\s+of\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|nearly\s+|some\s+)?\d|取得[^，。；]{0,8}股[权份]|持股(?:比例)?(?:约|为)?[\d.]+\s*%", re.I)
_COMPANY_SOLD = re.compile(r"(?:\s*\([^()]*\))?(?:,\s+[^,;]{0,80},)?\s+(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be|is\s+to\s+be)\s+(?:also\s+)?sold\s+to\s+(?:the\s+)?$")
# what an investment left its investor holding, said after the company it went into
_STAKE_AFTER = re.compile(r"[^⟦;.]{0,60}?\b(?:taking|took|takes|giving\s+(?:it|them)|for|(?:which|that)\s+(?:left|leaves|gives|gave)\s+(?:it|them)\s+with|leaving\s+(?:it|them)\s+with|to\s+hold)\s+"
                          r"(?:a\s+|an\s+)?(?:stake\s+of\s+|(?:its|their)\s+(?:holding|stake|ownership)\s+to\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+|some\s+|nearly\s+)?(?P<share>\d+(?:\.\d+)?\s?%)", re.I)
# "…, raised at a valuation we could not underwrite, and we did not participate": a round the writer stayed out of
# (and "交易相对人为⟦曜石智能⟧持股5%以上之境内财务投资人": the holder is the investor described, no company named)
_STAYED_OUT = re.compile(r"\b(?:did|do|does|will|would)\s+not\s+(?:participate|invest|take\s+part|join|follow\s+on)\b|\b(?:considered|reviewed|evaluated),?\s+(?:and|but)\s+(?:rejected|declined|turned\s+down|passed\s+on)\b|\b(?:rejected|turned\s+down|passed\s+on)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:co-investment|investment|commitment|stake)\b|\b(?:declined|chose\s+not|decided\s+not)\s+to\s+(?:participate|invest|take\s+part|join)\b", re.I)
_LEASEBACK = re.compile(r"售后回租|售後回租|回租融资|回租融資|\bsale[- ]and[- ]lease-?back\b|\bsale-lease-?back\b|\bsale/lease-?back\b", re.I)
_LESSOR_NAME = re.compile(r"租赁|租賃|\b(?:Leasing|Lease|Lessor|Rentals?)\b")
_UNNAMED_SOURCE = re.compile(r"\b(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+"
                             r"(?:made\s+public|disclosed|announced)|\bnot\s+(?:yet\s+)?(?:public|disclosed)\b", re.I)
_NOT_PART = re.compile(r"\b(?:advis\w*|counsel|according\s+to|said|says|told|rated|placement\s+agent|valued)\s+(?:by\s+)?(?:the\s+)?$|(?:据|称)$"
                       r"|\b(?:investment|stake|interest|holding|position)\s+in\s+(?:the\s+)?$", re.I)  # ("The investment in ⟦X⟧ will be accounted for …": X got it)
_PART_AMOUNT = re.compile(r"(?:\bwith\s+(?:an?\s+)?(?=(?:US)?[$€£]\s?[\d.,]+\s?(?:billion|million|bn|m)?\s+(?:investment|commitment|loan|cheque|check|ticket))|参贷|承贷|投入|contribut\w*|lending\s|add(?:s|ed)\s|hold(?:s|ing)?\s|commit\w*|provid\w*|invest\w*|put(?:ting)?\s+in|taking|took|出资|认购|认缴|提供|跟投|领投|参投|加码|加注)", re.I)
_DESCRIBED = re.compile(r",\s+(?:a|an|the|its|our)\s+(?:[\w-]+\s+){0,4}?(joint\s+venture|vehicle|borrower|issuer|subsidiary|unit|lender|bank|fund|lab|neocloud|"
                        r"developer|operator|provider|designer|maker|chipmaker|manufacturer|supplier|start-?up|SPV)\b", re.I)
_LENDER_WORDS = r"(?:Bank|Capital|Partners|Credit|Fund|Trust|Finance|Financial|Lending|Leasing)"
_LENDER_HEAD = re.compile(r"\b(" + _LENDER_WORDS + r")(?:,?\s+(?:N\.A\.|LLC|L\.P\.|LP|Ltd\.|plc|AG|ASA|SA))?\s+(?=[A-Z])")
_FACILITY_LABEL = re.compile(r"^(?:[A-Za-z][\w-]*\s+){0,5}?(?:[Ff]acility|[Ll]oan|[Nn]otes|[Ll]ine|[Rr]evolver|[Bb]onds?|[Ff]inancing|DDTL|TLB)"
                             r"(?:\s+(?:[A-Z]|[IVX]+|\d+))?(?:\s*\(\d\))?\s+(?=[A-Z])")  # "GPU-Backed DDTL (1) Marlowe Harbor; Thornmere"
_UNIT_ONLY = re.compile(rf"(?:[IVX]{{1,4}}\b,?\s*)?(?:Holdings?|Group|Partners|Management|Advisors|USA|U\.S\.|International)?,?\s*(?:{FORMS})?")  # "… Bank USA", "… Capital Partners LLC", "… Fund II, L.P."
# a bracketed aside after a name, which may name it again in another language: "（Halvorsen Semiconductor Corp.）", "（⟦3⟧）"
BRACKETED = r"(?:\s*[（(](?:[^）)⟦]|⟦\d+⟧){0,60}[）)])"
_OWN_SUBSIDIARY = re.compile(r"⟦(?P<a>\d+)⟧" + BRACKETED + r"?,?\s+(?:is\s+(?:now\s+|also\s+|still\s+)?|(?:now\s+)?(?:operates|continues\s+to\s+operate|is\s+operated)\s+as\s+)?(?:a|an|our|⟦\d+⟧)\s+(?:[\w-]+,?\s+){0,3}?(?:wholly[- ]owned|majority[- ]owned|consolidated|bankruptcy-remote|special[- ]purpose)\s+"
                             r"(?:[\w-]+\s+){0,2}?subsidiary\b(?!\s+of\b(?!\s+ours\b))", re.I)  # "… subsidiary of ours", not "… of ⟦b⟧"

# "Modern trade is handled by the wholly owned subsidiary ⟦a⟧": the document's company's, where no other company comes before
# a note's key data, "Major shareholder: Sirivej Holding Co., Ltd. (38.2%)": a holder of the company it covers
_HOLDER_FIELD = re.compile(r"\b(?:major|largest|principal|controlling|main|key)\s+(?:shareholders?|holders?)\s*[:：]\s*⟦(?P<a>\d+)⟧\s*[(（]\s*(?:about\s+|c\.\s*)?[\d.]+\s?%", re.I)
# "We … own our vessels through separate wholly owned vessel-owning subsidiaries …, such as ⟦a⟧, which owns …": one of the company's own
_SUBSIDIARIES_SUCH_AS = re.compile(r"(?:\b(?:our|its)|⟦\d+⟧)\s+[^⟦;.]{0,80}?\bsubsidiaries\b[^⟦;]{0,120}?,?\s+(?:such\s+as|including|among\s+them)\s+⟦(?P<a>\d+)⟧", re.I)
_THE_SUBSIDIARY = re.compile(r"^[^⟦]*\b(?:by|through|via|to|with|and|of)\s+the\s+(?:wholly[- ]owned|100%[- ]owned|fully[- ]owned)\s+(?:[\w-]+\s+){0,2}?subsidiary,?\s+⟦(?P<a>\d+)⟧", re.I)

# "Our ⟦Cereal Partners Worldwide⟧ (CPW) joint venture with ⟦Nestlé⟧": the writer's venture with the other
_OUR_VENTURE = re.compile(r"⟦(?P<a>\d+)⟧\s+⟦(?P<j>\d+)⟧(?:\s+[A-Z][\w-]*){0,2}\s*(?:\([^()]*\)\s*)?(?:joint\s+venture|JV)\s+with\s+(?:the\s+)?⟦(?P<b>\d+)⟧", re.I)
_FORMED_VENTURE = re.compile(r"⟦(?P<a>\d+)⟧\s+(?:(?:have|has|also|jointly)\s+)?(?:formed|form|created|established|set\s+up|launched|incorporated)\s+⟦(?P<j>\d+)⟧"
                             r"(?:\s*\([^()]{0,40}\))?,\s+(?:a|an|our|the)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\s+(?:with|alongside)\s+(?:the\s+)?⟦(?P<b>\d+)⟧", re.I)
_FORMED_TOGETHER = re.compile(r"⟦(?P<a>\d+)⟧\s+and\s+(?:the\s+)?⟦(?P<b>\d+)⟧\s+(?:(?:have|has|also|jointly|recently)\s+)*(?:formed|created|established|set\s+up|launched|incorporated)\s+"
                              r"⟦(?P<j>\d+)⟧(?:\s*\([^()]{0,40}\))?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\b", re.I)
# a name that starts a clause of its own: "…, and ⟦d⟧, which elected the all-cash option, received …", "…, and ⟦d⟧ received …"
_OWN_CLAUSE = re.compile(r"\s*,\s+(?:which|who)\s[^⟦;]{0,120}?,\s+(?:[a-z]+ed|has|had|have|will|was|were|is|are|received|got|took)\b|\s+(?:[a-z]+ed|has|had|have|will|was|were|is|are|holds|owns|keeps|retains)\b")
# (not a clause's verb after the comma: "⟦0⟧, the AI arm of ⟦1⟧, acquired ⟦2⟧")
_LIST_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s*&\s*|、|及|和|以及)\s*(?:the\s+|(?!(?-i:[a-z]+ed|agrees|signs|buys|acquires|sold|bought|took|led|won|lent)\s))"
                        r"(?-i:(?:(?!(?:that|which|who|whose|where|when|as|of|in|by|to|for|with|from)\s)[a-z][a-z-]*\s+){0,3}?)"
                        r"(?:(?<=[、及和])[\u4e00-\u9fff]{1,10}?(?:商|公司|企业|集团|银行))?⟦(\d+)⟧")  # ("…, the streaming service ⟦b⟧", "…及土耳其機場零售商⟦b⟧")


_LIST_BEFORE = re.compile(r"((?:⟦\d+⟧(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|、|及|和)(?:funds\s+(?:managed|advised)\s+by\s+|affiliates\s+of\s+)?)+)$")


def _listed_before(placeholder: str, end: int) -> list[int]:
    """The placeholders of a list that runs up to ``end``: '⟦0⟧, ⟦1⟧ and funds managed by ' before ⟦2⟧ gives [0, 1]."""
    head = _LIST_BEFORE.search(placeholder[:end])
    return [int(i) for i in re.findall(r"⟦(\d+)⟧", head.group(1))] if head else []


# '…," said Tomasz Everly, Senior Vice President, Global Infrastructure at Nimbara.': who speaks in a release's quote
_ATTRIBUTION = re.compile(r"[”\"]\s*,?\s*(?:said|says|added|noted)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[^\"“”]{0,120}?\b(?:of|at)\s+"
                          r"(?P<org>[A-Z][^\"“”,]{1,80}?)\s*(?:\.\s*(?:[\"“]|$)|$)")
# a release's legal boilerplate names no deal: "forward-looking statements within the meaning of the Private Securities Litigation Reform Act"
_SAFE_HARBOR = re.compile(r"\bforward-looking\s+statements?\b|\bsafe\s+harbou?r\b|\bcause\s+actual\s+results\s+to\s+differ\b|\bactual\s+results\s+(?:may|could|might)\s+differ\b|前瞻性陈述", re.I)
# A deal called off links no one: "we terminated the proposed $250 million investment in X", "held talks about acquiring X but walked
# away", "拟收购X控股权事项已因…终止" (an agreement that "may be terminated" is still an agreement)
_CALLED_OFF = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:terminated|abandoned|called\s+off|walked\s+away|withdrew|cancell?ed|scrapped|ended)\b"
                         r"(?=[^.;]{0,80}?\b(?:investment|acquisition|deal|merger|talks|discussions|negotiations|offer|bid|lease|transaction|proposal|(?:agreement|letter\s+of\s+intent|LOI|memorandum\s+of\s+understanding|MOU)\s+to\s+(?:sell|buy|acquire|purchase|invest)|sale|over\s+price)\b)"
                         r"|\b(?:talks|discussions|negotiations)\b[^.;]{0,120}?\b(?:walked\s+away|broke\s+down|collapsed|ended\s+without|were\s+terminated)\b"
                         r"|\b(?:talks|discussions|negotiations|approach|offer|bid)\s+(?:that|which)\s+(?:did\s+not|didn['’]t|never)\s+(?:progress|proceed|advance|succeed|go\s+ahead)\b"
                         r"|\b(?:considered|evaluated|explored|weighed|studied|reviewed|discussed)\b(?:[^.;]|\.(?=,?\s+[a-z\d])|(?<=\b[A-Z])\.){0,120}?\b(?:but|and)\s+(?:later\s+|ultimately\s+|eventually\s+|then\s+)?"
                         r"(?:(?:decided|chose|elected|opted)\s+not\s+to\s+(?:proceed|pursue\s+it|go\s+ahead|move\s+forward)|"
                         r"(?:discontinued|terminated|ended|broke\s+off|dropped|abandoned)\s+(?:the\s+|its\s+|our\s+)?(?:discussions|talks|negotiations|process|it)\b)"  # "evaluated a similar alliance with X but decided not to proceed"
                         # ("evaluated an acquisition of X but discontinued discussions after due diligence")
                         r"|\b(?:agreed|planned|proposed|offered|moved)\b[^.;]{0,120}?\b(?:then|later|but|before|eventually|ultimately)\s+"
                         r"(?:walked|walking|pulled|pulling|backed|backing)\s+(?:away|out)\b"  # "agreed to buy a 30% stake in X, then walked away"
                         r"|(?:洽谈|商讨|商谈|接触|接洽|谈判)[^。]{0,40}?(?:未有|未能|未|并未|没有|并无)(?:签署|签订|订立|达成)|"
                         r"(?:考虑|曾考虑|研究|评估)[^。；]{0,60}?(?:决定|最终)?(?:不予推进|不再推进|未予推进|放弃)|"  # "亦曾考虑收购X，惟经尽职审查后决定不予推进"
                         r"(?:收购|投资|交易|合作|增资|入股|合资|洽谈|谈判)[^。；]{0,30}?(?:已|被)?(?:因[^。；]{0,30}?)?(?:终止|取消|叫停|搁置)|(?:终止|取消|放弃)(?:了)?(?:本次|此次|该|上述)?(?:收购|投资|交易|增资|入股)", re.I)
_DENIED = re.compile(r"(?:注意到|留意到)[^。；]{0,12}?(?:报导|报道|传闻|传言)|\b(?:press|media|news)\s+reports?\b[^.;]{0,60}?\b(?:suggested|speculated|claimed)\b|\b(?:reports?|claims?|suggestions?|speculation)\b[^.;]{0,120}\b(?:are|is|were|was)\s+(?:\w+\s+)?(?:inaccurate|untrue|false|incorrect|unfounded|wrong|baseless)\b|"
                     r"传闻|传出|传言|据传|(?:相关|有|媒体)报道称|有媒体报道|未与[^。；]{0,30}?(?:进行|有)?(?:任何)?(?:接触|谈判|洽谈)|自媒体|网传|否认|澄清公告|不实|不属实|并非事实|未筹划|(?:经查)?并无此事|纯属谣言|无从得知|不便评论|(?:决策|审批|审议)程序尚在进行|"
                     r"(?:并无|并未|从未|未曾|没有)(?:直接|间接)?(?:持有|投资|参股)|\bno\s+assurance\s+that\b|(?:不存在|没有|并无)[^，。；]{0,8}(?:筹划|计划)|澄清[^。；]{0,12}(?:并未|并无|未|没有|不存在)|市场臆测|臆测|揣测|不予评论|"
                     r"\b(?:press|media|news)\s+reports?\s+(?:\w+\s+){0,3}?that\b|\bapproached\b[^.;]{0,60}?\babout\s+(?:buying|acquiring|a\s+(?:possible\s+)?(?:sale|merger|takeover|deal|combination))\b|"
                     r"\breported\s+(?:\w+\s+){0,3}?to\s+be\s+in\s+(?:talks|discussions|negotiations)\b|\bno\s+deal\s+(?:was|is|had\s+been)\s+under\s+discussion\b|"
                     r"\brumou?r(?:s|ed)?\b|\bdenied\b|\bdenies\b|\bspeculat\w+|\b(?:widely\s+)?(?:reported|rumou?red|said)\s+to\s+have\b|"
                     # talks, not a deal: "There has been talk in the market that X wants to buy Y", "X had also held talks to buy Y, according to
                     # two people familiar with …", "drew interest from X, which did not submit a binding offer"; and what a company does not hold
                     r"\btalk\s+in\s+the\s+market\b|\b(?:held|holding|hold|in|had)\s+(?:early\s+|preliminary\s+|exclusive\s+)?talks\s+(?:to|about|over)\b|"
                     r"\bdrew\s+interest\s+from\b|\bno\s+(?:discussions|talks|negotiations)\s+(?:about|on|over|with|regarding)\b|\b(?:holds?|held|owns?|owned)\s+no\s+(?:shares|stake|interest|equity)\b|"
                     r"\b(?:offering|IPO|listing)\s+(?:was|were|is)\s+(?:\w+\s+)?underwritten\s+by\b|"
                     # "We also reviewed secondary positions in X and Y, but declined both on price"
                     r"\b(?:reviewed|considered|evaluated|looked\s+at|spent\s+[^.;]{0,30}?\bon)\b[^.;]{0,120}\bbut\s+(?:declined|passed|walked\s+away|decided\s+against)\b", re.I)
_HOLDERS_WERE = re.compile(r"⟦(\d+)⟧(?:(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:stockholders|shareholders|holders|investors|backers|owners)\s+(?:were|are|included|include)|"
                           r"\s+(?P<had>had|has|have)\s+(?:[\w-]+\s+){0,5}?(?:stockholders|shareholders|investors|backers|owners),?\s+(?:including|among\s+them|such\s+as))\s+⟦")
_OWNED_SHARES = re.compile(r"⟦(\d+)⟧\s+(?:is|was|are|were)\s+(?:currently\s+)?owned\s+(?:approximately\s+|about\s+)?[\d.]+\s?%\s+by\s+⟦\d+⟧(?:\s*\([^()]{0,40}\))?"
                           r"(?:(?:,\s*|,?\s+and\s+)(?:approximately\s+|about\s+)?[\d.]+\s?%\s+by\s+⟦\d+⟧(?:\s*\([^()]{0,40}\))?)+")
# ("⟦0⟧由其创始人林嘉远先生持有约46.0%，由⟦1⟧持有约6.1%，由⟦2⟧持有约2.5%": a person in the list holds too, but is no company)
_ZH_HELD_BY = re.compile(r"⟦(\d+)⟧由(?:(?:⟦\d+⟧|[^⟦，。；]{1,4})?⟦\d+⟧|[^⟦，。；]{1,16}?)持有约?[\d.]+\s?%(?:(?:[、及和与]|[，,](?=由))\s*(?:由)?(?:(?:⟦\d+⟧|[^⟦，。；]{1,4})?⟦\d+⟧|[^⟦，。；]{1,16}?)持有约?[\d.]+\s?%)+")
_IN_WHICH = re.compile(r"⟦(\d+)⟧(?:\s+(?:system|project|campus|venture|consortium|joint\s+venture|facility|cable|platform))?,?\s+in\s+which\s+(?P<holders>⟦\d+⟧(?:(?:\s*,\s*|\s*,?\s+and\s+)⟦\d+⟧)*)\s+(?:also\s+|each\s+|both\s+|still\s+|continues?\s+to\s+)?"
                       r"(?:(?:hold|holds|held|own|owns|owned|retain|retains|ha(?:s|ve|d))\s+(?:[\w%.$-]+\s+){0,3}?(?:stakes?|interests?|shares|positions?|equity)\b|(?:hold|holds|held|own|owns|owned)\s+(?:about\s+|approximately\s+|roughly\s+)?\d+(?:\.\d+)?\s?%|"
                       r"(?:has|have|had)\s+(?:been\s+)?invested\b|(?:is|are|was|were|remains?)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:investor|shareholder|stockholder|backer|owner)s?\b)", re.I)
_CO_INVESTORS = re.compile(r"⟦\d+⟧(?:[（(][^（）()]{0,40}[）)])?[^⟦。；，]{0,6}?与(?:⟦\d+⟧(?:[（(][^（）()]{0,40}[）)])?\s*[、和及与,，]?\s*){1,5}"
                           r"[^⟦。；]{0,8}?共同(?:出资|投资|设立|发起|组建)|"
                           r"⟦\d+⟧(?:\s*(?:,|and|&)\s*⟦\d+⟧)+\s+(?:will\s+|have\s+|has\s+)?(?:jointly|together)\s+(?:invest|form|establish|set\s+up)")
_AGENT_ONLY = re.compile(r"\s*,?\s*as\s+(?:the\s+)?(?:administrative|collateral|syndication|documentation|paying|facility)\s+agent\b"
                         r"(?!(?:\s*,\s*(?:the\s+)?[\w-]+\s+agent)*\s*(?:\([^()]*\)\s*)?,?\s*(?:and|&)\s+(?:as\s+)?(?:(?:a\s+|the\s+)?(?:lender|lead\s+lender|initial\s+lender)|one\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?lenders)\b)", re.I)  # "…, as administrative agent and a lender"
_ZH_NEXT_LENDER = re.compile(r"[，,]\s*(?:并|另|同时|还|拟)*向⟦(\d+)⟧[^⟦。；，]{0,30}?(?:申请|借入|取得)[^⟦。；]{0,30}?(?:贷款|授信|借款)")
_GUARANTEE = re.compile(r"担保|保证|\bguarant(?:ee|ees|eed|or|ies|y)\b", re.I)
# a term sheet's security line ("Security: first-priority lien on the campus, assignment of the Nimbara lease, and a pledge of the
# equity of the Borrower") says what secures a loan, not who deals with whom
_COLLATERAL = re.compile(r"[\s*#•-]*(?:security|collateral|担保物|抵押物|质押物)\s*[*_]*\s*[:：]", re.I)
_COMPETITION = re.compile(r"\bcompetitors?\b|\bcompeting\b|^Competition\s+(?:for|in|from)\b|\bcompet\w+\s+(?:with|against|from)\b|\b(?:win|wins|won|winning|lose|loses|lost|losing)\s+(?:[\w-]+\s+){0,2}?against\b|\brivals?\b|竞争对手|竞争", re.I)
_SPEAKER = re.compile(r"(?:\s*方面|[^⟦，。；]{0,16}?[中上时])?\s*(?:披露|表示|称|宣布|介绍|透露|指出|说)[，,：:]|\s+(?:has\s+|had\s+)?(?:said|says|told|informed|notified|"
                      r"announced|disclosed|reported|noted|confirmed)\b(?:[^.;⟦]|\.(?=\s*[a-z,])){0,60}?\bthat\s+(?=it\b|its\b)")
_INNER_PRONOUN = re.compile(r"(?<![及尤])其(?![他中余实次])|(?:(?<=[，,])|(?<=季度)|(?<=年度)|(?<=当日)|(?<=目前)|(?<=此前))公司(?![的]?(?:股东|董事))|"
                            r"\bit\b|\bits\b")  # "…表示，第三季度公司1.6T光模块已开始…": 公司 is the one the sentence is about
_ITS_ROLE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}?(?:subsidiar(?:y|ies)|unit|division|arm|customers?|suppliers?|licensees?|licensors?|lenders?|shareholders?|"
                       r"investors?|partners?|parent|affiliates?|foundry)\b")
# "Vellora has filed for a listing. We led its Series B in 2024": a fund's "its" is the company the sentence before was about
_WE_LED_ITS = re.compile(r"\b[Ww]e\s+(?:led|joined|backed|co-led|anchored|participated\s+in)\s+(its)\b(?=\s+(?:Series\s+[A-H]|seed|round|IPO|pre-IPO))")
# A product and its maker: "Tern, ⟦Corvane⟧'s custom training accelerator", "⟦Corvane⟧'s training accelerator, Tern", "⟦Its⟧ Tern
# program", "⟦Auralith Labs⟧, the model developer behind the Meridian assistant"
_PRODUCT_NOUN = (r"(?:accelerators?|chips?|GPUs?|CPUs?|processors?|ASICs?|models?|assistants?|chatbots?|platforms?|programs?|programmes?|"
                 r"famil(?:y|ies)|series|servers?|modules?|devices?|products?|switch(?:es)?|systems?)")
_PRODUCT_NAME = r"(?-i:[A-Z][A-Za-z0-9-]{2,})"
_PRODUCT_DEFS = [
    re.compile(rf"(?<![⟦\w])(?P<name>{_PRODUCT_NAME}),\s+⟦(?P<i>\d+)⟧(?:'s|’s|'|’)\s+(?:[\w-]+\s+){{0,3}}?{_PRODUCT_NOUN}\b"),
    re.compile(rf"⟦(?P<i>\d+)⟧(?:'s|’s|'|’)\s+(?:[\w-]+\s+){{0,3}}?{_PRODUCT_NOUN}(?:,\s+|\s+(?:called|named|dubbed|known\s+as)\s+)(?P<name>{_PRODUCT_NAME})(?=[\s,.;)])"),
    re.compile(rf"⟦(?P<i>\d+)⟧(?:'s|’s)?\s+(?P<name>{_PRODUCT_NAME})\s+(?:programs?|programmes?|famil(?:y|ies)|series|accelerators?|chips?|GPUs?|processors?|ASICs?)\b"),
    re.compile(rf"⟦(?P<i>\d+)⟧,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:behind|that\s+(?:makes|built|builds|develops|developed|runs))\s+(?:the\s+|its\s+)?"
               rf"(?P<name>{_PRODUCT_NAME})\s+(?:assistant|chatbot|model|app|models)\b"),
]
_NOT_PRODUCTS = {"the", "this", "that", "its", "our", "their", "new", "next", "first", "custom", "cloud", "data", "compute", "series", "gpu", "cpu",
                 "asic", "hbm", "tpu", "nvlink", "ceo", "cfo", "chief", "north", "south", "east", "west", "global", "group"}
_THEM = re.compile(r"\b(?:signed|sign|sell|sells|sold|supply|supplies|supplied|lend|lends|lent|lease|leases|leased|rent|rents|rented|ship|ships|shipped|"
                   r"financed|finance|backed|invested\s+in|bought\s+(?:[\w-]+\s+){0,3}?from|buy\s+(?:[\w-]+\s+){0,3}?from)\s+(them)\b", re.I)
_LIST_ROLES = {"suppliers": "supplier", "vendors": "supplier", "供应商": "supplier", "customers": "customer", "客户": "customer"}
# the filer a Taiwan digest's notice is from: "公司代號：3719　公司名稱：晶澤科技股份有限公司（晶澤）"
_FILER_LINE = re.compile(r"公司代[号號]\s*[:：]\s*\d{4,6}\s*公司(?:名称|名稱|简称|簡稱)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,30}?(?:股份有限公司|有限公司)?)(?=[（(\s]|$)")
# a line that introduces a list of the company's suppliers or customers: "Our principal suppliers by category are:", "公司主要供应商如下："
_LIST_INTRO = re.compile(r"(?:\b(?:our|its|the\s+company['’]s)\s+(?:[\w-]+\s+){0,2}?(?P<role>suppliers|vendors|customers)\b[^:：.]{0,40}|(?:公司|本公司)?(?:的)?(?:主要)?(?P<zh>供应商|客户)"
                         r"(?:包括|如下|情况如下|为))\s*[:：]\s*$", re.I)
_BULLET_VERB = re.compile(r"(?:Completed|Announced|Signed|Entered|Closed|Committed|Acquired|Invested|Led|Launched|Expanded|Secured|Added|Shipped|"
                          r"Delivered|Won|Agreed|Formed|Extended|Amended|Received|Raised|Began|Started|Increased|Upsized|Priced)\s|"
                          r"(?:\d{1,2}[.、]\s*)?向(?=[^，。；]{2,60}?(?:购置|采购|购买|订购|承租|租用))")  # a notice's item "4. 向X购置之浸润式曝光机2台": the company buys
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|remains|remained|became|has\s+been|will\s+be)\s+(?:also\s+|still\s+|now\s+|again\s+)?$")
# "Separately, the Mumbai-listed company will invest …", "In June the group agreed to buy …": a story's own subject, acting
_STORY_SUBJECT = re.compile(r"(?:(?:Separately|Meanwhile|Additionally|Also|Instead|Earlier|Later|(?:Last|This|Next)\s+\w+|(?:In|On|By|Since)\s+[\w-]+(?:\s+\d{4})?),?\s+)?"
                            r"([Tt]he\s+(?:[A-Z][\w-]*\s+|[\w]+-(?:listed|based|owned|headquartered)\s+){0,2}(?:company|group|firm|operator|insurer|lender|bank|maker|owner))\s+"
                            r"(?:(?:has|had|also|then|now|will|would|plans\s+to|agreed\s+to|expects\s+to|intends\s+to|is\s+to|is\s+set\s+to)\s+)*"
                            r"(?!(?:said|says|told|tells|added|adds|noted|notes|confirmed|declined|announced|disclosed|reported|reports)\b)"
                            r"(?:[a-z]+ed|invest|buy|acquire|lend|sell|supply|take|raise|sign|fund|pay|spend|borrow|buys|invests|acquires|sells|supplies|takes|raises|signs|pays)\b")
_SELF_WORD = re.compile(r"(?i)we|our|us|the company|the registrant|the group|本公司|本集团|该公司|公司|发行人|我们|我司")
# A Chinese descriptor before a name is not part of the relation: "向大模型公司⟦1⟧投资", "与云服务商⟦2⟧签订".
# (or a place: "部分冷板我们是向广东的澜冰科技采购")
_ZH_PLACE = "|".join(sorted(ZH_PLACES, key=len, reverse=True))
ZDESC = (rf"(?:(?<=[向与和从对为由及、])(?:[{CJK}]{{1,8}}?(?<!子公司)(?<!母公司)(?:公司|企业|厂商|运营商|服务商|开发商|制造商|供应商|芯片商|设备商|平台|机构|大厂)|{ZH_TRADER}|(?:{_ZH_PLACE})的|"
         r"(?:美国|日本|韩国|德国|英国|法国|印度|荷兰|瑞士|瑞典|挪威|丹麦|芬兰|意大利|西班牙|新加坡|马来西亚|越南|泰国|印尼|澳大利亚|加拿大|巴西|墨西哥)(?=⟦)))?")  # ("向印度⟦b⟧交付")
E = ZDESC.replace("{", "{{").replace("}", "}}") + r"⟦(?P<{}>\d+)⟧"
GAP = r"(?:[^⟦.;!?]|\.(?=\d)|(?<=\b[A-Z])\.|(?<=\bNo)\.(?=\s\d)|(?<=\d)\.(?=[A-Z]{1,2}\b)){0,%d}?"  # within a clause; "3.5", "U.S.", "No. 3", "688947.SH" do not end it
ZGAP = r"[^⟦。；！？]{0,%d}?"
LOAN = r"(?:loan|credit facility|credit line|credit|debt financing|debt|facility|financing|notes|bonds?|term loan)"
PRODUCT = (r"(?:[A-Z][\w-]*\s+){0,3}(?:GPUs?|chips?|accelerators?|(?:accelerator\s+|inference\s+|training\s+)?cards|systems?|servers?|processors?|hardware|compute|capacity|"
           r"cloud|infrastructure|memory|HBM\w*|products?|platforms?|instances?|racks?|CPUs?|networking|services|modules?|transceivers?|"
           r"engines?|optics|silicon|wafers?|substrates?|components?|switch(?:es)?|DSPs?|ASICs?|lasers?|devices?|equipment|machines?|machinery|tools|software|parts|"
           r"vehicles|sensors?|robots?|cameras?|scanners?|lenses|hearing\s+aids|goods)\b")


# a sum of money as written: "$1.5 billion", "US$800 million", "two billion dollars", "half a billion dollars"
MONEY = r"(?:(?:US)?" + _SUM + r"|(?:[a-z]+[\s-]+){1,4}?(?:billion|million)\s+(?:US\s+)?(?:dollars|euros))"
_ABOUT = r"(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than|up\s+to|something\s+like|close\s+to)\s+)?"  # a hedged sum
_COMMITTED_TO = (r"\bcommit(?:ted|s)\s+(?:an\s+additional\s+|a\s+further\s+|another\s+)?" + _ABOUT + MONEY + r"\s+"
                 r"(?:of\s+(?:equity|capital)\s+)?(?:to|into)\s+(?:the\s+)?{B}(?!(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:loan|facility|credit|notes|debt))")
_OVER_YEARS = r"\s+(?:over|across|during)\s+(?:the\s+next\s+)?(?:\w+|\d+)\s+years\b"  # spending over years buys, it does not invest


def _pattern(text: str) -> re.Pattern[str]:
    text = text.replace("{A}", E.format("a")).replace("{B}", E.format("b"))
    return re.compile(text, re.IGNORECASE)


def g(n: int) -> str:
    return GAP % n


def zg(n: int) -> str:
    return ZGAP % n


# "以其持有的约4000台GPU服务器作抵押，": what a loan is secured by, between the parties
ZCOLLATERAL = r"以[^⟦。；]{0,30}?(?:作|作为|为)(?:抵押|质押)(?:物|品)?[，,]?"
# a gap in which the other party does not act: "⟦b⟧向⟦a⟧提供借款" is no borrowing by ⟦a⟧ from ⟦b⟧
_GIVES = r"提供|发放|供应|供货|销售|出售"


# a counterparty's country before its name: "本公司与韩国PayLumen Co., Ltd.共同完成…", "公告之韩国大成百货…订单"
ZH_COUNTRY = r"(?:韩国|日本|美国|新加坡|台湾|中国|香港|德国|英国|法国|越南|马来西亚|泰国|印尼|印度|欧洲|澳洲|澳大利亚|巴西|墨西哥|智利|阿根廷|秘鲁|哥伦比亚|加拿大|荷兰|瑞士|以色列|沙特|阿联酋|中国大陆)?"


def zg_passive(n: int) -> str:
    return rf"(?:(?!{_GIVES})[^⟦。；！？]){{0,{n}}}?"


# a clause after a deal that says its other party is the buyer ("…, under which ⟦x⟧ committed to purchase / prepaid $600 million")
_BUYER_AFTER = (r"[^.;]{0,40}?\bunder\s+which\s+⟦\d+⟧\s+(?:has\s+|have\s+)?(?:(?:committed|commits|agreed|agrees)\s+to\s+(?:purchase|buy|pay|rent|lease|reserve)"
                r"|prepaid|prepays|paid|pays|will\s+pay)")
# (pattern, relation, roles): roles say whether placeholder a is the source ("ab") or the target ("ba").
# "… across all eleven of its marinas", "at each of their stores", "across all 2.1 million hectares of our tenure": a company's own sites
_ACROSS_OWN = r"(?:across|at|in|on)\s+(?:all\s+|each\s+|every\s+|most\s+|some\s+)?(?:[\w.-]+\s+){0,4}?(?:of\s+)?(?:its|their|our)\s"
# the same with the owner a placeholder (a call's "our"): whose sites they are is then checked against the runner
_ACROSS_PLACED = r"(?:across|at|in|on)\s+(?:all\s+|each\s+|every\s+|most\s+|some\s+)?(?:[\w.-]+\s+){0,4}?(?:of\s+)?⟦(\d+)⟧\s"
PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    # "注3：公司全资子公司光穹科技（马来西亚）有限公司为公司海外生产基地": a unit named as one (and what it makes for its parent is no sale)
    (_pattern(r"{B}(?:的)?(?:全资|控股|境外|海外)子公司{A}(?![的之])"), "subsidiary_of", "ab"),
    # "浦江租赁之直接控股公司潮汇设备（香港）有限公司": the one named first is the holding company's unit
    (_pattern(r"{A}(?:之|的)(?:直接|间接)?(?:控股公司|母公司)" + r"{B}"), "subsidiary_of", "ab"),
    # "浦江租赁与江淮晶元订立售后回租协议，向江淮晶元提供融资本金人民币560,000,000元": money put up against leased goods is a loan
    (_pattern(r"{A}(?:[^⟦。；]|(?<=与)⟦\d+⟧){0,40}?向" + r"{B}" + r"提供(?:融资本金|融资款|融资(?!租赁|服务)|贷款|借款)"), "lends_to", "ab"),
    # "链途智慧拟以自有AGV等设备与华港融资租赁有限公司开展售后回租", "本公司亦与华港租赁订立售后回租协议": the lessor lends
    (_pattern(r"{B}" + zg(30) + r"与{A}(?:订立|签订|签署|开展|进行)了?[^⟦。；，]{0,8}?售后回租"), "lends_to", "ab"),
    # lending first: "provided a loan to", "secured a credit facility from"
    (_pattern(r"{A}" + g(80) + r"\b(?:lend|lends|lent|loan(?:ed|s)?|provid(?:e|es|ed|ing)|extend(?:s|ed)?|arrang(?:e|es|ed)|commit(?:s|ted)?)\b"
              + g(80) + rf"\b{LOAN}\b" + g(60) + r"\bto\s+{B}"), "lends_to", "ab"),
    (_pattern(r"{B}" + g(120) + r"\b(?:secured|secures|closed|closes|obtained|obtains|received|signed|entered into|raised|raises|borrowed|borrowing|drew|arranged|took\s+out|availed|financed|funded)\b"
              + r"[^⟦;!?]{0,100}?" + rf"\b{LOAN}\b" + g(60) + r"(?<!purchased\s)(?<!bought\s)(?<!acquired\s)(?<!sourced\s)(?<!ordered\s)"
              r"\b(?:from|with|by|led by|arranged by|provided by)\s+{A}"), "lends_to", "ab"),  # (not "… to pay for systems purchased from ⟦a⟧")
    # "Fernhollow Cloud took a different route, borrowing $1.4 billion from Ashgrove Credit"
    (_pattern(r"{B}" + g(120) + r"\b(?:borrowed|borrowing|borrows|borrow)\s+(?:(?:about|around|roughly|some|another|an\s+additional)\s+)?(?:" + MONEY + r"\s+)?from\s+{A}"),
     "lends_to", "ab"),
    # "Construction financing of $2.8 billion … is being provided to Cedar Flats DevCo LLC, a wholly owned subsidiary of Basalt, by
    # Harborline Bank, N.A. and Cobalt Ridge Capital Management LP, as lenders."
    (_pattern(rf"\b{LOAN}\b" + g(60) + r"\b(?:is|are|was|were|has\s+been|will\s+be)\s+(?:being\s+)?(?:provided|extended|made\s+available|lent|advanced)\s+to\s+{B}"
              r"(?:,\s+(?:a|an|the|its)\s+[^;.]{0,80}?,)?,?\s+by\s+(?:the\s+)?{A}"), "lends_to", "ab"),
    # "Ketterick Capital, the private-credit manager, is the largest lender on Cairnhollow's Oxbend campus", "X is already the sole
    # lender under Y LLC's $2.2 billion facility", "X agreed to take a $400 million participation as a co-lender on Y's term loan"
    (_pattern(r"{A}(?:,\s+(?:a|an|the)\s+[^⟦;.,]{0,60},)?\s+(?:(?:is|was|are|were|remains|became|has\s+been)\s+(?:already\s+|also\s+|now\s+|still\s+)?"
              r"(?:the|a|an|one\s+of\s+the)|" + g(60) + r"\b(?:participation|commitment|ticket)\s+as)\s+(?:[\w-]+\s+){0,2}?(?:co-)?(?:lenders?|creditors?)\s+"
              r"(?:on|to|under|in|for)\s+{B}(?:'s|’s)"), "lends_to", "ab"),
    # "Corvane's network fabric is built by Arkvale Networks": what a company uses is made by its supplier
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:fabric|servers?|racks?|chips?|GPUs?|accelerators?|modules?|boards?|switches|memory|substrates?|"
              r"transceivers?|systems|hardware|equipment|networks?|networking|cooling|packaging)\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+"
              r"(?:also\s+|still\s+|now\s+|largely\s+|mostly\s+|entirely\s+)?(?:built|made|manufactured|assembled|fabricated|supplied|packaged|designed\s+and\s+built)\s+by\s+{A}"),
     "supplies", "ab"),
    # "Stratacore's new Dallas hall went live in November on racks built by Chungshuo Electronics": who runs on the racks bought them
    (_pattern(r"{B}(?:'s|’s)?\s+" + g(80) + r"\b(?:on|with|using|uses|runs|running)\s+(?:[\w-]+\s+){0,3}?(?:racks|servers|systems|hardware|chips|GPUs|accelerators|"
              r"modules|boards|switches|equipment|gear|machines)\s+(?:built|made|manufactured|assembled|supplied|provided|designed|sold)\s+(?:to\s+it\s+)?by\s+{A}"),
     "supplies", "ab"),
    # "CRV Compute Funding I, the special-purpose vehicle that Corvantis set up to own its newest GPU fleet": a unit its parent formed
    (_pattern(r"{A}(?:\s*\([^()]{0,40}\))?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:vehicle|subsidiary|SPV|entity|affiliate)\s+(?:that|which)\s+{B}\s+"
              r"(?:has\s+|had\s+)?(?:set\s+up|formed|created|established|incorporated)\b"), "subsidiary_of", "ab"),
    # "We hold 60 percent of the joint venture and Tsurugaoka holds the remaining 40 percent"
    (_pattern(r"\bof\s+(?:the\s+)?{B},?\s+(?:and|while|with)\s+{A}\s+(?:holds?|owns?|holding|owning)\s+the\s+(?:remaining|rest|balance|other)\b"), "owns_stake_in", "ab"),
    # "Our private-label cold brew and fruit teas are produced for us by Mekong Fresh Beverage JSC": the maker supplies
    # ("… are produced for our field programs by Xiangchu Agrochemical": for what the buyer runs)
    (_pattern(r"\b(?:produced|made|manufactured|built|assembled|packed|bottled|brewed|packaged|fabricated)\s+(?:exclusively\s+|solely\s+|mainly\s+)?for\s+{B}"
              r"(?:(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:programs?|programmes?|operations|plants?|brands?|products?|stores?|customers|trials))?\s+by\s+{A}"), "supplies", "ab"),
    # "Arava is already one of the largest customers of Negevix Crop Intelligence"
    (_pattern(r"{B}\s+(?:is|was|remains|remained|became|has\s+become)\s+(?:already\s+|now\s+|also\s+|still\s+)?(?:one\s+of\s+)?(?:the|its|their)\s+"
              r"(?:(?:largest|biggest|top|main|major|leading|key|principal|single\s+largest)\s+)?(?:[\w-]+\s+)?customers?\s+of\s+{A}"), "supplies", "ab"),
    # "Al Noor Holding Company remains the anchor shareholder with 21.0% of Sahl's issued share capital"
    (_pattern(r"{A}\s+(?:is|remains|remained|was|became|has\s+become)\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:shareholder|stockholder|investor|holder)\s+with\s+"
              r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?[\d.]+\s?%\s+of\s+(?:the\s+)?{B}"), "owns_stake_in", "ab"),
    # "Najd Gas …, which operates …, awarded Halcyon a $58 million contract", "Sahl Petrochemical has also hired Halcyon to optimise its
    # steam crackers": the one hired or awarded the work supplies it (not an adviser's or an underwriter's mandate)
    (_pattern(r"{A}" + g(80) + r"\bawarded\s+{B}\s+(?:a|an|the|its|their)\s+(?:[^⟦.;]{0,60}?\s)?(?:contract|order|tender|deal|mandate\s+to\s+(?:build|supply|deliver|operate))\b"), "supplies", "ba"),
    (_pattern(r"{A}" + g(40) + r"\b(?:hired|engaged|retained|tapped|contracted)\s+{B}\s+to\s+(?!(?:advise|act|serve|represent|arrange|underwrite|manage|lead|run|market|structure|place|value)\b)[a-z]+"), "supplies", "ba"),
    # "Nimbrane owns something like a fifth of Corvaline"
    (_pattern(r"{A}\s+(?:now\s+|still\s+|also\s+)?(?:owns?|holds?|controls?)\s+(?:about|around|roughly|nearly|almost|some|something\s+like|more\s+than|over|just\s+under|less\s+than)?\s*"
              r"(?:a|one|two|a\s+little\s+over\s+a)\s+(?:half|third|quarter|fifth|sixth|tenth|thirds|quarters|fifths)\s+of\s+(?:the\s+(?:shares|stock|equity)\s+(?:of|in)\s+)?{B}"), "owns_stake_in", "ab"),
    # "Kestrelwick retains one hundred percent of the equity of the Issuer"
    (_pattern(r"{A}\s+(?:still\s+|also\s+)?(?:retains|holds|owns|retained|held|owned|will\s+retain|will\s+hold)\s+(?:[\w.-]+\s+){1,3}?(?:percent|per\s+cent)\s+of\s+(?:the\s+)?"
              r"(?:equity|shares|stock|(?:membership\s+|ownership\s+)?interests?|capital)\s+(?:of|in)\s+(?:the\s+)?{B}"), "owns_stake_in", "ab"),
    # "The remaining 65% interest in Ridgeline is held by Tessaly Investment Authority"
    (_pattern(r"\b(?:[\d.]+\s?%|remaining|majority|minority|other|controlling|non-controlling)\s+(?:[\w-]+\s+){0,3}?(?:interests?|stakes?|equity|shares|ownership)\s+"
              r"(?:in|of)\s+{B}\s+(?:is|are|was|were|has\s+been|will\s+be)\s+(?:also\s+|still\s+)?(?:held|owned)\s+by\s+{A}"), "owns_stake_in", "ab"),
    # "Kestrel Morrow Bank, N.A. (the "Tranche B Lender") will provide the Borrower a term loan of US$160,000,000"
    (_pattern(r"{A}(?:\s*\([^()]{0,80}\))?" + g(40) + r"\b(?:provide|provides|provided|extend|extends|extended|grant|grants|granted|make\s+available\s+to|made\s+available\s+to)\s+"
              r"{B}\s+(?:with\s+)?(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,5}?" + LOAN + r"\b"), "lends_to", "ab"),
    # "… bonders supplied to the Borrower by Kurogane Bonding Systems K.K.": the one after "by" supplies
    (_pattern(r"\b(?:supplied|sold|delivered|shipped|provided|leased)\s+to\s+{B}\s+by\s+{A}"), "supplies", "ab"),
    # "Quillfeather Packaging Korea Ltd. (the "Borrower"), a company incorporated in the Republic of Korea and a wholly-owned subsidiary of X"
    (_pattern(r"{A}(?:\s*\([^()]{0,60}\))?,?\s+(?:is\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|corporation|entity|partnership)(?:\s+(?:incorporated|organized|formed|established)\s+"
              r"(?:in|under)\s+[^⟦;]{0,60}?)?\s+and\s+(?:a|an)\s+(?:(?:wholly[- ]owned|indirect|direct|majority[- ]owned|special[- ]purpose|bankruptcy[- ]remote),?\s+)*subsidiary\s+of\s+{B}"),
     "subsidiary_of", "ab"),
    # "Kestrelmoor's yen tranche of ¥95 billion was provided by The Kaminoseki Bank, Ltd."
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:tranche|facility|loan|financing|credit\s+line|revolver)\s+(?:of\s+(?:[^⟦;.]|\.(?=\d)){0,30}?\s+)?"
              r"(?:was|is|were|are|has\s+been|will\s+be)\s+(?:provided|extended|arranged|made\s+available|funded|lent)\s+by\s+(?:the\s+)?{A}"), "lends_to", "ab"),
    # "Yunxiu Data (Singapore) Pte. Ltd., a subsidiary of Hong Kong-listed Yunxiu Compute Holdings Limited"
    (_pattern(r"{A}(?:\s*\([^()]{0,40}\))?,\s+(?:a|an)\s+(?:(?:wholly[- ]owned|indirect|direct|majority[- ]owned),?\s+)*(?:subsidiary|unit|affiliate)\s+of\s+(?:[A-Z][\w.-]*\s+){0,2}?[\w-]+-listed\s+{B}"),
     "subsidiary_of", "ab"),
    # "Halcyra Cloud has become Quillfern's largest buyer"
    (_pattern(r"{B},?\s+(?:has\s+become|became|is|was|remains|remained)\s+(?:now\s+|also\s+|still\s+)?{A}(?:'s|’s)\s+(?:single\s+)?(?:largest|biggest|top|main|second-largest|anchor)\s+"
              r"(?:buyer|customer|client|tenant|purchaser)\b"), "supplies", "ab"),
    # "Tamarack's private credit arm committed C$150 million to Stoneculvert Venture Lending Fund IV"
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|affiliate|division|fund)\s+(?:has\s+)?(?:committed|invested|put)\s+(?:[^⟦;.]|\.(?=\d)){0,40}?\b(?:to|in|into)\s+{B}"),
     "invests_in", "ab"),
    # "Meridian Systems led that same Tessellate round with a $4 billion investment of its own"
    (_pattern(r"{A}\s+(?:led|co-led|anchored|joined)\s+(?:the|that|this)\s+(?:same\s+)?{B}\s+(?:[\w-]+\s+)?(?:round|raise|financing|offering)\b"), "invests_in", "ab"),
    # "We also funded the first $1.5 billion tranche of our commitment to Tessellate AI"
    (_pattern(r"{A}\s+(?:also\s+|has\s+|have\s+)?funded\b(?:[^;.]|\.(?=\d)){0,60}?\b(?:commitment|investment)\s+(?:to|in|into)\s+{B}"), "invests_in", "ab"),
    # "a HK$4.5 billion green term loan from Pearl Delta Banking Corporation to Harbourline TKO Data Centre Limited"
    (_pattern(rf"\b{LOAN}\s+from\s+(?:the\s+)?{{A}}\s+to\s+(?:the\s+)?{{B}}"), "lends_to", "ab"),
    # "Harbourline and Kestrel Compute, Inc. continue to work together on the planned 120 MW GPU campus"
    (_pattern(r"{A}\s+and\s+{B}\s+(?:continue\s+to\s+|will\s+|have\s+agreed\s+to\s+|agreed\s+to\s+|plan\s+to\s+|(?:are|were|have\s+been)\s+(?:also\s+|now\s+|already\s+)?(?=\w+ing\b))?"
              r"(?:work|collaborate|partner|working|collaborating|partnering)\s+(?:together|closely)\b"),
     "partners_with", "ab"),
    # "Kraftquelle will equip all of its studios with AI form-coaching cameras from Formblick GmbH": what a company is equipped with, its supplier's
    (_pattern(r"{B}" + g(60) + r"\b(?:equip|equips|equipped|equipping|fit|fits|fitted|outfit|outfits|outfitted)\b" + g(80) + r"\bwith\s+(?:[\w-]+\s+){0,5}?"
              r"(?:cameras?|sensors?|modules?|robots?|chips?|systems?|software|units?|devices?|equipment|machines?|terminals?|screens?|kits?)\s+"
              r"(?:from|made\s+by|supplied\s+by|built\s+by)\s+(?:[A-Z][\w-]*-based\s+)?{A}"), "supplies", "ab"),
    # "Under the lab-management contract with Mashriq Care Hospitals, we now run the laboratories at all nine of their hospitals": the
    # contract's other side is served; "Since April we have been running the Lodi plant for X under a five-year O&M subcontract";
    # "Laborix runs the in-hospital laboratories of Szpitale Bursztynowe … under a contract renewed in 2024"
    (_pattern(r"\b[Uu]nder\s+(?:the|a|an|our|its|their)\s+(?:[\w-]+\s+){0,4}?(?:contract|subcontract|agreement)\s+with\s+{B}" + g(40) + r",\s+{A}\s+"
              r"(?:now\s+|also\s+|will\s+|have\s+|has\s+|had\s+)*(?:run|runs|ran|operate|operates|operated|manage|manages|managed|maintain|maintains|maintained|"
              r"provide|provides|provided|supply|supplies|supplied|handle|handles|handled|service|services|serviced)\b"), "supplies", "ab"),
    (_pattern(r"{A}\s+(?:now\s+|also\s+|will\s+|have\s+been\s+|has\s+been\s+|is\s+|are\s+)*(?:run|runs|running|operate|operates|operating|manage|manages|managing|"
              r"maintain|maintains|maintaining)\s+(?:the|its|a|an|all)\s+(?:[\w-]+\s+){0,6}?(?:for|of)\s+{B}" + g(80)
              + r"\bunder\s+(?:a|an|the|its|our|their)\s+(?:[\w&-]+\s+){0,5}?(?:contract|subcontract|agreement)\b"), "supplies", "ab"),
    # "Sondela pays us a monthly premium for every prepaid subscriber": who pays another a premium, a fee or a royalty buys from it
    (_pattern(r"{B}\s+(?:now\s+|also\s+)?(?:pays|paid|will\s+pay)\s+{A}\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:premiums?|fees?|royalt(?:y|ies)|commissions?|subscriptions?|rent)\b"),
     "supplies", "ab"),
    # "Suzhou Ruixi is paying us to run the clinical performance study": who pays whom to do work buys it
    (_pattern(r"{B}\s+(?:is|are|was|were)\s+paying\s+{A}\s+to\s+(?:run|build|make|supply|provide|operate|develop|design|test|host|manage|process)\b"), "supplies", "ab"),
    # "Haixi Port Group will subscribe AED 1,012.5 million for a 30% stake in Khor Dhaen Container Terminal 4 LLC"
    (_pattern(r"{A}\s+(?:will\s+|would\s+|has\s+agreed\s+to\s+|have\s+agreed\s+to\s+|agreed\s+to\s+|is\s+to\s+)?(?:subscribe|subscribes|subscribed|invest|invests|invested|pay|pays|paid|put|puts)\s+"
              r"(?:in\s+)?[^⟦;]{0,60}?\bfor\s+(?:a|an|its)\s+(?:about\s+|approximately\s+)?(?:[\d.]+\s?%\s+)?(?:stake|interest|shareholding|equity\s+interest|holding)\s+in\s+{B}"), "invests_in", "ab"),
    # "… and KDCT4 will continue to be consolidated as a subsidiary of the Group"
    (_pattern(r"{A}\s+(?:will\s+(?:continue\s+to\s+)?be|will\s+remain|is|remains|continues\s+to\s+be|has\s+been)\s+(?:fully\s+)?consolidated\s+as\s+(?:a|an)\s+(?:[\w-]+\s+)?subsidiary\s+of\s+{B}"),
     "subsidiary_of", "ab"),
    # "In July 2024 we contracted with Zhoushan Hengyang Shipbuilding Co., Ltd. for the construction of four containerships": the builder sells
    (_pattern(r"{B}\s+(?:have\s+|has\s+|had\s+)?(?:contracted|signed\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:contracts?|agreements?))\s+with\s+{A}(?:\s*\([^()⟦]{0,30}\))?,?\s+"
              r"for\s+the\s+(?:construction|delivery|supply|building|manufacture|installation)\s+of\b"), "supplies", "ab"),
    # "… PT Gizi Bunda Distribusi Nusantara, whose largest account is minimarket chain operator PT Mitra Ritel Sentosa Tbk": whose customer it is
    (_pattern(r"{A}(?:\s*\([^()⟦]{0,40}\))?,\s+whose\s+(?:largest|biggest|main|principal|top|single\s+largest|key|anchor|most\s+important)\s+(?:account|customer|client|buyer|offtaker)\s+"
              r"(?:is|was|remains|has\s+been)\s+(?:now\s+|still\s+)?(?:[\w-]+\s+){0,5}?{B}"), "supplies", "ab"),
    (_pattern(r"{B}(?:\s*\([^()⟦]{0,40}\))?,\s+whose\s+(?:largest|biggest|main|principal|single\s+largest|key|sole|only)\s+(?:supplier|vendor)\s+"
              r"(?:is|was|remains|has\s+been)\s+(?:now\s+|still\s+)?(?:[\w-]+\s+){0,5}?{A}"), "supplies", "ab"),
    # "… for Khor Dhaen Container Terminal 4 in Abu Dhabi, in which Myrtoan will hold a 20% interest": the holder of a share in a company
    (_pattern(r"{B}(?:\s+\d{1,3})?(?:\s*\([^()⟦]{0,40}\))?(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s+in\s+which\s+{A}\s+(?:will\s+|would\s+|now\s+|also\s+)*(?:hold|holds|held|own|owns|owned|have|has|had|take|takes|took|retain|retains)\s+"
              r"(?:a|an|the\s+remaining|the\s+other)?\s*(?:about\s+|approximately\s+)?[\d.]+\s?%\s+(?:interest|stake|equity\s+interest|shareholding)\b"), "owns_stake_in", "ab"),
    # "About 55% of the fresh milk for GBUN's UHT line comes from Susu Merapi": where a share of what one uses comes from sells it
    (_pattern(r"\b(?:\d+(?:\.\d+)?\s?%|most|much|all|half|(?:nearly|almost)\s+all|the\s+(?:bulk|majority|rest)|(?:one|two)-thirds|a\s+third|a\s+quarter)\s+of\s+"
              r"(?:the\s+|its\s+|their\s+)?(?!(?:[\w-]+\s+){0,3}?(?:revenues?|sales|growth|income|orders|demand|business|profits?|bookings|earnings|backlog)\b)"
              r"(?:[\w-]+\s+){0,5}?(?:for|of|in|at|used\s+(?:by|in))\s+{B}(?:['’]s)?\s+(?:[\w-]+\s+){0,6}?"
              r"(?:comes?|came|is\s+sourced|are\s+sourced|was\s+sourced|were\s+sourced|is\s+bought|are\s+bought)\s+(?:mainly\s+|largely\s+)?from\s+(?:the\s+)?{A}"), "supplies", "ab"),
    # "Ciclonova is the main buyer of the PET bales that Recolecta recovers": the buyer of what another makes is its customer
    (_pattern(r"{B}\s+(?:is|was|remains|has\s+become|became)\s+(?:the|a|its|their)\s+(?:main|largest|biggest|principal|sole|only|single\s+largest|key|major|anchor)\s+"
              r"(?:buyer|purchaser|offtaker|customer)\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:that|which)\s+{A}\s+(?:recovers|makes|produces|sells|ships|supplies|processes|collects|grows|mills|builds)\b"),
     "supplies", "ab"),
    # "Meridian Systems Corp. today announced a $3.0 billion preferred equity commitment to frontier-model developer Aletheia Labs"
    (_pattern(r"{A}" + g(60) + r"\b(?:equity|preferred\s+equity|investment|capital|funding)\s+commitments?\s+(?:to|in|into)\s+(?:[\w-]+\s+){0,3}?{B}"), "invests_in", "ab"),
    # "Aletheia's primary training capacity is contracted from Meridian Systems"
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:capacity|compute|GPUs|cloud|power|memory|wafers)\s+(?:is|are|was|were)\s+(?:mostly\s+|largely\s+|primarily\s+)?"
              r"(?:contracted|leased|rented|sourced|purchased|bought|supplied)\s+from\s+{A}"), "supplies", "ab"),
    # "The issuer, Kestrel Compute Assets I, LLC (KCA I), is a bankruptcy-remote special-purpose entity wholly owned by Kestrel Compute, Inc."
    (_pattern(r"{A}(?:\s*\([^()]{0,20}\))?,?\s+(?:is|was)\s+(?:a|an)\s+[^⟦;.]{0,60}?\b(?:wholly|majority|indirectly|directly)[- ]owned\s+by\s+{B}"), "subsidiary_of", "ab"),
    # "Cobalt Ridge's largest limited partner is the Cascadia Public Employees' Retirement System"
    (_pattern(r"{B}(?:'s|’s)\s+(?:largest|biggest|main|principal|anchor|lead)\s+(?:limited\s+partner|LP|investor|shareholder)\s+(?:is|was|remains)\s+(?:the\s+)?{A}"), "owns_stake_in", "ab"),
    # "Kestrel markets unused capacity through a liquidity-provider agreement with Tessellate Markets"
    (_pattern(r"{A}" + g(60) + r"\b(?:liquidity[- ]provider|delivery[- ]provider|market[- ]making|listing|distribution|reseller|co-marketing|revenue[- ]shar(?:e|ing)|co-sell(?:ing)?|"
              r"(?:reciprocal\s+)?referral|teaming|reciprocal[- ]access|(?:technology\s+)?integration|interoperability|technical\s+cooperation|joint[- ]development|co-development)\s+"
              r"(?:agreement|partnership|arrangement)\s+with\s+{B}"), "partners_with", "ab"),  # ("our reciprocal referral agreement with X")
    # "Together with Usina Piracema, we launched a joint rail-scheduling pilot", "Together with Kaiyo Yakuhin Holdings of Japan, Rheinfeld
    # founded the Wholesale AI Forum": what two companies start together
    (_pattern(r"^\W*(?:[^⟦,;]{0,40},\s+)?[Tt]ogether\s+with\s+{B}(?:\s+of\s+[A-Z][a-z]+)?,\s+{A}\s+(?:have\s+|has\s+|had\s+|will\s+|also\s+|recently\s+)*"
              r"(?:launched|founded|co-founded|set\s+up|established|created|formed|started|opened|built|developed|began|introduced|piloted|ran|run)\b"), "partners_with", "ab"),
    # "we signed a memorandum of understanding with Harbourline Data Centres Holdings Limited"
    (_pattern(r"{A}" + g(40) + r"\b(?:signed|signs|entered\s+into|executed|exchanged|concluded)\s+(?:a|an)\s+(?:non-binding\s+)?(?:memorandum\s+of\s+understanding|MOU|MoU|framework\s+agreement|strategic\s+agreement|(?:strategic\s+)?(?:cooperation|co-operation|collaboration)\s+(?:memorandum|agreement|framework(?:\s+agreement)?))\s+with\s+{B}"),
     "partners_with", "ab"),
    # a fund's letter: "We also own a position in Lanze Precision", "we initiated a position in Tingsen Computer", "We added to Seoryun Memory"
    # (a research note's "Sakuragawa still carries a 1.4% strategic shareholding in The Mizunami Trust & Banking Co., Ltd.")
    (_pattern(r"{A}\s+(?:also\s+|now\s+|still\s+|recently\s+)?(?:own|owns|owned|hold|holds|held|initiated|opened|established|built|took|bought|carries|carried|keeps|kept|retains|retained)\s+(?:a|an)\s+"
              r"(?:[\w.%-]+\s+){0,2}?(?:position|stake|holding|shareholding)\s+in\s+(?:[Tt]he\s+)?{B}"), "owns_stake_in", "ab"),
    (_pattern(r"{A}\s+(?:also\s+)?added\s+to\s+(?:(?:our|its|their)\s+(?:position|stake|holding)s?\s+in\s+)?{B}"), "owns_stake_in", "ab"),
    # "Nawfar's existing technology holdings include a 4.2% stake in Seoryun Memory"
    (_pattern(r"{A}(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?(?:holdings|portfolio|investments)\s+(?:include|includes|included)\s+(?:a|an)\s+(?:[\d.]+\s?%\s+)?"
              r"(?:stake|position|interest|holding|shareholding)\s+in\s+{B}"), "owns_stake_in", "ab"),
    # "The Kurobane Bank, Ltd. will provide an additional JPY 15 billion tranche to Ombrine"
    (_pattern(r"{A}" + g(40) + r"\b(?:provide|provides|provided|extend|extends|extended|make\s+available|made\s+available)\s+(?:an?\s+|the\s+)?(?:additional\s+|further\s+|new\s+)?"
              r"(?:[\w$.,-]+\s+){0,5}?(?:tranche|term\s+loan|loan|credit\s+line|facility)\s+to\s+{B}"), "lends_to", "ab"),
    # "the Company and Obsidian Lattice entered into a memorandum of understanding", "X and the Company signed a non-binding MOU"
    (_pattern(r"{A}\s+and\s+(?:the\s+)?{B}\s+(?:have\s+|had\s+)?(?:signed|sign|entered\s+into|executed|agreed\s+to)\s+(?:a|an)\s+(?:non-binding\s+|binding\s+)?"
              r"(?:memorandum\s+of\s+understanding|MOU|MoU|framework\s+agreement|strategic\s+agreement|letter\s+of\s+intent|LOI)\b"), "partners_with", "ab"),
    # "Manufacturing of its switch boards is outsourced to Lianyi Electronics", "X outsources the assembly of its racks to Y"
    (_pattern(r"\b(?:manufacturing|production|assembly|fabrication|packaging)\s+of\s+{B}(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has\s+been|have\s+been)\s+"
              r"(?:fully\s+|entirely\s+|largely\s+|mostly\s+|also\s+)?outsourced\s+to\s+{A}"), "supplies", "ab"),
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:manufacturing|production|assembly|fabrication|packaging)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
              r"(?:fully\s+|entirely\s+|largely\s+|mostly\s+|also\s+)?outsourced\s+to\s+{A}"), "supplies", "ab"),
    (_pattern(r"{B}\s+(?:also\s+)?(?:outsources|outsourced|has\s+outsourced)\s+(?:the\s+|all\s+|most\s+)?(?:of\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
              r"(?:manufacturing|production|assembly|fabrication|packaging)\b[^⟦;.]{0,40}?\bto\s+{A}"), "supplies", "ab"),
    # "Orrery is also working directly with Kestrel Silicon on custom inference silicon"
    # "Quillon spends most of its compute budget with Halvorsen Compute"
    (_pattern(r"{B}\s+(?:spends|spent|spend)\s+(?:most|much|all|part|some|the\s+bulk|the\s+majority|a\s+large\s+(?:share|part))?\s*(?:of\s+)?(?:its|their)\s+"
              r"(?:[\w-]+\s+){0,2}?(?:budget|spend|spending|capex)\s+(?:with|at)\s+{A}"), "supplies", "ab"),
    (_pattern(r"{A}\s+(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?working\s+(?:directly\s+|closely\s+|together\s+|jointly\s+)?with\s+{B}\s+(?:on|to\s+(?:co-)?(?:develop|design|build))\b"),
     "partners_with", "ab"),
    # "The Company accounts for its 22% interest in Meridian Edge Compute JV, LLC under the equity method"
    (_pattern(r"{A}\s+(?:accounts|accounted)\s+for\s+(?:its|our|⟦\d+⟧)\s+(?:[\d.]+\s?%\s+)?(?:ownership\s+|equity\s+|non-controlling\s+|minority\s+)?(?:interest|stake|investment)\s+in\s+{B}"),
     "owns_stake_in", "ab"),
    # "Yunfeng Intelligence Holdings (HKEX: 2781) has become one of Kestrel's largest customers"
    (_pattern(r"{B}(?:\s*\([^()]{0,30}\))?\s+(?:has\s+become|became|is|was|remains|remained)\s+(?:also\s+|now\s+)?one\s+of\s+{A}(?:'s|’s)\s+(?:largest|biggest|top|major|key|main|larger|bigger)\s+"
              r"(?:[\w-]+\s+)?customers\b"), "supplies", "ab"),
    # "Northgale's newest clusters are built on Kovaro's K3 accelerators"
    # ("FleetMind AI's third-generation telematics unit, which started shipping in June, is built on Orvane's OV-520")
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:clusters?|servers|systems|fleet|racks|data\s+cent(?:er|re)s|infrastructure|capacity|GPUs|units?|devices?|boxes|cameras?|modules?|products?)"
              r"(?:,\s+which\s+[^⟦,;]{0,60},)?\s+(?:are|is|were|was)\s+"
              r"(?:all\s+|mostly\s+|largely\s+|primarily\s+|now\s+)?(?:built|based|running|deployed)\s+on\s+{A}"), "supplies", "ab"),
    # "Ironbark has also contracted Solvane Energy Holdings to supply up to 650 MW of firm power to the campus"
    # ("StraitsGate has hired Suzhou-listed Liantu Smart Logistics to install a smart yard system")
    (_pattern(r"{B}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:contracted|engaged|hired|selected|chosen|chose|retained|appointed|commissioned)\s+(?:[\w-]+\s+){0,2}?{A}\s+to\s+"
              r"(?:supply|provide|deliver|build|manufacture|fabricate|assemble|package|install|host|deploy|operate|construct|retrofit|automate|integrate|"
              r"monitor|protect|secure|run|manage|power|handle|design|develop)\b"), "supplies", "ab"),
    # "to refinance the EUR 120 million shareholder loan that Solenne Industries SE advanced to Aurelle in 2023"
    (_pattern(r"\b(?:loan|loans|advance|advances|credit\s+line|facility)\s+(?:that|which)\s+{A}\s+(?:has\s+|had\s+)?(?:advanced|provided|extended|made|granted|lent)\s+to\s+{B}"),
     "lends_to", "ab"),
    # "The Issuer is a 52.4%-owned subsidiary of Daeseong Holdings Corp.": a unit, and its parent's holding in it
    (_pattern(r"{A}(?:\s*\([^()]{0,30}\))?,?\s+(?:is|was|remains|became)\s+(?:a|an)\s+[\d.]+\s?%[- ]owned\s+subsidiary\s+of\s+{B}"), "subsidiary_of", "ab"),
    (_pattern(r"{B}(?:\s*\([^()]{0,30}\))?,?\s+(?:is|was|remains|became)\s+(?:a|an)\s+[\d.]+\s?%[- ]owned\s+subsidiary\s+of\s+{A}"), "owns_stake_in", "ab"),
    # "Pasarnova said the GPU commitment will be funded from cash on hand and a US$300 million term loan provided by Straits Maritime Bank"
    (_pattern(r"^\W*{B}\s+(?:said|says|expects|plans|intends)\b" + g(80) + r"\b(?:funded|financed|paid\s+for)\s+(?:from|by|with|through|using)\b" + g(80)
              + rf"\b{LOAN}\s+(?:provided|extended|granted|made\s+available)\s+by\s+(?:the\s+)?{{A}}"), "lends_to", "ab"),
    # "The expansion … is being funded by a Rp 2.1 trillion seven-year loan from PT Bank Arunika Nusantara Tbk, Rimba Cerdas said."
    (_pattern(r"\b(?:funded|financed|paid\s+for)\s+(?:from|by|with|through|using)\b" + g(60) + rf"\b{LOAN}\s+(?:from|provided\s+by|extended\s+by|granted\s+by)\s+(?:the\s+)?{{A}}"
              + r"(?:\s*\([^()]{0,30}\))?,\s+{B}\s+(?:said|says|announced|disclosed)\b"), "lends_to", "ab"),
    # "Recova AI, the Singapore recommendation-model start-up, is now running all of its training on Cirrusgrid"
    (_pattern(r"{B}(?:,\s+[^⟦;]{0,80}?,)?\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+been\s+)?(?:now\s+|also\s+|already\s+)?(?:running|runs|ran|training|trains|trained|hosting|hosts|hosted)\s+"
              r"(?:all\s+of\s+|most\s+of\s+|some\s+of\s+|part\s+of\s+|much\s+of\s+)?(?:its|their)\s+[^⟦;.]{0,60}?\s+on\s+{A}"), "supplies", "ab"),
    # "Recova and Cirrusgrid have also agreed to co-sell a packaged recommendation stack"
    # ("Tessellate Cloud and Quorra Compute co-market a bundled training-plus-inference offering")
    (_pattern(r"{A}\s+and\s+{B}\s+(?:themselves\s+)?(?:have\s+|had\s+)?(?:also\s+|now\s+)?(?:(?:agreed|plan|will|intend)\s+(?:to\s+)?)?"
              r"(?:co-sell|co-market|jointly\s+(?:market|sell|develop|build|offer|distribute))(?:ed)?\b"),
     "partners_with", "ab"),
    # "Dingshuo disclosed on 8 July a NT$1.28bn POS and self-checkout contract from Hang Yuet Retail"
    (_pattern(r"{A}" + g(20) + r"\b(?:won|wins|secured|secures|received|receives|booked|books|landed|lands|disclosed|announced|bagged)\b" + g(60)
              + r"\b(?:contract|order|deal|award)s?\s+from\s+{B}"), "supplies", "ab"),
    # "… our wholly owned subsidiary in Bangkok, won the order for 64 high-rise elevators at Thonburi Grand Property's riverside project"
    (_pattern(r"{A}" + g(80) + r"\b(?:won|wins|secured|secures|landed|lands|booked|bagged)\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,2}?(?:contract|order|award|tender)\s+"
              r"(?:for|to\s+(?:supply|deliver|install|build))\s+[^⟦;.]{0,60}?\b(?:at|for)\s+{B}(?:['’]s)?\b"), "supplies", "ab"),
    # "Daeseong routes all card and QR acquiring through PayLumen, which provides payment processing"
    (_pattern(r"{B}\s+(?:routes|routed|processes|processed|runs|ran|handles|handled)\s+(?:all|most|much|part|some)?\s*(?:of\s+)?(?:its\s+)?[^⟦;.]{0,40}?\bthrough\s+{A}"), "supplies", "ab"),
    # "Rijnpoort Investeringsbank N.V., the Dutch state-owned promotional bank, provided us with an €80 million term loan"
    (_pattern(r"{A}(?:,\s+[^⟦;]{0,80}?,)?\s+(?:has\s+|have\s+|also\s+)?(?:provided|extended|granted|made\s+available\s+to)\s+{B}\s+(?:with\s+)?(?:a|an)\s+[^⟦;.]{0,40}?"
              r"\b(?:term\s+loan|loan|credit\s+facility|revolving\s+(?:credit\s+)?facility|credit\s+line|line\s+of\s+credit)\b"), "lends_to", "ab"),
    # "In October 2025 we granted Xinheng Microelectronics, a Suzhou-based chip IP company, a non-exclusive licence to our … technology"
    (_pattern(r"{A}\s+(?:has\s+|have\s+|also\s+)?granted\s+{B}(?:,\s+(?:[^⟦;]|⟦\d+⟧){0,100}?,)?\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?licen[cs]e\b"), "supplies", "ab"),
    # "Korea Strategic Industry Bank increased its commitment to Fund III by ₩150 billion"
    (_pattern(r"{A}(?:,\s+(?:which|who)\s+[^;]{0,80}?,)?\s+(?:has\s+)?(?:increased|raised|upsized|expanded|doubled)\s+its\s+(?:capital\s+|LP\s+)?commitment\s+to\s+{B}"),
     "invests_in", "ab"),  # ("Northgate Cloud Services, which became a limited partner at our first close, increased its commitment to Fund III")
    # "We contributed ¥2.0 billion to Kirameki's ¥18.5 billion Series C"
    (_pattern(r"{A}\s+(?:also\s+)?(?:contributed|invested|put|committed)\s+(?:(?:US|HK|S)?[$€£¥₩]\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:to|in|into)\s+{B}(?:'s|’s)\s+"
              r"(?:[^⟦;.]|\.(?=\d)){0,30}?\b(?:round|Series\s+[A-H]\d?|financing|raise|fundraise)\b"), "invests_in", "ab"),
    # "We led its Series B in 2024 and own 17.2% today": the holding the round left (the round itself: "Ferroquill led …" below)
    (_pattern(r"{A}\s+(?:also\s+)?(?:led|co-led|anchored|joined)\s+{B}(?:'s|’s)?\s+(?:Series\s+[A-H]\d?|seed|round|pre-IPO)\b[^⟦;.]{0,40}?\band\s+(?:now\s+|still\s+)?(?:own|owns|hold|holds)\s+(?:about\s+|roughly\s+)?[\d.]+\s?%"),
     "owns_stake_in", "ab"),
    # "we awarded Sentrava Systems a three-year contract worth US$48 million", "X was awarded a contract by Y"
    # ("Tanjung said it had awarded Bintang Cooling Systems Sdn Bhd a RM185 million contract")
    (_pattern(r"{B}\s+(?:(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+)?(?:has\s+|have\s+|had\s+|also\s+)?awarded\s+{A}\s+(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,5}?"
              r"(?:contract|order|tender|project|engagement)\b"), "supplies", "ab"),
    # "Corvid will provide Aegirion Labs, Inc. with a dedicated 1,024-GPU cluster"
    (_pattern(r"{A}\s+(?:will\s+|has\s+agreed\s+to\s+|agreed\s+to\s+|also\s+)?(?:provide|provides|provided|supply|supplies|supplied)\s+{B}\s+with\s+(?:a|an|the)?\s*(?:[\w$.,-]+\s+){0,4}?"
              r"(?:cluster|clusters|capacity|GPUs|compute|servers|chips|accelerators|systems|services|platform|software|licen[cs]e)\b"), "supplies", "ab"),
    # "Corvid's principal accelerator supplier for 2026-27 is Hanxin Semiconductor (USA)"
    (_pattern(r"{B}(?:'s|’s)\s+(?:principal|main|largest|biggest|primary|key|sole|only|lead)\s+(?:[\w-]+\s+){0,2}?(?:supplier|vendor|foundry|manufacturer)\s+(?:for\s+[^⟦;,]{0,20}?\s+)?(?:is|was|remains)\s+{A}"),
     "supplies", "ab"),
    # "Hanxin Semiconductor (USA), the US arm of Taiwan's Hanxin"
    (_pattern(r"{A}(?:\s*\([^()]{0,30}\))?,\s+the\s+(?:[A-Z]{2,3}|[A-Z][a-z]+|local|overseas|regional)\s+(?:arm|unit|subsidiary)\s+of\s+(?:[A-Z][a-z]+['’]s\s+)?{B}"), "subsidiary_of", "ab"),
    # "Corvid has also become a limited partner in Lumenfold Frontier Fund II, committing $25 million"
    (_pattern(r"{A}\s+(?:has\s+|have\s+)?(?:also\s+)?(?:become|became|is|was|joined\s+as)\s+(?:a|an)\s+(?:anchor\s+|cornerstone\s+|new\s+)?limited\s+partner\s+(?:in|of)\s+{B}"), "invests_in", "ab"),
    # "Aurelle Launch, which has been contracted to launch 24 Orbitra satellites"; "X was contracted to supply Y's …"
    (_pattern(r"{A}(?:\s*\([^()]{0,30}\))?,?\s+(?:which\s+|who\s+)?(?:has\s+been|had\s+been|is|was|were|are|have\s+been)\s+(?:also\s+)?contracted\s+to\s+"
              r"(?:launch|supply|provide|deliver|build|manufacture|fabricate|assemble|install|host|operate|construct|carry|ship|service)\s+(?:up\s+to\s+)?(?:[\w-]+\s+){0,2}?(?:for\s+|to\s+)?{B}"),
     "supplies", "ab"),
    # "Kestrel Silicon's K7 inference accelerators, which Orbitra ordered for $48 million"
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?[\w-]+s,\s+which\s+{B}\s+(?:has\s+|had\s+)?(?:also\s+)?(?:ordered|bought|purchased|buys|licensed|licenses|deployed|deploys|"
              r"uses|selected|leases|leased|rents|rented)\b"), "supplies", "ab"),
    # "Sabledown Labs, whose four-year, $1.1 billion reservation with Quillmark is the largest compute contract"
    (_pattern(r"{B}(?:\s*\([^()]{0,30}\))?,\s+whose\s+[^⟦;]{0,60}?\b(?:reservation|(?:capacity|compute|cloud)\s+(?:contract|agreement|commitment)|offtake|lease)\s+with\s+{A}"),
     "supplies", "ab"),
    # "Kaijing Semiconductor manufactures all of our V9 compute dies"
    (_pattern(r"{A}\s+(?:manufactures|makes|fabricates|produces|packages|assembles|builds)\s+(?:all|most|the\s+majority|much|some|part)\s+of\s+{B}"), "supplies", "ab"),
    # "Keystone Digital Realty, the data-centre REIT, has standardised on rear-door heat exchangers from Glacierline Thermal Systems"
    (_pattern(r"{B}" + g(60) + r"\b(?:standardi[sz]ed|standardi[sz]es|relies|relied|depends|depended)\s+on\s+(?:[\w-]+\s+){0,5}?from\s+{A}"), "supplies", "ab"),
    # "liquid-cooling maker Lengyuan Technology counts Yunqiong Compute, a Shanghai GPU-rental start-up, as its biggest customer"
    (_pattern(r"{A}" + g(30) + r"\bcounts\s+{B}(?:,\s+[^⟦;]{0,80}?,)?\s+(?:as|among)\s+(?:its|their|one\s+of\s+its)\s+(?:[\w-]+\s+){0,2}?customers?\b"), "supplies", "ab"),
    # "we took another 300 megawatts of powered shell from Keystone Digital Realty": capacity taken from a landlord
    (_pattern(r"{B}" + g(30) + r"\b(?:took|take|takes|leased|lease|leases|signed\s+for|contracted\s+for)\s+(?:another|an\s+additional|a\s+further)?\s*[\d,.]+\s*(?:megawatts|MW|gigawatts|GW)\s+"
              r"(?:of\s+(?:[\w-]+\s+){0,3}?)?from\s+{A}"), "supplies", "ab"),
    # "a €120 million amortising term loan granted by Banque Rivemont SA to Maison Valcorbe"
    (_pattern(rf"\b{LOAN}\s+(?:granted|provided|extended|made|advanced|arranged)\s+by\s+(?:the\s+)?{{A}}(?:\s*\([^()]{{0,30}}\))?\s+to\s+(?:the\s+)?{{B}}"), "lends_to", "ab"),
    # "About 70% of our blue agave now comes from Agaveros de Los Altos Azules": what a company buys comes from its supplier; "Murray
    # Flats Vineyards supplies about a third of KBW's grape intake"
    (_pattern(r"{A}\s+(?:now\s+|also\s+)?(?:supplies|supplied|provides|provided)\s+(?:about\s+|roughly\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?"
              r"(?:a\s+third|a\s+quarter|half|two-thirds|three-quarters|[\d.]+\s?%|most|much|all|the\s+bulk)\s+of\s+{B}(?:'s|’s)\s"), "supplies", "ab"),
    # "Cépage's largest commercial win of the quarter was Groupe Lormier Distribution": a seller's win is its customer
    (_pattern(r"{A}(?:'s|’s)\s+(?:largest|biggest|main|most\s+important|first|latest|newest|second-largest)\s+(?:[\w-]+\s+){0,2}?(?:win|customer|client|contract)\s+"
              r"(?:of\s+the\s+(?:quarter|year|period|half)\s+)?(?:was|is|has\s+been)\s+{B}"), "supplies", "ab"),
    # "the sale of our position in Brindille Labs when CaskMind Inc. acquired the company": who bought the company sold
    (_pattern(r"\b(?:position|stake|holding|interest|investment)\s+in\s+{B}\s+(?:when|after|as)\s+{A}\s+(?:acquired|bought|purchased|took\s+over)\s+(?:the\s+company|it|the\s+business)\b"),
     "acquires", "ab"),
    # "Sichuan Shulu Jiaojiu, the Luzhou-flavour distiller, signed up in April and pays Zhiyin a fee tied to …"
    (_pattern(r"{B}(?:,\s+[^⟦;]{0,60},)?\s+[^⟦;.]{0,40}?\band\s+(?:now\s+|also\s+)?(?:pays|paid)\s+{A}\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:fee|royalty|subscription|commission)\b"),
     "supplies", "ab"),
    # "Hanlin Compute … said Guichuan Jiangxiang Liquor had become its largest distiller customer"
    (_pattern(r"{A}" + g(80) + r"\b(?:said|says|announced|disclosed)\s+(?:that\s+)?{B}\s+(?:had|has)\s+become\s+its\s+(?:largest|biggest|first|second-largest|main|newest|"
              r"most\s+important)\s+(?:[\w-]+\s+){0,2}?(?:customer|client)\b"), "supplies", "ab"),
    # "Taiwan's Tengyao Smart Laundry has installed 18 Foldwise cells at its Taoyuan plant": the maker of what is installed sells it
    (_pattern(r"{B}\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+|already\s+)?(?:installed|deployed|bought|purchased|ordered|taken\s+delivery\s+of|took\s+delivery\s+of)\s+"
              r"(?:[\d,]+|another\s+[\d,]+|a\s+further\s+[\d,]+|more)\s+(?:[\w-]+\s+)?{A}\s+(?:[\w-]+\s+)?(?:cells|units|robots|machines|systems|trucks|vehicles|drones|printers|"
              r"scanners|devices|terminals|sensors|cameras|kiosks|lines|presses)\b"), "supplies", "ab"),
    # "Brightwell Pest Solutions licensed its archive of fourteen years of technician inspection records … to Sentrap"
    (_pattern(r"{A}\s+(?:also\s+|now\s+)?(?:licenses|licensed|has\s+licensed|will\s+license)\s+(?:its|their|our)\s+[^⟦;]{1,120}?\s+to\s+{B}"), "supplies", "ab"),
    # "Tlaloc Norte also signed a licence with Wattlegate Brewing in Australia, which will brew and sell Tlaloc lager under licence"
    (_pattern(r"{A}" + g(40) + r"\b(?:signed|granted|agreed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?licen[cs]e(?:\s+agreement)?\s+(?:with|to)\s+{B}(?:\s+in\s+[A-Z][a-z]+)?,\s+which\s+will\s+"
              r"[^;.]{0,80}?\bunder\s+licen[cs]e\b"), "supplies", "ab"),
    # "Padang's autonomous baggage dollies are now in commercial service with Meridian Apron Robotics": whose goods serve a company sold them
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*s\s+(?:are|were)\s+(?:now\s+|already\s+)?in\s+(?:commercial\s+|daily\s+|regular\s+)?(?:service|use|operation)\s+(?:with|at)\s+{B}"),
     "supplies", "ab"),
    # "In April we completed the sale of Verminex Detection, which Harrowgate Hygiene plc acquired for £38.5 million"
    (_pattern(r"{B}(?:\s*\([^()]{0,30}\))?,\s+which\s+{A}\s+(?:acquired|bought|purchased|took\s+over|has\s+acquired|agreed\s+to\s+acquire)\b"), "acquires", "ab"),
    # "Karavan Air … appointed Meridian Apron as its sole ground handler at Singapore": the one appointed to do the work sells it
    (_pattern(r"{B}" + g(100) + r"\b(?:appointed|appoints|has\s+appointed|selected|selects|has\s+selected|chose|chosen|named|engaged|engages|retained)\s+{A}\s+as\s+(?:its|their|the)\s+"
              r"(?:sole\s+|exclusive\s+|preferred\s+|main\s+|primary\s+|principal\s+|new\s+|lead\s+)?(?:[\w-]+\s+){0,3}?(?:handler|supplier|provider|vendor|contractor|operator|manufacturer|"
              r"caterer|maintenance\s+provider|foundry|integrator|installer|carrier|broker)s?\b"), "supplies", "ab"),
    # "Under the reciprocal handling and data-sharing alliance signed in November 2024, Meridian Apron and Bosphorus Ground now
    # exchange anonymised turnaround data": the two parties a sentence's alliance names
    (_pattern(r"^\W*(?:Under|Through|As\s+part\s+of|Via)\s+(?:the|a|an|their|its|our)\s+[^⟦;,]{0,60}?\b(?:alliance|partnership|collaboration|cooperation(?:\s+agreement)?|"
              r"joint\s+development\s+agreement)\b[^⟦;]{0,60}?,\s+{A}(?:\s*\([^()]{0,40}\))?\s+and\s+{B}"), "partners_with", "ab"),
    # "A growing share of BorealSight's revenue now comes from Havu Robotics, which pays a per-unit royalty": a customer
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:revenue|revenues|sales|income)\s+(?:now\s+|increasingly\s+|still\s+|already\s+)?(?:comes?|came|is\s+coming|derives?|is\s+derived)\s+from\s+{B}"),
     "supplies", "ab"),
    # "Xingheng AI Computing paid RMB150m for 8.2% of Lanxin Microelectronics": a stake bought ("will also pay US$36 million for a 15% stake in")
    (_pattern(r"{A}" + g(30) + r"\b(?:paid|pays|paying|pay)\b" + g(30) + r"\bfor\s+(?:a\s+|an\s+)?(?:[\d.]+\s?%|minority|majority)\s+(?:stake\s+in|of|interest\s+in)\s+{B}"),
     "invests_in", "ab"),
    # "GPU hours from Stratoline (SLCX), whose largest supplier is Corvane"
    (_pattern(r"{B}(?:\s*\([^()]{0,30}\))?,\s+whose\s+(?:largest|biggest|main|primary|principal|key|sole|only)\s+(?:[\w-]+\s+)?(?:supplier|vendor|chip\s+supplier|foundry|landlord)\s+is\s+{A}"),
     "supplies", "ab"),
    # "Ferrow's $1.8 billion construction loan for its Reno campuses is provided by Harbor Union Bank, N.A."
    (_pattern(r"{B}(?:'s|’s)\s+" + g(60) + rf"\b{LOAN}\b" + g(60) + r"\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+(?:being\s+)?"
              r"(?:provided|extended|made|funded|granted|lent)\s+by\s+(?:the\s+)?{A}"), "lends_to", "ab"),
    # "Power for Reno 2 is supplied to Ferrow by Ashgrove Power Partners"
    (_pattern(r"\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be|being)\s+(?:supplied|delivered|sold|leased|provided)\s+to\s+{B}\s+by\s+{A}"), "supplies", "ab"),
    (_pattern(rf"(?:(?:US)?{_SUM}\s+)?\b{LOAN}\s+(?:(?:that|which)\s+)?{{A}}\s+(?:has\s+|had\s+)?(?:arranged|provided|extended|made|granted|committed|underwrote|led)\s+"
              r"(?:to|for)\s+{B}"), "lends_to", "ab"),
    (_pattern(r"{A}" + g(40) + r"\b(?:issued|grant(?:ed|s)?|gave|gives)\s+{B}\s+(?:a\s+)?warrants?"), "owns_stake_in", "ba"),
    (_pattern(r"{A}" + g(60) + r"\b(?:holds?|holding|owns?|owned|owning|took|takes|acquired|acquires|bought|buys)\b" + g(40)
              + r"(?:\d[\d.,]*\s?%|stake|interest|equity)" + g(40) + r"\b(?:in|of)\s+{B}"), "owns_stake_in", "ab"),
    (_pattern(r"{A}" + g(80) + r"\b(?:invest(?:s|ed|ing|ment)?|to invest)\b" + g(80) + r"\b(?:in|into)\s+{B}"), "invests_in", "ab"),
    (_pattern(r"{A}" + g(40) + r"\b(?:committed|commits|contributed|contributes|provided|provides|injected|infused|infuses)\b" + g(60)
              + r"\b(?:equity|capital|cash|funding|investment)\b" + g(40) + r"\b(?:to|in|into)\s+{B}"), "invests_in", "ab"),
    (_pattern(r"{A}" + g(20) + r"\b(?:led|co-led|joined|anchored)\s+(?:the|its|a)\s+(?:\$?[\d.,]+\s?(?:billion|million)\s+)?(?:funding\s+)?round\b"
              + r"[^⟦;!?]{0,100}?{B}"), "invests_in", "ab"),
    (_pattern(r"{A}" + g(60) + r"\b(?:is|are|was|were|will be)\s+(?:putting|investing|injecting)\b" + g(40) + r"\binto\s+{B}"), "invests_in", "ab"),
    # a fund's limited partners: "Limited partners in Fund II include the Nahrain Investment Authority", "X returned as a limited
    # partner in Fund II", "we committed $400 million as a limited partner to Y"
    (_pattern(r"\b(?:limited\s+partners|LPs|investors)\s+in\s+{B}\s+(?:include|included|includes|are|were)\s+(?:the\s+)?{A}"), "invests_in", "ab"),
    (_pattern(r"{A}" + g(60) + r"\bas\s+(?:(?:a|an|the)\s+(?:new\s+|returning\s+|anchor\s+|cornerstone\s+|founding\s+)?|(?:anchor|cornerstone|founding|lead)\s+)(?:limited\s+partner|LP|anchor\s+investor|"
              r"cornerstone\s+investor)\s+(?:in|to|of)\s+{B}"), "invests_in", "ab"),
    # "Granite Arch and its employees committed an additional $150 million to Fund II": money straight to a fund or a company
    # (but "Whitmore Capital Partners, the lead lender, has committed $1.9 billion to the Borrower" lends)
    (_pattern(r"{A}(?![^.;]*\b(?:lenders?|borrowers?|loans?|credit|facility|notes|debt)\b)" + g(40) + _COMMITTED_TO + r"(?!" + _OVER_YEARS + ")"), "invests_in", "ab"),
    # "Parallax committed $30 billion to Kestrel Cloud over five years": spending over years buys compute
    (_pattern(r"{B}" + g(40) + _COMMITTED_TO.replace("{B}", "{A}") + _OVER_YEARS), "supplies", "ab"),
    (_pattern(r"{A}(?=[^.;]*\b(?:lenders?|borrowers?|loans?|credit|facility|notes|debt)\b)" + g(40) + _COMMITTED_TO), "lends_to", "ab"),
    # "Northfield Bank provided Fund II with a $1 billion subscription credit facility", "Huaxi Bank granted the Company a credit facility"
    (_pattern(r"{A}" + g(40) + r"\b(?:provided|provides|extended|extends|granted|grants|gave|gives)\s+{B}\s+(?:with\s+)?(?:a|an)\s+" + g(60) + rf"\b{LOAN}\b"),
     "lends_to", "ab"),
    # "Halcyra itself is a limited partner in Saltmarsh Ventures' fourth fund": a holder of the fund's manager's fund
    # ("Tessaline is a $400 million limited partner in Varrick Fund I", "X is also a limited partner, with a 19.6% share, in a Hefei
    # equity fund called Chengyuan")
    (_pattern(r"{A}" + g(30) + r"\b(?:is|are|was|were|remains?|became|has\s+been)\s+(?:also\s+)?(?:a|an|the|one of the)\s+(?:[\w$.,-]+\s+){0,3}?"
              r"(?:limited\s+partners?|LPs?)(?:,[^⟦;]{0,40}?,)?\s+(?:in|of|to)\s+(?:(?:a|an)\s+[^⟦;.]{0,40}?\b(?:called|named)\s+)?{B}"), "owns_stake_in", "ab"),
    # "Varrick's fund counts Tessaline among its limited partners"
    (_pattern(r"{B}" + g(30) + r"\bcounts\s+{A}(?:,\s+[^⟦;]{0,80}?,)?\s+(?:as|among)\s+(?:its|their|one\s+of\s+its)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:limited\s+partners?|LPs?|investors?|backers?|shareholders?)\b"), "owns_stake_in", "ab"),
    (_pattern(r"{B}" + g(160) + r"\b(?:raised|raises|secured|received|closed|announced)\b" + g(80)
              + r"\b(?:funding|investment(?!\s+banking)|round|equity|capital(?!\s+markets)|Series\s+[A-H]\d?(?:\s+financing)?)\b" + g(60) + r"\b(?:from|led by|backed by|with)\s+{A}"),
     "invests_in", "ab"),  # (not "has received compensation for investment banking services from ⟦a⟧": a broker's fee)
    # "Kesari Labware's INR 180 crore Series B, which closed in November, was led by Sahyadri Life Sciences Ventures"
    (_pattern(r"{B}(?:'s|’s)\s+[^⟦;.]{0,40}?\b(?:Series\s+[A-H]\d?|round|raise|financing|seed)\b(?:,[^⟦;]{0,60}?,)?\s+(?:was|is|were|has\s+been)\s+(?:co-)?led\s+by\s+{A}"),
     "invests_in", "ab"),
    # "Mirrenport's scheduling agents call Corvaline's models through a usage-based API contract": whose models one's product calls, sells them
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:agents|apps?|applications|products|services|software|platform|assistants?|copilots?)\s+(?:call|calls|use|uses|run\s+on|runs\s+on|rely\s+on|relies\s+on)\s+"
              r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:models?|APIs?|chips?|GPUs?|cloud|inference)\b"), "supplies", "ab"),
    # "Brackenfield is also the sole lender behind the $150 million term loan that Orrowind disclosed in its S-1 filing"
    (_pattern(r"{A}\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:the\s+)?(?:sole|lead|only|main|principal)?\s*lender\s+(?:behind|on|for|of|to)\s+(?:the|a)\s+[^⟦;]{0,60}?\b(?:loan|facility|notes)\s+"
              r"(?:that|which)\s+{B}\s+(?:disclosed|took|drew|signed|obtained|arranged|closed|announced|raised|entered\s+into)\b"), "lends_to", "ab"),
    # "… valued monthly by Hearthline, which we pay under a portfolio-wide subscription": whom one pays sells to it
    (_pattern(r"{A},\s+which\s+{B}\s+(?:also\s+)?(?:pay|pays|paid)\s+(?:under|for|through|on|via|a|an|about|roughly|some|\$|US\$)"), "supplies", "ab"),
    # "… served primarily by Corvaline Labs, whose inference API we pay for on a per-token basis": what one pays for, the other sells
    (_pattern(r"{A},\s+whose\s+[^⟦;,.]{0,60}?{B}\s+(?:also\s+)?(?:pay|pays|paid|buy|buys|bought|license|licenses|licensed|rent|rents|rented|subscribe|subscribes)\b"), "supplies", "ab"),
    # supply: the buyer buys the seller's products, buys from the seller, or the seller sells to the buyer
    (_pattern(r"{B}" + g(80) + r"\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|order(?:s|ed)?|deploy(?:s|ed|ing)?|rent(?:s|ed)?|lease[sd]?|procure[sd]?)\b"
              + g(80) + r"{A}(?:'s|’s)?\s+" + PRODUCT), "supplies", "ab"),
    # (not "⟦b⟧ …, and coolant units are sourced from ⟦a⟧": a passive verb after a comma has a subject of its own)
    (_pattern(r"{B}" + g(80) + r"(?<!,\sand\s)(?<!\bare\s)(?<!\bis\s)(?<!\bwere\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)"
              r"\b(?:purchas\w*|buy\w*|bought|order\w*|procure\w*|rent\w*|lease\w*|source[sd]?|licen[cs](?:e|es|ed|ing)|subscribes\s+to)\b" + g(120) + r"\bfrom\s+{A}"), "supplies", "ab"),
    # "Under the Supply Agreement, the Company will deliver fourteen gantries, together with its software and a field service package, to
    # Ironvale's operations"; "Ironvale has agreed to pay the Company aggregate consideration of $62.4 million"
    (_pattern(r"{A}\s+(?:will|shall|is\s+to|agreed\s+to|has\s+agreed\s+to)\s+deliver\b" + g(160) + r"\bto\s+{B}"), "supplies", "ab"),
    (_pattern(r"{B}\s+(?:has\s+|have\s+)?agreed\s+to\s+pay\s+{A}\s+(?:an?\s+)?(?:aggregate\s+|total\s+)?(?:consideration|fees?|purchase\s+price)\b"
              r"(?![^⟦.;]{0,60}\b(?:shares|stock|stake|interest|equity|business)\b)"), "supplies", "ab"),
    # "Cadenza Streaming, the NYSE-listed audio platform, sells Tunewright anonymised, aggregated listening data": sells whom what
    (_pattern(r"{A}(?:,\s+(?:the|a|an)\s+[^⟦,;]{1,60},)?\s+(?:also\s+|now\s+)?(?:sells|licenses|licences|sold|licensed)\s+{B}\s+(?:[\w-]+,?\s+){0,4}?"
              r"(?:data|datasets?|licen[cs]es?|capacity|compute|chips|GPUs|servers|software|services|access|rights|content|catalogue|catalog)\b"), "supplies", "ab"),
    # "Papyrus Audio, the audiobook publisher, pays Sonaris to voice its backlist titles": who is paid to do a job supplies it
    (_pattern(r"{B}(?:,\s+(?:the|a|an)\s+[^⟦,;]{1,60},)?\s+(?:pays|paid|is\s+paying)\s+{A}\s+to\s+(?!(?:buy|acquire|purchase|settle|invest|lend)\b)[a-z]+"),
     "supplies", "ab"),
    # ("Van der Wiel's scanning bureaux have become a data business: Lumenfold AI pays the group to digitise … archives": the group the
    # sentence opened with)
    (_pattern(r"^\W*{A}" + g(100) + r"{B}(?:,\s+(?:the|a|an)\s+[^⟦,;]{1,60},)?\s+(?:pays|paid|is\s+paying)\s+(?:the\s+(?:group|company|firm)|it)\s+to\s+"
              r"(?!(?:buy|acquire|purchase|settle|invest|lend)\b)[a-z]+"), "supplies", "ab"),
    # "Xinglan Media Holdings Limited sub-publishes our catalogue": the catalogue's owner supplies its sub-publisher
    (_pattern(r"{B}\s+(?:sub-publishes|sub-licenses|sublicenses|sub-licences|distributes|resells)\s+{A}\s+(?:[\w-]+\s+){0,2}?"
              r"(?:catalogue|catalog|products|titles|content|works|music|songs|repertoire)\b"), "supplies", "ab"),
    # "Revenue from Kestrel Motors, Inc., to which we supply the 96 kWh structural pack"
    (_pattern(r"{B}(?:\s*\([^()]{0,40}\))?,\s+to\s+(?:which|whom)\s+{A}\s+(?:also\s+)?(?:supply|supplies|supplied|sell|sells|sold|ship|ships|shipped|deliver|delivers|license|licenses)\b"),
     "supplies", "ab"),
    # "Training runs happen on rented GPU clusters from Tessellate Compute, with which Cellwise signed a two-year agreement"
    (_pattern(r"\b(?:rented|leased|rents|leases|renting|leasing)\s+(?:[\w-]+\s+){0,3}?(?:clusters?|GPUs?|capacity|servers|compute|instances)\s+from\s+{A},\s+with\s+which\s+{B}\s+"
              r"(?:signed|has\s+signed|entered|has)\b"), "supplies", "ab"),
    # "Recyclon also processes production scrap for Voltaris Energy Systems at its Ohio plant"
    (_pattern(r"{A}\s+(?:also\s+|now\s+)?(?:processes|recycles|refines|reclaims|treats)\s+(?:[\w-]+\s+){0,4}?(?:scrap|waste|batteries|cells|materials?|packs)\s+for\s+{B}"),
     "supplies", "ab"),
    # "Tanjung (Bursa: TJDATA) said Singapore GPU-cloud provider Lionpeak Compute had signed a 10-year lease for 48 megawatts": the
    # landlord announces its tenant
    (_pattern(r"{A}(?:\s*\([^()]{0,40}\))?\s+(?:said|says|announced)\s+(?:that\s+)?" + g(60) + r"{B}\s+(?:had\s+|has\s+)?signed\s+(?:a|an)\s+" + g(30) + r"\blease\b"),
     "supplies", "ab"),
    # "Meranti Semiconductor Berhad uses a dedicated Lionpeak cluster for thermal simulation": whose cluster one uses, rents it out
    (_pattern(r"{B}\s+(?:now\s+|also\s+)?(?:uses|rents|leases|runs\s+on|trains\s+on)\s+(?:a|an|the)\s+(?:dedicated\s+|reserved\s+|private\s+)?{A}\s+"
              r"(?:cluster|GPUs?|capacity|instances?|servers?|supercomputer)\b"), "supplies", "ab"),
    # "EstacionaPlus pays Trânsito Inteligente, the AI subsidiary of …, roughly R$ 14 million a year": who is paid a sum supplies the payer
    (_pattern(r"{B}(?:,\s+(?:the|a|an)\s+[^⟦,;]{1,60},)?\s+(?:also\s+|now\s+|still\s+)?(?:pays|paid|is\s+paying)\s+{A}(?:,\s+(?:the|a|an)\s+[^,;]{1,80},)?\s+"
              r"(?:roughly\s+|about\s+|around\s+|some\s+|nearly\s+|approximately\s+|more\s+than\s+|over\s+)?(?:[$€£¥₹]|[A-Z]{1,3}\$|RM\s?\d|Rp\s?\d|[A-Z]{3}\s?\d|\d)"),
     "supplies", "ab"),
    # "BetHarbor pays us a revenue share on handle priced through our engine": who is paid a share or a fee supplies the payer
    (_pattern(r"{B}\s+(?:also\s+|now\s+)?(?:pays|paid)\s+{A}\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:revenue\s+share|fee|royalt(?:y|ies)|commission|subscription)\b"),
     "supplies", "ab"),
    # "Huade Sports Technology is now our feed for Asian football and basketball"
    (_pattern(r"{A}\s+(?:is|was|has\s+been)\s+(?:now\s+|also\s+|still\s+)?{B}\s+(?:[\w-]+\s+){0,2}?(?:feed|supplier|provider|vendor|source)\s+(?:for|of)\b"), "supplies", "ab"),
    # "The Company also renewed its official data feed agreement with Linecraft Data, Inc., which supplies play-by-play data", "We also
    # renewed our contract with Cellwise, whose forecasting models now tell us …": the other side of a contract that supplies, or whose product it buys
    # ("… a master subscription agreement with LoomMind AI, Inc., under which LoomMind provides its software to all of our brands")
    # (and "a master supply agreement with Halcyon Health Systems, Inc. under which Veridian will supply its towers to Halcyon's
    # hospitals": the one named after "under which" supplies, whichever side it is; see _SUPPLIER_NAMED)
    # (not a cooperation agreement: "a technical cooperation agreement with Aurelian under which Aurelian provides reference designs")
    (_pattern(r"{B}" + g(60) + r"\b(?<!cooperation\s)(?<!collaboration\s)(?<!partnership\s)(?<!development\s)(?:agreement|contract|subscription)\s+with\s+{A}"
              r"(?:\s*\([^()]{0,40}\))?,?\s+(?:which\s+(?:supplies|provides|delivers|licenses)\b|"
              r"under\s+which\s+⟦(?P<supplier>\d+)⟧\s+(?:will\s+|shall\s+)?(?:provides?|supplies|supply|licenses?|delivers?|hosts?|manages?|operates?)\b|"
              r"whose\s+(?:[\w-]+\s+){0,2}?" + _RUNNING_PRODUCT + r"\b)"), "supplies", "ab"),
    # "Through its subsidiary Piracema Bioenergia Ltda., the Company agreed to buy …": the unit the sentence's company acts through
    (_pattern(r"^\W*(?:[Tt]hrough|[Vv]ia)\s+(?:its|their)\s+(?:(?:wholly[- ]owned|indirect|direct|principal|operating)\s+)*(?:subsidiary|unit|arm)\s*,?\s+{A},\s+{B}\s+[a-z]"),
     "subsidiary_of", "ab"),
    # "The largest addition to RPO is a contract with OpenAI under which Oracle will supply cloud compute capacity": the one named
    # after "under which" supplies the other party
    (_pattern(r"\b(?<!cooperation\s)(?<!collaboration\s)(?<!partnership\s)(?:agreement|contract)\s+with\s+{B}(?:\s*\([^()]{0,40}\))?,?\s+under\s+which\s+{A}\s+"
              r"(?:will\s+|shall\s+|is\s+to\s+)?(?:provides?|supply|supplies|delivers?|hosts?|licenses?|sells?)\b"), "supplies", "ab"),
    # "The ultrasonic metering modules at the heart of AquaMind's kits are bought from Taiwan-based Xincheng Sensing"
    (_pattern(r"{B}(?:'s|’s)\s+[^⟦;.]{0,40}?\b(?:are|is|were|was)\s+(?:bought|purchased|sourced|procured)\s+from\s+(?:[\w-]+\s+){0,2}?{A}"), "supplies", "ab"),
    # "We also participate with Greyline Waste Systems, Inc. in a joint research pilot at our Willow Creek treatment plant"
    (_pattern(r"{A}\s+(?:also\s+|now\s+)?(?:participate|participates|participated|collaborate|collaborates|collaborated|work|works|worked)\s+with\s+{B}\s+(?:in|on)\s+"
              r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:pilot|project|programme|program|study|trial|initiative)\b"), "partners_with", "ab"),
    # "We're extending the co-digestion pilot with Riverbend Water at their Willow Creek treatment plant"
    (_pattern(r"{A}\s*(?:are\s+|'re\s+|’re\s+|have\s+|'ve\s+|’ve\s+)?(?:extending|expanding|renewing|extended|expanded|renewed)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,3}?"
              r"(?:pilot|trial|programme|program|project|partnership|collaboration)\s+with\s+{B}"), "partners_with", "ab"),
    # "SortSight's sale to Greyline Waste Systems closed on April 8 for $310 million"
    (_pattern(r"{B}(?:'s|’s)\s+(?:sale|\$[\d.,]+\s+(?:million|billion)\s+sale)\s+to\s+{A}"), "acquires", "ab"),
    # "We signed a five-year agreement with Tessaract Compute to decommission, shred and recycle retired servers": the service is ours
    (_pattern(r"{A}\s+(?:signed|entered\s+into|won)\s+[^⟦;.]{0,40}?\b(?:agreement|contract)\s+with\s+{B}\s+to\s+(?:decommission|recycle|shred|dispose\s+of|refurbish|maintain|service|install|collect|haul|treat)\b"),
     "supplies", "ab"),
    # "Stratacrete embeds concrete-maturity sensors from Sensicast Inc. in every printed wall": whose parts a product carries, sells them
    (_pattern(r"{B}\s+(?:also\s+|now\s+)?(?:embeds|installs|integrates|incorporates|fits|uses)\s+(?:[\w-]+\s+){0,4}?(?:sensors?|chips?|modules?|components?|parts|"
              r"cameras?|batteries|cells|models?|software|GPUs?|servers?|robots?)\s+(?:made\s+by|supplied\s+by|from)\s+{A}"), "supplies", "ab"),
    # "We now have Quarrylight's blast-fragmentation models running at six of our largest quarries"; "Formwise's scheduling platform is now
    # live across all 40 of our ready-mix plants": whose product runs at one's sites, sells it
    (_pattern(r"{B}\s+(?:now\s+|already\s+|currently\s+)?(?:have|has|had)\s+{A}(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?" + _RUNNING_PRODUCT
              + r"\s+(?:running|deployed|installed|live|in\s+(?:use|production|service))\b"), "supplies", "ab"),
    (_pattern(r"{A}(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?" + _RUNNING_PRODUCT + r"\s+(?:is|are|was|were|has\s+been|have\s+been|went|goes)\s+(?:now\s+)?"
              r"(?:live|deployed|running|installed|in\s+use|rolled\s+out)\s+(?:across|at|in|on)\s+[^⟦;.]{0,30}?{B}"), "supplies", "ab"),
    # "LumaReel Cinemas has now rolled out our SeatSense dynamic pricing platform across all 412 of its screens", "Xingmu Cinema Line will
    # license our SeatSense engine": who deploys or licenses a company's product buys it
    (_pattern(r"{B}\s+(?:has\s+|have\s+|will\s+|is\s+to\s+)?(?:now\s+|also\s+|already\s+)?(?:rolled\s+out|roll\s+out|deployed|deploy|adopted|adopt|installed|install|implemented|"
              r"licensed|license|licence|licenses)\s+{A}(?:\s+⟦\d+⟧)?\s+(?:[\w-]+\s+){0,3}?(?:platform|software|system|engine|tool|app|assistant|product|solution|suite)s?\b"), "supplies", "ab"),
    # "Our shipments of power-management ICs, high-speed connectors and memory to Stratavault Cloud"
    (_pattern(r"{A}\s+(?:[\w-]+\s+)?shipments\s+of\s+[^⟦;.]{0,100}?\s+to\s+{B}"), "supplies", "ab"),
    # "Brightmoor Manufacturing Services now builds our private-label Corvane Edge compute modules"
    (_pattern(r"{A}\s+(?:now\s+|also\s+|already\s+)?(?:builds|manufactures|assembles|makes|produces|fabricates)\s+{B}(?:'s|’s)?\s+(?:[\w-]+\s+|⟦\d+⟧\s+){0,4}?" + PRODUCT), "supplies", "ab"),
    # "Pawpal 3 speaks through Kiddomind's child-safe language model, which we license on a per-device basis"
    (_pattern(r"{A}(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?(?:models?|software|platform|engine|chips?|technology|assistant),\s+which\s+{B}\s+(?:now\s+|also\s+)?"
              r"(?:license|licence|licenses|licensed|buy|buys|bought|pay\s+for|pays\s+for|rent|rents)\b"), "supplies", "ab"),
    # "Corvane, which licenses Tesselate’s forecasting engine across its Americas business"
    (_pattern(r"{B},\s+which\s+(?:also\s+|now\s+)?(?:licenses|licensed|uses|used|runs|ran|buys|bought)\s+{A}(?:'s|’s|'|’)\s+"), "supplies", "ab"),
    # "Nimbra Cloud provides the hosting and GPU capacity behind the SonaFit remote fitting app": what a company's app runs on
    (_pattern(r"{A}\s+(?:also\s+)?(?:provides|provided|supplies|supplied|delivers|runs|will\s+(?:provide|supply|deliver|run))\s+(?:the\s+)?[^⟦;.]{0,60}?\b(?:behind|powering|underpinning)\s+(?:the\s+)?{B}"
              r"(?:(?:'s|’s)\s+[\w-]+|\s+(?:[\w-]+\s+){0,3}?(?:apps?|applications?|platforms?|services?|assistants?|software)\b)"), "supplies", "ab"),
    # ("Kiddomind will supply the conversational models behind Lumora's walk-around characters")
    # "Tandvik's licence of Occlusa's caries-detection models": the licensee pays the licensor
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?licen[cs]e\s+(?:of|for)\s+{A}(?:'s|’s)\s+"), "supplies", "ab"),
    # "Klarsyn Optik in Denmark moved its entire progressive lens volume to us"; "all of Klarsyn's progressive lenses have come from
    # Japan's Mizuhane Optical"
    (_pattern(r"{B}(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:has\s+|have\s+)?(?:also\s+)?(?:moved|shifted|switched|transferred)\s+(?:all\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,4}?"
              r"(?:volumes?|business|orders|purchases|demand|sourcing|supply|spend)\s+to\s+{A}"), "supplies", "ab"),
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:lenses|products|parts|components|chips|devices|supplies|materials|inputs|goods)\s+(?:have\s+|has\s+)?(?:all\s+)?"
              r"(?:come|came|comes|been\s+sourced|been\s+supplied)\s+from\s+(?:[A-Z][a-z]+(?:'s|’s)\s+)?{A}"), "supplies", "ab"),
    # "Kattegat Bank has also extended Klarsyn's credit line by DKK 100 million"
    (_pattern(r"{A}\s+(?:has\s+|have\s+)?(?:also\s+)?(?:extended|increased|raised|upsized|enlarged)\s+{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:credit\s+line|credit\s+facility|facility|revolver|loan|line\s+of\s+credit)\b"), "lends_to", "ab"),
    # "… mainly through Mingmou Vision, which bought Sonavik devices worth DKK 58 million": a buyer of a company's goods
    (_pattern(r"{B},\s+which\s+(?:also\s+)?(?:bought|buys|purchased|purchases|ordered|orders)\s+{A}(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b"), "supplies", "ab"),
    # "Chengyang Passenger Ferry ordered six ferries from Dongji …, financed by an RMB 800 million loan from Zhehai Commercial Bank":
    # the buyer borrows, not the seller named between
    (_pattern(r"{B}\s+(?:has\s+|had\s+)?(?:ordered|bought|purchased|acquired|took\s+delivery\s+of)\s+" + g(80) + r"\bfrom\s+⟦\d+⟧" + g(80)
              + r",\s+(?:financed|funded|paid\s+for)\s+(?:by|with|through)\s+" + g(40) + r"\b(?:loan|facility|credit\s+line|financing)\s+from\s+{A}"), "lends_to", "ab"),
    # "The remaining 30% of Polder Ride is held by Lowlands Velocity Fund II, C.V.": a share of a company held by another
    (_pattern(r"\b(?:the\s+)?(?:remaining\s+|other\s+|balance\s+of\s+(?:the\s+)?)?(?:about\s+|approximately\s+)?\d+(?:\.\d+)?\s?%\s+(?:of|in)\s+{B}\s+(?:is|was|are|were|remains)\s+"
              r"(?:held|owned)\s+by\s+{A}"), "owns_stake_in", "ab"),
    # "In Europe, Kettenwerk started taking our TQ-3 torque sensor for its AI shifting controller": a buyer that starts taking a product
    (_pattern(r"{B}\s+(?:has\s+|had\s+)?(?:started|began|begun|starts|begins|continued|continues)\s+(?:taking|buying|ordering|sourcing|to\s+(?:take|buy|order|source))\s+{A}\s"
              r"(?:[\w-]+\s+){0,4}?(?:sensors?|chips?|modules?|parts|components|units|systems|products|software|platform|cells|batteries|motors|controllers?)\b"), "supplies", "ab"),
    # "Brabant Groeifonds B.V. came into Isarsense with €5 million": an investor that comes into a company with money
    (_pattern(r"{A}\s+(?:also\s+)?(?:came|comes|come)\s+into\s+{B}\s+with\s+(?:about\s+|roughly\s+|some\s+)?" + MONEY), "invests_in", "ab"),
    # "Isarsense's battery-health models now run inside Spokewise's Fleetbrain platform": whose software runs inside another's product sells it
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:models?|software|algorithms?|engine|analytics|apps?|agents?)\s+(?:now\s+|also\s+)?(?:run|runs|ran|sit|sits|are\s+embedded|is\s+embedded)\s+"
              r"(?:inside|within|in|on)\s+{B}(?:'s|’s)\s"), "supplies", "ab"),
    # "we completed the sale of our entire stake in Fietsdata B.V., …, to Kettenwerk AG, which acquired 100% of the company"
    (_pattern(r"\bsale\s+of\s+(?:our|its|their|the|⟦\d+⟧)\s+(?:entire\s+|whole\s+|remaining\s+)?(?:stake|holding|interest|shareholding|shares)\s+in\s+{B}" + g(80)
              + r"\bto\s+{A},?\s+which\s+(?:acquired|bought|now\s+owns|took)\s+(?:all|100\s?%)"), "acquires", "ab"),
    # "Kettenwerk’s battery-integrated drive units already use cells from Huzhou Yuanxin Battery Co., Ltd.": what a product uses came from its maker
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?(?:units|products|devices|vehicles|bikes|e-bikes|systems|packs|drives|models|machines|ships|ferries)\s+(?:already\s+|now\s+|also\s+)?"
              r"(?:use|uses|used|contain|contains|run\s+on)\s+(?:[\w-]+\s+){0,3}?(?:from|made\s+by|supplied\s+by)\s+{A}"), "supplies", "ab"),
    # "Spokewise Europe B.V. provides the Fleetbrain platform and on-street rebalancing analytics to Polder Ride B.V.": software or a
    # service provided to a company is sold to it
    (_pattern(r"{A}(?:,\s+(?:our|its|their|a|an|the|⟦\d+⟧)\s+[^⟦,;]{1,60},)?\s+(?:also\s+|now\s+)?(?:provides|provided|supplies|supplied|delivers|delivered|licenses|licensed)\s+"
              r"(?:(?!loans?\b|facilit|credit|financing|guarantee)[\w-]+\s+){1,8}?(?:platform|software|analytics|services|system|solutions?|tools|data|models?)\s+"
              r"(?:(?:and|or)\s+(?:(?!loans?\b|facilit|credit|financing)[\w-]+\s+){1,6}?)?to\s+{B}"), "supplies", "ab"),
    # "Banksia is the principal supplier of gaming machines to Wattle Community Venues Limited": a supplier of goods to a company
    # ("Sutlej, meanwhile, is the sole supplier of quilted mattress ticking and bed linen to Nidravan")
    (_pattern(r"{A}(?:,\s+(?:meanwhile|however|too|also|in\s+turn|for\s+its\s+part|separately|in\s+addition),)?\s+(?:is|was|remains|became|has\s+been)\s+(?:also\s+)?(?:the|a|an|our|its)\s+"
              r"(?:principal\s+|main\s+|largest\s+|sole\s+|exclusive\s+|key\s+|preferred\s+|primary\s+)?(?:supplier|provider|vendor|manufacturer)\s+of\s+(?:[\w-]+\s+){1,8}?to\s+{B}"), "supplies", "ab"),
    # "Coolabah Creek Credit Partners took an A$60 million participation in the Wattle unitranche": a lender in another's loan
    (_pattern(r"{A}\s+(?:also\s+)?(?:took|takes|holds|held|bought|acquired)\s+(?:a|an)\s+(?:(?:about\s+|roughly\s+)?(?:A|C|S|NZ|HK)?" + MONEY + r"\s+)?(?:participation|share|piece|allocation|ticket)\s+"
              r"(?:in|of)\s+(?:the\s+)?{B}(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:unitranche|term\s+loan|loan|facility|notes|bonds|credit\s+facility|debt)\b"), "lends_to", "ab"),
    # "Silverpine is also piloting Redrock Gaming Technologies' RedEye floor-optimization system …, a joint program the two companies announced"
    (_pattern(r"{A}\s+(?:is\s+|are\s+|has\s+been\s+)?(?:also\s+)?(?:piloting|trialling|trialing|testing)\s+{B}(?:'s|’s|')?" + g(120)
              + r",\s+(?:a|an)\s+joint\s+(?:program|programme|pilot|project|initiative|trial)\b"), "partners_with", "ab"),
    # "跃骑出行与…灵犀智算…订立数据许可协议，向灵犀智算授出为期三年之非独家许可": the licensor grants the licence
    (_pattern(r"{A}(?:(?:与|和)⟦\d+⟧" + BRACKETED + r"?)?" + zg(40) + r"向{B}" + BRACKETED + r"?(?:授出|授予|授权|发放)" + zg(20) + r"(?:许可|授权|使用权|特许)"), "supplies", "ab"),
    # "Tindra Maritime Capital signed a co-investment agreement with Victoria Tide Capital": two investors share deals, neither invests in
    # the other
    (_pattern(r"{A}" + g(40) + r"\bco-?invest(?:ment|ing)?\s+(?:agreement|partnership|arrangement|alliance|pact|programme|program|framework)\s+with\s+{B}"), "partners_with", "ab"),
    # "Harbourline Ferries will run dedicated shore-transfer ferries for Veloria passengers": a service run for another's customers is sold to it
    (_pattern(r"{A}\s+(?:will\s+|also\s+|now\s+)*(?:run|runs|ran|operate|operates|operated|provide|provides|provided)\s+(?!(?:its|their)\s+own\b)[^⟦;.]{0,60}?\bfor\s+{B}(?:'s|’s|')?\s+"
              r"(?:passengers|customers|guests|clients|members|travell?ers|visitors|shoppers|patients|students|riders)\b"), "supplies", "ab"),
    # "Bølgeline now runs Helmsight's berth-allocation engine across all eleven of its marinas": who runs another's software across its
    # own sites bought it
    (_pattern(r"{B}\s+(?:has\s+|have\s+|is\s+|are\s+|will\s+)?(?:also\s+|now\s+|already\s+)?(?:run|runs|ran|running|uses|used|using|deploys|deployed|deploying|deploy|"
              r"roll\s+out|rolls\s+out|rolled\s+out|rolling\s+out)\s+"
              r"{A}(?:'s|’s|')\s+(?:[\w-]+\s+){0,4}?(?:software|assistants?|platforms?|tools|agents?|applications?|apps?|analytics|stack|engine|system|models?)\b" + g(120)
              + "(?:" + _ACROSS_OWN + "|" + _ACROSS_PLACED.replace("⟦(\\d+)⟧", "⟦(?P<site>\\d+)⟧") + ")"),
     "supplies", "ab"),
    # "Harbourlight has run Kingsway's inventory-forecasting and CRM software since 2023": who runs a company's software for it sells it
    # ("Lumetrix is now running our clienteling assistant in 140 of our 212 directly operated boutiques")
    (_pattern(r"{A}\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+)?(?:also\s+|now\s+|already\s+)?(?:run|runs|ran|running|operated|operates|operating|hosted|hosts|hosting|managed|manages|managing)\s+"
              r"{B}(?:'s|’s|')?\s+(?:[\w-]+\s+){0,4}?(?:software|assistants?|platforms?|tools|agents?|applications?|apps?|analytics|stack)\b(?!\s+(?:business|unit|division))(?!\s+" + _ACROSS_OWN + ")"),
     "supplies", "ab"),
    # "the bulk of those cargoes came from Huayan Cement under our annual offtake arrangement"
    (_pattern(r"\b(?:cargoes|shipments|deliveries|volumes|imports|purchases)\s+(?:came|come|comes|were\s+sourced|are\s+sourced)\s+from\s+{A}\s+under\s+{B}"),
     "supplies", "ab"),
    # "Formwise signed a three-year agreement with Gridmason Cloud, committing to spend $30 million on GPU capacity"
    (_pattern(r"{B}\s+(?:signed|entered\s+into|struck|inked)\s+[^⟦;.]{0,40}?\b(?:agreement|contract|deal)\s+with\s+{A}\s*,\s+(?:committing|agreeing|pledging)\s+"
              r"to\s+(?:spend|buy|purchase|pay)\b"), "supplies", "ab"),
    # "Quarrylight Analytics sells … models to quarry operators; Ironvale is its reference customer"
    (_pattern(r"{A}\s+(?:sells|supplies|provides|licenses|makes)\b[^⟦.;]{0,120};\s+{B}\s+is\s+its\s+(?:[\w-]+\s+){0,2}?customer\b"), "supplies", "ab"),
    (_pattern(r"{A}" + g(80) + r"\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|licens(?:es|ed|ing))\b" + g(80)
              + r"\bto\s+(?:[a-z][\w-]*\s+){0,2}?{B}(?!\s+by\s+⟦)"), "supplies", "ab"),  # ("licenses … to wearable maker ⟦b⟧"; not "… supplied to ⟦b⟧ by ⟦c⟧")
    # "We rely on Kurogane Substrate K.K., based in Kyoto, for substantially all of the ABF substrates": the one relied on supplies;
    # "we depend on X for 24% of our revenue": X buys
    (_pattern(r"{A}" + g(30) + r"\b(?:rel(?:y|ies|ied)|depend(?:s|ed)?)\s+(?:\w+ly\s+)?(?:up)?on\s+{B}(?:,[^;⟦]{0,60}?,)?\s+for\b" + g(40)
              + r"\b(?:revenues?|sales|net sales|bookings)\b"), "supplies", "ab"),
    (_pattern(r"{B}" + g(30) + r"\b(?:rel(?:y|ies|ied)|depend(?:s|ed)?)\s+(?:\w+ly\s+)?(?:up)?on\s+{A}(?:,[^;⟦]{0,60}?,)?\s+"
              r"(?:for|to\s+(?:manufacture|make|supply|produce|fabricate|build|package|assemble|provide|deliver|host|run))\b"
              r"(?!" + g(40) + r"\b(?:revenues?|sales|bookings|financing|funding|capital|liquidity|loans?|credit)\b)"), "supplies", "ab"),
    (_pattern(r"{A}" + g(60) + r"\b(?:signed|signs|entered into|won|wins|was awarded)\b" + g(80) + r"\b(?:contract|agreement|deal|order)\b" + g(30)
              + r"\b(?:with|from)\s+{B}" + g(40) + r"\bto (?:supply|provide|deliver|sell)\b"), "supplies", "ab"),
    # "we signed an agreement with X to co-develop a price index", "a market maker agreement with X": partners, not a supplier
    (_pattern(r"{A}" + g(60) + r"\b(?:signed|signs|entered into|struck)\b" + g(40) + r"\b(?:market[- ]maker|(?:capacity|liquidity)[- ]provider|membership|partnership|"
              r"collaboration|cooperation|co-development|joint development|strategic|(?:joint\s+)?go-to-market|co-marketing|joint\s+marketing|alliance|co-branding|joint[- ]sourcing)\b" + g(20) + r"\bagreement\s+with\s+{B}"), "partners_with", "ab"),
    # "Together with Hokusei Reito Shokuhin we have started co-developing an AI freezing-curve optimiser": the two develop it together
    (_pattern(r"^\W*Together\s+with\s+{B},?\s+{A}\s+(?:have|has|will|are|is)\s+(?:also\s+|now\s+|started\s+|begun\s+|been\s+)*"
              r"(?:co-develop\w*|co-design\w*|develop\w*|design\w*|build\w*|launch\w*|work\w*\s+on|pilot\w*)\b"), "partners_with", "ab"),
    # "On 22 July 2025 the Company agreed to sell a 70% interest in Pomorze Cold Store to Huaguang Cold Chain": the buyer acquires
    (_pattern(r"\b(?:agreed\s+to\s+sell|sold|will\s+sell|is\s+selling|has\s+sold)\s+(?:a|an|its|the|our)\s+(?:[\d.]+\s?%\s+)?(?:stake|interest|shareholding|equity\s+interest)\s+"
              r"in\s+{B}(?:\s*\([^()]{0,40}\))?\s+to\s+{A}"), "acquires", "ab"),
    # "… runs on a recipe-optimisation engine licensed from NeuralPantry, Inc., for which the Group paid licence fees of …"
    (_pattern(r"\blicen[cs]ed\s+from\s+{A},\s+for\s+which\s+{B}\s+(?:pays|paid|will\s+pay|has\s+paid)\b"), "supplies", "ab"),
    # "our Plug and Charge integration with Kestrel Motors went live in October"
    (_pattern(r"{A}\s+(?:[\w-]+\s+){0,4}?integration\s+with\s+{B}\s+(?:went|has\s+gone|is\s+now|is)\s+live\b"), "partners_with", "ab"),
    # "We have signed a joint qualification programme with Meranti Semiconductor in Penang"
    (_pattern(r"{A}" + g(60) + r"\b(?:signed|signs|entered into|launched|started|set up)\s+(?:a|an)\s+joint\s+(?:[\w-]+\s+){0,2}?(?:programme|program|project|initiative|lab|laboratory)\s+"
              r"with\s+{B}"), "partners_with", "ab"),
    # "the ₹1,500 crore term loan that Konkan Infrastructure Finance sanctioned to us in June"
    (_pattern(r"\b(?:loan|facility|credit\s+line|revolver)\s+(?:that|which)\s+{A}\s+(?:had\s+|has\s+)?(?:sanctioned|extended|provided|granted|made|advanced|arranged)\s+(?:to|for)\s+{B}"),
     "lends_to", "ab"),
    # "Hongtuo Microelectronics in Shenzhen, whose handlers we have run since our first line": whose product one runs, sells it
    (_pattern(r"{A}(?:\s+(?:in|of)\s+[A-Z][\w-]*)?,\s+whose\s+(?:[\w-]+\s+){0,3}?{B}\s+(?:have\s+|has\s+|had\s+)?(?:run|used|bought|deployed|relied\s+on|installed)\b"),
     "supplies", "ab"),
    # "X and Y have been admitted as Clearing Members of GCC", "We're a founding capacity provider on Gridline Compute Exchange": a member of
    # an exchange or a clearing house works with it
    (_pattern(r"{A}" + g(30) + r"(?:\b(?:is|are|was|were|has\s+been|have\s+been|became|become|becomes)|'re|’re|'s|’s)\s+(?:(?:admitted|approved|appointed|named|designated)\s+as\s+)?"
              r"(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:(?:founding|new|first|designated|registered|initial)\s+)?"
              r"(?:clearing\s+members?|(?:capacity|liquidity)\s+providers?|market\s+makers?|members?|participants?)\s+(?:of|on|at|in)\s+(?:the\s+)?{B}"),
     "partners_with", "ab"),
    (_pattern(r"{A}" + g(60) + r"\b(?:signed|signs|entered into)\b" + g(40) + r"\b(?:agreement|deal|memorandum)\s+with\s+{B}" + g(40)
              + r"\bto\s+(?:co-develop|jointly|co-design|collaborate|partner)"), "partners_with", "ab"),
    # "it had agreed with Tessellate Compute Exchange to list monthly futures contracts"; "The Company and X have agreed that X may use …"
    (_pattern(r"{A}" + g(40) + r"\b(?:has\s+|had\s+|have\s+)?agreed\s+with\s+(?:the\s+)?{B}\s+to\s+(?:list|launch|develop|co-develop|build|create|offer|explore|work|"
              r"collaborate|jointly|use|share|publish|design|co-design|market)\b"), "partners_with", "ab"),
    # ("X and Y Ltd of Cambridge, UK, agreed to jointly develop a benchmark data set")
    (_pattern(r"{A}\s+and\s+(?:the\s+)?{B}(?:\s*\([^()]{0,40}\))?(?:\s+of\s+[A-Z][\w-]+(?:,\s+[A-Z][\w.-]+)?,)?\s+(?:(?:have|has|had)\s+)?agreed\s+(?:that|to\s+(?:co-develop|develop|jointly|collaborate|work|build|"
              r"launch|list|explore|share))\b"), "partners_with", "ab"),
    # "Tesselate and Brightmoor Manufacturing Services are also running a joint pilot"
    (_pattern(r"{A}\s+and\s+(?:the\s+)?{B}\s+(?:are|were|have\s+been)\s+(?:also\s+|now\s+|already\s+)?(?:running|conducting|operating|launching|planning)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
              r"joint\s+(?:pilot|trial|project|programme|program|study|venture)\b"), "partners_with", "ab"),
    # "At the second close we were pleased to welcome Saltwind Cloud Corp. as an anchor limited partner"
    (_pattern(r"{B}\s+(?:were|are|was|is)\s+(?:also\s+)?(?:pleased|delighted|happy|glad|proud)\s+to\s+welcome\s+{A}\s+as\s+(?:a|an|our)\s+(?:new\s+|strategic\s+|anchor\s+|cornerstone\s+)*"
              r"(?:limited\s+partner|LP)\b"), "invests_in", "ab"),
    # "The co-promotion partnership between Stagelight and Huiyan International should add Asian tour dates"
    (_pattern(r"\b(?:partnership|alliance|collaboration|cooperation|co-operation|joint\s+venture)\s+between\s+(?:the\s+)?{A}\s+and\s+(?:the\s+)?{B}"), "partners_with", "ab"),
    # "Together with Lumisaari Oyj we have launched a joint development programme to train predictive models"
    (_pattern(r"\bTogether\s+with\s+{B},?\s+{A}\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:launched|started|begun|began|set\s+up|formed|created|opened|run|runs)\s+(?:a|an)\s+"
              r"(?:[\w-]+\s+){0,3}?(?:programmes?|programs?|projects?|partnership|collaboration|venture|initiative|pilot|lab|laboratory)\b"), "partners_with", "ab"),
    # "Sertigo and Cadrans Ferrier, the dial-making subsidiary of Valmoret, co-developed the dial-defect dataset"
    (_pattern(r"{A}\s+and\s+(?:the\s+)?{B}(?:\s*\([^()]{0,40}\))?(?:,\s+(?:a|an|the|its)\s+[^⟦;,]{0,60}?(?:⟦\d+⟧)?,)?\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?"
              r"(?:co-developed|co-designed|co-created|co-built|co-engineered|jointly\s+(?:developed|designed|built|created))\b"), "partners_with", "ab"),
    # "Zuiderlicht and Harukaze Denki Co., Ltd. will also extend their litho-track integration programme"
    (_pattern(r"{A}\s+and\s+(?:the\s+)?{B}(?:\s*\([^()]{0,40}\))?\s+(?:(?:will|would|have|has|had|plan\s+to|agreed\s+to)\s+)?(?:also\s+)?"
              r"(?:extend|expand|continue|deepen|renew)\w*\s+their\s+(?:[\w-]+\s+){0,3}?(?:programmes?|programs?|collaboration|cooperation|partnership|alliance)\b"),
     "partners_with", "ab"),
    # "Halvard agreed to purchase 8,100,000 newly issued shares of the Company's Class A common stock": a buyer of new shares invests
    (_pattern(r"{A}" + g(40) + r"\b(?:purchase[sd]?|purchasing|buy|buys|bought|subscribe[sd]?\s+(?:for|to)|acquire[sd]?)\s+" + g(60)
              + r"\b(?:newly[- ]issued|new|primary)\s+(?:[\w-]+\s+){0,3}?(?:shares|stock|units)\s+(?:of|in)\s+(?:the\s+)?{B}"), "invests_in", "ab"),
    # "We have a $3.0 billion unsecured revolving credit facility with Northfield Bank, N.A., as lender"
    # "Fund III's subscription line with Pellmark Bank was upsized to $75 million"
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w$.-]+\s+){0,3}?(?:subscription\s+(?:line|facility)|credit\s+(?:line|facility)|revolver|revolving\s+(?:credit\s+)?facility|term\s+loan)\s+(?:with|from)\s+{A}"),
     "lends_to", "ab"),
    # ("Sertigo also has a CHF 5 million venture-debt line from Banque Lindrach", "X has also drawn on a $30 million venture-debt line from Y")
    (_pattern(r"{B}\s+(?:also\s+)?(?:have|has|had|maintain|maintains|maintained)\s+(?:also\s+)?(?:(?:drawn|drew)\s+(?:on|down)\s+)?(?:a|an)\s+" + g(60) + rf"\b(?:{LOAN}|(?:debt|credit|loan)\s+line|revolver)\s+(?:with|from)\s+{{A}}"), "lends_to", "ab"),
    # "X (the "Company"), through Y, its operating partnership, entered into a Membership Interest Purchase Agreement with Z to acquire
    # all of the membership interests of W": the company acquires (Z only sells), and Y is its own
    (_pattern(r"{A}(?:(?!⟦\d+⟧\s+(?:has\s+|have\s+)?entered\s+into)[^.;!?]){0,200}?\bentered\s+into\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:purchase|acquisition|merger|contribution)\s+agreement\b[^.;!?]{0,200}?"
              r"\bto\s+(?:acquire|purchase|buy)\s+" + g(60) + r"{B}"), "acquires", "ab"),
    (_pattern(r"{A}[^.;!?⟦]{0,40}?,?\s+through\s+{B},\s+(?:its|a|an)\s+(?:[\w-]+\s+){0,3}?(?:operating\s+partnership|subsidiary|unit|affiliate)\b"),
     "subsidiary_of", "ba"),
    # "Our new Red Mesa region will draw power from Caldera Power & Light": a utility supplies
    (_pattern(r"{B}" + g(60) + r"\b(?:draw|draws|drew|drawing|buy|buys|bought|source|sources|sourced|take|takes|took|purchase|purchases|purchased)\s+"
              r"(?:its\s+|our\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:power|electricity|energy)\s+from\s+{A}"), "supplies", "ab"),
    # "Vireo signed an expanded agreement to run training and inference on Nimbus", "Vireo has committed about $6 billion of spending
    # to Nimbus's cloud", "Vireo AI is the largest lessee of Stratoline capacity": the buyer of compute pays the cloud
    (_pattern(r"{B}" + g(60) + r"\bto\s+(?:run|host|train|serve)\b" + g(60) + r"\bon\s+{A}"), "supplies", "ab"),
    (_pattern(r"{B}" + g(40) + r"\bcommit\w*\s+(?:about\s+|roughly\s+|approximately\s+|nearly\s+)?" + MONEY + r"\s+(?:of\s+)?(?:spending|spend)\s+"
              r"(?:to|on|with)\s+{A}"), "supplies", "ab"),
    (_pattern(r"{B}" + g(20) + r"\b(?:is|was|remains|became)\s+(?:the|a|an|one\s+of\s+the)\s+(?:largest\s+|biggest\s+|main\s+|anchor\s+|second-largest\s+)?"
              r"(?:lessees?|tenants?|customers?|buyers?|offtakers?)\s+(?:of|for|at)\s+{A}"), "supplies", "ab"),
    # "at Harrowgate Data Parks' Loudoun II campus, where we're the anchor tenant": a landlord's site and its tenant
    (_pattern(r"{A}(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,4}?(?:campus|site|facility|building|park|data\s+cent(?:er|re))(?:\s+(?:outside|near|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s+where\s+{B}\s*"
              r"(?:(?:is|are|was|were|'re|’re|'s|’s|remains?)\s+(?:the|an?|one\s+of\s+the)\s+(?:largest\s+|main\s+|anchor\s+|only\s+|sole\s+|first\s+)?"
              r"(?:tenant|lessee|customer|occupant)s?|(?:also\s+)?(?:leases|leased|rents|rented|occupies|has\s+leased|reserved)\s+[\d.,]+\s*(?:MW|megawatts|GW))\b"), "supplies", "ab"),
    # "Kestrel is Veltrix's largest customer"; "Veltrix has agreed to prepay Hanseong Memory $3.2 billion for HBM4E"
    (_pattern(r"{B}\s+(?:is|was|remains|became|has\s+become)\s+(?:also\s+)?{A}(?:'s|’s)\s+(?:single\s+)?(?:largest|biggest|top|main|principal|anchor|second-largest|"
              r"fastest-growing)\s+customer\b"), "supplies", "ab"),
    (_pattern(r"{B}" + g(30) + r"\b(?:prepay|prepays|prepaid|prepaying)\s+{A}\s+(?:about\s+|roughly\s+)?" + MONEY), "supplies", "ab"),
    # "Keystone Office Solutions signed a three-year enterprise agreement to run Folio Signal's predictive-service engine across its
    # fleet": who signs to run, use or deploy another's product buys it
    (_pattern(r"{B}\s+(?:has\s+|have\s+)?(?:signed|entered\s+into|agreed|concluded)\s+(?:a|an|the)\s+[^⟦;.]{0,40}?\b(?:agreement|contract|deal|licen[cs]e)\s+to\s+"
              r"(?:run|use|deploy|license|adopt|install|roll\s+out)\s+{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:engine|software|platform|system|suite|tools?|models?|"
              r"applications?|service|solution|technology|products?)\b"), "supplies", "ab"),
    # "Every one of our new halls also runs Corvane switch silicon": what a buyer runs, its maker sold
    (_pattern(r"{B}" + g(40) + r"\b(?:runs|run|running)\s+(?:on\s+)?{A}(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:silicon|GPUs?|chips?|accelerators?|servers?|switches|hardware|"
              r"systems|processors?)\b"), "supplies", "ab"),
    # "the Company will lease all three buildings back to Orison": the landlord supplies its tenant
    (_pattern(r"{A}" + g(40) + r"\b(?:will\s+)?(?:lease|leases|leased|sublease|subleases|subleased|rent|rents|rented)\s+(?!from\b)" + g(60) + r"\b(?:back\s+)?to\s+{B}"),
     "supplies", "ab"),
    # "Nahrain Digital agreed to pay $1.05 billion for a 35% stake in X"
    (_pattern(r"{A}" + g(40) + r"\b(?:agreed\s+to\s+pay|will\s+pay|paid|pays|is\s+paying)\s+(?:about\s+|roughly\s+|approximately\s+)?" + MONEY
              + r"\s+(?:(?:last|this|in\s+the)\s+\w+\s+)?for\s+(?:a|an|its|the)\s+(?:[\d.]+\s?%\s+|minority\s+|majority\s+)*(?:stake|interest|equity\s+stake|shareholding)\s+in\s+(?:the\s+)?{B}"), "invests_in", "ab"),
    # "In September it agreed to put $3 billion into Northlight AI"
    (_pattern(r"{A}" + g(40) + r"\b(?:put|puts|putting|pumped|pumps|poured|pours|plowed|sank|sinks)\s+(?:another\s+|an?\s+additional\s+|about\s+|roughly\s+)?"
              + MONEY + r"\s+(?:of\s+(?:equity|capital|its\s+own\s+money)\s+)?into\s+{B}"), "invests_in", "ab"),
    # "Corvane and Pallas signed a multi-year agreement to co-design future accelerators"
    (_pattern(r"{A}\s+(?:and|&)\s+{B}\s+(?:have\s+|had\s+)?(?:signed|sign|entered\s+into|struck|announced)\b" + g(40)
              + r"\b(?:agreement|deal|memorandum|pact|partnership)\s+to\s+(?:co-develop|jointly|co-design|collaborate|partner|co-engineer|co-build|develop\s+jointly)"),
     "partners_with", "ab"),
    (_pattern(r"{B}" + g(60) + r"\b(?:signed|signs|entered into|awarded|agreed)\b" + g(80)
              + r"(?<!co-development )(?<!development )(?<!collaboration )(?<!cooperation )(?<!partnership )(?<!licensing )(?<!license )(?<!research )"
              r"\b(?:contract|agreement|deal|order|commitment)\b" + g(30)
              + r"\bwith\s+{A}(?!" + g(40) + r"\b(?:co-develop|jointly|co-design|collaborat|partner))" + g(40) + r"\bfor\b"), "supplies", "ab"),
    (_pattern(r"(?<!\bwith\s)(?<!\bfrom\s)(?<!\(“)(?<!\(\")(?<!（“){A}" + g(60) + r"\b(?:acquire[sd]?|to acquire|acquiring|takeover of|acquisition of|to buy|agreed to buy|buys|buying|bought)\s+(?:all of\s+|a majority of\s+|(?:all|100\s?%)\s+of\s+(?:the\s+)?(?:outstanding\s+|issued\s+)?(?:equity|shares|stock|capital\s+stock|membership\s+interests?|interests?)(?:\s+interests?)?\s+(?:of|in)\s+)?{B}(?!(?:'s|’s)?\s+" + PRODUCT + ")"),
     "acquires", "ab"),
    (_pattern(r"{A},?\s+(?:a|an)\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division)\s+of\s+{B}"), "subsidiary_of", "ab"),
    # "guaranteed by ⟦a⟧ and ⟦c⟧, each a wholly owned subsidiary of ⟦b⟧": each of the two
    (_pattern(r"{A}\s+and\s+⟦\d+⟧,?\s+each\s+(?:a|an)\s+(?:(?:wholly[- ]owned|indirect|direct),?\s+)*(?:subsidiary|unit)\s+of\s+{B}"), "subsidiary_of", "ab"),
    (_pattern(r"⟦\d+⟧\s+and\s+{A},?\s+each\s+(?:a|an)\s+(?:(?:wholly[- ]owned|indirect|direct),?\s+)*(?:subsidiary|unit)\s+of\s+{B}"), "subsidiary_of", "ab"),
    # "The Borrower is a bankruptcy-remote special purpose vehicle and a wholly owned subsidiary of the Parent"
    (_pattern(r"{A}" + g(20) + r"\b(?:is|became|has\s+become|remains|remained|continued\s+to\s+be|continues\s+to\s+be)\s+(?:now\s+|also\s+|currently\s+)?(?:(?:a|an)\s+[^⟦;,]{0,80}?\s+and\s+)?(?:a|an)\s+(?:wholly[- ]owned\s+|(?:in)?direct\s+)*subsidiary\s+of\s+{B}"), "subsidiary_of", "ab"),
    (_pattern(r"{A}" + g(40) + r"\b(?:sells?|sold|supplies|supplied|ships?|shipped)\s+{B}\s+(?:⟦\d+⟧\s+)?" + g(40) + PRODUCT), "supplies", "ab"),  # "we sell X our engines"
    # "Meridian Cloud remains Lumenfold's largest outside shareholder, with roughly 27%, and still rents it most of the compute"
    (_pattern(r"{A}" + g(60) + r"{B}(?:'s|’s)?[^⟦.;!?]{0,80}?\band\s+(?:still\s+|also\s+)?(?:rents|leases|sells|supplies|provides)\s+(?:it|them)\s+"
              + g(40) + PRODUCT), "supplies", "ab"),
    # "The Company has entered into a power supply agreement under which Voltaic Grid Systems will deliver and operate …"
    (_pattern(r"{B}" + g(60) + r"\b(?:agreement|contract)\s+(?:under|pursuant\s+to)\s+which\s+{A}\s+(?:will\s+|shall\s+|agreed\s+to\s+|agrees\s+to\s+|is\s+to\s+)?"
              r"(?:deliver|supply|provide|sell|build|manufacture|install|host)"), "supplies", "ab"),
    # "Meridian Cloud qualified our 800G DR8 module": a buyer qualifies or adopts what it will buy
    (_pattern(r"{B}" + g(20) + r"\b(?:has\s+)?(?:qualified|adopted|selected|designed\s+in)\s+{A}(?:'s|’s)?\s+(?:[\w.-]+\s+){0,4}?" + PRODUCT), "supplies", "ab"),
    # "We also started volume shipments to Kestrel Cloud"
    (_pattern(r"{A}" + g(40) + r"\b(?:started|starts|began|begins|commenced|initiated|ramped|resumed)\s+(?:[\w-]+\s+){0,2}?(?:shipments|deliveries)\s+"
              r"(?:of\s+[^⟦.;]{0,40}?)?to\s+(?:the\s+)?{B}"), "supplies", "ab"),
    # "Lightlink Photonics, which builds the bulk of our 800G and 1.6T volume": who builds our products supplies us
    (_pattern(r"{A},\s+which\s+(?:builds|manufactures|assembles|makes|produces|fabricates|packages|supplies)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?{B}(?:'s|’s)?\s(?!(?:[\w-]+\s+)?(?:industry|sector|market|peers|competitors)\b)"),
     "supplies", "ab"),
    # "the Parent provides 4,096 dedicated GPUs to Dunmore"; "equipment acquired by the Borrower from Orrinth"
    (_pattern(r"{A}\s+(?:will\s+|to\s+|also\s+)?(?:provides?|provided|providing|supplies|supplied|delivers?|delivered|sells?|sold|leases?|leased)\s+"
              r"(?:[\w,.$-]+\s+){0,4}?" + PRODUCT + r"\s+(?:to|for)\s+(?:the\s+)?{B}"), "supplies", "ab"),
    # "Other participants in our Series B and Series C financings included Halvorsen Media Group, Inc. and Ashgrove Ventures"
    (_pattern(r"\b(?:participants|investors)\s+in\s+{B}(?:'s|’s)?\s+(?:[\w-]+\s+){0,6}?(?:financings?|rounds?|offerings?|raises?)\s+(?:also\s+)?(?:included|include|were|are)\s+{A}"),
     "invests_in", "ab"),
    # "Lumora Autonomy remains Keelhaven's largest lessee": the lessor supplies its lessee (a tenant, a licensee)
    (_pattern(r"{B}\s+(?:remains|remained|is|was|became|has\s+become)\s+(?:also\s+)?{A}(?:'s|’s)\s+(?:largest|biggest|second-largest|main|principal|anchor|key|first)?\s*"
              r"(?:lessee|tenant|licensee|offtaker)\b"), "supplies", "ab"),
    # "We have a non-cancelable cloud compute commitment with Nimbral Compute, Inc.": the committed buyer buys from the other party
    (_pattern(r"{B}\s+(?:have|has|had|entered\s+into)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:cloud|compute|capacity|GPU|purchase|supply|inference)\s+(?:[\w-]+\s+)?"
              r"(?:commitment|obligation)\s+with\s+{A}"), "supplies", "ab"),
    # "Halvorsen Microsystems standardized its entire digital implementation flow on Veridian this quarter": the tools' maker sells them
    (_pattern(r"{B}\s+(?:has\s+|have\s+)?(?:standardi[sz]ed|standardi[sz]es|moved|migrated)\s+(?:its|their)\s+(?:[\w-]+\s+){0,5}?(?:on|to)\s+{A}"), "supplies", "ab"),
    # "Brightwater … doubled its token-based license pool with us", "Tarn … renewed and expanded its subscription, adding our … suite"
    (_pattern(r"{B}" + g(60) + r"\b(?:renewed|expanded|extended|doubled|increased|tripled)(?:\s+and\s+(?:renewed|expanded|extended|doubled|increased))?\s+"
              r"(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:subscriptions?|licen[cs]es?|licen[cs]e\s+pool|seats|commitment)\b(?:\s+with\s+|[^⟦.;]{0,12}?\b(?:adding|with)\s+){A}"),
     "supplies", "ab"),
    # "our digital and custom flows were certified for Orinoco's N2 process", "Quillon's … IP has been silicon-proven on Orinoco Foundry's N3"
    (_pattern(r"{A}(?:'s|’s)?\s+(?:[\w,-]+\s+){0,6}?(?:flows?|tools?|IP|cores?|software|libraries|PDKs?)\s+(?:were|was|are|is|have\s+been|has\s+been)\s+"
              r"(?:now\s+)?(?:certified|qualified|validated|silicon-proven|proven)\s+(?:for|on)\s+{B}"), "partners_with", "ab"),
    # "Pellucid Sensing, Inc. integrates our Corvid edge processor in its long-range lidar units": the maker of the part supplies it
    (_pattern(r"{B}\s+(?:also\s+|now\s+)?(?:integrates|integrated|incorporates|incorporated|embeds|embedded|designs\s+in|designed\s+in)\s+{A}(?:'s|’s)?\s+"
              r"(?:[\w-]+\s+){0,3}?(?:processors?|chips?|SoCs?|modules?|sensors?|accelerators?|cores?|IP|controllers?|components?|parts?|NPUs?|GPUs?)\b"), "supplies", "ab"),
    # "We hold a 40% membership interest in Overpass, and Castellan holds the remaining 60%": the other holder of the same company
    (_pattern(r"\b(?:interest|stake|shares|equity)\s+in\s+{B}" + g(20) + r",?\s+(?:and|while|with)\s+{A}\s+(?:holds|owns|held|owned)\s+the\s+(?:remaining|other|balance)\b"),
     "owns_stake_in", "ab"),
    # "Quillstone's attribution engine is used today by Brightfold Music Group and …": who makes the product supplies its users
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:engine|platform|software|tools?|models?|APIs?|service|cloud|chips?|suite|technology|"
              r"data(?:set)?s?|archive|library|content)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|today\s+|already\s+|currently\s+)?"
              r"(?:used|deployed|licensed|relied\s+(?:up)?on)\s+(?:today\s+|now\s+)?by\s+{B}"), "supplies", "ab"),
    # "We've used Quillstone's attribution engine for about a year": the user buys
    # "Lantu Electronics licenses a Mandarin-English version of Parlance's model for its glasses"
    # ("Papyrus Audio, the audiobook publisher, licenses Tunewright's scoring engine")
    (_pattern(r"{B}(?:,\s+(?:the|a|an)\s+[^⟦,;]{1,60},)?\s*(?:have\s+|has\s+|'ve\s+|’ve\s+)?(?:also\s+)?(?:used|uses|deployed|deploys|licensed|licenses|licences|relied\s+on|relies\s+on)\s+"
              r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:version|edition|variant|build|copy|port)\s+of\s+)?{A}(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?"
              r"(?:engine|platform|software|tools?|models?|APIs?|service|cloud|chips?|suite|technology|data(?:set)?s?|archive|library|content|assistant|analytics|forecasting)\b"),
     "supplies", "ab"),
    # "Lumora Optics, whose Frame 2 glasses run Parlance's assistant", "Lumora's glasses run on Parlance's models": the product's maker buys
    (_pattern(r"{B}(?:,\s+whose|(?:'s|’s))\s+(?:[\w-]+\s+){0,3}?(?:glasses|devices?|phones?|handsets?|products?|apps?|assistants?|cars?|vehicles?|headsets?|robots?|"
              r"services?|platforms?|wearables?|earbuds?|PCs?|laptops?)\s+(?:also\s+|now\s+|all\s+)?(?:run|runs|ran|rely|relies|relied|depend|depends|are\s+built|is\s+built)\s+"
              r"(?:on\s+)?{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:assistant|models?|chips?|processors?|software|platform|engine|cloud|operating\s+system|OS|stack)\b"), "supplies", "ab"),
    # "the archive license it granted to Vantor Labs", "a licence Halvorsen granted to Vantor": the licensor supplies the licensee
    (_pattern(r"licen[cs]es?\s+(?:that\s+|which\s+)?{A}\s+(?:has\s+|had\s+)?granted\s+(?:to\s+)?{B}"), "supplies", "ab"),
    # "Halcyra grants the Company a non-exclusive, worldwide license to deploy …": the licensor supplies the licensee
    (_pattern(r"{A}\s+(?:grants?|granted|will\s+grant|has\s+granted|agreed\s+to\s+grant)\s+(?:to\s+)?{B}\s+(?:a|an|the)\s+(?:[\w,-]+\s+){0,5}?licen[cs]e\b"), "supplies", "ab"),
    # "The Company will pay Halcyra minimum annual license fees of $45 million": who is paid fees supplies the payer
    # ("Hongshuo licenses BuildingOS Edge for embedding in its sensors, paying Lumenroof a per-device royalty")
    # ("Tembusu, which clears its flow through us, was again our largest member and paid us S$9.4 million in clearing fees")
    (_pattern(r"{B}(?:\s+(?:will\s+|shall\s+|agreed\s+to\s+|agrees\s+to\s+|also\s+)?(?:pay|pays|paid)|\s+[^⟦;.]{0,120}?,\s+paying|(?:[^⟦;.]|⟦\d+⟧){0,160}?\band\s+(?:also\s+)?(?:paid|pays))\s+{A}\s+(?:a\s+|an\s+)?(?:[\w$.,-]+\s+){0,7}?"
              r"(?:fees?|royalt(?:y|ies)|subscriptions?|rent|charges)\b"), "supplies", "ab"),
    # "Cablemar signed a five-year licensing deal with Nasdaq-listed Northvale Analytics for its churn-prediction software": the licensor
    # whose product it is supplies the licensee
    (_pattern(r"{B}\s+(?:has\s+|also\s+)?(?:signed|struck|inked|agreed|entered\s+into)\s+(?:a|an)\s+[^⟦.;]{0,40}?\blicen[cs](?:ing|e)\s+(?:deal|agreement|contract)\s+"
              r"with\s+(?:[\w-]+\s+){0,2}?{A}\s+for\s+(?:its|their)\b"), "supplies", "ab"),
    # "Shanghai Huanlian Carbon Asset Management supplied roughly 38% of Engadin's credits": a share of what a company buys
    (_pattern(r"{A}\s+(?:also\s+)?supplied\s+(?:roughly\s+|about\s+|approximately\s+|some\s+|around\s+|nearly\s+|almost\s+)?[\d.]+\s?%\s+of\s+{B}(?:'s|’s)"), "supplies", "ab"),
    # "Samirvega has placed a 450 MW order with Skagerhavn Wind Systems India": the one an order is placed with sells
    (_pattern(r"{B}\s+(?:has\s+|had\s+|also\s+)?placed\s+(?:a|an|its|their)\s+[^⟦.;]{0,40}?\border\s+with\s+{A}"), "supplies", "ab"),
    # "Our GPU capacity sits with Trivikram DataCloud, which bills us about ₹22 crore a year": who bills a company sells to it
    (_pattern(r"{A},?\s+which\s+(?:bills|charges|invoices)\s+{B}"), "supplies", "ab"),
    # "Our most important external supplier of key starting materials is Hubei Xinrun Chemical Co., Ltd."
    (_pattern(r"^\W*{B}\s+(?:[\w-]+\s+){0,4}?(?:supplier|vendor|source|provider)\s+(?:of\s+[^⟦.;]{0,60}?\s+)?(?:is|was|remains|has\s+been)\s+{A}"), "supplies", "ab"),
    # "Sales by Negev Generica USA Inc. to Wellspring Pharmacy Services, Inc. represented approximately 17% of …"
    (_pattern(r"\b(?:sales|revenues?|shipments)\s+(?:by|from)\s+{A}\s+to\s+{B}"), "supplies", "ab"),
    # "Kestrel does not run its own wet lab; instead it pays Zhejiang Jinghua Pharmaceutical to carry out crystallisation screens"
    (_pattern(r"{B}[^⟦.]{0,80}?\b(?:it|they)\s+(?:now\s+|also\s+)?pays\s+{A}\s+to\s+(?!(?:buy|acquire|purchase|settle|repay|redeem)\b)[a-z]{3,}"), "supplies", "ab"),
    # "In 2024 Lusalar paid EUR 2.1 million in licence and hosting fees to SomnaGrid, Inc.": whom the fees are paid to supplies the payer
    (_pattern(r"{B}\s+(?:has\s+|also\s+|will\s+)?(?:paid|pays|pay)\s+(?:[^⟦;.]|\.(?=\d)){0,60}?\b(?:fees?|royalt(?:y|ies)|subscriptions?|rent|charges)\s+to\s+{A}"), "supplies", "ab"),
    # "… at Veenhof's pilot plant, for which it pays Veenhof roughly €1.4 million a year": what is paid for is bought
    (_pattern(r"\bfor\s+(?:which|this|that|it|them)\s+{B}\s+(?:pays|paid|will\s+pay|is\s+paying)\s+{A}\s+" + _ABOUT + MONEY), "supplies", "ab"),
    # "Daeseong Fuel Services … booked KRW 12.3 billion of revenue from Yeongnam's refuelling outages": who earns revenue from a company sells to it
    (_pattern(r"{A}" + g(80) + r"\b(?:booked|books|recogni[sz]ed|earned|earns|generated|generates)\s+(?:[^⟦;.]|\.(?=\d)){0,40}?\b(?:revenues?|sales|fees)\s+from\s+{B}"),
     "supplies", "ab"),
    # "Calcéide's wellfield analytics product, Lixia, is already used by Saryarka Atom Resources": what a maker's product is used by, it sells
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?(?:products?|software|platforms?|systems?|tools?|apps?|services?|solutions?|models?|lines|machines|equipment|"
              r"technology|cameras|sensors|robots|devices)(?:,\s+(?:[^⟦,;]|⟦\d+⟧){1,30},)?\s+"
              r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:already\s+|now\s+|also\s+|being\s+)?(?:used|deployed|run|licensed|installed|in\s+use)\s+(?:by|at|in)\s+"
              # ("… are already in use at Brinkhorst and, since 2024, at the Chapecó and Toledo plants of poultry processor Avícola Campos Verdes")
              r"(?:(?:[^⟦;.]|⟦\d+⟧){0,80}?\b(?:plants?|sites?|facilit(?:y|ies)|lines?|farms?|mills?)\s+of\s+(?:[\w-]+\s+){0,4}?)?{B}"),
     "supplies", "ab"),
    # "Aralsk already runs a paid pilot for Orvanne Enrichissement Sud": a paid pilot is a sale
    (_pattern(r"{A}\s+(?:already\s+|also\s+|now\s+)?(?:runs|ran|is\s+running|operates|has\s+run)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?(?:paid|commercial)\s+"
              r"(?:pilot|trial|deployment|proof[- ]of[- ]concept)\s+(?:for|with|at)\s+{B}"), "supplies", "ab"),
    # "In Galilsense's US$18 million Series B extension, Cedarline Compute invested US$5 million": the round named first, then who put money in
    (_pattern(r"^\W*In\s+{B}(?:'s|’s|['’])\s+(?:[^⟦,;]|\.(?=\d)){0,60}?\b(?:round|Series\s+[A-H]\d?|extension|financing|raise|placement)\b[^⟦,;]{0,20},\s+{A}\s+"
              r"(?:also\s+)?(?:invested|put\s+in|committed|contributed|led|co-led|anchored|joined|participated)\b"), "invests_in", "ab"),
    # "the fees we pay Harbourpeak are tied to temperature compliance": whom a company pays fees sells to it
    (_pattern(r"\b(?:the|any|all)\s+(?:[\w-]+\s+){0,2}?(?:fees?|charges|royalt(?:y|ies)|rent)\s+(?:that\s+)?{B}\s+(?:pay|pays|paid|owe|owes)\s+{A}"), "supplies", "ab"),
    # "Meridian Apron, for its part, charges Strait Vision for access to its apron camera estate": who charges sells
    # ("Haiyue Bioenergy charters and operates the vessels that carry Rimba's pellets, billing Rimba roughly US$11m a year")
    (_pattern(r"{A}(?:\s*\([^()]{0,30}\))?(?:,\s+[^⟦;,]{1,40},)?\s+(?:also\s+|now\s+)?(?:charges|charged|bills|billed|invoices|invoiced)\s+{B}\s+(?:for|a|an|about|roughly|some|around|approximately|[$€£¥]|[A-Z]{1,2}\$|\d)"),
     "supplies", "ab"),
    (_pattern(r"^[^⟦]*{A}(?:\s*\([^()]{0,30}\))?\s+[^;]{0,150}?,\s+(?:billing|charging|invoicing)\s+{B}\s+(?:for|a|an|about|roughly|some|around|approximately|[$€£¥]|[A-Z]{1,2}\$|\d)"),
     "supplies", "ab"),
    # "Our largest North American contract remains the retrofit programme for Keystone Residential REIT": work done for a customer
    (_pattern(r"{A}(?:'s|’s)?\s+(?:largest|biggest|main|principal|second-largest|most\s+important)\s+(?:[\w-]+\s+){0,3}?(?:contract|engagement|project|account)\s+"
              r"(?:is|remains|was|has\s+been)\s+(?:still\s+)?(?:the|a|an)\s+(?:[\w$.,-]+\s+){0,5}?(?:programme|program|project|contract|rollout|roll-out|retrofit|"
              r"deployment|engagement|build-?out|installation)\s+for\s+{B}"), "supplies", "ab"),
    # "Quillmont … today announced a multi-year agreement to license …'s models and a $250 million strategic investment from Orrenfield"
    (_pattern(r"{B}[^.;!?]{0,160}?\b(?:announced|announces|secured|secures|received|receives|closed|closes)\b[^.;!?]{0,160}?\b(?:a|an)\s+(?:[\w$.,-]+\s+){0,5}?"
              r"(?:strategic\s+|equity\s+|minority\s+)*investment\s+from\s+{A}"), "invests_in", "ab"),
    # a fund's letter: "We also own Dayrun Computer (6741 TT), a 3.2% position"
    (_pattern(r"{A}\s+(?:also\s+|still\s+|now\s+)?(?:own|owns|owned|hold|holds|held)\s+(?:shares\s+(?:of|in)\s+)?{B}(?:\s*\([^()]{0,30}\))?,\s+(?:now\s+)?(?:a|an)\s+[\d.]+\s?%\s+"
              r"(?:position|stake|holding|weighting)\b"), "owns_stake_in", "ab"),
    # "In July we committed US$40 million of the Fund's credit sleeve to Harrowgate Credit Partners, L.P.": money put into a fund
    (_pattern(r"{A}\s+(?:also\s+|have\s+|has\s+)?(?:committed|allocated)\s+(?:US|HK|S|A|C)?[$€£][\d.,]+\s?(?:billion|million|bn|mn|m)?\s+of\s+(?:the\s+|our\s+|its\s+)?"
              r"(?:⟦\d+⟧(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}?(?:sleeve|allocation|capital|portfolio|book|fund)\s+to\s+{B}"), "invests_in", "ab"),
    # "The Issuer is a Delaware limited liability company and a wholly-owned, bankruptcy-remote special purpose subsidiary of X"
    (_pattern(r"{A}\s+is\s+(?:a|an)\s+[^⟦.;]{0,80}?\band\s+(?:a|an)\s+(?:[\w,-]+\s+){0,5}?(?:subsidiary|affiliate)\s+of\s+{B}"), "subsidiary_of", "ab"),
    # "Sablecrest will provide Veridane with 18,000 dedicated inference accelerators"
    (_pattern(r"{A}\s+(?:will\s+|to\s+|also\s+|shall\s+)?(?:provides?|provided|providing|supply|supplies|supplied)\s+(?:the\s+)?{B}\s+with\s+(?:[\w,.$-]+\s+){0,5}?" + PRODUCT),
     "supplies", "ab"),
    # "The Company issued 1.0% convertible notes to Amagiri Holdings K.K.": the holder of a convertible note invests, of a plain one lends
    (_pattern(r"{B}\s+(?:has\s+|had\s+)?(?:issued|sold|placed)\s+(?:[\w.%$,-]+\s+){0,6}?(?:convertible|exchangeable)\s+(?:senior\s+)?(?:promissory\s+)?notes?\s+"
              r"(?:due\s+(?:in\s+)?\d{4}\s+)?to\s+{A}"), "invests_in", "ab"),
    (_pattern(r"{B}\s+(?:has\s+|had\s+)?(?:issued|sold|placed)\s+(?:(?!convertible|exchangeable)[\w.%$,-]+\s+){0,6}?(?:promissory\s+)?notes?\s+"
              r"(?:due\s+(?:in\s+)?\d{4}\s+)?to\s+{A}"), "lends_to", "ab"),
    (_pattern(r"\b(?:acquired|purchased|bought|procured|leased|ordered)\s+by\s+{B}\s+from\s+{A}"), "supplies", "ab"),
    # securities bought from the issuer: "Sahra agreed to purchase 600,000 shares of the Company's preferred stock",
    # "the Company entered into a Securities Purchase Agreement with Sahra"
    (_pattern(r"{A}" + g(30) + r"\b(?:purchas\w*|buy|buys|bought|acquir\w*|subscrib\w*\s+(?:for|to))\s+(?:up\s+to\s+)?[\d,.]+\s+(?:million\s+)?"
              r"(?:shares|units|preferred\s+shares)\s+of\s+(?:the\s+)?{B}"), "invests_in", "ab"),
    (_pattern(r"{B}" + g(30) + r"\b(?:entered\s+into|signed|executed)\s+(?:a|an)\s+(?:securities\s+purchase|stock\s+purchase|share\s+subscription|"
              r"subscription|investment)\s+agreement\s+with\s+{A}"), "invests_in", "ab"),
    # "X purchases electricity for its sites under long-term supply agreements with Y": the buyer acts
    (_pattern(r"{B}" + g(10) + r"\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|procure[sd]?|sources?|sourced)\b" + g(100)
              + r"\b(?:agreements?|contracts?|arrangements?|PPAs?)\s+with\s+(?:the\s+)?{A}"), "supplies", "ab"),
    # "Our revolving credit facility with Nordfjord Bank was upsized": the bank lends to its owner
    (_pattern(r"{B}" + g(30) + r"\b(?:revolving\s+)?(?:credit\s+facility|credit\s+line|term\s+loan|loan\s+facility|revolver|revolving\s+facility)\s+"
              r"(?:agreement\s+)?with\s+(?:the\s+)?{A}"), "lends_to", "ab"),
    # "X, a wholly owned special purpose subsidiary of Y"; "Rimal is the infrastructure arm of Sadeem"
    # ("SYT America, the U.S. arm of Taiwanese manufacturer Songyue Technology")
    (_pattern(r"{A}(?:\s+(?:Series\s+)?\d{4}-[\w]{1,4})?,?\s+(?:now\s+)?(?:a|an|the)\s+(?:[\w.-]+\s+){0,4}?(?:subsidiary|unit|division|arm|affiliate)\s+of\s+(?:(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)|[a-z][\w-]*|[A-Z][\w]+-(?:listed|based))\s+){0,3}?{B}"),
     "subsidiary_of", "ab"),
    # "X, a Delaware limited liability company and an indirect wholly owned subsidiary of Y"
    (_pattern(r"{A},\s+(?:a|an)\s+(?:[\w-]+\s+){1,5}?(?:and|&)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:subsidiary|unit|affiliate)\s+of\s+{B}"),
     "subsidiary_of", "ab"),
    # "HAP operates Hanseong's lines and will remain a consolidated subsidiary of Hanseong Memory": a company named in the possessive
    # between them is what the subject runs, not a subject
    (_pattern(r"{A}(?:" + g(40) + r"⟦\d+⟧(?:'s|’s))?" + g(60) + r"\b(?:is|was|remains|(?:will|would|shall)\s+(?:remain|be|become))\s+(?:the|a|an)\s+"
              r"(?:[\w-]+,?\s+){0,4}?(?:subsidiary|unit|division|arm)\s+of\s+{B}"), "subsidiary_of", "ab"),
    # "Ironbark leased us 410 MW of critical IT capacity": the one that leases (or sells) a company something supplies it
    (_pattern(r"{A}" + g(30) + r"\b(?:leased|leases|rented|rents|sold|sells)\s+{B}\s+(?:an?\s+(?:additional\s+|further\s+)?)?(?:another\s+)?"
              r"(?:[\d.,]+\s*(?:MW|megawatts|GW|gigawatts|GPUs|racks|servers|systems|accelerators)\b|(?:US)?[$€£]\s?[\d.,])"), "supplies", "ab"),
    # "The REIT is paying HarborMind Robotics about S$35 million to retrofit three of its warehouses": paid for work
    (_pattern(r"{B}(?:,\s+(?:in\s+turn|meanwhile|too|also),)?\s+(?:is\s+|are\s+|was\s+|were\s+|will\s+be\s+)?(?:paying|pays|paid|will\s+pay)\s+{A}(?:,\s+(?:a|an|the|its)\s+[^⟦,;]{1,60},)?\s+(?:(?:an?\s+)?(?:royalty|fee|licen[cs]e\s+fee|subscription)\b|"
              r"per\s+(?:API\s+)?(?:call|token|seat|user|unit|query|request|pick)\b|(?:an?\s+)?(?:about\s+|approximately\s+|roughly\s+|some\s+|estimated\s+|at\s+least\s+|up\s+to\s+|more\s+than\s+)?"
              r"(?:(?:US|S|HK|A|C|NT|NZ|R|MX)?[$€£¥]|(?:EUR|USD|GBP|SGD|HKD|RMB|CNY|JPY|DKK|CHF|BRL)\s?)\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+(?:a\s+year\s+|annually\s+|per\s+year\s+|over\s+[\w-]+\s+years?\s+)?"
              r"(?:to\s+(?!buy\b|acquire\b|purchase\b|repay\b|settle\b)[a-z]+|for\s+(?!(?:its|their|the|a|an)\s+(?:[\w.-]+%?\s+)?(?:stake|shares|interest|equity|units)\b)|(?:in\s+)?(?:rent|fees|royalties|licen[cs]e\s+fees)\b|[.;,]|$))"), "supplies", "ab"),
    # "HarborMind Robotics, for which Kestrel forwards robots from Asian assembly sites": work done for a customer
    (_pattern(r"{B},\s+for\s+(?:which|whom)\s+{A}\s+(?:now\s+|also\s+)?(?:forwards|ships|makes|builds|assembles|manufactures|handles|hosts|runs|operates|designs|supplies|packages|delivers|provides)\b"), "supplies", "ab"),
    # "Noordkade itself went live in September with OrbisRoute's berth-window planner": the maker's product
    (_pattern(r"{B}\s+(?:itself\s+|also\s+)?went\s+live\s+(?:[^⟦;]{0,30}?\s)?with\s+{A}(?:'s|’s|'|’)"), "supplies", "ab"),
    # "In September we signed a five-year contract with Western Plains Interconnection Operator to run our GridSight load … models"
    (_pattern(r"{A}\s+(?:signed|entered\s+into|won|were\s+awarded)\s+[^⟦;]{0,40}?\b(?:contract|agreement|deal)\s+with\s+{B}\s+to\s+(?:run|deploy|provide|supply|deliver|operate|host|use)\s+(?:our|its|their|⟦\d+⟧)\s"),
     "supplies", "ab"),
    # "Zhiqi's US$40 million LP commitment to Tollgate Asia Credit Fund II", "HM Ventures' $85 million Series B lead in Ledgerlight"
    (_pattern(r"{A}(?:'s|’s|'|’)\s+(?:(?:US|S|HK|A|C)?[$€£¥]|(?:EUR|USD|RMB|HKD|GBP)\s?)\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+"
              r"(?:(?:LP|capital|fund)\s+commitment\s+to|(?:Series\s+[A-H]\d?|seed|growth|pre-IPO)\s+(?:round\s+)?(?:lead|investment|stake|cheque|check)\s+in)\s+{B}"), "invests_in", "ab"),
    # "Meridian Cortex's S-1 discloses a $1.2 billion minimum compute commitment to Stratocore Cloud through 2029": the buyer's commitment
    (_pattern(r"{B}" + g(40) + r"\b(?:minimum\s+|multi-year\s+)?(?:compute|cloud|capacity|GPU|spending|spend)\s+(?:purchase\s+)?commitments?\s+(?:to|with)\s+{A}"), "supplies", "ab"),
    # "Lumeris signed a take-or-pay deal with Nordhavn": the buyer commits to pay for compute
    (_pattern(r"{B}" + g(40) + r"\b(?:signed|signs|entered\s+into|struck|inked)\s+(?:a|an|(?:⟦\d+⟧|its|their)(?:\s+own)?)\s+(?:[\w$.,-]+\s+){0,4}?"
              r"(?:[\w]+-)?(?:take-or-pay|compute|capacity|cloud|offtake|colocation|GPU|API|inference)\s+(?:[\w-]+\s+)?(?:deal|agreement|contract|commitment)\s+with\s+{A}"
              # (unless the sentence says the other party buys: "…, under which Parallax committed to purchase $6.3 billion of compute from us")
              r"(?!" + _BUYER_AFTER + ")"), "supplies", "ab"),
    # ("…, under which Lumenfold prepaid $600 million for dedicated access": the other party buys what the first supplies)
    (_pattern(r"{A}" + g(40) + r"\b(?:signed|signs|entered\s+into|struck|inked)\s+(?:a|an|(?:⟦\d+⟧|its|their)(?:\s+own)?)\s+(?:[\w$.,-]+\s+){0,4}?"
              r"(?:[\w]+-)?(?:take-or-pay|compute|capacity|cloud|offtake|colocation|GPU|API|inference)\s+(?:[\w-]+\s+)?(?:deal|agreement|contract|commitment)\s+with\s+{B}"
              r"(?=" + _BUYER_AFTER + ")"), "supplies", "ab"),
    # "the renegotiated compute agreement with Stillwater Cloud, under which we committed to $18 million of spend": the committed spender buys
    (_pattern(r"\b(?:take-or-pay|compute|capacity|cloud|hosting|GPU|inference|colocation|licen[cs]e|software|supply)\s+(?:[\w-]+\s+)?(?:deal|agreement|contract)\s+with\s+{A},?\s+"
              r"under\s+which\s+{B}\s+(?:has\s+|have\s+)?(?:committed|commits|agreed|agrees)\s+to\s+(?:(?:purchase|buy|rent|lease|reserve|spend)\b|"
              r"(?:US)?[$€£¥][\d.,]+\s*(?:million|billion|m|bn)?\s+(?:of|in)\s+(?:spend|spending|purchases|usage|consumption)\b)"), "supplies", "ab"),
    # "Larkspur Coachways now provides Tessellate with access to its Wakefield test depot": what one company provides another it sells
    # (a loan provided so is a loan: "provided Fund II with a $1 billion subscription credit facility")
    (_pattern(r"{A}\s+(?:now\s+|also\s+|already\s+)?(?:provides|provided|gives|gave|offers|offered)\s+{B}\s+with\s+"
              r"(?![^⟦;.]{0,60}?\b(?:loans?|facility|credit|financing|funding|capital|line|notes|guarantee)\b)"), "supplies", "ab"),
    # "Saffron Lane has also signed with Tessellate for the empty-seat sweep module": signed with a seller for what it sells
    (_pattern(r"{B}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?signed\s+(?:up\s+)?with\s+{A}\s+for\s+(?:the|a|an|its|their)\s"), "supplies", "ab"),
    # "Jiangsu Hantu paid RMB150 million for newly issued shares in Piaolian": new shares bought are money put in
    (_pattern(r"{A}\s+(?:also\s+)?paid\s+" + _ABOUT + MONEY + r"\s+for\s+(?:newly[- ]issued\s+|new\s+)(?:ordinary\s+|preferred\s+)?(?:shares|stock)\s+(?:in|of)\s+{B}"),
     "invests_in", "ab"),
    # "Banca del Brenta extended to Vetrosa a €120 million sustainability-linked term loan": the object after its receiver
    (_pattern(r"{A}\s+(?:has\s+|had\s+|also\s+)?(?:extended|provided|granted|advanced|made\s+available)\s+to\s+{B}\s+(?:a|an)\s+[^⟦;]{0,80}?"
              r"\b(?:term\s+loan|loan|credit\s+facility|facility|credit\s+line|revolver|bridge\s+loan)\b"), "lends_to", "ab"),
    # "Evermont Memorial Group rolled our Tribute Studio … out to all 212 of its funeral homes": who rolls out a product buys it
    (_pattern(r"{B}\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:rolled|rolls|deployed|deploys)\s+{A}(?:'s|’s)?\s+(?:[\w-]+\s+|⟦\d+⟧\s+){1,6}?out\s+(?:to|across|at|in)\b"), "supplies", "ab"),
    (_pattern(r"{B}\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:rolled|rolls)\s+out\s+{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,4}?(?:software|platform|system|assistant|tools?|app|products?|models?)\b"),
     "supplies", "ab"),
    # "Plotline Maps now runs its AI plot-inventory and grave-finder system at all 38 of Evermont Memorial Group's cemeteries": run for the sites' owner
    (_pattern(r"{A}\s+(?:now\s+|also\s+|already\s+)?(?:runs|operates|has\s+deployed|deploys|has\s+installed|installs|maintains)\s+its\s+(?:[\w-]+\s+){0,6}?"
              r"(?:system|software|platform|tools?|app|service|solution|network|kiosks?)s?\s+(?:at|in|across)\s+(?:all\s+|each\s+of\s+|every\s+one\s+of\s+|most\s+of\s+)?(?:\d+\s+of\s+)?{B}(?:'s|’s)\s"), "supplies", "ab"),
    # "Jingyi renders its avatars on Stillwater Cloud's Tokyo region": whose cloud a company runs its work on sells it the compute
    (_pattern(r"{B}\s+(?:now\s+|also\s+)?(?:renders|runs|hosts|trains|serves|stores|processes)\s+(?:its|their|all\s+of\s+its)\s+(?:[\w-]+\s+){0,4}?on\s+{A}(?:'s|’s)\s+"
              r"(?:[\w-]+\s+){0,2}?(?:region|regions|cloud|servers?|GPUs?|clusters?|infrastructure|platform|data\s+cent(?:er|re)s?)\b"), "supplies", "ab"),
    # "Our $600 million of Norvik Data Centers senior secured notes": a holder of a company's debt lends to it
    (_pattern(r"{A}(?:'s|’s)?\s+(?:US)?\$[\d.,]+\s*(?:billion|million|bn|m)?\s+of\s+{B}(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:notes|bonds|debentures|term\s+loans?)\b"),
     "lends_to", "ab"),
    # "Corvane Compute Funding II LLC, a Corvane subsidiary"
    (_pattern(r"{A},\s+(?:a|an)\s+{B}\s+(?:wholly[- ]owned\s+|special[- ]purpose\s+)*(?:subsidiary|unit|affiliate)\b"), "subsidiary_of", "ab"),
    # "X LLC, a bankruptcy-remote vehicle wholly owned by Y"
    (_pattern(r"{A}(?:[\"”]?\))?,\s+(?:a|an)\s+[^⟦;,.]{0,60}?\b(?:wholly|majority|fully)[- ]owned\s+by\s+{B}"), "subsidiary_of", "ab"),  # '… (the "Borrower"), a …'
    # "We closed the Pellucid acquisition"
    (_pattern(r"{A}" + g(30) + r"\b(?:closed|completed|finalized|announced|consummated)\s+(?:(?:the|its|our)\s+)?(?:\$[\d.,]+\s+(?:billion|million)\s+)?{B}\s+"
              r"(?:acquisition|purchase|takeover|buyout)\b"), "acquires", "ab"),
    # "Hearthline's $22 million purchase of Vantor Analytics adds aerial condition scoring": the company bought (not "X's purchase of
    # Y's chips", nor of Y's shares)
    (_pattern(r"{A}(?:'s|’s)\s+(?:(?:US)?[$€£¥]\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+|proposed\s+|pending\s+|planned\s+|recent\s+)*(?:acquisition|purchase|takeover|buyout)\s+of\s+{B}"
              r"(?!'s|’s|\s+(?:chips|GPUs|accelerators|servers|shares|stock|products|equipment|capacity|systems|hardware|power|stake)\b)"), "acquires", "ab"),
    # "Fund III led FleetMind AI's $120 million Series C with a $55 million cheque, alongside Tandemra Ventures": a co-investor
    (_pattern(r"⟦\d+⟧\s+(?:co-)?led\s+{B}(?:'s|’s)\s+[^⟦;.]{0,60}?\b(?:round|Series\s+[A-H]\d?|financing|raise)\b[^⟦;]{0,60}?\balongside\s+{A}"), "invests_in", "ab"),
    # "Quillon Compute Corp. joined Fund III as a strategic limited partner with a $40 million commitment": money into the fund
    (_pattern(r"{A}\s+(?:also\s+)?(?:joined|entered|came\s+into)\s+{B}\s+as\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:limited\s+partner|LP|investor)\b"), "invests_in", "ab"),
    # "FleetMind is now live on essentially all of Carrowind's U.S. rental fleet", "X went live on Y's platform"
    # (where it runs: another's fleet, sites or stores; but "Wing Yue went live on LoomMind Fabric Planner": the product it went
    # live on is bought)
    (_pattern(r"{A}\s+(?:is|went|goes|has\s+gone|has\s+been)\s+(?:now\s+|already\s+)?live\s+(?:on|at|in|across|with)\s+(?:(?:essentially|nearly|almost|virtually)\s+)?(?:all|most|much|part)?\s*(?:of\s+)?{B}"
              r"(?:'s|’s)\s+(?:[\w.-]+\s+){0,2}?(?:fleets?|stores?|sites?|factories|plants?|vehicles|network|branches|hospitals|clinics|warehouses|dealerships|properties|buildings|lines|mills)\b"), "supplies", "ab"),
    (_pattern(r"{B}\s+(?:is|went|goes|has\s+gone|has\s+been)\s+(?:now\s+|already\s+)?live\s+(?:on|with)\s+{A}(?:'s|’s)?\s+(?:[A-Z][\w-]*\s+){0,3}?"
              r"(?:[A-Z][\w-]*\b|platform|software|system|product|planner|copilot|assistant|suite|app|tools?)"), "supplies", "ab"),
    # "Lumatrek's largest deployment to date, at Veloxa Motors Group, puts its AI assistant …"
    (_pattern(r"{A}(?:'s|’s)\s+(?:largest|biggest|first|latest|newest|flagship)\s+(?:[\w-]+\s+){0,2}?(?:deployment|rollout|roll-out|installation|contract)(?:\s+to\s+date)?,?\s+(?:at|with|for)\s+{B}"), "supplies", "ab"),
    # "Our used-vehicle appraisal tools, powered by Sentrell Analytics, priced …": whose technology runs a product sells it
    (_pattern(r"{B}(?:'s|’s)?\s+(?:[\w-]+\s+){0,4}?(?:tools?|platforms?|software|systems?|products?|assistants?|apps?|engines?|models?|services?|features?|chatbots?)"
              r",?\s+(?:which\s+(?:is|are)\s+|is\s+|are\s+)?(?:now\s+|also\s+)?powered\s+by\s+{A}(?!(?:'s|’s)?\s+(?:own\s+)?(?:rivals?|competitors?))"), "supplies", "ab"),
    # "Neuvista now operates as a wholly owned subsidiary inside Orvane's automotive software unit"
    (_pattern(r"{A}\s+(?:now\s+)?(?:operates|functions|runs|sits)\s+as\s+(?:a|an)\s+(?:wholly[- ]owned\s+|indirect\s+|direct\s+|separate\s+)*(?:subsidiary|unit|division)\s+"
              r"(?:of|inside|within|in|under)\s+{B}"), "subsidiary_of", "ab"),
    # "… our program with Veloxa Motors Group, under which we supply and maintain courtesy vehicles for its service customers"
    (_pattern(r"{A}\s+(?:will\s+|also\s+)?(?:supply|supplies|supplied|provide|provides|provided)\s+and\s+(?:maintain|service|manage|operate|run)s?\s+[^⟦;.]{0,60}?\bfor\s+{B}"), "supplies", "ab"),
    # "Marisol Moda signed a three-year enterprise agreement for our Assortment Copilot": an agreement for another's product buys it
    (_pattern(r"{B}\s+(?:has\s+|also\s+)?(?:signed|entered\s+into|renewed|extended)\s+(?:a|an|its)\s+[^⟦;.]{0,60}?\b(?:agreement|contract|licen[cs]e|subscription|order)\s+for\s+{A}(?:'s|’s)?\s+"
              r"(?!(?:shares|stock|equity|notes|bonds|units|acquisition|purchase)\b)"), "supplies", "ab"),
    # "We are also piloting stitch-level RFID with Fabrisense GmbH under a joint development agreement"
    (_pattern(r"{A}" + g(60) + r"\bwith\s+{B}(?:\s*\([^()]{0,40}\))?\s+under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:joint[- ]development|co-development|collaboration|cooperation|"
              r"partnership|research|co-marketing)\s+agreement"), "partners_with", "ab"),
    # "Wing Yue Garments has rolled out Zhihui's cut-panel inspection stations at its Dongguan plant": whose product is rolled out sells it
    (_pattern(r"{B}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+)?(?:rolled\s+out|deployed|installed|adopted|implemented|standardi[sz]ed\s+on)\s+{A}(?:'s|’s)\s+(?!(?:own\s+)?(?:rival|competitor)s?\b)"), "supplies", "ab"),
    # "Every Falkenau bay now runs fault-code triage software from Obermark Diagnostics": where software comes from, it is sold
    (_pattern(r"{B}(?:'s|’s)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:now\s+|also\s+|already\s+)?(?:runs|uses|run|use|ran|used)\s+(?:[\w-]+\s+){0,4}?(?:software|platforms?|models?|tools|systems?|analytics)\s+"
              r"(?:from|made\s+by|built\s+by|supplied\s+by|developed\s+by)\s+{A}"), "supplies", "ab"),
    # "Tarangini's compound-wear simulator went into production use at Kawamori Rubber"
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:" + _RUNNING_PRODUCT + r"|simulators?|engines?|planners?)\s+(?:went|goes|has\s+gone|is\s+going)\s+(?:live|into\s+(?:[\w-]+\s+)?(?:use|service|operation))\s+(?:at|with)\s+{B}"), "supplies", "ab"),
    # "Mekong Joinery makes upholstered headboards, and most of its output goes to Kiln & Crate"
    (_pattern(r"{A}\s+(?:makes|produces|builds|manufactures|assembles)\b[^⟦.;]{0,80}?,?\s+and\s+(?:most|much|all|half|some|the\s+bulk)\s+of\s+(?:its|their)\s+(?:output|production|volumes?)\s+(?:goes|go|went|is\s+sold|are\s+sold)\s+to\s+{B}"),
     "supplies", "ab"),
    # "Our 12.5% holding in Gangwei Smart Holdings continues to perform well"
    (_pattern(r"{A}(?:'s|’s)?\s+(?:about\s+|roughly\s+)?\d+(?:\.\d+)?\s?%\s+(?:holding|stake|shareholding|equity\s+interest|interest)\s+in\s+{B}"), "owns_stake_in", "ab"),
    # "We won the Thamesmoor Bank estate … under a five-year contract": an account won is a customer
    (_pattern(r"{A}\s+(?:also\s+|have\s+|has\s+)*(?:won|landed|secured)\s+(?:the\s+)?{B}(?:'s|’s)?\s+(?:estate|account|contract|business|tender)\b"), "supplies", "ab"),
    # "Since March 2024 Harrowgate has provided operator verification, keyholding and mobile response for Optiveil"
    (_pattern(r"{A}\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:provided|provides|delivered|delivers|performed|performs)\s+"
              r"(?:(?!financ|fund|capital|loan|credit|guarantee|advi|counsel|opinion|support\b)[\w,-]+\s+){1,8}?for\s+{B}\b"), "supplies", "ab"),
    # "Purchases of integrated facilities management services from Wexcombe Facilities Group plc for the Group's centres"
    (_pattern(r"\b(?:[Pp]urchases|[Pp]ayments)\s+(?:of\s+[^⟦.;]{0,80}?\s+)?from\s+{A}\s+for\s+{B}"), "supplies", "ab"),
    # "We also license the Veil SDK to Shomer Analytics Ltd."
    (_pattern(r"{A}\s+(?:also\s+|now\s+)?(?:license|licenses|licensed|licence|licences)\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,4}?to\s+{B}"), "supplies", "ab"),
    # "Our Veil Edge appliances are manufactured for us on a turnkey basis by Hungying Precision"
    (_pattern(r"\bmanufactured\s+for\s+{B}\s+(?:[^⟦.;]{0,40}?\s+)?by\s+{A}"), "supplies", "ab"),
    # "Obermark also signed Rheinfeld Reifen as its first tyre-maker customer"
    (_pattern(r"{A}\s+(?:also\s+|has\s+|have\s+|now\s+)*(?:signed|added|won|landed|onboarded|signed\s+up)\s+{B}\s+as\s+(?:its|their|our|a|an)\s+(?:[\w-]+\s+){0,3}?(?:customer|client|tenant|licensee)\b"),
     "supplies", "ab"),
    # "We license Treadline Analytics' TreadSight platform to power fitment lookup": the licensor sells
    # ("Arbor Vision signed a three-year agreement to license Norrvik's library of room images")
    (_pattern(r"{B}\s+(?:also\s+|now\s+|currently\s+)?(?:(?:signed|entered\s+into|has\s+signed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|deal)\s+to\s+)?"
              r"(?:license|licenses|licensed|licence|licences|licenced)\s+{A}(?:'s|’s|'|’)\s+(?!(?:own\s+)?(?:rival|competitor)s?\b)(?:[\w-]+\s+){0,3}?"
              r"(?:" + _RUNNING_PRODUCT + r"|engines?|suites?|data(?:sets?)?|librar(?:y|ies)|technology|IP|patents?)\b"), "supplies", "ab"),
    # "Hoshizora Vision trains its models on GPU capacity contracted from Cirrolux Cloud Services"
    (_pattern(r"{B}\s+(?:trains|runs|hosts|serves|trained|ran|hosted)\s+(?:its|their|our)\s+(?:[\w-]+\s+){0,3}?on\s+(?:[\w-]+\s+){0,3}?(?:capacity|compute|GPUs|clusters?|servers|instances)\s+"
              r"(?:contracted|bought|rented|leased|reserved|purchased|sourced)\s+from\s+{A}"), "supplies", "ab"),
    # "联泰商业银行股份有限公司于114年9月核贷予本公司之新台币15亿元中期放款": a bank that grants a loan to a company lends to it
    (_pattern(r"{A}" + zg(20) + r"(?:核贷|核貸|贷放|貸放|拨贷|撥貸)(?:予|给予|给)\s*{B}"), "lends_to", "ab"),
    # "其智能问诊及处方审核系统运行于瀚川算力科技有限公司提供之算力平台": the cloud a company's systems run on sells it the compute
    (_pattern(r"{B}" + zg(80) + r"(?:运行于|部署于|运行在|部署在|依托于?|托管于|托管在)\s*{A}\s*(?:所)?提供(?:之|的)[^⟦。；]{0,10}?(?:算力|云|GPU|服务器|平台|基础设施|机房|数据中心)"),
     "supplies", "ab"),
    # "Kshetra already processes payroll for Werkbrug", "Kshetra PayServe will run payroll and statutory compliance for all 14,200 employees
    # of Meghdoot Cloud Services": a service run for a company is sold to it
    (_pattern(r"{A}\s+(?:already\s+|now\s+|also\s+|will\s+|currently\s+)*(?:processes|process|processed|runs|run|ran|handles|handle|handled|manages|manage|managed|administers|administer)\s+"
              r"(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:payroll|payrolls|payments|logistics|maintenance|IT|HR|recruitment|recruiting|hiring|accounting|bookkeeping|compliance|warehousing|"
              r"billing|claims|cleaning|catering|security|facilities)\b[^⟦;.]{0,60}?\bfor\s+(?:all\s+(?:[\d,]+\s+)?(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
              r"(?:employees|staff|workers|stores|sites|plants|branches)\s+(?:of|at)\s+)?{B}"), "supplies", "ab"),
    # "Halvorsen Digital Health, our … subsidiary, trains and serves RxAssist on GPU capacity it buys from Northgate Cloud Services",
    # "Tomonaga operates RxSentinel on a Tokyo cloud region contracted from Northgate": compute bought from a cloud to run one's work on
    (_pattern(r"{B}" + g(120) + r"\bon\s+(?:[\w-]+\s+){0,4}?(?:capacity|compute|GPUs?|cloud|region|clusters?|servers|instances|infrastructure)\s+"
              r"(?:(?:it|they|we)\s+(?:also\s+)?(?:buys|buy|bought|rents|rent|rented|leases|lease|leased|contracts|contracted|reserves|reserved)|"
              r"(?:that\s+(?:it|they|we)\s+)?(?:contracted|bought|rented|leased|reserved|purchased|sourced))\s+from\s+{A}"), "supplies", "ab"),
    # "Tessaline Labs, whose pharmacist copilot drafts …, runs both training and inference on Northgate Cloud Services": the cloud one's
    # work runs on sells it the compute (and "X said it is building its own models in-house on Northgate's infrastructure")
    (_pattern(r"{B}(?:,\s+[^⟦;]{0,80}?,)?\s+(?:said\s+(?:it|they)\s+)?(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+)?(?:now\s+|also\s+|already\s+)?"
              r"(?:runs|running|trains|training|serves|serving|operates|operating|builds|building|renders|rendering)\s+"
              r"(?!(?:[\w-]+\s+){0,3}?(?:customers|clients|users|ads|adverts|stores|shops|listings)\b)[^⟦;.]{0,60}?\bon\s+{A}"
              r"(?:\s+(?:under|through|via)\b|\s*[,.;]|\s*$|(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:infrastructure|cloud|GPUs?|clusters?|servers|capacity|compute|region|platform)\b)"),
     "supplies", "ab"),
    # ("Porchlight Home has used Arbor Vision's planner since January", "HearthLine will put Arbor Vision's photo-to-plan software in all its stores")
    (_pattern(r"{B}\s+(?:has\s+|have\s+|had\s+|will\s+)?(?:also\s+|now\s+)?(?:used|uses|been\s+using|put|puts)\s+{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?"
              r"(?:" + _RUNNING_PRODUCT + r"|planners?|engines?|suites?)\b"), "supplies", "ab"),
    # "Zhihui's cooperation framework with LoomMind AI, a US planning-software vendor, aims to …"
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+)?(?:cooperation|collaboration|partnership|alliance|co-development|joint[- ]development)\s+(?:framework\s+|agreement\s+|deal\s+|pact\s+)?with\s+{B}"), "partners_with", "ab"),
    # "… model training runs on rented GPU capacity from Yunqi": what one rents, another sells
    (_pattern(r"{B}(?:'s|’s)?\s+[^⟦;]{0,120}?;\s+(?:[\w-]+\s+){0,3}?(?:training|inference|workloads?|hosting)\s+(?:runs?|ran|is\s+run)\s+on\s+(?:rented|reserved|leased|contracted)\s+"
              r"(?:GPU\s+|cloud\s+|compute\s+)?(?:capacity|compute|GPUs|clusters?)\s+from\s+{A}"), "supplies", "ab"),
    # "In Mexico, Quetzal Nube hosts the lending platform of Cacao Crédito under a capacity reservation agreement": the host sells
    (_pattern(r"{A}\s+(?:now\s+|also\s+)?(?:hosts|runs|operates)\s+(?:the|a|an)\s+[^⟦;.]{0,40}?\b(?:platforms?|systems?|workloads?|infrastructure|models?|servers?|"
              r"applications?|clusters?)\s+(?:of|for)\s+{B}"), "supplies", "ab"),
    # "the remittance corridor that we launched together with Cacao Crédito": a product built with another is a partnership
    (_pattern(r"{A}\s+(?:have\s+|has\s+|had\s+)?(?:launched|built|developed|created|introduced|rolled\s+out|designed)\s+(?:together|jointly)\s+with\s+{B}"), "partners_with", "ab"),
    # "Banco Tordesilhas provides the Pix settlement accounts … under our white-label agreement"
    (_pattern(r"{A}\s+(?:provides|supplies|delivers|operates|runs)\s+[^⟦;.]{0,80}?\bunder\s+{B}\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|arrangement)\b"), "supplies", "ab"),
    # "Its portfolio includes Kiteline Labs and Coldharbor GPU Cloud"
    (_pattern(r"{A}(?:'s|’s)?\s+(?:current\s+|venture\s+)?portfolio(?:\s+companies)?\s+(?:also\s+)?(?:includes?|included|including|comprises?|spans)\s+{B}"),
     "owns_stake_in", "ab"),
    # "In September it added Beichen Compute as an investor"
    (_pattern(r"{B}" + g(30) + r"\b(?:added|adds|welcomed|welcomes|brought\s+in|brings\s+in)\s+{A}" + g(20) + r"\bas\s+(?:a|an)\s+(?:new\s+|strategic\s+)?"
              r"(?:investor|shareholder|backer)\b"), "invests_in", "ab"),
    # "Brightsea has committed to pay Northvane not less than US$2.6 billion over five years for dedicated GPU capacity"
    (_pattern(r"{B}" + g(40) + r"\b(?:pay|pays|paid|paying)\s+{A}\s+[^⟦;]{0,80}?\bfor\s+(?:[\w-]+\s+){0,3}?"
              r"(?:compute|capacity|cloud|GPUs?|chips?|servers?|infrastructure|wafers?|memory|racks?|systems?|power|colocation|space|hosting|services)\b"),
     "supplies", "ab"),
    # "Embervale Networks (Malaysia) Sdn. Bhd., the wholly owned subsidiary that runs Embervale's factory in Penang"
    (_pattern(r"{A},\s+(?:the|a|an|its|our)\s+(?:wholly[- ]owned\s+|indirect\s+|direct\s+|local\s+|operating\s+)*subsidiary\s+(?:that|which)\s+"
              r"(?:runs|operates|owns|manages|holds|houses)\s+{B}(?:'s|’s)"), "subsidiary_of", "ab"),
    # "Embervale, which Dunmarrow Instruments agreed last month to acquire"
    (_pattern(r"{B},\s+which\s+{A}\s+(?:has\s+|had\s+)?(?:agreed|agrees|plans|planned|announced\s+plans|is\s+set|was\s+set)\s+(?:[\w-]+\s+){0,3}?to\s+"
              r"(?:acquire|buy|purchase|take\s+over)\b"), "acquires", "ab"),
    # "We also maintain a $1.5 billion revolving credit facility … under which X and Y are the lenders"
    (_pattern(r"{B}\s+(?:also\s+)?(?:maintain|maintains|maintained|have|has|had|entered\s+into|enters\s+into|(?:are|is|were|was)\s+(?:a\s+)?party\s+to)\s+[^⟦;]{0,160}?"
              r"\b(?:facility|facilities|loan|credit\s+agreement)\b[^⟦;]{0,80}?\bunder\s+which\s+{A}"
              r"(?=(?:\s*,\s*⟦\d+⟧)*(?:\s*,?\s+and\s+⟦\d+⟧)?\s+(?:is|are)\s+the\s+(?:sole\s+|initial\s+|only\s+|original\s+)?lenders?\b)"), "lends_to", "ab"),
    # "X joined the Fund at its final close with a $500 million commitment": a limited partner invests in the fund
    (_pattern(r"{A}\s+(?:has\s+|had\s+|also\s+)?(?:joined|entered|came\s+into)\s+{B}\s+(?:at|in)\s+(?:its|the)\s+(?:first|second|third|final|last|initial)\s+close"), "invests_in", "ab"),
    # "Our $500 million participation in Tranche B of the Ironbark Campus Holdings II construction facility": a lender's share of a loan
    (_pattern(r"{A}(?:'s|’s)?\s+(?:" + MONEY + r"\s+)?(?:participation|share|commitment|ticket)\s+in\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:the\s+)?{B}(?:'s|’s)?\s+"
              r"(?:[\w-]+\s+){0,3}?(?:facility|facilities|loans?|financing|credit\s+line)\b"), "lends_to", "ab"),
    # "Lanyu's capex is funded largely by a RMB 5 billion credit line from Jiayuan Bank"
    (_pattern(r"{B}" + g(100) + r"\b(?:loans?|(?:credit|working[- ]capital|liquidity|revolving)\s+lines?|lines?\s+of\s+credit|credit\s+facilit(?:y|ies)|(?:DIP|debtor-in-possession|revolving|bridge|term(?:\s+loan)?|delayed-draw)\s+facilit(?:y|ies)|term\s+loans?|borrowings?)\s+from\s+{A}"), "lends_to", "ab"),
    # "it has increased the size of its revolving credit facility with Ashcombe Bank"
    (_pattern(r"{B}" + g(60) + r"\b(?:its|their|our)\s+(?:[\w$.,-]+\s+){0,4}?(?:credit\s+facility|revolving\s+(?:credit\s+)?facility|revolver|term\s+loan|credit\s+line|"
              r"loan\s+facility)\s+with\s+{A}"), "lends_to", "ab"),
    # "we put in place a $750 million revolving credit facility led by Glenhollow Bank"
    (_pattern(r"{B}(?!,?\s+and\s+(?:a|an)\s)" + g(60) + r"\b(?:facility|loan|credit\s+line|financing|revolver)\s+(?:led|arranged|provided|agented|underwritten|syndicated)\s+by\s+{A}"),
     "lends_to", "ab"),  # (not "… made available by ⟦b⟧ and a Tranche B term loan provided by ⟦a⟧": two lenders)
    # "⟦b⟧ will finance the purchase with cash on hand and a GBP 300 million bridge loan that ⟦a⟧ has provided" (or "… provided by ⟦a⟧")
    (_pattern(r"{B}\s+(?:will|would|plans\s+to|intends\s+to|expects\s+to)\s+(?:finance|fund)\b" + g(120) + r"\b(?:facility|loan|financing)\s+"
              r"(?:provided|arranged|committed|extended|underwritten)\s+by\s+{A}"), "lends_to", "ab"),
    (_pattern(r"{B}\s+(?:will|would|plans\s+to|intends\s+to|expects\s+to)\s+(?:finance|fund)\b" + g(120) + r"\b(?:facility|loan|financing)\s+(?:that|which)\s+"
              r"{A}\s+(?:has|had|have)\s+(?:provided|committed|arranged|extended|underwritten)"), "lends_to", "ab"),
    # "On 1 July we renewed our mortality and morbidity quota share with Nordmeer Rück AG", "本集團與山吹生命保險株式會社訂立再保險協議":
    # a cedant buys cover from its reinsurer ("…之50%分保予山吹生命": what it cedes to it)
    (_pattern(r"{B}" + g(40) + r"\b(?:renew\w*|sign\w*|enter\w*\s+into|ha[sd]|have|conclud\w*|plac\w+|extend\w*)\s+(?:(?:[\w-]+|⟦\d+⟧)\s+){0,6}?"
              r"(?:reinsurance|quota[- ]share|surplus|excess[- ]of[- ]loss|retrocession(?:al)?|co-?insurance)(?:\s+(?:agreement|treaty|treaties|arrangement|contract|cover|programme|program))?\s+with\s+{A}"), "supplies", "ab"),
    (_pattern(r"{B}" + zg(20) + r"(?:与|和)" + r"{A}" + BRACKETED + r"?" + zg(24) + r"(?:订立|签订|签署|达成|续签)" + zg(24) + r"(?:再保险|分保|转分保)" + zg(10) + r"(?:协议|安排|合约|合同)"), "supplies", "ab"),
    (_pattern(r"{B}" + zg(40) + r"(?:分保|分出|转分保)(?:予|给|至){A}"), "supplies", "ab"),
    # "公司与江澜银行股份有限公司苏州分行签订综合授信合同", "本公司与瀚川商业银行为主办银行之联贷银行团签订…联合授信合约"
    # (unless the sentence goes on to say who lends to whom: "恆念與思源墓園訂立貸款協議，據此，恆念同意向思源墓園提供…股東貸款")
    # ("恒文数码与林德博姆银行（Lindeboom Bank N.V.）香港分行订立…定期贷款融资协议": the bank's English name in brackets)
    (_pattern(r"{B}" + zg(20) + r"(?:与|和)" + r"{A}" + BRACKETED + r"?" + zg(24) + r"(?:签订|签署|签下|订立)" + zg(24) + r"(?:授信|贷款|借款|银团)" + zg(10) + r"(?:合同|协议|合约|案)"
              r"(?![^。]*?向⟦\d+⟧(?:提供|授出|授予|发放|借出)[^⟦。；]{0,30}?(?:贷款|借款|授信))"), "lends_to", "ab"),
    # "it had placed a $310 million order for optical transceivers with Pellucid Optics"
    (_pattern(r"{B}" + g(40) + r"\b(?:placed|places|booked|signed)\s+(?:an?\s+)?" + g(60) + r"\b(?:order|orders|purchase\s+order)\b" + g(60)
              + r"\bwith\s+{A}"), "supplies", "ab"),
    # "The vehicle is wholly owned by Stratacloud"; "Tarn is 30% owned by Ossory"
    # "… with Corvane's Tessera-2 accelerators, which it already buys": the maker of what a company buys supplies it
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+which\s+{B}\s+(?:already\s+|also\s+|now\s+|still\s+)?"
              r"(?:buys|bought|rents|rented|leases|leased|purchases|purchased|sources|sourced|uses|used|deploys|deployed)\b"), "supplies", "ab"),
    # "Quillmind … said on Tuesday that the Zafira Investment Authority had committed $3.5 billion to lead a new funding round": the
    # round is the company's that announced it
    (_pattern(r"{B}" + g(100) + r"\b(?:said|says|announced|disclosed|confirmed)\b" + g(30) + r"\bthat\s+(?:the\s+)?{A}" + g(60)
              + r"\bto\s+(?:lead|co-lead|anchor|join)\s+(?:a|an|the|its)\s+(?:[\w$.,-]+\s+){0,3}?(?:round|raise|financing)\b"), "invests_in", "ab"),
    # "The Borrower will use the proceeds to purchase … accelerators under a supply agreement with X, together with networking equipment
    # from Brightwater Networks": the second seller sells to the buyer too
    (_pattern(r"{B}" + g(30) + r"\b(?:purchase|buy|acquire|procure)\b[^.;]{0,200}?,\s+(?:together|along)\s+with\s+[^⟦.;]{0,80}?\bfrom\s+{A}"), "supplies", "ab"),
    # "we signed Auralith Labs directly for 60 megawatts in Phoenix": a landlord or a cloud signs its tenant
    (_pattern(r"{A}(?:\s+have\s+|\s+has\s+|'ve\s+|’ve\s+|\s+)(?:signed|signs)\s+{B}\s+(?:\w+ly\s+)?(?:for|to)\s+(?:a\s+|an\s+|another\s+)?(?:[\d.,]+\s*(?:MW|megawatts|GW|gigawatts)\b|"
              r"(?:[\w-]+\s+){0,2}?(?:lease|contract|capacity|GPUs|cluster))"), "supplies", "ab"),
    # "Quarry Systems builds and integrates the racks we buy": the maker of what a company buys supplies it
    (_pattern(r"{A}\s+(?:also\s+)?(?:builds|makes|manufactures|assembles|integrates|designs|packages|supplies)(?:\s+and\s+\w+)?\s+(?:the|all\s+the|most\s+of\s+the)\s+"
              r"(?:[\w-]+\s+){0,3}?{B}\s+(?:buy|buys|bought|use|uses|used|deploy|deploys|rent|rents|purchase|purchases)\b"), "supplies", "ab"),
    # "Corvane Data Centers, which leases Stratoline most of its powered halls": the one who leases something to another supplies it
    (_pattern(r"{A}(?:,\s+which)?\s+(?:also\s+)?(?:leases|leased|rents|rented|sells|sold)\s+{B}\s+(?:most|all|much|part|some|the|its|their|our|a|an|\d)\b"),
     "supplies", "ab"),
    # "Our position in Orrery AI is carried at $512 million", "We account for our Stratoline stake under the equity method"
    (_pattern(r"{A}(?:'s|’s)?\s+(?:[\w-]+\s+)?(?:position|stake|holding|investment|interest)\s+in\s+{B}\s+(?:is|was|were|are)\s+"
              r"(?:carried|valued|marked|recorded|held|worth|now)\b"), "owns_stake_in", "ab"),
    (_pattern(r"{A}\s+(?:accounts?|accounted)\s+for\s+(?:our|its|their|⟦\d+⟧)\s+{B}\s+(?:stake|investment|holding|interest)\b"), "owns_stake_in", "ab"),
    # "mark-to-market gains on the company's equity stake in Cirrion Cloud Holdings"
    (_pattern(r"{A}(?:'s|’s)\s+(?:[\w%.-]+\s+){0,2}?(?:stake|shareholding|unitholding|equity\s+interest|minority\s+interest|ownership\s+interest|equity\s+investment)\s+in\s+{B}"),
     "owns_stake_in", "ab"),
    # "Hanseong Memory (Wuxi) Co., Ltd., which we own outright, …"
    (_pattern(r"{A},\s+which\s+{B}\s+(?:wholly\s+owns?|fully\s+owns?|owns?\s+(?:outright|entirely|in\s+full|wholly|fully|100%))"), "subsidiary_of", "ab"),
    # "Lattice Rock is majority-owned by funds managed by Cobalt Ridge Partners": a fund manager's holding is a stake
    (_pattern(r"{A}" + g(20) + r"\b(?:is|are|was|were|remains|has\s+been)\s+(?:a\s+)?(?:wholly|majority|fully|100%)[- ]owned\s+by\s+(?:investment\s+)?"
              r"(?:funds|entities|vehicles|accounts|affiliates)\s+(?:(?:managed|advised|controlled|sponsored)\s+by|of|affiliated\s+with)\s+{B}"), "owns_stake_in", "ba"),
    (_pattern(r"{A}" + g(20) + r"\b(?:is|are|was|were|remains|has\s+been)\s+(?:a\s+)?(?:wholly|majority|fully|100%)[- ]owned\s+by\s+{B}"), "subsidiary_of", "ab"),
    # "Atelier Brunois, the Group's high-jewellery Maison, is wholly owned by Orvalle SE." (the appositive names the owner too)
    (_pattern(r"{A},\s+(?:the\s+)?⟦\d+⟧(?:'s|’s)\s+[^⟦;,.]{0,40},\s+(?:is|are|was|were|remains|has\s+been)\s+(?:a\s+)?(?:wholly|majority|fully|100%)[- ]owned\s+by\s+{B}"),
     "subsidiary_of", "ab"),
    (_pattern(r"{A}" + g(20) + r"\b(?:is|are|was|were|remains)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?\d[\d.]*\s?(?:%|percent|\s?per\s+cent)[- ]owned\s+by\s+{B}"),
     "owns_stake_in", "ba"),
    # "Ashgrove is the sole member of Ironbridge": the owner of an LLC
    # (and "Larkspur, which did not take part in the Series F, remains Northlight's largest outside shareholder")
    (_pattern(r"{A}(?:,\s+which\s+[^,;.⟦]{0,80},)?" + g(10) + r"\b(?:is|was|remains|has been)\s+(?:the\s+)?(?:sole|managing|majority|controlling|largest|biggest)\s+"
              r"(?:outside\s+|single\s+|institutional\s+)?(?:member|shareholder|stockholder|owner|unitholder)\s+of\s+{B}"), "owns_stake_in", "ab"),
    (_pattern(r"{A}(?:,\s+which\s+[^,;.⟦]{0,80},)?" + g(10) + r"\b(?:is|was|remains|has been)\s+{B}(?:'s|’s)\s+(?:sole|majority|controlling|largest|biggest|"
              r"second-largest|third-largest)\s+(?:outside\s+|single\s+|institutional\s+)?(?:shareholder|stockholder|owner|investor|backer)\b"), "owns_stake_in", "ab"),
    # "the Company entered into a commitment letter with First Meridian Bank": the bank lends
    (_pattern(r"{B}" + g(40) + r"\b(?:entered\s+into|signed|obtained|received|executed)\s+(?:a|an)\s+(?:debt\s+|financing\s+)?commitment\s+letter\s+with\s+{A}"),
     "lends_to", "ab"),
    # "Ironbridge's Red Mesa campus is anchored by a 15-year lease with Stratacloud": the campus's owner is the landlord
    (_pattern(r"{A}(?:'s|’s)\s+" + g(40) + r"\b(?:campus|site|facility|facilities|data cent(?:er|re)s?|building|capacity)\b" + g(20)
              + r"\b(?:is|are|was|were|has been|will be)\s+(?:anchored by|leased to|let to|occupied by|rented to|contracted to)\s+" + g(50) + r"(?:\bwith\s+)?{B}"),
     "supplies", "ab"),
    # "Veridian, which sells Stratacloud its chips, also owns about 6.8% of the company's shares": the company is the other one
    (_pattern(r"{A}" + g(80) + r"{B}" + g(80) + r"\b(?:owns?|holds?|owned|held)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|around\s+|some\s+)?"
              r"[\d.]+\s?(?:%|percent)\s+of\s+(?:the\s+(?:company|firm|group)|its)['’]s?\s+(?:shares|stock|equity|outstanding)"), "owns_stake_in", "ab"),
    # "Nimbus Arc Compute confirmed a $25 million commitment to Tern Ventures Fund III, becoming the fund's largest corporate limited partner"
    (_pattern(r"{A}" + g(40) + r"\b(?:confirmed|made|announced|pledged|signed|disclosed)\s+(?:a|an)\s+(?:(?:US)?[$€£][\d.,]+\s*(?:billion|million|bn|m)?\s+)?"
              r"(?:capital\s+|LP\s+|limited[- ]partner\s+)?commitment\s+to\s+{B}(?=[^.;]{0,80}\b(?:fund|limited\s+partner|LP)\b)"), "invests_in", "ab"),
    # "raised $900 million in a round led by X, with participation from Y, Z and W"
    (_pattern(r"{B}" + g(120) + r"\b(?:raised|raises|closed|secured|completed|announced)\b" + g(80) + r"\b(?:round|funding|financing|investment|Series\s+[A-H]\d?)\b"
              r"[^;!?]{0,160}?\bwith\s+(?:additional\s+)?(?:participation|investments?|support)\s+from\s+(?:(?:existing|new|returning|prior)\s+(?:investors?|backers?|shareholders?)\s+)?(?:the\s+)?{A}"),
     "invests_in", "ab"),
    # "raised $400 million in a round led by X, with Y contributing $150 million"
    # ("closed a $40 million Series C led by X, with Y and existing backers participating")
    (_pattern(r"{B}" + g(120) + r"\b(?:raised|raises|closed|secured)\b" + g(80) + r"\b(?:round|funding|financing|Series\s+[A-H]\d?)\b[^;!?]{0,120}?\bwith\s+{A}\s+"
              r"(?:and\s+(?:existing|other|new|several|some)\s+(?:[\w-]+\s+)?(?:backers|investors|shareholders)\s+)?"
              r"(?:contributing|participating|joining|investing|adding|putting\s+in|chipping\s+in|taking)\b"), "invests_in", "ab"),
    # "The loan was made to X, a special-purpose vehicle …, and was led by Y"
    (_pattern(r"\b" + LOAN + r"\s+(?:was|is|will be)\s+(?:made|extended|provided|granted)\s+to\s+{B}" + g(120)
              + r"\b(?:led|provided|arranged|made|funded|extended)\s+by\s+{A}"), "lends_to", "ab"),
    # "X signed a market-making agreement with Y": an agreement to work together (supply and loan agreements are read above)
    (_pattern(r"{A}" + g(30) + r"\b(?:signed|signs|entered\s+into|struck|inked)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:market[- ]making|strategic|cooperation|collaboration|partnership|framework|co-development|joint[- ]development|alliance|"
              r"technology|research)\s+(?:agreement|pact|deal)\s+with\s+(?:the\s+)?{B}"), "partners_with", "ab"),
    (_pattern(r"{A}\s+(?:and|&)\s+{B}" + g(60) + r"\b(?:partner\w*|collaborat\w*|alliance|joint venture|team up|teamed up|joint\s+development|co-develop\w*|"
              r"(?:development|cooperation)\s+agreement|(?:cooperation|[\w-]*referral|co-marketing|co-selling)\s+(?:arrangement|programme|program))"), "partners_with", "ab"),
    (_pattern(r"{A}" + g(60) + r"\b(?:partner(?:s|ed|ing)? with|partnership with|collaborat\w* with|alliance with|joint venture(?: agreement)? with|teams? up with)\s+"
              r"(?:(?:funds|entities|vehicles|affiliates) (?:managed|advised|controlled) by\s+|affiliates of\s+)?{B}"), "partners_with", "ab"),
    (_pattern(r"{B}" + g(60) + r"\b(?:entered into|signed)\s+(?:a\s+)?(?:long-term\s+)?(?:lease|leases|lease agreements?)\s+with\s+{A}"), "supplies", "ab"),
    (_pattern(r"{A}" + zg(4) + r"旗下(?:的)?" + r"{B}"), "subsidiary_of", "ba"),
    # Chinese
    # (not "⟦a⟧为⟦b⟧之全资附属公司，提供股东贷款…": 为 there says what ⟦a⟧ is)
    (_pattern(r"{A}(?:" + zg(20) + "|" + ZCOLLATERAL + r")(?:向|为)" + r"{B}(?!(?:之|的)(?:间接|直接)?(?:全资|控股|非全资)?(?:附属公司|子公司))" + zg(30) + r"(?:提供|发放|安排)" + zg(30)
              + r"(?:贷款|信贷|授信|借款|融资)"), "lends_to", "ab"),
    (_pattern(r"{B}" + zg(20) + r"(?:从|向)" + r"{A}" + zg_passive(30) + r"(?:(?:获得|取得)[^⟦，。；！？]{0,30}?(?:贷款|信贷|授信|融资|借款)|借入|借款)"), "lends_to", "ab"),  # (not "取得设备，并说明…银行授信")
    # "公司智算中心所用GPU加速卡主要向Corvantis Microdevices N.V.（以下简称"科凡提斯"）采购": goods named first, then bought from the seller
    (_pattern(r"{B}[^⟦。；！？，,]{0,30}?(?:设备|机器|芯片|模块|模组|服务器|加速器|加速卡|GPU|HBM|存储|内存|电力|晶圆)[^⟦。；！？，,由]{0,6}?(?:主要|均|全部|大部分)?(?:向|从)" + r"{A}"
              + BRACKETED + r"?(?:采购|购买|购入|订购)"), "supplies", "ab"),
    # "高源嘉义向日商富里精密取得混合键合设备": what is obtained from a seller is bought
    (_pattern(r"{B}" + zg(20) + r"向" + r"{A}" + r"(?:[（(][^（）()⟦]{0,40}[）)])?(?:取得|购入|购置|采购)" + zg(20) + r"(?:设备|机器|机台|产品|材料|芯片|模块|服务器|系统|加速器|加速卡|GPU|HBM|存储|内存)"), "supplies", "ab"),
    (_pattern(r"{B}" + zg(40) + r"(?:从|向)" + r"{A}" + zg(10) + r"申请" + zg(40) + r"(?:贷款|信贷|授信|借款|融资)"), "lends_to", "ab"),
    (_pattern(r"{B}(?:" + zg(20) + "|" + ZCOLLATERAL + r")(?:获得|取得|获)" + r"{A}" + zg(30) + r"(?:贷款|信贷|授信)"), "lends_to", "ab"),
    # "其股东包括⟦a⟧", "⟦b⟧的有限合伙人包括⟦a⟧": holders of a company or a fund
    (_pattern(r"{B}" + zg(40) + r"(?:其|的)?(?:主要|现有)?(?:股东|有限合伙人|出资人|投资人|投资方)(?:包括|为|有|中有)" + zg(4) + r"{A}"), "owns_stake_in", "ab"),
    # "⟦a⟧是⟦b⟧控股的子公司"; "电力主要由⟦a⟧通过绿电直供方式供应"; "⟦b⟧将向⟦a⟧预付2.5亿美元货款"; "⟦b⟧的集群主要搭载⟦a⟧的训练卡"
    (_pattern(r"{A}" + zg(4) + r"(?:是|为|系)(?:[^⟦，。；]{0,12}?(?:上市公司|公司|企业|集团))?" + r"{B}" + r"(?:[（(][^（）()]{0,60}[）)])?" + zg(6) + r"(?:全资|控股|非全资)?的?(?:全资|控股|间接全资|直接全资)?(?:子公司|附属公司)"),
     "subsidiary_of", "ab"),  # ("⟦a⟧为美国纳斯达克上市公司⟦b⟧（股票代码：KSTR，以下简称“凯斯卓算力”）的全资子公司")
    (_pattern(r"(?<!由){B}" + r"[^⟦。；！？贷借授融担保]{0,30}?由" + r"{A}" + zg(20) + r"(?:供应|供货|提供|生产|代工|制造|交付|封装|封测)"
              r"(?![^⟦。；，]{0,30}(?:贷款|借款|授信|融资|担保|保证|资金))"), "supplies", "ab"),
    # "Aurelith has committed to spend $9 billion on Nimbara Cloud", "spends nearly all of its capex on Corvane's Vela accelerators"
    (_pattern(r"{B}" + g(30) + r"\b(?:commit\w*\s+to\s+spend(?:ing)?|agreed\s+to\s+spend|will\s+spend|plans\s+to\s+spend|spends?|spent|spending)\b"
              + g(50) + r"\bon\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:with|from)\s+)?{A}"), "supplies", "ab"),
    # "Our position in Zhizhu … was marked up 22% after Kinglead Building Materials agreed to subscribe for new registered capital"
    (_pattern(r"\b(?:position|stake|holding|investment)\s+in\s+{B}" + g(80) + r"\bafter\s+{A}\s+(?:agreed\s+to\s+|had\s+agreed\s+to\s+)?"
              r"(?:subscribe[sd]?|invest(?:ed)?)\s+(?:for|in)\s+(?:new|additional|newly\s+issued)\s+(?:registered\s+capital|shares|equity)"), "invests_in", "ab"),
    # "the company agreed to subscribe HK$156 million for new shares in Harbourlight Technologies", "Huajing Compute subscribed RMB 420
    # million for new Ruizuan shares"
    (_pattern(r"{A}" + g(30) + r"\bsubscri(?:be[sd]?|bing)\s+(?:for\s+)?(?:about\s+|some\s+|a\s+further\s+)?" + _SUM + r"\s+(?:for|in)\s+(?:new(?:ly[- ]issued)?|additional)\s+"
              r"(?:(?:shares|stock|units)\s+(?:in|of)\s+)?{B}(?:['’]s)?(?:\s+(?:shares|stock|units)\b)?"), "invests_in", "ab"),
    # "We added DKK 90 million to Tandvik Dental in its Series C, alongside Sakuragi Dental Systems, which invested DKK 60 million"
    (_pattern(r"{A}\s+(?:also\s+)?(?:added|put|invested|committed|wrote|contributed)\s+(?:a\s+further\s+|another\s+)?" + _SUM + r"\s+(?:to|in|into)\s+{B}\s+in\s+(?:its|their|the)\s+"
              r"(?:[\w$.-]+\s+){0,2}?(?:Series\s+[A-H]\d?|round|raise|financing|placement)\b"), "invests_in", "ab"),
    (_pattern(r"{B}(?:\s+in\s+(?:its|their|the)|(?:'s|’s))\s+(?:[\w$.-]+\s+){0,2}?(?:Series\s+[A-H]\d?|round|raise|financing|placement)\b[^⟦;.]{0,20}?,?\s+alongside\s+{A}"),
     "invests_in", "ab"),
    # "We led Vidda Vision's SEK 120 million Series A in August, committing SEK 60 million; Kvarnfors Ventures joined as the strategic investor"
    (_pattern(r"{B}(?:'s|’s)\s+(?:[\w$.,-]+\s+){0,4}?(?:Series\s+[A-H]\d?|round|raise|seed)\b[^⟦.]{0,60}?;\s+{A}\s+(?:also\s+)?(?:joined|participated|took\s+part|came\s+in|co-invested|followed)\b"),
     "invests_in", "ab"),
    # "Bedrock, which manages about $1.1 billion across three funds, has been among the more active investors in construction technology,
    # with stakes in quarry-software maker Quarrylight Analytics and …"
    (_pattern(r"{A}" + g(120) + r"\binvestors?\b" + g(60) + r",\s+with\s+(?:a\s+)?(?:stakes?|positions?|holdings?)\s+in\s+(?:[\w-]+\s+){0,3}?{B}"), "owns_stake_in", "ab"),
    # "Orrin Growth Fund III committed $95 million to lead the $140 million Series C round of Tunewright AI, Inc."
    # ("Stridewell Ventures LLC, our wholly owned corporate venture subsidiary, led the $8.5 million seed round of Pulsegrid Labs, Inc.")
    (_pattern(r"{A}(?:,\s+(?:a|an|the|⟦\d+⟧)\s+[^⟦;.]{0,60}?,\s+|" + g(40) + r")\b(?:led|co-led|leads|anchored|joined|(?:to|will)\s+(?:lead|co-lead|anchor|join)|participated\s+in)\s+(?:the\s+|a\s+)?" + g(50)
              + r"\b(?:round|Series\s+[A-H]\d?|financing|raise)(?:\s+(?:round|financing))?\s+(?:of|for|in|by)\s+{B}"), "invests_in", "ab"),
    # "Sonaris … closed a Series B in two tranches in February and March 2025 in which Cadenza Streaming and … invested"
    (_pattern(r"{B}" + g(80) + r"\b(?:closed|raised|completed|announced)\s+(?:a|an|its)\s+" + g(40) + r"\b(?:round|Series\s+[A-H]\d?|financing)\b" + g(60)
              + r"\bin\s+which\s+{A}(?:[^.;]{0,60}?)\s+(?:invested|participated|took\s+part|co-invested)\b"), "invests_in", "ab"),
    # "Our resulting ownership of 19.2% of ChargeGrid's common stock is held across Fund III and a co-investment vehicle"
    (_pattern(r"{A}\s+(?:resulting\s+|current\s+|total\s+|combined\s+|aggregate\s+)?(?:ownership|stake|holding|shareholding)\s+of\s+(?:about\s+|approximately\s+|roughly\s+)?"
              r"[\d.]+\s?%\s+(?:of|in)\s+{B}"), "owns_stake_in", "ab"),
    # "Tetrafin Capital Partners, which has been with us since the Series A, still holds about 16% of the shares outstanding"
    (_pattern(r"{A},\s+which\s+[^⟦;.]{0,40}?{B}[^⟦;.]{0,40}?,\s+(?:still\s+|now\s+)?(?:holds|owns)\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?[\d.]+\s?%"),
     "owns_stake_in", "ab"),
    # "Stridewell and Pacefield Fitness Clubs, Inc. operate a co-marketing program under which …"
    # ("Tessellate Cloud and Quorra Compute themselves announced a joint go-to-market arrangement in June")
    (_pattern(r"{A}\s+and\s+{B}\s+(?:themselves\s+|also\s+)?(?:jointly\s+)?(?:operate|run|launched|maintain|have|announced|formed|signed|entered\s+into)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:co-marketing|co-branded|co-development|joint|referral|co-selling)\s+(?:[\w-]+\s+)?(?:program|programme|partnership|venture|initiative|arrangement|alliance|agreement)\b"), "partners_with", "ab"),
    # "Shenche Intelligence, a model lab in which Yunqu also holds a 12.5% stake"
    (_pattern(r"{B},?\s+(?:a|an|the)\s+[^⟦;.]{0,40}?\bin\s+which\s+{A}\s+(?:also\s+|already\s+|still\s+)?(?:holds|owns|has|had|held|owned|took|has\s+taken)\s+"
              r"(?:a|an)\s+(?:[\d.]+\s?%\s+|small\s+|minority\s+|significant\s+)*(?:stake|interest|equity\s+stake|shareholding)"), "owns_stake_in", "ab"),
    # "Ferroquill led Sorrelwick Labs' $4 billion Series E", "We led its Series B in 2024": the leader invests in the company whose round it is
    (_pattern(r"{A}\s+(?:also\s+)?(?:led|co-led|anchored|joined)\s+{B}(?:(?:'s|’s|'|’)\s+(?:(?:US|HK|S)?[$€£¥₩]\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:[\w-]+\s+){0,2}?|"
              r"\s+(?:(?:US|HK|S)?[$€£¥₩]\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?)(?:Series\s+[A-H]\d?|seed|round|pre-IPO|raise|financing|funding)\b"), "invests_in", "ab"),
    # "Spanwright Exchange, which resells our capacity": a reseller buys what it resells
    (_pattern(r"{B}(?:\s*\([^()]{0,40}\))?,?\s+which\s+(?:resells|re-sells|distributes|markets)\s+{A}(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?"
              r"(?:capacity|compute|GPUs?|products?|chips?|cloud|services)\b"), "supplies", "ab"),
    # "Corvane wrote a $1.5 billion check into Aurelith AI's Series E"
    (_pattern(r"{A}" + g(20) + r"\b(?:wrote|writes|writing|cut)\s+(?:a|an|the)\s+" + g(30) + r"\b(?:check|cheque)\s+(?:for\s+(?:new\s+)?(?:shares|stock|equity|preferred)\s+)?(?:into|to|for|in)\s+{B}"),
     "invests_in", "ab"),
    # "we committed two billion dollars to Lumeric's Series E", "participated in Corvane's private placement with $350 million"
    (_pattern(r"{A}" + g(20) + r"\b(?:committed|commits|contributed|contributes|put|puts|invested|invests|pledged)\s+" + g(40)
              + r"\b(?:to|into|in)\s+{B}(?:'s|’s|'|’)\s+(?:" + _SUM + r"\s+)?(?:[\w-]+\s+){0,2}?"
              r"(?:Series\s+[A-H]|round|raise|financing|funding|private\s+placement|placement|offering|IPO)\b"), "invests_in", "ab"),
    (_pattern(r"{A}" + g(20) + r"\b(?:participated|participates|took\s+part|takes\s+part)\s+in\s+{B}(?:'s|’s|'|’)\s+"
              r"(?:" + _SUM + r"\s+)?(?:[\w-]+\s+){0,2}?"
              r"(?:Series\s+[A-H]|round|raise|financing|funding|private\s+placement|placement|offering|IPO)\b"), "invests_in", "ab"),
    # "Halvorsen became a 4.9% shareholder of Norvane in September 2025"
    (_pattern(r"{A}\s+(?:became|becomes|is|was|remains|remained)\s+(?:also\s+)?(?:a|an)\s+[\d.]+\s?%\s+(?:shareholder|stockholder|owner|holder|investor)\s+(?:of|in)\s+{B}"),
     "owns_stake_in", "ab"),
    # "The $1.5 billion revolving credit facility provided to Norvane by First Tidewater Bank, N.A. and a syndicate"
    (_pattern(rf"\b{LOAN}\s+(?:provided|extended|made\s+available|arranged)\s+to\s+{{B}}\s+by\s+(?:the\s+)?{{A}}"), "lends_to", "ab"),
    # "Nimbara, the largest of the hyperscalers, led Parallax's Series F with $5 billion"
    (_pattern(r"{A}" + g(60) + r"\b(?:led|leads|co-led|co-leads|anchored|anchors)\s+{B}(?:'s|’s|'|’)\s+(?:" + _SUM + r"\s+)?(?:[\w-]+\s+){0,2}?"
              r"(?:Series\s+[A-H]|round|raise|financing|funding|private\s+placement|placement|offering)\b"), "invests_in", "ab"),
    # "Cobaltline also sponsors Straits Digital Infrastructure REIT, which is listed on …, and holds approximately 24% of its units"
    (_pattern(r"{A}\s+(?:also\s+)?(?:sponsors|sponsored|manages|managed|established|formed|founded|set\s+up)\s+{B}[^.;!?]{0,100}?\band\s+(?:still\s+|also\s+)?(?:holds|owns|retains|held|owned|retained)\s+"
              r"(?:about\s+|approximately\s+|roughly\s+|around\s+|some\s+|nearly\s+)?[\d.]+\s?%\s+of\s+its\s+(?:units|shares|equity|stock|common\s+stock)\b"), "owns_stake_in", "ab"),
    # "installed at two leased facilities operated by Cobaltline … under colocation agreements between Lumora and Cobaltline": the operator hosts
    (_pattern(r"\b(?:facilit(?:y|ies)|campus(?:es)?|data\s+cent(?:er|re)s?|sites?|halls?)\s+(?:operated|owned|run|managed)\s+by\s+{A}[^.;!?]{0,160}?\b(?:colocation|co-location|lease|leasing|hosting)\s+"
              r"agreements?\s+(?:between|with)\s+{B}"), "supplies", "ab"),
    # "The Committee approved a US$400 million commitment to Ironbark Compute Credit Fund I, L.P.": a fund's limited partner invests
    (_pattern(r"{A}\s+(?:has\s+|have\s+|had\s+)?(?:approved|made|agreed\s+to\s+make|completed|finali[sz]ed)\s+(?:a|an)\s+(?:(?:US)?" + _SUM + r"\s+)?"
              r"(?:[\w-]+\s+){0,2}?(?:commitment|co-investment|investment|allocation)\s+(?:to|in|into)\s+{B}"), "invests_in", "ab"),
    # "the Plan paid a single premium of US$2.1 billion to Meridian Mutual Life for a bulk annuity buy-in": an insurer sells cover
    (_pattern(r"{B}" + g(20) + r"\b(?:paid|pays|pay|paying)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}?premiums?\s+" + g(40) + r"\bto\s+{A}"), "supplies", "ab"),
    # "We also prepaid $2.2 billion to Trellium Memory to secure HBM4 supply": a prepayment buys goods
    (_pattern(r"{B}" + g(20) + r"\b(?:prepaid|prepays|prepay|paid|pays|advanced|made\s+(?:a|an)\s+(?:[\w-]+\s+)?prepayment)\b" + g(40) + r"\bto\s+{A}" + g(60)
              + r"\b(?:supply|supplies|capacity|wafers?|memory|HBM\w*|chips?|GPUs?|components?|equipment|accelerators?|servers?|systems|deliver\w*)\b"), "supplies", "ab"),
    # "星衍智能B轮融资由汇象集团控股有限公司领投": who leads a company's round invests in it
    (_pattern(r"{B}" + r"(?:的)?(?:[A-H]\+?轮|天使轮|Pre-[A-H]轮|本轮|新一轮|最新一轮)?(?:融资|增资)[^⟦。；，]{0,6}?由\s*{A}" + r"[^⟦。；，]{0,6}?(?:领投|牵头|独家投资|投资)"), "invests_in", "ab"),
    # "⟦b⟧完成28亿元C轮融资，其中⟦a⟧出资10亿元领投，⟦c⟧跟投": the first and the last named of a round in one sentence
    (_pattern(r"{B}[^⟦。；]{0,20}?完成[^⟦。；]{0,24}?(?:融资|增资)[^。；]{0,60}?{A}[^⟦。；，]{0,12}?(?:领投|跟投|参投|出资)"), "invests_in", "ab"),
    (_pattern(r"{B}[^⟦。；]{0,20}?完成[^⟦。；]{0,24}?(?:融资|增资)[^。；]{0,60}{A}[^⟦。；，]{0,12}?(?:领投|跟投|参投|出资)"), "invests_in", "ab"),
    # "⟦b⟧此前已与⟦a⟧续签供货协议，柔佛集群所需的GPU将由⟦a⟧供应": the sentence's subject is supplied
    # ("据了解，⟦b⟧的推理芯片目前由⟦c⟧负责2.5D封装，HBM颗粒则由⟦a⟧供应": both supply it)
    (_pattern(r"^(?:[^⟦，。；]{0,8}，)?[^⟦，。；]{0,12}" + r"{B}" + r"[^。；！？贷借授融担保]{0,60}?由" + r"{A}" + zg(20) + r"(?:供应|供货|提供|生产|代工|制造|交付|封装|封测)"
              r"(?![^⟦。；，]{0,30}(?:贷款|借款|授信|融资|担保|保证|资金))"), "supplies", "ab"),
    (_pattern(r"^(?:[^⟦，。；]{0,8}，)?[^⟦，。；]{0,12}" + r"{B}" + r"的[^⟦。；]{0,20}?由⟦\d+⟧[^⟦。；]{0,30}?，[^⟦。；，]{0,12}?由" + r"{A}"
              + r"(?:负责)?[^⟦。；，]{0,10}?(?:供应|供货|提供|生产|代工|制造|交付|封装|封测)"), "supplies", "ab"),
    # "⟦b⟧表示，这批机柜所需的封装模组主要向宁波的⟦a⟧采购": what a company says it buys, it buys
    (_pattern(r"{B}" + r"(?:表示|称|指出|透露|介绍)[，,：:][^⟦。；]{0,40}?向(?:[^⟦，。；]{0,6}的)?" + r"{A}" + r"[^⟦。；，]{0,10}?(?:采购|购买|订购|租用)"),
     "supplies", "ab"),
    # "服务器代工厂⟦a⟧今日宣布，接获中国大模型新创⟦b⟧约新台币180亿元的AI服务器订单": the one taking the order supplies
    (_pattern(r"{A}" + r"[^⟦。；]{0,40}?(?:接获|获得|收到|斩获|拿下|赢得|取得)(?:了)?(?:来自)?" + zg(16) + r"{B}" + BRACKETED + r"?[^⟦。；，]{0,40}?订单"), "supplies", "ab"),
    # "泰德威动物保健将其「PetMol AI」分子筛选平台…授权予本公司于亚洲地区使用": a licence of a named product (the product's name no company)
    (_pattern(r"{A}将(?:其|自有)?(?:[^⟦。；，]|「⟦\d+⟧」){0,60}?授权(?:予|给){B}"), "supplies", "ab"),
    # "本公司与⟦Quillon⟧（…）订立软件授权协议，向其授出本公司…模组的使用权": who grants the licence supplies the other party
    (_pattern(r"{A}(?:与|和)⟦\d+⟧[^。；]{0,60}?(?:订立|签订|签署)[^⟦。；]{0,20}?[，,]\s*向{B}(?:授出|授予|提供|出售|销售|供应)"), "supplies", "ab"),
    (_pattern(r"{B}" + zg(20) + r"向" + r"{A}" + zg(20) + r"(?:预付|支付)" + zg(20) + r"(?:货款|采购款|设备款|服务费|租金)"), "supplies", "ab"),
    (_pattern(r"{B}" + zg(30) + r"(?:搭载|采用|使用|部署)了?(?:[^⟦，。；]{0,10}?(?:公司|企业|厂商|供应商))?" + r"{A}" + r"(?:提供|供应|生产|研发|设计|开发)?(?:的|之)" + zg(10)
              + r"(?:训练卡|推理卡|加速卡|芯片|GPU|服务器|存储|内存|HBM|产品|算力|云|方案|设备|系统|光模块|引擎|器件|激光器|模块|软件|平台|模型)"),
     "supplies", "ab"),  # "光联芯的1.6T模块采用Photonic Lattice提供的硅光引擎" ("目標公司的倉儲排程系統採用X提供之AI預測軟件")
    # "合资公司设立后将纳入⟦b⟧合并报表范围": consolidated by ⟦b⟧ (but "不纳入公司合并报表范围" says the opposite)
    (_pattern(r"{A}" + zg(20) + r"(?<!不)纳入" + r"{B}" + r"(?:的)?合并(?:财务)?报表(?:范围)?"), "subsidiary_of", "ab"),
    # "…将以德辉银行（亚洲）有限公司授予瀚海云算之港币15亿元GPU抵押定期贷款支付": a loan one grants the other
    (_pattern(r"{A}(?:授予|提供予|提供给|发放予|借予)" + r"{B}" + r"(?:之|的)" + zg(30) + r"(?:贷款|授信|借款|融资|信贷)"), "lends_to", "ab"),
    # "A轮领投方Cobaltline Ventures继续作为铂川智能最大的外部股东"
    (_pattern(r"{A}" + zg(6) + r"(?:作为|成为|为|是|系)" + r"{B}" + r"(?:的|之)?(?:单一)?(?:最大|第一大|第二大|第三大|主要|重要)(?:的)?(?:外部|机构|法人|财务|战略)?股东"), "owns_stake_in", "ab"),
    # "嘉泽银行（香港）有限公司向瀚海深圳授出人民币15亿元之五年期定期贷款融资"
    (_pattern(r"{A}" + BRACKETED + r"*" + zg(10) + r"向" + r"{B}" + r"(?:授出|授予|提供|发放)" + zg(30) + r"(?:贷款|授信|借款|信贷)"), "lends_to", "ab"),
    # "公司作为有限合伙人参股的云岫基金" (a stake); "公司作为有限合伙人认缴澄光创投出资额1.2亿元" (money put in)
    (_pattern(r"{A}(?:作为|以)有限合伙人(?:身份)?(?:参股|入伙)(?:的|之)?" + r"{B}"), "owns_stake_in", "ab"),
    (_pattern(r"{A}(?:作为|以)有限合伙人(?:身份)?(?:认缴|出资|投资)(?:的|之)?" + r"{B}"), "invests_in", "ab"),
    # "⟦b⟧同时也是⟦a⟧的机柜租赁客户"
    # (or after what it does: "星衡智算主要从事智算中心建设与算力租赁服务，为崧岳电子的服务器客户")
    (_pattern(r"{B}(?:" + zg(10) + r"|[^⟦。；！？，]{0,30}，)(?:是|为|成为)" + r"{A}" + r"(?:的|最大的|第[一二三四五]大)" + zg(10) + r"客户"), "supplies", "ab"),  # "…也是光联芯最大的代工客户"
    # "云峤智算同时也是月湾智能最大的算力供应商"; "芯曜微电子的第二大股东为国鼎基金"; "蓝杉资本此次继续加注月湾智能"
    (_pattern(r"{A}" + zg(10) + r"(?:是|为|成为)" + ZH_COUNTRY + r"{B}" + r"的?" + zg(10) + r"(?:供应商|供货商|服务商|代工厂)"), "supplies", "ab"),
    (_pattern(r"{B}的(?:第[一二三四五六七八九十]大|控股|最大|主要|重要)股东(?:为|是|系)" + r"{A}"), "owns_stake_in", "ab"),
    (_pattern(r"{A}" + zg(6) + r"(?:是|为|系)" + rf"[{CJK}]{{0,3}}?" + r"{B}" + r"(?:[（(][^（）()]{0,30}[）)])?"
              + r"的(?:(?:第[一二三四五六七八九十]大|控股|最大|主要|重要)股东|(?:有限合伙人|LP|出资人))"), "owns_stake_in", "ab"),  # "发行人系苏州湾芯创投（简称…）的有限合伙人"
    # "应募人为韩城记忆体股份有限公司（Hanseong Memory Co., Ltd.），为本公司法人股东"
    (_pattern(r"{A}(?:[（(][^（）()⟦]{0,60}[）)])?[，,]\s*(?:也|亦|同时)?(?:是|为|系)" + r"{B}" + r"的?(?:法人|主要|控股|第[一二三四五六七八九十]大|最大|重要)股东"),
     "owns_stake_in", "ab"),
    # "高源嘉义为本公司持股100%之子公司"
    (_pattern(r"{A}(?:[（(][^（）()⟦]{0,30}[）)])?" + zg(4) + r"(?:是|为|系)" + r"{B}" + r"(?:持股|持有)?(?:100(?:\.0+)?%)?(?:之|的)?(?:间接|直接)?(?:全资|非全资|控股)?(?:之|的)?(?:子公司|附属公司)"),
     "subsidiary_of", "ab"),  # "Corvane同时是澜芯光电的第三大股东"
    (_pattern(r"{A}" + zg(20) + r"(?:营收|收入|营业收入|销售额|销售收入)" + zg(8) + r"来自" + zg(10) + r"{B}"), "supplies", "ab"),  # "澜芯光电约四成营收来自Kestrel Cloud"
    # "⟦b⟧服务器中的HBM和DDR5内存主要来自⟦a⟧", "⟦b⟧乌兰察布集群的电力来自⟦a⟧": where a company's goods come from is its supplier
    (_pattern(r"{B}" + r"[^⟦。；，]{0,20}?(?:电力|用电|内存|存储芯片|芯片|晶片|GPU|HBM|晶圆|光模块|服务器|加速卡|训练卡|推理卡|显卡|设备|原材料|材料|模组|基板|载板|颗粒)"
              r"(?:目前)?(?:主要|全部|均|大多|大部分|大都|则|也|都)?(?:来自|来源于|采购自|购自)(?:于)?" + r"[^⟦，。；]{0,10}?" + r"{A}"), "supplies", "ab"),
    (_pattern(r"{A}" + zg(4) + r"(?:是|为|系)⟦\d+⟧(?:的)?(?:控股股东|实际控制人|股东|母公司)" + r"{B}" + zg(6) + r"(?:全资|控股)?的?(?:全资|控股)?子公司"),
     "subsidiary_of", "ab"),  # "临澜数据集团有限公司为公司控股股东临澜产投的全资子公司"
    # "公司LX-90推理卡已批量供应星衍智能", "公司车规级芯片LX-A20已于2025年一季度开始向华骋汽车小批量供货"
    (_pattern(r"{A}" + zg(30) + r"(?:已|已经|开始|将)(?:批量|小批量|大批量|规模化)?(?:供应|供货给|出货给|交付给?)\s*{B}"), "supplies", "ab"),
    (_pattern(r"{A}" + zg(30) + r"(?:开始|已|已经|将)?向\s*{B}\s*(?:小批量|批量|大批量|规模化)?(?:供货|出货|交付)"), "supplies", "ab"),
    # "恒启租赁此前向华垣宁夏出租了1920台GPU服务器": the lessor supplies
    (_pattern(r"{A}" + zg(20) + r"向\s*{B}" + r"\s*(?:出租|租出)了?"), "supplies", "ab"),
    # "the Group entered into a content licensing agreement with X, …, under which the Group licenses its text library to X"
    (_pattern(r"{A}(?:['’]ve|\s+have|\s+has)?\s+(?:also\s+)?(?:licenses|licences|licensed|will\s+license|sub-?licenses)\s+(?:its|our|the|certain|⟦\d+⟧)\s+(?:[^⟦.;!?]|⟦\d+⟧(?=\s+[a-z])){0,60}?\bto\s+(?:all\s+(?:of\s+)?|each\s+of\s+)?{B}"), "supplies", "ab"),
    # ("We've also licensed the Sunburst Lotto brand and our jackpot feed to Banksia Gaming Machines": "our" inside what is licensed)
    # "the Group advanced a £45 million five-year secured term loan to Mercer Precision Castings Limited"
    (_pattern(r"{A}" + g(30) + r"\b(?:advanced|advances|extended|extends|made|makes|provided|provides|granted|grants)\s+(?:a|an)\s+" + g(60)
              + r"\b(?:loan|facility|credit\s+line|line\s+of\s+credit)\s+to\s+{B}"), "lends_to", "ab"),
    # "We also licensed series rights to Hanseol Games' Ashfall franchise for $36 million": the rights holder licenses them
    (_pattern(r"{B}\s+(?:also\s+)?(?:licensed|licenses|acquired|bought)\s+" + g(40) + r"\brights\s+to\s+{A}(?:'s|’s|'|’)\s"), "supplies", "ab"),
    # "we began testing generative ad formats with Adhaven Media under a partnership that …"
    (_pattern(r"{A}" + g(80) + r"\bwith\s+{B}(?:\s+since\s+(?:19|20)\d\d)?,?\s+under\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:partnership|collaboration|alliance|"
              r"(?:joint[- ]|co-)?development\s+agreement|cooperation\s+agreement)\b"), "partners_with", "ab"),
    # "天使轮投资方澜曜创投本轮继续加注墨象智能": a backer that adds to its stake invests again
    (_pattern(r"{A}" + zg(10) + r"(?:继续|再次)?(?:加注|加码|追加投资)\s*{B}"), "invests_in", "ab"),
    # "墨象智能同时获得星瀚互娱旗下《苍穹纪元》IP的AIGC衍生内容授权": who grants the licence supplies
    (_pattern(r"{B}" + zg(10) + r"获得\s*{A}" + r"(?:旗下)?[^⟦，。；]{0,30}?(?:授权|许可)"), "supplies", "ab"),
    # "Pixelkiln, the creative studio that Adhaven Media agreed to buy this month": a company described as one another buys
    (_pattern(r"{B},\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:that|which)\s+{A}\s+(?:has\s+|had\s+|just\s+)?(?:agreed\s+to\s+|plans\s+to\s+|is\s+set\s+to\s+)?"
              r"(?:buy|acquire|bought|acquired|is\s+buying|is\s+acquiring|will\s+buy|will\s+acquire)\b"), "acquires", "ab"),
    # "Huixiang Cloud signed Bochuan Information, a Shenzhen-listed merchant-services company, to a three-year GPU compute contract"
    (_pattern(r"{A}\s+(?:signed|signs|has\s+signed)\s+{B}(?:\s*\([^()]{0,40}\))?(?:,\s+[^,;⟦]{0,80},)?\s+to\s+(?:a|an)\s+" + g(60) + r"\b(?:contract|agreement|deal|commitment|lease)\b"), "supplies", "ab"),
    # "Jianghai Bank is now running its private deployment of Xingyan's Tianyan model inside the Huixiang Cloud financial zone"
    (_pattern(r"{B}\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|already\s+)?running\s+(?:its|their)\s+" + g(40) + r"\bof\s+{A}(?:'s|’s)\s+"), "supplies", "ab"),
    (_pattern(r"{B}\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|already\s+)?running\s+(?:its|their)\s+[^.;!?]{0,80}?\b(?:inside|on|in)\s+(?:the\s+)?{A}"), "supplies", "ab"),
    # "Zhongyuan Digital Port handed over two new data halls in Ulanqab to Huixiang Cloud"
    (_pattern(r"{A}\s+(?:has\s+|have\s+)?(?:handed|hands|turned|turns)\s+over\s+" + g(60) + r"\bto\s+{B}"), "supplies", "ab"),
    # "our stake in Xingyan stands at about 15.9% on a fully diluted basis"
    (_pattern(r"{A}(?:'s|’s)?\s+(?:(?:equity|ownership|economic)\s+)?(?:stake|interest|shareholding|holding)\s+in\s+{B}\s+(?:now\s+)?(?:stands|stood|is|was|remains|rose|fell|increased|decreased)\b"),
     "owns_stake_in", "ab"),
    # "Share of profit of an associate represents the Group's 35% interest in Xinghe Audio Technology Limited"
    (_pattern(r"{A}(?:'s|’s)\s+(?:approximately\s+|about\s+|effective\s+)?[\d.]+\s?%\s+(?:equity\s+)?(?:interest|stake|shareholding|holding)\s+in\s+{B}"), "owns_stake_in", "ab"),
    # "凌川计算系公司智算中心GPU服务器的主要供应商": whose supplier one is
    (_pattern(r"{A}" + r"(?:系|是|为|為|係)\s*{B}" + r"[^⟦，。；]{0,24}?(?:的|之)?(?:主要|核心|重要|第一大|最大|独家|唯一)?(?:供应商|供货商|供應商|代工厂|承建商|服务商)"), "supplies", "ab"),
    # "江澜智算拟出资人民币18.6亿元，受让公司资本公积转增的约4.12亿股股票": a restructuring investor buys the new shares
    (_pattern(r"{A}" + zg(20) + r"(?:拟|将)?出资" + zg(30) + r"(?:受让|认购)\s*{B}" + r"[^⟦，。；]{0,30}?(?:股票|股份)"), "invests_in", "ab"),
    # "由华锦租赁控股股东华锦控股集团提供全额担保": a company's controlling shareholder named after it
    (_pattern(r"{B}(?:的)?(?:控股股东|第一大股东)(?:为|是)?\s*{A}"), "owns_stake_in", "ab"),
    # "该公司以1280台GPU服务器向华锦租赁做售后回租，融资不超过12亿元": the lessor of a sale and leaseback lends
    (_pattern(r"{B}" + zg(30) + r"向\s*{A}\s*(?:做|开展|进行|办理|申请)?(?:了)?(?:售后回租|售後回租)"), "lends_to", "ab"),
    # "富衡财险日前认购了华锦租赁发行的15亿元科技创新公司债": who buys a company's bonds lends to it
    (_pattern(r"{A}" + zg(12) + r"(?:认购|認購|购买|買入|买入|投资)了?\s*{B}" + r"(?:[^⟦，。；]{0,4}?(?:发行|發行)(?:的|之))[^⟦，。；]{0,24}?(?:公司债|债券|債券|票据|票據|中期票据|短期融资券|ABS|资产支持证券)"),
     "lends_to", "ab"),
    # "其最大客户为挪威数据中心营运商 ⟦b⟧" (其 read as the company the sentence before named)
    (_pattern(r"(?:^|[，。；])\s*{A}(?:的|之)?(?:第一大|最大|主要|前五大)(?:的)?客户(?:为|是|包括|系)[^⟦，。；]{0,20}?{B}"), "supplies", "ab"),
    (_pattern(r"{B}的" + r"[^⟦。；，的]{0,8}?(?:供应商|供货商|代工厂)" + r"{A}"), "supplies", "ab"),  # "星河算力的光模块供应商鲲澜光电"
    (_pattern(r"{A}" + zg(10) + r"(?:加注|追加投资|追投|增持)了?" + r"{B}"), "invests_in", "ab"),
    # "深矩智能目前训练集群以国产算力为主，GPU供应商为上海昇岚微电子": the supplier a company's sentence names
    (_pattern(r"{B}" + zg(30) + r"(?<![未非])(?:[A-Za-z]{2,5}|芯片|服务器|光模块|算力|存储|电力|设备)?(?:主要)?供应商(?:主要)?(?:为|是|包括|系)" + r"{A}"), "supplies", "ab"),
    # "QPK 为 Quillfeather Advanced Packaging, Inc. 之韩国全资子公司"
    (_pattern(r"{A}\s*(?:为|是|系)\s*{B}\s*(?:之|的)(?:[\u4e00-\u9fff]{2,4}?)?(?:全资|控股|100%持股之?)子公司"), "subsidiary_of", "ab"),
    # "本公司拟对子公司岚昇载板（越南）有限公司…现金增资美金3…": money put into a unit
    (_pattern(r"{A}" + zg(10) + r"(?:对|向)(?:全资|控股)?(?:子公司)?" + r"{B}" + BRACKETED + r"?" + zg(20) + r"(?:现金)?增资"), "invests_in", "ab"),
    # "川禾算力短期借款余额约19亿元，其中约11亿元来自澄海银行": borrowings that come from a bank are its loans
    (_pattern(r"{B}" + zg(20) + r"(?:借款|贷款|授信|信贷)" + r"[^⟦。；]{0,30}?(?:来自|来源于|系向)" + r"{A}(?![^⟦。；，]{0,10}(?:担保|保证))"), "lends_to", "ab"),
    # "子公司⟦b⟧在⟦a⟧取得的6亿元项目贷款", "公司与⟦a⟧签订《综合授信协议》"
    (_pattern(r"{B}" + zg(6) + r"在" + r"{A}" + zg(6) + r"(?:取得|获得|申请|借入)" + zg(20) + r"(?:贷款|信贷|授信|借款)"), "lends_to", "ab"),
    (_pattern(r"{B}" + zg(6) + r"与" + r"{A}" + zg(20) + r"(?:签订|签署)" + zg(4) + r"《[^》]{0,20}(?:贷款|信贷|授信|借款)[^》]{0,10}》"), "lends_to", "ab"),
    (_pattern(r"{B}" + zg(6) + r"与" + r"{A}" + r"(?:[^⟦。；，]{0,8}?(?:分行|银行))?" + r"(?:签订|签署)了?" + r"[^⟦。；《，]{0,30}?(?:贷款|借款|授信|放款)(?:额度)?(?:合同|协议|合约)"),  # ("签订新台币6亿元之中期担保放款额度合约")
     "lends_to", "ab"),
    # "本集團結欠富海銀行有限公司之定期貸款本金餘額為4.5億港元": what a company owes a bank on a loan, the bank lent
    (_pattern(r"{B}" + zg(10) + r"(?:结欠|尚欠|欠付)" + r"{A}" + r"(?:之|的)?" + zg(10) + r"(?:贷款|借款|融资|信贷)"), "lends_to", "ab"),
    # "中昇钻井已委聘江海石油装备为目标平台供应顶驱系统": the one engaged to supply sells to the one that engaged it
    (_pattern(r"{B}" + zg(10) + r"(?:委聘|聘请|聘用|委托|选定)了?" + r"{A}" + r"(?:为|作为)" + zg(30) + r"(?:供应|提供|承建|代工|建造|设计|交付)"), "supplies", "ab"),
    # "瀚鼎上月与台湾联信商业银行等八家银行签订新台币180亿元联贷案": a syndicated loan's banks lend
    # ("本公司与以⟦a⟧为管理银行之银行团签订新台币120亿元联合授信合约")
    (_pattern(r"{B}" + zg(20) + r"与[^⟦，。；]{0,4}?" + r"{A}" + r"(?:(?:及|、|和)⟦\d+⟧)*(?:等[^⟦。；，]{0,8}?(?:银行|金融机构)|为(?:管理|主办|牵头|主)银行之?的?银行团)?(?:签订|签署|完成)了?" + zg(20)
              + r"(?:联贷|联合授信|银团贷款|银团借款)"), "lends_to", "ab"),
    # "本公司与⟦卖方⟧订立采购协议，据此⟦本公司⟧同意购买合共4,096颗加速器": the one that agrees to buy buys from the other
    (_pattern(r"与{A}(?:订立|签订|签署)了?[^⟦。；]{0,10}?(?:协议|合同)[，,]\s*据此{B}(?:已)?(?:有条件)?同意(?:购买|采购|订购)"), "supplies", "ab"),
    # "⟦卖方⟧为全球主要AI加速器供应商之一，其主要记忆体供应商包括⟦a⟧"
    (_pattern(r"{B}[^⟦。；]{0,30}?[，,]其(?:主要)?[^⟦，。；]{0,8}?供应商(?:包括|为|是|有)[^⟦，。；]{0,4}?{A}"), "supplies", "ab"),
    (_pattern(r"(?:^|[，,；])\s*{B}(?:的)?(?:主要)?[^⟦，。；]{0,8}?供应商(?:包括|为|是|有)[^⟦，。；]{0,4}?{A}"), "supplies", "ab"),  # (其 read as ⟦b⟧)
    # "标的公司目前运营约12,000张GPU卡，主要客户包括深言智能等大模型企业"
    (_pattern(r"{A}[^⟦。；]{0,30}?[，,](?:其)?(?:主要|最大|前[五十]大)客户(?:包括|为|是|有)[^⟦，。；]{0,4}?{B}"), "supplies", "ab"),
    # "富穗商業銀行已核予本公司新台幣20億元之中期擔保授信額度"
    (_pattern(r"{A}(?:已|亦|另)?(?:核予|核给|授予|给予){B}[^⟦，。；]{0,30}?(?:授信|贷款|借款|融资)(?:额度)?"), "lends_to", "ab"),
    # "本公司董事會決議承接晶析智能股份有限公司邊緣AI推論裝置之電子製造代工業務"; "代工所需之主要電子零組件將由本公司現有供應商港聯電子控股有限公司等供貨"
    (_pattern(r"{A}[^⟦，。；]{0,12}?承接{B}[^⟦，。；]{0,12}?(?:之|的)[^⟦，。；]{0,30}?(?:业务|订单|项目|工程|代工)"), "supplies", "ab"),
    (_pattern(r"由{B}(?:的)?(?:现有|主要|长期|合格)?供应商{A}(?:等)?(?:供货|供应|提供)"), "supplies", "ab"),
    # "智票科技的现有客户包括匯演國際控股有限公司等演出主办方"
    (_pattern(r"{A}的(?:现有|主要|重要|核心|既有|长期)?客户(?:包括|为|是|有)[^⟦，。；]{0,4}?{B}"), "supplies", "ab"),
    # "KDR Columbus III LLC, a Keystone Digital Realty subsidiary building a 90 MW hall"
    (_pattern(r"{A},\s+(?:a|an)\s+(?:wholly[- ]owned\s+|majority[- ]owned\s+|special[- ]purpose\s+)?{B}\s+(?:subsidiary|unit|affiliate|vehicle|project\s+company)\b"), "subsidiary_of", "ab"),
    # "⟦b⟧保留本公司2026年至2028年高阶ABF载板产能，并预付本公司新台币95亿元": who reserves a maker's capacity buys from it
    (_pattern(r"{B}(?:[（(][^（）()⟦]{0,40}[）)])?" + zg(6) + r"(?:保留|预订|预定|锁定|包下|预留)了?" + r"{A}" + zg(20) + r"产能"), "supplies", "ab"),
    # "完成后，目标公司将由本公司拥有60%权益，并成为本公司之间接非全资附属公司": what a target becomes
    (_pattern(r"{A}(?:(?!⟦\d+⟧(?:并|将|亦|即)?(?:成为|成為))[^。；！？]){0,40}?(?:并|将|亦|即)?(?:成为|成為){B}(?:(?:百分之百|100%|全资)(?:持有|持股|拥有))?(?:之|的)(?:间接|直接)?(?:全资|非全资|控股)?(?:附属公司|子公司|孙公司)"), "subsidiary_of", "ab"),
    # "本公司之全资附属公司⟦a⟧…": a company's own unit
    (_pattern(r"{B}(?:之|的)(?:间接|直接)?(?:全资|非全资|控股)?(?:附属公司|子公司)" + r"{A}"), "subsidiary_of", "ab"),
    # "⟦b⟧（Harbour Compute (Johor) Sdn. Bhd.，「柔佛附属公司」）已获⟦a⟧授予为期五年之有期贷款港币8亿元"
    (_pattern(r"{B}(?:[（(][^（）⟦]{0,60}[）)])?" + zg(6) + r"(?:已)?获(?:得)?" + r"{A}" + r"(?:授予|提供|发放|批出)" + zg(20) + r"(?:贷款|授信|融资|借款)"), "lends_to", "ab"),
    # "本集团已于2025年9月与OrbisRoute订立软件许可协议，以年费港币18,500,000元引入其人工智能堆场调度系统": who brings in the other's system buys it
    (_pattern(r"{B}" + zg(20) + r"与{A}(?:订立|签订|签署)了?[^⟦。；]{0,20}?(?:协议|合同|合约)[，,]\s*(?:以[^⟦。；，]{0,24}?)?(?:引入|采用|使用|部署)其"), "supplies", "ab"),
    # "本集团已与⟦b⟧订立上架协议": a listing or cooperation agreement with an exchange or a partner
    (_pattern(r"{A}" + zg(10) + r"与" + r"{B}" + r"(?:订立|签订|签署)了?[^⟦，。；]{0,8}?(?:上架|挂牌|合作|战略合作)(?:协议|备忘录|框架协议)"), "partners_with", "ab"),
    # a broker that clears for a company sells it a service: "X will clear through Corvane Markets", "Our hedging positions are cleared
    # through X", "X has appointed Y as its clearing broker", "公司已委托X作为其在Meridex交易所的清算经纪商"
    (_pattern(r"{B}[^⟦.;]{0,80}?\b(?:will\s+|to\s+)?clears?\s+(?:its\s+[\w-]+\s+)?through\s+{A}"), "supplies", "ab"),
    (_pattern(r"{B}(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:positions|trades|contracts|transactions)\s+(?:are|were|will\s+be|is)\s+cleared\s+through\s+{A}"), "supplies", "ab"),
    (_pattern(r"{B}\s+(?:has\s+|have\s+|had\s+)?(?:appointed|engaged|retained|selected|named)\s+{A}\s+as\s+(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?"
              r"(?:clearing\s+broker|clearing\s+member|prime\s+broker|futures\s+commission\s+merchant|custodian)\b"), "supplies", "ab"),
    (_pattern(r"{B}[^⟦，。；]{0,6}?(?:委托|聘请|选定|指定){A}(?:作为|担任)[^，。；]{0,20}?(?:清算经纪商|经纪商|托管人|托管银行)"), "supplies", "ab"),
    # "本公司董事会决议以人民币2.4亿元参与芯澜智驾…首次公开发行A股之战略配售": who takes part in another's offering invests in it
    (_pattern(r"{A}[^⟦，。；]{0,24}?参与\s*{B}[^⟦，。；]{0,30}?(?:发行|配售|增资|私募|定增|融资)"), "invests_in", "ab"),
    # "公司算力服务的第一大客户为穹瀚智能": the company sells to its largest customer
    (_pattern(r"{A}(?:的)?[^⟦，。；]{0,8}?(?:第[一二三四五1-5]大|最大|主要|重要)(?:的)?客户(?:为|是|系|包括)\s*{B}"), "supplies", "ab"),
    # "华岚人寿旗下华岚资产", "瀚川期货（香港）系瀚川期货旗下全资子公司": a unit of the group it is under
    (_pattern(r"{B}旗下(?:的)?(?:全资|控股)?(?:子公司|附属公司|产业基金|投资基金|基金|投资平台|创投平台|投资机构)?\s*{A}"), "subsidiary_of", "ab"),
    (_pattern(r"{A}(?:系|为|是){B}旗下(?:的)?(?:全资|控股)?(?:子公司|附属公司)"), "subsidiary_of", "ab"),
    # "Stratovane 将预付新台币 96 亿元，以保留岱嵘电脑 115 年度…组装及测试产能": who prepays to reserve another's capacity buys from it
    (_pattern(r"{B}[^⟦。；]{0,8}?(?:将|已|拟|同意)?(?:预付|预先支付|支付预付款)[^⟦。；]{0,30}?(?:以|用以|用于|藉以)?(?:保留|锁定|预留|确保|保障)\s*{A}[^⟦。；]{0,40}?产能"), "supplies", "ab"),
    # "⟦a⟧5月以6亿美元入股GPU云服务商⟦b⟧": a stake bought for a price is an investment
    (_pattern(r"{A}" + zg(10) + r"以[^⟦，。；]{0,12}?入股[^⟦，。；]{0,12}?" + r"{B}"), "invests_in", "ab"),
    # "后者同时承诺为未来三期扩建采购⟦a⟧的加速卡": what a company buys of another's make, the other supplies
    (_pattern(r"{B}" + zg(20) + r"(?:采购|购买|订购|购入)了?" + r"{A}" + r"(?:生产|提供|供应|设计|研发)?的" + zg(10)
              + r"(?:训练卡|推理卡|加速卡|芯片|GPU|服务器|存储|内存|HBM|算力|设备|系统|光模块|模块|机柜)"), "supplies", "ab"),
    (_pattern(r"{A}" + zg(20) + r"向" + r"{B}" + zg(30) + r"(?:发行|授予)" + zg(30) + r"认股权证"), "owns_stake_in", "ba"),
    (_pattern(r"{A}" + zg(10) + r"(?:持有|拥有|持股|入股)" + r"{B}" + zg(20) + r"(?:股份|股权|%|股)?"), "owns_stake_in", "ab"),
    # "去年公司以3,000万元参与了⟦织梦智能⟧的A轮融资，目前持有其约8%的股权": the clause after the comma goes on with the subject
    (_pattern(r"^[^⟦，。；]{0,6}{A}[^。；]{0,80}?[，,]\s*(?:目前|现|现时|如今|当前)?(?:仍|已|共|合计)?持有{B}(?:约|近|逾)?[\d.]+\s*%"), "owns_stake_in", "ab"),
    # "子公司⟦a⟧拟以5,800万美元取得⟦b⟧百分之百股权": all of a company bought is the company
    # (not the party "与英国⟦X⟧签订…合约" names: the one that signs with it acquires)
    (_pattern(r"(?<![与和同跟])(?<![与和同跟][\u4e00-\u9fff])(?<![与和同跟][\u4e00-\u9fff]{2}){A}" + zg(40) + r"(?:取得|受让|买入|购入|收购)[^⟦，。；]{0,10}?{B}"
              + r"(?:的|之)?(?:百分之百|100(?:\.0+)?%|全部|全数|(?:5[1-9]|[6-9]\d)(?:\.\d+)?%)(?:的|之)?(?:股权|股份)"), "acquires", "ab"),  # (or control: "51%股权")
    # ("…而⟦卖方⟧有条件同意出售⟦杭州云档⟧（「目标公司」）60%股权": the seller held the stake it sells)
    (_pattern(r"(?:而|，)\s*{A}[^⟦，。；]{0,8}?(?:同意|拟|将|已)?(?:出售|转让|出让)" + r"{B}" + BRACKETED + r"*\s*(?:之|的)?\s*[\d.]+\s*%(?:的)?(?:股权|股份|权益|已发行股本)"),
     "owns_stake_in", "ab"),
    # "本公司有条件同意收购而卖方有条件同意出售⟦微刻精密⟧70%股权": the buyer acquires what the seller sells
    (_pattern(r"{A}[^⟦，。；]{0,12}?(?:收购|购买|受让)而(?:卖方|出售方|转让方|出让方)[^⟦，。；]{0,12}?(?:出售|转让|出让)" + r"{B}"), "acquires", "ab"),
    # "鼎晟董事会昨日通过以新台币9.6亿元取得散热模组厂沛霖科技35%股权"
    (_pattern(r"{A}" + zg(40) + r"(?:取得|受让|买入|购入)[^⟦，。；]{0,10}?{B}" + r"(?:约|近|逾)?[1-4]?\d(?:\.\d+)?%(?:的|之)?(?:股权|股份)"), "owns_stake_in", "ab"),  # a minority
    # "公司将生产过程中产生的极片废料及报废电芯出售给华锂循环": the seller supplies the buyer
    (_pattern(r"{A}" + r"将" + zg(40) + r"(?:出售|销售|供应|转售)(?:给|予)" + r"{B}"), "supplies", "ab"),
    # "昱电创投以美金500万元取得⟦Cellwise AI, Inc.⟧ C轮特别股，持股比例约1.6%": shares of a round bought are an investment
    (_pattern(r"{A}" + zg(20) + r"(?:取得|认购|购入|买入)" + r"{B}" + r"\s*(?:[A-H]\+?轮|Pre-IPO轮|新发行(?:之|的)?)?(?:特别股|优先股|普通股|新股)"), "invests_in", "ab"),
    (_pattern(r"{A}" + zg(20) + r"(?:取得|认购|购入|买入)" + r"{B}" + r"[^。；⟦]{0,30}?[，,]\s*持股比例(?:约|为|约为)?[\d.]+\s*%"), "owns_stake_in", "ab"),
    # "公司芯片的封装测试主要委托恒朔半导体（无锡）有限公司完成": the one given the work supplies it
    (_pattern(r"{B}" + zg(20) + r"(?:封装|测试|封测|生产|制造|代工|加工|组装)" + zg(10) + r"(?:委托|委由|交由|外包给|外包予)(?:台湾|香港|大陆|美国|日本|韩国|美商|日商|韩商|台商)?" + ZDESC + r"{A}"), "supplies", "ab"),
    # "截至本公告日，公司在浙鸿银行的综合授信额度为15亿元": the bank lends
    (_pattern(r"{B}在{A}的" + zg(8) + r"(?:授信|贷款|借款)(?![^。；]*(?:担保|保证))"), "lends_to", "ab"),
    # "⟦a⟧以5亿美元参与认购，成为⟦b⟧第三大股东": the subject of the first clause is the holder the second names
    (_pattern(r"{A}" + zg(40) + r"[，,](?:并|从而|由此|因此|进而)?(?:一跃)?成为{B}(?:的)?(?:第[一二三四五六七八九十\d]{1,2}大|最大|主要|重要|控股)?(?:股东|投资方|投资人)"), "owns_stake_in", "ab"),
    # "⟦a⟧，⟦b⟧之间接全资附属公司" (a Hong Kong glossary), "⟦a⟧，发行人全资子公司"
    (_pattern(r"{A}[，,]\s*(?:为|系|是)?{B}(?:之|的)?(?:间接|直接)?(?:全资|非全资|控股)?(?:附属公司|子公司)"), "subsidiary_of", "ab"),
    # "⟦b⟧董事会通过对墨西哥子公司⟦a⟧增资1.2亿美元": the subsidiary a company names as its own
    (_pattern(r"{B}" + zg(20) + r"(?:向|对|为|通过|旗下)" + rf"(?:[{CJK}]{{0,6}}?|(?:100(?:\.0+)?%|百分之百)持股之?)(?:全资|控股)?子公司" + r"{A}"), "subsidiary_of", "ab"),
    # "⟦a⟧董事会通过对墨西哥子公司⟦b⟧增资1.2亿美元"
    (_pattern(r"{A}" + zg(20) + r"(?:向|对)" + rf"(?:(?:[{CJK}]{{0,6}}?|(?:100(?:\.0+)?%|百分之百)持股之?)(?:全资|控股)?子公司)?" + r"{B}" + BRACKETED + r"?" + zg(20) + r"(?:投资|注资|增资)"), "invests_in", "ab"),
    (_pattern(r"{A}" + zg(10) + r"(?:投资|注资)了?" + r"{B}"), "invests_in", "ab"),
    # "⟦a⟧参与了⟦b⟧今年的定增": a participant in a round invests
    (_pattern(r"{A}" + zg(30) + r"参与了?" + r"{B}" + r"(?:[（(][^）)]{0,12}[）)])?" + zg(10) + r"(?:定增|定向增发|增资|融资|募资|配售|私募|[A-Z\d]\+?轮|天使轮|种子轮)"), "invests_in", "ab"),
    (_pattern(r"{B}" + zg(30) + r"获得" + r"{A}" + zg(20) + r"(?:的)?(?:投资|注资)"), "invests_in", "ab"),
    (_pattern(r"{A}(?:" + zg(10) + r"|[^⟦，。；！？]{0,24}?)(?:收购|并购|买下)了?" + r"{B}"), "acquires", "ab"),  # ("同时宣布以人民币1.2亿元收购⟦b⟧")
    (_pattern(r"{A}" + zg(30) + r"认购" + r"{B}" + zg(20) + r"(?:股份|新股|股权|股票)"), "invests_in", "ab"),
    (_pattern(r"{B}" + zg(20) + r"向" + r"{A}" + zg(20) + r"(?:配售|定向增发)" + zg(20) + r"(?:股|新股|股份)"), "invests_in", "ab"),
    # (not "⟦b⟧已完成验证，但GPU一律由客户向⟦a⟧采购": a new clause with its own buyer)
    # "主旨：本公司取得英商Harrowgate Hygiene plc之LinenIQ智慧布草追踪平台授权": a licence obtained from its licensor
    (_pattern(r"{B}\s*(?:已|将|拟)?取得\s*(?:[美日韩台港德英法]商)?\s*{A}\s*(?:之|的)[^⟦，。；]{0,40}?(?:授权|许可|使用权)"), "supplies", "ab"),
    # ("⟦本公司⟧同意于2025年7月1日至2027年12月31日期间向⟦a⟧采购": a period counts as one step)
    (_pattern(r"{B}(?:(?![，,]\s*但|由客户|由用户|(?:代工|生产|供应|供货|提供|制造)[，,])(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:至\d{4}年\d{1,2}月(?:\d{1,2}日)?)?|[^⟦。；！？])){0,20}?(?:向|从|自(?=" + ZH_COUNTRY + r"⟦))" + ZH_COUNTRY + r"{A}" + zg_passive(20) + r"(?:采购|购买|订购|租用|购置|购入|承租|租入|取得(?=[^⟦。；，]{0,20}?(?:设备|机器|产品|芯片|模组|原材料|材料)))"), "supplies", "ab"),
    # "深算智能的训练与推理算力约七成来自北辰算力位于宁夏中卫的智算中心": where one's compute comes from, the other sells it
    (_pattern(r"{B}的[^⟦，。；]{0,16}?(?:算力|芯片|晶圆|服务器|GPU|电力|产能|原料|原材料|材料|零部件|模型)[^⟦，。；]{0,10}?(?:来自|来源于|采购自|购自)\s*" + r"{A}"), "supplies", "ab"),
    # "公司行业智能体底座采用衡元智能的通用大模型，按调用量付费": whose model, chip or cloud one uses, sells it
    # ("曜石智能与澜图电子均采用韩国Seorin Microdisplay的硅基OLED微显示屏", "澜图电子的语音助手基于美国Parlance Labs的模型授权开发")
    (_pattern(r"{B}" + zg(20) + r"(?:采用|使用|调用|接入|基于|依托)\s*(?:[美日韩德英法]国|台湾|日本|香港|新加坡|欧洲|海外)?\s*" + r"{A}" + r"的[^⟦，。；]{0,10}?"
              r"(?:大模型|模型|芯片|加速卡|算力|云服务|GPU|服务器|显示屏|微显示屏|屏幕|面板|传感器|镜头|光学模组|模组|光波导|电池|存储|内存)"), "supplies", "ab"),
    # "澜图电子的语音助手…，海外版本的云端推理则部署在Stratacore的新加坡节点": whose cloud one's service runs in sells it
    (_pattern(r"^(?:[^⟦，。；]{0,12}，)?[^⟦，。；]{0,8}?{B}" + r"[^。；！？]{0,80}?(?:部署|托管|运行)(?:在|于)\s*" + r"{A}" + r"的[^⟦，。；]{0,10}?(?:节点|数据中心|云|机房|集群|智算中心|算力中心|服务器|平台)"),
     "supplies", "ab"),
    # "公司中标北辰算力智算中心运营管理系统项目": who wins a tender sells to who put it out
    (_pattern(r"{A}" + zg(8) + r"中标\s*" + r"{B}"), "supplies", "ab"),
    # "公司将旗下网络文学作品…等数据资源以非独家方式授权曜数智能用于大模型训练": the owner licenses what it owns to the user
    (_pattern(r"{A}" + zg(6) + r"将" + zg(40) + r"(?:以[^⟦，。；]{0,8}?方式)?(?:授权|许可)\s*" + r"{B}" + r"(?:在[^⟦，。；]{0,10})?(?:使用|用于|作为|进行)"), "supplies", "ab"),
    # "鼎聲音樂…將向目標公司授出曲庫錄音製品之非獨家訓練許可": who grants a licence supplies its holder
    (_pattern(r"{A}" + zg(20) + r"(?:将|已)?向\s*" + r"{B}" + r"\s*(?:授出|授予|授权|许可)"), "supplies", "ab"),
    # "本集团…担任Tessellane Data, Inc.数据平台于大中华区的授权经销商": a reseller buys what it resells
    (_pattern(r"{B}" + zg(20) + r"(?:担任|作为|成为|为)\s*" + r"{A}" + r"[^⟦，。；]{0,20}?(?:授权|独家|指定)?(?:经销商|分销商|代理商|转售商|代理)"), "supplies", "ab"),
    # "目标公司的智能体主要基于北京深算智能科技有限公司（「深算智能」）提供的大模型推理服务运行": who provides what it runs on sells it
    (_pattern(r"{B}" + zg(20) + r"(?:基于|依托|采用|使用|调用)(?:自)?\s*" + r"{A}" + BRACKETED + r"?\s*(?:提供|研发|开发|训练|供应|生产|制造|授权)(?:的|之)[^⟦，。；]{0,12}?"
              r"(?:服务|模型|算力|平台|产品|芯片|模组|模块|器件|零部件|部件|设备|材料|核心|IP|技术)"), "supplies", "ab"),
    # "2024年对宏图智能销售收入约4.6亿元": sales to a named buyer
    (_pattern(r"{A}" + zg(24) + r"(?<![未无])对\s*" + r"{B}" + r"\s*(?:的)?(?:销售收入|销售额|销售金额|销售|出货)"), "supplies", "ab"),
    # "Hanseo Memory于2024年7月增持公司股份，目前为公司第三大股东"
    (_pattern(r"{A}" + zg(16) + r"(?:增持|认购|受让|买入)\s*" + r"{B}" + r"\s*(?:的)?(?:股份|股票|股权|新股)"), "invests_in", "ab"),
    (_pattern(r"{A}" + zg(30) + r"[，,]\s*(?:目前|现|现已|已)?(?:为|是|系|成为)\s*" + r"{B}" + r"\s*(?:的)?第[一二三四五六七八九十\d]+大股东"), "owns_stake_in", "ab"),
    # "Aurelian每年向科尔凡（Corvane）支付约12亿美元，以使其AI助手成为…默认预装助手": who is paid for a service supplies it
    (_pattern(r"{B}" + zg(10) + r"(?:每年|每季|按年)?向\s*" + r"{A}" + BRACKETED + r"?\s*支付(?![^⟦。；]{0,30}(?:对价|股权转让款|收购|转让价款|增资款|投资款|贷款|利息|本金))"), "supplies", "ab"),
    # "玄衡智能同意授權本集團於旗下手機…預裝其端側大模型": the licensor supplies the licensee
    (_pattern(r"{A}" + zg(10) + r"(?:同意|将|已|拟)\s*(?:以[^⟦，。；]{0,8}?方式)?(?:授权|许可)\s*" + r"{B}" + r"\s*(?:在|于|使用|用于|作为|进行|预装|搭载)"), "supplies", "ab"),
    # "本集團現有產品之晶圓均由星港晶圓製造": who makes the goods for the company sells them to it
    (_pattern(r"{B}[^⟦。；，,]{0,20}?(?:均|全部|主要|皆|全数)?由\s*" + r"{A}" + BRACKETED + r"?\s*(?:负责)?(?:制造|生产|代工|封装|封测|供应|供货)"), "supplies", "ab"),
    (_pattern(r"{B}[^⟦。；，,]{0,20}?(?:均|全部|皆|全数)由\s*" + r"{A}" + BRACKETED + r"?\s*(?=[。；，]|$)"), "supplies", "ab"),  # (a maker named "…晶圓製造")
    # "长江芯火产业投资基金持股8.3%，为公司第二大股东"
    (_pattern(r"{A}\s*(?:持股|持有)[^⟦。；，]{0,16}[，,]\s*(?:为|是|系)\s*" + r"{B}" + r"\s*(?:的)?(?:第[一二三四五六七八九十\d]+大|控股|主要)股东"), "owns_stake_in", "ab"),
    # "2025年公司线控转向及冗余制动模块开始批量供应天衡智驾的Robotaxi车队": the maker supplies the buyer it names
    (_pattern(r"{A}" + zg(30) + r"(?:开始|已|已经|正式)?(?:批量|稳定|持续|小批量)(?:供应|供货(?:给|予)?|出货(?:给|予)?)\s*" + r"{B}"), "supplies", "ab"),
    # "公司的行星滚柱丝杠已通过北美人形机器人厂商Kestrel Motion的认证并实现批量供货": qualified by the buyer, then shipped to it
    (_pattern(r"{A}" + zg(30) + r"通过" + zg(16) + r"{B}" + r"(?:的|之)[^⟦。；，]{0,10}?(?:认证|验证|导入)[^⟦。；]{0,12}?(?:批量供货|量产供货|供货|出货|量产)"), "supplies", "ab"),
    (_pattern(r"{B}" + zg(30) + r"(?:采购|购买|部署|订购)了?" + zg(30) + r"{A}" + zg(6) + r"(?:的)?\s*(?:[A-Za-z0-9 ]{0,20})(?:GPU|芯片|加速器|服务器|算力|系统|云|[^⟦，。；]{0,8}?(?:工具|软件))"), "supplies", "ab"),
    # "⟦星澜传媒⟧授权⟦本公司⟧于AI伴唱机产品中使用其华语卡拉OK曲库": the licensor supplies; "本集团…于大中华区代理⟦Halvard⟧之曲目": the principal supplies its agent
    (_pattern(r"{A}" + r"授权" + r"{B}" + zg(30) + r"使用"), "supplies", "ab"),
    (_pattern(r"{B}[^。；]{0,80}?(?:代理|代销|分销|经销)" + r"{A}" + r"(?:之|的)" + zg(6) + r"(?:曲目|作品|产品|曲库|版权|品牌)"), "supplies", "ab"),
    # "代价将以本集团内部资源及⟦X Bank⟧香港分行提供之港币4亿元定期贷款拨付": the bank lends to the group that pays with it
    (_pattern(r"以{B}" + zg(8) + r"(?:资源|资金)(?:及|和|与|以及)" + r"{A}" + r"(?:[^⟦，。；]{0,8}?(?:分行|支行))?提供(?:之|的)" + zg(20) + r"(?:贷款|借款|授信|融资)"),
     "lends_to", "ab"),
    (_pattern(r"{A}" + zg(20) + r"向" + ZH_COUNTRY + r"{B}" + BRACKETED + r"?" + zg(20) + r"(?:供应|供货|提供|出售|销售|出口)(?![^⟦。；，]{0,30}(?:贷款|借款|授信|融资|担保|保证|资金))"),
     "supplies", "ab"),  # ("公司向美国X公司（X Corp.）出口熟料约62万吨")
    (_pattern(r"{A}" + zg(10) + r"(?:是|为)" + r"{B}" + zg(6) + r"(?:的)?(?:全资)?子公司"), "subsidiary_of", "ab"),
    # a glossary's "「深圳天衡」 指 天衡智駕（深圳）科技有限公司，一家於中國成立之有限公司，為本公司之間接全資附屬公司"
    (_pattern(r"{A}[^⟦。；]{0,30}?[，,]\s*为\s*" + r"{B}" + r"\s*(?:之|的)(?:间接|直接)?(?:全资|非全资)?(?:子公司|附属公司)"), "subsidiary_of", "ab"),
    # "本集团亦为阿联酋数据中心开发商 ⟦b⟧ 之 Ghantoot 园区第一期及第二期供应直接芯片冷却设备": a described buyer, its site, then the goods
    (_pattern(r"{A}" + zg(10) + r"为(?:[^⟦。；，]{0,14}?(?:商|公司|企业|客户|集团)\s*)?" + r"{B}\s*(?:之|的)[^⟦。；，]{0,40}?(?:提供|供应|供货|交付)"
              r"(?![^⟦。；，]{0,30}(?:贷款|借款|授信|融资|担保|保证|资金))"), "supplies", "ab"),
    (_pattern(r"{A}" + zg(10) + r"为" + r"{B}" + zg(20) + r"(?:提供|供应|供货|生产|代工|交付|建设|搭建)(?![^⟦。；，]{0,30}(?:贷款|借款|授信|融资|担保|保证|资金))"), "supplies", "ab"),
    # (not "主要竞争对手包括⟦a⟧和⟦b⟧，本次合作有助于…": the filer's own cooperation, after a list of its rivals)
    (_pattern(r"{A}" + zg(5) + r"(?:与|和|同)" + ZH_COUNTRY + r"{B}" + BRACKETED + r"?(?:(?![，,]\s*(?:本次|此次|该次|该项|上述))[^⟦。；！？]){0,30}?"
              r"(?:合作|战略伙伴|联盟|合资|共建|联合实验室|联合研发|共同研发|联合开发|共同开发)"), "partners_with", "ab"),
    # "a 48-megawatt, 12-year lease with Tessellate Cloud at our Reno North campus": the campus's owner leases to its tenant
    (_pattern(r"\blease\s+with\s+{B}" + g(40) + r"\b(?:at|in|on|for)\s+{A}(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?" + _LEASED_SITE + r"\b"), "supplies", "ab"),
    # "Kestrel Ridge Digital … today announced a 15-year, 150-megawatt lease with Orison Labs at its Caddo Flats campus"
    (_pattern(r"{A}" + g(160) + r"\blease\s+with\s+{B}" + g(40) + r"\b(?:at|in|on)\s+its\s+(?:[\w-]+\s+){0,3}?" + _LEASED_SITE + r"\b"), "supplies", "ab"),
    # "The 12,400 km Lyra system, in which Meridian holds 30%, is being built by Tethys Submarine Systems": its builder supplies it
    (_pattern(r"{B}(?:\s+(?:system|project|campus|cable|network|facility|data\s+cent(?:er|re)))?(?:,\s+[^;.]{0,80},)?\s+(?:is|was|are|were|will\s+be|has\s+been)\s+"
              r"(?:being\s+)?(?:built|constructed|installed|laid|manufactured)\s+by\s+{A}"), "supplies", "ab"),
    # "Orison Labs also expanded by 12 megawatts at our Columbus facility"
    (_pattern(r"{B}\s+(?:also\s+)?expanded\s+(?:by\s+)?[\d.,]+\s*(?:MW|megawatts)\b" + g(20) + r"\bat\s+{A}(?:'s|’s)?\s"), "supplies", "ab"),
    # "the 15-year lease Orison Labs signed with Kestrel Ridge": the one a tenant signs its lease with is the landlord
    (_pattern(r"\blease\s+(?:that\s+)?{B}\s+(?:signed|entered\s+into|agreed)\s+with\s+{A}"), "supplies", "ab"),
    # "Corvane Construction Group, Kestrel's general contractor on the site": a builder for the owner
    (_pattern(r"{A},\s+{B}(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?contractor\b"), "supplies", "ab"),
    # "we locked in 800-gig ZR+ pluggable supply with Jingyao Photonics", "reserved … production slots with Voltaris Electric"
    (_pattern(r"{B}\s+(?:has\s+|have\s+|also\s+)*(?:reserved|locked\s+in|booked)\s+" + g(60) + r"\b(?:supply|slots|capacity|allocation|volumes?)\s+(?:with|from)\s+{A}"),
     "supplies", "ab"),
    # "Meridian Austral has moved its billing, inventory and network-analytics stacks onto Nimbra Cloud": a customer of the cloud
    (_pattern(r"{B}(?:,\s+(?:a|an|the)\s+[^⟦;.]{0,60},|,\s+[^⟦;.,]{0,60}(?:'s|’s)\s+[^⟦;.,]{0,40},)?\s+(?:has\s+|have\s+|also\s+)*(?:moved|migrated|shifted)\s+(?:its|their)\s+"
              + g(60) + r"\b(?:workloads?|stacks?|inference|training|operations|systems|applications|infrastructure|platforms?|data)\b" + g(40) + r"\b(?:to|onto)\s+{A}"),
     "supplies", "ab"),
    # "Pyralis counts Tessellate as its largest customer for accelerators"
    (_pattern(r"{A}\s+counts\s+{B}\s+(?:as|among)\s+(?:its|a|an|one\s+of\s+its)\s+(?:[\w-]+\s+){0,3}?(?:customers?|clients?|tenants?|lessees?|licensees?)\b"), "supplies", "ab"),
    (_pattern(r"{B}\s+counts\s+{A}\s+(?:as|among)\s+(?:its|a|an|one\s+of\s+its)\s+(?:[\w-]+\s+){0,3}?(?:suppliers?|vendors?|foundr(?:y|ies)|lessors?|landlords?)\b"), "supplies", "ab"),
    # "Pasifika Connect and Borneo Digital hold the rest of Lyra's shares"
    (_pattern(r"{A}\s+(?:also\s+)?(?:hold|holds|own|owns|held|owned)\s+the\s+(?:rest|remainder|balance|remaining\s+(?:shares|equity|stake))\s+(?:of|in)\s+{B}"), "owns_stake_in", "ab"),
    # "we received 6.2 million common units of Meridian Vault Operating Partnership"
    (_pattern(r"{A}\s+(?:received|receives|acquired|holds?|held|owns?|owned)\s+(?:approximately\s+|about\s+)?[\d.,]+\s+(?:million\s+)?(?:common\s+|ordinary\s+|preferred\s+|"
              r"(?:limited|operating)\s+partnership\s+|OP\s+)?(?:units|shares)\s+(?:of|in)\s+{B}"), "owns_stake_in", "ab"),
    # "we signed a 20-year IRU with Nimbra Cloud", "a US$610 million dark-fibre IRU with Nimbra": the fibre's owner grants the right of use
    (_pattern(r"{A}" + g(60) + r"\b(?:signed|signs|granted|grants|struck|agreed|dominated\s+by)\b" + g(60) + r"\b(?:IRUs?|indefeasible\s+rights?\s+of\s+use)\s+(?:with|to)\s+{B}"),
     "supplies", "ab"),
    # "EdgeHaven … signed a five-year renewal and expansion of its metro fiber rings with us"
    (_pattern(r"{B}" + g(100) + r"\b(?:signed|renewed|extended|expanded)\b" + g(60) + r"\b(?:of|for)\s+(?:its|their)\s+" + g(30)
              + r"\b(?:fib(?:er|re)|wavelengths?|circuits?|rings?|connectivity|bandwidth|transport)\b" + g(10) + r"\bwith\s+{A}"), "supplies", "ab"),
    # "we licensed the foundation model family of Aurelian Labs, Inc.", "we licensed X's models"
    (_pattern(r"{B}\s+(?:has\s+|have\s+|also\s+)*(?:licensed|licenses|licences)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:models?|family|software|platform|technology|IP|patents?|"
              r"library|catalog(?:ue)?|archive|data(?:sets?)?)\s+(?:of|from)\s+{A}"), "supplies", "ab"),
    # "Lumenfield is also building dark fibre into Aurelian's west Texas training campus under a US$275 million contract"
    (_pattern(r"{A}\s+(?:is\s+|are\s+)?(?:also\s+)?(?:building|laying|installing|constructing|deploying)\s+" + g(60) + r"\b(?:into|for|to)\s+{B}" + g(60)
              + r"\bunder\s+(?:a|an)\s+" + g(30) + r"\b(?:contract|agreement|deal|order)\b"), "supplies", "ab"),
    # "Our wholly owned subsidiary, X, engages Kangyue … to synthesise and test compounds": a service bought
    (_pattern(r"{B}(?:,\s+[^⟦;.]{0,60},)?,?\s+(?:also\s+)?(?:engages|engaged|retains|retained|hires|hired|contracts|contracted)\s+{A}" + BRACKETED + r"?(?:,\s+[^⟦;.]{0,60},)?\s+(?:to|for)\s"),
     "supplies", "ab"),
    # "we led a $15 million extension of Tessellate Labs' Series B"
    (_pattern(r"{A}\s+(?:led|co-led|joined|anchored)\s+(?:a|an|the)\s+(?:" + MONEY + r"\s+)?(?:extension|expansion|top-up|second\s+close|first\s+close)\s+of\s+{B}(?:'s|’s|'|’)\s+"
              r"(?:Series\s+[A-H]|seed|round|financing)"), "invests_in", "ab"),
    # "Halvorsen paid us an upfront payment of $60.0 million", "under which Brevant paid us $20.0 million upfront": a licensee pays its licensor
    (_pattern(r"{B}\s+(?:has\s+|also\s+)?(?:paid|pays|will\s+pay|agreed\s+to\s+pay)\s+{A}\s+(?:(?:an?\s+)?(?:[\w$.,-]+\s+){0,3}?(?:upfront|up-front|licen[cs]e|milestone|option|royalty|royalties)\b|"
              + MONEY + r"\s+(?:in\s+)?(?:upfront|up-front)\b)"), "supplies", "ab"),
    # "… and concurrently purchased shares of our Series C preferred stock for $25.0 million": an investor
    (_pattern(r"{A}(?:" + g(80) + r"|\s+(?:paid|pays)\s+⟦\d+⟧" + g(80) + r"\band\s+)\b(?:concurrently\s+|also\s+|separately\s+)?(?:purchased|bought|subscribed\s+for)\s+(?:[\d,.]+\s+)?shares\s+of\s+{B}(?:'s|’s)?\s+"
              r"(?:Series\s+[A-H]\d?\s+)?(?:convertible\s+)?(?:preferred|common)\s+stock"), "invests_in", "ab"),
    # "Ironpeak Holdings II LLC borrowed $750 million under a senior secured term loan provided by Marlowe Capital"
    (_pattern(r"{B}" + g(60) + r"\bborrow(?:ed|s)?\b" + g(60) + rf"\b{LOAN}\s+(?:provided|arranged|extended|made\s+available)\s+by\s+{{A}}"), "lends_to", "ab"),
    # "Beichen Compute bought roughly 27% of Lingsuan's FY24 revenue": a customer's share of its supplier's revenue
    (_pattern(r"{B}" + g(40) + r"\b(?:bought|purchased|made\s+up|represented|accounted\s+for|contributed)\s+(?:roughly\s+|about\s+|approximately\s+|around\s+|nearly\s+|over\s+)?"
              r"\d[\d.]*\s?%\s+of\s+{A}(?:'s|’s)\s+(?:[\w/-]+\s+){0,2}?(?:revenues?|sales|turnover|(?:commission|fee|brokerage|rental)\s+income)\b"), "supplies", "ab"),  # ("of Hinode's FY3/25 commission income")
    # "Kestrel Growth Capital Fund IV, L.P. will provide the Borrower with senior secured term loans"
    (_pattern(r"{A}" + g(40) + r"\b(?:provide|provides|provided|extend|extends|extended|make|makes|made)\s+{B}\s+with\s+" + g(60) + rf"\b{LOAN}"), "lends_to", "ab"),
    # "The Borrower licenses its imaging triage software to hospital groups including Meridale Health System"
    (_pattern(r"{A}\s+(?:licenses|licences|sells|supplies|provides)\s+" + g(60) + r"\bto\s+(?:[\w-]+\s+){0,4}?(?:including|such\s+as)\s+{B}"), "supplies", "ab"),
    # "Lingsuan, which is controlled by Hongsheng, sells …": the controlling holder
    (_pattern(r"{B},?\s+(?:which|who)\s+is\s+(?:majority[- ]owned|controlled|majority[- ]controlled|(?:ultimately\s+)?owned)\s+by\s+{A}"), "owns_stake_in", "ab"),
    # "the acquisition of EdgeHaven Data Centers, LLC … from funds managed by Granite Arch Partners": the seller held what it sells
    (_pattern(r"\b(?:acquisition|purchase)\s+of\s+{B}" + g(60) + r"\bfrom\s+(?:funds\s+(?:managed|advised)\s+by\s+|affiliates\s+of\s+|its\s+owners?,?\s+)?{A}"), "owns_stake_in", "ab"),
    # "Orbitra … today announced a five-year agreement to provide Aurelian Labs, Inc. with dedicated Ka-band … capacity"
    (_pattern(r"{A}" + g(60) + r"\b(?:agreement|contract|deal|order)\s+to\s+(?:provide|supply|furnish|deliver)\s+{B}\s+with\s"), "supplies", "ab"),
    # "本集团位于葵涌之工业大厦改建数据中心项目，已与Tessellate Cloud订立为期十年之预租协议": the building's owner leases it out
    (_pattern(r"{A}(?:位于|坐落于)[^⟦，。；]{0,30}(?:大厦|物业|项目|数据中心|楼宇|园区)[，,]?[^⟦。；]{0,6}?(?:与|和){B}" + zg(30) + r"(?:预租|租赁)(?:协议|合同|合约)"), "supplies", "ab"),
    # "深境智药的湿实验验证工作主要委托康岳医药完成": a service bought from the one entrusted with it
    (_pattern(r"{B}" + zg(20) + r"(?:主要|全部|部分)?委托{A}" + BRACKETED + r"?" + zg(12) + r"(?:完成|进行|实施|开展|负责|提供|生产|加工)"), "supplies", "ab"),
    # "本集团自2025年第三季度起于14间厂房采用LoomMind AI, Inc.之排料规划平台", "本集团东莞厂房已安装杭州织慧科技股份有限公司之裁片AI检测工作站":
    # whose product is installed or used sells it
    (_pattern(r"{B}[^⟦，。；]{0,30}?(?:采用|安装|部署|导入|使用|上线)(?:了)?[^⟦，。；]{0,4}?{A}" + BRACKETED + r"?(?:之|的)[^⟦，。；]{0,30}?"
              r"(?:平台|系统|工作站|设备|软件|服务|产品|解决方案|模型|芯片|服务器|机器人)"), "supplies", "ab"),
    # "目标公司之主要支付处理及风险评分系统托管于Cerrado Datacenters Ltda.营运之数据中心": whose centre hosts the systems sells the hosting
    (_pattern(r"{B}(?:之|的)[^⟦，。；]{0,30}?(?:托管于|部署于|运行于|托管在|部署在|运行在)" + ZH_COUNTRY + r"{A}"), "supplies", "ab"),
    # "本公司向华厦智居取得「筑脑」AI物业管理平台之台湾地区授权", "本公司自华厦智居取得之平台授权": the licensor (or the seller of
    # equipment) supplies; money or credit obtained is no purchase
    (_pattern(r"{B}[^⟦，。；]{0,6}?(?:向|自|从){A}(?:取得|获得|获取)(?![^，。；⟦]{0,40}?(?:贷款|授信|融资|资金|借款|额度|投资))[^，。；⟦]{0,40}?(?:授权|许可|设备|产品|服务|技术|模组|系统)"), "supplies", "ab"),
    # "本集团已委聘华厦智居科技股份有限公司（…）为本集团提供「筑脑」AI物业管理平台授权及实施服务": the one engaged to serve supplies it
    (_pattern(r"{B}[^⟦，。；]{0,12}?(?:委聘|聘请|聘任|委任|委托){A}" + BRACKETED + r"?为(?:⟦\d+⟧)?[^⟦，。；]{0,20}?提供"), "supplies", "ab"),
    # "于本公告日期，华途租车由卖方上海华岭投资有限公司全资拥有": who owns the company sold
    (_pattern(r"{B}(?:现|目前)?由(?:卖方|賣方|出售方)?{A}" + BRACKETED + r"?(?:直接|间接)?(?:全资|全數|全数)?(?:拥有|擁有|持有)(?![^，。；]{0,6}%)"), "owns_stake_in", "ab"),
    # "维港潮资本有限公司（「维港潮资本」）由深圳蓝鲸算力科技有限公司拥有40%权益": a share of it held by another
    (_pattern(r"{B}" + BRACKETED + r"*(?:现|目前)?由{A}" + BRACKETED + r"?(?:直接|间接)?(?:拥有|擁有|持有)(?:约|約)?[\d.]+\s*%(?:的)?(?:权益|股权|股份|權益|股權)"), "owns_stake_in", "ab"),
    # "由华衡建设集团总承包", "云栖惠州项目由华衡建设集团总承包": the builder
    (_pattern(r"{B}" + zg(12) + r"由{A}" + BRACKETED + r"?(?:负责)?(?:EPC)?(?:总承包|总包|承建|施工总承包)"), "supplies", "ab"),
]
# "Kestrel Wafer remains the sole foundry for the Vela family": a supplier of the document's company (not "… supplier to ⟦b⟧")
_OWN_SUPPLIER = _pattern(r"{A},?\s+(?:is|remains|has\s+been|became|was|will\s+be|serves\s+as|acts\s+as)\s+(?:also\s+)?(?:the|our|a|an|⟦\d+⟧)\s+(?:sole|only|primary|main|key|largest|second|"
                         r"principal|exclusive)?\s*(?:(?:general|EPC|prime|design-build|construction)\s+)?(?:source|foundry|supplier|vendor|manufacturer|contract\s+manufacturer|contractor)\b(?!\s+(?:to|of|for)\s+⟦)")
# "Kestrel Memory Co., Ltd. supplies high-bandwidth memory (HBM) stacks for the Orion X9": a supplier of the filer's product
# "Orrin Photonics will supply the optical engines used in the Helix H4 system", "X remains the sole qualified supplier of HBM4 stacks for Helix H4"
# a call's "Under the half-year agreement signed in September, Seorim Steel will supply approximately 410,000 tonnes of thick plate":
# a quantity promised, no buyer named, is the speaker's to buy
_WILL_SUPPLY_US = _pattern(r"(?:^|[,;:]\s+)(?:(?-i:[A-Z])[^⟦.;]{0,60}?,\s+)?{A}\s+(?:will|has\s+agreed\s+to|agreed\s+to|is\s+to|is\s+due\s+to)\s+(?:supply|deliver|ship)\s+"
                           r"(?:approximately\s+|about\s+|roughly\s+|up\s+to\s+|some\s+)?\d[\d.,]*\s*(?:million\s+|thousand\s+)?(?:tonnes|tons|metric\s+tons|units|sets|MW|GW|cargoes|"
                           r"barrels|vessels|engines|modules|wafers|racks)\b(?![^.;⟦]*\bto\s+⟦)")
_SUPPLIES_OUR_PRODUCT = _pattern(r"{A},?\s+(?:(?:will|also|continues\s+to|continue\s+to)\s+)?(?:supplies|supply|provides|provide|manufactures|manufacture|makes|make|fabricates|"
                                 r"fabricate|delivers|deliver|packages|package|(?:is|remains|will\s+be|has\s+been)\s+(?:the|a|an|our)\s+(?:sole\s+|only\s+|primary\s+|main\s+|"
                                 r"exclusive\s+|principal\s+)?(?:qualified\s+)?(?:supplier|provider|source|foundry|vendor|packager)\s+of)\s+(?![^.;]*⟦)[^.;]{0,80}?"
                                 r"\b(?:for|used\s+in|that\s+go\s+into)\s+(?:the\s+|our\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z0-9][\w-]*)){0,2}\b")
# a fund's own positions: "During the quarter Fund II built a 4.1% position in Laurentide Petroleum Marketing", "We also initiated a
# position in Dasol Vision", "We continue to hold our position in Harbourline Smart Fuel Group"
_BUILT_POSITION = _pattern(r"\b(?:built|initiated|opened|established|started|took)\s+(?:a|an|our)\s+(?:[\d.]+\s?%\s+)?(?:new\s+|small\s+|starter\s+)?position\s+in\s+{B}")
_HOLDS_POSITION = _pattern(r"\b(?:(?:built|initiated|opened|established|took)\s+(?:a|an)\s+[\d.]+\s?%|(?:continue\s+to\s+hold|still\s+hold|hold|held|maintain(?:ed)?|kept)\s+"
                           r"(?:our|a|an)\s+(?:[\d.]+\s?%\s+)?)\s*position\s+in\s+{B}")
# "During the year the Group paid R38.6 million to Northmaple Retail Technologies Inc. for its dynamic-pricing software"
_PAID_FOR_ITS = _pattern(r"\bpaid\s+(?:[^⟦.;]|\.(?=\d)){0,40}?\bto\s+{A}\s+for\s+(?:its|their)\b")
# "The Singapore subsidiary, Engadin Carbon Trading (Singapore) Pte. Ltd., now books …", "Our subsidiary Ocelote Tasaciones now runs …"
_NAMED_SUBSIDIARY = _pattern(r"^\W*(?:(?:The|Its)\s+(?:[A-Z][\w-]*\s+)?(?:subsidiary|unit|arm),\s+|Our\s+(?:wholly[- ]owned\s+)?(?:[A-Z][\w-]*\s+)?(?:subsidiary|unit),?\s+)"
                             r"{A}(?:\s*\([^()]{0,30}\))?(?:,|\s+(?:now\s+|also\s+)?[a-z]+s\b)")
# "Balance-of-plant EPC for the new capacity has been awarded to Kutchwind Infra Projects": who is awarded the work supplies it
_WORK_AWARDED_TO = _pattern(r"\b(?:EPC|contract|order|work|works|construction|installation)\b[^⟦.;]{0,60}?\b(?:has\s+been|have\s+been|was|were|is|will\s+be)\s+awarded\s+to\s+{A}")
# "Sakarya Köpük Kimya, which supplies all of the high-resilience foam cores for our Bursa plant, agreed to …": a supplier of ours
_WHICH_SUPPLIES_OURS = _pattern(r"{A},\s+which\s+(?:also\s+)?(?:supplies|provides|makes|delivers|ships|manufactures)\s+(?![^.;]*⟦)[^.;⟦]{0,80}?\b(?:for|to)\s+(?:our|us)\b")
# (and "Zhihui signed its largest contract to date: a RMB186 million order from Jiangsu Jinlan Textile"; but "X signed a $2.2 billion
# order for accelerators from Y" buys from Y)
_ORDER_FROM = _pattern(r"{A}" + g(60) + r"\b(?:(?:received|receives|booked|books|won|wins|secured|secures|landed|lands|announced|announces)\s+(?:a|an|the|its|their|our)?\s*"
                       r"(?:[\w$€£.,-]+\s+){0,4}?(?:(?:contract|deal)(?:\s+to\s+date)?:\s+(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,4}?)?|"
                       r"(?:signed|signs)\s+(?:a|an|the|its|their|our)?\s*(?:[\w$€£.,-]+\s+){0,4}?(?:contract|deal)(?:\s+to\s+date)?:\s+(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,4}?)"
                       r"orders?\s+(?:for\s+[^⟦;]{0,80}?)?from\s+(?:[\w-]+\s+){0,3}?{B}")
# "Coriolis Cloud has placed purchase orders for Helix H4 systems": a buyer of the company's product
_ORDERS_OURS = _pattern(r"{B}\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:placed|booked|signed|issued)\s+(?:[\w$.,-]+\s+){0,4}?(?:purchase\s+)?orders?\s+for\s+(?![^.;]*⟦)"
                        r"(?:our\s+|the\s+|its\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z0-9][\w-]*)){0,2}\s+(?:accelerators?|systems?|chips?|GPUs?|servers?|racks?|platforms?|units|products)\b")
_LENDER_UNDER = _pattern(r"{A},?\s+(?:(?:acts|serves)\s+as\s+(?:[\w-]+\s+){1,3}?and\s+)?(?:is|was|are|were|serves\s+as|acts\s+as|will\s+(?:act|serve)\s+as)\s+(?:also\s+)?(?:a|an|the|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:lenders?|creditors?|arrangers?|administrative\s+agent)\s+(?:under|to|in)\s+(?:the|our|its)\b")
# "Our $1.5 billion revolving credit facility is provided by a bank syndicate in which Kestrel National Bank, N.A. acts as
# administrative agent and as a lender"
_OUR_SYNDICATE = _pattern(r"⟦(?P<us>\d+)⟧\s+[^⟦;]{0,40}?\b(?:facility|loan|revolver|credit\s+line)\s+(?:is|was|has\s+been)\s+provided\s+by\s+(?:a|the)\s+(?:bank\s+)?"
                          r"(?:syndicate|group\s+of\s+(?:banks|lenders)|bank\s+group)\s+in\s+which\s+{A}\s+(?:acts|serves|is)\s+(?:as\s+)?[^⟦;.]{0,40}?\blender\b")
_LEADS_OUR_BANKS = _pattern(r"{A}(?:,\s+which)?\s+(?:leads|led|heads|headed|co-leads)\s+(?:the|our|⟦\d+⟧)\s+(?:bank|lender|lending)\s+(?:group|syndicate)\b")  # "Halvard Bank leads the bank group"
# "we entered into a credit agreement with X, as administrative agent and a lender, Y, as syndication agent and a lender"
_AS_LENDER = _pattern(r"{A}(?:\s*\([^()]{0,40}\))?,?\s+as\s+(?:[\w-]+\s+){0,3}?(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:lenders?|arrangers?|creditors?)\b")
_BORROWER = _pattern(r"{B}" + g(60) + r"\b(?:entered into|enters into|signed|closed|amended|obtained|secured|(?:is|are) (?:a )?party to)\b" + g(60)
                     + r"\b(?:credit|loan|facility|financing)\b")
_SUPPLIED_BY = _pattern(r"\b(?:will be |are |is |were |was )?(?:being )?(?:(?:[\w-]+(?:ed|ied|built|made)\s+and\s+)?(?:supplied|delivered|manufactured|assembled|fabricated|carried\s+out|performed|handled|done|integrated|"
                        r"(?:liquid-)?cooled|packaged|built|installed|(?<!decisions\sare\s)(?<!decisions\swere\s)(?<!decisions\sare\sjointly\s)made)\s+"
                        r"(?:under contract\s+|for\s+⟦\d+⟧\s+)?by|(?:(?:principally|primarily|mainly|mostly|largely|chiefly)\s+)?(?:sourced|procured|purchased|bought|(?<=\bwere\s)ordered|(?<=\bwas\s)ordered|(?<=\bare\s)leased|(?<=\bare\s)rented)\s+(?:(?:principally|primarily|mainly|mostly|largely|chiefly|exclusively|directly)\s+)?from|(?<=\bis\s)outsourced\s+to|(?<=\bare\s)outsourced\s+to)\s+{A}"
                        r"(?!\s+and\s+(?:its|their|⟦\d+⟧)\s+(?:[\w-]+\s+){0,2}?partners\b)")  # "High-bandwidth memory is sourced from X"
# (not "The data centers themselves are built by ⟦OpenAI⟧ and its infrastructure partners": its own project, not built for the company)
_CUSTOMER_SHARE = _pattern(r"{B}(?!,?\s+whose\b)(?!\s+(?:contracts|services|products|segment|sales|revenues?|business|customers|clients)\s+accounted\b)(?:,\s+(?:a|an|the)\s+[^;.]{0,100}?,)?" + g(120) + r"\baccounted for (?:approximately |about |roughly )?\d[\d.]*\s?%(?:,?\s*(?:and\s+)?\d[\d.]*\s?%)* of (?:our |⟦\d+⟧ |the company's |its )?(?:total |net |consolidated )?(?:revenues?|sales)")

# "Dingyue Technology, a server ODM, accounted for approximately 46% of our purchases of property and equipment": a supplier of ours
# "Stratacore Cloud leases 120 megawatts at our Dallas North campus": a tenant of ours
_LEASES_AT_OURS = _pattern(r"{B}\s+(?:also\s+)?(?:leases|leased|rents|rented|occupies|occupied|has\s+leased|reserved|contracted)\s+[^⟦;]{0,60}?\b(?:at|in)\s+our\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:campus|campuses|site|sites|facility|facilities|data\s+cent(?:er|re)s?|buildings?|halls?)\b")
_SUPPLIER_SHARE = _pattern(r"{A}(?:,\s+(?:a|an|the)\s+[^;.]{0,100}?,)?" + g(120) + r"\baccounted for (?:approximately |about |roughly |substantially all |most |the majority )?(?:\d[\d.]*\s?%)?(?:,?\s*(?:and\s+)?\d[\d.]*\s?%)* of "
                           r"(?:our |⟦\d+⟧ |the company's |its )?(?:total |net |consolidated )?(?:purchases|inventory purchases|capital expenditures|cost of (?:revenues?|sales|goods sold)|procurement)")
# "Purchase obligations … included $18.6 billion of wafer commitments, principally with Hanjing Semiconductor": a supplier of ours
_OUR_COMMITMENTS = _pattern(r"\b(?:purchase|supply|inventory|take-or-pay)\s+(?:obligations|commitments)\b[^⟦;]{0,120}?,?\s+(?:principally|primarily|mainly|mostly|largely|chiefly|substantially\s+all)?\s*with\s+{A}")
# "Quillmind accounted for 38% of revenue in the fourth quarter, and Solvane for 27%": the second customer shares the verb
_CUSTOMER_SHARE_TOO = _pattern(r"\baccounted for (?:approximately |about |roughly )?\d[\d.]*\s?% of [^;.⟦]{0,80}?,?\s+and\s+{B}\s+for\s+(?:approximately |about |roughly )?\d[\d.]*\s?%")
# "Redmesa Power & Light supplies electricity to the Tallow Creek campus": in a company's own filing, the campus is its own
_SUPPLIES_OUR_SITE = _pattern(r"{A}\s+(?:also\s+)?(?:supplies|supplied|provides|provided|delivers|sells|will\s+supply|will\s+provide)\s+(?:electricity|power|energy|"
                              r"electric\s+power|renewable\s+power|cooling|water|natural\s+gas|fib(?:re|er)|connectivity)\s+(?:to|for)\s+(?:the|our)\s+"
                              r"(?:[A-Z][\w-]*\s+){0,3}(?:campus|campuses|sites?|facilit(?:y|ies)|data\s+cent(?:er|re)s?)\b")

# "Our largest customer remains Pallas Labs"
_OWN_CUSTOMER = _pattern(r"(?:⟦\d+⟧|\bour)\s+(?:single\s+)?(?:largest|biggest|top|main|principal|anchor|first)\s+customer\s+"
                         r"(?:(?:this|last|in\s+the)\s+(?:quarter|year|fiscal\s+year|period)\s+|in\s+(?:fiscal\s+)?\d{4}\s+)?"
                         r"(?:remains|remained|is|was|continues\s+to\s+be|became|has\s+been)\s+{B}")
# "Meridian Systems was again our largest direct customer, at roughly 19% of revenue"
_OWN_CUSTOMER_AFTER = _pattern(r"{B}(?:,\s+which\s+[^;]{0,80}?,|,\s+[A-Z][a-zé]+(?:\s+(?:am\s+)?[A-Z][a-z]+)?,)?\s+(?:was|is|remains|remained|became|has\s+been)\s+(?:again\s+|still\s+|once\s+again\s+|itself\s+|also\s+)?"
                               r"(?:one\s+of\s+)?(?:⟦\d+⟧|our)\s+(?:single\s+)?"
                               r"(?:largest|biggest|top|main|principal|anchor|larger|bigger|major|key)\s+(?:[\w-]+\s+)?customers?\b")  # ("Palisade, which …, is itself one of our larger cloud customers")
# "Al Waha Extrusion took 61,000 tonnes of billet in the quarter under its annual contract, which makes it our largest domestic customer"
_MAKES_IT_OUR_CUSTOMER = _pattern(r"^(?:[^⟦]{0,40},\s+)?{B}\s+" + g(160) + r",\s+(?:which|that)\s+makes\s+(?:it|them)\s+(?:one\s+of\s+)?(?:⟦\d+⟧|our)\s+(?:single\s+)?"
                                  r"(?:largest|biggest|top|main|principal|anchor|larger|bigger|major|key|second-largest)\s+(?:[\w-]+\s+)?customers?\b")
_CUSTOMER_OURS = _pattern(r"{B}\s+(?:was|is|remains|remained|became|has\s+been)\s+(?:again\s+|once\s+again\s+|also\s+|still\s+)?(?:⟦\d+⟧|\bour)\s+"
                          r"(?:single\s+)?(?:largest|biggest|top|main|principal|anchor)\s+customer\b")  # "Cobalt Systems was again our largest customer"
# a filer's notice of an order it took: "本公司前于114年3月公告之Kilat Express Pte. Ltd.自助结帐及手持POS设备订单": the customer's order
_ZH_ORDER_OF = _pattern(r"(?:公告|承接|接获|收到|取得|获得)(?:之|的)" + ZH_COUNTRY + r"{B}" + BRACKETED + r"?[^⟦。；，]{0,24}?订单")
# a note on a supplier: "Daeseong Department Store's 6,200-terminal self-checkout order (KRW31.5bn) ships from 3Q25": a customer's order
_THEIR_ORDER_SHIPS = _pattern(r"{B}(?:'s|’s)\s+(?:[\w,.$-]+\s+){0,4}?(?:order|orders|contract)\s+(?:\([^()]{0,30}\)\s+)?(?:ships|shipped|is\s+shipping|will\s+ship|began\s+shipping|starts\s+shipping|is\s+being\s+delivered)\b")
# "Our satellites are launched principally by Aurelle Launch SA, which is contracted to launch 24 of our satellites"
_CONTRACTED_FOR_US = _pattern(r"{A}(?:\s*\([^()]{0,30}\))?,?\s+(?:which|who)\s+(?:has\s+been|is|was|are|were)\s+(?:also\s+)?contracted\s+to\s+"
                              r"(?:launch|supply|provide|deliver|build|manufacture|fabricate|assemble|install|host|operate|construct|carry|ship|service)\s+"
                              r"(?:up\s+to\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:our|the\s+Company['’]s)\b")
# (a document on its own company in the third person: "The largest single customer is Orbitra Vantage, Inc.")
_THE_LARGEST_CUSTOMER = _pattern(r"(?:^|(?<=[;:]\s))(?:The|Our|Its)\s+(?:single\s+)?(?:largest|biggest|main|principal|anchor)\s+(?:single\s+)?customer\s+(?:is|was|remains|remained)\s+{B}")
# "Revenue from Vantorel Compute, Inc. represented 21% and 9% of total net revenue", "Revenue from X under its reserved-instance
# contract was $63.0 million": a customer of ours
_REVENUE_FROM = _pattern(r"\b(?:revenues?\s+from|(?:net\s+)?sales\s+to)\s+{B}(?:\s+and\s+(?:its|⟦\d+⟧)\s+(?:subsidiaries|affiliates))?(?:,\s+(?:a|an|the)\s+[^;⟦]{0,80}?,|,\s+(?:which|who)\s+[^;]{0,100}?,|,\s+for\s+[^;]{0,100}?,)?(?:\s+(?:under|pursuant\s+to)\s+[^;,⟦]{0,60}?)?\s+(?:represented|accounted\s+for|was|were|comprised|made\s+up|amounted\s+to)\s+(?:approximately\s+|about\s+|roughly\s+)?(?:US|[A-Z]{3}\s?)?[$€£₩¥]?\d")
# "Shipments to Hongshuo Electronics, which integrates our baseboards into rack-scale systems, rose 40%": a customer of ours
_SHIPMENTS_TO = _pattern(r"(?:^|[.;]\s+)(?:(?:our|total)\s+)?(?:shipments|deliveries|(?:net\s+)?sales|revenue)\s+(?:of\s+[^⟦;,]{0,40}?\s+)?to\s+{B}(?:\s*\([^()]{0,30}\))?"
                         r"(?:,\s+(?:which|who|a|an|the|our)\s+[^;]{0,120}?,)?\s+(?:rose|grew|increased|doubled|tripled|fell|declined|decreased|more\s+than|were|was|reached|totaled|totalled)\b")
# "Nimbara Cloud took first production volumes of our Aurora X2 systems in December": a customer of ours
_TOOK_OURS = _pattern(r"{B}\s+(?:has\s+|have\s+)?(?:took|takes|taken|received|receives|accepted|began\s+taking)\s+(?:its\s+|their\s+|the\s+)?(?:first\s+)?(?:production\s+|volume\s+|initial\s+)?"
                      r"(?:volumes|shipments|deliveries|units)\s+of\s+⟦(?P<us>\d+)⟧")
# "In June 2025, Qirat Sovereign Holdings purchased 14.2 million newly issued Class A shares in a private placement": an investor in us
_BOUGHT_NEW_SHARES = _pattern(r"{A}\s+(?:has\s+|have\s+)?(?:also\s+)?(?:purchased|bought|subscribed\s+for|acquired)\s+[^⟦;]{0,40}?\b(?:newly[- ]issued|new)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?:shares|stock|units)\b(?![^⟦;.]{0,40}\b(?:of|in)\s+(?:the\s+)?⟦)")
# a results briefing: "全资子公司深圳翠璟智造有限公司的新工厂已于6月投产": the speaker's unit
_ZH_OUR_UNIT = re.compile(r"(?:[^⟦:：]{0,20}[:：])?\s*(?:我们|我司|公司|本公司)?(?:的)?(?:全资|控股)(?:子公司|孙公司)⟦\d+⟧")
# "Larkspur Photonics doubled its monthly shipments of 800-gig optical transceivers to us": a supplier of ours
_SHIPS_TO_US = _pattern(r"{A}" + g(40) + r"\b(?:shipments|deliveries)\s+(?:of\s+[^⟦;]{0,60}?\s+)?to\s+⟦(?P<us>\d+)⟧")
# "Non-marketable equity securities include our 4.1% interest in Meridel Software Inc."
_OUR_INTEREST_IN = _pattern(r"⟦(?P<us>\d+)⟧\s+[\d.]+\s?%\s+(?:ownership\s+|equity\s+|minority\s+)?(?:interest|stake)\s+in\s+{B}")
# "Harrowgate Bank plc and Bramford Merchant Bank each hold commitments of $250.0 million under the facility": lenders of ours
_HOLD_COMMITMENTS = _pattern(r"{A}\s+(?:and\s+⟦\d+⟧\s+)?(?:each\s+|also\s+)?(?:hold|holds|held|have|has)\s+(?:[\w$.,-]+\s+){0,4}?commitments?\b[^⟦;]{0,40}?\bunder\s+(?:the|our)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:facility|revolver|credit\s+agreement|term\s+loan)")
# "Concurrently, Ashgrove Ventures IV, L.P. agreed to purchase an additional 1,153,846 shares on the same terms": an investor in us
_BUYS_OUR_SHARES = _pattern(r"{A}\s+(?:has\s+|have\s+)?(?:also\s+)?(?:agreed\s+to\s+)?(?:purchase|buy|subscribe\s+for)\s+(?:an\s+additional\s+)?[\d,]+\s+(?:newly[- ]issued\s+)?"
                            r"(?:shares|units)\b(?![^⟦;.]{0,40}\b(?:of|in)\s+(?:the\s+)?⟦)")
# "We also signed Emberly AI, a fast-growing agent startup, to a three-year inference contract": a customer of ours
_SIGNED_TO_CONTRACT = _pattern(r"⟦(?P<us>\d+)⟧\s+(?:also\s+|have\s+|has\s+)?signed\s+{B}(?:,\s+[^⟦;]{0,60}?,)?\s+to\s+(?:a|an)\s+[^⟦;.]{0,60}?\b(?:contract|agreement|deal|commitment|lease)\b")
# "That site is being developed jointly with Hoshikawa Shoji under a 50:50 joint venture": a partner of ours
_JOINTLY_WITH = _pattern(r"\b(?:is|are|was|were|will\s+be)\s+(?:being\s+)?(?:developed|built|constructed|operated|owned|designed)\s+jointly\s+with\s+{B}")
# "It is a framework cooperation agreement with Lanqiao Intelligent Computing": a partner of ours
_OUR_COOPERATION = _pattern(r"(?:^|[.;]\s+)(?:It|This|That)\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:cooperation|collaboration|partnership|co-development|joint\s+development)\s+"
                            r"agreement\s+with\s+{B}")
# "Power for the campus is provided under a 15-year agreement with Vantor Energy Partners": a supplier of ours
_POWER_UNDER = _pattern(r"\b(?:power|electricity|energy|cooling|water)\s+for\s+(?:our|the\s+Company['’]s)\s+[^⟦;.]{0,40}?\b(?:is|are|will\s+be|was)\s+(?:provided|supplied|delivered)\s+"
                        r"under\s+(?:a|an)\s+[^⟦;]{0,60}?\b(?:agreement|contract|PPA)\s+with\s+{A}")
# "Tingsheng is building all of our racks for the Quillmark expansion": a supplier of ours
_BUILDS_OURS = _pattern(r"{A}\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|also\s+)?(?:building|builds|built|making|makes|made|assembling|assembles|assembled|manufacturing|manufactures|manufactured)\s+"
                        r"(?:all\s+|most\s+|some\s+|many\s+)?(?:of\s+)?(?:⟦(?P<us>\d+)⟧)\s+(?:[\w-]+\s+){0,2}?(?:racks|servers|systems|chips|boards|modules|products|halls|"
                        r"data\s+cent(?:er|re)s|campus(?:es)?|facilities|buildings|clusters|accelerators|GPUs)\b")
# "We signed our first customer in Taiwan, Hung Ching Optoelectronics": a customer of ours
_SIGNED_CUSTOMER = _pattern(r"\b(?:signed|added|won|landed|onboarded|welcomed)\s+⟦(?P<us>\d+)⟧\s+(?:first|newest|largest|second|third|next|latest)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:customer|tenant|client)(?:\s+in\s+(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*))?)?,\s+{B}")
# "We also welcomed Sablewick Robotics this quarter", "we added X as a new customer"
_WELCOMED = _pattern(r"⟦(?P<us>\d+)⟧\s+(?:also\s+)?(?:welcomed|onboarded|added)\s+{B}\s+(?:as\s+(?:a\s+|our\s+)?(?:new\s+)?(?:customer|tenant|client)|this\s+quarter|during\s+the\s+quarter|in\s+the\s+quarter)\b")
# "Our Corrin Edge modules have been designed into the autonomous picking arms built by Sablewick Robotics"
_DESIGNED_INTO = _pattern(r"⟦(?P<us>\d+)⟧\s+(?:[\w-]+\s+|⟦\d+⟧\s+){0,4}?(?:have|has)\s+been\s+(?:designed|built|qualified|selected)\s+into\s+[^⟦;]{0,80}?\b"
                          r"(?:built|made|sold|designed|manufactured|produced)\s+by\s+{B}")
# "Calloway Mutual Life Insurance Company came in at the final close with a $250 million commitment": a limited partner of ours
_AT_OUR_CLOSE = _pattern(r"{B}(?:\s+Company)?\s+(?:also\s+)?(?:came\s+in|joined|committed|signed\s+on|was\s+admitted)\s+(?:[\w$.,-]+\s+){0,3}?(?:at|in)\s+(?:the\s+|our\s+)?(?:final|first|second|initial)\s+close\b")
# "Ossington Ridge Bank increased our subscription line to $400 million": a lender of ours
_OUR_LINE = _pattern(r"{A}\s+(?:has\s+)?(?:increased|upsized|extended|renewed|provided|expanded|amended)\s+⟦(?P<us>\d+)⟧\s+(?:[\w$.,-]+\s+){0,3}?"
                     r"(?:subscription\s+(?:line|facility)|credit\s+(?:line|facility)|revolver|revolving\s+(?:credit\s+)?facility|term\s+loan|warehouse\s+(?:line|facility))")
# a customer grows its business with us: "Parallax Labs expanded its contract with us by $2.4 billion"
# "The capacity financed by the Facility is fully contracted to Auralis Labs under the five-year agreement": sold to a customer of ours
_CONTRACTED_TO = _pattern(r"\b(?:capacity|compute|cluster|clusters|GPUs|accelerators|megawatts|MW|campus|data\s+halls?)\b[^⟦;.]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+"
                          r"(?:fully\s+|entirely\s+|wholly\s+|100%\s+)?(?:contracted|committed|leased|pre-leased|sold)\s+to\s+{B}")
# "Data center capacity at our Reno and Columbus sites is leased from Keystone Digital Realty Trust, Inc.": our landlord
_LEASED_FROM_US = _pattern(r"\b(?:capacity|space|sites?|campus(?:es)?|data\s+halls?|facilities|buildings?|premises)\b[^⟦;.]{0,40}?\b(?:is|are|was|were)\s+"
                           r"(?:(?:mostly|primarily|all|entirely|largely)\s+)?(?:leased|rented|sub-?leased)\s+from\s+{A}")
# "该智算中心由瀚海深圳营运", "The Abilene campus is operated by X", "X operates the data center": who runs the centre sells its compute
_OPERATES = [_pattern(r"(?:数据中心|智算中心|算力中心|计算中心|机房|园区)[^⟦。；，]{0,10}?由{A}(?:负责)?(?:营运|运营|经营|运维)"),
             _pattern(r"(?:数据中心|智算中心|算力中心|算力|IDC|云)(?:运营商|服务商|营运商)\s*{A}"),  # "港股智算中心运营商云川数据"
             _pattern(r"\b(?:data\s+cent(?:er|re)s?|campus(?:es)?|compute\s+cent(?:er|re)s?|facilit(?:y|ies))\s+(?:is|are|was|were|will\s+be)\s+"
                      r"(?:also\s+)?(?:operated|run|managed)\s+by\s+{A}"),
             _pattern(r"{A}\s+(?:also\s+)?(?:operates|runs)\s+(?:the|its|our|a|an|this)\s+(?:[\w-]+\s+){0,3}?(?:data\s+cent(?:er|re)s?|compute\s+cent(?:er|re)s?|campus(?:es)?)\b")]
_CONTRACT_WITH_US = _pattern(r"{B}(?::\s+(?:they|it)(?:'ve|’ve|'s|’s)?)?\s+(?:has\s+|have\s+|again\s+|also\s+)?(?:expanded|expands|extended|extends|renewed|renews|upsized|upsizes|increased|increases|doubled|doubles)\s+"
                             r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:contract|commitment|agreement|deal)s?\s+with\s+⟦(?P<us>\d+)⟧")
# ("玻璃芯材，将由日商⟦雾雨硝子株式会社⟧（Kirisame Glassworks K.K.）供应": the maker's country and its name in brackets may stand around it)
_ZH_SUPPLIED_BY = _pattern(r"^[^⟦。；]{0,40}由(?:日商|美商|韩商|台商|德商)?{A}(?:[（(][^）)⟦]{0,60}[）)])?(?:负责)?(?:独家)?(?:[^⟦。；，]{0,10}?方式)?(?:供应|供货|提供|生产|代工)(?![^⟦。；，]{0,30}(?:贷款|借款|授信|融资|担保|保证|资金))")
# "公司1.6T光模块所需的硅光芯片由科凡晶圆（Corvane Foundry）代工": what the company needs, made by a supplier
_ZH_OURS_SUPPLIED_BY = _pattern(r"(?:^|(?<=[，。；]))(?:⟦(?P<us>\d+)⟧|本?公司)[^⟦。；，]{0,30}?(?:所需|使用|采用)的[^⟦。；，]{0,16}?由{A}" + BRACKETED + r"?(?:负责)?(?:独家)?"
                                r"(?:供应|供货|提供|生产|代工|制造|封装|封测)(?![^⟦。；，]{0,30}(?:贷款|借款|授信|融资|担保|保证|资金))")
# "（4）加速卡模组之主要供应商为中国大陆华芯灵犀科技股份有限公司": a notice's own part's supplier (no other company named before it)
_ZH_PART_SUPPLIER = _pattern(r"(?:^|(?<=[：:）)]))[^⟦。；，]{1,16}?(?:之|的)(?:主要|唯一|独家|最大)?供应商(?:为|是|系)" + ZH_COUNTRY + r"{A}")
# "本联合授信案由永曜商业银行担任管理银行，并与信鸿商业银行、泰和国际商业银行共同参贷": the managing bank and each co-lender lend
_ZH_LEAD_BANK = _pattern(r"(?:授信|贷款|联贷|借款|银团)案?由{A}(?:担任|作为|为)(?:管理|主办|牵头|主|额度管理|联合主办)?(?:银行|行)"
                         r"(?![^。；]*?(?:未|不|并未|没有)(?:参与)?(?:出借|参贷|放款|提供贷款|出资))")  # (not "…，玉丰商业银行未参与出借")
_ZH_SYNDICATE_MEMBER = _pattern(r"(?:^|(?<=[，。；.、]))(?:其中[，,]?)?{A}(?:为|是|系|担任|作为)(?:本次|本案|该)?(?:参贷|联贷|贷款|授信|主办|管理|牵头)(?:银行|行|机构)(?:之一)?")  # "远和商业银行为参贷银行之一"
# "参与授信之银行为联泰商业银行及富冈商业银行" (each one listed lends); "本公司董事会决议资金贷与晶岱美国美金3,000万元" (a loan to a unit)
_ZH_BANKS_ARE = _pattern(r"参与(?:本次)?(?:联合)?(?:授信|联贷|贷款|借款)(?:案)?(?:之|的)?(?:银行|金融机构)(?:为|包括|系|分别为)\s*{A}")
_ZH_LENT_TO = _pattern(r"(?:资金)?(?:贷与|贷予|借予|出借予)\s*(?:[^⟦，。；]{0,14}?子公司\s*)?{B}")
_ZH_CO_LENDERS = _pattern(r"(?:与|[、及和]){A}(?=(?:[、及和]⟦\d+⟧)*(?:共同|一同|一起)?参贷)")
# "公司在手液冷订单金额约9.2亿元，其中包括与港湾数据中心控股有限公司签订的1.32亿元…合同": an order on hand is a sale
_ZH_ORDER_WITH = _pattern(r"(?<=，)其中(?:包括|含)?与{B}" + BRACKETED + r"?签订的(?:(?!借款|贷款|授信|担保|租赁|采购)[^⟦。；，]){0,30}?(?:合同|订单)")
# "公司长期为海沃森半导体（Halvorsen Semiconductor）等国际客户提供先进制程晶圆代工服务": a company's own customers
_ZH_SERVES = _pattern(r"(?:^|[，。；])(?:本)?公司(?:长期|一直|主要|持续|目前|已)*为{B}(?:[（(][^）)]{0,40}[）)])?等?[^⟦。；，]{0,12}?客户(?:提供|供应|供货)")
# (and "…项目由全资子公司华锂循环（江西）有限公司实施": the unit that carries out the company's project)
_ZH_OWN_SUBSIDIARY = _pattern(r"(?:(?:^|(?<=[，。；：:]))[^⟦，。；：:]{0,6}?|由(?:其|公司|本公司)?(?=全资|控股))(?:全资|控股)?子公司{A}(?![的之])")
_ZH_WHOLLY_HELD = _pattern(r"(?:百分之百|100\s?%)持(?:股|有)(?:之|的)?子公司\s*{A}")  # "资金贷与百分之百持股之子公司 JUNTIN POWER (THAILAND) CO., LTD."
# "At the second close, Calder State Employees' Retirement System was admitted as a new limited partner": a new investor in the fund
_ADMITTED_LP = _pattern(r"{A}\s+(?:was|were|has\s+been|have\s+been)\s+admitted\s+as\s+(?:a\s+|an\s+)?(?:new\s+|additional\s+)?limited\s+partners?\b")
_ZH_MAIN_CUSTOMER = _pattern(r"(?:^|[，。；：:])(?:本公司|公司)?(?:的|之)?(?:主要|最大|第一大|重要)客户{B}")  # "主要客户宏铼记忆体股份有限公司…增加…订单"
# "the accounts of the Company and its wholly owned subsidiaries, Kestrel Compute Funding I, LLC and Kestrel Compute (Johor) Sdn. Bhd."
_OWN_UNITS = re.compile(r"(?:\b(?:its|our|the\s+Company['’]s)|⟦\d+⟧)\s+(?:wholly[- ]owned\s+|consolidated\s+|majority[- ]owned\s+)?subsidiaries,?\s+(?:including\s+)?"
                        r"(?P<list>⟦\d+⟧(?:\s*\([^()]{0,30}\))?(?:,\s+(?:a|an)\s+[^⟦;,]{0,60})?(?:(?:,\s*(?:and\s+)?|\s+and\s+)⟦\d+⟧(?:\s*\([^()]{0,30}\))?"
                        r"(?:,\s+(?:a|an)\s+[^⟦;,]{0,60})?)*)", re.I)
# (not another company's offering: "⟦沁冷热控⟧本次现金增资之其他认购人为⟦a⟧" subscribes to 沁冷热控's shares)
_ZH_SUBSCRIBER = _pattern(r"(?:⟦(?P<owner>\d+)⟧[^⟦。；，]{0,12}?)?(?:应募人|认购人|认购方|认购对象|发行对象)(?:为|是|系)[^⟦。；，]{0,12}?{A}")
_ZH_SUBSCRIBED = _pattern(r"{A}(?:(?:本次|此次)认购(?:总)?(?:金额|股数|股份|价款)|(?:已)?(?:有条件)?同意[^⟦。；]{0,30}?认购[^⟦。；]{0,40}?新(?:股份|股|发行股份))")
# The document's own company as the other party of a link (in its own words):
# "Purchases from Shyanghao Computing, our lead ODM, came to roughly $4.1 billion": what the company buys
_PURCHASES_FROM = _pattern(r"\b(?:purchases|procurement|spending|spend)\s+(?:of\s+[^⟦;]{0,40}?\s+)?(?:from|with)\s+{A}(?:,\s+[^;]{0,60}?,)?\s+"
                           r"(?:came\s+to|totall?ed|were|was|amounted\s+to|reached|rose|grew|increased|fell|declined)\b")
# "we also made a capital contribution of $2.5 billion this year to X": money put into a company
_CONTRIBUTION_TO = _pattern(r"\b(?:made|make|makes|making)\s+(?:a\s+|an\s+)?(?:additional\s+|further\s+)?(?:capital|equity)\s+contributions?\s+(?:of\s+)?(?:[^⟦;.]|\.(?=\d)){0,40}?\bto\s+{B}")
# "Pellucid Oak Ventures led our Series A financing in 2021": an investor in the company
_LED_OUR_ROUND = _pattern(r"{A}\s+(?:also\s+)?(?:led|co-led|anchored|joined)\s+(?:⟦\d+⟧|our)\s+(?:[\w-]+\s+){0,3}?(?:financing|round|raise|offering|placement)\b")
# "合肥芯衡微電子股份有限公司供應 CXL 記憶體擴充控制晶片，本年度採購金額…" in the buyer's report: a supplier of the company
_ZH_NAMED_SUPPLIES = _pattern(r"(?:^|(?<=[，。；：:]))[^⟦，。；]{0,6}?{A}" + BRACKETED + r"?(?:主要|长期|持续|独家)?(?:供应|供货)\s*(?!⟦|[^⟦。；，]{0,30}(?:贷款|借款|授信|融资|担保|保证|资金))"
                              r"[^⟦。；，]{1,30}[，,][^⟦。；]{0,12}?(?:采购|进货)")
# "Approximately 70% of the net lettable area has been pre-committed by X", "The remaining 30% has been leased to Y": the company's tenants
_OUR_SPACE_TAKEN = _pattern(r"(?:\b(?:area|space|capacity|floor\s+area|NLA|megawatts|MW)\b[^⟦;.]{0,40}?|\b(?:the\s+)?remaining\s+[\d.]+\s?%\s+)(?:has\s+been|have\s+been|is|are|was|were)\s+"
                            r"(?:pre-?committed|committed|leased|let|taken\s+up|contracted)\s+(?:by|to)\s+{B}")
# "…a private placement of new units …, of which the Ras Zafran Investment Authority has agreed to subscribe for S$150.0 million"
_SUBSCRIBES_OURS = _pattern(r"\bof\s+which\s+(?:the\s+)?{A}\s+(?:has\s+|have\s+)?(?:agreed\s+to\s+|will\s+)?(?:subscribe|subscribed|take\s+up|took\s+up)\b")
# "… S$350.0 million of senior unsecured notes placed privately with X": a noteholder lends
_NOTES_PLACED_WITH = _pattern(r"\b(?:notes|bonds|debentures)\s+(?:placed|issued|sold)\s+(?:privately\s+)?(?:with|to)\s+{A}")
# "To fund operations during the sale process, Ridgeway Capital Partners LP (the "DIP Lender") has committed to provide a senior secured
# superpriority debtor-in-possession term loan facility …": in the company's own words, a loan that names no borrower is the company's
_COMMITTED_TO_LEND = _pattern(r"{A}(?:\s*\([^()]{0,60}\))?,?\s+(?:(?:has\s+|have\s+)?(?:committed|agreed)\s+to|will|shall)\s+(?:provide|extend|make\s+available|fund)\s+(?:a|an|the)\s+"
                              + g(100) + r"\b(?:loans?|(?:credit|loan|term|revolving|DIP|debtor-in-possession|bridge|financing|delayed-draw)\s+facilit(?:y|ies)|financing)\b(?![^.;⟦]{0,80}\b(?:to|for)\s+⟦)")
# a plan's new equity: "Ridgeway will hold approximately 46% of the New Common Stock", "Vantor will convert $142.6 million of Vantor
# Receivables into 19.5% of the New Common Stock"; "a $150 million equity rights offering, fully backstopped by Ridgeway"
_NEW_EQUITY = r"(?:the\s+)?(?:New\s+Common\s+(?:Stock|Equity|Shares)|New\s+Equity|reorgani[sz]ed\s+(?:equity|company)|new\s+equity|(?:our|its)\s+(?:common\s+)?(?:stock|shares|equity))\b"
_HOLDS_NEW_EQUITY = _pattern(r"{A}\s+(?:will|would|shall)\s+(?:(?:also\s+)?(?:hold|own|receive)\s+|convert\s+" + g(80) + r"\binto\s+)(?:approximately\s+|about\s+|roughly\s+)?[\d.]+\s?%\s+of\s+" + _NEW_EQUITY)
_HOLDS_OF_WHICH = _pattern(_NEW_EQUITY + r",?\s+of\s+which\s+{A}\s+(?:will|would|shall)\s+(?:hold|own|receive)\b")
# "The GPU fleet and the assigned customer contracts will be sold to StratusForge": who buys what the company sells of itself
_OURS_SOLD_TO = _pattern(r"\b(?:fleet|assets|business|contracts|cluster|campus|facilit(?:y|ies)|division)\b[^.;⟦]{0,60}?\b(?:will\s+be|was|were|are\s+being|is\s+being|has\s+been|have\s+been)\s+sold\s+to\s+{A}")
# "The Rp640bn acquisition of Kayu Lestari Mandiri in March adds …", "The acquisition of Saimaan Sahat Oy was financed with cash": the
# report's (or the covered company's) own purchase, no buyer named
_OUR_ACQUISITION_OF = _pattern(r"^\W*(?:The|Our|Its)\s+(?:[\w$€£¥.,-]+\s+){0,3}?acquisition\s+of\s+(?:(?:a|an|the)\s+[\d.]+\s?%\s+(?:stake|interest)\s+in\s+)?{B}"
                               r"(?!(?:\s*\([^()]{0,40}\))?(?:,[^⟦,;]{0,80},)?\s+by\b)")
# "Pellet production sits in PT Pelet Energi Kalimantan, a subsidiary that operates the Balikpapan plant": the report's (or the
# covered company's) own unit, the sentence's first company
_A_SUBSIDIARY = _pattern(r"^[^⟦]*{A}(?:\s*\([^()]{0,30}\))?,\s+(?:a|an|our|the(?:\s+(?:[Gg]roup|[Cc]ompany)['’]s)?)\s+(?:wholly[- ]owned\s+|majority[- ]owned\s+|[\w-]+\s+){0,3}?subsidiary\b(?!\s+(?:of|in)\b)"
                         r"(?![^⟦;.]{0,60}⟦\d+⟧(?:'s|’s))")  # (not "…, the wholly owned subsidiary that runs ⟦b⟧'s factory": ⟦b⟧'s)
# a call's "Imports of Kestrel Bay wines under our exclusive Mexican distribution agreement reached 212 million pesos", "All of this
# runs on Nimbus Arc Cloud": what the company buys, from whom
_OUR_IMPORTS_OF = _pattern(r"^\W*(?:(?:Our|Total)\s+)?(?:imports|purchases)\s+of\s+{A}(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:under|reached|rose|grew|fell|were|was|totall?ed|amounted|came)\b")
_ALL_RUNS_ON = _pattern(r"^\W*(?:All\s+of\s+(?:this|that|it)|Everything|All\s+of\s+our\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:now\s+)?(?:runs|run|is\s+hosted|sits)\s+on\s+{A}")
_BACKSTOPPED = _pattern(r"\b(?:rights\s+offering|equity\s+offering|capital\s+raise|equity\s+raise)\b" + g(60) + r"\bbackstopped\s+by\s+{A}")
# a report's own sales: "revenue rose 14%, helped by a £96 million body-shop automation contract with Carrow Motor Company and a second
# full year of robotic assembly cells delivered to Kestrel EMS"
_OUR_SALES_CONTRACT = _pattern(r"\b(?:revenue|revenues|sales)\b(?:[^.;⟦]{0,120}?\b(?:contract|order|programme|program)\s+(?:with|from)|"
                               r"\s+(?:included|includes|include)\s+(?:approximately\s+|about\s+)?(?:US)?[$€£¥]\s?[\d.,]+\s*(?:billion|million|bn|m)?\s+from)\s+{B}")
_OUR_GOODS_DELIVERED = _pattern(r"\b(?:cells|systems|units|products|equipment|robots|machines|modules|servers|lines|stations)\s+(?:delivered|shipped|sold|supplied|installed)\s+(?:to|for)\s+{B}")
# a note on a borrower: "Kestrel Bank plc is lead arranger and provides $600 million of the term loan"
_PROVIDES_OUR_LOAN = _pattern(r"{A}\s+(?:is|acts\s+as|serves\s+as)\s+(?:the\s+)?(?:sole\s+|lead\s+|joint\s+lead\s+)?arranger\s+and\s+provides\s+(?:US)?\$[\d.,]+\s*(?:billion|million)?\s+of\s+the\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:loan|facility|financing)")
# ("…, with Azura Banking Corporation and First Cascade Bank, N.A. committing $500 million and $350 million respectively")
_PROVIDE_THE_BALANCE = _pattern(r"\bwith\s+{A}(?=(?:\s*,\s*⟦\d+⟧)*(?:,?\s+and\s+⟦\d+⟧)?(?:\s*\([^()]{0,30}\))?\s+(?:providing|committing|contributing|lending)\s+(?:the\s+(?:balance|remainder|rest)\b|(?:US)?\$\s?\d))")
# a lender's own report: "A USD 150 million three-year refinancing facility to Huagang Financial Leasing Co., Ltd. supports …"
_OUR_FACILITY_TO = _pattern(r"^(?:A|An)\s+(?:[^⟦;,]{0,60}?\s)?(?:loan|facility|financing|credit\s+line)\s+to\s+{B}")
# "Mercer Precision Castings Limited, a long-standing supplier of aluminium housings … to our Automation Systems segment"
_SUPPLIER_OF_OURS = _pattern(r"{A},\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,3}?supplier\s+of\s+" + g(80) + r"\bto\s+(?:⟦(?P<us>\d+)⟧|us|the\s+Group|the\s+Company)")
# a notice's own needs: "本案所需GPU加速模組主要向Corvalis Semiconductor Corp.採購"; "營運資金將由本公司自有資金及聯豐商業銀行提供之新台幣60億元中期聯合授信額度支應"
_OUR_NEEDS_BOUGHT = _pattern(r"(?:本案|本项目|本合约|本合同|本次交易|本次项目)所需(?:之|的)?[^⟦，。；]{0,16}?(?:主要|均|将)?向\s*{A}\s*(?:采购|购买|订购|购入)")
_OUR_CREDIT_FROM = _pattern(r"(?<![向为对给与])(?<!借予)(?<!借给){A}\s*(?:提供|给予)(?:之|的)[^⟦。；，]{0,24}?(?:授信|贷款|借款|信贷)(?:额度)?")
# "担保措施：公司控股股东宁州数产投资集团有限公司为公司…提供连带责任保证担保": whatever the clause says, the company names its holder
# "鹭岛资产管理有限公司作为财务投资人，拟出资人民币4.5亿元受让约1.36亿股转增股票": a restructuring investor buys the company's new shares
_TAKES_NEW_SHARES = _pattern(r"{A}" + r"(?:作为[^⟦，。；]{0,8}?投资人[，,]\s*)?[^⟦。；]{0,6}?(?:拟|将)?出资[^⟦。；]{0,20}?受让[^⟦。；]{0,20}?转增(?:的)?(?:股票|股份)")
_OUR_CONTROLLER = _pattern(r"(?:^|(?<=[：:，,。；;]))\s*(?:⟦(?P<us>\d+)⟧|(?:本)?公司)(?:的)?(?:控股股东|第一大股东)\s*{A}")
# "租赁物保险：…为租赁物投保财产一切险，保险人为富衡财产保险（中国）有限公司": the insurer the company buys cover from
_OUR_INSURER = _pattern(r"(?:投保|保险)[^⟦。；]{0,30}?[，,]\s*(?:保险人|承保人|承保机构)(?:为|是)\s*{A}")
# "该中心已与深衡智能科技有限公司签订为期三年的算力服务合同": the company's own centre sells its compute
# "We closed a licensing deal with Shenzhen Tuzhun that gives Tuzhun the right to use our print-controller patents": the company
# whose patents or software the deal lets the other use licenses them out
_OUR_RIGHTS_LICENSED = _pattern(r"\b(?:licen[cs]ing|licen[cs]e|royalty)\s+(?:deal|agreement|arrangement)\s+with\s+{B},?\s+(?:that|which|under\s+which)\s+"
                                r"(?:gives|grants|gave|granted|allows|allowed|lets)\s+(?:⟦\d+⟧|it|them|[A-Z][\w-]+)\s+(?:the\s+)?(?:non-exclusive\s+|exclusive\s+)?(?:right|rights|licen[cs]e)\s+to\s+"
                                r"(?:use|sell|make|incorporate|embed|deploy|distribute)\s+(?:our\b|⟦\d+⟧\s)")
_OUR_CENTRE_SELLS = _pattern(r"(?:该|本)(?:智算中心|数据中心|算力中心|中心|集群|项目)[^⟦。；]{0,8}?与\s*{B}\s*(?:签订|签署|订立)[^⟦。；]{0,20}?(?:算力服务|算力租赁|云服务|机柜租赁)(?:合同|协议)")
# a memorandum's own notes: "Meridian Mutual Life … has agreed, subject to customary conditions, to purchase US$600,000,000 of the Class A Notes"
# ("PayLumen Co., Ltd. will subscribe for the entire issue of KRW 120 billion of the Bonds")
_NOTES_BOUGHT_BY = _pattern(r"^\W*{A}(?:\s*\([^()]{0,40}\))?\s+(?:(?:has|have)\s+(?:agreed|committed)[^.;⟦]{0,60}?\bto|will|shall)\s+(?:purchase|buy|subscribe\s+for)\s+"
                            r"(?:(?:all|the\s+(?:entire|whole|full)\s+(?:issue|amount))\s+of\s+)?(?:(?:(?:US)?[$€£]|(?:KRW|EUR|USD|JPY|GBP|SGD|HKD|RMB)\s?)[\d.,]+(?:\s?(?:trillion|billion|million|bn|m))?\s+of\s+)?"
                              r"(?:the\s+)?(?:Class\s+[A-Z]\s+)?(?:(?:Senior\s+)?(?:Secured\s+)?Notes|Bonds)\b")
# a Taiwan call's own voice: "我們供應給美國液冷廠 Frostgrain 的 CDU 電源模組", "Quillfeather 本季仍是我們最大的客戶",
# "部分冷板我們是向廣東的瀾冰科技採購", "其中由瀚榮銀行擔任主辦行並承貸新台幣18億元", "公開收購沛霖精密工業股份有限公司普通股"
_ZH_WE_SUPPLY = _pattern(r"(?:我们|本公司)(?:[^⟦，。；]{0,4})?(?:供应|供货|出货|销售)(?:给|予)\s*(?:[^⟦，。；]{0,8}?(?:厂|商|公司)\s*)?{B}")
_ZH_OUR_TOP_CUSTOMER = _pattern(r"{B}[^⟦，。；]{0,12}?(?:是|为)(?:我们|本公司|公司)(?:的)?(?:最大|第一大|第二大|主要|重要)(?:的)?客户")
# a filer's own notice, the clause naming no other owner: "…以外销为主，其中香港及澳门市场主要客户为安宠国际控股有限公司"
_ZH_MAIN_CUSTOMER_IS = _pattern(r"(?:^|[，,；：:])(?:其中|目前)?[^⟦，。；]{0,14}?(?:主要|最大|第一大|重要)客户(?:为|是|係|系)\s*{B}")
# ("本公司同意于2025年7月1日至2027年12月31日期间向林巴公司采购工业木质颗粒": a period between)
_ZH_WE_BUY_FROM = _pattern(r"(?:我们|本公司|本集团)[^⟦，。；]{0,6}?(?:(?:同意|将|拟)[^⟦，。；]{0,36}?)?向(?:[^⟦，。；]{0,6}的)?\s*{A}\s*(?:采购|购买|订购|进货)")
_ZH_LEAD_IN_SYNDICATE = _pattern(r"其中(?:由)?{A}(?:担任|作为|为)(?:主办|牵头|管理|联合主办)?(?:银行|行)")
_ZH_TENDER = _pattern(r"公开收购\s*{B}")
# a name that says its company owns buildings to lease: "Kestrel Ridge Digital", "Meridian Vault Realty Trust", "嘉峯置業"
_LANDLORD_NAME = r"\b(?:Data\s+Cent(?:er|re)s?|Digital\s+Realty|Realty|REIT|Properties|Property|Campus(?:es)?|DevCo|Land|Vault|Digital)\b|置业|置業|地产|地產|物业|物業"
# "Corvane Construction Group is the general contractor on Reno North phase two": a builder for the filer's own project
_THE_CONTRACTOR = _pattern(r"(?:^|(?<=[.;,]\s))(?:[\w-]+\s+){0,3}?{A}\s+(?:is|was|will\s+be|serves\s+as|acts\s+as|has\s+been)\s+(?:also\s+)?the\s+(?:[\w-]+\s+){0,2}?contractor\s+(?:on|for|at)\s+(?!⟦)")
# "該改建工程之總承包商為榮晟工程有限公司": the builder of the filer's project
_ZH_THE_CONTRACTOR = _pattern(r"(?:总承包商|总包商|承建商|施工总承包方)(?:为|是)\s*{A}")
# "The satellite order is financed in part by a EUR 240 million export credit facility provided by Crédit Boréal": a loan to the filer
# ("Working capital for the ramp is covered by a NT$2.0bn medium-term credit line from Taixin Commercial Bank")
# ("The deal was funded from a new A$150m syndicated facility led by Coralsea Bank")
# ("… will be funded from cash on hand and a ¥1,500 million term loan from Sakuradai Bank")
_FACILITY_PROVIDED_BY = _pattern(r"\b(?:financed|funded|paid\s+for|covered|met|backed)\s+(?:in\s+part\s+|partly\s+|mainly\s+|largely\s+|fully\s+)?(?:by|through|with|from)\s+"
                                 r"(?:(?:existing\s+)?(?:cash\s+on\s+hand|cash|internal\s+resources|internal\s+funds)\s+and\s+)?(?:a|an|the)\s+" + g(60)
                                 + r"\b(?:credit\s+facility|facility|loan|term\s+loan|financing|credit\s+line|line\s+of\s+credit|revolver)\s+"
                                 r"(?:(?:to\s+be\s+)?(?:provided|arranged|extended|made\s+available|led|granted|underwritten)\s+by|from)\s+{A}(?![^⟦.;]{0,40}\bto\s+⟦)")
# "In September 2024 the EUR 150 million revolving credit facility provided by Noordhaven Bank N.V. was extended": a facility no one else
# is named with before it is the filer's own
_THE_FACILITY_BY = _pattern(r"^[^⟦;]{0,60}?\bthe\s+(?:[\w$€£.,-]+\s+){0,6}?(?:credit\s+facility|facility|term\s+loan|revolver|loan)\s+"
                            r"(?:(?:originally\s+)?(?:provided|arranged|extended|granted|made\s+available)\s+by|from)\s+{A}(?!\s*(?:'s|’s))(?![^⟦.;]{0,40}\bto\s+⟦)")
# "代價將以本集團內部資源及太平峰銀行有限公司提供之港幣25億元定期貸款撥付": a loan a bank provides to the filer
_ZH_LOAN_PROVIDED = _pattern(r"(?:本集团|本公司|公司|⟦\d+⟧)[^⟦。；]{0,20}?(?:及|和|与|以)\s*{A}\s*(?:提供|发放)(?:之|的)[^⟦。；，]{0,20}?(?:贷款|借款|融资)")
# "a 48-megawatt, 12-year lease with Tessellate Cloud at our Reno North campus": the filer leases to its tenant
_LEASE_AT_OUR_SITE = _pattern(r"\blease\s+with\s+{B}" + g(40) + r"\b(?:at|in|on|for)\s+our\s+(?:[\w-]+\s+){0,3}?" + _LEASED_SITE + r"\b")
_OWN_PARTY = [
    (_ZH_WE_SUPPLY, "b", "supplies", True),
    (_ZH_OUR_TOP_CUSTOMER, "b", "supplies", True),
    (_ZH_MAIN_CUSTOMER_IS, "b", "supplies", True),
    (_ZH_WE_BUY_FROM, "a", "supplies", False),
    (_ZH_LEAD_IN_SYNDICATE, "a", "lends_to", False),
    (_ZH_TENDER, "b", "acquires", True),
    (_OUR_SPACE_TAKEN, "b", "supplies", True),
    (_SUBSCRIBES_OURS, "a", "invests_in", False),
    (_NOTES_PLACED_WITH, "a", "lends_to", False),
    (_NOTES_BOUGHT_BY, "a", "lends_to", False),
    (_COMMITTED_TO_LEND, "a", "lends_to", False),
    (_HOLDS_NEW_EQUITY, "a", "owns_stake_in", False),
    (_BACKSTOPPED, "a", "invests_in", False),
    (_HOLDS_OF_WHICH, "a", "owns_stake_in", False),
    (_OURS_SOLD_TO, "a", "acquires", False),
    (_OUR_ACQUISITION_OF, "b", "acquires", True),
    (_A_SUBSIDIARY, "a", "subsidiary_of", False),
    (_OUR_IMPORTS_OF, "a", "supplies", False),
    (_ALL_RUNS_ON, "a", "supplies", False),
    (_OUR_CONTROLLER, "a", "owns_stake_in", False),
    (_OUR_NEEDS_BOUGHT, "a", "supplies", False),
    (_OUR_CREDIT_FROM, "a", "lends_to", False),
    (_OUR_SALES_CONTRACT, "b", "supplies", True),
    (_OUR_GOODS_DELIVERED, "b", "supplies", True),
    (_OUR_FACILITY_TO, "b", "lends_to", True),
    (_PROVIDES_OUR_LOAN, "a", "lends_to", False),
    (_PROVIDE_THE_BALANCE, "a", "lends_to", False),
    (_SUPPLIER_OF_OURS, "a", "supplies", False),
    (_TAKES_NEW_SHARES, "a", "invests_in", False),
    (_OUR_INSURER, "a", "supplies", False),
    (_OUR_CENTRE_SELLS, "b", "supplies", True),
    (_OUR_RIGHTS_LICENSED, "b", "supplies", True),
    (_ZH_NAMED_SUPPLIES, "a", "supplies", False),
    (_PURCHASES_FROM, "a", "supplies", False),
    (_CONTRIBUTION_TO, "b", "invests_in", True),
    (_LED_OUR_ROUND, "a", "invests_in", False),
    (_SUPPLIED_BY, "a", "supplies", False),  # "The servers ... will be supplied by Supermicro": a supplier of ours
    (_OWN_SUPPLIER, "a", "supplies", False),
    (_SUPPLIES_OUR_PRODUCT, "a", "supplies", False),  # "Kestrel Wafer remains the sole foundry for the Vela family"
    (_WHICH_SUPPLIES_OURS, "a", "supplies", False),
    (_BUILT_POSITION, "b", "invests_in", True),
    (_HOLDS_POSITION, "b", "owns_stake_in", True),
    (_PAID_FOR_ITS, "a", "supplies", False),
    (_NAMED_SUBSIDIARY, "a", "subsidiary_of", False),
    (_WORK_AWARDED_TO, "a", "supplies", False),
    (_WILL_SUPPLY_US, "a", "supplies", False),  # "Seorim Steel will supply approximately 410,000 tonnes of thick plate"
    (_LEADS_OUR_BANKS, "a", "lends_to", False),
    (_OUR_SYNDICATE, "a", "lends_to", False),
    (_ZH_LEAD_BANK, "a", "lends_to", False),
    (_ZH_CO_LENDERS, "a", "lends_to", False),
    (_ZH_SYNDICATE_MEMBER, "a", "lends_to", False),
    (_ZH_BANKS_ARE, "a", "lends_to", False),
    (_ZH_LENT_TO, "b", "lends_to", True),
    (_LENDER_UNDER, "a", "lends_to", False),  # "Bank of Tallis is a lender under the facility with a commitment of $250 million"
    (_OWN_SUBSIDIARY, "a", "subsidiary_of", False),
    (_THE_SUBSIDIARY, "a", "subsidiary_of", False),
    (_SUBSIDIARIES_SUCH_AS, "a", "subsidiary_of", False),
    (_HOLDER_FIELD, "a", "owns_stake_in", False),
    (_ZH_SUPPLIED_BY, "a", "supplies", False),  # "本次扩产所需ABF载板由华汐基板供应"
    (_ZH_OURS_SUPPLIED_BY, "a", "supplies", False),
    (_ZH_PART_SUPPLIER, "a", "supplies", False),
    (_ZH_ORDER_WITH, "b", "supplies", True),
    (_ZH_SUBSCRIBER, "a", "invests_in", False),  # "应募人为韩城记忆体"
    (_ZH_SUBSCRIBED, "a", "invests_in", False),  # "韩城记忆体本次认购总金额为新台币96亿元", "认购人已有条件同意按每股港币6.80元认购…新股份"  # "CR Saltfork Campus LLC, a wholly owned special-purpose subsidiary, owns …"
    (_CUSTOMER_SHARE, "b", "supplies", True),
    (_CUSTOMER_SHARE_TOO, "b", "supplies", True),
    (_SUPPLIER_SHARE, "a", "supplies", False),
    (_OUR_COMMITMENTS, "a", "supplies", False),
    (_ZH_SERVES, "b", "supplies", True),
    (_ZH_MAIN_CUSTOMER, "b", "supplies", True),
    (_ADMITTED_LP, "a", "invests_in", False),
    (_SUPPLIES_OUR_SITE, "a", "supplies", False),
    (_OWN_CUSTOMER, "b", "supplies", True),
    (_OWN_CUSTOMER_AFTER, "b", "supplies", True),
    (_MAKES_IT_OUR_CUSTOMER, "b", "supplies", True),
    (_THE_LARGEST_CUSTOMER, "b", "supplies", True),
    (_CONTRACTED_FOR_US, "a", "supplies", False),
    (_ZH_ORDER_OF, "b", "supplies", True),
    (_THEIR_ORDER_SHIPS, "b", "supplies", True),
    (_CUSTOMER_OURS, "b", "supplies", True),  # "Kestrel Data Centers ... accounted for 21% of our net revenue": a customer of ours
    (_CONTRACT_WITH_US, "b", "supplies", True),  # "Parallax Labs expanded its contract with us by $2.4 billion"
    (_REVENUE_FROM, "b", "supplies", True),
    (_CONTRACTED_TO, "b", "supplies", True),
    (_LEASED_FROM_US, "a", "supplies", False),
    (_BUILDS_OURS, "a", "supplies", False),
    (_SIGNED_CUSTOMER, "b", "supplies", True),
    (_WELCOMED, "b", "supplies", True),
    (_SHIPMENTS_TO, "b", "supplies", True),
    (_TOOK_OURS, "b", "supplies", True),
    (_BOUGHT_NEW_SHARES, "a", "invests_in", False),
    (_SIGNED_TO_CONTRACT, "b", "supplies", True),
    (_SHIPS_TO_US, "a", "supplies", False),
    (_OUR_INTEREST_IN, "b", "owns_stake_in", True),
    (_HOLD_COMMITMENTS, "a", "lends_to", False),
    (_BUYS_OUR_SHARES, "a", "invests_in", False),
    (_OUR_COOPERATION, "b", "partners_with", True),
    (_JOINTLY_WITH, "b", "partners_with", True),
    (_POWER_UNDER, "a", "supplies", False),
    (_DESIGNED_INTO, "b", "supplies", True),
    (_AT_OUR_CLOSE, "b", "invests_in", False),
    (_OUR_LINE, "a", "lends_to", False),
    (_ZH_OWN_SUBSIDIARY, "a", "subsidiary_of", False),
    (_ZH_WHOLLY_HELD, "a", "subsidiary_of", False),
    (_LEASES_AT_OURS, "b", "supplies", True),
    (_ORDERS_OURS, "b", "supplies", True),  # "美国子公司台芯精密亚利桑那预计2026年下半年量产"
    (_LEASE_AT_OUR_SITE, "b", "supplies", True),
    (_THE_CONTRACTOR, "a", "supplies", False),
    (_ZH_THE_CONTRACTOR, "a", "supplies", False),
    (_FACILITY_PROVIDED_BY, "a", "lends_to", False),
    (_THE_FACILITY_BY, "a", "lends_to", False),
    (_ZH_LOAN_PROVIDED, "a", "lends_to", False),
]
# what a note on a company says of it without speaking for it: "Fuel is supplied by X", "X is lead arranger and provides $600 million of the term loan"
_COVERED_PARTY = [p for p in _OWN_PARTY if p[0] in (_SUPPLIED_BY, _PROVIDES_OUR_LOAN, _PROVIDE_THE_BALANCE, _THEIR_ORDER_SHIPS, _FACILITY_PROVIDED_BY, _OUR_ACQUISITION_OF, _A_SUBSIDIARY, _THE_SUBSIDIARY, _HOLDER_FIELD)]
# a name whose capitalised words are joined by particles: "Office Lumarien du Crédit à l'Exportation", "Caisse des Dépôts et Consignations"
_PARTICLE_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w\u00c0-\u017f'’-]+(?:\s+(?:(?:du|de|des|de\s+la|la|le|à|au|aux|et|für|der|die|und|di|del|della|e|y|van|von|of|for|and|&)\s+)?"
                           r"(?:[ld]['’])?[A-Z][\w\u00c0-\u017f'’-]+){2,6}")
# "X signed a compute contract with Y" (合同/协议 in Chinese): the supplier is told apart by what it is.
CONTRACT = [
    _pattern(r"{A}" + g(60) + r"\b(?:signed|signs|entered into|struck|agreed|expanded|expands|extended|extends|renewed|renews|upsized|increased)\b" + g(80) + r"\b(?:compute|cloud|capacity|computing|GPU|chip|supply|infrastructure|power|maintenance|MRO|overhaul|repair)\b"
             + g(30) + r"\b(?:contract|agreement|deal|commitment|reservation)\b" + g(20) + r"\bwith\s+{B}"),
    # "Lumenfold's existing cloud services agreement with Meridian Cloud Services, Inc. remains in effect"
    _pattern(r"{A}(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:compute|cloud|capacity|computing|GPU|supply|colocation|power)\s+(?:services\s+)?(?:contract|agreement|deal)\s+with\s+{B}"),
    # "In December we signed a five-year, $4.2 billion expansion with Parallax AI"
    _pattern(r"{A}" + g(20) + r"\b(?:signed|signs|agreed)\s+(?:a|an)\s+" + g(50) + r"\b(?:expansion|extension|renewal)\s+with\s+{B}"),
    # "Sunmere Energy signed a 20-year, 1.1-gigawatt PPA with Kestrel": the side that makes power sells it
    _pattern(r"{A}" + g(60) + r"\b(?:signed|signs|entered into|struck|agreed)\b" + g(60) + r"\b(?:PPA|power\s+purchase\s+agreement|offtake\s+agreement)s?\b" + g(20) + r"\bwith\s+{B}"),
    # "Vantorix Semiconductor signed a multi-generation architecture licence with Ferrule": the licensor supplies
    _pattern(r"{A}" + g(60) + r"\b(?:signed|signs|entered into|struck|renewed|renews|extended|extends)\b" + g(60) + r"\blicen[cs]es?(?:\s+agreements?)?" + g(20) + r"\bwith\s+{B}"),
    _pattern(r"{A}" + BRACKETED + r"?(?:" + zg(10) + r"|于\d{4}年\d{1,2}月(?:\d{1,2}日)?|董事会[^⟦。；]{0,20}?决议[，,]?)" + r"(?:与|和)[^⟦，。；]{0,12}?" + r"{B}" + BRACKETED + r"?" + zg(40) + r"(?:签订|签署|达成|签下|签约|订立|续签|续订)" + r"(?:[^⟦。；！？]|(?<=《)⟦\d+⟧){0,40}?" + r"(?:算力|云|计算|芯片|加速卡|加速器|供应|供货|GPU|HBM|内存|服务器|光模块|光模组|存储|设备|采购|买卖|销售|租赁|预租|总承包|EPC|施工|建设|数字化|信息化|软件|系统)"
             + zg(10) + r"(?:合同|协议|订单|合约)"),
]
_CURRENCY = [("US$", "USD"), ("C$", "CAD"), ("CA$", "CAD"), ("S$", "SGD"), ("A$", "AUD"), ("dollars", "USD"), ("euros", "EUR"), ("yuan", "CNY"), ("renminbi", "CNY"), ("NT$", "TWD"), ("HK$", "HKD"), ("$", "USD"), ("美元", "USD"), ("港元", "HKD"), ("人民币", "CNY"),
             ("元", "CNY"), ("€", "EUR"), ("欧元", "EUR"), ("£", "GBP"), ("RMB", "CNY"), ("USD", "USD"), ("¥", "JPY"), ("日元", "JPY"), ("JPY", "JPY"),
             ("EUR", "EUR"), ("HKD", "HKD"), ("NTD", "TWD"), ("TWD", "TWD"), ("KRW", "KRW"), ("₩", "KRW"), ("₹", "INR"), ("Rs", "INR"), ("RM", "MYR")]
_ROLE_ROWS = {
    "lender": "lender", "lenders": "lender", "贷款方": "lender", "出借方": "lender", "贷款人": "lender",
    "borrower": "borrower", "借款方": "borrower", "借款人": "borrower",
    "investor": "investor", "investors": "investor", "投资方": "investor", "lead investor": "investor",
    "investee": "investee", "recipient": "investee", "被投资方": "investee", "company": "investee",
    "acquirer": "acquirer", "buyer": "acquirer", "收购方": "acquirer",
    "target": "target", "acquired company": "target", "被收购方": "target",
    "supplier": "supplier", "vendor": "supplier", "供应商": "supplier", "provider": "supplier",
    "customer": "customer", "客户": "customer", "purchaser": "customer",
}
_COLUMN_ROLES = {
    "授信银行": "lender", "贷款银行": "lender", "银行": "lender", "lending bank": "lender", "bank": "lender",
    "申请主体": "borrower", "借款主体": "borrower", "授信主体": "borrower", "被担保人": "borrower",
    "投资方": "investor", "出资方": "investor", "认购方": "investor", "标的公司": "investee", "被投资企业": "investee",
    "卖方": "supplier", "供货方": "supplier", "买方": "customer", "采购方": "customer", "需方": "customer", "供方": "supplier",
}
_ROLE_PAIRS = [("lender", "borrower", "lends_to"), ("investor", "investee", "invests_in"), ("acquirer", "target", "acquires"),
               ("supplier", "customer", "supplies")]
_DEAL_KINDS = [  # what a deal is, from its name in a table
    ("lends_to", re.compile(r"loan|credit|facility|borrowing|debt|notes|贷款|借款|授信|信贷", re.I)),
    ("acquires", re.compile(r"acquisition|merger|buyout|收购|并购", re.I)),
    ("invests_in", re.compile(r"equity|subscription|investment|stake|shares|preferred|placement|round|投资|增资|认购|入股|定增", re.I)),
    ("supplies", re.compile(r"supply|purchase|order|services|compute|capacity|lease|offtake|供应|采购|供货|租赁|算力", re.I)),
    ("partners_with", re.compile(r"partnership|collaboration|joint development|合作", re.I)),
]
_AMOUNT_ROWS = re.compile(r"amount|size|value|facility|commitment|consideration|price|金额|规模|总额|对价", re.I)


def currency_of(written: str, context: str = "") -> str | None:
    for mark, code in _CURRENCY:
        if mark in written:
            return code
    return None


_PER_SHARE_BEFORE = re.compile(r"(?:每股|每单位|(?:share\s+)?price\s+of|价格为?)\s*(?:港币|港幣|人民币|新台币|新臺幣|美元|HK\$|US\$)?\s*$", re.I)
_PER_SHARE_AFTER = re.compile(r"\s*(?:(?:per|a|each)\s+(?:share|unit|ADS)\b|/股)", re.I)
_TOTAL = re.compile(r"(?:合计|共计|总计|总额|总代价|出资|金额|本金|totall?ing|for a total of|in aggregate|aggregate)[^。；;!?，,]{0,14}", re.I)


def amount_fields(window: str, verb_at: int = 0) -> tuple[str | None, str | None, float | None]:
    """The first money figure in a piece of text, its currency and its value in US dollars.

    Money is looked for in the clause of the match (up to a Chinese comma: what follows it is often
    another fact), then in the clause of its verb at ``verb_at`` ("⟦b⟧拟以…作为质押，向⟦a⟧申请不超过10亿元的项目贷款");
    a share count or a stake may trail further."""
    clause = re.split(r"[，]", window, maxsplit=1)[0]
    total = _TOTAL.search(window[len(clause) + 1:])  # "…认购1.6亿股股份，合计出资8亿元"
    verb_clause = re.split(r"[，]", window[window.rfind("，", 0, verb_at) + 1:], maxsplit=1)[0] if verb_at > len(clause) else ""
    for figure in [*find_figures(clause), *(find_figures(total.group(0)) if total else []), *find_figures(verb_clause)]:
        at = window.find(figure)
        if at >= 0 and (_PER_SHARE_BEFORE.search(window[max(0, at - 12):at]) or _PER_SHARE_AFTER.match(window, at + len(figure))):
            continue  # "每股5.00元", "$12.50 per share": a price, not the size of the deal
        if at >= 0 and re.search(r"\b(?:manages|managed|managing|oversees|overseeing|(?:assets\s+under\s+management|AUM)\s+of)\s+"
                                 r"(?:about\s+|roughly\s+|approximately\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$", window[max(0, at - 50):at], re.I):
            continue  # "Bedrock, which manages about $1.1 billion across three funds, …": a manager's size, not the deal's
        currency = currency_of(figure)
        parsed = parse_figure(figure)
        code = re.search(r"(?:\b(JPY|EUR|USD|HKD|NTD|TWD|KRW|RMB|CNY|INR|AED|SGD|CAD|GBP|AUD|CHF|SEK|DKK|NOK|IDR|MYR|THB|SAR|BRL|MXN|NZD|ZAR|PHP|VND|TRY|CLP|COP|KZT|QAR|KWD|BHD|MAD|EGP|NGN|KES|ILS|PLN|CZK|HUF|OMR|PEN|ARS)\s*"
                         r"|(?<![A-Za-z])(C|CA|S|A|R|NZ|MX)\$\s?|(?<![A-Za-z])(Rp)\.?\s?)$", window[:max(0, at)])  # "a JPY 36.0 billion Tranche A term loan", "C$150 million", "R$600 million", "Rp 2.1 trillion"
        if code and currency is None:
            written = code.group(1) or (code.group(2) + "$" if code.group(2) else code.group(3))
            currency = {"NTD": "TWD", "RMB": "CNY", "C$": "CAD", "CA$": "CAD", "S$": "SGD", "A$": "AUD", "R$": "BRL", "NZ$": "NZD", "MX$": "MXN",
                        "Rp": "IDR"}.get(written, written)
            unit = re.match(r"\s*(?:crore|lakh|lac)\b", window[at + len(figure):])  # "INR 2,400 crore": the unit stays with the figure
            figure = window[code.start():at] + figure + (unit.group(0) if unit else "")
        named = re.search(r"(新台币|新臺幣|港币|港幣|美金|日币|日幣|日圆|日圓)\s*$", window[:max(0, at)])  # "新台币31.5亿元": 元 of Taiwan, not of China
        if named and currency == "CNY":
            currency = {"台": "TWD", "臺": "TWD", "港": "HKD", "美": "USD", "日": "JPY"}[named.group(1)[0] if named.group(1)[0] != "新" else named.group(1)[1]]
            figure = window[named.start(1):at] + figure  # (as written: "新台幣 18 億元")
        if currency and parsed is not None:
            up_to = re.search(r"(?:up to|as much as|最多|至多|高达)\s*" + re.escape(figure), window, re.I)
            written = f"up to {figure}" if up_to and not figure.startswith("up to") else figure
            return written, currency, abs(parsed.value) if currency == "USD" else None
    for figure in find_figures(window):  # a stake or a share count (not "was marked up 22%": a value's change)
        if "%" in figure and re.search(r"\b(?:marked|written)\s+(?:up|down)\s+(?:by\s+)?$|\b(?:rose|fell|grew|increased|decreased|declined|up|down)\s+(?:by\s+)?$",
                                      window[:window.find(figure)], re.I):
            continue
        if "%" in figure or re.search(r"shares|股", window[window.find(figure):window.find(figure) + len(figure) + 8]):
            return figure + (" shares" if "%" not in figure and "股" not in figure and "shares" not in figure else ""), None, None
    return None, None, None


# "嘉衡融资有限公司已获委任为本公司就收购微刻精密之财务顾问": a sentence that names an adviser says who advises, not who deals
_ADVISER_NAMED = re.compile(r"(?:获委任|获聘|受聘|获委聘|担任|委任)[^，。；]{0,30}?(?:独立)?(?:财务顾问|法律顾问|保荐人|保荐机构|核数师|审计机构|评估机构|独立估值师)"
                            r"(?:[。；]?$|[，,]\s*就[^。；]{0,60}?(?:提供|发表)(?:意见|建议)|[，,]\s*与[^。；]{0,30}?(?:概无|并无|均无|无)[^。；]{0,12}关系)|"  # ("…获委任为独立财务顾问，就采购合同之条款向X提供意见")
                            r"^[^。；]{0,40}?对[^。；]{0,40}?事项(?:无异议|出具[^。；]{0,10}意见)[。；]?$|"  # "华融证券对瑞康智医本次对外投资事项无异议": a sponsor's opinion
                            r"(?:保荐机构|保荐人|持续督导机构|独立财务顾问)[^。；]{0,60}?(?:无异议|核查意见)|"  # "经核查，保荐机构X对Y本次对外投资事项无异议": an opinion
                            r"受聘[^。；]{0,30}?(?:提供|出具)[^。；]{0,20}?(?:估值|评估|审计)(?:意见|报告)|"  # "X受聘就Y之股权价值向Z提供估值意见": a valuer
                            r"(?:财务顾问|法律顾问|保荐人|保荐机构|核数师|审计机构|评估机构|独立估值师)(?:为|系|是)[^，。；]{0,40}?(?:有限公司|律师事务所|会计师事务所)|"
                            r"(?:配售代理|配售代理人|承销商|主承销商)(?:为|系|是)|"  # "本次私募之配售代理为Gotham Lane Securities LLC": an agent, no investor
                            # "天瑞融资有限公司为本公司有关认购事项之财务顾问": the adviser named first
                            r"(?:为|系|是)[^，。；]{0,40}?(?:之|的)(?:独立)?(?:财务顾问|法律顾问|保荐人|保荐机构|核数师|审计机构|评估机构|独立估值师)(?:[。；]?$|[，,])|"
                            r"\b(?:is|was|has\s+been|have\s+been)\s+(?:appointed|engaged|retained)\s+as\s+(?:the\s+)?(?:[\w-]+\s+)?(?:financial|legal)\s+advis[eo]rs?\b|"
                            # "Hanbit Securities also acts as arranger for Lotus Park Department Store, …" (an arranger that lends says so)
                            r"\b(?:acts?|acted|acting|serves?|served)\s+as\s+(?:the\s+|an?\s+)?(?:sole\s+|lead\s+|joint\s+)*(?:arranger|bookrunner|placement\s+agent|underwriter)"
                            r"(?:\s+and\s+(?:sole\s+|lead\s+|joint\s+)*(?:arranger|bookrunner|placement\s+agent|underwriter))?\s+(?:for|to)\b"
                            r"(?![^.;]*\b(?:provid|lend|commit|fund|particip|hold)\w*)|"
                            # "… and Crane Whitlock LLP acted as counsel to the lenders", "Shannonbridge was advised on the investment by Fitzwilliam Lane LLP"
                            r"\b(?:acts?|acted|acting|serves?|served)\s+as\s+(?:the\s+)?(?:legal\s+|financial\s+|sole\s+|lead\s+)*(?:counsel|advis[eo]rs?)\s+(?:to|for)\b|"
                            r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+advised\s+(?:on\s+[^.;]{0,60}?)?by\b")


_RATES = re.compile(r"(?:\s*\([^()]*\))?\s+(?:has\s+|have\s+|today\s+)?(?:assigned|affirmed|upgraded|downgraded|rated|withdrew|placed)\s+(?:a|an|its|the)?\s*(?:[\w+-]+\s+){0,2}?ratings?\b")


def _no_deal(sentence: str) -> bool:
    """A sentence that states no deal whatever companies it names: a denial, safe-harbor boilerplate, an if-clause, a deal
    called off, a collateral field, an adviser's appointment (a Traditional notice's "惟未有達成任何協議" is read in Simplified)."""
    simplified = to_simplified(sentence)
    return bool(_DENIED.search(simplified) or _SAFE_HARBOR.search(sentence) or _IF_CLAUSE.match(sentence) or _CALLED_OFF.search(simplified)
                or _COLLATERAL.match(sentence) or _ADVISER_NAMED.search(sentence))


_BOUGHT = frozenset({"acquires", "owns_stake_in", "invests_in"})  # what a parent may also have done with its unit


def _compared_with(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is what terms are compared with: "认购价格与⟦岱嵘投资⟧相同", "贷款利率参照⟦a⟧、⟦b⟧等…利率确定",
    "priced against a quote from ⟦a⟧"."""
    if re.search(r"(?:参照|参考|比照|对标)\s*$", re.sub(r"(?:⟦\d+⟧\s*(?:、|，|,|和|及|以及|与)\s*)+$", "", text[:start])):
        return True
    if re.search(r"\b(?:against|with|versus|than)\s+(?:a|an|the)\s+(?:competing\s+|rival\s+|lower\s+|higher\s+)?(?:quote|bid|offer|proposal|tender)\s+from\s+(?:the\s+)?$", text[:start]):
        return True  # "The buy-in was priced competitively against a quote from ⟦Ashcombe⟧, which was not selected": a bidder not taken
    if re.search(r"\bvaluations?\b[^⟦.;]{0,30}?\b(?:above|below|than|over|under)\s+(?:that\s+of\s+)?(?:the\s+)?$", text[:start]):
        return True  # "⟦Auralis⟧ raised at a valuation well above ⟦Tunewright⟧'s": a company a price is compared with
    return text[:start].endswith(("与", "和", "同")) and re.match(r"[^，。；⟦]{0,6}(?:相同|一致|相若|相当)", text[end:]) is not None


def _sold_securities(window: str) -> bool:
    """A deal window that sells securities ("agreed to issue and sell to Corvane 14,200,000 shares"), not one that spends the
    proceeds of some ("the Issuer will use the net proceeds of the Notes to purchase from X 41,216 accelerators")."""
    return any(not re.search(r"\bproceeds\s+(?:from|of)\s+(?:the\s+|its\s+|our\s+|this\s+)?(?:[\w-]+\s+){0,2}$", window[:m.start()], re.I)
               and not (m.group(0)[:1].isupper() and re.search(r"\b[A-Z][\w&'’-]*\s+$", window[:m.start()]))  # "Halvorsen Tidewater Securities LLC": a name
               for m in _SECURITIES.finditer(window))


def _masked(sentence: str, mentions: Sequence[Mention]) -> str:
    """The sentence with each company's name blanked out (same length), so the words of a name are not read as the sentence's."""
    for m in mentions:
        sentence = sentence[:m.start] + "#" * (m.end - m.start) + sentence[m.end:]
    return sentence


def _label_cells(header: str, row: str) -> str:
    """The label cells a table row has before its name column, as the row's text starts with them: "Vertical | Largest
    customer | …" over "Cruise | Veloria Crociere S.p.A. | $10.2 million" gives "Cruise" (a vertical, not part of the name)."""
    if "|" not in header or "|" not in row:
        return ""
    columns = [c.strip() for c in header.strip().strip("|").split("|")]
    at = next((i for i, c in enumerate(columns) if re.search(r"\b(?:customers?|clients?|suppliers?|vendors?|name)\b|客户|客戶|供应商|供應商|名称|名稱", c, re.I)), 0)
    cells = [re.sub(r"\s+", " ", c).strip() for c in row.strip().strip("|").split("|")]
    if at == 0 or len(cells) <= at or any(re.search(r"\d", c) for c in cells[:at]):
        return ""
    return " ".join(cells[:at])


class RuleExtractor:
    def __init__(self, lexicon: Lexicon, terms: dict[str, str] | None = None, known: Iterable[str] | Mapping[str, int] = (),
                 pairs: PairReader | None = None) -> None:
        """``known``: company names other documents of the store gave (so a newsletter's bare 'Arvane' is the
        'Arvane Semiconductor' a filing named in full). ``pairs``: a learned reader of the pairs of companies a sentence
        names that the rules leave unlinked (see ``pairs``); without it the rules work alone."""
        self.lexicon = lexicon
        self.pairs = pairs
        self.entities = EntityFinder(lexicon, terms)
        self.known: dict[str, int] = dict(known) if isinstance(known, Mapping) else dict.fromkeys(known, 1)
        for name, n in list(self.known.items()):  # '晶曜半導體' a Taiwan story named is the '晶曜半导体' a mainland note writes
            self.known.setdefault(to_simplified(name), n)
        self.operators: set[str] = set()  # companies the document being read says run a data or compute centre
        self.self_defined = False  # the document being read says who "the Company" is
        # supplies links whose direction the rules guessed, by id, with the link itself held so that its id is not reused by a
        # later link once a sentence drops it (the document being read)
        self.guessed: dict[int, Relation] = {}
        self.licensor = False  # the document's company licenses its technology out (it speaks of its licensees)
        self.profiled = ""  # the company a profile table just named ("| 名称 | 北京星衍智能科技股份有限公司 |"), whose holders may follow

    def _financier(self, node: str) -> bool:
        """A bank, a fund or a lender, by the lexicon or by its name ("Keystone Credit Partners", "北辰银行")."""
        if re.search(r"\b(?:Asset\s+)?(?:Finance|Funding|Financing)(?:\s+(?:[IVX]+|\d{1,2}))?(?:\s+(?:LLC|Ltd))?$", node):
            return False  # "Kestrel Asset Finance I": a borrowing vehicle's name, no lender's
        return self._kind(node) in FINANCIERS or bool(_FINANCIER_NAME.search(node))

    def _kind(self, node: str) -> str:
        company = self.lexicon.company(node)
        if company:
            return company.kind
        # an unknown company's name says what it sells: '川禾算力', '澜穹智算', 'Halcyra Compute', 'Nimbara Cloud'
        if re.search(r"半导体|芯|微电子|存储|\b(?:Semiconductors?|Silicon|Micro|Microelectronics|Memory|Foundry|Photonics|Optics)\b", node):
            return "chipmaker"
        if re.search(r"电力|能源|\b(?:Energy|Power|Solar|Utilities|Electric)\b", node):
            return "energy"
        return "neocloud" if re.search(r"算力|智算|云计算|\b(?:Compute|Cloud|GPU Cloud)\b", node) else ""

    def sentence_mentions(self, sentence: str, document: Document, self_words: bool, previous: Sequence[str] = (),
                          subject: str = "", described: Mapping[str, str] | None = None, covered: bool = False) -> list[Mention]:
        """The companies a sentence names, with "it", "其", "公司" or "the GPU cloud operator" at its start read as the one
        company the sentence before named (``previous``), or else as that sentence's subject; "The vehicle" as the company
        a recent sentence described as one (``described``: 'X, a special-purpose vehicle'); "its unit" and "that it"
        inside a sentence as the company the sentence is about."""
        referent = previous[0] if len(set(previous)) == 1 else subject
        mentions = self._inner_pronouns(sentence, self.entities.mentions(sentence, document.company, self_words, covered), referent)
        # "Borrowings The Company has a KRW 40.0 billion facility …": a PDF heading run into the paragraph under it is no part of "The Company"
        mentions = [Mention(x.start + own.start(1), x.end, document.company, own.group(1))
                    if self_words and document.company and (own := re.fullmatch(r"(?:[A-Z][\w-]*\s+){1,3}(The\s+(?:Company|Group|Registrant))", x.written))
                    else x for x in mentions]
        # "licenses from France's Groupe Mediavise": a place's possessive before a name is part of the name's place in the sentence
        mentions = [Mention(x.start - len(placed.group(0)), x.end, x.node, x.written)
                    if (placed := re.search(r"\b(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+['’]s\s+$", sentence[max(0, x.start - 30):x.start])) is not None
                    and placed.group(0).rstrip()[:-2].lower() in place_names() else x for x in mentions]
        # "Hanseol Ventures Co., Ltd.持有墨象智能5.00%的股权，该公司为Hanseol Games Co., Ltd.的全资子公司": 该公司 after a clause that
        # opened with a company is that company, not the writer
        named_first = next((x for x in mentions if not _SELF_WORD.fullmatch(x.written)), None)
        mentions = [Mention(x.start, x.end, named_first.node, x.written) if x.written == "该公司" and named_first is not None and named_first.end <= x.start
                    and named_first.start <= 2 and re.search(r"[，,；;]\s*$", sentence[:x.start]) else x for x in mentions]
        # "Kilat's dark stores use … supplied by Dingshuo …, and the company runs its models on …": a lower-case "the company"
        # later in a sentence that opened with another company is that one
        mentions = [Mention(x.start, x.end, named_first.node, x.written) if x.written == "the company" and named_first is not None
                    and named_first.start <= 2 and named_first.end <= x.start and named_first.node != document.company
                    and re.search(r",\s+and\s+$", sentence[:x.start]) else x for x in mentions]
        # "本公司…采用Kestrel Silicon Corp.之K7-E晶片，并已与该公司签订…采购合约": 该公司 after 与 or 向 is the company last named
        mentions = [Mention(x.start, x.end, last.node, x.written) if x.written == "该公司" and re.search(r"(?:与|向|和|对|自|从)$", sentence[:x.start])
                    and (last := max((y for y in mentions if y.end <= x.start and not _SELF_WORD.fullmatch(y.written)), key=lambda y: y.end, default=None)) is not None
                    and last.node != document.company else x for x in mentions]
        # a pension plan's committee is the plan where a sentence says "The Committee", not a table's "Investment Committee" as authority
        mentions = [m for m in mentions if m.written != "Committee" or re.search(r"\b[Tt]he\s+$", sentence[:m.start])]
        # 'Calloway Ridge Credit Fund II, L.P. ("Calloway Ridge" and, together with Tallowgate, the "Lenders") will provide …': the
        # others a definition groups the company with take no part in what the sentence says of it
        for aside in _TOGETHER_DEFINED.finditer(sentence):
            mentions = [x for x in mentions if not aside.start("others") <= x.start < aside.end("others")]
        if referent and referent not in {m.node for m in mentions}:
            # "瀚海银行也向其提供了3亿元项目贷款": 其 after 向 is the company the sentence before was about
            for p in re.finditer(r"(?<=[向为对给与])其(?![他中余实次])", sentence):
                opening = {x.node for x in mentions if x.end <= p.start() and not _SELF_WORD.fullmatch(x.written)}
                nearest = max((x for x in mentions if x.end <= p.start()), key=lambda x: x.end, default=None)
                if opening and nearest is not None and nearest.node not in opening:
                    break  # "芯衡智算系公司参股公司，公司向其销售…": 其 is the company this sentence opened with (read below)
                if any(x.end <= p.start() and re.search(r"向\s*$", sentence[:x.start]) for x in mentions):
                    break  # "公司向⟦苏州算川⟧采购服务器…，本次项目所需设备仍主要向其采购": 其 is the one this sentence bought from (read below)
                if any(x.end <= p.start() and re.search(r"[与和同]\s*$", sentence[:x.start]) and re.search(r"(?:签订|签署|订立)[^。；]*$", sentence[x.end:p.start()])
                       for x in mentions):
                    break  # "本公司与⟦Quillon⟧…订立软件授权协议，向其授出…": 其 is the other party of the contract (read below)
                if not any(x.start <= p.start() < x.end for x in mentions) and any(x.end <= p.start() for x in mentions):
                    mentions = sorted([*mentions, Mention(p.start(), p.end(), referent, "其")], key=lambda x: x.start)
                    break
        # "Northvane is the other one people ask about. We've signed them for 180 megawatts": "them" after a deal verb is the
        # one company the sentence before named
        if len(set(previous)) == 1 and previous[0] not in {m.node for m in mentions}:
            for p in _THEM.finditer(sentence):
                mentions = sorted([*mentions, Mention(p.start(1), p.end(1), previous[0], "them")], key=lambda x: x.start)
                break
        # a fund's letter: "Emberly's agents run on capacity from X, and the company closed a facility with Y": the company is
        # the portfolio company the sentence opened with
        opener = mentions[0] if mentions and mentions[0].start <= 20 and not _SELF_WORD.fullmatch(mentions[0].written) else None
        if opener is not None and document.doc_type == "letter" and self_words and self._financier(document.company):
            for p in re.finditer(r"\bthe company\b", sentence[opener.end:], re.I):
                at = opener.end + p.start()
                if not any(x.start <= at < x.end for x in mentions):
                    mentions = sorted([*mentions, Mention(at, at + len(p.group(0)), opener.node, p.group(0))], key=lambda x: x.start)
        # a story, a note or a fund's letter: "… how much of Kingsway's cost base is moving. In June the company agreed to subscribe …":
        # "the company" that opens a sentence and acts is the one the sentence before was about (in the company's own documents it is
        # the company itself, read above)
        if referent and referent not in {m.node for m in mentions} and referent != document.company \
                and len({m.node for m in mentions if not _SELF_WORD.fullmatch(m.written)}) <= 1 \
                and (not self_words or document.doc_type == "letter" and self._financier(document.company)):
            acts = re.match(r"(?:(?:In|By|Last|This|Earlier|Later|Since)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+)?([Tt]he\s+company)(?=\s+(?:has\s+|had\s+|also\s+|then\s+)*[a-z]+ed\b)"
                            r"(?!\s+(?:said|told|added|noted|confirmed|declined|announced|disclosed|reported)\b)", sentence)
            if acts and not any(x.start <= acts.start(1) < x.end for x in mentions):
                mentions = sorted([*mentions, Mention(acts.start(1), acts.end(1), referent, acts.group(1))], key=lambda x: x.start)
        # a story or a note: "Separately, the Mumbai-listed company will invest ₹95 crore in …": "the company" (or "the group", with the
        # words that place it) opening a sentence and acting is the one the sentence before was about, or else the one the story is about
        story = not self_words and document.doc_type in {"news", "research note"}
        acts = _STORY_SUBJECT.match(sentence) if story and (referent or document.company) else None
        if acts and not any(x.start < acts.end(1) for x in mentions) and (referent or document.company) not in {m.node for m in mentions}:
            mentions = sorted([*mentions, Mention(acts.start(1), acts.end(1), referent or document.company, acts.group(1))], key=lambda x: x.start)
        # "Halberd designs switches. Manufacturing of its switch boards is outsourced to Y": "its" is the company just spoken of
        made = re.match(r"(?:the\s+)?(?:manufacturing|production|assembly|fabrication|packaging)\s+of\s+(its|their)\b", sentence, re.I)
        if made and referent and referent not in {m.node for m in mentions}:
            mentions = sorted([*mentions, Mention(made.start(1), made.end(1), referent, made.group(1))], key=lambda x: x.start)
        # "X is a limited partner in Varrick Compute Credit Fund I. In July that fund lent $650 million to Y": "that fund", "the same
        # fund" is the one fund the sentence before named
        funds = [n for n in dict.fromkeys(previous) if re.search(r"\bFund\b|基金", n)]
        for p in re.finditer(r"\b(?:that|this|the\s+same)\s+fund\b|该基金", sentence, re.I):
            if len(funds) == 1 and funds[0] not in {m.node for m in mentions} and not any(x.start <= p.start() < x.end for x in mentions):
                mentions = sorted([*mentions, Mention(p.start(), p.end(), funds[0], p.group(0))], key=lambda x: x.start)
        # "擎川科技的海外订单同样来自算力云厂商：11月，该公司与Halcyon签订…": 该公司 is the one company named before it
        for p in re.finditer(r"该公司", sentence):
            before = list(dict.fromkeys(x.node for x in mentions if x.end <= p.start() and not _SELF_WORD.fullmatch(x.written)))
            if len(before) == 1 and not any(x.start <= p.start() < x.end for x in mentions):
                mentions = sorted([*mentions, Mention(p.start(), p.end(), before[0], "该公司")], key=lambda x: x.start)
        # "溢海算力（02739.HK）11月18日晚间公告，公司以约4.62亿美元向…采购": in a story, the 公司 of an announcement is the announcer
        said = None if self_words else re.match(r"[^。；！？]{0,40}?(?:公告|宣布|披露|表示|透露|发布公告)(?:称)?[，,：:]\s*(公司)(?![名简代])", sentence)
        if said:
            before = list(dict.fromkeys(x.node for x in mentions if x.end <= said.start(1)))
            if len(before) == 1 and not any(x.start <= said.start(1) < x.end for x in mentions):
                mentions = sorted([*mentions, Mention(said.start(1), said.end(1), before[0], "公司")], key=lambda x: x.start)
        # "⟦a⟧选择了另一条路：⟦b⟧以…作抵押，向其发放了6亿元贷款": 其 after 向 is the sentence's topic, not the giver just before
        for p in re.finditer(r"(?<=[向为对给])其(?![他中余实次])", sentence):
            before = list(dict.fromkeys(x.node for x in mentions if x.end <= p.start() and not _SELF_WORD.fullmatch(x.written)))
            nearest = max((x for x in mentions if x.end <= p.start()), key=lambda x: x.end, default=None)
            signed = [x for x in mentions if x.end <= p.start() and re.search(r"[与和同]\s*$", sentence[:x.start])
                      and re.search(r"(?:签订|签署|订立)[^。；]*$", sentence[x.end:p.start()])] \
                or [x for x in mentions if x.end <= p.start() and re.search(r"向\s*$", sentence[:x.start]) and sentence[p.start() - 1] == "向"]
            if signed and not any(x.start <= p.start() < x.end for x in mentions):
                # "公司与⟦华屹半导体⟧签订《…采购合同》，向其采购…": 其 is the other party of the contract
                mentions = sorted([*mentions, Mention(p.start(), p.end(), signed[-1].node, "其")], key=lambda x: x.start)
                break
            if (len(before) == 2 or len(before) == 1 and nearest is not None and nearest.node != before[0]) \
                    and not any(x.start <= p.start() < x.end for x in mentions) and not any(x.start > p.start() for x in mentions):
                # ("⟦a⟧一直是该数据中心的主要租户，公司向其提供算力": 其 is the one other company named)
                mentions = sorted([*mentions, Mention(p.start(), p.end(), before[0], "其")], key=lambda x: x.start)
                break
        # "雲岫基金以美金18,000,000元認購該子公司新增資本": 该子公司 is the subsidiary a recent sentence named as one
        unit = (described or {}).get("子公司", "")
        for p in re.finditer(r"该子公司", sentence):
            if unit and unit not in {x.node for x in mentions} and not any(x.start <= p.start() < x.end for x in mentions):
                mentions = sorted([*mentions, Mention(p.start(), p.end(), unit, p.group(0))], key=lambda x: x.start)
        # "X lent a further $600 million to the same vehicle": a vehicle a recent sentence described, named inside this one
        for p in re.finditer(r"\b(?:to|from|with|for|of|into)\s+(?:the|that|this)\s+(?:same\s+)?(vehicle|borrower|issuer|SPV)\b|"
                             r"\b(?:the|that|this)\s+(?:same\s+)?(?:[A-Z][a-z]+\s+)?(joint\s+venture|JV)\b", sentence):
            unit = (described or {}).get(" ".join((p.group(1) or p.group(2)).lower().split()), "")
            at = 1 if p.group(1) else 2
            if unit and unit not in {x.node for x in mentions} and not any(x.start < p.end() and p.start(at) < x.end for x in mentions):
                mentions = sorted([*mentions, Mention(p.start(at), p.end(at), unit, p.group(at))], key=lambda x: x.start)
        m = _ANAPHOR_EN.match(sentence) or _ANAPHOR_ZH.search(sentence)
        noun = m.group(1).split()[-1].lower() if m else ""
        if described and noun in described:
            referent = described[noun]
        elif noun in {"spv", "vehicle", "issuer", "borrower"} and referent and self._financier(referent):
            referent = ""  # "… provided by funds managed by Brightwater Capital. The SPV used the first draw …": the lender is no vehicle
        if m and m.group(1) in {"The company", "the company"} and (len(set(previous)) > 1 and document.company in previous or not previous and not subject):
            referent = document.company  # "Neuvista now operates as a subsidiary inside Orvane's unit. The company is also working with
            # Quillon …": of two companies, the one the document is about (and so under a heading, with nothing before it)
        opens_with_it = bool(m and m.group(1) == "其" and m.start(1) == 0)  # "其最大客户为X，…占目标公司收益约31%": 其 opens it, named again later
        if not referent or referent in {x.node for x in mentions} and not opens_with_it:
            return mentions
        named_next = m and any(re.fullmatch(r"\s*,\s*", sentence[m.end(1):x.start]) for x in mentions)  # "The issuer, X LLC, is …": X it is
        if m and not named_next and not any(x.start < m.end(1) for x in mentions) and not (self_words and m.group(1) in {"公司", "The company", "the company"}):
            # "Its plant is operated by its subsidiary X": the second "its" is the company the first one is
            mentions = self._its_roles(sentence, sorted([*mentions, Mention(m.start(1), m.end(1), referent, m.group(1))], key=lambda x: x.start))
        return mentions

    def _product_mentions(self, sentence: str, mentions: list[Mention], products: dict[str, str], common: frozenset[str] | set[str]) -> list[Mention]:
        """A product the document said a company makes stands for that company: after "Tern, Corvane's custom training
        accelerator", "the anchor customer for Tern" is a customer of Corvane. Learns the sentence's own definitions first;
        a name the document also writes in lower case, or that names a company, is no product."""
        placeholder, _ = _with_placeholders(sentence, mentions)
        for pattern in _PRODUCT_DEFS:
            for m in pattern.finditer(placeholder):
                maker = mentions[int(m.group("i"))]
                name = m.group("name")
                if pattern is _PRODUCT_DEFS[2] and not re.match(r"⟦\d+⟧['’]", m.group(0)) and maker.written.lower() != "its":
                    continue  # "⟦X⟧ Tern program" without a possessive (or "Its") may be one name
                if name.lower() in common or name.lower() in _NOT_PRODUCTS or self.entities.mentions(name):
                    continue
                products.setdefault(name, maker.node)
        if not products:
            return mentions
        added = [Mention(p.start(), p.end(), products[p.group(0)], p.group(0))
                 for p in re.finditer(r"\b(?:" + "|".join(map(re.escape, products)) + r")\b", sentence)
                 if not any(x.start < p.end() and p.start() < x.end for x in mentions)
                 and not any(x.node == products[p.group(0)] and x.end <= p.start() and re.fullmatch(r"(?:'s|’s)?\s*", sentence[x.end:p.start()]) for x in mentions)]  # "Quorvane's Helix"
        return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions

    @staticmethod
    def _inner_pronouns(sentence: str, mentions: list[Mention], referent: str = "") -> list[Mention]:
        """'Ardent has informed the Company that it trains…' (it = Ardent), '云穹披露，…已租用其算力' (其 = 云穹),
        'Kestrel said … run by its wholly owned unit X' (its = Kestrel)."""
        if not mentions:
            return mentions
        added: list[Mention] = []
        first = mentions[0]
        speaker = _SPEAKER.match(sentence, first.end) if first.start <= 20 and not _SELF_WORD.fullmatch(first.written) else None
        if speaker:
            for p in _INNER_PRONOUN.finditer(sentence, speaker.end()):
                if not any(x.start <= p.start() < x.end for x in mentions):
                    added.append(Mention(p.start(), p.end(), first.node, p.group(0)))
        elif first.start <= 20 and not _SELF_WORD.fullmatch(first.written):
            if re.match(r"\s+(?:agreement|deal|transaction|contract|licen[cs]e|partnership|order)\b", sentence[first.end:]) and len(mentions) > 1:
                first = mentions[1]  # "The Solvane agreement is Halvorsen's second AI license, following the … license it granted": Halvorsen's
            # "Nimbara will build out … with Corvane's accelerators, which it already buys": "which it" is the subject (and
            # "⟦a⟧目前主要通过采购…，其服务器供应商包括⟦b⟧": so is a clause's 其 before a role)
            # ("Marrowind is a familiar name at Halcyra, too: the firm led Halcyra's seed round": after a colon, "the firm" is the subject)
            holds = re.search(r"持有[^，。；]{0,4}$", sentence[:mentions[1].start]) if len(mentions) > 1 and mentions[1].node != first.node else None
            for p in re.finditer(r"(?:(?<=[，,]成为)|(?<=[，,]为)|(?<=[，,]是))其(?=第[一二三四五六七八九十\d]+大股东|[^，。；]{0,4}(?:控股)?股东)", sentence) if holds else ():
                # "⟦a⟧将持有⟦b⟧约11%的股权，成为其第二大股东" ("…，为其第三大股东"): 其 is the company held, not the holder
                if not any(x.start <= p.start() < x.end for x in mentions):
                    added.append(Mention(p.start(), p.end(), mentions[1].node, p.group(0)))
            # ("… ⟦b⟧ now supplies SeatSense to every ⟦c⟧ screen, and it also sells its CrowdCast suite to ⟦d⟧": "and it" is the subject of
            # the clause before it, the company named last before a verb)
            for p in re.finditer(r"(?<=,\sand\s)it(?=\s+(?:also\s+)?(?:sells|supplies|provides|ships|licenses)\b)", sentence):
                subject = [x for x in mentions if x.end <= p.start() and not _SELF_WORD.fullmatch(x.written)
                           and re.match(r"\s+(?:now\s+|also\s+|already\s+)?(?:sells|supplies|provides|ships|licenses|runs|makes|builds)\b", sentence[x.end:])]
                if subject and not any(x.start <= p.start() < x.end for x in [*mentions, *added]):
                    added.append(Mention(p.start(), p.end(), subject[-1].node, p.group(0)))
            # ("Hearthline runs … on X, Raman said, and it rents GPU capacity from Y": a clause's "and it" is the subject too)
            # ("Strait Vision does not own its training hardware; it rents GPU capacity from X": a clause after a semicolon too)
            for p in re.finditer(r"(?<=,\swhich\s)it\b|(?<=,\sfor\swhich\s)it(?=\s+(?:pays|paid|is\s+paying)\b)|(?:(?<=,\sand\s)|(?<=;\s))it(?=\s+(?:also\s+|instead\s+|now\s+)?(?:rents|buys|leases|licenses|pays|purchases|sources|orders)\b)|(?<=[，,])其(?=[\u4e00-\u9fff]{0,6}(?:供应商|客户|股东|子公司|贷款银行|合作伙伴))|"
                                 r"(?<=[:;]\s)(?:the\s+(?:firm|fund|investor|lender|bank|company|group|start-?up|lab)|its)\b|"
                                 r"(?<=\s)it(?=\s+(?:has\s+|had\s+)?(?:provided|extended|made|granted|arranged|lent)\s+to\b)|"
                                 # ("KiraTani also signed a data-licensing agreement under which it pays X a fixed fee": it is the signer)
                                 r"(?<=\bunder\swhich\s)it(?=\s+(?:pays|paid|will\s+pay|receives|gets|obtains)\b)|"
                                 # ("Sarvani's bidding engine is built on an AI planning suite it licenses from X": it buys from X)
                                 r"(?<=\s)it(?=\s+(?:also\s+|now\s+|still\s+)?(?:licenses|licences|buys|sources|rents|leases|purchases|orders)\s+(?:[\w-]+\s+){0,3}?from\b)", sentence):
                if not any(x.start <= p.start() < x.end for x in [*mentions, *added]):
                    added.append(Mention(p.start(), p.end(), first.node, p.group(0)))
        # "本集团与⟦深蓝算力⟧订立物业管理服务合同，为其位于韶关之园区提供服务": 其 is the one the contract was signed with
        for p in re.finditer(r"(?<=[，,]为)其(?=[^，。；]{0,40}提供)", sentence):
            party = [x for x in mentions if x.end <= p.start() and sentence[max(0, x.start - 1):x.start] in {"与", "和", "同"}
                     and re.fullmatch(r"[^⟦，。；]{0,40}(?:订立|签订|签署|签立)[^，。；]{0,30}(?:合同|协议|合约)", sentence[x.end:p.start() - 2])]
            if party:
                mentions = [x for x in mentions if not x.start <= p.start() < x.end]
                added = [x for x in added if not x.start <= p.start() < x.end] + [Mention(p.start(), p.end(), party[-1].node, p.group(0))]
        # "公司持有⟦澄川存储⟧65%股权，⟦合肥产投⟧持有其35%股权": the second holder's 其 is the company the first one holds
        for p in re.finditer(r"(?<=持有)其(?=[约近逾]?[\d.]+%|[^，。；]{0,4}股)", sentence):
            held = [x for x in mentions if x.end <= p.start() and sentence[max(0, x.start - 2):x.start] == "持有"]
            before = list(dict.fromkeys(x.node for x in mentions if x.end <= p.start() and not _SELF_WORD.fullmatch(x.written)))
            if not held and len(before) == 1 and any(_SELF_WORD.fullmatch(x.written) for x in mentions if x.end <= p.start()):
                # "去年公司以3,000万元参与了织梦智能的A轮融资，目前持有其约8%的股权": the one company it invested in
                held = [next(x for x in mentions if x.node == before[0])]
            if held and not any(x.start <= p.start() < x.end for x in [*mentions, *added]):
                added.append(Mention(p.start(), p.end(), held[-1].node, p.group(0)))
        mentions = sorted([*mentions, *added], key=lambda x: x.start) if added else mentions
        return RuleExtractor._its_roles(sentence, mentions, referent)

    @staticmethod
    def _its_roles(sentence: str, mentions: list[Mention], referent: str = "") -> list[Mention]:
        """'its subsidiary X', 'its lenders': "its" is the company named before it (or the one "we" or "the Company" is);
        but in "X, the model developer, is its largest customer" it is the company the sentence before was about."""
        added: list[Mention] = []
        for p in _ITS_ROLE.finditer(sentence):
            nearest = max((x for x in mentions if x.end <= p.start()), key=lambda x: x.end, default=None)
            before = {nearest.node} if nearest is not None and _SELF_WORD.fullmatch(nearest.written) else \
                {x.node for x in mentions if x.end <= p.start() and not _SELF_WORD.fullmatch(x.written)}  # "the Company expects … its subsidiary, X"
            if len(before) == 2 and nearest is not None and re.fullmatch(r",\s*", sentence[nearest.end:p.start()]) \
                    and re.search(r"(?:subsidiar(?:y|ies)|unit|division|arm|affiliates?)$", p.group(0)):
                before.discard(nearest.node)  # "Orbitra itself; Orbitra Vantage Europe B.V., its Dutch subsidiary": no company is its own subsidiary
            if len(before) == 1 and _COPULA_BEFORE.search(sentence, 0, p.start()) and nearest is not None and nearest.start <= 12:
                before = {referent} - before if referent else set()  # no company is its own customer
            elif not before and nearest is None and referent and p.start() <= 30:
                before = {referent}  # "Quillfeather said … One of its biggest new customers is X": its is the company just spoken of
            if len(before) == 1 and not any(x.start <= p.start() < x.end for x in [*mentions, *added]):
                added.append(Mention(p.start(), p.start() + 3, before.pop(), "its"))
        for p in _WE_LED_ITS.finditer(sentence):
            if referent and not any(x.start <= p.start(1) < x.end for x in [*mentions, *added]) \
                    and not any(x.end <= p.start(1) and not _SELF_WORD.fullmatch(x.written) for x in mentions):
                added.append(Mention(p.start(1), p.end(1), referent, "its"))
        return sorted([*mentions, *added], key=lambda x: x.start) if added else mentions

    def from_sentence(self, sentence: str, document: Document, page: int | None, self_words: bool,
                      mentions: list[Mention] | None = None) -> list[Relation]:
        if mentions is None:
            mentions = self.entities.mentions(sentence, document.company, self_words)
        if len({m.node for m in mentions}) < 2 and not (mentions and document.company and (self_words or document.doc_type == "research note")):
            return []
        raters = {m.node for m in mentions if _RATES.match(sentence, m.end)}
        if raters:  # "Aldwych Credit Ratings ("Aldwych") has assigned a B1 rating to the … term loan provided by X to Y": the rater is no party
            mentions = [m for m in mentions if m.node not in raters]
        # "we funded the cash portion of the Kestrel purchase with cash on hand and a term loan from Northway Bank": what was bought
        # is no party to its financing
        bought = {m.node for m in mentions if re.match(r"\s+(?:purchase|acquisition|buyout|takeover)\b", sentence[m.end:])
                  and re.search(r"\b(?:fund|funded|funding|finance|financed|financing|paid\s+for|pay\s+for)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:the\s+)?$",
                                sentence[:m.start] + ("the " if m.written.lower().startswith("the ") else ""))}
        # (but a loan made to a company "to fund the Bluewater acquisition" says that company buys it)
        buys = [(buyer.node, m.node) for m in mentions if m.node in bought
                for buyer in [next((x for x in reversed(mentions) if x.end <= m.start and x.node not in bought
                                    and re.search(r"\b(?:loan|facility|notes|financing|credit)\s+to\s+$", sentence[:x.start])), None)] if buyer]
        if bought and len({m.node for m in mentions} - bought) >= 2:
            mentions = [m for m in mentions if m.node not in bought]
        if _no_deal(sentence):
            return []  # "市场一度传闻X将收购Y，双方均已否认", "X denied a report that it would buy Y": no link
        placeholder, spans = _with_placeholders(sentence, mentions)
        found: list[Relation] = []
        seen: set[tuple[str, str, str]] = set()
        # "…, raised at a valuation we could not underwrite, and we did not participate" (not an aside's "which did not take part")
        stayed_out = bool(_STAYED_OUT.search(_ASIDE.sub(",", placeholder)))

        # "公司拟与⟦1⟧、⟦2⟧共同出资设立合资公司": the partners of a joint venture invest in it, not in each other
        ventures = list(_CO_INVESTORS.finditer(placeholder))
        partners = {mentions[int(i)].node for m in ventures for i in re.findall(r"⟦(\d+)⟧", m.group(0))}
        unlinked: set[frozenset[str]] = set()  # pairs a sentence's structure says are not linked to each other

        def add(a: Mention, b: Mention, relation: str, start: int, end: int, priced: bool = True, own_clause: int | None = None) -> None:
            if a.node == b.node or relation in {"invests_in", "owns_stake_in"} and {a.node, b.node} <= partners \
                    or frozenset((a.node, b.node)) in unlinked:
                return
            if relation == "acquires" and b.written.lower() in {"our", "its", "their"}:
                return  # "X, which is buying our 1.6T transceivers": goods bought, not the company
            if relation == "supplies" and any(re.search(r"\b(?:listed|traded|quoted)\s+on\s+(?:the\s+)?$", sentence[max(0, x.start - 30):x.start]) for x in (a, b)):
                return  # "Hongsui Semiconductor, the packaging house listed on the Taipei Exchange, will assemble …": where it trades
            if relation in {"invests_in", "owns_stake_in", "lends_to", "supplies"} and a.start < b.start and _OWN_VEHICLE.search(sentence[a.end:b.start]):
                return  # "X led the round through its fourth flagship vehicle, ⟦b⟧": its own fund, not a company it backs
            if relation in {"owns_stake_in", "invests_in"} and re.search(r"(?:透过|通过|经由|透過|通過|經由)\s*$", sentence[:a.start]):
                # "本公司将透过买方间接持有目标公司60%股权": the holder is who acts through the vehicle
                holder = [m for m in mentions if m.end <= a.start and not re.search(r"[，。；,;]", sentence[m.end:a.start])]
                if not holder or holder[-1].node == b.node:
                    return
                a = holder[-1]
            if relation == "acquires" and re.match(r"[^，。；⟦]{0,8}?出售", sentence[b.end:]) and "收购" in sentence[a.end:b.start]:
                # "买方有条件同意收购而卖方有条件同意出售目标公司之60%已发行股本": the seller is not what is bought
                sold = [m for m in mentions if m.start > b.end and m.node not in {a.node, b.node}]
                if not sold:
                    return
                b = sold[0]
            if relation == "supplies" and re.match(r"\s*(?:[」”\"]?[）)])?(?:[（(][^（）()]{0,30}[）)])?\s*(?:之|的)\s*(?:[\d.]+\s*%|全部|全数|所有)", sentence[b.end:]) and re.search(r"出售\s*(?:[^，。；]{0,40}[（(][「“\"]?)?$", sentence[:b.start]):
                return  # "卖方同意出售目标公司之60%已发行股本" (或"之全部已发行股本"): a stake in it is sold, nothing is sold to it
            if relation in {"acquires", "owns_stake_in", "invests_in"}:
                # "本公司同意向賣方收購雲棲（惠州）智算有限公司40%股權": the seller is not the buyer, and what is bought follows it
                def seller(x: Mention) -> bool:
                    return bool(re.search(r"向\s*$", sentence[:x.start]) and re.match(r"\s*(?:[（(][^（）()]{0,30}[）)])?\s*(?:收购|收購|购买|購買|受让|受讓)", sentence[x.end:]))
                if seller(a):
                    return
                if seller(b):
                    bought = [y for y in mentions if y.start > b.end and y.node not in {a.node, b.node}]
                    if not bought:
                        return
                    b = bought[0]
            if relation == "acquires" and a.end > a.start and re.search(r"\b(?:acquisitions?|purchases?)\s+of\s+(?:the\s+)?$", sentence[:a.start], re.I):
                return  # "the proposed acquisition of X and pending acquisition of Y": X is bought too, it buys nothing
            key = (a.node, b.node, relation)
            if key in seen:
                return
            seen.add(key)
            if relation == "supplies" and any(r.relation == "subsidiary_of" and {r.source, r.target} == {a.node, b.node} for r in found):
                return  # a unit's work for its parent ("…子公司X为公司海外生产基地，负责…生产")
            window = _original_window(sentence, spans, start, end, _NEXT_CLAUSE)
            verb_at = len(_original_window(sentence, spans, start, end, tail=False))
            if relation == "supplies" and re.search(r"提供[^，。；]{0,16}?(?:担保|保证)", sentence[min(a.start, b.start):]):
                return  # "由于华垣数据为承租人…之责任提供连带责任保证": a guarantor sells nothing
            if relation in {"supplies", "invests_in"} and _LEASEBACK.search(sentence):
                # "华锦租赁向云枢智算提供之售后回租融资": a sale and leaseback is a loan secured on the goods; the lessor lends
                lessor = [x for x in (a, b) if _LESSOR_NAME.search(x.node) or self._financier(x.node)]
                lender = lessor[0] if len(lessor) == 1 else a
                a, b, relation = lender, (b if lender is a else a), "lends_to"
                if (a.node, b.node, relation) in seen:
                    return
                seen.add((a.node, b.node, relation))
            if relation == "supplies" and self._financier(a.node) and not self._financier(b.node) and re.search(rf"\b{LOAN}\b|贷款|授信|借款", sentence, re.I):
                return  # "a term loan agreement with Halvard Credit Partners, as lender, providing for …": a lender sells no goods
            if relation == "supplies" and (_BUSINESS_SOLD.search(between := sentence[max(0, min(a.start, b.start) - 30):max(a.start, b.start)])
                                           or _INTERESTS_BOUGHT.search(between) or _STAKE_SOLD.search(between)):
                a, b, relation = b, a, "acquires"  # "3M sold its monitoring business to X", "we purchased all of the interests of X"
                if _STAKE_SOLD.search(between):
                    relation = "owns_stake_in"  # "the Company sold an 80 percent stake of its Brazil unit to X": X holds it now
                if (a.node, b.node, relation) in seen:
                    return
                seen.add((a.node, b.node, relation))
            if relation == "supplies" and a.end <= b.start and _COMPANY_SOLD.match(sentence[a.end:b.start]):
                a, b, relation = b, a, "acquires"  # "Pickwise, a 2023 seed investment, was sold to Tesselate AI": the company itself was bought
                if (a.node, b.node, relation) in seen:
                    return
                seen.add((a.node, b.node, relation))
            if relation == "supplies" and _sold_securities(_original_window(sentence, spans, start, end, r"(?<!\d)[,，]|[,，](?!\d)|[;；。]|\s+and\s+(?:concurrently|simultaneously|separately)\s")):
                a, b, relation = b, a, "invests_in"  # "agreed to issue and sell to Corvane 14,200,000 shares": Corvane invests
                if (a.node, b.node, relation) in seen:
                    return
                seen.add((a.node, b.node, relation))
            if own_clause is not None:  # "…完成28亿元融资，其中⟦a⟧出资10亿元领投": a participant's money follows its name
                window, verb_at = _original_window(sentence, spans, own_clause, own_clause, r"[，,；;。]"), 0
            loan_sized = re.search(MONEY + r"\s+(?:[\w-]+\s+){0,3}?(?:loan|facility|credit\s+line|line\s+of\s+credit)\b", window) if relation == "lends_to" else None
            # ("ordered ferries … for RMB 1.08 billion, financed by an RMB 800 million loan from ⟦a⟧": the loan's own size)
            amount, currency, usd = amount_fields(loan_sized.group(0) if loan_sized else window, 0 if loan_sized else verb_at) if priced else (None, None, None)
            if relation == "lends_to" and _GUARANTEE.search(window) and (not self._financier(a.node) or re.search(r"受益人|beneficiary|in\s+favou?r\s+of", sentence, re.I)):
                return  # "公司为X的上述贷款提供连带责任保证担保", "以X为受益人提供公司担保": a guarantor lends nothing, its beneficiary lends nothing here
            if relation == "partners_with" and re.search(r"\b(?:managing|general|senior|founding|limited)\s+partners?\b", window, re.I):
                return  # "Tobias Reinholt is a managing partner of X": a title, not a partnership
            if relation == "partners_with" and re.search(r"\bpartner\s+(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+,|\b(?:sits?|sat|seats?)\s+on\s+(?:the\s+)?boards?\s+of\b",
                                                         sentence[min(a.start, b.start):max(a.end, b.end)]):
                return  # "Kestrel partner Dana Whitcroft, who also sits on the board of ⟦Lumora⟧": a person's title and seat, no partnership
            if relation == "partners_with" and re.search(r"\bpartner\s+(?:[A-Z]\w+\s+){1,2}[A-Z]\w+\s+(?:will|has|is|was|joins|joined|takes|took)\s+[^.;⟦]{0,30}?⟦\d+⟧(?:'s|’s)?\s+board\b",
                                                         placeholder):
                return  # "⟦Palisade⟧ partner Tomás Ekberg will join ⟦Hearthline⟧'s board": a person's title and seat, no partnership
            if relation == "invests_in" and re.search(rf"\b{LOAN}\b(?:[^.;]|\.(?=\d)){{0,200}}\bof\s+which\s+$", placeholder[:placeholder.find(f"⟦{mentions.index(a)}⟧")] if a in mentions else ""):
                relation = "lends_to"  # "a … term loan facility … (the “Facility”), of which Northpine has committed $1.5 billion to the Borrower"
            own = document.company
            if relation in {"supplies", "partners_with", "invests_in"} and own and own in {a.node, b.node}:
                other = b.node if a.node == own else a.node
                if other.startswith(own + " ") and other not in self.entities.legal:
                    return  # "Adobe Experience Cloud delivers …", "through our Lockheed Martin Ventures Fund, we invest": its own brand or unit
            if relation == "lends_to" and re.search(r"\bletters?\s+of\s+credit\b", window, re.I) and not re.search(r"\b(?:loans?|facility|notes|bonds?)\b", window, re.I):
                return  # "backed by a standby letter of credit issued by X": a bank's promise to pay, no loan
            if relation == "supplies" and re.search(r"\bpurchase\s+undertaking\b|\bin\s+favou?r\s+of\b|\birrevocably\s+supported\b", window, re.I):
                return  # a sukuk's "supported by X under a purchase undertaking in favour of the Issuer": a promise, no sale
            if relation == "invests_in" and re.match(r"\s+(?:investment|stake|deal|transaction)\b", sentence[a.end:]) \
                    and re.search(r"\b(?:the|this|that|any|our|its)\s+(?:(?:potential|proposed|planned|pending|possible|new)\s+)?$", sentence[:a.start], re.I):
                return  # "With the Quillmark investment, Nawfar's exposure …": the investment in Quillmark, which invests in nothing
                # ("none of the potential OpenAI investment is reflected in this quarter's results")
            if relation == "supplies" and re.search(r"\btimes\s+the\s+(?:[\w-]+\s+){1,4}?of\b", window):
                return  # "X2 delivers 2.3 times the performance per watt of Zephyrine's part": a comparison, no sale
            if relation == "supplies" and document.company in {a.node, b.node} and re.search(r"\b(?:our|its)\s+(?:main\s+|primary\s+|principal\s+|largest\s+|biggest\s+|closest\s+|chief\s+)?(?:competitor|rival)\b", window):
                return  # "Intel makes and sells chipsets … and is our main competitor in this market": a rival sells us nothing
            if relation in {"owns_stake_in", "invests_in"} and re.search(r"\b(?:rated|ratings?)\b", window, re.I):
                return  # "Our debt is rated Investment Grade by Standard & Poor's and Moody's": a rating agency holds nothing
            if relation in {"owns_stake_in", "invests_in"} and re.search(r"%\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,6}?(?:market|segment|shipments|demand|revenues?|sales|turnover)\b|市场份额|市占率", window):
                return  # "X holds about 70% of the merchant accelerator market": a share of a market, no stake
            if relation == "invests_in" and re.search(r"\binvestors?\s+in\s+(?:our|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:notes|bonds|debentures|debt|loans?)\b", window):
                relation = "lends_to"  # "Harrowgate Mutual is an investor in our notes": a noteholder lends
            if relation == "invests_in" and re.fullmatch(r"(?:the\s+)?Borrower", b.written, re.I):
                relation = "lends_to"  # "X committed $2.0 billion to the Borrower": a defined borrower is lent to
            if relation == "owns_stake_in" and re.search(r"\b(?:acquired|acquires|acquire|acquiring|bought|buys|purchased)\s+(?:all|100\s?%)\s+(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+)?"
                                                         r"(?:outstanding\s+)?(?:(?:capital\s+|common\s+)?stock|shares|equity(?:\s+interests?)?|membership\s+interests|interests)?\s*(?:of|in)\b",
                                                         placeholder[start:end], re.I):
                relation = "acquires"  # "the Company acquired 100% of the outstanding equity of Parsec Systems, Inc."
            held = re.search(r"\d+(?:\.\d+)?\s?%", placeholder[start:end]) if relation == "owns_stake_in" and not (amount or "").endswith("%") else None
            if held:  # "the Group's 35% interest in ⟦b⟧, …, amounted to RMB21.7 million": the stake is the share, not a sum nearby
                amount, currency, usd = held.group(0), None, None
            share = re.fullmatch(r"(\d+(?:\.\d+)?)\s?%", amount or "")
            if relation == "acquires" and share and float(share.group(1)) < 50:
                relation = "owns_stake_in"  # "agreed to buy roughly 18% of X": a minority stake, not the company
            if relation in {"partners_with", "subsidiary_of"} or relation in {"supplies", "lends_to"} and (amount or "").endswith("%"):
                amount = currency = None  # a share of something is no price of goods or a loan
                usd = None
            found.append(self._relation(a.node, b.node, relation, amount, currency, usd, document, page, sentence))
            took = _STAKE_AFTER.match(placeholder, end) if relation == "invests_in" else None
            if took:  # "… for new shares in ⟦b⟧, taking a 22.5% stake", "…, which left it with 5.1% of the company": a shareholder too
                found.append(self._relation(a.node, b.node, "owns_stake_in", took.group("share"), None, None, document, page, sentence))

        for commitments in _PURCHASE_COMMITMENTS.finditer(placeholder):
            # "the Company had purchase commitments of $438.6 million with ⟦a⟧ for …, $97.2 million with ⟦c⟧ …, and $61.4 million with ⟦d⟧"
            if _NEGATED.search(commitments.group(0)):
                continue  # "we have no purchase commitments with X"
            buyer = mentions[int(commitments.group("b"))]
            for supplier in re.finditer(r"(?:(?:US)?[$€£][\d.,]+\s*(?:million|billion|bn|m)?\s+)?\bwith\s+⟦(\d+)⟧", placeholder[commitments.end():]):
                add(mentions[int(supplier.group(1))], buyer, "supplies", commitments.end() + supplier.start(), commitments.end() + supplier.end())
        for jv in [*_FORMED_VENTURE.finditer(placeholder), *_FORMED_TOGETHER.finditer(placeholder), *_OUR_VENTURE.finditer(placeholder)]:
            # "we formed ⟦Sahra Compute Company⟧, a joint venture with ⟦Oryx Horizon Fund⟧": the two partner and each invests in it
            a, venture_co, b = (mentions[int(jv.group(k))] for k in ("a", "j", "b"))
            if jv.re is _OUR_VENTURE and a.written.lower() not in {"our", "its", "their"}:
                continue  # ("Our ⟦Cereal Partners Worldwide⟧ joint venture with ⟦Nestlé⟧": ours, with Nestlé)
            add(a, b, "partners_with", jv.start(), jv.end())
            add(a, venture_co, "invests_in", jv.start(), jv.end(), priced=False)
            add(b, venture_co, "invests_in", jv.start(), jv.end(), priced=False)
            unlinked.add(frozenset((venture_co.node, b.node)))  # (the venture does not partner with its partner)
        for venture in ventures:
            formed = re.match(r"[^⟦。；，]{0,6}?⟦(\d+)⟧", placeholder[venture.end():])  # "…共同出资设立⟦5⟧"
            if formed is None:
                continue
            founders = [mentions[int(i)] for i in re.findall(r"⟦(\d+)⟧", venture.group(0))]
            for i, founder in enumerate(founders):
                add(founder, mentions[int(formed.group(1))], "invests_in", venture.start(), venture.end(), priced=False)
                for other in founders[i + 1:]:  # (and the founders of a joint venture are partners, as "a joint venture with ⟦b⟧" says)
                    if re.search(r"[、，,和与及]", sentence[founder.end:other.start]):  # (not "X基金（以下简称“⟦X⟧”）": one founder named twice)
                        add(founder, other, "partners_with", venture.start(), venture.end())
        # "东岚算力基金的出资人中既有东岚国投，也有服务器厂商擎川科技": each one named after holds a part of the fund
        for holders in _ZH_HOLDERS.finditer(placeholder):
            fund = mentions[int(holders.group(1))]
            for h in re.finditer(r"⟦(\d+)⟧", placeholder[holders.end():]):
                holder = mentions[int(h.group(1))]
                if placeholder.startswith("的", holders.end() + h.end()):
                    unlinked.add(frozenset((holder.node, fund.node)))  # "…正是星河算力的光模块供应商鲲澜光电": 星河算力 only describes the holder
                    continue
                add(holder, fund, "owns_stake_in", holders.start(), len(placeholder), priced=False)
        # "Quillmark, in which Orvanne Semiconductor and Marrowgate Ventures hold minority stakes": each holder named
        for holders in _HOLDERS_WERE.finditer(placeholder):
            # "⟦Lumenfold⟧'s largest pre-closing stockholders were ⟦a⟧, which held approximately 24%, and ⟦b⟧, the corporate venture arm
            # of ⟦c⟧, which held approximately 11%": each holder the list names (not one an aside names) holds a stake
            held = mentions[int(holders.group(1))]
            items = list(re.finditer(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)⟦(\d+)⟧", placeholder[holders.end() - 1:]))
            listed = [int(h.group(1)) for h in items]
            for k, h in enumerate(items):  # (each with the share its own clause gives: "…, which held approximately 24%")
                start, end = holders.end() - 1 + h.start(1) - 1, holders.end() - 1 + (items[k + 1].start() if k + 1 < len(items) else len(placeholder) - holders.end() + 1)
                add(mentions[listed[k]], held, "owns_stake_in", start, end)
            unlinked.update(frozenset((mentions[i].node, mentions[j].node)) for i in listed for j in listed if i < j)
            if holders.group("had"):  # "⟦a⟧ had a few institutional shareholders, including ⟦b⟧, and all of them sold to ⟦us⟧": their shares
                unlinked.update(frozenset((mentions[i].node, mentions[int(j)].node)) for i in listed
                                for j in re.findall(r"⟦(\d+)⟧", placeholder[holders.end():]) if int(j) not in listed)
        for held_by in _OWNED_SHARES.finditer(placeholder):
            # "Ridgeline is owned 80% by Solace Infrastructure Partners IV, L.P. and 20% by Pinecrest Power Holdings LLC": each its share
            held = mentions[int(held_by.group(1))]
            for share in re.finditer(r"[\d.]+\s?%\s+by\s+⟦(\d+)⟧", held_by.group(0)):
                add(mentions[int(share.group(1))], held, "owns_stake_in", held_by.start() + share.start(), held_by.start() + share.end())
        for held_by in _ZH_HELD_BY.finditer(placeholder):
            # "⟦0⟧由⟦1⟧持有92%及由⟦2⟧持有8%，为⟦3⟧之非全资附属公司": each holder holds ⟦0⟧; what follows is said of ⟦0⟧
            held = mentions[int(held_by.group(1))]
            shares = list(re.finditer(r"由(?:⟦\d+⟧|[^⟦，。；]{1,4})?⟦(\d+)⟧持有约?[\d.]+\s?%", held_by.group(0)))  # ("由卖方⟦1⟧持有": the role, then the name)
            for share in shares:
                add(mentions[int(share.group(1))], held, "owns_stake_in", held_by.start() + share.start(), held_by.start() + share.end())
            unlinked.update(frozenset((mentions[int(share.group(1))].node, mentions[int(later)].node)) for share in shares
                            for later in re.findall(r"⟦(\d+)⟧", placeholder[held_by.end():]) if mentions[int(later)].node != mentions[int(share.group(1))].node)
            # (nor the holders of the list one another: "由⟦1⟧持有60%、由⟦2⟧持有15%")
            unlinked.update(frozenset((mentions[int(x.group(1))].node, mentions[int(y.group(1))].node)) for x in shares for y in shares
                            if mentions[int(x.group(1))].node != mentions[int(y.group(1))].node)
            unit_of = re.match(r"[，,]\s*(?:为|系|是)⟦(\d+)⟧(?:之|的)(?:非全资|全资|控股)?(?:附属公司|子公司)", placeholder[held_by.end():])
            if unit_of:
                add(held, mentions[int(unit_of.group(1))], "subsidiary_of", held_by.end(), held_by.end() + unit_of.end())
        for holders in _IN_WHICH.finditer(placeholder):
            held = mentions[int(holders.group(1))]
            relation = "invests_in" if re.search(r"invested", holders.group(0)) else "owns_stake_in"
            # "⟦b⟧, in which ⟦a⟧ is the largest investor following its US$600 million investment in 2023": the round too
            invested = re.match(r"\s+(?:following|after|through|with)\s+(?:its|their)\s+[^⟦,;]{0,40}?\binvestment\b", placeholder[holders.end():])
            for h in re.findall(r"⟦(\d+)⟧", holders.group("holders")):
                add(mentions[int(h)], held, relation, holders.start(), holders.end(), priced=False)
                if invested and relation != "invests_in":
                    add(mentions[int(h)], held, "invests_in", holders.end(), holders.end() + invested.end())
                for later in re.findall(r"⟦(\d+)⟧", placeholder[holders.end():]):  # the clause says nothing of the holder and what follows
                    if mentions[int(later)].node != held.node:
                        unlinked.add(frozenset((mentions[int(h)].node, mentions[int(later)].node)))
        for m in re.finditer(r"⟦(\d+)⟧,\s+(?:a|an)\s+(?:wholly[- ]owned|majority[- ]owned|indirect|direct)\s+(?:[\w-]+\s+)?subsidiary\s*,", placeholder):
            # "Nagaragawa Silicon Taiwan Co., Ltd., a wholly owned subsidiary, operates …": a unit named after the company written about
            unit = mentions[int(m.group(1))]
            parent = next((n for n in (document.company, *(x.node for x in mentions)) if n and unit.node.startswith(n + " ") and n != unit.node), "")
            if parent:
                add(unit, Mention(0, 0, parent, parent), "subsidiary_of", m.start(), m.end())
        ordered_from: set[frozenset[str]] = set()
        for m in _ORDER_FROM.finditer(placeholder):
            # "the Company announced a multi-year order for lithography systems from ⟦b⟧": who books an order sells to who placed it
            seller, buyer = mentions[int(m.group("a"))], mentions[int(m.group("b"))]
            add(seller, buyer, "supplies", m.start(), m.end())
            ordered_from.add(frozenset((seller.node, buyer.node)))
        for pattern, relation, roles in PATTERNS:
            for m in pattern.finditer(placeholder):
                if relation == "supplies" and frozenset((mentions[int(m.group("a"))].node, mentions[int(m.group("b"))].node)) in ordered_from:
                    continue  # (the buying verb in "an order … from ⟦b⟧" is the order booked)
                # "X, which did not take part in the Series F, remains Y's largest outside shareholder": the aside denies only itself
                if _NEGATED.search(_ASIDE.sub(",", placeholder[max(0, m.start() - 30):m.end()])) or _HYPOTHETICAL.search(m.group(0)) or _ZH_NEGATED.search(m.group(0)) \
                        or _WHETHER_COULD.search(placeholder[max(0, m.start() - 60):m.end()]) \
                        or relation in {"supplies", "partners_with"} and _COMPETED_WITH.search(m.group(0)):  # ("…, is the closest competitor to ⟦b⟧")
                    continue  # "We do not currently purchase accelerators from X"
                if (compared := _COMPARED_OPENING.match(placeholder)) and m.end() <= compared.end():
                    continue  # "Unlike ⟦a⟧ and ⟦b⟧, which have announced external AI partnerships, ⟦c⟧ has kept …": compared, not partners
                if relation == "invests_in" and stayed_out and not re.match(r"[^⟦.;]{0,80}?\band\s+(?:did|does|will|would)\s+not\b", placeholder[m.end():]) \
                        or any(_compared_with(placeholder, *spans[int(m.group(k))][:2]) for k in ("a", "b")):
                    continue  # "The Committee considered, and rejected, a co-investment in ⟦b⟧"; "priced against a quote from ⟦a⟧"
                    # (but "The Fund invested $18 million in ⟦b⟧'s Series A in 2023 and did not participate in the Series B": that one it made)
                a, b = (_appositive_owner(placeholder, mentions, int(m.group(k)), m.end(), relation != "subsidiary_of") for k in ("a", "b"))
                if "site" in pattern.groupindex and m.group("site") is not None and mentions[int(m.group("site"))].node != b.node:
                    continue  # "⟦b⟧ runs ⟦a⟧'s platform across all of ⟦our⟧ stores": the sites must be the runner's own
                if relation == "supplies" and re.match(r"(?:\s+(?:has|have|had|is|are|also|now|already))*\s+(?:run|runs|ran|running)\b", placeholder[m.end("a") + 1:]) \
                        and (site := re.match(r"\s+" + _ACROSS_PLACED, placeholder[m.end():])) and mentions[int(site.group(1))].node == a.node:
                    continue  # "⟦we⟧ are now running ⟦b⟧'s platform across all … of ⟦our⟧ tenure": who runs it on its own sites bought it
                if "supplier" in pattern.groupindex and m.group("supplier") and mentions[int(m.group("supplier"))].node == b.node:
                    a, b = b, a  # "… agreement with ⟦a⟧ under which ⟦we⟧ will supply …": the other way round
                other_party = re.search(r"⟦(\d+)⟧(?:与|和|同)$", placeholder[:m.start("b") - 1]) if relation in {"supplies", "lends_to"} else None
                if other_party and m.start("b") < m.start("a") and re.search(r"(?:签订|签署|订立)[^⟦]*?[、，,]", placeholder[m.end("b") + 1:m.start("a")]):
                    b = mentions[int(other_party.group(1))]  # "本公司与⟦华厦智居⟧签订授权合约、向⟦宏硕⟧取得设备": the one who signed goes on to buy
                if _parallel_objects(placeholder, *sorted((spans[int(m.group("a"))], spans[int(m.group("b"))]))):
                    continue  # "brands licensed from ⟦a⟧, including …, and juice brands licensed from ⟦b⟧": both license to the writer
                lo, hi = sorted((int(m.group("a")), int(m.group("b"))))
                if relation in {"owns_stake_in", "invests_in"} and roles == "ab" and _POSSESSOR_THEN_VERB.match(placeholder, m.end("a") + 1):
                    continue  # "we subscribed … shares in ⟦a⟧'s rights issue and now own 12.4%": the owner is the subject before, not ⟦a⟧
                if party_of_party(placeholder, *spans[hi][:2]):
                    continue  # "⟦a⟧ is a customer of ⟦our⟧ customer": a party of someone unnamed
                if relation == "supplies" and _SOLD_TO_BUYER.fullmatch(placeholder[spans[lo][1]:spans[hi][0]]):
                    add(mentions[hi], mentions[lo], "acquires", m.start(), m.end())  # "Vectren Corporation, which was sold to CenterPoint"
                    continue
                if relation == "lends_to" and _AGENT_ONLY.match(placeholder, m.end("a") + 1):
                    continue  # "… with ⟦a⟧, as administrative agent, and the lenders party thereto": the agent lends nothing
                if relation == "lends_to" and roles == "ab":
                    b = mentions[_described_unit(placeholder, spans, mentions.index(b))]  # "X, a subsidiary of ⟦b⟧, entered into a loan": X borrows
                    k = int(m.group("b"))
                    if k > 0 and re.search(r"\b(?:with|from|to|of|by|for|at)\s+$", placeholder[:spans[k][0]]) \
                            and re.match(r"[^⟦.;]{0,60}?\band\s+(?:has\s+|also\s+|then\s+)?(?:secured|secures|obtained|obtains|closed|closes|signed|signs|raised|raises|entered)\b",
                                         placeholder[spans[k][1]:], re.I) and mentions[0].node not in {a.node, b.node}:
                        b = mentions[0]  # "X signed a lease with ⟦Y⟧ and secured a loan from ⟦Z⟧": X borrows, not its tenant
                if relation not in {"subsidiary_of", "lends_to"}:
                    # "⟦0⟧, the AI arm of mattress maker ⟦1⟧, acquired ⟦2⟧": the parent an appositive names takes no part; its unit acts
                    a, b = (mentions[_appositive_unit(placeholder, spans, mentions.index(x))] for x in (a, b))
                    if a.node == b.node:
                        continue
                source, target = (a, b) if roles == "ab" else (b, a)
                joined = relation == "invests_in" and "完成" in placeholder[m.start():m.start("a")]  # a participant in a round just named
                came = relation == "lends_to" and re.search(r"(?:来自|来源于|系向)$", placeholder[:m.start("a") - 1])  # "其中约11亿元来自⟦a⟧"
                add(source, target, relation, m.start(), m.end(), own_clause=m.end("a") + 1 if joined else placeholder.rfind("，", 0, m.start("a")) + 1 if came else None)
                position = m.end("a") + 1
                while relation == "lends_to" and roles == "ab" and (item := _LIST_ITEM.match(placeholder, position)) and position < m.end() \
                        and self._financier(mentions[int(item.group(1))].node):
                    # "本公司与⟦台联商业银行⟧及⟦北辰商业银行⟧签订联合授信合约": each bank listed with the lender lends
                    add(mentions[int(item.group(1))], target, "lends_to", m.start(), m.end(), priced=False)
                    position = item.end()
                first = "a" if m.start("a") < m.start("b") else "b"
                # ("… with ⟦Ampyra⟧, and ⟦we⟧ took … from ⟦b⟧": "we" after a comma starts a clause, not a list)
                opener = mentions[int(m.group(first))]
                parent_first = relation == "subsidiary_of" and (first == "a") == (roles == "ba")  # "芯曜科技、泓盛国投旗下的泓盛创投": one parent, not a list of them
                described = re.match(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:that|which)\s", placeholder[m.end(first) + 1:]) \
                    or relation == "subsidiary_of" and re.match(r",\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,4}?(?:subsidiary|unit|arm|affiliate|division)\b", placeholder[m.end(first) + 1:])
                # ("⟦c⟧ and ⟦b⟧, the studio that ⟦a⟧ bought", "⟦c⟧ and ⟦b⟧, the dial-making subsidiary of ⟦a⟧": only ⟦b⟧)
                for before in [] if _SELF_WORD.fullmatch(opener.written) or parent_first or described else _listed_before(placeholder, m.start(first) - 1):
                    # "X, Y and funds managed by Z have committed to lend to the Borrower": the list shares the link
                    other = mentions[before]
                    pair = (other, b) if first == "a" else (a, other)
                    add(*(pair if roles == "ab" else pair[::-1]), relation, m.start(), m.end(), priced=False)
                last = "b" if m.end("b") > m.end("a") else "a"
                position = m.end(last) + 1
                while position >= m.end() and (item := _LIST_ITEM.match(placeholder, position)) \
                        and not (re.match(r"\s*,\s*and\s", placeholder[position:]) and _OWN_CLAUSE.match(placeholder, item.end())) \
                        and not _PRONOUN.fullmatch(mentions[int(item.group(1))].written):  # (", and we regard …": a clause)
                    # "with participation from ⟦a⟧, ⟦c⟧ and the ⟦d⟧": the list shares the link (not "… of ⟦a⟧, and ⟦d⟧, which elected …, received")
                    other = mentions[int(item.group(1))]
                    pair = (a, other) if last == "b" else (other, b)
                    add(*(pair if roles == "ab" else pair[::-1]), relation, m.start(), item.end(), priced=False)
                    position = item.end()
        # "X拟向A申请15亿元贷款授信，向B申请6亿元流动资金贷款": the next clause keeps the borrower
        borrower = next((m for r in found if r.relation == "lends_to" for m in mentions if m.node == r.target), None)
        for more in _ZH_NEXT_LENDER.finditer(placeholder):
            if borrower is not None:
                add(mentions[int(more.group(1))], borrower, "lends_to", more.start() + 1, more.end())
        # (a rating or broker note on a company says "Fuel is supplied by X" of the company it covers, though not in its voice)
        covering = document.doc_type == "research note" and not self_words
        if document.company and (self_words or covering):
            # the document's own company as the other party: (pattern, its placeholder, relation, whether the company is the source)
            customers: set[str] = set()
            for pattern, group, relation, own_first in _COVERED_PARTY if covering else _OWN_PARTY:
                for m in pattern.finditer(placeholder):
                    if _NEGATED.search(placeholder[max(0, m.start() - 30):max(m.start(group), m.end())]):
                        continue  # "we have no purchase commitments with ⟦a⟧", "⟦a⟧ has no commitment to lend under the Facility"
                    other = mentions[int(m.group(group))]
                    if pattern is _OUR_CREDIT_FROM and re.search(r"(?:向|为|对|给)[^⟦，。；]{0,8}$", placeholder[:m.start(group) - 1]):
                        continue  # "公司向子公司⟦a⟧提供的借款": lent to it, not by it
                    auxiliary = re.match(r"(?:will be |are |is |were |was )?", m.group(0))
                    if pattern in (_SUPPLIED_BY, _FACILITY_PROVIDED_BY) and mentions[0].start <= 2 and mentions[0].node != document.company and mentions[0].end < m.start() \
                            and not _SELF_WORD.fullmatch(mentions[0].written) and re.match(r"['’]s\b|\s+(?:uses|used|buys|bought|runs|ran)\b", sentence[mentions[0].end:]):
                        continue  # "Kilat's dark stores use … terminals supplied by ⟦a⟧", "Lanyu's capex is funded by a credit line from ⟦a⟧": the sentence's company's
                    if pattern is _SUPPLIED_BY and auxiliary and re.search(r"\b(?:review|audit|opinion|valuation|appraisal|diligence)\s+(?:was|were|is|are|will\s+be)\s+$",
                                                                          placeholder[max(0, m.start() - 40):m.start()] + auxiliary.group(0)):
                        continue  # "The fairness review was performed by ⟦a⟧": an adviser
                    if "us" in pattern.groupindex and m.group("us") is not None and mentions[int(m.group("us"))].node != document.company:
                        continue  # "… its contract with ⟦us⟧": the company itself
                    if "owner" in pattern.groupindex and m.group("owner") is not None and mentions[int(m.group("owner"))].node != document.company:
                        continue  # "⟦沁冷热控⟧本次现金增资之其他认购人为⟦a⟧": another company's offering
                    if _THING_AFTER.match(sentence, other.end) or _THINGS_BEFORE.search(sentence[max(0, other.start - 160):other.start]):
                        continue  # "our top three franchises—Call of Duty, Candy Crush, and World of Warcraft—accounted for 67% of our net revenues"
                    if relation == "lends_to" and not own_first and any(r.relation == "lends_to" and r.source == other.node for r in found):
                        continue  # "X ordered ferries from Y, financed by a loan from ⟦a⟧": the sentence already said whom it lends to
                    if other.node != document.company:
                        own = Mention(other.start, other.start, document.company, document.company)
                        add(*((own, other) if own_first else (other, own)), relation, m.start(), m.end(), priced=pattern is not _OUR_SALES_CONTRACT)
                        if relation == "supplies" and own_first:
                            customers.add(other.node)
                        position = m.end(group) + 1
                        while relation == "lends_to" and not own_first and (item := _LIST_ITEM.match(placeholder, position)) \
                                and self._financier(mentions[int(item.group(1))].node):
                            add(mentions[int(item.group(1))], own, relation, m.start(), item.end(), priced=False)  # "…银行为A及B": B lends too
                            position = item.end()
            # ("a contract with ⟦Carrow⟧ and … cells delivered to ⟦Kestrel⟧": two customers of the writer, not each other's)
            unlinked.update(frozenset((x, y)) for x in customers for y in customers if x < y)
            found[:] = [r for r in found if not (r.relation == "supplies" and len(customers) >= 2 and {r.source, r.target} <= customers)]
            for units in _OWN_UNITS.finditer(placeholder):
                own = Mention(0, 0, document.company, document.company)
                for i in re.findall(r"⟦(\d+)⟧", units.group("list")):
                    if mentions[int(i)].node != document.company:
                        add(mentions[int(i)], own, "subsidiary_of", units.start(), units.end())
        named_borrower = _BORROWER.search(placeholder)
        if named_borrower:
            at = _described_unit(placeholder, spans, int(named_borrower.group("b")))  # "X (“Fleet Funding”), a subsidiary of the Company, …"
            for m in _AS_LENDER.finditer(placeholder):
                add(mentions[int(m.group("a"))], mentions[at], "lends_to", m.start(), m.end())
                for before in _listed_before(placeholder, m.start("a") - 1):  # "with funds managed by X and Y as lenders"
                    add(mentions[before], mentions[at], "lends_to", m.start(), m.end(), priced=False)
        for pattern in CONTRACT:
            for m in pattern.finditer(placeholder):
                if re.search(r"(?:未|无|没有)[^⟦。；，]{0,4}(?:与|和)|(?:尚未|并未|未曾|未|没有)[^⟦。；，]{0,8}(?:签订|签署|达成|签下|签约|订立)", m.group(0)) \
                        or _NEGATED.search(m.group(0)):
                    continue  # "公司未与奥瑞文半导体签署任何采购协议": no contract
                a, b = mentions[int(m.group("a"))], mentions[int(m.group("b"))]
                if any(r for r in found if {r.source, r.target} == {a.node, b.node}):
                    continue
                if re.search(r"买卖协议|\bsale\s+and\s+purchase\s+agreement", m.group(0), re.I) \
                        and {to_simplified(a.written), to_simplified(b.written)} <= {"买方", "卖方", "出售方", "收购方", "the Purchaser", "the Vendor", "the Seller", "the Buyer"}:
                    continue  # "买方与卖方订立买卖协议": the deal's two sides by their roles (the shares they trade are told elsewhere), no goods sold
                if re.search(r"(?:互通|战略)?合作(?:框架)?(?:协议|合同|合约)|框架合作|\b(?:cooperation|collaboration)\s+agreement", m.group(0), re.I):
                    add(a, b, "partners_with", m.start(), m.end())  # "订立之算力互通合作协议": a cooperation, not a sale
                    continue
                if re.search(r"买卖协议|股权转让|\bshare\s+purchase\s+agreement", m.group(0), re.I) \
                        and re.search(r"(?:收购|出售|转让)[^，。；]{0,30}?(?:已发行股本|股本|股权|股份|权益)", placeholder[m.end():]):
                    continue  # "买方（…）与卖方订立买卖协议，据此，买方有条件同意收购而卖方有条件同意出售⟦目标公司⟧之全部已发行股本": shares change hands, no goods
                a_supplies = self._kind(a.node) in SUPPLIER_KINDS
                b_supplies = self._kind(b.node) in SUPPLIER_KINDS
                lessor = [x for x in (a, b) if re.search(r"\b(?:Leasing|Lease|Rentals?|Lessor)\b", x.node)]
                landlord = [x for x in (a, b) if re.search(_LANDLORD_NAME, x.node)]
                if re.search(r"\blease\b", m.group(0), re.I) and len(lessor) == 1:
                    a_supplies, b_supplies = lessor[0] is a, lessor[0] is b  # "Keelhaven signed a master lease with Overpass": the leasing company leases out
                elif re.search(r"\blease\b|租赁|预租", m.group(0), re.I) and len(landlord) == 1:
                    a_supplies, b_supplies = landlord[0] is a, landlord[0] is b  # "Kestrel Ridge Digital entered into a Data Center Lease Agreement with Orison Labs"
                elif re.search(r"\b(?:archive|data(?:set)?|content|catalog(?:ue)?|library|images?|music|news|corpus|video)\s+licen[cs]e", m.group(0), re.I) \
                        and (self._kind(b.node) == "model_lab" or re.search(r"\b(?:AI|Labs?)$", b.node)) and not re.search(r"\b(?:AI|Labs?)$", a.node):
                    a_supplies, b_supplies = True, False  # "Halvorsen signed an archive licence with Solvane Labs": a model lab buys the data it trains on
                elif re.search(r"\blicen[cs]e", m.group(0), re.I) and not re.search(r"\b(?:supply|compute|cloud|capacity|GPU|power)\b", m.group(0), re.I):
                    # "X signed a licence with Y": Y licenses its technology to X (unless X is the licensor whose licensees its report lists)
                    a_supplies, b_supplies = (True, False) if self.licensor and a.node == document.company else (False, True)
                elif re.search(r"\bcustomer\s+prepayments?\b|\bprepa(?:id|yment)\s+by\s+(?:the\s+)?customer\b|客户预付", placeholder[m.end():], re.I):
                    a_supplies, b_supplies = True, False  # "X signed a … supply agreement with Y, supported by a JPY 18 billion customer prepayment"
                elif re.search(r"\bPPA\b|\bpower\b|电力|购电", m.group(0), re.I) and (self._kind(a.node) == "energy") != (self._kind(b.node) == "energy"):
                    a_supplies, b_supplies = self._kind(a.node) == "energy", self._kind(b.node) == "energy"  # power is sold by its maker
                elif re.search(r"算力|\b(?:compute|cloud|GPU|capacity|colocation)\b", m.group(0), re.I) and not _HARDWARE.search(m.group(0)) \
                        and (a.node in self.operators) != (b.node in self.operators):
                    # "该智算中心由瀚海深圳营运。瀚海深圳已与星衡智算签订…算力服务协议": the centre's operator provides the compute
                    a_supplies, b_supplies = a.node in self.operators, b.node in self.operators
                elif re.search(r"算力租赁|算力服务|\b(?:compute|cloud|GPU)\s+(?:capacity|services|hours|rental|lease)", m.group(0), re.I) \
                        and (self._kind(a.node) == "chipmaker") != (self._kind(b.node) == "chipmaker"):
                    # "澜芯微电子已与云枢数据签署…算力租赁合同": a chip designer rents compute; the other side provides it
                    a_supplies, b_supplies = self._kind(a.node) != "chipmaker", self._kind(b.node) != "chipmaker"
                elif re.search(r"算力租赁|算力服务|\b(?:compute|cloud|GPU)\s+(?:capacity|services|hours|rental|lease)", m.group(0), re.I) \
                        and (self._kind(a.node) in {"cloud", "neocloud"}) != (self._kind(b.node) in {"cloud", "neocloud"}):
                    # "本集团与明湖智能订立之三年期算力服务协议": the compute company provides the compute
                    a_supplies, b_supplies = self._kind(a.node) in {"cloud", "neocloud"}, self._kind(b.node) in {"cloud", "neocloud"}
                elif _HARDWARE.search(m.group(0)) and (self._kind(a.node) in {"cloud", "neocloud"}) != (self._kind(b.node) in {"cloud", "neocloud"}):
                    # "该公司与GPU云厂商Halcyon签订液冷服务器订单": a cloud buys servers, the other side makes them
                    a_supplies, b_supplies = self._kind(a.node) not in {"cloud", "neocloud"}, self._kind(b.node) not in {"cloud", "neocloud"}
                # "恒启深圳（作为卖方）与星垂算力（「星垂算力」或「买方」）订立买卖协议": the agreement names who sells
                marked = [x for x in (a, b) if re.match(r"\s*[（(](?:作为|作為|as\s+)?(?:卖方|賣方|出售方|供应方|供货方|the\s+seller|seller)\s*[）)]|\s*[（(][^（）()]{0,30}(?:「|“)(?:卖方|賣方)(?:」|”)[）)]", sentence[x.end:], re.I)]
                if re.search(r"\b(?:maintenance|MRO|overhaul|repair)\b", m.group(0), re.I):
                    a_supplies, b_supplies = False, True  # "… renewed its predictive maintenance contract with us": the one it is with maintains
                agreed = re.search(r"^[^。；]{0,20}?据此[，,]\s*⟦(\d+)⟧[^⟦，。；]{0,10}?同意(?:出售|出租|供应|提供|交付)", placeholder[m.end():])
                if agreed and mentions[int(agreed.group(1))].node in {a.node, b.node}:
                    # "…订立飞机买卖协议，据此，本公司同意出售而华翼租赁同意购买四架窄体飞机": the agreement says who sells
                    a_supplies, b_supplies = mentions[int(agreed.group(1))].node == a.node, mentions[int(agreed.group(1))].node == b.node
                elif len(marked) == 1:
                    a_supplies, b_supplies = marked[0] is a, marked[0] is b
                elif re.match(r",?\s+(?:which|who)\s+(?:will\s+)?(?:take|buy|purchase|receive|lift|offtake)s?\s+(?!over\b)", sentence[b.end:]):
                    a_supplies, b_supplies = True, False  # "a ten-year supply deal with Hualan Petrochemical, which will take cargoes into …": it buys
                builder = [x for x in (a, b) if re.search(r"建设|建筑|工程|\b(?:Construction|Engineering|Builders?|Contractors?)\b", x.node)]
                if re.search(r"EPC|总承包|总包|施工|\bconstruction\s+(?:contract|agreement)", m.group(0), re.I) and len(builder) == 1:
                    a_supplies, b_supplies = builder[0] is a, builder[0] is b  # "与华衡建设集团签订《…EPC工程总承包合同》": the builder builds
                if re.search(r"预租|租赁", m.group(0)) and re.search(r"(?:位于|坐落于)[^⟦，。；]{0,20}(?:之|的)[^⟦，。；]{0,24}(?:大厦|物业|项目|数据中心|楼宇|园区)",
                                                          placeholder[m.end("a"):m.start("b")]):
                    a_supplies, b_supplies = True, False  # "本集团位于葵涌之…数据中心项目，已与X订立…预租协议": the owner of the building leases it out
                provider = re.search(r"^[^。；]{0,30}?由⟦(\d+)⟧(?:为|向|替)⟦(\d+)⟧(?:[^⟦。；]|⟦\d+⟧){0,30}?(?:提供|供应|供货|交付|建置|建设)", placeholder[m.end():])
                if provider and {mentions[int(provider.group(1))].node, mentions[int(provider.group(2))].node} == {a.node, b.node}:
                    # "…簽訂智慧社區整合系統建置合約，由台裕數位服務為遠晴開發旗下三處社會住宅提供門禁…": the contract says who provides
                    a_supplies, b_supplies = mentions[int(provider.group(1))].node == a.node, mentions[int(provider.group(1))].node == b.node
                latter = re.match(r"[^⟦。；]{0,12}?[，,]\s*(?:租用|承租|采购|购买|使用)(?:后者|⟦(\d+)⟧)", placeholder[m.end():])
                if latter and (latter.group(1) is None or mentions[int(latter.group(1))].node == b.node):
                    a_supplies, b_supplies = False, True  # "…签署数据中心租赁协议，租用后者位于柔佛州的数据中心": the latter is rented from
                titled = re.search(r"《⟦(\d+)⟧[^》]{0,40}?(?:采购|购买|订购)", m.group(0))
                if titled and mentions[int(titled.group(1))].node in {a.node, b.node}:
                    # "与华岳通信签订了《华岳通信2025年…集中采购框架合同》": the buyer names its purchase after itself
                    a_supplies, b_supplies = mentions[int(titled.group(1))].node == b.node, mentions[int(titled.group(1))].node == a.node
                own_side = {document.company} | {r.source for r in found if r.relation == "subsidiary_of" and r.target == document.company}
                if re.search(r"日常经营(?:性)?(?:重大)?合同", to_simplified(document.title)) and own_side & {a.node, b.node} and {a.node, b.node} - own_side \
                        and re.search(r"建设|施工|工程|销售|供货|供应|数字化|信息化", m.group(0)) and not re.search(r"采购|购买|订购|租入|承租|算力|云", m.group(0)):
                    # "关于签订日常经营重大合同的公告": a contract of the company's ordinary business is one it sells under
                    a_supplies, b_supplies = a.node in own_side, b.node in own_side
                if re.search(r"(?:销售|供货|供应)(?:合同|协议|合约)", m.group(0)) and own_side & {a.node, b.node} and self_words and {a.node, b.node} - own_side:
                    # "公司与X签订AI服务器销售合同", "本公司之子公司SYT America与Halcyra签订伺服器供货合约": the company (or its unit) sells,
                    # unless it pays ("…签订十二吋矽晶圆长期供应合约，…本公司将支付预付款日圆18,000,000,000元": it buys)
                    # (or secures its own supply: "为保障上述合同的核心芯片供应，X已与Y签订年度AI推理芯片供货协议")
                    pays = bool(re.search(r"(?:本公司|公司|本集团)[^，。；]{0,8}?(?:支付|预付|付款)|^\W*为(?:保障|确保|保证)[^，。；]{0,20}?(?:供应|供货)[，,]", to_simplified(sentence)))
                    a_supplies, b_supplies = (a.node in own_side) != pays, (b.node in own_side) != pays
                elif re.search(r"租赁(?:合同|协议|合约)", m.group(0)) and re.search(r"承租|出租", sentence):
                    # "买方与X（「承租人」）订立租赁协议，据此，买方同意将上述服务器出租予承租人": the lessor supplies
                    lessee_b = bool(re.search(re.escape(b.written) + r"\s*[（(][^）)]{0,10}承租", sentence)) or any(
                        x.node == b.node and re.match(r"(?:人|方)?", sentence[x.end:]) and sentence[max(0, x.start - 3):x.start].endswith(("出租予", "出租给", "租予"))
                        for x in mentions)
                    a_supplies, b_supplies = lessee_b, not lessee_b
                elif re.search(r"(?:采购|购买|订购)(?:合同|协议|合约)", m.group(0)) and document.company in {a.node, b.node} and self_words \
                        and re.search(r"以(?:总)?(?:代价|对价|价款)[^，。；]{0,30}?(?:采购|购买|订购)", sentence):  # (a seller's "《…采购合同》" is its buyer's name for it)
                    a_supplies, b_supplies = a.node != document.company, b.node != document.company  # "本公司与X订立光模组采购协议": the company buys
                if re.search(r"供应链融资|(?:融资|贷款|借款|授信)(?:合同|协议|合约)", m.group(0)) and document.company in {a.node, b.node} and self_words:
                    lender, borrower = (b, a) if a.node == document.company else (a, b)
                    add(lender, borrower, "lends_to", m.start(), m.end())  # "本公司与鹤丘物产株式会社签订供应链融资合约": the other side finances
                elif self._financier(a.node) != self._financier(b.node) and re.search(rf"\b{LOAN}\b|贷款|授信|借款", m.group(0), re.I):
                    lender, borrower = (a, b) if self._financier(a.node) else (b, a)
                    add(lender, borrower, "lends_to", m.start(), m.end())  # "borrowings under its credit agreement with X Bank"
                else:
                    before = len(found)
                    if b_supplies and not a_supplies:
                        add(b, a, "supplies", m.start(), m.end())
                    elif a_supplies and not b_supplies:
                        add(a, b, "supplies", m.start(), m.end())
                    elif "provide" not in m.group(0).lower():
                        add(b, a, "supplies", m.start(), m.end())  # "A signed a contract with B for compute": B delivers
                    self.guessed.update((id(r), r) for r in found[before:])  # who sells, a signed agreement leaves to be guessed
        # What the patterns missed: a relation word between two companies, its direction from the clause.
        # (a buyer or a holder may be the parent too: "we acquired X …, and X became our wholly owned subsidiary")
        # (and a part-owned unit's holder: "目标公司将由本公司拥有60%权益，并成为本公司之间接非全资附属公司")
        part_owned = bool(re.search(r"(?<![\d.])\d{1,2}(?:\.\d+)?\s?%", sentence))
        # (and money put into a unit: "公司拟以自有资金5,000万元向全资子公司X增资" is an investment in the subsidiary)
        injected = bool(re.search(r"增资|注资|\bcapital\s+(?:injection|contribution|increase)\b", to_simplified(sentence), re.I))
        linked = {frozenset((i, j)) for i, a in enumerate(mentions) for j, b in enumerate(mentions)
                  if i < j and (a.node == b.node or any({r.source, r.target} == {a.node, b.node} for r in found)
                                and not all(r.relation in _BOUGHT or r.relation == "subsidiary_of" and (part_owned or injected)
                                            for r in found if {r.source, r.target} == {a.node, b.node}))}
        vouched = None if sentence.rstrip().endswith(("?", "？")) else re.search(r"提供[^，。；]{0,16}(?:担保|保证)|\bguarantee[sd]?\b[^.;]{0,60}?\b(?:obligations|debt|loans?|leases?|notes|borrowings)\b", sentence)  # "公司为X在Y银行的授信提供担保": a guarantee is what it says
        asked = sentence.rstrip().endswith(("?", "？"))  # "…, so how do you think about where X sits relative to them?" states nothing
        # "⟦a⟧ licenses a model from ⟦b⟧, and its pricing engine runs on ⟦c⟧": the later "its" is the subject's, not ⟦b⟧'s
        # (a one-digit placeholder is as long as "its", so every position in the sentence stays where it was)
        subject = re.match(r"⟦(\d)⟧\s+[a-z]", placeholder)
        cued = re.sub(r"(?<=,\sand\s)its(?=\s)", f"⟦{subject.group(1)}⟧", placeholder) if subject else placeholder
        # ("⟦0⟧ acquired ⟦1⟧ outright …, and has since signed a co-development pact with ⟦2⟧": the subject signed, not what it bought)
        cued = re.sub(r"(?<=,\sand\s)has(?=\s+(?:since\s+|also\s+|then\s+|later\s+|now\s+|recently\s+)?[a-z]+ed\b)", f"⟦{subject.group(1)}⟧", cued) if subject else cued
        pronouns = frozenset(i for i, m in enumerate(mentions) if _PRONOUN.fullmatch(m.written))
        for hit in ([] if asked else cue_links(cued, linked, [m.node for m in mentions], pronouns)):
            if vouched and hit.relation != "subsidiary_of":
                clause_start = max(placeholder.rfind(c, 0, hit.start) for c in "，,；;。")
                ends = [e for e in (placeholder.find(c, hit.end) for c in "，,；;。") if e >= 0]
                if vouched.re.search(placeholder[clause_start + 1:min(ends, default=len(placeholder))]):
                    continue
            tail = re.split(r"[，；。]", placeholder[hit.end:], maxsplit=1)[0]  # "本公司与⟦b⟧之间亦无任何交叉持股": denied after the names
            if _NEGATED.search(placeholder[max(0, hit.start - 30):hit.end]) or _ZH_DENIED_AFTER.search(tail) or _COMPETITION.search(placeholder[:hit.end]) \
                    or _ZH_NEGATED.search(placeholder[hit.start:hit.end]) \
                    or _HYPOTHETICAL.search(placeholder[hit.start:hit.end]) or _WHETHER_COULD.search(placeholder[max(0, hit.start - 60):hit.end]) or re.search(r"决定是否|是否继续|\bcould\s+be\s+qualified\b", placeholder[hit.start:]) \
                    or hit.relation == "invests_in" and stayed_out \
                    or hit.relation == "invests_in" and re.search(r"\b(?:rais|lower|cut)(?:e|ed|es|ing|s|ting)?\s+(?:its\s+|their\s+|our\s+)?(?:prices?|rates?|fees?|guidance|forecasts?|outlook|dividends?|"
                                                                  r"target\s+prices?|price\s+targets?|estimates?|ratings?)\b", placeholder, re.I) \
                    or hit.relation == "owns_stake_in" and re.search(r"⟦\d+⟧持股[^⟦，。；]{0,10}?(?:之|的)[^⟦，。；]{0,12}?(?:投资人|投资者|股东|机构|法人)", placeholder) \
                    or hit.relation == "supplies" and _DEAL_AGREEMENT.search(placeholder[hit.start:hit.end]):
                continue  # "does not obligate ⟦a⟧ to purchase any products from ⟦b⟧", "Our competitors include ⟦a⟧ … ⟦b⟧"
            a, b = (mentions[hit.a], mentions[hit.b]) if hit.relation == "subsidiary_of" else \
                (_owned_named(placeholder, mentions, hit.a), _owned_named(placeholder, mentions, hit.b))  # ("operated by its subsidiary ⟦X⟧": "its" is the parent)
            if hit.relation != "subsidiary_of" and hit.a < hit.b and a.written.lower() not in {"our", "its", "their", "we"}:
                # "⟦Aoyue Interactive⟧, a wholly-owned subsidiary of ⟦the Company⟧, completed the acquisition of ⟦Moyu⟧": the unit acts
                # (readers give "⟦X Ventures⟧, ⟦our⟧ wholly owned subsidiary, invested …" to the company itself)
                owner = _appositive_owner(placeholder, mentions, hit.a, hit.end)
                a = owner if owner.node != b.node else a
            if any(_compared_with(placeholder, spans[k][0], spans[k][1]) for k in (hit.a, hit.b)):
                continue  # "认购价格与⟦岱嵘投资⟧相同": compared with, not dealt with
            if any({r.source, r.target} == {a.node, b.node} and (r.relation != "partners_with" or hit.relation in {"partners_with", "subsidiary_of"})
                   and not (hit.relation == "subsidiary_of" and r.relation in _BOUGHT)
                   and not (hit.relation == "owns_stake_in" and r.relation == "subsidiary_of" and part_owned)
                   and not (hit.relation == "invests_in" and r.relation == "subsidiary_of" and injected)
                   for r in found) or frozenset((a.node, b.node)) in unlinked:
                continue
            if hit.relation == "supplies" and _SELLS_A_COMPANY.search(placeholder[:spans[hit.b][0]]):
                continue  # "the Company agreed to sell Redline Data Centers LLC": a company sold is no goods sold to it
            if hit.relation == "acquires" and any(r.relation == "acquires" and r.target == b.node for r in found):
                continue  # the sentence named its buyer: the other party of the agreement sells
            if hit.relation in {"invests_in", "lends_to"} and any(r.relation == hit.relation and r.source == b.node for r in found):
                continue  # "… to license ⟦a⟧'s models and a $250 million investment from ⟦b⟧" after "X announced … investment from ⟦b⟧": ⟦b⟧ already invests
            low, high = sorted((hit.a, hit.b))
            if hit.relation == "supplies" and _SOLD_TO_BUYER.fullmatch(placeholder[spans[low][1]:spans[high][0]]):
                add(mentions[high], mentions[low], "acquires", hit.start, hit.end)  # "Vectren Corporation, which was sold to CenterPoint Energy": bought
                continue
            if hit.relation in {"owns_stake_in", "invests_in"} and re.search(r"\b(?:hold|holds|held|own|owns|owned)\s+(?:about\s+|approximately\s+|roughly\s+)?[\d.]+\s?%\s*,?\s+and\s+(?:the\s+)?$",
                                                                          placeholder[spans[low][1]:spans[high][0]]):
                continue  # "Orbis, whose funds hold 19.3%, and ⟦Arcwell⟧, which holds 11.5%": two holders of a third company
            if _parallel_objects(placeholder, spans[low], spans[high]):
                continue  # "co-developed with ⟦a⟧, and IMBRUVICA, … co-marketed with ⟦b⟧": each is the writer's partner, not the other's
            if hit.relation in {"owns_stake_in", "invests_in"} and _POSSESSOR_THEN_VERB.match(placeholder, spans[low][1]):
                continue  # "we subscribed … shares in ⟦a⟧'s rights issue and now own 12.4% of ⟦b⟧": the owner is the subject before ⟦a⟧
            if hit.relation == "subsidiary_of" and re.search(r"⟦\d+⟧,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,4}?(?:subsidiary|unit|arm|affiliate|division)\s+of\s+$",
                                                             placeholder[spans[low][1]:spans[high][0]]):
                continue  # "⟦a⟧ and ⟦c⟧, the dial-making subsidiary of ⟦b⟧": the description is ⟦c⟧'s alone
            if re.search(r"[,;]\s+(?:so|but|while|whereas|although|though|yet)\s|;\s", placeholder[spans[low][1]:spans[high][0]]):
                continue  # "⟦a⟧ round with a $4 billion investment of its own, so ⟦b⟧ position there is …": another clause's company
            if re.search(r"(?:、|以及|及|和|与)", placeholder[spans[low][1]:spans[high][0]]) \
                    and re.match(r"[^⟦，。；]{0,4}(?:跟投|参投|共同投资|联合投资)", placeholder[spans[high][1]:]):
                continue  # "凯德瑞斯半导体、江渚产业投资集团以及鹿鸣资本跟投": co-investors in one list, not investors in each other
            # what a company is settles who lends or invests when the clause is unclear: a bank lends to a chip maker
            into_fund = hit.relation == "invests_in" and re.search(r"认缴|财产份额|设立⟦|有限合伙(?:人|权益)|向⟦\d+⟧(?:承诺)?出资|认购⟦\d+⟧之|limited\s+partner|\bLP\b",
                                                                  placeholder[hit.start:hit.end + 40], re.I)  # ("共同发起设立⟦基金⟧")
            stake_in_b = hit.relation in {"invests_in", "owns_stake_in"} and re.search(
                r"\b(?:interest|stake|investment|shares|equity|ownership)\s+in\s+(?:the\s+)?$|\b(?:holds|held|owns|owned)\s+(?:about\s+|approximately\s+|roughly\s+)?\d[\d.]*\s?%\s+of\s+(?:the\s+)?$",
                placeholder[:spans[hit.b][0]], re.I) \
                or hit.relation == "owns_stake_in" and placeholder[:spans[hit.b][0]].endswith("对") and re.match(r"(?:之|的)?持股", placeholder[spans[hit.b][1]:])
            # "We have a 50 percent interest in ⟦Cereal Partners⟧", "⟦a⟧ has held 6.2% of ⟦b⟧ since 2019", "本公司对⟦宏纺创投⟧之持股比例：100%"
            if hit.relation in {"lends_to", "invests_in", "owns_stake_in"} and self._financier(b.node) and not self._financier(a.node) and not into_fund and not stake_in_b:
                a, b = b, a
            if hit.relation == "supplies" and re.search(r"\bleas(?:e|es|ed|ing)\b", placeholder[hit.start:hit.end], re.I) \
                    and ([bool(re.search(r"\b(?:Leasing|Lease|Rentals?|Lessor)\b", x.node)) for x in (a, b)] == [False, True]
                         or [bool(re.search(_LANDLORD_NAME, x.node)) for x in (a, b)] == [False, True]):
                a, b = b, a  # "Keelhaven signed a master lease with Overpass": the leasing company leases out (and a data-centre company its halls)
            if hit.relation == "lends_to" and self._financier(a.node) and self._financier(b.node):
                continue  # "led by X as arranger, with Y participating as lenders": two lenders of a third company
            if hit.relation == "lends_to" and any(r.relation == "lends_to" and r.source == a.node for r in found):
                continue  # the sentence already said whom this lender lends to ("X, a subsidiary of the Company, …, with Y as lender")
            if hit.relation == "lends_to" and _AGENT_ONLY.match(placeholder, spans[mentions.index(a)][1]):
                continue  # "with the lenders party thereto and X, as administrative agent": an agent is no lender unless it says so
            if hit.relation == "lends_to" and re.search(r"\b(?:acquisition|purchase|buyout)\s+of\s+$", placeholder[:spans[mentions.index(b)][0]]) \
                    and mentions[0].node not in {a.node, b.node}:
                b = mentions[0]  # "we closed the acquisition of ⟦Orrin⟧ …, funded with … a draw on the ⟦Northgate⟧ term loan": the buyer borrows
            if hit.relation == "lends_to":
                b = mentions[_described_unit(placeholder, spans, mentions.index(b))]  # "X, a subsidiary of the Company, …": X borrows
            lender_at = spans[hit.a][0]
            if hit.relation == "lends_to" and not self._financier(a.node) and lender_at > spans[hit.b][0] \
                    and not re.search(r"\b(?:from|with|by|and)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[a-z][\w-]*-[\w-]+\s+)?$|(?:向|从|自)$", placeholder[:lender_at]):
                continue  # "we borrowed $600 million under the Credit Agreement to fund the ⟦Fibrelight⟧ purchase": not a lender
            add(a, b, hit.relation, hit.start, hit.end)
            position = spans[hit.b][1]
            while hit.relation == "supplies" and hit.a < hit.b and b is mentions[hit.b] and (item := _LIST_ITEM.match(placeholder, position)) \
                    and not (re.match(r"\s*,\s*and\s", placeholder[position:]) and _OWN_CLAUSE.match(placeholder, item.end())):
                # "⟦a⟧'s paying customers include game-engine maker ⟦b⟧, the streaming service ⟦c⟧ and ⟦d⟧": each one listed buys
                add(a, mentions[int(item.group(1))], "supplies", hit.start, item.end(), priced=False)
                position = item.end()
            position = spans[mentions.index(a)][1]
            while hit.relation == "lends_to" and (item := _LIST_ITEM.match(placeholder, position)) and self._financier(mentions[int(item.group(1))].node):
                # "with ⟦Harbor Union Bank⟧ and ⟦Pelham & Strand Bank⟧ as lead lenders": the banks listed with the lender lend too
                add(mentions[int(item.group(1))], b, "lends_to", hit.start, hit.end, priced=False)
                position = item.end()
            if hit.relation in {"lends_to", "invests_in", "partners_with"} and hit.a < hit.b and a is mentions[hit.a]:
                for before in _listed_before(placeholder, spans[hit.a][0]):
                    # "X, Y and funds managed by Z have committed to lend to B": the lenders before the verb share it
                    add(mentions[before], b, hit.relation, hit.start, hit.end, priced=False)
        for lease in re.finditer(r"\b(?:entered\s+into|signed|executed|agreed\s+to)\b[^⟦.;]{0,50}\b(?:lease|leasing)\s+(?:agreement\s+)?with\s+⟦(\d+)⟧", placeholder):
            # "the Company entered into a five-year finance lease with X": who leases to whom is a guess (a lessor's table may say)
            lessee = mentions[int(lease.group(1))].node
            self.guessed.update((id(r), r) for r in found if r.relation == "supplies" and lessee in {r.source, r.target})
        for co in re.finditer(r"⟦(\d+)⟧\s+and\s+⟦(\d+)⟧(?:\s*\([^()]{0,40}\))?(?:,\s+(?:a|an)\s+[^⟦;.]{0,60}?(?:⟦\d+⟧)?)?,?\s+as\s+(?:co-)?borrowers\b", placeholder):
            # "the Company and X, a wholly owned subsidiary of the Company, as borrowers, entered into a Credit Agreement": both borrow
            one, two = mentions[int(co.group(1))].node, mentions[int(co.group(2))].node
            for r in [r for r in found if r.relation == "lends_to" and {r.target} & {one, two} and one != two]:
                co_borrower = two if r.target == one else one
                if not any(x.relation == "lends_to" and x.source == r.source and x.target == co_borrower for x in found):
                    found.append(self._relation(r.source, co_borrower, "lends_to", r.amount, r.currency, r.amount_usd, document, page, sentence))
        for buyer_node, bought_node in buys:
            if buyer_node != bought_node and any(r.relation == "lends_to" and r.target == buyer_node for r in found) \
                    and not any(r.relation == "acquires" and r.target == bought_node for r in found):
                found.append(self._relation(buyer_node, bought_node, "acquires", None, None, None, document, page, sentence))
        return found

    def _relation(self, source: str, target: str, relation: str, amount: str | None, currency: str | None, usd: float | None,
                  document: Document, page: int | None, quote: str) -> Relation:
        pays = PAYS[relation]
        payer = source if pays == "source" else target if pays == "target" else None
        payee = (target if pays == "source" else source) if pays else None
        date = find_date(quote) or document.date or document.period or None
        evidence = Evidence(doc=document.name, page=page, quote=quote.strip()[:600], doc_id=document.id)
        return Relation(source, target, relation, payer, payee, amount, currency, usd, date, (evidence,))

    def from_table(self, chunk: Chunk, document: Document) -> list[Relation]:
        rows = [[c.strip() for c in line.split("|")] for line in chunk.text.split("\n") if "|" in line]
        roles: dict[str, str] = {}
        amount_text = ""
        piped = bool(rows) and all(not r[0] for r in rows if r)  # ("| 名称 | X |" splits with empty ends)
        for cells in rows:
            cells = [c for c in cells if c] if piped else cells
            if len(cells) < 2:
                continue
            key = cells[0].lower().strip(" :：")
            if key in {"名称", "企业名称", "公司名称", "名稱", "企業名稱", "公司名稱"}:
                named = [m for m in self.entities.mentions(cells[1], document.company) if not _SELF_WORD.fullmatch(m.written)]
                self.profiled = named[0].node if named else self.profiled
            role = _ROLE_ROWS.get(key)
            if role:
                value = re.sub(r"^(?:funds|entities|vehicles|affiliates)\s+(?:managed|advised|controlled)\s+by\s+|^affiliates of\s+", "", cells[1], flags=re.I)
                mentions = self.entities.mentions(value, document.company)
                name = mentions[0].node if mentions else self.entities.node(value.split(",")[0].split("(")[0].strip())
                if name:
                    roles[role] = name
            elif _AMOUNT_ROWS.search(key) and not amount_text:
                amount_text = cells[1]
        out = self._columns(rows, chunk, document)
        for source_role, target_role, relation in _ROLE_PAIRS:
            if source_role in roles and target_role in roles and roles[source_role] != roles[target_role]:
                amount, currency, usd = amount_fields(amount_text)
                quote = "; ".join(" | ".join(c) for c in rows if c and (_ROLE_ROWS.get(c[0].lower().strip(" :：")) in {source_role, target_role}
                                                                        or (amount_text and amount_text in c)))
                out.append(self._relation(roles[source_role], roles[target_role], relation, amount, currency, usd, document, chunk.page, quote))
        # A list of subsidiaries (an EX-21 exhibit): every named entity is a subsidiary of the filer.
        if document.company and re.search(r"subsidiar|子公司", f"{document.title} {chunk.section} {chunk.text.split(chr(10))[0]}", re.I) \
                and not roles and not out and re.search(r"name|subsidiar|entity|名称|子公司", " ".join(rows[0]) if rows else "", re.I):
            # (a disclosure's numbered overview, "(1) Name | Sakuragawa Imaging (Dalian) Co., Ltd." then "(2) Location | …": fields of
            # one subsidiary, whose name is the first row's value)
            fields = sum(bool(re.match(r"[(（]\d{1,2}[)）]\s*\S", cells[0])) for cells in rows if cells) >= max(2, len(rows) // 2)
            for cells in ([rows[0][1:2]] if fields and re.match(r"[(（]\d{1,2}[)）]\s*(?:Name|名称|名稱)\b", rows[0][0], re.I) else [] if fields else rows[1:]):
                name = cells[0].strip()
                if not name or name.lower().startswith(("name", "subsidiar", "entity")):
                    continue
                share = re.search(r"(\d+(?:\.\d+)?)\s?%", " ".join(cells[1:]))
                if share and float(share.group(1)) < 50 or re.search(r"\b(?:associates?|joint\s+ventures?|equity[- ](?:accounted|method)|FVOCI|FVTPL|fair\s+value)\b",
                                                                     " ".join(cells[1:]), re.I):
                    continue  # "Jiayuan Nutrition Holdings Limited | Hong Kong | Infant formula | 8.6% | FVOCI": a stake, not a subsidiary
                node = self._subsidiary_node(name, document)
                if node and node != document.company and len(node) > 2:
                    out.append(self._relation(node, document.company, "subsidiary_of", None, None, None, document, chunk.page, " | ".join(cells)))
        return out

    def _from_to(self, rows: list[list[str]], chunk: Chunk, document: Document) -> list[Relation]:
        """'Agreement | From | To | Value' tables: each row's first cell says what the deal is ('Shareholder loan',
        'GPU supply agreement', 'Equity subscription'); the money or goods go from the one party to the other."""
        for h, header in enumerate(rows[:3]):
            names = [c.lower().strip(" :：*") for c in header]
            if not ({"from", "提供方", "出资方"} & set(names) and {"to", "接受方", "接收方"} & set(names)):
                continue
            frm = next(i for i, c in enumerate(names) if c in {"from", "提供方", "出资方"})
            to = next(i for i, c in enumerate(names) if c in {"to", "接受方", "接收方"})
            value = next((i for i, c in enumerate(header) if _AMOUNT_ROWS.search(c)), None)
            out = []
            for cells in rows[h + 1:]:
                if len(cells) < len(header):
                    continue
                label = " ".join(c for i, c in enumerate(cells) if i not in {frm, to, value})
                relation = next((r for r, pattern in _DEAL_KINDS if pattern.search(label)), None)
                source, target = (self._cell_company(cells[i], document) for i in (frm, to))
                if relation and source and target and source != target:
                    amount, currency, usd = amount_fields(cells[value]) if value is not None else (None, None, None)
                    out.append(self._relation(source, target, relation, amount, currency, usd, document, chunk.page, " | ".join(cells)))
            return out
        return []

    def role_lists(self, chunk: Chunk, document: Document, context: tuple[str, ...] = ()) -> list[Relation]:
        """A company's own lists, one company per row: '前五名客户' / 'Top customers' (it supplies them), '前五名供应商' /
        'Suppliers' (they supply it), '主要控股参股公司' (全资子公司 / 控股子公司 are its subsidiaries, 参股 its stakes).
        ``context``: the lines before the chunk that may caption it or, for a table run on from the page before, head it."""
        out: list[Relation] = []
        role = header_line = header_raw = caption = ""
        # a header the PDF loader lifted into the section ("Customer") heads the rows below it
        heading = [chunk.section] if chunk.section and len(chunk.section) < 60 and chunk.kind == "table" else []
        # whose shareholders a holder table lists, or whose investments a portfolio table, when its caption says
        # ("本次增资前后，深衡智能主要股东持股情况如下：", "截至2025年9月30日，衡峰基金已投资项目如下：")
        held = last = ""
        lines = [*((line, True) for line in heading), *((line, True) for line in context),
                 *((part, False) for line in chunk.text.split("\n") for part in _header_run_into_row(line))]
        for line, before in lines:
            cells = re.sub(r"\s+", " ", line.replace("|", " ")).strip()
            sentence = bool(re.search(r"[.。;；]\s*$", cells)) and len(re.findall(r"\w+", cells)) > 6
            header = _list_header(line)
            if header:
                role, header_line, header_raw = header, cells, line
                caption = last
                if role == "commitments":  # a schedule of commitments by counterparty: under "purchase commitments" each row supplies the filer
                    # (or, under any other caption, rows that say what each party is: "Delfland Logistics N.V. Customer: …")
                    role = "supplier" if re.search(r"\bpurchase\s+(?:commitments|obligations)\b", last, re.I) else "counterparty"
                if role == "zh_counterparty":  # "本次董事会通过之取得机器设备明细如下：" over "交易相对人 | 标的物 | …": each row sells to the filer
                    role = "supplier" if re.search(r"取得|购置|购买|采购|买入|承租", to_simplified(last)) and not re.search(r"处分|出售|卖出", to_simplified(last)) \
                        else "customer" if re.search(r"处分|出售|卖出", to_simplified(last)) else ""
                # (or by the section it sits under: "3. Major shareholders of Kagerou before the acquisition")
                held = (self._holders_of(last, document) or (self._holders_of(heading[0], document) if heading else "")) if header == "holder" else self._investor_of(last, document) if header == "portfolio" \
                    else self._lender_of(last, document) or document.company if header == "borrowers" else ""
                if header == "holder" and not held and (any(re.fullmatch(r"(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?\s*(?:主要股东|股东情况|股权结构)", to_simplified(x.strip()))
                                                            for x in (last, *heading))
                                                        or re.search(r"(?:标的|目标)公司[^。]{0,6}(?:股权结构|主要股东|股东)[^。]{0,6}如下|^(?:major|principal)\s+shareholders\b[^.]{0,40}\((?:before|after)\s+the\s+"
                                                                     r"(?:allotment|subscription|acquisition|transaction|transfer)\)", to_simplified(last), re.I)):
                    # ("本次交易前，标的公司股权结构如下：", "Major shareholders and shareholding ratios (before the allotment):")
                    held = self.profiled  # "（二）主要股东" under the profile of the company the notice deals with: its holders
                continue
            unit = re.fullmatch(r"(?:金额)?单位\s*[:：][^。]{0,20}|\(?(?:amounts\s+)?in\s+(?:US\$\s*)?(?:thousands|millions|billions)[^.]{0,30}\)?", cells, re.I)
            if before:
                last = cells if cells and line not in heading and not unit else last  # a caption, not the section's title
                continue
            last = cells if not unit else last  # ("单位：万元" under "…已投资项目如下：" is no caption)
            if sentence and role and "|" not in line and not re.search(r"\d\s*$", cells.rstrip(".。;；")):
                role = ""  # prose after the table ("… is not a lender to the Borrower."): the rows have ended
            if not role or not document.company and role != "issuer_holder":
                continue
            if role == "issuer_holder":
                # the issuer's cell first, then its holder's: "Lumenforge (LMFG) | Orbis Growth Partners | 88,400,000 | 19.3%"
                named = [self._cell_company(re.sub(r"\s*\((?:[A-Z]{2,6}|\d{4,6}(?:\.[A-Z]{2})?|PIPE|[a-z][a-z -]*)\)", "", cell).strip(), document)
                         for cell in line.strip().strip("|").split("|")[:2]]
                stake = re.search(r"\d+(?:\.\d+)?\s?%", cells)
                if len(named) == 2 and all(named) and named[0] != named[1]:
                    out.append(self._relation(named[1], named[0], "owns_stake_in", stake.group(0) if stake else None, None, None, document, chunk.page, cells))
                continue
            lead_cells = _label_cells(header_raw, line) if role in {"customer", "supplier"} else ""
            lead_cells = lead_cells if cells.startswith(lead_cells) else ""  # (the vertical before the customer's name: "Cruise | Veloria Crociere S.p.A.")
            mentions = [m for m in self.entities.mentions(" " * len(lead_cells) + cells[len(lead_cells):], document.company)
                        if not _SELF_WORD.fullmatch(m.written)]
            named_row = re.match(r"\s*((?:[A-Z][A-Za-z&.'’-]*\s+){1,6}?(?:Company|Authority|Corporation|Co\.|LP|L\.P\.|Fund|Bank|Partners|System))\s+(?:[A-Z](?:/[A-Z])?|\d)", cells)
            if role in {"lending", "subscriber"} and named_row and not any(m.start < named_row.end(1) for m in mentions):
                # "Harrowgate Mutual Life Insurance Company A 600,000,000 32.4%": a noteholder no rule knows, named at the row's start
                mentions = [Mention(named_row.start(1), named_row.end(1), self.entities.node(named_row.group(1)) or strip_suffix(named_row.group(1)), named_row.group(1))]
            if role == "holder" and document.doc_type not in PERIODIC_REPORTS | OFFERING_DOCS | {"research note"} and not held:
                continue  # an announcement's shareholder table is its target's, not the announcer's
            if role == "lending" and ("|" not in line or not re.search(r"borrower|借款|申请主体|授信主体", header_line, re.I)):
                # "Revolving credit facility Meridale Bank … 2028 275.0"; "Lender | Facility | Commitment" (no borrower column)
                label = _FACILITY_LABEL.match(cells) if "|" not in line else None  # the facility's name first: "GPU-Backed Term Loan I"
                if "|" in line:  # "Ashcombe Mutual Life Insurance Company | Term Loan B | …": the first cell alone names the lender
                    first_cell = re.sub(r"\s+", " ", line.strip().strip("|").split("|")[0]).strip()
                    mentions = [m for m in self.entities.mentions(first_cell, document.company) if not _SELF_WORD.fullmatch(m.written)] or mentions
                if label:
                    rest = cells[label.end():]
                    mentions = [Mention(m.start + label.end(), m.end + label.end(), m.node, m.written)
                                for m in self.entities.mentions(rest, document.company) if not _SELF_WORD.fullmatch(m.written)]
                out.extend(self._lending_row(mentions, header_line, cells, document, chunk))
                continue
            if role == "counterparty":  # "Halcyra Compute Holdings Ltd. Tenant Tollgate, TX 15-year lease": the name, then its role
                row = _COUNTERPARTY_ROW.match(cells)
                what = next((kind for pattern, kind in _COUNTERPARTY_ROLES if row and pattern.fullmatch(row.group("role"))), "")
                node = self._cell_company(row.group("name"), document) if row else ""
                if what and node and node != document.company:
                    source, target, relation = {"customer": (document.company, node, "supplies"), "supplier": (node, document.company, "supplies"),
                                                "lender": (node, document.company, "lends_to")}[what]
                    out.append(self._relation(source, target, relation, None, None, None, document, chunk.page, cells))
                continue
            if not any(m.start <= 3 for m in mentions) and role in {"customer", "supplier", "holder", "partner"} \
                    and re.match(r"\s*\S+\s+country\b", header_line, re.I) and (first_cell := _before_country(cells)):
                # "Customer Country Products …" over "PT Pelita Oleo Refinery Indonesia CPO Rp1,302.2 billion 11.5%": the name is the row's
                # words before its country
                mentions = [Mention(0, len(first_cell), self.entities.node(first_cell) or strip_suffix(re.sub(r"^PT\s+", "", first_cell)), first_cell)]
            if not mentions and role in {"customer", "supplier", "holder", "subscriber", "partner"} and re.search(r"名称|\bname\b|发行对象|认购对象", header_line, re.I):
                # "序号 供应商名称 采购内容 …" over "2 星衡云 GPU算力租赁 18,904.12 21.21%": the name cell names a company no rule knows
                cell = re.match(rf"[\s\d.、|#]*([{CJK}]{{2,20}}?(?:[（(][{CJK}]{{1,8}}[）)])?(?:股份有限公司|有限责任公司|有限公司|（有限合伙）)?)(?=\s|$)", cells)
                if cell and not _UNNAMED_ROW.fullmatch(re.sub(r"[（(]注\d*[）)]$", "", cell.group(1))) and (len(cell.group(1)) >= 4 or _ZH_HEADS.search(cell.group(1))):  # not a person
                    mentions = [Mention(cell.start(1), cell.end(1), self.entities.node(cell.group(1)) or strip_suffix(cell.group(1)), cell.group(1))]
                capitals = re.match(r"[\s\d.、|#]*([A-Z][A-Z0-9&' -]{2,60}?,?\s(?:CO\.,?\s*LTD\.?|INC\.|CORP(?:ORATION|\.)|LIMITED|LLC|PLC))(?=\s|$)", cells)
                if not mentions and capitals:  # "2 SORABOL MEMORY CO., LTD. 2.96 19.37%": a name in capitals
                    written = capitals.group(1)
                    mentions = [Mention(capitals.start(1), capitals.end(1), self.entities.node(strip_suffix(out_of_capitals(written))) or strip_suffix(out_of_capitals(written)), written)]
            if mentions and role in {"customer", "supplier"} and _UNNAMED_ROW.fullmatch(re.sub(r"[（(][^（）()]*[）)]$", "", to_simplified(mentions[0].written))):
                continue  # "供應商甲", "進貨淨額": an unnamed counterparty or a total
            if not mentions or mentions[0].node == document.company \
                    or not re.fullmatch(r"[\s\d.、|#]*(?:The\s+|PT\s+)?(?:(?:entities|funds|investment\s+funds|affiliates)\s+(?:affiliated\s+with|managed\s+by|advised\s+by|of)\s+)?",
                                        cells[len(lead_cells):mentions[0].start], re.I) \
                    and not (role == "related" and re.fullmatch(r"[\s\d.、|#]*(?:向关联(?:人|方))?[\u4e00-\u9fff]{2,16}[\s|]*", cells[:mentions[0].start])):
                continue  # (a related-party row may open with its category: "向关联人采购电力 苏州宁岳能源有限公司 …")
            node, rest = mentions[0].node, cells[mentions[0].end:]
            if role in {"contract", "related"}:
                found = self._dealing_row(role, mentions, cells, document, chunk)
                if found:
                    out.append(found)
                continue
            if role == "holder":
                if document.doc_type == "research note" and not held and not re.search(r"(?<![\w$.,])\d{1,3}(?:\.\d+)?\s?%?$", rest.strip()):
                    continue  # a note's key data ("| 3M ADTV | US$38m |") under its major shareholders: a holder has a share
                relation, source, target = "owns_stake_in", node, held or document.company
                if node == target:
                    continue
            elif role == "portfolio":
                relation, source, target = "owns_stake_in", held or document.company, node
                if node == source or not re.search(r"\d\s?%", cells) and re.search(r"\b(?:realised|realized|exited|sold|written\s+off)\b", cells, re.I):
                    continue  # ("Auralis ApS | Fitting software | 2020 | — | Realised (sold to Sonavik)": a holding no longer held)
            elif role == "subscriber":
                relation, source, target = "invests_in", node, document.company
            elif role == "partner":
                fund = next((self.entities.terms[t] for t in ("基金", "本基金", "合伙企业", "Fund", "the Fund", "Partnership") if t in self.entities.terms), "")
                relation, source, target = "invests_in", node, fund
                if not fund or node == fund:
                    continue
            elif role == "borrowers":
                relation, source, target = "lends_to", held, node
                if node == source:
                    continue
            elif role == "customer":
                # ("… under which the Sponsor provides reserved GPU capacity to the named customer": the caption's provider sells)
                seller = next((m.node for m in self.entities.mentions(caption) if re.match(r"\s+(?:provides|supplies|sells|leases|delivers)\b", caption[m.end:])),
                              document.company)
                relation, source, target = "supplies", seller, node
                if node == seller:
                    continue
            elif role == "supplier":
                relation, source, target = "supplies", node, document.company
            elif re.search(r"全资子公司|控股子公司|子公司|wholly[- ]owned|subsidiary", rest, re.I) \
                    or role == "holding" and re.search(r"(?<![Dd]e)(?<![Nn]ot )\b(?:fully\s+)?consolidated\b", rest, re.I) and not re.search(r"equity[- ]method", rest, re.I):
                # ("Lucerna Digital Systems S.r.l. Genoa, Italy 100% Consolidated": a unit the group consolidates)
                relation, source, target = "subsidiary_of", node, document.company
            elif re.search(r"参股|联营|合营|associate|equity[- ]method|minority", rest, re.I):
                relation, source, target = "owns_stake_in", document.company, node
            elif role == "holding" and re.search(r"参股|联营|合营|\bassociates?\b|equity[- ]method|\binvestees?\b", f"{header_line} {caption}", re.I):
                relation, source, target = "owns_stake_in", document.company, node  # "参股公司名称 主营业务 持股比例": each row a stake
                share = re.search(r"(\d+(?:\.\d+)?)\s?%", rest)
                if share and float(share.group(1)) > 50 and re.search(r"subsidiar|子公司", f"{header_line} {chunk.section} {caption}", re.I):
                    relation, source, target = "subsidiary_of", node, document.company  # (under "Investments in subsidiaries, associates …": 100% is a unit)
            elif role == "holding" and re.search(r"subsidiar|子公司|\bgroup\s+companies\b", f"{header_line} {chunk.section} {caption}", re.I):
                # "Name of subsidiary Country Ownership …" (or "Name Jurisdiction Ownership" under a heading "Subsidiaries", "Company
                # Domicile Share Activity" under "Principal group companies"): a row
                # is a subsidiary, or a stake when under half is owned
                share = re.search(r"(\d+(?:\.\d+)?)\s?%", rest)
                relation, source, target = ("owns_stake_in", document.company, node) if share and float(share.group(1)) < 50 \
                    else ("subsidiary_of", node, document.company)
            else:
                continue
            stake = re.search(r"\d+(?:\.\d+)?\s?%", rest) if relation == "owns_stake_in" else None
            out.append(self._relation(source, target, relation, stake.group(0) if stake else None, None, None, document, chunk.page, cells))
        return out

    def _holders_of(self, caption: str, document: Document) -> str:
        """The company whose shareholders a table's caption names: '深衡智能主要股东持股情况如下', 'Principal shareholders of X',
        "X's shareholders"; none when the caption names no one (the table is then the document's own company's)."""
        if document.company and re.search(r"(?:本公司|本集团)[^。]{0,80}?(?:股权架构|股权结构|主要股东|股东持股)", caption):
            return document.company  # "下表载列本公司…之主要股权架构": the company's own holders
        if document.company and re.search(r"(?<![标目的该])公司(?:总股本|股权结构|前[一二三四五六七八九十\d]{1,2}名股东|主要股东)", to_simplified(caption)):
            return document.company  # an A-share notice's "截至2025年9月30日，公司总股本为180,000,000股，前三名股东持股情况如下："
        if document.company and re.search(r"\b(?:shareholders|shareholdings?|ownership)\s+(?:structure\s+)?(?:of|in)\s+the\s+(?:Company|Group|Issuer)\b", caption):
            return document.company  # "Principal shareholders of the Company (as of March 31, 2024)", "the significant shareholdings in the Company"
        if document.company and re.search(r"\bshareholders?\b[^.]{0,40}?\b(?:before|after)\s+(?:and\s+after\s+)?the\s+(?:allotment|placement|issuance|issue|subscription)\b", caption, re.I):
            if self.profiled and self.profiled != document.company and re.search(r"\(\s*(?:before|after)\s+the\s+\w+\s*\)", caption, re.I):
                # "Major shareholders and shareholding ratios (before the allotment):" among the items of the profile of the company
                # that issues the shares ("Name Kanazawa Vision Systems K.K."): that company's holders
                return self.profiled
            return document.company  # "6. Major shareholders before and after the allotment": the issuer's own, in its notice of the allotment
        for k, m in enumerate(self.entities.mentions(caption, document.company)):
            # ("下表載列目標公司於本公告日期及緊隨C輪融資完成後之股權架構": the company the caption opens with; "…於（i）本公告日期；及（ii）緊隨…")
            if k == 0 and re.match(r"(?:[^。；⟦]|；(?=及|或))(?:[^。；⟦]|；(?=及|或)){0,49}?(?:之|的)(?:主要)?(?:股权(?:架构|结构)|股东)", to_simplified(caption[m.end:])) and not _SELF_WORD.fullmatch(m.written) \
                    or re.match(r"\s*(?:的)?(?:主要|前十名|前十大|现有)?(?:股东|股权结构)|(?:'s|’s)\s+(?:(?:major|principal|main)\s+)?(?:shareholders|ownership)", caption[m.end:]) \
                    or re.search(r"\b(?:shareholders|shareholding|ownership)\s+(?:structure\s+)?(?:of|in)\s+(?:the\s+)?$", caption[:m.start], re.I):
                return m.node
        if re.search(r"(?:增资|交易|转让|收购)(?:前|后|前后)的?(?:股权结构|股东)", caption):
            # "（四）本次增资前股权结构": an announcement's deal is in the company it calls 标的公司
            return next((self.entities.terms[t] for t in ("标的公司", "目标公司", "被投资企业") if t in self.entities.terms), "")
        return ""

    def _investor_of(self, caption: str, document: Document) -> str:
        """The company whose investments a table's caption names: '衡峰基金已投资项目如下', "X's portfolio companies"; none when it
        names no one (the table is then the document's own company's)."""
        for m in self.entities.mentions(caption, document.company):
            if re.match(r"\s*(?:的)?(?:已|目前|主要|现有)?(?:投资|持有)(?:的)?(?:项目|企业|公司|标的|组合)|(?:'s|’s)\s+(?:(?:current|principal|main)\s+)?(?:portfolio|investments|holdings)\b", caption[m.end:]) \
                    or re.search(r"\b(?:portfolio|investments|holdings)\s+of\s+(?:the\s+)?$", caption[:m.start], re.I):
                return m.node
        return ""

    def _lender_of(self, caption: str, document: Document) -> str:
        """The lender whose borrowers a table's caption names: 'Kestrel Ridge: largest borrower exposures', "X's largest loans";
        none when it names no one (the table is then the document's own company's)."""
        for m in self.entities.mentions(caption, document.company):
            if re.match(r"\s*[:：]|(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:borrowers|loans|loan\s+book|exposures|credit\s+portfolio)\b|(?:的)?(?:主要)?(?:借款人|贷款)", caption[m.end:]) \
                    or re.search(r"\b(?:borrowers|loans|exposures)\s+of\s+(?:the\s+)?$", caption[:m.start], re.I):
                return m.node
        return ""

    def term_sheet(self, chunks: list[Chunk], document: Document) -> list[Relation]:
        """A summary of terms: '**Borrower:** X, a Delaware limited liability company …' and '**Initial Lenders:** Funds managed by
        Y ($750 million), Z ($450 million)' (or 借款人：/贷款人：) make each lender lend to the borrower."""
        borrower = subject = ""
        lenders: list[tuple[str, str, str, Chunk]] = []  # (lender, what follows its name, the line, its chunk)
        out = []
        for chunk in chunks:
            for line in chunk.text.split("\n"):
                m = _TERM_LABEL.match(line)
                if not m:
                    continue
                value, label = m.group("value"), m.group("label").strip()
                named = [x for x in self.entities.mentions(value, document.company) if not _SELF_WORD.fullmatch(x.written)]
                if _BORROWER_LABEL.fullmatch(label) and named and not borrower:
                    borrower = named[0].node
                elif _LENDERS_LABEL.fullmatch(label):
                    lenders += [(x.node, value[x.end:x.end + 40], value.strip(), chunk) for x in named]
                elif _NAME_LABEL.fullmatch(label):  # "1. 公司名称：北京幻枢智能科技有限公司": the company the items below describe
                    subject = named[0].node if named else ""
                elif _HOLDERS_LABEL.fullmatch(label) and subject:  # "7. 主要股东：林叙白持股38.50%，青岚基金（有限合伙）持股14.20%"
                    for x in named:
                        share = re.match(r"[^，。；,;%]{0,12}?(\d+(?:\.\d+)?\s?%)", value[x.end:])
                        if x.node != subject:
                            out.append(self._relation(x.node, subject, "owns_stake_in", share.group(1) if share else None, None, None,
                                                      document, chunk.page, value.strip()))
        for lender, after, quote, chunk in lenders:
            if borrower and lender != borrower:
                share = re.match(r"\s*[（(]([^）)]{1,30})[）)]", after)  # "Tallowmere Credit Partners LP ($750 million)"
                amount, currency, usd = amount_fields(share.group(1)) if share else (None, None, None)
                out.append(self._relation(lender, borrower, "lends_to", amount, currency, usd, document, chunk.page, quote))
        return out

    def _lending_row(self, mentions: list[Mention], header: str, cells: str, document: Document, chunk: Chunk) -> list[Relation]:
        """A row of a debt table: its lender and its borrower in the header's order ('Revolving credit facility Meridale Bank
        Calder Ridge Data Centers, Inc. 2028 275.0'); a row that names one company borrows for the filer, and so do all the
        lenders of a table without a borrower column ('GPU-Backed DDTL (1) Marlowe Harbor; Thornmere 11.25% 2030')."""
        if re.search(r"不承贷|不参贷|未承贷|不承担贷款", cells) or re.search(r"代理行", cells) and not re.search(r"贷款人|参贷|牵头|承贷\s*\d", cells):
            return []  # "嘉沐银行股份有限公司鹭湾分行 代理行 不承贷": the agent bank of a syndicate lends nothing
        lender_first = re.search(r"lender|贷款银行|授信银行|贷款机构|出借人|贷款人", header, re.I)
        borrower_at = re.search(r"borrower|借款人|借款主体|申请主体|授信主体", header, re.I)
        every = list(dict.fromkeys(p for m in mentions for p in self._row_parties(cells, m)))
        if not borrower_at and document.company and len(every) > 1:
            return [self._relation(p, document.company, "lends_to", None, None, None, document, chunk.page, cells)
                    for p in every if p != document.company]
        if borrower_at and lender_first and len(every) > 2:  # "… | CRV Compute Funding I, LLC | Brackenridge Fund II; Kettering Mutual …": each lends
            borrower = every[0] if borrower_at.start() < lender_first.start() else every[-1]
            return [self._relation(p, borrower, "lends_to", None, None, None, document, chunk.page, cells) for p in every if p != borrower]
        parties = every[:2]
        if len(parties) == 1 and document.company:
            parties.append(document.company)
        if len(parties) < 2 or parties[0] == parties[1]:
            return []
        lender, borrower = parties if not (lender_first and borrower_at and borrower_at.start() < lender_first.start()) else parties[::-1]
        if self._financier(borrower) and not self._financier(lender):
            lender, borrower = borrower, lender
        figures = [f for f in find_figures(cells[mentions[-1].end:]) if "%" not in f]  # "S+2.75%" is the loan's rate, not its size
        amount, currency, usd = amount_fields(figures[-1]) if figures and not re.search(r"单位|in millions|in thousands", header, re.I) else (None, None, None)
        return [self._relation(lender, borrower, "lends_to", None if amount and amount.replace(".", "").replace(",", "").isdigit() else amount,
                               currency, usd, document, chunk.page, cells)]

    def _row_parties(self, cells: str, mention: Mention) -> list[str]:
        """The companies one mention in a table row covers: cells run together, so 'Meridale Bank Calder Ridge Data Centers,
        Inc.' is a bank and a borrower, and a name may start a word earlier ('First Harland Bank')."""
        start = mention.start
        for _ in range(3):
            before = re.search(r"\b([A-Z][a-z]+)\s+$", cells[:start])
            if not (before and (before.group(1).lower() in NAME_STARTS or re.match(_LENDER_WORDS + r"\b", cells[start:]))):
                break
            start = before.start(1)
        written = re.sub(r"^(?:[A-Z]|[IVX]+)\s+(?=[A-Z])", "", cells[start:mention.end])  # "Construction loan B Oakridge Capital …"
        for split in _LENDER_HEAD.finditer(written):  # the first head word that a new name, not another head, follows
            second = written[split.end():]
            if re.match(_LENDER_WORDS + r"\b|(?:Opportunities|Opportunity|Strategies|Income|Solutions|Investors|Advisors|Holdings|Group|Company|Corporation)\b", second) \
                    or len(second.split()) < 2 \
                    or _UNIT_ONLY.fullmatch(second):
                continue
            return [self.entities.node(written[:split.end(1)]), self.entities.node(second)]
        return [self.entities.node(written) if written != mention.written else mention.node]

    def _dealing_row(self, role: str, mentions: list[Mention], cells: str, document: Document, chunk: Chunk) -> Relation | None:
        """A row of a contracts table (our side, the counterparty, what the contract is for) or of a related-party table
        (the party, how it is related, what was bought or sold): buying from them is their supplying us."""
        ours, theirs = document.company, mentions[0]
        if role == "contract" and len(mentions) >= 2:  # the first column is our side: the company or one of its subsidiaries
            ours, theirs = mentions[0].node, mentions[1]
        rest = cells[theirs.end:]
        if not (_WE_BUY.search(rest) or _WE_SELL.search(rest)):
            rest = cells[:theirs.start]  # the category first: "向关联人提供算力服务 启沃光电科技股份有限公司 8,500.00"
        buy, sell = _WE_BUY.search(rest), _WE_SELL.search(rest)
        if buy and (not sell or buy.start() <= sell.start()):
            source, target = theirs.node, ours
        elif sell:
            source, target = ours, theirs.node
        else:
            return None
        if not ours or source == target or self._financier(theirs.node):
            return None
        return self._relation(source, target, "supplies", None, None, None, document, chunk.page, cells)

    def _subsidiary_node(self, written: str, document: Document) -> str:
        """A listed subsidiary's node: 'Corvane Holdings B.V.' stays 'Corvane Holdings', not the parent's short name 'Corvane'."""
        written = out_of_capitals(written)  # "NORDHAVN COMPUTE, INC." on a cover
        node = self.entities.node(written)
        if node and document.company.startswith(node + " "):
            node = re.sub(rf",?\s+{_UNIT_SUFFIX}$", "", written)
        elif node and node == document.company and re.search(r"\s(?:GmbH|AG|B\.V\.|K\.K\.|G\.K\.|S\.A\.S\.|S\.r\.l\.|S\.p\.A\.|Pte\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Pty\.?\s+Ltd\.?|Oy|AB|ApS|A/S|Kft\.|sp\.\s+z\s+o\.o\.)$", written.strip(" ,")):
            node = " ".join(written.split()).strip(" ,")  # "Northgate Edge Systems GmbH", the German unit of Northgate Edge Systems, Inc.
        return node

    def _cell_company(self, cell: str, document: Document) -> str:
        mentions = self.entities.mentions(cell, document.company)
        written = cell.split(",")[0].strip()
        if mentions or re.search(r"\b[a-z]{3,}", written) and not re.search(f"[{CJK}]", written):
            return mentions[0].node if mentions else ""  # ("Institutional holders", "Various lenders": no company)
        return self.entities.node(written) if written else ""

    def _columns(self, rows: list[list[str]], chunk: Chunk, document: Document) -> list[Relation]:
        """A table with a column per role ("授信银行 | 申请主体 | 授信额度", "Lender | Borrower | Amount"): a link per row."""
        from_to = self._from_to(rows, chunk, document)
        if from_to:
            return from_to
        for h, header in enumerate(rows[:3]):
            keys = [re.sub(r"\s*\(s\)$", "", c.lower().strip(" :：*")) for c in header]  # ("Lender(s)")
            columns = {i: _COLUMN_ROLES.get(key) or _ROLE_ROWS.get(key) for i, key in enumerate(keys)}
            columns = {i: role for i, role in columns.items() if role}
            found = {role for role in columns.values()}
            pairs = [(s, t, r) for s, t, r in _ROLE_PAIRS if s in found and t in found]
            # a lender group ("Lender | Commitment | Role") lends to the borrower the document is about
            borrower = self.entities.terms.get("Borrower") or document.company
            lone = found == {"lender"} and borrower and re.search(r"commitment|amount|allocation|承诺|金额", " ".join(header), re.I)
            if lone:
                pairs = [("lender", "borrower", "lends_to")]
            own = document.doc_type in {*PERIODIC_REPORTS, *OFFERING_DOCS, "8-K", "earnings release", "deal announcement"}
            # (or its second: "Capability | Provider | Arrangement", a 10-K's list of the technology it buys)
            at = next((i for i, key in enumerate(keys[:2]) if _SIDE_COLUMN.fullmatch(key)), None) if keys and document.company and own and not pairs else None
            side = _SIDE_COLUMN.fullmatch(keys[at]) if at is not None else None
            if side and at is not None:  # "Customer | Three months ended … | …" in a filer's note: each named row is a customer (or a supplier) of the filer
                out = []
                for cells in rows[h + 1:]:
                    if len(cells) <= at or re.match(r"\W*(?:total|other|all\s+other|(?:customer|supplier|vendor|client)\s+[A-Z]\b|合计|其他)", cells[at], re.I):
                        continue  # ("Customer C (server OEM)": a customer the filing does not name)
                    named = [m for m in self.entities.mentions(cells[at], document.company) if not _SELF_WORD.fullmatch(m.written)]
                    name = named[0].node if named else ""  # (a company the cell names, not a category: "U.S. Government", "Retail")
                    if name and name != document.company:
                        pair = (document.company, name) if side.group("customer") else (name, document.company)
                        out.append(self._relation(*pair, "supplies", None, None, None, document, chunk.page, " | ".join(cells)))
                if out:
                    return out
            if not pairs:
                continue
            amount_col = next((i for i, c in enumerate(header) if _AMOUNT_ROWS.search(c) or re.search(r"额度|金额", c)), None)
            out = []
            for cells in rows[h + 1:]:
                if len(cells) < len(header) or set("".join(cells)) <= set("-: "):
                    continue
                names = {}
                more: dict[str | None, list[str]] = {}  # a cell that lists several ("Brackenridge Fund II; Kettering Mutual …"): each one
                for i, role in columns.items():
                    names[role] = self._cell_company(cells[i], document)
                    if re.fullmatch(r"公司|本公司|the company", cells[i].strip(), re.I) and document.company:
                        names[role] = document.company
                    parts = [p for p in re.split(r"\s*[;；]\s*", cells[i]) if p.strip()]
                    if len(parts) > 1:
                        more[role] = [n for n in dict.fromkeys(self._cell_company(p, document) for p in parts) if n]
                if lone:
                    lender_cell = next(cells[i] for i, role in columns.items() if role == "lender")
                    if re.match(r"\W*(?:total|other|合计|其他)", lender_cell, re.I) or not (amount_col is not None and find_figures(cells[amount_col])):
                        continue  # "Other lenders (4)", a total, a row without a commitment
                    names["borrower"] = borrower
                amount, currency, usd = amount_fields(cells[amount_col]) if amount_col is not None else (None, None, None)
                for source_role, target_role, relation in pairs:
                    for source in more.get(source_role) or [names.get(source_role) or ""]:
                        for target in more.get(target_role) or [names.get(target_role) or ""]:
                            if source and target and source != target:
                                out.append(self._relation(source, target, relation, None if more else amount, None if more else currency,
                                                          None if more else usd, document, chunk.page, " | ".join(cells)))
            return out
        return []

    def from_chunks(self, chunks: Iterable[Chunk], document: Document) -> list[Relation]:
        chunks = list(chunks)
        simple = [to_simplified(c.text) for c in chunks]
        if simple == [c.text for c in chunks]:
            return self._read(chunks, document)
        # Traditional Chinese (a Taiwan or Hong Kong filing): the rules read it in Simplified, one character for one, and the
        # names and quotes they find are given back as the document wrote them
        reader = RuleExtractor(self.lexicon, {to_simplified(k): v for k, v in self.entities.terms.items()},
                               {to_simplified(k): n for k, n in self.known.items()}, self.pairs)
        read = reader._read([_replace(c, text=t) for c, t in zip(chunks, simple, strict=True)],
                            _replace(document, company=to_simplified(document.company)))

        def as_written(written: str) -> str:
            if written and written == to_simplified(document.company):
                return document.company
            for chunk, text in zip(chunks, simple, strict=True):
                at = text.find(written) if written else -1
                if at >= 0:
                    return chunk.text[at:at + len(written)]
            return written

        return [_replace(r, source=as_written(r.source), target=as_written(r.target), payer=as_written(r.payer or "") or None,
                         payee=as_written(r.payee or "") or None, amount=as_written(r.amount or "") or None,
                         evidence=tuple(_replace(e, quote=as_written(e.quote)) for e in r.evidence)) for r in read]

    def _read(self, chunks: list[Chunk], document: Document) -> list[Relation]:
        text = "\n".join(c.text for c in chunks)
        own = self_name(text, self.lexicon)
        if own and document.doc_type == "research note" and document.company:
            own = ""  # a broker's disclaimer defines itself as "本公司" ("衡岳证券股份有限公司（以下简称"本公司"）"); the note covers another
        if own and document.company and own.endswith(" " + document.company):
            own = document.company  # a heading run on into the sentence that defines it: "… by Way of Third-Party Allotment Kanamori Robotics Inc. (the "Company")"
        if own and own != document.company:
            document = _replace(document, company=own)  # the document says who "the Company" is
        # the words the document writes in lower case and the names it writes with a legal form, read once for both passes
        common, legal = lowercase_words(text), frozenset(legal_names(text, self.lexicon))
        terms = self.document_terms(text, document.company, common, legal)
        if document.company and re.fullmatch(r"[A-Z]{2,5}", document.ticker or "") and self.lexicon.company(document.ticker) is None \
                and len(re.findall(rf"\b{document.ticker}\b", text)) >= 2:
            terms.setdefault(document.ticker, document.company)  # a note that calls the company by its ticker ("NMBR buys …")
        if document.company and document.doc_type in {*PERIODIC_REPORTS, *OFFERING_DOCS, "earnings release", "deal announcement", "letter"} \
                and len(re.findall(r"\b[Tt]he Group\b", text)) >= 2:
            if terms.get("Group", "").startswith("Group "):
                del terms["Group"]  # ("Group Corporate Communications", a contact at the end, gives no short name "Group")
            terms.setdefault("Group", document.company)  # a UK or Hong Kong report's "the Group" is its own company and its subsidiaries
        first_word = document.company.split()[0] if document.company else ""
        if first_word and document.doc_type in {*PERIODIC_REPORTS, *OFFERING_DOCS, "earnings release", "deal announcement", "letter"} \
                and re.search(r"\b[Tt]he Bank\b", text) and (re.search(r"\bBank\b", document.company) or re.search(rf"\b{re.escape(first_word)} Bank\b", text)):
            terms.setdefault("Bank", document.company)  # a bank's (or its holding company's) report: "the Bank" is its own bank
        reits = {m.group(1) for m in re.finditer(r"(?<![\w&'’-])(?!(?:The|A|An|This|That|Our|Its)\s)((?:[A-Z][\w&'’-]+\s+){1,4}REIT)\b", text)}
        if len(reits) == 1 and re.search(r"\b[Tt]he REIT\b", text):
            terms.setdefault("REIT", self.entities.node(reits.pop()))  # a story about one REIT: "The REIT is paying X …"
        if document.company and document.doc_type in OFFERING_DOCS and re.search(r"\b[Tt]he Issuer\b", text):
            terms.setdefault("Issuer", document.company)  # an offering memorandum's "the Issuer" is its own company (a 10-K's is some unit's)
        if re.fullmatch(r"[A-Z][\w&'’-]{3,}(?: [A-Z][\w&'’-]+){0,2}", document.company) and re.search(rf"(?<![\w-]){re.escape(document.company)}(?![\w-])", text):
            terms.setdefault(document.company, document.company)  # a story about "Evalcraft" names it by that one word (a call by "Tessera Pay")
        reader = RuleExtractor(self.lexicon, {**self.entities.terms, **terms}, self.known, self.pairs) if terms else self
        # (the document's own defined names, "the Joint Venture", are companies too)
        reader.entities.common, reader.entities.legal = common, legal
        reader.entities.products = products_in(text, self.lexicon)  # ("Atrium AI, a cloud software platform that …": a product throughout)
        reader.entities.filing = document.doc_type in PERIODIC_REPORTS | OFFERING_DOCS  # (a 10-Q's "the Company" is its filer, whatever its name)
        # a document that says who "the Company" is (a term sheet, an agreement's summary) speaks in that company's voice
        reader.self_defined = bool(own)
        reader.guessed = {}
        reader.licensor = bool(document.company) and len(re.findall(r"\blicensees?\b", text, re.I)) >= 2 > len(re.findall(r"\blicensors?\b", text, re.I))
        relations = reader._from_chunks(chunks, document)
        # (with the title and first headings, which the loader keeps out of the text: "港駿交通控股有限公司" over "HARBOURSTRIDE TRANSPORT …")
        head = "\n".join(dict.fromkeys(x for x in (document.title, *(part for c in chunks[:4] for part in (c.section, c.text.split("\n")[0][:80]))) if x))
        bilingual = zh_bilingual(f"{head}\n{text}", EntityFinder(self.lexicon, terms)) if document.company else {}
        english = bilingual.get(document.company, "") if re.search(f"[{CJK}]", document.company) else ""
        # (or the other way round: "港駿交通控股有限公司" over "HARBOURSTRIDE TRANSPORT HOLDINGS LIMITED" heads an announcement whose company
        # is read as the English name; an A-share notice elsewhere writes the Chinese one)
        chinese = next((zh for zh, en in bilingual.items() if en == document.company), "") if document.company and not re.search(f"[{CJK}]", document.company) else ""
        if chinese and (full := re.search(re.escape(chinese) + rf"[{CJK}]{{0,6}}?(?:股份有限公司|有限公司)", f"{head}\n{text[:3000]}")):
            # (the node its mentions make of the legal name: "港駿交通控股有限公司" is 港駿交通控股, as other documents' names keep 控股)
            chinese = next((m.node for m in EntityFinder(self.lexicon, terms).mentions(full.group(0)) if m.start == 0), chinese)
        if chinese and chunks:
            relations.append(Relation(chinese, document.company, SAME_AS, None, None, None, None, None, None,
                                      (Evidence(doc=document.name, page=chunks[0].page, quote=chunks[0].text.strip()[:300], doc_id=document.id),)))
        if english and not re.search(f"[{CJK}]", english) and chunks:
            # the document gives its own company's English name: "海港線出行控股有限公司 HARBOURLINE MOBILITY HOLDINGS LIMITED" heading
            # a Hong Kong announcement is one node with the "Harbourline Mobility" other documents write
            relations.append(Relation(document.company, english, SAME_AS, None, None, None, None, None, None,
                                      (Evidence(doc=document.name, page=chunks[0].page, quote=chunks[0].text.strip()[:300], doc_id=document.id),)))
        # "本公司與星衡科技簽訂供貨協議" guesses who sells; "由星衡科技…供應AI加速卡予本公司" in the same document says it
        stated = {(r.source, r.target) for r in relations if r.relation == "supplies" and id(r) not in reader.guessed}
        if _LEASEBACK.search(text) and not re.search(r"直租|\bdirect\s+(?:finance\s+)?lease", text, re.I):
            # a sale-and-leaseback's own document: what its lessor is paid ("公司向华锦租赁支付手续费") is for the financing
            relations = [_replace(r, relation="lends_to", payer=r.source, payee=r.target)
                         if r.relation == "supplies" and _LESSOR_NAME.search(r.source) and not _LESSOR_NAME.search(r.target) else r for r in relations]
        # (nor is a company the subsidiary of its own venture arm: "Chatterly, Inc., an affiliate of Chatterly Ventures")
        return [r for r in relations if not (id(r) in reader.guessed and (r.target, r.source) in stated and (r.source, r.target) not in stated)
                and not (r.relation == "subsidiary_of" and re.match(rf"{re.escape(r.source)}\s+{_UNIT_WORDS}", r.target))]

    def _own_lone_party(self, sentence: str, mentions: list[Mention], document: Document, page: int | None) -> list[Relation]:
        """A sentence in the company's own words that names one other company and says what it is to the company without naming
        the company: "Hopline now operates as a wholly owned subsidiary" (the speaker's), and in a fund's letter "Veloxa Motors Group
        also came in as a limited partner, committing $25 million" (into the fund). A customer may also name the company as "us":
        "Tsubame Electric Railway renewed and expanded its maintenance contract with us", "Ferrovia Alpina placed a follow-on order"."""
        # (not a product of its own it names: "PulseBand, the heart-rate tracker we launched in September, is built around …")
        others = {m.node for m in mentions if not _OWN_PRODUCT.match(sentence, m.end)} - {document.company}
        placeholder = _with_placeholders(sentence, mentions)[0]
        customer = _OUR_CUSTOMER.match(placeholder) if len(others) == 1 else None
        if customer and mentions[int(customer.group(1))].node in others and (customer.group(2) is None or mentions[int(customer.group(2))].node == document.company):
            amount, currency, usd = amount_fields(sentence, mentions[int(customer.group(1))].end)
            return [self._relation(document.company, mentions[int(customer.group(1))].node, "supplies", amount, currency, usd, document, page, sentence)]
        engaged = _ENGAGED_US.match(placeholder) if len(others) == 1 else None
        if engaged and mentions[int(engaged.group(1))].node in others and mentions[int(engaged.group(2))].node == document.company:
            return [self._relation(document.company, mentions[int(engaged.group(1))].node, "supplies", None, None, None, document, page, sentence)]
        supplier = _LONE_SUPPLIER.search(placeholder) if len(others) == 1 and document.doc_type in {*PERIODIC_REPORTS, "call transcript", "earnings release", "deal announcement"} else None
        seller = mentions[int(next(g for g in supplier.groups() if g))].node if supplier else ""
        if seller in others and not _NEGATED.search(sentence):
            # "Tessellate Vision Ltd completed the fleet-wide installation of its fatigue-detection cameras", "The booking engine behind it is
            # licensed from Brindlecombe Rail Retail Ltd": in the company's own words, what a supplier installs or licenses is the company's
            amount, currency, usd = amount_fields(sentence)
            return [self._relation(seller, document.company, "supplies", amount, currency, usd, document, page, sentence)]
        # the speaker's own partnership with, or an order from, the one other company the sentence names
        for pattern, relation in ((_OUR_PARTNERSHIP, "partners_with"), (_OUR_ORDER_FROM, "supplies")):
            said = pattern.search(placeholder) if len(others) == 1 and document.doc_type in {*PERIODIC_REPORTS, "call transcript", "earnings release"} else None
            if said and mentions[int(said.group(1))].node in others and not _NEGATED.search(sentence):
                other = mentions[int(said.group(1))]
                amount, currency, usd = amount_fields(sentence, other.end) if relation == "supplies" else (None, None, None)
                return [self._relation(document.company, other.node, relation, amount, currency, usd, document, page, sentence)]
        fees = _FEES_PAID_TO.match(placeholder) if document.doc_type == "letter" else None
        if fees and mentions[int(fees.group(1))].node in others:
            # a fund's letter: "Management fees paid to Corniche Partners for the quarter were €0.61 million": the manager serves the fund
            amount, currency, usd = amount_fields(sentence)
            return [self._relation(mentions[int(fees.group(1))].node, document.company, "supplies", amount, currency, usd, document, page, sentence)]
        bought = _OUR_ACQUISITION.match(placeholder) if len(others) == 1 else None
        if bought and mentions[int(bought.group(1))].node in others \
                and document.doc_type in {*PERIODIC_REPORTS, "call transcript", "earnings release", "deal announcement", "8-K"}:
            # "First, completion of the acquisition of Ladang Kinabatangan Sdn Bhd, which owns 6,200 planted hectares": the speaker's own deal
            amount, currency, usd = amount_fields(sentence)
            return [self._relation(document.company, mentions[int(bought.group(1))].node, "acquires", amount, currency, usd, document, page, sentence)]
        if len({m.node for m in mentions}) != 1 or mentions[0].node == document.company:
            return []
        if (funded := _FUNDED_BY_LOAN.match(placeholder)) and document.doc_type in {*PERIODIC_REPORTS, "call transcript", "earnings release", "deal announcement", "8-K"}:
            amount, currency, usd = amount_fields(sentence)
            return [self._relation(mentions[int(funded.group(1))].node, document.company, "lends_to", amount, currency, usd, document, page, sentence)]
        if _NOW_OUR_UNIT.match(placeholder) or _ZH_OUR_UNIT.match(placeholder):
            return [self._relation(mentions[0].node, document.company, "subsidiary_of", None, None, None, document, page, sentence)]
        if _NEW_LP.match(placeholder) and re.search(r"\b(?:Fund|Partners|Capital|Ventures)\b", document.company):
            amount, currency, usd = amount_fields(sentence, mentions[0].end)
            return [self._relation(mentions[0].node, document.company, "invests_in", amount, currency, usd, document, page, sentence)]
        return []

    def _own_site(self, sentence: str, mentions: list[Mention], document: Document, page: int | None) -> list[Relation]:
        """A filer's own facility named without its owner: "Natural gas for the facility will be delivered by X" and "X supplies
        the campus with electricity" (X supplies the filer); "X leases the entirety of Buildings 1 and 2 at the campus" (the filer
        supplies X). Only where the sentence names no other company before X."""
        if _DENIED.search(sentence) or _IF_CLAUSE.match(sentence) or _NEGATED.search(sentence):
            return []
        out: list[Relation] = []
        for i, x in enumerate(mentions):
            if x.node == document.company or any(o.node not in {x.node, document.company} for o in mentions[:i]) or self.lexicon.company(x.node) is not None \
                    and self._financier(x.node):
                continue
            # (first, or first of a clause after the filer's own: "… acres that Kestrel Ridge acquired in 2024, and ⟦x⟧ will supply … to the campus")
            first = i == 0 or all(o.node == document.company for o in mentions[:i]) and bool(re.search(r"[,;]\s+(?:and|while|but)\s+$", sentence[:x.start]))
            if _SITE_SUPPLIED_BY.search(sentence[:x.start]) or first and (_SUPPLIES_SITE.match(sentence, x.end) or _WORKS_ON_SITE.match(sentence, x.end)) \
                    or (system := _ZH_SYSTEM_FROM.search(sentence[:x.start])) and system.group(1) in {"", *ZH_PLACES} and _ZH_PROVIDED.match(sentence, x.end):
                pair = (x.node, document.company)
            elif first and _LEASES_SITE.match(sentence, x.end):
                pair = (document.company, x.node)
            else:
                continue
            amount, currency, usd = amount_fields(sentence, x.start)
            out.append(self._relation(*pair, "supplies", amount, currency, usd, document, page, sentence))
            break
        return out

    def document_terms(self, text: str, company: str = "", common: frozenset[str] = frozenset(), legal: frozenset[str] = frozenset()) -> dict[str, str]:
        """Names a document gives its companies: defined terms, short forms, Chinese names without 公司. A first word is
        the document's own company's short name before any other's ('Kagura' is Kagura Digital, not Kagura Compute)."""
        terms = defined_terms(text, self.lexicon)
        for name, node in table_companies(text).items():
            terms.setdefault(name, node)
        # Names the document shortens after first use ("Orison AI" ... "Orison"): a first pass finds the companies.
        finder = EntityFinder(self.lexicon, terms)
        finder.common, finder.legal = common, legal
        first_pass = {m.node for line in text.split("\n") for sentence in split_sentences(line) for m in finder.mentions(sentence)}
        zh = zh_names(text, self.lexicon)
        bilingual = zh_bilingual(text, finder)  # '邓马罗仪器（Dunmarrow Instruments）'
        # (a party's role, 「认购人」, has no short form: "认购" is a verb)
        chinese = {n: n for n in first_pass if re.fullmatch(f"[{CJK}（）]+", n)} | zh \
            | {k: v for k, v in terms.items() if re.search(f"[{CJK}]", k) and not _ZH_ROLE_ALIAS.fullmatch(k)} | {k: v for k, v in bilingual.items() if k not in zh}
        others = known_names(text, self.known, self.lexicon, finder.common)  # ('Operations' alone is no Operations Overview … of another filing)
        # (a name another document linked, written here in full once, is shortened here too: "Aurelle Launch" … "Aurelle")
        # (not the document's own company under its longer name: "Brieflane" in Brieflane's call is Brieflane)
        written_known = {n for n in others.values() if " " in n and strip_suffix(n) != company and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)}
        # (not where two written names share the first word: "Varrick" may be the fund or its manager, as before)
        written_known = {n for n in written_known if not any(o != n and o.split()[0] == n.split()[0] for o in written_known | first_pass)}
        found = {**bilingual, **zh, **zh_aliases(text, chinese, self.lexicon),
                 **short_names(text, self.lexicon, first_pass | set(terms.values()) | written_known, finder.common), **terms}
        if company in found and found[company] != company and re.search(rf"(?:子公司|附属公司|附屬公司){re.escape(found[company])}", text):
            found[company] = company  # "(6791)台裕" heads its own notice; "子公司台裕數位服務" is its unit, not what "台裕" means here
        if company in found and found[company].startswith(company + " ") and (re.fullmatch(_UNIT_WORDS, found[company][len(company) + 1:])
                                                                               or re.search(r"\s\([^()]+\)$", found[company])):
            found[company] = company  # Sonavik's report says "Sonavik" for itself, not for "The Sonavik Foundation" that holds its shares
            # (nor Kettenwerk's news for the "Kettenwerk Junchi Drive Systems (Changzhou)" venture it forms)
        elif company in found and found[company] != company and " " not in company and found[company].startswith(company + " "):
            found[company] = company  # a company known by one word says it for itself: "Lusalar" in its report, not its unit "Lusalar Digital"
        words = company.split()
        own = [w for w in words if w.lower() not in _GENERIC_FIRST]
        # the word a company goes by: its first, or after a generic first word its only own one (a note on "Usina Piracema" says
        # "Piracema" for it, not for its unit "Piracema Bioenergia"); 'Quillmere' is no vehicle's name
        # (or after a title the name carries: "Royal Veenhof Zuivel" says "Veenhof", not for its unit "Veenhof Digital Farming")
        # (or before what it does: "Usina Piracema Açúcar e Energia" says "Piracema")
        first = (own[0] if words[0].lower() in _GENERIC_FIRST and (len(own) == 1 or re.fullmatch(r"\S+ (?:e|y|de|do|da|del) \S+", " ".join(own[1:])))
                 else words[1] if words[0].lower() in {"royal", "koninklijke", "imperial"}
                 else words[0]) if len(words) >= 2 and not is_vehicle(company) else ""
        if first in found and found[first] != company and first not in terms:
            found[first] = company
        elif first and first not in found and first in short_names(text, self.lexicon, {company}, finder.common):
            found[first] = company  # a call headed "Kestrelmont Plasma Technologies, Inc." (a heading the text leaves out) says "Kestrelmont"
        two = " ".join(company.split()[:2]) if len(company.split()) >= 3 and not is_vehicle(company) else ""
        if two and two not in found and re.search(rf"\b{re.escape(two)}\b(?!\s+[A-Z])", text) and self.lexicon.company(two) is None:
            found[two] = company  # "Kestrel Ridge Signs 150 MW Lease …" in the release of Kestrel Ridge Digital, Inc.
        for node in [n for n in {*first_pass, *found.values()} if "资产管理" in n]:  # "鹭岛资产管理有限公司" … "鹭岛资管"
            short = node.replace("资产管理", "资管")
            if short in text and short not in found:
                found[short] = node
        for node in {*first_pass, *terms.values()}:  # "Meridian Power & Data, Inc." … "MPD": a name's initials used as its short form
            words = [w for w in re.split(r"[\s,]+", strip_suffix(node)) if w and w not in {"&", "and", "of", "the"}]
            initials = "".join(w[0] for w in words)
            # (not the initials that start a longer name: "SGT Tuas Distripark" is a unit of Straits Gateway Terminals, not it)
            if 3 <= len(words) <= 5 and all(w[0].isupper() for w in words) and initials not in found and self.lexicon.company(initials) is None \
                    and len(re.findall(rf"(?<![\w-]){initials}(?![\w-])(?!\s+[A-Z][a-z])", text)) >= 2:
                found[initials] = node
        for acronym in {a for a in re.findall(r"(?<![\w-])[A-Z]{3,6}(?![\w-])", text) if a not in found and self.lexicon.company(a) is None}:
            # "The Office Lumarien du Crédit à l'Exportation … OLCE has provided …": a name with its particles, later its
            # capitals' initials (a name the first pass cut at "du" is the start of the full one)
            for m in _PARTICLE_NAME.finditer(text):
                name = re.sub(r"^The\s+", "", m.group(0))
                if not re.search(r"\s(?:du|de|des|la|le|à|au|aux|et|für|der|die|und|di|del|della|e|y|van|von|of|for|and|&)\s|\s[ld]['’]", name):
                    continue  # (a name of capitalised words alone has its initials read below)
                if "".join(re.findall(r"(?<!\w)[A-Z]", name)) == acronym and len(re.findall(rf"(?<![\w-]){acronym}(?![\w-])", text)) >= 2 \
                        and any(name.startswith(node) for node in first_pass):
                    found.setdefault(name, name)
                    found[acronym] = name
                    break
        # "Tessellate Risk Systems (TSRS)", "TESSELLATE RISK SYSTEMS, INC. (TSRS)" … "TSRS closed the $62 million purchase of …": a
        # ticker in brackets after a company's name, used again, is that company
        for m in re.finditer(r"(?<![\w&'’.-])((?:[A-Z][\w&'’.-]*,?[ \t]+){1,5}?[A-Z][\w&'’.-]*?),?[ \t]*\((?:(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|Ticker)[ \t]*:[ \t]*)?([A-Z]{3,5})\)", text):
            ticker = m.group(2)
            known = self.lexicon.company(strip_suffix(out_of_capitals(m.group(1))))
            node = known.name if known else node_id(strip_suffix(out_of_capitals(m.group(1))))
            if ticker not in found and self.lexicon.company(ticker) is None and (node in first_pass or node == company) \
                    and len(re.findall(rf"(?<![\w-]){ticker}(?![\w-])", text)) >= 2:
                found[ticker] = node
        last = company.split()[-1] if len(company.split()) == 2 and re.fullmatch(r"[A-Z][a-z]{3,}", company.split()[-1]) else ""
        if last and not re.fullmatch(_UNIT_WORDS + r"|Cloud|Compute|Labs?|Systems|Technologies|Holdings|Group|Networks|Semiconductor|Data|Digital", last) and last not in found \
                and len(re.findall(rf"(?<![\w-]){last}(?:-[A-Z0-9]+)?\s+(?:family\s+of\s+)?(?:models?|API|platform)\b", text)) >= 2:
            found[last] = company  # "Meridian Cortex" sells "Cortex models": who uses a Cortex model uses the company's
        for camel in set(re.findall(r"(?<![\w-])(?:[A-Z][a-z]+){2,3}(?![\w-])", text)) - set(found):
            # "StraitsGate" in a story that also names "Straits Gateway Terminals": a name run together from its first words
            parts = re.findall(r"[A-Z][a-z]+", camel)
            fuller = {node for node in {*first_pass, *terms.values()} if len(node.split()) >= len(parts) and node != camel
                      and all(w.startswith(p) for w, p in zip(node.split(), parts, strict=False))}
            if len(fuller) == 1 and self.lexicon.company(camel) is None:
                found[camel] = fuller.pop()
        for node in first_pass:  # "We went live with BetHarbor …; BetHarbor pays us …": a camel-case name found once is the name wherever written
            if re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", node) and node not in found and self.lexicon.company(node) is None \
                    and not any(other.startswith(node + " ") for other in {*first_pass, *others.values(), *self.known}) \
                    and not re.search(rf"(?<![\w-]){node}\s+[A-Z]", text):  # (not the "XinLan" of a "XinLan AutoDrive" written too)
                found[node] = node
        for node in first_pass:  # "… the acquisition of Hopline, the Denver-based operator, …. Hopline now operates as …": a one-word name
            # this document introduced is that company wherever it is written (not a word the document also writes in lower case)
            if re.fullmatch(r"[A-Z][a-z]{4,}", node) and node not in found and self.lexicon.company(node) is None and node.lower() not in finder.common \
                    and node.lower() not in NAME_STARTS and not re.search(rf"\b{node.lower()}\b", text) \
                    and not any(other.startswith(node + " ") for other in {*first_pass, *others.values(), *self.known}) \
                    and not re.search(rf"(?<![\w-]){node}\s+[A-Z]", text):
                found[node] = node
        own_fund = re.search(r"\b(Fund\s+[IVX]+)$", company)
        if own_fund and re.search(rf"\b{own_fund.group(1)}\b", text):
            found.setdefault(own_fund.group(1), company)  # "Seorin Capital Fund III"'s letter: "our commitments to Fund III"
        if first:  # "Fund III returned 3.1%" in a letter for "Greyhaven Compute Credit Fund III": the manager's own fund
            for fund in re.finditer(rf"\b{re.escape(first)}\s+(?:[A-Z][\w-]*\s+){{0,4}}?(Fund\s+[IVX]+)\b", text):
                found.setdefault(fund.group(1), company)
        for name, node in others.items():
            if name in found and " " not in name and found[name] != node and self.known.get(node, 0) >= 3 \
                    and self.known.get(node, 0) > 2 * self.known.get(found[name], 0) and found[name] != company \
                    and not re.fullmatch(_UNIT_WORDS, node[len(name) + 1:]):  # (not toward its venture arm: 'Pacefield Ventures')
                found[name] = node  # 'Orvane' is Orvane Compute (in many links), not the 'Orvane Cloud' (Europe) this call also names
            if name == company and node != company and strip_suffix(node) == company:
                continue  # Brieflane's own call says "Brieflane" for itself, not for the 'Brieflane Technologies' other documents link
            found.setdefault(name, node)
        # '鼎升' alone for the 鼎升科技 another document named in full
        for name, node in zh_aliases(text, {k: v for k, v in others.items() if re.fullmatch(f"[{CJK}]+", k)}, self.lexicon).items():
            found.setdefault(name, node)
        for name in role_named(text, common):  # "Stratovane remained our largest customer": later a bare "for Stratovane" is that company
            known = self.lexicon.company(name)
            found.setdefault(name, known.name if known else name)
        for alias in investor_self(text)[1] if company else []:  # 'The Lakeshore Public Employees' Retirement System ("LPERS" or the "System")'
            found.setdefault(alias, company)
        own_word = re.search(r"\b(Plan|System|Fund|Trust)$", company) if re.search(r"\b(?:Pension|Retirement|Superannuation|Endowment)\b", company) else None
        if own_word and re.search(rf"\b[Tt]he\s+{own_word.group(1)}\b", text):
            found.setdefault(own_word.group(1), company)  # "Northgate Teachers' Pension Plan": its report's "the Plan" is itself
            if len(re.findall(r"\b[Tt]he\s+Committee\b", text)) >= 2:
                found.setdefault("Committee", company)  # (and its committee's report: "The Committee approved a commitment to X")
        # "**Borrower:** Pyrewell GPU Finance I LLC, …": later "the Borrower" is that company (also when a PDF ran the label on
        # after the title: "… dated as of August 14, 2025 Borrower: HC Compute Finance I, LLC, …")
        inline = [text[m.start():] for m in re.finditer(r"(?<=\s)(?=Borrower\s*:\s*[A-Z])", text)]
        for line in [*text.split("\n"), *(x.split("\n")[0] for x in inline)]:
            label = _TERM_LABEL.match(line)
            if label and _BORROWER_LABEL.fullmatch(label.group("label").strip()) and "Borrower" not in found:
                named = EntityFinder(self.lexicon, found).mentions(label.group("value"), company)
                if named and not _SELF_WORD.fullmatch(named[0].written):
                    found["Borrower"] = named[0].node
        for name, node in found.items():  # '芯岳半导体' is the company the document defined as '芯岳半导体股份有限公司（“芯岳”）'
            if node == name and name != company and re.match(f"[{CJK}]", name):
                # (not '云穹算力（乌兰察布）有限公司', a regional unit of 云穹算力)
                full = next((terms[t] for t in terms if t.startswith(name) and _ZH_LEGAL_TAIL.fullmatch(t[len(name):]) and not t[len(name):].startswith("（")), None)
                found[name] = full or node
        # (not a description a glossary gives: "…，一家於中國成立之有限公司", "於開曼群島註冊成立之有限公司")
        return {k: v for k, v in found.items() if not _ZH_DESCRIBED.search(k) and not _ZH_DESCRIBED.search(v)}

    def _from_chunks(self, chunks: list[Chunk], document: Document) -> list[Relation]:
        relations: list[Relation] = []
        contexts = _table_contexts(chunks)
        for before, chunk in zip([None, *chunks], chunks, strict=False):
            lead_in = before.text[-300:] if before is not None and before.page == chunk.page else ""
            listed = chunk.kind != "table" or "|" not in chunk.text and re.search(r"subsidiar|jurisdiction|group\s+companies|incorporat|principal\s+activit|子公司",
                                                                                   chunk.text.split("\n")[0], re.I)  # ("Name Incorporated in Principal activity Holding")
            if document.company and listed and re.search(r"subsidiar|group\s+companies|子公司", f"{chunk.section} {lead_in} {chunk.text[:400]}", re.I):
                # (a PDF's table of subsidiaries is lines under a header that says so)
                for line in chunk.text.split("\n"):
                    if len(line) > 160:
                        continue  # a list of subsidiaries has one name per line; prose names other companies too
                    # the list's header, alone or run into its first row: "Legal Name Jurisdiction Percent Owned Amazon Services LLC Nevada 100%"
                    line = _SUBSIDIARY_HEADER.sub("", line)
                    # (no Chinese in an English name; a name may start with a digit: "3M Australia Pty. Ltd.")
                    for m in re.finditer(rf"((?<![A-Za-z0-9])\d?[A-Z][A-Za-z0-9_\u00c0-\u017f&'’(). ,-]{{2,80}}?(?<![A-Za-z]){_UNIT_SUFFIX})(?![A-Za-z])", line):
                        if m.start() > 3 or re.search(r"[:：\u4e00-\u9fff]", line[:m.start()]) \
                                or re.search(r"\b(?:agreement|form|exhibit|certificate|indenture|plan|dated|between|of [A-Z]|in [A-Z])", m.group(1), re.I) \
                                or re.search(r"\b(?!and\b|for\b|the\b|del?\b|la\b|und\b)[a-z]{3,}\b", m.group(1)):
                            continue  # a list item starts its line and is a name, not "10.1 Form of Lease Agreement between …", prose or a field ("名称：X JSC")
                        if re.search(r"\b(?:is|are|was|were|will|may|shall|can|could|would|must|has|have|had|acts?|acted|serves?|served)\b", line[m.end():]):
                            continue  # a sentence about the company ("X LLC is the structuring agent …"), not a list of subsidiaries
                        held = re.search(r"(\d+(?:\.\d+)?)\s?%", line[m.end():])
                        if held and float(held.group(1)) < 50 or re.search(r"\b(?:[Aa]ssociates?|[Jj]oint\s+[Vv]entures?|[Ee]quity[- ](?:accounted|method)|FVOCI|FVTPL)\b", line[m.end():]):
                            continue  # "Jiayuan Nutrition Holdings Limited Hong Kong Infant formula 8.6% FVOCI": a stake in the same table, not a subsidiary
                        # (a term sheet's label run into its value: "Guarantors Aurelle Launch Services Kourou SAS and other material subsidiaries")
                        name = re.sub(r"^(?:Guarantors?|Issuers?|Borrowers?|Obligors?|Subsidiar(?:y|ies))\s+(?=[A-Z])", "", " ".join(m.group(1).split()))
                        node = self._subsidiary_node(name, document)
                        if node and node != document.company:
                            relations.append(self._relation(node, document.company, "subsidiary_of", None, None, None, document, chunk.page, line.strip()[:300]))
        relations.extend(self.term_sheet(chunks, document))
        own_code = own_listing_code("\n".join(c.text for c in chunks[:3])) if document.company else ""
        if own_code and chunks:
            head = chunks[0]
            relations.append(Relation(document.company, own_code, SAME_AS, None, None, None, None, None, None,
                                      (Evidence(doc=document.name, page=head.page, quote=head.text.strip()[:300], doc_id=document.id),)))
        # A company's own release, filing, call or announcement speaks for it ("we", "the Company", a 公告's "公司").
        own_voice = document.doc_type in {*PERIODIC_REPORTS, *OFFERING_DOCS, "8-K", "earnings release", "call transcript",
                                          "deal announcement", "letter"} or self.self_defined
        described: dict[str, str] = {}  # "vehicle" -> the company the document last described as one
        self.operators = set()
        deal: tuple[str, str] | None = None  # (relation, the company that gets the money) of the deal just stated
        facilities: dict[str, str] = {}  # a loan's defined name ("DDTL Facility") -> its borrower
        deal_age = 0
        other_deal: tuple[str, str] | None = None  # a second deal the sentence that stated ``deal`` stated for its company
        products: dict[str, str] = {}  # "Tern" -> the company a sentence said makes it ("Tern, Corvane's custom training accelerator")
        common = self.entities.common or lowercase_words("\n".join(c.text for c in chunks))  # words the document writes in lower case
        took_part = False  # a sentence since the deal was stated named who took part in it (a newswire gives each its paragraph)
        self.profiled = ""
        # a Chinese broker's note on a company calls it 公司 ("鸿穹云作为公司第一大客户"); its 我们 is the analyst
        covered = document.doc_type == "research note" and bool(document.company) and any(re.search(f"[{CJK}]", c.text) for c in chunks)
        filer = document  # whose notice the lines are in (a digest of several companies' notices changes it)
        read: set[str] = set()  # sentences already read: a chunk's overlap repeats the end of the one before
        modelled: list[Relation] = []  # the links the pair reader read where the rules read none
        for chunk in chunks:
            if chunk.kind == "table":
                relations.extend(self.from_table(chunk, document))
            for line in chunk.text.split("\n"):
                profile = _PROFILE_NAME.match(line)
                if profile:  # a profile's "Name Kanazawa Vision Systems K.K." (or "公司名称 苏州冰点智能科技有限公司"): whose holders may follow
                    named = [m for m in self.entities.mentions(profile.group(1), document.company) if m.start == 0 and not _SELF_WORD.fullmatch(m.written)]
                    self.profiled = named[0].node if named else self.profiled
            relations.extend(self.same_names(chunk, document))
            if (own_voice or covered) and document.company:
                relations.extend(self.role_lists(chunk, document, contexts.get(id(chunk), ())))
            elif self.entities.terms.get("Borrower"):  # a credit summary's "Lender | Facility | Commitment" table lends to its Borrower
                relations.extend(r for r in self.role_lists(chunk, _replace(document, company=self.entities.terms["Borrower"]))
                                 if r.relation == "lends_to")
            elif chunk.kind == "table":  # (a note's lock-up calendar names each row's issuer itself, whoever the note is by)
                relations.extend(self.role_lists(chunk, _replace(document, company=""), contexts.get(id(chunk), ())))
                if document.doc_type == "research note" and document.company:  # a note's "Major shareholders" table: the covered company's holders
                    relations.extend(r for r in self.role_lists(chunk, document, contexts.get(id(chunk), ()))
                                     if r.relation == "owns_stake_in" and r.target == document.company)
            previous: list[str] = []
            subject = ""
            list_role = ""  # the role of the items a line introduced ("Our principal suppliers by category are:")
            for line in chunk.text.split("\n"):
                if chunk.speaker and line.startswith(f"{chunk.speaker}:"):
                    line = " " * (len(chunk.speaker) + 1) + line[len(chunk.speaker) + 1:]  # the speaker's name is no party to what they say
                if list_role and LIST_MARKER.match(line) and own_voice and document.company:
                    # "- ABF substrates: Hongshuo Precision Industrial Co., Ltd. (宏碩精密), with a second source qualified in Japan."
                    item = LIST_MARKER.sub("", line, count=1)
                    item_label = re.match(r"[^:：]{1,40}[:：]\s*", item)
                    named = [m for m in self.entities.mentions(item, document.company) if not _SELF_WORD.fullmatch(m.written)]
                    first = next((m for m in named if m.start == (item_label.end() if item_label else 0)), None)
                    if first is not None and first.node != document.company:
                        pair = (first.node, document.company) if list_role == "supplier" else (document.company, first.node)
                        relations.append(self._relation(*pair, "supplies", None, None, None, document, chunk.page, item.strip()[:300]))
                    continue
                intro = _LIST_INTRO.search(line) if own_voice else None
                list_role = _LIST_ROLES.get((intro.group("role") or intro.group("zh")).lower(), "") if intro else ""
                if not re.search(r"[.。]\s*$", line) or re.match(r"\s*[“\"]|[^:：]{1,40}[:：]", line):
                    previous, subject = [], ""  # a heading, a quote or a new speaker starts afresh; a paragraph's "Its …" is the last one's
                heading = _FILER_LINE.search(to_simplified(line)) if own_voice and document.company else None
                if heading:  # a digest of several filers' notices: "公司代號：3719　公司名稱：晶澤科技股份有限公司" starts each one's own words
                    node = self.entities.node(strip_suffix(heading.group(1)))  # (the name as written, not a short name's longer holder)
                    own = {document.company, to_simplified(document.company)}
                    filer = document if not node or any(o and (node.startswith(o) or o.startswith(node)) for o in own) \
                        else _replace(document, company=node)
                speaking = self._quoted_speaker(line, filer) if own_voice and document.company else document
                series = False  # "其中，A出资6亿元；B出资10.2亿元；C出资3.8亿元。": clauses after a semicolon go on with the deal
                for sentence in (entry for whole in split_sentences(line) for entry in _glossary_entries(whole)):
                    if _EXHIBIT_ENTRY.search(sentence) or _CAREER.search(sentence) or _OWNED_NOTE.search(sentence) or _DEFINITION.match(sentence) \
                            or _SETTLEMENT.search(sentence):
                        continue  # an exhibit index names agreements filed earlier, not deals: "10.20# Master … Agreement by and between the Registrant and …";
                        # a biography names where a person worked ("Prior to joining Nike, he worked at Goldman Sachs")
                    # (a Chinese broker's note speaks of the company it covers as 公司: its own parties are that company's)
                    self_words = (own_voice or covered and bool(re.search(f"[{CJK}]", sentence))) and not sentence.rstrip().endswith(("?", "？"))
                    mentions = self.sentence_mentions(sentence, speaking, self_words, previous, subject, described, covered)
                    mentions = self._product_mentions(sentence, mentions, products, common)
                    if self_words and document.company and _BULLET_VERB.match(sentence) and not any(m.start == 0 for m in mentions):
                        # a release's bullet "Completed the acquisition of Threnody Interconnect, Inc.": the company did it
                        mentions = [Mention(0, 0, speaking.company, "we"), *mentions]
                    for m in (m for pattern in _OPERATES for m in pattern.finditer(_with_placeholders(sentence, mentions)[0])):
                        self.operators.add(mentions[int(m.group("a"))].node)  # "该智算中心由瀚海深圳营运": it sells the centre's compute
                    found = self.from_sentence(sentence, speaking, chunk.page, self_words, mentions)
                    if _LITIGATION.search(sentence):  # (who bought whom, and whose unit, a lawsuit may still say)
                        found = [r for r in found if r.relation in {"acquires", "subsidiary_of"}]
                    if self_words and speaking.company and speaking.doc_type in {*PERIODIC_REPORTS, "8-K", "call transcript"} \
                            and not any(r.source == speaking.company or r.target == speaking.company for r in found):
                        found.extend(self._own_site(sentence, mentions, speaking, chunk.page))
                    if self_words and speaking.company and not found:
                        found.extend(self._own_lone_party(sentence, mentions, speaking, chunk.page))
                    again = _DEAL_AGAIN.search(_masked(sentence, mentions)) or next(
                        (m for term in facilities for m in [re.search(rf"\b(?:the|this)\s+{re.escape(term)}\b", sentence)] if m), None)  # "under the DDTL"
                    named_kind = ("invests_in" if again and re.search(r"round|series|equity|investment|offering|raise|轮|增资", again.group(0), re.I)
                                  else "lends_to" if again and re.search(r"facility|loan|notes|credit|lend|贷款", again.group(0), re.I) else "")
                    continued = deal is not None and (series or took_part and bool(_PART_AGAIN.match(_masked(sentence, mentions)))
                                                      # "X put in ¥3.5 billion, while Y contributed ¥2.0 billion" right after "Z led the round"
                                                      or deal_age <= 2 and bool(re.search(r"\b(?:put\s+in|contributed|invested|committed|chipped\s+in)\s+(?:another\s+|a\s+further\s+)?"
                                                                                          r"(?:US|HK|S)?[$€£¥]\s?[\d.,]+\s*(?:billion|million|bn|m)?(?![\d.,])"
                                                                                          r"(?!\s+(?:as\s+[^,.;]{0,30}\s+)?(?:to|in|into|for|towards)\b)", sentence)))  # (not "committed $400 million to X")
                    if deal and deal_age <= 2 and deal[0] == "lends_to" and deal[1] != speaking.company and again \
                            and not any(m.node == speaking.company for m in mentions):
                        # "X and Y are the lenders under the DDTL Facility" just after the filing said its vehicle borrowed under
                        # it: they lend to the vehicle, not to the filer its own words would otherwise make the borrower
                        found = [r for r in found if not (r.relation == "lends_to" and r.target == speaking.company)]
                    # "Orrindale Credit Partners LP, as lead lender, has committed US$1,200,000,000 of the Facility": a loan the
                    # document defined is its Borrower's
                    borrower = self.entities.terms.get("Borrower", "")
                    if borrower and not any(m.node == borrower for m in mentions):
                        for term in _LOAN_TERM.finditer(sentence):
                            facilities.setdefault(term.group(1) or term.group(2), borrower)
                    named_facility = next((who for term, who in facilities.items() if re.search(rf"\b(?:the|this)\s+{re.escape(term)}\b", sentence)), "")
                    if named_facility and (deal is None or deal_age > 2 or deal != ("lends_to", named_facility)):
                        deal, deal_age = ("lends_to", named_facility), 1
                    taking_now = False
                    # ("本公司将就上述融资向⟦bank⟧提供公司担保": a guarantee to the lender takes no part in the deal)
                    guarantee = bool(re.search(r"提供[^，。；]{0,16}(?:担保|保证)|\bguarantee", sentence, re.I))
                    if guarantee:
                        pass
                    elif deal and (deal_age <= 2 and named_kind in {"", deal[0]} or deal[0] == "invests_in" and (joined := _JOINED_ROUND.search(to_simplified(sentence))) and deal_age <= (60 if joined.group(0).startswith("本轮") else 8)) \
                            and not any(r.relation == deal[0] and r.target != deal[1] for r in found):
                        # (not a sentence whose own link says it is about another deal: "we committed $400 million as a limited partner to X")
                        taking = self._deal_participants(sentence, mentions, deal, found, document, chunk.page, continued or bool(again))
                        taking_now = bool(taking)
                        found += taking
                    elif other_deal and deal_age <= 2 and named_kind == other_deal[0]:
                        # "… led the round with ¥6.0 billion" after "X closed a Series C round and secured a state loan": the other deal
                        taking = self._deal_participants(sentence, mentions, other_deal, found, document, chunk.page, True)
                        taking_now = bool(taking)
                        found += taking
                    elif own_voice and document.company and again and again.start() < 30 and re.match(r"\s*(?:The|This|该|本)", sentence):
                        # "The preferred equity round was led by X": in a company's own release the deal is the company's
                        kind = "invests_in" if _DEAL_EQUITY.search(sentence) else "lends_to" if _DEAL_LOAN.search(sentence) else ""
                        # "本次交易价格系参考⟦标的公司⟧本轮融资的投前估值": the round of the company named just before it
                        owner = next((m.node for m in mentions if 0 <= again.start() - m.end <= 2 and not _SELF_WORD.fullmatch(m.written)),
                                     document.company)
                        if kind:
                            found += self._deal_participants(sentence, mentions, (kind, owner), found, document, chunk.page)
                    if _DENIED_REPORT.search(sentence):
                        found = []  # "有关媒体报导X亦将参与本次增资一事，经查并无此事": a report the filer denies states nothing
                    relations.extend(found)
                    if self.pairs is not None and sentence not in read:
                        modelled.extend(self._pair_links(self.pairs, sentence, mentions, speaking, chunk.page, found))
                    stated = self._deal_stated(sentence, mentions, found)
                    if stated and stated[0] == "lends_to":
                        for term in _LOAN_TERM.finditer(sentence):  # '… entered into a term loan agreement (the "DDTL Facility")'
                            facilities.setdefault(term.group(1) or term.group(2), stated[1])
                    elif not stated:  # "the DDTL Facility was amended …": a facility the document defined is its borrower's
                        stated = next((("lends_to", who) for term, who in facilities.items() if term in sentence), None)
                    # a sentence that names another participant, or speaks of the deal again ("The round totals $9.4 billion"), goes on with it
                    recalled = bool(deal and again and named_kind in {"", deal[0]} and not [m for m in mentions if not _SELF_WORD.fullmatch(m.written)])
                    took_part = took_part and stated in {None, deal}
                    about_it = deal is not None and any(m.node == deal[1] for m in mentions if not _SELF_WORD.fullmatch(m.written))  # "The Project Company is …"
                    if stated and stated != deal:  # (the other kind of deal the same sentence states for the same company)
                        both = _DEAL_LOAN.search(_masked(sentence, mentions)) and _DEAL_EQUITY.search(_masked(sentence, mentions))
                        other_deal = ("invests_in" if stated[0] == "lends_to" else "lends_to", stated[1]) if both else None
                    again_read = sentence in read  # (a sentence read again in the overlap ages no deal)
                    read.add(sentence)
                    deal, deal_age = (stated, 1) if stated else (deal, deal_age + (0 if continued or recalled or taking_now or about_it or again_read else 1))
                    took_part = took_part or bool(deal) and any((r.relation, r.target) == deal for r in found)
                    series = sentence.rstrip().endswith(("；", ";")) and bool(again or continued)
                    named = [m for m in mentions if not _SELF_WORD.fullmatch(m.written)]
                    for named_one in named:  # "Stratacloud GPU Funding II, a special-purpose vehicle that …": later "the vehicle"
                        if re.search(r"子公司$", sentence[:named_one.start]):
                            described["子公司"] = named_one.node  # "代子公司鼎曜光电(越南)有限公司公告…": later "该子公司"
                        appositive = _DESCRIBED.match(sentence, named_one.end)
                        if appositive:
                            described[" ".join(appositive.group(1).lower().split())] = named_one.node
                            if re.fullmatch(r"joint\s+venture", appositive.group(1), re.I):
                                described["jv"] = named_one.node  # later "the JV"
                            if re.search(r"special[- ]purpose|bankruptcy[- ]remote|financing\s+(?:vehicle|subsidiary)", appositive.group(0), re.I):
                                described.update(dict.fromkeys(("spv", "vehicle"), named_one.node))  # "…, our special-purpose financing subsidiary": the SPV
                    previous = list(dict.fromkeys(m.node for m in named))
                    # the subject: a company that opens the sentence ("今年7月，芯岳已…", "Kestrel said…")
                    subject = named[0].node if named and named[0].start <= 12 else ""
        ruled = {frozenset((r.source, r.target)) for r in relations}
        kept: dict[tuple[str, str, str], Relation] = {}
        for r in modelled:  # (a pair the rules linked anywhere in the document is theirs)
            if frozenset((r.source, r.target)) not in ruled:
                kept.setdefault((r.source, r.relation, r.target), r)
        return relations + list(kept.values())

    def _pair_links(self, reader: PairReader, sentence: str, mentions: list[Mention], document: Document, page: int | None,
                    found: list[Relation]) -> list[Relation]:
        """The links the pair reader reads between companies the sentence names and the rules left unlinked (not in a
        sentence the rules read as a denial, a hypothetical, a called-off deal, a lawsuit, a rating or a question)."""
        if _no_deal(sentence) or _DENIED_REPORT.search(sentence) or _LITIGATION.search(sentence) or sentence.rstrip().endswith(("?", "？")):
            return []
        parties = [m for m in mentions if not _RATES.match(sentence, m.end)]
        linked = {frozenset((r.source, r.target)) for r in found}
        # the lender or buyer the rules read in the sentence lends to, or buys, no second party there ("X obtained a facility
        # from Y secured by the Z GPUs it financed": Z is no borrower)
        single = {(r.relation, r.source) for r in found if r.relation in {"lends_to", "acquires"}}
        out = []
        for source, relation, target, _ in reader.read(sentence, parties, document, linked):
            if (relation, source) in single:
                continue
            at = min((m.start for m in parties if m.node in (source, target)), default=0)
            amount, currency, usd = amount_fields(sentence, at) if PAYS[relation] else (None, None, None)
            out.append(self._relation(source, target, relation, amount, currency, usd, document, page, sentence))
        return out

    def _quoted_speaker(self, line: str, document: Document) -> Document:
        """A release's quote of another company's officer ('"… gives us the room …," said T. Everly, Senior Vice President at
        Nimbara.'): its "us" and "our" are that company's, so the line is read as that company's words."""
        said = _ATTRIBUTION.search(line)
        if not said or not re.match(r"\s*[“\"]", line):
            return document
        org = said.group("org").strip()
        if [m for m in self.entities.mentions(org, document.company, True) if m.node == document.company]:
            return document
        named = [m.node for m in self.entities.mentions(org)] or ([node_id(org)] if re.fullmatch(r"(?:[A-Z][\w&.'’-]*\s?){1,4}", org) else [])
        return _replace(document, company=named[0]) if named else document

    def _deal_stated(self, sentence: str, mentions: list[Mention], found: list[Relation]) -> tuple[str, str] | None:
        """The deal a sentence states, as (relation, who gets the money): from a link it gave ('X lent to Y'), or from a
        company that opens it and closed, raised or signed a loan or a round ('Verity closed a $1.1bn GPU-backed loan')."""
        relation = "lends_to" if _DEAL_LOAN.search(sentence) else "invests_in" if _DEAL_EQUITY.search(sentence) else ""
        bare = _masked(sentence, mentions)  # (names masked: "Kestrel Compute Funding I" is no round)
        loan, equity = _DEAL_LOAN.search(bare), _DEAL_EQUITY.search(bare)
        if loan and equity and equity.start() < loan.start():
            relation = "invests_in"  # the one named first where a sentence states both: "closed a Series C round and secured a state loan"
        if not relation:
            return None
        for r in found:
            if r.relation == relation:
                return relation, r.target
        for r in found:  # "a commitment to X Fund I, a fund … that makes senior secured loans": the link says what the deal is
            if r.relation in {"invests_in", "lends_to"}:
                return r.relation, r.target
        named = [m for m in mentions if not _SELF_WORD.fullmatch(m.written)]
        for m in named:  # "The borrower under the facility is X", "The money will be lent to X"
            if relation == "lends_to" and re.search(r"\bborrowers?\b[^.;]{0,40}?\b(?:is|are|was|will\s+be)\s+(?:the\s+)?$|\b(?:lent|loaned|advanced|made|extended|provided|granted)\s+to\s+(?:the\s+)?$",
                                                    sentence[:m.start]):
                return relation, m.node
        starts = list(_DEAL_START.finditer(sentence))
        # the deal's own verb before an announcement's ("X announced that its subsidiary Y has closed a facility": Y)
        for start in sorted(starts, key=lambda s: bool(re.match(r"announc|宣布", s.group(0), re.I))):
            before = [m for m in named if m.end <= start.start() and not self._financier(m.node)
                      and not re.search(r"\b(?:of|by|from|with|to|for)\s+(?:the\s+)?$", sentence[max(0, m.start - 12):m.start])]  # "a subsidiary of X"
            if before:
                return relation, before[-1].node
            own = [m for m in mentions if m.end <= start.start() and _SELF_WORD.fullmatch(m.written)]
            if own and not named:  # "We closed our Series E preferred round in August."
                return relation, own[-1].node
        for m in named:  # "标的公司本轮融资总额为2.6亿美元", "深衡智能的B轮融资", "参与衡峰基金本次扩募": a company's own round
            if relation == "invests_in" and re.match(r"(?:的)?(?:本轮|本次|此次|新一轮|[A-H]\+?轮|Pre-IPO轮|天使轮)(?:融资|增资|扩募)", sentence[m.end:]):
                return relation, m.node
        return None

    def _deal_participants(self, sentence: str, mentions: list[Mention], deal: tuple[str, str], found: list[Relation],
                           document: Document, page: int | None, continued: bool = False) -> list[Relation]:
        """'The round is being co-led by X, which will contribute $1.1 billion': the companies taking part in the deal the
        sentence before stated lend to or invest in the company that gets the money."""
        relation, recipient = deal
        # "认购价格与⟦岱嵘投资⟧相同": a company the terms are compared with takes no part
        mentions = [m for m in mentions if not _compared_with(sentence, m.start, m.end)]
        bare = _masked(sentence, mentions)  # "The Nahrain Investment Authority": a name's words are no deal words
        said = re.sub(r"\b(?:that|who|whom)\s+(?:the\s+company|it|they|he|she)\s+(?:did|does|would|will)\s+not\s+(?:name|identify|disclose)\b", "",
                      _UNNAMED_SOURCE.sub("", sentence))  # "… crossover funds that the company did not name" names no one, denies nothing
        said = re.sub(r"[，,]\s*(?:其余|其他|另外)[^。；]*(?=[。；]?$)", "", said)  # "…亦参贷45亿元，其余四家银行名单未对外公布": the rest is about the others
        follows = any(re.match(r"\s*(?:[（(][^（）()]{0,40}[）)])?\s*(?:等(?:老股东|现有股东)?)?(?:继续|再次|亦|也|同步|同时)?(?:加码|加注|跟投|追加投资|追加认购|参投)", sentence[m.end:])
                      for m in mentions)  # "老股东青禾创投继续加码3亿元": a backer named after the round goes on with it
        # "Corvallis Turbine Ventures, the corporate venture arm of …, contributed $12 million" ("…, the engine maker's venture arm, added $12m")
        follows = follows or relation == "invests_in" and any(
            re.match(r"(?:\s*\([^()]{0,40}\))?(?:,\s+(?:the|a|an|its)\s[^;]{0,160}?,)?\s+(?:also\s+)?(?:contributed|added|put\s+in|chipped\s+in|wrote\s+a)\s+"
                     r"(?:a\s+further\s+|another\s+|the\s+remaining\s+)?(?:US|HK|S)?[$€£¥]\s?\d", sentence[m.end:]) for m in mentions[:1])
        if not (_DEAL_AGAIN.search(bare) or continued or follows) or _NEGATED.search(said) or _COMPETITION.search(sentence):
            return []  # "X did not take part in the round"; but "…, said a person who asked not to be named" denies nothing
        if _ADVISER_NAMED.search(to_simplified(sentence)):
            return []  # "金乔证券担任江澜气体本次认购的财务顾问": an adviser to the deal's party takes no part in it
        if relation == "lends_to" and (_GUARANTEE.search(sentence) or re.search(r"\bagents?\s+for\b", sentence)):
            return []  # "公司为X的上述贷款提供连带责任保证担保", "X acts as administrative agent for Y and Z": no one lends here
        if relation == "invests_in" and any(self._financier(m.node) for m in mentions) \
                and re.search(r"资金来源|授信额度|\bfunded\s+(?:by|with|through)\b", to_simplified(sentence), re.I):
            return []  # "本次增资款项之资金来源为本公司自有资金及⟦银行⟧提供之…授信额度": where the money came from, a loan to the payer
        out: list[Relation] = []
        # ("…, and Tessaly Credit Holdings Ltd., a wholly owned subsidiary of ⟦Tessaly⟧, committed $500 million": the parent named in an
        # aside takes no part; its clause is the subsidiary's)
        named = [m for m in mentions if m.node != recipient
                 and not (re.search(r",\s+(?:a|an|the)\s+[^,;]{0,60}?\b(?:of|by)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:'s|’s|-[a-z]+)\s+)?(?:[a-z][\w-]*\s+){0,3}$", sentence[:m.start])
                          and re.match(r"\s*(?:\([^()]*\))?,", sentence[m.end:]))  # ("…, the venture arm of contract chipmaker ⟦Y⟧ (TSE: 6593), led …")
                 # (or "…, the venture arm of Taiwan's ⟦Y⟧, co-invested $9 million")
                 and not re.match(r"\s*旗下(?:的)?", sentence[m.end:])  # "泓盛国投旗下的泓盛创投": the unit takes part, not its parent

                 # "… and Theo Marchetti has joined its board": a director joins a board, not the round
                 and not re.match(r"\s+(?:has\s+|have\s+|will\s+|also\s+)*(?:joined|join|joins|takes?|took)\s+(?:a\s+seat\s+on\s+)?(?:its|the|our|their|\w+['’]s)\s+board\b",
                                  sentence[m.end:])]
        separator = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|&|、|及|和|以及)\s*(?:the\s+)?"
        # "美国芯片企业X（…）、Y以及Z跟投": a Chinese list shares the verb after its last member
        listed = [i > 0 and bool(re.fullmatch(rf"(?:[（(][^（）()]{{0,40}}[）)])?(?:{separator}[{CJK}]{{2,12}}?)*{separator}(?:[{CJK}]{{2,12}}?(?:机构|公司|基金|旗下的?))?", sentence[named[i - 1].end:m.start]))
                  for i, m in enumerate(named)]
        trailing = [False] * len(named)
        for i in range(len(named) - 1, -1, -1):
            after = sentence[named[i].end:named[i + 1].start] if i + 1 < len(named) else sentence[named[i].end:]
            after = re.sub(r"^,\s+(?:a|an|the)\s+[^,;]{0,80},(?=\s+also\b)", "", after)  # "…, the venture arm of Z, also taking part"
            # "X、Y以及Z跟投", "X, Y and Z also took part in the round": the list before the verb takes part
            trailing[i] = bool(re.match(r"[^，。；,;]{0,6}?(?:跟投|参投|领投|出资|认购)|\s+(?:also\s+|have\s+|has\s+|had\s+|each\s+|both\s+){0,2}"
                                        r"(?:took\s+part|participated|joined|invested|contributed|co-invested|committed|followed\s+on|re-?upped)\b|\s+also\s+(?:taking\s+part|participating|joining)\b|"
                                        r"\s+(?:each|both)\s+(?:took|committed|provided|contributed|lent|invested|put\s+up)\b|"
                                        r"\s+(?:are|were|is|was)\s+(?:also\s+)?(?:among\s+)?(?:the\s+)?(?:initial\s+|original\s+|other\s+|lead\s+)?"
                                        r"(?:lenders?|investors?|backers?|participants?)\b", after, re.I)) \
                or i + 1 < len(named) and listed[i + 1] and trailing[i + 1]
        taking_part = False
        for i, m in enumerate(named):
            clause_start = max([0, *(x.end for x in named[:i])])
            clause_end = named[i + 1].start if i + 1 < len(named) else len(sentence)
            clause = bare[clause_start:clause_end]
            # "with participation from X, Y and the Z": a list shares its clause
            taking_part = bool(_TAKES_PART.search(clause)) or listed[i] and taking_part or trailing[i]
            if any({r.source, r.target} == {m.node, recipient} and r.relation not in {"supplies", "partners_with"} for r in [*found, *out]) \
                    or _NOT_PART.search(sentence[max(0, m.start - 30):m.start]):
                continue
            if any(r.relation == relation and m.node in (r.source, r.target) for r in found):
                continue  # "The loan was made to X …, and was led by Y": the sentence says itself whom Y lent to
            if re.match(r"[^⟦;]{0,30}?\b(?:acted|acts|act|served|serves|serve|is|was|were)\s+as\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}?"
                        r"(?:counsel|advis[eo]rs?|bookrunners?|underwriters?|placement\s+agents?|auditors?|trustees?)\b", sentence[m.end:clause_end], re.I):
                continue  # "X acted as sole lead arranger and bookrunner for the facility, and Y served as counsel to the lenders": a service, no loan
            if not taking_part or (known := self.lexicon.company(m.node)) is not None and known.kind == "exchange" \
                    or re.search(r"\b(?:Exchange|Bourse)$", m.node):
                continue  # ("…, according to a disclosure it made to the Korea Exchange": where it filed, no backer)
            pledge = _PART_AMOUNT.search(sentence, m.end, clause_end)
            own_part = sentence[pledge.start():clause_end] if pledge else ""
            own_part = re.split(r"[，,]\s*(?=[^，,]{0,6}(?:总额|总计|合计|总规模))", own_part)[0]  # "…跟投，本轮融资总额约6亿元": the round's size, not its part
            amount, currency, usd = amount_fields(own_part) if pledge else (None, None, None)
            out.append(self._relation(m.node, recipient, relation, amount, currency, usd, document, page, sentence))
            if relation == "invests_in" and _STAKE_TAKEN.search(sentence, m.end, clause_end):
                # "X, the …, put in $40 million and will hold a stake of about 6%": a shareholder too
                out.append(self._relation(m.node, recipient, "owns_stake_in", None, None, None, document, page, sentence))
        if len(out) >= 2 and re.search(r"\brespectively\b|分别", sentence):
            # "X and Y are the initial Lenders, having committed $750 million and $500 million, respectively"
            after = sentence[max(m.end for m in named if m.node in {r.source for r in out}):]
            sums = [amount_fields(f) for f in find_figures(after) if currency_of(f)]
            if len(sums) == len(out):
                out = [_replace(r, amount=amount, currency=currency, amount_usd=usd) for r, (amount, currency, usd) in zip(out, sums, strict=True)]
        return out

    def same_names(self, chunk: Chunk, document: Document) -> list[Relation]:
        """A company named in one language with its name in the other in brackets: '云穹科技（Yunqiong Cloud，纽交所代码：YQC）',
        'Hualan Microelectronics Co., Ltd. (华澜微电子)'. Kept as internal ``same_as`` links that join the two nodes in the graph."""
        out = []
        for sentence in split_sentences(chunk.text):
            for m in self.entities.mentions(sentence, document.company):
                code = listing_code(sentence, m.end)
                listed_on = (known := self.lexicon.company(m.node)) is not None and known.kind == "exchange"  # "上海证券交易所（股票代码：603817）"
                if code and not _SELF_WORD.fullmatch(m.written) and not listed_on:
                    # "Suzhou Lanlight Photonics (688731.SH)" and the 年度报告 of "证券代码：688731 证券简称：澜光通信": one listed company
                    evidence = Evidence(doc=document.name, page=chunk.page, quote=sentence.strip()[:600], doc_id=document.id)
                    out.append(Relation(m.node, code, SAME_AS, None, None, None, None, None, None, (evidence,)))
                bracket = _BRACKETED_NAME.match(sentence, m.end)
                if not bracket:
                    continue
                other = bracket.group(1).strip()
                # ("Boğaziçi Yer Hizmetleri A.Ş. (Bosphorus Ground Services)": a legal name and the name it goes by, in one language)
                goes_by = not re.search(f"[{CJK}]", m.written + other) and re.search(rf"[,\s](?:{FORMS})$", m.written) is not None \
                    and re.fullmatch(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}", other) is not None and not re.fullmatch(r"[A-Z0-9.&-]{1,6}", other) \
                    and not all(w.lower() in place_names() for w in other.split()) and sentence[bracket.end() - 1:bracket.end()] in {")", "）"}
                if not goes_by and (bool(re.search(f"[{CJK}]", m.written)) == bool(re.search(f"[{CJK}]", other)) or _NOT_A_NAME.search(other)):
                    continue  # the same language, a ticker, a share or a defined term
                node = self.entities.node(other)
                if node and node != m.node:
                    evidence = Evidence(doc=document.name, page=chunk.page, quote=sentence.strip()[:600], doc_id=document.id)
                    out.append(Relation(m.node, node, SAME_AS, None, None, None, None, None, None, (evidence,)))
        # a glossary's two names ("「光穹智算基金」 指 深圳光穹智算产业投资基金合伙企业（有限合伙）"): other documents may write either
        for entry in _ZH_GLOSSARY.finditer(to_simplified(chunk.text)):
            short, node = entry.group(1), self.entities.terms.get(entry.group(1), "")
            full = re.sub(r"[（(]有限合伙[）)]$", "", strip_suffix(entry.group(2).strip()))
            other = full if node == short else short
            if node == short and full and short.startswith(full):
                continue  # "「京鸿集团控股」 指 京鸿集团控股有限公司": the full name less its forms is no other name
            if node and other and other != node and re.search(f"[{CJK}]", node) and re.search(f"[{CJK}]", other) and not _ZH_ROLE_ALIAS.fullmatch(short) \
                    and short not in {"公司", "本公司", "本集团", "集团"}:
                evidence = Evidence(doc=document.name, page=chunk.page, quote=entry.group(0).strip()[:600], doc_id=document.id)
                out.append(Relation(node, other, SAME_AS, None, None, None, None, None, None, (evidence,)))
        # "证券简称：禾芯智能" over "江苏禾芯智能装备股份有限公司" heading a notice: the short name the code line gives and the full name
        # under it are one company (the short name's characters, in order, in the full name: '海渊智探' in '海渊智能勘探科技')
        short = document.company if chunk.page in (1, None) and re.fullmatch(f"[{CJK}]{{2,6}}", document.company or "") else ""
        heading = f"{chunk.section or ''}\n{chunk.text[:400]}"  # (a PDF's name line is the heading of the text under it)
        head = re.search(rf"(?m)^\s*([{CJK}（）()]{{4,30}}?(?:股份)?有限公司)\s*$", heading) if short else None
        if head and short:
            full = strip_suffix(zh_unplaced(to_simplified(head.group(1))))
            if full != to_simplified(short) and (full.startswith(to_simplified(short)) or _abbreviates(to_simplified(short), full)):
                node = self.entities.node(strip_suffix(head.group(1))) or strip_suffix(head.group(1))
                evidence = Evidence(doc=document.name, page=chunk.page, quote=head.group(1), doc_id=document.id)
                out.append(Relation(short, node, SAME_AS, None, None, None, None, None, None, (evidence,)))
        return out


# A listing code in brackets after a name: "(688731.SH)", "(TWSE: 6741)", "(6741 TT)", "（股份代號：2789）", "（证券代码：688731）"
_CODE_AFTER = re.compile(r"\s*[（(]\s*(?:(?P<ex>NASDAQ|Nasdaq|NYSE|TWSE|TPEx|HKEX|SEHK|SSE|SZSE|港交所|联交所|聯交所|上交所|深交所|股票代码|股票代碼|证券代码|證券代碼|"
                         r"股份代号|股份代號|公司代號|公司代号)\s*[:：]?\s*)?(?P<code>\d{4,6})(?:\s+(?P<tt>TT|TW|HK)|\.(?P<sx>SH|SZ|BJ|HK|TW|TWO))?\s*"
                         r"(?:[，,;；][^（）()]{0,30})?[）)]")
_OWN_CODE = [  # the filer's own code heading its notice, on a line of its own: (pattern, market)
    (re.compile(r"(?m)^\s*(?:证券|證券)代[码碼]\s*[:：]\s*(\d{6})\b"), "CN"),
    (re.compile(r"(?m)^\s*公司代[號号]\s*[:：]\s*(\d{4,6})\b|^\s*(?:公開資訊觀測站\s*重大訊息公告\s*)?[（(](\d{4,6})[）)]\s*[\u4e00-\u9fff]{2,8}\s"), "TW"),
    (re.compile(r"(?m)^\s*[（(]\s*股份代[號号]\s*[:：]\s*(\d{1,5})\s*[）)]\s*$"), "HK"),
]


def _code_key(code: str, market: str) -> str:
    return f"#{int(code):05d}.HK" if market == "HK" else f"#{code}.{market}"


def listing_code(text: str, at: int) -> str:
    """The listing a bracket right after position ``at`` gives, as an internal node ("#688731.CN", "#6741.TW", "#02789.HK"), or
    ''. A bare four-digit code says no market (Taiwan or Hong Kong) and gives none."""
    m = _CODE_AFTER.match(text, at)
    if not m:
        return ""
    code, ex, tag = m.group("code"), m.group("ex") or "", m.group("tt") or m.group("sx") or ""
    if tag in {"SH", "SZ", "BJ"} or len(code) == 6 and (not ex or ex in {"SSE", "SZSE", "上交所", "深交所", "股票代码", "股票代碼", "证券代码", "證券代碼"}):
        return _code_key(code, "CN")
    if tag in {"TT", "TW", "TWO"} or ex in {"TWSE", "TPEx", "公司代號", "公司代号"}:
        return _code_key(code, "TW")
    if tag == "HK" or ex in {"HKEX", "SEHK", "港交所", "联交所", "聯交所", "股份代号", "股份代號"}:
        return _code_key(code, "HK")
    return ""


def own_listing_code(text: str) -> str:
    """The filer's own listing from the head of its notice or report ("证券代码：688731", a MOPS page's "(6741)岱嶸", "股份代號：2789"), or ''."""
    for pattern, market in _OWN_CODE:
        m = pattern.search(text[:800])
        if m:
            return _code_key(next(g for g in m.groups() if g), market)
    return ""


def _list_header(line: str) -> str:
    """The role of the rows under a table header line ("customer", "holder", "portfolio", …), or ''."""
    cells = to_simplified(re.sub(r"\s+", " ", line.replace("|", " ")).strip())  # ("供應商 主要產品 採購額（人民幣千元）")
    if len(cells) >= 120 or re.search(r"[.。;；]\s*$", cells) and len(re.findall(r"\w+", cells)) > 6:
        return ""  # a sentence, not a header
    role = next((role for role, pattern in _LIST_HEADERS if pattern.search(cells)), "")
    caption = re.match(r"(.{5,80}?)\s+(?=(?:name|company|entity|subsidiary)\s)", cells, re.I) if not role else None
    if caption and re.search(r"subsidiar|associate|shareholders|holders|customers|suppliers|group\s+companies", caption.group(1), re.I):
        # a caption the PDF ran into the header: "Principal subsidiaries and associated company Name Country Interest Principal activity"
        role = next((role for role, pattern in _LIST_HEADERS if pattern.search(cells[caption.end():])), "")
    return role


def _before_country(cells: str) -> str:
    """A table row's first cell when the next is a country: 'PT Pelita Oleo Refinery Indonesia CPO …' -> 'PT Pelita Oleo Refinery'."""
    words = cells.split()
    for i in range(2, min(8, len(words))):
        if not all(re.fullmatch(r"[A-Z][\w&.'’-]*|&|of|de|do|da", w) for w in words[:i]):
            return ""
        if words[i].lower() in place_names() or " ".join(words[i:i + 2]).lower() in place_names():
            return " ".join(words[:i])
    return ""


def _header_run_into_row(line: str) -> tuple[str, ...]:
    """A table's header line the PDF ran into its first row, as two lines: 'Supplier Country Goods and services Spend 2024
    Kurosegawa Crane Works Co., Ltd. Japan …' is the header up to its last column (a year, a spend, a share) and the first row."""
    words = line.split(" ")
    if len(line) < 60 or "|" in line:
        return (line,)
    ends = [k for k in range(2, len(words) - 2) if len(" ".join(words[:k])) <= 90 and words[k][:1].isupper()
            and re.fullmatch(r"(?:19|20)\d\d|%|\(%\)|(?i:spend|revenue|revenues|sales|amount|share|ownership|holding|value|interest|stake|activity|activities)", words[k - 1])]
    for k in reversed(ends):
        if _list_header(" ".join(words[:k])) and re.search(r"\d", " ".join(words[k:])) and len(words) - k >= 3:
            return " ".join(words[:k]), " ".join(words[k:])
    return (line,)


def _table_contexts(chunks: list[Chunk]) -> dict[int, tuple[str, ...]]:
    """For each table chunk, the lines before it that caption it (the last line of the text just before it on its page) or,
    for a table run on from the page before without a header of its own, that table's caption and header lines
    ("…已投资项目如下：" | "被投企业 所属领域 投资金额 持股比例" | rows; and on the next page more rows)."""
    contexts: dict[int, tuple[str, ...]] = {}
    for before, chunk in zip(chunks, chunks[1:], strict=False):
        if chunk.kind != "table":
            continue
        if before.kind != "table":
            lead_in = before.text[-300:] if before.page == chunk.page else ""
            contexts[id(chunk)] = tuple(lead_in.strip().split("\n")[-1:])
        elif before.page is not None and chunk.page == before.page + 1 and not _list_header(chunk.text.split("\n")[0]):
            head = before.text.split("\n")[:3]
            upto = next((i + 1 for i, line in enumerate(head) if _list_header(line)), 0)
            contexts[id(chunk)] = (*contexts.get(id(before), ()), *head[:upto])
    return contexts


def _glossary_entries(sentence: str) -> list[str]:
    """A glossary (释义) a PDF ran together ("穹思智能、发行人 指 上海…有限公司杭州穹思 指 杭州穹思科技有限公司，发行人全资子公司启元基金 指 …"):
    one entry each, so that no entry's words reach into the next."""
    if len(re.findall(r"\s指\s", sentence)) < 2:
        return [sentence]
    starts = [m.start() for m in _ZH_GLOSSARY.finditer(sentence)]
    cuts = [0, *[x for x in starts if x > 0], len(sentence)]
    return [sentence[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if sentence[a:b].strip()]


_UNIT_SUFFIX = rf"(?:{FORMS})"  # a listed subsidiary's legal form
# a table row that names no one: "供应商三", "客户五", "其他", "合计", "公众股东"
_UNNAMED_ROW = re.compile(r".{0,6}及?(?:员工|创始团队|创始人|管理层|核心团队)持股(?:平台)?|(?:供应商|客户|股东|单位|公司)[一二三四五六七八九十甲乙丙丁戊己A-Z\d]{1,2}|[甲乙丙丁戊己](?:公司|客户|供应商)|其他.{0,6}|合计|小计|总计|前五名.{0,6}|(?:进货|销货|销售|采购)(?:净额|总额)|公众股东|社会公众股?|其他股东|员工持股.{0,10}")
_ZH_LEGAL_TAIL = re.compile(r"(?:（[^）]{1,8}）)?(?:股份有限公司|有限责任公司|有限公司|集团)")
# A summary of terms, one term a line: "**Initial Lenders:** Funds and accounts managed by …", "借款人：…"
_TERM_LABEL = re.compile(r"^\s*(?:[-*•]\s+|[（(]?\d{1,2}[.、)）]\s*)?[*_]*(?P<label>[A-Za-z][A-Za-z ()/&-]{2,40}?|[\u4e00-\u9fff]{2,8})[*_]*\s*[:：]\s*[*_]*\s*(?P<value>\S.*)$")
# a company profile's name line, as a PDF gives it: "Name Kanazawa Vision Systems K.K.", "(1) Name: …", "公司名称 苏州冰点智能科技有限公司"
_PROFILE_NAME = re.compile(r"\s*(?:[（(]\d{1,2}[）)]\s*|\d{1,2}[.、]\s*)?(?:Name|Company\s+name|公司名称|企业名称|公司名稱|企業名稱|名称|名稱)(?:\s*[:：]\s*|\s+)(\S.{2,80}?)\s*$")
_NAME_LABEL = re.compile(r"(?:公司|企业|标的公司|被投资企业)?名称|(?:company|entity)\s+name", re.I)
_HOLDERS_LABEL = re.compile(r"(?:主要|前十大|控股)?股东(?:情况|及持股比例)?|股权结构|(?:major|principal)\s+shareholders|shareholders", re.I)
_BORROWER_LABEL = re.compile(r"(?:the\s+)?borrowers?|借款人|借款方|借款主体", re.I)
_LENDERS_LABEL = re.compile(r"(?:initial\s+|original\s+|committed\s+)?lenders?(?:\s*\(s\))?|贷款人|出借人|贷款方|贷款银行", re.I)
_LIST_HEADERS = [
    ("customer", re.compile(r"^(?:cedents?|ceding\s+compan(?:y|ies))\s|客户名称|前五名客户|^客户\s+(?:\S+\s+){0,3}?(?:销售额|销售金额|收入|金额|占)|名称\s+(?:\S{0,8}金额\s+)?占[^\s]{0,8}(?:销货|销售)(?:净额|总额|收入)|^\s*customers?(?:\s+name)?\s*$|^\s*(?:top|major|largest|principal)\s+(?:\w+\s+)?customers\s*$|^(?:\S+\s+)?(?:(?:largest|top|principal|major|main)\s+)?customer(?: name)?\s+(?:\S+\s+){0,5}?(?:revenue|sales|net sales|%|share|contract\s+value|order\s+value)|"
                             r"^(?:lessees?|tenants?)(?: name)?\s+(?:[\w-]+\s+){0,4}?(?:exposure|lease\s+type|rent|revenue)\b|"  # "Lessee Jurisdiction Lease type Exposure % of total"
                             r"^charterers?(?: name)?\s+(?:\S+\s+){0,6}?(?:revenue|%|share)|"  # a shipowner's "Charterer | Vessels on charter | … | % of 2024 revenue"
                             r"^licensees?(?: name)?\s+(?:[\w-]+\s+){0,4}?(?:term|fees?|royalt(?:y|ies)|revenue|recognized|amount)\b|"  # the company's licensees
                             r"^(?:customers?|tenants?|clients?)(?: name)?\s+(?:(?:three|six|nine|twelve)\s+months|q[1-4]\b|fy\s?\d|fiscal|(?:19|20)\d\d\b|(?:years?|quarters?|periods?)\s+ended|[1-4]q\b|h[12]\b)", re.I)),
    ("supplier", re.compile(r"供应商名称|前五名供应商|^供应商\s+(?:\S+\s+){0,3}?(?:采购额|采购金额|采购总额|金额|占)|名称\s+(?:\S{0,8}金额\s+)?占[^\s]{0,8}(?:进货|采购)(?:净额|总额)|^\s*(?:top|major|largest|principal)\s+(?:\w+\s+)?suppliers\s*$|^(?:\S+\s+)?supplier(?: name)?\s+(?:\S+\s+){0,4}?(?:purchases|%)|"
                            r"^suppliers?(?:\s+name)?\s+(?:[\w-]+\s+){0,8}?(?:spend|spending|purchased)\b|"
                            r"^suppliers?(?:\s+name)?\s+(?:[\w-]+\s+){0,5}?(?:share|fy\s?(?:19|20)?\d\d)\b|"  # "Supplier Country Product Share", "Supplier Origin of coffee FY2025 FY2024"
                            r"^suppliers?(?:\s+name)?\s+(?:products?|goods|items?|services?|components?)(?:\s+(?:or|and|/)\s+(?:services?|products?))?\s+(?:supplied\s+)?(?:country|location|region|origin)\s*$|"  # "Supplier Country Goods or services 2024 spend"
                            r"^suppliers?(?:\s+name)?\s+(?:category|products?|goods|items?)\b.{0,60}(?:total|(?:19|20)\d\d)|"  # (purchase obligations by supplier)
                            r"^(?:counterpart(?:y|ies)|vendors?|suppliers?)\s+(?:nature|type|description|category)\s+of\s+(?:commitments?|obligations?)\b|"
                            r"^(?:manufacturers?|makers?|vendors?)\s+(?:[\w-]+\s+){0,3}?(?:units|cost|amount|purchases)\b|"  # "Manufacturer Equipment type Units Cost"
                            r"^licensors?\s+(?:[\w-]+\s+){0,4}?(?:term|fees?|royalt(?:y|ies)|expensed|paid|cost|amount)\b", re.I)),  # "Licensor Content licensed Term Expensed in 2024"
    # "交易相对人 | 标的物 | 数量 | 交易总金额 | 关系": the other side of the assets a notice acquires (or disposes of), as its caption says
    ("zh_counterparty", re.compile(r"^\|?\s*交易(?:相对人|对象|对方)(?:名称)?\s*\|?\s*(?:标的物?|资产|设备|名称|内容)")),
    # "Counterparty / category | Remainder of 2026 | 2027 | … | Total": whose commitments, the caption says (purchase commitments: suppliers)
    ("commitments", re.compile(r"^(?:counterpart(?:y|ies)|vendors?)\s*(?:/|and)?\s*(?:category|nature|type|description)?\s+.{0,60}?\b(?:total|thereafter|(?:19|20)\d\d)\b", re.I)),
    # a debt table: "Facility Lender Borrower Maturity Outstanding", "贷款银行 借款人 借款类别 期末余额"
    ("lending", re.compile(r"^(?:银行名称|贷款银行|参贷银行|联贷银行|贷款人|贷款机构|出借人)\s+(?:角色|职务|身份)?\s*(?:承贷|参贷|授信|贷款)?(?:金额|额度)|^(?:initial\s+)?noteholders?\s+(?:[\w()$-]+\s+){0,3}?(?:principal|amount)\b|\blenders?\b.{0,40}\bborrowers?\b|\bborrowers?\b.{0,40}\blenders?\b|^(?:facility|instrument|debt)\s+lenders?(?:\s*\(s\))?\s|^lenders?(?:\s+name)?\s+(?:[\w-]+\s+){0,6}?(?:loans?|facilit(?:y|ies)|commitments?|revolv\w*|notes|amount|outstanding|tranches?|roles?)\b|(?:贷款银行|授信银行|贷款机构|出借人|贷款人).{0,20}(?:借款人|借款主体|申请主体|授信主体)|"
                           r"(?:借款人|借款主体|申请主体).{0,20}(?:贷款银行|授信银行|贷款机构|出借人|贷款人)", re.I)),
    # a lender's borrowers: "Borrower Collateral Commitment LPERS share" under "Kestrel Ridge: largest borrower exposures", "借款人 贷款余额"
    ("borrowers", re.compile(r"^borrowers?(?:\s+name)?\s+(?:[\w$()/-]+\s+){0,5}?(?:commitments?|amount|outstanding|exposures?|principal|balance|collateral)\b|"
                             r"^借款人(?:名称)?\s.{0,30}(?:金额|余额|本金|额度)", re.I)),
    # a major-shareholder table: "Name of beneficial owner Shares Percentage", "股东名称 持股数量 持股比例"
    # a placement's subscribers: "发行对象 认购金额 认购股数", "Subscriber Shares Amount"
    # a fund's partners: "序号 合伙人名称 合伙人类型 认缴出资额 出资比例" (each one invests in the fund the document sets up)
    ("partner", re.compile(r"^(?:序号\s+)?(?:合伙人|出资人|有限合伙人)(?:名称)?\s.{0,30}(?:出资|认缴|比例)|^(?:limited\s+)?partners?(?:\s+name)?\s+.{0,40}(?:commitment|capital)", re.I)),
    # ("序号 发行对象名称 获配股数（股） 获配金额（万元）", "基石投資者 投資金額（港元） 發售股份數目", "PIPE Investor Shares Purchase Price")
    ("subscriber", re.compile(r"^(?:序号\s+)?(?:发行对象|認購對象|认购对象|认购人|认购方|基石投资者|基石投資者)(?:名称|名稱)?\s.{0,30}(?:认购|認購|获配|金额|金額|股数|股份)|^(?:subscribers?|purchasers?)(?:\s+name)?\s+.{0,40}(?:amount|shares|subscription)|"
                            r"^(?:PIPE|cornerstone|anchor)\s+investors?(?:\s+name)?\s+.{0,40}(?:shares|amount|price|purchase|commitment)|"
                            r"^(?:anchor|cornerstone|initial|committed)\s+(?:investors?|purchasers?)\s+(?:[\w()$%/-]+\s+){0,4}?(?:principal|amount|commitments?|committed)\b", re.I)),
    # a note's lock-up calendar: "Issuer | Holder | Shares unlocking | % of outstanding | Lock-up expiry": each holder holds its row's issuer
    ("issuer_holder", re.compile(r"^(?:issuer|company|stock)\s+(?:holder|shareholder|selling\s+holder)\b", re.I)),
    ("holder", re.compile(r"^(?:name of )?(?:beneficial owners?|(?:major |principal )?shareholders?|holders?)(?: name)?\s+.{0,40}(?:shares|share capital|votes|voting|percent|%|ownership)|"
                          r"^name\s+(?:[\w()]+\s+){0,4}?(?:shares\s+held|shareholding\s+(?:ratio|percentage))|"
                          r"^name\s+(?:number\s+of\s+(?:ordinary\s+)?shares|shares)\b.{0,30}(?:%|percent|per\s+cent)|"  # ("Name Number of shares % of issued shares")
                          r"^(?:major\s+|principal\s+)?shareholders?(?:\s+name)?\s+(?:shareholding\s+)?(?:ratio|stake|shareholding|holding)\s*(?:\(%\)|%)?\s*$|"  # ("Shareholder | Ratio")  # ("Name | Number of shares held | Shareholding ratio")
                          r"^(?:major\s+|principal\s+)?shareholders?\s+(?:before|after)\b|"  # ("Shareholder | Before completion | After completion")
                          r"股东名称.{0,30}(?:持股|比例|(?:完成|交易|增资|本次发行|发行)(?:前|后))|^股东\s.{0,40}(?:持股|比例|百分比|股份数目|股数)|^股东\s+于\S{0,12}日期", re.I)),
    # a fund's or a company's investments: "被投企业 所属领域 投资金额 持股比例", "Portfolio company Sector Cost Ownership", the funds it
    # is a limited partner of ("基金名称 认缴出资 出资比例 公司角色")
    ("portfolio", re.compile(r"^(?:被投(?:资)?(?:企业|公司|项目)|投资标的|(?:参股)?基金|合伙企业)(?:名称)?\s.{0,30}(?:持股|比例|%)|^(?:portfolio\s+compan(?:y|ies)|investees?|investments?\s+instrument)\b.{0,100}(?:ownership|stake|interest|holding|%|cost|fair\s+value)"
                              r"|^compan(?:y|ies)\s+(?:[\w()]+\s+){0,4}?(?:first\s+invest\w*|investment\s+date|entry\s+date)\b.{0,80}(?:holding|ownership|stake|fair\s+value)"
                              # a fund's holdings: "Company | Sector | First investment | Fund ownership | Status"
                              r"|^(?:company|investment|holding)\b.{0,60}\b(?:fund(?:['’]s)?|our)\s+(?:ownership|stake|holding|interest|equity)\b"
                              # ("Company | Sector | Initial date | Invested capital | Fully diluted ownership | Fair value")
                              r"|^(?:company|investment|holding)\b.{0,80}\b(?:invested\s+capital|cost|(?:first|initial)\s+(?:investment|date))\b.{0,60}\b(?:ownership|stake)\b", re.I)),
    ("holding", re.compile(r"公司名称.{0,20}(?:公司类型|持股(?:/出资)?比例|出资比例)|^(?:company|entity|name)\s+(?:domicile|country|jurisdiction|location)\s+(?:share|holding)\b|^(?:name of )?(?:subsidiary|subsidiaries|company|entity|name)(?: name)?\s+.{0,60}(?:ownership|interest|%)|"
                           # ("Entity Country Principal activity 2025 2024": what each does, then its share by year)
                           r"^(?:subsidiary|company|entity|name)(?: name)?\s+(?:country|domicile|jurisdiction|location)\b.{0,50}\bactivit(?:y|ies)\b|"
                           # ("Subsidiary Registered office Share held Principal activity", "Company Registered office Holding Activity")
                           r"^(?:subsidiary|company|entity|name)(?: name)?\s+(?:registered|head)\s+office\b.{0,50}\b(?:share|holding|ownership|interest|activit(?:y|ies))\b", re.I)),
    # 重大合同: "合同订立公司方 合同订立对方 合同标的 …"; 关联交易: "关联交易方 关联关系 交易类型 关联交易内容 …"
    ("contract", re.compile(r"合同(?:订立)?对方|^(?:contracting )?(?:party|entity)\s+counterparty\b", re.I)),
    ("related", re.compile(r"关联(?:交易)?(?:方|人)(?:名称)?\s.{0,30}(?:交易类型|交易类别|交易内容)|^(?:关联)?交易(?:类别|类型|内容)\s+关联(?:人|方)|"
                           r"^related\s+part(?:y|ies)(?:\s+name)?\s+(?:nature|type|description|category)\b", re.I)),  # (日常关联交易预计: "关联人 关联交易类别 交易内容 …"; "Related party Nature of transaction 2024 (€m)")
    # "Counterparty Relationship Campus Key terms": each row says what the company is to the filer ("Tenant", "Supplier")
    # ("Counterparty Nature of transactions 2024" over "Delfland Logistics N.V. Customer: logistics staffing … EUR 96.1 million")
    ("counterparty", re.compile(r"^(?:significant\s+|major\s+|key\s+)?(?:counterpart(?:y|ies)|company|name)\s+(?:(?:country|location|jurisdiction)\s+)?"
                                r"(?:relationship|role|type|nature\s+of\s+(?:the\s+)?(?:transactions?|relationship))\b|"
                                r"^(?:交易对方|对方名称|单位名称)\s*(?:关系|类型|角色)", re.I)),
]
# What a counterparty is to the filer, in a counterparty table's row: the filer sells to a tenant, buys from a supplier.
_COUNTERPARTY_ROW = re.compile(r"\s*(?:\d+\s+)?(?P<name>\S.{1,80}?)\s+(?P<role>(?:[Tt]enant|[Cc]ustomer|[Ll]essee|[Cc]lient|[Ss]upplier|[Vv]endor|"
                               r"[Ll]andlord|[Ll]essor|[Cc]ontractor|[Ll]ender|[Cc]reditor)s?|客户|承租方|供应商|出租方|贷款方|贷款银行)(?::|\s|$)")
_COUNTERPARTY_ROLES = [
    (re.compile(r"tenants?|customers?|lessees?|clients?|客户|承租方", re.I), "customer"),
    (re.compile(r"suppliers?|vendors?|landlords?|lessors?|contractors?|供应商|出租方", re.I), "supplier"),
    (re.compile(r"lenders?|creditors?|贷款方|贷款银行", re.I), "lender"),
]
# What a contract row or a related-party row is: we buy (they supply us) or we sell (we supply them).
_WE_BUY = re.compile(r"采购|购买|购入|购进|承租|租入|接受劳务|接受服务|purchase|procure|lease from", re.I)
_WE_SELL = re.compile(r"销售|出售|提供劳务|提供服务|服务|托管|出租|租赁|供应|供货|sale|supply|services?\b", re.I)
# Words after a company's name that name one of its units: 'Tessellane Ventures', 'Halvorsen Financial Services'
_ZH_DESCRIBED = re.compile(r"^(?:一家|一间|一間|于|於)|(?:注册)?成立之?$|注冊成立之?$"
                           r"|^(?:重整|破产|清算|法院|所有信息)|裁定|受理|申报|管理人")  # ("关于法院裁定受理公司重整…", "确定X为公司重整产业投资人": no names)
SAME_AS = "same_as"  # internal: two names of one company, joined when the graph is built
_BRACKETED_NAME = re.compile(rf"\s*[（(]\s*(?:英文名称?[:：]\s*|中文名称?[:：]\s*)?([A-Z][\w&.,'’ -]{{1,60}}?|[{CJK}]{{2,20}})\s*(?:[，,；;]|[）)])")
_NOT_A_NAME = re.compile(r"[:：]|^(?:the|a|an)\s|^(?:作为|作為|担任|擔任|一家|一間)|上市|交易所|註冊|注册|成立|合伙人$|合夥人$|以下简称|下称|简称|代码|股票|暂定名|筹|下同|^[A-Z0-9.]{1,6}$|^(?:NYSE|Nasdaq|HKEX|SSE|SZSE)\b")


def _appositive_owner(placeholder: str, mentions: list[Mention], at: int, end: int | None = None, named: bool = True) -> Mention:
    """The company an appositive's "our" describes: in "⟦Dunmore Devices⟧, ⟦our⟧ largest competitor in merchant accelerators,
    also sources HBM from ⟦b⟧" the one that sources is Dunmore, not the writer."""
    mention = mentions[at]
    start = placeholder.find(f"⟦{at}⟧")
    before = re.search(r"⟦(\d+)⟧,\s*$", placeholder[:start])
    # (or "⟦Fjordlys Gjenvinning⟧, ⟦the Group⟧'s scrap-sourcing subsidiary, acquired …": the unit did)
    if before and (mention.written.lower() in {"our", "its", "their"} and re.match(r"⟦\d+⟧\s+(?:[\w-]+\s+){1,8}?[\w-]+,\s", placeholder[start:])
                   or mention.written.lower() in {"the group", "the company"} and re.match(r"⟦\d+⟧(?:'s|’s)\s+(?:[\w-]+\s+){0,7}?[\w-]+,\s", placeholder[start:])
                   or re.match(r"⟦\d+⟧(?:'s|’s)\s+(?:[\w-]+\s+){0,6}?(?:rival|competitor|peer|customer|supplier|partner|neighbou?r)s?,\s", placeholder[start:])):
        return mentions[int(before.group(1))]  # (or "⟦Fernhollow Cloud⟧, ⟦Quillmark⟧’s closest rival, took … borrowing … from ⟦b⟧")
    head = re.search(r"⟦(\d+)⟧(?:\s*\([^()]{0,40}\))?,\s+(?:(?:the|a|an)\s+[^,;⟦]{0,60}?\b(?:that|which|by|of)|⟦\d+⟧\s+[^,;⟦]{0,40}?\b(?:in|of|at|for))\s+$",
                     placeholder[:start])  # ("⟦TIA⟧, ⟦our⟧ joint venture partner in ⟦Ridgeline⟧, also held 6.0% of …": TIA did)
    closed = re.match(r"⟦\d+⟧(?:\s+[^,;⟦]{0,80})?,\s", placeholder[start:])
    if head and closed and start + closed.end() <= (len(placeholder) if end is None else end):  # (a match that goes on past the aside)
        return mentions[int(head.group(1))]  # "⟦X⟧, the vehicle that ⟦Corvantis⟧ set up to own its fleet, placed an order": X did
    return _owned_named(placeholder, mentions, at) if named else mention


def _owned_named(placeholder: str, mentions: list[Mention], at: int) -> Mention:
    """The company an "our" or "its" names right after it: "buys robotic synthesis cells from ⟦our⟧ portfolio company ⟦Keelstone
    Robotics⟧" (Keelstone sells, not the writer)."""
    start = placeholder.find(f"⟦{at}⟧")
    named = re.match(r"⟦\d+⟧\s+(?:portfolio\s+company|subsidiary|affiliate|unit|sister\s+company)\s+⟦(\d+)⟧", placeholder[start:]) \
        if mentions[at].written.lower() in {"our", "its", "their"} else None
    return mentions[int(named.group(1))] if named else mentions[at]


# an aside that names a unit's parent, up to the parent's placeholder: "⟦0⟧, the AI arm of mattress maker " (before ⟦1⟧), "…, a
# wholly owned subsidiary of the ", "…, the US arm of Taiwan's "
_UNIT_ASIDE_BEFORE = re.compile(r"⟦(\d+)⟧(?:\s*\([^()]{0,40}\))?,\s+(?:a|an|the|its|our)\s+[^⟦;.]{0,60}?\b(?:subsidiary|unit|affiliate|vehicle|arm|division)\s+of\s+"
                                r"(?:the\s+)?(?:[A-Z][a-z]+(?:'s|’s)\s+)?(?:[a-z][\w-]*\s+){0,3}$")


def _appositive_unit(placeholder: str, spans: list[tuple[int, int, int, int]], at: int) -> int:
    """The unit an aside between commas names a parent for: in '⟦0⟧, the AI arm of mattress maker ⟦1⟧, acquired ⟦2⟧' the one
    that acquires is 0, not the parent 1."""
    unit = _UNIT_ASIDE_BEFORE.search(placeholder[:spans[at][0]])
    return int(unit.group(1)) if unit and re.match(r"(?:\s*\([^()]{0,40}\))?,", placeholder[spans[at][1]:]) else at


def _described_unit(placeholder: str, spans: list[tuple[int, int, int, int]], at: int) -> int:
    """The company an appositive ends on: in '⟦0⟧ (“Fleet Funding”), a wholly owned special-purpose subsidiary of ⟦1⟧, entered
    into' the actor is 0, not the parent 1 (nor the defined term in brackets); in '⟦0⟧ and its subsidiary, ⟦2⟧, as guarantor,
    entered into' it is 0, not the guarantor."""
    while at > 0:
        before = placeholder[:spans[at][0]]
        # (the parent may be described: "⟦0⟧, the AI arm of mattress maker ⟦1⟧, acquired ⟦2⟧", "…, the US arm of Taiwan's ⟦1⟧, …")
        unit = _UNIT_ASIDE_BEFORE.search(before)
        if unit:
            at = int(unit.group(1))
        elif re.search(r"(?:subsidiar(?:y|ies)|unit|affiliate|division|arm|parent)\s+of\s+(?:the\s+)?$|[（(“\"]\s*$", before):
            at -= 1
        else:
            break
    borrower = re.search(r"⟦(\d+)⟧\s+and\s+(?:⟦\d+⟧\s+)?[^⟦;.]{0,40}?,?\s*$", placeholder[:spans[at][0]])
    if borrower and re.match(r"(?:\s*\([^()]{0,40}\))?(?:,\s+(?:a|an)\s+[^⟦;.]{0,60}?(?:⟦\d+⟧)?)?,?\s+as\s+(?:a\s+|the\s+)?(?:subsidiary\s+)?(?:guarantors?|co-borrowers|borrowers)\b",
                             placeholder[spans[at][1]:]):
        # "the Company and its wholly owned subsidiary, X, as guarantor, entered into a Credit Agreement": the Company borrows (and of
        # "the Company and X, a wholly owned subsidiary of the Company, as borrowers", the Company is named first)
        at = int(borrower.group(1))
    return at


def _parallel_objects(placeholder: str, first: tuple[int, ...], second: tuple[int, ...]) -> bool:
    """Two companies each the object of the same preposition ("… with ⟦a⟧, and …, co-marketed with ⟦b⟧", "licensed from ⟦a⟧, …
    licensed from ⟦b⟧ and ⟦c⟧", "the investment in ⟦a⟧ and the investment in ⟦b⟧"): parallel parties of the sentence's subject,
    not parties to each other. ``first`` and
    ``second`` are the placeholder spans (start, end, …) of the earlier and the later one."""
    lead = re.search(r"\b([\w-]+)\s+(with|from|in)\s+(?:the\s+)?$", placeholder[:first[0]], re.I)
    if lead is None:
        return False
    # ("in" only after the same word: "the equity investment in ⟦a⟧ … the equity investment in ⟦b⟧", not "a stake in ⟦a⟧, which holds a stake in ⟦b⟧")
    word = re.escape(lead.group(1)) + r"\s+" if lead.group(2).lower() == "in" else ""
    return re.search(rf"\b{word}{lead.group(2)}\s+(?:the\s+)?(?:⟦\d+⟧(?:,\s*|,?\s+and\s+))*$", placeholder[first[1]:second[0]], re.I) is not None \
        and not (word and re.search(r"\b(?:which|that|who|whose)\b", placeholder[first[1]:second[0]]))


def _with_placeholders(sentence: str, mentions: list[Mention]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """The sentence with each mention replaced by ⟦i⟧, and (new start, new end, old start, old end) per mention."""
    out = []
    spans = []
    cursor = 0
    length = 0
    for i, m in enumerate(mentions):
        # spaces between Chinese and a name written in Latin letters go with the name: "公司与 Kelvinor Corp. 签署" reads "公司与⟦1⟧签署"
        before = sentence[cursor:m.start]
        lead = len(before) - len(before.rstrip(" \t")) if re.search(rf"[{CJK}，。；：、（）“”]\s+$", before) else 0
        following = sentence[m.end:mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)]
        trail = len(following) - len(following.lstrip(" \t")) if m.end > m.start and re.match(rf"\s+[{CJK}，。；：、（）“”]", following) else 0
        out.append(before[:len(before) - lead])
        length += len(before) - lead
        token = f"⟦{i}⟧" + (" " if m.start == m.end == 0 else "")  # an implied subject: "⟦0⟧ Completed the acquisition of …"
        spans.append((length, length + len(token), m.start - lead, m.end + trail))
        out.append(token)
        length += len(token)
        cursor = m.end + trail
    out.append(sentence[cursor:])
    return "".join(out), spans


# where a match's trailing amount can no longer be: a sentence's end, or a new clause with its own subject ("… capacity from X, and the
# company closed a $15 million facility with Y": the $15 million is the facility's)
_NEXT_CLAUSE = r"[;；。]|,\s+(?:and|but|while|whereas)\s+(?:the\s+company|we|it|they|he|she)\s+(?:also\s+)?[a-z]+(?:ed|s)\b"


def _original_window(sentence: str, spans: list[tuple[int, int, int, int]], start: int, end: int, stop: str = r"[;；。]",
                     tail: bool = True) -> str:
    """The part of the original sentence a placeholder match covers, plus what follows it up to ``stop`` (amounts often trail)."""
    def to_original(position: int) -> int:
        shift = 0
        for new_start, new_end, old_start, old_end in spans:
            if position >= new_end:
                shift = old_end - new_end
            elif position >= new_start:
                return old_start
        return position + shift

    head = sentence[to_original(start): to_original(end)]
    cut = to_original(end) + 80
    after = sentence[to_original(end): cut] if tail else ""
    if tail and re.search(r"[$€£¥\d]\s?[a-z]*$", after):  # a figure the cut would split ("…, for $2" of "$285 million", "$38 mi" of "$38 million")
        word = re.match(r"[\d.,]*[a-z]*", sentence[cut:])
        after += word.group(0) if word else ""
        unit = re.match(r"(?:\s?(?:billion|million|thousand|trillion|bn|mn|m)\b|亿元|万元|亿|万|元)", sentence[cut + (word.end() if word else 0):])
        after += unit.group(0) if unit and re.search(r"[$€£¥\d]\s?$", after) else ""
    return head + re.split(stop, after, maxsplit=1)[0]
