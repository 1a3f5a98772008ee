"""Text from documents and models reaches the page inert (ui/safe.py)."""
from __future__ import annotations

import re

from ui.safe import safe_html, safe_md


def test_images_become_text_with_the_address_as_code():
    out = safe_md("Se ![diagram](https://evil.example/p.png?q=hemlig) här")
    assert "![" not in out and "](" not in out
    assert "bild: diagram" in out and "`https://evil.example/p.png?q=hemlig`" in out


def test_links_show_their_address_and_do_not_link():
    out = safe_md("Logga in [här](http://phish.example/login) eller <https://a.example/b> eller www.x.se")
    assert "här (`http://phish.example/login`)" in out
    assert "`https://a.example/b`" in out and "`www.x.se`" in out
    assert "](" not in out and "<https" not in out


def test_raw_html_and_reference_links_are_escaped():
    out = safe_md('<img src=x onerror="alert(1)"> och <script>x</script>\n\n[1]: http://evil.example')
    assert "<img" not in out and "<script" not in out and "&lt;img" in out
    assert not re.search(r"^\[1\]:", out, re.MULTILINE)  # no reference definition survives
    assert "`http://evil.example`" in out


def test_answer_markdown_keeps_working():
    text = "1. **Västhaga-Solhaga (Örebro)** – 10,85 %\n2. *kursiv* och `kod <b>` [1]\n\nKostar $5"
    out = safe_md(text)
    assert "**Västhaga-Solhaga (Örebro)**" in out and "*kursiv*" in out
    assert "`kod <b>`" in out  # code spans are shown as written by Markdown itself
    assert "\\[1\\]" in out and "\\$5" in out
    assert safe_md(None) == ""


def test_email_and_javascript_addresses_are_code():
    out = safe_md("Mejla anna@region.se eller klicka javascript:alert(1)")
    assert "`anna@region.se`" in out and "`javascript:alert(1)`" in out


def test_html_context_escapes_everything_that_could_link():
    out = safe_html('<a href="x">![i](http://e.x/p.png)</a> www.e.se a@b.se $1 *x*')
    assert "<" not in out.replace("&lt;", "") and ">" not in out.replace("&gt;", "")
    assert "://" not in out and "www." not in out and "@" not in out and "$" not in out
    assert "[" not in out and "*" not in out
