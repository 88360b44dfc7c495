#!/usr/bin/env bash
# The nightly run on a cluster: the reports that arrived since the last run in (ingest --since last), every current
# report checked (validate; the night fails when more than gongkai.validate.max-error-share of them fail an error-level
# rule), the gold tables summed (aggregate), and the HTML report. Each step is one spark-submit of the cluster jar; the
# first step that fails ends the night with its exit status and the steps after it do not run, so the gold tables and
# the report stay those of the last good night. Every step can simply be rerun.
#
#   scripts/nightly.sh INPUT… [--manifest CSV]… [--conf FILE]… [--set key=value]…
#
# INPUT and --manifest are ingest's (files, directories, globs, any Hadoop URI); --conf files are read after
# $GONGKAI_CONF and --set wins over all of them, for every step. Exit status 0 when every step succeeded, else the
# failed step's (1: it ran and failed its check, 2: a usage or configuration error), 2 for a usage error here.
#
# For cron, here at 02:30 every night, with a log per night:
#   30 2 * * *  cd /opt/gongkai && SPARK_SUBMIT_ARGS="--master yarn --driver-memory 8g" GONGKAI_REPORT=/srv/www/gongkai/index.html scripts/nightly.sh s3a://gongkai-reports/crawl/ >> /var/log/gongkai/nightly-$(date +\%F).log 2>&1
#
# Environment (default in brackets):
#   SPARK_SUBMIT       the spark-submit to run [$SPARK_HOME/bin/spark-submit, else spark-submit on the PATH]
#   SPARK_SUBMIT_ARGS  spark-submit's own options, e.g. --master yarn --deploy-mode client --driver-memory 8g [none:
#                      the cluster's spark-defaults.conf]
#   GONGKAI_JAR        the cluster jar [jobs/target/gongkai-jobs-0.1.0-SNAPSHOT-submit.jar of this checkout]
#   GONGKAI_CONF       configuration files, in order [conf/cluster.conf conf/nightly.conf of this checkout]
#   GONGKAI_REPORT     where the HTML report is written, on the machine that runs the driver [report.html]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() {
  sed -n 's/^#   scripts\/nightly.sh /usage: scripts\/nightly.sh /p' "${BASH_SOURCE[0]}" >&2
  exit 2
}

if [ -n "${SPARK_SUBMIT:-}" ]; then
  submit=$SPARK_SUBMIT
elif [ -n "${SPARK_HOME:-}" ]; then
  submit=$SPARK_HOME/bin/spark-submit
else
  submit=spark-submit
fi
read -r -a submit_args <<< "${SPARK_SUBMIT_ARGS:-}"
jar=${GONGKAI_JAR:-$root/jobs/target/gongkai-jobs-0.1.0-SNAPSHOT-submit.jar}
report=${GONGKAI_REPORT:-report.html}
settings=()
for file in ${GONGKAI_CONF:-$root/conf/cluster.conf $root/conf/nightly.conf}; do
  settings+=(--conf "$file")
done

inputs=()
manifests=()
while [ $# -gt 0 ]; do
  case "$1" in
    --manifest) [ $# -ge 2 ] || usage; manifests+=("$1" "$2"); shift 2 ;;
    --conf|--set) [ $# -ge 2 ] || usage; settings+=("$1" "$2"); shift 2 ;;
    -*) echo "nightly: unknown option $1" >&2; usage ;;
    *) inputs+=("$1"); shift ;;
  esac
done
[ ${#inputs[@]} -gt 0 ] || usage
[ -f "$jar" ] || { echo "nightly: no cluster jar at $jar (mvn -DskipTests package builds it)" >&2; exit 2; }

# One job through spark-submit; a failure ends the night with the job's exit status.
step() {
  local job=$1 started status=0
  shift
  started=$(date +%s)
  echo "nightly: $job started at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  "$submit" "${submit_args[@]}" --class org.gongkai.jobs.cli.Gongkai "$jar" "$job" "$@" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "nightly: $job failed with exit status $status after $(($(date +%s) - started)) s; the later steps did not run"
    exit "$status"
  fi
  echo "nightly: $job done in $(($(date +%s) - started)) s"
}

step ingest "${inputs[@]}" "${manifests[@]}" --since last "${settings[@]}"
step validate "${settings[@]}"
step aggregate "${settings[@]}"
step report --out "$report" "${settings[@]}"
echo "nightly: done; the report is $report"
