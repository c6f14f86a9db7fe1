def parse(s):
    return int(s.strip().split(":")[1])
values = ["a:1", "b:2", "c"]
results = [parse(v) for v in values]
