"""Links the sentence patterns miss: a relation word between two companies, and who does what.

Prose states links in more ways than patterns can list ("SoftBank led the round with a $2.5 billion
commitment", "Meridian is still our largest customer", "星河智算已与华岳半导体签署协议，未来两年内向后者采购").
This reads a sentence with placeholders for its companies (⟦0⟧, ⟦1⟧...) and, for two companies
with nothing but a list between them and a clause in between that carries one relation word:

- a verb gives the relation and the role of the company that acts: "rent", "采购" (the buyer acts),
  "supply", "代工" (the seller acts), "invest", "led the round" (the investor acts), "raise" (the
  company raising money acts), "borrow", "secured a facility" (the borrower acts), "lend" ...;
- the company that acts is the one before the verb, unless the verb is passive or the other company
  follows "by" or Chinese 由 ("supplied by X", "由富士康代工");
- a role noun names the role of the company it belongs to: "X's largest customer", "our supplier Y",
  "X的子公司Y";
- a sentence that compares companies ("unlike", "compared with", "竞争") or reports who said what
  gives no link between the companies on either side.

Only the first relation word between the two companies counts, so a long sentence cannot chain
companies across clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

IC = re.IGNORECASE


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    relation: str
    actor: int  # the role of the company that acts: 0 the source ("A supplies B": A), 1 the target


def _cues(spec: list[tuple[str, str, int]]) -> list[Cue]:
    return [Cue(re.compile(text, IC), relation, actor) for text, relation, actor in spec]


W = r"(?:[^\s⟦.;!?]+\s+)"  # one word, for "led the $2.5 billion round"
PRODUCTS = (r"(?:compute|capacity|cloud|GPUs?|chips?|servers?|infrastructure|wafers?|memory|HBM\w*|racks?|systems?|"
            r"power|colocation|accelerators?|clusters?|data cent(?:er|re)s?|campus|megawatts?|MW|instances?)")
LOANS = r"(?:loans?|facilit(?:y|ies)|credit|financing|(?<=pre-export\s)finance|(?<=trade\s)finance|(?<=project\s)finance|debt|revolv\w+|notes?|bonds?|borrowings?)"

VERBS = _cues([
    # lending
    (rf"\b(?:lend(?:s|ing)?|lent|loaned|(?<![\d$€£mn]\s)(?<!\ba\s)(?<!\ban\s)loans?(?=\s*$)|underwr\w+|arrang(?:e|es|ed|ing)\s+{W}{{0,6}}?{LOANS})\b", "lends_to", 0),
    (rf"\b(?:provid\w*|extend\w*|commit\w*|advanc\w*)\s+[^⟦;]{{0,70}}?\b{LOANS}\b", "lends_to", 0),
    # "Our largest position remains the $2.4 billion GPU-backed term loan to ⟦b⟧" (but not "repaid the loan to ⟦b⟧")
    (r"^(?![^⟦;]*\b(?:repa\w+|prepa\w+|owe\w*|borrow\w*)\b)[^⟦;]*\b(?:loans?|facility|financing)\s+to\s*$", "lends_to", 0),
    (r"\bas\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:agent(?:,\s+(?:[\w-]+\s+)?agent)*,?\s+and\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?)?(?:lenders?|arrangers?|creditors?)\b", "lends_to", 0),  # an agent alone is no lender (nor a bookrunner)
    (rf"\b(?:borrow(?:s|ed|ings?)?|drew|draws?|(?:credit|loan|facility|financing)\s+agreements?\s+with|(?:secur|obtain|clos|sign|refinanc|upsiz|amend|took|tak(?:e|es|ing)\b)\w*\s+[^⟦;]{{0,80}}?\b{LOANS}|"
     rf"(?:entered|enters|entering)\s+into\s+[^⟦;]{{0,80}}?\b{LOANS})\b", "lends_to", 1),
    # stakes (not "⟦a⟧, a company held through a vehicle, was marked up 22%": a valuation moved)
    (r"\b(?:holds?|held|holding|owns?|owned|owning|retain\w*|ha(?:s|ve|d)\s+(?:a|an))\s+[^⟦;]{0,50}?"
     r"(?:(?<!marked\sup\s)(?<!marked\sdown\s)(?<!written\sup\s)(?<!written\sdown\s)\d[\d.]*\s?(?:%|percent)|stake|(?<!security\s)(?<!security-)interest|shares|equity|ownership|warrants?)", "owns_stake_in", 0),
    (r"\b(?:took|takes?|taking|acquir\w+|bought|buys?|buying|purchas\w+)\s+(?:a|an)\s+[^⟦;]{0,30}?\b(?:stake|interest|position|shares)\b|"
     r"\bpaid\s+[^⟦;]{0,40}?\bfor\s+(?:a|an)\s+[^⟦;]{0,20}?\b(?:stake|interest)\s+in\b", "owns_stake_in", 0),
    # "the Company sold 11.8 million shares of ⟦b⟧": the seller of another company's shares held them
    (r"\b(?:sold|sells?|selling|divest\w*|dispos\w+\s+of)\s+[^⟦;]{0,40}?\b(?:shares|stock|stake|interest|ownership\s+interest)\s+(?:of|in)\s*$",
     "owns_stake_in", 0),
    # acquisitions
    (r"\b(?:acquir(?:e|es|ed|ing)|acquisition\s+of|takeover\s+of|took\s+over|take\s+over|merg(?:e|es|ed|ing)\s+with|"
     r"(?:agreed|agrees|plans|to|will|would)\s+(?:to\s+)?buy|purchase\s+of\s+all|"
     # "TSRS closed the $62 million purchase of ⟦b⟧": a purchase closed is of the company
     r"(?:clos|complet)\w*\s+(?:the|its|a)\s+[^⟦;]{0,40}?\bpurchase\s+of(?=\s*$))\b", "acquires", 0),
    # investments: the investor acts, or the company raising money acts (not "compensation for investment banking services": a broker's fee;
    # nor "acquire all 48,000 issued shares of ⟦b⟧": shares already issued, bought)
    (r"\b(?:invest(?:s|ed|ing|ment|ments)?(?!\w)(?!\s+bank)|(?:led|co-led|leads|leading|anchored|joined|participated\s+in|took\s+part\s+in)\s+"
     rf"{W}{{0,6}}?(?:round|raise|financing|funding|offering|investment|Series\s+[A-H]\b|seed)|(?:putting|puts?|pour\w*|inject\w*)\s+[^⟦;]{{0,40}}?\binto|"
     r"(?<!-)backs|(?<!-)backed|(?<!-)backing|subscrib\w+\s+(?:for|to)|"
     # "subscribed R$ 412.0 million in the capital increase of ⟦b⟧"
     rf"subscrib\w+\s+[^⟦;]{{0,40}}?\bin\s+(?:the|a|its)\s+{W}{{0,2}}?(?:capital\s+increase|rights\s+issue|share\s+issue|placement|round)\s+(?:of|by))\b", "invests_in", 0),
    (r"\b(?:rais(?:e|es|ed|ing)|(?:clos|secur|complet|announc)\w*\s+[^⟦;]{0,60}?\b(?:round|funding|investment(?![^⟦;]{0,40}?\bin(?:to)?\s)|equity|capital\s+raise)|"
     r"receiv\w*\s+[^⟦;]{0,40}?\b(?:investment(?!\s+banking)|funding|capital)|(?:sold|sells?|(?<!newly\s)(?<!newly-)(?<!\d\s)(?<!\ball\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bof\s)issu\w+)\s+[^⟦;]{0,40}?\b(?:shares|stock|equity|preferred|warrants?))\b",
     "invests_in", 1),
    # supply: the seller acts, or the buyer acts
    (rf"\b(?:suppl(?:y|ies|ied|ying)|sells?|selling|sold|ships?|shipped|shipping|deliver(?:s|ed|ing)?|manufactur(?:e|es|ed|ing)|"
     rf"fabricat\w+|assembl(?:e|es|ed|ing)|(?<!co-)packag(?:es|ed|ing)|build(?:s|ing)?\s+and\s+operat\w+|host(?:s|ed|ing)?|"
     rf"(?:began|begins|begin|started|starts|start|performs?|performed|handles?|handled)\s+(?:[\w-]+\s+){{0,4}}?(?:integration|assembly|final\s+test|testing|production|manufacturing|packaging)\b[^⟦;]{{0,30}}?\bfor(?=\s*$)|"
     rf"(?:provid|offer)\w*\s+(?:\w+\s+){{0,4}}?{PRODUCTS}|performed|(?:leas(?:e|es|ed|ing)|rent(?:s|ed|ing)?|subleas\w+|sublet\w*|licen[cs](?:e|es|ed|ing)|sub-?licen[cs](?:e|es|ed|ing))\s+(?!from\b)[^⟦;]{{0,80}}?\bto(?=\s*$)|"
     rf"(?:builds?|built|building|makes?|made|making|assembles?|assembled|develop(?:s|ed|ing)?)\s+(?:the\s+|its\s+|all\s+(?:of\s+)?the\s+|most\s+of\s+the\s+)?(?:[\w-]+\s+){{0,3}}?"
     rf"(?:boards?|servers?|racks?|chips?|systems?|modules?|accelerators?|GPUs?|clusters?|halls?|substations?|transformers?|switches|cables?|parts|components|"
     rf"campus(?:es)?|data\s+cent(?:er|re)s?|facilit(?:y|ies)|sites?)\s+(?:for|to)(?=\s*$)|"
     rf"reserv(?:es|ed|ing)\s+(?:\S+\s+){{0,6}}?{PRODUCTS}[^⟦;]{{0,40}}?\bfor(?=\s*$)|(?<=^\s)operat(?:es|ed)\s+for(?=\s*$))\b", "supplies", 0),
    # (not the noun: "to run monthly valuations and rent recommendations on its portfolio", "piloting lease abstraction with X")
    (rf"\b(?:rent(?:s|ed|ing)?(?!\s+(?:recommendations?|rolls?|growth|levels?|increases?|payments?|prices?|setting|income|collections?|reviews?|controls?|arrears)\b)|"
     rf"leas(?:e|es|ed|ing)(?!\s+(?:abstraction|renewals?|data|terms?|expirations?|expiries|administration|accounting|documents?|negotiations?|liabilit(?:y|ies)|"
     rf"obligations?|income|revenues?|payments?|portfolio)\b)|purchas(?:e|es|ed|ing)|buy(?:s|ing)?(?!\s+(?:ratings?|recommendations?|calls?)\b)(?<!\bwith\s(?-i:Buy))(?<!\brated\s(?-i:Buy))|bought|order(?:s|ed|ing)?(?!-|\s+(?:intake|backlog|flow|volumes?|value|growth)\b)|procur\w+|"
     rf"sourc(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|(?:took|take|takes|taking)\s+delivery\s+of|trained\s+on|(?<=\swhich\s)(?:now\s+|also\s+)?(?:uses|is\s+using|are\s+using)(?=\s*$)|(?<=^\s)(?:now\s+|also\s+)?(?:uses|has\s+fine-tuned)(?:\s+(?:fine-tuned|licensed|hosted))?(?=\s*$)|licen[cs](?:e|es|ed|ing)\s+[^⟦;]{{0,80}}?\b(?:from|(?<=\bsets\s)of|(?<=\bmodels\s)of|(?<=\bdata\s)of|(?<=\bsoftware\s)of)(?=\s*$)|commission(?:s|ed|ing)?\s+[^⟦;]{{0,80}}?\bfrom(?=\s*$)|(?<=\bthe\s)(?:rollout|roll-out)\s+of(?=\s*$)|"
     rf"(?:sign|enter|struck|strike|agree)\w*\s+[^⟦;]{{0,60}}?\b(?:agreement|contract|deal|commitment|order)\s+(?:for|to\s+(?:rent|lease|buy|purchase|use|reserve))\s+(?:\S+\s+){{0,4}}?{PRODUCTS}|runs?\s+on|c(?:a|o)me\s+out\s+of|comes\s+out\s+of|(?:taken|took|takes?|reserv\w*|contracted|(?<!\bcustomer\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bour\s)(?<!\btheir\s)(?<!\bsupply\s)(?<!\bservice\s)contracts?|signed\s+for)\s+"
     rf"(?:\S+\s+){{0,6}}?{PRODUCTS}(?![^⟦;]{{0,40}}?\bfor\s*$)|(?:is|are|was|were)\s+(?:a\s+)?(?:\w+\s+)?customers?\s+of|standardi[sz]\w*\s+on|"
     rf"runs?\s+(?:its|their|our|the|most\s+of\s+its)\s+(?:[\w-]+\s+){{0,3}}?on|trains?\s+(?:\w+ly\s+)?on|trained\s+\w+ly\s+on|(?:trains?|trained|training|runs?|ran|running|serves?|served|hosts?|hosted)\s+"
     rf"(?:its|their|our|the|all|most\s+of\s+(?:its|their|our))\s+(?:[\w-]+\s+){{0,3}}?(?:models?|workloads?|inference|training\s+runs?|jobs|chatbots?|assistants?)\s+(?:\w+ly\s+)?(?:on|in)(?=\s*$))\b", "supplies", 1),
    # "X cedes 45% of its property premiums to Y under a quota-share treaty": the reinsurer sells cover
    (r"\b(?:cede|cedes|ceded|ceding)\s+[^⟦;]{0,60}?\b(?:premiums?|risks?|business|exposures?|losses)\s+to\s*$", "supplies", 1),
    # "we send bumping and flip-chip work for our Wuxi lines to X": the one who sends out the work buys it
    (r"\b(?:send|sends|sent|sending|outsourc\w+|subcontract\w*|contract\w*\s+out|farm\w*\s+out)\s+[^⟦;]{0,60}?"
     r"\b(?:work|orders?|production|assembly|packaging|testing|manufacturing|fabrication|volumes?)\b[^⟦;]{0,40}?\bto\s*$", "supplies", 1),
    (r"\b(?:mov|migrat|shift|port|transition)\w*\s+[^⟦;]{0,80}?\b(?:workloads?|training|inference|jobs|models?|applications?|compute|generation|processing|simulations?|modell?ing|rendering|hosting)\s+"
     r"(?:onto|to|into)\b", "supplies", 1),
    # "we are now the Bermuda and London placing broker for ⟦b⟧": the one that serves as another's broker or supplier sells to it
    (r"\b(?:is|are|was|were|became|becomes|remains?|serves?\s+as|acts?\s+as)\s+(?:now\s+|still\s+)?(?:the|a|an|its|their|our)\s+(?:[\w-]+\s+){0,5}?"
     r"(?:broker|supplier|provider|vendor|contractor|distributor|reseller|integrator|manufacturer)\s+(?:for|to)(?=\s*$)", "supplies", 0),
    # partners and parents
    (r"\b(?:partner(?:s|ed|ing|ship|ships)?|collaborat\w+|co-develop\w*|co-design\w*|co-engineer\w*|jointly(?!\s+by\b)|alliance|joint\s+venture|"
     r"joint\s+(?:development|engineering|research)|joint\s+(?:[\w-]+\s+){0,3}?(?:programme|program|project|pilot|study|trial)|development\s+agreement|"
     r"team(?:s|ed)?\s+up|teaming\s+up|work(?:s|ed|ing)?\s+(?:closely\s+)?(?:with|alongside)|(?:our|its|their)\s+work\s+with|"
     r"(?:signed|signs|entered\s+into|agreed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:memorandum(?:\s+of\s+understanding)?|MOU|framework)\s+with(?=\s*$))\b", "partners_with", 0),
    # "… is produced under a multi-year contract manufacturing agreement with ⟦b⟧": ⟦b⟧ is the contract manufacturer
    (r"\b(?:contract\s+manufactur\w+|toll\s+manufactur\w+|OEM|ODM|tolling|foundry|packaging|assembly)\s+(?:and\s+\w+\s+)?(?:agreement|contract|arrangement|deal)\s+with(?=\s*$)", "supplies", 1),
    # "We won eleven new vessels during the quarter, including four LNG carriers for ⟦b⟧": orders won are sold to whom they are for
    (r"\b(?:won|secured|booked|landed)\s+(?:[^⟦;]{0,100}?\s)?(?:orders?|contracts?|vessels|ships|carriers|units|mandates?|placements?|accounts?|tenders?|projects?)\b[^⟦;]{0,60}?\bfor(?=\s*$)", "supplies", 0),
    # "X has four of its jack-ups working for Y", "X's crews completed 14 surveys for Y", "most of X's backlog comes from contracts with Y":
    # the one whose rigs, crews or work serve the other sells to it
    (r"\b(?:(?:jack-ups?|rigs?|vessels?|ships?|crews?|fleet|teams?|staff|engineers?|trucks?|aircraft|robots?|cranes?|drones?|machines?)\s+(?:are\s+|is\s+|now\s+)?(?:working|work|works|deployed|operating)\s+for|"
     r"(?:completed|performed|carried\s+out|delivered|ran)\s+[^⟦;]{0,60}?\b(?:surveys?|projects?|work|jobs|installations?|campaigns?|wells?|inspections?)\s+for|"
     r"(?:backlog|revenues?|sales|income)\b[^⟦;]{0,80}?\b(?:comes?|came|derived|generated)\s+from\s+[^⟦;]{0,40}?\b(?:with|from)|"
     # "we signed a licence under which ⟦b⟧ gets access to 140 of our lines": the licensor sells the licence
     r"(?:sign|grant|award|enter|conclud)\w*\s+(?:into\s+)?[^⟦;]{0,40}?\blicen[cs]e(?:\s+agreement)?\s+(?:under\s+which|that\s+gives|giving|granting)|"
     # "X signed a three-year agreement to run catastrophe modelling for Y", "the retrofit contract X won from Y", "X provides import
     # logistics, customs clearance and warehousing for our projects"
     r"(?:agreement|contract|deal|mandate)\s+to\s+(?:run|provide|supply|deliver|operate|build|manage|perform|maintain|host)\s+[^⟦;]{0,80}?\bfor|"
     r"(?:won|secured|was\s+awarded)\s+from|"
     r"provid(?:e|es|ed|ing)\s+(?!no\b|any\b|neither\b)[^⟦;]{0,80}?\b(?:services?|logistics|support|maintenance|warehousing|clearance|modell?ing|engineering|consulting|analytics|surveys?)\b[^⟦;]{0,40}?\b(?:for|to))(?=\s*$)", "supplies", 0),
    # "Our phenotyping cameras in the trial greenhouses now come from ⟦b⟧": what the buyer uses comes from the seller (not revenue that comes from one)
    (r"\b(?:cameras?|chips?|components?|parts|boards?|sensors?|screens?|panels?|equipment|hardware|seeds?|feed|materials?|GPUs?|servers?|modules?|"
     r"batteries|cells|engines?|machines?|robots?|drones?|devices?)\b[^⟦;]{0,60}?\b(?:now\s+|all\s+|also\s+|mostly\s+|mainly\s+)?(?:comes?|came)\s+from(?=\s*$)", "supplies", 1),
    # "About 70% of ⟦a⟧ packaging film comes from ⟦b⟧": whatever else one uses that comes from another, bought from it (not revenue or money,
    # nor a person who came from another company)
    (r"^(?![^⟦;]*\b(?:revenues?|sales|growth|income|orders|demand|business|profits?|bookings|earnings|backlog|EBITDA|cash|funding|capital|money|financing|"
     r"proceeds|loans?|dividends?|ceo|cfo|chief|executive|officer|director|chair(?:man|woman)?|founder|president|team|staff|hires?|talent|people|customers?|clients?|"
     r"offers?|bids?|proposals?|requests?|ideas?|pressure|complaints?|interest|approach|letters?|calls?|news|announcements?|competition|threat|risks?|claims?|"
     r"questions?|answers?|comments?|remarks|follow-ups?|line)\b)"  # ("Our first question comes from ⟦Priya Raman⟧ with …": an analyst on a call)
     r"[^⟦;]{0,60}?\b(?:now\s+|all\s+|also\s+|mostly\s+|mainly\s+|largely\s+)?(?:comes?|came)\s+from(?=\s*$)", "supplies", 1),
    # "X time-chartered the support vessel Haiyang Xinghe from Y": the charterer hires the vessel
    (r"\b(?:(?:time|bareboat|voyage)-)?charter(?:s|ed|ing)?\s+[^⟦;]{0,80}?\bfrom(?=\s*$)", "supplies", 1),
    # "Haesong Heavy Industries will build four LNG carriers for us": the builder sells what it builds
    (r"\b(?:build|builds|built|building|construct|constructs|constructed|constructing|produce|produces|produced|producing)\s+[^⟦;]{0,60}?\bfor(?=\s*$)", "supplies", 0),
    # Chinese: the actor is the company before the verb; 向/从 mark the counterpart, 由 the actor
    (r"(?:贷款|借款|授信|银团|信贷)", "lends_to", 0),
    (r"(?:持有|持股)(?![^⟦，。；]{0,4}?[的之](?:全资)?子公司)|拥有[^⟦，。；]{0,20}?(?:%|股份|股权|股本)", "owns_stake_in", 0),  # not "百分之百持股的子公司"
    (r"(?:收购|并购|买下)", "acquires", 0),
    (r"(?:投资(?!顾问|咨询)|注资|增资|认购|认缴|入股|参股|领投|跟投|参投|出资)", "invests_in", 0),
    (r"(?:配售|定向增发|(?<!贷款)(?<!借款)(?<!授信)(?<!银行)(?<!债务)融资)", "invests_in", 1),  # ("定期贷款融资" is a loan)
    (r"(?:供应(?!商)|供货|代工(?!厂)|交付|出售|销售|提供|销往|出货|卖给|售予|组装(?!厂)|(?<!共)封装(?!厂)|封测(?!厂))(?![^⟦，。；]{0,30}(?:贷款|借款|授信|担保|保证|融资|资金))", "supplies", 0),
    (r"(?:出租|租赁予|租赁给|租予|租给)", "supplies", 0),  # "华翼租赁已将其中24架窄体飞机租赁予西岭航空": the lessor leases out
    (r"(?:采购|购买|订购|租用|租赁(?!予|给)|使用)", "supplies", 1),
    (r"(?:合作|携手|联合开发|共同开发|战略伙伴|联盟|合资|共建|联合实验室)", "partners_with", 0),
])
# Role nouns: "X's largest customer", "our supplier Y", "X的子公司Y". role: the role of the company the noun names.
NOUNS = [
    (re.compile(r"\b(?:customers?|clients?|tenants?|offtakers?|buyers?|purchasers?|licensees?|lessees?|advertisers?)\b|客户", IC), "supplies", 1),
    (re.compile(r"\b(?:suppliers?|vendors?|foundry|foundries|manufacturers?|contract\s+manufacturers?|providers?|lessors?|landlords?|licensors?|integrators?|ODMs?|(?:freight\s+)?forwarders?)\b|供应商|代工厂|出租方",
                IC), "supplies", 0),
    (re.compile(r"\b(?:lenders?|creditors?)\b|贷款方|贷款人", IC), "lends_to", 0),
    (re.compile(r"\b(?:borrowers?|debtors?)\b|借款人|借款方", IC), "lends_to", 1),
    (re.compile(r"\b(?:shareholders?|stockholders?)\b|股东", IC), "owns_stake_in", 0),
    (re.compile(r"\b(?:investors?|backers?|limited\s+partners?|LPs?)\b|投资方|投资人|有限合伙人", IC), "invests_in", 0),
    # a fund's letter: "Kelvinor Semiconductor remains our largest long", "our top holdings include X"
    (re.compile(r"\b(?-i:longs?|(?:equity\s+)?holdings?|positions?)\b", IC), "owns_stake_in", 1),  # (not the "Holding" of a name)
    (re.compile(r"\b(?:subsidiar(?:y|ies)|unit|division|arm|(?:borrowing|financing|funding|special[- ]purpose|securiti[sz]ation)\s+(?:vehicle|entity)|SPV)\b|子公司", IC),
     "subsidiary_of", 0),
    (re.compile(r"\bparent\b|母公司|控股股东", IC), "subsidiary_of", 1),
    (re.compile(r"\b(?:partners?)\b|合作伙伴", IC), "partners_with", 0),
]
# Between two companies, these words mean the sentence compares or attributes rather than links.
BLOCKERS = re.compile(
    r"\b(?:unlike|compared|comparison|comparable|versus|vs\.?|rivals?|competitors?|compet\w+|peers?|than|alternative|"
    r"according|said|says|told|reported|statement|analysts?|whereas|while|however|also\s+(?:announced|reported)|same\s+terms\s+as|as\s+did|relative\s+to|nothing)\b"
    r"|\b(?:not|no|never|neither|nor|without|declined|denied|behind|ahead of|ranked|ranking|market share|trail(?:s|ed|ing)?|"
    r"outpac\w+|overtook|surpass\w+)\b|n't"
    r"|竞争|对手|相比|并无|并非|无任何|无法|不能|未能|难以|暂无|暂未|尚无|不同于|市值|估值|接近|相近|相当于|类似|高于|低于|不及|落后于|次于|领先于|优于|同业|同行|排名|市场份额|然而|而是|而非|据(?:悉|报道|介绍|了解|称|消息)|表示|报道|声称|宣称|同时(?!(?:也|亦|还)?(?:是|为|系))|此外|并未|尚未|没有|不存在|不会|不再|无意|[未不](?=[向从与对将]|签|采购|投资|提供|持有|购买|参与)", IC)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|will\s+be|to\s+be)\s+(?:now\s+|also\s+|still\s+|already\s+)?(?:\w+ly\s+)?$", IC)
_BY_BEFORE = re.compile(r"\b(?:by|led\s+by|backed\s+by|provided\s+by|arranged\s+by|owned\s+by|held\s+by)\s*(?:the\s+)?$", IC)
_LIST_BEFORE_B = re.compile(r"(?:⟦\d+⟧(?:'s|’s)?\s*(?:,|、|，|\band\b|\bor\b|&|及|和|以及|与)\s*)+$", IC)
_LIST_AFTER_A = re.compile(r"^(?:\s*(?:,|、|，|\band\b|&|及|和|以及|与)\s*⟦\d+⟧)+", IC)
_ZH_COUNTERPART = re.compile(r"(?:向|从|自|对|给|与|和|同|跟|(?<![成作])为)$")  # "⟦a⟧同时为⟦b⟧…组装服务器"
_ZH_AGENT = re.compile(r"(?:由|交由|交给|委托|获得|来源于|来自|被)$")  # "⟦a⟧获得⟦b⟧牵头的银团贷款": ⟦b⟧ lends
_ZH_SIGNED = re.compile(r"[^⟦，。；]{0,20}?(?:签订|签署|签下|订立|达成|合作)")
_ASIDE = re.compile(r"\s*[（(][^（）()]{0,60}[）)]")
# "⟦a⟧, which leases ⟦x⟧ its halls, is a ⟦b⟧ borrower": for what ⟦a⟧ is to ⟦b⟧, the aside about another company says nothing
_WHICH_ASIDE = re.compile(r",\s+which\s+[^,;.]{0,80}⟦\d+⟧[^,;.]{0,80},(?=\s+(?:is|was|are|were|has|remains)\b)")
_PARTNER_IN = re.compile(r"(?<!limited\s)(?<!general\s)(?<!managing\s)\bpartners?\s+in\s+(?:the\s+)?$", IC)  # (a limited partner in a fund holds part of it)
_BARE_NOUN = re.compile(r"lease|rent|order|supply|purchase|sale", IC)
_DETERMINED = re.compile(r"\b(?:the|a|an|this|that|its|our|their|any|each|such)\s+(?:[\w-]+\s+){0,6}$", IC)
# "⟦a⟧, the developer behind the Meridian models, said on Monday it has agreed to acquire ⟦b⟧": a company speaking of itself is the actor
_SAYS_IT = re.compile(r"^(?:\s*,[^⟦,;]{0,120},)?\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|disclosed)\s+(?:(?:late\s+|early\s+)?on\s+[A-Z]\w+\s+|today\s+|yesterday\s+)?"
                      r"(?:that\s+)?it(?=\s)", IC)
_MADE_BY = re.compile(r"\s\w+\s+(?:issued|made|manufactured|produced|built|designed|developed|sponsored|originated|underwritten|written)\s+by\s*(?:the\s+)?$", IC)
_PLACED = re.compile(r"\w+ed\s+(?:in|at|across|inside|within|throughout)\s+(?:the\s+|its\s+|their\s+)?$", IC)
_CLAUSE_ASIDE = re.compile(r"^,\s+(?:(?:in\s+which|which|whose|where)\s+[^,;.]{0,80}⟦\d+⟧[^,;.]{0,80}|(?:⟦\d+⟧|its|our|their)\s+[^,;.⟦]{0,40}?\b(?:in|of|at|for)\s+⟦\d+⟧|(?:a|an|the)\s+[^,;.⟦]{0,40}?\b(?:managed|advised|owned|controlled|sponsored)\s+by\s+⟦\d+⟧),(?=\s+[a-z])")
_CLAUSE_END = re.compile(r"[，;；:：。!?！？—–]|,(?!\d{3})|(?<!\b[A-Z])\.(?!\d|[A-Z]\.)")  # not the point or the comma inside "13.5", "1,200", "U.S."


@dataclass(frozen=True)
class Found:
    a: int  # index of the source company's placeholder
    b: int  # index of the target company's placeholder
    relation: str
    start: int
    end: int


def _mentions(text: str) -> list[tuple[int, int, int]]:
    return [(m.start(), m.end(), int(m.group(1))) for m in re.finditer(r"⟦(\d+)⟧", text)]


def _role_pair(first_role: int, first: int, second: int) -> tuple[int, int]:
    """(source, target) given the role (0 source, 1 target) of ``first``."""
    return (first, second) if first_role == 0 else (second, first)


# (or "fuel cells that ⟦a⟧ owns and operates under a power purchase agreement with ⟦b⟧")
_UNDER_OFFTAKE = re.compile(r"\s*,?\s*(?:(?:owns|operates|runs|builds|maintains)(?:\s+and\s+(?:owns|operates|runs|builds|maintains))?\s+)?under\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:power\s+|energy\s+|capacity\s+)?(?:purchase|offtake|supply)\s+"
                            r"(?:agreement|contract)\s+(?:with|held\s+by)\s+(?:the\s+)?", IC)


def _from_verbs(text: str, a: tuple[int, int, int], b: tuple[int, int, int], between: str) -> Found | None:
    after = re.sub(r"^\s*[（(][^（）()]{0,60}[）)]", "", text[b[1]:b[1] + 100])  # "⟦b⟧（Xinyue Semiconductor）签订…"
    after = _CLAUSE_END.split(after, maxsplit=1)[0]
    if re.search(r"\b(?:information|data|documents?|materials|representations)\s+(?:\w+\s+)?(?:supplied|provided|furnished)\s+(?:to\s+\w+\s+)?by\b", between, IC):
        return None  # "⟦a⟧ relies on information supplied by ⟦b⟧": information, not goods
    if _UNDER_OFFTAKE.fullmatch(between):
        # "supplied by ⟦a⟧ under a 20-year power purchase agreement with ⟦b⟧": the agreement's other party buys what ⟦a⟧ supplies
        return Found(a[2], b[2], "supplies", a[0], b[1])
    if re.match(r"\s+by\s+⟦", text[b[1]:]) and re.search(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?\w+ed\s+to\s*$", between, re.I):
        return None  # "Power for ⟦a⟧ is supplied to ⟦b⟧ by ⟦c⟧": ⟦c⟧ supplies, ⟦a⟧ is only what it is for
    if re.search(r"\b(?:won|wins|secured|secures|landed|lands|booked|bagged)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:order|contract|tender|award)\b", between, IC):
        return None  # "⟦a⟧ subsidiary in Bangkok, won the order for 64 elevators at ⟦b⟧": the winner sells (a pattern says which), not the one before
    hits = [(m.start(), m.end(), cue) for cue in VERBS for m in cue.pattern.finditer(between)]
    if not hits:
        # "⟦a⟧向⟦b⟧采购", "⟦a⟧ and ⟦b⟧ partner on": the verb follows the second company
        # "⟦a⟧已于去年四季度开始向美国芯片设计公司⟦b⟧（…）批量供应": the description before ⟦b⟧ is no part of the clause
        short = re.sub(r"(?<=[向从对给与和同跟由为])[\u4e00-\u9fffA-Za-z]{1,12}?(?<!子公司)(?<!母公司)(?:公司|企业|厂商|运营商|服务商|开发商|制造商|供应商|机构|大厂)$", "",
                       between.strip())
        short = re.sub(r"(?<=[向从对给与和同跟由为])(?:美国|美商|美系|日本|日商|韩国|韩商|台湾|台商|陆系|大陆|中国|德国|欧洲)$", "", short)  # "为美国⟦b⟧代工"
        if len(short) > 8 and not (_ZH_AGENT.search(short) or _ZH_COUNTERPART.search(short)) or BLOCKERS.search(short) or re.search(r"[，,]\s*但", short):
            return None
        for cue in VERBS:
            later = cue.pattern.search(after)
            if later and later.start() <= 25:
                hits.append((later.start(), later.end(), cue))
        if not hits:
            return None
        start, end, cue = min(hits, key=lambda h: h[0])
        if cue.relation == "partners_with":
            return Found(a[2], b[2], cue.relation, a[0], b[1] + end)
        if _ZH_AGENT.search(short):
            if text[max(0, a[0] - 1):a[0]] == "由":
                return None  # "由⟦a⟧负责封装，HBM颗粒则由⟦b⟧供应": both supply a third company; neither the other
            actor = b
        elif _ZH_COUNTERPART.search(short) or not short:
            actor = a
        else:
            return None
        other = a if actor is b else b
        source, target = _role_pair(cue.actor, actor[2], other[2])
        return Found(source, target, cue.relation, a[0], b[1] + end)
    # "⟦a⟧ supplied the switches deployed in ⟦b⟧ clusters": a participle of place describes the goods; the verb before it governs
    described = [h for h in hits if _PLACED.match(between[h[0]:]) and not _PASSIVE.search(between[:h[0]])]
    hits = [h for h in hits if h not in described] or hits
    # "⟦a⟧ shipped its first storage order to ⟦b⟧": a verb's bare form after a determiner is the object of an earlier verb
    hits = [h for h in hits if not (_BARE_NOUN.fullmatch(between[h[0]:h[1]]) and _DETERMINED.search(between[:h[0]])
                                    and any(o[1] <= h[0] for o in hits))]
    # the relation word nearest the second company: the verb that governs "from ⟦b⟧", "to ⟦b⟧", "by ⟦b⟧"
    start, end, cue = max(hits, key=lambda h: (h[1], -h[0]))
    tail = between[end:]
    if BLOCKERS.search(between[:start]) or BLOCKERS.search(tail) or re.search(r"[，；;：:—]|,\s+(?:together\s+with|along\s+with|as\s+well\s+as|plus|but|and\s+(?:by|through|from|with))\b", tail):
        return None  # a comparison, a report of who said it, a new clause or a second item ("…, together with X from ⟦b⟧")
    if cue.relation == "partners_with":
        return Found(a[2], b[2], cue.relation, a[0], b[1])
    passive = bool(_PASSIVE.search(between[:start])) and bool(re.match(r"\w+(?:ed|en|wn|ld|ght|lt|ld|sold|made)\b", between[start:end]))
    # ("supplies power … under a power purchase agreement held by ⟦b⟧": the "by" belongs to the agreement, not the verb)
    # ("⟦a⟧ purchased a convertible note issued by ⟦b⟧": the "by" belongs to what is bought, not to the verb)
    by_agent = (_BY_BEFORE.search(tail) or cue.relation == "supplies" and re.search(r"\bby\s+(?-i:[A-Z][a-z]+)(?:'s|’s)\s+$", tail)) \
        and not re.search(r"\b(?:under|pursuant\s+to|through|via)\b", tail, IC) and not _MADE_BY.search(tail)  # ("supplied by China's ⟦b⟧")
    # ("… runs on a platform supplied by China's ⟦b⟧": the maker's country before its name)
    if cue.relation == "supplies" and re.search(r"\b(?:provided|supplied|operated|hosted|offered|delivered)\s+by\s*(?:the\s+|(?-i:[A-Z][a-z]+)(?:'s|’s)\s+)?$", tail, IC) \
            and not re.search(r"\b(?:under|pursuant\s+to|through|via)\b", tail, IC):
        return Found(b[2], a[2], cue.relation, a[0], b[1])  # "⟦a⟧ training runs on GPU clusters provided by ⟦b⟧": whoever provides them sells
    if by_agent or _ZH_AGENT.search(tail.strip()) or passive and not re.search(r"\b(?:to|from|with)\s*$", tail):
        actor, other = b, a
    else:
        actor, other = a, b
    source, target = _role_pair(cue.actor, actor[2], other[2])
    return Found(source, target, cue.relation, a[0], b[1])


# what the company named next is, written before its name: "Hangzhou-based server maker", "the Taiwanese ODM"
_KIND_BEFORE = (r"(?:[\w-]+-based\s+|[A-Z][a-z]+(?:an|ese|ish|ch)\s+)?(?:[\w-]+\s+){0,2}?(?:maker|manufacturer|designer|developer|operator|provider|"
                r"company|firm|lab|start-?up|group|bank|lender|investor|neocloud|hyperscaler|vendor|integrator|distributor|ODM|OEM)\s+")
_ZH_OWN_UNIT = re.compile(r"(?:全资|控股|下属)(?:子公司|附属公司)\s*$")
ADJ = r"(?:(?:[a-z][\w-]*|\d+%?|[A-Z](?:\.[A-Z])+\.|[A-Z][a-z]+(?:an|ese|ish|ch)|[A-Z][A-Z0-9]{1,5})\s+){0,3}?"  # "largest", "second-largest", "key foundry", "U.S.", "Mexican", "HBM"
ZADJ = r"(?:第.大|最大的?|主要|重要|全资|控股|核心)?(?:服务器|芯片|存储|算力|光模块|封装|晶圆|GPU|设备|材料|电力)?"  # "其服务器供应商"


_ROLE_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:customers?|clients?|suppliers?|vendors?|lenders?|investors?|shareholders?)\b", IC)
_ROLE_BEFORE = re.compile(r"\b(?:customers?|clients?|suppliers?|vendors?|lenders?|investors?|shareholders?)\s+(?:of|to|for)\s+$|"
                          r"\b(?:sells?|sold|ships?|shipped|supplies|supplied|buys?|bought|purchases?|purchased)\b[^⟦.;]{0,40}?\s(?:to|from)\s+$", IC)


_PEOPLE_PARTNERS = re.compile(r"\b(?:directors?|officers?|employees?|executives?|founders?|managers?|trustees?|members\s+of\s+(?:the\s+)?board)\s+(?:are|is|was|were|have\s+been|has\s+been)\s+"
                              r"(?:also\s+)?(?:(?:a|an)\s+)?(?:general\s+|managing\s+|senior\s+)?partners?\s+(?:of|at|in)\s+(?:the\s+)?$", IC)


# an adviser to another's parties: "⟦a⟧ advised the selling shareholders of ⟦b⟧ on the sale process" (no holder, no buyer or seller)
_ADVISED_OTHERS = re.compile(r"\b(?:advised|advises|advising|represented|represents|representing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:shareholders|holders|owners|sellers|buyers|lenders)\s+of\s+$", IC)


def party_of_party(text: str, start: int, end: int) -> bool:
    """Whether the company at text[start:end] stands for another party of its own: "⟦a⟧ is a customer of ⟦our⟧ customer",
    "⟦a⟧ sells to ⟦our⟧ largest customers" (the link is with the unnamed customers, not with us)."""
    return bool(_ROLE_BEFORE.search(text[:start]) and _ROLE_AFTER.match(text[end:]))


def _from_nouns(text: str, a: tuple[int, int, int], b: tuple[int, int, int], between: str) -> Found | None:
    """'⟦a⟧ is our largest customer', '⟦a⟧'s largest supplier, ⟦b⟧', '⟦a⟧的全资子公司⟦b⟧', 'a subsidiary of ⟦b⟧'."""
    after = _CLAUSE_END.split(text[b[1]:b[1] + 60], maxsplit=1)[0]
    between = re.sub(r"^[”\"’」]?[)）](?=,)", "", between)  # "⟦Tessellane Ventures LLC⟧ (“⟦Tessellane Ventures⟧”), a wholly owned subsidiary of ⟦b⟧"
    # "⟦a⟧, the model developer behind the Meridian assistant, is ⟦b⟧'s largest customer": an aside that names no company compares none
    if BLOCKERS.search(re.sub(r"^,\s*(?:a|an|the)\s[^⟦;,]{0,80},", ",", between, flags=IC)):
        return None
    if re.fullmatch(r"(?:'s|’s)?\s*", between) and re.match(r"\s+(?:reporting\s+units?|(?:operating|reportable|business)\s+segments?|segments?)\b", after, IC):
        return None  # "Our Best Buy Health reporting unit", "Our Bottling Investments operating segment": a part of the accounts
    if re.fullmatch(r"(?:'s|’s)?\s*", between) and re.match(r"\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division|arm)\b", after, IC):
        if re.search(r"\b(?:sale|divestiture|disposal|spin-?off|separation)\s+of\s+(?:the\s+)?$|\b(?:sold|sell|sells|selling|divested)\s+$", text[:a[0]], IC):
            return None  # "we completed the sale of our ⟦Meridian⟧ subsidiary": no longer its unit
        return Found(b[2], a[2], "subsidiary_of", a[0], b[1])  # "Quillon's Fibrelight unit"; "we sold our ⟦Meridian⟧ subsidiary"
    if re.match(r"\s*,?\s*(?:and|or)\s+(?:a|an|one|certain|two|three|several)\s", between, IC):
        return None  # "… among Aearo, Cabot, ⟦a⟧ and a subsidiary of ⟦b⟧": another party of the list, not ⟦a⟧ described
    if party_of_party(text, b[0], b[1]):
        return None  # "⟦a⟧ is a customer of ⟦our⟧ customer"
    if _PEOPLE_PARTNERS.search(between):
        return None  # "Two of ⟦the Company⟧'s nine directors are partners of ⟦b⟧": people, not the company, are its partners
    if _ADVISED_OTHERS.search(between):
        return None  # "⟦a⟧ advised the selling shareholders of ⟦b⟧": an adviser, no holder
    if _ZH_OWN_UNIT.search(between) and not re.search(r"[，。；;]", between):
        return Found(b[2], a[2], "subsidiary_of", a[0], b[1])  # "公司已通过控股子公司⟦b⟧布局…", "⟦a⟧…由全资子公司⟦b⟧承担"
    for noun, relation, role in NOUNS:
        n = noun.pattern
        named_first = (
            # "⟦a⟧ is (still) a key supplier to ⟦b⟧", "⟦a⟧, a wholly owned subsidiary of ⟦b⟧"
            # (", meanwhile, is the main transceiver supplier to Hangzhou-based server maker ⟦b⟧")
            re.fullmatch(rf"(?:\s*,\s*(?:meanwhile|however|in\s+turn|too|also|for\s+its\s+part|in\s+addition),)?"
                         rf"\s*(?:,|\b(?:is|was|are|were|remains?|remained|became|becomes|as|(?:has|have|had)\s+been|(?:now\s+|will\s+)?(?:operates?|functions?|serves?|acts?|continues?\s+to\s+operate)\s+as)\b)?\s*(?:\w+ly\s+|still\s+|also\s+)?"
                         rf"(?:(?:a|an|the|one of the|one of)\s+)?{ADJ}(?:{n})\s+(?:of|to|for|in)\s+(?:the\s+)?(?:{_KIND_BEFORE}|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s|’s)\s+)?", between, IC)
            # "⟦a⟧ is (still) ⟦b⟧'s largest customer", "⟦a⟧是⟦b⟧的第一大客户", "⟦a⟧成为⟦b⟧第三大股东"
            or (re.fullmatch(r"\s*(?:,\s*(?:a|an|the)\s[^⟦;]{0,80}?,\s*|,\s*(?:which|who)\s[^⟦;]{0,80}?\s(?:and\s+)?|"
                             r",\s*(?:a|an|the)\s[^⟦;,]{0,60}?\b(?:that|which|who)\s+(?=(?:is|was|has\s+been|became)\b)|,\s*(?:in\s+turn|too|also|meanwhile|however),\s*|"
                             r"\s+(?:committed|invested|put\s+in|contributed)\s[^⟦;]{0,80}?\band\s+(?=(?:is|was|became|has\s+been|remains)\b))?"
                             r"(?:,|\b(?:is|was|are|were|remains?|remained|became|becomes|(?:acts?|acted|serves?|served)\s+as|(?:has|have|had)\s+been|(?:to|will|would|should)\s+(?:remain|be|become))\b)?\s*(?:\w+ly\s+|still\s+|now\s+|also\s+)?"
                             r"(?:one\s+of\s+)?"
                             r"(?:(?<=is\s)(?:also\s+)?(?:a|an)\s+|(?<=also\s)(?:a|an)\s+)?"  # "⟦a⟧ is also a ⟦b⟧ borrower"
                             r"|[，,]?(?:均|都|皆|也|亦|还|仍|则|同时){0,2}(?:是|为|成为|系)(?:[^⟦，。；]{1,12}?(?:制造商|厂商|公司|集团|企业|运营商|服务商))?", between, IC)
                and re.match(rf"(?:'s|’s|'|’)?\s*(?:[A-Za-z0-9-]{{1,12}}\s*)?(?:芯片|晶片|产品|模组|服务器)?(?:[的之])?(?:[^⟦，。；]{{1,12}}?[的之])?(?:独家|唯一)?{ZADJ}\s*{ADJ}(?:[\u4e00-\u9fff]{{1,4}}?(?=供应商))?(?:{n})",
                             after, IC)  # "⟦a⟧也是⟦b⟧封装产线的重要客户", "⟦a⟧同时是⟦b⟧在亚洲最大的客户"
                and not re.match(r"\s*,?\s*(?:and|or)\s", after, IC))  # ("⟦a⟧, ⟦b⟧ and a subsidiary of X": another party)
        )
        owner_first = (
            # "⟦a⟧'s largest customer, ⟦b⟧", "⟦a⟧ customers include ⟦b⟧", "⟦a⟧的全资子公司⟦b⟧", "⟦a⟧ and its supplier ⟦b⟧"
            # ("⟦Our⟧ customer list already includes ⟦b⟧")
            re.fullmatch(rf"(?:'s|’s|'|’|\s+and\s+(?:its|their))?\s*(?:目前|现在|当前|如今)?(?:的|之)?{ZADJ}\s*{ADJ}(?:{n})(?:\s+(?:list|base|roster))?\s*(?:[,，:：]|"
                         rf"、(?:[^⟦，。；、]{{0,16}}?(?:商|公司|厂|企业|业者))?|\b(?:(?:today|currently|now|still|also|already|by\s+far)\s+)?(?:is|was|are|were|remains|remained|became|such as|including|like|"
                         rf"include|includes|included)\b(?:\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?:developer|maker|operator|provider|company|firm|lab|start-?up|"
                         rf"designer|manufacturer|group|bank|fund|lender|investor|neocloud|hyperscaler))?|(?:是|为|包括)(?:[^⟦，。；]{{0,12}}?(?:公司|厂商|厂|商|企业|业者))?)?\s*",
                         between, IC)  # "⟦a⟧目前最大客户为美系ASIC设计公司⟦b⟧"
        )
        if named_first:
            named, owner = a, b
        elif owner_first:
            named, owner = b, a
        else:
            continue
        source, target = _role_pair(role, named[2], owner[2])
        return Found(source, target, relation, a[0], b[1])
    return None


