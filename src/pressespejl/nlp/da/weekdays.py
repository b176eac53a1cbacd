"""Danish weekday names, mapped to ``datetime.date.weekday()`` numbers (Monday = 0).

Source: Dansk Sprognævn, Retskrivningsordbogen (weekday names are written in lower
case). Only the base form is listed; the time-expression component adds the forms it
reads itself: the genitive "onsdagens", the past "i onsdags". The plural "onsdage"
and "om onsdagen" are habitual ("every Wednesday") and so are left out on purpose.
"""

WEEKDAYS: dict[str, int] = {
    "mandag": 0,
    "tirsdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lørdag": 5,
    "søndag": 6,
}
