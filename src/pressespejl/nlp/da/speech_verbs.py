"""Danish speech verbs that introduce a quote, mapped from lemma to the forms we read.

Source: our own list, checked against Dansk Sprognævn's Retskrivningsordbogen for the
inflection (present, past, past participle, infinitive). It follows the reporting verbs
Danish news uses ("siger", "sagde", "tilføjer", "fortsætter", "erklærer", "fastslår",
"konkluderer") and textacy's English ``REPORTING_VERBS`` as a model of what belongs here.

``SPEECH_VERBS`` open every quote shape: "- ..., siger X.", "X siger, at ...", "Det siger
X.", "X siger:". ``THAT_ONLY_VERBS`` report speech only with a that-clause ("Borgmesteren
afviser, at ..."): with an object they are acts ("afviser forslaget"). ``ATTRIBUTION_VERBS``
report speech only right after the quoted words ("- Det var sjovt, ler han."): elsewhere
they are ordinary verbs ("Kampen slutter"). ``PARTICLE_VERBS`` have a particle that may
come after the speaker: "slår fast" / "slår han fast" / "slår desuden fast", "stemmer
Christoffer Lilleholt i", "lader hun forstå", "melder regeringen ud".

Left out on purpose:

- "mene", "vurdere", "tro", "synes" (``stance_verbs.COGNITIVE_VERBS``): they report a
  view, not words; they count only inside a speech frame or with a quoted fragment.
- "kræve" ("Rusland har krævet, at ..."): a demand reported by the journalist.
- the participle "fortsat": it is mostly the adverb "still" ("er fortsat uenige").
- passive forms ("siges", "oplyses") as cues of their own: without an agent they have no
  speaker; with one ("Det oplyses af politiet, at") ``PASSIVE_SPEECH`` reads the agent.

"lød det fra" / "lyder dommen fra" are phrases, read by ``cue_phrases.py``.
"""

SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "sige": ("siger", "sagde", "sagt", "sige"),
    "udtale": ("udtaler", "udtalte", "udtalt"),
    "skrive": ("skriver", "skrev", "skrevet"),
    "tilføje": ("tilføjer", "tilføjede", "tilføjet"),
    "fortsætte": ("fortsætter", "fortsatte"),
    "advare": ("advarer", "advarede", "advaret"),
    "understrege": ("understreger", "understregede", "understreget"),
    "forklare": ("forklarer", "forklarede", "forklaret"),
    "fortælle": ("fortæller", "fortalte", "fortalt"),
    "oplyse": ("oplyser", "oplyste", "oplyst"),
    "påpege": ("påpeger", "påpegede", "påpeget"),
    "konstatere": ("konstaterer", "konstaterede", "konstateret"),
    "konkludere": ("konkluderer", "konkluderede", "konkluderet"),
    "erkende": ("erkender", "erkendte", "erkendt"),
    "svare": ("svarer", "svarede", "svaret"),
    "spørge": ("spørger", "spurgte", "spurgt"),
    "meddele": ("meddeler", "meddelte", "meddelt"),
    "melde": ("melder", "meldte", "meldt"),
    "bekræfte": ("bekræfter", "bekræftede", "bekræftet"),
    "fremhæve": ("fremhæver", "fremhævede", "fremhævet"),
    "uddybe": ("uddyber", "uddybede", "uddybet"),
    "berette": ("beretter", "berettede", "berettet"),
    "betone": ("betoner", "betonede", "betonet"),
    "erklære": ("erklærer", "erklærede", "erklæret"),
    "fastslå": ("fastslår", "fastslog", "fastslået"),
    "forsikre": ("forsikrer", "forsikrede", "forsikret"),
    "indrømme": ("indrømmer", "indrømmede", "indrømmet"),
    "påstå": ("påstår", "påstod", "påstået"),
    "hævde": ("hævder", "hævdede", "hævdet"),
    "fastholde": ("fastholder", "fastholdt"),
    "gentage": ("gentager", "gentog", "gentaget"),
    "afsløre": ("afslører", "afslørede", "afsløret"),
    "spå": ("spår", "spåede", "spået"),
    "forudsige": ("forudsiger", "forudsagde", "forudsagt"),
    "varsle": ("varsler", "varslede", "varslet"),
    "annoncere": ("annoncerer", "annoncerede", "annonceret"),
    "kalde": ("kalder", "kaldte", "kaldt"),
    "betegne": ("betegner", "betegnede", "betegnet"),
    "udtrykke": ("udtrykker", "udtrykte", "udtrykt"),
    "tweete": ("tweeter", "tweetede", "tweetet"),
    "opfordre": ("opfordrer", "opfordrede", "opfordret"),
    "offentliggøre": ("offentliggør", "offentliggjorde", "offentliggjort"),
    "medgive": ("medgiver", "medgav", "medgivet"),
    "pointere": ("pointerer", "pointerede", "pointeret"),
    "præcisere": ("præciserer", "præciserede", "præciseret"),
    "bemærke": ("bemærker", "bemærkede", "bemærket"),
    "anføre": ("anfører", "anførte", "anført"),
    "vedgå": ("vedgår", "vedgik", "vedgået"),
    "indvende": ("indvender", "indvendte", "indvendt"),
    "røbe": ("røber", "røbede", "røbet"),
    "kundgøre": ("kundgør", "kundgjorde", "kundgjort"),
    "fremføre": ("fremfører", "fremførte", "fremført"),
    "tilkendegive": ("tilkendegiver", "tilkendegav", "tilkendegivet"),
    "bedyre": ("bedyrer", "bedyrede", "bedyret"),
    "replicere": ("replicerer", "replicerede", "repliceret"),
    "udbryde": ("udbryder", "udbrød"),
    "hviske": ("hvisker", "hviskede"),
    "indskærpe": ("indskærper", "indskærpede", "indskærpet"),
}
"""The infinitive (the lemma) is a form too: "Politiet kunne oplyse, at ...", "Han lagde
ud med at fortælle, at ..."."""

THAT_ONLY_VERBS: dict[str, tuple[str, ...]] = {
    "afvise": ("afviser", "afviste", "afvist"),
    "benægte": ("benægter", "benægtede", "benægtet"),
    "beskrive": ("beskriver", "beskrev", "beskrevet"),
    "kritisere": ("kritiserer", "kritiserede", "kritiseret"),
    "beklage": ("beklager", "beklagede", "beklaget"),
    "nævne": ("nævner", "nævnte", "nævnt"),
    "tilstå": ("tilstår", "tilstod", "tilstået"),
    "henvise": ("henviser", "henviste", "henvist"),
    "argumentere": ("argumenterer", "argumenterede", "argumenteret"),
    # promises and forecasts: "lover guld" is an act, "lover, at ..." reports words
    "love": ("lover", "lovede", "lovet"),
    "forudse": ("forudser", "forudså", "forudset"),
    "klargøre": ("klargør", "klargjorde", "klargjort"),
    # a denial, also negated: "vil ikke udelukke, at ..." reports that it was not ruled out
    "udelukke": ("udelukker", "udelukkede", "udelukket"),
    "bestride": ("bestrider", "bestred", "bestridt"),
    "anerkende": ("anerkender", "anerkendte", "anerkendt"),
    # telling someone about a that-clause: "informerede Folketinget om, at ..."
    "informere": ("informerer", "informerede", "informeret"),
    "orientere": ("orienterer", "orienterede", "orienteret"),
    "underrette": ("underretter", "underrettede", "underrettet"),
    # announcing what will come: "bebudede en lov" is an act, "bebudede, at han ville
    # stoppe" reports words
    "bebude": ("bebuder", "bebudede", "bebudet"),
    "varsle": ("varsler", "varslede", "varslet"),
    "proklamere": ("proklamerer", "proklamerede", "proklameret"),
    # advice, calls and complaints: "anbefalede, at man dropper ...", "efterlyser, at
    # datoen rykkes", "klager over, at priserne rammer ..." report what was said;
    # "anbefaler bogen", "efterlyser vidner", "klager over støjen" are acts
    "anbefale": ("anbefaler", "anbefalede", "anbefalet"),
    "efterlyse": ("efterlyser", "efterlyste", "efterlyst"),
    "klage": ("klager", "klagede", "klaget"),
    # a court's and a prosecutor's words: "noterer dommeren, at ...", "fremlagde
    # anklageren, at ..." ("noterer sig, at" takes note: no words)
    "notere": ("noterer", "noterede", "noteret"),
    "fremlægge": ("fremlægger", "fremlagde", "fremlagt"),
}
"""With an object these are acts ("beskriver forløbet", "kritiserer planen", "nævnte
intet tal"); with a that-clause ("beskriver, at ...", "henviser til, at ...") they report
what was said."""

