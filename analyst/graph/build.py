"""From links to a graph: merged edges, nodes with aliases, money loops, and one company's exposure.

Links with the same source, target and relation are one edge with all their evidence. Money flows
from payer to payee; a loop is a directed cycle of those flows (2 to 5 companies), ranked by the
smallest known amount on it (loops with an unknown amount last).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

from analyst.graph.entities import _GENERIC_FIRST, _REGIONAL_UNIT, _UNIT_WORDS, zh_same_company
from analyst.graph.extract import SAME_AS
from analyst.lexicon import ZH_PLACES, Lexicon, zh_unplaced
from analyst.text import to_simplified
from analyst.types import Cycle, Evidence, Graph, Node, Relation

MAX_EVIDENCE = 5


def relations_to_json(relations: list[Relation]) -> str:
    import json

    payload = []
    for r in relations:
        item = r.to_dict()
        item["method"] = r.method
        item["evidence"] = [{**e.to_dict(), "doc_id": e.doc_id} for e in r.evidence]
        payload.append(item)
    return json.dumps(payload, ensure_ascii=False)


def relations_from_json(text: str) -> list[Relation]:
    import json

    out = []
    for item in json.loads(text or "[]"):
        evidence = tuple(Evidence(doc=e["doc"], page=e.get("page"), quote=e["quote"], doc_id=e.get("doc_id", "")) for e in item["evidence"])
        out.append(Relation(item["source"], item["target"], item["relation"], item.get("payer"), item.get("payee"), item.get("amount"),
                            item.get("currency"), item.get("amount_usd"), item.get("date"), evidence, item.get("method", "rules")))
    return out


def merge(relations: list[Relation]) -> list[Relation]:
    merged: dict[tuple[str, str, str], Relation] = {}
    for relation in relations:
        key = (relation.source, relation.target, relation.relation)
        if relation.relation == "partners_with":
            key = (*sorted((relation.source, relation.target)), relation.relation)  # type: ignore[assignment]
        existing = merged.get(key)
        if existing is None:
            merged[key] = relation
            continue
        evidence: list[Evidence] = list(existing.evidence)
        for item in relation.evidence:
            if any(item.quote == e.quote for e in evidence):
                continue
            if len(evidence) < MAX_EVIDENCE:
                evidence.append(item)
                continue
            # full: a document not yet quoted takes the place of a second quote from one that is (each document says it once)
            counts = Counter(e.doc for e in evidence)
            if item.doc not in counts and (extra := next((k for k in range(len(evidence) - 1, -1, -1) if counts[evidence[k].doc] > 1), None)) is not None:
                evidence[extra:extra + 1] = []
                evidence.append(item)
        better = existing
        if existing.amount_usd is None and relation.amount_usd is not None or existing.amount is None and relation.amount:
            better = replace(existing, amount=relation.amount, currency=relation.currency, amount_usd=relation.amount_usd)
        merged[key] = replace(better, evidence=tuple(evidence), method=existing.method if existing.method == relation.method else "rules+model")
    return sorted(merged.values(), key=lambda r: (-(r.amount_usd or 0), r.source, r.target, r.relation))


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def unify_names(relations: list[Relation], lexicon: Lexicon) -> list[Relation]:
    """One node for a company that one document calls by its full name and another by its first word.

    'Kestrel' (a call: "Kestrel's Loudoun campus") is 'Kestrel Data Centers' (a 10-K) when that is the
    only longer name starting with the word; '星河智算科技' is '星河智算'; a name in Traditional characters is the same name in
    Simplified. Known companies are left alone."""
    names = {n for r in relations for n in (r.source, r.target)}
    tied = {frozenset((r.source, r.target)) for r in relations}  # '合肥澜芯微电子' is the subsidiary of 澜芯 a document says it is
    units = {r.source for r in relations if r.relation == "subsidiary_of" and r.target in names}
    rename: dict[str, str] = {}
    # 'Cacao Credito' (a note typed without accents) is the 'Cacao Crédito' another document writes
    accented = {_unaccented(n): n for n in sorted(names) if re.fullmatch(r"[A-Za-z\u00c0-\u017f0-9 .,&'’-]+", n) and _unaccented(n) != n}
    rename.update({n: accented[n] for n in names if n in accented})
    # 'BILLETAJE INTELIGENTE IBÉRICA' (a letterhead in capitals) is the 'Billetaje Inteligente Ibérica' other lines write
    mixed = {n.lower(): n for n in sorted(names) if not n.isupper()}
    rename.update({n: mixed[n.lower()] for n in names if n.isupper() and len(n) > 5 and n.lower() in mixed and n not in rename})
    # ('Kestrel BAY Wines', a capitals heading read with "BAY" kept as initials, is the 'Kestrel Bay Wines' the text writes)
    for n in sorted(names):
        twins = [m for m in names if m != n and m.lower() == n.lower() and sum(c.isupper() for c in m) < sum(c.isupper() for c in n)]
        if twins and n not in rename and lexicon.company(n) is None:
            rename[n] = min(twins, key=lambda m: (sum(c.isupper() for c in m), m))
    for name in names:
        if lexicon.company(name) is not None or name in rename:
            continue
        group = re.fullmatch(r"([A-Z]\S*(?: \S+)*) (?:Holdings?|Group|Company|Technology|Technologies)", name)
        if " " not in name and name[:1].isupper():
            if any(f"{name} {word}" in names for word in ("Holdings", "Holding", "Group")):
                continue  # 'Stratos' is the 'Stratos Holdings' another document names in full (not its 'Stratos Cloud' segment)
            # ('Iberovia', a note typed without accents, is the 'Iberovía Servicios Aeroportuarios' a filing names)
            longer = sorted((n for n in names if _unaccented(n).startswith(_unaccented(name) + " ") and lexicon.company(n) is None), key=len)
            if len(longer) > 1:
                # 'Tessellane' is Tessellane Data, not the 'Tessellane Ventures' a document calls its subsidiary (nor a named fund arm)
                parents = [n for n in longer if not (n in units and any(frozenset((n, other)) in tied for other in longer if other != n))
                           and not re.match(_UNIT_WORDS, n[len(name) + 1:])]
                longer = parents or longer
            if longer and all(_unaccented(later).startswith(_unaccented(longer[0])) for later in longer) and frozenset((name, longer[0])) not in tied:
                rename[name] = longer[0]  # one company, or it and its units (not 'Corvanta', the 'Corvanta Inc.' its parent lists)
        elif group and group.group(1) in names:
            rename[name] = group.group(1)  # 'Yunqiong Cloud Holdings' is 'Yunqiong Cloud', as node ids drop 'Holdings'
        elif re.fullmatch(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*)+", name):
            # 'Lattice Rock' is the 'Lattice Rock Systems' another document names in full, 'Meridian Cloud' 'Meridian Cloud Services'
            # ('Hang Yuet' the 'Hang Yuet Retail' another names: one more word, not a unit's or a region's)
            longer = [n for n in names if n.startswith(name + " ") and lexicon.company(n) is None and frozenset((name, n)) not in tied
                      and (re.fullmatch(_GENERIC_TAIL, n[len(name) + 1:])
                           # ('Usina Piracema Açúcar e Energia', 'Helvetrade Brasil Comércio de Açúcar': what it does, in Portuguese or Spanish)
                           or re.fullmatch(r"[A-Z\u00c0-\u00de][\w\u00c0-\u017f]+ (?:e|y|de|do|da|del) [A-Z\u00c0-\u00de][\w\u00c0-\u017f]+", n[len(name) + 1:])
                           or n[len(name) + 1:] == "AI"  # ('Fernbrook Vision' is the 'Fernbrook Vision AI' a filing names)
                           or re.fullmatch(r"[A-Z\u00c0-\u00de][a-z\u00df-\u017f]{3,}", n[len(name) + 1:]) and not re.match(_UNIT_WORDS, n[len(name) + 1:])
                           and n not in units and not _REGIONAL_UNIT.search(n))
                      and not re.fullmatch(r"Holdings?|Group|Company|Technology|Technologies", n[len(name) + 1:])]
            # ('Qamar LNG' is the 'Qamar Liquefied Natural Gas' a call's heading names: the same first words, then their initials)
            acronym = re.fullmatch(r"((?:[A-Z][\w&-]* )+)([A-Z]{2,5})", name)
            spelled = [n for n in names if acronym and n.startswith(acronym.group(1)) and lexicon.company(n) is None
                       and "".join(word[0] for word in n[len(acronym.group(1)):].split()) == acronym.group(2)]
            # ('Campos Verdes' is the 'Avícola Campos Verdes' a report names: a trade's word before the name, as Portuguese writes it)
            traded = [n for n in names if n.endswith(" " + name) and n[:-len(name) - 1].lower() in _GENERIC_FIRST and lexicon.company(n) is None
                      and frozenset((name, n)) not in tied]
            if len(longer) == 1:
                rename[name] = longer[0]
            elif len(spelled) == 1 and frozenset((name, spelled[0])) not in tied:
                rename[name] = spelled[0]
            elif not longer and len(traded) == 1:
                rename[name] = traded[0]
        elif re.match(r"[\u4e00-\u9fff]", name) and (twin := _script_twin(name, names)):
            rename[name] = twin  # '高源封裝' (a Taiwan filing) is the '高源封装' another document writes; '嘉峯置業' the '嘉峯置业' (峯 kept as written)
        elif re.match(r"[\u4e00-\u9fff]", name):
            # '深圳芯衡科技' (a news story, with its city) is the 芯衡科技 an announcement names
            unplaced = zh_unplaced(name)
            if unplaced == name and len(name) >= 6 and to_simplified(name[:2]) in ZH_PLACES - {"台湾", "香港", "中国", "美国", "日本", "韩国", "新加"}:
                unplaced = name[2:]  # ('山東潤禾乳業', in Traditional, is the 润禾乳业 another document names; '台灣風乘電子' is a Taiwan unit)
            # (in one script: '北京曜數智能科技' is the 曜数智能 a mainland story names)
            plain, bare = to_simplified(name), to_simplified(unplaced)
            shorter = [n for n in names if n != name and (zh_same_company(bare, to_simplified(n)) or zh_same_company(plain, to_simplified(n))
                                                          or unplaced != name and to_simplified(n) == bare)]
            if not shorter:
                # a unit's short name made of its place and its parent's first word: '云岫智算（乌兰察布）' is 乌兰察布云岫 (a regional
                # unit is not its parent: '星穹智算（深圳）' stays apart from 星穹智算)
                core = re.sub(r"（[^）]{1,6}）", "", bare)
                place = re.search(r"（([^）]{2,4})）", bare)
                shorter = [n for n in names if n != name and frozenset((name, n)) not in tied
                           and place is not None and to_simplified(n) in {place.group(1) + core[:2], core[:2] + place.group(1)}]
            if unplaced != name and any(frozenset((name, n)) in tied for n in shorter) or any(frozenset((name, n)) in tied and n in units for n in shorter) \
                    or name.endswith(("集团", "集團")) and any(frozenset((name, n)) in tied for n in shorter):
                continue  # linked to the company its name holds (合肥澜芯微电子, a subsidiary of 澜芯微电子, also called 澜芯): another company
                # (贵川酒业集团, the controlling shareholder of 贵川酒业: the group that holds it)
            # ('鼎聲互動' and '鼎声互动' are one name; so are 宏图智能 and the '宏圖智能終端' that only adds words to it)
            spellings = {to_simplified(n) for n in shorter}
            base = min(spellings, key=len) if spellings else ""
            if spellings and all(x == base or zh_same_company(x, base) for x in spellings):
                rename[name] = min((n for n in shorter if to_simplified(n) == base), key=lambda n: (to_simplified(n) != n, n))
    # a short form of one longer name: '澄川封装' is '苏州澄川先进封装科技', '长河基金' '长河算力产业投资基金', '江海农商行' '江苏江海农村商业银行'
    # (not a regional unit's name in brackets, and not a name a document ties to it)
    for full in names:
        if full in rename or not re.fullmatch(r"[\u4e00-\u9fff]{4,20}", full) or lexicon.company(full) is not None:
            continue
        plain = to_simplified(zh_unplaced(full))
        forms = {to_simplified(n): n for n in names if n != full and n not in rename and re.fullmatch(r"[\u4e00-\u9fff]{3,8}", n)
                 and frozenset((full, n)) not in tied and _abbreviates(to_simplified(n), plain)}
        # (the short forms of this name only: '泓盛国投' and '泓盛國資' both shorten '泓盛国有资本投资运营集团', and nothing else)
        # (not counting a name the documents link to it: 贵川酒业集团, the group that holds 贵川酒业, is another company)
        only = [n for n in forms.values() if sum(_abbreviates(to_simplified(n), to_simplified(zh_unplaced(other))) for other in names
                                                 if other not in forms.values() and other not in rename and frozenset((n, other)) not in tied) == 1]
        if only and len(only) == len(forms):
            short = min(only, key=lambda n: (to_simplified(n) != n, n))
            rename[full] = short
            rename.update({n: short for n in only if n != short})
    # a chain ('Yunqiong' -> 'Yunqiong Cloud' -> 'Yunqiong Cloud Holdings') ends at its last name; names that come round
    # ('Tidemoor' -> 'Tidemoor Technology' -> 'Tidemoor') are one company, named by the longest of them, whatever the order
    # the names were read in
    def last(name: str) -> str:
        path = [name]
        while rename.get(path[-1], path[-1]) != path[-1] and rename[path[-1]] not in path:
            path.append(rename[path[-1]])
        if path[-1] in rename and rename[path[-1]] in path:
            return max(path[path.index(rename[path[-1]]):], key=lambda n: (len(n), n))
        return path[-1]

    rename = {name: end for name in rename if (end := last(name)) != name}
    if not rename:
        return relations

    def fix(node: str | None) -> str | None:
        return rename.get(node, node) if node else node

    return [replace(r, source=fix(r.source) or r.source, target=fix(r.target) or r.target, payer=fix(r.payer), payee=fix(r.payee))
            for r in relations if fix(r.source) != fix(r.target)]


# Words a longer spelling of a name adds without naming another company: 'Lattice Rock Systems', 'Nahrain Digital Infrastructure Holdings'
_GENERIC_TAIL = r"(?:(?:Services|Systems|Infrastructure|Corporation|International|Global|Solutions|Holdings?|Group|Management|Manufacturing|Digital|Networks|MRO|Aerospace|Aviation|Intelligent|Intelligence|Technology|Technologies)\s?){1,2}"


def _script_twin(name: str, names: set[str]) -> str:
    """The spelling of a Chinese name closest to Simplified among the names written the same in Simplified ('嘉峯置业' for
    '嘉峯置業'); empty when ``name`` is that spelling."""
    twins = [n for n in names if n != name and to_simplified(n) == to_simplified(name)]
    if not twins:
        return ""
    best = min([name, *twins], key=lambda n: (sum(x != y for x, y in zip(n, to_simplified(n), strict=False)), n))
    return "" if best == name else best


def _abbreviates(short: str, full: str) -> bool:
    """'澄川封装' shortens '澄川先进封装科技' (the same first two characters, the rest in order), '江海农商行' '江海农村商业银行'."""
    if not (3 <= len(short) < len(full)) or short[:2] != full[:2]:
        return False
    rest = iter(full[2:])
    if not all(ch in rest for ch in short[2:]):
        return False
    # and it ends as the name does, its descriptor words aside: not '临澜产投' for '临澜算力产业投资基金' (a fund, not the group)
    core = re.sub(r"(?:科技|技术|股份|集团|控股|运营|管理|材料|有限合伙|合伙企业)+$", "", full)
    return short[-1] in {full[-1], core[-1:]} or short.endswith("投") and core.endswith("投资")


def join_same(relations: list[Relation], lexicon: Lexicon) -> tuple[list[Relation], dict[str, set[str]]]:
    """Apply the documents' ``same_as`` links ('云穹科技' = 'Yunqiong Cloud'): one node per company, the other names its aliases.

    The node keeps the name the lexicon knows, else the one most links use."""
    import networkx as nx

    same = nx.Graph()
    same.add_edges_from((r.source, r.target) for r in relations if r.relation == SAME_AS)
    rest = [r for r in relations if r.relation != SAME_AS]
    if not same:
        return rest, {}
    used: dict[str, int] = {}
    for r in rest:
        for n in (r.source, r.target):
            used[n] = used.get(n, 0) + 1
    rename: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    for group in nx.connected_components(same):
        # (a listing code, "#688731.CN", only joins the names listed under it: it is never a node nor an alias)
        keep = max(group, key=lambda n: (not n.startswith("#"), lexicon.company(n) is not None, used.get(n, 0), n.isascii(), len(n)))
        aliases[keep] = {n for n in group - {keep} if not n.startswith("#")}
        rename.update({n: keep for n in group if n != keep})

    def fix(node: str | None) -> str | None:
        return rename.get(node, node) if node else node

    return ([replace(r, source=fix(r.source) or r.source, target=fix(r.target) or r.target, payer=fix(r.payer), payee=fix(r.payee))
             for r in rest if fix(r.source) != fix(r.target)], aliases)


# What a Chinese name's words are called in its English name: '川禾算力' is 'Chuanhe Compute', '衡羽智能' 'Hengyu Intelligence'.
_ZH_WORDS = {"算力": {"compute", "computing"}, "智算": {"compute", "computing", "intelligent"}, "科技": {"technology", "tech", "technologies"},
             "数据": {"data"}, "智能": {"intelligence", "intelligent", "ai", "smart"}, "光子": {"photonics"}, "存储": {"storage", "memory"},
             "半导体": {"semiconductor", "semi"}, "微电子": {"microelectronics", "micro"}, "银行": {"bank"}, "电力": {"power", "energy", "electric"},
             "能源": {"energy", "power"}, "云": {"cloud"}, "资本": {"capital"}, "基金": {"fund"}, "集团": {"group"}, "国投": {"investment", "capital"},
             "控股": {"holdings", "holding"}, "网络": {"networks", "network"}, "芯": {"chip", "semiconductor", "silicon"},
             "机器人": {"robotics", "robot", "robots"}, "电通": {"telecom", "telecommunications"}, "通信": {"telecom", "communications"},
             "终端": {"devices", "device", "terminals"}, "设计": {"design"}, "互动": {"interactive"}, "文化": {"culture", "media"},
             "智驾": {"autodrive", "autonomous", "driving"}, "光电": {"photonics", "optoelectronics", "optical"}, "电子": {"electronics"},
             "制造": {"manufacturing"}, "封装": {"packaging"}, "精密": {"precision"}, "基板": {"substrate", "substrates"}, "激光": {"laser", "lasers"}, "汽车": {"auto", "automotive", "motor", "motors"}, "软件": {"software"}, "纺织": {"textile", "textiles"}, "电气": {"electric", "electrical"},
             "天线": {"antenna", "antennas"}, "卫星": {"satellite", "satellites"}, "航天": {"aerospace", "space"}, "轨道": {"orbital", "orbit"},
             "零售": {"retail"}, "物流": {"logistics"}, "医疗": {"medical", "health", "healthcare"}, "航空": {"aviation", "airlines", "air"},
             "感测": {"sensing", "sensors", "sensor"}, "传感": {"sensing", "sensors", "sensor"}, "智慧": {"smart", "intelligence", "intelligent"},
             "建筑": {"building", "buildings", "construction"}, "物业": {"property", "properties"}, "智行": {"mobility"},
             "出行": {"mobility", "travel", "rides"}, "租车": {"rental", "rentals", "car"}, "客运": {"passenger", "ferry", "ferries", "transport"},
             "轮渡": {"ferry", "ferries"}, "邮轮": {"cruise", "cruises"}, "船舶": {"marine", "ship", "ships", "shipbuilding", "shipping"},
             "航运": {"shipping", "marine"}, "游艇": {"yacht", "yachts", "marina"}, "租赁": {"leasing", "lease", "rental", "financial"},
             # (the words of other trades' names)
             "核电": {"nuclear", "power"}, "核能": {"nuclear", "energy"}, "铀": {"uranium"}, "化工": {"chemical", "chemicals"},
             "化学": {"chemical", "chemicals"}, "磷": {"phosphorus", "phosphate", "phosphates"}, "钾": {"potash", "potassium"},
             "化肥": {"fertilizer", "fertiliser", "fertilizers", "fertilisers"}, "农业": {"agri", "agriculture", "agricultural", "farming"},
             "种业": {"seeds", "seed"}, "证券": {"securities"}, "期货": {"futures"}, "交易所": {"exchange"}, "清算": {"clearing"},
             "量化": {"quant", "quantitative"}, "资讯": {"information", "info"}, "信息": {"information", "info"}, "行情": {"market", "quotes", "tick"},
             "保险": {"insurance", "assurance"}, "人寿": {"life"}, "再保险": {"reinsurance", "re"}, "信托": {"trust"}, "投资": {"investment", "investments"},
             "创投": {"ventures", "venture"}, "乳业": {"dairy"}, "食品": {"food", "foods"}, "牧业": {"livestock", "ranching", "dairy"},
             "肉业": {"meat", "meats"}, "饮料": {"beverage", "beverages", "drinks"}, "医药": {"pharma", "pharmaceutical", "pharmaceuticals", "medicine"},
             "生物": {"bio", "biotech", "biological"}, "钢铁": {"steel"}, "铝业": {"aluminium", "aluminum"}, "矿业": {"mining", "minerals", "resources"},
             "资源": {"resources"}, "石油": {"oil", "petroleum"}, "石化": {"petrochemical", "petrochemicals"}, "燃气": {"gas"},
             "油服": {"oilfield", "services"}, "钻井": {"drilling"}, "钻探": {"drilling"}, "勘探": {"exploration"}, "探": {"exploration"},
             "智": {"intelligent", "smart", "intelligence"}, "海洋": {"offshore", "marine", "ocean"}, "海上": {"offshore", "marine"},
             "服务": {"services", "service"}, "装备": {"equipment"}, "火灾": {"fire"}, "电信": {"telecom", "telecommunications"}, "传媒": {"media"}, "广告": {"advertising", "ads"},
             "地产": {"property", "properties", "real", "estate"}, "置业": {"property", "properties", "real", "estate"}, "建设": {"construction"},
             "水泥": {"cement"}, "玻璃": {"glass"}, "纸业": {"paper"}, "包装": {"packaging"}, "机械": {"machinery"}, "重工": {"heavy", "industries"},
             "工业": {"industrial", "industries"}, "实业": {"industrial", "industries"}, "国际": {"international"}, "环境": {"environmental", "environment"},
             "环保": {"environmental"}, "水务": {"water"}, "新能源": {"energy", "renewables", "new"}, "光伏": {"solar", "photovoltaic"}, "风电": {"wind"},
             "储能": {"storage", "energy"}, "电池": {"battery", "batteries"}, "材料": {"materials"}, "检测": {"testing", "inspection"},
             "设备": {"equipment"}, "仪器": {"instruments"}, "支付": {"payments", "pay"}, "金融": {"financial", "finance"}}
# A Chinese place whose English name is not its Mandarin reading: '九龍量化' is 'Kowloon Quant Data', '福爾摩沙行情' 'Formosa Tick'
_ZH_PLACE_SPELLINGS = {"九龙": {"kowloon"}, "香港": {"hongkong"}, "澳门": {"macau", "macao"}, "福尔摩沙": {"formosa"}, "台湾": {"taiwan"},
                       "广州": {"canton"}, "厦门": {"amoy"}, "荃湾": {"tsuenwan"}, "沙田": {"shatin"}, "观塘": {"kwuntong"}, "湾仔": {"wanchai"},
                       "将军澳": {"tseungkwano"}, "新界": {"newterritories"}, "屯门": {"tuenmun"}, "元朗": {"yuenlong"}}


def _spoken(chars: str) -> set[str]:
    """Every way ``chars`` are written in Latin letters: pinyin ('dongchuan'), Wade-Giles, as Taiwan writes names ('hsinhsin' for
    鑫信), and a place's own English name ('kowloon' for 九龍)."""
    from pypinyin import Style, pinyin

    readings: set[str] = set()
    for style in (Style.NORMAL, Style.WADEGILES):
        spelled = {""}
        for options in pinyin(chars, style=style, heteronym=True):
            # (ü as pinyin types it, "v" in 'Hualv', or as "u"; Wade-Giles's "ü" is a "u" in a name: 'Yueh')
            forms = {re.sub(r"[^a-z]", "", x) for o in options for x in ((o, o.replace("v", "u")) if style == Style.NORMAL else (o.replace("v", "u"),))}
            spelled = {r + f for r in spelled for f in forms}
        readings |= spelled - {""}
    return readings | _ZH_PLACE_SPELLINGS.get(to_simplified(chars), set())


