# More than 15 members: "and N more exceptions".
errs = [ValueError(i) for i in range(20)]
small = [KeyError(i) for i in range(16)]
eg = ExceptionGroup("wide", [ExceptionGroup("sixteen", small)] + errs)
print(len(eg.exceptions))
raise eg
