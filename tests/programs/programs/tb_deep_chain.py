def parse_record(line):
    key, value = line.split("=")
    return key.strip(), int(value)

def load(lines):
    out = {}
    for i, line in enumerate(lines):
        k, v = parse_record(line)
        out[k] = v
        print("loaded", i, k, v)
    return out

def main():
    cfg = load(["a = 1", "b = 2", "c = three"])
    print(cfg)

main()
