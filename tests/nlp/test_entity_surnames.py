"""``entities.surname_mentions``: the later mentions of a named person's surname, found
without compiling a pattern per article, must be exactly the matches of the pattern
``find_people`` compiled before (round 12). Sentences invented for the test."""

from __future__ import annotations

import random
import re

from pressespejl.nlp.components.entities import find_people, surname_mentions


def _by_pattern(text: str, surnames: list[str], start: int, end: int
                ) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"(?<![\w-])(?P<s>" + "|".join(map(re.escape, surnames))
                         + r")(?:s|'s)?(?![\w-])")
    return [(m.start(), m.end(), m["s"]) for m in pattern.finditer(text, start, end)]


def test_a_surname_alone_and_in_the_genitive_not_inside_a_word() -> None:
    text = ("Stoltenberg talte. Stoltenbergs tale og Stoltenberg's svar, men ikke "
            "Stoltenbergsen eller Stoltenberg-sagen eller xStoltenberg.")
    assert [text[a:b] for a, b, _ in surname_mentions(text, ["Stoltenberg"], 0, len(text))] \
        == ["Stoltenberg", "Stoltenbergs", "Stoltenberg's"]


def test_the_surnames_are_tried_in_their_order_as_the_alternation_tries_them() -> None:
    text = "Bergs bog og Berg."
    assert surname_mentions(text, ["Berg", "Bergs"], 0, len(text)) == [
        (0, 5, "Berg"), (13, 17, "Berg")]
    assert surname_mentions(text, ["Bergs", "Berg"], 0, len(text)) == [
        (0, 5, "Bergs"), (13, 17, "Berg")]


def test_the_region_bounds_the_match_but_not_the_word_boundary_before_it() -> None:
    text = "Hans Holm og Holmsland"
    assert surname_mentions(text, ["Holm"], 6, len(text)) == []  # "olm og": no start
    assert surname_mentions(text, ["Holm"], 13, 17) == [(13, 17, "Holm")]  # end cuts "sland"
    assert surname_mentions(text, ["olm"], 6, 9) == []  # "H" before it, outside the region


def test_the_same_mentions_as_the_pattern_on_random_texts() -> None:
    rng = random.Random(12)
    for _ in range(20_000):
        surnames = list(dict.fromkeys(
            "".join(rng.choice("aBbs'-æ.") for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 4))))
        text = "".join(rng.choice("aBbs'-_ 1æÆ.\n²") for _ in range(rng.randint(0, 30)))
        for _ in range(rng.randint(0, 3)):
            at = rng.randint(0, len(text))
            text = (text[:at] + rng.choice(surnames) + rng.choice(["", "s", "'s", " ", "-"])
                    + text[at:])
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert surname_mentions(text, surnames, start, end) == _by_pattern(
            text, surnames, start, end), (text, surnames, start, end)


def test_find_people_links_a_later_surname_to_the_full_name() -> None:
    text = ("Statsminister Mette Frederiksen holdt tale. Bagefter sagde Frederiksen, at "
            "Frederiksens regering står fast.")
    people = find_people(text, [(0, len(text))])
    assert [(text[a:b], name) for a, b, _label, name in people] == [
        ("Mette Frederiksen", "Mette Frederiksen"), ("Frederiksen", "Mette Frederiksen"),
        ("Frederiksens", "Mette Frederiksen")]
