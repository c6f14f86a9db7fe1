import json
def outer():
    return json.loads('{"a": }')
outer()
