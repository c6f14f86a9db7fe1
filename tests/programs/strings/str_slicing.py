s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4], s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-5:-1], s[5:2], s[100:], s[-100:2])
print(s[::100], s[::-100], s[3:3], s[None:None:None], s[2:None], s[slice(1, 8, 3)], s[True], s[False:True])
u = "héllo wörld 日本語 😀!"
print(len(u), u[1], u[-2], u[12:15], u[::-1], u[::3], u[-3:], u[15:17], [c for c in u[-4:]], u.index("😀"), u[16])
for bad in [lambda: s[10], lambda: s[-11], lambda: s[str(1)], lambda: s[1.5], lambda: s[::0], lambda: u[100], lambda: ""[0], lambda: s[1:2:str(1)]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
big = "x" * 1000 + "y"
print(big[-1], big[999:], len(big[::7]), big.find("y"))
