class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
class RequiredError(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
class Quiet(Exception):
    pass
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
def validate(d):
    if "name" not in d:
        raise RequiredError("name")
    if len(d["name"]) < 2:
        raise ValidationError("name", "too short")
    return True
for d in [{}, {"name": "a"}, {"name": "ann"}]:
    try:
        print(validate(d))
    except RequiredError as e:
        print("required:", e, e.args, e.field, isinstance(e, ValueError))
    except ValidationError as e:
        print("invalid:", e, repr(e), e.msg)
print(repr(Quiet()), str(Quiet()), repr(Quiet("x", 1)), str(Quiet("x", 1)), Quiet("only").args)
print(repr(WithRepr("a")), str(WithRepr("a")))
print(RequiredError.__mro__)
print(issubclass(RequiredError, Exception), issubclass(Quiet, BaseException), Quiet.__bases__)
try:
    try:
        raise Quiet("inner")
    except Quiet as e:
        raise ValidationError("f", "outer") from e
except ValidationError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
class Custom(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise Custom(404)
except Custom as e:
    print(e.code, e.args, str(e), repr(e))
e = Quiet("t")
e.extra = 5
print(e.extra, hasattr(e, "extra"))
try:
    raise Quiet
except Quiet as e:
    print("raised class:", repr(e))
class MyKeyError(KeyError):
    pass
try:
    raise MyKeyError("k")
except LookupError as e:
    print("lookup:", e, type(e).__name__)
class E2(Exception):
    def __str__(self):
        return "E2 str with " + str(len(self.args)) + " args"
raise E2(1, 2)
