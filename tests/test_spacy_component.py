"""The spaCy component: found by entry point, spans and ents at the entities, doc._.finbulletin, config."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import finbulletin
from finbulletin.models import (
    Bulletin,
    DateEntity,
    Entity,
    IndexEntity,
    MoneyEntity,
    OrganizationEntity,
    PercentEntity,
)
from finbulletin.spacy_component import FinbulletinComponent

EN = "Acme Securities expects $5 to $7 trillion of demand; the Photonics Index rose 2.5% on 2026-03-02."
ZH = "2026年3月2日，光模块指数上涨2.5%，甲乙证券预计需求达5万亿至7万亿美元。"


def at(text: str, words: str) -> dict[str, Any]:
    start = text.index(words)
    return {"text": words, "start": start, "end": start + len(words)}


#: Hand-built entities, so that the component is tested whatever the recognizers find today.
EN_ENTITIES: tuple[Entity, ...] = (
    OrganizationEntity(**at(EN, "Acme Securities"), name="Acme Securities", id="org.acme"),
    MoneyEntity(**at(EN, "$5 to $7 trillion"), low=5e12, high=7e12, currency="USD"),
    MoneyEntity(**at(EN, "$7 trillion"), low=7e12, high=7e12, currency="USD"),  # overlaps the range
    IndexEntity(**at(EN, "Photonics Index"), name="Photonics Index"),
    PercentEntity(**at(EN, "5%"), value=5),  # inside the token "2.5": expands to it
    DateEntity(**at(EN, "2026-03-02"), start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 2)),
)
ZH_ENTITIES: tuple[Entity, ...] = (
    DateEntity(**at(ZH, "2026年3月2日"), start_date=dt.date(2026, 3, 2), end_date=dt.date(2026, 3, 2)),
    IndexEntity(**at(ZH, "光模块指数"), name="Photonics Index"),
    PercentEntity(**at(ZH, "2.5%"), value=2.5),
    OrganizationEntity(**at(ZH, "甲乙证券"), name="Jiayi Securities"),
    MoneyEntity(**at(ZH, "5万亿至7万亿美元"), low=5e12, high=7e12, currency="USD"),
)


class CannedParser:
    """Stands in for the component's Parser: returns set entities and records how it was called."""

    def __init__(self, entities: tuple[Entity, ...]) -> None:
        self.entities = entities
        self.calls: list[dict[str, Any]] = []

    def parse(self, text: str, **options: Any) -> Bulletin:
        self.calls.append(options)
        return Bulletin(language="en", published=options["published"], entities=self.entities)


def pipeline(lang: str, entities: tuple[Entity, ...], **config: Any) -> tuple[Language, CannedParser]:
    nlp = spacy.blank(lang)
    component = nlp.add_pipe("finbulletin", config=config)
    assert isinstance(component, FinbulletinComponent)
    canned = CannedParser(entities)
    component.parser = canned  # type: ignore[assignment]
    return nlp, canned


def test_found_through_the_entry_point_after_import_spacy_alone() -> None:
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('finbulletin')\n"
        "doc = nlp('The index rose 2.5% on 2026-03-02.')\n"
        "print(type(doc._.finbulletin).__name__, nlp.pipe_names)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.strip() == "Bulletin ['finbulletin']"


def test_importing_finbulletin_registers_nothing() -> None:
    code = "import sys, finbulletin\nprint('finbulletin.spacy_component' in sys.modules)\n"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("lang", "text", "entities"),
    [("en", EN, EN_ENTITIES), ("zh", ZH, ZH_ENTITIES)],
    ids=["blank-en", "blank-zh"],
)
def test_every_entity_is_a_span_labelled_with_its_kind(
    lang: str, text: str, entities: tuple[Entity, ...]
) -> None:
    nlp, _ = pipeline(lang, entities)
    doc = nlp(text)
    spans = doc.spans["finbulletin"]
    assert [s.label_ for s in spans] == [e.kind for e in entities]
    for span, entity in zip(spans, entities, strict=True):
        assert span.start_char <= entity.start < entity.end <= span.end_char  # expanded to whole tokens
        assert entity.text in span.text


def test_spans_snap_outwards_to_tokens_and_carry_lexicon_ids() -> None:
    nlp, _ = pipeline("en", EN_ENTITIES)
    doc = nlp(EN)
    spans = doc.spans["finbulletin"]
    assert [s.text for s in spans] == [
        "Acme Securities",
        "$5 to $7 trillion",
        "$7 trillion",
        "Photonics Index",
        "2.5%",
        "2026-03-02",
    ]
    assert [s.kb_id_ for s in spans] == ["org.acme", "", "", "", "", ""]


