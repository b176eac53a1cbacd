"""Direct quotes by how they open: a dash with its space lost ("-Vi mangler folk"), a
dash quote on the line of the narrative that introduces it with a colon, and a quote
paragraph that holds a quoted question in the same or other marks. Each case is (text,
expected) with expected = [(kind, text, cue, speaker phrase or None), ...] for every
quote ``find_quotes`` returns. Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# A dash paragraph whose space after the dash was lost is still a dash quote; a minus
# before a number and a word wrapped at its hyphen are not.
DASH_WITHOUT_SPACE = [
    (
        "Lageret står tomt.\n\n-Vi mangler folk på lageret, siger Karen Lund.",
        [("direct", "Vi mangler folk på lageret", "siger", "Karen Lund")],
    ),
    (
        "Lageret står tomt.\n\n–Vi mangler folk på lageret, siger Karen Lund.",
        [("direct", "Vi mangler folk på lageret", "siger", "Karen Lund")],
    ),
    (
        "Lageret står tomt.\n\n-I må vente til mandag, siger Karen Lund.",
        [("direct", "I må vente til mandag", "siger", "Karen Lund")],
    ),
    (
        "Salget steg i år.-Vi er meget glade, siger direktør Ole Berg.",
        [("direct", "Vi er meget glade", "siger", "Ole Berg")],
    ),
    ("Vejret skifter.\n\n-5 grader i nat.", []),
    # a role word the mention reader does not know still leaves the name to speak
    (
        "Fabrikken lukker.\n\n-Vi kæmper videre, siger tillidsmand Bo Dam.",
        [("direct", "Vi kæmper videre", "siger", "Bo Dam")],
    ),
    (
        "Vejret skifter. Det bliver koldt i hele landet i nat, og på Bornholm venter "
        "meteorologerne frost og\n\n-forbundet mellem øerne kan blive lukket.",
        [],
    ),
]

# "Han var rystet: - Jeg har ...": the narrative before the colon introduces the dash
# quote on its own line; a heading or a dateline does not.
COLON_THEN_DASH = [
    (
        "Politiet fandt bilen i en grøft. Hans Berg var tydeligt rystet: - Jeg har aldrig "
        "set noget lignende.",
        [("direct", "Jeg har aldrig set noget lignende", None, "Hans Berg")],
    ),
    (
        "Hans Berg stod ved bilen. Han var tydeligt rystet: - Jeg har aldrig set noget "
        "lignende. Det var forfærdeligt.",
        [("direct", "Jeg har aldrig set noget lignende. Det var forfærdeligt", None, "Han")],
    ),
    (
        "Herning: - Vi har spillet et flot VM, sagde Per Holm.",
        [("direct", "Vi har spillet et flot VM", "sagde", "Per Holm")],
    ),
    (
        "Herning: -Vi har spillet et flot VM, sagde Per Holm.",
        [("direct", "Vi har spillet et flot VM", "sagde", "Per Holm")],
    ),
    ("Læs også: Borgmester: - Vi bygger ikke flere haller", []),
]

# A quoted question inside a quote paragraph belongs to it, in the same marks or others.
NESTED_QUESTION = [
    (
        'Ulykken skete i nat.\n\n"Man spørger sig selv: "Var det virkelig så slemt?" Så det '
        'var nok ikke så slemt," siger Ida Holm.',
        [("direct", 'Man spørger sig selv: "Var det virkelig så slemt?" Så det var nok ikke '
          "så slemt", "siger", "Ida Holm")],
    ),
    (
        "Ulykken skete i nat.\n\n»Man spørger sig selv: 'Var det virkelig så slemt?' Så det "
        "var nok ikke så slemt,« siger Ida Holm.",
        [("direct", "Man spørger sig selv: 'Var det virkelig så slemt?' Så det var nok ikke "
          "så slemt", "siger", "Ida Holm")],
    ),
    (
        "Ulykken skete i nat.\n\n“Man spørger sig selv: ‘Var det virkelig så slemt?’ Så det "
        "var nok ikke så slemt,” siger Ida Holm.",
        [("direct", "Man spørger sig selv: ‘Var det virkelig så slemt?’ Så det var nok ikke "
          "så slemt", "siger", "Ida Holm")],
    ),
    # a title in marks that opens a paragraph is still no quote
    ("Biografen er fuld hver aften.\n\n»Vinterlys« er årets mest sete film.", []),
]


# A page that mixed its marks ('”…,"', '»…,"') still quotes; a photo credit glued to the
# attribution ("om klagen.Foto: ...") is not part of it.
MIXED_MARKS = [
    (
        'Klagen er sendt.\n\n”Jeg håber, at ministeren bliver irettesat," siger ordfører '
        "Lise Holm om klagen.Foto: Per Dam/Ritzau Scanpix",
        [("direct", "Jeg håber, at ministeren bliver irettesat", "siger", "Lise Holm")],
    ),
    (
        'Klagen er sendt.\n\n»Vi er klar til kampen," siger træner Ole Berg.',
        [("direct", "Vi er klar til kampen", "siger", "Ole Berg")],
    ),
    ('Klagen er sendt.\n\n"Vinterlys" vandt, siger juryen.', []),
]


@pytest.mark.parametrize(("text", "expected"),
                         DASH_WITHOUT_SPACE + COLON_THEN_DASH + NESTED_QUESTION + MIXED_MARKS)
def test_quote_openings(found_quotes: Callable[[str], list[tuple]], text: str,
        expected: list[tuple]) -> None:
    assert found_quotes(text) == expected
