#!/usr/bin/env python
"""Memory probe: many small named graphs written into an on-disk pyoxigraph Store (no kg, no spaCy).
Prints figures; asserts nothing. Why kg's store flushes every 100 articles (BENCHMARKS.md, section 2).

Usage
-----
Single run (in this process):
    .venv/bin/python bench/oxigraph_memory.py run --strategy baseline --n 10000 [--k 1000] [--query-every 0]

Compare a set of strategies, each run in a fresh child process, sequentially:
    .venv/bin/python bench/oxigraph_memory.py compare --n 1000 10000 [--only baseline flush ...] [--out results.jsonl]

Strategy names (K = --k or the ":K" suffix):
    baseline          Store(path) + store.extend(quads) per graph
    flush:K           + store.flush() every K graphs
    optimize:K        + store.optimize() every K graphs
    reopen:K          del store; gc.collect(); Store(path) every K graphs
    bulk_graph        store.bulk_extend(quads) per graph (not transactional)
    bulk_batch:K      store.bulk_extend(quads of K graphs) per batch (not transactional)
    trim:K            ctypes malloc_trim(0) every K graphs
    flush_trim:K      flush() + malloc_trim(0) every K graphs
Modifiers (usable with any strategy in `compare` via suffixes in the spec):
    +arena2           child gets MALLOC_ARENA_MAX=2 in its environment
    +query            store.quads_for_pattern(None, ex:kind, None, None) fully consumed
                      every 100 graphs (a read between writes)
e.g.  "flush:1000+arena2", "baseline+query", "flush_trim:1000+arena2+query"
"""
import argparse
import ctypes
import gc
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

import pyoxigraph as ox

N_UNIQUE = 300        # quads with unique subjects + ~100 char literal
N_ACTOR = 30          # quads pointing at a shared pool of actor IRIs
ACTOR_POOL = 60
EX = "https://ex.org/"

PREDS = [ox.NamedNode(f"{EX}vocab/p{i}") for i in range(10)]
P_ACTOR = ox.NamedNode(f"{EX}vocab/actor")
P_KIND = ox.NamedNode(f"{EX}vocab/kind")          # one quad per graph; used by the read probe
KIND = ox.NamedNode(f"{EX}vocab/EventGraph")
ACTORS = [ox.NamedNode(f"{EX}actor/{i}") for i in range(ACTOR_POOL)]
WORDS = ("alpha beta gamma delta event report observed station network signal value "
         "measured sensor anomaly threshold update status north south east west region "
         "pressure temperature humidity wind speed level river bridge road closure").split()


def status(*keys):
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in keys:
                out[k] = int(v.split()[0])  # kB, or a count for Threads
    return out


def mib(kb):
    return round(kb / 1024, 1)


def make_graph(g, rng):
    gname = ox.NamedNode(f"{EX}graph/{g}")
    quads = [ox.Quad(gname, P_KIND, KIND, gname)]
    for i in range(N_UNIQUE):
        n = rng.randint(12, 16)
        text = " ".join(rng.choice(WORDS) for _ in range(n))[:100] + f" #{g}.{i}"
        quads.append(ox.Quad(ox.NamedNode(f"{EX}ev/{g}/{i}"), PREDS[i % len(PREDS)],
                             ox.Literal(text), gname))
    for j in range(N_ACTOR):
        quads.append(ox.Quad(ox.NamedNode(f"{EX}ev/{g}/{j}"), P_ACTOR,
                             ACTORS[rng.randrange(ACTOR_POOL)], gname))
    return quads


def dir_size(path):
    tot, files = 0, 0
    for root, _, names in os.walk(path):
        for n in names:
            try:
                tot += os.path.getsize(os.path.join(root, n))
                files += 1
            except OSError:
                pass
    return tot, files