# (and the rest of the list compared: "Unlike Appraisa and ⟦a⟧, which sell primarily to banks, ⟦b⟧ has …")
_COMPARED = re.compile(r"\b(?:unlike|compared\s+(?:with|to)|in\s+contrast\s+to|as\s+opposed\s+to)\s+(?:the\s+)?(?:(?:[^,;.]{1,40}?,\s+)*[^,;.]{1,40}?,?\s+and\s+)?$|"
                       r"(?:不同于|相比于|有别于)(?:[^，。；]{1,20}?[、和及与])*$", IC)


def _same_as_its(text: str, nodes: list[str], pair: tuple[str, str]) -> str:
    def replace(m: re.Match[str]) -> str:
        return "its" if nodes[int(m.group(1))] in pair else m.group(0)

    return re.sub(r"⟦(\d+)⟧", replace, text)


# a verb of a clause's own ("⟦a⟧ invested US$5 million and …")
_FINITE = re.compile(r"\b(?:[a-z]{3,}ed|took|made|led|put|bought|sold|paid|gave|won|got|kept|held|has|have|had|is|are|was|were|will|supplies|provides|"
                     r"sells|invests|lends|owns|holds|runs|operates|ships|delivers)\b")
# "…, and ⟦c⟧ took …": a company after "and", then its own verb, starts a new clause
_NEW_SUBJECT = re.compile(r"\b(?:and|but|while)\s+⟦\d+⟧\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|took|made|led|put|bought|sold|paid|gave|won|got|kept|held|"
                          r"has|have|had|will|is|are|was|were)\b")


