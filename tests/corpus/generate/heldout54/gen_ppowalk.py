"""HELD-OUT fixture (fifty-fourth half, see generate/heldout54/README.md): do not read while
tuning the parser.

PPO on a NumPy cart-pole printing as HeyAryaHere/learning-to-walk-better ``train.py`` (the
PPO-PyTorch layout): a ``=``/``-`` ruled block of settings (``max training timesteps : 12000``,
``PPO K epochs : 4``, ``discount factor (gamma) : 0.99``, ...), ``Started training at (GMT) :``
with a timestamp, every ``print_freq`` timesteps ``"Episode : {} \\t\\t Timestep : {} \\t\\t Average
Reward : {}"`` (the mean return of the episodes finished since the last print, rounded to 2), a
``saving model at :`` block with ``Elapsed Time  :``, and the closing timestamps. The original
trains 1e5 timesteps with episodes of up to 400; here 12000 timesteps, episodes of up to 200,
``print_freq`` 400, ``update_timestep`` 800, 4 PPO epochs, no log or checkpoint files, an actor learning rate of 0.003.

Truth: ``Average Reward`` at the printed ``Timestep`` (the loop's counter; the episode count is
the number of episodes begun so far). The settings block is ``params``; times and dates are no
metrics.
"""

from _toy import CartPole
from _capture import HELDOUT54, Truth, main


def run() -> None:
    from datetime import datetime

    import numpy as np
    import torch
    import torch.nn as nn

    env_name = "CartPole-v1"
    max_ep_len, max_training_timesteps = 200, 12000
    print_freq, log_freq, save_model_freq = 400, 200, 6000
    update_timestep, K_epochs, eps_clip, gamma = 800, 4, 0.2, 0.99
    lr_actor, lr_critic, random_seed = 0.003, 0.001, 0
    state_dim, action_dim = 4, 2
    print("=" * 92)
    print("training environment name : " + env_name)
    print("current logging run number for " + env_name + " : ", 0)
    print("logging at : PPO_logs/" + env_name + "//PPO_" + env_name + "_log_0.csv")
    checkpoint_path = "PPO_preTrained/" + env_name + "/" + f"PPO_{env_name}_{random_seed}_0.pth"
    print("save checkpoint path : " + checkpoint_path)
    print("-" * 92)
    print("max training timesteps : ", max_training_timesteps)
    print("max timesteps per episode : ", max_ep_len)
    print("model saving frequency : " + str(save_model_freq) + " timesteps")
    print("log frequency : " + str(log_freq) + " timesteps")
    print("printing average reward over episodes in last : " + str(print_freq) + " timesteps")
    print("-" * 92)
    print("state space dimension : ", state_dim)
    print("action space dimension : ", action_dim)
    print("-" * 92)
    print("Initializing a discrete action space policy")
    print("-" * 92)
    print("PPO update frequency : " + str(update_timestep) + " timesteps")
    print("PPO K epochs : ", K_epochs)
    print("PPO epsilon clip : ", eps_clip)
    print("discount factor (gamma) : ", gamma)
    print("-" * 92)
    print("optimizer learning rate actor : ", lr_actor)
    print("optimizer learning rate critic : ", lr_critic)
    print("=" * 92)

    torch.manual_seed(5)
    actor = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 2), nn.Softmax(-1))
    critic = nn.Sequential(nn.Linear(4, 32), nn.Tanh(), nn.Linear(32, 1))
    opt = torch.optim.Adam([{"params": actor.parameters(), "lr": lr_actor},
                            {"params": critic.parameters(), "lr": lr_critic}])
    buf = {"s": [], "a": [], "lp": [], "r": [], "d": []}

    def update():
        rewards, disc = [], 0.0
        for r, d in zip(reversed(buf["r"]), reversed(buf["d"])):
            disc = 0.0 if d else disc
            disc = r + gamma * disc
            rewards.insert(0, disc)
        R = torch.tensor(rewards, dtype=torch.float32)
        R = (R - R.mean()) / (R.std() + 1e-7)
        S = torch.tensor(np.array(buf["s"]), dtype=torch.float32)
        A = torch.tensor(buf["a"])
        old_lp = torch.tensor(buf["lp"])
        for _ in range(K_epochs):
            probs = actor(S)
            dist = torch.distributions.Categorical(probs)
            lp = dist.log_prob(A)
            V = critic(S).squeeze(-1)
            adv = R - V.detach()
            ratio = torch.exp(lp - old_lp)
            loss = (-torch.min(ratio * adv, torch.clamp(ratio, 1 - eps_clip, 1 + eps_clip) * adv)
                    + 0.5 * (V - R) ** 2 - 0.01 * dist.entropy()).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        for v in buf.values():
            v.clear()

    start_time = datetime.now().replace(microsecond=0)
    print("Started training at (GMT) : ", start_time)
    print("=" * 92)
    env = CartPole(seed=5, max_steps=max_ep_len)
    truth = Truth()
    print_running_reward = print_running_episodes = 0
    time_step = i_episode = 0
    while time_step <= max_training_timesteps:
        state = env.reset()
        current_ep_reward = 0
        for t in range(1, max_ep_len + 1):
            with torch.no_grad():
                probs = actor(torch.tensor(state, dtype=torch.float32))
                dist = torch.distributions.Categorical(probs)
                action = dist.sample()
            buf["s"].append(state)
            buf["a"].append(int(action))
            buf["lp"].append(float(dist.log_prob(action)))
            state, reward, done = env.step(int(action))
            buf["r"].append(reward)
            buf["d"].append(done)
            time_step += 1
            current_ep_reward += reward
            if time_step % update_timestep == 0:
                update()
            if time_step % print_freq == 0:
                print_avg_reward = print_running_reward / print_running_episodes
                print_avg_reward = round(print_avg_reward, 2)
                print("Episode : {} \t\t Timestep : {} \t\t Average Reward : {}".format(
                    i_episode, time_step, print_avg_reward))
                truth.add(at=time_step, **{"Average Reward": print_avg_reward})
                print_running_reward = print_running_episodes = 0
            if time_step % save_model_freq == 0:
                print("-" * 92)
                print("saving model at : " + checkpoint_path)
                print("model saved")
                print("Elapsed Time  : ", datetime.now().replace(microsecond=0) - start_time)
                print("-" * 92)
            if done:
                break
        print_running_reward += current_ep_reward
        print_running_episodes += 1
        i_episode += 1
    print("=" * 92)
    end_time = datetime.now().replace(microsecond=0)
    print("Started training at (GMT) : ", start_time)
    print("Finished training at (GMT) : ", end_time)
    print("Total training time  : ", end_time - start_time)
    print("=" * 92)
    params = {"max training timesteps": max_training_timesteps,
              "max timesteps per episode": max_ep_len, "PPO K epochs": K_epochs,
              "PPO epsilon clip": eps_clip, "discount factor (gamma)": gamma,
              "optimizer learning rate actor": lr_actor,
              "optimizer learning rate critic": lr_critic,
              "state space dimension": state_dim, "action space dimension": action_dim}
    truth.write("the script's rounded average episode returns", libraries=("torch",),
                params=params, rel=1e-6, abs_tol=5e-3)


if __name__ == "__main__":
    main(__file__, {"ppowalk": run}, root=HELDOUT54)
