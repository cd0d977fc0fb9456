"""Which CI service a run was made on, read from the variables each service sets.

`detect_ci(environ)` returns None outside CI, else a dict with the keys `provider`, `job_url`,
`run_id`, `job`, `commit`, `branch`, `pr` (values None where the service does not say). Sources:
each service's documented predefined variables (GitHub Actions "Variables reference", GitLab
"Predefined CI/CD variables", Jenkins "Jenkins Set Environment Variables", Buildkite
"Environment variables", CircleCI "Project values and variables", Azure Pipelines "Predefined
variables").
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing `typing` on the run path
if TYPE_CHECKING:
    from collections.abc import Mapping

KEYS = ("provider", "job_url", "run_id", "job", "commit", "branch", "pr")


def detect_ci(environ: Mapping[str, str]) -> dict | None:
    """The CI context of this process, or None when no known service is detected."""
    for provider, test, read in _PROVIDERS:
        if test(environ):
            found: dict[str, str | None] = {key: None for key in KEYS}
            found.update({k: v for k, v in read(environ).items() if v})
            found["provider"] = provider
            return found
    return None


def _github(env: Mapping[str, str]) -> dict:
    server = env.get("GITHUB_SERVER_URL", "https://github.com")
    repo, run = env.get("GITHUB_REPOSITORY"), env.get("GITHUB_RUN_ID")
    ref = env.get("GITHUB_REF", "")
    pr = ref.split("/")[2] if ref.startswith("refs/pull/") and ref.count("/") >= 3 else None
    return {
        "job_url": f"{server}/{repo}/actions/runs/{run}" if repo and run else None,
        "run_id": run, "job": env.get("GITHUB_JOB"), "commit": env.get("GITHUB_SHA"),
        "branch": env.get("GITHUB_HEAD_REF") or env.get("GITHUB_REF_NAME"), "pr": pr,
    }


def _gitlab(env: Mapping[str, str]) -> dict:
    return {
        "job_url": env.get("CI_JOB_URL"), "run_id": env.get("CI_PIPELINE_ID"),
        "job": env.get("CI_JOB_NAME"), "commit": env.get("CI_COMMIT_SHA"),
        "branch": env.get("CI_COMMIT_REF_NAME") or env.get("CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"),
        "pr": env.get("CI_MERGE_REQUEST_IID"),
    }


def _jenkins(env: Mapping[str, str]) -> dict:
    return {
        "job_url": env.get("BUILD_URL"), "run_id": env.get("BUILD_NUMBER"),
        "job": env.get("JOB_NAME"), "commit": env.get("GIT_COMMIT"),
        "branch": env.get("CHANGE_BRANCH") or env.get("BRANCH_NAME") or env.get("GIT_BRANCH"),
        "pr": env.get("CHANGE_ID"),
    }


def _buildkite(env: Mapping[str, str]) -> dict:
    pr = env.get("BUILDKITE_PULL_REQUEST")
    return {
        "job_url": env.get("BUILDKITE_BUILD_URL"), "run_id": env.get("BUILDKITE_BUILD_NUMBER"),
        "job": env.get("BUILDKITE_LABEL"), "commit": env.get("BUILDKITE_COMMIT"),
        "branch": env.get("BUILDKITE_BRANCH"), "pr": None if pr == "false" else pr,
    }


def _circleci(env: Mapping[str, str]) -> dict:
    pr_url = env.get("CIRCLE_PULL_REQUEST", "")
    return {
        "job_url": env.get("CIRCLE_BUILD_URL"), "run_id": env.get("CIRCLE_WORKFLOW_ID"),
        "job": env.get("CIRCLE_JOB"), "commit": env.get("CIRCLE_SHA1"),
        "branch": env.get("CIRCLE_BRANCH"), "pr": pr_url.rsplit("/", 1)[-1] if pr_url else None,
    }


def _azure(env: Mapping[str, str]) -> dict:
    collection, project = env.get("SYSTEM_COLLECTIONURI"), env.get("SYSTEM_TEAMPROJECT")
    build = env.get("BUILD_BUILDID")
    url = f"{collection.rstrip('/')}/{project}/_build/results?buildId={build}" \
        if collection and project and build else None
    return {
        "job_url": url, "run_id": build, "job": env.get("SYSTEM_JOBDISPLAYNAME"),
        "commit": env.get("BUILD_SOURCEVERSION"),
        "branch": env.get("SYSTEM_PULLREQUEST_SOURCEBRANCH") or env.get("BUILD_SOURCEBRANCHNAME"),
        "pr": env.get("SYSTEM_PULLREQUEST_PULLREQUESTNUMBER") or env.get("SYSTEM_PULLREQUEST_PULLREQUESTID"),
    }


_PROVIDERS = (
    ("github", lambda e: e.get("GITHUB_ACTIONS") == "true", _github),
    ("gitlab", lambda e: e.get("GITLAB_CI") == "true", _gitlab),
    ("buildkite", lambda e: e.get("BUILDKITE") == "true", _buildkite),
    ("circleci", lambda e: e.get("CIRCLECI") == "true", _circleci),
    ("azure", lambda e: e.get("TF_BUILD", "").lower() == "true", _azure),
    ("jenkins", lambda e: bool(e.get("JENKINS_URL") and e.get("BUILD_NUMBER")), _jenkins),
)
