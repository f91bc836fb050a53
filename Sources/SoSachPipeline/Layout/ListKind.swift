/// The kind of learning-society list a file holds, from its title ("DANH SÁCH … CÔNG DÂN HỌC
/// TẬP"), its file name ("DS CDHT 2023 …") or the user's mapping file.
///
/// The raw values are written in `records.csv` (`list_kind`) and accepted by the mapping file.
public enum ListKind: String, CaseIterable, Codable, Sendable {
    /// "Công dân học tập" (CDHT): one row per citizen.
    case citizens
    /// "Gia đình học tập" (GĐHT): families, usually one row per household head.
    case family
    /// "Dòng họ học tập" (DHHT): clans.
    case clan
    /// "Cộng đồng học tập" (CĐHT): hamlets, residential groups.
    case community
    /// "Đơn vị học tập" (ĐVHT): offices, schools, units.
    case unitOffice = "unit_office"
}
