#!/usr/bin/env python3
"""Sweep every stdlib .pyc of CPython 3.10-3.13 through krait's loader.

For each version found (python3.X on PATH, else under pyenv), every
`lib/python3.X/**/__pycache__/*.cpython-3X*.pyc` (including .opt-1/.opt-2) goes
through these checks:

  * `dis`: `krait dis` against that CPython's `dis.dis(marshal.loads(data[16:]))`
    (both sides in ONE batch process per check), compared after masking
    `at 0x<hex>` (code object addresses);
  * `dis-caches`: the same with `show_caches=True` (3.11+);
  * `marshal`: krait parses the file and writes it back byte for byte;
  * `asm`: `krait dis --asm` then `krait asm` gives the file back byte for byte.

    scripts/sweep.py                           # everything, all versions
    scripts/sweep.py --sample 200 -j 2         # 200 files per version
    scripts/sweep.py --version 3.11 --check dis --check marshal

Exit status 0 when every compared file is identical.
"""

import argparse
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

VERSIONS = ["3.10", "3.11", "3.12", "3.13"]
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDRESS = re.compile(rb"at 0x[0-9a-f]+")

# The CPython side: one process serves every file of a check. It reads one path per line
# and writes a record b"<length>\n<output>", flushing after each file (the same framing
# as `krait dis --batch`).
PY_DIS_WORKER = r"""
import dis, io, marshal, sys
show_caches = sys.argv[1] == "1"
out = sys.stdout.buffer
for line in sys.stdin:
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as f:
            data = f.read()
        code = marshal.loads(data[16:])
        buf = io.StringIO()
        if show_caches:
            dis.dis(code, file=buf, show_caches=True)
        else:
            dis.dis(code, file=buf)
        text = buf.getvalue()
    except Exception as e:
        text = "python: %s: %s: %s\n" % (path, type(e).__name__, e)
    data = text.encode("utf-8", "backslashreplace")
    out.write(b"%d\n" % len(data) + data)
    out.flush()
"""


def find_python(version):
    """python3.X on PATH (pyenv shims skipped: they fail for inactive versions), else pyenv."""
    exe = "python" + version
    for d in os.environ.get("PATH", "").split(os.pathsep):
        p = os.path.join(d, exe)
        if os.path.basename(d.rstrip("/")) != "shims" and os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    root = os.environ.get("PYENV_ROOT") or os.path.join(os.path.expanduser("~"), ".pyenv")
    for d in sorted(glob.glob(os.path.join(root, "versions", version + ".*")), reverse=True):
        p = os.path.join(d, "bin", exe)
        if os.path.isfile(p):
            return p
    return None


def stdlib_pycs(python, version):
    out = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
        capture_output=True, text=True, check=True,
    )
    stdlib = out.stdout.strip()
    tag = "cpython-3" + version.split(".")[1]
    files = []
    for dirpath, _dirs, names in os.walk(stdlib):
        if os.path.basename(dirpath) != "__pycache__":
            continue
        files.extend(os.path.join(dirpath, n) for n in names if tag in n and n.endswith(".pyc"))
    files.sort()
    return files


