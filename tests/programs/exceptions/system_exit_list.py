# SystemExit with a non-int, non-str code prints its str and exits 1.
print("x")
raise SystemExit([1, 2])
