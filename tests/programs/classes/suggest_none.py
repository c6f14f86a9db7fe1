class A:
    pass
x = [1, 2]
try:
    x.apend(3)
except AttributeError as e:
    print(e)
A().completely_unrelated_name
