/// Masks national IDs and phone numbers before they are shown in report.html and in the
/// examples of report.json: the first three and the last two digits stay (enough to recognise
/// a province code or a typo), the rest become `*`.
public enum SensitiveValueMask {
    /// `001085012345` → `001*******45`; values of fewer than 6 digits are fully masked.
    public static func maskNumber(_ value: String) -> String {
        let scalars = Array(value.unicodeScalars)
        guard scalars.count >= 6 else { return String(repeating: "*", count: scalars.count) }
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            out.append(index < 3 || index >= scalars.count - 2 ? scalar : "*")
        }
        return String(out)
    }

    /// Masks every run of 7 or more digits (spaces, dots and dashes inside a run count as part
    /// of it) in free text such as a rejected line.
    public static func maskDigitRuns(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var run: [Unicode.Scalar] = []
        var digits = 0
        func flush() {
            if digits >= 7 {
                var seen = 0
                for scalar in run {
                    if scalar.properties.numericType != nil && scalar.isASCII {
                        seen += 1
                        out.append(seen <= 3 || seen > digits - 2 ? scalar : "*")
                    } else {
                        out.append(scalar)
                    }
                }
            } else {
                out.append(contentsOf: run)
            }
            run.removeAll(keepingCapacity: true)
            digits = 0
        }
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                run.append(scalar); digits += 1
            } else if !run.isEmpty && (scalar == " " || scalar == "." || scalar == "-") {
                run.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }
}
