"""Where kg's data lives: the ontology/ folder (IRIs, labels, gazetteer, lexicon, queries).

In a source checkout (or an editable install) that is the repository's ``ontology/``; a wheel ships a
copy as ``kg/_ontology``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

__all__ = ["ontology_dir", "ontology_path", "read_jsonl_resource", "read_json_resource", "word_lists"]


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_ontology", here.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise FileNotFoundError(f"kg's ontology folder is missing (looked in {here / '_ontology'} and {here.parent / 'ontology'})")


def ontology_path(*parts: str) -> Path:
    return ontology_dir().joinpath(*parts)


def read_jsonl_resource(*parts: str) -> list[dict]:
    path = ontology_path(*parts)
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if line and not line.startswith("//"):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: {exc}") from None
    return rows


def read_json_resource(*parts: str):
    return json.loads(ontology_path(*parts).read_text(encoding="utf-8"))


def word_lists(cls, data: dict, **given):
    """A frozen dataclass of word lists read from a JSON resource: each field of ``cls`` not in ``given`` is the
    frozenset of the list ``data`` holds under the field's name; ``given`` supplies the fields built otherwise."""
    return cls(**given, **{name: frozenset(data[name]) for name in cls.__dataclass_fields__ if name not in given})
