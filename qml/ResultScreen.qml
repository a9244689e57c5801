pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Layouts
import Accueil

// The answer to a scan: an icon, a colour and words together, the person's
// name when known, and what to do next.
Item {
    id: screen

    required property real unit
    required property SelfServiceController controller

    // The controller's state, named so as not to hide Item.state.
    readonly property int answer: controller.state
    readonly property color tone: answer === SelfServiceController.Greeting ? Theme.success
                                 : answer === SelfServiceController.AlreadyCheckedIn ? Theme.warning
                                 : answer === SelfServiceController.NoCode || answer === SelfServiceController.ToDesk
                                   ? Theme.accent : Theme.failure
    readonly property string icon: answer === SelfServiceController.Greeting ? "✓"
                                  : answer === SelfServiceController.NoCode ? "?"
                                  : answer === SelfServiceController.ToDesk ? "→"
                                  : answer === SelfServiceController.AlreadyCheckedIn ? "!" : "✕"

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: screen.unit * 3
        color: screen.tone
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.unit * 6
        spacing: screen.unit * 2.5

        Item { Layout.fillHeight: true }
        Item {
            Layout.fillWidth: true
            implicitHeight: screen.unit * 16
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: screen.unit * 16
                height: width
                radius: width / 2
                color: screen.tone
                Text {
                    anchors.centerIn: parent
                    text: screen.icon
                    color: Theme.onColour
                    font.pixelSize: screen.unit * 10
                    font.bold: true
                }
            }
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: screen.controller.title
            font.pixelSize: screen.unit * 7
            font.bold: true
            color: screen.tone
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0 && screen.answer !== SelfServiceController.Greeting
            text: screen.controller.attendeeName
            font.pixelSize: screen.unit * 5
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            text: screen.controller.organisation
            font.pixelSize: screen.unit * 3.5
            color: Theme.muted
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: screen.controller.message
            font.pixelSize: screen.unit * 3.6
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            text: screen.controller.printMessage
            font.pixelSize: screen.unit * 4.2
            font.bold: true
            color: screen.controller.printStatus === SelfServiceController.AtDesk ? Theme.warning : Theme.accent
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
        Item {
            Layout.fillWidth: true
            implicitHeight: back.implicitHeight
            KioskButton {
                id: back
                anchors.horizontalCenter: parent.horizontalCenter
                unit: screen.unit
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the start")
                onClicked: screen.controller.backToWelcome()
            }
        }
    }
}
