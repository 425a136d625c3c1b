"""Context patterns and word lists for names in Chinese bulletins.

Han text has no spaces, so a name's left edge is found by walking back from its end to
a stop: punctuation, a function word (的, 为, 与, 及, ...), a verb that introduces a name
(通过, 跟踪, 包括, ...) or a time word (今日, 午后, ...). The lexicon finds the names it
knows; these patterns decide what a found name is (a sector needs a cue such as 板块,
股, 概念; a company is a security where its stock moves and an organization where it
speaks) and find the names it does not know: 名称(代码), …ETF, …指数, …证券, the
members of a 、-list of stocks. Everything here is compiled once at import.

Example:
    >>> bool(SECTOR_CUE_AFTER.match("概念股集体拉升", 0))
    True
    >>> t = "第一大权重股为中芯国际"
    >>> t[name_start(t, len(t)):]
    '中芯国际'
"""

from __future__ import annotations

from types import MappingProxyType

import regex

from finbulletin.models import OrganizationType

# --- sectors -------------------------------------------------------------------------

#: A cue after a sector name: 光伏板块, 银行股, CPO概念, 半导体行业, 锂电产业链.
SECTOR_CUE_AFTER = regex.compile(
    r"""
    [”"’』」]?+                                   # a closing quote: “智能座舱”概念
    (?:
        概念股 | 概念板块 | 概念 | 板块 | 行业 | 全?产业链 | 产业 | 赛道 | 题材 | 指数 | 类股 | 类
      | 股(?![份东价权票市息本民指评通])              # 银行股, but not 股份, 股东, 股价, ...
      | 领域 | 主题 | 方向 | 企业 | 公司 | 龙头 | 个股 | 相关 | 链 | ETF
      | 资产(?!质量|规模|负债|减值|管理|总额|净值|证券化|重组|注入)         # 高股息资产, 红利资产
      | 等[\p{Han}]{0,3}?(?:板块|行业|概念|题材|领域|方向|赛道)(?!龙头|个股|公司|企业|巨头)
      | 等[\p{Han}]{0,4}?股(?![份东价权票市息本民指评通])   # 中字头等权重股
    )
    """,
    regex.VERBOSE,
)

#: After a long sector form, a figure of its product, not the board: 新能源汽车销量, 光伏组件出口.
PRODUCT_FIGURE_AFTER = regex.compile(r"(?:销量|产量|销售|出货|渗透率|出口|进口|保有量|零售|批发|装机)")

#: Short sector forms taken without a cue (forms of four characters or more always are).
STANDALONE_SECTORS = frozenset(
    {"光伏设备", "存储芯片", "创新药", "半导体", "碳中和", "元宇宙", "氢能", "BIPV", "AIGC", "CPO"}
)