def sample(files, n):
    """A fixed, evenly spread sample (the same one tests/support uses)."""
    if not n or len(files) <= n:
        return files
    return [files[i * len(files) // n] for i in range(n)]


class Records:
    """Reads `<length>\n<bytes>` records from a pipe; None once it ends."""

    def __init__(self, stream):
        self.stream = stream

    def next(self):
        header = self.stream.readline()
        if not header.strip().isdigit():
            return None
        n = int(header)
        data = self.stream.read(n)
        return data if len(data) == n else None


def feed(proc, paths):
    try:
        for p in paths:
            proc.stdin.write((p + "\n").encode())
        proc.stdin.close()
    except BrokenPipeError:
        pass


def serve(cmd, paths):
    """Starts a batch process and a thread feeding it `paths`; returns (proc, Records)."""
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    threading.Thread(target=feed, args=(proc, paths), daemon=True).start()
    return proc, Records(proc.stdout)


FROZENSET = "frozenset({"


def _unordered(elem, version):
    """Whether CPython's hash of this element repr varies between processes."""
    if "'" in elem or '"' in elem or "Ellipsis" in elem or "nan" in elem:
        return True  # str/bytes: randomized hashes; ..., NaN: address-based hashes
    return "None" in elem and version in ("3.10", "3.11")  # constant from 3.12


def _frozenset(s, j, version):
    """Parses the frozenset repr at s[j:]; returns (end, text with elements sorted)."""
    k = start = j + len(FROZENSET)
    elems, depth, quote = [], 0, None
    while k < len(s):
        c = s[k]
        if quote:
            if c == "\\":
                k += 1
            elif c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}" and depth:
            depth -= 1
        elif depth == 0 and c == "," and s.startswith(", ", k):
            elems.append(s[start:k])
            start = k + 2
            k += 1
        elif depth == 0 and s.startswith("})", k):
            elems.append(s[start:k])
            elems = [normalize_sets(e, version) for e in elems]
            if any(_unordered(e, version) for e in elems):
                elems.sort()
            return k + 2, FROZENSET + ", ".join(elems) + "})"
        k += 1
    return len(s), s[j:]


def normalize_sets(s, version):
    """Sorts the elements of frozensets holding elements whose hash differs between
    processes (str/bytes: PYTHONHASHSEED; None before 3.12, ..., NaN: addresses): CPython
    iterates a set in hash order, so there is no reproducible order to match there.
    Frozensets of numbers and tuples of numbers are compared exactly."""
    out, i = [], 0
    while True:
        j = s.find(FROZENSET, i)
        if j < 0:
            out.append(s[i:])
            return "".join(out)
        out.append(s[i:j])
        i, text = _frozenset(s, j, version)
        out.append(text)


def normalize(raw, version):
    return normalize_sets(ADDRESS.sub(b"at 0x?", raw).decode("utf-8", "replace"), version)


def short_diff(want, got, limit, version):
    want = normalize(want, version).splitlines()
    got = normalize(got, version).splitlines()
    lines = list(difflib.unified_diff(want, got, "cpython", "krait", n=1, lineterm=""))
    more = len(lines) - limit
    return lines[:limit] + (["... (%d more diff lines)" % more] if more > 0 else [])


def compare_batches(py_cmd, krait_cmd, files, version):
    """Runs both sides over `files`; returns (identical count, [(path, cpython, krait)])."""
    py, py_out = serve(py_cmd, files)
    kr, kr_out = serve(krait_cmd, files)
    same, failures = 0, []
    for path in files:
        want, got = py_out.next(), kr_out.next()
        if want is None or got is None:
            failures.append((path, want or b"<cpython worker died>\n", got or b"<krait died>\n"))
            continue
        if ADDRESS.sub(b"", want) == ADDRESS.sub(b"", got) or normalize(want, version) == normalize(got, version):
            same += 1
        else:
            failures.append((path, want, got))
    for p in (py, kr):
        p.kill()
        p.wait()
    return same, failures


def check_dis(ctx, version, files, show_caches):
    py_cmd = [ctx.pythons[version], "-c", PY_DIS_WORKER, "1" if show_caches else "0"]
    krait_cmd = [ctx.krait, "dis", "--batch"] + (["--show-caches"] if show_caches else [])
    return compare_batches(py_cmd, krait_cmd, files, version)


def check_roundtrip(ctx, files, extra):
    """Runs `krait asm --roundtrip-batch` (krait alone: the file's bytes are the
    reference); returns (identical count, [(path, expected, got)])."""
    proc = subprocess.run([ctx.krait, "asm", "--roundtrip-batch"] + extra,
                          input="\n".join(files) + "\n", capture_output=True, text=True)
    verdicts = {}
    for line in proc.stdout.splitlines():
        if line.startswith("ok "):
            verdicts[line[3:]] = None
        elif line.startswith("FAIL "):
            path, _, why = line[5:].partition(": ")
            verdicts[path] = why
    same, failures = 0, []
    for path in files:
        why = verdicts.get(path, "no result (krait died?)")
        if why is None:
            same += 1
        else:
            failures.append((path, b"the file's bytes\n", why.encode() + b"\n"))
    return same, failures


# Each check: name -> (first version it applies to, function(ctx, version, files)).
CHECKS = {
    "dis": ("3.10", lambda ctx, v, files: check_dis(ctx, v, files, False)),
    "dis-caches": ("3.11", lambda ctx, v, files: check_dis(ctx, v, files, True)),
    "marshal": ("3.10", lambda ctx, v, files: check_roundtrip(ctx, files, ["--marshal-only"])),
    "asm": ("3.10", lambda ctx, v, files: check_roundtrip(ctx, files, [])),
}


class Context:
    pass


def label_of(version, check):
    return version if check == "dis" else "%s %s" % (version, check)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--krait", help="krait binary (default: target/release/krait)")
    ap.add_argument("--version", action="append", choices=VERSIONS, help="only this version (repeatable)")
    ap.add_argument("--check", action="append", choices=sorted(CHECKS), help="only this check (repeatable)")
    ap.add_argument("--sample", type=int, default=0, help="evenly spread sample of N files per version")
    ap.add_argument("--caches-sample", type=int, default=0,
                    help="sample for dis-caches (default: same as --sample)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="checks run in parallel")
    ap.add_argument("--failures", type=int, default=3, help="failures shown per check")
    ap.add_argument("--diff-lines", type=int, default=16, help="diff lines shown per failure")
    ap.add_argument("--list", metavar="FILE", help="write every failing path to FILE")
    ap.add_argument("--rerun", metavar="FILE", help="only the failures a --list FILE recorded")
    args = ap.parse_args()

    ctx = Context()
    ctx.krait = args.krait or os.path.join(REPO, "target", "release", "krait")
    if not (os.path.isfile(ctx.krait) or shutil.which(ctx.krait)):
        sys.exit("sweep: no krait binary at %s (cargo build --release, or --krait)" % ctx.krait)
    ctx.pythons = {}
    for v in args.version or VERSIONS:
        p = find_python(v)
        if p:
            ctx.pythons[v] = p
        else:
            print("%s: skipped (no python%s found)" % (v, v))

    rerun = None
    if args.rerun:
        with open(args.rerun) as f:
            rerun = {tuple(line.rstrip("\n").split("\t", 1)) for line in f if "\t" in line}

    jobs = []
    for v, python in ctx.pythons.items():
        files = stdlib_pycs(python, v)
        for name in args.check or list(CHECKS):
            first, fn = CHECKS[name]
            if float(v[2:]) < float(first[2:]):
                continue
            n = args.caches_sample if (name == "dis-caches" and args.caches_sample) else args.sample
            chosen = sample(files, n)
            if rerun is not None:
                chosen = [p for p in chosen if (label_of(v, name), p) in rerun]
                if not chosen:
                    continue
            jobs.append((v, name, fn, chosen))

    def run(job):
        v, name, fn, files = job
        t = time.time()
        same, failures = fn(ctx, v, files)
        return job, same, failures, time.time() - t

    all_ok = True
    failing_paths = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for (v, name, _fn, files), same, failures, secs in pool.map(run, jobs):
            label = label_of(v, name)
            print("%s: identical %d/%d (%.0fs)" % (label, same, len(files), secs), flush=True)
            for path, want, got in failures[: args.failures]:
                print("  FAIL %s" % path)
                for line in short_diff(want, got, args.diff_lines, v):
                    print("    " + line)
            if len(failures) > args.failures:
                print("  ... and %d more failing files" % (len(failures) - args.failures))
            all_ok &= not failures
            failing_paths += ["%s\t%s" % (label, p) for p, _, _ in failures]
    if args.list:
        with open(args.list, "w") as f:
            f.write("".join(p + "\n" for p in failing_paths))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
