def main():
    print("working")
    raise SystemExit(3)


main()
