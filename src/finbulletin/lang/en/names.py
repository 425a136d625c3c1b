"""Context patterns and word lists for names in English bulletins.

The lexicon finds the names it knows; these patterns decide what a found name is
(a sector needs a cue such as "sector" or "stocks"; a company is a security where its
stock moves and an organization where it speaks) and find the names it does not know:
a capitalised name before a bracketed code, "... ETF", "... Index", "... Securities",
members of a holdings list. Everything here is compiled once at import.

Example:
    >>> bool(SECTOR_CUE_AFTER.match(" concept stocks rose", 0))
    True
    >>> name_start("with stocks like Qing Shui Yuan", 31)
    17
"""

from __future__ import annotations

from itertools import islice
from types import MappingProxyType

import regex

from finbulletin.models import OrganizationType

# --- sectors -------------------------------------------------------------------------

#: A cue after a sector name: "photovoltaic equipment sector", "CPO concept stocks",
#: "Gold-related stocks", "bank and property stocks" (the last name carries the cue).
SECTOR_CUE_AFTER = regex.compile(
    r"""
    (?:
        [\-‐–]related                            # "Gold-related", "pig-related"
      | [\-‐–]concept                            # "AI-concept stocks"
      | \s++
        (?:concept\s++(?:stocks?|shares|sector|board|names|plays)
          | sectors?|stocks?|shares|industry|industries|concepts?|board|boards
          | plays|names|index|indices|counters|heavyweights|theme|themes|segment
          | chain|industry\s++chain|supply\s++chain|firms|companies|makers|producers
          | developers|space|equities|ETFs?|assets
        )
    )
    (?![\w\-])                                   # a whole word
    """,
    regex.VERBOSE,
)

#: Sector forms taken without a cue: they name nothing but a sector (compared lower-cased).
STANDALONE_SECTORS = frozenset(
    {
        "financials",
        "industrials",
        "chipmakers",
        "chip makers",
        "automakers",
        "carmakers",
        "photovoltaic equipment",
        "cpo",
        "co-packaged optics",
        "aigc",
        "bipv",
        "semiconductors",
        "new energy vehicles",
        "consumer staples",
        "consumer discretionary",
        "memory chips",
        "optical modules",
        "innovative drugs",
        "computing power",
        "ai computing power",
        "humanoid robots",
        "low-altitude economy",
        "solid-state batteries",
    }
)

#: A cue before a sector name: "sectors such as banking", "the sector of batteries".
SECTOR_CUE_BEFORE = regex.compile(
    r"""
    (?:sectors?|industries|themes|concepts|boards)\s+      # the group word
    (?:such\s+as|like|including|include|included|were|are|of|led\s+by)\s+
    (?:the\s+)?\Z                                           # right before the name
    """,
    regex.VERBOSE | regex.REVERSE | regex.IGNORECASE,
)

#: Joins two sector names of one list: "bank and property", "banking, insurance".
SECTOR_JOINER = regex.compile(r"\s*+,\s*+(?:and\s++|or\s++)?|\s++(?:and|or|&)\s++")

#: Words that cannot start an unknown sector name found before a cue ("the entire sector").
SECTOR_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "our",
        "his",
        "her",
        "all",
        "other",
        "others",
        "some",
        "many",
        "most",
        "several",
        "few",
        "more",
        "less",
        "each",
        "every",
        "any",
        "both",
        "such",
        "same",
        "entire",
        "whole",
        "overall",
        "broader",
        "broad",
        "wider",
        "related",
        "relevant",
        "respective",
        "individual",
        "various",
        "certain",
        "popular",
        "leading",
        "listed",
        "heavyweight",
        "major",
        "key",
        "main",
        "top",
        "hot",
        "strong",
        "weak",
        "active",
        "private",
        "public",
        "corporate",
        "domestic",
        "overseas",
        "foreign",
        "local",
        "mainland",
        "global",
        "international",
        "underlying",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "to",
        "from",
        "with",
        "as",
        "and",
        "or",
        "but",
        "than",
        "while",
        "including",
        "led",
        "rose",
        "fell",
        "gained",
        "lost",
        "climbed",
        "jumped",
        "dropped",
        "slid",
        "surged",
        "plunged",
        "rallied",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
    ]
)

