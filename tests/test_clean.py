"""Cleaning extracted page text: boilerplate, hyphenation, reflow, bullets."""
from ingest.clean import join_hyphenated, reflow, split_sentences, strip_boilerplate

FOOTER = "Region Örebro län | Utsattas etablering på arbetsmarknaden | Författare: Fredrik Jönsson | Datum: 2025-10-07 | {n} (52)"


def _pages(n: int) -> list[list[str]]:
    return [
        [f"Rubrik om {topic}", f"Brödtext om {topic} och arbetsmarknaden.", FOOTER.format(n=i)]
        for i, topic in enumerate(["skolan", "vården", "jobben", "länet", "bostäder", "kulturen"][:n], start=1)
    ]


def test_running_footer_with_varying_page_numbers_is_removed():
    cleaned = strip_boilerplate(_pages(6))
    text = "\n".join("\n".join(p) for p in cleaned)
    assert "Författare" not in text and "(52)" not in text
    assert "Brödtext om länet och arbetsmarknaden." in text


def test_bare_page_numbers_and_page_of_n_are_removed():
    topics = ["skolan", "vården", "jobben", "länet"]
    pages = [[f"Innehåll om {t}.", f"Page {i} of 31"] for i, t in enumerate(topics, 1)] + [["Sista sidan.", "5"]]
    cleaned = strip_boilerplate(pages)
    assert all(len(p) == 1 for p in cleaned)


def test_footer_in_the_middle_of_extraction_order_is_removed():
    topics = ["skolan", "vården", "jobben", "länet", "kulturen"]
    pages = [[f"§ {i} Ärende om {t}", "Justerandes sign Utdragsbestyrkande", f"Beslut om {t}."] for i, t in enumerate(topics, 1)]
    cleaned = strip_boilerplate(pages)
    assert not any("Justerandes" in ln for p in cleaned for ln in p)
    assert any("Beslut om jobben." in ln for p in cleaned for ln in p)


def test_table_of_contents_lines_are_dropped():
    pages = [["Innehåll", "1. Inledning ............................ 3", "Text."]] * 1
    assert strip_boilerplate(pages) == [["Innehåll", "Text."]]


def test_line_end_hyphenation_is_joined_but_real_hyphens_kept():
    assert join_hyphenated("på arbets-", "marknaden idag") == "på arbetsmarknaden idag"
    assert join_hyphenated("området Västhaga-", "Solhaga har") == "området Västhaga-Solhaga har"
    assert join_hyphenated("inom hälso-", "och sjukvård") == "inom hälso- och sjukvård"
    assert join_hyphenated("enligt ESF-", "rådet") == "enligt ESF-rådet"
    assert join_hyphenated("åldern 20–", "29 år") is None


def test_reflow_joins_lines_into_paragraphs_and_keeps_bullets():
    pages = [[
        "Denna förstudie belyser utmaningen kring utsatta gruppers etablering på arbets-",
        "marknaden i Örebro län och identifierar områden i behov av förstärkning.",
        "",
        "• 17 % av arbetskraften innehar förgymnasial utbildning, men de utgör 42 % av",
        "arbetslösa.",
        "• 33 % av arbetskraften är utrikesfödd.",
        "Sammanfattning",
        "Ny text i åldern 20–29 år.",
    ]]
    blocks = reflow(pages, headings={"sammanfattning"}, heading_levels={"sammanfattning": 1})
    kinds = [b.kind for b in blocks]
    assert kinds == ["paragraph", "bullet", "bullet", "heading", "paragraph"]
    assert "arbetsmarknaden i Örebro län" in blocks[0].text
    assert blocks[1].text.endswith("de utgör 42 % av arbetslösa.")
    assert "20–29 år" in blocks[4].text


def test_paragraph_continues_over_a_page_break_mid_sentence():
    pages = [["Arbetslösheten i länet är högre än"], ["i riket som helhet.", "Nästa stycke börjar här."]]
    blocks = reflow(pages)
    assert blocks[0].text == "Arbetslösheten i länet är högre än i riket som helhet."
    assert (blocks[0].page, blocks[0].page_end) == (1, 2)


def test_sentences_keep_abbreviations():
    s = split_sentences("Det gäller bl.a. Arbetsförmedlingen. Nästa mening 10,85 % här. Sista!")
    assert s == ["Det gäller bl.a. Arbetsförmedlingen.", "Nästa mening 10,85 % här.", "Sista!"]


