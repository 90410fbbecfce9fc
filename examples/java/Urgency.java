// Scores signals through libsteun from Java (the Foreign Function & Memory API of Java 22 and
// later, java.lang.foreign): the typed structs of steun.h as the layouts of
// docs/c-integration.md (no Java boolean, no enums inside) and the JSON operation
// urgency.assess through steun_call. tests/java/run.sh compares its output with
// tests/csharp/urgency_cases.c, the same cases run from C.
//   java --enable-native-access=ALL-UNNAMED examples/java/Urgency.java target/release/libsteun.so
// (or -Dsteun.library=/path/to/libsteun.so instead of the argument).
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.MemoryLayout.PathElement.sequenceElement;
import static java.lang.foreign.ValueLayout.*;

public final class Urgency {
    // The layouts of steun.h, as docs/c-integration.md documents them.
    static final StructLayout URGENCY_INPUT = MemoryLayout.structLayout(              // 28 bytes
        JAVA_INT.withName("struct_size"), JAVA_INT.withName("safety"), JAVA_INT.withName("health"),
        JAVA_INT.withName("wellbeing"), JAVA_INT.withName("persons"), JAVA_INT.withName("duration"),
        JAVA_BYTE.withName("minors_involved"), JAVA_BYTE.withName("over_75_involved"),
        MemoryLayout.sequenceLayout(2, JAVA_BYTE).withName("reserved"));
    static final StructLayout CRITERION_SCORE = MemoryLayout.structLayout(            // 12 bytes
        JAVA_INT.withName("criterion"), JAVA_INT.withName("answer"), JAVA_BYTE.withName("points_known"),
        JAVA_BYTE.withName("points"), JAVA_BYTE.withName("points_min"), JAVA_BYTE.withName("points_max"));
    static final StructLayout URGENCY_RESULT = MemoryLayout.structLayout(             // 88 bytes (84 before 0.3)
        JAVA_INT.withName("struct_size"), JAVA_INT.withName("band"), JAVA_INT.withName("report_action"),
        JAVA_INT.withName("reporter_action"), JAVA_BYTE.withName("score"), JAVA_BYTE.withName("score_min"),
        JAVA_BYTE.withName("score_max"), JAVA_BYTE.withName("max_score"), JAVA_BYTE.withName("band_from"),
        JAVA_BYTE.withName("band_to"), JAVA_BYTE.withName("needs_consultation"), JAVA_BYTE.withName("reserved"),
        MemoryLayout.sequenceLayout(5, CRITERION_SCORE).withName("breakdown"), JAVA_INT.withName("worst_band"));

    // The values of steun.h's SteunUrgencyRisk and SteunUrgencyDuration.
    static final int NONE = 0, MODERATE = 1, SEVERE = 2, UNKNOWN = 3;
    static final int INCIDENTAL = 0, STRUCTURAL_OVER_HALF_YEAR = 2;
    // The header this program was written against (STEUN_VERSION_MAJOR, _MINOR).
    static final int HEADER_MAJOR = 0, HEADER_MINOR = 1;
    static final int STATUS_OK = 0;