#: Cue words after which a lower-case phrase is an unknown sector ("power grid equipment sector").
UNKNOWN_SECTOR_CUE = regex.compile(
    r"""
    \s++(?:sector|industry|concept\s++stocks|concept\s++shares|concept\s++sector|board)
    (?![\w\-])
    | [\-‐–]related\s++(?:stocks|shares|sectors?|names|plays|companies|firms)\b
    """,
    regex.VERBOSE,
)

#: One lower-case word of an unknown sector name.
SECTOR_WORD = regex.compile(r"[a-z][a-z\-]*+|[A-Z]{2,5}+|[A-Z][a-z]++(?=[\-‐–]related)")

#: Words that say the text is about the Hong Kong market (then H shares come before A shares).
HONG_KONG_MARKET = regex.compile(
    r"Hong\s++Kong\s++(?:stocks|shares|market)|Hang\s++Seng|HK\$|HKD|\.HK\b|HKEX"
)

# --- securities and organizations ----------------------------------------------------

#: Right after a company name: its stock is meant ("rose 2%", "shares", "(688256)").
SECURITY_AFTER = regex.compile(
    r"""
    (?:\s*+[(（][^()（）]{1,40}[)）])?              # a bracketed code or alias in between
    (?:\s*+[’']s)?\s*+
    (?:
        (?:shares?|stocks?|share\s++price|stock\s++price|H[\-\s]shares|A[\-\s]shares)\b
      | (?:was|were|is|are|has|had|have)?\s*+
        (?:rose|rises?|rising|fell|falls?|falling|gained|gains?|gaining|climbed|climbs?|climbing
          |jumped|jumps?|jumping|surged|surges?|surging|soared|soars?|soaring|rallied|rally|rallies
          |added|adds?|advanced|advances?|advancing|declined|declines?|declining|dropped|drops?
          |dropping|lost|loses|losing|slid|slides?|sliding|slumped|slumps?|tumbled|tumbles?|tumbling
          |plunged|plunges?|plunging|sank|sinks?|edged|eased|eases?|retreated|rebounded|rebounds?
          |increased|increasing|decreased|weakened|strengthened|hit|hitting|touched|closed|closing
          |ended|opened|traded|trading|spiked|shot|shooting|outperformed|underperformed|led\s++the
          |up|down|higher|lower|flat|limit[\-\s]up|limit[\-\s]down)\b
        (?!\s++(?:the|its|their|a|an|his|her|our|this|that)\b)           # "strengthened the ..." acts
      | (?:was|were|is|became)\s++(?:the\s++|a\s++)?(?:top|biggest|best|worst|leading|major)\s++
        (?:gainers?|losers?|performers?|decliners?)\b
      | \d[\d.,]*+\s*+(?:%|per\s*+cent|percent)               # "HKEX's 41 per cent rise"
      | [+\-−]?\d[\d.,]*+\s++\([+\-−]?\d                      # a quote: "-2.000 (-0.525%)"
    )
    """,
    regex.VERBOSE,
)

#: A title in quotation marks or book-title marks names a document, not its words (unused in English).
TITLE = regex.compile(r"《[^《》\n]{1,80}》")

#: Economic indicators named "... Index": not market indices.
ECONOMIC_INDEX = regex.compile(
    r"""
    (?:Price|Prices|Managers[’']?|Manager[’']s|Confidence|Sentiment|Production|Activity|Diffusion
      |Climate|Prosperity|Employment|Leading|Happiness)
    \s++[Ii]ndex$
    """,
    regex.VERBOSE,
)

#: After an index name: the market board is meant, not the index ("the ChiNext board").
NOT_AN_INDEX_AFTER = regex.compile(r"\s++(?:board|market|Board|Market)\b")

#: Right before a company name: its stock is meant ("target price for HKEX", "shares of").
SECURITY_BEFORE = regex.compile(
    r"""
    (?:target\s+price|price\s+target|TP|stake|holdings?|position|shares|stock|weighting|weight)
    \s+(?:for|of|on|in)\s+\Z
    | (?:bought|sold|buy|sell|overweight|underweight|holds?|holding|added\s+to)\s+\Z
    """,
    regex.VERBOSE | regex.REVERSE | regex.IGNORECASE,
)

