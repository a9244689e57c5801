pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Layouts
import Accueil

// The answer to a scan: a sign (its own shape and icon for each kind of
// answer), a colour and words together, the person's name when known, and
// what to do next. Its controls sit low, within reach; "More time" keeps it.
Item {
    id: screen

    required property real unit
    required property SelfServiceController controller

    readonly property real bandBottom: controller.reach.bandBottom(controller.reachMode, width, height)
    readonly property real readable: controller.reachMode ? controller.reach.pixelSizeForCapitals(6, width, height) : 0
    // The controller's state, named so as not to hide Item.state.
    readonly property int answer: controller.state

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: screen.unit * 3
        color: sign.tone
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.unit * 6
        anchors.bottomMargin: Math.max(screen.unit * 6, screen.height - screen.bandBottom + screen.unit * 2)
        spacing: screen.unit * 2.5

        Item { Layout.fillHeight: true }
        AnswerSign {
            id: sign
            Layout.alignment: Qt.AlignHCenter // qmllint disable type property
            unit: screen.unit * (screen.controller.reachMode ? 0.7 : 1)
            kind: screen.controller.sign
        }
        Text {
            objectName: "answerTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: screen.controller.title
            font.pixelSize: Math.max(screen.unit * 7, screen.readable * 1.4)
            font.bold: true
            color: sign.tone
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0 && screen.answer !== SelfServiceController.Greeting
            text: screen.controller.attendeeName
            font.pixelSize: Math.max(screen.unit * 5, screen.readable)
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            text: screen.controller.organisation
            font.pixelSize: Math.max(screen.unit * 3.5, screen.readable)
            color: Theme.muted
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: screen.controller.message
            font.pixelSize: Math.max(screen.unit * 3.6, screen.readable)
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: text.length > 0
            text: screen.controller.printMessage
            font.pixelSize: Math.max(screen.unit * 4.2, screen.readable)
            font.bold: true
            color: screen.controller.printStatus === SelfServiceController.AtDesk ? Theme.warning : Theme.accent
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true }
        Flow {
            Layout.alignment: Qt.AlignHCenter // qmllint disable type property
            Layout.maximumWidth: parent.width
            Layout.preferredWidth: Math.min(parent.width, back.implicitWidth + more.implicitWidth
                                            + reach.implicitWidth + spacing * 2 + 1)
            spacing: screen.unit * 2
            KioskButton {
                id: back
                objectName: "answerBack"
                unit: screen.unit
                minimumTextSize: screen.readable
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the start")
                onClicked: {
                    screen.controller.setReachMode(false)
                    screen.controller.backToWelcome()
                }
            }
            KioskButton {
                id: more
                objectName: "answerMoreTime"
                unit: screen.unit
                minimumTextSize: screen.readable
                text: qsTr("More time")
                Accessible.name: qsTr("Keep this answer on screen longer")
                enabled: screen.controller.timer.extensionsLeft > 0
                onClicked: screen.controller.keepScreen()
            }
            ReachButton {
                id: reach
                unit: screen.unit
                minimumTextSize: screen.readable
                controller: screen.controller
            }
        }
    }
}