def test_ents_are_the_entities_that_do_not_overlap() -> None:
    nlp, _ = pipeline("en", EN_ENTITIES)
    doc = nlp(EN)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Acme Securities", "organization"),
        ("$5 to $7 trillion", "money"),
        ("Photonics Index", "index"),
        ("2.5%", "percent"),
        ("2026-03-02", "date"),
    ]


def test_earlier_ents_are_kept() -> None:
    nlp, _ = pipeline("en", EN_ENTITIES)
    ruler = nlp.add_pipe("entity_ruler", before="finbulletin")
    ruler.add_patterns([{"label": "ORG", "pattern": "Acme"}])  # type: ignore[attr-defined]
    doc = nlp(EN)
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Acme", "ORG"), ("$5 to $7 trillion", "money")]
    assert "Acme Securities" in [s.text for s in doc.spans["finbulletin"]]


def test_doc_extension_holds_the_bulletin_with_the_text() -> None:
    nlp, _ = pipeline("zh", ZH_ENTITIES)
    doc = nlp(ZH)
    bulletin = doc._.finbulletin
    assert isinstance(bulletin, Bulletin)
    assert bulletin.entities == ZH_ENTITIES
    assert bulletin.text == ZH


def test_config_reaches_the_parser() -> None:
    nlp, canned = pipeline("en", (), published="2026-03-02", language="zh")
    nlp(EN)
    assert canned.calls == [{"published": dt.date(2026, 3, 2), "language": "zh"}]


def test_spans_key_is_configurable() -> None:
    nlp, _ = pipeline("en", EN_ENTITIES, spans_key="fb")
    doc = nlp(EN)
    assert len(doc.spans["fb"]) == len(EN_ENTITIES)
    assert "finbulletin" not in doc.spans


@pytest.mark.parametrize(
    ("config", "error", "message"),
    [
        ({"published": "03/02/2026"}, finbulletin.PublishedDateError, "'YYYY-MM-DD' or null"),
        ({"language": "fr"}, finbulletin.LanguageError, "'fr'"),
    ],
    ids=["bad-date", "bad-language"],
)
def test_bad_config_is_refused_when_the_pipe_is_added(
    config: dict[str, str], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        spacy.blank("en").add_pipe("finbulletin", config=config)


def test_docs_with_the_bulletin_serialise(tmp_path: Path) -> None:
    nlp, _ = pipeline("en", EN_ENTITIES)
    doc = nlp(EN)
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.finbulletin == doc._.finbulletin
    assert [(s.text, s.label_) for s in again.spans["finbulletin"]] == [
        (s.text, s.label_) for s in doc.spans["finbulletin"]
    ]
    store = DocBin(store_user_data=True, docs=[doc])
    (restored,) = store.from_bytes(store.to_bytes()).get_docs(nlp.vocab)
    assert restored._.finbulletin.entities == EN_ENTITIES


def test_pipeline_saves_and_loads_with_its_config(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("finbulletin", config={"published": "2026-03-02"})
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["finbulletin"]
    assert loaded.get_pipe_config("finbulletin")["published"] == "2026-03-02"
    assert loaded("Stocks rose today.")._.finbulletin.published == dt.date(2026, 3, 2)


def test_adding_the_pipe_twice_is_harmless() -> None:
    first = spacy.blank("en")
    first.add_pipe("finbulletin")
    second = spacy.blank("zh")
    second.add_pipe("finbulletin")
    assert first(EN)._.finbulletin.language == "en"
    assert second(ZH)._.finbulletin.language == "zh"


def test_the_real_parser_agrees_with_parse() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("finbulletin", config={"published": "2026-03-02"})
    doc = nlp(EN)
    expected = finbulletin.parse(EN, published="2026-03-02")
    assert doc._.finbulletin == expected
    assert [s.label_ for s in doc.spans["finbulletin"]] == [e.kind for e in expected.entities]


def test_a_doc_the_component_has_not_seen_has_no_bulletin() -> None:
    nlp, _ = pipeline("en", ())
    assert nlp.make_doc(EN)._.finbulletin is None


@pytest.mark.slow
def test_nlp_pipe_with_several_processes_brings_the_bulletins_back() -> None:
    code = (
        "import spacy\n"
        "if __name__ == '__main__':\n"
        "    nlp = spacy.blank('en')\n"
        "    nlp.add_pipe('finbulletin', config={'published': '2026-03-02'})\n"
        "    docs = list(nlp.pipe(['Stocks rose today.'] * 4, n_process=2, batch_size=1))\n"
        "    print([d._.finbulletin.published.isoformat() for d in docs])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(["2026-03-02"] * 4)
