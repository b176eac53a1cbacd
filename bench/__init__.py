"""Pressespejl's benchmarks: a generated Danish corpus and ``python -m bench``.

See bench/README.md for what is measured and how to run it.
"""
