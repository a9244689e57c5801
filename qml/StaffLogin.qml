pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window
import Accueil

// The staff PIN, asked after a long press in the corner.
Rectangle {
    id: login

    required property real unit
    required property StaffController staff
    // 9 mm on the screen it is shown on.
    readonly property real minTarget: Screen.pixelDensity * 9
    color: Theme.scrim

    MouseArea { anchors.fill: parent } // nothing behind is touched meanwhile

    onVisibleChanged: if (!visible) pin.text = ""

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width * 0.9, login.unit * 70)
        height: column.implicitHeight + login.unit * 8
        radius: login.unit * 2
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: login.unit * 3
            spacing: login.unit * 1.2

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
                font.pixelSize: login.unit * 3.5
                placeholderText: qsTr("PIN")
                placeholderTextColor: Theme.muted
                color: Theme.text
                background: FieldFrame { unit: login.unit; focused: pin.activeFocus }
                Accessible.name: qsTr("Staff PIN")
                onAccepted: unlock.clicked()
            }
            // The digit pad: a touch screen is all a kiosk may have.
            GridLayout {
                objectName: "digitPad"
                columns: 3
                rowSpacing: login.unit
                columnSpacing: login.unit
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✓"]
                    delegate: KioskButton {
                        id: digit
                        required property string modelData
                        objectName: "pinKey_" + modelData
                        unit: login.unit
                        implicitWidth: Math.max(login.unit * 14, login.minTarget)
                        implicitHeight: Math.max(login.unit * 8, login.minTarget)
                        text: modelData
                        Accessible.name: modelData === "⌫" ? qsTr("Delete the last digit")
                                       : (modelData === "✓" ? qsTr("Open staff mode") : modelData)
                        onClicked: {
                            if (digit.modelData === "⌫")
                                pin.remove(pin.length - 1, pin.length)
                            else if (digit.modelData === "✓")
                                unlock.clicked()
                            else
                                pin.insert(pin.length, digit.modelData)
                        }
                    }
                }
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
