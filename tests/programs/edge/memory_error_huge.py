from array import array
try:
    a = array("b", b"x") * 2**45
except MemoryError as e:
    print("MemoryError", e)
try:
    b = b"x" * 2**45
except MemoryError as e:
    print("MemoryError", e)
try:
    l = [0] * 2**44
except MemoryError as e:
    print("MemoryError", e)
