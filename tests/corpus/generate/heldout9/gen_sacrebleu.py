"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

Machine-translation scoring with sacreBLEU, the two ways MT papers and repositories use it.
The "system outputs" are made without a model: reference sentences built from a fixed
vocabulary, and three systems' hypotheses that corrupt them by different amounts (dropped,
swapped and replaced words), all seeded. First the Python API, as a training script's
evaluation step: for each system, ``print(bleu.corpus_score(...))``, ``print(chrf...)`` and
``print(ter...)`` (each score object's own ``__str__``), with the signature printed once. Then
the command-line tool on files, as in a shell script: ``sacrebleu ref.txt -i sys.txt -m bleu
chrf ter`` (JSON on stdout, one object per metric), and a last call with ``-f text``, which
prints one line per metric.

Truth: the score objects' own fields: ``score`` for each metric (named ``BLEU``, ``chrF2``,
``TER`` as the objects print their names); BLEU's n-gram precisions as ``BLEU/1``...``BLEU/4``
(printed ``a/b/c/d`` after the score) and ``BP`` and ``ratio`` are points (they are printed
inside BLEU's parentheses); ``hyp_len`` and ``ref_len`` are counts (optional). The CLI's JSON
``score`` values are points under the metric's ``name`` (``BLEU``, ``chrF2``, ``TER``), no
step; the details inside the BLEU entry's ``verbose_score`` string are optional (a repeat of
what the API printed, inside a string); the ``-f text`` lines are points as the API's.
The signature's version and the CLI's ``nrefs``, ``case``, ``tok`` are params.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

WORDS = ("the model was trained on a small corpus of news and the results were compared "
         "with the baseline system which uses attention over the source sentence while our "
         "approach relies on a recurrent decoder that reads every word once and then writes "
         "its translation into the target language with beam search of width four").split()


def corpus(rng, n=120):
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))) + " ."
            for _ in range(n)]


def corrupt(sentence, rng, rate):
    words = sentence.split()
    out = []
    for w in words:
        r = rng.random()
        if r < rate / 3:
            continue
        out.append(rng.choice(WORDS) if r < rate else w)
    for _ in range(int(len(out) * rate / 2)):
        i = rng.randrange(len(out) - 1)
        out[i], out[i + 1] = out[i + 1], out[i]
    return " ".join(out)


def add_bleu(truth, score):
    truth.add(BLEU=score.score)
    truth.add(**{f"BLEU/{i + 1}": p for i, p in enumerate(score.precisions)})
    truth.add(BP=score.bp, ratio=score.sys_len / score.ref_len)
    truth.allow(hyp_len=score.sys_len, ref_len=score.ref_len)


def run() -> None:
    import json
    import random
    import subprocess
    import tempfile

    from sacrebleu.metrics import BLEU, CHRF, TER

    truth = Truth()
    rng = random.Random(11)
    refs = corpus(rng)
    systems = {name: [corrupt(s, rng, rate) for s in refs]
               for name, rate in (("baseline", 0.45), ("rnn-attn", 0.3), ("ours", 0.18))}
    bleu, chrf, ter = BLEU(), CHRF(), TER()
    print(f"Scoring {len(systems)} systems on {len(refs)} segments", flush=True)
    for name, hyps in systems.items():
        b, c, t = (m.corpus_score(hyps, [refs]) for m in (bleu, chrf, ter))
        print(f"== {name}")
        print(b)
        print(c)
        print(t, flush=True)
        add_bleu(truth, b)
        truth.add(chrF2=c.score, TER=t.score)
    print(f"BLEU signature: {bleu.get_signature()}")
    print(f"chrF signature: {chrf.get_signature()}", flush=True)

    work = Path(tempfile.mkdtemp(prefix="sacrebleu-"))
    (work / "ref.txt").write_text("\n".join(refs) + "\n")
    exe = str(Path(sys.executable).with_name("sacrebleu"))
    for name in ("baseline", "ours"):
        (work / f"{name}.txt").write_text("\n".join(systems[name]) + "\n")
        print(f"$ sacrebleu ref.txt -i {name}.txt -m bleu chrf ter", flush=True)
        out = subprocess.run([exe, "ref.txt", "-i", f"{name}.txt", "-m", "bleu", "chrf", "ter"],
                             cwd=work, capture_output=True, text=True, check=True)
        sys.stdout.write(out.stdout)
        sys.stderr.write(out.stderr)
        sys.stdout.flush()
        for entry in json.loads(out.stdout):
            truth.add(**{entry["name"]: entry["score"]})
        # the BLEU entry's verbose_score string repeats the details: optional
        b = bleu.corpus_score(systems[name], [refs])
        truth.allow(**{f"BLEU/{i + 1}": p for i, p in enumerate(b.precisions)},
                    BP=b.bp, ratio=b.sys_len / b.ref_len, hyp_len=b.sys_len, ref_len=b.ref_len)
    print("$ sacrebleu ref.txt -i ours.txt -m bleu chrf -f text", flush=True)
    out = subprocess.run([exe, "ref.txt", "-i", "ours.txt", "-m", "bleu", "chrf", "-f", "text"],
                         cwd=work, capture_output=True, text=True, check=True)
    sys.stdout.write(out.stdout)
    sys.stdout.flush()
    b = bleu.corpus_score(systems["ours"], [refs])
    c = chrf.corpus_score(systems["ours"], [refs])
    add_bleu(truth, b)
    truth.add(chrF2=c.score)
    import sacrebleu
    truth.write("sacrebleu's score objects (score, precisions as BLEU/n, bp, sys_len/ref_len as "
                "ratio; hyp_len/ref_len optional) for each API print and for the -f text call; "
                "the CLI JSON entries' score under their name (verbose_score details "
                "optional); signature fields = params",
                libraries=("sacrebleu",),
                params={"nrefs": 1, "case": "mixed", "eff": "no", "tok": "13a",
                        "smooth": "exp", "version": sacrebleu.__version__,
                        "nc": 6, "nw": 0, "space": "no"},
                rel=1e-9, abs_tol=0.051)  # 1 decimal (BLEU's precisions, chrF, TER), 3 (BP)


if __name__ == "__main__":
    main(__file__, {"sacrebleu": run}, root=HELDOUT9)