def spelled_alike(names: set[str], lexicon: Lexicon) -> list[tuple[str, str]]:
    """Pairs of one company's Chinese and English names that no document puts side by side, read from the spelling:
    '川禾算力' and 'Chuanhe Compute' (chuan-he, and 算力 is compute). Both sides must be the only match of the other."""
    from pypinyin import Style, pinyin

    # (not a unit named for its place, '華芯智算（深圳）科技', when its parent is 華芯智算)
    # (a two-character short name too: '宏碩' is 'Hongshuo Sensing Technology' when nothing else reads hongshuo, and no longer
    # name starts with it: '天枢' may be 天枢芯算 or 天枢控股)
    chinese = [n for n in names if re.fullmatch(r"[\u4e00-\u9fff]{3,14}", n) and lexicon.company(n) is None
               or re.fullmatch(r"[\u4e00-\u9fff]{2}", n) and lexicon.company(n) is None
               and not any(o != n and to_simplified(o).startswith(to_simplified(n)) for o in names)]
    # ('HsinHsin Securities', 'Hsin-Hsin Securities': a Taiwanese name's syllables each capitalised)
    english = [n for n in names if re.fullmatch(r"[A-Z][a-z]+(?:-?[A-Z][a-z]+)?(?: [A-Z][\w&.-]*){0,4}", n) and lexicon.company(n) is None]
    places = {"".join(p[0] for p in pinyin(place, style=Style.NORMAL)) for place in ZH_PLACES}
    candidates: dict[str, set[str]] = {}
    after_city: dict[str, set[str]] = {}  # matches only once a city is dropped: counted when the name has no other
    for zh, plain in [(name, form) for name in chinese for form in dict.fromkeys((to_simplified(name), to_simplified(zh_unplaced(name))))]:
        # ('杭州曜衡智算科技' is Hangzhou Yaoheng … when that is written; else '上海曜辰微电子' is Yaochen Microelectronics)
        if plain != to_simplified(zh) and (zh in candidates or zh in after_city):
            continue
        for size in (2, 3, 4):
            head, rest = plain[:size], plain[size:]
            if rest in ZH_PLACES or size == 4 and head not in _ZH_PLACE_SPELLINGS:
                continue  # '海澜香港' is 海澜's Hong Kong unit, not the 'Hailan' an English document names
            readings = _spoken(head)
            # (an abbreviation's single 智 or 探 is read only after the name's own first characters, not after a city's: 杭州酿智企业管理
            # is no 'Hangzhou Lingchu Intelligent Equipment')
            words = {w for key, values in _ZH_WORDS.items() if key in rest and not (key in {"智", "探"} and head in ZH_PLACES) for w in values}
            spoken = {""}  # the rest read aloud: '华铁智联' is 'Huatie Zhilian Technology'
            for options in pinyin(rest[:2], style=Style.NORMAL, heteronym=True):
                spoken = {r + o for r in spoken for o in options}
            for en in english:
                first, *others = en.lower().replace("-", "", 1).split()
                found = candidates
                if first in places and others and zh_unplaced(zh) == zh and first not in readings:
                    first, *others = others  # 'Suzhou Xincun Technology' is 芯存科技 (a city before the name)
                    found = after_city
                # (the rest read aloud only after a name's own first word, not after its city: '江苏衡磁控股集团' is no 'Jiangsu Hengci Electric')
                said = spoken - {""} if first not in places else set()
                if first in readings and (not rest or not others or (words | said) & set(others)):
                    found.setdefault(zh, set()).add(en)

    def unplaced(en: str) -> str:
        first, _, rest = en.partition(" ")
        return rest if rest and first.lower() in places else en

    direct = {zh: set(ens) for zh, ens in candidates.items()}
    for zh, ens in sorted(after_city.items(), key=lambda item: (len(item[0]), item[0])):
        # (shortest first, whatever the order of a set: 'Jiangsu Hengci Electric' is 衡磁电气, not its unit 衡磁中东电气)
        if zh not in candidates and not any(en in other for en in ens for other in candidates.values()):
            candidates[zh] = ens
        elif zh in candidates and all(unplaced(en).split()[0] in {c.split()[0] for c in candidates[zh]} for en in ens):
            candidates[zh] |= ens  # 'Zhihui' and the 'Hangzhou Zhihui Technology' a peer table names: read together below
    def without_units(ens: set[str]) -> set[str]:
        shortest = min(ens, key=len)  # 'Weilian Antenna', not its unit 'Weilian Antenna Vietnam'
        return {shortest} if all(en.startswith(shortest + " ") for en in ens - {shortest}) else ens

    pairs = []
    for zh, ens in candidates.items():
        ens = without_units(ens)
        core = min((unplaced(en) for en in ens), key=len)
        meant = {w for key, values in _ZH_WORDS.items() if key in zh for w in values}
        aloud = {""}  # (or the rest read aloud: 'Hailan' and 'Shanghai Hailan Zhihang' are both 海澜智航)
        for options in pinyin(to_simplified(zh_unplaced(zh))[2:4], style=Style.NORMAL, heteronym=True):
            aloud = {r + o for r in aloud for o in options}
        meant |= aloud - {""}
        if len(ens) > 1 and all(unplaced(en) == core or unplaced(en).startswith(core + " ") and set(unplaced(en)[len(core) + 1:].lower().split()) <= meant
                                for en in ens):
            # 'Zhihui' and 'Hangzhou Zhihui Technology' (a peer table's name, with its city): one company, 织慧科技
            pairs += [(zh, en) for en in ens if sum(en in other for other in candidates.values()) == 1]
            continue
        ens = without_units(direct.get(zh, ens))  # (else the names read without a city: 'Xingyan', not also 'Beijing Xingyan Intelligence Technology')
        if len(ens) == 1:
            en = next(iter(ens))
            if sum(en in other for other in candidates.values()) == 1:
                pairs.append((zh, en))
    return pairs


