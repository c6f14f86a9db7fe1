x = 1


def helper():
    return 1 / 0


helper()
