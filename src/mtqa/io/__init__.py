"""Readers: files in, Documents out."""

from __future__ import annotations

from mtqa.io.text import decode, document_from_sentences, document_from_text, read_document, split_paragraphs

__all__ = ["decode", "document_from_sentences", "document_from_text", "read_document", "split_paragraphs"]
