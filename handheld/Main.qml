import QtQuick
import QtQuick.Controls
import Wh.Handheld

// The handheld's window: portrait, one hand. The program passes the home view-model in.
ApplicationWindow {
    id: window

    required property HomeViewModel home

    width: 400
    height: 800
    visible: false // the program shows it once the screenshot hook (if any) is in place
    title: qsTr("Handheld: %1").arg(home.siteName)
    font.family: Qt.application.font.family
    color: "#eef2f5"

    HomePage {
        anchors.fill: parent
        home: window.home
    }
}
