"""Row labels and measure names as people read them (assistant/labels.py)."""
from __future__ import annotations

from assistant.labels import display_label, measure_label, relabel


def test_export_prefix_becomes_a_group_after_the_name():
    assert display_label("Örebro_Västhaga-Solhaga") == "Västhaga-Solhaga (Örebro)"
    assert display_label("Örebro_Markbacken-Västra Mark") == "Markbacken-Västra Mark (Örebro)"
    assert display_label("Örebro län_Örebro_Vivalla") == "Vivalla (Örebro län, Örebro)"


def test_group_already_in_the_name_is_dropped():
    assert display_label("Karlskoga_Karlskoga västra tätort") == "Karlskoga västra tätort"
    assert display_label("Degerfors_Degerfors centrum-Bruket") == "Degerfors centrum-Bruket"


def test_underscores_for_spaces_and_plain_labels():
    assert display_label("Samtliga_16-64_år") == "Samtliga 16-64 år"
    assert display_label("Kvinnor_och_män") == "Kvinnor och män"
    assert display_label("Norra länsdelen") == "Norra länsdelen"
    assert display_label("  Summa ") == "Summa"
    assert display_label("_Örebro_") == "Örebro"


def test_unit_printed_once():
    assert measure_label("Sjuka/arbetskraft", "%") == "Sjuka/arbetskraft (%)"
    assert measure_label("Sjuka/arbetskraft (%)", "%") == "Sjuka/arbetskraft (%)"
    assert measure_label("Andel (%) (%)", "%") == "Andel (%)"
    assert measure_label("Andel (%) (%)", None) == "Andel (%)"
    assert measure_label("Andel 20–29 år", "%") == "Andel 20–29 år"
    assert measure_label("Arbetskraft, antal", "antal") == "Arbetskraft, antal"
    assert measure_label("Kvarstående deltagare", "antal") == "Kvarstående deltagare (antal)"
    assert measure_label("Förändring", None) == "Förändring"
    assert measure_label("", "%") == "%"


def test_relabel_replaces_longest_labels_first():
    text = "1. **Örebro_Västhaga-Solhaga** – 10,85 %\n2. **Örebro_Vivalla** – 6,73 % (Summa 7,28 %)"
    out = relabel(text, ["Örebro_Vivalla", "Örebro_Västhaga-Solhaga", "Summa"])
    assert out == "1. **Västhaga-Solhaga (Örebro)** – 10,85 %\n2. **Vivalla (Örebro)** – 6,73 % (Summa 7,28 %)"


def test_a_year_before_a_month_is_kept_but_a_code_before_a_name_is_not():
    from assistant.labels import display_label

    assert display_label("2014 Januari") == "2014 Januari"
    assert display_label("2021 Vansbro") == "Vansbro"  # a municipality code, not a year
    assert display_label("20 Dalarnas län") == "Dalarnas län"


def test_a_quantity_before_a_word_is_part_of_the_label_a_code_before_a_name_is_not():
    assert display_label("0 anställda") == "0 anställda" and display_label("65 år") == "65 år"
    assert display_label("0114 Upplands Väsby") == "Upplands Väsby" and display_label("20 Dalarnas län") == "Dalarnas län"
