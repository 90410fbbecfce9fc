#!/usr/bin/env bash
# The third FFI host: examples/java/Urgency.java, run with a JDK of 22 or later (the final
# Foreign Function & Memory API, java.lang.foreign) against target/release/libsteun.so, must
# print exactly what the same cases print from C (tests/csharp/urgency_cases.c). Also compiles
# the Java layouts of docs/c-integration.md and checks every layout's byteSize and every named
# field's byteOffset against C's sizeof and offsetof of steun.h. Needs a JDK 22+ ($JAVA_HOME,
# else the newest /usr/lib/jvm/*) and a built library (cargo build --release -p steun-ffi);
# without such a JDK it prints one SKIPPED line and passes.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
LIB=$ROOT/target/release
INC=$ROOT/bindings/c/include
OUT=$ROOT/tests/java/build
DOC=docs/c-integration.md
CC=${CC:-cc}

# The major version of a java binary (1.8.0 -> 8, 25.0.3 -> 25), or 0.
java_major() {
  local v
  v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)
  case $v in 1.*) v=${v#1.} ;; esac
  v=${v%%[!0-9]*}
  echo "${v:-0}"
}
JAVA= found=
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  m=$(java_major "$JAVA_HOME/bin/java"); found="java $m at \$JAVA_HOME=$JAVA_HOME"
  [ "$m" -ge 22 ] && JAVA=$JAVA_HOME/bin/java
fi
if [ -z "$JAVA" ]; then
  best=0
  for j in /usr/lib/jvm/*/bin/java $(command -v java 2>/dev/null || true); do
    [ -x "$j" ] || continue
    m=$(java_major "$j"); found="${found:+$found, }java $m at $j"
    if [ "$m" -ge 22 ] && [ "$m" -gt "$best" ]; then best=$m JAVA=$j; fi
  done
fi
if [ -z "$JAVA" ]; then
  echo "Java FFM SKIPPED: no JDK 22 or later (${found:-no java found}; Java 17, as on Debian bookworm, has only the incubator jdk.incubator.foreign, not the final java.lang.foreign); set JAVA_HOME to a JDK 22+ to run this step"
  exit 0
fi
[ -e "$LIB/libsteun.so" ] || { echo "Java: $LIB/libsteun.so missing (cargo build --release -p steun-ffi)"; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"
RUN=("$JAVA" --enable-native-access=ALL-UNNAMED)

# The documented block: the ```java block of the doc.
sed -n '/^```java$/,/^```$/p' "$DOC" | sed '1d;$d' > "$OUT/doc_block.java"
[ -s "$OUT/doc_block.java" ] || { echo "Java: no java block in $DOC"; exit 1; }

# The example against the same cases from C.
$CC -std=c99 -Wall -Wextra -Werror -pedantic -I"$INC" -o "$OUT/urgency_cases" tests/csharp/urgency_cases.c \
  -L"$LIB" -lsteun -Wl,-rpath,"$LIB"
"$OUT/urgency_cases" > "$OUT/c.txt"
# Compiled with every lint but [restricted] (the FFM calls that --enable-native-access allows)
# as an error when the JDK has javac; else run from source.
JAVAC=$(dirname "$JAVA")/javac
if [ -x "$JAVAC" ]; then
  "$JAVAC" -Xlint:all,-restricted -Werror -d "$OUT/classes" examples/java/Urgency.java
  "${RUN[@]}" -cp "$OUT/classes" Urgency "$LIB/libsteun.so" > "$OUT/java.txt"
else
  "${RUN[@]}" examples/java/Urgency.java "$LIB/libsteun.so" > "$OUT/java.txt"
fi
# A run that printed nothing (or only failures) must not pass by agreeing with itself.
grep -q '^widow_78: size 88 score 6 ' "$OUT/c.txt" || { echo "Java: the C cases did not score the widow of 78"; exit 1; }
if ! diff -u "$OUT/c.txt" "$OUT/java.txt"; then
  echo "Java: the FFM results differ from C's"; exit 1
fi
echo "Java: $(wc -l < "$OUT/c.txt") lines equal from C and from $("$JAVA" -version 2>&1 | head -1 | sed 's/ version//') FFM"

# Every layout the example declares is the documented one, word for word (less the example's
# "    static final " and one level of indentation).
awk '/^    static final StructLayout /{s=""; on=1} on{sub(/^    (static final )?/, ""); s=s $0 "\n"} on&&/\);$/{printf "%s", s > (out "/example_layout_" ++n ".java"); on=0}' \
  out="$OUT" examples/java/Urgency.java
n=$(ls "$OUT"/example_layout_*.java 2>/dev/null | wc -l)
[ "$n" -ge 3 ] || { echo "Java: examples/java/Urgency.java declares $n layouts, not the 3 urgency ones"; exit 1; }
for f in "$OUT"/example_layout_*.java; do
  python3 - "$f" "$OUT/doc_block.java" <<'PY' || { echo "Java: $(head -1 "$f" | sed 's/ =.*//') differs from $DOC"; exit 1; }
