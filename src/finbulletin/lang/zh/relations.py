r"""Cue words and patterns for movements and forecasts in Chinese bulletins.

The grammar that uses them lives in ``finbulletin.relations.movements`` and
``finbulletin.relations.forecasts``; the group names of :data:`MOVE_CUE` follow the
English pack (``lang/en/relations.py``): ``up``/``down``/``flat`` complete cues,
``up_fig``/``down_fig`` cues that need a figure ("涨1.16%", "跌超6%"),
``up_pre``/``down_pre`` cues with the figure inside ("以4.2%的涨幅", "录得1.34%涨幅")
and ``neutral`` sessions with no net direction ("涨跌不一", "冲高回落").

Han text has no spaces, so the patterns use explicit lookarounds, never ``\b``.

Example:
    >>> [m.lastgroup for m in MOVE_CUE.finditer("恒指跌0.9%,白酒股涨跌不一,煤炭股走俏")]
    ['down_fig', 'neutral', 'up']
"""

from __future__ import annotations

import regex

from finbulletin.numbers import DECIMAL_PATTERN

_FLAGS = regex.VERBOSE | regex.IGNORECASE

#: A figure of change: a signed number and a percent or percentage-point unit.
FIGURE = regex.compile(
    rf"""
    (?P<sign>[-−+＋])?+
    (?P<number>{DECIMAL_PATTERN})
    \s*+
    (?:(?P<points>个百分点|pct|pp)|[%％])
    """,
    _FLAGS,
)

#: Every movement cue; see the module docstring for the group names.
MOVE_CUE = regex.compile(
    r"""
    (?:
    # ---- no net direction: the whole phrase is consumed so that its parts do not count
      (?P<neutral>
          涨跌不一 | 涨跌互现 | 涨跌参半 | 表现各异 | 表现分化 | 走势分化 | 冲高回落 | 先涨后跌
        | 先扬后抑 | 先抑后扬 | 高开低走 | 低开高走 | 宽幅震荡 | 窄幅震荡 | 震荡整理 | 横盘整理
        | 维持震荡 | 区间震荡 | 横盘
        | 震荡(?!走高|走低|上行|下行|上涨|下跌|回升|回落|拉升|走强|走弱|攀升|反弹|上扬|下挫)
      )
    # ---- the figure comes first: "以4.2%的涨幅", "录得1.34%涨幅" (the figure is read before)
    | (?P<up_pre> (?<=[%％]\s?+的?+\s?+)(?:涨幅|升幅) | (?<=[%％]\s?+)涨停 )   # 以20%涨停 (20cm: none)
    | (?P<down_pre> (?<=[%％]\s?+的?+\s?+)跌幅 | (?<=[%％]\s?+)跌停 )
    # ---- up, complete cues
    | (?P<up>
          涨幅(?:居前|领先|明显|较大|扩大|收窄) | 升幅(?:扩大|收窄)     # 涨幅收窄 (still up)
        | 掀(?:起)?+涨停潮 | 涨停潮 | 涨停 | 连涨
        | 上涨 | 收涨 | 收高 | 收红 | 领涨 | 跟涨 | 大涨 | 暴涨 | 急涨 | 普涨 | 齐涨 | 狂涨 | 飙涨 | 续涨
        | 拉升 | 拉涨 | 走高 | 走强 | 冲高 | 高开 | 飘红 | 翻红 | 上扬 | 走俏 | 领跑 | 反弹 | 回升
        | 攀升 | 飙升 | 崛起 | 走牛 | 站上 | 收复 | 回暖 | 走暖 | 转暖
        | 表现(?:相对)?+(?:较|更|十分|非常|颇为)?+(?:强势|强|活跃|抢眼|亮眼|突出)       # 表现活跃
        | 强势(?!股|板块)
        | 上行
      )
    # ---- down, complete cues
    | (?P<down>
          跌幅(?:居前|领先|明显|较大|扩大|收窄)                               # 跌幅收窄 (still down)
        | 跌停潮 | 跌停 | 连跌 | 跌势(?:不止|延续|持续)?+
        | 下跌 | 收跌 | 收低 | 收绿 | 领跌 | 跟跌 | 大跌 | 暴跌 | 急跌 | 普跌 | 齐跌 | 齐挫 | 下挫
        | 重挫 | 跳水 | 走低 | 走弱 | 低开 | 飘绿 | 翻绿 | 回调 | 回落 | 下滑 | 下行 | 续跌 | 跌破
        | 失守 | 闪崩 | 杀跌
        | (?:继续|维持|保持|表现|走势)?+(?:弱势|疲弱|低迷)
        | 承压 | 偏弱 | 疲软 | 走软                                          # 红利资产承压
      )
    # ---- flat
    | (?P<flat> 收平 | 平收 | 平开 | 持平 )
    # ---- a figure must follow: "涨幅在5.1%至9.9%之间", "涨1.16%", "跌超6%"
    | (?P<up_fig>
          (?:涨幅|升幅)(?=\s*+(?:在|为|达|超|逾|近|约|高达|接近|\d))
        | 上升 | 升(?![值级温]) | 涨(?!价|跌|幅|势)
      )
    | (?P<down_fig>
          跌幅(?=\s*+(?:在|为|达|超|逾|近|约|高达|接近|\d))
        | 下降 | 跌(?!价|幅|势|破)
      )
    )
    """,
    _FLAGS,
)

