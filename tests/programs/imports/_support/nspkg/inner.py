X = "inner of a namespace package"