import sys
sys.exit(0 if open(sys.argv[1]).read() in open(sys.argv[2]).read() else 1)
PY
done

# The documented layouts compiled: byteSize and each named member's byteOffset, against C's
# sizeof and offsetof of the struct of steun.h of the same name (every struct with a body).
python3 - "$OUT" "$INC/steun.h" <<'PY'
import re, sys
out, header = sys.argv[1], sys.argv[2]
java_to_c = {
    "URGENCY_INPUT": "SteunUrgencyInput",
    "CRITERION_SCORE": "SteunUrgencyCriterionScore",
    "URGENCY_RESULT": "SteunUrgencyResult",
    "ISOLATION_INPUT": "SteunIsolationInput",
    "ISOLATION_RESULT": "SteunIsolationResult",
}
block = open(f"{out}/doc_block.java").read()
names = re.findall(r"^StructLayout ([A-Z0-9_]+) =", block, re.M)
unknown = [n for n in names if n not in java_to_c]
if unknown:
    sys.exit(f"Java: the doc's layouts {unknown} name no struct this script knows (add them to java_to_c)")
text = open(header).read()
structs = {}
for name, body in re.findall(r"typedef struct (\w+) \{(.*?)\} \1;", text, re.S):
    fields = []
    for line in body.splitlines():
        line = line.split("//")[0].strip()
        m = re.match(r"(?:const\s+)?(?:struct\s+)?\w+\s+\**(\w+)(?:\[[^\]]*\])?;$", line)
        if m:
            fields.append(m.group(1))
        elif line:
            sys.exit(f"Java: cannot read the field {line!r} of {name} in steun.h")
    structs[name] = fields
missing = [c for c in structs if c not in [java_to_c[n] for n in names]]
if missing:
    sys.exit(f"Java: {missing} of steun.h have no Java layout in the doc")
with open(f"{out}/Layouts.java", "w") as f:
    f.write("import java.lang.foreign.*;\nimport static java.lang.foreign.ValueLayout.*;\n")
    f.write("public class Layouts {\n")
    f.write("static void print(String c, StructLayout l) {\n"
            "  System.out.print(c + \" \" + l.byteSize() + \"\\n\");\n"
            "  for (MemoryLayout m : l.memberLayouts()) {\n"
            "    String n = m.name().orElseThrow(() -> new IllegalStateException(c + \": an unnamed member (padding?)\"));\n"
            "    System.out.print(c + \".\" + n + \" \" + l.byteOffset(MemoryLayout.PathElement.groupElement(n)) + \"\\n\");\n"
            "  }\n}\n")
    f.write("public static void main(String[] args) {\n")
    f.write(block)
    for n in names:
        f.write(f'print("{java_to_c[n]}", {n});\n')
    f.write("} }\n")
with open(f"{out}/layouts.c", "w") as f:
    f.write('#include <stddef.h>\n#include <stdio.h>\n#include "steun.h"\nint main(void) {\n')
    for n in names:
        c = java_to_c[n]
        f.write(f'printf("{c} %zu\\n", sizeof({c}));\n')
        for field in structs[c]:
            f.write(f'printf("{c}.{field} %zu\\n", offsetof({c}, {field}));\n')
    f.write("return 0; }\n")
PY
$CC -std=c99 -Wall -Wextra -Werror -I"$INC" -o "$OUT/layouts" "$OUT/layouts.c"
"$OUT/layouts" > "$OUT/layouts_c.txt"
(cd "$OUT" && "${RUN[@]}" Layouts.java) > "$OUT/layouts_java.txt"
grep -q '^SteunUrgencyResult.worst_band 84$' "$OUT/layouts_c.txt" || { echo "Java: C's offsets were not printed"; exit 1; }
[ "$(wc -l < "$OUT/layouts_java.txt")" -ge 40 ] || { echo "Java: the layouts program printed $(wc -l < "$OUT/layouts_java.txt") lines"; exit 1; }
if ! diff -u "$OUT/layouts_c.txt" "$OUT/layouts_java.txt"; then
  echo "Java: the documented layouts differ from C's sizeof/offsetof"; exit 1
fi
echo "Java: the documented layouts of $(grep -c '^StructLayout ' "$OUT/doc_block.java") structs compile; byteSize and the byteOffset of $(grep -c '\.' "$OUT/layouts_c.txt") fields equal C's sizeof and offsetof"
