def dump(obj, indent=0, step=2):
    pad = " " * indent
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            raise ValueError("NaN is not JSON")
        return repr(obj)
    if isinstance(obj, str):
        return quote(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        inner = [" " * (indent + step) + dump(x, indent + step, step) for x in obj]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(" " * (indent + step) + quote(k) + ": " + dump(v, indent + step, step))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")

ESC = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}

def quote(s):
    out = ['"']
    for ch in s:
        if ch in ESC:
            out.append(ESC[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

doc = {
    "name": "krait",
    "version": [0, 1, 0],
    "ok": True,
    "missing": None,
    "ratio": 0.75,
    "tags": ["vm", "rust", "python"],
    "nested": {"a": {"b": {"c": []}}, "empty": {}, "tuple": (1, 2)},
    "text": 'line "one"\nline\ttwo \\ end é',
    "big": 12345678901234567890,
    "neg": -1.5e-10,
}
print(dump(doc))
print(dump([1, [2, [3, [4]]]], step=4))
for bad in [{1: 2}, {"s": {1, 2}}, [float("nan")], b"bytes"]:
    try:
        dump(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

def parse_json(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == "{":
            pos += 1
            out = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return out
            while True:
                ws()
                k = value()
                ws()
                assert s[pos] == ":", f"expected ':' at {pos}"
                pos += 1
                out[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                assert s[pos] == "}", f"expected '}}' at {pos}"
                pos += 1
                return out
        if ch == "[":
            pos += 1
            out = []
            ws()
            if s[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                assert s[pos] == "]", f"expected ']' at {pos}"
                pos += 1
                return out
        if ch == '"':
            end = pos + 1
            buf = ""
            while s[end] != '"':
                if s[end] == "\\":
                    end += 1
                    buf += {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[s[end]]
                else:
                    buf += s[end]
                end += 1
            pos = end + 1
            return buf
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if s.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any([c in num for c in ".eE"]) else int(num)
    return value()

src = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "x\\ny", "d": []}, "e": {}}'
parsed = parse_json(src)
print(parsed)
print(parse_json(dump(parsed)) == parsed)
for bad in ['{"a" 1}', '[1, 2', '[1 2]']:
    try:
        print(parse_json(bad))
    except AssertionError as e:
        print("AssertionError:", e)
    except IndexError as e:
        print("IndexError:", e)
