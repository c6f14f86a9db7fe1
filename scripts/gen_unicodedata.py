#!/usr/bin/env python3.11
"""Writes crates/unicode/src/tables.rs: the Unicode Character Database as CPython 3.11's
`unicodedata` module sees it (Unicode 14.0.0), asked of the running CPython, plus its
`ucd_3_2_0` differences. Name aliases and named sequences are not enumerable through
`unicodedata`, so they are read from Perl's copy of the UCD (unicore/Name.pl, same
Unicode version) and each one is checked against CPython's `lookup`.

Usage: gen_unicodedata.py [OUT | --stdout]. Do not edit the output by hand; rerun this."""
import collections
import glob
import re
import sys
import unicodedata as U

assert U.unidata_version == "14.0.0", U.unidata_version
OLD = U.ucd_3_2_0
NCP = 0x110000
HANGUL = range(0xAC00, 0xD7A4)

out = []
w = out.append


def rs_list(name, ty, items, per=12):
    w("pub static %s: &[%s] = &[" % (name, ty))
    items = list(items)
    for k in range(0, len(items), per):
        w("    " + " ".join("%s," % x for x in items[k:k + per]))
    w("];")
    w("")


def rs_bytes_safe(name, data):
    # escapes are 4 chars; split only at token boundaries
    toks = []
    for b in data:
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) and b != 0x20:
            toks.append(chr(b))
        else:
            toks.append("\\x%02x" % b)
    w("pub static %s: &[u8] = b\"\\" % name)
    line = ""
    for t in toks:
        line += t
        if len(line) >= 96:
            w(line + "\\")
            line = ""
    w(line + "\";")
    w("")


def splitbins(t):
    """Two-level table: t[i] == index2[(index1[i >> shift] << shift) + (i & mask)].
    Returns (shift, index1, index2) of the smallest total size."""
    best = None
    for shift in range(4, 12):
        size = 1 << shift
        blocks = {}
        index1, index2 = [], []
        for k in range(0, len(t), size):
            blk = tuple(t[k:k + size])
            if blk not in blocks:
                blocks[blk] = len(index2) >> shift
                index2.extend(blk)
            index1.append(blocks[blk])
        cost = len(index1) * (1 if max(index1) < 256 else 2) + len(index2) * (
            1 if max(index2) < 256 else 2)
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    return best[1:]


def int_ty(v):
    return "u8" if max(v) < 256 else "u16" if max(v) < 65536 else "u32"


# ---------------------------------------------------------------- properties
cats, bidis, eaws = [], [], []


def idx(lst, v):
    if v not in lst:
        lst.append(v)
    return lst.index(v)


for v in ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
          "Cc", "Cf", "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
          "Sm", "Sc", "Sk", "So"]:
    idx(cats, v)
idx(bidis, "")
idx(eaws, "N")

# composition pairs (CPython: canonical 2-decompositions whose first character is a
# starter, minus the composition exclusions, which are exactly those not kept by NFC)
decomp = {}
for c in range(NCP):
    d = U.decomposition(chr(c))
    if d:
        decomp[c] = d
pairs = []
for c, d in decomp.items():
    parts = d.split()
    if parts[0].startswith("<") or len(parts) != 2:
        continue
    a, b = int(parts[0], 16), int(parts[1], 16)
    if U.combining(chr(a)) != 0:
        continue
    if U.normalize("NFC", chr(c)) != chr(c):
        continue
    pairs.append((a, b, c))
pairs.sort()
seconds = {b for _, b, _ in pairs} | set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))


def qc_bits(c):
    """Bit set = quick check is not YES: 1 NFD, 2 NFKD, 4 NFC, 8 NFKC."""
    ch = chr(c)
    bits = 0
    if U.normalize("NFD", ch) != ch:
        bits |= 1
    if U.normalize("NFKD", ch) != ch:
        bits |= 2
    if U.normalize("NFC", ch) != ch or c in seconds:
        bits |= 4
    if U.normalize("NFKC", ch) != ch or c in seconds:
        bits |= 8
    return bits


