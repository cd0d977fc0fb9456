"""OPEN fixture (fifteenth half, see generate/heldout15/README.md): development material.

SentencePiece (``sentencepiece`` 0.2) training a unigram model of 100 pieces on 4,000
sentences built from a word list with suffixes (seeded ``random``), then the script scores the
model on 500 held-out sentences. Mostly a negative case: the trainer writes on stderr, through
absl's logging (``I0000 00:00:1796510096.393154   19560 trainer_interface.cc:446] Loaded all
4000 sentences``), its whole ``trainer_spec``/``normalizer_spec`` as protobuf text (``
vocab_size: 100``, ``character_coverage: 0.9995``, ...), the corpus statistics (``all chars
count=136423``, ``Alphabet size=21``, ``Final character coverage=1``), the seed-piece
extraction, and the EM rounds (``EM sub_iter=0 size=167 obj=5.72253 num_tokens=20000
bytes/tok=8.82115``). The script prints ``vocab size: 100`` and ``held-out: tokens/sentence
14.2340 chars/token 3.1234 unk rate 0.000000``.

Truth: the trained processor's own results: ``get_piece_size()`` (``vocab size``, optional:
a count equal to a setting) and, over the held-out sentences, ``encode`` (pieces per sentence,
characters per piece) and the share of ``unk_id()`` pieces (``unk rate``). Optional: the
sentence counts the trainer reports (``Loaded all ... sentences``, ``Done! preprocessed ...
sentences``), which are the script's own counts. Known gap: the EM rounds' ``obj``,
``num_tokens`` and ``bytes/tok``, and ``all chars count``, ``Alphabet size``, ``Final
character coverage``, are computed inside the C++ trainer and returned by no API: in neither
map (a parse of them is a false positive here, although ``obj`` is a training objective a user
might want). Params: every field of the ``trainer_spec`` and ``normalizer_spec`` that the
trainer dumps, read back from the trained model's own proto (``serialized_model_proto()``
parsed with sentencepiece's ``sentencepiece_model_pb2``, which needs ``protobuf``), so the
defaults the dump shows are params too; the log prefixes (dates, thread ids, source lines) are
bookkeeping.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT15, Truth, main

SETTINGS = {"vocab_size": 100, "model_type": "unigram", "character_coverage": 0.9995,
            "num_threads": 1, "num_sub_iterations": 2, "shrinking_factor": 0.75,
            "max_sentencepiece_length": 16, "seed_sentencepiece_size": 1000000}
WORDS = ("the model trains on data and learns tokens from text with pieces of words units "
         "sampling vocabulary segment encoder decoder").split()
SUFFIXES = ["", "s", "ing", "ed", "er"]


def sentences(rng, n: int) -> list[str]:
    return [" ".join(rng.choice(WORDS) + rng.choice(SUFFIXES) for _ in range(rng.randint(6, 14)))
            for _ in range(n)]


def spec_params(sp) -> dict[str, object]:
    """Every scalar field of the model's trainer and normalizer specs, defaults included, as
    the trainer's dump prints them (bytes fields, which it prints escaped, left out)."""
    from sentencepiece import sentencepiece_model_pb2

    model = sentencepiece_model_pb2.ModelProto()
    model.ParseFromString(sp.serialized_model_proto())
    params: dict[str, object] = {}
    for spec in (model.trainer_spec, model.normalizer_spec):
        for field in spec.DESCRIPTOR.fields:
            value = getattr(spec, field.name)
            if isinstance(value, bytes):
                continue
            if field.enum_type is not None:
                value = field.enum_type.values_by_number[value].name
            elif not isinstance(value, (str, bool, int, float)):
                value = ", ".join(map(str, value))
            params[field.name] = value
    return params


def run() -> None:
    import random
    import tempfile

    import sentencepiece as spm

    rng = random.Random(0)
    work = Path(tempfile.mkdtemp(prefix="spm-"))
    train, held = sentences(rng, 4000), sentences(rng, 500)
    (work / "train.txt").write_text("\n".join(train) + "\n")
    spm.SentencePieceTrainer.train(input=str(work / "train.txt"),
                                   model_prefix=str(work / "m"), **SETTINGS)
    sys.stderr.flush()
    sp = spm.SentencePieceProcessor(model_file=str(work / "m.model"))
    pieces = [sp.encode(s) for s in held]
    n_pieces = sum(len(p) for p in pieces)
    per_sentence = n_pieces / len(held)
    chars_per_piece = sum(len(s) for s in held) / n_pieces
    unk = sum(p.count(sp.unk_id()) for p in pieces) / n_pieces
    print(f"vocab size: {sp.get_piece_size()}", flush=True)
    print(f"held-out: tokens/sentence {per_sentence:.4f} chars/token {chars_per_piece:.4f} "
          f"unk rate {unk:.6f}", flush=True)
    truth = Truth()
    truth.add(**{"tokens/sentence": per_sentence, "chars/token": chars_per_piece,
                 "unk rate": unk})
    truth.allow(**{"vocab size": sp.get_piece_size(), "Loaded all": len(train),
                   "Done! preprocessed": len(train)})
    truth.write("the trained SentencePieceProcessor's get_piece_size() and encode() of the "
                "held-out sentences (pieces per sentence, chars per piece, unk share); the "
                "trainer's EM and corpus statistics are returned by no API (neither map)",
                libraries=("sentencepiece", "protobuf"), params=spec_params(sp),
                rel=2e-4, abs_tol=5e-6)


if __name__ == "__main__":
    main(__file__, {"sentencepiece": run}, root=HELDOUT15)
