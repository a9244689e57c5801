pragma Singleton
import QtQuick

// Colours that keep their meaning with words, icons and shapes beside them,
// never alone. Every pair drawn on screen is checked by tst_contrast: text an
// attendee reads at 7:1 or more, other text (fields, placeholders) at 4.5:1,
// lines and shapes at 3:1.
QtObject {
    readonly property color background: "#F7F7F4"
    readonly property color text: "#1B1B1B"
    readonly property color muted: "#4A4A4A"
    readonly property color accent: "#1A4590"
    readonly property color success: "#155A26"
    readonly property color warning: "#7A3800"
    readonly property color failure: "#9E1B14"
    readonly property color surface: "#FFFFFF"
    readonly property color surfacePressed: "#D9E2F2"
    // Text and lines over a coloured or dark background.
    readonly property color onColour: "#FFFFFF"
    readonly property color outline: "#000000"
    // The edge of a field, and the ring around what has the keyboard's focus.
    readonly property color fieldBorder: "#4A4A4A"
    readonly property color focus: "#000000"
    // Behind the camera's picture, and over a screen a dialog covers.
    readonly property color viewfinder: "#222222"
    readonly property color scrim: "#CC000000"
    readonly property color clear: "transparent"
}