def test_a_phone_number_or_page_after_its_abbreviation_stays_in_the_sentence():
    # round 120 (F120-20): "… Annika Lövgren, tel." had been a sentence, its number the next one
    s = split_sentences("Kontakta Annika Lövgren, tel. 021-17 45 12. Se s. 4 och ring tfn. +46 21 17 45 12. Ring Per, mob. 070-1.")
    assert s == ["Kontakta Annika Lövgren, tel. 021-17 45 12.", "Se s. 4 och ring tfn. +46 21 17 45 12.", "Ring Per, mob. 070-1."]


def test_a_short_bullet_item_does_not_swallow_the_next_paragraph():
    long = "Under de senaste femton åren har arbetslösheten i Sverige koncentrerats till grupper"
    pages = [[
        long,
        "med svag konkurrensförmåga. Dessa är:",
        "• utrikes födda (utanför Europa)",
        "• personer med funktionsnedsättning som påverkar arbetsförmågan och som behöver",
        "stöd under lång tid",
        "• arbetslösa över 55 år",
        "År 2010 fanns ungefär hälften av de registrerade arbetslösa inom de nämnda grupperna.",
    ]]
    blocks = reflow(pages)
    bullets = [b.text for b in blocks if b.kind == "bullet"]
    assert bullets == [
        "utrikes födda (utanför Europa)",
        "personer med funktionsnedsättning som påverkar arbetsförmågan och som behöver stöd under lång tid",
        "arbetslösa över 55 år",
    ]
    assert blocks[-1].kind == "paragraph" and blocks[-1].text.startswith("År 2010")


def test_a_two_page_document_loses_the_header_and_footer_both_pages_share():
    # round 47: a two-page project PDF's "Projektbeskrivning Kompetenslyft Industri – sida 2" was
    # quoted as the answer to "vad handlar projektbeskrivningen om?"
    pages = [
        ["Projektbeskrivning Kompetenslyft Industri", "Projektbeskrivning Kompetenslyft Industri – sida 1",
         "1 Bakgrund och syfte", "Tillverkningsindustrin står inför ett stort omställningsbehov."],
        ["Projektbeskrivning Kompetenslyft Industri", "Projektbeskrivning Kompetenslyft Industri – sida 2",
         "4 Budget", "Projektets totala budget uppgår till 16,1 miljoner kronor."],
    ]
    cleaned = strip_boilerplate(pages)
    assert cleaned[0] == ["1 Bakgrund och syfte", "Tillverkningsindustrin står inför ett stort omställningsbehov."]
    assert cleaned[1][0] == "4 Budget"
    # two pages that only share a heading word keep their text
    assert strip_boilerplate([["Mål", "Vi ska nå fler."], ["Budget", "Vi har 16 mnkr."]]) == [["Mål", "Vi ska nå fler."], ["Budget", "Vi har 16 mnkr."]]


def test_a_line_with_leader_dots_is_a_field_of_its_own():
    # round 51 (F51-01): "Sekreterare ……… Maria Holm" run into "Ordförande ……… Anders Berglund"
    # had made "Maria Holm Ordförande" one name
    blocks = reflow([["Underskrifter", "Sekreterare ……………… Maria Holm", "Ordförande ……………… Anders Berglund", "Justerande . . . . . . Lena Sjöberg"]])
    assert [b.text for b in blocks][-3:] == ["Sekreterare: Maria Holm", "Ordförande: Anders Berglund", "Justerande: Lena Sjöberg"]


def test_a_label_over_its_key_figure_is_one_line_of_its_own():
    # round 57: a fact sheet's labels and figures ran into one paragraph ("… län² 5,9 % Deltagare …")
    blocks = reflow([["Arbetslöshet 16–64 år, Jämtlands län²", "5,9 %", "Lärcentra (antal kommuner)", "14 av 26",
                      "Nyckeltalen följs upp årligen inom handlingsplanens insats 6."]])
    assert [b.text for b in blocks] == ["Arbetslöshet 16–64 år, Jämtlands län²: 5,9 %", "Lärcentra (antal kommuner): 14 av 26",
                                        "Nyckeltalen följs upp årligen inom handlingsplanens insats 6."]


