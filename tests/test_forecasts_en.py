"""Forecasts in English bulletins, over hand-built entities (independent of the recognizers)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import ForecastCase, Spec, claims_of, summary

D = dt.date

CASES = [
    ForecastCase(
        "forecasting-verb-with-a-dated-target",
        "Nomura expects the benchmark to reach new highs by the end of 2026.",
        (("organization", "Nomura"), ("date", "the end of 2026", D(2026, 12, 31), D(2026, 12, 31))),
        (("Nomura", (D(2026, 12, 31), D(2026, 12, 31)), ()),),
    ),
    ForecastCase(
        "said-that-with-will-and-a-window",
        "Mizuho said that chip demand will double between 2026 and 2028, adding $80 billion of sales.",
        (
            ("organization", "Mizuho"),
            ("date", "between 2026 and 2028", D(2026, 1, 1), D(2028, 12, 31)),
            ("money", "$80 billion", 8e10, 8e10, "USD"),
        ),
        (("Mizuho", (D(2026, 1, 1), D(2028, 12, 31)), ("$80 billion",)),),
    ),
    ForecastCase(
        "raised-target-price-keeps-the-new-amount-only",
        "Barclays lifted its price target on Acme Motors from $40 to $52, keeping an Overweight rating.",
        (
            ("organization", "Barclays"),
            ("security", "Acme Motors"),
            ("money", "$40", 40.0, 40.0, "USD"),
            ("money", "$52", 52.0, 52.0, "USD"),
        ),
        (("Barclays", None, ("$52",)),),
    ),
    ForecastCase(
        "postposed-source",
        "Chip demand will stay strong through 2027, UBS said on Monday.",
        (("organization", "UBS"), ("date", "2027", D(2027, 1, 1), D(2027, 12, 31))),
        (("UBS", (D(2027, 1, 1), D(2027, 12, 31)), ()),),
    ),
    ForecastCase(
        "inverted-said",
        "Over the long term, bank shares remain cheap, said Orient Securities.",
        (("organization", "Orient Securities"),),
        (("Orient Securities", None, ()),),
    ),
    ForecastCase(
        "according-to",
        "According to Fitch, corporate defaults will rise next year.",
        (("organization", "Fitch"),),
        (("Fitch", None, ()),),
    ),
    ForecastCase(
        "headline-with-a-colon",
        "Nomura: Yuan Set to Weaken Over the Next Six Months\n\nThe bank sees pressure building.",
        (("organization", "Nomura"),),
        (("Nomura", None, ()),),
    ),
    ForecastCase(
        "the-broker-stands-for-the-last-source",
        "Daiwa cut its rating on Kite Holdings on Friday. "
        "The broker estimated that margins could shrink in 2026.",
        (
            ("organization", "Daiwa"),
            ("security", "Kite Holdings"),
            ("date", "2026", D(2026, 1, 1), D(2026, 12, 31)),
        ),
        (("Daiwa", None, ()), ("Daiwa", (D(2026, 1, 1), D(2026, 12, 31)), ())),
    ),
    ForecastCase(
        "the-former-and-the-latter",
        "Upgrades came from Barclays and Nomura this week. The former lifted its price target to $60, "
        "while the latter set its target price at $58.",
        (
            ("organization", "Barclays"),
            ("organization", "Nomura"),
            ("money", "$60", 60.0, 60.0, "USD"),
            ("money", "$58", 58.0, 58.0, "USD"),
        ),
        (("Barclays", None, ("$60",)), ("Nomura", None, ("$58",))),
    ),
    ForecastCase(
        "a-person-when-no-organisation-is-named",
        '"Growth will slow sharply in the coming months," Anna Berg said.',
        (),
        (("Anna Berg", None, ()),),
        None,
    ),
    ForecastCase(
        "the-organisation-of-a-person-wins",
        "Margins will improve next year, said Anna Berg, an analyst with Mizuho.",
        (("organization", "Mizuho"),),
        (("Mizuho", None, ()),),
    ),
    ForecastCase(
        "another-institution-acting-ends-the-continuation",
        "Mizuho forecast revenue of $3 billion in 2026. Separately, the State Council pledged to"
        " speed up grid upgrades over the next two years.",
        (
            ("organization", "Mizuho"),
            ("organization", "State Council"),
            ("money", "$3 billion", 3e9, 3e9, "USD"),
            ("date", "2026", D(2026, 1, 1), D(2026, 12, 31)),
            ("date", "over the next two years", D(2025, 11, 11), D(2027, 11, 11)),
        ),
        (("Mizuho", (D(2026, 1, 1), D(2026, 12, 31)), ("$3 billion",)),),
    ),
    ForecastCase(
        "the-organisation-in-a-person-s-title",
        "Anna Berg, chief economist at Mizuho, said growth would slow in 2026.",
        (("organization", "Mizuho"), ("date", "2026", D(2026, 1, 1), D(2026, 12, 31))),
        (("Mizuho", (D(2026, 1, 1), D(2026, 12, 31)), ()),),
    ),
    ForecastCase(
        "a-window-that-began-before-publication-does-not-look-ahead",
        "According to Mizuho, funds bought $5 billion of stocks this week.",
        (
            ("organization", "Mizuho"),
            ("money", "$5 billion", 5e9, 5e9, "USD"),
            ("date", "this week", D(2025, 11, 10), D(2025, 11, 16), {"relative": True}),
        ),
        (),
    ),
    ForecastCase(
        "a-continuation-sentence-keeps-the-source",
        "Mizuho forecast revenue of $3 billion in 2026. In a bull case, revenue could reach $4 billion.",
        (
            ("organization", "Mizuho"),
            ("money", "$3 billion", 3e9, 3e9, "USD"),
            ("money", "$4 billion", 4e9, 4e9, "USD"),
            ("date", "2026", D(2026, 1, 1), D(2026, 12, 31)),
        ),
        (("Mizuho", (D(2026, 1, 1), D(2026, 12, 31)), ("$3 billion",)), ("Mizuho", None, ("$4 billion",))),
    ),
    ForecastCase(
        "two-sources-in-one-sentence",
        "HSBC expects a loss of $5 billion, while Citi predicts a loss of $3 billion.",
        (
            ("organization", "HSBC"),
            ("organization", "Citi"),
            ("money", "$5 billion", 5e9, 5e9, "USD"),
            ("money", "$3 billion", 3e9, 3e9, "USD"),
        ),
        (("HSBC", None, ("$5 billion",)), ("Citi", None, ("$3 billion",))),
    ),
    ForecastCase(
        "a-company-entity-can-be-the-source",
        "Lumo Energy projected next-quarter revenue of $450 million.",
        (("security", "Lumo Energy"), ("money", "$450 million", 4.5e8, 4.5e8, "USD")),
        (("Lumo Energy", None, ("$450 million",)),),
    ),
    # ---- negative cases
    ForecastCase(
        "a-past-fact-is-not-a-forecast",
        "Nomura said profits rose 5% last year.",
        (("organization", "Nomura"), ("date", "last year", D(2024, 1, 1), D(2024, 12, 31))),
        (),
    ),
    ForecastCase(
        "a-past-estimate-is-not-a-forecast",
        "Wind estimated that turnover reached a record in 2024.",
        (("organization", "Wind"), ("date", "2024", D(2024, 1, 1), D(2024, 12, 31))),
        (),
    ),
    ForecastCase(
        "a-scheduled-release-is-not-a-forecast",
        "Acme Motors is expected to release its results on March 3.",
        (("security", "Acme Motors"),),
        (),
    ),
    ForecastCase(
        "no-source-no-forecast",
        "Margins were expected to widen, and prices will rise next year.",
        (),
        (),
    ),
    ForecastCase(
        "a-group-is-not-a-source",
        "Acme Motors will extend its rally, according to several foreign brokers.",
        (("security", "Acme Motors"),),
        (),
    ),
    ForecastCase(
        "a-named-subject-wins-over-the-source-of-the-sentence-before",
        "The index rose 1%, Mizuho said in a note. Barclays maintained its Overweight rating on Acme Motors"
        " with a target price of $52.",
        (
            ("organization", "Mizuho"),
            ("organization", "Barclays"),
            ("security", "Acme Motors"),
            ("percent", "1%"),
            ("money", "$52", 52.0, 52.0, "USD"),
        ),
        (("Barclays", None, ("$52",)),),
    ),
    ForecastCase(
        "a-quoted-rating-is-its-own-source-s-claim",
        'Nomura said it stays positive on Hong Kong stocks. Jefferies kept its "Hold" rating on'
        " Acme Motors, with a target price of HK$31.",
        (
            ("organization", "Nomura"),
            ("organization", "Jefferies"),
            ("security", "Acme Motors"),
            ("money", "HK$31", 31.0, 31.0, "HKD"),
        ),
        (("Jefferies", None, ("HK$31",)),),
    ),
    ForecastCase(
        "headline-rating-and-target-change-without-determiner",
        "Daiwa maintains Buy rating on Acme Motors, raises A-share target price to 42 yuan",
        (("organization", "Daiwa"), ("security", "Acme Motors"), ("money", "42 yuan", 42.0, 42.0, "CNY")),
        (("Daiwa", None, ("42 yuan",)),),
    ),
    ForecastCase(
        "unnamed-analysts-take-no-earlier-source",
        "Mizuho expects margins to widen in 2026. Analysts said the index would likely test new highs,"
        " forecasting gains next year.",
        (("organization", "Mizuho"), ("date", "2026", D(2026, 1, 1), D(2026, 12, 31))),
        (("Mizuho", (D(2026, 1, 1), D(2026, 12, 31)), ()),),
    ),
    ForecastCase(
        "a-scheduled-repo-operation-is-not-a-forecast",
        "The central bank said it will conduct 500 billion yuan of outright reverse repos on Friday.",
        (("organization", "central bank"), ("money", "500 billion yuan", 5e11, 5e11, "CNY")),
        (),
    ),
    ForecastCase(
        "a-rating-alone-is-not-a-forecast",
        "Daiwa maintained its Buy rating on Acme Motors.",
        (("organization", "Daiwa"), ("security", "Acme Motors")),
        (),
    ),
    ForecastCase(
        "beating-expectations-is-not-a-forecast",
        "Acme Motors reported a net profit of $2 billion, beating analysts' expectations.",
        (("security", "Acme Motors"), ("money", "$2 billion", 2e9, 2e9, "USD")),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_forecasts(case: ForecastCase) -> None:
    found = claims_of(case.text, "en", case.entities, case.published)
    assert summary(found) == list(case.expected)


def test_a_person_source_is_an_organisation_record_of_type_person() -> None:
    text = "Rates will fall next year, Tom Lee said."
    (forecast,) = claims_of(text, "en", (), None)
    assert (forecast.source.kind, forecast.source.org_type, forecast.source.text) == (
        "organization",
        "person",
        "Tom Lee",
    )


def test_cue_subject_and_claim_text() -> None:
    text = "On Monday, Barclays raised its target price on Acme Motors to $52."
    specs: tuple[Spec, ...] = (
        ("organization", "Barclays"),
        ("security", "Acme Motors"),
        ("money", "$52", 52.0, 52.0, "USD"),
    )
    (forecast,) = claims_of(text, "en", specs, None)
    assert forecast.cue == "raised its target price"
    assert forecast.subject is not None
    assert forecast.subject.text == "Acme Motors"
    assert forecast.text == "Barclays raised its target price on Acme Motors to $52."


@pytest.mark.parametrize("text", ["", " ", "said", "\x00 will said ::", "Nomura:" * 500])
def test_odd_input_does_not_crash(text: str) -> None:
    assert isinstance(claims_of(text, "en", (), None), list)
