def generic_defaults[T = int](x: T) -> T:
    return x


class C[*Ts = *tuple[int]]:
    pass
