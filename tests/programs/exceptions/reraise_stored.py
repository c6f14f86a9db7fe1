# Re-raising a stored exception adds the new raise point on top of its old traceback.
def fail():
    return {}["key"]


try:
    fail()
except KeyError as e:
    stored = e
print("stored", repr(stored))
raise stored
