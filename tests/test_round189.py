"""Round 189 (documents, Skåne): a MyST page whose current values stand only in its front
matter's substitutions, and whose comments keep the old ones."""
from __future__ import annotations

from ingest.pipeline import load_file

_MYST = """---
title: Matbruket Nordost – information till producenter
myst:
  substitutions:
    omsattningsgrans: "20 miljoner kronor"
    sista_anmalan: "15 oktober 2027"
    timpris_kok: "295 kr"
---

(producenter)=
# Matbruket Nordost – för producenter

:::{admonition} Nytt från 27 september
:class: tip
Köket har öppnat, se {ref}`bokning <sec-bokning>`.
:::

## Vem kan hyra?

Med *småskalig livsmedelsproducent* avses ett företag med en årsomsättning under {{ omsattningsgrans }}.

% Gammal formulering (förstudien 2026): "en årsomsättning under 15 miljoner kronor".

## Priser

```{list-table} Timpriser 2027 (exklusive moms)
:header-rows: 1

* - Lokal
  - Pris per timme
* - Produktionskök (varmkök)
  - {{ timpris_kok }}
* - Bageri
  - 240 kr
```

## Matlyftet

* Sista dag att anmäla sig: {{ sista_anmalan }}
"""


def test_a_myst_page_reads_its_substitutions_and_not_its_comments(tmp_path):
    # F189-09, F189-13: the limit and the last day stood only as "{{ omsattningsgrans }}" and
    # "{{ sista_anmalan }}" in the body, the old limit in a "%" comment the page never shows
    path = tmp_path / "producenter.md"
    path.write_text(_MYST, encoding="utf-8")
    result = load_file(path, tmp_path)
    text = " ".join(c.text for c in result.chunks)
    assert "under 20 miljoner kronor" in text and "15 oktober 2027" in text, text
    assert "15 miljoner" not in text and "{{" not in text and "{ref}" not in text and ":class:" not in text, text
    assert "Nytt från 27 september" in text and "se bokning" in text, text
    # (its list-table is a table: the price per room)
    (table,) = result.tables
    assert table.frame.to_dict("records")[0] == {"Lokal": "Produktionskök (varmkök)", "Pris per timme": 295}, table.frame


def test_a_plain_markdown_page_with_a_percent_line_keeps_it():
    from ingest.markup import myst_markdown

    assert myst_markdown("# Budget\n\n% av budgeten är förbrukad enligt {{ mall }}\n") is None