records = [(0, 0, 0, 0, 0)]
rec_of = {records[0]: 0}
rec_table = []
for c in range(NCP):
    ch = chr(c)
    r = (idx(cats, U.category(ch)), idx(bidis, U.bidirectional(ch)),
         idx(eaws, U.east_asian_width(ch)), U.combining(ch),
         U.mirrored(ch) | (qc_bits(c) << 1))
    if r not in rec_of:
        rec_of[r] = len(records)
        records.append(r)
    rec_table.append(rec_of[r])

# ---------------------------------------------------------------- decompositions
tags = [""]
ddata = [0]
dindex = [0] * NCP
for c, d in sorted(decomp.items()):
    parts = d.split()
    tag = parts.pop(0) if parts[0].startswith("<") else ""
    t = idx(tags, tag)
    dindex[c] = len(ddata)
    ddata.append(t | (len(parts) << 8))
    ddata.extend(int(p, 16) for p in parts)

# ---------------------------------------------------------------- numeric values
numeric = []
for c in range(NCP):
    ch = chr(c)
    n = U.numeric(ch, None)
    if n is None:
        assert U.digit(ch, None) is None and U.decimal(ch, None) is None
        continue
    numeric.append("(0x%x, %d, %d, %r)" % (c, U.decimal(ch, -1), U.digit(ch, -1), n))

# ---------------------------------------------------------------- names
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
cjk, hexfam, names = [], collections.defaultdict(list), {}
for c in range(NCP):
    n = U.name(chr(c), None)
    if n is None or c in HANGUL:
        continue
    if n == CJK_PREFIX + "%X" % c:
        cjk.append(c)
        continue
    m = re.fullmatch(r"(.*-)([0-9A-F]+)", n)
    if m and m.group(2) == "%04X" % c:
        hexfam[m.group(1)].append(c)
        continue
    names[c] = n


def ranges(cs):
    rs = []
    for c in cs:
        if rs and rs[-1][1] == c - 1:
            rs[-1][1] = c
        else:
            rs.append([c, c])
    return rs


words = collections.Counter(x for n in names.values() for x in n.split(" "))
wordlist = [x for x, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))]
assert all(" " not in x and x for x in wordlist)
rank = {x: k for k, x in enumerate(wordlist)}
assert len(wordlist) < 128 + 0x8000
name_bytes = bytearray()
runs = []
for c in sorted(names):
    if runs and runs[-1][0] + runs[-1][1] == c and runs[-1][1] < 32:
        runs[-1][1] += 1
    else:
        runs.append([c, 1, len(name_bytes)])
    ws = names[c].split(" ")
    assert len(ws) < 256
    name_bytes.append(len(ws))
    for x in ws:
        r = rank[x]
        if r < 128:
            name_bytes.append(r)
        else:
            r -= 128
            name_bytes += bytes([0x80 | (r >> 8), r & 0xFF])

# aliases and named sequences, checked against CPython
aliases, sequences = [], []
for path in sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl")):
    text = open(path).read()
    if "Version 14.0.0" in text:
        break
else:
    sys.exit("no Unicode 14.0.0 unicore/Name.pl found (Perl 5.36)")
body = text.split("<<'END';\n", 1)[1].rsplit("\nEND", 1)[0]
for entry in body.strip().split("\n\n"):
    cps, n = entry.split("\n")
    cps = [int(x, 16) for x in cps.split()]
    s = "".join(map(chr, cps))
    if len(cps) == 1 and U.name(s, None) == n:
        continue
    try:
        ok = U.lookup(n) == s
    except KeyError:
        ok = False
    if not ok:
        continue
    if len(cps) == 1:
        aliases.append((n, cps[0]))
    else:
        sequences.append((n, cps))
aliases.sort()
sequences.sort()

