"""Danish names of places: what Danish news writes and the ISO lists lack.

Source: our own lists from public facts: Greenland's towns, settlements and five
municipalities, Dansk Sprognævn's Danish exonyms ("Rusland",
"Genève", "Kyiv"), the 98 municipalities and 5 regions of Denmark, the larger Danish
towns, islands and landscapes, the districts of Copenhagen and Aarhus, and the capitals
and large cities abroad in their Danish spelling. The country names in ``pycountry``'s
Danish translation (iso-codes, Debian) are added by the entities component.

A place that is also an everyday Danish word ("Vejen", "Skive", "Lejre") is still listed:
the entities component reads a listed word at the start of a sentence as a place only
when the trained NER says it is a name.

Genitives ("Ruslands", "Genèves") are derived by the code, not listed here. Streets,
squares, stations and other facilities are read from their last word by the code
(``da/place_markers.py``), not listed.
"""

PLACES: frozenset[str] = frozenset(
    {
        # short country names missing or formal in iso-codes
        "Rusland", "USA", "Sydkorea", "Nordkorea", "Syrien", "Iran", "Storbritannien",
        "England", "Skotland", "Wales", "Nordirland", "Holland", "Nederlandene",
        "Tjekkiet", "Hviderusland", "Moldova", "Vietnam", "Laos", "Taiwan", "Palæstina",
        "Kosovo", "Venezuela", "Bolivia", "Tanzania", "Grønland", "Færøerne", "Vatikanet",
        "Congo", "Mozambique", "Elfenbenskysten", "Kap Verde", "Østtimor", "Myanmar", "Burma",
        "Bosnien", "Makedonien", "Nordmakedonien", "Sydafrika", "Sydsudan",
        "Saudi-Arabien", "De Forenede Arabiske Emirater", "Emiraterne",
        # regions, continents, seas
        "Europa", "Asien", "Afrika", "Nordamerika", "Sydamerika", "Latinamerika",
        "Mellemøsten", "Skandinavien", "Norden", "Baltikum", "Balkan", "Kaukasus",
        "Sibirien", "Arktis", "Antarktis", "Krim", "Donbas", "Donbass", "Gaza",
        "Gazastriben", "Vestbredden", "Golanhøjderne", "Kurdistan", "Tibet", "Xinjiang",
        "Hongkong", "Macau", "Bayern", "Slesvig", "Sydslesvig", "Schleswig-Holstein",
        "Slesvig-Holsten", "Skåne", "Nordkalotten", "Lapland", "Nova Scotia", "Quebec",
        "Californien", "Texas", "Florida", "Østersøen", "Nordsøen", "Kattegat",
        "Skagerrak", "Øresund", "Storebælt", "Lillebælt", "Limfjorden", "Middelhavet",
        "Atlanterhavet", "Stillehavet", "Det Indiske Ocean", "Sortehavet", "Rødehavet",
        "Det Røde Hav", "Det Døde Hav", "Det Kaspiske Hav",
        "Ishavet", "Alperne", "Pyrenæerne", "Himalaya", "Sahara",
        # Danish regions, landscapes, islands
        "Danmark", "Jylland", "Nordjylland", "Midtjylland", "Østjylland", "Vestjylland",
        "Sydjylland", "Sønderjylland", "Midt- og Vestjylland", "Sjælland", "Nordsjælland",
        "Vestsjælland", "Sydsjælland", "Midtsjælland", "Østsjælland", "Fyn", "Sydfyn",
        "Nordfyn", "Vestfyn", "Østfyn", "Bornholm", "Lolland", "Falster", "Møn", "Mors",
        "Samsø", "Læsø", "Anholt", "Ærø", "Langeland", "Tåsinge", "Thurø", "Fanø",
        "Rømø", "Als", "Venø", "Livø", "Endelave", "Tunø", "Sejerø", "Omø",
        "Christiansø", "Thy", "Himmerland", "Vendsyssel", "Djursland", "Salling",
        "Hovedstaden", "Hovedstadsområdet", "Storkøbenhavn", "Vestegnen", "Amager",
        "Christiansborg", "Amalienborg", "Marselisborg", "Fredensborg Slot",
        # Danish towns and municipalities
        "København", "Frederiksberg", "Aarhus", "Århus", "Odense", "Aalborg", "Ålborg",
        "Esbjerg", "Randers", "Kolding", "Horsens", "Vejle", "Roskilde", "Herning",
        "Hørsholm", "Helsingør", "Silkeborg", "Næstved", "Fredericia", "Viborg",
        "Køge", "Holstebro", "Taastrup", "Slagelse", "Hillerød", "Sønderborg",
        "Svendborg", "Hjørring", "Holbæk", "Frederikshavn", "Nørresundby", "Ringsted",
        "Haderslev", "Skive", "Ølstykke", "Stenløse", "Nykøbing Falster",
        "Nykøbing Mors", "Nykøbing Sjælland", "Greve", "Kalundborg", "Ballerup",
        "Rødovre", "Lyngby", "Kongens Lyngby", "Albertslund", "Hvidovre", "Glostrup",
        "Ishøj", "Vallensbæk", "Birkerød", "Farum", "Værløse", "Allerød",
        "Lillerød", "Furesø", "Rudersdal", "Gentofte", "Gladsaxe", "Herlev", "Tårnby",
        "Dragør", "Egedal", "Frederikssund", "Halsnæs", "Frederiksværk", "Hundested",
        "Gribskov", "Gilleleje", "Helsinge", "Fredensborg", "Humlebæk", "Espergærde",
        "Høje-Taastrup", "Solrød", "Stevns", "Faxe", "Haslev", "Vordingborg", "Præstø",
        "Guldborgsund", "Nakskov", "Maribo", "Sorø", "Odsherred",
        "Lejre", "Jyderup", "Korsør", "Skælskør", "Middelfart", "Assens",
        "Faaborg", "Faaborg-Midtfyn", "Kerteminde", "Nyborg", "Nordfyns", "Bogense",
        "Aabenraa", "Tønder", "Ribe", "Varde", "Vejen", "Billund", "Grindsted",
        "Hedensted", "Juelsminde", "Skanderborg", "Odder", "Favrskov",
        "Hinnerup", "Syddjurs", "Norddjurs", "Ebeltoft", "Grenaa", "Hobro",
        "Mariagerfjord", "Mariager", "Rebild", "Støvring", "Vesthimmerland", "Aars",
        "Jammerbugt", "Brønderslev", "Thisted", "Morsø", "Struer", "Lemvig",
        "Ringkøbing", "Ringkøbing-Skjern", "Skjern", "Ikast", "Ikast-Brande", "Brande",
        "Bjerringbro", "Kjellerup", "Gødstrup", "Skagen", "Sæby", "Hirtshals",
        "Løkken", "Blokhus", "Hadsund", "Nibe", "Aalestrup", "Hvide Sande",
        "Vinderup", "Bramming", "Rødding", "Vojens", "Christiansfeld",
        "Padborg", "Kruså", "Gråsten", "Nordborg", "Augustenborg", "Rønne", "Nexø",
        "Svaneke", "Allinge", "Hasle", "Aakirkeby", "Tranebjerg", "Marstal", "Rudkøbing",
        "Tåstrup", "Kastrup", "Valby", "Vanløse", "Brønshøj", "Husum", "Nørrebro",
        "Indre Nørrebro", "Ydre Nørrebro", "Østerbro", "Vesterbro", "Indre By",
        "Christianshavn", "Sydhavnen", "Bispebjerg", "Islands Brygge",
        "Ørestad", "Nordhavn", "Sundby", "Amagerbro", "Sluseholmen", "Kongens Nytorv",
        "Rådhuspladsen", "Strøget", "Nyhavn", "Tivoli", "Christiania", "Gellerup",
        "Brabrand", "Viby", "Risskov", "Åbyhøj", "Trøjborg", "Tilst",
        "Vollsmose", "Tingbjerg", "Mjølnerparken", "Avedøre", "Sandholm", "Sjælsmark",
        "Kærshovedgård", "Avnstrup", "Ellebæk",
        # towns and villages the spelling dictionary lacks as places; left out: those
        # that are everyday words too ("Ringe", "Give", "Ry", "Hals", "Gram", "Beder",
        # "Stege"), which a sentence would start with as often as with the town
        "Hornslet", "Hammel", "Galten", "Solbjerg", "Mårslet", "Tørring", "Hornsyld",
        "Agerbæk", "Farsø", "Løgstør", "Vestbjerg", "Tårs", "Vrå", "Strandby",
        "Klitmøller", "Skals", "Fårevejle", "Stenlille", "Kalvehave", "Askeby", "Strøby",
        "Fuglebjerg", "Dalmose", "Hashøj", "Kvistgård", "Vejby", "Munkebo", "Broby",
        "Tranekær", "Broager", "Genner", "Gesten", "Barrit", "Østbirk", "Egebjerg",
        "Boulstrup", "Arden",
        # abroad: capitals and cities in Danish spelling
        "Genève", "Bruxelles", "Moskva", "Kyiv", "Kiev", "Washington", "New York",
        "Berlin", "Paris", "London", "Stockholm", "Oslo", "Helsinki", "Reykjavik",
        "Tórshavn", "Nuuk", "Ilulissat", "Sisimiut", "Qaqortoq", "Tasiilaq",
        "Warszawa", "Wien", "Rom", "Madrid", "Lissabon", "Athen", "Prag", "Budapest",
        "Bukarest", "Sofia", "Beograd", "Zagreb", "Vilnius", "Riga", "Tallinn",
        "Dublin", "Edinburgh", "Amsterdam", "Haag", "Luxembourg", "Bern", "Zürich",
        "Hamborg", "Hamburg", "Kiel", "Flensborg", "Lübeck", "München", "Frankfurt",
        "Köln", "Bonn", "Dresden", "Leipzig", "Milano", "Napoli", "Venedig", "Firenze",
        "Barcelona", "Sevilla", "Marseille", "Lyon", "Nice", "Strasbourg", "Bordeaux",
        "Göteborg", "Malmø", "Malmö", "Helsingborg", "Ystad", "Trelleborg",
        "Uppsala", "Kiruna", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Ankara",
        "Istanbul", "Kairo", "Cairo", "Alexandria", "Tel Aviv", "Jerusalem", "Beirut",
        "Damaskus", "Bagdad", "Teheran", "Kabul", "Islamabad", "Riyadh", "Doha",
        "Dubai", "Abu Dhabi", "Amman", "Sanaa", "Tripoli", "Tunis", "Algier", "Rabat",
        "Casablanca", "Nairobi", "Addis Abeba", "Lagos", "Johannesburg", "Kapstaden",
        "Beijing", "Peking", "Shanghai", "Wuhan", "Tokyo", "Seoul",
        "Pyongyang", "Taipei", "Manila", "Bangkok", "Hanoi", "Jakarta", "Singapore",
        "New Delhi", "Delhi", "Mumbai", "Sydney", "Melbourne", "Canberra",
        "Los Angeles", "San Francisco", "Chicago", "Boston", "Miami", "Houston",
        "Toronto", "Montreal", "Ottawa", "Vancouver", "Mexico City", "Havana",
        "Caracas", "Bogotá", "Lima", "Santiago", "Buenos Aires", "Rio de Janeiro",
        "São Paulo", "Brasília", "Minsk", "Kharkiv", "Mariupol", "Odesa", "Odessa",
        "Lviv", "Kherson", "Zaporizjzja", "Dnipro", "Bakhmut", "Butja", "Donetsk",
        "Luhansk", "Sankt Petersborg", "Sevastopol", "Kaliningrad", "Davos",
        "Mont Ventoux", "Mont Blanc", "Alpe d'Huez",
        # more capitals and cities in Danish spelling
        "Kijev", "Kharkov", "Krakow", "Kraków", "Gdansk", "Antwerpen",
        "Rotterdam", "Neapel", "Bryssel", "Tbilisi", "Jerevan", "Baku",
        "Astana", "Tasjkent", "Kisjinev", "Chisinau", "Ljubljana", "Bratislava",
        "Sarajevo", "Skopje", "Tirana", "Podgorica", "Pristina", "Valletta", "Nicosia",
        "Washington D.C.", "Bruxelles-Capitale",
        # Greenland: municipalities, towns and the districts of Nuuk
        "Kujalleq", "Sermersooq", "Qeqqata", "Qeqertalik", "Avannaata", "Narsaq",
        "Nanortalik", "Paamiut", "Maniitsoq", "Aasiaat", "Qasigiannguit", "Upernavik",
        "Uummannaq", "Qaanaaq", "Ittoqqortoormiit", "Kangerlussuaq", "Narsarsuaq",
        "Pituffik", "Thule", "Disko", "Diskobugten", "Nuussuaq", "Qinngorput",
        "Quassussuup Tungaa", "Myggedalen", "Østgrønland", "Vestgrønland", "Nordgrønland",
        "Sydgrønland", "Indlandsisen", "Klaksvík", "Klaksvik",
        # Greenland: settlements (bygder) and the old names of towns
        "Kangaatsiaq", "Qeqertarsuaq", "Kullorsuaq", "Ilimanaq", "Oqaatsut", "Saattut",
        "Ikerasak", "Niaqornat", "Illorsuit", "Kangersuatsiaq", "Innaarsuit", "Savissivik",
        "Siorapaluk", "Kulusuk", "Kuummiit", "Tiniteqilaaq", "Sermiligaaq", "Isortoq",
        "Kapisillit", "Qeqertarsuatsiaat", "Arsuk", "Ivittuut", "Alluitsup Paa",
        "Aappilattoq", "Narsarmijit", "Qassiarsuk", "Igaliku", "Eqalugaarsuit", "Saarloq",
        "Ammassivik", "Atammik", "Napasoq", "Kangaamiut", "Itilleq", "Sarfannguit",
        "Akunnaaq", "Kitsissuarsuit", "Ikamiut", "Attu", "Qaarsut", "Ukkusissat",
        "Nuugaatsiaq", "Upernavik Kujalleq", "Tasiusaq", "Qeqertat",
        "Godthåb", "Jakobshavn", "Holsteinsborg", "Julianehåb", "Sukkertoppen",
        "Frederikshåb", "Egedesminde", "Christianshåb", "Godhavn", "Scoresbysund",
        "Angmagssalik", "Ammassalik", "Søndre Strømfjord",
        # the West as a place: "Vesten indfører sanktioner"
        "Vesten", "Østen", "Fjernøsten",
    }
)


PLACE_ALIASES: dict[str, str] = {
    # Greenland's five municipalities: news writes them in Danish order ("Kommune
    # Qeqqata", "i Kommune Kujalleq"), in Greenlandic ("Qeqqata Kommunia",
    # "Kommuneqarfik Sermersooq") or the Danish way ("Sermersooq Kommune"); each is the
    # place, named by the municipality's own name. (Denmark's "Esbjerg Kommune" is the
    # council, an organisation, as the gold format says: it is read by its last word.)
    **{f"Kommune {name}": name for name in (
        "Kujalleq", "Sermersooq", "Qeqqata", "Qeqertalik", "Avannaata")},
    **{f"{name} Kommunia": name for name in (
        "Kujalleq", "Sermersooq", "Qeqqata", "Qeqertalik", "Avannaata")},
    **{f"{name} Kommune": name for name in (
        "Kujalleq", "Sermersooq", "Qeqqata", "Qeqertalik", "Avannaata")},
    "Kommuneqarfik Sermersooq": "Sermersooq",
}
"""Other names of a listed place: written form -> the place's canonical name."""
