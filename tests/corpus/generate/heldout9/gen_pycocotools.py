"""HELD-OUT fixture (ninth half, see generate/heldout9/README.md): do not read while tuning the
parser.

An object-detection evaluation with pycocotools, as detection repositories run it after each
training epoch: ground truth and detections are built in memory in COCO's JSON layout (thirty
synthetic images, three categories, detections that are jittered ground-truth boxes with
scores plus some false alarms), `COCO.loadRes`, then ``COCOeval`` for the ``bbox`` type:
``evaluate()``, ``accumulate()``, ``summarize()``. The script evaluates two checkpoints of the
"model" (epochs 1 and 2: the second has less jitter), then prints a per-category AP table for
the last one, computed from ``eval['precision']`` the way detection codebases do.

Truth: ``cocoEval.stats`` (the twelve summary numbers), one point per printed line per epoch,
named by the line's label as pycocotools prints it (no step: the lines do not state the
epoch; the script's ``epoch N`` header does); -1 values (no object in an area range) are
points too. The per-category cells are ``<category>/<column>`` from the same precision array.
Timings (``Done (t=...)``) are in neither map.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT9, Truth, main

CATEGORIES = ("person", "bicycle", "car")
LABELS = (
    " Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ]",
    " Average Precision  (AP) @[ IoU=0.50      | area=   all | maxDets=100 ]",
    " Average Precision  (AP) @[ IoU=0.75      | area=   all | maxDets=100 ]",
    " Average Precision  (AP) @[ IoU=0.50:0.95 | area= small | maxDets=100 ]",
    " Average Precision  (AP) @[ IoU=0.50:0.95 | area=medium | maxDets=100 ]",
    " Average Precision  (AP) @[ IoU=0.50:0.95 | area= large | maxDets=100 ]",
    " Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=  1 ]",
    " Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets= 10 ]",
    " Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=100 ]",
    " Average Recall     (AR) @[ IoU=0.50:0.95 | area= small | maxDets=100 ]",
    " Average Recall     (AR) @[ IoU=0.50:0.95 | area=medium | maxDets=100 ]",
    " Average Recall     (AR) @[ IoU=0.50:0.95 | area= large | maxDets=100 ]",
)


def ground_truth(rng):
    images, annotations = [], []
    for image_id in range(1, 31):
        images.append({"id": image_id, "width": 640, "height": 480,
                       "file_name": f"{image_id:06d}.jpg"})
        for _ in range(int(rng.integers(1, 6))):
            w, h = float(rng.uniform(12, 220)), float(rng.uniform(12, 220))
            x, y = float(rng.uniform(0, 640 - w)), float(rng.uniform(0, 480 - h))
            annotations.append({"id": len(annotations) + 1, "image_id": image_id,
                                "category_id": int(rng.integers(1, 4)),
                                "bbox": [x, y, w, h], "area": w * h, "iscrowd": 0})
    return {"images": images, "annotations": annotations,
            "categories": [{"id": i + 1, "name": n} for i, n in enumerate(CATEGORIES)]}


def detections(gt, rng, jitter):
    out = []
    for ann in gt["annotations"]:
        if rng.random() < 0.12:  # missed object
            continue
        x, y, w, h = ann["bbox"]
        box = [x + rng.normal(0, jitter * w), y + rng.normal(0, jitter * h),
               w * (1 + rng.normal(0, jitter)), h * (1 + rng.normal(0, jitter))]
        out.append({"image_id": ann["image_id"], "category_id": ann["category_id"],
                    "bbox": [float(v) for v in box], "score": float(rng.uniform(0.3, 1.0))})
    for image in gt["images"]:  # false alarms
        for _ in range(int(rng.integers(0, 3))):
            w, h = float(rng.uniform(10, 150)), float(rng.uniform(10, 150))
            out.append({"image_id": image["id"], "category_id": int(rng.integers(1, 4)),
                        "bbox": [float(rng.uniform(0, 500)), float(rng.uniform(0, 350)), w, h],
                        "score": float(rng.uniform(0.05, 0.6))})
    return out


def run() -> None:
    import numpy as np
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval

    truth = Truth()
    rng = np.random.default_rng(3)
    dataset = ground_truth(rng)
    coco_gt = COCO()
    coco_gt.dataset = dataset
    coco_gt.createIndex()
    evaluator = None
    for epoch, jitter in ((1, 0.12), (2, 0.05)):
        print(f"epoch {epoch}: evaluating on val ({len(dataset['images'])} images)", flush=True)
        coco_dt = coco_gt.loadRes(detections(dataset, rng, jitter))
        evaluator = COCOeval(coco_gt, coco_dt, "bbox")
        evaluator.evaluate()
        evaluator.accumulate()
        evaluator.summarize()
        sys.stdout.flush()
        for label, value in zip(LABELS, evaluator.stats):
            truth.add(**{label.strip(): float(value)})

    precision = evaluator.eval["precision"]  # [iou, recall, class, area, maxdets]
    print("Per-category bbox AP:")
    print(f"| {'category':<10} | {'AP':>6} | {'AP50':>6} | {'AP75':>6} |")
    print(f"|{'-' * 12}|{'-' * 8}|{'-' * 8}|{'-' * 8}|")
    for k, name in enumerate(CATEGORIES):
        cells = {}
        for column, iou in (("AP", slice(None)), ("AP50", 0), ("AP75", 5)):
            p = precision[iou, :, k, 0, -1]
            p = p[p > -1]
            cells[column] = float(np.mean(p)) * 100 if p.size else float("nan")
        print(f"| {name:<10} | {cells['AP']:6.3f} | {cells['AP50']:6.3f} | "
              f"{cells['AP75']:6.3f} |")
        truth.add(**{f"{name}/{c}": v for c, v in cells.items()})
    truth.write("COCOeval.stats after summarize() per epoch, named by the printed label "
                "(stripped); per-category cells <category>/<column> from eval['precision'] "
                "(area all, maxDets 100), x100 as printed",
                libraries=("pycocotools", "numpy"),
                rel=1e-9, abs_tol=5.1e-4)  # 3 decimals


if __name__ == "__main__":
    main(__file__, {"pycocotools": run}, root=HELDOUT9)