#: Right after a name: it acts as a source or actor ("says", "expects", "'s research report").
ORGANIZATION_AFTER = regex.compile(
    r"""
    (?:\s*+[(（][^()（）]{1,40}[)）])?              # a bracketed alias in between
    (?:\s*+,[^,.;]{1,80},)?                          # ", a provider of fund flow data,"
    \s*+
    (?:
        (?:also\s++|further\s++|has\s++|had\s++|have\s++|again\s++|recently\s++|previously\s++)?
        (?:said|says|say|saying|noted|notes|note|pointed\s++out|points?\s++out|stated|states
          |expects?|expected|expecting|believes?|believed|forecasts?|forecasted|forecasting
          |estimated?|estimates|projects?|projected|projecting|predicts?|predicted|anticipates?
          |anticipated|attributes?|attributed|cites?|cited|citing|reported|reports|announced
          |announces|released|releases|published|publishes|issued|issues|highlighted|highlights
          |indicated|indicates|envisions?|warned|warns|added|argued|argues|wrote|writes
          |recommends?|recommended|maintains?|maintained|raised\s++(?:its|their|the)
          |cut\s++(?:its|their|the)|lowered\s++(?:its|their|the)|upgraded|downgraded
          |reiterated|reaffirmed|commented|explained|suggested|suggests|sees|saw\s++(?:a|the)
          |invests?|invested|investing|acquired|plans?\s++to|will\s++invest|launched|launches
          |is\s++(?:well[\-\s])?prepared|has\s++been\s++(?:investing|buying)|thinks?|thought
          |told|tells|described|calls?\s++for|called\s++for|urged|vowed|pledged|decided|approved
          |conducted|injected|set|sets|kept|keeps|held\s++(?:a|its|the)|data|analysts?
          |economists?|strategists?|research|report|note|survey|statistics)\b
      | [’']s\s++(?:research|report|analysis|analysts?|note|notes|economists?|strategists?
          |vote|view|forecast|estimate|data|survey|team|chief|head|president|chairman|CEO)\b
    )
    """,
    regex.VERBOSE,
)

#: After a name and its code: the company acts all the same ("Acme (600001) said ...").
CODED_ORGANIZATION_AFTER = regex.compile(
    r"""
    [ \t]*+[(（][^()（）]{1,30}[)）][ \t]*+
    (?:said|says|announced|announces|reported|reports|expects|expected|disclosed|stated|released|published)\b
    """,
    regex.VERBOSE,
)

#: Right before a name: it is a source ("according to", "said", "data from", "analysts at").
ORGANIZATION_BEFORE = regex.compile(
    r"""
    (?:according\s+to|data\s+(?:from|by)|figures\s+from|report(?:s|ed)?\s+(?:by|from)
      |note\s+(?:by|from)|analysts?\s+(?:at|from|with)|economists?\s+(?:at|from|with)
      |strategists?\s+(?:at|from|with)|an\s+analyst\s+(?:at|with|from)|said|says|per
      |citing|cited\s+by|investment\s+bank|bank|broker(?:age)?|firm|provider|agency
      |research\s+(?:house|firm)|consultancy|regulator|operator|giants?\s+(?:like|such\s+as)
      |by|from|with)
    \s+(?:the\s+)?\Z
    """,
    regex.VERBOSE | regex.REVERSE | regex.IGNORECASE,
)

#: An unknown capitalised name after these words is a source: "Data from EPFR", "according to".
SOURCE_FRAME = regex.compile(
    r"""
    (?:according\s++to|[Dd]ata\s++(?:from|by)|figures\s++from|citing|cited\s++by
      |analysts?\s++(?:at|from|with)|economists?\s++(?:at|from|with)|strategists?\s++(?:at|from|with)
      |an\s++analyst\s++(?:at|with|from)|research\s++(?:firm|house)|investment\s++bank|data\s++provider)
    \s++(?:the\s++)?
    """,
    regex.VERBOSE,
)

#: Verbs after which an unknown capitalised name is an actor: "Harbin cites ...".
ACTOR_VERB = regex.compile(
    r"""
    (?<=\s)(?:said|says|expects|expected|cites|cited|attributes|attributed|anticipates|anticipated
      |forecasts|forecast|projects|projected|noted|notes|pointed\s++out|points\s++out|believes
      |estimates|estimated|announced|announces|reported|released|published|predicts|predicted
      |highlighted|warned|recommends|maintains|raised\s++its|cut\s++its|upgraded|downgraded)\b
    """,
    regex.VERBOSE,
)

