"""Plain texts as round 138 wrote them: a pandoc Markdown routine (a "%" title block, headings
with "{#id}" attributes, grid tables whose cells wrap, a "::: note" div) and an intranet page
pasted as text (the site's navigation above a breadcrumb, a row of page tools). The routine had
been titled "Syfte och omfattning {#sec-syfte}", its glossary's cells were rows of their own,
and the page "Hoppa till huvudinnehåll"."""
from ingest.plaintext import markdown_blocks, plain_blocks

ROUTINE = """% Rutin för registrering och uppföljning i SUS
% Samordningsförbundet Mellersta Dalsland – kansliet
% Fastställd av styrelsen 2026-09-25

# Syfte och omfattning {#sec-syfte}

Rutinen beskriver hur insatser registrerar deltagare i SUS.

# Begrepp {#sec-begrepp}

+------------------+--------------------------------------------+
| Begrepp          | Förklaring                                 |
+==================+============================================+
| SUS              | Sektorsövergripande system för uppföljning |
|                  | av samordnade insatser.                    |
+------------------+--------------------------------------------+
| Individinsats    | Insats där enskilda deltagare registreras  |
|                  | med personnummer.                          |
+------------------+--------------------------------------------+

::: note
Kansliet erbjuder en introduktion i SUS.
:::
"""

PAGE = """Hoppa till huvudinnehåll
Arbetsförmedlingen  |  Vis – intranätet
Sök på Vis ...                                    Meny  Logga ut

Start > Handläggning > Insatser och tjänster > Förstärkt arbetsträning

Dela   Skriv ut   Spara som favorit

FÖRSTÄRKT ARBETSTRÄNING – HANDLÄGGARSTÖD

Det här handläggarstödet beskriver hur du handlägger insatsen förstärkt arbetsträning.
"""


def test_a_pandoc_routine_has_its_title_plain_headings_and_wrapped_cells_whole():
    blocks, title, _ = markdown_blocks(ROUTINE, "rutin.md")
    assert title == "Rutin för registrering och uppföljning i SUS"
    texts = [b.text for b in blocks]
    assert "Syfte och omfattning" in texts and not any("{#" in t for t in texts)
    assert "SUS – Sektorsövergripande system för uppföljning av samordnade insatser." in texts, texts
    assert "Individinsats – Insats där enskilda deltagare registreras med personnummer." in texts
    assert "Kansliet erbjuder en introduktion i SUS." in texts and not any(t.startswith(":::") for t in texts)
    assert "Samordningsförbundet Mellersta Dalsland – kansliet" in texts  # the title block's author stays text


def test_an_intranet_page_is_titled_by_its_own_title_not_the_sites_navigation():
    blocks, title, _ = plain_blocks(PAGE, "sida.txt")
    assert title == "Förstärkt arbetsträning – handläggarstöd"
    assert not any("Hoppa till" in b.text or "Logga ut" in b.text for b in blocks)
