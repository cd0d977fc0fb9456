"""HELD-OUT fixture (tenth half, see generate/heldout10/README.md): do not read while tuning the
parser.

Scoring speech-recognition output with JiWER, the way an ASR evaluation script compares
decoders: eight reference transcripts (voice-assistant commands written for this fixture) and
three systems' hypotheses (``greedy``, ``beam``, ``beam+lm``: the references with seeded word
substitutions, deletions and insertions at three error rates, no audio or model). For each
system the script prints ``jiwer.visualize_alignment`` of ``jiwer.process_words`` (incorrect
sentences only, as JiWER's default: ``REF:``/``HYP:`` rows with ``S``/``D``/``I`` marks, then
``=== SUMMARY ===``, ``number of sentences: 8``, ``substitutions=3 deletions=1 insertions=1
hits=11`` and ``mer=31.25%``, ``wil=46.22%``, ``wip=53.78%``, ``wer=33.33%``) and, for the
character level, only the summary of ``jiwer.process_characters`` (``cer=25.40%``); then a
table of the three systems (``system  WER  MER  WIL  CER``, percentages).

Truth: JiWER's output objects (``WordOutput``: ``wer``, ``mer``, ``wil``, ``wip``, ``hits``,
``substitutions``, ``deletions``, ``insertions``; ``CharacterOutput``: ``cer`` and the
counts), in percent where JiWER prints a percentage. The summary's ``wer``, ``mer``, ``wil``,
``wip`` and ``cer`` are points (no step); the edit counts and ``number of sentences``
optional. The table's rows are different systems: ``<system>/WER``, ``<system>/MER``,
``<system>/WIL``, ``<system>/CER``. The error rates used to corrupt the references (printed
per system) and the seed are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT10, Truth, main

REFERENCES = [
    "set a timer for twenty minutes",
    "what is the weather like in lisbon tomorrow",
    "play the next song on my workout playlist",
    "remind me to call the dentist at nine",
    "turn off the lights in the living room",
    "how many kilometres is it to the airport",
    "send a message to anna saying i am running late",
    "add oat milk and two lemons to the shopping list",
]
FILLERS = ["uh", "the", "a", "to", "and", "um", "on", "in"]
SYSTEMS = {"greedy": 0.22, "beam": 0.14, "beam+lm": 0.07}  # word error probability
SEED = 11


def corrupt(sentence: str, rate: float, rng) -> str:
    """Each word: kept, swapped for a similar-looking word, dropped, or followed by a filler."""
    words = []
    for word in sentence.split():
        roll = rng.random()
        if roll < rate * 0.5:
            words.append(word[:-1] + "s" if len(word) > 3 else word + "e")
        elif roll < rate * 0.75:
            continue
        elif roll < rate:
            words += [word, rng.choice(FILLERS)]
        else:
            words.append(word)
    return " ".join(words)


def run() -> None:
    import random

    import jiwer

    truth = Truth()
    rng = random.Random(SEED)
    print(f"{len(REFERENCES)} reference transcripts, seed={SEED}", flush=True)
    rows = []
    for system, rate in SYSTEMS.items():
        hypotheses = [corrupt(ref, rate, rng) for ref in REFERENCES]
        print(f"\n######## system: {system} (error_rate={rate})\n", flush=True)
        words = jiwer.process_words(REFERENCES, hypotheses)
        print(jiwer.visualize_alignment(words), flush=True)
        truth.add(mer=100 * words.mer, wil=100 * words.wil, wip=100 * words.wip,
                  wer=100 * words.wer)
        truth.allow(substitutions=words.substitutions, deletions=words.deletions,
                    insertions=words.insertions, hits=words.hits,
                    **{"number of sentences": len(REFERENCES)})
        chars = jiwer.process_characters(REFERENCES, hypotheses)
        summary = jiwer.visualize_alignment(chars).split("=== SUMMARY ===")[1]
        print("character level:" + summary, flush=True)
        truth.add(cer=100 * chars.cer)
        truth.allow(substitutions=chars.substitutions, deletions=chars.deletions,
                    insertions=chars.insertions, hits=chars.hits,
                    **{"number of sentences": len(REFERENCES)})
        rows.append((system, words, chars))
    print(f"\n{'system':<10}{'WER':>8}{'MER':>8}{'WIL':>8}{'CER':>8}")
    for system, words, chars in rows:
        print(f"{system:<10}{100 * words.wer:8.2f}{100 * words.mer:8.2f}"
              f"{100 * words.wil:8.2f}{100 * chars.cer:8.2f}")
        truth.add(**{f"{system}/WER": 100 * words.wer, f"{system}/MER": 100 * words.mer,
                     f"{system}/WIL": 100 * words.wil, f"{system}/CER": 100 * chars.cer})
    sys.stdout.flush()
    truth.write("jiwer process_words/process_characters outputs (wer, mer, wil, wip, cer in "
                "percent; edit counts optional); the summary table by system; error rates "
                "and seed = params",
                libraries=("jiwer",), params={"seed": SEED, "error_rate": 0.22},
                rel=1e-9, abs_tol=5.1e-3)  # percentages with two decimals


if __name__ == "__main__":
    main(__file__, {"jiwer": run}, root=HELDOUT10)
