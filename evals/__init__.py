"""Llais evaluation suite: quality, citations, abstention and speed.

`python -m evals run --out DIR` scores a question set against any configuration;
`python -m evals bench --out DIR` measures speed and scale. See docs/evals.md.
"""
