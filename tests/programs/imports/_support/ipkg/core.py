def greet(name):
    return f"hello {name}"


COUNTER = 0
