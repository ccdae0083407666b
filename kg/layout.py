"""Node positions for the viewer, computed here so that the page draws them at once instead of running
its physics: a force-directed (Fruchterman–Reingold) layout of a networkx graph.

networkx's own spring_layout compares every pair of nodes on every iteration and takes half a minute
for 2,000 actors. Here repulsion is exact only between nodes closer than a few edge lengths (found
with scipy's cKDTree); farther nodes push as the centres of mass of the cells of a coarse grid, as in
Barnes–Hut, which takes about a second. A weak pull towards the centre keeps separate components from
drifting apart. Seeded: the same graph always gets the same positions.
"""
from __future__ import annotations

__all__ = ["layout", "EDGE_LENGTH"]

#: The distance two linked nodes settle at, in vis-network's units (pixels at zoom 1).
EDGE_LENGTH = 170.0


def _accumulate(total, at, vectors) -> None:
    """total[at[i]] += vectors[i] for every i, repeated indices summed (np.add.at, but much faster)."""
    import numpy as np

    for axis in range(total.shape[1]):
        total[:, axis] += np.bincount(at, vectors[:, axis], minlength=len(total))


def _far_repulsion(pos, k: float, cutoff: float, cells: int = 12):
    """The push on each node from the nodes farther than ``cutoff``, each grid cell's nodes as one mass."""
    import numpy as np

    low, high = pos.min(axis=0), pos.max(axis=0)
    span = np.maximum(high - low, 1e-9)
    cell = np.minimum(((pos - low) / span * cells).astype(np.int64), cells - 1)
    flat = cell[:, 0] * cells + cell[:, 1]
    mass = np.bincount(flat, minlength=cells * cells).astype(float)
    full = mass > 0
    cx = np.bincount(flat, pos[:, 0], minlength=cells * cells)[full] / mass[full]
    cy = np.bincount(flat, pos[:, 1], minlength=cells * cells)[full] / mass[full]
    dx = pos[:, 0:1] - cx[None, :]
    dy = pos[:, 1:2] - cy[None, :]
    dist2 = np.maximum(dx * dx + dy * dy, 1e-6)
    strength = np.where(dist2 > cutoff * cutoff, mass[full][None, :] * (k * k) / dist2, 0.0)
    return np.stack([(dx * strength).sum(axis=1), (dy * strength).sum(axis=1)], axis=1)


def layout(G, *, iterations: int = 100, seed: int = 7, edge_length: float = EDGE_LENGTH) -> dict:
    """node → (x, y) for the networkx graph ``G`` (edges' ``weight`` pulls harder), centred on (0, 0).

    >>> import networkx as nx
    >>> pos = layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
    True
    """
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(G.nodes())
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {}
    for u, v, data in G.edges(data=True):
        if u != v:
            key = (min(index[u], index[v]), max(index[u], index[v]))
            pairs[key] = pairs.get(key, 0.0) + float(data.get("weight", 1.0) or 1.0)
    edges = np.array(list(pairs), dtype=np.int64).reshape(-1, 2)
    weights = np.log1p(np.array(list(pairs.values()), dtype=float))  # ten events pull harder than one, not ten times

    rng = np.random.default_rng(seed)
    k = 1.0  # work in units of one edge length
    side = np.sqrt(n) * k
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    cutoff = 3.0 * k
    temperature = side / 8
    cooling = (0.02 / 8) ** (1 / iterations)
    gravity = 0.3
    far = np.zeros_like(pos)
    for step in range(iterations):
        move = np.zeros_like(pos)
        close = cKDTree(pos).query_pairs(cutoff, output_type="ndarray")
        if len(close):
            delta = pos[close[:, 0]] - pos[close[:, 1]]
            dist2 = np.maximum((delta ** 2).sum(axis=1), 1e-6)
            push = delta * (k * k / dist2)[:, None]
            _accumulate(move, close[:, 0], push)
            _accumulate(move, close[:, 1], -push)
        if step % 3 == 0:  # the far field changes slowly: recomputed every third step
            far = _far_repulsion(pos, k, cutoff)
        move += far
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            dist = np.sqrt(np.maximum((delta ** 2).sum(axis=1), 1e-9))
            pull = delta * (dist / k * weights)[:, None]
            _accumulate(move, edges[:, 0], -pull)
            _accumulate(move, edges[:, 1], pull)
        move -= gravity * pos
        length = np.sqrt(np.maximum((move ** 2).sum(axis=1), 1e-12))
        pos += move * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    pos -= pos.mean(axis=0)
    return {node: (round(float(x) * edge_length, 1), round(float(y) * edge_length, 1))
            for node, (x, y) in zip(nodes, pos)}