#: Reporting verbs that persons use as often as institutions: one plain capitalised word
#: before them is not taken as an organization ("Powell said"), a brand-like one is ("EPFR said").
PERSON_VERBS = frozenset(
    {"said", "says", "noted", "notes", "pointed", "points", "believes", "warned", "highlighted"}
)

#: Family names and titles that make a capitalised name a person, not an institution.
PERSON_WORDS = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "President",
        "Premier",
        "Chairman",
        "Chairwoman",
        "CEO",
        "Governor",
        "Minister",
        "Director",
        "Analyst",
        "Zhou",
        "Wang",
        "Li",
        "Zhang",
        "Liu",
        "Chen",
        "Yang",
        "Huang",
        "Zhao",
        "Wu",
        "Xu",
        "Sun",
        "Ma",
        "Zhu",
        "Hu",
        "Guo",
        "He",
        "Lin",
        "Gao",
        "Luo",
        "Zheng",
        "Liang",
        "Xie",
        "Song",
        "Tang",
        "Han",
        "Feng",
        "Deng",
        "Cao",
        "Peng",
        "Zeng",
        "Xiao",
        "Tian",
        "Dong",
        "Pan",
        "Yuan",
        "Cai",
        "Jiang",
        "Yu",
        "Du",
        "Ye",
        "Cheng",
        "Wei",
        "Su",
        "Lu",
        "Ding",
        "Ren",
        "Shen",
        "Yao",
        "Jin",
        "Fu",
        "Qian",
        "Tan",
        "Kong",
        "Xi",
        "Lei",
        "Fan",
        "Meng",
        "Qiu",
        "Xiong",
        "Bai",
        "Hao",
        "Shi",
        "Mao",
        "Wan",
        "Gu",
        "Yin",
        "Chang",
        "Lai",
        "Long",
        "Duan",
        "Hou",
        "Wen",
        "Cui",
        "Tao",
        "Dai",
        "Zou",
        "Lam",
        "Wong",
        "Chan",
        "Leung",
        "Cheung",
        "Ng",
        "Lau",
        "Ho",
        "Tse",
        "Yip",
        "Mok",
    ]
)

#: Futures contracts are named by their commodity before this word: "lithium carbonate futures".
FUTURES_WORD = regex.compile(r"\bfutures\b")

#: Words before "futures" that are not the commodity: "the main contract for ... futures".
FUTURES_STOPWORDS = frozenset({"contract", "contracts", "main", "stock", "index", "traded", "most", "active"})

#: Words in the clause after a name that speak of its stock ("... in its share price").
SECURITY_CLAUSE = regex.compile(
    r"\b(?:share\s++price|stock\s++price|its\s++shares|target\s++price|price\s++target|market\s++value)\b"
)

#: How far a clause reaches for :data:`SECURITY_CLAUSE`: up to its end.
CLAUSE_END = regex.compile(r"[.;!?\n]")

# --- names the lexicon does not know --------------------------------------------------

#: A bracketed code right after a name: "(688256)", "(Shanghai: 688256)", "(00388.HK)".
BRACKET_CODE = regex.compile(
    r"""
    [(（]\s*+
    (?:(?:Shanghai|Shenzhen|Beijing|Hong\s++Kong|SH|SZ|BJ|HK|SSE|SZSE|HKEX|code|Code|ticker|Ticker)
       \s*+[:：]?\s*+)?                                         # a venue or "code:" first
    (?P<code>\d{6}(?:\.(?:SH|SS|SZ|BJ|sh|sz))?+|\d{4,5}\.(?:HK|hk)|\d{5}(?![\d.]))
    \s*+[)）]
    """,
    regex.VERBOSE,
)

#: A code standing alone, not next to a name: "515070 tracks ...".
BARE_CODE = regex.compile(
    r"""
    (?<![\w.,:：(（$¥/\-])                   # not inside a number, word or bracket; a stop may follow
    (?P<code>\d{6}(?:\.(?:SH|SS|SZ|BJ))?+|\d{5}\.HK)
    (?![\w,%％/\-]|\.\w|\s*+(?:per\s*+cent|percent|points?|shares|yuan|units|people|tonnes))
    """,
    regex.VERBOSE,
)

