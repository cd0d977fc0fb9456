"""Shell completion: the static scripts for bash, zsh and fish (`scripts.py`) and the live
candidates read from the store when Tab is pressed (`dynamic.py`).
"""
