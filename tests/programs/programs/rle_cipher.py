def rle_encode(s):
    if not s:
        return []
    out = []
    cur, count = s[0], 1
    for ch in s[1:]:
        if ch == cur:
            count += 1
        else:
            out.append((cur, count))
            cur, count = ch, 1
    out.append((cur, count))
    return out

def rle_string(s):
    return "".join([f"{n}{c}" if n > 1 else c for c, n in rle_encode(s)])

def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)

for s in ["aaabbbcccd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
          "", "abc", "zzzzzzzzzzzz"]:
    enc = rle_string(s)
    print(repr(s[:20]), rle_encode(s)[:4], repr(enc), rle_decode(enc) == s)

def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

msg = "The Quick Brown Fox Jumps Over The Lazy Dog! 123"
for k in [0, 1, 3, 13, 25, -3, 52]:
    enc = caesar(msg, k)
    print(f"{k:>3}: {enc} | {caesar(enc, -k) == msg}")

def crack(cipher):
    freq = {}
    for ch in cipher.lower():
        if ch.isalpha():
            freq[ch] = freq.get(ch, 0) + 1
    most = max(sorted(freq), key=lambda c: freq[c])
    shift = (ord(most) - ord("e")) % 26
    return shift, caesar(cipher, -shift)

print(crack(caesar("meet me here at eleven, the secret is kept between the trees", 7)))

def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                k = -k
            base = 65 if ch.isupper() else 97
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)

v = vigenere("Attack at dawn!", "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))
table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba")
print("hello world".translate(table), "svool dliow".translate(table))
print(bytes([b ^ 0x2a for b in b"secret"]), bytes([b ^ 0x2a for b in bytes([b ^ 0x2a for b in b"secret"])]))
