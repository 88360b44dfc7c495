#!/usr/bin/env bash
# Executes every analyst notebook (notebooks/NN-*.ipynb) headlessly on the Java kernel, one after another, and
# fails if any cell fails or a notebook shows no chart. What it needs is installed first, only where missing:
#   - Debian's headless Jupyter (jupyter-nbconvert and its kernel client) and a CJK font for the charts' labels;
#   - the kernel jar and XChart from Maven Central (notebooks/pom.xml), under notebooks/target/;
#   - the project's jars (bin/gongkai builds them), gathered in notebooks/target/lib for the notebooks' %jar;
#   - a warehouse: made with bin/gongkai run when there is none at $GONGKAI_WAREHOUSE (default ./warehouse).
# The executed copies, with their outputs and charts, are written to notebooks/target/executed/.
#
#   scripts/run-notebooks.sh [NOTEBOOK…]     (default: every notebooks/[0-9]*.ipynb)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
notebooks="$root/notebooks"
target="$notebooks/target"
executed="$target/executed"
warehouse=$(realpath -m "${GONGKAI_WAREHOUSE:-$root/warehouse}")
# Debian's Python, where its Jupyter packages live (a python3 earlier on PATH may lack them).
python=/usr/bin/python3

# One kernel start in five or ten never answers the client's first request, or exits: a fault of the kernel's own
# (its shell thread sometimes dies of a NullPointerException, handlers not yet set, or never sees the requests; a
# client that waits seconds before its first request fares no better). A healthy kernel answers within 2 s. It
# happens before any cell runs, so trying again hides nothing.
start_failure="Kernel didn't respond in|Kernel died before replying to kernel_info"
attempts=6