#: A cue before a sector name: 板块方面, 行业为, 概念板块包括:.
SECTOR_CUE_BEFORE = regex.compile(
    r"""
    (?:板块|行业|概念|题材|赛道|领域|主题)
    (?:分别)?(?:是|为|包括|包含|有|涵盖|如)[:：]?\s*\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

#: Joins two sector names of one list: 银行、保险; 金融、信息技术和房地产.
SECTOR_JOINER = regex.compile(
    r"[”\"’]?(?:[(（][^()（）]{1,12}[)）])?(?:股|板块|概念股?)?[、,，/]|[”\"’]?(?:股|板块)?(?:和|及|与|以及|或)"
)

#: Unknown names before these cues are sectors: 内房股, 中字头大基建股, “智能座舱”概念.
UNKNOWN_SECTOR_CUE = regex.compile(
    r"""
    [”"’』」]?+
    (?:概念股|概念板块|板块|概念|(?<![持控参入炒选买卖新个港美配送])股(?![份东价权票市息本民指评通]))
    """,
    regex.VERBOSE,
)

#: Words before a known sector that make a narrower sector: 大型科技, 中字头大基建, 航空运输精选.
SECTOR_PREFIX = regex.compile(r"[\p{Han}A-Za-z]{1,4}+(?<![股市板的])")

#: Words after a known sector that belong to a board's name: 航空运输精选, 煤炭开采精选.
SECTOR_SUFFIX = regex.compile(r"精选")

#: What an unknown sector name may not be: 个股, A股, 港股, 权重股, 龙头股, ...
NOT_A_SECTOR = regex.compile(
    r"""
    ^(?:[A-Za-z]|[0-9]+|个|港|美|中概|权重|成分|成份|龙头|蓝筹|白马|妖|牛|熊|热门|题材|相关|上市|多|只
      |次新|新|绩优|概念|个别|部分|主要|重点|其他|其它|全部|所有|大盘|小盘|中盘|市场|沪深|两市
      |涨停|跌停|该|此|这|这些|上述|有关|A|H|B|龙头个股|活跃|优质|核心|强势|弱势|前排|后排
      |高位|低位|高价|低价|热点|权重蓝筹|指数|板块|行业|.*[0-9].*|.*[A-Z]|.*(?:成分|成份|权重|龙头|个)
      |.*(?:流入|流出|资金|主力|仓位|持仓)
      |.|(?:位居|居于|跑赢|跑输|带动|拖累|领先|落后|同比|环比).*)$        # one character; a verb
    """,
    regex.VERBOSE,
)

#: A list frame that makes the next names sectors: 领涨概念板块包括:, 行业分别是.
SECTOR_LIST_FRAME = regex.compile(
    r"""
    (?:板块|行业|概念|题材|赛道)[^，。；,;]{0,4}?(?:包括|包含|分别是|分别为|有|是|为|涵盖)[:：]?\s*\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

#: After the last member of a list: the members are sectors (…等板块, …领域, …概念).
SECTOR_LIST_END = regex.compile(
    r"(?:等[\p{Han}]{0,3}?|及其他|以及)?(?:概念股|概念板块|概念|板块|行业|领域|赛道|题材|产业链|方向)"
    r"(?!龙头|个股|公司|企业|巨头)"
)

#: Words that say the text is about the Hong Kong market (then H shares come before A shares).
HONG_KONG_MARKET = regex.compile(r"港股|恒指|恒生|国指|港元|港币|HK\$|\.HK\b|南向资金|港交所")

# --- securities and organizations ----------------------------------------------------

#: Right after a company name: its stock is meant (涨停, 跌超9%, 股价, (688256), 报0.325港元).
SECURITY_AFTER = regex.compile(
    r"""
    (?:[(（][^()（）]{1,24}[)）])?                    # a bracketed code in between
    (?:[-‐][A-Z]{1,2})?                              # -U, -W
    (?:今日|盘中|早盘|午后|尾盘|当日|昨日|全天|一度|盘初|均|则|亦|也|已|再度|继续|纷纷|分别|大幅|小幅)*+
    (?:
        涨|跌|收涨|收跌|领涨|领跌|领跑|领衔|飘红|翻红|翻绿|走高|走低|走强|走弱|拉升|跳水|大涨|大跌|暴涨|暴跌
      | 上涨|下跌|上扬|下挫|下滑|回落|回调|反弹|冲高|高开|低开|平开|收平|收报|报收|报[0-9]
      | 停牌|复牌|股价|股份?
      | 市值|市盈率|成交|换手|封板|封涨停|涨停|跌停|录得|逆势|齐挫|集体|曾|以[0-9.]+%|[+\-−][0-9]
      | 等(?:近?[0-9一二三四五六七八九十几多]+[只家]?股|个股|股|多股|成分股|权重股|公司|龙头)
    )
    """,
    regex.VERBOSE,
)

#: A title in book-title marks: 《人形机器人创新发展指导意见》 names a document, not its words.
TITLE = regex.compile(r"《[^《》\n]{1,80}》")

#: Economic indicators named …指数: not market indices (居民消费价格指数, 采购经理指数).
ECONOMIC_INDEX = regex.compile(
    r"(?:价格|物价|采购经理|经理人|景气|信心|情绪|活动|扩散|先行|一致|滞后|繁荣)指数$"
)

#: After an index name: the market board is meant, not the index (创业板上市).
NOT_AN_INDEX_AFTER = regex.compile(r"(?!)")

#: Right before a company name: its stock is meant (成分股中, 权重股分别为, 龙头, 买入).
SECURITY_BEFORE = regex.compile(
    r"""
    (?:成分股|成份股|权重股|重仓股|持仓股|个股|龙头股?|龙头企业|标的|概念股|股票|买入|卖出|增持|减持|加仓|减仓
      |持有|重仓|净流入|净买入|净卖出)
    (?:中|方面|分别为|分别是|为|是|包括|有|如|里)?[:：,，]?\s*\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

#: What a source or actor does (表示, 预计, 发布, 披露, 调研, 数据显示): alternatives that
#: each start with a Han character.
_ACTS = r"""
    表示|预计|预期|预测|指出|认为|称|说|发布|发表|披露|公告|宣布|透露|报道|报告|研报|调研|强调|提示
  | 分析|估计|测算|推算|上调|下调|维持|给予|建议|看好|看淡|重申|回应|召开|发文|印发|出台|公布|统计
  | 数据显示|数据|首席|分析师|策略|团队|研究|点评|观点|指(?![数])|对.{1,20}?进行了?调研|投资|收购
  | 计划|拟|将于|预计于|于[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日披露
"""

#: The first characters of :data:`_ACTS`: one cheap test before trying them all.
_ACTS_FIRST = "".join(sorted({act.strip()[0] for act in _ACTS.split("|")}))

#: Right after a name: it acts as a source or actor (表示, 预计, 发布, 披露, 调研, 数据显示).
ORGANIZATION_AFTER = regex.compile(
    rf"""
    (?:[(（][^()（）]{{1,40}}[)）])?                  # a bracketed alias: 高盛(Goldman Sachs)
    (?:[^，。；,;]{{0,12}}?)                        # a short description: 周二(7日), 最新, 日前
    (?=[{_ACTS_FIRST}])(?:{_ACTS})                  # what it does (first its first character)
    """,
    regex.VERBOSE,
)

#: After a name and its code: the company acts all the same (中国平安(601318)公告称).
CODED_ORGANIZATION_AFTER = regex.compile(
    r"""
    [ \t]*+[(（][^()（）]{1,24}[)）]
    (?:今日|日前|近日|晚间|早间|当日|同日)?
    (?:公告称|公告|表示|发布|披露|宣布|称|预计|回应|召开)
    """,
    regex.VERBOSE,
)

#: Right before a name: it is a source (据, 根据, 来源:, 获得).
ORGANIZATION_BEFORE = regex.compile(
    r"""
    (?:据|根据|来源[:：]|来自|援引|引述|获|获得|受到|由|国际投资银行|投资银行|投行|券商|机构|研究机构|咨询机构)
    \s*\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

#: A media source in brackets at the end of a paragraph: (格隆汇), (第一财经).
SOURCE_IN_BRACKETS = regex.compile(r"[(（](?P<name>[\p{Han}A-Za-z·]{2,12})[)）]\s*+(?:$|\n)")

# --- names the lexicon does not know --------------------------------------------------

#: A bracketed code right after a name: (688256), （512760）, (代码:000688), (00388.HK).
BRACKET_CODE = regex.compile(
    r"""
    [(（]\s*+
    (?:(?:代码|股票代码|基金代码|指数代码|证券代码|沪|深|港|SH|SZ|HK|BJ)\s*+[:：]?\s*+)?
    (?P<code>\d{6}(?:\.(?:SH|SS|SZ|BJ|sh|sz))?+|\d{4,5}\.(?:HK|hk)|\d{5}(?![\d.]))
    \s*+[)）]
    """,
    regex.VERBOSE,
)

#: A code standing alone: 515070样本覆盖更广, C类:008282.
BARE_CODE = regex.compile(
    r"""
    (?<![\d.,，$¥\-A-Za-z(（])                        # not inside a number, word or bracket
    (?P<code>\d{6}(?:\.(?:SH|SS|SZ|BJ))?+|\d{5}\.HK)
    (?![\d,%％]|\.\w|[\s]*+(?:亿|万|元|年|月|日|点|只|股|家|个|倍|手|人|张|次|号|位|名|户|份|吨|美元|港元))
    """,
    regex.VERBOSE,
)

#: A listing suffix written after a name: 寒武纪-U, 快手-W.
LISTING_SUFFIX = regex.compile(r"[ \t]?+[\-‐－][ \t]?+(?:UW|SW|WD|U|W)(?![A-Za-z])")

#: A listing suffix that ends where a search ends (to look back from a bracket).
LISTING_SUFFIX_BEFORE = regex.compile(r"[ \t]?[\-‐－][ \t]?(?:UW|SW|WD|U|W)[ \t]*\Z", regex.REVERSE)

#: After a company name: a concept board named after it (华为概念股, “华为”概念).
COMPANY_CONCEPT = regex.compile(r"[”\"’]?概念")

#: Chinese bulletins need no clause check for securities (see the English pack).
SECURITY_CLAUSE = None
CLAUSE_END = None

#: One character of a name: Han, Latin letters, digits.
NAME_CHAR = regex.compile(r"[\p{Han}A-Za-z0-9·&]")

#: The run of name characters that ends where a search ends (read backwards).
_NAME_RUN_BEFORE = regex.compile(r"[\p{Han}A-Za-z0-9·&]+\Z", regex.REVERSE)

#: Where a name cannot begin: the name starts after the last of these in its run.
NAME_STOP = regex.compile(
    r"""
      [^\p{Han}A-Za-z0-9·&]                                       # punctuation and spaces
    | 占据|低于|高于|领涨|领跌                                      # words first: 其中 before 其
    | 通过|跟踪|包括|包含|涵盖|带动|领衔|推出|关注|布局|持有|买入|卖出|加仓|减持|增持|获得|发行|旗下|沾上
    | 以及|分别|指出|认为|表示|预计|显示|其中|其他|其它|另有|首次覆盖|覆盖|保持|累计|减少|增加|位居
    | 今日|昨日|今天|昨天|明日|近期|日前|早间|早盘|午后|盘中|尾盘|盘初|截至发稿|截至|目前|当日|同期|此外|另外
    | 年底|年初|年末|年内|年中|年度|上调|下调|提高|降低|维持
    | [一二三四]季度|[上下]半年|全年|全月|当月|本月|上月|本周|上周                 # periods: 一季度央行…
    | [0-9一二两三四五六七八九十]+个?(?:年|月|季度|周|日|天)|以来                 # 未来一年煤炭, 3月以来…
    | 最终|最后|随后|其后|此后|一度|全天|全日|收盘|整体|大盘|两市|三者|两者|二者|暂停交易前|暂停交易|未来|过去
    | 今年|明年|去年|有望|或将|料将|可能|预期|港股|A股|美股|大市
    | 龙头|成分股|成份股|权重股|个股|涨幅|跌幅|消息面上|盘面上|盘面|方面
    | 的|(?<![华迈有])为|是|与|和|及|或|在|对|从|由|被|将|把|除|等|如|其|以|于|并|且|了  # function words
    | 均|皆|亦|也|还|又|已|正|则|即|但|却|因|所|受|据|称
    """,
    regex.VERBOSE,
)

#: :data:`NAME_STOP` read backwards: its first match from the end of a run is the stop
#: that ends last.
_NAME_STOP_BEFORE = regex.compile(NAME_STOP.pattern, regex.VERBOSE | regex.REVERSE)

#: Leading words dropped from a found name: 国际投资银行高盛 -> 高盛.
NAME_PREFIX_DROP = regex.compile(
    r"(?:国际投资银行|投资银行|投行|券商|机构|高层|紧密|持续|继续|同步|最新|全新)"
)

#: The last characters of an ETF's name and what may follow "ETF": 芯片ETF, 科创50ETF指数, ETF联接A.
ETF_WORD = regex.compile(r"ETF(?:基金|指数|联接[A-Z]?|发起式|[A-Z]类)?+")

#: The last characters of an index's name: 中证人工智能产业指数, 上证科创板50成份指数.
INDEX_WORD = regex.compile(r"指数")

#: Names ending with 指数 that are group phrases or anaphors, not indices: 三大指数, 相关指数, 该指数.
NOT_AN_INDEX = regex.compile(
    r"""
    ^(?:[三两四五六七八九十几多各主要相关该此这上述其他有关全部部分多个重要大盘股股价]{1,4}|.{0,3}大|宽基|行业|板块|概念
      |风格|海外|全球|境外|离岸|中国离岸|美股|港股|A股|主要股|跟踪|(?:证券)?价格|股价|综合|相关
      |.*[该此这本其])指数$                      # an anaphor: 未来三年该指数, 其跟踪的本指数
    """,
    regex.VERBOSE,
)

#: The last characters of an institution's name: 天风证券, 招商银行, 国家能源局.
ORGANIZATION_SUFFIX = regex.compile(
    r"""
    (?:证券|银行(?!体系|间)|基金|资本|资管|资产管理|研究所|研究院|研究中心|期货|信托|保险|财讯|财经|新闻|日报|晚报
      |时报|周刊|新闻社|通讯社|电视台|证监会|银保监会|金融监管总局|委员会|交易所|结算|协会|国资委|发改委
      |能源局|统计局|外汇局|管理局|总局|财政部|商务部|人民银行|央行)
    (?P<company>(?:股份)?(?:有限)?(?:责任)?公司)?                     # 明远资产管理公司
    """,
    regex.VERBOSE,
)

#: A commodity or financial futures contract, not a futures broker: 铁矿石期货, 沪铜期货.
FUTURES_CONTRACT = regex.compile(
    r"""
    (?:沪|连|郑|上海|大连|郑州|国际|COMEX|LME|纽约|伦敦|布伦特|WTI)?
    (?:铁矿石|螺纹钢?|热卷|线材|不锈钢|焦煤|焦炭|动力煤|原油|燃油|燃料油|沥青|天然气|橡胶|合成橡胶|铜|铝|锌|镍|锡|铅
      |氧化铝|黄金|白银|金|银|碳酸锂|工业硅|多晶硅|玻璃|纯碱|烧碱|尿素|甲醇|PTA|PVC|乙二醇|苯乙烯|塑料|聚丙烯
      |棉花|棉纱|白糖|豆粕|豆油|豆一|豆二|菜粕|菜油|棕榈油|玉米|淀粉|生猪|鸡蛋|苹果|红枣|花生|纸浆|原木
      |股指|国债|集运指数|集运欧线|欧线)
    (?:主力合约|主力|连续|合约)?期货
    """,
    regex.VERBOSE,
)

#: The kind of institution a name's last characters tell.
ORGANIZATION_TYPES: MappingProxyType[str, OrganizationType] = MappingProxyType(
    {
        "证券": "broker",
        "期货": "broker",
        "银行": "bank",
        "基金": "fund_manager",
        "资本": "fund_manager",
        "资管": "fund_manager",
        "资产管理": "fund_manager",
        "信托": "fund_manager",
        "保险": "insurer",
        "研究所": "research_firm",
        "研究院": "research_firm",
        "研究中心": "research_firm",
        "财讯": "media",
        "财经": "media",
        "新闻": "media",
        "日报": "media",
        "晚报": "media",
        "时报": "media",
        "周刊": "media",
        "新闻社": "media",
        "通讯社": "media",
        "电视台": "media",
        "证监会": "regulator",
        "银保监会": "regulator",
        "金融监管总局": "regulator",
        "交易所": "exchange",
        "结算": "exchange",
        "人民银行": "central_bank",
        "央行": "central_bank",
        "外汇局": "regulator",
        "委员会": "government",
        "协会": "government",
        "国资委": "government",
        "发改委": "government",
        "能源局": "government",
        "统计局": "government",
        "管理局": "government",
        "总局": "government",
        "财政部": "government",
        "商务部": "government",
    }
)

#: Descriptions, not names, ending like an institution: 国际投资银行, 头部券商, 中小银行.
GENERIC_ORGANIZATION = regex.compile(
    r"""
    ^(?:[0-9].*|.*[0-9]+[只年].*|.*公司.+|.*注册资本                     # 上市公司证券, 公司2026年资本
      |(?:联接|指数|货币|债券|混合|股票|场外|场内|同类|旗下|本|该只|ETF)+基金
      |.*(?:公募|私募|主动型|被动型|偏股型|偏债型|指数型|股票型|债券型|混合型|货币型|新成立|新发)基金
      |(?:国际|外资|中资|大型|中小|知名|头部|全球|美国|欧洲|日本|海外|境外|国内|本土|各大|多家|主要|部分|其他|该|此|这)*
       (?:投资银行|投行|商业银行|银行|券商|证券公司|证券|基金公司|公募基金|私募基金|基金|资本|资管|期货|信托|保险
        |保险公司|财经|新闻))$
    """,
    regex.VERBOSE,
)

#: A list of stock names ends here and says they moved: 等近20股涨停, 等跌幅明显, 皆跌超9%.
LIST_END_MOVE = regex.compile(
    r"""
    (?:等|皆|均|都|分别|则|纷纷|集体|齐|亦|也)?
    (?:近?[0-9一二三四五六七八九十几多]+[只家]?股|个股|多股|行业龙头|龙头|公司|权重股|成分股)?
    (?:[0-9.]+%|[0-9]+[Cc][Mm]|今日|盘中|均|则|亦|也|集体|纷纷|大幅|小幅|多数|普遍)*+
    (?:涨|跌|领涨|领跌|飘红|翻绿|走高|走低|走强|走弱|拉升|大涨|大跌|暴涨|暴跌|上涨|下跌|上扬|下挫|跟涨|跟跌
      |涨停|跌停|获|均获|分别获|占据|合计|跌幅|涨幅|表现|封板|录得|逆势|齐挫|停牌|实现)
    """,
    regex.VERBOSE,
)

#: A list frame before stock names: 成分股中, 前五大权重股依次为, 龙头, 个股方面.
LIST_FRAME = regex.compile(
    r"""
    (?:成分股|成份股|权重股|重仓股|持仓股|个股|龙头|概念股|标的|相关公司|相关个股|相关标的|公司|企业
      |领涨股|领跌股|牛股|股票)
    (?:中|方面|分别为|分别是|为|是|包括|有|如|方面|则)?[:：,，]?\s*\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

#: After the last member of a list: the members are companies acting (等中国光伏企业).
ORGANIZATION_LIST_END = regex.compile(r"等[\p{Han}]{0,8}?(?:企业|公司|机构|厂商|集团|券商|银行)(?![股板])")

#: Where the last member of a list ends and the sentence goes on: 等, a move, a cue.
MEMBER_END = regex.compile(
    r"""
    等|和|及|与|以及|分别|均|皆|都|则|亦|也|纷纷|集体|齐|多数|普遍|大幅
    | 涨|跌|领涨|领跌|飘红|翻绿|走高|走低|走强|走弱|拉升|上扬|下挫|跟涨|跟跌|封板|录得|逆势|停牌|获
    | 股(?![份东价权票市息本民指评通])|板块|概念|行业|领域|的|在|为|是|占
    """,
    regex.VERBOSE,
)

#: Joins the last two members: 信息技术和房地产, 可选消费及材料.
LAST_JOIN = regex.compile(r"和|及|与|以及|或")

#: An unknown name opening a clause, followed by a figured move: 某某电子领涨6.21%, 某某控股暴跌37.5%.
LEADING_MOVER = regex.compile(
    r"""
    [，,。；;：:！!？?\n(（]                           # after clause punctuation (or the start)
    (?P<name>[\p{Han}A-Za-z]{2,6}?)
    (?=(?:今日|盘中|早盘|尾盘|午后)?(?:领涨|领跌|涨|跌|大涨|大跌|暴涨|暴跌|上涨|下跌|收涨|收跌|飙升|跳水)
       (?:超|逾|近|约)?[0-9])
    """,
    regex.VERBOSE,
)

#: What every :data:`LEADING_MOVER` match sees right after its name: a move verb's last
#: character(s) before the figure. A match starts at most :data:`LEADING_MOVER_REACH`
#: characters before it (clause mark, six name characters, 今日, 领, then 涨), so the
#: pattern is tried only there.
LEADING_MOVER_ANCHOR = regex.compile(r"(?:涨|跌|飙升|跳水)(?:超|逾|近|约)?[0-9]")
LEADING_MOVER_REACH = 12

#: Clause openers that are not company names: 港股, 大盘, 个股, 指数, 暂停交易前.
NOT_A_COMPANY = regex.compile(
    r"""
    ^(?:.*(?:前|后|时|中|内|间|市|盘|股|指|价|量|额|率|值|面|者|们|方|期|日|月|年|天|周|季)
      |.*(?:利润|营收|收入|净利|销量|出口|进口|产量|价格|成交|规模|估值|盈利|毛利|利率|收益|房价|油价|金价
         |订单|需求|供给|库存|增速|增长|同比|环比|CPI|PPI|GDP|PMI).*
      |港股|美股|A股|个股|大盘|市场|行业|板块|指数|资金|北向|南向|外资|主力|机构|散户|期货|现货|汇率|人民币|美元
      |黄金|白银|原油|比特币|国债|债市|股市|楼市|油价|金价)$
    """,
    regex.VERBOSE,
)

#: An unknown company opening a clause that discloses or announces: 南天信息预计于4月27日披露.
LEADING_DISCLOSER = regex.compile(
    r"""
    [，,。；;：:！!？?\n]                             # after clause punctuation (or the start)
    (?P<name>[\p{Han}A-Za-z]{2,5}?(?:股份|科技|信息|电子|软件|能源|集团|控股|电器|机电|通信|医药|生物|材料
      |智能|技术|电气|汽车|地产|置业|传媒|文化|食品|药业|化工|矿业|煤业|电力|新能|国际|光电|网络|数据|动力
      |重工|建设|环境|环保|物流|通讯|半导体|微电子|精密|装备|设备))
    (?=(?:预计|拟|将)?(?:于[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+日)?
       (?:披露|发布|公告|宣布|召开|回应|表示))
    """,
    regex.VERBOSE,
)

#: What every :data:`LEADING_DISCLOSER` match sees after its name: a text without any of
#: these verbs is not scanned for one.
LEADING_DISCLOSER_VERB = regex.compile(r"披露|发布|公告|宣布|召开|回应|表示")

#: Words that a short company alias would cut in two when it starts with their second
#: character: 其中 + 海外 is not 中海外.
NAME_SPLITS_WORD = frozenset(
    """
    其中 之中 当中 集中 从中 盘中 年中 期中 月中 居中 空中 看中 选中 命中 高中 初中 适中 心中 手中 途中
    暗中
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: Separates members of a list of names.
LIST_SEPARATOR = regex.compile(r"[、/]|(?<=[)）])[、,，]|和|及|与|以及")

#: Group phrases that are not entities: 三大指数, 同类基金, 港股三大指数.
GROUP_PHRASE = regex.compile(
    r"(?:[三两四]大(?:股指|指数|交易所)|同类基金|主要指数|各大指数|相关指数|宽基指数|三大股指|全球主要指数"
    r"|(?<![\p{Han}A-Za-z0-9])(?:股票型|债券型|货币型|混合型|指数型|宽基|跨境|行业|主题|场内|场外|同类|相关)ETF"
    r"|(?:全球|各国|多国|主要|海外|境外|多家|各大|其他|部分|新兴市场|发达经济体)央行)"
)


def name_start(text: str, end: int, *, window: int = 24) -> int | None:
    """Where a name ending at ``end`` begins, or None if no name character precedes ``end``.

    Walks back over Han, Latin and digit characters to the stop that ends last before
    ``end`` (see :data:`NAME_STOP`) and drops leading words such as 投资银行.

    Example:
        >>> t = "该基金跟踪的科创50ETF"
        >>> t[name_start(t, len(t)):]
        '科创50ETF'
        >>> t = "截至发稿,金融科技ETF"
        >>> t[name_start(t, len(t)):]
        '金融科技ETF'
        >>> name_start("。", 1) is None
        True
    """
    run = _NAME_RUN_BEFORE.search(text, max(0, end - window), end)
    if run is None:
        return None
    stop = _NAME_STOP_BEFORE.search(text, run.start(), end)
    cut = run.start() if stop is None else max(run.start(), stop.end())
    drop = NAME_PREFIX_DROP.match(text, cut, end)
    if drop and drop.end() < end - 1:
        cut = drop.end()
    return cut if cut < end else None


# --- where the scanning patterns may match ---------------------------------------------

#: Chinese text has no words to anchor on: every scanning pattern runs over the whole text.
ANCHORED: frozenset[str] = frozenset()
ANCHORS: MappingProxyType[str, tuple[tuple[str, int], ...]] = MappingProxyType({})
