"""Query results as text: an aligned table, CSV, TSV or JSON; control characters escaped for terminals."""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Iterable, Sequence

from ..errors import FormatError

#: Output formats of :func:`format_result`.
RESULT_FORMATS = ("table", "csv", "tsv", "json")
_TABLE_CELL_WIDTH = 60

#: Control characters (C0 but tab and newline, DEL, C1): from article text they could drive a terminal
#: (colours, titles, cursor moves, a hidden line), so text meant for one shows them as escapes.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with every control character but tab and newline written as a visible escape (``\\x1b``).

    >>> escape_controls("red \x1b[31m")
    'red \\\\x1b[31m'
    """
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return escape_controls(" ".join(str(value).split()))


def _short(text: str, width: int = _TABLE_CELL_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def format_result(columns: Sequence[str], rows: Iterable[Sequence], fmt: str = "table") -> str:
    """``(columns, rows)`` as text: ``table`` (aligned, long cells cut), ``csv``, ``tsv`` or ``json``.

    >>> print(format_result(["a", "b"], [("x", 1), ("yy", None)]), end="")
    a   b
    --  -
    x   1
    yy
    >>> format_result(["a"], [(1.5,)], "json")
    '[\\n  {\\n    "a": 1.5\\n  }\\n]\\n'
    """
    if fmt not in RESULT_FORMATS:
        raise FormatError(fmt, RESULT_FORMATS)
    columns, rows = list(columns), [list(r) for r in rows]
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], indent=2, ensure_ascii=False) + "\n"
    if fmt in ("csv", "tsv"):  # data as it is (csv quotes it; tsv cells go through _cell)
        buffer = io.StringIO()
        if fmt == "csv":
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([[_cell(v) if isinstance(v, bool) or v is None else v for v in row] for row in rows])
        else:
            buffer.write("\t".join(columns) + "\n")
            for row in rows:
                buffer.write("\t".join(_cell(v).replace("\t", " ") for v in row) + "\n")
        return buffer.getvalue()
    cells = [[_short(_cell(v)) for v in row] for row in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines) + "\n"
