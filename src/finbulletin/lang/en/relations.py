"""Cue words and patterns for movements and forecasts in English bulletins.

The grammar that uses them lives in ``finbulletin.relations.movements`` and
``finbulletin.relations.forecasts``; this module holds only the words, as compiled
patterns with a comment per clause.

Movement cues (:data:`MOVE_CUE`) are one alternation of named groups. The group's name
says which way the move goes and what the cue needs around it:

- ``up`` / ``down`` / ``flat``: a complete cue ("fell", "closed higher", "led the gains");
  the subject stands before it, a figure may follow.
- ``up_fig`` / ``down_fig``: only a move when a figure follows ("up 3.1%", "added 1.4 per
  cent", "lost 0.3 per cent"); bare "up" or "added" says nothing by itself.
- ``up_strict`` / ``down_strict``: present-tense verbs that are also nouns ("rises",
  "falls"); a move only with a figure or with the subject right before them.
- ``up_adj`` / ``down_adj``: plural nouns that make a move only right after a name
  ("financials gains").
- ``up_after`` / ``down_after``: the subject follows ("lifted by property heavyweights").
- ``up_pre`` / ``down_pre``: the figure sits inside the cue ("ended 0.33 per cent, or
  10.2 points higher", "Zenith Air's 12 per cent rise").
- ``same``: the direction of the move before ("followed suit", "followed, with ...").
- ``neutral``: a session with no net direction ("closed mixed"); no movement.

Example:
    >>> [m.lastgroup for m in MOVE_CUE.finditer("The ETF fell 0.72% and stocks closed higher.")]
    ['down', 'up']
"""

from __future__ import annotations

import regex

from finbulletin.numbers import DECIMAL_PATTERN

_FLAGS = regex.VERBOSE | regex.IGNORECASE

#: A figure of change: a signed number and a percent or percentage-point unit.
FIGURE = regex.compile(
    rf"""
    (?P<sign>[-−+])?+
    (?P<number>{DECIMAL_PATTERN})
    \s*+
    (?:
        (?P<points>percentage[\s-]++points?|pct\.?+\s++points?|ppts?|pp)   # percentage points
      | %|％|per[\s-]?+cent|percent                                         # percent
    )
    (?![\p{{L}}\p{{N}}])
    """,
    _FLAGS,
)

# Motion verbs that take "higher"/"lower": "closed higher", "fluctuated slightly lower".
_MOTION = r"""(?:
    clos(?:e|es|ed|ing) | end(?:s|ed|ing)?+ | finish(?:es|ed|ing)?+ | settl(?:e|es|ed|ing)
  | open(?:s|ed|ing)?+ | trad(?:e|es|ed|ing) | edg(?:e|es|ed|ing) | mov(?:e|es|ed|ing)
  | trend(?:s|ed|ing)?+ | fluctuat(?:e|es|ed|ing) | drift(?:s|ed|ing)?+ | tick(?:s|ed|ing)?+
  | inch(?:es|ed|ing)?+ | went | go(?:es|ing)?+ | turn(?:s|ed|ing)?+ | climb(?:s|ed|ing)?+
)"""
# Forms of "to be": "was higher", "were up 2%".
_BE = r"(?:is|are|was|were|been|being)"
# An optional adverb before the direction word: "slightly", "sharply".
_ADVERB = r"(?:\p{L}++(?<=ly)\s++)?+"
# A level: "3800 points", "the 3,000 mark".
_LEVEL_WORDS = rf"(?:the\s++)?+{DECIMAL_PATTERN}(?:-point)?+\s*+(?:points?|mark|level)"

