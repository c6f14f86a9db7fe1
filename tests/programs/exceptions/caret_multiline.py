# A binary operation spread over lines: markers to the end of the first line.
a = 10
b = "text"
print("start")
c = (a +
     b)
