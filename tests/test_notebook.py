"""notebooks/quickstart.ipynb runs top to bottom with the venv's kernel, so it cannot rot."""
from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "quickstart.ipynb"


def _text(outputs) -> str:
    parts = []
    for output in outputs:
        if output.get("output_type") == "stream":
            parts.append(output.get("text", ""))
        for value in (output.get("data") or {}).values():
            parts.append(value if isinstance(value, str) else "")
    return "".join(parts)


def test_quickstart_notebook_runs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # kernel "python3" is ipykernel's own spec: jupyter_client starts it with this interpreter (the venv's)
    client = nbclient.NotebookClient(notebook, kernel_name="python3", timeout=600,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(not any(o.get("output_type") == "error" for o in cell.outputs) for cell in code)
    text = "\n".join(_text(cell.outputs) for cell in code)
    assert "Sergei Shoigu" in text                      # the event table and the accusations
    assert "who-accused-whom" in text                   # the list of named queries
    assert "if the US and NATO" in text                 # a threat with its condition
    assert "PageRank" in text and "Russia" in text
    # kg.visualize is installed with kg: the notebook embeds the page, not its matplotlib fallback
    assert "interactive graph: " in text and "no drawing" not in text
    assert "<iframe srcdoc=" in text
