import Foundation

/// Draws the top line: the program, the library and its size.
public enum HeaderBar {
    /// Draws the header of `model` into `rect`.
    public static func draw(_ model: BrowserModel, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        screen.fill(rect, style: .heading)
        let name = (model.store.path as NSString).lastPathComponent
        let papers = model.pager.total == 1 ? "1 paper" : "\(model.pager.total) papers"
        screen.write(" Paperboat — \(papers) — \(name)", row: rect.row, column: rect.column, maxWidth: rect.width,
                     style: .heading)
    }
}