log() { printf 'run-notebooks: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_jupyter() {
  local missing=()
  [ -x /usr/bin/jupyter-nbconvert ] || missing+=(jupyter-nbconvert)
  "$python" -c 'import nbclient, nbformat, jupyter_client' 2>/dev/null \
    || missing+=(python3-nbclient python3-nbformat jupyter-client)
  # The charts print Chinese region names: Java finds a CJK font through fontconfig.
  [ -n "$(fc-list :lang=zh 2>/dev/null)" ] || missing+=(fontconfig fonts-wqy-zenhei)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -q >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# The kernel and XChart jars, from Maven Central through notebooks/pom.xml.
fetch_kernel() {
  mvn -q -B -Dstyle.color=never -f "$notebooks/pom.xml" generate-resources >&2
}

# kernel.json carries Spark's JVM flags; the root pom is where they are kept: a flag added there must be here too.
check_kernel_flags() {
  local flags flag missing=0
  flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$root/pom.xml")
  for flag in $flags; do
    if ! grep -qF "\"$flag\"" "$notebooks/kernels/gongkai-java/kernel.json"; then
      log "notebooks/kernels/gongkai-java/kernel.json lacks the JVM flag $flag (pom.xml spark.jvm.flags)"
      missing=1
    fi
  done
  return $missing
}

# The project's jars and their runtime classpath, for the notebooks' `%jar target/lib`: target/jars holds links into
# the Maven repository and copies of the project's own jars (a later build then cannot change them under a kernel);
# target/lib holds one jar whose manifest Class-Path names them all, so that %jar lists one jar, not 230.
gather_jars() {
  "$root/bin/gongkai" --version >/dev/null
  local lib="$target/lib" jars="$target/jars" jar
  rm -rf "$lib" "$jars" && mkdir -p "$lib" "$jars"
  tr ':' '\n' <"$root/jobs/target/classpath.txt" | while read -r jar; do
    case "$jar" in
      "$root"/*) cp "$jar" "$jars/" ;;
      *) ln -s "$jar" "$jars/" ;;
    esac
  done
  cp "$root/jobs/target/gongkai-jobs-0.1.0-SNAPSHOT.jar" "$jars/"
  ln -s "$target"/chart/*.jar "$jars/"
  "$python" - "$jars" "$lib/gongkai-notebooks.jar" <<'EOF'
import os, sys, urllib.parse, zipfile
jars, out = sys.argv[1], sys.argv[2]
relative = os.path.relpath(jars, os.path.dirname(out))
line = "Class-Path: " + " ".join(urllib.parse.quote(f"{relative}/{name}") for name in sorted(os.listdir(jars)))
# A manifest line holds at most 72 bytes; a longer value goes on in lines that start with a space.
lines = [line[:72]] + [" " + line[i:i + 71] for i in range(72, len(line), 71)]
with zipfile.ZipFile(out, "w") as jar:
    jar.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n" + "\r\n".join(lines) + "\r\n\r\n")
EOF
}

# The warehouse the notebooks read: the README's main command, the bundled sample through the whole pipeline.
make_warehouse() {
  (cd "$root" && bin/gongkai run --set "gongkai.warehouse=$warehouse")
}

# Executes one notebook into $executed; tries again only when the kernel did not start.
execute() {
  local notebook=$1 name attempt log_file
  name=$(basename "$notebook" .ipynb)
  log_file="$executed/$name.log"
  for attempt in $(seq 1 $attempts); do
    # The kernel inherits the environment. Its JVM compiles with C1 only: the notebooks run short queries on small
    # tables, where the optimizing compiler costs more than it gains (03 took 94 s with it, 54 s without, 2 busy cores).
    if JUPYTER_PATH="$notebooks" GONGKAI_WAREHOUSE="$warehouse" \
        JAVA_TOOL_OPTIONS="-XX:TieredStopAtLevel=1 ${JAVA_TOOL_OPTIONS:-}" \
        /usr/bin/jupyter nbconvert --to notebook --execute --output-dir "$executed" \
        --ExecutePreprocessor.startup_timeout=20 --ExecutePreprocessor.timeout=900 \
        "$notebook" >"$log_file" 2>&1; then
      return 0
    fi
    if ! grep -qE "$start_failure" "$log_file" || [ "$attempt" = $attempts ]; then
      return 1
    fi
    log "$name: the kernel did not start (attempt $attempt): trying again"
  done
}

# The failing cell and its error (or the log's end when no cell failed), without Python's and Java's stack frames.
show_failure() {
  local clean
  clean=$(sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -vE '^\s*(File |\^|at )')
  if grep -q "An error occurred while executing" <<<"$clean"; then
    sed -n '/An error occurred while executing/,$p' <<<"$clean" | head -60 >&2
  else
    tail -30 <<<"$clean" >&2
  fi
}

# Every executed notebook shows its charts as PNG images; a committed notebook carries no outputs.
check_outputs() {
  "$python" - "$@" <<'EOF'
import json, sys
failed = False
for source, done in zip(sys.argv[1::2], sys.argv[2::2]):
    cells = json.load(open(source, encoding="utf-8"))["cells"]
    if any(cell.get("outputs") for cell in cells):
        print(f"{source}: committed with outputs (jupyter nbconvert --clear-output --inplace {source})")
        failed = True
    outputs = [o for c in json.load(open(done, encoding="utf-8"))["cells"] for o in c.get("outputs", [])]
    images = sum(1 for o in outputs if "image/png" in o.get("data", {}))
    print(f"{done}: {images} PNG chart(s)" + ("" if images else ": a notebook must show its charts"))
    failed |= images == 0
sys.exit(1 if failed else 0)
EOF
}

main() {
  local started=$SECONDS list=() failed=() pairs=() notebook name t
  if [ $# -gt 0 ]; then list=("$@"); else list=("$notebooks"/[0-9]*.ipynb); fi
  install_jupyter
  check_kernel_flags
  fetch_kernel
  gather_jars
  if [ ! -d "$warehouse/gongkai.db" ]; then
    log "no warehouse at $warehouse: making one"
    make_warehouse
  fi
  mkdir -p "$executed"
  log "ready in $((SECONDS - started)) s; executing ${#list[@]} notebook(s) on the warehouse $warehouse"
  for notebook in "${list[@]}"; do
    name=$(basename "$notebook" .ipynb)
    t=$SECONDS
    if execute "$notebook"; then
      log "$name: ok in $((SECONDS - t)) s"
    else
      log "$name: FAILED in $((SECONDS - t)) s"
      show_failure "$executed/$name.log"
      failed+=("$name")
    fi
    pairs+=("$notebook" "$executed/$name.ipynb")
  done
  log "${#list[@]} notebook(s) in $((SECONDS - started)) s"
  log "$((${#list[@]} - ${#failed[@]})) passed, ${#failed[@]} failed"
  if [ ${#failed[@]} -gt 0 ]; then
    log "failed: ${failed[*]}"
    exit 1
  fi
  check_outputs "${pairs[@]}"
}

main "$@"
