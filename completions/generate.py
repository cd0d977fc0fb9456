"""Write the bash, zsh and fish completion scripts next to this file from the expctl app.

Run after changing any command or option:  python completions/generate.py
tests/test_completions.py fails when the committed scripts differ from what this writes.
"""

from pathlib import Path

from expctl.completion.scripts import render_all

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    for name, text in render_all().items():
        (here / name).write_text(text)
        print(f"wrote {here / name}")
