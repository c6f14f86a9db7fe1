#!/usr/bin/env python3
"""Side-by-side benchmark: krait (release) against CPython 3.11 on benches/programs/*.py.

Each program is compiled to a 3.11 .pyc once by the chosen CPython, then the two
interpreters run it interleaved (krait, CPython, krait, CPython, ... for --rounds rounds), so
that a load change on the machine hits both sides alike. Every run's stdout and exit status
must be identical to CPython's, or the program is reported as FAIL and left out of the mean.

Printed per program: median wall time and median CPU time (user + sys of the child) of each
side, and the ratio krait / CPython of the chosen --metric (default: cpu, which is far less
noisy than wall time on a shared machine); then the geometric mean of the ratios.

    python3 scripts/bench.py                      # all programs, 5 rounds
    python3 scripts/bench.py --rounds 9 --filter fib --dispatch fn-table
    python3 scripts/bench.py --json out.json      # also write the results as JSON

See docs/dispatch.md.
"""

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "programs")


def find_python(explicit):
    if explicit:
        return explicit
    if os.path.exists("/usr/bin/python3.11"):
        return "/usr/bin/python3.11"
    found = shutil.which("python3.11")
    if found:
        return found
    pyenv = os.path.expanduser("~/.pyenv/versions")
    if os.path.isdir(pyenv):
        for v in sorted(os.listdir(pyenv), reverse=True):
            cand = os.path.join(pyenv, v, "bin", "python3.11")
            if v.startswith("3.11") and os.path.exists(cand):
                return cand
    sys.exit("bench: no python3.11 found (use --python)")


def run(cmd, env):
    """Runs cmd; returns (stdout bytes, exit status, wall seconds, cpu seconds)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = p.communicate()
    wall = time.perf_counter() - t0
    # communicate() has reaped the child; its rusage is folded into RUSAGE_CHILDREN.
    return out, p.returncode, err, wall


def cpu_children():
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, env):
    c0 = cpu_children()
    out, status, err, wall = run(cmd, env)
    return out, status, err, wall, cpu_children() - c0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--filter", default="", help="only programs whose name contains this")
    ap.add_argument("--python", default=None, help="the CPython 3.11 to compare against")
    ap.add_argument("--krait", default=os.path.join(ROOT, "target", "release", "krait"))
    ap.add_argument("--dispatch", default=None, help="krait run --dispatch NAME")
    ap.add_argument("--metric", choices=["cpu", "wall"], default="cpu")
    ap.add_argument("--json", default=None, help="write results to this file ('-': stdout)")
    args = ap.parse_args()

    python = find_python(args.python)
    if not os.path.exists(args.krait):
        sys.exit(f"bench: {args.krait} is missing (cargo build --release)")
    names = sorted(
        f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py") and args.filter in f
    )
    if not names:
        sys.exit("bench: no program matches")
    env = dict(os.environ, PYTHONHASHSEED="0")
    tmp = tempfile.mkdtemp(prefix="krait-bench-")
    krait_cmd = [args.krait, "run"] + (["--dispatch", args.dispatch] if args.dispatch else [])
    results = []
    try:
        for name in names:
            src = os.path.join(PROGRAMS, name + ".py")
            pyc = os.path.join(tmp, name + ".pyc")
            subprocess.run(
                [python, "-c", "import py_compile,sys; py_compile.compile(sys.argv[1], "
                 "cfile=sys.argv[2], doraise=True)", src, pyc],
                check=True,
            )
            side = {"krait": {"wall": [], "cpu": []}, "cpython": {"wall": [], "cpu": []}}
            failure = None
            for _ in range(args.rounds):
                k_out, k_st, k_err, k_wall, k_cpu = timed(krait_cmd + [pyc], env)
                c_out, c_st, _, c_wall, c_cpu = timed([python, pyc], env)
                if (k_out, k_st) != (c_out, c_st):
                    last = (k_err.decode(errors="replace").strip().splitlines() or ["?"])[-1]
                    failure = f"output differs (exit {k_st} vs {c_st}): {last}"
                    break
                side["krait"]["wall"].append(k_wall)
                side["krait"]["cpu"].append(k_cpu)
                side["cpython"]["wall"].append(c_wall)
                side["cpython"]["cpu"].append(c_cpu)
            row = {"program": name}
            if failure:
                row["error"] = failure
            else:
                for who in side:
                    for m in ("wall", "cpu"):
                        row[f"{who}_{m}"] = statistics.median(side[who][m])
                c = row[f"cpython_{args.metric}"]
                row["ratio"] = row[f"krait_{args.metric}"] / c if c > 0 else float("nan")
            results.append(row)
            print_row(row, args.metric)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ratios = [r["ratio"] for r in results if "ratio" in r and r["ratio"] > 0]
    geo = math.exp(sum(math.log(x) for x in ratios) / len(ratios)) if ratios else float("nan")
    print(f"{'geometric mean':<14} {'':>33} {'':>33} {geo:7.2f}x  ({len(ratios)} programs)")
    if args.json:
        doc = {
            "python": python,
            "krait": args.krait,
            "dispatch": args.dispatch or "default",
            "rounds": args.rounds,
            "metric": args.metric,
            "programs": results,
            "geomean_ratio": geo,
        }
        text = json.dumps(doc, indent=2)
        if args.json == "-":
            print(text)
        else:
            with open(args.json, "w") as f:
                f.write(text + "\n")
    return 1 if any("error" in r for r in results) else 0


HEADER_DONE = [False]


def print_row(row, metric):
    if not HEADER_DONE[0]:
        HEADER_DONE[0] = True
        print(f"{'program':<14} {'krait wall / cpu (s)':>33} {'cpython wall / cpu (s)':>33} "
              f"{'ratio':>8}  ({metric})")
    if "error" in row:
        print(f"{row['program']:<14} FAIL: {row['error']}")
    else:
        k = f"{row['krait_wall']:.3f} / {row['krait_cpu']:.3f}"
        c = f"{row['cpython_wall']:.3f} / {row['cpython_cpu']:.3f}"
        print(f"{row['program']:<14} {k:>33} {c:>33} {row['ratio']:7.2f}x")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
