"""HELD-OUT fixture (twenty-second half, see generate/heldout22/README.md): do not read while
tuning the parser.

Training an object detector with Ultralytics YOLO (PyPI ``ultralytics``, on PyTorch on the
CPU): a seeded synthetic data set the script writes (32 training and 8 validation 64 x 64 images
of red and green rectangles on noise, YOLO label files, a ``data.yaml``), a YOLOv8n built from
its YAML (no pretrained weights: nothing is downloaded), ``model.train(epochs=2, imgsz=64,
batch=8, device="cpu", workers=0, plots=False, amp=False, seed=22, deterministic=True)``.
Everything goes to stdout: Ultralytics' banner and arguments line, the layer table (``from  n
params  module  arguments``), ``YOLOv8n summary: 129 layers, 3,011,238 parameters, ...``, the
dataset scans with their own bars, ``optimizer: AdamW(lr=0.001667, momentum=0.9) ...``, then per
epoch a bar redrawn in place (``\\r\\033[K``) under the header ``Epoch GPU_mem box_loss cls_loss
dfl_loss Instances Size`` (``1/2  0G  1.551  1.472  1.048  11  64: 100% ━━━━ 4/4 ...``), a
validation bar (``Class Images Instances Box(P R mAP50 mAP50-95): 100% ...``) and its ``all``
row; at the end a validation of ``best.pt`` with a row per class, and ``Speed: 0.0ms
preprocess, 3.2ms inference, 0.0ms loss, 0.2ms postprocess per image``.

Truth, from the trainer's and validator's own objects in the same run. The training bar: which
frames are drawn depends on time (Ultralytics' bar redraws at most every 0.1 s, and always at
100%), so the script wraps the bar's ``_display`` to note, each time it actually draws a frame of
the training bar, the trainer's running mean losses at that moment (``trainer.tloss``, the
values the bar's description shows); each such frame's ``box_loss``, ``cls_loss``, ``dfl_loss``
at the epoch the frame states (consecutive identical frames once), ``Instances`` optional
(a count; taken from the bar's description, the one cell no object keeps), ``GPU_mem`` optional
(``0G`` on the CPU). Each epoch's validation row from
``trainer.metrics`` (``metrics/precision(B)`` ...) as ``all/P``, ``all/R``, ``all/mAP50``,
``all/mAP50-95``; the final validation's rows from the validator's ``metrics`` (``mean_results``
and ``class_result(i)``) as ``<class>/P`` ... (``all`` for the mean row); its ``Images`` and
``Instances`` optional; the final ``Speed`` from ``validator.speed`` under ``preprocess``,
``inference``, ``loss``, ``postprocess`` (milliseconds per image, measured: metrics). Optional:
the summary lines' layer, parameter and gradient counts and GFLOPs. Configuration (params): the
trainer's arguments, which the ``engine/trainer:`` line prints as ``key=value`` pairs
(``vars(trainer.args)``: ``epochs``, ``batch``, ``imgsz``, ``lr0``, ``momentum`` ...), ``Size``
(the bar's image size column) and the ``lr`` and ``momentum`` of the optimizer line (the
optimizer's own defaults: AdamW's first beta is the momentum it prints). In no
truth: the layer table, the scans' counts and the image-access check (``ping``, ``read``, a disk
check, not a result), the epochs' elapsed time (kept by no object), and the bars' counters and
rates.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT22, Truth, main

EPOCHS, BATCH, IMGSZ = 2, 8, 64


def make_data(root: Path) -> Path:
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(22)
    for split, n in (("train", 32), ("val", 8)):
        (root / "images" / split).mkdir(parents=True, exist_ok=True)
        (root / "labels" / split).mkdir(parents=True, exist_ok=True)
        for i in range(n):
            img = np.full((64, 64, 3), 30, np.uint8) + rng.integers(0, 20, (64, 64, 3),
                                                                     dtype=np.uint8)
            lines = []
            for _ in range(rng.integers(1, 3)):
                c = int(rng.integers(0, 2))
                w, h = rng.integers(12, 28, 2)
                x0, y0 = rng.integers(0, 64 - 28, 2)
                img[y0:y0 + h, x0:x0 + w] = (220, 40, 40) if c == 0 else (40, 200, 60)
                lines.append(f"{c} {(x0 + w / 2) / 64:.5f} {(y0 + h / 2) / 64:.5f} "
                             f"{w / 64:.5f} {h / 64:.5f}")
            Image.fromarray(img).save(root / "images" / split / f"{i:03d}.png")
            (root / "labels" / split / f"{i:03d}.txt").write_text("\n".join(lines) + "\n")
    yaml = root / "data.yaml"
    yaml.write_text(f"path: {root}\ntrain: images/train\nval: images/val\n"
                    "names:\n  0: red\n  1: green\n")
    return yaml


def run() -> None:
    import os
    import shutil
    import tempfile

    work = Path(tempfile.gettempdir()) / "yolo-heldout22"  # a fixed path: it is printed
    shutil.rmtree(work, ignore_errors=True)
    os.environ["HOME"] = str(work / "home")  # Ultralytics' settings file, kept out of ~
    os.environ["YOLO_CONFIG_DIR"] = str(work / "config")
    data = make_data(work / "data")

    from ultralytics import YOLO
    from ultralytics.utils import tqdm as ultra_tqdm

    truth = Truth()
    state = {"trainer": None, "last": None}
    original = ultra_tqdm.TQDM._display

    def display(self, final=False):
        before = self.last_print_t
        original(self, final)
        trainer = state["trainer"]
        if self.last_print_t == before or trainer is None or trainer.tloss is None:
            return  # no frame drawn, or not training yet
        if "/" not in self.desc.strip().split()[0]:
            return  # not the training bar (whose description starts "<epoch>/<epochs>")
        frame = (trainer.epoch + 1, tuple(float(v) for v in trainer.tloss.values()))
        if frame == state["last"]:
            return
        state["last"] = frame
        epoch, (box, cls, dfl) = frame
        truth.add(at=epoch, box_loss=box, cls_loss=cls, dfl_loss=dfl)
        # the batch's instance count: the one cell of the description no trainer attribute
        # keeps (the batch is gone); optional, so taken from the description the bar was given
        truth.allow(Instances=float(self.desc.split()[-2]), GPU_mem=0.0)

    ultra_tqdm.TQDM._display = display
    model = YOLO("yolov8n.yaml")

    def on_train_start(trainer):
        state["trainer"] = trainer

    def on_fit_epoch_end(trainer):
        m = trainer.metrics
        truth.add(**{"all/P": m["metrics/precision(B)"], "all/R": m["metrics/recall(B)"],
                     "all/mAP50": m["metrics/mAP50(B)"], "all/mAP50-95": m["metrics/mAP50-95(B)"]})

    model.add_callback("on_train_start", on_train_start)
    model.add_callback("on_fit_epoch_end", on_fit_epoch_end)
    model.train(data=str(data), epochs=EPOCHS, imgsz=IMGSZ, batch=BATCH, device="cpu",
                workers=0, plots=False, amp=False, seed=22, deterministic=True,
                project=str(work / "runs"), name="train", exist_ok=True)
    trainer = state["trainer"]
    validator = trainer.validator
    box = validator.metrics.box
    names = validator.metrics.names
    # the final validation's rows (on_fit_epoch_end ran once more for it: its "all" row counted)
    for i, c in enumerate(box.ap_class_index):
        p, r, ap50, ap = box.class_result(i)
        truth.add(**{f"{names[int(c)]}/P": p, f"{names[int(c)]}/R": r,
                     f"{names[int(c)]}/mAP50": ap50, f"{names[int(c)]}/mAP50-95": ap})
    for key, value in validator.speed.items():
        truth.add(**{key: value})
    truth.write("Ultralytics: the trainer's tloss at each drawn frame of the training bar (step: "
                "its epoch), trainer.metrics per epoch and after the final validation, the "
                "validator's class results and speed", libraries=("ultralytics", "torch"),
                params={**vars(trainer.args), "Size": IMGSZ,
                        "lr": trainer.optimizer.param_groups[0]["initial_lr"],
                        "momentum": trainer.optimizer.defaults["betas"][0]},
                rel=5e-4, abs_tol=5e-4)  # the bar's 4 significant digits; 3 decimals in rows


if __name__ == "__main__":
    main(__file__, {"ultralytics": run}, root=HELDOUT22)
