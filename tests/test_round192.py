"""Round 192 (statistics, Halland): a workbook saved as Strict Open XML."""
from __future__ import annotations

import zipfile

from ingest.stats_io import read_stats_file


def test_a_workbook_saved_as_strict_open_xml_reads_its_sheets(tmp_path):
    # F192-07, F192-15: openpyxl had found no sheets in the vaccination workbook ("innehåller ingen
    # tabell med siffror"); its names are the transitional ones under purl.oclc.org URIs
    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Födda 2022"
    ws.append(["Vaccinationstäckning vid 2 års ålder, barn födda 2022"])
    ws.append([])
    ws.append(["Kommun", "Antal barn i kohorten", "MPR (1 dos)"])
    ws.append(["Hylte", 104, 92.3])
    ws.append(["Halmstad", 1098, 94.9])
    ws.append(["Laholm", 241, 96.7])
    wb.save(plain)
    strict = tmp_path / "strict.xlsx"
    with zipfile.ZipFile(plain) as z, zipfile.ZipFile(strict, "w") as w:
        for info in z.infolist():
            data = z.read(info)
            for usual, purl in (
                (b"http://schemas.openxmlformats.org/spreadsheetml/2006/main", b"http://purl.oclc.org/ooxml/spreadsheetml/main"),
                (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships", b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
            ):
                data = data.replace(usual, purl)
            w.writestr(info, data)
    (table,) = read_stats_file(strict, strict.name)
    assert list(table.frame["MPR (1 dos)"]) == [92.3, 94.9, 96.7]
