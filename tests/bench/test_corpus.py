"""The benchmark corpus generator: deterministic, valid seed-text articles, true spans."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

import pytest

# ``bench`` lives at the repository root, outside the installed package.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import MIN_WORDS, CorpusGenerator, write_corpus  # noqa: E402

from pressespejl.types import Article  # noqa: E402

POOL = 2000  # a small filler pool keeps the tests fast; the default is 20,000


@pytest.fixture(scope="module")
def gen() -> CorpusGenerator:
    return CorpusGenerator(seed=7, pool_size=POOL)


@pytest.fixture(scope="module")
def articles(gen: CorpusGenerator) -> list:
    return list(gen.generate(300))


def test_corpus_same_seed_same_articles(articles: list) -> None:
    again = list(CorpusGenerator(seed=7, pool_size=POOL).generate(50))
    assert [a.file_text() for a in again] == [a.file_text() for a in articles[:50]]
    assert [a.outlet for a in again] == [a.outlet for a in articles[:50]]


def test_corpus_other_seed_other_articles(articles: list) -> None:
    other = list(CorpusGenerator(seed=8, pool_size=POOL).generate(20))
    assert not {a.text for a in other} & {a.text for a in articles[:20]}


def test_corpus_article_is_independent_of_the_ones_before(gen: CorpusGenerator,
                                                          articles: list) -> None:
    assert gen.article(123).file_text() == articles[123].file_text()
    assert [a.index for a in gen.generate(5, start=40)] == [40, 41, 42, 43, 44]


def test_corpus_count_and_unique_ids(articles: list) -> None:
    assert len(articles) == 300
    assert len({a.id for a in articles}) == 300


def test_corpus_lengths_dates_and_metadata_vary(articles: list) -> None:
    words = [a.words for a in articles]
    assert 300 <= statistics.median(words) <= 600
    assert all(MIN_WORDS <= w <= 750 for w in words), (min(words), max(words))
    assert all(2019 <= a.published.year <= 2024 for a in articles)
    assert len({a.published.year for a in articles}) == 6
    assert {a.precision for a in articles} == {"day", "month"}
    assert len({a.outlet for a in articles}) > 5
    assert len({a.byline for a in articles}) > 3
    assert len({a.topic for a in articles}) > 5


def test_corpus_has_wire_style_quotes_titles_and_time(articles: list) -> None:
    text = "\n\n".join(a.text for a in articles[:100])
    for expected in ("\n\n- ", ", siger ", "vil sige at", '"'):
        assert expected in text
    assert any(day in text for day in ("mandag", "tirsdag", "onsdag", "torsdag", "fredag"))
    assert any(title in text for title in ("minister", "borgmester", "direktør",
                                           "generalsekretær"))


def test_corpus_near_duplicates_are_small_edits(articles: list) -> None:
    copies = [a for a in articles if a.duplicate_of is not None]
    assert 5 <= len(copies) <= 45  # about 7 %
    by_index = {a.index: a for a in articles}
    for copy in copies:
        original = by_index[copy.duplicate_of]
        assert copy.text != original.text
        assert copy.outlet != original.outlet
        assert copy.published == original.published
        shared = set(copy.text.split("\n\n")) & set(original.text.split("\n\n"))
        assert len(shared) >= len(original.paragraphs) - 2


def test_corpus_analysis_spans_point_at_their_text(articles: list) -> None:
    for generated in articles[:100]:
        analysis = generated.analysis()
        text = generated.text
        assert analysis.article_id == generated.id
        assert analysis.quotes and analysis.people and analysis.entities
        for quote in analysis.quotes:
            assert text[quote.start:quote.end] == quote.text
            assert quote.text and quote.text[0] not in " -\"" and quote.text[-1] != " "
        for entity in analysis.entities:
            assert text[entity.start:entity.end] == entity.text
        for expression in analysis.time_expressions:
            assert text[expression.start:expression.end] == expression.text
            assert expression.earliest <= expression.latest
        for sentence in analysis.sentences:
            assert text[sentence.start:sentence.end].strip()
        speakers = {q.speaker for q in analysis.quotes if q.evidence != "organisation"}
        assert speakers <= {p.name for p in analysis.people}


def test_corpus_files_read_back_with_ingest(tmp_path: Path, gen: CorpusGenerator) -> None:
    from pressespejl.ingest import read_path
    paths = write_corpus(tmp_path, 60, generator=gen)
    assert len(paths) == 60 == len(list(tmp_path.glob("*.txt")))
    read = [item for item in read_path(tmp_path)]
    assert all(isinstance(item, Article) for item in read), [
        str(item) for item in read if not isinstance(item, Article)]
    by_path = {item.path: item for item in read}
    for path, generated in zip(paths, gen.generate(60), strict=True):
        article = by_path[str(path)]
        expected = generated.article(path=str(path))
        assert article.text == expected.text
        assert article.id == expected.id
        assert (article.published, article.precision) == (expected.published,
                                                          expected.precision)
        assert (article.sources, article.byline) == (expected.sources, expected.byline)