def cue_links(text: str, linked: set[frozenset[int]], nodes: list[str] | None = None, pronouns: frozenset[int] = frozenset()) -> list[Found]:
    """Links between placeholder companies in ``text`` that the patterns did not find (pairs in ``linked`` are skipped).

    ``nodes`` names the company of each placeholder: a company named again between the two ("We buy
    the accelerators used in our products from X") is read as "its". ``pronouns`` are the placeholders
    written as "we" or "it": no item of a list."""
    mentions = _mentions(text)
    nodes = nodes or [str(i) for i in range(max((m[2] for m in mentions), default=-1) + 1)]
    found: list[Found] = []
    # role nouns first, over every pair, then verbs: in "Its plant is operated by its subsidiary ⟦b⟧" the second "its" and ⟦b⟧
    # say what the two companies are to each other, and the verb between the first "its" and ⟦b⟧ says nothing more
    by_noun: set[frozenset[str]] = set()
    for i, a in enumerate(mentions):
        for b in mentions[i + 1:]:
            between = text[a[1]:b[0]]
            if nodes[a[2]] == nodes[b[2]] or frozenset((a[2], b[2])) in linked or "⟦" in between or len(between) > 220:
                continue
            if _PARTNER_IN.search(between):
                continue  # "⟦a⟧, our joint venture partner in ⟦b⟧": ⟦b⟧ is the venture both own, no partner of either
            if _COMPARED.search(text[max(0, a[0] - 80):a[0]]):
                continue  # "Unlike X and ⟦a⟧, which sell mostly to banks, ⟦b⟧ sells to landlords": compared, no party
            hit = _from_nouns(text, a, b, _ASIDE.sub("", between))
            if hit is not None:
                found.append(hit)
                linked.add(frozenset((a[2], b[2])))
                if hit.relation != "partners_with":  # ("⟦a⟧, our joint venture partner, also held 6.0% of our stock": a stake as well)
                    by_noun.add(frozenset((nodes[a[2]], nodes[b[2]])))
    for i, a in enumerate(mentions):
        if _COMPARED.search(text[max(0, a[0] - 80):a[0]]):
            continue  # "Unlike ⟦a⟧, which syndicates its loans, we hold every loan": ⟦a⟧ is compared, not a party
        if re.search(r"由(?:客户|用户|买方)[^⟦，。；]{0,4}$", text[max(0, a[0] - 12):a[0]]):
            continue  # "GPU一律由客户向⟦a⟧采购后交付⟦b⟧组装": the customers buy from ⟦a⟧, not ⟦b⟧
        for b in mentions[i + 1:]:
            if a[2] == b[2] or frozenset((a[2], b[2])) in linked or party_of_party(text, b[0], b[1]) or _PEOPLE_PARTNERS.search(text[a[1]:b[0]]):
                continue
            if re.search(r"⟦\d+⟧\s*\((?:the\s+)?[\"“](?:[^()⟦\"“”]{1,40}|⟦\d+⟧)[\"”]\)\s*,\s*(?:⟦\d+⟧\s*(?:,|and|,\s*and)\s*)*(?:and\s+)?$", text[a[1]:b[0]]):
                continue  # "by and among A, ⟦a⟧, a wholly owned subsidiary of A ("Merger Sub"), ⟦b⟧ and C": ⟦b⟧ is the next party of the list
            if any(re.match(r"(?:之|的)?(?:间接|直接)?(?:全资|控股|非全资)?(?:附属公司|子公司)⟦", text[x[1]:]) for x in (a, b)):
                continue  # "其算力资源则主要向⟦本公司⟧全资附属公司⟦翎川云⟧采购": the unit named next is the party, not its parent
            if any(re.match(r"\s+(?:purchase|acquisition|buyout|takeover|merger)\b", text[x[1]:], IC) and re.search(r"\bthe\s+$", text[:x[0]], IC) for x in (a, b)):
                continue  # "We funded the cash portion of the ⟦Lumenfold⟧ purchase": a deal named by what it buys, nothing sold to it
            if re.fullmatch(
                    r"\s+(?:[\w-]+\s+){0,2}?(?:purchase|acquisition|deal|transaction|investment|loan|financing|order|contract|agreement)s?\s*(?:,|and|,\s+and)\s+(?:the\s+)?",
                    text[a[1]:b[0]], IC):
                continue  # "Net of the ⟦Quillon⟧ purchase and the ⟦Jinghan⟧ term loan": two deals listed, not one between them
            # "⟦a⟧ invested US$5 million and ⟦c⟧ took ⟦b⟧ pro rata": a clause with a subject of its own ends ⟦a⟧'s (not "⟦a⟧ and ⟦b⟧ have
            # announced …": two subjects of one verb; nor "…, and ⟦b⟧ paid ⟦a⟧ $84.2 million": the clause is with ⟦a⟧)
            subject = _NEW_SUBJECT.search(text[a[1]:b[0]])
            new_clause = (subject or re.search(r"\b(?:and|but|while)\s+$", text[a[1]:b[0]]) and _FINITE.search(text[a[1]:b[0]])
                          and _NEW_SUBJECT.match("and " + text[b[0]:b[1] + 20])) \
                and not any(nodes[x[2]] == nodes[a[2]] for x in mentions if b[1] <= x[0] <= b[1] + 30)  # (not "⟦a⟧'s unit and ⟦b⟧ will enter into …")
            # (the new clause's subject may be ⟦b⟧'s company itself: "⟦a⟧'s unit and ⟦b⟧ will enter into a partnership … ⟦b⟧'s stores")
            named = re.search(r"⟦(\d+)⟧", subject.group(0)) if subject else None
            same_subject = named is not None and nodes[int(named.group(1))] == nodes[b[2]]
            if new_clause and b[2] not in pronouns and not same_subject:
                continue
            between = _same_as_its(text[a[1]:b[0]], nodes, (nodes[a[2]], nodes[b[2]]))
            between = re.sub(r"⟦\d+⟧(?:之|的)?(?:间接|直接)?(?:全资|控股|非全资)?(?:附属公司|子公司)$", "", between)  # "向⟦本公司⟧全资附属公司⟦b⟧采购": ⟦b⟧ sells
            if _PARTNER_IN.search(between):
                continue
            between = _ASIDE.sub("", between)  # "⟦a⟧（Seoryeon Memory）是", "⟦a⟧ (the “Borrower”) entered into"
            if not re.match(r"\s+(?:(?:will|has|have|had|is|are|was|were|holds?|owns?)\b|[a-z]+(?:s|ed)\b)", text[b[1]:b[1] + 20]) \
                    and not (re.search(r"与\s*$", between) and _ZH_SIGNED.match(_ASIDE.sub("", text[b[1]:b[1] + 80]))) \
                    and b[2] not in pronouns \
                    and not re.match(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:partner|customer|supplier|parent|investor|lender|rival|competitor|affiliate)s?\b", text[b[1]:]):
                # ("… from ⟦1⟧, and ⟦we⟧ regard …": "we" ends no list; "the venture arm of ⟦1⟧, ⟦b⟧'s partner in …": an appositive, no list)
                # "to ⟦1⟧ and ⟦b⟧", unless ⟦b⟧ starts a clause of its own or is the other party ("⟦1⟧与⟦b⟧于…签订《合同》")
                between = _LIST_BEFORE_B.sub("", between)
            between = _CLAUSE_ASIDE.sub(" ", between)  # (before a list is read: "⟦a⟧, ⟦our⟧ partner in ⟦x⟧, also held …" is no list)
            listed = _LIST_AFTER_A.match(between)
            if listed and any(int(i) in pronouns for i in re.findall(r"⟦(\d+)⟧", listed.group(0))):
                continue  # "⟦a⟧, which licenses our AI, and ⟦we⟧ have a co-development agreement with ⟦b⟧": a clause of its own
            between = _LIST_AFTER_A.sub("", between)
            noun_between = _WHICH_ASIDE.sub("", between)
            # "⟦a⟧, in which ⟦x⟧ has been invested since 2021, shipped its first order to ⟦b⟧": the aside is about ⟦x⟧
            between = _CLAUSE_ASIDE.sub(" ", between)
            if "⟦" in noun_between and "⟦" in between or len(between) > 220:
                continue
            hit = _from_nouns(text, a, b, noun_between) if "⟦" not in noun_between else None
            if hit is not None:
                found.append(hit)
                linked.add(frozenset((a[2], b[2])))
                continue
            if re.fullmatch(r"\s*(?:,|、|，|and|or|&|及|和|与|以及|, and)?\s*", re.sub(r"[（(][^）)]*[）)]", "", between)) \
                    and not re.match(r"(?:\s*(?:are|will|would|have|had|has|announced|said|say|says|that|they|plan|plans|planned|to|agreed|also|[还也将已正曾再均都在]))*\s*"
                                     r"(?:\s*(?:a|an|the|new))?\s*(?:partner|collaborat|co-develop|jointly|joint\s+(?!owners?\b|holders?\b|bookrunners?\b|lead\b)|合作|携手|联合|共同)",
                                     text[b[1]:b[1] + 40], IC):
                continue  # "arranged by ⟦a⟧ (US$700 million) and ⟦b⟧": two companies in a list are not linked to each other
            if frozenset((nodes[a[2]], nodes[b[2]])) in by_noun or "⟦" in between:
                continue
            if re.search(r",\s+(?:(?:which|whose|in\s+which)\s+[^,;⟦]{0,20}|(?:the|a|an)\s+[^,;⟦]{0,60}?\b(?:that|which|by)\s+|⟦\d+⟧\s+[^,;⟦]{0,40}?\b(?:in|of|at|for)\s+)$", text[:a[0]]) \
                    and re.search(r"[,;]", text[a[1]:b[0]]):
                continue  # "Embervale, which ⟦a⟧ agreed to acquire, remains ⟦b⟧ primary supplier": ⟦a⟧ belongs to the aside
                # (and "X, the special-purpose vehicle that ⟦a⟧ set up …, placed a purchase order with ⟦b⟧")
            if re.search(r"⟦\d+⟧\s+(?:invest|lend|lent|buy|bought|sell|sold|suppl|rent|leas|acquir|own|hold|borrow)\w*\b", text[a[1]:b[0]]):
                continue  # "some of the dollars ⟦x⟧ invest come back to ⟦b⟧": the verb has a subject of its own
            if re.fullmatch(r"(?:'s|’s|')\s+[^⟦,;]{0,60}?\s+and\s+(?:a|an)\s+[^⟦,;]*", between):
                continue  # "… to license ⟦a⟧'s models and a $250 million investment from ⟦b⟧": ⟦a⟧ only names whose models, one item of a list
            if re.match(r"\s*,?\s*and\s+(?:a|an)\s+[^⟦]{0,80}\bby\s*$", between):
                continue  # "… a Tranche A loan made available by ⟦a⟧ and a Tranche B loan provided by ⟦b⟧": two lenders side by side
            if re.search(r"[,;]\s+(?:and|but|while)\s+[^⟦]{0,60}?\b(?:are|is|were|was|will\s+be|has\s+been|have\s+been)\s+(?:\w+\s+)?\w+ed\s+(?:from|by|to)\s*$", between):
                continue  # "… from ⟦a⟧, and coolant units are sourced from ⟦b⟧": a passive clause of its own, ⟦a⟧ buys nothing from ⟦b⟧
            if _ADVISED_OTHERS.search(between):
                continue  # "⟦a⟧ advised the selling shareholders of ⟦b⟧ on the sale process": an adviser to others, neither buyer nor seller
            if re.search(r"\b(?:sells?|sold|selling|markets?|marketed|offers?|offered)\b[^⟦;]{0,60}?\bto\s+(?:[a-z-]+\s+){0,2}?(?:consumers|families|households|patients|"
                         r"shoppers|the\s+public|end\s+users|individuals)\b[^⟦]*[,;]", between, IC):
                continue  # "⟦a⟧ and X both sell tribute videos directly to consumers, and families arrive at ⟦our⟧ locations …": sold to consumers
            hit = _from_verbs(text, a, b, _SAYS_IT.sub(" ", between))
            if hit is not None and new_clause and hit.relation not in {"lends_to", "supplies", "partners_with"}:
                continue  # ("⟦a⟧ provided a new term loan, and ⟦we⟧ used the proceeds …": a loan or goods provided go to the speaker)
            if hit is not None:
                found.append(hit)
                linked.add(frozenset((a[2], b[2])))
    return found