# ---------------------------------------------------------------- ucd_3_2_0
old_assigned = [c for c in range(NCP) if not (OLD.category(chr(c)) == "Cn" != U.category(chr(c)))]
old_unassigned = [c for c in range(NCP) if OLD.category(chr(c)) == "Cn" != U.category(chr(c))]


def old_diffs(f, conv):
    """Runs (start, end, value) of old values differing from the current ones, for
    characters assigned in 3.2.0; and the value for the unassigned ones (None: as now)."""
    new_f, old_f = f(U), f(OLD)
    uvals = {old_f(chr(c)) for c in old_unassigned}
    same = all(old_f(chr(c)) == new_f(chr(c)) for c in old_unassigned)
    assert same or len(uvals) == 1, (uvals,)
    out_runs = []
    for c in range(NCP):
        if c in unassigned_set:
            continue
        o = old_f(chr(c))
        if o != new_f(chr(c)):
            if out_runs and out_runs[-1][1] == c - 1 and out_runs[-1][2] == o:
                out_runs[-1][1] = c
            else:
                out_runs.append([c, c, o])
    return out_runs, (None if same else conv(next(iter(uvals))))


unassigned_set = set(old_unassigned)

# ---------------------------------------------------------------- output
w("//! Generated by scripts/gen_unicodedata.py from CPython %s (Unicode %s); do not edit."
  % (sys.version.split()[0], U.unidata_version))
w("")
w("#![allow(clippy::unreadable_literal, clippy::excessive_precision)]")
w("")
w('pub const UNIDATA_VERSION: &str = "%s";' % U.unidata_version)
w("")
rs_list("CATEGORY_NAMES", "&str", ['"%s"' % x for x in cats])
rs_list("BIDI_NAMES", "&str", ['"%s"' % x for x in bidis])
rs_list("EAW_NAMES", "&str", ['"%s"' % x for x in eaws])
w("/// (category, bidirectional, east_asian_width, combining, mirrored | quick-check")
w("/// bits << 1: NFD 1, NFKD 2, NFC 4, NFKC 8 set when the check is not YES).")
rs_list("RECORDS", "(u8, u8, u8, u8, u8)", ["(%d, %d, %d, %d, %d)" % r for r in records], 6)
shift, i1, i2 = splitbins(rec_table)
w("pub const REC_SHIFT: u32 = %d;" % shift)
rs_list("REC_INDEX1", int_ty(i1), i1, 24)
rs_list("REC_INDEX2", int_ty(i2), i2, 24)
rs_list("DECOMP_TAGS", "&str", ['"%s"' % x for x in tags])
shift, i1, i2 = splitbins(dindex)
w("/// Decompositions: DECOMP_DATA[i] = tag | count << 8, then count code points.")
w("pub const DECOMP_SHIFT: u32 = %d;" % shift)
rs_list("DECOMP_INDEX1", int_ty(i1), i1, 24)
rs_list("DECOMP_INDEX2", int_ty(i2), i2, 16)
rs_list("DECOMP_DATA", "u32", ["0x%x" % x for x in ddata], 12)
w("/// Canonical compositions (first, second, composite), sorted.")
rs_list("COMPOSE", "(u32, u32, u32)", ["(0x%x, 0x%x, 0x%x)" % p for p in pairs], 4)
w("/// (code point, decimal or -1, digit or -1, numeric), sorted.")
rs_list("NUMERIC", "(u32, i8, i8, f64)", numeric, 4)
w("/// Code points named `CJK UNIFIED IDEOGRAPH-<hex>` (computed by CPython).")
rs_list("CJK_RANGES", "(u32, u32)", ["(0x%x, 0x%x)" % tuple(r) for r in ranges(cjk)], 4)
w("/// Names `<prefix><hex>` stored by CPython but computed here.")
w("pub static HEX_NAMED: &[(&str, &[(u32, u32)])] = &[")
for p, cs in sorted(hexfam.items()):
    w('    ("%s", &[%s]),' % (p, ", ".join("(0x%x, 0x%x)" % tuple(r) for r in ranges(cs))))
