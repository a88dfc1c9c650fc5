import Testing
@testable import PaperboatUI

@Suite struct LayoutTests {
    /// From the width where the graph sits between list and abstract, it always has room to
    /// draw (not the outline fallback), the abstract stays readable, and no two panes overlap
    /// or leave the screen. (The graph was 35 columns at 150 and drew as an outline.)
    @Test func threePanesLeaveTheGraphRoomToDraw() {
        for width in stride(from: Layout.threeColumnWidth, through: 260, by: 5) {
            let layout = Layout(height: 40, width: width, showGraph: true)
            #expect(layout.graph.width >= GraphPane.minimumWidth, "graph at \(width) columns: \(layout.graph.width)")
            #expect(layout.abstract.width >= 40, "abstract at \(width) columns: \(layout.abstract.width)")
            #expect(layout.list.width >= 30, "list at \(width) columns")
            let panes = [layout.list, layout.graph, layout.separator, layout.abstract]
            for (i, a) in panes.enumerated() {
                #expect(a.column >= 0 && a.column + a.width <= width, "pane \(i) at \(width) columns")
                for b in panes.dropFirst(i + 1) {
                    let apart = a.column + a.width <= b.column || b.column + b.width <= a.column
                    #expect(apart, "panes overlap at \(width) columns: \(a) and \(b)")
                }
            }
        }
    }
}
