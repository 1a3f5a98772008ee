"""Start the app: `python -m ui.serve [Streamlit options]` – what ./start.sh runs.

The same as `streamlit run app.py [options]`, except that the page's modules are imported and
the engine is loaded *before* the server listens. A plain `streamlit run` would do both when
the first browser connects, and that user would wait several seconds for the first page.
Options go to Streamlit unchanged: `python -m ui.serve --server.port 8600 --server.address 0.0.0.0`.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app.py"


def preload() -> str:
    t0 = time.perf_counter()
    import altair  # noqa: F401 - imported here so the first page does not pay for it
    import pandas  # noqa: F401

    import ui.chat  # noqa: F401
    import ui.indexing  # noqa: F401
    import ui.sidebar  # noqa: F401
    import ui.start  # noqa: F401
    from ui.holder import get_holder

    holder = get_holder()
    ready = holder.preload()
    what = "kunskapsbanken laddad" if ready else (holder.error or "inget index ännu – det byggs när sidan öppnas")
    return f"Kunskapsbanken: {what} ({time.perf_counter() - t0:.1f} s)."


def main(argv: list[str] | None = None) -> int:
    print(preload(), flush=True)
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
