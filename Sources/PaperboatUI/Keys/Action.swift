/// Everything a key can ask the browser to do.
public enum Action: String, Sendable, CaseIterable {
    case moveDown = "down"
    case moveUp = "up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case top = "home"
    case bottom = "end"
    case focusNext = "next-pane"
    case focusPrevious = "prev-pane"
    case open = "open"
    case back = "back"
    case forward = "forward"
    case toggleHelp = "help"
    case closeOverlay = "close"
    case redraw = "redraw"
    case quit = "quit"
}