def test_a_plain_texts_numbered_titles_between_blank_lines_are_headings():
    # round 67 (F67-16): a newsletter's "1. …", "2. …" items had been numbered bullets run into
    # three chunks, and its summary lost half of them
    from ingest.clean import reflow

    lines = ["Nyhetsbrev december 2025", "", "Hej! Här kommer årets sista nyhetsbrev.", "", "",
             "1. Regionala utvecklingsdagen 2026 i Eskilstuna", "", "Dagen hålls den 4 februari 2026.",
             "Anmälan görs senast den 20 januari 2026.", "", "2. 37 företag fick innovationscheckar 2025 – ny utlysning",
             "", "Under 2025 fick 37 företag innovationscheckar.", "", "Att göra:", "1. Boka lokal.", "2. Skicka inbjudan."]
    blocks = reflow([lines])
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert heads == ["1. Regionala utvecklingsdagen 2026 i Eskilstuna", "2. 37 företag fick innovationscheckar 2025 – ny utlysning"]
    assert [b.text for b in blocks if b.kind == "bullet"] == ["Boka lokal.", "Skicka inbjudan."]


def test_a_list_of_people_one_per_line_keeps_its_lines():
    # round 75 (F75-07): an attendee list had run into one paragraph, and "Blekinge Karin
    # Lindqvist" (an organisation's last word and the next name) was given as a name
    lines = ["Närvarande:", "Lena Ekholm, Region Värmland (ordförande)", "Henrik Ståhl, Region Blekinge",
             "Karin Lindqvist, Region Värmland", "", "Mötet öppnades av ordföranden som hälsade alla välkomna och gick",
             "igenom dagordningen."]
    texts = [b.text for b in reflow([lines])]
    assert "Henrik Ståhl, Region Blekinge" in texts and "Karin Lindqvist, Region Värmland" in texts
    assert any(t.startswith("Mötet öppnades") and t.endswith("dagordningen.") for t in texts)


def test_a_timeline_and_a_table_set_as_text_keep_their_lines():
    # round 83 (F83-16/17): a slide's timeline ("14 april" over "Sista ansökningsdag") and its table
    # ("Kompetensförsörjning 2,5 50 %") had run into one paragraph each, dates apart from events
    timeline = ["Tidplan", "10 feb", "Utlysningen öppnar", "14 april", "Sista ansökningsdag", "Vecka 25", "Beslut meddelas",
                "Ansökan ska vara inskickad senast kl. 23.59 sista ansökningsdagen."]
    table = ["Insatsområde Ram (mnkr) Max stödandel", "Grön omställning och energi 3,5 50 %", "Kompetensförsörjning 2,5 50 %",
             "Digitalisering 1,5 50 %"]
    texts = [b.text for b in reflow([timeline, table])]
    assert "14 april: Sista ansökningsdag" in texts and "Vecka 25: Beslut meddelas" in texts
    assert "Kompetensförsörjning 2,5 50 %" in texts and "Digitalisering 1,5 50 %" in texts
    # a programme's times open lines of their own; prose that wraps after a year does not split
    programme = [b.text for b in reflow([["09.00 Registrering och kaffe", "09.30 Välkommen, regiondirektören"]])]
    assert programme == ["09.00 Registrering och kaffe", "09.30 Välkommen, regiondirektören"]
    prose = [b.text for b in reflow([["Arbetslösheten i länet var högre under 2024", "än året innan, enligt rapporten."]])]
    assert len(prose) == 1
    # (two lines of prose that each end in a number are no table rows: the sample's survey base)
    survey = ["för olika institutioner, företag och medier. Årets undersökning baseras på 2 509",
              "webbintervjuer med personer i åldern 16–84 år, genomförda mellan 20 januari och 2", "februari 2025."]
    assert len(reflow([survey])) == 1
    # (a protocol's running date with its year is no timeline's date over an event)
    footer = [b.text for b in reflow([["• utreda antal avstämningstidpunkter", "2026-06-16", "Utdragsbestyrkande"]])]
    assert "2026-06-16: Utdragsbestyrkande" not in footer
    fields = [b.text for b in reflow([["kl. 14:00-17:45", "Beslutande Thomas Thim (M) (ordförande)"]])]
    assert not any(t.startswith("kl. 14:00-17:45:") for t in fields)


def test_a_charts_values_over_its_labels_pair_with_the_label_after_them():
    # round 90 (F90-07): "5 840" / "Kv 1 2024" / "7 310" / "Kv 2 2024" … had been read
    # "Kv 1 2024: 7 310": every quarter took the next one's figure (Q3 became Q4's 6 480)
    lines = ["Flest besök hade servicepunkterna under tredje kvartalet, se figur 3.", "5 840", "Kv 1 2024", "7 310", "Kv 2 2024",
             "9 925", "Kv 3 2024", "6 480", "Kv 4 2024", "Figur 3. Antal besök per kvartal 2024."]
    texts = [b.text for b in reflow([lines])]
    assert "Kv 3 2024: 9 925" in texts and "Kv 4 2024: 6 480" in texts
    # a fact sheet's labels over their figures stay as they were
    sheet = [b.text for b in reflow([["Arbetslöshet", "5,9 %", "Lediga jobb", "1 200", "Varsel", "1 300"]])]
    assert "Arbetslöshet: 5,9 %" in sheet and "Varsel: 1 300" in sheet


