"""Danish first names whose gender gender-guesser gets wrong or does not know.

Source: Danmarks Statistik's name statistics (navne.dst.dk) for the gender; checked
against gender-guesser 0.4 by hand. gender-guesser lists "Sidsel" as male (it is a
woman's name in Denmark), and does not know "Vigga", "Villads", "Lærke", "Malthe" or
the Greenlandic "Aqqaluk". These entries win over gender-guesser; every other name is asked there.
"""

FIRST_NAME_GENDERS: dict[str, str] = {
    "sidsel": "female",
    "vigga": "female",
    "villads": "male",
    "aqqaluk": "male",
    "lærke": "female",
    "malthe": "male",
}
