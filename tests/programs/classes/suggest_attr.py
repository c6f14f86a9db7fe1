class Config:
    def __init__(self):
        self.verbose = True
        self.level = 3
    def describe(self):
        return "cfg"
c = Config()
try:
    c.levl
except AttributeError as e:
    print(e, e.name, e.obj is c)
print(c.describe())
c.verbos
