#!/usr/bin/env bash
# The tests, as CI runs them (.ci/run calls exactly this, from a clean clone):
#   1. what the tests need from Debian, installed where missing: Chromium and a CJK font for the HTML report's
#      browser test (the Jupyter packages come with step 3);
#   2. the Maven build with every unit, Spark and browser test, then the integration tests on the packaged jars:
#      spark-submit of the cluster jar, and the README's main command, bin/gongkai run, from this checkout, whose
#      gold figures are checked against the generator's ground truth (RunCommandIT, in jobs/target/run-it);
#   3. every analyst notebook executed headlessly on the warehouse that run made (scripts/run-notebooks.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-browser.sh
mvn -B verify
GONGKAI_WAREHOUSE=jobs/target/run-it/warehouse scripts/run-notebooks.sh