PASSIVE_SPEECH: tuple[str, ...] = (
    "oplyses", "oplystes", "meddeles", "meddeltes", "understreges", "fremhæves", "siges",
    "sagdes", "skrives", "påpeges", "bekræftes", "erkendes", "fastslås", "præciseres",
    "forklares", "udtales",
)
"""The -s passive of speech verbs: with its agent ("Det oplyses af politiet, at ...")
the agent speaks; without one ("Det oplyses, at ...") nobody is named and it is left
out."""

NEGATED_DENIALS: frozenset[str] = frozenset({"afvise", "udelukke", "benægte"})
"""Denials that still report a statement when negated: "Ministeren vil ikke afvise, at
...", "Hun kan ikke udelukke, at ..." (a speech verb negated, "vil ikke sige, at", reports
none)."""

ATTRIBUTION_VERBS: dict[str, tuple[str, ...]] = {
    "le": ("ler", "lo"),
    "smile": ("smiler", "smilede"),
    "grine": ("griner", "grinede"),
    "sukke": ("sukker", "sukkede"),
    "råbe": ("råber", "råbte"),
    "indskyde": ("indskyder", "indskød"),
    "slutte": ("slutter", "sluttede"),
    "afslutte": ("afslutter", "afsluttede"),
    "indlede": ("indleder", "indledte"),
    "supplere": ("supplerer", "supplerede"),
    "istemme": ("istemmer", "istemte"),
    "mumle": ("mumler", "mumlede"),
    "opsummere": ("opsummerer", "opsummerede"),
}

PARTICLE_VERBS: dict[str, tuple[tuple[str, ...], str]] = {
    "slå fast": (("slår", "slog", "slået", "slå"), "fast"),
    "pege på": (("peger", "pegede", "peget", "pege"), "på"),
    "stemme i": (("stemmer", "stemte"), "i"),
    "lade forstå": (("lader", "lod"), "forstå"),
    "melde ud": (("melder", "meldte", "meldt", "melde"), "ud"),
    "runde af": (("runder", "rundede"), "af"),
    "gøre opmærksom": (("gør", "gjorde", "gjort", "gøre"), "opmærksom"),
    "give udtryk": (("giver", "gav"), "udtryk"),  # not "give": "kan give glatte veje"
    # "minder om, at ..." reminds; "Det minder om en film" resembles (no that-clause)
    "minde om": (("minder", "mindede", "mindet", "minde"), "om"),
    # "lægger (især) vægt på, at ...": stresses what was said; "lægger vægt på kvalitet"
    # (an object) reports nothing, and without a that-clause no cue reads it
    "lægge vægt": (("lægger", "lagde", "lagt", "lægge"), "vægt"),
}
"""lemma -> (verb forms, particle): "slår (han/desuden/X) fast"."""
