"""PDF documents: fonts, the GB/T 9704 page frame and the flowables every document is built from.

Import this package only when a document is made: reportlab loads lazily so start-up stays fast.
"""
