"""Counts words with the standard library: re, collections, json, dataclasses-free."""
import collections
import json
import re
import textwrap

TEXT = """It is CPython's ceval loop rebuilt in Rust: faster, safer, and able to run
several CPython versions' bytecode from one binary. krait loads CPython's own
precompiled standard library and provides the C modules in Rust."""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = collections.Counter(words)
print(textwrap.fill(" ".join(sorted(set(words))), width=60))
print(json.dumps(dict(counts.most_common(5)), indent=2))
