def make_validator(rules):
    def validate(record):
        def check(field, rule):
            value = record[field]
            if not rule(value):
                raise ValueError(f"field {field!r} failed validation with value {value!r}")
            return True
        return all([check(f, r) for f, r in rules.items()])
    return validate

rules = {"age": lambda a: 0 <= a < 150, "name": lambda n: n.isalpha()}
v = make_validator(rules)
people = [{"age": 30, "name": "Ann"}, {"age": 200, "name": "Old"}, {"age": 5, "name": "B0b"},
          {"name": "NoAge"}]
for p in people:
    try:
        print(p, v(p))
    except ValueError as e:
        print("invalid:", e)
    except KeyError as e:
        print("missing:", e)

def run_all():
    for p in people:
        print("validating", p)
        v(p)

run_all()
