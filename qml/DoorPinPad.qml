pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Layouts
import Accueil

// The staff PIN at a door, on a digit pad (door tablets have no keyboard):
// asked before changing the session or letting someone into a full room.
Rectangle {
    id: pad

    required property real unit
    required property DoorController door

    property string typed: ""

    visible: door.pinFor !== DoorController.NoAction
    color: Theme.scrim
    onVisibleChanged: typed = ""

    MouseArea { anchors.fill: parent } // nothing behind is touched meanwhile

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - pad.unit * 4, pad.unit * 70)
        height: column.implicitHeight + pad.unit * 6
        radius: pad.unit * 2
        color: Theme.surface

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: pad.unit * 3
            spacing: pad.unit * 1.5

            Text {
                Layout.fillWidth: true
                text: pad.door.pinFor === DoorController.LetIn ? qsTr("Staff PIN to let %1 in").arg(pad.door.pendingOverride)
                                                               : qsTr("Staff PIN to change the session")
                font.pixelSize: pad.unit * 3.5
                font.bold: true
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "doorPinDots"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: pad.typed.length > 0 ? "●".repeat(pad.typed.length) : " "
                font.pixelSize: pad.unit * 5
                color: Theme.text
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: pad.door.pinMessage
                font.pixelSize: pad.unit * 2.6
                color: Theme.failure
                wrapMode: Text.WordWrap
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                rowSpacing: pad.unit
                columnSpacing: pad.unit
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
                    delegate: KioskButton {
                        id: key
                        required property string modelData
                        objectName: "doorPinKey" + key.modelData
                        Layout.fillWidth: true
                        unit: pad.unit
                        text: key.modelData === "OK" ? qsTr("OK") : key.modelData
                        Accessible.name: key.modelData === "⌫" ? qsTr("Erase") : text
                        onClicked: {
                            if (key.modelData === "⌫") {
                                pad.typed = pad.typed.slice(0, -1)
                            } else if (key.modelData === "OK") {
                                pad.door.submitPin(pad.typed)
                                pad.typed = ""
                            } else if (pad.typed.length < 12) {
                                pad.typed += key.modelData
                            }
                        }
                    }
                }
            }
            KioskButton {
                objectName: "doorPinCancel"
                Layout.alignment: Qt.AlignHCenter // qmllint disable type property
                unit: pad.unit
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: pad.door.cancelPin()
            }
        }
    }
}
