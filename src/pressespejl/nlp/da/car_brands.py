"""Car makes whose name, written as a car, is a product: "en Volvo", "Audi 80".

Source: our own list of car and lorry makes sold in Denmark (public facts). The gold
format lists products in no entity list, and news writes a car as its make after an
article ("en sort Volvo") or with its model's code ("Volvo V90", "Citroën B 12"); the
company itself is written otherwise ("Volvo Cars", "Volvo har solgt ..."). A make named
as a car is MISC in every mention of that make in the article.

Left out: "Smart" and "Mini" (everyday words in capitals at a sentence start), "Ford"
as a surname is harmless: it counts only after an article or before a model's code.
"""

CAR_BRANDS: frozenset[str] = frozenset({
    "Volvo", "Audi", "BMW", "Mercedes", "Mercedes-Benz", "Toyota", "Tesla", "Citroën",
    "Peugeot", "Renault", "Skoda", "Škoda", "Ford", "Opel", "Volkswagen", "VW", "Kia",
    "Hyundai", "Nissan", "Mazda", "Honda", "Fiat", "Seat", "Cupra", "Polestar", "Porsche",
    "Suzuki", "Mitsubishi", "Dacia", "Jaguar", "Lexus", "Saab", "Subaru", "Chevrolet",
    "Cadillac", "Buick", "Jeep", "Dodge", "Chrysler", "Ferrari", "Lamborghini", "Maserati",
    "Alfa Romeo", "Land Rover", "Range Rover", "BYD", "MG", "Lada", "Trabant", "Scania",
})
