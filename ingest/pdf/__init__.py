"""PDF files → page texts, headings, tables and document facts, in one pass per page.

``read_pdf(path)`` is the whole public surface. Modules: ``page`` (one pdfium page → lines
with fonts, characters, ruling edges), ``grid`` (ruled tables read from character
positions), ``facts`` (title, author, organisation, date), ``reader`` (the pass over the
pages: headings, captions, tables continued over a page break).
"""
from ..facts import DocumentFacts
from .reader import CAPTION_RE, PdfContent, PdfTable, read_pdf

__all__ = ["CAPTION_RE", "DocumentFacts", "PdfContent", "PdfTable", "read_pdf"]
