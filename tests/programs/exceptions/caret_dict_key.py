# KeyError: the repr of the key, subscript markers on a dict literal lookup.
config = {"host": "localhost", "port": 8080}
print(config["host"])
value = config ["user"]
