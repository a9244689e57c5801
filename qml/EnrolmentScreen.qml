import QtQuick
import Accueil.Controllers
import QtQuick.Layouts
import Accueil

// A kiosk that has never met its hub: what to show it, and how it went.
Rectangle {
    id: screen

    required property real unit
    required property EnrolmentController enrolment

    color: Theme.background

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - screen.unit * 16
        spacing: screen.unit * 4

        Text {
            objectName: "enrolmentHeadline"
            Layout.fillWidth: true
            text: qsTr("Scan the enrolment code")
            font.pixelSize: screen.unit * 7
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("This kiosk is not enrolled with a hub yet. On the hub, run “accueil-hub enrolment-code --qr” "
                       + "and hold the QR code it shows in front of the camera, or read it with the scanner.")
            font.pixelSize: screen.unit * 3.5
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "enrolmentMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: screen.enrolment.message
            font.pixelSize: screen.unit * 3.5
            font.bold: true
            color: screen.enrolment.state === EnrolmentController.Failed ? Theme.failure : Theme.accent
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.AlertMessage
        }
    }
}