def run(strategy, n, k, query_every, report_every=1000):
    base = strategy.split(":")[0]
    if ":" in strategy:
        k = int(strategy.split(":")[1])
    libc = ctypes.CDLL("libc.so.6")
    tmp = tempfile.mkdtemp(prefix="oxprobe-", dir=os.environ.get("PROBE_TMP"))
    path = os.path.join(tmp, "store")
    rng = random.Random(42)
    store = ox.Store(path)
    s0 = status("VmRSS", "VmHWM", "Threads")
    print(f"# strategy={strategy} n={n} k={k} query_every={query_every} "
          f"MALLOC_ARENA_MAX={os.environ.get('MALLOC_ARENA_MAX')} start_rss={mib(s0['VmRSS'])}MiB",
          flush=True)
    t0 = time.perf_counter()
    t_store = 0.0
    batch = []
    reopen_checks = []
    read_rows = 0
    for g in range(n):
        quads = make_graph(g, rng)
        ts = time.perf_counter()
        if base == "bulk_graph":
            store.bulk_extend(quads)
        elif base == "bulk_batch":
            batch.extend(quads)
            if (g + 1) % k == 0:
                store.bulk_extend(batch)
                batch = []
        else:
            store.extend(quads)
        if (g + 1) % k == 0:
            if base in ("flush", "flush_trim"):
                store.flush()
            if base == "optimize":
                store.optimize()
            if base in ("trim", "flush_trim"):
                libc.malloc_trim(0)
            if base == "reopen":
                before = status("VmRSS", "Threads")
                del store
                gc.collect()
                after_del = status("VmRSS", "Threads")
                # If the old RocksDB instance were still alive, its LOCK file would make
                # this open fail with "lock hold by current process".
                store = ox.Store(path)
                reopen_checks.append((mib(before["VmRSS"]), mib(after_del["VmRSS"]),
                                      before["Threads"], after_del["Threads"]))
        if query_every and (g + 1) % query_every == 0:
            read_rows = sum(1 for _ in store.quads_for_pattern(None, P_KIND, None, None))
        t_store += time.perf_counter() - ts
        if (g + 1) % report_every == 0:
            s = status("VmRSS", "VmHWM", "RssAnon", "Threads")
            print(f"  graphs={g + 1:6d} rss={mib(s['VmRSS']):7.1f} hwm={mib(s['VmHWM']):7.1f} "
                  f"anon={mib(s['RssAnon']):7.1f} threads={s['Threads']} "
                  f"t={time.perf_counter() - t0:6.1f}s", flush=True)
    if batch:
        store.bulk_extend(batch)
    wall = time.perf_counter() - t0
    nq = len(store)
    s = status("VmRSS", "VmHWM", "RssAnon", "Threads")
    size, files = dir_size(path)
    res = dict(strategy=strategy, n=n, k=k, query_every=query_every,
               arena=os.environ.get("MALLOC_ARENA_MAX"),
               peak_mib=mib(s["VmHWM"]), final_rss_mib=mib(s["VmRSS"]),
               final_anon_mib=mib(s["RssAnon"]), threads=s["Threads"],
               wall_s=round(wall, 1), store_s=round(t_store, 1), quads=nq,
               disk_mib=round(size / 2**20, 1), files=files, read_rows=read_rows)
    if reopen_checks:
        res["reopen_first"] = reopen_checks[0]
        res["reopen_last"] = reopen_checks[-1]
        res["reopens"] = len(reopen_checks)
    del store
    gc.collect()
    shutil.rmtree(tmp, ignore_errors=True)
    print("RESULT " + json.dumps(res), flush=True)
    return res


def compare(ns, specs, out):
    results = []
    for n in ns:
        for spec in specs:
            parts = spec.split("+")
            strategy, mods = parts[0], set(parts[1:])
            env = dict(os.environ)
            env.pop("MALLOC_ARENA_MAX", None)
            if "arena2" in mods:
                env["MALLOC_ARENA_MAX"] = "2"
            cmd = [sys.executable, os.path.abspath(__file__), "run", "--strategy", strategy,
                   "--n", str(n), "--query-every", "100" if "query" in mods else "0"]
            p = subprocess.run(cmd, env=env, capture_output=True, text=True)
            sys.stdout.write(p.stdout)
            sys.stderr.write(p.stderr)
            line = [l for l in p.stdout.splitlines() if l.startswith("RESULT ")]
            if not line:
                print(f"!! {spec} n={n} failed rc={p.returncode}", flush=True)
                continue
            r = json.loads(line[-1][7:])
            r["spec"] = spec
            results.append(r)
            if out:
                with open(out, "a") as f:
                    f.write(json.dumps(r) + "\n")
    print_table(results)


def print_table(results):
    print(f"\n{'spec':34s} {'N':>6s} {'peakMiB':>8s} {'finalMiB':>8s} {'wall_s':>7s} "
          f"{'store_s':>7s} {'diskMiB':>7s} {'files':>6s}")
    for r in results:
        print(f"{r['spec']:34s} {r['n']:6d} {r['peak_mib']:8.1f} {r['final_rss_mib']:8.1f} "
              f"{r['wall_s']:7.1f} {r['store_s']:7.1f} {r['disk_mib']:7.1f} {r['files']:6d}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("run")
    a.add_argument("--strategy", default="baseline")
    a.add_argument("--n", type=int, default=1000)
    a.add_argument("--k", type=int, default=1000)
    a.add_argument("--query-every", type=int, default=0)
    c = sub.add_parser("compare")
    c.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    c.add_argument("--only", nargs="+", default=[
        "baseline", "flush:100", "flush:1000", "optimize:100", "optimize:1000",
        "reopen:100", "reopen:1000", "bulk_graph", "bulk_batch:100", "bulk_batch:1000",
        "trim:100", "trim:1000", "baseline+arena2", "flush_trim:1000",
        "flush:1000+arena2", "flush_trim:1000+arena2",
        "baseline+query", "flush:1000+query"])
    c.add_argument("--out", default="")
    t = sub.add_parser("table")
    t.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.cmd == "run":
        run(args.strategy, args.n, args.k, args.query_every)
    elif args.cmd == "compare":
        compare(args.n, args.only, args.out)
    else:
        rs = []
        for fn in args.files:
            with open(fn) as f:
                rs += [json.loads(l) for l in f if l.strip()]
        print_table(rs)


if __name__ == "__main__":
    main()
