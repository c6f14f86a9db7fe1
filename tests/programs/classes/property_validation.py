class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f"expected a number, got {type(v).__name__}")
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = float(v)
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @property
    def kelvin(self):
        """Kelvin, read-only."""
        return self._c + 273.15

t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t.celsius)
for bad in ["hot", -300]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.celsius
except AttributeError as e:
    print("AttributeError", e)
print(Temperature.kelvin.__doc__, type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset.__name__, Temperature.celsius.fdel)

class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return round(self._c)
s = Sub(21.6)
print(s.celsius, s.fahrenheit)
class P:
    x = property(doc="just doc")
print(P.x.__doc__)
try:
    P().x
except AttributeError as e:
    print("AttributeError", e)
class Q:
    def get_y(self): return self._y
    def set_y(self, v): self._y = v * 2
    def del_y(self): del self._y
    y = property(get_y, set_y, del_y, "the y")
q = Q(); q.y = 4; print(q.y, Q.y.__doc__)
del q.y
print(hasattr(q, "y"))
