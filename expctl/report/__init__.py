"""Reports: the data of a report (data.py), as one HTML page (html.py) or Markdown (markdown.py)."""
