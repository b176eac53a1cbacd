"""Danish words that tell whether a clause looks back or ahead.

Used by the time-expression component to choose between the past and the coming
reading of a weekday, of a date or month without a year, of a season and of
"i weekenden". Only the marker nearest the expression counts (see the component).

Source: our own reading of Danish news (Ritzau style); the verb forms are from Dansk
Sprognævn, Retskrivningsordbogen. The lists are short on purpose: a missing word only
leaves the default reading (the past for a weekday, the nearest for a date).

- Future: modal verbs in the present ("vil", "skal", "kan"), "bliver", expectation
  ("ventes", "forventes"), forecasts ("prognosen"), and the present tense of verbs of
  planned events ("mødes", "åbner", "spilles"): Danish news writes a planned event in
  the present ("Torsdag mødes de igen").
- Past: past tense and perfect forms ("sagde", "blev", "har", "være sket"), and the
  present of reporting verbs ("Det siger X onsdag"): a statement is reported after it
  was made, so its weekday is the article day or before. The component also hears the
  past form of any verb the lemma table knows ("straffede", "overfaldt"); the list
  holds the common ones and those the table gets wrong ("holdt", "mente"). "tog" is
  left out: in news it is a train far more often than the past of "tage".
- "skulle", "ville" and "kunne" are left out: in reported speech they point ahead from a
  past moment ("han sagde, at de skulle mødes fredag").
"""

FUTURE_MARKERS: tuple[str, ...] = (
    # modal verbs, "bliver", expectation
    "vil", "skal", "kan", "bliver", "blive", "ventes", "forventes", "forventer",
    "venter", "kommer til at", "kommer", "planlægger", "agter", "påtænker", "regner med",
    # forecasts
    "prognose", "prognosen", "udsigten", "udsigterne",
    # planned events, present tense
    "mødes", "møder", "åbner", "lukker", "begynder", "starter", "slutter", "spiller",
    "spilles", "afholdes", "holdes", "finder sted", "træder i kraft", "går i gang",
    "løber af stablen", "udkommer", "præsenteres", "fremlægges", "behandles",
    "forhandles", "afgøres", "stemmer", "premiere", "premieren", "lander", "ankommer",
    "besøger", "fejrer",
)

PAST_MARKERS: tuple[str, ...] = (
    # past tense and perfect
    "har", "havde", "have", "var", "været", "blev", "blevet", "skete", "sket", "sagde",
    "mødtes", "mødte", "kom", "fik", "gik", "vandt", "tabte", "gav", "stod", "lå",
    "sad", "døde", "faldt", "steg", "slog", "fandt", "fortalte", "meddelte", "oplyste",
    "skrev", "udtalte", "afviste", "besluttede", "spillede", "talte", "holdt", "åbnede",
    "lukkede", "startede", "begyndte", "sluttede", "præsenterede", "offentliggjorde",
    "fremlagde", "indgik", "landede", "ankom", "besøgte", "rejste", "solgte", "satte",
    "fremgik", "lød", "stødte", "mente",
    # reporting verbs, present tense
    "siger", "oplyser", "skriver", "fortæller", "meddeler", "erkender", "understreger",
    "tilføjer", "forklarer", "vurderer", "bekræfter", "udtaler", "melder", "fremgår",
    "afviser", "mener",
)

# Words the lemma table would read as past forms of verbs but news uses otherwise: the
# present of modal and irregular verbs ("kan", "ved"), pronouns, and participles used
# as adverbs or adjectives ("er fortsat indlagt": still; "iført": wearing), and
# "red." (the editor's note in "(torsdag, red.)").
NOT_PAST_FORMS: frozenset[str] = frozenset({
    "kan", "skal", "vil", "ved", "tør", "bør", "dem", "dig", "mig", "sig", "dette", "denne",
    "red", "død", "angreb", "fortsat", "modsat", "sammenlagt", "iført", "udbredt", "ansat",
    "kendt", "velkendt", "berømt", "bestemt", "vant", "bekendt",
})
