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


_ORG = """#+TITLE: Matbruket Nordost – planering och beslutslogg
#+AUTHOR: Sofia Nyqvist
#+TODO: TODO PÅGÅR | KLAR STRUKEN

* Att göra [1/3]
** STRUKEN Leasing av kylbil för samlastning
CLOSED: [2027-06-30 ons 14:10]
:LOGBOOK:
- State "STRUKEN"    from "TODO"       [2027-06-30 ons 14:10] \\\\
  Styrgruppen 2027-06-30: avslag på leasing.
:END:
** TODO Invigning
SCHEDULED: <2027-09-13 mån 13:00-16:00>
:LOGBOOK:
- Rescheduled from "<2027-09-06 mån 13:00-16:00>" on [2027-07-05 mån 09:20] \\\\
  Följer av kylrumsförseningen.
:END:

* Arkiv                                                             :ARCHIVE:
** TODO Invigning (gammal plan)
SCHEDULED: <2027-08-16 mån>

* COMMENT Utkast mejl till styrgruppen (skickas ej)
Förslag: vi behåller invigningen 6 september.

#+BEGIN_COMMENT
Gamla kontaktuppgifter: Annika Lövgren, 0451-26 83 12
#+END_COMMENT
"""


def test_an_org_mode_file_reads_its_states_and_days_and_not_its_comments(tmp_path):
    # F189-02: "invigningen e väl 6 sept?" had been answered "6 september" from a COMMENT
    # subtree Org never exports; F189-08: the struck task's state was a bare word of a heading
    path = tmp_path / "planering.org.txt"
    path.write_text(_ORG, encoding="utf-8")
    result = load_file(path, tmp_path)
    assert result.document.title == "Matbruket Nordost – planering och beslutslogg"
    text = " ".join(f"{c.section} {c.text}" for c in result.chunks)
    assert "Leasing av kylbil för samlastning – status: STRUKEN" in text and "Planerat: 2027-09-13 kl. 13:00-16:00" in text, text
    assert "avslag på leasing" in text and "Följer av kylrumsförseningen" in text, text
    assert "6 september" not in text and "2027-09-06" not in text and "2027-08-16" not in text and "Annika" not in text, text
    assert "#+" not in text and ":LOGBOOK:" not in text, text
