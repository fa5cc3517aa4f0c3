#!/usr/bin/env bash
# Prints, per service, which of its own packages depend on which (from the compiled classes, with the
# JDK's jdeps), and the pairs that depend on each other both ways (package cycles).
#
#   deploy/tools/package-deps.sh        (after ./mvnw -DskipTests package, or any build that compiled)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
status=0
for module in registry-service venster-service reporting-service; do
  classes="$module/target/classes"
  [[ -d "$classes" ]] || { echo "$classes is missing: build first" >&2; exit 2; }
  edges="$(jdeps -verbose:package -filter:none -e 'nl\.venster\..*' "$classes" 2>/dev/null |
    awk '$1 ~ /^nl\.venster\.(register|venster|rapportage)\./ && $3 ~ /^nl\.venster\.(register|venster|rapportage)\./ { print $1, $3 }' |
    sed -E 's/nl\.venster\.(register|venster|rapportage)\.//g' | awk '$1 != $2' | sort -u)"
  echo "== $module"
  awk '{ a[$1] = a[$1] " " $2 } END { for (p in a) printf "  %-10s ->%s\n", p, a[p] }' <<<"$edges" | sort
  cycles="$(awk '{ e[$1 " " $2] = 1 } END { for (k in e) { split(k, p, " "); if ((p[2] " " p[1]) in e && p[1] < p[2]) print "  cycle: " p[1] " <-> " p[2] } }' <<<"$edges" | sort)"
  if [[ -n "$cycles" ]]; then echo "$cycles"; status=1; else echo "  no package cycles"; fi
done
exit "$status"
