"""A deterministic generator of Danish wire-style articles for benchmarks.

Each article is a pure function of ``(seed, index)``: the same seed always gives the same
articles, article 7 does not depend on articles 0-6, and any slice of a million-article
corpus can be produced without holding the rest in memory.

What an article looks like (the seed article in ``shared/seeds`` is the model): a lead
paragraph, its attribution ("Det siger Natos generalsekretær, Jens Holm, onsdag."),
dash quotes ("- ..., siger Holm."), reported speech ("Hun vurderer, at ..."), partial
quotes in quotation marks, continuation quotes ("- ..., fortsætter ministeren."),
weekdays and years, sometimes a definition ("At annektere vil sige at ..."), filler
paragraphs and a wire byline (``/ritzau/``, ``/ritzau/Reuters`` ...). Dates are spread
over 2019-2024, a quarter of them with month precision; outlets and bylines vary; about
7 % of the articles are near-duplicates: an earlier article republished by another
outlet with a paragraph dropped, replaced or added.

The generator knows every speaker, quote, name and time expression it writes, with
character offsets, so ``GeneratedArticle.analysis()`` gives an ``Analysis`` without
running the nlp pipeline: the fast path that fills a million-article search index in
minutes instead of hours.

Command line: ``python -m bench.corpus --articles 1000 --out /tmp/corpus``.
"""

from __future__ import annotations

import argparse
import calendar
import functools
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bench import filler
from bench.lexicon import Lexicon, Organisation, Place, Role, Slot, Template, genitive, load
from pressespejl.ingest import article_id
from pressespejl.types import (
    Analysis,
    Article,
    Definition,
    Entity,
    Person,
    Quote,
    Sentence,
    TimeExpression,
)

FIRST_DAY = date(2019, 1, 1)
LAST_DAY = date(2024, 12, 31)
MONTH_PRECISION = 0.25  # share of articles dated "2022-01" instead of "2022-01-12"
NEAR_DUPLICATES = 0.07  # share of articles that republish an earlier one with edits
CAST_SIZE = 400  # recurring public figures; most quotes come from them, as in real news
POOL_SIZE = 20_000  # filler sentences sampled once per seed
MIN_WORDS = 250
"""No article of the default length (``WORDS``), copies included, is shorter."""
WORDS = (300, 600)
"""Words per generated article by default: wire-service articles."""
REAL_WORDS = (180, 260)
"""Words per article like the real news excerpts of the dev set (220 on average)."""


def word_range(text: str) -> tuple[int, int]:
    """``LO-HI`` (a command-line option) as a range of words per article."""
    try:
        lo, hi = (int(part) for part in text.split("-"))
    except ValueError:
        raise ValueError(f"expected LO-HI words, e.g. 180-260, not {text!r}") from None
    if not 0 < lo <= hi:
        raise ValueError(f"expected 0 < LO <= HI, not {text!r}")
    return lo, hi


FAST_PATH_PIPELINE = "bench-fastpath"

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

# A span found while writing a paragraph, with offsets local to the paragraph.
_Ent = tuple[int, int, str, str, str]  # start, end, label, text, canonical
_Quote = tuple[int, int, str, str | None, str | None, str | None, str | None]
_Time = tuple[int, int, str, date | None, date | None, str]
_Def = tuple[int, int, str, str]


@dataclass(frozen=True)
class Speaker:
    """A person who speaks in articles, with the title the articles give them."""

    name: str
    surname: str
    gender: str  # "male" / "female", as ``Person.gender``
    role: Role
    role_text: str  # for Person.roles: "Natos generalsekretær", "borgmester i Aarhus"
    attached: Organisation | Place | None = None
    country: Place | None = None  # for "den danske udenrigsminister"

    @property
    def pronoun(self) -> str:
        return "han" if self.gender == "male" else "hun"


@dataclass
class Paragraph:
    """One paragraph with the spans the generator put in it (paragraph-local offsets)."""

    text: str
    entities: list[_Ent] = field(default_factory=list)
    quotes: list[_Quote] = field(default_factory=list)
    times: list[_Time] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    definitions: list[_Def] = field(default_factory=list)
    filler: bool = False  # only filler may be dropped or changed in a near-duplicate
    sticky: bool = False  # must stay right after the previous paragraph (a continuation)

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1


