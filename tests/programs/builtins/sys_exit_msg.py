import sys

print("output first")
sys.exit("fatal: something failed")
