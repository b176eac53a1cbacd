"""General shapes of Danish reported speech (issue 8, round 11): words between the
auxiliary or modal and the cue (where, when, to whom it was said), a role in apposition
after the subject, a negated denial ("vil ikke afvise, at"), a clause without "at" after
an adverbial, a one-word retort before an inverted cue, a particle verb split by its
subject, "ifølge" in commas or with a bare role, "med X's ord", the passive with its
agent, the source in a "som"/"hvilket" clause, and "Hans budskab er, at". Each shape has several
variants (tense, word order, named, described or pronoun subject) and negatives that use
the same words without reporting speech. Each case is (text, expected) with expected =
[(kind, text, cue, speaker phrase or None), ...] for every quote ``find_quotes``
returns. Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article

# The perfect or a modal, then where/when/to whom it was said, then the cue: the
# subject before the auxiliary speaks. A non-speech participle after the same words
# ("har i nat anholdt", "har i dag besluttet, at") is no report.
INTERPOSED = [
    (
        "Selskabet har i forbindelse med regnskabet annonceret, at det vil lukke to "
        "fabrikker.",
        [("indirect", "det vil lukke to fabrikker", "annonceret", "Selskabet")],
    ),
    (
        "Direktøren har over for avisen bekræftet, at virksomheden er til salg.",
        [("indirect", "virksomheden er til salg", "bekræftet", "Direktøren")],
    ),
    (
        "Politiet har i en pressemeddelelse oplyst, at to mænd er anholdt.",
        [("indirect", "to mænd er anholdt", "oplyst", "Politiet")],
    ),
    (
        "Ministeren har tirsdag over for TV 2 afvist, at der kommer flere fyringer.",
        [("indirect", "der kommer flere fyringer", "afvist", "Ministeren")],
    ),
    (
        "Kommunen havde i et brev til forældrene skrevet, at skolen lukker.",
        [("indirect", "skolen lukker", "skrevet", "Kommunen")],
    ),
    (
        "Hun har flere gange sagt, at hun ikke genopstiller.",
        [("indirect", "hun ikke genopstiller", "sagt", "Hun")],
    ),
    (
        "Han har ved flere lejligheder understreget, at klubben ikke er til salg.",
        [("indirect", "klubben ikke er til salg", "understreget", "Han")],
    ),
    (
        "Formanden kunne på mødet i aftes fortælle, at klubben har fået en ny sponsor.",
        [("indirect", "klubben har fået en ny sponsor", "fortælle", "Formanden")],
    ),
    ("Politiet har i nat anholdt en 30-årig mand.", []),
    ("Hun har i mange år arbejdet på skolen.", []),
    ("Borgmesteren har i dag besluttet, at skolen lukker.", []),
    ("Kommunen har i forbindelse med budgettet vedtaget, at skatten stiger.", []),
    ("Forældrene har i et stykke tid ønsket, at skolen bliver bevaret.", []),
    ("Ministeren vil ikke sige, at planen er død.", []),
    ("Han ville ikke bekræfte, at han har fået et tilbud.", []),
]

# A role or description in apposition after the subject, also after an inverted modal:
# the name (or the description) speaks, not the role.
APPOSED = [
    (
        "Derfor kan Per Holm, arrangør af festivalen, oplyse, at billetterne er udsolgt.",
        [("indirect", "billetterne er udsolgt", "oplyse", "Per Holm")],
    ),
    (
        "Per Holm, arrangør af festivalen, oplyser, at billetterne er udsolgt.",
        [("indirect", "billetterne er udsolgt", "oplyser", "Per Holm")],
    ),
    (
        "Lise Hansen, formand for Danske Skoleelever, har tidligere sagt, at karaktererne "
        "skal afskaffes.",
        [("indirect", "karaktererne skal afskaffes", "sagt", "Lise Hansen")],
    ),
    (
        "I går kunne Mette Lund, direktør i Bolig Syd, fortælle, at huslejen stiger.",
        [("indirect", "huslejen stiger", "fortælle", "Mette Lund")],
    ),
    (
        "Manden, en 40-årig fra Kolding, forklarede, at han var på arbejde.",
        [("indirect", "han var på arbejde", "forklarede", "Manden")],
    ),
    ("Per Holm, formand for klubben, vandt i går, at han fik pokalen.", []),
    # a person described by age, with their part in the case or where they are from
    (
        "Den 30-årige røveridømte forklarede i retten i går, det slet ikke var hans idé.",
        [("indirect", "det slet ikke var hans idé", "forklarede",
          "Den 30-årige røveridømte")],
    ),
    (
        "En 25-årig fra Kolding har forklaret, at han var hjemme.",
        [("indirect", "han var hjemme", "har forklaret", "En 25-årig fra Kolding")],
    ),
    (
        "De to 17-årige forklarede, at de var på arbejde.",
        [("indirect", "de var på arbejde", "forklarede", "De to 17-årige")],
    ),
    (
        "Den 40-årige mand forklarede, at han var hjemme.",
        [("indirect", "han var hjemme", "forklarede", "Den 40-årige mand")],
    ),
    ("Den 40-årige har en lang straffeattest.", []),
    (
        # the phrase ends a relative clause: the inverted subject after the cue speaks
        "På mødet, der havde Lise Holm i spidsen, fortalte regeringen, at skolen lukker.",
        [("indirect", "skolen lukker", "fortalte", "regeringen")],
    ),
]

# A denial negated still reports a statement ("vil ikke afvise, at": it may happen);
# a speech verb negated reports none, and "udelukket" as an adjective has no speaker.
NEGATED_DENIAL = [
    (
        "Ministeren vil ikke afvise, at der kommer flere fyringer.",
        [("indirect", "der kommer flere fyringer", "afvise", "Ministeren")],
    ),
    (
        "Hun vil ikke udelukke, at hun stiller op igen.",
        [("indirect", "hun stiller op igen", "udelukke", "Hun")],
    ),
    (
        "Træner Bo Lund udelukker ikke, at holdet rykker ned.",
        [("indirect", "holdet rykker ned", "udelukker", "Bo Lund")],
    ),
    ("Det er udelukket, at skolen åbner igen.", []),
    ("Borgmesteren vil ikke kommentere sagen.", []),
]

# A speech verb, where or when it was said, then a clause with a pronoun subject and no
# "at": the clause is the report. Not after a verb of perceiving or remembering.
NO_THAT = [
    (
        "Den tiltalte forklarede i retten sidste uge, det var hans bror, der havde kørt "
        "bilen.",
        [("indirect", "det var hans bror, der havde kørt bilen", "forklarede",
          "Den tiltalte")],
    ),
    (
        "Hun fortalte i går til avisen, hun havde været bange hele natten.",
        [("indirect", "hun havde været bange hele natten", "fortalte", "Hun")],
    ),
    (
        "Han sagde til politiet, han ikke kunne huske noget.",
        [("indirect", "han ikke kunne huske noget", "sagde", "Han")],
    ),
    ("Han huskede til sidst, han havde glemt nøglerne.", []),
    ("Han glemte i farten, at mødet var flyttet.", []),
    ("Hun så i går, at døren stod åben.", []),
]

# One or two words that open their paragraph, then an inverted cue and its speaker: the
# speaker's whole answer. Not a word that leads into more, and not a lone word.
RETORTS = [
    ("Vrøvl, siger Venstre.", [("indirect", "Vrøvl", "siger", "Venstre")]),
    ("Nej, svarer hun.", [("indirect", "Nej", "svarer", "hun")]),
    ("Absolut ikke, siger borgmesteren.",
     [("indirect", "Absolut ikke", "siger", "borgmesteren")]),
    ("Aldrig, sagde Per Holm.", [("indirect", "Aldrig", "sagde", "Per Holm")]),
    ("Derfor, siger hun.", []),
    ("Nej.", []),
    ("Ja, det tror jeg.", []),
]


# A particle verb with its subject between verb and particle (verb-second after a fronted
# word): the subject speaks. Not a particle verb with an object and no that-clause.
PARTICLE_INVERTED = [
    (
        "På et pressemøde i aftes lod politiet forstå, at der ikke er fare for borgerne.",
        [("indirect", "der ikke er fare for borgerne", "lod forstå", "politiet")],
    ),
    (
        "Derfor slog ministeren fast, at skolen lukker.",
        [("indirect", "skolen lukker", "slog fast", "ministeren")],
    ),
    (
        "I sin tale pegede hun på, at ledigheden er faldet.",
        [("indirect", "ledigheden er faldet", "pegede på", "hun")],
    ),
    (
        "Samtidig gjorde borgmester Per Holm opmærksom på, at budgettet er stramt.",
        [("indirect", "budgettet er stramt", "gjorde opmærksom på", "Per Holm")],
    ),
    ("Han slog sin nabo ned, og hun pegede på ham.", []),
    ("Slår han fast.", []),
]

# "ifølge X" in commas inside the clause, after a described source or a role written
# without article, and before a relative clause that ends the sentence; not a plan.
ACCORDING = [
    (
        "Ifølge den 20-årige, der er tiltalt for drab, handlede han i nødværge.",
        [("indirect", "handlede han i nødværge", "ifølge", "den 20-årige")],
    ),
    (
        "Stoffet blev, ifølge sønnen, årsagen til et skænderi.",
        [("indirect", "Stoffet blev, ifølge sønnen, årsagen til et skænderi", "ifølge",
          "sønnen")],
    ),
    (
        "Manden havde, ifølge politiet, drukket tæt hele aftenen.",
        [("indirect", "Manden havde, ifølge politiet, drukket tæt hele aftenen", "ifølge",
          "politiet")],
    ),
    (
        "Manden var, ifølge anmelder, kørt fra stedet i en hvid bil.",
        [("indirect", "Manden var, ifølge anmelder, kørt fra stedet i en hvid bil",
          "ifølge", "anmelder")],
    ),
    (
        "Ifølge tiltalte var han slet ikke til stede.",
        [("indirect", "var han slet ikke til stede", "ifølge", "tiltalte")],
    ),
    (
        "Skolen lukker, ifølge kommunen, der har sendt brev til forældrene.",
        [("indirect", "Skolen lukker", "ifølge", "kommunen")],
    ),
    (
        # a source with its modifier: the clause starts at its verb
        "Ifølge kilder tæt på regeringen går ministeren af.",
        [("indirect", "går ministeren af", "ifølge", "kilder tæt på regeringen")],
    ),
    (
        "Ifølge en kilde i Venstre er formanden på vej ud.",
        [("indirect", "er formanden på vej ud", "ifølge", "en kilde i Venstre")],
    ),
    (
        "Ifølge politiet i Vejle er manden anholdt.",
        [("indirect", "er manden anholdt", "ifølge", "politiet")],
    ),
    (
        "Ifølge både politiet og kommunen er vandet rent.",
        [("indirect", "er vandet rent", "ifølge", "politiet og kommunen")],
    ),
    ("Ifølge den nye plan skal skolen lukke.", []),
    ("Ifølge den legende, der nu fortælles, boede en kæmpe i skoven.", []),
]

# "med X's ord" (in X's words), like "ifølge": the owner of the words speaks. Not "med
# andre ord" or words counted.
IN_WORDS = [
    (
        "Med borgmesterens ord er der tale om en katastrofe.",
        [("indirect", "er der tale om en katastrofe", "med ord", "borgmesteren")],
    ),
    (
        "Skolen er med hans egne ord et fængsel.",
        [("indirect", "Skolen er med hans egne ord et fængsel", "med ord", "han")],
    ),
    (
        "Det var en katastrofe, med formandens ord.",
        [("indirect", "Det var en katastrofe", "med ord", "formanden")],
    ),
    ("Med andre ord er skolen lukket.", []),
    ("Han skrev et brev med mange ord.", []),
]

# The passive of a speech verb with its agent: the agent speaks. Without an agent, or a
# passive of a verb of doing, no one does.
PASSIVE = [
    (
        "Det oplyses af politiet, at vejen er spærret.",
        [("indirect", "vejen er spærret", "oplyses", "politiet")],
    ),
    (
        "Det blev i retten oplyst af anklageren, at manden tidligere var straffet.",
        [("indirect", "manden tidligere var straffet", "blev i retten oplyst",
          "anklageren")],
    ),
    (
        "Det er blevet bekræftet af ministeriet, at skolen lukker.",
        [("indirect", "skolen lukker", "er blevet bekræftet", "ministeriet")],
    ),
    ("Det oplyses, at vejen er spærret.", []),
    ("Huset blev købt af kommunen, at skolen kunne bygges.", []),
]

# The source in a "som"/"hvilket" clause: after the words (the words before it), inside
# them (the sentence), or a relative clause whose verb follows the cue ("som politiet
# oplyser er 30 år"). Not what was said as an object ("Det, som han sagde"), a thing
# written or told, nor "hvad de har sagt".
SOURCE_CLAUSE = [
    (
        "Manden, som han har forklaret, tvang ham ind i bilen.",
        [("indirect", "Manden, som han har forklaret, tvang ham ind i bilen",
          "har forklaret", "han")],
    ),
    (
        "Det var hans bror, der kørte bilen, hvilket han også har forklaret i retten.",
        [("indirect", "Det var hans bror, der kørte bilen", "har forklaret", "han")],
    ),
    (
        "Det er ikke let at være ung, som hun siger til avisen.",
        [("indirect", "Det er ikke let at være ung", "siger", "hun")],
    ),
    (
        "Resultatet var godt, som ministeren også påpegede på mødet.",
        [("indirect", "Resultatet var godt", "påpegede", "ministeren")],
    ),
    (
        "En mand, som politiet oplyser er 30 år, er anholdt.",
        [("indirect", "er 30 år", "oplyser", "politiet")],
    ),
    ("Det, som han sagde, var forkert.", []),
    ("Bjørn gjorde, som hun sagde, og gik hjem.", []),
    ("Bogen, som hun har skrevet, sælger godt.", []),
    ("Historien, som han fortalte, var sjov.", []),
    ("Huset blev solgt, hvilket han ikke havde regnet med.", []),
    ("Vidner må ikke læse rapporter om, hvad de har sagt til politiet.", []),
]

# Verbs and phrases of saying that court and company news use: "kundgjorde",
# "gjorde gældende"; a described subject that also does something else first ("Den
# tiltalte rejser sig og forklarer").
MORE_VERBS = [
    (
        "Det var ikke hans idé, kundgjorde hun.",
        [("indirect", "Det var ikke hans idé", "kundgjorde", "hun")],
    ),
    (
        "Forsvareren gjorde gældende, at tiltalte handlede i nødværge.",
        [("indirect", "tiltalte handlede i nødværge", "gjorde gældende", "Forsvareren")],
    ),
    (
        "Anklageren har gjort gældende, at manden skal udvises.",
        [("indirect", "manden skal udvises", "har gjort gældende", "Anklageren")],
    ),
    (
        "Den tiltalte indleder og forklarer med lav stemme, at hans forældre blev skilt.",
        [("indirect", "hans forældre blev skilt", "forklarer", "Den tiltalte")],
    ),
    (
        "Den 20-årige rejste sig og fortalte, at han var uskyldig.",
        [("indirect", "han var uskyldig", "fortalte", "Den 20-årige")],
    ),
    (
        "Forbundet frygter flere lukninger. Vrøvl, siger ministeren.",
        [("indirect", "Vrøvl", "siger", "ministeren")],
    ),
    ("Hun gik hjem. Derfor, siger hun.", []),
    ("Kravet blev gjort gældende i retten.", []),
    # verbs of adding and reminding: after a quote, and "minder om, at"
    ("- Det er et problem, supplerer hun.", [("direct", "Det er et problem", "supplerer",
                                               "hun")]),
    ("- Vi er enige, istemmer formanden.", [("direct", "Vi er enige", "istemmer",
                                              "formanden")]),
    ("Regningen bliver stor, minder hun om.",
     [("indirect", "Regningen bliver stor", "minder om", "hun")]),
    ("Derfor minder hun om, at fristen er i morgen.",
     [("indirect", "fristen er i morgen", "minder om", "hun")]),
    (
        "Ministeren informerede Folketinget om, at planen var droppet.",
        [("indirect", "planen var droppet", "informerede", "Ministeren")],
    ),
    (
        "Borgmesteren orienterede byrådet om, at budgettet var skredet.",
        [("indirect", "budgettet var skredet", "orienterede", "Borgmesteren")],
    ),
    ("Skolen informerer om nye regler på sin hjemmeside.", []),
    # an infinitive after "at" has no subject: its object does not speak
    ("Det er vigtigt at informere borgerne, at de skal koge vandet.", []),
    ("Huset brændte i nat. Det minder om sagen fra sidste år.", []),
    ("Han minder om sin far.", []),
    ("Hun supplerer sin løn med et bijob.", []),
    (
        "Ifølge oplysninger fra politiet var manden beruset.",
        [("indirect", "var manden beruset", "ifølge", "politiet")],
    ),
]

# The noun for someone's words as the subject of "er/var, at": its owner (genitive or
# possessive) or the one it is from speaks. Not a view, a problem or a result.
MESSAGE_IS = [
    (
        "Budskabet fra regeringen er, at skatten ikke stiger.",
        [("indirect", "skatten ikke stiger", "Budskabet fra regeringen er", "regeringen")],
    ),
    (
        "Hans budskab er, at skolen skal bevares.",
        [("indirect", "skolen skal bevares", "Hans budskab er", "han")],
    ),
    (
        "Politiets melding var, at vejen var lukket.",
        [("indirect", "vejen var lukket", "Politiets melding var", "Politiet")],
    ),
    (
        "Hendes forklaring er, at hun aldrig så bilen.",
        [("indirect", "hun aldrig så bilen", "Hendes forklaring er", "hun")],
    ),
    (
        "Fra politiets side lyder det, at der ikke er mistanke om en forbrydelse.",
        [("indirect", "der ikke er mistanke om en forbrydelse", "lyder det", "politiet")],
    ),
    (
        "Fra Venstre lyder meldingen, at partiet stemmer nej.",
        [("indirect", "partiet stemmer nej", "lyder meldingen", "Venstre")],
    ),
    (
        # a web name with its inner period between the cue and "at"
        "Direktør Per Holm oplyser imidlertid over for sn.dk, at regnskabet ikke er "
        "godkendt.",
        [("indirect", "regnskabet ikke er godkendt", "oplyser", "Per Holm")],
    ),
    (
        "Borgmesteren siger til nyheder.tv2.dk, at skolen lukker.",
        [("indirect", "skolen lukker", "siger", "Borgmesteren")],
    ),
    ("Problemet er, at skolen mangler penge.", []),
    ("Hans vurdering er, at det går godt.", []),
    ("Resultatet er, at skolen lukker.", []),
]


# A trailing attribution with a modal or the perfect before the inverted speaker, and
# a long where/to-whom tail after it: the words before it are the speaker's. Not a modal
# with a verb of reading or thinking.
TRAILING_CHAINS = [
    (
        "Skolen lukker til sommer, kunne borgmesteren fortælle i aftes.",
        [("indirect", "Skolen lukker til sommer", "kunne fortælle", "borgmesteren")],
    ),
    (
        "Manden var beruset, har politiet tidligere oplyst til avisen.",
        [("indirect", "Manden var beruset", "har oplyst", "politiet")],
    ),
    (
        "Du skal dø, skal han have sagt til vidnet.",
        [("indirect", "Du skal dø", "skal have sagt", "han")],
    ),
    (
        "Skolen lukker, vil borgmesteren ikke afvise.",
        [("indirect", "Skolen lukker", "vil afvise", "borgmesteren")],
    ),
    (
        "- Vi er klar, kunne træneren fortælle efter kampen.",
        [("direct", "Vi er klar", "kunne fortælle", "træneren")],
    ),
    (
        "Det er for tidligt at sige noget, siger vagtchef Per Holm fra Fyns Politi til "
        "TV 2 Fyn.",
        [("indirect", "Det er for tidligt at sige noget", "siger", "Per Holm")],
    ),
    (
        "Vi har ikke flere spor, siger Lise Hansen, der er politikommissær ved "
        "Østjyllands Politi, til Ritzau.",
        [("indirect", "Vi har ikke flere spor", "siger", "Lise Hansen")],
    ),
    (
        # the words go on after where it was said: the whole sentence is the report
        "Det var ikke hans kniv, forklarede han i retten, og han havde aldrig set den før.",
        [("indirect", "Det var ikke hans kniv, forklarede han i retten, og han havde "
          "aldrig set den før", "forklarede", "han")],
    ),
    (
        # the speaker's role in apposition ends the sentence
        "Toget er forsinket, oplyser Per Holm, informationschef ved DSB.",
        [("indirect", "Toget er forsinket", "oplyser", "Per Holm")],
    ),
    (
        "Toget er forsinket, siger Per Holm, direktør i DSB, til Ritzau.",
        [("indirect", "Toget er forsinket", "siger", "Per Holm")],
    ),
    (
        "Toget er forsinket, siger Per Holm (S), formand for trafikudvalget.",
        [("indirect", "Toget er forsinket", "siger", "Per Holm")],
    ),
    ("Huset er solgt, kan man læse på hjemmesiden.", []),
    # a topic after the speaker ("om ..."), not where it was said: no trailing report
    ("Stille og roligt, fortalte Lise Holm om en helt ny besætning om bord på et nyt skib.",
     []),
    ("Kampen er slut, vil mange mene.", []),
    ("Skolen lukker, vil borgmesteren ikke sige.", []),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*TRAILING_CHAINS, *INTERPOSED, *APPOSED, *NEGATED_DENIAL, *NO_THAT,
                          *RETORTS])
def test_quote_reported_speech_general_shapes(found_quotes: Callable[[str], list[tuple]],
                                              text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [*PARTICLE_INVERTED, *ACCORDING, *IN_WORDS,
                                                *PASSIVE, *SOURCE_CLAUSE, *MORE_VERBS,
                                                *MESSAGE_IS])
def test_quote_reported_speech_source_shapes(found_quotes: Callable[[str], list[tuple]],
                                             text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A pull quote run on into its speaker's name with no period: it repeats words the story
# prints elsewhere, and its last sentence is in the first person. A narrative paragraph
# that ends on a name it does not repeat is none.
PULL_RUN_ON = [
    (
        "Festivalen er udsolgt.\n\nDet er en stor tillid til os. Og for os er der et løfte "
        "i, at vi leverer Lise Holm\n\n»Det er en stor tillid til os. Og for os er der et "
        "løfte i, at vi leverer«, siger talskvinde Lise Holm.",
        [("direct", "Det er en stor tillid til os. Og for os er der et løfte i, at vi leverer",
          None, "Lise Holm"),
         ("direct", "Det er en stor tillid til os. Og for os er der et løfte i, at vi leverer",
          "siger", "Lise Holm")],
    ),
    ("Lise Holm fylder 80 år.\n\nVi mødte Lise Holm i går. I dag ville vi gerne besøge "
     "Per Holm\n\nPer Holm døde i 2010.", []),
]


@pytest.mark.parametrize(("text", "expected"), PULL_RUN_ON)
def test_quote_pull_quote_run_on(found_quotes: Callable[[str], list[tuple]], text: str,
                                 expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A sentence that points back at the one before with a modal ("Det kunne X fortælle"),
# the perfect, or the noun for someone's words ("Det var meldingen fra X"). Not a promise
# to tell more, a negation, or a gift.
BACK_REFERENCES = [
    (
        "Skolen lukker til sommer. Det kunne borgmesteren fortælle på et møde i aftes.",
        [("indirect", "Skolen lukker til sommer", "kunne fortælle", "borgmesteren")],
    ),
    (
        "Skolen lukker. Det skal ministeren have sagt til avisen.",
        [("indirect", "Skolen lukker", "skal have sagt", "ministeren")],
    ),
    (
        "Skolen lukker. Det var meldingen fra borgmester Per Holm.",
        [("indirect", "Skolen lukker", "Det var meldingen", "Per Holm")],
    ),
    (
        "Skolen lukker. Det er beskeden fra kommunen.",
        [("indirect", "Skolen lukker", "Det er beskeden", "kommunen")],
    ),
    ("Skolen lukker. Det vil borgmesteren fortælle mere om i morgen.", []),
    # "lyder budskabet" / "lød opfordringen" with no speaker: from the context
    (
        "Borgmester Per Holm holdt tale.\n\nRammerne er nødvendige, lyder budskabet.",
        [("indirect", "Rammerne er nødvendige", "lyder budskabet", None)],
    ),
    (
        "Borgmester Per Holm holdt tale.\n\nRammerne er nødvendige, lyder budskabet, for "
        "emnet er svært.",
        [("indirect", "Rammerne er nødvendige, lyder budskabet, for emnet er svært",
          "lyder budskabet", None)],
    ),
    (
        "Rammerne er nødvendige, lyder det fra borgmesteren, for emnet er svært.",
        [("indirect", "Rammerne er nødvendige, lyder det fra borgmesteren, for emnet er "
          "svært", "lyder det fra", "borgmesteren")],
    ),
    (
        "Borgmester Per Holm holdt tale.\n\nHold jer inden døre, lød opfordringen.",
        [("indirect", "Hold jer inden døre", "lød opfordringen", None)],
    ),
    ("Skolen lukker. Det kan politiet ikke sige.", []),
    ("Skolen lukker. Det var en gave fra kommunen.", []),
    ("Skolen lukker. Det er budskabet fra mødet.", []),
]


@pytest.mark.parametrize(("text", "expected"), BACK_REFERENCES)
def test_quote_back_reference_general_shapes(found_quotes: Callable[[str], list[tuple]],
                                             text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A connective that opens a sentence before an inverted cue ("Yderligere fortalte
# landstræneren, at ...") is no name: the subject after the verb speaks. A surname in
# the same place ("Holm fortalte, at ...") still does.
@pytest.mark.parametrize("connective", [
    "Yderligere", "Ydermere", "Tillige", "Dernæst", "Sidenhen", "Afslutningsvis",
    "Indledningsvis", "Slutteligt", "Omvendt", "Supplerende"])
def test_a_connective_before_an_inverted_cue_is_not_the_speaker(connective: str) -> None:
    text = (f"Kasper Holm er landstræner for holdet.\n\n{connective} fortalte "
            "landstræneren, at holdet skal træne mere i vinter.")
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    assert [(q.kind, q.speaker) for q in analysis.quotes] == [("indirect", "Kasper Holm")]


def test_a_surname_before_the_cue_still_speaks() -> None:
    text = ("Kasper Holm er landstræner for holdet.\n\nHolm fortalte, at holdet skal "
            "træne mere i vinter.")
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    assert [(q.kind, q.speaker) for q in analysis.quotes] == [("indirect", "Kasper Holm")]


# A relative clause reports the words of the name before it also when where or when it
# was said stands between "der"/"som" and the cue; announcing verbs ("bebudede, at",
# "varslede, at", "proklamerede, at") report words with a that-clause, acts with an
# object.
@pytest.mark.parametrize(("text", "expected"), [
    ("Klubben har fået ny formand efter Per Lund, der tidligere på året meddelte, at han "
     "ville stoppe.", [("indirect", "Per Lund", "han ville stoppe")]),
    ("Hun afløser Mette Berg, som over for avisen har fortalt, at hun går på pension.",
     [("indirect", "Mette Berg", "hun går på pension")]),
    ("Hun afløser Mette Berg, der ved flere lejligheder har sagt, at hun vil gå på pension.",
     [("indirect", "Mette Berg", "hun vil gå på pension")]),
    ("Klubben har fået ny formand efter Per Lund, der tidligere på året bebudede, at han "
     "ville stoppe.", [("indirect", "Per Lund", "han ville stoppe")]),
    ("Direktør Mette Berg varslede torsdag, at fabrikken lukker til sommer.",
     [("indirect", "Mette Berg", "fabrikken lukker til sommer")]),
    ("Borgmester Per Lund proklamerede, at byen er gældfri.",
     [("indirect", "Per Lund", "byen er gældfri")]),
    # acts, not words
    ("Hun afløser Mette Berg, der i foråret gik på pension.", []),
    ("Regeringen bebudede en ny lov om skoler.", []),
    ("Fagforbundet varslede strejke fra mandag.", []),
])
def test_relative_reports_and_announcing_verbs(text: str,
                                               expected: list[tuple[str, str, str]]) -> None:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    assert [(q.kind, q.speaker, q.text) for q in analysis.quotes] == expected


# A page that lost the period after a name glues the next sentence's first word to it:
# "Det skriver Berlingske Ifølge avisen ...". A word that only starts sentences ends the
# name, in the speaker and in the entities.
@pytest.mark.parametrize(("medium", "opener"), [
    ("Berlingske", "Ifølge"), ("The Guardian", "Ifølge"), ("Jyllands-Posten", "Desuden")])
def test_a_sentence_opener_glued_to_a_medium_is_cut_off(medium: str, opener: str) -> None:
    text = (f"Aftalen om prisen er på plads. Det skriver {medium} {opener} avisen er prisen "
            "40 mia. kr.")
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    assert [q.speaker for q in analysis.quotes][:1] == [medium]
    assert not any(opener in e.text for e in analysis.entities)


# A pull quote set as a box with its signature on one line: the words, then "Full Name,
# role" as the next paragraph, for a person the story names elsewhere. Not a byline with
# a place, not a signature the story never names again (an op-ed's author).
SIGNED_BOX = [
    ("Striden fortsætter i forbundet.\n\nNår så mange medlemmer stemmer nej, skal det tages "
     "alvorligt.\nPer Lund, formand for Dansk Metal.\n\nResultatet kom i går. Formand Per "
     "Lund vil nu samle forbundet.", [("direct", "Per Lund")]),
    ("Debatten om cyklerne raser.\n\nVi skal have flere cykelstier i hele kommunen nu.\n"
     "Mette Holm, byrådsmedlem (V)\n\nByrådet stemmer om planen i aften, oplyser Mette Holm.",
     [("direct", "Mette Holm"), ("indirect", "Mette Holm")]),
    ("Striden fortsætter i forbundet.\n\nNår så mange medlemmer stemmer nej, skal det tages "
     "alvorligt.\nPer Lund, formand for Dansk Metal.\n\nResultatet kom i går.", []),
    ("Holdet vandt 3-1 over Brøndby i går aftes på hjemmebane.\nJens Berg, Vejle.\n\n"
     "Jens Berg scorede to af målene.", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_BOX)
def test_a_pull_quote_signed_on_one_line(text: str, expected: list[tuple[str, str]]) -> None:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    assert [(q.kind, q.speaker) for q in analysis.quotes] == expected


# A role whose complement is an owner's genitive, a superlative and the noun it owns
# ("Formanden for Danmarks største fagforbund siger, at") is one subject; a name after
# the preposition still ends the role ("formanden for Dansk Metal").
@pytest.mark.parametrize(("subject", "speaker"), [
    ("Formanden for Danmarks største fagforbund", "formanden for Danmarks største fagforbund"),
    ("Formanden for landets næststørste fagforbund",
     "formanden for landets næststørste fagforbund"),
    ("Direktøren for Nordens største bank", "direktøren for Nordens største bank"),
    ("Formanden for Dansk Metal", "formanden for Dansk Metal"),
])
def test_a_role_for_an_owners_superlative_noun(subject: str, speaker: str) -> None:
    text = f"{subject} siger, at resultatet viser et splittet forbund."
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    assert [(q.kind, q.speaker) for q in analysis.quotes] == [("indirect", speaker)]
