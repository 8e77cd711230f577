"""Stage 1, reading: PDF, Word and text files into ordered blocks (paragraphs, headings,
table rows) with page numbers, whatever the document's layout.
"""
