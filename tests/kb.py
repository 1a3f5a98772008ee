"""A small knowledge base for one test: files written into a fresh folder, indexed with the
default embedder (the documents route ranks quotes by it, so the fake one would test another
ranking), and the engine over it."""
from __future__ import annotations

from pathlib import Path


def engine_over(tmp_path: Path, files: dict[str, str | bytes]):
    """The engine over ``files`` (name → text or bytes), indexed in ``tmp_path``."""
    from assistant.engine import Engine
    from index.build import update_index

    kb = tmp_path / "kb"
    kb.mkdir()
    for name, content in files.items():
        if isinstance(content, bytes):
            (kb / name).write_bytes(content)
        else:
            (kb / name).write_text(content, encoding="utf-8")
    update_index(kb, tmp_path / "index")
    return Engine.from_index(tmp_path / "index")


def round_files(tmp_path: Path, round_id: str, *names: str) -> dict[str, Path]:
    """The files of those names that a fresh round's script writes (eval/fresh/<round>_make_files.py,
    run whole as the round ran it – some scripts write only when run as a script)."""
    import subprocess
    import sys

    out = tmp_path / round_id
    script = Path(__file__).resolve().parents[1] / "eval" / "fresh" / f"{round_id}_make_files.py"
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True)
    return {n: out / n for n in names}


def round_bytes(tmp_path: Path, round_id: str, *names: str) -> dict[str, bytes]:
    """``round_files``'s files as bytes, for ``engine_over``."""
    return {n: p.read_bytes() for n, p in round_files(tmp_path, round_id, *names).items()}


def fresh_round(round_id: str):
    """A fresh round's file maker (eval/fresh/<round>_make_files.py) as a module, so that a test
    writes just the file it needs ("make_register(out)")."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "eval" / "fresh" / f"{round_id}_make_files.py"
    spec = importlib.util.spec_from_file_location(f"{round_id}_make_files", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def engine_of_written(tmp_path: Path, *writers):
    """The engine over the files that ``writers`` (a fresh round's makers, each called with a
    folder's path) write – the round's files as its helper made them."""
    src = tmp_path / "src"
    src.mkdir()
    for write in writers:
        write(str(src))
    return engine_over(tmp_path, {p.name: p.read_bytes() for p in src.iterdir()})