    static final PrintStream OUT =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);

    static MethodHandle versionNumber, urgencyAssess, call, stringFree, enumCode, lastErrorPath;

    static MethodHandle downcall(SymbolLookup lib, String name, FunctionDescriptor fd) {
        MemorySegment symbol = lib.find(name).orElseThrow(() -> new IllegalStateException("libsteun lacks " + name));
        return Linker.nativeLinker().downcallHandle(symbol, fd);
    }

    // A field of a struct, read or written at the offset of its documented name.
    static int i32(MemorySegment s, StructLayout layout, String name) {
        return s.get(JAVA_INT, layout.byteOffset(groupElement(name)));
    }

    static int u8(MemorySegment s, StructLayout layout, String name) {
        return Byte.toUnsignedInt(s.get(JAVA_BYTE, layout.byteOffset(groupElement(name))));
    }

    static void setI32(MemorySegment s, StructLayout layout, String name, int v) {
        s.set(JAVA_INT, layout.byteOffset(groupElement(name)), v);
    }

    static void setU8(MemorySegment s, StructLayout layout, String name, int v) {
        s.set(JAVA_BYTE, layout.byteOffset(groupElement(name)), (byte) v);
    }

    // A NUL-terminated UTF-8 string that steun owns (not freed here).
    static String fromUtf8(MemorySegment p) {
        if (p.equals(MemorySegment.NULL)) return "(null)";
        return p.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
    }

    static String lastErrorPath() throws Throwable {
        return fromUtf8((MemorySegment) lastErrorPath.invokeExact());
    }

    static String code(String enumName, int value) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            int status = (int) enumCode.invokeExact(arena.allocateFrom(enumName), value, out);
            return status == STATUS_OK ? fromUtf8(out.get(ADDRESS, 0)) : "?";
        }
    }

    static String criterion(MemorySegment c) throws Throwable {
        return " " + code("UrgencyCriterion", i32(c, CRITERION_SCORE, "criterion")) + "="
            + code("UrgencyAnswer", i32(c, CRITERION_SCORE, "answer")) + ":"
            + u8(c, CRITERION_SCORE, "points_known") + ":" + u8(c, CRITERION_SCORE, "points") + ":"
            + u8(c, CRITERION_SCORE, "points_min") + ":" + u8(c, CRITERION_SCORE, "points_max");
    }

    static void assess(String name, int safety, int health, int wellbeing, int persons, int minors, int over75,
                       int duration) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocate(URGENCY_INPUT);   // zeroed: reserved stays 0
            setI32(in, URGENCY_INPUT, "struct_size", (int) URGENCY_INPUT.byteSize());
            setI32(in, URGENCY_INPUT, "safety", safety);
            setI32(in, URGENCY_INPUT, "health", health);
            setI32(in, URGENCY_INPUT, "wellbeing", wellbeing);
            setI32(in, URGENCY_INPUT, "persons", persons);
            setU8(in, URGENCY_INPUT, "minors_involved", minors);
            setU8(in, URGENCY_INPUT, "over_75_involved", over75);
            setI32(in, URGENCY_INPUT, "duration", duration);
            MemorySegment r = arena.allocate(URGENCY_RESULT);
            setI32(r, URGENCY_RESULT, "struct_size", (int) URGENCY_RESULT.byteSize());
            int status = (int) urgencyAssess.invokeExact(in, r);
            if (status != STATUS_OK) {
                OUT.print(name + ": status " + status + " path " + lastErrorPath() + "\n");
                return;
            }
            int band = i32(r, URGENCY_RESULT, "band"), worst = i32(r, URGENCY_RESULT, "worst_band");
            OUT.print(name + ": size " + Integer.toUnsignedLong(i32(r, URGENCY_RESULT, "struct_size"))
                + " score " + u8(r, URGENCY_RESULT, "score") + " min " + u8(r, URGENCY_RESULT, "score_min")
                + " max " + u8(r, URGENCY_RESULT, "score_max") + " of " + u8(r, URGENCY_RESULT, "max_score")
                + " band " + band + " " + code("UrgencyBand", band)
                + " (" + u8(r, URGENCY_RESULT, "band_from") + "-" + u8(r, URGENCY_RESULT, "band_to") + ")"
                + " worst " + worst + " " + code("UrgencyBand", worst)
                + " report " + code("UrgencyReportAction", i32(r, URGENCY_RESULT, "report_action"))
                + " reporter " + code("UrgencyReporterAction", i32(r, URGENCY_RESULT, "reporter_action"))
                + " consult " + u8(r, URGENCY_RESULT, "needs_consultation") + "\n");
            StringBuilder line = new StringBuilder(name + ": breakdown");
            for (int i = 0; i < 5; i++) {
                long at = URGENCY_RESULT.byteOffset(groupElement("breakdown"), sequenceElement(i));
                line.append(criterion(r.asSlice(at, CRITERION_SCORE)));
            }
            OUT.print(line + "\n");
        }
    }

    static void call(String op, String request) throws Throwable {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ADDRESS);
            int status = (int) call.invokeExact(arena.allocateFrom(op), arena.allocateFrom(request), out);
            if (status != STATUS_OK) {
                OUT.print(op + ": status " + status + " path " + lastErrorPath() + "\n");
                return;
            }
            MemorySegment response = out.get(ADDRESS, 0);
            OUT.print(op + ": " + fromUtf8(response) + "\n");
            stringFree.invokeExact(response);
        }
    }

    public static void main(String[] args) throws Throwable {
        String path = args.length > 0 ? args[0] : System.getProperty("steun.library");
        if (path == null) {
            System.err.println("usage: java --enable-native-access=ALL-UNNAMED Urgency.java /path/to/libsteun.so");
            System.exit(2);
        }
        try (Arena library = Arena.ofConfined()) {
            SymbolLookup lib = SymbolLookup.libraryLookup(Path.of(path), library);
            versionNumber = downcall(lib, "steun_version_number", FunctionDescriptor.of(JAVA_INT));
            urgencyAssess = downcall(lib, "steun_urgency_assess", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
            call = downcall(lib, "steun_call", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
            stringFree = downcall(lib, "steun_string_free", FunctionDescriptor.ofVoid(ADDRESS));
            enumCode = downcall(lib, "steun_enum_code", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
            lastErrorPath = downcall(lib, "steun_last_error_path", FunctionDescriptor.of(ADDRESS));

            long number = Integer.toUnsignedLong((int) versionNumber.invokeExact());
            if (number / 10000 != HEADER_MAJOR || number / 100 % 100 < HEADER_MINOR) {
                System.err.println("libsteun " + number + " does not serve this program (" + HEADER_MAJOR + "."
                    + HEADER_MINOR + ")");
                System.exit(1);
            }
            // The widow of 78 (002:4056-4070), as examples/c/urgency.c: structural, 6 points.
            assess("widow_78", NONE, MODERATE, MODERATE, 1, 0, 1, STRUCTURAL_OVER_HALF_YEAR);
            // The same widow with the duration not told, as tests/c/test_urgency.c: 4..6.
            assess("widow_78_duration_unknown", NONE, MODERATE, MODERATE, 1, 0, 1, UNKNOWN);
            // Nothing known yet about a child (tests/c/test_urgency.c).
            assess("child_unknowns", UNKNOWN, UNKNOWN, UNKNOWN, 1, 1, 0, UNKNOWN);
            assess("several_severe", SEVERE, SEVERE, MODERATE, 3, 0, 0, STRUCTURAL_OVER_HALF_YEAR);
            assess("persons_zero", NONE, NONE, NONE, 0, 0, 0, INCIDENTAL);
            call("urgency.assess",
                "{\"risks\":{\"safety\":\"none\",\"health\":\"moderate\",\"wellbeing\":\"moderate\"},"
                + "\"scope\":{\"persons\":1,\"minors_involved\":false,\"over_75_involved\":true},"
                + "\"duration\":\"structural_over_half_year\"}");
            call("urgency.assess", "{\"risks\":{\"safety\":\"none\"}}");
            OUT.flush();
        }
    }
}
