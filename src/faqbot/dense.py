"""Dense signal: every vector row of the layout in FAISS, compared with a question by inner product.

Rows are unit vectors, so inner product is cosine similarity. Ordinary FAQs are searched exactly;
above EXACT_SEARCH_LIMIT rows an HNSW graph keeps search in milliseconds (README, Performance,
has the recall and latency measured for these settings).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from faqbot.layout import RowLayout

EXACT_SEARCH_LIMIT = 100_000
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 40
HNSW_EF_SEARCH = 480


def new_vector_index(vectors: np.ndarray):
    """Exact inner-product search for ordinary FAQs; an HNSW graph for very large ones."""
    import faiss

    dim = vectors.shape[1]
    if len(vectors) <= EXACT_SEARCH_LIMIT:
        index = faiss.IndexFlatIP(dim)
    else:
        index = faiss.IndexHNSWFlat(dim, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    index.add(vectors)
    return index


class DenseIndex:
    """The FAISS index of a build's rows, and the row layout that says what each row is."""

    def __init__(self, vectors, layout: RowLayout) -> None:
        self.vectors = vectors  # faiss.Index
        self.layout = layout
        if hasattr(vectors, "hnsw"):
            vectors.hnsw.efSearch = HNSW_EF_SEARCH

    @classmethod
    def load(cls, path: Path, layout: RowLayout) -> DenseIndex:
        """Read a saved index; a row count or vectors that do not fit the layout raise ValueError."""
        import faiss

        vectors = faiss.read_index(str(path))
        if vectors.ntotal != len(layout):
            raise ValueError(f"{path.name} holds {vectors.ntotal} rows, the layout {len(layout)}")
        if not hasattr(vectors, "hnsw") and not np.isfinite(vectors.reconstruct_n(0, vectors.ntotal)).all():
            raise ValueError(f"{path.name} holds vectors that are not finite numbers")
        return cls(vectors, layout)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self.vectors, str(path))

    @property
    def dimension(self) -> int:
        return int(self.vectors.d)

    def rows(self, rows: np.ndarray) -> np.ndarray:
        """The stored vectors of ``rows``."""
        return self.vectors.reconstruct_batch(rows)

    def nearest_rows(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> np.ndarray:
        """The ``k`` rows nearest ``query``, only among entries in the ``allowed`` mask if given."""
        import faiss

        k = min(k, self.vectors.ntotal)
        if allowed is None:
            return self.vectors.search(query.reshape(1, -1), k)[1][0]
        selector = faiss.IDSelectorBatch(np.flatnonzero(allowed[self.layout.row_entry]).astype(np.int64))
        hnsw = getattr(self.vectors, "hnsw", None)
        params = faiss.SearchParametersHNSW(sel=selector, efSearch=hnsw.efSearch) if hnsw else faiss.SearchParameters(sel=selector)
        return self.vectors.search(query.reshape(1, -1), k, params=params)[1][0]
