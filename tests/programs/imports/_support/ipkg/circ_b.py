from .circ_a import a

b = 2
