"""Answers quoted from documents: candidate quotes (``spans``), what a question asks for
(``kinds``), fitted features (``features``), definitions and acronyms (``definitions``) and the
answerer that puts them together (``answerer``)."""
from .answerer import NO_SUPPORT, DocumentAnswerer, names_document_object, names_written, nearest_part, own_date_text, split_asks
from .phrases import followup_query
from .spans import is_toc_line, norm_for_match

__all__ = ["NO_SUPPORT", "DocumentAnswerer", "names_document_object", "names_written", "nearest_part", "own_date_text", "split_asks", "followup_query", "is_toc_line", "norm_for_match"]
