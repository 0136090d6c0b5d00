import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Wh.Handheld

// The shell's message bar: what became of the last scan when it was the wrong kind of code for
// the screen, could not be read, or handed the device to another worker. Tap to dismiss; it goes by
// itself after a while.
Rectangle {
    id: bar

    required property HandheldApp app

    objectName: "scanMessage"
    visible: app.scanMessage !== ""
    implicitHeight: visible ? Math.max(56, message.implicitHeight + 20) : 0
    color: app.scanMessageIsError ? "#fbe3df" : "#e1f1e6"
    border.color: app.scanMessageIsError ? "#c8553d" : "#3f8f5a"

    Timer {
        running: bar.visible
        interval: 8000
        onTriggered: bar.app.clearScanMessage()
    }

    Text {
        id: message
        anchors.fill: parent
        anchors.margins: 10
        anchors.leftMargin: 14
        anchors.rightMargin: 14
        verticalAlignment: Text.AlignVCenter
        text: bar.app.scanMessage
        color: bar.app.scanMessageIsError ? "#7a2314" : "#1d4d2c"
        font.pixelSize: 16
        wrapMode: Text.Wrap
    }

    MouseArea {
        anchors.fill: parent
        onClicked: bar.app.clearScanMessage()
    }
}
