"""A rerunnable mutation check: does the test suite notice small, plausible breakages?

For each module it makes a curated set of mutants -- a comparison flipped, a ``not`` or a filter
dropped, a statement deleted, two arguments swapped, a boolean default flipped -- applies them one at
a time to a throw-away copy of the repository (the work tree is never touched), runs the module's test
subset with a timeout and prints the score and the mutants that survived.

Which mutants: every candidate on a line that mentions one of the module's focus words (the promises
the issue names: negation, reporting, conditions, modality, escaping...) plus an evenly spread, seeded
sample of the rest, so two runs over the same source try the same mutants. The three breakages named
in issue 15 are always tried as well (``named`` mutants).

    .venv/bin/python tools/mutate.py                       # the four modules, default sample
    .venv/bin/python tools/mutate.py --module kg/query/params.py --per-module 30
    .venv/bin/python tools/mutate.py --tests-from 68a9050  # the same mutants against older tests
    .venv/bin/python tools/mutate.py --list                # only list the mutants

Exit status: 0 when every mutant was killed, 1 when some survived, 2 on a usage error or when the
unmutated copy fails its own tests (then no score would mean anything).
"""
from __future__ import annotations

import argparse
import ast
import io
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: module -> (test files, -k expression choosing the tests a change to the module should break, focus words).
MODULES = {
    "kg/query/params.py": (["tests/test_query.py", "tests/test_fixture_article.py"],
                    "test_query or named_query or mutual or by_country or balance or denial",
                    r"negat|asserted|bool|update|read.only|default|required|actor|VALUES"),
    "kg/rdf/build.py": (["tests/test_rdf.py", "tests/test_fixture_article.py"],
                        "test_rdf or graph or table",
                        r"reported|negat|modality|condition|target|answers|time|evidence"),
    "kg/extract/events/extractor.py": (["tests/test_extract.py", "tests/test_fixture_article.py"],
                             "test_extract or extraction",
                             r"negat|modality|condition|reported|passive|agent|target"),
    "kg/visualize.py": (["tests/test_viewer.py", "tests/test_fixture_article.py"],
                        "test_viewer or viewer",
                        r"negated|reported|condition|modality|escape|country|target"),
}
#: pytest options for every run: stop at the first failure, no cache in the copy, no output capture noise.
PYTEST = ["-x", "-q", "-p", "no:cacheprovider", "--no-header"]


@dataclass
class Mutant:
    module: str
    kind: str
    line: int
    before: str
    after: str
    source: str  # the whole mutated module

    @property
    def ident(self) -> str:
        return f"{self.module}:{self.line}:{self.kind}"


# ------------------------------------------------------------------------------------------ making mutants

_FLIP = {ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Lt: ast.GtE, ast.GtE: ast.Lt, ast.Gt: ast.LtE, ast.LtE: ast.Gt,
         ast.In: ast.NotIn, ast.NotIn: ast.In, ast.Is: ast.IsNot, ast.IsNot: ast.Is}


