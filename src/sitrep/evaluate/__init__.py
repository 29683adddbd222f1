"""Scoring sitrep's output against gold files written by reading the texts.

`geo`: places named in articles -> the place a careful coder would pick (`sitrep evaluate geo`).
"""
