import SoSachFields
import SoSachLinkage
import SoSachText

/// Reads a previous run's persons.csv (`--master`) into the index that keeps the person ids
/// of citizens already known. Names are keyed exactly as the row cleaner keys them.
enum MasterPersonsLoader {
    /// The index of the persons in `path`. Throws `CleanError` when the file cannot be read or
    /// is not a persons.csv, and when two rows have the same person id.
    static func load(path: String) throws -> MasterIndex {
        let source: FileByteSource
        do { source = try FileByteSource(path: path) } catch {
            throw CleanError.unreadableInput(path: path, reason: "cannot read the master file: \(error)")
        }
        let reader = CSVReader(source: source, dialect: .comma)
        var record = ByteRecord()
        guard try reader.readRecord(into: &record) else {
            throw CleanError.usage("\(path): the master file is empty (expected a persons.csv of a previous run)")
        }
        let header = record.strings
        var columns: [String: Int] = [:]
        for name in ["person_id", "full_name", "birth_date", "national_id", "record_ids"] {
            guard let index = header.firstIndex(of: name) else {
                throw CleanError.usage("\(path): line 1: no column '\(name)': not a persons.csv of a previous run")
            }
            columns[name] = index
        }
        let names = NameCleaner()
        var builder = MasterIndex.Builder()
        while try reader.readRecord(into: &record) {
            func value(_ name: String) -> String {
                let index = columns[name]!
                return index < record.count ? record.string(at: index) : ""
            }
            let personID = value("person_id")
            guard !personID.isEmpty else { continue }
            let id = value("national_id")
            let kind: LinkIDKind = id.count == 12 ? .cccd : id.count == 9 ? .cmnd : .none
            let folded = names.clean(value("full_name")).value?.foldedKey ?? ""
            let recordIDs = value("record_ids").split(separator: ";").map(String.init)
            builder.add(personID: personID, nationalID: id, idKind: kind, foldedName: folded,
                        birth: isoDate(value("birth_date")), recordIDs: recordIDs)
        }
        do { return try builder.build() } catch {
            throw CleanError.usage("\(path): \(error)")
        }
    }

    /// `1985-03-07`, `1985-03` or `1985` as a `LinkDate` (anything else: unknown).
    static func isoDate(_ text: String) -> LinkDate {
        let parts = text.split(separator: "-").map { Int($0) }
        guard let first = parts.first, let year = first else { return .unknown }
        let month = parts.count > 1 ? (parts[1] ?? 0) : 0
        let day = parts.count > 2 ? (parts[2] ?? 0) : 0
        return LinkDate(year: year, month: month, day: day)
    }
}
