"""``COMMON_WORDS``: the commonest words of Danish news text.

Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) and the most
frequent adverbs and verbs, written for Pressespejl from general knowledge of Danish. A
phrase search with one of them ("det gør", "plan for") is slow without help, because the
word is in nearly every article; the search index keeps the pairs they form with their
neighbours (``store/tantivy_index.word_pairs``). Left out on purpose: content words that
are merely frequent in one archive ("regeringen"), since the list is fixed per index
version and must not depend on the data.
"""

COMMON_WORDS = frozenset({
    "af", "alle", "allerede", "alt", "altid", "andre", "anden", "andet", "at", "bag",
    "bare", "begge", "blev", "blive", "bliver", "da", "dag", "de", "dem", "den", "denne",
    "dens", "der", "deres", "derfor", "derefter", "dermed", "dets", "det", "dette", "dig",
    "din", "dine", "disse", "dit", "dog", "du", "efter", "eftersom", "eller", "en", "end",
    "endnu", "ene", "eneste", "et", "fem", "fik", "fire", "flere", "fleste", "for", "fordi",
    "forbi", "fra", "få", "får", "gennem", "gik", "gjorde", "gjort", "god", "godt", "gør",
    "gøre", "ham", "han", "hans", "har", "havde", "have", "hele", "helt", "hende", "hendes",
    "her", "hos", "hun", "hvad", "hvem", "hver", "hvilke", "hvilken", "hvis", "hvor",
    "hvordan", "hvornår", "i", "igen", "ikke", "ind", "ingen", "intet", "jeg", "jer",
    "jeres", "jo", "kan", "kom", "komme", "kommer", "kun", "kunne", "lang", "langt", "lidt",
    "lige", "ligesom", "man", "mange", "med", "meget", "mellem", "men", "mere", "mest",
    "mig", "min", "mine", "mit", "mod", "må", "måske", "ned", "nej", "noget", "nogen",
    "nogle", "nok", "nu", "når", "og", "også", "om", "omkring", "op", "os", "over", "på",
    "samme", "sammen", "se", "selv", "selvom", "ser", "sidste", "sig", "sige", "siger",
    "sin", "sine", "sit", "skal", "skulle", "slet", "som", "stadig", "stor", "store", "så",
    "sådan", "tager", "til", "tilbage", "to", "tre", "ud", "uden", "under", "var", "vi",
    "vil", "ville", "vores", "være", "været", "år",
})


FREQUENT_WORDS = frozenset({
    "blandt", "både", "danske", "del", "første", "gang", "ifølge", "inden", "mener",
    "mens", "ny", "nye", "sagde", "siden", "tid",
})
"""Very frequent words of Danish news that are not function words, added to
``COMMON_WORDS`` for the pairs of the embedded archive's tantivy index only (a phrase
of two of them, "første gang", matched tens of thousands of articles by positions: 310
ms at a million articles). PostgreSQL's pair lexemes (``store/_pg_pairs.py``, schema
12, derived in SQL by a migration) keep ``COMMON_WORDS`` alone: changing that list
would leave its stored pairs out of step, whereas a tantivy index of another
``INDEX_VERSION`` is rebuilt."""
