import QtQuick

// The frame of an attendee's text field: an edge that stands out from the
// screen (3:1 at least), thicker with a focus colour when the field has focus.
Rectangle {
    required property real unit
    property bool focused: false

    implicitHeight: Math.max(unit * 8, 80)
    radius: unit * 0.8
    color: Theme.surface
    border.color: focused ? Theme.focus : Theme.fieldBorder
    border.width: focused ? Math.max(3, unit * 0.4) : Math.max(2, unit * 0.2)
}
