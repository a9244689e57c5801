import QtQuick
import Accueil

// One key of the on-screen keyboards: it never takes the focus from the
// field being typed into.
Rectangle {
    id: key

    required property real unit
    property string label
    property bool accent: false
    property bool down: false
    signal tapped()

    radius: unit * 0.6
    color: area.pressed || down ? Theme.surfacePressed : (accent ? Theme.background : Theme.surface)
    border.color: Theme.outline
    border.width: 1
    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.onPressAction: key.tapped()

    Text {
        anchors.centerIn: parent
        text: key.label
        font.pixelSize: key.unit * 3
        color: Theme.text
    }
    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: key.tapped()
    }
}