def test_a_timelines_quarters_over_wrapped_events_are_one_line_each():
    # round 90 (F90-19): a slide's "Q4 2025" / "Pilot i 6" / "servicepunkter" ran into one line
    # with every quarter, and the pilot was dated by the quarter after it
    lines = ["Q2 2025", "Projektstart,", "rekrytering", "Q3 2025", "Upphandling av", "bokningsplattform", "Q4 2025", "Pilot i 6",
             "servicepunkter", "Q1 2026", "Utvärdering", "av piloten"]
    texts = [b.text for b in reflow([lines])]
    assert texts == ["Q2 2025: Projektstart, rekrytering", "Q3 2025: Upphandling av bokningsplattform",
                     "Q4 2025: Pilot i 6 servicepunkter", "Q1 2026: Utvärdering av piloten"]


def test_a_plain_text_framed_by_rules_has_headings_a_title_dated_fields_and_items(tmp_path):
    # round 108 (F108-16, F108-17): a procurement text with "1. ORIENTERING" between rules of "-",
    # its title framed by rules of "=", a timetable of leader dots to dates and requirements "5.1 …"
    # had become bullets run into the rules, a title of its letterhead, one run of dates and one
    # heading per requirement
    from ingest.pipeline import load_file

    rule, frame = "-" * 60, "=" * 60
    text = (
        f"REGION SKÅNE\nAvdelningen för regional utveckling\nDnr RS 2025-00412\n\n{frame}\nFÖRFRÅGNINGSUNDERLAG\n"
        f"Upphandling av extern utvärdering\n{frame}\n\nDatum: 2025-03-31\n\n{rule}\n1. ORIENTERING\n{rule}\n"
        "Region Skåne bjuder in leverantörer att lämna anbud.\n\n"
        f"{rule}\n2. TIDPLAN\n{rule}\n  Annonsering ........................ 2025-03-31\n"
        "  Sista anbudsdag .................... 2025-04-30\n\n"
        f"{rule}\n3. KRAV\n{rule}\n  5.1 Anbudsgivaren ska ha genomfört minst två utvärderingar av\n"
        "      projekt under de senaste fem åren.\n  5.2 Ansvarig utvärderare ska ha minst fem års erfarenhet av\n"
        "      utvärdering.\n"
    )
    path = tmp_path / "underlag.txt"
    path.write_text(text, encoding="utf-8")
    r = load_file(path, tmp_path)
    assert r.document.title == "Förfrågningsunderlag – Upphandling av extern utvärdering", r.document.title
    by_section = {c.section: c.text for c in r.chunks}
    assert "Region Skåne bjuder in" in by_section["1. ORIENTERING"] and "---" not in by_section["1. ORIENTERING"]
    assert "Sista anbudsdag: 2025-04-30" in by_section["2. TIDPLAN"].splitlines(), by_section["2. TIDPLAN"]
    items = by_section["3. KRAV"].splitlines()
    assert items[1].startswith("5.2 Ansvarig utvärderare") and items[1].endswith("utvärdering."), items


def test_a_markdown_table_with_figures_is_a_table_and_one_without_is_lines_of_named_cells(tmp_path):
    # round 108 (F108-19): a company-visit summary's table had been lines of pipes, and its header
    # row ("Företag | Ort | Anställda …") was quoted as the answer to "vilket företag …"
    from ingest.pipeline import load_file

    text = (
        "# Företagsbesök hösten 2024\n\n## Översikt\n\n| Företag | Ort | Anställda | Rekryteringsbehov 12 mån |\n|---|---|---|---|\n"
        "| Ljusdals Mekaniska AB | Ljusdal | 140 | 18 |\n| Ockelbo Plast AB | Ockelbo | 37 | 3 |\n\n"
        "## Kontakter\n\n| Namn | Roll | Telefon |\n|---|---|---|\n| Anders Persson | Produktionschef | 0651-123 45 |\n"
        "| Eva Lund | HR-chef | 026-55 66 77 |\n"
    )
    path = tmp_path / "besok.md"
    path.write_text(text, encoding="utf-8")
    r = load_file(path, tmp_path)
    (t,) = r.tables
    assert t.label_column == "Företag" and [c.name for c in t.value_columns] == ["Anställda", "Rekryteringsbehov 12 mån"]
    lines = [ln for c in r.chunks for ln in c.text.splitlines()]
    assert "Namn: Anders Persson | Roll: Produktionschef | Telefon: 0651-123 45" in lines, lines
    assert not any(ln.startswith("Namn | Roll") for ln in lines)


