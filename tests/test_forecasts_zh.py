"""Forecasts in Chinese bulletins, over hand-built entities (independent of the recognizers)."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import ForecastCase, claims_of, summary

D = dt.date

CASES = [
    ForecastCase(
        "zhichu-with-a-forward-window",
        "中信建投指出,未来三年新能源车渗透率有望超过60%。",
        (("organization", "中信建投"), ("date", "未来三年", D(2025, 11, 11), D(2028, 11, 11))),
        (("中信建投", (D(2025, 11, 11), D(2028, 11, 11)), ()),),
    ),
    ForecastCase(
        "target-price-raised-keeps-the-new-amount-only",
        "国泰君安将华信科技目标价从30元上调至36元。",
        (
            ("organization", "国泰君安"),
            ("security", "华信科技"),
            ("money", "30元", 30.0, 30.0, "CNY"),
            ("money", "36元", 36.0, 36.0, "CNY"),
        ),
        (("国泰君安", None, ("36元",)),),
    ),
    ForecastCase(
        "gaihang-stands-for-the-last-source",
        "华泰证券发布研报称,行业景气度将持续回升。该行认为,龙头公司有望受益。",
        (("organization", "华泰证券"),),
        (("华泰证券", None, ()), ("华泰证券", None, ())),
    ),
    ForecastCase(
        "a-forecasting-verb-without-subject-takes-the-last-source",
        "瑞银认为,港股估值仍具吸引力。从盈利看,预计至2027年末恒生指数有望升至28000点。",
        (
            ("organization", "瑞银"),
            ("index", "恒生指数"),
            ("date", "2027年末", D(2027, 12, 31), D(2027, 12, 31)),
        ),
        (("瑞银", (D(2027, 12, 31), D(2027, 12, 31)), ()),),
    ),
    ForecastCase(
        "ju-x-baodao-gives-the-source-after-ju",
        "据彭博报道,央行将于下月下调存款准备金率。",
        (("organization", "彭博"), ("organization", "央行")),
        (("彭博", None, ()),),
    ),
    ForecastCase(
        "an-alias-in-brackets-gives-the-name-before-it",
        "野村(Nomura)周四发布研报预计,港股未来12个月将上涨8%。",
        (
            ("organization", "野村"),
            ("organization", "Nomura"),
            ("date", "未来12个月", D(2025, 11, 11), D(2026, 11, 11)),
        ),
        (("野村", (D(2025, 11, 11), D(2026, 11, 11)), ()),),
    ),
    ForecastCase(
        "two-sources-in-one-sentence",
        "据新华社报道,招商证券认为,明年券商板块盈利将改善。",
        (("organization", "新华社"), ("organization", "招商证券")),
        (("招商证券", None, ()),),
    ),
    ForecastCase(
        "a-continuation-sentence-keeps-the-source",
        "天风证券指出,半导体仍具长期配置价值。伴随国产替代推进,行业有望迎来新一轮景气。",
        (("organization", "天风证券"),),
        (("天风证券", None, ()), ("天风证券", None, ())),
    ),
    ForecastCase(
        "another-institution-acting-ends-the-continuation",
        "天风证券指出,半导体仍具长期配置价值。此外,发改委近日召开会议,提出将加快推进算力网络建设。",
        (("organization", "天风证券"), ("organization", "发改委")),
        (("天风证券", None, ()),),
    ),
    ForecastCase(
        "liao-in-cailiao-is-not-a-forward-word",
        "天风证券指出,半导体仍具长期配置价值。公司正加大关键材料研发投入。",
        (("organization", "天风证券"),),
        (("天风证券", None, ()),),
    ),
    ForecastCase(
        "target-change-whose-object-is-also-an-organisation",
        "摩根大通将远航控股目标价由450港元上调至500港元,维持“增持”评级。",
        (
            ("organization", "摩根大通"),
            ("organization", "远航控股"),
            ("money", "450港元", 450.0, 450.0, "HKD"),
            ("money", "500港元", 500.0, 500.0, "HKD"),
        ),
        (("摩根大通", None, ("500港元",)),),
    ),
    ForecastCase(
        "an-index-word-is-not-a-reporting-cue",
        "东吴证券认为,宽松周期仍将延续。若流动性改善,股指年内涨幅可达12%。",
        (("organization", "东吴证券"),),
        (("东吴证券", None, ()), ("东吴证券", None, ())),
    ),
    ForecastCase(
        "the-actor-before-fabiao-is-the-source-of-jiang-x-target",
        "东海证券预计明年煤价企稳。瑞信发表研究报告,将远航控股目标价由40港元上调至48港元。",
        (
            ("organization", "东海证券"),
            ("organization", "瑞信"),
            ("organization", "远航控股"),
            ("money", "40港元", 40.0, 40.0, "HKD"),
            ("money", "48港元", 48.0, 48.0, "HKD"),
        ),
        (("东海证券", None, ()), ("瑞信", None, ("48港元",))),
    ),
    ForecastCase(
        "a-rating-with-a-target-price-is-a-forecast",
        "光大证券维持华信科技增持评级,上调目标价至36元。",
        (("organization", "光大证券"), ("security", "华信科技"), ("money", "36元", 36.0, 36.0, "CNY")),
        (("光大证券", None, ("36元",)),),
    ),
    # ---- negative cases
    ForecastCase(
        "an-unnamed-speaker-ends-the-run-of-a-source",
        "据东方财富数据,本周北向资金净流入50亿元。分析人士认为,后市有望继续反弹。",
        (("organization", "东方财富"), ("money", "50亿元", 5e9, 5e9, "CNY")),
        (),
    ),
    ForecastCase(
        "a-past-fact-is-not-a-forecast",
        "中信建投表示,上月新能源车销量增长20%。",
        (("organization", "中信建投"),),
        (),
    ),
    ForecastCase(
        "a-scheduled-disclosure-is-not-a-forecast",
        "华信科技预计于5月8日披露年报。",
        (("security", "华信科技"), ("date", "5月8日", D(2026, 5, 8), D(2026, 5, 8))),
        (),
    ),
    ForecastCase(
        "a-rating-received-is-not-a-forecast",
        "华信科技获得开源证券“推荐”评级。",
        (("security", "华信科技"), ("organization", "开源证券")),
        (),
    ),
    ForecastCase(
        "ju-an-unknown-source-takes-no-earlier-source",
        "东海证券认为,煤价将企稳。据某产业研究院预测,2030年储能市场规模将达到800亿元。",
        (
            ("organization", "东海证券"),
            ("date", "2030年", D(2030, 1, 1), D(2030, 12, 31)),
            ("money", "800亿元", 8e10, 8e10, "CNY"),
        ),
        (("东海证券", None, ()),),
    ),
    ForecastCase(
        "market-people-take-no-earlier-source",
        "东海证券认为,煤价将企稳。业内人士表示,预计下月资金面仍将偏松。",
        (("organization", "东海证券"),),
        (("东海证券", None, ()),),
    ),
    ForecastCase(
        "a-scheduled-reverse-repo-is-not-a-forecast",
        "人民银行公告称,将于11月14日开展6000亿元买断式逆回购操作。",
        (
            ("organization", "人民银行"),
            ("date", "11月14日", D(2025, 11, 14), D(2025, 11, 14)),
            ("money", "6000亿元", 6e11, 6e11, "CNY"),
        ),
        (),
    ),
    ForecastCase(
        "maturing-operations-are-not-a-forecast",
        "东海证券指出,本周将有3000亿元逆回购到期。",
        (("organization", "东海证券"), ("money", "3000亿元", 3e11, 3e11, "CNY")),
        (),
    ),
    ForecastCase(
        "a-rating-alone-is-not-a-forecast",
        "光大证券首次覆盖华信科技,给予增持评级。",
        (("organization", "光大证券"), ("security", "华信科技")),
        (),
    ),
    ForecastCase(
        "a-hope-without-source-is-not-a-forecast",
        "在估值方面,A股折价有望收窄。",
        (),
        (),
    ),
    ForecastCase(
        "zhi-inside-an-index-name-is-not-a-cue",
        "沪指将于明日公布成分调整。",
        (("index", "沪指"),),
        (),
    ),
    ForecastCase(
        "expectations-as-a-noun-are-not-a-forecast",
        "光大证券指出,华信科技上季度业绩明显超出市场预期。",
        (("organization", "光大证券"), ("security", "华信科技")),
        (),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_forecasts(case: ForecastCase) -> None:
    found = claims_of(case.text, "zh", case.entities, case.published)
    assert summary(found) == list(case.expected)


def test_claim_text_starts_at_a_subjectless_forecasting_verb() -> None:
    text = "野村指出,港股盈利周期正在改善。从ROE看,恒指成分股ROE自2022年触底,预计2028年升至11%。"
    specs = (
        ("organization", "野村"),
        ("date", "2022年", D(2022, 1, 1), D(2022, 12, 31)),
        ("date", "2028年", D(2028, 1, 1), D(2028, 12, 31)),
    )
    found = claims_of(text, "zh", specs, "2025-11-11")
    assert [(f.text, f.cue) for f in found] == [("预计2028年升至11%。", "预计")]
    assert found[0].period is not None
    assert found[0].period.start_date == D(2028, 1, 1)


@pytest.mark.parametrize("text", ["", "。", "预计", "据", "该行认为将" * 300, "\ufeff指出:"])
def test_odd_input_does_not_crash(text: str) -> None:
    assert isinstance(claims_of(text, "zh", (), None), list)
