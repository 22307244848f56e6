#!/bin/sh
# Run by `mvn package` after the jar is built (pom.xml, execution "launcher"):
#   sh src/main/launcher/make-launcher.sh TARGET_DIR INPUT_DIR
# 1. copies the launcher to TARGET_DIR/polypress, executable;
# 2. makes the class-data-sharing archive TARGET_DIR/polypress.jsa with a training run of
#    `--once` on the samples in INPUT_DIR (Java 17's -XX:ArchiveClassesAtExit: the classes that
#    run loaded are archived when it exits). The archive belongs to this jar and this JDK, so it is
#    made by every build and never committed. If the training run fails, the build goes on without
#    an archive (the launcher then starts without one) and says so.
set -u
target=$1
input=$2
here=$(cd "$(dirname "$0")" && pwd)

cp "$here/polypress" "$target/polypress"
chmod 755 "$target/polypress"

archive="$target/polypress.jsa"
training="$target/cds-training"
rm -rf "$archive" "$training"
mkdir -p "$training"
java=java
if [ -n "${JAVA_HOME:-}" ]; then
  java="$JAVA_HOME/bin/java"
fi
# The same options as the launcher's --once, so that the classes loaded are those of a real run.
if "$java" -XX:ArchiveClassesAtExit="$archive" -XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$target/polypress.jar" --once --input "$input" --output "$training/output" --progress off \
    > "$training/run.log" 2>&1 && [ -s "$archive" ]; then
  echo "polypress: class-data-sharing archive $archive made by a training run on $input"
else
  rm -f "$archive"
  echo "polypress: WARNING: no class-data-sharing archive (training run failed, see $training/run.log);" \
    "target/polypress starts without it"
fi
exit 0