#: A listing suffix written after a name: "Cambricon -U", "Kuaishou-W".
LISTING_SUFFIX = regex.compile(r"[ \t]?+[\-‐][ \t]?+(?:UW|SW|WD|U|W)(?![\w\-])")

#: A listing suffix that ends where a search ends (to look back from a bracket).
LISTING_SUFFIX_BEFORE = regex.compile(r"[ \t]?[\-‐][ \t]?(?:UW|SW|WD|U|W)[ \t]*\Z", regex.REVERSE)

#: After a company name: a concept board named after it ("Huawei concept stocks").
COMPANY_CONCEPT = regex.compile(r"[ \t]++concept[ \t]++(?:stocks|shares|sector|board|names|plays)\b")

#: A word that can be part of a capitalised name: "Zhongji", "X-Chuang", "JD.com", "360", "iFlytek".
NAME_WORD = regex.compile(r"(?:[A-Z][\w&’'\-]*+(?:\.[a-z]{2,3}\b)?|[0-9]+[A-Za-z\-]*+|[a-z][A-Z][\w\-]*+)")

#: Lower-case words allowed inside a capitalised name, between two name words.
NAME_CONNECTORS = frozenset({"of", "and", "&", "de", "for", "du", "la"})

#: Abbreviations that end with a full stop inside a name.
NAME_ABBREVIATIONS = frozenset({"Co.", "Inc.", "Ltd.", "Corp.", "Bhd.", "Plc.", "S.A.", "N.V.", "U.S."})

#: Place and nationality words that may open a name ("China Merchants Securities") but are
#: not a name alone.
PLACE_WORDS = frozenset(
    [
        "Chinese",
        "China",
        "Hong",
        "Kong",
        "Shanghai",
        "Shenzhen",
        "Beijing",
        "US",
        "U.S.",
        "American",
        "European",
        "Japanese",
        "Asian",
        "Global",
        "Mainland",
    ]
)

#: Capitalised words that open a sentence or a phrase but are not part of a name.
NAME_STOPWORDS = PLACE_WORDS | frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "Our",
        "His",
        "Her",
        "In",
        "On",
        "At",
        "By",
        "For",
        "To",
        "From",
        "With",
        "As",
        "And",
        "Or",
        "But",
        "Among",
        "Amid",
        "Meanwhile",
        "Additionally",
        "Also",
        "However",
        "Moreover",
        "Furthermore",
        "Previously",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Shares",
        "Stocks",
        "Stock",
        "Share",
        "Related",
        "Products",
        "Product",
        "Both",
        "Other",
        "Others",
        "All",
        "Some",
        "Many",
        "Most",
        "Several",
        "Leading",
        "Top",
        "Major",
        "Main",
        "Key",
        "Popular",
        "Peer",
        "Rival",
        "Domestic",
        "Overseas",
        "While",
        "When",
        "After",
        "Before",
        "Since",
        "Although",
        "Though",
        "If",
        "Then",
        "Still",
        "Yet",
        "So",
        "Analysts",
        "Analyst",
        "Investors",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Notably",
        "Overall",
        "Specifically",
        "Including",
        "Like",
        "Such",
        "Sources",
        "Source",
        "Data",
        "Note",
    ]
)

#: The last word of an ETF's name: "... AI ETF", "... AIETF".
ETF_WORD = regex.compile(r"(?:[A-Z0-9][\w\-]*+)?ETF(?![\w\-])")

#: What may follow "ETF" and still belong to the name: "... ETF Feeder Fund", "... ETF Fund".
ETF_TAIL = regex.compile(r"(?:[ \t]++(?:Feeder|Linked|Connect)(?:[ \t]++Fund)?|[ \t]++Fund)?+(?![\w\-])")

#: The last word of an index's name: "... Theme Index", "... Shenzhen index".
INDEX_WORD = regex.compile(r"(?:Index|index|Indices)(?![\w\-])")