class _Writer:
    """Builds one paragraph piece by piece, recording spans as it goes."""

    __slots__ = ("definitions", "entities", "parts", "pos", "quotes", "sentences", "times")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[_Ent] = []
        self.quotes: list[_Quote] = []
        self.times: list[_Time] = []
        self.sentences: list[tuple[int, int]] = []
        self.definitions: list[_Def] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def entity(self, text: str, label: str, canonical: str) -> None:
        self.entities.append((self.pos, self.pos + len(text), label, text, canonical))
        self.add(text)

    def time(self, text: str, earliest: date | None, latest: date | None,
             granularity: str) -> None:
        self.times.append((self.pos, self.pos + len(text), text, earliest, latest,
                           granularity))
        self.add(text)

    def done(self, *, filler: bool = False, sticky: bool = False) -> Paragraph:
        return Paragraph("".join(self.parts), self.entities, self.quotes, self.times,
                         self.sentences, self.definitions, filler, sticky)


@dataclass
class GeneratedArticle:
    """One generated article: metadata, paragraphs, and the ground truth it carries."""

    index: int
    published: date
    precision: str
    outlet: str
    byline: str | None
    topic: str
    paragraphs: list[Paragraph]
    duplicate_of: int | None = None
    speakers: tuple[Speaker, ...] = ()
    people: tuple[tuple[str, str | None], ...] = ()  # (name, gender) of others named

    @functools.cached_property
    def text(self) -> str:
        """``Article.text``: the paragraphs joined by a blank line, as ingest joins them."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def date_label(self) -> str:
        if self.precision == "month":
            return self.published.strftime("%Y-%m")
        return self.published.isoformat()

    @property
    def sources(self) -> tuple[str, ...]:
        if not self.byline:
            return ()
        return tuple(p for p in self.byline.split("/") if p)

    @functools.cached_property
    def id(self) -> str:
        return article_id(self.text, self.published, precision=self.precision)  # type: ignore[arg-type]

    @property
    def words(self) -> int:
        return sum(p.words for p in self.paragraphs)

    def file_text(self) -> str:
        """The article in the seed text format: date line, paragraphs, byline."""
        tail = f"\n\n{self.byline}" if self.byline else ""
        return f"date {self.date_label} {self.text}{tail}\n"

    def file_name(self) -> str:
        return f"{self.index:07d}_{self.id}.txt"

    def article(self, path: str | None = None) -> Article:
        """The ``Article`` that ``pressespejl.ingest`` reads from ``file_text()``,
        with the outlet filled in (the seed format has no field for it)."""
        return Article(id=self.id, text=self.text, published=self.published,
                       precision=self.precision, title=None, url=None,  # type: ignore[arg-type]
                       outlet=self.outlet, path=path, sources=self.sources,
                       byline=self.byline)

    def analysis(self) -> Analysis:
        """What the generator put in the article, as an ``Analysis`` (the fast path).

        Every span is an offset into ``text``. This is the truth by construction, not
        what the nlp pipeline would find; use it to fill a store quickly.
        """
        entities: list[Entity] = []
        quotes: list[Quote] = []
        times: list[TimeExpression] = []
        sentences: list[Sentence] = []
        definitions: list[Definition] = []
        organisations: dict[str, None] = {}
        places: dict[str, None] = {}
        mentions: dict[str, int] = {}
        offset = 0
        for p in self.paragraphs:
            for s, e, label, text, canonical in p.entities:
                entities.append(Entity(text, label, s + offset, e + offset, canonical))
                if label == "ORG":
                    organisations[canonical] = None
                elif label == "LOC":
                    places[canonical] = None
                else:
                    mentions[canonical] = mentions.get(canonical, 0) + 1
            for s, e, kind, speaker, mention, cue, evidence in p.quotes:
                quotes.append(Quote(kind, self.text[s + offset:e + offset], speaker,  # type: ignore[arg-type]
                                    mention, cue, s + offset, e + offset, evidence))
            for s, e, text, earliest, latest, granularity in p.times:
                times.append(TimeExpression(text, s + offset, e + offset, earliest, latest,
                                            granularity))  # type: ignore[arg-type]
            for s, e in p.sentences:
                sentences.append(Sentence(s + offset, e + offset))
            for s, e, term, definition in p.definitions:
                definitions.append(Definition(term, definition, s + offset, e + offset))
            offset += len(p.text) + 2
        people = [Person(s.name, (s.role_text,), mentions.get(s.name, 1), s.gender)
                  for s in self.speakers]
        named = {s.name for s in self.speakers}
        people += [Person(name, (), mentions.get(name, 1), gender)
                   for name, gender in self.people if name not in named]
        return Analysis(
            article_id=self.id, pipeline=FAST_PATH_PIPELINE, sentences=tuple(sentences),
            quotes=tuple(quotes), people=tuple(people), organisations=tuple(organisations),
            places=tuple(places), entities=tuple(entities), time_expressions=tuple(times),
            definitions=tuple(definitions))


def _number(rng: random.Random) -> str:
    """A number as Danish news writes it: "12", "350", "4.500", "100.000"."""
    value = rng.choice((rng.randint(2, 60), rng.randint(100, 950),
                        rng.randint(1, 99) * 100, rng.randint(1, 40) * 5000))
    return f"{value:,}".replace(",", ".")


def _percent(rng: random.Random) -> str:
    return f"{rng.randint(1, 15)},{rng.randint(0, 9)}"


class CorpusGenerator:
    """Generates articles for one seed. ``article(i)`` is deterministic and independent.

    Args:
        seed: the corpus seed; the same seed gives the same articles.
        lexicon: word lists (``bench/vocab`` by default).
        pool_size: filler sentences to sample up front (the only start-up cost).
        filler_source: folder of UNER ``.iob2`` files (see ``filler.default_source``).
        words: the range an article's length in words is drawn from (``WORDS``;
            ``REAL_WORDS`` for the length of the real news excerpts).
    """

    def __init__(self, seed: int = 0, lexicon: Lexicon | None = None,
                 pool_size: int = POOL_SIZE, filler_source: Path | None = None,
                 words: tuple[int, int] = WORDS) -> None:
        self.seed = seed
        self.words = words
        self.lex = lexicon or load()
        self.pool = filler.build_pool(pool_size, seed, filler_source)
        self._span = (LAST_DAY - FIRST_DAY).days + 1
        self._byline_cum = list(itertools.accumulate(self.lex.byline_weights))
        self._countries = self.lex.places_by_kind["country"]
        self._cities = self.lex.places_by_kind["city"]
        self._denmark = next(p for p in self._countries if p.name == "Danmark")
        self._parties = self.lex.orgs_by_kind["party"]
        self.cast = self._make_cast(random.Random(f"cast:{seed}"))
        self._cast_by_topic = {}
        for topic in self.lex.topics:
            members = [s for s in self.cast if s.role.key in topic.roles]
            # Zipf-like weights: a few people are quoted very often, most rarely.
            cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(members))))
            self._cast_by_topic[topic.name] = (members, cum)

    # --- people --------------------------------------------------------------------

    def _person_name(self, rng: random.Random) -> tuple[str, str, str]:
        first, sex = rng.choice(self.lex.first_names)
        surname = rng.choice(self.lex.surnames)
        if rng.random() < 0.15:  # a middle name, as in "Lars Løkke Rasmussen"
            middle = rng.choice(self.lex.surnames)
            if middle != surname:
                first = f"{first} {middle}"
        return f"{first} {surname}", surname, "male" if sex == "m" else "female"

    def _speaker(self, rng: random.Random, role: Role) -> Speaker:
        name, surname, gender = self._person_name(rng)
        lex = self.lex
        if role.attach == "country":
            country = self._denmark if rng.random() < 0.7 else rng.choice(self._countries)
            return Speaker(name, surname, gender, role, f"{genitive(country.name)} {role.title}",
                           None, country)
        if role.attach == "party":
            party = rng.choice(self._parties)
            return Speaker(name, surname, gender, role, role.title, party)
        if role.attach == "city":
            city = rng.choice(self._cities)
            return Speaker(name, surname, gender, role, f"{role.title} {role.prep} {city.name}",
                           city)
        org = rng.choice(lex.orgs_of(role.org_kinds))
        if rng.random() < 0.5:
            text = f"{genitive(org.name)} {role.title}"
        else:
            text = f"{role.title} {role.prep} {org.name}"
        return Speaker(name, surname, gender, role, text, org)

    def _make_cast(self, rng: random.Random) -> list[Speaker]:
        roles = list(self.lex.roles.values())
        return [self._speaker(rng, rng.choice(roles)) for _ in range(CAST_SIZE)]

    def _pick_speakers(self, rng: random.Random, topic_name: str, roles: tuple[str, ...],
                       count: int) -> list[Speaker]:
        members, cum = self._cast_by_topic[topic_name]
        chosen: list[Speaker] = []
        while len(chosen) < count:
            if members and rng.random() < 0.7:
                speaker = rng.choices(members, cum_weights=cum)[0]
            else:
                speaker = self._speaker(rng, self.lex.roles[rng.choice(roles)])
            if all(speaker.surname != s.surname for s in chosen):
                chosen.append(speaker)
        return chosen

    # --- articles ------------------------------------------------------------------

    def article(self, index: int) -> GeneratedArticle:
        """Article number ``index`` of this seed's corpus."""
        rng = random.Random(f"{self.seed}:{index}")
        if index > 0 and rng.random() < NEAR_DUPLICATES:
            # Copy an earlier article that is itself an original, so ``duplicate_of``
            # names an article of the corpus exactly as it was published.
            for _ in range(20):
                original = index - 1 - rng.randrange(min(index, 200))
                if not self._is_duplicate(original):
                    return self._near_duplicate(rng, index, self._original(original))
        return self._original(index)

    def _is_duplicate(self, index: int) -> bool:
        """Whether ``article(index)`` is a near-duplicate (the same first draw)."""
        return index > 0 and random.Random(f"{self.seed}:{index}").random() < NEAR_DUPLICATES

    def generate(self, count: int, start: int = 0) -> Iterator[GeneratedArticle]:
        """Articles ``start`` .. ``start + count - 1``, one at a time (streaming)."""
        for index in range(start, start + count):
            yield self.article(index)

    def _original(self, index: int) -> GeneratedArticle:
        rng = random.Random(f"{self.seed}:{index}:original")
        published = FIRST_DAY + timedelta(days=rng.randrange(self._span))
        precision = "month" if rng.random() < MONTH_PRECISION else "day"
        if precision == "month":
            published = published.replace(day=1)
        topic = rng.choice(self.lex.topics)
        byline = rng.choices(self.lex.bylines, cum_weights=self._byline_cum)[0] or None
        state = _ArticleState(self, rng, topic, published, precision)
        paragraphs = state.write(target_words=rng.randint(*self.words))
        return GeneratedArticle(index, published, precision, rng.choice(self.lex.outlets),
                                byline, topic.name, paragraphs, None,
                                tuple(s for s in state.speakers if s.name in state.introduced),
                                tuple(state.others.items()))

    def _near_duplicate(self, rng: random.Random, index: int,
                        original: GeneratedArticle) -> GeneratedArticle:
        """``original`` as another outlet republished it: one or two small edits."""
        paragraphs = list(original.paragraphs)
        state = _ArticleState(self, rng, next(t for t in self.lex.topics
                                              if t.name == original.topic),
                              original.published, original.precision)
        for edit in rng.sample(("drop", "append", "replace", "update"), rng.randint(1, 2)):
            fillers = [i for i, p in enumerate(paragraphs) if p.filler and i > 0]
            if edit == "drop" and len(fillers) > 1:
                del paragraphs[rng.choice(fillers)]
            elif edit == "replace" and fillers:
                paragraphs[rng.choice(fillers)] = state.filler_paragraph(2)
            elif edit == "append" and fillers:
                i = rng.choice(fillers)
                paragraphs[i] = _append_sentence(paragraphs[i], state.filler_paragraph(1))
            else:
                w = _Writer()
                start = w.pos
                w.add(rng.choice(self.lex.updates))
                w.sentences.append((start, w.pos))
                paragraphs.append(w.done(filler=True))
        # A copy is still a whole article: with a short filler pool (no treebank beside
        # the repository) a dropped paragraph could leave it under the corpus minimum.
        while sum(p.words for p in paragraphs) < min(MIN_WORDS, self.words[0]):
            paragraphs.append(state.filler_paragraph(2))
        outlets = [o for o in self.lex.outlets if o != original.outlet]
        others = dict(original.people)
        others.update(state.others)
        return GeneratedArticle(index, original.published, original.precision,
                                rng.choice(outlets), original.byline, original.topic,
                                paragraphs, original.index, original.speakers,
                                tuple(others.items()))


