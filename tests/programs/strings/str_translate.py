t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t), "hello".translate({ord("l"): None}), "hello".translate({ord("h"): "J", ord("o"): "0"}))
t2 = str.maketrans("ab", "AB", "xyz")
print(sorted(t2.items()), "abxcyz".translate(t2), str.maketrans({"a": "1", 98: None, "c": 67}) == {97: "1", 98: None, 99: 67})
print("abc".translate({97: 98, 98: "cc"}), "日本".translate({0x65e5: "sun"}), "abc".translate([None, None]), "abc".translate({}), "x".maketrans("a", "b"))
for bad in [lambda: str.maketrans("ab", "a"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
            lambda: str.maketrans("a", 1), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans(), lambda: "a".translate()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
