"""Plain-text structure: paragraphs, sentences and quote marks, page layout, hard wrapping, dates in text."""
