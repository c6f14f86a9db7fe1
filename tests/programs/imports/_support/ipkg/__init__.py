"""The ipkg package docstring."""
from .core import greet

__all__ = ["greet", "VALUE"]
VALUE = 42
_hidden = 1
