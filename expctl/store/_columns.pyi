# Types of the compiled helper built from _columns.c (setup.py).
from array import array

def finite_range(values: array, /) -> tuple[float, float] | tuple[None, None]: ...
