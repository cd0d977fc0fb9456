"""Curves: the data of a chart (figure, curves) and its drawings (terminal, image)."""
