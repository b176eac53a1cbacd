"""Danish speech verbs that introduce a quote, mapped from lemma to the forms we read.

Source: our own list, checked against Dansk Sprognævn's Retskrivningsordbogen for the
inflection (present, past, past participle, infinitive). It follows the reporting verbs
Danish wire copy uses ("siger", "sagde", "tilføjer", "fortsætter", "lød det fra") and
textacy's English ``REPORTING_VERBS`` as a model of what belongs here.

Left out on purpose:

- "afvise" ("Det har Nato hidtil kategorisk afvist."): a denial of a claim, not a report
  of words; taken as a cue it turns ordinary narrative into quotes.
- "kræve" ("Rusland har krævet, at ..."): a demand reported by the journalist; same risk.
- the participle "fortsat": it is mostly the adverb "still" ("er fortsat uenige").
- passive forms ("siges", "sagdes"): they have no speaker.

"lød det fra" / "lyder det fra" are phrases, listed in ``cue_phrases.py``.
"""

SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "sige": ("siger", "sagde", "sagt", "sige"),
    "udtale": ("udtaler", "udtalte", "udtalt"),
    "skrive": ("skriver", "skrev", "skrevet"),
    "tilføje": ("tilføjer", "tilføjede", "tilføjet"),
    "fortsætte": ("fortsætter", "fortsatte"),
    "advare": ("advarer", "advarede", "advaret"),
    "mene": ("mener", "mente", "ment"),
    "understrege": ("understreger", "understregede", "understreget"),
    "forklare": ("forklarer", "forklarede", "forklaret"),
    "fortælle": ("fortæller", "fortalte", "fortalt"),
    "oplyse": ("oplyser", "oplyste", "oplyst"),
    "påpege": ("påpeger", "påpegede", "påpeget"),
    "vurdere": ("vurderer", "vurderede", "vurderet"),
    "konstatere": ("konstaterer", "konstaterede", "konstateret"),
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
    "slå fast": ("slår fast", "slog fast", "slået fast"),
    "kalde": ("kalder", "kaldte", "kaldt"),
    "betegne": ("betegner", "betegnede", "betegnet"),
    "udtrykke": ("udtrykker", "udtrykte", "udtrykt"),
    "tweete": ("tweeter", "tweetede", "tweetet"),
    "opfordre": ("opfordrer", "opfordrede", "opfordret"),
    "pege på": ("peger på", "pegede på", "peget på"),
    "offentliggøre": ("offentliggør", "offentliggjorde", "offentliggjort"),
}
