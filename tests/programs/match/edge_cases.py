# match semantics corner cases: literal comparison rules, mappings with extra keys, etc.
for v in [1, 1.0, True, 0, False, 0.0, None]:
    match v:
        case True:
            r = "True (identity)"
        case False:
            r = "False (identity)"
        case None:
            r = "None"
        case 1:
            r = "== 1"
        case 0:
            r = "== 0"
    print(repr(v), r)
match []:
    case ():
        print("empty list matches ()")
match ():
    case []:
        print("empty tuple matches []")
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("extra keys allowed")
match [1, 2, 3]:
    case [1, 2]:
        print("no")
    case [1, 2, 3, 4]:
        print("no")
    case [1, 2, 3]:
        print("exact length needed")
match (1, [2, {"k": (3, 4)}]):
    case (1, [2, {"k": (three, *four)}]):
        print(three, four)
match "abc":
    case "ab" | "abc":
        print("second alternative")
match 3:
    case 1 | 2:
        print("no")
    case _ if True:
        print("wildcard with guard")
match range(3):
    case [0, *others]:
        print("range as sequence", others)
d = {"x": 1}
match d:
    case {"x": 1, **kw}:
        print("empty rest", kw)
match [[1, 2], [3, 4]]:
    case [[a, *b], [*c, e]]:
        print(a, b, c, e)
match {"a": [1, {"b": 2}]}:
    case {"a": [_, {"b": val}]}:
        print("deep", val)
x = -5
match x:
    case -5:
        print("negative literal")
match 1.5:
    case 1.5:
        print("float literal")
match "tuple", 1:
    case ("tuple", n):
        print("match on bare tuple", n)