#: The last words of an institution's name: "... Securities", "... Asset Management".
ORGANIZATION_SUFFIX = regex.compile(
    r"""
    (?:Securities|Bank|Fund|Capital|Asset\s++Management|Investment\s++Management
      |Wealth\s++Management|Management|Research|Investments?|Holdings|Financial|Partners|Advisors
      |Advisers|Insurance|Trust|Futures|Institute|Agency|Journal|News|Daily|Times|Post|Exchange
      |Exchanges|Commission|Administration|Ministry|Council|Bureau|Office|Association|Corporation
      |Corp\.?|Group|Consulting|Analytics|Ratings|Markets|Brokerage|International|Limited|Ltd\.?
      |Inc\.?|Technologies|Technology|Information|Industry|Industries|Networks|Communication
      |Communications|Semiconductor|Electronics|Microelectronics|Mining|Energy|Motors?|Pharmaceuticals?
      |Foodstuff|Properties|Entertainment)
    (?![\w\-])
    """,
    regex.VERBOSE,
)

#: The kind of institution a name's last words tell; other names are companies.
ORGANIZATION_TYPES: MappingProxyType[str, OrganizationType] = MappingProxyType(
    {
        "Securities": "broker",
        "Brokerage": "broker",
        "Futures": "broker",
        "Bank": "bank",
        "Fund": "fund_manager",
        "Capital": "fund_manager",
        "Asset Management": "fund_manager",
        "Investment Management": "fund_manager",
        "Wealth Management": "fund_manager",
        "Management": "fund_manager",
        "Trust": "fund_manager",
        "Partners": "fund_manager",
        "Insurance": "insurer",
        "Research": "research_firm",
        "Institute": "research_firm",
        "Consulting": "research_firm",
        "Analytics": "data_vendor",
        "Ratings": "rating_agency",
        "Journal": "media",
        "News": "media",
        "Daily": "media",
        "Times": "media",
        "Post": "media",
        "Agency": "media",
        "Exchange": "exchange",
        "Exchanges": "exchange",
        "Commission": "regulator",
        "Administration": "government",
        "Ministry": "government",
        "Council": "government",
        "Bureau": "government",
        "Office": "government",
    }
)

#: A list frame before capitalised names: "include", "such as", "like", "led by".
LIST_FRAME = regex.compile(
    r"""
    \b(?:include|includes|included|including|such\s++as|like|namely|e\.g\.|led\s++by)
    [,:]?[ \t]++
    (?=[A-Z0-9]|[a-z][A-Z])                     # a name follows
    """,
    regex.VERBOSE,
)

#: The noun before a list frame, which tells what the members are: "holdings", "giants".
LIST_NOUN = regex.compile(
    r"""
    (?P<noun>holdings|stocks|shares|constituents|components|names|leaders|heavyweights|counters
      |gainers|losers|firms|companies|giants|institutions|brokers|brokerages|banks|lenders|insurers
      |players|peers|producers|makers|developers|operators|ETFs|products|funds)
    [\s,]*(?:\w+[\s,]+)?\Z
    """,
    regex.VERBOSE | regex.REVERSE | regex.IGNORECASE,
)

#: List nouns that make the members companies acting, not stocks.
ORGANIZATION_LIST_NOUNS = frozenset(
    {
        "firms",
        "companies",
        "giants",
        "institutions",
        "brokers",
        "brokerages",
        "banks",
        "lenders",
        "insurers",
        "players",
        "peers",
        "producers",
        "makers",
        "developers",
        "operators",
    }
)

#: Separates members of a list of names: ", ", ", and ", " and ".
LIST_SEPARATOR = regex.compile(r",\s*+(?:and\s++|&\s++)?|\s++(?:and|&)\s++")

#: Ends a list of stock names and says they moved: ", etc., led the gains".
LIST_END_MOVE = regex.compile(
    r"""
    ,?\s*+(?:etc\.?,?\s*+)?
    (?:led\s++the\s++(?:gains|declines?|decliners|rally|losses|advance|drop)
      |(?:were|was|all|both)?\s*+(?:rose|fell|gained|climbed|jumped|surged|dropped|declined|slid
        |tumbled|plunged|followed|hit|posted|rallied|soared)\b)
    """,
    regex.VERBOSE,
)

#: A list that ends with "etc." is a list of names even with no frame.
LIST_ETC = regex.compile(r",?\s*+etc\.")

