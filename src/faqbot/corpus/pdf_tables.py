"""The ruled tables of a PDF page: the borders a program draws around a table's cells.

A PDF keeps a table as text placed on the page between lines drawn around its cells, nothing that
says "row" or "cell". Read as text alone, a table of questions and answers ran its rows together
in column order (every question, then every answer), and pdfminer joins cells that sit close into
one line ("Standard included"). These rules say where each cell is: :mod:`faqbot.corpus.pdf_faq`
splits its lines where a rule crosses them and gathers each row's cells.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pdfminer.layout import LTPage

_RULE_WIDTH = 2.0  # points: a drawn line or box no thicker than this is a rule, a cell's border…
_SHORTEST_RULE = 4.0  # …when it is at least this long (a bullet's dot is not)
_TOUCH = 2.0  # points: a rule this close to a piece of text still bounds it (padding is often thin)


@dataclass(frozen=True)
class Box:
    """A rectangle on the page, in points from its bottom left corner."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Rules:
    """A page's rules: across (horizontal) and down (vertical)."""

    across: tuple[Box, ...]
    down: tuple[Box, ...]

    @classmethod
    def of(cls, page: LTPage) -> Rules:
        """The rules drawn on ``page``: thin lines and boxes, and the edges of outlined boxes (a
        cell drawn as a rectangle). Filled boxes (shading) and small shapes bound nothing."""
        from pdfminer.layout import LTCurve

        across: list[Box] = []
        down: list[Box] = []
        for shape in page:
            if not isinstance(shape, LTCurve):
                continue
            box = Box(shape.x0, shape.y0, shape.x1, shape.y1)
            thin, long = min(shape.width, shape.height) <= _RULE_WIDTH, max(shape.width, shape.height) >= _SHORTEST_RULE
            if thin and long:
                (across if shape.width > shape.height else down).append(box)
            elif not thin and shape.stroke:
                across += [Box(box.x0, box.y0, box.x1, box.y0), Box(box.x0, box.y1, box.x1, box.y1)]
                down += [Box(box.x0, box.y0, box.x0, box.y1), Box(box.x1, box.y0, box.x1, box.y1)]
        return cls(_merged(across, horizontal=True), _merged(down, horizontal=False))

    def crossing(self, text: Box) -> list[float]:
        """Where rules cross a line of ``text`` between its first and last letter, left to right:
        the borders between cells that pdfminer read as one line."""
        middle = (text.y0 + text.y1) / 2
        return sorted({(rule.x0 + rule.x1) / 2 for rule in self.down if rule.y0 <= middle <= rule.y1 and text.x0 + _TOUCH < (rule.x0 + rule.x1) / 2 < text.x1 - _TOUCH})

    def cell(self, text: Box) -> Box | None:
        """The cell around a piece of ``text``: the nearest rules on its four sides that reach past
        its middle, or None when it has no rule on a side (it is not in a ruled table)."""
        across_middle, down_middle = (text.x0 + text.x1) / 2, (text.y0 + text.y1) / 2
        left = max((rule.x1 for rule in self.down if rule.x1 <= text.x0 + _TOUCH and rule.y0 <= down_middle <= rule.y1), default=None)
        right = min((rule.x0 for rule in self.down if rule.x0 >= text.x1 - _TOUCH and rule.y0 <= down_middle <= rule.y1), default=None)
        below = max((rule.y1 for rule in self.across if rule.y1 <= text.y0 + _TOUCH and rule.x0 <= across_middle <= rule.x1), default=None)
        above = min((rule.y0 for rule in self.across if rule.y0 >= text.y1 - _TOUCH and rule.x0 <= across_middle <= rule.x1), default=None)
        if left is None or right is None or below is None or above is None:
            return None
        return Box(left, below, right, above)


def _merged(rules: list[Box], horizontal: bool) -> tuple[Box, ...]:
    """``rules`` with those on one line that meet or overlap made one: a table draws each cell's
    border, so a row's rule comes in as many pieces as the row has cells, twice where cells are
    outlined, and a page of a large table would be searched thousands of times for each text."""
    lines: dict[float, list[Box]] = {}
    for rule in rules:
        lines.setdefault(round((rule.y0 + rule.y1) / 2 if horizontal else (rule.x0 + rule.x1) / 2, 1), []).append(rule)
    merged: list[Box] = []
    for pieces in lines.values():
        pieces.sort(key=lambda rule: rule.x0 if horizontal else rule.y0)
        joined = [pieces[0]]
        for rule in pieces[1:]:
            last = joined[-1]
            if (rule.x0 if horizontal else rule.y0) <= (last.x1 if horizontal else last.y1) + _TOUCH:
                joined[-1] = Box(min(last.x0, rule.x0), min(last.y0, rule.y0), max(last.x1, rule.x1), max(last.y1, rule.y1))
            else:
                joined.append(rule)
        merged += joined
    return tuple(merged)


def tables(cells: Sequence[Box | None]) -> list[list[list[int]]]:
    """The ruled tables that ``cells`` (each piece of text's cell, None for text in none) make, in
    page order: each a list of rows top to bottom, each row the pieces' positions in ``cells``, cell
    by cell left to right. A table needs two rows and two columns: one box around text is a framed
    note, and a frame around a page's two columns of text no table."""
    boxes = {position: cell for position, cell in enumerate(cells) if cell is not None}
    by_row: dict[tuple[float, float], list[int]] = {}
    for position, cell in boxes.items():
        by_row.setdefault((round(cell.y1), round(cell.y0)), []).append(position)
    ordered = [sorted(row, key=lambda position: round(boxes[position].x0)) for _, row in sorted(by_row.items(), key=lambda item: -item[0][0])]
    return [table for table in _contiguous(ordered, boxes) if len(table) >= 2 and len(columns(table, boxes)) >= 2]


def columns(table: list[list[int]], boxes: Mapping[int, Box]) -> list[int]:
    """Where a table's columns start, left to right (``boxes``: each piece's cell by its position):
    a row may leave a cell empty."""
    return sorted({round(boxes[position].x0) for row in table for position in row})


def _contiguous(ordered: list[list[int]], boxes: Mapping[int, Box]) -> list[list[list[int]]]:
    """``ordered`` rows (top to bottom) split into tables: a row that does not start where the row
    above it ends belongs to another table."""
    found: list[list[list[int]]] = []
    for row in ordered:
        if found and abs(boxes[found[-1][-1][0]].y0 - boxes[row[0]].y1) <= 2 * _TOUCH:
            found[-1].append(row)
        else:
            found.append([row])
    return found