#: Every movement cue; see the module docstring for the group names.
MOVE_CUE = regex.compile(
    rf"""
    (?:(?<![\p{{L}}\p{{N}}'’-])(?=\p{{L}})|(?=['’]s\s))         # a word start, or a possessive "'s"
    (?:
    # ---- no net direction
      (?P<neutral>
          (?:closed|ended|finished|traded|were|was)\s++mixed     # closed mixed
        | mixed\s++(?:trading|performance|session)               # a mixed session
      )
    # ---- the figure sits inside the cue
    | (?P<up_pre>
          (?:clos(?:ed|ing)|end(?:ed|ing)|finish(?:ed|ing)|settled|{_BE})\s++   # ended
          [-−+]?+{DECIMAL_PATTERN}\s*+(?:%|per[\s-]?+cent|percent)            # 0.33 per cent
          (?:,?+\s++or\s++{DECIMAL_PATTERN}\s++points?)?+,?+\s++higher         # , or 10.2 points higher
        | (?:'s|’s)\s++{DECIMAL_PATTERN}\s*+(?:%|per[\s-]?+cent|percent)\s++   # Zenith Air's 12 per cent
          (?:rise|gain|jump|surge|rally|increase|climb|advance|rebound)        # rise
        | hit(?:s|ting)?+\s++(?:the\s++|its\s++|a\s++)?+{DECIMAL_PATTERN}\s*+(?:%|per[\s-]?+cent|percent)
          \s++(?:daily\s++)?+(?:limit[\s-]up|upper\s++limit|limit)(?![\s-]down)   # hit the 20% daily limit
      )
    | (?P<down_pre>
          (?:clos(?:ed|ing)|end(?:ed|ing)|finish(?:ed|ing)|settled|{_BE})\s++
          [-−+]?+{DECIMAL_PATTERN}\s*+(?:%|per[\s-]?+cent|percent)
          (?:,?+\s++or\s++{DECIMAL_PATTERN}\s++points?)?+,?+\s++lower          # ... lower
        | (?:'s|’s)\s++{DECIMAL_PATTERN}\s*+(?:%|per[\s-]?+cent|percent)\s++
          (?:fall|drop|decline|slide|slump|loss|plunge|retreat)                # X's 5% fall
        | hit(?:s|ting)?+\s++(?:the\s++|its\s++|a\s++)?+{DECIMAL_PATTERN}\s*+(?:%|per[\s-]?+cent|percent)
          \s++(?:daily\s++)?+(?:limit[\s-]down|lower\s++limit|limit\s++down)    # hit the 10% limit down
      )
    # ---- the direction of the move before: "followed suit", "followed, with ..."
    | (?P<same> follow(?:ed|s|ing)?+\s++suit | followed(?=\s*+[,;.]) )
    # ---- flat
    | (?P<flat>
          (?:{_MOTION}|{_BE}|remain(?:s|ed)?+|stay(?:s|ed)?+|held)\s++{_ADVERB}(?:flat|unchanged)
        | little\s++changed
      )
    # ---- up, complete cues; longer phrases first
    | (?P<up>
          surpass(?:ed|es|ing)?+\s++{_LEVEL_WORDS}                              # surpassing 3800 points
        | (?:br(?:oke|eaks?|eaking)|cross(?:ed|es|ing)?+)\s++(?:through|above)\s++{_LEVEL_WORDS}
        | open(?:s|ed|ing)?+\s++{_ADVERB}high(?:er)?+                           # opened high(er)
        | (?:{_MOTION}|{_BE})\s++{_ADVERB}higher                                # closed higher
        | {_MOTION}\s++{_ADVERB}up(?!\s++to\b)                                  # closed up
        | (?:continu(?:e|es|ed|ing)\s++to\s++)(?:strengthen|rise|climb|gain|rally|advance|rebound)
        | (?:shot|shoot(?:s|ing)?+|edg(?:ed|ing)|tick(?:ed|ing)|inch(?:ed|ing)|mov(?:ed|ing))\s++up
        | hit(?:s|ting)?+\s++(?:the\s++)?+(?:daily\s++)?+(?:limit[\s-]up|upper\s++limit|limit)(?![\s-]down)
        | limit[\s-]up
        | (?:led|lead(?:s|ing)?+)\s++(?:the\s++)?+(?:gains|gainers|rally|advance|rise|charge)
        | (?:was|were)\s++(?:the\s++|among\s++the\s++)?+top\s++gainers?+
        | top\s++gainers?+
        | perform(?:ed|ing|s)?+\s++(?:strongly|well|robustly)                   # performed strongly
        | (?:strong|robust|solid|impressive)\s++performance
        | (?:was|were|remained|stayed|proved|is|are)\s++resilient
        | (?:saw|sees?|seeing|stag(?:ed|es?|ing)|post(?:ed|s|ing)?+|record(?:ed|s|ing)?+|log(?:ged|s|ging)?+
           |notch(?:ed|es|ing)?+|register(?:ed|s|ing)?+|enjoy(?:ed|s|ing)?+)
          \s++(?:an?\s++)?+(?:\p{{L}}++\s++)?(?:surge|rally|rebound|jump|advance|gains)
        | (?:narrow(?:ed|s|ing)?+|par(?:ed|es|ing)|trim(?:med|s|ming)?+)\s++(?:its|their)\s++gains
        | extend(?:ed|s|ing)?+\s++(?:its|their)\s++(?:gains|rally|advance)
        | (?:eras(?:ed|es|ing)|recoup(?:ed|s|ing)?+|recover(?:ed|s|ing)?+)\s++(?:its|their|all|earlier)\s++
          (?:\p{{L}}++\s++)?losses
        | turn(?:ed|s|ing)?+\s++(?:positive|higher)
        | follow(?:ed|s|ing)?+\s++(?:the\s++)?+(?:broader\s++|market\s++)?+     # followed the rise
          (?:rise|gains?|rally|advance|uptrend|upswing|rebound|move\s++higher)
        | {_BE}\s++{_ADVERB}(?:strong|firm|buoyant)                              # were strong
          (?!\s++(?:demand|earnings|results|sales|growth))
        | rose | risen | rising | rallied | rallying | soared | soaring | surged | surging
        | jumped | jumping | climbed | climbing | gained | gaining | advanced | advancing
        | rebounded | rebounding | strengthened | strengthening | spiked | leapt | leaped
        | firmed | outperformed | increased | increasing
      )
    # ---- down, complete cues
    | (?P<down>
          (?:br(?:oke|eaks?|eaking)|f(?:ell|alls?|alling)|slipp?(?:ed|ing)?)\s++below\s++{_LEVEL_WORDS}
        | open(?:s|ed|ing)?+\s++{_ADVERB}low(?:er)?+                            # opened low(er)
        | (?:{_MOTION}|{_BE})\s++{_ADVERB}lower                                 # closed lower
        | {_MOTION}\s++{_ADVERB}down(?!\s++to\b)                                # closed down
        | (?:continu(?:e|es|ed|ing)\s++to\s++)(?:weaken|fall|decline|slide|drop|slip|retreat)
        | hit(?:s|ting)?+\s++(?:the\s++)?+(?:daily\s++)?+(?:limit[\s-]down|lower\s++limit|limit\s++down)
        | limit[\s-]down
        | (?:led|lead(?:s|ing)?+)\s++(?:the\s++)?+
          (?:declines?|decliners|losses|losers|fall|drop|slide|retreat|sell-?off)
        | (?:was|were)\s++(?:the\s++|among\s++the\s++)?+top\s++(?:losers?|decliners?)
        | top\s++(?:losers?|decliners?)
        | perform(?:ed|ing|s)?+\s++(?:poorly|weakly)
        | (?:weak|poor)\s++performance
        | (?:saw|stag(?:ed|es?|ing)|post(?:ed|s|ing)?+|record(?:ed|s|ing)?+|suffer(?:ed|s|ing)?+)
          \s++(?:an?\s++)?+(?:\p{{L}}++\s++)?(?:sell-?off|slump|plunge|drop|decline|fall|losses|slide)
        | (?:narrow(?:ed|s|ing)?+|par(?:ed|es|ing)|trim(?:med|s|ming)?+)\s++(?:its|their)\s++losses
        | extend(?:ed|s|ing)?+\s++(?:its|their)\s++(?:losses|decline|slide|fall)
        | (?:eras(?:ed|es|ing)|wip(?:ed|es|ing)\s++out|g(?:ave|ives?|iving)\s++up)
          \s++(?:its|their|all|earlier)\s++
          (?:\p{{L}}++\s++)?gains
        | turn(?:ed|s|ing)?+\s++(?:negative|lower)
        | follow(?:ed|s|ing)?+\s++(?:the\s++)?+(?:broader\s++|market\s++)?+     # followed the decline
          (?:decline|fall|drop|losses|slide|downtrend|sell-?off|retreat|move\s++lower)
        | (?:{_BE}|remain(?:s|ed)?+|stay(?:s|ed)?+)\s++{_ADVERB}                  # were generally weak
          (?:weak|subdued|sluggish|under\s++pressure)(?!\s++(?:demand|earnings|results|sales|growth))
        | c(?:ame|omes?|oming)\s++under\s++(?:\p{{L}}++\s++)?pressure              # came under pressure
        | lost\s++ground
        | fell | fallen | falling | dropped | dropping | declined | declining | slid | sliding
        | slumped | slumping | tumbled | tumbling | plunged | plunging | plummeted | plummeting
        | sank | sinking | sunk | retreated | retreating | weakened | weakening | eased | easing
        | dipped | dipping | slipped | slipping | tanked | crashed | underperformed | decreased
      )
    # ---- a figure must follow
    | (?P<up_fig>
          (?:with|post(?:ed|s|ing)?+|record(?:ed|s|ing)?+|log(?:ged|s|ging)?+)\s++(?:an?\s++)?+
          (?:\p{{L}}++\s++)?(?:gains?|rises?|increases?|jumps?|surges?|advances?)  # with a rise of 2.4%
        | {_BE}\s++{_ADVERB}up                                                  # was up 0.7 per cent
        | add(?:ed|s|ing)? | higher\s++by
        | up
      )
    | (?P<down_fig>
          (?:with|post(?:ed|s|ing)?+|record(?:ed|s|ing)?+|log(?:ged|s|ging)?+)\s++(?:an?\s++)?+
          (?:\p{{L}}++\s++)?(?:losses|loss|declines?|drops?|falls?|slides?)
        | {_BE}\s++{_ADVERB}down
        | lost | los(?:es|ing) | shed(?:s|ding)?+ | lower\s++by
        | down
      )
    # ---- present tense that doubles as a noun: a figure or an adjacent subject needed
    | (?P<up_strict>
          rises? | climbs? | gain | jumps? | surges? | soars? | rall(?:y|ies) | advances?
        | rebounds? | increases?
      )
    | (?P<down_strict>
          falls? | drops? | declines? | slides? | slumps? | tumbles? | plunges? | sinks?
        | dips? | slips? | eases? | weakens? | retreats?
      )
    # ---- nouns right after the name: "financials gains"
    | (?P<up_adj> gains )
    | (?P<down_adj> losses )
    # ---- the subject follows: "lifted by property heavyweights"
    | (?P<up_after> (?:lifted|boosted|buoyed|driven|propelled|led|helped)\s++(?:higher\s++)?+by )
    | (?P<down_after> (?:dragged|weighed|pulled|pressured|hit|hurt)\s++(?:down\s++|lower\s++)?+by )
    )
    (?![\p{{L}}\p{{N}}-])
    """,
    _FLAGS,
)

