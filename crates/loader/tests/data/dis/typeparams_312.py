type Alias[T] = list[T]


class Box[T: int, *Ts, **P]:
    def get[U](self, u: U) -> T:
        return super().get(u)


def first[T](xs: list[T]) -> T:
    return xs[0]
