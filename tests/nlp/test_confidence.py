"""Quote confidence from rule features: ordered by how safely the speaker was found."""

from __future__ import annotations

from pressespejl.nlp.components._confidence import quote_confidence


def test_confidence_ranks_evidence():
    named = quote_confidence("direct", "name", "Ole Dam")
    pronoun = quote_confidence("direct", "pronoun", "Ole Dam")
    previous = quote_confidence("direct", "previous", "Ole Dam")
    nobody = quote_confidence("direct", None, None)
    assert 1.0 >= named > pronoun > previous > nobody >= 0.0


def test_confidence_without_a_speaker_stays_low():
    assert quote_confidence("direct", "title", None) <= 0.3


def test_confidence_partial_quotes_lower():
    assert quote_confidence("partial", "name", "Ole Dam") < quote_confidence(
        "indirect", "name", "Ole Dam")
