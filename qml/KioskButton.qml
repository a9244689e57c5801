import QtQuick
import QtQuick.Controls.Basic

// A large touch target (at least 15 mm at the kiosk's size) with its text. It
// names itself after its text for screen readers, sits in the focus chain, and
// shows a ring when it has the keyboard's focus.
Button {
    id: button

    required property real unit
    // Reach mode: text at least this size (capital letters of 6 mm).
    property real minimumTextSize: 0

    // 90 px is 15 mm on a 150 dpi tablet, more on a kiosk screen.
    implicitHeight: Math.max(unit * 9, 90, minimumTextSize * 2.4)
    implicitWidth: Math.max(contentItem.implicitWidth + unit * 6, unit * 20)
    font.pixelSize: Math.max(unit * 3, minimumTextSize)
    checkable: false
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: button.unit * 1.5
        color: button.checked ? Theme.accent : (button.down ? Theme.surfacePressed : Theme.surface)
        border.color: Theme.accent
        border.width: Math.max(2, button.unit * 0.3)
        Rectangle {
            // The focus ring, outside the button's own edge.
            anchors.fill: parent
            anchors.margins: -Math.max(3, button.unit * 0.5)
            radius: parent.radius + Math.max(3, button.unit * 0.5)
            visible: button.visualFocus
            color: Theme.clear
            border.color: Theme.focus
            border.width: Math.max(2, button.unit * 0.3)
        }
    }
    contentItem: Text {
        text: button.text
        font: button.font
        color: button.checked ? Theme.onColour : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
}
