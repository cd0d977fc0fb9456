"""CI detection from each service's own variables."""

from __future__ import annotations

import pytest

from expctl.capture.ci import detect_ci

CASES = {
    "github": ({"GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": "acme/models", "GITHUB_RUN_ID": "42",
                "GITHUB_JOB": "train", "GITHUB_SHA": "abc123", "GITHUB_REF": "refs/pull/7/merge",
                "GITHUB_HEAD_REF": "feature", "GITHUB_SERVER_URL": "https://github.com"},
               {"job_url": "https://github.com/acme/models/actions/runs/42", "run_id": "42",
                "job": "train", "commit": "abc123", "branch": "feature", "pr": "7"}),
    "gitlab": ({"GITLAB_CI": "true", "CI_JOB_URL": "https://gitlab.com/acme/m/-/jobs/9",
                "CI_PIPELINE_ID": "900", "CI_JOB_NAME": "train", "CI_COMMIT_SHA": "def456",
                "CI_COMMIT_REF_NAME": "main", "CI_MERGE_REQUEST_IID": "3"},
               {"job_url": "https://gitlab.com/acme/m/-/jobs/9", "run_id": "900", "job": "train",
                "commit": "def456", "branch": "main", "pr": "3"}),
    "jenkins": ({"JENKINS_URL": "https://ci.acme/", "BUILD_NUMBER": "17",
                 "BUILD_URL": "https://ci.acme/job/m/17/", "JOB_NAME": "m", "GIT_COMMIT": "0a1b",
                 "BRANCH_NAME": "dev"},
                {"job_url": "https://ci.acme/job/m/17/", "run_id": "17", "job": "m",
                 "commit": "0a1b", "branch": "dev", "pr": None}),
    "buildkite": ({"BUILDKITE": "true", "BUILDKITE_BUILD_URL": "https://buildkite.com/a/b/builds/5",
                   "BUILDKITE_BUILD_NUMBER": "5", "BUILDKITE_LABEL": "train",
                   "BUILDKITE_COMMIT": "99", "BUILDKITE_BRANCH": "main", "BUILDKITE_PULL_REQUEST": "false"},
                  {"job_url": "https://buildkite.com/a/b/builds/5", "run_id": "5", "job": "train",
                   "commit": "99", "branch": "main", "pr": None}),
    "circleci": ({"CIRCLECI": "true", "CIRCLE_BUILD_URL": "https://circleci.com/gh/a/b/8",
                  "CIRCLE_WORKFLOW_ID": "wf-1", "CIRCLE_JOB": "train", "CIRCLE_SHA1": "77",
                  "CIRCLE_BRANCH": "topic", "CIRCLE_PULL_REQUEST": "https://github.com/a/b/pull/12"},
                 {"job_url": "https://circleci.com/gh/a/b/8", "run_id": "wf-1", "job": "train",
                  "commit": "77", "branch": "topic", "pr": "12"}),
    "azure": ({"TF_BUILD": "True", "SYSTEM_COLLECTIONURI": "https://dev.azure.com/acme/",
               "SYSTEM_TEAMPROJECT": "ml", "BUILD_BUILDID": "314", "SYSTEM_JOBDISPLAYNAME": "train",
               "BUILD_SOURCEVERSION": "cafe", "BUILD_SOURCEBRANCHNAME": "main"},
              {"job_url": "https://dev.azure.com/acme/ml/_build/results?buildId=314", "run_id": "314",
               "job": "train", "commit": "cafe", "branch": "main", "pr": None}),
}


@pytest.mark.parametrize("provider", sorted(CASES))
def test_each_service_is_detected_with_its_job(provider):
    environ, expected = CASES[provider]
    assert detect_ci(environ) == {"provider": provider, **expected}


def test_outside_ci_nothing_is_detected():
    assert detect_ci({"HOME": "/root", "CI": "", "PATH": "/bin"}) is None
    assert detect_ci({"GITHUB_ACTIONS": "false"}) is None
