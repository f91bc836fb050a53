import Foundation
import Testing
@testable import SoSachUnits

/// Every unit of the tables, written the ways officers write it, resolves to the right 2025
/// commune. Names that are written the same for two units of one scope (the same commune
/// name in two districts of a province; the 22 legacy and 10 2025 pairs that collide without
/// diacritics) cannot be decided and must come back `ambiguous` with the right candidate: they
/// are listed, and left out of the rate.
@Suite struct UnitWholeTableTests {
    let registry = UnitTestSupport.registry

    /// The ways a name is written: official, without type word, without diacritics, upper case
    /// (without diacritics: the hardest upper-case form).
    static func forms(name: String, shortName: String) -> [(label: String, text: String, marked: Bool)] {
        [
            ("name", name, true), ("short", shortName, shortName.unicodeScalars.contains { $0.value > 0x7F }),
            ("name-ascii", UnitTestSupport.stripDiacritics(name), false),
            ("short-ascii", UnitTestSupport.stripDiacritics(shortName), false),
            ("NAME-ASCII", UnitTestSupport.stripDiacritics(name).uppercased(), false),
        ]
    }

    /// The default successor of every legacy commune, and how many communes of the same
    /// province (and district) share each written key with another outcome.
    struct Expectations {
        var defaultSuccessor: [String: String] = [:]
        /// (province, key) → distinct default successors; key = exact or folded name.
        var outcomesInProvince: [String: Set<String>] = [:]
        var outcomesInDistrict: [String: Set<String>] = [:]

        init(_ registry: UnitRegistry) {
            for commune in registry.units(.legacy, .commune) {
                guard let successor = registry.successors(ofLegacyCommune: commune.code).first else { continue }
                defaultSuccessor[commune.code] = successor.newCommuneCode
                for (name, marked) in Self.keys(commune) {
                    outcomesInProvince[commune.provinceCode + "|" + name + (marked ? "" : "~"), default: []].insert(successor.newCommuneCode)
                    outcomesInDistrict[(commune.parentCode ?? "") + "|" + name + (marked ? "" : "~"), default: []].insert(successor.newCommuneCode)
                }
            }
            for former in registry.formerNames where former.level == .commune {
                guard let code = former.successorCode, let successor = registry.successors(ofLegacyCommune: code).first else { continue }
                let keys = UnitNameFolder.shared.keys(UnitTestSupport.stripDiacritics(Self.core(former.oldName)))
                let exact = UnitNameFolder.shared.keys(Self.core(former.oldName)).exact
                outcomesInProvince[former.oldProvinceCode + "|" + exact, default: []].insert(successor.newCommuneCode)
                outcomesInProvince[former.oldProvinceCode + "|" + keys.folded + "~", default: []].insert(successor.newCommuneCode)
                outcomesInDistrict[former.oldDistrictCode + "|" + exact, default: []].insert(successor.newCommuneCode)
                outcomesInDistrict[former.oldDistrictCode + "|" + keys.folded + "~", default: []].insert(successor.newCommuneCode)
            }
        }

        static func core(_ name: String) -> String {
            UnitNameIndex.coreTokens(of: name, type: UnitType.prefixing(name)).map(\.exact).joined(separator: " ")
        }

        /// Exact and folded keys of the official name and of every official variant.
        static func keys(_ unit: AdminUnit) -> [(String, Bool)] {
            ([unit.name] + unit.nameVariants).flatMap { name -> [(String, Bool)] in
                let tokens = UnitNameIndex.coreTokens(of: name, type: UnitType.prefixing(name) ?? unit.type)
                return [(tokens.map(\.exact).joined(separator: " "), true), (tokens.map(\.folded).joined(separator: " "), false)]
            }
        }

        func key(_ unit: AdminUnit, marked: Bool) -> String {
            let tokens = UnitNameIndex.coreTokens(of: unit.name, type: unit.type)
            return marked ? tokens.map(\.exact).joined(separator: " ") : tokens.map(\.folded).joined(separator: " ") + "~"
        }
    }

    /// Runs every legacy commune in every form, in its province (and optionally its district).
    /// Built once for both legacy runs.
    static let expectations = Expectations(UnitTestSupport.registry)

    func legacyRun(withDistrict: Bool) -> (total: Int, correct: Int, ambiguous: [String], wrong: [String]) {
        let expect = Self.expectations
        let resolver = UnitResolver(registry: registry)
        var total = 0, correct = 0
        var ambiguous: [String] = [], wrong: [String] = []
        for commune in registry.units(.legacy, .commune) {
            guard let expected = expect.defaultSuccessor[commune.code] else { continue }
            let context = UnitContext(legacyProvinceCode: commune.provinceCode,
                                      legacyDistrictCode: withDistrict ? commune.parentCode : nil, epoch: .legacy)
            for form in Self.forms(name: commune.name, shortName: commune.shortName) {
                total += 1
                let result = resolver.resolve(UnitQuery(commune: form.text), context: context)
                if result.communeCode == expected && (result.status == .converted || result.status == .divided) {
                    correct += 1
                    continue
                }
                let scopeKey = (withDistrict ? commune.parentCode ?? "" : commune.provinceCode) + "|" + expect.key(commune, marked: form.marked)
                let outcomes = (withDistrict ? expect.outcomesInDistrict : expect.outcomesInProvince)[scopeKey] ?? []
                let line = "\(commune.code) \(commune.name) [\(form.label): \(form.text)] → \(result.status.rawValue) \(result.communeCode ?? "-")"
                if result.status == .ambiguous && outcomes.count > 1 && result.candidates.contains(where: { $0.communeCode == expected }) {
                    ambiguous.append(line)
                } else {
                    wrong.append(line + " flags \(result.flags.map(\.code))")
                }
            }
        }
        return (total, correct, ambiguous, wrong)
    }

