# Non-ASCII text before the failing operation: markers count characters.
naïve = "café"
print(naïve)
résultat = naïve + "é" + 3
