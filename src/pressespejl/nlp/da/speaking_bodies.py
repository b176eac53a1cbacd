"""Danish common nouns for a body that speaks as one: a board, a management, a council.

Source: our own reading of Danish news ("I referatet fra bestyrelsens møde står der",
"Det oplyser ledelsen", "skriver byrådet i en udtalelse"). With the organisation nouns
of ``organisation_nouns.py`` (and compounds that end in one: "boligselskabet",
"Lærerforeningen") they may be the speaker of a quote when the article gives no name:
the quote keeps the noun as written ("bestyrelsen"). Left out: "regeringen" and
"politiet" (the mention reader knows them), "mødet" (a meeting sends nothing).
"""

BODY_NOUNS: tuple[str, ...] = (
    "bestyrelsen", "ledelsen", "direktionen", "byrådet", "kommunalbestyrelsen",
    "regionsrådet", "hovedbestyrelsen", "forretningsudvalget",
    "skolebestyrelsen", "menighedsrådet", "afdelingsbestyrelsen", "repræsentantskabet",
)

DEPARTMENT_NOUNS: dict[str, tuple[str, ...]] = {
    "forvaltningen": ("kommune", "region"),
    "administrationen": ("kommune", "region"),
    "departementet": ("ministerium",),
    "sekretariatet": (),
    "styrelsen": (),
    "ministeriet": (),
    "direktoratet": (),
}
"""Departments and administrations that speak ("skriver forvaltningen i en mail",
"oplyser departementet"), each with the organisations (indefinite nouns of
``organisation_nouns.py``) it may speak for. "forvaltningen" is the "Børne- og
Ungdomsforvaltningen" or "Teknik- og Miljøforvaltningen" the article named before, the
"Styrelsen for Dataforsyning" for "styrelsen"; with no such name, a department speaks for
the body it belongs to when the article names one ("Odense Kommune" for "forvaltningen",
the ministry for "departementet"); else the noun as written speaks ("forvaltningen")."""