#: Where a cue may start: the first characters of every cue in :data:`MOVE_CUE`. The finder
#: finds them all in one pass of an automaton and tries the cues only there. A new cue
#: needs its start here.
MOVE_START: frozenset[str] | None = frozenset(
    """
    涨跌 表现 走势 冲高 先涨 先扬 先抑 高开 低开 宽幅 窄幅 震荡 横盘 维持 区间
    涨幅 升幅 跌幅 掀起 掀涨 涨停 跌停 连涨 连跌 跌势 上涨 上升 上扬 上行
    收涨 收高 收红 收复 收跌 收低 收绿 收平 领涨 领跌 领跑 跟涨 跟跌 大涨 大跌
    暴涨 暴跌 急涨 急跌 普涨 普跌 齐涨 齐跌 齐挫 狂涨 飙涨 飙升 续涨 续跌
    拉升 拉涨 走高 走强 走俏 走牛 走暖 走低 走弱 飘红 飘绿 翻红 翻绿 反弹
    回升 回暖 回调 回落 攀升 崛起 站上 转暖 强势 下跌 下挫 下滑 下行 下降
    重挫 跳水 跌破 失守 闪崩 杀跌 继续 保持 弱势 疲弱 低迷 平收 平开 持平
    承压 偏弱 疲软 走软
    涨 跌 升
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: What may stand after a comma before a cue that takes the subject of the move before:
#: "……一度翻红,尾盘收跌1.18%", "……,随后回落".
INHERIT_GAP = regex.compile(
    r"""
    \s*+
    (?: 尾盘 | 早盘 | 午盘 | 午后 | 盘中 | 日内 | 全天 | 全日 | 收盘时?+ | 截至收盘 | 收市 | 尾市
      | 早市 | 午市 | 终盘 | 最终 | 随后 | 此后 | 之后 | 而后 | 继而 | 一度 | 一路 | 再度 | 再次
      | 持续 | 继续 | 小幅 | 大幅 | 逐步 | 同时 | 最高 | 最低 | 期间 | 其间 | 年内 | 月内 | 周内
      | 累计 | 已 | 又 | 还 | 并 | 且 | 则 | 后 | 均 | 亦 | 也 | 今日 | 当日
    )*+
    \s*+
    """,
    _FLAGS,
)

#: Chinese writes the title before the name (东方金诚首席分析师王青表示): no appositive.
TITLED_PERSON: regex.Pattern[str] | None = None

#: The words before an exchange named as the place of trading: "铁矿石期货在大商所";
#: :data:`VENUE_BEFORE` ends a search there, :data:`VENUE_GAP` is the whole gap.
_VENUE = r"(?:在|于)\s*+"
VENUE_BEFORE = regex.compile(rf"{_VENUE}$", _FLAGS)
VENUE_GAP = regex.compile(rf"\s*+{_VENUE}", _FLAGS)

#: Before a name that sets the scope of what follows: "在消费股中,泡泡玛特上涨".
SCOPE_LEAD = regex.compile(r"(?:在|对于)\s*+$", _FLAGS)

#: Chinese cues need no first-word filter: :data:`MOVE_START` is exact enough.
MOVE_FIRST_WORDS: frozenset[str] | None = None

#: Before the figure of a figure-first cue: "以4.2%的涨幅", "实现超2.5%的涨幅".
PRE_LEAD = regex.compile(r"(?:(?:以|录得|实现|取得|收获)\s*+)?+(?:超过?+|近|约|逾)?+\s*+$")

#: Between that figure and the cue: "4.2%的涨幅".
PRE_GAP = regex.compile(r"\s*+的?+\s*+")

#: Words between a cue and its figure: "涨超4%", "大涨近3.6%", "反弹了18%".
FIGURE_LEAD = regex.compile(
    r"""
    \s*+
    (?: 了 | 累计 | 大幅 | 分别 | 均 | 皆 | 都 | 约 | 近 | 超过 | 超 | 逾 | 达到 | 达 | 高达 | 接近
      | 至 | 为 | 幅度 | 一度 | 最多 | 盘中 | \s )*+
    (?P<range>在)?+                                       # 涨幅在5.1%至9.9%之间
    \s*+
    """,
    _FLAGS,
)

#: Between two figures of a list: "0.66%及1.02%", "12%、15%和9%".
LIST_SEP = regex.compile(r"\s*+(?:、|和|及|与|以及|,|，)\s*+", _FLAGS)

#: Between the two ends of a range: "5.1%至9.9%".
RANGE_SEP = regex.compile(r"\s*+(?:至|到|-|–|—|~|～)\s*+", _FLAGS)

#: After a complete cue without a figure: the cue describes a noun, it states no move
#: ("上涨空间", "领涨板块", "下跌时", "涨停股").
ATTRIBUTIVE = regex.compile(
    r"\s*+(?:的|空间|潜力|动力|预期|行业|板块|概念|个股|股(?!份)|家数|数量|时|之际|原因|趋势|态势|动能|行情)",
    _FLAGS,
)

#: Right before a cue: a cause or a hypothesis, not a stated move ("有助于回升").
NEGATION = regex.compile(
    r"(?:有利于?+|有助于?+|助力|导致|将|或将|有望|预计|预期|可能|料|若|如果|一旦|没有|未|不)\s*+$",
    _FLAGS,
)

#: Right after a cue: a possibility ("反弹可达20%").
POST_BLOCK = regex.compile(r"\s*+(?:可达|有望|或)", _FLAGS)

#: Between two names of one list: "A、B", "A股(B、C)", "A股领衔B股".
CHAIN_GAP = regex.compile(
    r"""
    \s*+(?:[(（][^()（）\n]{0,40}+[)）]\s*+)?+          # a code: (688999)
    (?:股份|股|板块|概念股?+|指数|类股)?+\s*+
    (?: [、/] | 和 | 及 | 与 | 以及 | 跟 | 同 | 领衔 | 带领 | 等 | [(（] | [)）]\s*+[、,，]?+ )
    \s*+
    """,
    _FLAGS,
)

#: What may stand between a subject and its cue: codes, head nouns, adverbs.
ADJACENT_GAP = regex.compile(
    r"""
    (?:
        \s | [(（][^()（）\n]{0,40}+[)）]
      | 股价 | 股份 | 股 | 板块 | 概念股?+ | 指数 | 等 | 多股 | 个股 | 近?+\d++股 | \d++CM
      | 均 | 皆 | 都 | 纷纷 | 集体 | 普遍 | 全线 | 亦 | 也 | 同步 | 分别 | 多数 | 大多 | 大幅 | 小幅
      | 逆势 | 继续 | 持续 | 再度 | 一度 | 早盘 | 午后 | 盘中 | 尾盘 | 最终 | 今日 | 当日 | 则 | 还
      | 更是 | 又 | 开盘 | 收盘 | 累计 | 区间 | 年内 | 今年以来 | 年初至今
      | (?:[0-9一二两三四五六七八九十]++月份?+ | 上周 | 本周 | 上月 | 本月        # 3月以来, 近5日
          | 近[0-9一二两三四五六七八九十]++个?+(?:交易日|日|天|周|月|年))以来?+
    )*+
    """,
    _FLAGS,
)

#: A market-wide subject that names no entity: "三大指数", "A股市场", "三者".
GENERIC_SUBJECT = regex.compile(
    r"""
    三大(?:股)?+指(?:数)?+ | 主要(?:股)?+指(?:数)?+ | 三者 | 两市 | 沪深两市 | 三市 | 大盘 | 大市
    | A股(?:市场)?+ | 港股(?!通)(?:市场)?+ | 美股 | 股市 | 股指
    """,
    _FLAGS,
)

#: Market breadth, not a movement: "超2600只个股下跌".
BREADTH = regex.compile(r"\d++\s*+(?:只|家|个)|多只|千股|百股", _FLAGS)

#: Quantities that are not prices: a move of these is not a movement.
METRIC = regex.compile(
    r"""
    成交额 | 成交量 | 成交 | 换手率 | 营收 | 营业收入 | 收入 | 净利润 | 利润 | 盈利 | 业绩 | 出口 | 进口
    | 资本开支 | 净流入 | 净流出 | 流入 | 流出 | 持股 | 持仓 | 权重(?!股) | 占比 | 比例 | 股息率 | 收益率
    | 回报率 | ROE | 市盈率 | 估值 | 销量 | 产量 | 减产 | 规模 | 融资 | 余额 | 利率 | 汇率 | 中间价
    | 情绪 | GDP | CPI | PPI | PMI | 增速 | 增长率 | 百分位 | 份额 | 存款 | 贷款 | 增幅 | 降幅
    | 库存 | 开工率 | 产能 | 利用率 | 需求 | 订单 | 出货量 | 渗透率 | 景气度 | 价格指数
    """,
    _FLAGS,
)

#: A forecast before the cue: "预计上涨20%", "有望回升".
BLOCKER = regex.compile(r"预计|预期|有望|可望|料将|或将|目标价?+|若|如果|一旦", _FLAGS)

#: Year-on-year: growth of a fundamental, not a price.
YOY_AFTER = regex.compile(r"\s*+[(（,，]?+\s*+(?:同比|环比|年化)", _FLAGS)

#: The same, written before the cue: "同比激增".
YOY_BEFORE = regex.compile(r"同比|环比|年化", _FLAGS)

#: All that refuses a clause, in one pattern: a forecast, a fundamental, a year-on-year change.
CLAUSE_GUARD = regex.compile(rf"{BLOCKER.pattern}|{METRIC.pattern}|{YOY_BEFORE.pattern}", _FLAGS)

#: Chinese guards need no keys: the literal alternation of :data:`CLAUSE_GUARD` scans fast.
CLAUSE_GUARD_KEYS: frozenset[str] | None = None

#: Where a new clause (and a new subject) starts inside a sentence.
SCOPE_BREAK = regex.compile(r"[;；]|(?<=[,，])\s*+(?:而|但|不过|然而)", _FLAGS)

#: A level stated with the move: "收于3350点", "重返3500点".
LEVEL = regex.compile(
    rf"""
    (?:收于|收报|报收|报|至|重返|重回|站上|突破|失守|跌破|站稳|回到)\s*+
    (?P<value>{DECIMAL_PATTERN})\s*+(?P<unit>点)
    """,
    _FLAGS,
)

#: Before a price reached, written as money: "报0.28港元", "跌破1500元".
MONEY_LEVEL_LEAD = regex.compile(r"\s*+(?:报|收报|收于|至)?+\s*+", _FLAGS)

# ---------------------------------------------------------------- forecasts

#: Words before 预期 that make it a noun ("超出市场预期", "符合预期"), not a forecasting verb.
_EXPECTATION_BEFORE = r"市场|超出?+|低于|不及|符合|好于|高于|强于|弱于|于|的|及|达|改善|修复|悲观|乐观"

#: Reporting verbs and frames; the groups follow the English pack: ``target``,
#: ``according`` (据X报道: the source follows), ``forward`` (预计) and ``say`` (指出).
REPORT_CUE = regex.compile(
    r"""
    (?:
      (?P<target>
          (?:上调|下调|调升|调降|调高|调低|提高|给予|维持|重申|设定|首次覆盖)了?+
          [^。;；\n]{0,30}?(?:目标价|目标|评级)                   # 上调了……目标价
        | 目标价?+[^。;；\n,，]{0,12}?(?:上调|下调|调升|调降|调高|调低|调)至   # 目标从3850点上调至
      )
    | (?P<according> 据(?![此悉说称]) )
    | (?P<forward>
          预计 | 预测 | (?<!"""
    + _EXPECTATION_BEFORE
    + r""")预期                                   # not 超出市场预期
        | 展望 | 推算 | 测算 | 估计 | 估算 | 预判 | 预言
        | 料(?=将|会|于|在|今年|明年|未来)
      )
    | (?P<say>
          指出 | 认为 | 表示 | 称(?![为之作号]) | (?<![股沪深恒国板])指(?![数标导引南示定令明向出挥])
        | 判断 | 强调 | 提到 | 提及 | 相信 | 坚信 | 透露 | 显示 | 报道 | 写道 | 提示 | 研判
      )
    )
    """,
    _FLAGS,
)

#: Where a reporting cue may start (see :data:`MOVE_START`).
REPORT_START: frozenset[str] | None = frozenset(
    """
    上调 下调 调升 调降 调高 调低 提高 给予 维持 重申 设定 首次覆盖 目标
    据 预计 预测 预期 展望 推算 测算 估计 估算 预判 预言 料 指出 认为 表示
    称 指 判断 强调 提到 提及 相信 坚信 透露 显示 报道 写道 提示 研判
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: See :data:`MOVE_FIRST_WORDS`.
REPORT_FIRST_WORDS: frozenset[str] | None = None

#: A cue that is passive or adjectival, not a source's act ("被认为").
PASSIVE = regex.compile(r"(?:被|普遍|市场)\s*+$", _FLAGS)

#: Words that make a claim look ahead.
FORWARD = regex.compile(
    r"""
    将(?![近军])|将会|有望|可望|预计|预测|或将|或(?=[会可能提进继迎有])|可能|可达
    | (?<![材原资燃饲塑肥涂面布木物香辅史用染油饮颜草])料将?+          # not 材料, 原料, 饮料
    | (?<!"""
    + _EXPECTATION_BEFORE
    + r""")预期                                                       # not 超出市场预期
    | 目标 | 未来 | 明年 | 后年 | 下半年 | 下季度 | 下一?+年度?+ | 展望 | 中长期 | 长期(?!以来)
    | 中期(?!业绩|报告|票据) | 评级 | 增持 | 买入 | 推荐 | 看好 | 空间
    """,
    _FLAGS,
)

#: See :data:`CLAUSE_GUARD_KEYS`.
FORWARD_KEYS: frozenset[str] | None = None

#: A scheduled event or operation, not a forecast: "预计于8月15日发布中报", "将开展4000亿元
#:买断式逆回购操作", "本周将有1200亿元逆回购到期".
SCHEDULED = regex.compile(
    r"""
      (?:预计|计划|拟|将)于?+[^。;；\n]{0,15}?(?:披露|发布|公布|召开|举行)      # 预计于……发布
    | (?:开展|进行)[^。;；\n,，]{0,25}?(?:逆回购|MLF|中期借贷便利|国库现金|公开市场操作|操作)  # 开展……逆回购
    | 将[^。;；\n,，]{0,20}?到期                                            # 将有……到期
    """,
    _FLAGS,
)

#: A source left unnamed before a cue ("市场人士表示", "业内人士认为"), or "据" a source
#: that is not recognised ("据某研究所预测"): the cue takes no source from elsewhere.
NO_SOURCE = regex.compile(
    r"""
      (?:市场|业内|业界|分析|机构|专业|知情|相关)人士 | 有?+分析师 | 分析认为 | 专家  # 市场人士表示
    | 有观点 | 市场观点 | 投资者
    | 据(?![此悉说称])[^。;；\n,，]{1,25}?$                                   # 据……(预测)
    """,
    _FLAGS,
)

#: Words that make a claim look ahead only as a rating ("维持买入评级"): a rating alone is
#: not a forecast; a rating with a target price or a forward claim is.
RATING = regex.compile(r"评级|增持|买入|推荐|跑赢|中性|减持|首次覆盖", _FLAGS)

#: A target cue that only keeps or opens a rating ("维持买入评级", "首次覆盖"): with no target
#: price or forward claim it is not a forecast (a changed rating is).
RATING_HOLD = regex.compile(r"(?:给予|维持|重申|设定|首次覆盖)[^。;；\n]*评级$|首次覆盖$", _FLAGS)

#: A word before a name that makes it the object of a target change ("将中芯国际目标价上调至").
OBJECT_BEFORE = regex.compile(r"(?:将|把|对|予|给予)\s*+$", _FLAGS)

#: A phrase standing for a source named earlier: "该行", "报告".
ANAPHOR = regex.compile(
    r"""
    (?P<former>前者) | (?P<latter>后者)
    | 该行 | 该机构 | 该券商 | 该所 | 该报告 | 该研报 | 他们 | 该团队
    | (?<![研究发布表份篇告的])报告 | (?<![发布表份篇的])研报                  # not "发表研究报告"
    """,
    _FLAGS,
)

#: Chinese sources are organisations; persons are not looked for.
PERSON_BEFORE: regex.Pattern[str] | None = None
PERSON_AFTER: regex.Pattern[str] | None = None
NOT_PERSON = regex.compile(r"(?!)")
AFFILIATION = regex.compile(r"(?!)")

#: The end of a sentence after a postposed source ("……,中金称。").
POSTPOSED_TAIL = regex.compile(r"[。!?！？\s”’)）]*+$", _FLAGS)

#: A word before a money amount that makes it the old value: "从52港元上调至60港元".
FROM_BEFORE = regex.compile(r"(?:从|由)\s*+$", _FLAGS)
