pragma ComponentBehavior: Bound
import QtQuick
import Accueil.Controllers

// The accessibility control: read the screen aloud; once on, hear it again,
// stop, quieter, louder. Any touch elsewhere cuts the current sentence short.
Row {
    id: control

    required property real unit
    required property KioskSpeech speech
    // Reach mode: the text as large as the rest (capitals 6 mm at least).
    property real minimumTextSize: 0

    spacing: control.unit

    KioskButton {
        objectName: "speechStart"
        unit: control.unit * 0.8
        minimumTextSize: control.minimumTextSize
        text: control.speech.active ? qsTr("Hear again") : qsTr("Read aloud")
        Accessible.name: control.speech.active ? qsTr("Hear the screen again") : qsTr("Read the screen aloud")
        onClicked: control.speech.active ? control.speech.repeat() : control.speech.start()
    }
    KioskButton {
        objectName: "speechStop"
        visible: control.speech.active
        unit: control.unit * 0.8
        minimumTextSize: control.minimumTextSize
        text: qsTr("Stop")
        Accessible.name: qsTr("Stop reading aloud")
        onClicked: control.speech.stop()
    }
    KioskButton {
        visible: control.speech.active
        unit: control.unit * 0.8
        minimumTextSize: control.minimumTextSize
        text: "−"
        Accessible.name: qsTr("Quieter")
        onClicked: control.speech.quieter()
    }
    KioskButton {
        visible: control.speech.active
        unit: control.unit * 0.8
        minimumTextSize: control.minimumTextSize
        text: "+"
        Accessible.name: qsTr("Louder")
        onClicked: control.speech.louder()
    }
}