class _Source:
    """The module's text with helpers to replace one node's span."""

    def __init__(self, text: str):
        self.text = text
        self.lines = text.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def offset(self, line: int, col: int) -> int:
        # ast columns are UTF-8 byte offsets
        return self.starts[line - 1] + len(self.lines[line - 1].encode("utf-8")[:col].decode("utf-8"))

    def replace(self, node: ast.AST, new: str) -> str:
        a = self.offset(node.lineno, node.col_offset)
        b = self.offset(node.end_lineno, node.end_col_offset)
        return self.text[:a] + new + self.text[b:]

    def segment(self, node: ast.AST) -> str:
        a = self.offset(node.lineno, node.col_offset)
        b = self.offset(node.end_lineno, node.end_col_offset)
        return self.text[a:b]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def candidates(module: str, text: str) -> list[Mutant]:
    """Every mutant of the kinds this script makes, in source order, each compiling and differing."""
    src = _Source(text)
    tree = ast.parse(text)
    docstrings = {id(n.body[0]) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    found: list[Mutant] = []

    def add(kind: str, node: ast.AST, new_text: str, replacement: str | None = None):
        new_source = src.replace(node, replacement if replacement is not None else new_text)
        if new_source == text:
            return
        try:
            compile(new_source, module, "exec")
        except SyntaxError:
            return
        found.append(Mutant(module, kind, node.lineno, _one_line(src.segment(node))[:100], _one_line(new_text)[:100],
                            new_source))

    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _FLIP:
            flipped = ast.Compare(left=node.left, ops=[_FLIP[type(node.ops[0])]()], comparators=node.comparators)
            add("flip-comparison", node, f"({ast.unparse(flipped)})")
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            add("drop-not", node, f"({src.segment(node.operand)})")
        elif isinstance(node, ast.BoolOp) and len(node.values) == 2:
            other = "or" if isinstance(node.op, ast.And) else "and"
            add("and-or", node, f"({src.segment(node.values[0])} {other} {src.segment(node.values[1])})")
        elif isinstance(node, ast.comprehension) and node.ifs:
            for cond in node.ifs:
                add("drop-filter", cond, "True")
        elif isinstance(node, ast.If) and not node.orelse and len(node.body) == 1 and isinstance(
                node.body[0], (ast.Continue, ast.Return, ast.Break, ast.Raise)):
            add("drop-guard", node, "pass")
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and id(node) not in docstrings:
            add("drop-call", node, "pass")
        elif isinstance(node, ast.Call) and len(node.args) >= 2 and not any(
                isinstance(a, ast.Starred) for a in node.args[:2]):
            first, second = node.args[0], node.args[1]
            if src.segment(first) != src.segment(second):
                swapped = ast.Call(func=node.func, args=[second, first, *node.args[2:]], keywords=node.keywords)
                add("swap-args", node, ast.unparse(swapped))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for default in [*node.args.defaults, *[d for d in node.args.kw_defaults if d is not None]]:
                if isinstance(default, ast.Constant) and isinstance(default.value, bool):
                    add("flip-default", default, str(not default.value))
    found.sort(key=lambda m: (m.line, m.kind, m.after))
    return found


def select(module: str, mutants: list[Mutant], focus: str, per_module: int, seed: int) -> list[Mutant]:
    """The focus lines' mutants (at most half the budget) and a seeded, evenly spread sample of the rest."""
    pattern = re.compile(focus, re.IGNORECASE)
    focused = [m for m in mutants if pattern.search(m.before)]
    rest = [m for m in mutants if m not in focused]
    rng = random.Random(f"{module}:{seed}")
    focused = sorted(rng.sample(focused, min(len(focused), per_module // 2)), key=lambda m: m.line)
    budget = per_module - len(focused)
    chosen_rest = []
    if rest and budget > 0:
        step = len(rest) / budget
        for i in range(min(budget, len(rest))):
            window = rest[int(i * step):max(int((i + 1) * step), int(i * step) + 1)]
            chosen_rest.append(rng.choice(window))
    return sorted(focused + chosen_rest, key=lambda m: (m.line, m.kind))


#: The three breakages issue 15 names: (module, (test files, -k expression), what, old text, new text).
NAMED = [
    ("kg/rdf/build.py", (["tests/test_rdf.py", "tests/test_fixture_article.py"], "test_rdf or graph or table or viewer"),
     "drop kgo:reportedBy",
     r"^(\s*)(.*KGO\.reportedBy.*)$", r"\1pass  # \2"),
    ("kg/analyze/project.py", (["tests/test_analyze.py", "tests/test_fixture_article.py"],
                               "test_analyze or networkx or mutual_pair"),
     "to_networkx keeps negated events", r"if is_negated and not include_negated:", "if False:"),
    ("ontology/queries/who-accused-whom.rq", (["tests/test_query.py", "tests/test_fixture_article.py"],
                                              "test_query or named_query"),
     "named query keeps negated events by default",
     r"# params: include_negated \(boolean, default false\)", "# params: include_negated (boolean, default true)"),
]


def named_mutants() -> list[tuple[Mutant, tuple]]:
    out = []
    for module, tests, what, old, new in NAMED:
        path = ROOT / module
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        mutated, count = re.subn(old, new, text, count=1, flags=re.MULTILINE)
        if count:
            line = text[:re.search(old, text, flags=re.MULTILINE).start()].count("\n") + 1
            out.append((Mutant(module, f"named: {what}", line, old, new, mutated), (tuple(tests[0]), tests[1])))
        else:
            print(f"mutate: named breakage '{what}' found nothing to change in {module}", file=sys.stderr)
    return out


# ------------------------------------------------------------------------------------------ running them

def make_copy(workdir: Path, tests_from: str | None) -> Path:
    """A copy of the work tree's tracked and new files (and ../shared beside it), with tests/ from a revision."""
    copy = workdir / "repo"
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-co", "--exclude-standard", "-z"],
                           capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    if tests_from:
        shutil.rmtree(copy / "tests")
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", tests_from, "tests"],
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(copy, filter="data")
    shared = ROOT.parent / "shared"
    if shared.exists():
        (workdir / "shared").symlink_to(shared)
    return copy


def run_tests(copy: Path, tests: tuple, timeout: float) -> tuple[str, float, str]:
    """Run (test files, -k expression): ('passed' | 'failed' | 'timeout', seconds, last output line)."""
    files, keyword = tests
    present = [t for t in files if (copy / t).exists()]
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.monotonic()
    # a session of its own, so that a timeout ends the browser or server a test started as well
    process = subprocess.Popen([sys.executable, "-m", "pytest", *PYTEST, "-k", f"({keyword}) and not corpus", *present], cwd=copy, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        stdout, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return "timeout", time.monotonic() - start, f"over {timeout:.0f} s"
    lines = [line for line in stdout.splitlines() if line.strip()]
    return ("passed" if process.returncode == 0 else "failed"), time.monotonic() - start, lines[-1] if lines else ""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", choices=sorted(MODULES), help="only this module (repeatable)")
    parser.add_argument("--per-module", type=int, default=10, help="mutants per module (default 10)")
    parser.add_argument("--seed", type=int, default=15, help="sampling seed (default 15)")
    parser.add_argument("--tests-from", metavar="REV", help="run the tests/ folder of this git revision")
    parser.add_argument("--no-named", action="store_true", help="skip the three breakages issue 15 names")
    parser.add_argument("--named-only", action="store_true", help="only the three breakages issue 15 names")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    args = parser.parse_args(argv)

    modules = [] if args.named_only else args.module or list(MODULES)
    plan: list[tuple[Mutant, tuple]] = []
    for module in modules:
        files, keyword, focus = MODULES[module]
        tests = (tuple(files), keyword)
        text = (ROOT / module).read_text(encoding="utf-8")
        every = candidates(module, text)
        chosen = select(module, every, focus, args.per_module, args.seed)
        print(f"{module}: {len(every)} candidate mutants, trying {len(chosen)}")
        plan += [(m, tests) for m in chosen]
    if not args.no_named:
        plan += named_mutants()
    if args.list:
        for m, _ in plan:
            print(f"  {m.ident}: {m.before!r} -> {m.after!r}")
        return 0

    with tempfile.TemporaryDirectory(prefix="kg-mutate-") as tmp:
        copy = make_copy(Path(tmp), args.tests_from)
        # the unmutated copy must pass each subset; its time sets the subset's timeout
        timeouts = {}
        for tests in dict.fromkeys(t for _, t in plan):
            outcome, seconds, last = run_tests(copy, tests, timeout=1800)
            print(f"baseline {' '.join(tests[0])} -k {tests[1]!r}: {outcome} in {seconds:.0f} s ({last})", flush=True)
            if outcome != "passed":
                print("mutate: the unmutated copy fails its tests; fix them first", file=sys.stderr)
                return 2
            timeouts[tests] = 3 * seconds + 60
        results: dict[str, list[tuple[Mutant, str]]] = {}
        for i, (mutant, tests) in enumerate(plan, 1):
            target = copy / mutant.module
            original = target.read_text(encoding="utf-8")
            target.write_text(mutant.source, encoding="utf-8")
            try:
                outcome, seconds, last = run_tests(copy, tests, timeouts[tests])
            finally:
                target.write_text(original, encoding="utf-8")
            verdict = "survived" if outcome == "passed" else "killed"
            group = "issue 15's named breakages" if mutant.kind.startswith("named") else mutant.module
            results.setdefault(group, []).append((mutant, verdict))
            print(f"[{i}/{len(plan)}] {verdict:8} {mutant.ident} ({seconds:.0f} s): {mutant.before!r} -> {mutant.after!r}",
                  flush=True)

    print("\nscore (killed / tried):")
    survivors = []
    for module, rows in results.items():
        killed = sum(1 for _, v in rows if v == "killed")
        print(f"  {module}: {killed}/{len(rows)}")
        survivors += [m for m, v in rows if v == "survived"]
    total = sum(len(r) for r in results.values())
    print(f"  all: {total - len(survivors)}/{total}")
    if survivors:
        print("surviving mutants:")
        for m in survivors:
            print(f"  {m.ident}: {m.before!r} -> {m.after!r}")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
