"""Round 197 (documents, Sörmland): a case system's DOCPROPERTY fields in the letterhead, a
Jupyter notebook exported to Markdown, a newsletter's plain-text version."""
from __future__ import annotations

import io
import re
import zipfile

from ingest.pipeline import load_file
from tests.kb import engine_over


def _fielded_docx(path) -> None:
    import docx

    d = docx.Document()
    section = d.sections[0]
    head = section.header.paragraphs[0]
    head.text = "Region Sörmland"
    section.header.add_paragraph("Datum: ")
    section.header.add_paragraph("Diarienummer: ")
    d.add_paragraph("Region Sörmland beslutar att ändra beslutet den 2027-03-22 om regionala utvecklingsmedel.")
    buf = io.BytesIO()
    d.save(buf)

    def field(name: str, value: str) -> str:
        return f'<w:fldSimple w:instr=" DOCPROPERTY  {name}  \\* MERGEFORMAT "><w:r><w:t>{value}</w:t></w:r></w:fldSimple>'

    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("word/header"):
                text = data.decode()
                for label, name, value in (("Datum", "Beslutsdatum", "2027-12-14"), ("Diarienummer", "Dnr", "RUN 2027/142")):
                    text = re.sub(rf"(<w:t[^>]*>{label}: </w:t></w:r>)", lambda m, n=name, v=value: m.group(1) + field(n, v), text)
                data = text.encode()
            out.writestr(item, data)


def test_a_letterheads_fields_are_read(tmp_path):
    # F197-06/-08: the decision's date and case number stood only in DOCPROPERTY fields of its
    # letterhead – read as empty, the document was dated by the earlier decision its text names
    path = tmp_path / "Beslut_andring.docx"
    _fielded_docx(path)
    r = load_file(path, tmp_path)
    text = "\n".join(c.text for c in r.chunks)
    assert "Datum: 2027-12-14" in text and "Diarienummer: RUN 2027/142" in text, text
    assert r.document.date == "2027-12-14", r.document.date


_NOTEBOOK = """# Skjutsen – uppföljning av resande

## 1. Resor per månad och kommun


```python
tab = resor.pivot_table(index="manad", columns="kommun", values="antal", margins=True)
tab
```

    /tmp/ipykernel_20412/3312877410.py:3: FutureWarning: The default value of observed=False is deprecated.
      tab = resor.pivot_table(index="manad", columns="kommun", values="antal",




<div>
<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }
</style>
<table border="1" class="dataframe">
  <thead>
    <tr style="text-align: right;">
      <th>kommun</th>
      <th>Flen</th>
      <th>Vingåker</th>
      <th>Totalt</th>
    </tr>
    <tr>
      <th>manad</th>
      <th></th>
      <th></th>
      <th></th>
    </tr>
  </thead>
  <tbody>
    <tr><th>2027-10</th><td>498</td><td>377</td><td>875</td></tr>
    <tr><th>2027-11</th><td>571</td><td>436</td><td>1007</td></tr>
    <tr><th>Totalt</th><td>1069</td><td>813</td><td>1882</td></tr>
  </tbody>
</table>
</div>

Antalet resor ökade i november.
"""


def test_a_notebooks_html_tables_are_tables_and_its_warnings_no_text(tmp_path):
    # F197-13: the notebook's pandas tables had been read as HTML source, a style block and a
    # FutureWarning as the text of the section
    path = tmp_path / "uppfoljning.md"
    path.write_text(_NOTEBOOK, encoding="utf-8")
    r = load_file(path, tmp_path)
    text = "\n".join(c.text for c in r.chunks)
    assert "<table" not in text and "vertical-align" not in text and "FutureWarning" not in text, text
    assert "Antalet resor ökade i november." in text
    (table,) = r.tables
    assert list(table.frame.columns) == ["manad", "Flen", "Vingåker", "Totalt"], table.frame
    assert list(table.frame["Totalt"]) == [875, 1007, 1882]


_NEWSLETTER = """*|MC_PREVIEW_TEXT|*

Visa detta mejl i din webbläsare (*|ARCHIVE|*)

** Kollektivtrafik i Sörmland – nyhetsbrev april 2028
------------------------------------------------------------

Hej *|FNAME|*!

** Så fungerar Skjutsen i dag
------------------------------------------------------------

* Boka senast en timme före avresa.
* En resa kostar 30 kronor för vuxen sedan 1 januari 2028 (tidigare 25 kronor).

Läs mer om Skjutsen (https://regionsormland.us21.list-manage.com/track/click?u=7f3b&id=4c1e&e=[UNIQID])
"""


def test_a_newsletters_plain_text_reads_as_its_sections(tmp_path):
    path = tmp_path / "Nyhetsbrev_april_2028_klartext.txt"
    path.write_text(_NEWSLETTER, encoding="utf-8")
    r = load_file(path, tmp_path)
    assert r.document.title == "Kollektivtrafik i Sörmland – nyhetsbrev april 2028", r.document.title
    sections = {c.section for c in r.chunks}
    assert any(s.endswith("Så fungerar Skjutsen i dag") for s in sections), sections
    text = "\n".join(c.text for c in r.chunks)
    assert "*|" not in text and "list-manage" not in text and "Hej!" in text, text
    assert "En resa kostar 30 kronor för vuxen sedan 1 januari 2028" in text


def test_a_price_the_tables_lack_is_quoted_from_the_text(tmp_path):
    # F197-03: "vad kostar en resa?" had been refused by a table of trips ("har inga belopp i
    # kronor") while the newsletter says what a trip costs
    engine = engine_over(tmp_path, {
        "resor.csv": "Resor med Skjutsen per månad\n\nMånad;Flen;Vingåker;Totalt\n"
        "2027-10;498;377;875\n2027-11;571;436;1007\n2027-12;534;401;935\n2028-01;612;459;1071\n",
        "nyhetsbrev.md": "# Nyhetsbrev april 2028\n\n## Så fungerar Skjutsen\n\n"
        "Boka senast en timme före avresa. En resa med Skjutsen kostar 30 kronor för vuxen sedan 1 januari 2028.\n",
    })
    a = engine.ask("vad kostar en resa med skjutsen?", engine.new_conversation())
    assert a.answered and "30 kronor" in a.answer, a.answer