    func report(_ title: String, _ run: (total: Int, correct: Int, ambiguous: [String], wrong: [String])) -> Double {
        let decidable = run.total - run.ambiguous.count
        let rate = Double(run.correct) / Double(max(decidable, 1))
        print("\(title): \(run.correct) / \(decidable) decidable = \(String(format: "%.3f", rate * 100)) % "
              + "(\(run.total) inputs; \(run.ambiguous.count) truly ambiguous; \(run.wrong.count) wrong)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sosach-units-\(title.replacingOccurrences(of: " ", with: "-")).txt")
        let text = (["# truly ambiguous"] + run.ambiguous + ["# wrong"] + run.wrong).joined(separator: "\n") + "\n"
        try? text.write(to: file, atomically: true, encoding: .utf8)
        print("  exceptions listed in \(file.path)")
        for line in run.ambiguous.prefix(5) { print("  ambiguous: \(line)") }
        for line in run.wrong.prefix(20) { print("  WRONG: \(line)") }
        return rate
    }

    @Test func everyLegacyCommuneResolvesInItsDistrict() {
        let run = legacyRun(withDistrict: true)
        let rate = report("legacy in district", run)
        #expect(rate >= 0.999)
    }

    @Test func everyLegacyCommuneResolvesInItsProvince() {
        let run = legacyRun(withDistrict: false)
        let rate = report("legacy in province", run)
        #expect(rate >= 0.999)
    }

    @Test func every2025CommuneResolvesToItself() {
        let resolver = UnitResolver(registry: registry)
        var outcomes: [String: Set<String>] = [:]
        for commune in registry.units(.current, .commune) {
            for (key, marked) in Expectations.keys(commune) {
                outcomes[commune.provinceCode + "|" + key + (marked ? "" : "~"), default: []].insert(commune.code)
            }
        }
        var total = 0, correct = 0
        var ambiguous: [String] = [], wrong: [String] = []
        for commune in registry.units(.current, .commune) {
            let context = UnitContext(provinceCode: commune.provinceCode, epoch: .current)
            for form in Self.forms(name: commune.name, shortName: commune.shortName) {
                total += 1
                let result = resolver.resolve(UnitQuery(commune: form.text), context: context)
                if result.communeCode == commune.code && result.status == .current {
                    correct += 1
                    continue
                }
                let tokens = UnitNameIndex.coreTokens(of: commune.name, type: commune.type)
                let key = commune.provinceCode + "|" + (form.marked ? tokens.map(\.exact).joined(separator: " ")
                                                        : tokens.map(\.folded).joined(separator: " ") + "~")
                let line = "\(commune.code) \(commune.name) [\(form.label): \(form.text)] → \(result.status.rawValue) \(result.communeCode ?? "-")"
                if result.status == .ambiguous && (outcomes[key]?.count ?? 0) > 1 { ambiguous.append(line) }
                else { wrong.append(line + " flags \(result.flags.map(\.code))") }
            }
        }
        let rate = report("2025 in province", (total, correct, ambiguous, wrong))
        #expect(rate >= 0.999)
        #expect(wrong.isEmpty)
    }

    @Test func everyDividedCommuneIsDividedWithAllCandidates() {
        let resolver = UnitResolver(registry: registry)
        var count = 0
        var failures: [String] = []
        for commune in registry.units(.legacy, .commune) {
            let pairs = registry.successors(ofLegacyCommune: commune.code)
            guard pairs.count > 1 else { continue }
            count += 1
            let context = UnitContext(legacyProvinceCode: commune.provinceCode, legacyDistrictCode: commune.parentCode, epoch: .legacy)
            let result = resolver.resolve(UnitQuery(commune: commune.name), context: context)
            let expected = Set(pairs.map(\.newCommuneCode))
            let defaults = result.candidates.filter(\.isDefault).map(\.communeCode)
            if result.status != .divided || result.communeCode != pairs[0].newCommuneCode
                || Set(result.candidates.map(\.communeCode)) != expected || defaults != [pairs[0].newCommuneCode]
                || !result.flags.contains(UnitFlag.divided) || result.legacyCommuneCode != commune.code {
                failures.append("\(commune.code) \(commune.name): \(result.status.rawValue) \(result.communeCode ?? "-") \(result.candidates.map(\.communeCode))")
            }
        }
        print("divided communes: \(count), failures: \(failures.count)")
        for line in failures.prefix(20) { print("  \(line)") }
        #expect(count > 400)
        #expect(failures.isEmpty)
    }
}