#: English cues start at a token listed in :data:`MOVE_FIRST_WORDS`; no start pattern.
MOVE_START: frozenset[str] | None = None

#: English figure-first cues carry their figure inside the match; nothing is read before them.
PRE_LEAD: regex.Pattern[str] | None = None
PRE_GAP: regex.Pattern[str] | None = None

#: The first words (tokens) of every movement cue, lower case ("'s" for "Zenith Air's 12
#: per cent rise"). The finder tries :data:`MOVE_CUE` only at such tokens, which is much faster
#: than scanning every position; a new cue needs its first word here too.
MOVE_FIRST_WORDS = frozenset(
    """
    's ’s
    close closes closed closing end ends ended ending finish finishes finished finishing
    settle settles settled settling open opens opened opening trade trades traded trading
    edge edges edged edging move moves moved moving trend trends trended trending fluctuate
    fluctuates fluctuated fluctuating drift drifts drifted drifting tick ticks ticked ticking
    inch inches inched inching went go goes going turn turns turned turning climb climbs
    climbed climbing is are was were been being remain remains remained stay stays stayed
    held little mixed
    surpass surpasses surpassed surpassing break breaks broke breaking cross crosses crossed
    crossing continue continues continued continuing shot shoot shoots shooting hit hits
    hitting limit led lead leads leading top perform performs performed performing strong
    robust solid impressive weak poor proved saw see sees seeing stage stages staged staging
    post posts posted posting record records recorded recording log logs logged logging notch
    notches notched notching register registers registered registering enjoy enjoys enjoyed
    enjoying suffer suffers suffered suffering narrow narrows narrowed narrowing pares pared
    paring trim trims trimmed trimming extend extends extended extending erases erased erasing
    recoup recoups recouped recouping recover recovers recovered recovering wiped wipes wiping
    gave give gives giving lost loses losing shed sheds shedding add adds added adding with
    follow follows followed following came come comes coming
    higher lower up down
    rise rises rose risen rising rally rallies rallied rallying soar soars soared soaring surge
    surges surged surging jump jumps jumped jumping gain gains gained gaining advance advances
    advanced advancing rebound rebounds rebounded rebounding strengthen strengthens strengthened
    strengthening spiked leapt leaped firmed outperformed increase increases increased
    increasing
    fall falls fell fallen falling drop drops dropped dropping decline declines declined
    declining slide slides slid sliding slump slumps slumped slumping tumble tumbles tumbled
    tumbling plunge plunges plunged plunging plummeted plummeting sink sinks sank sinking sunk
    retreat retreats retreated retreating weaken weakens weakened weakening ease eases eased
    easing dip dips dipped dipping slip slips slipped slipping tanked crashed underperformed
    decreased losses
    lifted boosted buoyed driven propelled helped dragged weighed pulled pressured hurt
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: Words between a cue and its figure: "rose more than 1%", "fell by about 2%",
#: "up 9 points or 0.3%"; a group ``range`` marks "between".
FIGURE_LEAD = regex.compile(
    rf"""
    \s*+
    (?:
        (?: \p{{L}}++(?<=ly) | sharply | further | again | by | of | more\s++than | as\s++much\s++as
          | (?:the|its|their)\s++(?:daily\s++)?+(?:(?:upper|lower)\s++)?+   # the daily limit of
            limit(?:[\s-](?:up|down))?+\s++of
          | as\s++high\s++as | over | nearly | almost | about | around | roughly | some | close\s++to
          | just | above | below | under | at\s++least | exceeding | beyond | up\s++to
          | a\s++further | another | an\s++additional | (?:a\s++)?+(?:cumulative|combined|total)
        )\s++
    )*+
    (?P<range>between\s++)?+
    (?:{DECIMAL_PATTERN}\s*+(?:points?|pts)\s*+,?+\s*+or\s++)?+                # 6 points or
    """,
    _FLAGS,
)

#: Between two figures of a list: "0.4% and 1.2%".
LIST_SEP = regex.compile(r"\s*+(?:,\s*+(?:and\s++)?+|and\s++|&\s*+|/\s*+)", _FLAGS)

#: Between the two ends of a range: "45% to 55%".
RANGE_SEP = regex.compile(r"\s*+(?:to|-|–|—|~)\s*+", _FLAGS)

#: What may follow a verb cue (without it the verb has an object: "strengthened its
#: balance sheet", "advanced it", "increased volume").
FOLLOWER = regex.compile(
    r"""
      [^\S\n]*+(?:$|[\n.,;:!?)\]—–"”’'(\[])               # end of the clause
    | \s*+-\s                                             # a dash
    | \s++[-−+]?+[\d.]                                    # a figure
    | \s++the\s++(?:most|least|day|session|week|month|year|morning|afternoon)(?![\p{L}])
    | \s++(?:
          \p{L}++(?<=ly) | sharply | strongly | slightly | further | again | more | most | less
        | higher | lower | back | sharp | hard | early | late | by | in | on | at | to | for | from
        | during | after | before | amid | since | towards? | near | while | with | and | but
        | or | then | as | across | among | ahead | despite | following | through | throughout
        | until | till | over | above | below | under | into | past | against | versus | vs
        | this | last | yesterday | today | tonight | overnight | intraday | about | around
        | nearly | almost | roughly | some | just | close | exceeding | off | so | too | when
        | monday | tuesday | wednesday | thursday | friday | saturday | sunday
        | lifted | led | driven | buoyed | boosted | dragged | weighed | helped | supported
        | a\s++(?:further|touch|bit)
      )(?![\p{L}])
    """,
    _FLAGS,
)

#: Words right before a cue that deny the move: "nearly wiping out its gains".
NEGATION = regex.compile(
    r"(?:almost|nearly|not|never|barely|n't|failed\s++to|fail\s++to|without)\s++$", _FLAGS
)

#: Between two names of one list: "A, B and C", "A (300999) and B".
CHAIN_GAP = regex.compile(
    r"""
    \s*+(?:\([^()\n]{0,40}+\)\s*+)?+                              # a code: (300999)
    (?:(?:concept\s++)?+(?:stocks?|shares|sectors?|industr(?:y|ies)|companies|firms|names|plays)\s*+)?+
    (?: ,\s*+(?:and\s++|&\s*+|as\s++well\s++as\s++)?+             # a comma, maybe with "and"
      | and\s++ | &\s*+ | as\s++well\s++as\s++ | /\s*+ | or\s++ )
    (?:the\s++)?+
    """,
    _FLAGS,
)

#: What may stand after a comma before a cue that takes the subject of the move before:
#: "..., then fell 2%", "..., and closed 1.2% lower".
INHERIT_GAP = regex.compile(
    r"""
    \s*+
    (?:(?: and | but | then | later | before | after | eventually | finally | briefly | once | only
         | also | still | again | further | ultimately | intraday | it | they | its | their | shares
         | at\s++one\s++point | in\s++(?:late|early)\s++trade | by\s++the\s++close
         | in\s++the\s++(?:morning|afternoon) | before\s++the\s++close | \p{L}++(?<=ly)
       )\s++)*+
    """,
    _FLAGS,
)

#: The words before an exchange named as the place of trading: "futures on the Dalian
#: Commodity Exchange"; :data:`VENUE_BEFORE` ends a search there, :data:`VENUE_GAP` is the
#: whole gap between what trades and its venue.
_VENUE = r"(?:on|at|in)\s++(?:the\s++)?+"
VENUE_BEFORE = regex.compile(rf"(?<![\p{{L}}]){_VENUE}$", _FLAGS)
VENUE_GAP = regex.compile(rf"\s++{_VENUE}", _FLAGS)

#: Before a name that sets the scope of what follows: "Among consumer stocks, Pop Mart rose".
SCOPE_LEAD = regex.compile(r"(?<![\p{L}])(?:among|within|across|in|of)\s++(?:the\s++)?+$", _FLAGS)

#: What may stand between a subject and its cue: codes, head nouns, adverbs, "etc.".
ADJACENT_GAP = regex.compile(
    r"""
    \s*+(?:\([^()\n]{0,40}+\)\s*+)?+                              # a code: (159998)
    (?:,?+\s*+etc\.?+,?+\s*+)?+                                   # , etc.,
    (?:
        (?: concept | stocks? | shares | sectors? | industr(?:y|ies) | companies | firms | names
          | counters | plays | heavyweights | leaders | index | board | both | all | also | each
          | collectively | further | then | later | again | too | have | has | had | was | were
          | is | are | been | being | \p{L}++(?<=ly)
        )\s++
    )*+
    """,
    _FLAGS,
)

#: A market-wide subject that names no entity: "stocks", "the main A-share benchmarks".
GENERIC_SUBJECT = regex.compile(
    r"""
    (?<![\p{L}-])(?=\p{L})
    (?:the\s++)?+
    (?:(?:three|two|four|major|main|key|benchmark|broader|broad|overall|leading)\s++)*+
    (?:(?:A-share|Chinese|China|Hong\s++Kong|HK|mainland|onshore|offshore|Asian|global|world|US|U\.S\.
         |European|Japanese|regional|emerging[\s-]market)\s++)?+
    (?:stocks|shares|equities|indices|indexes|stock\s++markets?|equity\s++markets?|markets?|bourses
      |benchmarks|A-shares)
    (?![\p{L}-])
    """,
    _FLAGS,
)

#: Market breadth, not a movement: "1,940 stocks rose", "A total of 35 companies".
BREADTH = regex.compile(
    r"(?<![\p{L}\d,.])(?=\d)\d[\d,]*+\s++(?:\p{L}++\s++)?(?:stocks|shares|companies|issues|counters|names|securities)",
    _FLAGS,
)

#: Quantities that are not prices: a move of these is not a movement.
METRIC = regex.compile(
    r"""
    (?<![\p{L}-])(?=\p{L})                               # a whole word, not part of "on-demand"
    (?: volumes? | turnover | transaction\s++amount | trading\s++value | revenues? | sales | profits?
      | earnings | net\s++income | EPS | margins? | exports? | imports? | output | capex
      | capital\s++expenditures? | expenditures? | spending | inflows? | outflows? | holdings
      | weightings? | weights? | stakes? | shareholdings? | ratio | ROE | yields? | dividends? | GDP
      | CPI | PPI | PMI | growth\s++rate | deposits | loans | assets | users | shipments | orders
      | financing | purchases | central\s++parity | exchange\s++rate | interest\s++rates? | rates?
      | borrowing\s++costs | valuations? | accounts | ADV | sentiment | inventor(?:y|ies) | demand
      | capacity | utili[sz]ation | penetration
    )
    (?![\p{L}-])
    """,
    _FLAGS,
)

#: A forecast or a hypothesis before the cue: "will rise 20%", "expected to grow".
BLOCKER = regex.compile(
    r"""
    (?<![\p{L}])(?=\p{L})
    (?: will | would | could | might | should | shall | (?-i:may) | expects? | expected | expecting
      | forecasts? | forecasting | projects? | projected | projecting | predicts? | predicted
      | estimates? | estimated | anticipates? | anticipated | likely | poised | targets? | potential
      | aims? | hopes? | if | unless | noting | bullish | bearish | believes? | envisions?
    )
    (?![\p{L}])
    """,
    _FLAGS,
)

#: A year-on-year figure right after the figure: growth of a fundamental, not a price.
YOY_AFTER = regex.compile(
    r"""\s*+[(,]?+\s*+(?:YoY|y/y|y-o-y|year[\s-]on[\s-]year|year[\s-]over[\s-]year|on\s++the\s++year
        |from\s++a\s++year\s++(?:earlier|ago))(?![\p{L}])""",
    _FLAGS,
)

#: The same, written before the cue: "a year-on-year increase of 18%".
YOY_BEFORE = regex.compile(
    r"(?<![\p{L}])(?=\p{L})(?:YoY|y/y|year[\s-]on[\s-]year|year[\s-]over[\s-]year)", _FLAGS
)

#: All that refuses a clause, in one pattern: a forecast, a fundamental, a year-on-year change.
CLAUSE_GUARD = regex.compile(rf"{BLOCKER.pattern}|{METRIC.pattern}|{YOY_BEFORE.pattern}", _FLAGS)

#: The first letters of every word a :data:`CLAUSE_GUARD` match can start with: the finder
#: tries the guard only at words that start so ("expect" for "expects", "y" for "y/y",
#: "year", "yields"). A new guard word needs its start here too.
CLAUSE_GUARD_KEYS: frozenset[str] | None = frozenset(
    """
    will would could might should shall may expect forecast project predict estimat anticipat
    likely poised target potential aim hope if unless noting bullish bearish believ envision
    volume turnover transaction trading revenue sales profit earnings net eps margin export
    import output capex capital expenditure spending inflow outflow holdings weight stake
    shareholding ratio roe y dividend gdp cpi ppi pmi growth deposits loans assets users
    shipments orders financing purchases central exchange interest rate borrowing valuation
    accounts adv sentiment inventor demand capacity utili penetration
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: Where a new clause (and a new subject) starts inside a sentence.
SCOPE_BREAK = regex.compile(
    r"""
      ;                                                   # a semicolon
    | (?<=,)\s*+(?:while|whereas|with|but)(?=\s)          # ", while", ", with"
    | (?<=\s)(?:while|whereas|but)(?=\s)                  # " while "
    | \s-\s                                               # a dash between spaces
    """,
    _FLAGS,
)

#: A level stated with the move: "closed at 3,912.40 points", "to 19,870.55".
LEVEL = regex.compile(
    rf"""
    (?<![\p{{L}}])
    (?:clos(?:e|ed|ing)|end(?:ed|ing)?+|finish(?:ed|ing)?+|settl(?:ed|ing)|st(?:ood|anding)|at|to
      |return(?:ed|ing)?+\s++to|back\s++to|reclaim(?:ed|ing)?+|above|surpass(?:ed|ing)?+)
    \s++(?:at\s++)?+(?:the\s++)?+
    (?P<value>{DECIMAL_PATTERN})
    (?:
        (?:-point)?+\s*+(?P<unit>points?|pts|mark)(?![\p{{L}}])       # 3,000 points
      | (?<=[.,]\d++)(?![\p{{L}}\p{{N}}%]|\s*+(?:%|per\s?+cent|percent)) # 19,870.55 (a separator, no unit)
    )
    """,
    _FLAGS,
)

#: Before a price reached, written as money: "jumped 6.1 per cent to HK$41.30".
MONEY_LEVEL_LEAD = regex.compile(r"\s*+,?+\s*+(?:to|at)\s++", _FLAGS)

# ---------------------------------------------------------------- forecasts

#: Reporting verbs and frames. Groups: ``target`` (a target price or rating changed:
#: always forward-looking), ``according`` (the source follows: "according to X"),
#: ``forward`` (a forecasting verb: "expects"), ``say`` (a neutral reporting verb: the
#: claim must look ahead by itself).
REPORT_CUE = regex.compile(
    r"""
    (?<![\p{L}])(?=\p{L})                                # a word start
    (?:
      (?P<target>
          (?:rais|lift|hik|increas|boost|cut|lower|trimm?+|reduc|slash|set|sets|maintain|reiterat|keep|kept)
          \p{L}*+\s++(?:(?:its|their|the|an?)\s++)?+
          (?:["“'‘]?+[\p{L}-]++["”'’]?+\s++){0,2}?                         # maintains "Buy" rating
          (?:target\s++price|price\s++target|(?-i:TP)|target|rating)       # raised its target price
        | (?:rais|lift|hik|cut|lower|trimm?+|reduc|slash)\p{L}*+\s++[^;\n]{0,40}?
          (?<![\p{L}])(?:(?-i:TP)|target\s++price|price\s++target)                      # Lifts Tencent TP
        | (?:upgrad|downgrad)(?:ed|ing)
        | initiat\p{L}*+\s++coverage
        | advanc(?:ed|es|e|ing)\s++it\s++to                                            # advanced it to HK$95
      )
    | (?P<according> according\s++to | citing )
    | (?P<forward>
          expects? | expected | expecting | forecasts? | forecasted | forecasting
        | estimates? | estimated | estimating | predicts? | predicted | predicting
        | projects? | projected | projecting | anticipates? | anticipated | anticipating
        | envisions? | envisioned | envisages? | envisaged | foresees? | foresaw
        | recommends? | recommended | recommending
      )
    | (?P<say>
          (?:released|published|issued|put\s++out)\s++(?:\p{L}++\s++){0,4}?
          (?:report|note|analysis|research|study|outlook|forecast)                      # released a report
          (?:\s++(?:stating|saying|noting|indicating|pointing\s++out|showing|suggesting
                   |which\s++(?:said|says|stated)))?+
        | said | says | stated | states | stating | noted | notes | noting | pointed\s++out
        | points\s++out | pointing\s++out | believes? | believed | thinks? | wrote | writes
        | argued | argues | add(?:ed|s)(?=\s*+(?:that\s|[,.:;"“”]|$))         # "added that", ", he added."
        | warned | warns | cautioned | highlighted | highlights
        | indicated | indicates | indicating | reiterated | reported | reports | told
        | announced? | announces | announcing | saying | observed | commented | suggested
        | suggests | showed | shows | concluded | sees
      )
    )
    (?![\p{L}])
    """,
    _FLAGS,
)

#: See :data:`MOVE_START`.
REPORT_START: frozenset[str] | None = None

#: The first words of every reporting cue, lower case (see :data:`MOVE_FIRST_WORDS`).
REPORT_FIRST_WORDS = frozenset(
    """
    raise raises raised raising lift lifts lifted lifting hike hikes hiked hiking increase
    increases increased increasing boost boosts boosted boosting cut cuts cutting lower lowers
    lowered lowering trim trims trimmed trimming reduce reduces reduced reducing slash slashes
    slashed slashing set sets setting maintain maintains maintained maintaining reiterate
    reiterates reiterated reiterating keep keeps keeping kept upgraded upgrading downgraded
    downgrading initiate initiates initiated initiating advance advances advanced advancing
    according citing
    expect expects expected expecting forecast forecasts forecasted forecasting estimate
    estimates estimated estimating predict predicts predicted predicting project projects
    projected projecting anticipate anticipates anticipated anticipating envision envisions
    envisioned envisage envisages envisaged foresee foresees foresaw recommend recommends
    recommended recommending
    released published issued put said says stated states stating noted notes noting pointed
    points pointing believe believes believed think thinks wrote writes argued argues added adds
    warned warns cautioned highlighted highlights indicated indicates indicating reiterated
    reported reports told announce announced announces announcing saying observed commented
    suggested suggests showed shows concluded sees
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: A cue that is passive or adjectival, not a source's act: "was expected to".
PASSIVE = regex.compile(r"(?:is|are|was|were|be|been|being|widely|generally)\s++$", _FLAGS)

#: Words that make a claim look ahead.
FORWARD = regex.compile(
    r"""
    (?<![\p{L}])(?=\p{L})
    (?: will | won't | would | could | might | should | shall | (?-i:may)
      | (?<!(?:beat|beats|beating|exceed\p{L}*|miss\p{L}*|top\p{L}*|surpass\p{L}*|above|below|than|with)
            \s++(?:(?:market|analysts?['’]?+|consensus|investors?['’]?+|street)\s++)?+)
        expect\p{L}*+                                   # not "beat expectations"
      | forecast\p{L}*+ | projected | projecting | projections? | predict\p{L}*+
      | estimat\p{L}*+ | anticipat\p{L}*+ | envision\p{L}*+ | envisag\p{L}*+ | forese\p{L}*+
      | likely | unlikely | set\s++to | poised\s++to | on\s++track\s++to | going\s++forward
      | (?:in|over|for)\s++the\s++(?:long|medium|short|near)[\s-]++(?:run|term) | long-term | longer-term
      | in\s++the\s++(?:near\s++)?+future | outlook | upside | ahead
      | target\s++price | price\s++target | (?-i:TP) | targets?
      | to\s++(?:continue|face|reach|exceed|surpass)
      | next\s++(?:\p{L}++\s++)?+(?:years?|quarters?|months?|decades?|weeks?)
      | coming\s++(?:\p{L}++\s++)?+(?:years?|quarters?|months?|decades?|weeks?)
      | recommend\p{L}*+ | rating | overweight | underweight | outperform | upgrade\p{L}*+
      | downgrade\p{L}*+
    )
    (?![\p{L}])
    """,
    _FLAGS,
)

#: The first letters of every word a :data:`FORWARD` match can start with (see
#: :data:`CLAUSE_GUARD_KEYS`). A new forward word needs its start here too.
FORWARD_KEYS: frozenset[str] | None = frozenset(
    """
    will won would could might should shall may expect forecast project predict estimat
    anticipat envision envisag forese likely unlikely set poised on going in over for long
    outlook upside ahead target price tp to next coming recommend rating overweight
    underweight outperform upgrade downgrade
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

#: A scheduled event or operation, not a forecast: "is expected to release its results",
#: "will conduct 300 billion yuan of reverse repos", "bills that will mature this week".
SCHEDULED = regex.compile(
    r"""
      (?:expected|scheduled|set|due|plans?|planning)\s++to\s++
      (?:release|report|publish|announce|disclose|hold|list)              # to release its results
    | (?<![\p{L}])conduct\p{L}*+\s[^.;\n]{0,60}?                           # conduct ... reverse repos
      (?:repos?|repurchases?|MLF|lending\s++facilit\p{L}++|(?:open[\s-]market\s++)?operations?)(?![\p{L}])
    | (?<![\p{L}])(?:will|to|due\s++to)\s++mature(?![\p{L}])            # will mature
    """,
    _FLAGS,
)

#: A source left unnamed before a cue ("Analysts said", "market participants expect"): the
#: cue takes no source from elsewhere. Also "according to" a source that is not recognised.
NO_SOURCE = regex.compile(
    r"""
    (?<![\p{L}])
    (?:
        (?:some\s++|many\s++|most\s++)?+
        (?:analysts|economists|strategists|market\s++(?:participants|watchers|observers|insiders|sources|analysts)
          |traders|observers|insiders|experts|industry\s++(?:insiders|sources|analysts|experts|observers)
          |investors|people\s++familiar)
      | according\s++to
    )
    (?![\p{L}])
    """,
    _FLAGS,
)

#: Words that make a claim look ahead only as a rating ("maintains its Buy rating"): a
#: rating alone is not a forecast; a rating with a target price or a forward claim is.
RATING = regex.compile(
    r"(?<![\p{L}])(?:rating|recommend\p{L}*+|overweight|underweight|outperform|upgrade\p{L}*+|downgrade\p{L}*+)(?![\p{L}])",
    _FLAGS,
)

#: A target cue that only keeps or opens a rating ("maintained its Buy rating", "initiated
#: coverage"): with no target price or forward claim it is not a forecast (a changed rating is).
RATING_HOLD = regex.compile(r"(?:maintain|reiterat|keep|kept|set|initiat)[^;\n]*(?:rating|coverage)$", _FLAGS)

#: A word before a name that makes it the object of a target change, not its source.
OBJECT_BEFORE = regex.compile(r"(?<![\p{L}])(?:on|for)\s++$", _FLAGS)

#: A phrase standing for a source named earlier: "the broker", "the former", "they".
ANAPHOR = regex.compile(
    r"""
    (?<![\p{L}])(?=\p{L})
    (?:
        (?P<former>the\s++former)
      | (?P<latter>the\s++latter)
      | (?:the|this|that)\s++
        (?:(?:US|U\.S\.|Chinese|Japanese|global|investment|research|brokerage|securities|Wall\s++Street
             |Swiss|British|American|European|Hong\s++Kong)\s++)*+
        (?:broker(?:age)?|bank|firm|house|institution|report|note|analysis|research(?:\s++note)?+|team
          |agency|newspaper|paper|lender|analysts?|economists?|strategists?)
      | investment\s++bank | brokerage
      | (?:its|their)\s++(?:latest\s++)?+(?:report|note|analysis|research)
      | they
    )
    (?![\p{L}])
    """,
    _FLAGS,
)

#: A person's name right before a reporting verb: "Anna Berg said".
PERSON_BEFORE = regex.compile(r"(?<![\p{L}])(?P<name>[A-Z][a-z]++(?:[ ][A-Z][a-z]++){0,2}+)\s*+$")

#: A person's name right after an inverted reporting verb: "said Chen Ming".
PERSON_AFTER = regex.compile(r"\s++(?P<name>[A-Z][a-z]++(?:[ ][A-Z][a-z]++){0,2}+)(?![\p{L}])")

#: Capitalised words that are not names of persons (matched against each word of a name).
NOT_PERSON = regex.compile(
    r"""
      The | This | That | These | Those | It | He | She | They | We | I | You | Its | Their | His | Her
    | Our | Analysts? | Investors | Traders | Officials | Experts | Sources | Economists? | Strategists?
    | Reuters | Bloomberg | Xinhua | Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
    | January | February | March | April | May | June | July | August | September | October | November
    | December | China | Chinese | Beijing | Hong | Kong | Shanghai | Shenzhen | US | And | But | However
    | Meanwhile | Report | Data | Markets? | Stocks | Also | Note | Research | Company | Group | Bank
    | Securities | Fund | Morgan | Stanley | Goldman | Sachs
    """,
    regex.VERBOSE,
)

#: An organisation in an appositive after a person: "Chen, an economist at Everbright".
AFFILIATION = regex.compile(
    r",?+\s*+(?:an?\s++|the\s++)?+(?:\p{L}++\s++){0,3}?(?:with|at|from|of)\s++$", _FLAGS
)

#: A person and their title before the organisation of the title: "Wang Tao, chief China
#: economist at " (the organisation, a comma and the reporting verb follow).
TITLED_PERSON = regex.compile(
    r"""(?<![\p{L}])[A-Z][a-z]++(?:[ ][A-Z][a-z]++){0,2}+\s*+,\s*+
        (?:an?\s++|the\s++)?+(?:[\p{L}-]++\s++){1,5}?(?:with|at|from|of)\s++(?:the\s++)?+$""",
    regex.VERBOSE,  # case matters: the person's name is capitalised
)

#: The end of a sentence after a postposed source: "..., Morgan Stanley says."
POSTPOSED_TAIL = regex.compile(
    r"""\s*+(?:(?:in|on)\s++(?:an?\s++|the\s++)?+\p{L}++\s*+)?+
        (?:,\s*+(?:according\s++to|\p{L}++(?<=ing))\s[^.;]*+)?+[.!?"”'’)\s]*+$""",
    _FLAGS,
)

#: A word before a money amount that makes it the old value: "from HKD210 to HKD265".
FROM_BEFORE = regex.compile(r"(?<![\p{L}])from\s*+$", _FLAGS)
