pragma Singleton
import QtQuick

// Colours that keep their meaning with words and icons beside them, never alone.
QtObject {
    readonly property color background: "#F7F7F4"
    readonly property color text: "#1B1B1B"
    readonly property color muted: "#555555"
    readonly property color accent: "#1F4E9C"
    readonly property color success: "#1E7B34"
    readonly property color warning: "#B35900"
    readonly property color failure: "#B3261E"
    readonly property color surface: "#FFFFFF"
}
