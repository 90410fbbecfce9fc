// Scores signals through libsteun from C# (P/Invoke, Mono or .NET): the typed structs of
// steun.h (no C# bool, no enums inside: the layouts of docs/c-integration.md) and the JSON
// operation urgency.assess through steun_call. tests/csharp/run.sh compares its output with
// tests/csharp/urgency_cases.c, the same cases run from C.
//   mcs -out:Urgency.exe examples/csharp/Urgency.cs
//   LD_LIBRARY_PATH=target/release mono Urgency.exe
using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

[StructLayout(LayoutKind.Sequential)]
public struct SteunUrgencyInput {                       // 28 bytes
    public uint StructSize;                             // 0: = (uint)Marshal.SizeOf<SteunUrgencyInput>()
    public int Safety, Health, Wellbeing;               // 4, 8, 12: SteunUrgencyRisk values
    public uint Persons;                                // 16
    public int Duration;                                // 20: a SteunUrgencyDuration value
    public byte MinorsInvolved, Over75Involved;         // 24, 25: 0 or 1 (not C#'s bool)
    public byte Reserved0, Reserved1;                   // 26, 27: 0
}

[StructLayout(LayoutKind.Sequential)]
public struct SteunUrgencyCriterionScore {              // 12 bytes
    public int Criterion, Answer;                       // 0, 4
    public byte PointsKnown, Points, PointsMin, PointsMax; // 8..11
}

[StructLayout(LayoutKind.Sequential)]
public struct SteunUrgencyResult {                      // 88 bytes (84 before 0.3)
    public uint StructSize;                             // 0
    public int Band, ReportAction, ReporterAction;      // 4, 8, 12
    public byte Score, ScoreMin, ScoreMax, MaxScore;    // 16..19
    public byte BandFrom, BandTo, NeedsConsultation, Reserved; // 20..23
    public SteunUrgencyCriterionScore Safety, Health, Wellbeing, Scope, Duration; // 24: breakdown[5]
    public int WorstBand;                               // 84: a SteunUrgencyBand value (0.3)
}

public static class Urgency {
    // The values of steun.h's SteunUrgencyRisk and SteunUrgencyDuration.
    const int None = 0, Moderate = 1, Severe = 2, Unknown = 3;
    const int Incidental = 0, StructuralOverHalfYear = 2;
    // The header this program was written against (STEUN_VERSION_MAJOR, _MINOR).
    const uint HeaderMajor = 0, HeaderMinor = 1;

    [DllImport("steun")] static extern uint steun_version_number();
    [DllImport("steun")] static extern int steun_urgency_assess(ref SteunUrgencyInput input, ref SteunUrgencyResult result);
    // Strings go in as NUL-terminated UTF-8 bytes, so no marshaller's default encoding matters.
    [DllImport("steun")] static extern int steun_call(byte[] op, byte[] requestJson, out IntPtr responseJson);
    [DllImport("steun")] static extern void steun_string_free(IntPtr s);
    [DllImport("steun")] static extern int steun_enum_code(byte[] enumName, int value, out IntPtr code);
    [DllImport("steun")] static extern IntPtr steun_last_error_path();

