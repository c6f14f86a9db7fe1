# OSError construction: errno-to-subclass mapping, args, attributes, str
def describe(e):
    return f"{type(e).__name__} | {e!r} | {e} | {e.args} | {e.errno} {e.strerror} {e.filename} {e.filename2}"

cases = [
    OSError(), OSError("plain message"), OSError(2, "No such file or directory"),
    OSError(13, "Permission denied", "/etc/shadow"), OSError(17, "File exists", "a", None, "b"),
    OSError(999, "Unknown"), OSError(0, ""), OSError(1, 2, 3, 4, 5, 6),
    FileNotFoundError("missing.txt"), FileNotFoundError(2, "nf", "x.cfg"), PermissionError(1, "EPERM"),
    TimeoutError(110, "timed out"), ConnectionRefusedError(111, "refused"), OSError(32, "Broken pipe"),
    OSError(21, "Is a directory"), OSError(20, "Not a directory"), OSError(3, "No such process"),
    OSError(11, "again"), OSError(4, "interrupted"), OSError(10, "no child"),
    OSError(2, "x", None), OSError(2, "x", None, None, "b"), OSError(None, None), OSError(True, "t"),
]
for e in cases:
    print(describe(e))
print(isinstance(OSError(2, "x"), FileNotFoundError), IOError is OSError, EnvironmentError is OSError)

def load_config(path, files):
    if path not in files:
        raise FileNotFoundError(2, "No such file or directory", path)
    return files[path]

files = {"app.cfg": "debug=1"}
for p in ["app.cfg", "db.cfg"]:
    try:
        print(p, load_config(p, files))
    except OSError as e:
        print(f"cannot load {e.filename}: errno={e.errno} ({e.strerror})")
e = OSError(2, "x")
e.filename = "later.txt"
print(e)
try:
    raise OSError(13, "Permission denied", "secret.key")
except PermissionError as e:
    print("caught as PermissionError:", e)
load_config("missing.cfg", files)
