"""The fixed query sets of the search benchmark, drawn from the corpus vocabulary.

Six kinds, ``PER_KIND`` queries each, the same for the same seed:

- ``word``      one word: topic keywords, organisation and place names, filler words
- ``phrase``    a "quoted phrase" of two or three words that occurs in the corpus
- ``boolean``   AND/OR/NOT with ``source:``/``outlet:``/``speaker:``/``place:``/``date:``
- ``facets``    ``Store.facets`` for a word, sometimes with a date filter
- ``trend``     ``Store.trend`` for a word, by month or by ISO week
- ``quotes``    ``Store.quotes`` for a word from the quote templates, half of them
                filtered by a speaker the corpus quotes often
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from bench.corpus import CorpusGenerator
from pressespejl.types import SearchQuery

PER_KIND = 60
KINDS = ("word", "phrase", "boolean", "facets", "trend", "quotes")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class BenchQuery:
    """One benchmark query: which ``Store`` method to call, and with what."""

    kind: str
    query: SearchQuery
    by: str = "month"  # for trend

    @property
    def label(self) -> str:
        extra = []
        if self.query.speakers:
            extra.append(f"speakers={list(self.query.speakers)}")
        if self.query.date_from or self.query.date_to:
            extra.append(f"dates={self.query.date_from}..{self.query.date_to}")
        if self.kind == "trend":
            extra.append(f"by={self.by}")
        return " ".join([self.query.text, *extra])


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _filler_words(gen: CorpusGenerator, rng: random.Random, count: int) -> list[str]:
    """Words of middling frequency in the filler: neither stop words nor hapaxes."""
    counts: Counter[str] = Counter()
    for sentence in gen.pool:
        for piece in sentence:
            if isinstance(piece, str):
                counts.update(w.lower() for w in _words(piece) if len(w) >= 5)
    ranked = [w for w, _ in counts.most_common(3000)][150:]
    return rng.sample(ranked, min(count, len(ranked)))


def _template_words(templates: list, min_length: int = 6) -> list[str]:
    found: dict[str, None] = {}
    for template in templates:
        for piece in template:
            if isinstance(piece, str):
                for w in _words(piece):
                    if len(w) >= min_length and w[0].islower():
                        found[w] = None
    return list(found)


def _phrases(gen: CorpusGenerator, rng: random.Random, count: int) -> list[str]:
    """Two- and three-word runs taken from the templates and the filler pool."""
    candidates: list[str] = []
    sources = [t for topic in gen.lex.topics for t in topic.quotes + topic.leads]
    for template in sources:
        for piece in template:
            if isinstance(piece, str):
                words = _words(piece)
                if len(words) >= 3:
                    i = rng.randrange(len(words) - 2)
                    candidates.append(" ".join(words[i:i + rng.choice((2, 3))]))
    for sentence in rng.sample(gen.pool, 200):
        words = _words(" ".join(p for p in sentence if isinstance(p, str)))
        if len(words) >= 4:
            i = rng.randrange(len(words) - 2)
            candidates.append(" ".join(words[i:i + 2]).lower())
    candidates += ["skriftlig kommentar", "den danske udenrigsminister", "i en pressemeddelelse",
                   "vil sige at", "grøn omstilling"]
    unique = list(dict.fromkeys(c for c in candidates if len(c) > 6))
    return rng.sample(unique, min(count, len(unique)))


def _frequent_speakers(gen: CorpusGenerator, count: int) -> list[str]:
    names: list[str] = []
    for members, _ in gen._cast_by_topic.values():
        names += [s.name for s in members[:8]]
    return list(dict.fromkeys(names))[:count]


def build(gen: CorpusGenerator, per_kind: int = PER_KIND, seed: int = 0) -> list[BenchQuery]:
    """The benchmark's queries for the corpus of ``gen`` (deterministic)."""
    rng = random.Random(f"queries:{seed}")
    lex = gen.lex
    keywords = [k for topic in lex.topics for k in topic.keywords]
    names = [o.name for o in lex.organisations if " " not in o.name and len(o.name) > 2]
    names += [p.name for p in lex.places if " " not in p.name]
    filler_words = _filler_words(gen, rng, per_kind)
    single = (rng.sample(keywords, per_kind // 3) + rng.sample(names, per_kind // 3)
              + filler_words[:per_kind - 2 * (per_kind // 3)])
    speakers = _frequent_speakers(gen, 40)
    outlets = list(lex.outlets)
    cities = [p.name for p in lex.places_by_kind["city"] if " " not in p.name]
    phrases = _phrases(gen, rng, per_kind)
    quote_words = _template_words([t for topic in lex.topics for t in topic.quotes])

    queries = [BenchQuery("word", SearchQuery(text=w)) for w in single]
    queries += [BenchQuery("phrase", SearchQuery(text=f'"{p}"')) for p in phrases]

    for i in range(per_kind):
        kw1, kw2, kw3 = rng.sample(keywords, 3)
        year = rng.randint(2019, 2024)
        shape = i % 6
        if shape == 0:
            text = f"{kw1} {kw2} source:ritzau date:{year}"
        elif shape == 1:
            text = f"({kw1} OR {kw2}) NOT {kw3} date:{year}-01-01..{year}-06-30"
        elif shape == 2:
            text = f'{kw1} AND speaker:"{rng.choice(speakers)}"'
        elif shape == 3:
            text = f'{kw1} outlet:"{rng.choice(outlets)}" date:{year}'
        elif shape == 4:
            text = f"({kw1} OR {rng.choice(names)}) AND place:{rng.choice(cities)}"
        else:
            text = f'"{rng.choice(phrases)}" OR {kw1} source:Reuters'
        queries.append(BenchQuery("boolean", SearchQuery(text=text)))

    for i in range(per_kind):
        word = rng.choice(keywords + names)
        if i % 3 == 0:
            year = rng.randint(2019, 2024)
            query = SearchQuery(text=word, date_from=date(year, 1, 1), date_to=date(year, 12, 31))
        else:
            query = SearchQuery(text=word)
        queries.append(BenchQuery("facets", query))

    for i in range(per_kind):
        queries.append(BenchQuery("trend", SearchQuery(text=rng.choice(keywords + names)),
                                  by="week" if i % 3 == 0 else "month"))

    for i in range(per_kind):
        word = rng.choice(quote_words)
        if i % 2:
            query = SearchQuery(text=word, speakers=(rng.choice(speakers),))
        else:
            query = SearchQuery(text=word)
        queries.append(BenchQuery("quotes", query))
    return queries
