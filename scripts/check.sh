#!/usr/bin/env bash
# The tests, as CI runs them (.ci/run calls exactly this, from a clean clone):
#   1. what the tests need from Debian, installed where missing: Chromium and a CJK font for the HTML report's
#      browser test (the Jupyter packages come with step 4);
#   2. the Maven build with every unit, Spark, browser and end-to-end test, and the spark-submit tests (mvn -B verify);
#   3. the README's main command, bin/gongkai run, on the bundled sample: it must complete and print its summary;
#   4. every analyst notebook executed headlessly on the warehouse step 3 made (scripts/run-notebooks.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-browser.sh
mvn -B verify
bin/gongkai run
scripts/run-notebooks.sh