#: Group phrases that are not entities: "the three major indices", "comparable funds".
GROUP_PHRASE = regex.compile(
    r"""
    \b(?:the\s++)?(?:three|two|four|major|main|key|benchmark|broader|regional|global|leading)
    (?:\s++(?:major|main|key|benchmark|A[\-\s]share|Hong\s++Kong|Chinese|mainland|US|stock))*
    \s++(?:indices|indexes|indicators|averages|gauges|exchanges|bourses)\b
    | \bcomparable\s++funds\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def name_start(text: str, end: int, *, window: int = 120) -> int | None:
    """Where a capitalised name ending at ``end`` begins, or None if none ends there.

    Walks back over capitalised words, numbers and the connectors of, and, & (when a
    name word stands on both sides), stops at a lower-case word or punctuation, and drops
    opening words such as "The" or "Among".

    Example:
        >>> t = "Meanwhile, stocks such as Hua Feng Motor (Shenzhen: 300999) rose"
        >>> t[name_start(t, 40):40]
        'Hua Feng Motor'
        >>> t = "a stake in Rural and Coastal Bank of Fujian (601999.SH)"
        >>> t[name_start(t, 43):43]
        'Rural and Coastal Bank of Fujian'
        >>> name_start("the index rose", 9) is None
        True
    """
    lo = max(0, end - window)
    found = list(islice(_WORD_OR_PUNCT.finditer(text, lo, end), 16))  # the last words, read backwards
    words = [(m.start(), m.end()) for m in reversed(found)]
    if not words or words[-1][1] != end:
        return None
    chosen: int | None = None  # index into ``words`` of the first word of the name
    product = text[words[-1][0] : words[-1][1]] in _PRODUCT_ENDS  # an index's or a fund's name
    i = len(words) - 1
    while i >= 0:
        s, e = words[i]
        word = text[s:e]
        if NAME_WORD.fullmatch(word) is None or (word.endswith(".") and word not in NAME_ABBREVIATIONS):
            break
        if i + 1 < len(words) and not _adjacent(text, e, words[i + 1][0]):
            break
        if word in _BOUNDARY_WORDS and chosen is not None:
            break  # "Shares of Acme Robotics", "... Close Higher On Brokerage Group": not part of the name
        chosen = i
        if i >= 2 and text[words[i - 1][0] : words[i - 1][1]] in NAME_CONNECTORS:
            left = text[words[i - 2][0] : words[i - 2][1]]
            if NAME_WORD.fullmatch(left) and _joins(text, words, i, product):
                i -= 2
                continue
            break
        if (
            i >= 2
            and text[words[i - 1][0] : words[i - 1][1]] == ","
            and text[s:e] in {"Limited", "Ltd", "Ltd."}
        ):
            i -= 2  # "Co., Limited"
            continue
        i -= 1
    if chosen is None:
        return None
    while chosen < len(words) and (
        text[words[chosen][0] : words[chosen][1]] in _OPENING_WORDS
        or text[words[chosen][0] : words[chosen][1]] in NAME_CONNECTORS
    ):
        chosen += 1
    if chosen >= len(words):
        return None
    glued = _GLUED.match(text, words[chosen][0])
    if glued and glued.end() < end:
        return glued.end()  # "NewsHSBC Research": a scraped page glued two words
    return words[chosen][0]


_GLUED = regex.compile(r"[A-Z][a-z]{2,}+(?=[A-Z]{2,})")

#: Capitalised words a name does not run back over (the opening words and headline words).
HEADLINE_WORDS = frozenset(
    [
        "Close",
        "Closes",
        "Closed",
        "Higher",
        "Lower",
        "Up",
        "Down",
        "Rise",
        "Rises",
        "Rose",
        "Fall",
        "Falls",
        "Fell",
        "Gain",
        "Gains",
        "Gained",
        "Rally",
        "Rallies",
        "Rallied",
        "Slump",
        "Slumps",
        "Drop",
        "Drops",
        "Jump",
        "Jumps",
        "Surge",
        "Surges",
        "Soar",
        "Soars",
        "Slide",
        "Slides",
        "Says",
        "Said",
        "Sees",
        "Expects",
        "Raises",
        "Cuts",
        "Lifts",
        "Lift",
        "Hits",
        "Hit",
        "Record",
        "High",
        "Low",
        "Over",
        "Under",
        "Into",
        "Near",
        "Ahead",
        "Despite",
        "Stocks",
        "Shares",
        "Markets",
        "Market",
        "Index",
        "Week",
        "Day",
        "Year",
        "Quarter",
        "Buy",
        "Sell",
        "Target",
        "Rating",
        "Upgrade",
        "Downgrade",
    ]
)
_OPENING_WORDS = NAME_STOPWORDS - PLACE_WORDS  # dropped from the start of a name
_BOUNDARY_WORDS = _OPENING_WORDS | HEADLINE_WORDS
_WORD_OR_PUNCT = regex.compile(r"[\w&’'.\-]+|[^\s\w]", regex.REVERSE)


def _adjacent(text: str, end: int, next_start: int) -> bool:
    """Whether two words are separated by spaces only (one line)."""
    gap = text[end:next_start]
    return len(gap) <= 2 and not gap.strip() and "\n" not in gap


#: The last word of an index's or a fund's name: "and" inside such a name joins its words
#: ("CSI Semiconductor Materials and Equipment Theme Index"), unless an index ends before it.
_PRODUCT_ENDS = frozenset({"Index", "Indices", "index", "ETF"})


def _joins(text: str, words: list[tuple[int, int]], i: int, product: bool = False) -> bool:
    """Whether the connector before ``words[i]`` joins one name rather than two.

    "and" joins when a single word stands on one side ("Industrial and Commercial Bank",
    "Exchanges and Clearing"), or inside the name of an index or a fund when no index or
    fund name ends before it; "of", "&" and "the" always join.
    """
    connector = text[words[i - 1][0] : words[i - 1][1]]
    if connector != "and":
        return True
    if product:
        return text[words[i - 2][0] : words[i - 2][1]] not in _PRODUCT_ENDS
    right_words = 1
    j = i + 1
    while j < len(words) and NAME_WORD.fullmatch(text[words[j][0] : words[j][1]]):
        right_words += 1
        j += 1
    left_single = i < 3 or NAME_WORD.fullmatch(text[words[i - 3][0] : words[i - 3][1]]) is None
    return right_words == 1 or left_single


# --- where the scanning patterns may match ---------------------------------------------

#: The scanners that are tried only at their anchor words (see :data:`ANCHORS`).
ANCHORED = frozenset({"organization", "source", "actor", "sector", "group"})


def _anchors(*groups: tuple[str, int, str]) -> MappingProxyType[str, tuple[tuple[str, int], ...]]:
    """Build the table lower-case word -> (scanner, shift) pairs.

    The scanner's pattern is matched where the word starts, moved by ``shift`` characters
    ("sector" is matched from the space before it).
    """
    table: dict[str, list[tuple[str, int]]] = {}
    for scanner, shift, words in groups:
        for word in words.split():
            table.setdefault(word, []).append((scanner, shift))
    return MappingProxyType({word: tuple(pairs) for word, pairs in table.items()})


#: Anchor words of the scanning patterns, so that a text is scanned once (by the lexicon
#: look-up) instead of once per pattern: the first word of :data:`ORGANIZATION_SUFFIX`,
#: :data:`SOURCE_FRAME` and :data:`ACTOR_VERB`, the cue word of :data:`UNKNOWN_SECTOR_CUE`,
#: the last word of :data:`GROUP_PHRASE`.
ANCHORS = _anchors(
    (
        "organization",
        0,
        """securities bank fund capital asset investment wealth management research investments
        holdings financial partners advisors advisers insurance trust futures institute agency
        journal news daily times post exchange exchanges commission administration ministry council
        bureau office association corporation corp group consulting analytics ratings markets
        brokerage international limited ltd inc technologies technology information industry
        industries networks communication communications semiconductor electronics microelectronics
        mining energy motor motors pharmaceutical pharmaceuticals foodstuff properties entertainment""",
    ),
    (
        "source",
        0,
        """according data figures citing cited analyst analysts economist economists strategist
        strategists an research investment""",
    ),
    (
        "actor",
        0,
        """said says expects expected cites cited attributes attributed anticipates anticipated
        forecasts forecast projects projected noted notes pointed points believes estimates estimated
        announced announces reported released published predicts predicted highlighted warned
        recommends maintains raised cut upgraded downgraded""",
    ),
    ("sector", -1, "sector industry concept board related"),
    ("group", 0, "indices indexes indicators averages gauges exchanges bourses funds"),
)
