pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Accueil

// The staff PIN, asked after a long press in the corner.
Rectangle {
    id: login

    required property real unit
    required property StaffController staff
    color: Theme.scrim

    MouseArea { anchors.fill: parent } // nothing behind is touched meanwhile

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.8, login.unit * 70)
        height: column.implicitHeight + login.unit * 8
        radius: login.unit * 2
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: login.unit * 4
            spacing: login.unit * 2

            Text {
                text: qsTr("Staff access")
                font.pixelSize: login.unit * 4
                font.bold: true
                color: Theme.text
            }
            TextField {
                id: pin
                objectName: "pinField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                // The digit pad on the screen's keyboard. (qmllint 6.4 knows neither
                // the type of inputMethodHints nor Qt's InputMethodHint values.)
                inputMethodHints: Qt.ImhDigitsOnly // qmllint disable type property
                font.pixelSize: login.unit * 4
                placeholderText: qsTr("PIN")
                Accessible.name: qsTr("Staff PIN")
                onAccepted: unlock.clicked()
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: login.staff.pinMessage
                color: Theme.failure
                font.pixelSize: login.unit * 2.6
                wrapMode: Text.WordWrap
            }
            RowLayout {
                spacing: login.unit * 2
                KioskButton {
                    id: unlock
                    objectName: "unlockButton"
                    unit: login.unit
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open staff mode")
                    onClicked: {
                        login.staff.unlock(pin.text)
                        pin.text = ""
                    }
                }
                KioskButton {
                    unit: login.unit
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel")
                    onClicked: login.staff.cancelPin()
                }
            }
        }
    }
}
