import json
data = '{"name": "x", "items": [1, 2, 3,]}'
json.loads(data)
