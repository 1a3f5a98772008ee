"""Round 213 (documents, Uppsala): a Jekyll post whose facts stand only in its front matter, with
its old text in a Liquid comment block; a guess checked in a clause of its own ("… var det 12
april?") is no second question."""
from __future__ import annotations

from ingest.pipeline import load_file

_POST = (
    "---\nlayout: post\ntitle: \"Nu öppnar länets första LOK-punkt – i Skärplinge\"\ndate: 2027-03-03 09:00:00 +0100\n"
    "invigning: \"lördag 17 april 2027 kl. 11.00\"\nplats: \"f.d. skolmatsalen, Skolvägen 3, Skärplinge\"\n"
    "oppettider: \"tisdag–torsdag kl. 10–18, lördag kl. 10–14\"\ntags: [LOK-punkter, RSP]\n---\n\n"
    "{% include ingress.html text=\"Den första LOK-punkten i Uppsala län öppnar i Skärplinge.\" %}\n\n"
    "Den {{ page.invigning }} inviger Region Uppsala LOK-punkten. Punkten finns i {{ page.plats }}.\n\n"
    "{% comment %}\nGammal text: Invigningen sker måndag 12 april kl. 14.00 i bygdegården.\n{% endcomment %}\n\n"
    "## Öppet\n\n{% include faktaruta.html rubrik=\"Öppettider\" text=page.oppettider %}\n\n"
    "{% assign person = site.data.kontakter[page.kontakt] %}\nLäs mer på [sidan]({{ site.baseurl }}/lok/).\n"
)


def test_a_jekyll_post_reads_as_its_site_shows_it(tmp_path):
    # F213-01/15: the date and place stood only as "{{ page.invigning }}", "{{ page.plats }}" – read
    # as nothing – while the comment block's old "måndag 12 april kl. 14.00" was quoted
    path = tmp_path / "webbnyhet.md"
    path.write_text(_POST, encoding="utf-8")
    text = "\n".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "Den lördag 17 april 2027 kl. 11.00 inviger Region Uppsala" in text
    assert "f.d. skolmatsalen, Skolvägen 3, Skärplinge" in text
    assert "Öppettider: tisdag–torsdag kl. 10–18, lördag kl. 10–14" in text
    assert "Den första LOK-punkten i Uppsala län öppnar i Skärplinge." in text
    assert "12 april" not in text and "{%" not in text and "{{" not in text and "assign" not in text


def test_hugo_shortcodes_are_no_liquid_tags(tmp_path):
    path = tmp_path / "sida.md"
    path.write_text('# Sida\n\n{{% notice info "Uppdaterat 22 september 2026" %}}\nAnsök senast 1 oktober.\n{{% /notice %}}\n', encoding="utf-8")
    text = "\n".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "Uppdaterat 22 september 2026" in text and "Ansök senast 1 oktober." in text


def test_a_clause_that_checks_a_guess_is_no_second_question():
    from assistant.documents.answerer import split_asks

    assert split_asks("när öppnade lok-punkten i skärplinge? var det 12 april?") == []
    assert split_asks("när är mötet? var det 12 april? och vem leder det?") == ["när är mötet?", "vem leder det?"]
    assert split_asks("vad står SUS för? och inom hur lång tid ska en ny deltagare registreras") == [
        "vad står SUS för?", "inom hur lång tid ska en ny deltagare registreras?",
    ]
