pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Layouts
import Accueil

// A session door: the programme to choose from, then whether this door lets
// people in or out, a large counter of the people in the room against
// capacity, the last scans, and each answer over the whole screen. Staff
// actions take the PIN.
Rectangle {
    id: screen

    required property real unit
    required property DoorController door

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.unit * 3
        spacing: screen.unit * 2
        visible: screen.door.sessionId.length === 0

        Text {
            text: qsTr("Which session is this door for?")
            font.pixelSize: screen.unit * 4.5
            font.bold: true
            color: Theme.accent
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: screen.unit
            model: screen.door.sessions
            delegate: KioskButton {
                id: choice
                required property string sessionId
                required property string title
                required property string room
                required property string time
                width: ListView.view.width
                unit: screen.unit * 0.8
                text: choice.time + "  ·  " + choice.title + (choice.room.length > 0 ? "  ·  " + choice.room : "")
                Accessible.name: choice.title
                onClicked: screen.door.chooseSession(choice.sessionId)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: screen.unit * 3
        spacing: screen.unit * 2
        visible: screen.door.sessionId.length > 0

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: screen.door.sessionTitle
                font.pixelSize: screen.unit * 4
                font.bold: true
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "doorChangeSession"
                unit: screen.unit * 0.8
                text: qsTr("Change session")
                Accessible.name: text
                onClicked: screen.door.requestSessionChange()
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter // qmllint disable type property
            spacing: screen.unit * 2
            KioskButton {
                objectName: "doorEntering"
                unit: screen.unit
                text: qsTr("→ Entrance")
                checked: !screen.door.leaving
                Accessible.name: qsTr("Scans count people coming in")
                onClicked: screen.door.leaving = false
            }
            KioskButton {
                objectName: "doorLeaving"
                unit: screen.unit
                text: qsTr("← Exit")
                checked: screen.door.leaving
                Accessible.name: qsTr("Scans count people going out")
                onClicked: screen.door.leaving = true
            }
        }
        Text {
            objectName: "doorCounter"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: screen.door.capacity > 0 ? qsTr("%1 / %2").arg(screen.door.count).arg(screen.door.capacity) : String(screen.door.count)
            font.pixelSize: screen.unit * 16
            font.bold: true
            color: screen.door.capacity > 0 && screen.door.count >= screen.door.capacity ? Theme.failure : Theme.text
            Accessible.name: qsTr("%n person(s) in the room now", "", screen.door.count)
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("people in the room now")
            font.pixelSize: screen.unit * 3
            color: Theme.muted
        }
        Item {
            Layout.fillWidth: true
            visible: screen.door.pendingOverride.length > 0
            implicitHeight: override.implicitHeight
            KioskButton {
                id: override
                anchors.horizontalCenter: parent.horizontalCenter
                unit: screen.unit
                objectName: "doorLetIn"
                text: qsTr("Let %1 in anyway").arg(screen.door.pendingOverride)
                Accessible.name: text
                onClicked: screen.door.requestLetIn()
            }
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: screen.unit * 0.6
            model: screen.door.lastScans
            delegate: Rectangle {
                id: scanRow
                required property bool admitted
                required property string outcome
                required property string time
                readonly property bool out: scanRow.outcome === "left"
                readonly property color tone: scanRow.out ? Theme.accent : scanRow.admitted ? Theme.success : Theme.failure
                required property string message
                width: ListView.view.width
                height: screen.unit * 7
                radius: screen.unit
                color: Theme.surface
                border.color: scanRow.tone
                border.width: Math.max(2, screen.unit * 0.3)
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: screen.unit
                    Text { text: scanRow.out ? "←" : scanRow.admitted ? "✓" : "✕"; font.pixelSize: screen.unit * 3.5; font.bold: true; color: scanRow.tone }
                    Text { text: scanRow.time; font.pixelSize: screen.unit * 2.6; color: Theme.muted }
                    Text { Layout.fillWidth: true; text: scanRow.message; font.pixelSize: screen.unit * 2.6; elide: Text.ElideRight; color: Theme.text }
                }
            }
        }
    }

    DoorAnswer {
        anchors.fill: parent
        unit: screen.unit
        door: screen.door
    }
    DoorPinPad {
        anchors.fill: parent
        unit: screen.unit
        door: screen.door
    }
}
