import Foundation

extension LayoutText {
    /// INTERIM until SoSachText's VietnameseText and SoSachFields' ContentRecognizer are merged.
    static let standard = LayoutText(
        normalize: { $0.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines) },
        fold: { $0.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d") },
        looksLikeName: { s in
            let words = s.split(separator: " ")
            return (2...6).contains(words.count) && words.allSatisfy { w in w.allSatisfy(\.isLetter) && w.first!.isUppercase }
        },
        looksLikeDate: { s in
            s.range(of: #"^(\d{1,2}[/.-]){1,2}\d{4}$|^(19|20)\d\d$"#, options: .regularExpression) != nil
        },
        looksLikeNationalID: { s in
            let d = s.filter { $0 != " " }
            return (d.count == 9 || d.count == 12) && d.allSatisfy(\.isNumber)
        },
        looksLikePhone: { s in
            let d = s.filter { $0 != " " && $0 != "." }
            return d.count == 10 && d.hasPrefix("0") && d.allSatisfy(\.isNumber)
        })
}
