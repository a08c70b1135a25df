"""TokenVectors: one text's word pieces as the encoder returns them, for token matching.

It lives below both its producers (the encoders) and its user (:mod:`faqbot.token_match`).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np


class TokenVectors(NamedTuple):
    """One text's word pieces: their ids, contextual unit vectors and text ([CLS] and [SEP] left out).

    ``pieces`` (the word pieces as text) is only needed for questions; stored entries leave it empty.
    """

    ids: np.ndarray  # int32, (n,)
    vectors: np.ndarray  # float32, (n, dim)
    pieces: tuple[str, ...] = ()
