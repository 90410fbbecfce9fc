#!/usr/bin/env bash
# The second FFI host: examples/csharp/Urgency.cs compiled with mcs and run with Mono against
# target/release/libsteun.so must print exactly what the same cases print from C
# (tests/csharp/urgency_cases.c). Also compiles the C# layouts of docs/c-integration.md and
# checks their sizes against C's sizeof. Needs mcs and mono (Debian: mono-mcs mono-runtime)
# and a built library (cargo build --release -p steun-ffi).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
LIB=$ROOT/target/release
INC=$ROOT/bindings/c/include
OUT=$ROOT/tests/csharp/build
for tool in mcs mono; do
  command -v "$tool" >/dev/null || { echo "C#: $tool missing (apt-get install mono-mcs mono-runtime)"; exit 1; }
done
[ -e "$LIB/libsteun.so" ] || { echo "C#: $LIB/libsteun.so missing (cargo build --release -p steun-ffi)"; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"
CC=${CC:-cc}

# The example against the same cases from C.
$CC -std=c99 -Wall -Wextra -Werror -pedantic -I"$INC" -o "$OUT/urgency_cases" tests/csharp/urgency_cases.c \
  -L"$LIB" -lsteun -Wl,-rpath,"$LIB"
mcs -warnaserror -nologo -out:"$OUT/Urgency.exe" examples/csharp/Urgency.cs
"$OUT/urgency_cases" > "$OUT/c.txt"
LD_LIBRARY_PATH=$LIB mono "$OUT/Urgency.exe" > "$OUT/csharp.txt"
# A run that printed nothing (or only failures) must not pass by agreeing with itself.
grep -q '^widow_78: size 88 score 6 ' "$OUT/c.txt" || { echo "C#: the C cases did not score the widow of 78"; exit 1; }
if ! diff -u "$OUT/c.txt" "$OUT/csharp.txt"; then
  echo "C#: Mono's results differ from C's"; exit 1
fi
echo "C#: $(wc -l < "$OUT/c.txt") lines equal from C and from Mono"

# The documented layouts: every struct the example declares is the documented one, word for
# word, and the documented block compiles with sizes equal to C's.
DOC=docs/c-integration.md
sed -n '/^```csharp$/,/^```$/p' "$DOC" | sed '1d;$d' > "$OUT/doc_block.cs"
[ -s "$OUT/doc_block.cs" ] || { echo "C#: no csharp block in $DOC"; exit 1; }
awk '/^\[StructLayout/{s=""; on=1} on{s=s $0 "\n"} on&&/^}$/{printf "%s", s > (out "/example_struct_" ++n ".cs"); on=0}' \
  out="$OUT" examples/csharp/Urgency.cs
for f in "$OUT"/example_struct_*.cs; do
  python3 - "$f" "$OUT/doc_block.cs" <<'PY' || { echo "C#: $(sed -n 2p "$f") differs from $DOC"; exit 1; }
import sys
sys.exit(0 if open(sys.argv[1]).read() in open(sys.argv[2]).read() else 1)
PY
done
structs=$(sed -n 's/^public \(unsafe \)\{0,1\}struct \([A-Za-z]*\).*/\2/p' "$OUT/doc_block.cs")
{
  echo 'using System; using System.Runtime.InteropServices;'
  echo 'public static class Doc {'
  cat "$OUT/doc_block.cs"
  echo 'public static void Main() {'
  for s in $structs; do echo "Console.WriteLine(\"$s \" + Marshal.SizeOf(typeof($s)));"; done
  echo '} }'
} > "$OUT/Layouts.cs"
{
  echo '#include <stdio.h>'
  echo '#include "steun.h"'
  echo 'int main(void) {'
  for s in $structs; do echo "printf(\"$s %zu\\n\", sizeof($s));"; done
  echo 'return 0; }'
} > "$OUT/layouts.c"
mcs -nologo -unsafe -warn:0 -out:"$OUT/Layouts.exe" "$OUT/Layouts.cs"
$CC -std=c99 -I"$INC" -o "$OUT/layouts" "$OUT/layouts.c"
"$OUT/layouts" > "$OUT/layouts_c.txt"
mono "$OUT/Layouts.exe" > "$OUT/layouts_csharp.txt"
if ! diff -u "$OUT/layouts_c.txt" "$OUT/layouts_csharp.txt"; then
  echo "C#: the sizes of the documented layouts differ from C's"; exit 1
fi
echo "C#: the documented layouts of $(echo $structs | wc -w) structs compile and have C's sizes"
