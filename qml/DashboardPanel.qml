pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers
import QtQuick.Layouts
import Accueil

// Live figures for the organisers, refreshed while shown. The page scrolls
// rather than clip what does not fit.
Item {
    id: panel

    required property real unit
    required property DashboardController dashboard

    onVisibleChanged: if (panel.dashboard) panel.dashboard.setActive(panel.visible)

    ScrollingForm {
        id: form
        anchors.fill: parent

        ColumnLayout {
            width: form.width
            spacing: panel.unit * 2

            // Tiles of a fixed size in a Flow: their places never depend on
            // sizes computed while the page was hidden.
            Flow {
                objectName: "figures"
                Layout.fillWidth: true
                spacing: panel.unit * 2
                Repeater {
                    model: [
                        { label: qsTr("checked in"), value: panel.dashboard.checkedIn },
                        { label: qsTr("registered"), value: panel.dashboard.registered },
                        { label: qsTr("codes used twice"), value: panel.dashboard.doubleEntries },
                        { label: qsTr("badges waiting"), value: panel.dashboard.badgesWaiting }
                    ]
                    delegate: Item {
                        id: figure
                        required property var modelData
                        width: panel.unit * 24
                        height: panel.unit * 13
                        Text {
                            id: value
                            width: parent.width
                            text: String(figure.modelData.value)
                            font.pixelSize: panel.unit * 8
                            font.bold: true
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: panel.unit * 3
                            color: Theme.accent
                        }
                        Text {
                            anchors.top: value.bottom
                            width: parent.width
                            text: figure.modelData.label
                            font.pixelSize: panel.unit * 2.4
                            elide: Text.ElideRight
                            color: Theme.muted
                        }
                    }
                }
            }
            Text { text: qsTr("Arrivals by quarter of an hour"); font.pixelSize: panel.unit * 2.8; font.bold: true; color: Theme.text }
            Flickable {
                Layout.fillWidth: true
                Layout.preferredHeight: panel.unit * 16
                contentWidth: chart.width
                clip: true
                Row {
                    id: chart
                    height: parent.height
                    spacing: panel.unit * 0.5
                    readonly property int peak: panel.dashboard.arrivalsPeak
                    Repeater {
                        model: panel.dashboard.arrivals
                        delegate: Column {
                            id: bar
                            required property string time
                            required property int count
                            anchors.bottom: parent ? parent.bottom : undefined
                            Text { anchors.horizontalCenter: parent.horizontalCenter; text: bar.count; font.pixelSize: panel.unit * 1.8; color: Theme.text }
                            Rectangle { width: panel.unit * 4; height: panel.unit * 10 * bar.count / chart.peak; color: Theme.accent }
                            Text { text: bar.time; font.pixelSize: panel.unit * 1.6; color: Theme.muted }
                        }
                    }
                }
            }
            Text { text: qsTr("Sessions"); font.pixelSize: panel.unit * 2.8; font.bold: true; color: Theme.text }
            Repeater {
                model: panel.dashboard.sessions
                delegate: RowLayout {
                    id: session
                    required property string code
                    required property string title
                    required property int count
                    required property int capacity
                    objectName: "sessionRow"
                    Layout.fillWidth: true
                    Text { text: session.code; font.pixelSize: panel.unit * 2.2; font.bold: true; Layout.preferredWidth: panel.unit * 8; color: Theme.text }
                    Text { Layout.fillWidth: true; text: session.title; font.pixelSize: panel.unit * 2.2; elide: Text.ElideRight; color: Theme.text }
                    Text {
                        text: session.capacity > 0 ? qsTr("%1 / %2").arg(session.count).arg(session.capacity) : String(session.count)
                        font.pixelSize: panel.unit * 2.2
                        color: Theme.text
                    }
                }
            }
            Text {
                objectName: "printerStatus"
                Layout.fillWidth: true
                text: panel.dashboard.printerStatus
                font.pixelSize: panel.unit * 2.4
                wrapMode: Text.WordWrap
                color: panel.dashboard.printerOk ? Theme.success : Theme.warning
            }
            Text { text: qsTr("Printers"); font.pixelSize: panel.unit * 2.8; font.bold: true; color: Theme.text; visible: panel.dashboard.printers.count > 0 }
            Repeater {
                model: panel.dashboard.printers
                delegate: RowLayout {
                    id: printerRow
                    required property string name
                    required property bool ready
                    required property string message
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: printerRow.name + " — " + printerRow.message
                        font.pixelSize: panel.unit * 2.2
                        color: printerRow.ready ? Theme.success : Theme.warning
                        wrapMode: Text.WordWrap
                    }
                    KioskButton {
                        unit: panel.unit * 0.6
                        checked: printerRow.name === panel.dashboard.printer
                        text: checked ? qsTr("In use") : qsTr("Use this printer")
                        Accessible.name: qsTr("Print badges on %1").arg(printerRow.name)
                        onClicked: panel.dashboard.choosePrinter(printerRow.name)
                    }
                }
            }
            Text { objectName: "speechProblem"; Layout.fillWidth: true; visible: text.length > 0; text: panel.dashboard.speechProblem; font.pixelSize: panel.unit * 2.4; wrapMode: Text.WordWrap; color: Theme.warning }
            Text {
                objectName: "syncStatus"
                Layout.fillWidth: true
                text: panel.dashboard.syncStatus
                font.pixelSize: panel.unit * 2.4
                wrapMode: Text.WordWrap
                color: panel.dashboard.syncOk ? Theme.text : Theme.warning
            }
        }
    }
}
