import QtQuick
import QtQuick.Controls.Basic

// A large touch target (at least 15 mm at the kiosk's size) with its text.
Button {
    id: button

    required property real unit

    // 90 px is 15 mm on a 150 dpi tablet, more on a kiosk screen.
    implicitHeight: Math.max(unit * 9, 90)
    implicitWidth: Math.max(contentItem.implicitWidth + unit * 6, unit * 20)
    font.pixelSize: unit * 3
    checkable: false
    Accessible.role: Accessible.Button

    background: Rectangle {
        radius: button.unit * 1.5
        color: button.checked ? Theme.accent : (button.down ? Theme.surfacePressed : Theme.surface)
        border.color: Theme.accent
        border.width: Math.max(2, button.unit * 0.3)
    }
    contentItem: Text {
        text: button.text
        font: button.font
        color: button.checked ? Theme.onColour : Theme.accent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
