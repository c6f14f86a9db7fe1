from ..core import greet
from .. import VALUE
from . import __name__ as parent_name


def f():
    return greet("deep"), VALUE, parent_name
