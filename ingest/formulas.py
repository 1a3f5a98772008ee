"""Sums a workbook saved without recalculation would show stale, computed again.

A workbook set to manual calculation (``<calcPr calcMode="manual">``) keeps each formula's value
as it was when last computed: a figure corrected afterwards ("Strömsund … ytterligare 6 dödade
får") leaves its row's and the county's "=SUM(…)" showing the old totals, which Excel would
replace on the next recalculation. For such a workbook the plain formulas – sums, and + − × ÷
of cells and numbers on the same sheet – are computed again from the cells they name; any other
formula keeps the value the file holds.
"""
from __future__ import annotations

import ast
import operator
import re
import zipfile
from pathlib import Path

_CALC_MANUAL = re.compile(rb"<(?:\w+:)?calcPr\b[^>]*\bcalcMode=\"manual\"")
_REF = r"\$?([A-Z]{1,3})\$?(\d{1,7})"
_RANGE = re.compile(rf"{_REF}(?::{_REF})?")
_SUM = re.compile(r"SUM\(([^()]*)\)", re.I)
_PLAIN = re.compile(r"[A-Z0-9$:().,;+\-*/ \t]+", re.I)
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def manual_calculation(path: Path) -> bool:
    """Is the workbook set to calculate only when asked (its saved formula values may be stale)?"""
    try:
        with zipfile.ZipFile(path) as z:
            with z.open("xl/workbook.xml") as f:
                return _CALC_MANUAL.search(f.read(1 << 20)) is not None
    except (KeyError, zipfile.BadZipFile, OSError):
        return False


def _column(letters: str) -> int:
    k = 0
    for ch in letters:
        k = 26 * k + ord(ch) - 64
    return k


def recomputed(cells: dict[tuple[int, int], object]) -> dict[tuple[int, int], float]:
    """The values of a sheet's plain formulas ("=SUM(C6:G6)", "=B6+B7", "=H13/B13") computed
    from ``cells`` – (row, column) → constant or formula text – with the formulas they name
    computed first. A formula naming another sheet, a function other than SUM or a text cell is
    left out."""
    done: dict[tuple[int, int], float | None] = {}

    def value(at: tuple[int, int], depth: int) -> float | None:
        v = cells.get(at)
        if isinstance(v, str) and v.startswith("="):
            if at not in done:
                done[at] = None  # (a cycle reads as no value)
                done[at] = formula(v[1:], depth + 1) if depth < 50 else None
            return done[at]
        if v is None or (isinstance(v, str) and not v.strip()):
            return 0.0
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return None
        return float(v)

    def refs(text: str, depth: int) -> float | None:
        total = 0.0
        for part in re.split(r"[,;]", text):
            m = _RANGE.fullmatch(part.strip())
            if not m:
                return None
            c0, r0 = _column(m.group(1)), int(m.group(2))
            c1, r1 = (_column(m.group(3)), int(m.group(4))) if m.group(3) else (c0, r0)
            for r in range(min(r0, r1), max(r0, r1) + 1):
                for c in range(min(c0, c1), max(c0, c1) + 1):
                    x = value((r, c), depth)
                    if x is None:
                        return None
                    total += x
        return total

    def formula(text: str, depth: int) -> float | None:
        if not _PLAIN.fullmatch(text):
            return None
        sums: list[float] = []
        for m in _SUM.finditer(text):
            s = refs(m.group(1), depth)
            if s is None:
                return None
            sums.append(s)
        k = iter(range(len(sums)))
        expr = _SUM.sub(lambda m: f"_s{next(k)}", text)
        names = {f"_s{i}": s for i, s in enumerate(sums)}
        for m in re.finditer(_REF, expr):
            x = value((int(m.group(2)), _column(m.group(1))), depth)
            if x is None:
                return None
            names[f"_c{m.group(1)}_{m.group(2)}"] = x
        expr = re.sub(_REF, lambda m: f"_c{m.group(1)}_{m.group(2)}", expr)
        try:
            return _evaluate(ast.parse(expr.strip(), mode="eval").body, names)
        except (SyntaxError, KeyError, ZeroDivisionError, TypeError, ValueError):
            return None

    out = {}
    for at, v in cells.items():
        if isinstance(v, str) and v.startswith("="):
            x = value(at, 0)
            if x is not None:
                out[at] = x
    return out


def _evaluate(node: ast.AST, names: dict[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.Name):
        return names[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        x = _evaluate(node.operand, names)
        return -x if isinstance(node.op, ast.USub) else x
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_evaluate(node.left, names), _evaluate(node.right, names))
    raise ValueError("not a plain formula")


def sheet_formulas(path: Path) -> dict[str, dict[tuple[int, int], float]]:
    """Per sheet title, the recomputed values of its plain formulas (see ``recomputed``)."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        out = {}
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()
            cells = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if getattr(c, "value", None) is not None}
            if any(isinstance(v, str) and v.startswith("=") for v in cells.values()):
                out[ws.title] = recomputed(cells)
        return out
    finally:
        wb.close()
