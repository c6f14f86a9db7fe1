import json
json.dumps({'a': object()})
