import QtQuick
import Accueil

// A button for what must not happen by a slip of the finger: press and hold
// it, or tap it and then tap again the question it turns into.
KioskButton {
    id: hold

    property string label
    property string confirmLabel
    property bool armed: false
    signal confirmed()

    text: armed ? confirmLabel : label
    checked: armed
    onPressAndHold: {
        armed = false
        confirmed()
    }
    onClicked: {
        if (armed) {
            armed = false
            confirmed()
        } else {
            armed = true
        }
    }
    // The question goes away by itself when nobody answers it.
    SequentialAnimation {
        running: hold.armed
        PauseAnimation { duration: 5000 }
        PropertyAction { target: hold; property: "armed"; value: false }
    }
}
