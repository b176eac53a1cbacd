"""A small hand-written archive for tests, docs and demos (as ``datasette/fixtures.py``).

The analyses are built by hand, not by the nlp stage, so store and search tests do not
depend on the pipeline. Every span is found with ``str.index`` in the article text, so the
offsets are right by construction. The articles are written by us.

    from pressespejl.store import open_store
    from pressespejl.store.fixtures import demo_records
    with open_store(":memory:") as store:
        for article, analysis in demo_records():
            store.add(article, analysis)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date

from pressespejl.types import (
    Analysis,
    Article,
    Definition,
    Entity,
    OfficeHolding,
    Person,
    Quote,
    Sentence,
    TimeExpression,
)

PIPELINE = "hand-built"


def _id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _quote(text: str, words: str, speaker: str | None, mention: str | None, cue: str | None,
           kind: str = "direct", evidence: str | None = "name") -> Quote:
    start, end = _span(text, words)
    return Quote(kind, words, speaker, mention, cue, start, end, evidence)  # type: ignore[arg-type]


def _sentences(text: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^\n.!?]+[.!?]?", text)
                 if m.group().strip())


def _entities(text: str, names: list[tuple[str, str, str | None]]) -> tuple[Entity, ...]:
    out = []
    for mention, label, canonical in names:
        start, end = _span(text, mention)
        out.append(Entity(mention, label, start, end, canonical))
    return tuple(out)


_OFFICES = {"Natos generalsekretær": ("generalsekretær", "Nato")}
"""The roles of these articles that name whose office it is; every other role is an
office without a scope (what ``nlp/offices.py`` makes of them)."""


def _offices(article: Article, people: tuple[Person, ...]) -> tuple[OfficeHolding, ...]:
    """The office evidence of the hand-built people: each role, dated by the article."""
    out = []
    for person in people:
        for role in person.roles:
            office, scope = _OFFICES.get(role, (role, None))
            out.append(OfficeHolding(office, person.name, article.published,
                                     article.published_last, scope))
    return tuple(out)


def seed_record(text: str, title: str | None = None) -> tuple[Article, Analysis]:
    """The seed article (tests/articles/000_68a4d7f295b6d847.txt) with a hand analysis.

    Args:
        text: the whole seed file: ``date 2022-01`` line, body, ``/ritzau/Reuters``.
    """
    lines = text.strip().split("\n")
    first = lines[0].strip()
    assert first.startswith("date 2022-01"), "not the seed article"
    lede = first.removeprefix("date 2022-01").strip()
    byline = lines[-1].strip()
    body = "\n".join([lede, *lines[1:-1]]).strip()
    article = Article(
        id="68a4d7f295b6d847", text=body, published=date(2022, 1, 1), precision="month",
        title=title, outlet=None, path="tests/articles/000_68a4d7f295b6d847.txt",
        sources=tuple(s for s in byline.split("/") if s), byline=byline,
    )
    quotes = (
        _quote(body, "Hvis Rusland igen indleder en offensiv mod Ukraine og invaderer Ukraine "
               "yderligere, så bliver vi nødt til seriøst at overveje at øge vores "
               "tilstedeværelse i den østlige del af alliancen", "Jens Stoltenberg",
               "Stoltenberg", "siger", evidence="surname"),
        _quote(body, "reel risiko for en ny væbnet konflikt i Europa", "Jens Stoltenberg",
               "Han", "advarer", kind="partial", evidence="pronoun"),
        _quote(body, "Der er store uenigheder mellem Natos allierede og Rusland. Det bliver "
               "ikke let at mødes om vores forskelle, men det er et positivt tegn, at alle "
               "Nato-allierede og Rusland er mødtes om det samme bord", "Jens Stoltenberg",
               "Stoltenberg", "siger", evidence="surname"),
        _quote(body, "Nato står klar til dialog med Rusland og har i dag lagt flere emner på "
               "bordet inden for risikoreduktion og militær gennemsigtighed, som vi gerne vil "
               "drøfte med Rusland igen", "Jeppe Kofod", "Kofod", "siger", evidence="surname"),
        _quote(body, "Jeg håber, at Rusland nu griber muligheden for konstruktivt at forfølge "
               "det diplomatiske spor", "Jeppe Kofod", "udenrigsministeren", "fortsætter",
               evidence="title"),
        _quote(body, "Der er brug for et reelt skridt i Ruslands retning fra Natos side",
               "Sergej Rjabkov", "Sergej Rjabkov", "lød det fra", evidence="name"),
    )
    define_start, define_end = _span(body, "At annektere vil sige at overtage og erobre et "
                                     "område og erklære det sit eget.")
    onsdag = _span(body, "onsdag")
    analysis = Analysis(
        article_id=article.id, pipeline=PIPELINE, sentences=_sentences(body), quotes=quotes,
        people=(
            Person("Jens Stoltenberg", ("Natos generalsekretær",), 4, "male"),
            Person("Jeppe Kofod", ("udenrigsminister",), 3, "male"),
            Person("Sergej Rjabkov", ("viceudenrigsminister",), 1, "male"),
        ),
        organisations=("Nato", "Nato-Rusland-rådet"),
        places=("Rusland", "Ukraine", "Krim", "USA", "Genève", "Europa"),
        entities=_entities(body, [
            ("Jens Stoltenberg", "PER", "Jens Stoltenberg"),
            ("Jeppe Kofod", "PER", "Jeppe Kofod"),
            ("Sergej Rjabkov", "PER", "Sergej Rjabkov"),
            ("Nato-Rusland-rådet", "ORG", "Nato-Rusland-rådet"),
            ("Genève", "LOC", "Genève"),
        ]),
        time_expressions=(
            TimeExpression("onsdag", onsdag[0], onsdag[1], date(2022, 1, 5), date(2022, 1, 26),
                           "day"),
            TimeExpression("i 2014", *_span(body, "i 2014"), date(2014, 1, 1),
                           date(2014, 12, 31), "year"),
        ),
        definitions=(
            Definition("annektere", "at overtage og erobre et område og erklære det sit eget",
                       define_start, define_end),
        ),
        lemmas=("nato", "ville", "overveje"),
    )
    return article, replace(analysis, offices=_offices(article, analysis.people))


def _record(text: str, published: date, precision: str, title: str, outlet: str | None,
            sources: tuple[str, ...], quotes: list[tuple[str, str | None, str | None]],
            people: list[tuple[str, tuple[str, ...]]], places: tuple[str, ...],
            organisations: tuple[str, ...] = ()) -> tuple[Article, Analysis]:
    article = Article(id=_id(title + text), text=text, published=published,
                      precision=precision, title=title, outlet=outlet,  # type: ignore[arg-type]
                      sources=sources, byline="/" + "/".join(sources) if sources else None)
    analysis = Analysis(
        article_id=article.id, pipeline=PIPELINE, sentences=_sentences(text),
        quotes=tuple(_quote(text, words, speaker, speaker.split()[-1] if speaker else None,
                            "siger") for words, speaker, _ in quotes),
        people=tuple(Person(name, roles) for name, roles in people),
        places=places, organisations=organisations,
        entities=_entities(text, [(name, "PER", name) for name, _ in people if name in text]),
    )
    return article, replace(analysis, offices=_offices(article, analysis.people))


def demo_records() -> list[tuple[Article, Analysis]]:
    """Eight short made-up articles: several outlets, sources, speakers and dates.

    Covered on purpose: month-only dates, inflections ("soldaterne"), compounds
    ("forsvarsalliancen", "klimaaftalen"), "Aarhus" against "Århus", speakers quoted about
    each other, and a quote that mentions a person.
    """
    return [
        _record(
            "Nato sender flere soldater til Baltikum. Soldaterne skal styrke "
            "forsvarsalliancen mod øst.\n\n- Vi står sammen, og Rusland skal vide det, "
            "siger Jens Stoltenberg.",
            date(2022, 1, 12), "day", "Nato sender soldater til Baltikum", "dr",
            ("ritzau",), [("Vi står sammen, og Rusland skal vide det", "Jens Stoltenberg", None)],
            [("Jens Stoltenberg", ("generalsekretær",))], ("Baltikum", "Rusland"), ("Nato",)),
        _record(
            "Udenrigsminister Jeppe Kofod mødte i dag sin tyske kollega i Berlin.\n\n"
            "- Samarbejdet med Tyskland er tættere end nogensinde, siger Jeppe Kofod.",
            date(2022, 1, 20), "day", "Kofod i Berlin", "politiken", ("ritzau",),
            [("Samarbejdet med Tyskland er tættere end nogensinde", "Jeppe Kofod", None)],
            [("Jeppe Kofod", ("udenrigsminister",))], ("Berlin", "Tyskland")),
        _record(
            "Regeringen har indgået en ny klimaaftale med et bredt flertal.\n\n"
            "- Klimaaftalen er historisk, siger Mette Frederiksen.\n\n"
            "- Jeg er enig med Kofod i, at vi skal gå forrest, siger hun.",
            date(2022, 2, 3), "day", "Bredt flertal bag klimaaftale", "dr",
            ("ritzau",),
            [("Klimaaftalen er historisk", "Mette Frederiksen", None),
             ("Jeg er enig med Kofod i, at vi skal gå forrest", "Mette Frederiksen", None)],
            [("Mette Frederiksen", ("statsminister",)), ("Jeppe Kofod", ())], ("Danmark",)),
        _record(
            "Letbanen i Aarhus kører igen efter en uges pause.\n\n"
            "- Passagererne har været tålmodige, siger direktør Anne Holm.",
            date(2022, 2, 14), "day", "Letbanen kører igen", "jp", (),
            [("Passagererne har været tålmodige", "Anne Holm", None)],
            [("Anne Holm", ("direktør",))], ("Aarhus",)),
        _record(
            "Byrådet i Århus vil bygge flere boliger i midtbyen.\n\n"
            "- Vi mangler boliger til unge, siger rådmand Peter Lund.",
            date(2022, 3, 1), "day", "Flere boliger i Århus", "jp", ("ritzau",),
            [("Vi mangler boliger til unge", "Peter Lund", None)],
            [("Peter Lund", ("rådmand",))], ("Århus",)),
        _record(
            "Stoltenberg advarer igen Rusland mod at angribe Ukraine. Russiske soldater "
            "står ved grænsen.\n\n- En invasion vil få alvorlige konsekvenser, siger "
            "Stoltenberg.",
            date(2022, 2, 1), "month", "Stoltenberg advarer Rusland", "tv2",
            ("Reuters", "ritzau"),
            [("En invasion vil få alvorlige konsekvenser", "Jens Stoltenberg", None)],
            [("Jens Stoltenberg", ("Natos generalsekretær",))], ("Rusland", "Ukraine")),
        _record(
            "Kina og USA holder topmøde om handel.\n\n- Vi ønsker dialog, siger en talsperson.",
            date(2021, 12, 6), "day", "Topmøde om handel", "dr", ("AFP",),
            [("Vi ønsker dialog", None, None)], [], ("Kina", "USA")),
        _record(
            "Forsvarsministeren besøgte soldaterne i Estland. Hun roste samarbejdet i "
            "alliancen.\n\n- Danske soldater gør en stor indsats for Nato, siger "
            "Trine Bramsen.",
            date(2022, 1, 31), "day", "Forsvarsminister i Estland", "dr", ("ritzau",),
            [("Danske soldater gør en stor indsats for Nato", "Trine Bramsen", None)],
            [("Trine Bramsen", ("forsvarsminister",))], ("Estland",), ("Nato",)),
    ]
