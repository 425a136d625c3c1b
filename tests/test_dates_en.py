"""English dates: each case is a sentence and every date the recognizer must find in it."""

from __future__ import annotations

import pytest

import finbulletin
from helpers import DateCase as Case
from helpers import dates_in

P = "2025-11-11"  # a Tuesday

CASES = [
    # calendar dates
    Case(
        "iso-dash",
        "The fund listed on 2024-03-18 in Shanghai.",
        P,
        (("2024-03-18", "2024-03-18", "2024-03-18"),),
    ),
    Case(
        "iso-dot",
        "Quote updated 2024.06.03 after the close.",
        P,
        (("2024.06.03", "2024-06-03", "2024-06-03"),),
    ),
    Case("iso-slash", "Filed 2023/12/29.", P, (("2023/12/29", "2023-12-29", "2023-12-29"),)),
    Case(
        "capitalised-quarter-and-half-words",
        "Third-quarter sales rose. First-half profit fell.",
        "2026-03-27",
        (("Third-quarter", "2026-07-01", "2026-09-30"), ("First-half", "2026-01-01", "2026-06-30")),
    ),
    Case("iso-impossible", "Batch 2025-02-30 was rejected.", P, ()),
    Case(
        "month-day-year",
        "Trading resumed on June 3, 2024.",
        P,
        (("June 3, 2024", "2024-06-03", "2024-06-03"),),
    ),
    Case(
        "day-month-year",
        "The bond matures 30 September 2027.",
        P,
        (("30 September 2027", "2027-09-30", "2027-09-30"),),
    ),
    Case(
        "time-then-date",
        "At 14:05 on March 3, 2025 the order was filled.",
        P,
        (("March 3, 2025", "2025-03-03", "2025-03-03"),),
    ),
    Case(
        "abbreviated-no-year",
        "Effective from Sept. 14, the quota doubles.",
        P,
        (("Sept. 14", "2025-09-14", "2025-09-14"),),
    ),
    Case(
        "no-year-far-ahead-is-last-year",
        "Sales peaked on Nov. 28 before easing.",
        "2026-01-20",
        (("Nov. 28", "2025-11-28", "2025-11-28"),),
    ),
    Case(
        "no-year-near-future",
        "The meeting is set for Dec. 10.",
        P,
        (("Dec. 10", "2025-12-10", "2025-12-10"),),
    ),
    Case("no-year-no-reference", "Shares were halted on July 2.", None, (("July 2", None, None),)),
    # years
    Case(
        "year-after-in",
        "Capacity was doubled in 2022 by the group.",
        P,
        (("2022", "2022-01-01", "2022-12-31"),),
    ),
    Case(
        "year-after-by-and-list",
        "Output should triple by 2028 and 2029.",
        P,
        (("2028", "2028-01-01", "2028-12-31"), ("2029", "2029-01-01", "2029-12-31")),
    ),
    Case(
        "year-as-modifier", "The 2027 target was kept at HK$60.", P, (("2027", "2027-01-01", "2027-12-31"),)
    ),
    Case(
        "full-year",
        "Analysts lifted full-year 2026 estimates.",
        P,
        (("full-year 2026", "2026-01-01", "2026-12-31"),),
    ),
    Case(
        "fiscal-year-text-only",
        "Its 2026 fiscal year guidance disappointed.",
        P,
        (("2026 fiscal year", None, None),),
    ),
    Case("year-like-level-is-not-a-date", "The index closed at 2038 points, up 2012 shares.", P, ()),
    Case("year-like-money-is-not-a-date", "The stock traded at HK$2024 in a block of 2,025 units.", P, ()),
    # year ranges
    Case(
        "range-between",
        "Demand grows strongly between 2026 and 2029.",
        P,
        (("between 2026 and 2029", "2026-01-01", "2029-12-31"),),
    ),
    Case("range-dash", "The 2026-2028 plan was approved.", P, (("2026-2028", "2026-01-01", "2028-12-31"),)),
    Case("range-en-dash", "Capex for 2025–2027 rises.", P, (("2025–2027", "2025-01-01", "2027-12-31"),)),
    Case(
        "range-from-to",
        "Rates stay low from 2026 to 2031.",
        P,
        (("from 2026 to 2031", "2026-01-01", "2031-12-31"),),
    ),
    # quarters and halves
    Case("quarter-code-year", "Margins improved in Q2 2026.", P, (("Q2 2026", "2026-04-01", "2026-06-30"),)),
    Case(
        "quarter-words-of-year",
        "Revenue for the fourth quarter of 2024 beat forecasts.",
        P,
        (("the fourth quarter of 2024", "2024-10-01", "2024-12-31"),),
    ),
    Case("quarter-no-year", "Q4 shipments slowed.", P, (("Q4", "2025-10-01", "2025-12-31"),)),
    Case("half-code", "H2 2026 guidance was cut.", P, (("H2 2026", "2026-07-01", "2026-12-31"),)),
    Case(
        "half-words",
        "Profit fell in the second half of 2024.",
        P,
        (("in the second half of 2024", "2024-07-01", "2024-12-31"),),
    ),
    Case("half-of-session-is-not-a-date", "Buyers returned in the second half of the session.", P, ()),
    # months
    Case("month-alone", "Exports slowed in August.", P, (("August", "2025-08-01", "2025-08-31"),)),
    Case(
        "month-year", "Inflation eased in February 2024.", P, (("February 2024", "2024-02-01", "2024-02-29"),)
    ),
    Case(
        "months-share-a-year",
        "Cuts are priced for Mar/ Jun/ Sep 2026.",
        P,
        (
            ("Mar", "2026-03-01", "2026-03-31"),
            ("Jun", "2026-06-01", "2026-06-30"),
            ("Sep 2026", "2026-09-01", "2026-09-30"),
        ),
    ),
    Case("may-the-verb", "Prices may fall; May I add that it may rebound.", P, ()),
    # days relative to the reference date
    Case("weekday", "Banks rallied on Thursday.", P, (("Thursday", "2025-11-06", "2025-11-06"),)),
    Case("weekday-is-today", "Tuesday saw heavy selling.", P, (("Tuesday", "2025-11-11", "2025-11-11"),)),
    Case(
        "today-tomorrow-yesterday",
        "Yesterday it fell, today it rose and tomorrow it may rest.",
        P,
        (
            ("Yesterday", "2025-11-10", "2025-11-10"),
            ("today", "2025-11-11", "2025-11-11"),
            ("tomorrow", "2025-11-12", "2025-11-12"),
        ),
    ),
    Case(
        "ordinal-day",
        "Trading data released on the 7th, showed inflows.",
        P,
        (("the 7th", "2025-11-07", "2025-11-07"),),
    ),
    Case("ordinal-that-is-no-day", "It was the 4th straight gain and the 80th percentile.", P, ()),
    # calendar units
    Case("this-week", "Volumes were thin this week.", P, (("this week", "2025-11-10", "2025-11-16"),)),
    Case("last-week", "Volumes were thin last week.", P, (("last week", "2025-11-03", "2025-11-09"),)),
    Case(
        "this-year-last-year",
        "This year beat last year.",
        P,
        (("This year", "2025-01-01", "2025-12-31"), ("last year", "2024-01-01", "2024-12-31")),
    ),
    Case(
        "year-to-date", "The fund is up 9% year-to-date.", P, (("year-to-date", "2025-01-01", "2025-11-11"),)
    ),
    Case(
        "since-month",
        "Since August, inflows have doubled.",
        P,
        (("Since August", "2025-08-01", "2025-11-11"),),
    ),
    Case(
        "since-month-year-is-the-month",
        "The highest since March 2021.",
        P,
        (("March 2021", "2021-03-01", "2021-03-31"),),
    ),
    # windows
    Case(
        "next-years",
        "Spending will climb over the next three years.",
        P,
        (("over the next three years", "2025-11-11", "2028-11-11"),),
    ),
    Case(
        "in-years-title",
        "Chip Demand to Double in Ten Years",
        P,
        (("in Ten Years", "2025-11-11", "2035-11-11"),),
    ),
    Case(
        "next-decade",
        "Storage may grow tenfold in the next decade.",
        P,
        (("in the next decade", "2025-11-11", "2035-11-11"),),
    ),
    Case(
        "past-weeks",
        "The ETF gained 4% in the past three weeks.",
        P,
        (("in the past three weeks", "2025-10-21", "2025-11-11"),),
    ),
    Case(
        "past-1-week",
        "It rose 2% in the past 1 week.",
        P,
        (("in the past 1 week", "2025-11-04", "2025-11-11"),),
    ),
    Case(
        "window-no-reference",
        "It will double over the next four years.",
        None,
        (("over the next four years", None, None),),
    ),
    # ends, vague parts, trading days, holidays
    Case(
        "end-of-year",
        "The target for the end of 2027 is 5,000.",
        P,
        (("the end of 2027", "2027-12-31", "2027-12-31"),),
    ),
    Case("end-hyphen", "Rates may reach 2% by end-2026.", P, (("end-2026", "2026-12-31", "2026-12-31"),)),
    Case(
        "vague-part-text-only",
        "A recovery is due in early 2026 or mid-2027.",
        P,
        (("early 2026", None, None), ("mid-2027", None, None)),
    ),
    Case(
        "trading-day-text-only",
        "Turnover fell from the previous trading day.",
        P,
        (("the previous trading day", None, None),),
    ),
    Case(
        "holiday-text-only",
        "Spending jumped over the Lunar New Year holiday.",
        P,
        (("the Lunar New Year", None, None),),
    ),
    Case(
        "month-end-no-year",
        "Books close at the end of June.",
        P,
        (("the end of June", "2025-06-30", "2025-06-30"),),
    ),
    Case(
        "vague-window-text-only",
        "Rates may fall over the coming months.",
        P,
        (("over the coming months", None, None),),
    ),
    # not dates
    Case(
        "not-dates",
        "Weekly flows rose 3% year-on-year at 10.15am; the seven-day repo and 20-day average held.",
        P,
        (),
    ),
    Case("long-run-is-not-a-date", "In the long run, the 15 mins delay matters less.", P, ()),
    # a year as a modifier or a subject
    Case(
        "year-after-possessive",
        "The insurer's 2027 net profit is seen at RMB 8 billion.",
        P,
        (("2027", "2027-01-01", "2027-12-31"),),
    ),
    Case(
        "year-before-figures",
        "Brokers trimmed 2026 revenue and 2025 and 2026 EPS estimates; 2027E capex rises.",
        P,
        (
            ("2026", "2026-01-01", "2026-12-31"),
            ("2025", "2025-01-01", "2025-12-31"),
            ("2026", "2026-01-01", "2026-12-31"),
            ("2027", "2027-01-01", "2027-12-31"),
        ),
    ),
    Case(
        "year-in-title-case-headline",
        "Broker Lifts 2026 Net Profit Forecast",
        P,
        (("2026", "2026-01-01", "2026-12-31"),),
    ),
    Case(
        "year-as-subject",
        "Managers argued that 2027 will reward patience, and 2026 is a transition.",
        P,
        (("2027", "2027-01-01", "2027-12-31"), ("2026", "2026-01-01", "2026-12-31")),
    ),
    Case("year-of", "Shipments of 2024 were a record.", P, (("2024", "2024-01-01", "2024-12-31"),)),
    Case(
        "fy-label",
        "FY2027 guidance and FY28 margins held.",
        P,
        (
            ("FY2027", "2027-01-01", "2027-12-31"),
            ("FY28", "2028-01-01", "2028-12-31"),
        ),
    ),
    Case("fiscal-quarter-text-only", "Its Q3 FY2026 sales slipped.", P, (("Q3 FY2026", None, None),)),
    Case(
        "index-numbers-are-no-years",
        "The CSI 2000 is flat, the Russell 2000 was weak and the level of 2050 is support.",
        P,
        (),
    ),
    Case(
        "amounts-before-figures-are-no-years",
        "It earned RMB 2026 revenue per unit; 2030 employees were hired above the 2040 line.",
        P,
        (),
    ),
    # day ranges within a month (or across one)
    Case(
        "day-range-to",
        "Inflows from February 2 to 13 beat forecasts.",
        P,
        (("from February 2 to 13", "2025-02-02", "2025-02-13"),),
    ),
    Case(
        "day-range-dash-year",
        "The fund closed Oct 6-8, 2024 for the holiday.",
        P,
        (("Oct 6-8, 2024", "2024-10-06", "2024-10-08"),),
    ),
    Case(
        "day-range-month-repeated",
        "The roadshow runs June 9 through June 12.",
        P,
        (("June 9 through June 12", "2025-06-09", "2025-06-12"),),
    ),
    Case(
        "day-range-between",
        "Sales between April 8 and 11 slowed.",
        P,
        (("between April 8 and 11", "2025-04-08", "2025-04-11"),),
    ),
    Case(
        "day-range-day-first",
        "Auctions are held 14-16 May 2025.",
        P,
        (("14-16 May 2025", "2025-05-14", "2025-05-16"),),
    ),
    Case(
        "day-range-across-new-year",
        "Markets shut Dec 30, 2025 to Jan 2, 2026.",
        P,
        (("Dec 30, 2025 to Jan 2, 2026", "2025-12-30", "2026-01-02"),),
    ),
    Case(
        "two-days-are-no-range",
        "Votes fell on March 3 and 7 billion shares traded.",
        P,
        (("March 3", "2025-03-03", "2025-03-03"),),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_english_dates(case: Case) -> None:
    assert dates_in("en", case.text, case.published) == list(case.expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales reached $2026 million in 2024.", ["2024"]),
        ("The fund 512480 rose 2.5% in 2025.", ["2025"]),
    ],
    ids=["money-keeps-its-number", "code-is-no-year"],
)
def test_whole_pipeline_keeps_amounts_and_codes(
    parser: finbulletin.Parser, text: str, expected: list[str]
) -> None:
    assert [e.text for e in parser.parse(text, published=P, language="en").of_kind("date")] == expected
