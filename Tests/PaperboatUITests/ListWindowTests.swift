import Testing
@testable import PaperboatUI

@Suite struct ListWindowTests {
    @Test func movingKeepsTheSelectionInView() {
        var window = ListWindow(count: 100, height: 10)
        window.move(by: 9)
        #expect(window.selected == 9 && window.top == 0)
        window.move(by: 1)
        #expect(window.selected == 10 && window.top == 1)
        window.move(by: -5)
        #expect(window.selected == 5 && window.top == 1)
        window.move(by: -10)
        #expect(window.selected == 0 && window.top == 0)
    }

    @Test func pagingMovesByAScreenAndClampsAtTheEnds() {
        var window = ListWindow(count: 25, height: 10)
        window.pageDown()
        #expect(window.selected == 10 && window.top == 10)
        window.pageDown()
        #expect(window.selected == 20 && window.top == 15)
        window.pageDown()
        #expect(window.selected == 24 && window.top == 15)
        window.pageUp()
        #expect(window.selected == 14 && window.top == 5)
        window.pageUp()
        window.pageUp()
        #expect(window.selected == 0 && window.top == 0)
    }

    @Test func endAndHome() {
        var window = ListWindow(count: 1000, height: 7)
        window.select(999)
        #expect(window.top == 993 && window.visible == 993..<1000)
        window.select(0)
        #expect(window.top == 0)
    }

    @Test func resizingKeepsTheSelectionVisible() {
        var window = ListWindow(count: 100, height: 20)
        window.select(19)
        window.resize(height: 5)
        #expect(window.visible.contains(19))
        window.resize(height: 50)
        #expect(window.visible.contains(19) && window.top <= 19)
    }

    @Test func anEmptyListIsHarmless() {
        var window = ListWindow(count: 0, height: 10)
        window.move(by: 3)
        window.pageDown()
        window.select(5)
        #expect(window.selected == 0 && window.visible.isEmpty)
    }
}
