import sys

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")

class Circle(Shape):
    PI = 3.14159
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r

shapes = [Rect(2, 3), Square(4), Circle(1.5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes), max(shapes), min(shapes).name)
print(Shape.count, [type(s).__name__ for s in shapes])
try:
    Shape("blob").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Square.__mro__)
print(Square(2).__dict__)
print(sum(s.area() for s in []) if False else sum([s.area() for s in shapes]))
print(isinstance(Square(1), Rect), isinstance(Circle(1), Rect))
