"""Organisations named in Danish news, and the other names they go by.

Source: our own lists from public facts: the parties in the Folketing, the ministries
and the agencies news quotes most, the twelve police districts, the courts, the
universities and large hospitals, unions and employers' bodies, Danish media and the
largest companies (the C25 index and the foreign firms Danish news names most).
Spellings follow the organisations' own Danish usage ("Nato", not "NATO"; both match).

``ORGANISATIONS`` holds the canonical names. ``ORGANISATION_ALIASES`` maps other names
to them: a short form ("Nationalbanken" -> "Danmarks Nationalbank"), a long form the
organisation itself rarely uses ("Danmarks Meteorologiske Institut" -> "DMI"), a party's
plural ("Socialdemokraterne" -> "Socialdemokratiet") or an older spelling
("A.P. Møller - Mærsk" -> "A.P. Møller-Mærsk"). The canonical name is the one the
organisation signs with.

Common nouns that act as organisations in news ("politiet", "regeringen") are listed
too, because they are speakers ("oplyser politiet"); they are matched in lower case and
capitalised, and are never written out as entities.

Genitives ("Natos", "EU's") are derived by the code, not listed here.

Left out as aliases: a town's name for the club named after it ("Brøndby" is a
municipality and a suburb as well as Brøndby IF's short name). The entities component
links "Brøndby" to "Brøndby IF" only in an article that names the club.
"""