w("];")
w("")
w("/// Name words, most frequent first, separated by spaces. Word k is coded as the")
w("/// byte k (k < 128) or the bytes 0x80 | (k - 128) >> 8, (k - 128) & 0xff.")
w("pub static WORDS: &str = \"\\")
line = ""
for x in wordlist:
    line += x + " "
    if len(line) > 90:
        w(line + "\\")
        line = ""
w(line.rstrip(" ") + "\";")
w("")
w("/// Each name: its word count, then its word codes.")
rs_bytes_safe("NAME_DATA", name_bytes)
w("/// (first code point, count, offset in NAME_DATA) of runs of consecutive named")
w("/// code points (at most 32 each), sorted.")
rs_list("NAME_RUNS", "(u32, u8, u32)", ["(0x%x, %d, %d)" % tuple(r) for r in runs], 6)
rs_list("ALIASES", "(&str, u32)", ['("%s", 0x%x)' % a for a in aliases], 2)
w("pub static NAMED_SEQUENCES: &[(&str, &[u32])] = &[")
for n, cps in sequences:
    w('    ("%s", &[%s]),' % (n, ", ".join("0x%x" % c for c in cps)))
w("];")
w("")
w("// ucd_3_2_0: code points unassigned in Unicode 3.2.0 but assigned now, and per")
w("// property the runs (first, last, old value) where 3.2.0 differs for the others.")
rs_list("OLD_UNASSIGNED", "(u32, u32)", ["(0x%x, 0x%x)" % tuple(r) for r in ranges(old_unassigned)], 6)


def emit_old(name, f, ty, fmt):
    rr, un = old_diffs(f, lambda v: v)
    w("/// The 3.2.0 value of the code points in OLD_UNASSIGNED (None: the current one).")
    w("pub const %s_UNASSIGNED: Option<%s> = %s;" % (name, ty, "None" if un is None else "Some(%s)" % fmt(un)))
    rs_list("%s_OLD" % name, "(u32, u32, %s)" % ty, ["(0x%x, 0x%x, %s)" % (a, b, fmt(v)) for a, b, v in rr], 4)


q = lambda s: '"%s"' % s
emit_old("CATEGORY", lambda m: m.category, "&str", q)
emit_old("BIDI", lambda m: m.bidirectional, "&str", q)
emit_old("EAW", lambda m: m.east_asian_width, "&str", q)
emit_old("MIRRORED", lambda m: m.mirrored, "u8", str)
emit_old("COMBINING", lambda m: m.combining, "u8", str)
emit_old("DECIMAL", lambda m: (lambda ch: m.decimal(ch, -1)), "i8", str)
emit_old("DIGIT", lambda m: (lambda ch: m.digit(ch, -1)), "i8", str)
emit_old("NUMERIC", lambda m: (lambda ch: m.numeric(ch, -1.0)), "f64", repr)
emit_old("DECOMPOSITION", lambda m: m.decomposition, "&str", q)
old_norm = []
for c in range(NCP):
    if c in unassigned_set or c in HANGUL:
        continue
    o, n = OLD.normalize("NFD", chr(c)), U.normalize("NFD", chr(c))
    if o != n:
        assert len(o) == 1, hex(c)
        old_norm.append("(0x%x, 0x%x)" % (c, ord(o)))
w("/// 3.2.0's normalization corrections: (code point, its 3.2.0 decomposition).")
rs_list("OLD_NORMALIZATION", "(u32, u32)", old_norm, 4)

text = "\n".join(out)
if len(sys.argv) > 1 and sys.argv[1] == "--stdout":
    sys.stdout.write(text)
else:
    open(sys.argv[1] if len(sys.argv) > 1 else "crates/unicode/src/tables.rs", "w").write(text)
