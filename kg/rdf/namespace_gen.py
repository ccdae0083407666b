"""Generate kg/rdf/kgo.py (the ``KGO`` namespace and the IRI bases) from ontology/kg.ttl.

    python -m kg.rdf.namespace_gen            # rewrite kg/rdf/kgo.py
    python -m kg.rdf.namespace_gen --check    # exit 1 when kgo.py is out of date

kg.ttl is the source of truth: every ``kgo:`` term it defines becomes one attribute of ``KGO`` (an rdflib
``DefinedNamespace`` that refuses unknown names), the ``kgo:iriBase`` nodes give ``ACT``, ``EV`` and ``ART``,
and the prefixes it declares for vocabularies rdflib does not ship (NIF, SEM) become ``Namespace``
constants, so no Python module types an ontology IRI by hand.
"""
from __future__ import annotations

import argparse
import keyword
import sys
from pathlib import Path

import rdflib.namespace as rdflib_namespaces
from rdflib import RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

__all__ = ["render", "generate", "OUTPUT", "KGO_IRI"]

KGO_IRI = "https://w3id.org/kg/ontology#"
OUTPUT = Path(__file__).with_name("kgo.py")
#: rdfs:label of a kgo:iriBase node -> the constant kgo.py gives its namespace.
IRI_BASES = {"actor": "ACT", "event": "EV", "article": "ART"}


def _ontology_file() -> Path:
    from ..resources import ontology_path

    return ontology_path("kg.ttl")


def _one_line(text: str, limit: int = 110) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _first(graph: Graph, subject, predicate) -> str | None:
    values = sorted(str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal))
    return values[0] if values else None


def _known_namespaces() -> set[str]:
    """Namespace IRIs rdflib already defines (RDF, OWL, SKOS, PROV, SDO, ...)."""
    known = set()
    for name in getattr(rdflib_namespaces, "__all__", ()):
        value = getattr(rdflib_namespaces, name, None)
        if isinstance(value, Namespace) or (isinstance(value, type) and issubclass(value, rdflib_namespaces.DefinedNamespace)):
            known.add(str(value))
    return known


def render(source: str | Path | None = None) -> str:
    """The text of kgo.py for the ontology in ``source`` (default: ontology/kg.ttl)."""
    path = Path(source) if source else _ontology_file()
    graph = Graph(bind_namespaces="none")
    graph.parse(path, format="turtle")
    kgo = Namespace(KGO_IRI)

    terms = sorted({str(s)[len(KGO_IRI):] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(KGO_IRI)})
    used = {str(t)[len(KGO_IRI):] for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(KGO_IRI)}
    undefined = sorted(used - set(terms))
    if undefined:
        raise ValueError(f"{path}: kgo terms used but not defined: {', '.join(undefined)}")

    bases = {}
    for node in graph.objects(None, kgo.iriBase):
        label, namespace = _first(graph, node, RDFS.label), _first(graph, node, kgo.namespace)
        if label in IRI_BASES and namespace:
            bases[IRI_BASES[label]] = (label, namespace)
    missing = sorted(set(IRI_BASES.values()) - set(bases))
    if missing:
        raise ValueError(f"{path}: no kgo:iriBase node for {', '.join(missing)} "
                         f"(expected rdfs:label one of {', '.join(IRI_BASES)} with a kgo:namespace)")

    known = _known_namespaces()
    prefixes = sorted((p, str(ns)) for p, ns in graph.namespaces() if p)
    extra = [(p.upper(), ns) for p, ns in prefixes if ns not in known and ns != KGO_IRI]

    ontology_label = _first(graph, URIRef(KGO_IRI.rstrip("#")), RDFS.label) or "kg ontology"
    lines = [
        f'"""{ontology_label}: its terms as an rdflib namespace, and where kg mints IRIs.',
        "",
        "Generated from ontology/kg.ttl by ``python -m kg.rdf.namespace_gen``: do not edit by hand.",
        '"""',
        "from rdflib.namespace import DefinedNamespace, Namespace",
        "from rdflib.term import URIRef",
        "",
        "__all__ = " + repr(["KGO", *sorted(bases), *[name for name, _ in extra], "PREFIXES"]).replace("'", '"'),
        "",
    ]
    for name in sorted(bases):
        label, namespace = bases[name]
        lines += [f"#: IRIs kg mints for each {label} (kgo:iriBase {label!r} in kg.ttl).",
                  f'{name} = Namespace("{namespace}")']
    lines.append("")
    for name, namespace in extra:
        lines += [f"#: Declared in kg.ttl; rdflib does not define it.", f'{name} = Namespace("{namespace}")']
    lines += ["", "#: Every prefix kg.ttl declares, for binding in output graphs.", "PREFIXES = {"]
    lines += [f'    "{p}": "{ns}",' for p, ns in prefixes]
    lines += ["}", "", "", "class KGO(DefinedNamespace):", f'    """{ontology_label} (``kgo:``)."""', "",
              "    _fail = True", f'    _NS = Namespace("{KGO_IRI}")', ""]
    extras = []
    for term in terms:
        if not term.isidentifier() or keyword.iskeyword(term) or term.startswith("_"):
            extras.append(term)
            continue
        subject = kgo[term]
        note = _first(graph, subject, SKOS.definition) or _first(graph, subject, RDFS.label)
        lines.append(f"    {term}: URIRef" + (f"  # {_one_line(note)}" if note else ""))
    if extras:
        lines += ["", f"    _extras = {extras!r}"]
    return "\n".join(lines) + "\n"


def generate(source: str | Path | None = None, output: str | Path = OUTPUT) -> bool:
    """Write kgo.py; return True when its text changed."""
    text = render(source)
    output = Path(output)
    if output.is_file() and output.read_text(encoding="utf-8") == text:
        return False
    tmp = output.with_name(f".{output.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.rdf.namespace_gen", description=__doc__.splitlines()[0])
    parser.add_argument("--source", help="ontology file (default: ontology/kg.ttl)")
    parser.add_argument("--output", default=str(OUTPUT), help="where to write (default: %(default)s)")
    parser.add_argument("--check", action="store_true", help="only check that the output is up to date")
    args = parser.parse_args(argv)
    if args.check:
        current = Path(args.output).read_text(encoding="utf-8") if Path(args.output).is_file() else ""
        if current != render(args.source):
            print(f"{args.output} is out of date with kg.ttl; run python -m kg.rdf.namespace_gen", file=sys.stderr)
            return 1
        return 0
    changed = generate(args.source, args.output)
    print(f"{'wrote' if changed else 'unchanged:'} {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
