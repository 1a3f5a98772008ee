"""Chunking by structure: sections, sizes, pages."""
from ingest.chunk import MAX_CHARS, chunk_blocks
from ingest.clean import Block


def test_headings_give_section_paths_and_start_new_chunks():
    blocks = [
        Block("heading", "Bilaga 1", 40, level=1),
        Block("heading", "Örebro", 41, level=2),
        Block("paragraph", "Vivalla har hög arbetslöshet. " * 10, 41),
        Block("heading", "Västra länsdelen", 43, level=2),
        Block("paragraph", "Karlskoga västra tätort.", 43),
    ]
    chunks = chunk_blocks(blocks, "rapport.pdf")
    assert [c.section for c in chunks] == ["Bilaga 1 > Örebro", "Bilaga 1 > Västra länsdelen"]
    assert chunks[0].page_start == 41 and chunks[1].page_start == 43
    assert all(c.document == "rapport.pdf" for c in chunks)


def test_long_text_is_split_under_the_limit_at_sentence_boundaries():
    para = " ".join(f"Mening nummer {i} handlar om arbetsmarknaden i länet." for i in range(200))
    chunks = chunk_blocks([Block("paragraph", para, 1, page_end=3)], "a.pdf")
    assert len(chunks) > 5
    assert all(len(c.text) <= MAX_CHARS for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)


def test_a_run_without_spaces_is_cut_into_pieces_under_the_limit_not_into_all_but_one_character():
    # rfind(...) or TARGET_CHARS took "not found" (-1) for a place to cut: 2 999 + 1 characters
    from ingest.chunk import _split_long

    pieces = _split_long("Inledning utan slut " + "x" * 3000)
    assert all(0 < len(p) <= MAX_CHARS for p in pieces) and "".join(p.replace(" ", "") for p in pieces).count("x") == 3000
    assert min(len(p) for p in pieces) > 1


def test_bullets_are_kept_as_bullets():
    blocks = [Block("paragraph", "Fokusområden:", 1), Block("bullet", "Branschforum", 1), Block("bullet", "ESF", 1)]
    (chunk,) = chunk_blocks(blocks, "m.pdf")
    assert chunk.text == "Fokusområden:\n• Branschforum\n• ESF"


def test_chunk_ids_are_unique_and_stable():
    blocks = [Block("paragraph", f"Stycke {i}. " * 40, 1) for i in range(5)]
    a = chunk_blocks(blocks, "x.pdf")
    b = chunk_blocks(blocks, "x.pdf")
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)