    static TextWriter Out = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };

    static byte[] Utf8(string s) { return Encoding.UTF8.GetBytes(s + "\0"); }

    // A NUL-terminated UTF-8 string that steun owns (not freed here).
    static string FromUtf8(IntPtr p) {
        if (p == IntPtr.Zero) return "(null)";
        int n = 0;
        while (Marshal.ReadByte(p, n) != 0) n++;
        byte[] bytes = new byte[n];
        Marshal.Copy(p, bytes, 0, n);
        return Encoding.UTF8.GetString(bytes);
    }

    static string Code(string enumName, int value) {
        IntPtr code;
        return steun_enum_code(Utf8(enumName), value, out code) == 0 ? FromUtf8(code) : "?";
    }

    static string Criterion(SteunUrgencyCriterionScore c) {
        return string.Format(" {0}={1}:{2}:{3}:{4}:{5}", Code("UrgencyCriterion", c.Criterion),
            Code("UrgencyAnswer", c.Answer), c.PointsKnown, c.Points, c.PointsMin, c.PointsMax);
    }

    static void Assess(string name, int safety, int health, int wellbeing, uint persons, byte minors, byte over75, int duration) {
        var input = new SteunUrgencyInput {
            StructSize = (uint)Marshal.SizeOf<SteunUrgencyInput>(),
            Safety = safety, Health = health, Wellbeing = wellbeing, Persons = persons,
            MinorsInvolved = minors, Over75Involved = over75, Duration = duration,
        };
        var r = new SteunUrgencyResult { StructSize = (uint)Marshal.SizeOf<SteunUrgencyResult>() };
        int status = steun_urgency_assess(ref input, ref r);
        if (status != 0) {
            Out.WriteLine("{0}: status {1} path {2}", name, status, FromUtf8(steun_last_error_path()));
            return;
        }
        Out.WriteLine("{0}: size {1} score {2} min {3} max {4} of {5} band {6} {7} ({8}-{9}) worst {10} {11} report {12} reporter {13} consult {14}",
            name, r.StructSize, r.Score, r.ScoreMin, r.ScoreMax, r.MaxScore, r.Band, Code("UrgencyBand", r.Band),
            r.BandFrom, r.BandTo, r.WorstBand, Code("UrgencyBand", r.WorstBand),
            Code("UrgencyReportAction", r.ReportAction), Code("UrgencyReporterAction", r.ReporterAction), r.NeedsConsultation);
        Out.WriteLine("{0}: breakdown{1}{2}{3}{4}{5}", name, Criterion(r.Safety), Criterion(r.Health),
            Criterion(r.Wellbeing), Criterion(r.Scope), Criterion(r.Duration));
    }

    static void Call(string op, string request) {
        IntPtr response;
        int status = steun_call(Utf8(op), Utf8(request), out response);
        if (status != 0) {
            Out.WriteLine("{0}: status {1} path {2}", op, status, FromUtf8(steun_last_error_path()));
            return;
        }
        Out.WriteLine("{0}: {1}", op, FromUtf8(response));
        steun_string_free(response);
    }

    public static int Main() {
        uint number = steun_version_number();
        if (number / 10000 != HeaderMajor || number / 100 % 100 < HeaderMinor) {
            Console.Error.WriteLine("libsteun {0} does not serve this program ({1}.{2})", number, HeaderMajor, HeaderMinor);
            return 1;
        }
        // The widow of 78 (002:4056-4070), as examples/c/urgency.c: structural, 6 points.
        Assess("widow_78", None, Moderate, Moderate, 1, 0, 1, StructuralOverHalfYear);
        // The same widow with the duration not told, as tests/c/test_urgency.c: 4..6.
        Assess("widow_78_duration_unknown", None, Moderate, Moderate, 1, 0, 1, Unknown);
        // Nothing known yet about a child (tests/c/test_urgency.c).
        Assess("child_unknowns", Unknown, Unknown, Unknown, 1, 1, 0, Unknown);
        Assess("several_severe", Severe, Severe, Moderate, 3, 0, 0, StructuralOverHalfYear);
        Assess("persons_zero", None, None, None, 0, 0, 0, Incidental);
        Call("urgency.assess",
            "{\"risks\":{\"safety\":\"none\",\"health\":\"moderate\",\"wellbeing\":\"moderate\"},"
            + "\"scope\":{\"persons\":1,\"minors_involved\":false,\"over_75_involved\":true},"
            + "\"duration\":\"structural_over_half_year\"}");
        Call("urgency.assess", "{\"risks\":{\"safety\":\"none\"}}");
        Out.Flush();
        return 0;
    }
}
