# The int/str digit limit (CVE-2020-10735): default 4300 digits, sys.set_int_max_str_digits.
import sys

def t(label, f):
    try:
        r = f()
        print(label, r if len(repr(r)) < 60 else len(repr(r)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(sys.get_int_max_str_digits())
big = 10 ** 5000
t("str(big)", lambda: str(big))
t("repr(big)", lambda: repr(big))
t("int('1'*5000)", lambda: int("1" * 5000))
t("int('1'*4300)", lambda: int("1" * 4300))
t("int('1'*4301)", lambda: int("1" * 4301))
t("hex(big)", lambda: hex(big)[:10])
t("int(hex, 16)", lambda: int(hex(big), 16) == big)
t("set 5", lambda: sys.set_int_max_str_digits(5))
t("set -1", lambda: sys.set_int_max_str_digits(-1))
t("set 640", lambda: sys.set_int_max_str_digits(640))
print(sys.get_int_max_str_digits())
t("str(10**700)", lambda: str(10 ** 700))
t("str(10**639)", lambda: len(str(10 ** 639)))
t("int('7'*641)", lambda: int("7" * 641))
t("set 0", lambda: sys.set_int_max_str_digits(0))
print(sys.get_int_max_str_digits())
t("str(big) now", lambda: len(str(big)))
t("int('1'*5000) now", lambda: int("1" * 5000) % 1000)
t("set kw", lambda: sys.set_int_max_str_digits(maxdigits=4300))
print(sys.get_int_max_str_digits())
t("f-string", lambda: f"{big}")
