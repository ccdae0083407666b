"""Network analysis of the actor graph: RDF → networkx, then metrics that take the graph first and
return plain dicts (networkx style).

>>> import kg
>>> from kg.analyze import pagerank, most_active
>>> G = kg.to_networkx(kg.build(["seeds/russia-us-security-talks.txt"]))  # doctest: +SKIP
>>> max(pagerank(G), key=pagerank(G).get)  # doctest: +SKIP
'https://w3id.org/kg/actor/russia'
"""
from .activity import most_active, most_targeted
from .balance import QUAD_CLASSES, balance
from .centrality import betweenness, pagerank, top
from .communities import communities
from .ego import ego, ego_graph
from .export import EXPORT_SUFFIXES, export, network_for_export
from .paths import shortest_chain
from .project import BY, collapse, find_node, node_label, to_networkx
from .reciprocity import mutual_pairs, reciprocity
from .report import REPORT_FORMATS, analyze, format_report

__all__ = [
    "to_networkx", "collapse", "find_node", "node_label", "BY",
    "pagerank", "betweenness", "top",
    "most_active", "most_targeted",
    "communities",
    "mutual_pairs", "reciprocity",
    "balance", "QUAD_CLASSES",
    "ego", "ego_graph",
    "shortest_chain",
    "export", "network_for_export", "EXPORT_SUFFIXES",
    "analyze", "format_report", "REPORT_FORMATS",
]
