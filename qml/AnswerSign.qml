pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Accueil.Controllers
import Accueil

// The sign of an answer: each kind has its own shape, icon and colour, so that
// no one needs the colour to tell "welcome" from "already in" from "refused".
Item {
    id: sign

    required property real unit
    required property int kind // SelfServiceController.Sign

    readonly property color tone: kind === SelfServiceController.Check ? Theme.success
                                : kind === SelfServiceController.Again || kind === SelfServiceController.Alert ? Theme.warning
                                : kind === SelfServiceController.Stop ? Theme.failure : Theme.accent
    readonly property string icon: kind === SelfServiceController.Check ? "✓"
                                  : kind === SelfServiceController.Again ? "↺"
                                  : kind === SelfServiceController.Stop ? "✕"
                                  : kind === SelfServiceController.Alert ? "!"
                                  : kind === SelfServiceController.Question ? "?" : "→"
    readonly property real side: unit * 16

    implicitWidth: side
    implicitHeight: side
    Accessible.role: Accessible.Graphic
    Accessible.ignored: true // the title beside it says the same in words

    // Welcome: a circle.
    Rectangle {
        anchors.fill: parent
        visible: sign.kind === SelfServiceController.Check
        radius: width / 2
        color: sign.tone
    }
    // Already checked in: a square with rounded corners.
    Rectangle {
        anchors.fill: parent
        visible: sign.kind === SelfServiceController.Again
        radius: sign.side * 0.18
        color: sign.tone
    }
    // No code, is this you: a diamond.
    Rectangle {
        anchors.centerIn: parent
        width: sign.side * 0.72
        height: width
        rotation: 45
        visible: sign.kind === SelfServiceController.Question
        radius: sign.side * 0.05
        color: sign.tone
    }
    // Refused: an octagon (a stop sign); something went wrong: a triangle;
    // off to the desk: a signpost pointing on.
    Shape {
        anchors.fill: parent
        visible: sign.kind === SelfServiceController.Stop || sign.kind === SelfServiceController.Alert
                 || sign.kind === SelfServiceController.Signpost
        ShapePath {
            fillColor: sign.tone
            strokeColor: sign.tone
            strokeWidth: 1
            PathPolyline {
                readonly property real s: sign.side
                readonly property real c: s * 0.2929 // the octagon's corner cut, s / (2 + sqrt 2)
                path: sign.kind === SelfServiceController.Stop
                    ? [Qt.point(c, 0), Qt.point(s - c, 0), Qt.point(s, c), Qt.point(s, s - c), Qt.point(s - c, s),
                       Qt.point(c, s), Qt.point(0, s - c), Qt.point(0, c), Qt.point(c, 0)]
                    : sign.kind === SelfServiceController.Alert
                    ? [Qt.point(s / 2, 0), Qt.point(s, s * 0.9), Qt.point(0, s * 0.9), Qt.point(s / 2, 0)]
                    : [Qt.point(0, s * 0.2), Qt.point(s * 0.68, s * 0.2), Qt.point(s, s / 2), Qt.point(s * 0.68, s * 0.8),
                       Qt.point(0, s * 0.8), Qt.point(0, s * 0.2)]
            }
        }
    }
    Text {
        anchors.centerIn: parent
        anchors.verticalCenterOffset: sign.kind === SelfServiceController.Alert ? sign.side * 0.1 : 0
        anchors.horizontalCenterOffset: sign.kind === SelfServiceController.Signpost ? -sign.side * 0.08 : 0
        text: sign.icon
        color: Theme.onColour
        font.pixelSize: sign.unit * (sign.kind === SelfServiceController.Alert ? 8 : 10)
        font.bold: true
    }
}
