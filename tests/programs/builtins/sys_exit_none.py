import sys

def main():
    print("in main")
    return 0

sys.exit(main())