def build_graph(relations: list[Relation], lexicon: Lexicon, company: str = "", max_cycle: int = 5) -> Graph:
    import networkx as nx

    relations = unify_names(relations, lexicon)
    linked = {n for r in relations if r.relation != SAME_AS for n in (r.source, r.target)}
    # (a Chinese short name and the full name its notice heads it with, already one company, are read once: '链途智慧', not also
    # '苏州链途智慧物流', or neither would be the only match of 'Liantu Smart Logistics')
    twins = {max(r.source, r.target, key=len) for r in relations if r.relation == SAME_AS and {r.source, r.target} <= linked
             and all(re.match(r"[\u4e00-\u9fff]", n) for n in (r.source, r.target))}
    relations += [Relation(zh, en, SAME_AS, None, None, None, None, None, None, ()) for zh, en in spelled_alike(linked - twins, lexicon)]
    relations, joined = join_same(relations, lexicon)
    edges = merge(relations)
    all_cycles = find_cycles(edges, max_cycle)
    if company:
        wanted = lexicon.canonical(company)
        ids = {e.source for e in edges} | {e.target for e in edges}
        match = next((i for i in ids if i.lower() == wanted.lower()), None)
        if match is None:
            return Graph([], [], [])
        keep = [i for i, e in enumerate(edges) if match in (e.source, e.target)]
        for cycle in all_cycles:
            if match in cycle.nodes:
                keep.extend(cycle.edges)
        keep = sorted(set(keep))
        index = {old: new for new, old in enumerate(keep)}
        cycles = [Cycle(c.nodes, tuple(index[e] for e in c.edges), c.min_amount_usd) for c in all_cycles if match in c.nodes]
        edges = [edges[i] for i in keep]
    else:
        cycles = all_cycles
    graph = nx.DiGraph()
    for edge in edges:
        graph.add_edge(edge.source, edge.target)
    nodes = []
    for node_id in sorted(graph.nodes):
        known = lexicon.company(node_id)
        names = [*(known.all_names() if known else (node_id,)), *sorted(joined.get(node_id, ()))]
        aliases = tuple(n for n in dict.fromkeys(names) if n != node_id)
        nodes.append(Node(node_id, node_id, aliases, known.kind if known else ""))
    return Graph(nodes, edges, cycles)


