"""Imperatives that open an interviewer's prompt printed as a quote paragraph.

Source: our own reading of Danish interviews, where the reporter's turn is often a
request, not a question: "- Fortæl om den første dag.", "- Beskriv stemningen i
omklædningsrummet." Such a paragraph is the interviewer's, and the paragraph after it
is the answer (docs/gold-format.md: an interview is one quote per paragraph).

Left out on purpose: "Kom" ("- Kom så!" is a cheer), "Se" and "Hør" ("- Se, det er
sagen": a speaker's own opener), "Lad" ("- Lad os nu se"), "Husk" (advice to readers).
"""

PROMPT_IMPERATIVES: tuple[str, ...] = (
    "Fortæl", "Beskriv", "Forklar", "Uddyb", "Nævn", "Giv", "Prøv", "Tænk", "Sig",
    "Gæt", "Forestil", "Vælg", "Sammenlign", "Definer",
)
