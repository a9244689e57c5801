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
    readonly property color surfacePressed: "#D9E2F2"
    // Text and lines over a coloured or dark background.
    readonly property color onColour: "#FFFFFF"
    readonly property color outline: "#000000"
    // Behind the camera's picture, and over a screen a dialog covers.
    readonly property color viewfinder: "#222222"
    readonly property color scrim: "#CC000000"
    readonly property color clear: "transparent"
}