ORGANISATIONS: frozenset[str] = frozenset(
    {
        # international
        "Nato", "EU", "FN", "WHO", "IMF", "OSCE", "OECD", "Unicef", "Unesco", "UNHCR", "OCHA",
        "UNRWA", "UNDP", "WFP", "FAO", "UNEP", "IAEA", "WTO",
        "Verdensbanken", "Den Europæiske Centralbank", "Europa-Kommissionen",
        "Europa-Parlamentet", "Det Europæiske Råd", "EU-Domstolen",
        "Den Internationale Straffedomstol", "Røde Kors", "Amnesty International",
        "Læger uden Grænser", "Red Barnet", "Greenpeace", "Det Hvide Hus", "Kreml",
        "Pentagon", "Nato-Rusland-rådet", "Hamas", "Hizbollah", "Taleban",
        "Islamisk Stat", "G7", "G20", "Opec", "Interpol", "Europol", "Europarådet",
        "Nordisk Råd", "Arktisk Råd", "Den Afrikanske Union", "Arktisk Kommando",
        "G8", "EFTA", "Asean", "ILO", "IPCC", "UNFPA", "Unaids", "FN's Sikkerhedsråd",
        "FN's Generalforsamling", "FN's Menneskerettighedsråd", "Nordisk Ministerråd",
        "Ministerrådet", "Eurogruppen", "Den Europæiske Investeringsbank", "Frontex",
        "Eurostat", "Det Europæiske Lægemiddelagentur", "Den Europæiske Revisionsret",
        "Den Europæiske Menneskerettighedsdomstol", "Den Internationale Domstol",
        # the Danish state
        "Folketinget", "Forsvaret", "Rigspolitiet", "Anklagemyndigheden",
        "Kammeradvokaten", "Udenrigspolitisk Nævn", "Folketingets Præsidium",
        "Statsrevisorerne", "Danske Beredskaber",
        "Styrelsen for Arbejdsmarked og Rekruttering",
        "Rigsadvokaten", "Statsministeriet", "Udenrigsministeriet",
        "Justitsministeriet", "Finansministeriet", "Forsvarsministeriet",
        "Skatteministeriet", "Erhvervsministeriet", "Beskæftigelsesministeriet",
        "Sundhedsministeriet", "Indenrigs- og Sundhedsministeriet",
        "Børne- og Undervisningsministeriet", "Uddannelses- og Forskningsministeriet",
        "Klima-, Energi- og Forsyningsministeriet", "Miljøministeriet",
        "Fødevareministeriet", "Ministeriet for Fødevarer, Landbrug og Fiskeri",
        "Transportministeriet", "Kulturministeriet", "Kirkeministeriet",
        "Social- og Boligministeriet", "Udlændinge- og Integrationsministeriet",
        "Økonomiministeriet", "Digitaliseringsministeriet",
        "Sundhedsstyrelsen", "Styrelsen for Patientsikkerhed", "Lægemiddelstyrelsen",
        "Fødevarestyrelsen", "Miljøstyrelsen", "Arbejdstilsynet", "Skattestyrelsen",
        "Udlændingestyrelsen", "Energistyrelsen", "Trafikstyrelsen", "Vejdirektoratet",
        "Ankestyrelsen", "Datatilsynet", "Finanstilsynet",
        "Konkurrence- og Forbrugerstyrelsen", "Erhvervsstyrelsen", "Beredskabsstyrelsen",
        "Statens Serum Institut", "Danmarks Statistik", "Danmarks Nationalbank",
        "Politiets Efterretningstjeneste", "Forsvarets Efterretningstjeneste",
        "Rigsrevisionen", "Folketingets Ombudsmand", "Banedanmark", "DSB", "DMI",
        "GEUS", "Energinet", "Sund & Bælt", "Movia", "Midttrafik", "Molslinjen",
        "Kommunernes Landsforening", "KL", "Danske Regioner",
        "Hjemmeværnet", "Kriminalforsorgen", "Folkekirken", "Dansk Sprognævn",
        "Det Økonomiske Råd", "De Økonomiske Råd", "Nationalmuseet",
        "Det Kongelige Teater", "Det Kongelige Bibliotek", "Statens Museum for Kunst",
        # regions
        "Region Hovedstaden", "Region Sjælland", "Region Syddanmark",
        "Region Midtjylland", "Region Nordjylland",
        # police districts: "Fyns Politi" and the like are read by their last word
        # (da/organisation_markers.py); this one has an "og" no rule can read
        "Sydsjællands og Lolland-Falsters Politi",
        # courts
        "Højesteret", "Østre Landsret", "Vestre Landsret", "Sø- og Handelsretten",
        "Københavns Byret", "Retten på Frederiksberg", "Retten i Glostrup",
        "Retten i Lyngby", "Retten i Hillerød", "Retten i Helsingør", "Retten i Roskilde",
        "Retten i Holbæk", "Retten i Næstved", "Retten i Nykøbing Falster",
        "Retten på Bornholm", "Retten i Odense", "Retten i Svendborg",
        "Retten i Sønderborg", "Retten i Esbjerg", "Retten i Kolding",
        "Retten i Horsens", "Retten i Aarhus", "Retten i Randers", "Retten i Viborg",
        "Retten i Herning", "Retten i Holstebro", "Retten i Aalborg",
        "Retten i Hjørring", "Procesbevillingsnævnet", "Rigsretten",
        # the parts of a court news names as bodies of their own ("eftersøgt til
        # Fogedretten"); "Landsretten" and "Byretten" alone point back at a named court
        "Fogedretten", "Skifteretten", "Boligretten", "Tinglysningsretten",
        "Den Særlige Klageret", "Den Særlige Udsendelsesret",
        # universities and hospitals
        "Københavns Universitet", "Aarhus Universitet", "Syddansk Universitet",
        "Aalborg Universitet", "Roskilde Universitet", "Danmarks Tekniske Universitet",
        "DTU", "Copenhagen Business School", "CBS", "IT-Universitetet",
        "Niels Bohr Institutet", "Rigshospitalet", "Hvidovre Hospital",
        "Herlev Hospital", "Bispebjerg Hospital", "Odense Universitetshospital",
        "Aarhus Universitetshospital", "Aalborg Universitetshospital",
        "Sjællands Universitetshospital", "Regionshospitalet Gødstrup",
        # parties
        "Socialdemokratiet", "Venstre", "Det Konservative Folkeparti", "Dansk Folkeparti",
        "Enhedslisten", "Radikale Venstre", "SF", "Liberal Alliance", "Moderaterne",
        "Danmarksdemokraterne", "Alternativet", "Nye Borgerlige", "Kristendemokraterne",
        "Frie Grønne", "Borgernes Parti", "Siumut", "Inuit Ataqatigiit", "Naleraq",
        "Demokraatit", "Atassut", "Nunatta Qitornai", "Samarbejdspartiet",
        "Naalakkersuisut", "Inatsisartut", "Lagtinget", "Javnaðarflokkurin",
        "Sambandsflokkurin", "Fólkaflokkurin", "Tjóðveldi", "Framsókn", "Miðflokkurin",
        # parties of earlier decades
        "Fremskridtspartiet", "Centrum-Demokraterne", "Kristeligt Folkeparti",
        "Retsforbundet", "Venstresocialisterne", "Fælles Kurs", "Danmarks Kommunistiske Parti",
        "Folkebevægelsen mod EU", "Junibevægelsen",
        "Dansk Samling", "EF", "EF-Kommissionen", "EF-Domstolen",
        # unions and employers
        "LO", "FH", "3F", "FOA", "HK", "Dansk Metal", "Danmarks Lærerforening", "BUPL",
        "Dansk Sygeplejeråd", "Lægeforeningen", "Akademikerne", "Djøf", "IDA",
        "Dansk Journalistforbund", "Dansk Industri", "DI", "Dansk Arbejdsgiverforening",
        "DA", "Dansk Erhverv", "Landbrug & Fødevarer", "Finans Danmark",
        "Forbrugerrådet Tænk", "Ældre Sagen", "Danmarks Naturfredningsforening",
        "Dansk Flygtningehjælp", "Danske Handicaporganisationer",
        "Mellemfolkeligt Samvirke", "Hus Forbi", "Frelsens Hær", "Kirkens Korshær",
        "Blå Kors", "Børns Vilkår", "Mødrehjælpen", "Red Barnet Ungdom",
        "Dyrenes Beskyttelse", "Kræftens Bekæmpelse", "Hjerteforeningen", "WWF",
        "Verdensnaturfonden", "Concito", "Kraka", "Cepos", "Cevea", "Tænketanken Europa",
        "Arbejderbevægelsens Erhvervsråd", "Dansk Byggeri", "Danske Medier",
        # media and agencies
        "Ritzau", "Ritzau Scanpix", "Scanpix", "Reuters", "AFP", "AP", "Bloomberg",
        # TV 2's eight regional stations, each in the spelling most news uses
        "DR", "TV 2", "TV 2 News", "TV 2 Lorry", "TV 2 Fyn", "TV2 Østjylland",
        "TV2 Nord", "TV 2 Kosmopol", "TV Syd", "TV Midtvest", "TV2 Bornholm", "TV3",
        "TV3 Sport",
        # a channel or a desk of a broadcaster, named as the source ("oplyser DR
        # Nyheder"): the name as written, not the broadcaster alone
        "DR Nyheder", "DR Sporten", "DR P1", "DR P4", "TV 2 Nyhederne", "TV 2 Sport",
        "TV 2 Echo", "TV 2 Play", "DR Politik",
        "Viaplay", "Berlingske", "Politiken", "Jyllands-Posten", "Ekstra Bladet",
        "B.T.", "Information", "Weekendavisen", "Kristeligt Dagblad", "Børsen",
        "Altinget", "Zetland", "Fyens Stiftstidende", "JydskeVestkysten", "Nordjyske",
        "Jysk Fynske Medier", "Sjællandske Medier", "Dagbladet Roskilde",
        "Dagbladet Holstebro-Struer", "Fagbladet 3F", "Sermitsiaq", "KNR", "BBC", "CNN",
        "SVT", "NRK", "RTBF", "ARD", "ZDF", "The New York Times", "The Guardian", "Bild",
        "Der Spiegel",
        "Det Fri Aktuelt", "Aktuelt", "Land og Folk", "Aarhus Stiftstidende",
        "Aalborg Stiftstidende", "Fyns Amts Avis", "Vejle Amts Folkeblad", "Ritzaus Bureau",
        "TV 3", "Radio 24syv", "Radio4",
        # business
        "Unibank", "Den Danske Bank", "Bikuben", "Privatbanken", "Hafnia", "Baltica",
        "Tele Danmark", "KTAS", "ØK", "FDB", "B&W", "Tuborg", "Danisco", "NKT", "FLSmidth",
        "Lundbeck", "Radiometer", "Superbrugsen", "Brugsen", "Magasin", "Illum", "Maersk Line",
        "Novo Nordisk", "Novonesis", "A.P. Møller-Mærsk", "Carlsberg", "Vestas",
        "Danske Bank", "Sydbank", "Nordea", "Nykredit", "Jyske Bank", "Spar Nord",
        "Ørsted", "Arla", "Lego", "Pandora", "Coloplast", "Demant", "DSV", "GN Store Nord",
        "ISS", "Tryg", "Topdanmark", "Genmab", "Bavarian Nordic", "Rockwool", "Danfoss",
        "Grundfos", "Salling Group", "Coop", "Netto", "Føtex", "Bilka", "Rema 1000",
        "Lidl", "Aldi", "Irma", "Matas", "Jysk", "Bestseller", "Ecco", "Velux",
        "Femern A/S", "SAS", "Norwegian", "Ryanair", "Post Nord", "PostNord",
        "Telenor", "TDC", "Telia", "Microsoft", "Apple", "Google", "Meta", "Facebook",
        "Amazon", "Tesla", "Twitter", "TikTok", "OpenAI", "Netflix", "Spotify", "Volvo",
        "Volkswagen", "Toyota", "Boeing", "Airbus", "Åhlens", "Ikea", "H&M",
        "JP/Politikens Hus", "Royal Greenland", "Air Greenland", "Polar Seafood",
        "Royal Arctic Line", "Tusass", "Nukissiorfiit",
        # Greenland: the five municipalities by their own names (the Greenlandic word
        # for municipality stands first in two of them), public bodies and firms
        "Kommune Kujalleq", "Kommuneqarfik Sermersooq", "Qeqqata Kommunia",
        "Kommune Qeqertalik", "Avannaata Kommunia", "Ilisimatusarfik", "Mittarfeqarfiit",
        "KNAPK", "SIK", "Grønlands Erhverv", "Pilersuisoq", "KNI", "Grønlandsbanken",
        "Visit Greenland", "Greenland Business", "Inissiaatsiaq",
        "Atuagagdliutit",
        # sport
        "DBU", "DIF", "FIFA", "UEFA", "IOC", "FC København", "Brøndby IF", "FC Midtjylland",
        "AGF", "AaB", "OB", "Randers FC", "Silkeborg IF", "Viborg FF", "Vejle Boldklub",
        "Lyngby Boldklub", "AC Horsens", "Esbjerg fB", "SønderjyskE", "FC Nordsjælland",
        "Odense Boldklub", "Aalborg Boldspilklub", "Aarhus Gymnastikforening",
        "Jumbo-Visma", "Visma-Lease a Bike", "Team Jumbo-Visma",
        "Uno-X", "Ineos Grenadiers", "UAE Team Emirates", "Soudal Quick-Step",
        "Lidl-Trek", "EF Education-EasyPost", "Team Tvis Holstebro", "GOG",
        "Aalborg Håndbold", "Skjern Håndbold", "Bjerringbro-Silkeborg", "Team Esbjerg",
        "Odense Håndbold", "Hobro IK", "Vendsyssel FF", "HB Køge", "B93",
        # foreign football clubs Danish news reports on; left out: clubs named by their
        # town alone ("Molde", "Lazio"), whose name is a place as well
        "Real Madrid", "Atlético Madrid", "FC Barcelona", "Bayern München",
        "FC Bayern München", "Borussia Dortmund", "RB Leipzig", "Bayer Leverkusen",
        "Eintracht Frankfurt", "Werder Bremen", "Schalke 04", "VfL Wolfsburg",
        "Juventus", "AC Milan", "Inter Milan", "AS Roma", "SSC Napoli", "Atalanta",
        "Manchester United", "Manchester City", "Liverpool FC", "Chelsea FC", "Arsenal",
        "Tottenham Hotspur", "Newcastle United", "West Ham United", "Aston Villa",
        "Everton", "Leeds United", "Brentford FC", "Paris Saint-Germain", "PSG",
        "Olympique Marseille", "Olympique Lyon", "AS Monaco", "Ajax", "PSV Eindhoven",
        "Feyenoord", "Celtic", "Benfica", "FC Porto", "Sporting Lissabon",
        "Galatasaray", "Fenerbahce", "Fenerbahçe", "Besiktas", "Trabzonspor",
        "Olympiakos", "Ferencvaros", "Ferencváros", "Red Bull Salzburg",
        "Shakhtar Donetsk", "Dynamo Kyiv", "Dinamo Zagreb", "Malmö FF", "IFK Göteborg",
        "Djurgården", "Hammarby", "Rosenborg BK", "Bodø/Glimt", "HJK Helsinki",
        "Club Brugge", "Anderlecht", "FC Basel", "Young Boys",
        # not listed: leagues ("Superligaen", "Bundesligaen"), which the real-news gold
        # leaves out as often as UNER tags them, and cups (events, da/events.py)
        # common nouns used as organisations
        "regeringen", "politiet", "anklagemyndigheden", "forsvaret", "kommunen",
        "ministeriet", "styrelsen", "oppositionen", "klubben", "selskabet",
        "virksomheden", "fagforeningen",
    }
)

