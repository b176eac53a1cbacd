"""Danish words that mark a term explained for readers ("At annektere vil sige ...").

Source: our own reading of Danish news (Ritzau and DR explainers), where a term is
explained with "vil sige", "betyder", "er en betegnelse for", "ved ... forstås",
"– det vil sige –", "en såkaldt ..., som er ..." or "(forkortelse for ...)". The tables
below are what the definitions component needs to keep precision high: news is full of
"Det betyder, at ..." and "Aftalen betyder, at ...", which explain consequences, not terms.
"""

# Nouns that introduce the term itself: "Ordet 'annektere' betyder ...".
TERM_NOUNS: tuple[str, ...] = (
    "ordet",
    "begrebet",
    "udtrykket",
    "betegnelsen",
    "termen",
    "forkortelsen",
)

# "X er en <noun> for Y". True: only with an adjective from LABEL_ADJECTIVES ("et andet
# ord for", "det engelske udtryk for"), because "Angrebet er et udtryk for desperation"
# and "Sejren er et navn for ..." are news, not explanations.
LABEL_NOUNS: dict[str, bool] = {
    "betegnelse": False,
    "betegnelsen": False,
    "fællesbetegnelse": False,
    "fællesbetegnelsen": False,
    "samlebetegnelse": False,
    "samlebetegnelsen": False,
    "forkortelse": False,
    "forkortelsen": False,
    "begreb": False,
    "begrebet": False,
    "ord": True,
    "ordet": True,
    "udtryk": True,
    "udtrykket": True,
    "navn": True,
    "navnet": True,
}

LABEL_ADJECTIVES: tuple[str, ...] = (
    "andet",
    "anden",
    "danske",
    "engelske",
    "franske",
    "tyske",
    "russiske",
    "latinske",
    "græske",
    "officielle",
    "juridiske",
    "militære",
    "faglige",
    "formelle",
    "populære",
)

# Words that are never a term: pronouns and the like ("Det betyder, at priserne stiger").
NOT_TERMS: frozenset[str] = frozenset({
    "det", "dette", "den", "denne", "der", "her", "disse", "de", "dem",
    "han", "hun", "vi", "jeg", "du", "i", "man", "nogen", "noget", "alt",
    "som", "hvilket", "hvad", "hvem", "hvis", "hvor", "hvordan", "og", "men", "så", "når",
    "nu", "dog", "også",
})

# A bare single word before "betyder"/"vil sige" is a term only if it looks like an
# abstract noun in the indefinite ("Inflation", "Annektering", "Populisme"). Definite
# forms ("Inflationen", "Aftalen") and names ("Stoltenberg vil sige ...") are news.
ABSTRACT_SUFFIXES: tuple[str, ...] = (
    "ing",
    "ion",
    "isme",
    "itet",
    "hed",
    "else",
    "skab",
    "ance",
    "ence",
    "logi",
    "krati",
    "tik",
)

# What follows "betyder"/"vil sige" when it is about weight or consequence, not meaning:
# "betyder meget", "betyder ikke, at", "betyder i praksis, at".
NOT_DEFINITION_STARTS: tuple[str, ...] = (
    "meget",
    "noget",
    "alt",
    "intet",
    "ingenting",
    "ikke",
    "mere",
    "mindre",
    "mest",
    "lidt",
    "også",
    "nok",
    "dog",
    "derfor",
    "formentlig",
    "sandsynligvis",
    "blandt andet",
    "i praksis",
    "samtidig",
)