def _append_sentence(paragraph: Paragraph, extra: Paragraph) -> Paragraph:
    """``paragraph`` with ``extra``'s text after it, spans shifted."""
    shift = len(paragraph.text) + 1
    return Paragraph(
        paragraph.text + " " + extra.text,
        paragraph.entities + [(s + shift, e + shift, *rest) for s, e, *rest in extra.entities],
        list(paragraph.quotes), list(paragraph.times),
        paragraph.sentences + [(s + shift, e + shift) for s, e in extra.sentences],
        list(paragraph.definitions), filler=True)


class _ArticleState:
    """Everything one article's paragraphs share: its places, organisations, speakers."""

    def __init__(self, gen: CorpusGenerator, rng: random.Random, topic, published: date,
                 precision: str) -> None:
        self.gen = gen
        self.lex = gen.lex
        self.rng = rng
        self.topic = topic
        self.published = published
        self.precision = precision
        orgs = self.lex.orgs_of(topic.org_kinds)
        self.org, self.org2 = rng.sample(orgs, 2)
        self.country, self.country2 = rng.sample(gen._countries, 2)
        self.city, self.city2 = rng.sample(gen._cities, 2)
        self.speakers: list[Speaker] = []
        self.introduced: set[str] = set()
        self.others: dict[str, str | None] = {}  # people named in filler -> gender
        self.used: set[Template] = set()

    # --- slots ---------------------------------------------------------------------

    def _org_entity(self, w: _Writer, org: Organisation) -> None:
        w.entity(org.name, "ORG", org.name)

    def _place_entity(self, w: _Writer, place: Place) -> None:
        w.entity(place.name, "LOC", place.name)

    def _year(self, w: _Writer) -> None:
        year = self.rng.randint(1995, max(1996, self.published.year - 1))
        w.time(str(year), date(year, 1, 1), date(year, 12, 31), "year")

    def weekday(self, w: _Writer, capital: bool) -> None:
        """A weekday the article's date makes sense of, resolved as the nlp stage does."""
        if self.precision == "day":
            day = self.published - timedelta(days=self.rng.randrange(7))
            name = WEEKDAYS[day.weekday()]
            earliest = latest = day
        else:
            weekday = self.rng.randrange(7)
            name = WEEKDAYS[weekday]
            first = self.published
            earliest = first + timedelta(days=(weekday - first.weekday()) % 7)
            last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
            latest = last - timedelta(days=(last.weekday() - weekday) % 7)
        w.time(name.capitalize() if capital else name, earliest, latest, "day")

    def fill(self, w: _Writer, template: Template, strip_period: bool = False) -> None:
        """Write ``template`` with its slots filled from this article's cast."""
        last = len(template) - 1
        for i, piece in enumerate(template):
            if isinstance(piece, str):
                if strip_period and i == last and piece.endswith("."):
                    piece = piece[:-1]
                w.add(piece)
                continue
            name = piece.name
            if name == "ORG":
                self._org_entity(w, self.org)
            elif name == "ORG2":
                self._org_entity(w, self.org2)
            elif name == "COUNTRY":
                self._place_entity(w, self.country)
            elif name == "COUNTRY2":
                self._place_entity(w, self.country2)
            elif name == "CITY":
                self._place_entity(w, self.city)
            elif name == "CITY2":
                self._place_entity(w, self.city2)
            elif name == "YEAR":
                self._year(w)
            elif name == "NUM":
                w.add(_number(self.rng))
            elif name == "PCT":
                w.add(_percent(self.rng))
            elif name == "WEEKDAY":
                self.weekday(w, capital=i == 0)
            else:
                raise ValueError(f"unknown slot {{{name}}} in a template")

    def sentence(self, w: _Writer, template: Template) -> None:
        start = w.pos
        self.fill(w, template)
        w.sentences.append((start, w.pos))

    def filler_sentence(self, w: _Writer, strip_period: bool = False) -> None:
        """One sentence from the bigram pool, its name slots filled."""
        rng = self.rng
        pieces = rng.choice(self.gen.pool)
        start = w.pos
        last = len(pieces) - 1
        for i, piece in enumerate(pieces):
            if isinstance(piece, str):
                if strip_period and i == last and piece.endswith("."):
                    piece = piece[:-1]
                w.add(piece)
            elif piece[0] == "PER":
                if self.speakers and rng.random() < 0.5:
                    s = rng.choice(self.speakers)
                    if s.name in self.introduced:
                        w.entity(s.surname, "PER", s.name)
                    else:
                        self.others[s.name] = s.gender
                        w.entity(s.name, "PER", s.name)
                else:
                    name, _, gender = self.gen._person_name(rng)
                    self.others[name] = gender
                    w.entity(name, "PER", name)
            elif piece[0] == "ORG":
                org = self.org if rng.random() < 0.5 else rng.choice(self.lex.organisations)
                self._org_entity(w, org)
            else:
                place = self.city if rng.random() < 0.3 else rng.choice(self.lex.places)
                self._place_entity(w, place)
        w.sentences.append((start, w.pos))

    def filler_paragraph(self, sentences: int) -> Paragraph:
        """Background: mostly bigram sentences, some of the topic's own sentences."""
        w = _Writer()
        rng = self.rng
        for i in range(sentences):
            if i:
                w.add(" ")
            if rng.random() < 0.25:
                self.sentence(w, self.pick(self.topic.background + self.lex.time_sentences))
            else:
                self.filler_sentence(w)
        return w.done(filler=True)

    def pick(self, options: tuple[Template, ...]) -> Template:
        """A template not used yet in this article, while there are any."""
        for _ in range(4):
            choice = self.rng.choice(options)
            if choice not in self.used:
                break
        self.used.add(choice)
        return choice

    # --- speakers ------------------------------------------------------------------

    def intro(self, w: _Writer, s: Speaker, capital: bool) -> bool:
        """Name ``s`` with their title for the first time; True if a comma must follow.

        Forms: "Natos generalsekretær, Jens Holm", "den danske udenrigsminister, Mette
        Lund", "statsminister Mette Lund (S)", "Jens Holm, der er professor ved DTU".
        """
        rng = self.rng
        self.introduced.add(s.name)
        role = s.role
        if role.attach == "party":
            title = role.title.capitalize() if capital else role.title
            w.add(f"{title} ")
            w.entity(s.name, "PER", s.name)
            w.add(f" ({s.attached.party_letter})")  # type: ignore[union-attr]
            return False
        if rng.random() < 0.3:
            w.entity(s.name, "PER", s.name)
            w.add(f", der er {role.title}")
            self._role_attachment(w, s, prep_form=True)
            return True
        if role.attach == "country":
            country = s.country or self.gen._denmark
            if rng.random() < 0.5 and country.adjective:
                w.add(f"{'Den' if capital else 'den'} {country.adjective} {role.title}, ")
            else:
                w.entity(genitive(country.name), "LOC", country.name)
                w.add(f" {role.title}, ")
        elif rng.random() < 0.5:
            self._role_attachment(w, s, prep_form=False)
            w.add(f" {role.title}, ")
        else:
            w.add(f"{role.title.capitalize() if capital else role.title}")
            self._role_attachment(w, s, prep_form=True)
            w.add(", ")
        w.entity(s.name, "PER", s.name)
        return True

    def _role_attachment(self, w: _Writer, s: Speaker, prep_form: bool) -> None:
        """" i Novo Nordisk" / " for Venstre" (prep_form) or "Novo Nordisks"."""
        attached = s.attached
        if s.role.attach == "country":
            country = s.country or self.gen._denmark
            if prep_form:
                w.add(" i ")
                w.entity(country.name, "LOC", country.name)
            return
        if attached is None:
            return
        label = "LOC" if isinstance(attached, Place) else "ORG"
        if prep_form:
            w.add(f" {s.role.prep} ")
            w.entity(attached.name, label, attached.name)
        else:
            w.entity(genitive(attached.name), label, attached.name)

    def mention(self, w: _Writer, s: Speaker, more: bool = False) -> tuple[str, str]:
        """A later mention: the surname, or the full name with title the first time.

        ``more`` says words follow in the same sentence (then an apposition is closed
        with a comma). Returns (speaker_mention, evidence).
        """
        if s.name in self.introduced:
            w.entity(s.surname, "PER", s.name)
            return s.surname, "surname"
        start = len(w.entities)
        comma = self.intro(w, s, capital=False)
        if comma and more:
            w.add(",")
        person = next(e for e in w.entities[start:] if e[2] == "PER")
        return person[3], "name"

    def quote_content(self, w: _Writer) -> None:
        """One or two sentences of direct speech, without the final period."""
        rng = self.rng
        if rng.random() < 0.45:
            self.fill(w, self.pick(self.topic.quotes))
            w.add(". ")
            if rng.random() < 0.5:
                self.fill(w, self.pick(self.topic.quotes))
            else:
                self.filler_sentence(w, strip_period=True)
        else:
            self.fill(w, self.pick(self.topic.quotes))

    def dash_quote(self, s: Speaker, cue: str | None = None, sticky: bool = False,
                   by_title: bool = False) -> Paragraph:
        """"- Vi står klar til dialog, siger Holm til DR Nyheder." """
        rng = self.rng
        w = _Writer()
        w.add("- ")
        start = w.pos
        self.quote_content(w)
        end = w.pos
        cue = cue or rng.choice(self.lex.cues)
        w.add(f", {cue} ")
        tail = rng.choice(self.lex.tails)
        if by_title:
            w.add(s.role.definite)
            mention, evidence = s.role.definite, "title"
        else:
            mention, evidence = self.mention(w, s, more=bool(tail))
        w.add(f"{tail}.")
        w.quotes.append((start, end, "direct", s.name, mention, cue, evidence))
        w.sentences.append((0, w.pos))
        return w.done(sticky=sticky)

    def quote_only(self, s: Speaker) -> Paragraph:
        """A dash paragraph without attribution: the previous speaker goes on."""
        w = _Writer()
        w.add("- ")
        start = w.pos
        self.quote_content(w)
        end = w.pos
        w.add(".")
        w.quotes.append((start, end, "direct", s.name, None, None, "previous"))
        w.sentences.append((0, w.pos))
        return w.done(sticky=True)

    def lo_det_fra(self, s: Speaker) -> Paragraph:
        """"- ..., lød det fra Natos generalsekretær, Jens Holm." """
        w = _Writer()
        w.add("- ")
        start = w.pos
        self.quote_content(w)
        end = w.pos
        w.add(", lød det fra ")
        mention, evidence = self.mention(w, s)
        w.add(".")
        w.quotes.append((start, end, "direct", s.name, mention, "lød det fra", evidence))
        w.sentences.append((0, w.pos))
        return w.done()

    def reported(self, s: Speaker, first: bool) -> Paragraph:
        """"Den danske udenrigsminister, Mette Lund, vurderer, at ..." or "Hun mener, at ..." """
        rng = self.rng
        w = _Writer()
        cue = rng.choice(self.lex.indirect_cues)
        if first or s.name not in self.introduced:
            start = len(w.entities)
            comma = self.intro(w, s, capital=True)
            mention = next(e for e in w.entities[start:] if e[2] == "PER")[3]
            evidence = "name"
            w.add(f"{',' if comma else ''} {cue}, at ")
        elif rng.random() < 0.5:
            w.add(s.pronoun.capitalize())
            mention, evidence = s.pronoun.capitalize(), "pronoun"
            w.add(f" {cue}, at ")
        else:
            w.entity(s.surname, "PER", s.name)
            mention, evidence = s.surname, "surname"
            w.add(f" {cue}, at ")
        start = w.pos
        self.fill(w, self.pick(self.topic.indirect))
        w.quotes.append((start, w.pos, "indirect", s.name, mention, cue, evidence))
        w.add(".")
        w.sentences.append((0, w.pos))
        return w.done()

    def partial(self, s: Speaker) -> Paragraph:
        """'Han advarer mod "en historisk beslutning".' plus sometimes reported speech."""
        rng = self.rng
        w = _Writer()
        frame = rng.choice(self.lex.partial_frames)
        # The speech verb is the word after the pronoun ("Han advarer mod ..."), or
        # "ifølge" in "Ifølge Holm er der tale om ...".
        cue = frame[1].split()[0] if isinstance(frame[1], str) and frame[0] == Slot("PRON") \
            else "ifølge"
        mention, evidence = s.pronoun.capitalize(), "pronoun"
        for piece in frame:
            if isinstance(piece, str):
                w.add(piece)
            elif piece.name == "PRON":
                w.add(s.pronoun.capitalize())
            elif piece.name == "MENTION":
                w.entity(s.surname, "PER", s.name)
                mention, evidence = s.surname, "surname"
            else:
                w.add('"')
                start = w.pos
                w.add(rng.choice(self.topic.partial))
                w.quotes.append((start, w.pos, "partial", s.name, mention, cue, evidence))
                w.add('"')
        w.sentences.append((0, w.pos))
        if rng.random() < 0.5:
            w.add(" ")
            sent = w.pos
            icue = rng.choice(self.lex.indirect_cues)
            w.add(f"{s.pronoun.capitalize()} {icue} dog samtidig, at ")
            start = w.pos
            self.fill(w, self.pick(self.topic.indirect))
            w.quotes.append((start, w.pos, "indirect", s.name, s.pronoun.capitalize(), icue,
                             "pronoun"))
            w.add(".")
            w.sentences.append((sent, w.pos))
        return w.done()

    def attribution(self, s: Speaker | None, lead: Paragraph) -> Paragraph:
        """"Det siger Natos generalsekretær, Jens Holm, onsdag." (attributes the lead)."""
        rng = self.rng
        w = _Writer()
        cue = rng.choice(("siger", "siger", "oplyser", "fortæller", "skriver"))
        w.add(f"Det {cue} ")
        if s is None:
            self._org_entity(w, self.org)
            w.add(f"{rng.choice((' i en pressemeddelelse', ' på sin hjemmeside', ''))}.")
            speaker, mention, evidence = self.org.name, self.org.name, "organisation"
        else:
            start = len(w.entities)
            comma = self.intro(w, s, capital=False)
            mention = next(e for e in w.entities[start:] if e[2] == "PER")[3]
            speaker, evidence = s.name, "name"
            w.add("," if comma else "")
            w.add(" ")
            self.weekday(w, capital=False)
            w.add(".")
        w.sentences.append((0, w.pos))
        # The reported statement is the lead's first sentence, in the previous paragraph;
        # its offsets are fixed up when the paragraphs are joined.
        first_start, first_end = lead.sentences[0]
        lead.quotes.append((first_start, first_end - 1, "indirect", speaker, mention, cue,
                            evidence))
        return w.done(sticky=True)

    def definition(self) -> Paragraph:
        term, meaning = self.rng.choice(self.lex.definitions)
        w = _Writer()
        w.add(f"At {term} vil sige at {meaning}.")
        w.definitions.append((0, w.pos, term, meaning))
        w.sentences.append((0, w.pos))
        return w.done()

    # --- the whole article ----------------------------------------------------------

    def write(self, target_words: int) -> list[Paragraph]:
        rng = self.rng
        topic = self.topic
        a, b, c = self._pick_speakers_for_article()
        paragraphs: list[Paragraph] = []
        w = _Writer()
        self.sentence(w, rng.choice(topic.leads))
        lead = w.done()
        paragraphs.append(lead)
        paragraphs.append(self.attribution(a if rng.random() < 0.8 else None, lead))
        w = _Writer()
        self.sentence(w, self.pick(topic.background))
        if rng.random() < 0.5:
            w.add(" ")
            self.filler_sentence(w)
        paragraphs.append(w.done())
        paragraphs.append(self.dash_quote(a))
        paragraphs.append(self.partial(a))
        if rng.random() < 0.3:
            paragraphs.append(self.definition())
        paragraphs.append(self.reported(b, first=True))
        paragraphs.append(self.dash_quote(b))
        if rng.random() < 0.5:
            paragraphs.append(self.dash_quote(b, cue=rng.choice(self.lex.continuation_cues),
                                              sticky=True, by_title=True))
        if rng.random() < 0.3:
            paragraphs.append(self.quote_only(b))
        w = _Writer()
        self.sentence(w, self.pick(self.lex.time_sentences))
        paragraphs.append(w.done())
        if rng.random() < 0.4:
            paragraphs.append(self.lo_det_fra(c))
        if rng.random() < 0.5:
            paragraphs.append(self.reported(a, first=False))
        if rng.random() < 0.5:
            paragraphs.append(self.dash_quote(a))
        words = sum(p.words for p in paragraphs)
        while words < target_words:
            extra = self.filler_paragraph(rng.randint(2, 4))
            words += extra.words
            # Filler goes anywhere but between a quote and its continuation.
            slots = [i for i in range(2, len(paragraphs) + 1)
                     if i == len(paragraphs) or not paragraphs[i].sticky]
            paragraphs.insert(rng.choice(slots), extra)
        return paragraphs

    def _pick_speakers_for_article(self) -> list[Speaker]:
        speakers = self.gen._pick_speakers(self.rng, self.topic.name, self.topic.roles, 3)
        self.speakers = speakers
        return speakers


def generate(count: int, seed: int = 0, start: int = 0) -> Iterator[GeneratedArticle]:
    """``count`` articles of the corpus for ``seed``, streamed."""
    yield from CorpusGenerator(seed).generate(count, start)


def write_corpus(directory: str | Path, count: int, seed: int = 0,
                 generator: CorpusGenerator | None = None) -> list[Path]:
    """Write ``count`` articles as seed-text files under ``directory``.

    Files are named ``<index>_<id>.txt``; above 10,000 articles they go in sub-folders of
    10,000 so no folder gets huge (``read_path`` walks folders recursively).

    Returns:
        The paths written, in article order.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    gen = generator or CorpusGenerator(seed)
    paths = []
    for generated in gen.generate(count):
        folder = directory / f"{generated.index // 10_000:03d}" if count > 10_000 else directory
        if folder is not directory and generated.index % 10_000 == 0:
            folder.mkdir(exist_ok=True)
        path = folder / generated.file_name()
        path.write_text(generated.file_text(), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus",
                                     description="Write a generated Danish news corpus.")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="folder to write .txt files to")
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
