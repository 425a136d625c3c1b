"""English money: text in, money entities out (lang/en/money.py), one table of cases."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import finbulletin
from finbulletin.lang.en import money
from finbulletin.models import MoneyEntity
from helpers import context, money_record, span_after


@dataclass(frozen=True)
class Amount:
    """An expected amount: its span (first occurrence in the text) and values."""

    span: str
    low: float
    high: float | None = None  # None: same as low
    currency: str | None = "USD"
    approximate: bool = False
    after: str = ""  # the span is looked for after this text (for repeated spans)


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expected: tuple[Amount, ...]


def record(text: str, amount: Amount) -> MoneyEntity:
    return money_record(amount, *span_after(text, amount.span, amount.after))


CASES = [
    # single amounts: symbols, codes and words before or after the number
    Case("dollar-sign-trillion", "Analysts see $4 trillion of new spending.", (Amount("$4 trillion", 4e12),)),
    Case(
        "usd-code-spaced",
        "The fund raised USD 250 million last quarter.",
        (Amount("USD 250 million", 2.5e8),),
    ),
    Case("us-dollar-sign", "Exports reached US$93.5 billion in May.", (Amount("US$93.5 billion", 9.35e10),)),
    Case(
        "hk-dollar-price",
        "The stock closed at HK$612.50 on Friday.",
        (Amount("HK$612.50", 612.5, currency="HKD"),),
    ),
    Case("hkd-code-attached", "The broker set a target of HKD512.", (Amount("HKD512", 512, currency="HKD"),)),
    Case(
        "rmb-spaced",
        "Profit came to RMB 8.415 billion.",
        (Amount("RMB 8.415 billion", 8.415e9, currency="CNY"),),
    ),
    Case("rmb-attached-bn", "It booked a charge of RMB1.2bn.", (Amount("RMB1.2bn", 1.2e9, currency="CNY"),)),
    Case(
        "code-conversion-in-brackets",
        "Sales hit CNY45 billion (USD6.3 billion) this year.",
        (Amount("CNY45 billion", 4.5e10, currency="CNY"), Amount("USD6.3 billion", 6.3e9)),
    ),
    Case(
        "yuan-trillion",
        "Turnover rose to 1.87 trillion yuan.",
        (Amount("1.87 trillion yuan", 1.87e12, currency="CNY"),),
    ),
    Case(
        "yuan-price",
        "The shares ended the day at 12.36 yuan.",
        (Amount("12.36 yuan", 12.36, currency="CNY"),),
    ),
    Case(
        "renminbi",
        "A fund of 50 billion renminbi was set up.",
        (Amount("50 billion renminbi", 5e10, currency="CNY"),),
    ),
    Case(
        "chinese-yuan",
        "Tickets were priced at 300 Chinese yuan.",
        (Amount("300 Chinese yuan", 300, currency="CNY"),),
    ),
    Case(
        "us-dollars-word",
        "Inflows of 2.4 billion U.S. dollars were seen.",
        (Amount("2.4 billion U.S. dollars", 2.4e9),),
    ),
    Case(
        "hong-kong-dollars-word",
        "It sold a bond of 800 million Hong Kong dollars.",
        (Amount("800 million Hong Kong dollars", 8e8, currency="HKD"),),
    ),
    Case("dollars-word-is-usd", "He paid 40 dollars for the ticket.", (Amount("40 dollars", 40),)),
    Case(
        "euro-sign", "A €3.5 billion takeover was agreed.", (Amount("€3.5 billion", 3.5e9, currency="EUR"),)
    ),
    Case(
        "euros-word",
        "The club spent 210 million euros.",
        (Amount("210 million euros", 2.1e8, currency="EUR"),),
    ),
    Case("pound-sign", "Its stake is worth £75 million.", (Amount("£75 million", 7.5e7, currency="GBP"),)),
    Case(
        "pounds-sterling",
        "A fine of 12 million pounds sterling was imposed.",
        (Amount("12 million pounds sterling", 1.2e7, currency="GBP"),),
    ),
    Case("pounds-weight-is-not-money", "The parcel weighed 40 pounds.", ()),
    Case(
        "won-with-scale",
        "Its profit hit 1.1 trillion won.",
        (Amount("1.1 trillion won", 1.1e12, currency="KRW"),),
    ),
    Case("won-the-verb-is-not-money", "The team of 11 won 3 games.", ()),
    Case("yen-word", "A bowl of noodles costs 1,200 yen.", (Amount("1,200 yen", 1200, currency="JPY"),)),
    Case(
        "yen-sign-in-china-story",
        "Liquor makers in Shenzhen rallied and one hit ¥180.",
        (Amount("¥180", 180, currency="CNY"),),
    ),
    Case(
        "yen-sign-in-japan-story",
        "In Tokyo, the carmaker rose to ¥3,100 as the Nikkei and the yen moved.",
        (Amount("¥3,100", 3100, currency="JPY"),),
    ),
    Case(
        "singapore-dollar-sign",
        "DBS plans a S$2.1 billion buyback.",
        (Amount("S$2.1 billion", 2.1e9, currency="SGD"),),
    ),
    Case(
        "australian-dollar-sign",
        "The miner paid A$600 million.",
        (Amount("A$600 million", 6e8, currency="AUD"),),
    ),
    Case(
        "scale-abbreviations",
        "Deals of $1.2bn, $350mn, $45M, $3.5tn and $800K closed.",
        (
            Amount("$1.2bn", 1.2e9),
            Amount("$350mn", 3.5e8),
            Amount("$45M", 4.5e7),
            Amount("$3.5tn", 3.5e12),
            Amount("$800K", 8e5),
        ),
    ),
    Case(
        "mln-abbreviation",
        "A subsidy of 4.5 mln yuan was paid.",
        (Amount("4.5 mln yuan", 4.5e6, currency="CNY"),),
    ),
    Case(
        "hundred-million",
        "It raised 3 hundred million yuan.",
        (Amount("3 hundred million yuan", 3e8, currency="CNY"),),
    ),
    Case(
        "per-share-price", "EPS came in at 1.85 yuan per share.", (Amount("1.85 yuan", 1.85, currency="CNY"),)
    ),
    # ranges
    Case(
        "range-scale-on-second-only",
        "Capex of $2 to $3 trillion is expected.",
        (Amount("$2 to $3 trillion", 2e12, 3e12),),
    ),
    Case(
        "range-between-keeps-between",
        "Profit will be between 420 million and 455 million yuan.",
        (Amount("between 420 million and 455 million yuan", 4.2e8, 4.55e8, currency="CNY"),),
    ),
    Case(
        "range-to-currency-at-end",
        "It expects net profit of 82 million to 97 million yuan.",
        (Amount("82 million to 97 million yuan", 8.2e7, 9.7e7, currency="CNY"),),
    ),
    Case(
        "range-between-prices",
        "It guided EPS between $2.10 and $2.35.",
        (Amount("between $2.10 and $2.35", 2.1, 2.35),),
    ),
    Case(
        "range-dash-abbreviated",
        "Revenue of $410M-$450M is guided.",
        (Amount("$410M-$450M", 4.1e8, 4.5e8),),
    ),
    Case(
        "range-dash-shared-scale",
        "Outflows of 5-8 billion yuan are likely.",
        (Amount("5-8 billion yuan", 5e9, 8e9, currency="CNY"),),
    ),
    Case("range-en-dash", "A $3–4 billion sale is planned.", (Amount("$3–4 billion", 3e9, 4e9),)),
    Case(
        "from-to-is-two-amounts",
        "The bank lifted its target from HK$300 to HK$360.",
        (Amount("HK$300", 300, currency="HKD"), Amount("HK$360", 360, currency="HKD")),
    ),
    Case(
        "from-to-first-borrows-currency",
        "The fee was raised from 20 to 25 yuan.",
        (Amount("20", 20, currency="CNY", after="from "), Amount("25 yuan", 25, currency="CNY")),
    ),
    Case(
        "different-currencies-are-not-a-range",
        "Each HK$78 to US$10 conversion was booked.",
        (Amount("HK$78", 78, currency="HKD"), Amount("US$10", 10)),
    ),
    Case(
        "between-with-one-amount-keeps-between-out",
        "Bids ranged between C$4 million and more.",
        (Amount("C$4 million", 4e6, currency="CAD"),),
    ),
    Case(
        "year-is-not-a-range-end",
        "Spending will climb in 2026 to $90 billion.",
        (Amount("$90 billion", 9e10),),
    ),
    # hedges: out of the span, approximate set
    Case(
        "hedge-about",
        "It invests about $500 billion a year.",
        (Amount("$500 billion", 5e11, approximate=True),),
    ),
    Case(
        "hedge-more-than",
        "Inflows were more than 3 billion yuan.",
        (Amount("3 billion yuan", 3e9, currency="CNY", approximate=True),),
    ),
    Case(
        "hedge-up-to",
        "The fine could be up to €2 billion.",
        (Amount("€2 billion", 2e9, currency="EUR", approximate=True),),
    ),
    Case(
        "hedge-close-to",
        "Turnover was close to HK$1 trillion.",
        (Amount("HK$1 trillion", 1e12, currency="HKD", approximate=True),),
    ),
    Case(
        "hedge-nearly-before-range",
        "It needs nearly 5 to 6 billion yuan.",
        (Amount("5 to 6 billion yuan", 5e9, 6e9, currency="CNY", approximate=True),),
    ),
    Case(
        "no-hedge-inside-word",
        "The turnover 5 billion yuan figure.",
        (Amount("5 billion yuan", 5e9, currency="CNY"),),
    ),
    # signs
    Case(
        "negative-amount",
        "It swung to a net loss of -312 million yuan.",
        (Amount("-312 million yuan", -3.12e8, currency="CNY"),),
    ),
    Case("negative-before-symbol", "Cash flow was -$4.2 million.", (Amount("-$4.2 million", -4.2e6),)),
    # tokenised newswire
    Case("tokenised-dollar", "sales of $ 38 million were reported .", (Amount("$ 38 million", 3.8e7),)),
    Case(
        "tokenised-hk-dollar",
        "exports rose to hk $ 2.4 billion .",
        (Amount("hk $ 2.4 billion", 2.4e9, currency="HKD"),),
    ),
    Case("tokenised-us-dollar", "a us $ 90 million loan was signed .", (Amount("us $ 90 million", 9e7),)),
    Case(
        "lower-case-code",
        "they paid rmb 20 billion for it .",
        (Amount("rmb 20 billion", 2e10, currency="CNY"),),
    ),
    # numbers in words, subunits
    Case("words-million", "She won seven million dollars.", (Amount("seven million dollars", 7e6),)),
    Case("words-a-billion", "It is a billion dollars short.", (Amount("a billion dollars", 1e9),)),
    Case(
        "words-hundred-and",
        "The bill was two hundred and fifty dollars.",
        (Amount("two hundred and fifty dollars", 250),),
    ),
    Case(
        "words-with-cents",
        "Lunch cost nine dollars and sixty cents.",
        (Amount("nine dollars and sixty cents", 9.6),),
    ),
    Case("digits-with-cents", "A coffee is 4 dollars 20 cents.", (Amount("4 dollars 20 cents", 4.2),)),
    # the document decides the bare dollar sign
    Case(
        "dollar-sign-in-hong-kong-story",
        "Shares of 00700.HK hit $480 as the HKD500 target neared.",
        (Amount("$480", 480, currency="HKD"), Amount("HKD500", 500, currency="HKD")),
    ),
    Case(
        "explicit-us-dollar-wins-in-hong-kong-story",
        "HK$50 and HK$60 bids; the ADR fell to US$6.",
        (Amount("HK$50", 50, currency="HKD"), Amount("HK$60", 60, currency="HKD"), Amount("US$6", 6)),
    ),
    # lists share one currency (and a scale written after the bare figures)
    Case(
        "list-shares-leading-currency",
        "Profit is seen at RMB 41.5 billion, 47.2 billion and 55.9 billion respectively.",
        (
            Amount("RMB 41.5 billion", 4.15e10, currency="CNY"),
            Amount("47.2 billion", 4.72e10, currency="CNY"),
            Amount("55.9 billion", 5.59e10, currency="CNY"),
        ),
    ),
    Case(
        "list-shares-trailing-currency-and-scale",
        "Sales of 12, 15 or 19 billion yuan are possible.",
        (
            Amount("12", 1.2e10, currency="CNY"),
            Amount("15", 1.5e10, currency="CNY"),
            Amount("19 billion yuan", 1.9e10, currency="CNY"),
        ),
    ),
    Case(
        "list-of-prices",
        "Targets were cut to HK$48.5, 51.2 and 60.",
        (
            Amount("HK$48.5", 48.5, currency="HKD"),
            Amount("51.2", 51.2, currency="HKD"),
            Amount("60", 60, currency="HKD"),
        ),
    ),
    Case(
        "list-member-that-counts-shares-stays-out",
        "It paid US$2 million, 400 and 500 shares changed hands.",
        (Amount("US$2 million", 2e6),),
    ),
    Case(
        "list-with-two-currencies-shares-none",
        "Bids of HK$50, US$6 and 7 came in.",
        (Amount("HK$50", 50, currency="HKD"), Amount("US$6", 6)),
    ),
    Case(
        "years-in-a-list-are-not-money",
        "Profit of RMB 3 billion, 2026 and 2027 were not guided.",
        (Amount("RMB 3 billion", 3e9, currency="CNY"),),
    ),
    # not money
    Case("no-currency-turnover", "Turnover topped 1.5 trillion on both exchanges.", ()),
    Case("index-level-and-change", "The index closed at 3,912.40 points, down -8.210.", ()),
    Case("exchange-rate-per-dollar", "The central parity was set at 7.1046 per US dollar.", ()),
    Case("exchange-rate-yuan-per-dollar", "The yuan weakened to 7.12 yuan per dollar.", ()),
    Case("currency-pair", "USD/CNY 7.12 was quoted at noon.", ()),
    Case("percent-is-not-money", "The stock rose 4% to a record.", ()),
    Case("counted-words-are-not-money", "Seventeen analysts cut their targets.", ()),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_money(case: Case) -> None:
    found = money.find(context(case.text, "en"))
    assert found == [record(case.text, a) for a in case.expected]


def test_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)


def test_parse_dispatches_english_money() -> None:
    bulletin = finbulletin.parse("Capex of $2 to $3 trillion is expected.", language="en")
    assert [(m.text, m.low, m.high, m.currency) for m in bulletin.of_kind("money")] == [
        ("$2 to $3 trillion", 2e12, 3e12, "USD")
    ]


@pytest.mark.parametrize(
    "text",
    ["", "$", "US$", "between", "$ to $", "-", "1" * 500 + " yuan", "9" * 400 + " trillion yuan", "\ud800$5"],
)
def test_odd_input_does_not_crash(text: str) -> None:
    for entity in finbulletin.parse(text, language="en").of_kind("money"):
        assert text[entity.start : entity.end] == entity.text
