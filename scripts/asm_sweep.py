#!/usr/bin/env python3
"""Round-trip every stdlib .pyc of 3.10-3.13 through `krait dis --asm` and `krait asm`.

For each version found (python3.X on PATH, else under pyenv), every
`lib/python3.X/**/__pycache__/*.cpython-3X*.pyc` (including .opt-1/.opt-2) is written as
assembly and assembled again, in one `krait asm --roundtrip-batch` process per worker;
the result must be byte-identical to the file. Prints `identical/total` per version.

    scripts/asm_sweep.py                       # everything, all versions
    scripts/asm_sweep.py --sample 200 -j 2     # 200 files per version
    scripts/asm_sweep.py --version 3.12 --show 20

Exit status 0 when every file round-trips.
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

VERSIONS = ["3.10", "3.11", "3.12", "3.13"]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_python(v):
    exe = "python" + v
    for d in os.environ.get("PATH", "").split(os.pathsep):
        p = os.path.join(d, exe)
        if os.path.isfile(p) and not d.endswith("shims"):
            return p
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    cands = sorted(glob.glob(os.path.join(root, "versions", v + ".*", "bin", exe)))
    return cands[-1] if cands else None


def stdlib_pycs(py, v):
    out = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
                         capture_output=True, text=True, check=True)
    tag = "cpython-3" + v.split(".")[1]
    pattern = os.path.join(out.stdout.strip(), "**", "__pycache__", "*.%s*.pyc" % tag)
    return sorted(glob.glob(pattern, recursive=True))


def run_batch(krait, paths):
    p = subprocess.run([krait, "asm", "--roundtrip-batch"], input="\n".join(paths) + "\n",
                       capture_output=True, text=True)
    results = {}
    for line in p.stdout.splitlines():
        if line.startswith("ok "):
            results[line[3:]] = None
        elif line.startswith("FAIL "):
            path, _, why = line[5:].partition(": ")
            results[path] = why
    for path in paths:
        results.setdefault(path, "no result (krait crashed?)")
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="append", choices=VERSIONS)
    ap.add_argument("--sample", type=int, default=0, help="files per version (0: all)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--show", type=int, default=5, help="failures to list per version")
    ap.add_argument("--krait", default=os.path.join(REPO, "target", "release", "krait"))
    args = ap.parse_args()
    if not os.path.exists(args.krait):
        sys.exit("build first: cargo build --release (%s missing)" % args.krait)
    all_ok = True
    for v in args.version or VERSIONS:
        py = find_python(v)
        if not py:
            print("%s: CPython not found, skipped" % v)
            continue
        paths = stdlib_pycs(py, v)
        if args.sample and len(paths) > args.sample:
            paths = [paths[i * len(paths) // args.sample] for i in range(args.sample)]
        t0 = time.time()
        chunks = [paths[i::args.jobs] for i in range(args.jobs)]
        results = {}
        with ThreadPoolExecutor(args.jobs) as ex:
            for r in ex.map(lambda c: run_batch(args.krait, c), chunks):
                results.update(r)
        fails = sorted((p, w) for p, w in results.items() if w is not None)
        ok = len(paths) - len(fails)
        print("%s: %d/%d byte-identical (%.1fs)" % (v, ok, len(paths), time.time() - t0))
        for p, w in fails[: args.show]:
            print("   FAIL %s: %s" % (p, w))
        all_ok &= not fails
    sys.exit(0 if all_ok else 1)


if __name__ == "__main__":
    main()
