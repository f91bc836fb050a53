import ArgumentParser
import SoSachUnits

/// The options `units lookup` and `units convert` share: the file's context (a title row or a
/// file name) and the epoch the list was written in.
struct UnitContextOptions: ParsableArguments {
    @Option(help: "A title row or file name giving the file's context (e.g. \"UBND XÃ QUÀI CANG\").")
    var context: String?

    @Option(help: "The epoch the list was written in: legacy (until 2025-06-30) or 2025.")
    var epoch: UnitEpoch?

    /// The context these options name, read against `registry` (the epoch is also the hint for
    /// reading the context text).
    func unitContext(registry: UnitRegistry) -> UnitContext {
        var result = UnitContext.none
        if let context, let match = registry.context(fromText: context, within: UnitContext(epoch: epoch)) {
            result = match.context
        }
        if let epoch { result.epoch = epoch }
        return result
    }
}

extension UnitEpoch: ExpressibleByArgument {}