def find_cycles(edges: list[Relation], max_length: int = 5) -> list[Cycle]:
    """Directed cycles of money (payer -> payee), 2 to ``max_length`` companies, smallest amount first known."""
    import networkx as nx

    flows = nx.MultiDiGraph()
    for index, edge in enumerate(edges):
        if edge.payer and edge.payee and edge.payer != edge.payee:
            flows.add_edge(edge.payer, edge.payee, index=index)
    simple = nx.DiGraph(flows)
    cycles: list[Cycle] = []
    for loop in nx.simple_cycles(simple, length_bound=max_length):
        if len(loop) < 2:
            continue
        # rotate so the loop starts at its alphabetically first company: one loop, one listing
        start = loop.index(min(loop))
        loop = loop[start:] + loop[:start]
        indices: list[int] = []
        for a, b in zip(loop, loop[1:] + loop[:1], strict=True):
            options = sorted((d["index"] for d in flows.get_edge_data(a, b).values()), key=lambda i: -(edges[i].amount_usd or 0))
            indices.append(options[0])
        amounts = [edges[i].amount_usd for i in indices]
        known = [a for a in amounts if a is not None]
        minimum = min(known) if len(known) == len(amounts) else None
        cycles.append(Cycle(tuple(loop), tuple(indices), minimum))
    cycles.sort(key=lambda c: (c.min_amount_usd is None, -(c.min_amount_usd or 0), len(c.nodes), c.nodes))
    return cycles


def exposure(graph: Graph, company: str) -> dict[str, list[Relation]]:
    """A company's largest customers, suppliers, investors and lenders, with amounts and evidence."""
    out: dict[str, list[Relation]] = {"customers": [], "suppliers": [], "investors": [], "lenders": [], "investments": [], "borrowers": []}
    for edge in graph.edges:
        if edge.relation == "supplies" and edge.source == company:
            out["customers"].append(edge)
        elif edge.relation == "supplies" and edge.target == company:
            out["suppliers"].append(edge)
        elif edge.relation in {"invests_in", "owns_stake_in"} and edge.target == company:
            out["investors"].append(edge)
        elif edge.relation in {"invests_in", "owns_stake_in", "acquires"} and edge.source == company:
            out["investments"].append(edge)
        elif edge.relation == "lends_to" and edge.target == company:
            out["lenders"].append(edge)
        elif edge.relation == "lends_to" and edge.source == company:
            out["borrowers"].append(edge)
    for key in out:
        out[key].sort(key=lambda e: -(e.amount_usd or 0))
    return out
