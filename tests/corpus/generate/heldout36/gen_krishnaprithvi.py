"""HELD-OUT fixture (thirty-sixth half, see generate/heldout36/README.md): do not read while
tuning the parser.

A traffic-light Q-learning loop printing as krishnaprithvi/autonomous-traffic-control-with-rl
``visualization/console_output.py`` does: per epoch ``print_episode_summary`` prints
``\\nEpoch: 1``, ``\\nEpisode Reward: -12.34``, ``Agent Performance: Poor``, a 40-dash rule,
``Timing Violations: 3, Correct Timings: 17``, ``Timing Accuracy: 85.00%, Exploration Rate
(ε): 0.9500``, ``Reasons: ...`` and the rule again; at the end ``print_training_summary``
prints ``\\n======= Training Summary =======``, ``Total Episodes: 12``, ``Total Cumulative
Reward: ...`` (two decimals), ``Total Timing Violations: ...``, ``Total Correct Timings: ...``
and a rule. Here: a two-phase intersection with Poisson arrivals (NumPy), the agent choosing
green durations (10/20/30 s) by tabular Q-learning on the queue-length state, 20 decisions an
epoch, 12 epochs; a decision is a timing violation when it leaves a queue over 8 cars;
performance is a word from the epoch's accuracy; the reasons line names the most common cause.

Truth: ``Episode Reward`` and ``Timing Accuracy`` each epoch (no step: the epoch is on a line
above), ``Total Cumulative Reward`` at the end; the counts (``Timing Violations``, ``Correct
Timings``, the totals, ``Total Episodes``) and the exploration rate are optional.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _capture import HELDOUT36, Truth, main


def run() -> None:
    import numpy as np

    def print_episode_summary(epoch, reward, performance, timing_violations, correct_timings,
                              timing_accuracy, epsilon, reasons):
        reason_str = reasons if reasons else "Normal step"
        print(f"\nEpoch: {epoch+1}")
        print(f"\nEpisode Reward: {reward:.2f}")
        print(f"Agent Performance: {performance}")
        print("----------------------------------------")
        print(f"Timing Violations: {timing_violations}, Correct Timings: {correct_timings}")
        print(f"Timing Accuracy: {timing_accuracy:.2f}%, Exploration Rate (ε): {epsilon:.4f}")
        print(f"Reasons: {reason_str}")
        print("----------------------------------------")

    def print_training_summary(total_episodes, total_reward, total_violations, total_correct):
        print("\n======= Training Summary =======")
        print(f"Total Episodes: {total_episodes}")
        print(f"Total Cumulative Reward: {total_reward:.2f}")
        print(f"Total Timing Violations: {total_violations}")
        print(f"Total Correct Timings: {total_correct}")
        print("===============================")

    rng = np.random.default_rng(36)
    durations = [10, 20, 30]
    Q = np.zeros((5, 5, 3))
    epsilon, alpha, gamma = 1.0, 0.2, 0.9
    truth = Truth()
    total_reward, total_violations, total_correct = 0.0, 0, 0
    epochs = 12
    for epoch in range(epochs):
        qa, qb = 4, 4
        reward_sum, violations, correct = 0.0, 0, 0
        causes = {}
        for _ in range(20):
            s = (min(qa // 3, 4), min(qb // 3, 4))
            a = int(rng.integers(3)) if rng.random() < epsilon else int(Q[s].argmax())
            g = durations[a]
            qa = max(0, qa + rng.poisson(0.3 * g) - g // 2)
            qb = qb + rng.poisson(0.2 * 40)
            qb = max(0, qb - (40 - g) // 3)
            qa, qb = qb, qa
            r = -(qa + qb) / 4.0
            if max(qa, qb) > 8:
                violations += 1
                cause = "queue over limit on A" if qa > qb else "queue over limit on B"
                causes[cause] = causes.get(cause, 0) + 1
                r -= 2.0
            else:
                correct += 1
            s2 = (min(qa // 3, 4), min(qb // 3, 4))
            Q[s][a] += alpha * (r + gamma * Q[s2].max() - Q[s][a])
            reward_sum += r
        acc = 100.0 * correct / (correct + violations)
        perf = "Good" if acc >= 80 else ("Fair" if acc >= 60 else "Poor")
        reasons = max(causes, key=causes.get) if causes else ""
        print_episode_summary(epoch, reward_sum, perf, violations, correct, acc, epsilon, reasons)
        truth.add(**{"Episode Reward": reward_sum, "Timing Accuracy": acc})
        truth.allow(**{"Timing Violations": violations, "Correct Timings": correct,
                       "Exploration Rate (ε)": epsilon})
        total_reward += reward_sum
        total_violations += violations
        total_correct += correct
        epsilon = max(0.05, epsilon * 0.8)
    print_training_summary(epochs, total_reward, total_violations, total_correct)
    truth.add(**{"Total Cumulative Reward": total_reward})
    truth.allow(**{"Total Episodes": epochs, "Total Timing Violations": total_violations,
                   "Total Correct Timings": total_correct})
    truth.write("the script's summed reward and timing accuracy of each epoch and the total "
                "reward", libraries=("numpy",), rel=1e-4, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"krishnaprithvi": run}, root=HELDOUT36)
