"""Danish common nouns for a body that speaks as one: a board, a management, a council.

Source: our own reading of Danish news ("I referatet fra bestyrelsens møde står der",
"Det oplyser ledelsen", "skriver byrådet i en udtalelse"). With the organisation nouns
of ``organisation_nouns.py`` (and compounds that end in one: "boligselskabet",
"Lærerforeningen") they may be the speaker of a quote when the article gives no name:
the quote keeps the noun as written ("bestyrelsen"). Left out: "regeringen" and
"politiet" (the mention reader knows them), "mødet" (a meeting sends nothing), and
"forvaltningen" or "administrationen": a department speaks for the organisation the
article names ("Odense Kommune"), which a bare noun would not give.
"""

BODY_NOUNS: tuple[str, ...] = (
    "bestyrelsen", "ledelsen", "direktionen", "byrådet", "kommunalbestyrelsen",
    "regionsrådet", "hovedbestyrelsen", "forretningsudvalget",
    "skolebestyrelsen", "menighedsrådet", "afdelingsbestyrelsen", "repræsentantskabet",
)
