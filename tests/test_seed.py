"""The seed article, analysed in full: every quote, speaker, role and place.

Decisions these tests pin down (see nlp/components/quotes.py):

- "Han tilføjer dog samtidig, at Nato "vil gøre alt ..." det scenarie." and "Her sagde
  Rusland blandt andet, at Nato snart skal "forstå alvoren"." are *one indirect quote
  each*: the that-clause, with the inner quote marks kept in the text.
- "Han advarer mod en "reel risiko ..."" is *partial*: the sentence that holds the
  marked words, as the real-news gold writes a partial quote.
- "Jeppe Kofod, håber, at ..." is *no* quote: a stance verb reports a position, not
  words (nlp/da/stance_verbs.py, docs/gold-format.md). Kofod speaks two quotes.
- "Det har Nato hidtil kategorisk afvist." is no quote ("afvise" is no speech verb).
"""

from __future__ import annotations

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article

# (kind, speaker, cue, evidence, speaker_mention, text), in text order
EXPECTED_QUOTES = [
    (
        "indirect", "Jens Stoltenberg", "siger", "name", "Jens Stoltenberg",
        "Nato vil overveje at sende yderligere soldater til en række østlige lande, "
        "hvis Rusland indleder en ny offensiv mod Ukraine",
    ),
    (
        "direct", "Jens Stoltenberg", "siger", "surname", "Stoltenberg",
        "Hvis Rusland igen indleder en offensiv mod Ukraine og invaderer Ukraine yderligere, "
        "så bliver vi nødt til seriøst at overveje at øge vores tilstedeværelse i den østlige "
        "del af alliancen",
    ),
    (
        "partial", "Jens Stoltenberg", "advarer", "pronoun", "Han",
        'Han advarer mod en "reel risiko for en ny væbnet konflikt i Europa"',
    ),
    (
        "indirect", "Jens Stoltenberg", "tilføjer", "pronoun", "Han",
        'Nato "vil gøre alt for at forebygge" det scenarie',
    ),
    (
        "direct", "Jens Stoltenberg", "siger", "surname", "Stoltenberg",
        "Der er store uenigheder mellem Natos allierede og Rusland. Det bliver ikke let at "
        "mødes om vores forskelle, men det er et positivt tegn, at alle Nato-allierede og "
        "Rusland er mødtes om det samme bord",
    ),
    (
        "direct", "Jeppe Kofod", "siger", "surname", "Kofod",
        "Nato står klar til dialog med Rusland og har i dag lagt flere emner på bordet inden "
        "for risikoreduktion og militær gennemsigtighed, som vi gerne vil drøfte med Rusland "
        "igen",
    ),
    (
        "direct", "Jeppe Kofod", "fortsætter", "title", "udenrigsministeren",
        "Jeg håber, at Rusland nu griber muligheden for konstruktivt at forfølge det "
        "diplomatiske spor",
    ),
    (
        "indirect", "Rusland", "sagde", "organisation", "Rusland",
        'Nato snart skal "forstå alvoren"',
    ),
    (
        "direct", "Sergej Rjabkov", "lød det fra", "name", "Sergej Rjabkov",
        "Der er brug for et reelt skridt i Ruslands retning fra Natos side",
    ),
]


@pytest.fixture(scope="module")
def seed(seed_article: Article) -> Analysis:
    return analyze(seed_article)


def test_seed_article_is_read_without_date_and_byline(seed_article: Article) -> None:
    assert seed_article.text.startswith("Nato vil overveje")
    assert seed_article.text.rstrip().endswith("Det har Nato hidtil kategorisk afvist.")
    assert set(seed_article.sources) == {"ritzau", "Reuters"}


def test_seed_quotes_in_full(seed: Analysis) -> None:
    got = [(q.kind, q.speaker, q.cue, q.evidence, q.speaker_mention, q.text) for q in seed.quotes]
    assert got == EXPECTED_QUOTES


def test_seed_quote_offsets_point_at_the_text(seed: Analysis, seed_article: Article) -> None:
    for q in seed.quotes:
        assert seed_article.text[q.start : q.end] == q.text


def test_seed_quote_texts_have_no_dash_marks_or_attribution(seed: Analysis) -> None:
    for q in seed.quotes:
        assert not q.text.startswith(("-", "–", '"', "„", "»"))
        assert not q.text.endswith((".", ",", '."'))
        for attribution in ("siger Stoltenberg", "lød det fra", "fortsætter", "siger Kofod"):
            assert attribution not in q.text


def test_seed_quote_count(seed: Analysis) -> None:
    assert len(seed.quotes) == 9
    assert [q.speaker for q in seed.quotes].count("Jens Stoltenberg") == 5
    assert [q.speaker for q in seed.quotes].count("Jeppe Kofod") == 2


def test_seed_no_quote_from_the_narrative(seed: Analysis, seed_article: Article) -> None:
    rejected = seed_article.text.index("Det har Nato hidtil kategorisk afvist.")
    annexed = seed_article.text.index("At annektere vil sige")
    for q in seed.quotes:
        assert not q.start <= rejected < q.end
        assert not q.start <= annexed < q.end
        assert not q.start >= rejected


def test_seed_people_with_roles(seed: Analysis) -> None:
    people = {p.name: p for p in seed.people}
    assert set(people) == {"Jens Stoltenberg", "Jeppe Kofod", "Sergej Rjabkov"}
    assert people["Jens Stoltenberg"].roles == ("Natos generalsekretær",)
    assert people["Jeppe Kofod"].roles == ("den danske udenrigsminister",)
    assert people["Sergej Rjabkov"].roles == ("den russiske viceudenrigsminister",)
    assert {p.gender for p in seed.people} == {"male"}


def test_seed_organisations_and_places(seed: Analysis) -> None:
    assert "Nato" in seed.organisations
    assert {"Rusland", "Ukraine", "Europa", "USA", "Genève", "Krim"} <= set(seed.places)
    assert "Ruslands" not in seed.places and "Natos" not in seed.organisations


def test_seed_entities_map_genitives_and_surnames(seed: Analysis) -> None:
    canonical = {(e.text, e.label): e.canonical for e in seed.entities}
    assert canonical[("Natos", "ORG")] == "Nato"
    assert canonical[("Ruslands", "LOC")] == "Rusland"
    assert canonical[("Ukraines", "LOC")] == "Ukraine"
    assert canonical[("Stoltenberg", "PER")] == "Jens Stoltenberg"
    assert canonical[("Kofod", "PER")] == "Jeppe Kofod"


def test_seed_sentences(seed: Analysis, seed_article: Article) -> None:
    texts = [seed_article.text[s.start : s.end] for s in seed.sentences]
    assert texts[0].endswith("mod Ukraine.")
    assert texts[1] == "Det siger Natos generalsekretær, Jens Stoltenberg, onsdag."
    assert texts[-1] == "Det har Nato hidtil kategorisk afvist."
    assert len(texts) == 23
