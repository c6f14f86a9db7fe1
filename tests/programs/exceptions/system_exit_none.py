# SystemExit(None) after output exits 0; finally blocks still run.
try:
    print("body")
    raise SystemExit(None)
finally:
    print("cleanup")