def test_a_key_figure_at_the_top_of_every_slide_is_no_running_line():
    # round 112 (F112-06): "9 874", "1 402", "1 046", "2 318" under each slide's title looked alike
    # masked ("# ###") and were stripped as a running header; page numbers still go
    pages = [["Inskrivna arbetslösa", "9 874", "inskrivna arbetslösa 16–64 år", "Sida 1"],
             ["Unga 18–24 år", "1 402", "inskrivna arbetslösa unga", "Sida 2"],
             ["Varsel", "1 046", "personer varslade", "Sida 3"],
             ["Lediga platser", "2 318", "nya lediga platser i mars", "Sida 4"]]
    out = strip_boilerplate(pages)
    assert [p[1] for p in out] == ["9 874", "1 402", "1 046", "2 318"]
    assert not any(ln.startswith("Sida") for p in out for ln in p)


def test_a_letterheads_date_and_case_number_are_kept_once():
    # round 112 (F112-13): "Datum 2025-05-12 Dnr RS 2025-00412" in the letterhead of every page had
    # been stripped everywhere, so no passage held the decision's date
    head = ["Region Skåne", "BESLUT", "Datum 2025-05-12 Dnr RS 2025-00412"]
    pages = [head + [f"Text på sidan {k} om stödet.", f"Region Skåne | www.skane.se | {k} (3)"] for k in (1, 2, 3)]
    out = strip_boilerplate(pages)
    assert out[0].count("Datum 2025-05-12 Dnr RS 2025-00412") == 1 and not any("Datum" in ln for p in out[1:] for ln in p)
    assert not any("Region Skåne" == ln or "www.skane.se" in ln for p in out for ln in p)


def test_a_bare_running_date_is_not_kept_as_a_field():
    # docs bank (realdata tune, DQ-196): a protocol's running "2026-06-16" kept on its first page had
    # cost its secretary's quote; only a labelled field ("Datum …", "Dnr …") is kept once
    pages = [["Protokoll", "2026-06-16", f"Text {k} om mötet.", f"{k}"] for k in (1, 2, 3)]
    out = strip_boilerplate(pages)
    assert not any(ln == "2026-06-16" for p in out for ln in p)


def test_a_minutes_paragraph_mark_over_its_item_is_kept_and_names_the_items_heading():
    # Municipal minutes: each item on a page of its own, "§ 45 2026.131 BUN" at the top in the
    # body's type and the item's title under it in bold. The marks' skeleton ("§ # #.# bun") is
    # alike on every page, so the mark had been stripped as a running header, and "vad beslutades
    # i § 45?" found no heading § 45.
    header = ["Barn- och", "ungdomsnämnden", "Protokoll", "2026-06-16"]
    pages = [
        [str(n), *header, f"§ {n + 40} 2026.{n:03d} BUN", title, "Ärendebeskrivning", f"Ärendet gäller {title.lower()}.",
         "Beslut", f"Nämnden beslutar att anta {title.lower()}."]
        for n, title in enumerate(["Ekonomisk uppföljning", "Kompetensförsörjningsplan", "Lokalförsörjningsplan 2026-2031", "Biblioteksplan"], start=1)
    ]
    pages.append(["5", *header, "§49", "Anmälningar för kännedom", "Beslut", "Nämnden lägger anmälningarna till handlingarna."])
    cleaned = strip_boilerplate(pages)
    assert all("Barn- och" not in lines for lines in cleaned)  # the running head goes
    titles = {"Ekonomisk uppföljning", "Kompetensförsörjningsplan", "Lokalförsörjningsplan 2026-2031", "Biblioteksplan", "Anmälningar för kännedom"}
    heads = {t.lower() for t in titles} | {"ärendebeskrivning", "beslut"}
    blocks = reflow(cleaned, headings=heads, heading_levels={**{t.lower(): 1 for t in titles}, "ärendebeskrivning": 2, "beslut": 2})
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert "§ 43 Lokalförsörjningsplan 2026-2031" in headings
    assert "§49 Anmälningar för kännedom" in headings
    # the item's case number stays, under its heading
    i = [b.text for b in blocks].index("§ 43 Lokalförsörjningsplan 2026-2031")
    assert blocks[i + 1].text == "Dnr 2026.003 BUN"
