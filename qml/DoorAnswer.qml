pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Layouts
import Accueil

// The answer to a scan at a door, over the whole screen for a few seconds so
// that the volunteer and the person can read it from 2 m: a colour, a shape
// of its own per outcome with an icon, and one word. A touch makes it go.
Rectangle {
    id: answer

    required property real unit
    required property DoorController door

    readonly property int kind: door.answer
    readonly property color tone: kind === DoorController.Admitted || kind === DoorController.WelcomeBack ? Theme.success
                                : kind === DoorController.Left ? Theme.accent
                                : kind === DoorController.Warning ? Theme.warning : Theme.failure
    readonly property string icon: kind === DoorController.Admitted || kind === DoorController.WelcomeBack ? "✓"
                                 : kind === DoorController.Left ? "←"
                                 : kind === DoorController.Warning ? "!" : "✕"

    visible: kind !== DoorController.None
    color: tone
    Accessible.role: Accessible.AlertMessage
    Accessible.name: door.answerTitle

    MouseArea {
        anchors.fill: parent
        onClicked: answer.door.dismissAnswer()
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - answer.unit * 8
        spacing: answer.unit * 3

        // Circle: in; square: out; diamond: look again; octagon-like cut square: no.
        Item {
            Layout.alignment: Qt.AlignHCenter // qmllint disable type property
            implicitWidth: answer.unit * 34
            implicitHeight: implicitWidth
            Rectangle {
                objectName: "doorAnswerShape"
                anchors.centerIn: parent
                width: answer.kind === DoorController.Warning ? parent.width * 0.72 : parent.width
                height: width
                rotation: answer.kind === DoorController.Warning ? 45 : 0
                radius: answer.kind === DoorController.Admitted || answer.kind === DoorController.WelcomeBack ? width / 2
                      : answer.kind === DoorController.Refused ? width * 0.3 : answer.unit
                color: Theme.clear
                border.color: Theme.onColour
                border.width: answer.unit * 2
            }
            Text {
                anchors.centerIn: parent
                text: answer.icon
                color: Theme.onColour
                font.pixelSize: answer.unit * 22
                font.bold: true
            }
        }
        Text {
            objectName: "doorAnswerTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: answer.door.answerTitle
            color: Theme.onColour
            font.pixelSize: answer.unit * 12
            font.bold: true
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: answer.unit * 5
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            text: answer.door.answerDetail
            color: Theme.onColour
            font.pixelSize: answer.unit * 5
            wrapMode: Text.WordWrap
        }
    }
}