ORGANISATION_ALIASES: dict[str, str] = {
    # short, long and older forms
    "NATO": "Nato",
    "OPEC": "Opec",
    "STAR": "Styrelsen for Arbejdsmarked og Rekruttering",
    "Nationalbanken": "Danmarks Nationalbank",
    "Danmarks Meteorologiske Institut": "DMI",
    "De Danske Statsbaner": "DSB",
    "Danmarks og Grønlands Geologiske Undersøgelse": "GEUS",
    "PET": "Politiets Efterretningstjeneste",
    "FE": "Forsvarets Efterretningstjeneste",
    "SSI": "Statens Serum Institut",
    "Den Europæiske Union": "EU",
    "De Forenede Nationer": "FN",
    "Verdenssundhedsorganisationen": "WHO",
    "Den Internationale Valutafond": "IMF",
    "ECB": "Den Europæiske Centralbank",
    "EU-Kommissionen": "Europa-Kommissionen",
    "EU-Parlamentet": "Europa-Parlamentet",
    "Landsforeningen af Kommuner": "KL",
    "Fagbevægelsens Hovedorganisation": "FH",
    "Landsorganisationen i Danmark": "LO",
    "Fagligt Fælles Forbund": "3F",
    "Berlingske Tidende": "Berlingske",
    "Dagbladet Information": "Information",
    "Morgenavisen Jyllands-Posten": "Jyllands-Posten",
    "Ekstrabladet": "Ekstra Bladet",
    "BT": "B.T.",
    "TV2": "TV 2",
    "TV 2 Syd": "TV Syd",
    "TV2 Lorry": "TV 2 Lorry",
    "TV2 Fyn": "TV 2 Fyn",
    "TV MidtVest": "TV Midtvest",
    "TV MIDTVEST": "TV Midtvest",
    "Mærsk": "A.P. Møller-Mærsk",
    "Maersk": "A.P. Møller-Mærsk",
    "A.P. Møller - Mærsk": "A.P. Møller-Mærsk",
    "A.P. Møller Mærsk": "A.P. Møller-Mærsk",
    "Niels Bohr Instituttet": "Niels Bohr Institutet",
    "FCK": "FC København",
    "FCM": "FC Midtjylland",
    "FCN": "FC Nordsjælland",
    # parties: plurals, short forms and older names
    "Socialdemokraterne": "Socialdemokratiet",
    "Konservative": "Det Konservative Folkeparti",
    "De Konservative": "Det Konservative Folkeparti",
    "Konservative Folkeparti": "Det Konservative Folkeparti",
    "Radikale": "Radikale Venstre",
    "De Radikale": "Radikale Venstre",
    "Det Radikale Venstre": "Radikale Venstre",
    "Socialistisk Folkeparti": "SF",
    "DF": "Dansk Folkeparti",
    "CD": "Centrum-Demokraterne",
    "KrF": "Kristeligt Folkeparti",
    "VS": "Venstresocialisterne",
    "DKP": "Danmarks Kommunistiske Parti",
    "TV-2": "TV 2",
    "TV-3": "TV 3",
    "LA": "Liberal Alliance",
    "Enhedslisten - De Rød-Grønne": "Enhedslisten",
    "Enhedslisten – De Rød-Grønne": "Enhedslisten",
    "Venstre, Danmarks Liberale Parti": "Venstre",
    "Grønlands Selvstyre": "Naalakkersuisut",
    "Partii Naleraq": "Naleraq",
    "IA": "Inuit Ataqatigiit",
    "TV 2 Bornholm": "TV2 Bornholm",
    "TV 2 Østjylland": "TV2 Østjylland",
    "TV 2 Nord": "TV2 Nord",
    "Løgtinget": "Lagtinget",
    # Greenland: other spellings of the municipalities and of the government
    "Kommuneqarfik Sermersooqs": "Kommuneqarfik Sermersooq",
    "Sermersooq Kommune": "Kommuneqarfik Sermersooq",
    "Qeqertalik Kommunia": "Kommune Qeqertalik",
    "Kujalleq Kommune": "Kommune Kujalleq",
    "Qeqqata Kommune": "Qeqqata Kommunia",
    "Avannaata Kommune": "Avannaata Kommunia",
    "Naalakersuisut": "Naalakkersuisut",
    "Grønlands Landsstyre": "Naalakkersuisut",
    "Grønlands Universitet": "Ilisimatusarfik",
    # international bodies by their other names
    "UNICEF": "Unicef",
    "UNESCO": "Unesco",
    "INTERPOL": "Interpol",
    "EUROPOL": "Europol",
    "Sikkerhedsrådet": "FN's Sikkerhedsråd",
    "FN's Klimapanel": "IPCC",
    "Menneskerettighedsdomstolen": "Den Europæiske Menneskerettighedsdomstol",
    "Den Europæiske Menneskeretsdomstol": "Den Europæiske Menneskerettighedsdomstol",
    "Menneskeretsdomstolen": "Den Europæiske Menneskerettighedsdomstol",
    "ICC": "Den Internationale Straffedomstol",
    "Danmarks Radio": "DR",
    "Dansk Røde Kors": "Røde Kors",
    "Verdensnaturfonden WWF": "WWF",
    "AE": "Arbejderbevægelsens Erhvervsråd",
}
"""Other names -> the canonical name in ``ORGANISATIONS`` (module doc)."""
