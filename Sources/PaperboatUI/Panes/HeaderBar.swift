import PaperboatCore
import Foundation

/// Draws the top line: the program, the library and its size.
public enum HeaderBar {
    /// Draws the header of `model` into `rect`.
    public static func draw(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        screen.fill(rect, style: .heading)
        let name = (model.store.path as NSString).lastPathComponent
        let total = model.libraryCount
        var papers = total == 1 ? "1 paper" : "\(CountText.grouped(total)) papers"
        if model.filter != nil || model.hidingRead { papers = "\(model.matchingDescription) of " + papers }
        if let note = model.rankingNote { papers += " · " + note }
        screen.write(" Paperboat — \(papers) — \(name)", row: rect.row, column: rect.column, maxWidth: rect.width,
                     style: .heading)
    }
}
